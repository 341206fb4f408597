"""Repositories of the dossier: entries, attachments (and their bytes), custom field definitions.

Like ``repositories``: SQL only, no role checks and no audit (the services do that).
"""
from __future__ import annotations

import json
from typing import Sequence

from app.models.database import Database, now_iso
from app.models.records import Attachment, CustomField, Entry

# Columns of ``entries`` a list may sort on directly; other keys sort on the JSON field.
_ENTRY_SORT_COLUMNS = ("entry_date", "summary", "amount_fen", "is_open", "due_date", "updated_at", "kind", "id")


class EntryRepo:
    COLS = ("id", "customer_id", "kind", "entry_date", "summary", "amount_fen", "is_open", "due_date", "data",
            "follows_id", "voided", "void_reason", "voided_at", "voided_by", "created_at", "created_by",
            "updated_at", "updated_by")

    def __init__(self, db: Database):
        self.db = db
        self._select = "SELECT " + ", ".join(self.COLS) + " FROM entries"

    @staticmethod
    def _entry(row: tuple) -> Entry:
        e = Entry(*row)
        e.data = json.loads(e.data or "{}")
        e.is_open = bool(e.is_open)
        e.voided = bool(e.voided)
        return e

    def get(self, entry_id: int) -> Entry | None:
        row = self.db.query_one(self._select + " WHERE id = ?", (entry_id,))
        return self._entry(row) if row else None

    def for_customer(self, customer_id: int, kind: str | None = None, *, sort: str = "entry_date",
                     descending: bool = True) -> list[Entry]:
        """The customer's entries (of one kind, or all for the timeline), sorted in SQL."""
        where, params = "customer_id = ?", [customer_id]
        if kind:
            where += " AND kind = ?"
            params.append(kind)
        if sort in _ENTRY_SORT_COLUMNS:
            order = sort
        else:
            order = "json_extract(data, ?)"
            params.append("$." + "".join(ch for ch in sort if ch.isalnum() or ch == "_"))
        direction = "DESC" if descending else "ASC"
        rows = self.db.query(f"{self._select} WHERE {where} ORDER BY {order} {direction}, id {direction}", params)
        return [self._entry(r) for r in rows]

    def counts(self, customer_id: int) -> dict[str, int]:
        """Entries per kind (voided ones included: they are still shown, struck through)."""
        return dict(self.db.query("SELECT kind, count(*) FROM entries WHERE customer_id = ? GROUP BY kind",
                                  (customer_id,)))

    def followers(self, entry_id: int) -> list[Entry]:
        return [self._entry(r) for r in self.db.query(self._select + " WHERE follows_id = ? ORDER BY id", (entry_id,))]

    def insert(self, e: Entry) -> int:
        cols = [k for k in self.COLS if k != "id"]
        e.id = self.db.execute(f"INSERT INTO entries({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                               self._values(e, cols))
        return e.id

    def insert_many(self, entries: Sequence[Entry]) -> None:
        cols = [k for k in self.COLS if k != "id"]
        self.db.executemany(f"INSERT INTO entries({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                            [self._values(e, cols) for e in entries])

    def update(self, e: Entry) -> None:
        cols = [k for k in self.COLS if k not in ("id", "customer_id", "kind", "created_at", "created_by")]
        self.db.execute(f"UPDATE entries SET {', '.join(k + ' = ?' for k in cols)} WHERE id = ?",
                        self._values(e, cols) + [e.id])

    @staticmethod
    def _values(e: Entry, cols: Sequence[str]) -> list:
        out = []
        for k in cols:
            v = getattr(e, k)
            if k == "data":
                v = json.dumps(v, ensure_ascii=False, sort_keys=True)
            elif k in ("is_open", "voided"):
                v = int(bool(v))
            out.append(v)
        return out

    def due(self, until: str, limit: int) -> list[tuple]:
        """Open, unvoided entries due on or before ``until`` of customers still on file, soonest first:
        (entry id, customer id, code, name, kind, due date, summary, follows_id)."""
        return self.db.query(
            "SELECT e.id, e.customer_id, c.code, c.name, e.kind, e.due_date, e.summary, e.follows_id"
            " FROM entries e JOIN customers c ON c.id = e.customer_id"
            " WHERE e.is_open = 1 AND e.voided = 0 AND e.due_date <= ? AND c.status != 'destroyed'"
            " ORDER BY e.due_date, e.id LIMIT ?", (until, limit))

    def count_due(self, until: str) -> int:
        return int(self.db.scalar(
            "SELECT count(*) FROM entries e JOIN customers c ON c.id = e.customer_id"
            " WHERE e.is_open = 1 AND e.voided = 0 AND e.due_date <= ? AND c.status != 'destroyed'", (until,)))


class AttachmentRepo:
    COLS = ("id", "customer_id", "title", "kind", "pages", "filename", "mime", "size", "sha256", "voided",
            "void_reason", "voided_at", "voided_by", "created_at", "created_by", "updated_at", "updated_by")

    def __init__(self, db: Database):
        self.db = db
        self._select = "SELECT " + ", ".join(self.COLS) + " FROM attachments"

    @staticmethod
    def _attachment(row: tuple) -> Attachment:
        a = Attachment(*row)
        a.voided = bool(a.voided)
        return a

    def get(self, attachment_id: int) -> Attachment | None:
        row = self.db.query_one(self._select + " WHERE id = ?", (attachment_id,))
        return self._attachment(row) if row else None

    def for_customer(self, customer_id: int) -> list[Attachment]:
        rows = self.db.query(self._select + " WHERE customer_id = ? ORDER BY created_at DESC, id DESC",
                             (customer_id,))
        return [self._attachment(r) for r in rows]

    def count(self, customer_id: int) -> int:
        return int(self.db.scalar("SELECT count(*) FROM attachments WHERE customer_id = ?", (customer_id,)))

    def content(self, attachment_id: int) -> bytes | None:
        row = self.db.query_one("SELECT content FROM attachment_data WHERE attachment_id = ?", (attachment_id,))
        return bytes(row[0]) if row else None

    def insert(self, a: Attachment, content: bytes) -> int:
        cols = [k for k in self.COLS if k != "id"]
        a.id = self.db.execute(f"INSERT INTO attachments({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                               [int(v) if isinstance(v, bool) else v for v in (getattr(a, k) for k in cols)])
        self.db.execute("INSERT INTO attachment_data(attachment_id, content) VALUES (?, ?)", (a.id, content))
        return a.id

    def update(self, a: Attachment) -> None:
        cols = ("title", "kind", "pages", "voided", "void_reason", "voided_at", "voided_by", "updated_at", "updated_by")
        self.db.execute(f"UPDATE attachments SET {', '.join(k + ' = ?' for k in cols)} WHERE id = ?",
                        [int(v) if isinstance(v, bool) else v for v in (getattr(a, k) for k in cols)] + [a.id])


class CustomFieldRepo:
    COLS = ("id", "customer_kind", "label", "type", "choices", "position", "active", "created_at", "updated_at")

    def __init__(self, db: Database):
        self.db = db

    @staticmethod
    def _field(row: tuple) -> CustomField:
        f = CustomField(*row)
        f.choices = json.loads(f.choices or "[]")
        f.active = bool(f.active)
        return f

    def all(self) -> list[CustomField]:
        rows = self.db.query(f"SELECT {', '.join(self.COLS)} FROM custom_fields ORDER BY position, id")
        return [self._field(r) for r in rows]

    def get(self, field_id: int) -> CustomField | None:
        row = self.db.query_one(f"SELECT {', '.join(self.COLS)} FROM custom_fields WHERE id = ?", (field_id,))
        return self._field(row) if row else None

    def insert(self, f: CustomField) -> int:
        ts = now_iso()
        f.created_at = f.updated_at = ts
        if not f.position:
            f.position = int(self.db.scalar("SELECT coalesce(max(position), 0) + 1 FROM custom_fields"))
        f.id = self.db.execute(
            "INSERT INTO custom_fields(customer_kind, label, type, choices, position, active, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (f.customer_kind, f.label, f.type, json.dumps(f.choices, ensure_ascii=False), f.position, int(f.active),
             ts, ts))
        return f.id

    def update(self, f: CustomField) -> None:
        f.updated_at = now_iso()
        self.db.execute(
            "UPDATE custom_fields SET customer_kind = ?, label = ?, type = ?, choices = ?, position = ?, active = ?,"
            " updated_at = ? WHERE id = ?",
            (f.customer_kind, f.label, f.type, json.dumps(f.choices, ensure_ascii=False), f.position, int(f.active),
             f.updated_at, f.id))
