"""Plan exchange files (spec/exchange-format.md): import all or nothing, export.

Import reads and checks the whole file first, listing every problem by its JSON
path; only a file without problems is written, in one transaction, in bulk.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session

from planner.errors import PlannerError, Problem, ValidationError
from planner.models import MarkStatus, Plan
from planner.money import format_minor
from planner.services import entities as E
from planner.services.rules import Checker, Horizon, check_unique, join
from planner.services.tables import TABLE_COLUMNS, insert_rows, next_ids
from planner.store import raw_connection

FORMAT = "capacity-plan"
VERSION = 1
MAX_FILE_BYTES = 512 * 1024 * 1024
TOP_KEYS = {
    "format",
    "version",
    "plan",
    "administrations",
    "themes",
    "funding_sources",
    "exchange_rates",
    "envelopes",
    "participants",
    "activities",
}
_MARKS = frozenset(m.value for m in MarkStatus)


# ---------------------------------------------------------------- reading
def read_document(path: Path) -> Any:
    """Parse a file as JSON, refusing what JSON parsers usually let through."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "a device or a pipe"
            raise PlannerError(f"{path} is {what}, not a plan file; nothing was imported")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise PlannerError(f"{path} is {size // 2**20} MiB; a plan file is at most 512 MiB")
        raw = path.read_bytes()
    except OSError as e:
        raise PlannerError(f"cannot read {path}: {e.strerror}") from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise PlannerError(f"{path} is not UTF-8 text (byte {e.start}); is it a plan file?") from e
    del raw  # half the peak memory of a large import is the file held twice
    return parse_document(text, str(path))


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _pairs(pairs: list[tuple[str, Any]], _shared: dict[str, str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    shared = _SHARED if _shared is None else _shared
    for key, value in pairs:
        if key in out:
            raise ValueError(f"key {key!r} appears twice in one object")
        if type(value) is str and len(value) <= 24:
            # The same short strings (statuses, codes, dates) repeat hundreds of
            # thousands of times in a large plan: keep one copy of each.
            value = shared.setdefault(value, value)
        out[key] = value
    return out


_SHARED: dict[str, str] = {}


def parse_document(text: str, name: str = "the file") -> Any:
    try:
        return json.loads(text, parse_constant=_no_constants, object_pairs_hook=_pairs)
    except json.JSONDecodeError as e:
        raise PlannerError(
            f"{name} is not a valid plan file: {e.msg} at line {e.lineno}, column {e.colno}"
        ) from e
    except (ValueError, RecursionError) as e:
        raise PlannerError(f"{name} is not a valid plan file: {e}") from e
    finally:
        _SHARED.clear()


# ---------------------------------------------------------------- checking
class Checked:
    """A whole document, checked: rows keyed by code, ready to be written."""

    def __init__(self) -> None:
        self.plan: dict[str, Any] = {}
        self.admins: list[dict[str, Any]] = []
        self.themes: list[dict[str, Any]] = []
        self.sources: list[dict[str, Any]] = []
        self.rates: list[dict[str, Any]] = []
        self.envelopes: list[dict[str, Any]] = []
        self.participants: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []


def _codes(c: Checker, items: list[Any], path: str, key: str, what: str) -> dict[str, str]:
    pairs = [
        (join(join(path, i), key), item.get(key))
        for i, item in enumerate(items)
        if isinstance(item, Mapping) and isinstance(item.get(key), str)
    ]
    check_unique(c, pairs, what)
    return {str(v): str(v) for _, v in pairs}


def check_document(doc: Any) -> Checked:
    """Check every rule; raise ValidationError listing all problems, else return rows."""
    c = Checker(strict=True)
    out = Checked()
    top = c.obj(doc, "", TOP_KEYS)
    if top is None:
        raise ValidationError([Problem("", "a plan file is one JSON object")])
    if top.get("format") != FORMAT:
        c.add("format", f"must be {FORMAT!r}: this is not a plan exchange file")
        c.raise_if_any()
    version = top.get("version")
    if type(version) is not int or version != VERSION:
        if isinstance(version, bool) or not isinstance(version, int):
            c.add("version", f"must be {VERSION}, not {version!r}")
        elif version > VERSION:
            c.add("version", f"{version}: the file was written by a newer version of the planner")
        else:
            c.add("version", f"must be {VERSION}, not {version!r}")
        c.raise_if_any()

    plan = c.obj(top.get("plan"), "plan", E.PLAN_KEYS)
    horizon = base = None
    if plan is not None:
        out.plan = E.plan_values(c, plan, "plan")
        if out.plan["start_year"] is not None and out.plan["years"] is not None:
            horizon = Horizon(out.plan["start_year"], out.plan["years"])
        base = out.plan["base_currency"]

    def each(key: str, keys: set[str]) -> list[tuple[str, Mapping[str, Any]]]:
        result = []
        for i, item in enumerate(c.items(top, key, "")):
            obj = c.obj(item, join(key, i), keys)
            if obj is not None:
                result.append((join(key, i), obj))
        return result

    admins = _codes(c, c.items(top, "administrations", ""), "administrations", "code", "code")
    themes = _codes(c, c.items(top, "themes", ""), "themes", "code", "code")
    sources = _codes(c, c.items(top, "funding_sources", ""), "funding_sources", "code", "code")
    for p, obj in each("administrations", E.ADMIN_KEYS):
        out.admins.append(E.admin_values(c, obj, p))
    for p, obj in each("themes", E.NAMED_KEYS):
        out.themes.append(E.named_values(c, obj, p))
    for p, obj in each("funding_sources", E.NAMED_KEYS):
        out.sources.append(E.named_values(c, obj, p))
    rate_keys = []
    for p, obj in each("exchange_rates", E.RATE_KEYS):
        row = E.rate_values(c, obj, p, horizon, base)
        out.rates.append(row)
        rate_keys.append((p, (row["year"], row["currency"]) if None not in row.values() else None))
    check_unique(c, rate_keys, "year and currency")
    env_keys = []
    for p, obj in each("envelopes", E.ENVELOPE_KEYS):
        row = E.envelope_values(c, obj, p, horizon, base, sources)
        out.envelopes.append(row)
        env_keys.append((p, (row["year"], row["funding_source_id"])))
    check_unique(c, [(p, k) for p, k in env_keys if None not in k], "year and funding source")

    participants = _codes(c, c.items(top, "participants", ""), "participants", "ref", "ref")
    for p, obj in each("participants", E.PARTICIPANT_KEYS):
        out.participants.append(E.participant_values(c, obj, p, admins))

    _codes(c, c.items(top, "activities", ""), "activities", "code", "code")
    for p, obj in each("activities", E.ACTIVITY_KEYS):
        out.activities.append(
            _check_activity(c, obj, p, horizon, themes, admins, sources, participants)
        )
    c.raise_if_any()
    return out


def _check_activity(
    c: Checker,
    obj: Mapping[str, Any],
    p: str,
    horizon: Horizon | None,
    themes: dict[str, str],
    admins: dict[str, str],
    sources: dict[str, str],
    participants: dict[str, str],
) -> dict[str, Any]:
    row = E.activity_values(c, obj, p, horizon, themes)
    sessions = E.session_values(
        c, c.items(obj, "sessions", p), join(p, "sessions"), row["start_date"], row["end_date"]
    )
    quotas = []
    for i, q in enumerate(c.items(obj, "quotas", p)):
        qo = c.obj(q, join(join(p, "quotas"), i), E.QUOTA_KEYS)
        if qo is not None:
            quotas.append(
                (
                    join(join(p, "quotas"), i),
                    E.quota_values(c, qo, join(join(p, "quotas"), i), admins),
                )
            )
    check_unique(c, [(qp, q["administration_id"]) for qp, q in quotas], "administration")
    lines = []
    for i, line in enumerate(c.items(obj, "budget_lines", p)):
        lp = join(join(p, "budget_lines"), i)
        lo = c.obj(line, lp, E.LINE_KEYS)
        if lo is not None:
            lines.append(E.line_values(c, lo, lp, sources))
    enrolments = []
    for i, en in enumerate(c.items(obj, "enrolments", p)):
        ep = join(join(p, "enrolments"), i)
        eo = c.obj(en, ep, E.ENROLMENT_KEYS)
        if eo is not None:
            enrolments.append((ep, E.enrolment_values(c, eo, ep, participants)))
    check_unique(c, [(ep, e["participant_id"]) for ep, e in enrolments], "participant")
    enrolled = {e["participant_id"]: e["participant_id"] for _, e in enrolments}
    known_sessions = {s: s for s in sessions}
    marks: list[tuple[str, str, str]] = []
    seen: dict[tuple[str, str], int] = {}
    ap = join(p, "attendance")
    for i, m in enumerate(c.items(obj, "attendance", p)):
        # Fast path for the common, valid mark; anything else gets the full check.
        if (
            type(m) is dict
            and len(m) == 3
            and type(m.get("participant")) is str
            and type(m.get("session")) is str
            and m.get("participant") in enrolled
            and m.get("session") in known_sessions
            and m.get("status") in _MARKS
        ):
            key = (m["participant"], m["session"])
        else:
            mo = c.obj(m, join(ap, i), E.MARK_KEYS)
            if mo is None:
                continue
            v = E.mark_values(c, mo, join(ap, i), enrolled, known_sessions)
            if None in v.values():
                continue
            key = (v["enrolment_id"], v["session_id"])
            m = {"status": v["status"]}
        if key in seen:
            c.add(
                join(ap, i),
                f"{key[0]} is marked twice for session {key[1]} (first at {join(ap, seen[key])})",
            )
            continue
        seen[key] = i
        marks.append((key[0], key[1], m["status"]))
    row["sessions"] = sessions
    row["quotas"] = [q for _, q in quotas]
    row["budget_lines"] = lines
    row["enrolments"] = [e for _, e in enrolments]
    row["marks"] = marks
    return row


# ---------------------------------------------------------------- writing
def import_document(session: Session, doc: Any | Checked, *, replace: bool = False) -> int:
    """Check (unless already checked) and write a whole plan inside the caller's
    transaction; returns its id."""
    checked = doc if isinstance(doc, Checked) else check_document(doc)
    name = checked.plan["name"]
    existing = session.exec(select(Plan.id).where(Plan.name == name)).first()  # type: ignore[call-overload]
    if existing is not None:
        if not replace:
            raise PlannerError(
                f"a plan named {name!r} is already in the database; use --replace to replace it"
            )
        session.execute(delete(Plan).where(Plan.id == existing[0]))  # type: ignore[arg-type]
    return _write(session, checked)


def _write(session: Session, d: Checked) -> int:
    con = raw_connection(session)
    ids = next_ids(con)

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
        [{"id": take("exchange_rate"), "plan_id": plan_id, **r} for r in d.rates],
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
    return plan_id


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
    enrols: list[dict[str, Any]] = []
    sess: list[tuple[int, int, str]] = []
    marks: list[tuple[int, int, int, str]] = []
    for a in d_activities:
        aid = take("activity") if activity_id is None else activity_id
        acts.append(
            {
                "id": aid,
                "plan_id": plan_id,
                "theme_id": themes[a["theme_id"]],
                **{
                    k: a[k]
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
            lines.append(
                {
                    "id": take("budget_line"),
                    "activity_id": aid,
                    **line,
                    "funding_source_id": None if src is None else sources[src],
                }
            )
        enrol_ids = {}
        for e in a["enrolments"]:
            enrol_ids[e["participant_id"]] = take("enrolment")
            enrols.append(
                {
                    **e,
                    "id": enrol_ids[e["participant_id"]],
                    "activity_id": aid,
                    "participant_id": people[e["participant_id"]],
                }
            )
        base = ids["mark"]
        marks.extend(
            (base + n + 1, enrol_ids[who], session_ids[when], status)
            for n, (who, when, status) in enumerate(a["marks"])
        )
        ids["mark"] = base + len(a["marks"])
    insert_rows(con, "activity", acts)
    con.executemany("INSERT INTO session (id, activity_id, starts) VALUES (?, ?, ?)", sess)
    insert_rows(con, "quota", quotas)
    insert_rows(con, "budget_line", lines)
    insert_rows(con, "enrolment", enrols)
    con.executemany(
        "INSERT INTO mark (id, enrolment_id, session_id, status) VALUES (?, ?, ?, ?)", marks
    )


# ---------------------------------------------------------------- exporting
def export_document(session: Session, plan_id: int) -> dict[str, Any]:
    """The whole plan as an exchange document, lists in the order they were stored."""
    con = raw_connection(session)

    def rows(sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return list(con.execute(sql, args).fetchall())

    found = rows(
        "SELECT name, owner, start_year, years, base_currency, completion_threshold "
        "FROM plan WHERE id = ?",
        plan_id,
    )
    if not found:
        raise PlannerError(f"there is no plan number {plan_id}")
    name, owner, start_year, years, base, threshold = found[0]
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "plan": {
            "name": name,
            "owner": owner,
            "start_year": start_year,
            "years": years,
            "base_currency": base,
            "completion_threshold": threshold,
        },
    }
    admin = dict(rows("SELECT id, code FROM administration WHERE plan_id = ?", plan_id))
    theme = dict(rows("SELECT id, code FROM theme WHERE plan_id = ?", plan_id))
    source = dict(rows("SELECT id, code FROM funding_source WHERE plan_id = ?", plan_id))
    doc["administrations"] = [
        {"code": c, "name": n, "country": k}
        for c, n, k in rows(
            "SELECT code, name, country FROM administration WHERE plan_id = ? ORDER BY id", plan_id
        )
    ]
    doc["themes"] = [
        {"code": c, "name": n}
        for c, n in rows("SELECT code, name FROM theme WHERE plan_id = ? ORDER BY id", plan_id)
    ]
    doc["funding_sources"] = [
        {"code": c, "name": n}
        for c, n in rows(
            "SELECT code, name FROM funding_source WHERE plan_id = ? ORDER BY id", plan_id
        )
    ]
    doc["exchange_rates"] = [
        {"year": y, "currency": c, "to_base": r}
        for y, c, r in rows(
            "SELECT year, currency, to_base FROM exchange_rate WHERE plan_id = ? ORDER BY id",
            plan_id,
        )
    ]
    doc["envelopes"] = [
        {"year": y, "funding_source": source[s], "amount": format_minor(a, base)}
        for y, s, a in rows(
            "SELECT year, funding_source_id, amount_minor FROM envelope WHERE plan_id = ? "
            "ORDER BY id",
            plan_id,
        )
    ]
    people: dict[int, str] = {}
    doc["participants"] = []
    for pid, ref, pname, native, gender, adm, position, email in rows(
        "SELECT id, ref, name, native_name, gender, administration_id, position, email "
        "FROM participant WHERE plan_id = ? ORDER BY id",
        plan_id,
    ):
        people[pid] = ref
        doc["participants"].append(
            {
                "ref": ref,
                "name": pname,
                "native_name": native,
                "gender": gender,
                "administration": admin[adm],
                "position": position,
                "email": email,
            }
        )
    doc["activities"] = _export_activities(rows, plan_id, admin, theme, source, people)
    return doc


def _export_activities(
    rows: Any,
    plan_id: int,
    admin: dict[int, str],
    theme: dict[int, str],
    source: dict[int, str],
    people: dict[int, str],
) -> list[dict[str, Any]]:
    by_activity: dict[str, dict[int, list[Any]]] = {
        k: {} for k in ("sessions", "quotas", "lines", "enrolments", "marks")
    }
    queries = {
        "sessions": "SELECT s.activity_id, s.id, s.starts FROM session s "
        "JOIN activity a ON a.id = s.activity_id WHERE a.plan_id = ? ORDER BY s.id",
        "quotas": "SELECT q.activity_id, q.administration_id, q.seats FROM quota q "
        "JOIN activity a ON a.id = q.activity_id WHERE a.plan_id = ? ORDER BY q.id",
        "lines": "SELECT b.activity_id, b.category, b.description, b.currency, b.planned_minor, "
        "b.actual_minor, b.funding_source_id FROM budget_line b "
        "JOIN activity a ON a.id = b.activity_id WHERE a.plan_id = ? ORDER BY b.id",
        "enrolments": "SELECT e.activity_id, e.participant_id, e.status, e.pre_score, "
        "e.post_score, e.satisfaction FROM enrolment e "
        "JOIN activity a ON a.id = e.activity_id WHERE a.plan_id = ? ORDER BY e.id",
        "marks": "SELECT e.activity_id, e.participant_id, s.starts, m.status FROM mark m "
        "JOIN enrolment e ON e.id = m.enrolment_id JOIN session s ON s.id = m.session_id "
        "JOIN activity a ON a.id = e.activity_id WHERE a.plan_id = ? ORDER BY m.id",
    }
    for key, sql in queries.items():
        bucket = by_activity[key]
        for row in rows(sql, plan_id):
            bucket.setdefault(row[0], []).append(row[1:])
    out = []
    for aid, code, kind, title, theme_id, status, start, end, venue, country, mode, hours in rows(
        "SELECT id, code, kind, title, theme_id, status, start_date, end_date, venue, country, "
        "mode, hours_per_session FROM activity WHERE plan_id = ? ORDER BY id",
        plan_id,
    ):
        out.append(
            {
                "code": code,
                "kind": kind,
                "title": title,
                "theme": theme[theme_id],
                "status": status,
                "start": start,
                "end": end,
                "venue": venue,
                "country": country,
                "mode": mode,
                "hours_per_session": hours,
                "sessions": [s for _, s in by_activity["sessions"].get(aid, [])],
                "quotas": [
                    {"administration": admin[a], "seats": n}
                    for a, n in by_activity["quotas"].get(aid, [])
                ],
                "budget_lines": [
                    {
                        "category": cat,
                        "description": desc,
                        "currency": cur,
                        "planned": format_minor(p, cur),
                        "actual": None if act is None else format_minor(act, cur),
                        "funding_source": None if src is None else source[src],
                    }
                    for cat, desc, cur, p, act, src in by_activity["lines"].get(aid, [])
                ],
                "enrolments": [
                    {
                        "participant": people[p],
                        "status": st,
                        "pre_score": pre,
                        "post_score": post,
                        "satisfaction": sat,
                    }
                    for p, st, pre, post, sat in by_activity["enrolments"].get(aid, [])
                ],
                "attendance": [
                    {"participant": people[p], "session": s, "status": st}
                    for p, s, st in by_activity["marks"].get(aid, [])
                ],
            }
        )
    return out


def dumps(doc: Any) -> str:
    """JSON laid out for people and diffs: objects of plain values on one line each."""
    parts: list[str] = []
    _dump(doc, "", parts, in_list=False)
    parts.append("\n")
    return "".join(parts)


def _flat(value: Any) -> bool:
    if isinstance(value, dict):
        return all(not isinstance(v, (dict, list)) for v in value.values())
    if isinstance(value, list):
        return all(not isinstance(v, (dict, list)) for v in value)
    return True


def _dump(value: Any, indent: str, parts: list[str], *, in_list: bool) -> None:
    # Flat objects inside lists (rows) take one line; lists of plain values too.
    if (
        not value
        or not isinstance(value, (dict, list))
        or (_flat(value) and (in_list or isinstance(value, list)))
    ):
        parts.append(json.dumps(value, ensure_ascii=False))
        return
    inner = indent + "  "
    if isinstance(value, dict):
        parts.append("{")
        for i, (key, item) in enumerate(value.items()):
            parts.append(
                ("," if i else "") + "\n" + inner + json.dumps(key, ensure_ascii=False) + ": "
            )
            _dump(item, inner, parts, in_list=False)
        parts.append("\n" + indent + "}")
    else:
        parts.append("[")
        for i, item in enumerate(value):
            parts.append(("," if i else "") + "\n" + inner)
            _dump(item, inner, parts, in_list=True)
        parts.append("\n" + indent + "]")
