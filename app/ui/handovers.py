"""Handovers (移交): the list with each one's frozen item list, new intakes, transfers and returns,
the reviewer's and the receiver's confirmations, and the printed 移交清单."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from app.archive import GapNeedsConfirmation, handover_status_label, label
from app.i18n import translate
from app.models.records import ARCHIVE_CATEGORIES, CERTIFICATE_KINDS, HANDOVER_PURPOSES, HANDOVER_STATUSES
from app.office import Office
from app.session import Session
from app.ui import report_export
from app.ui.common import ask, attempt, dialog_body, row_table, ListTableModel
from app.ui.registers import CustomerPicker, ItemsEditor, RegisterPage, date_edit, iso


class PartiesForm(QFormLayout):
    """The three parties, the date of the handing-over and a note."""

    def __init__(self, session: Session, *, receiver: str = "", reviewer_label: str | None = None):
        super().__init__()
        self.from_name = QLineEdit(objectName="fromName")
        self.reviewer = QLineEdit(objectName="reviewerName")
        self.receiver = QLineEdit(receiver, objectName="receiverName")
        self.handed = date_edit(None, "handedOn")
        self.note = QLineEdit(objectName="handoverNote")
        self.addRow(translate("Archive", "Handed over by"), self.from_name)
        self.addRow(reviewer_label or translate("Archive", "Reviewer"), self.reviewer)
        self.addRow(translate("Archive", "Received by"), self.receiver)
        self.addRow(translate("Archive", "Handed over on"), self.handed)
        self.addRow(translate("Archive", "Note"), self.note)

    def fields(self) -> dict:
        return {"from_name": self.from_name.text(), "reviewer_name": self.reviewer.text(),
                "receiver_name": self.receiver.text(), "handed_on": iso(self.handed), "note": self.note.text()}

    def field_widget(self, key: str):
        return {"from_name": self.from_name, "reviewer_name": self.reviewer, "receiver_name": self.receiver,
                "handed_on": self.handed, "note": self.note}.get(key)


class CertificatesEditor(QWidget):
    """Certificate lines of an intake: kind, number, name, holder, quantity."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, 5, objectName="certificatesTable")
        self.table.setHorizontalHeaderLabels([
            translate("Archive", "Certificate kind"), translate("Archive", "Certificate number"),
            translate("Archive", "Certificate name"), translate("Archive", "Holder"), translate("Archive", "Quantity")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(translate("Archive", "Add certificate"), objectName="addCertificateLine")
        remove = QPushButton(translate("Archive", "Remove certificate"), objectName="removeCertificateLine")
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow())
                               if self.table.currentRow() >= 0 else None)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def add_row(self, kind: str = "property", cert_no: str = "", name: str = "", holder: str = "",
                quantity: str = "1") -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        box = QComboBox()
        for code in CERTIFICATE_KINDS:
            box.addItem(label(code), code)
        box.setCurrentIndex(CERTIFICATE_KINDS.index(kind))
        self.table.setCellWidget(r, 0, box)
        for col, text in enumerate((cert_no, name, holder, quantity), start=1):
            self.table.setItem(r, col, QTableWidgetItem(text))
        self.table.setCurrentCell(r, 1)

    def certificates(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            texts = [(self.table.item(r, c).text() if self.table.item(r, c) else "").strip() for c in range(1, 5)]
            if any(texts[:3]):
                out.append({"kind": self.table.cellWidget(r, 0).currentData(), "cert_no": texts[0], "name": texts[1],
                            "holder": texts[2], "quantity": texts[3]})
        return out


class IntakeDialog(QDialog):
    """A new handover into the archive: a new file with its items, or certificates for a file on record."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("intakeDialog")
        self.setWindowTitle(translate("Archive", "Handover into the archive"))
        self.resize(720, 720)
        self.new_file = QRadioButton(translate("Archive", "A new file"), objectName="newFileChoice")
        self.existing = QRadioButton(translate("Archive", "Certificates for a file on record"),
                                     objectName="existingFileChoice")
        self.new_file.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_file)
        group.addButton(self.existing)
        choice = QHBoxLayout()
        choice.addWidget(self.new_file)
        choice.addWidget(self.existing)
        choice.addStretch(1)
        self.customer = CustomerPicker(office, session)
        self.title = QLineEdit(objectName="title")
        self.category = QComboBox(objectName="category")
        for code in ARCHIVE_CATEGORIES:
            self.category.addItem(label(code), code)
        self.items = ItemsEditor([{"name": "", "pages": ""}])
        self.extras = QLineEdit(objectName="extras",
                                placeholderText=translate("Archive", "e.g. 光盘一张，照片三张 (not numbered)"))
        self.file_no = QLineEdit(objectName="existingArchiveNo",
                                 placeholderText=translate("Archive", "Archive number of the file on record"))
        self.certs = CertificatesEditor()
        self.parties = PartiesForm(session, receiver=session.display_name)
        form = QFormLayout()
        form.addRow(choice)
        form.addRow(translate("Archive", "Customer"), self.customer)
        form.addRow(translate("Archive", "Title"), self.title)
        form.addRow(translate("Archive", "Category"), self.category)
        form.addRow(translate("Archive", "Item list"), self.items)
        form.addRow(translate("Archive", "Attachments"), self.extras)
        form.addRow(translate("Archive", "File on record"), self.file_no)
        form.addRow(translate("Archive", "Certificates"), self.certs)
        self.file_rows = [self.customer, self.title, self.category, self.items, self.extras]
        self.form = form
        body = QVBoxLayout()
        body.addLayout(form)
        body.addLayout(self.parties)
        self.error, _b = dialog_body(self, body, self.save, translate("Archive", "Create handover"))
        self.new_file.toggled.connect(self._mode)
        self._mode()
        self.saved = None

    def _mode(self) -> None:
        new = self.new_file.isChecked()
        for w in self.file_rows:
            self.form.setRowVisible(w, new)
        self.form.setRowVisible(self.file_no, not new)

    def fields(self) -> dict:
        import re
        out = {**self.parties.fields(), "certificates": self.certs.certificates()}
        if self.new_file.isChecked():
            out["customer_id"] = self.customer.customer_id()
            out["file"] = {"title": self.title.text(), "category": self.category.currentData(),
                           "items": self.items.items(),
                           "extras": [x for x in re.split(r"[,，、;；]+", self.extras.text()) if x.strip()]}
        else:
            f = self.office.archive.file_by_number(self.session, self.file_no.text())
            if f is None:
                from app.validation import ValidationError
                raise ValidationError(translate("Archive", "File on record"),
                                      translate("Archive", "no archive file has this number"), key="file_id")
            out["file_id"] = f.id
        return out

    def save(self) -> None:
        widgets = {"customer_id": self.customer.text, "title": self.title, "category": self.category,
                   "items": self.items.table, "extras": self.extras, "file_id": self.file_no,
                   "certificates": self.certs.table, "cert_no": self.certs.table, "kind": self.certs.table,
                   "holder": self.certs.table, "quantity": self.certs.table, "name": self.certs.table}

        def act():
            self.saved = self.office.handovers.create_intake(self.session, self.fields())
        if attempt(self.error, act, lambda k: widgets.get(k) or self.parties.field_widget(k)):
            self.accept()


class PartiesDialog(QDialog):
    """The parties of a transfer or a return, for items already chosen."""

    def __init__(self, office: Office, session: Session, purpose: str, ids: list[int], parent=None):
        super().__init__(parent)
        self.office, self.session, self.purpose, self.ids = office, session, purpose, ids
        self.setObjectName("partiesDialog")
        self.setWindowTitle(label(purpose))
        if purpose == "return":
            certs = [office.archive.get_certificate(session, i) for i in ids]
            what = "、".join(f"{c.name or label(c.kind)} {c.cert_no}" for c in certs)
            receiver = office.archive.customer_names([certs[0].customer_id]).get(certs[0].customer_id, ("", ""))[1]
            self.parties = PartiesForm(session, receiver=receiver)
            self.parties.from_name.setText(session.display_name)
        else:
            files = [office.archive.get_file(session, i) for i in ids]
            what = "、".join(f"{f.archive_no} {f.title}" for f in files)
            self.parties = PartiesForm(session)
            self.parties.from_name.setText(session.display_name)
        info = QLabel(what, objectName="partiesItems")
        info.setWordWrap(True)
        self.parties.insertRow(0, translate("Archive", "Items"), info)
        self.error, _b = dialog_body(self, self.parties, self.save, translate("Archive", "Create handover"))
        self.saved = None

    def save(self) -> None:
        def act():
            f = self.parties.fields()
            if self.purpose == "return":
                self.saved = self.office.handovers.create_return(self.session, {**f, "certificate_ids": self.ids})
            else:
                self.saved = self.office.handovers.create_transfer(self.session, {**f, "file_ids": self.ids})
        if attempt(self.error, act, self.parties.field_widget):
            self.accept()


class ConfirmDialog(QDialog):
    """The reviewer's or the receiver's confirmation: date, a reason if late, and (intake) where it goes."""

    def __init__(self, office: Office, session: Session, handover, step: str, parent=None):
        super().__init__(parent)
        self.office, self.session, self.h, self.step = office, session, handover, step
        self.setObjectName("confirmDialog")
        review_by, receive_by = office.handovers.deadlines(handover)
        who = handover.reviewer_name if step == "review" else handover.receiver_name
        self.setWindowTitle(translate("Archive", "{number}: confirmation by {name}").format(
            number=handover.handover_no, name=who))
        due = review_by if step == "review" else receive_by
        form = QFormLayout()
        hint = QLabel(translate("Archive", "Deadline: {date} (working days)").format(date=due), objectName="deadline")
        form.addRow(hint)
        self.date = date_edit(None, "confirmDate")
        form.addRow(translate("Archive", "Reviewed on") if step == "review" else translate("Archive", "Received on"),
                    self.date)
        self.late = QLineEdit(objectName="lateReason",
                              placeholderText=translate("Archive", "Only when the deadline was missed"))
        form.addRow(translate("Archive", "Reason for the delay"), self.late)
        self.reg: dict[str, QLineEdit] = {}
        if step == "receive" and handover.purpose == "intake":
            if "file" in handover.payload:
                self.reg["archive_no"] = QLineEdit(office.archive.next_number(), objectName="archiveNo")
                form.addRow(translate("Archive", "Archive number"), self.reg["archive_no"])
                for key, text in (("cabinet", translate("Archive", "Cabinet")), ("shelf", translate("Archive", "Shelf")),
                                  ("box", translate("Archive", "Box"))):
                    self.reg[key] = QLineEdit(objectName=key)
                    form.addRow(text, self.reg[key])
            if handover.payload.get("certificates"):
                self.reg["safe_no"] = QLineEdit(objectName="safeNo")
                self.reg["position"] = QLineEdit(objectName="position")
                form.addRow(translate("Archive", "Safe"), self.reg["safe_no"])
                form.addRow(translate("Archive", "Position in the safe"), self.reg["position"])
        self.error, _b = dialog_body(self, form, self.save, translate("Archive", "Confirm"))
        self.saved = None

    def save(self) -> None:
        widgets = {"late_reason": self.late, "reviewed_on": self.date, "received_on": self.date, **self.reg}
        gap: list[str] = []

        def act(allow_gap=False):
            if self.step == "review":
                self.saved = self.office.handovers.confirm_review(self.session, self.h.id, iso(self.date),
                                                                  self.late.text())
                return
            try:
                self.saved = self.office.handovers.confirm_receipt(
                    self.session, self.h.id, iso(self.date), self.late.text(),
                    {k: w.text() for k, w in self.reg.items()}, allow_gap=allow_gap)
            except GapNeedsConfirmation as exc:
                if allow_gap:
                    raise
                gap.append(str(exc))
        if not attempt(self.error, act, widgets.get):
            return
        if gap:
            if not ask(self, gap[0]) or not attempt(self.error, lambda: act(True), widgets.get):
                return
        self.accept()


class ItemsModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("Archive", "No."), translate("Archive", "Item"), translate("Archive", "Number"),
                          translate("Archive", "Quantity"), translate("Archive", "Pages")], parent)

    def cell(self, item, column: int):
        row = self.items.index(item) + 1
        return [row, item.get("name", ""), item.get("number", ""), item.get("quantity", ""),
                item.get("pages", "")][column]


class HandoversPage(RegisterPage):
    def __init__(self, office: Office, session: Session, parent=None):
        self.names: dict[int, tuple[str, str]] = {}
        self.settings = None   # the archive settings, read by each load
        super().__init__(office, session, "handoversPage", [
            translate("Archive", "Handover no."), translate("Archive", "Purpose"), translate("Archive", "Customer"),
            translate("Archive", "Handed over by"), translate("Archive", "Reviewer"),
            translate("Archive", "Received by"), translate("Archive", "Handed over on"),
            translate("Archive", "Reviewed on"), translate("Archive", "Received on"),
            translate("Archive", "Next deadline"), translate("Archive", "Status"), translate("Archive", "Items")],
            self._cells, parent)
        self.status_filter = self.add_filter("statusFilter", [(translate("Archive", "All statuses"), "")] +
                                             [(handover_status_label(s), s) for s in HANDOVER_STATUSES])
        self.purpose_filter = self.add_filter("purposeFilter", [(translate("Archive", "All purposes"), "")] +
                                              [(label(p), p) for p in HANDOVER_PURPOSES])
        self.model.red = lambda h: h.status == "open" and self.office.handovers.late(h, settings=self.settings)
        self.model.grey = lambda h: h.status == "cancelled"
        # the frozen item list of the selected handover, under the register
        self.items_model = ItemsModel(self)
        self.items_view = row_table("handoverItems")
        self.items_view.setModel(self.items_model)
        self.items_view.horizontalHeader().setStretchLastSection(True)
        layout = self.layout()
        layout.removeWidget(self.view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.items_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.insertWidget(1, split, 1)
        self.add_button("newIntake", translate("Archive", "New handover into the archive…"), self.new_intake,
                        "archive.write")
        self.add_button("confirmReview", translate("Archive", "Reviewer confirms…"),
                        lambda: self.confirm("review"), "archive.write")
        self.add_button("confirmReceipt", translate("Archive", "Receiver confirms…"),
                        lambda: self.confirm("receive"), "archive.write")
        self.add_button("cancelHandover", translate("Archive", "Withdraw…"), self.cancel, "archive.write")
        self.buttons.addStretch(1)
        self.add_button("saveSheet", translate("Archive", "Handover list (PDF)…"), self.save_sheet, "archive.read")
        self.add_button("printSheet", translate("Archive", "Print handover list…"), self.print_sheet, "archive.read")

    def _cells(self, h) -> list:
        review_by, receive_by = self.office.handovers.deadlines(h, self.settings)
        deadline = ""
        if h.status == "open":
            deadline = review_by if not h.reviewed_on else (receive_by or "")
        return [h.handover_no, label(h.purpose), self.names.get(h.customer_id, ("", ""))[1], h.from_name,
                h.reviewer_name, h.receiver_name, h.handed_on, h.reviewed_on or "", h.received_on or "", deadline,
                handover_status_label(h.status), len(h.items)]

    def load(self) -> list:
        self.settings = self.office.archive.settings()   # the deadlines' days: read once per refresh, not per row
        rows = self.office.handovers.list(self.session, status=self.status_filter.currentData(),
                                          purpose=self.purpose_filter.currentData(), text=self.search.text())
        self.names = self.office.archive.customer_names(h.customer_id for h in rows)
        return rows

    def status_text(self, items: list) -> str:
        open_ = [h for h in items if h.status == "open"]
        late = [h for h in open_ if self.office.handovers.late(h, settings=self.settings)]
        return translate("Archive", "{n} handovers · {open} awaiting signatures · {late} past the deadline").format(
            n=len(items), open=len(open_), late=len(late))

    def update_buttons(self) -> None:
        super().update_buttons()
        h = self.current()
        self.items_model.set_items(list(h.items) if h else [])

    def enabled(self, button: str, h) -> bool:
        if button == "newIntake":
            return True
        if h is None:
            return False
        if button == "confirmReview":
            return h.status == "open" and not h.reviewed_on
        if button == "confirmReceipt":
            return h.status == "open" and bool(h.reviewed_on)
        if button == "cancelHandover":
            return h.status == "open"
        return h.status != "cancelled"

    def _run(self, dlg) -> None:
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved is not None:
            self.done(dlg.saved.id)
        dlg.deleteLater()

    def new_intake(self) -> None:
        self._run(IntakeDialog(self.office, self.session, self))

    def new_transfer(self, file_ids: list[int]) -> None:
        self._run(PartiesDialog(self.office, self.session, "transfer", file_ids, self))

    def new_return(self, cert_ids: list[int]) -> None:
        self._run(PartiesDialog(self.office, self.session, "return", cert_ids, self))

    def confirm(self, step: str) -> None:
        self._run(ConfirmDialog(self.office, self.session, self.current(), step, self))

    def cancel(self) -> None:
        from app.ui.registers import AskDialog
        h = self.current()
        dlg = AskDialog(translate("Archive", "Withdraw {number}").format(number=h.handover_no),
                        text_label=translate("Archive", "Reason"),
                        action=lambda d: self.office.handovers.cancel(self.session, h.id, d.text_value()),
                        parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.done(h.id)
        dlg.deleteLater()

    def _sheet(self):
        from app.reports.archive_reports import handover_sheet
        h = self.current()
        return lambda: handover_sheet(self.office, self.session, h)

    def save_sheet(self) -> None:
        h = self.current()
        report_export.save_report(self, self._sheet(), translate("Archive", "Handover list {number}").format(
            number=h.handover_no), "pdf", office=self.office, session=self.session)

    def print_sheet(self) -> None:
        report_export.print_report(self, self._sheet(), title=translate("Archive", "Handover list {number}").format(
            number=self.current().handover_no), office=self.office, session=self.session)
