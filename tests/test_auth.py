"""Sign-in, lockout, user accounts and role checks in the service layer."""
from __future__ import annotations

import datetime as dt
import json

import pytest

import app.auth
from app.errors import AuthError, PermissionDenied
from app.models.records import ROLES
from app.validation import ValidationError
from tests.conftest import PASSWORD

WRONG = "Wrong2026!"


def _events(office, action):
    return [e for e in office.audit.audit_repo.search(action=action) if e.action == action]


def _freeze(monkeypatch, when: dt.datetime):
    monkeypatch.setattr(app.auth, "_now", lambda: when)


# ------------------------------------------------------------------ first admin, login
def test_first_admin_is_created_only_once(office, admin):
    assert admin.role == "admin" and admin.username == "admin"
    with pytest.raises(AuthError) as info:
        office.auth.create_first_admin("intruder", "", PASSWORD)
    assert "already has users" in str(info.value)
    assert [u.username for u in office.auth.list_users(admin)] == ["admin"]
    with pytest.raises(AuthError):
        office.auth.login("intruder", PASSWORD)


def test_login_succeeds_and_is_audited(office):
    session = office.auth.login("admin", PASSWORD)
    assert (session.username, session.display_name, session.role) == ("admin", "王管理", "admin")
    event = _events(office, "login")[0]
    assert event.username == "admin" and event.entity == "user" and event.entity_id == str(session.user_id)


def test_login_ignores_surrounding_spaces_and_case_of_the_user_name(office):
    assert office.auth.login("  admin ", PASSWORD).username == "admin"
    assert office.auth.login("ADMIN", PASSWORD).username == "admin"


def test_wrong_password_says_how_many_attempts_are_left(office):
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthError) as info:
            office.auth.login("admin", WRONG)
        message = str(info.value)
        assert "Wrong user name or password" in message
        if left > 1:
            assert f"{left} attempts left" in message
        else:
            assert "One more wrong password locks the account." in message
    assert len(_events(office, "login.failed")) == 4
    assert office.auth.login("admin", PASSWORD)  # 4 wrong: not yet locked
    # a good login resets the counter
    with pytest.raises(AuthError) as info:
        office.auth.login("admin", WRONG)
    assert "4 attempts left" in str(info.value)


def test_five_wrong_passwords_lock_the_account_for_five_minutes(office, make_user, monkeypatch):
    make_user("clerk", "xiaoli")
    t0 = dt.datetime(2026, 3, 2, 9, 0, 0)
    _freeze(monkeypatch, t0)
    for _ in range(4):
        with pytest.raises(AuthError):
            office.auth.login("xiaoli", WRONG)
    with pytest.raises(AuthError) as info:
        office.auth.login("xiaoli", WRONG)
    assert "locked for 5 minutes" in str(info.value)

    locked = _events(office, "login.locked")
    assert len(locked) == 1
    assert locked[0].summary == "xiaoli" and locked[0].entity == "user"
    assert "2026-03-02 09:05:00" in locked[0].payload
    failed = [e for e in _events(office, "login.failed") if e.summary == "xiaoli"]
    assert len(failed) == 5
    assert all(json.loads(e.payload)["reason"] == "password" for e in failed)

    # even the right password is refused while locked
    _freeze(monkeypatch, t0 + dt.timedelta(minutes=4, seconds=59))
    with pytest.raises(AuthError) as info:
        office.auth.login("xiaoli", PASSWORD)
    assert "locked" in str(info.value)
    assert "1 minutes" in str(info.value) or "1 minute" in str(info.value)
    # other accounts are not affected
    assert office.auth.login("admin", PASSWORD).role == "admin"

    # after five minutes the right password works again
    _freeze(monkeypatch, t0 + dt.timedelta(minutes=5, seconds=1))
    session = office.auth.login("xiaoli", PASSWORD)
    assert session.role == "clerk"
    user = office.auth.users.by_username("xiaoli")
    assert user.locked_until is None and user.failed_count == 0
    assert office.audit.audit_repo.verify()[0]


def test_lock_message_counts_down(office, make_user, monkeypatch):
    make_user("viewer", "lookup")
    t0 = dt.datetime(2026, 3, 2, 9, 0, 0)
    _freeze(monkeypatch, t0)
    for _ in range(5):
        with pytest.raises(AuthError):
            office.auth.login("lookup", WRONG)
    _freeze(monkeypatch, t0 + dt.timedelta(seconds=30))
    with pytest.raises(AuthError) as info:
        office.auth.login("lookup", PASSWORD)
    assert "5 minutes" in str(info.value)
    locked_refusals = [e for e in _events(office, "login.failed") if json.loads(e.payload)["reason"] == "locked"]
    assert len(locked_refusals) == 1


def test_unknown_user_gets_the_generic_message_and_is_audited(office):
    with pytest.raises(AuthError) as info:
        office.auth.login("nobody", PASSWORD)
    assert str(info.value) == "Wrong user name or password."
    events = _events(office, "login.failed")
    assert len(events) == 1
    assert events[0].summary == "nobody"
    assert json.loads(events[0].payload)["reason"] == "unknown_user"
    with pytest.raises(AuthError):
        office.auth.login("", PASSWORD)


def test_inactive_user_is_refused(office, admin, make_user):
    clerk = make_user("clerk", "leaver")
    office.auth.update_user(admin, clerk.user_id, active=False)
    with pytest.raises(AuthError) as info:
        office.auth.login("leaver", PASSWORD)
    assert "deactivated" in str(info.value)
    assert json.loads(_events(office, "login.failed")[0].payload)["reason"] == "inactive"
    office.auth.update_user(admin, clerk.user_id, active=True)
    assert office.auth.login("leaver", PASSWORD).role == "clerk"


# ------------------------------------------------------------------ administration
def test_admin_creates_users_of_every_role(office, admin):
    for role in ROLES:
        user = office.auth.create_user(admin, f"u_{role}", f"{role} 用户", role, PASSWORD)
        assert user.role == role and user.active
        assert office.auth.login(f"u_{role}", PASSWORD).role == role
    created = [e for e in _events(office, "user.create") if e.username == "admin" and e.summary.startswith("u_")]
    assert len(created) == len(ROLES)
    assert json.loads(created[0].payload)["after"]["role"] in ROLES
    assert PASSWORD not in json.dumps([e.payload for e in office.audit.audit_repo.search()])


@pytest.mark.parametrize("username, display, role, password, field, rule", [
    ("admin", "", "clerk", PASSWORD, "User name", "already taken"),
    ("ADMIN", "", "clerk", PASSWORD, "User name", "already taken"),
    ("", "", "clerk", PASSWORD, "User name", "required"),
    ("two words", "", "clerk", PASSWORD, "User name", "no spaces"),
    ("x" * 41, "", "clerk", PASSWORD, "User name", "40 characters"),
    ("newbie", "", "boss", PASSWORD, "Role", "five roles"),
    ("newbie", "", "clerk", "short1", "Password", "8 characters"),
    ("newbie", "", "clerk", "onlyletters", "Password", "letters with digits"),
    ("newbie", "", "clerk", "1234567890", "Password", "letters with digits"),
])
def test_create_user_validation_names_the_field(office, admin, username, display, role, password, field, rule):
    users_before = office.auth.users.count()
    audit_before = office.audit.audit_repo.count()
    with pytest.raises(ValidationError) as info:
        office.auth.create_user(admin, username, display, role, password)
    assert info.value.field == field
    assert str(info.value).startswith(field + ":")
    assert rule in str(info.value)
    assert office.auth.users.count() == users_before
    assert office.audit.audit_repo.count() == audit_before


def test_the_last_active_admin_cannot_be_demoted_or_deactivated(office, admin):
    with pytest.raises(ValidationError) as info:
        office.auth.update_user(admin, admin.user_id, role="clerk")
    assert "last active administrator" in str(info.value)
    with pytest.raises(ValidationError):
        office.auth.update_user(admin, admin.user_id, active=False)
    me = office.auth.users.by_id(admin.user_id)
    assert me.role == "admin" and me.active
    # with a second administrator, the first may step down
    second = office.auth.create_user(admin, "admin2", "", "admin", PASSWORD)
    office.auth.update_user(admin, admin.user_id, role="manager")
    assert office.auth.users.by_id(admin.user_id).role == "manager"
    s2 = office.auth.login("admin2", PASSWORD)
    with pytest.raises(ValidationError):
        office.auth.update_user(s2, second.id, active=False)
    # an inactive admin does not count
    office.auth.update_user(s2, admin.user_id, role="admin")
    office.auth.update_user(s2, admin.user_id, active=False)
    with pytest.raises(ValidationError):
        office.auth.update_user(s2, second.id, role="viewer")


def test_update_user_writes_before_and_after(office, admin, make_user):
    clerk = make_user("clerk", "xiaowang")
    office.auth.update_user(admin, clerk.user_id, role="archivist", display_name="小王")
    user = office.auth.users.by_id(clerk.user_id)
    assert user.role == "archivist" and user.display_name == "小王"
    event = _events(office, "user.update")[0]
    payload = json.loads(event.payload)
    assert payload["before"] == {"role": "clerk", "display_name": "clerk user"}
    assert payload["after"] == {"role": "archivist", "display_name": "小王"}
    assert event.username == "admin" and event.entity_id == str(clerk.user_id)
    assert office.auth.login("xiaowang", PASSWORD).role == "archivist"


def test_reset_password_clears_the_lockout(office, admin, make_user, monkeypatch):
    make_user("clerk", "forgetful")
    for _ in range(5):
        with pytest.raises(AuthError):
            office.auth.login("forgetful", WRONG)
    with pytest.raises(AuthError):
        office.auth.login("forgetful", PASSWORD)
    user = office.auth.users.by_username("forgetful")
    office.auth.reset_password(admin, user.id, "NewDesk2026!")
    assert office.auth.login("forgetful", "NewDesk2026!").role == "clerk"
    with pytest.raises(AuthError):
        office.auth.login("forgetful", PASSWORD)
    assert _events(office, "user.password_reset")[0].summary == "forgetful"


def test_reset_password_refuses_a_weak_password(office, admin, make_user):
    make_user("clerk", "xiaozhao")
    user = office.auth.users.by_username("xiaozhao")
    with pytest.raises(ValidationError) as info:
        office.auth.reset_password(admin, user.id, "abc")
    assert info.value.field == "Password"
    assert office.auth.login("xiaozhao", PASSWORD)


def test_change_own_password(office, make_user):
    clerk = make_user("clerk", "self")
    with pytest.raises(ValidationError) as info:
        office.auth.change_own_password(clerk, WRONG, "Another2026!")
    assert info.value.field == "Current password"
    office.auth.change_own_password(clerk, PASSWORD, "Another2026!")
    assert office.auth.login("self", "Another2026!")
    with pytest.raises(AuthError):
        office.auth.login("self", PASSWORD)


# ------------------------------------------------------------------ permissions
ADMIN_ACTIONS = {
    "list_users": lambda o, s, target: o.auth.list_users(s),
    "create_user": lambda o, s, target: o.auth.create_user(s, "sneaky", "", "admin", PASSWORD),
    "promote": lambda o, s, target: o.auth.update_user(s, s.user_id, role="admin"),
    "deactivate": lambda o, s, target: o.auth.update_user(s, target, active=False),
    "reset_password": lambda o, s, target: o.auth.reset_password(s, target, "Hijack2026!"),
}


@pytest.mark.parametrize("role", [r for r in ROLES if r != "admin"])
@pytest.mark.parametrize("action", list(ADMIN_ACTIONS))
def test_admin_actions_are_refused_for_other_roles(office, admin, make_user, role, action):
    session = make_user(role)
    denied_before = len(_events(office, "permission.denied"))
    with pytest.raises(PermissionDenied) as info:
        ADMIN_ACTIONS[action](office, session, admin.user_id)
    assert "Not allowed" in str(info.value)
    denied = _events(office, "permission.denied")
    assert len(denied) == denied_before + 1
    assert denied[0].username == session.username
    assert denied[0].summary == "user.manage"
    # nothing changed
    assert office.auth.users.by_username("sneaky") is None
    me = office.auth.users.by_id(session.user_id)
    assert me.role == role
    assert office.auth.users.by_id(admin.user_id).active
    assert office.auth.login("admin", PASSWORD)
    assert office.audit.audit_repo.verify()[0]


def test_no_session_is_refused(office):
    with pytest.raises(PermissionDenied) as info:
        office.auth.list_users(None)
    assert "sign in" in str(info.value)


def test_logout_is_audited(office, admin):
    office.auth.logout(admin)
    assert _events(office, "logout")[0].username == "admin"
