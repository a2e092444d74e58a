"""Where things live: the user's data folder, and the fonts and translations we ship."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from planner import APP_ID


def resources() -> Path:
    """The folder of the shipped fonts and translations.

    The repository keeps it at the top (``resources/``); an install (a wheel,
    ``pip install .``) puts it inside the package as ``planner/resources``, and so
    does the PyInstaller bundle. In a source checkout or an editable install there
    is no ``planner/resources``: the repository's folder is used.
    """
    if getattr(sys, "frozen", False):
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        return bundle / "planner" / "resources"
    # files("planner"), not files("planner.resources"): that folder holds no module,
    # so a source checkout and PyInstaller's importer know no such package.
    installed = files("planner") / "resources"
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_database() -> Path:
    return data_dir() / "planner.sqlite"


def log_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False)) / "planner.log"
