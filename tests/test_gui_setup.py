"""The first-start setup wizard, driven page by page as the office administrator would."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QWizard

from app import security
from app.office import open_office
from app.ui.setup_wizard import SetupWizard
from tests.conftest import PASSWORD
from tests.gui_helpers import button, click, find, messages, modals, retype, show, type_text  # noqa: F401  (messages: autouse fixture)

W = QWizard.WizardButton


@pytest.fixture
def wizard(qtbot, tmp_path):
    w = SetupWizard(tmp_path / "default" / "kedang.kdb")
    show(qtbot, w)
    yield w
    if w.created is not None and not w.created.office.db.closed:
        w.created.office.close()


def _fill_until_admin(qtbot, wizard: SetupWizard, db: Path, company: str = "鸿运物业管理有限公司") -> None:
    assert wizard.currentPage() is wizard.welcome
    click(qtbot, wizard.button(W.NextButton))
    assert wizard.currentPage() is wizard.office_page
    type_text(qtbot, find(wizard, QLineEdit, "company"), company)
    retype(qtbot, find(wizard, QLineEdit, "databasePath"), str(db))
    click(qtbot, wizard.button(W.NextButton))
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.button(W.CommitButton).isVisible()
    assert wizard.button(W.CommitButton).text() == "Create database"


def _type_admin(qtbot, wizard: SetupWizard, password: str, repeat: str) -> None:
    assert find(wizard, QLineEdit, "adminUsername").text() == "admin"  # proposed user name
    type_text(qtbot, find(wizard, QLineEdit, "adminDisplayName"), "王管理")
    retype(qtbot, find(wizard, QLineEdit, "adminPassword"), password)
    retype(qtbot, find(wizard, QLineEdit, "adminRepeat"), repeat)


def _error(wizard) -> str:
    return find(wizard, QLabel, "wizardError").text()


def test_mismatched_repeat_password_is_named_and_creates_nothing(qtbot, wizard, tmp_path, memory_keyring):
    db = tmp_path / "office" / "records.kdb"
    _fill_until_admin(qtbot, wizard, db)
    _type_admin(qtbot, wizard, PASSWORD, PASSWORD + "x")
    click(qtbot, wizard.button(W.CommitButton))

    assert wizard.currentPage() is wizard.admin_page  # the wizard stays on the page
    assert "Repeat password" in _error(wizard) and "does not match" in _error(wizard)
    assert wizard.created is None
    assert not db.exists()
    assert not db.parent.exists() or not any(db.parent.iterdir())
    assert memory_keyring.store == {}


@pytest.mark.parametrize("weak, rule", [("short1", "at least 8 characters"),
                                        ("onlyletters", "mixes letters with digits or symbols")])
def test_weak_password_shows_the_rule_and_leaves_no_file(qtbot, wizard, tmp_path, memory_keyring, weak, rule):
    db = tmp_path / "records.kdb"
    _fill_until_admin(qtbot, wizard, db)
    _type_admin(qtbot, wizard, weak, weak)
    click(qtbot, wizard.button(W.CommitButton))

    assert wizard.currentPage() is wizard.admin_page
    assert "Password" in _error(wizard) and rule in _error(wizard)
    assert wizard.created is None
    assert list(tmp_path.glob("records.kdb*")) == []
    assert memory_keyring.store == {}

    # Fixing the password on the same page then works.
    retype(qtbot, find(wizard, QLineEdit, "adminPassword"), PASSWORD)
    retype(qtbot, find(wizard, QLineEdit, "adminRepeat"), PASSWORD)
    click(qtbot, wizard.button(W.CommitButton))
    assert wizard.currentPage() is wizard.key_page
    assert db.is_file()


def test_good_run_creates_database_key_and_administrator(qtbot, wizard, tmp_path, memory_keyring):
    db = tmp_path / "office" / "records.kdb"
    _fill_until_admin(qtbot, wizard, db)
    _type_admin(qtbot, wizard, PASSWORD, PASSWORD)
    click(qtbot, wizard.button(W.CommitButton))

    # The recovery key page: 14 groups of four, and no way on until the key is confirmed as kept.
    assert wizard.currentPage() is wizard.key_page, _error(wizard)
    assert db.is_file()
    shown = find(wizard.key_page, QLabel, "recoveryKey").text()
    groups = shown.split()
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    created = wizard.created
    assert "-".join(groups) == created.recovery_key
    assert "key store" in find(wizard.key_page, QLabel, "keyringNote").text()
    assert not wizard.button(W.BackButton).isEnabled() or not wizard.button(W.BackButton).isVisible()

    next_button = wizard.button(W.NextButton)
    assert not next_button.isEnabled()
    confirm = find(wizard, QCheckBox, "confirmKept")
    click(qtbot, confirm)
    assert confirm.isChecked() and next_button.isEnabled()
    click(qtbot, confirm)
    assert not next_button.isEnabled()
    click(qtbot, confirm)

    # The key is in this computer's key store, under the database's id, and it is the recovery key.
    key = security.parse_recovery_key(created.recovery_key)
    file_id = created.office.db.file_id()
    assert memory_keyring.store == {(security.KEYRING_SERVICE, file_id): key.hex()}

    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.done_page
    finish = wizard.button(W.FinishButton)
    assert finish.text() == "Start working"
    click(qtbot, finish)
    assert wizard.result() == QDialog.DialogCode.Accepted

    # What was stored: the company and the administrator, who can sign in; the events are audited.
    office = created.office
    assert office.company() == "鸿运物业管理有限公司"
    assert created.admin.role == "admin" and created.admin.display_name == "王管理"
    actions = [e.action for e in office.audit.events(created.admin)]
    assert "database.create" in actions and "user.create" in actions
    office.close()
    again = open_office(db)  # no recovery key needed: the keyring holds the key
    try:
        assert again.auth.login("admin", PASSWORD).role == "admin"
    finally:
        again.close()


def test_without_a_secure_key_store_the_wizard_warns(qtbot, wizard, tmp_path, memory_keyring):
    """A headless or plaintext keyring is refused: the key is not kept, and the page says so."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # conftest puts the previous backend back afterwards
    db = tmp_path / "records.kdb"
    _fill_until_admin(qtbot, wizard, db)
    _type_admin(qtbot, wizard, PASSWORD, PASSWORD)
    click(qtbot, wizard.button(W.CommitButton))
    assert wizard.currentPage() is wizard.key_page and db.is_file()
    note = find(wizard.key_page, QLabel, "keyringNote").text()
    assert note.startswith("Warning: the key could not be kept on this computer")
    assert "recovery key every time" in note
    assert memory_keyring.store == {}
    assert len(find(wizard.key_page, QLabel, "recoveryKey").text().split()) == 14


def test_recovery_sheet_is_saved_as_pdf(qtbot, wizard, tmp_path, monkeypatch):
    import app.ui.setup_wizard as sw

    db = tmp_path / "records.kdb"
    _fill_until_admin(qtbot, wizard, db)
    _type_admin(qtbot, wizard, PASSWORD, PASSWORD)
    click(qtbot, wizard.button(W.CommitButton))
    assert wizard.currentPage() is wizard.key_page

    target = tmp_path / "sheets" / "recovery.pdf"
    target.parent.mkdir()
    asked = []

    def save_name(parent, caption, directory, filters):
        asked.append((caption, filters))
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(sw.QFileDialog, "getSaveFileName", staticmethod(save_name))
    click(qtbot, button(wizard.key_page, "Save the recovery sheet (PDF) to print…"))

    assert asked and "PDF" in asked[0][1]
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    note = [lab.text() for lab in wizard.key_page.findChildren(QLabel) if lab.text().startswith("Saved to")]
    assert note and str(target) in note[0]

    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(str(target)).pages).replace(" ", "")
    first, last = wizard.created.recovery_key.split("-")[0], wizard.created.recovery_key.split("-")[-1]
    assert first in text and last in text


def test_cancelled_file_dialog_writes_no_sheet(qtbot, wizard, tmp_path, monkeypatch):
    import app.ui.setup_wizard as sw

    _fill_until_admin(qtbot, wizard, tmp_path / "records.kdb")
    _type_admin(qtbot, wizard, PASSWORD, PASSWORD)
    click(qtbot, wizard.button(W.CommitButton))
    monkeypatch.setattr(sw.QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    click(qtbot, button(wizard.key_page, "Save the recovery sheet (PDF) to print…"))
    assert list(tmp_path.rglob("*.pdf")) == []


def test_browse_adds_the_kdb_extension(qtbot, wizard, tmp_path, monkeypatch):
    import app.ui.setup_wizard as sw

    click(qtbot, wizard.button(W.NextButton))
    monkeypatch.setattr(sw.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "chosen"), "KeDang database (*.kdb)")))
    click(qtbot, button(wizard.office_page, "Browse…"))
    assert find(wizard, QLineEdit, "databasePath").text() == str(tmp_path / "chosen") + ".kdb"


def test_existing_file_is_never_overwritten(qtbot, wizard, tmp_path, memory_keyring):
    db = tmp_path / "records.kdb"
    db.write_bytes(b"precious")
    _fill_until_admin(qtbot, wizard, db)
    _type_admin(qtbot, wizard, PASSWORD, PASSWORD)
    click(qtbot, wizard.button(W.CommitButton))
    assert wizard.currentPage() is wizard.admin_page
    assert "never overwrites" in _error(wizard)
    assert db.read_bytes() == b"precious"
    assert memory_keyring.store == {}


def test_language_choice_is_announced(qtbot, wizard):
    from PySide6.QtWidgets import QComboBox

    from tests.gui_helpers import choose

    chosen = []
    wizard.language_chosen.connect(chosen.append)
    choose(find(wizard, QComboBox, "language"), "简体中文")
    assert chosen == ["zh_CN"]


def test_network_share_is_refused_with_a_clear_message(qtbot, wizard, tmp_path, memory_keyring):
    _fill_until_admin(qtbot, wizard, Path(r"\\server\share\kedang.kdb"))
    _type_admin(qtbot, wizard, PASSWORD, PASSWORD)
    click(qtbot, wizard.button(W.CommitButton))
    assert wizard.currentPage() is wizard.admin_page and wizard.created is None
    assert "network share" in _error(wizard)
    assert memory_keyring.store == {}


def test_empty_user_name_is_named(qtbot, wizard, tmp_path):
    db = tmp_path / "records.kdb"
    _fill_until_admin(qtbot, wizard, db)
    _type_admin(qtbot, wizard, PASSWORD, PASSWORD)
    retype(qtbot, find(wizard, QLineEdit, "adminUsername"), "")
    click(qtbot, wizard.button(W.CommitButton))
    assert wizard.currentPage() is wizard.admin_page
    assert _error(wizard) == "User name: is required"
    assert not db.exists()


def test_choosing_chinese_on_the_welcome_page_switches_the_wizard(qtbot, tmp_path, modals):
    """Issue 2: the setup wizard is Chinese, English selectable — a choice made on the first page
    must show on the next pages (run_gui wires language_chosen to set_language)."""
    import argparse

    from PySide6.QtWidgets import QComboBox

    from app import i18n
    from app.ui.main import run_gui
    from app.ui.settings import Settings
    from tests.gui_helpers import choose

    seen = {}

    def pick_chinese(w):
        assert isinstance(w, SetupWizard)
        choose(find(w, QComboBox, "language"), "简体中文")
        click(qtbot, w.button(W.NextButton))
        seen["title"] = w.currentPage().title()
        seen["next"] = w.button(W.NextButton).text()
        click(qtbot, w.button(W.CancelButton))

    modals.expect(pick_chinese)
    assert run_gui(argparse.Namespace(demo=False, db=None, lang="en", command=None)) == 1
    modals.check()
    assert Settings().get("language") == "zh_CN" and i18n.language() == "zh_CN"  # remembered
    assert seen["title"] == "您的单位", "the wizard stayed in English after choosing 简体中文"
    assert seen["next"] == "下一步 >"
