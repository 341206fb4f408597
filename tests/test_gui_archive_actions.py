"""The archive room's other actions, clicked as a record keeper or a manager would: reject, withdraw,
renew, late confirmations, transfers and returns, destruction, and printing from memory."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from app.ui import report_export
from app.ui.archive_room import ArchiveRoom
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, click, click_row, column_texts, messages, modals, show, type_text,
)

TODAY = _dt.date.today()


@pytest.fixture
def filed(office, admin, keeper):
    c = office.customers.create(admin, {"name": "李娜", "phone": "13800003333"})
    f = office.archive.register_file(keeper, {
        "archive_no": "鸿借字第001号", "customer_id": c.id, "title": "李娜借款档案", "category": "contract",
        "items": [{"name": "借款合同", "pages": 5}, {"name": "抵押合同", "pages": 4}]})
    cert = office.archive.register_certificate(keeper, f.id, {"kind": "other_rights", "cert_no": "他项-0001",
                                                              "holder": "李娜", "quantity": 2})
    return c, f, cert


def room_for(qtbot, office, session, tab: str) -> ArchiveRoom:
    room = show(qtbot, ArchiveRoom(office, session))
    room.show_tab(tab)
    return room


def ok_with_text(qtbot, text: str):
    def handle(dlg):
        if text:
            type_text(qtbot, dlg.text, text)
        click(qtbot, button(dlg, "OK"))
    return handle


def test_manager_rejects_and_the_keeper_withdraws(qtbot, office, keeper, manager, filed, modals):
    _c, f, cert = filed
    office.loans.request(keeper, {"item_type": "file", "item_id": f.id, "borrower": "周信贷", "purpose": "检查",
                                  "due_date": TODAY.isoformat()})
    office.loans.request(keeper, {"item_type": "certificate", "item_id": cert.id, "borrower": "吴风控",
                                  "purpose": "抵押变更", "due_date": TODAY.isoformat()})
    boss = room_for(qtbot, office, manager, "loans")
    row = column_texts(boss.loans.view, 4).index("周信贷")
    click_row(qtbot, boss.loans.view, row)

    def reject_without_reason(dlg):
        click(qtbot, button(dlg, "OK"))
        assert dlg.error.text().startswith("Reason:")
        type_text(qtbot, dlg.text, "用途不明")
        click(qtbot, button(dlg, "OK"))
    modals.expect(reject_without_reason)
    click(qtbot, button(boss.loans, "Reject…"))
    modals.check()
    assert "Rejected" in column_texts(boss.loans.view, 9)

    room = room_for(qtbot, office, keeper, "loans")
    row = column_texts(room.loans.view, 4).index("吴风控")
    click_row(qtbot, room.loans.view, row)
    modals.expect(ok_with_text(qtbot, "客户已撤回抵押变更"))
    click(qtbot, button(room.loans, "Withdraw…"))
    modals.check()
    assert sorted(l.status for l in office.loans.list(keeper)) == ["cancelled", "rejected"]
    # the certificate is free again
    assert office.loans.request(keeper, {"item_type": "certificate", "item_id": cert.id, "borrower": "吴风控",
                                         "purpose": "抵押变更", "due_date": TODAY.isoformat()}).status == "requested"


def test_renew_from_the_ledger_moves_the_due_date(qtbot, office, keeper, filed, modals):
    _c, f, _cert = filed
    loan = office.loans.request(keeper, {"item_type": "file", "item_id": f.id, "borrower": "吴董", "position": "董事长",
                                         "purpose": "诉讼", "due_date": TODAY.isoformat()})
    office.loans.lend(keeper, loan.id)
    room = room_for(qtbot, office, keeper, "loans")
    click_row(qtbot, room.loans.view, 0)
    new_due = TODAY + _dt.timedelta(days=30)

    def renew(dlg):
        dlg.date.setDate(QDate(new_due.year, new_due.month, new_due.day))
        type_text(qtbot, dlg.text, "诉讼未结")
        click(qtbot, button(dlg, "OK"))
    modals.expect(renew)
    click(qtbot, button(room.loans, "Renew…"))
    modals.check()
    assert column_texts(room.loans.view, 8) == [new_due.isoformat()]
    assert office.loans.get(keeper, loan.id).renewals[0]["note"] == "诉讼未结"


def test_a_late_review_asks_for_the_reason(qtbot, office, keeper, filed, modals):
    c, _f, _cert = filed
    handed = TODAY - _dt.timedelta(days=21)
    office.handovers.create_intake(keeper, {
        "customer_id": c.id, "from_name": "李经办", "reviewer_name": "赵复核", "receiver_name": "钱档案",
        "handed_on": handed.isoformat(),
        "file": {"title": "补充资料", "category": "customer", "items": [{"name": "收入证明", "pages": 1}]}})
    room = room_for(qtbot, office, keeper, "handovers")
    assert "1 past the deadline" in room.handovers.status.text()
    click_row(qtbot, room.handovers.view, 0)

    def late(dlg):
        click(qtbot, button(dlg, "Confirm"))
        assert dlg.error.text().startswith("Reason for the delay:")
        assert dlg.focusWidget() is dlg.late, dlg.focusWidget()
        type_text(qtbot, dlg.late, "复核人出差")
        click(qtbot, button(dlg, "Confirm"))
    modals.expect(late)
    click(qtbot, button(room.handovers, "Reviewer confirms…"))
    modals.check()
    assert office.handovers.list(keeper)[0].review_late_reason == "复核人出差"


def test_returning_an_original_to_the_customer_is_a_handover(qtbot, office, keeper, filed, modals):
    _c, _f, cert = filed
    room = room_for(qtbot, office, keeper, "certificates")
    click_row(qtbot, room.certificates.view, 0)

    def parties(dlg):
        assert dlg.parties.receiver.text() == "李娜"     # the customer receives the original
        type_text(qtbot, dlg.parties.reviewer, "孙经理")
        click(qtbot, button(dlg, "Create handover"))
    modals.expect(parties, lambda dlg: click(qtbot, button(dlg, "Confirm")),
                  lambda dlg: click(qtbot, button(dlg, "Confirm")))
    click(qtbot, button(room.certificates, "Return to the customer…"))
    assert room.tabs.currentWidget() is room.handovers
    click_row(qtbot, room.handovers.view, 0)
    click(qtbot, button(room.handovers, "Reviewer confirms…"))
    click(qtbot, button(room.handovers, "Receiver confirms…"))
    modals.check()
    assert office.archive.certs.get(cert.id).status == "returned"
    room.show_tab("certificates")
    assert column_texts(room.certificates.view, 9) == ["Returned to customer"]


def test_manager_destroys_a_file_only_when_nothing_is_held(qtbot, office, keeper, manager, filed, modals, messages):
    _c, f, cert = filed
    room = room_for(qtbot, office, manager, "files")
    click_row(qtbot, room.files.view, 0)

    def refused(dlg):
        type_text(qtbot, dlg.text, "保管期满")
        click(qtbot, button(dlg, "OK"))
        assert "他项-0001" in dlg.error.text()
        click(qtbot, button(dlg, "Cancel"))
    modals.expect(refused)
    click(qtbot, button(room.files, "Destroy…"))
    modals.check()
    office.archive.cancel_certificate(keeper, cert.id, "抵押已解除")
    room.files.refresh()
    click_row(qtbot, room.files.view, 0)
    modals.expect(ok_with_text(qtbot, "保管期满"))
    click(qtbot, button(room.files, "Destroy…"))
    modals.check()
    assert column_texts(room.files.view, 8) == ["Destroyed"]
    assert not button(room.files, "Edit…").isEnabled()


def test_printing_paints_every_page_from_memory(qtbot, office, keeper, filed, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from app.reports.archive_reports import archive_register

    printed = {}

    def fake_exec(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printed["printer"] = printer
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    files = office.archive.list_files(keeper)
    assert report_export.print_report(None, lambda: archive_register(office, keeper, files))
    from pypdf import PdfReader
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) >= 1


def test_an_overdue_loan_on_the_today_panel_opens_the_ledger_at_it(qtbot, office, keeper, filed):
    from app.ui.main_window import MainWindow

    _c, f, _cert = filed
    loan = office.loans.request(keeper, {"item_type": "file", "item_id": f.id, "borrower": "吴董",
                                         "position": "董事长", "purpose": "诉讼",
                                         "due_date": (TODAY - _dt.timedelta(days=2)).isoformat()},
                                today=TODAY - _dt.timedelta(days=9))                  # a request made last week
    office.loans.lend(keeper, loan.id, (TODAY - _dt.timedelta(days=8)).isoformat())
    window = show(qtbot, MainWindow(office, keeper))
    kinds = column_texts(window.today.view, 4)
    assert "Overdue loan" in kinds
    item = window.today.model.items[kinds.index("Overdue loan")]
    window.open_due_item(item)
    room = window.archive_room
    assert room.tabs.currentWidget() is room.loans
    assert room.loans.current().id == loan.id


def test_a_loan_taken_back_reads_returned_not_returned_to_the_customer(qtbot, office, keeper, filed, modals):
    _c, f, _cert = filed
    loan = office.loans.request(keeper, {"item_type": "file", "item_id": f.id, "borrower": "吴董", "position": "董事长",
                                         "purpose": "诉讼", "due_date": TODAY.isoformat()})
    office.loans.lend(keeper, loan.id)
    room = room_for(qtbot, office, keeper, "loans")
    click_row(qtbot, room.loans.view, 0)
    modals.expect(lambda dlg: click(qtbot, button(dlg, "Take back")))
    click(qtbot, button(room.loans, "Take back…"))
    modals.check()
    assert column_texts(room.loans.view, 9) == ["Returned"]
    assert column_texts(room.loans.view, 13) == ["Complete"]


def test_a_report_that_cannot_be_written_says_so(qtbot, office, keeper, filed, monkeypatch, tmp_path, messages):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "no-such-folder" / "register.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    room = room_for(qtbot, office, keeper, "files")
    click(qtbot, button(room.files, "Export to Excel…"))
    assert messages.errors and messages.errors[-1].startswith("The report could not be saved:")
    assert not target.exists() and messages.infos == []


def test_exports_and_prints_are_recorded_in_the_audit_log(qtbot, office, keeper, filed, monkeypatch, tmp_path):
    import json

    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog

    from tests.gui_helpers import events_exactly

    target = tmp_path / "certificates.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    room = room_for(qtbot, office, keeper, "certificates")
    click(qtbot, button(room.certificates, "Export to Excel…"))
    (event,) = events_exactly(office, "report.export")
    payload = json.loads(event.payload)
    assert (payload["report"], payload["format"], payload["rows"], payload["file"]) == (
        "Certificate register", "xlsx", 1, "certificates.xlsx")
    assert event.username == keeper.username

    _c, f, _cert = filed
    office.handovers.create_transfer(keeper, {"file_ids": [f.id], "from_name": "钱档案", "reviewer_name": "孙经理",
                                              "receiver_name": "总部档案室"})

    def fake_exec(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    room.show_tab("handovers")
    click_row(qtbot, room.handovers.view, 0)
    click(qtbot, button(room.handovers, "Print handover list…"))
    printed = [json.loads(e.payload) for e in events_exactly(office, "report.export")]
    assert any(p["format"] == "print" and p["rows"] == 1 for p in printed)
