"""The attendance helpers: one activity's grid, whole-session marks, the check-in desk."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlmodel import select

from planner.errors import PlannerError
from planner.models import Enrolment, Mark, TrainingSession
from planner.services import attendance as AT
from planner.services import metrics
from planner.services.people import set_mark
from planner.store import Database, unit_of_work

SESSIONS = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]


def attendance_doc(doc: dict[str, Any]) -> dict[str, Any]:
    """The small plan with a second administration, five people enrolled (one
    withdrawn), one person not enrolled, and a few marks."""
    doc["administrations"].append(
        {"code": "TH", "name": "Thai Customs Department", "country": "TH"}
    )
    doc["participants"] += [
        {"ref": "P0002", "name": "Wanida Wongsawat", "native_name": "วนิดา วงศ์สวัสดิ์",
         "gender": "F", "administration": "TH"},
        {"ref": "P0003", "name": "Anan Srisuk", "native_name": "อนันต์ ศรีสุข",
         "gender": "M", "administration": "TH"},
        {"ref": "P0004", "name": "Chan Sopheap", "native_name": "ចាន់ សុភាព",
         "gender": "F", "administration": "KH"},
        {"ref": "P0005", "name": "Mao Rith", "gender": "M", "administration": "KH"},
        {"ref": "P0006", "name": "Not Enrolled", "gender": "M", "administration": "KH"},
    ]  # fmt: skip
    act = doc["activities"][0]
    act["quotas"][0]["seats"] = 10
    act["enrolments"] += [
        {"participant": "P0002", "status": "confirmed"},
        {"participant": "P0003", "status": "nominated", "pre_score": "40"},
        {"participant": "P0004", "status": "confirmed"},
        {"participant": "P0005", "status": "withdrawn"},
    ]
    act["attendance"] += [
        {"participant": "P0002", "session": "2027-03-01", "status": "late"},
        {"participant": "P0002", "session": "2027-03-02", "status": "excused"},
        {"participant": "P0003", "session": "2027-03-01", "status": "absent"},
        {"participant": "P0005", "session": "2027-03-01", "status": "present"},
    ]
    return doc


@pytest.fixture
def plan(
    db: Database, load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]
) -> tuple[int, int, dict[str, int]]:
    """(plan id, activity id, session date -> session id)."""
    plan_id = load(attendance_doc(small_doc))
    with unit_of_work(db) as s:
        sessions = {x.starts: x.id for x in s.exec(select(TrainingSession))}
        activity_id = s.exec(select(TrainingSession.activity_id)).first()
    assert activity_id is not None
    return plan_id, activity_id, sessions  # type: ignore[return-value]


def enrolment_of(db: Database, ref: str) -> int:
    with unit_of_work(db) as s:
        from planner.models import Participant

        pid = s.exec(select(Participant.id).where(Participant.ref == ref)).one()
        return s.exec(select(Enrolment.id).where(Enrolment.participant_id == pid)).one()  # type: ignore[return-value]


def marks(db: Database) -> dict[tuple[int, int], tuple[str, str | None, str | None]]:
    with unit_of_work(db) as s:
        return {
            (m.enrolment_id, m.session_id): (m.status, m.marked_at, m.marked_by)
            for m in s.exec(select(Mark))
        }


def test_the_grid_loads_people_by_administration_then_name_sessions_and_marks(
    db: Database, plan: tuple[int, int, dict[str, int]]
) -> None:
    plan_id, aid, sessions = plan
    with unit_of_work(db) as s:
        g = AT.grid(s, aid)
    assert (g.plan_id, g.code, g.status, g.threshold) == (
        plan_id,
        "TC-2027-01",
        "delivered",
        Decimal("0.80"),
    )
    assert [x.starts for x in g.sessions] == SESSIONS
    # withdrawn P0005 is not a row; KH before TH, then by name
    assert [(p.administration, p.ref) for p in g.people] == [
        ("KH", "P0004"),
        ("KH", "P0001"),
        ("TH", "P0003"),
        ("TH", "P0002"),
    ]
    by_ref = {p.ref: p for p in g.people}
    assert by_ref["P0002"].native_name == "วนิดา วงศ์สวัสดิ์"
    assert (by_ref["P0001"].pre_score, by_ref["P0001"].post_score) == ("55", "80")
    assert by_ref["P0001"].satisfaction == "4.5"
    wanida = by_ref["P0002"].enrolment_id
    assert g.status_of(wanida, sessions["2027-03-01"]) == "late"
    assert g.status_of(wanida, sessions["2027-03-02"]) == "excused"
    assert g.status_of(wanida, sessions["2027-03-03"]) is None
    # the figures are metrics' own: 1 attended of 5 - 1 excused
    f = g.figures(wanida)
    assert (f.attended, f.excused) == (1, 1)
    assert f.rate == metrics.attendance_rate(5, 1, 1) == Decimal("0.25")
    assert f.completed is False
    assert g.attending(sessions["2027-03-01"]) == 2  # Sok Dara present, Wanida late


def test_the_grid_of_a_missing_activity_is_refused(db: Database, plan: Any) -> None:
    with pytest.raises(PlannerError, match="no longer exists"), unit_of_work(db) as s:
        AT.grid(s, 999)


def test_activity_choices_put_delivered_and_scheduled_first(
    db: Database, load: Callable[..., int], small_doc: dict[str, Any]
) -> None:
    doc = attendance_doc(small_doc)
    first = doc["activities"][0]
    for code, status, start in (
        ("TC-X", "planned", "2027-01-04"),
        ("TC-Y", "scheduled", "2027-06-01"),
    ):
        doc["activities"].append(
            {**first, "code": code, "status": status, "start": start, "end": start,
             "sessions": [start], "attendance": [], "budget_lines": [],
             "enrolments": [{"participant": "P0001", "status": "confirmed"}]}
        )  # fmt: skip
    doc["activities"].append({**first, "code": "TC-Z", "enrolments": [], "attendance": []})
    plan_id = load(doc)
    with unit_of_work(db) as s:
        choices = AT.activities_with_enrolments(s, plan_id)
    assert [(c.code, c.enrolled) for c in choices] == [("TC-2027-01", 4), ("TC-Y", 1), ("TC-X", 1)]
    from datetime import date

    assert AT.running_on(choices, date(2027, 6, 1)) == choices[1]
    assert AT.running_on(choices, date(2027, 12, 1)) is None


def test_space_cycles_through_every_status_and_back_to_empty() -> None:
    seen = [None]
    for _ in range(5):
        seen.append(AT.next_in_cycle(seen[-1]))
    assert seen == [None, "present", "late", "excused", "absent", None]


def test_apply_marks_records_who_and_restore_puts_back_the_exact_stamps(
    db: Database, plan: tuple[int, int, dict[str, int]]
) -> None:
    _, _aid, sessions = plan
    dara, wanida = enrolment_of(db, "P0001"), enrolment_of(db, "P0002")
    d1, d2 = sessions["2027-03-01"], sessions["2027-03-02"]
    with unit_of_work(db) as s:
        set_mark(s, wanida, d1, "late", by="trainer-a")
    before = marks(db)
    with unit_of_work(db) as s:
        changed = AT.apply_marks(
            s, [(wanida, d1, "present"), (dara, d2, "absent"), (dara, d1, "present")], by="desk"
        )
    # Sok Dara was already present on day 1: left alone, stamp and all
    assert [(m.enrolment_id, m.session_id, m.status) for m in changed.before] == [
        (wanida, d1, "late"),
        (dara, d2, None),
    ]
    assert [m.status for m in changed.after] == ["present", "absent"]
    after = marks(db)
    assert after[wanida, d1][0] == "present" and after[wanida, d1][2] == "desk"
    assert after[wanida, d1][1] is not None
    assert after[dara, d1] == before[dara, d1]
    with unit_of_work(db) as s:
        AT.restore_marks(s, changed.before)
    assert marks(db) == before  # the late mark has its old stamp and author again


def test_mark_session_fills_the_empty_cells_or_all_and_gives_back_what_it_replaced(
    db: Database, plan: tuple[int, int, dict[str, int]]
) -> None:
    _, aid, sessions = plan
    d1 = sessions["2027-03-01"]
    withdrawn = enrolment_of(db, "P0005")
    before = marks(db)
    with unit_of_work(db) as s:
        changed = AT.mark_session(s, aid, d1, only_empty=True, by="trainer")
    # only Chan Sopheap had no mark on day 1; the withdrawn mark is not touched
    assert [m.enrolment_id for m in changed.before] == [enrolment_of(db, "P0004")]
    assert all(m.status is None for m in changed.before)
    with unit_of_work(db) as s:
        AT.restore_marks(s, changed.before)
    assert marks(db) == before
    with unit_of_work(db) as s:
        changed = AT.mark_session(s, aid, d1, only_empty=False, by="trainer")
    assert sorted(m.status or "" for m in changed.before) == ["", "absent", "late"]
    now = marks(db)
    with unit_of_work(db) as s:
        g = AT.grid(s, aid)
    assert {g.status_of(p.enrolment_id, d1) for p in g.people} == {"present"}
    assert now[withdrawn, d1] == before[withdrawn, d1]
    with unit_of_work(db) as s:
        AT.restore_marks(s, changed.before)
    assert marks(db) == before


def test_mark_session_refuses_a_session_of_another_activity(
    db: Database, plan: tuple[int, int, dict[str, int]]
) -> None:
    _, aid, sessions = plan
    with pytest.raises(PlannerError, match="another activity"), unit_of_work(db) as s:
        AT.mark_session(s, aid + 1, sessions["2027-03-01"])


@pytest.mark.parametrize("typed", ["P0004", "p0004", " P 0004 ", "\tp0004\r", "Ｐ０００４"])
def test_check_in_reads_codes_as_typed_or_scanned(
    db: Database, plan: tuple[int, int, dict[str, int]], typed: str
) -> None:
    _, aid, sessions = plan
    d3 = sessions["2027-03-03"]
    with unit_of_work(db) as s:
        result = AT.check_in(s, aid, d3, typed, by="desk-1")
    assert result.outcome is AT.Outcome.PRESENT_MARKED and result.marks
    assert (result.ref, result.name, result.administration) == ("P0004", "Chan Sopheap", "KH")
    assert result.previous is not None and result.previous.status is None
    eid = enrolment_of(db, "P0004")
    status, at, by = marks(db)[eid, d3]
    assert (status, by) == ("present", "desk-1") and at is not None
    assert result.mark == AT.MarkState(eid, d3, "present", at, "desk-1")


def test_check_in_outcomes(db: Database, plan: tuple[int, int, dict[str, int]]) -> None:
    _, aid, sessions = plan
    d1, d2 = sessions["2027-03-01"], sessions["2027-03-02"]

    def desk(code: str, day: int = d1, mark: bool = True) -> AT.CheckIn:
        with unit_of_work(db) as s:
            return AT.check_in(s, aid, day, code, by="desk", mark=mark)

    with unit_of_work(db) as s:
        set_mark(s, enrolment_of(db, "P0001"), d1, "present", by="trainer-b")
    already = desk("p0001")
    assert already.outcome is AT.Outcome.ALREADY and not already.marks
    assert already.mark is not None and already.mark.marked_by == "trainer-b"
    assert desk("P0002").outcome is AT.Outcome.ALREADY  # late counts as there
    assert desk("P9999").outcome is AT.Outcome.UNKNOWN
    assert desk("").outcome is AT.Outcome.UNKNOWN
    unknown = desk(" x 1 ")
    assert (unknown.code, unknown.name) == ("x1", None)
    not_enrolled = desk("P0006")
    assert (not_enrolled.outcome, not_enrolled.name) == (AT.Outcome.NOT_ENROLLED, "Not Enrolled")
    assert desk("P0005").outcome is AT.Outcome.WITHDRAWN
    before = marks(db)
    # a dry run says what would happen and writes nothing
    assert desk("P0003", mark=False).outcome is AT.Outcome.PRESENT_MARKED
    assert marks(db) == before
    # absent (or excused) and then turns up: marked present, the old mark kept for undo
    came = desk("P0003")
    assert came.outcome is AT.Outcome.PRESENT_MARKED
    assert came.previous is not None and came.previous.status == "absent"
    wanida = desk("P0002", d2)
    assert wanida.outcome is AT.Outcome.PRESENT_MARKED
    assert wanida.previous is not None and wanida.previous.status == "excused"
    with unit_of_work(db) as s:
        AT.restore_marks(s, [came.previous, wanida.previous])
    assert marks(db) == before
    with pytest.raises(PlannerError, match="another activity"), unit_of_work(db) as s:
        AT.check_in(s, aid + 1, d1, "P0001")


def test_codes_that_differ_only_in_case_are_not_guessed(
    db: Database, load: Callable[..., int], small_doc: dict[str, Any]
) -> None:
    doc = attendance_doc(small_doc)
    doc["participants"] += [
        {"ref": "Ab1", "name": "First", "gender": "M", "administration": "KH"},
        {"ref": "aB1", "name": "Second", "gender": "M", "administration": "KH"},
    ]
    doc["activities"][0]["enrolments"] += [
        {"participant": "Ab1", "status": "confirmed"},
        {"participant": "aB1", "status": "confirmed"},
    ]
    plan_id = load(doc)
    with unit_of_work(db) as s:
        aid = s.exec(select(TrainingSession.activity_id)).first()
        sid = s.exec(select(TrainingSession.id)).first()
        assert aid is not None and sid is not None
        exact = AT.check_in(s, aid, sid, " a B 1", mark=False)
        assert (exact.outcome, exact.name) == (AT.Outcome.PRESENT_MARKED, "Second")
        assert AT.check_in(s, aid, sid, "ab1").outcome is AT.Outcome.UNKNOWN
        assert AT.find_participant(s, plan_id, "AB1") is None
        assert AT.find_participant(s, plan_id, "p0002") is not None
