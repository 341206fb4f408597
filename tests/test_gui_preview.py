"""Print preview and long exports: what the clerk sees before printing, and Cancel that writes nothing."""
from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from app.demo import fill_demo
from app.ui import report_export
from app.ui.main_window import MainWindow
from tests.gui_helpers import button, click, events_exactly, messages, modals, show  # noqa: F401  (fixtures)
from tests.support.pdf import pdf_text


def test_the_preview_shows_the_pages_and_saves_the_same_pdf(qtbot, office, admin, make_user, tmp_path, monkeypatch,
                                                            modals, messages):
    fill_demo(office, admin, customers=120)
    clerk = make_user("clerk")
    window = show(qtbot, MainWindow(office, clerk))
    path = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    seen = {}

    def look(dlg):
        seen["first"] = dlg.position.text()
        assert dlg.image.pixmap() is not None and not dlg.image.pixmap().isNull()
        click(qtbot, button(dlg, "Next page"))
        seen["second"] = dlg.position.text()
        click(qtbot, button(dlg, "Save PDF…"))
        click(qtbot, button(dlg, "Close"))
    modals.expect(look)
    window.findChild(type(window.new_action), "previewCustomers").trigger()
    modals.check()
    pages = int(seen["first"].rsplit(" ", 1)[1])
    assert pages >= 2 and seen["first"] == f"Page 1 of {pages}" and seen["second"] == f"Page 2 of {pages}"
    assert "Customerlist" in pdf_text(path) and "120customers" in pdf_text(path)
    (event,) = events_exactly(office, "report.export")
    assert "\"rows\": 120" in event.payload and "list.pdf" in event.payload
    assert messages.infos == [f"Saved to {path}"]


def test_cancelling_a_long_export_writes_nothing(qtbot, office, admin, tmp_path, monkeypatch, messages):
    from app.reports.office_reports import customer_list
    from app.models.records import CustomerQuery

    monkeypatch.setattr(report_export, "PROGRESS_DELAY_MS", 0)
    path = tmp_path / "never.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    release = threading.Event()

    def slow():
        release.wait(10)
        return customer_list(office, admin, CustomerQuery())

    def cancel():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        assert dialogs, "no progress window"
        assert "Customer list" in dialogs[0].labelText()
        click(qtbot, button(dialogs[0], "Cancel"))
    QTimer.singleShot(300, cancel)
    assert report_export.save_report(None, slow, "Customer list", "xlsx", office=office, session=admin) is None
    release.set()
    assert not path.exists()
    assert events_exactly(office, "report.export") == []
    assert messages.infos == [] and messages.errors == []


def test_the_archive_register_has_a_print_preview(qtbot, office, admin, make_user, modals, messages):
    from app.ui.archive_room import ArchiveRoom

    fill_demo(office, admin, customers=80)
    keeper = make_user("archivist")
    room = show(qtbot, ArchiveRoom(office, keeper))
    room.show_tab("files")
    seen = {}

    def look(dlg):
        seen["title"] = dlg.windowTitle()
        seen["pages"] = dlg.pages
        click(qtbot, button(dlg, "Close"))
    modals.expect(look)
    click(qtbot, button(room.files, "Print preview…"))
    modals.check()
    assert seen["title"] == "Print preview: Archive register" and seen["pages"] >= 1
    assert events_exactly(office, "report.export") == []      # looking is not exporting
