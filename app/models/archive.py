"""Repositories of the archive room (files, certificates, handovers, loans, stock-takes) and of the
satisfaction surveys (surveys, responses, corrective actions).

SQL only, no role checks and no audit (the services do that). Each record's columns
are its dataclass fields in order; the JSON columns are (de)serialised here.
"""
from __future__ import annotations

import json
from dataclasses import astuple, fields
from typing import Any, Generic, Sequence, TypeVar

from app.models.database import Database
from app.models.records import (LOAN_ACTIVE, ArchiveFile, Certificate, CorrectiveAction, Handover, Loan, Stocktake,
                                Survey, SurveyResponse)

R = TypeVar("R")


class _Table(Generic[R]):
    """Reads and writes one record type whose columns are its dataclass fields."""

    table = ""
    record: type
    json_fields: tuple[str, ...] = ()
    bool_fields: tuple[str, ...] = ()
    sortable: tuple[str, ...] = ("id",)

    def __init__(self, db: Database):
        self.db = db
        self.cols = [f.name for f in fields(self.record)]
        self._select = f"SELECT {', '.join(self.cols)} FROM {self.table}"

    def _load(self, row: Sequence[Any]) -> R:
        values = dict(zip(self.cols, row))
        for k in self.json_fields:
            values[k] = json.loads(values[k] or ("{}" if k in ("payload", "answers") else "[]"))
        for k in self.bool_fields:
            if values[k] is not None:
                values[k] = bool(values[k])
        return self.record(**values)

    def _dump(self, rec: R) -> list:
        out = []
        for name, value in zip(self.cols, astuple(rec)):
            if name in self.json_fields:
                value = json.dumps(value, ensure_ascii=False, sort_keys=True)
            elif name in self.bool_fields and value is not None:
                value = int(value)
            out.append(value)
        return out

    def get(self, rec_id: int) -> R | None:
        row = self.db.query_one(self._select + " WHERE id = ?", (rec_id,))
        return self._load(row) if row else None

    def where(self, clause: str = "1=1", params: Sequence[Any] = (), *, order: str = "id DESC",
              limit: int | None = None) -> list[R]:
        sql = f"{self._select} WHERE {clause} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self._load(r) for r in self.db.query(sql, params)]

    def insert(self, rec: R) -> R:
        cols = self.cols[1:]
        values = self._dump(rec)[1:]
        rec.id = self.db.execute(
            f"INSERT INTO {self.table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", values)
        return rec

    def update(self, rec: R) -> None:
        cols = self.cols[1:]
        values = self._dump(rec)[1:]
        self.db.execute(f"UPDATE {self.table} SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                        [*values, rec.id])

    def count(self, clause: str = "1=1", params: Sequence[Any] = ()) -> int:
        return int(self.db.scalar(f"SELECT count(*) FROM {self.table} WHERE {clause}", params))


class ArchiveFileRepo(_Table[ArchiveFile]):
    table, record = "archive_files", ArchiveFile
    json_fields = ("items", "extras")

    def by_number(self, archive_no: str) -> ArchiveFile | None:
        rows = self.where("archive_no = ?", (archive_no,))
        return rows[0] if rows else None

    def max_seq(self) -> int:
        return int(self.db.scalar("SELECT coalesce(max(seq), 0) FROM archive_files") or 0)

    def seqs(self) -> list[int]:
        return [r[0] for r in self.db.query("SELECT seq FROM archive_files WHERE seq IS NOT NULL ORDER BY seq")]


class CertificateRepo(_Table[Certificate]):
    table, record = "certificates", Certificate

    def by_number(self, cert_no: str) -> Certificate | None:
        rows = self.where("cert_no = ?", (cert_no,))
        return rows[0] if rows else None

    def for_file(self, file_id: int) -> list[Certificate]:
        return self.where("archive_file_id = ?", (file_id,), order="id")


class HandoverRepo(_Table[Handover]):
    table, record = "handovers", Handover
    json_fields = ("items", "payload")


class LoanRepo(_Table[Loan]):
    table, record = "loans", Loan
    json_fields = ("missing", "renewals")
    bool_fields = ("complete",)

    def active_for(self, item_type: str, item_id: int) -> Loan | None:
        marks = ", ".join("?" * len(LOAN_ACTIVE))
        rows = self.where(f"item_type = ? AND item_id = ? AND status IN ({marks})",
                          (item_type, item_id, *LOAN_ACTIVE))
        return rows[0] if rows else None

    def for_item(self, item_type: str, item_id: int) -> list[Loan]:
        return self.where("item_type = ? AND item_id = ?", (item_type, item_id))

    def overdue(self, today: str, limit: int | None = None) -> list[Loan]:
        return self.where("status = 'out' AND due_date < ?", (today,), order="due_date, id", limit=limit)


class StocktakeRepo(_Table[Stocktake]):
    table, record = "stocktakes", Stocktake
    json_fields = ("lines", "extras")


class SurveyRepo(_Table[Survey]):
    table, record = "surveys", Survey
    json_fields = ("questions",)

    def customers(self, survey_id: int) -> set[int]:
        return {r[0] for r in self.db.query("SELECT customer_id FROM survey_customers WHERE survey_id = ?",
                                            (survey_id,))}

    def set_customers(self, survey_id: int, ids) -> None:
        self.db.execute("DELETE FROM survey_customers WHERE survey_id = ?", (survey_id,))
        self.db.executemany("INSERT INTO survey_customers(survey_id, customer_id) VALUES (?, ?)",
                            [(survey_id, i) for i in sorted(set(ids))])

    def customer_count(self, survey_id: int) -> int:
        return int(self.db.scalar("SELECT count(*) FROM survey_customers WHERE survey_id = ?", (survey_id,)))

    def in_survey(self, survey_id: int, customer_id: int) -> bool:
        return self.db.scalar("SELECT 1 FROM survey_customers WHERE survey_id = ? AND customer_id = ?",
                              (survey_id, customer_id)) is not None


class ResponseRepo(_Table[SurveyResponse]):
    table, record = "survey_responses", SurveyResponse
    json_fields = ("answers",)

    def for_customer(self, survey_id: int, customer_id: int) -> SurveyResponse | None:
        rows = self.where("survey_id = ? AND customer_id = ?", (survey_id, customer_id))
        return rows[0] if rows else None

    def delete(self, response_id: int) -> None:
        self.db.execute("DELETE FROM survey_responses WHERE id = ?", (response_id,))


class ActionRepo(_Table[CorrectiveAction]):
    table, record = "corrective_actions", CorrectiveAction
