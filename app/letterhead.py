"""The company's name and logo as every report prints them in its header (settings of the office).

The logo is kept inside the encrypted database (meta table, PNG as base64), never as a file beside it.
"""
from __future__ import annotations

import base64
import io
from pathlib import Path

from app.errors import KeDangError
from app.i18n import translate
from app.models.repositories import MetaRepo
from app.session import Service, Session
from app.validation import ValidationError

LOGO_KEY = "company_logo"
MAX_FILE = 5 * 1024 * 1024     # bytes of the chosen picture
MAX_SIZE = (600, 200)          # pixels kept: plenty for 12 mm of print


class LetterheadService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.meta = MetaRepo(db)

    def company(self) -> str:
        return self.meta.get("company", "") or ""

    def logo(self) -> bytes | None:
        """The logo as PNG bytes, or None."""
        value = self.meta.get(LOGO_KEY, "") or ""
        return base64.b64decode(value) if value else None

    def set_company(self, session: Session, name: str) -> str:
        self.require(session, "settings.manage")
        clean = " ".join((name or "").split())
        label = translate("Settings", "Company name")
        if not clean:
            raise ValidationError(label, translate("Validation", "is required"), key="company")
        if len(clean) > 60:
            raise ValidationError(label, translate("Validation", "at most {n} characters").format(n=60), key="company")
        before = self.company()
        if clean == before:
            return clean
        with self.db.transaction():
            self.meta.set("company", clean)
            self.audit(session, "settings.company", "database", "", summary=clean, before={"company": before},
                       after={"company": clean})
        return clean

    def set_logo(self, session: Session, source: str | Path | bytes | None) -> bytes | None:
        """Keep the picture (PNG, JPEG, BMP, GIF) as the logo, scaled down; None removes it."""
        self.require(session, "settings.manage")
        png = None if source is None else normalise_logo(source)
        with self.db.transaction():
            if png is None:
                self.meta.set(LOGO_KEY, "")
            else:
                self.meta.set(LOGO_KEY, base64.b64encode(png).decode("ascii"))
            self.audit(session, "settings.logo", "database", "", summary="removed" if png is None else f"{len(png)} bytes",
                       removed=png is None, size=len(png) if png else 0)
        return png


def normalise_logo(source: str | Path | bytes) -> bytes:
    """The picture as a PNG no larger than MAX_SIZE; a clear message when it is not a picture."""
    from PIL import Image, UnidentifiedImageError

    name = Path(source).name if not isinstance(source, bytes) else ""
    try:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
    except OSError as exc:
        raise KeDangError(translate("Settings", "{name} cannot be read: {error}").format(name=name, error=exc.strerror)) from None
    if len(data) > MAX_FILE:
        raise KeDangError(translate("Settings", "The picture is larger than {n} MB.").format(n=MAX_FILE // (1024 * 1024)))
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            picture = img.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError):
        raise KeDangError(translate("Settings", "{name} is not a picture KeDang can read (PNG, JPEG, BMP or GIF).").format(
            name=name or translate("Settings", "The file"))) from None
    picture.thumbnail(MAX_SIZE)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()
