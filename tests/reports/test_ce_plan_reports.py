"""The cost-effectiveness PDF and XLSX and the action-plan PDF.

Every figure a PDF table prints is read back by text extraction and checked
against the cost-effectiveness CSV; charts and the timeline are checked through
the PDF's drawing operations; edge cases (nothing delivered, a year without
completers, a cancelled activity that spent money) print "n/a" or the right sums.
"""

from __future__ import annotations

import copy
import csv
import io
import itertools
import re
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.colors import Color

from planner import cli
from planner.reports import ce_charts, ce_pdf, ce_xlsx, csv_reports, plan_pdf, registry
from planner.reports.common import FRAME_HEIGHT, FRAME_WIDTH
from planner.reports.plan import drawing as plan_drawing
from planner.reports.plan import timeline
from planner.services import exchange
from planner.services.demo_data import demo_plan_document
from planner.services.rows import PlanActivityRow
from planner.store import Database, open_database, unit_of_work

GENERATED = date(2029, 12, 1)
KHMER_THEME = "ច្រកចេញចូលតែមួយ"
CHINESE_CODE = "原产地"
CHINESE_TITLE = "海关数据分析培训班"
KHMER_VENUE = "ភ្នំពេញ"
HOSTILE = "<b>x</b> & y"
FORMULA_TITLE = '=HYPERLINK("http://example.org","x")'
RATE_COLUMNS = {"completion_rate", "women_share"}
FIGURE_COLUMNS = csv_reports.CE_COLUMNS[2:]
FIGURE = re.compile(r"^(n/a|[+-]?[\d,]+(?:\.\d+)?%?)$")


# --- fixtures: the demo plan with names in several scripts ---------------------------


def scripted_demo() -> dict[str, Any]:
    doc = demo_plan_document()
    themes = {t["code"]: t for t in doc["themes"]}
    themes["SW"]["name"] = f"{KHMER_THEME} Single Window"
    themes["AEO"]["name"] = HOSTILE
    themes["ORIGIN"]["code"] = CHINESE_CODE
    admins = {a["code"]: a for a in doc["administrations"]}
    admins["TH"]["name"] = "กรมศุลกากร"
    admins["KH"]["name"] = "អគ្គនាយកដ្ឋានគយ និងរដ្ឋាករ"
    acts = {a["code"]: a for a in doc["activities"]}
    for a in doc["activities"]:
        if a["theme"] == "ORIGIN":
            a["theme"] = CHINESE_CODE
    acts["TC-2027-01"]["title"] = CHINESE_TITLE
    acts["TC-2027-02"]["title"] = FORMULA_TITLE
    acts["TC-2027-03"]["venue"] = KHMER_VENUE
    return doc


def database(path: Path, doc: dict[str, Any]) -> Iterator[Database]:
    db = open_database(path, create=True)
    with unit_of_work(db) as s:
        exchange.import_document(s, doc)
    yield db
    db.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from database(tmp_path_factory.mktemp("demo") / "demo.sqlite", scripted_demo())


@pytest.fixture(scope="module")
def demo_files(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("out")
    with unit_of_work(demo) as s:
        made = {
            "ce.pdf": ce_pdf.render(s, 1, generated=GENERATED, locale="en_US"),
            "plan.pdf": plan_pdf.render(s, 1, generated=GENERATED, locale="en_US"),
            "ce.xlsx": ce_xlsx.render(s, 1, generated=GENERATED),
            "ce.csv": registry.renderer("cost-effectiveness", "csv")(s, 1),
            "plan.csv": registry.renderer("plan", "csv")(s, 1),
        }
    for name, content in made.items():
        (folder / name).write_bytes(content)
    return {name: folder / name for name in made}


def small_variant(small_doc: dict[str, Any], status: str) -> dict[str, Any]:
    doc = copy.deepcopy(small_doc)
    doc["activities"][0]["status"] = status
    if status != "delivered":
        doc["activities"][0]["attendance"] = []
    return doc


# --- reading PDFs back --------------------------------------------------------------------


def csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))


def layout_lines(path: Path) -> list[str]:
    return [
        line
        for page in PdfReader(path).pages
        for line in page.extract_text(extraction_mode="layout").splitlines()
    ]


def figure_rows(path: Path) -> dict[str, list[list[str]]]:
    """Table rows that end in the 14 figures of the CSV, by their first cell."""
    rows: dict[str, list[list[str]]] = defaultdict(list)
    for line in layout_lines(path):
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) >= 15 and all(FIGURE.match(c) for c in cells[-14:]):
            rows[" ".join(cells[:-14])].append(cells[-14:])
    return rows


def same_figure(shown: str, exact: str, column: str) -> bool:
    """Whether the PDF's ``shown`` is the CSV's ``exact`` figure, rounded as shown."""
    if exact == "":
        return shown == "n/a"
    if shown == "n/a":
        return False
    number = Decimal(shown.rstrip("%").replace(",", ""))
    if column in RATE_COLUMNS:
        # 1 decimal of a percentage from the CSV's 4-decimal fraction
        return shown.endswith("%") and abs(number - Decimal(exact) * 100) <= Decimal("0.055")
    return number == Decimal(exact)


def fills(path: Path, page: int) -> Counter[tuple[float, ...]]:
    """How many shapes a page fills in each colour (rounded RGB)."""
    reader = PdfReader(path)
    ops = ContentStream(reader.pages[page].get_contents(), reader).operations
    return Counter(tuple(round(float(v), 3) for v in args) for args, op in ops if op == b"rg")


def rgb(colour: Color) -> tuple[float, ...]:
    return tuple(round(v, 3) for v in colour.rgb())


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def fonts_used(path: Path) -> set[str]:
    """Base names (subset tag removed) of the fonts the pages set text in."""
    reader = PdfReader(path)
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"].get_object()
        for args, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                name = str(fonts[args[0]].get_object()["/BaseFont"])
                names.add(name.lstrip("/").split("+")[-1])
    return names


# --- the cost-effectiveness PDF -------------------------------------------------------------


def pdf_key(row: dict[str, str]) -> str:
    modes = {"in_person": "in person"}
    if row["scope"] == "mode":
        return modes.get(row["key"], row["key"])
    return {"plan": "Whole plan"}.get(row["scope"], row["key"])


def test_every_table_figure_is_the_csvs(demo_files: dict[str, Path]) -> None:
    shown = figure_rows(demo_files["ce.pdf"])
    expected = csv_rows(demo_files["ce.csv"])
    checked = 0
    for row in expected:
        if row["scope"] == "activity" and row["participants"] == "0":
            continue  # not delivered: not in the activity table
        found = shown.get(pdf_key(row))
        assert found, f"no table row for {row['scope']} {row['key']}"
        for figures in found:
            for column, value in zip(FIGURE_COLUMNS, figures, strict=True):
                assert same_figure(value, row[column], column), (row["key"], column, value)
                checked += 1
    assert checked >= 14 * 40
    # every row the tables print is a row of the CSV
    keys = {pdf_key(r) for r in expected}
    assert set(shown) <= keys, set(shown) - keys


def test_only_delivered_activities_are_listed_with_figures(demo_files: dict[str, Path]) -> None:
    shown = figure_rows(demo_files["ce.pdf"])
    for row in csv_rows(demo_files["ce.csv"]):
        if row["scope"] == "activity":
            delivered = row["participant_days"] != "0"
            assert (row["key"] in shown) == delivered, row["key"]


def test_a_cancelled_activity_that_spent_money_is_shown_and_counted(
    demo_files: dict[str, Path],
) -> None:
    rows = {(r["scope"], r["key"]): r for r in csv_rows(demo_files["ce.csv"])}
    cancelled = rows["activity", "TC-2028-03"]
    assert Decimal(cancelled["actual_cost"]) > 0
    spent = [
        re.split(r"\s{2,}", line.strip())
        for line in layout_lines(demo_files["ce.pdf"])
        if line.strip().startswith("TC-2028-03")
    ]
    assert ["TC-2028-03", "cancelled", "226,607.20", "6,919.20"] in spent
    # its actual cost is in its year's actual cost (checked against the CSV above)
    assert Decimal(rows["year", "2028"]["actual_cost"]) == sum(
        Decimal(r["actual_cost"])
        for (scope, _), r in rows.items()
        if scope == "activity" and r["key"].split("-")[1] == "2028"
    )


def test_summary_page(demo_files: dict[str, Path]) -> None:
    first = page_texts(demo_files["ce.pdf"])[0]
    plan = {r["scope"]: r for r in csv_rows(demo_files["ce.csv"])}["plan"]
    for label, value in [
        ("Participants", "371"),
        ("Completers", "345"),
        ("Participant-days", "1,514"),
        ("Cost per participant", "10,002.50"),
        ("Cost per completer", "10,756.31"),
        ("Cost per participant-day", "2,451.08"),
        ("Completion rate", "93.0%"),
        ("Learning gain (points)", "12.10"),
        ("Rating (1 to 5)", "4.05"),
        ("Women's share", "50.4%"),
        # reach beside participations: 189 different people took the 371 places
        ("People reached", plan["people_reached"]),
        ("Normalised gain", "26.4%"),
    ]:
        assert f"{label}\n{value}\n" in first, label
    assert plan["cost_per_completer"] == "10756.31"
    # inputs by year, with the trend against the first year with completers
    assert "2027\n1,770,000.00\n1,333,161.58\n75.3%\n10,023.77\n0.0%" in first
    assert "2030\n2,173,000.00\n0.00\n0.0%\nn/a\nn/a" in first
    assert "+23.9%" in first
    # a mean says how many values it is taken over: both scores of 301 completers,
    # 319 ratings (the CSV's respondents), on the tiles and in every table row
    assert f"12.10\nn = {plan['learning_gain_respondents']}\n" in first
    assert f"4.05\nn = {plan['satisfaction_respondents']}\n" in first
    assert "26.4%\nn = 231\n" in first and plan["normalised_gain"] == "0.2636"
    assert plan["people_reached"] == "189"
    assert plan["learning_gain_respondents"] == "301"
    year = {r["key"]: r for r in csv_rows(demo_files["ce.csv"]) if r["scope"] == "year"}
    under = [
        re.split(r"\s{2,}", line.strip())
        for line in layout_lines(demo_files["ce.pdf"])
        if line.strip().startswith("n = ")
    ]
    first_year = year["2027"]
    assert [
        f"n = {first_year['learning_gain_respondents']}",
        f"n = {first_year['satisfaction_respondents']}",
    ] in under


def test_charts_are_drawn(demo_files: dict[str, Path]) -> None:
    path = demo_files["ce.pdf"]
    first, second = fills(path, 0), fills(path, 1)
    assert first[rgb(ce_charts.PALE)] >= 5  # an input bar per year (and the legend)
    assert first[rgb(ce_charts.BLUE)] >= 5  # an actual-cost bar per year
    assert first[rgb(ce_charts.TEAL)] == 3  # cost per completer: 3 years have completers
    assert second[rgb(ce_charts.TEAL)] == 6  # one bar per theme
    assert second[rgb(ce_charts.PLUM)] == 11  # one bar per administration
    points = second[rgb(ce_charts.BLUE)] + second[rgb(ce_charts.ORANGE)] - 2  # less the legend
    assert points == 18  # one point per delivered activity
    text = page_texts(path)[1]
    assert "TC-2028-06" in text  # points are labelled where labels fit
    assert CHINESE_CODE in text  # the theme chart's labels, in their script


def test_every_page_is_landscape_with_the_generated_date(demo_files: dict[str, Path]) -> None:
    for name in ("ce.pdf", "plan.pdf"):
        reader = PdfReader(demo_files[name])
        pages = len(reader.pages)
        for number, page in enumerate(reader.pages, start=1):
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
                842,
                595,
            )
            text = page.extract_text()
            assert "Generated on Dec 1, 2029" in text
            assert f"Page {number} of {pages}" in text


def test_annex_defines_the_figures_and_lists_the_warnings(demo_files: dict[str, Path]) -> None:
    text = "\n".join(page_texts(demo_files["ce.pdf"])[-3:])
    for term in ("per completer", "Completion rate", "Learning gain", "Trend", "n/a"):
        assert term in text
    assert "80.0% of the sessions" in text  # the plan's completion threshold
    # the results page's figures too: partner and host, application, progress
    flat = " ".join(text.split())
    assert "Partner participations Participations of people whose administration" in flat
    assert "Application rate Application rate = (yes + partly / 2)" in flat
    assert "Progress Each year shows target / actual and the status" in flat
    assert "105 budget lines have no actual amount yet" in text


def test_names_print_in_their_scripts_and_user_text_literally(
    demo_files: dict[str, Path],
) -> None:
    fonts = fonts_used(demo_files["ce.pdf"])
    assert {"NotoSansKhmer-Regular", "NotoSansThai-Regular", "DroidSansFallback"} <= fonts
    assert "Helvetica" not in fonts
    text = "\n".join(page_texts(demo_files["ce.pdf"]))
    assert HOSTILE in text
    assert CHINESE_CODE in text


def test_the_chosen_locale_formats_numbers_and_dates(demo: Database, tmp_path: Path) -> None:
    with unit_of_work(demo) as s:
        out = ce_pdf.render(s, 1, year=2027, generated=GENERATED, locale="de_DE")
    path = tmp_path / "de.pdf"
    path.write_bytes(out)
    text = "\n".join(page_texts(path))
    assert "1.329.755,40" in text  # planned cost of 2027
    assert "93,7%" in text  # its completion rate
    assert "01.12.2029" in text


def test_a_year_without_completers_says_na(demo: Database, tmp_path: Path) -> None:
    with unit_of_work(demo) as s:
        out = ce_pdf.render(s, 1, year=2030, generated=GENERATED, locale="en_US")
        expected = registry.renderer("cost-effectiveness", "csv")(s, 1, year=2030)
    path = tmp_path / "2030.pdf"
    path.write_bytes(out)
    first = page_texts(path)[0]
    assert "Cost per completer\nn/a\n" in first
    assert "Completion rate\nn/a\n" in first
    assert "Participants\n0\n" in first
    assert "No completers yet: cost per completer is n/a" in first
    shown = figure_rows(path)
    for row in csv.DictReader(io.StringIO(expected.decode("utf-8"))):
        if row["scope"] in ("year", "plan"):
            for column, value in zip(FIGURE_COLUMNS, shown[pdf_key(row)][0], strict=True):
                assert same_figure(value, row[column], column)
    assert "No activity has been delivered yet." in "\n".join(page_texts(path))


@pytest.mark.parametrize("status", ["planned", "cancelled"])
def test_a_plan_with_nothing_delivered(
    small_doc: dict[str, Any], status: str, tmp_path: Path
) -> None:
    for db in database(tmp_path / "p.sqlite", small_variant(small_doc, status)):
        with unit_of_work(db) as s:
            ce = ce_pdf.render(s, 1, generated=GENERATED, locale="en_US")
            plan = plan_pdf.render(s, 1, generated=GENERATED, locale="en_US")
            workbook = ce_xlsx.render(s, 1, generated=GENERATED)
        (tmp_path / "ce.pdf").write_bytes(ce)
        (tmp_path / "plan.pdf").write_bytes(plan)
        texts = page_texts(tmp_path / "ce.pdf")
        assert "Cost per participant\nn/a\n" in texts[0]
        assert "No completers yet: cost per completer is n/a" in texts[1]
        assert "No delivered activity has both" in texts[1]
        assert fills(tmp_path / "ce.pdf", 1)[rgb(ce_charts.TEAL)] == 0
        assert "No activity has been delivered yet." in "\n".join(texts)
        rows = figure_rows(tmp_path / "ce.pdf")
        # 12,000.00 USD x 7.1 planned; 11,350.50 USD spent
        planned = "0.00" if status == "cancelled" else "85,200.00"
        assert rows["2027"][0][:4] == [planned, "80,588.55", "0", "0"]
        assert rows["2027"][0][6:] == ["n/a"] * 8
        assert rows["Whole plan"] == rows["2027"]
        if status == "cancelled":
            assert "Spending on activities not delivered" in "\n".join(texts)
        assert "TC-2027-01" in "\n".join(page_texts(tmp_path / "plan.pdf"))
        sheet = openpyxl.load_workbook(io.BytesIO(workbook))["Years"]
        assert [c.value for c in sheet[4]][9:15] == [None] * 6  # empty, not 0
        # nobody reached, no respondents (counts: 0), the means and cost undefined
        assert [c.value for c in sheet[4]][15:] == [0, 0, 0, None, None, None]


def test_a_plan_without_activities_or_themes(small_doc: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(small_doc)
    doc["activities"], doc["themes"] = [], []
    for db in database(tmp_path / "p.sqlite", doc):
        with unit_of_work(db) as s:
            plan = plan_pdf.render(s, 1, generated=GENERATED, locale="en_US")
            ce = ce_pdf.render(s, 1, generated=GENERATED, locale="en_US")
        (tmp_path / "plan.pdf").write_bytes(plan)
        (tmp_path / "ce.pdf").write_bytes(ce)
        assert "The plan has no activities yet." in "\n".join(page_texts(tmp_path / "plan.pdf"))
        assert "Participants\n0\n" in page_texts(tmp_path / "ce.pdf")[0]


# --- the XLSX ----------------------------------------------------------------------------


SHEETS = {
    "plan": ("Plan", 1),
    "year": ("Years", 1),
    "theme": ("Themes", 2),
    "kind": ("Kinds", 1),
    "mode": ("Delivery modes", 1),
    "administration": ("Administrations", 2),
    "activity": ("Activities", 5),
}
ALL_COLUMNS = FIGURE_COLUMNS + csv_reports.CE_RESULT_COLUMNS
HEADERS = [f.header for f in ce_xlsx.figures()] + [f.header for f in ce_xlsx.result_figures()]


def test_xlsx_cells_are_the_csvs_figures(demo_files: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(demo_files["ce.xlsx"])
    by_scope: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in csv_rows(demo_files["ce.csv"]):
        by_scope[row["scope"]].append(row)
    for scope, (name, keys) in SHEETS.items():
        ws = wb[name]
        assert [c.value for c in ws[3]][keys:] == HEADERS
        cells = list(ws.iter_rows(min_row=4))
        assert len(cells) == len(by_scope[scope]), name
        for expected, row in zip(by_scope[scope], cells, strict=True):
            assert str(row[0].value) == expected["key"]
            for column, c in zip(ALL_COLUMNS, row[keys:], strict=True):
                if expected[column] == "":
                    assert c.value is None, (name, expected["key"], column)
                else:
                    assert c.data_type == "n", (name, column)
                    assert Decimal(str(c.value)) == Decimal(expected[column])
                    assert c.number_format != "General"
    money = wb["Years"]["B4"].number_format
    assert "CNY" in money and "0.00" in money
    assert wb["Years"]["L4"].number_format == "0.00%"
    assert wb["Years"]["S4"].number_format == "0.00%"  # normalised gain, as the PDF shows it


def test_the_learning_figures_are_the_same_in_csv_xlsx_and_pdf(
    demo_files: dict[str, Path],
) -> None:
    plan = next(r for r in csv_rows(demo_files["ce.csv"]) if r["scope"] == "plan")
    # the demo: courses have a maximum score, so both figures are defined
    gain, cost = Decimal(plan["normalised_gain"]), Decimal(plan["cost_per_gain_point"])
    row = next(openpyxl.load_workbook(demo_files["ce.xlsx"])["Plan"].iter_rows(min_row=4))
    cells = dict(zip(HEADERS, [c.value for c in row[1:]], strict=True))
    assert Decimal(str(cells["Normalised gain"])) == gain
    assert Decimal(str(cells["Cost per learning-gain point"])) == cost
    assert cells["Learning gain respondents"] == int(plan["learning_gain_respondents"])
    # the PDF's results page: the percentage to one decimal and the money to the cent
    text = "\n".join(page_texts(demo_files["ce.pdf"]))
    percent = f"{round(gain * 100, 1)}%"
    assert f"{percent} (n = " in text, percent
    assert f"{cost:,.2f}" in text


def test_xlsx_text_is_never_a_formula(demo_files: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(demo_files["ce.xlsx"])
    titles = {row[0].value: row[1] for row in wb["Activities"].iter_rows(min_row=4)}
    assert titles["TC-2027-02"].value == FORMULA_TITLE
    assert titles["TC-2027-02"].data_type == "s"
    assert titles["TC-2027-01"].value == CHINESE_TITLE
    themes = {row[0].value: row[1].value for row in wb["Themes"].iter_rows(min_row=4)}
    assert themes["AEO"] == HOSTILE
    with zipfile.ZipFile(demo_files["ce.xlsx"]) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)


def test_xlsx_inputs_and_notes(demo_files: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(demo_files["ce.xlsx"])
    inputs = [[c.value for c in row] for row in wb["Inputs by year"].iter_rows(min_row=4)]
    assert inputs[0][0] == 2027
    assert [Decimal(str(v)) for v in inputs[0][1:5]] == [
        Decimal("1770000.00"),
        Decimal("1333161.58"),
        Decimal("0.7532"),  # execution rate, as a fraction shown 75.32%
        Decimal("10023.77"),
    ]
    assert Decimal(str(inputs[2][5])) == Decimal("23.92")  # trend, per cent
    assert inputs[3][4] is None and inputs[3][5] is None  # 2030: no completers
    notes = "\n".join(str(c.value) for row in wb["Notes"].iter_rows() for c in row if c.value)
    assert "budget lines have no actual amount" in notes


# --- the action-plan PDF -------------------------------------------------------------------


def test_the_timeline_fits_one_page_with_every_code(demo_files: dict[str, Path]) -> None:
    path = demo_files["plan.pdf"]
    first = page_texts(path)[0]
    codes = [r["code"] for r in csv_rows(demo_files["plan.csv"])]
    assert len(codes) == 40
    for code in codes:
        assert code in first, code
    assert "Activities by year" not in first
    looks = timeline.looks()
    used = fills(path, 0)
    statuses = Counter(r["status"] for r in csv_rows(demo_files["plan.csv"]))
    for status, n in statuses.items():
        assert used[rgb(looks[status].fill)] >= n, status  # one bar each (and the legend)
    for look in looks.values():
        assert f"{look.letter}\n" in first or f"{look.letter} " in first
    assert f"{KHMER_THEME} Single" in first or "Single Window" in first
    assert HOSTILE in first  # a theme's name, literally, in its lane


def test_the_list_shows_every_activity_as_the_csv(demo_files: dict[str, Path]) -> None:
    lines = layout_lines(demo_files["plan.pdf"])
    rows = {}
    for line in lines:
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) >= 6 and re.fullmatch(r"(TC|SY)-\d{4}-\d{2}", cells[0]):
            rows[cells[0]] = cells
    expected = csv_rows(demo_files["plan.csv"])
    assert set(rows) == {row["code"] for row in expected}
    for row in expected:
        cells = rows[row["code"]]
        assert Decimal(cells[-1].replace(",", "")) == Decimal(row["planned_cost"]), row["code"]
        assert cells[-2] == row["seats"]
    text = "\n".join(page_texts(demo_files["plan.pdf"]))
    assert CHINESE_TITLE in text
    assert "Mar 8\u2009–\u200912, 2027" in text  # dates in the reader's locale
    assert "Vientiane (LA)" in text
    fonts = fonts_used(demo_files["plan.pdf"])
    assert {"DroidSansFallback", "NotoSansKhmer-Regular"} <= fonts


def synthetic(n: int, themes: int = 6, years: int = 5) -> list[PlanActivityRow]:
    rows = []
    for i in range(n):
        start = date(2027, 1, 1) + timedelta(days=(i * 7919) % (365 * years - 40))
        rows.append(
            PlanActivityRow(
                f"TC-{start.year}-{i:03d}",
                "course",
                f"Course {i}",
                f"T{i % themes}",
                ["planned", "approved", "scheduled", "delivered", "cancelled"][i % 5],
                start,
                start + timedelta(days=i % 35),
                "Nanning",
                "CN",
                "in_person",
                5,
                20,
                Decimal(1000),
            )
        )
    return rows


THEMES = [(f"T{i}", f"Theme {i}") for i in range(6)]
YEARS = [2027, 2028, 2029, 2030, 2031]
HEIGHTS = (FRAME_HEIGHT - 76, FRAME_HEIGHT - 30)


@pytest.mark.parametrize("n", [30, 60])
def test_up_to_sixty_activities_keep_every_code_without_overlap(n: int) -> None:
    timelines = timeline.plan_timelines(synthetic(n), THEMES, YEARS, FRAME_WIDTH, HEIGHTS)
    assert len(timelines) <= 2
    for t in timelines:
        assert t.labelled and t.row >= t.label_size * timeline.ROW_PER_POINT
        assert t.height(t.row) <= HEIGHTS[0 if len(timelines) == 1 else 1] + 50
        for lane in t.lanes:
            by_row: dict[int, list[tuple[float, float]]] = defaultdict(list)
            for item in lane.items:
                by_row[item.sub].append(item.reach(True))
            for spans in by_row.values():
                spans.sort()
                for (_, end), (start, _) in itertools.pairwise(spans):
                    assert start >= end - 1e-6  # code and bar clear of the next bar
        _, omitted = plan_drawing.draw_timeline(t, FRAME_WIDTH, t.height(t.row))
        assert omitted == 0


def test_a_thousand_activities_degrade_gracefully() -> None:
    rows = synthetic(1000)
    started = time.perf_counter()
    timelines = timeline.plan_timelines(rows, THEMES, YEARS, FRAME_WIDTH, HEIGHTS)
    drawn = [plan_drawing.draw_timeline(t, FRAME_WIDTH, t.height(t.row)) for t in timelines]
    assert time.perf_counter() - started < 2.0
    assert len(timelines) == 2
    assert [t.years for t in timelines] == [[2027, 2028, 2029], [2030, 2031]]
    for t, (drawing, omitted) in zip(timelines, drawn, strict=True):
        assert not t.labelled and t.row > 1
        assert t.height(t.row) <= HEIGHTS[1] + 1
        assert drawing.width == FRAME_WIDTH
        assert 0 < omitted <= sum(len(lane.items) for lane in t.lanes)


# --- wiring -------------------------------------------------------------------------------


def test_the_registry_and_the_command_line_reach_these_reports(
    demo: Database, tmp_path: Path
) -> None:
    assert registry.renderer("cost-effectiveness", "pdf") is ce_pdf.render
    assert registry.renderer("cost-effectiveness", "xlsx") is ce_xlsx.render
    assert registry.renderer("plan", "pdf") is plan_pdf.render
    for kind, name in (("cost-effectiveness", "ce.pdf"), ("plan", "plan.pdf")):
        out = tmp_path / name
        assert (
            cli.main(["report", kind, "--db", str(demo.path), "-o", str(out), "--year", "2028"])
            == 0
        )
        assert out.read_bytes().startswith(b"%PDF")
    text = "\n".join(page_texts(tmp_path / "plan.pdf"))
    assert "Action plan 2028" in text and "TC-2027-01" not in text
