"""Pinyin for search: initials (张伟 → zw) and the full spelling (zhangwei)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def pinyin_keys(text: str) -> tuple[str, str]:
    """(initials, full) in lower case; non-Chinese letters and digits are kept as they are."""
    if not text:
        return "", ""
    from pypinyin import Style, lazy_pinyin  # imported on first use: it loads large tables

    full = lazy_pinyin(text, style=Style.NORMAL, errors="default")
    initials = "".join(s[0] for s in full if s and s[0].isalnum()).lower()
    spelled = "".join(s for s in full if s.isalnum()).lower()
    return initials, spelled
