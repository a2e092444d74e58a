"""Baselines in the exchange file (version 4, optional): checked like every other
part, written after the activities."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from planner.models import Category
from planner.models.plan import new_uid
from planner.services.rules import Checker, Horizon, check_unique, join
from planner.services.tables import insert_rows

BASELINE_KEYS = {"name", "year", "made_by", "made_at", "uid", "lines"}
LINE_KEYS = {"activity", "category", "funding_source", "currency", "description", "planned"}
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def check_baselines(
    c: Checker, top: Mapping[str, Any], horizon: Horizon | None
) -> list[dict[str, Any]]:
    """The file's ``baselines`` (none when the key is absent), each with its ``lines``."""
    from planner.services.exchange_check import with_uid

    if "baselines" not in top:
        return []
    out = []
    names = []
    for i, item in enumerate(c.items(top, "baselines", "")):
        p = join("baselines", i)
        obj = c.obj(item, p, BASELINE_KEYS)
        if obj is None:
            continue
        name = c.text(obj, "name", p, max_len=100)
        names.append((join(p, "name"), name))
        year = c.integer(obj, "year", p, lo=2000, hi=2100)
        if year is not None and horizon is not None and year not in horizon:
            c.add(join(p, "year"), f"{year} is outside the plan's years {horizon}")
        made_at = obj.get("made_at")
        if not isinstance(made_at, str) or not _STAMP.fullmatch(made_at):
            c.add(join(p, "made_at"), "must be a UTC time written as YYYY-MM-DDTHH:MM:SSZ")
        row = {
            "name": name,
            "year": year,
            "made_by": c.text(obj, "made_by", p, max_len=200),
            "made_at": made_at,
            "lines": [],
        }
        for j, line in enumerate(c.items(obj, "lines", p)):
            lp = join(join(p, "lines"), j)
            lo = c.obj(line, lp, LINE_KEYS)
            if lo is None:
                continue
            currency = c.currency(lo, "currency", lp)
            row["lines"].append(
                {
                    "activity": c.text(lo, "activity", lp, max_len=40),
                    "category": c.choice(lo, "category", lp, Category),
                    "funding_source": c.text(lo, "funding_source", lp, nullable=True, max_len=40),
                    "currency": currency,
                    "description": c.text(lo, "description", lp, empty_ok=True) or "",
                    "planned_minor": c.money(lo, "planned", lp, currency),
                }
            )
        out.append(with_uid(c, obj, p, row))
    check_unique(c, [(p, n) for p, n in names if n is not None], "name")
    return out


def write_baselines(con: Any, plan_id: int, baselines: list[dict[str, Any]]) -> None:
    for b in baselines:
        cur = con.execute(
            "INSERT INTO baseline (plan_id, name, year, made_by, made_at, uid) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            # a new identity made here, not by SQLite's randomblob(), which PostgreSQL has not
            (plan_id, b["name"], b["year"], b["made_by"], b["made_at"], b.get("uid") or new_uid()),
        )
        # ids given here, as every bulk write of an import does (on PostgreSQL this
        # table's id has no default: the caller moves the sequences past them after)
        last = con.execute("SELECT coalesce(max(id), 0) FROM baseline_line").fetchone()[0]
        insert_rows(
            con,
            "baseline_line",
            [
                {**x, "id": last + n, "baseline_id": cur.lastrowid}
                for n, x in enumerate(b["lines"], 1)
            ],
        )
