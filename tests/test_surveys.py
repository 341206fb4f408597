"""Satisfaction surveys: definition, forms, the analysis against a hand-computed data set, and actions."""
from __future__ import annotations

import datetime as _dt

import pytest

from app.errors import KeDangError, PermissionDenied
from app.surveys import DuplicateForm, template_questions
from app.validation import ValidationError

TODAY = _dt.date.today()
QUESTIONS = [
    {"key": "q1", "type": "score", "text": "服务质量"},
    {"key": "q2", "type": "score", "text": "响应速度"},
    {"key": "q3", "type": "choice", "text": "是否推荐", "choices": ["是", "可能", "否"]},
    {"key": "q4", "type": "text", "text": "意见和建议"},
]


@pytest.fixture
def clerk(make_user):
    return make_user("clerk")


@pytest.fixture
def people(office, admin):
    out = {}
    for n, (name, level) in enumerate((("甲", "key"), ("乙", "normal"), ("丙", "normal"), ("丁", "normal"),
                                       ("戊", "potential")), start=1):
        out[name] = office.customers.create(admin, {"name": f"客户{name}", "phone": f"1380000{n:04d}", "level": level})
    return out


def survey_fields(**over):
    base = {"name": "2026年度顾客满意度调查", "period_start": "2026-01-01", "period_end": "2026-12-31",
            "target_rate": "80", "questions": QUESTIONS}
    base.update(over)
    return base


@pytest.fixture
def survey(office, clerk, people):
    return office.surveys.create(clerk, survey_fields())


def enter(office, session, survey, customer, q1, q2, q3=None, q4=None, comment=""):
    answers = {"q1": q1, "q2": q2}
    if q3:
        answers["q3"] = q3
    if q4:
        answers["q4"] = q4
    return office.surveys.enter(session, survey.id, {"customer_id": customer.id if customer else None,
                                                     "answers": answers, "comment": comment,
                                                     "received_on": TODAY.isoformat()})


def test_the_analysis_matches_the_hand_computed_figures(office, clerk, people, survey):
    enter(office, clerk, survey, people["甲"], 5, 4, "是", comment="很好")
    enter(office, clerk, survey, people["乙"], 4, 2, "否")
    enter(office, clerk, survey, people["丙"], 3, 1, q4="电话难打通")
    enter(office, clerk, survey, None, 5, 5)                               # anonymous
    a = office.surveys.analyse(clerk, survey.id)
    assert (a.surveyed, a.responses, a.anonymous, a.response_rate) == (5, 4, 1, 60.0)
    q1, q2, q3, q4 = a.questions
    assert (q1.mean, q1.rate, q1.distribution) == (4.25, 75.0, {1: 0, 2: 0, 3: 1, 4: 1, 5: 2})
    assert (q2.mean, q2.rate) == (3.0, 50.0)
    assert q1.below_target and q2.below_target
    assert q3.distribution == {"是": 1, "可能": 0, "否": 1} and q4.answered == 1
    assert a.overall_rate == 62.5                                          # 5 of 8 scores are 4 or 5
    assert [(l.customer, l.question, l.score) for l in a.low_scores] == [("客户丙", "响应速度", 1),
                                                                         ("客户乙", "响应速度", 2)]
    assert a.by_level == {"key": (1, 100.0), "normal": (2, 25.0)}
    assert "很好" in a.comments and "电话难打通" in a.comments


def test_comparison_with_the_previous_survey(office, clerk, people, survey):
    old = office.surveys.copy(clerk, survey.id, {"name": "2025年度", "period_start": "2025-01-01",
                                                 "period_end": "2025-12-31"})
    assert old.questions == survey.questions and old.copied_from == survey.id
    enter(office, clerk, old, people["甲"], 4, 4)
    enter(office, clerk, old, people["乙"], 4, 3)
    enter(office, clerk, survey, people["甲"], 5, 5)
    a = office.surveys.analyse(clerk, survey.id)
    assert a.previous_rate == 75.0                                         # 4, 4, 4, 3
    assert (a.questions[0].previous_mean, a.questions[0].previous_rate) == (4.0, 100.0)
    assert (a.questions[1].previous_mean, a.questions[1].previous_rate) == (3.5, 50.0)


def test_an_empty_survey_says_so_instead_of_dividing_by_zero(office, clerk, survey):
    a = office.surveys.analyse(clerk, survey.id)
    assert a.empty and a.overall_rate is None and a.questions[0].mean is None and a.low_scores == []
    assert a.response_rate == 0.0


@pytest.mark.parametrize("answers, field", [
    ({"q1": "6", "q2": "3"}, "服务质量"),
    ({"q1": "0", "q2": "3"}, "服务质量"),
    ({"q1": "4", "q2": "3.5"}, "响应速度"),
    ({"q1": "4", "q2": "3", "q3": "也许"}, "是否推荐"),
    ({"q4": "只写了意见"}, "Scores"),
])
def test_bad_forms_are_refused_and_nothing_is_stored(office, clerk, people, survey, answers, field):
    with pytest.raises(ValidationError) as e:
        office.surveys.enter(clerk, survey.id, {"customer_id": people["甲"].id, "answers": answers})
    assert e.value.field == field
    assert office.surveys.list_responses(clerk, survey.id) == []


def test_a_customer_not_surveyed_is_refused(office, admin, clerk, people):
    s = office.surveys.create(clerk, survey_fields(), customer_ids=[people["甲"].id])
    with pytest.raises(ValidationError) as e:
        enter(office, clerk, s, people["乙"], 4, 4)
    assert e.value.field == "Customer"


def test_a_second_form_replaces_only_when_confirmed(office, clerk, people, survey):
    enter(office, clerk, survey, people["甲"], 2, 2)
    with pytest.raises(DuplicateForm):
        enter(office, clerk, survey, people["甲"], 5, 5)
    office.surveys.enter(clerk, survey.id, {"customer_id": people["甲"].id, "answers": {"q1": 5, "q2": 5}},
                         replace=True)
    (r,) = office.surveys.list_responses(clerk, survey.id)
    assert r.answers == {"q1": 5, "q2": 5}
    actions = [e.action for e in office.audit.audit_repo.search()]
    assert "survey.response" in actions and "survey.response_replace" in actions


def test_a_survey_needs_questions_a_score_and_a_sane_period(office, clerk, people):
    with pytest.raises(ValidationError) as e:
        office.surveys.create(clerk, survey_fields(questions=[]))
    assert e.value.field == "Questions"
    with pytest.raises(ValidationError):
        office.surveys.create(clerk, survey_fields(questions=[{"type": "text", "text": "意见"}]))
    with pytest.raises(ValidationError) as e:
        office.surveys.create(clerk, survey_fields(period_end="2025-12-31"))
    assert e.value.field == "Period to"
    with pytest.raises(ValidationError) as e:
        office.surveys.create(clerk, survey_fields(target_rate="120"))
    assert e.value.field == "Target satisfaction rate"
    assert office.surveys.list(clerk) == []


def test_the_template_covers_the_seed_items(office, clerk, people):
    qs = template_questions()
    assert sum(q["type"] == "score" for q in qs) >= 6 and qs[-1]["type"] == "text"
    s = office.surveys.create(clerk, survey_fields(questions=qs))
    assert len(s.questions) == len(qs)


def test_corrective_actions_are_due_until_closed(office, clerk, manager, people, survey):
    a = office.surveys.add_action(clerk, survey.id, {"question_key": "q2", "action": "增设值班电话", "owner": "王主管",
                                                     "due_date": (TODAY - _dt.timedelta(days=2)).isoformat()})
    (item,) = [i for i in office.due_items(clerk) if i.source == "action"]
    assert item.ref_id == a.id and item.overdue_days == 2 and "增设值班电话" in item.title
    with pytest.raises(ValidationError):
        office.surveys.close_action(clerk, a.id, "")
    office.surveys.close_action(clerk, a.id, "已开通24小时值班电话")
    assert [i for i in office.due_items(clerk) if i.source == "action"] == []
    with pytest.raises(KeDangError):
        office.surveys.close_action(clerk, a.id, "again")


def test_only_a_manager_approves_and_a_viewer_enters_nothing(office, clerk, manager, make_user, people, survey):
    with pytest.raises(PermissionDenied):
        office.surveys.approve(clerk, survey.id, "总经理 赵总", TODAY.isoformat())
    s = office.surveys.approve(manager, survey.id, "总经理 赵总", TODAY.isoformat())
    assert s.approved_by == "总经理 赵总"
    viewer = make_user("viewer")
    with pytest.raises(PermissionDenied):
        enter(office, viewer, survey, people["甲"], 5, 5)


def test_questions_cannot_be_removed_once_forms_are_in(office, clerk, people, survey):
    enter(office, clerk, survey, people["甲"], 5, 5)
    with pytest.raises(KeDangError, match="not removed"):
        office.surveys.update(clerk, survey.id, {"questions": QUESTIONS[1:]})
    s = office.surveys.update(clerk, survey.id, {"questions": [{**QUESTIONS[0], "text": "服务质量（含维修）"},
                                                              *QUESTIONS[1:]]})
    assert s.questions[0]["text"] == "服务质量（含维修）"
