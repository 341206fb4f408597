"""Likely duplicate customers, and merging two of them into one."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QRadioButton, QVBoxLayout,
)

from app.customers import DuplicatePair, field_label, kind_label, status_label
from app.errors import user_message
from app.i18n import translate
from app.models.records import Customer
from app.office import Office
from app.session import Session
from app.ui.common import ask, dialog_body, ListTableModel, row_table, show_error

# CustomerRepo.LIST_COLS: id, code, name, kind, level, phone, id_number, unit, address, status, updated_at
_CODE, _NAME, _PHONE = 1, 2, 5


def table_label(table: str) -> str:
    """What the clerk calls the rows a merge moves over."""
    return {
        "entries": translate("Merge", "Dossier entries"),
        "contacts": translate("Merge", "Contacts"),
        "attachments": translate("Merge", "Attachments"),
    }.get(table, table)


class PairsModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("Merge", "Reason"),
                          translate("Merge", "Code A"), translate("Merge", "Name A"), translate("Merge", "Phone A"),
                          translate("Merge", "Code B"), translate("Merge", "Name B"), translate("Merge", "Phone B"),
                          translate("Merge", "Score")], parent)
        self.rows: dict[int, tuple] = {}

    def set_pairs(self, pairs: list[DuplicatePair], rows: dict[int, tuple]) -> None:
        self.rows = rows
        self.set_items(pairs)

    def cell(self, p: DuplicatePair, column: int):
        if column == 0:
            return p.reason_text()
        if column == 7:
            return f"{p.score:.2f}"
        row = self.rows.get(p.a if column <= 3 else p.b)
        if row is None:
            return ""
        return row[(_CODE, _NAME, _PHONE)[(column - 1) % 3]]


class DuplicatesDialog(QDialog):
    """Pairs of customers that may be the same person or company, strongest reason first."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(translate("Merge", "Possible duplicates"))
        self.may_merge = session.may("customer.merge")
        self.model = PairsModel(self)
        self.view = row_table("pairsTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.merge())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.count = QLabel(objectName="pairsCount")
        self.status = QLabel(objectName="mergeStatus")
        self.status.setWordWrap(True)
        self.merge_button = QPushButton(translate("Merge", "Merge…"), objectName="merge")
        self.merge_button.clicked.connect(self.merge)
        refresh = QPushButton(translate("Merge", "Search again"), objectName="refresh")
        refresh.clicked.connect(self.reload)
        close = QPushButton(translate("Merge", "Close"), objectName="close")
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(refresh)
        row.addWidget(self.count, 1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(900, 460)
        self.reload()

    def reload(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pairs = self.office.customers.find_duplicates(self.session)
            ids = sorted({i for p in pairs for i in (p.a, p.b)})
            rows = self.office.customers.rows(self.session, ids)
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        self.model.set_pairs(pairs, rows)
        self.count.setText(translate("Merge", "{n} possible duplicates").format(n=len(pairs)))
        self._update_buttons()

    def current_pair(self) -> DuplicatePair | None:
        """The pair the user selected (a table merely having focus has chosen nothing)."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.may_merge and self.current_pair() is not None)

    def merge(self) -> None:
        pair = self.current_pair()
        if pair is None or not self.may_merge:
            return
        try:
            dialog = MergeDialog(self.office, self.session, pair.a, pair.b, self)
        except Exception as exc:
            show_error(self, exc)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.kept is not None:
            self.status.setText(translate("Merge", "{drop} was merged into {keep}.").format(
                drop=dialog.dropped_code, keep=dialog.kept.code))
            self.reload()


def _cell(c: Customer, key: str) -> str:
    value = getattr(c, key)
    if key == "kind":
        return kind_label(value)
    if key == "status":
        return status_label(value)
    if key == "tags":
        return ", ".join(value)
    return value or ""


class MergeDialog(QDialog):
    """Both customers side by side; the one kept gets the other's entries, contacts and attachments."""

    FIELDS = ("code", "name", "kind", "id_number", "phone", "unit", "address", "company", "tags", "status")

    def __init__(self, office: Office, session: Session, a_id: int, b_id: int, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.kept: Customer | None = None
        self.dropped_code = ""
        a, b = office.customers.get(session, a_id), office.customers.get(session, b_id)
        self.customers = {a.id: a, b.id: b}
        self.setWindowTitle(translate("Merge", "Merge {a} and {b}").format(a=a.code, b=b.code))
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("Merge", "Keep")), 0, 0)
        self.choice = QButtonGroup(self)
        self.radios: dict[int, QRadioButton] = {}
        for col, c in enumerate((a, b), 1):
            radio = QRadioButton(translate("Merge", "Keep {code}").format(code=c.code), objectName=f"keep_{c.id}")
            self.choice.addButton(radio, c.id)
            self.radios[c.id] = radio
            grid.addWidget(radio, 0, col, Qt.AlignmentFlag.AlignLeft)  # as wide as its text
        for row, key in enumerate(self.FIELDS, 1):
            grid.addWidget(QLabel(field_label(key)), row, 0)
            for col, c in enumerate((a, b), 1):
                label = QLabel(_cell(c, key), objectName=f"{key}_{c.id}")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setWordWrap(True)
                grid.addWidget(label, row, col)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.preview = QPlainTextEdit(objectName="mergePreview")
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(160)
        layout = QVBoxLayout()
        layout.addLayout(grid)
        layout.addWidget(QLabel(translate("Merge", "After the merge:")))
        layout.addWidget(self.preview)
        self.error, self.buttons = dialog_body(self, layout, self.save, translate("Merge", "Merge"))
        # The older record (the lower code) is kept unless the clerk chooses otherwise.
        older = min((a, b), key=lambda c: (c.code, c.id))
        self.radios[older.id].setChecked(True)
        self.choice.idToggled.connect(lambda _id, checked: checked and self._update_preview())
        self._update_preview()
        self.resize(720, self.sizeHint().height())

    def keep_drop(self) -> tuple[Customer, Customer]:
        keep_id = self.choice.checkedId()
        drop_id = next(i for i in self.customers if i != keep_id)
        return self.customers[keep_id], self.customers[drop_id]

    def _set_merge_enabled(self, enabled: bool) -> None:
        for b in self.buttons.buttons():
            if self.buttons.buttonRole(b) == self.buttons.ButtonRole.AcceptRole:
                b.setEnabled(enabled)

    def _update_preview(self) -> None:
        keep, drop = self.keep_drop()
        self.error.clear_message()
        try:
            fields, moves = self.office.customers.merge_preview(self.session, keep.id, drop.id)
        except Exception as exc:
            self.preview.clear()
            self.error.show_message(user_message(exc))
            self._set_merge_enabled(False)
            return
        self._set_merge_enabled(True)
        merged = Customer(code=keep.code, **fields)
        lines = [translate("Merge", "{code} is kept; {other} is removed.").format(code=keep.code, other=drop.code)]
        for key in ("name", "kind", "id_number", "phone", "unit", "address", "company", "tags"):
            lines.append(f"{field_label(key)}: {_cell(merged, key) or '—'}")
        if merged.note:
            lines.append(f"{field_label('note')}: {merged.note}")
        if moves:
            moved = ", ".join(f"{table_label(t)} {n}" for t, n in sorted(moves.items()))
            lines.append(translate("Merge", "Moved over from {code}: {moved}").format(code=drop.code, moved=moved))
        else:
            lines.append(translate("Merge", "{code} has no entries, contacts or attachments to move.").format(code=drop.code))
        self.preview.setPlainText("\n".join(lines))

    def save(self) -> None:
        keep, drop = self.keep_drop()
        if not ask(self, translate(
                "Merge", "Merge {drop} into {keep}?\n\n{drop} is removed; its entries, contacts and attachments move to {keep}. This cannot be undone.").format(
                drop=drop.code, keep=keep.code)):
            return
        try:
            self.kept = self.office.customers.merge(self.session, keep.id, drop.id)
        except Exception as exc:
            self.error.show_message(user_message(exc))
            return
        self.dropped_code = drop.code
        self.accept()
