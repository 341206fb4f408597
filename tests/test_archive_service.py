"""The archive room's services: numbering, certificates, handovers, loans, stock-takes, and their rules."""
from __future__ import annotations

import datetime as _dt

import pytest

from app.archive import GapNeedsConfirmation, add_working_days, format_number, parse_number, working_days_between
from app.errors import KeDangError, PermissionDenied
from app.validation import ValidationError

TODAY = _dt.date.today()


def iso(days: int = 0) -> str:
    return (TODAY + _dt.timedelta(days=days)).isoformat()


@pytest.fixture
def customer(office, admin):
    return office.customers.create(admin, {"name": "张伟", "phone": "13800001111"})


def file_fields(customer, **over):
    base = {"archive_no": "鸿借字第001号", "customer_id": customer.id, "title": "张伟借款档案",
            "category": "contract", "items": [{"name": "借款合同", "pages": "12"}, {"name": "身份证复印件", "pages": 2}],
            "extras": ["光盘一张"], "cabinet": "A", "shelf": "2", "box": "07"}
    base.update(over)
    return base


CERT = {"kind": "property", "cert_no": "京(2024)朝阳区不动产权第0012345号", "holder": "张伟", "quantity": "1"}


def audit_actions(office):
    return [r[0] for r in office.db.query("SELECT action FROM audit_events ORDER BY id")]


# ------------------------------------------------------------------ numbers
def test_number_pattern_formats_and_parses_with_its_padding():
    p = "鸿借字第{n:03d}号"
    assert format_number(p, 7) == "鸿借字第007号"
    assert parse_number(p, "鸿借字第007号") == 7
    assert parse_number(p, "鸿借字第1234号") == 1234
    assert parse_number(p, "鸿借字第7号") is None          # padding broken
    assert parse_number(p, "鸿借字第000号") is None
    assert parse_number(p, "鸿抵字第007号") is None
    assert parse_number("DA-{n}", "DA-15") == 15


def test_working_days_skip_weekends():
    friday = _dt.date(2026, 11, 20)
    assert add_working_days(friday, 1) == _dt.date(2026, 11, 23)
    assert add_working_days(friday, 3) == _dt.date(2026, 11, 25)
    assert working_days_between("2026-11-20", "2026-11-23") == 1
    assert working_days_between("2026-11-20", "2026-11-20") == 0


def test_register_file_next_number_and_gap_check(office, keeper, customer):
    assert office.archive.next_number() == "鸿借字第001号"
    f = office.archive.register_file(keeper, file_fields(customer))
    assert f.archive_no == "鸿借字第001号" and f.pages == 14 and f.status == "in_store"
    assert office.archive.next_number() == "鸿借字第002号"
    with pytest.raises(GapNeedsConfirmation) as e:
        office.archive.register_file(keeper, file_fields(customer, archive_no="鸿借字第004号"))
    assert "鸿借字第002号" in str(e.value)
    assert office.archive.files.count() == 1
    office.archive.register_file(keeper, file_fields(customer, archive_no="鸿借字第004号"), allow_gap=True)
    assert office.archive.gaps() == ["鸿借字第002号", "鸿借字第003号"]
    assert "archive_file.register" in audit_actions(office)


@pytest.mark.parametrize("over, field", [
    ({"archive_no": "鸿借字第1号"}, "Archive number"),
    ({"archive_no": "借字001"}, "Archive number"),
    ({"title": " "}, "Title"),
    ({"items": []}, "Item list"),
    ({"items": [{"name": "合同", "pages": "0"}]}, "Item list"),
    ({"category": "misc"}, "Category"),
    ({"registered_on": iso(3)}, "Registered on"),
])
def test_bad_archive_file_is_refused_and_nothing_saved(office, keeper, customer, over, field):
    with pytest.raises(ValidationError) as e:
        office.archive.register_file(keeper, file_fields(customer, **over))
    assert e.value.field == field
    assert office.archive.files.count() == 0


def test_duplicate_archive_number_is_refused(office, keeper, customer):
    office.archive.register_file(keeper, file_fields(customer))
    with pytest.raises(ValidationError, match="already registered"):
        office.archive.register_file(keeper, file_fields(customer, title="另一卷"))
    assert office.archive.files.count() == 1


def test_clerk_cannot_register_files(office, make_user, customer):
    clerk = make_user("clerk")
    with pytest.raises(PermissionDenied):
        office.archive.register_file(clerk, file_fields(customer))
    assert "permission.denied" in audit_actions(office)


def test_certificate_register_number_is_its_files_number_and_duplicates_refused(office, keeper, customer):
    f = office.archive.register_file(keeper, file_fields(customer))
    c = office.archive.register_certificate(keeper, f.id, {**CERT, "safe_no": "1", "position": "上层"})
    assert c.archive_file_id == f.id and c.customer_id == customer.id and c.status == "in_safe"
    assert office.archive.archive_numbers([c.archive_file_id]) == {f.id: "鸿借字第001号"}
    with pytest.raises(ValidationError, match="already registered"):
        office.archive.register_certificate(keeper, f.id, CERT)
    with pytest.raises(ValidationError) as e:
        office.archive.register_certificate(keeper, f.id, {**CERT, "cert_no": "X-2", "quantity": "0"})
    assert e.value.field == "Quantity"
    assert office.archive.certs.count() == 1


# ------------------------------------------------------------------ handovers
def intake_fields(customer, handed_on=None, certs=(CERT,)):
    return {"customer_id": customer.id, "from_name": "李经办", "reviewer_name": "赵复核", "receiver_name": "钱档案",
            "handed_on": handed_on or iso(), "file": {"title": "张伟借款档案", "category": "contract",
                                                      "items": [{"name": "借款合同", "pages": 12}],
                                                      "extras": ["光盘"]},
            "certificates": list(certs)}


def test_intake_handover_registers_file_and_certificates_on_receipt(office, keeper, customer):
    h = office.handovers.create_intake(keeper, intake_fields(customer))
    assert h.handover_no.startswith(f"YJ-{TODAY.year}-") and h.status == "open"
    assert [i["name"] for i in h.items] == ["借款合同", "光盘", "Property certificate"]
    assert office.archive.files.count() == 0
    with pytest.raises(KeDangError, match="has not confirmed"):
        office.handovers.confirm_receipt(keeper, h.id, iso())
    office.handovers.confirm_review(keeper, h.id, iso())
    h = office.handovers.confirm_receipt(keeper, h.id, iso(), registration={
        "archive_no": "鸿借字第001号", "cabinet": "A", "safe_no": "1", "position": "上层"})
    assert h.status == "done"
    f = office.archive.file_by_number(keeper, "鸿借字第001号")
    assert f.handover_id == h.id and f.cabinet == "A"
    (c,) = office.archive.certs.for_file(f.id)
    assert c.cert_no == CERT["cert_no"] and c.safe_no == "1" and c.received_on == iso()
    with pytest.raises(KeDangError, match="nothing is left"):
        office.handovers.confirm_review(keeper, h.id, iso())


def test_late_review_needs_a_reason(office, keeper, customer):
    handed = TODAY - _dt.timedelta(days=14)
    h = office.handovers.create_intake(keeper, intake_fields(customer, handed_on=handed.isoformat()))
    assert office.handovers.late(h)
    with pytest.raises(ValidationError) as e:
        office.handovers.confirm_review(keeper, h.id, iso())
    assert e.value.field == "Reason for the delay" and "working day" in str(e.value)
    h = office.handovers.confirm_review(keeper, h.id, iso(), late_reason="复核人出差")
    assert h.review_late_reason == "复核人出差"


def test_intake_refuses_a_certificate_number_already_registered(office, keeper, customer):
    f = office.archive.register_file(keeper, file_fields(customer))
    office.archive.register_certificate(keeper, f.id, CERT)
    with pytest.raises(ValidationError, match="already registered"):
        office.handovers.create_intake(keeper, intake_fields(customer))
    assert office.handovers.repo.count() == 0


def test_return_to_customer_is_its_own_handover(office, keeper, customer):
    f = office.archive.register_file(keeper, file_fields(customer))
    c = office.archive.register_certificate(keeper, f.id, CERT)
    h = office.handovers.create_return(keeper, {"certificate_ids": [c.id], "from_name": "钱档案",
                                                "reviewer_name": "孙经理", "receiver_name": "张伟"})
    assert h.items[0]["number"] == CERT["cert_no"] and h.items[0]["archive_no"] == "鸿借字第001号"
    with pytest.raises(KeDangError, match="already on the open handover"):
        office.handovers.create_return(keeper, {"certificate_ids": [c.id], "from_name": "a", "reviewer_name": "b",
                                                "receiver_name": "c"})
    office.handovers.confirm_review(keeper, h.id, iso())
    office.handovers.confirm_receipt(keeper, h.id, iso())
    assert office.archive.certs.get(c.id).status == "returned"


# ------------------------------------------------------------------ loans
@pytest.fixture
def filed(office, keeper, customer):
    f = office.archive.register_file(keeper, file_fields(customer))
    c = office.archive.register_certificate(keeper, f.id, CERT)
    return f, c


def loan_fields(f, **over):
    base = {"item_type": "file", "item_id": f.id, "borrower": "周信贷", "department": "信贷部",
            "purpose": "贷后检查", "due_date": iso(7)}
    base.update(over)
    return base


def test_loan_needs_approval_then_lend_and_return_complete(office, keeper, manager, filed):
    f, _ = filed
    loan = office.loans.request(keeper, loan_fields(f))
    assert loan.status == "requested" and loan.loan_no.startswith("JY-")
    with pytest.raises(KeDangError, match="not possible now"):
        office.loans.lend(keeper, loan.id)
    with pytest.raises(PermissionDenied):
        office.loans.approve(keeper, loan.id)
    office.loans.approve(manager, loan.id)
    loan = office.loans.lend(keeper, loan.id)
    assert loan.status == "out" and office.archive.files.get(f.id).status == "on_loan"
    loan = office.loans.take_back(keeper, loan.id, iso(), complete=True)
    assert loan.complete is True and office.archive.files.get(f.id).status == "in_store"


def test_directors_borrow_without_approval(office, keeper, filed):
    f, _ = filed
    loan = office.loans.request(keeper, loan_fields(f, borrower="吴董", position="董事长"))
    assert loan.status == "approved" and loan.approver_name == "吴董"


def test_item_out_cannot_be_lent_again_destroyed_or_handed_over(office, keeper, manager, filed):
    f, c = filed
    loan = office.loans.request(keeper, loan_fields(f, position="总经理"))
    office.loans.lend(keeper, loan.id)
    with pytest.raises(KeDangError, match="cannot be lent again"):
        office.loans.request(keeper, loan_fields(f, position="总经理"))
    with pytest.raises(KeDangError, match="open loan"):
        office.archive.destroy_file(manager, f.id, "到期销毁")
    with pytest.raises(KeDangError):
        office.handovers.create_transfer(keeper, {"file_ids": [f.id], "from_name": "a", "reviewer_name": "b",
                                                  "receiver_name": "c"})
    cloan = office.loans.request(keeper, loan_fields(f, item_type="certificate", item_id=c.id, position="总经理"))
    office.loans.lend(keeper, cloan.id)
    with pytest.raises(KeDangError):
        office.archive.cancel_certificate(keeper, c.id, "抵押已解除")
    assert office.archive.files.get(f.id).status == "on_loan"


def test_bad_loan_input_is_refused(office, keeper, filed):
    f, _ = filed
    with pytest.raises(ValidationError) as e:
        office.loans.request(keeper, loan_fields(f, due_date=iso(-1)))
    assert e.value.field == "Due date"
    with pytest.raises(ValidationError) as e:
        office.loans.request(keeper, loan_fields(f, purpose=""))
    assert e.value.field == "Purpose"
    assert office.loans.repo.count() == 0
    loan = office.loans.request(keeper, loan_fields(f, position="董事长"))
    office.loans.lend(keeper, loan.id)
    with pytest.raises(ValidationError) as e:
        office.loans.take_back(keeper, loan.id, iso(-3), complete=True)
    assert e.value.field == "Returned on"
    assert office.loans.get(keeper, loan.id).status == "out"


def test_overdue_then_return_with_a_missing_item(office, keeper, filed):
    f, _ = filed
    loan = office.loans.request(keeper, loan_fields(f, position="董事长", due_date=iso()))
    office.loans.lend(keeper, loan.id)
    later = TODAY + _dt.timedelta(days=3)
    assert [l.id for l in office.loans.overdue(keeper, today=later)] == [loan.id]
    items = office.loans.due_items(keeper, today=later)
    assert items[0].source == "loan" and items[0].overdue_days == 3
    with pytest.raises(ValidationError, match="not on the file's item list"):
        office.loans.take_back(keeper, loan.id, iso(), complete=False, missing=["房产证"], note="缺")
    with pytest.raises(ValidationError) as e:
        office.loans.take_back(keeper, loan.id, iso(), complete=False, missing=["借款合同"])
    assert e.value.field == "Completeness note"
    loan = office.loans.take_back(keeper, loan.id, iso(), complete=False, missing=["借款合同"], note="借款人未归还原件")
    assert loan.complete is False and loan.missing == ["借款合同"]
    f = office.archive.files.get(f.id)
    assert f.status == "in_store" and "借款合同" in f.status_note
    assert office.loans.overdue(keeper, today=later) == []


def test_renew_moves_the_due_date_forward_only(office, keeper, filed):
    f, _ = filed
    loan = office.loans.request(keeper, loan_fields(f, position="董事长"))
    office.loans.lend(keeper, loan.id)
    with pytest.raises(ValidationError):
        office.loans.renew(keeper, loan.id, iso(3))
    loan = office.loans.renew(keeper, loan.id, iso(30), note="诉讼未结")
    assert loan.due_date == iso(30) and loan.renewals[0]["from"] == iso(7)


# ------------------------------------------------------------------ stock-take
def test_stocktake_lists_the_safe_and_needs_notes_for_what_is_missing(office, keeper, filed):
    f, c = filed
    st = office.stocktakes.start(keeper, "钱档案", "孙经理")
    assert [ln["cert_no"] for ln in st.lines] == [c.cert_no]
    with pytest.raises(KeDangError, match="not finished"):
        office.stocktakes.start(keeper, "钱档案")
    with pytest.raises(ValidationError):
        office.stocktakes.finish(keeper, st.id)
    office.stocktakes.save(keeper, st.id, {c.id: (False, "柜内未见，待查")},
                           extras=[{"description": "未登记的他项权证一本", "note": ""}])
    st = office.stocktakes.finish(keeper, st.id)
    assert st.status == "done" and st.extras[0]["description"].startswith("未登记")
    with pytest.raises(KeDangError, match="finished"):
        office.stocktakes.save(keeper, st.id, {c.id: (True, "")})


def test_settings_validate_the_pattern(office, admin):
    with pytest.raises(ValidationError) as e:
        office.archive.set_settings(admin, {"number_pattern": "鸿借字第号", "review_days": 3, "receive_days": 2})
    assert e.value.field == "Archive number pattern"
    s = office.archive.set_settings(admin, {"number_pattern": "DA-{n:04d}", "review_days": "5", "receive_days": "1",
                                            "direct_positions": "董事长，总经理"})
    assert s.direct_positions == ["董事长", "总经理"]
    assert office.archive.next_number() == "DA-0001"


def test_handovers_past_their_deadline_are_due_on_the_today_panel(office, keeper, customer):
    handed = TODAY - _dt.timedelta(days=14)
    h = office.handovers.create_intake(keeper, intake_fields(customer, handed_on=handed.isoformat()))
    office.handovers.create_intake(keeper, intake_fields(customer, certs=()))   # handed over today: not due
    (item,) = [i for i in office.due_items(keeper) if i.source == "handover"]
    assert item.ref_id == h.id and item.tab == "handovers" and item.overdue_days > 0
    assert "赵复核" in item.title
    clerk_view = office.handovers.due_items(keeper, today=handed)
    assert clerk_view == []


def test_a_new_pattern_leaves_registered_numbers_alone(office, admin, keeper, customer):
    f = office.archive.register_file(keeper, file_fields(customer))
    office.archive.set_settings(admin, {"number_pattern": "鸿档字第{n:04d}号", "review_days": 3, "receive_days": 2})
    assert office.archive.next_number() == "鸿档字第0002号"
    f = office.archive.update_file(keeper, f.id, {"title": "张伟借款档案（补）"})
    assert f.archive_no == "鸿借字第001号" and f.title.endswith("（补）")


def test_working_days_count_back_as_well():
    monday = _dt.date(2026, 11, 23)
    assert add_working_days(monday, -1) == _dt.date(2026, 11, 20)
    assert add_working_days(monday, -5) == _dt.date(2026, 11, 16)
    assert add_working_days(monday, 0) == monday
