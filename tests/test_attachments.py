"""Attachment store, further cases (the basics are in test_attachment_store.py): what a scan's bytes
look like on disk, every accepted image type, the fields a clerk types, the limits at their edges,
roles and closed dossiers, export failures, voiding."""
from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from app import attachments as att
from app.errors import KeDangError, NotFound, PermissionDenied
from app.validation import ValidationError
from tests.gui_helpers import events_exactly
from tests.support.samples import image_bytes, pdf_bytes

PDF_MARK = "KEDANG-PDF-PLAINTEXT-4410"
JPEG_MARK = b"KEDANG-JPEG-PLAINTEXT-8829"






def tiff_pages(n: int) -> bytes:
    frames = [Image.new("L", (80 + 10 * i, 100), 40 * i) for i in range(n)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


@pytest.fixture
def customer(office, admin):
    return office.customers.create(admin, {"name": "周敏", "phone": "13800005555"})


def test_a_pdf_and_a_photo_are_never_on_disk_in_plaintext(office, admin, customer, tmp_path):
    pdf = pdf_bytes(3, PDF_MARK)
    jpeg = image_bytes("JPEG", comment=JPEG_MARK)
    assert PDF_MARK.encode() in pdf and JPEG_MARK in jpeg  # the markers really are in the files
    a = office.attachments.add(admin, customer.id, "合同.pdf", pdf, {"title": "合同"})
    b = office.attachments.add(admin, customer.id, "身份证.jpg", jpeg, {"title": "身份证"})
    assert (a.pages, a.sha256) == (3, hashlib.sha256(pdf).hexdigest())
    assert (b.mime, b.sha256) == ("image/jpeg", hashlib.sha256(jpeg).hexdigest())
    assert office.attachments.content(admin, a.id) == pdf and office.attachments.content(admin, b.id) == jpeg
    files = [p for p in (tmp_path / "office.kdb", tmp_path / "office.kdb-wal") if p.exists()]
    assert tmp_path / "office.kdb" in files
    for path in files:
        raw = path.read_bytes()
        assert PDF_MARK.encode() not in raw and JPEG_MARK not in raw, path
    office.close()  # after the checkpoint at close, too
    for path in tmp_path.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert PDF_MARK.encode() not in raw and JPEG_MARK not in raw, path


@pytest.mark.parametrize("name, data, mime, pages", [
    ("scan.tif", tiff_pages(3), "image/tiff", 3),
    ("scan.TIFF", tiff_pages(1), "image/tiff", 1),
    ("photo.JPEG", image_bytes("JPEG"), "image/jpeg", 1),
    ("logo.gif", image_bytes("GIF"), "image/gif", 1),
    ("old.bmp", image_bytes("BMP"), "image/bmp", 1),
    ("phone.webp", image_bytes("WEBP"), "image/webp", 1),
])
def test_every_accepted_image_type_is_stored_with_its_pages(office, admin, customer, name, data, mime, pages):
    a = office.attachments.add(admin, customer.id, name, data, {"title": "扫描件"})
    assert (a.mime, a.pages, a.filename) == (mime, pages, name)
    assert office.attachments.content(admin, a.id) == data


def test_the_clerk_s_fields_are_checked_and_the_page_count_may_be_corrected(office, admin, customer):
    pdf = pdf_bytes(2)
    for fields, label in (({"title": "x" * 101}, "Title"), ({"title": "合同", "kind": "passport"}, "Kind"),
                          ({"title": "合同", "pages": "两页"}, "Pages"), ({"title": "合同", "pages": 0}, "Pages"),
                          ({"title": "合同", "pages": att.MAX_PAGES + 1}, "Pages")):
        with pytest.raises(ValidationError) as info:
            office.attachments.add(admin, customer.id, "c.pdf", pdf, fields)
        assert info.value.field == label
    assert office.attachments.list(admin, customer.id) == []
    assert not events_exactly(office, "attachment.create")
    # two sheets scanned into one PDF page each, plus a stapled receipt the clerk counts
    a = office.attachments.add(admin, customer.id, "c.pdf", pdf, {"title": "  租赁   合同 ", "pages": "3"})
    assert (a.title, a.kind, a.pages) == ("租赁 合同", "other", 3)
    b = office.attachments.add(admin, customer.id, "d.pdf", pdf, {"title": "补充协议", "pages": ""})
    assert b.pages == 2  # left empty: the file's own count


def test_the_size_limit_is_more_than_50_mb_not_50_mb_itself(tmp_path):
    exactly = b"%PDF-" + bytes(att.MAX_BYTES - 5)
    with pytest.raises(ValidationError) as info:
        att.inspect("exact.pdf", exactly)  # 50 MB of zeros after the header: refused as damaged, not as big
    assert "damaged" in str(info.value) and "at most" not in str(info.value)
    del exactly
    with pytest.raises(ValidationError) as info:
        att.inspect("big.png", b"\x89PNG\r\n\x1a\n" + bytes(att.MAX_BYTES))
    assert str(info.value) == "File: big.png is 50.0 MB; at most 50 MB can be attached"
    small = tmp_path / "small.png"
    small.write_bytes(image_bytes("PNG"))
    assert att.read_file(small) == small.read_bytes()
    sparse = tmp_path / "扫描 全部.pdf"
    with open(sparse, "wb") as fh:
        fh.truncate(att.MAX_BYTES + 1)
    with pytest.raises(ValidationError) as info:
        att.read_file(sparse)
    assert "扫描 全部.pdf" in str(info.value) and "at most 50 MB" in str(info.value)


def test_a_viewer_sees_the_list_but_neither_the_content_nor_a_copy(office, admin, make_user, customer, tmp_path):
    a = office.attachments.add(admin, customer.id, "id.png", image_bytes("PNG"),
                               {"title": "身份证", "kind": "id_copy"})
    viewer = make_user("viewer")
    assert [x.title for x in office.attachments.list(viewer, customer.id)] == ["身份证"]
    assert office.attachments.get(viewer, a.id).kind == "id_copy"
    with pytest.raises(PermissionDenied):
        office.attachments.content(viewer, a.id)
    with pytest.raises(PermissionDenied):
        office.attachments.export(viewer, a.id, tmp_path / "copy.png")
    assert not (tmp_path / "copy.png").exists() and not events_exactly(office, "attachment.export")
    denied = events_exactly(office, "permission.denied")
    assert len(denied) == 2 and {e.username for e in denied} == {viewer.username}
    with pytest.raises(PermissionDenied):
        office.attachments.update(viewer, a.id, {"title": "改"})
    assert office.attachments.get(admin, a.id).title == "身份证"


def test_an_unknown_attachment_is_not_found(office, admin, tmp_path):
    for call in (lambda: office.attachments.get(admin, 999), lambda: office.attachments.content(admin, 999),
                 lambda: office.attachments.export(admin, 999, tmp_path / "x.pdf")):
        with pytest.raises(NotFound):
            call()
    assert list(tmp_path.glob("x.pdf*")) == []


def test_export_replaces_a_file_whole_and_a_failed_export_leaves_nothing(office, make_user, customer, tmp_path):
    clerk = make_user("clerk")
    pdf = pdf_bytes(2)
    a = office.attachments.add(clerk, customer.id, "合同.pdf", pdf, {"title": "合同"})
    target = tmp_path / "合同副本.pdf"
    target.write_bytes(b"an older, longer file " * 1000)
    assert office.attachments.export(clerk, a.id, target) == target
    assert target.read_bytes() == pdf and not list(tmp_path.glob("*.part"))
    [event] = events_exactly(office, "attachment.export")
    assert event.username == clerk.username and "合同副本.pdf" in event.payload
    with pytest.raises(OSError):
        office.attachments.export(clerk, a.id, tmp_path / "no such folder" / "copy.pdf")
    assert len(events_exactly(office, "attachment.export")) == 1  # a copy that was not written is not logged
    assert not (tmp_path / "no such folder").exists()


def test_voiding_needs_a_record_keeper_a_reason_and_happens_once(office, make_user, customer):
    clerk, keeper = make_user("clerk"), make_user("archivist")
    a = office.attachments.add(clerk, customer.id, "x.png", image_bytes("PNG"), {"title": "照片"})
    with pytest.raises(PermissionDenied):
        office.attachments.void(clerk, a.id, "拍错了")
    [denied] = events_exactly(office, "permission.denied")
    assert denied.username == clerk.username and "entry.void" in denied.payload
    assert not office.attachments.get(clerk, a.id).voided
    office.attachments.void(keeper, a.id, "拍错了，" + "重拍" * 150)
    stored = office.attachments.get(clerk, a.id)
    assert stored.voided and stored.voided_by == keeper.user_id and len(stored.void_reason) == 200
    [event] = events_exactly(office, "attachment.void")
    assert event.username == keeper.username and "拍错了" in event.payload
    with pytest.raises(KeDangError, match="already void"):
        office.attachments.void(keeper, a.id, "again")
    assert len(events_exactly(office, "attachment.void")) == 1
    assert office.attachments.content(clerk, a.id) == image_bytes("PNG")  # kept until destruction
    assert [x.voided for x in office.attachments.list(clerk, customer.id)] == [True]


def test_a_moved_out_customer_s_attachments_change_only_by_the_record_keeper(office, admin, make_user, customer):
    clerk, keeper = make_user("clerk"), make_user("archivist")
    a = office.attachments.add(clerk, customer.id, "x.png", image_bytes("PNG"), {"title": "照片"})
    office.customers.move_out(admin, customer.id, "2026-01-31")
    with pytest.raises(KeDangError, match="closed"):
        office.attachments.add(clerk, customer.id, "y.png", image_bytes("PNG"), {"title": "新照片"})
    with pytest.raises(KeDangError, match="closed"):
        office.attachments.update(clerk, a.id, {"title": "改名"})
    assert [x.title for x in office.attachments.list(clerk, customer.id)] == ["照片"]
    assert office.attachments.content(clerk, a.id)  # still readable
    office.attachments.update(keeper, a.id, {"title": "退租前照片"})
    office.attachments.add(keeper, customer.id, "y.png", image_bytes("PNG"), {"title": "交房照片"})
    assert sorted(x.title for x in office.attachments.list(clerk, customer.id)) == ["交房照片", "退租前照片"]


def test_an_edit_that_changes_nothing_is_not_logged(office, admin, customer):
    a = office.attachments.add(admin, customer.id, "c.pdf", pdf_bytes(2), {"title": "合同", "kind": "contract"})
    office.attachments.update(admin, a.id, {"title": " 合同 ", "kind": "contract", "pages": "2"})
    assert not events_exactly(office, "attachment.update")
    office.attachments.update(admin, a.id, {"kind": "licence"})
    [event] = events_exactly(office, "attachment.update")
    assert "licence" in event.payload and "contract" in event.payload


def test_the_list_is_newest_first(office, admin, customer):
    for title in ("一", "二", "三"):
        office.attachments.add(admin, customer.id, f"{title}.png", image_bytes("PNG"), {"title": title})
    assert [a.title for a in office.attachments.list(admin, customer.id)] == ["三", "二", "一"]
