"""Render every page of the window to PNG, offscreen, for the docs and for review.

QT_QPA_PLATFORM=offscreen python -m planner.ui.screenshots --db demo.sqlite -o shots/ \
    --size 1280x800

The window speaks the language of the locale (LANG=zh_CN.UTF-8 for Chinese).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings


def render(db: Path, out: Path, size: tuple[int, int] = (1400, 860)) -> list[Path]:
    from planner.ui.app import make_app
    from planner.ui.main_window import MainWindow

    app = make_app()
    out.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "shots.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(*size)
    window.show()
    if not window.open_database(db):
        raise SystemExit(f"cannot open {db}")
    written = []
    for i, page in enumerate(window.pages):
        window.show_page(i)
        app.processEvents()
        busy = getattr(page, "busy", None)
        deadline = time.monotonic() + 30
        while busy is not None and busy() and time.monotonic() < deadline:
            app.processEvents()  # pages that compute in the background
            time.sleep(0.01)
        for _ in range(3):  # layouts requested while showing the page settle in turn
            app.processEvents()
        name = f"{i + 1:02d}-{type(page).__name__.removesuffix('Page').lower()}.png"
        window.grab().save(str(out / name))
        written.append(out / name)
    extra = getattr(window, "extra_screenshots", None)
    if extra is not None:
        written += extra(out)
    window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("-o", "--output", type=Path, default=Path("screenshots"))
    parser.add_argument("--size", default="1400x860", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    for path in render(args.db, args.output, (int(width), int(height))):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
