"""Settings → custom fields: the administrator adds fields of their own to the customer record."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QVBoxLayout,
)

from app.custom_fields import applies_label, type_label
from app.i18n import translate
from app.models.records import CUSTOM_FIELD_TYPES, CUSTOMER_KINDS, CustomField
from app.office import Office
from app.session import Session
from app.ui.common import attempt, dialog_body, ListTableModel, row_table, show_error


class CustomFieldsModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("CustomFields", "Field name"), translate("CustomFields", "Field type"),
                          translate("CustomFields", "For"), translate("CustomFields", "Choices"),
                          translate("CustomFields", "State")], parent)

    def cell(self, f: CustomField, column: int):
        if column == 0:
            return f.label
        if column == 1:
            return type_label(f.type)
        if column == 2:
            return applies_label(f.customer_kind)
        if column == 3:
            return ", ".join(f.choices)
        return translate("CustomFields", "Active") if f.active else translate("CustomFields", "Retired")


class CustomFieldDialog(QDialog):
    """A new custom field, or a change of one (its type only while no customer has a value in it)."""

    def __init__(self, office: Office, session: Session, field: CustomField | None = None, parent=None):
        super().__init__(parent)
        self.office, self.session, self.field = office, session, field
        self.saved: CustomField | None = None
        self.setWindowTitle(translate("CustomFields", "Edit custom field") if field
                            else translate("CustomFields", "New custom field"))
        self.label = QLineEdit(field.label if field else "", objectName="label", maxLength=60)
        self.label.setPlaceholderText(translate("CustomFields", "e.g. Customer source"))
        self.customer_kind = QComboBox(objectName="customerKind")
        self.customer_kind.addItem(applies_label(""), "")
        for k in CUSTOMER_KINDS:
            self.customer_kind.addItem(applies_label(k), k)
        self.type = QComboBox(objectName="type")
        for t in CUSTOM_FIELD_TYPES:
            self.type.addItem(type_label(t), t)
        self.choices = QLineEdit(", ".join(field.choices) if field else "", objectName="choices", maxLength=2000)
        self.choices.setPlaceholderText(translate("CustomFields", "separated by commas, e.g. walk-in, referral, online"))
        self.active = QCheckBox(translate("CustomFields", "In use (shown in the customer form)"), objectName="active")
        self.active.setChecked(field.active if field else True)
        if field:
            self.customer_kind.setCurrentIndex(max(0, self.customer_kind.findData(field.customer_kind)))
            self.type.setCurrentIndex(max(0, self.type.findData(field.type)))
        self.type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        form = QFormLayout()
        form.addRow(translate("CustomFields", "Field name") + " *", self.label)
        form.addRow(translate("CustomFields", "For"), self.customer_kind)
        form.addRow(translate("CustomFields", "Field type"), self.type)
        form.addRow(translate("CustomFields", "Choices"), self.choices)
        form.addRow("", self.active)
        self.error, self.buttons = dialog_body(self, form, self.save)
        self.label.setFocus()

    def _type_changed(self, _index: int = 0) -> None:
        self.choices.setEnabled(self.type.currentData() == "choice")

    def values(self) -> dict:
        return {"label": self.label.text(), "customer_kind": self.customer_kind.currentData(),
                "type": self.type.currentData(),
                "choices": self.choices.text() if self.type.currentData() == "choice" else [],
                "active": self.active.isChecked()}

    def save(self) -> None:
        def store():
            if self.field is None:
                self.saved = self.office.custom_fields.create(self.session, self.values())
            else:
                self.saved = self.office.custom_fields.update(self.session, self.field.id, self.values())

        widgets = {"label": self.label, "type": self.type, "customer_kind": self.customer_kind, "choices": self.choices}
        if attempt(self.error, store, widgets.get):
            self.accept()


class CustomFieldsDialog(QDialog):
    """The office's custom fields; only the administrator may add or change them."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("customFieldsDialog")
        self.setWindowTitle(translate("CustomFields", "Custom fields"))
        self.may_manage = session.may("settings.manage")
        self.model = CustomFieldsModel(self)
        self.view = row_table("customFieldsTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.edit_field())
        self.add_button = QPushButton(translate("CustomFields", "Add…"), objectName="addField")
        self.edit_button = QPushButton(translate("CustomFields", "Edit…"), objectName="editField")
        close = QPushButton(translate("CustomFields", "Close"), objectName="close")
        self.add_button.clicked.connect(self.add_field)
        self.edit_button.clicked.connect(self.edit_field)
        close.clicked.connect(self.accept)
        for b in (self.add_button, self.edit_button):
            b.setEnabled(self.may_manage)
        hint = QLabel(translate(
            "CustomFields", "Custom fields appear in the customer form and are found by the search. A field no longer needed is retired, not deleted: its values stay on file."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.resize(680, 380)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_items(self.office.custom_fields.all(self.session))
        except Exception as exc:
            show_error(self, exc)

    def _current(self) -> CustomField | None:
        idx = self.view.currentIndex()
        return self.model.items[idx.row()] if idx.isValid() else None

    def add_field(self) -> None:
        if not self.may_manage:
            return
        if CustomFieldDialog(self.office, self.session, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_field(self) -> None:
        field = self._current()
        if field is None or not self.may_manage:
            return
        if CustomFieldDialog(self.office, self.session, field, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.reload()
