"""Administration as the office's administrator does it: user accounts, the audit log, and what
other roles may not do (refused in the service layer, not only hidden in the window)."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from app.audit import action_label
from app.errors import AuthError, PermissionDenied
from app.ui.admin import AuditDialog, PasswordDialog, UserDialog, UsersDialog
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.gui_helpers import (  # noqa: F401  (messages, modals: autouse fixtures)
    button, choose, click, click_row, column_texts, double_click, events_exactly, find, find_row, messages, modals,
    retype, row_pos, show, type_text,
)

NEW_PASSWORD = "Front2026#"


def _users(qtbot, office, session) -> UsersDialog:
    return show(qtbot, UsersDialog(office, session))


def _row_of(d: UsersDialog, username: str) -> int:
    return find_row(d.view, 0, username)


def _cell(d: UsersDialog, username: str, column: int) -> str:
    return d.model.index(_row_of(d, username), column).data()


def _new_user(qtbot, username="xiaoli", full_name="李小丽", role="Front-desk clerk"):
    def handler(dialog):
        assert isinstance(dialog, UserDialog) and dialog.windowTitle() == "New user"
        retype(qtbot, find(dialog, QLineEdit, "username"), username)
        type_text(qtbot, find(dialog, QLineEdit, "displayName"), full_name)
        role_combo = find(dialog, QComboBox, "role")
        assert role_combo.currentText() == "Front-desk clerk"  # the usual case is preselected
        choose(role_combo, role)
        retype(qtbot, find(dialog, QLineEdit, "password"), PASSWORD)
        retype(qtbot, find(dialog, QLineEdit, "repeat"), PASSWORD)
        click(qtbot, button(dialog, "Save"))
    return handler


def _with_user(office, admin, username="xiaoli", role="clerk"):
    office.auth.create_user(admin, username, "李小丽", role, PASSWORD)
    return office.auth.users.by_username(username)


# ------------------------------------------------------------------ users
def test_create_a_clerk(qtbot, office, admin, modals):
    d = _users(qtbot, office, admin)
    assert column_texts(d.view, 0) == ["admin"]

    def bad_then_good(dialog):
        retype(qtbot, find(dialog, QLineEdit, "username"), "xiao li")
        retype(qtbot, find(dialog, QLineEdit, "password"), PASSWORD)
        retype(qtbot, find(dialog, QLineEdit, "repeat"), PASSWORD + "!")
        click(qtbot, button(dialog, "Save"))
        assert dialog.error.text() == "Repeat password: does not match the password"
        retype(qtbot, find(dialog, QLineEdit, "repeat"), PASSWORD)
        click(qtbot, button(dialog, "Save"))
        assert dialog.error.text().startswith("User name:") and "no spaces" in dialog.error.text()
        retype(qtbot, find(dialog, QLineEdit, "username"), "admin")
        click(qtbot, button(dialog, "Save"))
        assert dialog.error.text() == "User name: is already taken"
        retype(qtbot, find(dialog, QLineEdit, "username"), "xiaoli")
        retype(qtbot, find(dialog, QLineEdit, "password"), "12345678")
        retype(qtbot, find(dialog, QLineEdit, "repeat"), "12345678")
        click(qtbot, button(dialog, "Save"))
        assert dialog.error.text().startswith("Password:") and "mixes letters" in dialog.error.text()
        assert office.auth.users.by_username("xiaoli") is None  # nothing saved by the failed tries
        dialog.reject()

    modals.expect(bad_then_good, _new_user(qtbot))
    click(qtbot, button(d, "New user…"))
    click(qtbot, button(d, "New user…"))
    modals.check()

    assert _cell(d, "xiaoli", 1) == "李小丽"
    assert _cell(d, "xiaoli", 2) == "Front-desk clerk"
    assert _cell(d, "xiaoli", 3) == "Active"
    user = office.auth.users.by_username("xiaoli")
    assert (user.role, user.display_name, user.active) == ("clerk", "李小丽", True)
    event = events_exactly(office, "user.create")[0]
    assert event.username == "admin" and event.entity_id == str(user.id)
    assert json.loads(event.payload)["after"] == {"username": "xiaoli", "display_name": "李小丽", "role": "clerk"}
    assert office.auth.login("xiaoli", PASSWORD).role == "clerk"


@pytest.mark.parametrize("label, role", [("Record keeper", "archivist"), ("Viewer", "viewer"),
                                         ("Manager", "manager"), ("System administrator", "admin")])
def test_every_role_can_be_given(qtbot, office, admin, modals, label, role):
    d = _users(qtbot, office, admin)
    modals.expect(_new_user(qtbot, username=f"u_{role}", role=label))
    click(qtbot, button(d, "New user…"))
    modals.check()
    assert _cell(d, f"u_{role}", 2) == label
    assert office.auth.login(f"u_{role}", PASSWORD).role == role


def test_change_role(qtbot, office, admin, modals):
    user = _with_user(office, admin)
    d = _users(qtbot, office, admin)

    def to_manager(dialog):
        assert isinstance(dialog, UserDialog) and dialog.windowTitle() == "Edit user"
        assert find(dialog, QLineEdit, "username").isReadOnly()
        assert dialog.findChild(QLineEdit, "password") is None  # passwords are reset separately
        choose(find(dialog, QComboBox, "role"), "Manager")
        click(qtbot, button(dialog, "Save"))

    modals.expect(to_manager)
    click_row(qtbot, d.view, _row_of(d, "xiaoli"))
    click(qtbot, button(d, "Change…"))
    modals.check()
    assert _cell(d, "xiaoli", 2) == "Manager"
    assert office.auth.users.by_id(user.id).role == "manager"
    payload = json.loads(events_exactly(office, "user.update")[0].payload)
    assert payload == {"before": {"role": "clerk"}, "after": {"role": "manager"}}
    assert office.auth.login("xiaoli", PASSWORD).role == "manager"


def test_deactivate_then_sign_in_is_refused(qtbot, office, admin, modals):
    user = _with_user(office, admin)
    d = _users(qtbot, office, admin)

    def deactivate(dialog):
        active = find(dialog, QCheckBox, "active")
        assert active.isChecked()
        click(qtbot, active)
        click(qtbot, button(dialog, "Save"))

    modals.expect(deactivate)
    double_click(qtbot, d.view.viewport(), row_pos(d.view, _row_of(d, "xiaoli"), 1))  # double-click opens it too
    modals.check()
    assert _cell(d, "xiaoli", 3) == "Deactivated"
    assert office.auth.users.by_id(user.id).active is False
    payload = json.loads(events_exactly(office, "user.update")[0].payload)
    assert payload == {"before": {"active": 1}, "after": {"active": 0}}

    with pytest.raises(AuthError, match="deactivated"):
        office.auth.login("xiaoli", PASSWORD)
    login = show(qtbot, LoginDialog(office))
    retype(qtbot, find(login, QLineEdit, "username"), "xiaoli")
    retype(qtbot, find(login, QLineEdit, "password"), PASSWORD)
    click(qtbot, button(login, "Sign in"))
    assert login.isVisible() and login.session is None and "deactivated" in login.error.text()


def test_reset_password(qtbot, office, admin, modals, messages):
    user = _with_user(office, admin)
    for n in range(5):  # the clerk forgot the password and locked the account
        with pytest.raises(AuthError):
            office.auth.login("xiaoli", f"guess{n}guess")
    d = _users(qtbot, office, admin)
    assert _cell(d, "xiaoli", 3).startswith("Locked until")

    def mismatched(dialog):
        assert isinstance(dialog, PasswordDialog) and "xiaoli" in dialog.windowTitle()
        retype(qtbot, find(dialog, QLineEdit, "password"), NEW_PASSWORD)
        retype(qtbot, find(dialog, QLineEdit, "repeat"), NEW_PASSWORD + "x")
        click(qtbot, button(dialog, "Reset password"))

    def weak(dialog):  # the dialog comes back with the message
        assert dialog.error.text() == "Repeat password: does not match the password"
        retype(qtbot, find(dialog, QLineEdit, "password"), "short1")
        retype(qtbot, find(dialog, QLineEdit, "repeat"), "short1")
        QTest.keyClick(find(dialog, QLineEdit, "repeat"), Qt.Key.Key_Return)

    def good(dialog):
        assert dialog.error.text().startswith("Password:") and "at least 8 characters" in dialog.error.text()
        retype(qtbot, find(dialog, QLineEdit, "password"), NEW_PASSWORD)
        retype(qtbot, find(dialog, QLineEdit, "repeat"), NEW_PASSWORD)
        click(qtbot, button(dialog, "Reset password"))

    modals.expect(mismatched, weak, good)
    click_row(qtbot, d.view, _row_of(d, "xiaoli"))
    click(qtbot, button(d, "Reset password…"))
    modals.check()
    assert messages.infos == ["The password of xiaoli was reset."]
    assert _cell(d, "xiaoli", 3) == "Active"  # the lock is lifted too
    assert len(events_exactly(office, "user.password_reset")) == 1
    assert events_exactly(office, "user.password_reset")[0].entity_id == str(user.id)
    with pytest.raises(AuthError):
        office.auth.login("xiaoli", PASSWORD)
    assert office.auth.login("xiaoli", NEW_PASSWORD).username == "xiaoli"


def test_expired_lock_is_not_shown_as_locked(qtbot, office, admin):
    """After the 5 minutes the account signs in again; the list must not still say "Locked until …"."""
    user = _with_user(office, admin)
    with office.db.transaction():  # locked long ago
        office.auth.users.update(user.id, failed_count=0, locked_until="2000-01-01 09:00:00")
    assert office.auth.login("xiaoli", PASSWORD)  # the service agrees the lock is over …
    with office.db.transaction():  # … (and clears it; a lock that ran out without a sign-in stays stored)
        office.auth.users.update(user.id, locked_until="2000-01-01 09:00:00")
    d = _users(qtbot, office, admin)
    assert _cell(d, "xiaoli", 3) == "Active"


def test_cancelled_reset_changes_nothing(qtbot, office, admin, modals, messages):
    _with_user(office, admin)
    d = _users(qtbot, office, admin)

    def cancel(dialog):
        retype(qtbot, find(dialog, QLineEdit, "password"), NEW_PASSWORD)
        QTest.keyClick(find(dialog, QLineEdit, "password"), Qt.Key.Key_Escape)

    modals.expect(cancel)
    click_row(qtbot, d.view, _row_of(d, "xiaoli"))
    click(qtbot, button(d, "Reset password…"))
    modals.check()
    assert messages.infos == [] and events_exactly(office, "user.password_reset") == []
    assert office.auth.login("xiaoli", PASSWORD)


def test_last_admin_cannot_be_demoted_or_deactivated(qtbot, office, admin, modals):
    d = _users(qtbot, office, admin)

    def try_both(dialog):
        choose(find(dialog, QComboBox, "role"), "Viewer")
        click(qtbot, button(dialog, "Save"))
        assert dialog.isVisible()
        assert "last active administrator" in dialog.error.text() and dialog.error.text().startswith("Role:")
        choose(find(dialog, QComboBox, "role"), "System administrator")
        click(qtbot, find(dialog, QCheckBox, "active"))
        click(qtbot, button(dialog, "Save"))
        assert dialog.isVisible() and "last active administrator" in dialog.error.text()
        click(qtbot, button(dialog, "Cancel"))

    modals.expect(try_both)
    click_row(qtbot, d.view, _row_of(d, "admin"))
    click(qtbot, button(d, "Change…"))
    modals.check()
    stored = office.auth.users.by_username("admin")
    assert stored.role == "admin" and stored.active
    assert events_exactly(office, "user.update") == []
    assert _cell(d, "admin", 2) == "System administrator"


def test_second_admin_makes_demotion_possible(qtbot, office, admin, modals):
    _with_user(office, admin, "boss", "admin")
    d = _users(qtbot, office, admin)

    def demote(dialog):
        choose(find(dialog, QComboBox, "role"), "Manager")
        click(qtbot, button(dialog, "Save"))

    modals.expect(demote)
    click_row(qtbot, d.view, _row_of(d, "boss"))
    click(qtbot, button(d, "Change…"))
    modals.check()
    assert office.auth.users.by_username("boss").role == "manager"


def test_users_from_the_main_window_menu(qtbot, office, admin, modals):
    w = show(qtbot, MainWindow(office, admin))
    assert w.users_action.isEnabled() and w.audit_action.isEnabled()

    def users(dialog):
        assert isinstance(dialog, UsersDialog)
        click(qtbot, button(dialog, "New user…"))  # opens the nested "New user" dialog
        assert "xiaoli" in column_texts(dialog.view, 0)
        click(qtbot, button(dialog, "Close"))

    modals.expect(users, _new_user(qtbot))
    w.users_action.trigger()
    modals.check()
    assert office.auth.users.by_username("xiaoli").role == "clerk"


# ------------------------------------------------------------------ audit log
@pytest.fixture
def busy_office(office, admin):
    """Some history: a user, a failed sign-in, a customer and a change."""
    _with_user(office, admin)
    with pytest.raises(AuthError):
        office.auth.login("xiaoli", "Wrong2026!")
    clerk = office.auth.login("xiaoli", PASSWORD)
    c = office.customers.create(clerk, {"name": "张伟", "phone": "13912345678"})
    office.customers.update(clerk, c.id, {"phone": "13700001111"})
    return office


def _audit(qtbot, office, session) -> AuditDialog:
    return show(qtbot, AuditDialog(office, session))


def test_audit_log_lists_and_filters_events(qtbot, busy_office, admin):
    office = busy_office
    d = _audit(qtbot, office, admin)
    total = office.audit.audit_repo.count()
    assert d.model.rowCount() == total  # newest first, all of today
    assert find(d, QLabel, "auditCount").text() == f"{total} events"
    actions = column_texts(d.view, 2)
    assert actions[0] == "customer changed" and "sign-in failed" in actions and "database created" in actions

    # Selecting a row shows who changed what, before and after.
    click_row(qtbot, d.view, 0, 1)
    details = find(d, type(d.details), "auditDetails").toPlainText()
    assert "xiaoli" in details and "customer.update" in details
    assert '"phone": "13912345678"' in details and '"phone": "13700001111"' in details

    choose(find(d, QComboBox, "actionFilter"), action_label("customer.create"))
    click(qtbot, button(d, "Filter"))
    assert column_texts(d.view, 2) == ["customer added"]
    assert column_texts(d.view, 1) == ["xiaoli"]

    choose(find(d, QComboBox, "actionFilter"), "All actions")
    choose(find(d, QComboBox, "userFilter"), "xiaoli")
    click(qtbot, button(d, "Filter"))
    assert set(column_texts(d.view, 1)) == {"xiaoli"}
    assert d.model.rowCount() == len([e for e in office.audit.audit_repo.search() if e.username == "xiaoli"])

    choose(find(d, QComboBox, "userFilter"), "All users")
    text = find(d, QLineEdit, "textFilter")
    retype(qtbot, text, "13700001111")
    QTest.keyClick(text, Qt.Key.Key_Return)
    assert column_texts(d.view, 2) == ["customer changed"]

    retype(qtbot, text, "no such text %_")
    QTest.keyClick(text, Qt.Key.Key_Return)
    assert d.model.rowCount() == 0 and find(d, QLabel, "auditCount").text() == "0 events"


def test_verify_chain_intact_then_broken_after_tampering(qtbot, busy_office, admin, messages):
    office = busy_office
    d = _audit(qtbot, office, admin)
    count = office.audit.audit_repo.count()

    click(qtbot, button(d, "Verify chain"))
    assert messages.errors == []
    assert messages.infos == [f"The audit chain of {count} events is intact."]
    assert events_exactly(office, "audit.verify")[0].summary == "ok"
    assert column_texts(d.view, 2)[0] == "audit chain verified"  # the list shows the check itself

    office.db._conn.execute("UPDATE audit_events SET summary = 'x' WHERE id = 2")
    click(qtbot, button(d, "Verify chain"))
    assert len(messages.errors) == 1
    assert "The audit chain is broken" in messages.errors[0] and "event 2" in messages.errors[0]
    assert events_exactly(office, "audit.verify")[0].summary != "ok"


def test_check_database_from_the_menu(qtbot, office, admin, messages):
    w = show(qtbot, MainWindow(office, admin))
    w.check_action.trigger()
    assert messages.errors == [] and messages.infos[0].startswith("All checks passed.")
    assert "audit_chain" in messages.infos[0]
    assert len(events_exactly(office, "database.check")) == 1


# ------------------------------------------------------------------ other roles
@pytest.mark.parametrize("role", ["clerk", "archivist", "viewer"])
def test_non_admin_main_window_has_no_administration(qtbot, office, make_user, role):
    session = make_user(role)
    w = show(qtbot, MainWindow(office, session))
    assert not w.users_action.isEnabled()
    assert not w.audit_action.isEnabled()
    assert w.new_action.isEnabled() == (role != "viewer")
    assert w.check_action.isEnabled()
    status = " ".join(lab.text() for lab in w.statusBar().findChildren(QLabel))
    assert f"{role} user" in status

    # Hidden buttons are not the protection: the service refuses, and the refusal is audited.
    with pytest.raises(PermissionDenied, match="manage user accounts"):
        office.auth.list_users(session)
    with pytest.raises(PermissionDenied):
        office.auth.create_user(session, "sneaky", "", "admin", PASSWORD)
    with pytest.raises(PermissionDenied, match="read the audit log"):
        office.audit.events(session)
    with pytest.raises(PermissionDenied):
        UsersDialog(office, session)
    denied = events_exactly(office, "permission.denied")
    assert {e.summary for e in denied} == {"user.manage", "audit.read"}
    assert all(e.username == session.username for e in denied)
    assert office.auth.users.by_username("sneaky") is None


def test_manager_reads_the_audit_log_but_not_users(qtbot, office, make_user, modals):
    manager = make_user("manager")
    w = show(qtbot, MainWindow(office, manager))
    assert w.audit_action.isEnabled() and not w.users_action.isEnabled()

    def read(dialog):
        assert isinstance(dialog, AuditDialog)
        users = find(dialog, QComboBox, "userFilter")
        assert [users.itemText(i) for i in range(users.count())] == ["All users"]
        assert dialog.model.rowCount() > 0
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    modals.expect(read)
    w.audit_action.trigger()
    modals.check()
    assert events_exactly(office, "permission.denied") == []
    with pytest.raises(PermissionDenied):
        office.auth.list_users(manager)
