"""Signing in, lockout, the recovery-key prompt, and the whole program start (run_gui)."""
from __future__ import annotations

import argparse
import secrets

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit

from app import security
from app.office import open_office
from app.ui.login import LoginDialog, RecoveryKeyDialog
from tests.conftest import PASSWORD
from tests.gui_helpers import button, click, events_exactly, find, messages, modals, retype, show, type_text  # noqa: F401


def _login_dialog(qtbot, office, username: str = "") -> LoginDialog:
    d = LoginDialog(office, username=username)
    show(qtbot, d)
    return d


def _sign_in(qtbot, d: LoginDialog, username: str, password: str, *, enter: bool = False) -> None:
    retype(qtbot, find(d, QLineEdit, "username"), username)
    pw = find(d, QLineEdit, "password")
    retype(qtbot, pw, password)
    if enter:
        QTest.keyClick(pw, Qt.Key.Key_Return)
    else:
        click(qtbot, button(d, "Sign in"))


def test_right_password_signs_in_with_the_users_role(qtbot, office, make_user):
    make_user("clerk", "xiaoli")
    d = _login_dialog(qtbot, office)
    assert office.company() in d.windowTitle()
    _sign_in(qtbot, d, "xiaoli", PASSWORD, enter=True)  # Enter in the password field signs in

    assert d.result() == QDialog.DialogCode.Accepted and not d.isVisible()
    assert d.session is not None and d.session.username == "xiaoli" and d.session.role == "clerk"
    last = events_exactly(office, "login")[0]
    assert last.username == "xiaoli" and last.entity_id == str(d.session.user_id)


def test_wrong_password_says_attempts_left_and_dialog_stays(qtbot, office):
    d = _login_dialog(qtbot, office, username="admin")
    _sign_in(qtbot, d, "admin", "Wrong2026!")

    assert d.isVisible() and d.session is None and d.result() != QDialog.DialogCode.Accepted
    assert d.error.isVisible()
    assert "Wrong user name or password" in d.error.text()
    assert "4 attempts left" in d.error.text()
    assert find(d, QLineEdit, "password").text() == ""  # cleared for the next try
    assert d.focusWidget() is find(d, QLineEdit, "password")  # the cursor is back in it
    failed = events_exactly(office, "login.failed")[0]
    assert failed.summary == "admin" and '"reason": "password"' in failed.payload

    # The next try with the right password works and clears the message.
    _sign_in(qtbot, d, "admin", PASSWORD)
    assert d.result() == QDialog.DialogCode.Accepted and d.session.role == "admin"


def test_unknown_user_gets_the_same_message(qtbot, office):
    d = _login_dialog(qtbot, office)
    _sign_in(qtbot, d, "nobody", PASSWORD)
    assert d.isVisible() and d.session is None
    assert "Wrong user name or password" in d.error.text()
    assert "attempts left" not in d.error.text()  # does not tell which names exist


def test_five_wrong_passwords_lock_the_account(qtbot, office):
    d = _login_dialog(qtbot, office)
    texts = []
    for n in range(5):
        _sign_in(qtbot, d, "admin", f"Wrong{n}xyz")
        texts.append(d.error.text())
    assert "One more wrong password locks the account." in texts[3]
    assert "locked" in texts[4] and "5 minutes" in texts[4]

    # Even the right password is now refused, with the lock message; the dialog stays open.
    _sign_in(qtbot, d, "admin", PASSWORD)
    assert d.isVisible() and d.session is None
    assert "locked" in d.error.text() and "Try again in" in d.error.text()
    assert len(events_exactly(office, "login.locked")) == 1
    user = office.auth.users.by_username("admin")
    assert user.locked_until
    assert len(events_exactly(office, "login")) == 0


def test_deactivated_user_is_told_so(qtbot, office, admin, make_user):
    make_user("viewer", "gone")
    uid = office.auth.users.by_username("gone").id
    office.auth.update_user(admin, uid, active=False)
    d = _login_dialog(qtbot, office)
    _sign_in(qtbot, d, "gone", PASSWORD)
    assert d.isVisible() and d.session is None
    assert "deactivated" in d.error.text()


def test_cancel_leaves_without_session(qtbot, office):
    d = _login_dialog(qtbot, office)
    QTest.keyClick(d, Qt.Key.Key_Escape)
    assert d.result() == QDialog.DialogCode.Rejected and d.session is None


# ------------------------------------------------------------------ recovery key
@pytest.fixture
def lost_key(office, memory_keyring):
    """The office file exists but this computer's key store has lost its key."""
    path, recovery_key, db_id = office.path, office.created.recovery_key, office.db.file_id()
    office.close()
    memory_keyring.store.clear()
    return path, recovery_key, db_id


def _key_dialog(qtbot, path) -> RecoveryKeyDialog:
    d = RecoveryKeyDialog(path)
    show(qtbot, d)
    return d


def test_mistyped_recovery_key_is_explained(qtbot, lost_key, memory_keyring):
    path, recovery_key, _ = lost_key
    before = path.read_bytes()
    d = _key_dialog(qtbot, path)
    assert str(path) in "".join(lab.text() for lab in d.findChildren(QLabel))

    # One group short.
    retype(qtbot, find(d, QLineEdit, "recoveryKey"), recovery_key[:-5])
    click(qtbot, button(d, "Open"))
    assert d.isVisible() and d.office is None
    assert "A recovery key has 56 letters and digits; 52 were entered." in d.error.text()

    # A typing error in one group: caught by the check group.
    groups = recovery_key.split("-")
    groups[3] = "0000" if groups[3] != "0000" else "1111"
    retype(qtbot, find(d, QLineEdit, "recoveryKey"), "-".join(groups))
    click(qtbot, button(d, "Open"))
    assert d.isVisible() and d.office is None
    assert "typing error" in d.error.text()

    # A well-formed key of another database: says the key is wrong, leaves the file alone.
    other = security.format_recovery_key(secrets.token_bytes(32))
    retype(qtbot, find(d, QLineEdit, "recoveryKey"), other)
    click(qtbot, button(d, "Open"))
    assert d.isVisible() and d.office is None
    assert "The key does not open this database" in d.error.text()
    assert memory_keyring.store == {}
    assert path.read_bytes() == before


def test_right_recovery_key_opens_and_is_kept_again(qtbot, lost_key, memory_keyring):
    path, recovery_key, db_id = lost_key
    d = _key_dialog(qtbot, path)
    # Typed the way people copy it from paper: lower case, spaces instead of dashes.
    retype(qtbot, find(d, QLineEdit, "recoveryKey"), recovery_key.lower().replace("-", " "))
    click(qtbot, button(d, "Open"))
    try:
        assert d.result() == QDialog.DialogCode.Accepted, d.error.text()
        assert d.office is not None
        assert d.office.auth.login("admin", PASSWORD).role == "admin"
        key = security.parse_recovery_key(recovery_key)
        assert memory_keyring.store == {(security.KEYRING_SERVICE, db_id): key.hex()}
    finally:
        if d.office is not None:
            d.office.close()
    again = open_office(path)  # next start: no prompt
    again.close()


# ------------------------------------------------------------------ the whole start
def _args(db=None):
    return argparse.Namespace(demo=False, db=str(db) if db else None, lang="en", command=None)


class _MainWindowWatcher:
    """Waits (inside app.exec) for the main window, records what it shows, then closes it."""

    def __init__(self, timeout_ms: int = 15000):
        self.seen: dict = {}
        self.error: str | None = None
        self._left = timeout_ms // 20
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        from app.ui.main_window import MainWindow

        self._left -= 1
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows and self._left > 0:
            return
        self._timer.stop()
        if not windows:
            self.error = "the main window never appeared"
            QApplication.exit(99)
            return
        w = windows[0]
        try:
            w.customer_list.apply_filter()
            self.seen = {"title": w.windowTitle(), "user": w.session.username, "role": w.session.role,
                         "rows": w.customer_list.model.rowCount(), "users_enabled": w.users_action.isEnabled()}
        finally:
            w.close()  # the last window: app.exec() returns
            w.deleteLater()


def test_run_gui_signs_in_and_shows_the_main_window(qtbot, office, make_user, tmp_path, modals):
    from app.ui.main import run_gui
    from app.ui.settings import Settings

    make_user("clerk", "xiaoli")
    office.customers.create(office.created.admin, {"name": "张伟", "phone": "13912345678"})
    path = office.path
    office.close()

    def sign_in(dialog):
        assert isinstance(dialog, LoginDialog)
        retype(qtbot, find(dialog, QLineEdit, "username"), "xiaoli")
        retype(qtbot, find(dialog, QLineEdit, "password"), "Wrong000!")
        click(qtbot, button(dialog, "Sign in"))
        assert "attempts left" in dialog.error.text() and dialog.isVisible()
        retype(qtbot, find(dialog, QLineEdit, "password"), PASSWORD)
        QTest.keyClick(find(dialog, QLineEdit, "password"), Qt.Key.Key_Return)

    modals.expect(sign_in)
    watcher = _MainWindowWatcher()
    code = run_gui(_args(path))
    modals.check()
    assert watcher.error is None
    assert code == 0
    assert watcher.seen["user"] == "xiaoli" and watcher.seen["role"] == "clerk"
    assert "鸿运物业" in watcher.seen["title"]
    assert watcher.seen["rows"] == 1
    assert watcher.seen["users_enabled"] is False

    assert Settings().get("database") == str(path)  # remembered for the next start
    reopened = open_office(path)
    try:
        actions = [(e.username, e.action) for e in reopened.audit.audit_repo.search()]
        assert ("xiaoli", "login") in actions and ("xiaoli", "logout") in actions
        assert ("", "login.failed") in actions
    finally:
        reopened.close()


def test_run_gui_first_start_runs_the_wizard(qtbot, tmp_path, memory_keyring, modals):
    from PySide6.QtWidgets import QCheckBox, QWizard

    from app import paths
    from app.ui.main import run_gui
    from app.ui.setup_wizard import SetupWizard

    default = paths.default_database_path()
    assert str(default).startswith(str(tmp_path))  # KEDANG_HOME points into the test folder
    W = QWizard.WizardButton

    def set_up(wizard):
        assert isinstance(wizard, SetupWizard)
        click(qtbot, wizard.button(W.NextButton))
        assert find(wizard, QLineEdit, "databasePath").text() == str(default)
        type_text(qtbot, find(wizard, QLineEdit, "company"), "鸿运物业")
        click(qtbot, wizard.button(W.NextButton))
        type_text(qtbot, find(wizard, QLineEdit, "adminDisplayName"), "王管理")
        retype(qtbot, find(wizard, QLineEdit, "adminPassword"), PASSWORD)
        retype(qtbot, find(wizard, QLineEdit, "adminRepeat"), PASSWORD)
        click(qtbot, wizard.button(W.CommitButton))
        assert wizard.currentPage() is wizard.key_page, wizard.admin_page.error.text()
        click(qtbot, find(wizard, QCheckBox, "confirmKept"))
        click(qtbot, wizard.button(W.NextButton))
        click(qtbot, wizard.button(W.FinishButton))

    modals.expect(set_up)
    watcher = _MainWindowWatcher()
    code = run_gui(_args())
    modals.check()
    assert watcher.error is None and code == 0
    assert watcher.seen["user"] == "admin" and watcher.seen["role"] == "admin" and watcher.seen["users_enabled"]
    assert default.is_file() and len(memory_keyring.store) == 1

    # Second start: the file exists, the key is in the key store: straight to the sign-in dialog.
    def sign_in(dialog):
        assert isinstance(dialog, LoginDialog)
        retype(qtbot, find(dialog, QLineEdit, "username"), "admin")
        retype(qtbot, find(dialog, QLineEdit, "password"), PASSWORD)
        click(qtbot, button(dialog, "Sign in"))

    modals.expect(sign_in)
    watcher = _MainWindowWatcher()
    assert run_gui(_args()) == 0
    modals.check()
    assert watcher.seen["role"] == "admin"


def test_run_gui_asks_for_the_recovery_key_when_the_keyring_lost_it(qtbot, lost_key, memory_keyring, modals):
    from app.ui.main import run_gui

    path, recovery_key, db_id = lost_key

    def recover(dialog):
        assert isinstance(dialog, RecoveryKeyDialog)
        retype(qtbot, find(dialog, QLineEdit, "recoveryKey"), recovery_key)
        click(qtbot, button(dialog, "Open"))

    def sign_in(dialog):
        assert isinstance(dialog, LoginDialog)
        retype(qtbot, find(dialog, QLineEdit, "username"), "admin")
        retype(qtbot, find(dialog, QLineEdit, "password"), PASSWORD)
        click(qtbot, button(dialog, "Sign in"))

    modals.expect(recover, sign_in)
    watcher = _MainWindowWatcher()
    assert run_gui(_args(path)) == 0
    modals.check()
    assert watcher.seen["role"] == "admin"
    assert (security.KEYRING_SERVICE, db_id) in memory_keyring.store


def test_run_gui_cancelled_sign_in_exits_non_zero(qtbot, office, modals):
    from app.ui.main import run_gui

    path = office.path
    office.close()

    def cancel(dialog):
        assert isinstance(dialog, LoginDialog)
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel))

    modals.expect(cancel)
    assert run_gui(_args(path)) == 1
    modals.check()
