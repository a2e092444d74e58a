"""Activities and what hangs off them: sessions, seat quotas and budget lines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from planner.errors import PlannerError, Problem, ValidationError
from planner.i18n import _
from planner.models import (
    Activity,
    Administration,
    BudgetLine,
    FundingSource,
    Mark,
    Plan,
    Quota,
    Theme,
    TrainingSession,
)
from planner.services import entities as E
from planner.services import exchange, payments, versions
from planner.services.cascade import refuse_foreign_rows
from planner.services.common import (
    activity_plan,
    admin_codes,
    checked,
    code_of,
    ensure_unique,
    get,
    horizon,
    source_codes,
    theme_codes,
)
from planner.services.rules import Checker

FIELDS = E.ACTIVITY_FIELDS


def fields_of(session: Session, activity: Activity) -> dict[str, Any]:
    """An activity's editable fields, as a form holds them."""
    return {
        "code": activity.code,
        "kind": activity.kind,
        "title": activity.title,
        "theme": code_of(session, Theme, activity.theme_id),
        "status": activity.status,
        "start": activity.start_date,
        "end": activity.end_date,
        "venue": activity.venue,
        "country": activity.country,
        "mode": activity.mode,
        "hours_per_session": activity.hours_per_session,
        "title_zh": activity.title_zh,
        "venue_zh": activity.venue_zh,
    }


def create_activity(
    session: Session, plan_id: int, *, activity_id: int | None = None, **fields: Any
) -> Activity:
    """A new activity; ``activity_id`` gives it a (free) number, as a redo does."""
    plan = get(session, Plan, plan_id, "plan")
    values = checked(E.activity_values, fields, horizon(plan), theme_codes(session, plan_id))
    ensure_unique(session, Activity, plan_id, "code", values["code"])
    activity = Activity(id=activity_id, plan_id=plan_id, **values)
    session.add(activity)
    session.flush()
    return activity


def update_activity(
    session: Session,
    activity_id: int,
    *,
    drop_sessions_outside: bool = False,
    seen: int | None = None,
    **changes: Any,
) -> Activity:
    """Change an activity's fields. Sessions that new dates would leave outside are
    refused, with their count of marks, unless ``drop_sessions_outside``. ``seen``:
    the version the form loaded (a newer one is refused, see services.versions)."""
    activity, plan = activity_plan(session, activity_id)
    versions.check(session, activity, seen, "activity")
    unknown = set(changes) - {*FIELDS, *E.SIGNATORY_FIELDS}
    if unknown:
        raise ValueError(f"unknown activity fields {sorted(unknown)}")
    values = checked(
        E.activity_values,
        {
            **fields_of(session, activity),
            # who signs its certificates: kept unless changed (the form does not show it)
            "signatory_name": activity.signatory_name,
            "signatory_title": activity.signatory_title,
            **changes,
        },
        horizon(plan),
        theme_codes(session, plan.id),  # type: ignore[arg-type]
    )
    ensure_unique(session, Activity, activity.plan_id, "code", values["code"], activity_id)
    outside = [
        s
        for s in sessions_of(session, activity_id)
        if not values["start_date"] <= date.fromisoformat(s.starts[:10]) <= values["end_date"]
    ]
    if outside:
        _refuse_sessions(session, activity, outside)
    if outside and not drop_sessions_outside:
        marks = _marks_on([s.id for s in outside if s.id is not None], session)
        raise SessionsOutside(len(outside), marks)
    for s in outside:
        session.delete(s)
    for key, value in values.items():
        setattr(activity, key, value)
    session.flush()
    return activity


class MarksWouldBeDropped(PlannerError):
    """Removing sessions would delete attendance marks; the caller must confirm."""

    def __init__(self, message: str, sessions: int, marks: int) -> None:
        super().__init__(message)
        self.sessions = sessions
        self.marks = marks


class SessionsOutside(PlannerError):
    """New dates would leave sessions (and their marks) outside the activity."""

    def __init__(self, sessions: int, marks: int) -> None:
        detail = f" holding {marks} attendance marks" if marks else ""
        super().__init__(
            f"{sessions} sessions{detail} fall outside the new dates; "
            "move them first or confirm that they are to be deleted"
        )
        self.sessions = sessions
        self.marks = marks


def _marks_on(session_ids: Sequence[int], session: Session) -> int:
    if not session_ids:
        return 0
    return int(
        session.exec(
            select(func.count()).select_from(Mark).where(Mark.session_id.in_(session_ids))  # type: ignore[attr-defined]
        ).one()
    )


def delete_activity(session: Session, activity_id: int) -> None:
    activity = get(session, Activity, activity_id, "activity")
    refuse_foreign_rows(session, "activity", [activity_id], activity.code)
    session.delete(activity)
    session.flush()


def _refuse_sessions(session: Session, activity: Activity, rows: Sequence[TrainingSession]) -> None:
    """Refused if removing the sessions ``rows`` would delete rows the login may not."""
    for row in rows:
        refuse_foreign_rows(
            session,
            "session",
            [row.id] if row.id is not None else [],
            _("the session on {starts} of {code}").format(starts=row.starts, code=activity.code),
        )


def snapshot(session: Session, activity_id: int) -> dict[str, Any]:
    """The activity with everything hanging off it, as an exchange-file object."""
    activity = get(session, Activity, activity_id, "activity")
    doc = exchange.export_document(session, activity.plan_id)
    return next(a for a in doc["activities"] if a["code"] == activity.code)


def restore(
    session: Session, plan_id: int, obj: dict[str, Any], activity_id: int | None = None
) -> Activity:
    """Bring back an activity from :func:`snapshot` (undo of a delete), under its
    old number ``activity_id`` if given."""
    doc = exchange.export_document(session, plan_id)
    if any(a["code"] == obj["code"] for a in doc["activities"]):
        raise PlannerError(_("an activity {value} already exists").format(value=obj["code"]))
    doc["activities"] = [obj]
    checked_doc = exchange.check_document(doc)
    if activity_id is not None and session.get(Activity, activity_id) is not None:
        activity_id = None
    exchange.write_activities(session, plan_id, checked_doc, activity_id=activity_id)
    session.expire_all()
    return session.exec(
        select(Activity).where(Activity.plan_id == plan_id, Activity.code == obj["code"])
    ).one()


# ------------------------------------------------------------ sessions
def sessions_of(session: Session, activity_id: int) -> list[TrainingSession]:
    return list(
        session.exec(
            select(TrainingSession)
            .where(TrainingSession.activity_id == activity_id)
            .order_by(TrainingSession.starts)  # type: ignore[arg-type]
        )
    )


def _check_sessions(activity: Activity, stamps: Sequence[Any]) -> list[str]:
    c = Checker(strict=False)
    out = E.session_values(c, list(stamps), "sessions", activity.start_date, activity.end_date)
    c.raise_if_any()
    return out


def set_sessions(
    session: Session, activity_id: int, stamps: Sequence[Any], *, drop_marks: bool = False
) -> list[TrainingSession]:
    """Make the activity's sessions exactly ``stamps`` (dates or date-times); sessions
    that stay keep their marks. Dropping sessions with marks needs ``drop_marks``."""
    activity = get(session, Activity, activity_id, "activity")
    wanted = _check_sessions(activity, stamps)
    existing = {s.starts: s for s in sessions_of(session, activity_id)}
    gone = [s for stamp, s in existing.items() if stamp not in wanted]
    _refuse_sessions(session, activity, gone)
    marks = _marks_on([s.id for s in gone if s.id is not None], session)
    if marks and not drop_marks:
        raise MarksWouldBeDropped(
            f"{len(gone)} sessions to be removed hold {marks} attendance marks; "
            "confirm that the marks are to be deleted",
            len(gone),
            marks,
        )
    for s in gone:
        session.delete(s)
    session.flush()
    for stamp in wanted:
        if stamp not in existing:
            session.add(TrainingSession(activity_id=activity_id, starts=stamp))
    session.flush()
    return sessions_of(session, activity_id)


def add_session(session: Session, activity_id: int, stamp: Any) -> TrainingSession:
    activity = get(session, Activity, activity_id, "activity")
    existing = [s.starts for s in sessions_of(session, activity_id)]
    (text,) = _check_sessions(activity, [stamp])
    if text in existing:
        raise ValidationError(
            [Problem("session", _("there is already a session on {text}").format(text=text))]
        )
    row = TrainingSession(activity_id=activity_id, starts=text)
    session.add(row)
    session.flush()
    return row


def move_session(session: Session, session_id: int, stamp: Any) -> TrainingSession:
    """Change one session's date or time; its marks move with it."""
    row = get(session, TrainingSession, session_id, "session")
    activity = get(session, Activity, row.activity_id, "activity")
    (text,) = _check_sessions(activity, [stamp])
    if text != row.starts and text in {s.starts for s in sessions_of(session, activity.id)}:  # type: ignore[arg-type]
        raise ValidationError(
            [Problem("session", _("there is already a session on {text}").format(text=text))]
        )
    row.starts = text
    session.flush()
    return row


def remove_session(session: Session, session_id: int, *, drop_marks: bool = False) -> None:
    row = get(session, TrainingSession, session_id, "session")
    _refuse_sessions(session, get(session, Activity, row.activity_id, "activity"), [row])
    marks = _marks_on([session_id], session)
    if marks and not drop_marks:
        raise MarksWouldBeDropped(
            f"the session on {row.starts} holds {marks} attendance marks; "
            "confirm that they are to be deleted",
            1,
            marks,
        )
    session.delete(row)
    session.flush()


# ------------------------------------------------------------ quotas
def set_quota(session: Session, activity_id: int, administration: str, seats: Any) -> Quota | None:
    """Set an administration's seats; ``None`` removes its quota."""
    activity = get(session, Activity, activity_id, "activity")
    admins = admin_codes(session, activity.plan_id)
    if seats is None:
        values = {
            "administration_id": E.ref(
                Checker(strict=False),
                {"administration": administration},
                "administration",
                "",
                admins,
                "administration code",
            )
        }
        if values["administration_id"] is None:
            raise ValidationError(
                [
                    Problem(
                        "administration",
                        _("{administration!r} is not a known administration code").format(
                            administration=administration
                        ),
                    )
                ]
            )
    else:
        values = checked(E.quota_values, {"administration": administration, "seats": seats}, admins)
    row = session.exec(
        select(Quota).where(
            Quota.activity_id == activity_id, Quota.administration_id == values["administration_id"]
        )
    ).first()
    if seats is None:
        if row is not None:
            session.delete(row)
            session.flush()
        return None
    if row is None:
        row = Quota(activity_id=activity_id, **values)  # type: ignore[arg-type]
        session.add(row)
    else:
        row.seats = values["seats"]  # type: ignore[assignment]
    session.flush()
    return row


def quotas_of(session: Session, activity_id: int) -> dict[str, int]:
    """administration code -> seats."""
    return {
        code: seats
        for code, seats in session.exec(
            select(Administration.code, Quota.seats)
            .join(Administration, Administration.id == Quota.administration_id)  # type: ignore[arg-type]
            .where(Quota.activity_id == activity_id)
            .order_by(Quota.id)  # type: ignore[arg-type]
        )
    }


# ------------------------------------------------------------ budget lines
LINE_FIELDS = ("category", "description", "currency", "planned", "actual", "funding_source")


def line_fields(session: Session, line: BudgetLine) -> dict[str, Any]:
    from planner.money import from_minor

    return {
        "category": line.category,
        "description": line.description,
        "currency": line.currency,
        "planned": from_minor(line.planned_minor, line.currency),
        "actual": payments.actual_of(session, line),
        "funding_source": code_of(session, FundingSource, line.funding_source_id),
    }


def _line_and_actual(c: Checker, obj: Any, path: str, sources: dict[str, int]) -> dict[str, Any]:
    """A line's fields, with its single actual amount (the sum of its payments)."""
    values = E.line_values(c, obj, path, sources)
    values["actual_minor"] = c.money(obj, "actual", path, values["currency"], nullable=True)
    return values


def add_budget_line(session: Session, activity_id: int, **fields: Any) -> BudgetLine:
    """A new line; an ``actual`` amount becomes its one undated payment."""
    activity = get(session, Activity, activity_id, "activity")
    values = checked(_line_and_actual, fields, source_codes(session, activity.plan_id))
    actual = values.pop("actual_minor")
    line = BudgetLine(activity_id=activity_id, **values)
    session.add(line)
    session.flush()
    payments.set_actual(session, line, actual, line.currency)
    return line


def update_budget_line(
    session: Session, line_id: int, *, seen: int | None = None, **changes: Any
) -> BudgetLine:
    """Change a line's fields (``seen``: the version the form loaded)."""
    line = get(session, BudgetLine, line_id, "budget line")
    versions.check(session, line, seen, "budget line")
    activity = get(session, Activity, line.activity_id, "activity")
    values = checked(
        _line_and_actual,
        {**line_fields(session, line), **changes},
        source_codes(session, activity.plan_id),
    )
    actual = values.pop("actual_minor")
    old_currency = line.currency
    for key, value in values.items():
        setattr(line, key, value)
    session.flush()
    payments.set_actual(session, line, actual, old_currency)
    return line


def delete_budget_line(session: Session, line_id: int, *, seen: int | None = None) -> None:
    line = get(session, BudgetLine, line_id, "budget line")
    versions.check(session, line, seen, "budget line")
    code = get(session, Activity, line.activity_id, "activity").code
    refuse_foreign_rows(
        session,
        "budget_line",
        [line_id],
        _("the budget line “{description}” of {code}").format(
            description=line.description, code=code
        ),
    )
    session.delete(line)
    session.flush()


def lines_of(session: Session, activity_id: int) -> list[BudgetLine]:
    return list(
        session.exec(
            select(BudgetLine).where(BudgetLine.activity_id == activity_id).order_by(BudgetLine.id)  # type: ignore[arg-type]
        )
    )
