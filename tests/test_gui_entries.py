"""The dossier's entry tabs and timeline, driven with mouse and keyboard as a clerk, a record keeper and
a viewer would: add, edit, void, read-only dossiers, sorting by a column, the timeline."""
from __future__ import annotations

import datetime as _dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from app.ui.dossier import TAB_KEYS, DossierWindow
from tests.gui_helpers import (  # noqa: F401  (messages, modals: autouse fixtures)
    button, choose, click, click_header, click_row, column_texts, double_click, events_exactly, find, find_row,
    messages, modals, row_pos, show, type_text,
)


@pytest.fixture
def customer(office, admin):
    office.entries.set_rules(admin, {"customer_created": ""})  # no planned visits unless a test wants them
    return office.customers.create(admin, {"name": "王芳", "phone": "13800001111"})


def open_tab(qtbot, office, session, customer_id, key: str):
    """Open the dossier and click the tab, as the clerk does."""
    d = DossierWindow(office, session, customer_id)
    show(qtbot, d)
    bar = d.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TAB_KEYS.index(key)).center())
    assert d.tabs.currentIndex() == TAB_KEYS.index(key)
    qtbot.waitUntil(d.pages[key].isVisible)  # a tab built on first showing appears with the next event
    return d, d.pages[key]


def tab_text(d: DossierWindow, key: str) -> str:
    """A tab's title as the user reads it ("&&" shows as "&")."""
    return d.tabs.tabText(TAB_KEYS.index(key)).replace("&&", "&")


def col(tab, key: str) -> int:
    return [f.key for f in tab.model.columns].index(key)


def payment(office, session, customer_id, **changes):
    fields = {"category": "fee", "item": "物业费", "date": "2026-11-01", "amount": "80", "status": "unpaid",
              **changes}
    return office.entries.create(session, customer_id, "payment", fields)


# ------------------------------------------------------------------ adding
def test_clerk_adds_a_repair_and_enter_saves_it(qtbot, office, make_user, customer, modals, messages):
    clerk = make_user("clerk")
    d, tab = open_tab(qtbot, office, clerk, customer.id, "repair")
    assert tab.add_button.isEnabled() and not tab.edit_button.isEnabled() and not tab.void_button.isEnabled()
    seen = {}

    def fill(dialog):
        seen["title"] = dialog.windowTitle()
        reported = find(dialog, QLineEdit, "reported")
        seen["reported"] = reported.text()
        seen["focus"] = dialog.focusWidget() is reported
        reported.selectAll()
        type_text(qtbot, reported, "2026-11-02")
        QTest.keyClick(reported, Qt.Key.Key_Tab)  # the tab order follows the fields
        description = find(dialog, QPlainTextEdit, "description")
        assert dialog.focusWidget() is description
        type_text(qtbot, description, "厨房水管漏水")
        QTest.keyClick(description, Qt.Key.Key_Tab)  # Tab leaves a multi-line field
        assert dialog.focusWidget() is find(dialog, QLineEdit, "location")
        type_text(qtbot, find(dialog, QLineEdit, "location"), "厨房")
        choose(find(dialog, QComboBox, "status"), "In progress")
        assignee = find(dialog, QLineEdit, "assignee")
        type_text(qtbot, assignee, "李师傅")
        QTest.keyClick(assignee, Qt.Key.Key_Return)  # Enter saves

    modals.expect(fill)
    click(qtbot, tab.add_button)
    modals.check()
    assert seen["title"] == "New — Repairs" and seen["focus"]
    assert seen["reported"] == _dt.date.today().isoformat()  # today, ready to keep
    [e] = office.entries.list(clerk, customer.id, "repair")
    assert (e.entry_date, e.data["description"], e.data["location"], e.data["assignee"], e.data["status"],
            e.is_open, e.created_by) == ("2026-11-02", "厨房水管漏水", "厨房", "李师傅", "in_progress", True,
                                         clerk.user_id)
    # the row is in the table, selected, and the tab counts it
    assert tab.model.rowCount() == 1 and tab.view.currentIndex().row() == 0
    assert tab.model.index(0, col(tab, "description")).data() == "厨房水管漏水"
    assert tab.model.index(0, col(tab, "status")).data() == "In progress"
    assert tab_text(d, "repair") == "Repairs (1)"
    event = events_exactly(office, "entry.create")[0]
    assert event.username == clerk.username and event.entity_id == str(customer.id)
    assert json.loads(event.payload)["after"]["description"] == "厨房水管漏水"
    assert tab.edit_button.isEnabled() and not tab.void_button.isEnabled()  # a clerk may edit, not void
    assert messages.errors == []


def test_ctrl_n_opens_the_form_ctrl_enter_saves_from_a_multiline_field_and_esc_cancels(qtbot, office, make_user,
                                                                                        customer, modals, messages):
    clerk = make_user("clerk")
    d, tab = open_tab(qtbot, office, clerk, customer.id, "complaint")

    def cancel(dialog):
        type_text(qtbot, find(dialog, QPlainTextEdit, "content"), "不要了")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    def fill(dialog):
        content = find(dialog, QPlainTextEdit, "content")
        type_text(qtbot, content, "楼上噪音")
        QTest.keyClick(content, Qt.Key.Key_Return)  # Enter is a new line here
        type_text(qtbot, content, "夜间施工")
        assert content.toPlainText() == "楼上噪音\n夜间施工"
        QTest.keyClick(content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves

    tab.view.setFocus()
    modals.expect(cancel)
    QTest.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert office.entries.list(clerk, customer.id) == [] and tab.model.rowCount() == 0
    d.activateWindow()  # the window manager does this when the form closes; offscreen Qt does not
    assert QTest.qWaitForWindowActive(d, 3000)
    qtbot.waitUntil(tab.view.hasFocus)  # the table has the focus again
    modals.expect(fill)
    QTest.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    [e] = office.entries.list(clerk, customer.id)
    assert (e.kind, e.data["content"], e.is_open) == ("complaint", "楼上噪音\n夜间施工", True)


def test_a_bad_amount_names_the_field_and_nothing_is_stored(qtbot, office, make_user, customer, modals, messages):
    clerk = make_user("clerk")
    _d, tab = open_tab(qtbot, office, clerk, customer.id, "payment")
    seen = {}

    def fill(dialog):
        assert find(dialog, QLineEdit, "amount").placeholderText() == "0.00"
        assert find(dialog, QLineEdit, "date").placeholderText() == "YYYY-MM-DD"
        type_text(qtbot, find(dialog, QLineEdit, "item"), "物业费")
        amount = find(dialog, QLineEdit, "amount")
        type_text(qtbot, amount, "80.125")
        click(qtbot, button(dialog, "Save"))
        seen["error"] = dialog.error.text()
        seen["visible"] = dialog.error.isVisible()
        seen["focus"] = dialog.focusWidget() is amount
        seen["stored"] = office.entries.list(clerk, customer.id)
        amount.selectAll()
        type_text(qtbot, amount, "-80")
        QTest.keyClick(amount, Qt.Key.Key_Return)
        seen["error2"] = dialog.error.text()
        click(qtbot, button(dialog, "Cancel"))

    modals.expect(fill)
    click(qtbot, tab.add_button)
    modals.check()
    assert seen["error"] == "Amount (yuan): has at most 2 decimal places (fen)" and seen["visible"] and seen["focus"]
    assert seen["error2"] == "Amount (yuan): may not be negative"
    assert seen["stored"] == [] and office.entries.list(clerk, customer.id) == []
    assert tab.model.rowCount() == 0 and events_exactly(office, "entry.create") == []


def test_a_paid_payment_needs_its_paid_date(qtbot, office, admin, customer, modals, messages):
    _d, tab = open_tab(qtbot, office, admin, customer.id, "payment")
    seen = {}

    def fill(dialog):
        type_text(qtbot, find(dialog, QLineEdit, "item"), "押金")
        choose(find(dialog, QComboBox, "category"), "Deposit")
        type_text(qtbot, find(dialog, QLineEdit, "amount"), "2000")
        choose(find(dialog, QComboBox, "status"), "Paid")
        click(qtbot, button(dialog, "Save"))
        seen["error"] = dialog.error.text()
        paid = find(dialog, QLineEdit, "paid_date")
        seen["focus"] = dialog.focusWidget() is paid
        type_text(qtbot, paid, "2026-11-03")
        click(qtbot, button(dialog, "Save"))

    modals.expect(fill)
    click(qtbot, tab.add_button)
    modals.check()
    assert seen["error"] == "Paid on: is required when the status is Paid" and seen["focus"]
    [e] = office.entries.list(admin, customer.id)
    assert (e.data["category"], e.amount_fen, e.data["paid_date"], e.is_open) == ("deposit", 200000, "2026-11-03",
                                                                                 False)
    assert tab.model.index(0, col(tab, "amount")).data() == "2,000.00"
    alignment = tab.model.index(0, col(tab, "amount")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight.value


def test_a_refusal_that_is_not_bad_input_is_shown_as_its_message(qtbot, office, admin, make_user, customer, modals,
                                                                 messages):
    clerk = make_user("clerk")
    _d, tab = open_tab(qtbot, office, clerk, customer.id, "correspondence")
    seen = {}

    def fill(dialog):
        type_text(qtbot, find(dialog, QLineEdit, "subject"), "催缴通知")
        office.customers.move_out(admin, customer.id, "2026-11-01")  # meanwhile, at the other desk
        click(qtbot, button(dialog, "Save"))
        seen["error"] = dialog.error.text()
        click(qtbot, button(dialog, "Cancel"))

    modals.expect(fill)
    click(qtbot, tab.add_button)
    modals.check()
    assert seen["error"] == (f"The dossier of {customer.code} is closed (Moved out): only a record keeper or a "
                             "manager may change it.")
    assert "Traceback" not in seen["error"] and office.entries.list(clerk, customer.id) == []


# ------------------------------------------------------------------ editing
def test_edit_by_double_click_keeps_the_amount_and_is_audited(qtbot, office, admin, make_user, customer, modals,
                                                              messages):
    clerk = make_user("clerk")
    e = payment(office, admin, customer.id, amount="1280.5", due_date="2026-11-15")
    _d, tab = open_tab(qtbot, office, clerk, customer.id, "payment")
    seen = {}

    def edit(dialog):
        seen["title"] = dialog.windowTitle()
        seen["amount"] = find(dialog, QLineEdit, "amount").text()
        seen["item"] = find(dialog, QLineEdit, "item").text()
        choose(find(dialog, QComboBox, "status"), "Paid")
        type_text(qtbot, find(dialog, QLineEdit, "paid_date"), "2026-11-10")
        receipt = find(dialog, QLineEdit, "receipt_no")
        type_text(qtbot, receipt, "SJ-0042")
        QTest.keyClick(receipt, Qt.Key.Key_Enter)

    modals.expect(edit)
    double_click(qtbot, tab.view.viewport(), row_pos(tab.view, 0, col(tab, "item")))
    modals.check()
    assert seen == {"title": "Edit — Payments & deposits", "amount": "1280.50", "item": "物业费"}
    s = office.entries.get(clerk, e.id)
    assert (s.data["status"], s.data["paid_date"], s.data["receipt_no"], s.amount_fen, s.is_open) == (
        "paid", "2026-11-10", "SJ-0042", 128050, False)
    assert tab.model.index(0, col(tab, "status")).data() == "Paid"
    assert tab.model.index(0, col(tab, "receipt_no")).data() == "SJ-0042"
    event = events_exactly(office, "entry.update")[0]
    assert event.username == clerk.username
    assert json.loads(event.payload)["before"] == {"paid_date": "", "receipt_no": "", "status": "unpaid"}
    assert json.loads(event.payload)["after"] == {"paid_date": "2026-11-10", "receipt_no": "SJ-0042",
                                                 "status": "paid"}


def test_enter_on_a_row_opens_it_and_a_finished_repair_plans_a_return_visit(qtbot, office, admin, customer, modals,
                                                                            messages):
    office.entries.set_rules(admin, {"repair_finished": "3"})
    e = office.entries.create(admin, customer.id, "repair", {"reported": "2026-11-01", "description": "电梯异响",
                                                             "status": "open"})
    d, tab = open_tab(qtbot, office, admin, customer.id, "repair")
    visits = d.page("visit")  # already built: it shows the new visit without reopening the dossier
    assert visits.model.rowCount() == 0

    def edit(dialog):
        assert find(dialog, QPlainTextEdit, "description").toPlainText() == "电梯异响"
        choose(find(dialog, QComboBox, "status"), "Done")
        type_text(qtbot, find(dialog, QLineEdit, "finished"), "2026-11-03")
        click(qtbot, button(dialog, "Save"))

    click_row(qtbot, tab.view, 0)
    modals.expect(edit)
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    modals.check()
    assert office.entries.get(admin, e.id).data["status"] == "done"
    assert [(v.follows_id, v.data["planned"]) for v in visits.model.items] == [(e.id, "2026-11-06")]
    assert visits.model.index(0, col(visits, "planned")).data() == "2026-11-06"
    assert tab_text(d, "visit") == "Visits & return visits (1)"


# ------------------------------------------------------------------ voiding
def test_record_keeper_voids_with_a_reason_and_the_row_stays_struck_through(qtbot, office, admin, make_user,
                                                                           customer, modals, messages):
    e = office.entries.create(admin, customer.id, "complaint", {"received": "2026-11-01", "content": "噪音"})
    keeper = make_user("archivist")
    d, tab = open_tab(qtbot, office, keeper, customer.id, "complaint")
    assert not tab.void_button.isEnabled()  # nothing selected yet
    click_row(qtbot, tab.view, 0)
    assert tab.void_button.isEnabled() and tab.edit_button.isEnabled()
    seen = {}

    def void(dialog):
        click(qtbot, button(dialog, "Void"))  # no reason yet: refused
        seen["error"] = dialog.error.text()
        seen["stored"] = office.entries.get(admin, e.id).voided
        reason = find(dialog, QLineEdit, "reason")
        type_text(qtbot, reason, "重复登记")
        QTest.keyClick(reason, Qt.Key.Key_Return)

    modals.expect(void)
    click(qtbot, tab.void_button)
    modals.check()
    assert seen == {"error": "Reason: is required", "stored": False}
    s = office.entries.get(admin, e.id)
    assert s.voided and s.void_reason == "重复登记" and s.voided_by == keeper.user_id
    assert tab.model.rowCount() == 1  # still in the dossier
    cell = tab.model.index(0, col(tab, "content"))
    assert cell.data() == "噪音"
    assert cell.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == "#888888"
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "重复登记" in tip and "archivist user" in tip and s.voided_at[:10] in tip
    assert not tab.edit_button.isEnabled() and not tab.void_button.isEnabled()
    handled = len(modals.handled)
    double_click(qtbot, tab.view.viewport(), row_pos(tab.view, 0))  # a void entry does not open for editing
    modals.check()
    assert len(modals.handled) == handled
    event = events_exactly(office, "entry.void")[0]
    assert event.username == keeper.username and json.loads(event.payload)["reason"] == "重复登记"


# ------------------------------------------------------------------ who may do what
def test_a_clerk_cannot_void_and_a_viewer_cannot_add_or_edit(qtbot, office, admin, make_user, customer, modals,
                                                             messages):
    payment(office, admin, customer.id)
    clerk, viewer = make_user("clerk"), make_user("viewer")
    _d, tab = open_tab(qtbot, office, clerk, customer.id, "payment")
    click_row(qtbot, tab.view, 0)
    assert tab.add_button.isEnabled() and tab.edit_button.isEnabled() and not tab.void_button.isEnabled()

    _d2, vtab = open_tab(qtbot, office, viewer, customer.id, "payment")
    assert vtab.model.rowCount() == 1 and vtab.model.index(0, col(vtab, "item")).data() == "物业费"
    click_row(qtbot, vtab.view, 0)
    assert not vtab.add_button.isEnabled() and not vtab.edit_button.isEnabled() and not vtab.void_button.isEnabled()
    # neither a double-click nor Ctrl+N opens a form for the viewer (an unexpected dialog fails the test)
    double_click(qtbot, vtab.view.viewport(), row_pos(vtab.view, 0))
    QTest.keyClick(vtab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert modals.handled == [] and len(office.entries.list(admin, customer.id)) == 1


def test_a_moved_out_customers_dossier_is_read_only_for_a_clerk_not_for_a_record_keeper(qtbot, office, admin,
                                                                                        make_user, customer, modals,
                                                                                        messages):
    payment(office, admin, customer.id)
    office.customers.move_out(admin, customer.id, "2026-11-20")
    clerk, keeper = make_user("clerk"), make_user("archivist")
    d, tab = open_tab(qtbot, office, clerk, customer.id, "payment")
    assert d.banner.isVisible() and "read-only" in d.banner.text()
    click_row(qtbot, tab.view, 0)
    assert not tab.add_button.isEnabled() and not tab.edit_button.isEnabled() and not tab.void_button.isEnabled()
    assert tab.model.rowCount() == 1  # still readable

    _k, ktab = open_tab(qtbot, office, keeper, customer.id, "correspondence")
    assert ktab.add_button.isEnabled()

    def fill(dialog):
        choose(find(dialog, QComboBox, "direction"), "Outgoing")
        subject = find(dialog, QLineEdit, "subject")
        type_text(qtbot, subject, "退租确认函")
        QTest.keyClick(subject, Qt.Key.Key_Return)

    modals.expect(fill)
    click(qtbot, ktab.add_button)
    modals.check()
    [e] = office.entries.list(keeper, customer.id, "correspondence")
    assert (e.data["direction"], e.data["subject"], e.created_by) == ("out", "退租确认函", keeper.user_id)


# ------------------------------------------------------------------ sorting
def test_clicking_a_header_sorts_the_rows_by_that_column(qtbot, office, admin, customer, modals, messages,
                                                         monkeypatch):
    for item, amount, date in (("水费", "30", "2026-10-01"), ("物业费", "1000", "2026-09-01"),
                               ("停车费", "200", "2026-11-01")):
        payment(office, admin, customer.id, item=item, amount=amount, date=date)
    _d, tab = open_tab(qtbot, office, admin, customer.id, "payment")
    item, amount = col(tab, "item"), col(tab, "amount")
    assert column_texts(tab.view, item) == ["停车费", "水费", "物业费"]  # newest first
    header = tab.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (col(tab, "date"),
                                                                            Qt.SortOrder.DescendingOrder)
    asked = []
    real = office.entries.list
    monkeypatch.setattr(office.entries, "list", lambda *a, **kw: asked.append(kw) or real(*a, **kw))
    click_row(qtbot, tab.view, 1)  # 水费 stays selected through the sorting

    click_header(qtbot, tab.view, amount)
    ascending = ["30.00", "200.00", "1,000.00"]  # by the amount, not by its text
    first = column_texts(tab.view, amount)
    assert first == (ascending if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else ascending[::-1])
    click_header(qtbot, tab.view, amount)
    assert column_texts(tab.view, amount) == first[::-1]
    assert {(kw["sort"], kw["descending"]) for kw in asked} == {("amount_fen", True), ("amount_fen", False)}
    assert tab.current().data["item"] == "水费" and tab.edit_button.isEnabled()

    click_header(qtbot, tab.view, item)
    items = column_texts(tab.view, item)
    assert items in (sorted(items), sorted(items, reverse=True)) and asked[-1]["sort"] == "item"


# ------------------------------------------------------------------ timeline
def test_timeline_newest_first_filter_and_open_in_its_tab(qtbot, office, admin, make_user, customer, modals,
                                                          messages):
    letter = office.entries.create(admin, customer.id, "correspondence", {"direction": "out", "date": "2025-03-01",
                                                                          "subject": "催缴函"})
    office.entries.create(admin, customer.id, "credit", {"assessed": "2026-06-01", "rating": "good",
                                                         "payment_habit": "on_time"})
    payment(office, admin, customer.id, date="2026-09-01", status="paid", paid_date="2026-09-02")
    office.entries.create(admin, customer.id, "repair", {"reported": "2026-10-01", "description": "漏水",
                                                         "status": "open"})
    wrong = office.entries.create(admin, customer.id, "complaint", {"received": "2026-08-01", "content": "录错"})
    office.entries.void(make_user("manager"), wrong.id, "录错了")
    d, tab = open_tab(qtbot, office, admin, customer.id, "timeline")
    assert column_texts(tab.view, 0) == ["2026-10-01", "2026-09-01", "2026-08-01", "2026-06-01", "2025-03-01"]
    assert column_texts(tab.view, 1) == ["Repairs", "Payments & deposits", "Complaints", "Credit", "Correspondence"]
    assert column_texts(tab.view, 4) == ["Open", "Done", "Void", "", ""]
    assert column_texts(tab.view, 3) == ["", "80.00", "", "", ""]
    assert tab.model.index(2, 2).data(Qt.ItemDataRole.FontRole).strikeOut()

    choose(tab.kind, "Correspondence")
    assert column_texts(tab.view, 1) == ["Correspondence"] and column_texts(tab.view, 2) == ["Outgoing · 催缴函"]
    choose(tab.kind, "All kinds")
    assert tab.model.rowCount() == 5
    choose(tab.kind, "Correspondence")
    double_click(qtbot, tab.view.viewport(), row_pos(tab.view, 0, 2))
    assert d.tabs.currentIndex() == TAB_KEYS.index("correspondence")
    page = d.pages["correspondence"]
    assert page.current().id == letter.id and page.view.selectionModel().isRowSelected(0)
    qtbot.waitUntil(page.isVisible)


def test_enter_on_a_timeline_row_brings_its_tab_forward_with_the_row_selected(qtbot, office, admin, customer, modals,
                                                                              messages):
    ids = [payment(office, admin, customer.id, item=f"第{n}期", date=f"2026-{n:02d}-01").id for n in range(1, 13)]
    d, tab = open_tab(qtbot, office, admin, customer.id, "timeline")
    row = find_row(tab.view, 0, "2026-03-01")
    click_row(qtbot, tab.view, row, 2)
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    assert d.tabs.currentIndex() == TAB_KEYS.index("payment")
    page = d.pages["payment"]
    assert page.current().id == ids[2]
    assert page.model.index(page.view.currentIndex().row(), col(page, "item")).data() == "第3期"


def test_an_entry_added_in_its_tab_shows_in_the_timeline(qtbot, office, admin, customer, modals, messages):
    d, timeline = open_tab(qtbot, office, admin, customer.id, "timeline")
    assert timeline.model.rowCount() == 0
    bar = d.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TAB_KEYS.index("credit")).center())
    credit = d.pages["credit"]

    def fill(dialog):
        choose(find(dialog, QComboBox, "rating"), "Poor")
        choose(find(dialog, QComboBox, "payment_habit"), "Often late")
        defaults = find(dialog, QLineEdit, "defaults")
        type_text(qtbot, defaults, "3")
        QTest.keyClick(defaults, Qt.Key.Key_Return)

    modals.expect(fill)
    click(qtbot, credit.add_button)
    modals.check()
    assert column_texts(timeline.view, 2) == ["Poor · Often late"]
    assert credit.model.index(0, col(credit, "defaults")).data() == "3"


def test_visits_are_listed_by_the_day_made_or_else_the_day_planned(qtbot, office, admin, customer, modals, messages):
    for planned, done in (("2026-09-28", "2026-10-01"), ("2026-12-01", ""), ("", "2026-11-01")):
        office.entries.create(admin, customer.id, "visit", {"visit_type": "visit", "method": "phone",
                                                            "planned": planned, "done": done})
    _d, tab = open_tab(qtbot, office, admin, customer.id, "visit")
    assert column_texts(tab.view, col(tab, "planned")) == ["2026-12-01", "", "2026-09-28"]
    assert column_texts(tab.view, col(tab, "done")) == ["", "2026-11-01", "2026-10-01"]
