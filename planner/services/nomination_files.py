"""Reading nomination lists as partner administrations send them (CSV or XLSX),
and guessing which column holds which field.

Hostile files are refused before they cost anything: size and row limits, a zip
bomb recognised from the zip directory alone (nothing is decompressed), encodings
other than UTF-8/UTF-16 named with their line, formulas kept as text.
"""

from __future__ import annotations

import csv
import io
import stat
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from planner.errors import PlannerError
from planner.i18n import _
from planner.services.directory import fold

MAX_FILE_BYTES = 20 * 1000 * 1000
MAX_ROWS = 20_000
MAX_UNZIPPED_BYTES = 100 * 1000 * 1000
MAX_RATIO = 100  # uncompressed : compressed, for parts over 1 MB unpacked
MAX_ZIP_ENTRIES = 2_000
MAX_COLUMNS = 60
MAX_SHEET_ROW = 50_000  # a row number past this is not a nomination list

FIELDS = ("ref", "name", "native_name", "gender", "administration", "position", "email")
REQUIRED = ("name", "administration")
LABELS = {
    "ref": "Ref",
    "name": "Name (Latin)",
    "native_name": "Native-script name",
    "gender": "Gender",
    "administration": "Administration",
    "position": "Position",
    "email": "E-mail",
}
ColumnMap = dict[str, int | None]
ProgressFn = Callable[[int, int, str], None]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _fix_encoding() -> str:
    return _(
        "save the list as “CSV UTF-8” (Excel: File ▸ Save As ▸ CSV UTF-8) "
        "or as a workbook (.xlsx) and import it again"
    )


def _refuse(message: str) -> PlannerError:
    return PlannerError(message)


# ================================================================== reading
@dataclass(frozen=True)
class Table:
    """A file's cells as text: the header row and each data row with its line
    number (the spreadsheet's row number, or the CSV line where the row starts)."""

    name: str
    kind: str  # "CSV" or "XLSX"
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    lines: list[int]
    header_line: int = 1
    notes: tuple[str, ...] = ()

    def columns(self, known: Sequence[str], *, underscores: bool = False) -> list[str]:
        """The header row as column names (trimmed, lower case, spaces as ``_`` if
        ``underscores``); refused if it names one of ``known`` twice: which of the
        two holds the amount (say) is not ours to guess."""
        names = [h.strip().lower() for h in self.headers]
        if underscores:
            names = [n.replace(" ", "_") for n in names]
        repeated = sorted({n for n in names if n in known and names.count(n) > 1})
        if repeated:
            raise PlannerError(
                _(
                    "{name} has the column {column} more than once; keep one and import it again"
                ).format(name=self.name, column=", ".join(repeated))
            )
        return names


def read_table(path: str | Path) -> Table:
    """Read a nomination list (.csv or .xlsx); refuse, clearly, anything else."""
    path = Path(path)
    name = path.name
    try:
        info = path.stat()
    except OSError as e:
        raise _refuse(
            _("cannot read {name}: {strerror}").format(name=name, strerror=e.strerror)
        ) from e
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(
            _("{name} is a folder, a device or a pipe, not a nomination list").format(name=name)
        )
    size = info.st_size
    if size > MAX_FILE_BYTES:
        raise _refuse(
            _(
                "{name} is {size:.1f} MB; a nomination list may be at most {limit} MB: "
                "split it into smaller files"
            ).format(name=name, size=size / 1e6, limit=MAX_FILE_BYTES // 1000000)
        )
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path)
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix in (".xls", ".xlsm", ".xlsb", ".ods", ".numbers"):
        raise _refuse(
            _(
                "{name} is not a plain workbook (.xlsx) or CSV file: open it and save it as "
                "an Excel workbook (.xlsx) or as “CSV UTF-8”, then import that"
            ).format(name=name)
        )
    raise _refuse(_("{name} is neither a CSV file nor an Excel workbook (.xlsx)").format(name=name))


def _line_of(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith(b"PK\x03\x04"):
        raise _refuse(
            _("{name} is a zip file (an Excel workbook?), not CSV text: name it .xlsx").format(
                name=name
            )
        )
    if raw.startswith(_OLE):
        raise _refuse(
            _("{name} is an old Excel (.xls) file, not CSV text: {fix}").format(
                name=name, fix=_fix_encoding()
            )
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as e:
            line = raw[: e.start].decode("utf-16", "replace").count("\n") + 1
            raise _refuse(
                _(
                    "{name}, line {line}: the file starts as UTF-16 text but is not valid "
                    "UTF-16 there; {fix}"
                ).format(name=name, line=line, fix=_fix_encoding())
            ) from e
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _refuse(
            _(
                "{name}, line {line}: byte 0x{byte:02X} is not UTF-8 text (the file "
                "is in another encoding, such as Windows-1252 or Latin-1); {fix}"
            ).format(
                name=name,
                line=_line_of(body, e.start),
                byte=body[e.start],
                fix=_fix_encoding(),
            )
        ) from e
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise _refuse(
            _(
                "{name}, line {line}: holds NUL characters: is it UTF-16 text without a "
                "byte-order mark, or not text at all? {fix}"
            ).format(name=name, line=line, fix=_fix_encoding())
        )
    return text


def _delimiter(text: str) -> str:
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path) -> Table:
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise _refuse(
            _("cannot read {name}: {strerror}").format(name=name, strerror=e.strerror)
        ) from e
    text = _decode(raw, name)
    del raw
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))

    def records() -> Iterator[tuple[int, list[str]]]:
        start = 1
        try:
            for record in reader:
                yield start, record
                start = reader.line_num + 1
        except csv.Error as e:
            raise _refuse(
                _("{name}, line {start}: cannot be read as CSV ({e})").format(
                    name=name, start=start, e=e
                )
            ) from e

    return _table(name, "CSV", records())


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == time() else value.isoformat("T", "minutes")
        )
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value).strip()


def _check_zip(path: Path) -> None:
    """Refuse what is not an xlsx, or would unpack too big, from the zip's directory
    alone: nothing is decompressed here."""
    name = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as e:
        raise _refuse(
            _("cannot read {name}: {strerror}").format(name=name, strerror=e.strerror)
        ) from e
    if head.startswith(_OLE):
        raise _refuse(
            _(
                "{name} is an old Excel 97-2003 workbook or a password-protected one; open "
                "it in Excel and save it as a plain workbook (.xlsx) without a password"
            ).format(name=name)
        )
    if not head.startswith(b"PK"):
        raise _refuse(
            _(
                "{name} is not an Excel workbook (it is not a zip file): is it a CSV or text "
                "file with the wrong name? Name it .csv, or save it from Excel as .xlsx"
            ).format(name=name)
        )
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise _refuse(
            _("{name} is not a readable Excel workbook (damaged zip: {e})").format(name=name, e=e)
        ) from e
    if len(infos) > MAX_ZIP_ENTRIES:
        raise _refuse(
            _("{name} holds {parts} parts; an Excel workbook has far fewer").format(
                name=name, parts=len(infos)
            )
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED_BYTES:
        raise _refuse(
            _(
                "{name} would unpack to {size:,.0f} MB, more than the {limit} MB a "
                "nomination list may take (a zip bomb?); it was not opened"
            ).format(name=name, size=total / 1e6, limit=MAX_UNZIPPED_BYTES // 1000000)
        )
    for info in infos:
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > 1_000_000 and ratio > MAX_RATIO:
            raise _refuse(
                _(
                    "{name}: its part {filename} is compressed {ratio:,.0f} to 1, far beyond "
                    "any real workbook (a zip bomb?); it was not opened"
                ).format(name=name, filename=info.filename, ratio=ratio)
            )
        if info.flag_bits & 0x1:
            raise _refuse(_("{name} is encrypted; save it without a password").format(name=name))
    if "xl/workbook.xml" not in {i.filename for i in infos}:
        raise _refuse(_("{name} is a zip file but not an Excel workbook (.xlsx)").format(name=name))


def _read_xlsx(path: Path) -> Table:
    import openpyxl

    name = path.name
    _check_zip(path)
    formulas = 0
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it skips; none matter here.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=False)
            try:
                if not book.worksheets:
                    raise _refuse(_("{name} has no worksheet").format(name=name))
                sheet = book.worksheets[0]
                rows: list[tuple[int, list[str]]] = []
                filled = 0
                for number, cells in enumerate(
                    sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS), start=1
                ):
                    if number > MAX_SHEET_ROW:
                        raise _refuse(
                            _(
                                "{name}: the sheet goes on past row {last:,}; a "
                                "nomination list is at most {most:,} rows"
                            ).format(name=name, last=MAX_SHEET_ROW, most=MAX_ROWS)
                        )
                    texts = []
                    for cell in cells:
                        if cell.data_type == "f":
                            formulas += 1
                        texts.append(_cell_text(cell.value))
                    rows.append((number, texts))
                    filled += any(texts)
                    if filled > MAX_ROWS + 1:
                        break  # _table refuses it
                title = sheet.title
                sheets = len(book.worksheets)
            finally:
                book.close()
    except PlannerError:
        raise
    except Exception as e:  # a damaged or hostile workbook: the user's file, not a bug
        raise _refuse(
            _("{name} could not be read as an Excel workbook: {e}").format(name=name, e=e)
        ) from e
    notes = []
    if sheets > 1:
        notes.append(f"read the first sheet, “{title}”, of {sheets}")
    if formulas:
        notes.append(
            f"{formulas} cells hold formulas: they are read as their formula text, never "
            "computed, and refused (type or paste the values instead)"
        )
    return _table(name, "XLSX", iter(rows), tuple(notes))


def _table(
    name: str, kind: str, records: Iterator[tuple[int, list[str]]], notes: tuple[str, ...] = ()
) -> Table:
    found: list[tuple[int, tuple[str, ...]]] = []
    for line, record in records:
        cells = [c.strip() for c in record]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        found.append((line, tuple(cells)))
        if len(found) > MAX_ROWS + 1:
            raise _refuse(
                _("{name} holds more than {most:,} rows; split it into smaller lists").format(
                    name=name, most=MAX_ROWS
                )
            )
    if not found:
        raise _refuse(_("{name} is empty").format(name=name))
    # The header is the first row naming two known fields (a title row may sit above
    # it), else the first row.
    at = next(
        (i for i, (_, cells) in enumerate(found[:10]) if _known(guess_mapping(cells)) >= 2), 0
    )
    header_line, headers = found[at]
    data = found[at + 1 :]
    return Table(
        name,
        kind,
        headers,
        [cells for _, cells in data],
        [line for line, _ in data],
        header_line,
        notes,
    )


# ================================================================== mapping
_ALIASES: dict[str, tuple[str, ...]] = {
    "ref": ("ref", "reference", "participant ref", "participant code", "ref code", "code"),
    "name": (
        "name", "full name", "name latin", "latin name", "name in latin", "name in english",
        "english name", "name english", "full name latin", "full name english", "participant",
        "participant name", "participants name", "name of participant", "nominee",
        "nominee name", "name of nominee", "name as in passport", "name in passport",
        "passport name", "official name",
    ),
    "native_name": (
        "native name", "name native", "name in native script", "native script name",
        "name native script", "local name", "name local", "name in local language",
        "name in national language", "name in own script", "native", "name in native language",
        "native language name", "name local script",
    ),
    "gender": ("gender", "sex", "m f", "f m", "gender m f", "sex m f", "gender f m", "sex f m"),
    "administration": (
        "administration", "agency", "organisation", "organization", "customs administration",
        "administration code", "country", "member", "member administration", "institution",
        "department", "nominating administration", "ministry agency", "office",
    ),
    "position": (
        "position", "title", "job title", "designation", "rank", "post", "function",
        "position title", "current position", "job", "grade",
    ),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "official email"),
}  # fmt: skip
_ALIAS_FIELD = {alias: f for f, aliases in _ALIASES.items() for alias in aliases}
_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    ("email", ("email", "mail")),
    ("gender", ("gender", "sex")),
    ("native_name", ("native", "local", "khmer", "thai", "lao", "myanmar", "chinese", "script")),
    ("administration", ("administration", "agency", "organisation", "organization", "country")),
    ("position", ("position", "designation", "rank", "title")),
    ("name", ("name",)),
]


def _known(mapping: ColumnMap) -> int:
    return sum(1 for v in mapping.values() if v is not None)


def guess_mapping(headers: Sequence[str]) -> ColumnMap:
    """field -> column index (or None) from the header row's spellings."""
    mapping: ColumnMap = dict.fromkeys(FIELDS)
    folded = [fold(h) for h in headers]
    for col, h in enumerate(folded):
        f = _ALIAS_FIELD.get(h) or _ALIAS_FIELD.get(h.replace("e mail", "email"))
        if f is not None and mapping[f] is None:
            mapping[f] = col
    taken = {c for c in mapping.values() if c is not None}
    for col, h in enumerate(folded):
        if col in taken:
            continue
        words = set(h.replace("e mail", "email").split())
        for f, keys in _KEYWORDS:
            if mapping[f] is None and (words & set(keys)) and (f != "native_name" or "name" in h):
                mapping[f] = col
                taken.add(col)
                break
    return mapping
