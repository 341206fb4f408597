"""Importing customers from an Excel workbook (.xlsx) or a CSV file, all rows or none.

No Qt here: the import wizard runs these steps in a worker thread, and ``python -m app import``
runs the very same ones.

1. ``read_workbook(path)`` -> ``Source``: the file is read into memory once (the file itself is not
   kept open, so the clerk can fix it in Excel meanwhile); ``Source.sheets`` are the sheet names
   (one pseudo-sheet for a CSV file) and ``Source.rows(sheet, limit)`` the rows as text.
   ``rows[i]`` is the row Excel shows as number ``i + 1`` (empty rows are kept as ``[]``).
2. ``guess_header_row(rows)`` (an index into ``rows``), ``header_texts(rows, header_row)``,
   ``CustomerImport.suggest_mapping(headers)`` = ``auto_mapping(headers)`` plus what the office
   chose before (``saved_mapping`` / ``remember_mapping``, kept in the encrypted database).
   A mapping is ``{column index: field key}``; the keys and their labels are ``field_choices()``.
3. ``CustomerImport.prepare(...)`` -> ``ImportPlan``: every row checked with the customer form's own
   rules (``validate_customer`` / ``validate_contact``), every problem collected as ``Problem(row,
   column, value, rule)``, rows that match customers on file (same ID number / credit code or
   phone) listed as ``Duplicate`` for the user to skip, update or create.
4. ``CustomerImport.execute(session, plan, choices)`` -> ``ImportResult``: one transaction, one audit
   event (``customer.import``), nothing written when the plan has problems, when it is cancelled
   or when anything fails.

Cell values (``cell_text``): text stays text (trimmed); numbers lose a spurious ``.0``
(a phone stored as 13800138000.0 reads "13800138000"); dates become ISO text (YYYY-MM-DD).
A cell the workbook stored as a number comes back as ``NumberCell`` (a ``str``), because an ID
number must never come from one: Excel and WPS keep 15 significant digits of a number, so an
18-digit ID number typed into a number cell has already lost its last digits, and one whose
digits look intact (written by another program) loses them the next time the file is saved in
Excel. Such a cell is refused with a message telling the clerk to format the column as text and
type the numbers again, whether it reads as 1.10105194912310E+17 or as 18 digits: a rounded
number ending in 000 could even pass the check character by chance (1 in 11). The same message
is given for text in scientific notation (what a CSV file saved from such a column contains). A
CSV file has no cell types: an ID number that Excel rounded before saving the CSV is caught by
the check character only, 10 times in 11.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import re
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from app.customers import (
    CustomerService, customer_for_write, field_label, kind_label, level_label, split_tags, validate_contact,
    validate_customer,
)
from app.errors import KeDangError
from app.i18n import translate
from app.models.database import now_iso
from app.models.dossier import CustomFieldRepo
from app.models.records import CLOSED_STATUSES, CUSTOMER_KINDS, CUSTOMER_LEVELS, Contact, CustomField
from app.models.repositories import ContactRepo, MetaRepo
from app.pinyin import pinyin_keys
from app.session import Service, Session, diff
from app.validation import ValidationError, id_number_problem, normalize_phone, uscc_problem

__all__ = [
    "CHOICES", "CustomerImport", "Duplicate", "ImportCancelled", "ImportPlan", "ImportProblems",
    "ImportResult", "NumberCell", "PlannedRow", "Problem", "Source", "auto_mapping", "cell_text", "error_report",
    "field_choices", "field_name", "guess_header_row", "header_key", "header_texts", "mapping_problem", "read_bytes",
    "read_workbook", "write_template",
]

MAX_FILE_BYTES = 64 * 2 ** 20     # a customer list of 100,000 rows is a few MB as .xlsx
HEADER_SCAN = 20                  # the header row is looked for in the first 20 rows
MAPPING_KEY = "import_mapping:customers"
MAX_REMEMBERED = 300              # header names remembered (the oldest are dropped)
CHUNK = 1000                      # new customers inserted per statement batch
CHOICES = ("skip", "update", "create")

# The customer's own fields, then the two contacts a row may carry.
CUSTOMER_KEYS = ("name", "kind", "level", "id_number", "phone", "unit", "address", "company", "tags", "note")
CONTACT_KEYS = ("contact_name", "contact_phone", "emergency_name", "emergency_phone")
FIELD_KEYS = CUSTOMER_KEYS + CONTACT_KEYS
REQUIRED_KEYS = ("name", "phone")
CONTACTS = (("main", "contact_name", "contact_phone"), ("emergency", "emergency_name", "emergency_phone"))

# Header names recognised for each field (compared after ``header_key``: no spaces, any case,
# full-width as half-width, without a trailing ：:* or a trailing remark in brackets).
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("客户名称", "客户姓名", "客户名", "姓名", "名称", "客户", "户名", "name", "customer", "customer name",
             "full name"),
    "kind": ("客户类型", "客户类别", "类型", "类别", "type", "kind", "customer type"),
    "level": ("客户等级", "客户级别", "等级", "级别", "level", "customer level", "grade"),
    "id_number": ("证件号码", "证件号", "身份证号", "身份证号码", "身份证", "公民身份号码", "统一社会信用代码",
                  "社会信用代码", "信用代码", "证件号码/信用代码", "id", "id number", "id no", "idnumber", "id card",
                  "id card number", "credit code", "unified social credit code"),
    "phone": ("联系电话", "电话", "手机", "手机号", "手机号码", "电话号码", "联系方式", "移动电话", "phone", "mobile",
              "tel", "telephone", "phone number", "mobile phone"),
    "unit": ("房号", "单元", "单元号", "房间号", "门牌号", "unit", "room", "unit/room"),
    "address": ("地址", "住址", "联系地址", "通讯地址", "家庭住址", "详细地址", "address"),
    "company": ("单位", "公司", "工作单位", "所在单位", "company", "employer"),
    "tags": ("标签", "tags", "tag"),
    "note": ("备注", "说明", "备注说明", "note", "notes", "remark", "remarks", "comment", "comments"),
    "contact_name": ("联系人", "联系人姓名", "contact", "contact name", "main contact"),
    "contact_phone": ("联系人电话", "联系人手机", "联系人手机号", "联系人联系电话", "contact phone"),
    "emergency_name": ("紧急联系人", "紧急联系人姓名", "emergency contact", "emergency contact name"),
    "emergency_phone": ("紧急联系电话", "紧急联系人电话", "紧急联系人手机", "紧急电话", "emergency phone",
                        "emergency contact phone"),
}

KIND_WORDS = {"个人": "person", "自然人": "person", "私人": "person", "person": "person", "individual": "person",
              "企业": "company", "公司": "company", "单位": "company", "法人": "company", "企业法人": "company",
              "company": "company", "organisation": "company", "organization": "company"}
LEVEL_WORDS = {"重点": "key", "重点客户": "key", "重要": "key", "vip": "key", "key": "key",
               "一般": "normal", "一般客户": "normal", "普通": "normal", "普通客户": "normal", "normal": "normal",
               "潜在": "potential", "潜在客户": "potential", "potential": "potential"}

# The template's columns: fixed Chinese headers (a file format, the same whatever the program's language).
TEMPLATE_SHEET = "客户导入"
TEMPLATE_HELP_SHEET = "填写说明"
TEMPLATE_COLUMNS = (("name", "客户名称*", 16), ("kind", "客户类型", 10), ("level", "客户等级", 10),
                    ("id_number", "证件号码", 22), ("phone", "联系电话*", 15), ("unit", "房号", 10),
                    ("address", "地址", 30), ("company", "工作单位", 18), ("tags", "标签", 12), ("note", "备注", 24),
                    ("contact_name", "联系人", 10), ("contact_phone", "联系人电话", 15),
                    ("emergency_name", "紧急联系人", 10), ("emergency_phone", "紧急联系电话", 15))
TEMPLATE_TEXT_KEYS = ("id_number", "phone", "contact_phone", "emergency_phone")  # formatted as text ('@')
# Obviously made up, and valid: 张三 is the Chinese "John Doe"; 110101 1990-03-07 sequence 777, check 4.
TEMPLATE_EXAMPLE = {"name": "张三（示例）", "kind": "个人", "level": "一般", "id_number": "110101199003077774",
                    "phone": "13800138000", "unit": "1-1-101", "address": "北京市东城区示例路1号",
                    "company": "示例公司", "tags": "示例", "note": "示例行：导入前请删除或改成真实客户",
                    "contact_name": "", "contact_phone": "", "emergency_name": "李四",
                    "emergency_phone": "13900139000"}
TEMPLATE_ROWS = 1000  # rows below the header already formatted as text in the ID and phone columns

_SCIENTIFIC = re.compile(r"[+-]?\d+(\.\d*)?[eE][+-]?\d+")
_TRAILING_REMARK = re.compile(r"[(\[][^()\[\]]*[)\]]$")


# ================================================================== errors
class ImportCancelled(KeDangError):
    def __init__(self):
        super().__init__(translate("Import", "The import was cancelled; nothing was saved."))


class ImportProblems(KeDangError):
    """The file has bad rows: nothing was imported; ``problems`` are every ``Problem`` found."""

    def __init__(self, problems: Sequence["Problem"]):
        self.problems = list(problems)
        lines = [p.text() for p in self.problems[:20]]
        if len(self.problems) > 20:
            lines.append(translate("Import", "… and {n} more").format(n=len(self.problems) - 20))
        super().__init__(translate("Import", "Nothing was imported: {n} problems.").format(n=len(self.problems))
                         + "\n" + "\n".join(lines))


# ================================================================== reading files
class NumberCell(str):
    """The text of a cell the workbook stored as a number (not as text)."""

    __slots__ = ()


def cell_text(value) -> str:
    """A workbook cell's value as text: see the module's docstring."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return NumberCell(str(value))
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return NumberCell("")
        if value.is_integer() and abs(value) < 1e21:
            return NumberCell(str(int(value)))
        return NumberCell(format(value, ".15g"))
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return str(value).strip()


def _csv_cell(text: str) -> str:
    text = text.strip()
    if len(text) >= 3 and text.startswith('="') and text.endswith('"'):  # ="0123": Excel's keep-as-text trick
        text = text[2:-1].replace('""', '"').strip()
    return text


def _non_empty(row: Sequence[str]) -> bool:
    return any(v for v in row)


class Source:
    """A workbook or CSV file read into memory: ``sheets`` and ``rows(sheet)``."""

    def __init__(self, name: str, kind: str, sheets: list[str], *, data: bytes = b"",
                 csv_rows: list[list[str]] | None = None):
        self.name = name          # the file's name, without its folders
        self.kind = kind          # "xlsx" or "csv"
        self.sheets = sheets
        self._data = data
        self._csv_rows = csv_rows

    def sheet_name(self, sheet: str | int = 0) -> str:
        if isinstance(sheet, int):
            if not 0 <= sheet < len(self.sheets):
                raise KeDangError(translate("Import", "{name} has no sheet number {n}.").format(name=self.name,
                                                                                               n=sheet + 1))
            return self.sheets[sheet]
        if sheet not in self.sheets:
            raise KeDangError(translate("Import", "{name} has no sheet called {sheet}.").format(name=self.name,
                                                                                               sheet=sheet))
        return sheet

    def rows(self, sheet: str | int = 0, limit: int | None = None) -> list[list[str]]:
        """The rows of ``sheet`` (name or index) as text; ``rows[i]`` is spreadsheet row ``i + 1``.
        Trailing empty rows are dropped; ``limit`` stops after that many rows (a preview).
        A sheet without any filled-in cell is refused with a clear message."""
        name = self.sheet_name(sheet)
        if self.kind == "csv":
            out = [list(r) for r in (self._csv_rows or [])[:limit]]
        else:
            out = self._xlsx_rows(name, limit)
        while out and not _non_empty(out[-1]):
            out.pop()
        if not out:
            if self.kind == "csv":
                raise KeDangError(translate("Import", "{name} is empty.").format(name=self.name))
            raise KeDangError(translate("Import", "The sheet {sheet} in {name} has no rows.").format(
                sheet=name, name=self.name))
        return out

    def _xlsx_rows(self, sheet: str, limit: int | None) -> list[list[str]]:
        wb = _open_xlsx(self._data, self.name)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ws = wb[sheet]
                ws.reset_dimensions()  # a stale <dimension> would cut rows and columns off
                out: list[list[str]] = []
                for values in ws.iter_rows(values_only=True):
                    row = [cell_text(v) for v in values]
                    while row and not row[-1]:
                        row.pop()
                    out.append(row)
                    if limit is not None and len(out) >= limit:
                        break
                return out
        except KeDangError:
            raise
        except Exception:  # noqa: BLE001 - a damaged sheet gets the same plain message as a damaged file
            raise KeDangError(translate("Import", "{name} is not an Excel workbook KeDang can read.").format(
                name=self.name)) from None
        finally:
            wb.close()


def _open_xlsx(data: bytes, name: str):
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style", unknown extensions: not the clerk's concern
            return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any unreadable workbook gets the same plain message
        raise KeDangError(translate("Import", "{name} is not an Excel workbook KeDang can read.").format(
            name=name)) from None


def read_workbook(path) -> Source:
    """Read an .xlsx workbook or a .csv file (UTF-8 with or without BOM, or GBK/GB18030) into memory."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise KeDangError(translate("Import", "{name} is larger than {mb} MB; split it into smaller files.").format(
                name=path.name, mb=MAX_FILE_BYTES // 2 ** 20))
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeDangError(translate("Import", "There is no file {name}.").format(name=path.name)) from None
    except IsADirectoryError:
        raise KeDangError(translate("Import", "{name} is a folder, not a file.").format(name=path.name)) from None
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str) -> Source:
    """Like ``read_workbook`` for a file already in memory; ``name`` is its file name (for the type and messages)."""
    name = Path(name).name
    suffix = Path(name).suffix.lower()
    if len(data) > MAX_FILE_BYTES:
        raise KeDangError(translate("Import", "{name} is larger than {mb} MB; split it into smaller files.").format(
            name=name, mb=MAX_FILE_BYTES // 2 ** 20))
    if not data.strip():
        raise KeDangError(translate("Import", "{name} is empty.").format(name=name))
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE2 file: Excel 97-2003 (.xls), WPS .et, or a password
        raise KeDangError(translate(
            "Import", "{name} is an old Excel 97-2003 (.xls) workbook or is protected with a password. Open it in "
                      "Excel or WPS, choose Save As, and save it as an Excel workbook (.xlsx) without a password; "
                      "then import the .xlsx file.").format(name=name))
    if data.startswith(b"PK\x03\x04"):
        if suffix not in (".xlsx", ".xlsm", ""):
            raise KeDangError(translate(
                "Import", "{name} is not an Excel workbook (.xlsx). Save it as .xlsx or as CSV in Excel or WPS.").format(
                name=name))
        wb = _open_xlsx(data, name)
        try:
            sheets = [ws.title for ws in wb.worksheets]
        finally:
            wb.close()
        if not sheets:
            raise KeDangError(translate("Import", "{name} has no sheets.").format(name=name))
        return Source(name, "xlsx", sheets, data=data)
    if suffix in (".xls", ".et", ".xlsx", ".xlsm"):
        raise KeDangError(translate(
            "Import", "{name} is not a workbook KeDang can read. Open it in Excel or WPS and save it as an Excel "
                      "workbook (.xlsx).").format(name=name))
    if suffix not in (".csv", ".txt", ""):
        raise KeDangError(translate("Import", "Choose an Excel workbook (.xlsx) or a CSV file (.csv)."))
    return Source(name, "csv", [Path(name).stem or name], csv_rows=_parse_csv(_decode(data, name), name))


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), else GB18030 (a superset of GBK)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    else:
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return text
    raise KeDangError(translate(
        "Import", "{name} is not a text file in UTF-8 or GBK. Save it in Excel or WPS as an Excel workbook (.xlsx) "
                  "or as CSV (UTF-8).").format(name=name))


def _parse_csv(text: str, name: str) -> list[list[str]]:
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = "\t" if "\t" in sample.split("\n", 1)[0] and "," not in sample.split("\n", 1)[0] else ","
    try:
        return [[_csv_cell(c) for c in row] for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error:
        raise KeDangError(translate("Import", "{name} is not a CSV file KeDang can read.").format(name=name)) from None


# ================================================================== headers and mapping
def header_key(text) -> str:
    """A header as it is compared: full-width as half-width, no spaces, lower case, without
    a leading or trailing ``*``, a trailing ``：``/``:`` or a trailing remark in brackets."""
    t = unicodedata.normalize("NFKC", str(text or ""))
    t = "".join(t.split()).lower().replace("_", "")
    t = t.strip("*:.。")
    t = _TRAILING_REMARK.sub("", t)
    return t.strip("*:.。")


def field_name(key: str, custom_fields: Sequence[CustomField] = ()) -> str:
    """The label of an import field key (as in ``field_choices``)."""
    if key.startswith("extra:"):
        for f in custom_fields:
            if f"extra:{f.id}" == key:
                return f.label
        return key
    return {
        "id_number": translate("Import", "ID number / credit code"),
        "contact_name": translate("Import", "Contact"),
        "contact_phone": translate("Import", "Contact phone"),
        "emergency_name": translate("Import", "Emergency contact"),
        "emergency_phone": translate("Import", "Emergency contact phone"),
    }.get(key) or field_label(key)


def field_choices(custom_fields: Sequence[CustomField] = ()) -> list[tuple[str, str]]:
    """(key, label) of every field a column can be imported into, in the form's order; the
    active custom fields come last as ``extra:<id>``. "Do not import" is no key at all."""
    out = [(k, field_name(k)) for k in FIELD_KEYS]
    out += [(f"extra:{f.id}", f.label) for f in custom_fields if f.active]
    return out


def _header_table(custom_fields: Sequence[CustomField]) -> dict[str, str]:
    table: dict[str, str] = {}
    for key, names in HEADER_NAMES.items():
        for n in names:
            table.setdefault(header_key(n), key)
    for key in FIELD_KEYS:  # the labels in the program's language, too
        table.setdefault(header_key(field_name(key)), key)
    for f in custom_fields:
        if f.active:
            table.setdefault(header_key(f.label), f"extra:{f.id}")
    table.pop("", None)
    return table


def auto_mapping(headers: Sequence[str], custom_fields: Sequence[CustomField] = ()) -> dict[int, str]:
    """{column index: field key} for the headers it recognises; each field once (its first column).
    Unknown columns are left out: they are not imported."""
    table = _header_table(custom_fields)
    out: dict[int, str] = {}
    for i, h in enumerate(headers):
        key = table.get(header_key(h))
        if key and key not in out.values():
            out[i] = key
    return out


def guess_header_row(rows: Sequence[Sequence[str]], custom_fields: Sequence[CustomField] = ()) -> int:
    """Index (into ``rows``) of the row among the first 20 whose cells name the most known fields;
    the first row with anything in it when none does (a title above the table is skipped)."""
    table = _header_table(custom_fields)
    best, best_score = None, 0
    for i, row in enumerate(rows[:HEADER_SCAN]):
        score = len({table[k] for k in (header_key(c) for c in row) if k in table})
        if score > best_score:
            best, best_score = i, score
    if best is not None:
        return best
    return next((i for i, row in enumerate(rows) if _non_empty(row)), 0)


def header_texts(rows: Sequence[Sequence[str]], header_row: int) -> list[str]:
    """The header row's cells as text, as wide as the widest row below it."""
    width = max((len(r) for r in rows[header_row:]), default=0)
    header = list(rows[header_row]) if 0 <= header_row < len(rows) else []
    return [" ".join(str(h).split()) for h in header] + [""] * (width - len(header))


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column as Excel names it."""
    n, out = index + 1, ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def column_title(headers: Sequence[str], index: int) -> str:
    """The column's header, or its letter when the header cell is empty."""
    h = headers[index] if 0 <= index < len(headers) else ""
    return h or translate("Import", "column {letter}").format(letter=column_letter(index))


def mapping_problem(mapping: Mapping[int, str], custom_fields: Sequence[CustomField] = ()) -> str | None:
    """None when ``mapping`` can be imported, else what is wrong with it (for the wizard's Next button)."""
    known = set(FIELD_KEYS) | {f"extra:{f.id}" for f in custom_fields if f.active}
    seen: set[str] = set()
    for _col, key in sorted(mapping.items()):
        if key not in known:
            return translate("Import", "{field} is not a field a column can be imported into.").format(field=key)
        if key in seen:
            return translate("Import", "{field} is chosen for two columns; choose it for one only.").format(
                field=field_name(key, custom_fields))
        seen.add(key)
    for key in REQUIRED_KEYS:
        if key not in seen:
            return translate("Import", "Choose the column that holds the {field}.").format(
                field=field_name(key, custom_fields))
    return None


# ================================================================== the plan
@dataclass
class Problem:
    row: int      # the row number as the spreadsheet shows it
    column: str   # the column's header (or its letter, or the field when no column holds it)
    value: str
    rule: str

    def text(self) -> str:
        return translate("Import", "Row {row}, {column} \"{value}\": {rule}").format(
            row=self.row, column=self.column, value=self.value, rule=self.rule)


@dataclass
class Match:
    customer_id: int
    code: str
    name: str
    reasons: list[str]  # "id_number" and/or "phone"


@dataclass
class Duplicate:
    """A row whose ID number / credit code or phone is already on file."""
    row: int
    name: str                      # the name in the row
    matches: list[Match]
    target: Match                  # the customer "update" changes: the ID-number match, else the phone match
    update_problem: str = ""       # why "update" cannot be chosen for this row ("" when it can)

    def text(self) -> str:
        lines = []
        for m in self.matches:
            for reason in m.reasons:
                label = field_label("id_number") if reason == "id_number" else field_label("phone")
                lines.append(translate("Customer", "{field} already belongs to {code} {name}").format(
                    field=label, code=m.code, name=m.name))
        return "; ".join(lines)


@dataclass
class PlannedRow:
    row: int
    fields: dict                   # validate_customer's fields: what "create" adds
    given: dict                    # the cells filled in, as fields: what "update" changes
    contacts: list[dict]           # validate_contact's fields
    duplicate: Duplicate | None = None


@dataclass
class ImportPlan:
    file_name: str
    sheet: str
    header_row: int                # spreadsheet row number of the header row
    headers: list[str]
    mapping: dict[int, str]
    data_rows: int                 # rows with anything in them below the header row
    rows: list[PlannedRow]         # the rows that passed every check (duplicates among them)
    problems: list[Problem]
    duplicates: list[Duplicate]
    may_update: bool               # the user may update customers on file
    company: str = ""
    prepared_by: str = ""
    marker: str = ""               # the audit head when checked: any write since means "check the duplicates again"

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem_rows(self) -> int:
        return len({p.row for p in self.problems})

    def decisions(self, choices: str | Mapping[int, str]) -> dict[int, str]:
        """{row: "skip" | "update" | "create"} for every duplicate; ``choices`` is one choice for all
        or one per row number (every duplicate's row must be there)."""
        out = {}
        for d in self.duplicates:
            choice = choices if isinstance(choices, str) else choices.get(d.row)
            if choice is None:
                raise KeDangError(translate("Import", "Choose what to do with row {row}: skip, update or add.").format(
                    row=d.row))
            if choice not in CHOICES:
                raise KeDangError(translate("Import", "\"{choice}\" is not skip, update or create.").format(
                    choice=choice))
            out[d.row] = choice
        return out

    def counts(self, choices: str | Mapping[int, str] = "skip") -> tuple[int, int, int]:
        """(added, updated, skipped) that ``execute`` would report."""
        decided = self.decisions(choices)
        updated = sum(1 for c in decided.values() if c == "update")
        skipped = sum(1 for c in decided.values() if c == "skip")
        return len(self.rows) - updated - skipped, updated, skipped


@dataclass
class ImportResult:
    created: int
    updated: int                   # rows applied to customers on file (also when no field differed)
    skipped: int
    first_code: str = ""
    last_code: str = ""


# ================================================================== the service
def _nothing(*_a) -> None:
    return None


class CustomerImport(Service):
    """Import customers: ``CustomerImport(office)`` (or a ``Database``)."""

    def __init__(self, office_or_db):
        db = getattr(office_or_db, "db", office_or_db)
        super().__init__(db)
        self.customers = CustomerService(db)
        self.contacts = ContactRepo(db)
        self.meta = MetaRepo(db)
        self.field_repo = CustomFieldRepo(db)

    def custom_fields(self) -> list[CustomField]:
        """The active custom fields: columns may be imported into them too."""
        return [f for f in self.field_repo.all() if f.active]

    # ------------------------------------------------------------ remembered mappings
    def _remembered(self) -> dict[str, str]:
        try:
            data = json.loads(self.meta.get(MAPPING_KEY) or "{}")
        except ValueError:
            return {}
        headers = data.get("headers") if isinstance(data, dict) else None
        return {str(k): str(v) for k, v in headers.items()} if isinstance(headers, dict) else {}

    def saved_mapping(self, headers: Sequence[str]) -> dict[int, str]:
        """What the office chose before for these header names: {column: field key, or "" for "do not import"}."""
        remembered = self._remembered()
        known = {k for k, _l in field_choices(self.custom_fields())} | {""}
        out: dict[int, str] = {}
        for i, h in enumerate(headers):
            chosen = remembered.get(header_key(h))
            if chosen is None or chosen not in known or (chosen and chosen in out.values()):
                continue
            out[i] = chosen
        return out

    def suggest_mapping(self, headers: Sequence[str]) -> dict[int, str]:
        """The mapping to offer: recognised headers (``auto_mapping``), overruled by the office's own choices."""
        mapping = auto_mapping(headers, self.custom_fields())
        for col, key in self.saved_mapping(headers).items():
            if key:
                mapping = {c: k for c, k in mapping.items() if k != key}
                mapping[col] = key
            else:
                mapping.pop(col, None)
        return mapping

    def _mapping_to_remember(self, headers: Sequence[str], mapping: Mapping[int, str]) -> dict[str, str] | None:
        """The remembered table with this mapping's own choices (those that differ from the automatic
        mapping) added, or None when nothing changes."""
        auto = auto_mapping(headers, self.custom_fields())
        remembered = self._remembered()
        new = dict(remembered)
        for i, h in enumerate(headers):
            key = header_key(h)
            if not key:
                continue
            chosen = mapping.get(i, "")
            if chosen == auto.get(i, "") and key not in remembered:
                continue  # the program recognises it by itself
            new.pop(key, None)
            new[key] = chosen  # newest last
        if new == remembered:
            return None
        while len(new) > MAX_REMEMBERED:
            new.pop(next(iter(new)))
        return new

    def remember_mapping(self, session: Session, headers: Sequence[str], mapping: Mapping[int, str]) -> bool:
        """Keep the user's own choices for these header names (in the database, audited); True when
        something changed. ``execute`` does this by itself for the mapping it imported with."""
        self.require(session, "customer.bulk_create")
        new = self._mapping_to_remember(headers, mapping)
        if new is None:
            return False
        with self.db.transaction():
            self.meta.set(MAPPING_KEY, json.dumps({"headers": new}, ensure_ascii=False))
            self.audit(session, "settings.import_mapping", "settings", MAPPING_KEY, summary="customers",
                       headers=len(new))
        return True

    # ------------------------------------------------------------ checking
    def prepare(self, session: Session, rows: Sequence[Sequence[str]], header_row: int, mapping: Mapping[int, str], *,
                file_name: str = "", sheet: str = "", progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportPlan:
        """Check every row below ``rows[header_row]`` as ``mapping`` reads it. Writes nothing.
        ``progress(done, total)`` is called now and then; ``cancelled()`` is asked before every row
        (``ImportCancelled`` when it says yes)."""
        self.require(session, "customer.bulk_create")
        definitions = self.field_repo.all()
        active = [f for f in definitions if f.active]
        mapping = {int(c): k for c, k in mapping.items() if k}
        problem = mapping_problem(mapping, active)
        if problem:
            raise KeDangError(problem)
        if not 0 <= header_row < len(rows):
            raise KeDangError(translate("Import", "Choose the header row."))
        headers = header_texts(rows, header_row)
        data = [(i + 1, row) for i, row in enumerate(rows) if i > header_row and _non_empty(row)]
        if not data:
            raise KeDangError(translate("Import", "There are no customers below the header row (row {row}).").format(
                row=header_row + 1))
        progress = progress or _nothing
        cancelled = cancelled or (lambda: False)
        columns = {k: c for c, k in mapping.items()}

        def column_of(key: str) -> str:
            return column_title(headers, columns[key]) if key in columns else field_name(key, active)

        marker = self.meta.get("audit_head", "") or ""  # every write appends an audit event and moves the head
        plan = ImportPlan(file_name=Path(file_name).name if file_name else "", sheet=sheet, header_row=header_row + 1,
                          headers=headers, mapping=dict(mapping), data_rows=len(data), rows=[], problems=[],
                          duplicates=[], may_update=session.may("customer.update"),
                          company=self.meta.get("company", "") or "", prepared_by=session.display_name, marker=marker)
        seen: dict[tuple[str, str], int] = {}
        claimed: dict[int, int] = {}
        total = len(data)
        progress(0, total)
        for n, (row_no, row) in enumerate(data, 1):
            if cancelled():
                raise ImportCancelled()
            cells = {key: (row[c] if c < len(row) else "") for c, key in mapping.items()}
            problems, planned, checked = self._check_row(row_no, cells, definitions, column_of)
            for key, value in checked.items():
                if value:
                    earlier = seen.get((key, value))
                    if earlier is not None:
                        rule = (translate("Import", "the same ID number / credit code is in row {row}") if key == "id_number"
                                else translate("Import", "the same phone is in row {row}")).format(row=earlier)
                        problems.append(Problem(row_no, column_of(key), cells.get(key, ""), rule))
                    else:
                        seen[(key, value)] = row_no
            if problems:
                plan.problems.extend(problems)
            elif planned is not None:
                planned.duplicate = self._duplicate(session, planned, definitions, claimed)
                if planned.duplicate:
                    plan.duplicates.append(planned.duplicate)
                plan.rows.append(planned)
            if n % 200 == 0:
                progress(n, total)
        progress(total, total)
        return plan

    def _check_row(self, row_no: int, cells: dict[str, str], definitions: Sequence[CustomField],
                   column_of: Callable[[str], str]) -> tuple[list[Problem], PlannedRow | None, dict[str, str]]:
        """Every problem of one row (the form's rules); the row's fields when there are none; and its
        ID number and phone when these two are valid (for the duplicates inside the file)."""
        problems: list[Problem] = []

        def add(key: str, rule: str) -> None:
            problems.append(Problem(row_no, column_of(key), str(cells.get(key, "")), rule))

        given: dict = {}
        for key in CUSTOMER_KEYS:
            value = cells.get(key, "")
            if value:
                given[key] = str(value)
        extra = {k[6:]: str(v) for k, v in cells.items() if k.startswith("extra:") and v}
        if extra:
            given["extra"] = extra
        if "kind" in given:
            given["kind"] = KIND_WORDS.get(header_key(given["kind"]), _label_key(given["kind"], CUSTOMER_KINDS,
                                                                                   kind_label) or given["kind"])
        if "level" in given:
            given["level"] = LEVEL_WORDS.get(header_key(given["level"]), _label_key(given["level"], CUSTOMER_LEVELS,
                                                                                      level_label) or given["level"])
        if "id_number" in given:
            raw = cells["id_number"]
            if isinstance(raw, NumberCell) or _SCIENTIFIC.fullmatch(str(raw).strip()):
                add("id_number", translate(
                    "Import", "is stored as a number, which keeps only 15 digits: format the column as text (文本) "
                              "and type the ID numbers again"))
                given.pop("id_number")
        work = dict(given)
        work["extra"] = dict(given.get("extra", {}))
        if "kind" not in work:
            work["kind"] = _kind_for(work.get("id_number", ""))
        applying = {str(f.id) for f in definitions if f.applies_to(work["kind"])}
        for fid in list(work["extra"]):
            if fid not in applying and work["kind"] in CUSTOMER_KINDS:
                add(f"extra:{fid}", translate("Import", "this field is not used for the customer type {kind}").format(
                    kind=kind_label(work["kind"])))
                del work["extra"][fid]
        clean = None
        replaced: set[str] = set()
        for _attempt in range(len(CUSTOMER_KEYS) + len(work["extra"]) + 2):
            try:
                clean = validate_customer(work, definitions)
                break
            except ValidationError as exc:
                rule = exc.rule
                if exc.key == "phone" and isinstance(cells.get("phone"), NumberCell):
                    rule = translate("Import", "{rule} (the cell is stored as a number, which drops a leading 0: "
                                               "format the column as text)").format(rule=rule)
                add(exc.key, rule)
                replaced.add(exc.key)
                if not _neutralise(work, exc.key):
                    break
        checked = {k: clean[k] for k in ("id_number", "phone") if clean is not None and k not in replaced}
        contacts = []
        for role, name_key, phone_key in CONTACTS:
            name, phone = str(cells.get(name_key, "")), str(cells.get(phone_key, ""))
            if not name and not phone:
                continue
            fields = {"role": role, "name": name, "phone": phone}
            for _attempt in range(3):
                try:
                    contacts.append(validate_contact(fields))
                    break
                except ValidationError as exc:
                    key = phone_key if exc.key == "phone" else name_key
                    add(key, exc.rule)
                    if exc.key == "phone":
                        fields["phone"] = "13800000000"
                    elif exc.key == "name":
                        fields["name"] = "-"
                    else:
                        break
        if problems or clean is None:
            return problems, None, checked
        return [], PlannedRow(row_no, clean, given, contacts), checked

    def _duplicate(self, session: Session, planned: PlannedRow, definitions, claimed: dict[int, int]) -> Duplicate | None:
        """The customers on file with the row's ID number or phone (destroyed ones do not count)."""
        matches: dict[int, Match] = {}
        for key in ("id_number", "phone"):
            value = planned.fields[key]
            if value:
                for cid, code, name in self.customers.repo.ids_with(key, value):
                    matches.setdefault(cid, Match(cid, code, name, [])).reasons.append(key)
        if not matches:
            return None
        ordered = sorted(matches.values(), key=lambda m: ("id_number" not in m.reasons, m.code))
        target = ordered[0]
        dup = Duplicate(planned.row, planned.fields["name"], ordered, target)
        earlier = claimed.get(target.customer_id)
        if earlier is not None:
            dup.update_problem = translate("Import", "row {row} already updates {code}").format(row=earlier,
                                                                                                 code=target.code)
            return dup
        claimed[target.customer_id] = planned.row
        current = self.customers.repo.get(target.customer_id)
        if current.status in CLOSED_STATUSES and not session.may("dossier.edit_closed"):
            dup.update_problem = translate(
                "Import", "the dossier of {code} is closed: only a record keeper or a manager may change it").format(
                code=target.code)
            return dup
        try:
            _updated_fields(current, planned, definitions)
        except ValidationError as exc:
            dup.update_problem = str(exc)
        return dup

    # ------------------------------------------------------------ writing
    def execute(self, session: Session, plan: ImportPlan, choices: str | Mapping[int, str] = "skip", *,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportResult:
        """Import ``plan`` in one transaction with one audit event. ``choices``: "skip", "update" or
        "create" for every duplicate, or {row number: choice}. Nothing is written when the plan has
        problems (``ImportProblems``), when ``cancelled()`` says yes between two rows
        (``ImportCancelled``), when the customers on file changed since ``prepare`` in a way that
        matters (check again), or on any error."""
        self.require(session, "customer.bulk_create")
        if plan.problems:
            raise ImportProblems(plan.problems)
        decided = plan.decisions(choices)
        if any(c == "update" for c in decided.values()):
            self.require(session, "customer.update")
            blocked = [d for d in plan.duplicates if decided[d.row] == "update" and d.update_problem]
            if blocked:
                raise KeDangError(translate("Import", "Row {row} cannot update the customer on file: {why}").format(
                    row=blocked[0].row, why=blocked[0].update_problem))
        progress = progress or _nothing
        cancelled = cancelled or (lambda: False)
        definitions = self.field_repo.all()
        total = len(plan.rows)
        ts = now_iso()
        created: list[str] = []
        updated: list[str] = []
        unchanged = skipped = 0
        batch: list[tuple] = []
        batch_contacts: list[list[dict]] = []

        def flush() -> None:
            self.customers.insert_new(batch, batch_contacts)
            created.extend(c.code for c, _full in batch)
            batch.clear()
            batch_contacts.clear()

        progress(0, total)
        with self.db.transaction():
            if (self.meta.get("audit_head", "") or "") != plan.marker:
                self._check_still_current(plan)
            for n, planned in enumerate(plan.rows, 1):
                if cancelled():
                    raise ImportCancelled()
                choice = decided.get(planned.row, "create") if planned.duplicate else "create"
                if choice == "skip":
                    skipped += 1
                elif choice == "update":
                    if self._update(session, planned, definitions, ts):
                        updated.append(planned.duplicate.target.code)
                    else:
                        unchanged += 1
                        updated.append(planned.duplicate.target.code)
                else:
                    batch.append(self.customers.new_record(session, planned.fields, ts))
                    batch_contacts.append(planned.contacts)
                    if len(batch) >= CHUNK:
                        flush()
                if n % 200 == 0:
                    progress(n, total)
            if cancelled():
                raise ImportCancelled()
            flush()
            remembered = self._mapping_to_remember(plan.headers, plan.mapping)
            if remembered is not None:
                self.meta.set(MAPPING_KEY, json.dumps({"headers": remembered}, ensure_ascii=False))
            self.audit(session, "customer.import", "customer", "", summary=plan.file_name or str(len(created)),
                       file=plan.file_name, sheet=plan.sheet, rows=plan.data_rows, created=len(created),
                       updated=len(updated), unchanged=unchanged, skipped=skipped,
                       first_code=created[0] if created else "", last_code=created[-1] if created else "",
                       updated_codes=updated, fields=sorted(set(plan.mapping.values())),
                       duplicates=len(plan.duplicates))
        progress(total, total)
        return ImportResult(len(created), len(updated), skipped, created[0] if created else "",
                            created[-1] if created else "")

    def _check_still_current(self, plan: ImportPlan) -> None:
        """Something was written since ``prepare``: the duplicates must still be the same ones."""
        for planned in plan.rows:
            now: set[int] = set()
            for key in ("id_number", "phone"):
                value = planned.fields[key]
                if value:
                    now.update(cid for cid, _code, _name in self.customers.repo.ids_with(key, value))
            before = {m.customer_id for m in planned.duplicate.matches} if planned.duplicate else set()
            if now != before:
                raise KeDangError(translate(
                    "Import", "The customers on file changed while the file was being checked (row {row}); nothing "
                              "was imported. Check the file again.").format(row=planned.row))

    def _update(self, session: Session, planned: PlannedRow, definitions, ts: str) -> bool:
        """Apply the row's filled-in cells to the customer on file (empty cells change nothing) and add
        the row's contacts that customer does not have yet. True when anything changed."""
        current = customer_for_write(self.customers.repo, session, planned.duplicate.target.customer_id)
        clean = _updated_fields(current, planned, definitions)
        _before, after = diff(current.editable_dict(), clean)
        have = {(c.role, normalize_phone(c.phone)) for c in self.contacts.for_customer(current.id)}
        new_contacts = [c for c in planned.contacts if (c["role"], c["phone"]) not in have]
        if not after and not new_contacts:
            return False
        if after:
            for k, v in clean.items():
                setattr(current, k, v)
            initials, full = pinyin_keys(clean["name"])
            current.pinyin = initials
            current.updated_at, current.updated_by = ts, session.user_id
            self.customers.repo.update(current, full)
        if new_contacts:
            self.contacts.insert_many(Contact(customer_id=current.id, **c) for c in new_contacts)
        return True


def _updated_fields(current, planned: PlannedRow, definitions) -> dict:
    """The customer's fields after an update from ``planned``: its filled-in cells over the record on file."""
    merged = current.editable_dict()
    for key, value in planned.given.items():
        if key == "extra":
            merged["extra"] = {**current.extra, **value}
        elif key == "tags":
            merged["tags"] = split_tags([*current.tags, *split_tags(value)])
        else:
            merged[key] = value
    return validate_customer(merged, definitions)


def _label_key(text: str, keys: Iterable[str], label) -> str | None:
    """The key whose label (in the program's language) or own name is ``text``."""
    wanted = header_key(text)
    for k in keys:
        if wanted in (header_key(label(k)), k):
            return k
    return None


def _kind_for(id_number: str) -> str:
    """The customer type an empty type cell means: a company when the number is a valid credit code
    and not a valid resident ID number, else a person."""
    v = "".join(str(id_number).split()).upper()
    if v and id_number_problem(v) is not None and uscc_problem(v) is None:
        return "company"
    return "person"


def _neutralise(work: dict, key: str) -> bool:
    """Replace a bad field by a harmless value, so the next check reports the row's next problem."""
    if key == "name":
        work["name"] = "-"
    elif key == "phone":
        work["phone"] = "13800000000"
    elif key == "id_number":
        work["id_number"] = ""
    elif key == "kind":
        work["kind"] = _kind_for(work.get("id_number", ""))
    elif key in ("level", "status", "tags"):
        work.pop(key, None)
    elif key in ("unit", "address", "company", "note"):
        work[key] = ""
    elif key.startswith("extra:"):
        work.get("extra", {}).pop(key[6:], None)
    else:
        return False
    return True


# ================================================================== reports and the template
def error_report(plan: ImportPlan):
    """The plan's problems as a table report (``app.reports.tables.write_xlsx`` / ``write_pdf``)."""
    from app.reports.tables import Column, TableReport

    cols = [Column(translate("Import", "Row"), 0.5, "right"), Column(translate("Import", "Column"), 1.2),
            Column(translate("Import", "Value"), 1.6), Column(translate("Import", "Problem"), 3.2)]
    rows = [[p.row, p.column, p.value, p.rule] for p in plan.problems]
    subtitle = translate("Import", "{file}, sheet {sheet}, header in row {row}").format(
        file=plan.file_name, sheet=plan.sheet, row=plan.header_row)
    summary = [translate("Import", "{n} problems in {bad} of {rows} rows. Nothing was imported: correct the file "
                                   "and import it again.").format(n=len(plan.problems), bad=plan.problem_rows,
                                                                  rows=plan.data_rows)]
    return TableReport(translate("Import", "Import problems"), cols, rows, plan.company, plan.prepared_by,
                       _dt.datetime.now().replace(microsecond=0), subtitle=subtitle, landscape=False,
                       summary_lines=summary)


def write_template(path) -> None:
    """An import template: the headers KeDang recognises, one example row (张三, made up and valid),
    the ID-number and phone columns formatted as text, and a sheet of instructions."""
    data = template_bytes()
    with open(Path(path), "wb") as fh:
        fh.write(data)


def template_bytes() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = TEMPLATE_SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E3E7EE")
    for col, (key, title, width) in enumerate(TEMPLATE_COLUMNS, 1):
        letter = column_letter(col - 1)
        cell = ws.cell(row=1, column=col, value=title)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(horizontal="center")
        ws.column_dimensions[letter].width = width
        value = TEMPLATE_EXAMPLE.get(key) or None
        example = ws.cell(row=2, column=col, value=value)
        if key in TEMPLATE_TEXT_KEYS:
            example.number_format = "@"
            ws.column_dimensions[letter].number_format = "@"
            for r in range(3, TEMPLATE_ROWS + 2):
                ws.cell(row=r, column=col).number_format = "@"
    ws.freeze_panes = "A2"
    kinds = DataValidation(type="list", formula1='"个人,企业"', allow_blank=True)
    levels = DataValidation(type="list", formula1='"重点,一般,潜在"', allow_blank=True)
    for dv, key in ((kinds, "kind"), (levels, "level")):
        letter = column_letter([k for k, _t, _w in TEMPLATE_COLUMNS].index(key))
        dv.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
        ws.add_data_validation(dv)
    help_ws = wb.create_sheet(TEMPLATE_HELP_SHEET)
    help_ws.column_dimensions["A"].width = 110
    lines = [
        translate("Import", "How to fill in this template"),
        translate("Import", "One customer per row, below the header row. Columns marked * are required."),
        translate("Import", "Customer type: 个人 (person) or 企业 (company); left empty, a valid credit code "
                            "means a company, anything else a person."),
        translate("Import", "Level: 重点 (key), 一般 (normal) or 潜在 (potential); left empty: 一般."),
        translate("Import", "ID number: the 18-character resident ID number of a person or the unified social credit "
                            "code of a company."),
        translate("Import", "Keep the ID number and phone columns formatted as text: a number cell keeps only 15 "
                            "digits, and an ID number stored as a number is refused."),
        translate("Import", "Tags: separated by commas or spaces. Contact and emergency contact: a name and a phone."),
        translate("Import", "Row 2 is an example: delete it or replace it with a real customer before importing."),
        translate("Import", "Nothing is imported while any row has a problem; the problems can be saved as a "
                            "workbook, corrected and imported again."),
    ]
    for r, text in enumerate(lines, 1):
        c = help_ws.cell(row=r, column=1, value=text)
        c.data_type = "s"
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if r == 1:
            c.font = Font(bold=True, size=13)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
