"""``python -m app backup`` and ``python -m app restore``: real subprocesses, real files.

The subprocesses share a test keyring through a file (tests.support.keyrings.FileKeyring);
the developer's own keyring is never touched.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from app.models.database import Database
from app.models.repositories import AuditRepo
from tests.conftest import PASSWORD
from tests.support.cli import Cli


def one_line_error(proc) -> str:
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


def digests(folder: Path) -> dict[str, str]:
    return {p.name: ("present" if p.name.endswith("-shm") else hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.iterdir()) if p.is_file() and p.name.startswith("office.kdb")}


def customers(cli: Cli) -> list[tuple]:
    db = Database.open(cli.db, cli.key())
    try:
        return db.query("SELECT * FROM customers ORDER BY id")
    finally:
        db.close()


def add_customer(cli: Cli, name: str) -> None:
    office = cli.open()
    try:
        admin = office.auth.login("admin", PASSWORD)
        office.customers.create(admin, {"name": name, "kind": "person", "phone": "13800138000"})
    finally:
        office.close()


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """An office with demo data, made once through the CLI; each test copies it."""
    cli = Cli(tmp_path_factory.mktemp("filled"))
    cli.init()
    proc = cli.run("demo", str(cli.db), "--customers", "40", "--user", "admin")
    assert proc.returncode == 0, proc.stderr
    return cli


@pytest.fixture
def cli(tmp_path, filled):
    c = Cli(tmp_path)
    for name in (filled.db.name, filled.ring.name):
        (tmp_path / name).write_bytes((filled.tmp / name).read_bytes())
    return c


def backup_path(proc) -> Path:
    assert proc.returncode == 0, proc.stderr
    return Path(proc.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ backup
@pytest.mark.parametrize("command", ["backup", "restore"])
def test_help(cli, command):
    proc = cli.run(command, "--help")
    assert proc.returncode == 0 and proc.stdout.startswith("usage:")


def test_backup_prints_its_path_last(cli, tmp_path):
    usb = tmp_path / "U盘"
    usb.mkdir()
    path = backup_path(cli.run("backup", str(cli.db), "--to", str(usb), "--user", "admin"))
    assert path.parent == usb and path.name.startswith("office-") and path.name.endswith(".kdb-backup")
    assert not path.read_bytes().startswith(b"SQLite format 3")
    copy = Database.open_read_only(path, cli.key())
    try:
        assert copy.query("SELECT * FROM customers ORDER BY id") == customers(cli)
    finally:
        copy.close()
    # without --to: the automatic folder next to the database
    default = backup_path(cli.run("backup", str(cli.db), "--user", "admin"))
    assert default.parent == tmp_path / "backups"
    office = cli.open()
    try:
        events = AuditRepo(office.db).search(action="backup.create")
        assert [e.summary for e in events] == ["manual", "manual"]
    finally:
        office.close()


def test_backup_to_a_bad_folder_names_it_and_writes_nothing(cli, tmp_path):
    before = sorted(p.name for p in tmp_path.iterdir())
    missing = tmp_path / "E盘"
    line = one_line_error(cli.run("backup", str(cli.db), "--to", str(missing), "--user", "admin"))
    assert str(missing) in line and "does not exist" in line
    a_file = tmp_path / "keyring.json"
    line = one_line_error(cli.run("backup", str(cli.db), "--to", str(a_file), "--user", "admin"))
    assert str(a_file) in line and "is a file" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    # a clerk may not make backups
    office = cli.open()
    try:
        office.auth.create_user(office.auth.login("admin", PASSWORD), "clerk1", "前台", "clerk", PASSWORD)
    finally:
        office.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    line = one_line_error(cli.run("backup", str(cli.db), "--to", str(usb), "--user", "clerk1"))
    assert "Not allowed" in line
    assert list(usb.iterdir()) == []


# ------------------------------------------------------------------ restore
def test_restore_asks_and_aborts_without_yes(cli, tmp_path):
    path = backup_path(cli.run("backup", str(cli.db), "--to", str(tmp_path), "--user", "admin"))
    expected = customers(cli)
    add_customer(cli, "新客户甲")
    changed = customers(cli)
    before = digests(tmp_path)
    files = sorted(p.name for p in tmp_path.iterdir())

    for answer in ("", "no\n"):  # end of file at once; a "no"
        proc = cli.run("restore", str(path), str(cli.db), "--user", "admin", stdin=answer)
        assert proc.returncode != 0
        assert "Not restored" in proc.stderr and "Nothing was changed" in proc.stderr
        assert path.name in proc.stdout and f"{len(expected)} customers" in proc.stdout
        assert "Type yes to restore" in proc.stdout
    assert customers(cli) == changed
    # the sign-ins were recorded (they happened), but no file was replaced or added
    assert sorted(p.name for p in tmp_path.iterdir()) == files
    assert set(digests(tmp_path)) == set(before)

    proc = cli.run("restore", str(path), str(cli.db), "--user", "admin", stdin="yes\n")
    assert proc.returncode == 0, proc.stderr
    assert "Restored the database" in proc.stdout
    assert customers(cli) == expected


def test_restore_yes_and_a_damaged_database(cli, tmp_path):
    (tmp_path / "usb").mkdir()
    path = backup_path(cli.run("backup", str(cli.db), "--to", str(tmp_path / "usb"), "--user", "admin"))
    expected = customers(cli)
    add_customer(cli, "新客户乙")

    data = bytearray(cli.db.read_bytes())
    for part in (3, 2):  # one bit in two pages well inside the file
        data[(len(data) // 4096 // part) * 4096 + 1200] ^= 0x10
    cli.db.write_bytes(bytes(data))
    before = digests(tmp_path)
    line = one_line_error(cli.run("check", str(cli.db)))
    assert "damaged" in line
    assert digests(tmp_path) == before

    proc = cli.run("restore", str(path), str(cli.db), "--user", "admin", "--yes")
    assert proc.returncode == 0, proc.stderr
    assert "cannot be opened" in proc.stdout and "Restored the database" in proc.stdout
    saved = Path(proc.stdout.strip().splitlines()[-1].split(" as ", 1)[1])
    assert saved.read_bytes() == bytes(data)  # the damaged file is kept as it was
    proc = cli.run("check", str(cli.db), "--user", "admin")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert customers(cli) == expected
    office = cli.open()
    try:
        assert AuditRepo(office.db).search(action="backup.restore")[0].username == "admin"
    finally:
        office.close()


def test_restore_refuses_what_is_not_a_backup_of_this_database(cli, tmp_path):
    junk = tmp_path / "office-20250101-000000.kdb-backup"
    junk.write_bytes(os.urandom(16384))
    other = Cli(tmp_path / "other")
    other.tmp.mkdir()
    other.init()
    foreign = backup_path(other.run("backup", str(other.db), "--user", "admin"))
    before = customers(cli)
    files = sorted(p.name for p in tmp_path.iterdir())
    line = one_line_error(cli.run("restore", str(junk), str(cli.db), "--user", "admin", "--yes"))
    assert junk.name in line and "is not a backup of this database" in line
    line = one_line_error(cli.run("restore", str(foreign), str(cli.db), "--user", "admin", "--yes"))
    assert foreign.name in line and "belongs to another database" in line
    line = one_line_error(cli.run("restore", str(tmp_path / "nope.kdb-backup"), str(cli.db), "--user", "admin", "--yes"))
    assert "nope.kdb-backup" in line
    assert customers(cli) == before  # the sign-ins were recorded; nothing was replaced or added
    assert sorted(p.name for p in tmp_path.iterdir()) == files


def test_only_an_administrator_restores(cli, tmp_path):
    office = cli.open()
    try:
        admin = office.auth.login("admin", PASSWORD)
        office.auth.create_user(admin, "mgr1", "经理", "manager", PASSWORD)
    finally:
        office.close()
    path = backup_path(cli.run("backup", str(cli.db), "--to", str(tmp_path), "--user", "mgr1"))
    files = sorted(p.name for p in tmp_path.iterdir())
    line = one_line_error(cli.run("restore", str(path), str(cli.db), "--user", "mgr1", "--yes"))
    assert "Not allowed" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == files
    line = one_line_error(cli.run("restore", str(path), str(cli.db), "--user", "admin", "--yes",
                                  env={"KEDANG_PASSWORD": "wrong-password1"}))
    assert "Wrong user name or password" in line
