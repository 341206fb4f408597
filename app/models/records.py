"""Domain records: plain dataclasses, no Qt, no SQL."""
from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("admin", "archivist", "clerk", "viewer", "manager")
CUSTOMER_KINDS = ("person", "company")
CUSTOMER_LEVELS = ("key", "normal", "potential")
CUSTOMER_STATUSES = ("active", "moved_out", "archived", "destroyed")
CLOSED_STATUSES = ("moved_out", "archived")  # the dossier stays on file, closed for clerks
CLOSED = "closed"  # a status filter of the customer list: every closed status
CONTACT_ROLES = ("main", "daily", "emergency")
ENTRY_KINDS = ("payment", "repair", "complaint", "visit", "correspondence", "violation", "renovation", "credit")
ATTACHMENT_KINDS = ("id_copy", "licence", "contract", "certificate_copy", "other")
CUSTOM_FIELD_TYPES = ("text", "number", "date", "choice")


@dataclass
class User:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    failed_count: int = 0
    locked_until: str | None = None
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Customer:
    id: int | None = None
    code: str = ""
    name: str = ""
    kind: str = "person"
    level: str = "normal"
    status: str = "active"
    id_number: str = ""
    phone: str = ""
    unit: str = ""
    address: str = ""
    company: str = ""
    note: str = ""
    pinyin: str = ""
    status_date: str | None = None
    created_at: str = ""
    updated_at: str = ""
    created_by: int | None = None
    updated_by: int | None = None
    tags: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # custom field id (as text) -> value

    # Fields a clerk edits in the form; the rest are kept by the program.
    EDITABLE = ("name", "kind", "level", "status", "id_number", "phone", "unit", "address", "company", "note",
                "tags", "extra")

    def editable_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.EDITABLE}


@dataclass
class Contact:
    id: int | None = None
    customer_id: int | None = None
    role: str = "main"
    name: str = ""
    phone: str = ""
    relation: str = ""
    note: str = ""
    created_at: str = ""
    updated_at: str = ""

    EDITABLE = ("role", "name", "phone", "relation", "note")

    def editable_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.EDITABLE}


@dataclass
class Entry:
    """One dated record of a dossier (DossierEntry). ``data`` holds the kind's own fields."""

    id: int | None = None
    customer_id: int | None = None
    kind: str = ""
    entry_date: str = ""
    summary: str = ""
    amount_fen: int | None = None
    is_open: bool = False
    due_date: str | None = None
    data: dict = field(default_factory=dict)
    follows_id: int | None = None
    voided: bool = False
    void_reason: str = ""
    voided_at: str | None = None
    voided_by: int | None = None
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class Attachment:
    """A scan, photo or PDF kept inside the database; the bytes are read separately."""

    id: int | None = None
    customer_id: int | None = None
    title: str = ""
    kind: str = "other"
    pages: int = 1
    filename: str = ""
    mime: str = ""
    size: int = 0
    sha256: str = ""
    voided: bool = False
    void_reason: str = ""
    voided_at: str | None = None
    voided_by: int | None = None
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class CustomField:
    id: int | None = None
    customer_kind: str = ""  # '' = every customer type
    label: str = ""
    type: str = "text"
    choices: list[str] = field(default_factory=list)
    position: int = 0
    active: bool = True
    created_at: str = ""
    updated_at: str = ""

    def applies_to(self, customer_kind: str) -> bool:
        return self.active and self.customer_kind in ("", customer_kind)


@dataclass
class AuditEvent:
    id: int
    ts: str
    user_id: int | None
    username: str
    action: str
    entity: str
    entity_id: str
    summary: str
    payload: str
    payload_hash: str
    prev_hash: str
    hash: str


@dataclass
class CustomerQuery:
    """What the customer list asks for: search text, filters and sort."""

    text: str = ""
    kind: str | None = None
    level: str | None = None
    status: str | None = None
    sort: str = "code"
    descending: bool = False
    extra: dict = field(default_factory=dict)
