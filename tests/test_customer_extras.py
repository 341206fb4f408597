"""Customer-level additions: tags, custom fields, moving out and reinstating, duplicates and merging
(service layer, real encrypted database)."""
from __future__ import annotations

import datetime as _dt
import io
import json

import pytest

from app.customers import MAX_TAG, MAX_TAGS, split_tags
from app.errors import KeDangError, NotFound, PermissionDenied
from app.models.records import CustomerQuery
from app.validation import ValidationError

TODAY = _dt.date.today()


def _state(office):
    """What a refused input must not change."""
    return (office.customers.count(), office.audit.audit_repo.count(), office.meta.get("seq:customer"),
            office.db.scalar("SELECT count(*) FROM contacts"), office.db.scalar("SELECT count(*) FROM custom_fields"),
            office.db.scalar("SELECT group_concat(tags || extra || status, '|') FROM customers"))


def _events(office, action):
    return [e for e in office.audit.audit_repo.search(action=action) if e.action == action]


def _found(office, session, text) -> list[int]:
    return office.customers.search(session, CustomerQuery(text=text))


def _customer(office, session, name="李秀英", phone="13800138000", **more):
    return office.customers.create(session, {"name": name, "phone": phone, **more}, allow_duplicates=True)


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


# ------------------------------------------------------------------ tags
def test_split_tags_accepts_chinese_and_western_separators_and_dedupes():
    assert split_tags("VIP，欠费 老客户;VIP、 月结；  VIP") == ["VIP", "欠费", "老客户", "月结"]
    assert split_tags(["a", " a ", "", "b"]) == ["a", "b"]
    assert split_tags("") == [] and split_tags(None) == []


def test_tags_are_stored_split_and_deduplicated(office, admin):
    c = _customer(office, admin, tags="VIP，欠费 VIP")
    assert office.customers.repo.get(c.id).tags == ["VIP", "欠费"]
    office.customers.update(admin, c.id, {"tags": "欠费, 老客户"})
    assert office.customers.repo.get(c.id).tags == ["欠费", "老客户"]
    payload = json.loads(_events(office, "customer.update")[0].payload)
    assert payload["before"] == {"tags": ["VIP", "欠费"]} and payload["after"] == {"tags": ["欠费", "老客户"]}


@pytest.mark.parametrize("tags, rule", [
    (" ".join(f"t{n}" for n in range(MAX_TAGS + 1)), f"at most {MAX_TAGS} tags"),
    ("VIP " + "长" * (MAX_TAG + 1), f"a tag has at most {MAX_TAG} characters"),
])
def test_too_many_or_too_long_tags_are_refused_and_nothing_changes(office, admin, tags, rule):
    c = _customer(office, admin, tags="VIP")
    before = _state(office)
    with pytest.raises(ValidationError) as exc:
        office.customers.create(admin, {"name": "王五", "phone": "13900001111", "tags": tags})
    assert exc.value.field == "Tags" and exc.value.key == "tags" and exc.value.rule == rule
    assert str(exc.value) == f"Tags: {rule}"
    with pytest.raises(ValidationError) as exc:
        office.customers.update(admin, c.id, {"tags": tags})
    assert str(exc.value) == f"Tags: {rule}"
    assert _state(office) == before
    assert office.customers.repo.get(c.id).tags == ["VIP"]


def test_exactly_the_limits_are_accepted(office, admin):
    tags = [f"标签{n}" for n in range(MAX_TAGS - 1)] + ["长" * MAX_TAG]
    c = _customer(office, admin, tags=tags)
    assert office.customers.repo.get(c.id).tags == tags


def test_tags_message_is_chinese_on_a_chinese_desk(office, admin):
    from app import i18n

    i18n.set_language("zh_CN")
    with pytest.raises(ValidationError) as exc:
        office.customers.create(admin, {"name": "王五", "phone": "13900001111", "tags": "长" * 30})
    assert exc.value.field == i18n.translate("Customer", "Tags")  # 标签 once the catalogue has it
    assert i18n.translate("Validation", "a tag has at most {n} characters").format(n=MAX_TAG) in str(exc.value)


# ------------------------------------------------------------------ search by tags and custom values
def test_search_finds_a_customer_by_tag_and_by_custom_value(office, admin):
    source = office.custom_fields.create(admin, {"label": "客户来源", "type": "choice",
                                                 "choices": "上门, 转介绍, 网络"})
    c = _customer(office, admin, tags="欠费 VIP客户", extra={str(source.id): "转介绍"})
    other = _customer(office, admin, name="王五", phone="13900001111", tags="老客户")
    assert _found(office, admin, "欠费") == [c.id]
    assert _found(office, admin, "VIP客户") == [c.id]
    assert _found(office, admin, "转介绍") == [c.id]
    assert _found(office, admin, "老客户") == [other.id]
    # An update re-indexes: the old tag is no longer found, the new one is.
    office.customers.update(admin, c.id, {"tags": "月结", "extra": {str(source.id): "网络"}})
    assert _found(office, admin, "欠费") == [] and _found(office, admin, "转介绍") == []
    assert _found(office, admin, "月结") == [c.id] and _found(office, admin, "网络") == [c.id]


# ------------------------------------------------------------------ custom field definitions
def test_custom_field_is_created_and_audited(office, admin):
    f = office.custom_fields.create(admin, {"label": " 客户  来源 ", "type": "choice", "customer_kind": "person",
                                            "choices": "上门，转介绍, 网络, 上门"})
    assert (f.label, f.type, f.customer_kind, f.choices, f.active) == ("客户 来源", "choice", "person",
                                                                       ["上门", "转介绍", "网络"], True)
    assert [x.id for x in office.custom_fields.all(admin)] == [f.id]
    assert [x.id for x in office.custom_fields.for_kind(admin, "person")] == [f.id]
    assert office.custom_fields.for_kind(admin, "company") == []
    event = _events(office, "custom_field.create")[0]
    assert event.entity == "custom_field" and event.entity_id == str(f.id)
    assert json.loads(event.payload)["after"]["choices"] == ["上门", "转介绍", "网络"]


@pytest.mark.parametrize("fields, label, rule", [
    ({"label": "  ", "type": "text"}, "Field name", "is required"),
    ({"label": "来" * 31, "type": "text"}, "Field name", "at most 30 characters"),
    ({"label": "客户来源", "type": "choice", "choices": "上门"}, "Choices", "a choice field needs at least 2 choices"),
    ({"label": "客户来源", "type": "choice", "choices": "上门, 上门"}, "Choices",
     "a choice field needs at least 2 choices"),
    ({"label": "客户来源", "type": "colour"}, "Field type", "is not one of the allowed values"),
    ({"label": "客户来源", "customer_kind": "robot"}, "For", "is not one of the allowed values"),
])
def test_bad_custom_field_is_refused_and_nothing_changes(office, admin, fields, label, rule):
    before = _state(office)
    with pytest.raises(ValidationError) as exc:
        office.custom_fields.create(admin, fields)
    assert str(exc.value) == f"{label}: {rule}"
    assert _state(office) == before


def test_duplicate_label_is_refused_on_create_and_update(office, admin):
    office.custom_fields.create(admin, {"label": "Source", "type": "text"})
    other = office.custom_fields.create(admin, {"label": "面积", "type": "number"})
    before = _state(office)
    with pytest.raises(ValidationError) as exc:
        office.custom_fields.create(admin, {"label": "source", "type": "text"})
    assert str(exc.value) == "Field name: is already used by another field"
    with pytest.raises(ValidationError):
        office.custom_fields.update(admin, other.id, {"label": "SOURCE"})
    assert _state(office) == before
    assert office.custom_fields.repo.get(other.id).label == "面积"


def test_type_changes_only_while_no_customer_has_a_value(office, admin):
    f = office.custom_fields.create(admin, {"label": "面积", "type": "text"})
    office.custom_fields.update(admin, f.id, {"type": "number"})  # no values yet: fine
    assert office.custom_fields.repo.get(f.id).type == "number"
    _customer(office, admin, extra={str(f.id): "88.5"})
    before = _state(office)
    with pytest.raises(KeDangError) as exc:
        office.custom_fields.update(admin, f.id, {"type": "text"})
    assert "面积" in str(exc.value) and "cannot change" in str(exc.value)
    assert _state(office) == before and office.custom_fields.repo.get(f.id).type == "number"
    # Renaming and retiring stay possible.
    office.custom_fields.update(admin, f.id, {"label": "建筑面积", "active": False})
    stored = office.custom_fields.repo.get(f.id)
    assert (stored.label, stored.active, stored.type) == ("建筑面积", False, "number")
    payload = json.loads(_events(office, "custom_field.update")[0].payload)
    assert payload["before"] == {"label": "面积", "active": True} and payload["after"] == {"label": "建筑面积", "active": False}


@pytest.mark.parametrize("role", ["clerk", "viewer", "archivist", "manager"])
def test_only_the_administrator_manages_custom_fields(office, admin, make_user, role):
    f = office.custom_fields.create(admin, {"label": "面积", "type": "number"})
    user = make_user(role)
    before = office.db.scalar("SELECT count(*) FROM custom_fields")
    with pytest.raises(PermissionDenied):
        office.custom_fields.create(user, {"label": "客户来源", "type": "text"})
    with pytest.raises(PermissionDenied):
        office.custom_fields.update(user, f.id, {"label": "x"})
    denied = _events(office, "permission.denied")
    assert len(denied) == 2 and {e.summary for e in denied} == {"settings.manage"}
    assert denied[0].username == f"{role}1"
    assert office.db.scalar("SELECT count(*) FROM custom_fields") == before
    assert office.custom_fields.repo.get(f.id).label == "面积"
    assert [x.label for x in office.custom_fields.all(user)] == ["面积"]  # everyone may read them


# ------------------------------------------------------------------ custom values
@pytest.fixture
def fields(office, admin):
    """Custom fields of every type: for every customer, for persons only and for companies only."""
    return {
        "area": office.custom_fields.create(admin, {"label": "面积", "type": "number"}),
        "since": office.custom_fields.create(admin, {"label": "入住日期", "type": "date", "customer_kind": "person"}),
        "source": office.custom_fields.create(admin, {"label": "客户来源", "type": "choice",
                                                      "choices": ["上门", "转介绍"]}),
        "licence": office.custom_fields.create(admin, {"label": "营业执照年检", "type": "text",
                                                       "customer_kind": "company"}),
    }


def test_custom_values_are_normalised_per_type(office, admin, fields):
    f = fields
    c = _customer(office, admin, extra={str(f["area"].id): " 1,234.50 ", str(f["since"].id): "2024-3-5",
                                        str(f["source"].id): "转介绍", str(f["licence"].id): ""})
    assert office.customers.repo.get(c.id).extra == {str(f["area"].id): "1234.5", str(f["since"].id): "2024-03-05",
                                                     str(f["source"].id): "转介绍"}
    # Emptying a value removes it.
    office.customers.update(admin, c.id, {"extra": {str(f["area"].id): "", str(f["since"].id): "2024-03-05",
                                                    str(f["source"].id): "上门"}})
    assert office.customers.repo.get(c.id).extra == {str(f["since"].id): "2024-03-05", str(f["source"].id): "上门"}


@pytest.mark.parametrize("key, value, label, rule", [
    ("area", "八十", "面积", "is not a number"),
    ("area", "1e20", "面积", "is not a number"),
    ("area", "NaN", "面积", "is not a number"),
    ("since", "2024-02-30", "入住日期", "is not a real date in the form YYYY-MM-DD"),
    ("since", "昨天", "入住日期", "is not a real date in the form YYYY-MM-DD"),
    ("source", "网络", "客户来源", "is not one of the allowed values"),
])
def test_bad_custom_value_names_the_field_and_changes_nothing(office, admin, fields, key, value, label, rule):
    c = _customer(office, admin, extra={str(fields["area"].id): "80"})
    before = _state(office)
    fid = str(fields[key].id)
    with pytest.raises(ValidationError) as exc:
        office.customers.create(admin, {"name": "王五", "phone": "13900001111", "extra": {fid: value}})
    assert str(exc.value) == f"{label}: {rule}" and exc.value.key == f"extra:{fid}"
    with pytest.raises(ValidationError) as exc:
        office.customers.update(admin, c.id, {"extra": {fid: value}})
    assert str(exc.value) == f"{label}: {rule}"
    assert _state(office) == before
    assert office.customers.repo.get(c.id).extra == {str(fields["area"].id): "80"}


def test_values_of_the_other_customer_type_and_of_retired_fields_are_kept(office, admin, fields):
    since, licence, area = (str(fields[k].id) for k in ("since", "licence", "area"))
    c = _customer(office, admin, extra={since: "2020-01-01", area: "50"})
    # The customer turns out to be a company: the person-only value stays untouched (not validated, not lost).
    office.customers.update(admin, c.id, {"kind": "company", "extra": {since: "2020-01-01", area: "50",
                                                                       licence: "2024年已年检"}})
    assert office.customers.repo.get(c.id).extra == {since: "2020-01-01", area: "50", licence: "2024年已年检"}
    # A value a company cannot be asked for is kept as it was, even one no longer valid as a date.
    with office.db.transaction():
        office.db.execute("UPDATE customers SET extra = ? WHERE id = ?",
                          (json.dumps({since: "sometime", area: "50"}), c.id))
    office.customers.update(admin, c.id, {"name": "李秀英公司", "extra": {since: "sometime", area: "60"}})
    assert office.customers.repo.get(c.id).extra == {since: "sometime", area: "60"}
    # A retired field's value survives later changes.
    office.custom_fields.update(admin, fields["area"].id, {"active": False})
    office.customers.update(admin, c.id, {"name": "李秀英有限公司"})
    assert office.customers.repo.get(c.id).extra[area] == "60"
    office.customers.update(admin, c.id, {"extra": {since: "sometime", area: "not a number any more"}})
    assert office.customers.repo.get(c.id).extra[area] == "not a number any more"


# ------------------------------------------------------------------ moving out and reinstating
@pytest.mark.parametrize("date, rule", [((TODAY + _dt.timedelta(days=1)).isoformat(), "may not be in the future"),
                                        ("2024-02-30", "is not a real date in the form YYYY-MM-DD"),
                                        ("", "is not a real date in the form YYYY-MM-DD")])
def test_move_out_date_is_checked(office, admin, date, rule):
    c = _customer(office, admin)
    before = _state(office)
    with pytest.raises(ValidationError) as exc:
        office.customers.move_out(admin, c.id, date)
    assert str(exc.value) == f"Move-out date: {rule}"
    assert _state(office) == before and office.customers.repo.get(c.id).status == "active"


def test_moved_out_dossier_is_closed_for_clerks_but_not_for_record_keepers(office, admin, make_user):
    clerk, archivist = make_user("clerk"), make_user("archivist")
    c = _customer(office, clerk)
    office.customers.move_out(clerk, c.id, "2024-05-01", "  退租  交钥匙 ")
    stored = office.customers.repo.get(c.id)
    assert (stored.status, stored.status_date) == ("moved_out", "2024-05-01")
    event = _events(office, "customer.move_out")[0]
    payload = json.loads(event.payload)
    assert event.entity_id == str(c.id) and event.summary == c.code and event.username == "clerk1"
    assert payload["before"] == {"status": "active", "status_date": None}
    assert payload["after"] == {"status": "moved_out", "status_date": "2024-05-01"} and payload["note"] == "退租 交钥匙"
    with pytest.raises(KeDangError):
        office.customers.move_out(clerk, c.id, "2024-05-02")  # not twice

    before = _state(office)
    with pytest.raises(KeDangError) as exc:
        office.customers.update(clerk, c.id, {"phone": "13700000000"})
    assert c.code in str(exc.value) and "closed" in str(exc.value)
    with pytest.raises(KeDangError):
        office.customers.add_contact(clerk, c.id, {"name": "李芳", "phone": "13700001234"})
    assert _state(office) == before
    with pytest.raises(PermissionDenied):
        office.customers.reinstate(clerk, c.id)
    assert _events(office, "permission.denied")[0].summary == "dossier.edit_closed"
    assert office.customers.repo.get(c.id).phone == "13800138000"
    assert office.customers.list_contacts(admin, c.id) == []

    office.customers.update(archivist, c.id, {"phone": "13700000000"})
    office.customers.add_contact(archivist, c.id, {"name": "李芳", "phone": "13700001234"})
    assert office.customers.repo.get(c.id).phone == "13700000000"
    assert [x.name for x in office.customers.list_contacts(admin, c.id)] == ["李芳"]

    office.customers.reinstate(archivist, c.id)
    stored = office.customers.repo.get(c.id)
    assert (stored.status, stored.status_date) == ("active", TODAY.isoformat())
    assert json.loads(_events(office, "customer.reinstate")[0].payload)["after"]["status"] == "active"
    office.customers.update(clerk, c.id, {"phone": "13700000001"})  # open again for the clerk
    assert office.customers.repo.get(c.id).phone == "13700000001"


# ------------------------------------------------------------------ duplicates
def _pairs(office, session):
    return {(p.a, p.b): p for p in office.customers.find_duplicates(session)}


def test_find_duplicates_by_each_reason_each_pair_once(office, admin, make_user):
    idn = "11010519491231002X"
    a1 = _customer(office, admin, name="张伟", phone="13800000001", id_number=idn, address="五四路1号")
    a2 = _customer(office, admin, name="张卫", phone="13800000001", id_number=idn)  # same ID and phone: one pair
    b1 = _customer(office, admin, name="刘洋", phone="13800000002")
    b2 = _customer(office, admin, name="刘阳", phone="13800000002")
    c1 = _customer(office, admin, name="王芳", phone="13800000003", address="福州市鼓楼区五四路88号")
    c2 = _customer(office, admin, name="王芳", phone="13800000004", address="福州市鼓楼区五四路88号3座")
    c3 = _customer(office, admin, name="王芳", phone="13800000005", address="厦门市思明区中山路1号")
    d1 = _customer(office, admin, name="福州鸿运物业管理有限公司", kind="company", phone="0591-87654321", unit="A-1201")
    d2 = _customer(office, admin, name="福州鸿运物业管理公司", kind="company", phone="0591-87654322", unit="A-1201")
    d3 = _customer(office, admin, name="陈建国", phone="13800000006", unit="A-1201")
    lone = _customer(office, admin, name="欧阳娜娜", phone="13800000007", unit="B-101", address="五四路2号")

    pairs = office.customers.find_duplicates(make_user("viewer"))  # reading is enough to look
    keys = [(p.a, p.b) for p in pairs]
    assert len(keys) == len(set(keys))  # each pair once
    by_key = {(p.a, p.b): p for p in pairs}
    assert set(by_key) == {(a1.id, a2.id), (b1.id, b2.id), (c1.id, c2.id), (d1.id, d2.id)}
    assert by_key[(a1.id, a2.id)].reason == "id_number" and by_key[(a1.id, a2.id)].score == 1.0
    assert by_key[(b1.id, b2.id)].reason == "phone"
    assert by_key[(c1.id, c2.id)].reason == "name_address" and 0.8 <= by_key[(c1.id, c2.id)].score < 1
    assert by_key[(d1.id, d2.id)].reason == "unit_name"
    assert [p.reason for p in pairs] == ["id_number", "phone", "name_address", "unit_name"]
    assert by_key[(a1.id, a2.id)].reason_text() == "Same ID number / credit code"
    assert by_key[(d1.id, d2.id)].reason_text() == "Same unit, similar name"
    for cid in (c3.id, d3.id, lone.id):
        assert all(cid not in k for k in keys)

    # A moved-out customer is still a candidate; a destroyed one is not.
    office.customers.move_out(admin, c2.id, TODAY.isoformat())
    assert _pairs(office, admin)[(c1.id, c2.id)].reason == "name_address"
    with office.db.transaction():
        office.db.execute("UPDATE customers SET status = 'destroyed' WHERE id = ?", (b2.id,))
    assert (b1.id, b2.id) not in _pairs(office, admin)


def test_no_duplicates_in_an_empty_or_clean_office(office, admin):
    assert office.customers.find_duplicates(admin) == []
    _customer(office, admin, name="张伟", phone="13800000001")
    _customer(office, admin, name="李娜", phone="13800000002")
    assert office.customers.find_duplicates(admin) == []


# ------------------------------------------------------------------ merging
@pytest.fixture
def twins(office, admin):
    """张伟 (older, kept) and a later record of the same man with his dossier."""
    area = office.custom_fields.create(admin, {"label": "面积", "type": "number"})
    keep = _customer(office, admin, name="张伟", phone="13800000001", tags="VIP", note="老业主",
                     extra={str(area.id): "88"})
    drop = _customer(office, admin, name="张伟", phone="13800000001", id_number="11010519491231002X",
                     unit="3-2-1201", address="五四路88号", tags="欠费, VIP", note="电话常打不通",
                     extra={str(area.id): "90"})
    office.entries.create(admin, drop.id, "complaint", {"received": TODAY.isoformat(), "content": "楼上噪音"})
    office.customers.add_contact(admin, drop.id, {"role": "emergency", "name": "李芳", "phone": "13700001234"})
    office.attachments.add(admin, drop.id, "身份证.png", _png(), {"title": "身份证复印件", "kind": "id_copy"})
    office.area = area
    return keep, drop


def _rows(office, table, cid):
    return office.db.scalar(f"SELECT count(*) FROM {table} WHERE customer_id = ?", (cid,))


def test_merge_moves_everything_and_removes_the_other_record(office, admin, twins):
    keep, drop = twins
    moving = {t: _rows(office, t, drop.id) for t in ("entries", "contacts", "attachments")}
    kept_before = {t: _rows(office, t, keep.id) for t in moving}
    assert moving["entries"] >= 1 and moving["contacts"] == 1 and moving["attachments"] == 1
    assert _found(office, admin, drop.code) == [drop.id]

    fields, counts = office.customers.merge_preview(admin, keep.id, drop.id)
    assert counts == moving
    assert office.customers.repo.get(drop.id) is not None  # a preview changes nothing

    merged = office.customers.merge(admin, keep.id, drop.id)
    stored = office.customers.repo.get(keep.id)
    assert merged.id == keep.id and merged.code == keep.code
    for t, n in moving.items():
        assert _rows(office, t, keep.id) == kept_before[t] + n
        assert _rows(office, t, drop.id) == 0
    assert [a.title for a in office.attachments.list(admin, keep.id)] == ["身份证复印件"]
    assert [c.name for c in office.customers.list_contacts(admin, keep.id)] == ["李芳"]

    with pytest.raises(NotFound):
        office.customers.by_code(admin, drop.code)
    assert office.customers.repo.get(drop.id) is None
    assert _found(office, admin, drop.code) == []
    assert drop.id not in _found(office, admin, "张伟")
    assert _found(office, admin, "欠费") == [keep.id]  # the joined tags are indexed for the kept one

    # Own values win, empty ones are filled from the other record; tags joined, both notes kept.
    assert (stored.name, stored.phone, stored.id_number, stored.unit, stored.address) == (
        "张伟", "13800000001", "11010519491231002X", "3-2-1201", "五四路88号")
    assert stored.tags == ["VIP", "欠费"]
    assert stored.extra == {str(office.area.id): "88"}
    assert stored.note == f"老业主\n[{drop.code}] 电话常打不通"
    assert fields["note"] == stored.note and fields["tags"] == stored.tags

    event = _events(office, "customer.merge")[0]
    payload = json.loads(event.payload)
    assert event.entity_id == str(keep.id) and drop.code in event.summary and keep.code in event.summary
    assert payload["merged_id"] == drop.id and payload["merged_code"] == drop.code
    record = payload["merged_record"]
    assert (record["code"], record["name"], record["unit"], record["note"], record["tags"]) == (
        drop.code, "张伟", "3-2-1201", "电话常打不通", ["欠费", "VIP"])
    assert payload["moved"] == moving
    assert payload["after"]["unit"] == "3-2-1201" and payload["before"]["unit"] == ""

    ok, message = office.audit.verify()
    assert ok, message


def test_merge_the_other_way_round_keeps_the_newer_record(office, admin, twins):
    keep, drop = twins
    office.customers.merge(admin, drop.id, keep.id)
    stored = office.customers.repo.get(drop.id)
    assert office.customers.repo.get(keep.id) is None
    assert stored.tags == ["欠费", "VIP"] and stored.extra == {str(office.area.id): "90"}
    assert stored.note == f"电话常打不通\n[{keep.code}] 老业主"


def test_merge_with_itself_is_refused_and_nothing_changes(office, admin, twins):
    keep, _drop = twins
    before = _state(office)
    for call in (office.customers.merge, office.customers.merge_preview):
        with pytest.raises(KeDangError) as exc:
            call(admin, keep.id, keep.id)
        assert str(exc.value) == "A customer cannot be merged with itself."
    assert _state(office) == before


def test_merge_with_an_unknown_customer_is_not_found(office, admin, twins):
    keep, _drop = twins
    before = _state(office)
    with pytest.raises(NotFound):
        office.customers.merge(admin, keep.id, 99999)
    assert _state(office) == before


@pytest.mark.parametrize("role", ["clerk", "viewer"])
def test_clerk_and_viewer_cannot_merge(office, admin, twins, make_user, role):
    keep, drop = twins
    user = make_user(role)
    before = office.customers.count()
    with pytest.raises(PermissionDenied):
        office.customers.merge(user, keep.id, drop.id)
    with pytest.raises(PermissionDenied):
        office.customers.merge_preview(user, keep.id, drop.id)
    assert [e.summary for e in _events(office, "permission.denied")] == ["customer.merge", "customer.merge"]
    assert office.customers.count() == before and office.customers.repo.get(drop.id) is not None
    assert _events(office, "customer.merge") == []


@pytest.mark.parametrize("role", ["archivist", "manager"])
def test_record_keeper_and_manager_may_merge(office, admin, twins, make_user, role):
    keep, drop = twins
    office.customers.merge(make_user(role), keep.id, drop.id)
    assert office.customers.repo.get(drop.id) is None
    assert _events(office, "customer.merge")[0].username == f"{role}1"
