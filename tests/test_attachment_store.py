"""Attachments kept inside the encrypted database: checks on the way in, roles, export, voiding."""
from __future__ import annotations

import hashlib

import pytest

from app import attachments as att
from app.errors import KeDangError, PermissionDenied
from app.validation import ValidationError
from tests.gui_helpers import events_exactly
from tests.support.samples import image_bytes, pdf_bytes

MARK = b"KEDANG-PLAINTEXT-MARKER-7731"






@pytest.fixture
def customer(office, admin):
    return office.customers.create(admin, {"name": "孙丽", "phone": "13800004444"})


def test_pdf_png_and_jpeg_round_trip_and_count_pages(office, admin, customer):
    pdf = pdf_bytes(4)
    a = office.attachments.add(admin, customer.id, "合同.pdf", pdf, {"title": "合同", "kind": "contract"})
    assert (a.pages, a.mime, a.size, a.sha256) == (4, "application/pdf", len(pdf), hashlib.sha256(pdf).hexdigest())
    assert office.attachments.content(admin, a.id) == pdf
    for name, fmt, mime in (("p.png", "PNG", "image/png"), ("p.jpg", "JPEG", "image/jpeg")):
        data = image_bytes(fmt)
        b = office.attachments.add(admin, customer.id, name, data, {"title": name})
        assert b.mime == mime and b.pages == 1 and office.attachments.content(admin, b.id) == data


def test_the_bytes_are_not_on_disk_in_plaintext(office, admin, customer, tmp_path):
    data = image_bytes("PNG") + MARK  # PNG readers ignore bytes after the end chunk
    office.attachments.add(admin, customer.id, "x.png", data, {"title": "x"})
    assert (tmp_path / "office.kdb").stat().st_size > len(data)
    for path in tmp_path.rglob("*"):  # the database, its WAL, and anything else written
        if path.is_file():
            assert MARK not in path.read_bytes(), path


@pytest.mark.parametrize("name, data, rule", [
    ("scan.pdf", image_bytes("PNG"), "scan.pdf is not a PDF file: its content does not match its extension"),
    ("scan.doc", b"abc", "scan.doc: only PDF and image files"),
    ("empty.png", b"", "empty.png is empty (0 bytes)"),
    ("broken.pdf", b"%PDF-1.4\n garbage without objects", "broken.pdf is damaged and cannot be opened"),
    ("cut.jpg", image_bytes("JPEG")[:200], "cut.jpg is damaged and cannot be opened"),
    ("cut.png", image_bytes("PNG")[:60], "cut.png is damaged and cannot be opened"),
])
def test_bad_files_are_refused_naming_the_file_and_rule(office, admin, customer, name, data, rule):
    with pytest.raises(ValidationError) as info:
        office.attachments.add(admin, customer.id, name, data, {"title": "t"})
    assert info.value.field == "File" and rule in str(info.value)
    assert office.attachments.list(admin, customer.id) == []
    assert not events_exactly(office, "attachment.create")


def test_huge_files_are_refused_before_they_are_read(tmp_path):
    big = tmp_path / "huge.pdf"
    with open(big, "wb") as fh:
        fh.truncate(att.MAX_BYTES + 1)  # sparse: no memory or disk used
    with pytest.raises(ValidationError) as info:
        att.read_file(big)
    assert "at most 50 MB" in str(info.value)
    with pytest.raises(ValidationError):
        att.inspect("huge.pdf", b"%PDF-" + bytes(att.MAX_BYTES))


def test_export_is_audited_and_roles_are_enforced(office, admin, make_user, customer, tmp_path):
    a = office.attachments.add(admin, customer.id, "c.pdf", pdf_bytes(), {"title": "合同"})
    viewer, clerk, keeper = make_user("viewer"), make_user("clerk"), make_user("archivist")
    with pytest.raises(PermissionDenied):
        office.attachments.content(viewer, a.id)
    with pytest.raises(PermissionDenied):
        office.attachments.add(viewer, customer.id, "x.png", image_bytes("PNG"), {"title": "x"})
    target = office.attachments.export(clerk, a.id, tmp_path / "copy.pdf")
    assert target.read_bytes() == pdf_bytes()
    assert events_exactly(office, "attachment.export")[0].username == clerk.username
    with pytest.raises(PermissionDenied):
        office.attachments.void(clerk, a.id, "重复")
    assert events_exactly(office, "permission.denied")
    with pytest.raises(ValidationError):
        office.attachments.void(keeper, a.id, "  ")
    office.attachments.void(keeper, a.id, "重复")
    stored = office.attachments.get(keeper, a.id)
    assert stored.voided and stored.void_reason == "重复" and office.attachments.content(keeper, a.id)
    with pytest.raises(KeDangError):
        office.attachments.update(admin, a.id, {"title": "新"})


def test_moved_out_customer_takes_attachments_only_from_the_record_keeper(office, admin, make_user, customer):
    office.customers.move_out(admin, customer.id, "2026-11-01")
    with pytest.raises(KeDangError):
        office.attachments.add(make_user("clerk"), customer.id, "x.png", image_bytes("PNG"), {"title": "x"})
    office.attachments.add(make_user("archivist"), customer.id, "x.png", image_bytes("PNG"), {"title": "x"})


def test_edit_title_kind_and_pages_with_validation(office, admin, customer):
    a = office.attachments.add(admin, customer.id, "c.pdf", pdf_bytes(2), {"title": "合同"})
    with pytest.raises(ValidationError) as info:
        office.attachments.update(admin, a.id, {"pages": 0})
    assert info.value.field == "Pages"
    with pytest.raises(ValidationError):
        office.attachments.update(admin, a.id, {"title": " "})
    office.attachments.update(admin, a.id, {"title": "租赁合同", "kind": "contract", "pages": 3})
    stored = office.attachments.get(admin, a.id)
    assert (stored.title, stored.kind, stored.pages) == ("租赁合同", "contract", 3)
    assert events_exactly(office, "attachment.update")
