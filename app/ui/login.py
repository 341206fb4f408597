"""Sign-in dialog and the recovery-key prompt."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from app.errors import AuthError, user_message
from app.i18n import translate
from app.office import Office, open_office
from app.security import RecoveryKeyError
from app.session import Session
from app.ui.common import ErrorLabel, dialog_buttons


class LoginDialog(QDialog):
    """User name and password; wrong passwords and locked accounts get a clear message."""

    def __init__(self, office: Office, parent=None, username: str = ""):
        super().__init__(parent)
        self.office = office
        self.session: Session | None = None
        self.setObjectName("loginDialog")
        company = office.company()
        self.setWindowTitle(translate("Login", "KeDang — sign in") + (f" — {company}" if company else ""))
        self.username = QLineEdit(username, objectName="username")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(translate("Login", "User name"), self.username)
        form.addRow(translate("Login", "Password"), self.password)
        self.error = ErrorLabel()
        heading = QLabel(translate("Login", "Sign in to the customer records"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, ok_text=translate("Login", "Sign in")))
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(380)

    def accept(self) -> None:
        self.error.clear_message()
        try:
            self.session = self.office.auth.login(self.username.text(), self.password.text())
        except AuthError as exc:
            self.error.show_message(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        except Exception as exc:  # a damaged file, a disk error: say so, write nothing
            self.error.show_message(user_message(exc))
            return
        super().accept()


class RecoveryKeyDialog(QDialog):
    """Asked when this computer's key store does not hold the database's key."""

    def __init__(self, path, parent=None):
        super().__init__(parent)
        self.path = path
        self.office: Office | None = None
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(translate("Login", "Recovery key needed"))
        text = QLabel(translate("Login", 
            "This computer does not hold the key of the database\n{path}\n\n"
            "This happens on a new PC, a new Windows account, or when the saved key was lost. "
            "Type the recovery key from the recovery sheet kept in the safe. "
            "The key is then kept on this computer again.").format(path=path))
        text.setWordWrap(True)
        self.key = QLineEdit(objectName="recoveryKey")
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.key.setMinimumWidth(520)
        font = self.key.font()
        font.setFamily("monospace")
        self.key.setFont(font)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.key)
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, ok_text=translate("Login", "Open")))

    def accept(self) -> None:
        self.error.clear_message()
        try:
            self.office = open_office(self.path, recovery_key=self.key.text(), background_check=True)
        except RecoveryKeyError as exc:
            self.error.show_message(str(exc))
            return
        except Exception as exc:
            self.error.show_message(user_message(exc))
            return
        super().accept()
