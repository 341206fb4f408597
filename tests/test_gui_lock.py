"""The desk locks itself: Ctrl+L or idle minutes cover every window until the password is given; an ID number
copied to the clipboard does not stay there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from app.ui import lock as lock_module
from app.ui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.gui_helpers import button, click, events_exactly, messages, modals, show, type_text  # noqa: F401


def curtains(window):
    return [w for w in window.findChildren(QWidget, "lockCurtain") if w.isVisible()]


def test_ctrl_l_covers_every_window_until_the_password_is_given(qtbot, office, make_user, modals, messages):
    clerk = make_user("clerk")
    customer = office.customers.create(clerk, {"name": "张伟", "phone": "13900000001"})
    window = show(qtbot, MainWindow(office, clerk))
    dossier = window.open_dossier(customer.id)
    title = dossier.windowTitle()
    seen = {}

    def locked(dlg):
        seen["covered"] = bool(curtains(window)) and bool(curtains(dossier))
        seen["titles"] = (window.windowTitle(), dossier.windowTitle())
        seen["disabled"] = not window.isEnabled() and not dossier.isEnabled()
        assert "Cancel" not in [b.text() for b in dlg.findChildren(QPushButton)]   # no way around the password
        QTest.keyClick(dlg, Qt.Key.Key_Escape)          # Esc does not unlock
        assert dlg.isVisible()
        type_text(qtbot, dlg.password, "wrong")
        click(qtbot, button(dlg, "Unlock"))
        seen["error"] = dlg.error.text()
        type_text(qtbot, dlg.password, PASSWORD)
        click(qtbot, button(dlg, "Unlock"))
    modals.expect(locked)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert seen["covered"] and seen["disabled"]
    assert seen["titles"] == ("KeDang (locked)", "KeDang (locked)")
    assert seen["error"] == "Wrong password. 4 attempts left before KeDang closes."
    assert not curtains(window) and not curtains(dossier)
    assert window.isEnabled() and dossier.windowTitle() == title
    actions = [e.action for e in reversed(events_exactly(office, "session.lock") + events_exactly(office, "session.unlock")
                                          + events_exactly(office, "session.unlock_failed"))]
    assert sorted(actions) == ["session.lock", "session.unlock", "session.unlock_failed"]


def test_the_desk_locks_itself_after_the_idle_minutes(qtbot, office, admin, monkeypatch, modals):
    monkeypatch.setattr(lock_module.DeskLock, "CHECK_MS", 20)
    window = show(qtbot, MainWindow(office, admin))
    window.desk_lock.timer.setInterval(20)
    window.desk_lock.minutes = 0.5 / 60          # half a second
    unlocked = []

    def unlock(dlg):
        type_text(qtbot, dlg.password, PASSWORD)
        click(qtbot, button(dlg, "Unlock"))
        unlocked.append(True)
    modals.expect(unlock, timeout=5)
    qtbot.waitUntil(lambda: bool(unlocked), timeout=5000)
    modals.check()
    assert not curtains(window)


def test_a_copied_id_number_is_cleared_from_the_clipboard(qtbot, office, admin):
    window = show(qtbot, MainWindow(office, admin))
    window.clipboard_guard.timer.setInterval(100)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("110105194912310021")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    clipboard.setText("3-2-1201 张伟")                # not an ID number: stays
    QTest.qWait(300)
    assert clipboard.text() == "3-2-1201 张伟"
    clipboard.setText("110105194912310021")
    clipboard.setText("something else")               # replaced meanwhile: left alone
    QTest.qWait(300)
    assert clipboard.text() == "something else"
