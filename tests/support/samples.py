"""Small files made on the fly for attachment tests: PDFs (reportlab) and images (Pillow)."""
from __future__ import annotations

import io

from PIL import Image


def pdf_bytes(pages: int = 1, text: str = "page") -> bytes:
    """A PDF of ``pages`` pages, the same bytes every call; its text stays readable in the file
    (no page compression), which makes it a marker for "not on disk in plaintext"."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=0)
    for n in range(pages):
        c.drawString(100, 700, f"{text} {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def image_bytes(fmt: str, size: tuple[int, int] = (64, 48), **save) -> bytes:
    """A plain image in ``fmt`` (PNG, JPEG, GIF, BMP, TIFF, WEBP)."""
    buf = io.BytesIO()
    Image.new("RGB", size, (10, 200, 30)).save(buf, fmt, **save)
    return buf.getvalue()
