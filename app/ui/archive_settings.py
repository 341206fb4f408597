"""The archive room's settings (系统管理 → 档案设置): the archive number pattern, the handover
deadlines in working days, and the positions that borrow without approval."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox

from app.archive import check_pattern, format_number
from app.i18n import translate
from app.office import Office
from app.session import Session
from app.ui.common import ask, attempt, dialog_body
from app.validation import ValidationError


class ArchiveSettingsDialog(QDialog):
    """Only the administrator changes these (``settings.manage``); anyone else reads them."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("archiveSettingsDialog")
        self.setWindowTitle(translate("ArchiveSettings", "Archive settings"))
        s = office.archive.settings()
        self.before = s
        self.saved = None
        self.pattern = QLineEdit(s.number_pattern, objectName="numberPattern", maxLength=60)
        self.example = QLabel(objectName="patternExample")
        self.example.setWordWrap(True)
        self.review = QSpinBox(objectName="reviewDays")
        self.receive = QSpinBox(objectName="receiveDays")
        for box, value in ((self.review, s.review_days), (self.receive, s.receive_days)):
            box.setRange(0, 60)
            box.setValue(value)
            box.setSuffix(translate("ArchiveSettings", " working days"))
        self.positions = QLineEdit("，".join(s.direct_positions), objectName="directPositions")
        form = QFormLayout()
        form.addRow(translate("ArchiveSettings", "Archive number pattern"), self.pattern)
        form.addRow("", self.example)
        form.addRow(translate("ArchiveSettings", "Days for the reviewer"), self.review)
        form.addRow(translate("ArchiveSettings", "Days for the archive"), self.receive)
        days = QLabel(translate("ArchiveSettings", "Working days (Monday to Friday) a handover may wait for the "
                                                   "reviewer, and then for the archive to receive it, before it is "
                                                   "shown as late."))
        days.setWordWrap(True)
        form.addRow("", days)
        form.addRow(translate("ArchiveSettings", "Positions that borrow without approval"), self.positions)
        hint = QLabel(translate("ArchiveSettings", "Positions separated by commas, e.g. 董事长，总经理，副总经理. "
                                                   "Borrowers with one of them need no manager's approval."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.error, self.buttons = dialog_body(self, form, self.save)
        self.pattern.textChanged.connect(self._example)
        self._example(self.pattern.text())
        self.enabled = session.may("settings.manage")
        for w in (self.pattern, self.review, self.receive, self.positions,
                  self.buttons.button(QDialogButtonBox.StandardButton.Save)):
            w.setEnabled(self.enabled)
        self.setMinimumWidth(560)

    def _example(self, text: str) -> None:
        """Under the pattern: the numbers it gives, or what is wrong with it."""
        try:
            pattern = check_pattern(text)
        except ValidationError as exc:
            self.example.setText(exc.rule)
            self.example.setStyleSheet("color: #b00020;")
            return
        self.example.setStyleSheet("")
        text = translate("ArchiveSettings", "e.g. {first}, {second}").format(
            first=format_number(pattern, 1), second=format_number(pattern, 2))
        if self.office.archive.file_count():
            text += "\n" + translate("ArchiveSettings", "The next file registered gets {next}.").format(
                next=self.office.archive.next_number(pattern))
        self.example.setText(text)


    def _values(self) -> dict:
        return {"number_pattern": self.pattern.text(), "review_days": str(self.review.value()),
                "receive_days": str(self.receive.value()), "direct_positions": self.positions.text()}

    def save(self) -> None:
        widgets = {"number_pattern": self.pattern, "review_days": self.review, "receive_days": self.receive,
                   "direct_positions": self.positions}
        # a bad pattern is named first; a good new one is confirmed while files carry the old form
        if not attempt(self.error, lambda: check_pattern(self.pattern.text()), widgets.get):
            return
        pattern = self.pattern.text().strip()
        files = self.office.archive.file_count()
        if pattern != self.before.number_pattern and files and not ask(self, translate(
                "ArchiveSettings", "{count} archive file(s) are registered: their numbers stay as they are (the "
                                   "last is {last}). The next file registered gets {next}. Change the pattern?").format(
                count=files, last=self.office.archive.last_number(), next=self.office.archive.next_number(pattern))):
            self.pattern.setFocus()
            return

        def act():
            self.saved = self.office.archive.set_settings(self.session, self._values())
        if attempt(self.error, act, widgets.get):
            self.accept()
