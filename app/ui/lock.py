"""Locking the desk: after some idle minutes or on Ctrl+L every window is covered and the password is
asked again; and an ID number copied to the clipboard is cleared from it after 30 seconds.

Covering instead of hiding keeps whatever a clerk was typing in an open form: nothing is lost, but
nothing is readable (window titles too) until the password is given.
"""
from __future__ import annotations

import re
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.i18n import translate
from app.ui.common import dialog_buttons, ErrorLabel

CLIPBOARD_CLEAR_MS = 30_000
MAX_UNLOCK_FAILURES = 5
_ID_NUMBER = re.compile(r"^\s*(\d{17}[\dXx]|[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})\s*$")
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                 QEvent.Type.TouchBegin}


class IdleWatch(QObject):
    """Remembers when the user last pressed a key, clicked, moved the mouse or scrolled in the program."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.last_input = time.monotonic()
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class Curtain(QWidget):
    """An opaque cover over one window while the program is locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockCurtain { background: #2f3a46; } QLabel { color: white; font-size: 16pt; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        text = QLabel(translate("Lock", "KeDang is locked"), self)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
            self.raise_()
        return False


class LockScreen(QDialog):
    """Asks the signed-in user's password again; after too many wrong ones the program quits."""

    quit_requested = Signal()

    def __init__(self, office, session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("lockScreen")
        self.setWindowTitle(translate("Lock", "KeDang is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)
        self.failures = 0
        info = QLabel(translate("Lock", "The program was locked to keep the records private. {name}, enter your "
                                        "password to go on.").format(name=session.display_name or session.username))
        info.setWordWrap(True)
        self.password = QLineEdit(objectName="unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(info)
        form.addRow(translate("Lock", "Password"), self.password)
        buttons = dialog_buttons(self, self._unlock, translate("Lock", "Unlock"))
        quit_button = QPushButton(translate("Lock", "Quit KeDang"), objectName="quitLocked")
        quit_button.clicked.connect(self._quit)
        buttons.addButton(quit_button, buttons.ButtonRole.DestructiveRole)
        cancel = buttons.button(buttons.StandardButton.Cancel)
        buttons.removeButton(cancel)   # there is no way around the password
        cancel.deleteLater()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def reject(self) -> None:  # Esc does not unlock
        pass

    def _unlock(self) -> None:
        ok = False
        try:
            ok = self.office.auth.verify_session(self.session, self.password.text())
        except Exception:  # noqa: BLE001 - an unreadable database is the same as a wrong password here
            ok = False
        self.password.clear()
        if ok:
            self._audit("session.unlock")
            self.accept()
            return
        self.failures += 1
        self._audit("session.unlock_failed")
        if self.failures >= MAX_UNLOCK_FAILURES:
            self.error.show_message(translate("Lock", "Too many wrong passwords: KeDang closes."))
            self._quit()
            return
        self.error.show_message(translate("Lock", "Wrong password. {n} attempts left before KeDang closes.").format(
            n=MAX_UNLOCK_FAILURES - self.failures))

    def _quit(self) -> None:
        self.done(2)
        self.quit_requested.emit()

    def _audit(self, action: str) -> None:
        try:
            with self.office.db.transaction():
                self.office.audit.audit(self.session, action, "user", self.session.user_id,
                                        summary=self.session.username)
        except Exception:  # noqa: BLE001 - the lock works even when the log cannot be written
            pass


class DeskLock(QObject):
    """Locks every window of the program after ``minutes`` idle or when asked, until the password is given."""

    locked = Signal()
    unlocked = Signal()
    quit_requested = Signal()
    CHECK_MS = 15_000

    def __init__(self, office, session, minutes: float, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.minutes = minutes
        self.watch = IdleWatch(self)
        self.is_locked = False
        self.timer = QTimer(self, interval=self.CHECK_MS)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        if not self.is_locked and self.minutes > 0 and self.watch.idle_seconds() >= self.minutes * 60:
            self.lock()

    def lock(self) -> bool:
        """Cover every window and ask for the password; True when unlocked again."""
        if self.is_locked:
            return False
        self.is_locked = True
        covered = []
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and not isinstance(w, LockScreen) and w.windowType() != Qt.WindowType.ToolTip:
                covered.append((w, w.windowTitle(), w.isEnabled(), Curtain(w)))
                w.setWindowTitle(translate("Lock", "KeDang (locked)"))
                w.setEnabled(False)
        self.locked.emit()
        try:
            with self.office.db.transaction():
                self.office.audit.audit(self.session, "session.lock", "user", self.session.user_id,
                                        summary=self.session.username)
        except Exception:  # noqa: BLE001
            pass
        screen = LockScreen(self.office, self.session)
        screen.quit_requested.connect(self.quit_requested)
        result = screen.exec()
        screen.deleteLater()
        for w, title, enabled, curtain in covered:
            try:
                curtain.hide()
                curtain.deleteLater()
                w.setWindowTitle(title)
                w.setEnabled(enabled)
            except RuntimeError:  # the window was closed meanwhile
                pass
        self.is_locked = False
        self.watch.last_input = time.monotonic()
        if result == QDialog.DialogCode.Accepted:
            self.unlocked.emit()
            return True
        return False

    def stop(self) -> None:
        self.timer.stop()
        self.watch.stop()


class ClipboardGuard(QObject):
    """Clears an ID number from the clipboard after 30 seconds if the clipboard still holds it."""

    def __init__(self, parent=None, delay_ms: int = CLIPBOARD_CLEAR_MS):
        super().__init__(parent)
        self.clipboard = QGuiApplication.clipboard()
        self.held = ""
        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self._clear)
        self.clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        text = self.clipboard.text()
        if _ID_NUMBER.match(text or ""):
            self.held = text
            self.timer.start()

    def _clear(self) -> None:
        if self.held and self.clipboard.text() == self.held:
            self.clipboard.clear()
        self.held = ""

    def stop(self) -> None:
        self.timer.stop()
        try:
            self.clipboard.dataChanged.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass
