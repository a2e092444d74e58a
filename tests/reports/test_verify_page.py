"""The offline verification page: only keyed hashes and sealed entries, and a
script that a real browser (headless Chromium) runs to check a typed code."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from planner.reports.verify_page import ITERATIONS, open_sealed, page_data, render_page
from planner.services import journal
from planner.services.certificate_register import issue_certificates, revoke_certificate
from planner.store import Database, unit_of_work

DAYS = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]


@pytest.fixture
def codes(
    small_doc: dict[str, Any], load: Callable[[dict[str, Any]], int], db: Database
) -> tuple[int, str, str]:
    """Two completers of TC-2027-01 with certificates; the second one revoked."""
    small_doc["participants"].append(
        {"ref": "P0002", "name": "Nguyễn Văn An", "native_name": "阮文安", "administration": "KH"}
    )
    first = small_doc["activities"][0]
    first["enrolments"].append({"participant": "P0002", "status": "confirmed"})
    first["attendance"] = [
        {"participant": ref, "session": d, "status": "present"}
        for ref in ("P0001", "P0002")
        for d in DAYS
    ]
    plan = load(small_doc)
    with journal.recorded(db, "issue", plan_id=plan) as s:
        one, two = issue_certificates(s, plan, "TC-2027-01")
        revoke_certificate(s, plan, two.number, "<b>wrong</b> person", on=date(2027, 4, 1))
    return plan, one.code, two.code


def test_the_page_holds_no_names_and_opens_with_the_code(
    db: Database, codes: tuple[int, str, str]
) -> None:
    plan, good, revoked = codes
    salt = bytes(range(16))
    with unit_of_work(db) as s:
        data = page_data(s, plan, salt=salt, iterations=1000)
        html = render_page(s, plan).decode("utf-8")
        other = render_page(s, plan).decode("utf-8")
    assert data["iterations"] == 1000 and len(data["entries"]) == 2
    found = open_sealed(good.lower(), data["entries"], salt, 1000)  # typed in lower case
    assert found is not None
    assert (found["name"], found["number"], found["issued_on"], found["revoked_on"]) == (
        "Sok Dara",
        "TC-2027-01/001",
        "2027-03-05",
        None,
    )
    gone = open_sealed(revoked, data["entries"], salt, 1000)
    assert gone is not None and gone["revoked_reason"] == "<b>wrong</b> person"
    assert open_sealed("AAAA-BBBB-CCCC", data["entries"], salt, 1000) is None
    for secret in (
        "Sok Dara",
        "Nguy",
        "阮文安",
        "P0001",
        "TC-2027-01/00",
        good,
        revoked,
        good.replace("-", ""),
    ):
        assert secret not in html
    assert f'"iterations": {ITERATIONS}' in html
    salts = [re.search(r'"salt": "([^"]+)"', page).group(1) for page in (html, other)]  # type: ignore[union-attr]
    assert salts[0] != salts[1]  # a new salt for every page
    assert "http" not in html.replace("http-equiv", "")  # nothing is fetched


def chromium(page: Path, code: str, profile: Path) -> str:
    """The result box of the page after typing ``code`` (given in the address)."""
    done = subprocess.run(
        [
            shutil.which("chromium") or "chromium",
            *("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"),
            *("--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=10000"),
            "--dump-dom",
            f"{page.as_uri()}#{code}",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    found = re.search(r'<div id="result"[^>]*class="(\w+)"[^>]*>(.*?)</div>', done.stdout, re.S)
    assert found is not None, done.stdout[-2000:] + done.stderr[-2000:]
    return f"{found.group(1)}: {found.group(2)}"


@pytest.mark.slow
def test_the_page_checks_codes_in_a_real_browser(
    db: Database, codes: tuple[int, str, str], tmp_path: Path
) -> None:
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed (scripts/setup.sh test installs it)")
    plan, good, revoked = codes
    page = tmp_path / "verify.html"
    with unit_of_work(db) as s:
        page.write_bytes(render_page(s, plan))
    profile = tmp_path / "profile"
    valid = chromium(page, good.lower().replace("-", " "), profile)
    assert valid.startswith("valid: VALID\nSok Dara (សុខ តារា), General Department of Customs")
    assert "completed TC-2027-01 Single Window implementation workshop" in valid
    assert "Certificate TC-2027-01/001, issued 2027-03-05" in valid
    gone = chromium(page, revoked, profile)
    assert gone.startswith("revoked: REVOKED on 2027-04-01: &lt;b&gt;wrong&lt;/b&gt; person")
    assert "Nguyễn Văn An (阮文安)" in gone
    assert chromium(page, "AAAA-BBBB-CCCC", profile).startswith("unknown: No certificate")
    assert chromium(page, "hello", profile).startswith("unknown: This is not a verification code")
