"""What every PDF of the planner shares: styles, escaped paragraphs, tables, the page.

Each report builds a Platypus story from these pieces and hands it to
:func:`build_pdf`, which lays it out on A4 pages with the report's title in the
header and "Page x of y" in the footer. User text enters a PDF only through
:func:`para` (directly or through :func:`data_table`), which escapes it and
picks a font per script (see :mod:`planner.reports.fonts`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Sequence
from functools import partial
from typing import IO, Any, cast

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from planner.i18n import _, flat
from planner.reports.fonts import BASE_BOLD, BASE_FONT, markup, register_fonts
from planner.reports.oneline import one_line

CREATOR = "Capacity-building planner"
TABLE_CHUNK_ROWS = 400  # rows per LongTable: one big table costs about n^1.6

MARGIN = 15 * mm
HEADER_HEIGHT = 12 * mm  # between the top margin and the frame
FOOTER_HEIGHT = 10 * mm  # between the frame and the bottom margin
# The frame of a landscape page of build_pdf: what flows on a page of the wide reports.
FRAME_WIDTH = to_landscape(A4)[0] - 2 * MARGIN
FRAME_HEIGHT = to_landscape(A4)[1] - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#dde3ea")
ZEBRA_FILL = colors.HexColor("#f3f5f7")


def _style(name: str, size: float, *, bold: bool = False, **extra: Any) -> ParagraphStyle:
    attributes: dict[str, Any] = {
        "fontName": BASE_BOLD if bold else BASE_FONT,
        "fontSize": size,
        "leading": round(size * 1.3, 1),
        "textColor": INK,
        **extra,
        "shaping": 1,  # without it Khmer subscripts print as "+" and Myanmar is misplaced
    }
    return ParagraphStyle(name, **attributes)


TITLE = _style("PlannerTitle", 16, bold=True, spaceAfter=4 * mm)
HEADING = _style("PlannerHeading", 12, bold=True, spaceBefore=3 * mm, spaceAfter=2 * mm)
BODY = _style("PlannerBody", 10, spaceAfter=2 * mm)
SMALL = _style("PlannerSmall", 8, textColor=MUTED)
CELL = _style("PlannerCell", 9)
HEADER_CELL = _style("PlannerHeaderCell", 9, bold=True)
NUMBER_CELL = _style("PlannerNumberCell", 9, alignment=TA_RIGHT)
HEADER_NUMBER_CELL = _style("PlannerHeaderNumberCell", 9, bold=True, alignment=TA_RIGHT)
PAGE_HEADER = _style("PlannerPageHeader", 9, bold=True, alignment=TA_LEFT)
PAGE_HEADER_RIGHT = _style("PlannerPageHeaderRight", 8, textColor=MUTED, alignment=TA_RIGHT)
PAGE_FOOTER = _style("PlannerPageFooter", 8, textColor=MUTED)
PAGE_FOOTER_RIGHT = _style("PlannerPageFooterRight", 8, textColor=MUTED, alignment=TA_RIGHT)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph printing ``text`` literally (escaped), in the right font per script.

    Bold styles (font ``BASE_BOLD``) get bold Thai, Khmer, Lao and Myanmar too.
    """
    return Paragraph(markup(text, bold=style.fontName == BASE_BOLD), style)


# --- tables ------------------------------------------------------------------------


def _cell(value: str | Flowable, style: ParagraphStyle, width: float) -> Flowable:
    """A table cell ``width`` points wide: text that a paragraph would print on one
    line is drawn as one (:func:`planner.reports.oneline.one_line`), other text is
    a paragraph; a flowable is itself."""
    if isinstance(value, str):
        return one_line(value, style, width) or para(value, style)
    if isinstance(value, Flowable):
        return value
    raise TypeError(f"table cells are text or flowables, not {type(value).__name__}")


def _table_style(n_rows: int, first_row_odd: bool) -> TableStyle:
    zebra = [ZEBRA_FILL, colors.white] if first_row_odd else [colors.white, ZEBRA_FILL]
    commands: list[tuple[Any, ...]] = [
        # Cells are paragraphs; the table's own font would otherwise be Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),
        ("FONTSIZE", (0, 0), (-1, -1), CELL.fontSize),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if n_rows > 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), zebra))
    return TableStyle(commands)


class _Table(LongTable):
    """A ``LongTable`` that neither measures nor wraps a cell of fixed height.

    A cell with a ``fixed_height`` (points, the whole flowable: ``oneline.Figure``, one
    line, or two for a bilingual pair) has that height whatever its width. ReportLab
    measures every cell of a table on each page it is split over and again when it
    draws it, which was about a third of a 300-page budget report. Here a row whose
    cells all have a fixed height gets its height before ReportLab would measure it,
    computed as ReportLab does (the cell plus its style's top and bottom padding, the
    tallest cell), and such a cell is drawn at the place ReportLab would give it.
    Every other row and cell is left to ReportLab.
    """

    def _calc(self, availWidth: float, availHeight: float) -> None:
        # ReportLab lays a table out again for the same space: when it is wrapped and
        # then split there, and each time it is offered the same room. The layout
        # depends only on the space and on the table, and every change to the table
        # (a style command: ``_addCommand``) forgets it, so it is never stale.
        key = (availWidth, availHeight)
        if getattr(self, "_laid_out_for", None) == key:
            return
        super()._calc(availWidth, availHeight)
        self._laid_out_for: tuple[float, float] | None = key

    def _addCommand(self, cmd: Any) -> None:
        self._laid_out_for = None
        self._fixed: list[float | None] | None = None
        super()._addCommand(cmd)

    def _calc_height(
        self, availHeight: float, availWidth: float, H: Any = None, W: Any = None
    ) -> None:
        table = cast(Any, self)  # ReportLab's untyped attributes
        given = table._argH
        if None not in given or table._minRowHeights:
            super()._calc_height(availHeight, availWidth, H=H, W=W)
            return
        fixed = getattr(self, "_fixed", None)
        if fixed is None:  # forgotten by any style command, as the layout is
            fixed = self._fixed = self._fixed_heights()
        table._argH = fixed  # for this layout only: the table itself is left as given
        try:
            super()._calc_height(availHeight, availWidth, H=H, W=W)
        finally:
            table._argH = given
        if None not in fixed:
            # every row of fixed height: ReportLab measured none, and keeps the row
            # heights it was given (None here) unless it measures one
            table._rowHeights = list(fixed)

    def _fixed_heights(self) -> list[float | None]:
        heights: list[float | None] = list(self._argH)
        if self._spanCmds:
            spans, hidden = self._spanRanges, {*self._rowSpanCells, *self._colSpanCells}
        else:
            spans, hidden = {}, set()
        for i, (values, styles) in enumerate(zip(self._cellvalues, self._cellStyles, strict=True)):
            if heights[i] is not None:
                continue
            tallest = 0.0
            for j, (value, style) in enumerate(zip(values, styles, strict=True)):
                span = spans.get((j, i))
                if (j, i) in hidden and not span:
                    continue  # covered by a spanning cell: ReportLab skips it too
                cell_height = _fixed_height(value)
                if cell_height is None or (span and span[1] != span[3]):
                    break  # ReportLab measures this row
                cell_height += style.bottomPadding + style.topPadding
                tallest = max(tallest, cell_height)
            else:
                heights[i] = tallest
        return heights

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        cell = cellval[0] if isinstance(cellval, tuple) and len(cellval) == 1 else cellval
        height = _fixed_height(cell)
        just = cellstyle.alignment
        if (
            height is None
            or cellstyle.valign != "TOP"
            or just not in ("LEFT", "RIGHT")
            or cellstyle.href
            or cellstyle.destination
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canvas, table = self.canv, cast(Any, self)  # ReportLab's untyped attributes
        if table._curcellstyle is not cellstyle:  # as LongTable does, for the cells after
            cur = table._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                canvas.setFillColor(cellstyle.color)
            if (
                cur is None
                or cellstyle.leading != cur.leading
                or cellstyle.fontname != cur.fontname
                or cellstyle.fontsize != cur.fontsize
            ):
                canvas.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            table._curcellstyle = cellstyle
        colpos, rowpos = pos
        colwidth, rowheight = size
        # the same expressions as LongTable's, so the same points to the last bit
        width, height = cell.wrap(colwidth - cellstyle.leftPadding - cellstyle.rightPadding, 0)
        y = rowpos + rowheight - cellstyle.topPadding - height
        if just == "LEFT":
            x = colpos + cellstyle.leftPadding
        else:
            x = colpos + colwidth - cellstyle.rightPadding - width
        cell.drawOn(canvas, x, y)


def _fixed_height(cell: Any) -> float | None:
    """A cell's ``fixed_height``, if it has one and no space before or after it."""
    height = getattr(cell, "fixed_height", None)
    if height is None or cell.getSpaceBefore() or cell.getSpaceAfter():
        return None
    return float(height)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    col_widths: Sequence[float],
    numeric_cols: Collection[int] = frozenset(),
    *,
    chunk_rows: int = TABLE_CHUNK_ROWS,
) -> list[Flowable]:
    """Tables of ``rows`` under ``header``, the header repeated on every page.

    Text cells become escaped paragraphs, or one-line cells where a paragraph would
    print them on one line (right-aligned in ``numeric_cols``; format the numbers
    before); other cells must be flowables. The rows are cut into
    consecutive tables of at most ``chunk_rows`` rows, each with the header,
    because ReportLab re-measures the rest of a table on every page it splits.
    """
    n_cols = len(header)
    if len(col_widths) != n_cols:
        raise ValueError(f"{len(col_widths)} column widths for {n_cols} columns")
    if chunk_rows < 1:
        raise ValueError("chunk_rows must be at least 1")
    numeric = frozenset(numeric_cols)
    header_row = [
        _cell(text, HEADER_NUMBER_CELL if i in numeric else HEADER_CELL, col_widths[i])
        for i, text in enumerate(header)
    ]
    styles = [NUMBER_CELL if i in numeric else CELL for i in range(n_cols)]
    tables: list[Flowable] = []
    for start in range(0, max(len(rows), 1), chunk_rows):
        body = []
        for offset, row in enumerate(rows[start : start + chunk_rows]):
            if len(row) != n_cols:
                raise ValueError(f"row {start + offset} has {len(row)} cells, not {n_cols}")
            body.append([_cell(value, styles[i], col_widths[i]) for i, value in enumerate(row)])
        table = _Table([header_row, *body], colWidths=list(col_widths), repeatRows=1, hAlign="LEFT")
        table.setStyle(_table_style(len(body) + 1, first_row_odd=start % 2 == 1))
        tables.append(table)
    return tables


# --- the page and the document -------------------------------------------------------

_PageDecorator = Callable[[Canvas, int, int], None]


class _CountingCanvas(Canvas):
    """A canvas that keeps finished pages until ``save()``, when their count is known.

    ``showPage`` only remembers the page's state; ``save`` gives each page back
    to ``decorate(canvas, page_number, page_count)`` (which draws the footer) and
    then writes it.
    """

    def __init__(self, *args: Any, decorate: _PageDecorator, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._kept_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # ReportLab's name
        self._kept_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        if self._code:
            self.showPage()
        count = len(self._kept_pages)
        for number, state in enumerate(self._kept_pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            self._decorate(self, number, count)
            self.restoreState()
            Canvas.showPage(self)
        self._kept_pages = []
        Canvas.save(self)


def _draw(canvas: Canvas, paragraph: Flowable, x: float, y_top: float, width: float) -> None:
    _, height = paragraph.wrap(width, 100 * mm)
    paragraph.drawOn(canvas, x, y_top - height)


#: A document's repeated header and footer texts, laid out once: (text, style name,
#: width) -> (paragraph, height). One per build, so no paragraph is drawn by two
#: threads at once.
_Laid = dict[tuple[str, str, float], tuple[Paragraph, float]]


def _draw_same(
    laid: _Laid, canvas: Canvas, text: str, style: Any, x: float, y_top: float, width: float
) -> None:
    """Draw ``text`` as :func:`_draw` would, laying it out only the first time: the
    header of a 300-page report was an eighth of its time."""
    key = (text, style.name, width)
    found = laid.get(key)
    if found is None:
        paragraph = para(text, style)
        found = laid[key] = (paragraph, paragraph.wrap(width, 100 * mm)[1])
    paragraph, height = found
    paragraph.drawOn(canvas, x, y_top - height)


def _natural_width(laid: _Laid, text: str, style: Any) -> float:
    """How wide ``text`` is on one line (laid out once, as :func:`_draw_same` does)."""
    key = (text, style.name, -1.0)
    found = laid.get(key)
    if found is None:
        paragraph = para(text, style)
        paragraph.wrap(10_000, 100 * mm)
        found = laid[key] = (paragraph, max(paragraph.getActualLineWidths0(), default=0.0))
    return found[1]


def _header(
    title: str, header_right: str, laid: _Laid, canvas: Canvas, doc: BaseDocTemplate
) -> None:
    width, height = doc.pagesize
    top = height - MARGIN
    inner = width - 2 * MARGIN
    canvas.saveState()
    right_width = 0.0
    if header_right:
        # a third of the width, or what a short title leaves, so a plan's name beside
        # "签到表：TC-2027-01" stays on one line rather than breaking before its "年）"
        gap = 6 * mm
        spare = inner - _natural_width(laid, title, PAGE_HEADER) - gap
        wanted = _natural_width(laid, header_right, PAGE_HEADER_RIGHT) + 2
        right_width = max(inner * 0.35, min(wanted, spare))
    _draw_same(laid, canvas, title, PAGE_HEADER, MARGIN, top, inner - right_width)
    if header_right:
        _draw_same(
            laid,
            canvas,
            header_right,
            PAGE_HEADER_RIGHT,
            width - MARGIN - right_width,
            top,
            right_width,
        )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    rule_y = top - HEADER_HEIGHT + 3 * mm
    canvas.line(MARGIN, rule_y, width - MARGIN, rule_y)
    canvas.restoreState()


def _footer(
    footer_left: str,
    pagesize: tuple[float, float],
    laid: _Laid,
    canvas: Canvas,
    number: int,
    count: int,
) -> None:
    width = pagesize[0]
    inner = width - 2 * MARGIN
    y_top = MARGIN + FOOTER_HEIGHT - 4 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(
        MARGIN, MARGIN + FOOTER_HEIGHT - 2 * mm, width - MARGIN, MARGIN + FOOTER_HEIGHT - 2 * mm
    )
    page_text = _("Page {page} of {pages}").format(page=number, pages=count)
    number_cell = one_line(page_text, PAGE_FOOTER_RIGHT, inner * 0.3)
    canvas.saveState()  # a one-line cell sets the font and colour in place
    _draw(
        canvas,
        number_cell or para(page_text, PAGE_FOOTER_RIGHT),
        width - MARGIN - inner * 0.3,
        y_top,
        inner * 0.3,
    )
    canvas.restoreState()
    if footer_left:
        _draw_same(laid, canvas, footer_left, PAGE_FOOTER, MARGIN, y_top, inner * 0.68)


def build_pdf(
    target: str | os.PathLike[str] | IO[bytes],
    story: Sequence[Flowable],
    *,
    title: str,
    header_right: str = "",
    footer_left: str = "",
    author: str = "",
    subject: str = "",
    landscape: bool = False,
) -> int:
    """Write ``story`` as an A4 PDF to ``target`` (a path or a binary file); return its page count.

    Every page has ``title`` (and ``header_right``) in its header and
    ``footer_left`` and "Page x of y" in its footer; ``title``, ``author`` and
    ``subject`` also go into the PDF's metadata.
    """
    register_fonts()
    # one line each: a bilingual title or owner side by side, "预算报告 / Budget report"
    title, header_right, footer_left = flat(title), flat(header_right), flat(footer_left)
    author, subject = flat(author), flat(subject)
    pagesize = to_landscape(A4) if landscape else A4
    width, height = pagesize
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER_HEIGHT,
        width - 2 * MARGIN,
        height - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    laid: _Laid = {}
    template = PageTemplate(
        id="page",
        frames=[frame],
        onPage=partial(_header, title, header_right, laid),
        pagesize=pagesize,
    )
    destination = os.fspath(target) if isinstance(target, (str, os.PathLike)) else target
    doc = BaseDocTemplate(
        destination,
        pagesize=pagesize,
        pageTemplates=[template],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=title,
        author=author,
        subject=subject,
        creator=CREATOR,
        initialFontName=BASE_FONT,
        initialFontSize=10,
    )
    doc.build(
        list(story),
        canvasmaker=partial(
            _CountingCanvas, decorate=partial(_footer, footer_left, pagesize, laid)
        ),
    )
    return int(doc.page)
