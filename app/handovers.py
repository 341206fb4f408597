"""Three-party handovers (移交): 移交人 → 审核人 → 接收人, each confirmed in the program.

Three purposes:

- ``intake``: a new file (or certificates for a file already registered) goes into the archive; when
  the receiver confirms, the file is registered with its archive number and the certificates go into
  the safe under the same number;
- ``transfer``: registered files leave the archive (status 已移交);
- ``return``: original certificates go back to the customer (status 已退还客户).

The item list is frozen when the handover is created; the 移交清单 is printed from it.
Deadlines (working days, configurable): the reviewer within ``review_days`` of the handing-over,
the archive within ``receive_days`` of the review. A late confirmation needs a reason.
"""
from __future__ import annotations

import datetime as _dt

from app import archive as _archive
from app.archive import (HOME, ITEM_ENTITY, ArchiveService, add_working_days, bad, handover_status_label, label,
                         need_date, need_text, validate_certificate, validate_file, validate_items,
                         working_days_between)
from app.entries import DueItem
from app.errors import KeDangError, NotFound
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.archive import HandoverRepo
from app.models.database import now_iso
from app.models.records import ARCHIVE_CATEGORIES, Handover
from app.session import Service, Session



def deadlines(h: Handover, review_days: int, receive_days: int) -> tuple[str, str | None]:
    """(review due by, receipt due by) — the second is known once the review is confirmed."""
    review_by = add_working_days(h.handed_on, review_days).isoformat()
    receive_by = add_working_days(h.reviewed_on, receive_days).isoformat() if h.reviewed_on else None
    return review_by, receive_by


class HandoverService(Service):
    def __init__(self, db, archive: ArchiveService):
        super().__init__(db)
        self.archive = archive
        self.repo = HandoverRepo(db)

    # ------------------------------------------------------------ reading
    def list(self, session: Session, *, status: str = "", purpose: str = "", text: str = "") -> list[Handover]:
        self.require(session, "archive.read")
        clause, params = ["1=1"], []
        if status:
            clause.append("status = ?")
            params.append(status)
        if purpose:
            clause.append("purpose = ?")
            params.append(purpose)
        if text.strip():
            like = f"%{text.strip()}%"
            clause.append("(handover_no LIKE ? OR from_name LIKE ? OR reviewer_name LIKE ? OR receiver_name LIKE ? "
                          "OR items LIKE ? OR customer_id IN (SELECT id FROM customers WHERE name LIKE ?))")
            params += [like] * 6
        return self.repo.where(" AND ".join(clause), params, order="handed_on DESC, id DESC")

    def get(self, session: Session, handover_id: int) -> Handover:
        self.require(session, "archive.read")
        h = self.repo.get(handover_id)
        if h is None:
            raise NotFound(translate("Archive", "No such handover."))
        return h

    def deadlines(self, h: Handover, settings=None) -> tuple[str, str | None]:
        """(review due by, receipt due by); pass ``settings`` when asking for many handovers at once."""
        s = settings or self.archive.settings()
        return deadlines(h, s.review_days, s.receive_days)

    def late(self, h: Handover, today: _dt.date | None = None, settings=None) -> bool:
        """True when the next confirmation is (or was) later than its deadline."""
        review_by, receive_by = self.deadlines(h, settings)
        if h.status != "open":
            return bool(h.review_late_reason or h.receive_late_reason)
        now = (today or _archive.today()).isoformat()
        if not h.reviewed_on:
            return now > review_by
        return now > (receive_by or now)

    def due_items(self, session: Session, today: _dt.date | None = None, limit: int = 200) -> list[DueItem]:
        """Open handovers whose next confirmation is due today or late, for the today panel."""
        if not session.may("archive.read"):
            return []
        today = today or _archive.today()
        out = []
        opened = self.repo.where("status = 'open'", order="handed_on, id", limit=limit)
        names = self.archive.customer_names(h.customer_id for h in opened)
        settings = self.archive.settings()
        for h in opened:
            review_by, receive_by = self.deadlines(h, settings)
            due = receive_by if h.reviewed_on else review_by
            if due > today.isoformat():
                continue
            who = h.receiver_name if h.reviewed_on else h.reviewer_name
            code, name = names.get(h.customer_id, ("", ""))
            out.append(DueItem("handover", h.id, h.customer_id, code, name, "handover", due,
                               translate("Archive", "{number}: awaiting confirmation by {name}").format(
                                   number=h.handover_no, name=who),
                               "handovers", (today - _dt.date.fromisoformat(due)).days))
        return out

    # ------------------------------------------------------------ creating
    def _parties(self, fields: dict) -> dict:
        v = {
            "from_name": need_text(fields.get("from_name"), translate("Archive", "Handed over by"), key="from_name", max_len=40),
            "reviewer_name": need_text(fields.get("reviewer_name"), translate("Archive", "Reviewer"), key="reviewer_name", max_len=40),
            "receiver_name": need_text(fields.get("receiver_name"), translate("Archive", "Received by"), key="receiver_name",
                                       max_len=40),
            "handed_on": need_date(fields.get("handed_on") or _archive.today(), translate("Archive", "Handed over on"),
                                   key="handed_on", not_future=True),
            "note": need_text(fields.get("note"), translate("Archive", "Note"), key="note", required=False, max_len=2000),
        }
        return v

    def _number(self, handed_on: str) -> str:
        year = handed_on[:4]
        return f"YJ-{year}-{self.archive.meta.next_sequence('handover' + year):04d}"

    def _insert(self, session: Session, purpose: str, customer_id: int | None, parties: dict, items: list,
                payload: dict) -> Handover:
        ts = now_iso()
        h = Handover(handover_no=self._number(parties["handed_on"]), purpose=purpose, customer_id=customer_id,
                     items=items, payload=payload, created_at=ts, created_by=session.user_id, updated_at=ts,
                     updated_by=session.user_id, **parties)
        self.repo.insert(h)
        self.audit(session, "handover.create", "handover", h.id, summary=f"{h.handover_no} {purpose}",
                   after={"purpose": purpose, "customer_id": customer_id, **parties, "items": items})
        return h

    def create_intake(self, session: Session, fields: dict) -> Handover:
        """A file (new, or ``file_id`` of one registered) and/or certificates handed to the archive."""
        self.require(session, "archive.write")
        parties = self._parties(fields)
        certs = []
        seen: set[str] = set()
        for i, raw in enumerate(fields.get("certificates") or [], start=1):
            c = validate_certificate({**raw, "received_on": parties["handed_on"]})
            if c["cert_no"].upper() in seen:
                raise bad(translate("Archive", "Certificate number"), translate("Archive", "{number} is listed twice").format(number=c["cert_no"]),
                          "cert_no")
            seen.add(c["cert_no"].upper())
            certs.append({k: c[k] for k in ("kind", "cert_no", "name", "holder", "quantity", "note")})
        items: list[dict] = []
        with self.db.transaction():
            for c in certs:
                self.archive.check_new_certificate(c)
            if fields.get("file_id"):
                f = self.archive.get_file(session, int(fields["file_id"]))
                if f.status in ("destroyed", "transferred"):
                    raise KeDangError(translate("Archive", "{number} is {status}: nothing can be filed under it.").format(
                        number=f.archive_no, status=label(f.status)))
                if not certs:
                    raise bad(translate("Archive", "Certificates"), translate("Archive", "list at least one certificate to file under {number}").format(
                        number=f.archive_no), "certificates")
                customer_id = f.customer_id
                payload = {"file_id": f.id, "certificates": certs}
            else:
                file_fields = dict(fields.get("file") or {})
                customer_id = int(fields.get("customer_id") or file_fields.get("customer_id") or 0) or None
                if not customer_id:
                    raise bad(translate("Archive", "Customer"), translate("Archive", "is required"), "customer_id")
                self.archive._customer(customer_id)
                title = need_text(file_fields.get("title"), translate("Archive", "Title"), key="title")
                category = file_fields.get("category") or ""
                if category not in ARCHIVE_CATEGORIES:
                    raise bad(translate("Archive", "Category"), translate("Archive", "is not one of the allowed values"), "category")
                file_items = validate_items(file_fields.get("items"), translate("Archive", "Item list"))
                if not file_items:
                    raise bad(translate("Archive", "Item list"), translate("Archive", "needs at least one item with its page count"), "items")
                extras = [need_text(x, translate("Archive", "Attachments"), key="extras") for x in (file_fields.get("extras") or [])
                          if str(x).strip()]
                payload = {"file": {"title": title, "category": category, "items": file_items, "extras": extras,
                                    "customer_id": customer_id}, "certificates": certs}
                items += [{"type": "page", "name": it["name"], "number": "", "quantity": "", "pages": it["pages"]}
                          for it in file_items]
                items += [{"type": "extra", "name": x, "number": "", "quantity": "", "pages": ""} for x in extras]
            items += [{"type": "certificate", "name": c["name"] or label(c["kind"]), "number": c["cert_no"],
                       "quantity": c["quantity"], "pages": "", "holder": c["holder"]} for c in certs]
            return self._insert(session, "intake", customer_id, parties, items, payload)

    def create_transfer(self, session: Session, fields: dict) -> Handover:
        """Registered files leaving the archive (e.g. to the head office or the court)."""
        self.require(session, "archive.write")
        parties = self._parties(fields)
        ids = [int(i) for i in fields.get("file_ids") or []]
        if not ids:
            raise bad(translate("Archive", "Archive files"), translate("Archive", "choose at least one file"), "file_ids")
        with self.db.transaction():
            items, customers = [], set()
            for fid in ids:
                f = self.archive.get_file(session, fid)
                self._available("file", f, f.archive_no)
                customers.add(f.customer_id)
                items.append({"type": "file", "ref_id": f.id, "name": f.title, "number": f.archive_no,
                              "quantity": 1, "pages": f.pages})
            customer_id = customers.pop() if len(customers) == 1 else None
            return self._insert(session, "transfer", customer_id, parties, items, {"file_ids": ids})

    def create_return(self, session: Session, fields: dict) -> Handover:
        """Original certificates going back to the customer (its own recorded handover)."""
        self.require(session, "archive.write")
        parties = self._parties(fields)
        ids = [int(i) for i in fields.get("certificate_ids") or []]
        if not ids:
            raise bad(translate("Archive", "Certificates"), translate("Archive", "choose at least one certificate"), "certificate_ids")
        with self.db.transaction():
            items, customers = [], set()
            numbers = self.archive.archive_numbers(
                [self.archive.get_certificate(session, cid).archive_file_id for cid in ids])
            for cid in ids:
                c = self.archive.get_certificate(session, cid)
                self._available("certificate", c, c.cert_no)
                customers.add(c.customer_id)
                items.append({"type": "certificate", "ref_id": c.id, "name": c.name or label(c.kind),
                              "number": c.cert_no, "quantity": c.quantity, "pages": "", "holder": c.holder,
                              "archive_no": numbers.get(c.archive_file_id, "")})
            customer_id = customers.pop() if len(customers) == 1 else None
            return self._insert(session, "return", customer_id, parties, items, {"certificate_ids": ids})

    def _available(self, item_type: str, rec, number: str, handover_id: int | None = None) -> None:
        """Refuse an item that is not in its place, is lent, or is on another open handover."""
        if rec.status != HOME[item_type]:
            raise KeDangError(translate("Archive", "{number} is {status}: it cannot be handed over.").format(
                number=number, status=label(rec.status)))
        self.archive._refuse_if_lent(item_type, rec.id, number)
        for other in self.repo.where("status = 'open' AND purpose IN ('transfer','return') AND id != ?",
                                     (handover_id or 0,)):
            if any(i.get("ref_id") == rec.id and i.get("type") == item_type for i in other.items):
                raise KeDangError(translate("Archive", "{number} is already on the open handover {handover}.").format(
                    number=number, handover=other.handover_no))

    # ------------------------------------------------------------ confirming
    def _open(self, session: Session, handover_id: int) -> Handover:
        h = self.get(session, handover_id)
        if h.status != "open":
            raise KeDangError(translate("Archive", "Handover {number} is {status}: nothing is left to confirm.").format(
                number=h.handover_no, status=handover_status_label(h.status)))
        return h

    @staticmethod
    def _late_reason(text: str, since: str, on: str, days: int, rule: str) -> str:
        """The reason given for a confirmation later than ``days`` working days after ``since``: required
        then, dropped when the confirmation is in time."""
        reason = need_text(text, translate("Archive", "Reason for the delay"), key="late_reason", required=False,
                           max_len=500)
        late = working_days_between(since, on) - days
        if late <= 0:
            return ""
        if not reason:
            raise bad(translate("Archive", "Reason for the delay"), translate("Archive", rule).format(
                n=late, date=add_working_days(since, days).isoformat()), "late_reason")
        return reason

    def confirm_review(self, session: Session, handover_id: int, date, late_reason: str = "") -> Handover:
        """The reviewer (审核人) has checked the list and the signatures and received the items."""
        self.require(session, "archive.write")
        with self.db.transaction():
            h = self._open(session, handover_id)
            if h.reviewed_on:
                raise KeDangError(translate("Archive", "The reviewer of {number} has already confirmed.").format(number=h.handover_no))
            d = need_date(date, translate("Archive", "Reviewed on"), key="reviewed_on", not_future=True)
            if d < h.handed_on:
                raise bad(translate("Archive", "Reviewed on"), translate("Archive", "may not be before {other}").format(other=translate("Archive", "Handed over on")),
                          "reviewed_on")
            reason = self._late_reason(late_reason, h.handed_on, d, self.archive.settings().review_days,
                                       QT_TRANSLATE_NOOP("Archive", "is required: the reviewer confirmed {n} working "
                                                                    "day(s) after the deadline {date}"))
            h.reviewed_on, h.review_late_reason = d, reason
            h.updated_at, h.updated_by = now_iso(), session.user_id
            self.repo.update(h)
            self.audit(session, "handover.review", "handover", h.id, summary=h.handover_no,
                       after={"reviewed_on": d, "late_reason": h.review_late_reason})
            return h

    def confirm_receipt(self, session: Session, handover_id: int, date, late_reason: str = "",
                        registration: dict | None = None, *, allow_gap: bool = False) -> Handover:
        """The receiver has the items: the handover is done and the registers change.

        ``registration`` (intake only): ``archive_no``, ``cabinet``, ``shelf``, ``box`` for a new file;
        ``safe_no`` and ``position`` for the certificates.
        """
        self.require(session, "archive.write")
        reg = dict(registration or {})
        with self.db.transaction():
            h = self._open(session, handover_id)
            if not h.reviewed_on:
                raise KeDangError(translate("Archive", "The reviewer of {number} has not confirmed yet.").format(number=h.handover_no))
            d = need_date(date, translate("Archive", "Received on"), key="received_on", not_future=True)
            if d < h.reviewed_on:
                raise bad(translate("Archive", "Received on"), translate("Archive", "may not be before {other}").format(other=translate("Archive", "Reviewed on")),
                          "received_on")
            reason = self._late_reason(late_reason, h.reviewed_on, d, self.archive.settings().receive_days,
                                       QT_TRANSLATE_NOOP("Archive", "is required: the archive received the items {n} "
                                                                    "working day(s) after the deadline {date}"))
            changed = getattr(self, "_receive_" + h.purpose)(session, h, d, reg, allow_gap)
            h.received_on, h.receive_late_reason, h.status = d, reason, "done"
            h.updated_at, h.updated_by = now_iso(), session.user_id
            self.repo.update(h)
            self.audit(session, "handover.receive", "handover", h.id, summary=h.handover_no,
                       after={"received_on": d, "late_reason": h.receive_late_reason, "registered": changed})
            return h

    def _receive_intake(self, session: Session, h: Handover, d: str, reg: dict, allow_gap: bool) -> dict:
        location = {k: need_text(reg.get(k), lab, key=k, required=False, max_len=20)
                    for k, lab in (("cabinet", translate("Archive", "Cabinet")), ("shelf", translate("Archive", "Shelf")), ("box", translate("Archive", "Box")))}
        if "file_id" in h.payload:
            f = self.archive.get_file(session, h.payload["file_id"])
        else:
            spec = h.payload["file"]
            v = validate_file({**spec, **location, "archive_no": reg.get("archive_no", ""), "registered_on": d},
                              self.archive.settings())
            self.archive.check_new_file(v, allow_gap=allow_gap)
            f = self.archive.insert_file(session, v, handover_id=h.id)
        certs = []
        for c in h.payload.get("certificates", []):
            v = validate_certificate({**c, "received_on": d, "safe_no": reg.get("safe_no", ""),
                                      "position": reg.get("position", "")})
            self.archive.check_new_certificate(v)
            certs.append(self.archive.insert_certificate(session, v, f, handover_id=h.id).id)
        if h.customer_id != f.customer_id:
            h.customer_id = f.customer_id
        return {"archive_file_id": f.id, "archive_no": f.archive_no, "certificate_ids": certs}

    def _receive_transfer(self, session: Session, h: Handover, d: str, reg: dict, allow_gap: bool) -> dict:
        return self._release(session, h, "file", "transferred", "archive_file.transfer")

    def _receive_return(self, session: Session, h: Handover, d: str, reg: dict, allow_gap: bool) -> dict:
        return self._release(session, h, "certificate", "returned", "certificate.return")

    def _release(self, session: Session, h: Handover, item_type: str, status: str, action: str) -> dict:
        """The items of a transfer or a return leave the archive: checked again, given ``status``, audited."""
        key = "file_ids" if item_type == "file" else "certificate_ids"
        for rid in h.payload[key]:
            rec, number = self.archive.item(session, item_type, rid)
            self._available(item_type, rec, number, handover_id=h.id)
            before = rec.status
            self.archive.set_item_status(session, item_type, rec, status, h.handover_no)
            self.audit(session, action, ITEM_ENTITY[item_type], rec.id, summary=number,
                       before={"status": before}, after={"status": status, "handover": h.handover_no})
        return {key: h.payload[key]}

    def cancel(self, session: Session, handover_id: int, reason: str) -> Handover:
        self.require(session, "archive.write")
        reason = need_text(reason, translate("Archive", "Reason"), key="reason", max_len=500)
        with self.db.transaction():
            h = self._open(session, handover_id)
            h.status = "cancelled"
            h.note = (h.note + "\n" if h.note else "") + translate("Archive", "Cancelled: {reason}").format(reason=reason)
            h.updated_at, h.updated_by = now_iso(), session.user_id
            self.repo.update(h)
            self.audit(session, "handover.cancel", "handover", h.id, summary=h.handover_no,
                       after={"status": "cancelled", "reason": reason})
            return h

