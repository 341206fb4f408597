"""Retention and destruction, consents and the personal-information copy, driven as the record keeper, the
managers, a clerk and the administrator would."""
from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox

from app.models.records import CustomerQuery
from app.ui.dossier import DossierWindow
from app.ui.main_window import MainWindow
from app.ui.retention import RetentionSettingsDialog, RetentionWindow
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, choose, click, click_row, column_texts, events_exactly, find, messages, modals, retype, save_to, show,
    type_text,
)
from tests.support.pdf import pdf_text
from tests.test_retention import CERT_NO, CONTACT, NAME, PHONE, full_customer


@pytest.fixture
def clerk(make_user):
    return make_user("clerk")


@pytest.fixture
def manager2(make_user):
    return make_user("manager", "manager2")


@pytest.fixture
def moved_out(office, admin, clerk, keeper, manager):
    """The tenant who moved out 4 years ago, with the certificate still in the safe."""
    return full_customer(office, admin, clerk, keeper, manager)


def window(qtbot, office, session) -> RetentionWindow:
    return show(qtbot, RetentionWindow(office, session))


def test_keeper_requests_manager_approves_with_a_witness_and_the_record_is_printed(
        qtbot, office, admin, keeper, manager, moved_out, modals, messages, save_to):
    c, _f, cert = moved_out
    w = window(qtbot, office, keeper)
    due = w.due
    assert column_texts(due.view, 1) == [c.code]
    assert column_texts(due.view, 0) == ["Customer (whole dossier)"]
    assert not button(due, "Request destruction…").isEnabled()     # nothing chosen yet
    due.view.setFocus()
    QTest.keyClick(due.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)   # every row
    assert button(due, "Request destruction…").isEnabled()

    # the certificate still in the safe: the request is refused, naming it, and the form stays open
    def refused(dlg):
        reason = find(dlg, QPlainTextEdit, "askText")
        assert reason.toPlainText() == "Retention period ended"
        click(qtbot, button(dlg, "OK"))
        assert CERT_NO in dlg.error.text() and "In the safe" in dlg.error.text()
        click(qtbot, button(dlg, "Cancel"))
    modals.expect(refused)
    click(qtbot, button(due, "Request destruction…"))
    modals.check()
    assert office.retention.list_requests(keeper) == []

    office.archive.cancel_certificate(keeper, cert.id, "抵押已解除")

    def request(dlg):
        reason = find(dlg, QPlainTextEdit, "askText")
        reason.selectAll()
        QTest.keyClick(reason, Qt.Key.Key_Delete)
        click(qtbot, button(dlg, "OK"))
        assert "Reason" in dlg.error.text() and "required" in dlg.error.text()
        type_text(qtbot, reason, "退租满三年，保管期满")
        click(qtbot, button(dlg, "OK"))
    modals.expect(request)
    click(qtbot, button(due, "Request destruction…"))
    modals.check()
    (req,) = office.retention.list_requests(keeper)
    assert messages.infos[-1].startswith(f"Destruction request {req.number} was recorded")
    assert w.tabs.currentWidget() is w.requests
    assert column_texts(w.requests.view, 1) == ["Awaiting approval"] and column_texts(due.view, 0) == []
    click_row(qtbot, w.requests.view, 0)
    for text in ("Approve…", "Reject…", "Destroy now…"):
        assert not button(w.requests, text).isEnabled(), text   # a record keeper neither approves nor destroys yet

    # the manager approves: the witness is required
    boss = window(qtbot, office, manager)
    page = boss.requests
    boss.tabs.setCurrentWidget(page)
    page.refresh()
    click_row(qtbot, page.view, 0)

    def approve(dlg):
        click(qtbot, button(dlg, "Approve"))
        assert "Witness" in dlg.error.text()
        assert dlg.focusWidget() is find(dlg, QLineEdit, "witness")    # the bad field gets the cursor
        type_text(qtbot, dlg.witness, "赵监销")
        QTest.keyClick(dlg.witness, Qt.Key.Key_Return)
    modals.expect(approve)
    click(qtbot, button(page, "Approve…"))
    modals.check()
    assert column_texts(page.view, 1) == ["Approved"] and column_texts(page.view, 7) == ["赵监销"]

    # the destruction, confirmed
    messages.answers.append(True)
    click(qtbot, button(page, "Destroy now…"))
    qtbot.waitUntil(lambda: any("is done" in t for t in messages.infos), timeout=10000)
    assert messages.errors == []
    assert "Witness: 赵监销" in messages.questions[-1]
    assert column_texts(page.view, 1) == ["Destroyed"]
    assert office.customers.get(admin, c.id).status == "destroyed"
    assert office.customers.search(admin, CustomerQuery(text=NAME)) == []
    assert office.customers.search(admin, CustomerQuery(text=PHONE)) == []
    assert office.audit.verify()[0]

    # the destruction record, printed for signature
    target = save_to("record.pdf")
    click(qtbot, button(page, "Destruction record (PDF)…"))
    text = pdf_text(target)
    for expected in (req.number, c.code, "赵监销", "退租满三年", "Witness", "Destroyedby"):
        assert expected in text, expected
    assert NAME not in text and CONTACT not in text
    assert events_exactly(office, "report.export")[0].summary.startswith(f"Destruction record {req.number}")


def test_the_requesting_manager_cannot_approve_and_a_rejection_needs_a_reason(
        qtbot, office, admin, keeper, manager, manager2, moved_out, modals, messages):
    c, _f, cert = moved_out
    office.archive.cancel_certificate(keeper, cert.id, "抵押已解除")
    req = office.retention.request_destruction(manager, [{"kind": "customer", "id": c.id}], "保管期满")
    w = window(qtbot, office, manager)
    w.tabs.setCurrentWidget(w.requests)
    click_row(qtbot, w.requests.view, 0)
    assert not button(w.requests, "Approve…").isEnabled()      # one's own request
    assert button(w.requests, "Reject…").isEnabled()

    other = window(qtbot, office, manager2)
    other.tabs.setCurrentWidget(other.requests)
    click_row(qtbot, other.requests.view, 0)
    assert button(other.requests, "Approve…").isEnabled()

    def reject(dlg):
        click(qtbot, button(dlg, "OK"))
        assert "Reason for the rejection" in dlg.error.text()
        type_text(qtbot, find(dlg, QPlainTextEdit, "askText"), "诉讼未结")
        click(qtbot, button(dlg, "OK"))
    modals.expect(reject)
    click(qtbot, button(other.requests, "Reject…"))
    modals.check()
    assert office.retention.get(manager, req.id).status == "rejected"
    assert column_texts(other.requests.view, 1) == ["Rejected"]
    assert office.customers.get(admin, c.id).name == NAME


def test_clerk_records_and_withdraws_a_consent_in_the_dossier(qtbot, office, clerk, modals, messages):
    c = office.customers.create(clerk, {"name": "张伟", "phone": "13800001111"})
    d = show(qtbot, DossierWindow(office, clerk, c.id))
    assert not d.deletion_button.isVisible()                        # a clerk does not request destructions

    def form(dlg):
        click(qtbot, button(dlg, "Save"))
        assert "Purpose" in dlg.error.text()
        assert dlg.focusWidget() in (dlg.purpose, dlg.purpose.lineEdit())
        type_text(qtbot, dlg.purpose.lineEdit(), "回访与满意度调查")
        choose(find(dlg, QComboBox, "method"), "Electronic (ticked online or in an app)")
        type_text(qtbot, find(dlg, QLineEdit, "notice_version"), "2026-01")
        retype(qtbot, dlg.given_on, "2099-01-01")
        click(qtbot, button(dlg, "Save"))
        assert "Given on" in dlg.error.text() and "after today" in dlg.error.text()
        retype(qtbot, dlg.given_on, "2026-01-05")
        QTest.keyClick(dlg.given_on, Qt.Key.Key_Return)

    def withdraw(dlg):
        type_text(qtbot, find(dlg, QLineEdit, "askText"), "客户来电撤回")
        click(qtbot, button(dlg, "OK"))

    def consents(dlg):
        assert not button(dlg, "Withdraw…").isEnabled()
        click(qtbot, button(dlg, "Record consent…"))
        assert column_texts(dlg.view, 0) == ["回访与满意度调查"]
        assert dlg.view.currentIndex().row() == 0 or dlg.view.selectionModel().selectedRows()
        assert button(dlg, "Withdraw…").isEnabled()
        click(qtbot, button(dlg, "Withdraw…"))
        assert column_texts(dlg.view, 6) != [""]
        assert not button(dlg, "Withdraw…").isEnabled()
        click(qtbot, button(dlg, "Close"))
    modals.expect(consents, form, withdraw)
    click(qtbot, find(d, QPushButton, "consents"))
    modals.check()
    (consent,) = office.consents.list(clerk, c.id)
    assert (consent.purpose, consent.method, consent.notice_version, consent.given_on) == (
        "回访与满意度调查", "electronic", "2026-01", "2026-01-05")
    assert not consent.active and consent.withdrawal_note == "客户来电撤回"
    assert [e.username for e in events_exactly(office, "consent.add")] == [clerk.username]
    assert json.loads(events_exactly(office, "consent.withdraw")[0].payload)["after"]["withdrawal_note"] == "客户来电撤回"


def test_viewer_reads_consents_but_cannot_record_them(qtbot, office, clerk, make_user, modals, messages):
    c = office.customers.create(clerk, {"name": "张伟", "phone": "13800001111"})
    office.consents.add(clerk, c.id, {"purpose": "物业服务", "method": "written"})
    d = show(qtbot, DossierWindow(office, make_user("viewer"), c.id))

    def look(dlg):
        assert column_texts(dlg.view, 0) == ["物业服务"]
        click_row(qtbot, dlg.view, 0)
        assert not button(dlg, "Record consent…").isEnabled() and not button(dlg, "Withdraw…").isEnabled()
        click(qtbot, button(dlg, "Close"))
    modals.expect(look)
    click(qtbot, find(d, QPushButton, "consents"))
    modals.check()


def test_the_excel_copy_for_the_customer_and_a_deletion_request_from_the_dossier(
        qtbot, office, admin, clerk, keeper, manager, moved_out, modals, messages, save_to):
    c, _f, _cert = moved_out
    d = show(qtbot, DossierWindow(office, keeper, c.id))
    target = save_to("copy.xlsx")
    click(qtbot, find(d, QPushButton, "pipCopyXlsx"))
    assert messages.infos[-1] == f"Saved to {target}"
    wb = load_workbook(io.BytesIO(target.read_bytes()), read_only=True)
    assert len(wb.sheetnames) == 10
    for ws in wb.worksheets:
        assert any(NAME in str(v) for row in ws.iter_rows(max_row=3, values_only=True) for v in row if v), ws.title
    assert CONTACT in [v for row in wb["Contacts"].iter_rows(values_only=True) for v in row]
    event = events_exactly(office, "pii.copy")[0]
    assert (event.entity_id, json.loads(event.payload)["format"]) == (str(c.id), "xlsx")

    # the customer asks to be deleted: the certificate in the safe is named, then the request goes in
    assert d.deletion_button.isVisible()

    def refused(dlg):
        assert find(dlg, QPlainTextEdit, "askText").toPlainText() == "Customer's request (PIPL)"
        click(qtbot, button(dlg, "OK"))
        assert CERT_NO in dlg.error.text()
        click(qtbot, button(dlg, "Cancel"))
    modals.expect(refused)
    click(qtbot, find(d, QPushButton, "requestDeletion"))
    modals.check()
    office.archive.cancel_certificate(keeper, _cert.id, "抵押已解除")
    modals.expect(lambda dlg: click(qtbot, button(dlg, "OK")))
    click(qtbot, find(d, QPushButton, "requestDeletion"))
    modals.check()
    (req,) = office.retention.list_requests(keeper)
    assert req.pipl and req.reason == "Customer's request (PIPL)" and req.items[0]["id"] == c.id
    assert messages.infos[-1].startswith(f"Deletion request {req.number} was recorded")
    assert messages.errors == []


def test_menus_and_the_retention_periods_follow_the_role(qtbot, office, admin, clerk, manager, modals, messages):
    main = MainWindow(office, clerk)
    qtbot.addWidget(main)
    assert not main.retention_action.isEnabled() and not main.retention_settings_action.isEnabled()
    boss = MainWindow(office, manager)
    qtbot.addWidget(boss)
    assert boss.retention_action.isEnabled() and not boss.retention_settings_action.isEnabled()

    dialog = show(qtbot, RetentionSettingsDialog(office, admin))
    years = find(dialog, QSpinBox, "customer_years")
    assert (years.value(), find(dialog, QSpinBox, "entry_years").value()) == (3, 5)
    years.setFocus()
    QTest.keyClick(years, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(years, "4")
    click(qtbot, button(dialog, "Save"))
    assert office.retention.settings().customer_years == 4
    read_only = show(qtbot, RetentionSettingsDialog(office, manager))
    assert not find(read_only, QSpinBox, "customer_years").isEnabled()
    assert not button(read_only, "Save").isEnabled()

    window = boss.open_retention()
    assert isinstance(window, RetentionWindow) and "4 years after moving out" in window.statusBar().currentMessage()
    window.close()
