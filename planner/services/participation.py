"""Participation of a plan's activities, counted in SQL, and the completion rule.

docs/methodology.md: a participant attended at least one session; a completer's
attendance rate (attended / sessions expected, excused sessions not expected)
reaches the plan's completion threshold and, where the plan sets a maximum
excused share, their excused sessions are at most that share of the sessions.
:func:`count_participation` counts every enrolment with one ``GROUP BY`` over the
marks, per activity and administration.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from planner.services.figures import Tally, ratio

#: One (activity, administration) row of the participation query: enrolled,
#: participants, women, participant-days, completers, pre/post pairs of completers,
#: their gain and satisfaction sums in integer hundredths, satisfaction answers.
AdminCounts = tuple[int, int, int, int, int, int, int, int, int]
DAYS = 3  # the index of the participant-days in AdminCounts


@dataclass
class ActivityTally:
    """An activity being counted: its own tally and its administrations' counts."""

    id: int
    code: str
    title: str
    kind: str
    status: str
    year: int
    theme_id: int
    hours: Decimal
    tally: Tally = field(default_factory=Tally)
    #: administration id -> its people's counts in this activity (AdminCounts)
    admin: dict[int, AdminCounts] = field(default_factory=dict)


#: Participation of the chosen activities' enrolments, summed per activity and
#: administration (an activity's own sums are those of its rows, added in Python).
#: Each enrolment's marks are read through the mark index by enrolment, as a
#: GROUP BY of the marks per activity reads them, in one correlated subquery that
#: sums them once, packing two counts in one integer (attended sessions + excused
#: sessions * 2^32: an enrolment has far fewer than 2^32 marks, one per session), and
#: returns the enrolment's attended sessions + 2^32 if it completed: the rule of
#: :func:`completed` is evaluated once per enrolment, there, not once per sum using it
#: (this cost a tenth of the query). Completion in integers: with the threshold as
#: ``num / den``, ``attended / expected >= num / den`` <=> ``attended * den >= num *
#: expected``. The plan's maximum excused share has at most 4 decimals: ``excused /
#: sessions <= max`` is compared exactly as ``excused * 10000 <= max * 10000 *
#: sessions`` (``max * 10000`` an integer passed in, :func:`_max_excused`). Scores
#: and ratings have at most 2 decimals, so summing them as integer hundredths
#: (``round(x * 100)``) is exact.
_MARKS = (
    "coalesce(CAST(sum(CASE WHEN m.status IN ('present', 'late') THEN 1 "
    "WHEN m.status = 'excused' THEN 4294967296 ELSE 0 END) AS BIGINT), 0)"
)
_PARTICIPATION_SQL = """
WITH n AS MATERIALIZED (
    SELECT s.activity_id, count(*) AS sessions
    FROM session s JOIN activity a ON a.id = s.activity_id
    WHERE {where} GROUP BY s.activity_id
),
e AS MATERIALIZED (
    SELECT e.activity_id, p.administration_id AS admin, p.gender,
           e.pre_score, e.post_score, e.satisfaction,
           (SELECT {marks} % 4294967296
                   + CASE WHEN coalesce(n.sessions, 0) - {marks} / 4294967296 > 0
                          AND {marks} % 4294967296 * ?
                              >= ? * (coalesce(n.sessions, 0) - {marks} / 4294967296)
                          {excused}
                     THEN 4294967296 ELSE 0 END
            FROM mark m WHERE m.enrolment_id = e.id) AS k
    FROM activity a
    JOIN enrolment e ON e.activity_id = a.id
    JOIN participant p ON p.id = e.participant_id
    LEFT JOIN n ON n.activity_id = a.id
    WHERE {where} AND e.status != 'withdrawn'
),
c AS (
    SELECT activity_id, admin, gender, pre_score, post_score, satisfaction,
           k % 4294967296 AS att, k >= 4294967296 AS done
    FROM e
)
SELECT activity_id, admin, {sums} FROM c GROUP BY activity_id, admin
"""
#: The maximum excused share's condition, when the plan sets one.
_EXCUSED = "AND {marks} / 4294967296 * 10000 <= ? * coalesce(n.sessions, 0)"
_SUMS = """count(*), coalesce(sum(CASE WHEN att >= 1 THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN att >= 1 AND coalesce(gender, '') = 'F' THEN 1 ELSE 0 END), 0),
       coalesce(sum(att), 0),
       coalesce(sum(CASE WHEN done THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN done AND pre_score IS NOT NULL AND post_score IS NOT NULL
                    THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN done AND pre_score IS NOT NULL AND post_score IS NOT NULL
           THEN CAST(round(CAST(post_score AS NUMERIC) * 100) AS INTEGER)
                - CAST(round(CAST(pre_score AS NUMERIC) * 100) AS INTEGER) END), 0),
       count(satisfaction),
       coalesce(sum(CAST(round(CAST(satisfaction AS NUMERIC) * 100) AS INTEGER)), 0)"""


def _sql(where: str, capped: bool) -> str:
    # Only the chosen activities' enrolments and their marks (through the mark index
    # by enrolment), never every mark of the file: a database holding several plans
    # costs each plan's figures nothing (bench_scale).
    excused = _EXCUSED.format(marks=_MARKS) if capped else ""
    return _PARTICIPATION_SQL.format(where=where, sums=_SUMS, marks=_MARKS, excused=excused)


def _max_excused(text: str | None) -> int | None:
    """The plan's maximum excused share (at most 4 decimals) times 10000, as an
    integer rounded half away from zero as SQL's ``round`` does; None without one."""
    if text is None:
        return None
    return int(Decimal(text).scaleb(4).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def hundredths(n: int) -> Decimal:
    """An exact sum of integer hundredths as a Decimal (two places)."""
    return Decimal(n).scaleb(-2)


def count_participation(
    con: Any,
    where: str,
    args: list[Any],
    acts: dict[int, ActivityTally],
    threshold: Decimal,
    max_excused: str | None,
) -> None:
    """Count the participation of the enrolments of ``acts`` (the activities that
    ``where`` keeps) into their tallies: each activity's own, and its
    administrations' counts (AdminCounts). ``threshold`` and ``max_excused`` are
    the plan's completion threshold and maximum excused share (text, or None)."""
    num, den = threshold.as_integer_ratio()
    cap = _max_excused(max_excused)
    params = [*args, den, num] if cap is None else [*args, den, num, cap]
    for row in con.execute(_sql(where, cap is not None), [*params, *args]):
        acts[row[0]].admin[row[1]] = row[2:]
    for a in acts.values():
        if not a.admin:
            continue
        enrolled, participants, women, days, completers, gain_n, gain, sat_n, sat = map(
            sum, zip(*a.admin.values(), strict=True)
        )
        t = a.tally
        t.enrolled += enrolled
        t.participants += participants
        t.women += women
        t.participant_days += days
        t.participant_hours += days * a.hours
        t.completers += completers
        t.gain_count += gain_n
        t.gain_sum += hundredths(gain)
        t.satisfaction_count += sat_n
        t.satisfaction_sum += hundredths(sat)


def add_admin_counts(t: Tally, counts: list[int], hours: dict[Decimal, int]) -> None:
    """Add an administration's summed AdminCounts to its tally; ``hours`` maps each
    hours-per-session to the participant-days of the activities having it."""
    enrolled, participants, women, days, completers, gain_n, gain, sat_n, sat = counts
    t.enrolled += enrolled
    t.participants += participants
    t.women += women
    t.participant_days += days
    for h, d in hours.items():
        t.participant_hours += d * h
    t.completers += completers
    if hours:  # as many additions of hundredths as there were rows: none, or two places
        t.gain_sum += hundredths(gain)
        t.satisfaction_sum += hundredths(sat)
    t.gain_count += gain_n
    t.satisfaction_count += sat_n


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
