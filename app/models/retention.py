"""Repositories of retention and privacy: consent records, destruction requests, and the SQL the
destruction needs (what is past its retention period, what still holds a customer back, and
removing or blanking a customer's rows everywhere).

SQL only, no role checks and no audit (``app.retention`` and ``app.consents`` do that).
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from app.models.archive import _Table
from app.models.database import Database
from app.models.records import CLOSED_STATUSES, LOAN_ACTIVE, Consent, DestructionRequest
from app.models.repositories import REDACTED_PAYLOAD

# Full-text tables and their shadow tables are rebuilt by ``optimize_search_index``, not scanned.
_FTS_TABLES = ("customer_fts", "customer_cjk")


def _marks(values: Sequence) -> str:
    return ", ".join("?" * len(values))


class ConsentRepo(_Table[Consent]):
    table, record = "consents", Consent
    bool_fields = ("separate",)

    def for_customer(self, customer_id: int) -> list[Consent]:
        return self.where("customer_id = ?", (customer_id,), order="withdrawn_on IS NOT NULL, given_on DESC, id DESC")


class DestructionRepo(_Table[DestructionRequest]):
    table, record = "destruction_requests", DestructionRequest
    json_fields = ("items", "result")
    bool_fields = ("pipl",)

    def by_number(self, number: str) -> DestructionRequest | None:
        rows = self.where("number = ?", (number,))
        return rows[0] if rows else None

    def pending_items(self) -> dict[tuple[str, int], str]:
        """(kind, id) -> destruction number, of every item in a request not yet decided or done."""
        out: dict[tuple[str, int], str] = {}
        for req in self.where("status IN ('requested', 'approved')", order="id"):
            for item in req.items:
                out[(item["kind"], int(item["id"]))] = req.number
        return out


class RetentionRepo:
    """The destruction's own SQL: due lists, blockers, and removing a customer's personal data."""

    def __init__(self, db: Database):
        self.db = db

    # ------------------------------------------------------------ past retention
    def closed_customers_until(self, cutoff: str) -> list[tuple[int, str, str, str]]:
        """(id, code, status, since) of moved-out or archived customers closed on or before ``cutoff``."""
        marks = _marks(CLOSED_STATUSES)
        return self.db.query(
            f"SELECT id, code, status, coalesce(status_date, substr(updated_at, 1, 10)) AS since FROM customers"
            f" WHERE status IN ({marks}) AND since <= ? ORDER BY since, code", (*CLOSED_STATUSES, cutoff))

    def entries_until(self, cutoff: str) -> list[tuple[int, int, str, str, str]]:
        """(id, customer id, code, kind, date) of finished entries dated on or before ``cutoff``."""
        return self.db.query(
            "SELECT e.id, e.customer_id, c.code, e.kind, e.entry_date FROM entries e"
            " JOIN customers c ON c.id = e.customer_id"
            " WHERE e.entry_date <= ? AND e.is_open = 0 AND c.status != 'destroyed'"
            " ORDER BY e.entry_date, e.id", (cutoff,))

    def attachments_until(self, cutoff: str) -> list[tuple[int, int, str, str, str]]:
        """(id, customer id, code, kind, date added) of attachments added on or before ``cutoff``."""
        return self.db.query(
            "SELECT a.id, a.customer_id, c.code, a.kind, substr(a.created_at, 1, 10) AS added FROM attachments a"
            " JOIN customers c ON c.id = a.customer_id"
            " WHERE added <= ? AND c.status != 'destroyed' ORDER BY added, a.id", (cutoff,))

    def entry_ref(self, entry_id: int) -> tuple[int, str, str, str, int] | None:
        """(customer id, code, kind, date, open) of one entry."""
        return self.db.query_one(
            "SELECT e.customer_id, c.code, e.kind, e.entry_date, e.is_open FROM entries e"
            " JOIN customers c ON c.id = e.customer_id WHERE e.id = ?", (entry_id,))

    def attachment_ref(self, attachment_id: int) -> tuple[int, str, str, str] | None:
        """(customer id, code, kind, date added) of one attachment."""
        return self.db.query_one(
            "SELECT a.customer_id, c.code, a.kind, substr(a.created_at, 1, 10) FROM attachments a"
            " JOIN customers c ON c.id = a.customer_id WHERE a.id = ?", (attachment_id,))

    # ------------------------------------------------------------ what holds a customer back
    def current_units(self, customer_id: int) -> list[str]:
        return [r[0] for r in self.db.query(
            "SELECT u.number FROM occupancies o JOIN units u ON u.id = o.unit_id"
            " WHERE o.customer_id = ? AND o.end_date IS NULL ORDER BY u.number", (customer_id,))]

    def keys_kept(self, customer_id: int) -> list[tuple[str, str, str]]:
        """(description, unit number, status) of keys the office still keeps for the customer."""
        return self.db.query(
            "SELECT k.description, u.number, k.status FROM held_keys k JOIN units u ON u.id = k.unit_id"
            " WHERE k.customer_id = ? AND k.status IN ('held', 'lent') ORDER BY k.id", (customer_id,))

    def files(self, customer_id: int) -> list[tuple[int, str, str]]:
        """(id, archive number, status) of the customer's archive files."""
        return self.db.query("SELECT id, archive_no, status FROM archive_files WHERE customer_id = ? ORDER BY id",
                             (customer_id,))

    def certificates(self, customer_id: int) -> list[tuple[int, str, str]]:
        """(id, certificate number, status) of the customer's certificates (by customer or by file)."""
        return self.db.query(
            "SELECT id, cert_no, status FROM certificates WHERE customer_id = ? OR archive_file_id IN"
            " (SELECT id FROM archive_files WHERE customer_id = ?) ORDER BY id", (customer_id, customer_id))

    def open_loans(self, customer_id: int) -> list[tuple[str, str]]:
        """(loan number, status) of loans of the customer's files or certificates that still hold them."""
        return self.db.query(
            f"SELECT loan_no, status FROM loans WHERE customer_id = ? AND status IN ({_marks(LOAN_ACTIVE)})"
            " ORDER BY id", (customer_id, *LOAN_ACTIVE))

    def open_handovers(self, customer_id: int) -> list[str]:
        return [r[0] for r in self.db.query(
            "SELECT handover_no FROM handovers WHERE customer_id = ? AND status = 'open' ORDER BY id", (customer_id,))]

    # ------------------------------------------------------------ counting
    def count(self, table: str, where: str, params: Sequence[Any]) -> int:
        return int(self.db.scalar(f'SELECT count(*) FROM "{table}" WHERE {where}', params))

    # ------------------------------------------------------------ removing
    def delete_contacts(self, customer_id: int) -> int:
        n = self.count("contacts", "customer_id = ?", (customer_id,))
        self.db.execute("DELETE FROM contacts WHERE customer_id = ?", (customer_id,))
        return n

    def delete_entries(self, entry_ids: Sequence[int]) -> int:
        """Delete entries; entries that followed one of them (return visits) no longer point at it."""
        ids = list(entry_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            self.db.execute(f"UPDATE entries SET follows_id = NULL WHERE follows_id IN ({_marks(chunk)})", chunk)
            self.db.execute(f"DELETE FROM entries WHERE id IN ({_marks(chunk)})", chunk)
        return len(ids)

    def entry_ids(self, customer_id: int) -> list[int]:
        return [r[0] for r in self.db.query("SELECT id FROM entries WHERE customer_id = ?", (customer_id,))]

    def delete_attachments(self, attachment_ids: Sequence[int]) -> int:
        """Delete attachments with their stored bytes."""
        ids = list(attachment_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            self.db.execute(f"DELETE FROM attachment_data WHERE attachment_id IN ({_marks(chunk)})", chunk)
            self.db.execute(f"DELETE FROM attachments WHERE id IN ({_marks(chunk)})", chunk)
        return len(ids)

    def attachment_ids(self, customer_id: int) -> list[int]:
        return [r[0] for r in self.db.query("SELECT id FROM attachments WHERE customer_id = ?", (customer_id,))]

    def delete_survey_links(self, customer_id: int) -> int:
        n = self.count("survey_customers", "customer_id = ?", (customer_id,))
        self.db.execute("DELETE FROM survey_customers WHERE customer_id = ?", (customer_id,))
        return n

    def survey_responses(self, customer_id: int) -> list[tuple[int, int, str]]:
        """(id, survey id, answers JSON) of the customer's named survey forms."""
        return self.db.query("SELECT id, survey_id, answers FROM survey_responses WHERE customer_id = ?",
                             (customer_id,))

    def survey_questions(self, survey_id: int) -> str:
        return self.db.scalar("SELECT questions FROM surveys WHERE id = ?", (survey_id,)) or "[]"

    def anonymise_response(self, response_id: int, answers: str) -> None:
        """The form stays in the survey's figures as an anonymous one, without its comment."""
        self.db.execute("UPDATE survey_responses SET customer_id = NULL, comment = '', answers = ? WHERE id = ?",
                        (answers, response_id))

    def ids(self, table: str, where: str, params: Sequence[Any]) -> list[int]:
        return [r[0] for r in self.db.query(f'SELECT id FROM "{table}" WHERE {where}', params)]

    def occupancy_units(self, customer_id: int) -> list[int]:
        return [r[0] for r in self.db.query("SELECT DISTINCT unit_id FROM occupancies WHERE customer_id = ?",
                                            (customer_id,))]

    def set_file_destroyed(self, file_id: int, note: str, ts: str, user_id: int) -> None:
        self.db.execute("UPDATE archive_files SET status = 'destroyed', status_note = ?, updated_at = ?,"
                        " updated_by = ? WHERE id = ?", (note, ts, user_id, file_id))

    # ------------------------------------------------------------ generic text cells
    def tables(self) -> list[str]:
        """Every ordinary table (not the full-text index and its shadow tables)."""
        names = [r[0] for r in self.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return [n for n in names if not any(n == f or n.startswith(f + "_") for f in _FTS_TABLES)]

    def text_columns(self, table: str) -> list[str]:
        return [col[1] for col in self.db.query(f'PRAGMA table_info("{table}")')
                if (col[2] or "").upper() == "TEXT"]

    def has_column(self, table: str, column: str) -> bool:
        return any(col[1] == column for col in self.db.query(f'PRAGMA table_info("{table}")'))

    def rows(self, table: str, columns: Sequence[str], where: str, params: Sequence[Any]) -> list[tuple]:
        """(rowid, *columns) of the rows of ``table`` matching ``where``."""
        cols = ", ".join(f'"{c}"' for c in columns)
        return self.db.query(f'SELECT rowid, {cols} FROM "{table}" WHERE {where}', params)

    def set_cells(self, table: str, rowid: int, values: dict[str, Any]) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in values)
        self.db.execute(f'UPDATE "{table}" SET {sets} WHERE rowid = ?', (*values.values(), rowid))

    def find_text(self, needles: Iterable[str], skip: Iterable[str] = ()) -> list[tuple[str, str, int]]:
        """(table, column, rowid) of every text cell of every ordinary table that contains one of ``needles``."""
        needles = [n for n in dict.fromkeys(needles) if n]
        if not needles:
            return []
        skip = set(skip)
        out = []
        for table in self.tables():
            if table in skip:
                continue
            for col in self.text_columns(table):
                cond = " OR ".join(f'instr("{col}", ?) > 0' for _n in needles)
                for (rowid,) in self.db.query(f'SELECT rowid FROM "{table}" WHERE {cond}', needles):
                    out.append((table, col, rowid))
        return out

    # ------------------------------------------------------------ the audit log
    def audit_events_about(self, entity: str, entity_ids: Sequence[Any]) -> list[int]:
        ids = [str(i) for i in entity_ids]
        out: list[int] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            out += [r[0] for r in self.db.query(
                f"SELECT id FROM audit_events WHERE entity = ? AND entity_id IN ({_marks(chunk)})", (entity, *chunk))]
        return out

    def audit_events_with_ref(self, entity_id: Any, key: str, ref_ids: Sequence[int]) -> list[int]:
        """Events about customer ``entity_id`` whose payload names one of ``ref_ids`` as ``key`` (or after.key)."""
        ids = list(ref_ids)
        out: list[int] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = _marks(chunk)
            out += [r[0] for r in self.db.query(
                f"SELECT id FROM audit_events WHERE entity = 'customer' AND entity_id = ? AND payload != ?"
                f" AND (json_extract(payload, '$.{key}') IN ({marks}) OR json_extract(payload, '$.after.{key}')"
                f" IN ({marks}) OR json_extract(payload, '$.before.{key}') IN ({marks}))",
                (str(entity_id), REDACTED_PAYLOAD, *chunk, *chunk, *chunk))]
        return out

    def audit_events_mentioning(self, needles: Iterable[str], column: str = "payload") -> list[int]:
        """Ids of events whose ``column`` (payload or summary) contains one of ``needles``."""
        assert column in ("payload", "summary")
        needles = [n for n in dict.fromkeys(needles) if n]
        if not needles:
            return []
        cond = " OR ".join(f"instr({column}, ?) > 0" for _n in needles)
        if column == "summary":
            return [r[0] for r in self.db.query(f"SELECT id FROM audit_events WHERE {cond}", needles)]
        return [r[0] for r in self.db.query(
            f"SELECT id FROM audit_events WHERE payload != ? AND ({cond})", (REDACTED_PAYLOAD, *needles))]

    def redact_audit_payloads(self, event_ids: Iterable[int]) -> int:
        """Replace the before/after values of these events by ``REDACTED_PAYLOAD``; each event keeps its
        ``payload_hash``, so the chain still verifies (see ``AuditRepo.verify``)."""
        ids = sorted(set(event_ids))
        n = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            n += int(self.db.scalar(
                f"SELECT count(*) FROM audit_events WHERE id IN ({_marks(chunk)}) AND payload != ?",
                (*chunk, REDACTED_PAYLOAD)))
            self.db.execute(f"UPDATE audit_events SET payload = ? WHERE id IN ({_marks(chunk)}) AND payload != ?",
                            (REDACTED_PAYLOAD, *chunk, REDACTED_PAYLOAD))
        return n

    # ------------------------------------------------------------ leaving nothing behind
    def optimize_search_index(self) -> None:
        """Rewrite the full-text indexes so that the terms of deleted rows are gone, not only marked deleted."""
        for table in _FTS_TABLES:
            self.db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")

    def secure_delete(self, on: bool | None = None) -> bool:
        """SQLite's secure_delete (overwrite deleted content with zeros); sets it when ``on`` is given.
        Returns the setting before."""
        before = bool(self.db.scalar("PRAGMA secure_delete"))
        if on is not None:
            self.db.query(f"PRAGMA secure_delete = {1 if on else 0}")
        return before

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the file and empty it (old page images with deleted data go)."""
        try:
            self.db.query("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # noqa: BLE001 - a busy reader only delays it to the next automatic checkpoint
            pass
