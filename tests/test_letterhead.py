"""The company's name and logo: set by the administrator, kept in the database, printed on reports."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from app.errors import KeDangError, PermissionDenied
from app.reports import tables
from app.reports.office_reports import customer_list
from app.models.records import CustomerQuery
from app.ui.main_window import MainWindow
from app.validation import ValidationError
from tests.gui_helpers import button, click, messages, modals, retype, show  # noqa: F401  (fixtures)


def picture(path, size=(900, 300), fmt="JPEG"):
    Image.new("RGB", size, (200, 30, 30)).save(path, fmt)
    return path


def images_on_first_page(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages[0].images)


def test_the_logo_is_scaled_kept_in_the_database_and_printed(office, admin, tmp_path):
    assert images_on_first_page(tables.pdf_bytes(customer_list(office, admin, CustomerQuery()))) == 0
    png = office.letterhead.set_logo(admin, picture(tmp_path / "logo.jpg"))
    with Image.open(io.BytesIO(png)) as img:
        assert img.format == "PNG" and img.size == (600, 200)
    assert office.logo() == png
    assert not list(tmp_path.glob("*.png"))  # nothing written beside the database
    data = tables.pdf_bytes(customer_list(office, admin, CustomerQuery()))
    assert images_on_first_page(data) == 1
    office.letterhead.set_logo(admin, None)
    assert office.logo() is None
    actions = [r[0] for r in office.db.query("SELECT action FROM audit_events WHERE action LIKE 'settings.%'")]
    assert actions == ["settings.logo", "settings.logo"]


def test_bad_pictures_names_and_roles_are_refused(office, admin, make_user, tmp_path):
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    with pytest.raises(KeDangError) as exc:
        office.letterhead.set_logo(admin, text)
    assert "logo.png is not a picture" in str(exc.value)
    with pytest.raises(ValidationError):
        office.letterhead.set_company(admin, "  ")
    clerk = make_user("clerk")
    with pytest.raises(PermissionDenied):
        office.letterhead.set_logo(clerk, picture(tmp_path / "ok.jpg"))
    assert office.logo() is None and office.company() == "鸿运物业"


def test_the_administrator_sets_name_and_logo_from_the_menu(qtbot, office, admin, tmp_path, monkeypatch, modals,
                                                            messages):
    path = picture(tmp_path / "logo.png", (300, 120), "PNG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window = show(qtbot, MainWindow(office, admin))

    def fill(dlg):
        retype(qtbot, dlg.company, "鸿运物业服务有限公司")
        click(qtbot, button(dlg, "Choose picture…"))
        assert dlg.preview.pixmap() is not None and not dlg.preview.pixmap().isNull()
        click(qtbot, button(dlg, "Save"))
    modals.expect(fill)
    window.company_action.trigger()
    modals.check()
    assert office.company() == "鸿运物业服务有限公司" and office.logo()
    assert messages.errors == []
