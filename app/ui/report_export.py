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
from PySide6.QtWidgets import QFileDialog, QWidget

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
    filters = {"pdf": translate("Reports", "PDF document (*.pdf)"),
               "xlsx": translate("Reports", "Excel workbook (*.xlsx)")}
    path, _f = QFileDialog.getSaveFileName(parent, translate("Reports", "Save {title}").format(title=title),
                                           default_path(title, fmt), filters[fmt])
    if not path:
        return None
    if not path.lower().endswith("." + fmt):
        path += "." + fmt
    written: list = []

    def write() -> None:
        report = build()
        written.append(report)
        if fmt == "pdf":
            data = pdf_bytes(report)
            with open(path, "wb") as f:
                f.write(data)
        else:
            from app.reports.tables import write_xlsx
            write_xlsx(report, path)
    if not _busy(parent, write, QT_TRANSLATE_NOOP("Reports", "The report could not be saved: {error}")):
        return None
    if office is not None and session is not None:
        try:
            office.audit.record_export(session, title, fmt, _rows(written[0]), os.path.basename(path))
        except Exception as exc:  # the file is written; say that the log could not note it
            show_error(parent, exc)
    show_info(parent, translate("Reports", "Saved to {path}").format(path=path))
    return path


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
