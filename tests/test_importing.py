"""Importing customers from Excel and CSV files (app.importing): all rows or none, the form's rules."""
from __future__ import annotations

import datetime as _dt
import json

import pytest
from openpyxl import Workbook, load_workbook

from app import importing
from app.errors import KeDangError, PermissionDenied
from app.importing import CustomerImport, ImportCancelled, ImportProblems, NumberCell
from app.models.records import CustomerQuery

HEADERS = ["客户名称", "客户类型", "等级", "身份证号", "手机号", "房号", "联系地址", "工作单位", "备注", "标签",
           "联系人", "联系人电话", "紧急联系人", "紧急联系电话"]
PERSON_ID = "11010519491231002X"
OTHER_ID = "440524188001010014"
USCC = "91350100M000100Y43"


# ------------------------------------------------------------------ helpers
def xlsx(path, rows, *, title="客户"):
    """A workbook as Excel would save it: numbers written as numbers, text as text."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def row(**cells):
    """A data row under HEADERS from field names: name, kind, level, id, phone, unit, address, company, note,
    tags, contact, contact_phone, emergency, emergency_phone."""
    order = ("name", "kind", "level", "id", "phone", "unit", "address", "company", "note", "tags", "contact",
             "contact_phone", "emergency", "emergency_phone")
    return [cells.get(k, None) for k in order]


def check(office, session, path, *, sheet=0):
    source = importing.read_workbook(path)
    rows = source.rows(sheet)
    imp = CustomerImport(office)
    header = importing.guess_header_row(rows, imp.custom_fields())
    mapping = imp.suggest_mapping(importing.header_texts(rows, header))
    return imp, imp.prepare(session, rows, header, mapping, file_name=str(path), sheet=source.sheet_name(sheet))


def import_file(office, session, path, choices="skip"):
    imp, plan = check(office, session, path)
    return imp.execute(session, plan, choices), plan


def imports(office):
    return office.audit.audit_repo.search(action="customer.import")


def state(office):
    return (office.customers.count(), office.db.scalar("SELECT count(*) FROM contacts"),
            office.audit.audit_repo.count(), office.meta.get("seq:customer"))


# ------------------------------------------------------------------ good files
def test_a_good_workbook_is_imported_with_its_contacts_types_and_levels(office, admin, tmp_path):
    path = xlsx(tmp_path / "客户名单.xlsx", [
        HEADERS,
        row(name="李秀英", kind="个人", level="重点", id=PERSON_ID, phone="13800138000", unit="3-1-1201",
            address="福州市鼓楼区五四路1号", company="鸿运公司", note="老业主", tags="VIP，老客户",
            emergency="李强", emergency_phone="13600136000"),
        row(name="福建鸿运贸易有限公司", kind="企业", level="一般", id=USCC, phone="0591-87654321",
            contact="陈总", contact_phone="13700137000"),
        row(name="王芳", phone="13900139000"),
    ])
    result, plan = import_file(office, admin, path)
    assert (result.created, result.updated, result.skipped) == (3, 0, 0)
    assert (result.first_code, result.last_code) == ("KH000001", "KH000003")
    assert plan.problems == [] and plan.duplicates == [] and plan.data_rows == 3
    li = office.customers.by_code(admin, "KH000001")
    assert (li.name, li.kind, li.level, li.id_number, li.phone, li.unit, li.address, li.company, li.note, li.tags) == (
        "李秀英", "person", "key", PERSON_ID, "13800138000", "3-1-1201", "福州市鼓楼区五四路1号", "鸿运公司", "老业主",
        ["VIP", "老客户"])
    assert [(c.role, c.name, c.phone) for c in office.customers.list_contacts(admin, li.id)] == [
        ("emergency", "李强", "13600136000")]
    firm = office.customers.by_code(admin, "KH000002")
    assert (firm.kind, firm.level, firm.id_number, firm.phone) == ("company", "normal", USCC, "0591-87654321")
    assert [(c.role, c.name) for c in office.customers.list_contacts(admin, firm.id)] == [("main", "陈总")]
    wang = office.customers.by_code(admin, "KH000003")
    assert (wang.kind, wang.level, wang.status, wang.id_number) == ("person", "normal", "active", "")
    assert office.customers.search(admin, CustomerQuery(text="王芳")) == [wang.id]  # indexed for search
    assert office.customers.create(admin, {"name": "之后", "phone": "13700000000"}).code == "KH000004"


def test_one_audit_event_with_the_counts_and_the_file_name_only(office, admin, tmp_path):
    folder = tmp_path / "王芳的文件夹"
    folder.mkdir()
    path = xlsx(folder / "import.xlsx", [HEADERS, row(name="李秀英", id=PERSON_ID, phone="13800138000"),
                                         row(name="王芳", phone="13900139000", emergency="李强",
                                             emergency_phone="13600136000")])
    import_file(office, admin, path)
    [event] = imports(office)
    payload = json.loads(event.payload)
    assert event.username == "admin" and event.summary == "import.xlsx"
    assert (payload["file"], payload["rows"], payload["created"], payload["updated"], payload["skipped"]) == (
        "import.xlsx", 2, 2, 0, 0)
    assert (payload["first_code"], payload["last_code"]) == ("KH000001", "KH000002")
    text = event.summary + event.payload
    for personal in ("李秀英", "王芳", "李强", PERSON_ID, "13800138000", "13900139000", "13600136000"):
        assert personal not in text
    assert "文件夹" not in text and str(tmp_path) not in text
    assert office.audit.audit_repo.search(action="customer.bulk_create") == []


def test_extra_columns_are_ignored(office, admin, tmp_path):
    path = xlsx(tmp_path / "extra.xlsx", [["客户编号", "姓名", "年龄", "电话", "Remarks 2", "欠费金额"],
                                          ["X-1", "王芳", 42, "13900139000", "不要导入", 12.5]])
    imp, plan = check(office, admin, path)
    assert plan.mapping == {1: "name", 3: "phone"}
    imp.execute(admin, plan)
    c = office.customers.by_code(admin, "KH000001")
    assert (c.name, c.phone, c.note, c.extra) == ("王芳", "13900139000", "", {})
    with pytest.raises(KeDangError, match="changed while the file was being checked"):  # a second click
        imp.execute(admin, plan)
    assert office.customers.count() == 1


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_gbk_or_utf8_with_or_without_bom(office, admin, tmp_path, encoding):
    text = "客户名称,客户类型,证件号码,联系电话,地址\r\n张伟,个人,11010519491231002x,13800138000,\"福州市鼓楼区, 五四路\"\r\n"
    path = tmp_path / "客户.csv"
    path.write_bytes(text.encode(encoding))
    source = importing.read_workbook(path)
    assert source.kind == "csv" and source.sheets == ["客户"]
    result, _plan = import_file(office, admin, path)
    assert result.created == 1
    c = office.customers.by_code(admin, "KH000001")
    assert (c.name, c.id_number, c.phone, c.address) == ("张伟", PERSON_ID, "13800138000", "福州市鼓楼区, 五四路")


def test_tab_separated_csv_and_excel_text_trick(office, admin, tmp_path):
    path = tmp_path / "tabs.csv"
    path.write_bytes('姓名\t手机\t身份证号\n王芳\t="13900139000"\t="440524188001010014"\n'.encode("utf-8"))
    result, _plan = import_file(office, admin, path)
    c = office.customers.by_code(admin, "KH000001")
    assert result.created == 1 and (c.phone, c.id_number) == ("13900139000", OTHER_ID)


def test_the_header_need_not_be_in_the_first_row_and_row_numbers_are_the_sheets(office, admin, tmp_path):
    path = xlsx(tmp_path / "titled.xlsx", [
        ["鸿运物业 客户名单"], [], ["制表：王管理", None, "2026-11-01"],
        ["序号", "姓名", "电话"],
        [1, "王芳", "13900139000"],
        [],
        [2, "", "13900139001"],
        [3, "李娜", "13900139002"],
    ])
    rows = importing.read_workbook(path).rows(0)
    assert importing.guess_header_row(rows) == 3
    imp, plan = check(office, admin, path)
    assert plan.header_row == 4 and plan.data_rows == 3
    assert [(p.row, p.column, p.rule) for p in plan.problems] == [(7, "姓名", "is required")]
    with pytest.raises(ImportProblems):
        imp.execute(admin, plan)
    assert office.customers.count() == 0


def test_numbers_dates_and_text_cells_are_read_as_the_sheet_shows_them(tmp_path):
    path = xlsx(tmp_path / "cells.xlsx", [["a", "b", "c", "d", "e", "f"],
                                          [13800138000, 13900139000.0, 12.5, _dt.datetime(2024, 3, 1),
                                           _dt.datetime(2024, 3, 1, 8, 30), "  text  "]])
    values = importing.read_workbook(path).rows(0)[1]
    assert values == ["13800138000", "13900139000", "12.5", "2024-03-01", "2024-03-01 08:30:00", "text"]
    assert [isinstance(v, NumberCell) for v in values] == [True, True, True, False, False, False]


# ------------------------------------------------------------------ numbers in ID and phone columns
def test_a_phone_stored_as_a_number_is_imported_without_a_decimal_point(office, admin, tmp_path):
    path = xlsx(tmp_path / "phones.xlsx", [["姓名", "手机", "紧急联系人", "紧急联系电话"],
                                           ["王芳", 13900139000, "李强", 13600136000.0],
                                           ["李娜", 13900139001.0, None, None]])
    result, _plan = import_file(office, admin, path)
    assert result.created == 2
    wang, li = office.customers.by_code(admin, "KH000001"), office.customers.by_code(admin, "KH000002")
    assert (wang.phone, li.phone) == ("13900139000", "13900139001")
    assert office.customers.list_contacts(admin, wang.id)[0].phone == "13600136000"


def test_a_landline_stored_as_a_number_lost_its_zero_and_says_so(office, admin, tmp_path):
    path = xlsx(tmp_path / "landline.xlsx", [["姓名", "电话"], ["鸿运公司", 59187654321]])
    _imp, plan = check(office, admin, path)
    [problem] = plan.problems
    assert problem.row == 2 and problem.value == "59187654321"
    assert "stored as a number" in problem.rule and "format the column as text" in problem.rule


@pytest.mark.parametrize("stored", [110105194912310000.0, 1.10105194912310E+17, 440524188001010014, "4.40524E+17"])
def test_an_id_number_stored_as_a_number_is_refused_with_format_as_text(office, admin, tmp_path, stored):
    path = xlsx(tmp_path / "ids.xlsx", [["姓名", "身份证号码", "手机号码"],
                                        ["李秀英", PERSON_ID, "13800138000"],
                                        ["王芳", stored, "13900139000"]])
    before = state(office)
    imp, plan = check(office, admin, path)
    [problem] = plan.problems
    assert (problem.row, problem.column) == (3, "身份证号码")
    assert "stored as a number" in problem.rule and "format the column as text" in problem.rule
    with pytest.raises(ImportProblems) as info:
        imp.execute(admin, plan)
    assert "Row 3" in str(info.value)
    assert state(office) == before


# ------------------------------------------------------------------ bad rows
def test_every_problem_of_every_row_is_reported_and_nothing_is_written(office, admin, tmp_path):
    office.customers.create(admin, {"name": "已有", "phone": "13100131000"})
    before = state(office)
    path = xlsx(tmp_path / "bad.xlsx", [
        HEADERS,
        row(name="甲", phone="13900139001"),                                         # 2: good
        row(name="", phone="123"),                                                   # 3: two problems
        row(name="坏证件", id="110105194912310021", phone="13900139003"),             # 4: check character
        row(name="乙", phone="13900139004", level="超级"),                            # 5: level
        row(name="丙", phone="13900139005", emergency="李强"),                        # 6: contact without phone
        row(name="丁", phone="13900139001"),                                         # 7: phone of row 2
        row(name="戊", kind="公司", id=PERSON_ID, phone="13900139007"),               # 8: a person's ID for a company
        row(name="己", phone="13900139008"),                                         # 9: good
    ])
    imp, plan = check(office, admin, path)
    got = [(p.row, p.column, p.value, p.rule) for p in plan.problems]
    assert got == [
        (3, "客户名称", "", "is required"),
        (3, "手机号", "123", "a phone number is an 11-digit mobile number starting with 1, or a landline with area "
                             "code such as 010-12345678"),
        (4, "身份证号", "110105194912310021", "the check character of the ID number is wrong"),
        (5, "等级", "超级", "is not one of the allowed values"),
        (6, "紧急联系电话", "", "is required"),
        (7, "手机号", "13900139001", "the same phone is in row 2"),
        (8, "身份证号", PERSON_ID, "the check character of the unified social credit code is wrong"),
    ]
    assert plan.problem_rows == 6 and plan.data_rows == 8 and len(plan.rows) == 2
    with pytest.raises(ImportProblems) as info:
        imp.execute(admin, plan)
    assert "Nothing was imported: 7 problems." in str(info.value)
    assert state(office) == before
    assert imports(office) == []


def test_the_same_id_number_twice_in_the_file(office, admin, tmp_path):
    path = xlsx(tmp_path / "twice.xlsx", [["姓名", "证件号码", "电话"], ["李秀英", PERSON_ID, "13800138000"],
                                          ["李秀英", PERSON_ID.lower(), "13800138001"]])
    _imp, plan = check(office, admin, path)
    assert [(p.row, p.column, p.rule) for p in plan.problems] == [
        (3, "证件号码", "the same ID number / credit code is in row 2")]


def test_error_report_is_a_workbook_of_every_problem(office, admin, tmp_path):
    from app.reports import tables

    path = xlsx(tmp_path / "bad.xlsx", [["姓名", "电话"], ["", "13900139000"], ["王芳", "139"], ["李娜", "13900139002"]])
    _imp, plan = check(office, admin, path)
    out = tmp_path / "problems.xlsx"
    tables.write_xlsx(importing.error_report(plan), out)
    values = [r for r in load_workbook(out).active.iter_rows(values_only=True)]
    header = values.index(("Row", "Column", "Value", "Problem"))
    body = [r for r in values[header + 1:header + 3]]
    assert body[0][:3] == (2, "姓名", None) and body[0][3] == "is required"
    assert body[1][:3] == (3, "电话", "139") and body[1][3].startswith("a phone number is")
    text = " ".join(str(v) for r in values for v in r if v)
    assert "Import problems" in text and "bad.xlsx" in text and "2 problems in 2 of 3 rows" in text
    assert "鸿运物业" in text and "王管理" in text  # the company and who checked the file


# ------------------------------------------------------------------ empty and unreadable files
def test_empty_files_and_sheets_are_refused_with_a_clear_message(office, admin, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(KeDangError, match="empty.csv is empty"):
        importing.read_workbook(empty)
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\r\n,,\r\n")
    with pytest.raises(KeDangError, match="blank.csv is empty"):
        importing.read_workbook(blank).rows(0)
    no_rows = Workbook()
    no_rows.active.title = "空表"
    no_rows.save(tmp_path / "norows.xlsx")
    with pytest.raises(KeDangError, match="The sheet 空表 in norows.xlsx has no rows"):
        importing.read_workbook(tmp_path / "norows.xlsx").rows(0)
    header_only = xlsx(tmp_path / "header.xlsx", [["姓名", "电话"]])
    with pytest.raises(KeDangError, match=r"no customers below the header row \(row 1\)"):
        check(office, admin, header_only)
    assert office.customers.count() == 0


def test_old_xls_and_other_files_are_refused(tmp_path):
    old = tmp_path / "客户.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(KeDangError) as info:
        importing.read_workbook(old)
    assert "客户.xls" in str(info.value) and ".xlsx" in str(info.value) and "Save As" in str(info.value)
    renamed = tmp_path / "fake.xlsx"
    renamed.write_bytes(b"name,phone\n")
    with pytest.raises(KeDangError, match="save it as an Excel workbook"):
        importing.read_workbook(renamed)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(KeDangError, match="not an Excel workbook KeDang can read"):
        importing.read_workbook(broken)
    with pytest.raises(KeDangError, match="There is no file missing.xlsx"):
        importing.read_workbook(tmp_path / "missing.xlsx")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(KeDangError, match=r"Choose an Excel workbook \(.xlsx\) or a CSV file"):
        importing.read_workbook(pdf)


# ------------------------------------------------------------------ mapping
def test_headers_are_recognised_in_their_usual_spellings():
    headers = [" 客户 名称：", "ＩＤ　Ｎｕｍｂｅｒ", "Phone*", "MOBILE", "住址", "Type", "客户等级", "单元号", "公司",
               "说明", "Tags", "联系人姓名", "联系人电话", "紧急联系人：", "紧急联系电话", "年龄",
               "证件号码（身份证/信用代码）"]
    assert importing.auto_mapping(headers) == {
        0: "name", 1: "id_number", 2: "phone", 4: "address", 5: "kind", 6: "level", 7: "unit", 8: "company",
        9: "note", 10: "tags", 11: "contact_name", 12: "contact_phone", 13: "emergency_name", 14: "emergency_phone"}
    assert importing.auto_mapping(["证件号码（身份证/信用代码）", "手机号码"]) == {0: "id_number", 1: "phone"}
    assert importing.mapping_problem({0: "name"}) == "Choose the column that holds the Phone."
    assert "two columns" in importing.mapping_problem({0: "name", 1: "phone", 2: "phone"})
    assert importing.mapping_problem({0: "name", 1: "phone"}) is None
    keys = [k for k, _label in importing.field_choices()]
    assert keys[:5] == ["name", "kind", "level", "id_number", "phone"] and "emergency_phone" in keys


def test_the_offices_own_mapping_is_remembered_in_the_database(office, admin, tmp_path):
    headers = ["户主", "电话号码", "备注", "车位"]
    imp = CustomerImport(office)
    assert imp.suggest_mapping(headers) == {1: "phone", 2: "note"}
    assert imp.remember_mapping(admin, headers, {0: "name", 1: "phone"}) is True
    assert imp.remember_mapping(admin, headers, {0: "name", 1: "phone"}) is False  # nothing new
    again = CustomerImport(office)
    assert again.saved_mapping(headers) == {0: "name", 2: ""}
    assert again.suggest_mapping(["备注", "户主", "手机"]) == {1: "name", 2: "phone"}  # by name, any position
    [event] = office.audit.audit_repo.search(action="settings.import_mapping")
    assert event.username == "admin"
    stored = office.meta.get(importing.MAPPING_KEY)
    assert json.loads(stored)["headers"] == {"户主": "name", "备注": ""}

    # An import remembers the mapping it was done with, in its own transaction.
    path = xlsx(tmp_path / "own.xlsx", [["业主", "联系方式", "房号"], ["王芳", "13900139000", "1-101"]])
    rows = importing.read_workbook(path).rows(0)
    plan = imp.prepare(admin, rows, 0, {0: "name", 1: "phone"}, file_name="own.xlsx")
    imp.execute(admin, plan)
    assert imp.suggest_mapping(["业主", "联系方式", "房号"]) == {0: "name", 1: "phone"}
    assert office.customers.by_code(admin, "KH000001").unit == ""


def test_a_custom_field_column_and_a_date_cell(office, admin, tmp_path):
    moved_in = office.custom_fields.create(admin, {"label": "入住日期", "type": "date", "customer_kind": ""})
    path = xlsx(tmp_path / "custom.xlsx", [["姓名", "电话", "入住日期"], ["王芳", "13900139000", _dt.datetime(2024, 3, 1)],
                                           ["李娜", "13900139001", "2024-13-40"]])
    imp, plan = check(office, admin, path)
    assert plan.mapping[2] == f"extra:{moved_in.id}"
    assert [(p.row, p.column, p.rule) for p in plan.problems] == [
        (3, "入住日期", "is not a real date in the form YYYY-MM-DD")]
    rows = importing.read_workbook(path).rows(0)[:2]
    plan = imp.prepare(admin, rows, 0, plan.mapping, file_name="custom.xlsx")
    imp.execute(admin, plan)
    assert office.customers.by_code(admin, "KH000001").extra == {str(moved_in.id): "2024-03-01"}


def test_a_credit_code_without_a_type_is_a_company(office, admin, tmp_path):
    path = xlsx(tmp_path / "firm.xlsx", [["名称", "信用代码", "电话"], ["福建鸿运贸易有限公司", USCC, "0591-87654321"]])
    import_file(office, admin, path)
    assert office.customers.by_code(admin, "KH000001").kind == "company"


# ------------------------------------------------------------------ duplicates on file
@pytest.fixture
def on_file(office, admin, tmp_path):
    a = office.customers.create(admin, {"name": "李秀英", "id_number": PERSON_ID, "phone": "13800138000",
                                        "unit": "1-101", "tags": ["VIP"]})
    b = office.customers.create(admin, {"name": "王芳", "phone": "13900139000", "address": "鼓楼区"})
    path = xlsx(tmp_path / "dups.xlsx", [
        ["姓名", "身份证号", "电话", "房号", "标签", "紧急联系人", "紧急联系电话"],
        ["李秀英", PERSON_ID, "13811112222", "2-202", "老客户", "李强", "13600136000"],   # 2: A by ID number
        ["王芳芳", None, "13900139000", None, None, None, None],                          # 3: B by phone
        ["陈静", OTHER_ID, "13700137000", "3-303", None, None, None],                     # 4: new
    ])
    return a, b, path


def test_duplicates_are_listed_with_the_customer_on_file(office, admin, on_file):
    a, b, path = on_file
    _imp, plan = check(office, admin, path)
    assert plan.problems == []
    assert [(d.row, d.target.code, d.target.reasons) for d in plan.duplicates] == [
        (2, a.code, ["id_number"]), (3, b.code, ["phone"])]
    assert plan.duplicates[0].text() == f"ID number already belongs to {a.code} 李秀英"
    assert plan.duplicates[1].text() == f"Phone already belongs to {b.code} 王芳"
    assert plan.counts("skip") == (1, 0, 2) and plan.counts("update") == (1, 2, 0) and plan.counts("create") == (3, 0, 0)


def test_duplicates_skipped(office, admin, on_file):
    a, _b, path = on_file
    result, _plan = import_file(office, admin, path, "skip")
    assert (result.created, result.updated, result.skipped) == (1, 0, 2)
    assert office.customers.count() == 3
    assert office.customers.get(admin, a.id).unit == "1-101"
    assert office.customers.by_code(admin, "KH000003").name == "陈静"


def test_duplicates_updated_with_the_cells_filled_in(office, admin, on_file):
    a, b, path = on_file
    result, _plan = import_file(office, admin, path, "update")
    assert (result.created, result.updated, result.skipped) == (1, 2, 0)
    got = office.customers.get(admin, a.id)
    assert (got.phone, got.unit, got.tags) == ("13811112222", "2-202", ["VIP", "老客户"])
    assert [(c.role, c.name) for c in office.customers.list_contacts(admin, a.id)] == [("emergency", "李强")]
    got_b = office.customers.get(admin, b.id)
    assert (got_b.name, got_b.address) == ("王芳芳", "鼓楼区")  # empty cells change nothing
    assert office.customers.count() == 3
    [event] = imports(office)
    payload = json.loads(event.payload)
    assert (payload["created"], payload["updated"], payload["updated_codes"]) == (1, 2, [a.code, b.code])
    assert office.audit.audit_repo.search(action="customer.update") == []  # one event for the whole import
    # the same file again: the emergency contact is not added twice
    import_file(office, admin, path, "update")
    assert len(office.customers.list_contacts(admin, a.id)) == 1


def test_duplicates_created_anyway_or_chosen_row_by_row(office, admin, on_file):
    _a, b, path = on_file
    imp, plan = check(office, admin, path)
    with pytest.raises(KeDangError, match="Choose what to do with row 3"):
        imp.execute(admin, plan, {2: "skip"})
    with pytest.raises(KeDangError, match="is not skip, update or create"):
        imp.execute(admin, plan, "merge")
    result = imp.execute(admin, plan, {2: "create", 3: "skip"})
    assert (result.created, result.updated, result.skipped) == (2, 0, 1)
    assert len(office.customers.search(admin, CustomerQuery(text="李秀英"))) == 2
    assert office.customers.get(admin, b.id).name == "王芳"


def test_customers_added_since_the_check_stop_the_import(office, admin, on_file):
    _a, _b, path = on_file
    imp, plan = check(office, admin, path)
    office.customers.create(admin, {"name": "陈静", "phone": "13700137000"})
    before = state(office)
    with pytest.raises(KeDangError, match=r"changed while the file was being checked \(row 4\)"):
        imp.execute(admin, plan, "skip")
    assert state(office) == before


# ------------------------------------------------------------------ cancel, roles, size
def test_cancel_writes_nothing(office, admin, tmp_path):
    office.customers.create(admin, {"name": "已有", "phone": "13100131000"})
    path = xlsx(tmp_path / "many.xlsx", [["姓名", "手机"]] + [[f"客户{n}", 13900000000 + n] for n in range(2500)])
    rows = importing.read_workbook(path).rows(0)
    imp = CustomerImport(office)
    with pytest.raises(ImportCancelled):
        imp.prepare(admin, rows, 0, {0: "name", 1: "phone"}, cancelled=lambda: True)
    plan = imp.prepare(admin, rows, 0, {0: "name", 1: "phone"}, file_name="many.xlsx")
    before = state(office)
    asked = []

    def cancelled() -> bool:  # yes after 1,500 rows: one batch of 1,000 is already in the transaction
        asked.append(1)
        return len(asked) > 1500

    with pytest.raises(ImportCancelled, match="cancelled; nothing was saved"):
        imp.execute(admin, plan, cancelled=cancelled)
    assert state(office) == before
    assert imports(office) == []
    assert office.customers.create(admin, {"name": "之后", "phone": "13700000000"}).code == "KH000002"


def test_a_viewer_and_a_clerk_may_not_import(office, admin, make_user, tmp_path):
    path = xlsx(tmp_path / "x.xlsx", [["姓名", "电话"], ["王芳", "13900139000"]])
    for role in ("viewer", "clerk"):
        user = make_user(role)
        with pytest.raises(PermissionDenied):
            check(office, user, path)
    imp, plan = check(office, admin, path)
    with pytest.raises(PermissionDenied):
        imp.execute(make_user("viewer", "look2"), plan)
    with pytest.raises(PermissionDenied):
        imp.remember_mapping(make_user("viewer", "look3"), ["户主"], {0: "name"})
    assert office.customers.count() == 0 and imports(office) == []
    denied = office.audit.audit_repo.search(action="permission.denied")
    assert {e.summary for e in denied} == {"customer.bulk_create"}
    assert imp.execute(make_user("manager"), plan).created == 1


@pytest.mark.slow
def test_ten_thousand_rows_are_imported(office, admin, tmp_path):
    path = xlsx(tmp_path / "big.xlsx", [["客户名称", "手机号", "房号"]]
                + [[f"客户{n:05d}", 13900000000 + n, f"{n // 100}-{n % 100}"] for n in range(10_000)])
    seen = []
    imp, plan = check(office, admin, path)
    assert plan.problems == [] and len(plan.rows) == 10_000
    result = imp.execute(admin, plan, progress=lambda done, total: seen.append((done, total)))
    assert (result.created, result.first_code, result.last_code) == (10_000, "KH000001", "KH010000")
    assert office.customers.count() == 10_000
    assert seen[0] == (0, 10_000) and seen[-1] == (10_000, 10_000)
    assert office.customers.by_code(admin, "KH010000").phone == "13900009999"
    assert len(imports(office)) == 1


# ------------------------------------------------------------------ the template
def test_the_template_round_trips(office, admin, tmp_path):
    path = tmp_path / "模板.xlsx"
    importing.write_template(path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["客户导入", "填写说明"]
    ws = wb["客户导入"]
    header = [c.value for c in ws[1]]
    assert header[:5] == ["客户名称*", "客户类型", "客户等级", "证件号码", "联系电话*"]
    for col in ("D", "E"):  # ID number and phone: text, also in the rows still to be filled in
        assert ws[f"{col}2"].number_format == "@" and ws[f"{col}500"].number_format == "@"
    assert ws["D2"].data_type == "s"
    result, _plan = import_file(office, admin, path)
    assert result.created == 1
    c = office.customers.by_code(admin, "KH000001")
    assert (c.name, c.kind, c.level, c.id_number, c.phone) == ("张三（示例）", "person", "normal", "110101199003077774",
                                                               "13800138000")
    assert [(x.role, x.name) for x in office.customers.list_contacts(admin, c.id)] == [("emergency", "李四")]


def test_bulk_create_still_numbers_and_audits_as_before(office, admin):
    n = office.customers.bulk_create(admin, [{"name": "甲", "phone": "13900000001"},
                                             {"name": "乙", "phone": "13900000002",
                                              "contacts": [{"role": "main", "name": "丙", "phone": "13900000003"}]}],
                                     source="demo")
    assert n == 2 and office.customers.bulk_create(admin, []) == 0
    assert office.customers.create(admin, {"name": "之后", "phone": "13700000000"}).code == "KH000003"
    payloads = [json.loads(e.payload) for e in office.audit.audit_repo.search(action="customer.bulk_create")]
    assert [(p["count"], p["first_code"], p["last_code"]) for p in payloads] == [(0, "", ""), (2, "KH000001", "KH000002")]
