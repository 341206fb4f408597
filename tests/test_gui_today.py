"""The "today" panel as the desk lives with it, beyond tests/test_gui_today_panel.py: what "today"
and overdue look like, Enter on a row, a long list, a failing source, catching up with work done
elsewhere (new customer, coming back to the window, the five-minute timer) and the follow-up rules
dialog refusing bad days without changing anything."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QFormLayout, QLabel, QLineEdit, QWidget

import app.ui.main_window as main_window
from app.entries import DEFAULT_RULES
from app.errors import KeDangError
from app.ui.dossier import TAB_KEYS
from app.ui.main_window import MainWindow
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, click, click_row, column_texts, double_click, events_exactly, find, messages, modals, retype, row_pos,
    show, type_text,
)

TODAY = _dt.date.today()
NO_RULES = {"repair_finished": "", "complaint_closed": "", "customer_created": ""}


def _day(offset: int) -> str:
    return (TODAY + _dt.timedelta(days=offset)).isoformat()


class Clock:
    """Stands in for ``time`` in app.ui.main_window: the test decides how much time has passed."""

    def __init__(self):
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(main_window, "time", c)
    return c


@pytest.fixture
def desk(office, admin):
    """Rules off; one customer with a payment 3 days overdue and a repair reported today."""
    office.entries.set_rules(admin, NO_RULES)
    c = office.customers.create(admin, {"name": "钱多多", "phone": "13800003333"})
    office.desk_customer = c
    office.payment = office.entries.create(admin, c.id, "payment", {
        "category": "fee", "item": "水费", "date": _day(-30), "amount": "88.50", "status": "unpaid",
        "due_date": _day(-3)})
    office.repair = office.entries.create(admin, c.id, "repair", {"reported": _day(0), "description": "门锁坏了",
                                                                  "status": "open"})
    office.visit = office.entries.create(admin, c.id, "visit", {"visit_type": "return_visit", "planned": _day(-1),
                                                                "method": "phone"})
    return office


def _window(qtbot, office, session) -> MainWindow:
    w = MainWindow(office, session)
    show(qtbot, w)
    return w


def _ids(w: MainWindow) -> list[int]:
    return [i.ref_id for i in w.today.model.items]


def _other_desk_adds_a_repair(office, admin, customer_id: int, reported: int = -6):
    """Work done behind the window's back (another computer, another window)."""
    return office.entries.create(admin, customer_id, "repair", {"reported": _day(reported), "description": "停电",
                                                                "status": "in_progress"})


# ------------------------------------------------------------------ what the panel shows
def test_today_and_overdue_read_plainly_and_overdue_is_red(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    panel = w.today
    assert _ids(w) == [desk.payment.id, desk.visit.id, desk.repair.id]  # soonest due first
    assert panel.header.text() == "Due today and overdue: 3"
    assert column_texts(panel.view, 0) == [_day(-3), _day(-1), _day(0)]
    assert column_texts(panel.view, 1) == ["3 days", "1 day", "today"]
    red = [panel.model.index(r, 1).data(Qt.ItemDataRole.ForegroundRole) for r in range(3)]
    assert red[0] == QColor("#b00020") and red[1] == QColor("#b00020") and red[2] is None
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.model.columnCount())]
    row = {h: panel.model.index(0, c).data() for c, h in enumerate(headers)}
    assert row["Customer"] == "钱多多" and row["Code"] == desk.desk_customer.code
    assert row["Kind"] == "Payments & deposits" and "水费" in row["What"] and "88.50" in row["What"]


def test_dock_sits_on_the_right_and_the_view_menu_toggles_it(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    dock = find(w, QDockWidget, "todayDock")
    assert dock is w.today_dock and dock.windowTitle() == "Today"
    assert w.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    view_menu = [a.menu() for a in w.menuBar().actions() if a.text().replace("&", "") == "View"][0]
    toggle = [a for a in view_menu.actions() if a.objectName() == "toggleToday"][0]
    assert dock.isVisible() and toggle.isChecked()
    toggle.trigger()
    assert not dock.isVisible()
    toggle.trigger()
    assert dock.isVisible()
    assert w.customer_list.search.hasFocus()  # clicking the menu did not move the clerk's typing focus


def test_enter_and_double_click_open_the_dossier_at_the_entry(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    view = w.today.view
    click_row(qtbot, view, _ids(w).index(desk.payment.id), 2)
    QTest.keyClick(view, Qt.Key.Key_Return)
    window = w.dossiers[desk.desk_customer.id]
    assert window.isVisible()
    assert window.tabs.currentIndex() == TAB_KEYS.index("payment")
    page = window.pages["payment"]
    assert [page.model.items[i.row()].id for i in page.view.selectionModel().selectedRows()] == [desk.payment.id]

    # the same dossier (not a second window) turns to the return visit
    double_click(qtbot, view.viewport(), row_pos(view, _ids(w).index(desk.visit.id), 3))
    assert w.dossiers[desk.desk_customer.id] is window
    assert window.tabs.currentIndex() == TAB_KEYS.index("visit")
    page = window.pages["visit"]
    assert [page.model.items[i.row()].id for i in page.view.selectionModel().selectedRows()] == [desk.visit.id]


def test_more_than_500_due_says_so_and_shows_the_first_500(qtbot, office, admin):
    office.entries.set_rules(admin, NO_RULES)
    c = office.customers.create(admin, {"name": "孙大楼", "phone": "13800004444"})
    office.entries.bulk_create(admin, [(c.id, "repair", {"reported": _day(-1 - n % 30), "description": f"报修 {n}",
                                                         "status": "open"}) for n in range(501)])
    w = _window(qtbot, office, admin)
    assert w.today.model.rowCount() == 500
    assert "more than 500" in w.today.header.text()


def test_a_failing_source_is_shown_in_the_panel_not_raised(qtbot, desk, admin, monkeypatch, messages):
    w = _window(qtbot, desk, admin)

    def broken(session, limit=500):
        raise KeDangError("The database is busy. Try again in a moment.")

    monkeypatch.setattr(desk, "due_items", broken)
    w.refresh_today()
    assert w.today.model.rowCount() == 0
    assert w.today.header.text() == "The database is busy. Try again in a moment."
    assert messages.errors == []  # no message box in the clerk's face
    monkeypatch.undo()
    w.refresh_today()
    assert w.today.model.rowCount() == 3


# ------------------------------------------------------------------ catching up
def test_saving_a_new_customer_brings_the_panel_up_to_date(qtbot, desk, admin, modals):
    w = _window(qtbot, desk, admin)
    elsewhere = _other_desk_adds_a_repair(desk, admin, desk.desk_customer.id)
    assert elsewhere.id not in _ids(w)

    def fill(dialog):
        type_text(qtbot, dialog.fields.widgets["name"], "周新")
        retype(qtbot, dialog.fields.widgets["phone"], "13800005555")
        click(qtbot, button(dialog, "Save"))

    modals.expect(fill)
    w.new_action.trigger()
    modals.check()
    assert elsewhere.id in _ids(w)
    assert w.today.header.text() == "Due today and overdue: 4"


def test_coming_back_to_the_window_catches_up_at_most_every_few_seconds(qtbot, desk, admin, clock):
    w = _window(qtbot, desk, admin)
    other = QWidget()
    other.setWindowTitle("another program")

    def away_and_back():
        show(qtbot, other)  # the clerk works in another window …
        assert not w.isActiveWindow()
        w.activateWindow()  # … and comes back
        assert QTest.qWaitForWindowActive(w, 3000)

    first = _other_desk_adds_a_repair(desk, admin, desk.desk_customer.id, -6)
    clock.now += 2  # only two seconds since the last refresh: not yet
    away_and_back()
    assert first.id not in _ids(w)

    clock.now += 10
    away_and_back()
    assert first.id in _ids(w)

    second = _other_desk_adds_a_repair(desk, admin, desk.desk_customer.id, -7)
    away_and_back()  # straight back again: the clock has not moved
    assert second.id not in _ids(w)


def test_the_timer_catches_up_every_five_minutes(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    assert w._timer.isActive() and w._timer.interval() == 5 * 60 * 1000
    elsewhere = _other_desk_adds_a_repair(desk, admin, desk.desk_customer.id)
    w._timer.timeout.emit()
    assert elsewhere.id in _ids(w)


def test_a_change_in_an_open_dossier_refreshes_the_panel(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    window = w.open_dossier(desk.desk_customer.id)
    assert window is w.dossiers[desk.desk_customer.id]
    desk.entries.update(admin, desk.payment.id, {"status": "paid", "paid_date": _day(0)})
    assert desk.payment.id in _ids(w)  # nothing told the window yet
    window.changed.emit(desk.desk_customer.id)
    assert _ids(w) == [desk.visit.id, desk.repair.id]


def test_open_dossier_returns_none_when_the_customer_is_gone(qtbot, desk, admin, messages):
    w = _window(qtbot, desk, admin)
    assert w.open_dossier(999_999) is None
    assert len(messages.errors) == 1


# ------------------------------------------------------------------ follow-up rules
def test_rules_dialog_shows_the_rules_and_refuses_bad_days_without_changing_anything(qtbot, desk, admin, modals):
    desk.entries.set_rules(admin, DEFAULT_RULES)
    before = len(events_exactly(desk, "settings.followup_rules"))
    w = _window(qtbot, desk, admin)
    seen = {}

    def bad(dialog):
        assert QTest.qWaitForWindowActive(dialog, 3000)
        form = dialog.findChild(QFormLayout)
        for event, label in (("repair_finished", "Repair finished"), ("complaint_closed", "Complaint closed"),
                             ("customer_created", "New customer")):
            line = find(dialog, QLineEdit, event)
            assert form.labelForField(line).text() == label
        seen["shown"] = {e: find(dialog, QLineEdit, e).text() for e in DEFAULT_RULES}
        seen["intro"] = " ".join(lab.text() for lab in dialog.findChildren(QLabel))
        complaint = find(dialog, QLineEdit, "complaint_closed")
        retype(qtbot, complaint, "3, 0")
        find(dialog, QLineEdit, "customer_created").setFocus()
        click(qtbot, button(dialog, "Save"))
        seen["after_zero"] = (dialog.error.text(), dialog.isVisible(), dialog.focusWidget().objectName())
        retype(qtbot, complaint, "x")
        click(qtbot, button(dialog, "Save"))
        seen["after_x"] = dialog.error.text()
        click(qtbot, button(dialog, "Cancel"))

    modals.expect(bad)
    w.rules_action.trigger()
    modals.check()
    assert seen["shown"] == {"repair_finished": "3", "complaint_closed": "3, 30", "customer_created": "30, 60"}
    assert "return visit" in seen["intro"] and "empty" in seen["intro"]
    error, still_open, focused = seen["after_zero"]
    assert error.startswith("Complaint closed:") and "1 to 3650" in error
    assert still_open and focused == "complaint_closed"
    assert seen["after_x"].startswith("Complaint closed:")
    assert desk.entries.rules() == DEFAULT_RULES
    assert len(events_exactly(desk, "settings.followup_rules")) == before


def test_saved_rules_plan_the_return_visit_that_then_falls_due(qtbot, desk, admin, modals):
    w = _window(qtbot, desk, admin)

    def five_and_forty(dialog):
        retype(qtbot, find(dialog, QLineEdit, "repair_finished"), "5, 40")
        click(qtbot, button(dialog, "Save"))

    modals.expect(five_and_forty)
    w.rules_action.trigger()
    modals.check()
    assert desk.entries.rules()["repair_finished"] == [5, 40]
    # a repair finished 5 days ago under the new rule: its return visit is due today
    window = w.open_dossier(desk.desk_customer.id)
    desk.entries.update(admin, desk.repair.id, {"status": "done", "finished": _day(-5), "reported": _day(-6)})
    window.changed.emit(desk.desk_customer.id)
    due = {i.ref_id: i for i in w.today.model.items}
    assert desk.repair.id not in due
    visits = [i for i in due.values() if i.kind == "visit" and i.due_date == _day(0)]
    assert len(visits) == 1 and visits[0].tab == "visit"


@pytest.mark.parametrize("role", ["clerk", "viewer", "archivist", "manager"])
def test_only_the_administrator_has_the_settings_actions(qtbot, office, make_user, role):
    w = _window(qtbot, office, make_user(role))
    assert not w.rules_action.isEnabled() and not w.fields_action.isEnabled()
    assert w.duplicates_action.isEnabled() and w.duplicates_action.objectName() == "findDuplicates"
    assert w.fields_action.objectName() == "customFields"
