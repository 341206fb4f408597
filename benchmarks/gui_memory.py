"""Peak memory of the GUI with the whole customer list open and scrolled to the end.

    python benchmarks/gui_memory.py DB

Run by ``benchmarks/run.py`` in a process of its own (so the peak is the GUI's alone).
Environment: ``KEDANG_RECOVERY_KEY`` (opens DB), ``KEDANG_USER`` and ``KEDANG_PASSWORD``
(signs in). The keyring is an in-memory one: the machine's keyring is never touched.

Prints ``BASE_MB x`` (peak after sign-in, before any window), ``ROWS n`` (rows of the
customer table's model), ``PEAK_MB x`` and exits 0; or prints ``SKIP reason`` and
exits 3 when the main window cannot be built yet (e.g. ``app.ui.main_window`` missing).
"""
from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

EXIT_SKIP = 3


def peak_mb() -> float:
    """Peak resident set size of this process in MB (MiB)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes
        from ctypes import wintypes

        class PMC(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t), ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                        ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]

        pmc = PMC()
        pmc.cb = ctypes.sizeof(PMC)
        ctypes.windll.psapi.GetProcessMemoryInfo(ctypes.windll.kernel32.GetCurrentProcess(),
                                                 ctypes.byref(pmc), pmc.cb)
        return pmc.PeakWorkingSetSize / 2 ** 20
    try:
        # Linux: VmHWM is this program's own peak. ru_maxrss is not: the kernel carries the
        # parent's resident size at fork into the child's ru_maxrss across exec, so a child
        # of a 350 MB benchmark process would report at least 350 MB.
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2 ** 20 if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def skip(reason: str) -> int:
    print(f"SKIP {' '.join(reason.split())}", flush=True)
    return EXIT_SKIP


def pump(app, seconds: float) -> None:
    """Let the window do its work (lazy loading, timers, workers) for ``seconds``."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: gui_memory.py DB", file=sys.stderr)
        return 2
    db_path = argv[0]

    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # open_office stores the recovered key: keep it in memory

    from app.office import open_office

    office = open_office(db_path, recovery_key=os.environ["KEDANG_RECOVERY_KEY"])
    session = office.auth.login(os.environ["KEDANG_USER"], os.environ["KEDANG_PASSWORD"])

    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication(["kedang-gui-memory"])
    print(f"BASE_MB {peak_mb():.1f}", flush=True)
    try:
        from app.ui.main_window import MainWindow
    except ImportError as exc:
        return skip(f"the main window is not there yet: {exc}")
    try:
        window = MainWindow(office, session)
    except Exception as exc:  # the GUI is being written: report, do not crash the benchmark
        traceback.print_exc()
        return skip(f"MainWindow(office, session) failed: {type(exc).__name__}: {exc}")
    window.resize(1280, 800)
    window.show()
    pump(app, 1.0)

    view = getattr(getattr(window, "customer_list", None), "view", None)
    if not isinstance(view, QTableView):
        view = window.findChild(QTableView)
    if view is None:
        return skip("the main window has no QTableView (customer list)")
    bar = view.verticalScrollBar()
    for step in range(1, 21):  # drag through the list as a user would, then to the very end
        bar.setValue(bar.maximum() * step // 20)
        pump(app, 0.02)
    for _ in range(5):  # a lazily fetching model may grow as the view reaches its end
        view.scrollToBottom()
        pump(app, 0.4)
    model = view.model()
    rows = model.rowCount() if model is not None else -1
    print(f"ROWS {rows}", flush=True)
    print(f"PEAK_MB {peak_mb():.1f}", flush=True)
    # No window.close(): a closing window may ask a question, and an offscreen modal never closes.
    try:
        office.close()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)  # skip Qt's teardown: nothing more to measure


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
