"""The customer list (search, filters, sorting, opening), the customer form and the dossier window,
driven with the mouse and keyboard as a front-desk clerk would."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QPlainTextEdit

from app.demo import fill_demo
from app.pinyin import pinyin_keys
from app.ui.customer_form import CustomerDialog
from app.ui.dossier import ContactDialog, DossierWindow
from app.ui.main_window import MainWindow
from tests.gui_helpers import (  # noqa: F401  (messages, modals: autouse fixtures)
    button, choose, click, click_header, click_row, column_texts, events_exactly, find, find_row, messages, modals,
    double_click, retype, row_pos, show, type_text,
)

DEMO = 300
PHONE = "13912345678"
ID_NUMBER = "11010519491231002X"
COL = {name: i for i, name in enumerate(("code", "name", "kind", "level", "phone", "id_number", "unit", "status",
                                         "updated_at"))}


@pytest.fixture
def desk(office, admin):
    """The office with 300 demo customers and one known customer 张伟."""
    fill_demo(office, admin, customers=DEMO, seed=7)
    zhang = office.customers.create(admin, {"name": "张伟", "phone": PHONE, "id_number": ID_NUMBER,
                                            "unit": "8-1-901", "level": "key", "company": "鸿运物业管理有限公司"},
                                    allow_duplicates=True)
    office.zhang = zhang
    return office


def _window(qtbot, office, session) -> MainWindow:
    w = MainWindow(office, session)
    show(qtbot, w)
    return w


def _search(qtbot, w: MainWindow, text: str) -> None:
    lw = w.customer_list
    retype(qtbot, lw.search, text)
    qtbot.waitUntil(lambda: lw.model.query.text == text and not lw._timer.isActive(), timeout=3000)


def _stored(office, cid):
    return office.customers.repo.get(cid)


def _shown_ids(w: MainWindow) -> list[int]:
    m = w.customer_list.model
    return [m.customer_id(r) for r in range(m.rowCount())]


# ------------------------------------------------------------------ customer list: search
def test_list_shows_every_customer_with_count(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    lw = w.customer_list
    assert lw.model.rowCount() == DEMO + 1
    assert lw.count_label.text() == f"{DEMO + 1} customers"
    headers = [lw.model.headerData(i, Qt.Orientation.Horizontal) for i in range(lw.model.columnCount())]
    assert headers == ["Customer code", "Name", "Type", "Level", "Phone", "ID number", "Unit / address", "Status",
                       "Updated"]
    assert lw.model.index(0, COL["code"]).data() == "KH000001"
    assert w.focusWidget() is lw.search  # the cursor starts in the search box


def test_search_by_pinyin_initials(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    _search(qtbot, w, "zw")
    lw = w.customer_list
    names = column_texts(lw.view, COL["name"])
    assert "张伟" in names
    assert 0 < len(names) < DEMO
    assert all(pinyin_keys(n)[0].startswith("zw") for n in names), names
    assert lw.count_label.text() == f"{len(names)} customers"


def test_search_by_chinese_name(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    _search(qtbot, w, "张伟")
    ids = _shown_ids(w)
    assert desk.zhang.id in ids and len(ids) < 10
    for cid in ids:
        c = _stored(desk, cid)
        assert any("张伟" in f for f in (c.name, c.company, c.address, c.unit))
    row = find_row(w.customer_list.view, COL["code"], desk.zhang.code)
    assert w.customer_list.model.index(row, COL["phone"]).data() == PHONE
    assert w.customer_list.model.index(row, COL["unit"]).data() == "8-1-901"
    assert w.customer_list.model.index(row, COL["level"]).data() == "Key"


def test_search_by_one_chinese_character(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    _search(qtbot, w, "张")
    names = column_texts(w.customer_list.view, COL["name"])
    assert "张伟" in names and len(names) > 1


@pytest.mark.parametrize("fragment", ["1391234", "5678"])
def test_search_by_phone_digits(qtbot, desk, admin, fragment):
    w = _window(qtbot, desk, admin)
    _search(qtbot, w, fragment)
    ids = _shown_ids(w)
    assert desk.zhang.id in ids
    for cid in ids:
        c = _stored(desk, cid)
        assert any(fragment in f for f in (c.phone, c.id_number, c.unit, c.address, c.code)), c
    row = find_row(w.customer_list.view, COL["code"], desk.zhang.code)
    assert w.customer_list.model.index(row, COL["phone"]).data() == PHONE


def test_search_by_id_number_fragment(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    _search(qtbot, w, "19491231")
    ids = _shown_ids(w)
    assert desk.zhang.id in ids
    assert all("19491231" in _stored(desk, cid).id_number for cid in ids)
    row = find_row(w.customer_list.view, COL["code"], desk.zhang.code)
    assert w.customer_list.model.index(row, COL["id_number"]).data() == ID_NUMBER


@pytest.mark.parametrize("text", ["8-1-901", "鸿运物业", "鸿运", "zhangwei", "张 伟"])
def test_search_by_unit_company_and_full_pinyin(qtbot, desk, admin, text):
    w = _window(qtbot, desk, admin)
    _search(qtbot, w, text)
    assert desk.zhang.id in _shown_ids(w)
    assert len(_shown_ids(w)) < 5


def test_search_by_customer_code(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    _search(qtbot, w, desk.zhang.code.lower())
    assert column_texts(w.customer_list.view, COL["code"]) == [desk.zhang.code]


def test_ctrl_f_goes_back_to_the_search_box(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    lw = w.customer_list
    _search(qtbot, w, "张伟")
    click_row(qtbot, lw.view, 0)
    assert w.focusWidget() is lw.view
    QTest.keyClick(lw.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.focusWidget() is lw.search and lw.search.selectedText() == "张伟"
    qtbot.keyClicks(lw.search, "zw")  # typing replaces the old search
    qtbot.waitUntil(lambda: lw.model.query.text == "zw", timeout=3000)


def test_search_without_match_and_clearing(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    _search(qtbot, w, "不存在的客户名")
    assert w.customer_list.model.rowCount() == 0
    assert w.customer_list.count_label.text() == "0 customers"
    _search(qtbot, w, "")
    assert w.customer_list.model.rowCount() == DEMO + 1


def test_search_with_sql_and_fts_special_characters_is_harmless(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    for text in ['"', "'; DROP TABLE customers;--", "a*", "NEAR(", "%_", "[x]"]:
        _search(qtbot, w, text)
        assert w.customer_list.model.rowCount() >= 0
    assert desk.customers.count() == DEMO + 1


def test_enter_in_search_with_one_match_opens_the_dossier(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    retype(qtbot, w.customer_list.search, PHONE)
    QTest.keyClick(w.customer_list.search, Qt.Key.Key_Return)
    assert list(w.dossiers) == [desk.zhang.id]
    dossier = w.dossiers[desk.zhang.id]
    assert dossier.isVisible() and desk.zhang.code in dossier.windowTitle() and "张伟" in dossier.windowTitle()


# ------------------------------------------------------------------ customer list: filters and sorting
def _count(office, where: str) -> int:
    return office.db.scalar(f"SELECT count(*) FROM customers WHERE {where}")


def test_filters_narrow_the_list(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    lw = w.customer_list
    choose(lw.kind, "Company")
    companies = _count(desk, "kind = 'company'")
    assert 0 < companies < DEMO
    assert lw.model.rowCount() == companies
    assert set(column_texts(lw.view, COL["kind"])) == {"Company"}

    choose(lw.level, "Key")
    both = _count(desk, "kind = 'company' AND level = 'key'")
    assert lw.model.rowCount() == both < companies
    assert set(column_texts(lw.view, COL["level"])) == {"Key"}
    assert lw.count_label.text() == f"{both} customers"

    choose(lw.kind, "All types")
    choose(lw.status, "Moved out")
    moved = _count(desk, "level = 'key' AND status = 'moved_out'")
    assert lw.model.rowCount() == moved
    assert set(column_texts(lw.view, COL["status"])) <= {"Moved out"}

    choose(lw.status, "All statuses")
    choose(lw.level, "All levels")
    assert lw.model.rowCount() == DEMO + 1


def test_filter_and_search_together(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    lw = w.customer_list
    choose(lw.level, "Key")
    _search(qtbot, w, "张伟")
    assert desk.zhang.id in _shown_ids(w)
    choose(lw.kind, "Company")
    assert desk.zhang.id not in _shown_ids(w)


def test_clicking_a_header_sorts_by_that_column(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    lw = w.customer_list
    header = lw.view.horizontalHeader()
    names = [r[0] for r in desk.db.query("SELECT name FROM customers ORDER BY name, id")]

    click_header(qtbot, lw.view, COL["name"])
    first = lw.model.index(0, COL["name"]).data()
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        assert first == names[0]
    else:
        assert first == names[-1]
    click_header(qtbot, lw.view, COL["name"])  # again: the other way round
    first_again = lw.model.index(0, COL["name"]).data()
    assert {first, first_again} == {names[0], names[-1]}
    shown = column_texts(lw.view, COL["name"])
    assert shown == sorted(shown, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    # The code column starts ascending; one click turns it round: the newest customer comes first.
    click_header(qtbot, lw.view, COL["code"])
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        click_header(qtbot, lw.view, COL["code"])
    assert lw.model.index(0, COL["code"]).data() == desk.zhang.code

    # The sort stays when searching.
    _search(qtbot, w, "张")
    codes = column_texts(lw.view, COL["code"])
    assert len(codes) > 1 and codes == sorted(codes, reverse=True)


def test_enter_on_selected_row_opens_the_dossier(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    lw = w.customer_list
    _search(qtbot, w, "张伟")
    row = find_row(lw.view, COL["code"], desk.zhang.code)
    click_row(qtbot, lw.view, row, COL["name"])
    QTest.keyClick(lw.view, Qt.Key.Key_Return)
    assert desk.zhang.id in w.dossiers
    assert w.dossiers[desk.zhang.id].isVisible()
    assert w.dossiers[desk.zhang.id].basic.fields.widgets["phone"].text() == PHONE


def test_double_click_opens_the_dossier_once(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    lw = w.customer_list
    target = lw.model.customer_id(3)
    for _ in range(2):  # opening twice raises the same window
        double_click(qtbot, lw.view.viewport(), row_pos(lw.view, 3, COL["name"]))
    assert list(w.dossiers) == [target]
    assert len([x for x in QApplication.topLevelWidgets() if isinstance(x, DossierWindow) and x.isVisible()]) == 1


def test_viewer_sees_masked_id_and_phone(qtbot, desk, make_user):
    viewer = make_user("viewer")
    w = _window(qtbot, desk, viewer)
    assert not w.new_action.isEnabled()
    _search(qtbot, w, "张伟")
    lw = w.customer_list
    row = find_row(lw.view, COL["code"], desk.zhang.code)
    assert lw.model.index(row, COL["phone"]).data() == "139****5678"
    assert lw.model.index(row, COL["id_number"]).data() == "110105********002X"
    all_ids = column_texts(lw.view, COL["id_number"])
    assert all("*" in x for x in all_ids if x)
    assert PHONE not in column_texts(lw.view, COL["phone"])


# ------------------------------------------------------------------ customer form
def _dialog(qtbot, office, session) -> CustomerDialog:
    d = CustomerDialog(office, session)
    show(qtbot, d)
    return d


def _field(d, key):
    return d.fields.widgets[key]


def test_empty_name_is_named_and_nothing_is_saved(qtbot, office, admin):
    d = _dialog(qtbot, office, admin)
    assert d.focusWidget() is _field(d, "name")
    retype(qtbot, _field(d, "phone"), "13800138000")
    click(qtbot, button(d, "Save"))
    assert d.isVisible() and d.result() != QDialog.DialogCode.Accepted and d.customer is None
    assert d.error.isVisible() and d.error.text() == "Name: is required"
    assert d.focusWidget() is _field(d, "name")
    assert office.customers.count() == 0
    assert events_exactly(office, "customer.create") == []


def test_messages_are_chinese_on_a_chinese_desk(qtbot, office, admin):
    from app import i18n

    i18n.set_language("zh_CN")  # conftest sets English again afterwards
    name_label = i18n.translate("Customer", "Name")
    id_label = i18n.translate("Customer", "ID number")
    assert name_label != "Name" and id_label != "ID number"
    d = _dialog(qtbot, office, admin)
    retype(qtbot, _field(d, "phone"), "13800138000")
    click(qtbot, button(d, i18n.translate("UI", "Save")))
    assert name_label in d.error.text() and i18n.translate("Validation", "is required") in d.error.text()
    type_text(qtbot, _field(d, "name"), "李四")
    retype(qtbot, _field(d, "id_number"), "110105194912310021")
    click(qtbot, button(d, i18n.translate("UI", "Save")))
    assert id_label in d.error.text()
    assert i18n.translate("Validation", "the check character of the ID number is wrong") in d.error.text()
    assert not any(ch.isascii() and ch.isalpha() for ch in d.error.text()), d.error.text()
    assert office.customers.count() == 0


def test_wrong_id_check_character_is_named(qtbot, office, admin):
    d = _dialog(qtbot, office, admin)
    type_text(qtbot, _field(d, "name"), "李四")
    retype(qtbot, _field(d, "id_number"), "110105194912310021")  # the right check character is X
    retype(qtbot, _field(d, "phone"), "13800138000")
    click(qtbot, button(d, "Save"))
    assert d.isVisible() and d.customer is None
    assert "ID number" in d.error.text() and "check character" in d.error.text()
    assert d.focusWidget() is _field(d, "id_number")
    assert office.customers.count() == 0


@pytest.mark.parametrize("id_number, rule", [("110105202912310027", "not a past date"),
                                             ("110105194902300021", "not a real date"),
                                             ("1101051949", "18 characters")])
def test_impossible_id_numbers_are_named(qtbot, office, admin, id_number, rule):
    d = _dialog(qtbot, office, admin)
    type_text(qtbot, _field(d, "name"), "李四")
    retype(qtbot, _field(d, "id_number"), id_number)
    retype(qtbot, _field(d, "phone"), "13800138000")
    click(qtbot, button(d, "Save"))
    assert d.error.text().startswith("ID number:") and rule in d.error.text()
    assert office.customers.count() == 0


def test_bad_phone_is_named(qtbot, office, admin):
    d = _dialog(qtbot, office, admin)
    type_text(qtbot, _field(d, "name"), "李四")
    retype(qtbot, _field(d, "phone"), "12345")
    click(qtbot, button(d, "Save"))
    assert d.error.text().startswith("Phone:") and "11-digit" in d.error.text()
    assert d.focusWidget() is _field(d, "phone")
    assert office.customers.count() == 0


def test_company_credit_code_is_checked(qtbot, office, admin):
    d = _dialog(qtbot, office, admin)
    type_text(qtbot, _field(d, "name"), "福州鸿运物业管理有限公司")
    choose(_field(d, "kind"), "Company")
    assert d.fields.id_label.text() == "Unified social credit code"
    retype(qtbot, _field(d, "id_number"), "91350100M000100Y44")
    retype(qtbot, _field(d, "phone"), "0591-87654321")
    click(qtbot, button(d, "Save"))
    assert "Unified social credit code" in d.error.text() and "check character" in d.error.text()
    retype(qtbot, _field(d, "id_number"), "91350100M000100Y43")
    click(qtbot, button(d, "Save"))
    assert d.result() == QDialog.DialogCode.Accepted, d.error.text()
    stored = _stored(office, d.customer.id)
    assert stored.kind == "company" and stored.id_number == "91350100M000100Y43" and stored.phone == "0591-87654321"


def test_good_input_is_saved_and_audited(qtbot, office, admin):
    d = _dialog(qtbot, office, admin)
    type_text(qtbot, _field(d, "name"), "李四")
    choose(_field(d, "level"), "Key")
    retype(qtbot, _field(d, "id_number"), "440524188001010014")
    retype(qtbot, _field(d, "phone"), "138 0013 8000")
    retype(qtbot, _field(d, "unit"), "3-2-1201")
    note = _field(d, "note")
    note.setFocus()
    type_text(qtbot, note, "VIP 客户")
    QTest.keyClick(_field(d, "unit"), Qt.Key.Key_Return)  # Enter saves
    assert d.result() == QDialog.DialogCode.Accepted, d.error.text()
    c = d.customer
    assert c.code.startswith("KH")
    stored = _stored(office, c.id)
    assert (stored.name, stored.level, stored.id_number, stored.phone, stored.unit, stored.note) == (
        "李四", "key", "440524188001010014", "13800138000", "3-2-1201", "VIP 客户")
    event = events_exactly(office, "customer.create")[0]
    assert event.entity == "customer" and event.entity_id == str(c.id) and event.summary == c.code
    assert event.username == "admin"
    after = json.loads(event.payload)["after"]
    assert after["name"] == "李四" and after["phone"] == "13800138000" and after["code"] == c.code


def test_special_characters_and_long_note_are_stored_exactly(qtbot, office, admin):
    d = _dialog(qtbot, office, admin)
    name = "O'Brien <b>&amp;</b> \"; DROP TABLE customers;--"
    retype(qtbot, _field(d, "name"), name)
    retype(qtbot, _field(d, "phone"), "13800138000")
    long_note = ("备注<script>alert(1)</script>'\"%_\\\n" * 400)[:10000]
    QApplication.clipboard().setText(long_note)
    note = _field(d, "note")
    note.setFocus()
    QTest.keyClick(note, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # pasted
    assert note.toPlainText() == long_note
    click(qtbot, button(d, "Save"))
    assert d.result() == QDialog.DialogCode.Accepted, d.error.text()
    stored = _stored(office, d.customer.id)
    assert stored.name == name and stored.note == long_note


def test_typing_does_not_eat_references_to_true(qtbot, office, admin):
    """A clerk types all day. With PySide6 6.12.0 on Python 3.11 every Python-side Signal.emit()
    (CustomerFields emits ``changed`` on each keystroke) drops a reference to ``True``; after a few
    thousand keystrokes its count reaches zero and the program aborts with "Fatal Python error:
    bool_dealloc". (On Python 3.12+ True is immortal and this test passes trivially.)"""
    import sys

    d = _dialog(qtbot, office, admin)
    before = sys.getrefcount(True)
    retype(qtbot, _field(d, "address"), "福建省福州市鼓楼区五四路100号" + "a" * 100)
    note = _field(d, "note")
    note.setFocus()
    qtbot.keyClicks(note, "called about the repair, will come back on Monday " * 2)
    lost = before - sys.getrefcount(True)
    assert lost < 20, f"typing ~230 characters dropped {lost} references to True (PySide6 Signal.emit leak)"


def test_duplicate_phone_asks_before_saving(qtbot, office, admin, messages):
    first = office.customers.create(admin, {"name": "张伟", "phone": PHONE})
    d = _dialog(qtbot, office, admin)
    type_text(qtbot, _field(d, "name"), "张卫")
    retype(qtbot, _field(d, "phone"), PHONE)

    messages.answers.append(False)  # "Save anyway?" — No
    click(qtbot, button(d, "Save"))
    assert len(messages.questions) == 1
    assert "Phone already belongs to" in messages.questions[0] and first.code in messages.questions[0]
    assert "张伟" in messages.questions[0]
    assert d.isVisible() and d.customer is None
    assert "Not saved: possible duplicate" in d.error.text()
    assert office.customers.count() == 1
    assert len(events_exactly(office, "customer.create")) == 1

    messages.answers.append(True)  # Yes
    click(qtbot, button(d, "Save"))
    assert d.result() == QDialog.DialogCode.Accepted
    assert office.customers.count() == 2
    assert _stored(office, d.customer.id).phone == PHONE
    assert events_exactly(office, "customer.create")[0].entity_id == str(d.customer.id)


def test_duplicate_id_number_asks_too(qtbot, office, admin, messages):
    office.customers.create(admin, {"name": "张伟", "phone": PHONE, "id_number": ID_NUMBER})
    d = _dialog(qtbot, office, admin)
    type_text(qtbot, _field(d, "name"), "张伟")
    retype(qtbot, _field(d, "id_number"), ID_NUMBER.lower())
    retype(qtbot, _field(d, "phone"), "13700000000")
    messages.answers.append(False)
    click(qtbot, button(d, "Save"))
    assert "ID number already belongs to" in messages.questions[0]
    assert office.customers.count() == 1


def test_escape_cancels_without_saving(qtbot, office, admin):
    d = _dialog(qtbot, office, admin)
    type_text(qtbot, _field(d, "name"), "李四")
    retype(qtbot, _field(d, "phone"), "13800138000")
    QTest.keyClick(_field(d, "phone"), Qt.Key.Key_Escape)
    assert d.result() == QDialog.DialogCode.Rejected
    assert office.customers.count() == 0


def test_new_customer_from_the_main_window_appears_in_the_list(qtbot, desk, admin, modals):
    w = _window(qtbot, desk, admin)

    def fill(d):
        assert isinstance(d, CustomerDialog)
        type_text(qtbot, _field(d, "name"), "欧阳娜娜")
        retype(qtbot, _field(d, "phone"), "13600001111")
        click(qtbot, button(d, "Save"))

    modals.expect(fill)
    w.activateWindow()
    QTest.keyClick(w.customer_list.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    modals.check()
    lw = w.customer_list
    assert lw.model.rowCount() == DEMO + 2
    row = lw.view.currentIndex().row()
    assert lw.model.index(row, COL["name"]).data() == "欧阳娜娜"  # the new customer is selected
    assert lw.model.index(row, COL["phone"]).data() == "13600001111"
    assert "Saved KH" in w.statusBar().currentMessage() and "欧阳娜娜" in w.statusBar().currentMessage()
    assert events_exactly(desk, "customer.create")[0].summary == lw.model.index(row, COL["code"]).data()
    _search(qtbot, w, "oyn")
    assert column_texts(lw.view, COL["name"]) == ["欧阳娜娜"]


# ------------------------------------------------------------------ dossier: basic information
def _dossier(qtbot, office, session, cid) -> DossierWindow:
    d = DossierWindow(office, session, cid)
    show(qtbot, d)
    return d


def test_dossier_edit_phone_with_ctrl_s(qtbot, desk, admin, messages):
    d = _dossier(qtbot, desk, admin, desk.zhang.id)
    assert d.windowTitle() == f"Dossier — {desk.zhang.code} 张伟"
    assert d.basic.fields.code.text() == desk.zhang.code
    save = find(d, type(d.basic.save_button), "saveCustomer")
    assert not save.isEnabled()
    phone = d.basic.fields.widgets["phone"]
    retype(qtbot, phone, "13700009999")
    assert save.isEnabled()

    with qtbot.waitSignal(d.changed, timeout=2000) as blocker:
        d.activateWindow()
        QTest.keyClick(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [desk.zhang.id]
    assert not save.isEnabled() and not d.basic.error.isVisible()
    assert _stored(desk, desk.zhang.id).phone == "13700009999"
    event = events_exactly(desk, "customer.update")[0]
    payload = json.loads(event.payload)
    assert event.entity_id == str(desk.zhang.id) and event.summary == desk.zhang.code
    assert payload["before"] == {"phone": PHONE} and payload["after"] == {"phone": "13700009999"}
    d.close()  # no unsaved changes: no question
    assert messages.questions == []


def test_dossier_save_button_and_bad_input(qtbot, desk, admin):
    d = _dossier(qtbot, desk, admin, desk.zhang.id)
    name = d.basic.fields.widgets["name"]
    retype(qtbot, name, "")
    click(qtbot, d.basic.save_button)
    assert d.basic.error.text() == "Name: is required"
    assert _stored(desk, desk.zhang.id).name == "张伟"
    assert events_exactly(desk, "customer.update") == []

    type_text(qtbot, name, "张伟强")
    choose(d.basic.fields.widgets["status"], "Moved out")
    click(qtbot, d.basic.save_button)
    stored = _stored(desk, desk.zhang.id)
    assert stored.name == "张伟强" and stored.status == "moved_out" and stored.status_date
    assert d.windowTitle() == f"Dossier — {desk.zhang.code} 张伟强"
    payload = json.loads(events_exactly(desk, "customer.update")[0].payload)
    assert payload["before"] == {"name": "张伟", "status": "active"}
    assert payload["after"] == {"name": "张伟强", "status": "moved_out"}


def test_dossier_change_shows_in_the_list(qtbot, desk, admin):
    w = _window(qtbot, desk, admin)
    _search(qtbot, w, "张伟")
    lw = w.customer_list
    click_row(qtbot, lw.view, find_row(lw.view, COL["code"], desk.zhang.code))
    QTest.keyClick(lw.view, Qt.Key.Key_Return)
    d = w.dossiers[desk.zhang.id]
    retype(qtbot, d.basic.fields.widgets["unit"], "9-9-999")
    click(qtbot, d.basic.save_button)
    row = find_row(lw.view, COL["code"], desk.zhang.code)
    assert lw.model.index(row, COL["unit"]).data() == "9-9-999"


def test_main_window_does_not_close_over_unsaved_dossier(qtbot, desk, admin, messages):
    w = _window(qtbot, desk, admin)
    w.open_dossier(desk.zhang.id)
    d = w.dossiers[desk.zhang.id]
    retype(qtbot, d.basic.fields.widgets["phone"], "13700009999")
    messages.answers.append(False)
    assert not w.close()
    assert w.isVisible() and d.isVisible()
    messages.answers.append(True)
    assert w.close()
    assert _stored(desk, desk.zhang.id).phone == PHONE


def test_closing_dossier_with_unsaved_changes_asks(qtbot, desk, admin, messages):
    d = _dossier(qtbot, desk, admin, desk.zhang.id)
    retype(qtbot, d.basic.fields.widgets["phone"], "13700009999")
    messages.answers.append(False)
    d.close()
    assert d.isVisible() and "Close without saving" in messages.questions[0]
    messages.answers.append(True)
    d.close()
    assert not d.isVisible()
    assert _stored(desk, desk.zhang.id).phone == PHONE


# ------------------------------------------------------------------ dossier: contacts
def _contacts_tab(qtbot, d: DossierWindow):
    bar = d.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert d.tabs.currentIndex() == 1
    return d.pages["contacts"]  # built when its tab was first shown


def test_contacts_add_edit_remove(qtbot, desk, admin, modals, messages):
    cid = desk.zhang.id
    d = _dossier(qtbot, desk, admin, cid)
    tab = _contacts_tab(qtbot, d)
    assert tab.model.rowCount() == 0

    def add(dialog):
        assert isinstance(dialog, ContactDialog) and dialog.windowTitle() == "New contact"
        click(qtbot, button(dialog, "Save"))  # nothing typed yet
        assert dialog.error.text() == "Name: is required"
        choose(find(dialog, QComboBox, "role"), "Emergency contact")
        type_text(qtbot, find(dialog, QLineEdit, "name"), "李芳")
        retype(qtbot, find(dialog, QLineEdit, "phone"), "1370000")
        retype(qtbot, find(dialog, QLineEdit, "relation"), "spouse")
        click(qtbot, button(dialog, "Save"))
        assert dialog.error.text().startswith("Phone:")
        retype(qtbot, find(dialog, QLineEdit, "phone"), "13700001234")
        click(qtbot, button(dialog, "Save"))

    modals.expect(add)
    click(qtbot, find(tab, type(tab.add_button), "addContact"))
    modals.check()
    assert tab.model.rowCount() == 1
    assert [tab.model.index(0, c).data() for c in range(4)] == ["Emergency contact", "李芳", "13700001234", "spouse"]
    stored = desk.customers.list_contacts(admin, cid)
    assert [(c.role, c.name, c.phone, c.relation) for c in stored] == [("emergency", "李芳", "13700001234", "spouse")]
    created = events_exactly(desk, "contact.create")[0]
    assert created.entity_id == str(cid) and json.loads(created.payload)["after"]["role"] == "emergency"

    def edit(dialog):
        assert dialog.windowTitle() == "Edit contact"
        assert find(dialog, QLineEdit, "name").text() == "李芳"
        retype(qtbot, find(dialog, QLineEdit, "phone"), "13700005678")
        QTest.keyClick(find(dialog, QLineEdit, "phone"), Qt.Key.Key_Return)

    modals.expect(edit)
    click_row(qtbot, tab.view, 0, 1)
    click(qtbot, tab.edit_button)
    modals.check()
    assert tab.model.index(0, 2).data() == "13700005678"
    assert desk.customers.list_contacts(admin, cid)[0].phone == "13700005678"
    payload = json.loads(events_exactly(desk, "contact.update")[0].payload)
    assert payload["before"] == {"phone": "13700001234"} and payload["after"] == {"phone": "13700005678"}

    def cancel(dialog):
        retype(qtbot, find(dialog, QLineEdit, "phone"), "13700000000")
        click(qtbot, button(dialog, "Cancel"))

    modals.expect(cancel)  # double-click opens the contact; Cancel changes nothing
    double_click(qtbot, tab.view.viewport(), row_pos(tab.view, 0, 1))
    modals.check()
    assert desk.customers.list_contacts(admin, cid)[0].phone == "13700005678"
    assert len(events_exactly(desk, "contact.update")) == 1

    click_row(qtbot, tab.view, 0, 1)
    messages.answers.append(False)
    click(qtbot, tab.delete_button)
    assert "Remove the contact 李芳?" in messages.questions[-1]
    assert tab.model.rowCount() == 1 and events_exactly(desk, "contact.delete") == []

    messages.answers.append(True)
    click(qtbot, tab.delete_button)
    assert tab.model.rowCount() == 0
    assert desk.customers.list_contacts(admin, cid) == []
    removed = json.loads(events_exactly(desk, "contact.delete")[0].payload)["before"]
    assert removed["name"] == "李芳" and removed["role"] == "emergency"


def test_viewer_dossier_is_read_only(qtbot, desk, admin, make_user):
    desk.customers.add_contact(admin, desk.zhang.id, {"role": "emergency", "name": "李芳", "phone": "13700001234"})
    viewer = make_user("viewer")
    d = _dossier(qtbot, desk, viewer, desk.zhang.id)
    fields = d.basic.fields
    for key, widget in fields.widgets.items():
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            assert widget.isReadOnly(), key
        else:
            assert not widget.isEnabled(), key
    assert fields.widgets["phone"].text() == "139****5678"
    assert fields.widgets["id_number"].text() == "110105********002X"
    name = fields.widgets["name"]
    name.setFocus()
    type_text(qtbot, name, "x")
    QTest.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "张伟" and not d.basic.save_button.isEnabled()

    tab = _contacts_tab(qtbot, d)
    assert not tab.add_button.isEnabled() and not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    assert tab.model.index(0, 2).data() == "137****1234"
    # Double-clicking a contact opens nothing for a viewer (an unexpected dialog would fail the test).
    double_click(qtbot, tab.view.viewport(), row_pos(tab.view, 0, 1))
    qtbot.wait(50)
    assert _stored(desk, desk.zhang.id).name == "张伟"
    assert events_exactly(desk, "customer.update") == [] and events_exactly(desk, "contact.update") == []


def test_service_refuses_viewer_writes_even_without_buttons(qtbot, desk, make_user):
    from app.errors import PermissionDenied

    viewer = make_user("viewer")
    with pytest.raises(PermissionDenied):
        desk.customers.update(viewer, desk.zhang.id, {"phone": "13700009999"})
    assert events_exactly(desk, "permission.denied")[0].summary == "customer.update"


def test_new_customer_form_starts_from_the_record_defaults(qtbot, office, admin):
    """A new customer is a person of normal level, active — not whatever the first list item is."""
    from app.ui.customer_form import CustomerDialog

    d = CustomerDialog(office, admin)
    qtbot.addWidget(d)
    values = d.fields.values()
    assert (values["kind"], values["level"], values["status"]) == ("person", "normal", "active")
