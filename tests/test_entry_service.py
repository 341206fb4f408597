"""Dossier entries: validation of every kind, follow-up rules, voiding, due items, roles."""
from __future__ import annotations

import datetime as _dt
import json

import pytest

from app.entries import KINDS, format_fen, parse_money, validate_entry
from app.errors import KeDangError, PermissionDenied
from app.validation import ValidationError
from tests.gui_helpers import events_exactly

TODAY = _dt.date.today()

MINIMAL = {
    "payment": {"category": "deposit", "item": "装修押金", "date": "2026-03-01", "amount": "2000",
                "status": "unpaid"},
    "repair": {"reported": "2026-03-02", "description": "水管漏水", "status": "open"},
    "complaint": {"received": "2026-03-03", "content": "楼上噪音"},
    "visit": {"visit_type": "visit", "planned": "2026-03-04", "method": "on_site"},
    "correspondence": {"direction": "in", "date": "2026-03-05", "subject": "业主来函"},
    "violation": {"category": "arrears", "date": "2026-03-06", "description": "欠缴物业费", "amount": "1200.5",
                  "status": "open"},
    "renovation": {"applied": "2026-03-07", "scope": "厨房改造", "status": "applied"},
    "credit": {"assessed": "2026-03-08", "rating": "fair", "payment_habit": "sometimes_late", "defaults": "2"},
}


def _day(offset: int) -> str:
    return (TODAY + _dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def customer(office, admin):
    office.entries.set_rules(admin, {"customer_created": ""})  # only the rules a test turns on
    return office.customers.create(admin, {"name": "周杰", "phone": "13800005555"})


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_is_stored_with_its_date_summary_and_state(office, admin, customer, kind):
    e = office.entries.create(admin, customer.id, kind, MINIMAL[kind])
    stored = office.entries.get(admin, e.id)
    assert stored.entry_date == MINIMAL[kind][KINDS[kind].main_dates[-1]]
    assert stored.summary
    open_kinds = {"payment", "repair", "complaint", "visit", "violation"}
    assert stored.is_open == (kind in open_kinds)
    assert (stored.due_date is not None) == (kind in open_kinds)
    event = events_exactly(office, "entry.create")[0]
    assert json.loads(event.payload)["after"]["kind"] == kind


def test_money_is_kept_in_fen():
    assert parse_money("1,280.5") == 128050 and parse_money("¥80") == 8000 and parse_money("80元") == 8000
    assert format_fen(128050) == "1,280.50" and format_fen(5) == "0.05"
    assert validate_entry("violation", MINIMAL["violation"])["amount"] == 120050


@pytest.mark.parametrize("kind, change, field, rule", [
    ("payment", {"amount": "-5"}, "Amount (yuan)", "may not be negative"),
    ("payment", {"amount": "1.234"}, "Amount (yuan)", "at most 2 decimal places"),
    ("payment", {"amount": "abc"}, "Amount (yuan)", "is not an amount in yuan"),
    ("payment", {"date": "2026-02-30"}, "Date", "is not a real date"),
    ("payment", {"item": "  "}, "Item", "is required"),
    ("payment", {"status": "paid"}, "Paid on", "is required when the status is Paid"),
    ("payment", {"period_start": "2026-04-01", "period_end": "2026-03-01"}, "Period to", "may not be before Period from"),
    ("repair", {"status": "done"}, "Finished on", "is required when the status is Done"),
    ("repair", {"finished": "2026-03-01"}, "Finished on", "may not be before Reported on"),
    ("complaint", {"closed": "2026-01-01"}, "Closed on", "may not be before Received on"),
    ("visit", {"planned": ""}, "Planned for", "a planned date or the date it was done is required"),
    ("renovation", {"start": "2026-05-01", "end": "2026-04-01"}, "End", "may not be before Start"),
    ("credit", {"defaults": "-1"}, "Defaults", "is a whole number"),
    ("credit", {"rating": "AAA"}, "Rating", "is not one of the allowed values"),
])
def test_bad_input_names_the_field_and_rule_and_stores_nothing(office, admin, customer, kind, change, field, rule):
    with pytest.raises(ValidationError) as info:
        office.entries.create(admin, customer.id, kind, {**MINIMAL[kind], **change})
    assert info.value.field == field and rule in info.value.rule
    assert office.entries.list(admin, customer.id) == []


def test_update_is_audited_with_before_and_after(office, admin, customer):
    e = office.entries.create(admin, customer.id, "payment", MINIMAL["payment"])
    office.entries.update(admin, e.id, {"status": "paid", "paid_date": "2026-03-10", "receipt_no": "SJ001"})
    stored = office.entries.get(admin, e.id)
    assert not stored.is_open and stored.due_date is None and stored.data["receipt_no"] == "SJ001"
    payload = json.loads(events_exactly(office, "entry.update")[0].payload)
    assert payload["before"]["status"] == "unpaid" and payload["after"]["status"] == "paid"


def test_rules_plan_return_visits_once(office, admin, customer):
    office.entries.set_rules(admin, {"repair_finished": "3", "complaint_closed": "3, 30"})
    r = office.entries.create(admin, customer.id, "repair", MINIMAL["repair"])
    office.entries.update(admin, r.id, {"status": "done", "finished": "2026-03-05"})
    office.entries.update(admin, r.id, {"location": "厨房"})  # edited again: no second visit
    c = office.entries.create(admin, customer.id, "complaint", {**MINIMAL["complaint"], "closed": "2026-03-10"})
    visits = [e for e in office.entries.list(admin, customer.id, "visit")]
    planned = sorted((v.follows_id, v.data["planned"]) for v in visits)
    assert planned == sorted([(r.id, "2026-03-08"), (c.id, "2026-03-13"), (c.id, "2026-04-09")])
    assert all(v.data["visit_type"] == "return_visit" and v.is_open for v in visits)


def test_new_customer_rule(office, admin):
    office.entries.set_rules(admin, {"customer_created": "30, 60"})
    c = office.customers.create(admin, {"name": "吴昊", "phone": "13800006666"})
    planned = sorted(v.data["planned"] for v in office.entries.list(admin, c.id, "visit"))
    assert planned == [_day(30), _day(60)]


def test_rules_are_validated_and_only_for_the_administrator(office, admin, make_user):
    with pytest.raises(ValidationError) as info:
        office.entries.set_rules(admin, {"repair_finished": "0"})
    assert info.value.field == "Repair finished"
    with pytest.raises(PermissionDenied):
        office.entries.set_rules(make_user("clerk"), {"repair_finished": "5"})
    assert events_exactly(office, "permission.denied")


def test_void_keeps_the_entry_and_voids_its_planned_visits(office, admin, make_user, customer):
    office.entries.set_rules(admin, {"repair_finished": "3"})
    r = office.entries.create(admin, customer.id, "repair", {**MINIMAL["repair"], "status": "done",
                                                             "finished": "2026-03-03"})
    clerk, keeper = make_user("clerk"), make_user("archivist")
    with pytest.raises(PermissionDenied):
        office.entries.void(clerk, r.id, "错误")
    with pytest.raises(ValidationError):
        office.entries.void(keeper, r.id, " ")
    office.entries.void(keeper, r.id, "登记错误")
    entries = office.entries.list(admin, customer.id)
    assert len(entries) == 2 and all(e.voided for e in entries)
    assert office.entries.get(admin, r.id).void_reason == "登记错误"
    with pytest.raises(KeDangError):
        office.entries.update(admin, r.id, {"location": "x"})


def test_due_items_list_what_is_open_and_due(office, admin, make_user, customer):
    due_payment = office.entries.create(admin, customer.id, "payment", {**MINIMAL["payment"], "due_date": _day(-5)})
    office.entries.create(admin, customer.id, "payment", {**MINIMAL["payment"], "due_date": _day(5)})  # later
    office.entries.create(admin, customer.id, "repair", {**MINIMAL["repair"], "status": "done",
                                                         "finished": "2026-03-04"})  # done
    voided = office.entries.create(admin, customer.id, "complaint", MINIMAL["complaint"])
    office.entries.void(make_user("manager"), voided.id, "重复")
    visit = office.entries.create(admin, customer.id, "visit", {**MINIMAL["visit"], "planned": _day(0)})
    items = office.due_items(admin)
    assert [(i.ref_id, i.tab) for i in items] == [(due_payment.id, "payment"), (visit.id, "visit")]
    assert items[0].overdue_days == 5 and items[1].overdue_days == 0
    assert items[0].customer_code == customer.code


def test_roles_and_closed_dossiers(office, admin, make_user, customer):
    with pytest.raises(PermissionDenied):
        office.entries.create(make_user("viewer"), customer.id, "repair", MINIMAL["repair"])
    office.customers.move_out(admin, customer.id, _day(0))
    with pytest.raises(KeDangError) as info:
        office.entries.create(make_user("clerk"), customer.id, "repair", MINIMAL["repair"])
    assert "closed" in str(info.value)
    office.entries.create(make_user("archivist"), customer.id, "correspondence", MINIMAL["correspondence"])
    assert office.customers.count() == 1  # nothing else touched


def test_lists_sort_in_sql_by_json_fields_and_amounts(office, admin, customer):
    for item, amount in (("乙", "30"), ("甲", "400"), ("丙", "200")):
        office.entries.create(admin, customer.id, "payment", {**MINIMAL["payment"], "item": item, "amount": amount})
    by_amount = [e.amount_fen for e in office.entries.list(admin, customer.id, "payment", sort="amount_fen",
                                                           descending=False)]
    assert by_amount == [3000, 20000, 40000]
    by_item = [e.data["item"] for e in office.entries.list(admin, customer.id, "payment", sort="item",
                                                           descending=False)]
    assert by_item == sorted(by_item)


def test_bulk_create_is_one_transaction_with_one_event(office, admin, customer):
    n = office.entries.bulk_create(admin, [(customer.id, k, MINIMAL[k]) for k in KINDS], source="import")
    assert n == len(KINDS) and len(office.entries.list(admin, customer.id)) == len(KINDS)
    assert len(events_exactly(office, "entry.bulk_create")) == 1
    with pytest.raises(ValidationError) as info:
        office.entries.bulk_create(admin, [(customer.id, "repair", MINIMAL["repair"]),
                                           (customer.id, "payment", {**MINIMAL["payment"], "amount": "-1"})])
    assert "record 2" in str(info.value)
    assert len(office.entries.list(admin, customer.id)) == len(KINDS)
