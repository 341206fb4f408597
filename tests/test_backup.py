"""Backups, restore and damage: real files, real SQLCipher, real kills (app.backup)."""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import backup, security
from app.backup import (BackupCancelled, BadFolder, NotABackup, OtherDatabase, find_restore_candidate,
                        list_backups, prune_backups, restore, select_to_keep)
from app.demo import fill_demo
from app.errors import AuthError, PermissionDenied, user_message
from app.models.database import Damaged, Database, WrongKey, file_id
from app.models.repositories import AuditRepo
from app.office import create_office, open_office
from app.session import Session
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parent.parent
CUSTOMERS = 120
MARKER = "备份测试张三丰"


# ------------------------------------------------------------------ helpers
@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One filled, compact database for the whole module (each test works on its own copy)."""
    folder = tmp_path_factory.mktemp("template")
    old = security.SCRYPT_N
    security.SCRYPT_N = 2 ** 10
    try:
        created = create_office(folder / "src.kdb", company="鸿运物业", admin_username="admin",
                                admin_display_name="王管理", admin_password=PASSWORD, keep_key=False)
        office = created.office
        fill_demo(office, created.admin, customers=CUSTOMERS)
        key = office.db.key
        office.db.vacuum_into(folder / "office.kdb")  # no free pages: every page is read by quick_check
        office.close()
    finally:
        security.SCRYPT_N = old
    return folder / "office.kdb", key


@pytest.fixture
def db_path(tmp_path, template, memory_keyring):
    src, key = template
    path = tmp_path / "office.kdb"
    shutil.copyfile(src, path)
    assert security.store_key(file_id(path), key) is None
    return path


@pytest.fixture
def opened(db_path):
    office = open_office(db_path)
    session = office.auth.login("admin", PASSWORD)
    yield office, session
    if not office.db.closed:
        office.close()


def records(db: Database) -> dict[str, list[tuple]]:
    return {t: db.query(f"SELECT * FROM {t} ORDER BY id") for t in ("customers", "contacts", "entries", "users")}


def audit_rows(db: Database) -> list[tuple]:
    return db.query("SELECT * FROM audit_events ORDER BY id")


def all_checks(db: Database) -> None:
    assert db.quick_check() is None
    assert db.integrity_check() is None
    assert db.cipher_integrity_check() is None
    ok, event_id, kind = AuditRepo(db).verify()
    assert ok, (event_id, kind)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_byte(path: Path) -> None:
    """One bit, well inside a page in the middle of the file (not page 1, not a page's reserve)."""
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    assert pages > 10
    data[(pages // 2) * 4096 + 1500] ^= 0x04
    path.write_bytes(bytes(data))


def add_marker(office, session):
    return office.customers.create(session, {"name": MARKER, "kind": "person", "id_number": "11010519491231002X",
                                             "phone": "13800138000", "unit": "9-9-9999"})


# ------------------------------------------------------------------ round trip
def test_backup_round_trip_keeps_every_record_and_the_audit_chain(opened, tmp_path):
    office, admin = opened
    add_marker(office, admin)
    usb = tmp_path / "U盘"
    usb.mkdir()
    before = records(office.db)
    events_before = audit_rows(office.db)
    entry = office.backups.create(admin, usb)

    assert entry.path.parent == usb and entry.path.is_file()
    assert entry.name.startswith("office-") and entry.name.endswith(".kdb-backup")
    assert backup.parse_backup_name(entry.name) == entry.created
    assert entry.verified is True
    data = entry.path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert MARKER.encode() not in data and "11010519491231002X".encode() not in data
    assert file_id(entry.path) == office.db.file_id()  # same salt: the same key and recovery key open it

    # the backup is opened read-only and compared record by record
    copy = Database.open_read_only(entry.path, office.db.key)
    try:
        assert copy.user_version() == office.db.user_version()
        assert records(copy) == before
        assert audit_rows(copy) == events_before
        all_checks(copy)
    finally:
        copy.close()
    # the source records the backup (after it: the backup ends one event earlier)
    event = AuditRepo(office.db).search(action="backup.create", limit=1)[0]
    assert event.username == "admin" and entry.name in event.payload
    # no other file appeared next to it but its sidecar, which holds no personal data
    assert sorted(p.name for p in usb.iterdir()) == [entry.name, entry.name + ".json"]
    side = json.loads((usb / (entry.name + ".json")).read_text(encoding="utf-8"))
    assert set(side) <= {"file", "size", "sha256", "verified", "schema", "verified_at"}
    assert side["size"] == entry.path.stat().st_size and side["sha256"] == sha(entry.path)

    # a backup cannot be opened without the key
    with pytest.raises(WrongKey):
        Database.open_read_only(entry.path, security.generate_key())
    with pytest.raises(NotABackup):
        backup.verify_backup(entry.path, security.generate_key())
    assert backup.verify_backup(entry.path, office.db.key).customers == len(before["customers"])


def test_default_folder_list_and_progress(opened):
    office, admin = opened
    assert office.backups.folder() == office.path.parent / "backups"
    seen = []
    entry = office.backups.create(admin, progress=lambda phase, done, total: seen.append((phase, done, total)))
    assert entry.path.parent == office.path.parent / "backups"
    phases = [p for p, _d, _t in seen]
    assert phases[0] == "check" and "copy" in phases and phases[-1] == "verify"
    done, total = [(d, t) for p, d, t in seen if p == "copy"][-1]
    assert total > 0 and done == total
    assert all(backup.phase_label(p) for p in phases)
    second = office.backups.create(admin)
    listed = office.backups.list()
    assert [e.path for e in listed] == [second.path, entry.path]  # newest first, also within one second
    assert all(e.verified and e.database_id == office.db.file_id() for e in listed)
    # a changed file is no longer shown as verified; the full check finds the damage
    flip_byte(second.path)
    changed = [e for e in office.backups.list() if e.path == second.path][0]
    assert changed.verified is True  # same size: the cheap list cannot tell ...
    with pytest.raises(backup.BackupError):  # ... the full check can
        backup.verify_backup(second.path, office.db.key, database_id=office.db.file_id())
    second.path.write_bytes(second.path.read_bytes() + b"x")
    assert [e for e in office.backups.list() if e.path == second.path][0].verified is False


def test_cancel_leaves_nothing(opened, tmp_path):
    office, admin = opened
    target = tmp_path / "usb"
    target.mkdir()
    for stop_at in ("check", "copy", "verify"):
        with pytest.raises(BackupCancelled):
            office.backups.create(admin, target, progress=lambda phase, d, t, s=stop_at: phase != s)
        assert list(target.iterdir()) == []
    assert AuditRepo(office.db).search(action="backup.create") == []


def test_no_personal_data_in_plaintext_in_any_file_backup_and_restore_write(opened, tmp_path, monkeypatch):
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(temp))
    office, admin = opened
    add_marker(office, admin)
    entry = office.backups.create(admin, tmp_path)
    office.backups.create(admin)
    backup.restore_office(office, admin, entry.path)
    office.close()
    markers = [m for text in (MARKER, "11010519491231002X", "13800138000")
               for m in (text.encode("utf-8"), text.encode("utf-16-le"), text.encode("gb18030"))]
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len([p for p in written if p.name.endswith(".kdb-backup")]) == 3  # two made, one before the restore
    for path in written:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3"), path
        assert not [m for m in markers if m in data], f"personal data in plaintext in {path.name}"
    assert not list(temp.iterdir())


# ------------------------------------------------------------------ bad folders
def test_bad_folders_name_the_folder_and_write_nothing(opened, tmp_path):
    office, admin = opened
    events = AuditRepo(office.db).count()
    missing = tmp_path / "E盘" / "不存在"
    with pytest.raises(BadFolder) as info:
        office.backups.create(admin, missing)
    assert str(missing) in str(info.value) and "does not exist" in str(info.value)
    assert not missing.exists()

    a_file = tmp_path / "notes.txt"
    a_file.write_text("hello", encoding="utf-8")
    with pytest.raises(BadFolder) as info:
        office.backups.create(admin, a_file)
    assert str(a_file) in str(info.value) and "is a file" in str(info.value)
    assert a_file.read_text(encoding="utf-8") == "hello"
    assert AuditRepo(office.db).count() == events


def _make_read_only(folder: Path):
    """A folder this process cannot write to, even as root (chattr +i), or None."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return lambda: folder.chmod(0o755)
    chattr = shutil.which("chattr")
    if chattr and subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode == 0:
        return lambda: subprocess.run([chattr, "-i", str(folder)], capture_output=True)
    return None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_folder_is_refused_with_its_name(opened, tmp_path):
    office, admin = opened
    folder = tmp_path / "只读"
    folder.mkdir()
    undo = _make_read_only(folder)
    if undo is None:
        pytest.skip("cannot make a read-only folder here")
    try:
        probe = folder / "probe"
        try:
            probe.write_bytes(b"")
        except OSError:
            pass
        else:
            probe.unlink()
            pytest.skip("the folder stayed writable")
        with pytest.raises(BadFolder) as info:
            office.backups.create(admin, folder)
        assert str(folder) in str(info.value) and "cannot be written" in str(info.value)
        assert list(folder.iterdir()) == []
    finally:
        undo()
    assert AuditRepo(office.db).search(action="backup.create") == []


def test_bad_folder_in_the_settings_is_refused(opened, tmp_path):
    office, admin = opened
    with pytest.raises(BadFolder):
        office.backups.set_settings(admin, {"folder": str(tmp_path / "nope")})
    usb = tmp_path / "usb"
    usb.mkdir()
    s = office.backups.set_settings(admin, {"folder": str(usb), "keep_daily": "7", "keep_monthly": 3})
    assert (s.folder, s.keep_daily, s.keep_monthly, s.automatic) == (str(usb), 7, 3, True)
    assert office.backups.settings() == s and office.backups.folder() == usb
    with pytest.raises(ValueError):
        office.backups.set_settings(admin, {"keep_daily": 0})
    usb.rmdir()  # the drive is gone: the automatic backup says so and writes nothing
    with pytest.raises(BadFolder) as info:
        office.backups.backup_if_due(admin)
    assert str(usb) in str(info.value)


# ------------------------------------------------------------------ permissions and the automatic backup
def test_roles_and_the_daily_automatic_backup(opened):
    office, admin = opened
    clerk = office.auth.login(office.auth.create_user(admin, "clerk1", "前台", "clerk", PASSWORD).username, PASSWORD)
    manager = office.auth.login(office.auth.create_user(admin, "mgr1", "经理", "manager", PASSWORD).username, PASSWORD)
    with pytest.raises(PermissionDenied):
        office.backups.create(clerk)
    assert AuditRepo(office.db).search(action="permission.denied")[0].summary == "backup.create"
    assert office.backups.create(manager).path.is_file()
    with pytest.raises(PermissionDenied):
        office.backups.prepare_restore(manager, office.backups.list()[0].path)
    # automatic: any signed-in user, at most once a day
    tomorrow = _dt.datetime.now() + _dt.timedelta(days=1)
    assert not office.backups.auto_backup_due()  # the manager's backup of today counts
    assert office.backups.auto_backup_due(tomorrow)
    entry = office.backups.backup_if_due(clerk, now=tomorrow)
    assert entry is not None and entry.created.date() == tomorrow.date()
    assert office.backups.backup_if_due(clerk, now=tomorrow) is None
    event = AuditRepo(office.db).search(action="backup.create", limit=1)[0]
    assert event.username == "clerk1" and event.summary == "automatic"
    with pytest.raises(PermissionDenied):
        office.backups.backup_if_due(None)
    office.backups.set_settings(admin, {"automatic": False})
    assert not office.backups.auto_backup_due(tomorrow + _dt.timedelta(days=1))


# ------------------------------------------------------------------ pruning
def test_select_to_keep_30_daily_and_12_monthly():
    now = _dt.datetime(2026, 3, 15, 18, 0, 0)
    dates = []
    for day in range(800):  # two backups a day for 800 days
        for hour in (9, 17):
            dates.append(now.replace(hour=hour) - _dt.timedelta(days=day))
    keep = {dates[i] for i in select_to_keep(dates, 30, 12)}
    daily = {now.replace(hour=17) - _dt.timedelta(days=d) for d in range(30)}
    assert daily <= keep
    newest_of_month = {}
    for d in sorted(dates, reverse=True):
        newest_of_month.setdefault((d.year, d.month), d)
    monthly = set(sorted(newest_of_month.values(), reverse=True)[:12])
    assert monthly <= keep
    assert keep == daily | monthly
    assert len(daily) == 30 and len(monthly) == 12
    assert len(keep) == 30 + 12 - 2  # March's newest is today's, February's (the 28th) is within the 30 days
    assert select_to_keep([], 30, 12) == set()
    assert select_to_keep([now], 0, 0) == {0}  # never the newest one


def test_prune_deletes_only_our_old_backups(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    ours, theirs = bytes(range(16)), bytes(range(16, 32))
    start = _dt.datetime(2026, 3, 15, 20, 0, 0)
    made = []
    for day in range(400):  # one a day for 400 days, plus a second one on the last 5 days
        for hour in ((8, 20) if day < 5 else (20,)):
            when = start.replace(hour=hour) - _dt.timedelta(days=day)
            p = folder / backup.backup_name("office.kdb", when)
            p.write_bytes(ours + b"\0" * 600)
            (folder / (p.name + ".json")).write_text("{}", encoding="utf-8")
            made.append((when, p))
    other = folder / backup.backup_name("office.kdb", start - _dt.timedelta(days=300))
    other = other.with_name(other.name.replace("office-", "other-"))
    other.write_bytes(theirs + b"\0" * 600)                       # another database's backup
    stranger = folder / "office-notes.kdb-backup.txt"
    stranger.write_bytes(ours + b"\0" * 600)                      # not our name scheme
    partial = folder / (".office-20250101-000000.kdb-backup" + backup.PARTIAL)
    partial.write_bytes(ours)

    deleted = prune_backups(folder, ours.hex(), 30, 12)
    left = {e.created for e in list_backups(folder, ours.hex())}
    assert len(left) == 30 + 12 - 2  # the newest of March and of February are among the 30 days
    assert {start.replace(hour=20) - _dt.timedelta(days=d) for d in range(30)} <= left
    months = {(d.year, d.month) for d in left}
    assert len(months) == 12
    assert len(deleted) == len(made) - len(left)
    assert all(not p.exists() and not (folder / (p.name + ".json")).exists() for p in deleted)
    assert other.exists() and stranger.exists() and partial.exists()
    assert list_backups(folder, theirs.hex())[0].path == other


def test_automatic_backup_prunes_with_the_settings(opened):
    office, admin = opened
    office.backups.set_settings(admin, {"keep_daily": 2, "keep_monthly": 1})
    day = _dt.datetime.now().replace(hour=12, minute=0, second=0, microsecond=0)
    for i in range(4):
        assert office.backups.backup_if_due(admin, now=day + _dt.timedelta(days=i)) is not None
    dates = [e.created.date() for e in office.backups.list()]
    assert dates == [(day + _dt.timedelta(days=i)).date() for i in (3, 2)]
    assert AuditRepo(office.db).search(action="backup.prune")


def test_stale_partials_are_removed_by_the_next_backup(opened, monkeypatch):
    office, admin = opened
    folder = office.backups.folder()
    folder.mkdir()
    young = folder / (".office-20250101-000000.kdb-backup" + backup.PARTIAL)
    old = folder / (".office-20240101-000000.kdb-backup" + backup.PARTIAL)
    for p in (young, old):
        p.write_bytes(b"\1" * 4096)
    os.utime(old, (time.time() - 2 * backup.STALE_PARTIAL_SECONDS,) * 2)
    office.backups.create(admin)
    assert young.exists() and not old.exists()
    assert [e.path for e in office.backups.list()] == [p for p in folder.glob("*.kdb-backup")]


# ------------------------------------------------------------------ restore
def test_restore_brings_back_the_backup_and_keeps_the_current_file(opened, tmp_path):
    office, admin = opened
    entry = office.backups.create(admin)
    expected = records(office.db)
    add_marker(office, admin)
    newer = records(office.db)
    info = office.backups.prepare_restore(admin, entry.path)
    assert (info.customers, info.entries) == (len(expected["customers"]), len(expected["entries"]))
    assert info.audit_events == len(audit_rows(office.db)) - 2  # the backup's own event and the new customer's
    assert info.created == entry.created and info.company == "鸿运物业"

    result = backup.restore_office(office, admin, entry.path)
    assert not result.previous_damaged
    assert records(office.db) == expected  # the office works on the restored file
    all_checks(office.db)
    event = AuditRepo(office.db).search(action="backup.restore", limit=1)[0]
    assert event.username == "admin" and event.summary == entry.name
    # the replaced file was backed up first: restoring that one undoes the restore
    assert result.safety_copy is not None and result.safety_copy.name.endswith(".kdb-backup")
    backup.restore_office(office, admin, result.safety_copy)
    assert records(office.db) == newer
    assert not list(office.path.parent.glob(".*restoring"))


def test_restore_to_a_missing_database(opened, tmp_path):
    office, admin = opened
    entry = office.backups.create(admin)
    expected = records(office.db)
    key = office.db.key
    office.close()
    new_pc = tmp_path / "新电脑" / "office.kdb"
    new_pc.parent.mkdir()
    session = backup.sign_in_from_backup(entry.path, key, "admin", PASSWORD)
    result = restore(entry.path, new_pc, key, session=session)
    assert result.safety_copy is None
    reopened = open_office(new_pc)
    try:
        assert records(reopened.db) == expected
        all_checks(reopened.db)
    finally:
        reopened.close()


def test_damaged_file_is_reported_unchanged_and_the_last_backup_restores_it(opened, db_path):
    office, admin = opened
    office.backups.create(admin)
    add_marker(office, admin)
    last = office.backups.create(admin)
    expected = records(office.db)
    key = office.db.key
    office.close()

    flip_byte(db_path)
    digest = sha(db_path)
    with pytest.raises(Damaged) as info:
        open_office(db_path)
    assert "damaged" in user_message(info.value)
    with pytest.raises(Damaged):
        open_office(db_path, background_check=False)
    assert sha(db_path) == digest

    candidate = find_restore_candidate(db_path)
    assert candidate is not None and candidate.path == last.path
    assert sha(db_path) == digest
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith("office.kdb-")]  # no side files either
    assert candidate.customers == len(expected["customers"])

    with pytest.raises(AuthError):
        backup.sign_in_from_backup(candidate.path, key, "admin", "wrong-password1")
    session = backup.sign_in_from_backup(candidate.path, key, "admin", PASSWORD)
    result = restore(candidate.path, db_path, key, session=session)
    assert result.previous_damaged
    assert result.safety_copy is not None and sha(result.safety_copy) == digest  # the damaged file, kept as it was
    restored = open_office(db_path)
    try:
        assert records(restored.db) == expected
        all_checks(restored.db)
        assert restored.check()[-1][1]
        assert AuditRepo(restored.db).search(action="backup.restore", limit=1)[0].payload.count("damaged")
    finally:
        restored.close()


def test_candidate_skips_a_damaged_backup(opened, db_path):
    office, admin = opened
    good = office.backups.create(admin)
    bad = office.backups.create(admin)
    office.close()
    flip_byte(bad.path)
    assert find_restore_candidate(db_path).path == good.path


def test_not_a_backup_and_another_offices_backup_are_refused(opened, tmp_path):
    office, admin = opened
    key = office.db.key
    junk = tmp_path / "office-20250101-000000.kdb-backup"
    junk.write_bytes(os.urandom(8192))
    text = tmp_path / "readme.kdb-backup"
    text.write_text("这不是备份", encoding="utf-8")
    for path in (junk, text, tmp_path / "nothing-here.kdb-backup"):
        with pytest.raises(NotABackup) as info:
            office.backups.prepare_restore(admin, path)
        assert path.name in str(info.value)

    other = create_office(tmp_path / "other" / "other.kdb", company="别家物业", admin_username="admin",
                          admin_display_name="李", admin_password=PASSWORD)
    try:
        foreign = other.office.backups.create(other.admin)
    finally:
        other.office.close()
    with pytest.raises(OtherDatabase) as info:
        office.backups.prepare_restore(admin, foreign.path)
    assert "backup of another KeDang database" in str(info.value)
    office.close()
    digest = sha(office.path)
    session = Session(1, "admin", "王管理", "admin")
    with pytest.raises(OtherDatabase):
        restore(foreign.path, office.path, key, session=session)
    with pytest.raises(NotABackup):
        restore(junk, office.path, key, session=session)
    assert sha(office.path) == digest
    assert not list(office.path.parent.glob(".*restoring"))


def test_restore_refuses_a_non_admin_and_an_open_database(opened):
    office, admin = opened
    entry = office.backups.create(admin)
    key, path = office.db.key, office.path
    manager = office.auth.login(office.auth.create_user(admin, "mgr1", "经理", "manager", PASSWORD).username, PASSWORD)
    office.close()
    with pytest.raises(PermissionDenied):
        restore(entry.path, path, key, session=manager)
    with pytest.raises(PermissionDenied):
        backup.require_restore(manager)
    other_window = Database.open(path, key)  # another KeDang still has the file open
    try:
        with pytest.raises(backup.BackupError) as info:
            restore(entry.path, path, key, session=admin)
        assert "open in another" in str(info.value)
        assert other_window.quick_check() is None
    finally:
        other_window.close()
    assert not list(path.parent.glob(".*restoring"))


# ------------------------------------------------------------------ kill -9
_CHILD_BACKUP = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
from app.backup import BackupService, prune_backups
from app.models.database import Database
from app.session import Session
db = Database.open(sys.argv[2], bytes.fromhex(os.environ["KD_KEY"]))
service = BackupService(db)
admin = Session(1, "admin", "admin", "admin")
print("ready", flush=True)
while True:
    service.create(admin, sys.argv[3])
    prune_backups(sys.argv[3], db.file_id(), 1, 0)
"""

_CHILD_RESTORE = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
from app.backup import prune_backups, restore
from app.models.database import file_id
from app.session import Session
key = bytes.fromhex(os.environ["KD_KEY"])
db, first, second, safety = sys.argv[2:6]
admin = Session(1, "admin", "admin", "admin")
print("ready", flush=True)
i = 0
while True:
    restore(first if i % 2 == 0 else second, db, key, session=admin, safety_folder=safety)
    prune_backups(safety, file_id(db), 1, 0)
    i += 1
"""

KILLS = 24


def _run_and_kill(code: str, args: list[str], key: bytes, delay: float) -> None:
    env = {**os.environ, "KD_KEY": key.hex(), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-c", code, str(ROOT), *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read()
        time.sleep(delay)
        assert proc.poll() is None, proc.stderr.read()  # still working when it is killed
        proc.kill()  # SIGKILL
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_during_backup_never_leaves_a_bad_backup(db_path, template, monkeypatch):
    _src, key = template
    folder = db_path.parent / "usb"
    folder.mkdir()
    rng = random.Random(int(os.environ.get("KEDANG_KILL_SEED", time.time_ns())))
    partial_seen = 0
    for _ in range(KILLS):
        _run_and_kill(_CHILD_BACKUP, [str(db_path), str(folder)], key, rng.uniform(0.0, 0.35))
        db = Database.open(db_path, key)
        try:
            all_checks(db)
            db_id = db.file_id()
        finally:
            db.close()
        for name in os.listdir(folder):
            if backup.parse_backup_name(name):  # every file under a backup's name is a whole, verified backup
                info = backup.verify_backup(folder / name, key, database_id=db_id)
                assert info.customers >= CUSTOMERS
            else:
                assert name.endswith((backup.SUFFIX + backup.PARTIAL, backup.SUFFIX + backup.PARTIAL + "-journal",
                                      backup.SUFFIX + backup.SIDECAR, backup.SIDECAR + ".tmp")), name
                partial_seen += name.endswith(backup.PARTIAL)
    assert partial_seen, "no kill landed inside a backup; raise the delays"
    # the next backup cleans up what the kills left (once they are old enough)
    monkeypatch.setattr(backup, "STALE_PARTIAL_SECONDS", 0)
    office = open_office(db_path)
    try:
        office.backups.create(office.auth.login("admin", PASSWORD), folder)
    finally:
        office.close()
    assert not [n for n in os.listdir(folder) if n.startswith(".")]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_during_restore_leaves_the_old_or_the_restored_database(opened, db_path, template):
    office, admin = opened
    _src, key = template
    first = office.backups.create(admin, db_path.parent)
    state_a = records(office.db)["customers"]
    add_marker(office, admin)
    second = office.backups.create(admin, db_path.parent)
    state_b = records(office.db)["customers"]
    office.close()
    safety = db_path.parent / "safety"
    safety.mkdir()
    rng = random.Random(int(os.environ.get("KEDANG_KILL_SEED", time.time_ns())))
    seen = {"a": 0, "b": 0}
    for _ in range(KILLS):
        _run_and_kill(_CHILD_RESTORE, [str(db_path), str(first.path), str(second.path), str(safety)], key,
                      rng.uniform(0.0, 0.6))
        db = Database.open(db_path, key)
        try:
            all_checks(db)
            customers = records(db)["customers"]
        finally:
            db.close()
        assert customers in (state_a, state_b)
        seen["a" if customers == state_a else "b"] += 1
    assert seen["a"] and seen["b"], seen
    # the next restore clears what a kill left behind
    restore(first.path, db_path, key, session=admin, safety_folder=safety)
    assert not list(db_path.parent.glob(".*restoring"))
    db = Database.open(db_path, key)
    try:
        all_checks(db)
        assert records(db)["customers"] == state_a
    finally:
        db.close()
