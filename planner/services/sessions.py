"""Sessions from an RFC 5545 recurrence rule (python-dateutil), in plain words too."""

from __future__ import annotations

from datetime import date, datetime, time

from dateutil.rrule import DAILY, FR, MO, SA, SU, TH, TU, WE, WEEKLY, rrule, rrulestr, weekday

from planner.errors import PlannerError
from planner.i18n import _

WEEKDAYS: tuple[weekday, ...] = (MO, TU, WE, TH, FR, SA, SU)
MAX_SESSIONS = 500


def _stamp(moment: datetime, with_time: bool) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M") if with_time else moment.date().isoformat()


def from_rule(rule: str, start: date, end: date, at: time | None = None) -> list[str]:
    """Session stamps of an RFC 5545 ``RRULE`` from ``start``, never past ``end``.

    ``rule`` is the rule's text, e.g. ``FREQ=WEEKLY;BYDAY=TU,TH;COUNT=12``.
    """
    first = datetime.combine(start, at or time(0, 0))
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    try:
        recurrence = rrulestr(text, dtstart=first, forceset=False)
    except (ValueError, TypeError) as e:
        raise PlannerError(
            _("the recurrence rule {rule!r} is not valid: {e}").format(rule=rule, e=e)
        ) from e
    limit = datetime.combine(end, time(23, 59))
    out: list[str] = []
    for moment in recurrence:  # type: ignore[union-attr]
        if moment > limit:
            break
        out.append(_stamp(moment, at is not None))
        if len(out) > MAX_SESSIONS:
            raise PlannerError(
                _("the rule gives more than {MAX_SESSIONS} sessions").format(
                    MAX_SESSIONS=MAX_SESSIONS
                )
            )
    return out


def weekdays(start: date, end: date, at: time | None = None) -> list[str]:
    """One session on every weekday (Monday to Friday) from start to end."""
    first = datetime.combine(start, at or time(0, 0))
    rule = rrule(
        DAILY, dtstart=first, until=datetime.combine(end, time(23, 59)), byweekday=WEEKDAYS[:5]
    )
    return [_stamp(m, at is not None) for m in rule][: MAX_SESSIONS + 1]


def weekly(
    start: date,
    days: list[int],
    *,
    weeks: int | None = None,
    until: date | None = None,
    at: time | None = None,
) -> list[str]:
    """Sessions on the given weekdays (0 = Monday) for ``weeks`` weeks or until a date."""
    if not days:
        raise PlannerError(_("choose at least one day of the week"))
    if (weeks is None) == (until is None):
        raise PlannerError(_("give either a number of weeks or an end date"))
    first = datetime.combine(start, at or time(0, 0))
    if weeks is not None:
        if weeks < 1:
            raise PlannerError(_("the number of weeks must be at least 1"))
        # The last day of the last week: start + weeks*7 - 1 days.
        from datetime import timedelta

        last = datetime.combine(start + timedelta(days=weeks * 7 - 1), time(23, 59))
    else:
        assert until is not None
        last = datetime.combine(until, time(23, 59))
    rule = rrule(
        WEEKLY, dtstart=first, until=last, byweekday=[WEEKDAYS[d] for d in sorted(set(days))]
    )
    out = [_stamp(m, at is not None) for m in rule]
    if len(out) > MAX_SESSIONS:
        raise PlannerError(
            _("that gives more than {MAX_SESSIONS} sessions").format(MAX_SESSIONS=MAX_SESSIONS)
        )
    return out
