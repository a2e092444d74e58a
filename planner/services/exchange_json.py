"""The plan exchange file as text (docs/exchange-format.md): its format name and
version, read strictly as JSON, and dumped for people and diffs."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

from planner.errors import PlannerError
from planner.i18n import _

FORMAT = "capacity-plan"
#: Version 2 adds each object's optional ``uid``; version 3 the optional signatories
#: of the plan and of activities, the plan's maximum excused share, the budget
#: lines' payments, the results framework (``results``, ``indicators``, the plan's
#: ``host_country``, an activity's ``max_score``) and the optional Chinese names
#: (``name_zh``, ``owner_zh``, ``title_zh``, ``venue_zh``). Files of versions 1 and
#: 2 import unchanged. Version 4 adds the plan's budget-report reference, version and
#: sign-off, each exchange rate's ``source`` and ``rate_date``, and ``baselines``;
#: all optional, so files of versions 1 to 3 import unchanged. Version 5 adds the
#: results framework's Chinese names (a result's ``title_zh``, an indicator's
#: ``name_zh`` and ``unit_zh``), optional, so files of versions 1 to 4 import unchanged.
VERSION = 5
#: The versions this planner reads.
READABLE = (1, 2, 3, 4, 5)
MAX_FILE_BYTES = 512 * 1024 * 1024


# ---------------------------------------------------------------- reading
def read_document(path: Path) -> Any:
    """Parse a file as JSON, refusing what JSON parsers usually let through."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "a device or a pipe"
            raise PlannerError(
                _("{path} is {what}, not a plan file; nothing was imported").format(
                    path=path, what=what
                )
            )
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise PlannerError(
                _("{path} is {mib} MiB; a plan file is at most 512 MiB").format(
                    path=path, mib=size // 2**20
                )
            )
        raw = path.read_bytes()
    except OSError as e:
        raise PlannerError(
            _("cannot read {path}: {strerror}").format(path=path, strerror=e.strerror)
        ) from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise PlannerError(
            _("{path} is not UTF-8 text (byte {start}); is it a plan file?").format(
                path=path, start=e.start
            )
        ) from e
    del raw  # half the peak memory of a large import is the file held twice
    return parse_document(text, str(path))


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _pairs(pairs: list[tuple[str, Any]], _shared: dict[str, str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    shared = _SHARED if _shared is None else _shared
    for key, value in pairs:
        if key in out:
            raise ValueError(f"key {key!r} appears twice in one object")
        if type(value) is str and len(value) <= 24:
            # The same short strings (statuses, codes, dates) repeat hundreds of
            # thousands of times in a large plan: keep one copy of each.
            value = shared.setdefault(value, value)
        out[key] = value
    return out


_SHARED: dict[str, str] = {}


def parse_document(text: str, name: str = "the file") -> Any:
    try:
        return json.loads(text, parse_constant=_no_constants, object_pairs_hook=_pairs)
    except json.JSONDecodeError as e:
        raise PlannerError(
            _("{name} is not a valid plan file: {msg} at line {lineno}, column {colno}").format(
                # some of Python's messages end in " at" ("Unterminated string starting at")
                name=name,
                msg=e.msg.removesuffix(" at"),
                lineno=e.lineno,
                colno=e.colno,
            )
        ) from e
    except (ValueError, RecursionError) as e:
        raise PlannerError(_("{name} is not a valid plan file: {e}").format(name=name, e=e)) from e
    finally:
        _SHARED.clear()


# ---------------------------------------------------------------- dumping
def dumps(doc: Any) -> str:
    """JSON laid out for people and diffs: objects of plain values on one line each."""
    parts: list[str] = []
    _dump(doc, "", parts, in_list=False)
    parts.append("\n")
    return "".join(parts)


def _flat(value: Any) -> bool:
    if isinstance(value, dict):
        return all(not isinstance(v, (dict, list)) for v in value.values())
    if isinstance(value, list):
        return all(not isinstance(v, (dict, list)) for v in value)
    return True


def _dump(value: Any, indent: str, parts: list[str], *, in_list: bool) -> None:
    # Flat objects inside lists (rows) take one line; lists of plain values too.
    if (
        not value
        or not isinstance(value, (dict, list))
        or (_flat(value) and (in_list or isinstance(value, list)))
    ):
        parts.append(json.dumps(value, ensure_ascii=False))
        return
    inner = indent + "  "
    if isinstance(value, dict):
        parts.append("{")
        for i, (key, item) in enumerate(value.items()):
            parts.append(
                ("," if i else "") + "\n" + inner + json.dumps(key, ensure_ascii=False) + ": "
            )
            _dump(item, inner, parts, in_list=False)
        parts.append("\n" + indent + "}")
    else:
        parts.append("[")
        for i, item in enumerate(value):
            parts.append(("," if i else "") + "\n" + inner)
            _dump(item, inner, parts, in_list=True)
        parts.append("\n" + indent + "]")
