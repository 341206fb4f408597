"""The signed-in user, and the base every service stands on: role checks and audit."""
from __future__ import annotations

import json
from dataclasses import dataclass

from app.errors import PermissionDenied
from app.i18n import translate
from app.models.database import Database
from app.models.repositories import AuditRepo
from app.permissions import allowed, permission_label, role_label


@dataclass(frozen=True)
class Session:
    user_id: int
    username: str
    display_name: str
    role: str

    def may(self, permission: str) -> bool:
        return allowed(self.role, permission)


class Service:
    """Base of the services: one database, role checks, and the audit log."""

    def __init__(self, db: Database):
        self.db = db
        self.audit_repo = AuditRepo(db)

    def audit(self, session: Session | None, action: str, entity: str = "", entity_id: object = "",
              summary: str = "", before: dict | None = None, after: dict | None = None, **extra) -> int:
        """Append an audit event. Call inside the business action's transaction."""
        payload: dict = {}
        if before is not None:
            payload["before"] = before
        if after is not None:
            payload["after"] = after
        payload.update(extra)
        return self.audit_repo.append(
            user_id=session.user_id if session else None, username=session.username if session else "",
            action=action, entity=entity, entity_id=str(entity_id), summary=summary, payload=payload)

    def require(self, session: Session | None, permission: str) -> Session:
        """Refuse (and record the refusal) unless the session's role holds ``permission``."""
        if session is None:
            raise PermissionDenied(translate("Errors", "Please sign in first."))
        row = self.db.query_one("SELECT active, role FROM users WHERE id = ?", (session.user_id,))
        if row is None or not row[0] or row[1] != session.role:
            # the administrator deactivated the account or changed its role since it signed in
            raise PermissionDenied(translate("Errors", "Your session has ended: your account was deactivated or its role "
                                                       "was changed. Sign in again; nothing was changed."))
        if allowed(session.role, permission):
            return session
        with self.db.transaction():
            self.audit(session, "permission.denied", summary=permission, permission=permission, role=session.role)
        raise PermissionDenied(translate("Errors", "Not allowed: the role {role} may not {action}.").format(
            role=role_label(session.role), action=permission_label(permission)))


def diff(before: dict, after: dict) -> tuple[dict, dict]:
    """Only the fields that changed, before and after."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def stored_settings(meta, key: str, cls):
    """A settings dataclass kept as JSON in the meta table: the stored values over the defaults
    (unknown keys and unreadable JSON ignored)."""
    from dataclasses import asdict

    base = asdict(cls())
    raw = meta.get(key)
    if raw:
        try:
            stored = json.loads(raw)
        except ValueError:
            stored = {}
        base.update({k: v for k, v in stored.items() if k in base})
    return cls(**base)


def store_settings(service: "Service", session: Session, meta, key: str, clean, action: str):
    """Keep validated settings (administrator only) and log what changed, in one transaction."""
    from dataclasses import asdict

    service.require(session, "settings.manage")
    before = asdict(stored_settings(meta, key, type(clean)))
    with service.db.transaction():
        meta.set(key, json.dumps(asdict(clean), ensure_ascii=False, sort_keys=True))
        b, a = diff(before, asdict(clean))
        service.audit(session, action, "settings", key, before=b, after=a)
    return clean
