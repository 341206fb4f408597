"""Tests of app/demo_archive.py: the demo office's archive room, filled through the services as a
record keeper and a manager would, and consistent as a user would check it."""
from __future__ import annotations

import datetime as dt
import json
import re
import time

import pytest

from app.archive import parse_number, working_days_between
from app.demo import fill_demo
from app.demo_archive import fill_archive_demo
from app.demo_data import generate_customers
from app.models.records import ARCHIVE_CATEGORIES, LOAN_STATUSES
from app.office import create_office
from tests.conftest import PASSWORD

TODAY = dt.date.today()
COUNTS = {"files": 25, "certificates": 20, "handovers": 27, "loans": 11, "stocktakes": 1}
DEPARTMENTS = {"信贷部", "风控部", "法务部", "财务部"}
CERT_KINDS = {"property", "other_rights", "chattel_mortgage", "equity_pledge"}


def add_customers(office, admin, n=40, seed=5):
    return office.customers.bulk_create(admin, list(generate_customers(n, seed=seed)), action="customer.bulk_create",
                                        source="demo")


@pytest.fixture
def filled(office, admin):
    add_customers(office, admin)
    start = time.perf_counter()
    counts = fill_archive_demo(office, admin, seed=5, today=TODAY)
    office.fill_seconds = time.perf_counter() - start
    office.counts = counts
    return office


def actions(office, username=None):
    sql = "SELECT action, username FROM audit_events ORDER BY id"
    return [a for a, u in office.db.query(sql) if username is None or u == username]


def snapshot(office):
    return {
        "files": office.db.query(
            "SELECT a.archive_no, c.code, a.title, a.category, a.items, a.extras, a.cabinet, a.shelf, a.box,"
            " a.status, a.status_note, a.registered_on, a.note FROM archive_files a"
            " JOIN customers c ON c.id = a.customer_id ORDER BY a.id"),
        "certificates": office.db.query(
            "SELECT cert_no, kind, name, holder, quantity, safe_no, position, received_on, status, status_note"
            " FROM certificates ORDER BY id"),
        "handovers": office.db.query(
            "SELECT handover_no, purpose, from_name, reviewer_name, receiver_name, handed_on, reviewed_on,"
            " received_on, review_late_reason, receive_late_reason, items, status FROM handovers ORDER BY id"),
        "loans": office.db.query(
            "SELECT loan_no, item_type, borrower, position, department, purpose, requested_on, due_date, status,"
            " lent_on, returned_on, complete, missing, return_note, renewals FROM loans ORDER BY id"),
        "stocktakes": office.db.query("SELECT taken_on, taken_by, witness, status, lines, note FROM stocktakes"),
    }


# ------------------------------------------------------------------ what is there
def test_counts_and_speed(filled):
    assert filled.counts == COUNTS
    assert filled.fill_seconds < 2.0


def test_files_over_two_years_in_every_category_with_items_and_places(filled, admin):
    files = filled.archive.list_files(admin)
    assert len(files) == 25
    assert {f.category for f in files} == set(ARCHIVE_CATEGORIES)
    dates = sorted(f.registered_on for f in files)
    assert dates[0] >= (TODAY - dt.timedelta(days=731)).isoformat() and dates[-1] <= TODAY.isoformat()
    assert dates[0] < (TODAY - dt.timedelta(days=600)).isoformat()
    for f in files:
        assert f.items and all(it["pages"] >= 1 for it in f.items)
        assert re.fullmatch(r"[AB]-\d-\d\d", f.location), f.location
        assert f.customer_id and f.title.startswith(filled.customers.get(admin, f.customer_id).name)
    names = {it["name"] for f in files for it in f.items}
    assert {"借款合同", "放款凭证", "贷前调查报告", "贷款审批表"} <= names
    assert names & {"身份证复印件", "营业执照复印件"}
    assert sum(1 for f in files if f.extras) >= 3
    assert len({f.customer_id for f in files}) >= 10
    # most arrived through an intake handover, the oldest were entered before the program was used
    via = [f for f in files if f.handover_id]
    assert len(via) == 22 and all(filled.handovers.get(admin, f.handover_id).purpose == "intake" for f in via)


def test_numbers_follow_the_pattern_without_gaps(filled, admin):
    pattern = filled.archive.settings().number_pattern
    seqs = [parse_number(pattern, f.archive_no) for f in filled.archive.list_files(admin)]
    assert seqs == list(range(1, 26))
    assert filled.archive.gaps() == []
    assert filled.archive.next_number() == "鸿借字第026号"
    # numbers were given in the order the files were registered
    by_seq = sorted(filled.archive.list_files(admin), key=lambda f: f.seq)
    assert [f.registered_on for f in by_seq] == sorted(f.registered_on for f in by_seq)


def test_certificates_share_their_files_number_and_sit_in_the_safe(filled, admin):
    certs = filled.archive.list_certificates(admin)
    assert len(certs) == 20 and {c.kind for c in certs} == CERT_KINDS
    numbers = filled.archive.archive_numbers(c.archive_file_id for c in certs)
    for c in certs:
        f = filled.archive.get_file(admin, c.archive_file_id)
        assert numbers[c.archive_file_id] == f.archive_no and c.customer_id == f.customer_id
        assert c.received_on >= f.registered_on and c.handover_id
    in_safe = [c for c in certs if c.status == "in_safe"]
    assert len(in_safe) >= 15
    for c in in_safe + [c for c in certs if c.status == "on_loan"]:
        assert c.safe_no in ("1", "2") and re.fullmatch(r"[上中下]层第\d格", c.position), (c.safe_no, c.position)
    assert any(c.cert_no.endswith("号") and "不动产权第" in c.cert_no for c in certs)
    assert any("不动产证明第" in c.cert_no for c in certs)
    (returned,) = [c for c in certs if c.status == "returned"]
    (cancelled,) = [c for c in certs if c.status == "cancelled"]
    assert "抵押已解除" in cancelled.status_note
    back = [h for h in filled.handovers.list(admin, purpose="return")]
    assert len(back) == 1 and back[0].status == "done" and back[0].items[0]["ref_id"] == returned.id
    assert returned.status_note == back[0].handover_no
    assert back[0].receiver_name == filled.customers.get(admin, returned.customer_id).name


def test_loans_in_every_state(filled, admin):
    loans = filled.loans.list(admin)
    assert len(loans) == 11
    assert {l.status for l in loans} == set(LOAN_STATUSES)
    assert {l.department for l in loans} >= DEPARTMENTS
    assert {"贷后检查", "诉讼", "审计", "抵押变更"} <= {l.purpose for l in loans}
    assert {l.item_type for l in loans} == {"file", "certificate"}
    # each loan holds its own item, and the item's status follows the loan
    assert len({(l.item_type, l.item_id) for l in loans}) == len(loans)
    for l in loans:
        assert l.requested_on <= TODAY.isoformat()
        if l.status == "out":
            rec = (filled.archive.get_file if l.item_type == "file" else filled.archive.get_certificate)(admin, l.item_id)
            assert rec.status == "on_loan"
            assert l.requested_on <= l.lent_on <= TODAY.isoformat()

    overdue = filled.loans.overdue(admin)
    assert len(overdue) == 2
    assert all(l.lent_on < (TODAY - dt.timedelta(days=21)).isoformat() for l in overdue)
    due = [i for i in filled.due_items(admin) if i.source == "loan"]
    assert {i.ref_id for i in due} == {l.id for l in overdue} and all(i.overdue_days > 0 for i in due)
    out_not_due = [l for l in loans if l.status == "out" and l not in overdue]
    assert len(out_not_due) == 2

    (renewed,) = [l for l in loans if l.renewals]
    assert renewed.status == "out" and renewed.due_date > TODAY.isoformat()
    assert renewed.renewals[0]["on"] < renewed.renewals[0]["from"] < TODAY.isoformat()   # renewed before it fell due
    assert renewed.renewals[0]["to"] == renewed.due_date

    (missing,) = [l for l in loans if l.status == "returned" and l.complete is False]
    f = filled.archive.get_file(admin, missing.item_id)
    assert len(missing.missing) == 1 and missing.missing[0] in [it["name"] for it in f.items]
    assert missing.return_note and f.status == "in_store" and missing.missing[0] in f.status_note

    (chairman,) = [l for l in loans if l.position == "董事长"]
    assert chairman.approved_by is None and chairman.approver_name == chairman.borrower
    assert chairman.status == "returned" and chairman.complete is True

    (rejected,) = [l for l in loans if l.status == "rejected"]
    assert rejected.decision_note and rejected.approver_name == "孙经理"


def test_handovers_done_late_with_reasons_and_two_open(filled, admin):
    handovers = filled.handovers.list(admin)
    assert len(handovers) == 27
    assert all(h.handed_on <= (h.reviewed_on or h.handed_on) <= (h.received_on or h.reviewed_on or h.handed_on)
               <= TODAY.isoformat() for h in handovers)
    s = filled.archive.settings()
    for h in handovers:
        if h.reviewed_on:
            late = working_days_between(h.handed_on, h.reviewed_on) > s.review_days
            assert bool(h.review_late_reason) == late, h.handover_no
        if h.received_on:
            late = working_days_between(h.reviewed_on, h.received_on) > s.receive_days
            assert bool(h.receive_late_reason) == late, h.handover_no
    reasons = [h.review_late_reason or h.receive_late_reason for h in handovers if filled.handovers.late(h)]
    assert len(reasons) >= 3 and any("出差" in r for r in reasons) and any("补签" in r for r in reasons)

    opened = filled.handovers.list(admin, status="open")
    assert len(opened) == 2
    awaiting_review = [h for h in opened if not h.reviewed_on]
    awaiting_receipt = [h for h in opened if h.reviewed_on]
    assert len(awaiting_review) == 1 and len(awaiting_receipt) == 1
    due = [i for i in filled.due_items(admin) if i.source == "handover"]
    assert [i.ref_id for i in due] == [awaiting_receipt[0].id]
    # the certificates of the open intake are not registered yet
    listed = {i["number"] for i in awaiting_receipt[0].items if i["type"] == "certificate"}
    assert listed and not listed & {c.cert_no for c in filled.archive.list_certificates(admin)}
    # certificates filed weeks after their file, under its number
    later = [h for h in handovers if h.purpose == "intake" and "file_id" in h.payload]
    assert len(later) == 2 and all(h.status == "done" for h in later)


def test_the_stocktake_of_a_month_ago_lists_what_was_in_the_safe_that_day(filled, admin):
    (st,) = filled.stocktakes.list(admin)
    assert st.status == "done" and st.taken_by == "钱档案" and st.witness == "孙经理"
    assert 28 <= (TODAY - dt.date.fromisoformat(st.taken_on)).days <= 32
    not_found = [ln for ln in st.lines if not ln["found"]]
    assert len(not_found) == 1 and not_found[0]["note"]
    on_day = st.taken_on
    out_that_day = {l.item_id for l in filled.loans.list(admin, item_type="certificate")
                    if l.lent_on and l.lent_on <= on_day and (l.returned_on is None or l.returned_on > on_day)}
    back = filled.handovers.list(admin, purpose="return")[0].received_on
    expected = {c.id for c in filled.archive.list_certificates(admin)
                if c.received_on <= on_day and c.id not in out_that_day
                and not (c.status in ("returned", "cancelled") and back <= on_day)}
    assert {ln["certificate_id"] for ln in st.lines} == expected and len(expected) >= 10
    for ln in st.lines:
        c = filled.archive.get_certificate(admin, ln["certificate_id"])
        assert ln["archive_no"] == filled.archive.get_file(admin, c.archive_file_id).archive_no


def test_done_by_a_record_keeper_and_a_manager_and_audited(filled, admin):
    users = {u.username: u for u in filled.auth.list_users(admin)}
    assert users["demo_keeper"].role == "archivist" and users["demo_keeper"].display_name == "钱档案"
    assert users["demo_manager"].role == "manager" and users["demo_manager"].display_name == "孙经理"
    keeper = actions(filled, "demo_keeper")
    for action in ("archive_file.register", "certificate.register", "handover.create", "handover.review",
                   "handover.receive", "certificate.return", "certificate.cancel", "loan.request", "loan.lend",
                   "loan.renew", "loan.return", "loan.withdraw", "stocktake.start", "stocktake.finish"):
        assert action in keeper, action
    assert set(actions(filled, "demo_manager")) == {"login", "loan.approve", "loan.reject"}
    assert not [a for a in actions(filled, "admin") if a.startswith(("archive", "certificate", "handover", "loan"))]
    assert "permission.denied" not in actions(filled)
    assert filled.audit.verify(admin)[0]
    # the demo accounts' passwords are nowhere in the log
    payloads = " ".join(p for (p,) in filled.db.query("SELECT payload FROM audit_events WHERE action LIKE 'user.%'"))
    assert "password" not in payloads.lower()


def test_same_seed_same_archive_other_seed_another(filled, admin, tmp_path):
    other = create_office(tmp_path / "b" / "office.kdb", company="鸿运物业", admin_username="admin",
                          admin_display_name="王管理", admin_password=PASSWORD)
    try:
        add_customers(other.office, other.admin)
        assert fill_archive_demo(other.office, other.admin, seed=5, today=TODAY) == COUNTS
        assert snapshot(other.office) == snapshot(filled)
    finally:
        other.office.close()
    third = create_office(tmp_path / "c" / "office.kdb", company="鸿运物业", admin_username="admin",
                          admin_display_name="王管理", admin_password=PASSWORD)
    try:
        add_customers(third.office, third.admin)
        assert fill_archive_demo(third.office, third.admin, seed=6, today=TODAY) == COUNTS
        assert snapshot(third.office)["certificates"] != snapshot(filled)["certificates"]
    finally:
        third.office.close()


def test_a_day_in_the_past_as_today(office, admin):
    """Everything is dated from ``today``: an archive filled 'as of' 100 days ago is consistent then."""
    day = TODAY - dt.timedelta(days=100)
    add_customers(office, admin)
    assert fill_archive_demo(office, admin, seed=9, today=day) == COUNTS
    assert office.db.scalar("SELECT max(registered_on) FROM archive_files") <= day.isoformat()
    assert office.db.scalar("SELECT max(handed_on) FROM handovers") <= day.isoformat()
    assert office.db.scalar("SELECT max(requested_on) FROM loans") <= day.isoformat()
    assert len(office.loans.overdue(admin, today=day)) == 2


# ------------------------------------------------------------------ through fill_demo, and who may
def test_fill_demo_fills_the_archive_once(office, admin):
    assert fill_demo(office, admin, customers=40, seed=3) == 40
    counts = {k: office.db.scalar(f"SELECT count(*) FROM {t}") for k, t in (
        ("files", "archive_files"), ("certificates", "certificates"), ("handovers", "handovers"),
        ("loans", "loans"), ("stocktakes", "stocktakes"))}
    assert counts == COUNTS
    assert fill_demo(office, admin, customers=5, seed=4) == 5       # more customers, the archive is left alone
    assert office.archive.files.count() == 25 and office.loans.repo.count() == 11
    assert fill_demo(office, admin, customers=0) == 0
    assert len([u for u in office.auth.list_users(admin) if u.username.startswith("demo_")]) == 2
    assert office.audit.verify(admin)[0]


def test_a_manager_does_the_archive_work_alone(office, admin):
    add_customers(office, admin)
    office.auth.create_user(admin, "boss", "孙经理", "manager", PASSWORD)
    boss = office.auth.login("boss", PASSWORD)
    assert fill_archive_demo(office, boss, seed=5) == COUNTS
    assert [u.username for u in office.auth.list_users(admin)] == ["admin", "boss"]
    assert {"archive_file.register", "loan.approve", "loan.lend"} <= set(actions(office, "boss"))


def test_a_clerk_or_an_office_without_customers_gets_no_archive(office, admin, make_user):
    assert fill_archive_demo(office, admin, seed=5) == dict.fromkeys(COUNTS, 0)   # no customers yet
    add_customers(office, admin, n=10)
    clerk = make_user("clerk")
    assert fill_archive_demo(office, clerk, seed=5) == dict.fromkeys(COUNTS, 0)
    assert office.archive.files.count() == 0 and "permission.denied" not in actions(office)
    assert [u.username for u in office.auth.list_users(admin)] == ["admin", "clerk1"]


def test_few_customers_are_enough(office, admin):
    add_customers(office, admin, n=3)
    assert fill_archive_demo(office, admin, seed=1) == COUNTS
    assert office.archive.gaps() == []
    assert json.loads(office.db.scalar("SELECT lines FROM stocktakes"))
