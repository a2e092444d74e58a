"""Sessions as an iCalendar file (RFC 5545) that calendar programs open.

Its text (summary, location, description) goes through
:func:`planner.text.spreadsheet_safe`, as the CSV reports do: calendar programs
export events to spreadsheets, where a title like ``=HYPERLINK(...)`` would run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from icalendar import Calendar, Event
from sqlmodel import Session

from planner import __version__
from planner.errors import PlannerError
from planner.i18n import _
from planner.store import raw_connection
from planner.text import spreadsheet_safe


def calendar_bytes(session: Session, plan_id: int, *, activity: str | None = None) -> bytes:
    con = raw_connection(session)
    where, args = "a.plan_id = ?", list[object]([plan_id])
    if activity is not None:
        where += " AND a.code = ?"
        args.append(activity)
    rows = con.execute(
        "SELECT p.name, a.code, a.title, a.kind, a.status, a.venue, a.hours_per_session, "
        "s.starts, t.name FROM session s JOIN activity a ON a.id = s.activity_id "
        "JOIN plan p ON p.id = a.plan_id JOIN theme t ON t.id = a.theme_id "
        f"WHERE {where} ORDER BY s.starts, a.code",
        args,
    ).fetchall()
    if activity is not None and not rows:
        exists = con.execute(
            "SELECT 1 FROM activity WHERE plan_id = ? AND code = ?", (plan_id, activity)
        ).fetchone()
        if exists is None:
            raise PlannerError(
                _("there is no activity {activity!r} in this plan").format(activity=activity)
            )
    cal = Calendar()
    cal.add("prodid", f"-//Capacity-building planner {__version__}//EN")
    cal.add("version", "2.0")
    stamp = datetime(2000, 1, 1)  # fixed: the same plan gives the same file
    for plan, code, title, kind, status, venue, hours, starts, theme in rows:
        event = Event()
        event.add("uid", f"{code}/{starts}/{plan}@capacity-planner")
        event.add("dtstamp", stamp)
        event.add("summary", spreadsheet_safe(f"{code} {title}"))
        if len(starts) == 10:
            day = date.fromisoformat(starts)
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
        else:
            begin = datetime.fromisoformat(starts)
            minutes = int(Decimal(hours) * 60)
            event.add("dtstart", begin)
            event.add("dtend", begin + timedelta(minutes=minutes))
        if venue:
            event.add("location", spreadsheet_safe(venue))
        event.add("description", spreadsheet_safe(f"{kind}, {theme}; {plan}"))
        event.add("status", "CANCELLED" if status == "cancelled" else "CONFIRMED")
        cal.add_component(event)
    return bytes(cal.to_ical())
