"""The main window's "today" panel and the follow-up rules, as the desk uses them."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QLineEdit

from app.ui.dossier import TAB_KEYS
from app.ui.main_window import MainWindow
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, click, column_texts, double_click, events_exactly, find, messages, modals, row_pos, show, type_text,
)

TODAY = _dt.date.today()


def _day(offset: int) -> str:
    return (TODAY + _dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def due_office(office, admin, make_user):
    """Rules off, so only the entries made here are due."""
    office.entries.set_rules(admin, {"repair_finished": "", "complaint_closed": "", "customer_created": ""})
    c = office.customers.create(admin, {"name": "赵敏", "phone": "13800002222"})
    e = {
        "unpaid": office.entries.create(admin, c.id, "payment", {
            "category": "fee", "item": "物业费", "date": _day(-40), "amount": "400", "status": "unpaid",
            "due_date": _day(-10)}),
        "repair": office.entries.create(admin, c.id, "repair", {"reported": _day(-2), "description": "漏水",
                                                                "status": "open"}),
        "visit": office.entries.create(admin, c.id, "visit", {"visit_type": "return_visit", "planned": _day(-1),
                                                              "method": "phone"}),
        "done": office.entries.create(admin, c.id, "repair", {"reported": _day(-5), "description": "换灯",
                                                              "status": "done", "finished": _day(-4)}),
        "future": office.entries.create(admin, c.id, "visit", {"visit_type": "visit", "planned": _day(3),
                                                               "method": "on_site"}),
        "voided": office.entries.create(admin, c.id, "complaint", {"received": _day(-3), "content": "噪音"}),
    }
    office.entries.void(make_user("archivist"), e["voided"].id, "登记错误")
    office.due_customer, office.due = c, e
    return office


def _window(qtbot, office, session) -> MainWindow:
    w = MainWindow(office, session)
    show(qtbot, w)
    return w


def test_panel_lists_exactly_what_is_due_with_days_overdue(qtbot, due_office, admin):
    w = _window(qtbot, due_office, admin)
    panel = w.today
    assert w.today_dock.isVisible()
    ids = [i.ref_id for i in panel.model.items]
    e = due_office.due
    assert ids == [e["unpaid"].id, e["repair"].id, e["visit"].id]  # soonest due first
    assert column_texts(panel.view, 1) == ["10 days", "2 days", "1 day"]
    assert "3" in panel.header.text()
    assert w.customer_list.search.hasFocus()  # the dock does not take the focus from the search box


def test_double_click_opens_the_dossier_at_the_entry(qtbot, due_office, admin):
    w = _window(qtbot, due_office, admin)
    panel = w.today
    row = [i.ref_id for i in panel.model.items].index(due_office.due["repair"].id)
    double_click(qtbot, panel.view.viewport(), row_pos(panel.view, row, 4))
    window = w.dossiers[due_office.due_customer.id]
    assert window.isVisible()
    assert window.tabs.currentIndex() == TAB_KEYS.index("repair")
    assert window.pages["repair"].current().id == due_office.due["repair"].id


def test_finishing_the_repair_takes_it_off_the_panel(qtbot, due_office, admin):
    w = _window(qtbot, due_office, admin)
    window = w.open_dossier(due_office.due_customer.id)
    due_office.entries.update(admin, due_office.due["repair"].id, {"status": "done", "finished": _day(0)})
    window.pages["basic"].saved.emit(due_office.due_customer.id)  # the dossier reports a change
    assert due_office.due["repair"].id not in [i.ref_id for i in w.today.model.items]


def test_admin_sets_follow_up_rules_and_bad_days_are_refused(qtbot, office, admin, modals, messages):
    w = _window(qtbot, office, admin)
    seen = {}

    def bad(dialog):
        line = find(dialog, QLineEdit, "repair_finished")
        line.selectAll()
        type_text(qtbot, line, "x")
        click(qtbot, button(dialog, "Save"))
        seen["error"] = dialog.error.text()
        line.selectAll()
        type_text(qtbot, line, "5, 40")
        click(qtbot, button(dialog, "Save"))

    modals.expect(bad)
    w.rules_action.trigger()
    modals.check()
    assert seen["error"].startswith("Repair finished:") and "1 to 3650" in seen["error"]
    assert office.entries.rules()["repair_finished"] == [5, 40]
    assert events_exactly(office, "settings.followup_rules")


def test_clerk_cannot_change_rules_or_custom_fields(qtbot, office, make_user):
    w = _window(qtbot, office, make_user("clerk"))
    assert not w.rules_action.isEnabled() and not w.fields_action.isEnabled()
    assert w.duplicates_action.isEnabled()
