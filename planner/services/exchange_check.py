"""Checking a whole plan exchange document: every rule, every problem listed by
its JSON path, nothing written (docs/exchange-format.md)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from planner.errors import Problem, ValidationError
from planner.i18n import _
from planner.models import EnrolmentStatus, MarkStatus
from planner.money import fmt_plain
from planner.services import entities as E
from planner.services.exchange_json import FORMAT, READABLE, VERSION
from planner.services.rules import Checker, Horizon, check_unique, join

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
    "results",
    "indicators",
    "baselines",
}
#: Each mark status and enrolment status, mapped to itself (its plain text).
_MARKS = {m.value: m.value for m in MarkStatus}
_ENROLMENT_STATUSES = {m.value: m.value for m in EnrolmentStatus}
#: The enrolment's scores (each optional) and the dictionary of the Checker's
#: results for the score texts already found valid in this document.
_SCORES = ("pre_score", "post_score", "satisfaction")


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
        self.results: list[dict[str, Any]] = []
        self.indicators: list[dict[str, Any]] = []
        self.baselines: list[dict[str, Any]] = []  # version 4


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
        raise ValidationError([Problem("", _("a plan file is one JSON object"))])
    if top.get("format") != FORMAT:
        c.add("format", f"must be {FORMAT!r}: this is not a plan exchange file")
        c.raise_if_any()
    version = top.get("version")
    if type(version) is not int or version not in READABLE:
        known = " or ".join(str(v) for v in READABLE)
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            c.add("version", f"{version}: the file was written by a newer version of the planner")
        else:
            c.add("version", f"must be {known}, not {version!r}")
        c.raise_if_any()

    plan = c.obj(top.get("plan"), "plan", E.PLAN_KEYS | UID | {"host_country"})
    horizon = base = None
    if plan is not None:
        out.plan = with_uid(c, plan, "plan", E.plan_values(c, plan, "plan"))
        out.plan["host_country"] = c.country(plan, "host_country", "plan")
        if out.plan["start_year"] is not None and out.plan["years"] is not None:
            horizon = Horizon(out.plan["start_year"], out.plan["years"])
        base = out.plan["base_currency"]

    sections: dict[str, list[Any]] = {}

    def section(key: str) -> list[Any]:
        """A top-level list, read (and its problem told) once however often used."""
        if key not in sections:
            sections[key] = c.items(top, key, "")
        return sections[key]

    def each(key: str, keys: set[str]) -> list[tuple[str, Mapping[str, Any]]]:
        result = []
        for i, item in enumerate(section(key)):
            obj = c.obj(item, join(key, i), keys)
            if obj is not None:
                result.append((join(key, i), obj))
        return result

    admins = _codes(c, section("administrations"), "administrations", "code", "code")
    themes = _codes(c, section("themes"), "themes", "code", "code")
    sources = _codes(c, section("funding_sources"), "funding_sources", "code", "code")
    for p, obj in each("administrations", E.ADMIN_KEYS | UID):
        out.admins.append(with_uid(c, obj, p, E.admin_values(c, obj, p)))
    for p, obj in each("themes", E.NAMED_KEYS | UID):
        out.themes.append(with_uid(c, obj, p, E.named_values(c, obj, p)))
    for p, obj in each("funding_sources", E.NAMED_KEYS | UID):
        out.sources.append(with_uid(c, obj, p, E.named_values(c, obj, p)))
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

    participants = _codes(c, section("participants"), "participants", "ref", "ref")
    for p, obj in each("participants", E.PARTICIPANT_KEYS | UID):
        out.participants.append(with_uid(c, obj, p, E.participant_values(c, obj, p, admins)))

    _codes(c, section("activities"), "activities", "code", "code")
    scores: dict[str, dict[Any, str | None]] = {key: {None: None} for key in _SCORES}
    for p, obj in each("activities", E.ACTIVITY_KEYS | UID | {"max_score"}):
        out.activities.append(
            with_uid(
                c,
                obj,
                p,
                _check_activity(c, obj, p, horizon, themes, admins, sources, participants, scores),
            )
        )
    check_results(c, top, out, horizon, themes)
    from planner.services.baseline_exchange import check_baselines

    out.baselines = check_baselines(c, top, horizon)
    c.raise_if_any()
    return out


#: The optional stable identity of plans, reference data, people, activities and
#: budget lines (version 2; a file without it gets new identities).
UID = {"uid"}
_UID = re.compile(r"[0-9a-f]{32}")
_INDEX = re.compile(r"\[\d+\]")


def with_uid(c: Checker, obj: Mapping[str, Any], path: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with the object's ``uid`` (32 lower-case hex digits) if it has one."""
    value = obj.get("uid")
    if value is None:
        return row
    if not isinstance(value, str) or not _UID.fullmatch(value):
        c.add(join(path, "uid"), "must be 32 lower-case hexadecimal digits")
        return row
    # one identity, one row: two rows of a kind (activities[].budget_lines[]) may
    # not share it (the database would refuse it after the check, less clearly)
    c.once("uid " + _INDEX.sub("[]", path), value, join(path, "uid"), "uid")
    return {**row, "uid": value}


def _payments(
    c: Checker, line: Mapping[str, Any], path: str, currency: str | None
) -> list[dict[str, Any]]:
    """A line's payments (version 3); a line's ``actual`` (versions 1 and 2) reads
    as one undated payment of that amount."""
    actual = c.money(line, "actual", path, currency, nullable=True)
    if "payments" not in line:
        if actual is None:
            return []
        return [
            {
                "paid_on": None,
                "amount_minor": actual,
                "reference": "",
                "note": "",
                "booked_rate": None,
            }
        ]
    if line.get("actual") is not None:
        c.add(join(path, "actual"), "give the line's payments or its actual amount, not both")
    out = []
    for i, item in enumerate(c.items(line, "payments", path)):
        pp = join(join(path, "payments"), i)
        po = c.obj(item, pp, E.PAYMENT_KEYS | UID)
        if po is not None:
            out.append(with_uid(c, po, pp, E.payment_values(c, po, pp, currency)))
    return out


def _enrolment(
    c: Checker,
    eo: Mapping[str, Any],
    ep: str,
    participants: dict[str, str],
    scores: dict[str, dict[Any, str | None]],
) -> dict[str, Any]:
    """An enrolment's values, as :func:`entities.enrolment_values` gives them.

    A large plan repeats the same few hundred score texts tens of thousands of
    times: an enrolment whose participant and status are known and whose every
    score text was already found valid (``scores``: per score, text -> its value,
    filled only from enrolments checked without any problem; ``None`` -> ``None``
    for a score left out or null) is answered without checking again. Any other
    goes through the full check, which notes its problems."""
    try:
        return {
            "participant_id": participants[eo["participant"]],
            "status": _ENROLMENT_STATUSES[eo["status"]],
            "pre_score": scores["pre_score"][eo.get("pre_score")],
            "post_score": scores["post_score"][eo.get("post_score")],
            "satisfaction": scores["satisfaction"][eo.get("satisfaction")],
        }
    except (KeyError, TypeError):  # TypeError: a value that is a list or an object
        pass
    before = len(c.problems)
    values = E.enrolment_values(c, eo, ep, participants)
    if len(c.problems) == before:
        for key in _SCORES:
            if type(eo.get(key)) is str:
                scores[key][eo[key]] = values[key]
    return values


def _check_activity(
    c: Checker,
    obj: Mapping[str, Any],
    p: str,
    horizon: Horizon | None,
    themes: dict[str, str],
    admins: dict[str, str],
    sources: dict[str, str],
    participants: dict[str, str],
    scores: dict[str, dict[Any, str | None]],
) -> dict[str, Any]:
    row = E.activity_values(c, obj, p, horizon, themes)
    row["max_score"] = max_score(c, obj, p)
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
        lo = c.obj(line, lp, E.LINE_KEYS | UID | {"payments"})
        if lo is not None:
            values = with_uid(c, lo, lp, E.line_values(c, lo, lp, sources))
            values["payments"] = _payments(c, lo, lp, values["currency"])
            lines.append(values)
    enrolments = []
    for i, en in enumerate(c.items(obj, "enrolments", p)):
        ep = join(join(p, "enrolments"), i)
        eo = c.obj(en, ep, E.ENROLMENT_KEYS | {"follow_up"})
        if eo is not None:
            values = _enrolment(c, eo, ep, participants, scores)
            values["follow_up"] = follow_up(c, eo, ep)
            enrolments.append((ep, values))
            top = row["max_score"]
            for score in ("pre_score", "post_score"):
                got = values.get(score)
                if top is not None and got is not None and Decimal(got) > Decimal(top):
                    c.add(join(ep, score), f"must be at most the activity's max_score, {top}")
    check_unique(c, [(ep, e["participant_id"]) for ep, e in enrolments], "participant")
    enrolled = {e["participant_id"]: e["participant_id"] for _, e in enrolments}
    known_sessions = {s: s for s in sessions}
    marks: list[tuple[str, str, str]] = []
    seen: dict[tuple[str, str], int] = {}
    ap = join(p, "attendance")
    for i, m in enumerate(c.items(obj, "attendance", p)):
        # Fast path for the common, valid mark (exactly its three keys, each value
        # known: a participant enrolled, a session of the activity, a status; the
        # texts kept are those of the enrolments, sessions and statuses, one copy
        # each); anything else gets the full check.
        try:
            if type(m) is not dict or len(m) != 3:
                raise KeyError
            key = (enrolled[m["participant"]], known_sessions[m["session"]])
            status = _MARKS[m["status"]]
        except (KeyError, TypeError):  # TypeError: a value that is a list or an object
            mo = c.obj(m, join(ap, i), E.MARK_KEYS)
            if mo is None:
                continue
            v = E.mark_values(c, mo, join(ap, i), enrolled, known_sessions)
            if None in v.values():
                continue
            key = (v["enrolment_id"], v["session_id"])
            status = v["status"]
        first = seen.setdefault(key, i)
        if first != i:
            c.add(
                join(ap, i),
                f"{key[0]} is marked twice for session {key[1]} (first at {join(ap, first)})",
            )
            continue
        marks.append((key[0], key[1], status))
    row["sessions"] = sessions
    row["quotas"] = [q for _, q in quotas]
    row["budget_lines"] = lines
    row["enrolments"] = [e for _, e in enrolments]
    row["marks"] = marks
    return row


def max_score(c: Checker, obj: Mapping[str, Any], p: str) -> str | None:
    """An activity's optional maximum test score (version 3), > 0 and <= 100."""
    value = c.decimal(
        obj,
        "max_score",
        p,
        lo=Decimal(0),
        lo_exclusive=True,
        hi=Decimal(100),
        max_places=2,
        nullable=True,
    )
    return None if value is None else fmt_plain(value)


def check_results(
    c: Checker,
    top: Mapping[str, Any],
    out: Checked,
    horizon: Horizon | None,
    themes: dict[str, str],
) -> None:
    """The results framework of a version 3 file (both lists optional)."""
    from planner.services import results_rules as R

    items = c.items(top, "results", "") if "results" in top else []
    _codes(c, items, "results", "code", "code")
    levels = {
        str(r["code"]): str(r["level"])
        for r in items
        if isinstance(r, Mapping)
        and isinstance(r.get("code"), str)
        and isinstance(r.get("level"), str)
    }
    for i, item in enumerate(items):
        p = join("results", i)
        obj = c.obj(item, p, R.RESULT_KEYS | UID)
        if obj is not None:
            out.results.append(with_uid(c, obj, p, R.result_values(c, obj, p, levels, themes)))
    codes = {k: k for k in levels}
    items = c.items(top, "indicators", "") if "indicators" in top else []
    _codes(c, items, "indicators", "code", "code")
    for i, item in enumerate(items):
        p = join("indicators", i)
        obj = c.obj(item, p, R.INDICATOR_KEYS | UID)
        if obj is not None:
            row = R.indicator_values(c, obj, p, horizon, codes, themes)
            out.indicators.append(with_uid(c, obj, p, row))


def follow_up(c: Checker, obj: Mapping[str, Any], p: str) -> tuple[Any, Any, str] | None:
    """An enrolment's optional follow-up (version 3): (date, applies, note)."""
    from planner.models import Applies

    value = obj.get("follow_up")
    if value is None:
        return None
    fp = join(p, "follow_up")
    fo = c.obj(value, fp, {"date", "applies", "note"})
    if fo is None:
        return None
    day = c.day(fo, "date", fp)
    applies = c.choice(fo, "applies", fp, Applies, nullable=True)
    note = c.text(fo, "note", fp, empty_ok=True, multiline=True) or ""
    return (day, applies, note)
