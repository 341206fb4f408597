"""The property desk's rules: buildings and units, move-in and move-out, keys held, folder labels."""
from __future__ import annotations

import datetime as _dt

import pytest
from openpyxl import Workbook

from app.errors import KeDangError, PermissionDenied
from app.property import ArrearsFound, UnitImportError, floor_of, parse_qr, qr_text, unit_key
from app.validation import ValidationError

TODAY = _dt.date.today()


def iso(days: int = 0) -> str:
    return (TODAY + _dt.timedelta(days=days)).isoformat()


def actions(office):
    return [r[0] for r in office.db.query("SELECT action FROM audit_events ORDER BY id")]


@pytest.fixture
def clerk(make_user):
    return make_user("clerk")


@pytest.fixture
def estate(office, clerk):
    b = office.property.save_building(clerk, {"code": "3", "name": "3栋", "floors": 20})
    units = {n: office.property.save_unit(clerk, b.id, {"number": n, "area": "89.5"})
             for n in ("3-2-1201", "3-2-1202", "3-2-301")}
    return b, units


@pytest.fixture
def people(office, clerk):
    return {n: office.customers.create(clerk, {"name": n, "phone": f"1390000{i:04d}"})
            for i, n in enumerate(("张伟", "李娜", "王芳"))}


def readings(water="100", power="2000", day=None):
    return {"water": water, "electricity": power, "read_on": day or iso(-30), "office_signed": "陈前台",
            "customer_signed": "张伟"}


# ------------------------------------------------------------------ numbers
def test_unit_numbers_typed_in_the_usual_ways_are_one_key():
    assert unit_key("3栋2单元1201室") == "3-2-1201"
    assert unit_key("３－２－１２０１") == "3-2-1201"
    assert unit_key("3号楼2单元1201") == "3-2-1201"
    assert unit_key(" 3-2-1201 ") == "3-2-1201"
    assert floor_of("3-2-1201") == 12
    assert floor_of("3-301") == 3
    assert floor_of("B1-023") == -1
    assert parse_qr(qr_text("unit", 12)) == ("unit", 12)
    assert parse_qr("kd-f-7") == ("file", 7)
    assert parse_qr("3-2-1201") is None


def test_units_get_their_building_code_and_floor_and_a_duplicate_is_refused(office, clerk, estate):
    b, units = estate
    u = office.property.save_unit(clerk, b.id, {"number": "2单元502"})
    assert u.number == "3-2-502" and u.floor == 5 and u.status == "vacant"
    assert units["3-2-1201"].area == "89.50"
    before = office.property.units.count()
    with pytest.raises(ValidationError) as exc:
        office.property.save_unit(clerk, b.id, {"number": "3栋2单元1201"})
    assert "3-2-1201" in str(exc.value) and "already exists" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        office.property.save_unit(clerk, b.id, {"number": "3-2-2501"})
    assert "top floor" in str(exc.value)
    with pytest.raises(ValidationError):
        office.property.save_unit(clerk, b.id, {"number": "3-2-901", "area": "-3"})
    assert office.property.units.count() == before
    assert actions(office).count("unit.create") == 4


def test_search_finds_a_unit_by_number_in_every_form_and_by_occupant(office, clerk, estate, people):
    b, units = estate
    office.property.move_in(clerk, units["3-2-1201"].id, people["张伟"].id, "tenant", iso(-30))
    for text in ("3-2-1201", "3栋2单元1201", "1201", "KD-U-%d" % units["3-2-1201"].id, "张伟"):
        found = office.property.find_units(clerk, text)
        assert [u.number for u in found] == ["3-2-1201"], text
    assert {u.number for u in office.property.find_units(clerk, "3-2")} == set(units)


# ------------------------------------------------------------------ occupancy
def test_move_in_move_out_and_a_new_tenant(office, clerk, estate, people):
    _b, units = estate
    unit = units["3-2-1201"]
    occ = office.property.move_in(clerk, unit.id, people["张伟"].id, "tenant", iso(-30),
                                  {"papers": ["registration", "contract"], **readings(), "keys_given": 2,
                                   "keys_held": 1, "key_position": "K-12", "cards": 2})
    assert office.property.get_unit(clerk, unit.id).status == "occupied"
    assert office.customers.get(clerk, people["张伟"].id).unit == "3-2-1201"
    held = office.property.list_keys(clerk, unit_id=unit.id)
    assert [(k.quantity, k.position, k.status) for k in held] == [(1, "K-12", "held")]

    with pytest.raises(KeDangError) as exc:  # occupied: the current tenant must move out first
        office.property.move_in(clerk, unit.id, people["李娜"].id, "tenant", iso(-1))
    assert "张伟" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        office.property.move_out(clerk, occ.id, iso(-40))
    assert "before the move-in date" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        office.property.move_out(clerk, occ.id, iso(-2), readings(water="99", day=iso(-2)))
    assert "lower than at move-in" in str(exc.value)
    assert office.property.get_unit(clerk, unit.id).status == "occupied"

    office.property.move_out(clerk, occ.id, iso(-2), {**readings(water="130.5", power="2300", day=iso(-2)),
                                                      "keys_returned": 2, "cards_returned": 2})
    assert office.property.get_unit(clerk, unit.id).status == "vacant"
    moved = office.customers.get(clerk, people["张伟"].id)
    assert moved.status == "moved_out"
    assert [k.status for k in office.property.list_keys(clerk, unit_id=unit.id)] == ["returned"]

    with pytest.raises(ValidationError) as exc:  # overlapping the last tenancy
        office.property.move_in(clerk, unit.id, people["李娜"].id, "tenant", iso(-10))
    assert "overlaps" in str(exc.value)
    office.property.move_in(clerk, unit.id, people["李娜"].id, "tenant", iso(-1))
    history = office.property.history(clerk, unit.id)
    assert [(h.name, h.occupancy.current) for h in history] == [("李娜", True), ("张伟", False)]
    assert actions(office).count("occupancy.move_in") == 2 and "occupancy.move_out" in actions(office)


def test_owner_and_tenant_may_share_a_unit_but_not_two_tenants(office, clerk, estate, people):
    _b, units = estate
    u = units["3-2-1202"]
    office.property.move_in(clerk, u.id, people["王芳"].id, "owner", iso(-300))
    office.property.move_in(clerk, u.id, people["张伟"].id, "tenant", iso(-20))
    with pytest.raises(KeDangError):
        office.property.move_in(clerk, u.id, people["李娜"].id, "tenant", iso(-5))
    names = [o.name for o in office.property.occupants([u.id])[u.id]]
    assert names == ["张伟", "王芳"]  # the tenant first: the label names who is in the unit now


def test_move_out_warns_of_unpaid_items_until_seen(office, clerk, estate, people):
    _b, units = estate
    occ = office.property.move_in(clerk, units["3-2-301"].id, people["李娜"].id, "tenant", iso(-60))
    office.entries.create(clerk, people["李娜"].id, "payment", {
        "category": "fee", "item": "物业费", "date": iso(-10), "amount": "1280", "status": "unpaid"})
    with pytest.raises(ArrearsFound) as exc:
        office.property.move_out(clerk, occ.id, iso(-1))
    assert "物业费" in str(exc.value) and "1,280.00" in str(exc.value)
    assert office.property.get_unit(clerk, units["3-2-301"].id).status == "occupied"
    office.property.move_out(clerk, occ.id, iso(-1), arrears_seen=True)
    assert office.property.occupancies.get(occ.id).move_out["arrears"]


def test_a_viewer_can_look_but_not_move_anyone_in(office, clerk, estate, people, make_user):
    viewer = make_user("viewer")
    _b, units = estate
    assert office.property.find_units(viewer, "1201")
    with pytest.raises(PermissionDenied):
        office.property.move_in(viewer, units["3-2-1201"].id, people["张伟"].id, "tenant", iso(-1))
    assert office.property.occupancies.count() == 0


# ------------------------------------------------------------------ keys held
def test_keys_are_lent_once_returned_and_overdue_ones_are_due(office, clerk, estate, people):
    _b, units = estate
    k = office.property.register_key(clerk, units["3-2-1201"].id, {"description": "入户门钥匙", "quantity": "2",
                                                                   "position": "K-3", "received_on": iso(-20)})
    office.property.lend_key(clerk, k.id, "维修工老李", "修水管", iso(-5), iso(-3))
    with pytest.raises(KeDangError):
        office.property.lend_key(clerk, k.id, "保洁", "打扫", iso(-1), iso(0))
    due = [d for d in office.due_items(clerk) if d.source == "key"]
    assert len(due) == 1 and due[0].overdue_days == 3 and "维修工老李" in due[0].title
    office.property.return_key(clerk, k.id, iso(-1))
    k = office.property.get_key(clerk, k.id)
    assert k.status == "held" and k.history[0]["back_on"] == iso(-1)
    with pytest.raises(ValidationError) as exc:
        office.property.lend_key(clerk, k.id, "保洁", "打扫", iso(0), iso(-1))
    assert "Due back" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        office.property.lend_key(clerk, k.id, "", "打扫", iso(0), iso(1))
    assert "Lent to" in str(exc.value)
    assert not [d for d in office.due_items(clerk) if d.source == "key"]
    office.property.give_back_key(clerk, k.id, iso(0))
    assert office.property.get_key(clerk, k.id).status == "returned"
    assert [a for a in actions(office) if a.startswith("key.")] == ["key.register", "key.lend", "key.return",
                                                                    "key.give_back"]


# ------------------------------------------------------------------ labels
def test_a_label_no_longer_matching_the_occupant_is_to_reprint(office, clerk, estate, people):
    _b, units = estate
    u = units["3-2-1201"]
    occ = office.property.move_in(clerk, u.id, people["张伟"].id, "tenant", iso(-30))
    states = {s.ref_id: s for s in office.property.label_states(clerk, "unit")}
    assert states[u.id].state == "never" and states[u.id].text == "3-2-1201\n张伟"
    office.property.record_printed(clerk, [states[u.id]])
    assert {s.ref_id: s.state for s in office.property.label_states(clerk, "unit")}[u.id] == "ok"
    office.property.move_out(clerk, occ.id, iso(-2))
    office.property.move_in(clerk, u.id, people["李娜"].id, "tenant", iso(-1))
    assert [(s.number, s.name) for s in office.property.labels_to_reprint(clerk)] == [("3-2-1201", "李娜")]
    assert "label.print" in actions(office)


# ------------------------------------------------------------------ import
def _units_book(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["楼栋", "房号", "楼层", "面积", "用途", "备注"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_units_import_all_or_nothing(office, clerk, tmp_path):
    good = _units_book(tmp_path / "units.xlsx", [["5", "5-1-101", None, 88.5, "住宅", ""],
                                                 ["5", "1-102", 1, "90", "商铺", ""],
                                                 ["P", "B1-001", -1, None, "车位", "地下车库"]])
    assert office.property.import_units(clerk, good) == 3
    codes = {b.code for b in office.property.list_buildings(clerk)}
    assert codes == {"5", "P"}
    bad = _units_book(tmp_path / "bad.xlsx", [["6", "6-1-101", None, "80", "住宅", ""],
                                              ["6", "6-1-101", None, "80", "住宅", ""],
                                              ["6", "6-1-102", None, "abc", "住宅", ""],
                                              ["", "6-1-103", None, "80", "住宅", ""],
                                              ["6", "6-1-104", None, "80", "宿舍", ""]])
    with pytest.raises(UnitImportError) as exc:
        office.property.import_units(clerk, bad)
    rows = [(e[0], e[1]) for e in exc.value.errors]
    assert rows == [(3, "房号"), (4, "面积"), (5, "楼栋"), (6, "用途")]
    assert office.property.units.count() == 3
    assert {b.code for b in office.property.list_buildings(clerk)} == {"5", "P"}


def test_the_dossier_move_out_waits_for_the_property_desk(office, clerk, estate, people):
    _b, units = estate
    office.property.move_in(clerk, units["3-2-1201"].id, people["张伟"].id, "tenant", iso(-30))
    with pytest.raises(KeDangError) as exc:
        office.customers.move_out(clerk, people["张伟"].id, iso(-1))
    assert "still occupies 3-2-1201" in str(exc.value)
    assert office.customers.get(clerk, people["张伟"].id).status == "active"
