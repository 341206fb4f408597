"""The printed recovery key sheet and the one Chinese font for reportlab.

Every test runs twice: with whatever TrueType Chinese font this machine has
("machine"; on a machine without one that is the CID fallback too) and with
the search paths pointed at an empty folder ("cid"), so the built-in
STSong-Light fallback is always exercised.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports import fonts
from app.reports.recovery_sheet import write_recovery_sheet

GROUPS = ["K7QM", "X2PD", "9RTW", "HB4N", "C8VJ", "3LZE", "Y6FA", "PU5G",
          "D2MS", "N7XK", "Q4RH", "W9BT", "E3CY", "F8LA"]
KEY = "-".join(GROUPS)
DB_ID = "3f9c2a7e-51b4-4d0e-9a6c-8e2f1d7b4c90"
CREATED = datetime(2025, 3, 14, 9, 30)


def _machine_truetype_font() -> fonts.FontCandidate | None:
    """A Chinese TrueType font this machine (or the shipped resources) really has, if any."""
    candidates = list(fonts._default_system_candidates())
    shipped = fonts._default_shipped_dir()
    if shipped is not None and shipped.is_dir():
        candidates += [
            fonts.FontCandidate(str(p)) for p in sorted(shipped.iterdir())
            if p.suffix.lower() in (".ttf", ".ttc")
        ]
    for cand in candidates:
        if Path(cand.path).is_file() and fonts._load_ttf("KeDangProbe", cand.path, cand.subfont_index):
            return cand
    return None


@pytest.fixture
def no_truetype_fonts(monkeypatch, tmp_path):
    """Point every font search path at an empty folder."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    monkeypatch.setattr(fonts, "SHIPPED_FONT_DIR", empty)
    monkeypatch.setattr(
        fonts, "SYSTEM_FONT_CANDIDATES", (fonts.FontCandidate(str(empty / "msyh.ttc")),)
    )
    fonts.reset_cache()
    yield empty
    fonts.reset_cache()


@pytest.fixture(params=["machine", "cid"])
def font_mode(request, monkeypatch):
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    fonts.reset_cache()
    if request.param == "cid":
        request.getfixturevalue("no_truetype_fonts")
    yield request.param
    fonts.reset_cache()


def _text(pdf: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


def _write(path: Path, **overrides) -> None:
    args = dict(
        recovery_key=KEY,
        database_id=DB_ID,
        database_path=r"D:\客档数据\kedang.db",
        company="鸿运物业管理有限公司",
        created_at=CREATED,
    )
    args.update(overrides)
    write_recovery_sheet(path, **args)


# -- the sheet ---------------------------------------------------------------
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_sheet_is_one_page_with_key_groups_and_database_id(tmp_path, font_mode, language):
    pdf = tmp_path / "sheet.pdf"
    _write(pdf, language=language)

    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = _text(pdf)
    assert "恢复密钥" in text
    assert "Recovery key" in text
    for group in GROUPS:
        assert group in text
    assert DB_ID in text
    assert "鸿运物业管理有限公司" in text
    assert "2025-03-14" in text
    assert "保管人签字" in text and "Kept by" in text


def test_sheet_fits_one_page_with_long_values(tmp_path, font_mode):
    pdf = tmp_path / "sheet.pdf"
    long_key = "-".join(f"AB{i:02d}" for i in range(20))
    _write(
        pdf,
        recovery_key=long_key,
        company="鸿运物业管理有限公司" * 6,
        database_path="D:\\" + "\\".join(["客户档案资料文件夹"] * 10) + "\\kedang.db",
    )
    assert len(PdfReader(pdf).pages) == 1
    text = _text(pdf)
    for i in range(20):
        assert f"AB{i:02d}" in text


def test_unformatted_key_is_printed_in_groups_of_four(tmp_path, font_mode):
    pdf = tmp_path / "sheet.pdf"
    _write(pdf, recovery_key="".join(GROUPS))
    text = _text(pdf)
    for group in GROUPS:
        assert group in text


def test_empty_key_is_refused(tmp_path):
    with pytest.raises(ValueError):
        _write(tmp_path / "sheet.pdf", recovery_key=" - ")
    assert not (tmp_path / "sheet.pdf").exists()


def test_key_goes_only_into_the_sheet(tmp_path, font_mode, caplog):
    caplog.set_level(logging.DEBUG)
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "sheet.pdf"
    _write(pdf)
    assert os.listdir(out) == ["sheet.pdf"]  # no side files next to it
    for group in GROUPS:
        assert group not in caplog.text
    metadata = " ".join(str(v) for v in (PdfReader(pdf).metadata or {}).values())
    for group in GROUPS:
        assert group not in metadata


# -- the font ----------------------------------------------------------------
def _draw_chinese(pdf: Path, font_name: str, text: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(pdf), pagesize=A4)
    c.setFont(font_name, 14)
    c.drawString(72, 700, text)
    c.showPage()
    c.save()


def test_register_cjk_font_draws_extractable_chinese(tmp_path, font_mode):
    from reportlab.pdfbase import pdfmetrics

    name = fonts.register_cjk_font()
    assert fonts.register_cjk_font() == name  # idempotent
    bold = fonts.register_cjk_font(bold=True)
    assert pdfmetrics.getFont(name) is not None
    assert pdfmetrics.getFont(bold) is not None

    if font_mode == "cid" or _machine_truetype_font() is None:
        assert name == fonts.CID_FONT_NAME
        assert not fonts.cjk_font_is_embedded()
        assert fonts.cjk_font_file() is None
    else:
        assert name == fonts.FONT_NAME
        assert fonts.cjk_font_is_embedded()

    sample = "客户档案恢复密钥"
    pdf = tmp_path / "sample.pdf"
    _draw_chinese(pdf, name, sample)
    assert sample in _text(pdf)
    pdf_bold = tmp_path / "sample-bold.pdf"
    _draw_chinese(pdf_bold, bold, sample)
    assert sample in _text(pdf_bold)


def test_fallback_font_is_not_embedded(no_truetype_fonts):
    assert fonts.register_cjk_font() == "STSong-Light"
    assert fonts.register_cjk_font(bold=True) == "STSong-Light"
    assert fonts.cjk_font_is_embedded() is False


def test_unusable_font_files_are_skipped(no_truetype_fonts, monkeypatch):
    junk = no_truetype_fonts / "junk.ttf"
    junk.write_bytes(b"not a font at all")
    cff = no_truetype_fonts / "NotoSansCJK-Regular.otf"
    cff.write_bytes(b"OTTO" + b"\0" * 64)
    monkeypatch.setenv(fonts.ENV_VAR, str(junk))
    monkeypatch.setattr(
        fonts, "SYSTEM_FONT_CANDIDATES", (fonts.FontCandidate(str(cff)), fonts.FontCandidate(str(junk)))
    )
    fonts.reset_cache()
    assert fonts.register_cjk_font() == fonts.CID_FONT_NAME


def test_environment_variable_and_shipped_folder_are_used(no_truetype_fonts, monkeypatch, tmp_path):
    real = _machine_truetype_font()
    if real is None or real.subfont_index != 0:
        pytest.skip("no TrueType Chinese font on this machine")

    monkeypatch.setenv(fonts.ENV_VAR, real.path)
    fonts.reset_cache()
    assert fonts.register_cjk_font() == fonts.FONT_NAME
    assert fonts.cjk_font_file() == real.path
    assert fonts.cjk_font_is_embedded()

    # A font shipped in resources/fonts/ is found without the variable.
    monkeypatch.delenv(fonts.ENV_VAR)
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    copy = shipped / ("KeDangFont" + Path(real.path).suffix.lower())
    shutil.copyfile(real.path, copy)
    monkeypatch.setattr(fonts, "SHIPPED_FONT_DIR", shipped)
    fonts.reset_cache()
    assert fonts.register_cjk_font() == fonts.FONT_NAME
    assert fonts.cjk_font_file() == str(copy)


def test_fonts_module_does_not_import_reportlab_at_import_time():
    code = (
        "import sys, app.reports.fonts, app.reports.recovery_sheet;"
        "bad = [m for m in sys.modules if m.startswith('reportlab')];"
        "assert not bad, bad"
    )
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
