"""Retention periods, the approved destruction (销毁) of records past them, and deletion at a
customer's request under the Personal Information Protection Law (PIPL).

Retention periods (Administration → Retention periods; ``0`` keeps a kind for ever):

* ``customer_years`` (default 3): a customer who moved out or was archived is due, with the whole
  dossier, this many years after the date of that status (退租/归档之日起 3 年);
* ``entry_years`` (default 5): a finished dossier entry (not open) is due this many years after its date;
* ``attachment_years`` (default 5): an attachment is due this many years after it was added.

The audit log is never destroyed: when a customer is destroyed, the before/after values of the events
that are about them or name them are replaced by ``REDACTED_PAYLOAD`` (the hash chain still verifies).

The steps: a record keeper or manager requests the destruction of records (past retention; or of one
customer at their own request, ``request_deletion``); a manager other than the requester approves it
with the name of the witness (监销人), or rejects it; then it is executed in one transaction, which
leaves of each customer only a tombstone (``已销毁 XH-2026-001``, the customer code, status 已销毁) and
writes the destruction record (销毁记录, ``app.reports.retention_report``).

What execution does to a customer (``_destroy_customer``):

* the customers row becomes the tombstone: name replaced, ID number, phone, address, unit, company,
  note, tags, custom values and pinyin emptied; its search-index rows hold only the tombstone, and the
  full-text indexes are rewritten (``optimize``) so the old terms are gone, not just marked deleted;
* contacts, dossier entries (with their data and summaries: **deleted, not blanked** — the record keeps
  only their kinds and counts) and attachments with their stored bytes are deleted;
* survey forms stay in the survey's figures as anonymous forms, without comment or free-text answers;
  the customer leaves the survey's customer list;
* occupancies stay (the unit's history) with the customer's signature names cleared;
* archive files still in store are marked destroyed (the paper file is destroyed with the record);
* in every other row that belongs to the customer (a ``customer_id`` column: certificates, handovers,
  loans, keys, consents, …), folder labels of their units and files and stock-take lines of their
  certificates, the name, phone numbers, ID number and contacts' names and phones are replaced;
* SQLite's ``secure_delete`` is on during the transaction and the write-ahead log is emptied after it.

A customer with a file or certificate still held (a file on loan, a certificate in the safe or lent),
an open loan or handover, a current occupancy or a key kept for them cannot be destroyed: the message
names the item. Backups made before the destruction still hold the data until they are pruned.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Iterable

from app.archive import bad, label as archive_label, loan_status_label, need_int, need_text
from app.attachments import kind_label as attachment_kind_label
from app.customers import status_label
from app.entries import kind_label as entry_kind_label
from app.errors import KeDangError, NotFound
from app.i18n import translate
from app.models.database import now_iso
from app.models.property import OccupancyRepo
from app.models.records import CLOSED_STATUSES, DESTRUCTION_KINDS, Customer, DestructionRequest
from app.models.repositories import ContactRepo, CustomerRepo, MetaRepo
from app.models.retention import DestructionRepo, RetentionRepo
from app.session import Service, Session, store_settings, stored_settings

SETTINGS_KEY = "retention_settings"
TOMBSTONE = "已销毁 {number}"
MAX_REASON = 500
_CTX = "Retention"

# tables whose rows of the customer are deleted or handled on their own, not scrubbed cell by cell
_HANDLED = ("customers", "contacts", "entries", "attachments", "attachment_data", "survey_customers")


@dataclass
class RetentionSettings:
    customer_years: int = 3      # after moving out or archiving
    entry_years: int = 5         # after the entry's date
    attachment_years: int = 5    # after the attachment was added


def validate_settings(raw: dict) -> RetentionSettings:
    labels = settings_labels()
    return RetentionSettings(**{key: need_int(raw.get(key), labels[key], key=key, minimum=0, maximum=100)
                                for key in asdict(RetentionSettings())})


def settings_labels() -> dict[str, str]:
    return {
        "customer_years": translate("Retention", "Customers, after moving out or archiving (years)"),
        "entry_years": translate("Retention", "Dossier entries, after their date (years)"),
        "attachment_years": translate("Retention", "Attachments, after they were added (years)"),
    }


def kind_text(kind: str) -> str:
    return {"customer": translate("Retention", "Customer (whole dossier)"),
            "entry": translate("Retention", "Dossier entry"),
            "attachment": translate("Retention", "Attachment")}.get(kind, kind)


def status_text(status: str) -> str:
    return {"requested": translate("Retention", "Awaiting approval"), "approved": translate("Retention", "Approved"),
            "rejected": translate("Retention", "Rejected"), "done": translate("Retention", "Destroyed")}.get(status, status)


def sub_text(kind: str, sub: str) -> str:
    """The customer's status, the entry's kind or the attachment's kind, as the user reads it."""
    if kind == "customer":
        return status_label(sub)
    if kind == "entry":
        return entry_kind_label(sub)
    return attachment_kind_label(sub)


def item_text(item: dict) -> str:
    """One item of a request without personal data: "KH000012", "KH000012 Repairs 2019-05-02"."""
    if item["kind"] == "customer":
        return translate("Retention", "{code} (whole dossier)").format(code=item["code"])
    return f"{item['code']} {sub_text(item['kind'], item['sub'])} {item['date']}"


def years_before(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def years_after(day: str, years: int) -> str:
    d = _dt.date.fromisoformat(day[:10])
    try:
        return d.replace(year=d.year + years).isoformat()
    except ValueError:
        return d.replace(year=d.year + years, day=28).isoformat()


@dataclass
class DueRecord:
    """A record past its retention period."""

    kind: str          # customer, entry, attachment
    id: int
    customer_id: int
    code: str          # the customer code (no personal data)
    sub: str           # the customer's status, the entry's kind or the attachment's kind
    since: str         # the date the retention period counts from
    due_on: str        # the date it became due

    def item(self) -> dict:
        return {"kind": self.kind, "id": self.id, "customer_id": self.customer_id, "code": self.code,
                "sub": self.sub, "date": self.since}


@dataclass
class ExecutionResult:
    request: DestructionRequest
    removed: dict[str, int]                 # what was removed or blanked, summed over the items
    audit_redacted: int                     # audit events whose values were redacted
    summary_mentions: list[int] = field(default_factory=list)   # events whose summary still names someone
    leftovers: list[tuple[str, str, int]] = field(default_factory=list)  # (table, column, rowid) to review


def _replace(text: str, replacements: list[tuple[str, str]]) -> str:
    """Every personal value in ``text`` replaced. A value in Latin letters or digits (a phone, an ID number, a
    name such as "Li Na") only where it stands alone, so that a code such as ``in_store`` is never touched."""
    for old, new in replacements:
        if not old or old not in text:
            continue
        if old.isascii():
            text = re.sub(r"(?<![A-Za-z0-9_])" + re.escape(old) + r"(?![A-Za-z0-9_])", lambda _m: new, text)
        else:
            text = text.replace(old, new)
    return text


def _scrub(value, replacements: list[tuple[str, str]]):
    """``value`` with every occurrence of the personal values replaced (JSON text walked value by value)."""
    if isinstance(value, str):
        text = value.strip()
        if text[:1] in ("{", "[") and text[-1:] in ("}", "]"):
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
            if isinstance(parsed, (dict, list)):
                cleaned = _scrub_json(parsed, replacements)
                if cleaned != parsed:
                    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
                return value
        return _replace(value, replacements)
    return value


def _scrub_json(value, replacements):
    if isinstance(value, dict):
        return {k: _scrub_json(v, replacements) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v, replacements) for v in value]
    if isinstance(value, str):
        return _replace(value, replacements)
    return value


class RetentionService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.repo = RetentionRepo(db)
        self.requests = DestructionRepo(db)
        self.customers = CustomerRepo(db)
        self.contacts = ContactRepo(db)
        self.occupancies = OccupancyRepo(db)
        self.meta = MetaRepo(db)

    # ------------------------------------------------------------ settings
    def settings(self) -> RetentionSettings:
        return stored_settings(self.meta, SETTINGS_KEY, RetentionSettings)

    def set_settings(self, session: Session, raw: dict) -> RetentionSettings:
        return store_settings(self, session, self.meta, SETTINGS_KEY, validate_settings(raw), "settings.retention")

    # ------------------------------------------------------------ what is due
    def due_for_destruction(self, session: Session, today: _dt.date | None = None) -> list[DueRecord]:
        """Records past their retention period that no open request names yet, oldest first. Entries and
        attachments of a customer who is due as a whole are not listed again."""
        self.require(session, "retention.request")
        return self._due(today or _dt.date.today())

    def _due(self, today: _dt.date) -> list[DueRecord]:
        s = self.settings()
        pending = self.requests.pending_items()
        out: list[DueRecord] = []
        whole = {cid for (kind, cid) in pending if kind == "customer"}
        if s.customer_years:
            cutoff = years_before(today, s.customer_years).isoformat()
            for cid, code, status, since in self.repo.closed_customers_until(cutoff):
                whole.add(cid)
                if ("customer", cid) not in pending:
                    out.append(DueRecord("customer", cid, cid, code, status, since, years_after(since, s.customer_years)))
        for kind, years, rows in (("entry", s.entry_years, self.repo.entries_until),
                                  ("attachment", s.attachment_years, self.repo.attachments_until)):
            if not years:
                continue
            for rid, cid, code, sub, since in rows(years_before(today, years).isoformat()):
                if cid not in whole and (kind, rid) not in pending:
                    out.append(DueRecord(kind, rid, cid, code, sub, since, years_after(since, years)))
        return out

    # ------------------------------------------------------------ what holds a customer back
    def blockers(self, customer_id: int) -> list[str]:
        """Why the customer cannot be destroyed now, one line per item that is still held ([] when nothing)."""
        c = self.customers.get(customer_id)
        if c is None:
            return [translate("Retention", "Customer {id} no longer exists.").format(id=customer_id)]
        if c.status == "destroyed":
            return [translate("Retention", "{code} is already destroyed.").format(code=c.code)]
        out = []
        units = self.repo.current_units(customer_id)
        if units:
            out.append(translate("Retention", "{code} still occupies {units}: record the move-out first.").format(
                code=c.code, units="、".join(units)))
        for description, unit, status in self.repo.keys_kept(customer_id):
            out.append(translate("Retention", "The office still keeps the key \"{key}\" of {unit} for {code} ({status}): "
                                              "give it back first.").format(
                key=description, unit=unit, code=c.code,
                status=translate("Retention", "lent out") if status == "lent" else translate("Retention", "in the cabinet")))
        for _fid, number, status in self.repo.files(customer_id):
            if status == "on_loan":
                out.append(translate("Retention", "Archive file {number} of {code} is on loan: take it back first.").format(
                    number=number, code=c.code))
        for _cid, number, status in self.repo.certificates(customer_id):
            if status in ("in_safe", "on_loan"):
                out.append(translate("Retention", "Certificate {number} of {code} is {status}: return it to the customer "
                                                  "or cancel it first.").format(
                    number=number, code=c.code, status=archive_label(status)))
        for loan_no, status in self.repo.open_loans(customer_id):
            out.append(translate("Retention", "Loan {loan} of {code} is still open ({status}): finish it first.").format(
                loan=loan_no, code=c.code, status=loan_status_label(status)))
        for number in self.repo.open_handovers(customer_id):
            out.append(translate("Retention", "Handover {number} of {code} is not completed: complete or withdraw it "
                                              "first.").format(number=number, code=c.code))
        return out

    def _refuse_if_blocked(self, customer_id: int) -> None:
        problems = self.blockers(customer_id)
        if problems:
            raise KeDangError(translate("Retention", "Cannot be destroyed:") + "\n" + "\n".join(problems))

    # ------------------------------------------------------------ reading requests
    def list_requests(self, session: Session, status: str = "") -> list[DestructionRequest]:
        self.require(session, "retention.request")
        if status:
            return self.requests.where("status = ?", (status,), order="requested_on DESC, id DESC")
        return self.requests.where(order="requested_on DESC, id DESC")

    def get(self, session: Session, request_id: int) -> DestructionRequest:
        self.require(session, "retention.request")
        req = self.requests.get(request_id)
        if req is None:
            raise NotFound(translate("Retention", "No such destruction request."))
        return req

    def counts(self, item: dict) -> dict:
        """What destroying ``item`` removes, counted now (the destruction record of a request not yet done)."""
        if item["kind"] == "entry":
            return {"entries": 1, "entry_kinds": {item["sub"]: 1}}
        if item["kind"] == "attachment":
            return {"attachments": 1}
        cid = item["id"]
        kinds: dict[str, int] = {}
        for _rowid, kind in self.repo.rows("entries", ["kind"], "customer_id = ?", (cid,)):
            kinds[kind] = kinds.get(kind, 0) + 1
        in_store = [number for _id, number, status in self.repo.files(cid) if status == "in_store"]
        return {"contacts": self.repo.count("contacts", "customer_id = ?", (cid,)),
                "entries": sum(kinds.values()), "entry_kinds": kinds,
                "attachments": self.repo.count("attachments", "customer_id = ?", (cid,)),
                "survey_forms": self.repo.count("survey_responses", "customer_id = ?", (cid,)),
                "occupancies": self.repo.count("occupancies", "customer_id = ?", (cid,)),
                "archive_files": len(in_store), "archive_numbers": in_store,
                "certificates": len(self.repo.certificates(cid))}

    # ------------------------------------------------------------ requesting
    def _resolve(self, raw: dict | DueRecord, today: _dt.date, pipl: bool) -> dict:
        """The item (kind, id) as stored: with its customer code, kind and date, checked."""
        raw = raw.item() if isinstance(raw, DueRecord) else dict(raw)
        kind = raw.get("kind")
        if kind not in DESTRUCTION_KINDS:
            raise bad(translate("Retention", "Records"), translate("Retention", "{kind} cannot be destroyed here").format(
                kind=kind), "items")
        try:
            rid = int(raw.get("id"))
        except (TypeError, ValueError):
            raise bad(translate("Retention", "Records"), translate("Retention", "an item has no valid id"), "items") from None
        s = self.settings()
        if kind == "customer":
            c = self.customers.get(rid)
            if c is None:
                raise NotFound(translate("Customer", "No such customer."))
            self._refuse_if_blocked(rid)
            item = {"kind": kind, "id": rid, "customer_id": rid, "code": c.code, "sub": c.status,
                    "date": c.status_date or c.updated_at[:10]}
            if not pipl:
                years = s.customer_years
                if c.status not in CLOSED_STATUSES:
                    raise KeDangError(translate("Retention", "{code} is {status}: only customers who moved out or were "
                                                             "archived reach the end of their retention period.").format(
                        code=c.code, status=status_label(c.status)))
                self._check_past(item, years, today)
            return item
        ref = self.repo.entry_ref(rid) if kind == "entry" else self.repo.attachment_ref(rid)
        if ref is None:
            raise NotFound(translate("Retention", "{kind} {id} no longer exists.").format(kind=kind_text(kind), id=rid))
        item = {"kind": kind, "id": rid, "customer_id": ref[0], "code": ref[1], "sub": ref[2], "date": ref[3]}
        if kind == "entry" and ref[4]:
            raise KeDangError(translate("Retention", "{item} is still open: finish it first.").format(item=item_text(item)))
        if not pipl:
            self._check_past(item, s.entry_years if kind == "entry" else s.attachment_years, today)
        return item

    @staticmethod
    def _check_past(item: dict, years: int, today: _dt.date) -> None:
        if not years:
            raise KeDangError(translate("Retention", "{item}: records of this kind are kept without a time limit "
                                                     "(see the retention periods).").format(item=item_text(item)))
        until = years_after(item["date"], years)
        if until > today.isoformat():
            raise KeDangError(translate("Retention", "{item} is kept until {date}: it is not past its retention period "
                                                     "yet.").format(item=item_text(item), date=until))

    def request_destruction(self, session: Session, items: Iterable[dict | DueRecord], reason: str, *,
                            pipl: bool = False, today: _dt.date | None = None) -> DestructionRequest:
        """Ask for the destruction of ``items`` ({kind, id} or ``DueRecord``s), giving the reason."""
        self.require(session, "retention.request")
        today = today or _dt.date.today()
        reason = need_text(reason, translate("Retention", "Reason"), key="reason", max_len=MAX_REASON)
        items = list(items)
        if not items:
            raise bad(translate("Retention", "Records"), translate("Retention", "choose at least one record"), "items")
        with self.db.transaction():
            pending = self.requests.pending_items()
            resolved: list[dict] = []
            seen: set[tuple[str, int]] = set()
            for raw in items:
                item = self._resolve(raw, today, pipl)
                key = (item["kind"], item["id"])
                if key in seen:
                    continue
                if key in pending or ("customer", item["customer_id"]) in pending:
                    number = pending.get(key) or pending[("customer", item["customer_id"])]
                    raise KeDangError(translate("Retention", "{item} is already in destruction request {number}.").format(
                        item=item_text(item), number=number))
                seen.add(key)
                resolved.append(item)
            whole = {i["customer_id"] for i in resolved if i["kind"] == "customer"}
            resolved = [i for i in resolved if i["kind"] == "customer" or i["customer_id"] not in whole]
            for i in resolved:
                i["label"] = item_text(i) if i["kind"] == "customer" else f"{i['code']} {i['sub']} {i['date']}"
            year = today.isoformat()[:4]
            ts = now_iso()
            req = DestructionRequest(
                number=f"XH-{year}-{self.meta.next_sequence('destruction' + year):03d}", items=resolved,
                reason=reason, pipl=pipl, status="requested", requested_by=session.user_id,
                requester_name=session.display_name or session.username, requested_on=today.isoformat(),
                created_at=ts, updated_at=ts)
            self.requests.insert(req)
            self.audit(session, "retention.request", "destruction", req.id, summary=req.number,
                       items=[i["label"] for i in resolved], reason=reason, pipl=pipl)
        return req

    def request_deletion(self, session: Session, customer_id: int, reason: str = "",
                         today: _dt.date | None = None) -> DestructionRequest:
        """The customer asks for their personal information to be deleted (PIPL): a destruction request
        for their whole dossier, whether or not it is past its retention period."""
        reason = reason.strip() or translate("Retention", "Customer's request (PIPL)")
        return self.request_destruction(session, [{"kind": "customer", "id": customer_id}], reason, pipl=True,
                                        today=today)

    # ------------------------------------------------------------ deciding
    def _open(self, request_id: int, status: str) -> DestructionRequest:
        req = self.requests.get(request_id)
        if req is None:
            raise NotFound(translate("Retention", "No such destruction request."))
        if req.status != status:
            raise KeDangError(translate("Retention", "Destruction request {number} is {status}: this step is not possible "
                                                     "now.").format(number=req.number, status=status_text(req.status)))
        return req

    def approve(self, session: Session, request_id: int, witness: str, note: str = "",
                today: _dt.date | None = None) -> DestructionRequest:
        """A manager other than the requester approves, naming the witness (监销人) of the destruction."""
        self.require(session, "retention.approve")
        witness = need_text(witness, translate("Retention", "Witness"), key="witness", max_len=40)
        note = need_text(note, translate("Retention", "Note"), key="note", required=False, max_len=MAX_REASON)
        with self.db.transaction():
            req = self._open(request_id, "requested")
            if req.requested_by == session.user_id:
                raise KeDangError(translate("Retention", "You requested {number} yourself: another manager must approve "
                                                         "it.").format(number=req.number))
            for item in req.items:
                if item["kind"] == "customer":
                    self._refuse_if_blocked(item["id"])
            req.status, req.approved_by = "approved", session.user_id
            req.approver_name = session.display_name or session.username
            req.witness, req.decision_note = witness, note
            req.approved_on = (today or _dt.date.today()).isoformat()
            req.updated_at = now_iso()
            self.requests.update(req)
            self.audit(session, "retention.approve", "destruction", req.id, summary=req.number,
                       after={"status": "approved", "witness": witness, "note": note})
        return req

    def reject(self, session: Session, request_id: int, note: str, today: _dt.date | None = None) -> DestructionRequest:
        self.require(session, "retention.approve")
        note = need_text(note, translate("Retention", "Reason for the rejection"), key="note", max_len=MAX_REASON)
        with self.db.transaction():
            req = self._open(request_id, "requested")
            req.status, req.approved_by = "rejected", session.user_id
            req.approver_name = session.display_name or session.username
            req.decision_note, req.approved_on = note, (today or _dt.date.today()).isoformat()
            req.updated_at = now_iso()
            self.requests.update(req)
            self.audit(session, "retention.reject", "destruction", req.id, summary=req.number,
                       after={"status": "rejected", "note": note})
        return req

    # ------------------------------------------------------------ executing
    def execute(self, session: Session, request_id: int, today: _dt.date | None = None) -> ExecutionResult:
        """Destroy everything the approved request names, in one transaction (see the module's notes)."""
        self.require(session, "retention.execute")
        today = today or _dt.date.today()
        secure_before = self.repo.secure_delete(True)
        try:
            with self.db.transaction():
                req = self._open(request_id, "approved")
                for item in req.items:
                    if item["kind"] == "customer":
                        self._refuse_if_blocked(item["id"])
                ts = now_iso()
                removed: dict[str, int] = {}
                per_item = []
                redact: set[int] = set()
                summaries: set[int] = set()
                leftovers: list[tuple[str, str, int]] = []
                for item in req.items:
                    if item["kind"] == "customer":
                        counts, events, mentions, left = self._destroy_customer(session, item["id"], req.number, ts)
                        summaries.update(mentions)
                        leftovers += left
                    else:
                        counts, events = self._destroy_one(item)
                    redact.update(events)
                    per_item.append({"kind": item["kind"], "id": item["id"], "code": item["code"], "counts": counts})
                    for k, v in counts.items():
                        if isinstance(v, int):
                            removed[k] = removed.get(k, 0) + v
                redacted = self.repo.redact_audit_payloads(redact)
                self.repo.optimize_search_index()
                req.status, req.executed_by = "done", session.user_id
                req.executor_name = session.display_name or session.username
                req.executed_on, req.updated_at = today.isoformat(), ts
                req.result = {"removed": removed, "per_item": per_item, "audit_redacted": redacted,
                              "summary_mentions": len(summaries), "leftovers": len(leftovers)}
                self.requests.update(req)
                self.audit(session, "retention.execute", "destruction", req.id, summary=req.number,
                           codes=sorted({i["code"] for i in req.items}), removed=removed, audit_redacted=redacted,
                           witness=req.witness, approved_by=req.approver_name)
        finally:
            self.repo.secure_delete(secure_before)
        self.repo.checkpoint()
        return ExecutionResult(req, removed, redacted, sorted(summaries), leftovers)

    def _destroy_one(self, item: dict) -> tuple[dict, list[int]]:
        """One entry or attachment: deleted, and the audit events about it redacted."""
        if item["kind"] == "entry":
            ref = self.repo.entry_ref(item["id"])
            if ref is None:
                raise NotFound(translate("Retention", "{kind} {id} no longer exists.").format(
                    kind=kind_text("entry"), id=item["id"]))
            events = self.repo.audit_events_with_ref(ref[0], "entry_id", [item["id"]])
            self.repo.delete_entries([item["id"]])
            return {"entries": 1, "entry_kinds": {ref[2]: 1}}, events
        ref = self.repo.attachment_ref(item["id"])
        if ref is None:
            raise NotFound(translate("Retention", "{kind} {id} no longer exists.").format(
                kind=kind_text("attachment"), id=item["id"]))
        events = self.repo.audit_events_with_ref(ref[0], "attachment_id", [item["id"]])
        self.repo.delete_attachments([item["id"]])
        return {"attachments": 1}, events

    @staticmethod
    def personal_values(c: Customer, contacts) -> list[str]:
        """What identifies the customer in free text: name, phone (also without the dash), ID number, and
        their contacts' names and phones — longest first, so that a longer value is replaced whole."""
        values = [c.name, c.phone, c.phone.replace("-", ""), c.id_number]
        for x in contacts:
            values += [x.name, x.phone, x.phone.replace("-", "")]
        return sorted({v.strip() for v in values if v and v.strip()}, key=lambda v: (-len(v), v))

    def _destroy_customer(self, session: Session, cid: int, number: str, ts: str):
        c = self.customers.get(cid)
        if c is None:
            raise NotFound(translate("Customer", "No such customer."))
        contacts = self.contacts.for_customer(cid)
        values = self.personal_values(c, contacts)
        tomb = TOMBSTONE.format(number=number)
        names = {c.name, *(x.name for x in contacts)}
        replacements = [(v, tomb if v in names else "") for v in values]
        counts: dict = {}

        # what is linked to the customer, found before it is unlinked or deleted
        occupancy_ids = self.repo.ids("occupancies", "customer_id = ?", (cid,))
        files = self.repo.files(cid)
        certs = self.repo.certificates(cid)
        handover_ids = self.repo.ids("handovers", "customer_id = ?", (cid,))
        loan_ids = self.repo.ids("loans", "customer_id = ?", (cid,))
        key_ids = self.repo.ids("held_keys", "customer_id = ?", (cid,))
        responses = self.repo.survey_responses(cid)
        unit_ids = self.repo.occupancy_units(cid)
        events = set(self.repo.audit_events_about("customer", [cid]))
        for entity, ids in (("occupancy", occupancy_ids), ("archive_file", [f[0] for f in files]),
                            ("certificate", [x[0] for x in certs]), ("handover", handover_ids), ("loan", loan_ids),
                            ("held_key", key_ids), ("survey_response", [r[0] for r in responses])):
            if ids:
                events.update(self.repo.audit_events_about(entity, ids))
        # The audit log and the rest of the database are searched for the customer's own name, phones and ID
        # number and the contacts' phones (the contacts' names only where they are linked: a common name would
        # hit other people). A one-character name would match far too much: it is found by links only.
        own = {c.name, c.phone, c.phone.replace("-", ""), c.id_number, *(x.phone for x in contacts),
               *(x.phone.replace("-", "") for x in contacts)}
        mentioned = [v for v in values if v in own and len(v) >= 2]
        events.update(self.repo.audit_events_mentioning(mentioned))
        summaries = self.repo.audit_events_mentioning(mentioned, "summary")

        # every other row of the customer: the personal values replaced, cell by cell
        for table in self.repo.tables():
            if table in _HANDLED or not self.repo.has_column(table, "customer_id"):
                continue
            self._scrub_rows(table, "customer_id = ?", (cid,), replacements)
        if files:   # certificates registered under the customer's files
            self._scrub_rows("certificates", f"archive_file_id IN ({', '.join('?' * len(files))})",
                             [f[0] for f in files], replacements)
        if unit_ids or files:
            clauses, params = [], []
            if unit_ids:
                clauses.append(f"(kind = 'unit' AND ref_id IN ({', '.join('?' * len(unit_ids))}))")
                params += unit_ids
            if files:
                clauses.append(f"(kind = 'file' AND ref_id IN ({', '.join('?' * len(files))}))")
                params += [f[0] for f in files]
            self._scrub_rows("label_prints", " OR ".join(clauses), params, replacements)
        cert_ids = {x[0] for x in certs}
        if cert_ids:
            for rowid, lines in self.repo.rows("stocktakes", ["lines"], "1=1", ()):
                data = json.loads(lines or "[]")
                new = [_scrub_json(ln, replacements) if ln.get("certificate_id") in cert_ids else ln for ln in data]
                if new != data:
                    self.repo.set_cells("stocktakes", rowid, {"lines": json.dumps(new, ensure_ascii=False, sort_keys=True)})
        self._scrub_rows("destruction_requests", "1=1", (), replacements, ("reason", "decision_note"))

        # occupancies: the customer's signatures on the move-in and move-out checklists
        for occ in self.occupancies.for_customer(cid):
            before = (dict(occ.move_in), dict(occ.move_out))
            for checklist in (occ.move_in, occ.move_out):
                if checklist.get("customer_signed"):
                    checklist["customer_signed"] = ""
            if (occ.move_in, occ.move_out) != before:
                occ.updated_at, occ.updated_by = ts, session.user_id
                self.occupancies.update(occ)
        counts["occupancies"] = len(occupancy_ids)

        # survey forms: anonymous, without comment or free-text answers
        for rid, sid, answers in responses:
            kept = json.loads(answers or "{}")
            text_keys = {q.get("key") for q in json.loads(self.repo.survey_questions(sid)) if q.get("type") == "text"}
            kept = {k: v for k, v in kept.items() if k not in text_keys}
            self.repo.anonymise_response(rid, json.dumps(kept, ensure_ascii=False, sort_keys=True))
        counts["survey_forms"] = len(responses)
        self.repo.delete_survey_links(cid)

        # archive files still in store go with the record
        destroyed_files = []
        for fid, archive_no, status in files:
            if status == "in_store":
                self.repo.set_file_destroyed(fid, number, ts, session.user_id)
                destroyed_files.append(archive_no)
        counts["archive_files"] = len(destroyed_files)
        counts["archive_numbers"] = destroyed_files
        counts["certificates"] = len(certs)

        # the dossier itself
        counts["contacts"] = self.repo.delete_contacts(cid)
        entry_kinds: dict[str, int] = {}
        for _rowid, kind in self.repo.rows("entries", ["kind"], "customer_id = ?", (cid,)):
            entry_kinds[kind] = entry_kinds.get(kind, 0) + 1
        counts["entries"] = self.repo.delete_entries(self.repo.entry_ids(cid))
        counts["entry_kinds"] = entry_kinds
        counts["attachments"] = self.repo.delete_attachments(self.repo.attachment_ids(cid))

        # the tombstone: code and status stay, nothing that identifies the person
        c.name = tomb
        for attr in ("id_number", "phone", "unit", "address", "company", "note", "pinyin"):
            setattr(c, attr, "")
        c.tags, c.extra = [], {}
        c.status, c.status_date = "destroyed", ts[:10]
        c.updated_at, c.updated_by = ts, session.user_id
        self.customers.update(c, "")

        # anything else in the database that still holds one of the values (another customer's note, …)
        leftovers = self.repo.find_text(mentioned, skip=("audit_events",))
        return counts, sorted(events), summaries, leftovers

    def _scrub_rows(self, table: str, where: str, params, replacements, columns=None) -> int:
        cols = list(columns or self.repo.text_columns(table))
        if not cols:
            return 0
        changed = 0
        for row in self.repo.rows(table, cols, where, params):
            rowid, values = row[0], row[1:]
            new = {}
            for col, value in zip(cols, values):
                cleaned = _scrub(value, replacements)
                if cleaned != value:
                    new[col] = cleaned
            if new:
                self.repo.set_cells(table, rowid, new)
                changed += 1
        return changed
