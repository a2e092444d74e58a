"""Translation of visible strings (gettext), shared by the window, the CLI and the PDFs.

Catalogues live in ``resources/translations/<lang>/LC_MESSAGES/planner.mo``.
Without a catalogue for the language, strings are returned as written (English).
This module imports nothing from Qt, so the core and the reports can use it.
"""

from __future__ import annotations

import gettext
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

DOMAIN = "planner"

_lock = threading.Lock()
_translation: gettext.NullTranslations | None = None
_language: str | None = None


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


def set_language(language: str | None) -> None:
    """Use the catalogue of ``language`` (e.g. ``"vi"``, ``"zh_CN"``) from now on.

    ``None`` goes back to the language of the environment. An unknown language
    is not an error: strings then stay as written.
    """
    global _translation, _language
    translation = _load([language] if language else None)
    with _lock:
        _translation = translation
        _language = language


def language() -> str | None:
    """The language chosen with :func:`set_language` (``None``: the environment's)."""
    return _language


def effective_language() -> str | None:
    """The language the strings are written in: the one chosen with
    :func:`set_language`, else the environment's (as gettext reads it)."""
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
    administration, funding source, activity title, venue): the Chinese name in
    Chinese where there is one, else the English name."""
    if name_zh and in_chinese():
        return name_zh
    return name


def shown_optional(name: str | None, name_zh: str | None) -> str | None:
    """:func:`shown` for a name that may be missing (a venue): the Chinese one in
    Chinese where there is one, else the English one, else None."""
    if name_zh and in_chinese():
        return name_zh
    return name
