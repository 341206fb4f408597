"""The three-party handover list (移交清单): one copy per party, each signed by hand.

Like tests/test_recovery_sheet.py, every PDF test runs with this machine's
TrueType Chinese font ("machine") and with the CID fallback ("cid").
"""
from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from app.reports.handover_sheet import HandoverLine, HandoverParty, HandoverSheet, pdf_bytes, write_pdf
from tests.support.pdf import font_mode  # noqa: F401  (fixture)

COPIES = ["第一联 移交人留存", "第二联 审核人留存", "第三联 档案室留存"]
PARTIES = [HandoverParty("移交人", "李娜", "2026-11-20"), HandoverParty("审核人", "王芳"),
           HandoverParty("接收人", "赵磊")]
ITEMS = [("借款合同", "HT-2026-0012", "12页", ""),
         ("不动产权证", "京(2026)朝阳区不动产权第0012345号", "1", "权利人：张伟"),
         ("抵押合同", "DY-2026-0007", "8页", ""),
         ("他项权证", "京(2026)朝阳区不动产证明第0045678号", "1", "")]


def _sheet(n: int = 4, **kw) -> HandoverSheet:
    lines = [HandoverLine(i + 1, *ITEMS[i % len(ITEMS)]) for i in range(n)]
    args = dict(company="鸿运小额贷款有限公司", title="档案移交清单", number="YJ-2026-0001",
                info=[("客户", "张伟"), ("档案号", "鸿借字第001号"), ("移交日期", "2026-11-20")],
                lines=lines, parties=PARTIES, copies=COPIES, printed_by="王管理",
                printed_at=dt.datetime(2026, 11, 20, 14, 35), note="客户补签材料延误两天")
    args.update(kw)
    return HandoverSheet(**args)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_one_page_per_copy_with_its_label_parties_and_items(font_mode):
    data = pdf_bytes(_sheet())
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    pages = _pages(data)
    assert len(pages) == 3
    for i, (text, copy) in enumerate(zip(pages, COPIES), start=1):
        assert copy in text
        assert [c for c in COPIES if c in text] == [copy]  # no other copy's label
        for expected in ("鸿运小额贷款有限公司", "档案移交清单", "YJ-2026-0001", "客户", "张伟",
                         "鸿借字第001号", "序号", "名称", "数量/页数"):
            assert expected in text
        for name, number, _qty, _note in ITEMS:
            assert name in text and number in text
        for party in PARTIES:
            assert party.role in text and party.name in text
        assert "2026-11-20" in text
        assert "4 items" in text
        assert "客户补签材料延误两天" in text
        assert f"Page {i} of 3" in text
        assert "Printed by 王管理 at 2026-11-20 14:35" in text


def test_unconfirmed_parties_get_a_blank_date_to_fill_in(font_mode):
    text = _pages(pdf_bytes(_sheet(copies=COPIES[:1])))[0]
    assert text.count("Signature") == 3
    assert text.count("Date") == 3
    assert text.count("______-____-____") == 2  # reviewer and receiver have not confirmed yet


def test_a_long_list_continues_on_the_next_page_with_its_header(font_mode):
    data = pdf_bytes(_sheet(60))
    pages = _pages(data)
    n = len(pages)
    assert n >= 6 and n % 3 == 0
    per_copy = n // 3
    for c, copy in enumerate(COPIES):
        part = pages[c * per_copy:(c + 1) * per_copy]
        for text in part:
            assert copy in text  # the copy label on every page of the copy
        assert "档案移交清单" in part[0]
        items_pages = [t for t in part if "借款合同" in t]
        assert len(items_pages) >= 2  # the list spills over
        for text in items_pages:
            assert "数量/页数" in text  # header repeated
        joined = "".join(part)
        assert "60 items" in joined
        for party in PARTIES:
            assert party.name in joined
    for i, text in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in text


def test_no_copies_and_no_lines_still_print_one_form(font_mode):
    pages = _pages(pdf_bytes(_sheet(0, copies=[], note="")))
    assert len(pages) == 1
    assert "No records" in pages[0]
    assert "0 items" in pages[0]
    assert "李娜" in pages[0]


def test_write_pdf_writes_only_the_named_file(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    write_pdf(_sheet(), out / "移交清单.pdf")
    assert [p.name for p in out.iterdir()] == ["移交清单.pdf"]
    assert len(PdfReader(out / "移交清单.pdf").pages) == 3
