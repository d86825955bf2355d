"""The three-way merge of one record (pure): entries from both sides kept, scalar fields merged or conflicted.

Used by `scrutrack merge-driver`, which git runs when both branches changed the same record file.
History and evidence are append-only, so the entries the base had must be unchanged on both sides;
the entries each side added are all kept, in date order (ours first on equal dates), and an entry
added identically on both sides is kept once. A field changed on one side takes that side; changed
on both to one value is fine; changed to different values is a conflict, written in git's style.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrutrack.canonical import dumps, format_value
from scrutrack.lifecycle import history_problems
from scrutrack.model import RECORD_ORDER, Record, record_from_dict, record_to_dict
from scrutrack.store import FileProblem, parse_text

LISTS = ("evidence", "history")
OURS, SEP, THEIRS = "<<<<<<< ours", "=======", ">>>>>>> theirs"


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
        super().__init__(f"{side} side: {first}")
        self.side = side


def parse_side(side: str, rel: str, text: str) -> dict[str, Any]:
    """One side's text as canonical plain data; Unreadable if it is not a record."""
    record, problems = parse_text(rel, text)
    if record is None:
        raise Unreadable(side, problems)
    return record_to_dict(record)


def _show(key: str, value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, dict | list):
        return f"(the [{key}] table)" if isinstance(value, dict) else f"({len(value)} entries)"
    return format_value(key, value).replace("\n", " ").strip()


def _merge_entries(
    rid: str, name: str, base: list[dict[str, Any]], ours: list[dict[str, Any]], theirs: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], str | None]:
    """Base entries (unchanged on both sides), then both sides' additions in date order."""
    n = len(base)
    for side, entries in (("ours", ours), ("theirs", theirs)):
        if entries[:n] != base:
            i = next((i for i in range(n) if i >= len(entries) or entries[i] != base[i]), n)
            what = "removed" if i >= len(entries) else "changed"
            return [], f"{rid}: {side} {what} {name} entry {i + 1}; {name} is append-only, so resolve by hand"
    # An entry added on both sides is kept once; one added twice on a side, twice (as often as
    # the side that added it more often): the same for ours and theirs.
    added = list(ours[n:])
    left = list(added)
    for e in theirs[n:]:
        if e in left:
            left.remove(e)
        else:
            added.append(e)
    added.sort(key=lambda e: e["date"])  # stable: ours before theirs on the same date
    return base + added, None


def _common_prefix(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[dict[str, Any]]:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def merge_dicts(
    base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, tuple[Any, Any]], list[str]]:
    """Merge canonical plain data: (merged, {key: (ours, theirs)} in conflict, messages).

    With no base (both sides added the file) every differing field is a conflict and the
    entries both sides share from the start stand in for the base's.
    """
    rid = str(ours.get("id") or theirs.get("id") or "record")
    merged: dict[str, Any] = {}
    conflicts: dict[str, tuple[Any, Any]] = {}
    messages: list[str] = []
    for key in RECORD_ORDER:
        o, a, b = (base or {}).get(key), ours.get(key), theirs.get(key)
        if key in LISTS:
            a_list, b_list = list(a or []), list(b or [])
            o_list = list(o or []) if base is not None else _common_prefix(a_list, b_list)
            entries, problem = _merge_entries(rid, key, o_list, a_list, b_list)
            if problem:
                conflicts[key] = (a, b)
                messages.append(problem)
            elif entries:
                merged[key] = entries
            continue
        if a == b:
            value = a
        elif base is not None and a == o:
            value = b
        elif base is not None and b == o:
            value = a
        else:
            conflicts[key] = (a, b)
            messages.append(f"{rid}: both sides changed '{key}' (ours: {_show(key, a)}; theirs: {_show(key, b)})")
            continue
        if value is not None:
            merged[key] = value
    return merged, conflicts, messages


# ------------------------------------------------------------------------------ text


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


def render(merged: dict[str, Any], conflicts: dict[str, tuple[Any, Any]]) -> str:
    """The canonical text, with each conflicting key (or table) between git-style markers."""
    lines: list[str] = []
    for key in RECORD_ORDER:
        sectional = key in ("response", *LISTS)
        if key in conflicts:
            a, b = conflicts[key]
            side = _section_lines if sectional else _scalar_lines
            ours_lines, theirs_lines = side(key, a), side(key, b)
            if sectional:  # keep the blank line before a table outside the markers
                ours_lines, theirs_lines = ours_lines[1:], theirs_lines[1:]
                lines.append("")
            lines += [OURS, *ours_lines, SEP, *theirs_lines, THEIRS]
        elif sectional:
            lines += _section_lines(key, merged.get(key))
        else:
            lines += _scalar_lines(key, merged.get(key))
    return "\n".join(lines) + "\n"


def merge_texts(base: str | None, ours: str, theirs: str, rel: str) -> MergeResult:
    """Merge three versions of one record file (base None or empty: both sides added it).

    Raises Unreadable when a side is not a valid record.
    """
    o = parse_side("base", rel, base) if base and base.strip() else None
    a = parse_side("ours", rel, ours)
    b = parse_side("theirs", rel, theirs)
    merged, conflicts, messages = merge_dicts(o, a, b)
    if conflicts:
        return MergeResult(render(merged, conflicts), messages)
    record, problems = record_from_dict(merged)
    if record is None:  # e.g. a field taken from each side that together break a rule
        return _lifecycle_conflict(merged, a, b, [p.message for p in problems])
    lifecycle = history_problems(record)
    if lifecycle:
        return _lifecycle_conflict(merged, a, b, [p.message for p in lifecycle])
    return MergeResult(dumps(record))


def _lifecycle_conflict(
    merged: dict[str, Any], a: dict[str, Any], b: dict[str, Any], problems: list[str]
) -> MergeResult:
    """Each side is sound but together they are not: mark the status (or the history) for the officer."""
    rid = str(merged.get("id", "record"))
    key = "status" if a.get("status") != b.get("status") else "history"
    msg = f"{rid}: the two sides' changes do not combine ({problems[0]}); resolve by hand"
    return MergeResult(render(merged, {key: (a.get(key), b.get(key))}), [msg])


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
