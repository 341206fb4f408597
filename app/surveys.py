"""Customer satisfaction surveys (顾客满意度调查): definition, entry of paper forms, the analysis,
and the corrective actions for questions below target.

The analysis is computed here, once, for the screen and the printed report alike. The overall
satisfaction rate is the share of score answers (1–5) that are 4 or 5; a question is below target
when its own rate is under the survey's target rate.
"""
from __future__ import annotations

import datetime as _dt
import statistics
from dataclasses import dataclass, field

from app import archive as _archive
from app.archive import bad, need_date, need_int, need_text
from app.entries import DueItem
from app.errors import KeDangError, NotFound
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.archive import ActionRepo, ResponseRepo, SurveyRepo
from app.models.database import now_iso
from app.models.records import CorrectiveAction, Survey, SurveyResponse
from app.models.repositories import CustomerRepo
from app.session import Service, Session

QUESTION_TYPES = ("score", "choice", "text")
SCALE = (1, 2, 3, 4, 5)
SATISFIED = (4, 5)
LOW = (1, 2)          # scores listed for a follow-up call

# The seed's 顾客满意度调查表: what a small office asks its customers every year.
TEMPLATE = [
    {"key": "q1", "type": "score", "text": QT_TRANSLATE_NOOP("Survey", "Quality of our products and services")},
    {"key": "q2", "type": "score", "text": QT_TRANSLATE_NOOP("Survey", "Attitude and manner of our staff")},
    {"key": "q3", "type": "score", "text": QT_TRANSLATE_NOOP("Survey", "Speed of response to your requests")},
    {"key": "q4", "type": "score", "text": QT_TRANSLATE_NOOP("Survey", "Price and charges")},
    {"key": "q5", "type": "score", "text": QT_TRANSLATE_NOOP("Survey", "Keeping our promises (company credit)")},
    {"key": "q6", "type": "score", "text": QT_TRANSLATE_NOOP("Survey", "Handling of complaints")},
    {"key": "q7", "type": "score", "text": QT_TRANSLATE_NOOP("Survey", "Overall satisfaction")},
    {"key": "q8", "type": "choice", "text": QT_TRANSLATE_NOOP("Survey", "Would you recommend us?"),
     "choices": [QT_TRANSLATE_NOOP("Survey", "Yes"), QT_TRANSLATE_NOOP("Survey", "Maybe"),
                 QT_TRANSLATE_NOOP("Survey", "No")]},
    {"key": "q9", "type": "text", "text": QT_TRANSLATE_NOOP("Survey", "Comments and suggestions")},
]


def template_questions() -> list[dict]:
    """The built-in questions, in the current language."""
    out = []
    for q in TEMPLATE:
        item = {"key": q["key"], "type": q["type"], "text": translate("Survey", q["text"])}
        if q["type"] == "choice":
            item["choices"] = [translate("Survey", c) for c in q["choices"]]
        out.append(item)
    return out


def validate_questions(questions) -> list[dict]:
    f = translate("Survey", "Questions")
    out, keys = [], set()
    for i, q in enumerate(questions or [], start=1):
        text = need_text(q.get("text"), f, key="questions", max_len=100)
        kind = q.get("type") or "score"
        if kind not in QUESTION_TYPES:
            raise bad(f, translate("Survey", "question {n}: the type is score, choice or text").format(n=i), "questions")
        key = str(q.get("key") or f"q{i}")
        if key in keys:
            key = f"q{i}_{len(keys)}"
        keys.add(key)
        item = {"key": key, "type": kind, "text": text}
        if kind == "choice":
            choices = [need_text(c, f, key="questions", max_len=30) for c in q.get("choices") or [] if str(c).strip()]
            if len(choices) < 2:
                raise bad(f, translate("Survey", "question {n} ({text}): a choice needs at least two answers").format(
                    n=i, text=text), "questions")
            item["choices"] = choices
        out.append(item)
    if not out:
        raise bad(f, translate("Survey", "a survey needs at least one question"), "questions")
    if not any(q["type"] == "score" for q in out):
        raise bad(f, translate("Survey", "a survey needs at least one question scored 1 to 5"), "questions")
    return out


# ------------------------------------------------------------------ the analysis
@dataclass
class QuestionStats:
    key: str
    text: str
    type: str
    answered: int = 0
    mean: float | None = None
    rate: float | None = None                  # share of 4–5, percent
    distribution: dict = field(default_factory=dict)   # score or choice -> count
    previous_mean: float | None = None
    previous_rate: float | None = None
    below_target: bool = False


@dataclass
class LowScore:
    customer_id: int | None
    customer: str
    question: str
    score: int
    comment: str


@dataclass
class Analysis:
    survey: Survey
    surveyed: int
    responses: int
    response_rate: float | None            # percent of surveyed customers who answered (named forms)
    anonymous: int
    overall_rate: float | None             # share of all score answers that are 4–5, percent
    previous_rate: float | None
    questions: list[QuestionStats]
    low_scores: list[LowScore]
    by_level: dict                         # level -> (responses, rate)
    comments: list[str]

    @property
    def empty(self) -> bool:
        return self.responses == 0

    @property
    def below_target(self) -> list[QuestionStats]:
        return [q for q in self.questions if q.below_target]


def _rate(scores: list[int]) -> float | None:
    return round(100 * sum(1 for s in scores if s in SATISFIED) / len(scores), 1) if scores else None


def _mean(scores: list[int]) -> float | None:
    return round(statistics.fmean(scores), 2) if scores else None


class SurveyService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.repo = SurveyRepo(db)
        self.responses = ResponseRepo(db)
        self.actions = ActionRepo(db)

    # ------------------------------------------------------------ surveys
    def list(self, session: Session) -> list[Survey]:
        self.require(session, "survey.read")
        return self.repo.where(order="period_start DESC, id DESC")

    def get(self, session: Session, survey_id: int) -> Survey:
        self.require(session, "survey.read")
        s = self.repo.get(survey_id)
        if s is None:
            raise NotFound(translate("Survey", "No such survey."))
        return s

    def latest(self, session: Session) -> Survey | None:
        rows = self.list(session)
        return rows[0] if rows else None

    def previous(self, s: Survey) -> Survey | None:
        rows = self.repo.where("period_start < ? AND id != ?", (s.period_start, s.id or 0),
                               order="period_start DESC, id DESC", limit=1)
        return rows[0] if rows else None

    def _validate(self, fields: dict) -> dict:
        v = {"name": need_text(fields.get("name"), translate("Survey", "Name"), key="name", max_len=60),
             "period_start": need_date(fields.get("period_start"), translate("Survey", "Period from"),
                                       key="period_start"),
             "period_end": need_date(fields.get("period_end"), translate("Survey", "Period to"), key="period_end"),
             "target_rate": need_int(fields.get("target_rate"), translate("Survey", "Target satisfaction rate"),
                                     key="target_rate", minimum=1, maximum=100),
             "questions": validate_questions(fields.get("questions")),
             "note": need_text(fields.get("note"), translate("Survey", "Note"), key="note", required=False,
                               max_len=2000)}
        if v["period_end"] < v["period_start"]:
            raise bad(translate("Survey", "Period to"), translate("Survey", "may not be before the start {date}").format(
                date=v["period_start"]), "period_end")
        return v

    def create(self, session: Session, fields: dict, customer_ids=None, copied_from: int | None = None) -> Survey:
        """A new survey. Who is surveyed: ``customer_ids``, or every active customer."""
        self.require(session, "survey.write")
        v = self._validate(fields)
        with self.db.transaction():
            ids = list(customer_ids) if customer_ids is not None else [
                r[0] for r in self.db.query("SELECT id FROM customers WHERE status = 'active'")]
            if not ids:
                raise bad(translate("Survey", "Customers surveyed"), translate("Survey", "nobody would be surveyed"),
                          "customers")
            ts = now_iso()
            s = Survey(**v, copied_from=copied_from, created_at=ts, created_by=session.user_id, updated_at=ts,
                       updated_by=session.user_id)
            self.repo.insert(s)
            self.repo.set_customers(s.id, ids)
            self.audit(session, "survey.create", "survey", s.id, summary=s.name,
                       after={**{k: v[k] for k in ("name", "period_start", "period_end", "target_rate")},
                              "questions": len(v["questions"]), "customers": len(set(ids))})
            return s

    def copy(self, session: Session, survey_id: int, fields: dict) -> Survey:
        """Next year's survey from this one: same questions and target, the period and name given."""
        old = self.get(session, survey_id)
        base = {"name": old.name, "target_rate": old.target_rate, "questions": old.questions, "note": ""}
        return self.create(session, {**base, **fields}, copied_from=old.id)

    def update(self, session: Session, survey_id: int, fields: dict) -> Survey:
        self.require(session, "survey.write")
        with self.db.transaction():
            s = self.get(session, survey_id)
            v = self._validate({**{k: getattr(s, k) for k in ("name", "period_start", "period_end", "target_rate",
                                                               "questions", "note")}, **fields})
            if self.responses.count("survey_id = ?", (s.id,)):
                old = [(q["key"], q["type"]) for q in s.questions]
                new = [(q["key"], q["type"]) for q in v["questions"]]
                if [k for k in old if k not in new]:
                    raise KeDangError(translate("Survey", "Forms have been entered: a question can be reworded or "
                                                          "added, not removed or changed in type."))
            before = {k: getattr(s, k) for k in v}
            for k, value in v.items():
                setattr(s, k, value)
            s.updated_at, s.updated_by = now_iso(), session.user_id
            self.repo.update(s)
            self.audit(session, "survey.update", "survey", s.id, summary=s.name,
                       before={k: before[k] for k in v if before[k] != v[k] and k != "questions"},
                       after={k: v[k] for k in v if before[k] != v[k] and k != "questions"})
            return s

    def approve(self, session: Session, survey_id: int, approved_by: str, approved_on) -> Survey:
        """Record the general manager's approval of the analysis report."""
        self.require(session, "survey.approve")
        name = need_text(approved_by, translate("Survey", "Approved by"), key="approved_by", max_len=40)
        d = need_date(approved_on, translate("Survey", "Approved on"), key="approved_on", not_future=True)
        with self.db.transaction():
            s = self.get(session, survey_id)
            s.approved_by, s.approved_on = name, d
            s.updated_at, s.updated_by = now_iso(), session.user_id
            self.repo.update(s)
            self.audit(session, "survey.approve", "survey", s.id, summary=s.name, after={"by": name, "on": d})
            return s

    # ------------------------------------------------------------ forms
    def validate_answers(self, s: Survey, answers: dict) -> dict:
        out = {}
        for q in s.questions:
            raw = answers.get(q["key"])
            text = "" if raw is None else str(raw).strip()
            if not text:
                continue
            if q["type"] == "score":
                if not text.isascii() or not text.isdigit() or int(text) not in SCALE:
                    raise bad(q["text"], translate("Survey", "a score is a whole number from 1 to 5"), q["key"])
                out[q["key"]] = int(text)
            elif q["type"] == "choice":
                if text not in q["choices"]:
                    raise bad(q["text"], translate("Survey", "is not one of the answers on the form"), q["key"])
                out[q["key"]] = text
            else:
                out[q["key"]] = need_text(text, q["text"], key=q["key"], max_len=1000)
        if not any(isinstance(v, int) for v in out.values()):
            raise bad(translate("Survey", "Scores"), translate("Survey", "the form has no score at all"), "answers")
        return out

    def response_for(self, session: Session, survey_id: int, customer_id: int) -> SurveyResponse | None:
        self.require(session, "survey.read")
        return self.responses.for_customer(survey_id, customer_id)

    def list_responses(self, session: Session, survey_id: int) -> list[SurveyResponse]:
        self.require(session, "survey.read")
        return self.responses.where("survey_id = ?", (survey_id,), order="received_on, id")

    def enter(self, session: Session, survey_id: int, fields: dict, *, replace: bool = False) -> SurveyResponse:
        """Store one paper form. A second form of the same customer is refused unless ``replace``."""
        self.require(session, "survey.enter")
        with self.db.transaction():
            s = self.get(session, survey_id)
            customer_id = int(fields["customer_id"]) if fields.get("customer_id") else None
            if customer_id is not None and not self.repo.in_survey(s.id, customer_id):
                raise bad(translate("Survey", "Customer"), translate("Survey", "is not among the customers of this "
                                                                               "survey"), "customer_id")
            answers = self.validate_answers(s, fields.get("answers") or {})
            received = need_date(fields.get("received_on") or _archive.today(), translate("Survey", "Received on"),
                                 key="received_on", not_future=True)
            comment = need_text(fields.get("comment"), translate("Survey", "Comments"), key="comment",
                                required=False, max_len=2000)
            entered_by = need_text(fields.get("entered_by") or session.display_name, translate("Survey", "Entered by"),
                                   key="entered_by", max_len=40)
            old = self.responses.for_customer(s.id, customer_id) if customer_id else None
            if old is not None and not replace:
                raise DuplicateForm(translate("Survey", "A form of this customer was already entered on {date}. "
                                                        "Replace it?").format(date=old.received_on))
            ts = now_iso()
            if old is not None:
                before = old.answers
                old.answers, old.received_on, old.comment, old.entered_by = answers, received, comment, entered_by
                old.updated_at, old.updated_by = ts, session.user_id
                self.responses.update(old)
                self.audit(session, "survey.response_replace", "survey_response", old.id, summary=s.name,
                           before=before, after=answers)
                return old
            r = SurveyResponse(survey_id=s.id, customer_id=customer_id, received_on=received, entered_by=entered_by,
                               answers=answers, comment=comment, created_at=ts, created_by=session.user_id,
                               updated_at=ts, updated_by=session.user_id)
            self.responses.insert(r)
            self.audit(session, "survey.response", "survey_response", r.id, summary=s.name,
                       after={"customer_id": customer_id, "answers": answers})
            return r

    # ------------------------------------------------------------ analysis
    def analyse(self, session: Session, survey_id: int) -> Analysis:
        self.require(session, "survey.read")
        s = self.get(session, survey_id)
        responses = self.responses.where("survey_id = ?", (s.id,), order="id")
        surveyed = self.repo.customer_count(s.id)
        named = [r for r in responses if r.customer_id]
        ids = sorted({r.customer_id for r in named})
        info = {cid: (r[2], r[4]) for cid, r in CustomerRepo(self.db).list_rows(ids).items()}  # name, level
        prev = self.previous(s)
        prev_stats: dict[str, tuple[float | None, float | None]] = {}
        prev_rate = None
        if prev is not None:
            prev_responses = self.responses.where("survey_id = ?", (prev.id,))
            all_prev = []
            for q in prev.questions:
                if q["type"] == "score":
                    scores = [r.answers[q["key"]] for r in prev_responses if isinstance(r.answers.get(q["key"]), int)]
                    all_prev += scores
                    prev_stats[q["text"]] = (_mean(scores), _rate(scores))
            prev_rate = _rate(all_prev)
        stats, all_scores, low = [], [], []
        for q in s.questions:
            st = QuestionStats(q["key"], q["text"], q["type"])
            values = [r.answers[q["key"]] for r in responses if q["key"] in r.answers]
            st.answered = len(values)
            if q["type"] == "score":
                st.distribution = {n: sum(1 for v in values if v == n) for n in SCALE}
                st.mean, st.rate = _mean(values), _rate(values)
                st.previous_mean, st.previous_rate = prev_stats.get(q["text"], (None, None))
                st.below_target = st.rate is not None and st.rate < s.target_rate
                all_scores += values
                for r in responses:
                    v = r.answers.get(q["key"])
                    if v in LOW:
                        name = info.get(r.customer_id, (translate("Survey", "(anonymous)"), ""))[0]
                        low.append(LowScore(r.customer_id, name, q["text"], v, r.comment))
            elif q["type"] == "choice":
                st.distribution = {c: sum(1 for v in values if v == c) for c in q.get("choices", [])}
            stats.append(st)
        by_level: dict[str, tuple[int, float | None]] = {}
        for level in sorted({info[c][1] for c in info}):
            rs = [r for r in named if info.get(r.customer_id, ("", ""))[1] == level]
            scores = [v for r in rs for v in r.answers.values() if isinstance(v, int)]
            by_level[level] = (len(rs), _rate(scores))
        comments = [r.comment for r in responses if r.comment] + [
            v for r in responses for q in s.questions if q["type"] == "text" for k, v in r.answers.items()
            if k == q["key"] and v]
        return Analysis(s, surveyed, len(responses),
                        round(100 * len({r.customer_id for r in named}) / surveyed, 1) if surveyed else None,
                        len(responses) - len(named), _rate(all_scores), prev_rate, stats,
                        sorted(low, key=lambda x: (x.score, x.customer)), by_level, comments)

    # ------------------------------------------------------------ corrective actions
    def list_actions(self, session: Session, survey_id: int | None = None) -> list[CorrectiveAction]:
        self.require(session, "survey.read")
        if survey_id:
            return self.actions.where("survey_id = ?", (survey_id,), order="status DESC, due_date, id")
        return self.actions.where(order="status DESC, due_date, id")

    def add_action(self, session: Session, survey_id: int, fields: dict) -> CorrectiveAction:
        self.require(session, "survey.write")
        with self.db.transaction():
            s = self.get(session, survey_id)
            key = fields.get("question_key") or ""
            if key and key not in {q["key"] for q in s.questions}:
                raise bad(translate("Survey", "Question"), translate("Survey", "is not a question of this survey"),
                          "question_key")
            ts = now_iso()
            a = CorrectiveAction(
                survey_id=s.id, question_key=key,
                action=need_text(fields.get("action"), translate("Survey", "Action"), key="action", max_len=500),
                owner=need_text(fields.get("owner"), translate("Survey", "Owner"), key="owner", max_len=40),
                due_date=need_date(fields.get("due_date"), translate("Survey", "Due date"), key="due_date"),
                created_at=ts, created_by=session.user_id, updated_at=ts, updated_by=session.user_id)
            self.actions.insert(a)
            self.audit(session, "survey.action", "corrective_action", a.id, summary=s.name,
                       after={"question": key, "action": a.action, "owner": a.owner, "due_date": a.due_date})
            return a

    def close_action(self, session: Session, action_id: int, result: str, done_on=None) -> CorrectiveAction:
        self.require(session, "survey.write")
        with self.db.transaction():
            a = self.actions.get(action_id)
            if a is None:
                raise NotFound(translate("Survey", "No such corrective action."))
            if a.status == "done":
                raise KeDangError(translate("Survey", "This action is already closed."))
            a.result = need_text(result, translate("Survey", "Result"), key="result", max_len=1000)
            a.done_on = need_date(done_on or _archive.today(), translate("Survey", "Done on"), key="done_on",
                                  not_future=True)
            a.status = "done"
            a.updated_at, a.updated_by = now_iso(), session.user_id
            self.actions.update(a)
            self.audit(session, "survey.action_close", "corrective_action", a.id,
                       after={"result": a.result, "done_on": a.done_on})
            return a

    def due_items(self, session: Session, today: _dt.date | None = None, limit: int = 200) -> list[DueItem]:
        """Open corrective actions, soonest first: they stay on the today panel until closed."""
        if not session.may("survey.read"):
            return []
        today = today or _archive.today()
        names = {s.id: s.name for s in self.repo.where()}
        out = []
        for a in self.actions.where("status = 'open'", order="due_date, id", limit=limit):
            out.append(DueItem("action", a.id, None, "", names.get(a.survey_id, ""), "action", a.due_date,
                               translate("Survey", "{owner}: {action}").format(owner=a.owner, action=a.action),
                               "actions", max(0, (today - _dt.date.fromisoformat(a.due_date)).days),
                               {"survey_id": a.survey_id}))
        return out


class DuplicateForm(KeDangError):
    """The customer's form was entered already: the user decides whether this one replaces it."""
