"""The three-way merge of one record (pure): what both branches added is kept, and the history decides.

Used by `scrutrack merge-driver`, which git runs when both branches changed the same record file.
History and evidence are append-only, so the entries the base had must be unchanged on both sides;
the entries each branch added are all kept, in date order (this branch's first on one day), and an
entry added identically on both is kept once. The fields that follow from the history (status,
due, response_due, review, referred, and owner once an `owner-changed` entry sets it) are then
what the merged history says: two moves of a target date are two facts, and the later one decides.
Any other field changed on one side takes that side; changed on both to different values, it is a
conflict.

A conflict is written so that whichever side the officer keeps gives a valid record. A field no
rule ties to another (item, text, owner, ...) is marked on its own lines. Anything that touches the
lifecycle (status moves that do not follow each other, a rewritten history, both branches changing
the kind) is one marked block holding two whole versions: this branch's with the other branch's
compatible entries added, and the other way round.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from scrutrack.canonical import dumps, format_value
from scrutrack.files import size_text
from scrutrack.lifecycle import derived, history_problems
from scrutrack.model import (
    APPEND,
    FIELDS,
    FREE,
    RECORD_ORDER,
    Evidence,
    HistoryEntry,
    Record,
    one_line,
    record_to_dict,
    same_text,
)
from scrutrack.store import MAX_RECORD_BYTES, FileProblem, Repo, parse_text

THIS, OTHER = "this branch", "the other branch"
OURS, SEP, THEIRS = f"<<<<<<< {THIS}", "=======", f">>>>>>> {OTHER}"
# Each field's rule is in its model.FIELDS entry.
LISTS = tuple(f.name for f in FIELDS if f.merge == APPEND)
SCALARS = tuple(f.name for f in FIELDS if f.merge != APPEND)
# Fields the history decides, when an entry sets them.
DERIVED = tuple(f.name for f in FIELDS if f.derived)
# Fields no rule ties to another: any mix of the two sides' values is a valid record.
UNTIED = frozenset(f.name for f in FIELDS if f.merge == FREE)

E = TypeVar("E", HistoryEntry, Evidence)


@dataclass
class MergeResult:
    """The merged text, and a message per conflict (none: a clean merge)."""

    text: str
    conflicts: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts


class Unreadable(Exception):
    """One side is not a valid record; the caller falls back to a line-by-line merge."""

    def __init__(self, side: str, problems: list[FileProblem]) -> None:
        first = problems[0].message if problems else "is not a valid record"
        super().__init__(f"{side}'s version: {first}")
        self.side = side


def parse_side(side: str, rel: str, text: str) -> Record:
    """One side's text as a record; Unreadable if it is not one."""
    record, problems = parse_text(rel, text)
    if record is None:
        raise Unreadable(side, problems)
    return record


def _show(key: str, value: Any) -> str:
    if value is None or value == ():
        return "(none)"
    if key == "response":
        return f"the response of {value.date} ({value.outcome})"
    if isinstance(value, tuple):
        return ", ".join(value)
    return format_value(key, value).replace("\n", " ").strip()


def _merge_entries(base: Sequence[E], ours: Sequence[E], theirs: Sequence[E]) -> tuple[list[E], str | None]:
    """Base entries (unchanged on both sides), then both sides' additions in date order."""
    n = len(base)
    for side, entries in ((THIS, ours), (OTHER, theirs)):
        if list(entries[:n]) != list(base):
            i = next((i for i in range(n) if i >= len(entries) or entries[i] != base[i]), n)
            what = "removed" if i >= len(entries) else "changed"
            return [], f"{side} {what} entry {i + 1} ({base[i].date})"
    # An entry added on both sides is kept once; one added twice on a side, twice (as often as
    # the side that added it more often): the same for this branch and the other.
    added: list[E] = list(ours[n:])
    left = list(added)
    for e in theirs[n:]:
        if e in left:
            left.remove(e)
        else:
            added.append(e)
    added.sort(key=lambda e: e.date)  # stable: this branch's first on the same date
    return list(base) + added, None


def _common_prefix(a: Sequence[E], b: Sequence[E]) -> list[E]:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return list(a[:n])


def _valid(record: Record) -> bool:
    return not history_problems(record)


def _settle(record: Record, history: Sequence[HistoryEntry], side: Record) -> Record:
    """The record with this history, and the fields that follow from it: the history's value where
    an entry sets one, else the side's own (e.g. a due date an import brought in)."""
    follows = derived(tuple(history))
    values = {k: follows[k] if k in follows else getattr(side, k) for k in DERIVED}
    return record.with_changes(history=tuple(history), **values)


RESOLVE = "scrutrack resolve"


def two_recommendations(ours: Record, theirs: Record) -> bool:
    """Whether two records that branches added with one ID are different recommendations (their
    texts differ, line wrapping and curly quotes aside), not the same one added twice."""
    return not same_text(ours.text, theirs.text)


def merge_records(base: Record | None, ours: Record, theirs: Record) -> MergeResult:
    """Merge three versions of one record (base None: both branches added it)."""
    rid = ours.id
    if base is None and two_recommendations(ours, theirs):
        # Git takes back one file from a merge driver, so the other recommendation cannot be
        # written here under its new number: both stay whole between markers (neither is lost,
        # and nothing reads the file as a record) until `scrutrack resolve` renumbers one.
        msg = (
            f"{rid}: both branches added a recommendation with this ID, and they are different "
            f"({THIS}: {one_line(ours.text, 50)[:50]}; {OTHER}: {one_line(theirs.text, 50)[:50]}); "
            f"run `{RESOLVE}` to keep both (the other branch's gets the next free number), then `git commit`"
        )
        return MergeResult(_one_block(dumps(ours), dumps(theirs)), [msg])
    if base is None:  # one recommendation added on both: its wording as this branch wrapped it
        theirs = theirs.with_changes(text=ours.text)
    lists: dict[str, list[Any]] = {}
    for name in LISTS:
        a, b = getattr(ours, name), getattr(theirs, name)
        o = getattr(base, name) if base is not None else _common_prefix(a, b)
        entries, problem = _merge_entries(o, a, b)
        if problem:
            msg = (
                f"{rid}: {problem} of the {name}, which is append-only; each branch's version is kept whole "
                "between the markers: keep one side (each is a valid record as that branch left it)"
            )
            return MergeResult(_one_block(dumps(ours), dumps(theirs)), [msg])
        lists[name] = entries
    history: list[HistoryEntry] = lists["history"]
    follows = derived(tuple(history))
    values: dict[str, Any] = {}
    conflicts: list[str] = []
    for key in SCALARS:
        o, a, b = (getattr(base, key) if base is not None else None), getattr(ours, key), getattr(theirs, key)
        if key in DERIVED and key in follows:
            values[key] = follows[key]
        elif a == b:
            values[key] = a
        elif base is not None and a == o:
            values[key] = b
        elif base is not None and b == o:
            values[key] = a
        else:
            values[key] = a
            conflicts.append(key)
    merged = ours.with_changes(**values, history=tuple(history), evidence=tuple(lists["evidence"]))
    mine = merged.with_changes(**{k: getattr(ours, k) for k in conflicts})
    other = merged.with_changes(**{k: getattr(theirs, k) for k in conflicts})
    if set(conflicts) <= UNTIED and _valid(mine) and _valid(other):
        if not conflicts:
            return MergeResult(dumps(merged))
        messages = [
            f"{rid}: both branches changed '{k}' ({THIS}: {_show(k, getattr(ours, k))}; "
            f"{OTHER}: {_show(k, getattr(theirs, k))}); keep one side between the markers"
            for k in conflicts
        ]
        return MergeResult(_marked(mine, other, conflicts), messages)
    return _lifecycle_conflict(merged, ours, theirs, conflicts)


def _winning(merged: Record, side: Record, other: Record, conflicts: list[str]) -> Record:
    """The merge as one side would have it: the other side's status moves left out, the side's own
    values where the two disagree; the side as its branch left it if even that is not valid."""
    history = [h for h in merged.history if h in side.history or h.moves_to is None]
    candidate = merged.with_changes(**{k: getattr(side, k) for k in {"response", *conflicts}})
    candidate = _settle(candidate, history, side)
    return candidate if _valid(candidate) else side


def _lifecycle_conflict(merged: Record, ours: Record, theirs: Record, conflicts: list[str]) -> MergeResult:
    """The two sides do not combine into one lawful record: one block, each side a valid whole."""
    mine, other = _winning(merged, ours, theirs, conflicts), _winning(merged, theirs, ours, conflicts)
    if mine == other:
        return MergeResult(dumps(mine))
    if history_problems(merged):
        why = f"the branches' status moves do not follow each other ({THIS}: {mine.status}; {OTHER}: {other.status})"
    else:
        why = "both branches changed " + ", ".join(
            f"'{k}' ({THIS}: {_show(k, getattr(ours, k))}; {OTHER}: {_show(k, getattr(theirs, k))})" for k in conflicts
        )
    msg = (
        f"{merged.id}: {why}; keep one side between the markers (each is a valid record), "
        "then redo what still applies from the side you drop"
    )
    return MergeResult(_one_block(dumps(mine), dumps(other)), [msg])


# ------------------------------------------------------------------------------ text


def _in_string(lines: list[str]) -> list[bool]:
    """For each line, whether it starts inside a multi-line (triple-quoted) string."""
    inside, out = False, []
    for line in lines:
        out.append(inside)
        if line.count('"' * 3) % 2:
            inside = not inside
    return out


def _one_block(mine: str, other: str) -> str:
    """Both texts in one marked block between their common first and last lines: keeping either
    side gives back exactly that text. The markers never fall inside a multi-line string, where they
    would be read as part of the text of a valid record and the conflict pass unseen."""
    a, b = mine.splitlines(), other.splitlines()
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    in_a, in_b = _in_string([*a, ""]), _in_string([*b, ""])
    while start and in_a[start]:
        start -= 1
    while end and (in_a[len(a) - end] or in_b[len(b) - end]):
        end -= 1
    lines = [*a[:start], OURS, *a[start : len(a) - end], SEP, *b[start : len(b) - end], THEIRS, *a[len(a) - end :]]
    return "\n".join(lines) + "\n"


def _scalar_lines(key: str, value: Any) -> list[str]:
    return [] if value is None else [f"{key} = {format_value(key, value)}"]


def _section_lines(name: str, value: Any) -> list[str]:
    if not value:
        return []
    tables = [value] if name == "response" else list(value)
    header = "[response]" if name == "response" else f"[[{name}]]"
    lines: list[str] = []
    for table in tables:
        lines += ["", header] + [f"{k} = {format_value(k, v)}" for k, v in table.items()]
    return lines


def _marked(mine: Record, other: Record, keys: list[str]) -> str:
    """The canonical text, each of `keys` (fields no rule ties to another) between git-style markers."""
    a, b = record_to_dict(mine), record_to_dict(other)
    lines: list[str] = []
    for key in RECORD_ORDER:
        sectional = key in ("response", *LISTS)
        side = _section_lines if sectional else _scalar_lines
        if key in keys:
            ours_lines, theirs_lines = side(key, a.get(key)), side(key, b.get(key))
            if sectional:  # keep the blank line before a table outside the markers
                ours_lines, theirs_lines = ours_lines[1:], theirs_lines[1:]
                lines.append("")
            lines += [OURS, *ours_lines, SEP, *theirs_lines, THEIRS]
        else:
            lines += side(key, a.get(key))
    return "\n".join(lines) + "\n"


def merge_texts(base: str | None, ours: str, theirs: str, rel: str) -> MergeResult:
    """Merge three versions of one record file (base None or empty: both sides added it).

    Raises Unreadable when a side is not a valid record.
    """
    o = parse_side("the common ancestor", rel, base) if base and base.strip() else None
    a = parse_side(THIS, rel, ours)
    b = parse_side(OTHER, rel, theirs)
    result = merge_records(o, a, b)
    size = len(result.text.encode("utf-8"))
    if size <= MAX_RECORD_BYTES:
        return result
    # Both sides' entries together are more than a record may hold (every command would refuse
    # it): a conflict, each side whole, not a record.
    msg = (
        f"{a.id}: the merged record would be {size_text(size)}, over the {size_text(MAX_RECORD_BYTES)} a record "
        "may hold; keep one side between the markers (each is a valid record), then add what the other side "
        "added in shorter form, with long documents in evidence/"
    )
    return MergeResult(_one_block(dumps(a), dumps(b)), [msg])


def whole_file_conflict(ours: bytes, theirs: bytes) -> bytes:
    """Both versions between markers: the last resort when nothing finer is possible."""

    def block(data: bytes) -> bytes:
        return data if not data or data.endswith(b"\n") else data + b"\n"

    return OURS.encode() + b"\n" + block(ours) + SEP.encode() + b"\n" + block(theirs) + THEIRS.encode() + b"\n"


def merged_record(result: MergeResult, rel: str) -> Record | None:
    """The merged record when the merge was clean (for tests and callers that want the object)."""
    if not result.clean:
        return None
    record, _ = parse_text(rel, result.text)
    return record


# ------------------------------------------------------------------- after the merge stopped
#
# `scrutrack resolve`: the records two branches added with one ID, kept both. Git has stopped
# the merge with the file unmerged (stages 2 and 3 in its index hold this branch's version and
# the other's), whether the merge driver was registered (its conflict keeps both whole) or not
# (git's own add/add conflict). This branch's keeps the ID; the other's takes the next number free
# on both branches and in the work tree, with a `renumbered` history entry, and both are staged.


@dataclass
class Renumbered:
    """One record given a new number: its old ID and its record as written."""

    old: str
    record: Record


@dataclass
class Resolution:
    renumbered: list[Renumbered] = field(default_factory=list)
    left: list[str] = field(default_factory=list)  # unmerged record files this cannot resolve, and why


def renumber(record: Record, number: int, day: dt.date, by: str | None) -> Record:
    """The record under the next number of its meeting, saying so in its history."""
    from scrutrack.model import RENUMBERED, make_id

    new_id = make_id(record.committee, record.meeting, number)
    entry = HistoryEntry(date=max(day, record.history[-1].date), event=RENUMBERED, by=by, from_id=record.id, to=new_id)
    return record.with_changes(id=new_id, history=(*record.history, entry))


def resolve_added(repo: Repo, day: dt.date, by: str | None) -> Resolution:
    """Keep both of every pair of different records two branches added with one ID (see above)."""
    from scrutrack import gitio
    from scrutrack.model import ID_RE
    from scrutrack.saving import save
    from scrutrack.store import RECORDS_DIR, scan_records

    root = repo.root
    gitio.toplevel(root)
    found = Resolution()
    conflicted = gitio.unmerged(root, RECORDS_DIR)
    if not conflicted:
        return found
    used = gitio.paths_in_progress(root, RECORDS_DIR) | {rel for rel, _ in scan_records(repo).files}
    numbers = {ID_RE.match(Path(p).stem) for p in used}
    taken = {(m[1], m[2], int(m[3])) for m in numbers if m}
    staged: list[str] = []
    for rel, stages in sorted(conflicted.items()):
        if 1 in stages or not {2, 3} <= stages.keys():
            found.left.append(f"{rel}: both branches changed it; keep one side between the markers, then `git add` it")
            continue
        blobs = gitio.read_blobs(root, [stages[2], stages[3]])
        try:
            ours = parse_side(THIS, rel, blobs[stages[2]].decode("utf-8"))
            theirs = parse_side(OTHER, rel, blobs[stages[3]].decode("utf-8"))
        except (Unreadable, UnicodeDecodeError, KeyError) as exc:
            found.left.append(f"{rel}: {exc}; fix it by hand, then `git add` it")
            continue
        if not two_recommendations(ours, theirs):
            merged = merge_records(None, ours, theirs)
            if not merged.clean:
                found.left.append(
                    f"{rel}: both branches added it with different details; keep one side between the markers"
                )
                continue
            (root / rel).write_text(merged.text, encoding="utf-8")
            staged.append(rel)
            continue
        committee, meeting = theirs.committee, theirs.meeting.isoformat()
        n = 1 + max((k for c, m, k in taken if (c, m) == (committee, meeting)), default=0)
        taken.add((committee, meeting, n))
        moved = renumber(theirs, n, day, by)
        save(repo, ours, path=root / rel)
        path = save(repo, moved, create=True)
        staged += [rel, repo.rel(path)]
        found.renumbered.append(Renumbered(theirs.id, moved))
    if staged:
        gitio.add(root, staged)
    return found
