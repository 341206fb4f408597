"""The borrowing ledger (档案借阅登记): request, approval, lending, renewal, return with a completeness check.

A loan holds its item from the request until it ends: an item with an open loan cannot be requested,
lent, handed over or destroyed. Borrowers whose position is in the settings' ``direct_positions``
(chairman, general manager, deputy GM by default) borrow without approval; everyone else needs a
manager's approval before the record keeper lends.
"""
from __future__ import annotations

import datetime as _dt

from app import archive as _archive
from app.archive import HOME, ArchiveService, bad, label, loan_status_label, need_date, need_text
from app.entries import DueItem
from app.errors import KeDangError, NotFound
from app.i18n import translate
from app.models.archive import LoanRepo
from app.models.database import now_iso
from app.models.records import Loan
from app.session import Service, Session



class LoanService(Service):
    def __init__(self, db, archive: ArchiveService):
        super().__init__(db)
        self.archive = archive
        self.repo = LoanRepo(db)

    # ------------------------------------------------------------ reading
    def list(self, session: Session, *, status: str = "", overdue: bool = False, date_from: str = "",
             date_to: str = "", text: str = "", item_type: str = "", item_id: int | None = None,
             today: _dt.date | None = None) -> list[Loan]:
        """The ledger. A period keeps the loans that were current at some time inside it."""
        self.require(session, "archive.read")
        clause, params = ["1=1"], []
        if status:
            clause.append("status = ?")
            params.append(status)
        if overdue:
            clause.append("status = 'out' AND due_date < ?")
            params.append((today or _archive.today()).isoformat())
        if item_type:
            clause.append("item_type = ?")
            params.append(item_type)
        if item_id:
            clause.append("item_id = ?")
            params.append(item_id)
        if date_from:  # still open, or ended (returned, refused, withdrawn) on or after the start
            clause.append("coalesce(returned_on, CASE WHEN status IN ('rejected', 'cancelled') "
                          "THEN substr(updated_at, 1, 10) END, '9999-12-31') >= ?")
            params.append(date_from)
        if date_to:
            clause.append("requested_on <= ?")
            params.append(date_to)
        if text.strip():
            like = f"%{text.strip()}%"
            clause.append("(loan_no LIKE ? OR borrower LIKE ? OR department LIKE ? OR purpose LIKE ? OR "
                          "(item_type = 'file' AND item_id IN (SELECT id FROM archive_files WHERE archive_no LIKE ? "
                          "OR title LIKE ?)) OR (item_type = 'certificate' AND item_id IN "
                          "(SELECT id FROM certificates WHERE cert_no LIKE ? OR holder LIKE ?)))")
            params += [like] * 8
        return self.repo.where(" AND ".join(clause), params, order="requested_on DESC, id DESC")

    def get(self, session: Session, loan_id: int) -> Loan:
        self.require(session, "archive.read")
        loan = self.repo.get(loan_id)
        if loan is None:
            raise NotFound(translate("Archive", "No such loan."))
        return loan

    def overdue(self, session: Session, today: _dt.date | None = None) -> list[Loan]:
        self.require(session, "archive.read")
        return self.repo.overdue((today or _archive.today()).isoformat())

    def is_overdue(self, loan: Loan, today: _dt.date | None = None) -> bool:
        return loan.status == "out" and loan.due_date < (today or _archive.today()).isoformat()

    def status_text(self, loan: Loan, today: _dt.date | None = None) -> str:
        """The loan's status as the ledger shows it: "overdue N days" while it is out past its due date."""
        today = today or _archive.today()
        if self.is_overdue(loan, today):
            return translate("Archive", "Overdue {n} days").format(
                n=(today - _dt.date.fromisoformat(loan.due_date)).days)
        return loan_status_label(loan.status)

    @staticmethod
    def completeness_text(loan: Loan) -> str:
        """What the return check found: complete, or what is missing ('' before the return)."""
        if loan.complete is None:
            return ""
        if loan.complete:
            return translate("Archive", "Complete")
        return translate("Archive", "Missing: {items}").format(items="、".join(loan.missing) or loan.return_note)

    def item_text(self, loans: list[Loan]) -> dict[int, tuple[str, str]]:
        """loan id -> (number, name) of what it lends: archive number and title, or certificate number."""
        files = {l.item_id for l in loans if l.item_type == "file"}
        certs = {l.item_id for l in loans if l.item_type == "certificate"}
        fmap, cmap = {}, {}
        if files:
            ids = sorted(files)
            fmap = {r[0]: (r[1], r[2]) for r in self.db.query(
                f"SELECT id, archive_no, title FROM archive_files WHERE id IN ({', '.join('?' * len(ids))})", ids)}
        if certs:
            ids = sorted(certs)
            cmap = {r[0]: (r[1], r[2] or label(r[3])) for r in self.db.query(
                f"SELECT id, cert_no, name, kind FROM certificates WHERE id IN ({', '.join('?' * len(ids))})", ids)}
        return {l.id: (fmap if l.item_type == "file" else cmap).get(l.item_id, ("", "")) for l in loans}

    def expected_items(self, session: Session, loan: Loan) -> list[str]:
        """What must come back: the file's item list, or the certificate with its quantity."""
        if loan.item_type == "file":
            f = self.archive.get_file(session, loan.item_id)
            return [it["name"] for it in f.items] + list(f.extras)
        c = self.archive.get_certificate(session, loan.item_id)
        return [f"{c.name or label(c.kind)} {c.cert_no} ×{c.quantity}"]

    def due_items(self, session: Session, today: _dt.date | None = None, limit: int = 200) -> list[DueItem]:
        """Overdue loans for the main window's today panel."""
        if not session.may("archive.read"):
            return []
        today = today or _archive.today()
        loans = self.repo.overdue(today.isoformat(), limit)
        names = self.archive.customer_names(l.customer_id for l in loans)
        items = self.item_text(loans)
        out = []
        for l in loans:
            code, name = names.get(l.customer_id, ("", ""))
            number, title = items[l.id]
            out.append(DueItem("loan", l.id, l.customer_id, code, name, "loan", l.due_date,
                               translate("Archive", "{loan}: {number} lent to {borrower}").format(
                                   loan=l.loan_no, number=number, borrower=l.borrower),
                               "loans", (today - _dt.date.fromisoformat(l.due_date)).days,
                               {"title": title}))
        return out

    # ------------------------------------------------------------ the item
    def _check_available(self, session: Session, item_type: str, item_id: int, exclude: int | None = None):
        rec, number = self.archive.item(session, item_type, item_id)
        other = self.repo.active_for(item_type, item_id)
        if other is not None and other.id != exclude:
            raise KeDangError(translate("Archive", "{number} already has an open loan ({loan}, {status}): it cannot be lent again.")
                              .format(number=number, loan=other.loan_no, status=loan_status_label(other.status)))
        if rec.status != HOME[item_type]:
            raise KeDangError(translate("Archive", "{number} is {status}: it cannot be lent.").format(
                number=number, status=label(rec.status)))
        return rec, number

    # ------------------------------------------------------------ the steps
    def request(self, session: Session, fields: dict, today: _dt.date | None = None) -> Loan:
        """Record a signed loan request (档案资料出借单)."""
        self.require(session, "loan.request")
        today = today or _archive.today()
        item_type = fields.get("item_type") or ""
        if not fields.get("item_id"):
            raise bad(translate("Archive", "Item"), translate("Archive", "is required"), "item_id")
        borrower = need_text(fields.get("borrower"), translate("Archive", "Borrower"), key="borrower", max_len=40)
        position = need_text(fields.get("position"), translate("Archive", "Position"), key="position", required=False, max_len=20)
        department = need_text(fields.get("department"), translate("Archive", "Department"), key="department", required=False,
                               max_len=40)
        purpose = need_text(fields.get("purpose"), translate("Archive", "Purpose"), key="purpose", max_len=200)
        due = need_date(fields.get("due_date"), translate("Archive", "Due date"), key="due_date", not_past=True, on=today)
        with self.db.transaction():
            rec, number = self._check_available(session, item_type, int(fields["item_id"]))
            direct = position and position in self.archive.settings().direct_positions
            ts = now_iso()
            year = today.isoformat()[:4]
            loan = Loan(loan_no=f"JY-{year}-{self.archive.meta.next_sequence('loan' + year):04d}",
                        item_type=item_type, item_id=rec.id, customer_id=rec.customer_id, borrower=borrower,
                        position=position, department=department, purpose=purpose, requested_on=today.isoformat(),
                        due_date=due, status="approved" if direct else "requested", created_at=ts,
                        created_by=session.user_id, updated_at=ts, updated_by=session.user_id)
            if direct:
                loan.approver_name = borrower
                loan.approved_at = ts
                loan.decision_note = translate("Archive", "Borrows without approval ({position})").format(position=position)
            self.repo.insert(loan)
            self.audit(session, "loan.request", "loan", loan.id, summary=f"{loan.loan_no} {number}",
                       after={"item_type": item_type, "item": number, "borrower": borrower, "position": position,
                              "department": department, "purpose": purpose, "due_date": due,
                              "status": loan.status})
            return loan

    def _step(self, session: Session, loan_id: int, allowed: tuple[str, ...]) -> Loan:
        loan = self.get(session, loan_id)
        if loan.status not in allowed:
            raise KeDangError(translate("Archive", "Loan {loan} is {status}: this step is not possible now.").format(
                loan=loan.loan_no, status=loan_status_label(loan.status)))
        return loan

    def _save(self, session: Session, loan: Loan, action: str, before: dict, after: dict) -> Loan:
        loan.updated_at, loan.updated_by = now_iso(), session.user_id
        self.repo.update(loan)
        self.audit(session, action, "loan", loan.id, summary=loan.loan_no, before=before, after=after)
        return loan

    def approve(self, session: Session, loan_id: int, note: str = "") -> Loan:
        self.require(session, "loan.approve")
        note = need_text(note, translate("Archive", "Note"), key="note", required=False, max_len=500)
        with self.db.transaction():
            loan = self._step(session, loan_id, ("requested",))
            loan.status, loan.approver_name, loan.approved_by = "approved", session.display_name, session.user_id
            loan.approved_at, loan.decision_note = now_iso(), note
            return self._save(session, loan, "loan.approve", {"status": "requested"},
                              {"status": "approved", "note": note})

    def reject(self, session: Session, loan_id: int, reason: str) -> Loan:
        self.require(session, "loan.approve")
        reason = need_text(reason, translate("Archive", "Reason"), key="reason", max_len=500)
        with self.db.transaction():
            loan = self._step(session, loan_id, ("requested",))
            loan.status, loan.approver_name, loan.approved_by = "rejected", session.display_name, session.user_id
            loan.approved_at, loan.decision_note = now_iso(), reason
            return self._save(session, loan, "loan.reject", {"status": "requested"},
                              {"status": "rejected", "reason": reason})

    def withdraw(self, session: Session, loan_id: int, reason: str) -> Loan:
        self.require(session, "loan.request")
        reason = need_text(reason, translate("Archive", "Reason"), key="reason", max_len=500)
        with self.db.transaction():
            loan = self._step(session, loan_id, ("requested", "approved"))
            before = loan.status
            loan.status, loan.return_note = "cancelled", reason
            return self._save(session, loan, "loan.withdraw", {"status": before},
                              {"status": "cancelled", "reason": reason})

    def lend(self, session: Session, loan_id: int, lent_on=None, today: _dt.date | None = None) -> Loan:
        """Hand the approved item to the borrower: it is out until it comes back."""
        self.require(session, "loan.lend")
        today = today or _archive.today()
        with self.db.transaction():
            loan = self._step(session, loan_id, ("approved",))
            d = need_date(lent_on or today, translate("Archive", "Lent on"), key="lent_on", not_future=True, on=today)
            if d < loan.requested_on:
                raise bad(translate("Archive", "Lent on"), translate("Archive", "may not be before {other}").format(other=translate("Archive", "Requested on")), "lent_on")
            if loan.due_date < d:
                raise bad(translate("Archive", "Due date"), translate("Archive", "{due} is before the lending date {date}: renew or withdraw the "
                                             "request").format(due=loan.due_date, date=d), "due_date")
            rec, _number = self._check_available(session, loan.item_type, loan.item_id, exclude=loan.id)
            self.archive.set_item_status(session, loan.item_type, rec, "on_loan")
            loan.status, loan.lent_on, loan.lent_by = "out", d, session.user_id
            return self._save(session, loan, "loan.lend", {"status": "approved"}, {"status": "out", "lent_on": d})

    def renew(self, session: Session, loan_id: int, new_due, note: str = "", today: _dt.date | None = None) -> Loan:
        self.require(session, "loan.lend")
        today = today or _archive.today()
        note = need_text(note, translate("Archive", "Note"), key="note", required=False, max_len=500)
        with self.db.transaction():
            loan = self._step(session, loan_id, ("out",))
            due = need_date(new_due, translate("Archive", "New due date"), key="due_date", not_past=True, on=today)
            if due <= loan.due_date:
                raise bad(translate("Archive", "New due date"), translate("Archive", "must be after the current due date {date}").format(
                    date=loan.due_date), "due_date")
            before = loan.due_date
            loan.renewals = [*loan.renewals, {"from": before, "to": due, "on": today.isoformat(),
                                              "by": session.display_name, "note": note}]
            loan.due_date = due
            return self._save(session, loan, "loan.renew", {"due_date": before}, {"due_date": due, "note": note})

    def take_back(self, session: Session, loan_id: int, returned_on, *, complete: bool, missing: list[str] = (),
                  note: str = "", today: _dt.date | None = None) -> Loan:
        """The item comes back; the record keeper checks it against its item list."""
        self.require(session, "loan.lend")
        today = today or _archive.today()
        note = need_text(note, translate("Archive", "Completeness note"), key="note", required=False, max_len=1000)
        with self.db.transaction():
            loan = self._step(session, loan_id, ("out",))
            d = need_date(returned_on, translate("Archive", "Returned on"), key="returned_on", not_future=True, on=today)
            if d < loan.lent_on:
                raise bad(translate("Archive", "Returned on"), translate("Archive", "may not be before the lending date {date}").format(date=loan.lent_on),
                          "returned_on")
            expected = self.expected_items(session, loan)
            missing = [m for m in dict.fromkeys(str(x).strip() for x in missing) if m]
            if complete:
                missing = []
            else:
                if loan.item_type == "file":
                    unknown = [m for m in missing if m not in expected]
                    if unknown:
                        raise bad(translate("Archive", "Missing items"), translate("Archive", "{items} is not on the file's item list").format(
                            items="、".join(unknown)), "missing")
                if not missing and not note:
                    raise bad(translate("Archive", "Missing items"), translate("Archive", "tick what is missing or describe it in the note"), "missing")
                if not note:
                    raise bad(translate("Archive", "Completeness note"), translate("Archive", "is required when something is missing"), "note")
            status_note = "" if complete else translate("Archive", "{loan} came back without: {items}").format(
                loan=loan.loan_no, items="、".join(missing) or note)
            rec, _number = self.archive.item(session, loan.item_type, loan.item_id)
            self.archive.set_item_status(session, loan.item_type, rec, HOME[loan.item_type], status_note)
            loan.status, loan.returned_on, loan.received_by = "returned", d, session.user_id
            loan.complete, loan.missing, loan.return_note = complete, missing, note
            return self._save(session, loan, "loan.return", {"status": "out"},
                              {"status": "returned", "returned_on": d, "complete": complete, "missing": missing,
                               "note": note})
