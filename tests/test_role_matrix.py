"""The role matrix: every write action, tried by every role, is allowed or refused exactly as
app.permissions configures it; a refusal changes nothing and is written to the audit log."""
from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.permissions import ALL_ROLES, PERMISSIONS
from app.rekey import rekey

# permission -> a write (or guarded read) of that permission, with arguments that are enough to pass the
# role check (the role check comes first; what happens after it does not matter here)
ACTIONS = {
    "customer.create": lambda o, s: o.customers.create(s, {}),
    "customer.update": lambda o, s: o.customers.update(s, 10**6, {}),
    "customer.bulk_create": lambda o, s: o.customers.bulk_create(s, []),
    "contact.write": lambda o, s: o.customers.add_contact(s, 10**6, {}),
    "pii.reveal": lambda o, s: o.customers.reveal(s, 10**6, "phone", ""),
    "entry.write": lambda o, s: o.entries.create(s, 10**6, "visit", {}),
    "entry.void": lambda o, s: o.entries.void(s, 10**6, ""),
    "customer.merge": lambda o, s: o.customers.merge(s, 10**6, 10**6 + 1),
    "dossier.edit_closed": lambda o, s: o.customers.reinstate(s, 10**6),
    "archive.write": lambda o, s: o.archive.register_file(s, {}),
    "archive.destroy": lambda o, s: o.archive.destroy_file(s, 10**6, ""),
    "loan.request": lambda o, s: o.loans.request(s, {}),
    "loan.approve": lambda o, s: o.loans.approve(s, 10**6),
    "loan.lend": lambda o, s: o.loans.lend(s, 10**6),
    "survey.write": lambda o, s: o.surveys.create(s, {}),
    "survey.enter": lambda o, s: o.surveys.enter(s, 10**6, {}),
    "survey.approve": lambda o, s: o.surveys.approve(s, 10**6, "", ""),
    "property.write": lambda o, s: o.property.save_building(s, {}),
    "keys.lend": lambda o, s: o.property.register_key(s, 10**6, {}),
    "settings.manage": lambda o, s: o.letterhead.set_company(s, ""),
    "user.manage": lambda o, s: o.auth.list_users(s),
    "audit.read": lambda o, s: o.audit.events(s),
    "database.rekey": lambda o, s: rekey(o, s),
    "backup.create": lambda o, s: o.backups.create(s, "/nonexistent/kedang-backups"),
    "backup.restore": lambda o, s: o.backups.prepare_restore(s, "/nonexistent/office.kdb-backup"),
    "retention.request": lambda o, s: o.retention.request_destruction(s, [], ""),
    "retention.approve": lambda o, s: o.retention.approve(s, 10**6, ""),
    "retention.execute": lambda o, s: o.retention.execute(s, 10**6),
    "consent.write": lambda o, s: o.consents.add(s, 10**6, {}),
}


@pytest.fixture
def sessions(office, admin, make_user):
    out = {"admin": admin}
    for role in ALL_ROLES:
        if role != "admin":
            out[role] = make_user(role)
    return out


def test_every_guarded_permission_has_an_action_here():
    unguarded = {"customer.read", "archive.read", "survey.read", "property.read", "database.check", "pii.view",
                 "attachment.view", "attachment.export"}   # reads every role has, or masking (tested elsewhere)
    assert set(PERMISSIONS) - unguarded - set(ACTIONS) == set()


@pytest.mark.parametrize("permission", sorted(ACTIONS))
def test_each_role_is_allowed_or_refused_as_configured(office, sessions, permission):
    for role, session in sessions.items():
        denied_before = office.db.scalar("SELECT count(*) FROM audit_events WHERE action = 'permission.denied'")
        try:
            ACTIONS[permission](office, session)
        except PermissionDenied:
            refused = True
        except Exception:  # noqa: BLE001 - past the role check: the bad dummy arguments are refused instead
            refused = False
        else:
            refused = False
        expected = role not in PERMISSIONS[permission]
        assert refused == expected, f"{role} {'was refused' if refused else 'was allowed'} {permission}"
        denied_after = office.db.scalar("SELECT count(*) FROM audit_events WHERE action = 'permission.denied'")
        assert denied_after - denied_before == (1 if expected else 0), (role, permission)


def test_a_session_ends_when_its_account_is_deactivated_or_its_role_changes(office, admin, make_user):
    clerk = make_user("clerk")
    office.customers.create(clerk, {"name": "张伟", "phone": "13900000001"})
    user_id = clerk.user_id
    office.auth.update_user(admin, user_id, role="viewer")
    with pytest.raises(PermissionDenied) as exc:
        office.customers.create(clerk, {"name": "李娜", "phone": "13900000002"})
    assert "session has ended" in str(exc.value)
    assert office.customers.count() == 1


def test_a_deactivated_account_can_do_nothing_more(office, admin, make_user):
    manager = make_user("manager")
    office.auth.update_user(admin, manager.user_id, active=False)
    with pytest.raises(PermissionDenied) as exc:
        office.audit.events(manager)
    assert "session has ended" in str(exc.value)
