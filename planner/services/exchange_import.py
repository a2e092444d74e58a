"""Writing a checked plan exchange document: one transaction, in bulk, all or
nothing (the caller's transaction rolls back on any error)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _
from planner.models import Plan
from planner.models.plan import new_uid
from planner.services.exchange_check import Checked, check_document
from planner.services.journal import record_import
from planner.services.tables import (
    TABLE_COLUMNS,
    insert_rows,
    insert_tuples,
    next_ids,
    sync_ids,
)
from planner.store import raw_connection
from planner.store.journal import defer_foreign_keys


def import_document(
    session: Session,
    doc: Any | Checked,
    *,
    replace: bool = False,
    source: str | None = None,
    user: str | None = None,
) -> int:
    """Check (unless already checked) and write a whole plan inside the caller's
    transaction; returns its id. The plan's history gets one entry, "Imported
    ``source``" (an import is not a row each, and is not undone).

    A replaced plan's certificate register, which a plan file does not carry, is
    kept: every certificate whose activity and participant the new plan still has
    (by code and ref) keeps its number, code, date and revocation, so a revoked
    certificate never verifies as valid again and a reprint keeps its number."""
    checked = doc if isinstance(doc, Checked) else check_document(doc)
    _refuse_a_role(session)
    name = checked.plan["name"]
    existing = session.exec(select(Plan.id).where(Plan.name == name)).first()  # type: ignore[call-overload]
    register: list[dict[str, Any]] = []
    if existing is not None:
        if not replace:
            raise PlannerError(
                _(
                    "a plan named {name!r} is already in the database; use --replace to replace it"
                ).format(name=name)
            )
        con = raw_connection(session)
        register = _register_of(con, existing[0])
        defer_foreign_keys(con)
        session.execute(delete(Plan).where(Plan.id == existing[0]))  # type: ignore[arg-type]
    plan_id = _write(session, checked)
    if register:
        _put_back(raw_connection(session), plan_id, register)
    action = f"Imported {source}" if source else "Imported a plan file"
    record_import(session, action, user=user, plan_id=plan_id)
    return plan_id


def _refuse_a_role(session: Session) -> None:
    """On a server, only a login that may write every part of a plan imports one:
    the database's owner (a role's login would write other roles' payments and
    attendance). Refused before anything is written, saying so."""
    if session.get_bind().dialect.name != "postgresql":
        return
    from planner.store.roles import ROLES, WRITES

    # every role's own tables together: what an import writes and a replace deletes
    tables = sorted({t for role in ROLES for t in WRITES[role][0]})
    con = raw_connection(session)
    may, who = con.execute(
        "SELECT bool_and(has_table_privilege(current_user, t, 'INSERT') "
        "AND has_table_privilege(current_user, t, 'DELETE')), session_user "
        f"FROM (VALUES {', '.join('(?)' for _t in tables)}) AS w (t)",
        tables,
    ).fetchone()
    if not may:
        raise PlannerError(
            _(
                "{user} may not import a plan file: it holds every part of a plan "
                "(the plan and activities, payments, attendance, certificates), which "
                "on a server only the database's owner may write all at once; "
                "nothing was changed"
            ).format(user=who)
        )


_REGISTER = (
    "uid",
    "number",
    "kind",
    "code",
    "issued_on",
    "revoked_on",
    "revoked_reason",
)


def _register_of(con: Any, plan_id: int) -> list[dict[str, Any]]:
    """The plan's certificate register, each named by activity code and participant ref."""
    columns = ", ".join(f"c.{c}" for c in _REGISTER)
    return [
        dict(zip(("activity", "participant", *_REGISTER), row, strict=True))
        for row in con.execute(
            f"SELECT a.code, p.ref, {columns} FROM certificate c "
            "JOIN activity a ON a.id = c.activity_id "
            "JOIN participant p ON p.id = c.participant_id "
            "WHERE a.plan_id = ? ORDER BY c.id",
            (plan_id,),
        )
    ]


def _put_back(con: Any, plan_id: int, register: list[dict[str, Any]]) -> None:
    """The register's certificates whose activity and participant the new plan has."""
    activities = dict(con.execute("SELECT code, id FROM activity WHERE plan_id = ?", (plan_id,)))
    people = dict(con.execute("SELECT ref, id FROM participant WHERE plan_id = ?", (plan_id,)))
    insert_rows(
        con,
        "certificate",
        [
            {
                **{c: cert[c] for c in _REGISTER},
                "activity_id": activities[cert["activity"]],
                "participant_id": people[cert["participant"]],
            }
            for cert in register
            if cert["activity"] in activities and cert["participant"] in people
        ],
    )


def _write(session: Session, d: Checked) -> int:
    con = raw_connection(session)
    ids = next_ids(con)
    if _uids_taken(con, d):
        _drop_uids(d)  # a copy of a plan that is already here: it gets new identities

    def take(table: str) -> int:
        ids[table] += 1
        return ids[table]

    plan_id = take("plan")
    insert_rows(con, "plan", [{"id": plan_id, **d.plan}])

    def coded(table: str, rows: list[dict[str, Any]], key: str = "code") -> dict[str, int]:
        mapping: dict[str, int] = {}
        out = []
        for row in rows:
            rid = take(table)
            mapping[row[key]] = rid
            out.append({"id": rid, "plan_id": plan_id, **row})
        insert_rows(con, table, out)
        return mapping

    admins = coded("administration", d.admins)
    themes = coded("theme", d.themes)
    sources = coded("funding_source", d.sources)
    insert_rows(
        con,
        "exchange_rate",
        [
            {"id": take("exchange_rate"), "plan_id": plan_id, **r, "rate_date": _day(r)}
            for r in d.rates
        ],
    )
    insert_rows(
        con,
        "envelope",
        [
            {
                "id": take("envelope"),
                "plan_id": plan_id,
                **e,
                "funding_source_id": sources[e["funding_source_id"]],
            }
            for e in d.envelopes
        ],
    )
    people = coded(
        "participant",
        [{**p, "administration_id": admins[p["administration_id"]]} for p in d.participants],
        key="ref",
    )

    _write_activities(con, ids, plan_id, d.activities, admins, themes, sources, people)
    _write_results(con, plan_id, d, themes)
    from planner.services.baseline_exchange import write_baselines

    write_baselines(con, plan_id, d.baselines)
    sync_ids(con)
    return plan_id


_LEVEL_ORDER = {"objective": 0, "outcome": 1, "output": 2}


def _write_results(con: Any, plan_id: int, d: Checked, themes: dict[str, int]) -> None:
    """The results framework (version 3): parents before children."""
    from planner.services.results_framework import write_indicator

    results: dict[str, int] = {}
    for r in sorted(d.results, key=lambda r: _LEVEL_ORDER[r["level"]]):
        cur = con.execute(
            "INSERT INTO result "
            "(plan_id, code, level, title, parent_id, theme_id, title_zh, uid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                plan_id,
                r["code"],
                r["level"],
                r["title"],
                None if r["parent_id"] is None else results[r["parent_id"]],
                None if r["theme_id"] is None else themes[r["theme_id"]],
                r["title_zh"],
                # a new identity made here: PostgreSQL has no randomblob()
                r.get("uid") or new_uid(),
            ),
        )
        results[r["code"]] = cur.lastrowid
    for i in d.indicators:
        row = {
            **i,
            "result_id": None if i["result_id"] is None else results[i["result_id"]],
            "theme_id": None if i["theme_id"] is None else themes[i["theme_id"]],
        }
        write_indicator(con, plan_id, row, uid=i.get("uid"))


def write_activities(
    session: Session, plan_id: int, d: Checked, *, activity_id: int | None = None
) -> None:
    """Write the checked activities of ``d`` into an existing plan (one activity may
    take a given, free ``activity_id``: an undone delete gets its number back)."""
    con = raw_connection(session)

    def codes(table: str, key: str = "code") -> dict[str, int]:
        sql = f'SELECT {key}, id FROM "{table}" WHERE plan_id = ?'
        return dict(con.execute(sql, (plan_id,)).fetchall())

    _write_activities(
        con,
        next_ids(con),
        plan_id,
        d.activities,
        codes("administration"),
        codes("theme"),
        codes("funding_source"),
        codes("participant", "ref"),
        activity_id,
    )
    sync_ids(con)


def _write_activities(
    con: Any,
    ids: dict[str, int],
    plan_id: int,
    activities: list[dict[str, Any]],
    admins: dict[str, int],
    themes: dict[str, int],
    sources: dict[str, int],
    people: dict[str, int],
    activity_id: int | None = None,
) -> None:
    def take(table: str) -> int:
        ids[table] += 1
        return ids[table]

    d_activities = activities
    acts: list[dict[str, Any]] = []
    quotas: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    paid: list[dict[str, Any]] = []
    enrols: list[dict[str, Any]] = []
    sess: list[tuple[int, int, str]] = []
    marks: list[tuple[int, int, int, str]] = []
    follow: list[tuple[int, str, str | None, str, str]] = []
    for a in d_activities:
        aid = take("activity") if activity_id is None else activity_id
        acts.append(
            {
                "id": aid,
                "plan_id": plan_id,
                "theme_id": themes[a["theme_id"]],
                "uid": a.get("uid"),
                **{
                    k: a.get(k)
                    for k in TABLE_COLUMNS["activity"]
                    if k not in ("id", "plan_id", "theme_id", "uid")
                },
                "start_date": a["start_date"].isoformat(),
                "end_date": a["end_date"].isoformat(),
            }
        )
        session_ids = {}
        for s in a["sessions"]:
            session_ids[s] = take("session")
            sess.append((session_ids[s], aid, s))
        for q in a["quotas"]:
            quotas.append(
                {
                    "id": take("quota"),
                    "activity_id": aid,
                    **q,
                    "administration_id": admins[q["administration_id"]],
                }
            )
        for line in a["budget_lines"]:
            src = line["funding_source_id"]
            line_id = take("budget_line")
            lines.append(
                {
                    "id": line_id,
                    "activity_id": aid,
                    **line,
                    "funding_source_id": None if src is None else sources[src],
                }
            )
            for pay in line.get("payments", ()):
                paid.append(
                    {
                        **pay,
                        "id": take("payment"),
                        "budget_line_id": line_id,
                        "paid_on": None if pay["paid_on"] is None else pay["paid_on"].isoformat(),
                    }
                )
        enrol_ids = {}
        for e in a["enrolments"]:
            enrol_ids[e["participant_id"]] = take("enrolment")
            if e.get("follow_up") is not None:
                day, applies, note = e["follow_up"]
                follow.append(
                    (enrol_ids[e["participant_id"]], day.isoformat(), applies, note, a["code"])
                )
            enrols.append(
                {
                    **e,
                    "id": enrol_ids[e["participant_id"]],
                    "activity_id": aid,
                    "participant_id": people[e["participant_id"]],
                }
            )
        base = ids["mark"]
        if a["marks"]:
            # one column at a time, in C (half a million marks in a large plan)
            whos, whens, statuses = zip(*a["marks"], strict=True)
            marks.extend(
                zip(
                    range(base + 1, base + 1 + len(whos)),
                    map(enrol_ids.__getitem__, whos),
                    map(session_ids.__getitem__, whens),
                    statuses,
                    strict=True,
                )
            )
        ids["mark"] = base + len(a["marks"])
    insert_rows(con, "activity", acts)
    insert_tuples(con, "session", ("id", "activity_id", "starts"), sess)
    insert_rows(con, "quota", quotas)
    insert_rows(con, "budget_line", lines)
    insert_rows(con, "payment", paid)
    insert_rows(con, "enrolment", enrols)
    insert_tuples(con, "mark", ("id", "enrolment_id", "session_id", "status"), marks)
    if follow:
        _write_follow_ups(con, follow)


def _write_follow_ups(con: Any, rows: list[tuple[int, str, str | None, str, str]]) -> None:
    """Follow-ups (version 3), each of a completer of a delivered activity; any
    other refuses the whole import (the caller's transaction rolls back)."""
    from decimal import Decimal

    from planner.errors import Problem, ValidationError
    from planner.services.participation import completed

    problems = []
    for eid, _day, _applies, _note, code in rows:
        status, threshold, sessions, attended, excused, ref, gone = con.execute(
            "SELECT a.status, pl.completion_threshold, "
            "(SELECT count(*) FROM session s WHERE s.activity_id = a.id), "
            "(SELECT count(*) FROM mark m WHERE m.enrolment_id = e.id "
            " AND m.status IN ('present', 'late')), "
            "(SELECT count(*) FROM mark m WHERE m.enrolment_id = e.id "
            " AND m.status = 'excused'), p.ref, e.status = 'withdrawn' "
            "FROM enrolment e JOIN activity a ON a.id = e.activity_id "
            "JOIN plan pl ON pl.id = a.plan_id JOIN participant p ON p.id = e.participant_id "
            "WHERE e.id = ?",
            (eid,),
        ).fetchone()
        if (
            status != "delivered"
            or gone
            or not completed(sessions, attended, excused, Decimal(threshold))
        ):
            problems.append(
                Problem(
                    f"activities {code}",
                    _("{ref} did not complete {code}; only completers have a follow-up").format(
                        ref=ref, code=code
                    ),
                )
            )
    if problems:
        raise ValidationError(problems)
    con.executemany(
        "INSERT INTO follow_up (enrolment_id, on_date, applies, note) VALUES (?, ?, ?, ?)",
        [r[:4] for r in rows],
    )


def _rows_with_uids(d: Checked) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = [("plan", d.plan)]
    found += [("administration", r) for r in d.admins]
    found += [("theme", r) for r in d.themes]
    found += [("funding_source", r) for r in d.sources]
    found += [("participant", r) for r in d.participants]
    for a in d.activities:
        found.append(("activity", a))
        for line in a["budget_lines"]:
            found.append(("budget_line", line))
            found += [("payment", pay) for pay in line.get("payments", ())]
    found += [("result", r) for r in d.results]
    found += [("indicator", r) for r in d.indicators]
    found += [("baseline", r) for r in d.baselines]
    return found


def _uids_taken(con: Any, d: Checked) -> bool:
    """Whether any identity of the file is already used in this database."""
    by_table: dict[str, list[str]] = {}
    for table, row in _rows_with_uids(d):
        if row.get("uid"):
            by_table.setdefault(table, []).append(row["uid"])
    for table, uids in by_table.items():
        for start in range(0, len(uids), 500):
            chunk = uids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            if con.execute(
                f"SELECT 1 FROM {table} WHERE uid IN ({marks}) LIMIT 1", chunk
            ).fetchone():
                return True
    return False


def _drop_uids(d: Checked) -> None:
    for _table, row in _rows_with_uids(d):
        row.pop("uid", None)


def _day(rate: dict[str, Any]) -> str | None:
    """A rate's date as SQLite stores dates (version 4; None when not given)."""
    day = rate.get("rate_date")
    return None if day is None else str(day.isoformat())
