"""Time from launching a KeDang build to its login window, as the build scripts report it.

    python packaging/start_time.py dist/KeDang [--runs 3]

A throwaway database is made with the build's own ``init`` command in a temp folder; the machine's
key store is not used (the recovery key goes in through ``KEDANG_RECOVERY_KEY``). The build runs
offscreen with ``KEDANG_EXIT_AT_LOGIN=1``: it prints ``LOGIN_SHOWN`` when the login window is up and
quits. The first run includes unpacking the single file; every run is printed.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "Start-time-2026!"


def environment(folder: Path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", KEDANG_HOME=str(folder / "home"), KEDANG_LANG="zh_CN",
                KEDANG_PASSWORD=PASSWORD, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                PYTHONIOENCODING="utf-8")


def make_database(program: str, folder: Path) -> tuple[Path, str]:
    db = folder / "start.kdb"
    out = subprocess.run([program, "init", str(db), "--admin", "admin"], env=environment(folder), capture_output=True,
                         text=True, encoding="utf-8", timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"init failed: {out.stderr or out.stdout}")
    key = next(line.split(":", 1)[1].strip() for line in out.stdout.splitlines() if line.startswith("RECOVERY KEY"))
    return db, key


def one_run(program: str, folder: Path, db: Path, key: str) -> float:
    env = dict(environment(folder), KEDANG_EXIT_AT_LOGIN="1", KEDANG_RECOVERY_KEY=key)
    started = time.monotonic()
    proc = subprocess.Popen([program, "--db", str(db)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, text=True, encoding="utf-8")
    elapsed = None
    for line in proc.stdout:
        if line.strip() == "LOGIN_SHOWN":
            elapsed = time.monotonic() - started
            break
    proc.wait(30)
    if elapsed is None:
        raise SystemExit(f"{program} ended without showing its login window")
    return elapsed


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("program")
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, key = make_database(args.program, folder)
        times = [one_run(args.program, folder, db, key) for _ in range(args.runs)]
    print(f"start to login window, {args.program}: " + ", ".join(f"{t:.2f} s" for t in times))
    return 0


if __name__ == "__main__":
    sys.exit(main())
