"""The stock-take page (盘点) on its own, driven as the record keeper counts the safe: start through
the dialog, tick with the mouse and with Space, notes on what is missing, save, a refused finish,
the finish that makes it read-only, the roles that only read, the print hook, and unsaved ticks
that are not lost by switching stock-takes, leaving the tab or a refresh."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QTabWidget

from app.ui.stocktake import CERT_NO, FOUND, NOTE, StocktakePage
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, click, click_row, column_texts, events_exactly, messages, modals, row_pos, show, type_text,
)

TODAY = _dt.date.today().isoformat()
START, SAVE, FINISH = "Start a stock-take…", "Save", "Finish…"
PRINT, EXPORT = "Stock-take report (PDF)…", "Export to Excel…"


@pytest.fixture
def safe(office, admin, keeper):
    """One archive file with two certificates in the safe (CERT-A on the upper shelf, CERT-B below)."""
    c = office.customers.create(admin, {"name": "陈静", "phone": "13800004444"})
    f = office.archive.register_file(keeper, {"archive_no": "鸿借字第001号", "customer_id": c.id, "title": "陈静档案",
                                              "category": "contract", "items": [{"name": "借款合同", "pages": 3}]})
    return [office.archive.register_certificate(keeper, f.id, {"kind": k, "cert_no": no, "holder": "陈静",
                                                               "quantity": 1, "safe_no": "1", "position": pos})
            for k, no, pos in (("property", "CERT-A", "上层1号格"), ("other_rights", "CERT-B", "下层1号格"))]


def open_page(qtbot, office, session) -> StocktakePage:
    return show(qtbot, StocktakePage(office, session))


def checked(page, row: int) -> bool:
    return page.lines.item(row, FOUND).checkState() == Qt.CheckState.Checked


def click_box(qtbot, page, row: int) -> None:
    """A mouse click on the check box of a line's Found cell."""
    rect = page.lines.visualItemRect(page.lines.item(row, FOUND))
    pos = QPoint(rect.left() + 3 + page.lines.style().pixelMetric(page.lines.style().PixelMetric.PM_IndicatorWidth) // 2,
                 rect.center().y())
    qtbot.mouseClick(page.lines.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def write_note(qtbot, page, row: int, text: str) -> None:
    """F2 on the line's note, type, Enter: as the record keeper writes what is known."""
    page.lines.setFocus()
    page.lines.setCurrentCell(row, NOTE)
    QTest.keyClick(page.lines, Qt.Key.Key_F2)
    editors = [w for w in page.lines.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, editors
    type_text(qtbot, editors[0], text)
    QTest.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.lines.item(row, NOTE).text() == text, timeout=1000)


def started(office, keeper):
    return office.stocktakes.start(keeper, "钱档案", "孙经理")


# ------------------------------------------------------------------ starting
def test_a_stocktake_is_started_through_the_dialog(qtbot, office, keeper, safe, modals):
    page = open_page(qtbot, office, keeper)
    assert page.model.rowCount() == 0 and page.lines.rowCount() == 0
    assert not button(page, SAVE).isEnabled() and not button(page, PRINT).isEnabled()

    def start(dlg):
        assert dlg.taken_by.text() == "archivist user"          # the one signed in counts, unless changed
        assert dlg.date.date().toString("yyyy-MM-dd") == TODAY
        type_text(qtbot, dlg.witness, "孙经理")
        click(qtbot, button(dlg, "Start"))
    modals.expect(start)
    click(qtbot, button(page, START))
    modals.check()

    st = office.stocktakes.open_one(keeper)
    assert (st.taken_by, st.witness, st.taken_on, len(st.lines)) == ("archivist user", "孙经理", TODAY, 2)
    assert column_texts(page.view, 3) == ["In progress"]
    assert [page.lines.item(r, CERT_NO).text() for r in range(2)] == ["CERT-A", "CERT-B"]
    assert not checked(page, 0) and not checked(page, 1)
    assert page.summary.text() == "On the register 2 · found 0 · not found 2"
    assert not button(page, START).isEnabled()                  # one stock-take at a time
    assert button(page, SAVE).isEnabled() and button(page, FINISH).isEnabled()
    # the cursor waits on the first line's box: counting starts at once
    assert (page.lines.currentRow(), page.lines.currentColumn()) == (0, FOUND)
    assert page.focusWidget() is page.lines


def test_the_start_dialog_names_a_missing_counter_and_starts_nothing(qtbot, office, keeper, safe, modals):
    page = open_page(qtbot, office, keeper)

    def start(dlg):
        dlg.taken_by.clear()
        click(qtbot, button(dlg, "Start"))
        assert dlg.isVisible()
        assert dlg.error.text().startswith("Counted by:")
        click(qtbot, button(dlg, "Cancel"))
    modals.expect(start)
    click(qtbot, button(page, START))
    modals.check()
    assert office.stocktakes.list(keeper) == [] and page.model.rowCount() == 0


# ------------------------------------------------------------------ ticking, notes, saving
def test_ticks_with_the_mouse_and_with_space_and_the_live_summary(qtbot, office, keeper, safe):
    started(office, keeper)
    page = open_page(qtbot, office, keeper)
    assert page.lines.rowCount() == 2 and not page.dirty

    click_box(qtbot, page, 0)
    assert checked(page, 0) and page.dirty
    assert page.lines.item(0, FOUND).text() == "Found"
    assert page.summary.text() == "On the register 2 · found 1 · not found 1"

    # Space on the current line, whatever column the cursor is in
    page.lines.setFocus()
    page.lines.setCurrentCell(1, CERT_NO)
    QTest.keyClick(page.lines, Qt.Key.Key_Space)
    assert checked(page, 1)
    assert page.summary.text() == "On the register 2 · found 2 · not found 0"
    QTest.keyClick(page.lines, Qt.Key.Key_Space)                 # again: a slip is taken back
    assert not checked(page, 1)
    assert page.summary.text() == "On the register 2 · found 1 · not found 1"
    # nothing is written until Save
    assert not any(ln["found"] for ln in office.stocktakes.open_one(keeper).lines)


def test_a_note_on_a_missing_line_and_save_persists_the_ticks(qtbot, office, keeper, safe):
    st = started(office, keeper)
    page = open_page(qtbot, office, keeper)
    click_box(qtbot, page, 0)
    write_note(qtbot, page, 1, "借给法务部 未登记")                  # a space typed in a note stays in the note
    assert not checked(page, 1)
    type_text(qtbot, page.extras, "未登记的通知书一份")
    type_text(qtbot, page.note, "上午盘点")

    click(qtbot, button(page, SAVE))
    assert not page.dirty
    again = office.stocktakes.get(keeper, st.id)
    assert [(ln["cert_no"], ln["found"], ln["note"]) for ln in again.lines] == [
        ("CERT-A", True, ""), ("CERT-B", False, "借给法务部 未登记")]
    assert again.extras == [{"description": "未登记的通知书一份", "note": ""}]
    assert again.note == "上午盘点" and again.status == "open"
    assert column_texts(page.view, 5) == [1] and column_texts(page.view, 7) == [1]   # found, not on the register
    # a fresh page shows what was saved
    other = open_page(qtbot, office, keeper)
    assert checked(other, 0) and not checked(other, 1)
    assert other.lines.item(1, NOTE).text() == "借给法务部 未登记"
    assert other.extras.toPlainText() == "未登记的通知书一份"


def test_a_note_still_being_typed_is_saved_too(qtbot, office, keeper, safe):
    st = started(office, keeper)
    page = open_page(qtbot, office, keeper)
    page.lines.setFocus()
    page.lines.setCurrentCell(1, NOTE)
    QTest.keyClick(page.lines, Qt.Key.Key_F2)
    (editor,) = [w for w in page.lines.viewport().findChildren(QLineEdit) if w.isVisible()]
    type_text(qtbot, editor, "柜内未见")
    assert page.save()                          # e.g. a shortcut: the editor never lost the focus
    assert office.stocktakes.get(keeper, st.id).lines[1]["note"] == "柜内未见"


def test_a_refused_save_is_shown_and_the_ticks_stay_unsaved(qtbot, office, keeper, safe, messages):
    st = started(office, keeper)
    page = open_page(qtbot, office, keeper)
    click_box(qtbot, page, 0)
    page.lines.item(1, NOTE).setText("很长" * 101)
    click(qtbot, button(page, SAVE))
    assert messages.errors == ["Note: is longer than 200 characters"]
    assert page.dirty and checked(page, 0)
    assert not office.stocktakes.get(keeper, st.id).lines[0]["found"]


def test_extra_finds_keep_their_notes_when_saved_again(qtbot, office, keeper, safe):
    st = started(office, keeper)
    office.stocktakes.save(keeper, st.id, {}, [{"description": "通知书一份", "note": "已交档案室核对"}])
    page = open_page(qtbot, office, keeper)
    assert page.extras.toPlainText() == "通知书一份（已交档案室核对）"
    page.extras.moveCursor(page.extras.textCursor().MoveOperation.End)
    QTest.keyClick(page.extras, Qt.Key.Key_Return)
    type_text(qtbot, page.extras, "旧钥匙一把")
    click(qtbot, button(page, SAVE))
    assert office.stocktakes.get(keeper, st.id).extras == [
        {"description": "通知书一份", "note": "已交档案室核对"}, {"description": "旧钥匙一把", "note": ""}]


# ------------------------------------------------------------------ finishing
def test_finish_without_a_note_on_a_missing_line_is_refused_and_finishes_nothing(qtbot, office, keeper, safe,
                                                                                 messages):
    st = started(office, keeper)
    page = open_page(qtbot, office, keeper)
    click_box(qtbot, page, 0)
    messages.answers.append(True)
    click(qtbot, button(page, FINISH))
    assert "1 certificate(s) not found" in messages.questions[-1]
    assert messages.errors == ["Note: write what is known about each certificate not found: CERT-B"]
    again = office.stocktakes.get(keeper, st.id)
    assert again.status == "open" and again.finished_at is None
    assert events_exactly(office, "stocktake.finish") == []
    assert column_texts(page.view, 3) == ["In progress"]
    assert button(page, SAVE).isEnabled() and button(page, FINISH).isEnabled()
    # the cursor is on the note that is missing
    assert (page.lines.currentRow(), page.lines.currentColumn()) == (1, NOTE)


def test_declining_the_finish_question_changes_nothing(qtbot, office, keeper, safe, messages):
    st = started(office, keeper)
    page = open_page(qtbot, office, keeper)
    click_box(qtbot, page, 0)
    messages.answers.append(False)
    click(qtbot, button(page, FINISH))
    assert messages.errors == [] and page.dirty
    again = office.stocktakes.get(keeper, st.id)
    assert again.status == "open" and not again.lines[0]["found"]


def test_finish_with_notes_makes_everything_read_only(qtbot, office, keeper, safe, messages):
    st = started(office, keeper)
    page = open_page(qtbot, office, keeper)
    click_box(qtbot, page, 0)
    write_note(qtbot, page, 1, "借给法务部，待查")
    messages.answers.append(True)
    click(qtbot, button(page, FINISH))
    assert messages.errors == []
    done = office.stocktakes.get(keeper, st.id)
    assert done.status == "done" and done.lines[1]["note"] == "借给法务部，待查" and done.lines[0]["found"]
    assert column_texts(page.view, 3) == ["Finished"]
    for text in (SAVE, FINISH):
        assert not button(page, text).isEnabled(), text
    assert button(page, START).isEnabled()                      # the next one may begin
    assert button(page, PRINT).isEnabled() and button(page, EXPORT).isEnabled()
    assert not page.lines.item(0, FOUND).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not page.lines.item(1, NOTE).flags() & Qt.ItemFlag.ItemIsEditable
    assert page.lines.item(1, FOUND).text() == "Not found"
    assert page.extras.isReadOnly() and page.note.isReadOnly()
    page.lines.setFocus()
    page.lines.setCurrentCell(1, CERT_NO)
    QTest.keyClick(page.lines, Qt.Key.Key_Space)
    click_box(qtbot, page, 1)
    assert not checked(page, 1) and not page.dirty


# ------------------------------------------------------------------ roles and the print hook
@pytest.mark.parametrize("role", ["clerk", "viewer"])
def test_a_clerk_or_viewer_sees_the_stocktake_read_only(qtbot, office, keeper, safe, make_user, role):
    started(office, keeper)
    page = open_page(qtbot, office, make_user(role))
    assert page.lines.rowCount() == 2
    for text in (START, SAVE, FINISH):
        assert not button(page, text).isEnabled(), text
    assert button(page, PRINT).isEnabled() and button(page, EXPORT).isEnabled()
    assert not page.lines.item(0, FOUND).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert page.extras.isReadOnly() and page.note.isReadOnly()
    page.lines.setFocus()
    page.lines.setCurrentCell(0, CERT_NO)
    QTest.keyClick(page.lines, Qt.Key.Key_Space)
    assert not checked(page, 0) and not page.dirty


def test_print_and_export_ask_for_the_report_of_the_selected_stocktake(qtbot, office, keeper, safe):
    st = started(office, keeper)
    page = open_page(qtbot, office, keeper)
    click_box(qtbot, page, 0)
    with qtbot.waitSignal(page.print_requested, timeout=1000) as printed:
        click(qtbot, button(page, PRINT))
    assert printed.args == [st.id]
    # the report shows what the screen shows: the tick was saved first
    assert office.stocktakes.get(keeper, st.id).lines[0]["found"] and not page.dirty
    with qtbot.waitSignal(page.export_requested, timeout=1000) as exported:
        click(qtbot, button(page, EXPORT))
    assert exported.args == [st.id]


# ------------------------------------------------------------------ unsaved ticks
@pytest.fixture
def two(office, keeper, safe):
    """Last month's finished stock-take and today's, open."""
    old = office.stocktakes.start(keeper, "钱档案", "", (_dt.date.today() - _dt.timedelta(days=30)).isoformat())
    office.stocktakes.save(keeper, old.id, {c.id: (True, "") for c in safe})
    office.stocktakes.finish(keeper, old.id)
    return old, started(office, keeper)


def test_switching_stocktakes_asks_to_save_the_ticks(qtbot, office, keeper, two, messages):
    old, new = two
    page = open_page(qtbot, office, keeper)
    assert column_texts(page.view, 0)[0] == TODAY and page.current_id == new.id   # the newest first
    click_box(qtbot, page, 0)
    messages.answers.append(True)
    click_row(qtbot, page.view, 1)
    assert messages.questions == ["Save the ticks of the stock-take in progress first?"]
    assert page.current_id == old.id and not page.dirty
    assert office.stocktakes.get(keeper, new.id).lines[0]["found"]
    assert column_texts(page.view, 5) == [1, 2]             # the list shows the saved count


def test_switching_stocktakes_and_declining_drops_the_ticks(qtbot, office, keeper, two, messages):
    old, new = two
    page = open_page(qtbot, office, keeper)
    click_box(qtbot, page, 0)
    messages.answers.append(False)
    click_row(qtbot, page.view, 1)
    assert page.current_id == old.id and not page.dirty
    assert not office.stocktakes.get(keeper, new.id).lines[0]["found"]
    click_row(qtbot, page.view, 0)
    assert not checked(page, 0)


def test_a_refused_save_keeps_the_stocktake_in_progress_on_screen(qtbot, office, keeper, two, messages):
    old, new = two
    page = open_page(qtbot, office, keeper)
    click_box(qtbot, page, 0)
    page.lines.item(1, NOTE).setText("很长" * 101)
    messages.answers.append(True)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=row_pos(page.view, 1))
    assert messages.errors == ["Note: is longer than 200 characters"]
    assert page.current_id == new.id and page.selected().id == new.id
    assert page.dirty and checked(page, 0)


def test_leaving_the_tab_asks_to_save_the_ticks(qtbot, office, keeper, safe, messages):
    st = started(office, keeper)
    window = QMainWindow()
    tabs = QTabWidget()
    page = StocktakePage(office, keeper)
    tabs.addTab(page, "盘点")
    tabs.addTab(QLabel("其他"), "其他")
    window.setCentralWidget(tabs)
    show(qtbot, window)
    click_box(qtbot, page, 0)
    messages.answers.append(True)
    tabs.setCurrentIndex(1)
    assert messages.questions == ["Save the ticks of the stock-take in progress first?"]
    assert office.stocktakes.get(keeper, st.id).lines[0]["found"] and not page.dirty

    tabs.setCurrentIndex(0)
    click_box(qtbot, page, 1)
    messages.answers.append(False)                             # no: the tick is dropped
    tabs.setCurrentIndex(1)
    assert not page.dirty and not checked(page, 1)
    assert not office.stocktakes.get(keeper, st.id).lines[1]["found"]
    window.close()                                             # nothing left to ask about


def test_a_refresh_from_elsewhere_keeps_unsaved_ticks_and_the_cursor(qtbot, office, keeper, safe):
    started(office, keeper)
    page = open_page(qtbot, office, keeper)
    page.lines.setFocus()
    page.lines.setCurrentCell(1, CERT_NO)
    QTest.keyClick(page.lines, Qt.Key.Key_Space)
    page.refresh()                                             # e.g. another tab registered a file
    assert checked(page, 1) and page.dirty
    click(qtbot, button(page, SAVE))
    assert (page.lines.currentRow(), page.lines.currentColumn()) == (1, CERT_NO)   # saving keeps the place
