"""Sign-in sheets of an activity: one per session, participants by administration.

Each session starts on a new page with the activity, the session's date (and
time) and the venue. Its table lists the enrolled (not withdrawn) participants
under their administration's name: number, participant code with a QR code of
the code for the check-in desk's scanner, name in Latin and in the participant's
own script, position, and a wide blank column to sign in. The signature column's
header names the session, so every page of a sheet says which session it is.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from io import BytesIO
from itertools import groupby

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _, ngettext
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
QR_SIZE = 11 * mm  # with a 2-module quiet zone: modules of about 0.45 mm for short codes
NO_W, CODE_W, QR_W, NAME_W, POSITION_W = 10 * mm, 16 * mm, 13 * mm, 52 * mm, 32 * mm


@lru_cache(maxsize=4096)
def qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of ``value`` (error correction M), dark modules True.

    Cached: choosing the mask is the slow part, and the same code is printed on
    every session's sheet.
    """
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


class QrCodeBox(Flowable):
    """A QR code that a scanner reads as ``value``: black modules on a white square
    with a quiet zone of two modules, drawn straight on the canvas (a ``Drawing``
    of ``QrCodeWidget`` would also put an unembedded Helvetica into the PDF)."""

    QUIET = 2

    def __init__(self, value: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # Drawn once per value and size as a form (XObject) that every sheet reuses.
        canvas = self.canv
        name = f"planner-qr-{self.width:.2f}-{self.value.encode('utf-8').hex()}"
        if not canvas.hasForm(name):
            canvas.beginForm(name, lowerx=0, lowery=0, upperx=self.width, uppery=self.height)
            self._draw_modules()
            canvas.endForm()
        canvas.doForm(name)

    def _draw_modules(self) -> None:
        modules = qr_modules(self.value)
        box = self.width / (len(modules) + 2 * self.QUIET)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        for r, row in enumerate(modules):
            y = self.height - (r + self.QUIET + 1) * box
            c = 0
            for dark, run in groupby(row):
                n = len(list(run))
                if dark:
                    # a hair taller than a module, so that rows leave no seams
                    path.rect((c + self.QUIET) * box, y, n * box, box * 1.05)
                c += n
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


def session_story(sheet: ActivitySheet, slot: SessionSlot, width: float) -> list[Flowable]:
    """The sign-in sheet of one session."""
    story: list[Flowable] = [
        para(f"{sheet.code} {sheet.title}", HEADING),
        para(
            _("Session {n} of {count}: {when}").format(
                n=slot.number, count=len(sheet.sessions), when=session_when(slot)
            )
            + (f" \u00b7 {sheet.venue}" if sheet.venue else ""),
            SESSION_LINE,
        ),
        para(activity_line(sheet), SMALL),
        Spacer(1, 2 * mm),
    ]
    if not sheet.groups:
        story.append(para(_("No participant is enrolled."), BODY))
        return story
    signature_w = width - NO_W - CODE_W - QR_W - NAME_W - POSITION_W
    header = [
        _("No."),
        _("Code"),
        "",
        _("Name"),
        _("Position"),
        _("Signature, {day}").format(day=f"{slot.day.isoformat()}"),
    ]
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
                    "",
                ]
            )
        groups.append((group_heading(group), rows))
    story += grouped_table(
        header,
        groups,
        [NO_W, CODE_W, QR_W, NAME_W, POSITION_W, signature_w],
        numeric_cols={0},
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        para(
            ngettext(
                "{n} participant enrolled. Sign once, on arrival.",
                "{n} participants enrolled. Sign once, on arrival.",
                counter,
            ).format(n=counter),
            SMALL,
        )
    )
    return story


def build_story(sheet: ActivitySheet, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for slot in sheet.sessions:
        if story:
            story.append(PageBreak())
        story += session_story(sheet, slot, width)
    return story


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    today: date | None = None,
) -> bytes:
    """The sign-in sheets of ``activity``'s sessions (``year`` is not used)."""
    if not activity:
        raise PlannerError("sign-in sheets are for one activity: give its code")
    (sheet,) = activity_sheets(session, plan_id, activity=activity)
    if not sheet.sessions:
        raise PlannerError(f"{activity} has no sessions yet: there is nothing to sign in to")
    out = BytesIO()
    build_pdf(
        out,
        build_story(sheet, frame_width(landscape=False)),
        title=_("Sign-in sheet: {code}").format(code=sheet.code),
        header_right=sheet.plan,
        footer_left=_("Printed {date}").format(date=(today or date.today()).isoformat()),
        author=sheet.owner,
        subject=_("Sign-in sheets of {code}").format(code=sheet.code),
    )
    return out.getvalue()
