"""The demo office's satisfaction surveys: last year's and this year's, one question below target
with an open corrective action, and the CLI's export of the latest survey."""
from __future__ import annotations

import datetime as _dt

from app.demo import fill_demo
from app.demo_surveys import fill_survey_demo

TODAY = _dt.date.today()


def test_demo_has_two_surveys_a_weak_question_and_an_action(office, admin):
    fill_demo(office, admin, customers=150)
    this, last = office.surveys.list(admin)
    assert this.period_start.startswith(str(TODAY.year)) and last.period_start.startswith(str(TODAY.year - 1))
    a = office.surveys.analyse(admin, this.id)
    assert a.responses > 40 and a.previous_rate is not None
    assert [q.key for q in a.below_target] == ["q3"]
    (action,) = office.surveys.list_actions(admin, this.id)
    assert action.status == "open" and action.question_key == "q3"
    assert any(i.source == "action" for i in office.due_items(admin))
    assert fill_survey_demo(office, admin) == {"surveys": 0, "responses": 0, "actions": 0}   # not twice
