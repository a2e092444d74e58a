"""``planner report KIND``: every report, and certificates issued as they print."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from planner.commands.common import (
    REPORT_LANGUAGES,
    AddCommand,
    Handler,
    UsageError,
    database_path,
    date_arg,
    open_db,
    output,
    set_language,
    write,
)
from planner.errors import PlannerError
from planner.i18n import _

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.store.readonly import Reads

REPORT_KINDS = (
    "budget",
    "cost-effectiveness",
    "attendance",
    "plan",
    "sign-in",
    "certificates",
    "transcript",
    "results",
)
FORMATS = ("pdf", "csv", "xlsx")


def register(command: AddCommand) -> dict[str, Handler]:
    p = command("report", "write a report")
    p.add_argument("kind", choices=REPORT_KINDS)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--plan")
    p.add_argument("--year", type=int)
    p.add_argument("--activity")
    p.add_argument("--format", choices=FORMATS)
    p.add_argument(
        "--issued-on",
        type=date_arg,
        help="certificates: the issue date of those issued now (default: the activity's end)",
    )
    p.add_argument("--participant", help="transcript: the participant's ref")
    p.add_argument("--walk-in-rows", type=int, default=5, help="sign-in: blank rows (default 5)")
    p.add_argument(
        "--half-days", action="store_true", help="sign-in: morning and afternoon columns"
    )
    p.add_argument(
        "--as-of",
        type=date_arg,
        help="budget: count only the payments dated on or before this day (YYYY-MM-DD)",
    )
    p.add_argument(
        "--baseline",
        metavar="NAME",
        help="budget PDF or XLSX: the baseline to set against the current budget "
        "(default: the newest)",
    )
    p.add_argument(
        "--by",
        choices=("funding-source",),
        help="budget CSV: one row per funding source and year instead of per line",
    )
    p.add_argument(
        "--lang",
        choices=REPORT_LANGUAGES,
        help="the report's language (default: yours); bilingual: Chinese with English, "
        "for certificates, budget and cost-effectiveness PDFs",
    )
    return {"report": _report}


def _report(args: argparse.Namespace) -> int:
    from planner.outputs import format_of
    from planner.reports.registry import (
        BILINGUAL_REPORTS,
        NEEDS_ACTIVITY,
        light_renderer,
        renderer,
    )
    from planner.services.which_plan import choose_plan

    fmt = args.format or format_of(args.output)
    if fmt not in FORMATS:
        raise UsageError(
            _("cannot tell the format from {name!r}; give --format").format(name=args.output.name)
        )
    if args.kind in NEEDS_ACTIVITY and not args.activity:
        raise UsageError(
            _("the {kind} report is about one activity: give --activity CODE").format(
                kind=args.kind
            )
        )
    if args.as_of is not None and args.kind != "budget":
        raise UsageError(_("--as-of is for the budget report only"))
    if args.baseline is not None and (args.kind != "budget" or fmt == "csv"):
        raise UsageError(_("--baseline is for the budget report as PDF or XLSX only"))
    if args.by is not None and (args.kind != "budget" or fmt != "csv"):
        raise UsageError(_("--by funding-source is for the budget report as CSV only"))
    if args.by is not None and args.activity is not None:
        raise UsageError(_("--by funding-source is about whole years: leave out --activity"))
    if args.lang == "bilingual" and (args.kind, fmt) not in BILINGUAL_REPORTS:
        raise UsageError(
            _(
                "--lang bilingual is for the certificates, budget and cost-effectiveness "
                "reports as PDF"
            )
        )
    set_language(args)
    if args.kind == "transcript":
        return _transcript(args, fmt)
    render = renderer(args.kind, fmt)
    light = light_renderer(args.kind, fmt)
    extra: dict[str, object] = {} if args.as_of is None else {"as_of": args.as_of}
    if args.by is not None:
        extra["by"] = args.by
    if args.baseline is not None:
        extra["baseline"] = args.baseline
    output(args, fmt)
    if args.kind == "certificates":
        return _issue_certificates(args)

    def work(s: Reads) -> bytes:
        plan = choose_plan(s, args.plan)
        if args.year is not None and not plan.start_year <= args.year <= plan.last_year:
            raise PlannerError(
                _("{year} is outside the plan's years {start_year}-{last}").format(
                    year=args.year, start_year=plan.start_year, last=plan.last_year
                )
            )
        if light is not None:
            return light(s, plan.id, year=args.year, activity=args.activity, **extra)
        session = cast("Session", s)  # only the light renderers are handed the read handle
        if args.kind == "sign-in":
            from planner.reports import signin_pdf

            return signin_pdf.render(
                session,
                plan.id,
                activity=args.activity,
                walk_ins=args.walk_in_rows,
                half_days=args.half_days,
            )
        return render(session, plan.id, year=args.year, activity=args.activity, **extra)

    write(args, _read(args, work, light=light is not None))
    return 0


def _read(args: argparse.Namespace, work: Callable[[Reads], bytes], *, light: bool) -> bytes:
    """``work`` done on the database open for reading.

    ``light``: through :mod:`planner.store.readonly` (without SQLAlchemy) when the file
    is the usual case; else, and whenever that route meets an SQLite error, through
    the usual open and a unit of work, which refuse with their own words.
    """
    if light:
        from planner.store.readonly import open_readonly

        handle = open_readonly(database_path(args))
        if handle is not None:
            try:
                with handle:
                    return work(handle)
            except sqlite3.Error:
                pass  # read again the usual way, which says what is wrong
    from planner.store import unit_of_work

    with open_db(args, readonly=True) as db, unit_of_work(db) as s:
        return work(s)


def _transcript(args: argparse.Namespace, fmt: str) -> int:
    from planner.reports import transcript_report
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    if not args.participant:
        raise UsageError(_("the transcript is about one person: give --participant REF"))
    if fmt not in ("pdf", "csv"):
        raise PlannerError(
            _("the transcript report comes as csv, pdf, not as {fmt}").format(fmt=fmt)
        )
    output(args, fmt)
    with open_db(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        data = transcript_report.render(s, plan.id, participant=args.participant, fmt=fmt)
    write(args, data)
    return 0


def _issue_certificates(args: argparse.Namespace) -> int:
    """Certificates are issued into the register as they are printed: one recorded
    change, which the window can undo."""
    from planner.reports import certificates_pdf
    from planner.services.journal import recorded
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    with open_db(args) as db:
        with unit_of_work(db) as s:
            plan = resolve_plan(s, args.plan)
            assert plan.id is not None
            plan_id = plan.id
        with recorded(db, f"Issued the certificates of {args.activity}", plan_id=plan_id) as s:
            data = certificates_pdf.render(
                s, plan_id, activity=args.activity, issued_on=args.issued_on
            )
    write(args, data)
    return 0
