"""Reading back the PDFs the program writes."""
from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader


def pdf_text(source: bytes | str | Path) -> str:
    """All the text of a PDF (bytes or a file) with white space removed: narrow table cells wrap
    their words across lines, so compare against needles written without spaces."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))
