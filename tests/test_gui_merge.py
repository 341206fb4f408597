"""Finding duplicate customers and merging two of them, as a record keeper does it."""
from __future__ import annotations

import datetime as _dt
import json

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QRadioButton

from app.errors import NotFound
from app.models.records import CustomerQuery
from app.ui.merge import DuplicatesDialog, MergeDialog
from tests.gui_helpers import (  # noqa: F401  (messages, modals: autouse fixtures)
    button, click, click_row, double_click, events_exactly, find, messages, modals, row_pos, show,
)

PHONE = "13800000001"


@pytest.fixture
def twins(office, admin):
    """The same man entered twice: 张伟 (older) and 张卫 with a complaint and a contact."""
    older = office.customers.create(admin, {"name": "张伟", "phone": PHONE, "tags": "VIP", "note": "老业主"})
    newer = office.customers.create(admin, {"name": "张卫", "phone": PHONE, "unit": "3-2-1201", "tags": "欠费",
                                            "id_number": "11010519491231002X"}, allow_duplicates=True)
    office.entries.create(admin, newer.id, "complaint", {"received": _dt.date.today().isoformat(),
                                                         "content": "楼上噪音"})
    office.customers.add_contact(admin, newer.id, {"name": "李芳", "phone": "13700001234"})
    office.customers.create(admin, {"name": "欧阳娜娜", "phone": "13900009999"})  # nobody's twin
    return older, newer


def _dialog(qtbot, office, session) -> DuplicatesDialog:
    return show(qtbot, DuplicatesDialog(office, session))


def _rows(office, table, cid):
    return office.db.scalar(f"SELECT count(*) FROM {table} WHERE customer_id = ?", (cid,))


def test_duplicates_are_listed_and_merged_keeping_the_chosen_one(qtbot, office, admin, twins, modals, messages):
    older, newer = twins
    d = _dialog(qtbot, office, admin)
    assert d.model.rowCount() == 1
    assert [d.model.index(0, c).data() for c in range(7)] == [
        "Same phone", older.code, "张伟", PHONE, newer.code, "张卫", PHONE]
    assert d.count.text() == "1 possible duplicates"
    assert not d.merge_button.isEnabled()  # nothing chosen yet
    click_row(qtbot, d.view, 0, 2)
    assert d.merge_button.isEnabled()
    entries = _rows(office, "entries", newer.id) + _rows(office, "entries", older.id)

    def no_then_merge(dialog):
        assert isinstance(dialog, MergeDialog)
        assert older.code in dialog.windowTitle() and newer.code in dialog.windowTitle()
        assert find(dialog, QLabel, f"name_{older.id}").text() == "张伟"
        assert find(dialog, QLabel, f"unit_{newer.id}").text() == "3-2-1201"
        keep_older = find(dialog, QRadioButton, f"keep_{older.id}")
        keep_newer = find(dialog, QRadioButton, f"keep_{newer.id}")
        assert keep_older.isChecked() and not keep_newer.isChecked()  # the older record by default
        preview = find(dialog, QPlainTextEdit, "mergePreview").toPlainText()
        assert f"{older.code} is kept; {newer.code} is removed." in preview
        assert "Unit / room: 3-2-1201" in preview and "Tags: VIP, 欠费" in preview
        assert "Contacts 1" in preview and "Dossier entries" in preview
        click(qtbot, keep_newer)
        preview = find(dialog, QPlainTextEdit, "mergePreview").toPlainText()
        assert f"{newer.code} is kept; {older.code} is removed." in preview
        assert "Name: 张卫" in preview and "Tags: 欠费, VIP" in preview

        messages.answers.append(False)  # "Merge … ?" — No: nothing happens
        click(qtbot, button(dialog, "Merge"))
        assert dialog.isVisible() and office.customers.repo.get(older.id) is not None
        messages.answers.append(True)
        click(qtbot, button(dialog, "Merge"))

    modals.expect(no_then_merge)
    click(qtbot, d.merge_button)
    modals.check()
    assert len(messages.questions) == 2
    assert f"Merge {older.code} into {newer.code}?" in messages.questions[-1]

    # The newer record was kept and got the older one's note, tags and empty fields.
    kept = office.customers.repo.get(newer.id)
    assert office.customers.repo.get(older.id) is None
    with pytest.raises(NotFound):
        office.customers.by_code(admin, older.code)
    assert (kept.name, kept.unit, kept.tags) == ("张卫", "3-2-1201", ["欠费", "VIP"])
    assert kept.note == f"[{older.code}] 老业主"
    assert _rows(office, "entries", newer.id) == entries and _rows(office, "contacts", newer.id) == 1
    assert office.customers.search(admin, CustomerQuery(text=older.code)) == []
    event = events_exactly(office, "customer.merge")[0]
    assert json.loads(event.payload)["merged_code"] == older.code
    assert office.audit.verify()[0]

    # The list is looked at again: the pair is gone.
    assert d.model.rowCount() == 0 and d.count.text() == "0 possible duplicates"
    assert not d.merge_button.isEnabled()
    assert d.status.text() == f"{older.code} was merged into {newer.code}."


def test_cancel_merges_nothing(qtbot, office, admin, twins, modals, messages):
    older, newer = twins

    def cancel(dialog):
        click(qtbot, button(dialog, "Cancel"))

    d = _dialog(qtbot, office, admin)
    modals.expect(cancel)
    double_click(qtbot, d.view.viewport(), row_pos(d.view, 0, 1))  # double-click opens the merge too
    modals.check()
    assert messages.questions == []
    assert office.customers.repo.get(older.id) and office.customers.repo.get(newer.id)
    assert events_exactly(office, "customer.merge") == []
    assert d.model.rowCount() == 1


def test_record_keeper_merges_with_the_default_choice(qtbot, office, admin, twins, make_user, modals, messages):
    older, newer = twins
    d = _dialog(qtbot, office, make_user("archivist"))
    click_row(qtbot, d.view, 0)

    def merge(dialog):
        messages.answers.append(True)
        click(qtbot, button(dialog, "Merge"))

    modals.expect(merge)
    click(qtbot, d.merge_button)
    modals.check()
    kept = office.customers.repo.get(older.id)
    assert office.customers.repo.get(newer.id) is None
    assert (kept.name, kept.unit, kept.id_number, kept.tags) == ("张伟", "3-2-1201", "11010519491231002X", ["VIP", "欠费"])
    assert events_exactly(office, "customer.merge")[0].username == "archivist1"


@pytest.mark.parametrize("role", ["viewer", "clerk"])
def test_viewer_and_clerk_cannot_merge(qtbot, office, admin, twins, make_user, role):
    older, newer = twins
    d = _dialog(qtbot, office, make_user(role))
    assert d.model.rowCount() == 1
    shown_phone = d.model.index(0, 3).data()
    assert shown_phone == ("138****0001" if role == "viewer" else PHONE)
    click_row(qtbot, d.view, 0, 1)
    assert not d.merge_button.isEnabled()
    double_click(qtbot, d.view.viewport(), row_pos(d.view, 0, 1))  # opens nothing (a dialog would fail the test)
    qtbot.wait(50)
    assert office.customers.repo.get(older.id) and office.customers.repo.get(newer.id)
    assert events_exactly(office, "customer.merge") == []


def test_closed_dossier_cannot_be_merged_by_whoever_may_not_change_it(qtbot, office, admin, twins, modals):
    """A destroyed customer is never merged: the dialog says why instead of a traceback."""
    older, newer = twins
    dialog = show(qtbot, MergeDialog(office, admin, older.id, newer.id))
    with office.db.transaction():
        office.db.execute("UPDATE customers SET status = 'destroyed' WHERE id = ?", (newer.id,))
    click(qtbot, find(dialog, QRadioButton, f"keep_{newer.id}"))
    assert dialog.error.isVisible() and "destroyed" in dialog.error.text()
    assert not button(dialog, "Merge").isEnabled()
    assert office.customers.repo.get(older.id) is not None
