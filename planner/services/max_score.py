"""An activity's maximum test score (docs/methodology.md, "Results"): what the
normalised gain divides by. Optional; when set, it is above 0, at most 100, with
at most 2 decimals, and no recorded pre- or post-test score of the activity is
above it (so a normalised gain never exceeds 1). Scores typed later are held to
it too (:func:`check_scores`)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from planner.errors import Problem, ValidationError
from planner.i18n import _, ngettext
from planner.models import Activity
from planner.services.common import get
from planner.services.exchange_check import max_score as _checked
from planner.services.rules import Checker
from planner.store import raw_connection

FIELD = "max_score"


def max_score_of(session: Session, activity_id: int) -> str | None:
    return get(session, Activity, activity_id, "activity").max_score


def set_max_score(session: Session, activity_id: int, value: Decimal | str | None) -> str | None:
    """Set (None: clear) the activity's maximum score; returns what is stored.
    Refused, with nothing changed, when it breaks the rule above."""
    activity = get(session, Activity, activity_id, "activity")
    c = Checker(strict=False)
    stored = _checked(c, {FIELD: value}, "")
    c.raise_if_any()
    if stored is not None:
        top = Decimal(stored)
        above = [
            (ref, kind, Decimal(score))
            for ref, kind, score in raw_connection(session).execute(
                "SELECT p.ref, 'pre-test', e.pre_score FROM enrolment e "
                "JOIN participant p ON p.id = e.participant_id "
                "WHERE e.activity_id = ? AND e.pre_score IS NOT NULL "
                "UNION ALL SELECT p.ref, 'post-test', e.post_score FROM enrolment e "
                "JOIN participant p ON p.id = e.participant_id "
                "WHERE e.activity_id = ? AND e.post_score IS NOT NULL",
                (activity_id, activity_id),
            )
        ]
        above = sorted((x for x in above if x[2] > top), key=lambda x: (-x[2], x[0], x[1]))
        if above:
            ref, kind, score = above[0]
            more = (
                ngettext(" (and {n} more score)", " (and {n} more scores)", len(above) - 1).format(
                    n=len(above) - 1
                )
                if len(above) > 1
                else ""
            )
            raise ValidationError(
                [
                    Problem(
                        FIELD,
                        _(
                            "must be at least every recorded score: {ref} has a {kind} score "
                            "of {score}{more}"
                        ).format(ref=ref, kind=kind, score=score, more=more),
                    )
                ]
            )
    activity.max_score = stored
    session.add(activity)
    session.flush()
    return stored


def check_scores(session: Session, activity_id: int, values: Mapping[str, Any]) -> None:
    """Refuse an enrolment's pre- or post-test score above its activity's maximum."""
    top = max_score_of(session, activity_id)
    if top is None:
        return
    problems = [
        Problem(key, _("must be at most the activity's maximum score, {top}").format(top=top))
        for key in ("pre_score", "post_score")
        if values.get(key) is not None and Decimal(values[key]) > Decimal(top)
    ]
    if problems:
        raise ValidationError(problems)


__all__ = ["FIELD", "check_scores", "max_score_of", "set_max_score"]
