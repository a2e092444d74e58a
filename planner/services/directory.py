"""The directory of participants: people who look alike, and merging two records.

A new person "looks like" an existing one when both have the same e-mail
(whatever its case), or when both belong to the same administration and have a
close name: the same words in any order, the same letters with other spacing, or
a :func:`difflib.SequenceMatcher` ratio of at least :data:`CLOSE`, after folding
case, accents and spaces (``Nguyễn Văn An`` and ``nguyen van  an`` are one name).
Native-script names are compared too, without touching their vowel signs.

:class:`Index` answers that question for thousands of names at once (a file of
nominations against the whole directory): candidates share a word prefix, so
each name is compared with a handful of others, not with everyone.

:func:`merge` moves one record's enrolments and marks to another and deletes it;
:func:`snapshot` and :func:`restore` give the window its undo. They live in
:mod:`planner.services.directory_merge` and are imported from here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from sqlmodel import Session

from planner.services.directory_merge import (
    MergeSummary,
    Snapshot,
    merge,
    plan_merge,
    restore,
    snapshot,
)
from planner.store import raw_connection

__all__ = [
    "CLOSE",
    "MAX_SIMILAR",
    "Entry",
    "Index",
    "MergeSummary",
    "Person",
    "Snapshot",
    "fold",
    "listing",
    "merge",
    "people_of",
    "plan_merge",
    "restore",
    "similar",
    "snapshot",
]

#: SequenceMatcher ratio from which two folded names count as close.
CLOSE = 0.85
#: A word prefix shared by more names than this is too common to find candidates by
#: ("bin", "nguyen"): a name is then found through its other words.
_COMMON = 150
_PREFIX = 3


# ------------------------------------------------------------------ folding
def _latin(ch: str) -> bool:
    return ord(ch) < 0x0250 or 0x1E00 <= ord(ch) <= 0x1EFF


def fold(text: str | None) -> str:
    """Lower case, Latin accents dropped (other scripts' marks kept: a Thai or
    Khmer vowel sign is a letter, not an accent), punctuation and spacing as one
    space."""
    if not text:
        return ""
    return _fold(text)


_PUNCTUATION = re.compile(r"[\W_]+")


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    if text.isascii():
        return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())
    out: list[str] = []
    prev = ""
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.category(ch)[0] == "M":  # a mark: an accent, or a vowel sign
            if _latin(prev):
                continue
        elif not ch.isalnum():
            ch = " "
        out.append(ch)
        prev = ch
    folded = unicodedata.normalize("NFC", "".join(out)).replace("đ", "d").replace("ı", "i")
    return " ".join(folded.split())


@dataclass(frozen=True)
class Person:
    """What the comparison needs of one record."""

    ref: str
    name: str
    native_name: str | None
    administration: str | None
    email: str | None


@dataclass(frozen=True)
class _Name:
    """A folded name with what the comparisons need, computed once."""

    text: str
    words: frozenset[str]
    solid: str  # without spaces
    mask: int  # a bit for each character, by its hash: for a quick bound on the ratio

    @staticmethod
    def of(text: str | None) -> _Name:
        folded = fold(text)
        mask = 0
        for ch in set(folded):
            mask |= 1 << (hash(ch) & 63)
        return _Name(folded, frozenset(folded.split()), folded.replace(" ", ""), mask)


class _Matcher:
    """Compares one name with many: the SequenceMatcher keeps what it learnt of
    the name (its second sequence) between candidates."""

    def __init__(self, name: _Name) -> None:
        self.name = name
        self._m = SequenceMatcher(None, autojunk=False)
        self._m.set_seq2(name.text)

    def close(self, other: _Name) -> bool:
        """The same words in any order, the same letters spaced otherwise, or a
        SequenceMatcher ratio >= CLOSE."""
        a = self.name
        if not a.text or not other.text:
            return False
        if a.words == other.words or a.solid == other.solid:
            return True
        la, lb = len(a.text), len(other.text)
        # The ratio is 2 * matches / (la + lb); each character one name has and the
        # other lacks is one match fewer (a shared hash bit only makes the bound
        # looser, never wrong).
        matches = min(
            la - (a.mask & ~other.mask).bit_count(), lb - (other.mask & ~a.mask).bit_count()
        )
        if 2 * matches < CLOSE * (la + lb):
            return False
        m = self._m
        m.set_seq1(other.text)
        return m.quick_ratio() >= CLOSE and m.ratio() >= CLOSE


#: At most this many look-alikes are named for one person.
MAX_SIMILAR = 5


class Index:
    """People by e-mail and by administration and word prefix, for fast look-ups."""

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self._by_email: dict[str, list[Person]] = {}
        self._by_key: dict[tuple[str | None, str], list[tuple[Person, _Name, _Name]]] = {}
        for person in people:
            self.add(person)

    @staticmethod
    def _keys(admin: str | None, *names: _Name) -> list[tuple[str | None, str]]:
        """Exact keys (the letters without spaces, the sorted words), always
        searched, and word prefixes (a Latin word by its first letters, one in
        another script by its first two characters), searched unless too common."""
        keys: set[tuple[str | None, str]] = set()
        for name in names:
            if not name.text:
                continue
            keys.add((admin, "=" + name.solid))
            keys.add((admin, "=" + " ".join(sorted(name.words))))
            for word in (*name.words, name.solid):
                keys.add((admin, word[:_PREFIX] if _latin(word[0]) else word[:2]))
        return sorted(keys, key=lambda k: k[1])  # the same order in every run

    def add(self, person: Person) -> None:
        if person.email:
            self._by_email.setdefault(person.email.casefold(), []).append(person)
        latin, native = _Name.of(person.name), _Name.of(person.native_name)
        for key in self._keys(person.administration, latin, native):
            self._by_key.setdefault(key, []).append((person, latin, native))

    def similar(
        self,
        name: str | None,
        administration: str | None,
        email: str | None,
        native_name: str | None = None,
        *,
        exclude: str | None = None,
    ) -> list[tuple[str, str]]:
        """(ref, reason) of each person who looks like the one described (at most
        :data:`MAX_SIMILAR`)."""
        found: dict[str, str] = {}
        if email:
            for other in self._by_email.get(email.strip().casefold(), ()):
                if other.ref != exclude:
                    found.setdefault(other.ref, f"same e-mail as {other.name}")
        latin, native = _Name.of(name), _Name.of(native_name)
        if administration is None or not (latin.text or native.text):
            return list(found.items())[:MAX_SIMILAR]
        by_latin, by_native = _Matcher(latin), _Matcher(native)
        seen: set[str] = set()
        for key in self._keys(administration, latin, native):
            bucket = self._by_key.get(key, ())
            if len(bucket) > _COMMON and not key[1].startswith("="):
                continue
            for other, other_latin, other_native in bucket:
                if len(found) >= MAX_SIMILAR:
                    return list(found.items())
                if other.ref in seen or other.ref == exclude or other.ref in found:
                    continue
                seen.add(other.ref)
                if by_latin.close(other_latin):
                    found[other.ref] = (
                        f"same administration ({administration}) and a close name: {other.name}"
                    )
                elif by_native.close(other_native):
                    found[other.ref] = (
                        f"same administration ({administration}) and a close "
                        f"native-script name: {other.native_name}"
                    )
        return list(found.items())


def people_of(session: Session, plan_id: int) -> list[Person]:
    return [
        Person(*row)
        for row in raw_connection(session).execute(
            "SELECT p.ref, p.name, p.native_name, a.code, p.email FROM participant p "
            "JOIN administration a ON a.id = p.administration_id WHERE p.plan_id = ? "
            "ORDER BY p.id",
            (plan_id,),
        )
    ]


@dataclass(frozen=True)
class Entry:
    """One line of the directory."""

    id: int
    ref: str
    name: str
    native_name: str | None
    gender: str | None
    administration: str
    position: str | None
    email: str | None
    activities: int  # enrolments, whatever their status


def listing(session: Session, plan_id: int) -> list[Entry]:
    """Everyone in the plan, by ref, with their number of activities."""
    return [
        Entry(*row)
        for row in raw_connection(session).execute(
            "SELECT p.id, p.ref, p.name, p.native_name, p.gender, a.code, p.position, p.email, "
            "coalesce(n.k, 0) FROM participant p "
            "JOIN administration a ON a.id = p.administration_id "
            "LEFT JOIN (SELECT participant_id, count(*) AS k FROM enrolment "
            "GROUP BY participant_id) n ON n.participant_id = p.id "
            "WHERE p.plan_id = ? ORDER BY p.ref",
            (plan_id,),
        )
    ]


def similar(
    session: Session,
    plan_id: int,
    name: str | None,
    administration_code: str | None,
    email: str | None,
    *,
    native_name: str | None = None,
    exclude_ref: str | None = None,
) -> list[tuple[str, str]]:
    """(ref, reason) of each person of the plan who looks like this one: the same
    e-mail, or the same administration and a close Latin or native-script name.
    ``exclude_ref`` leaves out the record being edited."""
    return Index(people_of(session, plan_id)).similar(
        name, administration_code, email, native_name, exclude=exclude_ref
    )
