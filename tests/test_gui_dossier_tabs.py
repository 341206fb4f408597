"""The dossier's entry tabs and timeline, driven as a clerk, a record keeper and a viewer would."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from app.ui.dossier import TAB_KEYS, DossierWindow
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, choose, click, click_header, click_row, column_texts, double_click, events_exactly, find, messages,
    modals, row_pos, show, type_text,
)


@pytest.fixture
def customer(office, admin):
    return office.customers.create(admin, {"name": "王芳", "phone": "13800001111"})


def _open(qtbot, office, session, customer_id, tab: str) -> tuple[DossierWindow, object]:
    d = DossierWindow(office, session, customer_id)
    show(qtbot, d)
    bar = d.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TAB_KEYS.index(tab)).center())
    assert d.tabs.currentIndex() == TAB_KEYS.index(tab)
    return d, d.pages[tab]


def test_clerk_adds_a_repair_with_the_keyboard(qtbot, office, make_user, customer, modals, messages):
    clerk = make_user("clerk")
    d, tab = _open(qtbot, office, clerk, customer.id, "repair")

    def fill(dialog):
        assert find(dialog, QLineEdit, "reported").text()  # today, ready to keep
        QTest.keyClick(dialog.widgets["reported"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, dialog.widgets["reported"], "2026-11-02")
        type_text(qtbot, find(dialog, QPlainTextEdit, "description"), "厨房水管漏水")
        type_text(qtbot, find(dialog, QLineEdit, "assignee"), "李师傅")
        QTest.keyClick(find(dialog, QLineEdit, "assignee"), Qt.Key.Key_Return)  # Enter saves

    modals.expect(fill)
    click(qtbot, tab.add_button)
    modals.check()
    stored = office.entries.list(clerk, customer.id, "repair")
    assert len(stored) == 1
    e = stored[0]
    assert (e.entry_date, e.data["description"], e.data["assignee"], e.data["status"], e.is_open) == (
        "2026-11-02", "厨房水管漏水", "李师傅", "open", True)
    assert tab.model.rowCount() == 1 and tab.view.currentIndex().row() == 0
    event = events_exactly(office, "entry.create")[0]
    assert event.username == clerk.username and json.loads(event.payload)["after"]["description"] == "厨房水管漏水"
    assert d.tabs.tabText(TAB_KEYS.index("repair")).endswith("(1)")


def test_a_negative_amount_is_refused_naming_the_field(qtbot, office, admin, customer, modals, messages):
    d, tab = _open(qtbot, office, admin, customer.id, "payment")
    seen = {}

    def fill(dialog):
        type_text(qtbot, find(dialog, QLineEdit, "item"), "物业费")
        type_text(qtbot, find(dialog, QLineEdit, "amount"), "-80")
        click(qtbot, button(dialog, "Save"))
        seen["error"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget() is dialog.widgets["amount"]
        click(qtbot, button(dialog, "Cancel"))

    modals.expect(fill)
    click(qtbot, tab.add_button)
    modals.check()
    assert seen["error"] == "Amount (yuan): may not be negative"
    assert seen["focus"]
    assert office.entries.list(admin, customer.id) == [e for e in office.entries.list(admin, customer.id)
                                                      if e.kind != "payment"]


def test_edit_by_double_click_and_mark_done(qtbot, office, admin, customer, modals, messages):
    e = office.entries.create(admin, customer.id, "repair", {"reported": "2026-11-01", "description": "电梯异响",
                                                             "status": "open"})
    d, tab = _open(qtbot, office, admin, customer.id, "repair")

    def edit(dialog):
        assert find(dialog, QPlainTextEdit, "description").toPlainText() == "电梯异响"
        choose(find(dialog, QComboBox, "status"), "Done")
        type_text(qtbot, find(dialog, QLineEdit, "finished"), "2026-11-03")
        click(qtbot, button(dialog, "Save"))

    modals.expect(edit)
    double_click(qtbot, tab.view.viewport(), row_pos(tab.view, 0, 1))
    modals.check()
    stored = office.entries.get(admin, e.id)
    assert stored.data["status"] == "done" and stored.data["finished"] == "2026-11-03" and not stored.is_open
    # the return visit the rules plan 3 days after the repair is finished is in the visits tab
    visits = d.page("visit")
    assert any(v.follows_id == e.id and v.data["planned"] == "2026-11-06" for v in visits.model.items)


def test_record_keeper_voids_with_a_reason_and_the_row_stays_struck_through(qtbot, office, admin, make_user,
                                                                           customer, modals, messages):
    e = office.entries.create(admin, customer.id, "complaint", {"received": "2026-11-01", "content": "噪音"})
    keeper = make_user("archivist")
    d, tab = _open(qtbot, office, keeper, customer.id, "complaint")
    click_row(qtbot, tab.view, 0)

    def void(dialog):
        click(qtbot, button(dialog, "Void"))  # no reason yet: refused
        assert "Reason" in dialog.error.text()
        type_text(qtbot, find(dialog, QLineEdit, "reason"), "重复登记")
        click(qtbot, button(dialog, "Void"))

    modals.expect(void)
    click(qtbot, tab.void_button)
    modals.check()
    stored = office.entries.get(admin, e.id)
    assert stored.voided and stored.void_reason == "重复登记"
    index = tab.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "重复登记" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not tab.edit_button.isEnabled() and not tab.void_button.isEnabled()
    assert events_exactly(office, "entry.void")[0].username == keeper.username


def test_roles_clerk_cannot_void_viewer_cannot_add_closed_dossier_is_read_only(qtbot, office, admin, make_user,
                                                                              customer, modals, messages):
    office.entries.create(admin, customer.id, "payment", {"category": "fee", "item": "物业费", "date": "2026-11-01",
                                                          "amount": "80", "status": "unpaid"})
    clerk, viewer = make_user("clerk"), make_user("viewer")
    _d, tab = _open(qtbot, office, clerk, customer.id, "payment")
    click_row(qtbot, tab.view, 0)
    assert tab.add_button.isEnabled() and tab.edit_button.isEnabled() and not tab.void_button.isEnabled()
    _d2, vtab = _open(qtbot, office, viewer, customer.id, "payment")
    assert not vtab.add_button.isEnabled() and not vtab.edit_button.isEnabled()
    office.customers.move_out(admin, customer.id, "2026-11-20")
    d3, ctab = _open(qtbot, office, clerk, customer.id, "payment")
    assert not ctab.add_button.isEnabled()
    assert d3.banner.isVisible() and "read-only" in d3.banner.text()


def test_sorting_by_a_column_reorders_the_rows(qtbot, office, admin, customer, modals, messages):
    for item, amount, date in (("水费", "30", "2026-10-01"), ("物业费", "400", "2026-09-01"), ("停车费", "200", "2026-11-01")):
        office.entries.create(admin, customer.id, "payment", {"category": "fee", "item": item, "date": date,
                                                              "amount": amount, "status": "paid", "paid_date": date})
    _d, tab = _open(qtbot, office, admin, customer.id, "payment")
    item_col = [f.key for f in tab.model.columns].index("item")
    amount_col = [f.key for f in tab.model.columns].index("amount")
    assert column_texts(tab.view, item_col) == ["停车费", "水费", "物业费"]  # newest first
    click_header(qtbot, tab.view, amount_col)
    amounts = column_texts(tab.view, amount_col)
    assert amounts in (["30.00", "200.00", "400.00"], ["400.00", "200.00", "30.00"])
    click_header(qtbot, tab.view, amount_col)
    assert column_texts(tab.view, amount_col) == list(reversed(amounts))


def test_timeline_newest_first_filter_and_open_in_its_tab(qtbot, office, admin, customer, modals, messages):
    old = office.entries.create(admin, customer.id, "correspondence", {"direction": "out", "date": "2025-03-01",
                                                                       "subject": "催缴函"})
    office.entries.create(admin, customer.id, "credit", {"assessed": "2026-06-01", "rating": "good",
                                                         "payment_habit": "on_time"})
    d, tab = _open(qtbot, office, admin, customer.id, "timeline")
    dates = column_texts(tab.view, 0)
    assert dates == sorted(dates, reverse=True) and "2025-03-01" in dates
    choose(tab.kind, "Correspondence")
    assert column_texts(tab.view, 1) == ["Correspondence"]
    double_click(qtbot, tab.view.viewport(), row_pos(tab.view, 0, 2))
    assert d.tabs.currentIndex() == TAB_KEYS.index("correspondence")
    page = d.pages["correspondence"]
    assert page.current().id == old.id


def test_clerk_moves_a_tenant_out_and_the_record_keeper_reinstates(qtbot, office, admin, make_user, customer,
                                                                   modals, messages):
    clerk = make_user("clerk")
    d = DossierWindow(office, clerk, customer.id)
    show(qtbot, d)
    assert d.move_out_button.isVisible() and not d.banner.isVisible()
    seen = {}

    def move_out(dialog):
        date = find(dialog, QLineEdit, "date")
        date.selectAll()
        type_text(qtbot, date, "2099-01-01")
        click(qtbot, button(dialog, "Move out"))
        seen["error"] = dialog.error.text()
        date.selectAll()
        type_text(qtbot, date, "2026-11-20")
        type_text(qtbot, find(dialog, QLineEdit, "note"), "租约到期")
        click(qtbot, button(dialog, "Move out"))

    modals.expect(move_out)
    click(qtbot, d.move_out_button)
    modals.check()
    assert seen["error"] == "Move-out date: may not be in the future"
    stored = office.customers.repo.get(customer.id)
    assert (stored.status, stored.status_date) == ("moved_out", "2026-11-20")
    assert d.banner.isVisible() and "2026-11-20" in d.banner.text() and "read-only" in d.banner.text()
    assert not d.move_out_button.isVisible() and not d.reinstate_button.isVisible()  # a clerk cannot reinstate
    assert not d.basic.save_button.isEnabled() and d.basic.fields.widgets["name"].isReadOnly()
    event = events_exactly(office, "customer.move_out")[0]
    assert event.username == clerk.username and "租约到期" in event.payload

    keeper = make_user("archivist")
    k = DossierWindow(office, keeper, customer.id)
    show(qtbot, k)
    assert k.reinstate_button.isVisible()
    messages.answers.append(True)
    click(qtbot, k.reinstate_button)
    assert office.customers.repo.get(customer.id).status == "active"
    assert not k.banner.isVisible() and k.move_out_button.isVisible()


def test_moved_out_and_archived_customers_are_listed_together(qtbot, office, admin, customer):
    from app.ui.main_window import MainWindow

    archived = office.customers.create(admin, {"name": "郑和", "phone": "13800007777", "status": "archived"})
    active = office.customers.create(admin, {"name": "冯宁", "phone": "13800008888"})
    office.customers.move_out(admin, customer.id, "2026-11-01")
    w = MainWindow(office, admin)
    show(qtbot, w)
    lw = w.customer_list
    choose(lw.status, "Moved out or archived")
    qtbot.waitUntil(lambda: lw.model.rowCount() == 2, timeout=3000)
    shown = {lw.model.customer_id(r) for r in range(lw.model.rowCount())}
    assert shown == {customer.id, archived.id} and active.id not in shown
