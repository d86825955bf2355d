"""Which records the rows of a response table answer: by reference ('R3', an ID), then by likeness of text.

Pure functions over plain values, so the thresholds can be measured on a corpus (bench/responses.py)
and tested without files. A row is placed on a record when:

- it names the record's ID, or
- its reference ('R3', 'Rec 3', '3.', 'Recommendations 4 and 5') is a number of the meeting whose
  recommendations the table answers (found from the rows placed by text, or given), and its text,
  if it has any, does not read like another record instead; or
- its text is like one record's (score >= PLACE) and clearly more like it than any other
  (by MARGIN); or like two or more, each covered whole, when one row answers several.

Anything less sure is *uncertain*: placed where it most likely belongs, with the reason, for the
officer to confirm (`--edit`); it is never applied silently. A row like nothing well enough is not
placed, and its closest record is named.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

# Measured on the response corpus (`bench/responses.py --thresholds`, tests/data/responses/, 53
# rows in 10 documents): every right pair scores at least 0.56 (a row answering two reworded
# recommendations; a row answering one: 0.74 and up) and no wrong guess above 0.33. PLACE sits
# between them; a best guess within MARGIN of the next is shown as uncertain, never applied.
PLACE = 0.50
MARGIN = 0.12
HINT = 0.25  # an unplaced row names its closest record from here up
COVERED = 0.75  # a row answering several: the share of its words the records hold together ...
EACH = 0.6  # ... and the share of each record's words the row holds (a reworded pair: 0.65 to 0.9)
DISAGREE = 0.30  # a reference whose record's text scores below this against the row's own text is doubted
FEW = 3  # a row placed by text on fewer words in common than this ('The pages') is shown as uncertain


class Candidate(NamedTuple):
    """A record a row may answer."""

    id: str
    committee: str
    meeting: dt.date
    number: int
    text: str


class Row(NamedTuple):
    """What a row says about which recommendation it answers."""

    ref: str  # a reference column's cell ('R3', '3', 'Recs 4 & 5'), or ''
    text: str  # the recommendation column's cell, its label ('R3 That ...') read off here


class Match(NamedTuple):
    ids: tuple[str, ...]  # the records, in order; () when not placed
    how: str  # "id", "reference", "text", or "" (not placed)
    score: float  # the row's text likeness to the records (0 to 1; 1.0 for an ID, -1 when the row has no text)
    uncertain: str = ""  # why the officer should check it ('' when sure)
    closest: tuple[str, float] | None = None  # for a row not placed: the most alike record, if any
    alike: tuple[tuple[str, float], ...] = ()  # the row's text: the three most alike records and their likeness

    @property
    def placed(self) -> bool:
        return bool(self.ids)


# ------------------------------------------------------------------------------ references

_ID = re.compile(r"\b([a-z0-9][a-z0-9-]*?-\d{4}-\d{2}-\d{2}-[1-9]\d*)\b", re.IGNORECASE)
_NUM = r"(?:\d{1,3}|[a-z](?![a-z]))"
_LIST = rf"{_NUM}(?:\s*(?:,|&|/|\band\b|\bto\b|-|–)\s*(?:r(?:ec)?\.?\s*)?{_NUM})*"
# A label at the start of a recommendation cell, or a whole reference cell.
_LABEL = re.compile(
    rf"^\s*(?:(?:recommendations?|recs?\.?|r|no\.?|number|#)\s*({_LIST})\b\s*[.:)\-–—]?"
    rf"|\(?(\d{{1,3}}|[a-z])[.)](?!\d)|\((\d{{1,3}}|[a-z])\))\s*",
    re.IGNORECASE,
)
_BARE = re.compile(rf"^\s*({_LIST})\s*[.:)]?\s*$", re.IGNORECASE)


def _numbers(listed: str) -> list[int]:
    """'4 and 5' -> [4, 5]; '2-4' -> [2, 3, 4]; 'b' -> [2] (lettered recommendations)."""
    out: list[int] = []
    tokens = re.findall(
        r"\d{1,3}|(?<![a-z])[a-z](?![a-z])|-|–|\bto\b", listed.lower().replace("rec", " ").replace("r", " ")
    )
    pending_range = False
    for tok in tokens:
        if tok in ("-", "–", "to"):
            pending_range = bool(out)
            continue
        n = int(tok) if tok.isdigit() else ord(tok) - 96
        if pending_range and out and 0 < n - out[-1] <= 20:
            out.extend(range(out[-1] + 1, n + 1))
        elif n not in out:
            out.append(n)
        pending_range = False
    return [n for n in out if n > 0]


class Reference(NamedTuple):
    ids: tuple[str, ...]
    numbers: tuple[int, ...]
    text: str  # the recommendation text with its label taken off


def read_reference(row: Row) -> Reference:
    """The IDs and numbers a row gives, from its reference cell or the label its text starts with."""
    ids = tuple(dict.fromkeys(m.lower() for m in _ID.findall(f"{row.ref} {row.text[:80]}")))
    text = row.text.strip()
    numbers: list[int] = []
    ref = row.ref.strip()
    if ref:
        m = _BARE.match(ref) or _LABEL.match(ref)
        if m:
            numbers = _numbers(next(g for g in m.groups() if g))
    m = _LABEL.match(text)
    if m and not ids:
        label = next(g for g in m.groups() if g)
        numbers = numbers or _numbers(label)
        text = text[m.end() :].strip()
    elif ids:
        text = _ID.sub("", text, count=1).strip().lstrip(":.-– ")
    return Reference(ids, tuple(numbers), text)


# ------------------------------------------------------------------------------ text likeness

_STOP_WORDS = """a an the and or of to in on at by for with from into as that this these those
be is are was were been being it its their there which who whom whose will would should shall may
might must can could has have had do does did not no so than then also all any each every
other such more most some our we us they them he she his her i you your about over under
within without between through during before after above below up down out off further again once here when where why
how what"""
STOP = frozenset(_STOP_WORDS.split())  # words that say nothing about which recommendation a row answers


def _stem(word: str) -> str:
    """A word without the endings that vary between a recommendation and its echo in a response
    ('rewrites'/'rewrite', 'published'/'publishes', 'residents'/'resident')."""
    for suffix in ("ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def words(text: str) -> frozenset[str]:
    """The content words of a text, stemmed: what likeness compares."""
    return frozenset(_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")) if w not in STOP)


class Likeness:
    """Text likeness weighted by how rare each word is among the candidates ('flood' says more
    than 'council'): the mean of how much of the row the record holds and of the record the row holds."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self.bags = {c.id: words(c.text) for c in candidates}
        df = Counter(w for bag in self.bags.values() for w in bag)
        n = max(len(self.bags), 1)
        self.idf = {w: math.log(1 + n / k) for w, k in df.items()}
        self.unknown = math.log(1 + n)  # a word no candidate has weighs as the rarest

    def weight(self, bag: Iterable[str]) -> float:
        return sum(self.idf.get(w, self.unknown) for w in bag)

    def parts(self, row: frozenset[str], record_id: str) -> tuple[float, float]:
        """(how much of the row the record holds, how much of the record the row holds)."""
        bag = self.bags[record_id]
        shared = self.weight(row & bag)
        w_row, w_rec = self.weight(row), self.weight(bag)
        return (shared / w_row if w_row else 0.0), (shared / w_rec if w_rec else 0.0)

    def score(self, row: frozenset[str], record_id: str) -> float:
        a, b = self.parts(row, record_id)
        return (a + b) / 2

    def ranked(self, row: frozenset[str], ids: Iterable[str]) -> list[tuple[float, str]]:
        return sorted(((self.score(row, i), i) for i in ids), key=lambda p: (-p[0], p[1]))


# ------------------------------------------------------------------------------ placing rows


def _text_match(like: Likeness, bag: frozenset[str], ids: Sequence[str]) -> Match:
    ranked = like.ranked(bag, ids)
    if not ranked or ranked[0][0] < PLACE:
        closest = (ranked[0][1], round(ranked[0][0], 2)) if ranked and ranked[0][0] >= HINT else None
        return Match((), "", round(ranked[0][0], 2) if ranked else 0.0, closest=closest)
    best, best_id = ranked[0]
    # One row answering several: each record's words held (nearly) whole by the row.
    covered = [i for s, i in ranked if s >= HINT and like.parts(bag, i)[1] >= EACH]
    if len(covered) > 1 and best_id in covered:
        union = frozenset().union(*(like.bags[i] for i in covered))
        held = like.weight(bag & union) / like.weight(bag) if bag else 0.0
        if held >= COVERED:
            ordered = tuple(i for _, i in sorted((ids.index(i), i) for i in covered))
            return Match(ordered, "text", round(best, 2))
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if best - second < MARGIN:
        why = f"nearly as like {ranked[1][1]} ({second:.2f})"
        return Match((best_id,), "text", round(best, 2), why)
    shared = len(bag & like.bags[best_id])
    if shared < FEW:
        return Match((best_id,), "text", round(best, 2), f"only {shared} word{'s' if shared != 1 else ''} in common")
    return Match((best_id,), "text", round(best, 2))


def _alike(like: Likeness, bag: frozenset[str], ids: Sequence[str]) -> tuple[tuple[str, float], ...]:
    return tuple((i, round(score, 3)) for score, i in like.ranked(bag, ids)[:3])


def _by_reference(ref: Reference, group: dict[int, str]) -> tuple[str, ...]:
    return tuple(group[n] for n in ref.numbers if n in group)


def _group_of(
    matches: list[Match], candidates: dict[str, Candidate], given: dt.date | None
) -> tuple[tuple[str, dt.date] | None, str]:
    """The meeting whose recommendations the references number: the given one, else the one most
    rows were placed in by text, else the only one; and why not, when none."""
    meetings = {(c.committee, c.meeting) for c in candidates.values()}
    if given is not None:
        found = sorted(m for m in meetings if m[1] == given)
        if len(found) == 1:
            return found[0], ""
        return (
            None,
            f"no meeting on {given} has records awaiting this response"
            if not found
            else "several committees met that day",
        )
    votes = Counter(
        (candidates[i].committee, candidates[i].meeting)
        for m in matches
        if m.how == "text" and not m.uncertain
        for i in m.ids
    )
    if votes:
        (top, n), *rest = [*votes.most_common(2), ((None, None), 0)]
        if n > rest[0][1]:
            return top, ""
    if len(meetings) == 1:
        return next(iter(meetings)), ""
    return None, "the numbers could belong to several meetings; give the meeting that agreed them (--agreed DATE)"


def place(rows: Sequence[Row], candidates: Sequence[Candidate], agreed: dt.date | None = None) -> list[Match]:
    """Each row's records, in row order (see the module's docstring for the rules)."""
    by_id = {c.id: c for c in candidates}
    like = Likeness(candidates)
    ids = [c.id for c in candidates]
    refs = [read_reference(r) for r in rows]
    bags = [words(r.text) for r in refs]
    # By ID, then by text: the text matches tell which meeting the numbers belong to.
    first: list[Match] = []
    for ref, bag in zip(refs, bags, strict=True):
        named = tuple(i for i in ref.ids if i in by_id)
        if named:
            first.append(Match(named, "id", 1.0))
        elif bag:
            first.append(_text_match(like, bag, ids))
        else:
            first.append(Match((), "", -1.0))
    group_key, why_no_group = _group_of(first, by_id, agreed)
    group = {c.number: c.id for c in candidates if (c.committee, c.meeting) == group_key}
    out: list[Match] = []
    first = [m._replace(alike=_alike(like, bag, ids)) if bag else m for m, bag in zip(first, bags, strict=True)]
    for ref, bag, m in zip(refs, bags, first, strict=True):
        if m.how == "id" or not ref.numbers:
            if ref.ids and not m.placed:
                m = m._replace(uncertain=f"no record awaiting a response has the ID {', '.join(ref.ids)}")
            out.append(m)
            continue
        if m.how == "text" and not m.uncertain and all(by_id[i].number in ref.numbers for i in m.ids):
            out.append(m._replace(how="reference"))  # its text and its number agree (in any meeting)
            continue
        out.append(_reconcile(ref, bag, m, group, like, why_no_group))
    return _claims(out)


def _reconcile(
    ref: Reference, bag: frozenset[str], by_text: Match, group: dict[int, str], like: Likeness, why_no_group: str
) -> Match:
    """A row with a number: the numbered record(s), unless its text says otherwise."""
    listed = ", ".join(map(str, ref.numbers))
    numbered = _by_reference(ref, group)
    if not numbered:
        why = why_no_group or f"no recommendation numbered {listed} in that meeting awaits a response"
        if by_text.placed:
            return by_text._replace(uncertain=by_text.uncertain or f"by its text; {why}")
        return by_text._replace(uncertain=why) if by_text.closest is None else by_text
    if not bag:
        missing = [n for n in ref.numbers if n not in group]
        doubt = f"no recommendation numbered {', '.join(map(str, missing))}" if missing else ""
        return Match(numbered, "reference", -1.0, doubt)
    scores = [like.score(bag, i) for i in numbered]
    score = round(max(scores), 2)
    if by_text.placed and not set(by_text.ids) & set(numbered) and not by_text.uncertain and max(scores) < DISAGREE:
        why = f"its number gives {', '.join(numbered)} ({score:.2f}) but its text reads like {', '.join(by_text.ids)} ({by_text.score:.2f})"
        return by_text._replace(uncertain=why)
    if max(scores) < DISAGREE and len(bag) >= 4:
        return Match(numbered, "reference", score, f"its text is unlike {', '.join(numbered)}'s ({score:.2f})")
    return Match(numbered, "reference", score)


def _claims(matches: list[Match]) -> list[Match]:
    """A record claimed by two rows: the surer claim keeps it, the other is made uncertain."""
    strength = {"id": 3, "reference": 2, "text": 1}
    owner: dict[str, int] = {}
    for n, m in enumerate(matches):
        for i in m.ids:
            if i not in owner:
                owner[i] = n
                continue
            o = matches[owner[i]]
            if (strength.get(m.how, 0), m.score, not m.uncertain) > (strength.get(o.how, 0), o.score, not o.uncertain):
                owner[i] = n
    out = []
    for n, m in enumerate(matches):
        taken = [i for i in m.ids if owner[i] != n]
        if taken and not m.uncertain:
            m = m._replace(uncertain=f"{', '.join(taken)} is also answered by another row")
        out.append(m)
    return out
