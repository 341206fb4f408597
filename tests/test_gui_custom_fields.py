"""Custom fields and tags as the office uses them: the administrator adds a field, the front desk
fills it in the customer form and the dossier, and the search finds the value."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QPlainTextEdit

from app.models.records import CustomerQuery
from app.ui.custom_fields import CustomFieldDialog, CustomFieldsDialog
from app.ui.customer_form import CustomerDialog
from app.ui.dossier import DossierWindow
from tests.gui_helpers import (  # noqa: F401  (messages, modals: autouse fixtures)
    button, choose, click, column_texts, double_click, events_exactly, find, find_row, messages, modals,
    retype, row_pos, show, type_text,
)


def _fields_dialog(qtbot, office, session) -> CustomFieldsDialog:
    return show(qtbot, CustomFieldsDialog(office, session))


def _new_customer(qtbot, office, session) -> CustomerDialog:
    return show(qtbot, CustomerDialog(office, session))


def _dossier(qtbot, office, session, cid) -> DossierWindow:
    return show(qtbot, DossierWindow(office, session, cid))


def _found(office, session, text):
    return office.customers.search(session, CustomerQuery(text=text))


def _source_field(office, admin, kind=""):
    return office.custom_fields.create(admin, {"label": "客户来源", "type": "choice", "customer_kind": kind,
                                               "choices": ["上门", "转介绍", "网络"]})


# ------------------------------------------------------------------ the administrator's list
def test_admin_adds_a_choice_field_and_the_form_shows_it(qtbot, office, admin, modals):
    d = _fields_dialog(qtbot, office, admin)
    assert d.model.rowCount() == 0
    assert d.add_button.isEnabled() and d.edit_button.isEnabled()

    def add(dialog):
        assert isinstance(dialog, CustomFieldDialog) and dialog.windowTitle() == "New custom field"
        assert dialog.focusWidget() is find(dialog, QLineEdit, "label")
        choices = find(dialog, QLineEdit, "choices")
        assert not choices.isEnabled()  # a text field has no choices
        click(qtbot, button(dialog, "Save"))
        assert dialog.error.text() == "Field name: is required"
        assert dialog.focusWidget() is find(dialog, QLineEdit, "label")
        type_text(qtbot, find(dialog, QLineEdit, "label"), "客户来源")
        choose(find(dialog, QComboBox, "customerKind"), "Person")
        choose(find(dialog, QComboBox, "type"), "Choice")
        assert choices.isEnabled()
        choices.setFocus()
        type_text(qtbot, choices, "上门")
        click(qtbot, button(dialog, "Save"))
        assert dialog.error.text() == "Choices: a choice field needs at least 2 choices"
        assert dialog.focusWidget() is choices
        type_text(qtbot, choices, "，转介绍, 网络")
        assert find(dialog, QCheckBox, "active").isChecked()
        click(qtbot, button(dialog, "Save"))

    modals.expect(add)
    click(qtbot, d.add_button)
    modals.check()
    assert d.model.rowCount() == 1
    assert [d.model.index(0, c).data() for c in range(5)] == ["客户来源", "Choice", "Person", "上门, 转介绍, 网络",
                                                              "Active"]
    [stored] = office.custom_fields.all(admin)
    assert (stored.label, stored.type, stored.customer_kind, stored.choices) == (
        "客户来源", "choice", "person", ["上门", "转介绍", "网络"])
    assert events_exactly(office, "custom_field.create")[0].summary == "客户来源"

    # The new-customer form shows it for a person, not for a company; a choice made is kept.
    c = _new_customer(qtbot, office, admin)
    key = f"extra:{stored.id}"
    combo = find(c, QComboBox, key)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "上门", "转介绍", "网络"]
    assert combo.currentText() == ""
    choose(combo, "转介绍")
    choose(c.fields.widgets["kind"], "Company")
    assert c.findChild(QComboBox, key) is None and key not in c.fields.extra_widgets
    choose(c.fields.widgets["kind"], "Person")
    combo = find(c, QComboBox, key)
    assert combo.currentText() == "转介绍"
    type_text(qtbot, c.fields.widgets["name"], "李四")
    retype(qtbot, c.fields.widgets["phone"], "13800138000")
    click(qtbot, button(c, "Save"))
    assert c.result() == QDialog.DialogCode.Accepted, c.error.text()
    assert office.customers.repo.get(c.customer.id).extra == {str(stored.id): "转介绍"}
    assert _found(office, admin, "转介绍") == [c.customer.id]


def test_admin_edits_and_retires_a_field(qtbot, office, admin, modals):
    f = _source_field(office, admin)
    office.custom_fields.create(admin, {"label": "面积", "type": "number"})
    _ = office.customers.create(admin, {"name": "李四", "phone": "13800138000", "extra": {str(f.id): "上门"}})
    d = _fields_dialog(qtbot, office, admin)
    assert column_texts(d.view, 0) == ["客户来源", "面积"]

    def edit(dialog):
        assert dialog.windowTitle() == "Edit custom field"
        label = find(dialog, QLineEdit, "label")
        assert label.text() == "客户来源"
        assert find(dialog, QComboBox, "type").currentText() == "Choice"
        assert find(dialog, QLineEdit, "choices").text() == "上门, 转介绍, 网络"
        retype(qtbot, label, "面积")  # taken by the other field
        click(qtbot, button(dialog, "Save"))
        assert dialog.error.text() == "Field name: is already used by another field"
        choose(find(dialog, QComboBox, "type"), "Text")  # customers already have values
        retype(qtbot, label, "来源渠道")
        click(qtbot, button(dialog, "Save"))
        assert "cannot change" in dialog.error.text() and "客户来源" in dialog.error.text()
        choose(find(dialog, QComboBox, "type"), "Choice")
        click(qtbot, find(dialog, QCheckBox, "active"))  # retired
        click(qtbot, button(dialog, "Save"))

    modals.expect(edit)
    double_click(qtbot, d.view.viewport(), row_pos(d.view, find_row(d.view, 0, "客户来源"), 0))
    modals.check()
    stored = office.custom_fields.repo.get(f.id)
    assert (stored.label, stored.type, stored.active) == ("来源渠道", "choice", False)
    row = find_row(d.view, 0, "来源渠道")
    assert d.model.index(row, 4).data() == "Retired"
    # A retired field is no longer in the form, and its value stays on file.
    c = _new_customer(qtbot, office, admin)
    assert c.findChild(QComboBox, f"extra:{f.id}") is None


@pytest.mark.parametrize("role", ["archivist", "clerk", "viewer"])
def test_only_the_administrator_may_change_fields(qtbot, office, admin, make_user, role):
    _source_field(office, admin)
    d = _fields_dialog(qtbot, office, make_user(role))
    assert column_texts(d.view, 0) == ["客户来源"]
    assert not d.add_button.isEnabled() and not d.edit_button.isEnabled()
    double_click(qtbot, d.view.viewport(), row_pos(d.view, 0, 0))  # opens nothing (a dialog would fail the test)
    qtbot.wait(50)
    assert events_exactly(office, "custom_field.update") == []


# ------------------------------------------------------------------ values in the customer form
def test_bad_number_is_named_and_nothing_is_saved(qtbot, office, admin):
    area = office.custom_fields.create(admin, {"label": "面积", "type": "number"})
    since = office.custom_fields.create(admin, {"label": "入住日期", "type": "date"})
    c = _new_customer(qtbot, office, admin)
    area_edit = find(c, QLineEdit, f"extra:{area.id}")
    since_edit = find(c, QLineEdit, f"extra:{since.id}")
    assert since_edit.placeholderText() == "YYYY-MM-DD"
    type_text(qtbot, c.fields.widgets["name"], "李四")
    retype(qtbot, c.fields.widgets["phone"], "13800138000")
    retype(qtbot, area_edit, "八十平")
    click(qtbot, button(c, "Save"))
    assert c.isVisible() and c.customer is None
    assert c.error.text() == "面积: is not a number"
    assert c.focusWidget() is area_edit
    assert office.customers.count() == 0 and events_exactly(office, "customer.create") == []

    retype(qtbot, area_edit, "88.50")
    retype(qtbot, since_edit, "2024-02-30")
    click(qtbot, button(c, "Save"))
    assert c.error.text() == "入住日期: is not a real date in the form YYYY-MM-DD"
    assert c.focusWidget() is since_edit and office.customers.count() == 0

    retype(qtbot, since_edit, "2024-02-29")
    click(qtbot, button(c, "Save"))
    assert c.result() == QDialog.DialogCode.Accepted, c.error.text()
    assert office.customers.repo.get(c.customer.id).extra == {str(area.id): "88.5", str(since.id): "2024-02-29"}


def test_tags_typed_in_the_form_are_stored(qtbot, office, admin):
    c = _new_customer(qtbot, office, admin)
    type_text(qtbot, c.fields.widgets["name"], "李四")
    retype(qtbot, c.fields.widgets["phone"], "13800138000")
    tags = find(c, QLineEdit, "tags")
    retype(qtbot, tags, "VIP，欠费 老客户, VIP")
    click(qtbot, button(c, "Save"))
    assert c.result() == QDialog.DialogCode.Accepted, c.error.text()
    assert office.customers.repo.get(c.customer.id).tags == ["VIP", "欠费", "老客户"]
    assert _found(office, admin, "老客户") == [c.customer.id]


def test_too_many_tags_are_named(qtbot, office, admin):
    c = _new_customer(qtbot, office, admin)
    type_text(qtbot, c.fields.widgets["name"], "李四")
    retype(qtbot, c.fields.widgets["phone"], "13800138000")
    tags = find(c, QLineEdit, "tags")
    retype(qtbot, tags, " ".join(f"t{n}" for n in range(21)))
    click(qtbot, button(c, "Save"))
    assert c.error.text() == "Tags: at most 20 tags"
    assert c.focusWidget() is tags and office.customers.count() == 0


# ------------------------------------------------------------------ the dossier's basic information
def test_dossier_shows_the_fields_of_the_customer_type_and_saves_a_value(qtbot, office, admin, messages):
    person_only = _source_field(office, admin, kind="person")
    licence = office.custom_fields.create(admin, {"label": "年检情况", "type": "text", "customer_kind": "company"})
    firm = office.customers.create(admin, {"name": "福州鸿运物业管理有限公司", "kind": "company",
                                           "phone": "0591-87654321", "tags": ["物业", "月结"],
                                           "extra": {str(person_only.id): "上门"}})  # kept from when it was a person
    d = _dossier(qtbot, office, admin, firm.id)
    fields = d.basic.fields
    assert fields.widgets["tags"].text() == "物业, 月结"
    assert d.findChild(QComboBox, f"extra:{person_only.id}") is None
    edit = find(d, QLineEdit, f"extra:{licence.id}")
    assert edit.text() == "" and not d.basic.save_button.isEnabled()
    edit.setFocus()
    type_text(qtbot, edit, "2024年已年检")
    assert d.basic.save_button.isEnabled()
    click(qtbot, d.basic.save_button)
    assert not d.basic.error.isVisible(), d.basic.error.text()
    stored = office.customers.repo.get(firm.id)
    assert stored.extra == {str(person_only.id): "上门", str(licence.id): "2024年已年检"}
    assert stored.tags == ["物业", "月结"]
    assert _found(office, admin, "已年检") == [firm.id]
    assert find(d, QLineEdit, f"extra:{licence.id}").text() == "2024年已年检"  # reloaded from the database
    assert not d.basic.save_button.isEnabled()


def test_viewer_sees_custom_values_read_only(qtbot, office, admin, make_user):
    f = _source_field(office, admin)
    area = office.custom_fields.create(admin, {"label": "面积", "type": "number"})
    c = office.customers.create(admin, {"name": "李四", "phone": "13800138000", "tags": "VIP",
                                        "extra": {str(f.id): "网络", str(area.id): "66"}})
    d = _dossier(qtbot, office, make_user("viewer"), c.id)
    combo = find(d, QComboBox, f"extra:{f.id}")
    line = find(d, QLineEdit, f"extra:{area.id}")
    assert combo.currentText() == "网络" and not combo.isEnabled()
    assert line.text() == "66" and line.isReadOnly()
    assert d.basic.fields.widgets["tags"].isReadOnly()
    line.setFocus()
    type_text(qtbot, line, "9")
    QTest.keyClick(line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "66" and not d.basic.save_button.isEnabled()
    assert events_exactly(office, "customer.update") == []
    for w in d.basic.fields.widgets.values():
        assert (w.isReadOnly() if isinstance(w, (QLineEdit, QPlainTextEdit)) else not w.isEnabled())
