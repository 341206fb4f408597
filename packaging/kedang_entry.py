"""Entry point of the single-file build (PyInstaller): the same as ``python -m app``."""
import os
import sys


def _console_for_self_test() -> None:
    """A windowed Windows build has no console: ``--self-test`` run from cmd prints into the parent's."""
    if os.name != "nt" or sys.stdout is not None or "--self-test" not in sys.argv:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115 - lives as long as the process
        sys.stderr = sys.stdout


if __name__ == "__main__":
    _console_for_self_test()
    from app.__main__ import main

    sys.exit(main())
