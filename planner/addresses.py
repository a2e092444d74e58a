"""Database addresses, without the database side: a file path or a PostgreSQL
server's address (``postgresql://…``), shown with its password masked and
remembered without it. A leaf: the window's frame uses it before SQLAlchemy is
imported."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

SCHEMES = ("postgresql", "postgres")


def is_server_address(text: str) -> bool:
    scheme, sep, _ = str(text).partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


def looks_like_url(text: str) -> bool:
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.replace("+", "").isalnum() and len(scheme) > 1


def _split(url: str) -> tuple[Any, list[tuple[str, str]]]:
    parts = urlsplit(url)
    return parts, parse_qsl(parts.query, keep_blank_values=True)


def _rebuild(url: str, password: str | None, drop_query_password: bool) -> str:
    try:
        parts, query = _split(url)
        netloc = parts.netloc
        if "@" in netloc:
            auth, host = netloc.rsplit("@", 1)
            user, sep, _pw = auth.partition(":")
            if sep:
                auth = user if password is None else f"{user}:{password}"
            netloc = f"{auth}@{host}"
        kept = [
            (k, v if k != "password" else (password or ""))
            for k, v in query
            if not (k == "password" and (drop_query_password or password is None))
        ]
        query_text = urlencode(kept, safe="/")
        return (
            f"{parts.scheme}://{netloc}{parts.path}"
            + (f"?{query_text}" if query_text else "")
            + (f"#{parts.fragment}" if parts.fragment else "")
        )
    except ValueError:
        # An address so malformed it cannot be parsed: show none of its secrets.
        return re.sub(r"//[^@/]*@", "//***@", url.split("?", 1)[0])


def masked(url: str) -> str:
    """The address as it may be shown: a password in it becomes ``***``."""
    return _rebuild(url, "***", drop_query_password=False)


def without_password(url: str) -> str:
    """The address as it may be remembered (settings, recent files): no password."""
    return _rebuild(url, None, drop_query_password=True)


def database_name(url: str) -> str:
    try:
        parts, query = _split(url)
    except ValueError:
        return "?"
    name = str(dict(query).get("dbname") or parts.path.lstrip("/"))
    return name or "?"


def location(text: str) -> Path | str:
    """What the user named: a server's address stays text, anything else is a file."""
    return text if is_server_address(text) else Path(text)


def remembered(where: Path | str) -> str:
    """How a database is kept in the settings: a server's address without its password."""
    return without_password(where) if isinstance(where, str) else str(where)


def short_name(where: Path | str) -> str:
    """The name in the window's title: the file's, or the server database's."""
    return database_name(where) if isinstance(where, str) else where.name
