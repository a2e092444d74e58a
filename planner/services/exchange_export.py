"""A stored plan as an exchange document (docs/exchange-format.md), lists in the
order they were stored."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _
from planner.money import format_minor
from planner.services import entities as E
from planner.services.exchange_json import FORMAT, VERSION
from planner.store import raw_connection


def _zh(row: dict[str, Any], **names: str | None) -> dict[str, Any]:
    """``row`` with the Chinese names that are set (version 3 writes none that is not)."""
    row.update((k, v) for k, v in names.items() if v is not None)
    return row


def export_document(session: Session, plan_id: int) -> dict[str, Any]:
    """The whole plan as an exchange document, lists in the order they were stored."""
    con = raw_connection(session)

    def rows(sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return list(con.execute(sql, args).fetchall())

    found = rows(
        "SELECT name, owner, start_year, years, base_currency, completion_threshold, uid, "
        "signatory_name, signatory_title, max_excused_share, host_country, name_zh, owner_zh, "
        + ", ".join(E.SIGNOFF_FIELDS)
        + " FROM plan WHERE id = ?",
        plan_id,
    )
    if not found:
        raise PlannerError(_("there is no plan number {plan_id}").format(plan_id=plan_id))
    signoff = list(found[0][13:])
    found = [found[0][:13]]
    name, owner, start_year, years, base, threshold, plan_uid, *plan_v3, host = found[0][:-2]
    name_zh, owner_zh = found[0][-2:]
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "plan": _zh(
            {
                "name": name,
                "owner": owner,
                "start_year": start_year,
                "years": years,
                "base_currency": base,
                "completion_threshold": threshold,
                "uid": plan_uid,
                # version 3, written only when set
                **_optional(("signatory_name", "signatory_title", "max_excused_share"), plan_v3),
            },
            name_zh=name_zh,
            owner_zh=owner_zh,
        ),
    }
    if host is not None:
        doc["plan"]["host_country"] = host
    doc["plan"].update(_optional(E.SIGNOFF_FIELDS, signoff))  # version 4, when set
    admin = dict(rows("SELECT id, code FROM administration WHERE plan_id = ?", plan_id))
    theme = dict(rows("SELECT id, code FROM theme WHERE plan_id = ?", plan_id))
    source = dict(rows("SELECT id, code FROM funding_source WHERE plan_id = ?", plan_id))
    doc["administrations"] = [
        _zh({"code": c, "name": n, "country": k, "uid": u}, name_zh=z)
        for c, n, k, u, z in rows(
            "SELECT code, name, country, uid, name_zh FROM administration WHERE plan_id = ? "
            "ORDER BY id",
            plan_id,
        )
    ]
    doc["themes"] = [
        _zh({"code": c, "name": n, "uid": u}, name_zh=z)
        for c, n, u, z in rows(
            "SELECT code, name, uid, name_zh FROM theme WHERE plan_id = ? ORDER BY id", plan_id
        )
    ]
    doc["funding_sources"] = [
        _zh({"code": c, "name": n, "uid": u}, name_zh=z)
        for c, n, u, z in rows(
            "SELECT code, name, uid, name_zh FROM funding_source WHERE plan_id = ? ORDER BY id",
            plan_id,
        )
    ]
    doc["exchange_rates"] = [
        {"year": y, "currency": c, "to_base": r, **_optional(("source", "rate_date"), [src, on])}
        for y, c, r, src, on in rows(
            "SELECT year, currency, to_base, source, rate_date FROM exchange_rate "
            "WHERE plan_id = ? ORDER BY id",
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
    for pid, ref, pname, native, gender, adm, position, email, puid in rows(
        "SELECT id, ref, name, native_name, gender, administration_id, position, email, uid "
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
                "uid": puid,
            }
        )
    doc["activities"] = _export_activities(rows, plan_id, admin, theme, source, people)
    for key, items in framework_section(con, plan_id).items():
        if items:
            doc[key] = items
    from planner.services.baselines import export_baselines

    baselines = export_baselines(con, plan_id)
    if baselines:  # version 4, written only when there is one
        doc["baselines"] = baselines
    return doc


def _optional(keys: tuple[str, ...], values: list[Any]) -> dict[str, Any]:
    """The optional fields of version 3 that are set: a plan without them exports
    as it did before."""
    return {k: v for k, v in zip(keys, values, strict=True) if v is not None}


def framework_section(con: Any, plan_id: int) -> dict[str, list[dict[str, Any]]]:
    """The results framework (version 3): ``results`` and ``indicators``."""
    out: dict[str, list[dict[str, Any]]] = {"results": [], "indicators": []}
    for code, level, title, parent, theme, uid, title_zh in con.execute(
        "SELECT r.code, r.level, r.title, p.code, t.code, r.uid, r.title_zh FROM result r "
        "LEFT JOIN result p ON p.id = r.parent_id LEFT JOIN theme t ON t.id = r.theme_id "
        "WHERE r.plan_id = ? ORDER BY r.id",
        (plan_id,),
    ):
        out["results"].append(
            _zh(
                {
                    "code": code,
                    "level": level,
                    "title": title,
                    "parent": parent,
                    "theme": theme,
                    "uid": uid,
                },
                title_zh=title_zh,  # version 5, written only when set
            )
        )
    targets: dict[int, list[dict[str, Any]]] = {}
    for iid, year, value in con.execute(
        "SELECT t.indicator_id, t.year, t.value FROM indicator_target t JOIN indicator i "
        "ON i.id = t.indicator_id WHERE i.plan_id = ? ORDER BY t.indicator_id, t.year",
        (plan_id,),
    ):
        targets.setdefault(iid, []).append({"year": year, "value": value})
    actuals: dict[int, list[dict[str, Any]]] = {}
    for iid, year, value, on, src, note in con.execute(
        "SELECT a.indicator_id, a.year, a.value, a.on_date, a.source, a.note "
        "FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id "
        "WHERE i.plan_id = ? ORDER BY a.indicator_id, a.year",
        (plan_id,),
    ):
        actuals.setdefault(iid, []).append(
            {"year": year, "value": value, "date": on, "source": src, "note": note}
        )
    for (
        iid,
        code,
        name,
        result,
        unit,
        base,
        byear,
        direction,
        src,
        fig,
        theme,
        cum,
        uid,
        name_zh,
        unit_zh,
    ) in con.execute(
        "SELECT i.id, i.code, i.name, r.code, i.unit, i.baseline, i.baseline_year, "
        "i.direction, i.source, i.figure, t.code, i.cumulative, i.uid, i.name_zh, i.unit_zh "
        "FROM indicator i "
        "LEFT JOIN result r ON r.id = i.result_id LEFT JOIN theme t ON t.id = i.theme_id "
        "WHERE i.plan_id = ? ORDER BY i.id",
        (plan_id,),
    ):
        out["indicators"].append(
            _zh(
                {
                    "code": code,
                    "name": name,
                    "result": result,
                    "unit": unit,
                    "baseline": base,
                    "baseline_year": byear,
                    "direction": direction,
                    "source": src,
                    "figure": fig,
                    "theme": theme,
                    "cumulative": bool(cum),
                    "targets": targets.get(iid, []),
                    "actuals": actuals.get(iid, []),
                    "uid": uid,
                },
                name_zh=name_zh,  # version 5, written only when set
                unit_zh=unit_zh,
            )
        )
    return out


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
        "b.id, b.funding_source_id, b.uid FROM budget_line b "
        "JOIN activity a ON a.id = b.activity_id WHERE a.plan_id = ? ORDER BY b.id",
        "enrolments": "SELECT e.activity_id, e.participant_id, e.status, e.pre_score, "
        "e.post_score, e.satisfaction, f.on_date, f.applies, f.note FROM enrolment e "
        "JOIN activity a ON a.id = e.activity_id "
        "LEFT JOIN follow_up f ON f.enrolment_id = e.id WHERE a.plan_id = ? ORDER BY e.id",
        "marks": "SELECT e.activity_id, e.participant_id, s.starts, m.status FROM mark m "
        "JOIN enrolment e ON e.id = m.enrolment_id JOIN session s ON s.id = m.session_id "
        "JOIN activity a ON a.id = e.activity_id WHERE a.plan_id = ? ORDER BY m.id",
    }
    for key, sql in queries.items():
        bucket = by_activity[key]
        for row in rows(sql, plan_id):
            bucket.setdefault(row[0], []).append(row[1:])
    paid: dict[int, list[dict[str, Any]]] = {}
    for line_id, cur, day, amount, ref, note, booked, pu in rows(
        "SELECT p.budget_line_id, b.currency, p.paid_on, p.amount_minor, p.reference, p.note, "
        "p.booked_rate, p.uid FROM payment p JOIN budget_line b ON b.id = p.budget_line_id "
        "JOIN activity a ON a.id = b.activity_id WHERE a.plan_id = ? ORDER BY p.id",
        plan_id,
    ):
        paid.setdefault(line_id, []).append(
            {
                "date": day,
                "amount": format_minor(amount, cur),
                "reference": ref,
                "note": note,
                "booked_rate": booked,
                "uid": pu,
            }
        )
    out = []
    for (
        aid,
        code,
        kind,
        title,
        theme_id,
        status,
        start,
        end,
        venue,
        country,
        mode,
        hours,
        au,
        max_score,
        title_zh,
        venue_zh,
        *signatory,
    ) in rows(
        "SELECT id, code, kind, title, theme_id, status, start_date, end_date, venue, country, "
        "mode, hours_per_session, uid, max_score, title_zh, venue_zh, signatory_name, "
        "signatory_title FROM activity WHERE plan_id = ? ORDER BY id",
        plan_id,
    ):
        zh = _zh({}, title_zh=title_zh, venue_zh=venue_zh)
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
                "uid": au,
                **_optional(("signatory_name", "signatory_title"), signatory),
                **zh,
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
                        "funding_source": None if src is None else source[src],
                        "uid": lu,
                        "payments": paid.get(line_id, []),
                    }
                    for cat, desc, cur, p, line_id, src, lu in by_activity["lines"].get(aid, [])
                ],
                "enrolments": [
                    {
                        "participant": people[p],
                        "status": st,
                        "pre_score": pre,
                        "post_score": post,
                        "satisfaction": sat,
                        **(
                            {"follow_up": {"date": fd, "applies": fa, "note": fn}}
                            if fd is not None
                            else {}
                        ),
                    }
                    for p, st, pre, post, sat, fd, fa, fn in by_activity["enrolments"].get(aid, [])
                ],
                "attendance": [
                    {"participant": people[p], "session": s, "status": st}
                    for p, s, st in by_activity["marks"].get(aid, [])
                ],
            }
        )
        if max_score is not None:
            out[-1]["max_score"] = max_score
    return out
