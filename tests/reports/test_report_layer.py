"""The layer under every PDF: fonts per script, escaping, tables, page x of y."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph

from planner import i18n
from planner.reports import common
from planner.reports.common import HEADING, TITLE, build_pdf, data_table, para
from planner.reports.fonts import (
    BASE_FONT,
    CJK_FONT,
    CJK_RARE,
    KHMER_FONT,
    LAO_FONT,
    MYANMAR_FONT,
    THAI_FONT,
    markup,
    script_runs,
)
from planner.reports.oneline import Figure

NAMES = {
    "Latin": "Griffin O'Brien",
    "Vietnamese": "Nguyễn Thị Hương",
    "Chinese": "王小明",
    "Thai": "สมชาย ใจดี",
    "Khmer": "សុខ តារា",
    "Myanmar": "အောင်ဆန်း",
    "Lao": "ສົມສັກ",
    "Mixed": "王小明(Wang)",
}
HOSTILE = '<b>x</b> & <img src="/etc/passwd"/>'
LONG_ROWS = 1000
EXPECTED_FONTS = {
    "NotoSans-Regular",
    "NotoSans-Bold",
    "DroidSansFallback",
    "NotoSansThai-Regular",
    "NotoSansKhmer-Regular",
    "NotoSansMyanmar-Regular",
    "NotoSansLao-Regular",
}


# --- markup: pure strings ------------------------------------------------------


def font(name: str, text: str) -> str:
    return f'<font name="{name}">{text}</font>'


def test_latin_and_vietnamese_stay_in_the_base_font() -> None:
    assert markup("John Smith") == "John Smith"
    assert markup("Nguyễn Thị Hương") == "Nguyễn Thị Hương"
    # decomposed input is composed, so the PDF carries the usual characters
    assert markup("Nguye\u0302\u0303n") == "Nguyễn"


def test_each_script_gets_its_font() -> None:
    assert markup("王小明") == font(CJK_FONT, "王小明")
    assert markup("สมชาย ใจดี") == font(THAI_FONT, "สมชาย ใจดี")
    assert markup("សុខ តារា") == font(KHMER_FONT, "សុខ តារា")
    assert markup("အောင်ဆန်း") == font(MYANMAR_FONT, "အောင်ဆန်း")
    assert markup("ສົມສັກ") == font(LAO_FONT, "ສົມສັກ")
    assert markup("\uaa60\ua9e0") == font(MYANMAR_FONT, "\uaa60\ua9e0")  # Myanmar extensions
    assert markup("\u19e0") == font(KHMER_FONT, "\u19e0")  # Khmer symbols
    # beyond the BMP, and beyond the bold subset: the regular face in both weights
    assert markup("𠀀") == font(CJK_RARE, "𠀀")


def test_runs_follow_the_text() -> None:
    assert script_runs("Mr สมชาย, Bangkok 王小明 (Wang)") == [
        (BASE_FONT, "Mr "),
        (THAI_FONT, "สมชาย"),
        (BASE_FONT, ", Bangkok "),
        (CJK_FONT, "王小明 "),
        (BASE_FONT, "(Wang)"),
    ]
    assert markup("王小明、李四（测试）ABC") == font(CJK_FONT, "王小明、李四（测试）") + "ABC"
    assert markup("ສົມສັກ 123") == font(LAO_FONT, "ສົມສັກ ") + "123"


def test_clusters_are_never_split() -> None:
    for cluster in ("ស្រី", "ក្សត្រ", "မြန်မာ", "ကျောင်း", "ที่นี่", "ສົ້ມ"):
        runs = script_runs(f"a {cluster} b")
        assert [run for _, run in runs] == ["a ", f"{cluster} ", "b"]
    # a Latin combining accent stays on its letter
    assert script_runs("a\u0301 สม") == [(BASE_FONT, "á "), (THAI_FONT, "สม")]


def test_user_text_is_escaped() -> None:
    assert markup(HOSTILE) == '&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src="/etc/passwd"/&gt;'
    assert markup("unclosed <b> & <Dept>") == "unclosed &lt;b&gt; &amp; &lt;Dept&gt;"
    assert markup("สม<i>") == font(THAI_FONT, "สม") + "&lt;i&gt;"
    assert markup("a\x00b\x07c\nd") == "abc<br/>d"


def test_bold_reaches_every_script() -> None:
    assert markup("Mr สมชาย 王", bold=True) == (
        f"<b>Mr {font(THAI_FONT + '-Bold', 'สมชาย ')}{font(CJK_FONT + '-Bold', '王')}</b>"
    )
    assert markup("", bold=True) == ""


# --- tables ----------------------------------------------------------------------


def test_long_row_lists_become_several_tables_each_with_the_header() -> None:
    rows = [[str(i), f"name {i}"] for i in range(LONG_ROWS)]
    tables = data_table(["No.", "Name"], rows, [20 * mm, 60 * mm], {0})
    assert [len(t._cellvalues) - 1 for t in tables] == [400, 400, 200]
    for table in tables:
        assert isinstance(table, LongTable)
        assert table.repeatRows == 1
        header = table._cellvalues[0]
        # short texts: one-line cells (oneline.Figure), not paragraphs
        assert [cell.text for cell in header] == ["No.", "Name"]
        assert all(isinstance(cell, Figure) for row in table._cellvalues for cell in row)
    first_body_row = tables[0]._cellvalues[1]
    assert first_body_row[0].style is common.NUMBER_CELL
    assert first_body_row[1].style is common.CELL


def test_table_cells_are_checked() -> None:
    with pytest.raises(ValueError, match="column widths"):
        data_table(["a", "b"], [["1", "2"]], [10 * mm])
    with pytest.raises(ValueError, match="row 0"):
        data_table(["a", "b"], [["1"]], [10 * mm, 10 * mm])
    with pytest.raises(TypeError):
        data_table(["a"], [[1.5]], [10 * mm])  # type: ignore[list-item]


def test_registration_is_done_once() -> None:
    import reportlab.platypus.paragraph as rl_paragraph
    from reportlab.pdfbase import pdfmetrics

    from planner.reports.fonts import register_fonts

    register_fonts()
    font, shaper = pdfmetrics.getFont(BASE_FONT), rl_paragraph.shapeFragWord
    register_fonts()
    assert pdfmetrics.getFont(BASE_FONT) is font
    assert rl_paragraph.shapeFragWord is shaper


def test_the_report_layer_imports_no_qt_and_little_of_the_planner() -> None:
    import ast

    for module in ("fonts.py", "common.py", "font_cache.py", "oneline.py"):
        tree = ast.parse((Path(common.__file__).parent / module).read_text("utf-8"))
        imported = {
            name
            for node in ast.walk(tree)
            for name in (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
        }
        assert not {n for n in imported if n.startswith(("PySide6", "shiboken6"))}
        planner_modules = {n for n in imported if n.split(".")[0] == "planner"}
        assert planner_modules <= {
            "planner",  # APP_ID, for the cache folder's name
            "planner.paths",
            "planner.i18n",
            "planner.reports.fonts",
            "planner.reports.font_cache",  # parsed faces kept between runs (a leaf)
            "planner.reports.oneline",  # one-line table cells (imports only i18n)
        }


def test_every_style_shapes_in_the_base_fonts() -> None:
    styles = [v for v in vars(common).values() if type(v).__name__ == "ParagraphStyle"]
    assert len(styles) >= 7
    for style in styles:
        assert style.shaping == 1, style.name
        assert style.fontName in (common.BASE_FONT, common.BASE_BOLD), style.name


# --- the sample PDF ---------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    story = [para("Participants", TITLE), para("Names in many scripts", HEADING)]
    rows = [[script, name, f"{i * 1234.5:,.2f}"] for i, (script, name) in enumerate(NAMES.items())]
    rows.append(["Escaped", HOSTILE, "0.00"])
    story += data_table(["Script", "Name", "Amount"], rows, [40 * mm, 90 * mm, 40 * mm], {2})
    story.append(para("Everyone", HEADING))
    names = list(NAMES.values())
    long_rows = [[str(i + 1), names[i % len(names)], f"{i * 10:,}"] for i in range(LONG_ROWS)]
    story += data_table(
        ["No.", "Participant", "Amount (USD)"], long_rows, [20 * mm, 110 * mm, 40 * mm], {0, 2}
    )
    pages = build_pdf(
        path,
        story,
        title="Participants of 2026",
        footer_left="Demo plan",
        author="Test author",
        subject="Report layer",
    )
    return path, pages


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_every_page_says_page_x_of_n(sample: tuple[Path, int]) -> None:
    path, pages = sample
    texts = page_texts(path)
    assert len(texts) == pages
    assert pages >= 20  # 1,000 rows do not fit on a few pages
    for number, text in enumerate(texts, start=1):
        assert f"of {pages}" in text
        assert f"Page {number} of {pages}" in text
        assert "Participants of 2026" in text  # the page header
        assert "Demo plan" in text  # the footer


def test_the_long_tables_header_is_on_every_page(sample: tuple[Path, int]) -> None:
    path, _ = sample
    for number, text in enumerate(page_texts(path), start=1):
        assert "Participant" in text and "Amount (USD)" in text, f"page {number}"
    assert str(LONG_ROWS) in page_texts(path)[-1]


def test_names_extract_exactly(sample: tuple[Path, int]) -> None:
    path, _ = sample
    first_page = page_texts(path)[0]
    for script in ("Latin", "Vietnamese", "Chinese", "Lao", "Mixed"):
        assert NAMES[script] in first_page, script


def test_user_markup_prints_literally(sample: tuple[Path, int]) -> None:
    path, _ = sample
    assert HOSTILE in page_texts(path)[0]
    # the <img> tag printed as text: no image was embedded
    assert all("/XObject" not in page["/Resources"] for page in PdfReader(path).pages)


def fonts_used(path: Path) -> dict[str, bool]:
    """Base font name (subset tag removed) of every font a page sets -> embedded?"""
    reader = PdfReader(path)
    used: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"].get_object()
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator != b"Tf":
                continue
            font_dict = fonts[operands[0]].get_object()
            name = str(font_dict["/BaseFont"]).lstrip("/").split("+")[-1]
            descriptor = font_dict.get("/FontDescriptor")
            used[name] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return used


def test_text_is_set_in_the_shipped_fonts_all_embedded(sample: tuple[Path, int]) -> None:
    path, _ = sample
    used = fonts_used(path)
    assert set(used) == EXPECTED_FONTS  # no Helvetica, Times or STSong anywhere
    assert all(used.values()), used


def test_metadata_and_page_size(sample: tuple[Path, int]) -> None:
    path, _ = sample
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Participants of 2026"
    assert meta.author == "Test author"
    assert meta.subject == "Report layer"
    assert meta.creator == "Capacity-building planner"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_landscape_and_file_objects(tmp_path: Path) -> None:
    out = tmp_path / "wide.pdf"
    with out.open("wb") as handle:
        pages = build_pdf(handle, [para("สมชาย")], title="Wide", landscape=True)
    assert pages == 1
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_footer_goes_through_the_translations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    catalog = Catalog(locale="vi", domain=i18n.DOMAIN)
    catalog.add("Page {page} of {pages}", "Trang {page}/{pages}")
    folder = tmp_path / "translations" / "vi" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / f"{i18n.DOMAIN}.mo").open("wb") as handle:
        write_mo(handle, catalog)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "translations")
    try:
        i18n.set_language("vi")
        assert i18n._("Page {page} of {pages}") == "Trang {page}/{pages}"
        out = tmp_path / "vi.pdf"
        build_pdf(out, [para("Nguyễn Thị Hương")], title="Báo cáo")
        assert "Trang 1/1" in page_texts(out)[0]
        i18n.set_language("xx")  # no catalogue: strings stay as written
        assert i18n._("Page {page} of {pages}") == "Page {page} of {pages}"
    finally:
        i18n.set_language(None)


# --- rendering ------------------------------------------------------------------------


def read_png(path: Path) -> tuple[int, int, int, bytes]:
    """Width, height, bytes per pixel and raw pixels of an 8-bit PNG (no libraries)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (0, 2, 6), (depth, colour)
    bpp = {0: 1, 2: 3, 6: 4}[colour]
    raw, stride = zlib.decompress(idat), width * bpp
    pixels, previous = bytearray(), bytearray(stride)
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, up_left = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[i] = (line[i] + pred) & 0xFF
        pixels += line
        previous = line
    return width, height, bpp, bytes(pixels)


def render(pdf: Path, out_dir: Path, resolution: int = 50) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    prefix = out_dir / pdf.stem
    command = ["pdftoppm", "-r", str(resolution), "-png", "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*command, str(pdf), str(prefix)], check=True, capture_output=True)
    return prefix.with_suffix(".png")


def test_first_page_renders_ink(sample: tuple[Path, int], tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    blank = tmp_path / "blank.pdf"
    canvas = Canvas(str(blank), pagesize=A4)
    canvas.showPage()
    canvas.save()
    _, _, bpp, blank_pixels = read_png(render(blank, tmp_path))
    assert set(blank_pixels) == {255}  # the reader sees a blank page as blank

    path, _ = sample
    width, height, bpp, pixels = read_png(render(path, tmp_path))
    assert abs(width - 413) <= 1 and abs(height - 585) <= 1  # A4 at 50 dpi
    inked = sum(1 for i in range(0, len(pixels), bpp) if pixels[i] < 200)
    assert inked > 0.02 * width * height  # text and rules (about 4 %), not a blank page


def test_khmer_and_myanmar_are_shaped(tmp_path: Path) -> None:
    """With shaping, coeng (Khmer subscripts) and Myanmar medials change the drawing."""
    from reportlab.lib.styles import ParagraphStyle

    text = "ស្រី ក្សត្រ မြန်မာ ကျောင်း"
    unshaped = ParagraphStyle("flat", parent=common.BODY, shaping=0, fontSize=24, leading=32)
    shaped = ParagraphStyle("shaped", parent=common.BODY, fontSize=24, leading=32)
    images = []
    for name, style in (("flat", unshaped), ("shaped", shaped)):
        out = tmp_path / f"{name}.pdf"
        build_pdf(out, [Paragraph(markup(text), style)], title="Shaping")
        images.append(read_png(render(out, tmp_path, resolution=72))[3])
    assert images[0] != images[1]


def test_marks_lowered_by_the_font_do_not_lower_the_rest(tmp_path: Path) -> None:
    """The vowel sign under a Khmer subscript is drawn lower; the visarga after it is not."""
    out = tmp_path / "rise.pdf"
    build_pdf(out, [para("បណ្តុះ")], title="Rise")
    reader = PdfReader(out)
    rise, shown = 0.0, []
    for operands, operator in ContentStream(reader.pages[0].get_contents(), reader).operations:
        if operator == b"Ts":
            rise = float(operands[0])
        elif operator in (b"Tj", b"TJ"):
            shown.append(rise)
        elif operator == b"ET":
            rise = 0.0
    khmer = shown[1:-1]  # between the page header and the footer
    assert min(khmer) < 0  # some mark really was positioned below the baseline
    assert khmer[-1] == 0  # and the visarga that ends the word sits on it
