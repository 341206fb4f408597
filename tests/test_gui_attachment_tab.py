"""Attachments in the dossier: adding (file dialog and drag-and-drop), viewing from memory,
exporting on purpose, voiding, and what each role may do."""
from __future__ import annotations


import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QSpinBox

from app.ui.dossier import TAB_KEYS, DossierWindow
from tests.support.samples import image_bytes, pdf_bytes
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, choose, click, click_row, events_exactly, find, messages, modals, show, type_text,
)






@pytest.fixture
def customer(office, admin):
    return office.customers.create(admin, {"name": "钱进", "phone": "13800003333"})


def _tab(qtbot, office, session, customer_id):
    d = DossierWindow(office, session, customer_id)
    show(qtbot, d)
    bar = d.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TAB_KEYS.index("attachments")).center())
    return d, d.pages["attachments"]


def test_add_a_pdf_through_the_file_dialog(qtbot, office, make_user, customer, tmp_path, modals, messages,
                                           monkeypatch):
    clerk = make_user("clerk")
    path = tmp_path / "租赁合同.pdf"
    path.write_bytes(pdf_bytes(3))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    d, tab = _tab(qtbot, office, clerk, customer.id)
    seen = {}

    def fill(dialog):
        seen["pages"] = find(dialog, QSpinBox, "pages").value()
        seen["title"] = find(dialog, QLineEdit, "title").text()
        choose(dialog.kind, "Contract")
        click(qtbot, button(dialog, "Save"))

    modals.expect(fill)
    click(qtbot, tab.add_button)
    modals.check()
    assert seen == {"pages": 3, "title": "租赁合同"}
    [a] = office.attachments.list(clerk, customer.id)
    assert (a.title, a.kind, a.pages, a.filename, a.mime) == ("租赁合同", "contract", 3, "租赁合同.pdf", "application/pdf")
    assert office.attachments.content(clerk, a.id) == path.read_bytes()
    assert tab.model.rowCount() == 1 and d.tabs.tabText(TAB_KEYS.index("attachments")).endswith("(1)")
    assert events_exactly(office, "attachment.create")[0].username == clerk.username


def test_drop_an_image_onto_the_tab(qtbot, office, admin, customer, tmp_path, modals, messages):
    path = tmp_path / "身份证.png"
    path.write_bytes(image_bytes("PNG", size=(120, 80)))
    _d, tab = _tab(qtbot, office, admin, customer.id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])

    def fill(dialog):
        choose(dialog.kind, "ID copy")
        QTest.keyClick(find(dialog, QLineEdit, "title"), Qt.Key.Key_Return)

    modals.expect(fill)
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)  # the file is dragged over the tab…
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, event)  # …and let go
    assert event.isAccepted()
    qtbot.waitUntil(lambda: office.attachments.list(admin, customer.id) != [], timeout=5000)
    modals.check()
    [a] = office.attachments.list(admin, customer.id)
    assert (a.title, a.kind, a.mime) == ("身份证", "id_copy", "image/png")


def test_a_file_that_is_not_what_its_extension_says_is_refused(qtbot, office, admin, customer, tmp_path, messages):
    path = tmp_path / "scan.pdf"
    path.write_bytes(image_bytes("PNG", size=(120, 80)))
    _d, tab = _tab(qtbot, office, admin, customer.id)
    assert tab.add_files([str(path)]) == 0
    assert messages.errors == ["File: scan.pdf is not a PDF file: its content does not match its extension"]
    assert office.attachments.list(admin, customer.id) == []


def test_viewer_turns_pdf_pages_and_shows_images(qtbot, office, admin, customer, modals, messages):
    pdf = office.attachments.add(admin, customer.id, "三页.pdf", pdf_bytes(3), {"title": "三页"})
    office.attachments.add(admin, customer.id, "photo.png", image_bytes("PNG", size=(120, 80)), {"title": "照片"})
    _d, tab = _tab(qtbot, office, admin, customer.id)
    seen = {}

    def look(viewer):
        seen["pdf"] = (viewer.page_count, viewer.current_page, viewer.current_image().isNull())
        QTest.keyClick(viewer, Qt.Key.Key_PageDown)
        seen["after_pgdn"] = viewer.current_page
        seen["page_label"] = find(viewer, type(viewer.page_label), "pageLabel").text()
        seen["width"] = viewer.current_image().width()
        viewer.reject()

    def look_image(viewer):
        seen["image"] = (viewer.page_count, viewer.current_image().size().toTuple())
        viewer.reject()

    modals.expect(look)
    tab.select(pdf.id)
    click(qtbot, tab.view_button)
    modals.check()
    assert seen["pdf"] == (3, 0, False)
    assert seen["after_pgdn"] == 1 and seen["page_label"] == "Page 2 of 3" and seen["width"] > 100
    modals.expect(look_image)
    tab.select(next(a.id for a in tab.model.items if a.title == "照片"))
    click(qtbot, tab.view_button)
    modals.check()
    assert seen["image"] == (1, (120, 80))


def test_export_writes_the_file_and_is_audited(qtbot, office, admin, customer, tmp_path, messages, monkeypatch):
    a = office.attachments.add(admin, customer.id, "contract.pdf", pdf_bytes(1), {"title": "合同"})
    target = tmp_path / "out" / "合同副本.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    _d, tab = _tab(qtbot, office, admin, customer.id)
    tab.select(a.id)
    click(qtbot, tab.export_button)
    assert target.read_bytes() == office.attachments.content(admin, a.id)
    assert "not encrypted" in messages.infos[0]
    event = events_exactly(office, "attachment.export")[0]
    assert event.username == admin.username and "合同副本.pdf" in event.payload


def test_roles_viewer_sees_the_list_only_clerk_cannot_void(qtbot, office, admin, make_user, customer, modals,
                                                           messages):
    a = office.attachments.add(admin, customer.id, "x.png", image_bytes("PNG", size=(120, 80)), {"title": "照片"})
    _d, vtab = _tab(qtbot, office, make_user("viewer"), customer.id)
    vtab.select(a.id)
    assert vtab.model.rowCount() == 1
    assert not any(b.isEnabled() for b in (vtab.add_button, vtab.view_button, vtab.export_button, vtab.void_button))
    _d, ctab = _tab(qtbot, office, make_user("clerk"), customer.id)
    ctab.select(a.id)
    assert ctab.view_button.isEnabled() and not ctab.void_button.isEnabled()
    keeper = make_user("archivist")
    _d, ktab = _tab(qtbot, office, keeper, customer.id)
    ktab.select(a.id)

    def void(dialog):
        type_text(qtbot, find(dialog, QLineEdit, "reason"), "扫描不清")
        click(qtbot, button(dialog, "Void"))

    modals.expect(void)
    click(qtbot, ktab.void_button)
    modals.check()
    stored = office.attachments.get(keeper, a.id)
    assert stored.voided and stored.void_reason == "扫描不清"
    assert office.attachments.content(keeper, a.id)  # the file is kept until destruction
    assert ktab.model.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
