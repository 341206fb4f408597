"""The customer form: used by the "new customer" dialog and the dossier's basic-info tab."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from typing import Iterable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget,
)

from app.customers import DuplicateWarning, field_label, kind_label, level_label, status_label
from app.errors import KeDangError
from app.i18n import translate
from app.models.records import CUSTOMER_KINDS, CUSTOMER_LEVELS, CUSTOMER_STATUSES, CustomField, Customer
from app.office import Office
from app.session import Session
from app.ui.common import ErrorLabel, ask, dialog_body, show_error
from app.validation import ValidationError


class CustomerFields(QWidget):
    """The editable fields of a customer in a keyboard-friendly form (tab order follows the layout).

    Below the fixed fields come the office's custom fields (``definitions``) that apply to the
    customer type chosen in the form; they are rebuilt when the type changes.
    """

    changed = Signal()

    def __init__(self, parent=None, *, definitions: Iterable[CustomField] = ()):
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.extra_widgets: dict[str, QWidget] = {}  # "extra:<id>" -> the widget shown for that custom field
        self.definitions: list[CustomField] = list(definitions)
        self._stored_extra: dict[str, str] = {}  # the customer's custom values as loaded (hidden ones are sent back)
        self._typed_extra: dict[str, str] = {}   # what the fields showed, kept across a change of customer type
        self._read_only = False
        self._loading = False
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
        form.addRow(field_label("tags"), line("tags", translate("CustomerForm", "separated by commas or spaces, e.g. VIP, arrears"), 500))
        note = QPlainTextEdit()
        note.setObjectName("note")
        note.setTabChangesFocus(True)
        note.setFixedHeight(80)
        note.textChanged.connect(self.changed.emit)
        self.widgets["note"] = note
        form.addRow(field_label("note"), note)
        # Custom fields: a form of their own under the fixed ones, rebuilt for the chosen customer type.
        self.extra_box = QWidget(objectName="customFields")
        self.extra_form = QFormLayout(self.extra_box)
        self.extra_form.setContentsMargins(0, 0, 0, 0)
        self.extra_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.extra_box)
        self.widgets["kind"].currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        company = self.widgets["kind"].currentData() == "company"
        self.id_label.setText(translate("Customer", "Unified social credit code") if company else field_label("id_number"))
        if not self._loading:
            self._rebuild_extra()

    # ------------------------------------------------------------ custom fields
    def set_definitions(self, definitions: Iterable[CustomField]) -> None:
        self.definitions = list(definitions)
        self._rebuild_extra()

    def shown_definitions(self) -> list[CustomField]:
        kind = self.widgets["kind"].currentData() or "person"
        return [d for d in self.definitions if d.applies_to(kind)]

    @staticmethod
    def _extra_text(w: QWidget) -> str:
        return w.currentText() if isinstance(w, QComboBox) else w.text()

    def _rebuild_extra(self, *, keep_typed: bool = True) -> None:
        if keep_typed:
            for key, w in self.extra_widgets.items():
                self._typed_extra[key.split(":", 1)[1]] = self._extra_text(w)
        while self.extra_form.rowCount():
            self.extra_form.removeRow(0)  # deletes the label and the widget
        self.extra_widgets = {}
        previous: QWidget = self.widgets["note"]
        for d in self.shown_definitions():
            fid = str(d.id)
            value = self._typed_extra.get(fid, "")
            if d.type == "choice":
                w = QComboBox()
                w.addItem("")
                w.addItems(d.choices)
                if value and w.findText(value) < 0:
                    w.addItem(value)  # a value from before the choices were changed: shown as it is
                w.setCurrentIndex(max(0, w.findText(value)) if value else 0)
                w.setEnabled(not self._read_only)
                w.currentIndexChanged.connect(lambda _i: self.changed.emit())
            else:
                w = QLineEdit(value)
                w.setMaxLength(200)
                if d.type == "date":
                    w.setPlaceholderText("YYYY-MM-DD")
                elif d.type == "number":
                    w.setPlaceholderText(translate("CustomerForm", "a number, e.g. 12.5"))
                w.setReadOnly(self._read_only)
                w.textEdited.connect(lambda _t: self.changed.emit())
            w.setObjectName(f"extra:{fid}")
            self.extra_form.addRow(d.label, w)
            self.extra_widgets[f"extra:{fid}"] = w
            QWidget.setTabOrder(previous, w)
            previous = w
        self.extra_box.setVisible(bool(self.extra_widgets))

    # ------------------------------------------------------------ values
    def values(self) -> dict:
        out = {}
        for key, w in self.widgets.items():
            if isinstance(w, QLineEdit):
                out[key] = w.text()
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
        # Fields not shown (another customer type, retired) keep the customer's stored value.
        extra = dict(self._stored_extra)
        for key, w in self.extra_widgets.items():
            extra[key.split(":", 1)[1]] = self._extra_text(w)
        out["extra"] = extra
        return out

    def set_customer(self, c: Customer) -> None:
        self.code.setText(c.code or "—")
        self._loading = True
        try:
            for key, w in self.widgets.items():
                value = getattr(c, key)
                if key == "tags":
                    value = ", ".join(value or ())
                if isinstance(w, QLineEdit):
                    w.setText(value)
                elif isinstance(w, QComboBox):
                    w.setCurrentIndex(max(0, w.findData(value)))
                elif isinstance(w, QPlainTextEdit):
                    w.setPlainText(value)
        finally:
            self._loading = False
        self._stored_extra = {str(k): str(v) for k, v in (c.extra or {}).items()}
        self._typed_extra = dict(self._stored_extra)
        self._rebuild_extra(keep_typed=False)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for w in [*self.widgets.values(), *self.extra_widgets.values()]:
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only)

    def focus_field(self, key: str) -> None:
        w = self.widgets.get(key) or self.extra_widgets.get(key)
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
        self.fields = CustomerFields(definitions=office.custom_fields.all(session))
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
