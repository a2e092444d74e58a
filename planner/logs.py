"""The bug log: where a traceback goes when the planner itself is at fault.

The log is private (a 0600 file in a 0700 folder) and carries no participant's
data: a bug's record keeps the exception's type and where it was raised (file,
line, function), never its message or the values around it, which may quote
names or e-mail addresses.
"""

from __future__ import annotations

import os
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType


def scrubbed(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """A traceback with the code's places, without any message or value."""
    when = datetime.now(UTC).isoformat(timespec="seconds")
    lines = [f"{when} bug: {kind.__module__}.{kind.__qualname__}\n"]
    seen: set[int] = set()
    chain: list[tuple[type[BaseException], TracebackType | None]] = []
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((type(current), current.__traceback__))
        current = current.__cause__ or current.__context__
    for i, (k, t) in enumerate(reversed(chain)):
        if i:
            lines.append("which led to:\n")
        for frame in traceback.extract_tb(t):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n')
        name = f"{k.__module__}.{k.__qualname__}"
        lines.append(f"{name} (message withheld: it may hold personal data)\n")
    return "".join(lines)


def write_bug(
    path: Path, kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Append a scrubbed traceback to the private log file at ``path``."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(scrubbed(kind, error, tb))


def log_bug(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """Record a bug in the user's log file; returns where it went."""
    from planner.paths import log_file

    path = log_file()
    try:
        write_bug(path, kind, error, tb)
        return str(path)
    except OSError:
        return "nowhere (the log file could not be written)"
