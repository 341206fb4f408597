"""The one place that gives reportlab a font for Chinese text.

``register_cjk_font()`` returns a reportlab font name that draws Chinese.
It prefers an *embedded* TrueType font, because the built-in CID font
(STSong-Light) is not embedded: on a machine without a Chinese font, the
PDF viewer draws empty boxes instead of every character (DESIGN 5b).

Search order, first usable wins:

1. the file named by the environment variable ``KEDANG_CJK_FONT``;
2. a font shipped in ``resources/fonts/`` (``*.ttf`` / ``*.ttc``), so a
   release that ships one prints the same everywhere;
3. the system's own fonts: Windows (Microsoft YaHei, DengXian, SimHei,
   SimSun), macOS (STHeiti, Arial Unicode), Linux (WenQuanYi Micro Hei /
   Zen Hei, Droid Sans Fallback, AR PL UMing / UKai);
4. fallback: reportlab's built-in CID font ``STSong-Light`` (not embedded).

CFF-based OpenType fonts (``.otf``: Noto CJK, Source Han) do not load in
reportlab and are skipped.  A file is accepted only if it loads and has
glyphs for common Chinese characters.

reportlab is imported inside the functions only: this module may be
imported by report code at any time without slowing program start.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path
from typing import NamedTuple

log = logging.getLogger(__name__)

ENV_VAR = "KEDANG_CJK_FONT"
FONT_NAME = "KeDangCJK"
BOLD_FONT_NAME = "KeDangCJK-Bold"
CID_FONT_NAME = "STSong-Light"

# A font must have glyphs for all of these to count as a Chinese font.
_PROBE_TEXT = "客户档案恢复密钥签字日期"


class FontCandidate(NamedTuple):
    path: str
    subfont_index: int = 0
    bold_path: str | None = None
    bold_subfont_index: int = 0


def _windows_candidates() -> list[FontCandidate]:
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
    dirs = [Path(windir) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:  # fonts installed for the current user only
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    out: list[FontCandidate] = []
    for d in dirs:
        out += [
            FontCandidate(str(d / "msyh.ttc"), 0, str(d / "msyhbd.ttc"), 0),  # Microsoft YaHei
            FontCandidate(str(d / "msyh.ttf"), 0, str(d / "msyhbd.ttf"), 0),  # Windows 7
            FontCandidate(str(d / "Deng.ttf"), 0, str(d / "Dengb.ttf"), 0),  # DengXian
            FontCandidate(str(d / "simhei.ttf")),
            FontCandidate(str(d / "simsun.ttc")),
        ]
    return out


def _macos_candidates() -> list[FontCandidate]:
    # PingFang is not usable by reportlab; STHeiti and Arial Unicode are TrueType.
    return [
        FontCandidate(
            "/System/Library/Fonts/STHeiti Light.ttc", 0, "/System/Library/Fonts/STHeiti Medium.ttc", 0
        ),
        FontCandidate("/System/Library/Fonts/STHeiti Medium.ttc"),
        FontCandidate("/Library/Fonts/Arial Unicode.ttf"),
        FontCandidate("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
    ]


def _linux_candidates() -> list[FontCandidate]:
    return [
        FontCandidate("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),  # Debian, Ubuntu
        FontCandidate("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),  # Fedora
        FontCandidate("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),  # Arch
        FontCandidate("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        FontCandidate("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
        FontCandidate("/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc"),
        FontCandidate("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
        FontCandidate("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"),
        FontCandidate("/usr/share/fonts/truetype/arphic/uming.ttc"),
        FontCandidate("/usr/share/fonts/truetype/arphic/ukai.ttc"),
    ]


def _default_system_candidates() -> tuple[FontCandidate, ...]:
    if sys.platform.startswith("win"):
        return tuple(_windows_candidates())
    if sys.platform == "darwin":
        return tuple(_macos_candidates())
    return tuple(_linux_candidates())


def _default_shipped_dir() -> Path | None:
    try:
        from importlib import resources

        base = resources.files("resources")
    except (ImportError, TypeError):  # pragma: no cover - resources package missing
        return None
    # reportlab needs a real file; a zipped package has no fonts we can use.
    return Path(str(base)) / "fonts" if isinstance(base, Path) else None


# Both may be replaced (tests do, with monkeypatch); call reset_cache() afterwards.
SYSTEM_FONT_CANDIDATES: tuple[FontCandidate, ...] = _default_system_candidates()
SHIPPED_FONT_DIR: Path | None = _default_shipped_dir()


class _Chosen(NamedTuple):
    regular: str
    bold: str
    embedded: bool
    path: str | None


_lock = threading.Lock()
_chosen: _Chosen | None = None


def _shipped_candidates() -> list[FontCandidate]:
    d = SHIPPED_FONT_DIR
    if d is None or not d.is_dir():
        return []
    files = sorted(
        p for p in d.iterdir() if p.is_file() and p.suffix.lower() in (".ttf", ".ttc")
    )
    by_name = {p.name.lower(): p for p in files}
    out = []
    for p in files:
        if "bold" in p.stem.lower():
            continue
        bold = None
        for guess in (f"{p.stem}-Bold{p.suffix}", f"{p.stem}Bold{p.suffix}", f"{p.stem}bd{p.suffix}"):
            if guess.lower() in by_name:
                bold = str(by_name[guess.lower()])
                break
        out.append(FontCandidate(str(p), 0, bold, 0))
    return out


def candidate_fonts() -> list[FontCandidate]:
    """Every place looked at, in order (the environment variable first)."""
    out: list[FontCandidate] = []
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        out.append(FontCandidate(env))
    out += _shipped_candidates()
    out += SYSTEM_FONT_CANDIDATES
    return out


def _load_ttf(name: str, path: str, subfont_index: int):
    """A reportlab TTFont for ``path`` if it is a usable Chinese TrueType font, else None."""
    p = Path(path)
    if p.suffix.lower() not in (".ttf", ".ttc") or not p.is_file():
        return None  # .otf (CFF outlines) does not load in reportlab
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        font = TTFont(name, str(p), subfontIndex=subfont_index)
    except Exception as exc:  # TTFError, struct.error, OSError: any broken file
        log.info("CJK font %s not usable: %s", path, exc)
        return None
    cmap = getattr(font.face, "charToGlyph", None) or {}
    if not all(ord(ch) in cmap for ch in _PROBE_TEXT):
        log.info("CJK font %s has no Chinese glyphs", path)
        return None
    return font


def _choose() -> _Chosen:
    from reportlab.pdfbase import pdfmetrics

    for cand in candidate_fonts():
        font = _load_ttf(FONT_NAME, cand.path, cand.subfont_index)
        if font is None:
            continue
        pdfmetrics.registerFont(font)
        bold_name = FONT_NAME
        if cand.bold_path:
            bold = _load_ttf(BOLD_FONT_NAME, cand.bold_path, cand.bold_subfont_index)
            if bold is not None:
                pdfmetrics.registerFont(bold)
                bold_name = BOLD_FONT_NAME
        _register_family(pdfmetrics, FONT_NAME, bold_name)
        log.info("CJK font for reports: %s (bold: %s)", cand.path, bold_name != FONT_NAME)
        return _Chosen(FONT_NAME, bold_name, True, cand.path)

    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT_NAME))
    _register_family(pdfmetrics, CID_FONT_NAME, CID_FONT_NAME)
    log.warning(
        "No TrueType Chinese font found; PDFs use %s, which is not embedded and may show "
        "empty boxes on machines without a Chinese font. Set %s to a .ttf/.ttc file.",
        CID_FONT_NAME,
        ENV_VAR,
    )
    return _Chosen(CID_FONT_NAME, CID_FONT_NAME, False, None)


def _register_family(pdfmetrics, regular: str, bold: str) -> None:
    # So that <b> in a Paragraph set in the regular face picks the bold face.
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)


def _state() -> _Chosen:
    global _chosen
    with _lock:
        if _chosen is None:
            _chosen = _choose()
        return _chosen


def register_cjk_font(*, bold: bool = False) -> str:
    """Register (once) and return the reportlab font name for Chinese text.

    ``bold=True`` returns the bold face's name, or the regular name when the
    chosen font has no bold face.  ``<b>`` in a Paragraph set in the regular
    font maps to the bold face.
    """
    chosen = _state()
    return chosen.bold if bold else chosen.regular


def cjk_font_is_embedded() -> bool:
    """True when the chosen font is a TrueType font embedded in the PDF."""
    return _state().embedded


def cjk_bold_is_distinct() -> bool:
    """True when a real bold face was found (callers may fake bold otherwise)."""
    chosen = _state()
    return chosen.bold != chosen.regular


def cjk_font_file() -> str | None:
    """The font file in use, or None for the built-in CID font (for diagnostics)."""
    return _state().path


def reset_cache() -> None:
    """Forget the chosen font (tests, or after the environment variable changed)."""
    global _chosen
    with _lock:
        _chosen = None
