"""Reading and verifying the audit log."""
from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.records import AuditEvent
from app.session import Service, Session


ACTION_LABELS = {
    "database.create": QT_TRANSLATE_NOOP("Audit", "database created"),
    "login": QT_TRANSLATE_NOOP("Audit", "signed in"),
    "login.failed": QT_TRANSLATE_NOOP("Audit", "sign-in failed"),
    "login.locked": QT_TRANSLATE_NOOP("Audit", "account locked after failed sign-ins"),
    "logout": QT_TRANSLATE_NOOP("Audit", "signed out"),
    "permission.denied": QT_TRANSLATE_NOOP("Audit", "action refused"),
    "user.create": QT_TRANSLATE_NOOP("Audit", "user created"),
    "user.update": QT_TRANSLATE_NOOP("Audit", "user changed"),
    "user.password_reset": QT_TRANSLATE_NOOP("Audit", "password reset"),
    "user.password_change": QT_TRANSLATE_NOOP("Audit", "password changed"),
    "customer.create": QT_TRANSLATE_NOOP("Audit", "customer added"),
    "customer.update": QT_TRANSLATE_NOOP("Audit", "customer changed"),
    "customer.bulk_create": QT_TRANSLATE_NOOP("Audit", "customers added in bulk"),
    "contact.create": QT_TRANSLATE_NOOP("Audit", "contact added"),
    "contact.update": QT_TRANSLATE_NOOP("Audit", "contact changed"),
    "contact.delete": QT_TRANSLATE_NOOP("Audit", "contact removed"),
    "audit.verify": QT_TRANSLATE_NOOP("Audit", "audit chain verified"),
    "database.check": QT_TRANSLATE_NOOP("Audit", "database checked"),
}


ENTITY_LABELS = {
    "user": QT_TRANSLATE_NOOP("Audit", "user"),
    "customer": QT_TRANSLATE_NOOP("Audit", "customer"),
    "database": QT_TRANSLATE_NOOP("Audit", "database"),
}


def action_label(action: str) -> str:
    text = ACTION_LABELS.get(action)
    return translate("Audit", text) if text else action


def entity_label(entity: str) -> str:
    text = ENTITY_LABELS.get(entity)
    return translate("Audit", text) if text else entity


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
