"""Dossier entry tabs: one table per entry kind, the entry form, voiding, and the timeline.

The tables, forms and timeline are built from ``app.entries.KINDS``; sorting happens in SQL.
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app.customers import dossier_open_to
from app.entries import KINDS, KindSpec, choice_label, display_value, format_fen, kind_label
from app.i18n import translate
from app.models.records import ENTRY_KINDS, Entry
from app.office import Office
from app.session import Session
from app.ui.common import ListTableModel, attempt, dialog_body, show_error


def _void_tooltip(e: Entry) -> str:
    return translate("Entries", "Void since {when}: {reason}").format(when=(e.voided_at or "")[:16].replace("T", " "),
                                                                      reason=e.void_reason)


class _EntryModel(ListTableModel):
    """Rows are entries already sorted by SQL; ``sort`` asks the service again in the new order."""

    def __init__(self, headers: list[str], sort_keys: list[str], load, parent=None):
        super().__init__(headers, parent)
        self.sort_keys = sort_keys
        self.load = load  # (sort key, descending) -> list[Entry]
        self.sort_key, self.descending = "entry_date", True

    def refresh(self) -> None:
        self.set_items(self.load(self.sort_key, self.descending))

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self.sort_key = self.sort_keys[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def row_of(self, entry_id: int) -> int:
        return next((i for i, e in enumerate(self.items) if e.id == entry_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e: Entry = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(e, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and e.voided:
            return QColor("#888888")
        if role == Qt.ItemDataRole.FontRole and e.voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and e.voided:
            return _void_tooltip(e)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.right_aligned(index.column()):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def right_aligned(self, column: int) -> bool:
        return False


class EntryTableModel(_EntryModel):
    def __init__(self, spec: KindSpec, load, parent=None):
        self.columns = [f for f in spec.fields if f.column]
        keys = ["amount_fen" if f.type == "money" else f.key for f in self.columns]
        super().__init__([f.title() for f in self.columns], keys, load, parent)

    def cell(self, e: Entry, column: int):
        f = self.columns[column]
        return display_value(f, e.data.get(f.key))

    def right_aligned(self, column: int) -> bool:
        return self.columns[column].type in ("money", "int")


class TimelineModel(_EntryModel):
    def __init__(self, load, parent=None):
        super().__init__([translate("Entries", "Date"), translate("Entries", "Kind"), translate("Entries", "Summary"),
                          translate("Entries", "Amount (yuan)"), translate("Entries", "Status")],
                         ["entry_date", "kind", "summary", "amount_fen", "is_open"], load, parent)

    def cell(self, e: Entry, column: int):
        if column == 0:
            return e.entry_date
        if column == 1:
            return kind_label(e.kind)
        if column == 2:
            return e.summary
        if column == 3:
            return format_fen(e.amount_fen)
        if e.voided:
            return translate("Entries", "Void")
        return translate("Entries", "Open") if e.is_open else ""

    def right_aligned(self, column: int) -> bool:
        return column == 3


def _table(name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(200)  # widths from the first 200 rows
    return view


def _select_row(view: QTableView, row: int) -> None:
    if row >= 0:
        index = view.model().index(row, 0)
        view.setCurrentIndex(index)
        view.selectRow(row)
        view.scrollTo(index)


class EntryDialog(QDialog):
    """The form of one entry kind, built from its declaration. Enter saves, Esc cancels."""

    def __init__(self, office: Office, session: Session, customer_id: int, kind: str, entry: Entry | None = None,
                 parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id, self.kind, self.entry = office, session, customer_id, kind, entry
        self.spec = KINDS[kind]
        title = translate("Entries", "Edit — {kind}") if entry else translate("Entries", "New — {kind}")
        self.setWindowTitle(title.format(kind=self.spec.title()))
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        today = _dt.date.today().isoformat()
        for f in self.spec.fields:
            if f.type == "multiline":
                w = QPlainTextEdit()
                w.setTabChangesFocus(True)
                w.setFixedHeight(70)
            elif f.type == "choice":
                w = QComboBox()
                if not f.required:
                    w.addItem("", "")
                for value in f.choices:
                    w.addItem(choice_label(value), value)
            else:
                w = QLineEdit(maxLength=200)
                if f.type == "date":
                    w.setPlaceholderText("YYYY-MM-DD")
                elif f.type == "money":
                    w.setPlaceholderText("0.00")
            w.setObjectName(f.key)
            self.widgets[f.key] = w
            form.addRow(f.title() + (" *" if f.required else ""), w)
            value = entry.data.get(f.key) if entry else None
            if entry is None and f.type == "date" and f.key == self.spec.main_dates[-1] and f.required:
                value = today
            self._set(f, w, value)
        if entry is None and kind == "visit":
            self.widgets["planned"].setText(today)
        self.error, buttons = dialog_body(self, form, self.save)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.save)
        first = self.widgets[self.spec.fields[0].key]
        first.setFocus()

    @staticmethod
    def _set(f, w: QWidget, value) -> None:
        if isinstance(w, QComboBox):
            i = w.findData("" if value is None else str(value))
            w.setCurrentIndex(max(0, i))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        else:
            if f.type == "money" and value is not None:
                value = format_fen(int(value)).replace(",", "")
            w.setText("" if value is None else str(value))

    def values(self) -> dict:
        out = {}
        for key, w in self.widgets.items():
            if isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            else:
                out[key] = w.text()
        return out

    def save(self) -> None:
        def store():
            if self.entry is None:
                self.entry = self.office.entries.create(self.session, self.customer_id, self.kind, self.values())
            else:
                self.entry = self.office.entries.update(self.session, self.entry.id, self.values())

        if attempt(self.error, store, self.widgets.get):
            self.accept()


class VoidDialog(QDialog):
    """Void an entry: it stays in the dossier, struck through, with the reason."""

    def __init__(self, office: Office, session: Session, entry: Entry, parent=None):
        super().__init__(parent)
        self.office, self.session, self.entry = office, session, entry
        self.setWindowTitle(translate("Entries", "Void entry"))
        self.reason = QLineEdit(objectName="reason", maxLength=200)
        form = QFormLayout()
        form.addRow(QLabel(translate("Entries", "The entry stays in the dossier, marked void, with the reason.")))
        form.addRow(QLabel(f"{kind_label(entry.kind)} · {entry.entry_date} · {entry.summary}"))
        form.addRow(translate("Entries", "Reason") + " *", self.reason)
        self.error, _buttons = dialog_body(self, form, self.save, translate("Entries", "Void"))

    def save(self) -> None:
        if attempt(self.error, lambda: self.office.entries.void(self.session, self.entry.id, self.reason.text()),
                   lambda _key: self.reason):
            self.accept()


class EntryTab(QWidget):
    """The entries of one kind for one customer."""

    changed = Signal()

    def __init__(self, office: Office, session: Session, customer_id: int, kind: str, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id, self.kind = office, session, customer_id, kind
        self.spec = KINDS[kind]
        self.model = EntryTableModel(self.spec, self._load, self)
        self.view = _table(f"entries_{kind}")
        self.view.setModel(self.model)
        self.view.activated.connect(lambda _i: self.edit_entry())  # double-click or Enter
        self.add_button = QPushButton(translate("Entries", "Add…"), objectName="addEntry")
        self.edit_button = QPushButton(translate("Entries", "Edit…"), objectName="editEntry")
        self.void_button = QPushButton(translate("Entries", "Void…"), objectName="voidEntry")
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.void_button.clicked.connect(self.void_entry)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.add_entry,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.void_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        self.view.horizontalHeader().setSortIndicator(self._main_column(), Qt.SortOrder.DescendingOrder)
        self.view.resizeColumnsToContents()

    def _main_column(self) -> int:
        keys = [f.key for f in self.model.columns]
        return keys.index(self.spec.main_dates[-1]) if self.spec.main_dates[-1] in keys else 0

    def _load(self, sort: str, descending: bool) -> list[Entry]:
        return self.office.entries.list(self.session, self.customer_id, self.kind, sort=sort, descending=descending)

    def reload(self) -> None:
        current = self.current()
        customer = self.office.customers.get(self.session, self.customer_id)
        self.open_to_session = dossier_open_to(self.session, customer)
        self.model.refresh()
        if current is not None:
            self.select(current.id)
        self._update_buttons()

    def current(self) -> Entry | None:
        idx = self.view.currentIndex()
        return self.model.items[idx.row()] if idx.isValid() and idx.row() < len(self.model.items) else None

    def select(self, entry_id: int) -> None:
        _select_row(self.view, self.model.row_of(entry_id))
        self._update_buttons()

    def _update_buttons(self) -> None:
        e = self.current()
        may_write = self.session.may("entry.write") and self.open_to_session
        self.add_button.setEnabled(may_write)
        self.edit_button.setEnabled(may_write and e is not None and not e.voided)
        self.void_button.setEnabled(self.session.may("entry.void") and self.open_to_session and e is not None
                                    and not e.voided)

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            entry = getattr(dialog, "entry", None)
            self.reload()
            if entry is not None:
                self.select(entry.id)
            self.changed.emit()

    def add_entry(self) -> None:
        if self.add_button.isEnabled():
            self._run(EntryDialog(self.office, self.session, self.customer_id, self.kind, parent=self))

    def edit_entry(self) -> None:
        e = self.current()
        if e is not None and self.edit_button.isEnabled():
            self._run(EntryDialog(self.office, self.session, self.customer_id, self.kind, e, parent=self))

    def void_entry(self) -> None:
        e = self.current()
        if e is not None and self.void_button.isEnabled():
            self._run(VoidDialog(self.office, self.session, e, parent=self))


class TimelineTab(QWidget):
    """Every entry of the customer, newest first, filterable by kind; Enter opens it in its tab."""

    open_entry = Signal(str, int)
    changed = Signal()

    def __init__(self, office: Office, session: Session, customer_id: int, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id = office, session, customer_id
        self.kind = QComboBox(objectName="timelineKind")
        self.kind.addItem(translate("Entries", "All kinds"), None)
        for k in ENTRY_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = TimelineModel(self._load, self)
        self.view = _table("timeline")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._open)  # double-click or Enter
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Entries", "Show:")))
        top.addWidget(self.kind)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.reload()
        self.view.resizeColumnsToContents()

    def _load(self, sort: str, descending: bool) -> list[Entry]:
        return self.office.entries.list(self.session, self.customer_id, self.kind.currentData(), sort=sort,
                                        descending=descending)

    def reload(self) -> None:
        try:
            self.model.refresh()
        except Exception as exc:
            show_error(self, exc)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            e = self.model.items[index.row()]
            self.open_entry.emit(e.kind, e.id)
