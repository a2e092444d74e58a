"""Chinese headings print in a real bold face; a character the bold subset lacks
prints in the regular face instead of a box."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from planner.reports import fonts
from planner.reports.common import BODY, para
from planner.reports.fonts import BASE_BOLD, CJK_FONT, CJK_RARE, script_runs


def test_common_chinese_takes_the_bold_capable_font_and_a_rare_one_the_fallback() -> None:
    # 喆 (common in names) is not in GB 2312, so not in the bold subset
    assert script_runs("王喆 海关总署") == [
        (CJK_FONT, "王"),
        (CJK_RARE, "喆 "),
        (CJK_FONT, "海关总署"),
    ]
    assert ord("喆") in fonts._characters(CJK_RARE)


def test_every_chinese_character_of_the_catalogues_has_a_bold_glyph() -> None:
    fonts.register_fonts()
    fonts._characters(CJK_FONT)
    bold = fonts._bold_coverage[CJK_FONT]
    root = Path(__file__).resolve().parents[2] / "resources" / "translations"
    text = (root / "planner_zh_CN.ts").read_text(encoding="utf-8")
    text += (root / "zh_CN" / "LC_MESSAGES" / "planner.po").read_text(encoding="utf-8")
    missing = sorted({c for c in text if 0x3400 <= ord(c) <= 0x9FFF and ord(c) not in bold})
    assert missing == [], "run scripts/build-cjk-bold-font"


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")
def test_a_bold_chinese_heading_embeds_the_bold_face(tmp_path: Path) -> None:
    heading = ParagraphStyle("H", parent=BODY, fontName=BASE_BOLD, fontSize=16, leading=22)
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([para("能力建设预算 王喆", heading)])
    path = tmp_path / "h.pdf"
    path.write_bytes(out.getvalue())
    listed = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "NotoSansCJKsc-Bold" in listed  # the real bold face for the common characters
    assert "DroidSansFallback" in listed  # 喆, in the regular face rather than a box
