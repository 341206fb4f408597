"""Acceptance: personal data never reaches the disk in plaintext. After a session that adds marker data,
opens the dossier, builds reports and closes, the marker is in no file the program wrote (database, -wal,
-shm, settings, temp folder), and no file is an unencrypted SQLite database."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

from PIL import Image

from app.models.records import CustomerQuery
from app.office import create_office
from app.reports import tables
from app.reports.dossier_report import dossier_pdf
from app.reports.office_reports import customer_list
from app.ui.main_window import MainWindow
from app.validation import id_check_char
from tests.conftest import PASSWORD
from tests.gui_helpers import messages, modals, show  # noqa: F401  (fixtures)

NAME = "标记司马懿丰"
PHONE = "13987654321"
ID = "35010219800101123" + id_check_char("35010219800101123")
NOTE = "MARKER-QX7Z-备注"


def encodings(text: str) -> list[bytes]:
    out = []
    for enc in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
        try:
            out.append(text.encode(enc))
        except UnicodeEncodeError:
            pass
    return out


def test_marker_personal_data_is_in_no_file_the_program_wrote(qtbot, tmp_path, monkeypatch, modals, messages):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(temp))
    created = create_office(tmp_path / "desk" / "office.kdb", company="鸿运物业", admin_username="admin",
                            admin_display_name="王管理", admin_password=PASSWORD)
    office, admin = created.office, created.admin
    c = office.customers.create(admin, {"name": NAME, "phone": PHONE, "id_number": ID, "note": NOTE,
                                        "address": "福州市鼓楼区标记路1号"},
                                contacts=[{"role": "emergency", "name": NAME + "母", "phone": "13911112222"}])
    office.entries.create(admin, c.id, "complaint", {"received": "2026-01-05", "content": NOTE + " 投诉"})
    picture = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(picture, "PNG")
    office.attachments.add(admin, c.id, f"{NAME}身份证.png", picture.getvalue(), {"title": NAME + "身份证", "kind": "id_copy"})
    tables.xlsx_bytes(customer_list(office, admin, CustomerQuery(), include_ids=True))
    tables.pdf_bytes(customer_list(office, admin, CustomerQuery()))
    dossier_pdf(office, admin, c.id, for_customer=True)
    window = show(qtbot, MainWindow(office, admin))
    window.open_dossier(c.id)
    window.close()
    office.close()

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "office.kdb" for p in written)
    markers = [m for text in (NAME, PHONE, ID, NOTE) for m in encodings(text)]
    for path in written:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3"), f"{path} is an unencrypted database"
        found = [m for m in markers if m in data]
        assert not found, f"personal data in plaintext in {path.relative_to(tmp_path)}"
    assert not [p for p in temp.rglob("*") if p.is_file()], "files left in the temp folder"
