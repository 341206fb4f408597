"""Reading back the PDFs the program writes."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports import fonts


def pdf_text(source: bytes | str | Path) -> str:
    """All the text of a PDF (bytes or a file) with white space removed: narrow table cells wrap
    their words across lines, so compare against needles written without spaces."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


@pytest.fixture(params=["machine", "cid"])
def font_mode(request, monkeypatch, tmp_path):
    """Each PDF test twice: with this machine's TrueType CJK font, and with none (the built-in CID font)."""
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    if request.param == "cid":
        empty = tmp_path / "no-fonts"
        empty.mkdir()
        monkeypatch.setattr(fonts, "SHIPPED_FONT_DIR", empty)
        monkeypatch.setattr(fonts, "SYSTEM_FONT_CANDIDATES", (fonts.FontCandidate(str(empty / "msyh.ttc")),))
    fonts.reset_cache()
    yield request.param
    fonts.reset_cache()
