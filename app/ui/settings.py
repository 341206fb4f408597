"""Program settings (nothing sensitive), declared once with their defaults, kept in an ini file."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from app import paths

DEFAULTS: dict[str, object] = {
    "database": "",        # path of the database file last used
    "language": "",        # "zh_CN" or "en"; empty: follow the system
    "lock_minutes": 10,    # lock the program after this many idle minutes; 0: never
}


class Settings:
    def __init__(self):
        folder = paths.config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(folder / "kedang.ini"), QSettings.Format.IniFormat)

    def get(self, key: str):
        default = DEFAULTS[key]
        value = self._qs.value(key, default)
        return type(default)(value) if value is not None else default

    def set(self, key: str, value) -> None:
        assert key in DEFAULTS, key
        self._qs.setValue(key, value)
        self._qs.sync()
