"""Small UI helpers shared by the windows: messages (patched in tests), field errors, labels."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QLayout, QMessageBox, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from typing import Callable

from app.errors import user_message
from app.i18n import translate
from app.validation import ValidationError


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


def attempt(error: "ErrorLabel", action: Callable[[], object], field: Callable[[str], QWidget | None] = lambda _k: None
            ) -> bool:
    """Run a form's save. Bad input is shown under the form and the field it names gets the focus
    (``field(key)`` finds its widget); any other failure is shown as its message, never a traceback.
    True when the action went through."""
    error.clear_message()
    try:
        action()
    except ValidationError as exc:
        error.show_message(str(exc))
        widget = field(exc.key)
        if isinstance(widget, QWidget):
            widget.setFocus()
        return False
    except Exception as exc:
        error.show_message(user_message(exc))
        return False
    return True


def dialog_buttons(dialog: QDialog, on_ok=None, ok_text: str | None = None) -> QDialogButtonBox:
    """OK (or Save) and Cancel for a dialog; Enter presses OK, Esc cancels."""
    ok = QDialogButtonBox.StandardButton.Ok if ok_text else QDialogButtonBox.StandardButton.Save
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(ok).setText(ok_text or translate("UI", "Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("UI", "Cancel"))
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def dialog_body(dialog: QDialog, body: QLayout | QWidget, on_ok=None, ok_text: str | None = None
                ) -> tuple[ErrorLabel, QDialogButtonBox]:
    """Stack a form, its error line and the OK/Cancel row in ``dialog``."""
    error = ErrorLabel()
    buttons = dialog_buttons(dialog, on_ok, ok_text)
    layout = QVBoxLayout(dialog)
    if isinstance(body, QLayout):
        layout.addLayout(body)
    else:
        layout.addWidget(body)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return error, buttons


def row_table(name: str) -> QTableView:
    """A read-only table whose rows are picked one at a time (every list in the program)."""
    view = QTableView(objectName=name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    return view


def text_table(name: str, headers: list[str], *, select_rows: bool = True) -> QTableWidget:
    """A read-only table of a few texts (a dialog's short list), its last column stretched; with
    ``select_rows`` rows are picked one at a time."""
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if select_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def table_item(value) -> QTableWidgetItem:
    return QTableWidgetItem("" if value is None else str(value))


def fill_table(table: QTableWidget, rows: list[list]) -> None:
    """Replace a text table's rows, then fit its columns to them."""
    table.setRowCount(0)
    for r, cells in enumerate(rows):
        table.insertRow(r)
        for c, value in enumerate(cells):
            table.setItem(r, c, table_item(value))
    table.resizeColumnsToContents()


class ListTableModel(QAbstractTableModel):
    """A table over a short in-memory list (users, contacts, one page of events); ``cell`` gives the text."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.items: list = []

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def cell(self, item, column: int):
        raise NotImplementedError

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self.items[index.row()], index.column())
        return None
