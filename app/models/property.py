"""Repositories of the property desk: buildings, units, occupancies, keys held, label prints.

SQL only, no role checks and no audit (``app.property`` does that).
"""
from __future__ import annotations

from typing import Iterable

from app.models.archive import _Table
from app.models.records import Building, HeldKey, LabelPrint, Occupancy, Unit
from app.models.repositories import escape_like


class BuildingRepo(_Table[Building]):
    table, record = "buildings", Building


class UnitRepo(_Table[Unit]):
    table, record = "units", Unit

    def in_building(self, building_id: int) -> list[Unit]:
        return self.where("building_id = ?", (building_id,), order="floor DESC, number")

    def by_number(self, building_id: int, number: str) -> Unit | None:
        found = self.where("building_id = ? AND number = ?", (building_id, number), limit=1)
        return found[0] if found else None

    def find(self, key: str, limit: int = 200) -> list[Unit]:
        """Units whose normalised number is ``key``, ends with ``-key`` or starts with ``key-``."""
        like = escape_like(key)
        return self.where("search_key = ? OR search_key LIKE ? ESCAPE '\\' OR search_key LIKE ? ESCAPE '\\'",
                          (key, "%-" + like, like + "-%"), order="search_key", limit=limit)

    def by_ids(self, ids: Iterable[int]) -> dict[int, Unit]:
        ids = list(dict.fromkeys(ids))
        out: dict[int, Unit] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for u in self.where(f"id IN ({','.join('?' * len(chunk))})", chunk):
                out[u.id] = u
        return out


class OccupancyRepo(_Table[Occupancy]):
    table, record = "occupancies", Occupancy
    json_fields = ("move_in", "move_out")

    def units_of_occupants(self, text: str, limit: int) -> list[int]:
        """Units whose current occupant's name contains ``text`` or whose code is ``text``."""
        return [r[0] for r in self.db.query(
            "SELECT DISTINCT o.unit_id FROM occupancies o JOIN customers c ON c.id = o.customer_id "
            "WHERE o.end_date IS NULL AND (c.name LIKE ? ESCAPE '\\' OR c.code = ?) LIMIT ?",
            ("%" + escape_like(text) + "%", text.upper(), limit))]

    def for_unit(self, unit_id: int) -> list[Occupancy]:
        return self.where("unit_id = ?", (unit_id,), order="end_date IS NOT NULL, start_date DESC, id DESC")

    def for_customer(self, customer_id: int) -> list[Occupancy]:
        return self.where("customer_id = ?", (customer_id,), order="end_date IS NOT NULL, start_date DESC, id DESC")

    def current_in(self, unit_ids: Iterable[int]) -> dict[int, list[Occupancy]]:
        ids = list(dict.fromkeys(unit_ids))
        out: dict[int, list[Occupancy]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for o in self.where(f"end_date IS NULL AND unit_id IN ({','.join('?' * len(chunk))})", chunk,
                                order="role, id"):
                out.setdefault(o.unit_id, []).append(o)
        return out


class HeldKeyRepo(_Table[HeldKey]):
    table, record = "held_keys", HeldKey
    json_fields = ("history",)


class LabelPrintRepo(_Table[LabelPrint]):
    table, record = "label_prints", LabelPrint

    def latest(self, kind: str) -> dict[int, LabelPrint]:
        """The last label printed for each record of ``kind``."""
        rows = self.where("kind = ? AND id IN (SELECT max(id) FROM label_prints WHERE kind = ? GROUP BY ref_id)",
                          (kind, kind), order="id")
        return {p.ref_id: p for p in rows}
