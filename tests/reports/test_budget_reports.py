"""The budget report as PDF and XLSX: every figure against the budget CSV, to the cent.

The PDF is read back as text (``pdftotext -layout``) and as pixels (``pdftoppm``);
the workbook with openpyxl. The demo plan gives the realistic case; small plans
made here give the edge cases: a line without an exchange rate, titles in Thai,
Khmer and Chinese, markup and formula-like text.
"""

from __future__ import annotations

import copy
import csv
import io
import re
import shutil
import subprocess
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from planner import display
from planner.reports import budget_pdf, budget_xlsx, charts, csv_reports, xlsx_common
from planner.reports.budget.figures import category_label
from planner.services.demo import create_demo
from planner.services.plans import resolve_plan
from planner.store import Database, open_database, unit_of_work

GENERATED = date(2031, 12, 31)
HOSTILE = '<b>x</b> & <img src="/etc/passwd"/>'
FORMULAS = ['=HYPERLINK("http://example.org","x")', "+1+2", "-3-4", "@SUM(A1)"]
SCRIPTS = {"TH": "อบรมศุลกากร", "KH": "វគ្គបណ្តុះបណ្តាល", "CN": "海关培训班"}

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) is not installed",
)


# --- making and reading the reports --------------------------------------------------


@dataclass
class Rendered:
    pdf: bytes
    xlsx: bytes
    csv_rows: list[dict[str, str]]
    pages: list[str]  # text of each page, laid out

    def page(self, heading: str) -> str:
        return next(p for p in self.pages if heading in p)

    @property
    def annex(self) -> str:
        start = next(i for i, p in enumerate(self.pages) if "Annex: budget lines" in p)
        return "\n".join(self.pages[start:])


def page_texts(pdf: bytes) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8").split("\f")[:-1]


def render_all(database: Database, **filters: Any) -> Rendered:
    with unit_of_work(database) as s:
        plan = resolve_plan(s, None)
        assert plan.id is not None
        pdf = budget_pdf.render(s, plan.id, generated=GENERATED, **filters)
        xlsx = budget_xlsx.render(s, plan.id, generated=GENERATED, **filters)
        text = csv_reports.budget(s, plan.id, **filters)
    return Rendered(pdf, xlsx, list(csv.DictReader(io.StringIO(text))), page_texts(pdf))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("budget") / "demo.sqlite"
    create_demo(path)
    database = open_database(path, readonly=True)
    yield database
    database.close()


@pytest.fixture(scope="module")
def demo(demo_db: Database) -> Rendered:
    return render_all(demo_db)


def cells(line: str) -> list[str]:
    """The columns of a laid-out text line (two spaces or more between them)."""
    return re.split(r"\s{2,}", line.strip())


def row(page: str, label: str) -> list[str]:
    """The cells after ``label`` on the first line of ``page`` that starts with it."""
    for line in page.splitlines():
        found = cells(line)
        if found and found[0] == label:
            return found[1:]
    raise AssertionError(f"no line starting with {label!r} in:\n{page}")


def money(value: Decimal) -> str:
    return display.money(value)


# --- figures the CSV gives ------------------------------------------------------------


def dec(text: str) -> Decimal:
    return Decimal(text) if text else Decimal(0)


def expected_groups(
    rows: list[dict[str, str]], key: Callable[[dict[str, str]], str]
) -> dict[str, tuple[Decimal, Decimal]]:
    """(planned, actual) per group from the CSV, with the rule of docs/methodology.md:
    planned leaves out cancelled activities, actual counts them."""
    out: dict[str, tuple[Decimal, Decimal]] = defaultdict(lambda: (Decimal(0), Decimal(0)))
    for r in rows:
        planned, actual = out[key(r)]
        if r["status"] != "cancelled":
            planned += dec(r["planned"])
        out[key(r)] = (planned, actual + dec(r["actual"]))
    return dict(out)


def figures(planned: Decimal, actual: Decimal) -> list[str]:
    return [money(planned), money(actual), money(actual - planned)]


def with_delivery(rows: list[dict[str, str]]) -> list[str]:
    """Planned and actual of ``rows`` (group rule), then the delivery variance:
    actual - planned of the delivered activities' rows only."""
    zero = (Decimal(0), Decimal(0))
    planned, actual = expected_groups(rows, lambda r: "all").get("all", zero)
    delivered = [r for r in rows if r["status"] == "delivered"]
    d_planned, d_actual = expected_groups(delivered, lambda r: "all").get("all", zero)
    return [money(planned), money(actual), money(d_actual - d_planned)]


# --- the PDF against the CSV -----------------------------------------------------------


def test_years_and_total_equal_the_csv(demo: Rendered) -> None:
    summary = demo.page("Summary by year")
    by_year = expected_groups(demo.csv_rows, lambda r: r["year"])
    assert sorted(by_year) == ["2027", "2028", "2029", "2030", "2031"]
    for year in by_year:
        envelope, *middle, rate = row(summary, year)
        # the variance column is the delivery variance: delivered activities only
        assert middle == with_delivery([r for r in demo.csv_rows if r["year"] == year]), year
        assert envelope.endswith("000.00") and rate.endswith("%")
    assert row(summary, "Total")[1:4] == with_delivery(demo.csv_rows)
    # what the CSV's planned column holds beyond the planned total, said in so many words
    cancelled = sum(dec(r["planned"]) for r in demo.csv_rows if r["status"] == "cancelled")
    assert cancelled > 0
    assert f"also holds {money(cancelled)} CNY planned for cancelled" in summary


@pytest.mark.parametrize(
    ("heading", "column", "label"),
    [
        ("By category", "category", category_label),
        ("By funding source", "funding_source", None),
        ("By activity kind", "kind", lambda k: k),
    ],
)
def test_groups_equal_the_csv(
    demo: Rendered, heading: str, column: str, label: Callable[[str], str] | None
) -> None:
    page = demo.page(heading)
    section = page[page.index(heading) :]
    groups = expected_groups(demo.csv_rows, lambda r: r[column])
    counts = Counter(r[column] for r in demo.csv_rows)
    assert len(groups) >= 2
    for key, (planned, actual) in groups.items():
        name = (
            label(key)
            if label
            else next(
                c[0] for line in section.splitlines() if (c := cells(line))[0].startswith(key + ":")
            )
        )
        assert row(section, name) == [str(counts[key]), *figures(planned, actual)], key
    total = expected_groups(demo.csv_rows, lambda r: "all")["all"]
    assert row(section, "Total") == [str(len(demo.csv_rows)), *figures(*total)]


def test_each_activity_total_and_every_line_are_in_the_annex(demo: Rendered) -> None:
    annex = demo.annex
    by_activity: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in demo.csv_rows:
        by_activity[r["activity"]].append(r)
    for code, rows in by_activity.items():
        # An activity's own total counts its planned amounts whatever its status.
        planned = sum((dec(r["planned"]) for r in rows), Decimal(0))
        actual = sum((dec(r["actual"]) for r in rows), Decimal(0))
        shown = figures(planned, actual)
        if rows[0]["status"] != "delivered":
            shown[2] = "\u2014"  # no variance before an activity is delivered
        assert row(annex, f"Total {code}") == shown, code
    # every line's base amounts, as many times as the CSV has them
    found = Counter(c for line in annex.splitlines() for c in cells(line))
    wanted = Counter(money(dec(r[k])) for r in demo.csv_rows for k in ("planned", "actual") if r[k])
    assert not wanted - found
    variances = Counter(
        money(dec(r["variance"]))
        for r in demo.csv_rows
        if r["variance"] and r["status"] == "delivered"
    )
    assert not variances - found


def test_annex_shows_the_lines_own_currency(demo: Rendered) -> None:
    first = demo.csv_rows[0]
    annex = demo.annex
    line = next(
        cells(t)
        for t in annex.splitlines()
        if cells(t)[:1] == [category_label(first["category"])]
        and money(dec(first["planned"])) in cells(t)
    )
    assert first["currency"] in line and first["currency"] != "CNY"


# --- the PDF as a document -------------------------------------------------------------


def test_cover_pages_and_headers(demo: Rendered) -> None:
    reader = PdfReader(io.BytesIO(demo.pdf))
    n = len(reader.pages)
    assert n == len(demo.pages) >= 8
    for page in reader.pages:
        assert page.mediabox.width > page.mediabox.height  # landscape
    for number, text in enumerate(demo.pages, start=1):
        assert f"Page {number} of {n}" in text
    cover = demo.pages[0]
    for expected in (
        "Budget report",
        "China-ASEAN Customs Capacity Building Action Plan 2027-2031",
        "General Administration of Customs of the People's Republic of China",
        "2027\u20132031",
        "2031-12-31",
    ):
        assert expected in cover
    first = next(i for i, p in enumerate(demo.pages) if "Annex: budget lines" in p)
    annex_pages = demo.pages[first:]
    assert len(annex_pages) >= 5
    for text in annex_pages:  # the header row on every page of the annex
        assert re.search(r"Category\s+Description\s+Source\s+Cur\.\s+Planned \(orig\.\)", text)
        assert "Variance (CNY)" in text
    assert "Planned and actual cost by year" in "".join(demo.pages)
    assert (reader.metadata or {}).get("/Title", "").startswith("Budget report: China-ASEAN")


def test_generated_date_is_injected_and_defaults_to_today(demo_db: Database) -> None:
    with unit_of_work(demo_db) as s:
        today = budget_pdf.gather(s, 1).generated
        again = render_all(demo_db)
    assert today == date.today()
    assert again.pages == render_all(demo_db).pages  # same inputs, same text
    assert "generated 2031-12-31" in again.pages[3]


def pixels(
    pdf: bytes, tmp_path: Path, *, colour: bool, first: int = 1, last: int = 0, dpi: int = 20
) -> list[tuple[int, int, bytes]]:
    """(width, height, bytes) of each page rendered at ``dpi`` (PGM or PPM)."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    args = ["pdftoppm", "-r", str(dpi), "-f", str(first)]
    if last:
        args += ["-l", str(last)]
    if not colour:
        args.append("-gray")
    subprocess.run([*args, str(source), str(tmp_path / "p")], check=True, capture_output=True)
    out = []
    for image in sorted(tmp_path.glob("p-*.p[gp]m")):
        data = image.read_bytes()
        magic, width, height, _, body = data.split(maxsplit=4)
        assert magic in (b"P5", b"P6")
        out.append((int(width), int(height), body))
    return out


def test_every_page_has_ink(demo: Rendered, tmp_path: Path) -> None:
    images = pixels(demo.pdf, tmp_path, colour=False)
    assert len(images) == len(demo.pages)
    for number, (width, height, body) in enumerate(images, start=1):
        assert (width, height) == (234, 166)  # A4 landscape at 20 dpi
        dark = sum(1 for b in body if b < 160)
        assert dark > 0.004 * width * height, f"page {number} is blank"


def test_negative_variances_have_a_minus_sign_and_are_red(demo: Rendered, tmp_path: Path) -> None:
    summary = demo.page("Summary by year")
    assert row(summary, "2029")[3].startswith("-")
    number = demo.pages.index(summary) + 1

    def red(first: int, folder: Path) -> int:
        ((_, _, body),) = pixels(demo.pdf, folder, colour=True, first=first, last=first, dpi=60)
        return sum(
            1
            for i in range(0, len(body), 3)
            if body[i] > 120 and body[i] - body[i + 1] > 60 and body[i] - body[i + 2] > 50
        )

    assert red(number, tmp_path / "summary") > 50
    assert red(1, tmp_path / "cover") == 0


def test_the_chart_draws_both_series(demo: Rendered) -> None:
    chart = demo.page("Planned and actual cost by year")
    for word in ("Planned", "Actual", "CNY thousand", "2027", "2031", "1,500"):
        assert word in chart


# --- filters ---------------------------------------------------------------------------


def test_year_filter_matches_the_csv_of_that_year(demo_db: Database) -> None:
    year = render_all(demo_db, year=2028)
    assert {r["year"] for r in year.csv_rows} == {"2028"}
    summary = year.page("Summary by year")
    assert row(summary, "2028")[1:4] == with_delivery(year.csv_rows)
    assert row(summary, "Total")[1:4] == with_delivery(year.csv_rows)
    assert "2027" not in [cells(line)[0] for line in summary.splitlines()]
    assert "year 2028" in year.pages[0]


def test_activity_filter_leaves_out_the_envelopes(demo_db: Database) -> None:
    one = render_all(demo_db, activity="TC-2028-01")
    assert {r["activity"] for r in one.csv_rows} == {"TC-2028-01"}
    summary = one.page("Summary by year")
    assert "Envelope" not in summary and "Execution rate" not in summary
    planned, actual = expected_groups(one.csv_rows, lambda r: "all")["all"]
    assert row(summary, "Total") == figures(planned, actual)
    assert row(one.annex, "Total TC-2028-01") == figures(planned, actual)
    assert "TC-2027-01" not in one.annex


# --- a small plan with the hard cases --------------------------------------------------


@pytest.fixture
def hard_plan(small_doc: dict[str, Any], load: Callable[[dict[str, Any]], int]) -> int:
    doc = copy.deepcopy(small_doc)
    base = doc["activities"][0]
    base["budget_lines"] += [
        {"category": "venue", "description": "Room hire in Bangkok", "currency": "THB",
         "planned": "100000.00", "actual": "95000.00", "funding_source": "GACC"},
        {"category": "materials", "description": HOSTILE, "currency": "CNY",
         "planned": "1000.00", "actual": "1500.00", "funding_source": None},
    ]  # fmt: skip
    titles = [*SCRIPTS.values(), HOSTILE, *FORMULAS]
    for n, title in enumerate(titles, start=2):
        act = copy.deepcopy(base)
        act.update(code=f"TC-2027-{n:02d}", title=title, status="planned")
        act["enrolments"], act["attendance"] = [], []
        act["budget_lines"] = [
            {"category": "experts", "description": FORMULAS[n % len(FORMULAS)],
             "currency": "CNY", "planned": f"{n}000.50", "actual": None,
             "funding_source": "GACC"},
        ]  # fmt: skip
        doc["activities"].append(act)
    cancelled = copy.deepcopy(base)
    cancelled.update(code="SY-2027-01", kind="symposium", title="Cancelled forum")
    cancelled.update(status="cancelled", enrolments=[], attendance=[])
    cancelled["budget_lines"] = [
        {"category": "accommodation", "description": "Deposit", "currency": "CNY",
         "planned": "5000.00", "actual": "1000.00", "funding_source": "GACC"},
    ]  # fmt: skip
    doc["activities"].append(cancelled)
    return load(doc)


def test_a_line_without_a_rate_is_flagged_and_never_converted(db: Database, hard_plan: int) -> None:
    hard = render_all(db)
    summary = hard.page("Summary by year")
    assert "Data quality: budget lines without an exchange rate: 1" in summary
    assert "TC-2027-01 (2027), venue: 100,000.00 THB has no exchange rate for 2027" in summary
    thb = next(r for r in hard.csv_rows if r["currency"] == "THB")
    assert thb["planned"] == thb["actual"] == ""  # the CSV leaves it empty too
    assert row(summary, "Total")[1:4] == with_delivery(hard.csv_rows)
    # not at 1 (100,000 more) nor at 0 (a zero amount shown): left out and marked
    flagged = [c for line in hard.annex.splitlines() if "THB" in cells(line) for c in cells(line)]
    assert flagged[-2:] == ["no rate", "no rate"] and "0.00" not in flagged
    assert "Total TC-2027-01 (lines without rate, left out: 1)" in hard.annex
    category = hard.page("By category")
    assert row(category, "Venue")[:2] == ["1", "1"]  # lines, of which without rate


def test_user_text_prints_literally_in_every_script(db: Database, hard_plan: int) -> None:
    hard = render_all(db)
    text = "\n".join(hard.pages)
    assert HOSTILE in text  # escaped, not markup: no bold, no image
    assert SCRIPTS["CN"] in text  # Chinese extracts exactly
    for formula in FORMULAS:
        assert formula in text
    fonts = set()
    for page in PdfReader(io.BytesIO(hard.pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert {"NotoSansThai-Bold", "NotoSansKhmer-Bold"} <= fonts
    assert fonts & {"DroidSansFallback", "NotoSansCJKsc-Bold"}  # Chinese, regular or bold
    assert "(no funding source)" in hard.page("By funding source")


def test_xlsx_keeps_text_as_text_and_numbers_as_numbers(db: Database, hard_plan: int) -> None:
    hard = render_all(db)
    wb = load_workbook(io.BytesIO(hard.xlsx))
    assert wb.sheetnames == [
        *("Summary", "By category", "By funding source", "By kind", "Ceilings", "Lines")
    ]
    for ws in wb.worksheets:
        for cells_row in ws.iter_rows():
            for cell in cells_row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(io.BytesIO(hard.xlsx)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)
    lines = wb["Lines"]
    header = [c.value for c in lines[5]]
    assert header[:3] == ["Year", "Activity", "Title"]
    records = [dict(zip(header, (c for c in r), strict=True)) for r in lines.iter_rows(min_row=6)]
    titles = {r["Title"].value for r in records}
    assert {HOSTILE, *FORMULAS, *SCRIPTS.values()} <= titles
    for r in records:
        assert r["Title"].data_type == "s" and r["Description"].data_type == "s"
        if r["Planned (CNY)"].value is not None:
            assert r["Planned (CNY)"].data_type == "n"
            assert '"CNY"' in r["Planned (CNY)"].number_format
            assert r["Planned (own currency)"].data_type == "n"
    thb = next(r for r in records if r["Currency"].value == "THB")
    assert thb["Planned (CNY)"].value is None and thb["Actual (CNY)"].value is None
    assert thb["Note"].value == "no exchange rate for 2027"
    assert thb["Planned (own currency)"].value == 100000
    assert '"THB"' in thb["Planned (own currency)"].number_format
    # CSV and workbook carry the same line amounts
    csv_planned = sorted(dec(r["planned"]) for r in hard.csv_rows if r["planned"])
    xlsx_planned = sorted(
        Decimal(str(r["Planned (CNY)"].value)) for r in records if r["Planned (CNY)"].value
    )
    assert csv_planned == xlsx_planned


def test_xlsx_views_equal_the_pdf_figures(demo: Rendered) -> None:
    wb = load_workbook(io.BytesIO(demo.xlsx))
    summary = wb["Summary"]
    values = {r[0].value: r for r in summary.iter_rows() if isinstance(r[0].value, (int, str))}
    total = expected_groups(demo.csv_rows, lambda r: "all")["all"]
    t = values["Total"]
    delivered = expected_groups(
        [r for r in demo.csv_rows if r["status"] == "delivered"], lambda r: "all"
    )["all"]
    assert [Decimal(str(c.value)).quantize(Decimal("0.01")) for c in t[2:5]] == [
        total[0],
        total[1],
        delivered[1] - delivered[0],  # the delivery variance
    ]
    y2029 = values[2029]
    assert y2029[4].value < 0 and "[Red]-" in y2029[4].number_format
    assert y2029[5].number_format == xlsx_common.PERCENT and 0 < y2029[5].value < 1
    assert summary["B13"].value == GENERATED or any(
        c.value is not None and getattr(c.value, "date", lambda: None)() == GENERATED
        for r in summary.iter_rows(max_row=14)
        for c in r
    )
    lines = wb["Lines"]
    assert lines.max_row - 5 == len(demo.csv_rows)
    assert lines.print_title_rows == "$5:$5"
    assert lines.page_setup.orientation == "landscape"
    categories = wb["By category"]
    grouped = expected_groups(demo.csv_rows, lambda r: category_label(r["category"]))
    assert len(grouped) >= 5
    for r in categories.iter_rows(min_row=6):
        key = r[0].value
        if key in grouped:
            assert Decimal(str(r[3].value)).quantize(Decimal("0.01")) == grouped[key][0]


def test_an_empty_plan_still_makes_a_report(
    db: Database, small_doc: dict[str, Any], load: Callable[[dict[str, Any]], int]
) -> None:
    small_doc["activities"][0]["budget_lines"] = []
    load(small_doc)
    empty = render_all(db)
    assert "There are no budget lines to show." in "".join(empty.pages)
    assert "Activities without a budget line (1): TC-2027-01" in empty.page("Summary by year")
    assert row(empty.page("Summary by year"), "Total")[1:4] == ["0.00", "0.00", "0.00"]


def test_xlsx_helpers() -> None:
    assert xlsx_common.money_format("VND") == ('#,##0 "VND";[Red]-#,##0 "VND";#,##0 "VND"')
    assert xlsx_common.money_format("CNY").startswith('#,##0.00 "CNY"')
    with pytest.raises(ValueError, match="currency"):
        xlsx_common.money_format('C"Y')
    wb = xlsx_common.new_workbook("t", GENERATED)
    ws = xlsx_common.sheet(wb, "a/b:c*d?e[f]g" * 5)
    assert len(ws.title) == 31 and not set("/:*?[]") & set(ws.title)
    cell = xlsx_common.put(ws, 1, 1, "=1+1\x01")
    assert (cell.value, cell.data_type) == ("=1+1", "s")
    with pytest.raises(TypeError):
        xlsx_common.put(ws, 1, 2, True)
    back = load_workbook(io.BytesIO(xlsx_common.workbook_bytes(wb)))
    assert back.worksheets[0]["A1"].value == "=1+1"


def test_chart_scale_and_checks() -> None:
    assert charts.axis_scale(Decimal("1999")) == (1, "")
    assert charts.axis_scale(Decimal("2000")) == (1000, "thousand")
    assert charts.axis_scale(Decimal("25000000")) == (1_000_000, "million")
    drawing = charts.planned_actual_by_year(
        ["2027"], [Decimal(0)], [Decimal(0)], currency="CNY", width=300, height=200
    )
    assert drawing.width == 300
    with pytest.raises(ValueError, match="same length"):
        charts.planned_actual_by_year(
            ["2027"], [], [Decimal(1)], currency="CNY", width=300, height=200
        )
