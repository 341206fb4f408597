"""``python -m app`` as automation and our acceptance checks use it: real subprocesses.

The subprocesses share a test keyring through a file (tests.support.keyrings.FileKeyring);
the developer's own keyring is never touched.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import __version__, security
from tests.conftest import PASSWORD
from tests.support.pdf import pdf_text
from tests.support.cli import Cli, recovery_key_of


def one_line_error(proc) -> str:
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


def digests(folder: Path) -> dict[str, str]:
    """The database and its WAL, byte for byte (the -shm lock index only by existence)."""
    return {p.name: ("present" if p.name.endswith("-shm") else hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.iterdir()) if p.is_file() and p.name.startswith("office.kdb")}


@pytest.fixture
def cli(tmp_path):
    return Cli(tmp_path)


# ------------------------------------------------------------------ basics
def test_version(cli):
    proc = cli.run("--version")
    assert proc.returncode == 0
    assert __version__ in proc.stdout


@pytest.mark.parametrize("args", [["--help"], ["init", "--help"], ["demo", "--help"], ["check", "--help"],
                                  ["export", "--help"]])
def test_every_command_has_help(cli, args):
    proc = cli.run(*args)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("usage:")
    assert proc.stderr == ""


def test_unknown_command_is_a_usage_error(cli):
    proc = cli.run("frobnicate")
    assert proc.returncode != 0
    assert "usage:" in proc.stderr


# ------------------------------------------------------------------ init
def test_init_creates_an_encrypted_database_and_prints_the_recovery_key(cli):
    recovery = cli.init()
    assert cli.db.is_file()
    assert not cli.db.read_bytes().startswith(b"SQLite format 3")
    key = cli.key()
    assert security.parse_recovery_key(recovery) == key
    office = cli.open()
    try:
        assert office.company() == "鸿运物业"
        assert [e.action for e in office.audit.audit_repo.search()] == ["database.create", "user.create"]
        assert office.auth.login("admin", PASSWORD).role == "admin"
    finally:
        office.close()


def test_init_refuses_an_existing_file(cli):
    cli.init()
    before, ring_before = digests(cli.tmp), cli.ring.read_text()
    proc = cli.run("init", str(cli.db), "--admin", "other")
    message = one_line_error(proc)
    assert "already exists" in message
    assert "RECOVERY KEY" not in proc.stdout
    assert digests(cli.tmp) == before
    assert cli.ring.read_text() == ring_before


def test_init_needs_the_password_in_the_environment(cli):
    proc = cli.run("init", str(cli.db), "--admin", "admin", drop=("KEDANG_PASSWORD",))
    assert "KEDANG_PASSWORD" in one_line_error(proc)
    assert "RECOVERY KEY" not in proc.stdout
    assert not cli.db.exists()
    assert not cli.ring.exists()


def test_init_refuses_a_weak_password_and_leaves_no_file(cli):
    proc = cli.run("init", str(cli.db), "--admin", "admin", env={"KEDANG_PASSWORD": "12345678"})
    assert one_line_error(proc).startswith("kedang: Password:")
    assert not list(cli.tmp.glob("office.kdb*"))


def test_init_refuses_a_network_share(cli):
    proc = cli.run("init", "//server/share/office.kdb", "--admin", "admin")
    assert "network share" in one_line_error(proc)


# ------------------------------------------------------------------ demo and check
def test_demo_then_check(cli):
    cli.init()
    proc = cli.run("demo", str(cli.db), "--customers", "500", "--user", "admin")
    assert proc.returncode == 0, proc.stderr
    assert "500" in proc.stdout

    proc = cli.run("check", str(cli.db))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 4 and all(line.startswith("OK") for line in lines), proc.stdout

    proc = cli.run("check", str(cli.db), "--user", "admin")
    assert proc.returncode == 0, proc.stdout + proc.stderr

    office = cli.open()
    try:
        assert office.customers.count() == 500
        bulk = office.audit.audit_repo.search(action="customer.bulk_create")
        assert len(bulk) == 1 and bulk[0].username == "admin"
        assert json.loads(bulk[0].payload)["count"] == 500
        checks = office.audit.audit_repo.search(action="database.check")
        assert len(checks) == 1 and checks[0].username == "admin"
        assert office.db.scalar("SELECT count(*) FROM contacts") >= 500
    finally:
        office.close()


def test_export_survey_writes_the_latest_survey_and_never_overwrites(cli):
    cli.init()
    proc = cli.run("export", "survey", str(cli.db), "--out", str(cli.tmp / "none.pdf"), "--user", "admin")
    assert one_line_error(proc) == "kedang: There is no survey yet."
    assert cli.run("demo", str(cli.db), "--customers", "150", "--user", "admin").returncode == 0
    out = cli.tmp / "survey.pdf"
    proc = cli.run("export", "survey", str(cli.db), "--out", str(out), "--user", "admin")
    assert proc.returncode == 0, proc.stderr
    text = pdf_text(out)
    assert f"{_dt.date.today().year}年度顾客满意度调查" in text and "Customersatisfactionsurveyanalysisreport" in text
    before = out.read_bytes()
    proc = cli.run("export", "survey", str(cli.db), "--out", str(out), "--user", "admin")
    assert "never overwrites" in one_line_error(proc) and out.read_bytes() == before
    xlsx = cli.tmp / "forms.xlsx"
    assert cli.run("export", "survey", str(cli.db), "--out", str(xlsx), "--user", "admin").returncode == 0
    assert load_workbook(xlsx).active.max_row > 40


def test_export_every_register_and_an_unknown_one(cli):
    cli.init()
    assert cli.run("demo", str(cli.db), "--customers", "120", "--user", "admin").returncode == 0
    for kind, fmt, needle in (("certificates", "pdf", "鸿借字第0"), ("archive", "xlsx", "鸿借字第001号"),
                              ("loans", "pdf", "JY-"), ("overdue", "pdf", "Overdue"), ("audit", "xlsx", "admin"),
                              ("customers", "xlsx", "KH000001")):
        out = cli.tmp / f"{kind}.{fmt}"
        proc = cli.run("export", kind, str(cli.db), "--out", str(out), "--user", "admin")
        assert proc.returncode == 0, proc.stderr
        if fmt == "pdf":
            text = pdf_text(out)
        else:
            text = " ".join(str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value)
        assert needle in text, kind
    ws = load_workbook(cli.tmp / "customers.xlsx").active
    header = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == "Customer code")
    assert header[:2] == ("Customer code", "Name")
    ids = [r[5] for r in ws.iter_rows(values_only=True) if r and str(r[0]).startswith("KH")]
    assert ids and all("*" in i for i in ids if i)                       # masked unless asked for
    proc = cli.run("export", "customers", str(cli.db), "--out", str(cli.tmp / "full.xlsx"), "--include-ids",
                   "--user", "admin")
    assert proc.returncode == 0
    full = [r[5] for r in load_workbook(cli.tmp / "full.xlsx").active.iter_rows(values_only=True)
            if r and str(r[0]).startswith("KH") and r[5]]
    assert full and not any("*" in i for i in full)
    out = cli.tmp / "dossier.pdf"
    proc = cli.run("export", "dossier", str(cli.db), "--customer", "kh000001", "--out", str(out), "--user", "admin")
    assert proc.returncode == 0, proc.stderr
    text = pdf_text(out)
    assert "KH000001" in text and "Customerdossier" in text and "Contacts" in text
    proc = cli.run("export", "dossier", str(cli.db), "--customer", "KH999999", "--out", str(cli.tmp / "n.pdf"),
                   "--user", "admin")
    assert one_line_error(proc) == "kedang: There is no customer KH999999."
    proc = cli.run("export", "payroll", str(cli.db), "--out", str(cli.tmp / "x.pdf"), "--user", "admin")
    assert proc.returncode == 2 and "payroll" in proc.stderr
    office = cli.open()
    try:
        exports = office.audit.audit_repo.search(action="report.export")
        assert len(exports) == 8 and all(e.username == "admin" for e in exports)
    finally:
        office.close()


def test_demo_without_user_fails_and_adds_nothing(cli):
    cli.init()
    proc = cli.run("demo", str(cli.db), "--customers", "10")
    assert proc.returncode != 0
    assert "--user" in proc.stderr
    office = cli.open()
    try:
        assert office.customers.count() == 0
    finally:
        office.close()


def test_wrong_password_fails_and_adds_nothing(cli):
    cli.init()
    proc = cli.run("demo", str(cli.db), "--customers", "10", "--user", "admin", env={"KEDANG_PASSWORD": "Wrong2026!"})
    assert "Wrong user name or password" in one_line_error(proc)
    proc = cli.run("check", str(cli.db), "--user", "admin", env={"KEDANG_PASSWORD": "Wrong2026!"})
    assert "Wrong user name or password" in one_line_error(proc)
    office = cli.open()
    try:
        assert office.customers.count() == 0
        assert len(office.audit.audit_repo.search(action="login.failed")) == 2
    finally:
        office.close()


def test_demo_with_a_viewer_is_refused(cli):
    cli.init()
    office = cli.open()
    try:
        admin = office.auth.login("admin", PASSWORD)
        office.auth.create_user(admin, "look", "", "viewer", PASSWORD)
    finally:
        office.close()
    proc = cli.run("demo", str(cli.db), "--customers", "10", "--user", "look")
    assert "Not allowed" in one_line_error(proc)


def test_check_of_a_missing_file(cli):
    proc = cli.run("check", str(cli.tmp / "nothing.kdb"))
    assert "no database" in one_line_error(proc).lower()


# ------------------------------------------------------------------ keys
def test_wrong_recovery_key_is_refused_and_changes_nothing(cli):
    cli.init()
    assert cli.run("demo", str(cli.db), "--customers", "50", "--user", "admin").returncode == 0
    before, ring_before = digests(cli.tmp), cli.ring.read_text()
    wrong = security.format_recovery_key(security.generate_key())
    for args in (["check", str(cli.db)], ["demo", str(cli.db), "--customers", "5", "--user", "admin"]):
        proc = cli.run(*args, env={"KEDANG_RECOVERY_KEY": wrong})
        message = one_line_error(proc)
        assert "key" in message and "wrong" in message, message
        assert digests(cli.tmp) == before
        assert cli.ring.read_text() == ring_before


def test_mistyped_recovery_key_is_refused_with_a_clear_message(cli):
    recovery = cli.init()
    before = digests(cli.tmp)
    typo = recovery[:5] + ("Z" if recovery[5] != "Z" else "Y") + recovery[6:]
    proc = cli.run("check", str(cli.db), env={"KEDANG_RECOVERY_KEY": typo})
    message = one_line_error(proc)
    assert "recovery key" in message, message
    assert "Unexpected" not in message
    assert digests(cli.tmp) == before


def test_recovery_key_opens_on_a_new_computer_and_refills_the_keyring(cli):
    recovery = cli.init()
    key = cli.key()
    cli.ring.unlink()  # new PC: the keyring is empty
    before = digests(cli.tmp)
    proc = cli.run("check", str(cli.db))
    assert "recovery key" in one_line_error(proc)
    assert digests(cli.tmp) == before
    assert not cli.ring.exists()

    typed = recovery.lower().replace("-", " ")
    proc = cli.run("check", str(cli.db), env={"KEDANG_RECOVERY_KEY": typed})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert cli.key() == key
    proc = cli.run("check", str(cli.db))  # and now without the recovery key
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_without_a_secure_keyring_init_warns_and_later_commands_need_the_recovery_key(cli):
    fail = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    proc = cli.run("init", str(cli.db), "--admin", "admin", env=fail)
    assert proc.returncode == 0, proc.stderr
    assert "NOT stored" in proc.stdout
    assert "KEDANG_RECOVERY_KEY" in proc.stdout
    recovery = recovery_key_of(proc)
    assert not cli.ring.exists()

    proc = cli.run("check", str(cli.db), env=fail)
    assert "recovery key" in one_line_error(proc)

    with_key = {**fail, "KEDANG_RECOVERY_KEY": recovery}
    proc = cli.run("demo", str(cli.db), "--customers", "20", "--user", "admin", env=with_key)
    assert proc.returncode == 0, proc.stderr
    proc = cli.run("check", str(cli.db), "--user", "admin", env=with_key)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    office = cli.open(security.parse_recovery_key(recovery))
    try:
        assert office.customers.count() == 20
    finally:
        office.close()


# ------------------------------------------------------------------ damage
@pytest.mark.parametrize("user", [None, "admin"])
def test_check_finds_a_flipped_byte(cli, user):
    cli.init()
    assert cli.run("demo", str(cli.db), "--customers", "500", "--user", "admin").returncode == 0
    data = bytearray(cli.db.read_bytes())
    assert len(data) > 40 * 4096
    data[len(data) // 2] ^= 0x10
    cli.db.write_bytes(bytes(data))
    before = digests(cli.tmp)
    args = ["check", str(cli.db)] + (["--user", user] if user else [])
    proc = cli.run(*args)
    assert proc.returncode != 0
    output = proc.stdout + proc.stderr
    assert "damaged" in output or "FAIL" in output, output
    assert digests(cli.tmp) == before
