"""Satisfaction surveys (顾客满意度调查): the surveys, fast keyboard entry of the paper forms, the
analysis, and the corrective actions."""
from __future__ import annotations

import datetime as _dt
import re

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMainWindow,
    QPushButton, QSpinBox, QSplitter, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.customers import level_label
from app.i18n import translate
from app.office import Office
from app.session import Session
from app.surveys import DuplicateForm, template_questions
from app.ui import report_export
from app.ui.common import ListTableModel, ask, attempt, dialog_body, row_table, show_error
from app.ui.registers import AskDialog, CustomerPicker, date_edit, iso

TYPES = ("score", "choice", "text")


def type_label(kind: str) -> str:
    return {"score": translate("Surveys", "Score 1-5"), "choice": translate("Surveys", "Choice"),
            "text": translate("Surveys", "Text")}[kind]


class SurveyDialog(QDialog):
    """Define a survey (or change one, or copy one for the next period)."""

    def __init__(self, office: Office, session: Session, survey=None, *, copy_of=None, parent=None):
        super().__init__(parent)
        self.office, self.session, self.survey, self.copy_of = office, session, survey, copy_of
        self.setObjectName("surveyDialog")
        self.setWindowTitle(translate("Surveys", "Satisfaction survey"))
        self.resize(700, 560)
        base = survey or copy_of
        year = _dt.date.today().year
        self.name = QLineEdit(base.name if base else translate("Surveys", "{year} customer satisfaction survey")
                              .format(year=year), objectName="surveyName")
        self.start = date_edit(base.period_start if survey else f"{year}-01-01", "periodStart")
        self.end = date_edit(base.period_end if survey else f"{year}-12-31", "periodEnd")
        if copy_of is not None:
            self.name.setText(translate("Surveys", "{year} customer satisfaction survey").format(year=year))
        self.target = QSpinBox(objectName="targetRate")
        self.target.setRange(1, 100)
        self.target.setSuffix(" %")
        self.target.setValue(base.target_rate if base else 90)
        self.questions = QTableWidget(0, 3, objectName="questionsTable")
        self.questions.setHorizontalHeaderLabels([translate("Surveys", "Question"), translate("Surveys", "Type"),
                                                  translate("Surveys", "Answers (for a choice, comma-separated)")])
        self.questions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for q in (base.questions if base else template_questions()):
            self.add_question(q)
        add = QPushButton(translate("Surveys", "Add question"), objectName="addQuestion")
        remove = QPushButton(translate("Surveys", "Remove question"), objectName="removeQuestion")
        template = QPushButton(translate("Surveys", "Use the built-in questions"), objectName="useTemplate")
        add.clicked.connect(lambda: self.add_question({"type": "score", "text": ""}))
        remove.clicked.connect(lambda: self.questions.removeRow(self.questions.currentRow()))
        template.clicked.connect(self.use_template)
        row = QHBoxLayout()
        for b in (add, remove, template):
            row.addWidget(b)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("Surveys", "Name"), self.name)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("—"))
        period.addWidget(self.end)
        period.addStretch(1)
        form.addRow(translate("Surveys", "Period"), period)
        form.addRow(translate("Surveys", "Target satisfaction rate"), self.target)
        form.addRow(translate("Surveys", "Questions"), self.questions)
        form.addRow("", row)
        self.error, _b = dialog_body(self, form, self.save)
        self.saved = None

    def add_question(self, q: dict) -> None:
        r = self.questions.rowCount()
        self.questions.insertRow(r)
        item = QTableWidgetItem(q.get("text", ""))
        item.setData(Qt.ItemDataRole.UserRole, q.get("key"))
        self.questions.setItem(r, 0, item)
        box = QComboBox()
        for kind in TYPES:
            box.addItem(type_label(kind), kind)
        box.setCurrentIndex(TYPES.index(q.get("type", "score")))
        self.questions.setCellWidget(r, 1, box)
        self.questions.setItem(r, 2, QTableWidgetItem("，".join(q.get("choices", []))))

    def use_template(self) -> None:
        self.questions.setRowCount(0)
        for q in template_questions():
            self.add_question(q)

    def question_list(self) -> list[dict]:
        out = []
        for r in range(self.questions.rowCount()):
            text = self.questions.item(r, 0).text() if self.questions.item(r, 0) else ""
            kind = self.questions.cellWidget(r, 1).currentData()
            choices = [c for c in re.split(r"[,，、;；]+", self.questions.item(r, 2).text()
                                           if self.questions.item(r, 2) else "") if c.strip()]
            q = {"text": text, "type": kind, "choices": choices}
            key = self.questions.item(r, 0).data(Qt.ItemDataRole.UserRole) if self.questions.item(r, 0) else None
            if key:
                q["key"] = key
            out.append(q)
        return out

    def fields(self) -> dict:
        return {"name": self.name.text(), "period_start": iso(self.start), "period_end": iso(self.end),
                "target_rate": str(self.target.value()), "questions": self.question_list()}

    def save(self) -> None:
        def act():
            if self.survey is not None:
                self.saved = self.office.surveys.update(self.session, self.survey.id, self.fields())
            elif self.copy_of is not None:
                self.saved = self.office.surveys.copy(self.session, self.copy_of.id, self.fields())
            else:
                self.saved = self.office.surveys.create(self.session, self.fields())
        widgets = {"name": self.name, "period_start": self.start, "period_end": self.end, "target_rate": self.target,
                   "questions": self.questions}
        if attempt(self.error, act, widgets.get):
            self.accept()


class EntryPage(QWidget):
    """One paper form at a time, keyboard only: search the customer, Enter, then a digit per score
    (each digit moves on to the next question), comments, Enter to save."""

    saved = Signal()

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("surveyEntry")
        self.survey = None
        self.form = QFormLayout()
        self.answers: dict[str, QWidget] = {}
        self.status = QLabel(objectName="entryStatus")
        self.error = QLabel(objectName="entryError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(translate("Surveys", "Save form"), objectName="saveForm")
        self.save_button.clicked.connect(lambda _c=False: self.save())
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)

    def set_survey(self, survey) -> None:
        self.survey = survey
        while self.form.rowCount():
            self.form.removeRow(0)
        self.answers = {}
        self.save_button.setEnabled(False)
        if survey is None:
            self.status.setText("")
            return
        self.customer = CustomerPicker(self.office, self.session)
        self.customer.text.returnPressed.connect(self._first_question)
        self.anonymous = QCheckBox(translate("Surveys", "Anonymous form"), objectName="anonymous")
        self.anonymous.toggled.connect(lambda on: self.customer.setEnabled(not on))
        self.received = date_edit(None, "receivedOn")
        self.entered_by = QLineEdit(self.session.display_name, objectName="enteredBy")
        self.comment = QLineEdit(objectName="comment")
        self.comment.returnPressed.connect(self.save)
        self.form.addRow(translate("Surveys", "Customer"), self.customer)
        self.form.addRow("", self.anonymous)
        digit = QRegularExpressionValidator(QRegularExpression("[1-5]"), self)
        for q in survey.questions:
            if q["type"] == "score":
                w = QLineEdit(objectName=f"answer_{q['key']}")
                w.setValidator(digit)
                w.setMaxLength(1)
                w.setFixedWidth(40)
                w.setPlaceholderText("1-5")
                w.textEdited.connect(lambda text, w=w: text and w.focusNextChild())
            elif q["type"] == "choice":
                w = QComboBox(objectName=f"answer_{q['key']}")
                w.addItem("", "")
                for c in q["choices"]:
                    w.addItem(c, c)
            else:
                w = QLineEdit(objectName=f"answer_{q['key']}")
                w.returnPressed.connect(w.focusNextChild)
            self.answers[q["key"]] = w
            self.form.addRow(q["text"], w)
        self.form.addRow(translate("Surveys", "Comments"), self.comment)
        self.form.addRow(translate("Surveys", "Received on"), self.received)
        self.form.addRow(translate("Surveys", "Entered by"), self.entered_by)
        self.save_button.setEnabled(self.session.may("survey.enter"))
        self._count()

    def _first_question(self) -> None:
        if self.survey and self.survey.questions:
            self.answers[self.survey.questions[0]["key"]].setFocus()

    def _count(self) -> None:
        if self.survey is not None:
            n = len(self.office.surveys.list_responses(self.session, self.survey.id))
            self.status.setText(translate("Surveys", "{n} forms entered").format(n=n))

    def values(self) -> dict:
        out = {}
        for key, w in self.answers.items():
            out[key] = w.currentData() if isinstance(w, QComboBox) else w.text()
        return out

    def save(self, replace: bool = False) -> None:
        if self.survey is None:
            return
        fields = {"customer_id": None if self.anonymous.isChecked() else self.customer.customer_id(),
                  "answers": self.values(), "comment": self.comment.text(), "received_on": iso(self.received),
                  "entered_by": self.entered_by.text()}
        self.error.setText("")
        if not self.anonymous.isChecked() and not fields["customer_id"]:
            self.error.setText(translate("Surveys", "Customer: choose the customer, or tick the anonymous form"))
            self.customer.text.setFocus()
            return
        try:
            self.office.surveys.enter(self.session, self.survey.id, fields, replace=replace)
        except DuplicateForm as exc:
            if ask(self, str(exc)):
                self.save(replace=True)
            return
        except Exception as exc:
            from app.errors import user_message
            from app.validation import ValidationError
            self.error.setText(user_message(exc))
            if isinstance(exc, ValidationError) and exc.key in self.answers:
                self.answers[exc.key].setFocus()
            return
        for w in self.answers.values():
            if isinstance(w, QComboBox):
                w.setCurrentIndex(0)
            else:
                w.clear()
        self.comment.clear()
        self.customer.text.clear()
        self.customer.text.setFocus()
        self._count()
        self.saved.emit()


class QuestionModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("Surveys", "Question"), translate("Surveys", "Answers"),
                          translate("Surveys", "Mean"), translate("Surveys", "Satisfied"),
                          translate("Surveys", "5/4/3/2/1"), translate("Surveys", "Last time"), ""], parent)

    def cell(self, q, column: int):
        pct = (lambda v: "" if v is None else f"{v:.1f}%")
        if q.type == "score":
            dist = " / ".join(str(q.distribution.get(n, 0)) for n in (5, 4, 3, 2, 1))
        else:
            dist = "  ".join(f"{k}: {v}" for k, v in q.distribution.items())
        return [q.text, q.answered, "" if q.mean is None else f"{q.mean:.2f}", pct(q.rate), dist,
                pct(q.previous_rate), translate("Surveys", "below target") if q.below_target else ""][column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.items[index.row()].below_target:
            from PySide6.QtGui import QColor
            return QColor("#b00020")
        return super().data(index, role)


class LowModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("Surveys", "Customer"), translate("Surveys", "Question"),
                          translate("Surveys", "Score"), translate("Surveys", "Comments")], parent)

    def cell(self, x, column: int):
        return [x.customer, x.question, x.score, x.comment][column]


class AnalysisPage(QWidget):
    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("surveyAnalysis")
        self.survey = None
        self.analysis = None
        self.summary = QLabel(objectName="analysisSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questions = QuestionModel(self)
        self.q_view = row_table("analysisQuestions")
        self.q_view.setModel(self.questions)
        self.q_view.horizontalHeader().setStretchLastSection(True)
        self.low = LowModel(self)
        self.low_view = row_table("lowScores")
        self.low_view.setModel(self.low)
        self.low_view.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(translate("Surveys", "Analysis report (PDF)…"), objectName="analysisPdf")
        self.xlsx_button = QPushButton(translate("Surveys", "Forms (Excel)…"), objectName="responsesXlsx")
        self.approve_button = QPushButton(translate("Surveys", "Record approval…"), objectName="approveSurvey")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.approve_button.clicked.connect(self.approve)
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.q_view, 2)
        layout.addWidget(QLabel(translate("Surveys", "Scores of 1 or 2, to follow up:")))
        layout.addWidget(self.low_view, 1)
        layout.addLayout(buttons)

    def set_survey(self, survey) -> None:
        self.survey = survey
        self.refresh()

    def refresh(self) -> None:
        if self.survey is None:
            self.questions.set_items([])
            self.low.set_items([])
            self.summary.setText("")
            return
        from app.reports.survey_report import summary_lines
        a = self.analysis = self.office.surveys.analyse(self.session, self.survey.id)
        lines = summary_lines(a)
        if a.by_level:
            lines.append(translate("Surveys", "By customer level: {items}").format(items="；".join(
                f"{level_label(k)} {n} ({'' if r is None else f'{r:.1f}%'})" for k, (n, r) in a.by_level.items())))
        if self.survey.approved_by:
            lines.append(translate("Surveys", "Approved by {name} on {date}.").format(
                name=self.survey.approved_by, date=self.survey.approved_on))
        self.summary.setText("\n".join(lines))
        self.questions.set_items(a.questions)
        self.q_view.resizeColumnsToContents()
        self.low.set_items(a.low_scores)
        self.approve_button.setEnabled(self.session.may("survey.approve") and not a.empty)
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(not a.empty)

    def export_pdf(self) -> None:
        from app.reports.survey_report import analysis_pdf
        sid = self.survey.id

        def build():
            a = self.office.surveys.analyse(self.session, sid)
            return PdfBytes(analysis_pdf(a, self.office.surveys.list_actions(self.session, sid),
                                         self.office.company(), self.session.display_name, logo=self.office.logo()))
        report_export.save_report(self, build, translate("Surveys", "Survey analysis report"), "pdf",
                                  office=self.office, session=self.session)

    def export_xlsx(self) -> None:
        from app.reports.survey_report import responses_report
        sid = self.survey.id

        def build():
            a = self.office.surveys.analyse(self.session, sid)
            responses = self.office.surveys.list_responses(self.session, sid)
            names = {cid: name for cid, (_code, name) in self.office.archive.customer_names(
                r.customer_id for r in responses).items()}
            return responses_report(a, responses, names, self.office.company(), self.session.display_name,
                                    logo=self.office.logo())
        report_export.save_report(self, build, translate("Surveys", "Survey forms"), "xlsx",
                                  office=self.office, session=self.session)

    def approve(self) -> None:
        dlg = AskDialog(translate("Surveys", "Approval of the analysis report"),
                        date_label=translate("Surveys", "Approved on"), text_label=translate("Surveys", "Approved by"),
                        action=lambda d: self.office.surveys.approve(self.session, self.survey.id, d.text_value(),
                                                                     d.date_text()), parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.survey = self.office.surveys.get(self.session, self.survey.id)
            self.refresh()
        dlg.deleteLater()


class PdfBytes(bytes):
    """A finished PDF handed to report_export as it is."""


class ActionModel(ListTableModel):
    def __init__(self, texts, parent=None):
        super().__init__([translate("Surveys", "Question"), translate("Surveys", "Action"),
                          translate("Surveys", "Owner"), translate("Surveys", "Due"), translate("Surveys", "Status"),
                          translate("Surveys", "Result")], parent)
        self.texts = texts

    def cell(self, a, column: int):
        status = (translate("Surveys", "Closed {date}").format(date=a.done_on) if a.status == "done"
                  else translate("Surveys", "Open"))
        return [self.texts().get(a.question_key, ""), a.action, a.owner, a.due_date, status, a.result][column]


class ActionDialog(QDialog):
    def __init__(self, office: Office, session: Session, survey, analysis, parent=None):
        super().__init__(parent)
        self.office, self.session, self.survey = office, session, survey
        self.setObjectName("actionDialog")
        self.setWindowTitle(translate("Surveys", "Corrective action"))
        self.question = QComboBox(objectName="actionQuestion")
        self.question.addItem(translate("Surveys", "(the survey as a whole)"), "")
        below = {q.key for q in analysis.below_target} if analysis else set()
        for q in survey.questions:
            if q["type"] == "score":
                self.question.addItem(q["text"] + (translate("Surveys", " (below target)") if q["key"] in below
                                                   else ""), q["key"])
        if below:
            self.question.setCurrentIndex(self.question.findData(sorted(below)[0]))
        self.action = QLineEdit(objectName="actionText")
        self.owner = QLineEdit(objectName="actionOwner")
        self.due = date_edit(_dt.date.today() + _dt.timedelta(days=30), "actionDue")
        form = QFormLayout()
        form.addRow(translate("Surveys", "Question"), self.question)
        form.addRow(translate("Surveys", "Action"), self.action)
        form.addRow(translate("Surveys", "Owner"), self.owner)
        form.addRow(translate("Surveys", "Due"), self.due)
        self.error, _b = dialog_body(self, form, self.save)
        self.saved = None

    def save(self) -> None:
        def act():
            self.saved = self.office.surveys.add_action(self.session, self.survey.id, {
                "question_key": self.question.currentData(), "action": self.action.text(),
                "owner": self.owner.text(), "due_date": iso(self.due)})
        widgets = {"action": self.action, "owner": self.owner, "due_date": self.due}
        if attempt(self.error, act, widgets.get):
            self.accept()


class ActionsPage(QWidget):
    changed = Signal()

    def __init__(self, office: Office, session: Session, analysis_of, parent=None):
        super().__init__(parent)
        self.office, self.session, self.analysis_of = office, session, analysis_of
        self.setObjectName("surveyActions")
        self.survey = None
        self.model = ActionModel(lambda: {q["key"]: q["text"] for q in (self.survey.questions if self.survey else [])},
                                 self)
        self.view = row_table("actionsTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.add_button = QPushButton(translate("Surveys", "Add action…"), objectName="addAction")
        self.close_button = QPushButton(translate("Surveys", "Close action…"), objectName="closeAction")
        self.add_button.clicked.connect(self.add)
        self.close_button.clicked.connect(self.close_action)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def set_survey(self, survey) -> None:
        self.survey = survey
        self.refresh()

    def refresh(self) -> None:
        self.model.set_items(self.office.surveys.list_actions(self.session, self.survey.id) if self.survey else [])
        self.view.resizeColumnsToContents()
        self._buttons()

    def current(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def select_id(self, action_id: int) -> None:
        for r, a in enumerate(self.model.items):
            if a.id == action_id:
                self.view.selectRow(r)

    def _buttons(self) -> None:
        write = self.session.may("survey.write")
        self.add_button.setEnabled(write and self.survey is not None)
        a = self.current()
        self.close_button.setEnabled(write and a is not None and a.status == "open")

    def add(self) -> None:
        dlg = ActionDialog(self.office, self.session, self.survey, self.analysis_of(), self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        dlg.deleteLater()

    def close_action(self) -> None:
        a = self.current()
        dlg = AskDialog(translate("Surveys", "Close the action"), a.action,
                        date_label=translate("Surveys", "Done on"), text_label=translate("Surveys", "Result"),
                        action=lambda d: self.office.surveys.close_action(self.session, a.id, d.text_value(),
                                                                          d.date_text()), parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        dlg.deleteLater()


class SurveyListModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("Surveys", "Survey"), translate("Surveys", "Period"),
                          translate("Surveys", "Target")], parent)

    def cell(self, s, column: int):
        return [s.name, f"{s.period_start} — {s.period_end}", f"{s.target_rate}%"][column]


class SurveysWindow(QMainWindow):
    changed = Signal()

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("surveysWindow")
        self.setWindowTitle(translate("Surveys", "Satisfaction surveys — {company}").format(company=office.company()))
        self.resize(1200, 720)
        from app.ui.layout import LayoutKeeper

        LayoutKeeper(self, "surveys")
        self.list_model = SurveyListModel(self)
        self.list_view = row_table("surveysTable")
        self.list_view.setModel(self.list_model)
        self.list_view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.new_button = QPushButton(translate("Surveys", "New survey…"), objectName="newSurvey")
        self.copy_button = QPushButton(translate("Surveys", "Copy for a new period…"), objectName="copySurvey")
        self.edit_button = QPushButton(translate("Surveys", "Edit…"), objectName="editSurvey")
        self.new_button.clicked.connect(lambda: self._define(None, None))
        self.copy_button.clicked.connect(lambda: self._define(None, self.current()))
        self.edit_button.clicked.connect(lambda: self._define(self.current(), None))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list_view, 1)
        for b in (self.new_button, self.copy_button, self.edit_button):
            left_layout.addWidget(b)
        self.entry = EntryPage(office, session)
        self.analysis = AnalysisPage(office, session)
        self.actions = ActionsPage(office, session, lambda: self.analysis.analysis)
        self.tabs = QTabWidget(objectName="surveyTabs")
        self.tabs.addTab(self.entry, translate("Surveys", "Enter forms"))
        self.tabs.addTab(self.analysis, translate("Surveys", "Analysis"))
        self.tabs.addTab(self.actions, translate("Surveys", "Corrective actions"))
        self.entry.saved.connect(self.analysis.refresh)
        self.actions.changed.connect(self.changed.emit)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 4)
        self.setCentralWidget(split)
        self.refresh()

    def current(self):
        rows = self.list_view.selectionModel().selectedRows()
        return self.list_model.items[rows[0].row()] if rows else None

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id or getattr(self.current(), "id", None)
        items = self.office.surveys.list(self.session)
        self.list_model.set_items(items)
        self.list_view.resizeColumnsToContents()
        row = next((i for i, s in enumerate(items) if s.id == keep), 0 if items else None)
        if row is not None:
            self.list_view.selectRow(row)
        self._selected()

    def _selected(self) -> None:
        s = self.current()
        write = self.session.may("survey.write")
        self.new_button.setEnabled(write)
        self.copy_button.setEnabled(write and s is not None)
        self.edit_button.setEnabled(write and s is not None)
        for page in (self.entry, self.analysis, self.actions):
            try:
                page.set_survey(s)
            except Exception as exc:
                show_error(self, exc)

    def _define(self, survey, copy_of) -> None:
        dlg = SurveyDialog(self.office, self.session, survey, copy_of=copy_of, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved is not None:
            self.refresh(dlg.saved.id)
        dlg.deleteLater()

    def show_action(self, action_id: int, survey_id: int | None) -> None:
        if survey_id:
            self.refresh(survey_id)
        self.tabs.setCurrentWidget(self.actions)
        self.actions.select_id(action_id)
