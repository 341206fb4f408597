"""Dossier entry tabs: one table per entry kind, the entry form, voiding, and the timeline.

The tables, forms and timeline are built from ``app.entries.KINDS``; sorting happens in SQL.
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app.customers import dossier_open_to
from app.entries import KINDS, FieldSpec, KindSpec, choice_label, display_value, format_fen, kind_label
from app.i18n import translate
from app.models.records import ENTRY_KINDS, Entry
from app.office import Office
from app.session import Session
from app.ui.common import attempt, dialog_body, ListTableModel, row_table, show_error

# Kinds whose entries are open until something is done (the timeline shows Open / Done for them).
_OPEN_OR_DONE = ("payment", "repair", "complaint", "visit", "violation")


class _UserNames:
    """Display names of the users who voided entries (looked up once per tab)."""

    def __init__(self, office: Office):
        self.office = office
        self.cache: dict[int, str] = {}

    def __call__(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        if user_id not in self.cache:
            try:
                user = self.office.auth.users.by_id(user_id)
            except Exception:  # a name is a courtesy in a tooltip; never an error
                user = None
            self.cache[user_id] = (user.display_name or user.username) if user else str(user_id)
        return self.cache[user_id]


def void_tooltip(e: Entry, who: str = "") -> str:
    when = (e.voided_at or "")[:16].replace("T", " ")
    if who:
        return translate("Entries", "Void since {when} by {who}: {reason}").format(when=when, who=who,
                                                                                  reason=e.void_reason)
    return translate("Entries", "Void since {when}: {reason}").format(when=when, reason=e.void_reason)


class _EntryModel(ListTableModel):
    """Rows are entries already sorted by SQL; ``sort`` asks the service again in the new order."""

    def __init__(self, headers: list[str], sort_keys: list[str], load, names, parent=None):
        super().__init__(headers, parent)
        self.sort_keys = sort_keys
        self.load = load  # (sort key, descending) -> list[Entry]
        self.names = names
        self.sort_key, self.descending = "entry_date", True

    def refresh(self) -> None:
        self.set_items(self.load(self.sort_key, self.descending))

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if not 0 <= column < len(self.sort_keys):
            return
        self.sort_key = self.sort_keys[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def row_of(self, entry_id: int) -> int:
        return next((i for i, e in enumerate(self.items) if e.id == entry_id), -1)

    def entry(self, row: int) -> Entry | None:
        return self.items[row] if 0 <= row < len(self.items) else None

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
            return void_tooltip(e, self.names(e.voided_by))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.right_aligned(index.column()):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def right_aligned(self, column: int) -> bool:
        return False


class EntryTableModel(_EntryModel):
    """The columns of one kind: its fields marked ``column``; money sorts on the stored fen."""

    def __init__(self, spec: KindSpec, load, names, parent=None):
        self.columns: list[FieldSpec] = [f for f in spec.fields if f.column]
        keys = ["amount_fen" if f.type == "money" else f.key for f in self.columns]
        super().__init__([f.title() for f in self.columns], keys, load, names, parent)

    def cell(self, e: Entry, column: int):
        f = self.columns[column]
        return display_value(f, e.data.get(f.key))

    def right_aligned(self, column: int) -> bool:
        return self.columns[column].type in ("money", "int")


class TimelineModel(_EntryModel):
    def __init__(self, load, names, parent=None):
        super().__init__([translate("Entries", "Date"), translate("Entries", "Kind"), translate("Entries", "Summary"),
                          translate("Entries", "Amount (yuan)"), translate("Entries", "Status")],
                         ["entry_date", "kind", "summary", "amount_fen", "is_open"], load, names, parent)

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
        if e.is_open:
            return translate("Entries", "Open")
        return translate("Entries", "Done") if e.kind in _OPEN_OR_DONE else ""

    def right_aligned(self, column: int) -> bool:
        return column == 3


def _table(name: str) -> QTableView:
    view = row_table(name)
    view.setSortingEnabled(True)
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


class _SortedTable:
    """What both tabs share: a view over an SQL-sorted model that keeps the selected entry when the
    rows are fetched again (a new sort order, a reload after a change)."""

    view: QTableView
    model: _EntryModel

    def _keep_selection(self) -> None:
        self._kept: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)

    def _remember(self) -> None:
        e = self.current()
        self._kept = e.id if e is not None else None

    def _restore(self) -> None:
        if self._kept is not None:
            _select_row(self.view, self.model.row_of(self._kept))
        self._selection_changed()

    def _selection_changed(self) -> None:
        pass

    def current(self) -> Entry | None:
        idx = self.view.currentIndex()
        return self.model.entry(idx.row()) if idx.isValid() else None

    def select(self, entry_id: int) -> None:
        """Select the entry's row and scroll to it (from the timeline or the "today" panel)."""
        _select_row(self.view, self.model.row_of(entry_id))
        self._selection_changed()

    def _load_or_report(self, load, sort: str, descending: bool) -> list[Entry]:
        try:
            return load(sort, descending)
        except Exception as exc:  # shown as its message, never a traceback
            show_error(self, exc)
            return list(self.model.items)


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
        first_date = self.spec.main_dates[0]
        for f in self.spec.fields:
            w = self._widget(f)
            w.setObjectName(f.key)
            self.widgets[f.key] = w
            label = QLabel(f.title() + (" *" if f.required else ""))
            label.setBuddy(w)
            form.addRow(label, w)
            value = entry.data.get(f.key) if entry else None
            if entry is None and f.key == first_date:
                value = _dt.date.today().isoformat()
            self._set(f, w, value)
        self.error, self.buttons = dialog_body(self, form, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)  # Enter in a one-line field saves
        for key in ("Ctrl+Return", "Ctrl+Enter"):  # ... and in a multi-line field, Ctrl+Enter
            QShortcut(QKeySequence(key), self, activated=self.save)
        widgets = list(self.widgets.values())
        for a, b in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(a, b)
        widgets[0].setFocus()

    @staticmethod
    def _widget(f: FieldSpec) -> QWidget:
        if f.type == "multiline":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(70)
            return w
        if f.type == "choice":
            w = QComboBox()
            if not f.required:
                w.addItem("", "")
            for value in f.choices:
                w.addItem(choice_label(value), value)
            return w
        w = QLineEdit(maxLength=200)
        if f.type == "date":
            w.setPlaceholderText("YYYY-MM-DD")
        elif f.type == "money":
            w.setPlaceholderText("0.00")
        elif f.type == "int":
            w.setPlaceholderText("0")
        return w

    @staticmethod
    def _set(f: FieldSpec, w: QWidget, value) -> None:
        if isinstance(w, QComboBox):
            i = w.findData("" if value is None else str(value))
            w.setCurrentIndex(max(0, i))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        else:
            if f.type == "money" and value not in (None, ""):
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
        note = QLabel(translate("Entries", "The entry stays in the dossier, marked void, with the reason."))
        note.setWordWrap(True)
        form.addRow(note)
        what = QLabel(" · ".join(x for x in (kind_label(entry.kind), entry.entry_date, entry.summary) if x))
        what.setWordWrap(True)
        form.addRow(what)
        label = QLabel(translate("Entries", "Reason") + " *")
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        self.error, buttons = dialog_body(self, form, self.save, translate("Entries", "Void"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.reason.setFocus()

    def save(self) -> None:
        if attempt(self.error, lambda: self.office.entries.void(self.session, self.entry.id, self.reason.text()),
                   lambda _key: self.reason):
            self.accept()


class EntryTab(QWidget, _SortedTable):
    """The entries of one kind for one customer: Add…, Edit… (double-click, Enter), Void…."""

    changed = Signal()

    def __init__(self, office: Office, session: Session, customer_id: int, kind: str, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id, self.kind = office, session, customer_id, kind
        self.spec = KINDS[kind]
        self.open_to_session = False
        self.model = EntryTableModel(self.spec, self._load, _UserNames(office), self)
        self.view = _table(f"entries_{kind}")
        self.view.setModel(self.model)
        self._keep_selection()
        self.view.activated.connect(lambda _i: self.edit_entry())  # double-click or Enter
        self.add_button = QPushButton(translate("Entries", "Add…"), objectName="addEntry")
        self.edit_button = QPushButton(translate("Entries", "Edit…"), objectName="editEntry")
        self.void_button = QPushButton(translate("Entries", "Void…"), objectName="voidEntry")
        self.add_button.setToolTip(translate("Entries", "Add an entry (Ctrl+N)"))
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
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self._check_open()
        # newest first (by the entry's date: a visit's is the day it was made, else the day planned);
        # the arrow shows on the main date column without asking SQL for that column's order
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self._main_column(), Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        self.model.refresh()
        self.view.resizeColumnsToContents()

    def _main_column(self) -> int:
        keys = [f.key for f in self.model.columns]
        main = self.spec.main_dates[0]
        return keys.index(main) if main in keys else 0

    def _load(self, sort: str, descending: bool) -> list[Entry]:
        return self._load_or_report(
            lambda s, d: self.office.entries.list(self.session, self.customer_id, self.kind, sort=s, descending=d),
            sort, descending)

    def _check_open(self) -> None:
        customer = self.office.customers.get(self.session, self.customer_id)
        self.open_to_session = dossier_open_to(self.session, customer)

    def reload(self) -> None:
        try:
            self._check_open()
        except Exception as exc:
            show_error(self, exc)
            self.open_to_session = False
        self.model.refresh()

    def _selection_changed(self) -> None:
        e = self.current()
        may_write = self.session.may("entry.write") and self.open_to_session
        self.add_button.setEnabled(may_write)
        self.edit_button.setEnabled(may_write and e is not None and not e.voided)
        self.void_button.setEnabled(self.session.may("entry.void") and self.open_to_session and e is not None
                                    and not e.voided)

    def _run(self, dialog: QDialog) -> None:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        entry = getattr(dialog, "entry", None)
        dialog.deleteLater()
        if accepted:
            self.reload()
            if entry is not None:
                self.select(entry.id)
            self.changed.emit()
        self.view.setFocus()

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


class TimelineTab(QWidget, _SortedTable):
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
        self.model = TimelineModel(self._load, _UserNames(office), self)
        self.view = _table("timeline")
        self.view.setModel(self.model)
        self._keep_selection()
        header = self.view.horizontalHeader()
        header.blockSignals(True)  # newest first, asked of SQL once below
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._open)  # double-click or Enter
        show_label = QLabel(translate("Entries", "Show:"))
        show_label.setBuddy(self.kind)
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.kind)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.model.refresh()
        self.view.resizeColumnsToContents()

    def _load(self, sort: str, descending: bool) -> list[Entry]:
        return self._load_or_report(
            lambda s, d: self.office.entries.list(self.session, self.customer_id, self.kind.currentData(), sort=s,
                                                  descending=d),
            sort, descending)

    def reload(self) -> None:
        self.model.refresh()

    def _open(self, index: QModelIndex) -> None:
        e = self.model.entry(index.row()) if index.isValid() else None
        if e is not None:
            self.open_entry.emit(e.kind, e.id)
