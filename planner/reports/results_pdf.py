"""The results PDF (``planner report results``): page 1 tells whether the plan is
on track, then the logframe with baseline, targets and actuals per year and a
traffic light each, reach and learning by sex and by delivery mode, and a chart
per indicator. Everything shown is gathered by :mod:`planner.reports.results_data`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer, Table
from sqlmodel import Session

from planner import display
from planner.i18n import _, in_chinese
from planner.reports.common import BODY, FRAME_WIDTH, HEADING, SMALL, TITLE, build_pdf, para
from planner.reports.compact import CELL_SIZE, Stack, cell, compact_table, note
from planner.reports.drawn_text import new_drawing, text, text_width
from planner.reports.fonts import BASE_FONT
from planner.reports.formats import Formats, report_locale
from planner.reports.results_chart import light, status_color
from planner.reports.results_data import (
    ResultsReport,
    gather,
    kind_of,
    level_names,
    status_names,
)
from planner.reports.results_pages import breakdowns, charts, follow_up
from planner.services.indicators import Evaluated, YearValue

#: Tables' own font (ReportLab's default is Helvetica, which is not embedded).
FONT = ("FONTNAME", (0, 0), (-1, -1), BASE_FONT)
VERDICT = ParagraphStyle("ResultsVerdict", parent=BODY, fontSize=16, leading=20, spaceAfter=4)
#: The order of page one's table: what needs attention first.
SEVERITY = {"off_track": 0, "at_risk": 1, "on_track": 2, None: 3}


def _prose(style: ParagraphStyle) -> ParagraphStyle:
    """``style``, wrapping Chinese between any two characters (ReportLab otherwise
    breaks lines at spaces only, and a Chinese sentence has none)."""
    if not in_chinese():
        return style
    return ParagraphStyle(f"{style.name}CJK", parent=style, wordWrap="CJK")


def _status_of(e: Evaluated) -> str | None:
    latest = e.latest
    return None if latest is None else latest.status


def _about(e: Evaluated) -> str:
    """The line under an indicator's code: its name, unit and (when lower values
    are better, which a reader cannot guess from the numbers) its direction."""
    i = e.indicator
    parts = [i.shown_name]
    if i.unit and kind_of(e) != "rate":
        parts.append(i.shown_unit)
    if i.direction == "lower":
        parts.append(_("lower is better"))
    return " · ".join(parts)


def attention(r: ResultsReport) -> str | None:
    """The sentence naming the indicators off track and at risk, or None."""
    off = [e.indicator.code for e in r.indicators if _status_of(e) == "off_track"]
    risk = [e.indicator.code for e in r.indicators if _status_of(e) == "at_risk"]
    comma, semicolon = ("、", "；") if in_chinese() else (", ", "; ")
    parts = []
    if off:
        parts.append(_("off track: {codes}").format(codes=comma.join(off)))
    if risk:
        parts.append(_("at risk: {codes}").format(codes=comma.join(risk)))
    if not parts:
        return None
    return _("Needing attention, {list}.").format(list=semicolon.join(parts))


def shown(fmt: Formats, e: Evaluated, value: Decimal | None) -> str:
    """A value of indicator ``e`` as the reader reads it."""
    kind = kind_of(e)
    if kind == "rate":
        return fmt.rate(value)
    if kind == "money":
        return fmt.money(value)
    if value is not None and value == value.to_integral_value():
        return fmt.count(int(value))
    return fmt.number(value)


class _Lit(Flowable):
    """A traffic light and its text on one line, drawn directly (a nested table per
    cell made the logframe of a large framework slow). Set like a compact table's
    cell (same size and baseline), smaller where the text would not fit; with
    ``right``, light and text end at the cell's right edge, as its column's
    figures do."""

    SIZE = 7.0
    GAP = 3.0

    def __init__(self, status: str | None, text: str, *, right: bool = False) -> None:
        super().__init__()
        self.status, self.text, self.right = status, text, right

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, CELL_SIZE * 1.2
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        room = max(self.width - self.SIZE - self.GAP, 1)
        size = CELL_SIZE
        natural = text_width(self.text, size)
        if natural > room:
            size *= room / natural
        shown_w = text_width(self.text, size)
        left = self.width - shown_w - self.SIZE - self.GAP if self.right else 0.0
        baseline = self.height - CELL_SIZE * 0.93
        c.setFillColor(status_color(self.status))
        r = self.SIZE / 2 - 0.5
        c.circle(left + self.SIZE / 2, baseline + CELL_SIZE * 0.36, r, stroke=0, fill=1)
        d = new_drawing(max(shown_w, 1), self.height)
        d.add(text(self.text, 0, baseline, size))
        d.drawOn(c, left + self.SIZE + self.GAP, 0)


def _lit(status: str | None, text: str, *, right: bool = False) -> Flowable:
    return _Lit(status, text, right=right)


def first_page(fmt: Formats, r: ResultsReport) -> list[Flowable]:
    v = r.verdict
    names = status_names()
    n = v.on_track + v.at_risk + v.off_track
    if v.status is None:
        headline = _("No indicator has an actual value yet: the plan cannot be judged.")
    else:
        headline = {
            "on_track": _("The plan is on track."),
            "at_risk": _("The plan is at risk."),
            "off_track": _("The plan is off track."),
        }[v.status]
    story: list[Flowable] = [
        para(_("Results: is the plan on track?"), TITLE),
        Table(
            [[light(v.status, 16), para(headline, _prose(VERDICT))]],
            colWidths=[22, FRAME_WIDTH - 22],
            hAlign="LEFT",
            style=[
                FONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ],
        ),
        para(
            (
                _(
                    "Of {n} indicators with a status in their latest year, {on} are on track, "
                    "{risk} at risk and {off} off track; {none} have no status yet. The plan is "
                    "on track when at least four in five of them are on track, at risk when at "
                    "least four in five are on track or at risk."
                )
                if v.without
                else _(
                    "Of {n} indicators with a status in their latest year, {on} are on track, "
                    "{risk} at risk and {off} off track. The plan is on track when at least "
                    "four in five of them are on track, at risk when at least four in five are "
                    "on track or at risk."
                )
            ).format(n=n, on=v.on_track, risk=v.at_risk, off=v.off_track, none=v.without),
            _prose(BODY),
        ),
    ]
    needing = attention(r)
    if needing is not None:
        story.append(para(needing, _prose(BODY)))
    rows = []
    for e in sorted(r.indicators, key=lambda e: SEVERITY[_status_of(e)]):
        latest = e.latest
        last = latest or _last_actual(e)
        rows.append(
            [
                _lit(latest.status if latest else None, names[latest.status if latest else None]),
                Stack([cell(e.indicator.code, bold=True), note(_about(e))]),
                cell(str(last.year) if last else display.NA),
                cell(shown(fmt, e, Decimal(e.indicator.baseline)), right=True),
                cell(shown(fmt, e, last.target if last else None), right=True),
                cell(shown(fmt, e, last.actual if last else None), right=True),
                cell(fmt.rate(last.progress if last else None), right=True),
            ]
        )
    story += compact_table(
        [
            _("Status"),
            _("Indicator"),
            _("Year"),
            _("Baseline"),
            _("Target"),
            _("Actual"),
            _("Progress"),
        ],
        rows,
        [80, FRAME_WIDTH - 80 - 40 - 4 * 70, 40, 70, 70, 70, 70],
        frozenset({3, 4, 5, 6}),
    )
    story += [Spacer(1, 8), *reach_tiles(fmt, r)]
    return story


def _last_actual(e: Evaluated) -> YearValue | None:
    found = [y for y in e.years if y.actual is not None]
    return found[-1] if found else None


def reach_tiles(fmt: Formats, r: ResultsReport) -> list[Flowable]:
    g = r.plan
    f = g.figures
    pairs = [
        (_("People reached"), fmt.count(g.people_reached)),
        (_("Participations"), fmt.count(f.participants)),
        (_("Partner participations"), fmt.count(g.partner_participations)),
        (_("Host participations"), fmt.count(g.host_participations)),
        (_("Completers"), fmt.count(f.completers)),
        (
            _("Normalised gain"),
            _("{value} (n = {n})").format(
                value=fmt.rate(g.normalised_gain), n=g.normalised_gain_respondents
            ),
        ),
        (
            _("Cost per learning-gain point"),
            fmt.money(g.cost_per_gain_point)
            + ("" if g.cost_per_gain_point is None else f" {r.base_currency}"),
        ),
        (
            _("Application rate"),
            _("{value} (n = {n})").format(
                value=fmt.rate(g.application_rate), n=g.application_respondents
            ),
        ),
        (_("Follow-up coverage"), fmt.rate(g.follow_up_coverage)),
    ]
    cells = [Stack([note(label), cell(value, bold=True)]) for label, value in pairs]
    t = Table(
        [cells], colWidths=[FRAME_WIDTH / len(cells)] * len(cells), hAlign="LEFT", style=[FONT]
    )
    return [para(_("Reach, learning and application (whole plan)"), HEADING), t]


def results_page(fmt: Formats, r: ResultsReport) -> list[Flowable]:
    """The page of the cost-effectiveness PDF on the results framework and reach:
    the first page of the results PDF, for the whole plan."""
    return [*first_page(fmt, r), PageBreak()]


def logframe(fmt: Formats, r: ResultsReport) -> list[Flowable]:
    story: list[Flowable] = [para(_("Logframe: targets and actuals per year"), HEADING)]
    story.append(
        para(
            _(
                "Each year shows target / actual and the status: progress = (actual - "
                "baseline) / (target - baseline); on track when it reaches 1, at risk from "
                "0.8, off track below."
            ),
            SMALL,
        )
    )
    levels = level_names()
    year_w = 86.0
    first_w = FRAME_WIDTH - 60 - 62 - year_w * len(r.years)
    header = [_("Result and indicator"), _("Unit"), _("Baseline"), *[str(y) for y in r.years]]
    rows: list[list[Flowable]] = []
    for b in r.blocks:
        if b.result is None:
            title = _("Indicators of the whole plan")
        else:
            title = f"{levels[b.result.level]} {b.result.code}: {b.result.shown_title}"
        rows.append(
            [
                para(("    " * b.depth) + title, _prose(SMALL)),
                cell(""),
                cell(""),
                *[cell("") for _y in r.years],
            ]
        )
        for e in b.indicators:
            i = e.indicator
            rows.append(
                [
                    Stack([cell(i.code, bold=True), note(i.shown_name)]),
                    note(i.shown_unit),
                    cell(f"{shown(fmt, e, Decimal(i.baseline))} ({i.baseline_year})", right=True),
                    *[_year_cell(fmt, e, y) for y in e.years],
                ]
            )
    story += compact_table(
        header,
        rows,
        [first_w, 60, 62, *[year_w] * len(r.years)],
        frozenset(range(2, 3 + len(r.years))),
    )
    return story


#: Shown for a target or an actual there is none of (yet); "n/a" says a figure
#: divides by zero (the methodology annex), which a year still to come does not.
NONE_YET = "\u2013"


def _year_cell(fmt: Formats, e: Evaluated, y: YearValue) -> Flowable:
    target = NONE_YET if y.target is None else shown(fmt, e, y.target)
    actual = NONE_YET if y.actual is None else shown(fmt, e, y.actual)
    text = f"{target} / {actual}"
    if y.status is None:
        return cell(text, right=True)
    return _lit(y.status, text, right=True)


def build(r: ResultsReport, *, generated: date | None = None, locale: str | None = None) -> bytes:
    fmt = Formats(locale or report_locale())
    generated = generated or date.today()
    story: list[Flowable] = [
        *first_page(fmt, r),
        PageBreak(),
        *logframe(fmt, r),
        *breakdowns(fmt, r),
        *follow_up(fmt, r),
        *charts(fmt, r),
    ]
    out = BytesIO()
    build_pdf(
        out,
        story,
        title=_("Results report"),
        header_right=r.plan_name,
        footer_left=_("Generated on {date}").format(date=fmt.day(generated)),
        author=r.owner,
        subject=r.plan_name,
        landscape=True,
    )
    return out.getvalue()


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
    locale: str | None = None,
) -> bytes:
    """The results PDF of a plan (the framework covers every year: ``year`` and
    ``activity`` do not narrow it)."""
    return build(gather(session, plan_id), generated=generated, locale=locale)


__all__ = ["build", "render", "status_color"]
