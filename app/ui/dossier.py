"""The customer's dossier window: basic information, contacts, every kind of entry, attachments, timeline."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from app.customers import CLOSED_STATUSES, contact_role_label, dossier_open_to, field_label, status_label
from app.entries import kind_label as entry_kind_label
from app.i18n import translate
from app.models.records import CONTACT_ROLES, ENTRY_KINDS, Contact
from app.office import Office
from app.session import Session
from app.ui.common import ask, attempt, dialog_body, ErrorLabel, ListTableModel, row_table, show_error
from app.ui.customer_form import CustomerFields, save_customer


class ContactsModel(ListTableModel):
    COLUMNS = ("role", "name", "phone", "relation", "note")

    def __init__(self, parent=None):
        super().__init__([field_label("role"), translate("Contact", "Name"), field_label("phone"),
                          field_label("relation"), field_label("note")], parent)

    @property
    def contacts(self) -> list[Contact]:
        return self.items

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.set_items(contacts)

    def cell(self, c: Contact, column: int):
        key = self.COLUMNS[column]
        return contact_role_label(c.role) if key == "role" else getattr(c, key)

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        key = self.COLUMNS[column]
        self.layoutAboutToBeChanged.emit()
        self.items.sort(key=lambda c: (getattr(c, key) or ""), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class ContactDialog(QDialog):
    def __init__(self, office: Office, session: Session, customer_id: int, contact: Contact | None = None, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id, self.contact = office, session, customer_id, contact
        self.setWindowTitle(translate("Dossier", "Edit contact") if contact else translate("Dossier", "New contact"))
        self.role = QComboBox()
        self.role.setObjectName("role")
        for r in CONTACT_ROLES:
            self.role.addItem(contact_role_label(r), r)
        self.name = QLineEdit(objectName="name", maxLength=100)
        self.phone = QLineEdit(objectName="phone", maxLength=30)
        self.relation = QLineEdit(objectName="relation", maxLength=50)
        self.relation.setPlaceholderText(translate("Dossier", "e.g. spouse, father, finance"))
        self.note = QLineEdit(objectName="note", maxLength=200)
        form = QFormLayout()
        form.addRow(field_label("role"), self.role)
        form.addRow(translate("Contact", "Name") + " *", self.name)
        form.addRow(field_label("phone") + " *", self.phone)
        form.addRow(field_label("relation"), self.relation)
        form.addRow(field_label("note"), self.note)
        if contact:
            self.role.setCurrentIndex(max(0, self.role.findData(contact.role)))
            self.name.setText(contact.name)
            self.phone.setText(contact.phone)
            self.relation.setText(contact.relation)
            self.note.setText(contact.note)
        self.error, _buttons = dialog_body(self, form, self.save)

    def values(self) -> dict:
        return {"role": self.role.currentData(), "name": self.name.text(), "phone": self.phone.text(),
                "relation": self.relation.text(), "note": self.note.text()}

    def save(self) -> None:
        def store():
            if self.contact is None:
                self.contact = self.office.customers.add_contact(self.session, self.customer_id, self.values())
            else:
                self.office.customers.update_contact(self.session, self.contact.id, self.values())

        if attempt(self.error, store, lambda key: getattr(self, key, None)):
            self.accept()


class ContactsTab(QWidget):
    changed = Signal()

    def __init__(self, office: Office, session: Session, customer_id: int, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id = office, session, customer_id
        self.model = ContactsModel(self)
        self.view = row_table("contactsTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.edit_contact())
        self.add_button = QPushButton(translate("Dossier", "Add contact"), objectName="addContact")
        self.edit_button = QPushButton(translate("Dossier", "Edit"), objectName="editContact")
        self.delete_button = QPushButton(translate("Dossier", "Remove"), objectName="deleteContact")
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.delete_button.clicked.connect(self.delete_contact)
        self.may_write = session.may("contact.write") and dossier_open_to(
            session, office.customers.get(session, customer_id))
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(self.may_write)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.reload()

    def reload(self) -> None:
        self.model.set_contacts(self.office.customers.list_contacts(self.session, self.customer_id))

    def _current(self) -> Contact | None:
        idx = self.view.currentIndex()
        return self.model.contacts[idx.row()] if idx.isValid() else None

    def _run(self, dialog: ContactDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def add_contact(self) -> None:
        self._run(ContactDialog(self.office, self.session, self.customer_id, parent=self))

    def edit_contact(self) -> None:
        contact = self._current()
        if contact is not None and self.may_write:
            self._run(ContactDialog(self.office, self.session, self.customer_id, contact, parent=self))

    def delete_contact(self) -> None:
        contact = self._current()
        if contact is None:
            return
        if not ask(self, translate("Dossier", "Remove the contact {name}?").format(name=contact.name)):
            return
        try:
            self.office.customers.delete_contact(self.session, contact.id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()


class BasicInfoTab(QWidget):
    saved = Signal(int)

    def __init__(self, office: Office, session: Session, customer_id: int, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id = office, session, customer_id
        self.fields = CustomerFields(definitions=office.custom_fields.all(session))
        self.error = ErrorLabel()
        self.save_button = QPushButton(translate("Dossier", "Save changes"), objectName="saveCustomer")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.fields.changed.connect(lambda: self.save_button.setEnabled(self._may_edit))
        row = QHBoxLayout()
        if session.may("pii.reveal") and not session.may("pii.view"):
            for key, text in (("id_number", translate("Dossier", "Show the full ID number…")),
                              ("phone", translate("Dossier", "Show the full phone…"))):
                reveal = QPushButton(text, objectName=f"reveal_{key}")
                reveal.clicked.connect(lambda _c=False, k=key: self.reveal(k))
                row.addWidget(reveal)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.units = QLabel(objectName="customerUnits")
        self.units.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.units)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addStretch(1)
        self.reload()

    def _show_units(self) -> None:
        """The units the customer occupies or occupied (the property desk's 一户一档), current first."""
        from app.property import label as property_label

        try:
            held = self.office.property.customer_units(self.session, self.customer_id)
        except Exception:  # noqa: BLE001 - a role without the property desk sees no line
            held = []
        parts = [translate("Dossier", "{unit} ({role}, {start} to {end})").format(
            unit=u.number, role=property_label(o.role), start=o.start_date,
            end=o.end_date or translate("Dossier", "now")) for o, u in held]
        self.units.setText(translate("Dossier", "Units: {units}").format(units="; ".join(parts)) if parts else "")
        self.units.setVisible(bool(parts))

    def reload(self) -> None:
        self._show_units()
        self.customer = self.office.customers.get(self.session, self.customer_id)
        self._may_edit = self.session.may("customer.update") and dossier_open_to(self.session, self.customer)
        self.fields.set_read_only(not self._may_edit)
        self.fields.blockSignals(True)
        self.fields.set_customer(self.customer)
        self.fields.blockSignals(False)
        self.save_button.setEnabled(False)

    def reveal(self, key: str) -> None:
        """A masked number shown in full for a reason the user gives (recorded in the audit log)."""
        from app.ui.registers import AskDialog

        shown: list[str] = []
        dialog = AskDialog(translate("Dossier", "Show a masked number"),
                           translate("Dossier", "Why do you need the full number? The reason is recorded."),
                           text_label=translate("Dossier", "Reason"),
                           action=lambda d: shown.append(self.office.customers.reveal(
                               self.session, self.customer_id, key, d.text_value())), parent=self)
        if dialog.exec() and shown:
            self.fields.blockSignals(True)
            self.fields.widgets[key].setText(shown[0])
            self.fields.blockSignals(False)

    def save(self) -> None:
        self.error.clear_message()
        saved = save_customer(self, self.office, self.session, self.fields, self.error, self.customer_id)
        if saved is not None:
            self.reload()
            self.saved.emit(self.customer_id)


# Tab keys in the order they appear. Entry kinds come from app.entries.KINDS.
TAB_KEYS = ("basic", "contacts", *ENTRY_KINDS, "attachments", "timeline")


def tab_title(key: str) -> str:
    if key in ENTRY_KINDS:
        return entry_kind_label(key)
    return {
        "basic": translate("Dossier", "Basic information"),
        "contacts": translate("Dossier", "Contacts"),
        "attachments": translate("Dossier", "Attachments"),
        "timeline": translate("Dossier", "Timeline"),
    }[key]


class DossierWindow(QWidget):
    """One customer's dossier, in tabs. A tab's widget is built the first time it is shown, so a
    dossier with thousands of entries opens as fast as an empty one.

    Every tab widget takes (office, session, customer_id), has ``reload()`` and a ``changed``
    signal; entry and attachment tabs also have ``select(ref_id)``.
    """

    changed = Signal(int)

    def __init__(self, office: Office, session: Session, customer_id: int, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.office, self.session, self.customer_id = office, session, customer_id
        self.setObjectName("dossierWindow")
        office.customers.record_view(session, customer_id)   # who looked at whose dossier, and when
        self.banner = QLabel(objectName="closedBanner")
        self.banner.setStyleSheet("background: #fff4ce; padding: 6px;")
        self.banner.setWordWrap(True)
        self.move_out_button = QPushButton(translate("Dossier", "Move out…"), objectName="moveOut")
        self.move_out_button.clicked.connect(self.move_out)
        self.reinstate_button = QPushButton(translate("Dossier", "Reinstate"), objectName="reinstate")
        self.reinstate_button.clicked.connect(self.reinstate)
        self.print_button = QPushButton(translate("Dossier", "Dossier (PDF)…"), objectName="dossierPdf")
        self.print_button.clicked.connect(lambda: self.export_pdf(False))
        self.copy_button = QPushButton(translate("Dossier", "Copy for the customer (PDF)…"), objectName="pipCopy")
        self.copy_button.setToolTip(translate("Dossier", "Everything kept about this customer, for a request under "
                                                          "the Personal Information Protection Law"))
        self.copy_button.clicked.connect(lambda: self.export_pdf(True))
        self.copy_xlsx_button = QPushButton(translate("Dossier", "Copy for the customer (Excel)…"),
                                            objectName="pipCopyXlsx")
        self.copy_xlsx_button.setToolTip(translate("Dossier", "The same copy as an Excel workbook, one sheet per kind "
                                                              "of record"))
        self.copy_xlsx_button.clicked.connect(lambda: self.export_personal_copy())
        self.consents_button = QPushButton(translate("Dossier", "Consents…"), objectName="consents")
        self.consents_button.clicked.connect(lambda: self.show_consents())
        self.deletion_button = QPushButton(translate("Dossier", "Request deletion (PIPL)…"), objectName="requestDeletion")
        self.deletion_button.setToolTip(translate("Dossier", "The customer asks for their personal information to be "
                                                             "deleted: a destruction request a manager approves"))
        self.deletion_button.clicked.connect(lambda: self.request_deletion())
        self.tabs = QTabWidget(objectName="dossierTabs")
        self.tabs.setUsesScrollButtons(True)
        self.pages: dict[str, QWidget] = {}
        self.basic = BasicInfoTab(office, session, customer_id)
        self.basic.saved.connect(self._saved)
        self._install("basic", self.basic)
        for key in TAB_KEYS[1:]:
            holder = QWidget(objectName=f"tab_{key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, tab_title(key))
        self.tabs.currentChanged.connect(self._tab_shown)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addStretch(1)  # the buttons keep their size when there is no banner
        top.addWidget(self.print_button)
        top.addWidget(self.copy_button)
        top.addWidget(self.copy_xlsx_button)
        top.addWidget(self.consents_button)
        top.addWidget(self.deletion_button)
        top.addWidget(self.move_out_button)
        top.addWidget(self.reinstate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self._refresh_header()
        self._update_counts()
        self.resize(980, 640)
        from app.ui.layout import LayoutKeeper

        LayoutKeeper(self, "dossier")

    def export_pdf(self, for_customer: bool) -> None:
        """Every tab of the dossier as one PDF (or the customer's own copy of it), saved where the user says."""
        from app.reports.dossier_report import dossier_pdf
        from app.ui import report_export

        def build():
            return RowCountedPdf(*dossier_pdf(self.office, self.session, self.customer_id, for_customer=for_customer))
        name = self.office.customers.get(self.session, self.customer_id).code
        title = (translate("Dossier", "Personal information of {code}") if for_customer
                 else translate("Dossier", "Dossier of {code}")).format(code=name)
        report_export.save_report(self, build, title, "pdf", office=self.office, session=self.session)

    def export_personal_copy(self) -> None:
        from app.ui.consents import export_personal_copy

        export_personal_copy(self, self.office, self.session, self.customer_id)

    def show_consents(self) -> None:
        from app.ui.consents import show_consents

        show_consents(self, self.office, self.session, self.customer_id)

    def request_deletion(self) -> None:
        from app.ui.retention import request_deletion

        try:
            request_deletion(self, self.office, self.session, self.customer_id)
        except Exception as exc:
            show_error(self, exc)

    # ------------------------------------------------------------ tabs
    def _build(self, key: str) -> QWidget:
        args = (self.office, self.session, self.customer_id)
        if key == "contacts":
            return ContactsTab(*args)
        if key in ENTRY_KINDS:
            from app.ui.entries import EntryTab

            return EntryTab(*args, key)
        if key == "attachments":
            from app.ui.attachments import AttachmentsTab

            return AttachmentsTab(*args)
        if key == "timeline":
            from app.ui.entries import TimelineTab

            tab = TimelineTab(*args)
            tab.open_entry.connect(lambda kind, entry_id: self.show_tab(kind, entry_id))
            return tab
        raise KeyError(key)

    def _install(self, key: str, widget: QWidget) -> None:
        self.pages[key] = widget
        if key == "basic":
            self.tabs.insertTab(0, widget, tab_title(key))
            return
        holder = self.tabs.widget(TAB_KEYS.index(key))
        holder.layout().addWidget(widget)
        if hasattr(widget, "changed"):
            widget.changed.connect(self._tab_changed)

    def page(self, key: str) -> QWidget:
        """The tab's widget, built now if it has not been shown yet."""
        if key not in self.pages:
            try:
                widget = self._build(key)
            except Exception as exc:
                show_error(self, exc)
                raise
            self._install(key, widget)
        return self.pages[key]

    def _tab_shown(self, index: int) -> None:
        if index >= 0 and TAB_KEYS[index] not in self.pages:
            try:
                self.page(TAB_KEYS[index])
            except Exception:
                pass

    def show_tab(self, key: str, ref_id: int | None = None) -> None:
        """Bring a tab forward (and select one of its rows), e.g. from the "today" panel."""
        widget = self.page(key)
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))
        if ref_id is not None and hasattr(widget, "select"):
            widget.select(ref_id)

    def _tab_changed(self) -> None:
        """An entry, contact or attachment changed: other built tabs show it too."""
        sender = self.sender()
        for widget in self.pages.values():
            if widget is not sender and widget is not self.basic and hasattr(widget, "reload"):
                widget.reload()
        self._update_counts()
        self.changed.emit(self.customer_id)

    def _update_counts(self) -> None:
        counts = self.office.entries.counts(self.session, self.customer_id)
        counts["attachments"] = len(self.office.attachments.list(self.session, self.customer_id))
        for i, key in enumerate(TAB_KEYS):
            n = counts.get(key)
            # "&" would mark a keyboard accelerator in a tab title: "Payments & deposits" needs "&&"
            self.tabs.setTabText(i, tab_title(key).replace("&", "&&") + (f" ({n})" if n else ""))

    # ------------------------------------------------------------ status
    def _refresh_header(self) -> None:
        c = self.basic.customer
        self.setWindowTitle(translate("Dossier", "Dossier — {code} {name}").format(code=c.code, name=c.name))
        closed = c.status in CLOSED_STATUSES
        if closed:
            text = translate("Dossier", "{status} since {date}.").format(status=status_label(c.status),
                                                                       date=c.status_date or "")
            if not self.session.may("dossier.edit_closed"):
                text += " " + translate("Dossier", "The dossier is kept read-only.")
            self.banner.setText(text)
        self.banner.setVisible(closed)
        self.move_out_button.setVisible(c.status == "active")
        self.move_out_button.setEnabled(self.session.may("customer.update"))
        self.reinstate_button.setVisible(closed and self.session.may("dossier.edit_closed"))
        self.deletion_button.setVisible(c.status != "destroyed" and self.session.may("retention.request"))

    def _saved(self, customer_id: int) -> None:
        self._refresh_header()
        self.changed.emit(customer_id)

    def move_out(self) -> None:
        dialog = MoveOutDialog(self.office, self.session, self.basic.customer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._status_changed()

    def reinstate(self) -> None:
        c = self.basic.customer
        if not ask(self, translate("Dossier", "Make {code} {name} an active customer again?").format(code=c.code, name=c.name)):
            return
        try:
            self.office.customers.reinstate(self.session, self.customer_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self._status_changed()

    def _status_changed(self) -> None:
        self.basic.reload()
        self._refresh_header()
        self.changed.emit(self.customer_id)

    def closeEvent(self, event) -> None:
        if self.basic.save_button.isEnabled() and not ask(self, translate("Dossier", "Close without saving the changes?")):
            event.ignore()
            return
        super().closeEvent(event)


class MoveOutDialog(QDialog):
    """退租: the date the tenant moved out; the dossier then closes for clerks."""

    def __init__(self, office: Office, session: Session, customer, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer = office, session, customer
        self.setWindowTitle(translate("Dossier", "Move out — {code} {name}").format(code=customer.code, name=customer.name))
        self.date = QLineEdit(objectName="date", maxLength=10)
        self.date.setText(_dt.date.today().isoformat())
        self.date.setPlaceholderText("YYYY-MM-DD")
        self.note = QLineEdit(objectName="note", maxLength=200)
        form = QFormLayout()
        form.addRow(QLabel(translate("Dossier", "The dossier stays on file; clerks can then only read it.")))
        form.addRow(translate("Customer", "Move-out date") + " *", self.date)
        form.addRow(field_label("note"), self.note)
        self.error, _buttons = dialog_body(self, form, self.save, translate("Dossier", "Move out"))

    def save(self) -> None:
        if attempt(self.error, lambda: self.office.customers.move_out(self.session, self.customer.id, self.date.text(),
                                                                      self.note.text()),
                   lambda _key: self.date):
            self.accept()


class RowCountedPdf(bytes):
    """A finished PDF that also says how many records it lists (for the audit log)."""

    def __new__(cls, data: bytes, rows: int):
        obj = super().__new__(cls, data)
        obj.row_count = rows
        return obj
