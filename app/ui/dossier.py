"""The customer's dossier window: basic information and contacts (more tabs come with the dossier issue)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit,
    QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from app.customers import contact_role_label, field_label
from app.i18n import translate
from app.models.records import CONTACT_ROLES, Contact
from app.office import Office
from app.session import Session
from app.errors import user_message
from app.ui.common import ErrorLabel, ListTableModel, ask, dialog_body, show_error
from app.ui.customer_form import CustomerFields, save_customer
from app.validation import ValidationError


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
        try:
            if self.contact is None:
                self.contact = self.office.customers.add_contact(self.session, self.customer_id, self.values())
            else:
                self.office.customers.update_contact(self.session, self.contact.id, self.values())
        except ValidationError as exc:
            self.error.show_message(str(exc))
            w = getattr(self, exc.key, None)
            if isinstance(w, QWidget):
                w.setFocus()
            return
        except Exception as exc:
            self.error.show_message(user_message(exc))
            return
        self.accept()


class ContactsTab(QWidget):
    changed = Signal()

    def __init__(self, office: Office, session: Session, customer_id: int, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id = office, session, customer_id
        self.model = ContactsModel(self)
        self.view = QTableView(objectName="contactsTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.edit_contact())
        self.add_button = QPushButton(translate("Dossier", "Add contact"), objectName="addContact")
        self.edit_button = QPushButton(translate("Dossier", "Edit"), objectName="editContact")
        self.delete_button = QPushButton(translate("Dossier", "Remove"), objectName="deleteContact")
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.delete_button.clicked.connect(self.delete_contact)
        may_write = session.may("contact.write")
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(may_write)
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
        if contact is not None and self.session.may("contact.write"):
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
        self.fields = CustomerFields()
        self.error = ErrorLabel()
        self.save_button = QPushButton(translate("Dossier", "Save changes"), objectName="saveCustomer")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.fields.changed.connect(lambda: self.save_button.setEnabled(self._may_edit))
        self._may_edit = session.may("customer.update")
        self.fields.set_read_only(not self._may_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        self.customer = self.office.customers.get(self.session, self.customer_id)
        self.fields.blockSignals(True)
        self.fields.set_customer(self.customer)
        self.fields.blockSignals(False)
        self.save_button.setEnabled(False)

    def save(self) -> None:
        self.error.clear_message()
        saved = save_customer(self, self.office, self.session, self.fields, self.error, self.customer_id)
        if saved is not None:
            self.reload()
            self.saved.emit(self.customer_id)


class DossierWindow(QWidget):
    """One customer's dossier, in tabs."""

    changed = Signal(int)

    def __init__(self, office: Office, session: Session, customer_id: int, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.office, self.session, self.customer_id = office, session, customer_id
        self.setObjectName("dossierWindow")
        self.tabs = QTabWidget()
        self.basic = BasicInfoTab(office, session, customer_id)
        self.contacts = ContactsTab(office, session, customer_id)
        self.tabs.addTab(self.basic, translate("Dossier", "Basic information"))
        self.tabs.addTab(self.contacts, translate("Dossier", "Contacts"))
        self.basic.saved.connect(self._saved)
        self.contacts.changed.connect(lambda: self.changed.emit(self.customer_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._update_title()
        self.resize(760, 560)

    def _update_title(self) -> None:
        c = self.basic.customer
        self.setWindowTitle(translate("Dossier", "Dossier — {code} {name}").format(code=c.code, name=c.name))

    def _saved(self, customer_id: int) -> None:
        self._update_title()
        self.changed.emit(customer_id)

    def closeEvent(self, event) -> None:
        if self.basic.save_button.isEnabled() and not ask(self, translate("Dossier", "Close without saving the changes?")):
            event.ignore()
            return
        super().closeEvent(event)
