"""Test set-up: offscreen Qt, a test keyring, app folders in tmp, fast password hashing."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KEDANG_LANG"] = "en"  # tests choose their language explicitly

import keyring
import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app import i18n, security  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

PASSWORD = "Desk2026!"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Every test: its own app folders, an in-memory keyring, English, cheap scrypt."""
    home = tmp_path / "kedang-home"
    monkeypatch.setenv("KEDANG_HOME", str(home))
    monkeypatch.setenv("KEDANG_LANG", "en")
    monkeypatch.delenv("KEDANG_PASSWORD", raising=False)
    monkeypatch.delenv("KEDANG_RECOVERY_KEY", raising=False)
    monkeypatch.setattr(security, "SCRYPT_N", 2 ** 10)
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    i18n.set_language("en")
    yield ring
    keyring.set_keyring(previous)
    i18n.set_language("en")


@pytest.fixture
def memory_keyring(_isolated):
    return _isolated


@pytest.fixture
def office(tmp_path):
    """A new office database with an administrator ``admin`` (password ``PASSWORD``)."""
    from app.office import create_office

    created = create_office(tmp_path / "office.kdb", company="鸿运物业", admin_username="admin",
                            admin_display_name="王管理", admin_password=PASSWORD)
    created.office.created = created
    yield created.office
    if not created.office.db.closed:
        created.office.close()


@pytest.fixture
def admin(office):
    return office.created.admin


@pytest.fixture
def make_user(office, admin):
    def make(role: str, username: str | None = None):
        name = username or f"{role}1"
        office.auth.create_user(admin, name, f"{role} user", role, PASSWORD)
        return office.auth.login(name, PASSWORD)
    return make


@pytest.fixture
def keeper(make_user):
    """A signed-in record keeper (档案管理员): the archive room's own user."""
    return make_user("archivist")


@pytest.fixture
def manager(make_user):
    """A signed-in manager: approves loans and destructions."""
    return make_user("manager")
