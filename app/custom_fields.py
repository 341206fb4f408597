"""Custom fields an administrator adds to the customer record (per customer type)."""
from __future__ import annotations

from app.errors import KeDangError, NotFound
from app.i18n import translate
from app.models.dossier import CustomFieldRepo
from app.models.records import CUSTOM_FIELD_TYPES, CUSTOMER_KINDS, CustomField
from app.session import Service, Session, diff
from app.validation import ValidationError

MAX_LABEL = 30
MAX_CHOICES = 50


def type_label(kind: str) -> str:
    return {
        "text": translate("CustomFields", "Text"),
        "number": translate("CustomFields", "Number"),
        "date": translate("CustomFields", "Date"),
        "choice": translate("CustomFields", "Choice"),
    }.get(kind, kind)


def applies_label(customer_kind: str) -> str:
    from app.customers import kind_label

    return translate("CustomFields", "Every customer") if not customer_kind else kind_label(customer_kind)


def _label(key: str) -> str:
    return {
        "label": translate("CustomFields", "Field name"),
        "type": translate("CustomFields", "Field type"),
        "customer_kind": translate("CustomFields", "For"),
        "choices": translate("CustomFields", "Choices"),
    }[key]


def validate_field(fields: dict) -> dict:
    label = " ".join(str(fields.get("label") or "").split())
    if not label:
        raise ValidationError(_label("label"), translate("Validation", "is required"), key="label")
    if len(label) > MAX_LABEL:
        raise ValidationError(_label("label"), translate("Validation", "at most {n} characters").format(n=MAX_LABEL),
                              key="label")
    kind = fields.get("type") or "text"
    if kind not in CUSTOM_FIELD_TYPES:
        raise ValidationError(_label("type"), translate("Validation", "is not one of the allowed values"), key="type")
    customer_kind = fields.get("customer_kind") or ""
    if customer_kind not in ("", *CUSTOMER_KINDS):
        raise ValidationError(_label("customer_kind"), translate("Validation", "is not one of the allowed values"),
                              key="customer_kind")
    raw = fields.get("choices") or []
    if isinstance(raw, str):
        for sep in "，;；、\n":
            raw = raw.replace(sep, ",")
        raw = raw.split(",")
    choices: list[str] = []
    for c in raw:
        c = " ".join(str(c).split())
        if c and c not in choices:
            choices.append(c)
    if kind == "choice":
        if len(choices) < 2:
            raise ValidationError(_label("choices"), translate("Validation", "a choice field needs at least 2 choices"),
                                  key="choices")
        if len(choices) > MAX_CHOICES or any(len(c) > MAX_LABEL for c in choices):
            raise ValidationError(_label("choices"), translate("Validation", "at most {n} choices of at most {m} characters each").format(
                n=MAX_CHOICES, m=MAX_LABEL), key="choices")
    else:
        choices = []
    return {"label": label, "type": kind, "customer_kind": customer_kind, "choices": choices,
            "active": bool(fields.get("active", True))}


class CustomFieldService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.repo = CustomFieldRepo(db)

    def all(self, session: Session, *, active_only: bool = False) -> list[CustomField]:
        self.require(session, "customer.read")
        return [f for f in self.repo.all() if f.active or not active_only]

    def for_kind(self, session: Session, customer_kind: str) -> list[CustomField]:
        return [f for f in self.all(session) if f.applies_to(customer_kind)]

    def _check_unique(self, clean: dict, exclude: int | None) -> None:
        for f in self.repo.all():
            if f.id != exclude and f.active and clean["active"] and f.label.casefold() == clean["label"].casefold():
                raise ValidationError(_label("label"), translate("Validation", "is already used by another field"),
                                      key="label")

    def create(self, session: Session, fields: dict) -> CustomField:
        self.require(session, "settings.manage")
        clean = validate_field(fields)
        self._check_unique(clean, None)
        f = CustomField(**clean)
        with self.db.transaction():
            self.repo.insert(f)
            self.audit(session, "custom_field.create", "custom_field", f.id, summary=f.label, after=clean)
        return f

    def update(self, session: Session, field_id: int, fields: dict) -> CustomField:
        self.require(session, "settings.manage")
        f = self.repo.get(field_id)
        if f is None:
            raise NotFound(translate("CustomFields", "No such custom field."))
        current = {"label": f.label, "type": f.type, "customer_kind": f.customer_kind, "choices": f.choices,
                   "active": f.active}
        clean = validate_field({**current, **fields})
        self._check_unique(clean, f.id)
        if clean["type"] != f.type and self.db.scalar(
                "SELECT count(*) FROM customers WHERE json_extract(extra, ?) IS NOT NULL", (f'$."{f.id}"',)):
            raise KeDangError(translate("CustomFields", "Customers already have values in {label}: its type cannot change. Add a new field instead.").format(
                label=f.label))
        before, after = diff(current, clean)
        if not after:
            return f
        with self.db.transaction():
            for k, v in clean.items():
                setattr(f, k, v)
            self.repo.update(f)
            self.audit(session, "custom_field.update", "custom_field", f.id, summary=f.label, before=before, after=after)
        return f
