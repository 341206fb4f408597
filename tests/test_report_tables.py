"""The generic table report (台帐) as PDF and as Excel, read back the way a user would see it.

The PDF tests run twice, like tests/test_recovery_sheet.py: with whatever
TrueType Chinese font this machine has ("machine") and with the font search
pointed at an empty folder ("cid"), so the built-in STSong-Light fallback is
exercised too.  pypdf extracts Chinese from both.
"""
from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports import fonts
from app.reports.tables import Column, TableReport, pdf_bytes, sheet_title, write_pdf, write_xlsx
from tests.support.pdf import font_mode  # noqa: F401  (fixture)

PRINTED_AT = dt.datetime(2026, 11, 20, 14, 35)
COLUMNS = [Column("档案号", 1.4), Column("客户", 0.8), Column("名称", 1.2), Column("权证编号", 2.4),
           Column("页数", 0.5, "right")]
EIGHT = COLUMNS + [Column("位置", 0.7, "center"), Column("登记日期", 0.9), Column("备注", 1.8)]


def _rows(n: int, ncols: int = 5) -> list[list]:
    rows = []
    for i in range(n):
        row = [f"鸿借字第{i + 1:04d}号", "张伟" if i % 2 else "王芳", "不动产权证",
               f"京(2026)朝阳区不动产权第{i:07d}号", i % 40 + 1, "A1-3", dt.date(2026, 1, 1) + dt.timedelta(i),
               "借出未还，已催告两次，借款人称将于下周归还" if i % 7 == 0 else None]
        rows.append(row[:ncols])
    return rows


def _report(n: int = 3, columns=None, **kw) -> TableReport:
    columns = columns or COLUMNS
    args = dict(title="权证台帐", columns=columns, rows=_rows(n, len(columns)), company="鸿运物业管理有限公司",
                printed_by="王管理", printed_at=PRINTED_AT, subtitle="2026-01-01 至 2026-06-30 状态：借出")
    args.update(kw)
    return TableReport(**args)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _size(data: bytes) -> tuple[int, int]:
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


# -- PDF ---------------------------------------------------------------------------
def test_pdf_shows_company_title_subtitle_and_cells(font_mode):
    data = pdf_bytes(_report(3))
    assert data.startswith(b"%PDF")
    pages = _pages(data)
    assert len(pages) == 1
    text = pages[0]
    for expected in ("鸿运物业管理有限公司", "权证台帐", "2026-01-01 至 2026-06-30", "档案号", "权证编号",
                     "鸿借字第0001号", "张伟", "京(2026)朝阳区不动产权第0000002号"):
        assert expected in text
    assert "Printed by 王管理 at 2026-11-20 14:35" in text
    assert "Page 1 of 1" in text
    assert _size(data) == (595, 842)  # A4 portrait for five columns
    if font_mode == "cid":
        assert not fonts.cjk_font_is_embedded()


def test_multi_page_report_counts_pages_and_repeats_the_header_once_per_page(font_mode):
    data = pdf_bytes(_report(130, summary_lines=["共 130 件。"]))
    pages = _pages(data)
    n = len(pages)
    assert n >= 3
    for i, text in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in text
        assert "Printed by 王管理 at 2026-11-20 14:35" in text
        assert text.count("权证编号") == 1  # the header row: on every page, never twice on one
    body = "".join(pages)
    for i in (1, 65, 130):  # every row is printed once
        assert body.count(f"鸿借字第{i:04d}号") == 1
    assert "共 130 件。" in pages[-1]
    assert "权证台帐" in pages[1]  # the running header on later pages


def test_more_than_six_columns_prints_landscape(font_mode):
    wide = pdf_bytes(_report(2, EIGHT))
    w, h = _size(wide)
    assert (w, h) == (842, 595)
    text = _pages(wide)[0]
    assert "2026-01-02" in text  # a date cell, YYYY-MM-DD
    assert "登记日期" in text and "备注" in text
    assert _size(pdf_bytes(_report(2, EIGHT, landscape=False))) == (595, 842)
    assert _size(pdf_bytes(_report(2, COLUMNS, landscape=True))) == (842, 595)


def test_empty_report_prints_no_records(font_mode):
    pages = _pages(pdf_bytes(_report(0)))
    assert len(pages) == 1
    assert "No records" in pages[0]
    assert "档案号" in pages[0]
    assert "Page 1 of 1" in pages[0]


def test_summary_and_signature_lines_follow_the_table(font_mode):
    report = _report(4, summary_lines=["共 4 件，借出 1 件。", "缺号：鸿借字第0007号"],
                     signature_labels=["盘点人", "监盘人"], highlight_rows={1})
    text = "".join(_pages(pdf_bytes(report)))
    assert "共 4 件，借出 1 件。" in text
    assert "缺号：鸿借字第0007号" in text
    assert "盘点人" in text and "监盘人" in text
    assert text.count("Date") == 2
    assert text.index("鸿借字第0004号") < text.index("共 4 件") < text.index("盘点人")


def test_long_cells_wrap_and_a_huge_cell_does_not_break_the_layout(font_mode):
    rows = _rows(3)
    rows[0][2] = "抵押合同及补充协议（含担保函、还款计划表、借款借据）" * 3
    rows[1][2] = "档" * 20_000  # taller than a page: shortened, not an error
    rows[2][1] = None
    text = "".join(_pages(pdf_bytes(_report(3, rows=rows))))
    assert "抵押合同" in text
    assert "鸿借字第0003号" in text


def test_write_pdf_writes_only_the_named_file(tmp_path, font_mode):
    out = tmp_path / "out"
    out.mkdir()
    report = _report(2)
    write_pdf(report, out / "台帐.pdf")
    assert [p.name for p in out.iterdir()] == ["台帐.pdf"]
    assert "权证台帐" in _pages((out / "台帐.pdf").read_bytes())[0]


# -- Excel -------------------------------------------------------------------------
def test_xlsx_has_title_header_numbers_and_frozen_header(tmp_path):
    from openpyxl import load_workbook

    report = _report(20, EIGHT, summary_lines=["共 20 件。"], signature_labels=["盘点人"], highlight_rows={0})
    path = tmp_path / "台帐.xlsx"
    write_xlsx(report, path)

    ws = load_workbook(path).active
    assert ws.title == "权证台帐"
    assert ws["A1"].value == "鸿运物业管理有限公司"
    assert ws["A2"].value == "权证台帐"
    assert ws["A2"].font.b
    assert ws["A3"].value == "2026-01-01 至 2026-06-30 状态：借出"
    header = [c.value for c in ws[5]]
    assert header == [c.title for c in EIGHT]
    assert ws["A5"].font.b
    assert ws.freeze_panes == "A6"
    assert ws["A6"].value == "鸿借字第0001号"
    assert ws["E6"].value == 1 and isinstance(ws["E6"].value, int)  # numbers stay numbers
    assert ws["G6"].value.date() == dt.date(2026, 1, 1)
    assert ws["G6"].number_format == "yyyy-mm-dd"
    assert ws["H7"].value is None  # None -> empty cell
    values = [r[0] for r in ws.iter_rows(min_row=26, values_only=True)]
    assert "共 20 件。" in values
    assert any(v and v.startswith("盘点人") for v in values)
    assert values[-1] == "Printed by 王管理 at 2026-11-20 14:35"
    # print set-up: landscape (eight columns), one page wide, header row on every page
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$5:$5"
    assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    assert widths["D"] > widths["B"]  # relative widths


def test_xlsx_text_that_looks_like_a_formula_stays_text(tmp_path):
    from openpyxl import load_workbook

    rows = [["=HYPERLINK(\"http://x\",\"y\")", "=1+1", "note\x07bell", 3.5, None]]
    path = tmp_path / "r.xlsx"
    write_xlsx(_report(1, rows=rows), path)
    ws = load_workbook(path).active
    assert ws["A6"].value == "=HYPERLINK(\"http://x\",\"y\")"
    assert ws["A6"].data_type == "s"
    assert ws["B6"].data_type == "s"
    assert ws["C6"].value == "notebell"  # control characters Excel refuses are dropped
    assert ws["D6"].value == 3.5


def test_xlsx_uses_no_temporary_files(tmp_path, monkeypatch):
    import openpyxl.worksheet._writer as ws_writer

    def refuse(*args, **kwargs):
        raise AssertionError("a temporary file was created")

    monkeypatch.setattr(ws_writer, "create_temporary_file", refuse)
    write_xlsx(_report(5), tmp_path / "r.xlsx")
    assert (tmp_path / "r.xlsx").stat().st_size > 0


@pytest.mark.parametrize("title, expected", [
    ("权证台帐", "权证台帐"),
    ("台帐[2026/01]: *?\\", "台帐_2026_01__ ___"),
    ("'引号'", "引号"),
    ("", "Sheet1"),
    ("history", "History_"),
    ("很" * 40, "很" * 31),
])
def test_sheet_titles_follow_excel_rules(title, expected):
    assert sheet_title(title) == expected


def test_portrait_report_prints_portrait_in_excel(tmp_path):
    from openpyxl import load_workbook

    write_xlsx(_report(2), tmp_path / "p.xlsx")
    ws = load_workbook(tmp_path / "p.xlsx").active
    assert ws.page_setup.orientation == "portrait"


def test_module_imports_neither_reportlab_nor_openpyxl():
    code = (
        "import sys, app.reports.tables, app.reports.handover_sheet;"
        "bad = [m for m in sys.modules if m.startswith(('reportlab', 'openpyxl', 'PySide6'))];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[1], check=True)


def test_dates_and_codes_in_narrow_columns_are_not_broken(font_mode):
    columns = [Column(f"列{i}", 2.0) for i in range(10)] + [Column("日期", 0.3), Column("编号", 0.3)]
    rows = [["很长的说明文字可以换行"] * 10 + ["2026-01-05", "HT-2026-000123"] for _ in range(3)]
    text = _pages(pdf_bytes(_report(3, columns, rows=rows)))[0]
    assert text.count("2026-01-05") == 3
    assert text.count("HT-2026-000123") == 3
