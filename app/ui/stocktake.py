"""Stock-take of the safe (盘点): the stock-takes so far, and the one selected, ticked line by line.

The record keeper starts a stock-take (the register's certificates in the safe are frozen as its
lines), ticks each certificate found (a click on the box, or Space on the line), writes a note on
each one not found, lists what was found but is not on the register, saves as often as needed and
finishes; a finished stock-take no longer changes. Printing and exporting the report are left to
whoever listens to ``print_requested`` / ``export_requested`` (the archive room).
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.errors import user_message
from app.i18n import translate
from app.office import Office
from app.session import Session
from app.ui.common import ListTableModel, ask, attempt, dialog_body, row_table, show_error
from app.ui.registers import date_edit, iso

# columns of the lines table; the certificate id rides on column 0, the record keeper fills FOUND and NOTE
NUMBER, ARCHIVE_NO, NAME, CERT_NO, HOLDER, PLACE, QUANTITY, FOUND, NOTE = range(9)
RED = QColor("#b00020")


class StocktakesModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("Stocktake", "Date"), translate("Stocktake", "Counted by"),
                          translate("Stocktake", "Witness"), translate("Stocktake", "Status"),
                          translate("Stocktake", "On the register"), translate("Stocktake", "Found"),
                          translate("Stocktake", "Not found"), translate("Stocktake", "Not on the register")], parent)

    def cell(self, st, column: int):
        found = sum(1 for ln in st.lines if ln["found"])
        return [st.taken_on, st.taken_by, st.witness,
                translate("Stocktake", "Finished") if st.status == "done" else translate("Stocktake", "In progress"),
                len(st.lines), found, len(st.lines) - found, len(st.extras)][column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() == 6:
            st = self.items[index.row()]
            return RED if st.status == "done" and any(not ln["found"] for ln in st.lines) else None
        return super().data(index, role)

    def row_of(self, stocktake_id: int | None) -> int:
        return next((i for i, st in enumerate(self.items) if st.id == stocktake_id), -1)

    def replace(self, st) -> None:
        """Show a stock-take just saved without re-reading the whole list."""
        row = self.row_of(st.id)
        if row >= 0:
            self.items[row] = st
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class StartDialog(QDialog):
    """Who counts, who watches, and the day: the list itself is what the register has in the safe now."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("startStocktakeDialog")
        self.setWindowTitle(translate("Stocktake", "Start a stock-take of the safe"))
        self.taken_by = QLineEdit(session.display_name, objectName="takenBy", maxLength=40)
        self.witness = QLineEdit(objectName="witness", maxLength=40)
        self.date = date_edit(None, "takenOn")
        self.date.setMaximumDate(QDate.currentDate())   # a stock-take is not dated in the future
        form = QFormLayout()
        info = QLabel(translate("Stocktake", "The list is what the certificate register says is in the safe now."))
        info.setWordWrap(True)
        form.addRow(info)
        form.addRow(translate("Stocktake", "Counted by"), self.taken_by)
        form.addRow(translate("Stocktake", "Witness"), self.witness)
        form.addRow(translate("Stocktake", "Date"), self.date)
        self.error, _b = dialog_body(self, form, self.save, translate("Stocktake", "Start"))
        self.saved = None
        self.witness.setFocus()

    def save(self) -> None:
        def act():
            self.saved = self.office.stocktakes.start(self.session, self.taken_by.text(), self.witness.text(),
                                                      iso(self.date))
        widgets = {"taken_by": self.taken_by, "witness": self.witness, "taken_on": self.date}
        if attempt(self.error, act, widgets.get):
            self.accept()


class StocktakePage(QWidget):
    """The stock-takes (top) and the selected one's lines, extras and note (below)."""

    changed = Signal()              # a stock-take was started, saved or finished
    print_requested = Signal(int)   # the stock-take id: print its report (connected by the archive room)
    export_requested = Signal(int)  # the stock-take id: export it to Excel

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("stocktakePage")
        self.current_id: int | None = None   # the stock-take shown below
        self._filled_id: int | None = None   # the one whose lines the table holds
        self.dirty = False                   # ticks, notes or extras typed but not saved
        self._filling = False
        self._quiet = False                  # selection changes made by the page itself
        self._extras_shown: dict[str, dict] = {}
        self.model = StocktakesModel(self)
        self.view = row_table("stocktakesTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.lines = QTableWidget(0, 9, objectName="stocktakeLines")
        self.lines.setHorizontalHeaderLabels([
            translate("Stocktake", "No."), translate("Stocktake", "Register number"),
            translate("Stocktake", "Certificate"), translate("Stocktake", "Certificate number"),
            translate("Stocktake", "Holder"), translate("Stocktake", "Place"), translate("Stocktake", "Quantity"),
            translate("Stocktake", "Found"), translate("Stocktake", "Note")])
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.horizontalHeader().setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.lines.setToolTip(translate("Stocktake", "Tick each certificate found in the safe: click its box or "
                                                     "press Space on its line. Write a note on each one not found."))
        self.lines.itemChanged.connect(self._edited)
        self.lines.installEventFilter(self)
        self.summary = QLabel(objectName="stocktakeSummary")

        self.extras = QPlainTextEdit(objectName="stocktakeExtras")
        self.extras.setPlaceholderText(translate("Stocktake", "Found in the safe but not on the register: one per line"))
        self.extras.setFixedHeight(56)
        self.extras.setTabChangesFocus(True)
        self.extras.textChanged.connect(self._touched)
        self.note = QLineEdit(objectName="stocktakeNote", maxLength=2000,
                              placeholderText=translate("Stocktake", "Note on the whole stock-take"))
        self.note.textEdited.connect(lambda _t: self._touched())

        self.start_button = self._button("startStocktake", translate("Stocktake", "Start a stock-take…"), self.start)
        self.save_button = self._button("saveStocktake", translate("Stocktake", "Save"), self.save)
        self.finish_button = self._button("finishStocktake", translate("Stocktake", "Finish…"), self.finish)
        self.print_button = self._button("printStocktake", translate("Stocktake", "Stock-take report (PDF)…"),
                                         lambda: self._report(self.print_requested))
        self.export_button = self._button("exportStocktake", translate("Stocktake", "Export to Excel…"),
                                          lambda: self._report(self.export_requested))
        buttons = QHBoxLayout()
        for b in (self.start_button, self.save_button, self.finish_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.lines, 1)
        lower_layout.addWidget(self.summary)
        extra_row = QFormLayout()
        extra_row.addRow(translate("Stocktake", "Not on the register"), self.extras)
        extra_row.addRow(translate("Stocktake", "Note"), self.note)
        lower_layout.addLayout(extra_row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._loaded = False
        self._update_buttons()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.clicked.connect(lambda _c=False: slot())
        return b

    def showEvent(self, event):
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event):
        """Leaving the tab with unsaved ticks: save them, or drop them (the window asks itself when it closes)."""
        super().hideEvent(event)
        window = self.window()
        if event.spontaneous() or window is self or not window.isVisible():
            return
        if self.dirty and self.editable():
            if ask(self, translate("Stocktake", "Save the ticks of the stock-take in progress first?")):
                self.save()
            else:
                self._fill(self.selected())

    # ------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Read the stock-takes again; the one shown stays selected (and its unsaved ticks stay)."""
        try:
            items = self.office.stocktakes.list(self.session)
        except Exception as exc:
            self.summary.setText(user_message(exc))
            return
        self._quiet = True
        try:
            self.model.set_items(items)
            self.view.resizeColumnsToContents()
            row = self.model.row_of(self.current_id)
            if row < 0 and items and not self.dirty:
                row = 0
            if row >= 0:
                self.view.selectRow(row)
        finally:
            self._quiet = False
        self._selected()

    def select_id(self, stocktake_id: int) -> None:
        row = self.model.row_of(stocktake_id)
        if row >= 0:
            self.view.selectRow(row)

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def editable(self) -> bool:
        st = self.selected()
        return st is not None and st.status == "open" and self.session.may("archive.write")

    def _selected(self) -> None:
        if self._quiet:
            return
        st = self.selected()
        new_id = st.id if st else None
        if new_id == self.current_id and self.dirty:
            self._update_buttons()          # read again while ticks are unsaved: keep them
            return
        if self.dirty and self.current_id is not None:
            if ask(self, translate("Stocktake", "Save the ticks of the stock-take in progress first?")) \
                    and not self.save(reselect=False):
                self._go_back()             # the save was refused: stay with the unsaved ticks
                return
            self.dirty = False
        self.current_id = new_id
        self._fill(st)

    def _go_back(self) -> None:
        row = self.model.row_of(self.current_id)
        self._quiet = True
        try:
            if row >= 0:
                self.view.selectRow(row)
            else:
                self.view.clearSelection()
        finally:
            self._quiet = False
        self._update_buttons()

    def _fill(self, st) -> None:
        same = st is not None and self._filled_id == st.id
        keep_cell = (self.lines.currentRow(), self.lines.currentColumn()) if same else (-1, -1)
        keep_scroll = self.lines.verticalScrollBar().value() if same else 0
        self._filling = True
        self.lines.setRowCount(0)
        editable = st is not None and st.status == "open" and self.session.may("archive.write")
        done = st is not None and st.status == "done"
        plain = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for n, ln in enumerate(st.lines if st else [], start=1):
            r = self.lines.rowCount()
            self.lines.insertRow(r)
            texts = [n, ln["archive_no"], ln["name"], ln["cert_no"], ln["holder"], ln["place"], ln["quantity"]]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(str(text))
                item.setFlags(plain)
                if c == NUMBER:
                    item.setData(Qt.ItemDataRole.UserRole, ln["certificate_id"])
                if c in (NUMBER, QUANTITY):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(r, c, item)
            found = QTableWidgetItem()
            found.setFlags(plain | Qt.ItemFlag.ItemIsUserCheckable if editable else plain)
            found.setCheckState(Qt.CheckState.Checked if ln["found"] else Qt.CheckState.Unchecked)
            self.lines.setItem(r, FOUND, found)
            note = QTableWidgetItem(ln["note"])
            note.setFlags(plain | Qt.ItemFlag.ItemIsEditable if editable else plain)
            self.lines.setItem(r, NOTE, note)
            self._show_found(r, done)
        for c in range(NOTE):    # the note takes the rest of the width
            self.lines.resizeColumnToContents(c)
        self._extras_shown = {self._extra_text(x): x for x in (st.extras if st else [])}
        self.extras.setPlainText("\n".join(self._extras_shown))
        self.extras.setReadOnly(not editable)
        self.note.setText(st.note if st else "")
        self.note.setReadOnly(not editable)
        self._filling = False
        self._filled_id = st.id if st else None
        self.dirty = False
        if 0 <= keep_cell[0] < self.lines.rowCount():
            self.lines.setCurrentCell(*keep_cell)
            self.lines.verticalScrollBar().setValue(keep_scroll)
        self._update_summary()
        self._update_buttons()

    @staticmethod
    def _extra_text(x: dict) -> str:
        return x["description"] + (f"（{x['note']}）" if x.get("note") else "")

    def _show_found(self, row: int, done: bool) -> None:
        """The Found cell reads 'Found' when ticked; a finished stock-take shows what was not found in red."""
        item = self.lines.item(row, FOUND)
        found = item.checkState() == Qt.CheckState.Checked
        was, self._filling = self._filling, True
        try:
            item.setText(translate("Stocktake", "Found") if found
                         else translate("Stocktake", "Not found") if done else "")
            for c in range(self.lines.columnCount()):
                cell = self.lines.item(row, c)
                if cell is not None:
                    cell.setData(Qt.ItemDataRole.ForegroundRole, RED if done and not found else None)
        finally:
            self._filling = was

    def _update_summary(self) -> None:
        if self.current_id is None:
            self.summary.setText("")
            return
        total = self.lines.rowCount()
        found = sum(1 for r in range(total) if self.lines.item(r, FOUND).checkState() == Qt.CheckState.Checked)
        self.summary.setText(translate("Stocktake", "On the register {n} · found {found} · not found {missing}")
                             .format(n=total, found=found, missing=total - found))

    def _update_buttons(self) -> None:
        st = self.selected()
        write = self.session.may("archive.write")
        self.start_button.setEnabled(write and not any(s.status == "open" for s in self.model.items))
        self.save_button.setEnabled(self.editable())
        self.finish_button.setEnabled(self.editable())
        self.print_button.setEnabled(st is not None)
        self.export_button.setEnabled(st is not None)

    # ------------------------------------------------------------ editing
    def _touched(self) -> None:
        if not self._filling:
            self.dirty = True

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self.dirty = True
        if item.column() == FOUND:
            self._show_found(item.row(), False)
            self._update_summary()

    def eventFilter(self, obj, event) -> bool:
        # Space ticks or unticks the current line, wherever the cursor is in it (but types in a note)
        if obj is self.lines and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and self.editable() and self.lines.state() != QAbstractItemView.State.EditingState:
            r = self.lines.currentRow()
            if r >= 0:
                item = self.lines.item(r, FOUND)
                item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                                   else Qt.CheckState.Checked)
                return True
        return super().eventFilter(obj, event)

    def _commit_note(self) -> None:
        """A note still being typed counts: hand the open editor's text to the table."""
        if self.lines.state() == QAbstractItemView.State.EditingState:
            editor = self.lines.indexWidget(self.lines.currentIndex())
            if editor is not None:
                self.lines.commitData(editor)

    def ticks(self) -> dict[int, tuple[bool, str]]:
        """certificate id -> (found, note), as the table shows them."""
        self._commit_note()
        out = {}
        for r in range(self.lines.rowCount()):
            cid = self.lines.item(r, NUMBER).data(Qt.ItemDataRole.UserRole)
            out[cid] = (self.lines.item(r, FOUND).checkState() == Qt.CheckState.Checked,
                        self.lines.item(r, NOTE).text())
        return out

    def extra_rows(self) -> list[dict]:
        """One extra find per line; a line left as it was shown keeps its note."""
        out = []
        for line in self.extras.toPlainText().splitlines():
            line = line.strip()
            if line:
                out.append(dict(self._extras_shown.get(line) or {"description": line, "note": ""}))
        return out

    # ------------------------------------------------------------ actions
    def start(self) -> None:
        dlg = StartDialog(self.office, self.session, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved is not None:
            self.current_id = dlg.saved.id
            self.dirty = False
            self.refresh()
            if self.lines.rowCount():
                self.lines.setCurrentCell(0, FOUND)
            self.lines.setFocus()
            self.changed.emit()
        dlg.deleteLater()

    def save(self, reselect: bool = True) -> bool:
        """Write the ticks, notes and extras of the stock-take shown. False (and a message) when refused."""
        sid = self.current_id
        if sid is None:
            return False
        try:
            st = self.office.stocktakes.save(self.session, sid, self.ticks(), self.extra_rows(), self.note.text())
        except Exception as exc:
            show_error(self, exc)
            return False
        self.dirty = False
        self.model.replace(st)
        if reselect:
            self.refresh()
        self.changed.emit()
        return True

    def finish(self) -> None:
        st = self.selected()
        if st is None or not self.editable():
            return
        missing = sum(1 for ok, _n in self.ticks().values() if not ok)
        text = translate("Stocktake", "Finish the stock-take of {date}? {missing} certificate(s) not found. A "
                                      "finished stock-take no longer changes.").format(date=st.taken_on,
                                                                                        missing=missing)
        if not ask(self, text):
            return
        if not self.save(reselect=False):
            return
        try:
            self.office.stocktakes.finish(self.session, st.id)
        except Exception as exc:
            show_error(self, exc)
            self.refresh()
            self._to_first_unexplained()
            return
        self.refresh()
        self.changed.emit()

    def _to_first_unexplained(self) -> None:
        """After a refusal: the cursor on the note of the first certificate not found and not explained."""
        for r in range(self.lines.rowCount()):
            if self.lines.item(r, FOUND).checkState() != Qt.CheckState.Checked \
                    and not self.lines.item(r, NOTE).text().strip():
                self.lines.setCurrentCell(r, NOTE)
                self.lines.scrollToItem(self.lines.item(r, NOTE))
                self.lines.setFocus()
                return

    def _report(self, signal) -> None:
        st = self.selected()
        if st is None:
            return
        if self.dirty and self.editable() and not self.save():
            return
        signal.emit(st.id)
