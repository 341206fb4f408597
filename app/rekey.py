"""Changing the database key (administrator): never in place.

The records are exported under a new random key into a new file next to the database
(``sqlcipher_export``, plus ``user_version``, which the export does not carry), the new file is
opened and checked (file checks, the audit chain, the row count of every table), its key goes into
the key store under the new file's own id, and only then does it replace the database. The old
key's entry is forgotten last. An interruption at any step leaves a file that opens: the old one
with the old key, or the new one with the new key; a half-made ``.rekey`` file is thrown away by
the next attempt.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from app import security
from app.errors import KeDangError
from app.i18n import translate
from app.models.database import Database, file_id
from app.models.repositories import AuditRepo

STEPS = ("export", "verify", "store_key", "replace", "reopen")


class RekeyFailed(KeDangError):
    pass


def pending_path(path: Path) -> Path:
    return path.with_name(path.name + ".rekey")


def _counts(db: Database) -> dict[str, int]:
    names = [r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    "ORDER BY name")]
    return {n: int(db.scalar(f'SELECT count(*) FROM "{n}"')) for n in names}


def rekey(office, session, *, step: Callable[[str], None] = lambda _s: None) -> str:
    """Give the open database a new key; the new recovery key (formatted). ``office`` is re-attached to the
    new file. ``step(name)`` is called after each step (tests interrupt there)."""
    office.audit.require(session, "database.rekey")
    problem = security.keyring_problem()
    if problem:
        raise RekeyFailed(translate("Security", "The key cannot be changed on this computer: {why}").format(why=problem))
    old = office.db
    path = Path(old.path)
    target = pending_path(path)
    for suffix in ("", "-wal", "-shm"):  # a half-made file from an interrupted attempt: never a live database
        try:
            os.remove(str(target) + suffix)
        except FileNotFoundError:
            pass
    new_key = security.generate_key()
    old.export_to(target, new_key)
    step("export")

    try:
        fresh = Database.open(target, new_key, upgrade=False)
    except Exception as exc:
        _discard(target)
        raise RekeyFailed(translate("Security", "The re-keyed copy could not be opened; nothing was changed.")) from exc
    try:
        problems = [p for p in (fresh.quick_check(), fresh.integrity_check(), fresh.cipher_integrity_check()) if p]
        ok, _event, _kind = AuditRepo(fresh).verify()
        same = _counts(fresh) == _counts(old) and fresh.user_version() == old.user_version()
    finally:
        fresh.close()
    if problems or not ok or not same:
        _discard(target)
        raise RekeyFailed(translate("Security", "The re-keyed copy did not pass its checks; nothing was changed."))
    step("verify")

    new_id = file_id(target)
    problem = security.store_key(new_id, new_key)
    if problem:
        _discard(target)
        raise RekeyFailed(translate("Security", "The key store refused the new key; nothing was changed: {why}").format(
            why=problem))
    step("store_key")

    old_id = old.file_id()
    old.close()
    os.replace(target, path)
    for suffix in ("-wal", "-shm"):
        try:
            os.remove(str(path) + suffix)
        except FileNotFoundError:
            pass
    step("replace")

    office.replace_database(Database.open(path, new_key))
    step("reopen")
    with office.db.transaction():
        office.audit.audit(session, "database.rekey", "database", "", summary=new_id[:8])
    security.forget_key(old_id)
    return security.format_recovery_key(new_key)


def _discard(target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(str(target) + suffix)
        except OSError:
            pass
