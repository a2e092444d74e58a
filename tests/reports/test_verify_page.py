"""The offline verification page: only keyed hashes and sealed entries, and a
script that a real browser (headless Chromium) runs to check a typed code."""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import time
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


#: What the page shows once its check of the typed code is over: the script sets
#: ``data-done`` on the result box after the (real-time) WebCrypto work ends.
_RESULT = """new Promise((resolve) => {
  const poll = () => {
    const out = document.getElementById("result");
    if (out && out.dataset.done) resolve(out.className + ": " + out.innerHTML);
    else setTimeout(poll, 25);
  };
  poll();
})"""


class _DevTools:
    """Chromium's DevTools protocol over ``--remote-debugging-pipe`` (fds 3 and 4):
    NUL-terminated JSON messages, so the test waits for the page itself instead of
    guessing a time budget (``--dump-dom`` dumped a half-done check on a busy CI)."""

    def __init__(self, write_fd: int, read_fd: int) -> None:
        self.write_fd, self.read_fd, self.buffer, self.next_id = write_fd, read_fd, b"", 0

    def call(self, method: str, deadline: float, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        session = params.pop("sessionId", None)
        if session is not None:
            message["sessionId"] = session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                left = deadline - time.monotonic()
                assert left > 0, f"chromium did not answer {method} in time"
                ready, _, _ = select.select([self.read_fd], [], [], left)
                if ready:
                    chunk = os.read(self.read_fd, 65536)
                    assert chunk, "chromium closed its DevTools pipe"
                    self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self.next_id:
                assert "error" not in answer, answer
                return dict(answer["result"])


def chromium(page: Path, code: str, profile: Path) -> str:
    """The result box of the page after typing ``code`` (given in the address)."""
    to_chromium, from_chromium = os.pipe(), os.pipe()
    # copies above 4, so that "3<&read 4>&write" cannot clobber one with the other; bash,
    # as dash takes one-digit fds only
    read = fcntl.fcntl(to_chromium[0], fcntl.F_DUPFD_CLOEXEC, 5)
    write = fcntl.fcntl(from_chromium[1], fcntl.F_DUPFD_CLOEXEC, 5)
    os.close(to_chromium[0])
    os.close(from_chromium[1])
    browser = subprocess.Popen(
        [  # bash puts the pipes on fds 3 and 4, where --remote-debugging-pipe wants them
            *("bash", "-c", f'exec "$0" "$@" 3<&{read} 4>&{write}'),
            shutil.which("chromium") or "chromium",
            *("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"),
            *("--no-first-run", f"--user-data-dir={profile}", "--remote-debugging-pipe"),
            "about:blank",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(read, write),
    )
    os.close(read)
    os.close(write)
    tools = _DevTools(to_chromium[1], from_chromium[0])
    deadline = time.monotonic() + 60
    try:
        target = tools.call("Target.createTarget", deadline, url="about:blank")
        session = tools.call(
            "Target.attachToTarget", deadline, targetId=target["targetId"], flatten=True
        )["sessionId"]
        # Page.navigate answers once the page is committed: what runs next runs in it
        tools.call("Page.navigate", deadline, sessionId=session, url=f"{page.as_uri()}#{code}")
        shown = tools.call(
            "Runtime.evaluate",
            deadline,
            sessionId=session,
            expression=_RESULT,
            awaitPromise=True,
            returnByValue=True,
        )
        assert "exceptionDetails" not in shown, shown
        return str(shown["result"]["value"])
    finally:
        try:
            tools.call("Browser.close", time.monotonic() + 10)
        except (AssertionError, OSError):
            browser.kill()
        browser.wait(timeout=30)
        os.close(to_chromium[1])
        os.close(from_chromium[0])


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
