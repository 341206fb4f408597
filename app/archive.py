"""The archive room: archive files (档案卷) with their numbers, and original certificates (权证) in the safe.

Handovers, loans and stock-takes live in ``handovers.py``, ``loans.py`` and ``stocktake.py`` and share
the settings, labels and date helpers declared here. Every write checks the role, follows the
state rules and writes the audit log in the same transaction.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import asdict, dataclass, field

from app.errors import KeDangError, NotFound
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.archive import ArchiveFileRepo, CertificateRepo, LoanRepo
from app.models.database import now_iso
from app.models.records import (ARCHIVE_CATEGORIES, CERTIFICATE_KINDS, ArchiveFile, Certificate)
from app.models.repositories import CustomerRepo, MetaRepo
from app.session import Service, Session, diff, store_settings, stored_settings
from app.validation import ValidationError, parse_date

_CTX = "Archive"

# ------------------------------------------------------------------ labels
_LABELS = {
    # archive file categories
    "project": QT_TRANSLATE_NOOP("Archive", "Project approval"),
    "contract": QT_TRANSLATE_NOOP("Archive", "Key contracts"),
    "investigation": QT_TRANSLATE_NOOP("Archive", "Investigation"),
    "customer": QT_TRANSLATE_NOOP("Archive", "Customer documents"),
    # archive file statuses
    "in_store": QT_TRANSLATE_NOOP("Archive", "In store"),
    "on_loan": QT_TRANSLATE_NOOP("Archive", "On loan"),
    "transferred": QT_TRANSLATE_NOOP("Archive", "Transferred"),
    "destroyed": QT_TRANSLATE_NOOP("Archive", "Destroyed"),
    # certificate kinds
    "property": QT_TRANSLATE_NOOP("Archive", "Property certificate"),
    "other_rights": QT_TRANSLATE_NOOP("Archive", "Other-rights certificate"),
    "chattel_mortgage": QT_TRANSLATE_NOOP("Archive", "Chattel mortgage notice"),
    "equity_pledge": QT_TRANSLATE_NOOP("Archive", "Equity pledge notice"),
    "other": QT_TRANSLATE_NOOP("Archive", "Other certificate"),
    # certificate statuses
    "in_safe": QT_TRANSLATE_NOOP("Archive", "In the safe"),
    "returned": QT_TRANSLATE_NOOP("Archive", "Returned to customer"),
    "cancelled": QT_TRANSLATE_NOOP("Archive", "Cancelled"),
    # handover purposes and statuses
    "intake": QT_TRANSLATE_NOOP("Archive", "Filing (into the archive)"),
    "transfer": QT_TRANSLATE_NOOP("Archive", "Transfer out of the archive"),
    "return": QT_TRANSLATE_NOOP("Archive", "Return of originals to the customer"),
    "open": QT_TRANSLATE_NOOP("Archive", "Awaiting signatures"),
    "done": QT_TRANSLATE_NOOP("Archive", "Completed"),
    # loan statuses
    "requested": QT_TRANSLATE_NOOP("Archive", "Awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("Archive", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Archive", "Rejected"),
    "out": QT_TRANSLATE_NOOP("Archive", "Lent out"),
    # loan item types
    "file": QT_TRANSLATE_NOOP("Archive", "Archive file"),
    "certificate": QT_TRANSLATE_NOOP("Archive", "Certificate"),
}
# statuses whose label differs between files/certificates and handovers/loans
_CANCELLED_LOAN = QT_TRANSLATE_NOOP("Archive", "Withdrawn")


def label(code: str) -> str:
    """The translated label of a category, kind, status or purpose code."""
    text = _LABELS.get(code)
    return translate(_CTX, text) if text else code


_RETURNED_LOAN = QT_TRANSLATE_NOOP("Archive", "Returned")


def loan_status_label(status: str) -> str:
    if status == "returned":
        return translate(_CTX, _RETURNED_LOAN)
    return translate(_CTX, _CANCELLED_LOAN) if status == "cancelled" else label(status)


def handover_status_label(status: str) -> str:
    return translate(_CTX, _CANCELLED_LOAN) if status == "cancelled" else label(status)



def bad(field_label: str, rule: str, key: str = "") -> ValidationError:
    return ValidationError(field_label, rule, key=key)


# ------------------------------------------------------------------ dates
def today() -> _dt.date:
    return _dt.date.today()


def need_date(value, field_label: str, *, key: str = "", required: bool = True, not_future: bool = False,
              not_past: bool = False, on: _dt.date | None = None) -> str | None:
    """A ``YYYY-MM-DD`` date from form text (or a date); None when empty and not required."""
    if isinstance(value, _dt.date):
        d = value
    else:
        text = str(value or "").strip()
        if not text:
            if required:
                raise bad(field_label, translate("Archive", "is required"), key)
            return None
        d = parse_date(text)
        if d is None:
            raise bad(field_label, translate("Validation", "is not a real date in the form YYYY-MM-DD"), key)
    ref = on or today()
    if not_future and d > ref:
        raise bad(field_label, translate("Archive", "may not be after today ({date})").format(date=ref.isoformat()), key)
    if not_past and d < ref:
        raise bad(field_label, translate("Archive", "may not be in the past (today is {date})").format(date=ref.isoformat()), key)
    return d.isoformat()


def add_working_days(start: str | _dt.date, days: int) -> _dt.date:
    """The date ``days`` working days (Monday to Friday) after ``start`` (before it when ``days`` < 0)."""
    d = _dt.date.fromisoformat(start) if isinstance(start, str) else start
    step = _dt.timedelta(days=1 if days >= 0 else -1)
    left = abs(days)
    while left > 0:
        d += step
        if d.weekday() < 5:
            left -= 1
    return d


def working_days_between(start: str, end: str) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not later)."""
    a, b = _dt.date.fromisoformat(start), _dt.date.fromisoformat(end)
    n = 0
    while a < b:
        a += _dt.timedelta(days=1)
        if a.weekday() < 5:
            n += 1
    return n


def need_text(value, field_label: str, *, key: str = "", required: bool = True, max_len: int = 200) -> str:
    text = " ".join(str(value or "").split()) if max_len <= 200 else str(value or "").strip()
    if required and not text:
        raise bad(field_label, translate("Archive", "is required"), key)
    if len(text) > max_len:
        raise bad(field_label, translate("Archive", "is longer than {n} characters").format(n=max_len), key)
    return text


def need_int(value, field_label: str, *, key: str = "", minimum: int = 1, maximum: int = 9999) -> int:
    text = str(value if value is not None else "").strip()
    if not text.isascii() or not text.isdigit() or not (minimum <= int(text) <= maximum):
        raise bad(field_label, translate("Archive", "is a whole number from {lo} to {hi}").format(lo=minimum, hi=maximum), key)
    return int(text)


# ------------------------------------------------------------------ settings
_SETTINGS_KEY = "archive_settings"
HOME = {"file": "in_store", "certificate": "in_safe"}   # where a file or certificate is when it is not out
ITEM_ENTITY = {"file": "archive_file", "certificate": "certificate"}   # the audit log's name for it
_PLACEHOLDER = re.compile(r"\{n(?::0?(\d+)d)?\}")


@dataclass
class ArchiveSettings:
    number_pattern: str = "鸿借字第{n:03d}号"
    review_days: int = 3          # 移交人 → 审核人, working days
    receive_days: int = 2         # 审核人 → 档案室, working days
    direct_positions: list[str] = field(default_factory=lambda: ["董事长", "总经理", "副总经理"])


def check_pattern(pattern: str) -> str:
    """The pattern if it has exactly one ``{n}`` or ``{n:03d}``, else a ValidationError."""
    pattern = pattern.strip()
    f = translate("Archive", "Archive number pattern")
    found = _PLACEHOLDER.findall(pattern)
    rest = _PLACEHOLDER.sub("", pattern)
    if len(found) != 1 or "{" in rest or "}" in rest:
        raise bad(f, translate("Archive", "must contain {n} or {n:03d} exactly once, e.g. 鸿借字第{n:03d}号"), "number_pattern")
    if len(pattern) > 40:
        raise bad(f, translate("Archive", "is longer than {n} characters").format(n=40), "number_pattern")
    return pattern


def format_number(pattern: str, n: int) -> str:
    return _PLACEHOLDER.sub(lambda m: str(n).zfill(int(m[1] or 0)), pattern)


def parse_number(pattern: str, text: str) -> int | None:
    """The sequence number in ``text`` if it matches ``pattern`` (with its zero padding), else None."""
    m = _PLACEHOLDER.search(pattern)
    width = int(m[1] or 0)
    digits = rf"(\d{{{width},}})" if width else r"(\d+)"
    rx = re.escape(pattern[:m.start()]) + digits + re.escape(pattern[m.end():])
    hit = re.fullmatch(rx, text)
    if not hit:
        return None
    n = int(hit[1])
    if n < 1 or hit[1] != str(n).zfill(width):
        return None
    return n


def validate_settings(raw: dict) -> ArchiveSettings:
    pattern = check_pattern(str(raw.get("number_pattern", "")))
    review = need_int(raw.get("review_days"), translate("Archive", "Days for the reviewer"), key="review_days", minimum=0, maximum=60)
    receive = need_int(raw.get("receive_days"), translate("Archive", "Days for the archive"), key="receive_days", minimum=0, maximum=60)
    positions = raw.get("direct_positions", [])
    if isinstance(positions, str):
        positions = re.split(r"[,，、;；\n]+", positions)
    positions = [p.strip() for p in positions if p and p.strip()]
    for p in positions:
        need_text(p, translate("Archive", "Positions that borrow without approval"), key="direct_positions", max_len=20)
    return ArchiveSettings(pattern, review, receive, list(dict.fromkeys(positions)))


# ------------------------------------------------------------------ validation of records
def validate_items(items, field_label: str) -> list[dict]:
    """An item list (册内资料清单): each line a name and a page count of at least 1."""
    out = []
    for i, it in enumerate(items or [], start=1):
        name = need_text(it.get("name"), field_label, key="items")
        pages = str(it.get("pages", "")).strip()
        if not pages.isascii() or not pages.isdigit() or not 1 <= int(pages) <= 9999:
            raise bad(field_label, translate("Archive", "line {n} ({name}): the page count is a whole number from 1 to 9999").format(
                n=i, name=name), "items")
        out.append({"name": name, "pages": int(pages)})
    return out


def validate_file(fields: dict, settings: ArchiveSettings, existing: ArchiveFile | None = None) -> dict:
    """A file's fields, checked. An ``existing`` file keeps its number even if the pattern has changed since."""
    v: dict = {}
    v["archive_no"] = need_text(fields.get("archive_no"), translate("Archive", "Archive number"), key="archive_no")
    keep = existing is not None and v["archive_no"] == existing.archive_no
    n = existing.seq if keep else parse_number(settings.number_pattern, v["archive_no"])
    if n is None and not keep:
        raise bad(translate("Archive", "Archive number"), translate("Archive", "does not follow the pattern {pattern} (e.g. {example})").format(
            pattern=settings.number_pattern, example=format_number(settings.number_pattern, 1)), "archive_no")
    v["seq"] = n
    if not fields.get("customer_id"):
        raise bad(translate("Archive", "Customer"), translate("Archive", "is required"), "customer_id")
    v["customer_id"] = int(fields["customer_id"])
    v["title"] = need_text(fields.get("title"), translate("Archive", "Title"), key="title")
    category = fields.get("category") or ""
    if category not in ARCHIVE_CATEGORIES:
        raise bad(translate("Archive", "Category"), translate("Archive", "is not one of the allowed values"), "category")
    v["category"] = category
    v["items"] = validate_items(fields.get("items"), translate("Archive", "Item list"))
    if not v["items"]:
        raise bad(translate("Archive", "Item list"), translate("Archive", "needs at least one item with its page count"), "items")
    v["extras"] = [need_text(x, translate("Archive", "Attachments"), key="extras") for x in (fields.get("extras") or []) if str(x).strip()]
    for k, lab in (("cabinet", translate("Archive", "Cabinet")), ("shelf", translate("Archive", "Shelf")), ("box", translate("Archive", "Box"))):
        v[k] = need_text(fields.get(k), lab, key=k, required=False, max_len=20)
    v["registered_on"] = need_date(fields.get("registered_on") or today(), translate("Archive", "Registered on"),
                                   key="registered_on", not_future=True)
    v["note"] = need_text(fields.get("note"), translate("Archive", "Note"), key="note", required=False, max_len=2000)
    return v


def validate_certificate(fields: dict) -> dict:
    v: dict = {}
    kind = fields.get("kind") or ""
    if kind not in CERTIFICATE_KINDS:
        raise bad(translate("Archive", "Certificate kind"), translate("Archive", "is not one of the allowed values"), "kind")
    v["kind"] = kind
    v["cert_no"] = need_text(fields.get("cert_no"), translate("Archive", "Certificate number"), key="cert_no", max_len=60)
    v["name"] = need_text(fields.get("name"), translate("Archive", "Certificate name"), key="name", required=False, max_len=60)
    v["holder"] = need_text(fields.get("holder"), translate("Archive", "Holder"), key="holder", max_len=60)
    v["quantity"] = need_int(fields.get("quantity"), translate("Archive", "Quantity"), key="quantity", minimum=1, maximum=999)
    v["safe_no"] = need_text(fields.get("safe_no"), translate("Archive", "Safe"), key="safe_no", required=False, max_len=20)
    v["position"] = need_text(fields.get("position"), translate("Archive", "Position in the safe"), key="position", required=False,
                              max_len=40)
    v["received_on"] = need_date(fields.get("received_on") or today(), translate("Archive", "Received on"), key="received_on",
                                 not_future=True)
    v["note"] = need_text(fields.get("note"), translate("Archive", "Note"), key="note", required=False, max_len=2000)
    return v


# ------------------------------------------------------------------ the service
class ArchiveService(Service):
    """Archive files and certificates, the numbering, and the archive room's settings."""

    def __init__(self, db):
        super().__init__(db)
        self.files = ArchiveFileRepo(db)
        self.certs = CertificateRepo(db)
        self.loans = LoanRepo(db)
        self.customers = CustomerRepo(db)
        self.meta = MetaRepo(db)

    # ------------------------------------------------------------ settings
    def settings(self) -> ArchiveSettings:
        return stored_settings(self.meta, _SETTINGS_KEY, ArchiveSettings)

    def set_settings(self, session: Session, raw: dict) -> ArchiveSettings:
        return store_settings(self, session, self.meta, _SETTINGS_KEY, validate_settings(raw), "settings.archive")

    # ------------------------------------------------------------ reading
    def customer_names(self, ids) -> dict[int, tuple[str, str]]:
        """customer id -> (code, name) for the ids given."""
        rows = self.customers.list_rows(sorted({i for i in ids if i}))
        return {cid: (r[1], r[2]) for cid, r in rows.items()}

    def list_files(self, session: Session, *, status: str = "", category: str = "", customer_id: int | None = None,
                   text: str = "") -> list[ArchiveFile]:
        self.require(session, "archive.read")
        clause, params = ["1=1"], []
        if status:
            clause.append("status = ?")
            params.append(status)
        if category:
            clause.append("category = ?")
            params.append(category)
        if customer_id:
            clause.append("customer_id = ?")
            params.append(customer_id)
        if text.strip():
            like = f"%{text.strip()}%"
            clause.append("(archive_no LIKE ? OR title LIKE ? OR customer_id IN "
                          "(SELECT id FROM customers WHERE name LIKE ? OR code LIKE ?))")
            params += [like, like, like, like]
        return self.files.where(" AND ".join(clause), params, order="coalesce(seq, 0), archive_no")

    def get_file(self, session: Session, file_id: int) -> ArchiveFile:
        self.require(session, "archive.read")
        f = self.files.get(file_id)
        if f is None:
            raise NotFound(translate("Archive", "No such archive file."))
        return f

    def file_by_number(self, session: Session, archive_no: str) -> ArchiveFile | None:
        self.require(session, "archive.read")
        return self.files.by_number(archive_no.strip())

    def next_number(self, pattern: str | None = None) -> str:
        """The number the next file gets (under ``pattern``, by default the one in the settings)."""
        return format_number(pattern or self.settings().number_pattern, self.files.max_seq() + 1)

    def file_count(self) -> int:
        return self.files.count()

    def last_number(self) -> str:
        """The archive number registered with the highest sequence ('' before the first file)."""
        last = self.files.where(order="coalesce(seq, 0) DESC, id DESC", limit=1)
        return last[0].archive_no if last else ""

    def gaps(self) -> list[str]:
        """Archive numbers skipped between 1 and the highest one registered (for the gap check)."""
        pattern = self.settings().number_pattern
        seqs = set(self.files.seqs())
        top = max(seqs, default=0)
        return [format_number(pattern, n) for n in range(1, top + 1) if n not in seqs]

    def list_certificates(self, session: Session, *, status: str = "", kind: str = "", text: str = "",
                          file_id: int | None = None) -> list[Certificate]:
        self.require(session, "archive.read")
        clause, params = ["1=1"], []
        if status:
            clause.append("status = ?")
            params.append(status)
        if kind:
            clause.append("kind = ?")
            params.append(kind)
        if file_id:
            clause.append("archive_file_id = ?")
            params.append(file_id)
        if text.strip():
            like = f"%{text.strip()}%"
            clause.append("(cert_no LIKE ? OR holder LIKE ? OR name LIKE ? OR archive_file_id IN "
                          "(SELECT id FROM archive_files WHERE archive_no LIKE ?))")
            params += [like, like, like, like]
        return self.certs.where(" AND ".join(clause), params,
                                order="(SELECT archive_no FROM archive_files a WHERE a.id = archive_file_id), id")

    def certificate_by_number(self, session: Session, cert_no: str) -> Certificate | None:
        self.require(session, "archive.read")
        return self.certs.by_number(cert_no.strip())

    def get_certificate(self, session: Session, cert_id: int) -> Certificate:
        self.require(session, "archive.read")
        c = self.certs.get(cert_id)
        if c is None:
            raise NotFound(translate("Archive", "No such certificate."))
        return c

    def archive_numbers(self, file_ids) -> dict[int, str]:
        ids = sorted({i for i in file_ids if i})
        if not ids:
            return {}
        return dict(self.db.query(
            f"SELECT id, archive_no FROM archive_files WHERE id IN ({', '.join('?' * len(ids))})", ids))

    # ------------------------------------------------------------ checks shared with handovers
    def _customer(self, customer_id: int):
        c = self.customers.get(customer_id)
        if c is None or c.status == "destroyed":
            raise bad(translate("Archive", "Customer"), translate("Archive", "no such customer"), "customer_id")
        return c

    def check_new_file(self, v: dict, *, allow_gap: bool, exclude_id: int | None = None) -> None:
        """Refuse a number already used; refuse a skipped number unless the user confirmed the gap."""
        other = self.files.by_number(v["archive_no"])
        if other is not None and other.id != exclude_id:
            raise bad(translate("Archive", "Archive number"), translate("Archive", "{number} is already registered").format(number=v["archive_no"]),
                      "archive_no")
        self._customer(v["customer_id"])
        top = self.files.max_seq()
        if not allow_gap and v["seq"] > top + 1 and exclude_id is None:
            pattern = self.settings().number_pattern
            raise GapNeedsConfirmation(
                translate("Archive", "{number} skips {missing}: the next number is {next}. Register it anyway?").format(
                    number=v["archive_no"], next=format_number(pattern, top + 1),
                    missing=", ".join(format_number(pattern, n) for n in range(top + 1, min(v["seq"], top + 6)))
                    + ("…" if v["seq"] > top + 6 else "")))

    def check_new_certificate(self, v: dict, exclude_id: int | None = None) -> None:
        other = self.certs.by_number(v["cert_no"])
        if other is not None and other.id != exclude_id:
            raise bad(translate("Archive", "Certificate number"), translate("Archive", "{number} is already registered").format(number=v["cert_no"]),
                      "cert_no")

    def insert_file(self, session: Session, v: dict, handover_id: int | None = None) -> ArchiveFile:
        ts = now_iso()
        f = ArchiveFile(**v, handover_id=handover_id, created_at=ts, created_by=session.user_id, updated_at=ts,
                        updated_by=session.user_id)
        self.files.insert(f)
        self.audit(session, "archive_file.register", "archive_file", f.id, summary=f.archive_no, after=v)
        return f

    def insert_certificate(self, session: Session, v: dict, file: ArchiveFile,
                           handover_id: int | None = None) -> Certificate:
        ts = now_iso()
        c = Certificate(**v, customer_id=file.customer_id, archive_file_id=file.id, handover_id=handover_id,
                        created_at=ts, created_by=session.user_id, updated_at=ts, updated_by=session.user_id)
        self.certs.insert(c)
        self.audit(session, "certificate.register", "certificate", c.id, summary=f"{file.archive_no} {c.cert_no}",
                   after={**v, "archive_no": file.archive_no})
        return c

    # ------------------------------------------------------------ archive files
    def register_file(self, session: Session, fields: dict, *, allow_gap: bool = False) -> ArchiveFile:
        self.require(session, "archive.write")
        v = validate_file(fields, self.settings())
        with self.db.transaction():
            self.check_new_file(v, allow_gap=allow_gap)
            return self.insert_file(session, v)

    def update_file(self, session: Session, file_id: int, fields: dict) -> ArchiveFile:
        self.require(session, "archive.write")
        with self.db.transaction():
            f = self.get_file(session, file_id)
            if f.status == "destroyed":
                raise KeDangError(translate("Archive", "A destroyed archive file cannot be changed."))
            v = validate_file({**asdict(f), **fields}, self.settings(), existing=f)
            self.check_new_file(v, allow_gap=True, exclude_id=f.id)
            before = {k: getattr(f, k) for k in v}
            for k, value in v.items():
                setattr(f, k, value)
            f.updated_at, f.updated_by = now_iso(), session.user_id
            self.files.update(f)
            if before["customer_id"] != f.customer_id:
                self.db.execute("UPDATE certificates SET customer_id = ? WHERE archive_file_id = ?",
                                (f.customer_id, f.id))
            b, a = diff(before, v)
            self.audit(session, "archive_file.update", "archive_file", f.id, summary=f.archive_no, before=b, after=a)
            return f

    def destroy_file(self, session: Session, file_id: int, reason: str) -> ArchiveFile:
        """Mark a file destroyed (manager only). Refused while it, or a certificate of it, is out."""
        self.require(session, "archive.destroy")
        reason = need_text(reason, translate("Archive", "Reason"), key="reason", max_len=500)
        with self.db.transaction():
            f = self.get_file(session, file_id)
            if f.status == "destroyed":
                raise KeDangError(translate("Archive", "{number} is already destroyed.").format(number=f.archive_no))
            self._refuse_if_lent("file", f.id, f.archive_no)
            for c in self.certs.for_file(f.id):
                if c.status in ("in_safe", "on_loan"):
                    raise KeDangError(translate("Archive",
                        "{number} cannot be destroyed: its certificate {cert} is still held. Return it to the "
                        "customer or cancel it first.").format(number=f.archive_no, cert=c.cert_no))
            before = f.status
            self.set_item_status(session, "file", f, "destroyed", reason)
            self.audit(session, "archive_file.destroy", "archive_file", f.id, summary=f.archive_no,
                       before={"status": before}, after={"status": "destroyed", "reason": reason})
            return f

    # ------------------------------------------------------------ one item, file or certificate
    def item(self, session: Session, item_type: str, item_id: int) -> tuple[ArchiveFile | Certificate, str]:
        """(the file or certificate, its number) that loans and handovers move about."""
        if item_type == "file":
            f = self.get_file(session, item_id)
            return f, f.archive_no
        if item_type == "certificate":
            c = self.get_certificate(session, item_id)
            return c, c.cert_no
        raise bad(translate("Archive", "Item"), translate("Archive", "is not one of the allowed values"), "item_type")

    def set_item_status(self, session: Session, item_type: str, rec, status: str, note: str | None = None) -> None:
        """Give a file or certificate a new status (and status note); the caller audits why."""
        rec.status = status
        if note is not None:
            rec.status_note = note
        rec.updated_at, rec.updated_by = now_iso(), session.user_id
        (self.files if item_type == "file" else self.certs).update(rec)

    def _refuse_if_lent(self, item_type: str, item_id: int, number: str) -> None:
        loan = self.loans.active_for(item_type, item_id)
        if loan is not None:
            raise KeDangError(translate("Archive", "{number} has an open loan ({loan}, {status}): finish it first.").format(
                number=number, loan=loan.loan_no, status=loan_status_label(loan.status)))

    # ------------------------------------------------------------ certificates
    def register_certificate(self, session: Session, file_id: int, fields: dict) -> Certificate:
        self.require(session, "archive.write")
        v = validate_certificate(fields)
        with self.db.transaction():
            f = self.get_file(session, file_id)
            if f.status in ("destroyed", "transferred"):
                raise KeDangError(translate("Archive", "{number} is {status}: no certificate can be registered under it.").format(
                    number=f.archive_no, status=label(f.status)))
            self.check_new_certificate(v)
            return self.insert_certificate(session, v, f)

    def update_certificate(self, session: Session, cert_id: int, fields: dict) -> Certificate:
        self.require(session, "archive.write")
        with self.db.transaction():
            c = self.get_certificate(session, cert_id)
            if c.status == "cancelled":
                raise KeDangError(translate("Archive", "A cancelled certificate cannot be changed."))
            v = validate_certificate({**asdict(c), **fields})
            self.check_new_certificate(v, exclude_id=c.id)
            before = {k: getattr(c, k) for k in v}
            for k, value in v.items():
                setattr(c, k, value)
            c.updated_at, c.updated_by = now_iso(), session.user_id
            self.certs.update(c)
            b, a = diff(before, v)
            self.audit(session, "certificate.update", "certificate", c.id, summary=c.cert_no, before=b, after=a)
            return c

    def cancel_certificate(self, session: Session, cert_id: int, reason: str) -> Certificate:
        """Mark a certificate cancelled (注销), e.g. after the mortgage is released. Refused while lent."""
        self.require(session, "archive.write")
        reason = need_text(reason, translate("Archive", "Reason"), key="reason", max_len=500)
        with self.db.transaction():
            c = self.get_certificate(session, cert_id)
            if c.status not in ("in_safe",):
                raise KeDangError(translate("Archive", "{number} is {status}: only a certificate in the safe can be cancelled.").format(
                    number=c.cert_no, status=label(c.status)))
            self._refuse_if_lent("certificate", c.id, c.cert_no)
            self.set_item_status(session, "certificate", c, "cancelled", reason)
            self.audit(session, "certificate.cancel", "certificate", c.id, summary=c.cert_no,
                       before={"status": "in_safe"}, after={"status": "cancelled", "reason": reason})
            return c


class GapNeedsConfirmation(KeDangError):
    """The archive number skips numbers: the user must confirm (``allow_gap=True``)."""
