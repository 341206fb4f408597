"""Customers and contacts: validation, codes, duplicates, masking by role, audit, bulk adds."""
from __future__ import annotations

import json

import pytest

from app.customers import DuplicateWarning
from app.errors import NotFound, PermissionDenied
from app.models.records import CustomerQuery
from app.validation import ValidationError

PERSON = {"name": "李秀英", "kind": "person", "id_number": "11010519491231002X", "phone": "13800138000",
          "unit": "3-2-1201", "address": "福州市鼓楼区五四路88号", "company": "", "note": "首次登记"}
COMPANY = {"name": "福州鸿运物业管理有限公司", "kind": "company", "id_number": "91350100M000100Y43",
           "phone": "0591-87654321", "level": "key", "address": "福州市台江区工业路1号"}


def _state(office):
    """What a bad input must not change."""
    return (office.customers.count(), office.audit.audit_repo.count(), office.meta.get("seq:customer"),
            office.db.scalar("SELECT count(*) FROM contacts"))


def _events(office, action):
    return [e for e in office.audit.audit_repo.search(action=action) if e.action == action]


# ------------------------------------------------------------------ creating
def test_create_person_and_company(office, admin):
    p = office.customers.create(admin, PERSON)
    c = office.customers.create(admin, COMPANY)
    got = office.customers.get(admin, p.id)
    for k, v in PERSON.items():
        assert getattr(got, k) == v, k
    got = office.customers.get(admin, c.id)
    assert (got.kind, got.level, got.id_number, got.phone) == ("company", "key", "91350100M000100Y43", "0591-87654321")
    assert got.created_by == admin.user_id and got.created_at
    assert office.customers.count() == 2


def test_input_is_normalised(office, admin):
    c = office.customers.create(admin, {**PERSON, "name": "  李   秀英 ", "id_number": "11010519491231002x",
                                        "phone": "+86 138 0013 8000"})
    assert c.name == "李 秀英"
    assert c.id_number == "11010519491231002X"
    assert c.phone == "13800138000"


def test_id_number_typed_in_groups_is_accepted(office, admin):
    """Clerks copy ID numbers as 6-8-4 groups from forms; the spaces are dropped, not counted."""
    c = office.customers.create(admin, {**PERSON, "id_number": "110105 19491231 002x"})
    assert c.id_number == "11010519491231002X"


@pytest.mark.parametrize("fields, field, rule", [
    ({"id_number": "110105194912310021"}, "ID number", "check character of the ID number is wrong"),
    ({"id_number": "11010519490231002X"}, "ID number", "not a real date"),
    ({"id_number": "11010519491332002X"}, "ID number", "not a real date"),
    ({"id_number": "110105209901010018"}, "ID number", "not a past date"),
    ({"id_number": "1101051949123100"}, "ID number", "18 characters"),
    ({"id_number": "11010519491231002Y"}, "ID number", "17 digits followed by a digit or X"),
    ({"kind": "company", "id_number": "91350100M000100Y44"}, "Unified social credit code", "check character"),
    ({"kind": "company", "id_number": "91350100I000100Y43"}, "Unified social credit code", "only digits and the letters"),
    ({"kind": "company", "id_number": "9135010"}, "Unified social credit code", "18 characters"),
    ({"phone": "12345"}, "Phone", "11-digit mobile"),
    ({"phone": "1380013800"}, "Phone", "11-digit mobile"),
    ({"phone": "23800138000"}, "Phone", "11-digit mobile"),
    ({"phone": "电话"}, "Phone", "11-digit mobile"),
    ({"phone": ""}, "Phone", "required"),
    ({"name": ""}, "Name", "required"),
    ({"name": "   \t\n"}, "Name", "required"),
    ({"name": "张" * 101}, "Name", "at most 100 characters"),
    ({"address": "路" * 201}, "Address", "at most 200 characters"),
    ({"kind": "robot"}, "Type", "allowed values"),
    ({"level": "vip"}, "Level", "allowed values"),
    ({"status": "destroyed"}, "Status", "allowed values"),
])
def test_bad_input_names_field_and_rule_and_changes_nothing(office, admin, fields, field, rule):
    office.customers.create(admin, {"name": "王芳", "phone": "13900139000"})
    before = _state(office)
    with pytest.raises(ValidationError) as info:
        office.customers.create(admin, {**PERSON, **fields})
    message = str(info.value)
    assert message.startswith(field + ":"), message
    assert rule in message, message
    assert info.value.field == field
    assert _state(office) == before
    # the next good customer gets the next code: no number was used up
    assert office.customers.create(admin, PERSON).code == "KH000002"


def test_landlines_and_mobiles_are_accepted(office, admin):
    for phone in ("010-12345678", "0591-87654321", "059187654321", "021-12345678-801", "19912345678"):
        c = office.customers.create(admin, {"name": "电话测试", "phone": phone}, allow_duplicates=True)
        assert c.phone == phone


def test_ten_thousand_character_note_is_stored_exactly(office, admin):
    note = ("第一行 line one\n\t缩进的第二行  两个空格\r\n" + "备注" * 5000)[:10000]
    assert len(note) == 10000
    c = office.customers.create(admin, {**PERSON, "note": note})
    assert office.customers.get(admin, c.id).note == note
    office.close()


def test_note_over_the_limit_is_refused(office, admin):
    with pytest.raises(ValidationError) as info:
        office.customers.create(admin, {**PERSON, "note": "x" * 20001})
    assert str(info.value).startswith("Note:")
    assert office.customers.count() == 0


def test_sql_and_html_special_characters_are_stored_exactly(office, admin):
    fields = {
        "name": "'; DROP TABLE customers;--",
        "address": "<b>x</b> <script>alert('x')</script> & \"引号\"",
        "company": 'Robert"); DELETE FROM users;-- %_*?[',
        "unit": "1' OR '1'='1",
        "note": "\\'\"%_*?[]{}<>&;--/* */ 😀 𠀀",
        "phone": "13800138000",
    }
    c = office.customers.create(admin, fields)
    got = office.customers.get(admin, c.id)
    for k, v in fields.items():
        assert getattr(got, k) == v, k
    assert office.customers.count() == 1
    assert office.auth.users.count() == 1
    assert office.customers.search(admin, CustomerQuery(text="DROP TABLE")) == [c.id]
    assert office.customers.search(admin, CustomerQuery(text="<b>x</b>")) == [c.id]
    assert json.loads(_events(office, "customer.create")[0].payload)["after"]["name"] == fields["name"]


# ------------------------------------------------------------------ codes
def test_codes_are_unique_and_sequential(office, admin):
    codes = [office.customers.create(admin, {"name": f"客户{i}", "phone": f"1380000000{i}"}).code for i in range(3)]
    assert codes == ["KH000001", "KH000002", "KH000003"]
    n = office.customers.bulk_create(admin, [{"name": "批量甲", "phone": "13900000001"},
                                             {"name": "批量乙", "phone": "13900000002"}])
    assert n == 2
    assert office.customers.create(admin, {"name": "之后", "phone": "13700000000"}).code == "KH000006"
    all_codes = [r[0] for r in office.db.query("SELECT code FROM customers ORDER BY id")]
    assert all_codes == [f"KH{i:06d}" for i in range(1, 7)]
    assert office.customers.by_code(admin, "kh000005").name == "批量乙"


def test_unknown_customer_is_not_found(office, admin):
    with pytest.raises(NotFound):
        office.customers.get(admin, 999)
    with pytest.raises(NotFound):
        office.customers.by_code(admin, "KH999999")
    with pytest.raises(NotFound):
        office.customers.update(admin, 999, {"name": "x"})


# ------------------------------------------------------------------ duplicates
def test_same_id_number_is_warned_about_and_can_be_saved_anyway(office, admin):
    first = office.customers.create(admin, PERSON)
    before = _state(office)
    dup = {**PERSON, "name": "李秀英二", "phone": "13911112222", "id_number": "11010519491231002x"}
    with pytest.raises(DuplicateWarning) as info:
        office.customers.create(admin, dup)
    assert first.code in str(info.value) and "李秀英" in str(info.value) and "ID number" in str(info.value)
    assert _state(office) == before
    second = office.customers.create(admin, dup, allow_duplicates=True)
    assert second.code == "KH000002"
    assert office.customers.count() == 2


def test_same_phone_is_warned_about(office, admin):
    first = office.customers.create(admin, PERSON)
    with pytest.raises(DuplicateWarning) as info:
        office.customers.create(admin, {"name": "另一个人", "phone": " 138 0013 8000"})
    assert "Phone" in str(info.value) and first.code in str(info.value)
    assert office.customers.count() == 1
    office.customers.create(admin, {"name": "另一个人", "phone": "13800138000"}, allow_duplicates=True)
    assert office.customers.count() == 2


def test_update_to_another_customers_phone_is_warned_about(office, admin):
    a = office.customers.create(admin, PERSON)
    b = office.customers.create(admin, {"name": "王芳", "phone": "13900139000"})
    with pytest.raises(DuplicateWarning):
        office.customers.update(admin, b.id, {"phone": "13800138000"})
    assert office.customers.get(admin, b.id).phone == "13900139000"
    office.customers.update(admin, b.id, {"phone": "13800138000"}, allow_duplicates=True)
    # editing another field later does not warn again about the accepted duplicate
    office.customers.update(admin, b.id, {"note": "与李秀英同住"})
    assert office.customers.get(admin, b.id).note == "与李秀英同住"
    # a customer never duplicates itself
    office.customers.update(admin, a.id, {"phone": "13800138000", "note": "x"})


# ------------------------------------------------------------------ updating
def test_update_writes_only_the_changed_fields_to_the_audit_log(office, admin):
    c = office.customers.create(admin, PERSON)
    office.customers.update(admin, c.id, {"name": "李秀兰", "level": "key", "note": "首次登记"})
    got = office.customers.get(admin, c.id)
    assert (got.name, got.level) == ("李秀兰", "key")
    event = _events(office, "customer.update")[0]
    payload = json.loads(event.payload)
    assert payload["before"] == {"name": "李秀英", "level": "normal"}
    assert payload["after"] == {"name": "李秀兰", "level": "key"}
    assert event.entity == "customer" and event.entity_id == str(c.id) and event.username == "admin"
    # no change: no event
    count = office.audit.audit_repo.count()
    office.customers.update(admin, c.id, {"name": "李秀兰"})
    assert office.audit.audit_repo.count() == count


def test_status_change_records_its_date(office, admin):
    c = office.customers.create(admin, PERSON)
    assert c.status_date is None
    updated = office.customers.update(admin, c.id, {"status": "moved_out"})
    assert updated.status == "moved_out" and updated.status_date and len(updated.status_date) == 10


def test_bad_update_changes_nothing(office, admin):
    c = office.customers.create(admin, PERSON)
    before = _state(office)
    with pytest.raises(ValidationError) as info:
        office.customers.update(admin, c.id, {"name": "新名字", "id_number": "110105194912310021"})
    assert str(info.value).startswith("ID number:")
    assert office.customers.get(admin, c.id).name == "李秀英"
    assert _state(office) == before


# ------------------------------------------------------------------ roles
def test_viewer_sees_masked_numbers(office, admin, make_user):
    c = office.customers.create(admin, PERSON)
    office.customers.add_contact(admin, c.id, {"role": "emergency", "name": "李强", "phone": "13600136000"})
    viewer = make_user("viewer")

    row = office.customers.rows(viewer, [c.id])[c.id]
    assert row[5] == "138****8000" and row[6] == "110105********002X"
    assert "13800138000" not in row and "11010519491231002X" not in row
    got = office.customers.get(viewer, c.id)
    assert got.phone == "138****8000" and got.id_number == "110105********002X"
    assert office.customers.by_code(viewer, c.code).phone == "138****8000"
    assert office.customers.list_contacts(viewer, c.id)[0].phone == "136****6000"
    # the database itself is untouched by masking
    assert office.customers.get(admin, c.id).phone == "13800138000"
    # staff with the right see everything
    clerk = make_user("clerk")
    assert office.customers.rows(clerk, [c.id])[c.id][6] == "11010519491231002X"


def test_landline_masking_for_viewers(office, admin, make_user):
    c = office.customers.create(admin, COMPANY)
    viewer = make_user("viewer")
    phone = office.customers.get(viewer, c.id).phone
    assert phone.startswith("0591-") and phone.endswith("4321") and "8765" not in phone


def test_viewer_cannot_create_or_update(office, admin, make_user):
    c = office.customers.create(admin, PERSON)
    viewer = make_user("viewer")
    count = office.customers.count()
    with pytest.raises(PermissionDenied) as info:
        office.customers.create(viewer, {"name": "王芳", "phone": "13900139000"})
    assert "Viewer" in str(info.value)
    with pytest.raises(PermissionDenied):
        office.customers.update(viewer, c.id, {"name": "改名"})
    with pytest.raises(PermissionDenied):
        office.customers.add_contact(viewer, c.id, {"name": "李强", "phone": "13600136000"})
    with pytest.raises(PermissionDenied):
        office.customers.bulk_create(viewer, [{"name": "王芳", "phone": "13900139000"}])
    assert office.customers.count() == count
    assert office.customers.get(admin, c.id).name == "李秀英"
    denied = _events(office, "permission.denied")
    assert [e.summary for e in denied] == ["customer.bulk_create", "contact.write", "customer.update", "customer.create"]
    assert all(e.username == "viewer1" for e in denied)


@pytest.mark.parametrize("role", ["clerk", "archivist", "manager"])
def test_staff_can_create_and_update(office, make_user, role):
    s = make_user(role)
    c = office.customers.create(s, PERSON)
    office.customers.update(s, c.id, {"level": "potential"})
    event = _events(office, "customer.update")[0]
    assert event.username == s.username


def test_clerk_cannot_bulk_create(office, make_user):
    clerk = make_user("clerk")
    with pytest.raises(PermissionDenied):
        office.customers.bulk_create(clerk, [{"name": "王芳", "phone": "13900139000"}])
    assert office.customers.count() == 0


# ------------------------------------------------------------------ contacts
def test_contacts_are_added_changed_removed_and_audited(office, admin):
    c = office.customers.create(admin, PERSON)
    emergency = office.customers.add_contact(admin, c.id, {"role": "emergency", "name": "李强",
                                                           "phone": "13600136000", "relation": "儿子"})
    main = office.customers.add_contact(admin, c.id, {"role": "main", "name": "李秀英", "phone": "13800138000"})
    daily = office.customers.add_contact(admin, c.id, {"role": "daily", "name": "保姆小陈", "phone": "13500135000"})
    assert [x.role for x in office.customers.list_contacts(admin, c.id)] == ["main", "daily", "emergency"]
    created = _events(office, "contact.create")
    assert len(created) == 3
    assert json.loads(created[-1].payload)["after"]["name"] == "李强"
    assert created[-1].entity_id == str(c.id)

    office.customers.update_contact(admin, emergency.id, {"phone": "13600136001", "relation": "儿子（长子）"})
    event = _events(office, "contact.update")[0]
    payload = json.loads(event.payload)
    assert payload["before"] == {"phone": "13600136000", "relation": "儿子"}
    assert payload["after"] == {"phone": "13600136001", "relation": "儿子（长子）"}
    assert payload["contact_id"] == emergency.id

    office.customers.delete_contact(admin, daily.id)
    assert [x.id for x in office.customers.list_contacts(admin, c.id)] == [main.id, emergency.id]
    removed = json.loads(_events(office, "contact.delete")[0].payload)
    assert removed["before"]["name"] == "保姆小陈"
    assert office.audit.audit_repo.verify()[0]


def test_bad_contact_changes_nothing(office, admin):
    c = office.customers.create(admin, PERSON)
    before = _state(office)
    with pytest.raises(ValidationError) as info:
        office.customers.add_contact(admin, c.id, {"role": "emergency", "name": "李强", "phone": "123"})
    assert str(info.value).startswith("Phone:")
    with pytest.raises(ValidationError) as info:
        office.customers.add_contact(admin, c.id, {"role": "emergency", "name": "", "phone": "13600136000"})
    assert str(info.value).startswith("Name:")
    with pytest.raises(ValidationError) as info:
        office.customers.add_contact(admin, c.id, {"role": "boss", "name": "李强", "phone": "13600136000"})
    assert str(info.value).startswith("Contact type:")
    assert _state(office) == before


def test_customer_with_a_bad_contact_is_not_created(office, admin):
    before = _state(office)
    with pytest.raises(ValidationError):
        office.customers.create(admin, PERSON, contacts=[{"role": "main", "name": "甲", "phone": "13600136000"},
                                                         {"role": "emergency", "name": "乙", "phone": "1"}])
    assert _state(office) == before
    c = office.customers.create(admin, PERSON, contacts=[{"role": "main", "name": "甲", "phone": "13600136000"}])
    assert [x.name for x in office.customers.list_contacts(admin, c.id)] == ["甲"]


def test_missing_contact_is_not_found(office, admin):
    with pytest.raises(NotFound):
        office.customers.update_contact(admin, 42, {"name": "x"})
    with pytest.raises(NotFound):
        office.customers.delete_contact(admin, 42)
    with pytest.raises(NotFound):
        office.customers.add_contact(admin, 42, {"name": "x", "phone": "13600136000"})


# ------------------------------------------------------------------ bulk
def test_bulk_create_adds_all_with_one_audit_event(office, admin):
    records = [
        {**PERSON, "contacts": [{"role": "emergency", "name": "李强", "phone": "13600136000"}]},
        {**COMPANY, "contacts": [{"role": "main", "name": "陈总", "phone": "13700137000"},
                                 {"role": "daily", "name": "出纳", "phone": "13700137001"}]},
        {"name": "王芳", "phone": "13900139000", "status": "moved_out"},
    ]
    assert office.customers.bulk_create(admin, records, source="导入.xlsx") == 3
    assert office.customers.count() == 3
    assert office.db.scalar("SELECT count(*) FROM contacts") == 3
    event = _events(office, "customer.bulk_create")[0]
    payload = json.loads(event.payload)
    assert (payload["count"], payload["first_code"], payload["last_code"]) == (3, "KH000001", "KH000003")
    assert event.summary == "导入.xlsx"
    assert office.customers.search(admin, CustomerQuery(text="王芳")) == [
        office.customers.by_code(admin, "KH000003").id]


@pytest.mark.parametrize("bad", [
    {"name": "坏记录", "phone": "123"},
    {"name": "", "phone": "13900139003"},
    {"name": "坏证件", "phone": "13900139003", "id_number": "110105194912310021"},
    {"name": "坏联系人", "phone": "13900139003", "contacts": [{"role": "main", "name": "x", "phone": "1"}]},
])
def test_bulk_create_is_all_or_nothing(office, admin, bad):
    office.customers.create(admin, {"name": "已有", "phone": "13100131000"})
    before = _state(office)
    records = [{"name": "甲", "phone": "13900139001"}, {"name": "乙", "phone": "13900139002"}, bad,
               {"name": "丁", "phone": "13900139004"}]
    with pytest.raises(ValidationError) as info:
        office.customers.bulk_create(admin, records)
    assert "record 3" in str(info.value)
    assert _state(office) == before
    assert office.customers.search(admin, CustomerQuery(text="甲")) == []
    assert office.customers.create(admin, {"name": "之后", "phone": "13700000000"}).code == "KH000002"
