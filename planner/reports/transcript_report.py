"""A participant's transcript (``planner report transcript --participant REF``):
their activities, attendance, scores and certificates, as CSV or PDF.

The window calls :func:`render` with the format it wants."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlmodel import Session, select

from planner.display import percent
from planner.errors import PlannerError
from planner.i18n import _, shown
from planner.models import Activity, Administration, Plan
from planner.reports.common import BODY, HEADING, SMALL, build_pdf, data_table, para
from planner.reports.csv_reports import write_rows
from planner.reports.formatting import fraction
from planner.services.transcript import Transcript, TranscriptLine, transcript

CSV_COLUMNS = (
    "activity,title,kind,status,start,end,enrolment,sessions,attended,excused,"
    "attendance_rate,completed,hours,pre_score,post_score,satisfaction,"
    "certificate,issued_on,revoked_on"
).split(",")


def _completed(line: TranscriptLine) -> str:
    return "" if line.pending else "yes" if line.completed else "no"


def render_csv(data: Transcript) -> bytes:
    rows = []
    for t in data.lines:
        c = t.certificate
        rows.append(
            [
                t.activity,
                t.title,
                t.kind,
                t.status,
                t.start.isoformat(),
                t.end.isoformat(),
                t.enrolment,
                t.sessions,
                t.attended,
                t.excused,
                "" if t.pending else fraction(t.attendance_rate),
                _completed(t),
                f"{t.hours.normalize():f}",
                t.pre_score or "",
                t.post_score or "",
                t.satisfaction or "",
                c.number if c else "",
                c.issued_on.isoformat() if c else "",
                c.revoked_on.isoformat() if c and c.revoked_on else "",
            ]
        )
    return write_rows(CSV_COLUMNS, rows).encode("utf-8")


def _certificate(line: TranscriptLine) -> str:
    c = line.certificate
    if c is None:
        return ""
    text = f"{c.number}, {c.issued_on.isoformat()}"
    if c.revoked_on is not None:
        text += " " + _("(revoked {date})").format(date=c.revoked_on.isoformat())
    return text


def render_pdf(data: Transcript) -> bytes:
    story: list[Flowable] = [
        para(data.name, HEADING),
        *([para(data.native_name, BODY)] if data.native_name else []),
        para(
            " \u00b7 ".join(
                [
                    data.participant,
                    data.administration_name,
                    *([data.position] if data.position else []),
                ]
            ),
            BODY,
        ),
        Spacer(1, 3 * mm),
    ]
    if not data.lines:
        story.append(para(_("No enrolment yet."), BODY))
    else:
        header = [
            _("Activity"),
            _("Dates"),
            _("Attended"),
            _("Rate"),
            _("Completed"),
            _("Hours"),
            _("Scores (before, after)"),
            _("Certificate"),
        ]
        rows: list[list[str | Flowable]] = []
        for t in data.lines:
            scores = ", ".join(x or "\u2013" for x in (t.pre_score, t.post_score))
            rows.append(
                [
                    para(f"{t.activity} {t.title} ({_(t.status)})", BODY),
                    f"{t.start.isoformat()}\n{t.end.isoformat()}",
                    f"{t.attended} / {t.sessions}",
                    "\u2013" if t.pending else percent(t.attendance_rate),
                    _("pending") if t.pending else _("yes") if t.completed else _("no"),
                    f"{t.hours.normalize():f}",
                    scores if (t.pre_score or t.post_score) else "",
                    _certificate(t),
                ]
            )
        widths = [46 * mm, 21 * mm, 18 * mm, 15 * mm, 21 * mm, 14 * mm, 17 * mm, 28 * mm]
        story += data_table(header, rows, widths, numeric_cols={2, 3, 5})
        story.append(Spacer(1, 2 * mm))
        legend = _("Rate = attended / (sessions - excused); hours = attended x hours per session.")
        story.append(para(legend, SMALL))
    out = BytesIO()
    build_pdf(
        out,
        story,
        title=_("Transcript: {ref}").format(ref=data.participant),
        header_right=data.plan,
        author=data.owner,
        subject=_("Transcript of {name}").format(name=data.name),
    )
    return out.getvalue()


def render(session: Session, plan_id: int, *, participant: str, fmt: str = "pdf") -> bytes:
    """The transcript of the participant ``participant`` (their ref) as ``pdf`` or ``csv``."""
    if fmt not in ("pdf", "csv"):
        raise PlannerError(_("the transcript comes as pdf or csv, not as {fmt}").format(fmt=fmt))
    data = transcript(session, plan_id, participant)
    return render_pdf(_names_shown(session, plan_id, data)) if fmt == "pdf" else render_csv(data)


def _names_shown(session: Session, plan_id: int, data: Transcript) -> Transcript:
    """The PDF's plan, owner, administration and titles as planner.i18n.shown() picks
    them for its language (the CSV keeps the English names)."""
    plan = session.get(Plan, plan_id)
    assert plan is not None
    admin = session.exec(
        select(Administration.name_zh).where(
            Administration.plan_id == plan_id, Administration.code == data.administration
        )
    ).first()
    titles = dict(
        session.exec(
            select(Activity.code, Activity.title_zh).where(Activity.plan_id == plan_id)
        ).all()
    )
    return replace(
        data,
        plan=shown(data.plan, plan.name_zh),
        owner=shown(data.owner, plan.owner_zh),
        administration_name=shown(data.administration_name, admin),
        lines=tuple(replace(t, title=shown(t.title, titles.get(t.activity))) for t in data.lines),
    )
