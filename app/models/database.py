"""The one SQLCipher connection, its pragmas, transactions and the schema upgrade loop.

No Qt here. Nothing outside ``app/models`` runs SQL: services call repositories,
repositories call ``Database``.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as _dt
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import sqlcipher3

from app.models import migrations

SALT_BYTES = 16  # SQLCipher keeps a random salt, unencrypted, at the start of the file
KEY_BYTES = 32
CACHE_KIB = 131072  # 128 MiB page cache: SQLCipher's default makes scans 2-3x slower


class DatabaseError(Exception):
    """A database problem the user can act on.

    ``code`` tells the kind and ``params`` the details; the message is English.
    The services translate it for the user (``app.errors.user_message``): the
    models import nothing from the layers above them.
    """

    def __init__(self, code: str, message: str, **params: Any):
        self.code = code
        self.params = params
        super().__init__(message)


class WrongKey(DatabaseError):
    def __init__(self):
        super().__init__("wrong_key", "The key does not open this database: the recovery key is wrong or the file is not a KeDang database.")


class Damaged(DatabaseError):
    def __init__(self, detail: str = ""):
        super().__init__("damaged", "The database file is damaged and was not changed. Restore the newest verified backup."
                         + (f" ({detail})" if detail else ""), detail=detail)


class TooNew(DatabaseError):
    def __init__(self, version: int):
        super().__init__("too_new", f"This database was written by a newer KeDang (schema {version}, this program knows {migrations.LATEST}). Install the newer version.",
                         version=version, latest=migrations.LATEST)


def file_id(path: str | os.PathLike) -> str:
    """The database's own id: its SQLCipher salt, readable without the key."""
    with open(path, "rb") as fh:
        salt = fh.read(SALT_BYTES)
    if len(salt) < SALT_BYTES:
        raise DatabaseError("not_database", "The file is not a KeDang database.")
    return salt.hex()


def network_path_problem(path: str | os.PathLike) -> str | None:
    """A message when ``path`` lies on a network share (SQLite locking is unsafe there)."""
    raw = os.fspath(path)
    if raw.startswith(("\\\\", "//")):  # UNC path: \\server\share\...
        return "The database cannot be kept on a network share."
    p = os.path.abspath(raw)
    if p.startswith(("\\\\", "//")):
        return "The database cannot be kept on a network share; choose a folder on this computer's own disk."
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(p)[0]
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4:  # DRIVE_REMOTE
            return "The database cannot be kept on a mapped network drive; choose a folder on this computer's own disk."
        return None
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            mounts = [line.split()[:3] for line in fh]
    except OSError:
        return None
    best = ("", "")
    for _dev, mnt, fstype in mounts:
        if (p == mnt or p.startswith(mnt.rstrip("/") + "/")) and len(mnt) > len(best[0]):
            best = (mnt, fstype)
    if best[1] in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs"}:
        return "The database cannot be kept on a network share; choose a folder on this computer's own disk."
    return None


def now_iso() -> str:
    return _dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


class Database:
    """Owns one SQLCipher connection. Use ``Database.create`` or ``Database.open``."""

    def __init__(self, conn: sqlcipher3.Connection, path: Path, key: bytes):
        self._pending_check: concurrent.futures.Future | None = None
        self._conn = conn
        self.path = path
        self._key = key
        self._lock = threading.RLock()
        self._in_tx = False

    # ----------------------------------------------------------------- opening
    @staticmethod
    def _connect(path: Path, key: bytes) -> sqlcipher3.Connection:
        if len(key) != KEY_BYTES:
            raise ValueError("key must be 32 bytes")
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return conn

    @classmethod
    def create(cls, path: str | os.PathLike, key: bytes) -> "Database":
        path = Path(path)
        problem = network_path_problem(path)
        if problem:
            raise DatabaseError("network_path", problem)
        if path.exists():
            raise DatabaseError("exists", f"A file already exists at {path}; KeDang never overwrites a database.", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = cls._connect(path, key)
        db = cls(conn, path, key)
        try:
            db._configure()
            db._upgrade(backup=False)
        except sqlcipher3.Error as exc:
            conn.close()
            for suffix in ("", "-wal", "-shm"):  # a half-made new file is of no use to anyone
                try:
                    os.remove(str(path) + suffix)
                except OSError:
                    pass
            raise DatabaseError("create_failed", f"The database could not be created: {exc}", error=str(exc)) from None
        return db

    @classmethod
    def open(cls, path: str | os.PathLike, key: bytes, *, upgrade: bool = True,
             read_only_check: bool = True, background_check: bool = False) -> "Database":
        """Open an existing file. ``quick_check`` runs first and a damaged file is never written.

        With ``background_check`` (the program's start-up) the check runs on a second
        connection while the user signs in; every write waits for its verdict.
        """
        path = Path(path)
        if not path.is_file():
            raise DatabaseError("missing", f"No database at {path}.", path=str(path))
        problem = network_path_problem(path)
        if problem:
            raise DatabaseError("network_path", problem)
        conn = cls._connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            if "not a database" in str(exc):
                # Either the key is wrong or page 1 is damaged; SQLCipher cannot tell them apart.
                raise WrongKey() from None
            raise Damaged(str(exc)) from None
        db = cls(conn, path, key)
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # before the check: it reads many pages
        version = db.user_version()
        if background_check and read_only_check and version == migrations.LATEST:
            db._check_in_background()
        elif read_only_check:
            problem = db.quick_check()
            if problem:
                conn.close()
                raise Damaged(problem)
        if version > migrations.LATEST:
            conn.close()
            raise TooNew(version)
        try:
            db._configure()
            if upgrade and version < migrations.LATEST:
                db._upgrade(backup=True)
        except BaseException:
            conn.close()
            raise
        return db

    def _configure(self) -> None:
        c = self._conn
        c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA foreign_keys = ON")
        c.execute("PRAGMA temp_store = MEMORY")  # no temp files with decrypted pages

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlcipher3.Error:
                    pass
                self._conn.close()
                self._conn = None  # type: ignore[assignment]

    @property
    def closed(self) -> bool:
        return self._conn is None

    @property
    def key(self) -> bytes:
        return self._key

    def file_id(self) -> str:
        return file_id(self.path)

    # ------------------------------------------------------------- checks
    def user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def quick_check(self) -> str | None:
        """None when ``PRAGMA quick_check`` is clean, else its first complaint."""
        return self._quick_check(self._conn)

    @staticmethod
    def _quick_check(conn) -> str | None:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlcipher3.DatabaseError as exc:
            return str(exc)
        return None if rows == [("ok",)] else "; ".join(r[0] for r in rows[:3])

    def _check_in_background(self) -> None:
        """Run ``quick_check`` on a connection of its own; writes wait for its verdict."""
        future: concurrent.futures.Future = concurrent.futures.Future()

        def work() -> None:
            try:
                conn = self._connect(self.path, self._key)
                try:
                    # default page cache: slower, but the check is off the user's path and the
                    # program's peak memory stays lower
                    future.set_result(self._quick_check(conn))
                finally:
                    conn.close()
            except BaseException as exc:  # reported as damage: nothing will be written
                future.set_result(str(exc))

        self._pending_check = future
        threading.Thread(target=work, name="kedang-quick-check", daemon=True).start()

    def check_problem(self) -> str | None:
        """What the open-time check found (waiting for it when it runs in the background); None when it passed."""
        future = self._pending_check
        return future.result() or None if future is not None else None

    def wait_for_check(self) -> None:
        """Block until the open-time check has passed; raise ``Damaged`` if it failed."""
        future = self._pending_check
        if future is None:
            return
        problem = future.result()
        if problem:
            raise Damaged(problem)
        self._pending_check = None

    def integrity_check(self) -> str | None:
        try:
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        except sqlcipher3.DatabaseError as exc:
            return str(exc)
        return None if rows == [("ok",)] else "; ".join(r[0] for r in rows[:3])

    def cipher_integrity_check(self) -> str | None:
        """SQLCipher's HMAC check of every page: None when every page verifies."""
        try:
            rows = self._conn.execute("PRAGMA cipher_integrity_check").fetchall()
        except sqlcipher3.DatabaseError as exc:
            return str(exc)
        return None if not rows else "; ".join(str(r[0]) for r in rows[:3])

    # ------------------------------------------------------------- statements
    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] | dict = ()) -> tuple | None:
        with self._lock:
            return self._conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> int:
        """Run a write; must be inside ``transaction()``. Returns lastrowid."""
        if not self._in_tx:
            raise RuntimeError("writes must run inside Database.transaction()")
        return self._conn.execute(sql, params).lastrowid

    def executemany(self, sql: str, rows) -> None:
        if not self._in_tx:
            raise RuntimeError("writes must run inside Database.transaction()")
        self._conn.executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Database"]:
        """One ``BEGIN IMMEDIATE`` transaction per business action (record + audit row)."""
        with self._lock:
            if self._in_tx:  # nested: part of the outer business action
                yield self
                return
            self.wait_for_check()
            self._conn.execute("BEGIN IMMEDIATE")
            self._in_tx = True
            try:
                yield self
            except BaseException:
                self._in_tx = False
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._in_tx = False
                self._conn.execute("COMMIT")

    # ------------------------------------------------------------- backups
    def vacuum_into(self, target: str | os.PathLike) -> None:
        """Write a compact, encrypted (same key, same salt) copy of the database to ``target``."""
        target = os.fspath(target)
        if os.path.exists(target):
            raise DatabaseError("exists", f"{target} already exists.", path=target)
        with self._lock:
            self._conn.execute("VACUUM INTO ?", (target,))

    def export_to(self, target: str | os.PathLike, key: bytes) -> None:
        """Write every record into a new file encrypted with ``key`` (changing the key; see app.rekey)."""
        target = os.fspath(target)
        if os.path.exists(target):
            raise DatabaseError("exists", f"{target} already exists.", path=target)
        if len(key) != KEY_BYTES:
            raise ValueError("key must be 32 bytes")
        with self._lock:
            version = self.user_version()
            self._conn.execute("ATTACH DATABASE ? AS rekeyed KEY \"x'" + key.hex() + "'\"", (target,))
            try:
                self._conn.execute("SELECT sqlcipher_export('rekeyed')")
                self._conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            finally:
                self._conn.execute("DETACH DATABASE rekeyed")

    # ------------------------------------------------------------- backups: helpers for app.backup
    @classmethod
    def open_read_only(cls, path: str | os.PathLike, key: bytes, *, immutable: bool = False) -> "Database":
        """Open a file nobody writes (a backup, a copy about to be restored) for reading only.

        Nothing is written: no pragma that changes the file, no upgrade, no check (the caller runs
        the checks it needs). ``immutable``: not even the ``-wal``/``-shm`` side files of a WAL
        database are made (and a ``-wal`` is not read). Raises ``WrongKey`` when the key does not
        open the file or it is no database at all, ``Damaged`` when its first pages cannot be read.
        """
        path = Path(path)
        if not path.is_file():
            raise DatabaseError("missing", f"No database at {path}.", path=str(path))
        if len(key) != KEY_BYTES:
            raise ValueError("key must be 32 bytes")
        uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=10)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("PRAGMA temp_store = MEMORY")  # no temp files with decrypted pages
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            if "not a database" in str(exc):
                raise WrongKey() from None
            raise Damaged(str(exc)) from None
        return cls(conn, path, key)

    def snapshot_into(self, target: str | os.PathLike, *, check: bool = True,
                      progress: Callable[[str, int, int], bool | None] | None = None) -> None:
        """A consistent, encrypted copy (same key, same salt) of the database in ``target`` (absent or empty).

        Made on a connection of its own (``VACUUM INTO``), so the program's connection stays free
        while a worker thread copies. With ``check``, ``integrity_check`` and
        ``cipher_integrity_check`` of the database run first; a problem raises ``Damaged`` before
        anything is copied. ``progress(phase, done, total)`` is called now and then: phase "check"
        (done and total 0: unknown), then "copy" (bytes written of about ``total``); when it returns
        False the work stops with ``DatabaseError("cancelled")``. The copy is not synced to disk.
        """
        self.wait_for_check()
        target = os.fspath(target)
        if os.path.exists(target) and os.path.getsize(target):
            raise DatabaseError("exists", f"{target} already exists.", path=target)
        conn = self._connect(self.path, self._key)
        state = {"phase": "check", "last": 0.0, "cancelled": False, "total": 0}

        def handler() -> int:
            now = time.monotonic()
            if now - state["last"] < 0.05:
                return 0
            state["last"] = now
            done = 0
            if state["phase"] == "copy":
                try:
                    done = os.path.getsize(target)
                except OSError:
                    pass
            try:
                go = progress(state["phase"], done, state["total"] if state["phase"] == "copy" else 0)
            except Exception:  # a broken progress display stops the copy rather than hiding a failure
                go = False
            if go is False:
                state["cancelled"] = True
                return 1
            return 0

        try:
            conn.execute("PRAGMA temp_store = MEMORY")  # no temp files with decrypted pages
            conn.execute("PRAGMA cache_size = -32768")
            state["total"] = int(conn.execute("PRAGMA page_count").fetchone()[0]) * int(
                conn.execute("PRAGMA page_size").fetchone()[0])
            if progress is not None:
                conn.set_progress_handler(handler, 1000)
                if handler():
                    raise sqlcipher3.OperationalError("interrupted")
            if check:
                for pragma in ("integrity_check", "cipher_integrity_check"):
                    try:
                        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
                    except sqlcipher3.DatabaseError as exc:
                        if state["cancelled"]:
                            raise
                        raise Damaged(str(exc)) from None
                    bad = [str(r[0]) for r in rows if r != ("ok",)]
                    if bad:
                        raise Damaged("; ".join(bad[:3]))
            state["phase"] = "copy"
            state["last"] = 0.0
            conn.execute("VACUUM INTO ?", (target,))
            if progress is not None and progress("copy", state["total"], state["total"]) is False:
                state["cancelled"] = True
                raise sqlcipher3.OperationalError("interrupted")
        except sqlcipher3.Error as exc:
            if state["cancelled"]:
                raise DatabaseError("cancelled", "Stopped on request.") from None
            raise DatabaseError("backup_failed", f"The copy could not be written: {exc}", error=str(exc)) from None
        finally:
            conn.close()

    def record_counts(self) -> dict[str, int]:
        """Rows in the tables a person knows a backup by: customers, dossier entries, audit events."""
        tables = {r[0] for r in self.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t: (int(self.scalar(f"SELECT count(*) FROM {t}")) if t in tables else 0)
                for t in ("customers", "entries", "audit_events")}

    @staticmethod
    def in_use(path: str | os.PathLike, key: bytes) -> bool:
        """True when a connection (of this process or another) has the file open.

        The probe takes SQLite's exclusive lock for a moment and changes no record; call it only
        on a file that passed its checks.
        """
        conn = sqlcipher3.connect(os.fspath(path), isolation_level=None, check_same_thread=False, timeout=0.2)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
            return False
        except sqlcipher3.Error as exc:
            text = str(exc)
            return "locked" in text or "busy" in text
        finally:
            conn.close()

    # ------------------------------------------------------------- migrations
    def _upgrade(self, *, backup: bool) -> None:
        version = self.user_version()
        if version >= migrations.LATEST:
            return
        if backup and version > 0:
            stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            target = self.path.with_name(f"{self.path.stem}.before-v{migrations.LATEST}-{stamp}{self.path.suffix}")
            self.vacuum_into(target)
        with self._lock:
            self._conn.execute("BEGIN EXCLUSIVE")
            try:
                while version < migrations.LATEST:
                    version += 1
                    for statement in migrations.steps(version):
                        self._conn.execute(statement)
                    self._conn.execute(f"PRAGMA user_version = {version}")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
