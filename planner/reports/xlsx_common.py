"""What every XLSX of the planner shares: safe text cells, money formats, tables, print set-up.

Rules kept here so that each report gets them for free:

* Numbers are numeric cells (``Decimal`` written exactly), formatted, never text.
* Text is always a text cell: openpyxl would turn a string starting with ``=``
  into a formula; :func:`put` marks every string as text, so a title such as
  ``=HYPERLINK(...)``, ``+1``, ``-x`` or ``@SUM(A1)`` stays the characters typed.
* No formulas at all: totals are the figures of :mod:`planner.services.metrics`,
  written as values, so the workbook shows the same cents as the PDF and the CSV.
* Each sheet prints on its own: landscape, one page wide, the header row
  repeated on every page.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.money import exponent_of

CREATOR = "Capacity-building planner"
PERCENT = "0.0%"
DATE = "yyyy-mm-dd"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
HEADER_BORDER = Border(bottom=Side(style="thin", color="9AA5B1"))
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
FLAG_FONT = Font(bold=True, color="C00000")
WRAP = Alignment(wrap_text=True, vertical="top")

# Characters Excel refuses in a cell (XML 1.0 control characters).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

Value = str | int | Decimal | date | None


def money_format(currency: str, places: int | None = None) -> str:
    """A currency number format: ``#,##0.00 "CNY"``, negatives red with a minus sign.

    ``places`` defaults to the currency's minor unit (VND 0, most others 2).
    """
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise ValueError(f"not a currency code: {currency!r}")
    digits = exponent_of(currency) if places is None else places
    number = "#,##0" + ("." + "0" * digits if digits else "")
    return f'{number} "{currency}";[Red]-{number} "{currency}";{number} "{currency}"'


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: Value,
    number_format: str | None = None,
    font: Font | None = None,
) -> Cell:
    """Write one cell: text stays text (never a formula), numbers stay numbers."""
    cell: Cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = _ILLEGAL.sub("", value)
        cell.data_type = "s"  # openpyxl made "=..." a formula: undo that
    elif isinstance(value, bool):
        raise TypeError("write booleans as text (yes/no)")
    else:
        cell.value = value
        if isinstance(value, date) and number_format is None:
            number_format = DATE
    if number_format is not None:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    return cell


@dataclass(frozen=True)
class Column:
    """A column of a table: its header, width (characters) and number format."""

    header: str
    width: float = 12
    number_format: str | None = None
    wrap: bool = False


def write_table(
    ws: Worksheet,
    top: int,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Value]],
    *,
    total: Sequence[Value] | None = None,
    formats: Sequence[Sequence[str | None]] | None = None,
    freeze: bool = True,
) -> int:
    """Write a header row at ``top``, the rows under it and an optional bold total row.

    ``formats`` (same shape as ``rows``) overrides the column's number format cell
    by cell, e.g. an amount in its own currency. The header row is frozen,
    filtered and repeated on every printed page. Returns the next free row.
    """
    if any(len(col.header) > col.width for col in columns):
        ws.row_dimensions[top].height = 30  # two lines: readers do not grow it themselves
    for c, col in enumerate(columns, start=1):
        cell = put(ws, top, c, col.header, font=HEADER_FONT)
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
        ws.column_dimensions[get_column_letter(c)].width = col.width
    r = top
    for i, values in enumerate(rows):
        r = top + 1 + i
        if len(values) != len(columns):
            raise ValueError(f"row {i} has {len(values)} cells, not {len(columns)}")
        for c, (col, value) in enumerate(zip(columns, values, strict=True), start=1):
            fmt = col.number_format
            if formats is not None and formats[i][c - 1] is not None:
                fmt = formats[i][c - 1]
            cell = put(ws, r, c, value, fmt if not isinstance(value, str) else None)
            if col.wrap:
                cell.alignment = WRAP
    last = top + len(rows)
    if total is not None:
        last += 1
        for c, (col, value) in enumerate(zip(columns, total, strict=True), start=1):
            fmt = col.number_format if not isinstance(value, str) else None
            cell = put(ws, last, c, value, fmt, font=BOLD)
            cell.border = Border(top=Side(style="thin", color="9AA5B1"))
    if freeze:
        ws.freeze_panes = ws.cell(row=top + 1, column=1)
    end = get_column_letter(len(columns))
    if rows:
        ws.auto_filter.ref = f"A{top}:{end}{top + len(rows)}"
    ws.print_title_rows = f"{top}:{top}"
    return last + 1


def print_setup(ws: Worksheet, *, landscape: bool = True, title: str = "") -> None:
    """A4, landscape by default, one page wide, "page x of y" in the footer."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if title:
        # Header/footer codes start with "&": a literal "&" is written "&&".
        ws.oddHeader.left.text = title.replace("&", "&&")[:200]
    ws.oddFooter.right.text = "Page &P of &N"


def new_workbook(title: str, generated: date) -> Workbook:
    """An empty workbook (its default sheet removed) with the planner's metadata."""
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    wb.properties.creator = CREATOR
    wb.properties.title = _ILLEGAL.sub("", title)[:255]
    stamp = datetime(generated.year, generated.month, generated.day)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    return wb


def workbook_bytes(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def sheet(wb: Workbook, name: str) -> Worksheet:
    """A new sheet named ``name`` (cut to Excel's 31 characters, forbidden ones dropped)."""
    clean = re.sub(r"[\[\]:*?/\\]", "", name)[:31] or "Sheet"
    ws: Worksheet = wb.create_sheet(clean)
    return ws


def key_values(ws: Worksheet, top: int, pairs: Sequence[tuple[str, Any]]) -> int:
    """Label/value pairs down two columns (labels bold); returns the next free row."""
    for i, (label, value) in enumerate(pairs):
        put(ws, top + i, 1, label, font=BOLD)
        put(ws, top + i, 2, value)
    return top + len(pairs)
