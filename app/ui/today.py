"""The "today" panel: what is due or overdue (unpaid items, open repairs and complaints, visits),
and the administrator's follow-up rules."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from app.entries import FOLLOW_UP_EVENTS, DueItem, event_label, kind_label
from app.errors import user_message
from app.i18n import translate
from app.office import Office
from app.session import Session
from app.ui.common import attempt, dialog_body, ListTableModel, row_table

LIMIT = 500


class DueModel(ListTableModel):
    def __init__(self, parent=None):
        # what a narrow panel must show first: when, whom, what
        super().__init__([translate("Today", "Due"), translate("Today", "Overdue"), translate("Today", "Customer"),
                          translate("Today", "What"), translate("Today", "Kind"), translate("Today", "Code")], parent)

    def cell(self, item: DueItem, column: int):
        if column == 0:
            return item.due_date
        if column == 1:
            if item.overdue_days <= 0:
                return translate("Today", "today")
            if item.overdue_days == 1:
                return translate("Today", "1 day")
            return translate("Today", "{n} days").format(n=item.overdue_days)
        if column == 2:
            return item.customer_name
        if column == 3:
            return item.title
        if column == 4:
            if item.source == "loan":
                return translate("Today", "Overdue loan")
            if item.source == "handover":
                return translate("Today", "Handover to confirm")
            if item.source == "action":
                return translate("Today", "Corrective action")
            return kind_label(item.kind)
        return item.customer_code

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor("#b00020") if self.items[index.row()].overdue_days > 0 else None
        return super().data(index, role)


class TodayPanel(QWidget):
    open_item = Signal(object)

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("todayPanel")
        self.header = QLabel(objectName="todayHeader")
        self.model = DueModel(self)
        self.view = row_table("todayTable")
        self.view.setModel(self.model)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the search box keeps the focus at start
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().resizeSection(3, 220)
        self.view.activated.connect(self._open)  # double-click or Enter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        try:
            items = self.office.due_items(self.session, limit=LIMIT + 1)
        except Exception as exc:
            self.model.set_items([])
            self.header.setText(user_message(exc))
            return
        shown = items[:LIMIT]
        self.model.set_items(shown)
        if len(items) > LIMIT:
            self.header.setText(translate("Today", "Due today and overdue: more than {n} (the first {n} shown)").format(n=LIMIT))
        else:
            self.header.setText(translate("Today", "Due today and overdue: {n}").format(n=len(shown)))

    def _open(self, index) -> None:
        if index.isValid():
            self.open_item.emit(self.model.items[index.row()])


class FollowUpRulesDialog(QDialog):
    """Days after an event when a return visit falls due (e.g. "3, 30"); empty = none."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setWindowTitle(translate("Today", "Follow-up rules"))
        rules = office.entries.rules()
        form = QFormLayout()
        intro = QLabel(translate("Today", "A return visit is planned this many days after each event, e.g. \"3, 30\". Leave empty for none. The rules apply to events from now on."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.fields: dict[str, QLineEdit] = {}
        for event in FOLLOW_UP_EVENTS:
            line = QLineEdit(", ".join(str(d) for d in rules.get(event, [])), objectName=event, maxLength=60)
            self.fields[event] = line
            form.addRow(event_label(event), line)
        self.error, _buttons = dialog_body(self, form, self.save)

    def save(self) -> None:
        if attempt(self.error, lambda: self.office.entries.set_rules(self.session, {e: w.text() for e, w in self.fields.items()}),
                   self.fields.get):
            self.accept()
