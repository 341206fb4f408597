"""Translations shared by the services, the CLI and the widgets.

All user-visible text is written in English in the source and wrapped in
``translate("Context", "text")`` (``pyside6-lupdate`` extracts these calls).
The Simplified Chinese catalogue is ``resources/translations/kedang_zh_CN.ts``;
it is read here with the standard library so that the services and the CLI
need no Qt, and the widgets use the very same catalogue.
"""
from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from importlib import resources

SUPPORTED = ("zh_CN", "en")
_language = "en"
_catalogue: dict[tuple[str, str], str] | None = None


def system_language() -> str:
    """The language the system asks for: ``zh_CN`` for any Chinese locale, else ``en``."""
    override = os.environ.get("KEDANG_LANG")
    if override:
        return "zh_CN" if override.lower().startswith("zh") else "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:  # pragma: no cover - odd platform locale
        loc = ""
    if loc.lower().startswith(("zh", "chinese")):
        return "zh_CN"
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        if lang_id & 0xFF == 0x04:  # LANG_CHINESE
            return "zh_CN"
    return "en"


def set_language(lang: str) -> None:
    global _language, _catalogue
    _language = "zh_CN" if lang.lower().startswith("zh") else "en"
    _catalogue = None


def language() -> str:
    return _language


def ts_path():
    return resources.files("resources") / "translations" / "kedang_zh_CN.ts"


def load_ts(path=None) -> dict[tuple[str, str], str]:
    """Read a Qt Linguist .ts file into {(context, source): translation} (finished entries only)."""
    src = path if path is not None else ts_path()
    with src.open("rb") as fh:
        root = ET.parse(fh).getroot()
    out: dict[tuple[str, str], str] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                out[(name, source)] = tr.text
    return out


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the catalogue where it is defined; translate it where it is shown."""
    return text


def translate(context: str, text: str) -> str:
    """Translate ``text`` for the current language (English source text is the fallback)."""
    global _catalogue
    if _language == "en":
        return text
    if _catalogue is None:
        try:
            _catalogue = load_ts()
        except (OSError, ET.ParseError):
            _catalogue = {}
    return _catalogue.get((context, text), text)
