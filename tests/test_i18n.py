"""The Chinese catalogue is complete, in step with the code, and used by the services and the UI."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import i18n
from app.customers import validate_customer
from app.validation import ValidationError

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "kedang_zh_CN.ts"


def _entries(path: Path):
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg.findtext("source"), msg.find("translation")


def test_every_entry_is_finished_and_keeps_its_placeholders():
    entries = list(_entries(TS))
    assert len(entries) > 200
    for ctx, source, tr in entries:
        assert tr.get("type") is None, f"unfinished or obsolete: {ctx}: {source!r}"
        assert tr.text, f"empty translation: {ctx}: {source!r}"
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", tr.text)), (ctx, source)
        assert ctx, f"no context for {source!r}: call translate('Context', ...)"


def test_catalogue_is_in_step_with_the_code(tmp_path):
    """lupdate over the code finds no text that the catalogue lacks."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.fail("pyside6-lupdate is not installed next to the interpreter")
    copy = tmp_path / "kedang_zh_CN.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    out = subprocess.run([lupdate, *sources, "-ts", str(copy), "-no-obsolete"], capture_output=True, text=True,
                         check=True)
    assert "0 new" in out.stdout + out.stderr, out.stdout + out.stderr
    unfinished = [(c, s) for c, s, t in _entries(copy) if t.get("type") is not None]
    assert unfinished == []


def test_service_messages_follow_the_language():
    i18n.set_language("zh_CN")
    with pytest.raises(ValidationError) as err:
        validate_customer({"name": "张伟", "phone": "13912345678", "id_number": "110105194912310021"})
    assert str(err.value) == "证件号码：身份证号码的校验码不正确"
    i18n.set_language("en")
    with pytest.raises(ValidationError) as err:
        validate_customer({"name": "张伟", "phone": "13912345678", "id_number": "110105194912310021"})
    assert str(err.value) == "ID number: the check character of the ID number is wrong"


@pytest.mark.parametrize("lang, menu, title", [("zh_CN", "文件(&F)", "客档 — 客户档案"),
                                               ("en", "&File", "KeDang — customer records")])
def test_main_window_speaks_the_chosen_language(qtbot, office, admin, lang, menu, title):
    from app.ui.main_window import MainWindow

    i18n.set_language(lang)
    window = MainWindow(office, admin)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == menu
    assert window.windowTitle().startswith(title)
