"""Reading and verifying the audit log."""
from __future__ import annotations

from app.i18n import translate
from app.models.records import AuditEvent
from app.session import Service, Session


ACTION_LABELS = {
    "database.create": ("Audit", "database created"),
    "login": ("Audit", "signed in"),
    "login.failed": ("Audit", "sign-in failed"),
    "login.locked": ("Audit", "account locked after failed sign-ins"),
    "logout": ("Audit", "signed out"),
    "permission.denied": ("Audit", "action refused"),
    "user.create": ("Audit", "user created"),
    "user.update": ("Audit", "user changed"),
    "user.password_reset": ("Audit", "password reset"),
    "user.password_change": ("Audit", "password changed"),
    "customer.create": ("Audit", "customer added"),
    "customer.update": ("Audit", "customer changed"),
    "customer.bulk_create": ("Audit", "customers added in bulk"),
    "contact.create": ("Audit", "contact added"),
    "contact.update": ("Audit", "contact changed"),
    "contact.delete": ("Audit", "contact removed"),
    "audit.verify": ("Audit", "audit chain verified"),
    "database.check": ("Audit", "database checked"),
}


def action_label(action: str) -> str:
    ctx_text = ACTION_LABELS.get(action)
    return translate(*ctx_text) if ctx_text else action


def chain_problem_text(event_id: int | None, kind: str) -> str:
    texts = {
        "missing": translate("Audit", "event {id} is missing (deleted)"),
        "broken_link": translate("Audit", "event {id} does not follow the one before it (an event was deleted or inserted)"),
        "payload_changed": translate("Audit", "the before/after values of event {id} were changed"),
        "row_changed": translate("Audit", "event {id} was changed"),
        "tail_missing": translate("Audit", "the newest events from {id} on were deleted"),
        "head_missing": translate("Audit", "the record of the newest event is missing"),
    }
    return texts.get(kind, kind).format(id=event_id)


class AuditService(Service):
    def events(self, session: Session, **filters) -> list[AuditEvent]:
        self.require(session, "audit.read")
        return self.audit_repo.search(**filters)

    def actions(self, session: Session) -> list[str]:
        self.require(session, "audit.read")
        return self.audit_repo.actions()

    def verify(self, session: Session | None = None) -> tuple[bool, str]:
        """(ok, message). With a session, the verification itself is recorded."""
        ok, event_id, kind = self.audit_repo.verify()
        count = self.audit_repo.count()
        if ok:
            message = translate("Audit", "The audit chain of {n} events is intact.").format(n=count)
        else:
            message = translate("Audit", "The audit chain is broken: {problem}.").format(
                problem=chain_problem_text(event_id, kind))
        if session is not None:
            self.require(session, "audit.read")
            with self.db.transaction():
                self.audit(session, "audit.verify", summary="ok" if ok else f"{kind}@{event_id}")
        return ok, message
