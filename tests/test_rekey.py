"""Changing the key: a new file under a new key replaces the old one only after it is verified; an
interruption at any step leaves a database that opens with the key the keyring holds for it."""
from __future__ import annotations

import pytest

from app import rekey as rekey_module, security
from app.errors import PermissionDenied
from app.models.database import Database, WrongKey, file_id
from app.office import open_office
from app.rekey import STEPS, rekey


def snapshot(office):
    return {
        "customers": office.db.query("SELECT code, name, phone, id_number FROM customers ORDER BY id"),
        "entries": office.db.query("SELECT id, kind, data FROM entries ORDER BY id"),
        "version": office.db.user_version(),
    }


@pytest.fixture
def filled(office, admin):
    for n, name in enumerate(("张伟", "李娜", "王芳")):
        c = office.customers.create(admin, {"name": name, "phone": f"1390000{n:04d}"})
        office.entries.create(admin, c.id, "complaint", {"received": "2026-01-05", "content": f"{name}投诉"})
    return office


def test_the_new_key_opens_the_same_records_and_the_old_key_no_longer_does(filled, admin):
    office = filled
    path, old_key, old_id = office.db.path, office.db.key, office.db.file_id()
    before = snapshot(office)
    recovery = rekey(office, admin)
    new_key = security.parse_recovery_key(recovery)
    assert new_key != old_key and office.db.key == new_key
    assert snapshot(office) == before and office.audit.verify()[0]
    assert office.customers.count() == 3      # the office works on the new file
    office.close()
    assert security.load_key(file_id(path)) == new_key and security.load_key(old_id) is None
    with pytest.raises(WrongKey):
        Database.open(path, old_key)
    again = open_office(path)
    assert snapshot(again) == before
    assert [r[0] for r in again.db.query("SELECT action FROM audit_events WHERE action = 'database.rekey'")] == [
        "database.rekey"]
    assert not rekey_module.pending_path(path).exists()
    again.close()


def test_only_the_administrator_changes_the_key(filled, make_user):
    with pytest.raises(PermissionDenied):
        rekey(filled, make_user("manager"))


class Stop(Exception):
    pass


@pytest.mark.parametrize("stop_after", STEPS[:-1])
def test_an_interruption_at_any_step_leaves_a_database_that_opens(filled, admin, stop_after):
    office = filled
    path = office.db.path
    before = snapshot(office)

    def step(name):
        if name == stop_after:
            raise Stop(name)
    with pytest.raises(Stop):
        rekey(office, admin, step=step)
    if not office.db.closed:
        office.close()
    reopened = open_office(path)                 # with whichever key the keyring holds for this file
    assert snapshot(reopened) == before
    assert all(ok for _name, ok, _detail in reopened.check())
    recovery = rekey(reopened, admin)            # and a later attempt goes through
    assert security.parse_recovery_key(recovery) == reopened.db.key
    reopened.close()


def test_the_administrator_changes_the_key_from_the_menu_and_saves_the_new_sheet(qtbot, filled, admin, tmp_path,
                                                                                  monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.ui.main_window import MainWindow
    from tests.gui_helpers import install_messages, show
    from tests.support.pdf import pdf_text

    messages = install_messages(monkeypatch)
    sheet = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(sheet), "")))
    window = show(qtbot, MainWindow(filled, admin))
    old = filled.db.key
    messages.answers.append(True)
    window.rekey_action.trigger()
    assert filled.db.key != old and messages.errors == []
    groups = security.format_recovery_key(filled.db.key).split("-")
    assert groups[0] in pdf_text(sheet) and groups[-1] in pdf_text(sheet)
    assert "The key was changed" in messages.infos[-1]
    window.customer_list.apply_filter()
    assert window.customer_list.model.rowCount() == 3
