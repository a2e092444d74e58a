"""Participation of a plan's activities, counted in SQL, and the completion rule.

docs/methodology.md: a participant attended at least one session; a completer's
attendance rate (attended / sessions expected, excused sessions not expected)
reaches the plan's completion threshold and, where the plan sets a maximum
excused share, their excused sessions are at most that share of the sessions.
:func:`count_participation` counts every enrolment with one ``GROUP BY`` over the
marks, per activity and administration (per activity alone if not delivered).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from planner.enums import COUNTED_MARKS, Status
from planner.services.figures import Tally, ratio

#: One (activity, administration) row of the participation query, as it comes:
#: enrolled, participant-days (attended sessions) + completers * 2^32, participants +
#: women * 2^32, pre/post pairs of completers + satisfaction answers * 2^32, the
#: completers' gain and the satisfaction in integer hundredths. Rows add up as they are
#: (two counts per integer: each sums below 2^32, being at most a count of marks or of
#: enrolments); :func:`unpack` spells a sum out as :data:`Counts`.
AdminCounts = tuple[int, int, int, int, int, int]
#: Enrolled, participants, women, participant-days, completers, pre/post pairs of
#: completers, their gain and satisfaction sums in integer hundredths, satisfaction
#: answers.
Counts = tuple[int, int, int, int, int, int, int, int, int]
_LOW = 2**32 - 1


def unpack(counts: AdminCounts | list[int]) -> Counts:
    """A sum of :data:`AdminCounts` rows, each count on its own (:data:`Counts`)."""
    enrolled, days_done, part_women, pairs_sat, gain, sat = counts
    return (
        enrolled, part_women & _LOW, part_women >> 32, days_done & _LOW, days_done >> 32,
        pairs_sat & _LOW, gain, pairs_sat >> 32, sat,
    )  # fmt: skip


def days_of(counts: AdminCounts) -> int:
    """The participant-days of an (activity, administration) row."""
    return counts[1] & _LOW


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
    #: administration id -> its people's counts in this activity (AdminCounts); an
    #: activity not delivered has one row, None -> all its people's counts
    admin: dict[int | None, AdminCounts] = field(default_factory=dict)


#: Participation of the chosen activities' enrolments, summed per activity and
#: administration (an activity's own sums are those of its rows, added in Python).
#: Each enrolment's marks that count (attended or excused: COUNTED_MARKS, every
#: status but absent) are read from their partial index by enrolment, which holds their
#: status (``ix_mark_counted``, revision 0014): the index alone, without a look-up of
#: each mark's row (which cost half of :func:`metrics.compute` on a large plan). The
#: condition must stay the index's own, word for word, or SQLite reads the table again
#: (a test checks the query plan). One correlated subquery sums them once, packing
#: two counts in one integer (attended sessions + excused sessions * 2^32: an
#: enrolment has far fewer than 2^32 marks, one per session; a counted mark is
#: present, late or excused, the CHECK constraint of its status), and
#: returns the enrolment's attended sessions + 2^32 if it completed: the rule of
#: :func:`completed` is evaluated once per enrolment, there, not once per sum using it
#: (this cost a tenth of the query). Completion in integers: with the threshold as
#: ``num / den``, ``attended / expected >= num / den`` <=> ``attended * den >= num *
#: expected``. The plan's maximum excused share has at most 4 decimals: ``excused /
#: sessions <= max`` is compared exactly as ``excused * 10000 <= max * 10000 *
#: sessions`` (``max * 10000`` an integer passed in, :func:`_max_excused`). Scores
#: and ratings have at most 2 decimals, so summing them as integer hundredths
#: (``round(x * 100)``) is exact. The sessions per activity come with the activity
#: (``n``, the outer loop), not from a lookup per enrolment. An activity that is not
#: delivered counts in no administration's row (metrics_groups.assemble): its
#: enrolments are summed in one row, of administration NULL (fewer rows to hand over).
_MARKS = (
    "coalesce(CAST(sum(CASE WHEN m.status = 'excused' THEN 4294967296 ELSE 1 END) AS BIGINT), 0)"
)
_PARTICIPATION_SQL = """
WITH n AS MATERIALIZED (
    SELECT a.id, a.status, (SELECT count(*) FROM session s WHERE s.activity_id = a.id) AS sessions
    FROM activity a WHERE {where}
),
e AS MATERIALIZED (
    SELECT e.activity_id,
           CASE WHEN n.status = '{delivered}' THEN p.administration_id END AS admin, p.gender,
           e.pre_score, e.post_score, e.satisfaction,
           (SELECT {marks} % 4294967296
                   + CASE WHEN n.sessions - {marks} / 4294967296 > 0
                          AND {marks} % 4294967296 * ?
                              >= ? * (n.sessions - {marks} / 4294967296)
                          {excused}
                     THEN 4294967296 ELSE 0 END
            FROM mark m WHERE m.enrolment_id = e.id AND m.{counted}) AS k
    FROM n CROSS JOIN enrolment e
    JOIN participant p ON p.id = e.participant_id
    WHERE e.activity_id = n.id AND e.status != 'withdrawn'
)
SELECT activity_id, admin, {sums} FROM e GROUP BY activity_id, admin
"""
#: The maximum excused share's condition, when the plan sets one.
_EXCUSED = "AND {marks} / 4294967296 * 10000 <= ? * n.sessions"
#: The sums of :data:`AdminCounts`, two counts per integer where both are counts of
#: marks or enrolments (each sum of a row, or of rows added in Python, stays below
#: 2^32): each aggregate costs about as much as all the arithmetic of a row, and
#: the enrolment's k is already attended + completed * 2^32. The packed sums are cast
#: back to BIGINT (a no-op on SQLite): PostgreSQL sums BIGINTs as NUMERIC, which comes
#: back to Python through a slower loader; the hundredths are INTEGERs per enrolment,
#: which it sums as BIGINT.
_PAIR = "k >= 4294967296 AND pre_score IS NOT NULL AND post_score IS NOT NULL"
_SUMS = f"""count(*), coalesce(CAST(sum(k) AS BIGINT), 0),
       coalesce(CAST(sum(CASE WHEN k % 4294967296 > 0
                         THEN CASE WHEN gender = 'F' THEN 4294967297 ELSE 1 END
                         ELSE 0 END) AS BIGINT), 0),
       coalesce(CAST(sum(CASE WHEN {_PAIR} THEN 1 ELSE 0 END
                         + CASE WHEN satisfaction IS NOT NULL THEN 4294967296 ELSE 0 END)
                     AS BIGINT), 0),
       coalesce(sum(CASE WHEN {_PAIR}
           THEN CAST(round(CAST(post_score AS NUMERIC) * 100) AS INTEGER)
                - CAST(round(CAST(pre_score AS NUMERIC) * 100) AS INTEGER) END), 0),
       coalesce(sum(CAST(round(CAST(satisfaction AS NUMERIC) * 100) AS INTEGER)), 0)"""


def _sql(where: str, capped: bool) -> str:
    # Only the chosen activities' enrolments and their marks (through the mark index
    # by enrolment), never every mark of the file: a database holding several plans
    # costs each plan's figures nothing (bench_scale).
    excused = _EXCUSED.format(marks=_MARKS) if capped else ""
    return _PARTICIPATION_SQL.format(
        where=where, sums=_SUMS, marks=_MARKS, excused=excused, counted=COUNTED_MARKS,
        delivered=Status.DELIVERED.value,
    )  # fmt: skip


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
    for row in con.execute(_sql(where, cap is not None), params):
        acts[row[0]].admin[row[1]] = row[2:]
    for a in acts.values():
        if not a.admin:
            continue
        enrolled, participants, women, days, completers, gain_n, gain, sat_n, sat = unpack(
            [sum(column) for column in zip(*a.admin.values(), strict=True)]
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


def add_admin_counts(t: Tally, counts: Counts, hours: dict[Decimal, int]) -> None:
    """Add an administration's summed AdminCounts (:func:`unpack`) to its tally; ``hours`` maps each
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
