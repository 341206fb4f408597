"""Satisfaction surveys as the desk uses them: a survey defined from the built-in questions, paper
forms typed with the keyboard only, the analysis, corrective actions and the printed report."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from app.ui.surveys import SurveysWindow
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, click, click_row, column_texts, messages, modals, show, type_text,
)
from tests.support.pdf import pdf_text

TODAY = _dt.date.today()
QUESTIONS = [{"key": "q1", "type": "score", "text": "服务质量"}, {"key": "q2", "type": "score", "text": "响应速度"},
             {"key": "q3", "type": "choice", "text": "是否推荐", "choices": ["是", "否"]}]


@pytest.fixture
def clerk(make_user):
    return make_user("clerk")


@pytest.fixture
def people(office, admin):
    return [office.customers.create(admin, {"name": name, "phone": f"1390000{n:04d}"})
            for n, name in enumerate(("张伟", "李娜", "王强"), start=1)]


@pytest.fixture
def survey(office, clerk, people):
    return office.surveys.create(clerk, {"name": "2026年度调查", "period_start": f"{TODAY.year}-01-01",
                                         "period_end": f"{TODAY.year}-12-31", "target_rate": "80",
                                         "questions": QUESTIONS})


def keys(widget, text: str) -> None:
    """Type ASCII into whatever has the focus now, one key at a time (a digit moves the focus on)."""
    for ch in text:
        QTest.keyClick(QApplication.focusWidget() or widget, ch)


def test_a_form_is_entered_with_the_keyboard_only(qtbot, office, clerk, people, survey):
    window = show(qtbot, SurveysWindow(office, clerk))
    entry = window.entry
    entry.customer.text.setFocus()
    type_text(qtbot, entry.customer.text, "张伟")
    QTest.keyClick(entry.customer.text, Qt.Key.Key_Return)          # on to the first question
    assert entry.answers["q1"].hasFocus()
    keys(entry, "45")                                                # each digit moves to the next question
    assert entry.answers["q1"].text() == "4" and entry.answers["q2"].text() == "5"
    assert entry.answers["q3"].hasFocus()
    QTest.keyClick(entry.answers["q3"], Qt.Key.Key_Down)              # 是
    entry.comment.setFocus()
    type_text(qtbot, entry.comment, "服务很好")
    QTest.keyClick(entry.comment, Qt.Key.Key_Return)                  # saves
    (r,) = office.surveys.list_responses(clerk, survey.id)
    assert r.customer_id == people[0].id and r.answers == {"q1": 4, "q2": 5, "q3": "是"}
    assert r.comment == "服务很好" and r.entered_by == "clerk user"
    assert entry.customer.text.hasFocus() and entry.answers["q1"].text() == ""   # ready for the next form
    assert "1 forms entered" in entry.status.text()


def test_a_score_outside_the_scale_cannot_be_typed_and_an_empty_form_is_refused(qtbot, office, clerk, people,
                                                                                 survey):
    window = show(qtbot, SurveysWindow(office, clerk))
    entry = window.entry
    entry.answers["q1"].setFocus()
    keys(entry, "7")
    assert entry.answers["q1"].text() == ""                          # the field takes 1–5 only
    entry.anonymous.setFocus()
    QTest.keyClick(entry.anonymous, Qt.Key.Key_Space)
    assert entry.anonymous.isChecked() and not entry.customer.isEnabled()
    click(qtbot, entry.save_button)
    assert "the form has no score at all" in entry.error.text()
    assert office.surveys.list_responses(clerk, survey.id) == []


def test_a_second_form_of_the_same_customer_asks_before_replacing(qtbot, office, clerk, people, survey, messages):
    office.surveys.enter(clerk, survey.id, {"customer_id": people[1].id, "answers": {"q1": 2, "q2": 2}})
    window = show(qtbot, SurveysWindow(office, clerk))
    entry = window.entry
    type_text(qtbot, entry.customer.text, "李娜")
    entry.answers["q1"].setFocus()
    keys(entry, "55")
    messages.answers.append(False)
    click(qtbot, entry.save_button)
    assert "already entered" in messages.questions[-1]
    assert office.surveys.list_responses(clerk, survey.id)[0].answers == {"q1": 2, "q2": 2}
    messages.answers.append(True)
    click(qtbot, entry.save_button)
    assert office.surveys.list_responses(clerk, survey.id)[0].answers == {"q1": 5, "q2": 5}


def test_analysis_actions_and_the_report(qtbot, office, clerk, manager, people, survey, modals, monkeypatch,
                                         tmp_path):
    for person, (a, b) in zip(people, ((5, 2), (4, 1), (5, 4))):
        office.surveys.enter(clerk, survey.id, {"customer_id": person.id, "answers": {"q1": a, "q2": b},
                                                "comment": "响应慢" if b < 3 else ""})
    window = show(qtbot, SurveysWindow(office, clerk))
    window.tabs.setCurrentWidget(window.analysis)
    page = window.analysis
    assert column_texts(page.q_view, 3)[:2] == ["100.0%", "33.3%"]
    assert column_texts(page.q_view, 6)[:2] == ["", "below target"]
    assert column_texts(page.low_view, 0) == ["李娜", "张伟"]
    assert "66.7%" in page.summary.text()                            # 4 of 6 scores are 4 or 5
    assert not page.approve_button.isEnabled()                       # the manager approves

    window.tabs.setCurrentWidget(window.actions)

    def action(dlg):
        assert dlg.question.currentData() == "q2"                   # the question below target comes first
        type_text(qtbot, dlg.action, "设立24小时报修电话")
        type_text(qtbot, dlg.owner, "工程部张主管")
        click(qtbot, button(dlg, "Save"))
    modals.expect(action)
    click(qtbot, window.actions.add_button)
    modals.check()
    assert column_texts(window.actions.view, 1) == ["设立24小时报修电话"]
    assert [i.source for i in office.due_items(clerk)].count("action") == 1

    target = tmp_path / "survey.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, page.pdf_button)
    text = pdf_text(target)
    assert "响应速度" in text and "设立24小时报修电话" in text and "李娜" in text
    assert "Customersatisfactionsurveyanalysisreport" in text


def test_a_survey_is_defined_from_the_built_in_questions(qtbot, office, clerk, people, modals):
    window = show(qtbot, SurveysWindow(office, clerk))

    def define(dlg):
        assert dlg.questions.rowCount() >= 7                        # the built-in questionnaire
        dlg.target.setValue(85)
        click(qtbot, button(dlg, "Save"))
    modals.expect(define)
    click(qtbot, window.new_button)
    modals.check()
    (s,) = office.surveys.list(clerk)
    assert s.target_rate == 85 and s.questions[0]["text"] == "Quality of our products and services"
    assert office.surveys.repo.customer_count(s.id) == 3
    assert set(window.entry.answers) == {q["key"] for q in s.questions}

    def empty(dlg):
        dlg.questions.setRowCount(0)
        click(qtbot, button(dlg, "Save"))
        assert dlg.error.text().startswith("Questions:")
        click(qtbot, button(dlg, "Cancel"))
    modals.expect(empty)
    click(qtbot, window.new_button)
    modals.check()
    assert len(office.surveys.list(clerk)) == 1


def test_an_open_action_on_the_today_panel_opens_the_surveys_window_at_it(qtbot, office, clerk, people, survey):
    from app.ui.main_window import MainWindow

    a = office.surveys.add_action(clerk, survey.id, {"action": "每月电话回访", "owner": "王主管",
                                                     "due_date": (TODAY + _dt.timedelta(days=10)).isoformat()})
    window = show(qtbot, MainWindow(office, clerk))
    kinds = column_texts(window.today.view, 4)
    item = window.today.model.items[kinds.index("Corrective action")]
    window.open_due_item(item)
    sw = window.surveys_window
    assert sw.tabs.currentWidget() is sw.actions and sw.actions.current().id == a.id
    assert window.open_surveys() is sw                                   # one window
