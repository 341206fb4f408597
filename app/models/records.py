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
ARCHIVE_CATEGORIES = ("project", "contract", "investigation", "customer")
ARCHIVE_STATUSES = ("in_store", "on_loan", "transferred", "destroyed")
CERTIFICATE_KINDS = ("property", "other_rights", "chattel_mortgage", "equity_pledge", "other")
CERTIFICATE_STATUSES = ("in_safe", "on_loan", "returned", "cancelled")
HANDOVER_PURPOSES = ("intake", "transfer", "return")
HANDOVER_STATUSES = ("open", "done", "cancelled")
LOAN_STATUSES = ("requested", "approved", "rejected", "out", "returned", "cancelled")
LOAN_ACTIVE = ("requested", "approved", "out")  # a loan that still holds its item
UNIT_KINDS = ("unit", "parking")
UNIT_USES = ("residence", "shop", "office", "parking", "other")
UNIT_STATUSES = ("vacant", "occupied", "renovating")
OCCUPANCY_ROLES = ("owner", "tenant", "company")
KEY_STATUSES = ("held", "lent", "returned")


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


@dataclass
class ArchiveFile:
    """A paper file in the cabinet, with its archive number, item list and shelf location."""

    id: int | None = None
    archive_no: str = ""
    seq: int | None = None
    customer_id: int | None = None
    title: str = ""
    category: str = "customer"
    items: list = field(default_factory=list)     # [{"name": str, "pages": int}]
    extras: list = field(default_factory=list)    # attachment names (附件, not numbered)
    cabinet: str = ""
    shelf: str = ""
    box: str = ""
    status: str = "in_store"
    status_note: str = ""
    registered_on: str = ""
    handover_id: int | None = None
    note: str = ""
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None

    @property
    def pages(self) -> int:
        return sum(int(i.get("pages") or 0) for i in self.items)

    @property
    def location(self) -> str:
        return "-".join(p for p in (self.cabinet, self.shelf, self.box) if p)


@dataclass
class Certificate:
    """An original title certificate in the safe; its register number is its file's archive number."""

    id: int | None = None
    kind: str = "property"
    cert_no: str = ""
    name: str = ""
    holder: str = ""
    quantity: int = 1
    customer_id: int | None = None
    archive_file_id: int | None = None
    safe_no: str = ""
    position: str = ""
    received_on: str = ""
    status: str = "in_safe"
    status_note: str = ""
    handover_id: int | None = None
    note: str = ""
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class Handover:
    """A three-party transfer (移交人 / 审核人 / 接收人) of files or certificates, with its frozen list."""

    id: int | None = None
    handover_no: str = ""
    purpose: str = "intake"
    customer_id: int | None = None
    from_name: str = ""
    reviewer_name: str = ""
    receiver_name: str = ""
    handed_on: str = ""
    reviewed_on: str | None = None
    received_on: str | None = None
    review_late_reason: str = ""
    receive_late_reason: str = ""
    items: list = field(default_factory=list)   # [{"type","ref_id","name","number","quantity","pages"}]
    payload: dict = field(default_factory=dict)
    status: str = "open"
    note: str = ""
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class Loan:
    """The borrowing of one archive file or certificate, from the signed request to its return."""

    id: int | None = None
    loan_no: str = ""
    item_type: str = "file"
    item_id: int | None = None
    customer_id: int | None = None
    borrower: str = ""
    position: str = ""
    department: str = ""
    purpose: str = ""
    requested_on: str = ""
    due_date: str = ""
    status: str = "requested"
    approver_name: str = ""
    approved_by: int | None = None
    approved_at: str | None = None
    decision_note: str = ""
    lent_on: str | None = None
    lent_by: int | None = None
    returned_on: str | None = None
    received_by: int | None = None
    complete: bool | None = None
    missing: list = field(default_factory=list)
    return_note: str = ""
    renewals: list = field(default_factory=list)   # [{"from": date, "to": date, "on": date, "by": name}]
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class Stocktake:
    """A count of the safe: the register's certificates when it began, each ticked found or not."""

    id: int | None = None
    taken_on: str = ""
    taken_by: str = ""
    witness: str = ""
    status: str = "open"
    lines: list = field(default_factory=list)    # [{"certificate_id","cert_no","name","holder","archive_no","position","quantity","found","note"}]
    extras: list = field(default_factory=list)   # found in the safe but not on the register: [{"description","note"}]
    note: str = ""
    finished_at: str | None = None
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class Survey:
    """A customer satisfaction survey: its period, target rate (percent) and questions."""

    id: int | None = None
    name: str = ""
    period_start: str = ""
    period_end: str = ""
    target_rate: int = 90
    questions: list = field(default_factory=list)   # [{"key", "text", "type": score|choice|text, "choices"}]
    copied_from: int | None = None
    approved_by: str = ""
    approved_on: str | None = None
    note: str = ""
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class SurveyResponse:
    """One paper form as typed in: answers by question key (scores 1-5, a choice, or text)."""

    id: int | None = None
    survey_id: int | None = None
    customer_id: int | None = None
    received_on: str = ""
    entered_by: str = ""
    answers: dict = field(default_factory=dict)
    comment: str = ""
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class CorrectiveAction:
    """A corrective or preventive action for a survey question below target."""

    id: int | None = None
    survey_id: int | None = None
    question_key: str = ""
    action: str = ""
    owner: str = ""
    due_date: str = ""
    status: str = "open"
    done_on: str | None = None
    result: str = ""
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class Building:
    id: int | None = None
    code: str = ""            # the first part of a unit number: 3 in 3-2-1201
    name: str = ""            # 3栋, 鸿运大厦
    floors: int = 0
    address: str = ""
    note: str = ""
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class Unit:
    id: int | None = None
    building_id: int | None = None
    number: str = ""          # 3-2-1201; a parking space: B1-023
    kind: str = "unit"        # unit, parking
    floor: int = 0
    area: str = ""            # square metres as typed and checked, e.g. "89.50"
    use: str = "residence"
    status: str = "vacant"
    search_key: str = ""      # the number normalised for search (see property.unit_key)
    note: str = ""
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class Occupancy:
    id: int | None = None
    unit_id: int | None = None
    customer_id: int | None = None
    role: str = "tenant"      # owner, tenant, company
    start_date: str = ""
    end_date: str | None = None
    # {"papers": [...], "water": "123.4", "electricity": "5678", "read_on": date, "office_signed": name,
    #  "customer_signed": name, "keys_given": n, "keys_held": n, "cards": n, "parking": text}
    move_in: dict = field(default_factory=dict)
    # {"water", "electricity", "read_on", "office_signed", "customer_signed", "keys_returned": n,
    #  "cards_returned": n, "arrears": [summaries seen], "note"}
    move_out: dict = field(default_factory=dict)
    note: str = ""
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None

    @property
    def current(self) -> bool:
        return self.end_date is None


@dataclass
class HeldKey:
    id: int | None = None
    unit_id: int | None = None
    customer_id: int | None = None
    description: str = ""
    quantity: int = 1
    position: str = ""        # hook or box in the key cabinet
    status: str = "held"      # held, lent, returned (given back to the tenant)
    received_on: str = ""
    lent_to: str = ""
    purpose: str = ""
    lent_on: str | None = None
    due_date: str | None = None
    returned_on: str | None = None
    history: list = field(default_factory=list)  # earlier lendings: {lent_to, purpose, lent_on, due_date, back_on}
    note: str = ""
    created_at: str = ""
    created_by: int | None = None
    updated_at: str = ""
    updated_by: int | None = None


@dataclass
class LabelPrint:
    id: int | None = None
    kind: str = "unit"        # unit, file
    ref_id: int = 0
    text: str = ""            # what the label said when printed
    printed_at: str = ""
    printed_by: int | None = None


CONSENT_METHODS = ("written", "electronic", "verbal", "other")
DESTRUCTION_STATUSES = ("requested", "approved", "rejected", "done")
DESTRUCTION_KINDS = ("customer", "entry", "attachment")   # what a destruction request may name


@dataclass
class Consent:
    """A customer's consent to the processing of their personal information (PIPL), until withdrawn."""

    id: int | None = None
    customer_id: int | None = None
    purpose: str = ""
    scope: str = ""
    notice_version: str = ""      # the privacy notice (告知书) the customer was shown, e.g. "2026-01"
    method: str = "written"       # written, electronic, verbal, other
    separate: bool = False        # a separate consent (单独同意)
    given_on: str = ""
    recorded_by: int | None = None
    withdrawn_on: str | None = None
    withdrawal_note: str = ""
    withdrawn_by: int | None = None
    note: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass
class DestructionRequest:
    """A request to destroy records past retention (or at the customer's request), its approval and execution."""

    id: int | None = None
    number: str = ""              # XH-2026-001
    items: list = field(default_factory=list)   # [{"kind","id","customer_id","code","sub","date","label"}]
    reason: str = ""
    pipl: bool = False            # deletion at the customer's request
    status: str = "requested"
    requested_by: int | None = None
    requester_name: str = ""
    requested_on: str = ""
    approved_by: int | None = None    # the manager who approved or rejected it
    approver_name: str = ""
    witness: str = ""
    approved_on: str | None = None
    decision_note: str = ""
    executed_by: int | None = None
    executor_name: str = ""
    executed_on: str | None = None
    result: dict = field(default_factory=dict)  # {"removed": {...counts}, "per_item": [...]} once done
    created_at: str = ""
    updated_at: str = ""
