"""The customer form: used by the "new customer" dialog and the dossier's basic-info tab."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget,
)

from app.customers import DuplicateWarning, field_label, kind_label, level_label, status_label
from app.errors import KeDangError
from app.i18n import translate
from app.models.records import CUSTOMER_KINDS, CUSTOMER_LEVELS, CUSTOMER_STATUSES, Customer
from app.office import Office
from app.session import Session
from app.ui.common import ErrorLabel, ask, dialog_body, show_error
from app.validation import ValidationError


class CustomerFields(QWidget):
    """The editable fields of a customer in a keyboard-friendly form (tab order follows the layout)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code = QLabel("—")
        self.code.setObjectName("code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(field_label("code"), self.code)

        def line(key: str, placeholder: str = "", max_len: int = 200) -> QLineEdit:
            w = QLineEdit()
            w.setObjectName(key)
            w.setMaxLength(max_len)
            w.setPlaceholderText(placeholder)
            w.textEdited.connect(lambda _t: self.changed.emit())
            self.widgets[key] = w
            return w

        def combo(key: str, items: list[tuple[str, str]]) -> QComboBox:
            w = QComboBox()
            w.setObjectName(key)
            for value, label in items:
                w.addItem(label, value)
            w.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.widgets[key] = w
            return w

        form.addRow(field_label("name") + " *", line("name", translate("CustomerForm", "person's or company's full name"), 100))
        form.addRow(field_label("kind"), combo("kind", [(k, kind_label(k)) for k in CUSTOMER_KINDS]))
        form.addRow(field_label("level"), combo("level", [(k, level_label(k)) for k in CUSTOMER_LEVELS]))
        form.addRow(field_label("status"), combo("status", [(k, status_label(k)) for k in CUSTOMER_STATUSES[:3]]))
        self.id_label = QLabel(field_label("id_number"))
        form.addRow(self.id_label, line("id_number", translate("CustomerForm", "18 characters"), 18))
        form.addRow(field_label("phone") + " *", line("phone", translate("CustomerForm", "mobile 13812345678 or landline 0591-87654321"), 30))
        form.addRow(field_label("unit"), line("unit", translate("CustomerForm", "e.g. 3-2-1201")))
        form.addRow(field_label("address"), line("address"))
        form.addRow(field_label("company"), line("company"))
        note = QPlainTextEdit()
        note.setObjectName("note")
        note.setTabChangesFocus(True)
        note.setFixedHeight(80)
        note.textChanged.connect(self.changed.emit)
        self.widgets["note"] = note
        form.addRow(field_label("note"), note)
        self.widgets["kind"].currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        company = self.widgets["kind"].currentData() == "company"
        self.id_label.setText(translate("Customer", "Unified social credit code") if company else field_label("id_number"))

    def values(self) -> dict:
        out = {}
        for key, w in self.widgets.items():
            if isinstance(w, QLineEdit):
                out[key] = w.text()
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
        return out

    def set_customer(self, c: Customer) -> None:
        self.code.setText(c.code or "—")
        for key, w in self.widgets.items():
            value = getattr(c, key)
            if isinstance(w, QLineEdit):
                w.setText(value)
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value)

    def set_read_only(self, read_only: bool) -> None:
        for w in self.widgets.values():
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only)

    def focus_field(self, key: str) -> None:
        w = self.widgets.get(key)
        if w is not None:
            w.setFocus()
            if isinstance(w, QLineEdit):
                w.selectAll()


def save_customer(parent: QWidget, office: Office, session: Session, fields: CustomerFields, error: ErrorLabel,
                  customer_id: int | None = None) -> Customer | None:
    """Validate and save through the service; on bad input show the message and change nothing."""
    values = fields.values()
    allow = False
    while True:
        try:
            if customer_id is None:
                return office.customers.create(session, values, allow_duplicates=allow)
            return office.customers.update(session, customer_id, values, allow_duplicates=allow)
        except ValidationError as exc:
            error.show_message(str(exc))
            fields.focus_field(exc.key)
            return None
        except DuplicateWarning as exc:
            if allow or not ask(parent, translate("CustomerForm", "Possible duplicate: {matches}.\n\nSave anyway?").format(matches=str(exc))):
                error.show_message(translate("CustomerForm", "Not saved: possible duplicate of {matches}.").format(matches=str(exc)))
                return None
            allow = True
        except KeDangError as exc:
            error.show_message(str(exc))
            return None
        except Exception as exc:  # never a traceback in front of a clerk
            show_error(parent, exc)
            return None


class CustomerDialog(QDialog):
    """New customer (Ctrl+N). Enter saves, Esc cancels."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office = office
        self.session = session
        self.customer: Customer | None = None
        self.setWindowTitle(translate("CustomerForm", "New customer"))
        self.fields = CustomerFields()
        self.fields.set_customer(Customer())  # the record's defaults: person, normal level, active
        self.error, self.buttons = dialog_body(self, self.fields, self.save)
        self.fields.focus_field("name")
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self.error.clear_message()
        saved = save_customer(self, self.office, self.session, self.fields, self.error)
        if saved is not None:
            self.customer = saved
            self.accept()
