"""Dossier entries (DossierEntry): the kinds and their fields, validation, follow-up rules, audit.

Each kind is declared once in ``KINDS``; the forms, the tables, the timeline and the reports
are built from that declaration. Amounts are kept as integer fen; dates as ``YYYY-MM-DD``.
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from app.customers import customer_for_write
from app.errors import KeDangError, NotFound
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.database import now_iso
from app.models.dossier import EntryRepo
from app.models.records import ENTRY_KINDS, Customer, Entry
from app.models.repositories import CustomerRepo, MetaRepo
from app.session import Service, Session, diff
from app.validation import ValidationError, parse_date

MAX_LINE = 200
MAX_TEXT = 5000
MAX_FEN = 100_000_000_000 * 100 - 1  # under 100 billion yuan


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str                 # English source text, context "Entry"
    type: str = "text"         # text, multiline, date, money, choice, int
    required: bool = False
    choices: tuple[str, ...] = ()
    column: bool = True        # shown as a column of the kind's table

    def title(self) -> str:
        return translate("Entry", self.label)


@dataclass(frozen=True)
class KindSpec:
    key: str
    label: str
    fields: tuple[FieldSpec, ...]
    # the field whose date places the entry on the timeline (first one filled in)
    main_dates: tuple[str, ...]
    date_order: tuple[tuple[str, str], ...] = ()  # (earlier, later) pairs: later may not precede earlier

    def title(self) -> str:
        return translate("Entry", self.label)

    def field(self, key: str) -> FieldSpec:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


F = FieldSpec
KINDS: dict[str, KindSpec] = {s.key: s for s in (
    KindSpec("payment", QT_TRANSLATE_NOOP("Entry", "Payments & deposits"), (
        F("category", QT_TRANSLATE_NOOP("Entry", "Type"), "choice", True, ("fee", "deposit")),
        F("item", QT_TRANSLATE_NOOP("Entry", "Item"), required=True),
        F("date", QT_TRANSLATE_NOOP("Entry", "Date"), "date", True),
        F("period_start", QT_TRANSLATE_NOOP("Entry", "Period from"), "date"),
        F("period_end", QT_TRANSLATE_NOOP("Entry", "Period to"), "date"),
        F("amount", QT_TRANSLATE_NOOP("Entry", "Amount (yuan)"), "money", True),
        F("status", QT_TRANSLATE_NOOP("Entry", "Payment status"), "choice", True, ("unpaid", "paid", "refunded")),
        F("due_date", QT_TRANSLATE_NOOP("Entry", "Due date"), "date"),
        F("paid_date", QT_TRANSLATE_NOOP("Entry", "Paid on"), "date"),
        F("receipt_no", QT_TRANSLATE_NOOP("Entry", "Receipt no."),),
        F("note", QT_TRANSLATE_NOOP("Entry", "Note"), "multiline", column=False),
    ), ("date",), (("period_start", "period_end"),)),
    KindSpec("repair", QT_TRANSLATE_NOOP("Entry", "Repairs"), (
        F("reported", QT_TRANSLATE_NOOP("Entry", "Reported on"), "date", True),
        F("description", QT_TRANSLATE_NOOP("Entry", "Description"), "multiline", True),
        F("location", QT_TRANSLATE_NOOP("Entry", "Location")),
        F("assignee", QT_TRANSLATE_NOOP("Entry", "Assigned to")),
        F("status", QT_TRANSLATE_NOOP("Entry", "Repair status"), "choice", True, ("open", "in_progress", "done")),
        F("finished", QT_TRANSLATE_NOOP("Entry", "Finished on"), "date"),
        F("return_visit_result", QT_TRANSLATE_NOOP("Entry", "Return-visit result")),
    ), ("reported",), (("reported", "finished"),)),
    KindSpec("complaint", QT_TRANSLATE_NOOP("Entry", "Complaints"), (
        F("received", QT_TRANSLATE_NOOP("Entry", "Received on"), "date", True),
        F("content", QT_TRANSLATE_NOOP("Entry", "Complaint"), "multiline", True),
        F("handler", QT_TRANSLATE_NOOP("Entry", "Handled by")),
        F("result", QT_TRANSLATE_NOOP("Entry", "Result"), "multiline"),
        F("feedback", QT_TRANSLATE_NOOP("Entry", "Feedback to customer")),
        F("closed", QT_TRANSLATE_NOOP("Entry", "Closed on"), "date"),
    ), ("received",), (("received", "closed"),)),
    KindSpec("visit", QT_TRANSLATE_NOOP("Entry", "Visits & return visits"), (
        F("visit_type", QT_TRANSLATE_NOOP("Entry", "Visit type"), "choice", True, ("visit", "return_visit")),
        F("planned", QT_TRANSLATE_NOOP("Entry", "Planned for"), "date"),
        F("done", QT_TRANSLATE_NOOP("Entry", "Done on"), "date"),
        F("method", QT_TRANSLATE_NOOP("Entry", "Method"), "choice", True, ("phone", "on_site", "wechat", "other")),
        F("content", QT_TRANSLATE_NOOP("Entry", "Content"), "multiline"),
        F("satisfaction", QT_TRANSLATE_NOOP("Entry", "Satisfaction"), "choice", False, ("5", "4", "3", "2", "1")),
    ), ("done", "planned")),
    KindSpec("correspondence", QT_TRANSLATE_NOOP("Entry", "Correspondence"), (
        F("direction", QT_TRANSLATE_NOOP("Entry", "In / out"), "choice", True, ("in", "out")),
        F("date", QT_TRANSLATE_NOOP("Entry", "Date"), "date", True),
        F("subject", QT_TRANSLATE_NOOP("Entry", "Subject"), required=True),
        F("doc_no", QT_TRANSLATE_NOOP("Entry", "Document no.")),
        F("signed_by", QT_TRANSLATE_NOOP("Entry", "Signed by")),
        F("note", QT_TRANSLATE_NOOP("Entry", "Note"), "multiline", column=False),
    ), ("date",)),
    KindSpec("violation", QT_TRANSLATE_NOOP("Entry", "Violations & arrears"), (
        F("category", QT_TRANSLATE_NOOP("Entry", "Type"), "choice", True, ("violation", "arrears")),
        F("date", QT_TRANSLATE_NOOP("Entry", "Date"), "date", True),
        F("description", QT_TRANSLATE_NOOP("Entry", "Description"), "multiline", True),
        F("amount", QT_TRANSLATE_NOOP("Entry", "Amount (yuan)"), "money"),
        F("status", QT_TRANSLATE_NOOP("Entry", "Status"), "choice", True, ("open", "resolved")),
        F("resolved", QT_TRANSLATE_NOOP("Entry", "Resolved on"), "date"),
    ), ("date",), (("date", "resolved"),)),
    KindSpec("renovation", QT_TRANSLATE_NOOP("Entry", "Renovation"), (
        F("applied", QT_TRANSLATE_NOOP("Entry", "Applied on"), "date", True),
        F("scope", QT_TRANSLATE_NOOP("Entry", "Scope of work"), "multiline", True),
        F("contractor", QT_TRANSLATE_NOOP("Entry", "Contractor")),
        F("amount", QT_TRANSLATE_NOOP("Entry", "Deposit (yuan)"), "money"),
        F("start", QT_TRANSLATE_NOOP("Entry", "Start"), "date"),
        F("end", QT_TRANSLATE_NOOP("Entry", "End"), "date"),
        F("status", QT_TRANSLATE_NOOP("Entry", "Renovation status"), "choice", True,
          ("applied", "approved", "in_progress", "accepted", "rejected")),
        F("inspection", QT_TRANSLATE_NOOP("Entry", "Inspection"), "multiline", column=False),
    ), ("applied",), (("applied", "start"), ("start", "end"))),
    KindSpec("credit", QT_TRANSLATE_NOOP("Entry", "Credit"), (
        F("assessed", QT_TRANSLATE_NOOP("Entry", "Assessed on"), "date", True),
        F("rating", QT_TRANSLATE_NOOP("Entry", "Rating"), "choice", True, ("excellent", "good", "fair", "poor")),
        F("payment_habit", QT_TRANSLATE_NOOP("Entry", "Payment habit"), "choice", True,
          ("on_time", "sometimes_late", "often_late")),
        F("defaults", QT_TRANSLATE_NOOP("Entry", "Defaults"), "int"),
        F("note", QT_TRANSLATE_NOOP("Entry", "Note"), "multiline"),
    ), ("assessed",)),
)}
del F
assert tuple(KINDS) == ENTRY_KINDS

_CHOICE_LABELS = {
    "fee": QT_TRANSLATE_NOOP("Entry", "Fee"), "deposit": QT_TRANSLATE_NOOP("Entry", "Deposit"),
    "unpaid": QT_TRANSLATE_NOOP("Entry", "Unpaid"), "paid": QT_TRANSLATE_NOOP("Entry", "Paid"),
    "refunded": QT_TRANSLATE_NOOP("Entry", "Refunded"),
    "open": QT_TRANSLATE_NOOP("Entry", "Open"), "in_progress": QT_TRANSLATE_NOOP("Entry", "In progress"),
    "done": QT_TRANSLATE_NOOP("Entry", "Done"),
    "visit": QT_TRANSLATE_NOOP("Entry", "Visit"), "return_visit": QT_TRANSLATE_NOOP("Entry", "Return visit"),
    "phone": QT_TRANSLATE_NOOP("Entry", "Phone"), "on_site": QT_TRANSLATE_NOOP("Entry", "On site"),
    "wechat": QT_TRANSLATE_NOOP("Entry", "WeChat"), "other": QT_TRANSLATE_NOOP("Entry", "Other"),
    "5": QT_TRANSLATE_NOOP("Entry", "5 very satisfied"), "4": QT_TRANSLATE_NOOP("Entry", "4 satisfied"),
    "3": QT_TRANSLATE_NOOP("Entry", "3 neutral"), "2": QT_TRANSLATE_NOOP("Entry", "2 dissatisfied"),
    "1": QT_TRANSLATE_NOOP("Entry", "1 very dissatisfied"),
    "in": QT_TRANSLATE_NOOP("Entry", "Incoming"), "out": QT_TRANSLATE_NOOP("Entry", "Outgoing"),
    "violation": QT_TRANSLATE_NOOP("Entry", "Violation"), "arrears": QT_TRANSLATE_NOOP("Entry", "Arrears"),
    "resolved": QT_TRANSLATE_NOOP("Entry", "Resolved"),
    "applied": QT_TRANSLATE_NOOP("Entry", "Applied"), "approved": QT_TRANSLATE_NOOP("Entry", "Approved"),
    "accepted": QT_TRANSLATE_NOOP("Entry", "Accepted"), "rejected": QT_TRANSLATE_NOOP("Entry", "Rejected"),
    "excellent": QT_TRANSLATE_NOOP("Entry", "Excellent"), "good": QT_TRANSLATE_NOOP("Entry", "Good"),
    "fair": QT_TRANSLATE_NOOP("Entry", "Fair"), "poor": QT_TRANSLATE_NOOP("Entry", "Poor"),
    "on_time": QT_TRANSLATE_NOOP("Entry", "Pays on time"),
    "sometimes_late": QT_TRANSLATE_NOOP("Entry", "Sometimes late"),
    "often_late": QT_TRANSLATE_NOOP("Entry", "Often late"),
}


def choice_label(value: str) -> str:
    return translate("Entry", _CHOICE_LABELS[value]) if value in _CHOICE_LABELS else value


def kind_label(kind: str) -> str:
    return KINDS[kind].title() if kind in KINDS else kind


def format_fen(fen: int | None) -> str:
    """12345 -> '123.45'; thousands separated (1,234.50)."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def parse_money(text: str) -> int:
    """Yuan as typed ('1,234.5', '¥80', '80元') -> fen. ValueError with the rule when it is not money."""
    t = str(text).strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace("元", "").strip()
    try:
        value = Decimal(t)
    except InvalidOperation:
        raise ValueError(translate("Validation", "is not an amount in yuan such as 1280.50")) from None
    if not value.is_finite():
        raise ValueError(translate("Validation", "is not an amount in yuan such as 1280.50"))
    if value < 0:
        raise ValueError(translate("Validation", "may not be negative"))
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(translate("Validation", "has at most 2 decimal places (fen)"))
    fen = int(value * 100)
    if fen > MAX_FEN:
        raise ValueError(translate("Validation", "is too large"))
    return fen


def display_value(spec: FieldSpec, value) -> str:
    """How a stored value reads in tables and reports."""
    if value in (None, ""):
        return ""
    if spec.type == "money":
        return format_fen(int(value))
    if spec.type == "choice":
        return choice_label(str(value))
    return str(value)


# ------------------------------------------------------------------ validation
def _bad(spec: FieldSpec, rule: str) -> ValidationError:
    return ValidationError(spec.title(), rule, key=spec.key)


def validate_entry(kind: str, fields: dict) -> dict:
    """The kind's fields, normalised (money in fen, dates ISO), or ValidationError naming field and rule."""
    spec = KINDS.get(kind)
    if spec is None:
        raise ValidationError(translate("Entry", "Kind"), translate("Validation", "is not one of the allowed values"), key="kind")
    out: dict = {}
    for f in spec.fields:
        raw = fields.get(f.key)
        text = "" if raw is None else str(raw)
        if f.type != "multiline":
            text = " ".join(text.split())
        else:
            text = text.strip()
        if not text:
            if f.required:
                raise _bad(f, translate("Validation", "is required"))
            out[f.key] = None if f.type in ("money", "int") else ""
            continue
        if f.type in ("text", "multiline"):
            limit = MAX_LINE if f.type == "text" else MAX_TEXT
            if len(text) > limit:
                raise _bad(f, translate("Validation", "at most {n} characters").format(n=limit))
            out[f.key] = text
        elif f.type == "date":
            d = parse_date(text)
            if d is None:
                raise _bad(f, translate("Validation", "is not a real date in the form YYYY-MM-DD"))
            out[f.key] = d.isoformat()
        elif f.type == "money":
            try:
                out[f.key] = parse_money(text)  # yuan, as typed
            except ValueError as exc:
                raise _bad(f, str(exc)) from None
        elif f.type == "int":
            if not text.isascii() or not text.isdigit() or len(text) > 6:
                raise _bad(f, translate("Validation", "is a whole number from 0 to 999999"))
            out[f.key] = int(text)
        elif f.type == "choice":
            if text not in f.choices:
                raise _bad(f, translate("Validation", "is not one of the allowed values"))
            out[f.key] = text
    for earlier, later in spec.date_order:
        if out[earlier] and out[later] and out[later] < out[earlier]:
            fl, fe = spec.field(later), spec.field(earlier)
            raise _bad(fl, translate("Validation", "may not be before {other}").format(other=fe.title()))
    _kind_rules(kind, spec, out)
    return out


def _kind_rules(kind: str, spec: KindSpec, v: dict) -> None:
    need = translate("Validation", "is required when the status is {status}")
    if kind == "payment" and v["status"] in ("paid", "refunded") and not v["paid_date"]:
        raise _bad(spec.field("paid_date"), need.format(status=choice_label(v["status"])))
    if kind == "repair" and v["status"] == "done" and not v["finished"]:
        raise _bad(spec.field("finished"), need.format(status=choice_label("done")))
    if kind == "violation" and v["status"] == "resolved" and not v["resolved"]:
        raise _bad(spec.field("resolved"), need.format(status=choice_label("resolved")))
    if kind == "visit" and not (v["planned"] or v["done"]):
        raise _bad(spec.field("planned"), translate("Validation", "a planned date or the date it was done is required"))


def _shorten(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def derive(kind: str, v: dict) -> tuple[str, bool, str | None, int | None, str]:
    """(entry date, still open?, due date, amount in fen, one-line summary) of validated fields."""
    spec = KINDS[kind]
    entry_date = next(v[k] for k in spec.main_dates if v.get(k))
    amount = v.get("amount")
    if kind == "payment":
        is_open = v["status"] == "unpaid"
        due = v["due_date"] or v["period_end"] or v["date"]
        summary = f"{choice_label(v['category'])} · {v['item']} · ¥{format_fen(amount)} · {choice_label(v['status'])}"
    elif kind == "repair":
        is_open, due = v["status"] != "done", v["reported"]
        summary = f"{_shorten(v['description'])} · {choice_label(v['status'])}"
    elif kind == "complaint":
        is_open, due = not v["closed"], v["received"]
        summary = f"{_shorten(v['content'])} · {choice_label('open') if is_open else translate('Entry', 'Closed')}"
    elif kind == "visit":
        is_open, due = not v["done"], v["planned"] or v["done"]
        summary = f"{choice_label(v['visit_type'])} · {choice_label(v['method'])}"
        if v["content"]:
            summary += f" · {_shorten(v['content'], 40)}"
    elif kind == "correspondence":
        is_open, due = False, None
        summary = f"{choice_label(v['direction'])} · {_shorten(v['subject'])}"
    elif kind == "violation":
        is_open, due = v["status"] == "open", v["date"]
        summary = f"{choice_label(v['category'])} · {_shorten(v['description'], 40)}"
        if amount is not None:
            summary += f" · ¥{format_fen(amount)}"
        summary += f" · {choice_label(v['status'])}"
    elif kind == "renovation":
        is_open, due = False, None
        summary = f"{_shorten(v['scope'], 40)} · {choice_label(v['status'])}"
    else:  # credit
        is_open, due = False, None
        summary = f"{choice_label(v['rating'])} · {choice_label(v['payment_habit'])}"
    return entry_date, is_open, (due if is_open else None), amount, summary


# ------------------------------------------------------------------ follow-up rules
# event -> days after it that a return visit falls due (an administrator changes them)
FOLLOW_UP_EVENTS = ("repair_finished", "complaint_closed", "customer_created")
DEFAULT_RULES: dict[str, list[int]] = {"repair_finished": [3], "complaint_closed": [3, 30], "customer_created": [30, 60]}
_RULES_KEY = "followup_rules"


def event_label(event: str) -> str:
    return {
        "repair_finished": translate("Entry", "Repair finished"),
        "complaint_closed": translate("Entry", "Complaint closed"),
        "customer_created": translate("Entry", "New customer"),
    }.get(event, event)


def validate_rules(rules: dict) -> dict[str, list[int]]:
    out = {}
    for event in FOLLOW_UP_EVENTS:
        raw = rules.get(event, [])
        if isinstance(raw, str):
            raw = [x for x in raw.replace("，", ",").replace("/", ",").replace(" ", ",").split(",") if x]
        days = []
        for x in raw:
            s = str(x).strip()
            if not s.isascii() or not s.isdigit() or not 1 <= int(s) <= 3650:
                raise ValidationError(event_label(event), translate("Validation", "days are whole numbers from 1 to 3650"),
                                      key=event)
            days.append(int(s))
        out[event] = sorted(set(days))
    return out


@dataclass
class DueItem:
    """One line of the "today" panel: what is due, for whom, and where in the dossier it lives."""

    source: str              # 'entry' (later issues add loans, corrective actions, …)
    ref_id: int
    customer_id: int | None
    customer_code: str
    customer_name: str
    kind: str
    due_date: str
    title: str
    tab: str                 # dossier tab to open
    overdue_days: int = 0
    extra: dict = field(default_factory=dict)


class EntryService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.repo = EntryRepo(db)
        self.customers = CustomerRepo(db)
        self.meta = MetaRepo(db)

    # ------------------------------------------------------------ reading
    def list(self, session: Session, customer_id: int, kind: str | None = None, *, sort: str = "entry_date",
             descending: bool = True) -> list[Entry]:
        self.require(session, "customer.read")
        return self.repo.for_customer(customer_id, kind, sort=sort, descending=descending)

    def counts(self, session: Session, customer_id: int) -> dict[str, int]:
        self.require(session, "customer.read")
        return self.repo.counts(customer_id)

    def get(self, session: Session, entry_id: int) -> Entry:
        self.require(session, "customer.read")
        e = self.repo.get(entry_id)
        if e is None:
            raise NotFound(translate("Entry", "No such dossier entry."))
        return e

    def due_items(self, session: Session, today: _dt.date | None = None, limit: int = 500) -> list[DueItem]:
        """Open entries due today or earlier: unpaid items, open repairs and complaints, visits planned."""
        self.require(session, "customer.read")
        today = today or _dt.date.today()
        out = []
        for eid, cid, code, name, kind, due, summary, follows in self.repo.due(today.isoformat(), limit):
            d = _dt.date.fromisoformat(due)
            out.append(DueItem("entry", eid, cid, code, name, kind, due, summary, kind, (today - d).days,
                               {"follows_id": follows}))
        return out

    def count_due(self, session: Session, today: _dt.date | None = None) -> int:
        self.require(session, "customer.read")
        return self.repo.count_due((today or _dt.date.today()).isoformat())

    # ------------------------------------------------------------ rules
    def rules(self) -> dict[str, list[int]]:
        raw = self.meta.get(_RULES_KEY)
        return {**DEFAULT_RULES, **json.loads(raw)} if raw else dict(DEFAULT_RULES)

    def set_rules(self, session: Session, rules: dict) -> dict[str, list[int]]:
        self.require(session, "settings.manage")
        clean = validate_rules(rules)
        before = self.rules()
        with self.db.transaction():
            self.meta.set(_RULES_KEY, json.dumps(clean, sort_keys=True))
            self.audit(session, "settings.followup_rules", "settings", _RULES_KEY, before=before, after=clean)
        return clean

    # ------------------------------------------------------------ writing
    def customer_for_write(self, session: Session, customer_id: int) -> Customer:
        return customer_for_write(self.customers, session, customer_id)

    def _planned_visits(self, session: Session, source: Entry, event: str, event_date: str, ts: str) -> list[Entry]:
        """Return visits the rules ask for after ``event`` (none twice for the same source and rule)."""
        existing = {e.data.get("rule_days") for e in self.repo.followers(source.id)} if source.id else set()
        out = []
        for days in self.rules().get(event, []):
            if days in existing:
                continue
            planned = (_dt.date.fromisoformat(event_date) + _dt.timedelta(days=days)).isoformat()
            content = translate("Entry", "{days} days after: {event}").format(days=days, event=event_label(event))
            data = validate_entry("visit", {"visit_type": "return_visit", "planned": planned, "method": "phone",
                                            "content": content})
            data["rule_days"] = days
            data["rule_event"] = event
            entry_date, is_open, due, amount, summary = derive("visit", data)
            out.append(Entry(customer_id=source.customer_id, kind="visit", entry_date=entry_date, summary=summary,
                             amount_fen=amount, is_open=is_open, due_date=due, data=data, follows_id=source.id,
                             created_at=ts, created_by=session.user_id, updated_at=ts, updated_by=session.user_id))
        return out

    def follow_ups_for(self, session: Session, customer: Customer, event: str, event_date: str,
                       source: Entry | None = None) -> list[Entry]:
        """Insert the return visits due after ``event`` (inside the caller's transaction)."""
        ts = now_iso()
        anchor = source or Entry(customer_id=customer.id)
        visits = self._planned_visits(session, anchor, event, event_date, ts)
        for v in visits:
            self.repo.insert(v)
        return visits

    def _events(self, kind: str, before: dict | None, after: dict) -> list[tuple[str, str]]:
        """Follow-up events an entry's change sets off: (event, date)."""
        if kind == "repair" and after["status"] == "done" and (not before or before.get("status") != "done"):
            return [("repair_finished", after["finished"])]
        if kind == "complaint" and after["closed"] and (not before or not before.get("closed")):
            return [("complaint_closed", after["closed"])]
        return []

    def create(self, session: Session, customer_id: int, kind: str, fields: dict) -> Entry:
        self.require(session, "entry.write")
        customer = self.customer_for_write(session, customer_id)
        clean = validate_entry(kind, fields)
        entry_date, is_open, due, amount, summary = derive(kind, clean)
        ts = now_iso()
        e = Entry(customer_id=customer_id, kind=kind, entry_date=entry_date, summary=summary, amount_fen=amount,
                  is_open=is_open, due_date=due, data=clean, created_at=ts, created_by=session.user_id,
                  updated_at=ts, updated_by=session.user_id)
        with self.db.transaction():
            self.repo.insert(e)
            planned = [v for event, d in self._events(kind, None, clean)
                       for v in self.follow_ups_for(session, customer, event, d, e)]
            self.audit(session, "entry.create", "customer", customer_id, summary=f"{customer.code} {kind_label(kind)}",
                       after={"entry_id": e.id, "kind": kind, **clean},
                       planned_visits=[v.id for v in planned])
        return e

    def bulk_create(self, session: Session, items, *, source: str = "") -> int:
        """Validate all of (customer_id, kind, fields), then add all in one transaction with one audit
        event (demo data, imports). Rule-based return visits are not planned for bulk entries."""
        self.require(session, "entry.write")
        ts = now_iso()
        prepared = []
        checked: set[int] = set()
        for n, (customer_id, kind, fields) in enumerate(items, 1):
            if customer_id not in checked:
                self.customer_for_write(session, customer_id)  # none destroyed; closed ones not for clerks
                checked.add(customer_id)
            try:
                clean = validate_entry(kind, fields)
            except ValidationError as exc:
                raise ValidationError(exc.field, translate("Validation", "record {n}: {rule}").format(n=n, rule=exc.rule),
                                      key=exc.key) from None
            entry_date, is_open, due, amount, summary = derive(kind, clean)
            prepared.append(Entry(customer_id=customer_id, kind=kind, entry_date=entry_date, summary=summary,
                                  amount_fen=amount, is_open=is_open, due_date=due, data=clean, created_at=ts,
                                  created_by=session.user_id, updated_at=ts, updated_by=session.user_id))
        with self.db.transaction():
            self.repo.insert_many(prepared)
            self.audit(session, "entry.bulk_create", "customer", "", summary=source or str(len(prepared)),
                       count=len(prepared), customers=len({e.customer_id for e in prepared}))
        return len(prepared)

    def update(self, session: Session, entry_id: int, fields: dict) -> Entry:
        self.require(session, "entry.write")
        e = self.repo.get(entry_id)
        if e is None:
            raise NotFound(translate("Entry", "No such dossier entry."))
        if e.voided:
            raise KeDangError(translate("Entry", "A voided entry cannot be changed."))
        customer = self.customer_for_write(session, e.customer_id)
        # stored money is fen: give it back as the yuan it was typed in, or it would grow a hundredfold
        money = {f.key for f in KINDS[e.kind].fields if f.type == "money"}
        stored = {k: (format_fen(v).replace(",", "") if k in money and isinstance(v, int) else v)
                  for k, v in e.data.items()}
        clean = validate_entry(e.kind, {**stored, **fields})
        for key in ("rule_days", "rule_event"):  # kept by the program, not typed
            if key in e.data:
                clean[key] = e.data[key]
        before, after = diff(e.data, clean)
        if not after:
            return e
        old = dict(e.data)
        e.entry_date, e.is_open, e.due_date, e.amount_fen, e.summary = derive(e.kind, clean)
        e.data = clean
        e.updated_at = now_iso()
        e.updated_by = session.user_id
        with self.db.transaction():
            self.repo.update(e)
            planned = [v for event, d in self._events(e.kind, old, clean)
                       for v in self.follow_ups_for(session, customer, event, d, e)]
            self.audit(session, "entry.update", "customer", e.customer_id,
                       summary=f"{customer.code} {kind_label(e.kind)}", before=before, after=after, entry_id=e.id,
                       planned_visits=[v.id for v in planned])
        return e

    def void(self, session: Session, entry_id: int, reason: str) -> Entry:
        """Mark an entry void with the reason; it stays in the dossier. Open return visits planned
        for it are voided with it."""
        self.require(session, "entry.void")
        reason = " ".join((reason or "").split())
        if not reason:
            raise ValidationError(translate("Entry", "Reason"), translate("Validation", "is required"), key="reason")
        if len(reason) > MAX_LINE:
            raise ValidationError(translate("Entry", "Reason"),
                                  translate("Validation", "at most {n} characters").format(n=MAX_LINE), key="reason")
        e = self.repo.get(entry_id)
        if e is None:
            raise NotFound(translate("Entry", "No such dossier entry."))
        if e.voided:
            raise KeDangError(translate("Entry", "The entry is already void."))
        customer = self.customer_for_write(session, e.customer_id)
        ts = now_iso()
        with self.db.transaction():
            also = []
            for v in [e, *[f for f in self.repo.followers(e.id) if f.is_open and not f.voided]]:
                v.voided, v.voided_at, v.voided_by = True, ts, session.user_id
                v.void_reason = reason if v is e else translate("Entry", "Voided with entry {id}: {reason}").format(
                    id=e.id, reason=reason)
                v.updated_at, v.updated_by = ts, session.user_id
                self.repo.update(v)
                if v is not e:
                    also.append(v.id)
            self.audit(session, "entry.void", "customer", e.customer_id, summary=f"{customer.code} {kind_label(e.kind)}",
                       entry_id=e.id, reason=reason, also_voided=also)
        return e

