"""Small UI helpers shared by the windows: messages (patched in tests), field errors, labels."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.errors import user_message
from app.i18n import translate


def show_error(parent: QWidget | None, error: BaseException | str, title: str | None = None) -> None:
    text = error if isinstance(error, str) else user_message(error)
    QMessageBox.warning(parent, title or translate("UI", "KeDang"), text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or translate("UI", "KeDang"), text)


def ask(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(parent, title or translate("UI", "KeDang"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class ErrorLabel(QLabel):
    """A red line under a form that names the bad field and the rule."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()
