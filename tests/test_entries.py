"""Dossier entries through EntryService against a real encrypted office database.

What an office would notice: every kind is kept with the right date, summary, open state and due
date; bad input names the field and the rule and stores nothing; changes and voids are audited;
return visits are planned by the rules (once); the "today" list holds what is really due; roles and
closed dossiers are respected; lists are sorted by the database.
"""
from __future__ import annotations

import datetime as _dt
import json

import pytest

from app.entries import DEFAULT_RULES, KINDS
from app.errors import KeDangError, NotFound, PermissionDenied
from app.validation import ValidationError
from tests.gui_helpers import events_exactly

TODAY = _dt.date.today()


def day(offset: int) -> str:
    return (TODAY + _dt.timedelta(days=offset)).isoformat()


def payload(event) -> dict:
    return json.loads(event.payload)


# One valid entry of every kind, as a clerk would type it, and what it must read like.
SAMPLES = {
    "payment": ({"category": "fee", "item": "物业费", "date": "2026-03-01", "amount": "1,280.5", "status": "unpaid",
                 "due_date": "2026-03-15"},
                ("2026-03-01", True, "2026-03-15", 128050, "Fee · 物业费 · ¥1,280.50 · Unpaid")),
    "repair": ({"reported": "2026-03-02", "description": "厨房水管漏水", "status": "in_progress"},
               ("2026-03-02", True, "2026-03-02", None, "厨房水管漏水 · In progress")),
    "complaint": ({"received": "2026-03-03", "content": "楼上夜间噪音"},
                  ("2026-03-03", True, "2026-03-03", None, "楼上夜间噪音 · Open")),
    "visit": ({"visit_type": "visit", "done": "2026-03-04", "method": "on_site", "content": "入户走访"},
              ("2026-03-04", False, None, None, "Visit · On site · 入户走访")),
    "correspondence": ({"direction": "out", "date": "2026-03-05", "subject": "催缴通知"},
                       ("2026-03-05", False, None, None, "Outgoing · 催缴通知")),
    "violation": ({"category": "arrears", "date": "2026-03-06", "description": "欠缴物业费", "amount": "1200",
                   "status": "open"},
                  ("2026-03-06", True, "2026-03-06", 120000, "Arrears · 欠缴物业费 · ¥1,200.00 · Open")),
    "renovation": ({"applied": "2026-03-07", "scope": "厨房改造", "status": "approved"},
                   ("2026-03-07", False, None, None, "厨房改造 · Approved")),
    "credit": ({"assessed": "2026-03-08", "rating": "good", "payment_habit": "on_time", "defaults": "0"},
               ("2026-03-08", False, None, None, "Good · Pays on time")),
}


def fields_of(kind: str, **changes) -> dict:
    return {**SAMPLES[kind][0], **changes}


@pytest.fixture
def quiet(office, admin):
    """No follow-up rules unless a test turns them on (so only the test's own entries exist)."""
    office.entries.set_rules(admin, {"repair_finished": "", "complaint_closed": "", "customer_created": ""})
    return office


@pytest.fixture
def customer(quiet, admin):
    return quiet.customers.create(admin, {"name": "周杰", "phone": "13800005555"})


def stored(office, admin, customer_id, kind=None):
    return office.entries.list(admin, customer_id, kind)


# ------------------------------------------------------------------ every kind
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_is_kept_with_its_date_state_due_date_and_summary(office, admin, customer, kind):
    e = office.entries.create(admin, customer.id, kind, fields_of(kind))
    s = office.entries.get(admin, e.id)
    assert (s.entry_date, s.is_open, s.due_date, s.amount_fen, s.summary) == SAMPLES[kind][1]
    assert (s.customer_id, s.kind, s.voided, s.created_by, s.follows_id) == (customer.id, kind, False, admin.user_id,
                                                                            None)
    event = events_exactly(office, "entry.create")[0]
    assert event.entity_id == str(customer.id) and event.username == admin.username
    assert payload(event)["after"]["entry_id"] == e.id and payload(event)["after"]["kind"] == kind
    assert office.entries.counts(admin, customer.id) == {kind: 1}


def test_stored_values_are_normalised(office, admin, customer):
    e = office.entries.create(admin, customer.id, "payment", fields_of(
        "payment", item="  物业费   三月 ", amount="¥80元", date="2026-3-1", due_date="", note="  第一行\n第二行  "))
    s = office.entries.get(admin, e.id)
    assert s.data["item"] == "物业费 三月" and s.data["amount"] == 8000 and s.amount_fen == 8000
    assert s.data["date"] == "2026-03-01" and s.data["note"] == "第一行\n第二行"
    assert s.due_date == "2026-03-01"  # no due date and no period: due on the day itself


def test_a_payment_falls_due_at_the_end_of_its_period_and_is_closed_once_paid(office, admin, customer):
    e = office.entries.create(admin, customer.id, "payment", fields_of(
        "payment", due_date="", period_start="2026-03-01", period_end="2026-03-31"))
    assert office.entries.get(admin, e.id).due_date == "2026-03-31"
    paid = office.entries.create(admin, customer.id, "payment", fields_of(
        "payment", status="paid", paid_date="2026-03-02"))
    assert not paid.is_open and paid.due_date is None and paid.summary.endswith("Paid")


@pytest.mark.parametrize("kind, key", [(k, f.key) for k, spec in KINDS.items() for f in spec.fields if f.required])
def test_every_required_field_is_required(office, admin, customer, kind, key):
    with pytest.raises(ValidationError) as info:
        office.entries.create(admin, customer.id, kind, fields_of(kind, **{key: " "}))
    assert str(info.value) == f"{KINDS[kind].field(key).title()}: is required"
    assert info.value.key == key
    assert stored(office, admin, customer.id) == []


# ------------------------------------------------------------------ bad input
@pytest.mark.parametrize("kind, change, message, key", [
    ("payment", {"amount": "-5"}, "Amount (yuan): may not be negative", "amount"),
    ("payment", {"amount": "12.345"}, "Amount (yuan): has at most 2 decimal places (fen)", "amount"),
    ("payment", {"amount": "八十"}, "Amount (yuan): is not an amount in yuan such as 1280.50", "amount"),
    ("payment", {"date": "2026-02-30"}, "Date: is not a real date in the form YYYY-MM-DD", "date"),
    ("renovation", {"start": "2026-05-01", "end": "2026-04-30"}, "End: may not be before Start", "end"),
    ("payment", {"period_start": "2026-04-01", "period_end": "2026-03-31"}, "Period to: may not be before Period from",
     "period_end"),
    ("payment", {"item": ""}, "Item: is required", "item"),
    ("payment", {"status": "paid"}, "Paid on: is required when the status is Paid", "paid_date"),
    ("payment", {"status": "refunded"}, "Paid on: is required when the status is Refunded", "paid_date"),
    ("repair", {"status": "done"}, "Finished on: is required when the status is Done", "finished"),
    ("violation", {"status": "resolved"}, "Resolved on: is required when the status is Resolved", "resolved"),
    ("visit", {"done": "", "planned": ""}, "Planned for: a planned date or the date it was done is required",
     "planned"),
    ("credit", {"defaults": "1.5"}, "Defaults: is a whole number from 0 to 999999", "defaults"),
    ("credit", {"rating": "AAA"}, "Rating: is not one of the allowed values", "rating"),
    ("correspondence", {"subject": "函" * 201}, "Subject: at most 200 characters", "subject"),
])
def test_bad_input_names_the_field_and_the_rule_and_stores_nothing(office, admin, customer, kind, change, message,
                                                                   key):
    with pytest.raises(ValidationError) as info:
        office.entries.create(admin, customer.id, kind, fields_of(kind, **change))
    assert str(info.value) == message and info.value.key == key
    assert stored(office, admin, customer.id) == []
    assert events_exactly(office, "entry.create") == []


def test_an_unknown_kind_is_refused(office, admin, customer):
    with pytest.raises(ValidationError):
        office.entries.create(admin, customer.id, "loan", {"date": "2026-03-01"})
    assert stored(office, admin, customer.id) == []


# ------------------------------------------------------------------ changing
def test_update_keeps_before_and_after_in_the_audit_log(office, admin, make_user, customer):
    clerk = make_user("clerk")
    e = office.entries.create(admin, customer.id, "payment", fields_of("payment"))
    office.entries.update(clerk, e.id, {"status": "paid", "paid_date": "2026-03-10", "receipt_no": "SJ001"})
    s = office.entries.get(admin, e.id)
    assert (s.is_open, s.due_date, s.data["receipt_no"], s.updated_by) == (False, None, "SJ001", clerk.user_id)
    assert s.summary == "Fee · 物业费 · ¥1,280.50 · Paid"
    assert s.amount_fen == s.data["amount"] == 128050  # the amount is not typed again: it stays as it was
    event = events_exactly(office, "entry.update")[0]
    assert event.username == clerk.username
    assert payload(event)["before"] == {"status": "unpaid", "paid_date": "", "receipt_no": ""}
    assert payload(event)["after"] == {"status": "paid", "paid_date": "2026-03-10", "receipt_no": "SJ001"}
    assert payload(event)["entry_id"] == e.id


def test_an_update_that_changes_nothing_is_not_recorded(office, admin, customer):
    e = office.entries.create(admin, customer.id, "repair", fields_of("repair"))
    office.entries.update(admin, e.id, {"description": " 厨房水管漏水 "})
    p = office.entries.create(admin, customer.id, "payment", fields_of("payment"))
    office.entries.update(admin, p.id, {"amount": "1280.50"})
    office.entries.update(admin, p.id, {})
    assert office.entries.get(admin, p.id).amount_fen == 128050
    assert events_exactly(office, "entry.update") == []


def test_a_bad_update_changes_nothing(office, admin, customer):
    e = office.entries.create(admin, customer.id, "payment", fields_of("payment"))
    with pytest.raises(ValidationError) as info:
        office.entries.update(admin, e.id, {"amount": "-1"})
    assert str(info.value) == "Amount (yuan): may not be negative"
    assert office.entries.get(admin, e.id).amount_fen == 128050
    assert events_exactly(office, "entry.update") == []


def test_a_missing_entry_is_reported_as_such(office, admin, make_user):
    manager = make_user("manager")
    for call in (lambda: office.entries.get(admin, 999), lambda: office.entries.update(admin, 999, {}),
                 lambda: office.entries.void(manager, 999, "x")):
        with pytest.raises(NotFound) as info:
            call()
        assert str(info.value) == "No such dossier entry."


# ------------------------------------------------------------------ voiding
def test_void_keeps_the_entry_with_the_reason_and_voids_its_open_return_visits(office, admin, make_user, customer):
    office.entries.set_rules(admin, {"complaint_closed": "3, 30"})
    c = office.entries.create(admin, customer.id, "complaint", fields_of("complaint", closed="2026-03-05"))
    first, second = sorted(office.entries.list(admin, customer.id, "visit"), key=lambda v: v.data["planned"])
    office.entries.update(admin, first.id, {"done": "2026-03-08"})  # that one was made: it stays
    keeper = make_user("archivist")
    office.entries.void(keeper, c.id, "  登记错误，  重复 ")
    s = office.entries.get(admin, c.id)
    assert (s.voided, s.void_reason, s.voided_by) == (True, "登记错误， 重复", keeper.user_id) and s.voided_at
    assert s.data["content"] == "楼上夜间噪音"  # the entry itself is kept
    assert not office.entries.get(admin, first.id).voided
    second = office.entries.get(admin, second.id)
    assert second.voided and second.void_reason == f"Voided with entry {c.id}: 登记错误， 重复"
    assert len(stored(office, admin, customer.id)) == 3 and office.entries.counts(admin, customer.id) == {
        "complaint": 1, "visit": 2}
    event = events_exactly(office, "entry.void")[0]
    assert event.username == keeper.username
    assert payload(event)["reason"] == "登记错误， 重复" and payload(event)["also_voided"] == [second.id]


def test_a_void_needs_a_reason_and_happens_once(office, admin, make_user, customer):
    manager = make_user("manager")
    e = office.entries.create(admin, customer.id, "correspondence", fields_of("correspondence"))
    with pytest.raises(ValidationError) as info:
        office.entries.void(manager, e.id, "   ")
    assert str(info.value) == "Reason: is required"
    assert not office.entries.get(admin, e.id).voided
    office.entries.void(manager, e.id, "寄错了")
    with pytest.raises(KeDangError) as info:
        office.entries.void(manager, e.id, "再次作废")
    assert str(info.value) == "The entry is already void."
    with pytest.raises(KeDangError) as info:
        office.entries.update(admin, e.id, {"subject": "改"})
    assert str(info.value) == "A voided entry cannot be changed."
    assert office.entries.get(admin, e.id).void_reason == "寄错了"
    assert len(events_exactly(office, "entry.void")) == 1


# ------------------------------------------------------------------ follow-up rules
def test_the_default_rules(office):
    assert office.entries.rules() == DEFAULT_RULES == {"repair_finished": [3], "complaint_closed": [3, 30],
                                                       "customer_created": [30, 60]}


def test_a_finished_repair_plans_a_return_visit_three_days_later_once(office, admin, customer):
    office.entries.set_rules(admin, {"repair_finished": "3"})
    r = office.entries.create(admin, customer.id, "repair", fields_of("repair"))
    assert office.entries.list(admin, customer.id, "visit") == []  # not finished yet
    office.entries.update(admin, r.id, {"status": "done", "finished": "2026-03-05"})
    office.entries.update(admin, r.id, {"location": "厨房"})                    # edited again
    office.entries.update(admin, r.id, {"status": "in_progress", "finished": ""})  # reopened ...
    office.entries.update(admin, r.id, {"status": "done", "finished": "2026-03-09"})  # ... and done again
    [visit] = office.entries.list(admin, customer.id, "visit")
    assert (visit.follows_id, visit.data["planned"], visit.data["visit_type"], visit.data["method"]) == (
        r.id, "2026-03-08", "return_visit", "phone")
    assert visit.is_open and visit.due_date == "2026-03-08" and visit.data["rule_days"] == 3
    assert visit.data["content"] == "3 days after: Repair finished"
    update = [e for e in events_exactly(office, "entry.update") if payload(e)["planned_visits"]]
    assert [payload(e)["planned_visits"] for e in update] == [[visit.id]]


def test_a_repair_entered_as_done_plans_its_visit_at_once(office, admin, customer):
    office.entries.set_rules(admin, {"repair_finished": "3"})
    r = office.entries.create(admin, customer.id, "repair", fields_of("repair", status="done", finished="2026-03-30"))
    [visit] = office.entries.list(admin, customer.id, "visit")
    assert (visit.follows_id, visit.data["planned"]) == (r.id, "2026-04-02")
    assert payload(events_exactly(office, "entry.create")[0])["planned_visits"] == [visit.id]


def test_a_closed_complaint_plans_visits_after_3_and_30_days(office, admin, customer):
    office.entries.set_rules(admin, {"complaint_closed": "3, 30"})
    c = office.entries.create(admin, customer.id, "complaint", fields_of("complaint"))
    office.entries.update(admin, c.id, {"result": "已协调", "closed": "2026-03-10"})
    office.entries.update(admin, c.id, {"feedback": "业主满意"})
    planned = sorted((v.follows_id, v.data["planned"]) for v in office.entries.list(admin, customer.id, "visit"))
    assert planned == [(c.id, "2026-03-13"), (c.id, "2026-04-09")]


def test_a_new_customer_gets_visits_after_30_and_60_days_with_the_default_rules(office, admin):
    c = office.customers.create(admin, {"name": "吴昊", "phone": "13800006666"})
    visits = office.entries.list(admin, c.id, "visit", sort="entry_date", descending=False)
    assert [(v.data["planned"], v.follows_id, v.is_open) for v in visits] == [(day(30), None, True),
                                                                              (day(60), None, True)]
    assert payload(events_exactly(office, "customer.create")[0])["planned_visits"] == [v.id for v in visits]


def test_changed_rules_are_used(office, admin, customer):
    clean = office.entries.set_rules(admin, {"repair_finished": "7，14 7", "complaint_closed": [5]})
    assert clean == {"repair_finished": [7, 14], "complaint_closed": [5], "customer_created": []}
    assert office.entries.rules() == clean
    event = events_exactly(office, "settings.followup_rules")[0]
    assert payload(event)["after"] == clean
    r = office.entries.create(admin, customer.id, "repair", fields_of("repair", status="done", finished="2026-03-10"))
    assert sorted(v.data["planned"] for v in office.entries.list(admin, customer.id, "visit")) == [
        "2026-03-17", "2026-03-24"]
    assert r.id


@pytest.mark.parametrize("days", ["0", "3651", "三", "-3", "2.5"])
def test_rules_are_whole_days_from_1_to_3650(office, admin, days):
    before = office.entries.rules()
    with pytest.raises(ValidationError) as info:
        office.entries.set_rules(admin, {"complaint_closed": f"3, {days}"})
    assert str(info.value) == "Complaint closed: days are whole numbers from 1 to 3650"
    assert office.entries.rules() == before


def test_only_the_administrator_sets_the_rules(office, admin, make_user):
    before = office.entries.rules()
    for role in ("clerk", "manager", "archivist"):
        with pytest.raises(PermissionDenied):
            office.entries.set_rules(make_user(role), {"repair_finished": "5"})
    assert office.entries.rules() == before
    denied = events_exactly(office, "permission.denied")
    assert {(e.username, payload(e)["permission"]) for e in denied} >= {("clerk1", "settings.manage"),
                                                                        ("manager1", "settings.manage")}


# ------------------------------------------------------------------ what is due
def test_due_items_are_the_open_entries_due_by_today_soonest_first(office, admin, make_user, customer):
    add = lambda kind, **kw: office.entries.create(admin, customer.id, kind, fields_of(kind, **kw))  # noqa: E731
    overdue = add("payment", date=day(-20), due_date=day(-5))
    add("payment", date=day(-20), due_date=day(5))                                    # not due yet
    add("payment", date=day(-20), due_date=day(-5), status="paid", paid_date=day(-6))  # paid
    repair = add("repair", reported=day(-3))
    add("repair", reported=day(-3), status="done", finished=day(-1))                  # done
    complaint = add("complaint", received=day(-2))
    add("complaint", received=day(-2), closed=day(-1))                                # closed
    visit = add("visit", done="", planned=day(0))
    add("visit", done="", planned=day(1))                                             # tomorrow
    add("visit", planned=day(-1), done=day(-1))                                       # made
    add("correspondence", date=day(-9))                                               # never due
    voided = add("payment", date=day(-20), due_date=day(-8))
    office.entries.void(make_user("archivist"), voided.id, "重复")

    items = office.entries.due_items(admin, today=TODAY)
    assert [(i.ref_id, i.kind, i.tab, i.due_date, i.overdue_days) for i in items] == [
        (overdue.id, "payment", "payment", day(-5), 5),
        (repair.id, "repair", "repair", day(-3), 3),
        (complaint.id, "complaint", "complaint", day(-2), 2),
        (visit.id, "visit", "visit", day(0), 0),
    ]
    assert {(i.customer_id, i.customer_code, i.customer_name, i.source) for i in items} == {
        (customer.id, customer.code, "周杰", "entry")}
    assert items[0].title == overdue.summary
    assert office.entries.count_due(admin, TODAY) == 4
    # a day later the visit planned for tomorrow is due as well, a day overdue each
    later = office.entries.due_items(admin, today=TODAY + _dt.timedelta(days=1))
    assert len(later) == 5 and later[0].overdue_days == 6


def test_due_items_keep_moved_out_customers_but_not_destroyed_records(office, admin, make_user):
    office.entries.set_rules(admin, {"customer_created": ""})
    moved = office.customers.create(admin, {"name": "郑和", "phone": "13800007777"})
    gone = office.customers.create(admin, {"name": "冯宁", "phone": "13800008888"})
    arrears = office.entries.create(admin, moved.id, "violation", fields_of("violation", date=day(-1)))
    office.entries.create(admin, gone.id, "violation", fields_of("violation", date=day(-1)))
    office.customers.move_out(admin, moved.id, day(0))
    # there is no service to destroy a record yet: the status is what counts
    with office.db.transaction():
        office.db.execute("UPDATE customers SET status = 'destroyed' WHERE id = ?", (gone.id,))
    items = office.entries.due_items(make_user("viewer"), today=TODAY)
    assert [(i.ref_id, i.customer_id) for i in items] == [(arrears.id, moved.id)]
    assert office.entries.count_due(admin, TODAY) == 1


def test_planned_return_visits_name_what_they_follow(office, admin, customer):
    office.entries.set_rules(admin, {"repair_finished": "3"})
    r = office.entries.create(admin, customer.id, "repair", fields_of("repair", status="done", finished=day(-3)))
    [item] = office.entries.due_items(admin, today=TODAY)
    assert (item.kind, item.due_date, item.extra["follows_id"]) == ("visit", day(0), r.id)


# ------------------------------------------------------------------ roles and closed dossiers
def test_a_viewer_reads_but_cannot_add_change_or_void(office, admin, make_user, customer):
    viewer = make_user("viewer")
    e = office.entries.create(admin, customer.id, "repair", fields_of("repair"))
    assert [x.id for x in office.entries.list(viewer, customer.id)] == [e.id]
    for call in (lambda: office.entries.create(viewer, customer.id, "repair", fields_of("repair")),
                 lambda: office.entries.update(viewer, e.id, {"location": "阳台"}),
                 lambda: office.entries.void(viewer, e.id, "错")):
        with pytest.raises(PermissionDenied) as info:
            call()
        assert "Viewer" in str(info.value)
    assert [x.id for x in office.entries.list(admin, customer.id)] == [e.id]
    assert office.entries.get(admin, e.id).data.get("location") == "" and not office.entries.get(admin, e.id).voided
    denied = events_exactly(office, "permission.denied")
    assert [payload(d)["permission"] for d in reversed(denied)] == ["entry.write", "entry.write", "entry.void"]
    assert all(d.username == "viewer1" for d in denied)


def test_a_clerk_cannot_void_a_record_keeper_and_a_manager_can(office, admin, make_user, customer):
    clerk = make_user("clerk")
    a = office.entries.create(clerk, customer.id, "payment", fields_of("payment"))
    b = office.entries.create(clerk, customer.id, "payment", fields_of("payment", item="水费"))
    with pytest.raises(PermissionDenied):
        office.entries.void(clerk, a.id, "录错")
    with pytest.raises(PermissionDenied):
        office.entries.void(admin, a.id, "录错")  # the administrator manages the system, not the files
    assert not office.entries.get(admin, a.id).voided
    office.entries.void(make_user("archivist"), a.id, "录错")
    office.entries.void(make_user("manager"), b.id, "录错")
    assert all(e.voided for e in office.entries.list(admin, customer.id))


def test_a_moved_out_customers_dossier_is_closed_to_clerks_not_to_record_keepers(office, admin, make_user, customer):
    clerk, keeper = make_user("clerk"), make_user("archivist")
    e = office.entries.create(clerk, customer.id, "payment", fields_of("payment"))
    office.customers.move_out(admin, customer.id, day(0))
    message = (f"The dossier of {customer.code} is closed (Moved out): only a record keeper or a manager may "
               "change it.")
    for call in (lambda: office.entries.create(clerk, customer.id, "repair", fields_of("repair")),
                 lambda: office.entries.update(clerk, e.id, {"receipt_no": "SJ9"}),
                 lambda: office.entries.bulk_create(clerk, [(customer.id, "repair", fields_of("repair"))])):
        with pytest.raises(KeDangError) as info:
            call()
        assert str(info.value) == message
    assert [x.id for x in office.entries.list(clerk, customer.id)] == [e.id]  # still readable
    added = office.entries.create(keeper, customer.id, "correspondence", fields_of("correspondence"))
    office.entries.update(keeper, e.id, {"status": "paid", "paid_date": day(0)})
    office.entries.void(keeper, added.id, "寄错了")
    assert office.entries.get(admin, e.id).data["status"] == "paid"


# ------------------------------------------------------------------ many at once
def test_bulk_create_adds_all_in_one_audited_step_without_planning_visits(office, admin, customer):
    office.entries.set_rules(admin, {"repair_finished": "3"})
    other = office.customers.create(admin, {"name": "吴昊", "phone": "13800006666"})
    items = [(customer.id, k, fields_of(k)) for k in KINDS] + [
        (other.id, "repair", fields_of("repair", status="done", finished="2026-03-04"))]
    assert office.entries.bulk_create(admin, items, source="导入 2026") == len(KINDS) + 1
    assert office.entries.counts(admin, customer.id) == {k: 1 for k in KINDS}
    assert office.entries.counts(admin, other.id) == {"repair": 1}  # no return visit for bulk entries
    [event] = events_exactly(office, "entry.bulk_create")
    assert (event.summary, payload(event)["count"], payload(event)["customers"]) == ("导入 2026", len(KINDS) + 1, 2)
    summaries = {e.kind: e.summary for e in office.entries.list(admin, customer.id)}
    assert summaries == {k: SAMPLES[k][1][4] for k in KINDS}


def test_bulk_create_names_the_bad_record_and_stores_none(office, admin, make_user, customer):
    items = [(customer.id, "repair", fields_of("repair")),
             (customer.id, "payment", fields_of("payment", amount="-1"))]
    with pytest.raises(ValidationError) as info:
        office.entries.bulk_create(admin, items)
    assert str(info.value) == "Amount (yuan): record 2: may not be negative"
    assert stored(office, admin, customer.id) == []
    with pytest.raises(PermissionDenied):
        office.entries.bulk_create(make_user("viewer"), items[:1])
    assert stored(office, admin, customer.id) == [] and events_exactly(office, "entry.bulk_create") == []


# ------------------------------------------------------------------ sorted by the database
def test_lists_are_newest_first_by_default(office, admin, customer):
    ids = [office.entries.create(admin, customer.id, "correspondence", fields_of("correspondence", date=d)).id
           for d in ("2026-02-01", "2026-04-01", "2026-03-01", "2026-04-01")]
    assert [e.id for e in office.entries.list(admin, customer.id, "correspondence")] == [ids[3], ids[1], ids[2],
                                                                                         ids[0]]
    office.entries.create(admin, customer.id, "credit", fields_of("credit", assessed="2026-03-15"))
    timeline = office.entries.list(admin, customer.id)  # all kinds
    assert [e.entry_date for e in timeline] == ["2026-04-01", "2026-04-01", "2026-03-15", "2026-03-01", "2026-02-01"]


def test_lists_sort_by_amount_and_by_the_kinds_own_fields(office, admin, customer):
    for item, amount, receipt in (("水费", "30", "B-2"), ("物业费", "400", "A-9"), ("停车费", "200", ""),
                                  ("电费", "1000", "C-1")):
        office.entries.create(admin, customer.id, "payment", fields_of("payment", item=item, amount=amount,
                                                                       receipt_no=receipt))
    listed = lambda sort, desc: office.entries.list(admin, customer.id, "payment", sort=sort, descending=desc)  # noqa
    assert [e.amount_fen for e in listed("amount_fen", False)] == [3000, 20000, 40000, 100000]  # not "1000" < "200"
    assert [e.amount_fen for e in listed("amount_fen", True)] == [100000, 40000, 20000, 3000]
    assert [e.data["receipt_no"] for e in listed("receipt_no", False)] == ["", "A-9", "B-2", "C-1"]
    assert [e.data["receipt_no"] for e in listed("receipt_no", True)] == ["C-1", "B-2", "A-9", ""]


def test_whole_numbers_sort_as_numbers(office, admin, customer):
    for n in ("9", "10", "0", "100"):
        office.entries.create(admin, customer.id, "credit", fields_of("credit", defaults=n))
    assert [e.data["defaults"] for e in office.entries.list(admin, customer.id, "credit", sort="defaults",
                                                            descending=False)] == [0, 9, 10, 100]


def test_an_odd_sort_key_cannot_reach_the_sql(office, admin, customer):
    office.entries.create(admin, customer.id, "repair", fields_of("repair"))
    rows = office.entries.list(admin, customer.id, "repair", sort="status') ; DROP TABLE entries; --")
    assert len(rows) == 1 and len(office.entries.list(admin, customer.id)) == 1
