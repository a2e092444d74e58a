"""Translation of visible strings (gettext), shared by the window, the CLI and the PDFs.

Catalogues live in ``resources/translations/<lang>/LC_MESSAGES/planner.mo``.
Without a catalogue for the language, strings are returned as written (English).
This module imports nothing from Qt, so the core and the reports can use it.
"""

from __future__ import annotations

import gettext
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DOMAIN = "planner"
#: the language of a 中英文对照 document: every label and name in Chinese, then English
BILINGUAL = "bilingual"
#: A bilingual label or name is marked as OPEN chinese MIDDLE english CLOSE, so that a
#: sentence made of several (a code, a date and a venue) still reads as one Chinese
#: line and one English line: :func:`side` picks one language of every marked part.
#: A PDF paragraph puts the English line beneath, smaller
#: (planner.reports.fonts.markup); a single line (a page header, a chart label) shows
#: both with :func:`flat`. They are control characters, which stored text never
#: holds (planner.text), so data cannot fake them.
OPEN, MIDDLE, CLOSE = "\x1e", "\x1f", "\x1d"

_lock = threading.Lock()
_translation: gettext.NullTranslations | None = None
_language: str | None = None
_bilingual = False


@dataclass(frozen=True)
class _Writing:
    translation: gettext.NullTranslations
    language: str
    bilingual: bool


#: a language chosen for one thread only (:func:`writing`), e.g. a report the window
#: writes in the background while it keeps its own language
_local = threading.local()


class _Both(gettext.NullTranslations):
    """Chinese, then English: the catalogue of a bilingual document."""

    def __init__(self, chinese: gettext.NullTranslations) -> None:
        super().__init__()
        self._chinese = chinese

    def gettext(self, message: str) -> str:
        return both(self._chinese.gettext(message), message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return both(self._chinese.ngettext(msgid1, msgid2, n), msgid1 if n == 1 else msgid2)


def both(chinese: str | None, english: str) -> str:
    """``chinese`` and ``english`` as one bilingual text (one of them where they are
    the same or there is no Chinese)."""
    if not chinese or chinese == english:
        return english
    if not english:
        return chinese
    return f"{OPEN}{chinese}{MIDDLE}{english}{CLOSE}"


def is_bilingual(text: str) -> bool:
    return OPEN in text


def side(text: str, english: bool) -> str:
    """The Chinese (or English) line of a text holding bilingual parts: each part
    replaced by its Chinese (or English), nested parts too; the rest as it is."""
    if OPEN not in text:
        return text
    out: list[str] = []
    # a stack of (keeping what is read now, the side being read) per open part
    stack: list[bool] = []
    keep = True
    for ch in text:
        if ch == OPEN:
            stack.append(keep)
            keep = keep and not english  # the Chinese side comes first
        elif ch == MIDDLE and stack:
            keep = stack[-1] and english
        elif ch == CLOSE and stack:
            keep = stack.pop()
        elif keep:
            out.append(ch)
    return "".join(out)


def flat(text: str, between: str = " / ") -> str:
    """A bilingual text on one line: ``预算报告 / Budget report``."""
    if OPEN not in text:
        return text
    chinese, english = side(text, False), side(text, True)
    return chinese if chinese == english else f"{chinese}{between}{english}"


def english_part(text: str) -> str:
    """The English of a bilingual text (the text itself if it is not bilingual)."""
    return side(text, True)


def translations_dir() -> Path:
    """The folder of the compiled catalogues (``resources/translations``)."""
    try:
        from planner.paths import resources
    except ImportError:
        if getattr(sys, "frozen", False):
            base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
            return base / "resources" / "translations"
        return Path(__file__).resolve().parents[1] / "resources" / "translations"
    return resources() / "translations"


def _load(languages: Sequence[str] | None) -> gettext.NullTranslations:
    # With languages=None gettext reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG.
    return gettext.translation(
        DOMAIN,
        localedir=str(translations_dir()),
        languages=list(languages) if languages is not None else None,
        fallback=True,
    )


def _resolve(language: str) -> tuple[gettext.NullTranslations, str, bool]:
    if language == BILINGUAL:
        return _Both(_load(["zh_CN"])), "zh_CN", True
    return _load([language]), language, False


def set_language(language: str | None) -> None:
    """Use the catalogue of ``language`` (e.g. ``"vi"``, ``"zh_CN"``, or
    :data:`BILINGUAL` for Chinese with English beneath) from now on.

    ``None`` goes back to the language of the environment. An unknown language
    is not an error: strings then stay as written.
    """
    global _translation, _language, _bilingual
    if language:
        translation, name, pair = _resolve(language)
    else:
        translation, name, pair = _load(None), None, False
    with _lock:
        _translation = translation
        _language = name
        _bilingual = pair


@contextmanager
def writing(language: str | None) -> Iterator[None]:
    """Within the block, strings on this thread only are written in ``language``
    (``None``: as before), as a report the window writes in the background."""
    if not language:
        yield
        return
    before = getattr(_local, "writing", None)
    _local.writing = _Writing(*_resolve(language))
    try:
        yield
    finally:
        _local.writing = before


def _here() -> _Writing | None:
    found = getattr(_local, "writing", None)
    return found if isinstance(found, _Writing) else None


def language() -> str | None:
    """The language chosen with :func:`set_language` (``None``: the environment's)."""
    return _language


def bilingual() -> bool:
    """Whether labels and names are written in Chinese and English together."""
    here = _here()
    return here.bilingual if here is not None else _bilingual


def effective_language() -> str | None:
    """The language the strings are written in: the one chosen with
    :func:`writing` or :func:`set_language`, else the environment's (as gettext
    reads it). Chinese for a bilingual document (its dates and figures)."""
    here = _here()
    if here is not None:
        return here.language
    if _language:
        return _language
    import os

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").split(":")[0].split(".")[0]
        if value and value not in ("C", "POSIX"):
            return value
    return None


def _current() -> gettext.NullTranslations:
    global _translation
    here = _here()
    if here is not None:
        return here.translation
    translation = _translation
    if translation is None:
        loaded = _load(None)
        with _lock:
            if _translation is None:
                _translation = loaded
            translation = _translation
    return translation


def _(message: str) -> str:
    """The translation of ``message``, or ``message`` itself."""
    return _current().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The translation of ``singular``/``plural`` for the count ``n``."""
    return _current().ngettext(singular, plural, n)


def in_chinese() -> bool:
    """Whether the strings are written in Chinese (the report's or window's language)."""
    language = effective_language()
    return language is not None and language.lower().startswith("zh")


def shown(name: str, name_zh: str | None) -> str:
    """The one rule for a name kept in both languages (plan, owner, theme,
    administration, funding source, activity title, venue, result title,
    indicator name and unit): the Chinese name in
    Chinese where there is one, else the English name; in a bilingual document
    both, Chinese first."""
    if name_zh and in_chinese():
        return both(name_zh, name) if bilingual() else name_zh
    return name


def shown_optional(name: str | None, name_zh: str | None) -> str | None:
    """:func:`shown` for a name that may be missing (a venue): the Chinese one in
    Chinese where there is one, else the English one, else None."""
    if name_zh and in_chinese():
        return both(name_zh, name or "") if bilingual() else name_zh
    return name
