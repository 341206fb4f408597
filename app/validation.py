"""Validation rules for Chinese identity numbers, credit codes, phones and dates.

Pure functions; no Qt, no database. Errors are ``ValidationError`` with the
field name and a translated rule, so the form, the importer and the CLI show
the same message.
"""
from __future__ import annotations

import datetime as _dt
import re

from app.i18n import translate

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))

# re.ASCII: without it \d also matches full-width and other Unicode digits.
_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$", re.ASCII)


class ValidationError(ValueError):
    """Bad input: names the field (already translated label) and the rule broken."""

    def __init__(self, field: str, message: str, *, key: str = ""):
        self.field = field
        self.key = key or field
        self.rule = message
        super().__init__(translate("Validation", "{field}: {rule}").format(field=field, rule=message))


def id_check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return ID_CHECK[total % 11]


def id_number_problem(value: str, today: _dt.date | None = None) -> str | None:
    """None when ``value`` is a valid 18-character resident ID number, else the rule it breaks."""
    v = value.strip().upper()
    if len(v) != 18:
        return translate("Validation", "a resident ID number has 18 characters")
    # isascii(): str.isdigit() also accepts "²" (int() then fails) and full-width digits.
    if not v.isascii() or not v[:17].isdigit() or not (v[17].isdigit() or v[17] == "X"):
        return translate("Validation", "a resident ID number is 17 digits followed by a digit or X")
    try:
        birth = _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return translate("Validation", "the birth date in the ID number is not a real date")
    today = today or _dt.date.today()
    if birth > today or birth.year < 1880:
        return translate("Validation", "the birth date in the ID number is not a past date")
    if id_check_char(v[:17]) != v[17]:
        return translate("Validation", "the check character of the ID number is wrong")
    return None


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_problem(value: str) -> str | None:
    """None when ``value`` is a valid unified social credit code (GB 32100-2015)."""
    v = value.strip().upper()
    if len(v) != 18:
        return translate("Validation", "a unified social credit code has 18 characters")
    if any(c not in USCC_ALPHABET for c in v):
        return translate("Validation", "a unified social credit code uses only digits and the letters A-H J-N P-R T U W X Y")
    if uscc_check_char(v[:17]) != v[17]:
        return translate("Validation", "the check character of the unified social credit code is wrong")
    return None


def phone_problem(value: str) -> str | None:
    v = normalize_phone(value)
    if _MOBILE.match(v) or _LANDLINE.match(v):
        return None
    return translate("Validation", "a phone number is an 11-digit mobile number starting with 1, or a landline with area code such as 010-12345678")


def normalize_phone(value: str) -> str:
    v = value.strip().replace(" ", "").replace("—", "-").replace("－", "-")
    if v.startswith("+86"):
        v = v[3:]
    return v


def parse_date(value: str) -> _dt.date | None:
    """Parse ``YYYY-MM-DD`` (also ``YYYY/MM/DD`` and ``YYYY.MM.DD``); None when it is not a real date."""
    v = value.strip().replace("/", "-").replace(".", "-")
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", v)
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def mask_id_number(value: str) -> str:
    """Show the region code and the last four characters only: 110105********002X."""
    v = value or ""
    if len(v) <= 10:  # too short to hide anything between the six and the four kept characters
        return "*" * len(v)
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


def mask_phone(value: str) -> str:
    """138****5678 for mobiles; landlines keep the area code and the last four digits."""
    v = value or ""
    digits = v.replace("-", "")
    if len(digits) == 11 and digits.startswith("1"):
        return digits[:3] + "****" + digits[-4:]
    if len(v) <= 4:
        return "*" * len(v)
    keep_head = v.index("-") + 1 if "-" in v else 3
    if len(v) - keep_head - 4 < 1:  # nothing left to hide: the kept parts would overlap
        return "*" * len(v)
    return v[:keep_head] + "*" * (len(v) - keep_head - 4) + v[-4:]
