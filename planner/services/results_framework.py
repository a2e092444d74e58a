"""A plan's results framework: its results (objectives, outcomes, outputs), their
indicators with targets and entered actuals, and the plan's host country; edited
from the window and carried in the exchange file (version 3).

Every function works inside the caller's transaction and checks its input with
:mod:`planner.services.results_rules` first: a refused edit changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from planner.errors import NotFoundError, PlannerError, Problem, ValidationError
from planner.i18n import _, shown
from planner.services import results_rules as R
from planner.services.rules import Checker, Horizon, join
from planner.store import raw_connection


@dataclass(frozen=True)
class ResultRow:
    id: int
    code: str
    level: str
    title: str
    parent: str | None
    theme: str | None
    #: the title in Chinese, or None (shown by ``shown()``)
    title_zh: str | None = None

    @property
    def shown_title(self) -> str:
        """The title a reader sees: in Chinese where there is one and the text is."""
        return shown(self.title, self.title_zh)


@dataclass(frozen=True)
class Actual:
    year: int
    value: str
    on_date: date
    source: str
    note: str


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    code: str
    name: str
    result: str | None
    unit: str
    baseline: str
    baseline_year: int
    direction: str
    source: str
    figure: str | None
    theme: str | None
    cumulative: bool
    targets: dict[int, str]
    actuals: dict[int, Actual]
    #: the name and unit in Chinese, or None (shown by ``shown()``)
    name_zh: str | None = None
    unit_zh: str | None = None

    @property
    def shown_name(self) -> str:
        """The name a reader sees: in Chinese where there is one and the text is."""
        return shown(self.name, self.name_zh)

    @property
    def shown_unit(self) -> str:
        """The unit a reader sees (as :attr:`shown_name`)."""
        return shown(self.unit, self.unit_zh)

    def as_object(self) -> dict[str, Any]:
        """The indicator as an exchange object (what a form edits)."""
        return {
            "code": self.code,
            "name": self.name,
            "name_zh": self.name_zh,
            "result": self.result,
            "unit": self.unit,
            "unit_zh": self.unit_zh,
            "baseline": self.baseline,
            "baseline_year": self.baseline_year,
            "direction": self.direction,
            "source": self.source,
            "figure": self.figure,
            "theme": self.theme,
            "cumulative": self.cumulative,
            "targets": [{"year": y, "value": v} for y, v in sorted(self.targets.items())],
            "actuals": [
                {
                    "year": a.year,
                    "value": a.value,
                    "date": a.on_date.isoformat(),
                    "source": a.source,
                    "note": a.note,
                }
                for _, a in sorted(self.actuals.items())
            ],
        }


def _plan(con: Any, plan_id: int) -> Horizon:
    row = con.execute("SELECT start_year, years FROM plan WHERE id = ?", (plan_id,)).fetchone()
    if row is None:
        raise NotFoundError(_("there is no plan number {plan_id}").format(plan_id=plan_id))
    return Horizon(row[0], row[1])


def _codes(con: Any, table: str, plan_id: int) -> dict[str, int]:
    return dict(con.execute(f"SELECT code, id FROM {table} WHERE plan_id = ?", (plan_id,)))


# ---------------------------------------------------------------- reading
def results_of(session: Session, plan_id: int) -> list[ResultRow]:
    con = raw_connection(session)
    return [
        ResultRow(*row)
        for row in con.execute(
            "SELECT r.id, r.code, r.level, r.title, p.code, t.code, r.title_zh FROM result r "
            "LEFT JOIN result p ON p.id = r.parent_id LEFT JOIN theme t ON t.id = r.theme_id "
            "WHERE r.plan_id = ? ORDER BY r.id",
            (plan_id,),
        )
    ]


def indicators_of(session: Session, plan_id: int) -> list[IndicatorRow]:
    con = raw_connection(session)
    targets: dict[int, dict[int, str]] = {}
    for iid, year, value in con.execute(
        "SELECT t.indicator_id, t.year, t.value FROM indicator_target t "
        "JOIN indicator i ON i.id = t.indicator_id WHERE i.plan_id = ? ORDER BY t.year",
        (plan_id,),
    ):
        targets.setdefault(iid, {})[year] = value
    actuals: dict[int, dict[int, Actual]] = {}
    for iid, year, value, on, source, note in con.execute(
        "SELECT a.indicator_id, a.year, a.value, a.on_date, a.source, a.note "
        "FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id "
        "WHERE i.plan_id = ? ORDER BY a.year",
        (plan_id,),
    ):
        actuals.setdefault(iid, {})[year] = Actual(
            year, value, date.fromisoformat(on), source, note
        )
    return [
        IndicatorRow(
            iid,
            code,
            name,
            result,
            unit,
            baseline,
            baseline_year,
            direction,
            source,
            figure,
            theme,
            bool(cumulative),
            targets.get(iid, {}),
            actuals.get(iid, {}),
            name_zh,
            unit_zh,
        )
        for (
            iid,
            code,
            name,
            result,
            unit,
            baseline,
            baseline_year,
            direction,
            source,
            figure,
            theme,
            cumulative,
            name_zh,
            unit_zh,
        ) in con.execute(
            "SELECT i.id, i.code, i.name, r.code, i.unit, i.baseline, i.baseline_year, "
            "i.direction, i.source, i.figure, t.code, i.cumulative, i.name_zh, i.unit_zh "
            "FROM indicator i "
            "LEFT JOIN result r ON r.id = i.result_id LEFT JOIN theme t ON t.id = i.theme_id "
            "WHERE i.plan_id = ? ORDER BY i.id",
            (plan_id,),
        )
    ]


def host_country(session: Session, plan_id: int) -> str | None:
    row = (
        raw_connection(session)
        .execute("SELECT host_country FROM plan WHERE id = ?", (plan_id,))
        .fetchone()
    )
    if row is None:
        raise NotFoundError(_("there is no plan number {plan_id}").format(plan_id=plan_id))
    return None if row[0] is None else str(row[0])


# ---------------------------------------------------------------- writing
def set_host_country(session: Session, plan_id: int, country: str | None) -> None:
    """Name the plan's host country (ISO 3166-1), or None to clear it."""
    con = raw_connection(session)
    _plan(con, plan_id)
    c = Checker(strict=False)
    value = c.country({"host_country": country}, "host_country", "")
    c.raise_if_any()
    con.execute(
        "UPDATE plan SET host_country = ?, version = version + 1 WHERE id = ?", (value, plan_id)
    )


def save_result(
    session: Session, plan_id: int, obj: Mapping[str, Any], result_id: int | None = None
) -> int:
    """Add a result (``result_id`` None) or change one; returns its id."""
    con = raw_connection(session)
    _plan(con, plan_id)
    levels = {
        code: level
        for code, level, rid in con.execute(
            "SELECT code, level, id FROM result WHERE plan_id = ?", (plan_id,)
        )
        if rid != result_id
    }
    c = Checker(strict=False)
    c.obj(obj, "", R.RESULT_KEYS)
    row = R.result_values(c, obj, "", levels, _codes(con, "theme", plan_id))
    taken = [
        rid
        for (rid,) in con.execute(
            "SELECT id FROM result WHERE plan_id = ? AND code = ?", (plan_id, row["code"])
        )
    ]
    if any(rid != result_id for rid in taken):
        c.add("code", f"{row['code']!r} is already used by another result of this plan")
    c.raise_if_any()
    if row["parent_id"] is not None:
        row["parent_id"] = _codes(con, "result", plan_id)[row["parent_id"]]
    if result_id is None:
        cur = con.execute(
            "INSERT INTO result (plan_id, code, level, title, parent_id, theme_id, title_zh) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                plan_id,
                row["code"],
                row["level"],
                row["title"],
                row["parent_id"],
                row["theme_id"],
                row["title_zh"],
            ),
        )
        return int(cur.lastrowid or 0)
    old = con.execute("SELECT level FROM result WHERE id = ? AND plan_id = ?", (result_id, plan_id))
    found = old.fetchone()
    if found is None:
        raise NotFoundError(_("that result no longer exists"))
    if (
        found[0] != row["level"]
        and con.execute("SELECT 1 FROM result WHERE parent_id = ?", (result_id,)).fetchone()
    ):
        raise ValidationError(
            [Problem("level", _("a result with results under it keeps its level"))]
        )
    con.execute(
        "UPDATE result SET code = ?, level = ?, title = ?, parent_id = ?, theme_id = ?, "
        "title_zh = ? WHERE id = ?",
        (
            row["code"],
            row["level"],
            row["title"],
            row["parent_id"],
            row["theme_id"],
            row["title_zh"],
            result_id,
        ),
    )
    return result_id


def delete_result(session: Session, result_id: int) -> None:
    """Delete a result with the results and indicators under it."""
    con = raw_connection(session)
    if con.execute("DELETE FROM result WHERE id = ?", (result_id,)).rowcount == 0:
        raise NotFoundError(_("that result no longer exists"))


def save_indicator(
    session: Session, plan_id: int, obj: Mapping[str, Any], indicator_id: int | None = None
) -> int:
    """Add an indicator (``indicator_id`` None) or replace one's fields, targets
    and (when ``obj`` has them) entered actuals; returns its id."""
    con = raw_connection(session)
    horizon = _plan(con, plan_id)
    c = Checker(strict=False)
    c.obj(obj, "", R.INDICATOR_KEYS)
    row = R.indicator_values(
        c, obj, "", horizon, _codes(con, "result", plan_id), _codes(con, "theme", plan_id)
    )
    for (iid,) in con.execute(
        "SELECT id FROM indicator WHERE plan_id = ? AND code = ?", (plan_id, row["code"])
    ):
        if iid != indicator_id:
            c.add("code", f"{row['code']!r} is already used by another indicator of this plan")
    c.raise_if_any()
    # a computed indicator keeps no entered actuals (undo brings them back)
    replace = "actuals" in obj or row["figure"] is not None
    return write_indicator(con, plan_id, row, indicator_id, replace_actuals=replace)


_COLUMNS = (
    "code",
    "name",
    "result_id",
    "unit",
    "baseline",
    "baseline_year",
    "direction",
    "source",
    "figure",
    "theme_id",
    "cumulative",
    "name_zh",
    "unit_zh",
)


def write_indicator(
    con: Any,
    plan_id: int,
    row: Mapping[str, Any],
    indicator_id: int | None = None,
    *,
    replace_actuals: bool = True,
    uid: str | None = None,
) -> int:
    """Write a checked indicator row (references as ids) with its targets and actuals."""
    values = [row[k] for k in _COLUMNS]
    if indicator_id is None:
        cols = ", ".join(("plan_id", *_COLUMNS, *(("uid",) if uid else ())))
        args = [plan_id, *values, *((uid,) if uid else ())]
        cur = con.execute(
            f"INSERT INTO indicator ({cols}) VALUES ({', '.join('?' * len(args))})", args
        )
        indicator_id = int(cur.lastrowid)
    else:
        sets = ", ".join(f"{k} = ?" for k in _COLUMNS)
        cur = con.execute(
            f"UPDATE indicator SET {sets} WHERE id = ? AND plan_id = ?",
            [*values, indicator_id, plan_id],
        )
        if cur.rowcount == 0:
            raise NotFoundError(_("that indicator no longer exists"))
    old = dict(
        con.execute(
            "SELECT year, value FROM indicator_target WHERE indicator_id = ?", (indicator_id,)
        )
    )
    new = dict(row["targets"])
    for year in old.keys() - new.keys():
        con.execute(
            "DELETE FROM indicator_target WHERE indicator_id = ? AND year = ?",
            (indicator_id, year),
        )
    for year, value in new.items():
        if old.get(year) != value:
            con.execute(
                "INSERT INTO indicator_target (indicator_id, year, value) VALUES (?, ?, ?) "
                "ON CONFLICT (indicator_id, year) DO UPDATE SET value = excluded.value",
                (indicator_id, year, value),
            )
    if replace_actuals:
        con.execute("DELETE FROM indicator_actual WHERE indicator_id = ?", (indicator_id,))
        for year, value, day, source, note in row["actuals"]:
            _insert_actual(con, indicator_id, year, value, day, source, note)
    return indicator_id


def _insert_actual(
    con: Any, indicator_id: int, year: int, value: str, day: date, source: str, note: str
) -> None:
    con.execute(
        "INSERT INTO indicator_actual (indicator_id, year, value, on_date, source, note) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (indicator_id, year) DO UPDATE SET "
        "value = excluded.value, on_date = excluded.on_date, source = excluded.source, "
        "note = excluded.note",
        (indicator_id, year, value, day.isoformat(), source, note),
    )


def delete_indicator(session: Session, indicator_id: int) -> None:
    con = raw_connection(session)
    if con.execute("DELETE FROM indicator WHERE id = ?", (indicator_id,)).rowcount == 0:
        raise NotFoundError(_("that indicator no longer exists"))


def _indicator_plan(con: Any, indicator_id: int) -> tuple[int, str | None]:
    row = con.execute(
        "SELECT plan_id, figure FROM indicator WHERE id = ?", (indicator_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(_("that indicator no longer exists"))
    return int(row[0]), row[1]


def set_actual(session: Session, indicator_id: int, obj: Mapping[str, Any]) -> None:
    """Enter (or replace) the actual of one year: ``year``, ``value``, ``date``,
    ``source`` and an optional ``note``. Refused for a computed indicator."""
    con = raw_connection(session)
    plan_id, figure = _indicator_plan(con, indicator_id)
    if figure is not None:
        raise PlannerError(
            _("this indicator is computed (from {figure}); it takes no entered actuals").format(
                figure=figure
            )
        )
    c = Checker(strict=False)
    actual = R.actual_values(c, obj, "", _plan(con, plan_id))
    c.raise_if_any()
    assert actual is not None
    _insert_actual(con, indicator_id, *actual)


def clear_actual(session: Session, indicator_id: int, year: int) -> None:
    con = raw_connection(session)
    _indicator_plan(con, indicator_id)
    con.execute(
        "DELETE FROM indicator_actual WHERE indicator_id = ? AND year = ?", (indicator_id, year)
    )


def problems_at(prefix: str, problems: list[Problem]) -> list[Problem]:
    """``problems`` of one object, their paths put under ``prefix``."""
    return [Problem(join(prefix, p.path) if p.path else prefix, p.message) for p in problems]
