"""PIPL consent records (个人信息处理同意): what a customer agreed to, under which privacy notice, how the
consent was given, and its withdrawal. Every change is audited against the customer, so that the
events are redacted with the rest when the customer is destroyed.

Deleting a customer's personal information at their request is not done here: it is a destruction
request (``RetentionService.request_deletion``) that a manager approves.
"""
from __future__ import annotations

import datetime as _dt

from app.archive import bad, need_date, need_text
from app.errors import KeDangError, NotFound
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.database import now_iso
from app.models.records import CONSENT_METHODS, Consent
from app.models.repositories import CustomerRepo
from app.models.retention import ConsentRepo
from app.session import Service, Session

_METHODS = {
    "written": QT_TRANSLATE_NOOP("Consent", "Written (signed form)"),
    "electronic": QT_TRANSLATE_NOOP("Consent", "Electronic (ticked online or in an app)"),
    "verbal": QT_TRANSLATE_NOOP("Consent", "Verbal (recorded by the office)"),
    "other": QT_TRANSLATE_NOOP("Consent", "Other"),
}
# Purposes an office asks consent for most often (the field is free text; these are offered).
PURPOSES = (
    QT_TRANSLATE_NOOP("Consent", "Property services and management"),
    QT_TRANSLATE_NOOP("Consent", "Fees, receipts and reminders"),
    QT_TRANSLATE_NOOP("Consent", "Return visits and satisfaction surveys"),
    QT_TRANSLATE_NOOP("Consent", "Copies of ID documents (sensitive personal information)"),
    QT_TRANSLATE_NOOP("Consent", "Providing information to a third party"),
)


def method_label(method: str) -> str:
    text = _METHODS.get(method)
    return translate("Consent", text) if text else method


def purposes() -> list[str]:
    return [translate("Consent", p) for p in PURPOSES]


def field_label(key: str) -> str:
    return {
        "purpose": translate("Consent", "Purpose"),
        "scope": translate("Consent", "Scope (which information)"),
        "notice_version": translate("Consent", "Privacy notice version"),
        "method": translate("Consent", "How it was given"),
        "separate": translate("Consent", "Separate consent"),
        "given_on": translate("Consent", "Given on"),
        "note": translate("Consent", "Note"),
        "withdrawn_on": translate("Consent", "Withdrawn on"),
        "withdrawal_note": translate("Consent", "Withdrawal note"),
    }.get(key, key)


def validate_consent(fields: dict, today: _dt.date | None = None) -> dict:
    v = {
        "purpose": need_text(fields.get("purpose"), field_label("purpose"), key="purpose", max_len=100),
        "scope": need_text(fields.get("scope"), field_label("scope"), key="scope", required=False, max_len=200),
        "notice_version": need_text(fields.get("notice_version"), field_label("notice_version"), key="notice_version",
                                    required=False, max_len=40),
    }
    method = fields.get("method") or ""
    if method not in CONSENT_METHODS:
        raise bad(field_label("method"), translate("Consent", "is not one of the allowed values"), "method")
    v["method"] = method
    v["separate"] = bool(fields.get("separate"))
    v["given_on"] = need_date(fields.get("given_on") or (today or _dt.date.today()), field_label("given_on"),
                              key="given_on", not_future=True, on=today)
    v["note"] = need_text(fields.get("note"), field_label("note"), key="note", required=False, max_len=500)
    return v


class ConsentService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.repo = ConsentRepo(db)
        self.customers = CustomerRepo(db)

    def _customer(self, customer_id: int):
        c = self.customers.get(customer_id)
        if c is None:
            raise NotFound(translate("Customer", "No such customer."))
        if c.status == "destroyed":
            raise KeDangError(translate("Customer", "A destroyed record cannot be changed."))
        return c

    def list(self, session: Session, customer_id: int) -> list[Consent]:
        """The customer's consents: those in force first, newest first."""
        self.require(session, "customer.read")
        return self.repo.for_customer(customer_id)

    def get(self, session: Session, consent_id: int) -> Consent:
        self.require(session, "customer.read")
        c = self.repo.get(consent_id)
        if c is None:
            raise NotFound(translate("Consent", "No such consent."))
        return c

    def add(self, session: Session, customer_id: int, fields: dict, today: _dt.date | None = None) -> Consent:
        """Record a consent the customer gave (a signed form, a tick in an app, a recorded call)."""
        self.require(session, "consent.write")
        v = validate_consent(fields, today)
        with self.db.transaction():
            c = self._customer(customer_id)
            ts = now_iso()
            consent = Consent(customer_id=customer_id, recorded_by=session.user_id, created_at=ts, updated_at=ts, **v)
            self.repo.insert(consent)
            self.audit(session, "consent.add", "customer", customer_id, summary=c.code,
                       after={"consent_id": consent.id, **v})
        return consent

    def withdraw(self, session: Session, consent_id: int, withdrawn_on=None, note: str = "",
                 today: _dt.date | None = None) -> Consent:
        """The customer withdrew the consent on ``withdrawn_on``; it stays on file, marked withdrawn."""
        self.require(session, "consent.write")
        day = need_date(withdrawn_on or (today or _dt.date.today()), field_label("withdrawn_on"), key="withdrawn_on",
                        not_future=True, on=today)
        note = need_text(note, field_label("withdrawal_note"), key="withdrawal_note", required=False, max_len=500)
        with self.db.transaction():
            consent = self.repo.get(consent_id)
            if consent is None:
                raise NotFound(translate("Consent", "No such consent."))
            c = self._customer(consent.customer_id)
            if not consent.active:
                raise KeDangError(translate("Consent", "This consent was withdrawn on {date} already.").format(
                    date=consent.withdrawn_on))
            if day < consent.given_on:
                raise bad(field_label("withdrawn_on"), translate("Consent", "may not be before the consent was given "
                                                                            "({date})").format(date=consent.given_on),
                          "withdrawn_on")
            consent.withdrawn_on, consent.withdrawal_note, consent.withdrawn_by = day, note, session.user_id
            consent.updated_at = now_iso()
            self.repo.update(consent)
            self.audit(session, "consent.withdraw", "customer", consent.customer_id, summary=c.code,
                       consent_id=consent.id, purpose=consent.purpose,
                       after={"withdrawn_on": day, "withdrawal_note": note})
        return consent

    def record_copy(self, session: Session, customer_id: int, fmt: str, target: str, rows: int | None = None) -> None:
        """A copy of the customer's personal information was made for them (PIPL): noted in the audit log."""
        self.require(session, "customer.read")
        c = self.customers.get(customer_id)
        if c is None:
            raise NotFound(translate("Customer", "No such customer."))
        with self.db.transaction():
            self.audit(session, "pii.copy", "customer", customer_id, summary=c.code, format=fmt, file=target, rows=rows)
