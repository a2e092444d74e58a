"""Text safety, in one place: what text may hold, and how it leaves for other programs.

* :func:`forbidden_character` - the rule every text field is checked with
  (:class:`planner.services.rules.Checker`): no control characters (C0 but the
  newline and tab of multi-line text, DEL, C1) and no bidirectional embedding,
  override or isolate controls, which make a name display as something else.
* :func:`spreadsheet_safe` - a cell of a CSV file (or a calendar's text) that a
  spreadsheet would run as a formula gets a leading ``'`` (OWASP, "CSV
  injection"); well-formed numbers stay numbers.
* :func:`terminal_safe` - a line printed to a terminal shows control and bidi
  characters as escapes (``\\x1b``, ``\\u202e``) instead of obeying them.
"""

from __future__ import annotations

import re
import unicodedata

#: Explicit bidirectional embeddings and overrides (U+202A-U+202E) and isolates
#: (U+2066-U+2069): refused in stored text.
_BIDI_CONTROLS = r"\u202a-\u202e\u2066-\u2069"
#: Bidi marks (ALM, LRM, RLM) and line and paragraph separators: allowed in text
#: (mixed-direction names need the marks) but escaped on a terminal.
_TERMINAL_ONLY = r"\u061c\u200e\u200f\u2028\u2029"

_FORBIDDEN = re.compile(rf"[\x00-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")
_FORBIDDEN_MULTILINE = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")
_TERMINAL = re.compile(rf"[\x00-\x1f\x7f-\x9f{_BIDI_CONTROLS}{_TERMINAL_ONLY}]")

#: What makes a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?", re.ASCII)


def forbidden_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character ``text`` must not hold, or None.

    Refused: C0 control characters (a newline and a tab only in ``multiline``
    text), DEL, C1 control characters (U+0080-U+009F) and the bidi embedding,
    override and isolate controls (U+202A-U+202E, U+2066-U+2069).
    """
    found = (_FORBIDDEN_MULTILINE if multiline else _FORBIDDEN).search(text)
    return None if found is None else found.group()


def describe(ch: str) -> str:
    """A character by its code point and name: ``U+202E RIGHT-TO-LEFT OVERRIDE``,
    ``U+001B`` (control characters have no name)."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}".rstrip()


def spreadsheet_safe(text: str) -> str:
    """``text`` as a spreadsheet cell that is never a formula.

    Text starting with ``= + - @``, a tab or a carriage return gets a leading
    ``'``, unless it is a well-formed number (``-12.50`` stays a number).
    """
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def terminal_safe(text: str) -> str:
    """``text`` with control characters, line separators and bidi controls and
    marks written as visible escapes (ESC -> ``\\x1b``, U+202E -> ``\\u202e``), so
    printing it cannot move the cursor, recolour, clear the screen, start a new
    line or reorder what the terminal shows."""
    return _TERMINAL.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
