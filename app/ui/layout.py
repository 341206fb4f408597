"""Window sizes, positions, docks and column widths, remembered between runs (QSettings ini; nothing sensitive)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QWidget

from app import paths


def _settings() -> QSettings:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "kedang.ini"), QSettings.Format.IniFormat)


class LayoutKeeper(QObject):
    """Restores a window's geometry (and a main window's docks and toolbars) and its tables' column widths
    now, and saves them whenever the window closes or hides."""

    def __init__(self, window: QWidget, key: str, headers: dict[str, QHeaderView] | None = None):
        super().__init__(window)
        self.window, self.key, self.headers = window, key, dict(headers or {})
        self.restore()
        window.installEventFilter(self)

    def add_header(self, name: str, header: QHeaderView) -> None:
        self.headers[name] = header
        value = _settings().value(f"layout/{self.key}/{name}")
        if value is not None:
            header.restoreState(value)

    def restore(self) -> None:
        s = _settings()
        geometry = s.value(f"layout/{self.key}/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        state = s.value(f"layout/{self.key}/state")
        if state is not None and isinstance(self.window, QMainWindow):
            self.window.restoreState(state)
        for name, header in self.headers.items():
            value = s.value(f"layout/{self.key}/{name}")
            if value is not None:
                header.restoreState(value)

    def save(self) -> None:
        s = _settings()
        s.setValue(f"layout/{self.key}/geometry", self.window.saveGeometry())
        if isinstance(self.window, QMainWindow):
            s.setValue(f"layout/{self.key}/state", self.window.saveState())
        for name, header in self.headers.items():
            s.setValue(f"layout/{self.key}/{name}", header.saveState())
        s.sync()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
            try:
                self.save()
            except RuntimeError:  # the window is being destroyed
                pass
        return False
