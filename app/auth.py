"""Sign-in, lockout and user accounts."""
from __future__ import annotations

import datetime as _dt

from app import security
from app.errors import AuthError, NotFound
from app.i18n import translate
from app.models.records import ROLES, User
from app.models.repositories import UserRepo
from app.permissions import role_label
from app.session import Service, Session, diff
from app.validation import ValidationError

MAX_FAILED = 5
LOCK_MINUTES = 5


def _now() -> _dt.datetime:
    return _dt.datetime.now().replace(microsecond=0)


class AuthService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.users = UserRepo(db)

    # ------------------------------------------------------------ validation
    @staticmethod
    def _check_username(username: str) -> str:
        name = username.strip()
        if not name:
            raise ValidationError(translate("Users", "User name"), translate("Validation", "is required"))
        if len(name) > 40 or any(ch.isspace() for ch in name):
            raise ValidationError(translate("Users", "User name"),
                                  translate("Validation", "at most 40 characters and no spaces"))
        return name

    @staticmethod
    def _check_password(password: str) -> None:
        problem = security.password_problem(password)
        if problem:
            raise ValidationError(translate("Users", "Password"), problem)

    @staticmethod
    def _check_role(role: str) -> None:
        if role not in ROLES:
            raise ValidationError(translate("Users", "Role"), translate("Validation", "is not one of the five roles"))

    # ------------------------------------------------------------ first admin
    def create_first_admin(self, username: str, display_name: str, password: str) -> Session:
        """The administrator made by the setup wizard or ``init``; only when there is no user yet."""
        name = self._check_username(username)
        self._check_password(password)
        with self.db.transaction():
            if self.users.count():
                raise AuthError(translate("Users", "The database already has users."))
            uid = self.users.insert(name, display_name.strip() or name, "admin", security.hash_password(password))
            session = Session(uid, name, display_name.strip() or name, "admin")
            self.audit(session, "user.create", "user", uid, summary=name,
                       after={"username": name, "role": "admin", "display_name": session.display_name})
        return session

    # ------------------------------------------------------------ sign-in
    def login(self, username: str, password: str) -> Session:
        name = username.strip()
        generic = translate("Users", "Wrong user name or password.")
        user = self.users.by_username(name) if name else None
        if user is None:
            # Same scrypt cost as a real check, so timing does not tell which names exist.
            security.verify_password(password, security.hash_password("x"))
            with self.db.transaction():
                self.audit(None, "login.failed", "user", "", summary=name[:40], reason="unknown_user")
            raise AuthError(generic)
        now = _now()
        if user.locked_until and _dt.datetime.fromisoformat(user.locked_until) > now:
            minutes = max(1, int((_dt.datetime.fromisoformat(user.locked_until) - now).total_seconds() + 59) // 60)
            with self.db.transaction():
                self.audit(None, "login.failed", "user", user.id, summary=user.username, reason="locked")
            raise AuthError(translate("Users", "This account is locked after {n} wrong passwords. Try again in {m} minutes or ask the administrator.").format(
                n=MAX_FAILED, m=minutes))
        if not user.active:
            with self.db.transaction():
                self.audit(None, "login.failed", "user", user.id, summary=user.username, reason="inactive")
            raise AuthError(translate("Users", "This account has been deactivated. Ask the administrator."))
        if not security.verify_password(password, self.users.password_hash(user.id)):
            failed = user.failed_count + 1
            with self.db.transaction():
                if failed >= MAX_FAILED:
                    until = (now + _dt.timedelta(minutes=LOCK_MINUTES)).isoformat(sep=" ")
                    self.users.update(user.id, failed_count=0, locked_until=until)
                    self.audit(None, "login.failed", "user", user.id, summary=user.username, reason="password")
                    self.audit(None, "login.locked", "user", user.id, summary=user.username, until=until)
                else:
                    self.users.update(user.id, failed_count=failed)
                    self.audit(None, "login.failed", "user", user.id, summary=user.username, reason="password")
            if failed >= MAX_FAILED:
                raise AuthError(translate("Users", "Wrong password. The account is now locked for {m} minutes.").format(m=LOCK_MINUTES))
            left = MAX_FAILED - failed
            if left == 1:
                raise AuthError(generic + " " + translate("Users", "One more wrong password locks the account."))
            raise AuthError(generic + " " + translate("Users", "{n} attempts left before the account is locked.").format(n=left))
        session = Session(user.id, user.username, user.display_name, user.role)
        with self.db.transaction():
            if user.failed_count or user.locked_until:
                self.users.update(user.id, failed_count=0, locked_until=None)
            self.audit(session, "login", "user", user.id, summary=user.username)
        return session

    def verify_session(self, session: Session, password: str) -> bool:
        """Check the password again (unlocking a locked window)."""
        return security.verify_password(password, self.users.password_hash(session.user_id))

    def logout(self, session: Session) -> None:
        with self.db.transaction():
            self.audit(session, "logout", "user", session.user_id, summary=session.username)

    # ------------------------------------------------------------ administration
    def list_users(self, session: Session) -> list[User]:
        self.require(session, "user.manage")
        return self.users.all()

    def create_user(self, session: Session, username: str, display_name: str, role: str, password: str) -> User:
        self.require(session, "user.manage")
        name = self._check_username(username)
        self._check_role(role)
        self._check_password(password)
        if self.users.by_username(name):
            raise ValidationError(translate("Users", "User name"), translate("Validation", "is already taken"))
        with self.db.transaction():
            uid = self.users.insert(name, display_name.strip() or name, role, security.hash_password(password))
            self.audit(session, "user.create", "user", uid, summary=name,
                       after={"username": name, "display_name": display_name.strip() or name, "role": role})
        return self.users.by_id(uid)

    def _get(self, user_id: int) -> User:
        user = self.users.by_id(user_id)
        if user is None:
            raise NotFound(translate("Users", "No such user."))
        return user

    def update_user(self, session: Session, user_id: int, *, display_name: str | None = None,
                    role: str | None = None, active: bool | None = None) -> User:
        self.require(session, "user.manage")
        user = self._get(user_id)
        changes: dict = {}
        if display_name is not None and display_name.strip() != user.display_name:
            changes["display_name"] = display_name.strip() or user.username
        if role is not None and role != user.role:
            self._check_role(role)
            changes["role"] = role
        if active is not None and active != user.active:
            changes["active"] = 1 if active else 0
        if not changes:
            return user
        demoting_admin = user.role == "admin" and user.active and (
            changes.get("role", "admin") != "admin" or changes.get("active", 1) == 0)
        with self.db.transaction():
            if demoting_admin and self.users.count_active_admins() <= 1:
                raise ValidationError(translate("Users", "Role"), translate(
                    "Validation", "the last active administrator cannot be removed or deactivated"))
            before = {"display_name": user.display_name, "role": user.role, "active": int(user.active)}
            self.users.update(user.id, **changes)
            b, a = diff(before, {**before, **changes})
            self.audit(session, "user.update", "user", user.id, summary=user.username, before=b, after=a)
        return self._get(user_id)

    def reset_password(self, session: Session, user_id: int, new_password: str) -> None:
        self.require(session, "user.manage")
        user = self._get(user_id)
        self._check_password(new_password)
        with self.db.transaction():
            self.users.update(user.id, pw_hash=security.hash_password(new_password), failed_count=0, locked_until=None)
            self.audit(session, "user.password_reset", "user", user.id, summary=user.username)

    def change_own_password(self, session: Session, old_password: str, new_password: str) -> None:
        if not self.verify_session(session, old_password):
            raise ValidationError(translate("Users", "Current password"), translate("Validation", "is not correct"))
        self._check_password(new_password)
        with self.db.transaction():
            self.users.update(session.user_id, pw_hash=security.hash_password(new_password))
            self.audit(session, "user.password_change", "user", session.user_id, summary=session.username)

    @staticmethod
    def role_choices() -> list[tuple[str, str]]:
        return [(r, role_label(r)) for r in ROLES]
