"""Each entity's fields checked and normalised into column values.

One function per entity, shared by the importer (paths like ``activities[3]``)
and the services behind the window (paths are field names). References (codes)
are resolved through the mapping the caller passes: code -> database id for a
service, code -> code for the importer's first pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from planner.i18n import _
from planner.models import Category, EnrolmentStatus, Gender, Kind, MarkStatus, Mode, Status
from planner.money import MAX_RATE, fmt_plain
from planner.services.rules import RATE_PLACES, SCORE_PLACES, Checker, Horizon, join

T = TypeVar("T")

#: Who signs certificates: the plan's, or an activity's own (version 3, optional).
SIGNATORY_FIELDS = ("signatory_name", "signatory_title")
#: The budget report's reference, version and sign-off (version 4, optional).
SIGNOFF_FIELDS = (
    "report_reference",
    "report_version",
    "prepared_name",
    "prepared_title",
    "reviewed_name",
    "reviewed_title",
    "approved_name",
    "approved_title",
)
PLAN_KEYS = {
    "name",
    "owner",
    "start_year",
    "years",
    "base_currency",
    "completion_threshold",
    *SIGNATORY_FIELDS,
    "max_excused_share",
    "name_zh",
    "owner_zh",
    *SIGNOFF_FIELDS,
}
NAMED_KEYS = {"code", "name", "name_zh"}
ADMIN_KEYS = {"code", "name", "country", "name_zh"}
RATE_KEYS = {"year", "currency", "to_base", "source", "rate_date"}
ENVELOPE_KEYS = {"year", "funding_source", "amount"}
PARTICIPANT_KEYS = {
    "ref",
    "name",
    "native_name",
    "gender",
    "administration",
    "position",
    "email",
}
#: An activity's own fields, in form order (what a form edits).
ACTIVITY_FIELDS = (
    "code",
    "kind",
    "title",
    "theme",
    "status",
    "start",
    "end",
    "venue",
    "country",
    "mode",
    "hours_per_session",
    "title_zh",
    "venue_zh",
)
ACTIVITY_KEYS = {
    *ACTIVITY_FIELDS,
    *SIGNATORY_FIELDS,
    "sessions",
    "quotas",
    "budget_lines",
    "enrolments",
    "attendance",
}
QUOTA_KEYS = {"administration", "seats"}
LINE_KEYS = {"category", "description", "currency", "planned", "actual", "funding_source"}
PAYMENT_KEYS = {"date", "amount", "reference", "note", "booked_rate"}
ENROLMENT_KEYS = {"participant", "status", "pre_score", "post_score", "satisfaction"}
MARK_KEYS = {"participant", "session", "status"}


def _text(d: Decimal | None) -> str | None:
    return None if d is None else fmt_plain(d)


def chinese(c: Checker, obj: Mapping[str, Any], key: str, path: str, max_len: int) -> str | None:
    """An optional Chinese name (``name_zh``, ``title_zh``, ...): left out, null or
    blank means none, and a report then shows the English one."""
    value = obj.get(key)
    if isinstance(value, str) and not value.strip():
        return None
    return c.text(obj, key, path, nullable=True, max_len=max_len)  # type: ignore[no-any-return]


def ref(
    c: Checker,
    obj: Mapping[str, Any],
    key: str,
    path: str,
    table: Mapping[str, T],
    what: str,
    *,
    nullable: bool = False,
) -> T | None:
    value = obj.get(key)
    if value is None:
        if not nullable:
            c.add(join(path, key), _("is required"))
        return None
    if not isinstance(value, str) or value not in table:
        c.add(join(path, key), _("{value!r} is not a known {what}").format(value=value, what=what))
        return None
    return table[value]


def plan_values(c: Checker, obj: Mapping[str, Any], path: str) -> dict[str, Any]:
    threshold = c.decimal(
        obj,
        "completion_threshold",
        path,
        lo=Decimal(0),
        lo_exclusive=True,
        hi=Decimal(1),
        max_places=4,
    )
    return {
        "name": c.text(obj, "name", path, max_len=200),
        "owner": c.text(obj, "owner", path, empty_ok=True) or "",
        "start_year": c.integer(obj, "start_year", path, lo=2000, hi=2100),
        "years": _years(c, obj, path),
        "base_currency": c.currency(obj, "base_currency", path),
        "completion_threshold": _text(threshold),
        **signatory_values(c, obj, path),
        "max_excused_share": _text(
            c.decimal(
                obj,
                "max_excused_share",
                path,
                lo=Decimal(0),
                hi=Decimal(1),
                max_places=4,
                nullable=True,
            )
        ),
        "name_zh": chinese(c, obj, "name_zh", path, 200),
        "owner_zh": chinese(c, obj, "owner_zh", path, 1000),
        **signoff_values(c, obj, path),
    }


def signoff_values(c: Checker, obj: Mapping[str, Any], path: str) -> dict[str, Any]:
    """The budget report's reference and version and who prepares, reviews and
    approves it (each optional; blank is none)."""
    return {
        key: c.text(obj, key, path, nullable=True, max_len=200) or None for key in SIGNOFF_FIELDS
    }


def signatory_values(c: Checker, obj: Mapping[str, Any], path: str) -> dict[str, Any]:
    """Who signs certificates (both optional): a name and a title."""
    return {key: c.text(obj, key, path, nullable=True, max_len=200) for key in SIGNATORY_FIELDS}


def _years(c: Checker, obj: Mapping[str, Any], path: str) -> int | None:
    years = c.integer(obj, "years", path, lo=0, hi=1000)
    if years is not None and years not in (3, 4, 5):
        c.add(
            join(path, "years"),
            _("{years} is not a plan horizon: it must be 3, 4 or 5").format(years=years),
        )
        return None
    return years


def named_values(c: Checker, obj: Mapping[str, Any], path: str) -> dict[str, Any]:
    return {
        "code": c.code(obj, "code", path),
        "name": c.text(obj, "name", path),
        "name_zh": chinese(c, obj, "name_zh", path, 1000),
    }


def admin_values(c: Checker, obj: Mapping[str, Any], path: str) -> dict[str, Any]:
    return {**named_values(c, obj, path), "country": c.country(obj, "country", path)}


def _year(c: Checker, obj: Mapping[str, Any], path: str, horizon: Horizon | None) -> int | None:
    year = c.integer(obj, "year", path, lo=2000, hi=2100)
    if year is not None and horizon is not None and year not in horizon:
        c.add(
            join(path, "year"),
            _("{year} is outside the plan's years {horizon}").format(year=year, horizon=horizon),
        )
        return None
    return year


def rate_values(
    c: Checker, obj: Mapping[str, Any], path: str, horizon: Horizon | None, base: str | None
) -> dict[str, Any]:
    currency = c.currency(obj, "currency", path)
    if currency is not None and currency == base:
        c.add(
            join(path, "currency"),
            _("{currency} is the plan's base currency; it needs no rate").format(currency=currency),
        )
    to_base = c.decimal(
        obj,
        "to_base",
        path,
        lo=Decimal(0),
        lo_exclusive=True,
        hi=MAX_RATE,
        max_places=RATE_PLACES,
    )
    return {
        "year": _year(c, obj, path, horizon),
        "currency": currency,
        "to_base": _text(to_base),
        # version 4: where the rate comes from and the day it was read (both optional)
        "source": c.text(obj, "source", path, nullable=True, max_len=200) or None,
        "rate_date": c.day(obj, "rate_date", path, nullable=True),
    }


def envelope_values(
    c: Checker,
    obj: Mapping[str, Any],
    path: str,
    horizon: Horizon | None,
    base: str | None,
    sources: Mapping[str, T],
) -> dict[str, Any]:
    return {
        "year": _year(c, obj, path, horizon),
        "funding_source_id": ref(c, obj, "funding_source", path, sources, "funding source code"),
        "amount_minor": c.money(obj, "amount", path, base),
    }


def participant_values(
    c: Checker, obj: Mapping[str, Any], path: str, admins: Mapping[str, T]
) -> dict[str, Any]:
    email = c.text(obj, "email", path, nullable=True, max_len=254)
    # (``split()`` cuts at exactly the characters ``isspace`` calls white space)
    if email is not None and (email.count("@") != 1 or email.split() != [email]):
        c.add(join(path, "email"), _("{email!r} is not an e-mail address").format(email=email))
    return {
        "ref": c.code(obj, "ref", path),
        "name": c.text(obj, "name", path, max_len=200),
        "native_name": c.text(obj, "native_name", path, nullable=True, max_len=200),
        "gender": c.choice(obj, "gender", path, Gender, nullable=True),
        "administration_id": ref(c, obj, "administration", path, admins, "administration code"),
        "position": c.text(obj, "position", path, nullable=True, max_len=200),
        "email": email,
    }


def activity_values(
    c: Checker,
    obj: Mapping[str, Any],
    path: str,
    horizon: Horizon | None,
    themes: Mapping[str, T],
) -> dict[str, Any]:
    start = c.day(obj, "start", path)
    end = c.day(obj, "end", path)
    if start is not None and end is not None and end < start:
        c.add(
            join(path, "end"), _("{end} is before the start {start}").format(end=end, start=start)
        )
    if start is not None and horizon is not None and start.year not in horizon:
        c.add(
            join(path, "start"),
            _("{start} is outside the plan's years {horizon}").format(start=start, horizon=horizon),
        )
    hours = c.decimal(
        obj,
        "hours_per_session",
        path,
        lo=Decimal(0),
        lo_exclusive=True,
        hi=Decimal(24),
        max_places=2,
    )
    return {
        "code": c.code(obj, "code", path),
        "kind": c.choice(obj, "kind", path, Kind),
        "title": c.text(obj, "title", path, max_len=300),
        "theme_id": ref(c, obj, "theme", path, themes, "theme code"),
        "status": c.choice(obj, "status", path, Status),
        "start_date": start,
        "end_date": end,
        "venue": c.text(obj, "venue", path, nullable=True, max_len=200),
        "country": c.country(obj, "country", path),
        "mode": c.choice(obj, "mode", path, Mode),
        "hours_per_session": _text(hours),
        **signatory_values(c, obj, path),
        "title_zh": chinese(c, obj, "title_zh", path, 300),
        "venue_zh": chinese(c, obj, "venue_zh", path, 200),
    }


def session_values(
    c: Checker, values: list[Any], path: str, start: date | None, end: date | None
) -> list[str]:
    """Canonical session texts; each between start and end, none repeated."""
    out: list[str] = []
    seen: dict[str, str] = {}
    for i, value in enumerate(values):
        p = join(path, i)
        parsed = c.session_value(value, p)
        if parsed is None:
            continue
        text, day = parsed
        if start is not None and end is not None and not start <= day <= end:
            c.add(
                p,
                _("{text} is outside the activity's dates {start} to {end}").format(
                    text=text, start=start, end=end
                ),
            )
        elif text in seen:
            c.add(
                p,
                _("session {text} is repeated (first at {value})").format(
                    text=text, value=seen[text]
                ),
            )
        else:
            seen[text] = p
            out.append(text)
    return out


def quota_values(
    c: Checker, obj: Mapping[str, Any], path: str, admins: Mapping[str, T]
) -> dict[str, Any]:
    return {
        "administration_id": ref(c, obj, "administration", path, admins, "administration code"),
        "seats": c.integer(obj, "seats", path, lo=0, hi=100000),
    }


def line_values(
    c: Checker, obj: Mapping[str, Any], path: str, sources: Mapping[str, T]
) -> dict[str, Any]:
    currency = c.currency(obj, "currency", path)
    return {
        "category": c.choice(obj, "category", path, Category),
        "description": c.text(obj, "description", path, empty_ok=True, max_len=500, multiline=True)
        or "",
        "currency": currency,
        "planned_minor": c.money(obj, "planned", path, currency),
        "funding_source_id": ref(
            c, obj, "funding_source", path, sources, "funding source code", nullable=True
        ),
    }


def payment_values(
    c: Checker, obj: Mapping[str, Any], path: str, currency: str | None
) -> dict[str, Any]:
    """A payment on a line in ``currency``: its date (none: undated), its amount
    (negative for a refund), voucher reference, note and the rate it was booked at."""
    booked = c.decimal(
        obj,
        "booked_rate",
        path,
        lo=Decimal(0),
        lo_exclusive=True,
        hi=MAX_RATE,
        max_places=RATE_PLACES,
        nullable=True,
    )
    return {
        "paid_on": c.day(obj, "date", path, nullable=True),
        "amount_minor": c.money(obj, "amount", path, currency, signed=True),
        "reference": c.text(obj, "reference", path, empty_ok=True, max_len=100) or "",
        "note": c.text(obj, "note", path, empty_ok=True, max_len=500, multiline=True) or "",
        "booked_rate": _text(booked),
    }


def enrolment_values(
    c: Checker, obj: Mapping[str, Any], path: str, participants: Mapping[str, T]
) -> dict[str, Any]:
    def score(key: str, lo: int, hi: int) -> str | None:
        value = c.decimal(
            obj,
            key,
            path,
            lo=Decimal(lo),
            hi=Decimal(hi),
            max_places=SCORE_PLACES,
            nullable=True,
        )
        return _text(value)

    return {
        "participant_id": ref(c, obj, "participant", path, participants, "participant ref"),
        "status": c.choice(obj, "status", path, EnrolmentStatus),
        "pre_score": score("pre_score", 0, 100),
        "post_score": score("post_score", 0, 100),
        "satisfaction": score("satisfaction", 1, 5),
    }


def mark_values(
    c: Checker,
    obj: Mapping[str, Any],
    path: str,
    enrolled: Mapping[str, T],
    sessions: Mapping[str, Any],
) -> dict[str, Any]:
    who = obj.get("participant")
    enrolment = None
    if not isinstance(who, str):
        c.add(join(path, "participant"), "is required" if who is None else f"{who!r} is not text")
    elif who not in enrolled:
        c.add(
            join(path, "participant"), _("{who!r} is not enrolled in this activity").format(who=who)
        )
    else:
        enrolment = enrolled[who]
    session = None
    value = obj.get("session")
    parsed = c.session_value(value, join(path, "session")) if value is not None else None
    if value is None:
        c.add(join(path, "session"), _("is required"))
    elif parsed is not None:
        if parsed[0] not in sessions:
            c.add(
                join(path, "session"),
                _("{value} is not one of the activity's sessions").format(value=parsed[0]),
            )
        else:
            session = sessions[parsed[0]]
    return {
        "enrolment_id": enrolment,
        "session_id": session,
        "status": c.choice(obj, "status", path, MarkStatus),
    }
