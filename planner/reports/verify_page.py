"""The offline verification page: one self-contained HTML file for partners who
have neither the planner nor the database (``planner certificates verify-page``).

It holds no list of people. For each certificate of the register it keeps only:

- an **id**: HMAC-SHA256(K, "id"), 16 bytes, and
- the certificate's details (name, course, dates, number, revocation) as JSON,
  encrypted with a keystream HMAC-SHA256(K, "enc" || block number) and
  authenticated with HMAC-SHA256(K, "mac" || ciphertext), 16 bytes,

where K = PBKDF2-HMAC-SHA256(code, salt, ITERATIONS), the code being the 12
characters printed on the certificate and the salt 16 random bytes made afresh
for each page. Someone who types a code into the page derives K (WebCrypto, in
the browser, offline), finds the id, checks the tag and reads the details.
Without a code, the page is a list of random-looking bytes: recovering an entry
means guessing a 60-bit code, each guess costing ITERATIONS HMACs, against this
page's salt only (a page made tomorrow has another salt).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from datetime import date
from typing import Any

from sqlmodel import Session

from planner.services.certificate_register import PARTICIPATION, IssuedCertificate, register

#: PBKDF2 iterations per code: a partner's browser derives one key in about 10 ms;
#: guessing codes costs 2**60 x this many HMACs.
ITERATIONS = 20_000
SALT_BYTES = 16


def _key(code: str, salt: bytes, iterations: int) -> bytes:
    typed = "".join(code.split()).upper().replace("-", "")
    return hashlib.pbkdf2_hmac("sha256", typed.encode("ascii"), salt, iterations, 32)


def _mac(key: bytes, *parts: bytes) -> bytes:
    return hmac.new(key, b"".join(parts), hashlib.sha256).digest()


def _stream(key: bytes, n: int) -> bytes:
    blocks = (n + 31) // 32
    return b"".join(_mac(key, b"enc", i.to_bytes(4, "big")) for i in range(blocks))[:n]


def seal(code: str, details: dict[str, Any], salt: bytes, iterations: int) -> tuple[str, str]:
    """(id, "ciphertext.tag") of one certificate, both base64; ids are hex."""
    key = _key(code, salt, iterations)
    plain = json.dumps(details, ensure_ascii=False, sort_keys=True).encode("utf-8")
    cipher = bytes(a ^ b for a, b in zip(plain, _stream(key, len(plain)), strict=True))
    tag = _mac(key, b"mac", cipher)[:16]
    entry = base64.b64encode(cipher).decode("ascii") + "." + base64.b64encode(tag).decode("ascii")
    return _mac(key, b"id")[:16].hex(), entry


def open_sealed(
    code: str, entries: dict[str, str], salt: bytes, iterations: int
) -> dict[str, Any] | None:
    """What the page's script does, in Python (for tests): the details of ``code``."""
    key = _key(code, salt, iterations)
    found = entries.get(_mac(key, b"id")[:16].hex())
    if found is None:
        return None
    cipher_b64, tag_b64 = found.split(".")
    cipher = base64.b64decode(cipher_b64)
    if not hmac.compare_digest(_mac(key, b"mac", cipher)[:16], base64.b64decode(tag_b64)):
        return None
    plain = bytes(a ^ b for a, b in zip(cipher, _stream(key, len(cipher)), strict=True))
    details: dict[str, Any] = json.loads(plain.decode("utf-8"))
    return details


def _details(c: IssuedCertificate) -> dict[str, Any]:
    return {
        "number": c.number,
        "kind": c.kind,
        "name": c.name,
        "native_name": c.native_name,
        "administration": c.administration_name,
        "activity": c.activity,
        "title": c.title,
        "start": c.start.isoformat(),
        "end": c.end.isoformat(),
        "issued_on": c.issued_on.isoformat(),
        "revoked_on": c.revoked_on.isoformat() if c.revoked_on else None,
        "revoked_reason": c.revoked_reason,
        "plan": c.plan,
    }


def page_data(
    session: Session, plan_id: int, *, salt: bytes | None = None, iterations: int = ITERATIONS
) -> dict[str, Any]:
    """The page's data: salt, iterations and the sealed entries, in random order."""
    salt = salt or secrets.token_bytes(SALT_BYTES)
    entries = dict(seal(c.code, _details(c), salt, iterations) for c in register(session, plan_id))
    shuffled = sorted(entries.items())  # by id: random, and says nothing of issue order
    return {
        "salt": base64.b64encode(salt).decode("ascii"),
        "iterations": iterations,
        "entries": dict(shuffled),
    }


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Certificate verification</title>
<style>
body { font-family: sans-serif; max-width: 40em; margin: 3em auto; padding: 0 1em; color: #1d2b33; }
h1 { font-size: 1.4em; color: #1f4e5f; }
input { font-size: 1.2em; padding: .3em; width: 12em; letter-spacing: .1em; }
button { font-size: 1.1em; padding: .3em 1em; }
#result { margin-top: 1.5em; padding: 1em; border-radius: 4px; white-space: pre-line; }
.valid { background: #e5f3ea; border: 1px solid #2e7d4f; }
.revoked, .unknown { background: #fbe9e7; border: 1px solid #b3261e; }
small { color: #5b6b73; }
</style>
</head>
<body>
<h1>Certificate verification</h1>
<p>Type the verification code printed on the certificate (like ABCD-EFGH-JKLM).
This page works offline; it holds no list of names, only what a correct code unlocks.</p>
<form id="form"><input id="code" autocomplete="off" spellcheck="false" autofocus>
<button type="submit">Check</button></form>
<div id="result" role="status"></div>
<p><small>Made __MADE__ from the planner's certificate register: __COUNT__.</small></p>
<script>
"use strict";
const DATA = __DATA__;
const te = new TextEncoder();
const b64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const hex = (a) => Array.from(a, (b) => b.toString(16).padStart(2, "0")).join("");
function cat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) { out.set(p, i); i += p.length; }
  return out;
}
async function check(typed) {
  const code = typed.toUpperCase().replace(/[\\s-]/g, "");
  if (!/^[A-Z2-7]{12}$/.test(code)) {
    return ["unknown", "This is not a verification code (it looks like ABCD-EFGH-JKLM)."];
  }
  const subtle = crypto.subtle;
  const base = await subtle.importKey("raw", te.encode(code), "PBKDF2", false, ["deriveBits"]);
  const kdf = { name: "PBKDF2", salt: b64(DATA.salt), iterations: DATA.iterations };
  kdf.hash = "SHA-256";
  const bits = await subtle.deriveBits(kdf, base, 256);
  const hmac = { name: "HMAC", hash: "SHA-256" };
  const key = await subtle.importKey("raw", bits, hmac, false, ["sign"]);
  const mac = async (...parts) => new Uint8Array(await subtle.sign("HMAC", key, cat(...parts)));
  const id = hex((await mac(te.encode("id"))).slice(0, 16));
  const entry = DATA.entries[id];
  if (!entry) {
    return ["unknown", "No certificate of this register has this code: "
      + "it is not valid here (check the code as typed)."];
  }
  const [c64, t64] = entry.split(".");
  const cipher = b64(c64);
  const tag = (await mac(te.encode("mac"), cipher)).slice(0, 16);
  if (hex(tag) !== hex(b64(t64))) {
    return ["unknown", "This entry is damaged: the page was changed after it was made."];
  }
  const stream = [];
  for (let i = 0; stream.length < cipher.length; i++) {
    const n = new Uint8Array([i >>> 24, (i >>> 16) & 255, (i >>> 8) & 255, i & 255]);
    stream.push(...(await mac(te.encode("enc"), n)));
  }
  const d = JSON.parse(new TextDecoder().decode(cipher.map((b, i) => b ^ stream[i])));
  const who = d.name + (d.native_name ? " (" + d.native_name + ")" : "") + ", " + d.administration;
  const what = (d.kind === "__PARTICIPATION__" ? "participated in " : "completed ") +
    d.activity + " " + d.title + ", " + d.start + " to " + d.end;
  const cert = "Certificate " + d.number + ", issued " + d.issued_on + "; plan " + d.plan;
  if (d.revoked_on) {
    const why = "REVOKED on " + d.revoked_on + ": " + d.revoked_reason;
    return ["revoked", [why, who, what, cert].join("\\n")];
  }
  return ["valid", ["VALID", who, what, cert].join("\\n")];
}
async function show(typed) {
  const out = document.getElementById("result");
  out.className = "";
  out.textContent = "Checking\\u2026";
  try {
    const [kind, text] = await check(typed);
    out.className = kind;
    out.textContent = text;
  } catch (e) {
    out.className = "unknown";
    out.textContent = "This browser cannot check codes here: " + e;
  }
  out.dataset.done = "1";
}
document.getElementById("form").addEventListener("submit", (e) => {
  e.preventDefault();
  show(document.getElementById("code").value);
});
if (location.hash.length > 1) {
  const typed = decodeURIComponent(location.hash.slice(1));
  document.getElementById("code").value = typed;
  show(typed);
}
</script>
</body>
</html>
"""


def render_page(
    session: Session,
    plan_id: int,
    *,
    salt: bytes | None = None,
    iterations: int = ITERATIONS,
    today: date | None = None,
) -> bytes:
    """The verification page of the plan's register, as UTF-8 HTML."""
    data = page_data(session, plan_id, salt=salt, iterations=iterations)
    count = len(data["entries"])
    # JSON in a script: "<" escaped, so no text can close the script element.
    payload = json.dumps(data, sort_keys=True).replace("<", "\\u003c")
    html = (
        _PAGE.replace("__DATA__", payload)
        .replace("__MADE__", (today or date.today()).isoformat())
        .replace("__COUNT__", f"{count} certificate{'s' if count != 1 else ''}")
        .replace("__PARTICIPATION__", PARTICIPATION)
    )
    return html.encode("utf-8")
