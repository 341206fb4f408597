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
    "customer.import": QT_TRANSLATE_NOOP("Audit", "customers imported"),
    "settings.import_mapping": QT_TRANSLATE_NOOP("Audit", "import columns remembered"),
    "contact.create": QT_TRANSLATE_NOOP("Audit", "contact added"),
    "contact.update": QT_TRANSLATE_NOOP("Audit", "contact changed"),
    "contact.delete": QT_TRANSLATE_NOOP("Audit", "contact removed"),
    "audit.verify": QT_TRANSLATE_NOOP("Audit", "audit chain verified"),
    "database.check": QT_TRANSLATE_NOOP("Audit", "database checked"),
    "backup.create": QT_TRANSLATE_NOOP("Audit", "backup made"),
    "backup.restore": QT_TRANSLATE_NOOP("Audit", "database restored from a backup"),
    "backup.prune": QT_TRANSLATE_NOOP("Audit", "old backups removed"),
    "settings.backup": QT_TRANSLATE_NOOP("Audit", "backup settings changed"),
    "report.export": QT_TRANSLATE_NOOP("Audit", "report exported"),
    "archive_file.register": QT_TRANSLATE_NOOP("Audit", "archive file registered"),
    "archive_file.update": QT_TRANSLATE_NOOP("Audit", "archive file changed"),
    "archive_file.destroy": QT_TRANSLATE_NOOP("Audit", "archive file destroyed"),
    "archive_file.transfer": QT_TRANSLATE_NOOP("Audit", "archive file handed over"),
    "certificate.register": QT_TRANSLATE_NOOP("Audit", "certificate registered"),
    "certificate.update": QT_TRANSLATE_NOOP("Audit", "certificate changed"),
    "certificate.cancel": QT_TRANSLATE_NOOP("Audit", "certificate cancelled"),
    "certificate.return": QT_TRANSLATE_NOOP("Audit", "certificate returned to the customer"),
    "handover.create": QT_TRANSLATE_NOOP("Audit", "handover created"),
    "handover.review": QT_TRANSLATE_NOOP("Audit", "handover confirmed by the reviewer"),
    "handover.receive": QT_TRANSLATE_NOOP("Audit", "handover received"),
    "handover.cancel": QT_TRANSLATE_NOOP("Audit", "handover withdrawn"),
    "loan.request": QT_TRANSLATE_NOOP("Audit", "loan requested"),
    "loan.approve": QT_TRANSLATE_NOOP("Audit", "loan approved"),
    "loan.reject": QT_TRANSLATE_NOOP("Audit", "loan rejected"),
    "loan.withdraw": QT_TRANSLATE_NOOP("Audit", "loan request withdrawn"),
    "loan.lend": QT_TRANSLATE_NOOP("Audit", "lent out"),
    "loan.renew": QT_TRANSLATE_NOOP("Audit", "loan renewed"),
    "loan.return": QT_TRANSLATE_NOOP("Audit", "taken back"),
    "stocktake.start": QT_TRANSLATE_NOOP("Audit", "stock-take started"),
    "stocktake.save": QT_TRANSLATE_NOOP("Audit", "stock-take saved"),
    "stocktake.finish": QT_TRANSLATE_NOOP("Audit", "stock-take finished"),
    "settings.archive": QT_TRANSLATE_NOOP("Audit", "archive settings changed"),
    "settings.company": QT_TRANSLATE_NOOP("Audit", "company name changed"),
    "session.lock": QT_TRANSLATE_NOOP("Audit", "program locked"),
    "database.rekey": QT_TRANSLATE_NOOP("Audit", "database key changed"),
    "pii.reveal": QT_TRANSLATE_NOOP("Audit", "masked number revealed"),
    "customer.view": QT_TRANSLATE_NOOP("Audit", "dossier viewed"),
    "session.unlock": QT_TRANSLATE_NOOP("Audit", "program unlocked"),
    "session.unlock_failed": QT_TRANSLATE_NOOP("Audit", "wrong password at the lock screen"),
    "settings.logo": QT_TRANSLATE_NOOP("Audit", "company logo changed"),
    "survey.create": QT_TRANSLATE_NOOP("Audit", "survey created"),
    "survey.update": QT_TRANSLATE_NOOP("Audit", "survey changed"),
    "survey.approve": QT_TRANSLATE_NOOP("Audit", "survey report approved"),
    "survey.response": QT_TRANSLATE_NOOP("Audit", "survey form entered"),
    "survey.response_replace": QT_TRANSLATE_NOOP("Audit", "survey form replaced"),
    "survey.action": QT_TRANSLATE_NOOP("Audit", "corrective action added"),
    "survey.action_close": QT_TRANSLATE_NOOP("Audit", "corrective action closed"),
    "building.create": QT_TRANSLATE_NOOP("Audit", "building added"),
    "building.update": QT_TRANSLATE_NOOP("Audit", "building changed"),
    "unit.create": QT_TRANSLATE_NOOP("Audit", "unit added"),
    "unit.update": QT_TRANSLATE_NOOP("Audit", "unit changed"),
    "unit.import": QT_TRANSLATE_NOOP("Audit", "units imported"),
    "occupancy.move_in": QT_TRANSLATE_NOOP("Audit", "moved in"),
    "occupancy.move_out": QT_TRANSLATE_NOOP("Audit", "moved out"),
    "key.register": QT_TRANSLATE_NOOP("Audit", "key taken into keeping"),
    "key.lend": QT_TRANSLATE_NOOP("Audit", "key lent"),
    "key.return": QT_TRANSLATE_NOOP("Audit", "key returned to the cabinet"),
    "key.give_back": QT_TRANSLATE_NOOP("Audit", "key given back to the tenant"),
    "label.print": QT_TRANSLATE_NOOP("Audit", "folder labels printed"),
    "settings.retention": QT_TRANSLATE_NOOP("Audit", "retention periods changed"),
    "retention.request": QT_TRANSLATE_NOOP("Audit", "destruction requested"),
    "retention.approve": QT_TRANSLATE_NOOP("Audit", "destruction approved"),
    "retention.reject": QT_TRANSLATE_NOOP("Audit", "destruction rejected"),
    "retention.execute": QT_TRANSLATE_NOOP("Audit", "records destroyed"),
    "consent.add": QT_TRANSLATE_NOOP("Audit", "consent recorded"),
    "consent.withdraw": QT_TRANSLATE_NOOP("Audit", "consent withdrawn"),
    "pii.copy": QT_TRANSLATE_NOOP("Audit", "personal information copy made"),
}


ENTITY_LABELS = {
    "user": QT_TRANSLATE_NOOP("Audit", "user"),
    "customer": QT_TRANSLATE_NOOP("Audit", "customer"),
    "database": QT_TRANSLATE_NOOP("Audit", "database"),
    "report": QT_TRANSLATE_NOOP("Audit", "report"),
    "archive_file": QT_TRANSLATE_NOOP("Audit", "archive file"),
    "certificate": QT_TRANSLATE_NOOP("Audit", "certificate"),
    "handover": QT_TRANSLATE_NOOP("Audit", "handover"),
    "loan": QT_TRANSLATE_NOOP("Audit", "loan"),
    "stocktake": QT_TRANSLATE_NOOP("Audit", "stock-take"),
    "survey": QT_TRANSLATE_NOOP("Audit", "survey"),
    "survey_response": QT_TRANSLATE_NOOP("Audit", "survey form"),
    "corrective_action": QT_TRANSLATE_NOOP("Audit", "corrective action"),
    "building": QT_TRANSLATE_NOOP("Audit", "building"),
    "unit": QT_TRANSLATE_NOOP("Audit", "unit"),
    "occupancy": QT_TRANSLATE_NOOP("Audit", "occupancy"),
    "held_key": QT_TRANSLATE_NOOP("Audit", "key held"),
    "label": QT_TRANSLATE_NOOP("Audit", "folder label"),
    "destruction": QT_TRANSLATE_NOOP("Audit", "destruction"),
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


def anchor_code(length: int, head: str) -> str:
    """The short code printed in report footers: the chain's length and the first 8 hex digits of its head.

    ``check`` can compare a code read off a printout (or a backup's sidecar) with the chain in the file.
    """
    return f"{int(length)}-{head[:8]}"


def parse_anchor_code(code: str) -> tuple[int, str] | None:
    """(length, head prefix) from a printed code, or None when the text is no anchor code."""
    text = (code or "").strip()
    length, sep, prefix = text.partition("-")
    if not sep or not length.isdigit() or len(prefix) != 8 or any(c not in "0123456789abcdef" for c in prefix):
        return None
    return int(length), prefix


class AuditService(Service):
    def anchor(self) -> tuple[int, str]:
        """(length, head hash) of the audit chain now; reports print ``anchor_code`` of it."""
        return self.audit_repo.anchor()

    def record_export(self, session: Session, report: str, fmt: str, rows: int | None, filename: str) -> None:
        """Note who exported or printed what: the report's title, format, row count and file name."""
        with self.db.transaction():
            self.audit(session, "report.export", "report", "", summary=f"{report} ({fmt})", report=report,
                       format=fmt, rows=rows, file=filename)

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
