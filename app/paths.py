"""Where KeDang keeps its files: the user's data folder (platformdirs), or KEDANG_HOME."""
from __future__ import annotations

import os
from pathlib import Path

APP = "KeDang"


def data_dir() -> Path:
    home = os.environ.get("KEDANG_HOME")
    if home:
        return Path(home) / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False, roaming=False))


def config_dir() -> Path:
    home = os.environ.get("KEDANG_HOME")
    if home:
        return Path(home) / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False, roaming=True))


def default_database_path() -> Path:
    return data_dir() / "kedang.kdb"


def documents_dir() -> Path:
    """Where a saved report is proposed: the user's Documents folder (under KEDANG_HOME in tests)."""
    home = os.environ.get("KEDANG_HOME")
    if home:
        return Path(home) / "documents"
    import platformdirs

    return Path(platformdirs.user_documents_dir())
