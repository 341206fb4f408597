"""Attachments: scans, photos and PDFs kept inside the encrypted database.

A file is checked before it is stored: not empty, not over the limit, its content is what its
extension says, and it opens (a PDF with PDFium, an image with Pillow). The bytes never pass
through a temporary file; exporting one is a deliberate, audited act.
"""
from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

from app.customers import customer_for_write
from app.errors import KeDangError, NotFound
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.database import now_iso
from app.models.dossier import AttachmentRepo
from app.models.records import ATTACHMENT_KINDS, Attachment
from app.models.repositories import CustomerRepo
from app.session import Service, Session, diff
from app.validation import ValidationError

MAX_BYTES = 50 * 1024 * 1024
MAX_PAGES = 9999

# extension -> (mime, what the first bytes must look like)
_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".webp": "image/webp",
}
EXTENSIONS = tuple(_TYPES)
_KIND_LABELS = {
    "id_copy": QT_TRANSLATE_NOOP("Attachment", "ID copy"),
    "licence": QT_TRANSLATE_NOOP("Attachment", "Business licence"),
    "contract": QT_TRANSLATE_NOOP("Attachment", "Contract"),
    "certificate_copy": QT_TRANSLATE_NOOP("Attachment", "Certificate copy"),
    "other": QT_TRANSLATE_NOOP("Attachment", "Other"),
}


def kind_label(kind: str) -> str:
    return translate("Attachment", _KIND_LABELS[kind]) if kind in _KIND_LABELS else kind


def field_label(key: str) -> str:
    return {
        "file": translate("Attachment", "File"),
        "title": translate("Attachment", "Title"),
        "kind": translate("Attachment", "Kind"),
        "pages": translate("Attachment", "Pages"),
        "reason": translate("Attachment", "Reason"),
    }[key]


def sniff(data: bytes) -> str | None:
    """The mime type the content really has (by its first bytes), or None."""
    head = data[:16]
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head.startswith(b"BM"):
        return "image/bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:1024].lstrip().startswith(b"%PDF-"):  # some scanners write a few bytes before the header
        return "application/pdf"
    return None


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF (PDFium); ValueError when it does not open."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ValueError(str(exc)) from None
    try:
        n = len(pdf)
        if n < 1:
            raise ValueError("no pages")
        pdf[0].close()  # the first page must load too
        return n
    finally:
        pdf.close()


def image_page_count(data: bytes) -> int:
    """Frames of an image (multi-page TIFF scans); ValueError when it does not decode completely."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            n = getattr(img, "n_frames", 1)
            img.load()  # decodes the pixels: a truncated or damaged file fails here
            return n if img.format in ("TIFF",) else 1
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise ValueError(str(exc)) from None


def inspect(filename: str, data: bytes) -> tuple[str, int]:
    """(mime type, page count) of a file about to be attached, or ValidationError saying why not."""
    label = field_label("file")
    name = Path(filename).name
    ext = Path(name).suffix.lower()
    if ext not in _TYPES:
        raise ValidationError(label, translate("Validation", "{name}: only PDF and image files ({exts}) can be attached").format(
            name=name, exts=" ".join(EXTENSIONS)), key="file")
    if not data:
        raise ValidationError(label, translate("Validation", "{name} is empty (0 bytes)").format(name=name), key="file")
    if len(data) > MAX_BYTES:
        raise ValidationError(label, translate("Validation", "{name} is {size} MB; at most {limit} MB can be attached").format(
            name=name, size=f"{len(data) / 1048576:.1f}", limit=MAX_BYTES // 1048576), key="file")
    mime = sniff(data)
    if mime != _TYPES[ext]:
        raise ValidationError(label, translate("Validation", "{name} is not a {ext} file: its content does not match its extension").format(
            name=name, ext=ext.lstrip(".").upper()), key="file")
    try:
        pages = pdf_page_count(data) if mime == "application/pdf" else image_page_count(data)
    except ValueError:
        raise ValidationError(label, translate("Validation", "{name} is damaged and cannot be opened").format(name=name),
                              key="file") from None
    return mime, pages


def read_file(path: str | os.PathLike) -> bytes:
    """A file's bytes, refusing a huge file before reading it into memory."""
    p = Path(path)
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(field_label("file"), translate("Validation", "{name} is {size} MB; at most {limit} MB can be attached").format(
            name=p.name, size=f"{size / 1048576:.1f}", limit=MAX_BYTES // 1048576), key="file")
    return p.read_bytes()


def _validate_meta(fields: dict) -> dict:
    title = " ".join(str(fields.get("title") or "").split())
    if not title:
        raise ValidationError(field_label("title"), translate("Validation", "is required"), key="title")
    if len(title) > 100:
        raise ValidationError(field_label("title"), translate("Validation", "at most {n} characters").format(n=100),
                              key="title")
    kind = fields.get("kind") or "other"
    if kind not in ATTACHMENT_KINDS:
        raise ValidationError(field_label("kind"), translate("Validation", "is not one of the allowed values"), key="kind")
    pages = str(fields.get("pages") if fields.get("pages") is not None else "").strip()
    if not pages.isascii() or not pages.isdigit() or not 1 <= int(pages) <= MAX_PAGES:
        raise ValidationError(field_label("pages"), translate("Validation", "is a whole number from 1 to {n}").format(n=MAX_PAGES),
                              key="pages")
    return {"title": title, "kind": kind, "pages": int(pages)}


class AttachmentService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.repo = AttachmentRepo(db)
        self.customers = CustomerRepo(db)

    def list(self, session: Session, customer_id: int) -> list[Attachment]:
        self.require(session, "customer.read")
        return self.repo.for_customer(customer_id)

    def get(self, session: Session, attachment_id: int) -> Attachment:
        self.require(session, "customer.read")
        a = self.repo.get(attachment_id)
        if a is None:
            raise NotFound(translate("Attachment", "No such attachment."))
        return a

    def content(self, session: Session, attachment_id: int) -> bytes:
        """The stored bytes, for showing in the program (kept in memory only)."""
        self.require(session, "attachment.view")
        self.get(session, attachment_id)
        data = self.repo.content(attachment_id)
        if data is None:
            raise NotFound(translate("Attachment", "The content of this attachment is no longer kept."))
        return data

    def add(self, session: Session, customer_id: int, filename: str, data: bytes, fields: dict) -> Attachment:
        """Check and store one file. ``fields``: title, kind, pages (pages default to the file's own count)."""
        self.require(session, "entry.write")
        customer = customer_for_write(self.customers, session, customer_id)
        mime, pages = inspect(filename, data)
        meta = _validate_meta({"pages": pages, **{k: v for k, v in fields.items() if v not in (None, "")}})
        ts = now_iso()
        a = Attachment(customer_id=customer_id, filename=Path(filename).name, mime=mime, size=len(data),
                       sha256=hashlib.sha256(data).hexdigest(), created_at=ts, created_by=session.user_id,
                       updated_at=ts, updated_by=session.user_id, **meta)
        with self.db.transaction():
            self.repo.insert(a, data)
            self.audit(session, "attachment.create", "customer", customer_id, summary=f"{customer.code} {a.title}",
                       after={"attachment_id": a.id, "filename": a.filename, "mime": mime, "size": a.size,
                              "sha256": a.sha256, **meta})
        return a

    def update(self, session: Session, attachment_id: int, fields: dict) -> Attachment:
        self.require(session, "entry.write")
        a = self.get(session, attachment_id)
        if a.voided:
            raise KeDangError(translate("Attachment", "A voided attachment cannot be changed."))
        customer = customer_for_write(self.customers, session, a.customer_id)
        current = {"title": a.title, "kind": a.kind, "pages": a.pages}
        clean = _validate_meta({**current, **fields})
        before, after = diff(current, clean)
        if not after:
            return a
        with self.db.transaction():
            for k, v in clean.items():
                setattr(a, k, v)
            a.updated_at, a.updated_by = now_iso(), session.user_id
            self.repo.update(a)
            self.audit(session, "attachment.update", "customer", a.customer_id, summary=f"{customer.code} {a.title}",
                       before=before, after=after, attachment_id=a.id)
        return a

    def void(self, session: Session, attachment_id: int, reason: str) -> Attachment:
        """Mark void with the reason; the file stays in the database until destruction."""
        self.require(session, "entry.void")
        reason = " ".join((reason or "").split())
        if not reason:
            raise ValidationError(field_label("reason"), translate("Validation", "is required"), key="reason")
        a = self.get(session, attachment_id)
        if a.voided:
            raise KeDangError(translate("Attachment", "The attachment is already void."))
        customer = customer_for_write(self.customers, session, a.customer_id)
        ts = now_iso()
        with self.db.transaction():
            a.voided, a.void_reason, a.voided_at, a.voided_by = True, reason[:200], ts, session.user_id
            a.updated_at, a.updated_by = ts, session.user_id
            self.repo.update(a)
            self.audit(session, "attachment.void", "customer", a.customer_id, summary=f"{customer.code} {a.title}",
                       attachment_id=a.id, reason=a.void_reason)
        return a

    def export(self, session: Session, attachment_id: int, target: str | os.PathLike) -> Path:
        """Write a decrypted copy where the user chose, on purpose; recorded in the audit log."""
        self.require(session, "attachment.export")
        a = self.get(session, attachment_id)
        data = self.repo.content(attachment_id)
        if data is None:
            raise NotFound(translate("Attachment", "The content of this attachment is no longer kept."))
        target = Path(target)
        tmp = target.with_name(target.name + ".part")
        try:
            tmp.write_bytes(data)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        customer = self.customers.get(a.customer_id)
        with self.db.transaction():
            self.audit(session, "attachment.export", "customer", a.customer_id,
                       summary=f"{customer.code if customer else ''} {a.title}",
                       attachment_id=a.id, target=str(target), size=len(data))
        return target
