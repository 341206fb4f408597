"""``KeDang --self-test``: does this build work on this PC? One line per step, exit 0 only if all pass.

Everything happens in a new temporary folder that is removed at the end; the OS keyring is not
touched (the test database's key is never stored) and the test data is made up.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable

from app.i18n import translate

SAMPLE_NAME = "自检客户张三"
SAMPLE_TEXT = "客档自检：中文报表"


def _steps(folder: Path, state: dict) -> list[tuple[str, Callable[[], str]]]:
    def create() -> str:
        from app.office import create_office

        created = create_office(folder / "selftest.kdb", company="客档自检", admin_username="selftest",
                                admin_display_name="自检", admin_password="Self-test-2026!", keep_key=False)
        state["office"], state["session"] = created.office, created.admin
        head = (folder / "selftest.kdb").read_bytes()[:16]
        if head.startswith(b"SQLite format 3"):
            raise RuntimeError("the database file is not encrypted")
        return translate("SelfTest", "encrypted (SQLCipher), schema version {v}").format(v=created.office.db.user_version())

    def customer() -> str:
        office, session = state["office"], state["session"]
        c = office.customers.create(session, {"name": SAMPLE_NAME, "phone": "13800138000", "unit": "3-2-1201"})
        from app.models.records import CustomerQuery

        found = office.customers.search(session, CustomerQuery(text="张三"))
        back = office.customers.get(session, c.id)
        if back.name != SAMPLE_NAME or c.id not in found:
            raise RuntimeError("the customer did not come back as written")
        return f"{back.code} {back.name}"

    def excel() -> str:
        from openpyxl import load_workbook

        from app.reports.office_reports import customer_list
        from app.reports.tables import write_xlsx
        from app.models.records import CustomerQuery

        path = folder / "selftest.xlsx"
        write_xlsx(customer_list(state["office"], state["session"], CustomerQuery()), path)
        values = [c for row in load_workbook(path, read_only=True).active.iter_rows(values_only=True) for c in row]
        if SAMPLE_NAME not in values:
            raise RuntimeError("the workbook lacks the customer")
        return f"{path.stat().st_size} bytes"

    def pdf() -> str:
        import pypdfium2 as pdfium

        from app.reports.fonts import register_cjk_font
        from app.reports.office_reports import customer_list
        from app.reports.tables import pdf_bytes
        from app.models.records import CustomerQuery

        data = pdf_bytes(customer_list(state["office"], state["session"], CustomerQuery()))
        (folder / "selftest.pdf").write_bytes(data)
        doc = pdfium.PdfDocument(data)
        try:
            page = doc[0]
            text = page.get_textpage().get_text_range()
        finally:
            doc.close()
        if SAMPLE_NAME not in text:
            raise RuntimeError("the PDF text lacks the Chinese name")
        return translate("SelfTest", "{n} bytes, font {font}").format(n=len(data), font=register_cjk_font())

    def widgets() -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication.instance() or QApplication([sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]])
        label = QLabel(SAMPLE_TEXT)
        label.resize(label.sizeHint())
        image = label.grab().toImage()
        if image.isNull() or image.width() < 20:
            raise RuntimeError("Qt could not draw a window")
        return translate("SelfTest", "Qt {qt} on {platform}").format(qt=__import__("PySide6.QtCore").QtCore.qVersion(),
                                                                     platform=app.platformName())

    def close() -> str:
        state.pop("office").close()
        return translate("SelfTest", "closed")

    return [
        (translate("SelfTest", "Create an encrypted database"), create),
        (translate("SelfTest", "Write and read a customer with Chinese text"), customer),
        (translate("SelfTest", "Write an Excel workbook"), excel),
        (translate("SelfTest", "Write a PDF with Chinese text"), pdf),
        (translate("SelfTest", "Draw a window"), widgets),
        (translate("SelfTest", "Close the database"), close),
    ]


def run(out=None) -> int:
    """Run every step, print one line each; 0 when all passed."""
    out = out or sys.stdout
    folder = Path(tempfile.mkdtemp(prefix="kedang-selftest-"))
    state: dict = {}
    failed = 0
    started = time.monotonic()
    try:
        steps = _steps(folder, state)
        for n, (name, step) in enumerate(steps, 1):
            t = time.monotonic()
            try:
                detail = step()
                status = "OK  "
            except Exception as exc:  # noqa: BLE001 - each failure is one line of the report
                failed += 1
                status = "FAIL"
                detail = f"{type(exc).__name__}: {exc}"
                if os.environ.get("KEDANG_DEBUG"):
                    traceback.print_exc()
            print(f"[{status}] {n}/{len(steps)} {name} ({(time.monotonic() - t) * 1000:.0f} ms): {detail}", file=out,
                  flush=True)
    finally:
        office = state.get("office")
        if office is not None:
            try:
                office.close()
            except Exception:  # noqa: BLE001
                pass
        shutil.rmtree(folder, ignore_errors=True)
    gone = not folder.exists()
    if not gone:
        failed += 1
    total = time.monotonic() - started
    if failed:
        print(translate("SelfTest", "Self-test FAILED: {n} steps failed ({s:.1f} s).").format(n=failed, s=total), file=out)
        return 1
    print(translate("SelfTest", "Self-test passed: every step worked and the temporary folder was removed ({s:.1f} s).")
          .format(s=total), file=out)
    return 0
