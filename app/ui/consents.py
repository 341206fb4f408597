"""The customer's PIPL consents (个人信息处理同意) from the dossier: recorded, listed, withdrawn; and the
copy of the customer's personal information as an Excel workbook."""
from __future__ import annotations

import datetime as _dt
import os

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QVBoxLayout,
)

from app.consents import field_label, method_label, purposes
from app.i18n import translate
from app.models.records import CONSENT_METHODS, Consent
from app.office import Office
from app.session import Session
from app.ui.common import ListTableModel, attempt, dialog_body, row_table, show_error, show_info
from app.ui.registers import AskDialog


class ConsentsModel(ListTableModel):
    KEYS = ("purpose", "scope", "notice_version", "method", "separate", "given_on", "withdrawn_on", "note")

    def __init__(self, parent=None):
        super().__init__([field_label(k) for k in self.KEYS], parent)

    def cell(self, c: Consent, column: int):
        key = self.KEYS[column]
        if key == "method":
            return method_label(c.method)
        if key == "separate":
            return translate("Consent", "Yes") if c.separate else ""
        if key == "withdrawn_on":
            return c.withdrawn_on or ""
        if key == "note":
            return " ".join(x for x in (c.note, c.withdrawal_note) if x)
        return getattr(c, key)


class ConsentDialog(QDialog):
    """Record one consent: purpose (typed or picked), scope, notice, how it was given, date."""

    def __init__(self, office: Office, session: Session, customer_id: int, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id = office, session, customer_id
        self.setObjectName("consentDialog")
        self.setWindowTitle(translate("Consent", "Record a consent"))
        self.consent: Consent | None = None
        self.purpose = QComboBox(objectName="purpose")
        self.purpose.setEditable(True)
        self.purpose.addItems(purposes())
        self.purpose.setCurrentIndex(-1)
        self.purpose.lineEdit().setMaxLength(100)
        self.scope = QLineEdit(objectName="scope", maxLength=200)
        self.scope.setPlaceholderText(translate("Consent", "e.g. name, phone, ID number, unit"))
        self.notice_version = QLineEdit(objectName="notice_version", maxLength=40)
        self.notice_version.setPlaceholderText(translate("Consent", "e.g. 2026-01"))
        self.method = QComboBox(objectName="method")
        for m in CONSENT_METHODS:
            self.method.addItem(method_label(m), m)
        self.separate = QCheckBox(translate("Consent", "Separate consent (sensitive information, third parties)"),
                                  objectName="separate")
        self.given_on = QLineEdit(_dt.date.today().isoformat(), objectName="given_on", maxLength=10)
        self.given_on.setPlaceholderText("YYYY-MM-DD")
        self.note = QLineEdit(objectName="note", maxLength=500)
        form = QFormLayout()
        form.addRow(field_label("purpose") + " *", self.purpose)
        form.addRow(field_label("scope"), self.scope)
        form.addRow(field_label("notice_version"), self.notice_version)
        form.addRow(field_label("method") + " *", self.method)
        form.addRow("", self.separate)
        form.addRow(field_label("given_on") + " *", self.given_on)
        form.addRow(field_label("note"), self.note)
        self.error, _buttons = dialog_body(self, form, self.save)
        self.setMinimumWidth(520)

    def values(self) -> dict:
        return {"purpose": self.purpose.currentText(), "scope": self.scope.text(),
                "notice_version": self.notice_version.text(), "method": self.method.currentData(),
                "separate": self.separate.isChecked(), "given_on": self.given_on.text(), "note": self.note.text()}

    def save(self) -> None:
        def store():
            self.consent = self.office.consents.add(self.session, self.customer_id, self.values())
        if attempt(self.error, store, lambda key: getattr(self, key, None)):
            self.accept()


class ConsentsDialog(QDialog):
    """Dossier → Consents…: the customer's consents, in force first; record and withdraw."""

    def __init__(self, office: Office, session: Session, customer_id: int, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id = office, session, customer_id
        self.setObjectName("consentsDialog")
        c = office.customers.get(session, customer_id)
        self.setWindowTitle(translate("Consent", "Consents — {code} {name}").format(code=c.code, name=c.name))
        self.model = ConsentsModel(self)
        self.view = row_table("consentsTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.add_button = QPushButton(translate("Consent", "Record consent…"), objectName="addConsent")
        self.withdraw_button = QPushButton(translate("Consent", "Withdraw…"), objectName="withdrawConsent")
        close = QPushButton(translate("Consent", "Close"), objectName="closeConsents")
        self.add_button.clicked.connect(lambda _c=False: self.add())
        self.withdraw_button.clicked.connect(lambda _c=False: self.withdraw())
        close.clicked.connect(self.accept)
        self.may_write = session.may("consent.write") and c.status != "destroyed"
        hint = QLabel(translate("Consent", "Consents to the processing of personal information (PIPL). A withdrawn "
                                           "consent stays on file, marked with the date of withdrawal."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(900, 360)
        self.reload()

    def reload(self) -> None:
        self.model.set_items(self.office.consents.list(self.session, self.customer_id))
        self.view.resizeColumnsToContents()
        self._buttons()

    def current(self) -> Consent | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _buttons(self) -> None:
        c = self.current()
        self.add_button.setEnabled(self.may_write)
        self.withdraw_button.setEnabled(self.may_write and c is not None and c.active)

    def add(self) -> None:
        dialog = ConsentDialog(self.office, self.session, self.customer_id, self)
        if dialog.exec() and dialog.consent is not None:
            self.reload()
            for row, item in enumerate(self.model.items):
                if item.id == dialog.consent.id:
                    self.view.selectRow(row)

    def withdraw(self) -> None:
        c = self.current()
        if c is None:
            return
        dialog = AskDialog(translate("Consent", "Withdraw consent"),
                           translate("Consent", "The customer withdraws the consent to: {purpose}").format(purpose=c.purpose),
                           date_label=field_label("withdrawn_on"), text_label=field_label("withdrawal_note"),
                           action=lambda d: self.office.consents.withdraw(self.session, c.id, d.date_text(),
                                                                          d.text_value()), parent=self)
        if dialog.exec():
            self.reload()


def show_consents(parent, office: Office, session: Session, customer_id: int) -> None:
    try:
        dialog = ConsentsDialog(office, session, customer_id, parent)
    except Exception as exc:
        show_error(parent, exc)
        return
    dialog.exec()


def export_personal_copy(parent, office: Office, session: Session, customer_id: int) -> str | None:
    """Save the customer's personal information as an Excel workbook where the user says (built in memory, in a
    worker); noted in the audit log. The path, or None."""
    from app.reports.personal_copy import personal_copy
    from app.ui.report_export import default_path, run_with_progress

    try:
        code = office.customers.get(session, customer_id).code
    except Exception as exc:
        show_error(parent, exc)
        return None
    title = translate("Consent", "Personal information of {code}").format(code=code)
    path, _f = QFileDialog.getSaveFileName(parent, translate("Consent", "Save {title}").format(title=title),
                                           default_path(title, "xlsx"), translate("Consent", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    done = run_with_progress(parent, lambda: personal_copy(office, session, customer_id),
                             translate("Consent", "Preparing {title}…").format(title=title),
                             translate("Consent", "The copy could not be made: {error}"))
    if done is None:
        return None
    data, rows = done
    try:
        with open(path, "wb") as f:
            f.write(data)
    except OSError as exc:
        show_error(parent, translate("Consent", "The copy could not be saved: {error}").format(error=exc.strerror or exc))
        return None
    try:
        office.consents.record_copy(session, customer_id, "xlsx", os.path.basename(path), rows)
    except Exception as exc:  # the file is written; say that the log could not note it
        show_error(parent, exc)
    show_info(parent, translate("Consent", "Saved to {path}").format(path=path))
    return path
