"""A small plan for the results figures, every number of which is worked out by
hand in tests/unit/test_results_figures.py."""

from __future__ import annotations

from typing import Any


def _person(ref: str, gender: str | None, admin: str) -> dict[str, Any]:
    return {"ref": ref, "name": ref, "gender": gender, "administration": admin}


def _activity(
    code: str,
    theme: str,
    status: str,
    start: str,
    mode: str,
    sessions: list[str],
    planned: str,
    actual: str,
    enrolments: list[tuple[str, str | None, str | None, str | None, list[str]]],
    max_score: str | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": code,
        "kind": "course",
        "title": code,
        "theme": theme,
        "status": status,
        "start": start,
        "end": sessions[-1],
        "mode": mode,
        "hours_per_session": "6",
        "sessions": sessions,
        "quotas": [],
        "budget_lines": [
            {"category": "venue", "currency": "CNY", "planned": planned, "actual": actual}
        ],
        "enrolments": [
            {
                "participant": ref,
                "status": "confirmed",
                "pre_score": pre,
                "post_score": post,
                "satisfaction": sat,
            }
            for ref, pre, post, sat, _ in enrolments
        ],
        "attendance": [
            {"participant": ref, "session": s, "status": st}
            for ref, _, _, _, marks in enrolments
            for s, st in zip(sessions, marks, strict=True)
        ],
    }
    if max_score is not None:
        out["max_score"] = max_score
    return out


D5 = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]
D2 = ["2028-05-10", "2028-05-11"]
P5 = ["present"] * 5


def results_doc() -> dict[str, Any]:
    """Plan 2027-2029, host CN. A1 (2027, SW, in person, max score 100, cost 10,000):
    P1 F/KH completes 40->70, P2 M/CN completes 4 of 5 50->90, P3 (sex not recorded,
    LA without a country) attends 2 of 5, P4 X/KH never comes. A2 (2028, AEO,
    online, cost 3,000): P1 completes 60->80, P5 F/CN completes without scores.
    A3 (2028, SW, hybrid) is cancelled with 500 spent of 800 planned."""
    return {
        "format": "capacity-plan",
        "version": 3,
        "plan": {
            "name": "Results plan",
            "owner": "",
            "start_year": 2027,
            "years": 3,
            "base_currency": "CNY",
            "completion_threshold": "0.80",
            "host_country": "CN",
        },
        "administrations": [
            {"code": "CN1", "name": "China", "country": "CN"},
            {"code": "KH", "name": "Cambodia", "country": "KH"},
            {"code": "LA", "name": "Laos", "country": None},
        ],
        "themes": [{"code": "SW", "name": "Single Window"}, {"code": "AEO", "name": "AEO"}],
        "funding_sources": [{"code": "F", "name": "Fund"}],
        "exchange_rates": [],
        "envelopes": [
            {"year": 2027, "funding_source": "F", "amount": "20000.00"},
            {"year": 2028, "funding_source": "F", "amount": "10000.00"},
        ],
        "participants": [
            _person("P1", "F", "KH"),
            _person("P2", "M", "CN1"),
            _person("P3", None, "LA"),
            _person("P4", "X", "KH"),
            _person("P5", "F", "CN1"),
        ],
        "activities": [
            _activity(
                "A1",
                "SW",
                "delivered",
                D5[0],
                "in_person",
                D5,
                "12000.00",
                "10000.00",
                [
                    ("P1", "40", "70", "4", P5),
                    ("P2", "50", "90", "5", ["present"] * 4 + ["absent"]),
                    ("P3", "30", "60", None, ["present", "late"] + ["absent"] * 3),
                    ("P4", None, None, None, ["absent"] * 5),
                ],
                max_score="100",
            ),
            _activity(
                "A2",
                "AEO",
                "delivered",
                D2[0],
                "online",
                D2,
                "3000.00",
                "3000.00",
                [
                    ("P1", "60", "80", None, ["present"] * 2),
                    ("P5", None, None, None, ["present"] * 2),
                ],
            ),
            _activity(
                "A3",
                "SW",
                "cancelled",
                "2028-09-01",
                "hybrid",
                ["2028-09-01"],
                "800.00",
                "500.00",
                [],
            ),
        ],
    }


#: follow-ups (activity, participant, answer) of the completers
FOLLOW_UPS = [("A1", "P1", "yes"), ("A1", "P2", "partly"), ("A2", "P1", "no"), ("A2", "P5", None)]


def add_follow_ups(con: Any) -> None:
    for code, ref, applies in FOLLOW_UPS:
        con.execute(
            "INSERT INTO follow_up (enrolment_id, on_date, applies, note) "
            "SELECT e.id, '2028-12-01', ?, '' FROM enrolment e "
            "JOIN activity a ON a.id = e.activity_id JOIN participant p ON p.id = e.participant_id "
            "WHERE a.code = ? AND p.ref = ?",
            (applies, code, ref),
        )
