"""The directory: look-alike people, and merging two records of one person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from planner.errors import PlannerError
from planner.services import directory as D
from planner.services import exchange
from planner.store import Database, unit_of_work

Doc = dict[str, Any]


def person(ref: str, name: str, admin: str = "KH", **more: Any) -> dict[str, Any]:
    return {
        "ref": ref,
        "name": name,
        "native_name": None,
        "gender": None,
        "administration": admin,
        "position": None,
        "email": None,
        **more,
    }


@pytest.fixture
def doc(small_doc: Doc) -> Doc:
    """The spec's plan (P0001 Sok Dara, KH) with a second administration and people."""
    small_doc["administrations"].append(
        {"code": "TH", "name": "Thai Customs Department", "country": "TH"}
    )
    small_doc["participants"] += [
        person("P0002", "Chan Sophea", email="Sophea@Example.org"),
        person("P0003", "Somchai Srisuk", "TH", native_name="สมชาย ศรีสุข"),
        person("P0004", "Nguyễn Văn An", "KH"),
        person("P0005", "王小明", "KH", native_name="王小明"),
    ]
    return small_doc


def similar(db: Database, plan_id: int, name: str, admin: str, email: str | None = None,
            **kw: Any) -> dict[str, str]:  # fmt: skip
    with unit_of_work(db) as s:
        return dict(D.similar(s, plan_id, name, admin, email, **kw))


# ------------------------------------------------------------------ fold
@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Văn  An", "nguyen van an"),
        ("  SOK-Dara ", "sok dara"),
        ("Đặng Thị", "dang thi"),
        ("Zoë Ångström", "zoe angstrom"),
        # Vowel signs of other scripts are letters, never dropped as accents:
        ("สมชาย ศรีสุข", "สมชาย ศรีสุข"),
        ("សុខ តារា", "សុខ តារា"),
        ("အောင် ဝင်း", "အောင် ဝင်း"),
        ("王 小明", "王 小明"),
        (None, ""),
    ],
)
def test_fold_drops_case_latin_accents_and_spacing_only(text: str | None, folded: str) -> None:
    assert D.fold(text) == folded


# ------------------------------------------------------------------ similar
def test_same_email_whatever_its_case_is_similar_in_any_administration(
    db: Database, load: Callable[[Doc], int], doc: Doc
) -> None:
    plan_id = load(doc)
    found = similar(db, plan_id, "Somebody Else", "TH", "sophea@EXAMPLE.org")
    assert list(found) == ["P0002"]
    assert "same e-mail" in found["P0002"]


@pytest.mark.parametrize(
    ("name", "native", "expected"),
    [
        ("Sok Darra", None, "P0001"),  # a typo
        ("Dara Sok", None, "P0001"),  # words in another order
        ("SOK  DARA", None, "P0001"),  # case and spaces
        ("Sokdara", None, "P0001"),  # spaced otherwise
        ("Nguyen Van An", None, "P0004"),  # without accents
        ("Wang Xiaoming", "王小明", "P0005"),  # the native-script name alone matches
        ("Wang Xiaoming", "王 小明", "P0005"),
    ],
)
def test_same_administration_and_a_close_name_is_similar(
    db: Database, load: Callable[[Doc], int], doc: Doc, name: str, native: str | None,
    expected: str,
) -> None:  # fmt: skip
    plan_id = load(doc)
    found = similar(db, plan_id, name, "KH", native_name=native)
    assert expected in found
    assert "same administration (KH)" in found[expected]


@pytest.mark.parametrize(
    ("name", "admin"),
    [
        ("Sok Dara", "TH"),  # the same name in another administration
        ("Sok Sophal", "KH"),  # one word in common is not a close name
        ("Dara", "KH"),
    ],
)
def test_not_similar(
    db: Database, load: Callable[[Doc], int], doc: Doc, name: str, admin: str
) -> None:
    plan_id = load(doc)
    assert similar(db, plan_id, name, admin) == {}


def test_the_record_being_edited_is_not_similar_to_itself(
    db: Database, load: Callable[[Doc], int], doc: Doc
) -> None:
    plan_id = load(doc)
    assert similar(db, plan_id, "Sok Dara", "KH", "dara@example.org", exclude_ref="P0001") == {}


def test_exact_duplicates_are_found_even_among_thousands_of_common_names() -> None:
    """Word prefixes shared by very many people are skipped as search keys, but an
    exact name (any word order) is always found. (How fast: benchmarks/bench_directory.py.)"""
    people = [D.Person(f"P{n:05d}", f"Nguyen Van {n}", None, "VN", None) for n in range(5000)]
    people.append(D.Person("PX", "Nguyen Thi Lan", None, "VN", None))
    index = D.Index(people)
    found = dict(index.similar("Lan Nguyen Thi", "VN", None))
    assert "PX" in found
    # Thousands of people of one name: only the first few are named.
    same = D.Index(D.Person(f"P{n:05d}", "Nguyen Van An", None, "VN", None) for n in range(5000))
    assert len(same.similar("Nguyen Van An", "VN", None)) == D.MAX_SIMILAR


# ------------------------------------------------------------------ merge
@pytest.fixture
def merge_doc(doc: Doc) -> Doc:
    """P0001 and P0006 are the same person. P0006 alone is in TC-2027-02; both are in
    TC-2027-01, each marked at some sessions (both on 03-01)."""
    doc["participants"].append(
        person(
            "P0006",
            "Sok Dara",
            native_name=None,
            gender=None,
            position="Chief",
            email="dara.sok@customs.gov.kh",
        )
    )
    doc["participants"][0].update(position=None, native_name="សុខ តារា")
    first = doc["activities"][0]
    first["enrolments"][0].update(pre_score=None, post_score="80", satisfaction=None)
    first["enrolments"][0]["status"] = "nominated"
    first["enrolments"].append(
        {
            "participant": "P0006",
            "status": "confirmed",
            "pre_score": "40",
            "post_score": "90",
            "satisfaction": "5",
        }
    )
    first["attendance"] = [
        {"participant": "P0001", "session": "2027-03-01", "status": "present"},
        {"participant": "P0006", "session": "2027-03-01", "status": "absent"},
        {"participant": "P0006", "session": "2027-03-02", "status": "late"},
        {"participant": "P0006", "session": "2027-03-03", "status": "present"},
    ]
    second = {
        **first,
        "code": "TC-2027-02",
        "start": "2027-06-01",
        "end": "2027-06-02",
        "sessions": ["2027-06-01", "2027-06-02"],
        "budget_lines": [],
        "quotas": [],
        "enrolments": [{"participant": "P0006", "status": "confirmed"}],
        "attendance": [
            {"participant": "P0006", "session": "2027-06-01", "status": "present"},
            {"participant": "P0006", "session": "2027-06-02", "status": "present"},
        ],
    }
    doc["activities"].append(second)
    return doc


def ids(db: Database, *refs: str) -> list[int]:
    with unit_of_work(db) as s:
        con = s.connection()
        return [
            con.exec_driver_sql("SELECT id FROM participant WHERE ref = ?", (r,)).scalar_one()
            for r in refs
        ]


def export(db: Database, plan_id: int) -> Doc:
    with unit_of_work(db) as s:
        return exchange.export_document(s, plan_id)


def test_merge_keeps_every_enrolment_and_mark(
    db: Database, load: Callable[[Doc], int], merge_doc: Doc
) -> None:
    plan_id = load(merge_doc)
    keep, drop = ids(db, "P0001", "P0006")
    with unit_of_work(db) as s:
        planned = D.plan_merge(s, keep, drop)
    with unit_of_work(db) as s:
        summary = D.merge(s, keep, drop)
    assert summary == planned
    assert summary.moved_enrolments == ["TC-2027-02"]
    assert summary.joined_enrolments == ["TC-2027-01"]
    assert summary.moved_marks == 4  # two with the enrolment, 03-02 and 03-03 joined
    assert summary.duplicate_marks == 1  # 03-01: the kept record's "present" stays
    assert summary.scores_taken == 2  # pre_score and satisfaction; post_score was there
    assert summary.filled_fields == ["position"]  # the kept e-mail stays
    assert any("TC-2027-02" in line for line in summary.lines())

    after = export(db, plan_id)
    assert [p["ref"] for p in after["participants"]] == [
        "P0001", "P0002", "P0003", "P0004", "P0005",
    ]  # fmt: skip
    dara = after["participants"][0]
    assert (dara["position"], dara["email"], dara["native_name"]) == (
        "Chief",
        "dara@example.org",
        "សុខ តារា",
    )
    first, second = after["activities"]
    assert first["enrolments"] == [
        {
            "participant": "P0001",
            "status": "confirmed",
            "pre_score": "40",
            "post_score": "80",
            "satisfaction": "5",
        }
    ]
    marks = {(m["participant"], m["session"]): m["status"] for m in first["attendance"]}
    assert marks == {
        ("P0001", "2027-03-01"): "present",
        ("P0001", "2027-03-02"): "late",
        ("P0001", "2027-03-03"): "present",
    }
    assert second["enrolments"][0]["participant"] == "P0001"
    assert [m["participant"] for m in second["attendance"]] == ["P0001", "P0001"]


def test_undo_of_a_merge_by_snapshot_gives_back_the_same_plan(
    db: Database, load: Callable[[Doc], int], merge_doc: Doc
) -> None:
    plan_id = load(merge_doc)
    before = export(db, plan_id)
    keep, drop = ids(db, "P0006", "P0001")
    with unit_of_work(db) as s:
        snap = D.snapshot(s, [keep, drop])
    with unit_of_work(db) as s:
        D.merge(s, keep, drop)
    assert export(db, plan_id) != before
    with unit_of_work(db) as s:
        D.restore(s, snap)
    assert export(db, plan_id) == before
    assert ids(db, "P0001", "P0006") == [drop, keep]  # under their old numbers


def test_merge_refuses_one_person_twice_and_people_of_two_plans(
    db: Database, load: Callable[[Doc], int], merge_doc: Doc
) -> None:
    load(merge_doc)
    (keep,) = ids(db, "P0001")
    with pytest.raises(PlannerError, match="two different people"), unit_of_work(db) as s:
        D.merge(s, keep, keep)
    other = {**merge_doc, "plan": {**merge_doc["plan"], "name": "Another plan"}}
    load(other)
    with unit_of_work(db) as s:
        con = s.connection()
        other_id = con.exec_driver_sql(
            "SELECT p.id FROM participant p JOIN plan ON plan.id = p.plan_id "
            "WHERE plan.name = 'Another plan' AND p.ref = 'P0002'"
        ).scalar_one()
    with pytest.raises(PlannerError, match="another plan"), unit_of_work(db) as s:
        D.merge(s, keep, other_id)


def test_listing_counts_each_persons_activities(
    db: Database, load: Callable[[Doc], int], merge_doc: Doc
) -> None:
    plan_id = load(merge_doc)
    with unit_of_work(db) as s:
        entries = {e.ref: e for e in D.listing(s, plan_id)}
    assert entries["P0006"].activities == 2
    assert entries["P0001"].activities == 1
    assert entries["P0003"].administration == "TH"
    assert entries["P0003"].native_name == "สมชาย ศรีสุข"
