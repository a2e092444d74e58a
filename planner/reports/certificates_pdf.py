"""Certificates: one A4 landscape page per completer of an activity.

A course's completers get a certificate of completion, a symposium's delegates
one of participation. Each page names the plan's owner, the participant (in
Latin letters and in the participant's own script), the administration, the
activity, its dates, venue and hours (学时), the sessions attended, the
certificate's number and issue date from the register
(:mod:`planner.services.certificate_register`), the signatory's name and title
beside a place for the seal, and the verification code in words and as a QR
code, to be confirmed with ``planner verify CODE``.

A certificate is not a report page, so it has its own page template (a double
border, no running header or page numbers); its text goes through the same
escaped, script-aware paragraphs as every other PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlmodel import Session, select

from planner.errors import PlannerError
from planner.i18n import _, bilingual, both, english_part, flat, shown, shown_optional
from planner.models import Activity, Administration, Plan
from planner.reports.common import CREATOR, INK, MUTED, para
from planner.reports.fonts import BASE_BOLD, BASE_FONT, register_fonts
from planner.reports.formats import Formats, report_locale
from planner.reports.signin_pdf import QrCodeBox
from planner.services.certificate_register import (
    PARTICIPATION,
    IssuedCertificate,
    issue_certificates,
)

PAGE = landscape(A4)
BORDER = 10 * mm  # from the paper's edge to the outer line
INNER = 2.2 * mm  # between the outer and the inner line
PADDING = 14 * mm  # between the inner line and the text
ACCENT = colors.HexColor("#1f4e5f")
GOLD = colors.HexColor("#b08d57")
QR = 24 * mm  # a version-2 code of 0.68 mm modules (4 x 1/150 inch): 22.4 mm square


def _style(name: str, size: float, *, bold: bool = False, **extra: Any) -> ParagraphStyle:
    attributes: dict[str, Any] = {
        "fontName": BASE_BOLD if bold else BASE_FONT,
        "fontSize": size,
        "leading": round(size * 1.3, 1),
        "textColor": INK,
        "alignment": TA_CENTER,
        **extra,
        "shaping": 1,
    }
    return ParagraphStyle(name, **attributes)


OWNER = _style("CertOwner", 13, bold=True, textColor=ACCENT, spaceAfter=1 * mm)
PLAN = _style("CertPlan", 9.5, textColor=MUTED)
TITLE = _style("CertTitle", 30, bold=True, textColor=ACCENT, spaceBefore=7 * mm, spaceAfter=5 * mm)
LEAD = _style("CertLead", 11, textColor=MUTED, spaceAfter=3 * mm)
NAME = _style("CertName", 26, bold=True, leading=33)
NATIVE = _style("CertNative", 21, leading=32, spaceBefore=1 * mm)
ADMIN = _style("CertAdmin", 12, spaceBefore=3 * mm, spaceAfter=4 * mm)
ACTIVITY = _style("CertActivity", 16, bold=True, spaceBefore=1 * mm, spaceAfter=2 * mm)
DETAILS = _style("CertDetails", 11)
FOOT_LEFT = _style("CertFootLeft", 9.5, alignment=TA_LEFT)
FOOT_RIGHT = _style("CertFootRight", 9.5, alignment=TA_RIGHT)
SIGNATORY = _style("CertSignatory", 10.5, bold=True, alignment=TA_LEFT)
SEAL_TEXT = _style("CertSeal", 8, textColor=MUTED)
NUMBER = _style("CertNumber", 9.5, alignment=TA_LEFT, textColor=MUTED)
CODE = _style("CertCode", 14, bold=True, alignment=TA_RIGHT, textColor=ACCENT)
SEAL = 26 * mm
HINT = _style("CertHint", 8.5, alignment=TA_RIGHT, textColor=MUTED)


def _chinese_formats() -> Formats | None:
    """A Chinese certificate writes its dates the Chinese way (2027年3月8日至12日)."""
    loc = report_locale()
    return Formats(loc) if loc.startswith("zh") else None


def _long_date(day: date) -> str:
    chinese = _chinese_formats()
    if chinese is not None:
        return both(chinese.day(day), _english_date(day)) if bilingual() else chinese.day(day)
    return _english_date(day)


def _english_date(day: date) -> str:
    """``2 October 2028``, its month name translated (English in a bilingual one)."""
    months = (
        _("January"),
        _("February"),
        _("March"),
        _("April"),
        _("May"),
        _("June"),
        _("July"),
        _("August"),
        _("September"),
        _("October"),
        _("November"),
        _("December"),
    )
    return f"{day.day} {english_part(months[day.month - 1])} {day.year}"


def _dates(start: date, end: date) -> str:
    """``2 October 2028``, ``2-11 October 2028``, ``28 September - 3 October 2028``."""
    chinese = _chinese_formats()
    if chinese is not None:
        period = chinese.period(start, end)
        return both(period, _english_dates(start, end)) if bilingual() else period
    return _english_dates(start, end)


def _english_dates(start: date, end: date) -> str:
    if start == end:
        return _english_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{_english_date(end)}"
    if start.year == end.year:
        return f"{_english_date(start).removesuffix(f' {start.year}')} \u2013 {_english_date(end)}"
    return f"{_english_date(start)} \u2013 {_english_date(end)}"


class SealPlace(Flowable):
    """A dashed circle marking where the seal goes."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.6)
        canvas.setDash(2, 2)
        r = self.width / 2
        canvas.circle(r, r, r - 1, stroke=1, fill=0)
        canvas.restoreState()
        label = para(_("Seal"), SEAL_TEXT)
        w, h = label.wrap(self.width, self.height)
        label.drawOn(canvas, (self.width - w) / 2, r - h / 2)


def _hours(hours: Decimal) -> str:
    return _("{hours} hours").format(hours=f"{hours.normalize():f}")


#: the steps by which the body's type is made smaller to fit, and its spaces tighter
STEPS = (1.0, 0.92, 0.84, 0.76, 0.68, 0.6, 0.52, 0.44)
#: the smallest each line is made to fit (points): the title and the person's name
#: stay the largest, no line goes below 9 points (its English beneath, 7.5)
SMALLEST = {"CertTitle": 18.0, "CertName": 16.0, "CertNative": 14.0, "CertActivity": 11.0}


def _smaller(style: ParagraphStyle, factor: float) -> ParagraphStyle:
    """``style`` with its size times ``factor``, never below its SMALLEST (nor above
    its own size), and its spaces times ``factor``."""
    if factor == 1.0:
        return style
    least = min(style.fontSize, SMALLEST.get(style.name, 9.0))
    size = max(style.fontSize * factor, least)
    return ParagraphStyle(
        f"{style.name}{factor}",
        parent=style,
        fontSize=size,
        leading=style.leading * size / style.fontSize,
        spaceBefore=style.spaceBefore * factor,
        spaceAfter=style.spaceAfter * factor,
    )


def _lead(text: str) -> str:
    """A short line ("兹证明", the number, the issue date): in a bilingual certificate
    on one line with its English, not two, to leave room for the names."""
    return flat(text, "  ") if bilingual() else text


def _body(cert: IssuedCertificate, factor: float) -> list[Flowable]:
    """What a certificate says above its footer, its large type times ``factor``."""
    participation = cert.kind == PARTICIPATION

    def line(text: str, style: ParagraphStyle) -> Flowable:
        return para(text, _smaller(style, factor))

    body: list[Flowable] = []
    if cert.owner:
        body.append(line(cert.owner, OWNER))
    body += [
        line(cert.plan, PLAN),
        line(
            _("Certificate of participation") if participation else _("Certificate of completion"),
            TITLE,
        ),
        line(_lead(_("This is to certify that")), LEAD),
        line(cert.name, NAME),
    ]
    if cert.native_name and cert.native_name.strip() != cert.name.strip():
        body.append(line(cert.native_name, NATIVE))
    body += [
        line(cert.administration_name, ADMIN),
        line(_lead(_("has participated in") if participation else _("has completed")), LEAD),
        line(cert.title, ACTIVITY),
        line(
            " \u00b7 ".join(
                [
                    cert.activity,
                    _dates(cert.start, cert.end),
                    *([cert.venue] if cert.venue else []),
                ]
            ),
            DETAILS,
        ),
        line(
            _("attending {attended} of {sessions} sessions").format(
                attended=cert.attended, sessions=cert.sessions
            )
            + " \u00b7 "
            + _hours(cert.hours),
            DETAILS,
        ),
    ]
    return body


def _height(flowables: Sequence[Flowable], width: float, room: float) -> float:
    total = 0.0
    for f in flowables:
        total += float(f.wrap(width, room)[1]) + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _fitted_body(cert: IssuedCertificate, width: float, room: float) -> list[Flowable]:
    """The body at the largest step that fits ``room``: long names in two languages
    make the type smaller, never below SMALLEST (a last resort, KeepInFrame, shrinks
    what still does not fit)."""
    for factor in STEPS:
        body = _body(cert, factor)
        if _height(body, width, room) <= room:
            return body
    return body


def _certificate(cert: IssuedCertificate, width: float, height: float) -> list[Flowable]:
    foot_w = (width - QR - 6 * mm) / 2
    sign_w = min(foot_w - SEAL - 4 * mm, 70 * mm)
    signer = [para(cert.signatory_name or cert.owner or cert.plan, SIGNATORY)]
    if cert.signatory_title:
        signer.append(para(cert.signatory_title, FOOT_LEFT))
    signature = Table(
        [["", SealPlace(SEAL)], [signer, ""]],
        colWidths=[sign_w, SEAL + 4 * mm],
        rowHeights=[SEAL - 6 * mm, None],
        hAlign="LEFT",
    )
    signature.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),
                ("LINEBELOW", (0, 0), (0, 0), 0.6, INK),
                ("SPAN", (1, 0), (1, 1)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (0, 1), 2),
            ]
        )
    )
    left = [
        para(_lead(_("Certificate No. {number}").format(number=cert.number)), NUMBER),
        para(_lead(_("Issued on {date}").format(date=_long_date(cert.issued_on))), FOOT_LEFT),
        signature,
    ]
    right = [
        para(_("Verification code"), HINT),
        para(cert.code, CODE),
        para(_("verify with: planner verify {code}").format(code=cert.code), HINT),
    ]
    foot = Table(
        [[left, right, QrCodeBox(cert.code, QR)]],
        colWidths=[foot_w, foot_w, QR + 6 * mm],
    )
    foot.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (2, 0), (2, 0), 6 * mm),
            ]
        )
    )
    foot_h = foot.wrap(width, height)[1]
    # The body is centred in the room above the footer, made smaller if names are long.
    room = height - foot_h - 4 * mm
    body = _fitted_body(cert, width, room)
    body_box = Table(
        [[KeepInFrame(width, room, body, mode="shrink")]],
        colWidths=[width],
        rowHeights=[height - foot_h - 4 * mm],
    )
    body_box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [body_box, Spacer(1, 4 * mm), foot]


def _border(canvas: Canvas, doc: BaseDocTemplate) -> None:
    width, height = PAGE
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2)
    canvas.rect(BORDER, BORDER, width - 2 * BORDER, height - 2 * BORDER)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    inset = BORDER + INNER
    canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset)
    canvas.restoreState()


def build_certificates(target: Any, certs: Sequence[IssuedCertificate]) -> int:
    """Write one page per certificate to ``target``; returns the page count."""
    register_fonts()
    width, height = PAGE
    margin = BORDER + INNER + PADDING
    frame = Frame(
        margin,
        margin,
        width - 2 * margin,
        height - 2 * margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="certificate",
    )
    first = certs[0] if certs else None
    doc = BaseDocTemplate(
        target,
        pagesize=PAGE,
        pageTemplates=[PageTemplate(id="certificate", frames=[frame], onPage=_border)],
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=_("Certificates: {code}").format(code=first.activity) if first else "",
        author=first.owner if first else "",
        subject=first.title if first else "",
        creator=CREATOR,
        initialFontName=BASE_FONT,
        initialFontSize=10,
    )
    story: list[Flowable] = []
    for cert in certs:
        if story:
            story.append(PageBreak())
        story += _certificate(cert, frame._width, frame._height)
    doc.build(story)
    return int(doc.page)


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    today: date | None = None,
    issued_on: date | None = None,
) -> bytes:
    """The certificates of ``activity``'s completers (``year`` and ``today`` are not
    used: a certificate carries its issue date). Issues, in the register, those not
    yet issued (dated ``issued_on``, by default the activity's end date), so the
    session must be writable, and recorded by the caller to be undoable."""
    if not activity:
        raise PlannerError(_("certificates are for one activity: give its code"))
    certs = issue_certificates(session, plan_id, activity, issued_on=issued_on)
    if certs:
        certs = _names_shown(session, plan_id, certs)
    out = BytesIO()
    build_certificates(out, certs)
    return out.getvalue()


def _names_shown(
    session: Session, plan_id: int, certs: list[IssuedCertificate]
) -> list[IssuedCertificate]:
    """The certificates with the names planner.i18n.shown() picks for the report's
    language (the register and the verification codes keep the stored names)."""
    plan = session.get(Plan, plan_id)
    assert plan is not None
    act = session.exec(
        select(Activity).where(Activity.plan_id == plan_id, Activity.code == certs[0].activity)
    ).one()
    admins = {
        a.code: a.name_zh
        for a in session.exec(select(Administration).where(Administration.plan_id == plan_id))
    }
    return [
        replace(
            c,
            plan=shown(c.plan, plan.name_zh),
            owner=shown(c.owner, plan.owner_zh),
            title=shown(c.title, act.title_zh),
            venue=shown_optional(c.venue, act.venue_zh),
            administration_name=shown(c.administration_name, admins.get(c.administration)),
        )
        for c in certs
    ]
