"""KeDang benchmark: exporting the customer list and importing customers (issue: customer import).

    python benchmarks/import_export.py [--rows N] [--peak-customers N] [--repeat R] [--skip-peak] [--json FILE]

Creates a fresh encrypted database in a temp folder (deleted at the end), adds N generated customers
(``app.demo_data.generate_customers`` through ``CustomerService.bulk_create``) and measures the
program's own code paths:

- ``xlsx_10k_s``: ``office_reports.customer_list`` of the N customers + ``tables.write_xlsx``
  (median of R runs; target ≤ 2 s for 10,000);
- ``pdf_10k_s``: the same report through ``tables.write_pdf`` (target ≤ 5 s);
- ``import_10k_s``: ``CustomerImport.prepare`` + ``execute`` of a workbook of N new customers
  (every row validated, duplicates looked up, one transaction; target ≤ 5 s); reading the workbook
  (``read_bytes`` + ``Source.rows``) is timed apart as ``import_read_s``;
- ``export_100k_peak_mb``: the database is filled up to 100,000 customers, then a child process
  (this script with ``--export-peak DB``) opens it, builds the customer list and writes it with
  ``tables.write_xlsx``; its peak resident memory (VmHWM on Linux, see benchmarks/README.md) is the
  figure (target < 400 MB).

The reports are written to the null device and the import workbook is built in memory: no file with
customer data is written outside the temp folder's encrypted database. The machine's keyring is
never used: this process has an in-memory keyring and the child opens the database with the
recovery key. ``benchmarks/run.py`` calls ``measure`` (``--skip-import-export`` leaves it out).
"""
from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

USERNAME = "bench"
PASSWORD = "Bench-2026-desk"
TARGETS = {"xlsx_10k_s": 2.0, "pdf_10k_s": 5.0, "import_10k_s": 5.0, "export_100k_peak_mb": 400.0}
KEYS = ("xlsx_10k_s", "pdf_10k_s", "import_10k_s", "export_100k_peak_mb")
BATCH = 20_000
PEAK_TIMEOUT_S = 600.0

IMPORT_HEADERS = ("客户名称", "客户类型", "客户等级", "证件号码", "联系电话", "房号", "地址", "工作单位", "备注",
                  "紧急联系人", "紧急联系电话")
KIND_CN = {"person": "个人", "company": "企业"}
LEVEL_CN = {"key": "重点", "normal": "一般", "potential": "潜在"}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ data
def fill(office, session, count: int, seed: int) -> tuple[set[str], set[str]]:
    """Add ``count`` generated customers; returns the ID numbers and phones they use."""
    from app.demo_data import generate_customers

    ids, phones = set(), set()
    gen = generate_customers(count, seed=seed)
    added = 0
    while added < count:
        batch = [next(gen) for _ in range(min(BATCH, count - added))]
        ids.update(r["id_number"] for r in batch)
        phones.update(r["phone"] for r in batch)
        added += office.customers.bulk_create(session, batch, source="benchmark")
    return ids, phones


def import_workbook(rows: int, seed: int, used_ids: set[str], used_phones: set[str]) -> bytes:
    """An .xlsx (in memory) of ``rows`` new customers as a clerk's workbook holds them: Chinese headers,
    phones stored as numbers (as Excel does), ID numbers as text, an emergency contact."""
    from openpyxl import Workbook

    from app.demo_data import generate_customers

    wb = Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(IMPORT_HEADERS)
    written = 0
    for rec in generate_customers(rows * 2, seed=seed):
        if rec["id_number"] in used_ids or rec["phone"] in used_phones:
            continue
        used_ids.add(rec["id_number"])
        used_phones.add(rec["phone"])
        emergency = next((c for c in rec["contacts"] if c["role"] == "emergency"), {"name": "", "phone": ""})
        phone = int(rec["phone"]) if rec["phone"].isdigit() else rec["phone"]
        ws.append([rec["name"], KIND_CN[rec["kind"]], LEVEL_CN[rec["level"]], rec["id_number"], phone, rec["unit"],
                   rec["address"], rec["company"], rec["note"], emergency["name"], emergency["phone"]])
        written += 1
        if written == rows:
            break
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ------------------------------------------------------------------ the child: peak memory of one export
def export_peak(db: str) -> int:
    """Child mode: open DB, export every customer to xlsx, print BASE_MB, ROWS and PEAK_MB."""
    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from benchmarks.gui_memory import peak_mb

    from app.office import open_office
    from app.reports import office_reports, tables

    office = open_office(db, recovery_key=os.environ["KEDANG_RECOVERY_KEY"])
    try:
        session = office.auth.login(os.environ.get("KEDANG_USER", USERNAME), os.environ["KEDANG_PASSWORD"])
        print(f"BASE_MB {peak_mb():.1f}", flush=True)
        report = office_reports.customer_list(office, session)
        tables.write_xlsx(report, os.devnull)
        print(f"ROWS {len(report.rows)}", flush=True)
    finally:
        office.close()
    print(f"PEAK_MB {peak_mb():.1f}", flush=True)
    return 0


def _child_peak(tmp: Path, db: Path, recovery_key: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env.update(KEDANG_RECOVERY_KEY=recovery_key, KEDANG_USER=USERNAME, KEDANG_PASSWORD=PASSWORD,
               KEDANG_HOME=str(tmp / "peak-home"), PYTHON_KEYRING_BACKEND="tests.support.keyrings.MemoryKeyring",
               QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--export-peak", str(db)]
    try:
        proc = subprocess.run(cmd, env=env, cwd=str(ROOT), capture_output=True, text=True, timeout=PEAK_TIMEOUT_S,
                              encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        return {"export_100k_peak_mb": None, "export_100k_reason": f"no result within {PEAK_TIMEOUT_S:.0f} s"}
    found = {}
    for line in proc.stdout.splitlines():
        word, _, rest = line.partition(" ")
        found[word] = rest.strip()
    if proc.returncode != 0 or "PEAK_MB" not in found:
        tail = " | ".join(proc.stderr.strip().splitlines()[-3:])
        return {"export_100k_peak_mb": None, "export_100k_reason": f"child exited {proc.returncode}: {tail}"}
    return {"export_100k_peak_mb": float(found["PEAK_MB"]), "export_100k_base_mb": float(found.get("BASE_MB", "nan")),
            "export_100k_rows": int(found.get("ROWS", "-1"))}


# ------------------------------------------------------------------ measuring
def _median_time(fn, repeat: int) -> tuple[float, list[float]]:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs), runs


def measure(tmp: Path, *, rows: int = 10_000, peak_customers: int = 100_000, repeat: int = 3,
            skip_peak: bool = False) -> dict:
    """The figures (see the module docstring), measured in ``tmp`` (the caller removes it).
    Needs a keyring the program accepts (the caller's in-memory one)."""
    from app import importing
    from app.office import create_office
    from app.reports import office_reports, tables

    res: dict = {"import_export_rows": rows}
    db_path = tmp / "import-export.kdb"
    created = create_office(db_path, company="基准测试物业", admin_username=USERNAME, admin_display_name="基准",
                            admin_password=PASSWORD)
    office, session = created.office, created.admin
    try:
        log(f"import/export: adding {rows:,} customers …")
        t0 = time.perf_counter()
        used_ids, used_phones = fill(office, session, rows, seed=20261201)
        res["import_export_fill_s"] = round(time.perf_counter() - t0, 2)

        def export(write):
            report = office_reports.customer_list(office, session, include_ids=True)
            assert len(report.rows) == rows, len(report.rows)
            write(report, os.devnull)

        log(f"export of {rows:,} customers to xlsx: {repeat} runs …")
        seconds, runs = _median_time(lambda: export(tables.write_xlsx), repeat)
        res["xlsx_10k_s"], res["xlsx_10k_runs_s"] = round(seconds, 3), [round(r, 3) for r in runs]
        log(f"  {seconds:.2f} s")
        log(f"export of {rows:,} customers to PDF: {repeat} runs …")
        seconds, runs = _median_time(lambda: export(tables.write_pdf), repeat)
        res["pdf_10k_s"], res["pdf_10k_runs_s"] = round(seconds, 3), [round(r, 3) for r in runs]
        log(f"  {seconds:.2f} s")

        log(f"import of {rows:,} new customers (workbook built in memory) …")
        data = import_workbook(rows, 20261202, used_ids, used_phones)
        before = office.customers.count()
        t0 = time.perf_counter()
        source = importing.read_bytes(data, "benchmark.xlsx")
        sheet_rows = source.rows(0)
        t1 = time.perf_counter()
        imp = importing.CustomerImport(office)
        header = importing.guess_header_row(sheet_rows)
        mapping = imp.suggest_mapping(importing.header_texts(sheet_rows, header))
        plan = imp.prepare(session, sheet_rows, header, mapping, file_name=source.name, sheet=source.sheets[0])
        t2 = time.perf_counter()
        if plan.problems:
            raise SystemExit(f"the generated workbook has {len(plan.problems)} problems: {plan.problems[0].text()}")
        result = imp.execute(session, plan, "skip")
        t3 = time.perf_counter()
        assert result.created == rows and office.customers.count() == before + rows, result
        res.update(import_read_s=round(t1 - t0, 3), import_prepare_s=round(t2 - t1, 3),
                   import_execute_s=round(t3 - t2, 3), import_10k_s=round(t3 - t1, 3))
        log(f"  read {t1 - t0:.2f} s, prepare {t2 - t1:.2f} s, execute {t3 - t2:.2f} s")

        if skip_peak:
            res.update(export_100k_peak_mb=None, export_100k_reason="skipped")
            return res
        more = peak_customers - office.customers.count()
        if more > 0:
            log(f"filling up to {peak_customers:,} customers ({more:,} more) …")
            fill(office, session, more, seed=20261203)
    finally:
        office.close()
    log(f"export of {peak_customers:,} customers to xlsx in a child process (peak memory) …")
    res.update(_child_peak(tmp, db_path, created.recovery_key))
    res["export_100k_customers"] = peak_customers
    log(f"  peak {res['export_100k_peak_mb']} MB")
    return res


def verdict(key: str, value) -> str:
    if value is None:
        return "n/a"
    ok = value < TARGETS[key] if key == "export_100k_peak_mb" else value <= TARGETS[key]
    return "PASS" if ok else "MISS"


def report_lines(res: dict) -> list[str]:
    """Lines for a results table (also used by benchmarks/run.py)."""
    units = {"xlsx_10k_s": "s", "pdf_10k_s": "s", "import_10k_s": "s", "export_100k_peak_mb": "MB"}
    targets = {"xlsx_10k_s": "≤ 2 s", "pdf_10k_s": "≤ 5 s", "import_10k_s": "≤ 5 s", "export_100k_peak_mb": "< 400 MB"}
    out = []
    for key in KEYS:
        value = res.get(key)
        shown = "null" if value is None else f"{value:.2f} {units[key]}"
        out.append(f"{key:<22}{shown:>11}{'':>18}  {targets[key]:<24}{verdict(key, value)}")
    if "import_read_s" in res:
        out.append(f"  import of {res['import_export_rows']:,} rows: reading the workbook {res['import_read_s']:.2f} s "
                   f"(not counted), prepare {res['import_prepare_s']:.2f} s, execute {res['import_execute_s']:.2f} s")
    if res.get("export_100k_peak_mb") is None and res.get("export_100k_reason"):
        out.append(f"  export_100k_peak_mb is null: {res['export_100k_reason']}")
    elif "export_100k_base_mb" in res:
        out.append(f"  export of {res['export_100k_rows']:,} customers: peak {res['export_100k_peak_mb']:.1f} MB, "
                   f"{res['export_100k_base_mb']:.1f} MB of it before the export (after sign-in)")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rows", type=int, default=10_000, metavar="N", help="customers exported and imported (10,000)")
    p.add_argument("--peak-customers", type=int, default=100_000, metavar="N",
                   help="customers in the export whose peak memory is measured (100,000)")
    p.add_argument("--repeat", type=int, default=3, metavar="R", help="runs per export, the median counts (3)")
    p.add_argument("--skip-peak", action="store_true", help="do not measure the peak memory of the big export")
    p.add_argument("--json", metavar="FILE", help="also write the results to FILE as JSON")
    p.add_argument("--export-peak", metavar="DB", help=argparse.SUPPRESS)  # the child process
    args = p.parse_args(argv)
    if args.export_peak:
        return export_peak(args.export_peak)
    if args.rows < 1 or args.repeat < 1:
        p.error("--rows and --repeat must be at least 1")
    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    tmp = Path(tempfile.mkdtemp(prefix="kedang-bench-ie-"))
    os.environ["KEDANG_HOME"] = str(tmp / "home")
    try:
        res = measure(tmp, rows=args.rows, peak_customers=args.peak_customers, repeat=args.repeat,
                      skip_peak=args.skip_peak)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("\n".join(report_lines(res)))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(res, fh, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
