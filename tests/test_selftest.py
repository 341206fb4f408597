"""``python -m app --self-test``: one line per step, exit 0 only when all pass, nothing left behind."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_self_test_passes_and_leaves_nothing_behind(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KEDANG_", "PYTEST_"))}
    env.update({"TMPDIR": str(temp), "KEDANG_LANG": "en", "KEDANG_HOME": str(tmp_path / "home"),
                "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PYTHONIOENCODING": "utf-8"})
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself when there is no screen
    env.pop("DISPLAY", None)
    proc = subprocess.run([sys.executable, "-m", "app", "--self-test"], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert [line[:6] for line in lines[:-1]] == ["[OK  ]"] * 6
    assert "自检客户张三" in lines[1] and lines[-1].startswith("Self-test passed")
    assert list(temp.iterdir()) == []
    assert "Traceback" not in proc.stderr


def test_a_failing_step_makes_the_self_test_fail(monkeypatch, capsys):
    from app.ui import selftest

    monkeypatch.setattr(selftest, "SAMPLE_NAME", "")   # an empty name is refused by the form's rules
    assert selftest.run() == 1
    out = capsys.readouterr().out
    assert "[FAIL] 2/6" in out and "Self-test FAILED" in out
