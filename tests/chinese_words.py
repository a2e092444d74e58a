"""What a Chinese report or page may still hold in ASCII letters: the data, codes and
a short list of names written as such in Chinese documents (issue 16's check, shared by
tests/reports/test_chinese_words.py and tests/ui/test_chinese_window.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner.store import Database, raw_connection, unit_of_work

#: format and programme names written as such in Chinese documents, the command a
#: certificate names for checking its code, and the names printed on keyboard keys
ALLOWED = {"CSV", "PDF", "XLSX", "AEO", "planner", "verify", "Insert", "Delete", "Enter"}
WORD = re.compile(r"[A-Za-z]{2,}")
#: a certificate's verification code (ABCD-EFGH-JKLM)
CODE = re.compile(r"\b[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}\b")
DATA_SQL = (
    # English names only where there is no Chinese one (a Chinese report shows that)
    "SELECT CASE WHEN name_zh IS NULL THEN name END, "
    "CASE WHEN owner_zh IS NULL THEN owner END, name_zh, owner_zh, base_currency FROM plan",
    "SELECT code, country, name_zh, CASE WHEN name_zh IS NULL THEN name END FROM administration",
    "SELECT code, name_zh, CASE WHEN name_zh IS NULL THEN name END FROM theme",
    "SELECT code, name_zh, CASE WHEN name_zh IS NULL THEN name END FROM funding_source",
    "SELECT code, country, title_zh, venue_zh, CASE WHEN title_zh IS NULL THEN title END, "
    "CASE WHEN venue_zh IS NULL THEN venue END FROM activity",
    "SELECT ref, name, native_name, position, email FROM participant",
    "SELECT description, currency FROM budget_line",
    "SELECT currency, source FROM exchange_rate",
    # the budget report's reference and sign-off, and baselines, are typed as they are
    "SELECT report_reference, report_version, prepared_name, prepared_title, reviewed_name, "
    "reviewed_title, approved_name, approved_title FROM plan",
    "SELECT name, made_by FROM baseline",
    # the results framework's titles, names and units, in English only where there
    # is no Chinese one (revision 0011); an indicator's source is typed as it is
    "SELECT code, title_zh, CASE WHEN title_zh IS NULL THEN title END FROM result",
    "SELECT code, name_zh, unit_zh, CASE WHEN name_zh IS NULL THEN name END, "
    "CASE WHEN unit_zh IS NULL THEN unit END, source, figure FROM indicator",
    "SELECT source, note FROM indicator_actual",
)


def data_words(db: Database, queries: Iterable[str] = DATA_SQL) -> set[str]:
    """Every word of ASCII letters the database holds in the columns ``queries`` pick."""
    words: set[str] = set()
    with unit_of_work(db) as s:
        con = raw_connection(s)
        for sql in queries:
            for row in con.execute(sql):
                for value in row:
                    if value:
                        words.update(WORD.findall(str(value)))
    return words


def fragment(word: str, data: set[str]) -> bool:
    """A piece of a data word that a narrow column broke across lines (electron-ic)."""
    return len(word) >= 5 and any(d.startswith(word) or d.endswith(word) for d in data)
