"""Stock-take of the safe (盘点): the stock-takes so far, and the one selected, ticked line by line."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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

FOUND, NOTE = 7, 8   # columns of the lines table that the record keeper fills in


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


class StartDialog(QDialog):
    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("startStocktakeDialog")
        self.setWindowTitle(translate("Stocktake", "Start a stock-take of the safe"))
        self.taken_by = QLineEdit(session.display_name, objectName="takenBy")
        self.witness = QLineEdit(objectName="witness")
        self.date = date_edit(None, "takenOn")
        form = QFormLayout()
        info = QLabel(translate("Stocktake", "The list is what the certificate register says is in the safe now."))
        info.setWordWrap(True)
        form.addRow(info)
        form.addRow(translate("Stocktake", "Counted by"), self.taken_by)
        form.addRow(translate("Stocktake", "Witness"), self.witness)
        form.addRow(translate("Stocktake", "Date"), self.date)
        self.error, _b = dialog_body(self, form, self.save, translate("Stocktake", "Start"))
        self.saved = None

    def save(self) -> None:
        def act():
            self.saved = self.office.stocktakes.start(self.session, self.taken_by.text(), self.witness.text(),
                                                      iso(self.date))
        widgets = {"taken_by": self.taken_by, "witness": self.witness, "taken_on": self.date}
        if attempt(self.error, act, widgets.get):
            self.accept()


class StocktakePage(QWidget):
    changed = Signal()
    print_requested = Signal(int)
    export_requested = Signal(int)

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("stocktakePage")
        self.current_id: int | None = None
        self.dirty = False
        self._filling = False
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
        self.lines.horizontalHeader().setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.lines.itemChanged.connect(self._edited)
        self.lines.installEventFilter(self)
        self.summary = QLabel(objectName="stocktakeSummary")
        self.extras = QPlainTextEdit(objectName="stocktakeExtras")
        self.extras.setPlaceholderText(translate("Stocktake", "Found in the safe but not on the register: one per line"))
        self.extras.setFixedHeight(56)
        self.extras.setTabChangesFocus(True)
        self.extras.textChanged.connect(self._touched)
        self.note = QLineEdit(objectName="stocktakeNote",
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

    # ------------------------------------------------------------ reading
    def refresh(self) -> None:
        try:
            items = self.office.stocktakes.list(self.session)
        except Exception as exc:
            self.summary.setText(user_message(exc))
            return
        keep = self.current_id
        self.model.set_items(items)
        self.view.resizeColumnsToContents()
        row = next((i for i, st in enumerate(items) if st.id == keep), 0 if items else None)
        if row is not None:
            self.view.selectRow(row)
        self._selected()

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def editable(self) -> bool:
        st = self.selected()
        return st is not None and st.status == "open" and self.session.may("archive.write")

    def _selected(self) -> None:
        st = self.selected()
        if st is not None and st.id != self.current_id and self.dirty and self.current_id is not None:
            if ask(self, translate("Stocktake", "Save the ticks of the stock-take in progress first?")):
                self.save(reselect=False)
            self.dirty = False
        self.current_id = st.id if st else None
        self._fill(st)

    def _fill(self, st) -> None:
        self._filling = True
        self.lines.setRowCount(0)
        editable = st is not None and st.status == "open" and self.session.may("archive.write")
        for n, ln in enumerate(st.lines if st else [], start=1):
            r = self.lines.rowCount()
            self.lines.insertRow(r)
            texts = [n, ln["archive_no"], ln["name"], ln["cert_no"], ln["holder"], ln["place"], ln["quantity"]]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(str(text))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, ln["certificate_id"])
                self.lines.setItem(r, c, item)
            found = QTableWidgetItem(translate("Stocktake", "Found"))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            found.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if editable else flags)
            found.setCheckState(Qt.CheckState.Checked if ln["found"] else Qt.CheckState.Unchecked)
            self.lines.setItem(r, FOUND, found)
            note = QTableWidgetItem(ln["note"])
            note.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            self.lines.setItem(r, NOTE, note)
        self.lines.resizeColumnsToContents()
        self.extras.setPlainText("\n".join(
            f"{x['description']}" + (f"（{x['note']}）" if x.get("note") else "") for x in (st.extras if st else [])))
        self.extras.setReadOnly(not editable)
        self.note.setText(st.note if st else "")
        self.note.setReadOnly(not editable)
        self._filling = False
        self.dirty = False
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
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
            self._update_summary()

    def eventFilter(self, obj, event) -> bool:
        # Space ticks or unticks the current line, wherever the cursor is in it
        if obj is self.lines and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space \
                and self.editable() and self.lines.state() != QAbstractItemView.State.EditingState:
            r = self.lines.currentRow()
            if r >= 0:
                item = self.lines.item(r, FOUND)
                item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                                   else Qt.CheckState.Checked)
                return True
        return super().eventFilter(obj, event)

    def ticks(self) -> dict[int, tuple[bool, str]]:
        out = {}
        for r in range(self.lines.rowCount()):
            cid = self.lines.item(r, 0).data(Qt.ItemDataRole.UserRole)
            out[cid] = (self.lines.item(r, FOUND).checkState() == Qt.CheckState.Checked,
                        self.lines.item(r, NOTE).text())
        return out

    def extra_rows(self) -> list[dict]:
        return [{"description": line.strip(), "note": ""} for line in self.extras.toPlainText().splitlines()
                if line.strip()]

    # ------------------------------------------------------------ actions
    def start(self) -> None:
        dlg = StartDialog(self.office, self.session, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved is not None:
            self.current_id = dlg.saved.id
            self.refresh()
            self.changed.emit()
        dlg.deleteLater()

    def save(self, reselect: bool = True) -> bool:
        sid = self.current_id
        try:
            self.office.stocktakes.save(self.session, sid, self.ticks(), self.extra_rows(), self.note.text())
        except Exception as exc:
            show_error(self, exc)
            return False
        self.dirty = False
        if reselect:
            self.refresh()
        self.changed.emit()
        return True

    def finish(self) -> None:
        st = self.selected()
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
            return
        self.refresh()
        self.changed.emit()

    def _report(self, signal) -> None:
        st = self.selected()
        if st is None:
            return
        if self.dirty and self.editable() and not self.save():
            return
        signal.emit(st.id)
