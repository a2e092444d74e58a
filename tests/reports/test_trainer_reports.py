"""The trainers' documents: sign-in sheets, attendance report (PDF, XLSX), certificates.

Built for the demo plan (activity codes read from its database) and for a small
hand-made plan with names in every script of the region. Names are read back by
text extraction where it is exact (Latin, Vietnamese, Chinese, Lao); Thai, Khmer
and Myanmar are checked by their fonts on the page and by rendering.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from planner.cli import main
from planner.errors import PlannerError
from planner.reports import attendance_pdf, attendance_xlsx, certificates_pdf, signin_pdf
from planner.reports.registry import renderer
from planner.reports.signin_pdf import QrCodeBox
from planner.reports.trainer_sheets import session_when
from planner.services import metrics
from planner.services.certificate_register import issue_certificates
from planner.services.certificates import certificates
from planner.services.demo import create_demo
from planner.services.rosters import SessionSlot, activity_sheets
from planner.store import Database, open_database, raw_connection, unit_of_work

TODAY = date(2030, 1, 2)
HOSTILE = '<b>Nguyễn & "Co"</b>'
FORMULA = '=HYPERLINK("http://example.org","x")'
DAYS = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]
LONG = [f"2027-06-{d:02d}" for d in range(1, 15)]  # 14 sessions: two grid tables

# ref, name, native name, administration, marks in TC-2027-01 (P/L/E/A/-), completes
PEOPLE = [
    ("P0001", "Sok Dara", "សុខ តារា", "KH", "PPPPP", True),
    ("P0002", "Nguyen Thi Huong", "Nguyễn Thị Hương", "VN", "PPLPP", True),
    ("P0003", "Wang Xiaoming", "王小明", "CN", "PPPPA", True),
    ("P0004", "Somsak Phommavong", "ສົມສັກ ພົມມະວົງ", "LA", "PEPPP", True),
    ("P0005", "Somchai Jaidee", "สมชาย ใจดี", "TH", "PPPAA", False),
    ("P0006", "Aung San", "အောင်ဆန်း", "MM", "EEEEE", False),  # rate n/a
    ("P0007", HOSTILE, None, "VN", "PPPP-", True),
    ("P0008", FORMULA, None, "TH", "-----", False),
    ("P0009", "Withdrawn Person", None, "TH", "PPPPP", False),  # withdrawn
]
LETTERS = {"P": "present", "L": "late", "E": "excused", "A": "absent"}
ADMINS = {
    "VN": "General Department of Vietnam Customs",
    "CN": "General Administration of Customs of China",
    "LA": "Customs Department (Lao PDR)",
    "TH": "Thai Customs Department",
    "MM": "Customs Department (Myanmar)",
}


# --- fixtures --------------------------------------------------------------------------


def trainer_doc(doc: dict[str, Any]) -> dict[str, Any]:
    """The sample plan with the people above in TC-2027-01, a 14-session course and
    a planned activity without sessions."""
    doc["administrations"] += [{"code": c, "name": n} for c, n in ADMINS.items()]
    doc["participants"] = [
        {
            "ref": ref,
            "name": name,
            **({"native_name": native} if native else {}),
            "administration": admin,
            "position": "Officer",
        }
        for ref, name, native, admin, _, _ in PEOPLE
    ]
    first = doc["activities"][0]
    first["enrolments"] = [
        {"participant": ref, "status": "withdrawn" if ref == "P0009" else "confirmed"}
        for ref, *_ in PEOPLE
    ]
    first["attendance"] = [
        {"participant": ref, "session": day, "status": LETTERS[letter]}
        for ref, _, _, _, marks, _ in PEOPLE
        for day, letter in zip(DAYS, marks, strict=True)
        if letter != "-"
    ]
    base = {k: v for k, v in first.items() if k not in ("budget_lines", "attendance")}
    doc["activities"] += [
        {
            **base,
            "code": "TC-2027-02",
            "title": "Origin verification course",
            "start": "2027-06-01",
            "end": "2027-06-14",
            "sessions": LONG,
            "enrolments": [
                {"participant": "P0001", "status": "confirmed"},
                {"participant": "P0003", "status": "confirmed"},
            ],
            "budget_lines": [],
            "attendance": [
                {"participant": "P0001", "session": d, "status": "present"} for d in LONG
            ]
            + [{"participant": "P0003", "session": d, "status": "present"} for d in LONG[:5]],
        },
        {
            **base,
            "code": "TC-2027-03",
            "title": "Planned seminar",
            "status": "planned",
            "start": "2027-09-01",
            "end": "2027-09-03",
            "sessions": [],
            "enrolments": [],
            "budget_lines": [],
            "attendance": [],
        },
    ]
    return doc


@pytest.fixture
def small(
    small_doc: dict[str, Any], load: Callable[[dict[str, Any]], int], db: Database
) -> tuple[Database, int]:
    return db, load(trainer_doc(small_doc))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, int, str]]:
    """The demo plan, and its first delivered course."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo(path)
    database = open_database(path, readonly=True)
    with unit_of_work(database) as s:
        plan_id, code = (
            raw_connection(s)
            .execute(
                "SELECT plan_id, code FROM activity WHERE status = 'delivered' AND kind = 'course' "
                "ORDER BY start_date, code LIMIT 1"
            )
            .fetchone()
        )
    yield database, plan_id, code
    database.close()


def build(db: Database, module: Any, plan_id: int, **options: Any) -> bytes:
    with unit_of_work(db) as s:
        data: bytes = module.render(s, plan_id, today=TODAY, **options)
    assert data.startswith(b"%PDF") or data.startswith(b"PK")
    return data


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    """Text without white space: a long word may be broken over two lines."""
    return re.sub(r"\s+", "", text)


def row_of(data: bytes, ref: str, occurrence: int = 0) -> list[str]:
    """The words of the table row of ``ref``, as laid out on the page."""
    lines = [
        line.split()
        for page in PdfReader(io.BytesIO(data)).pages
        for line in page.extract_text(extraction_mode="layout").splitlines()
        if ref in line.split()
    ]
    return lines[occurrence]


def ends(words: list[str], expected: str) -> bool:
    return words[-len(expected.split()) :] == expected.split()


def fonts_on(data: bytes, page: int) -> set[str]:
    resources = PdfReader(io.BytesIO(data)).pages[page]["/Resources"]["/Font"]
    return {str(resources[k].get_object()["/BaseFont"]).split("+")[-1] for k in resources}


def figures(db: Database, plan_id: int, code: str) -> Any:
    with unit_of_work(db) as s:
        return metrics.compute(s, plan_id, activity=code).scope("activity")[0].figures


def enrolled(db: Database, plan_id: int, code: str) -> list[tuple[str, str]]:
    """(ref, name) of the activity's enrolments that are not withdrawn."""
    with unit_of_work(db) as s:
        return [(r.participant, r.name) for r in activity_sheets(s, plan_id, activity=code)[0].rows]


def to_png(
    data: bytes, folder: Path, page: int = 1, resolution: int = 50, name: str = "doc"
) -> Image.Image:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(data)
    prefix = folder / f"{name}-{page}-{resolution}"
    subprocess.run(
        [
            *("pdftoppm", "-r", str(resolution), "-png", "-f", str(page), "-l", str(page)),
            *("-singlefile", str(pdf), str(prefix)),
        ],
        check=True,
    )
    return Image.open(f"{prefix}.png").convert("L")


def ink(image: Image.Image) -> float:
    """The share of pixels that are not (nearly) white."""
    histogram = image.histogram()
    return 1 - sum(histogram[240:]) / sum(histogram)


# --- sign-in sheets ------------------------------------------------------------------------


def test_sign_in_demo_one_sheet_per_session_with_every_enrolled_name(
    demo: tuple[Database, int, str],
) -> None:
    db, plan_id, code = demo
    data = build(db, signin_pdf, plan_id, activity=code)
    texts = pages(data)
    with unit_of_work(db) as s:
        (sheet,) = activity_sheets(s, plan_id, activity=code)
    people = enrolled(db, plan_id, code)
    assert len(people) == figures(db, plan_id, code).enrolled > 0
    n = len(sheet.sessions)
    starts = [i for i, t in enumerate(texts) if re.search(r"Session \d+ of \d+:", t)]
    assert len(starts) == n and starts[0] == 0  # each session starts on a new page
    for number, (first, end) in enumerate(
        zip(starts, [*starts[1:], len(texts)], strict=True), start=1
    ):
        slot = sheet.sessions[number - 1]
        assert f"Session {number} of {n}: " in texts[first]
        sheet_text = "\n".join(texts[first:end])
        for page in texts[first:end]:  # every page of the sheet names its session
            assert f"Signature, {slot.day.isoformat()}" in page
        for ref, name in people:
            assert sheet_text.count(ref) == 1
            assert " ".join(name.split()[:2]) in sheet_text
        assert f"{len(people)} participants enrolled" in sheet_text
        assert "Printed 2030-01-02" in texts[first]


def test_sign_in_names_groups_and_literal_markup(small: tuple[Database, int]) -> None:
    db, plan_id = small
    data = build(db, signin_pdf, plan_id, activity="TC-2027-01")
    texts = pages(data)
    assert sum("Session 1 of 5" in t for t in texts) == 1
    first = "\n".join(t for t in texts if "Signature, 2027-03-01" in t)
    for ref, name, *_ in PEOPLE:
        if ref == "P0009":
            assert ref not in first and name not in first  # withdrawn
            continue
        assert ref in first
        assert squash(name) in squash(first)
    for native in ("Nguyễn Thị Hương", "王小明", "ສົມສັກ ພົມມະວົງ"):
        assert native in first  # Vietnamese, Chinese, Lao extract exactly
    assert HOSTILE in first  # printed as typed, on one line
    for admin in (*ADMINS.values(), "General Department of Customs and Excise"):
        assert admin in first  # the group headings
    assert first.index(ADMINS["CN"]) < first.index("Wang Xiaoming")
    used = fonts_on(data, 0)
    assert {"NotoSansKhmer-Regular", "NotoSansThai-Regular", "NotoSansMyanmar-Regular"} <= used
    assert "Helvetica" not in used


def test_sign_in_qr_codes_read_as_the_refs(small: tuple[Database, int], tmp_path: Path) -> None:
    db, plan_id = small
    with unit_of_work(db) as s:
        (sheet,) = activity_sheets(s, plan_id, activity="TC-2027-01")
    story = signin_pdf.session_story(sheet, sheet.sessions[0], 180)
    boxes = [
        cell
        for table in story
        for row in getattr(table, "_cellvalues", [])
        for cell in row
        if isinstance(cell, QrCodeBox)
    ]
    refs = [r.participant for r in sheet.rows]
    assert [b.value for b in boxes] == refs
    modules = signin_pdf.qr_modules("P0001")
    assert len(modules) == 25 and all(len(row) == 25 for row in modules)  # version 2, not 1
    if shutil.which("zbarimg") is None:
        return  # no decoder here: the drawings above carry the refs
    data = build(db, signin_pdf, plan_id, activity="TC-2027-01")
    image = to_png(data, tmp_path, resolution=150)
    png = tmp_path / "qr.png"
    image.save(png)
    found = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True, check=False
    )
    assert sorted(found.stdout.split()) == sorted(refs)


def test_session_times_show_start_and_end() -> None:
    day = SessionSlot(1, "2027-03-01", Decimal("6"))
    late = SessionSlot(2, "2027-04-07T23:00", Decimal("3.5"))
    assert session_when(day) == "Mon 2027-03-01"
    assert session_when(late) == "Wed 2027-04-07, 23:00\u201302:30"


def test_sign_in_refuses_what_it_cannot_print(small: tuple[Database, int]) -> None:
    db, plan_id = small
    with unit_of_work(db) as s:
        with pytest.raises(PlannerError, match="no sessions"):
            signin_pdf.render(s, plan_id, activity="TC-2027-03")
        with pytest.raises(PlannerError, match="no activity 'NOPE'"):
            signin_pdf.render(s, plan_id, activity="NOPE")
        with pytest.raises(PlannerError, match="one activity"):
            signin_pdf.render(s, plan_id)


# --- attendance report ---------------------------------------------------------------------


def test_attendance_demo_totals_are_the_cost_effectiveness_figures(
    demo: tuple[Database, int, str],
) -> None:
    db, plan_id, code = demo
    data = build(db, attendance_pdf, plan_id, activity=code)
    text = "\n".join(pages(data))
    f = figures(db, plan_id, code)
    assert f.participants > 0 and f.completers > 0
    assert (
        f"Totals as in the cost-effectiveness report: {f.enrolled} enrolled, "
        f"{f.participants} participants (attended at least once), {f.completers} completers."
    ) in " ".join(text.split())
    for ref, name in enrolled(db, plan_id, code):
        assert ref in text and " ".join(name.split()[:2]) in text
    # every activity's subtotals add up to its figures
    with unit_of_work(db) as s:
        sheets = activity_sheets(s, plan_id)
        rows = {(r["activity"], r["participant"]): r for r in renderer_rows(s, plan_id)}
    for sheet in sheets:
        g = sheet.groups
        assert sum(x.enrolled for x in g) == sheet.figures.enrolled
        assert sum(x.participants for x in g) == sheet.figures.participants
        assert sum(x.completers for x in g) == sheet.figures.completers
        assert sum(x.participant_days for x in g) == sheet.figures.participant_days
        for r in sheet.rows:
            # the grid's letters agree with the attendance CSV's counts
            assert sum(m in ("present", "late") for m in r.marks) == r.attended
            assert sum(m == "excused" for m in r.marks) == r.excused
            shown = "" if sheet.pending else "yes" if r.completed else "no"  # pending: empty
            assert rows[sheet.code, r.participant]["completed"] == shown


def renderer_rows(s: Any, plan_id: int) -> list[dict[str, str]]:
    text = renderer("attendance", "csv")(s, plan_id).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_attendance_small_grid_rates_and_literal_names(small: tuple[Database, int]) -> None:
    db, plan_id = small
    data = build(db, attendance_pdf, plan_id, activity="TC-2027-01")
    reader = PdfReader(io.BytesIO(data))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # 5: landscape
    text = "\n".join(pages(data))
    for ref, name, *_ in PEOPLE:
        if ref == "P0009":
            assert ref not in text  # withdrawn
            continue
        assert squash(name) in squash(text)
    for native in ("Nguyễn Thị Hương", "王小明", "ສົມສັກ ພົມມະວົງ"):
        assert native in text
    assert squash(HOSTILE) in squash(text) and squash(FORMULA) in squash(text)
    # marks, attended, excused, rate, completed
    assert ends(row_of(data, "P0001"), "P P P P P 5 0 100.0% yes")
    assert ends(row_of(data, "P0002"), "P P L P P 5 0 100.0% yes")
    assert ends(row_of(data, "P0004"), "P E P P P 4 1 100.0% yes")
    assert ends(row_of(data, "P0005"), "P P P A A 3 0 60.0% no")
    assert ends(row_of(data, "P0006"), "E E E E E 0 5 n/a no")
    assert ends(row_of(data, "P0007"), "P P P P 4 0 80.0% yes")  # one blank
    assert ends(row_of(data, "P0008"), "0 0 0.0% no")
    f = figures(db, plan_id, "TC-2027-01")
    assert (f.enrolled, f.participants, f.completers) == (8, 6, 5)
    assert ends(row_of(data, "Total"), "activity 8 6 5 83.3% 25")


def test_attendance_many_sessions_turn_landscape_and_split(small: tuple[Database, int]) -> None:
    db, plan_id = small
    data = build(db, attendance_pdf, plan_id, activity="TC-2027-02")
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = "\n".join(pages(data))
    assert "Sessions 1 to 7" in text and "Sessions 8 to 14" in text
    assert text.index("Sessions 1 to 7") < text.index("Sessions 8 to 14")
    assert row_of(data, "P0001", 1)[-11:] == [*"P" * 7, "14", "0", "100.0%", "yes"]
    assert row_of(data, "P0003", 0)[-5:] == [*"P" * 5]
    assert row_of(data, "P0003", 1)[-4:] == ["5", "0", "35.7%", "no"]


def test_attendance_whole_plan_one_section_per_activity(
    small: tuple[Database, int], demo: tuple[Database, int, str]
) -> None:
    db, plan_id = small
    text = "\n".join(pages(build(db, attendance_pdf, plan_id)))
    assert headings(text) == ["TC-2027-01", "TC-2027-02"]  # not TC-2027-03: planned, no one
    demo_db, demo_plan, _ = demo
    with unit_of_work(demo_db) as s:
        expected = [
            a.code
            for a in activity_sheets(s, demo_plan, year=2027)
            if a.groups and a.status in ("delivered", "scheduled")
        ]
    text = "\n".join(pages(build(demo_db, attendance_pdf, demo_plan, year=2027)))
    assert len(expected) > 3
    assert headings(text) == expected


def headings(text: str) -> list[str]:
    """The activity codes that open a line, each once, in order."""
    found = re.findall(r"^((?:TC|SY)-\d{4}-\d\d) ", text, flags=re.MULTILINE)
    return list(dict.fromkeys(found))


def test_attendance_xlsx_has_the_csvs_rows_as_numbers(small: tuple[Database, int]) -> None:
    db, plan_id = small
    data = build(db, attendance_xlsx, plan_id)
    book = load_workbook(io.BytesIO(data))
    sheet, marks = book.worksheets
    header = [c.value for c in sheet[1]]
    with unit_of_work(db) as s:
        expected = renderer_rows(s, plan_id)
    got = [dict(zip(header, (c for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert len(got) == len(expected) == 10
    for want, cells in zip(expected, got, strict=True):
        for column, value in want.items():
            cell = cells[column]
            if column in ("sessions", "attended", "excused"):
                assert cell.data_type == "n" and cell.value == int(value)
            elif column == "attendance_rate":
                if value == "":
                    assert cell.value is None
                else:
                    assert cell.data_type == "n" and f"{cell.value:.4f}" == value
                    assert cell.number_format == "0.0%"
            else:
                assert cell.data_type == "s" and cell.value == value
    formula = next(c for c in got if c["name"].value == FORMULA)
    assert formula["name"].data_type == "s"  # text, never a formula
    rows = [[c.value for c in row] for row in marks.iter_rows()]
    assert rows[0][:5] == ["TC-2027-01", "participant", "name", "administration", DAYS[0]]
    p5 = next(r for r in rows if r[1] == "P0005")
    assert p5[4:9] == ["P", "P", "P", "A", "A"]
    assert any(r[0] == "TC-2027-02" and r[1] == "participant" for r in rows)


# --- certificates --------------------------------------------------------------------------


def test_certificates_demo_one_page_per_completer_with_its_code(
    demo: tuple[Database, int, str], tmp_path: Path
) -> None:
    _, plan_id, code = demo
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo[0].path, path)
    db = open_database(path)
    data = build(db, certificates_pdf, plan_id, activity=code)
    texts = pages(data)
    with unit_of_work(db) as s:
        certs = certificates(s, plan_id, code)
        end = (
            raw_connection(s)
            .execute("SELECT end_date FROM activity WHERE code = ?", (code,))
            .fetchone()[0]
        )
    db.close()
    assert len(texts) == len(certs) == figures(demo[0], plan_id, code).completers > 0
    issued = certificates_pdf._long_date(date.fromisoformat(end))
    for n, (text, cert) in enumerate(zip(texts, certs, strict=True), start=1):
        assert re.findall(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", text)[0] == cert.code
        assert f"verify with: planner verify {cert.code}" in text
        assert cert.name in text and "Certificate of completion" in text
        assert f"attending {cert.attended} of {cert.sessions} sessions" in text
        assert f"Issued on {issued}" in text  # the course's last day, not the print date
        assert f"Certificate No. {code}/{n:03d}" in text


def test_certificates_small_scripts_and_markup(small: tuple[Database, int]) -> None:
    db, plan_id = small
    data = build(db, certificates_pdf, plan_id, activity="TC-2027-01")
    texts = pages(data)
    completers = [name for _, name, _, _, _, done in PEOPLE if done]
    assert len(texts) == len(completers) == 5
    page_of = {name: next(i for i, t in enumerate(texts) if name in t) for name in completers}
    assert len(set(page_of.values())) == 5
    assert "Nguyễn Thị Hương" in texts[page_of["Nguyen Thi Huong"]]
    assert "王小明" in texts[page_of["Wang Xiaoming"]]
    assert "ສົມສັກ ພົມມະວົງ" in texts[page_of["Somsak Phommavong"]]
    assert "General Administration of Customs of China" in texts[page_of["Wang Xiaoming"]]
    assert "NotoSansKhmer-Regular" in fonts_on(data, page_of["Sok Dara"])
    for text in texts:
        assert "1\u20135 March 2027 \u00b7 Nanning" in text
        assert "Issued on 5 March 2027" in text
        assert "30 hours" in text  # 5 sessions of 6 hours


@pytest.mark.parametrize(
    ("native", "font"),
    [
        ("សុខ តារា", "NotoSansKhmer-Regular"),
        ("สมชาย ใจดี", "NotoSansThai-Regular"),
        ("အောင်ဆန်း", "NotoSansMyanmar-Regular"),
    ],
)
def test_certificate_names_in_shaped_scripts_draw(
    small: tuple[Database, int], tmp_path: Path, native: str, font: str
) -> None:
    """Thai, Khmer and Myanmar do not extract exactly: check the font and the ink."""
    db, plan_id = small
    with unit_of_work(db) as s:
        cert = issue_certificates(s, plan_id, "TC-2027-01")[0]
    drawn = {}
    for label, name in (("with", native), ("without", None)):
        out = io.BytesIO()
        certificates_pdf.build_certificates(out, [replace(cert, native_name=name)])
        drawn[label] = out.getvalue()
    assert font in fonts_on(drawn["with"], 0)
    assert font not in fonts_on(drawn["without"], 0)
    with_name = ink(to_png(drawn["with"], tmp_path, name="with", resolution=72))
    without = ink(to_png(drawn["without"], tmp_path, name="without", resolution=72))
    assert with_name > without > 0.01


def test_certificates_refusals(small: tuple[Database, int]) -> None:
    db, plan_id = small
    with unit_of_work(db) as s:
        raw_connection(s).execute(
            "UPDATE activity SET status = 'scheduled' WHERE code = ?", ("TC-2027-02",)
        )
        with pytest.raises(PlannerError, match="not delivered"):
            certificates_pdf.render(s, plan_id, activity="TC-2027-02")
        raw_connection(s).execute(
            "UPDATE activity SET status = 'delivered' WHERE code = ?", ("TC-2027-03",)
        )
        with pytest.raises(PlannerError, match="no completers"):
            certificates_pdf.render(s, plan_id, activity="TC-2027-03")


# --- every page draws; the command line writes them ------------------------------------------


def test_pages_render_with_ink(small: tuple[Database, int], tmp_path: Path) -> None:
    db, plan_id = small
    blank = ink(Image.new("L", (100, 100), 255))
    for module, options in (
        (signin_pdf, {"activity": "TC-2027-01"}),
        (attendance_pdf, {"activity": "TC-2027-02"}),
        (certificates_pdf, {"activity": "TC-2027-01"}),
    ):
        image = to_png(build(db, module, plan_id, **options), tmp_path, name=module.__name__)
        assert ink(image) > max(blank, 0.02)


def test_the_command_line_writes_each_document(
    small: tuple[Database, int], db_path: Path, tmp_path: Path
) -> None:
    for kind, suffix, extra in (
        ("sign-in", "pdf", ["--activity", "TC-2027-01"]),
        ("attendance", "pdf", []),
        ("attendance", "xlsx", ["--activity", "TC-2027-01"]),
        ("certificates", "pdf", ["--activity", "TC-2027-01"]),
    ):
        if kind == "certificates":
            small[0].close()  # issuing writes the register: the writer's lock is needed
        out = tmp_path / f"{kind}.{suffix}"
        assert main(["report", kind, "--db", str(db_path), "-o", str(out), *extra]) == 0
        assert out.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")
