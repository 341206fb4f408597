"""What the archive room's reports say: registers, the loan ledger for a period, the overdue list,
the handover list and the stock-take report, read back from the PDF and the workbook."""
from __future__ import annotations

import datetime as _dt
import re

import pytest
from openpyxl import load_workbook

from app.reports import archive_reports as R
from app.reports import handover_sheet, tables
from tests.support.pdf import pdf_text

TODAY = _dt.date.today()


def iso(days: int = 0) -> str:
    return (TODAY + _dt.timedelta(days=days)).isoformat()


def text_of(data: bytes) -> str:
    return pdf_text(data)


def has(text: str, *needles: str) -> bool:
    missing = [n for n in needles if re.sub(r"\s+", "", n) not in text]
    assert not missing, f"{missing} not in {text[:300]}…"
    return True


@pytest.fixture
def room(office, admin, keeper):
    """Two files with a certificate each; one loan returned last month with an item missing, one out and overdue."""
    files, certs = [], []
    for n, name in enumerate(("张伟", "李娜"), start=1):
        c = office.customers.create(admin, {"name": name, "phone": f"1380000{n:04d}"})
        f = office.archive.register_file(keeper, {
            "archive_no": f"鸿借字第{n:03d}号", "customer_id": c.id, "title": f"{name}借款档案",
            "category": "contract", "items": [{"name": "借款合同", "pages": 10}, {"name": "抵押合同", "pages": 5}],
            "cabinet": "A", "shelf": str(n), "registered_on": iso(-60)})
        files.append(f)
        certs.append(office.archive.register_certificate(keeper, f.id, {
            "kind": "property", "cert_no": f"京(2024)朝阳区不动产权第00{n}号", "holder": name, "quantity": 1,
            "safe_no": "1", "position": f"上层{n}号格", "received_on": iso(-60)}))
    old = office.loans.request(keeper, {"item_type": "file", "item_id": files[0].id, "borrower": "周信贷",
                                        "position": "董事长", "purpose": "贷后检查", "due_date": iso(-40)},
                               today=TODAY - _dt.timedelta(days=50))
    office.loans.lend(keeper, old.id, iso(-50))
    office.loans.take_back(keeper, old.id, iso(-41), complete=False, missing=["抵押合同"], note="借款人未归还")
    late = office.loans.request(keeper, {"item_type": "certificate", "item_id": certs[1].id, "borrower": "吴法务",
                                         "position": "总经理", "purpose": "诉讼", "due_date": iso(-3)},
                                today=TODAY - _dt.timedelta(days=10))
    office.loans.lend(keeper, late.id, iso(-10))
    return files, certs, old, late


def test_archive_register_pdf_lists_files_pages_and_locations(office, keeper, room):
    report = R.archive_register(office, keeper, office.archive.list_files(keeper))
    assert report.is_landscape
    text = text_of(tables.pdf_bytes(report))
    assert has(text, "鸿运物业", "Archive register", "Page 1 of 1")
    assert has(text, "鸿借字第001号", "张伟借款档案", "A-1")
    assert has(text, "2 files, 30 pages.")
    assert has(text, "Printed by archivist user")


def test_certificate_register_counts_what_is_in_the_safe(office, keeper, room):
    text = text_of(tables.pdf_bytes(R.certificate_register(office, keeper, office.archive.list_certificates(keeper))))
    assert has(text, "京(2024)朝阳区不动产权第001号", "鸿借字第002号")
    assert has(text, "2 certificates; in the safe: 1 (1 pieces); on loan: 1.")


def test_loan_ledger_for_a_period_keeps_the_loans_current_in_it(office, keeper, room, tmp_path):
    _files, _certs, old, late = room
    recent = office.loans.list(keeper, date_from=iso(-20), date_to=iso())
    assert [l.id for l in recent] == [late.id]
    everything = office.loans.list(keeper, date_from=iso(-60), date_to=iso())
    assert {l.id for l in everything} == {old.id, late.id}
    report = R.loan_ledger(office, keeper, everything, iso(-60), iso())
    assert report.highlight_rows == {0, 1}        # overdue, and returned incomplete
    text = text_of(tables.pdf_bytes(report))
    assert has(text, "Missing: 抵押合同", "Overdue 3 days")
    assert has(text, f"{iso(-60)} to {iso()}")
    path = tmp_path / "ledger.xlsx"
    tables.write_xlsx(report, path)
    ws = load_workbook(path).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    header = next(r for r in rows if r and r[0] == "Loan no.")
    assert header[1] == "Number" and header[-1] == "Completeness"
    assert any(r[0] == late.loan_no and r[3] == "吴法务" for r in rows)
    row = next(r for r in rows if r[0] == late.loan_no)
    assert row[8] == _dt.datetime.fromisoformat(iso(-3))                  # the due date is a real date
    assert ws.auto_filter.ref == f"A5:L{5 + len(everything)}"           # filter buttons on the header row


def test_overdue_list_has_only_the_late_loan_and_signature_lines(office, keeper, room):
    _files, _certs, _old, late = room
    report = R.overdue_list(office, keeper)
    assert [r[0] for r in report.rows] == [late.loan_no]
    text = text_of(tables.pdf_bytes(report))
    assert has(text, "1 loans overdue.", "Record keeper", "Manager")


def test_handover_list_shows_the_registered_number_and_late_reasons(office, keeper, room, admin):
    c = office.customers.create(admin, {"name": "王强", "phone": "13800009999"})
    h = office.handovers.create_intake(keeper, {
        "customer_id": c.id, "from_name": "李经办", "reviewer_name": "赵复核", "receiver_name": "钱档案",
        "handed_on": iso(-20), "file": {"title": "王强借款档案", "category": "contract",
                                        "items": [{"name": "借款合同", "pages": 9}], "extras": ["光盘一张"]}})
    office.handovers.confirm_review(keeper, h.id, iso(-2), "复核人出差")
    h = office.handovers.confirm_receipt(keeper, h.id, iso(), registration={"archive_no": "鸿借字第003号"})
    sheet = R.handover_sheet(office, keeper, h)
    assert ("Archive number", "鸿借字第003号") in sheet.info
    assert [p.date for p in sheet.parties] == [iso(-20), iso(-2), iso()]
    assert "复核人出差" in sheet.note
    text = text_of(handover_sheet.pdf_bytes(sheet))
    assert has(text, "借款合同", "9 pages", "光盘一张", "Copy 3: for the archive")


def test_stocktake_report_names_what_was_not_found(office, keeper, room):
    _files, certs, _old, _late = room
    st = office.stocktakes.start(keeper, "钱档案", "孙经理")
    assert [ln["certificate_id"] for ln in st.lines] == [certs[0].id]      # the other one is on loan
    st = office.stocktakes.save(keeper, st.id, {certs[0].id: (False, "柜内未见")},
                                extras=[{"description": "未登记他项权证一本"}])
    report = R.stocktake_report(office, keeper, st)
    assert report.highlight_rows == {0}
    text = text_of(tables.pdf_bytes(report))
    assert has(text, "NOT FOUND", "柜内未见")
    assert has(text, "not found: 1", "未登记他项权证一本")
    assert certs[1].cert_no in text          # on loan, named as not in the safe
    assert has(text, "Witness", "Counted by")
