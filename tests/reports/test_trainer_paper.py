"""Paper for the day of a course: QR codes a reader decodes, sign-in sheets with
blank rows, an attestation and half-day columns, refusals for cancelled
activities, one page for an empty course, pending people and session totals in
the attendance report."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from planner.errors import PlannerError
from planner.reports import attendance_pdf, certificates_pdf, signin_pdf
from planner.reports.signin_pdf import QR_GRID, QrCodeBox, qr_modules, qr_outlines
from planner.store import Database, raw_connection, unit_of_work

DAYS = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]
PEOPLE = 40
CERTIFICATES = 5  # read of the 40 in the slow test (about 2 s a certificate)


@pytest.fixture
def forty(small_doc: dict[str, Any], load: Callable[[dict[str, Any]], int]) -> int:
    """TC-2027-01 (delivered, 5 sessions) with 40 people who all attend every session,
    and TC-2027-02 (scheduled) with the first two of them enrolled."""
    refs = [f"P{i:04d}" for i in range(1, PEOPLE + 1)]
    small_doc["participants"] = [
        {"ref": ref, "name": f"Person {ref[1:]}", "administration": "KH"} for ref in refs
    ]
    first = small_doc["activities"][0]
    first["enrolments"] = [{"participant": ref, "status": "confirmed"} for ref in refs]
    first["attendance"] = [
        {"participant": ref, "session": day, "status": "present"} for ref in refs for day in DAYS
    ]
    small_doc["activities"].append(
        {
            **{k: v for k, v in first.items() if k not in ("budget_lines", "attendance")},
            "code": "TC-2027-02",
            "status": "scheduled",
            "start": "2027-09-01",
            "end": "2027-09-02",
            "sessions": ["2027-09-01", "2027-09-02"],
            "enrolments": [{"participant": r, "status": "confirmed"} for r in refs[:2]],
            "budget_lines": [],
            "attendance": [],
        }
    )
    return load(small_doc)


def texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


# --- QR codes ----------------------------------------------------------------------------


def test_qr_outlines_cover_exactly_the_dark_modules() -> None:
    """Even-odd filling of the outlines paints each dark module and no light one."""
    modules = qr_modules("P0001")
    loops = qr_outlines(modules)
    n = len(modules)

    def inside(x: float, y: float) -> bool:
        crossings = 0
        for loop in loops:
            for (x0, y0), (x1, y1) in zip(loop, loop[1:] + loop[:1], strict=True):
                if x0 == x1 and min(y0, y1) <= y < max(y0, y1) and x0 > x:
                    crossings += 1
        return crossings % 2 == 1

    assert all(inside(c + 0.5, r + 0.5) == modules[r][c] for r in range(n) for c in range(n))
    assert all(len(loop) >= 4 for loop in loops)


@pytest.mark.parametrize(
    ("value", "size", "page", "modules", "module"),
    [
        ("P0001", signin_pdf.QR_SIZE, A4, 25, 3),  # version 2, not 1: 0.51 mm modules
        ("S3Y7-US57-2UEF", certificates_pdf.QR, landscape(A4), 25, 4),  # 0.68 mm
        ("P" * 40, signin_pdf.QR_SIZE, A4, 29, 2),  # version 3: smaller modules, same box
    ],
)
def test_qr_code_modules_are_on_the_pages_150_dpi_grid(
    value: str, size: float, page: tuple[float, float], modules: int, module: int
) -> None:
    """Wherever the box falls, the code's left and top edges are a whole number of
    1/150 inch from the page's left and top edges, its modules a whole number of
    1/150 inch wide, and the code with its 4-module quiet zone stays in the box."""
    assert len(qr_modules(value)) == modules
    for x, y in [(0, 0), (42.5, 100.123), (77.77, 301.2), (100.3, 480.01)]:
        box = QrCodeBox(value, size)
        assert box.wrap(500, 500) == (size, size)
        assert box.module == pytest.approx(module * QR_GRID)
        assert box.side == pytest.approx((modules + 8) * module * QR_GRID)
        canvas = Canvas(io.BytesIO(), pagesize=page)
        canvas.translate(x, y)
        box.canv = canvas
        left, bottom = box._to_grid()
        assert left >= 0 and left + box.side <= size
        assert bottom >= 0 and bottom + box.side <= size
        from_top = page[1] - (y + bottom + box.side)
        for edge in (x + left, from_top):
            assert edge / QR_GRID == pytest.approx(round(edge / QR_GRID), abs=1e-6)


def _read_pages(pdf: Path, folder: Path, dpi: int, last: int) -> list[list[str]]:
    """What zbar reads on each of pages 1 to ``last``, each rendered whole at ``dpi``
    as pdftoppm renders by default (anti-aliased; grey, as a scanner gives it)."""
    read = []
    for page in range(1, last + 1):
        image = folder / f"{pdf.stem}-{dpi}-{page}"
        subprocess.run(
            [
                *("pdftoppm", "-r", str(dpi), "-gray", "-singlefile"),
                *("-f", str(page), "-l", str(page), str(pdf), str(image)),
            ],
            check=True,
        )
        pgm = image.with_suffix(".pgm")
        found = subprocess.run(
            ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(pgm)],
            capture_output=True,
            text=True,
            check=False,
        )
        pgm.unlink()  # 35 MB at 600 dpi
        read.append(sorted(found.stdout.split()))
    return read


def _cpu_seconds() -> float:
    """This process's and its finished children's processor time: the cost of the
    test, however busy the machine is."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


@pytest.mark.slow
def test_zbar_reads_every_code_at_150_300_and_600_dpi(
    db: Database, forty: int, tmp_path: Path
) -> None:
    """Every code of a 40-person sign-in sheet and of certificates is read, on whole
    pages, at each resolution. Before the codes were version 2 at least and on the
    1/150-inch grid, zbar missed 2 of this sheet's 40 codes at 600 dpi."""
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg or pdftoppm is not installed")
    started = _cpu_seconds()
    with unit_of_work(db) as s:
        sheet = tmp_path / "signin.pdf"
        sheet.write_bytes(signin_pdf.render(s, forty, activity="TC-2027-01", walk_ins=0))
        certs = tmp_path / "certs.pdf"
        certs.write_bytes(certificates_pdf.render(s, forty, activity="TC-2027-01"))
        codes = [
            c for (c,) in raw_connection(s).execute("SELECT code FROM certificate ORDER BY id")
        ]
    sheet_pages = texts(sheet.read_bytes())
    first_session = [t for t in sheet_pages if "Signature, 2027-03-01" in t]
    assert len(first_session) == len(sheet_pages) // len(DAYS) == 4  # 40 people
    printed = [sorted(re.findall(r"\bP\d{4}\b", t)) for t in first_session]
    everyone = [f"P{i:04d}" for i in range(1, PEOPLE + 1)]
    assert sorted(ref for page in printed for ref in page) == everyone
    assert len(codes) == PEOPLE
    for dpi in (150, 300, 600):
        assert _read_pages(sheet, tmp_path, dpi, len(printed)) == printed, dpi
        # one code a page: the first certificates stand for the 40 (all 40 were read
        # at every resolution when this was written, in over a minute of CPU time)
        assert _read_pages(certs, tmp_path, dpi, CERTIFICATES) == [
            [c] for c in codes[:CERTIFICATES]
        ], dpi
    assert _cpu_seconds() - started < 40  # about 20 s


# --- sign-in sheets --------------------------------------------------------------------------


def test_sign_in_blank_rows_attestation_and_half_days(db: Database, forty: int) -> None:
    with unit_of_work(db) as s:
        plain = texts(signin_pdf.render(s, forty, activity="TC-2027-02"))
        half = texts(signin_pdf.render(s, forty, activity="TC-2027-02", walk_ins=3, half_days=True))
        with pytest.raises(PlannerError, match="0 to 200"):
            signin_pdf.render(s, forty, activity="TC-2027-02", walk_ins=-1)
    assert len(plain) == 2  # one page per session
    first = plain[0]
    assert "Walk-ins and substitutes" in first
    numbers = [line.split()[0] for line in first.splitlines() if line.split()]
    assert "7" in numbers and "8" not in numbers  # 2 enrolled + 5 blank rows
    assert "I attest that the people who signed above attended this session" in first
    assert "Signature, 2027-09-01" in first and "Morning" not in first
    flat = " ".join(half[0].split())
    assert "Morning, 2027-09-01" in flat and "Afternoon, 2027-09-01" in flat
    numbers = [line.split()[0] for line in half[0].splitlines() if line.split()]
    assert "5" in numbers and "6" not in numbers  # 2 enrolled + 3 blank rows


def test_cancelled_refused_and_an_empty_course_is_one_page(db: Database, forty: int) -> None:
    with unit_of_work(db) as s:
        con = raw_connection(s)
        con.execute("DELETE FROM enrolment WHERE activity_id = 2")
        empty = texts(signin_pdf.render(s, forty, activity="TC-2027-02"))
        con.execute("UPDATE activity SET status = 'cancelled' WHERE code = 'TC-2027-02'")
        with pytest.raises(PlannerError, match="TC-2027-02 is cancelled: no sign-in sheet"):
            signin_pdf.render(s, forty, activity="TC-2027-02")
        with pytest.raises(PlannerError, match="TC-2027-02 is cancelled: no certificate"):
            certificates_pdf.render(s, forty, activity="TC-2027-02")
    assert len(empty) == 1  # not one page per session
    assert "No participant is enrolled in TC-2027-02 yet" in empty[0]


# --- attendance report -----------------------------------------------------------------------


def test_attendance_pending_and_totals_per_session(db: Database, forty: int) -> None:
    with unit_of_work(db) as s:
        raw_connection(s).execute(
            "UPDATE mark SET status = 'absent' WHERE id IN (SELECT id FROM mark WHERE "
            "session_id = (SELECT id FROM session WHERE starts = '2027-03-02') LIMIT 3)"
        )
        pending = " ".join(texts(attendance_pdf.render(s, forty, activity="TC-2027-02")))
        delivered = "\n".join(texts(attendance_pdf.render(s, forty, activity="TC-2027-01")))
    assert "pending" in pending and "0.0%" not in pending
    totals = " ".join(delivered.split()).split("Present or late ", 1)[1].split()[:8]
    # 40 people, 5 sessions, 3 absent on the second: 40 37 40 40 40, 197 attended,
    # 0 excused; the 3 still complete (4 of 5 = 0.80): 40 completers
    assert totals == ["40", "37", "40", "40", "40", "197", "0", "40"]
