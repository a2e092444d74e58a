"""Where things live: the user's data folder, and resources inside a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

from planner import APP_ID


def resources() -> Path:
    """The ``resources/`` folder (beside the package, or inside a PyInstaller bundle)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_database() -> Path:
    return data_dir() / "planner.sqlite"


def log_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False)) / "planner.log"
