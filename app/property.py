"""The property desk (一户一档): buildings, units and parking spaces, who occupies them, keys the
office keeps for tenants (代保管钥匙) and the folder labels (档案标牌) that must match the occupant.

Every write checks the role, keeps the rules (one current occupancy per unit and role, no
overlapping dates, meter readings that never go down) and writes the audit log in the same
transaction as the change.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Iterable, Sequence

from app import archive as _archive
from app.archive import bad, need_date, need_int, need_text
from app.customers import CustomerService, status_label as customer_status_label
from app.entries import DueItem, EntryService, format_fen
from app.errors import KeDangError, NotFound
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.archive import ArchiveFileRepo
from app.models.database import now_iso
from app.models.property import BuildingRepo, HeldKeyRepo, LabelPrintRepo, OccupancyRepo, UnitRepo
from app.models.records import (OCCUPANCY_ROLES, UNIT_KINDS, UNIT_USES, Building, HeldKey,
                                LabelPrint, Occupancy, Unit)
from app.models.repositories import CustomerRepo
from app.pinyin import pinyin_keys
from app.session import Service, Session, diff
from app.validation import ValidationError

_LABELS = {
    "unit": QT_TRANSLATE_NOOP("Property", "Unit"),
    "parking": QT_TRANSLATE_NOOP("Property", "Parking space"),
    "residence": QT_TRANSLATE_NOOP("Property", "Residence"),
    "shop": QT_TRANSLATE_NOOP("Property", "Shop"),
    "office": QT_TRANSLATE_NOOP("Property", "Office"),
    "other": QT_TRANSLATE_NOOP("Property", "Other"),
    "vacant": QT_TRANSLATE_NOOP("Property", "Vacant"),
    "occupied": QT_TRANSLATE_NOOP("Property", "Occupied"),
    "renovating": QT_TRANSLATE_NOOP("Property", "Renovating"),
    "owner": QT_TRANSLATE_NOOP("Property", "Owner"),
    "tenant": QT_TRANSLATE_NOOP("Property", "Tenant"),
    "company": QT_TRANSLATE_NOOP("Property", "Occupant company"),
    "held": QT_TRANSLATE_NOOP("Property", "In the key cabinet"),
    "lent": QT_TRANSLATE_NOOP("Property", "Lent out"),
    "returned": QT_TRANSLATE_NOOP("Property", "Given back to the tenant"),
    # move-in papers (入住资料)
    "registration": QT_TRANSLATE_NOOP("Property", "Unit registration form"),
    "id_copy": QT_TRANSLATE_NOOP("Property", "ID or licence copy"),
    "contract": QT_TRANSLATE_NOOP("Property", "Lease or purchase contract"),
    "emergency": QT_TRANSLATE_NOOP("Property", "Emergency contact form"),
    "meter_form": QT_TRANSLATE_NOOP("Property", "Meter reading confirmation"),
    "renovation": QT_TRANSLATE_NOOP("Property", "Renovation application"),
    "parking_contract": QT_TRANSLATE_NOOP("Property", "Parking space rent or sale"),
    "parking_permit": QT_TRANSLATE_NOOP("Property", "Parking permit"),
    # label states
    "never": QT_TRANSLATE_NOOP("Property", "Not printed yet"),
    "ok": QT_TRANSLATE_NOOP("Property", "Up to date"),
    "reprint": QT_TRANSLATE_NOOP("Property", "To reprint"),
}
MOVE_IN_PAPERS = ("registration", "id_copy", "contract", "emergency", "meter_form", "renovation",
                  "parking_contract", "parking_permit")
LABEL_KINDS = ("unit", "file")
QR_PREFIX = "KD"
_QR = re.compile(r"^\s*KD-([UF])-(\d{1,9})\s*$", re.IGNORECASE)
MAX_FLOORS = 200


def label(key: str) -> str:
    text = _LABELS.get(key)
    return translate("Property", text) if text else key


# ------------------------------------------------------------------ unit numbers
_BUILDING_WORDS = re.compile(r"(号楼|栋|幢|座|楼)")
_ENTRANCE_WORDS = re.compile(r"(单元|门)")


def unit_key(text: str) -> str:
    """A unit number as search compares it: 3栋2单元1201室, ３－２－１２０１ and 3-2-1201 are all 3-2-1201."""
    t = unicodedata.normalize("NFKC", str(text or "")).strip().upper()
    t = t.replace("—", "-").replace("－", "-").replace("_", "-").replace("/", "-")
    t = _BUILDING_WORDS.sub("-", t)
    t = _ENTRANCE_WORDS.sub("-", t)
    t = re.sub(r"[室号房\s]", "", t)
    t = re.sub(r"-{2,}", "-", t)
    return t.strip("-")


def floor_of(number: str) -> int:
    """The floor a unit number names: 3-2-1201 → 12, 3-101 → 1, B1-023 → -1; 0 when it does not say."""
    key = unit_key(number)
    m = re.match(r"^B(\d{1,2})(-|$)", key)
    if m:
        return -int(m.group(1))
    last = key.rsplit("-", 1)[-1]
    if last.isdigit() and len(last) >= 3:
        return int(last[:-2])
    return 0


def qr_text(kind: str, ref_id: int) -> str:
    """What a folder label's QR code says: KD-U-12 (unit 12) or KD-F-7 (archive file 7)."""
    return f"{QR_PREFIX}-{'U' if kind == 'unit' else 'F'}-{int(ref_id)}"


def parse_qr(text: str) -> tuple[str, int] | None:
    """('unit'|'file', id) for a label's QR text typed or scanned into a search box, else None."""
    m = _QR.match(unicodedata.normalize("NFKC", str(text or "")))
    if not m:
        return None
    return ("unit" if m.group(1).upper() == "U" else "file"), int(m.group(2))


def _decimal(value, field_label: str, key: str, *, required: bool = False, maximum: int = 10 ** 9) -> str:
    """A non-negative number with at most two decimals, as text ("" when empty and allowed)."""
    text = unicodedata.normalize("NFKC", str(value if value is not None else "")).strip().replace(",", "")
    if not text:
        if required:
            raise bad(field_label, translate("Property", "is required"), key)
        return ""
    try:
        d = Decimal(text)
    except InvalidOperation:
        raise bad(field_label, translate("Property", "is not a number"), key) from None
    if not d.is_finite() or d < 0:
        raise bad(field_label, translate("Property", "may not be negative"), key)
    if d != d.quantize(Decimal("0.01")):
        raise bad(field_label, translate("Property", "has at most two decimals"), key)
    if d > maximum:
        raise bad(field_label, translate("Property", "is at most {n}").format(n=maximum), key)
    return str(d.quantize(Decimal("0.01"))) if "." in text else str(int(d))


def _count(value, field_label: str, key: str) -> int:
    text = str(value if value is not None else "").strip()
    if not text:
        return 0
    return need_int(text, field_label, key=key, minimum=0, maximum=99)


class ArrearsFound(KeDangError):
    """A move-out while the customer still has unpaid items: the caller shows them and asks."""

    def __init__(self, items: list[str]):
        super().__init__(translate("Property", "The customer still has unpaid items:") + "\n" + "\n".join(items))
        self.items = items


class UnitImportError(KeDangError):
    """A units workbook with bad rows: nothing was imported; ``errors`` are (row, column, value, rule)."""

    def __init__(self, errors: list[tuple[int, str, str, str]]):
        lines = [translate("Property", "Row {row}, {column} \"{value}\": {rule}").format(
            row=r, column=c, value=v, rule=rule) for r, c, v, rule in errors[:20]]
        more = len(errors) - 20
        if more > 0:
            lines.append(translate("Property", "… and {n} more").format(n=more))
        super().__init__(translate("Property", "Nothing was imported: {n} problems.").format(n=len(errors)) + "\n"
                         + "\n".join(lines))
        self.errors = errors


@dataclass
class Occupant:
    occupancy: Occupancy
    code: str
    name: str


@dataclass
class LabelState:
    kind: str            # unit, file
    ref_id: int
    number: str          # unit number or archive number
    name: str            # current occupant(s) or customer
    text: str            # what a label printed now would say
    printed: str | None  # what the last printed label said (None: never printed)
    printed_at: str = ""

    @property
    def state(self) -> str:
        if self.printed is None:
            return "never"
        return "ok" if self.printed == self.text else "reprint"

    @property
    def qr(self) -> str:
        return qr_text(self.kind, self.ref_id)


@dataclass
class Move:
    """One line of the move-in / move-out report."""
    date: str
    direction: str       # in, out
    occupancy: Occupancy
    unit: Unit
    building: Building
    code: str
    name: str
    readings: dict = field(default_factory=dict)


UNIT_IMPORT_HEADERS = {
    "building": ("楼栋", "楼栋编号", "楼号", "栋", "building"),
    "number": ("房号", "单元号", "房间号", "编号", "车位号", "number", "unit"),
    "floor": ("楼层", "层", "floor"),
    "area": ("面积", "建筑面积", "面积(㎡)", "面积（㎡）", "面积(m2)", "area"),
    "use": ("用途", "use"),
    "kind": ("类型", "kind", "type"),
    "note": ("备注", "note"),
}


class PropertyService(Service):
    def __init__(self, db):
        super().__init__(db)
        self.buildings = BuildingRepo(db)
        self.units = UnitRepo(db)
        self.occupancies = OccupancyRepo(db)
        self.keys = HeldKeyRepo(db)
        self.prints = LabelPrintRepo(db)
        self.customer_repo = CustomerRepo(db)
        self.files = ArchiveFileRepo(db)

    # ------------------------------------------------------------ buildings
    def list_buildings(self, session: Session) -> list[Building]:
        self.require(session, "property.read")
        return self.buildings.where(order="code COLLATE NOCASE")

    def get_building(self, session: Session, building_id: int) -> Building:
        self.require(session, "property.read")
        b = self.buildings.get(building_id)
        if b is None:
            raise NotFound(translate("Property", "No such building."))
        return b

    def _validate_building(self, fields: dict, exclude: int | None) -> dict:
        code = unit_key(need_text(fields.get("code"), translate("Property", "Building code"), key="code", max_len=20))
        if not code:
            raise bad(translate("Property", "Building code"), translate("Property", "is required"), "code")
        if "-" in code:
            raise bad(translate("Property", "Building code"), translate("Property", "may not contain a dash"), "code")
        clash = self.buildings.where("code = ? AND id IS NOT ?", (code, exclude), limit=1)
        if clash:
            raise bad(translate("Property", "Building code"),
                      translate("Property", "{code} is already used by {name}").format(code=code, name=clash[0].name), "code")
        name = need_text(fields.get("name") or code, translate("Property", "Building name"), key="name", max_len=60)
        floors = need_int(fields.get("floors") if fields.get("floors") not in (None, "") else 0,
                          translate("Property", "Floors"), key="floors", minimum=0, maximum=MAX_FLOORS)
        return {"code": code, "name": name, "floors": floors,
                "address": need_text(fields.get("address"), translate("Property", "Address"), key="address",
                                     required=False),
                "note": need_text(fields.get("note"), translate("Property", "Note"), key="note", required=False,
                                  max_len=500)}

    def save_building(self, session: Session, fields: dict, building_id: int | None = None) -> Building:
        self.require(session, "property.write")
        clean = self._validate_building(fields, building_id)
        ts = now_iso()
        with self.db.transaction():
            if building_id is None:
                b = self.buildings.insert(Building(created_at=ts, created_by=session.user_id, updated_at=ts,
                                                   updated_by=session.user_id, **clean))
                self.audit(session, "building.create", "building", b.id, summary=b.code, after=clean)
                return b
            b = self.get_building(session, building_id)
            before, after = diff({k: getattr(b, k) for k in clean}, clean)
            if not after:
                return b
            if "code" in after:
                if self.units.count("building_id = ?", (b.id,)):
                    raise bad(translate("Property", "Building code"), translate(
                        "Property", "cannot change while the building has units (their numbers start with it)"), "code")
            for k, v in clean.items():
                setattr(b, k, v)
            b.updated_at, b.updated_by = ts, session.user_id
            self.buildings.update(b)
            self.audit(session, "building.update", "building", b.id, summary=b.code, before=before, after=after)
            return b

    # ------------------------------------------------------------ units
    def units_in(self, session: Session, building_id: int) -> list[Unit]:
        self.require(session, "property.read")
        return self.units.in_building(building_id)

    def get_unit(self, session: Session, unit_id: int) -> Unit:
        self.require(session, "property.read")
        u = self.units.get(unit_id)
        if u is None:
            raise NotFound(translate("Property", "No such unit."))
        return u

    def building_of(self, unit: Unit) -> Building:
        return self.buildings.get(unit.building_id)

    def _validate_unit(self, fields: dict, building: Building, exclude: int | None) -> dict:
        number_label = translate("Property", "Unit number")
        raw = need_text(fields.get("number"), number_label, key="number", max_len=30)
        number = unit_key(raw)
        if not number:
            raise bad(number_label, translate("Property", "is required"), "number")
        kind = fields.get("kind") or "unit"
        if kind not in UNIT_KINDS:
            raise bad(translate("Property", "Kind"), translate("Property", "is not one of the choices"), "kind")
        if kind == "unit" and not number.startswith(building.code + "-") and number != building.code:
            number = f"{building.code}-{number}"  # 2-1201 typed in building 3 is 3-2-1201
        clash = self.units.where("building_id = ? AND number = ? AND id IS NOT ?", (building.id, number, exclude),
                                 limit=1)
        if clash:
            raise bad(number_label, translate("Property", "{number} already exists in {building}").format(
                number=number, building=building.name), "number")
        floor_text = fields.get("floor")
        if floor_text in (None, ""):
            floor = floor_of(number)
        else:
            text = str(floor_text).strip()
            try:
                floor = int(text)
            except ValueError:
                raise bad(translate("Property", "Floor"), translate("Property", "is a whole number from {lo} to {hi}").format(
                    lo=-9, hi=MAX_FLOORS), "floor") from None
            if not -9 <= floor <= MAX_FLOORS:
                raise bad(translate("Property", "Floor"), translate("Property", "is a whole number from {lo} to {hi}").format(
                    lo=-9, hi=MAX_FLOORS), "floor")
        if building.floors and floor > building.floors:
            raise bad(translate("Property", "Floor"), translate("Property", "is above the top floor of {building} ({n})").format(
                building=building.name, n=building.floors), "floor")
        use = fields.get("use") or ("parking" if kind == "parking" else "residence")
        if use not in UNIT_USES:
            raise bad(translate("Property", "Use"), translate("Property", "is not one of the choices"), "use")
        return {"number": number, "kind": kind, "floor": floor,
                "area": _decimal(fields.get("area"), translate("Property", "Area (m²)"), "area", maximum=100000),
                "use": use, "search_key": number,
                "note": need_text(fields.get("note"), translate("Property", "Note"), key="note", required=False,
                                  max_len=500)}

    def save_unit(self, session: Session, building_id: int, fields: dict, unit_id: int | None = None) -> Unit:
        self.require(session, "property.write")
        building = self.get_building(session, building_id)
        clean = self._validate_unit(fields, building, unit_id)
        ts = now_iso()
        with self.db.transaction():
            if unit_id is None:
                u = self.units.insert(Unit(building_id=building.id, created_at=ts, created_by=session.user_id,
                                           updated_at=ts, updated_by=session.user_id, **clean))
                self.audit(session, "unit.create", "unit", u.id, summary=u.number, after=clean)
                return u
            u = self.get_unit(session, unit_id)
            before, after = diff({k: getattr(u, k) for k in clean}, clean)
            if not after:
                return u
            for k, v in clean.items():
                setattr(u, k, v)
            u.updated_at, u.updated_by = ts, session.user_id
            self.units.update(u)
            self.audit(session, "unit.update", "unit", u.id, summary=u.number, before=before, after=after)
            return u

    def set_renovating(self, session: Session, unit_id: int, renovating: bool) -> Unit:
        """Mark a unit as under renovation (装修中), or end that: back to occupied or vacant."""
        self.require(session, "property.write")
        u = self.get_unit(session, unit_id)
        status = "renovating" if renovating else ("occupied" if self._current(u.id) else "vacant")
        if status == u.status:
            return u
        with self.db.transaction():
            before = u.status
            u.status, u.updated_at, u.updated_by = status, now_iso(), session.user_id
            self.units.update(u)
            self.audit(session, "unit.update", "unit", u.id, summary=u.number, before={"status": before},
                       after={"status": status})
        return u

    # ------------------------------------------------------------ importing units
    def read_units_workbook(self, path: str | Path) -> list[tuple[int, dict]]:
        """(spreadsheet row, fields) of a units workbook: the first sheet, headers in the first row."""
        from openpyxl import load_workbook

        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise KeDangError(translate("Property", "Choose an Excel workbook (.xlsx); save other files as .xlsx first."))
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception:  # noqa: BLE001 - any unreadable workbook gets the same plain message
            raise KeDangError(translate("Property", "{name} is not an Excel workbook KeDang can read.").format(
                name=path.name)) from None
        try:
            ws = wb.worksheets[0]
            rows = ws.iter_rows(values_only=True)
            header = next(rows, None)
            if not header:
                raise KeDangError(translate("Property", "The workbook is empty."))
            columns: dict[int, str] = {}
            for i, h in enumerate(header):
                name = unicodedata.normalize("NFKC", str(h or "")).strip().lower().rstrip(":：*")
                for key, names in UNIT_IMPORT_HEADERS.items():
                    if name in {unicodedata.normalize("NFKC", n).lower() for n in names} and key not in columns.values():
                        columns[i] = key
            for needed in ("building", "number"):
                if needed not in columns.values():
                    raise KeDangError(translate("Property", "The first row needs the column {name}.").format(
                        name=UNIT_IMPORT_HEADERS[needed][0]))
            out = []
            for n, row in enumerate(rows, 2):
                if not any(v not in (None, "") for v in row):
                    continue
                rec = {}
                for i, key in columns.items():
                    v = row[i] if i < len(row) else None
                    if isinstance(v, float) and v.is_integer() and key != "area":
                        v = int(v)
                    rec[key] = "" if v is None else str(v).strip()
                out.append((n, rec))
            return out
        finally:
            wb.close()

    def import_units(self, session: Session, path: str | Path) -> int:
        """All rows or none: buildings by code (created when new), units validated like the form."""
        self.require(session, "property.write")
        rows = self.read_units_workbook(path)
        if not rows:
            raise KeDangError(translate("Property", "The workbook has no units below its header row."))
        kinds = {label(k): k for k in UNIT_KINDS} | {k: k for k in UNIT_KINDS} | {"车位": "parking", "房屋": "unit"}
        uses = {label(k): k for k in UNIT_USES} | {k: k for k in UNIT_USES} | {"住宅": "residence", "商铺": "shop",
                                                                                  "办公": "office", "车位": "parking"}
        headers = {k: v[0] for k, v in UNIT_IMPORT_HEADERS.items()}
        errors: list[tuple[int, str, str, str]] = []
        buildings = {b.code: b for b in self.buildings.where()}
        new_buildings: dict[str, Building] = {}
        seen: set[tuple[str, str]] = set()
        prepared: list[tuple[Building, dict]] = []
        for n, rec in rows:
            code = unit_key(rec.get("building", ""))
            if not code or "-" in code:
                errors.append((n, headers["building"], rec.get("building", ""),
                               translate("Property", "is required, without a dash")))
                continue
            b = buildings.get(code) or new_buildings.setdefault(code, Building(id=None, code=code, name=code))
            fields = dict(rec)
            if fields.get("kind"):
                fields["kind"] = kinds.get(fields["kind"], fields["kind"])
            if fields.get("use"):
                fields["use"] = uses.get(fields["use"], fields["use"])
            try:
                clean = self._validate_unit(fields, b, None) if b.id else self._validate_unit(
                    fields, Building(id=-1, code=code, name=code), None)
            except (KeDangError, ValidationError) as exc:
                key = getattr(exc, "key", "") or "number"
                errors.append((n, headers.get(key, key), rec.get(key, ""), getattr(exc, "rule", str(exc))))
                continue
            if (code, clean["number"]) in seen:
                errors.append((n, headers["number"], rec.get("number", ""),
                               translate("Property", "appears twice in the workbook")))
                continue
            seen.add((code, clean["number"]))
            prepared.append((b, clean))
        if errors:
            raise UnitImportError(errors)
        ts = now_iso()
        with self.db.transaction():
            for b in new_buildings.values():
                b.created_at = b.updated_at = ts
                b.created_by = b.updated_by = session.user_id
                self.buildings.insert(b)
            for b, clean in prepared:
                self.units.insert(Unit(building_id=b.id, created_at=ts, created_by=session.user_id, updated_at=ts,
                                       updated_by=session.user_id, **clean))
            self.audit(session, "unit.import", "unit", "", summary=Path(path).name, count=len(prepared),
                       buildings_added=len(new_buildings), file=Path(path).name)
        return len(prepared)

    # ------------------------------------------------------------ who is where
    def _current(self, unit_id: int) -> list[Occupancy]:
        return [o for o in self.occupancies.for_unit(unit_id) if o.current]

    def occupants(self, unit_ids: Iterable[int]) -> dict[int, list[Occupant]]:
        """unit id -> its current occupants (owner, tenant, company) with customer code and name."""
        current = self.occupancies.current_in(unit_ids)
        names = self.customer_names(o.customer_id for occ in current.values() for o in occ)
        order = {r: i for i, r in enumerate(("company", "tenant", "owner"))}
        return {uid: [Occupant(o, *names.get(o.customer_id, ("", ""))) for o in sorted(occ, key=lambda o: order[o.role])]
                for uid, occ in current.items()}

    def customer_names(self, ids) -> dict[int, tuple[str, str]]:
        rows = self.customer_repo.list_rows(sorted({i for i in ids if i}))
        return {cid: (r[1], r[2]) for cid, r in rows.items()}

    def history(self, session: Session, unit_id: int) -> list[Occupant]:
        """Every occupancy of the unit: current ones first, then earlier ones, newest first."""
        self.require(session, "property.read")
        occ = self.occupancies.for_unit(unit_id)
        names = self.customer_names(o.customer_id for o in occ)
        return [Occupant(o, *names.get(o.customer_id, ("", ""))) for o in occ]

    def customer_units(self, session: Session, customer_id: int) -> list[tuple[Occupancy, Unit]]:
        self.require(session, "property.read")
        occ = self.occupancies.for_customer(customer_id)
        units = self.units.by_ids(o.unit_id for o in occ)
        return [(o, units[o.unit_id]) for o in occ if o.unit_id in units]

    def floor_grid(self, session: Session, building_id: int) -> list[tuple[int, list[tuple[Unit, list[Occupant]]]]]:
        """The building as the cabinet stands: floors top down, each with its units and current occupants."""
        units = self.units_in(session, building_id)
        occupants = self.occupants(u.id for u in units)
        floors: dict[int, list] = {}
        for u in units:
            floors.setdefault(u.floor, []).append((u, occupants.get(u.id, [])))
        return [(f, sorted(floors[f], key=lambda p: _natural(p[0].number))) for f in sorted(floors, reverse=True)]

    def find_units(self, session: Session, text: str, limit: int = 200) -> list[Unit]:
        """Units by number (3-2-1201, 3栋2单元1201, 1201), by the QR text of a label, or by occupant name."""
        self.require(session, "property.read")
        text = (text or "").strip()
        if not text:
            return []
        qr = parse_qr(text)
        if qr:
            u = self.units.get(qr[1]) if qr[0] == "unit" else None
            return [u] if u else []
        found = {u.id: u for u in self.units.find(unit_key(text), limit)}
        ids = self.occupancies.units_of_occupants(text, limit)
        found.update(self.units.by_ids(i for i in ids if i not in found))
        return sorted(found.values(), key=lambda u: _natural(u.number))[:limit]

    # ------------------------------------------------------------ moving in
    def move_in(self, session: Session, unit_id: int, customer_id: int, role: str, start_date, checklist: dict | None = None
                ) -> Occupancy:
        """入住: the customer takes the unit in ``role`` from ``start_date``, with the move-in checklist."""
        self.require(session, "property.write")
        unit = self.get_unit(session, unit_id)
        customer = self.customer_repo.get(customer_id)
        if customer is None:
            raise NotFound(translate("Customer", "No such customer."))
        if customer.status != "active":
            raise KeDangError(translate("Property", "{code} {name} is not an active customer ({status}): reinstate the "
                                                    "customer first.").format(code=customer.code, name=customer.name,
                                                                               status=customer_status_label(customer.status)))
        if role not in OCCUPANCY_ROLES:
            raise bad(translate("Property", "Role"), translate("Property", "is not one of the choices"), "role")
        start = need_date(start_date, translate("Property", "Move-in date"), key="start_date")
        checklist = dict(checklist or {})
        clean = self._move_in_checklist(checklist, unit, start)
        for o in self.occupancies.for_unit(unit.id):
            if o.role != role:
                continue
            if o.current:
                names = self.customer_names([o.customer_id]).get(o.customer_id, ("", ""))
                raise KeDangError(translate(
                    "Property", "{unit} already has a current {role}: {name} since {date}. Move them out first.").format(
                    unit=unit.number, role=label(role), name=names[1], date=o.start_date))
            if start < o.end_date:  # the new occupancy runs from start on; an earlier one must have ended by then
                raise bad(translate("Property", "Move-in date"), translate(
                    "Property", "overlaps an earlier {role} of {unit} ({start} to {end})").format(
                    role=label(role), unit=unit.number, start=o.start_date, end=o.end_date), "start_date")
        ts = now_iso()
        with self.db.transaction():
            occ = self.occupancies.insert(Occupancy(
                unit_id=unit.id, customer_id=customer.id, role=role, start_date=start, move_in=clean,
                note=need_text(checklist.get("note"), translate("Property", "Note"), key="note", required=False, max_len=500),
                created_at=ts, created_by=session.user_id, updated_at=ts, updated_by=session.user_id))
            if unit.status == "vacant":
                unit.status, unit.updated_at, unit.updated_by = "occupied", ts, session.user_id
                self.units.update(unit)
            held = None
            if clean.get("keys_held"):
                held = self.keys.insert(HeldKey(
                    unit_id=unit.id, customer_id=customer.id, description=translate("Property", "Door keys"),
                    quantity=clean["keys_held"], position=clean.get("key_position", ""), received_on=start,
                    created_at=ts, created_by=session.user_id, updated_at=ts, updated_by=session.user_id))
            elsewhere = [o for o in self.occupancies.for_customer(customer.id) if o.current and o.id != occ.id]
            unit_before = None
            if unit.kind == "unit" and customer.unit != unit.number and not elsewhere:
                # the customer list's unit column says where the customer is now (part of this audit event)
                unit_before = customer.unit
                customer.unit, customer.updated_at, customer.updated_by = unit.number, ts, session.user_id
                self.customer_repo.update(customer, pinyin_keys(customer.name)[1])
            self.audit(session, "occupancy.move_in", "occupancy", occ.id, summary=f"{unit.number} {customer.code}",
                       unit=unit.number, customer=customer.code, role=role, start_date=start, checklist=clean,
                       key_id=held.id if held else None,
                       **({"customer_unit": {"before": unit_before, "after": unit.number}} if unit_before is not None else {}))
        return occ

    def _move_in_checklist(self, c: dict, unit: Unit, start: str) -> dict:
        papers = [p for p in c.get("papers", ()) if p]
        unknown = [p for p in papers if p not in MOVE_IN_PAPERS]
        if unknown:
            raise bad(translate("Property", "Papers received"), translate("Property", "is not one of the choices"), "papers")
        out: dict = {"papers": papers}
        out.update(self._readings(c, start, not_before=start))
        out["keys_given"] = _count(c.get("keys_given"), translate("Property", "Keys handed over"), "keys_given")
        out["keys_held"] = _count(c.get("keys_held"), translate("Property", "Keys kept by the office"), "keys_held")
        out["key_position"] = need_text(c.get("key_position"), translate("Property", "Key cabinet position"),
                                        key="key_position", required=False, max_len=30)
        out["cards"] = _count(c.get("cards"), translate("Property", "Access cards"), "cards")
        out["parking"] = need_text(c.get("parking"), translate("Property", "Parking"), key="parking", required=False,
                                   max_len=100)
        return out

    @staticmethod
    def _readings(c: dict, default_date: str, *, not_before: str) -> dict:
        """Water and electricity readings with their date and both signatures (水、电表底数确认)."""
        water = _decimal(c.get("water"), translate("Property", "Water meter"), "water")
        power = _decimal(c.get("electricity"), translate("Property", "Electricity meter"), "electricity")
        if not water and not power:
            return {}
        read_on = need_date(c.get("read_on") or default_date, translate("Property", "Meters read on"), key="read_on",
                            not_future=True)
        if read_on < not_before:
            raise bad(translate("Property", "Meters read on"), translate("Property", "may not be before {date}").format(
                date=not_before), "read_on")
        office = need_text(c.get("office_signed"), translate("Property", "Signed for the office"), key="office_signed",
                           max_len=40)
        customer = need_text(c.get("customer_signed"), translate("Property", "Signed by the customer"),
                             key="customer_signed", max_len=40)
        return {"water": water, "electricity": power, "read_on": read_on, "office_signed": office,
                "customer_signed": customer}

    # ------------------------------------------------------------ moving out
    def arrears(self, session: Session, customer_id: int) -> list[str]:
        """What the customer still owes: unpaid payments and open violations or arrears, one line each."""
        entries = EntryService(self.db)
        out = []
        for kind in ("payment", "violation"):
            for e in entries.list(session, customer_id, kind):
                if e.is_open and not e.voided:
                    amount = format_fen(e.amount_fen) if e.amount_fen else ""
                    out.append(" ".join(p for p in (e.entry_date, e.summary, amount and f"¥{amount}") if p))
        return out

    def move_out(self, session: Session, occupancy_id: int, end_date, checklist: dict | None = None, *,
                 arrears_seen: bool = False) -> Occupancy:
        """退租: the occupancy ends; the unit becomes vacant when nobody else is in it; the customer's dossier
        closes (moved out) when they have no other unit. Unpaid items raise ``ArrearsFound`` unless seen."""
        self.require(session, "property.write")
        occ = self.occupancies.get(occupancy_id)
        if occ is None:
            raise NotFound(translate("Property", "No such occupancy."))
        if not occ.current:
            raise KeDangError(translate("Property", "This occupancy ended on {date} already.").format(date=occ.end_date))
        unit = self.get_unit(session, occ.unit_id)
        end_label = translate("Property", "Move-out date")
        end = need_date(end_date, end_label, key="end_date", not_future=True)
        if end < occ.start_date:
            raise bad(end_label, translate("Property", "may not be before the move-in date ({date})").format(
                date=occ.start_date), "end_date")
        checklist = dict(checklist or {})
        clean = self._readings(checklist, end, not_before=occ.start_date)
        before = occ.move_in
        for key, name in (("water", translate("Property", "Water meter")),
                          ("electricity", translate("Property", "Electricity meter"))):
            if clean.get(key) and before.get(key) and Decimal(clean[key]) < Decimal(before[key]):
                raise bad(name, translate("Property", "is lower than at move-in ({value})").format(value=before[key]), key)
        clean["keys_returned"] = _count(checklist.get("keys_returned"), translate("Property", "Keys returned"),
                                        "keys_returned")
        clean["cards_returned"] = _count(checklist.get("cards_returned"), translate("Property", "Access cards returned"),
                                         "cards_returned")
        clean["note"] = need_text(checklist.get("note"), translate("Property", "Note"), key="note", required=False,
                                  max_len=500)
        held = [k for k in self.keys.where("unit_id = ? AND customer_id = ? AND status != 'returned'",
                                          (unit.id, occ.customer_id))]
        lent = [k for k in held if k.status == "lent"]
        if lent:
            raise KeDangError(translate("Property", "The office's key \"{key}\" of {unit} is lent to {who}: take it back "
                                                    "before the move-out.").format(key=lent[0].description,
                                                                                   unit=unit.number, who=lent[0].lent_to))
        owed = self.arrears(session, occ.customer_id)
        if owed and not arrears_seen:
            raise ArrearsFound(owed)
        clean["arrears"] = owed
        ts = now_iso()
        customers = CustomerService(self.db)
        with self.db.transaction():
            occ.end_date, occ.move_out = end, clean
            occ.updated_at, occ.updated_by = ts, session.user_id
            self.occupancies.update(occ)
            for k in held:
                k.status, k.returned_on, k.updated_at, k.updated_by = "returned", end, ts, session.user_id
                self.keys.update(k)
                self.audit(session, "key.give_back", "held_key", k.id, summary=unit.number, on=end, with_move_out=occ.id)
            if not self._current(unit.id):
                unit.status, unit.updated_at, unit.updated_by = "vacant", ts, session.user_id
                self.units.update(unit)
            others = [o for o in self.occupancies.for_customer(occ.customer_id) if o.current]
            customer = self.customer_repo.get(occ.customer_id)
            closed = False
            if not others and customer is not None and customer.status == "active":
                customers.move_out(session, customer.id, end, translate("Property", "moved out of {unit}").format(
                    unit=unit.number))
                closed = True
            self.audit(session, "occupancy.move_out", "occupancy", occ.id,
                       summary=f"{unit.number} {customer.code if customer else ''}", unit=unit.number, end_date=end,
                       checklist={k: v for k, v in clean.items() if k != "arrears"}, arrears=len(owed),
                       keys_given_back=[k.id for k in held], dossier_closed=closed)
        return occ

    # ------------------------------------------------------------ keys held for tenants
    def list_keys(self, session: Session, *, status: str = "", overdue_only: bool = False, unit_id: int | None = None
                  ) -> list[HeldKey]:
        self.require(session, "property.read")
        clause, params = ["1=1"], []
        if status:
            clause.append("status = ?")
            params.append(status)
        if unit_id is not None:
            clause.append("unit_id = ?")
            params.append(unit_id)
        if overdue_only:
            clause.append("status = 'lent' AND due_date < ?")
            params.append(_archive.today().isoformat())
        return self.keys.where(" AND ".join(clause), params, order="status = 'returned', unit_id, id")

    def get_key(self, session: Session, key_id: int) -> HeldKey:
        self.require(session, "property.read")
        k = self.keys.get(key_id)
        if k is None:
            raise NotFound(translate("Property", "No such key."))
        return k

    def is_overdue(self, k: HeldKey, today: _dt.date | None = None) -> bool:
        return k.status == "lent" and bool(k.due_date) and k.due_date < (today or _archive.today()).isoformat()

    def key_status_text(self, k: HeldKey, today: _dt.date | None = None) -> str:
        today = today or _archive.today()
        if self.is_overdue(k, today):
            return translate("Property", "Overdue {n} days").format(n=(today - _dt.date.fromisoformat(k.due_date)).days)
        return label(k.status)

    def register_key(self, session: Session, unit_id: int, fields: dict) -> HeldKey:
        """代保管钥匙: the office takes a tenant's key into its cabinet."""
        self.require(session, "keys.lend")
        unit = self.get_unit(session, unit_id)
        current = [o for o in self._current(unit.id)]
        customer_id = fields.get("customer_id") or (current[0].customer_id if current else None)
        clean = {
            "description": need_text(fields.get("description"), translate("Property", "Key"), key="description", max_len=60),
            "quantity": need_int(fields.get("quantity") or 1, translate("Property", "Quantity"), key="quantity",
                                 minimum=1, maximum=99),
            "position": need_text(fields.get("position"), translate("Property", "Key cabinet position"), key="position",
                                  required=False, max_len=30),
            "received_on": need_date(fields.get("received_on") or _archive.today(), translate("Property", "Received on"),
                                     key="received_on", not_future=True),
            "note": need_text(fields.get("note"), translate("Property", "Note"), key="note", required=False, max_len=500),
        }
        ts = now_iso()
        with self.db.transaction():
            k = self.keys.insert(HeldKey(unit_id=unit.id, customer_id=customer_id, created_at=ts,
                                         created_by=session.user_id, updated_at=ts, updated_by=session.user_id, **clean))
            self.audit(session, "key.register", "held_key", k.id, summary=unit.number, after=clean)
        return k

    def lend_key(self, session: Session, key_id: int, lent_to: str, purpose: str, lent_on, due_date) -> HeldKey:
        """A key leaves the cabinet (for a repair, a cleaner, the tenant who forgot theirs) until a due date."""
        self.require(session, "keys.lend")
        k = self.get_key(session, key_id)
        if k.status == "lent":
            raise KeDangError(translate("Property", "The key is lent to {who} until {due}: it cannot be lent again.")
                              .format(who=k.lent_to, due=k.due_date))
        if k.status != "held":
            raise KeDangError(translate("Property", "The key was given back to the tenant on {date}.").format(
                date=k.returned_on))
        who = need_text(lent_to, translate("Property", "Lent to"), key="lent_to", max_len=40)
        why = need_text(purpose, translate("Property", "Purpose"), key="purpose", max_len=100)
        on = need_date(lent_on, translate("Property", "Lent on"), key="lent_on", not_future=True)
        if on < k.received_on:
            raise bad(translate("Property", "Lent on"), translate("Property", "may not be before {date}").format(
                date=k.received_on), "lent_on")
        due = need_date(due_date, translate("Property", "Due back"), key="due_date")
        if due < on:
            raise bad(translate("Property", "Due back"), translate("Property", "may not be before the lending date"),
                      "due_date")
        with self.db.transaction():
            k.status, k.lent_to, k.purpose, k.lent_on, k.due_date = "lent", who, why, on, due
            k.updated_at, k.updated_by = now_iso(), session.user_id
            self.keys.update(k)
            self.audit(session, "key.lend", "held_key", k.id, summary=who, lent_on=on, due_date=due, purpose=why)
        return k

    def return_key(self, session: Session, key_id: int, back_on) -> HeldKey:
        """A lent key comes back into the cabinet."""
        self.require(session, "keys.lend")
        k = self.get_key(session, key_id)
        if k.status != "lent":
            raise KeDangError(translate("Property", "The key is not lent out."))
        back = need_date(back_on, translate("Property", "Returned on"), key="back_on", not_future=True)
        if back < k.lent_on:
            raise bad(translate("Property", "Returned on"), translate("Property", "may not be before the lending date ({date})")
                      .format(date=k.lent_on), "back_on")
        with self.db.transaction():
            k.history = [*k.history, {"lent_to": k.lent_to, "purpose": k.purpose, "lent_on": k.lent_on,
                                      "due_date": k.due_date, "back_on": back}]
            k.status, k.lent_to, k.purpose, k.lent_on, k.due_date = "held", "", "", None, None
            k.updated_at, k.updated_by = now_iso(), session.user_id
            self.keys.update(k)
            self.audit(session, "key.return", "held_key", k.id, back_on=back, late=back > k.history[-1]["due_date"])
        return k

    def give_back_key(self, session: Session, key_id: int, on) -> HeldKey:
        """The tenant takes the key back for good."""
        self.require(session, "keys.lend")
        k = self.get_key(session, key_id)
        if k.status == "lent":
            raise KeDangError(translate("Property", "The key is lent to {who}: take it back into the cabinet first.")
                              .format(who=k.lent_to))
        if k.status != "held":
            raise KeDangError(translate("Property", "The key was given back to the tenant on {date}.").format(
                date=k.returned_on))
        day = need_date(on, translate("Property", "Given back on"), key="on", not_future=True)
        with self.db.transaction():
            k.status, k.returned_on, k.updated_at, k.updated_by = "returned", day, now_iso(), session.user_id
            self.keys.update(k)
            self.audit(session, "key.give_back", "held_key", k.id, on=day)
        return k

    def due_items(self, session: Session, today: _dt.date | None = None, limit: int = 200) -> list[DueItem]:
        """Keys lent out past their due date, for the today panel."""
        if not session.may("property.read"):
            return []
        today = today or _archive.today()
        keys = self.keys.where("status = 'lent' AND due_date < ?", (today.isoformat(),), order="due_date", limit=limit)
        units = self.units.by_ids(k.unit_id for k in keys)
        names = self.customer_names(k.customer_id for k in keys)
        out = []
        for k in keys:
            code, name = names.get(k.customer_id, ("", ""))
            number = units[k.unit_id].number if k.unit_id in units else ""
            out.append(DueItem("key", k.id, k.customer_id, code, name, "key", k.due_date,
                               translate("Property", "Key of {unit} ({key}) lent to {who}").format(
                                   unit=number, key=k.description, who=k.lent_to),
                               "keys", (today - _dt.date.fromisoformat(k.due_date)).days, {"unit_id": k.unit_id}))
        return out

    # ------------------------------------------------------------ folder labels
    def label_states(self, session: Session, kind: str, ids: Sequence[int] | None = None) -> list[LabelState]:
        """What each folder's label should say now, and what the last printed one said."""
        self.require(session, "property.read")
        printed = self.prints.latest(kind)
        out = []
        if kind == "unit":
            units = self.units.where(order="building_id, number") if ids is None else list(self.units.by_ids(ids).values())
            occupants = self.occupants(u.id for u in units)
            for u in sorted(units, key=lambda u: (u.building_id, _natural(u.number))):
                name = "、".join(o.name for o in occupants.get(u.id, []))
                p = printed.get(u.id)
                out.append(LabelState("unit", u.id, u.number, name, _label_text(u.number, name),
                                      p.text if p else None, p.printed_at if p else ""))
        else:
            files = self.files.where("status != 'destroyed'", order="archive_no") if ids is None else [
                f for f in (self.files.get(i) for i in ids) if f]
            names = self.customer_names(f.customer_id for f in files)
            for f in files:
                name = names.get(f.customer_id, ("", ""))[1]
                p = printed.get(f.id)
                out.append(LabelState("file", f.id, f.archive_no, name, _label_text(f.archive_no, name),
                                      p.text if p else None, p.printed_at if p else ""))
        return out

    def labels_to_reprint(self, session: Session) -> list[LabelState]:
        return [s for kind in LABEL_KINDS for s in self.label_states(session, kind) if s.state == "reprint"]

    def record_printed(self, session: Session, states: Sequence[LabelState]) -> None:
        """The labels were printed: remember what each said (the to-reprint list compares with it)."""
        self.require(session, "property.write")
        if not states:
            return
        ts = now_iso()
        with self.db.transaction():
            for s in states:
                self.prints.insert(LabelPrint(kind=s.kind, ref_id=s.ref_id, text=s.text, printed_at=ts,
                                              printed_by=session.user_id))
            self.audit(session, "label.print", "label", "", summary=str(len(states)), count=len(states),
                       units=[s.ref_id for s in states if s.kind == "unit"],
                       files=[s.ref_id for s in states if s.kind == "file"])

    # ------------------------------------------------------------ reports
    def moves(self, session: Session, date_from: str, date_to: str) -> list[Move]:
        """Move-ins and move-outs between two dates (inclusive), oldest first."""
        self.require(session, "property.read")
        occ = self.occupancies.where("(start_date BETWEEN ? AND ?) OR (end_date BETWEEN ? AND ?)",
                                     (date_from, date_to, date_from, date_to), order="id")
        units = self.units.by_ids(o.unit_id for o in occ)
        buildings = {b.id: b for b in self.buildings.where()}
        names = self.customer_names(o.customer_id for o in occ)
        out = []
        for o in occ:
            u = units[o.unit_id]
            code, name = names.get(o.customer_id, ("", ""))
            if date_from <= o.start_date <= date_to:
                out.append(Move(o.start_date, "in", o, u, buildings[u.building_id], code, name, o.move_in))
            if o.end_date and date_from <= o.end_date <= date_to:
                out.append(Move(o.end_date, "out", o, u, buildings[u.building_id], code, name, o.move_out))
        return sorted(out, key=lambda m: (m.date, m.direction != "out", _natural(m.unit.number)))


def _label_text(number: str, name: str) -> str:
    return f"{number}\n{name}" if name else number


def _natural(text: str) -> list:
    """Sort key that puts 3-2-902 before 3-2-1001."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text or "")]
