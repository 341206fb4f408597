"""Customers and their contacts: validation, codes, search, masking, audit."""
from __future__ import annotations

import datetime as _dt
import difflib
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from app.errors import KeDangError, NotFound
from app.i18n import translate
from app.models.database import now_iso
from app.models.dossier import CustomFieldRepo
from app.models.records import (
    CLOSED_STATUSES, CONTACT_ROLES, CUSTOMER_KINDS, CUSTOMER_LEVELS, CUSTOMER_STATUSES, Contact, CustomField, Customer,
    CustomerQuery,
)
from app.models.repositories import ContactRepo, CustomerRepo, MetaRepo
from app.pinyin import pinyin_keys
from app.session import Service, Session, diff
from app.validation import (
    ValidationError, id_number_problem, mask_id_number, mask_phone, normalize_phone, parse_date, phone_problem,
    uscc_problem,
)

MAX_LINE = 200
MAX_NOTE = 20000
CODE_PREFIX = "KH"
MAX_TAGS = 20
MAX_TAG = 20


def field_label(key: str) -> str:
    return {
        "code": translate("Customer", "Customer code"),
        "name": translate("Customer", "Name"),
        "kind": translate("Customer", "Type"),
        "level": translate("Customer", "Level"),
        "status": translate("Customer", "Status"),
        "id_number": translate("Customer", "ID number"),
        "phone": translate("Customer", "Phone"),
        "unit": translate("Customer", "Unit / room"),
        "address": translate("Customer", "Address"),
        "company": translate("Customer", "Company"),
        "note": translate("Customer", "Note"),
        "updated_at": translate("Customer", "Updated"),
        "tags": translate("Customer", "Tags"),
        "status_date": translate("Customer", "Status since"),
        "role": translate("Contact", "Contact type"),
        "relation": translate("Contact", "Relation"),
    }.get(key, key)


def kind_label(kind: str) -> str:
    return {"person": translate("Customer", "Person"), "company": translate("Customer", "Company")}.get(kind, kind)


def level_label(level: str) -> str:
    return {"key": translate("Customer", "Key"), "normal": translate("Customer", "Normal"),
            "potential": translate("Customer", "Potential")}.get(level, level)


def status_label(status: str) -> str:
    return {"active": translate("Customer", "Active"), "moved_out": translate("Customer", "Moved out"),
            "archived": translate("Customer", "Archived"), "destroyed": translate("Customer", "Destroyed")}.get(status, status)


def contact_role_label(role: str) -> str:
    return {"main": translate("Contact", "Main contact"), "daily": translate("Contact", "Daily contact"),
            "emergency": translate("Contact", "Emergency contact")}.get(role, role)


class DuplicateWarning(KeDangError):
    """The ID number or phone is already on file; the caller asks the user and may save anyway."""

    def __init__(self, matches: list[tuple[str, str, str]]):
        self.matches = matches  # (field label, code, name)
        lines = [translate("Customer", "{field} already belongs to {code} {name}").format(field=f, code=c, name=n)
                 for f, c, n in matches]
        super().__init__("; ".join(lines))


def _single_line(fields: dict, key: str, *, required: bool = False, limit: int = MAX_LINE) -> str:
    value = fields.get(key)
    value = "" if value is None else str(value)
    value = " ".join(value.split())  # one line: no tabs or newlines, single spaces
    if required and not value:
        raise ValidationError(field_label(key), translate("Validation", "is required"), key=key)
    if len(value) > limit:
        raise ValidationError(field_label(key), translate("Validation", "at most {n} characters").format(n=limit), key=key)
    return value


def _choice(fields: dict, key: str, choices: Sequence[str], default: str) -> str:
    value = fields.get(key) or default
    if value not in choices:
        raise ValidationError(field_label(key), translate("Validation", "is not one of the allowed values"), key=key)
    return value


def split_tags(value) -> list[str]:
    """Tags as typed ('VIP，欠费 老客户') or as a list -> unique tags in the order given."""
    if isinstance(value, str):
        for sep in ",，;；、":
            value = value.replace(sep, " ")
        value = value.split()
    out: list[str] = []
    for tag in value or ():
        tag = " ".join(str(tag).split())
        if tag and tag not in out:
            out.append(tag)
    return out


def _validate_tags(value) -> list[str]:
    tags = split_tags(value)
    label = field_label("tags")
    if len(tags) > MAX_TAGS:
        raise ValidationError(label, translate("Validation", "at most {n} tags").format(n=MAX_TAGS), key="tags")
    for tag in tags:
        if len(tag) > MAX_TAG:
            raise ValidationError(label, translate("Validation", "a tag has at most {n} characters").format(n=MAX_TAG),
                                  key="tags")
    return tags


def custom_value_problem(definition: CustomField, text: str) -> tuple[str, str | None]:
    """(normalised value, None) or (text, the rule it breaks) for one custom field."""
    text = " ".join(str(text).split())
    if not text:
        return "", None
    if definition.type == "text":
        return (text, None) if len(text) <= MAX_LINE else (text, translate("Validation", "at most {n} characters").format(n=MAX_LINE))
    if definition.type == "number":
        from decimal import Decimal, InvalidOperation

        try:
            number = Decimal(text.replace(",", ""))
        except InvalidOperation:
            return text, translate("Validation", "is not a number")
        if not number.is_finite() or abs(number) >= Decimal(10) ** 15:
            return text, translate("Validation", "is not a number")
        return format(number.normalize(), "f"), None
    if definition.type == "date":
        d = parse_date(text)
        return (d.isoformat(), None) if d else (text, translate("Validation", "is not a real date in the form YYYY-MM-DD"))
    return (text, None) if text in definition.choices else (text, translate("Validation", "is not one of the allowed values"))


def _validate_extra(value: dict | None, kind: str, definitions: Sequence[CustomField]) -> dict[str, str]:
    extra = {str(k): v for k, v in (value or {}).items()}
    out: dict[str, str] = {}
    applying = {str(d.id): d for d in definitions if d.applies_to(kind)}
    for key, raw in extra.items():
        d = applying.get(key)
        if d is None:  # a retired field or one of the other customer type: kept as it was
            if raw not in (None, ""):
                out[key] = str(raw)
            continue
        clean, problem = custom_value_problem(d, "" if raw is None else str(raw))
        if problem:
            raise ValidationError(d.label, problem, key=f"extra:{key}")
        if clean:
            out[key] = clean
    return out


def validate_customer(fields: dict, custom_fields: Sequence[CustomField] = ()) -> dict:
    """Normalised editable fields, or ``ValidationError`` naming the first bad field and its rule."""
    out = {
        "name": _single_line(fields, "name", required=True, limit=100),
        "kind": _choice(fields, "kind", CUSTOMER_KINDS, "person"),
        "level": _choice(fields, "level", CUSTOMER_LEVELS, "normal"),
        "status": _choice(fields, "status", CUSTOMER_STATUSES[:3], "active"),
    }
    id_number = "".join(str(fields.get("id_number") or "").split()).upper()  # typed in groups is fine
    if len(id_number) > 18:
        raise ValidationError(field_label("id_number"), translate("Validation", "at most {n} characters").format(n=18),
                              key="id_number")
    if id_number:
        problem = id_number_problem(id_number) if out["kind"] == "person" else uscc_problem(id_number)
        if problem:
            label = field_label("id_number") if out["kind"] == "person" else translate("Customer", "Unified social credit code")
            raise ValidationError(label, problem, key="id_number")
    out["id_number"] = id_number
    phone = normalize_phone(_single_line(fields, "phone", required=True, limit=30))
    problem = phone_problem(phone)
    if problem:
        raise ValidationError(field_label("phone"), problem, key="phone")
    out["phone"] = phone
    for key in ("unit", "address", "company"):
        out[key] = _single_line(fields, key)
    note = fields.get("note") or ""
    if len(note) > MAX_NOTE:
        raise ValidationError(field_label("note"), translate("Validation", "at most {n} characters").format(n=MAX_NOTE), key="note")
    out["note"] = note  # kept exactly as typed
    out["tags"] = _validate_tags(fields.get("tags"))
    out["extra"] = _validate_extra(fields.get("extra"), out["kind"], custom_fields)
    return out


def validate_contact(fields: dict) -> dict:
    out = {
        "role": _choice(fields, "role", CONTACT_ROLES, "main"),
        "name": _single_line(fields, "name", required=True, limit=100),
        "relation": _single_line(fields, "relation", limit=50),
        "note": _single_line(fields, "note", limit=MAX_LINE),
    }
    phone = normalize_phone(_single_line(fields, "phone", required=True, limit=30))
    problem = phone_problem(phone)
    if problem:
        raise ValidationError(field_label("phone"), problem, key="phone")
    out["phone"] = phone
    return out


def customer_for_write(repo: CustomerRepo, session: Session, customer_id: int) -> Customer:
    """The customer, if ``session`` may change its dossier: never a destroyed one, and a moved-out or
    archived one only with ``dossier.edit_closed`` (record keepers and managers, not clerks)."""
    c = repo.get(customer_id)
    if c is None:
        raise NotFound(translate("Customer", "No such customer."))
    if c.status == "destroyed":
        raise KeDangError(translate("Customer", "A destroyed record cannot be changed."))
    if c.status in CLOSED_STATUSES and not session.may("dossier.edit_closed"):
        raise KeDangError(translate(
            "Customer", "The dossier of {code} is closed ({status}): only a record keeper or a manager may change it.").format(
            code=c.code, status=status_label(c.status)))
    return c


def dossier_open_to(session: Session, customer: Customer) -> bool:
    """Whether ``session`` may change this customer's dossier at all (the UI greys out what it may not)."""
    if customer.status == "destroyed":
        return False
    return customer.status not in CLOSED_STATUSES or session.may("dossier.edit_closed")


@dataclass
class DuplicatePair:
    reason: str      # id_number, phone, name_address, unit_name
    a: int
    b: int
    score: float = 1.0

    def reason_text(self) -> str:
        return {
            "id_number": translate("Customer", "Same ID number / credit code"),
            "phone": translate("Customer", "Same phone"),
            "name_address": translate("Customer", "Same name, similar address"),
            "unit_name": translate("Customer", "Same unit, similar name"),
        }.get(self.reason, self.reason)


def _plain(text: str) -> str:
    """For comparing names and addresses: full-width to half-width, no spaces or punctuation, lower case."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return "".join(ch for ch in text if ch.isalnum())


def similarity(a: str, b: str) -> float:
    a, b = _plain(a), _plain(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b).ratio()


SIMILAR = 0.8
MAX_GROUP = 200  # a very common name is compared within its first 200 holders only


class CustomerService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.repo = CustomerRepo(db)
        self.contacts = ContactRepo(db)
        self.meta = MetaRepo(db)
        self.fields = CustomFieldRepo(db)

    # ------------------------------------------------------------ reading
    def search(self, session: Session, query: CustomerQuery) -> list[int]:
        self.require(session, "customer.read")
        return self.repo.search_ids(query)

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple]:
        """List columns for ``ids`` (see ``CustomerRepo.LIST_COLS``), masked for the session's role."""
        self.require(session, "customer.read")
        rows = self.repo.list_rows(ids)
        if session.may("pii.view"):
            return rows
        out = {}
        for cid, r in rows.items():
            r = list(r)
            r[5] = mask_phone(r[5])
            r[6] = mask_id_number(r[6])
            out[cid] = tuple(r)
        return out

    def get(self, session: Session, customer_id: int) -> Customer:
        self.require(session, "customer.read")
        c = self.repo.get(customer_id)
        if c is None:
            raise NotFound(translate("Customer", "No such customer."))
        if not session.may("pii.view"):
            c.id_number = mask_id_number(c.id_number)
            c.phone = mask_phone(c.phone)
        return c

    def reveal(self, session: Session, customer_id: int, field: str, reason: str) -> str:
        """The full ID number or phone of one customer for a user who sees them masked, with the reason why
        (audited; the number itself is not written to the log)."""
        self.require(session, "pii.reveal")
        if field not in ("id_number", "phone"):
            raise KeDangError(translate("Customer", "Only the ID number and the phone can be revealed."))
        why = " ".join((reason or "").split())
        label = translate("Customer", "Reason")
        if len(why) < 2:
            raise ValidationError(label, translate("Validation", "is required"), key="reason")
        if len(why) > MAX_LINE:
            raise ValidationError(label, translate("Validation", "at most {n} characters").format(n=MAX_LINE), key="reason")
        c = self.repo.get(customer_id)
        if c is None:
            raise NotFound(translate("Customer", "No such customer."))
        with self.db.transaction():
            self.audit(session, "pii.reveal", "customer", c.id, summary=c.code, field=field, reason=why)
        return getattr(c, field)

    def record_view(self, session: Session, customer_id: int) -> None:
        """A user opened the dossier (PIPL: who looked at whose personal information, and when)."""
        self.require(session, "customer.read")
        code = self.db.scalar("SELECT code FROM customers WHERE id = ?", (customer_id,))
        if code is None:
            raise NotFound(translate("Customer", "No such customer."))
        with self.db.transaction():
            self.audit(session, "customer.view", "customer", customer_id, summary=code)

    def by_code(self, session: Session, code: str) -> Customer:
        self.require(session, "customer.read")
        c = self.repo.by_code(code.strip().upper())
        if c is None:
            raise NotFound(translate("Customer", "No customer has the code {code}.").format(code=code))
        return self.get(session, c.id)

    def count(self) -> int:
        return self.repo.count()

    def duplicates(self, fields: dict, exclude_id: int | None = None) -> list[tuple[str, str, str]]:
        """(field label, code, name) of other customers with the same ID number or phone."""
        out = []
        for key in ("id_number", "phone"):
            value = fields.get(key)
            if value:
                out += [(field_label(key), code, name) for _id, code, name in self.repo.ids_with(key, value, exclude_id)]
        return out

    # ------------------------------------------------------------ writing
    def _new_code(self) -> str:
        while True:
            code = f"{CODE_PREFIX}{self.meta.next_sequence('customer'):06d}"
            if not self.repo.code_exists(code):
                return code

    def create(self, session: Session, fields: dict, *, allow_duplicates: bool = False,
               contacts: Iterable[dict] = ()) -> Customer:
        self.require(session, "customer.create")
        clean = validate_customer(fields, self.fields.all())
        clean_contacts = [validate_contact(c) for c in contacts]
        if not allow_duplicates:
            matches = self.duplicates(clean)
            if matches:
                raise DuplicateWarning(matches)
        initials, full = pinyin_keys(clean["name"])
        ts = now_iso()
        with self.db.transaction():
            c = Customer(code=self._new_code(), pinyin=initials, created_at=ts, updated_at=ts,
                         created_by=session.user_id, updated_by=session.user_id, **clean)
            if c.status != "active":
                c.status_date = ts[:10]
            self.repo.insert(c, full)
            for cf in clean_contacts:
                self.contacts.insert(Contact(customer_id=c.id, **cf))
            from app.entries import EntryService  # entries build on customers, not the other way round

            planned = EntryService(self.db).follow_ups_for(session, c, "customer_created", ts[:10])
            self.audit(session, "customer.create", "customer", c.id, summary=c.code,
                       after={"code": c.code, **clean}, contacts=len(clean_contacts),
                       planned_visits=[v.id for v in planned])
        return c

    def update(self, session: Session, customer_id: int, fields: dict, *, allow_duplicates: bool = False) -> Customer:
        self.require(session, "customer.update")
        current = customer_for_write(self.repo, session, customer_id)
        clean = validate_customer({**current.editable_dict(), **fields}, self.fields.all())
        if not allow_duplicates:
            changed = {k: clean[k] for k in ("id_number", "phone") if clean[k] != getattr(current, k)}
            matches = self.duplicates(changed, exclude_id=customer_id)
            if matches:
                raise DuplicateWarning(matches)
        before_all = current.editable_dict()
        before, after = diff(before_all, clean)
        if not after:
            return current
        initials, full = pinyin_keys(clean["name"])
        ts = now_iso()
        with self.db.transaction():
            for k, v in clean.items():
                setattr(current, k, v)
            if "status" in after:
                current.status_date = ts[:10]
            current.pinyin = initials
            current.updated_at = ts
            current.updated_by = session.user_id
            self.repo.update(current, full)
            self.audit(session, "customer.update", "customer", customer_id, summary=current.code,
                       before=before, after=after)
        return current

    def bulk_create(self, session: Session, records: Iterable[dict], *, action: str = "customer.bulk_create",
                    source: str = "", progress=None) -> int:
        """Validate all, then add all in one transaction with one audit event (demo data, imports)."""
        self.require(session, "customer.bulk_create")
        prepared: list[tuple[Customer, str]] = []
        contact_lists: list[list[dict]] = []
        definitions = self.fields.all()
        ts = now_iso()
        for n, rec in enumerate(records, 1):
            try:
                clean = validate_customer(rec, definitions)
                contact_lists.append([validate_contact(c) for c in rec.get("contacts", ())])
            except ValidationError as exc:
                raise ValidationError(exc.field, translate("Validation", "record {n}: {rule}").format(n=n, rule=exc.rule),
                                      key=exc.key) from None
            prepared.append(self.new_record(session, clean, ts))
            if progress and n % 5000 == 0:
                progress(n)
        with self.db.transaction():
            self.insert_new(prepared, contact_lists)
            self.audit(session, action, "customer", "", summary=source or str(len(prepared)), count=len(prepared),
                       first_code=prepared[0][0].code if prepared else "", last_code=prepared[-1][0].code if prepared else "")
        return len(prepared)

    @staticmethod
    def new_record(session: Session, clean: dict, ts: str) -> tuple[Customer, str]:
        """A new customer (no code yet) from ``validate_customer``'s fields, and its full pinyin."""
        initials, full = pinyin_keys(clean["name"])
        return (Customer(pinyin=initials, created_at=ts, updated_at=ts, created_by=session.user_id,
                         updated_by=session.user_id, status_date=None if clean["status"] == "active" else ts[:10],
                         **clean), full)

    def insert_new(self, prepared: Sequence[tuple[Customer, str]], contact_lists: Sequence[Sequence[dict]]) -> None:
        """Give ``prepared`` (from ``new_record``) the next customer codes in one run and insert them with
        their validated contacts. No role check and no audit: call it inside the caller's transaction,
        after its own check (``bulk_create``, the import in ``app.importing``)."""
        if not prepared:
            return
        first = self.meta.next_sequence("customer")
        for offset, (c, _full) in enumerate(prepared):
            c.code = f"{CODE_PREFIX}{first + offset:06d}"
        self.meta.set("seq:customer", str(first + len(prepared) - 1))
        clash = self.db.scalar("SELECT count(*) FROM customers WHERE code >= ? AND code <= ?",
                               (prepared[0][0].code, prepared[-1][0].code))
        if clash:
            raise KeDangError(translate("Customer", "Customer codes are out of step; nothing was added."))
        self.repo.insert_many(prepared)
        self.contacts.insert_many(
            Contact(customer_id=c.id, **cf) for (c, _f), cl in zip(prepared, contact_lists) for cf in cl)

    # ------------------------------------------------------------ contacts
    def list_contacts(self, session: Session, customer_id: int) -> list[Contact]:
        self.require(session, "customer.read")
        contacts = self.contacts.for_customer(customer_id)
        if not session.may("pii.view"):
            for c in contacts:
                c.phone = mask_phone(c.phone)
        return contacts

    def _customer_for_write(self, session: Session, customer_id: int) -> Customer:
        return customer_for_write(self.repo, session, customer_id)

    def add_contact(self, session: Session, customer_id: int, fields: dict) -> Contact:
        self.require(session, "contact.write")
        customer = self._customer_for_write(session, customer_id)
        clean = validate_contact(fields)
        with self.db.transaction():
            contact = Contact(customer_id=customer_id, **clean)
            self.contacts.insert(contact)
            self.audit(session, "contact.create", "customer", customer_id, summary=customer.code,
                       after={"contact_id": contact.id, **clean})
        return contact

    def update_contact(self, session: Session, contact_id: int, fields: dict) -> Contact:
        self.require(session, "contact.write")
        contact = self.contacts.get(contact_id)
        if contact is None:
            raise NotFound(translate("Contact", "No such contact."))
        customer = self._customer_for_write(session, contact.customer_id)
        clean = validate_contact({**contact.editable_dict(), **fields})
        before, after = diff(contact.editable_dict(), clean)
        if not after:
            return contact
        with self.db.transaction():
            for k, v in clean.items():
                setattr(contact, k, v)
            self.contacts.update(contact)
            self.audit(session, "contact.update", "customer", customer.id, summary=customer.code,
                       before=before, after=after, contact_id=contact_id)
        return contact

    def delete_contact(self, session: Session, contact_id: int) -> None:
        self.require(session, "contact.write")
        contact = self.contacts.get(contact_id)
        if contact is None:
            raise NotFound(translate("Contact", "No such contact."))
        customer = self._customer_for_write(session, contact.customer_id)
        with self.db.transaction():
            self.contacts.delete(contact_id)
            self.audit(session, "contact.delete", "customer", customer.id, summary=customer.code,
                       before={"contact_id": contact_id, **contact.editable_dict()})

    # ------------------------------------------------------------ moving out
    def move_out(self, session: Session, customer_id: int, date_text: str, note: str = "") -> Customer:
        """The tenant moved out (退租) on ``date_text``: the dossier stays, closed for clerks."""
        self.require(session, "customer.update")
        c = customer_for_write(self.repo, session, customer_id)
        label = translate("Customer", "Move-out date")
        d = parse_date(date_text or "")
        if d is None:
            raise ValidationError(label, translate("Validation", "is not a real date in the form YYYY-MM-DD"), key="date")
        if d > _dt.date.today():
            raise ValidationError(label, translate("Validation", "may not be in the future"), key="date")
        if c.status != "active":
            raise KeDangError(translate("Customer", "{code} is not an active customer ({status}).").format(
                code=c.code, status=status_label(c.status)))
        units = self.repo.current_units(c.id)
        if units:  # the property desk's move-out ends the occupancy, then closes the dossier
            raise KeDangError(translate("Customer", "{code} still occupies {units}: record the move-out on the property "
                                                    "desk (Property → the unit's dossier).").format(
                code=c.code, units="、".join(units)))
        note = " ".join((note or "").split())[:MAX_LINE]
        return self._set_status(session, c, "moved_out", d.isoformat(), "customer.move_out", note=note)

    def reinstate(self, session: Session, customer_id: int) -> Customer:
        """Back to active (a moved-out customer returns, or was moved out by mistake)."""
        self.require(session, "dossier.edit_closed")
        c = customer_for_write(self.repo, session, customer_id)
        if c.status == "active":
            return c
        return self._set_status(session, c, "active", _dt.date.today().isoformat(), "customer.reinstate")

    def _set_status(self, session: Session, c: Customer, status: str, date: str, action: str, **extra) -> Customer:
        before = {"status": c.status, "status_date": c.status_date}
        _initials, full = pinyin_keys(c.name)
        with self.db.transaction():
            c.status, c.status_date = status, date
            c.updated_at, c.updated_by = now_iso(), session.user_id
            self.repo.update(c, full)
            self.audit(session, action, "customer", c.id, summary=c.code, before=before,
                       after={"status": status, "status_date": date}, **extra)
        return c

    # ------------------------------------------------------------ duplicates and merging
    def find_duplicates(self, session: Session) -> list[DuplicatePair]:
        """Likely duplicates: same ID number or credit code, same phone, same name with a similar
        address, or the same unit with a similar name. Each pair once, the strongest reason first."""
        self.require(session, "customer.read")
        pairs: dict[tuple[int, int], DuplicatePair] = {}

        def add(reason: str, a: int, b: int, score: float = 1.0) -> None:
            key = (min(a, b), max(a, b))
            if key not in pairs:
                pairs[key] = DuplicatePair(reason, key[0], key[1], round(score, 2))

        for column in ("id_number", "phone"):
            for group in self.repo.groups_sharing(column):
                group = sorted(group)[:MAX_GROUP]
                for i, a in enumerate(group):
                    for b in group[i + 1:]:
                        add(column, a, b)
        for column, other, reason in (("name", 8, "name_address"), ("unit", 2, "unit_name")):
            for group in self.repo.groups_sharing(column):
                group = sorted(group)[:MAX_GROUP]
                rows = self.repo.list_rows(group)
                for i, a in enumerate(group):
                    for b in group[i + 1:]:
                        score = similarity(rows[a][other], rows[b][other])
                        if score >= SIMILAR:
                            add(reason, a, b, score)
        order = ("id_number", "phone", "name_address", "unit_name")
        return sorted(pairs.values(), key=lambda p: (order.index(p.reason), -p.score, p.a, p.b))

    @staticmethod
    def merged_fields(keep: Customer, drop: Customer) -> dict:
        """The kept customer's fields after a merge: its own values win; empty ones are filled from
        the other customer; tags and custom values are joined; both notes are kept."""
        out = keep.editable_dict()
        for key in ("id_number", "phone", "unit", "address", "company"):
            if not out[key] and getattr(drop, key):
                out[key] = getattr(drop, key)
        out["tags"] = split_tags([*keep.tags, *drop.tags])[:MAX_TAGS]
        out["extra"] = {**drop.extra, **keep.extra}
        if drop.note.strip() and drop.note.strip() not in keep.note:
            joined = (keep.note.rstrip() + "\n" if keep.note.strip() else "") + f"[{drop.code}] " + drop.note.strip()
            out["note"] = joined[:MAX_NOTE]
        return out

    def merge_preview(self, session: Session, keep_id: int, drop_id: int) -> tuple[dict, dict[str, int]]:
        """(the kept customer's fields after the merge, rows to move per table)."""
        self.require(session, "customer.merge")
        keep, drop = self._merge_pair(session, keep_id, drop_id)
        counts = {t: int(self.db.scalar(f'SELECT count(*) FROM "{t}" WHERE customer_id = ?', (drop_id,)))
                  for t in self.repo.referencing_tables()}
        return self.merged_fields(keep, drop), {t: n for t, n in counts.items() if n}

    def _merge_pair(self, session: Session, keep_id: int, drop_id: int) -> tuple[Customer, Customer]:
        if keep_id == drop_id:
            raise KeDangError(translate("Customer", "A customer cannot be merged with itself."))
        keep = customer_for_write(self.repo, session, keep_id)
        drop = customer_for_write(self.repo, session, drop_id)
        return keep, drop

    def merge(self, session: Session, keep_id: int, drop_id: int) -> Customer:
        """Move everything of ``drop`` (entries, contacts, attachments, …) to ``keep`` and remove
        ``drop``; the audit event keeps the removed customer's record."""
        self.require(session, "customer.merge")
        keep, drop = self._merge_pair(session, keep_id, drop_id)
        fields = self.merged_fields(keep, drop)
        before, after = diff(keep.editable_dict(), fields)
        initials, full = pinyin_keys(fields["name"])
        with self.db.transaction():
            moved = self.repo.move_rows(drop.id, keep.id)
            self.repo.delete(drop.id)
            for k, v in fields.items():
                setattr(keep, k, v)
            keep.pinyin = initials
            keep.updated_at, keep.updated_by = now_iso(), session.user_id
            self.repo.update(keep, full)
            self.audit(session, "customer.merge", "customer", keep.id, summary=f"{drop.code} → {keep.code}",
                       before=before, after=after, merged_id=drop.id, merged_code=drop.code,
                       merged_record={"code": drop.code, "status": drop.status, **drop.editable_dict()},
                       moved=moved)
        return keep
