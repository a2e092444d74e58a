"""Text safety, in one place: how text leaves for other programs.

* :func:`spreadsheet_safe` - a cell of a CSV file (or a calendar's text) that a
  spreadsheet would run as a formula gets a leading ``'`` (OWASP, "CSV
  injection"); well-formed numbers stay numbers.
"""

from __future__ import annotations

import re

#: What makes a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?", re.ASCII)


def spreadsheet_safe(text: str) -> str:
    """``text`` as a spreadsheet cell that is never a formula.

    Text starting with ``= + - @``, a tab or a carriage return gets a leading
    ``'``, unless it is a well-formed number (``-12.50`` stays a number).
    """
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text
