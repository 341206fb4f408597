"""The archive settings dialog (系统管理 → 档案设置) as the administrator uses it: the live example
of the number pattern, a bad pattern named and kept in the dialog, a good one changing the next
number, the positions split however they are separated, the warning when files already carry
the old form, and a read-only dialog for anyone else."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.archive_settings import ArchiveSettingsDialog
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, click, events_exactly, messages, modals, retype, show,
)


def open_dialog(qtbot, office, session) -> ArchiveSettingsDialog:
    """Shown without exec(): nothing modal is left open if a test fails."""
    return show(qtbot, ArchiveSettingsDialog(office, session))


@pytest.fixture
def one_file(office, admin, keeper):
    c = office.customers.create(admin, {"name": "陈静", "phone": "13800004444"})
    return office.archive.register_file(keeper, {"archive_no": "鸿借字第001号", "customer_id": c.id,
                                                 "title": "陈静档案", "category": "contract",
                                                 "items": [{"name": "借款合同", "pages": 3}]})


def test_the_dialog_shows_the_current_settings_and_an_example(qtbot, office, admin):
    dlg = open_dialog(qtbot, office, admin)
    assert dlg.pattern.text() == "鸿借字第{n:03d}号"
    assert dlg.example.text() == "e.g. 鸿借字第001号, 鸿借字第002号"
    assert (dlg.review.value(), dlg.receive.value()) == (3, 2)
    assert (dlg.review.minimum(), dlg.review.maximum(), dlg.receive.maximum()) == (0, 60, 60)
    assert dlg.positions.text() == "董事长，总经理，副总经理"
    retype(qtbot, dlg.pattern, "DA-{n:04d}")
    assert dlg.example.text() == "e.g. DA-0001, DA-0002"


def test_an_invalid_pattern_is_named_and_nothing_is_saved(qtbot, office, admin):
    dlg = open_dialog(qtbot, office, admin)
    retype(qtbot, dlg.pattern, "鸿借字第号")
    assert "{n}" in dlg.example.text()                          # the example line says what is wrong at once
    dlg.review.setFocus()
    click(qtbot, button(dlg, "Save"))
    assert dlg.isVisible()
    assert dlg.error.isVisible() and dlg.error.text().startswith("Archive number pattern:")
    assert dlg.pattern.hasFocus()                               # the bad field gets the cursor
    assert office.archive.settings().number_pattern == "鸿借字第{n:03d}号"
    assert office.archive.next_number() == "鸿借字第001号"
    assert events_exactly(office, "settings.archive") == []

    retype(qtbot, dlg.pattern, "A{n}B{n}")                     # twice is as wrong as never
    click(qtbot, button(dlg, "Save"))
    assert dlg.isVisible() and dlg.error.text().startswith("Archive number pattern:")


def test_a_valid_save_changes_the_next_number_and_the_days(qtbot, office, admin):
    dlg = open_dialog(qtbot, office, admin)
    retype(qtbot, dlg.pattern, "DA-{n:04d}")
    dlg.review.setFocus()
    dlg.review.selectAll()
    qtbot.keyClicks(dlg.review, "5")
    dlg.receive.setFocus()
    QTest.keyClick(dlg.receive, Qt.Key.Key_Up)
    click(qtbot, button(dlg, "Save"))
    assert not dlg.isVisible() and dlg.result() == dlg.DialogCode.Accepted
    s = office.archive.settings()
    assert (s.number_pattern, s.review_days, s.receive_days) == ("DA-{n:04d}", 5, 3)
    assert office.archive.next_number() == "DA-0001"
    (event,) = events_exactly(office, "settings.archive")
    assert event.username == "admin"


def test_the_positions_text_is_split_however_it_is_separated(qtbot, office, admin):
    dlg = open_dialog(qtbot, office, admin)
    retype(qtbot, dlg.positions, "董事长、总经理, 副总经理；财务总监，总经理")
    click(qtbot, button(dlg, "Save"))
    assert office.archive.settings().direct_positions == ["董事长", "总经理", "副总经理", "财务总监"]
    again = open_dialog(qtbot, office, admin)
    assert again.positions.text() == "董事长，总经理，副总经理，财务总监"

    retype(qtbot, again.positions, "")                          # nobody borrows without approval
    click(qtbot, button(again, "Save"))
    assert office.archive.settings().direct_positions == []


def test_a_position_too_long_is_named_and_gets_the_cursor(qtbot, office, admin):
    dlg = open_dialog(qtbot, office, admin)
    retype(qtbot, dlg.positions, "董事长，" + "总" * 21)
    click(qtbot, button(dlg, "Save"))
    assert dlg.isVisible()
    assert dlg.error.text() == "Positions that borrow without approval: is longer than 20 characters"
    assert dlg.positions.hasFocus()
    assert office.archive.settings().direct_positions == ["董事长", "总经理", "副总经理"]


def test_changing_the_pattern_while_files_exist_asks_first(qtbot, office, admin, one_file, messages):
    dlg = open_dialog(qtbot, office, admin)
    assert "The next file registered gets 鸿借字第002号." in dlg.example.text()
    retype(qtbot, dlg.pattern, "DA-{n:04d}")
    assert "The next file registered gets DA-0002." in dlg.example.text()

    messages.answers.append(False)
    click(qtbot, button(dlg, "Save"))
    assert messages.questions == [
        "1 archive file(s) are registered: their numbers stay as they are (the last is 鸿借字第001号). "
        "The next file registered gets DA-0002. Change the pattern?"]
    assert dlg.isVisible() and office.archive.settings().number_pattern == "鸿借字第{n:03d}号"

    messages.answers.append(True)
    click(qtbot, button(dlg, "Save"))
    assert not dlg.isVisible()
    assert office.archive.next_number() == "DA-0002"
    assert office.archive.get_file(admin, one_file.id).archive_no == "鸿借字第001号"   # the old number stays


def test_no_question_when_the_pattern_is_kept(qtbot, office, admin, one_file, messages):
    dlg = open_dialog(qtbot, office, admin)
    dlg.review.setValue(4)
    click(qtbot, button(dlg, "Save"))                           # an unexpected question would fail the test
    assert messages.questions == [] and not dlg.isVisible()
    assert office.archive.settings().review_days == 4


def test_a_bad_pattern_is_refused_before_any_question(qtbot, office, admin, one_file, messages):
    dlg = open_dialog(qtbot, office, admin)
    retype(qtbot, dlg.pattern, "DA-")
    click(qtbot, button(dlg, "Save"))
    assert messages.questions == []
    assert dlg.error.text().startswith("Archive number pattern:")


@pytest.mark.parametrize("role", ["manager", "archivist"])
def test_anyone_but_the_administrator_only_reads_the_settings(qtbot, office, make_user, role):
    dlg = open_dialog(qtbot, office, make_user(role))
    assert dlg.pattern.text() == "鸿借字第{n:03d}号"
    for w in (dlg.pattern, dlg.review, dlg.receive, dlg.positions, button(dlg, "Save")):
        assert not w.isEnabled()
    assert button(dlg, "Cancel").isEnabled()
