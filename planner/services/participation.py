"""Participation of a plan's activities, counted in SQL, and the completion rule.

docs/methodology.md: a participant attended at least one session; a completer's
attendance rate (attended / sessions expected, excused sessions not expected)
reaches the plan's completion threshold and, where the plan sets a maximum
excused share, their excused sessions are at most that share of the sessions.
:func:`count_participation` counts every enrolment with one ``GROUP BY`` over the
marks, per activity and administration.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from planner.services.figures import Tally, ratio


@dataclass
class ActivityTally:
    """An activity being counted: its own tally and its administrations'."""

    id: int
    code: str
    title: str
    kind: str
    status: str
    year: int
    theme_id: int
    hours: Decimal
    tally: Tally = field(default_factory=Tally)
    admin_days: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    admin: dict[int, Tally] = field(default_factory=dict)


#: Participation of one activity's enrolments, summed per administration in SQL.
#: Completion is the rule of :func:`completed` in integers: with the threshold as
#: ``num / den``, ``attended / expected >= num / den`` <=> ``attended * den >= num *
#: expected``. Scores and ratings have at most 2 decimals, so summing them as
#: integer hundredths (``round(x * 100)``) is exact. The plan's maximum excused
#: share has at most 4 decimals: ``excused / sessions <= max`` is compared exactly
#: as ``excused * 10000 <= round(max * 10000) * sessions``.
_PARTICIPATION_SQL = """
WITH n AS MATERIALIZED (
    SELECT s.activity_id, count(*) AS sessions
    FROM session s JOIN activity a ON a.id = s.activity_id
    WHERE {where} GROUP BY s.activity_id
),
m AS MATERIALIZED (
    SELECT enrolment_id, sum(CASE WHEN status IN ('present', 'late') THEN 1 ELSE 0 END) AS att,
           sum(CASE WHEN status = 'excused' THEN 1 ELSE 0 END) AS exc
    FROM mark {narrow} GROUP BY enrolment_id
),
c AS (
    SELECT e.activity_id, p.administration_id AS admin, p.gender,
           e.pre_score, e.post_score, e.satisfaction,
           coalesce(m.att, 0) AS att,
           (coalesce(n.sessions, 0) - coalesce(m.exc, 0) > 0
            AND coalesce(m.att, 0) * ?
                >= ? * (coalesce(n.sessions, 0) - coalesce(m.exc, 0))
            AND (pl.max_excused_share IS NULL
                 OR coalesce(m.exc, 0) * 10000
                    <= CAST(round(CAST(pl.max_excused_share AS NUMERIC) * 10000) AS INTEGER)
                       * coalesce(n.sessions, 0))) AS done
    FROM enrolment e
    JOIN activity a ON a.id = e.activity_id
    JOIN plan pl ON pl.id = a.plan_id
    LEFT JOIN n ON n.activity_id = e.activity_id
    JOIN participant p ON p.id = e.participant_id
    LEFT JOIN m ON m.enrolment_id = e.id
    WHERE {where} AND e.status != 'withdrawn'
)
SELECT activity_id, admin, count(*), coalesce(sum(CASE WHEN att >= 1 THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN att >= 1 AND coalesce(gender, '') = 'F' THEN 1 ELSE 0 END), 0),
       coalesce(sum(att), 0),
       coalesce(sum(CASE WHEN done THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN done AND pre_score IS NOT NULL AND post_score IS NOT NULL
                    THEN 1 ELSE 0 END), 0),
       sum(CASE WHEN done AND pre_score IS NOT NULL AND post_score IS NOT NULL
           THEN CAST(round(CAST(post_score AS NUMERIC) * 100) AS INTEGER)
                - CAST(round(CAST(pre_score AS NUMERIC) * 100) AS INTEGER) END),
       count(satisfaction), sum(CAST(round(CAST(satisfaction AS NUMERIC) * 100) AS INTEGER))
FROM c GROUP BY activity_id, admin
"""


def _sql(where: str) -> str:
    # Only the chosen activities' marks (through the mark index by enrolment), never
    # every mark of the file: a database holding several plans costs each plan's
    # figures nothing (bench_scale), for about a tenth more on a file of one plan.
    only = (
        "WHERE enrolment_id IN (SELECT e.id FROM enrolment e "
        f"JOIN activity a ON a.id = e.activity_id WHERE {where})"
    )
    return _PARTICIPATION_SQL.format(where=where, narrow=only)


def count_participation(
    con: Any,
    where: str,
    args: list[Any],
    acts: dict[int, ActivityTally],
    threshold: Decimal,
) -> None:
    """Count the participation of the enrolments of ``acts`` (the activities that
    ``where`` keeps) into their tallies, per activity and administration."""
    num, den = threshold.as_integer_ratio()
    hundredth = Decimal("0.01")
    for (
        aid,
        admin_id,
        enrolled,
        participants,
        women,
        days,
        completers,
        gain_n,
        gain_sum,
        sat_n,
        sat_sum,
    ) in con.execute(_sql(where), [*args, *args, den, num, *args]):
        a = acts[aid]
        t = a.admin[admin_id] = Tally(
            enrolled=enrolled,
            participants=participants,
            women=women,
            participant_days=days,
            participant_hours=days * a.hours,
            completers=completers,
            gain_count=gain_n,
            gain_sum=(gain_sum or 0) * hundredth,
            satisfaction_count=sat_n,
            satisfaction_sum=(sat_sum or 0) * hundredth,
        )
        a.admin_days[admin_id] += days
        a.tally.add_participation(t)


def attendance_rate(sessions: int, attended: int, excused: int) -> Decimal | None:
    """attended / (sessions - excused sessions); None when nothing was expected."""
    return ratio(attended, sessions - excused)


def completed(
    sessions: int,
    attended: int,
    excused: int,
    threshold: Decimal,
    max_excused: Decimal | None = None,
) -> bool:
    """Whether the attendance rate reaches the plan's completion threshold and,
    when the plan sets ``max_excused`` (a share of the sessions), the excused
    sessions stay within it."""
    expected = sessions - excused
    if max_excused is not None and excused > max_excused * sessions:
        return False
    # rate >= threshold, without dividing: attended / expected >= threshold
    return expected > 0 and attended >= threshold * expected
