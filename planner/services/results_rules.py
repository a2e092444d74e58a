"""The rules of a plan's results framework (docs/exchange-format.md, "results"),
written once for the exchange file and the window: results (objectives, outcomes,
outputs), indicators with their targets and entered actuals."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from planner.i18n import _
from planner.models import Direction, Level
from planner.money import fmt_plain
from planner.services.entities import chinese
from planner.services.rules import Checker, Horizon, check_unique, join

T = TypeVar("T")

RESULT_KEYS = {"code", "level", "title", "title_zh", "parent", "theme"}
INDICATOR_KEYS = {
    "code",
    "name",
    "name_zh",
    "result",
    "unit",
    "unit_zh",
    "baseline",
    "baseline_year",
    "direction",
    "source",
    "figure",
    "theme",
    "cumulative",
    "targets",
    "actuals",
}
TARGET_KEYS = {"year", "value"}
ACTUAL_KEYS = {"year", "value", "date", "source", "note"}

#: The figures a computed indicator may name: those of the cost-effectiveness
#: report and the results figures (docs/methodology.md).
#: ... those read straight off a group's cost-effectiveness figures,
CE_FIGURES = (
    "planned_cost",
    "actual_cost",
    "participants",
    "completers",
    "participant_days",
    "participant_hours",
    "cost_per_participant",
    "cost_per_completer",
    "cost_per_participant_day",
    "cost_per_participant_hour",
    "completion_rate",
    "learning_gain",
    "satisfaction",
    "women_share",
    "seat_fill",
)
#: ... and all of them.
FIGURES = (
    "activities",
    *CE_FIGURES,
    "input",
    "execution_rate",
    "people_reached",
    "partner_participations",
    "host_participations",
    "normalised_gain",
    "cost_per_gain_point",
    "application_rate",
    "follow_up_coverage",
)


def figure_names() -> dict[str, str]:
    """Each figure of :data:`FIGURES` as a reader knows it, in the user's language
    (the window shows these, never the exchange file's names)."""
    return {
        "activities": _("Delivered activities"),
        "planned_cost": _("Planned cost"),
        "actual_cost": _("Actual cost"),
        "participants": _("Participations"),
        "completers": _("Completers"),
        "participant_days": _("Participant-days"),
        "participant_hours": _("Participant-hours"),
        "cost_per_participant": _("Cost per participant"),
        "cost_per_completer": _("Cost per completer"),
        "cost_per_participant_day": _("Cost per participant-day"),
        "cost_per_participant_hour": _("Cost per participant-hour"),
        "completion_rate": _("Completion rate"),
        "learning_gain": _("Learning gain"),
        "satisfaction": _("Rating (1 to 5)"),
        "women_share": _("Women's share"),
        "seat_fill": _("Seat fill"),
        "input": _("Input"),
        "execution_rate": _("Execution rate"),
        "people_reached": _("People reached"),
        "partner_participations": _("Partner participations"),
        "host_participations": _("Host participations"),
        "normalised_gain": _("Normalised gain"),
        "cost_per_gain_point": _("Cost per learning-gain point"),
        "application_rate": _("Application rate"),
        "follow_up_coverage": _("Follow-up coverage"),
    }


def figure_label(figure: str) -> str:
    """What a computed indicator's figure is called, in the reader's language; the
    code itself if it is not one of :data:`FIGURES`."""
    return figure_names().get(figure, figure)


#: The parent level each level's result may have.
PARENT_LEVEL = {"outcome": "objective", "output": "outcome"}
_LIMIT = Decimal("1e12")
PLACES = 4


def _number(c: Checker, obj: Mapping[str, Any], key: str, path: str) -> str | None:
    value = c.decimal(obj, key, path, lo=-_LIMIT, hi=_LIMIT, max_places=PLACES)
    return None if value is None else fmt_plain(value)


def result_values(
    c: Checker,
    obj: Mapping[str, Any],
    path: str,
    levels: Mapping[str, str],
    themes: Mapping[str, T],
) -> dict[str, Any]:
    """A result's columns; ``levels`` maps the codes of the plan's results to their
    level (the parent must be one level up: an outcome's an objective)."""
    level = c.choice(obj, "level", path, Level)
    parent = obj.get("parent")
    if parent is not None:
        if not isinstance(parent, str) or parent not in levels:
            c.add(join(path, "parent"), f"{parent!r} is not a known result code")
            parent = None
        elif level is not None and PARENT_LEVEL.get(level) != levels[parent]:
            above = PARENT_LEVEL.get(level)
            c.add(
                join(path, "parent"),
                f"a {level} has no parent"
                if above is None
                else f"the parent of an {level} must be an {above}, not an {levels[parent]}",
            )
            parent = None
    theme = obj.get("theme")
    return {
        "code": c.code(obj, "code", path),
        "level": level,
        "title": c.text(obj, "title", path, max_len=500),
        "title_zh": chinese(c, obj, "title_zh", path, 500),
        "parent_id": parent,
        "theme_id": None
        if theme is None
        else _ref(c, theme, join(path, "theme"), themes, "theme code"),
    }


def _ref(c: Checker, value: Any, p: str, table: Mapping[str, T], what: str) -> T | None:
    if not isinstance(value, str) or value not in table:
        c.add(p, f"{value!r} is not a known {what}")
        return None
    return table[value]


def indicator_values(
    c: Checker,
    obj: Mapping[str, Any],
    path: str,
    horizon: Horizon | None,
    results: Mapping[str, T],
    themes: Mapping[str, Any],
) -> dict[str, Any]:
    """An indicator's columns, with ``targets`` [(year, value)] and ``actuals``
    [(year, value, date, source, note)] checked against the plan's years."""
    figure = obj.get("figure")
    if figure is not None and figure not in FIGURES:
        c.add(
            join(path, "figure"),
            f"{figure!r} is not a figure the planner computes (one of {', '.join(FIGURES)})",
        )
        figure = None
    result = obj.get("result")
    theme = obj.get("theme")
    cumulative = obj.get("cumulative", False)
    if not isinstance(cumulative, bool):
        c.add(join(path, "cumulative"), f"must be true or false, not {cumulative!r}")
        cumulative = False
    baseline_year = c.integer(obj, "baseline_year", path, lo=2000, hi=2100)
    row: dict[str, Any] = {
        "code": c.code(obj, "code", path),
        "name": c.text(obj, "name", path, max_len=500),
        "name_zh": chinese(c, obj, "name_zh", path, 500),
        "result_id": None
        if result is None
        else _ref(c, result, join(path, "result"), results, "result code"),
        "unit": c.text(obj, "unit", path, empty_ok=True, max_len=100) or "",
        "unit_zh": chinese(c, obj, "unit_zh", path, 100),
        "baseline": _number(c, obj, "baseline", path),
        "baseline_year": baseline_year,
        "direction": c.choice(obj, "direction", path, Direction),
        "source": c.text(obj, "source", path, empty_ok=True) or "",
        "figure": figure,
        "theme_id": None
        if theme is None
        else _ref(c, theme, join(path, "theme"), themes, "theme code"),
        "cumulative": int(cumulative),
    }
    targets: list[tuple[str, tuple[int, str] | None]] = []
    for i, t in enumerate(c.items(obj, "targets", path) if "targets" in obj else []):
        tp = join(join(path, "targets"), i)
        to = c.obj(t, tp, TARGET_KEYS)
        if to is None:
            continue
        year = _plan_year(c, to, tp, horizon)
        value = _number(c, to, "value", tp)
        if year is not None and baseline_year is not None and baseline_year > year:
            c.add(
                join(tp, "year"),
                f"the baseline year {baseline_year} is after this target's year {year}",
            )
            year = None
        targets.append((tp, None if year is None or value is None else (year, value)))
    check_unique(c, [(p, t[0]) for p, t in targets if t is not None], "year")
    actuals: list[tuple[str, tuple[int, str, Any, str, str] | None]] = []
    for i, a in enumerate(c.items(obj, "actuals", path) if "actuals" in obj else []):
        ap = join(join(path, "actuals"), i)
        if obj.get("figure") is not None:
            c.add(ap, "a computed indicator takes no entered actuals")
            continue
        actuals.append((ap, actual_values(c, a, ap, horizon)))
    check_unique(c, [(p, a[0]) for p, a in actuals if a is not None], "year")
    row["targets"] = [t for _, t in targets if t is not None]
    row["actuals"] = [a for _, a in actuals if a is not None]
    return row


def _plan_year(
    c: Checker, obj: Mapping[str, Any], path: str, horizon: Horizon | None
) -> int | None:
    year = c.integer(obj, "year", path, lo=2000, hi=2100)
    if year is not None and horizon is not None and year not in horizon:
        c.add(join(path, "year"), f"{year} is outside the plan's years {horizon}")
        return None
    return year


def actual_values(
    c: Checker, obj: Any, path: str, horizon: Horizon | None
) -> tuple[int, str, Any, str, str] | None:
    """An entered actual: (year, value, date, source, note); it needs a date and a
    source, so a reader can check it."""
    o = c.obj(obj, path, ACTUAL_KEYS)
    if o is None:
        return None
    before = len(c.problems)
    year = _plan_year(c, o, path, horizon)
    value = _number(c, o, "value", path)
    day = c.day(o, "date", path) if o.get("date") is not None else None
    if o.get("date") is None:
        c.add(join(path, "date"), "an entered actual needs the date it was measured")
    source = c.text(o, "source", path, nullable=True, max_len=500)
    if not source or not str(source).strip():
        if not any(p.path == join(path, "source") for p in c.problems[before:]):
            c.add(join(path, "source"), "an entered actual needs its source")
        source = None
    note = c.text(o, "note", path, empty_ok=True, multiline=True) or ""
    if len(c.problems) > before or year is None or value is None or day is None:
        return None
    return (year, value, day, str(source), note)
