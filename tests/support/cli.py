"""``python -m app`` as a real subprocess, for the CLI tests: a test keyring shared through a file
(tests.support.keyrings.FileKeyring), the developer's own keyring never touched, stdin at end of file."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app import security
from app.models.database import Database
from app.office import Office
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parent.parent.parent


class Cli:
    def __init__(self, tmp_path: Path):
        self.tmp = tmp_path
        self.db = tmp_path / "office.kdb"
        self.ring = tmp_path / "keyring.json"
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("KEDANG_", "PYTHON_KEYRING", "PYTEST_"))}
        self.env.update({
            "KEDANG_PASSWORD": PASSWORD,
            "QT_QPA_PLATFORM": "offscreen",
            "KEDANG_LANG": "en",
            "KEDANG_HOME": str(tmp_path / "home"),
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
            "KEDANG_TEST_KEYRING_FILE": str(self.ring),
            "PYTHONIOENCODING": "utf-8",
        })

    def run(self, *args: str, env: dict | None = None, drop: tuple[str, ...] = (), stdin: str = ""
            ) -> subprocess.CompletedProcess:
        """Run ``python -m app ARGS``; ``stdin`` is what the command reads (empty: end of file at once)."""
        e = {**self.env, **(env or {})}
        for k in drop:
            e.pop(k, None)
        proc = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=e, capture_output=True,
                              text=True, encoding="utf-8", timeout=120, input=stdin)
        assert "Traceback" not in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stdout, proc.stdout
        return proc

    def init(self, **kw) -> str:
        """A new office with the administrator ``admin``; its recovery key."""
        proc = self.run("init", str(self.db), "--admin", "admin", "--company", "鸿运物业", **kw)
        assert proc.returncode == 0, proc.stderr
        return recovery_key_of(proc)

    def key(self) -> bytes:
        data = json.loads(self.ring.read_text(encoding="utf-8"))
        (value,) = [v for k, v in data.items() if k.startswith(security.KEYRING_SERVICE + "/")]
        return bytes.fromhex(value)

    def open(self, key: bytes | None = None) -> Office:
        return Office(Database.open(self.db, key or self.key()))


def recovery_key_of(proc) -> str:
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RECOVERY KEY:")]
    assert len(lines) == 1, proc.stdout
    return lines[0].split(":", 1)[1].strip()
