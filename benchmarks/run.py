"""KeDang benchmark: open, first list page, search latency, GUI memory, start-to-login, dossier.

    python benchmarks/run.py [--customers N] [--json FILE] [--repeat R] [--explain]
                             [--skip-gui] [--skip-start] [--skip-dossier] [--skip-import-export]

Creates a fresh encrypted database in a temp folder (deleted at the end), fills it with N
demo customers through ``app.demo.fill_demo`` and measures the program's own code paths
(``Database.open``, ``CustomerService.search`` / ``rows`` as the customer list calls them).
The same searches run on an unencrypted copy of the same data, as the limit to compare
with. Results go to stdout as a table against the targets of issue 2; progress goes to
stderr. The dossier figures of issue 3 (opening a dossier of 2,000 entries and 50 attachments,
adding and viewing a 20 MB PDF) come from ``benchmarks/dossier.py``, run in its own offscreen Qt
process on its own database. The figures of the customer import and the exports (customer list of
10,000 to xlsx and PDF, importing 10,000 rows, peak memory of exporting 100,000 to xlsx) come from
``benchmarks/import_export.py`` (``measure``), also on a database of its own. The machine's keyring
is never touched: this process uses an in-memory keyring and its children a file keyring inside the
temp folder.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import queue
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

USERNAME = "bench"
PASSWORD = "Bench-2026-desk"  # a real password: scrypt keeps the program's own cost
PAGE = 100  # rows the list shows / fetches first
START_RUNS = 5
START_TIMEOUT_S = 20.0
GUI_TIMEOUT_S = 300.0
DOSSIER_TIMEOUT_S = 600.0
DOSSIER_KEYS = ("dossier_open_ms", "dossier_open_runs_ms", "dossier_timeline_ms", "attachment_20mb_add_ms",
                "attachment_20mb_view_ms", "attachment_20mb_size_mb", "attachment_20mb_pages")

TARGETS = {
    "search_ms": 30.0,
    "search_ratio": 1.5,
    "first_page_ms": 100.0,
    "gui_peak_mb": 300.0,
    "start_to_login_s": 1.5,
    "dossier_open_ms": 300.0,
}
KINDS = ("cjk1", "cjk2", "cjk3", "pinyin", "phone", "id")

# Fixed queries; phone and ID digits are completed from the generated data (see ``pick_queries``).
CJK1 = ["王", "李", "张", "陈", "林"]
CJK2 = ["张伟", "王芳", "李娜", "陈静", "林辉"]
CJK3 = ["鼓楼区", "李秀英", "王建国", "台江区", "仓山区"]
PINYIN = ["zw", "wf", "ln", "cj", "lj"]


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def ms(seconds: float) -> float:
    return seconds * 1000.0


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


# ------------------------------------------------------------------ plain-SQLite copy
class PlainDB:
    """The read half of ``app.models.database.Database`` over an unencrypted connection.

    The repositories only call ``query`` / ``query_one`` / ``scalar`` to read, so the very
    same SQL of ``CustomerRepo`` runs on the plain copy.
    """

    def __init__(self, conn, engine: str):
        self._conn = conn
        self.engine = engine

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[tuple]:
        return self._conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] | dict = ()) -> tuple | None:
        return self._conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    def close(self) -> None:
        self._conn.close()


class RecordingDB:
    """Passes reads through to a database and remembers the SQL (for ``--explain``)."""

    def __init__(self, db):
        self.db = db
        self.statements: list[tuple[str, Any]] = []

    def query(self, sql, params=()):
        self.statements.append((sql, params))
        return self.db.query(sql, params)

    def query_one(self, sql, params=()):
        self.statements.append((sql, params))
        return self.db.query_one(sql, params)

    def scalar(self, sql, params=()):
        row = self.query_one(sql, params)
        return None if row is None else row[0]


def export_plain(encrypted: Path, key: bytes, plain: Path) -> None:
    """``sqlcipher_export`` into an unencrypted file, then copy ``user_version`` (it is not carried)."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(encrypted), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute(f"PRAGMA plain.user_version = {version}")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def open_plain(path: Path) -> PlainDB:
    """The plain copy with the program's pragmas and page cache.

    The standard library's ``sqlite3`` is used when its SQLite can read the schema; KeDang's
    FTS5 tables use ``contentless_delete`` (SQLite 3.43+), so an older one cannot, and then
    SQLCipher's own SQLite opens the file with no key at all (no codec: plain SQLite pages).
    """
    from app.models.database import CACHE_KIB

    def configure(conn) -> None:
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")

    import sqlite3

    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT rowid FROM customer_fts WHERE customer_fts MATCH '\"abc\"' LIMIT 1").fetchall()
        conn.execute("SELECT rowid FROM customer_cjk WHERE customer_cjk MATCH '\"王\"' LIMIT 1").fetchall()
        configure(conn)
        return PlainDB(conn, f"sqlite3 (standard library), SQLite {sqlite3.sqlite_version}")
    except sqlite3.Error as exc:
        conn.close()
        reason = str(exc)
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    configure(conn)
    version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    log(f"the standard library's SQLite {sqlite3.sqlite_version} cannot read the schema ({reason}); "
        f"the plain copy is read by SQLCipher's SQLite {version} without a key")
    return PlainDB(conn, f"sqlcipher3 without key (plain pages), SQLite {version}; "
                         f"stdlib sqlite3 {sqlite3.sqlite_version} could not: {reason}")


# ------------------------------------------------------------------ queries
def pick_queries(office, session) -> dict[str, list[str]]:
    """Search strings per kind. Phone and ID digits are cut from customers on file (seeded)."""
    from app.models.records import CustomerQuery

    ids = office.customers.search(session, CustomerQuery(text="", sort="code"))
    rng = random.Random(20261122)
    sample = [ids[rng.randrange(len(ids))] for _ in range(min(400, len(ids)))] if ids else []
    rows = office.customers.rows(session, sample)  # LIST_COLS: id, code, name, kind, level, phone, id_number, ...
    mobiles = [r[5] for r in rows.values() if len(r[5]) == 11 and r[5].isdigit()]
    id_numbers = [r[6] for r in rows.values() if r[3] == "person" and len(r[6]) == 18]
    phone, id_digits = [], []
    for n, mobile in enumerate(mobiles[:5]):
        length = 4 + n % 4  # 4..7 digits
        start = 0 if n == 0 else rng.randrange(0, 11 - length + 1)
        phone.append(mobile[start:start + length])
    for n, number in enumerate(id_numbers[:4]):
        digits = number[:17]
        if n == 0:
            id_digits.append(digits[:6])  # region code, e.g. 350102
        elif n == 1:
            id_digits.append(digits[6:14])  # birth date, 8 digits
        else:
            start = rng.randrange(0, 17 - 8 + 1)
            id_digits.append(digits[start:start + 8])
    id_digits.insert(0, "350102")
    return {
        "cjk1": CJK1, "cjk2": CJK2, "cjk3": CJK3, "pinyin": PINYIN,
        "phone": phone or ["1391"], "id": id_digits,
    }


# ------------------------------------------------------------------ subprocesses
def child_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHON_KEYRING_BACKEND"] = "tests.support.keyrings.FileKeyring"
    env["KEDANG_TEST_KEYRING_FILE"] = str(tmp / "keyring.json")
    env["KEDANG_HOME"] = str(tmp / "home")
    for name in ("KEDANG_RECOVERY_KEY", "KEDANG_PASSWORD", "KEDANG_USER", "KEDANG_EXIT_AT_LOGIN"):
        env.pop(name, None)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _tail(text: str, lines: int = 4) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:] if line.strip())


def gui_peak(tmp: Path, db: Path, recovery_key: str) -> dict:
    """Runs benchmarks/gui_memory.py DB; returns gui_peak_mb (or None and the reason)."""
    env = child_env(tmp)
    env.update(KEDANG_RECOVERY_KEY=recovery_key, KEDANG_USER=USERNAME, KEDANG_PASSWORD=PASSWORD,
               QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="tests.support.keyrings.MemoryKeyring")
    cmd = [sys.executable, str(ROOT / "benchmarks" / "gui_memory.py"), str(db)]
    try:
        proc = subprocess.run(cmd, env=env, cwd=str(ROOT), capture_output=True, text=True,
                              timeout=GUI_TIMEOUT_S, encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        return {"gui_peak_mb": None, "gui_peak_mb_reason": f"gui_memory.py did not finish in {GUI_TIMEOUT_S:.0f} s"}
    found: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word in ("BASE_MB", "ROWS", "PEAK_MB", "SKIP"):
            found[word] = rest.strip()
    out: dict[str, Any] = {"gui_peak_mb": None}
    if "BASE_MB" in found:
        out["gui_base_mb"] = float(found["BASE_MB"])
    if proc.returncode == 0 and "PEAK_MB" in found:
        out["gui_peak_mb"] = float(found["PEAK_MB"])
        out["gui_rows"] = int(found.get("ROWS", "-1"))
    elif "SKIP" in found:
        out["gui_peak_mb_reason"] = found["SKIP"]
    else:
        out["gui_peak_mb_reason"] = f"gui_memory.py exited {proc.returncode}: {_tail(proc.stderr) or _tail(proc.stdout)}"
    return out


def dossier_figures(tmp: Path, repeat: int) -> dict:
    """Runs benchmarks/dossier.py (its own database, offscreen Qt in its own process): dossier_open_ms,
    attachment_20mb_add_ms, attachment_20mb_view_ms and the rest of DOSSIER_KEYS; None and the reason
    when it could not run."""
    missing = {"dossier_open_ms": None, "attachment_20mb_add_ms": None, "attachment_20mb_view_ms": None}
    out = tmp / "dossier.json"
    env = child_env(tmp)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="tests.support.keyrings.MemoryKeyring",
               KEDANG_HOME=str(tmp / "dossier-home"))
    cmd = [sys.executable, str(ROOT / "benchmarks" / "dossier.py"), "--repeat", str(repeat), "--json", str(out)]
    try:
        proc = subprocess.run(cmd, env=env, cwd=str(ROOT), capture_output=True, text=True,
                              timeout=DOSSIER_TIMEOUT_S, encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        return {**missing, "dossier_reason": f"dossier.py did not finish in {DOSSIER_TIMEOUT_S:.0f} s"}
    if proc.returncode != 0 or not out.exists():
        return {**missing, "dossier_reason": f"dossier.py exited {proc.returncode}: "
                                             f"{_tail(proc.stderr) or _tail(proc.stdout)}"}
    figures = json.loads(out.read_text(encoding="utf-8"))
    res = {key: figures.get(key) for key in DOSSIER_KEYS}
    res.update(dossier_entries=figures.get("entries"), dossier_attachments=figures.get("attachments"))
    return res


def _reader(stream, sink: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        sink.put((time.perf_counter(), line))
    sink.put((time.perf_counter(), None))


def start_once(tmp: Path, db: Path) -> tuple[float | None, str]:
    """Seconds from spawning ``python -m app --db DB`` to its ``LOGIN_SHOWN`` line, or None and why."""
    env = child_env(tmp)
    env["KEDANG_EXIT_AT_LOGIN"] = "1"
    cmd = [sys.executable, "-m", "app", "--db", str(db)]
    err_path = tmp / "start-stderr.txt"
    with open(err_path, "w+", encoding="utf-8", errors="replace") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=str(ROOT), stdout=subprocess.PIPE, stderr=err,
                                stdin=subprocess.DEVNULL, text=True, encoding="utf-8", errors="replace")
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True).start()
        shown_at = None
        seen: list[str] = []
        deadline = t0 + START_TIMEOUT_S
        while shown_at is None:
            try:
                stamp, line = lines.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                break
            if line is None:
                break
            seen.append(line)
            if line.strip() == "LOGIN_SHOWN":
                shown_at = stamp
        try:
            code = proc.wait(timeout=10 if shown_at is not None else 0.5)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
            if shown_at is not None:
                return None, "LOGIN_SHOWN was printed but the program did not exit within 10 s"
        err.seek(0)
        stderr = err.read()
    if shown_at is None:
        if time.perf_counter() >= deadline:
            return None, f"no LOGIN_SHOWN line within {START_TIMEOUT_S:.0f} s"
        return None, (f"the program exited {code} without printing LOGIN_SHOWN: "
                      f"{_tail(stderr) or _tail(''.join(seen)) or 'no output'}")
    if code != 0:
        return None, f"LOGIN_SHOWN was printed but the program exited {code}: {_tail(stderr)}"
    return shown_at - t0, ""


def start_to_login(tmp: Path, db: Path) -> dict:
    first, reason = start_once(tmp, db)  # warm-up: the first start reads the libraries from disk
    if first is None:
        return {"start_to_login_s": None, "start_to_login_reason": reason}
    runs = []
    for n in range(START_RUNS):
        seconds, reason = start_once(tmp, db)
        if seconds is None:
            return {"start_to_login_s": None, "start_to_login_reason": f"run {n + 1}: {reason}"}
        runs.append(seconds)
        log(f"start to login, run {n + 1}: {seconds:.3f} s")
    return {"start_to_login_s": round(median(runs), 3), "start_to_login_first_s": round(first, 3),
            "start_to_login_runs_s": [round(s, 3) for s in runs]}


# ------------------------------------------------------------------ timing helpers
def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def bench_open(path: Path, key: bytes, repeat: int) -> dict:
    from app.models.database import Database

    def once(check: bool) -> float:
        t0 = time.perf_counter()
        db = Database.open(path, key, read_only_check=check)
        elapsed = time.perf_counter() - t0
        db.close()
        return elapsed

    once(True)  # warm-up: the file in the OS cache
    with_check, without = [], []
    for _ in range(repeat):
        with_check.append(once(True))
        without.append(once(False))
    return {"open_ms": round(ms(median(with_check)), 3), "open_no_check_ms": round(ms(median(without)), 3)}


def search_and_page(service, session, text: str) -> tuple[int, float, float]:
    """What the list does as the user types: ids sorted by name in SQL, then the visible rows."""
    from app.models.records import CustomerQuery

    t0 = time.perf_counter()
    ids = service.search(session, CustomerQuery(text=text, sort="name"))
    t1 = time.perf_counter()
    service.rows(session, ids[:PAGE])
    t2 = time.perf_counter()
    return len(ids), t2 - t0, t1 - t0


def explain(db, text: str, *, sort: str = "name") -> list[str]:
    """EXPLAIN QUERY PLAN of the statement the repository runs for ``text`` (captured, not rewritten)."""
    from app.models.records import CustomerQuery
    from app.models.repositories import CustomerRepo

    recorder = RecordingDB(db)
    CustomerRepo(recorder).search_ids(CustomerQuery(text=text, sort=sort))
    sql, params = recorder.statements[-1]
    plan = db.query("EXPLAIN QUERY PLAN " + sql, params)
    return [sql] + [f"  {row[-1]}" for row in plan]


# ------------------------------------------------------------------ report
def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "MISS")


def report(res: dict) -> str:
    out = []
    add = out.append
    add("")
    add(f"KeDang benchmark — {res['customers']:,} customers, median of {res['repeat']} runs per query "
        f"(start-to-login: {START_RUNS})")
    add(f"  demo fill: {res['demo_fill_s']:.1f} s   plain copy read by: {res['plain_engine']}")
    add("")
    add(f"{'measure':<22}{'KeDang':>11}{'plain':>10}{'ratio':>8}  {'target':<24}result")
    add("-" * 84)
    add(f"{'open_ms':<22}{res['open_ms']:>11.2f}{'':>10}{'':>8}  {'(none)':<24}info")
    add(f"{'open_no_check_ms':<22}{res['open_no_check_ms']:>11.2f}{'':>10}{'':>8}  {'(none)':<24}info")
    fp = res["first_page_ms"]
    fpp = res["first_page_plain_ms"]
    add(f"{'first_page_ms':<22}{fp:>11.2f}{fpp:>10.2f}{fp / fpp if fpp else float('inf'):>8.2f}  {'≤ 100 ms':<24}"
        f"{verdict(fp <= TARGETS['first_page_ms'])}")
    for kind in KINDS:
        enc, plain = res["search_ms"][kind], res["search_plain_ms"][kind]
        ratio = enc / plain if plain else float("inf")
        fast, near = enc <= TARGETS["search_ms"], ratio <= TARGETS["search_ratio"]
        why = "" if fast and near else " (" + ", ".join(
            x for x, bad in (("> 30 ms", not fast), ("> 1.5× plain", not near)) if bad) + ")"
        add(f"{'search ' + kind:<22}{enc:>11.2f}{plain:>10.2f}{ratio:>8.2f}  {'≤ 30 ms, ≤ 1.5× plain':<24}"
            f"{verdict(fast and near)}{why}")
    gui = res.get("gui_peak_mb")
    add(f"{'gui_peak_mb':<22}{(f'{gui:.1f}' if gui is not None else 'null'):>11}{'':>10}{'':>8}  {'≤ 300 MB':<24}"
        f"{verdict(None if gui is None else gui <= TARGETS['gui_peak_mb'])}")
    st = res.get("start_to_login_s")
    add(f"{'start_to_login_s':<22}{(f'{st:.3f}' if st is not None else 'null'):>11}{'':>10}{'':>8}  {'≤ 1.5 s':<24}"
        f"{verdict(None if st is None else st <= TARGETS['start_to_login_s'])}")
    if gui is None:
        add(f"  gui_peak_mb is null: {res.get('gui_peak_mb_reason', '?')}")
    elif "gui_rows" in res:
        add(f"  GUI: {res['gui_rows']:,} rows in the list model; peak before the window {res.get('gui_base_mb', 0):.1f} MB")
    if st is None:
        add(f"  start_to_login_s is null: {res.get('start_to_login_reason', '?')}")
    do = res.get("dossier_open_ms")
    add(f"{'dossier_open_ms':<22}{(f'{do:.1f}' if do is not None else 'null'):>11}{'':>10}{'':>8}  {'≤ 300 ms':<24}"
        f"{verdict(None if do is None else do <= TARGETS['dossier_open_ms'])}")
    for key in ("attachment_20mb_add_ms", "attachment_20mb_view_ms"):
        value = res.get(key)
        add(f"{key:<22}{(f'{value:.1f}' if value is not None else 'null'):>11}{'':>10}{'':>8}  {'(none)':<24}info")
    if do is None:
        add(f"  dossier figures are null: {res.get('dossier_reason', '?')}")
    else:
        add(f"  dossier: {res['dossier_entries']:,} entries and {res['dossier_attachments']} attachments on one "
            f"customer; timeline tab {res['dossier_timeline_ms']:.1f} ms; the big PDF "
            f"{res['attachment_20mb_size_mb']} MB, {res['attachment_20mb_pages']} pages")
    from benchmarks.import_export import report_lines

    for line in report_lines(res):
        add(line)
    add("")
    add("search detail (median ms: KeDang / plain; hits; share of the time spent in search_ids):")
    for kind in KINDS:
        for d in res["search_detail"][kind]:
            add(f"  {kind:<7}{d['query']:<12}{d['ms']:>9.2f} /{d['plain_ms']:>8.2f}  hits {d['hits']:>7,}"
                f"  ids {d['ids_share']:>4.0%}")
    return "\n".join(out)


# ------------------------------------------------------------------ main
def run(args) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="kedang-bench-"))
    os.environ["KEDANG_HOME"] = str(tmp / "home")  # the program's own folders: inside the temp folder
    os.environ.pop("KEDANG_RECOVERY_KEY", None)
    try:
        return _run(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        log(f"removed {tmp}")


def _run(args, tmp: Path) -> dict:
    import keyring

    from tests.support.keyrings import FileKeyring, MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from app import security
    from app.demo import fill_demo
    from app.models.records import CustomerQuery
    from app.office import create_office, open_office

    res: dict[str, Any] = {"customers": args.customers, "repeat": args.repeat}
    db_path = tmp / "bench.kdb"
    log(f"creating {db_path}")
    created = create_office(db_path, company="基准测试物业", admin_username=USERNAME, admin_display_name="基准",
                            admin_password=PASSWORD)
    if created.keyring_problem:
        raise SystemExit(f"the in-memory keyring was refused: {created.keyring_problem}")
    office, session = created.office, created.admin
    key = security.parse_recovery_key(created.recovery_key)
    # The child processes find the key where the program looks for it: a (benchmark-only) keyring.
    os.environ["KEDANG_TEST_KEYRING_FILE"] = str(tmp / "keyring.json")
    FileKeyring().set_password(security.KEYRING_SERVICE, office.db.file_id(), key.hex())

    log(f"filling {args.customers:,} demo customers …")
    last = [time.perf_counter()]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        log(f"  {done:,} / {total:,} ({now - last[0]:.1f} s)")
        last[0] = now

    seconds, added = timed(lambda: fill_demo(office, session, customers=args.customers, progress=progress))
    res["demo_fill_s"] = round(seconds, 2)
    log(f"filled {added:,} customers in {seconds:.1f} s")
    queries = pick_queries(office, session)
    office.close()
    # Leave the process as a running program would be, not as the bulk fill left it: the fill's
    # pinyin cache (up to 65,536 entries) would add to what every full garbage collection walks
    # during the measurements. pypinyin's own tables (~190k objects) stay: the program loads
    # them at its first customer edit.
    from app.pinyin import pinyin_keys

    pinyin_keys.cache_clear()
    gc.collect()
    res["gc_objects"] = len(gc.get_objects())
    res["db_file_mb"] = round(db_path.stat().st_size / 2 ** 20, 1)

    log(f"open: {args.repeat} runs with and without quick_check …")
    res.update(bench_open(db_path, key, args.repeat))

    log("exporting the unencrypted copy (sqlcipher_export) …")
    plain_path = tmp / "plain.db"
    seconds, _ = timed(lambda: export_plain(db_path, key, plain_path))
    res["plain_export_s"] = round(seconds, 2)
    plain_db = open_plain(plain_path)
    res["plain_engine"] = plain_db.engine

    from app.customers import CustomerService

    office = open_office(db_path)  # key from the (in-memory) keyring, as a second start does
    session = office.auth.login(USERNAME, PASSWORD)
    plain = CustomerService(plain_db)  # the same service and repository, over the plain connection

    try:
        log(f"first page: {args.repeat} runs …")
        first_page: list[float] = []
        first_page_plain: list[float] = []
        for n in range(args.repeat + 1):
            for service, sink in ((office.customers, first_page), (plain, first_page_plain)):
                t0 = time.perf_counter()
                ids = service.search(session, CustomerQuery(text="", sort="code"))
                service.rows(session, ids[:PAGE])
                if n:  # the first run is the warm-up
                    sink.append(time.perf_counter() - t0)
        res["first_page_ms"] = round(ms(median(first_page)), 3)
        res["first_page_min_ms"] = round(ms(min(first_page)), 3)
        res["first_page_plain_ms"] = round(ms(median(first_page_plain)), 3)

        log(f"search: {sum(len(v) for v in queries.values())} queries × {args.repeat} runs, "
            "encrypted and plain interleaved …")
        detail: dict[str, list[dict]] = {}
        res["search_ms"], res["search_plain_ms"] = {}, {}
        for kind in KINDS:
            samples_enc: list[float] = []
            samples_plain: list[float] = []
            detail[kind] = []
            for text in queries[kind]:
                hits, _, _ = search_and_page(office.customers, session, text)  # warm-up
                plain_hits, _, _ = search_and_page(plain, session, text)
                if plain_hits != hits:
                    raise SystemExit(f"{text!r}: {hits} hits encrypted but {plain_hits} on the plain copy")
                enc, plain_t, ids_only = [], [], []
                for _ in range(args.repeat):
                    _, total, ids_t = search_and_page(office.customers, session, text)
                    enc.append(total)
                    ids_only.append(ids_t)
                    plain_t.append(search_and_page(plain, session, text)[1])
                samples_enc += enc
                samples_plain += plain_t
                detail[kind].append({
                    "query": text, "hits": hits, "ms": round(ms(median(enc)), 3),
                    "plain_ms": round(ms(median(plain_t)), 3),
                    "ids_share": round(median(ids_only) / median(enc), 3) if median(enc) else 0.0})
            res["search_ms"][kind] = round(ms(median(samples_enc)), 3)
            res["search_plain_ms"][kind] = round(ms(median(samples_plain)), 3)
            log(f"  {kind}: {res['search_ms'][kind]:.2f} ms (plain {res['search_plain_ms'][kind]:.2f} ms)")
        res["search_detail"] = detail

        if args.explain:
            log("EXPLAIN QUERY PLAN (encrypted database):")
            for kind in KINDS:
                for line in explain(office.db, queries[kind][0]):
                    log(f"  [{kind}] {line}")
            for line in explain(office.db, "", sort="code"):
                log(f"  [first page] {line}")
    finally:
        office.close()
        plain_db.close()

    if args.skip_gui:
        res.update(gui_peak_mb=None, gui_peak_mb_reason="skipped (--skip-gui)")
    else:
        log("GUI peak memory (benchmarks/gui_memory.py) …")
        res.update(gui_peak(tmp, db_path, created.recovery_key))
    if args.skip_start:
        res.update(start_to_login_s=None, start_to_login_reason="skipped (--skip-start)")
    else:
        log(f"start to login: 1 warm-up + {START_RUNS} runs …")
        res.update(start_to_login(tmp, db_path))
    if args.skip_dossier:
        res.update(dossier_open_ms=None, attachment_20mb_add_ms=None, attachment_20mb_view_ms=None,
                   dossier_reason="skipped (--skip-dossier)")
    else:
        log("dossier: 2,000 entries and 50 attachments, a 20 MB PDF (benchmarks/dossier.py) …")
        res.update(dossier_figures(tmp, args.repeat))
    if args.skip_import_export:
        res.update(xlsx_10k_s=None, pdf_10k_s=None, import_10k_s=None, export_100k_peak_mb=None,
                   export_100k_reason="skipped (--skip-import-export)")
    else:
        from benchmarks import import_export

        log("import and export: 10,000 customers to xlsx and PDF, importing 10,000 rows, "
            "exporting 100,000 (benchmarks/import_export.py) …")
        folder = tmp / "import-export"
        folder.mkdir()
        res.update(import_export.measure(folder))
    res["machine"] = {"python": platform.python_version(), "platform": platform.platform(),
                      "cpus": os.cpu_count()}
    return res


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--customers", type=int, default=100_000, metavar="N", help="demo customers (default 100,000)")
    p.add_argument("--json", metavar="FILE", help="also write the results to FILE as JSON")
    p.add_argument("--repeat", type=int, default=15, metavar="R",
                   help="measured runs per query, after one warm-up (default 15)")
    p.add_argument("--explain", action="store_true", help="print EXPLAIN QUERY PLAN of each search kind to stderr")
    p.add_argument("--skip-gui", action="store_true", help="do not measure the GUI's peak memory")
    p.add_argument("--skip-start", action="store_true", help="do not measure start-to-login")
    p.add_argument("--skip-import-export", action="store_true",
                   help="do not measure the customer export (xlsx, PDF), the import and the export's peak memory")
    p.add_argument("--skip-dossier", action="store_true",
                   help="do not measure opening a busy dossier and the 20 MB attachment")
    args = p.parse_args(argv)
    if args.customers < 1 or args.repeat < 1:
        p.error("--customers and --repeat must be at least 1")
    res = run(args)
    print(report(res))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(res, fh, ensure_ascii=False, indent=2)
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
