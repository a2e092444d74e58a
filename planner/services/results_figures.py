"""The results figures of docs/methodology.md ("Results"): reach (people reached,
partner and host participations, everything by sex), learning (normalised gain,
cost per learning-gain point, respondents), follow-up (application rate,
coverage) and the groups per delivery mode.

Built on :mod:`planner.services.metrics`: its activity rows give every money and
participation sum, grouped here under the same rule (money from all activities,
planned without cancelled ones; participation from delivered ones). What it does
not count is counted once per enrolment of a delivered activity, per activity
and administration (:func:`count_reach`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from planner.enums import COUNTED_MARKS
from planner.models import Mode, Status
from planner.money import exponent_of
from planner.services.figures import Figures, PlanFigures, Tally, ratio
from planner.services.participation import completed
from planner.services.scope import activity_filter
from planner.store import raw_connection

#: Sex as recorded: F, M, X (other) and "" (not recorded), always all four.
SEXES = ("F", "M", "X", "")
_DELIVERED = Status.DELIVERED.value


@dataclass
class SexTally:
    participants: int = 0
    completers: int = 0
    gain_sum: Decimal = Decimal(0)
    gain_count: int = 0

    def add(self, o: SexTally) -> None:
        self.participants += o.participants
        self.completers += o.completers
        self.gain_sum += o.gain_sum
        self.gain_count += o.gain_count

    @property
    def completion_rate(self) -> Decimal | None:
        return ratio(self.completers, self.participants)

    @property
    def learning_gain(self) -> Decimal | None:
        return ratio(self.gain_sum, self.gain_count)


@dataclass
class Reach:
    """What the results figures add to a row's sums."""

    people: set[int] = field(default_factory=set)
    participants: int = 0
    partner: int = 0
    host: int = 0
    ngain_sum: Decimal = Decimal(0)
    ngain_count: int = 0
    completers: int = 0
    followed: int = 0
    answered: int = 0
    yes: int = 0
    partly: int = 0
    by_sex: dict[str, SexTally] = field(default_factory=lambda: {s: SexTally() for s in SEXES})

    def add(self, o: Reach) -> None:
        self.people |= o.people
        self.participants += o.participants
        self.partner += o.partner
        self.host += o.host
        self.ngain_sum += o.ngain_sum
        self.ngain_count += o.ngain_count
        self.completers += o.completers
        self.followed += o.followed
        self.answered += o.answered
        self.yes += o.yes
        self.partly += o.partly
        for s in SEXES:
            self.by_sex[s].add(o.by_sex[s])


@dataclass(frozen=True)
class Group:
    """A row's figures (:class:`Figures`) with its results figures."""

    figures: Figures
    reach: Reach
    host_known: bool

    @property
    def people_reached(self) -> int:
        return len(self.reach.people)

    @property
    def partner_participations(self) -> int | None:
        return self.reach.partner if self.host_known else None

    @property
    def host_participations(self) -> int | None:
        return self.reach.host if self.host_known else None

    @property
    def normalised_gain(self) -> Decimal | None:
        return ratio(self.reach.ngain_sum, self.reach.ngain_count)

    @property
    def normalised_gain_respondents(self) -> int:
        return self.reach.ngain_count

    @property
    def cost_per_gain_point(self) -> Decimal | None:
        points = self.figures.tally.gain_sum
        return ratio(self.figures.actual_cost, points) if points > 0 else None

    @property
    def application_rate(self) -> Decimal | None:
        r = self.reach
        return ratio(Decimal(r.yes) + Decimal(r.partly) / 2, r.answered)

    @property
    def application_respondents(self) -> int:
        return self.reach.answered

    @property
    def follow_up_coverage(self) -> Decimal | None:
        return ratio(self.reach.followed, self.reach.completers)


_ENROLMENTS = """
WITH n AS MATERIALIZED (
    SELECT s.activity_id, count(*) AS sessions FROM session s
    JOIN activity a ON a.id = s.activity_id WHERE {where} GROUP BY s.activity_id
),
m AS MATERIALIZED (
    SELECT m.enrolment_id, sum(CASE WHEN m.status IN ('present', 'late') THEN 1 ELSE 0 END) AS att,
           sum(CASE WHEN m.status = 'excused' THEN 1 ELSE 0 END) AS exc
    FROM mark m JOIN enrolment e ON e.id = m.enrolment_id
    JOIN activity a ON a.id = e.activity_id WHERE {where} AND m.{counted}
    GROUP BY m.enrolment_id
)
SELECT e.activity_id, p.administration_id, e.participant_id, coalesce(p.gender, ''),
       ad.country, coalesce(m.att, 0), coalesce(n.sessions, 0), coalesce(m.exc, 0),
       e.pre_score, e.post_score, a.max_score, f.applies, f.id IS NOT NULL
FROM enrolment e
JOIN activity a ON a.id = e.activity_id
JOIN participant p ON p.id = e.participant_id
JOIN administration ad ON ad.id = p.administration_id
LEFT JOIN n ON n.activity_id = e.activity_id
LEFT JOIN m ON m.enrolment_id = e.id
LEFT JOIN follow_up f ON f.enrolment_id = e.id
WHERE {where} AND a.status = 'delivered' AND e.status != 'withdrawn'
"""


def count_reach(
    con: Any,
    plan_id: int,
    year: int | None = None,
    activity: str | None = None,
    *,
    ids: Collection[int] | None = None,
    scored: bool = False,
) -> tuple[dict[tuple[int, int], Reach], str | None]:
    """(activity id, administration id) -> its results sums, for the delivered
    activities the filter keeps (``ids``: only the activities with these ids;
    ``scored``: only those with a maximum score, for the normalised gain alone); and
    the plan's host country."""
    threshold_text, host, excused_text = con.execute(
        "SELECT completion_threshold, host_country, max_excused_share FROM plan WHERE id = ?",
        (plan_id,),
    ).fetchone()
    threshold = Decimal(threshold_text)
    max_excused = None if excused_text is None else Decimal(str(excused_text))
    where, args = activity_filter(plan_id, year, activity, ids=ids)
    if scored:
        where += " AND a.max_score IS NOT NULL"
    out: dict[tuple[int, int], Reach] = {}
    for (
        aid,
        admin,
        pid,
        sex,
        country,
        att,
        sessions,
        exc,
        pre,
        post,
        top,
        applies,
        followed,
    ) in con.execute(_ENROLMENTS.format(where=where, counted=COUNTED_MARKS), [*args, *args, *args]):
        r = out.get((aid, admin))
        if r is None:
            r = out[(aid, admin)] = Reach()
        if att < 1:
            continue
        s = r.by_sex[sex if sex in SEXES else ""]
        r.people.add(pid)
        r.participants += 1
        s.participants += 1
        if host is not None:
            if country == host:
                r.host += 1
            else:
                r.partner += 1
        if not completed(sessions, att, exc, threshold, max_excused):
            continue
        r.completers += 1
        s.completers += 1
        if followed:
            r.followed += 1
            if applies is not None:
                r.answered += 1
                r.yes += applies == "yes"
                r.partly += applies == "partly"
        if pre is None or post is None:
            continue
        gain = Decimal(post) - Decimal(pre)
        s.gain_sum += gain
        s.gain_count += 1
        if top is not None:
            room = Decimal(top) - Decimal(pre)
            if room:
                r.ngain_sum += gain / room
                r.ngain_count += 1
    return out, host


def group_tally(rows: Iterable[tuple[Tally, str]]) -> Tally:
    """The sums of a group of activities, (own tally, status) each, under the rule
    of docs/methodology.md: money from all, participation from delivered ones."""
    t = Tally()
    for own, status in rows:
        t.money.add_activity(own.money, status)
        if status == _DELIVERED:
            t.add_participation(own)
    return t


@dataclass(frozen=True)
class Extras:
    """The results figures of every row of a cost-effectiveness report, keyed by
    (scope, key), and the rows per delivery mode."""

    by_row: dict[tuple[str, str], Group]
    modes: list[tuple[str, Group]]


def extras(
    session: Session,
    figures: PlanFigures,
    year: int | None,
    activity: str | None,
    counted: tuple[dict[tuple[int, int], Reach], str | None] | None = None,
) -> Extras:
    """Results figures for the rows of ``figures`` (computed with the same filter);
    ``counted``: what :func:`count_reach` gave for that filter, if already known."""
    con = raw_connection(session)
    plan_id = figures.plan_id
    reach, host = counted or count_reach(con, plan_id, year, activity)
    exp = exponent_of(figures.base_currency)
    where, args = activity_filter(plan_id, year, activity)
    meta = {
        code: (aid, theme, mode, int(start[:4]), status)
        for aid, code, theme, mode, start, status in con.execute(
            "SELECT a.id, a.code, a.theme_id, a.mode, a.start_date, a.status FROM activity a "
            f"WHERE {where}",
            args,
        )
    }
    themes = dict(con.execute("SELECT id, code FROM theme WHERE plan_id = ?", (plan_id,)))
    admins = dict(con.execute("SELECT id, code FROM administration WHERE plan_id = ?", (plan_id,)))
    by_activity: dict[int, Reach] = {}
    by_admin: dict[str, Reach] = {}
    for (aid, admin), r in reach.items():
        by_activity.setdefault(aid, Reach()).add(r)
        by_admin.setdefault(admins[admin], Reach()).add(r)
    group_keys: dict[tuple[str, str], Reach] = {}
    acts = figures.scope("activity")
    plan_key = figures.scope("plan")[0].key  # the stored name (plan_name is as shown)
    for row in acts:
        aid, theme, mode, y, _status = meta[row.key]
        r = by_activity.get(aid, Reach())
        for key in (
            ("activity", row.key),
            ("year", str(y)),
            ("theme", themes[theme]),
            ("kind", row.extra["kind"]),
            ("plan", plan_key),
            ("mode", mode),
        ):
            group_keys.setdefault(key, Reach()).add(r)
    host_known = host is not None
    out = {
        (row.scope, row.key): Group(
            row.figures,
            by_admin.get(row.key, Reach())
            if row.scope == "administration"
            else group_keys.get((row.scope, row.key), Reach()),
            host_known,
        )
        for row in figures.rows
    }
    modes = []
    for m in Mode:
        tally = group_tally(
            (row.figures.tally, meta[row.key][4]) for row in acts if meta[row.key][2] == m.value
        )
        modes.append(
            (
                m.value,
                Group(Figures(tally, exp), group_keys.get(("mode", m.value), Reach()), host_known),
            )
        )
    return Extras(out, modes)
