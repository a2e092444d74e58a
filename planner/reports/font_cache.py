"""Parsed TrueType faces kept between runs, so that a report does not parse its
fonts anew each time.

ReportLab reads a TrueType file in Python (its character map, glyph widths and
positions): about 90 ms for the 4 MB Droid Sans Fallback and 40 ms for the bold
Chinese subset, most of what a Chinese report costs more than an English one.
The parsed face is plain data (integers, strings, bytes, lists, dicts), kept with
:mod:`marshal`, which builds values and runs no code when it reads, in the user's
cache folder (never beside the fonts, which an install may not let us write).

A cached face is used only for the same file (its path, size, inode, mtime and
ctime), the same ReportLab version and this module's format; anything else, or any
trouble reading or writing the cache, and the font is parsed as before.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import ttfonts

from planner import APP_ID

#: Changes when what is kept changes: older entries are then never read.
FORMAT = 1
_MARK = "__planner_font_cache__"


def cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "fonts"


def entry(path: Path) -> Path:
    """Where the parsed face of ``path`` is kept (raises OSError if it cannot be
    stat'ed)."""
    st = os.stat(path)
    who = "|".join(
        map(
            str,
            (FORMAT, reportlab.Version, Path(path).resolve(), st.st_size, st.st_ino),
        )
    )
    when = f"{st.st_mtime_ns}|{st.st_ctime_ns}"
    digest = hashlib.sha256(f"{who}|{when}".encode()).hexdigest()[:32]
    return cache_dir() / f"{Path(path).stem}-{digest}.marshal"


def load_ttfont(name: str, path: Path) -> ttfonts.TTFont:
    """``TTFont(name, path)``, its face read from the cache when it is there."""
    try:
        where = entry(path)
    except OSError:
        return ttfonts.TTFont(name, str(path))
    face = _read(where)
    if face is not None:
        return _font(name, face)
    font = ttfonts.TTFont(name, str(path))
    _write(where, font.face)
    return font


def _scale(units: int) -> Callable[[Any], Any]:
    """The face's font units to PDF units, as ReportLab's parser makes it."""
    if units == 1000:
        return lambda x: x
    mult = 1000 / units
    return lambda x: x * mult


def _read(where: Path) -> ttfonts.TTFontFace | None:
    try:
        data = marshal.loads(where.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.pop(_MARK, None) != FORMAT:
        return None
    units = data.get("unitsPerEm")
    if not isinstance(units, int) or units <= 0 or "charToGlyph" not in data:
        return None
    face = ttfonts.TTFontFace.__new__(ttfonts.TTFontFace)
    face.__dict__.update(data)
    face._pdfScale = _scale(units)
    return face


def _write(where: Path, face: ttfonts.TTFontFace) -> None:
    state = {k: v for k, v in vars(face).items() if k != "_pdfScale"}
    state[_MARK] = FORMAT
    try:
        blob = marshal.dumps(state)
    except ValueError:  # a value marshal cannot keep (another ReportLab): no cache
        return
    tmp = None
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where.parent, prefix=".font-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, where)  # whole or not at all, for a report running beside
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _font(name: str, face: ttfonts.TTFontFace) -> ttfonts.TTFont:
    """What ``TTFont.__init__`` makes around a face it has parsed (ReportLab 5.1)."""
    font = ttfonts.TTFont.__new__(ttfonts.TTFont)
    font.fontName = name
    font.face = face
    font.encoding = ttfonts.TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, g) for g in ttfonts.unShapedFontGlob)
    return font
