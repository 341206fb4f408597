"""Creating and opening the office's database; the services bundled for the CLI and the GUI."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app import security
from app.archive import ArchiveService
from app.attachments import AttachmentService
from app.audit import AuditService
from app.backup import BackupService
from app.auth import AuthService
from app.custom_fields import CustomFieldService
from app.customers import CustomerService
from app.entries import DueItem, EntryService
from app.errors import KeDangError
from app.handovers import HandoverService
from app.i18n import translate
from app.loans import LoanService
from app.models.database import Database, DatabaseError, file_id
from app.models.repositories import MetaRepo
from app.session import Session
from app.stocktake import StocktakeService
from app.surveys import SurveyService
from app.property import PropertyService
from app.letterhead import LetterheadService
from app.consents import ConsentService
from app.retention import RetentionService

APP_NAME = "KeDang"


class KeyNeeded(KeDangError):
    """The keyring does not hold this database's key: ask for the recovery key."""


class Office:
    """One open database and its services."""

    def __init__(self, db: Database):
        self.db = db
        self.auth = AuthService(db)
        self.customers = CustomerService(db)
        self.entries = EntryService(db)
        self.attachments = AttachmentService(db)
        self.custom_fields = CustomFieldService(db)
        self.audit = AuditService(db)
        self.archive = ArchiveService(db)
        self.handovers = HandoverService(db, self.archive)
        self.loans = LoanService(db, self.archive)
        self.stocktakes = StocktakeService(db, self.archive)
        self.surveys = SurveyService(db)
        self.property = PropertyService(db)
        self.letterhead = LetterheadService(db)
        self.consents = ConsentService(db)
        self.retention = RetentionService(db)
        self.meta = MetaRepo(db)
        self.backups = BackupService(db)

    def replace_database(self, db: Database) -> None:
        """Work on ``db`` from now on (after a change of key or a restore): every service anew."""
        self.__init__(db)

    def due_items(self, session: Session, limit: int = 500) -> list[DueItem]:
        """Everything due today or overdue, soonest first (the main window's "today" panel)."""
        items = (self.entries.due_items(session, limit=limit) + self.loans.due_items(session, limit=limit)
                 + self.handovers.due_items(session, limit=limit) + self.surveys.due_items(session, limit=limit)
                 + self.property.due_items(session, limit=limit))
        return sorted(items, key=lambda i: (i.due_date, i.source, i.ref_id))[:limit]

    @property
    def path(self) -> Path:
        return self.db.path

    def company(self) -> str:
        return self.meta.get("company", "") or ""

    def logo(self) -> bytes | None:
        """The company logo (PNG) printed in report headers, or None."""
        return self.letterhead.logo()

    def close(self) -> None:
        self.db.close()

    def check(self, session: Session | None = None) -> list[tuple[str, bool, str]]:
        """Every check on the file: (name, passed, detail). Recorded in the audit log when a user asks."""
        results = []
        problem = self.db.quick_check()
        results.append(("quick_check", problem is None, problem or "ok"))
        problem = self.db.integrity_check()
        results.append(("integrity_check", problem is None, problem or "ok"))
        problem = self.db.cipher_integrity_check()
        results.append(("cipher_integrity_check", problem is None, problem or "ok"))
        ok, message = self.audit.verify()
        results.append(("audit_chain", ok, message))
        if session is not None and all(r[1] for r in results):
            self.audit.require(session, "database.check")
            with self.db.transaction():
                self.audit.audit(session, "database.check", summary="ok")
        return results


@dataclass
class Created:
    office: Office
    admin: Session
    recovery_key: str
    keyring_problem: str | None  # None: the key is in the OS keyring


def create_office(path: str | os.PathLike, *, company: str, admin_username: str, admin_display_name: str,
                  admin_password: str, keep_key: bool = True) -> Created:
    """A new encrypted database with its first administrator. Never touches an existing file.

    ``keep_key=False`` (the throwaway demo office) leaves the OS keyring alone.
    """
    # Check the account before anything is written, so a bad password leaves no file behind.
    AuthService._check_username(admin_username)
    AuthService._check_password(admin_password)
    key = security.generate_key()
    db = Database.create(path, key)
    try:
        office = Office(db)
        admin = office.auth.create_first_admin(admin_username, admin_display_name, admin_password)
        with db.transaction():
            office.meta.set("company", company.strip())
            office.meta.set("created_at", db.scalar("SELECT datetime('now', 'localtime')"))
            office.audit.audit(admin, "database.create", "database", db.file_id(), summary=company.strip())
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            try:
                os.remove(str(path) + suffix)
            except OSError:
                pass
        raise
    problem = security.store_key(db.file_id(), key) if keep_key else "not kept (demo)"
    return Created(office, admin, security.format_recovery_key(key), problem)


def open_office(path: str | os.PathLike, *, recovery_key: str | None = None,
                background_check: bool = False) -> Office:
    """Open with the key from the keyring, or from the recovery key (then keep it in the keyring again).

    Raises ``KeyNeeded`` when neither is at hand, ``RecoveryKeyError`` for a mistyped recovery
    key and ``DatabaseError`` (wrong key, damaged, too new, …) otherwise. A wrong key never
    writes to the file. ``background_check``: see ``Database.open``.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseError("missing", f"No database at {path}.", path=str(path))
    db_id = file_id(path)
    if recovery_key:
        key = security.parse_recovery_key(recovery_key)
        db = Database.open(path, key, background_check=background_check)
        if security.load_key(db_id) != key:
            security.store_key(db_id, key)
        return Office(db)
    key = security.load_key(db_id)
    if key is None:
        raise KeyNeeded(translate("Errors", "The key of this database is not in this computer's key store. Enter the recovery key from the recovery sheet."))
    return Office(Database.open(path, key, background_check=background_check))
