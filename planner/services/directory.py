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
:func:`snapshot` and :func:`restore` give the window its undo.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError
from planner.models import EnrolmentStatus, Participant
from planner.services import people as P
from planner.services.common import get
from planner.services.tables import TABLE_COLUMNS
from planner.store import raw_connection

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


# ------------------------------------------------------------------ merging
_STRENGTH = {
    EnrolmentStatus.WITHDRAWN.value: 0,
    EnrolmentStatus.NOMINATED.value: 1,
    EnrolmentStatus.CONFIRMED.value: 2,
}
_SCORES = ("pre_score", "post_score", "satisfaction")
_FILLED = ("native_name", "gender", "position", "email")


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


@dataclass
class MergeSummary:
    """What a merge moves; :func:`plan_merge` tells it before, :func:`merge` after."""

    kept: str  # "P0001 Sok Dara"
    dropped: str
    moved_enrolments: list[str] = field(default_factory=list)  # activity codes
    joined_enrolments: list[str] = field(default_factory=list)  # both were enrolled
    moved_marks: int = 0
    duplicate_marks: int = 0  # both marked at one session: the kept record's mark stays
    scores_taken: int = 0
    filled_fields: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{self.dropped} is merged into {self.kept} and then deleted."]
        if self.moved_enrolments:
            out.append(
                f"{_n(len(self.moved_enrolments), 'enrolment moves', 'enrolments move')} "
                f"over: {', '.join(self.moved_enrolments)}"
            )
        if self.joined_enrolments:
            out.append(
                f"Both are enrolled in {', '.join(self.joined_enrolments)}: the kept "
                "enrolment stays and takes the other's marks and scores where it has none"
            )
        out.append(f"{_n(self.moved_marks, 'attendance mark moves', 'attendance marks move')} over")
        if self.duplicate_marks:
            out.append(
                f"{_n(self.duplicate_marks, 'mark', 'marks')} of the same sessions "
                f"{'is' if self.duplicate_marks == 1 else 'are'} dropped "
                "(the kept record's marks stay)"
            )
        if self.scores_taken:
            out.append(
                f"{_n(self.scores_taken, 'missing score is', 'missing scores are')} "
                "taken from the other record"
            )
        if self.filled_fields:
            out.append("Empty fields filled in: " + ", ".join(self.filled_fields))
        return out


@dataclass
class _Plan:
    summary: MergeSummary
    move_enrolments: list[int] = field(default_factory=list)
    # kept enrolment id -> (dropped enrolment id, fields to copy)
    join: dict[int, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    move_marks: list[tuple[int, int]] = field(default_factory=list)  # to enrolment, mark id
    fill: dict[str, Any] = field(default_factory=dict)


def _plan(session: Session, keep_id: int, drop_id: int) -> _Plan:
    keep = get(session, Participant, keep_id, "participant")
    drop = get(session, Participant, drop_id, "participant")
    if keep_id == drop_id:
        raise PlannerError("choose two different people to merge")
    if keep.plan_id != drop.plan_id:
        raise PlannerError(f"{drop.ref} belongs to another plan than {keep.ref}")
    con = raw_connection(session)
    plan = _Plan(MergeSummary(f"{keep.ref} {keep.name}", f"{drop.ref} {drop.name}"))
    plan.fill = {
        f: getattr(drop, f)
        for f in _FILLED
        if getattr(keep, f) is None and getattr(drop, f) is not None
    }
    plan.summary.filled_fields = list(plan.fill)

    def enrolments(pid: int) -> dict[int, tuple[Any, ...]]:
        return {
            row[0]: row[1:]
            for row in con.execute(
                "SELECT e.activity_id, e.id, a.code, e.status, e.pre_score, e.post_score, "
                "e.satisfaction FROM enrolment e JOIN activity a ON a.id = e.activity_id "
                "WHERE e.participant_id = ? ORDER BY a.start_date, a.code",
                (pid,),
            )
        }

    def marks(enrolment_id: int) -> dict[int, int]:
        return dict(
            con.execute("SELECT session_id, id FROM mark WHERE enrolment_id = ?", (enrolment_id,))
        )

    kept = enrolments(keep_id)
    for activity_id, (eid, code, status, *scores) in enrolments(drop_id).items():
        if activity_id not in kept:
            plan.move_enrolments.append(eid)
            plan.summary.moved_enrolments.append(code)
            plan.summary.moved_marks += len(marks(eid))
            continue
        keid, _, kstatus, *kscores = kept[activity_id]
        plan.summary.joined_enrolments.append(code)
        copy: dict[str, Any] = {}
        if _STRENGTH.get(status, 0) > _STRENGTH.get(kstatus, 0):
            copy["status"] = status
        for key, mine, theirs in zip(_SCORES, kscores, scores, strict=True):
            if mine is None and theirs is not None:
                copy[key] = theirs
                plan.summary.scores_taken += 1
        plan.join[keid] = (eid, copy)
        have = marks(keid)
        for session_id, mark_id in marks(eid).items():
            if session_id in have:
                plan.summary.duplicate_marks += 1
            else:
                plan.move_marks.append((keid, mark_id))
                plan.summary.moved_marks += 1
    return plan


def plan_merge(session: Session, keep_id: int, drop_id: int) -> MergeSummary:
    """What :func:`merge` would do, without writing."""
    return _plan(session, keep_id, drop_id).summary


def merge(session: Session, keep_id: int, drop_id: int) -> MergeSummary:
    """Merge ``drop_id`` into ``keep_id`` inside the caller's transaction.

    The dropped person's enrolments move to the kept one with their marks. Where
    both were enrolled in one activity, the kept enrolment stays: it takes the
    other's marks of sessions it has none for, its scores where it has none, and
    the stronger status (confirmed over nominated over withdrawn). The kept
    person's empty fields (native name, gender, position, e-mail) are filled in
    from the other record. Then the dropped record is deleted.
    """
    plan = _plan(session, keep_id, drop_id)
    session.flush()
    con = raw_connection(session)
    con.executemany(
        "UPDATE enrolment SET participant_id = ? WHERE id = ?",
        [(keep_id, eid) for eid in plan.move_enrolments],
    )
    con.executemany("UPDATE mark SET enrolment_id = ? WHERE id = ?", plan.move_marks)
    for keid, (eid, copy) in plan.join.items():
        if copy:
            sets = ", ".join(f"{k} = ?" for k in copy)
            con.execute(f"UPDATE enrolment SET {sets} WHERE id = ?", (*copy.values(), keid))
        con.execute("DELETE FROM mark WHERE enrolment_id = ?", (eid,))
        con.execute("DELETE FROM enrolment WHERE id = ?", (eid,))
    session.expire_all()
    P.delete_participant(session, drop_id)
    if plan.fill:
        # Through the service, so the filled-in record passes the participant rules.
        P.update_participant(session, keep_id, **plan.fill)
    return plan.summary


# ------------------------------------------------------------------ undo
@dataclass(frozen=True)
class Snapshot:
    """Rows of some participants with their enrolments and marks, as stored."""

    participants: list[tuple[Any, ...]]
    enrolments: list[tuple[Any, ...]]
    marks: list[tuple[Any, ...]]


def _select(table: str, where: str, ids: Sequence[int], con: Any) -> list[tuple[Any, ...]]:
    if not ids:
        return []
    cols = ", ".join(TABLE_COLUMNS[table])
    marks = ", ".join("?" * len(ids))
    return list(con.execute(f'SELECT {cols} FROM "{table}" WHERE {where} IN ({marks})', ids))


def snapshot(session: Session, participant_ids: Sequence[int]) -> Snapshot:
    """Everything :func:`merge` (or a delete) may touch of these people."""
    session.flush()
    con = raw_connection(session)
    ids = list(participant_ids)
    enrolments = _select("enrolment", "participant_id", ids, con)
    return Snapshot(
        _select("participant", "id", ids, con),
        enrolments,
        _select("mark", "enrolment_id", [e[0] for e in enrolments], con),
    )


def restore(session: Session, snap: Snapshot) -> None:
    """Put the rows of ``snap`` back as they were (the undo of a merge or a delete):
    rows still there are rewritten, rows gone are inserted under their old ids."""
    session.flush()
    con = raw_connection(session)
    for table, rows in (
        ("participant", snap.participants),
        ("enrolment", snap.enrolments),
        ("mark", snap.marks),
    ):
        cols = TABLE_COLUMNS[table]
        con.executemany(
            f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))}) '
            f"ON CONFLICT(id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id"),
            rows,
        )
    session.expire_all()
