"""The dependency direction ui → services/reports → models, never back."""
from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_models_import_no_qt_and_nothing_above_them():
    for path in (APP / "models").rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith(("PySide6", "shiboken6")), f"{path.name} imports {name}"
            if name.startswith("app."):
                assert name.startswith("app.models"), f"{path.name} imports {name} (models must not look up)"


def test_services_and_reports_import_no_widgets():
    services = [p for p in APP.glob("*.py") if p.name != "__main__.py"]  # the entry point starts either
    for path in services + list((APP / "reports").rglob("*.py")):
        for name in _imports(path):
            assert not name.startswith("app.ui"), f"{path.name} imports {name}"
            assert not name.startswith(("PySide6", "shiboken6")), f"{path.name} imports {name}"
