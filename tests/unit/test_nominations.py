"""Nomination lists: reading good, bad and hostile files; checking every row by its
line; importing all or nothing (the database byte-identical after a refusal);
seats per administration."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from planner.errors import PlannerError, ValidationError
from planner.services import exchange, people
from planner.services import nominations as N
from planner.store import Database, open_database, unit_of_work

Doc = dict[str, Any]

HEADER = "Full name,Name (native script),Sex,Agency,Position,E-mail"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def csv_file(tmp_path: Path, *rows: str, header: str = HEADER, name: str = "list.csv") -> Path:
    return write(tmp_path / name, "\n".join([header, *rows]) + "\n", "utf-8-sig")


def xlsx_file(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def refusal(path: Path) -> str:
    with pytest.raises(PlannerError) as info:
        N.read_table(path)
    return info.value.message


@pytest.fixture
def doc(small_doc: Doc) -> Doc:
    """The spec's plan (P0001 Sok Dara, KH; TC-2027-01 gives KH 3 seats) with Thailand
    and China too (no seats for them in TC-2027-01)."""
    small_doc["administrations"] += [
        {"code": "TH", "name": "Thai Customs Department", "country": "TH"},
        {"code": "CN", "name": "General Administration of Customs", "country": "CN"},
    ]
    return small_doc


@pytest.fixture
def plan(db: Database, load: Callable[[Doc], int], doc: Doc) -> tuple[int, int]:
    """(plan id, id of TC-2027-01)."""
    plan_id = load(doc)
    with unit_of_work(db) as s:
        (activity_id,) = s.connection().exec_driver_sql("SELECT id FROM activity").one()
    return plan_id, activity_id


def check(db: Database, plan: tuple[int, int], path: Path, with_activity: bool = True,
          **kw: Any) -> N.Preview:  # fmt: skip
    table = N.read_table(path)
    with unit_of_work(db) as s:
        return N.check_rows(
            s, plan[0], table, N.guess_mapping(table.headers),
            plan[1] if with_activity else None, **kw,
        )  # fmt: skip


def problems(preview: N.Preview) -> list[tuple[int, str, str]]:
    return [(p.line, p.column, p.message) for p in preview.problems]


# ================================================================== reading
def test_csv_with_a_bom_and_a_title_row_keeps_file_line_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path / "list.csv",
        "Nominations for TC-2027-01\r\n"
        "\r\n"
        f"{HEADER}\r\n"
        "Sok Dara,សុខ តារា,F,KH,Officer,dara@example.org\r\n"
        '"Chan, Sophea","",M,KH,"Deputy\nDirector",sophea@example.org\r\n'
        ",,,,,\r\n"
        "  Keo Bopha  ,,F,KH,,\r\n",
        "utf-8-sig",
    )
    table = N.read_table(path)
    assert table.kind == "CSV"
    assert table.headers == tuple(HEADER.split(","))  # no BOM glued to the first header
    assert table.header_line == 3
    assert table.lines == [4, 5, 8]  # the quoted line break counts; blank rows skipped
    assert table.rows[0][1] == "សុខ តារា"
    assert table.rows[1][0] == "Chan, Sophea"
    assert table.rows[2] == ("Keo Bopha", "", "F", "KH")  # trimmed, trailing blanks dropped


def test_utf16_with_a_bom_and_tabs_as_excel_writes_unicode_text(tmp_path: Path) -> None:
    text = HEADER.replace(",", "\t") + "\nสมชาย ศรีสุข\t\tM\tTH\tOfficer\t\n"
    table = N.read_table(write(tmp_path / "list.txt", text, "utf-16"))
    assert table.rows == [("สมชาย ศรีสุข", "", "M", "TH", "Officer")]


def test_semicolons_as_some_excel_versions_separate(tmp_path: Path) -> None:
    path = write(tmp_path / "l.csv", HEADER.replace(",", ";") + "\nSok Dara;;F;KH;;\n")
    assert N.read_table(path).rows == [("Sok Dara", "", "F", "KH")]


def test_latin1_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "l.csv", f"{HEADER}\nSok Dara,,F,KH,,\nJosé Santos,,M,KH,,\n", "latin-1"
    )
    message = refusal(path)
    assert "line 3" in message and "not UTF-8" in message and "CSV UTF-8" in message


def test_utf16_without_a_bom_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "l.csv", f"{HEADER}\nSok Dara,,F,KH,,\n", "utf-16-le")
    assert "NUL" in refusal(path)


def test_a_50_mb_csv_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refused by its size alone (how fast: benchmarks/bench_nominations.py)."""
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.truncate(50 * 1000 * 1000)  # sparse: instant, takes no disk
    opened: list[Path] = []
    real_open, real_read = Path.open, Path.read_bytes
    monkeypatch.setattr(Path, "open", lambda p, *a, **k: opened.append(p) or real_open(p, *a, **k))
    monkeypatch.setattr(Path, "read_bytes", lambda p: opened.append(p) or real_read(p))
    message = refusal(path)
    assert opened == []
    assert "50.0 MB" in message and "at most 20 MB" in message


def test_more_rows_than_allowed_are_refused(tmp_path: Path) -> None:
    rows = [f"P{n},,F,KH,," for n in range(N.MAX_ROWS + 1)]
    message = refusal(csv_file(tmp_path, *rows))
    assert "more than 20,000 rows" in message


def test_an_xlsx_that_is_really_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "list.xlsx", f"{HEADER}\nSok Dara,,F,KH,,\n")
    assert "not an Excel workbook (it is not a zip file)" in refusal(path)


def test_a_workbook_named_csv_is_refused(tmp_path: Path) -> None:
    book = xlsx_file(tmp_path / "book.xlsx", [HEADER.split(",")])
    path = tmp_path / "book.csv"
    path.write_bytes(book.read_bytes())
    assert "zip file (an Excel workbook?)" in refusal(path)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "not a plain workbook"),
        ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "password-protected"),
        ("list.pdf", b"%PDF-1.4", "neither a CSV file nor an Excel workbook"),
        ("broken.xlsx", b"PK\x03\x04" + b"\0" * 100, "damaged zip"),
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n , ,\n\n", "is empty"),
    ],
)
def test_other_files_are_refused_clearly(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    assert expected in refusal(write_bytes(tmp_path / name, content))


def write_bytes(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    assert "not an Excel workbook (.xlsx)" in refusal(path)


def zip_bomb(path: Path, megabytes: int) -> Path:
    """A workbook-shaped zip whose sheet is ``megabytes`` MB of zeros (a few hundred KB
    compressed)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        with z.open("xl/worksheets/sheet1.xml", "w") as fh:
            block = b"\0" * 1_000_000
            for _ in range(megabytes):
                fh.write(block)
    return path


@pytest.fixture
def no_unzipping(monkeypatch: pytest.MonkeyPatch) -> Callable[[], list[str]]:
    """Call it (once the test's files are built) to record, from then on, any attempt
    to decompress a part of a zip or to open a workbook."""

    def arm() -> list[str]:
        opened: list[str] = []
        monkeypatch.setattr(
            zipfile.ZipFile, "open", lambda self, name, *a, **k: opened.append(name)
        )
        monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: opened.append("workbook"))
        return opened

    return arm


@pytest.mark.parametrize(
    ("megabytes", "expected"),
    [(200, "would unpack to 200 MB"), (30, "compressed")],
)
def test_a_zip_bomb_is_refused_without_decompressing_it(
    tmp_path: Path, megabytes: int, expected: str, no_unzipping: Callable[[], list[str]]
) -> None:
    path = zip_bomb(tmp_path / "bomb.xlsx", megabytes)
    assert path.stat().st_size < 1_000_000
    opened = no_unzipping()
    message = refusal(path)
    assert expected in message and "zip bomb" in message
    assert opened == []  # nothing was decompressed, no workbook opened


def test_an_xlsx_is_read_as_text_with_sheet_row_numbers(tmp_path: Path) -> None:
    from datetime import datetime

    path = xlsx_file(
        tmp_path / "list.xlsx",
        [
            ["Nomination list"],
            [],
            HEADER.split(","),
            ["Sok Dara", "សុខ តារា", "F", "KH", "Officer", "dara@example.org"],
            [],
            ["Wang Wei", "王伟", "M", "CN", 12.0, datetime(2027, 3, 1)],
        ],
    )
    table = N.read_table(path)
    assert (table.kind, table.header_line, table.lines) == ("XLSX", 3, [4, 6])
    assert table.rows[1] == ("Wang Wei", "王伟", "M", "CN", "12", "2027-03-01")
    assert table.notes == ()


def test_a_formula_cell_is_kept_as_its_text_never_computed(tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://evil.example/x","Click me")'
    path = xlsx_file(
        tmp_path / "list.xlsx",
        [HEADER.split(","), [formula, "", "F", "KH", "", "a@example.org"], ["=1+1", "", "F", "KH"]],
    )
    table = N.read_table(path)
    assert table.rows[0][0] == formula
    assert table.rows[1][0] == "=1+1"  # not 2
    assert any("2 cells hold formulas" in note for note in table.notes)


def test_a_second_sheet_is_named_in_the_notes(tmp_path: Path) -> None:
    path = xlsx_file(tmp_path / "list.xlsx", [HEADER.split(","), ["Sok Dara", "", "F", "KH"]])
    book = openpyxl.load_workbook(path)
    book.create_sheet("Notes")
    book.save(path)
    assert any("of 2" in note for note in N.read_table(path).notes)


# ================================================================== mapping
@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["No.", "Full name", "Name (native script)", "Sex", "Agency", "Position", "E-mail"],
            {"name": 1, "native_name": 2, "gender": 3, "administration": 4, "position": 5,
             "email": 6},
        ),
        (
            ["Name (Latin)", "Name in Khmer", "Gender (M/F)", "Administration", "Job title",
             "Email address", "Ref"],
            {"name": 0, "native_name": 1, "gender": 2, "administration": 3, "position": 4,
             "email": 5, "ref": 6},
        ),
        (
            ["NAME OF PARTICIPANT", "Organisation", "Designation", "e-mail", "M / F"],
            {"name": 0, "administration": 1, "position": 2, "email": 3, "gender": 4},
        ),
        (["Country", "Participant", "Local name"], {"administration": 0, "name": 1,
                                                    "native_name": 2}),
    ],
)  # fmt: skip
def test_guess_mapping_knows_common_header_spellings(
    headers: list[str], expected: dict[str, int]
) -> None:
    assert N.guess_mapping(headers) == {**dict.fromkeys(N.FIELDS), **expected}


# ================================================================== checking
def test_every_bad_row_is_reported_with_its_line_and_column(
    db: Database, plan: tuple[int, int], tmp_path: Path
) -> None:
    path = csv_file(
        tmp_path,
        "Chan Sophea,,M,KH,Officer,sophea@example.org",  # line 2: good
        "Bad Admin,,F,XX,,",  # 3
        "Bad Mail,,F,KH,,not-an-email",  # 4
        "Bad Sex,,Q,KH,,",  # 5
        ",,F,KH,,nobody@example.org",  # 6: no name
        '"=HYPERLINK(""http://x"",""y"")",,F,KH,,',  # 7
        "Keo Bopha,,F,KH,,SOPHEA@example.org",  # 8: e-mail of line 2 again
        "Too,,F,KH,,,many",  # 9
    )
    preview = check(db, plan, path)
    assert problems(preview) == [
        (3, "Agency", "'XX' is not a known administration code"),
        (4, "E-mail", "'not-an-email' is not an e-mail address"),
        (5, "Sex", "'Q' is not one of F, M, X"),
        (6, "Full name", "is required"),
        (7, "Full name", """'=HYPERLINK("http://x","y")' is a formula; type the value"""),
        (8, "E-mail", "e-mail 'sophea@example.org' is repeated (first at line 2)"),
        (9, "", "has 7 cells but the header row has 6 (a comma inside a name needs quotes "
                "around the name)"),
    ]  # fmt: skip
    assert str(preview.problems[0]) == "line 3, Agency: 'XX' is not a known administration code"
    assert not preview.ok


def test_spellings_of_gender_and_administration_are_understood(
    db: Database, plan: tuple[int, int], tmp_path: Path
) -> None:
    path = csv_file(
        tmp_path,
        "A One,,Female,kh,,",
        "B Two,,male,Thai Customs Department,,",
        "C Three,,x,Thailand,,",
        "D Four,,Ms,cambodia,,",
        "E Five,,,General Administration of Customs,,",
    )
    preview = check(db, plan, path, with_activity=False)
    assert preview.problems == []
    genders = [r.values["gender"] for r in preview.rows]
    assert genders == ["F", "M", "X", "F", None]
    with unit_of_work(db) as s:
        codes = dict(s.connection().exec_driver_sql("SELECT id, code FROM administration").all())
    assert [codes[r.values["administration_id"]] for r in preview.rows] == [
        "KH", "TH", "TH", "KH", "CN",
    ]  # fmt: skip


def test_a_required_field_without_a_column_is_one_problem(
    db: Database, plan: tuple[int, int], tmp_path: Path
) -> None:
    path = csv_file(tmp_path, "Sok Dara,,F", header="Full name,Name (native script),Sex")
    preview = check(db, plan, path)
    assert problems(preview) == [(1, "", "no column is chosen for Administration")]


def test_people_already_in_the_plan_are_found_by_email_or_ref(
    db: Database, plan: tuple[int, int], tmp_path: Path
) -> None:
    path = csv_file(
        tmp_path,
        "Sok Dara,,F,KH,,DARA@example.org,",  # P0001 by e-mail
        "Sok Dara,,F,KH,,,P0001",  # P0001 again, by ref
        "Someone Else,,F,KH,,,P0001",  # not P0001's name
        "Chan Sophea,,M,KH,,dara@example.org,P0777",  # a new ref, but P0001's e-mail
        "Keo Bopha,,F,KH,,,P0500",  # a new person with a ref of the file's
        header=HEADER + ",Ref",
    )
    preview = check(db, plan, path)
    assert problems(preview) == [
        (3, "", "is P0001 again (as on line 2)"),
        (4, "Ref", "P0001 is Sok Dara in the plan, not Someone Else"),
        (5, "E-mail", "e-mail 'dara@example.org' is repeated (first at line 2)"),
        (5, "Ref", "the e-mail dara@example.org is P0001's (Sok Dara); leave the ref empty to "
                   "use that record, or correct the e-mail"),
    ]  # fmt: skip
    first, last = preview.rows[0], preview.rows[-1]
    assert (first.existing_ref, first.enrolled) == ("P0001", True)
    assert (last.existing_id, last.values["ref"]) == (None, "P0500")


def test_look_alikes_and_seats_beyond_the_quota_are_warned_of(
    db: Database, plan: tuple[int, int], tmp_path: Path
) -> None:
    path = csv_file(
        tmp_path,
        "Sok Darra,,F,KH,,",  # close to P0001
        "sok  DARRA,,F,KH,,",  # close to P0001, and the same as line 2
        "Keo Bopha,,F,KH,,",
        "Somchai Srisuk,,M,TH,,",  # TH has no seats in TC-2027-01
    )
    preview = check(db, plan, path)
    assert preview.ok
    assert sorted((s.line, s.ref) for s in preview.similar) == [
        (2, "P0001"),
        (3, "P0001"),
        (3, "line 2"),
    ]
    assert preview.warnings == [
        "KH: 4 seats filled for a quota of 3 (1 over quota)",
        "TH: 1 more nominated, but it has no seats in this activity",
    ]
    assert check(db, plan, path, status="withdrawn").warnings == []


# ================================================================== importing
def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_db(tmp_path: Path, doc: Doc) -> Path:
    """A database file holding the plan, closed (everything in the main file)."""
    path = tmp_path / "closed.sqlite"
    with open_database(path, create=True) as db, unit_of_work(db) as s:
        exchange.import_document(s, doc)
    assert not Path(f"{path}-wal").exists()
    return path


def attempt(db_path: Path, list_path: Path, tamper: Callable[[N.Preview], None] | None = None):
    """Read, check and import ``list_path`` into TC-2027-01 as the window does."""
    with open_database(db_path) as db, unit_of_work(db) as s:
        table = N.read_table(list_path)
        plan_id, activity_id = (
            s.connection().exec_driver_sql("SELECT plan_id, id FROM activity").one()
        )
        preview = N.check_rows(s, plan_id, table, N.guess_mapping(table.headers), activity_id)
        if tamper is not None:
            tamper(preview)
        return N.import_rows(s, plan_id, preview, activity_id)


def test_a_good_list_is_imported_and_nominated_in_one_go(closed_db: Path, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        "Sok Dara,,F,KH,,dara@example.org",  # P0001, enrolled already
        "Chan Sophea,,M,Cambodia,Deputy Director,sophea@example.org",
        "Somchai Srisuk,สมชาย ศรีสุข,Male,TH,,",
    )
    result = attempt(closed_db, path)
    assert (len(result.created), len(result.reused), len(result.enrolments)) == (2, 1, 2)
    assert result.already_enrolled == 1
    assert result.summary() == (
        "2 new people, 1 already in the directory; 2 enrolled, 1 were enrolled already"
    )
    with open_database(closed_db) as db, unit_of_work(db) as s:
        doc = exchange.export_document(s, 1)
    people = {p["ref"]: p for p in doc["participants"]}
    assert len(people["P0003"].pop("uid")) == 32  # a new person gets a new identity
    assert people["P0002"]["name"] == "Chan Sophea"
    assert people["P0002"]["administration"] == "KH"
    assert people["P0003"] == {
        "ref": "P0003", "name": "Somchai Srisuk", "native_name": "สมชาย ศรีสุข", "gender": "M",
        "administration": "TH", "position": None, "email": None,
    }  # fmt: skip
    enrolments = doc["activities"][0]["enrolments"]
    assert [(e["participant"], e["status"]) for e in enrolments] == [
        ("P0001", "confirmed"),  # as it was
        ("P0002", "nominated"),
        ("P0003", "nominated"),
    ]


def test_refs_of_the_file_are_kept_and_new_ones_skip_them(closed_db: Path, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path, "A One,,F,KH,,,", "B Two,,F,KH,,,P0002", "C Three,,F,KH,,,",
        header=HEADER + ",Ref",
    )  # fmt: skip
    attempt(closed_db, path)
    with open_database(closed_db) as db, unit_of_work(db) as s:
        refs = dict(s.connection().exec_driver_sql("SELECT name, ref FROM participant").all())
    assert refs == {"Sok Dara": "P0001", "A One": "P0003", "B Two": "P0002", "C Three": "P0004"}


@pytest.mark.parametrize(
    "content",
    [
        "bad rows",  # check_rows finds problems: import_rows refuses the preview
        "latin-1",
        "bomb",
        "fails while writing",  # the enrolments fail after the people were inserted
    ],
)
def test_a_refusal_leaves_the_database_byte_identical(
    closed_db: Path, tmp_path: Path, content: str
) -> None:
    before = digest(closed_db)
    good = ["Chan Sophea,,M,KH,,sophea@example.org", "Keo Bopha,,F,KH,,"]
    tamper = None
    if content == "bad rows":
        path = csv_file(tmp_path, *good, "Bad,,F,XX,,")
    elif content == "latin-1":
        path = write(tmp_path / "l.csv", f"{HEADER}\n" + "\n".join(good) + "\nJosé,,M,KH,,\n",
                     "latin-1")  # fmt: skip
    elif content == "bomb":
        path = zip_bomb(tmp_path / "bomb.xlsx", 200)
    else:
        path = csv_file(tmp_path, *good)

        def tamper(preview: N.Preview) -> None:
            preview.rows[-1] = N.PreviewRow(preview.rows[-1].line, {}, 99999, "P9999")

    with pytest.raises(PlannerError):
        attempt(closed_db, path, tamper)
    assert digest(closed_db) == before
    assert not Path(f"{closed_db}-wal").exists()


def test_a_preview_with_problems_is_refused_by_import_rows(
    db: Database, plan: tuple[int, int], tmp_path: Path
) -> None:
    preview = check(db, plan, csv_file(tmp_path, "Bad,,F,XX,,"))
    with pytest.raises(ValidationError) as info, unit_of_work(db) as s:
        N.import_rows(s, plan[0], preview, plan[1])
    assert info.value.problems[0].path == "line 2"
    with pytest.raises(PlannerError, match="another plan or activity"), unit_of_work(db) as s:
        N.import_rows(s, plan[0], N.Preview(plan[0], plan[1]), None)


def test_remove_imported_undoes_an_import(
    db: Database, plan: tuple[int, int], tmp_path: Path
) -> None:
    with unit_of_work(db) as s:
        before = exchange.export_document(s, plan[0])
    preview = check(
        db, plan, csv_file(tmp_path, "A One,,F,KH,,", "Sok Dara,,F,KH,,dara@example.org")
    )
    with unit_of_work(db) as s:
        result = N.import_rows(s, plan[0], preview, plan[1], "confirmed")
    with unit_of_work(db) as s:
        N.remove_imported(s, result)
    with unit_of_work(db) as s:
        assert exchange.export_document(s, plan[0]) == before


@pytest.mark.both_engines  # on PostgreSQL the next person added clashed with the imported
def test_after_an_import_the_next_person_and_enrolment_get_free_numbers(
    db: Database, plan: tuple[int, int], tmp_path: Path
) -> None:
    """The import numbers its rows itself (the next after the highest); the server's
    own numbering must continue after them, or the next person added by hand is
    refused ('duplicate key value violates unique constraint participant_pkey')."""
    preview = check(db, plan, csv_file(tmp_path, "A One,,F,KH,,", "B Two,,M,TH,,"))
    with unit_of_work(db) as s:
        result = N.import_rows(s, plan[0], preview, plan[1], "confirmed")
    assert result.created == [2, 3] and result.enrolments == [2, 3]
    with unit_of_work(db) as s:
        person = people.create_participant(
            s, plan[0], name="C Three", administration="KH", ref="P0100"
        )
        assert person.id is not None
        enrolment = people.enrol(s, plan[1], person.id)
        assert (person.id, enrolment.id) == (4, 4)


def test_5000_rows_are_checked_and_imported(
    db: Database, plan: tuple[int, int], tmp_path: Path
) -> None:
    """A list of thousands, all new people (how fast: benchmarks/bench_nominations.py)."""
    rows = [f"Person {n:05d} Lastname{n % 97},,F,KH,Officer,p{n}@example.org" for n in range(5000)]
    path = csv_file(tmp_path, *rows)
    preview = check(db, plan, path)
    assert preview.ok
    with unit_of_work(db) as s:
        result = N.import_rows(s, plan[0], preview, plan[1])
    assert len(result.created) == len(result.enrolments) == 5000


# ================================================================== seats
def test_seats_per_administration_against_the_quota(
    db: Database, plan: tuple[int, int], tmp_path: Path
) -> None:
    path = csv_file(tmp_path, "A One,,F,KH,,", "B Two,,F,KH,,", "C Three,,F,KH,,", "D Four,,M,TH,,")
    preview = check(db, plan, path)
    with unit_of_work(db) as s:
        N.import_rows(s, plan[0], preview, plan[1])
        s.connection().exec_driver_sql(
            "UPDATE enrolment SET status = 'withdrawn' WHERE participant_id = "
            "(SELECT id FROM participant WHERE name = 'C Three')"
        )
    with unit_of_work(db) as s:
        seats = {x.code: x for x in N.seats(s, plan[1])}
        nominees = N.nominees(s, plan[1])
    kh, th = seats["KH"], seats["TH"]
    assert (kh.quota, kh.nominated, kh.confirmed, kh.withdrawn) == (3, 2, 1, 1)
    assert (kh.filled, kh.over) == (3, 0)
    assert (th.quota, th.filled, th.over) == (None, 1, 1)
    assert list(seats) == ["KH", "TH"]  # administrations with a quota first
    assert [(n.ref, n.status) for n in nominees][:2] == [("P0002", "nominated"),
                                                        ("P0003", "nominated")]  # fmt: skip
