"""客户一览表: the customer list — a table model over row ids, sorted and searched in SQL."""
from __future__ import annotations

import re

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from app.customers import field_label, kind_label, level_label, status_label
from app.property import parse_qr, unit_key
from app.i18n import translate
from app.models.records import CLOSED, CUSTOMER_KINDS, CUSTOMER_LEVELS, CUSTOMER_STATUSES, CustomerQuery
from app.office import Office
from app.session import Session

# list row layout: see CustomerRepo.LIST_COLS
_ID, _CODE, _NAME, _KIND, _LEVEL, _PHONE, _IDNO, _UNIT, _ADDRESS, _STATUS, _UPDATED = range(11)


class CustomerTableModel(QAbstractTableModel):
    """Holds the ids of the matching customers; fetches only the rows the view shows."""

    COLUMNS = ("code", "name", "kind", "level", "phone", "id_number", "unit", "status", "updated_at")
    BLOCK = 100
    CACHE_ROWS = 3000

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office = office
        self.session = session
        self.query = CustomerQuery(sort="code")
        self._ids: list[int] = []
        self._cache: OrderedDict[int, tuple] = OrderedDict()
        self._headers = [field_label(c) if c != "unit" else translate("CustomerList", "Unit / address") for c in self.COLUMNS]

    # ---------------------------------------------------------------- data
    def refresh(self, query: CustomerQuery | None = None) -> None:
        if query is not None:
            query.sort, query.descending = self.query.sort, self.query.descending
            self.query = query
        self.beginResetModel()
        self._ids = self.office.customers.search(self.session, self.query)
        self._cache.clear()
        self.endResetModel()

    def invalidate(self, customer_id: int | None = None) -> None:
        """Forget cached rows (after an edit) so they are read again."""
        if customer_id is None:
            self._cache.clear()
        else:
            self._cache.pop(customer_id, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> tuple | None:
        cid = self._ids[row]
        hit = self._cache.get(cid)
        if hit is not None:
            self._cache.move_to_end(cid)
            return hit
        start = max(0, row - self.BLOCK // 4)
        block = self._ids[start:start + self.BLOCK]
        fetched = self.office.customers.rows(self.session, block)
        self._cache.update(fetched)
        while len(self._cache) > self.CACHE_ROWS:
            self._cache.popitem(last=False)
        return fetched.get(cid)

    # ---------------------------------------------------------------- Qt model API
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._row(index.row())
        if r is None:
            return None
        col = self.COLUMNS[index.column()]
        if col == "code":
            return r[_CODE]
        if col == "name":
            return r[_NAME]
        if col == "kind":
            return kind_label(r[_KIND])
        if col == "level":
            return level_label(r[_LEVEL])
        if col == "phone":
            return r[_PHONE]
        if col == "id_number":
            return r[_IDNO]
        if col == "unit":
            return r[_UNIT] or r[_ADDRESS]
        if col == "status":
            return status_label(r[_STATUS])
        if col == "updated_at":
            return (r[_UPDATED] or "")[:10]
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.query.sort and descending == self.query.descending:
            return
        self.layoutAboutToBeChanged.emit()
        self.query.sort = key
        self.query.descending = descending
        self._ids = self.office.customers.search(self.session, self.query)
        self.layoutChanged.emit()


_UNIT_WORDS = re.compile(r"\d\s*(栋|幢|号楼|座)|单元")


class CustomerListWidget(QWidget):
    """Search box, filters and the table. Emits ``open_customer(id)`` on Enter or double-click."""

    open_customer = Signal(int)
    open_record = Signal(str, int)   # a folder label's QR code: ('unit' | 'file', id)
    DEBOUNCE_MS = 120

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office = office
        self.session = session
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(translate("CustomerList", "Search: name, pinyin initials (zw), phone, ID number, unit, company, code"))
        self.search.setClearButtonEnabled(True)
        self.kind = self._filter_combo(translate("CustomerList", "All types"), [(k, kind_label(k)) for k in CUSTOMER_KINDS])
        self.level = self._filter_combo(translate("CustomerList", "All levels"), [(k, level_label(k)) for k in CUSTOMER_LEVELS])
        self.status = self._filter_combo(translate("CustomerList", "All statuses"), [
            *[(k, status_label(k)) for k in CUSTOMER_STATUSES[:3]],
            (CLOSED, translate("CustomerList", "Moved out or archived"))])
        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")

        self.model = CustomerTableModel(office, session, self)
        self.view = QTableView()
        self.view.setObjectName("customerTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        widths = (100, 200, 70, 70, 120, 170, 220, 70, 90)
        for col, width in enumerate(widths):
            header.resizeSection(col, width)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda idx: self._open_row(idx.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.view, activated=self.open_current,
                      context=Qt.ShortcutContext.WidgetShortcut)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_enter)
        for combo in (self.kind, self.level, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.level)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.apply_filter()

    @staticmethod
    def _filter_combo(all_text: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_text, None)
        for key, label in items:
            combo.addItem(label, key)
        return combo

    def current_query(self) -> CustomerQuery:
        text = self.search.text().strip()
        if _UNIT_WORDS.search(text):  # 3栋2单元1201 is how the unit column writes 3-2-1201
            text = unit_key(text)
        return CustomerQuery(text=text, kind=self.kind.currentData(),
                             level=self.level.currentData(), status=self.status.currentData())

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.refresh(self.current_query())
        self.count_label.setText(translate("CustomerList", "{n} customers").format(n=self.model.rowCount()))

    def _search_enter(self) -> None:
        qr = parse_qr(self.search.text())
        if qr is not None:  # a USB scanner types the label's code and Enter
            self.search.clear()
            self.open_record.emit(*qr)
            return
        self.apply_filter()
        if self.model.rowCount() == 1:
            self._open_row(0)
        elif self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    def current_customer_id(self) -> int | None:
        idx = self.view.currentIndex()
        return self.model.customer_id(idx.row()) if idx.isValid() else None

    def open_current(self) -> None:
        cid = self.current_customer_id()
        if cid is not None:
            self.open_customer.emit(cid)

    def _open_row(self, row: int) -> None:
        cid = self.model.customer_id(row)
        if cid is not None:
            self.open_customer.emit(cid)

    def select_customer(self, customer_id: int) -> None:
        row = self.model.row_of(customer_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
