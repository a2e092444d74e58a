"""Sign-in sheets of an activity: one per session, participants by administration.

Each session starts on a new page with the activity, the session's date (and
time) and the venue. Its table lists the enrolled (not withdrawn) participants
under their administration's name: number, participant code with a QR code of
the code for the check-in desk's scanner, name in Latin and in the participant's
own script, position, and a wide blank column to sign in. The signature column's
header names the session, so every page of a sheet says which session it is.
"""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache
from io import BytesIO

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _, ngettext
from planner.models import Status
from planner.reports.common import BODY, HEADING, SMALL, build_pdf, para
from planner.reports.fonts import BASE_BOLD
from planner.reports.trainer_sheets import (
    activity_line,
    frame_width,
    group_heading,
    grouped_table,
    person,
    session_when,
)
from planner.services.rosters import ActivitySheet, SessionSlot, activity_sheets

SESSION_LINE = ParagraphStyle("PlannerSigninSession", parent=BODY, fontName=BASE_BOLD, fontSize=11)
#: 1/150 inch: a module a whole multiple of it is a whole number of pixels at 150,
#: 300 and 600 dpi, and on a page it starts on a pixel's edge when its corner does.
QR_GRID = 72 / 150
#: Version 1 (21 x 21 modules) is the one zbar most often fails to find on a page
#: full of codes; version 2 (25 x 25) is read every time.
QR_MIN_VERSION = 2
#: Room for a version-2 code of 0.51 mm modules (3 x 1/150 inch) with its quiet zone,
#: 16.8 mm, plus 1/150 inch to move it onto the pixel grid.
QR_SIZE = 17 * mm
NO_W, CODE_W, QR_W, NAME_W, POSITION_W = 10 * mm, 16 * mm, 20 * mm, 48 * mm, 32 * mm


@lru_cache(maxsize=4096)
def qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of ``value`` (error correction M, version 2 at least), dark
    modules True.

    Cached: choosing the mask is the slow part, and the same code is printed on
    every session's sheet.
    """
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.version = max(QR_MIN_VERSION, qr.calculate_version())
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


class QrCodeBox(Flowable):
    """A QR code that a scanner reads as ``value``: black modules on a white square
    with a quiet zone of four modules, drawn straight on the canvas (a ``Drawing``
    of ``QrCodeWidget`` would also put an unembedded Helvetica into the PDF).

    The box takes ``size`` by ``size``; the code in it has the largest module that
    is a whole multiple of 1/150 inch and leaves 1/150 inch spare, which moves the
    code down and right until its corner is on the page's 1/150-inch grid (counted
    from the top left corner, where a renderer or a scanner starts its pixels). So
    at 150, 300 and 600 dpi every module covers whole pixels and its edges are
    pixels' edges: the reader sees no grey module to guess at.
    """

    QUIET = 4

    def __init__(self, value: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size
        count = len(qr_modules(value)) + 2 * self.QUIET
        self.module = max(1, int((size - QR_GRID) / count / QR_GRID + 1e-9)) * QR_GRID
        self.side = count * self.module  # the code with its quiet zone

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # Drawn once per value and module as a form (XObject) that every sheet reuses.
        canvas = self.canv
        grid = round(self.module / QR_GRID)
        name = f"planner-qr-{grid}-{self.value.encode('utf-8').hex()}"
        if not canvas.hasForm(name):
            canvas.beginForm(name, lowerx=0, lowery=0, upperx=self.side, uppery=self.side)
            self._draw_modules()
            canvas.endForm()
        canvas.saveState()
        canvas.translate(*self._to_grid())
        canvas.doForm(name)
        canvas.restoreState()

    def _to_grid(self) -> tuple[float, float]:
        """Where the code's lower left corner goes in the box: as high and as far
        left as can be with its left and top edges on the page's grid."""
        canvas = self.canv
        x0, y0 = canvas.absolutePosition(0, 0)
        (xx, xy), (yx, yy) = (canvas.absolutePosition(*unit) for unit in ((1, 0), (0, 1)))
        left, top = 0.0, self.height
        moved_only = all(
            math.isclose(got, want, abs_tol=1e-9)
            for got, want in ((xx - x0, 1), (xy - y0, 0), (yx - x0, 0), (yy - y0, 1))
        )
        if moved_only:  # scaled or turned (in a shrunk frame), there is no grid to keep
            page_top = canvas._pagesize[1]  # ReportLab has no getter for it
            left = _up_to_grid(x0) - x0
            top -= _up_to_grid(page_top - (y0 + self.height)) - (page_top - (y0 + self.height))
        return left, top - self.side

    def _draw_modules(self) -> None:
        modules = qr_modules(self.value)
        box = self.module
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, self.side, self.side, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        # One path of the dark regions' outlines: no module is drawn on its own, so
        # an anti-aliasing renderer leaves no seam between neighbours.
        path = canvas.beginPath()
        for loop in qr_outlines(modules):
            (c, r), *rest = loop
            path.moveTo((c + self.QUIET) * box, self.side - (r + self.QUIET) * box)
            for c, r in rest:
                path.lineTo((c + self.QUIET) * box, self.side - (r + self.QUIET) * box)
            path.close()
        canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        canvas.restoreState()


def _up_to_grid(distance: float) -> float:
    """``distance`` rounded up to a whole number of 1/150 inch (a distance a
    thousandth of it past one is taken for that one: rounding noise)."""
    return math.ceil(round(distance / QR_GRID, 3)) * QR_GRID


Point = tuple[int, int]


@lru_cache(maxsize=4096)
def qr_outlines(modules: tuple[tuple[bool, ...], ...]) -> tuple[tuple[Point, ...], ...]:
    """The outlines of the dark modules as closed loops of grid corners (column,
    row), each dark region clockwise and each hole inside one the other way round,
    so that filling them (non-zero or even-odd) paints exactly the dark modules.
    Corners where a line goes straight on are left out."""
    n = len(modules)

    def dark(r: int, c: int) -> bool:
        return 0 <= r < n and 0 <= c < n and modules[r][c]

    # Directed edges between a dark and a light module, the dark one on the right.
    following: dict[Point, list[Point]] = {}
    for r in range(n):
        for c in range(n):
            if not modules[r][c]:
                continue
            if not dark(r - 1, c):
                following.setdefault((c, r), []).append((c + 1, r))
            if not dark(r, c + 1):
                following.setdefault((c + 1, r), []).append((c + 1, r + 1))
            if not dark(r + 1, c):
                following.setdefault((c + 1, r + 1), []).append((c, r + 1))
            if not dark(r, c - 1):
                following.setdefault((c, r + 1), []).append((c, r))
    loops: list[tuple[Point, ...]] = []
    while following:
        start = next(iter(following))
        loop = [start]
        point = start
        while True:
            ends = following[point]
            nxt = ends.pop()
            if not ends:
                del following[point]
            if nxt == start:
                break
            loop.append(nxt)
            point = nxt
        corners = [
            p
            for i, p in enumerate(loop)
            if (loop[i - 1][0] != loop[(i + 1) % len(loop)][0])
            and (loop[i - 1][1] != loop[(i + 1) % len(loop)][1])
        ]
        loops.append(tuple(corners))
    return tuple(loops)


#: Blank rows for walk-ins and substitutes, unless another number is asked for.
WALK_INS = 5
MAX_WALK_INS = 200
BLANK_ROW = 11 * mm


def _heading(sheet: ActivitySheet, slot: SessionSlot | None) -> list[Flowable]:
    story: list[Flowable] = [para(f"{sheet.code} {sheet.title}", HEADING)]
    if slot is not None:
        story.append(
            para(
                _("Session {n} of {count}: {when}").format(
                    n=slot.number, count=len(sheet.sessions), when=session_when(slot)
                )
                + (f" \u00b7 {sheet.venue}" if sheet.venue else ""),
                SESSION_LINE,
            )
        )
    story += [para(activity_line(sheet), SMALL), Spacer(1, 2 * mm)]
    return story


def session_story(
    sheet: ActivitySheet,
    slot: SessionSlot,
    width: float,
    *,
    walk_ins: int = WALK_INS,
    half_days: bool = False,
) -> list[Flowable]:
    """The sign-in sheet of one session: the enrolled by administration, then
    ``walk_ins`` blank rows, then the trainer's attestation. With ``half_days``,
    one signature column for the morning and one for the afternoon."""
    story = _heading(sheet, slot)
    signature_w = width - NO_W - CODE_W - QR_W - NAME_W - POSITION_W
    day = slot.day.isoformat()
    if half_days:
        signatures = [
            _("Morning, {day}").format(day=day),
            _("Afternoon, {day}").format(day=day),
        ]
        sign_widths = [signature_w / 2, signature_w / 2]
    else:
        signatures = [_("Signature, {day}").format(day=day)]
        sign_widths = [signature_w]
    header = [_("No."), _("Code"), "", _("Name"), _("Position"), *signatures]
    blank_cells = [""] * len(signatures)
    counter = 0
    groups = []
    for group in sheet.groups:
        rows: list[list[str | Flowable]] = []
        for r in group.rows:
            counter += 1
            rows.append(
                [
                    str(counter),
                    r.participant,
                    QrCodeBox(r.participant),
                    person(r.name, r.native_name),
                    r.position or "",
                    *blank_cells,
                ]
            )
        groups.append((group_heading(group), rows))
    enrolled = counter
    if walk_ins:
        blank: list[list[str | Flowable]] = []
        for _n in range(walk_ins):
            counter += 1
            blank.append([str(counter), "", Spacer(1, BLANK_ROW), "", "", *blank_cells])
        groups.append((_("Walk-ins and substitutes (name, administration, position)"), blank))
    story += grouped_table(
        header,
        groups,
        [NO_W, CODE_W, QR_W, NAME_W, POSITION_W, *sign_widths],
        numeric_cols={0},
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        para(
            ngettext(
                "{n} participant enrolled. Sign once, on arrival.",
                "{n} participants enrolled. Sign once, on arrival.",
                enrolled,
            ).format(n=enrolled),
            SMALL,
        )
    )
    story.append(Spacer(1, 6 * mm))
    story.append(
        para(
            _(
                "I attest that the people who signed above attended this session. "
                "Trainer: ______________________  Signature: ______________________  "
                "Date: ____________"
            ),
            BODY,
        )
    )
    return story


def build_story(
    sheet: ActivitySheet, width: float, *, walk_ins: int = WALK_INS, half_days: bool = False
) -> list[Flowable]:
    if not sheet.groups:  # one page saying so, not one per session
        return [
            *_heading(sheet, None),
            para(
                _(
                    "No participant is enrolled in {code} yet: enrol participants, "
                    "then print its sign-in sheets."
                ).format(code=sheet.code),
                BODY,
            ),
        ]
    story: list[Flowable] = []
    for slot in sheet.sessions:
        if story:
            story.append(PageBreak())
        story += session_story(sheet, slot, width, walk_ins=walk_ins, half_days=half_days)
    return story


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    today: date | None = None,
    walk_ins: int = WALK_INS,
    half_days: bool = False,
) -> bytes:
    """The sign-in sheets of ``activity``'s sessions (``year`` is not used), with
    ``walk_ins`` blank rows each and, with ``half_days``, morning and afternoon
    columns. A cancelled activity is refused."""
    if not activity:
        raise PlannerError(_("sign-in sheets are for one activity: give its code"))
    if not 0 <= walk_ins <= MAX_WALK_INS:
        raise PlannerError(
            _("the blank rows for walk-ins must be 0 to {most}, not {walk_ins}").format(
                most=MAX_WALK_INS, walk_ins=walk_ins
            )
        )
    (sheet,) = activity_sheets(session, plan_id, activity=activity)
    if sheet.status == Status.CANCELLED:
        raise PlannerError(
            _(
                "{activity} is cancelled: no sign-in sheet is printed for a cancelled activity"
            ).format(activity=activity)
        )
    if not sheet.sessions:
        raise PlannerError(
            _("{activity} has no sessions yet: there is nothing to sign in to").format(
                activity=activity
            )
        )
    out = BytesIO()
    build_pdf(
        out,
        build_story(sheet, frame_width(landscape=False), walk_ins=walk_ins, half_days=half_days),
        title=_("Sign-in sheet: {code}").format(code=sheet.code),
        header_right=sheet.plan,
        footer_left=_("Printed {date}").format(date=(today or date.today()).isoformat()),
        author=sheet.owner,
        subject=_("Sign-in sheets of {code}").format(code=sheet.code),
    )
    return out.getvalue()
