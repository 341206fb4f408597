"""The satisfaction surveys of a demo office (``fill_survey_demo``, called by ``app.demo.fill_demo``).

Last year's and this year's surveys from the built-in questionnaire, each of 120 customers, with
forms from about two thirds of them; this year the speed of response (响应及时性) falls below the
target and has a corrective action that is still open. Entered through the services by the demo
manager (孙经理, created by ``demo_archive``) or by the demo's own session when it may do the work.
"""
from __future__ import annotations

import datetime as _dt
import logging
import random

from app.demo_archive import MANAGER, _demo_user
from app.demo_data import DEFAULT_SEED
from app.office import Office
from app.session import Session
from app.surveys import template_questions

log = logging.getLogger(__name__)

SURVEYED = 120
RESPONSE_SHARE = 0.65
COMMENTS = ("报修后维修人员来得太慢", "前台服务热情", "希望缴费方式更方便", "停车位紧张", "整体满意", "",
            "", "", "电话经常打不通", "保洁很及时")


def _actor(office: Office, session: Session) -> Session | None:
    if session.may("survey.write") and session.may("survey.enter"):
        return session
    if session.may("user.manage"):
        return _demo_user(office, session, *MANAGER)
    return None


def fill_survey_demo(office: Office, session: Session, *, today: _dt.date | None = None,
                     seed: int | None = None) -> dict[str, int]:
    """Add last year's and this year's surveys (only when there is none yet). Returns what was added."""
    counts = {"surveys": 0, "responses": 0, "actions": 0}
    if office.surveys.repo.count():
        return counts
    actor = _actor(office, session)
    if actor is None:
        log.info("demo surveys: %s may not do the survey work; left empty", session.username)
        return counts
    today = today or _dt.date.today()
    rng = random.Random(f"kedang-surveys:{DEFAULT_SEED if seed is None else seed}")
    ids = [r[0] for r in office.db.query("SELECT id FROM customers WHERE status = 'active' ORDER BY id LIMIT ?",
                                         (SURVEYED * 3,))]
    if not ids:
        return counts
    surveyed = sorted(rng.sample(ids, min(SURVEYED, len(ids))))
    questions = template_questions()
    plans = ((today.year - 1, {"q3": 3.9}), (today.year, {"q3": 3.3}))   # the speed of response slips this year
    current = None
    for year, weak in plans:
        start = _dt.date(year, 1, 1)
        end = min(_dt.date(year, 12, 31), today) if year == today.year else _dt.date(year, 12, 31)
        s = office.surveys.create(actor, {"name": f"{year}年度顾客满意度调查", "period_start": start.isoformat(),
                                          "period_end": _dt.date(year, 12, 31).isoformat(), "target_rate": "80",
                                          "questions": questions}, customer_ids=surveyed)
        counts["surveys"] += 1
        for n, cid in enumerate(c for c in surveyed if rng.random() < RESPONSE_SHARE):
            answers = {}
            for q in questions:
                if q["type"] == "score":
                    mean = weak.get(q["key"], 4.55)
                    answers[q["key"]] = max(1, min(5, round(rng.gauss(mean, 0.8))))
                elif q["type"] == "choice":
                    answers[q["key"]] = rng.choices(q["choices"], weights=(7, 2, 1))[0]
            days = max(0, (end - start).days)
            received = start + _dt.timedelta(days=rng.randint(max(0, days - 60), days))
            office.surveys.enter(actor, s.id, {"customer_id": cid, "answers": answers, "received_on": received.isoformat(),
                                               "comment": rng.choice(COMMENTS), "entered_by": "李前台"})
            counts["responses"] += 1
        approved = _dt.date(year + 1, 1, 15)
        if year < today.year and approved <= today and actor.may("survey.approve"):
            office.surveys.approve(actor, s.id, "总经理 赵明", approved.isoformat())
        current = s
    a = office.surveys.analyse(actor, current.id)
    for q in a.below_target:
        office.surveys.add_action(actor, current.id, {
            "question_key": q.key, "action": "设立24小时报修热线，维修人员30分钟内响应，每周抽查回访",
            "owner": "工程部 张主管", "due_date": (today + _dt.timedelta(days=30)).isoformat()})
        counts["actions"] += 1
    return counts
