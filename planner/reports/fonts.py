"""Fonts of every PDF: the shipped Noto and Droid fonts, and script-aware markup.

ReportLab draws a ``Paragraph`` in the fonts named by its markup. One Noto font
does not hold every script the planner meets (Latin, Vietnamese, Chinese, Thai,
Khmer, Lao, Myanmar), so :func:`markup` escapes the user's text and wraps each
run of a non-Latin script in ``<font name="...">``. Paragraph styles must set
``shaping=1`` (uharfbuzz) or Khmer and Myanmar come out wrong.

Three ReportLab 5.1 defects are worked around here:

* Its shaper shapes a whole word (text between spaces) with the font of the
  word's first character, so a word mixing fonts, such as ``王小明(Wang)``,
  raises ``AttributeError`` or prints the wrong glyphs. :func:`register_fonts`
  wraps ``reportlab.platypus.paragraph.shapeFragWord`` so that each font's part
  of a word is shaped on its own.
* With ligatures on, "ffi" in Latin text comes out of the PDF as "ﬃ"; the base
  (Latin) font is shaped with kerning but without ligatures.
* ``PDFTextObject.setRise`` forgets the new rise when it replaces a ``Ts`` it
  has just written, so after a mark that the font lowers (Khmer vowel below a
  subscript, as in "បណ្តុះ") the rest of the word stays lowered. The fix is
  installed only when a probe shows the defect.
"""

from __future__ import annotations

import re
import sys
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from html import escape as _html_escape
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from planner.i18n import is_bilingual, side
from planner.reports.font_cache import load_ttfont

BASE_FONT = "PlannerSans"
BASE_BOLD = "PlannerSans-Bold"
THAI_FONT = "PlannerThai"
LAO_FONT = "PlannerLao"
KHMER_FONT = "PlannerKhmer"
MYANMAR_FONT = "PlannerMyanmar"
#: A bilingual text's English line is this much smaller than its Chinese line.
SECOND_LINE_SMALLER = 1.5
CJK_FONT = "PlannerCJK"  # Droid Sans Fallback; bold: Noto Sans CJK SC Bold (a subset)
#: Chinese characters the bold subset lacks (a rare one in a name): Droid Sans Fallback
#: in both weights, so that bold text shows them in the regular weight, not as boxes
CJK_RARE = "PlannerCJKRare"

# family name -> (regular file, bold file or None)
_FILES: dict[str, tuple[str, str | None]] = {
    BASE_FONT: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    THAI_FONT: ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    LAO_FONT: ("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf"),
    KHMER_FONT: ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"),
    MYANMAR_FONT: ("NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"),
    CJK_FONT: ("DroidSansFallbackFull.ttf", "NotoSansSC-Bold-Planner.ttf"),
    CJK_RARE: ("DroidSansFallbackFull.ttf", None),
}

# Code point ranges (first, last) that belong to a script font; anything else is
# set in the base font (or, when the base font lacks the glyph, in the first
# font that has it).
_SCRIPT_RANGES: list[tuple[int, int, str]] = sorted(
    [
        (0x0E00, 0x0E7F, THAI_FONT),
        (0x0E80, 0x0EFF, LAO_FONT),
        (0x1000, 0x109F, MYANMAR_FONT),
        (0xAA60, 0xAA7F, MYANMAR_FONT),
        (0xA9E0, 0xA9FF, MYANMAR_FONT),
        (0x1780, 0x17FF, KHMER_FONT),
        (0x19E0, 0x19FF, KHMER_FONT),
        (0x2E80, 0x9FFF, CJK_FONT),  # radicals, CJK punctuation, kana, ideographs
        (0xF900, 0xFAFF, CJK_FONT),  # compatibility ideographs
        (0xFE30, 0xFE4F, CJK_FONT),  # compatibility forms
        (0xFF00, 0xFFEF, CJK_FONT),  # half- and full-width forms
        (0x20000, 0x3FFFF, CJK_FONT),  # supplementary ideographs
    ]
)
_RANGE_STARTS = [r[0] for r in _SCRIPT_RANGES]
_FALLBACK_ORDER = (BASE_FONT, CJK_FONT, THAI_FONT, KHMER_FONT, MYANMAR_FONT, LAO_FONT)
# Joiners and variation selectors belong to the character before them.
_JOINERS = frozenset("\u200c\u200d\u034f") | frozenset(map(chr, range(0xFE00, 0xFE10)))
# C0/C1 controls other than tab, newline and carriage return: dropped.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The base font is Latin-like: kerning yes, ligatures no (so text extracts exactly).
_BASE_FEATURES = {"kern": True, "liga": False, "dlig": False, "clig": False}

_lock = threading.Lock()
_registered = False
_coverage: dict[str, frozenset[int]] = {}
_bold_coverage: dict[str, frozenset[int]] = {}


def fonts_dir() -> Path:
    """The folder of the shipped fonts (``resources/fonts``), also in a frozen build."""
    try:
        from planner.paths import resources
    except ImportError:
        if getattr(sys, "frozen", False):
            base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
            return base / "resources" / "fonts"
        return Path(__file__).resolve().parents[2] / "resources" / "fonts"
    return resources() / "fonts"


def bold_name(family: str) -> str:
    """The registered bold face of ``family`` (the regular one where there is none)."""
    return family if _FILES[family][1] is None else f"{family}-Bold"


def register_fonts() -> None:
    """Register the base font and the ReportLab fixes (once; thread-safe).

    The script fonts (Thai, Lao, Khmer, Myanmar, Chinese: most of the loading time,
    the Chinese one alone is 4 MB) are registered when a text first needs them
    (:func:`script_runs` asks :func:`_covers`), so a report in Latin text loads two
    faces instead of eleven."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        missing = [f for pair in _FILES.values() for f in pair if f and not (folder / f).is_file()]
        if missing:
            raise FileNotFoundError(f"fonts missing from {folder}: {', '.join(missing)}")
        _register_family(BASE_FONT)
        _install_mixed_font_shaping()
        _install_rise_fix()
        _registered = True


def _register_family(family: str) -> frozenset[int]:
    """Register ``family``'s faces with ReportLab once; its characters (call under
    ``_lock``, or through :func:`_characters`)."""
    found = _coverage.get(family)
    if found is not None:
        return found
    folder = fonts_dir()
    regular, bold = _FILES[family]
    font = load_ttfont(family, folder / regular)  # parsed once, then cached
    pdfmetrics.registerFont(font)
    bold_font = family
    if bold is not None:
        bold_font = bold_name(family)
        bold_face = load_ttfont(bold_font, folder / bold)
        pdfmetrics.registerFont(bold_face)
        _bold_coverage[family] = frozenset(bold_face.face.charToGlyph)
    # No italic faces: <i> falls back to the upright ones. The upright
    # mappings come last so that a face name maps back to not-italic.
    addMapping(family, 0, 1, family)
    addMapping(family, 1, 1, bold_font)
    addMapping(family, 1, 0, bold_font)
    addMapping(family, 0, 0, family)
    found = _coverage[family] = frozenset(font.face.charToGlyph)
    return found


def _characters(family: str) -> frozenset[int]:
    """The characters ``family`` has, registering it on first use."""
    found = _coverage.get(family)
    if found is not None:
        return found
    with _lock:
        return _register_family(family)


def _covers(family: str, ch: str) -> bool:
    return ord(ch) in _characters(family)


def _script_family(ch: str) -> str | None:
    cp = ord(ch)
    i = bisect_right(_RANGE_STARTS, cp) - 1
    if i >= 0 and cp <= _SCRIPT_RANGES[i][1]:
        return _SCRIPT_RANGES[i][2]
    return None


def _first_covering(ch: str, preferred: str) -> str:
    if _covers(preferred, ch):
        return preferred
    for family in _FALLBACK_ORDER:
        if _covers(family, ch):
            return family
    return preferred  # no font has it: ReportLab prints the font's "missing" box


def _strong_family(ch: str) -> str | None:
    """The font of a character that decides its run, or None for a neutral one."""
    script = _script_family(ch)
    if script is not None:
        family = _first_covering(ch, script)
        if family == CJK_FONT and ord(ch) not in _bold_coverage[CJK_FONT]:
            _characters(CJK_RARE)  # registered before a paragraph names it
            return CJK_RARE  # the bold face lacks it: Droid in both weights
        return family
    category = unicodedata.category(ch)
    if category[0] in "ZPSMC" or category == "Nd":
        return None  # spaces, punctuation, symbols, marks, digits, format characters
    return _first_covering(ch, BASE_FONT)


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _CONTROLS.sub("", text))


def script_runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into ``(font family, run)`` pairs, in order (no escaping).

    Thai, Lao, Khmer, Myanmar and CJK characters take their script's font, other
    letters the base font (or the first font that has them). Combining marks and
    joiners stay with the character before them, so a cluster is never split;
    spaces, punctuation and digits join the run before them when its font has
    them, opening brackets and quotes the run after them.
    """
    register_fonts()
    text = _clean(text)
    strong = [_strong_family(ch) for ch in text]
    following: list[str | None] = [None] * len(text)
    upcoming: str | None = None
    for i in range(len(text) - 1, -1, -1):
        following[i] = upcoming
        upcoming = strong[i] or upcoming
    runs: list[tuple[str, str]] = []
    previous: str | None = None
    start = 0
    for i, ch in enumerate(text):
        family = strong[i]
        category = unicodedata.category(ch)
        is_mark = category[0] == "M" or ch in _JOINERS
        if previous is not None and is_mark and (ch in _JOINERS or _covers(previous, ch)):
            family = previous  # never split a cluster (Thai vowels, Khmer subscripts, ...)
        elif family is None:
            order = (
                (following[i], previous) if category in ("Ps", "Pi") else (previous, following[i])
            )
            candidates = [f for f in order if f is not None and _covers(f, ch)]
            family = candidates[0] if candidates else _first_covering(ch, BASE_FONT)
        if family != previous and previous is not None:
            runs.append((previous, text[start:i]))
            start = i
        previous = family
    if previous is not None:
        runs.append((previous, text[start:]))
    return runs


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup printing ``text`` literally, each script in its own font.

    The text is escaped (``<b>``, ``&`` and ``<img .../>`` print as typed), line
    breaks become ``<br/>``, control characters are dropped, and each run of
    Thai, Lao, Khmer, Myanmar or Chinese is wrapped in ``<font name="...">``.
    With ``bold`` the whole text is bold, script runs included: use it rather
    than ``<b>`` around the result, as ``<font name>`` inside ``<b>`` resets
    the weight. A bilingual text (planner.i18n.both) puts its English line beneath its
    Chinese line, a size smaller.
    """
    if is_bilingual(text):
        # bilingual: the Chinese line, then the English line beneath, smaller
        chinese, english = side(text, False), side(text, True)
        if chinese == english:
            return markup(chinese, bold)
        smaller = f'<font size="-{SECOND_LINE_SMALLER}">'
        return f"{markup(chinese, bold)}<br/>{smaller}{markup(english, bold)}</font>"
    parts: list[str] = []
    for family, run in script_runs(text):
        escaped = _html_escape(run, quote=False).replace("\n", "<br/>")
        if family == BASE_FONT:
            parts.append(escaped)
        else:
            name = bold_name(family) if bold else family
            parts.append(f'<font name="{name}">{escaped}</font>')
    body = "".join(parts)
    return f"<b>{body}</b>" if bold and body else body


# --- shaping of words that mix fonts ---------------------------------------------

#: Words of one font shaped before (see ``shape_remembered``): key -> (width, shaped
#: text, shape data), or one of the two markers below.
_shaped: dict[tuple[Any, ...], Any] = {}
_SHAPED_LIMIT = 10_000  # words kept at most (the large budget report: 709), then cleared
_UNCHANGED = object()  # shaping returned the word itself
_NOT_KEPT = object()  # a result of another form: not remembered


def _frag_font(frag: Any) -> str | None:
    if hasattr(frag, "cbDefn"):
        return None  # zero-width callbacks and anchors join the current group
    name = getattr(frag, "fontName", None)
    return name if isinstance(name, str) else None


def _install_mixed_font_shaping() -> None:
    """Wrap ReportLab's per-word shaper so each font's part of a word is shaped alone."""
    try:
        import reportlab.platypus.paragraph as rl_paragraph
        from reportlab.pdfbase.ttfonts import ShapedFragWord, ShapedStr, makeShapedFragWord
    except ImportError:  # a ReportLab without shaping support: nothing to fix
        return
    original: Callable[..., Any] | None = getattr(rl_paragraph, "shapeFragWord", None)
    if original is None or getattr(original, "_planner_wrapper", False):
        return
    base_faces = {BASE_FONT, BASE_BOLD}

    def shape_word(word: Any, features: Any = None, force: bool = False) -> Any:
        if isinstance(word, ShapedFragWord) or len(word) < 2:
            return word
        groups: list[list[Any]] = []
        current: str | None = None
        for item in word[1:]:
            name = _frag_font(item[0])
            if not groups or (name is not None and current is not None and name != current):
                groups.append([])
            if name is not None:
                current = name
            groups[-1].append(item)
        if len(groups) == 1:
            return shape_one(word, word[1:], features, force)
        subwords = [
            [
                sum(
                    pdfmetrics.stringWidth(s, f.fontName, f.fontSize)
                    for f, s in group
                    if _frag_font(f) is not None
                ),
                *group,
            ]
            for group in groups
        ]
        shaped_parts = [shape_one(sub, sub[1:], features, force) for sub in subwords]
        if all(part is sub for part, sub in zip(shaped_parts, subwords, strict=True)):
            return word  # nothing to shape: keep ReportLab's own word
        joined = makeShapedFragWord(word)([sum(part[0] for part in shaped_parts)])
        for part in shaped_parts:
            joined.extend(part[1:])
        return joined

    def shape_one(word: Any, items: list[Any], features: Any, force: bool) -> Any:
        if features is None:
            names = {_frag_font(f) for f, _ in items} - {None}
            if names and names <= base_faces:
                features = _BASE_FEATURES
        if len(items) == 1 and _frag_font(items[0][0]) is not None:
            return shape_remembered(word, items[0], features, force)
        return shape_now(word, features, force)

    def shape_now(word: Any, features: Any, force: bool) -> Any:
        if features is None:
            return original(word, force=force)
        return original(word, features=features, force=force)

    def shape_remembered(word: Any, item: tuple[Any, str], features: Any, force: bool) -> Any:
        """A word of one font and size, shaped once per process: a report repeats its
        words (headers, "Page", amounts), and HarfBuzz was a fifth of laying it out.

        The key is everything the shaping reads: the registered font (a name is
        registered once per process, its files never change while it runs), the size,
        the text, the features and ``force``; the word's own style (colour, link) is
        not in the result kept, it is put back from ``item``, so a hit returns what
        shaping the word again would."""
        frag, text = item
        key = (
            frag.fontName,
            frag.fontSize,
            str(text),
            force,
            None if features is None else tuple(sorted(features.items())),
        )
        kept = _shaped.get(key)
        if kept is None:
            shaped = shape_now(word, features, force)
            if shaped is word:
                kept = _UNCHANGED
            elif len(shaped) == 2 and shaped[1][0] is frag and isinstance(shaped[1], tuple):
                shaped_text = shaped[1][1]
                kept = (shaped[0], str(shaped_text), tuple(shaped_text.__shapeData__))
            else:  # anything else is not remembered: shaped again each time
                kept = _NOT_KEPT
            if len(_shaped) >= _SHAPED_LIMIT:
                _shaped.clear()
            _shaped[key] = kept
            return shaped
        if kept is _UNCHANGED:
            return word
        if kept is _NOT_KEPT:
            return shape_now(word, features, force)
        width, shaped_text, data = kept
        return makeShapedFragWord(word)([width, (frag, ShapedStr(shaped_text, list(data)))])

    shape_word._planner_wrapper = True  # type: ignore[attr-defined]
    rl_paragraph.shapeFragWord = shape_word


def _rise_is_forgotten() -> bool:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    text = Canvas(BytesIO()).beginText()
    text.setRise(1)
    text.setRise(2)  # replaces "1 Ts" by "2 Ts"
    return bool(text._rise != 2)


def _install_rise_fix() -> None:
    """Make ``PDFTextObject.setRise`` remember the rise it writes (see the module doc)."""
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfgen.textobject import PDFTextObject

    if not _rise_is_forgotten():
        return

    def set_rise(self: Any, rise: float) -> None:
        operator = f"{fp_str(rise)} Ts"
        if self._code and self._code[-1].endswith(" Ts"):
            self._y += self._rise  # undo the rise being replaced
            self._code[-1] = operator
        else:
            self._code.append(operator)
        self._rise = rise
        self._y -= rise

    set_rise.__doc__ = PDFTextObject.setRise.__doc__
    PDFTextObject.setRise = set_rise  # type: ignore[method-assign]
