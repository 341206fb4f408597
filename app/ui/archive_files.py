"""The archive register (档案台帐) and the certificate register (权证台帐): lists, forms and actions."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QSpinBox

from app.archive import GapNeedsConfirmation, label
from app.i18n import translate
from app.models.records import ARCHIVE_CATEGORIES, ARCHIVE_STATUSES, CERTIFICATE_KINDS, CERTIFICATE_STATUSES
from app.office import Office
from app.session import Session
from app.ui.common import ask, attempt, dialog_body
from app.ui.registers import AskDialog, CustomerPicker, ItemsEditor, RegisterPage, date_edit, iso
from app.ui import report_export


def _all(text: str) -> tuple[str, str]:
    return (text, "")


# ------------------------------------------------------------------ archive files
class FileDialog(QDialog):
    """Register a file (or change one): number, customer, category, items with pages, location."""

    def __init__(self, office: Office, session: Session, file=None, parent=None):
        super().__init__(parent)
        self.office, self.session, self.file = office, session, file
        self.setObjectName("fileDialog")
        self.setWindowTitle(translate("Archive", "Archive file") if file is None
                            else translate("Archive", "Archive file {number}").format(number=file.archive_no))
        self.resize(620, 560)
        self.number = QLineEdit(file.archive_no if file else office.archive.next_number(), objectName="archiveNo")
        self.customer = CustomerPicker(office, session, file.customer_id if file else None)
        self.title = QLineEdit(file.title if file else "", objectName="title")
        self.category = QComboBox(objectName="category")
        for code in ARCHIVE_CATEGORIES:
            self.category.addItem(label(code), code)
        if file:
            self.category.setCurrentIndex(ARCHIVE_CATEGORIES.index(file.category))
        self.items = ItemsEditor(file.items if file else [{"name": "", "pages": ""}])
        self.extras = QLineEdit("，".join(file.extras) if file else "", objectName="extras",
                                placeholderText=translate("Archive", "e.g. 光盘一张，照片三张 (not numbered)"))
        self.cabinet = QLineEdit(file.cabinet if file else "", objectName="cabinet")
        self.shelf = QLineEdit(file.shelf if file else "", objectName="shelf")
        self.box = QLineEdit(file.box if file else "", objectName="box")
        place = QHBoxLayout()
        for w, text in ((self.cabinet, translate("Archive", "Cabinet")), (self.shelf, translate("Archive", "Shelf")),
                        (self.box, translate("Archive", "Box"))):
            w.setPlaceholderText(text)
            place.addWidget(w)
        self.registered = date_edit(file.registered_on if file else None, "registeredOn")
        self.note = QPlainTextEdit(file.note if file else "", objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(translate("Archive", "Archive number"), self.number)
        form.addRow(translate("Archive", "Customer"), self.customer)
        form.addRow(translate("Archive", "Title"), self.title)
        form.addRow(translate("Archive", "Category"), self.category)
        form.addRow(translate("Archive", "Item list"), self.items)
        form.addRow(translate("Archive", "Attachments"), self.extras)
        form.addRow(translate("Archive", "Location"), place)
        form.addRow(translate("Archive", "Registered on"), self.registered)
        form.addRow(translate("Archive", "Note"), self.note)
        self.error, _b = dialog_body(self, form, self.save)
        self.saved = None

    def fields(self) -> dict:
        import re
        return {"archive_no": self.number.text(), "customer_id": self.customer.customer_id(), "title": self.title.text(),
                "category": self.category.currentData(), "items": self.items.items(),
                "extras": [x for x in re.split(r"[,，、;；]+", self.extras.text()) if x.strip()],
                "cabinet": self.cabinet.text(), "shelf": self.shelf.text(), "box": self.box.text(),
                "registered_on": iso(self.registered), "note": self.note.toPlainText()}

    def _field(self, key: str):
        return {"archive_no": self.number, "customer_id": self.customer.text, "title": self.title,
                "category": self.category, "items": self.items.table, "extras": self.extras,
                "cabinet": self.cabinet, "shelf": self.shelf, "box": self.box, "registered_on": self.registered,
                "note": self.note}.get(key)

    def save(self) -> None:
        if self.file is not None:
            def update():
                self.saved = self.office.archive.update_file(self.session, self.file.id, self.fields())
            if attempt(self.error, update, self._field):
                self.accept()
            return
        gap: list[str] = []

        def register(allow_gap: bool = False):
            self.saved = self.office.archive.register_file(self.session, self.fields(), allow_gap=allow_gap)

        def first():
            try:
                register()
            except GapNeedsConfirmation as exc:  # a skipped number: the clerk decides
                gap.append(str(exc))
        if not attempt(self.error, first, self._field):
            return
        if gap:
            if not ask(self, gap[0]):
                self.number.setFocus()
                return
            if not attempt(self.error, lambda: register(True), self._field):
                return
        self.accept()


class FilesPage(RegisterPage):
    open_loans = Signal(str, int)   # item type, item id: show the ledger for it
    request_loan = Signal(str, int)
    new_transfer = Signal(list)     # file ids

    def __init__(self, office: Office, session: Session, parent=None):
        self.names: dict[int, tuple[str, str]] = {}
        super().__init__(office, session, "filesPage", [
            translate("Archive", "Archive number"), translate("Archive", "Customer"), translate("Archive", "Title"),
            translate("Archive", "Category"), translate("Archive", "Items"), translate("Archive", "Pages"),
            translate("Archive", "Location"), translate("Archive", "Registered on"), translate("Archive", "Status"),
            translate("Archive", "Note")], self._cells, parent)
        self.status_filter = self.add_filter("statusFilter", [_all(translate("Archive", "All statuses"))] +
                                             [(label(s), s) for s in ARCHIVE_STATUSES])
        self.category_filter = self.add_filter("categoryFilter", [_all(translate("Archive", "All categories"))] +
                                               [(label(c), c) for c in ARCHIVE_CATEGORIES])
        self.model.grey = lambda f: f.status in ("transferred", "destroyed")
        self.model.red = lambda f: bool(f.status_note) and f.status == "in_store"
        self.add_button("newFile", translate("Archive", "Register a file…"), self.new_file, "archive.write")
        self.add_button("editFile", translate("Archive", "Edit…"), self.edit_file, "archive.write")
        self.add_button("addCertificate", translate("Archive", "Add a certificate…"), self.add_certificate,
                        "archive.write")
        self.add_button("requestLoan", translate("Archive", "Request a loan…"),
                        lambda: self.request_loan.emit("file", self.current().id), "loan.request")
        self.add_button("transferFile", translate("Archive", "Hand over out of the archive…"),
                        lambda: self.new_transfer.emit([self.current().id]), "archive.write")
        self.add_button("destroyFile", translate("Archive", "Destroy…"), self.destroy_file, "archive.destroy")
        self.buttons.addStretch(1)
        self.add_button("exportFiles", translate("Archive", "Export to Excel…"),
                        lambda: self.export("xlsx"), "archive.read")
        self.add_button("printFiles", translate("Archive", "Archive register (PDF)…"),
                        lambda: self.export("pdf"), "archive.read")
        self.add_button("previewFiles", translate("Archive", "Print preview…"), lambda: self.export("preview"),
                        "archive.read")

    def _cells(self, f) -> list:
        code, name = self.names.get(f.customer_id, ("", ""))
        return [f.archive_no, name, f.title, label(f.category), len(f.items), f.pages, f.location, f.registered_on,
                label(f.status), f.status_note or f.note]

    def load(self) -> list:
        files = self.office.archive.list_files(self.session, status=self.status_filter.currentData(),
                                               category=self.category_filter.currentData(), text=self.search.text())
        self.names = self.office.archive.customer_names(f.customer_id for f in files)
        return files

    def status_text(self, items: list) -> str:
        text = translate("Archive", "{n} files · next number {next}").format(
            n=len(items), next=self.office.archive.next_number())
        gaps = self.office.archive.gaps()
        if gaps:
            text += " · " + translate("Archive", "skipped numbers: {numbers}").format(
                numbers="、".join(gaps[:8]) + ("…" if len(gaps) > 8 else ""))
        return text

    def enabled(self, button: str, f) -> bool:
        if button in ("newFile", "exportFiles", "printFiles", "previewFiles"):
            return True
        if f is None:
            return False
        if button in ("editFile", "addCertificate"):
            return f.status not in ("destroyed", "transferred")
        if button in ("requestLoan", "transferFile", "destroyFile"):
            return f.status == "in_store"
        return True

    def activated(self) -> None:
        if self.session.may("archive.write") and self.current() is not None:
            self.edit_file()

    def new_file(self) -> None:
        dlg = FileDialog(self.office, self.session, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.done(dlg.saved.id)
        dlg.deleteLater()

    def edit_file(self) -> None:
        f = self.current()
        dlg = FileDialog(self.office, self.session, f, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.done(f.id)
        dlg.deleteLater()

    def add_certificate(self) -> None:
        f = self.current()
        dlg = CertificateDialog(self.office, self.session, file=f, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.done(f.id)
        dlg.deleteLater()

    def destroy_file(self) -> None:
        f = self.current()
        dlg = AskDialog(translate("Archive", "Destroy {number}").format(number=f.archive_no),
                        translate("Archive", "The file stays in the register as destroyed, with the reason."),
                        text_label=translate("Archive", "Reason"),
                        action=lambda d: self.office.archive.destroy_file(self.session, f.id, d.text_value()),
                        parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.done(f.id)
        dlg.deleteLater()

    def export(self, fmt: str) -> None:
        from app.reports.archive_reports import archive_register
        files, subtitle = list(self.model.items), self.filter_text()
        report_export.save_report(self, lambda: archive_register(self.office, self.session, files, subtitle),
                                  translate("Archive", "Archive register"), fmt,
                                      office=self.office, session=self.session)

    def filter_text(self) -> str:
        parts = [b.currentText() for b in (self.status_filter, self.category_filter) if b.currentData()]
        if self.search.text().strip():
            parts.append(translate("Archive", "search: {text}").format(text=self.search.text().strip()))
        return "；".join(parts)


# ------------------------------------------------------------------ certificates
class CertificateDialog(QDialog):
    def __init__(self, office: Office, session: Session, *, file=None, cert=None, parent=None):
        super().__init__(parent)
        self.office, self.session, self.cert = office, session, cert
        self.setObjectName("certificateDialog")
        if cert is not None:
            file = office.archive.get_file(session, cert.archive_file_id)
        self.file = file
        self.setWindowTitle(translate("Archive", "Certificate under {number}").format(number=file.archive_no))
        self.kind = QComboBox(objectName="certKind")
        for code in CERTIFICATE_KINDS:
            self.kind.addItem(label(code), code)
        self.cert_no = QLineEdit(objectName="certNo")
        self.name = QLineEdit(objectName="certName", placeholderText=translate("Archive", "e.g. 不动产权证书"))
        self.holder = QLineEdit(objectName="holder")
        self.quantity = QSpinBox(objectName="quantity")
        self.quantity.setRange(0, 999)
        self.quantity.setValue(1)
        self.safe_no = QLineEdit(objectName="safeNo")
        self.position = QLineEdit(objectName="position", placeholderText=translate("Archive", "e.g. 上层 3号格"))
        self.received = date_edit(None, "receivedOn")
        self.note = QLineEdit(objectName="note")
        if cert is not None:
            self.kind.setCurrentIndex(CERTIFICATE_KINDS.index(cert.kind))
            self.cert_no.setText(cert.cert_no)
            self.name.setText(cert.name)
            self.holder.setText(cert.holder)
            self.quantity.setValue(cert.quantity)
            self.safe_no.setText(cert.safe_no)
            self.position.setText(cert.position)
            self.received.setDate(date_edit(cert.received_on).date())
            self.note.setText(cert.note)
        form = QFormLayout()
        form.addRow(translate("Archive", "Register number"), QLineEdit(file.archive_no, readOnly=True))
        form.addRow(translate("Archive", "Certificate kind"), self.kind)
        form.addRow(translate("Archive", "Certificate number"), self.cert_no)
        form.addRow(translate("Archive", "Certificate name"), self.name)
        form.addRow(translate("Archive", "Holder"), self.holder)
        form.addRow(translate("Archive", "Quantity"), self.quantity)
        form.addRow(translate("Archive", "Safe"), self.safe_no)
        form.addRow(translate("Archive", "Position in the safe"), self.position)
        form.addRow(translate("Archive", "Received on"), self.received)
        form.addRow(translate("Archive", "Note"), self.note)
        self.error, _b = dialog_body(self, form, self.save)
        self.saved = None

    def fields(self) -> dict:
        return {"kind": self.kind.currentData(), "cert_no": self.cert_no.text(), "name": self.name.text(),
                "holder": self.holder.text(), "quantity": str(self.quantity.value()), "safe_no": self.safe_no.text(),
                "position": self.position.text(), "received_on": iso(self.received), "note": self.note.text()}

    def save(self) -> None:
        def act():
            if self.cert is None:
                self.saved = self.office.archive.register_certificate(self.session, self.file.id, self.fields())
            else:
                self.saved = self.office.archive.update_certificate(self.session, self.cert.id, self.fields())
        fields = {"kind": self.kind, "cert_no": self.cert_no, "name": self.name, "holder": self.holder,
                  "quantity": self.quantity, "safe_no": self.safe_no, "position": self.position,
                  "received_on": self.received, "note": self.note}
        if attempt(self.error, act, fields.get):
            self.accept()


class CertificatesPage(RegisterPage):
    request_loan = Signal(str, int)
    new_return = Signal(list)   # certificate ids

    def __init__(self, office: Office, session: Session, parent=None):
        self.names: dict[int, tuple[str, str]] = {}
        self.numbers: dict[int, str] = {}
        super().__init__(office, session, "certificatesPage", [
            translate("Archive", "Register number"), translate("Archive", "Certificate kind"),
            translate("Archive", "Certificate number"), translate("Archive", "Holder"),
            translate("Archive", "Quantity"), translate("Archive", "Customer"), translate("Archive", "Safe"),
            translate("Archive", "Position"), translate("Archive", "Received on"), translate("Archive", "Status"),
            translate("Archive", "Note")], self._cells, parent)
        self.status_filter = self.add_filter("statusFilter", [_all(translate("Archive", "All statuses"))] +
                                             [(label(s), s) for s in CERTIFICATE_STATUSES])
        self.kind_filter = self.add_filter("kindFilter", [_all(translate("Archive", "All kinds"))] +
                                           [(label(k), k) for k in CERTIFICATE_KINDS])
        self.model.grey = lambda c: c.status in ("returned", "cancelled")
        self.add_button("editCertificate", translate("Archive", "Edit…"), self.edit, "archive.write")
        self.add_button("requestLoan", translate("Archive", "Request a loan…"),
                        lambda: self.request_loan.emit("certificate", self.current().id), "loan.request")
        self.add_button("returnCertificate", translate("Archive", "Return to the customer…"),
                        lambda: self.new_return.emit([self.current().id]), "archive.write")
        self.add_button("cancelCertificate", translate("Archive", "Cancel (注销)…"), self.cancel, "archive.write")
        self.buttons.addStretch(1)
        self.add_button("exportCertificates", translate("Archive", "Export to Excel…"),
                        lambda: self.export("xlsx"), "archive.read")
        self.add_button("printCertificates", translate("Archive", "Certificate register (PDF)…"),
                        lambda: self.export("pdf"), "archive.read")
        self.add_button("previewCertificates", translate("Archive", "Print preview…"), lambda: self.export("preview"),
                        "archive.read")

    def _cells(self, c) -> list:
        return [self.numbers.get(c.archive_file_id, ""), c.name or label(c.kind), c.cert_no, c.holder, c.quantity,
                self.names.get(c.customer_id, ("", ""))[1], c.safe_no, c.position, c.received_on, label(c.status),
                c.status_note or c.note]

    def load(self) -> list:
        certs = self.office.archive.list_certificates(self.session, status=self.status_filter.currentData(),
                                                      kind=self.kind_filter.currentData(), text=self.search.text())
        self.names = self.office.archive.customer_names(c.customer_id for c in certs)
        self.numbers = self.office.archive.archive_numbers(c.archive_file_id for c in certs)
        return certs

    def status_text(self, items: list) -> str:
        in_safe = sum(1 for c in items if c.status == "in_safe")
        out = sum(1 for c in items if c.status == "on_loan")
        return translate("Archive", "{n} certificates · {safe} in the safe · {out} on loan").format(
            n=len(items), safe=in_safe, out=out)

    def enabled(self, button: str, c) -> bool:
        if button in ("exportCertificates", "printCertificates", "previewCertificates"):
            return True
        if c is None:
            return False
        if button == "editCertificate":
            return c.status != "cancelled"
        return c.status == "in_safe"

    def activated(self) -> None:
        if self.session.may("archive.write") and self.current() is not None and self.current().status != "cancelled":
            self.edit()

    def edit(self) -> None:
        c = self.current()
        dlg = CertificateDialog(self.office, self.session, cert=c, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.done(c.id)
        dlg.deleteLater()

    def cancel(self) -> None:
        c = self.current()
        dlg = AskDialog(translate("Archive", "Cancel certificate {number}").format(number=c.cert_no),
                        translate("Archive", "For a certificate that is no longer in force (e.g. the mortgage was "
                                             "released). It stays in the register as cancelled."),
                        text_label=translate("Archive", "Reason"),
                        action=lambda d: self.office.archive.cancel_certificate(self.session, c.id, d.text_value()),
                        parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.done(c.id)
        dlg.deleteLater()

    def export(self, fmt: str) -> None:
        from app.reports.archive_reports import certificate_register
        certs = list(self.model.items)
        parts = [b.currentText() for b in (self.status_filter, self.kind_filter) if b.currentData()]
        report_export.save_report(self, lambda: certificate_register(self.office, self.session, certs,
                                                                      "；".join(parts)),
                                  translate("Archive", "Certificate register"), fmt,
                                      office=self.office, session=self.session)

