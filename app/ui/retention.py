"""Retention and destruction (保管期限与销毁): what is past its retention period, the destruction requests
with their approval (a manager other than the requester, with a witness) and execution, the printed
destruction record (销毁记录), and the retention periods (Administration, administrator only)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMainWindow, QSpinBox, QTabWidget,
)

from app.i18n import translate
from app.office import Office
from app.retention import item_text, kind_text, settings_labels, status_text as request_status, sub_text
from app.session import Session
from app.ui.common import ask, attempt, dialog_body, show_info
from app.ui.registers import AskDialog, RegisterPage


def _join(texts: list[str], limit: int = 6) -> str:
    return "、".join(texts[:limit]) + ("…" if len(texts) > limit else "")


class DuePage(RegisterPage):
    """Records past their retention period; pick some (Ctrl+A for all) and request their destruction."""

    requested = Signal(int)

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(office, session, "duePage", [
            translate("Retention", "Record"), translate("Retention", "Customer code"),
            translate("Retention", "Status or kind"), translate("Retention", "Kept since"),
            translate("Retention", "Past retention since")],
            lambda d: [kind_text(d.kind), d.code, sub_text(d.kind, d.sub), d.since, d.due_on], parent)
        self.kind = self.add_filter("kindFilter", [(translate("Retention", "All records"), ""),
                                                   (kind_text("customer"), "customer"),
                                                   (kind_text("entry"), "entry"),
                                                   (kind_text("attachment"), "attachment")])
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.request_button = self.add_button("requestDestruction", translate("Retention", "Request destruction…"),
                                              self.request, "retention.request")
        self.buttons.addStretch(1)

    def load(self) -> list:
        text = self.search.text().strip().upper()
        kind = self.kind.currentData()
        return [d for d in self.office.retention.due_for_destruction(self.session)
                if (not kind or d.kind == kind) and (not text or text in d.code)]

    def status_text(self, items: list) -> str:
        return translate("Retention", "{n} records are past their retention period.").format(n=len(items))

    def selected(self) -> list:
        return [self.model.items[i.row()] for i in sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())]

    def enabled(self, button: str, item) -> bool:
        return bool(self.selected())

    def request(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        created = []
        prompt = translate("Retention", "{n} records will be destroyed once a manager approves: {items}").format(
            n=len(chosen), items=_join([item_text(d.item()) for d in chosen]))
        dialog = AskDialog(translate("Retention", "Request destruction"), prompt,
                           text_label=translate("Retention", "Reason"), multiline=True,
                           action=lambda d: created.append(self.office.retention.request_destruction(
                               self.session, chosen, d.text_value())), parent=self)
        dialog.text.setPlainText(translate("Retention", "Retention period ended"))
        if dialog.exec() and created:
            show_info(self, translate("Retention", "Destruction request {number} was recorded. A manager other than "
                                                   "you approves it.").format(number=created[0].number))
            self.done()
            self.requested.emit(created[0].id)


class WitnessDialog(QDialog):
    """The manager approves: who witnesses the destruction (监销人), and a note."""

    def __init__(self, office: Office, session: Session, req, parent=None):
        super().__init__(parent)
        self.office, self.session, self.req = office, session, req
        self.setObjectName("approveDestruction")
        self.setWindowTitle(translate("Retention", "Approve destruction {number}").format(number=req.number))
        info = QLabel(translate("Retention", "Destroy {items}. Reason: {reason}").format(
            items=_join([item_text(i) for i in req.items]), reason=req.reason), objectName="approvePrompt")
        info.setWordWrap(True)
        self.witness = QLineEdit(objectName="witness", maxLength=40)
        self.witness.setPlaceholderText(translate("Retention", "Who watches the destruction, e.g. 赵监销"))
        self.note = QLineEdit(objectName="note", maxLength=500)
        form = QFormLayout()
        form.addRow(info)
        form.addRow(translate("Retention", "Witness") + " *", self.witness)
        form.addRow(translate("Retention", "Note"), self.note)
        self.error, _buttons = dialog_body(self, form, self.save, translate("Retention", "Approve"))
        self.setMinimumWidth(480)

    def save(self) -> None:
        if attempt(self.error, lambda: self.office.retention.approve(self.session, self.req.id, self.witness.text(),
                                                                     self.note.text()),
                   lambda key: self.note if key == "note" else self.witness):
            self.accept()


class RequestsPage(RegisterPage):
    """The destruction requests: approve, reject, destroy, print the destruction record."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(office, session, "requestsPage", [
            translate("Retention", "Number"), translate("Retention", "Status"), translate("Retention", "Records"),
            translate("Retention", "Reason"), translate("Retention", "Requested by"),
            translate("Retention", "Requested on"), translate("Retention", "Approved by"),
            translate("Retention", "Witness"), translate("Retention", "Destroyed on")],
            lambda r: [r.number, request_status(r.status), _join([item_text(i) for i in r.items], 3), r.reason,
                       r.requester_name, r.requested_on, r.approver_name, r.witness, r.executed_on or ""], parent)
        self.status_filter = self.add_filter("statusFilter", [(translate("Retention", "All requests"), "")] + [
            (request_status(s), s) for s in ("requested", "approved", "done", "rejected")])
        self.model.grey = lambda r: r.status in ("done", "rejected")
        self.model.red = lambda r: r.status == "approved"
        self.add_button("approve", translate("Retention", "Approve…"), self.approve, "retention.approve")
        self.add_button("reject", translate("Retention", "Reject…"), self.reject, "retention.approve")
        self.add_button("execute", translate("Retention", "Destroy now…"), self.execute, "retention.execute")
        self.add_button("printRecord", translate("Retention", "Destruction record (PDF)…"), self.print_record,
                        "retention.request")
        self.buttons.addStretch(1)

    def load(self) -> list:
        text = self.search.text().strip().upper()
        return [r for r in self.office.retention.list_requests(self.session, self.status_filter.currentData() or "")
                if not text or text in r.number or any(text in i["code"] for i in r.items)]

    def status_text(self, items: list) -> str:
        waiting = sum(1 for r in items if r.status == "requested")
        return translate("Retention", "{n} requests, {waiting} awaiting approval.").format(n=len(items), waiting=waiting)

    def enabled(self, button: str, item) -> bool:
        if item is None:
            return False
        if button == "approve":
            return item.status == "requested" and item.requested_by != self.session.user_id
        if button == "reject":
            return item.status == "requested"
        if button == "execute":
            return item.status == "approved"
        return True

    def activated(self) -> None:
        item = self.current()
        if item is not None and item.status in ("approved", "done"):
            self.print_record()

    def approve(self) -> None:
        req = self.current()
        if req is not None and WitnessDialog(self.office, self.session, req, self).exec():
            self.done(req.id)

    def reject(self) -> None:
        req = self.current()
        if req is None:
            return
        dialog = AskDialog(translate("Retention", "Reject destruction {number}").format(number=req.number),
                           translate("Retention", "Why are the records to be kept?"),
                           text_label=translate("Retention", "Reason for the rejection"), multiline=True,
                           action=lambda d: self.office.retention.reject(self.session, req.id, d.text_value()),
                           parent=self)
        if dialog.exec():
            self.done(req.id)

    def execute(self) -> None:
        from app.ui.report_export import run_with_progress

        req = self.current()
        if req is None:
            return
        if not ask(self, translate("Retention", "Destroy the records of {number} now ({items})? Their personal data is "
                                                "removed from the database for good and cannot be brought back. "
                                                "Witness: {witness}.").format(
                number=req.number, items=_join([item_text(i) for i in req.items]), witness=req.witness)):
            return
        # one transaction that cannot be stopped half-way: Cancel waits for it to finish
        result = run_with_progress(self, lambda _progress, _cancelled: self.office.retention.execute(self.session, req.id),
                                   translate("Retention", "Destroying the records of {number}…").format(number=req.number),
                                   translate("Retention", "Nothing was destroyed: {error}"), cooperative=True)
        if result is None:
            self.refresh()
            return
        lines = [translate("Retention", "{number} is done: {customers} customers, {entries} dossier entries and "
                                        "{attachments} attachments were destroyed; {events} audit events were "
                                        "redacted.").format(
            number=req.number, customers=sum(1 for i in req.items if i["kind"] == "customer"),
            entries=result.removed.get("entries", 0), attachments=result.removed.get("attachments", 0),
            events=result.audit_redacted)]
        if result.leftovers:
            places = sorted({f"{table}.{column}" for table, column, _rowid in result.leftovers})
            lines.append(translate("Retention", "Other records still contain the same name, phone or ID number "
                                                "(another customer, a note): {places}. Check them.").format(
                places=_join(places)))
        if result.summary_mentions:
            lines.append(translate("Retention", "{n} audit events name the person in their summary, which the "
                                                "audit chain protects: they are kept as they are.").format(
                n=len(result.summary_mentions)))
        lines.append(translate("Retention", "Print the destruction record and have it signed."))
        show_info(self, "\n\n".join(lines))
        self.done(req.id)

    def print_record(self) -> None:
        from app.reports.retention_report import destruction_record
        from app.ui import report_export

        req = self.current()
        if req is None:
            return
        report_export.save_report(self, lambda: destruction_record(self.office, self.session, req.id),
                                  translate("Retention", "Destruction record {number}").format(number=req.number),
                                  "pdf", office=self.office, session=self.session)


class RetentionWindow(QMainWindow):
    """Archive → Retention and destruction: two tabs, past retention and the requests."""

    changed = Signal()

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("retentionWindow")
        self.setWindowTitle(translate("Retention", "Retention and destruction — {company}").format(
            company=office.company()))
        self.resize(1100, 640)
        self.tabs = QTabWidget(objectName="retentionTabs")
        self.due = DuePage(office, session)
        self.requests = RequestsPage(office, session)
        self.tabs.addTab(self.due, translate("Retention", "Past retention"))
        self.tabs.addTab(self.requests, translate("Retention", "Destruction requests"))
        self.setCentralWidget(self.tabs)
        for i, page in enumerate((self.due, self.requests)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda p=page: self.tabs.setCurrentWidget(p))
            page.changed.connect(lambda p=page: self._changed(p))
        self.due.requested.connect(self._show_request)
        s = self.office.retention.settings()
        hint = translate("Retention", "Retention periods: customers {c} years after moving out or archiving, dossier "
                                      "entries {e} years, attachments {a} years (0: kept for ever).").format(
            c=s.customer_years, e=s.entry_years, a=s.attachment_years)
        self.statusBar().showMessage(hint)

    def _changed(self, source) -> None:
        for page in (self.due, self.requests):
            if page is not source and page._loaded:
                page.refresh()
        self.changed.emit()

    def _show_request(self, request_id: int) -> None:
        self.tabs.setCurrentWidget(self.requests)
        self.requests.refresh()
        self.requests.select_id(request_id)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.requests if key == "requests" else self.due)


def request_deletion(parent, office: Office, session: Session, customer_id: int) -> object | None:
    """The customer asks for their personal information to be deleted (PIPL): a destruction request for the
    whole dossier, approved by a manager like any other. The request, or None."""
    created = []
    c = office.customers.get(session, customer_id)
    dialog = AskDialog(
        translate("Retention", "Request deletion (PIPL) — {code}").format(code=c.code),
        translate("Retention", "The customer asks for their personal information to be deleted. Once a manager "
                               "approves, the dossier is destroyed and only the customer code remains. Files and "
                               "certificates still held must be returned first."),
        text_label=translate("Retention", "Reason"), multiline=True,
        action=lambda d: created.append(office.retention.request_deletion(session, customer_id, d.text_value())),
        parent=parent)
    dialog.text.setPlainText(translate("Retention", "Customer's request (PIPL)"))
    if dialog.exec() and created:
        show_info(parent, translate("Retention", "Deletion request {number} was recorded. A manager approves it under "
                                                 "Archive → Retention and destruction.").format(number=created[0].number))
        return created[0]
    return None


class RetentionSettingsDialog(QDialog):
    """Administration → Retention periods (the administrator changes them; anyone else reads them)."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("retentionSettingsDialog")
        self.setWindowTitle(translate("Retention", "Retention periods"))
        s = office.retention.settings()
        labels = settings_labels()
        self.boxes: dict[str, QSpinBox] = {}
        form = QFormLayout()
        intro = QLabel(translate("Retention", "How long records are kept before they are listed for destruction. "
                                              "0 keeps them for ever. Defaults: customers 3 years after moving out or "
                                              "archiving, dossier entries 5 years, attachments 5 years. The audit "
                                              "log is never destroyed."))
        intro.setWordWrap(True)
        form.addRow(intro)
        for key, value in (("customer_years", s.customer_years), ("entry_years", s.entry_years),
                           ("attachment_years", s.attachment_years)):
            box = QSpinBox(objectName=key)
            box.setRange(0, 100)
            box.setValue(value)
            box.setSuffix(translate("Retention", " years"))
            self.boxes[key] = box
            form.addRow(labels[key], box)
        self.error, self.buttons = dialog_body(self, form, self.save)
        editable = session.may("settings.manage")
        for w in [*self.boxes.values(), self.buttons.button(QDialogButtonBox.StandardButton.Save)]:
            w.setEnabled(editable)
        self.setMinimumWidth(520)

    def save(self) -> None:
        if attempt(self.error, lambda: self.office.retention.set_settings(
                self.session, {k: str(b.value()) for k, b in self.boxes.items()}), lambda key: self.boxes.get(key)):
            self.accept()
