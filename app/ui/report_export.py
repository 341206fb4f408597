"""Saving a report where the user chooses (PDF or Excel), and printing a PDF from memory.

A report is built only after the user has chosen where it goes, with a busy cursor while it is
written. Nothing is written anywhere else: printing renders the PDF's pages in memory (PDFium) and
paints them on the printer, with no temporary file.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.errors import user_message
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.common import show_error, show_info


def _safe_name(title: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("_") or "report"


def default_path(title: str, fmt: str) -> str:
    from app.paths import documents_dir
    return str(documents_dir() / f"{_safe_name(title)}_{_dt.date.today().isoformat()}.{fmt}")


def save_report(parent: QWidget | None, build: Callable[[], object], title: str, fmt: str, *, office=None,
                session=None) -> str | None:
    """Ask where to save, build the report and write it as ``fmt`` ('pdf' or 'xlsx'). The path, or None.
    With ``office`` and ``session`` the export is recorded in the audit log (what, how many rows, file name)."""
    if fmt == "preview":  # the same report shown as it will print, then printed or saved from there
        dialog = preview_report(parent, build, title, office=office, session=session)
        return None if dialog is None else ""
    filters = {"pdf": translate("Reports", "PDF document (*.pdf)"),
               "xlsx": translate("Reports", "Excel workbook (*.xlsx)")}
    path, _f = QFileDialog.getSaveFileName(parent, translate("Reports", "Save {title}").format(title=title),
                                           default_path(title, fmt), filters[fmt])
    if not path:
        return None
    if not path.lower().endswith("." + fmt):
        path += "." + fmt

    def make() -> tuple[object, bytes]:
        report = build()
        if fmt == "pdf":
            return report, pdf_bytes(report)
        from app.reports.tables import xlsx_bytes
        return report, xlsx_bytes(report)
    done = run_with_progress(parent, make, translate("Reports", "Preparing {title}…").format(title=title),
                             QT_TRANSLATE_NOOP("Reports", "The report could not be saved: {error}"))
    if done is None:
        return None  # cancelled or failed: nothing was written
    report, data = done
    try:
        with open(path, "wb") as f:
            f.write(data)
    except OSError as exc:
        show_error(parent, translate("Reports", "The report could not be saved: {error}").format(
            error=exc.strerror or exc))
        return None
    if office is not None and session is not None:
        try:
            office.audit.record_export(session, title, fmt, _rows(report), os.path.basename(path))
        except Exception as exc:  # the file is written; say that the log could not note it
            show_error(parent, exc)
    show_info(parent, translate("Reports", "Saved to {path}").format(path=path))
    return path


PROGRESS_DELAY_MS = 400   # work that ends sooner shows no progress window at all


def run_with_progress(parent: QWidget | None, work: Callable[..., object], label: str, failure: str, *,
                      cooperative: bool = False):
    """Run ``work`` in a worker thread while a progress window with Cancel is shown (after a short delay);
    the result, or None when it was cancelled or failed (the failure shown as ``failure``).

    ``work`` must not touch widgets. A cancelled result is thrown away, so whatever the work would have
    produced is never written. ``cooperative`` work is called as ``work(progress, cancelled)``: it reports
    ``progress(done, total)``, checks ``cancelled()`` and stops (raising) when asked; Cancel then waits for
    it to stop, so that work which writes (an import) is rolled back before the window closes.
    """
    import threading
    import time

    from PySide6.QtWidgets import QApplication, QProgressDialog

    box: dict = {}

    def progress(done: int, total: int) -> None:
        box["progress"] = (done, total)

    def target() -> None:
        try:
            box["result"] = work(progress, lambda: box.get("cancel", False)) if cooperative else work()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, shown as a message
            box["error"] = exc

    thread = threading.Thread(target=target, name="kedang-report", daemon=True)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    thread.start()
    dialog = QProgressDialog(label, translate("Reports", "Cancel"), 0, 0, parent)
    dialog.setObjectName("reportProgress")
    dialog.setWindowTitle(translate("Reports", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    started = time.monotonic()
    cancelled = False
    try:
        while thread.is_alive():
            thread.join(0.02)
            if not dialog.isVisible() and (time.monotonic() - started) * 1000 >= PROGRESS_DELAY_MS:
                QGuiApplication.restoreOverrideCursor()
                QGuiApplication.setOverrideCursor(Qt.CursorShape.ArrowCursor)
                dialog.show()
            if "progress" in box:
                done, total = box["progress"]
                if dialog.maximum() != total:
                    dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total))
            QApplication.processEvents()
            if dialog.wasCanceled() and not cancelled:
                cancelled = True
                box["cancel"] = True
                if not cooperative:
                    break
                dialog.setLabelText(translate("Reports", "Stopping…"))
    finally:
        dialog.close()
        dialog.deleteLater()
        QGuiApplication.restoreOverrideCursor()
    if cancelled and not (cooperative and "result" in box):
        return None   # cooperative work stopped (raised) when asked; a late Cancel does not hide finished work
    if cancelled and cooperative:
        return box["result"]
    if "error" in box:
        show_error(parent, translate("Reports", failure).format(error=user_message(box["error"])))
        return None
    return box.get("result")


def _rows(report) -> int | None:
    """How many rows a report has (table rows, handover lines, or a finished PDF's count), if it says."""
    if hasattr(report, "row_count"):
        return report.row_count
    for attr in ("rows", "lines"):
        if hasattr(report, attr):
            return len(getattr(report, attr))
    return None


def pdf_bytes(report) -> bytes:
    """The PDF of a report description, or the report itself when it is a finished PDF already."""
    if isinstance(report, bytes):
        return report
    from app.reports import handover_sheet, tables
    module = handover_sheet if isinstance(report, handover_sheet.HandoverSheet) else tables
    return module.pdf_bytes(report)


def print_report(parent: QWidget | None, build: Callable[[], object], *, title: str = "", office=None,
                 session=None) -> bool:
    """Build the report as a PDF in memory and print it through the printer dialog (recorded in the
    audit log like an export when ``office`` and ``session`` are given)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    built: list = []

    def work() -> None:
        built.append(build())
        paint_pdf(printer, pdf_bytes(built[0]))
    if not _busy(parent, work, QT_TRANSLATE_NOOP("Reports", "The report could not be printed: {error}")):
        return False
    if office is not None and session is not None:
        try:
            office.audit.record_export(session, title, "print", _rows(built[0]), printer.printerName())
        except Exception as exc:
            show_error(parent, exc)
    return True


def _busy(parent: QWidget | None, work: Callable[[], object], failure: str) -> bool:
    """Run ``work`` under a wait cursor; a failure is shown as ``failure`` with its message. True if it worked."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        work()
    except Exception as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, translate("Reports", failure).format(error=user_message(exc)))
        return False
    QGuiApplication.restoreOverrideCursor()
    return True


def paint_pdf(device, data: bytes, dpi: int = 200) -> int:
    """Paint every page of the PDF ``data`` on a paint device (a QPrinter); the number of pages."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    painter = QPainter()
    try:
        if not painter.begin(device):
            raise OSError(translate("Reports", "the printer could not be started"))
        n = len(pdf)
        for i in range(n):
            if i:
                device.newPage()
            page = pdf[i]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            image = QImage(pil.tobytes(), pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                                                   Qt.TransformationMode.SmoothTransformation))
            page.close()
        return n
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()


# ------------------------------------------------------------------ print preview
def preview_report(parent: QWidget | None, build: Callable[[], object], title: str, *, office=None, session=None):
    """Build the report as a PDF (with progress and Cancel) and show it in the preview window, where it can
    be printed or saved; the dialog, or None when the build was cancelled or failed."""
    def make():
        report = build()
        return report, pdf_bytes(report)
    done = run_with_progress(parent, make, translate("Reports", "Preparing {title}…").format(title=title),
                             QT_TRANSLATE_NOOP("Reports", "The report could not be shown: {error}"))
    if done is None:
        return None
    report, data = done
    dialog = PreviewDialog(parent, data, title, _rows(report), office=office, session=session)
    dialog.exec()
    return dialog


class PreviewDialog(QDialog):
    """The PDF as it will print, page by page, rendered in memory; Print… and Save PDF… from here."""

    ZOOMS = (("fit", QT_TRANSLATE_NOOP("Reports", "Fit width")), (1.0, "100%"), (1.5, "150%"), (2.0, "200%"))

    def __init__(self, parent, data: bytes, title: str, rows: int | None = None, *, office=None, session=None):
        import pypdfium2 as pdfium
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout

        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(translate("Reports", "Print preview: {title}").format(title=title))
        self.resize(900, 1000)
        self.data, self.title, self.rows, self.office, self.session = data, title, rows, office, session
        self.pdf = pdfium.PdfDocument(data)
        self.pages = len(self.pdf)
        self.page = 0
        self.image = QLabel(objectName="previewPage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position = QLabel(objectName="previewPosition")
        self.zoom = QComboBox(objectName="previewZoom")
        for value, text in self.ZOOMS:
            self.zoom.addItem(translate("Reports", text) if value == "fit" else text, value)
        self.zoom.currentIndexChanged.connect(lambda _i: self.show_page(self.page))
        prev = QPushButton(translate("Reports", "Previous page"), objectName="previewPrev")
        nxt = QPushButton(translate("Reports", "Next page"), objectName="previewNext")
        prev.clicked.connect(lambda _c=False: self.show_page(self.page - 1))
        nxt.clicked.connect(lambda _c=False: self.show_page(self.page + 1))
        print_button = QPushButton(translate("Reports", "Print…"), objectName="previewPrint")
        save_button = QPushButton(translate("Reports", "Save PDF…"), objectName="previewSave")
        close = QPushButton(translate("Reports", "Close"), objectName="previewClose")
        print_button.clicked.connect(lambda _c=False: self.print_())
        save_button.clicked.connect(lambda _c=False: self.save())
        close.clicked.connect(self.reject)
        for key, step in ((QKeySequence.StandardKey.MoveToNextPage, 1), (QKeySequence.StandardKey.MoveToPreviousPage, -1)):
            QShortcut(QKeySequence(key), self, activated=lambda s=step: self.show_page(self.page + s))
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_)
        row = QHBoxLayout()
        for w in (prev, self.position, nxt, self.zoom):
            row.addWidget(w)
        row.addStretch(1)
        for w in (print_button, save_button, close):
            row.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.scroll, 1)
        self.finished.connect(lambda _r: self.pdf.close())
        self.show_page(0)

    def show_page(self, index: int) -> None:
        from PySide6.QtGui import QPixmap

        if not self.pages:
            return
        self.page = max(0, min(self.pages - 1, index))
        page = self.pdf[self.page]
        zoom = self.zoom.currentData()
        width_pt = page.get_width()
        if zoom == "fit":
            scale = max(0.3, (self.scroll.viewport().width() - 24) / width_pt)
        else:
            scale = float(zoom) * self.logicalDpiX() / 72
        pil = page.render(scale=scale * self.devicePixelRatioF()).to_pil().convert("RGB")
        page.close()
        image = QImage(pil.tobytes(), pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self.image.setPixmap(QPixmap.fromImage(image))
        self.position.setText(translate("Reports", "Page {n} of {total}").format(n=self.page + 1, total=self.pages))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.zoom.currentData() == "fit":
            self.show_page(self.page)

    def print_(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return False
        if not _busy(self, lambda: paint_pdf(printer, self.data),
                     QT_TRANSLATE_NOOP("Reports", "The report could not be printed: {error}")):
            return False
        self._audit("print", printer.printerName())
        return True

    def save(self) -> str | None:
        path, _f = QFileDialog.getSaveFileName(self, translate("Reports", "Save {title}").format(title=self.title),
                                               default_path(self.title, "pdf"),
                                               translate("Reports", "PDF document (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            with open(path, "wb") as f:
                f.write(self.data)
        except OSError as exc:
            show_error(self, translate("Reports", "The report could not be saved: {error}").format(
                error=exc.strerror or exc))
            return None
        self._audit("pdf", os.path.basename(path))
        show_info(self, translate("Reports", "Saved to {path}").format(path=path))
        return path

    def _audit(self, fmt: str, target: str) -> None:
        if self.office is None or self.session is None:
            return
        try:
            self.office.audit.record_export(self.session, self.title, fmt, self.rows, target)
        except Exception as exc:
            show_error(self, exc)
