"""``python -m app import customers FILE DB``: real subprocesses, as automation uses the command.

The subprocesses share a test keyring through a file (tests.support.keyrings.FileKeyring);
the developer's own keyring is never touched. (The Cli helper is the one of tests/test_cli.py.)
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.conftest import PASSWORD
from tests.support.cli import Cli as _Cli


class Cli(_Cli):
    def imp(self, path: Path, *extra: str, user: str = "admin") -> subprocess.CompletedProcess:
        return self.run("import", "customers", str(path), str(self.db), "--user", user, *extra)
PERSON_ID = "11010519491231002X"


def one_line_error(proc) -> str:
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


def xlsx(path: Path, rows) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def counts(cli: Cli) -> tuple[int, int]:
    office = cli.open()
    try:
        return office.customers.count(), len(office.audit.audit_repo.search(action="customer.import"))
    finally:
        office.close()


@pytest.fixture
def cli(tmp_path):
    c = Cli(tmp_path)
    c.init()
    return c


def test_import_help(cli):
    proc = cli.run("import", "--help")
    assert proc.returncode == 0 and proc.stdout.startswith("usage:")
    assert "--duplicates" in proc.stdout and "--dry-run" in proc.stdout and "import nothing" in proc.stdout


def test_a_good_file_is_imported_and_a_dry_run_writes_nothing(cli):
    path = xlsx(cli.tmp / "客户.xlsx", [["客户名称", "身份证号", "手机号", "紧急联系人", "紧急联系电话"],
                                       ["李秀英", PERSON_ID, 13800138000, "李强", 13600136000],
                                       ["王芳", None, "13900139000", None, None]])
    proc = cli.imp(path, "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert "would add 2, update 0 and skip 0" in proc.stdout and "dry run" in proc.stdout
    assert counts(cli) == (0, 0)

    proc = cli.imp(path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Imported 2 customers from 客户.xlsx: 2 added, 0 updated, 0 skipped."
    office = cli.open()
    try:
        admin = office.auth.login("admin", PASSWORD)
        li = office.customers.by_code(admin, "KH000001")
        assert (li.name, li.id_number, li.phone) == ("李秀英", PERSON_ID, "13800138000")
        [event] = office.audit.audit_repo.search(action="customer.import")
        payload = json.loads(event.payload)
        assert (event.username, payload["file"], payload["created"]) == ("admin", "客户.xlsx", 2)
    finally:
        office.close()


def test_bad_rows_list_every_problem_and_import_nothing(cli):
    path = cli.tmp / "bad.csv"
    path.write_bytes("姓名,电话,身份证号\n王芳,13900139000,\n,123,\n李娜,13900139002,110105194912310021\n"
                     .encode("gbk"))
    proc = cli.imp(path)
    assert proc.stdout.strip().splitlines() == [
        "Row 3, 姓名: is required",
        "Row 3, 电话: a phone number is an 11-digit mobile number starting with 1, or a landline with area code "
        "such as 010-12345678",
        "Row 4, 身份证号: the check character of the ID number is wrong",
    ]
    assert one_line_error(proc) == "kedang: Nothing was imported: 3 problems in 2 of 3 rows."
    assert counts(cli) == (0, 0)


def test_an_id_number_stored_as_a_number_is_refused(cli):
    path = xlsx(cli.tmp / "ids.xlsx", [["姓名", "证件号码", "电话"], ["李秀英", 1.10105194912310E+17, "13800138000"]])
    proc = cli.imp(path)
    [line] = proc.stdout.strip().splitlines()
    assert line.startswith("Row 2, 证件号码: is stored as a number") and "format the column as text" in line
    assert proc.returncode != 0 and counts(cli) == (0, 0)


def test_duplicates_are_listed_unless_a_choice_is_given(cli):
    first = xlsx(cli.tmp / "first.xlsx", [["姓名", "电话", "房号"], ["王芳", "13900139000", "1-101"]])
    assert cli.imp(first).returncode == 0
    again = xlsx(cli.tmp / "again.xlsx", [["姓名", "电话", "房号"], ["王芳", "13900139000", "2-202"],
                                          ["李娜", "13900139001", "3-303"]])
    proc = cli.imp(again)
    assert proc.stdout.strip() == "Row 2: Phone already belongs to KH000001 王芳"
    assert "--duplicates skip, update or create" in one_line_error(proc)
    assert counts(cli) == (1, 1)

    proc = cli.imp(again, "--duplicates", "skip", "--dry-run")
    assert proc.returncode == 0 and "would add 1, update 0 and skip 1" in proc.stdout
    proc = cli.imp(again, "--duplicates", "update")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Imported 2 customers from again.xlsx: 1 added, 1 updated, 0 skipped."
    office = cli.open()
    try:
        admin = office.auth.login("admin", PASSWORD)
        assert office.customers.by_code(admin, "KH000001").unit == "2-202"
        assert office.customers.count() == 2
    finally:
        office.close()
    proc = cli.imp(again, "--duplicates", "create")
    assert proc.returncode == 0 and "2 added" in proc.stdout
    assert counts(cli) == (4, 3)


def test_unreadable_files_and_roles_fail_with_one_line(cli):
    old = cli.tmp / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "save it as an Excel workbook (.xlsx)" in one_line_error(cli.imp(old))
    empty = cli.tmp / "empty.csv"
    empty.write_bytes(b"")
    assert one_line_error(cli.imp(empty)) == "kedang: empty.csv is empty."
    office = cli.open()
    try:
        office.auth.create_user(office.auth.login("admin", PASSWORD), "look", "", "viewer", PASSWORD)
    finally:
        office.close()
    good = xlsx(cli.tmp / "good.xlsx", [["姓名", "电话"], ["王芳", "13900139000"]])
    assert "Not allowed" in one_line_error(cli.imp(good, user="look"))
    proc = cli.run("import", "customers", str(good), str(cli.db))
    assert proc.returncode == 2 and "--user" in proc.stderr
    proc = cli.run("import", "units", str(good), str(cli.db), "--user", "admin")
    assert proc.returncode == 2 and "units" in proc.stderr
    assert counts(cli) == (0, 0)
