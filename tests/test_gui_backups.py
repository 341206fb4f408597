"""Backups as the administrator uses them in the program: back up now, the list, settings, restore (which
shows what the backup holds and asks), and the way back from a damaged database."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel

from app.demo import fill_demo
from app.office import open_office
from app.ui.backups import BackupsDialog, offer_restore_of_damaged
from app.ui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.gui_helpers import button, click, events_exactly, messages, modals, show, type_text  # noqa: F401
from tests.test_backup import flip_byte


def names(office):
    return sorted(r[0] for r in office.db.query("SELECT name FROM customers"))


def test_back_up_now_to_a_usb_folder_and_restore_what_was_there(qtbot, office, admin, tmp_path, monkeypatch, modals,
                                                               messages):
    office.customers.create(admin, {"name": "张伟", "phone": "13900000001"})
    window = show(qtbot, MainWindow(office, admin))
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    state = {}

    def first(dlg):
        click(qtbot, button(dlg, "Back up now"))
        state["rows"] = dlg.table.rowCount()
        state["checked"] = dlg.table.item(0, 2).text()
        click(qtbot, button(dlg, "Back up to a folder or USB drive…"))
        dlg.daily.setValue(7)
        click(qtbot, button(dlg, "Save settings"))
        click(qtbot, button(dlg, "Close"))
    modals.expect(first)
    window.backups_action.trigger()
    modals.check()
    assert state == {"rows": 1, "checked": "Checked"}
    assert len(list(usb.glob("*.kdb-backup"))) == 1
    assert office.backups.settings().keep_daily == 7
    assert [e.summary for e in events_exactly(office, "backup.create")] == ["manual", "manual"]

    office.customers.create(admin, {"name": "李娜", "phone": "13900000002"})   # entered after the backup

    def restore(dlg):
        messages.answers.append(True)
        click(qtbot, button(dlg, "Restore the chosen backup…"))
    modals.expect(restore)
    window.backups_action.trigger()
    modals.check()
    assert "holds 1 customers" in messages.questions[-1]
    assert "restored" in messages.infos[-1] and window.restored
    assert names(office) == ["张伟"]            # the office works on the restored file
    assert events_exactly(office, "backup.restore")


def test_a_clerk_sees_the_backups_but_may_not_restore(qtbot, office, admin, make_user):
    clerk = make_user("clerk")
    dialog = BackupsDialog(office, clerk)
    qtbot.addWidget(dialog)
    assert not button(dialog, "Back up now").isEnabled()
    assert not button(dialog, "Restore the chosen backup…").isEnabled()
    assert not dialog.folder.isEnabled()


def test_a_damaged_database_is_restored_from_its_newest_verified_backup(qtbot, office, admin, modals, messages):
    fill_demo(office, admin, customers=60)
    office.backups.create(admin)
    expected = names(office)
    path = office.path
    office.close()
    flip_byte(path)

    def sign_in(dlg):
        assert "is damaged" in dlg.findChild(QLabel, "damagedText").text()
        type_text(qtbot, dlg.username, "admin")
        type_text(qtbot, dlg.password, "wrong-password")
        click(qtbot, button(dlg, "Restore"))
        assert "Wrong user name or password" in dlg.error.text()
        dlg.password.clear()
        type_text(qtbot, dlg.password, PASSWORD)
        click(qtbot, button(dlg, "Restore"))
    modals.expect(sign_in)
    assert offer_restore_of_damaged(path) is True
    modals.check()
    again = open_office(path, background_check=False)
    assert names(again) == expected and all(ok for _n, ok, _d in again.check())
    again.close()
    assert list(path.parent.glob("*.damaged-*"))      # the damaged file is kept beside it
