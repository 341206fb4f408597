"""Helpers for the GUI tests: patched message boxes, a driver for modal dialogs, clerk-like input.

Nothing here may leave a modal dialog open: a dialog that is still open when its handler returns,
a handler that raises, or a dialog that never shows up within the time limit is closed and
reported as a test failure instead of hanging the run (offscreen Qt never closes it).
"""
from __future__ import annotations

import time
from collections import deque
from typing import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QDialog, QFileDialog, QLineEdit, QMessageBox, QProgressDialog, QTableView,
    QWidget,
)

from app.errors import user_message

# Modules that import show_error / show_info / ask by name (patched where they are imported).
MESSAGE_MODULES = ("app.ui.common", "app.ui.main_window", "app.ui.customer_form", "app.ui.dossier", "app.ui.admin",
                   "app.ui.entries", "app.ui.attachments", "app.ui.today", "app.ui.merge", "app.ui.custom_fields",
                   "app.ui.registers", "app.ui.archive_files", "app.ui.handovers", "app.ui.loans",
                   "app.ui.archive_room", "app.ui.report_export", "app.ui.stocktake",
                   "app.ui.archive_settings", "app.ui.surveys", "app.ui.property", "app.ui.customer_list", "app.ui.letterhead", "app.ui.import_wizard", "app.ui.backups",
                   "app.ui.retention", "app.ui.consents")


class Messages:
    """Stands in for app.ui.common.show_error/show_info/ask and records what the user would read."""

    def __init__(self):
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []
        self.answers: deque[bool] = deque()

    def show_error(self, parent, error, title=None) -> None:
        self.errors.append(error if isinstance(error, str) else user_message(error))

    def show_info(self, parent, text, title=None) -> None:
        self.infos.append(text)

    def ask(self, parent, text, title=None) -> bool:
        self.questions.append(text)
        if not self.answers:
            raise AssertionError(f"unexpected question (no answer prepared): {text!r}")
        return self.answers.popleft()


def _unexpected(kind: str):
    def fail(*args, **kwargs):
        raise AssertionError(f"a real {kind} would block the offscreen test run: {args[1:3]!r}")
    return staticmethod(fail)


def install_messages(monkeypatch) -> Messages:
    import importlib

    messages = Messages()
    for name in MESSAGE_MODULES:
        module = importlib.import_module(name)
        for attr in ("show_error", "show_info", "ask"):
            if hasattr(module, attr):
                monkeypatch.setattr(module, attr, getattr(messages, attr))
    # Safety net: any real message box or file dialog fails loudly instead of hanging.
    for attr in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, attr, _unexpected(f"QMessageBox.{attr}"))
    for attr in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, attr, _unexpected(f"QFileDialog.{attr}"))
    return messages


def close_modals() -> None:
    """Reject every modal dialog still open (used only when a test has already failed)."""
    for _ in range(20):
        w = QApplication.activeModalWidget()
        if w is None:
            return
        if isinstance(w, QDialog):
            w.reject()
        else:
            w.close()


class ModalDriver:
    """Runs one handler for each modal dialog the code under test opens with exec(), in order.

    Each handler receives the dialog and must finish it (click Save, OK or Cancel). A dialog
    left open, a handler error, an expected dialog that never shows up, or a modal dialog that no
    handler expects becomes a failure reported by ``check()`` (and the dialog is closed).
    """

    POLL_MS = 10

    def __init__(self):
        self.handlers: deque[Callable[[QWidget], None]] = deque()
        self.errors: list[str] = []
        self.handled: list[QWidget] = []
        self._timer = QTimer()
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._deadline = 0.0
        self._active: list[QWidget] = []  # dialogs whose handler is running (a handler may open another)
        self._timer.start()

    def expect(self, *handlers: Callable[[QWidget], None], timeout: float = 10.0) -> "ModalDriver":
        self.handlers.extend(handlers)
        self._deadline = time.monotonic() + timeout
        return self

    def _poll(self) -> None:
        if self.handlers and time.monotonic() > self._deadline:
            self.errors.append(f"{len(self.handlers)} expected dialog(s) never appeared")
            self.handlers.clear()
            close_modals()
            return
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or any(modal is w for w in self._active):
            return
        if isinstance(modal, QProgressDialog):  # progress of long work: it closes by itself
            return
        if not self.handlers:
            self.errors.append(f"unexpected modal dialog {type(modal).__name__} {modal.windowTitle()!r}")
            close_modals()
            return
        handler = self.handlers.popleft()
        self._active.append(modal)
        # Qt never fires a timer again while its own slot runs: a handler that opens another
        # modal dialog needs a second timer to reach it.
        nested = QTimer()
        nested.setInterval(self.POLL_MS)
        nested.timeout.connect(self._poll)
        nested.start()
        try:
            self.handled.append(modal)
            handler(modal)
        except BaseException as exc:  # noqa: BLE001 - reported by check(); the dialog must not hang the run
            self.errors.append(f"{type(exc).__name__}: {exc}")
            self.handlers.clear()
            close_modals()
        else:
            if modal.isVisible() and QApplication.activeModalWidget() is modal:
                self.errors.append(f"handler left {type(modal).__name__} open")
                close_modals()
        finally:
            nested.stop()
            self._active.remove(modal)

    def check(self) -> None:
        """Fail the test for anything that went wrong with a dialog so far (called again at teardown)."""
        if self.handlers:
            self.errors.append(f"{len(self.handlers)} expected dialog(s) never appeared")
            self.handlers.clear()
        errors, self.errors = self.errors, []
        if errors:
            pytest.fail("; ".join(errors))

    def stop(self) -> None:
        self._timer.stop()
        close_modals()


# ------------------------------------------------------------------ clerk-like input
def show(qtbot, widget: QWidget) -> QWidget:
    """Show a window and make it the active one, as it is on the clerk's screen (shortcuts need that)."""
    qtbot.addWidget(widget)
    widget.show()
    assert QTest.qWaitForWindowExposed(widget, 3000)
    widget.activateWindow()
    assert QTest.qWaitForWindowActive(widget, 3000), f"{type(widget).__name__} did not become the active window"
    return widget


def double_click(qtbot, widget: QWidget, pos: QPoint) -> None:
    """A real double-click: press and release, then the double-click event."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def find(parent: QWidget, cls, name: str):
    w = parent.findChild(cls, name)
    assert w is not None, f"no {cls.__name__} named {name!r} in {type(parent).__name__}"
    return w


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The button a user reads as ``text`` (ignoring the & of mnemonics)."""
    matches = [b for b in parent.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    assert matches, f"no button {text!r}; have {[b.text() for b in parent.findChildren(QAbstractButton)]}"
    return matches[0]


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII as key presses, Chinese as the input method commits it.

    (QTest cannot press keys for CJK characters; a Chinese IME delivers them as a commit string.)
    """
    from itertools import groupby

    for ascii_run, chars in groupby(text, key=str.isascii):
        chunk = "".join(chars)
        if ascii_run:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def retype(qtbot, line: QLineEdit, text: str) -> None:
    """Click into a field, select everything and type over it, as a clerk does."""
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, line, text)
    else:
        QTest.keyClick(line, Qt.Key.Key_Delete)
    assert line.text() == text or line.isReadOnly()


def choose(combo: QComboBox, text: str) -> None:
    """Pick an entry of a combo box with the keyboard (Home, then Down until it shows ``text``)."""
    assert combo.findText(text) >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def row_pos(view: QTableView, row: int, column: int = 0) -> QPoint:
    view.scrollTo(view.model().index(row, column))
    return view.visualRect(view.model().index(row, column)).center()


def click_row(qtbot, view: QTableView, row: int, column: int = 0) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row_pos(view, row, column))
    assert view.currentIndex().row() == row


def click_header(qtbot, view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def column_texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def find_row(view: QTableView, column: int, text: str) -> int:
    texts = column_texts(view, column)
    assert text in texts, f"{text!r} not in column {column}: {texts}"
    return texts.index(text)


def audit_events(office, action: str | None = None):
    """Audit events straight from the repository (newest first), without recording a read."""
    return office.audit.audit_repo.search(action=action)


def events_exactly(office, action: str):
    return [e for e in audit_events(office, action) if e.action == action]


# ------------------------------------------------------------------ fixtures (imported by the test modules)
@pytest.fixture(autouse=True)
def messages(monkeypatch, qapp) -> Messages:
    """Every GUI test: message boxes patched (recorded), real ones and file dialogs fail loudly."""
    return install_messages(monkeypatch)


# PySide6 6.12.0 on Python 3.11: every Python-side Signal.emit() drops one reference to True
# (see test_gui_customers.py::test_typing_does_not_eat_references_to_true). The app emits on every
# keystroke in the customer form, so a few thousand typed characters bring True's count to zero
# and the interpreter aborts ("Fatal Python error: bool_dealloc") — in this suite, at exit.
# The references each test loses are given back after it (Py_IncRef without an owner, exactly
# undoing the stray decrefs), so that one bug does not abort the whole run; the test named above
# still fails on it.
def _give_back_lost_bool_references(true_before: int, false_before: int) -> None:
    import ctypes
    import sys

    for value, before in ((True, true_before), (False, false_before)):
        for _ in range(before - sys.getrefcount(value)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def settle_event_loop() -> None:
    """Clear a quit request left over from an earlier test.

    A Quit event handled outside QApplication.exec() (a window closing in an earlier test) leaves
    Qt's quit flag set, and then every QDialog.exec() returns at once without showing the dialog.
    Only QApplication.exec() clears the flag: run it for one turn.
    """
    app = QApplication.instance()
    QTimer.singleShot(0, app.quit)
    app.exec()


@pytest.fixture(autouse=True)
def modals(qapp):
    """Every GUI test: modal dialogs are handled by the test's handlers, or closed and reported."""
    import sys

    counts = sys.getrefcount(True), sys.getrefcount(False)
    settle_event_loop()
    driver = ModalDriver()
    yield driver
    driver.stop()
    _give_back_lost_bool_references(*counts)
    driver.check()


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The file the next "save as" dialog answers with: ``save_to("list.xlsx")`` returns its path."""
    def target(name: str):
        path = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
        return path
    return target
