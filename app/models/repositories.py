"""Repositories: every SQL statement of the program lives here (or in migrations).

They take a ``Database``; they neither check roles nor write the audit log —
the services do that around them, in the same transaction.
"""
from __future__ import annotations

import hashlib
import json
import re
from typing import Iterable, Sequence

from app.models.database import Database, now_iso
from app.models.records import (
    CLOSED, CLOSED_STATUSES, AuditEvent, Contact, Customer, CustomerQuery, User,
)

GENESIS_HASH = "0" * 64
REDACTED_PAYLOAD = '{"redacted":true}'
_FIELD_SEP = "\x1f"  # between fields in the trigram body: no typed query contains it
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def escape_like(text: str) -> str:
    """``text`` matched literally inside a LIKE pattern with ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class MetaRepo:
    def __init__(self, db: Database):
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self.db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else value

    def set(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value))

    def next_sequence(self, name: str) -> int:
        current = int(self.get(f"seq:{name}", "0") or 0) + 1
        self.set(f"seq:{name}", str(current))
        return current


# --------------------------------------------------------------------- users
class UserRepo:
    COLS = "id, username, display_name, role, active, failed_count, locked_until, created_at, updated_at"

    def __init__(self, db: Database):
        self.db = db

    @staticmethod
    def _user(row: tuple) -> User:
        return User(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6], row[7], row[8])

    def by_username(self, username: str) -> User | None:
        row = self.db.query_one(f"SELECT {self.COLS} FROM users WHERE username = ?", (username,))
        return self._user(row) if row else None

    def by_id(self, user_id: int) -> User | None:
        row = self.db.query_one(f"SELECT {self.COLS} FROM users WHERE id = ?", (user_id,))
        return self._user(row) if row else None

    def password_hash(self, user_id: int) -> str:
        return self.db.scalar("SELECT pw_hash FROM users WHERE id = ?", (user_id,))

    def all(self) -> list[User]:
        return [self._user(r) for r in self.db.query(f"SELECT {self.COLS} FROM users ORDER BY username")]

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM users"))

    def count_active_admins(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"))

    def insert(self, username: str, display_name: str, role: str, pw_hash: str) -> int:
        ts = now_iso()
        return self.db.execute(
            "INSERT INTO users(username, display_name, role, pw_hash, active, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 1, ?, ?)", (username, display_name, role, pw_hash, ts, ts))

    def update(self, user_id: int, **fields) -> None:
        allowed = {"display_name", "role", "pw_hash", "active", "failed_count", "locked_until"}
        assert set(fields) <= allowed, fields
        sets = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE users SET {sets}, updated_at = ? WHERE id = ?",
                        (*fields.values(), now_iso(), user_id))


# ----------------------------------------------------------------- customers
class CustomerRepo:
    COLS = ("id", "code", "name", "kind", "level", "status", "id_number", "phone", "unit", "address",
            "company", "note", "pinyin", "status_date", "created_at", "updated_at", "created_by", "updated_by",
            "tags", "extra")
    SORTABLE = ("code", "name", "kind", "level", "phone", "id_number", "unit", "status", "updated_at")
    LIST_COLS = ("id", "code", "name", "kind", "level", "phone", "id_number", "unit", "address", "status", "updated_at")

    def __init__(self, db: Database):
        self.db = db
        self._select = "SELECT " + ", ".join(self.COLS) + " FROM customers"

    # ---- reading
    @staticmethod
    def _customer(row: tuple | None) -> Customer | None:
        if row is None:
            return None
        c = Customer(*row)
        c.tags = json.loads(c.tags or "[]")
        c.extra = json.loads(c.extra or "{}")
        return c

    @staticmethod
    def _values(c: Customer, cols: Sequence[str]) -> list:
        out = []
        for k in cols:
            v = getattr(c, k)
            if k in ("tags", "extra"):
                v = json.dumps(v, ensure_ascii=False, sort_keys=True)
            out.append(v)
        return out

    def get(self, customer_id: int) -> Customer | None:
        return self._customer(self.db.query_one(self._select + " WHERE id = ?", (customer_id,)))

    def by_code(self, code: str) -> Customer | None:
        return self._customer(self.db.query_one(self._select + " WHERE code = ?", (code,)))

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM customers"))

    def current_units(self, customer_id: int) -> list[str]:
        """Numbers of the units the customer occupies now (the property desk's occupancies)."""
        return [r[0] for r in self.db.query(
            "SELECT u.number FROM occupancies o JOIN units u ON u.id = o.unit_id "
            "WHERE o.customer_id = ? AND o.end_date IS NULL ORDER BY u.number", (customer_id,))]

    def code_exists(self, code: str) -> bool:
        return self.db.query_one("SELECT 1 FROM customers WHERE code = ?", (code,)) is not None

    def ids_with(self, column: str, value: str, exclude_id: int | None = None) -> list[tuple[int, str, str]]:
        """(id, code, name) of customers whose ``column`` equals ``value`` (duplicate warnings)."""
        assert column in ("id_number", "phone")
        return self.db.query(
            f"SELECT id, code, name FROM customers WHERE {column} = ? AND id IS NOT ? AND status != 'destroyed'",
            (value, exclude_id))

    def list_rows(self, ids: Sequence[int]) -> dict[int, tuple]:
        """The list columns of the given customers, keyed by id."""
        if not ids:
            return {}
        out: dict[int, tuple] = {}
        cols = ", ".join(self.LIST_COLS)
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"SELECT {cols} FROM customers WHERE id IN ({marks})", chunk):
                out[row[0]] = row
        return out

    # ---- search
    @staticmethod
    def _term_clause(term: str, live: bool) -> tuple[str, list]:
        """SQL deciding whether customer ``c`` matches one search term.

        Prefix lookups repeat the ``status`` condition inside each OR branch: only then does
        SQLite use the partial indexes for every branch (one index per branch, no table scan).
        """
        if len(term) >= 3:
            return ("c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)", [_fts_string(term)])
        cjk = [ch for ch in term if is_cjk(ch)]
        if cjk:
            return ("c.id IN (SELECT rowid FROM customer_cjk WHERE customer_cjk MATCH ?)",
                    [_fts_string(" ".join(cjk))])
        prefix = _glob_escape(term) + "*"
        cond = " AND c.status != 'destroyed'" if live else ""
        if term.isascii() and term.isalpha():
            branches = [("pinyin", prefix.lower()), ("code", prefix.upper())]
        else:
            branches = [("phone", prefix), ("code", prefix.upper()), ("unit", prefix), ("id_number", prefix.upper())]
        return ("(" + " OR ".join(f"(c.{col} GLOB ?{cond})" for col, _v in branches) + ")",
                [v for _c, v in branches])

    def search_ids(self, q: CustomerQuery) -> list[int]:
        """Ids of the customers matching ``q``, sorted in SQL (every term must match)."""
        where: list[str] = []
        params: list = []
        for term in q.text.split():
            clause, p = self._term_clause(term, q.status != "destroyed")
            where.append(clause)
            params.extend(p)
        for col in ("kind", "level", "status"):
            value = getattr(q, col)
            if value == CLOSED and col == "status":
                where.append(f"c.status IN ({', '.join(repr(s) for s in CLOSED_STATUSES)})")
            elif value:
                where.append(f"c.{col} = ?")
                params.append(value)
        if q.status != "destroyed":
            where.append("c.status != 'destroyed'")  # also lets SQLite use the partial sort indexes
        sort = q.sort if q.sort in self.SORTABLE else "code"
        direction = "DESC" if q.descending else "ASC"
        sql = "SELECT c.id FROM customers c"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY c.{sort} {direction}, c.id {direction}"
        return [r[0] for r in self.db.query(sql, params)]

    # ---- writing
    @staticmethod
    def _bodies(c: Customer, full_pinyin: str) -> tuple[str, str]:
        phone_digits = c.phone.replace("-", "")
        extras = [*c.tags, *(str(v) for v in c.extra.values())]
        trigram = _FIELD_SEP.join(x for x in (
            c.code, c.name, c.phone, phone_digits if phone_digits != c.phone else "", c.id_number, c.unit,
            c.address, c.company, c.pinyin, full_pinyin, *extras) if x)
        parts = []
        for text in (c.name, c.company, c.address, c.unit, *extras):
            chars = [ch for ch in text if is_cjk(ch)]
            if chars:
                parts.append(" ".join(chars))
        cjk = " 0 ".join(parts)  # a non-CJK token between fields keeps phrases inside one field
        return trigram, cjk

    def _index(self, c: Customer, full_pinyin: str) -> None:
        trigram, cjk = self._bodies(c, full_pinyin)
        self.db.execute("INSERT INTO customer_fts(rowid, body) VALUES (?, ?)", (c.id, trigram))
        self.db.execute("INSERT INTO customer_cjk(rowid, body) VALUES (?, ?)", (c.id, cjk))

    def _unindex(self, customer_id: int) -> None:
        self.db.execute("DELETE FROM customer_fts WHERE rowid = ?", (customer_id,))
        self.db.execute("DELETE FROM customer_cjk WHERE rowid = ?", (customer_id,))

    def insert(self, c: Customer, full_pinyin: str) -> int:
        cols = [k for k in self.COLS if k != "id"]
        values = self._values(c, cols)
        c.id = self.db.execute(
            f"INSERT INTO customers({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})", values)
        self._index(c, full_pinyin)
        return c.id

    def insert_many(self, rows: Sequence[tuple[Customer, str]]) -> None:
        """Bulk insert (demo data, imports) in the caller's transaction; sets each customer's id."""
        next_id = int(self.db.scalar("SELECT coalesce(max(id), 0) FROM customers")) + 1
        cols = [k for k in self.COLS]
        values, fts, cjk = [], [], []
        for offset, (c, full) in enumerate(rows):
            c.id = next_id + offset
            values.append(self._values(c, cols))
            trigram, chars = self._bodies(c, full)
            fts.append((c.id, trigram))
            cjk.append((c.id, chars))
        self.db.executemany(f"INSERT INTO customers({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})", values)
        self.db.executemany("INSERT INTO customer_fts(rowid, body) VALUES (?, ?)", fts)
        self.db.executemany("INSERT INTO customer_cjk(rowid, body) VALUES (?, ?)", cjk)

    def groups_sharing(self, column: str) -> list[list[int]]:
        """Ids of live customers sharing one non-empty value of ``column``, group by group."""
        assert column in ("id_number", "phone", "name", "unit")
        rows = self.db.query(
            f"SELECT group_concat(id) FROM customers WHERE {column} != '' AND status != 'destroyed'"
            f" GROUP BY {column} HAVING count(*) > 1")
        return [[int(x) for x in r[0].split(",")] for r in rows]

    def referencing_tables(self) -> list[str]:
        """Every table with a ``customer_id`` column: what a merge moves over to the kept customer."""
        tables = [r[0] for r in self.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return [t for t in tables
                if any(col[1] == "customer_id" for col in self.db.query(f'PRAGMA table_info("{t}")'))]

    def move_rows(self, source_id: int, target_id: int) -> dict[str, int]:
        moved = {}
        for table in self.referencing_tables():
            n = int(self.db.scalar(f'SELECT count(*) FROM "{table}" WHERE customer_id = ?', (source_id,)))
            if n:
                self.db.execute(f'UPDATE "{table}" SET customer_id = ? WHERE customer_id = ?', (target_id, source_id))
                moved[table] = n
        return moved

    def delete(self, customer_id: int) -> None:
        self._unindex(customer_id)
        self.db.execute("DELETE FROM customers WHERE id = ?", (customer_id,))

    def update(self, c: Customer, full_pinyin: str) -> None:
        cols = [k for k in self.COLS if k not in ("id", "created_at", "created_by")]
        self.db.execute(f"UPDATE customers SET {', '.join(k + ' = ?' for k in cols)} WHERE id = ?",
                        self._values(c, cols) + [c.id])
        self._unindex(c.id)
        self._index(c, full_pinyin)


class ContactRepo:
    COLS = ("id", "customer_id", "role", "name", "phone", "relation", "note", "created_at", "updated_at")

    def __init__(self, db: Database):
        self.db = db

    def for_customer(self, customer_id: int) -> list[Contact]:
        rows = self.db.query(
            f"SELECT {', '.join(self.COLS)} FROM contacts WHERE customer_id = ?"
            " ORDER BY CASE role WHEN 'main' THEN 0 WHEN 'daily' THEN 1 ELSE 2 END, id", (customer_id,))
        return [Contact(*r) for r in rows]

    def get(self, contact_id: int) -> Contact | None:
        row = self.db.query_one(f"SELECT {', '.join(self.COLS)} FROM contacts WHERE id = ?", (contact_id,))
        return Contact(*row) if row else None

    def insert(self, c: Contact) -> int:
        ts = now_iso()
        c.created_at = c.updated_at = ts
        c.id = self.db.execute(
            "INSERT INTO contacts(customer_id, role, name, phone, relation, note, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (c.customer_id, c.role, c.name, c.phone, c.relation, c.note, ts, ts))
        return c.id

    def update(self, c: Contact) -> None:
        c.updated_at = now_iso()
        self.db.execute("UPDATE contacts SET role = ?, name = ?, phone = ?, relation = ?, note = ?, updated_at = ?"
                        " WHERE id = ?", (c.role, c.name, c.phone, c.relation, c.note, c.updated_at, c.id))

    def delete(self, contact_id: int) -> None:
        self.db.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))

    def insert_many(self, contacts: Iterable[Contact]) -> None:
        ts = now_iso()
        self.db.executemany(
            "INSERT INTO contacts(customer_id, role, name, phone, relation, note, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.customer_id, c.role, c.name, c.phone, c.relation, c.note, ts, ts) for c in contacts])


# --------------------------------------------------------------------- audit
def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_hash(event_id: int, ts: str, user_id: int | None, username: str, action: str, entity: str,
               entity_id: str, summary: str, payload_hash: str, prev_hash: str) -> str:
    material = json.dumps([event_id, ts, user_id, username, action, entity, entity_id, summary,
                           payload_hash, prev_hash], ensure_ascii=False, separators=(",", ":"))
    return _sha(material)


class AuditRepo:
    COLS = ("id", "ts", "user_id", "username", "action", "entity", "entity_id", "summary", "payload",
            "payload_hash", "prev_hash", "hash")

    def __init__(self, db: Database):
        self.db = db
        self.meta = MetaRepo(db)

    def append(self, *, user_id: int | None, username: str, action: str, entity: str = "",
               entity_id: str = "", summary: str = "", payload: dict | None = None) -> int:
        """Append one chained event; must run inside the business action's transaction."""
        last = self.db.query_one("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")
        event_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
        ts = now_iso()
        body = json.dumps(payload or {}, ensure_ascii=False, sort_keys=True, default=str)
        payload_hash = _sha(body)
        digest = event_hash(event_id, ts, user_id, username, action, entity, str(entity_id), summary,
                            payload_hash, prev)
        self.db.execute(
            f"INSERT INTO audit_events({', '.join(self.COLS)}) VALUES ({','.join('?' * len(self.COLS))})",
            (event_id, ts, user_id, username, action, entity, str(entity_id), summary, body, payload_hash,
             prev, digest))
        self.meta.set("audit_head", f"{event_id}:{digest}")
        return event_id

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM audit_events"))

    def anchor(self) -> tuple[int, str]:
        """The chain's length and head hash as they stand: what backups and printouts carry outside the file."""
        row = self.db.query_one("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")
        return (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)

    def search(self, *, username: str | None = None, action: str | None = None, entity: str | None = None,
               entity_id: str | None = None, since: str | None = None, until: str | None = None,
               text: str | None = None, limit: int = 5000) -> list[AuditEvent]:
        where, params = [], []
        for col, value in (("username", username), ("entity", entity), ("entity_id", entity_id)):
            if value:
                where.append(f"{col} = ?")
                params.append(value)
        if action:
            where.append("action GLOB ?")
            params.append(_glob_escape(action) + "*")
        if since:
            where.append("ts >= ?")
            params.append(since)
        if until:
            where.append("ts <= ?")
            params.append(until)
        if text:
            where.append("(summary LIKE ? ESCAPE '\\' OR payload LIKE ? ESCAPE '\\')")
            like = "%" + escape_like(text) + "%"
            params += [like, like]
        sql = f"SELECT {', '.join(self.COLS)} FROM audit_events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        return [AuditEvent(*r) for r in self.db.query(sql, params)]

    def actions(self) -> list[str]:
        return [r[0] for r in self.db.query("SELECT DISTINCT action FROM audit_events ORDER BY action")]

    def verify(self) -> tuple[bool, int | None, str]:
        """Walk the chain. Returns (ok, id of the first bad event or None, what is wrong)."""
        prev = GENESIS_HASH
        expected_id = 1
        last_id, last_hash = 0, GENESIS_HASH
        cur = self.db.query(f"SELECT {', '.join(self.COLS)} FROM audit_events ORDER BY id")
        for row in cur:
            e = AuditEvent(*row)
            if e.id != expected_id:
                return False, expected_id, "missing"
            if e.prev_hash != prev:
                return False, e.id, "broken_link"
            if e.payload != REDACTED_PAYLOAD and _sha(e.payload) != e.payload_hash:
                return False, e.id, "payload_changed"
            digest = event_hash(e.id, e.ts, e.user_id, e.username, e.action, e.entity, e.entity_id, e.summary,
                                e.payload_hash, e.prev_hash)
            if digest != e.hash:
                return False, e.id, "row_changed"
            prev = e.hash
            expected_id += 1
            last_id, last_hash = e.id, e.hash
        head = self.meta.get("audit_head")
        if head is not None:
            head_id, head_hash = head.split(":", 1)
            if int(head_id) != last_id or head_hash != last_hash:
                return False, last_id + 1, "tail_missing"
        elif last_id:
            return False, 1, "head_missing"
        return True, None, ""
