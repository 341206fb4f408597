"""Backups, restore, and what to offer when the database is damaged. No Qt: the GUI calls this from a
worker thread and shows ``progress`` in a dialog with Cancel.

Files in a backup folder (and nothing else there is ever touched)::

    <stem>-YYYYMMDD-HHMMSS.kdb-backup        a backup; its name gives its date (local time)
    <stem>-YYYYMMDD-HHMMSS.kdb-backup.json   its sidecar: file name, size, sha256, "verified" - no personal data
    .<stem>-YYYYMMDD-HHMMSS.kdb-backup.partial   a backup being written (never listed, never restored),
                                                 and its ``-journal`` while SQLite writes it

A backup is made with ``VACUUM INTO`` on a connection of its own (``Database.snapshot_into``): an
encrypted copy under the same key and the same salt, so the database's id, its key in the keyring
and its recovery key open the backup too. Before the copy, ``integrity_check`` and
``cipher_integrity_check`` of the database; after it, the copy is opened read-only and checked
(``integrity_check``, ``cipher_integrity_check``, ``user_version`` equal to the database's, the
audit hash chain), synced to disk, and only then renamed to its final name. A failure removes the
partial file. A partial file left by a crash or a kill is removed by the next backup into that
folder once it is older than ``STALE_PARTIAL_SECONDS`` (another program instance might still be
writing a younger one); it is encrypted like the database in any case.

Verified state: a backup under its final name passed every check when it was made (that is the
only way it gets that name); the sidecar records this with the file's size and sha256.
``list_backups`` reports ``verified`` from the sidecar and the file's size (cheap, for a list);
``verify_backup`` checks a file fully on demand (and renews its sidecar), and
``find_restore_candidate`` and ``restore`` always check fully.

Restore (see ``restore``): the caller closes the database first (every connection), and opens it
again afterwards. The backup is checked (same database: same id and the key opens it; every check),
copied next to the database under a temporary name and the copy checked again; the current file is
saved first (a verified backup when it is healthy; a plain copy ``<stem>.damaged-<stamp>.kdb`` (and
its ``-wal``) when it is damaged, since a damaged file cannot be backed up through SQLite); then the
stale ``-wal``/``-shm`` go and ``os.replace`` puts the verified copy in place. A kill at any moment
leaves the old database or the restored one, both whole. The ``backup.restore`` audit event is then
written into the restored database.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import os
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from app import security
from app.audit import chain_problem_text
from app.errors import AuthError, KeDangError, PermissionDenied
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import migrations
from app.models.database import Damaged, Database, DatabaseError, WrongKey, file_id
from app.models.repositories import AuditRepo, MetaRepo, UserRepo
from app.session import Service, Session, store_settings, stored_settings

log = logging.getLogger(__name__)

SUFFIX = ".kdb-backup"
SIDECAR = ".json"            # appended to the backup's name
PARTIAL = ".partial"
STALE_PARTIAL_SECONDS = 3600
FOLDER_NAME = "backups"      # the default folder, next to the database
_SETTINGS_KEY = "backup_settings"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?" + re.escape(SUFFIX) + r"$")
_CHUNK = 1024 * 1024

Progress = Callable[[str, int, int], "bool | None"]
"""``progress(phase, done, total)``: phase is a key of ``PHASES``; done/total are bytes, or 0/0 when the
amount is unknown. Returning False asks to stop; it is honoured until the point of no return
(a backup's rename, a restore's replacement of the file)."""

PHASES = {
    "check": QT_TRANSLATE_NOOP("Backup", "Checking the database…"),
    "copy": QT_TRANSLATE_NOOP("Backup", "Copying…"),
    "verify": QT_TRANSLATE_NOOP("Backup", "Checking the copy…"),
    "save_current": QT_TRANSLATE_NOOP("Backup", "Saving the current database first…"),
    "replace": QT_TRANSLATE_NOOP("Backup", "Putting the restored database in place…"),
    "prune": QT_TRANSLATE_NOOP("Backup", "Removing old backups…"),
}


def phase_label(phase: str) -> str:
    text = PHASES.get(phase)
    return translate("Backup", text) if text else phase


# ------------------------------------------------------------------ errors
class BackupError(KeDangError):
    """A backup or restore that could not be done; the message says why and what to do."""


class BackupCancelled(BackupError):
    pass


class BadFolder(BackupError):
    """The chosen folder does not exist, is a file, cannot be written or is full; nothing was written."""


class NotABackup(BackupError):
    """The file is not a KeDang backup that this database's key opens."""


class OtherDatabase(NotABackup):
    """A KeDang backup, but of another database (another office, or made before a change of key)."""


class BackupDamaged(BackupError):
    pass


# ------------------------------------------------------------------ records
@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""          # "" = the default: a ``backups`` folder next to the database
    keep_daily: int = 30      # the newest backup of each of the last N days that have backups
    keep_monthly: int = 12    # the newest backup of each of the last M months that have backups
    automatic: bool = True    # a backup when the program closes, at most once a day


@dataclass(frozen=True)
class BackupEntry:
    """A file in a backup folder, as a list shows it (nothing is opened)."""
    path: Path
    created: _dt.datetime     # from the file name
    size: int
    database_id: str          # the SQLCipher salt at the start of the file ("" when unreadable)
    verified: bool | None     # True: checked when made and the size still matches; False: size changed; None: unknown

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class BackupInfo:
    """A backup that passed every check, with what the confirmation step shows."""
    path: Path
    created: _dt.datetime
    size: int
    database_id: str
    user_version: int
    customers: int
    entries: int
    audit_events: int
    last_event_at: str        # time of the newest audit event ("" when none)
    company: str


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_copy: Path | None  # the backup (or, when damaged, the plain copy) of the file that was replaced
    previous_damaged: bool


# ------------------------------------------------------------------ names and folders
def default_folder(db_path: str | os.PathLike) -> Path:
    return Path(os.path.abspath(db_path)).parent / FOLDER_NAME


def backup_name(db_path: str | os.PathLike, when: _dt.datetime, n: int = 1) -> str:
    extra = f"-{n}" if n > 1 else ""
    return f"{Path(db_path).stem}-{when:%Y%m%d-%H%M%S}{extra}{SUFFIX}"


def parse_backup_name(name: str) -> _dt.datetime | None:
    """The date in a backup's file name, or None when the name is not one of ours."""
    m = _NAME.match(name)
    if not m:
        return None
    try:
        return _dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def _order(entry: "BackupEntry") -> tuple:
    """Oldest first: by the date in the name, then by the number of a second backup in the same second."""
    m = _NAME.match(entry.name)
    return entry.created, int(m["n"] or 1) if m else 1, entry.name


def check_folder(folder: str | os.PathLike, *, create: bool = False) -> Path:
    """The folder, if backups can be written there; else ``BadFolder`` naming it. Writes nothing
    (``create``: the default folder may be made)."""
    path = Path(folder)
    if create and not path.exists():
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BadFolder(translate("Backup", "The backup folder {folder} could not be created: {error}").format(
                folder=path, error=exc.strerror or type(exc).__name__)) from None
    if not path.exists():
        raise BadFolder(translate("Backup", "The backup folder {folder} does not exist. Connect the drive or choose "
                                            "another folder; nothing was written.").format(folder=path))
    if not path.is_dir():
        raise BadFolder(translate("Backup", "{folder} is a file, not a folder. Choose a folder for the backups; "
                                            "nothing was written.").format(folder=path))
    if not os.access(path, os.W_OK | os.X_OK):
        raise _read_only(path)
    return path


def _read_only(folder: Path) -> BadFolder:
    return BadFolder(translate("Backup", "The backup folder {folder} cannot be written (it is read-only or you lack "
                                         "the permission); nothing was written.").format(folder=folder))


def _no_space(folder: Path, need: int, free: int | None = None) -> BadFolder:
    if free is None:
        return BadFolder(translate("Backup", "There is not enough free space in {folder}; nothing was kept.").format(
            folder=folder))
    return BadFolder(translate("Backup", "There is not enough free space in {folder}: the backup needs about {need} "
                                         "MB, {free} MB are free. Nothing was written.").format(
        folder=folder, need=max(1, need // 1_000_000), free=free // 1_000_000))


def _report(progress: Progress | None, phase: str, done: int = 0, total: int = 0, *, restore: bool = False) -> None:
    if progress is not None and progress(phase, done, total) is False:
        raise _cancelled(restore)


def _cancelled(restore: bool) -> BackupCancelled:
    if restore:
        return BackupCancelled(translate("Backup", "The restore was cancelled; the database was not changed."))
    return BackupCancelled(translate("Backup", "The backup was cancelled; nothing was kept."))


def _remove(path: Path) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
    except OSError:
        log.warning("could not remove a temporary backup file")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes only files open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - a rename is durable there without it
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR)


def _write_sidecar(path: Path, size: int, sha256: str, user_version: int) -> None:
    """Only the file's name, size and digest and that it was verified: never anything from inside it."""
    data = {"file": path.name, "size": size, "sha256": sha256, "verified": True, "schema": user_version,
            "verified_at": _dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")}
    target = _sidecar(path)
    tmp = target.with_name("." + target.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
        os.replace(tmp, target)
    except OSError:  # a read-only drive: the backup is good without its sidecar
        _remove(tmp)


def _read_sidecar(path: Path) -> dict | None:
    try:
        with open(_sidecar(path), encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("file") == path.name else None


def _database_id(path: Path) -> str:
    try:
        return file_id(path)
    except (OSError, DatabaseError):
        return ""


def cleanup_partials(folder: str | os.PathLike, older_than: float | None = None) -> list[Path]:
    """Remove partial backups (of a crash or a kill) older than ``older_than`` seconds (default
    ``STALE_PARTIAL_SECONDS``), stray sidecar temp files, and sidecars whose backup is gone.
    Returns what was removed."""
    limit = STALE_PARTIAL_SECONDS if older_than is None else older_than
    removed = []
    now = time.time()
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    present = set(names)
    for name in names:
        if name.endswith(SUFFIX + SIDECAR) and parse_backup_name(name[:-len(SIDECAR)]):
            if name[:-len(SIDECAR)] not in present:  # its backup was deleted (a kill during pruning)
                _remove(Path(folder) / name)
                removed.append(Path(folder) / name)
            continue
        if not name.startswith("."):
            continue
        if not name.endswith((SUFFIX + PARTIAL, SUFFIX + PARTIAL + "-journal", SUFFIX + SIDECAR + ".tmp")):
            continue
        path = Path(folder) / name
        try:
            if now - path.stat().st_mtime >= limit:
                os.remove(path)
                removed.append(path)
        except OSError:
            pass
    return removed


def list_backups(folder: str | os.PathLike, database_id: str | None = None) -> list[BackupEntry]:
    """The backups in ``folder`` (only names of our scheme), newest first; with ``database_id`` only
    that database's. A missing folder has none. Nothing is opened or checked here."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    out = []
    for name in names:
        created = parse_backup_name(name)
        if created is None:
            continue
        path = Path(folder) / name
        try:
            st = path.stat()
        except OSError:
            continue
        if not path.is_file():
            continue
        db_id = _database_id(path)
        if database_id is not None and db_id != database_id:
            continue
        side = _read_sidecar(path)
        verified = None if side is None else bool(side.get("verified") is True and side.get("size") == st.st_size)
        out.append(BackupEntry(path, created, st.st_size, db_id, verified))
    out.sort(key=_order, reverse=True)
    return out


# ------------------------------------------------------------------ checking a file
def _check_file(path: Path, key: bytes, *, database_id: str | None, expected_version: int | None = None,
                thorough: bool = True) -> BackupInfo:
    """Every check of a closed file that should be a backup of the database ``database_id``; its details."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError:
        raise NotABackup(translate("Backup", "There is no file {path}.").format(path=path)) from None
    not_ours = NotABackup(translate("Backup", "{name} is not a KeDang backup of this database: this database's key "
                                              "does not open it.").format(name=name))
    if size < 512:
        raise not_ours
    db_id = _database_id(path)
    if database_id and db_id != database_id:
        if db_id and security.load_key(db_id) is not None:
            raise OtherDatabase(translate(
                "Backup", "{name} is a backup of another KeDang database on this computer (another office's), not "
                          "of this one. Nothing was changed.").format(name=name))
        raise OtherDatabase(translate(
            "Backup", "{name} is not a backup of this database: it belongs to another database (another office's, or "
                      "one made before the key was changed) or is no KeDang file at all. Nothing was "
                      "changed.").format(name=name))
    try:
        db = Database.open_read_only(path, key)
    except WrongKey:
        raise not_ours from None
    except Damaged as exc:
        raise BackupDamaged(translate("Backup", "The backup {name} is damaged ({detail}).").format(
            name=name, detail=exc.params.get("detail", ""))) from None
    try:
        version = db.user_version()
        if version == 0:
            raise not_ours
        if version > migrations.LATEST:
            raise BackupError(translate(
                "Backup", "The backup {name} was written by a newer version of KeDang (schema {version}; this program "
                          "knows up to {latest}). Install the newer version.").format(
                name=name, version=version, latest=migrations.LATEST))
        if expected_version is not None and version != expected_version:
            raise BackupDamaged(translate("Backup", "The copy {name} has schema {version} instead of {expected}.").format(
                name=name, version=version, expected=expected_version))
        problem = (db.integrity_check() if thorough else db.quick_check()) or db.cipher_integrity_check()
        if problem:
            raise BackupDamaged(translate("Backup", "The backup {name} is damaged ({detail}).").format(
                name=name, detail=problem))
        audit = AuditRepo(db)
        ok, event_id, kind = audit.verify()
        if not ok:
            raise BackupDamaged(translate("Backup", "The audit chain in the backup {name} is broken: {problem}.").format(
                name=name, problem=chain_problem_text(event_id, kind)))
        counts = db.record_counts()
        newest = audit.search(limit=1)
        company = MetaRepo(db).get("company", "") or ""
    except DatabaseError as exc:  # e.g. a page that fails its HMAC while the chain is read
        raise BackupDamaged(translate("Backup", "The backup {name} is damaged ({detail}).").format(
            name=name, detail=str(exc))) from None
    finally:
        db.close()
    created = parse_backup_name(name) or _dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    return BackupInfo(path, created, size, db_id, version, counts["customers"], counts["entries"],
                      counts["audit_events"], newest[0].ts if newest else "", company)


def verify_backup(path: str | os.PathLike, key: bytes, *, database_id: str | None = None) -> BackupInfo:
    """Check a backup fully (on demand, e.g. from the list); renews its sidecar when it passes."""
    path = Path(path)
    info = _check_file(path, key, database_id=database_id, thorough=True)
    if parse_backup_name(path.name):
        _write_sidecar(path, info.size, _sha256(path), info.user_version)
    return info


def key_for(path: str | os.PathLike, recovery_key: str | None = None) -> bytes:
    """The key of the database (or backup) at ``path``: from the recovery key, else from this computer's
    key store; ``app.office.KeyNeeded`` when neither is at hand."""
    if recovery_key:
        return security.parse_recovery_key(recovery_key)
    from app.office import KeyNeeded

    try:
        db_id = file_id(path)
    except OSError:
        raise NotABackup(translate("Backup", "There is no file {path}.").format(path=path)) from None
    key = security.load_key(db_id)
    if key is None:
        raise KeyNeeded(translate("Errors", "The key of this database is not in this computer's key store. Enter the "
                                            "recovery key from the recovery sheet."))
    return key


# ------------------------------------------------------------------ making a backup
def _unique_target(folder: Path, db_path: Path, when: _dt.datetime) -> Path:
    n = 1
    while True:
        final = folder / backup_name(db_path, when, n)
        if not final.exists() and not (folder / f".{final.name}{PARTIAL}").exists():
            return final
        n += 1


def _claim(partial: Path, folder: Path) -> None:
    """Create the empty partial file (``VACUUM INTO`` accepts an empty target): a clear error here
    for a folder that cannot be written, before any work."""
    try:
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    except PermissionError:
        raise _read_only(folder) from None
    except OSError as exc:
        if exc.errno in (30, 13, 1):  # EROFS, EACCES, EPERM
            raise _read_only(folder) from None
        if exc.errno == 28:  # ENOSPC
            raise _no_space(folder, 0) from None
        raise BadFolder(translate("Backup", "Nothing could be written to the backup folder {folder}: {error}").format(
            folder=folder, error=exc.strerror or type(exc).__name__)) from None
    os.close(fd)


def make_backup(db: Database, folder: str | os.PathLike, *, progress: Progress | None = None,
                create_folder: bool = False, when: _dt.datetime | None = None) -> BackupEntry:
    """Write a verified backup of the open ``db`` into ``folder``; no audit event (``BackupService`` writes it).

    Raises ``BadFolder`` (nothing written), ``Damaged`` (the database failed its checks: no backup),
    ``BackupCancelled`` or ``BackupError``; in each case no file is left under a backup's name.
    """
    folder = check_folder(folder, create=create_folder)
    cleanup_partials(folder)
    need = 0
    for suffix in ("", "-wal"):
        try:
            need += os.path.getsize(str(db.path) + suffix)
        except OSError:
            pass
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    if free is not None and free < need + need // 10:
        raise _no_space(folder, need, free)
    when = (when or _dt.datetime.now()).replace(microsecond=0)
    final = _unique_target(folder, Path(db.path), when)
    partial = folder / f".{final.name}{PARTIAL}"
    _claim(partial, folder)
    try:
        try:
            db.snapshot_into(partial, check=True, progress=progress)
        except DatabaseError as exc:
            if exc.code == "cancelled":
                raise _cancelled(False) from None
            if exc.code == "backup_failed":
                error = str(exc.params.get("error", ""))
                if "full" in error:
                    raise _no_space(folder, need) from None
                if "unable to open" in error or "readonly" in error:
                    raise _read_only(folder) from None
                raise BackupError(translate("Backup", "The backup could not be written to {folder}: {error}").format(
                    folder=folder, error=error)) from None
            raise  # Damaged: the database failed its checks; it is reported as damaged
        _report(progress, "verify")
        try:
            _check_file(partial, db.key, database_id=db.file_id(), expected_version=db.user_version(), thorough=True)
        except BackupError as exc:
            if isinstance(exc, BackupCancelled):
                raise
            raise BackupError(translate("Backup", "The new backup did not pass its check and was deleted: {problem}").format(
                problem=str(exc))) from None
        _report(progress, "verify")
        _fsync_file(partial)
        if final.exists():  # another backup took the name meanwhile
            final = _unique_target(folder, Path(db.path), when)
        os.rename(partial, final)  # not os.replace: never over an existing file
    except BaseException:
        _remove(partial)
        _remove(Path(str(partial) + "-journal"))
        raise
    _fsync_dir(folder)
    size = final.stat().st_size
    _write_sidecar(final, size, _sha256(final), db.user_version())
    log.info("backup written and verified (%d bytes)", size)
    return BackupEntry(final, parse_backup_name(final.name) or when, size, db.file_id(), True)


# ------------------------------------------------------------------ pruning
def select_to_keep(dates: Iterable[_dt.datetime], keep_daily: int, keep_monthly: int) -> set[int]:
    """Indexes (into ``dates``) of the backups to keep: the newest of each of the ``keep_daily`` most
    recent days that have a backup, and the newest of each of the ``keep_monthly`` most recent months
    that have one (the two sets overlap)."""
    dates = list(dates)
    order = sorted(range(len(dates)), key=lambda i: dates[i], reverse=True)
    newest_of_day: dict[_dt.date, int] = {}
    newest_of_month: dict[tuple[int, int], int] = {}
    for i in order:
        newest_of_day.setdefault(dates[i].date(), i)
        newest_of_month.setdefault((dates[i].year, dates[i].month), i)
    keep = set(list(newest_of_day.values())[:max(0, keep_daily)])  # dicts keep insertion order: newest first
    keep |= set(list(newest_of_month.values())[:max(0, keep_monthly)])
    if order:
        keep.add(order[0])  # never the newest backup
    return keep


def prune_backups(folder: str | os.PathLike, database_id: str, keep_daily: int, keep_monthly: int) -> list[Path]:
    """Delete this database's backups in ``folder`` that ``select_to_keep`` does not keep (with their
    sidecars). Files of other databases and other names are never touched. Returns the deleted files."""
    entries = list_backups(folder, database_id)
    keep = select_to_keep([e.created for e in entries], keep_daily, keep_monthly)
    deleted = []
    for i, e in enumerate(entries):
        if i in keep:
            continue
        try:
            os.remove(e.path)
        except OSError:
            continue
        _remove(_sidecar(e.path))
        deleted.append(e.path)
    return deleted


# ------------------------------------------------------------------ the service on an open database
def validate_settings(raw: dict) -> BackupSettings:
    from app.archive import need_int

    folder = str(raw.get("folder", "") or "").strip()
    if folder:
        check_folder(folder)
        folder = os.path.abspath(folder)
    daily = need_int(raw.get("keep_daily", BackupSettings.keep_daily), translate("Backup", "Daily backups kept"),
                     key="keep_daily", minimum=1, maximum=3650)
    monthly = need_int(raw.get("keep_monthly", BackupSettings.keep_monthly),
                       translate("Backup", "Monthly backups kept"), key="keep_monthly", minimum=0, maximum=1200)
    return BackupSettings(folder, daily, monthly, bool(raw.get("automatic", True)))


class BackupService(Service):
    """Backups of the open database: settings, manual and automatic backups, the list, pruning,
    and the permission check and inspection before a restore (``restore_office``/``restore``)."""

    def __init__(self, db: Database):
        super().__init__(db)
        self.meta = MetaRepo(db)

    # ------------------------------------------------------------ settings
    def settings(self) -> BackupSettings:
        return stored_settings(self.meta, _SETTINGS_KEY, BackupSettings)

    def set_settings(self, session: Session, raw: dict) -> BackupSettings:
        return store_settings(self, session, self.meta, _SETTINGS_KEY, validate_settings(raw), "settings.backup")

    def folder(self) -> Path:
        """Where automatic backups go: the folder in the settings, else ``backups`` next to the database."""
        folder = self.settings().folder
        return Path(folder) if folder else default_folder(self.db.path)

    # ------------------------------------------------------------ backups
    def list(self, folder: str | os.PathLike | None = None) -> list[BackupEntry]:
        """This database's backups in ``folder`` (default: the automatic folder), newest first."""
        return list_backups(folder if folder is not None else self.folder(), self.db.file_id())

    def create(self, session: Session, folder: str | os.PathLike | None = None, *,
               progress: Progress | None = None) -> BackupEntry:
        """A verified backup into ``folder`` (a USB drive, …; default: the automatic folder). Role: backup.create."""
        self.require(session, "backup.create")
        return self._create(session, folder, progress, automatic=False)

    def auto_backup_due(self, now: _dt.datetime | None = None) -> bool:
        """True when automatic backups are on and the automatic folder has no backup of today."""
        if not self.settings().automatic:
            return False
        today = (now or _dt.datetime.now()).date()
        return not any(e.created.date() == today for e in self.list())

    def backup_if_due(self, session: Session, *, progress: Progress | None = None,
                      now: _dt.datetime | None = None) -> BackupEntry | None:
        """The automatic backup (when the program closes): at most once a day, for any signed-in user,
        then ``prune``. None when none was due."""
        if session is None:
            raise PermissionDenied(translate("Errors", "Please sign in first."))
        if not self.auto_backup_due(now):
            return None
        entry = self._create(session, None, progress, automatic=True, when=now)
        if progress is not None:
            progress("prune", 0, 0)  # the backup is made: no cancel any more
        self.prune(session)
        return entry

    def prune(self, session: Session | None = None, folder: str | os.PathLike | None = None) -> list[Path]:
        """Keep the newest backup of each of the last N days and M months (settings); delete the rest of
        this database's backups in the automatic folder (or ``folder``). Recorded when anything goes."""
        s = self.settings()
        deleted = prune_backups(folder if folder is not None else self.folder(), self.db.file_id(), s.keep_daily,
                                s.keep_monthly)
        if deleted and session is not None:
            with self.db.transaction():
                self.audit(session, "backup.prune", "database", self.db.file_id(), summary=str(len(deleted)),
                           files=[p.name for p in deleted])
        return deleted

    def _create(self, session: Session, folder, progress, *, automatic: bool,
                when: _dt.datetime | None = None) -> BackupEntry:
        default = not folder
        target = self.folder() if default else Path(folder)
        entry = make_backup(self.db, target, progress=progress, when=when,
                            create_folder=default and not self.settings().folder)
        with self.db.transaction():
            self.audit(session, "backup.create", "database", self.db.file_id(),
                       summary="automatic" if automatic else "manual", file=entry.name, folder=str(target),
                       size=entry.size, automatic=automatic)
        return entry

    # ------------------------------------------------------------ restore
    def prepare_restore(self, session: Session, backup_path: str | os.PathLike) -> BackupInfo:
        """Role check (backup.restore) and every check of the backup; its date and counts for the
        confirmation. Then the caller confirms and calls ``restore_office`` (or closes and ``restore``)."""
        self.require(session, "backup.restore")
        return inspect_backup(backup_path, self.db.path, self.db.key)


# ------------------------------------------------------------------ restore
def inspect_backup(backup_path: str | os.PathLike, db_path: str | os.PathLike, key: bytes) -> BackupInfo:
    """Every check of ``backup_path`` as a backup of the database at ``db_path`` (which may be damaged or
    missing); its date and record counts for the confirmation step. Opens nothing for writing."""
    backup_path, db_path = Path(backup_path), Path(db_path)
    if not backup_path.is_file():
        raise NotABackup(translate("Backup", "There is no file {path}.").format(path=backup_path))
    db_id = _database_id(db_path) if db_path.is_file() else ""
    return _check_file(backup_path, key, database_id=db_id or None, thorough=True)


def sign_in_from_backup(backup_path: str | os.PathLike, key: bytes, username: str, password: str) -> Session:
    """The session of ``username`` as the backup knows it, for a restore when the database itself is
    damaged (nobody can sign in to it). Reads only; the restore records the event in the restored file."""
    generic = translate("Users", "Wrong user name or password.")
    try:
        db = Database.open_read_only(backup_path, key)
    except (WrongKey, Damaged):
        raise NotABackup(translate("Backup", "{name} is not a KeDang backup of this database: this database's key "
                                              "does not open it.").format(name=Path(backup_path).name)) from None
    try:
        users = UserRepo(db)
        user = users.by_username(username.strip()) if username.strip() else None
        if user is None or not user.active:
            security.verify_password(password, security.hash_password("x"))  # same time either way
            raise AuthError(generic)
        if not security.verify_password(password, users.password_hash(user.id)):
            raise AuthError(generic)
    finally:
        db.close()
    return Session(user.id, user.username, user.display_name, user.role)


def _restoring_path(db_path: Path) -> Path:
    return db_path.with_name("." + db_path.name + ".restoring")


def _copy(src: Path, dst: Path, progress: Progress | None) -> None:
    total = src.stat().st_size
    done = 0
    try:
        with open(src, "rb") as fin, open(dst, "xb") as fout:
            for chunk in iter(lambda: fin.read(_CHUNK), b""):
                fout.write(chunk)
                done += len(chunk)
                _report(progress, "copy", done, total, restore=True)
            fout.flush()
            os.fsync(fout.fileno())
    except BaseException:
        _remove(dst)
        raise


def _keep_damaged(db_path: Path, progress: Progress | None) -> Path:
    """A plain copy of a damaged file (and its -wal) next to it, for an expert; never opened by SQLite."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp}-{n}{db_path.suffix}")
    _copy(db_path, aside, progress)
    wal = Path(str(db_path) + "-wal")
    if wal.exists() and wal.stat().st_size:
        _copy(wal, Path(str(aside) + "-wal"), progress)
    _fsync_dir(db_path.parent)
    return aside


def _safety_folder(db: Database) -> Path:
    try:
        return BackupService(db).folder()
    except Exception:  # unreadable settings: the default folder
        return default_folder(db.path)


def require_restore(session: Session | None) -> Session:
    """Refuse unless ``session`` may restore (for a session that ``sign_in_from_backup`` gave: the
    database itself cannot record the refusal)."""
    if session is None:
        raise PermissionDenied(translate("Errors", "Please sign in first."))
    if not session.may("backup.restore"):
        from app.permissions import permission_label, role_label

        raise PermissionDenied(translate("Errors", "Not allowed: the role {role} may not {action}.").format(
            role=role_label(session.role), action=permission_label("backup.restore")))
    return session


def restore(backup_path: str | os.PathLike, db_path: str | os.PathLike, key: bytes, *, session: Session,
            progress: Progress | None = None, safety_folder: str | os.PathLike | None = None) -> RestoreResult:
    """Replace the database at ``db_path`` by a verified copy of ``backup_path``.

    The caller must have closed every connection to ``db_path`` (``office.close()``) and opens it
    again afterwards (``open_office``), then signs the user in again: the restored file has its own
    users. ``session`` needs the role backup.restore (from the database, or from
    ``sign_in_from_backup`` when the database is damaged). The current file is saved first (see the
    module's notes; into ``safety_folder`` or the automatic folder). Cancel is honoured until the
    file is replaced.
    """
    require_restore(session)
    backup_path, db_path = Path(backup_path), Path(os.path.abspath(db_path))
    _report(progress, "verify", restore=True)
    info = inspect_backup(backup_path, db_path, key)
    tmp = _restoring_path(db_path)
    _remove(tmp)  # left by an interrupted restore: never a live database
    safety: Path | None = None
    damaged = False
    try:
        _copy(backup_path, tmp, progress)
        _report(progress, "verify", restore=True)
        try:
            _check_file(tmp, key, database_id=info.database_id, expected_version=info.user_version, thorough=False)
        except BackupError as exc:
            raise BackupError(translate("Backup", "The copy of the backup did not pass its check; the database was "
                                                  "not changed: {problem}").format(problem=str(exc))) from None
        if hasattr(os, "chmod") and db_path.exists():
            try:
                shutil.copymode(db_path, tmp)
            except OSError:
                pass

        _report(progress, "save_current", restore=True)
        if db_path.exists():
            try:
                current = Database.open(db_path, key, upgrade=False)  # a damaged file is refused unwritten
            except (Damaged, WrongKey):
                damaged = True  # the backup (same id) opens with this key: the file itself is unreadable
            else:
                try:
                    safety = make_backup(current, safety_folder or _safety_folder(current), progress=progress,
                                         create_folder=safety_folder is None).path
                except Damaged:  # quick_check passed, the full checks did not
                    damaged = True
                except BackupCancelled:
                    raise _cancelled(True) from None
                finally:
                    current.close()  # checkpoints: the -wal is empty now
            if not damaged and (Database.in_use(db_path, key) or _wal_size(db_path)):
                raise BackupError(translate(
                    "Backup", "The database is open in another KeDang window or on another computer. Close it "
                              "there and try again; the database was not changed."))
            if damaged:
                safety = _keep_damaged(db_path, progress)
        _report(progress, "replace", restore=True)
    except BaseException:
        _remove(tmp)
        raise

    # The point of no return: from here on, no cancel. A kill before os.replace leaves the old file
    # whole (its -wal was empty, or kept in the damaged copy); after it, the restored one.
    for suffix in ("-wal", "-shm"):
        _remove(Path(str(db_path) + suffix))
    os.replace(tmp, db_path)
    _fsync_dir(db_path.parent)

    db = Database.open(db_path, key)  # an older backup is upgraded here, with its own copy first
    try:
        user = UserRepo(db).by_username(session.username)
        with db.transaction():
            AuditRepo(db).append(
                user_id=user.id if user else None, username=session.username, action="backup.restore",
                entity="database", entity_id=db.file_id(), summary=info.path.name,
                payload={"file": info.path.name, "backup_date": info.created.isoformat(sep=" "),
                         "customers": info.customers, "entries": info.entries, "audit_events": info.audit_events,
                         "previous": "damaged" if damaged else ("replaced" if safety else "missing"),
                         "safety_copy": safety.name if safety else ""})
    finally:
        db.close()
    log.info("database restored from a backup")
    return RestoreResult(info, safety, damaged)


def _wal_size(db_path: Path) -> int:
    try:
        return os.path.getsize(str(db_path) + "-wal")
    except OSError:
        return 0


def restore_office(office, session: Session, backup_path: str | os.PathLike, *,
                   progress: Progress | None = None) -> RestoreResult:
    """Restore the open ``office`` from ``backup_path`` and attach it to the restored file.

    Call ``office.backups.prepare_restore`` first for the confirmation. The office's database is
    closed here and opened again in every case (the old file when the restore failed before the
    replacement, else the restored one). Every window must drop what it read from the old file,
    and the user must sign in again (the session belongs to the old file).
    """
    office.backups.require(session, "backup.restore")
    path, key = Path(office.path), office.db.key
    office.db.close()
    try:
        return restore(backup_path, path, key, session=session, progress=progress)
    finally:
        office.replace_database(Database.open(path, key))


def find_restore_candidate(db_path: str | os.PathLike, key: bytes | None = None, *,
                           folders: Iterable[str | os.PathLike] = ()) -> BackupInfo | None:
    """The newest backup of the (damaged) database at ``db_path`` that passes every check, or None.

    Looks in ``folders``, the automatic folder named in the database's settings (when they can
    still be read) and the default folder. ``key``: default from this computer's key store (raises
    ``app.office.KeyNeeded`` when it is not there: ask for the recovery key).
    """
    db_path = Path(os.path.abspath(db_path))
    if key is None:
        key = key_for(db_path)
    db_id = _database_id(db_path) if db_path.is_file() else ""
    candidates = [Path(f) for f in folders]
    try:
        db = Database.open_read_only(db_path, key, immutable=True)  # not even side files next to it
    except (DatabaseError, OSError, ValueError):
        db = None
    if db is not None:
        try:
            folder = BackupService(db).settings().folder
            if folder:
                candidates.append(Path(folder))
        except Exception:  # the settings are on a damaged page
            pass
        finally:
            db.close()
    candidates.append(default_folder(db_path))
    seen: set[str] = set()
    entries: list[BackupEntry] = []
    for folder in candidates:
        norm = os.path.normcase(os.path.abspath(folder))
        if norm in seen:
            continue
        seen.add(norm)
        entries += list_backups(folder, db_id or None)
    entries.sort(key=_order, reverse=True)
    for e in entries:
        try:
            return _check_file(e.path, key, database_id=db_id or None, thorough=True)
        except BackupError:
            log.warning("a backup failed its check and was skipped")
    return None
