"""Nomination lists from partner administrations, and the seats they fill.

Three steps, so nothing is written until the whole file is known to be good:

1. :func:`read_table` (:mod:`planner.services.nomination_files`) reads a CSV or
   XLSX file into text cells with their line numbers, refusing (a
   :class:`PlannerError`, nothing read further) what is not a plain list: a file
   over :data:`MAX_FILE_BYTES` or :data:`MAX_ROWS` rows, text that is neither
   UTF-8 nor UTF-16 with a byte-order mark, a "workbook" that is not a zip, or
   one that would unpack to more than :data:`MAX_UNZIPPED_BYTES` or at a ratio
   above :data:`MAX_RATIO` (a zip bomb) - all checked from the zip's directory
   before anything is decompressed. Nothing is evaluated: a formula cell is read
   as its formula text (never as a cached or computed value), and
   :func:`check_rows` then refuses every formula-like value (starting with
   ``= + - @``) with its line, so nothing a spreadsheet would run gets in.
2. :func:`guess_mapping` proposes which column holds which field;
   :func:`check_rows` (:mod:`planner.services.nomination_check`) checks every
   row with the participant rules of :mod:`planner.services.entities`, reporting
   each problem by line, and finds the people who already exist (same e-mail, or
   same ref) or look alike.
3. :func:`import_rows` (:mod:`planner.services.nomination_import`) writes the
   checked rows, all or nothing, in bulk.

The seats an activity gives each administration, and who fills them, are in
:mod:`planner.services.nomination_seats`. This module is the door to all four:
their public names are imported from here.
"""

from __future__ import annotations

from planner.services.nomination_check import (
    Preview,
    PreviewRow,
    RowProblem,
    Similar,
    check_rows,
)
from planner.services.nomination_files import (
    FIELDS,
    LABELS,
    MAX_ROWS,
    REQUIRED,
    ColumnMap,
    ProgressFn,
    Table,
    guess_mapping,
    read_table,
)
from planner.services.nomination_import import ImportResult, import_rows, remove_imported
from planner.services.nomination_seats import Nominee, Seats, activity_choices, nominees, seats

__all__ = [
    "FIELDS",
    "LABELS",
    "MAX_ROWS",
    "REQUIRED",
    "ColumnMap",
    "ImportResult",
    "Nominee",
    "Preview",
    "PreviewRow",
    "ProgressFn",
    "RowProblem",
    "Seats",
    "Similar",
    "Table",
    "activity_choices",
    "check_rows",
    "guess_mapping",
    "import_rows",
    "nominees",
    "read_table",
    "remove_imported",
    "seats",
]
