"""The borrowing ledger (档案借阅登记): requests, approval, lending, renewal, return with a completeness
check, the overdue list, and the ledger's reports."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QRadioButton,
)

from app import archive as _archive
from app.archive import label, loan_status_label
from app.i18n import translate
from app.models.records import LOAN_STATUSES
from app.office import Office
from app.session import Session
from app.ui import report_export
from app.ui.common import attempt, dialog_body
from app.ui.registers import AskDialog, RegisterPage, date_edit, iso
from app.validation import ValidationError


class LoanRequestDialog(QDialog):
    """A signed loan request (档案资料出借单) typed in: what, who, why, until when."""

    def __init__(self, office: Office, session: Session, item_type: str = "file", item_id: int | None = None,
                 parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("loanRequestDialog")
        self.setWindowTitle(translate("Archive", "Loan request"))
        self.is_file = QRadioButton(translate("Archive", "Archive file"), objectName="loanFile")
        self.is_cert = QRadioButton(translate("Archive", "Certificate"), objectName="loanCertificate")
        group = QButtonGroup(self)
        group.addButton(self.is_file)
        group.addButton(self.is_cert)
        (self.is_cert if item_type == "certificate" else self.is_file).setChecked(True)
        kind = QHBoxLayout()
        kind.addWidget(self.is_file)
        kind.addWidget(self.is_cert)
        kind.addStretch(1)
        self.number = QLineEdit(objectName="itemNumber",
                                placeholderText=translate("Archive", "Archive number or certificate number"))
        self.found = QLabel(objectName="itemFound")
        self.found.setWordWrap(True)
        self.borrower = QLineEdit(objectName="borrower")
        self.position = QComboBox(objectName="position")
        self.position.setEditable(True)
        self.position.addItem("")
        self.position.addItems(office.archive.settings().direct_positions)
        self.department = QLineEdit(objectName="department")
        self.purpose = QLineEdit(objectName="purpose")
        self.due = date_edit(_archive.today() + _dt.timedelta(days=7), "dueDate")
        self.direct = QLabel(objectName="directHint")
        form = QFormLayout()
        form.addRow(translate("Archive", "Lend"), kind)
        form.addRow(translate("Archive", "Number"), self.number)
        form.addRow("", self.found)
        form.addRow(translate("Archive", "Borrower"), self.borrower)
        form.addRow(translate("Archive", "Position"), self.position)
        form.addRow("", self.direct)
        form.addRow(translate("Archive", "Department"), self.department)
        form.addRow(translate("Archive", "Purpose"), self.purpose)
        form.addRow(translate("Archive", "Due date"), self.due)
        self.error, _b = dialog_body(self, form, self.save, translate("Archive", "Record request"))
        self.number.textChanged.connect(lambda _t: self._lookup())
        self.is_file.toggled.connect(lambda _c: self._lookup())
        self.position.currentTextChanged.connect(self._position)
        if item_id:
            rec = (office.archive.get_certificate(session, item_id) if item_type == "certificate"
                   else office.archive.get_file(session, item_id))
            self.number.setText(rec.cert_no if item_type == "certificate" else rec.archive_no)
        self.saved = None
        self._position(self.position.currentText())

    def _item(self):
        text = self.number.text().strip()
        if not text:
            return None
        if self.is_file.isChecked():
            return self.office.archive.file_by_number(self.session, text)
        return self.office.archive.certificate_by_number(self.session, text)

    def _lookup(self) -> None:
        rec = self._item()
        if rec is None:
            self.found.setText(translate("Archive", "Not found") if self.number.text().strip() else "")
            return
        if self.is_file.isChecked():
            self.found.setText(f"{rec.title} · {label(rec.status)}")
        else:
            self.found.setText(f"{rec.name or label(rec.kind)} · {rec.holder} · {label(rec.status)}")

    def _position(self, text: str) -> None:
        direct = text.strip() in self.office.archive.settings().direct_positions
        self.direct.setText(translate("Archive", "Borrows without approval") if direct else
                            translate("Archive", "Needs a manager's approval"))

    def save(self) -> None:
        def act():
            rec = self._item()
            if rec is None:
                raise ValidationError(translate("Archive", "Number"), translate("Archive", "no such file or certificate"),
                                      key="item_id")
            self.saved = self.office.loans.request(self.session, {
                "item_type": "file" if self.is_file.isChecked() else "certificate", "item_id": rec.id,
                "borrower": self.borrower.text(), "position": self.position.currentText(),
                "department": self.department.text(), "purpose": self.purpose.text(), "due_date": iso(self.due)})
        widgets = {"item_id": self.number, "borrower": self.borrower, "position": self.position,
                   "department": self.department, "purpose": self.purpose, "due_date": self.due}
        if attempt(self.error, act, widgets.get):
            self.accept()


class ReturnDialog(QDialog):
    """Taking an item back: the date, and whether everything on its list came back."""

    def __init__(self, office: Office, session: Session, loan, parent=None):
        super().__init__(parent)
        self.office, self.session, self.loan = office, session, loan
        self.setObjectName("returnDialog")
        self.setWindowTitle(translate("Archive", "Return of {loan}").format(loan=loan.loan_no))
        self.date = date_edit(None, "returnedOn")
        self.complete = QRadioButton(translate("Archive", "Complete: everything on the list came back"),
                                     objectName="complete")
        self.incomplete = QRadioButton(translate("Archive", "Something is missing"), objectName="incomplete")
        group = QButtonGroup(self)
        group.addButton(self.complete)
        group.addButton(self.incomplete)
        self.complete.setChecked(True)
        self.items = QListWidget(objectName="expectedItems")
        for name in office.loans.expected_items(session, loan):
            it = QListWidgetItem(name)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.items.addItem(it)
        self.note = QPlainTextEdit(objectName="returnNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(translate("Archive", "Returned on"), self.date)
        form.addRow(self.complete)
        form.addRow(self.incomplete)
        form.addRow(translate("Archive", "Tick what is missing"), self.items)
        form.addRow(translate("Archive", "Completeness note"), self.note)
        self.error, _b = dialog_body(self, form, self.save, translate("Archive", "Take back"))
        self.incomplete.toggled.connect(self.items.setEnabled)
        self.items.setEnabled(False)
        self.saved = None

    def missing(self) -> list[str]:
        return [self.items.item(i).text() for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        def act():
            self.saved = self.office.loans.take_back(
                self.session, self.loan.id, iso(self.date), complete=self.complete.isChecked(),
                missing=self.missing() if self.loan.item_type == "file" else [], note=self.note.toPlainText())
        widgets = {"returned_on": self.date, "missing": self.items, "note": self.note}
        if attempt(self.error, act, widgets.get):
            self.accept()


class LoansPage(RegisterPage):
    def __init__(self, office: Office, session: Session, parent=None):
        self.items_text: dict[int, tuple[str, str]] = {}
        super().__init__(office, session, "loansPage", [
            translate("Archive", "Loan no."), translate("Archive", "Lend"), translate("Archive", "Number"),
            translate("Archive", "Item"), translate("Archive", "Borrower"), translate("Archive", "Department"),
            translate("Archive", "Purpose"), translate("Archive", "Requested on"), translate("Archive", "Due date"),
            translate("Archive", "Status"), translate("Archive", "Approved by"), translate("Archive", "Lent on"),
            translate("Archive", "Returned on"), translate("Archive", "Completeness")], self._cells, parent)
        self.status_filter = self.add_filter("statusFilter", [(translate("Archive", "All statuses"), "")] +
                                             [(loan_status_label(s), s) for s in LOAN_STATUSES])
        self.overdue_only = QCheckBox(translate("Archive", "Overdue only"), objectName="overdueOnly")
        self.overdue_only.toggled.connect(lambda _c: self.refresh())
        self.filters.addWidget(self.overdue_only)
        self.period = QCheckBox(translate("Archive", "Period"), objectName="period")
        self.date_from = date_edit(_archive.today().replace(day=1), "dateFrom")
        self.date_to = date_edit(None, "dateTo")
        for w in (self.period, self.date_from, self.date_to):
            self.filters.addWidget(w)
        self.period.toggled.connect(lambda _c: self.refresh())
        self.date_from.dateChanged.connect(lambda _d: self.period.isChecked() and self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.period.isChecked() and self.refresh())
        self.model.red = lambda l: self.office.loans.is_overdue(l) or l.complete is False
        self.model.grey = lambda l: l.status in ("rejected", "cancelled")
        self.add_button("newLoan", translate("Archive", "Loan request…"), self.new_request, "loan.request")
        self.add_button("approveLoan", translate("Archive", "Approve"), self.approve, "loan.approve")
        self.add_button("rejectLoan", translate("Archive", "Reject…"), self.reject, "loan.approve")
        self.add_button("lendLoan", translate("Archive", "Lend out"), self.lend, "loan.lend")
        self.add_button("renewLoan", translate("Archive", "Renew…"), self.renew, "loan.lend")
        self.add_button("returnLoan", translate("Archive", "Take back…"), self.take_back, "loan.lend")
        self.add_button("withdrawLoan", translate("Archive", "Withdraw…"), self.withdraw, "loan.request")
        self.buttons.addStretch(1)
        self.add_button("exportLedger", translate("Archive", "Export to Excel…"), lambda: self.export("xlsx"),
                        "archive.read")
        self.add_button("printLedger", translate("Archive", "Loan ledger (PDF)…"), lambda: self.export("pdf"),
                        "archive.read")
        self.add_button("printOverdue", translate("Archive", "Overdue list (PDF)…"), self.overdue_pdf,
                        "archive.read")
        self.add_button("previewLedger", translate("Archive", "Print preview…"), lambda: self.export("preview"),
                        "archive.read")

    def _cells(self, l) -> list:
        number, name = self.items_text.get(l.id, ("", ""))
        loans = self.office.loans
        return [l.loan_no, label(l.item_type), number, name, l.borrower, l.department, l.purpose, l.requested_on,
                l.due_date, loans.status_text(l), l.approver_name, l.lent_on or "", l.returned_on or "",
                loans.completeness_text(l)]

    def filters_dict(self) -> dict:
        out = {"status": self.status_filter.currentData(), "overdue": self.overdue_only.isChecked(),
               "text": self.search.text()}
        if self.period.isChecked():
            out["date_from"], out["date_to"] = iso(self.date_from), iso(self.date_to)
        return out

    def load(self) -> list:
        loans = self.office.loans.list(self.session, **self.filters_dict())
        self.items_text = self.office.loans.item_text(loans)
        return loans

    def status_text(self, items: list) -> str:
        out = sum(1 for l in items if l.status == "out")
        overdue = sum(1 for l in items if self.office.loans.is_overdue(l))
        waiting = sum(1 for l in items if l.status == "requested")
        return translate("Archive", "{n} loans · {out} out · {overdue} overdue · {waiting} awaiting approval").format(
            n=len(items), out=out, overdue=overdue, waiting=waiting)

    def enabled(self, button: str, l) -> bool:
        if button in ("newLoan", "exportLedger", "printLedger", "printOverdue", "previewLedger"):
            return True
        if l is None:
            return False
        return {"approveLoan": l.status == "requested", "rejectLoan": l.status == "requested",
                "lendLoan": l.status == "approved", "renewLoan": l.status == "out",
                "returnLoan": l.status == "out",
                "withdrawLoan": l.status in ("requested", "approved")}.get(button, True)

    def activated(self) -> None:
        l = self.current()
        if l is not None and l.status == "out" and self.session.may("loan.lend"):
            self.take_back()

    def _run(self, dlg) -> None:
        if dlg.exec() == QDialog.DialogCode.Accepted and getattr(dlg, "saved", None) is not None:
            self.done(dlg.saved.id)
        dlg.deleteLater()

    def new_request(self, item_type: str = "file", item_id: int | None = None) -> None:
        self._run(LoanRequestDialog(self.office, self.session, item_type, item_id, self))

    def _ask(self, title: str, action, *, date_label=None, date_value=None, text_label=None) -> None:
        l = self.current()
        dlg = AskDialog(title.format(loan=l.loan_no), date_label=date_label, date_value=date_value,
                        text_label=text_label, action=lambda d: action(l, d), parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.done(l.id)
        dlg.deleteLater()

    def approve(self) -> None:
        self._ask(translate("Archive", "Approve {loan}"),
                  lambda l, d: self.office.loans.approve(self.session, l.id, d.text_value()),
                  text_label=translate("Archive", "Note"))

    def reject(self) -> None:
        self._ask(translate("Archive", "Reject {loan}"),
                  lambda l, d: self.office.loans.reject(self.session, l.id, d.text_value()),
                  text_label=translate("Archive", "Reason"))

    def lend(self) -> None:
        self._ask(translate("Archive", "Lend out {loan}"),
                  lambda l, d: self.office.loans.lend(self.session, l.id, d.date_text()),
                  date_label=translate("Archive", "Lent on"))

    def renew(self) -> None:
        l = self.current()
        self._ask(translate("Archive", "Renew {loan}"),
                  lambda l, d: self.office.loans.renew(self.session, l.id, d.date_text(), d.text_value()),
                  date_label=translate("Archive", "New due date"),
                  date_value=_dt.date.fromisoformat(max(l.due_date, _archive.today().isoformat()))
                  + _dt.timedelta(days=7),
                  text_label=translate("Archive", "Note"))

    def withdraw(self) -> None:
        self._ask(translate("Archive", "Withdraw {loan}"),
                  lambda l, d: self.office.loans.withdraw(self.session, l.id, d.text_value()),
                  text_label=translate("Archive", "Reason"))

    def take_back(self) -> None:
        self._run(ReturnDialog(self.office, self.session, self.current(), self))

    def export(self, fmt: str) -> None:
        from app.reports.archive_reports import loan_ledger
        loans = list(self.model.items)
        f = self.filters_dict()
        report_export.save_report(self, lambda: loan_ledger(self.office, self.session, loans,
                                                            f.get("date_from", ""), f.get("date_to", "")),
                                  translate("Archive", "Loan ledger"), fmt, office=self.office, session=self.session)

    def overdue_pdf(self) -> None:
        from app.reports.archive_reports import overdue_list
        report_export.save_report(self, lambda: overdue_list(self.office, self.session),
                                  translate("Archive", "Overdue loans"), "pdf",
                                      office=self.office, session=self.session)
