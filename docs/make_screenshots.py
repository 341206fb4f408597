"""Take the user guide's screenshots from the real windows of a demo office.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshots.py [--lang zh_CN|en]

Runs on a virtual screen (Xvfb, platform xcb) when DISPLAY is set, else offscreen. Everything happens
in a temporary folder with an in-memory keyring; the images go to docs/images/<lang>/, scaled down and
reduced to 256 colours to stay small.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MAX_WIDTH = 960


def save(widget, path: Path) -> None:
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buf, "PNG")
    import io

    img = Image.open(io.BytesIO(bytes(buf.data()))).convert("RGB")
    if img.width > MAX_WIDTH:
        img = img.resize((MAX_WIDTH, round(img.height * MAX_WIDTH / img.width)), Image.LANCZOS)
    img.convert("P", palette=Image.ADAPTIVE, colors=256).save(path, optimize=True)
    print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    args = p.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    home = tempfile.mkdtemp(prefix="kedang-shots-")
    os.environ["KEDANG_HOME"] = home
    os.environ["KEDANG_LANG"] = args.lang

    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from app import i18n, security

    security.SCRYPT_N = 2 ** 12
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    i18n.set_language(args.lang)
    from app.ui.main import install_qt_translations

    install_qt_translations(app)
    out = ROOT / "docs" / "images" / args.lang
    out.mkdir(parents=True, exist_ok=True)

    from app.demo import fill_demo
    from app.office import create_office

    company = "鸿运物业服务有限公司"
    created = create_office(Path(home) / "office.kdb", company=company, admin_username="admin",
                            admin_display_name="王管理", admin_password="Desk-2026-guide")
    office, admin = created.office, created.admin
    fill_demo(office, admin, customers=300)

    from app.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(Path(home) / "new.kdb")
    wizard.resize(760, 560)
    wizard.show()
    save(wizard, out / "setup.png")
    wizard.close()

    from app.ui.main_window import MainWindow

    window = MainWindow(office, admin)
    window.resize(1280, 760)
    window.show()
    save(window, out / "customer-list.png")

    cid = office.db.scalar("SELECT customer_id FROM entries WHERE kind = 'payment' GROUP BY customer_id "
                           "ORDER BY count(*) DESC LIMIT 1")
    dossier = window.open_dossier(cid)
    dossier.resize(1100, 680)
    dossier.show_tab("payment")
    save(dossier, out / "dossier.png")
    dossier.close()

    room = window.open_archive("handovers")
    room.resize(1240, 720)
    save(room, out / "handovers.png")
    room.show_tab("loans")
    save(room, out / "loans.png")
    room.close()

    surveys = window.open_surveys()
    surveys.resize(1240, 760)
    surveys.tabs.setCurrentWidget(surveys.analysis)
    save(surveys, out / "survey-analysis.png")
    surveys.close()

    desk = window.open_property()
    desk.resize(1240, 800)
    save(desk, out / "floor-view.png")
    uid = office.db.scalar("SELECT unit_id FROM occupancies WHERE end_date IS NOT NULL LIMIT 1")
    unit = desk.open_unit(uid)
    save(unit, out / "unit-dossier.png")
    unit.close()
    desk.show_tab("labels")
    save(desk, out / "labels.png")
    desk.close()

    from app.ui.backups import BackupsDialog

    office.backups.create(admin)
    backups = BackupsDialog(office, admin, window)
    backups.show()
    save(backups, out / "backups.png")
    backups.close()

    from app.ui.import_wizard import ImportWizard
    from openpyxl import Workbook

    book = Path(home) / "customers.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["客户名称", "联系电话", "身份证号码", "联系地址", "备注"])
    ws.append(["陈晓明", "13805911234", "", "福州市鼓楼区五四路88号", "新客户"])
    ws.append(["林雅琴", "13905912345", "", "福州市台江区八一七中路12号", ""])
    wb.save(book)
    imp = ImportWizard(office, admin, window)
    imp.show()
    imp.file_page.load(str(book))
    imp.next()
    imp.next()
    save(imp, out / "import-columns.png")
    imp.close()

    from app.reports.office_reports import customer_list
    from app.models.records import CustomerQuery
    from app.reports.tables import pdf_bytes
    from app.ui.report_export import PreviewDialog

    preview = PreviewDialog(window, pdf_bytes(customer_list(office, admin, CustomerQuery())), "客户一览表")
    preview.resize(900, 900)
    preview.show()
    save(preview, out / "print-preview.png")
    preview.close()
    window.close()
    office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
