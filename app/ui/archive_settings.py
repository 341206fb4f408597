"""The archive room's settings (系统管理 → 档案设置): the archive number pattern, the handover
deadlines in working days, and the positions that borrow without approval."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox

from app.archive import check_pattern, format_number
from app.i18n import translate
from app.office import Office
from app.session import Session
from app.ui.common import ask, attempt, dialog_body
from app.validation import ValidationError


class ArchiveSettingsDialog(QDialog):
    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("archiveSettingsDialog")
        self.setWindowTitle(translate("ArchiveSettings", "Archive settings"))
        s = office.archive.settings()
        self.before = s
        self.pattern = QLineEdit(s.number_pattern, objectName="numberPattern")
        self.example = QLabel(objectName="patternExample")
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
        form.addRow(translate("ArchiveSettings", "Reviewer confirms within"), self.review)
        form.addRow(translate("ArchiveSettings", "Archive receives within"), self.receive)
        form.addRow(translate("ArchiveSettings", "Borrow without approval"), self.positions)
        hint = QLabel(translate("ArchiveSettings", "Positions separated by commas, e.g. 董事长，总经理，副总经理. "
                                                   "Borrowers with one of them need no manager's approval."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.error, _b = dialog_body(self, form, self.save)
        self.pattern.textChanged.connect(self._example)
        self._example(self.pattern.text())
        self.enabled = session.may("settings.manage")
        for w in (self.pattern, self.review, self.receive, self.positions):
            w.setEnabled(self.enabled)

    def _example(self, text: str) -> None:
        try:
            pattern = check_pattern(text)
        except ValidationError as exc:
            self.example.setText(exc.rule)
            self.example.setStyleSheet("color: #b00020;")
            return
        self.example.setStyleSheet("")
        self.example.setText(translate("ArchiveSettings", "e.g. {first}, {second}").format(
            first=format_number(pattern, 1), second=format_number(pattern, 2)))

    def save(self) -> None:
        raw = {"number_pattern": self.pattern.text(), "review_days": str(self.review.value()),
               "receive_days": str(self.receive.value()), "direct_positions": self.positions.text()}
        if (self.pattern.text().strip() != self.before.number_pattern and self.office.archive.files.count()
                and not ask(self, translate("ArchiveSettings", "Files already registered keep their numbers; the "
                                                               "next number follows the new pattern. Change it?"))):
            return
        widgets = {"number_pattern": self.pattern, "review_days": self.review, "receive_days": self.receive,
                   "direct_positions": self.positions}
        if attempt(self.error, lambda: self.office.archive.set_settings(self.session, raw), widgets.get):
            self.accept()
