"""The encrypted single file: encryption at rest, keys, schema versions, paths, transactions."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlcipher3

from app import security
from app.demo import fill_demo
from app.errors import user_message
from app.models import migrations
from app.models.database import (
    Damaged, Database, DatabaseError, TooNew, WrongKey, network_path_problem,
)
from app.models.records import CustomerQuery
from app.office import Office, open_office

MARKER = "测试标记张三"


def _digests(folder: Path) -> dict[str, str]:
    """sha256 of the database files in ``folder`` (db, -wal, backups), by name.

    The -shm file is SQLite's shared-memory lock index, not data: readers legitimately
    write their read marks into it; only its existence is compared.
    """
    return {p.name: ("present" if p.name.endswith("-shm") else hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.iterdir()) if p.is_file()}


def _all_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _add_marker_customer(office, admin):
    return office.customers.create(admin, {
        "name": MARKER, "kind": "person", "id_number": "11010519491231002X", "phone": "13800138000",
        "unit": "9-9-9999", "address": MARKER + "路88号", "company": MARKER + "有限公司",
        "note": "秘密备注 " + MARKER,
    }, contacts=[{"role": "emergency", "name": MARKER + "妈妈", "phone": "13900139000", "relation": "母亲"}])


# ------------------------------------------------------------------ encryption at rest
def test_new_file_is_encrypted_and_no_plaintext_leaks_while_open_or_after_close(office, admin, tmp_path):
    _add_marker_customer(office, admin)
    secrets_in_clear = [MARKER.encode("utf-8"), "秘密备注".encode("utf-8"), b"11010519491231002X",
                        b"13800138000", b"ceshibiaojizhangsan", "鸿运物业".encode("utf-8")]

    def assert_no_leak():
        files = _all_files(tmp_path)
        assert files, "the database file should exist"
        for f in files:
            data = f.read_bytes()
            for needle in secrets_in_clear:
                assert needle not in data, f"{needle!r} readable in {f.name}"

    # While open: the WAL holds fresh pages; they must be encrypted too.
    assert_no_leak()
    office.close()
    db_file = tmp_path / "office.kdb"
    assert not db_file.read_bytes().startswith(b"SQLite format 3")
    assert_no_leak()
    # A plain SQLite reader sees no database at all.
    import sqlite3
    plain = sqlite3.connect(db_file)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


def test_reopened_file_keeps_the_data(office, admin, tmp_path):
    c = _add_marker_customer(office, admin)
    key = office.db.key
    office.close()
    db = Database.open(tmp_path / "office.kdb", key)
    try:
        assert db.scalar("SELECT name FROM customers WHERE id = ?", (c.id,)) == MARKER
        assert db.scalar("SELECT note FROM customers WHERE id = ?", (c.id,)) == "秘密备注 " + MARKER
    finally:
        db.close()


def test_key_is_a_raw_256_bit_key_not_a_passphrase(office, tmp_path):
    key = office.db.key
    assert isinstance(key, bytes) and len(key) == 32
    office.close()
    path = tmp_path / "office.kdb"
    # The raw form opens the file...
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 1
    finally:
        conn.close()
    # ...the same hex digits used as a passphrase (PBKDF2) do not.
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{key.hex()}'")
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_two_databases_get_different_keys_and_ids(tmp_path):
    k1, k2 = security.generate_key(), security.generate_key()
    assert k1 != k2
    a = Database.create(tmp_path / "a.kdb", k1)
    b = Database.create(tmp_path / "b.kdb", k2)
    try:
        assert a.file_id() != b.file_id()
        assert len(a.file_id()) == 32
    finally:
        a.close()
        b.close()


# ------------------------------------------------------------------ wrong key, damage
def test_wrong_key_is_refused_and_changes_no_byte(office, admin, tmp_path):
    _add_marker_customer(office, admin)
    office.close()
    before = _digests(tmp_path)
    with pytest.raises(WrongKey) as info:
        Database.open(tmp_path / "office.kdb", security.generate_key())
    assert _digests(tmp_path) == before
    assert "key" in user_message(info.value).lower()
    assert "not changed" in user_message(info.value)


def test_wrong_key_while_the_file_is_open_elsewhere_changes_nothing(office, admin, tmp_path):
    """Another program instance has the file open (WAL present): a wrong key must not disturb it."""
    _add_marker_customer(office, admin)
    path = tmp_path / "office.kdb"
    before = _digests(tmp_path)
    with pytest.raises(WrongKey):
        Database.open(path, security.generate_key())
    assert _digests(tmp_path) == before
    # the open office still works
    assert office.customers.count() == 1


def test_short_key_is_refused(tmp_path):
    with pytest.raises(ValueError):
        Database.create(tmp_path / "x.kdb", b"short")
    assert not (tmp_path / "x.kdb").exists()


def test_damaged_file_is_reported_as_damaged_and_left_unchanged(office, admin, tmp_path):
    fill_demo(office, admin, customers=300)
    key = office.db.key
    office.close()
    path = tmp_path / "office.kdb"
    data = bytearray(path.read_bytes())
    assert len(data) > 20 * 4096
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    before = _digests(tmp_path)
    with pytest.raises(DatabaseError) as info:
        Database.open(path, key)
    assert isinstance(info.value, (Damaged, WrongKey))
    assert _digests(tmp_path) == before
    if isinstance(info.value, Damaged):
        assert "damaged" in user_message(info.value)


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(DatabaseError) as info:
        Database.open(tmp_path / "nope.kdb", security.generate_key())
    assert info.value.code == "missing"
    assert "no database" in user_message(info.value).lower()
    assert not (tmp_path / "nope.kdb").exists()


def test_create_never_overwrites_an_existing_file(office, tmp_path):
    office.close()
    path = tmp_path / "office.kdb"
    before = _digests(tmp_path)
    with pytest.raises(DatabaseError) as info:
        Database.create(path, security.generate_key())
    assert info.value.code == "exists"
    assert _digests(tmp_path) == before


# ------------------------------------------------------------------ schema versions
def test_new_database_is_at_the_latest_schema(office):
    assert office.db.user_version() == migrations.LATEST
    assert migrations.LATEST == max(migrations.MIGRATIONS)
    # the settings that make it crash-safe
    assert office.db.scalar("PRAGMA journal_mode") == "wal"
    assert office.db.scalar("PRAGMA synchronous") == 2  # FULL
    assert office.db.scalar("PRAGMA foreign_keys") == 1


def test_file_from_a_newer_program_is_refused_and_not_changed(office, tmp_path):
    office.db._conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    key = office.db.key
    office.close()
    before = _digests(tmp_path)
    with pytest.raises(TooNew) as info:
        Database.open(tmp_path / "office.kdb", key)
    message = user_message(info.value)
    assert "newer version" in message
    assert str(migrations.LATEST + 5) in message
    assert _digests(tmp_path) == before
    # also through the office layer (the key from the keyring)
    with pytest.raises(TooNew):
        open_office(tmp_path / "office.kdb")
    assert _digests(tmp_path) == before


NEXT = migrations.LATEST + 1  # a made-up step after the real ones


def _patch_next_step(monkeypatch, statements):
    monkeypatch.setattr(migrations, "MIGRATIONS", {**migrations.MIGRATIONS, NEXT: statements})
    monkeypatch.setattr(migrations, "LATEST", NEXT)


def test_upgrade_makes_a_backup_copy_first(office, admin, tmp_path, monkeypatch):
    c = _add_marker_customer(office, admin)
    key = office.db.key
    office.close()
    _patch_next_step(monkeypatch, ["CREATE TABLE extra_next (x TEXT)"])

    db = Database.open(tmp_path / "office.kdb", key)
    try:
        assert db.user_version() == NEXT
        assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'extra_next'") == 1
        assert db.scalar("SELECT name FROM customers WHERE id = ?", (c.id,)) == MARKER
    finally:
        db.close()

    backups = sorted(tmp_path.glob(f"office.before-v{NEXT}-*"))
    assert len(backups) == 1, list(tmp_path.iterdir())
    backup = backups[0]
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    old = Database.open(backup, key, upgrade=False)
    try:
        assert old.user_version() == NEXT - 1
        assert old.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'extra_next'") == 0
        assert old.scalar("SELECT name FROM customers WHERE id = ?", (c.id,)) == MARKER
    finally:
        old.close()

    # opening the upgraded file again makes no second backup
    Database.open(tmp_path / "office.kdb", key).close()
    assert len(list(tmp_path.glob(f"office.before-v{NEXT}-*"))) == 1


def test_a_new_database_needs_no_upgrade_backup(tmp_path, monkeypatch):
    _patch_next_step(monkeypatch, ["CREATE TABLE extra_next (x TEXT)"])
    db = Database.create(tmp_path / "fresh.kdb", security.generate_key())
    try:
        assert db.user_version() == NEXT
    finally:
        db.close()
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["fresh.kdb"]


def test_failed_upgrade_leaves_the_file_at_its_old_version(office, admin, tmp_path, monkeypatch):
    c = _add_marker_customer(office, admin)
    key = office.db.key
    office.close()
    _patch_next_step(monkeypatch, ["CREATE TABLE extra_next (x TEXT)", "THIS IS NOT SQL"])
    with pytest.raises(Exception):
        Database.open(tmp_path / "office.kdb", key)
    db = Database.open(tmp_path / "office.kdb", key, upgrade=False)
    try:
        assert db.user_version() == NEXT - 1
        assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'extra_next'") == 0
        assert db.scalar("SELECT name FROM customers WHERE id = ?", (c.id,)) == MARKER
    finally:
        db.close()


# ------------------------------------------------------------------ paths
@pytest.mark.parametrize("path", [r"\\server\share\x.kdb", "//server/share/x.kdb", r"\\192.168.1.5\档案\客档.kdb"])
def test_network_share_paths_are_refused(path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert network_path_problem(path)
    with pytest.raises(DatabaseError) as info:
        Database.create(path, security.generate_key())
    assert info.value.code == "network_path"
    assert "network share" in user_message(info.value)
    assert not any(p.name.endswith("kdb") for p in _all_files(tmp_path))


def test_local_paths_are_accepted(tmp_path):
    assert network_path_problem(tmp_path / "x.kdb") is None
    assert network_path_problem(tmp_path / "客户 档案" / "x.kdb") is None


def test_database_in_a_new_folder_with_chinese_name(tmp_path):
    key = security.generate_key()
    path = tmp_path / "鸿运 物业" / "客档.kdb"
    Database.create(path, key).close()
    db = Database.open(path, key)
    try:
        assert db.user_version() == migrations.LATEST
    finally:
        db.close()


# ------------------------------------------------------------------ transactions
def test_writes_outside_a_transaction_are_refused(office):
    with pytest.raises(RuntimeError):
        office.db.execute("INSERT INTO meta(key, value) VALUES ('stray', 'x')")
    with pytest.raises(RuntimeError):
        office.db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", [("a", "1"), ("b", "2")])
    assert office.db.scalar("SELECT count(*) FROM meta WHERE key IN ('stray', 'a', 'b')") == 0


def test_transaction_commits_and_rolls_back(office):
    with office.db.transaction():
        office.db.execute("INSERT INTO meta(key, value) VALUES ('kept', '1')")
    with pytest.raises(ZeroDivisionError):
        with office.db.transaction():
            office.db.execute("INSERT INTO meta(key, value) VALUES ('lost', '1')")
            with office.db.transaction():  # nested: part of the outer action
                office.db.execute("INSERT INTO meta(key, value) VALUES ('lost2', '1')")
            1 / 0
    assert office.db.scalar("SELECT value FROM meta WHERE key = 'kept'") == "1"
    assert office.db.scalar("SELECT count(*) FROM meta WHERE key IN ('lost', 'lost2')") == 0
    # the connection is usable afterwards
    with office.db.transaction():
        office.db.execute("INSERT INTO meta(key, value) VALUES ('after', '1')")
    assert office.db.scalar("SELECT value FROM meta WHERE key = 'after'") == "1"


def test_failed_business_action_rolls_back_completely(office, admin, monkeypatch):
    audit_before = office.audit.audit_repo.count()
    seq_before = office.meta.get("seq:customer")

    def broken_append(**kwargs):
        raise OSError("disk full while writing the audit row")

    monkeypatch.setattr(office.customers.audit_repo, "append", broken_append)
    with pytest.raises(OSError):
        office.customers.create(admin, {"name": "回滚测试", "phone": "13800000000", "unit": "1-1-101"},
                                contacts=[{"role": "main", "name": "联系人甲", "phone": "13900000000"}])
    monkeypatch.undo()

    # no customer, no contact, no search index entry, no code used, no audit event
    assert office.customers.count() == 0
    assert office.db.scalar("SELECT count(*) FROM contacts") == 0
    assert office.customers.search(admin, CustomerQuery(text="回滚测试")) == []
    assert office.customers.search(admin, CustomerQuery(text="回滚")) == []
    assert office.customers.search(admin, CustomerQuery(text="13800000000")) == []
    assert office.meta.get("seq:customer") == seq_before
    assert office.audit.audit_repo.count() == audit_before
    assert office.audit.audit_repo.verify()[0]
    # the next customer gets the first code
    c = office.customers.create(admin, {"name": "回滚测试", "phone": "13800000000"})
    assert c.code == "KH000001"
    assert office.customers.search(admin, CustomerQuery(text="回滚")) == [c.id]


def test_background_check_holds_every_write_and_refuses_a_damaged_file(tmp_path):
    """The program opens at once and checks while the user signs in; a damaged file is never written."""
    import hashlib

    from app.demo import fill_demo
    from app.models.database import Damaged, DatabaseError
    from app.office import create_office, open_office
    from tests.conftest import PASSWORD

    created = create_office(tmp_path / "bg.kdb", company="", admin_username="admin", admin_display_name="",
                            admin_password=PASSWORD)
    fill_demo(created.office, created.admin, customers=800)
    created.office.close()
    path = tmp_path / "bg.kdb"

    office = open_office(path, background_check=True)  # healthy file: sign-in writes as usual
    office.auth.login("admin", PASSWORD)
    office.close()

    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        office = open_office(path, background_check=True)
    except DatabaseError as exc:  # the damage may sit on a page the open itself reads
        assert exc.code in ("damaged", "wrong_key")
    else:
        with pytest.raises(Damaged):
            office.auth.login("admin", PASSWORD)
        office.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


# ------------------------------------------------------------------ the real schema steps
def test_a_version_1_file_is_upgraded_with_its_customers_kept(tmp_path, monkeypatch):
    """A database written by the first release (schema 1) opens in this one: a backup is made,
    the customers stay, and the dossier tables, tags and custom fields are there to use."""
    key = security.generate_key()
    path = tmp_path / "v1.kdb"
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", {1: migrations.MIGRATIONS[1]})
        m.setattr(migrations, "LATEST", 1)
        db = Database.create(path, key)
        with db.transaction():
            db.execute("INSERT INTO customers(code, name, kind, phone, created_at, updated_at)"
                       " VALUES ('KH000001', ?, 'person', '13800138000', '2025-01-01', '2025-01-01')", (MARKER,))
        db.close()

    office = Office(Database.open(path, key))
    try:
        assert office.db.user_version() == migrations.LATEST
        c = office.customers.repo.by_code("KH000001")
        assert c.name == MARKER and c.tags == [] and c.extra == {}
        tables = {r[0] for r in office.db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"entries", "attachments", "attachment_data", "custom_fields", "archive_files", "certificates",
                "handovers", "loans", "stocktakes"} <= tables
    finally:
        office.close()
    assert len(list(tmp_path.glob(f"v1.before-v{migrations.LATEST}-*"))) == 1
