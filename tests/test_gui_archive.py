"""The archive room as the record keeper uses it: a file handed over, registered, lent, overdue, and
returned with an item missing — and every rule refused with a clear message."""
from __future__ import annotations

import datetime as _dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from app import archive
from app.ui.archive_room import ArchiveRoom
from app.ui.today import TodayPanel
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, choose, click, click_row, column_texts, find, messages, modals, show, type_text,
)

TODAY = _dt.date.today()


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Open a cell's editor as a double-click does, type, and press Enter."""
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, editors
    editor = editors[0]
    type_text(qtbot, editor, text)
    assert editor.text() == text
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text, timeout=1000)  # the delegate commits queued


def set_date(edit, d: _dt.date) -> None:
    edit.setDate(QDate(d.year, d.month, d.day))


@pytest.fixture
def customer(office, admin):
    return office.customers.create(admin, {"name": "张伟", "phone": "13800001111"})


@pytest.fixture
def saved_pdf(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp; the test reads back what was written."""
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    return target


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def room_for(qtbot, office, session, tab: str) -> ArchiveRoom:
    room = show(qtbot, ArchiveRoom(office, session))
    room.show_tab(tab)
    return room


def test_handover_register_loan_overdue_return_with_a_missing_item(qtbot, office, keeper, manager, customer, modals,
                                                                     messages, monkeypatch, saved_pdf):
    room = room_for(qtbot, office, keeper, "handovers")
    page = room.handovers

    # 1. The case handler's file and the original certificate arrive: a handover into the archive.
    def intake(dlg):
        type_text(qtbot, dlg.customer.text, "张伟")
        assert dlg.customer.choice.currentText().endswith("张伟")
        type_text(qtbot, dlg.title, "张伟借款档案")
        choose(dlg.category, archive.label("contract"))
        edit_cell(qtbot, dlg.items.table, 0, 0, "借款合同")
        edit_cell(qtbot, dlg.items.table, 0, 1, "12")
        click(qtbot, button(dlg, "Add line"))
        edit_cell(qtbot, dlg.items.table, 1, 0, "身份证复印件")
        edit_cell(qtbot, dlg.items.table, 1, 1, "2")
        click(qtbot, button(dlg, "Add certificate"))
        edit_cell(qtbot, dlg.certs.table, 0, 1, "京(2024)朝阳区不动产权第0012345号")
        edit_cell(qtbot, dlg.certs.table, 0, 3, "张伟")
        type_text(qtbot, dlg.parties.from_name, "李经办")
        type_text(qtbot, dlg.parties.reviewer, "赵复核")
        click(qtbot, button(dlg, "Create handover"))
    modals.expect(intake)
    click(qtbot, find(page, type(button(page, "New handover into the archive…")), "newIntake"))
    modals.check()
    (h,) = office.handovers.list(keeper)
    assert column_texts(page.view, 0) == [h.handover_no]
    assert column_texts(page.items_view, 1) == ["借款合同", "身份证复印件", "Property certificate"]
    assert not find(page, type(button(page, "Receiver confirms…")), "confirmReceipt").isEnabled()

    # 2. The reviewer confirms, then the archive receives and registers under the next number.
    modals.expect(lambda dlg: click(qtbot, button(dlg, "Confirm")))
    click(qtbot, button(page, "Reviewer confirms…"))

    def receive(dlg):
        assert dlg.reg["archive_no"].text() == "鸿借字第001号"
        type_text(qtbot, dlg.reg["cabinet"], "A")
        type_text(qtbot, dlg.reg["safe_no"], "1")
        click(qtbot, button(dlg, "Confirm"))
    modals.expect(receive)
    click(qtbot, button(page, "Receiver confirms…"))
    modals.check()
    assert messages.errors == []
    assert column_texts(page.view, 10) == ["Completed"]
    room.show_tab("files")
    assert column_texts(room.files.view, 0) == ["鸿借字第001号"]
    assert column_texts(room.files.view, 5) == ["14"]
    room.show_tab("certificates")
    assert column_texts(room.certificates.view, 0) == ["鸿借字第001号"]
    assert column_texts(room.certificates.view, 2) == ["京(2024)朝阳区不动产权第0012345号"]

    # 3. A loan is requested; the record keeper cannot approve it, the manager does.
    room.show_tab("loans")
    loans = room.loans

    def request(dlg):
        type_text(qtbot, dlg.number, "鸿借字第001号")
        assert "张伟借款档案" in dlg.found.text()
        type_text(qtbot, dlg.borrower, "周信贷")
        type_text(qtbot, dlg.department, "信贷部")
        type_text(qtbot, dlg.purpose, "贷后检查")
        set_date(dlg.due, TODAY + _dt.timedelta(days=2))
        click(qtbot, button(dlg, "Record request"))
    modals.expect(request)
    click(qtbot, button(loans, "Loan request…"))
    modals.check()
    assert column_texts(loans.view, 9) == ["Awaiting approval"]
    click_row(qtbot, loans.view, 0)
    assert not button(loans, "Approve").isEnabled() and not button(loans, "Lend out").isEnabled()

    boss = room_for(qtbot, office, manager, "loans")
    click_row(qtbot, boss.loans.view, 0)
    modals.expect(lambda dlg: click(qtbot, button(dlg, "OK")))
    click(qtbot, button(boss.loans, "Approve"))
    modals.check()
    assert office.loans.list(keeper)[0].approver_name == "manager user"

    # 4. Lent out: the file is out and cannot be lent again.
    loans.refresh()
    click_row(qtbot, loans.view, 0)
    modals.expect(lambda dlg: click(qtbot, button(dlg, "OK")))
    click(qtbot, button(loans, "Lend out"))
    modals.check()
    assert column_texts(loans.view, 9) == ["Lent out"]
    assert office.archive.file_by_number(keeper, "鸿借字第001号").status == "on_loan"

    def again(dlg):
        type_text(qtbot, dlg.number, "鸿借字第001号")
        type_text(qtbot, dlg.borrower, "吴风控")
        type_text(qtbot, dlg.purpose, "复核")
        click(qtbot, button(dlg, "Record request"))
        assert "cannot be lent again" in dlg.error.text()
        click(qtbot, button(dlg, "Cancel"))
    modals.expect(again)
    click(qtbot, button(loans, "Loan request…"))
    modals.check()
    assert len(office.loans.list(keeper)) == 1

    # 5. Ten days later it is overdue: red in the ledger, on the today panel, on the printed list.
    later = TODAY + _dt.timedelta(days=10)
    monkeypatch.setattr(archive, "today", lambda: later)
    click(qtbot, find(loans, type(loans.overdue_only), "overdueOnly"))
    assert column_texts(loans.view, 9) == ["Overdue 8 days"]
    assert loans.model.data(loans.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    panel = TodayPanel(office, keeper)
    qtbot.addWidget(panel)
    panel.refresh()
    assert "Overdue loan" in column_texts(panel.view, 4)
    click(qtbot, button(loans, "Overdue list (PDF)…"))
    text = pdf_text(saved_pdf)
    loan_no = office.loans.list(keeper)[0].loan_no
    assert loan_no in text and "Overdue loans" in text
    assert messages.infos and str(saved_pdf) in messages.infos[-1]

    # 6. It comes back without the loan contract: the ledger and the file say so.
    click_row(qtbot, loans.view, 0)

    def take_back(dlg):
        qtbot.mouseClick(dlg.incomplete, Qt.MouseButton.LeftButton, pos=QPoint(8, dlg.incomplete.height() // 2))
        assert dlg.incomplete.isChecked() and dlg.items.isEnabled()
        item = dlg.items.findItems("借款合同", Qt.MatchFlag.MatchExactly)[0]
        item.setCheckState(Qt.CheckState.Checked)
        type_text(qtbot, dlg.note, "借款人未归还原件")
        click(qtbot, button(dlg, "Take back"))
    modals.expect(take_back)
    click(qtbot, button(loans, "Take back…"))
    modals.check()
    click(qtbot, loans.overdue_only)
    assert column_texts(loans.view, 13) == ["Missing: 借款合同"]
    f = office.archive.file_by_number(keeper, "鸿借字第001号")
    assert f.status == "in_store" and "借款合同" in f.status_note
    actions = [e.action for e in office.audit.audit_repo.search()]
    for a in ("handover.create", "handover.review", "handover.receive", "archive_file.register",
              "certificate.register", "loan.request", "loan.approve", "loan.lend", "loan.return"):
        assert a in actions


def test_handover_list_pdf_has_the_items_and_three_parties(qtbot, office, keeper, customer, saved_pdf):
    h = office.handovers.create_intake(keeper, {
        "customer_id": customer.id, "from_name": "李经办", "reviewer_name": "赵复核", "receiver_name": "钱档案",
        "file": {"title": "张伟借款档案", "category": "contract", "items": [{"name": "借款合同", "pages": 12}]},
        "certificates": [{"kind": "property", "cert_no": "CERT-0012345", "holder": "张伟", "quantity": 1}]})
    room = room_for(qtbot, office, keeper, "handovers")
    click_row(qtbot, room.handovers.view, 0)
    click(qtbot, button(room.handovers, "Handover list (PDF)…"))
    reader = PdfReader(io.BytesIO(saved_pdf.read_bytes()))
    assert len(reader.pages) >= 3                      # one copy per party
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert h.handover_no in text and "CERT-0012345" in text


def test_bad_input_is_refused_in_the_forms_and_nothing_changes(qtbot, office, keeper, customer, modals):
    f = office.archive.register_file(keeper, {
        "archive_no": "鸿借字第001号", "customer_id": customer.id, "title": "档案", "category": "contract",
        "items": [{"name": "借款合同", "pages": 3}]})
    office.archive.register_certificate(keeper, f.id, {"kind": "property", "cert_no": "CERT-1", "holder": "张伟",
                                                        "quantity": 1})
    room = room_for(qtbot, office, keeper, "files")

    def bad_number(dlg):
        dlg.number.selectAll()
        type_text(qtbot, dlg.number, "鸿借字第2号")
        type_text(qtbot, dlg.customer.text, "张伟")
        type_text(qtbot, dlg.title, "另一卷")
        edit_cell(qtbot, dlg.items.table, 0, 0, "合同")
        edit_cell(qtbot, dlg.items.table, 0, 1, "2")
        click(qtbot, button(dlg, "Save"))
        assert dlg.error.text().startswith("Archive number:") and "pattern" in dlg.error.text()
        assert dlg.number.hasFocus()
        click(qtbot, button(dlg, "Cancel"))
    modals.expect(bad_number)
    click(qtbot, button(room.files, "Register a file…"))
    modals.check()

    click_row(qtbot, room.files.view, 0)

    def duplicate_cert(dlg):
        type_text(qtbot, dlg.cert_no, "cert-1")
        type_text(qtbot, dlg.holder, "张伟")
        click(qtbot, button(dlg, "Save"))
        assert "already registered" in dlg.error.text()
        dlg.quantity.setValue(0)
        dlg.cert_no.selectAll()
        type_text(qtbot, dlg.cert_no, "CERT-2")
        click(qtbot, button(dlg, "Save"))
        assert dlg.error.text().startswith("Quantity:")
        click(qtbot, button(dlg, "Cancel"))
    modals.expect(duplicate_cert)
    click(qtbot, button(room.files, "Add a certificate…"))
    modals.check()
    assert office.archive.certs.count() == 1

    room.show_tab("loans")

    def past_due(dlg):
        type_text(qtbot, dlg.number, "鸿借字第001号")
        type_text(qtbot, dlg.borrower, "周信贷")
        type_text(qtbot, dlg.purpose, "检查")
        set_date(dlg.due, TODAY - _dt.timedelta(days=1))
        click(qtbot, button(dlg, "Record request"))
        assert dlg.error.text().startswith("Due date:") and "past" in dlg.error.text()
        click(qtbot, button(dlg, "Cancel"))
    modals.expect(past_due)
    click(qtbot, button(room.loans, "Loan request…"))
    modals.check()
    assert office.loans.repo.count() == 0


def test_viewer_reads_the_registers_but_every_write_button_is_off(qtbot, office, make_user, keeper, customer):
    office.archive.register_file(keeper, {
        "archive_no": "鸿借字第001号", "customer_id": customer.id, "title": "档案", "category": "contract",
        "items": [{"name": "借款合同", "pages": 3}]})
    viewer = make_user("viewer")
    room = room_for(qtbot, office, viewer, "files")
    click_row(qtbot, room.files.view, 0)
    for name in ("newFile", "editFile", "addCertificate", "requestLoan", "destroyFile"):
        assert not room.files.findChild(type(button(room.files, "Edit…")), name).isEnabled(), name
    assert button(room.files, "Archive register (PDF)…").isEnabled()
