"""Customers and their contacts: validation, codes, search, masking, audit."""
from __future__ import annotations

from typing import Iterable, Sequence

from app.errors import KeDangError, NotFound
from app.i18n import translate
from app.models.database import now_iso
from app.models.records import (
    CONTACT_ROLES, CUSTOMER_KINDS, CUSTOMER_LEVELS, CUSTOMER_STATUSES, Contact, Customer, CustomerQuery,
)
from app.models.repositories import ContactRepo, CustomerRepo, MetaRepo
from app.pinyin import pinyin_keys
from app.session import Service, Session, diff
from app.validation import (
    ValidationError, id_number_problem, mask_id_number, mask_phone, normalize_phone, phone_problem,
    uscc_problem,
)

MAX_LINE = 200
MAX_NOTE = 20000
CODE_PREFIX = "KH"


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


def validate_customer(fields: dict) -> dict:
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


class CustomerService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.repo = CustomerRepo(db)
        self.contacts = ContactRepo(db)
        self.meta = MetaRepo(db)

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
        clean = validate_customer(fields)
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
            self.audit(session, "customer.create", "customer", c.id, summary=c.code,
                       after={"code": c.code, **clean}, contacts=len(clean_contacts))
        return c

    def update(self, session: Session, customer_id: int, fields: dict, *, allow_duplicates: bool = False) -> Customer:
        self.require(session, "customer.update")
        current = self.repo.get(customer_id)
        if current is None:
            raise NotFound(translate("Customer", "No such customer."))
        if current.status == "destroyed":
            raise KeDangError(translate("Customer", "A destroyed record cannot be changed."))
        clean = validate_customer({**current.editable_dict(), **fields})
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
        ts = now_iso()
        for n, rec in enumerate(records, 1):
            try:
                clean = validate_customer(rec)
                contact_lists.append([validate_contact(c) for c in rec.get("contacts", ())])
            except ValidationError as exc:
                raise ValidationError(exc.field, translate("Validation", "record {n}: {rule}").format(n=n, rule=exc.rule),
                                      key=exc.key) from None
            initials, full = pinyin_keys(clean["name"])
            prepared.append((Customer(pinyin=initials, created_at=ts, updated_at=ts, created_by=session.user_id,
                                      updated_by=session.user_id,
                                      status_date=None if clean["status"] == "active" else ts[:10], **clean), full))
            if progress and n % 5000 == 0:
                progress(n)
        with self.db.transaction():
            first = self.meta.next_sequence("customer")
            for offset, (c, _full) in enumerate(prepared):
                c.code = f"{CODE_PREFIX}{first + offset:06d}"
            if prepared:
                self.meta.set("seq:customer", str(first + len(prepared) - 1))
                clash = self.db.scalar("SELECT count(*) FROM customers WHERE code >= ? AND code <= ?",
                                       (prepared[0][0].code, prepared[-1][0].code))
                if clash:
                    raise KeDangError(translate("Customer", "Customer codes are out of step; nothing was added."))
            self.repo.insert_many(prepared)
            self.contacts.insert_many(
                Contact(customer_id=c.id, **cf) for (c, _f), cl in zip(prepared, contact_lists) for cf in cl)
            self.audit(session, action, "customer", "", summary=source or str(len(prepared)), count=len(prepared),
                       first_code=prepared[0][0].code if prepared else "", last_code=prepared[-1][0].code if prepared else "")
        return len(prepared)

    # ------------------------------------------------------------ contacts
    def list_contacts(self, session: Session, customer_id: int) -> list[Contact]:
        self.require(session, "customer.read")
        contacts = self.contacts.for_customer(customer_id)
        if not session.may("pii.view"):
            for c in contacts:
                c.phone = mask_phone(c.phone)
        return contacts

    def _customer_for_write(self, customer_id: int) -> Customer:
        c = self.repo.get(customer_id)
        if c is None:
            raise NotFound(translate("Customer", "No such customer."))
        if c.status == "destroyed":
            raise KeDangError(translate("Customer", "A destroyed record cannot be changed."))
        return c

    def add_contact(self, session: Session, customer_id: int, fields: dict) -> Contact:
        self.require(session, "contact.write")
        customer = self._customer_for_write(customer_id)
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
        customer = self._customer_for_write(contact.customer_id)
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
        customer = self._customer_for_write(contact.customer_id)
        with self.db.transaction():
            self.contacts.delete(contact_id)
            self.audit(session, "contact.delete", "customer", customer.id, summary=customer.code,
                       before={"contact_id": contact_id, **contact.editable_dict()})
