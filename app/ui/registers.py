"""What the archive room's pages share: a filtered register table with a button row, a customer
picker, an item-list editor, and the small dialogs that ask for a date, a reason or a choice."""
from __future__ import annotations

import datetime as _dt
from typing import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.i18n import translate
from app.models.records import CustomerQuery
from app.office import Office
from app.session import Session
from app.ui.common import ListTableModel, attempt, dialog_body, row_table


def date_edit(value: str | _dt.date | None = None, name: str = "") -> QDateEdit:
    """A calendar date field shown as YYYY-MM-DD."""
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    d = value if isinstance(value, _dt.date) else (_dt.date.fromisoformat(value) if value else _dt.date.today())
    edit.setDate(QDate(d.year, d.month, d.day))
    return edit


def iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


class RegisterModel(ListTableModel):
    """A register's rows: ``cells(item)`` gives the texts; rows in ``red`` are drawn red, ``grey`` grey."""

    def __init__(self, headers: list[str], cells: Callable[[object], list], parent=None):
        super().__init__(headers, parent)
        self.cells = cells
        self.red: Callable[[object], bool] = lambda _i: False
        self.grey: Callable[[object], bool] = lambda _i: False
        self._rows: list[list] = []

    def set_items(self, items: list) -> None:
        self._rows = [[("" if c is None else str(c)) for c in self.cells(i)] for i in items]
        super().set_items(items)

    def cell(self, item, column: int):
        return self.cells(item)[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.red(item):
                return QColor("#b00020")
            if self.grey(item):
                return QColor("#777777")
        return None


class RegisterPage(QWidget):
    """A filter row, a table and a button row; subclasses fill ``load()`` and the actions."""

    changed = Signal()   # something was written: the other pages and the today panel refresh

    def __init__(self, office: Office, session: Session, name: str, headers: list[str],
                 cells: Callable[[object], list], parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName(name)
        self.filters = QHBoxLayout()
        self.search = QLineEdit(objectName="search", placeholderText=translate("Archive", "Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.filters.addWidget(self.search, 1)
        self.model = RegisterModel(headers, cells, self)
        self.view = row_table(name + "Table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.view.activated.connect(lambda _i: self.activated())
        self.status = QLabel(objectName="registerStatus")
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(self.buttons)
        self._loaded = False

    def add_filter(self, name: str, choices: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(objectName=name)
        for text, code in choices:
            box.addItem(text, code)
        box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filters.addWidget(box)
        return box

    def add_button(self, name: str, text: str, slot, permission: str | None = None) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.clicked.connect(lambda _c=False: slot())
        b.setProperty("permission", permission)
        self.buttons.addWidget(b)
        return b

    def showEvent(self, event):
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def current(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def select_id(self, rec_id: int | None) -> None:
        for row, item in enumerate(self.model.items):
            if item.id == rec_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return

    def refresh(self) -> None:
        keep = getattr(self.current(), "id", None)
        try:
            items = self.load()
        except Exception as exc:  # a read that fails shows its message in the status line
            from app.errors import user_message
            self.status.setText(user_message(exc))
            return
        self.model.set_items(items)
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            if self.view.columnWidth(col) > 260:
                self.view.setColumnWidth(col, 260)
        self.select_id(keep)
        self.status.setText(self.status_text(items))
        self.update_buttons()

    def update_buttons(self) -> None:
        item = self.current()
        for i in range(self.buttons.count()):
            b = self.buttons.itemAt(i).widget()
            if isinstance(b, QPushButton):
                permission = b.property("permission")
                ok = not permission or self.session.may(permission)
                b.setEnabled(ok and self.enabled(b.objectName(), item))

    # ------------------------------------------------------------ for subclasses
    def load(self) -> list:
        return []

    def status_text(self, items: list) -> str:
        return translate("Archive", "{n} rows").format(n=len(items))

    def enabled(self, button: str, item) -> bool:
        return True

    def activated(self) -> None:
        pass

    def done(self, select_id: int | None = None) -> None:
        """After a write: reload, keep the row in view, tell the others."""
        self.refresh()
        if select_id is not None:
            self.select_id(select_id)
        self.changed.emit()


class CustomerPicker(QWidget):
    """Type a name, pinyin initials, phone or code; pick the customer from the matches."""

    def __init__(self, office: Office, session: Session, customer_id: int | None = None, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.text = QLineEdit(objectName="customerSearch",
                              placeholderText=translate("Archive", "Name, initials, phone or code"))
        self.choice = QComboBox(objectName="customerChoice")
        self.choice.setMinimumWidth(220)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.choice, 2)
        self.text.textChanged.connect(self._search)
        if customer_id:
            c = office.customers.get(session, customer_id)
            self.choice.addItem(f"{c.code} {c.name}", c.id)

    def _search(self, text: str) -> None:
        self.choice.clear()
        if not text.strip():
            return
        ids = self.office.customers.search(self.session, CustomerQuery(text=text.strip()))[:30]
        rows = self.office.customers.rows(self.session, ids)
        for cid in ids:
            r = rows.get(cid)
            if r:
                self.choice.addItem(f"{r[1]} {r[2]}", cid)

    def customer_id(self) -> int | None:
        return self.choice.currentData()


class ItemsEditor(QWidget):
    """The item list of a file (册内资料清单): name and page count per line, rows added and removed."""

    def __init__(self, items: list[dict] | None = None, parent=None, *, second: str | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2, objectName="itemsTable")
        self.table.setHorizontalHeaderLabels([translate("Archive", "Item"), second or translate("Archive", "Pages")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(24)
        add = QPushButton(translate("Archive", "Add line"), objectName="addItem")
        remove = QPushButton(translate("Archive", "Remove line"), objectName="removeItem")
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self.remove_row)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        for it in items or []:
            self.add_row(it.get("name", ""), str(it.get("pages", "")))

    def add_row(self, name: str = "", pages: str = "") -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(name))
        self.table.setItem(r, 1, QTableWidgetItem(pages))
        self.table.setCurrentCell(r, 0)

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def items(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            name = (self.table.item(r, 0).text() if self.table.item(r, 0) else "").strip()
            pages = (self.table.item(r, 1).text() if self.table.item(r, 1) else "").strip()
            if name or pages:
                out.append({"name": name, "pages": pages})
        return out


class AskDialog(QDialog):
    """A short dialog: an optional date, an optional text (reason, note) and OK/Cancel."""

    def __init__(self, title: str, prompt: str = "", *, date_label: str | None = None, date_value=None,
                 text_label: str | None = None, text_required: bool = False, multiline: bool = False,
                 action: Callable[["AskDialog"], object] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("askDialog")
        self.action = action
        form = QFormLayout()
        if prompt:
            info = QLabel(prompt, objectName="askPrompt")
            info.setWordWrap(True)
            form.addRow(info)
        self.date = None
        self.text = None
        if date_label:
            self.date = date_edit(date_value, "askDate")
            form.addRow(date_label, self.date)
        if text_label:
            self.text = QPlainTextEdit(objectName="askText") if multiline else QLineEdit(objectName="askText")
            if multiline:
                self.text.setTabChangesFocus(True)
                self.text.setFixedHeight(70)
            form.addRow(text_label, self.text)
        self.error, _buttons = dialog_body(self, form, self._ok, translate("UI", "OK"))

    def date_text(self) -> str:
        return iso(self.date) if self.date else ""

    def text_value(self) -> str:
        if self.text is None:
            return ""
        return self.text.toPlainText() if isinstance(self.text, QPlainTextEdit) else self.text.text()

    def _ok(self) -> None:
        if self.action is None or attempt(self.error, lambda: self.action(self),
                                          lambda key: self.text if key in ("reason", "note", "late_reason")
                                          else self.date):
            self.accept()


def bold(label: QLabel) -> QLabel:
    f = QFont(label.font())
    f.setBold(True)
    label.setFont(f)
    return label
