"""Administration windows: user accounts and the audit log."""
from __future__ import annotations

import json

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout,
)

from app.audit import action_label, entity_label
from app.i18n import translate
from app.models.database import now_iso
from app.models.records import ROLES, AuditEvent, User
from app.office import Office
from app.permissions import role_label
from app.session import Session
from app.errors import user_message
from app.ui.common import dialog_body, ListTableModel, row_table, show_error, show_info
from app.validation import ValidationError


class UsersModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("Admin", "User name"), translate("Admin", "Full name"), translate("Admin", "Role"), translate("Admin", "State")], parent)

    def cell(self, u: User, column: int):
        if column == 0:
            return u.username
        if column == 1:
            return u.display_name
        if column == 2:
            return role_label(u.role)
        if not u.active:
            return translate("Admin", "Deactivated")
        if u.locked_until and u.locked_until > now_iso():
            return translate("Admin", "Locked until {t}").format(t=u.locked_until[11:16])
        return translate("Admin", "Active")


def _role_combo(current: str = "clerk") -> QComboBox:
    combo = QComboBox(objectName="role")
    for r in ROLES:
        combo.addItem(role_label(r), r)
    combo.setCurrentIndex(combo.findData(current))
    return combo


def _password_field(name: str) -> QLineEdit:
    w = QLineEdit(objectName=name)
    w.setEchoMode(QLineEdit.EchoMode.Password)
    return w


class UserDialog(QDialog):
    """New user, or change of an existing user's name, role and state."""

    def __init__(self, office: Office, session: Session, user: User | None = None, parent=None):
        super().__init__(parent)
        self.office, self.session, self.user = office, session, user
        self.setWindowTitle(translate("Admin", "Edit user") if user else translate("Admin", "New user"))
        form = QFormLayout()
        self.username = QLineEdit(user.username if user else "", objectName="username", maxLength=40)
        self.username.setReadOnly(user is not None)
        self.display_name = QLineEdit(user.display_name if user else "", objectName="displayName", maxLength=40)
        self.role = _role_combo(user.role if user else "clerk")
        form.addRow(translate("Admin", "User name"), self.username)
        form.addRow(translate("Admin", "Full name"), self.display_name)
        form.addRow(translate("Admin", "Role"), self.role)
        if user is None:
            self.password = _password_field("password")
            self.repeat = _password_field("repeat")
            form.addRow(translate("Admin", "Password"), self.password)
            form.addRow(translate("Admin", "Repeat password"), self.repeat)
        else:
            self.active = QCheckBox(translate("Admin", "Account active"), objectName="active")
            self.active.setChecked(user.active)
            form.addRow("", self.active)
        self.error, _buttons = dialog_body(self, form, self.save)

    def save(self) -> None:
        try:
            if self.user is None:
                if self.password.text() != self.repeat.text():
                    raise ValidationError(translate("Admin", "Repeat password"), translate("Admin", "does not match the password"))
                self.office.auth.create_user(self.session, self.username.text(), self.display_name.text(),
                                             self.role.currentData(), self.password.text())
            else:
                self.office.auth.update_user(self.session, self.user.id, display_name=self.display_name.text(),
                                             role=self.role.currentData(), active=self.active.isChecked())
        except Exception as exc:
            self.error.show_message(user_message(exc))
            return
        self.accept()


class PasswordDialog(QDialog):
    def __init__(self, username: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Admin", "Reset password of {user}").format(user=username))
        self.password = _password_field("password")
        self.repeat = _password_field("repeat")
        form = QFormLayout()
        form.addRow(translate("Admin", "New password"), self.password)
        form.addRow(translate("Admin", "Repeat password"), self.repeat)
        self.error, _buttons = dialog_body(self, form, ok_text=translate("Admin", "Reset password"))


class UsersDialog(QDialog):
    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("usersDialog")
        self.setWindowTitle(translate("Admin", "User accounts"))
        self.model = UsersModel(self)
        self.view = row_table("usersTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.edit_user())
        new = QPushButton(translate("Admin", "New user…"), objectName="newUser")
        edit = QPushButton(translate("Admin", "Change…"), objectName="editUser")
        reset = QPushButton(translate("Admin", "Reset password…"), objectName="resetPassword")
        close = QPushButton(translate("Admin", "Close"))
        new.clicked.connect(self.new_user)
        edit.clicked.connect(self.edit_user)
        reset.clicked.connect(self.reset_password)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for b in (new, edit, reset):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.resize(620, 380)
        self.reload()

    def reload(self) -> None:
        self.model.set_items(self.office.auth.list_users(self.session))

    def _current(self) -> User | None:
        idx = self.view.currentIndex()
        return self.model.items[idx.row()] if idx.isValid() else None

    def new_user(self) -> None:
        if UserDialog(self.office, self.session, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_user(self) -> None:
        user = self._current()
        if user and UserDialog(self.office, self.session, user, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def reset_password(self) -> None:
        user = self._current()
        if user is None:
            return
        dialog = PasswordDialog(user.username, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                if dialog.password.text() != dialog.repeat.text():
                    raise ValidationError(translate("Admin", "Repeat password"), translate("Admin", "does not match the password"))
                self.office.auth.reset_password(self.session, user.id, dialog.password.text())
            except Exception as exc:
                dialog.error.show_message(user_message(exc))
                continue
            show_info(self, translate("Admin", "The password of {user} was reset.").format(user=user.username))
            self.reload()
            return


class AuditModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("Admin", "Time"), translate("Admin", "User"), translate("Admin", "Action"), translate("Admin", "Record"), translate("Admin", "Details")], parent)

    def cell(self, e: AuditEvent, column: int):
        if column == 0:
            return e.ts
        if column == 1:
            return e.username or "—"
        if column == 2:
            return action_label(e.action)
        if column == 3:
            if e.entity == "database":
                return entity_label(e.entity)
            return f"{entity_label(e.entity)} {e.entity_id}".strip()
        return e.summary


class AuditDialog(QDialog):
    """The audit log with filters, the chain check, and each event's before/after values."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("auditDialog")
        self.setWindowTitle(translate("Admin", "Audit log"))
        self.user = QComboBox(objectName="userFilter")
        self.user.addItem(translate("Admin", "All users"), None)
        for u in office.auth.list_users(session) if session.may("user.manage") else []:
            self.user.addItem(u.username, u.username)
        self.action = QComboBox(objectName="actionFilter")
        self.action.addItem(translate("Admin", "All actions"), None)
        for a in office.audit.actions(session):
            self.action.addItem(action_label(a), a)
        self.since = QDateEdit(QDate.currentDate().addMonths(-1), objectName="since")
        self.until = QDateEdit(QDate.currentDate(), objectName="until")
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.text = QLineEdit(objectName="textFilter")
        self.text.setPlaceholderText(translate("Admin", "Text in the details"))
        apply = QPushButton(translate("Admin", "Filter"), objectName="applyFilter")
        apply.clicked.connect(self.reload)
        self.text.returnPressed.connect(self.reload)
        verify = QPushButton(translate("Admin", "Verify chain"), objectName="verifyChain")
        verify.clicked.connect(self.verify)
        export = QPushButton(translate("Admin", "Export period (Excel)…"), objectName="exportAudit")
        export.clicked.connect(self.export)
        filters = QHBoxLayout()
        for label, w in ((translate("Admin", "User"), self.user), (translate("Admin", "Action"), self.action), (translate("Admin", "From"), self.since),
                         (translate("Admin", "To"), self.until)):
            filters.addWidget(QLabel(label))
            filters.addWidget(w)
        filters.addWidget(self.text, 1)
        filters.addWidget(apply)
        filters.addWidget(verify)
        filters.addWidget(export)
        self.model = AuditModel(self)
        self.view = QTableView(objectName="auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().resizeSection(0, 150)
        self.view.horizontalHeader().resizeSection(2, 160)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QPlainTextEdit(objectName="auditDetails")
        self.details.setReadOnly(True)
        self.count = QLabel(objectName="auditCount")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setSizes([400, 140])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        self.resize(980, 620)
        self.reload()

    def export(self) -> None:
        """Every event from the "From" date to the "To" date, as a workbook."""
        from app.reports.office_reports import audit_log
        from app.ui import report_export

        since, until = self.since.date().toString("yyyy-MM-dd"), self.until.date().toString("yyyy-MM-dd")
        report_export.save_report(self, lambda: audit_log(self.office, self.session, since, until),
                                  translate("Admin", "Audit log"), "xlsx", office=self.office, session=self.session)

    def reload(self) -> None:
        try:
            events = self.office.audit.events(
                self.session, username=self.user.currentData(), action=self.action.currentData(),
                since=self.since.date().toString("yyyy-MM-dd"),
                until=self.until.date().toString("yyyy-MM-dd") + " 23:59:59", text=self.text.text().strip() or None)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_items(events)
        self.count.setText(translate("Admin", "{n} events").format(n=len(events)))
        self.details.clear()

    def _show_details(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            return
        e: AuditEvent = self.model.items[current.row()]
        try:
            payload = json.dumps(json.loads(e.payload), ensure_ascii=False, indent=2)
        except ValueError:
            payload = e.payload
        self.details.setPlainText(f"#{e.id}  {e.ts}  {e.username}  {e.action}\n{payload}")

    def verify(self) -> None:
        ok, message = self.office.audit.verify(self.session)
        (show_info if ok else show_error)(self, message)
        self.reload()
