"""KeDang benchmark: how long the archive room's registers take to write as PDF and Excel.

    python benchmarks/reports.py [--rows N] [--repeat R] [--json FILE]

Builds a loan ledger of N made-up rows (12 columns, A4 landscape, the same ``TableReport`` the
program fills) and times ``tables.pdf_bytes`` and ``tables.write_xlsx`` (into a temp folder that is
deleted at the end); then the three-copy handover list of 60 lines. Medians of R runs after one
warm-up (the first run also loads the Chinese font). No database and no keyring are touched.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _ledger(n: int):
    from app.reports.tables import Column, TableReport

    titles = ["借阅单号", "编号", "资料名称", "借阅人", "部门", "用途", "审批人", "借出日期", "应还日期", "归还日期",
              "状态", "完整性"]
    rows = []
    day = _dt.date(2026, 1, 1)
    for i in range(n):
        d = day + _dt.timedelta(days=i % 300)
        rows.append([f"JY-2026-{i + 1:04d}", f"鸿借字第{i % 999 + 1:03d}号", f"客户{i % 97}借款档案（含抵押合同）",
                     "周信贷", "信贷部", "贷后检查" if i % 3 else "诉讼，需要原件送法院核对", "孙经理",
                     d.isoformat(), (d + _dt.timedelta(days=14)).isoformat(), "", "已借出",
                     "缺失：抵押合同" if i % 17 == 0 else ""])
    return TableReport("档案借阅登记表", [Column(t) for t in titles], rows, "鸿运担保有限公司", "钱档案",
                       _dt.datetime(2026, 11, 23, 9, 0), subtitle="2026-01-01 至 2026-12-31", landscape=True)


def _sheet():
    from app.reports.handover_sheet import HandoverLine, HandoverParty, HandoverSheet

    lines = [HandoverLine(i, f"资料{i}", f"鸿借字第{i:03d}号", f"{i % 20 + 1}页") for i in range(1, 61)]
    parties = [HandoverParty("移交人", "李经办", "2026-11-20"), HandoverParty("审核人", "赵复核", ""),
               HandoverParty("接收人", "钱档案", "")]
    return HandoverSheet("鸿运担保有限公司", "档案移交清单", "YJ-2026-0001", [("客户", "张伟")], lines, parties,
                         ["第一联 移交人留存", "第二联 审核人留存", "第三联 档案室留存"], "钱档案",
                         _dt.datetime(2026, 11, 23, 9, 0))


def _median_ms(fn, repeat: int) -> float:
    fn()
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(runs), 1)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=5000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--json")
    a = p.parse_args(argv)
    from app.reports import handover_sheet, tables

    report, sheet = _ledger(a.rows), _sheet()
    with tempfile.TemporaryDirectory(prefix="kedang-bench-") as tmp:
        out = Path(tmp) / "ledger.xlsx"
        print(f"ledger of {a.rows} rows …", file=sys.stderr)
        figures = {
            "rows": a.rows,
            "ledger_pdf_ms": _median_ms(lambda: tables.pdf_bytes(report), a.repeat),
            "ledger_xlsx_ms": _median_ms(lambda: tables.write_xlsx(report, out), a.repeat),
            "handover_60_lines_pdf_ms": _median_ms(lambda: handover_sheet.pdf_bytes(sheet), a.repeat),
        }
        figures["ledger_pdf_pages"] = len(__import__("pypdf").PdfReader(
            __import__("io").BytesIO(tables.pdf_bytes(report))).pages)
    for k, v in figures.items():
        print(f"{k:28} {v}")
    if a.json:
        Path(a.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
