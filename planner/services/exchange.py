"""Plan exchange files (docs/exchange-format.md): import all or nothing, export.

Import reads and checks the whole file first, listing every problem by its JSON
path; only a file without problems is written, in one transaction, in bulk.

The steps live in their own modules; this one is their common door:
:mod:`~planner.services.exchange_json` reads and dumps the file,
:mod:`~planner.services.exchange_check` checks a document,
:mod:`~planner.services.exchange_import` writes a checked one and
:mod:`~planner.services.exchange_export` turns a stored plan back into one.
"""

from __future__ import annotations

from planner.services.exchange_check import TOP_KEYS, Checked, check_document
from planner.services.exchange_export import export_document
from planner.services.exchange_import import import_document, write_activities
from planner.services.exchange_json import (
    FORMAT,
    MAX_FILE_BYTES,
    VERSION,
    dumps,
    parse_document,
    read_document,
)

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "TOP_KEYS",
    "VERSION",
    "Checked",
    "check_document",
    "dumps",
    "export_document",
    "import_document",
    "parse_document",
    "read_document",
    "write_activities",
]
