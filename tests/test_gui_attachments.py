"""The attachments tab as a clerk uses it, further cases (the basics are in test_gui_attachment_tab.py):
several files dropped at once, cancelling, a file over the limit, editing with a mistake first,
turning pages and zooming with the keyboard, TIFF scans and phone photos, voided rows, closed dossiers."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QSpinBox

import app.ui.attachments as ui
from app.ui.dossier import TAB_KEYS, DossierWindow
from tests.support.samples import image_bytes, pdf_bytes
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, choose, click, double_click, events_exactly, find, messages, modals, retype, row_pos, show, type_text,
)

A4_WIDTH_PT = 595.2756  # reportlab's default page






def tiff_scan(widths=(300, 400, 500)) -> bytes:
    frames = [Image.new("L", (w, 200), 90) for w in widths]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


def rotated_photo() -> bytes:
    """A phone photo stored 200×100 whose EXIF says: turn it 90° clockwise to view."""
    exif = Image.Exif()
    exif[0x0112] = 6
    return image_bytes("JPEG", size=(200, 100), exif=exif)


@pytest.fixture
def customer(office, admin):
    return office.customers.create(admin, {"name": "吴刚", "phone": "13800006666"})


def _tab(qtbot, office, session, customer_id):
    d = DossierWindow(office, session, customer_id)
    show(qtbot, d)
    bar = d.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TAB_KEYS.index("attachments")).center())
    return d, d.pages["attachments"]


def _drag(tab, paths) -> tuple[bool, bool]:
    """Drag local files over the tab and let go; (drag accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_several_dropped_files_get_a_form_each_and_a_bad_one_its_message(qtbot, office, make_user, customer,
                                                                          tmp_path, modals, messages):
    clerk = make_user("clerk")
    png, doc, jpg = tmp_path / "门头照.png", tmp_path / "说明.docx", tmp_path / "营业执照.jpg"
    png.write_bytes(image_bytes("PNG"))
    doc.write_bytes(b"PK\x03\x04 not an image")
    jpg.write_bytes(image_bytes("JPEG"))
    d, tab = _tab(qtbot, office, clerk, customer.id)
    titles = []

    def save_as_is(dialog):
        titles.append(find(dialog, QLineEdit, "title").text())
        click(qtbot, button(dialog, "Save"))

    def licence(dialog):
        titles.append(find(dialog, QLineEdit, "title").text())
        choose(dialog.kind, "Business licence")
        click(qtbot, button(dialog, "Save"))

    modals.expect(save_as_is, licence)
    assert _drag(tab, [png, doc, jpg]) == (True, True)
    qtbot.waitUntil(lambda: len(office.attachments.list(clerk, customer.id)) == 2, timeout=5000)
    modals.check()
    assert titles == ["门头照", "营业执照"]
    assert messages.errors == ["File: 说明.docx: only PDF and image files (.pdf .png .jpg .jpeg .gif .bmp .tif .tiff "
                               ".webp) can be attached"]
    stored = {a.title: a.kind for a in office.attachments.list(clerk, customer.id)}
    assert stored == {"门头照": "other", "营业执照": "licence"}
    titles_shown = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert titles_shown == ["营业执照", "门头照"]  # newest first
    assert tab.current().title == "营业执照"  # the one just added is selected
    assert d.tabs.tabText(TAB_KEYS.index("attachments")).endswith("(2)")


def test_cancelling_the_form_stores_nothing(qtbot, office, make_user, customer, tmp_path, modals, messages,
                                            monkeypatch):
    clerk = make_user("clerk")
    path = tmp_path / "合同.pdf"
    path.write_bytes(pdf_bytes(2))
    monkeypatch.setattr(ui.QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    _d, tab = _tab(qtbot, office, clerk, customer.id)
    modals.expect(lambda dialog: click(qtbot, button(dialog, "Cancel")))
    click(qtbot, tab.add_button)
    modals.check()
    assert office.attachments.list(clerk, customer.id) == [] and tab.model.rowCount() == 0
    assert messages.errors == [] and not events_exactly(office, "attachment.create")


def test_a_file_over_50_mb_is_refused_before_the_form(qtbot, office, make_user, customer, tmp_path, modals,
                                                      messages, monkeypatch):
    clerk = make_user("clerk")
    huge = tmp_path / "全部扫描.pdf"
    with open(huge, "wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)  # sparse: takes no disk
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(huge), "")))
    _d, tab = _tab(qtbot, office, clerk, customer.id)
    click(qtbot, tab.add_button)  # no form opens (the modal driver would report one)
    assert messages.errors == ["File: 全部扫描.pdf is 50.0 MB; at most 50 MB can be attached"]
    assert office.attachments.list(clerk, customer.id) == []


def test_edit_shows_the_mistake_then_saves(qtbot, office, make_user, customer, modals, messages):
    clerk = make_user("clerk")
    a = office.attachments.add(clerk, customer.id, "scan.pdf", pdf_bytes(2), {"title": "扫描"})
    _d, tab = _tab(qtbot, office, clerk, customer.id)
    tab.select(a.id)
    seen = {}

    def edit(dialog):
        title = find(dialog, QLineEdit, "title")
        retype(qtbot, title, "")
        click(qtbot, button(dialog, "Save"))
        seen["error"] = find(dialog, QLabel, "errorLabel").text()
        seen["focus"] = dialog.focusWidget() is title
        type_text(qtbot, title, "租赁合同")
        choose(dialog.kind, "Contract")
        pages = find(dialog, QSpinBox, "pages")
        pages.setFocus()
        QTest.keyClick(pages, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(pages, "4")
        click(qtbot, button(dialog, "Save"))

    modals.expect(edit)
    click(qtbot, tab.edit_button)
    modals.check()
    assert seen == {"error": "Title: is required", "focus": True}
    stored = office.attachments.get(clerk, a.id)
    assert (stored.title, stored.kind, stored.pages) == ("租赁合同", "contract", 4)
    assert [tab.model.index(0, c).data() for c in range(3)] == ["租赁合同", "Contract", "4"]
    assert events_exactly(office, "attachment.update")[0].username == clerk.username


def test_the_viewer_turns_pages_zooms_and_closes_with_the_keyboard(qtbot, office, make_user, customer, modals,
                                                                    messages):
    clerk = make_user("clerk")
    office.attachments.add(clerk, customer.id, "五页.pdf", pdf_bytes(5), {"title": "五页"})
    _d, tab = _tab(qtbot, office, clerk, customer.id)
    seen = []

    def state(viewer, what):
        image = viewer.current_image()
        seen.append((what, viewer.current_page, find(viewer, QLabel, "pageLabel").text(), image.width(),
                     image.height()))

    def look(viewer):
        dpr = viewer.devicePixelRatioF()
        state(viewer, "opened")
        seen.append(("scroll bar", viewer.scroll.horizontalScrollBar().isVisible()))
        fit_width = viewer.scroll.viewport().width() * dpr
        for key in (Qt.Key.Key_End, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Home, Qt.Key.Key_PageUp):
            QTest.keyClick(viewer, key)
            state(viewer, key.name)
        click(qtbot, find(viewer, type(viewer.next_button), "nextPage"))
        state(viewer, "next")
        click(qtbot, find(viewer, type(viewer.actual_button), "actualSize"))
        state(viewer, "100%")
        QTest.keyClick(viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        state(viewer, "zoom in")
        QTest.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        state(viewer, "zoom out")
        click(qtbot, find(viewer, type(viewer.fit_button), "fitWidth"))
        state(viewer, "fit")
        seen.append(("sizes", fit_width, A4_WIDTH_PT * 96 / 72 * dpr))
        QTest.keyClick(viewer, Qt.Key.Key_Escape)

    modals.expect(look)
    double_click(qtbot, tab.view.viewport(), row_pos(tab.view, 0))
    modals.check()
    _sizes, fit_width, actual_width = seen.pop()
    assert seen.pop(1) == ("scroll bar", False)  # fitted to the width: nothing to scroll sideways
    pages = [(what, page, label) for what, page, label, _w, _h in seen]
    assert pages == [("opened", 0, "Page 1 of 5"), ("Key_End", 4, "Page 5 of 5"), ("Key_PageDown", 4, "Page 5 of 5"),
                     ("Key_PageUp", 3, "Page 4 of 5"), ("Key_Home", 0, "Page 1 of 5"),
                     ("Key_PageUp", 0, "Page 1 of 5"), ("next", 1, "Page 2 of 5"), ("100%", 1, "Page 2 of 5"),
                     ("zoom in", 1, "Page 2 of 5"), ("zoom out", 1, "Page 2 of 5"), ("fit", 1, "Page 2 of 5")]
    widths = {what: w for what, _p, _l, w, _h in seen}
    for what in ("opened", "fit"):  # the page fills the width of the window
        assert fit_width - 10 <= widths[what] <= fit_width, (what, widths[what], fit_width)
    assert abs(widths["100%"] - actual_width) <= 2
    assert abs(widths["zoom in"] - actual_width * 1.25) <= 3 and abs(widths["zoom out"] - actual_width) <= 2
    assert all(h > w for _what, _p, _l, w, h in seen)  # portrait pages, really drawn
    assert not tab.view_button.isHidden() and QApplication.activeModalWidget() is None


def test_a_tiff_scan_turns_pages_and_a_phone_photo_shows_upright(qtbot, office, make_user, customer, modals,
                                                                 messages):
    clerk = make_user("clerk")
    scan = office.attachments.add(clerk, customer.id, "扫描.tif", tiff_scan(), {"title": "扫描"})
    photo = office.attachments.add(clerk, customer.id, "photo.jpg", rotated_photo(), {"title": "照片"})
    assert scan.pages == 3
    _d, tab = _tab(qtbot, office, clerk, customer.id)
    seen = {}

    def scan_pages(viewer):
        seen["first"] = (find(viewer, QLabel, "pageLabel").text(), viewer.current_image().size().toTuple())
        QTest.keyClick(viewer, Qt.Key.Key_PageDown)
        seen["second"] = (find(viewer, QLabel, "pageLabel").text(), viewer.current_image().size().toTuple())
        QTest.keyClick(viewer, Qt.Key.Key_End)
        seen["last"] = (viewer.current_page, viewer.current_image().size().toTuple())
        viewer.reject()

    def upright(viewer):
        seen["photo"] = (viewer.page_count, viewer.current_image().size().toTuple())
        viewer.reject()

    modals.expect(scan_pages)
    tab.select(scan.id)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Return)  # Enter opens the viewer too
    modals.check()
    modals.expect(upright)
    tab.select(photo.id)
    click(qtbot, tab.view_button)
    modals.check()
    assert seen == {"first": ("Page 1 of 3", (300, 200)), "second": ("Page 2 of 3", (400, 200)),
                    "last": (2, (500, 200)), "photo": (1, (100, 200))}


def test_a_voided_row_is_struck_through_with_its_reason_and_cannot_be_edited(qtbot, office, make_user, customer,
                                                                              modals, messages):
    clerk, keeper = make_user("clerk"), make_user("archivist")
    a = office.attachments.add(clerk, customer.id, "x.png", image_bytes("PNG"), {"title": "照片"})
    office.attachments.void(keeper, a.id, "拍错了")
    _d, tab = _tab(qtbot, office, clerk, customer.id)
    tab.select(a.id)
    index = tab.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith(": 拍错了")
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == "#888888"
    assert tab.view_button.isEnabled() and tab.export_button.isEnabled()
    assert not tab.edit_button.isEnabled() and not tab.void_button.isEnabled()


def test_export_proposes_the_stored_name_and_a_cancelled_export_writes_nothing(qtbot, office, make_user, customer,
                                                                                tmp_path, messages, monkeypatch):
    clerk = make_user("clerk")
    a = office.attachments.add(clerk, customer.id, "营业执照.jpg", image_bytes("JPEG"), {"title": "执照"})
    asked = []
    monkeypatch.setattr(ui.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **k: asked.append(args[2]) or ("", "")))
    _d, tab = _tab(qtbot, office, clerk, customer.id)
    tab.select(a.id)
    click(qtbot, tab.export_button)
    assert asked == ["营业执照.jpg"]
    assert messages.infos == [] and not events_exactly(office, "attachment.export")
    target = tmp_path / "导出" / "执照副本.jpg"
    target.parent.mkdir()
    monkeypatch.setattr(ui.QFileDialog, "getSaveFileName", staticmethod(lambda *args, **k: (str(target), "")))
    click(qtbot, tab.export_button)
    assert target.read_bytes() == office.attachments.content(clerk, a.id)
    assert str(target) in messages.infos[0]
    assert events_exactly(office, "attachment.export")[0].username == clerk.username


def test_a_closed_dossier_takes_no_files_from_a_clerk_but_from_the_record_keeper(qtbot, office, admin, make_user,
                                                                                  customer, tmp_path, modals,
                                                                                  messages):
    clerk, keeper = make_user("clerk"), make_user("archivist")
    a = office.attachments.add(clerk, customer.id, "x.png", image_bytes("PNG"), {"title": "照片"})
    office.customers.move_out(admin, customer.id, "2026-01-31")
    png = tmp_path / "交房.png"
    png.write_bytes(image_bytes("PNG"))
    _cd, ctab = _tab(qtbot, office, clerk, customer.id)
    ctab.select(a.id)
    assert not ctab.add_button.isEnabled() and not ctab.edit_button.isEnabled()
    assert ctab.view_button.isEnabled()  # still readable
    assert _drag(ctab, [png]) == (False, False)
    _kd, ktab = _tab(qtbot, office, keeper, customer.id)
    assert ktab.add_button.isEnabled()
    modals.expect(lambda dialog: click(qtbot, button(dialog, "Save")))
    assert _drag(ktab, [png]) == (True, True)
    qtbot.waitUntil(lambda: len(office.attachments.list(keeper, customer.id)) == 2, timeout=5000)
    modals.check()
    assert ctab.model.rowCount() == 1  # the clerk's window reloads when it is told to
    ctab.reload()
    assert ctab.model.rowCount() == 2


def test_a_viewer_can_neither_drop_nor_open_files(qtbot, office, admin, make_user, customer, tmp_path, messages):
    a = office.attachments.add(admin, customer.id, "x.png", image_bytes("PNG"), {"title": "照片"})
    png = tmp_path / "y.png"
    png.write_bytes(image_bytes("PNG"))
    viewer = make_user("viewer")
    _d, tab = _tab(qtbot, office, viewer, customer.id)
    tab.select(a.id)
    assert _drag(tab, [png]) == (False, False)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Return)  # nothing opens (the modal driver would report it)
    tab.view_attachment()
    tab.export_attachment()
    assert messages.errors == [] and office.attachments.list(admin, customer.id)[0].title == "照片"
    assert len(office.attachments.list(admin, customer.id)) == 1 and not events_exactly(office, "permission.denied")
