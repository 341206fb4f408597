#!/usr/bin/env python3
"""One-step bootstrap for KeDang, using only the Python standard library.

    python3 run.py [--demo] [program options]   set everything up, start the program
    python3 run.py test [pytest options]         set everything up, run the whole test suite

The first call creates a virtual environment in .venv and installs the project
with its dependencies; later calls reinstall only when pyproject.toml changed.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MIN_PYTHON = (3, 11)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_environment(extras: str) -> Path:
    if sys.version_info < MIN_PYTHON:
        sys.exit("KeDang needs Python %d.%d or newer / 需要 Python %d.%d 或更高版本" % (MIN_PYTHON * 2))
    py = venv_python()
    if not py.exists():
        print("Creating virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".kedang-installed-{extras or 'base'}"
    if not stamp.exists() or stamp.read_text() != digest:
        print("Installing KeDang and its dependencies …", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
            cwd=ROOT, check=True,
        )
        stamp.write_text(digest)
    return py


def main(argv: list[str]) -> int:
    if argv[:1] == ["test"]:
        py = ensure_environment("test")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.call([str(py), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
    py = ensure_environment("")
    return subprocess.call([str(py), "-m", "app", *argv], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
