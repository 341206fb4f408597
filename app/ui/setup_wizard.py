"""First start: create the encrypted database, the administrator, and hand over the recovery key."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWizard, QWizardPage,
)

from app import paths
from app.errors import user_message
from app.i18n import language, set_language, translate
from app.office import Created, create_office
from app.validation import ValidationError


class WelcomePage(QWizardPage):
    language_chosen = Signal(str)

    def __init__(self):
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.language = QComboBox(objectName="language")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language() == "zh_CN" else 1)
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        form = QFormLayout()
        form.addRow("语言 / Language", self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("SetupWizard", "Welcome to KeDang"))
        self.setSubTitle(translate("SetupWizard", "This assistant sets up the customer records of your office in a few steps."))
        self.text.setText(translate(
            "SetupWizard",
            "All records are kept in one encrypted file on this computer. You will choose where it is kept, "
            "create the administrator account, and receive a recovery key to keep in the safe."))


class OfficePage(QWizardPage):
    def __init__(self, default_path: Path):
        super().__init__()
        self.setTitle(translate("SetupWizard", "Your office"))
        self.setSubTitle(translate("SetupWizard", "The company name is printed on reports. The database file holds every record."))
        self.company = QLineEdit(objectName="company", maxLength=100)
        self.company.setPlaceholderText(translate("SetupWizard", "e.g. 鸿运物业管理有限公司"))
        self.path = QLineEdit(str(default_path), objectName="databasePath")
        browse = QPushButton(translate("SetupWizard", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(translate("SetupWizard", "Company name"), self.company)
        form.addRow(translate("SetupWizard", "Database file"), row)
        note = QLabel(translate("SetupWizard", "Keep the file on this computer's own disk, not on a network share."))
        note.setWordWrap(True)
        form.addRow(note)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, translate("SetupWizard", "Database file"), self.path.text(), translate("SetupWizard", "KeDang database (*.kdb)"))
        if name:
            self.path.setText(name if name.endswith(".kdb") else name + ".kdb")


class AdminPage(QWizardPage):
    """Creating the database happens when this page is left (it is the wizard's commit page)."""

    def __init__(self, wizard: "SetupWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("SetupWizard", "Administrator account"))
        self.setSubTitle(translate("SetupWizard", "The administrator creates the other accounts and keeps the recovery key."))
        self.username = QLineEdit("admin", objectName="adminUsername", maxLength=40)
        self.display_name = QLineEdit(objectName="adminDisplayName", maxLength=40)
        self.password = QLineEdit(objectName="adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="adminRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="wizardError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(translate("SetupWizard", "User name"), self.username)
        form.addRow(translate("SetupWizard", "Full name"), self.display_name)
        form.addRow(translate("SetupWizard", "Password"), self.password)
        form.addRow(translate("SetupWizard", "Repeat password"), self.repeat)
        hint = QLabel(translate("SetupWizard", "At least 8 characters, mixing letters with digits or symbols."))
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.error)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("SetupWizard", "Create database"))

    def validatePage(self) -> bool:
        self.error.clear()
        if self.password.text() != self.repeat.text():
            self.error.setText(str(ValidationError(translate("SetupWizard", "Repeat password"), translate("SetupWizard", "does not match the password"))))
            self.repeat.setFocus()
            return False
        return self._wizard.create_database()


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("SetupWizard", "Your recovery key"))
        self.setSubTitle(translate("SetupWizard", "Write it down or print the recovery sheet now. It is shown only this once."))
        explain = QLabel(translate("SetupWizard", 
            "The records are encrypted. This computer keeps the key for you, so you do not type it every day. "
            "If this computer is replaced, Windows is reinstalled, or the saved key is lost, the recovery key "
            "is the only way to open the records and the backups. Anyone with the key and the file can read "
            "the records: keep the sheet locked in the safe, not next to the computer."))
        explain.setWordWrap(True)
        self.key = QLabel(objectName="recoveryKey")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(13)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setWordWrap(True)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keyring_note = QLabel(objectName="keyringNote")
        self.keyring_note.setWordWrap(True)
        self.sheet_button = QPushButton(translate("SetupWizard", "Save the recovery sheet (PDF) to print…"), objectName="saveSheet")
        self.sheet_button.clicked.connect(self._save_sheet)
        self.sheet_note = QLabel()
        self.sheet_note.setWordWrap(True)
        self.confirm = QCheckBox(translate("SetupWizard", "I have written down or printed the recovery key and will keep it in the safe."),
                                 objectName="confirmKept")
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.key)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.sheet_button)
        layout.addWidget(self.sheet_note)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        created = self._wizard.created
        groups = created.recovery_key.split("-")
        self.key.setText("\n".join("  ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)))
        if created.keyring_problem:
            self.keyring_note.setText(translate("SetupWizard", "Warning: the key could not be kept on this computer ({why}). "
                                         "You will need the recovery key every time KeDang starts.").format(
                why=created.keyring_problem))
            self.keyring_note.setStyleSheet("color: #b00020;")
        else:
            self.keyring_note.setText(translate("SetupWizard", "The key is kept in this computer's key store: KeDang opens without asking for it."))

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def _save_sheet(self) -> None:
        default = str(Path.home() / translate("SetupWizard", "KeDang recovery sheet.pdf"))
        name, _ = QFileDialog.getSaveFileName(self, translate("SetupWizard", "Save the recovery sheet"), default, "PDF (*.pdf)")
        if not name:
            return
        try:
            self._wizard.write_sheet(name)
        except Exception as exc:
            self.sheet_note.setText(user_message(exc))
            return
        self.sheet_note.setText(translate("SetupWizard", "Saved to {path}. Print it, put it in the safe, then delete the file: "
                                   "it is a copy of the key.").format(path=name))


class DonePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(translate("SetupWizard", "Ready"))
        text = QLabel(translate("SetupWizard", 
            "What next:\n"
            "• Add your first customer with “New customer” (Ctrl+N).\n"
            "• Create accounts for your colleagues under Administration → Users.\n"
            "• Type a name, pinyin initials, phone or ID number in the search box to find anyone in seconds."))
        text.setWordWrap(True)
        QVBoxLayout(self).addWidget(text)


class SetupWizard(QWizard):
    language_chosen = Signal(str)

    def __init__(self, default_path: Path | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.created: Created | None = None
        self.welcome = WelcomePage()
        self.welcome.language_chosen.connect(self._switch_language)
        self.setPage(0, self.welcome)
        self._build_pages(default_path or paths.default_database_path(), "")
        self.resize(640, 520)

    def _build_pages(self, path: Path | str, company: str) -> None:
        """Pages 1-4 in the current language (rebuilt when the language changes on page 0)."""
        self.office_page = OfficePage(Path(path))
        self.office_page.company.setText(company)
        self.admin_page = AdminPage(self)
        self.key_page = RecoveryKeyPage(self)
        self.done_page = DonePage()
        for page_id, page in enumerate((self.office_page, self.admin_page, self.key_page, self.done_page), 1):
            self.setPage(page_id, page)
        self.setWindowTitle(translate("SetupWizard", "KeDang — first start"))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("SetupWizard", "Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("SetupWizard", "< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("SetupWizard", "Start working"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("SetupWizard", "Cancel"))

    def _switch_language(self, code: str) -> None:
        set_language(code)
        path, company = self.office_page.path.text(), self.office_page.company.text()
        for page_id in (1, 2, 3, 4):
            self.removePage(page_id)
        self._build_pages(path, company)
        self.welcome.retranslate()
        self.restart()  # we are on page 0; Qt re-decides Next/Finish only on a (re)start
        self.language_chosen.emit(code)

    def reject(self) -> None:
        """Once the database exists, the recovery key must be confirmed before leaving."""
        if self.created is not None and not self.key_page.confirm.isChecked():
            self.key_page.confirm.setFocus()
            return
        super().reject()

    def create_database(self) -> bool:
        if self.created is not None:
            return True
        page = self.admin_page
        try:
            self.created = create_office(
                Path(self.office_page.path.text().strip()).expanduser(), company=self.office_page.company.text(),
                admin_username=page.username.text(), admin_display_name=page.display_name.text(),
                admin_password=page.password.text())
        except Exception as exc:
            page.error.setText(user_message(exc))
            return False
        return True

    def write_sheet(self, path: str) -> None:
        from app.reports.recovery_sheet import write_recovery_sheet

        c = self.created
        write_recovery_sheet(path, recovery_key=c.recovery_key, database_id=c.office.db.file_id(),
                             database_path=str(c.office.path), company=c.office.company(),
                             created_at=_dt.datetime.now(), language=language())
