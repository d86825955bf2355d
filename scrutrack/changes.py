"""What changed in the records between two revisions, and which changes break the append-only rule.

The comparison itself is pure (texts in, events and violations out); `compare_revisions` reads
the two sides through gitio, parsing only the files whose contents differ.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrutrack.lifecycle import original_due, with_outcome_names
from scrutrack.model import (
    EDITED,
    FIELDS,
    OWNER_CHANGED,
    RENUMBERED,
    STATUSES,
    UPDATE,
    Evidence,
    HistoryEntry,
    Record,
    Response,
    history_to_dict,
    sets,
)
from scrutrack.store import RECORDS_DIR, FileProblem, Repo, line_of, parse_text, scan_records

# The fields whose change `changes` shows (model.FIELDS says which): as an edit, unless a new
# history entry explains it (sets it: a referral sets `referred`, a response `response`, ...).
SHOWN_FIELDS = tuple(f.name for f in FIELDS if f.changes)


@dataclass(frozen=True)
class Event:
    """One thing that happened to a record between the revisions.

    kind: added | status | response | evidence | due | review | owner | note | imported | edit | unreadable-before
    """

    kind: str
    date: dt.date | None
    summary: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Violation:
    """An edit that history forbids: an entry changed or removed, a record deleted or renamed.

    kind: history-changed | history-removed | history-moved | evidence-changed | evidence-removed |
    evidence-moved | deleted | renamed
    """

    id: str
    path: str
    kind: str
    message: str
    entry: int | None = None  # 1-based position in the base revision's list
    line: int | None = None  # where to look in the file now (None: the file is gone)

    def problem(self) -> FileProblem:
        return FileProblem(self.path, self.line, self.message)


@dataclass
class RecordChange:
    """One record's changes. change: added | changed | deleted | renumbered | renamed."""

    id: str
    path: str
    change: str
    events: list[Event] = field(default_factory=list)
    old_path: str | None = None


# The kinds of row `changes` shows, in the order its summary counts them.
ROW_KINDS = (
    "added",
    "update",
    "status",
    "response",
    "evidence",
    "due",
    "review",
    "owner",
    "note",
    "imported",
    "edit",
    "deleted",
    "renumbered",
    "renamed",
    "violation",
)


@dataclass
class ChangeReport:
    base: str  # a label for people, e.g. "main @ 1a2b3c4"
    head: str
    base_commit: str | None = None
    head_commit: str | None = None  # None: the working tree
    records: list[RecordChange] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    unreadable: list[FileProblem] = field(default_factory=list)
    rounds: list[str] = field(default_factory=list)  # a line per update round whose answers came in

    def counts(self) -> dict[str, int]:
        """How many rows of each kind the report shows, in a fixed order: each event by its kind
        (added records count as 'added'), each deleted or renamed record, and each other
        append-only violation (an entry changed, removed or moved)."""
        found = dict.fromkeys(ROW_KINDS, 0)
        for rc in self.records:
            for kind, _ in self.rows_of(rc):
                found[kind] = found.get(kind, 0) + 1
        return {k: v for k, v in found.items() if v}

    def rows_of(self, rc: RecordChange) -> list[tuple[str, str]]:
        """One record's rows as (kind, details): what became of the file, its events, its violations."""
        out: list[tuple[str, str]] = []
        if rc.change == "deleted":
            out.append(("deleted", "the file was removed"))
        elif rc.change == "renamed":
            out.append(("renamed", f"renamed from {rc.old_path}"))
        out += [(e.kind, e.summary) for e in rc.events]
        for v in self.violations:
            if v.path == rc.path and v.kind not in ("deleted", "renamed"):
                out.append(("violation", v.message.split("; ")[0]))
        return out


# ------------------------------------------------------------------------------ wording


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def span(days: int) -> str:
    """92 -> '92 days (about 3 months)'."""
    n = abs(days)
    text = f"{n} day{'s' if n != 1 else ''}"
    if n >= 45:
        text += f" (about {round(n / 30.44)} months)"
    return text


def _entry_label(name: str, entry: HistoryEntry | Evidence) -> str:
    if isinstance(entry, HistoryEntry):
        return f"{entry.date} {entry.event}"
    return f"{entry.date} '{_one_line(entry.title)}'"


def _entry_dict(entry: HistoryEntry | Evidence) -> dict[str, Any]:
    if isinstance(entry, HistoryEntry):
        return history_to_dict(entry)
    return {"date": entry.date, "title": entry.title, "url": entry.url, "path": entry.path}


# ------------------------------------------------------------------------ append-only


def _kept(old: Sequence[Any], new: Sequence[Any]) -> list[int | None]:
    """For each old entry, its index in `new` where it is kept in order (entries may be inserted
    between them, as a merge of two branches does), or None where it is not."""
    found: list[int | None] = []
    j = 0
    for before in old:
        k = next((k for k in range(j, len(new)) if new[k] == before), None)
        found.append(k)
        if k is not None:
            j = k + 1
    return found


def append_only(
    rid: str,
    path: str,
    name: str,
    old: Sequence[HistoryEntry | Evidence],
    new: Sequence[HistoryEntry | Evidence],
    text: str,
    since: str,
) -> list[Violation]:
    """Every entry of `old` must still be in `new`, unchanged and in the same order; name each one that is not.

    New entries may come between old ones: merging two branches puts both sides' entries in date order.
    """
    out: list[Violation] = []
    hint = {"history": "add a new entry (e.g. `scrutrack note`) instead", "evidence": "add new evidence instead"}[name]
    kept = _kept(old, new)
    used = {k for k in kept if k is not None}
    for i, (before, k) in enumerate(zip(old, kept, strict=True)):
        if k is not None:
            continue
        label = f"{name} entry {i + 1} ({_entry_label(name, before)})"
        # Where it would be: just after the previous kept entry.
        prev = next((kept[p] for p in range(i - 1, -1, -1) if kept[p] is not None), -1)
        assert prev is not None
        now = next((new[q] for q in range(prev + 1, len(new)) if q not in used), None)
        pos = new.index(now) if now is not None else None
        if before in new:
            j = list(new).index(before)
            out.append(
                Violation(
                    rid,
                    path,
                    f"{name}-moved",
                    f"{label} moved to position {j + 1} since {since}: add new entries at the end, in date order",
                    i + 1,
                    line_of(text, (name, j)),
                )
            )
        elif (
            now is not None
            and pos is not None
            and now.date == before.date
            and (not isinstance(now, HistoryEntry) or now.event == before.event)  # type: ignore[union-attr]
        ):
            used.add(pos)
            a, b = _entry_dict(before), _entry_dict(now)
            keys = ", ".join(k for k in dict.fromkeys([*a, *b]) if a.get(k) != b.get(k))
            out.append(
                Violation(
                    rid,
                    path,
                    f"{name}-changed",
                    f"{label} was changed since {since} ({keys}); {name} is append-only: {hint}",
                    i + 1,
                    line_of(text, (name, pos)),
                )
            )
        else:
            where = line_of(text, (name, min(i, len(new) - 1))) if new else 1
            out.append(
                Violation(
                    rid,
                    path,
                    f"{name}-removed",
                    f"{label} was removed since {since}; {name} is append-only: put it back",
                    i + 1,
                    where,
                )
            )
    return out


# ------------------------------------------------------------------------------ events


def _added(record: Record) -> Event:
    what = f"{record.kind}, {record.status}"
    if record.due:
        what += f", due {record.due}"
    return Event(
        "added",
        record.meeting,
        f"{what}: {_one_line(record.text)}",
        {
            "status": record.status,
            "record_kind": record.kind,
            "committee": record.committee,
            "meeting": record.meeting,
            "item": record.item,
            "owner": record.owner,
            "due": record.due,
            "text": record.text,
        },
    )


def _new_entries(old: Sequence[Any], new: Sequence[Any]) -> list[Any]:
    """Entries that are new (at the end, or between old ones after a merge); an entry edited in
    place is a violation, not news."""
    kept = {k for k in _kept(old, new) if k is not None}
    out = []
    for j, e in enumerate(new):
        if j in kept:
            continue
        edited = any(
            o.date == e.date and getattr(o, "event", None) == getattr(e, "event", None) and o not in new for o in old
        )
        if not edited:
            out.append(e)
    return out


def _why(e: HistoryEntry) -> str:
    parts = [f"by {e.by}"] if e.by else []
    text = (" (" + "; ".join(parts) + ")") if parts else ""
    return text + (f": {_one_line(e.note)}" if e.note else "")


def history_events(before: Record, after: Record, entries: list[HistoryEntry]) -> list[Event]:
    """The events the new history entries tell, with the status each move came from."""
    status = before.status
    events: list[Event] = []
    for e in entries:
        base = {"date": e.date, "by": e.by, "note": e.note}
        target = e.moves_to
        if e.event == "imported":
            events.append(
                Event(
                    "imported",
                    e.date,
                    f"imported as {e.status} from {e.source or 'a tracker'}",
                    {**base, "status": e.status, "source": e.source},
                )
            )
        elif e.event in ("accepted", "rejected"):
            events.append(_response_event(e, after, status, base))
        elif target in STATUSES:
            extra = f", response due {e.response_due}" if e.response_due else ""
            extra += f", superseded by {e.superseded_by}" if e.superseded_by else ""
            data = {
                **base,
                "from": status,
                "to": target,
                "response_due": e.response_due,
                "superseded_by": e.superseded_by,
            }
            events.append(Event("status", e.date, f"{status} → {target} on {e.date}{extra}{_why(e)}", data))
        elif e.event == "due-revised":
            events.append(_due_event(e, after, base))
        elif e.event == "review-set":
            events.append(
                Event("review", e.date, f"review on {e.review} (set {e.date}){_why(e)}", {**base, "review": e.review})
            )
        elif e.event == OWNER_CHANGED:
            summary = f"{e.from_owner or '(none)'} → {e.owner} on {e.date}{_why(e)}"
            events.append(Event("owner", e.date, summary, {**base, "from": e.from_owner, "to": e.owner}))
        elif e.event == "note":
            events.append(Event("note", e.date, f"{e.date}{_why(e)}", base))
        elif e.event == RENUMBERED:
            summary = (
                f"renumbered from {e.from_id} to {e.to} on {e.date}: a merge met another recommendation with its ID"
            )
            events.append(Event(RENUMBERED, e.date, summary, {**base, "from": e.from_id, "to": e.to}))
        elif e.event == UPDATE:
            said = f": {_one_line(e.text)}" if e.text else ""
            summary = f"{e.progress} (round {e.round}, by {e.by or 'the owner'}){said}"
            data = {**base, "round": e.round, "progress": e.progress, "text": e.text}
            events.append(Event("update", e.date, summary, data))
        elif e.event not in ("evidence-added", EDITED):  # shown by their evidence and edit rows
            events.append(_other(e, base))
        if target is not None:
            status = target
    return events


def _response_event(e: HistoryEntry, after: Record, status: str, base: dict[str, Any]) -> Event:
    """An accepted or rejected entry: the move, the outcome, and the response's text when dated that day."""
    resp = after.response if after.response and after.response.date == e.date else None
    text = resp.text if resp else None
    due = f", due {e.due}" if e.due else ""
    summary = f"{status} → {e.event} on {e.date} ({e.outcome}{due})"
    if text:
        summary += f": {_one_line(text)}"
    data = {**base, "from": status, "to": e.event, "outcome": e.outcome, "due": e.due, "text": text}
    return Event("response", e.date, summary, data)


def _due_event(e: HistoryEntry, after: Record, base: dict[str, Any]) -> Event:
    """A revised target, with how far it now is from the original one."""
    first, _ = original_due(after)
    late = (e.due - first).days if e.due and first else None
    against = ""
    if late is not None and first != e.from_:
        against = f"; {span(late)} {'after' if late >= 0 else 'before'} the original {first}"
    elif late is not None:
        against = f"; {span(late)} {'later' if late >= 0 else 'earlier'}"
    summary = f"{e.from_ or 'none'} → {e.due} on {e.date}{against}: {_one_line(e.reason)}"
    data = {**base, "from": e.from_, "to": e.due, "reason": e.reason, "original": first, "days_after_original": late}
    return Event("due", e.date, summary, data)


def _other(e: HistoryEntry, base: dict[str, Any]) -> Event:
    """An event with no wording of its own here (an update round's answer, ...): its keys, in order."""
    keys = {k: v for k, v in history_to_dict(e).items() if k not in ("date", "event", "by", "note")}
    said = "; ".join(f"{k}: {_one_line(str(v))}" for k, v in keys.items())
    return Event(e.event, e.date, f"{e.date}{' ' + said if said else ''}{_why(e)}", {**base, **keys})


def _edits(before: Record, after: Record, entries: list[HistoryEntry]) -> list[Event]:
    """Fields changed by hand: descriptive ones always, lifecycle ones when no new entry explains them.

    An `edited` entry that names a field gives its edit a date, and who made it.
    """
    explained: set[str] = set()
    edited_by: dict[str, HistoryEntry] = {}
    for e in entries:
        if e.event == EDITED:
            edited_by.update(dict.fromkeys(e.fields, e))
        explained |= sets(e)
    out: list[Event] = []
    for name in SHOWN_FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if old == new or name in explained:
            continue

        def show(v: Any) -> str:
            if v is None or v == ():
                return "(none)"
            if isinstance(v, Response):
                return _one_line(v.text)
            if isinstance(v, tuple):
                return ", ".join(v)
            return _one_line(str(v))

        data = {"field": name, "old": old, "new": new}
        by = edited_by.get(name)
        if by is None:
            out.append(Event("edit", None, f"{name}: {show(old)} → {show(new)}", data))
        else:
            summary = f"{name}: {show(old)} → {show(new)} on {by.date}{_why(by)}"
            out.append(Event("edit", by.date, summary, {**data, "by": by.by, "note": by.note}))
    return out


def diff_record(before: Record, after: Record, path: str, text: str, since: str) -> tuple[list[Event], list[Violation]]:
    """The events and the append-only violations between two versions of one record (an outcome's
    older name and its new one are the same: `fmt --outcomes` changes nothing that matters)."""
    before, after = with_outcome_names(before), with_outcome_names(after)
    violations = append_only(after.id, path, "history", before.history, after.history, text, since)
    violations += append_only(after.id, path, "evidence", before.evidence, after.evidence, text, since)
    new_hist = _new_entries(before.history, after.history)
    dated: list[tuple[dt.date, int, Event]] = []
    for n, ev in enumerate(history_events(before, after, new_hist)):
        dated.append((ev.date or after.meeting, 2 * n, ev))
    for n, e in enumerate(_new_entries(before.evidence, after.evidence)):
        link = e.url or e.path or ""
        ev = Event(
            "evidence",
            e.date,
            f"{e.date} {_one_line(e.title)} <{link}>",
            {"date": e.date, "title": e.title, "url": e.url, "path": e.path},
        )
        dated.append((e.date, 2 * len(new_hist) + n, ev))
    dated.sort(key=lambda t: (t[0], t[1]))
    return [ev for _, _, ev in dated] + _edits(before, after, new_hist), violations


# ------------------------------------------------------------------------------ compare


def _parse(rel: str, data: bytes | None) -> tuple[Record | None, str, list[FileProblem]]:
    if data is None:
        return None, "", []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, "", [FileProblem(rel, data[: exc.start].count(b"\n") + 1, "is not UTF-8 text; save it as UTF-8")]
    record, problems = parse_text(rel, text)
    return record, text, problems


def _continues(old: Record, new: Record) -> bool:
    """Is `new` the same recommendation as `old` under another name (its history carried on)?"""
    return new.id == old.id or (
        bool(old.history) and new.history[: len(old.history)] == old.history and new.text == old.text
    )


def _renumbered(
    old: Mapping[str, tuple[Record | None, str, list[FileProblem]]],
    new: Mapping[str, tuple[Record | None, str, list[FileProblem]]],
    added: Sequence[str],
) -> dict[str, str]:
    """Records `scrutrack resolve` gave a new number, each with the path of the base's record it
    continues (its last `renumbered` entry names that ID): new path -> old path."""
    by_id = {rec.id: rel for rel, (rec, _, _) in old.items() if rec is not None}
    found: dict[str, str] = {}
    for rel in added:
        now = new[rel][0]
        moves = [h for h in now.history if h.event == RENUMBERED] if now is not None else []
        was = by_id.get(moves[-1].from_id or "") if moves else None
        if now is not None and was is not None:
            prev = old[was][0]
            if prev is not None and now.history[: len(prev.history)] == prev.history:
                found[rel] = was
    return found


def _renamed(
    old: Mapping[str, tuple[Record | None, str, list[FileProblem]]],
    new: Mapping[str, tuple[Record | None, str, list[FileProblem]]],
    gone: Sequence[str],
    added: Sequence[str],
) -> dict[str, str]:
    """Files deleted whose record goes on under another name (the same history, and more): new path -> old path."""
    renamed: dict[str, str] = {}
    for rel in gone:
        was = old[rel][0]
        for cand in added:
            now = new[cand][0]
            if was and now and cand not in renamed and _continues(was, now):
                renamed[cand] = rel
                break
    return renamed


def compare(
    base: Mapping[str, bytes], head: Mapping[str, bytes], base_label: str = "the base", head_label: str = "now"
) -> ChangeReport:
    """Compare the record files that differ: {path: bytes} on each side (a path on one side only: added or deleted)."""
    report = ChangeReport(base_label, head_label)
    since = base_label.split(" @ ")[0]
    old = {rel: _parse(rel, data) for rel, data in base.items()}
    new = {rel: _parse(rel, data) for rel, data in head.items()}
    for _, _, problems in new.values():
        report.unreadable.extend(problems)
    gone = [rel for rel in sorted(old) if rel not in new]
    added = [rel for rel in sorted(new) if rel not in old]
    renumbered = _renumbered(old, new, added)  # new path -> old path
    renamed = _renamed(old, new, gone, added)  # new path -> old path
    for rel in sorted({*old, *new}):
        b_rec, _, _ = old.get(rel, (None, "", []))
        h_rec, text, _ = new.get(rel, (None, "", []))
        stem = Path(rel).stem
        if rel in new and rel not in old:
            if h_rec is None:
                continue
            if rel in renumbered:  # `scrutrack resolve` gave it a new number: no violation
                prev = old[renumbered[rel]][0]
                assert prev is not None
                events, violations = diff_record(prev, h_rec, rel, text, since)
                report.violations.extend(violations)
                report.records.append(RecordChange(h_rec.id, rel, "renumbered", events, renumbered[rel]))
            elif rel in renamed:
                prev = old[renamed[rel]][0]
                assert prev is not None
                events, violations = diff_record(prev, h_rec, rel, text, since)
                msg = (
                    f"renamed from {renamed[rel]} ({prev.id}) since {since}; a record's ID and file are permanent: "
                    f"restore {renamed[rel]}, and withdraw or supersede it if it was wrong"
                )
                report.violations.append(Violation(h_rec.id, rel, "renamed", msg, None, 2))
                report.violations.extend(violations)
                report.records.append(RecordChange(h_rec.id, rel, "renamed", events, renamed[rel]))
            else:
                moved = [e for e in history_events(h_rec, h_rec, list(h_rec.history)) if e.kind == RENUMBERED]
                report.records.append(RecordChange(h_rec.id, rel, "added", [_added(h_rec), *moved]))
        elif rel in renumbered.values() and h_rec is not None:
            # Its record moved to a new number; the file now holds the other branch's recommendation.
            report.records.append(RecordChange(h_rec.id, rel, "added", [_added(h_rec)]))
        elif rel in old and rel not in new:
            if rel in renamed.values():
                continue
            rid = b_rec.id if b_rec else stem
            msg = (
                f"the record {rid} was deleted since {since}; history is kept: restore the file and withdraw it "
                f"instead (`scrutrack status {rid} withdrawn --note ...`)"
            )
            report.violations.append(Violation(rid, rel, "deleted", msg))
            report.records.append(RecordChange(rid, rel, "deleted"))
        elif h_rec is not None:
            if b_rec is None:
                ev = Event("unreadable-before", None, f"could not be read at {since}; not compared")
                report.records.append(RecordChange(h_rec.id, rel, "changed", [ev]))
                continue
            events, violations = diff_record(b_rec, h_rec, rel, text, since)
            report.violations.extend(violations)
            if events or violations:
                report.records.append(RecordChange(h_rec.id, rel, "changed", events))
    order = {"added": 0, "changed": 1, "renumbered": 2, "renamed": 3, "deleted": 4}
    report.records.sort(key=lambda rc: (order[rc.change], rc.id))
    return report


# ------------------------------------------------------------------------- revisions


def _working_tree(repo: Repo) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for rel, _ in scan_records(repo).files:
        try:
            files[rel] = (repo.root / rel).read_bytes()
        except OSError:
            files[rel] = b"\xff"  # reported as unreadable
    return files


def compare_revisions(repo: Repo, base: str | None = None, head: str | None = None) -> ChangeReport:
    """Compare the records at `base` (default: where HEAD left the default branch) with `head` (default: the files now).

    As `git diff BASE...HEAD`, the base side is where the two lines of history met.
    """
    from scrutrack import gitio

    root = repo.root
    gitio.toplevel(root)
    head_commit = gitio.rev_parse(root, head) if head is not None else None
    base_name = base or gitio.default_branch(root)
    base_tip = gitio.rev_parse(root, base_name)
    against = head_commit or ("HEAD" if gitio.has_commits(root) else None)
    met = gitio.merge_base(root, base_tip, against) if against else None
    base_commit = met or base_tip

    base_ids = gitio.ls_files(root, base_commit, RECORDS_DIR)
    if head_commit is not None:
        head_ids = gitio.ls_files(root, head_commit, RECORDS_DIR)
        head_data: dict[str, bytes] | None = None
    else:
        head_data = _working_tree(repo)
        head_ids = {rel: gitio.blob_id(data) for rel, data in head_data.items()}
    differ = {rel for rel in {*base_ids, *head_ids} if base_ids.get(rel) != head_ids.get(rel)}
    wanted = [base_ids[r] for r in differ if r in base_ids]
    if head_data is None:
        wanted += [head_ids[r] for r in differ if r in head_ids]
    blobs = gitio.read_blobs(root, wanted)
    old = {rel: blobs.get(base_ids[rel], b"") for rel in differ if rel in base_ids}
    if head_data is None:
        new = {rel: blobs.get(head_ids[rel], b"") for rel in differ if rel in head_ids}
    else:
        new = {rel: head_data[rel] for rel in differ if rel in head_data}

    base_label = f"{base_name} @ {gitio.short(root, base_commit)}"
    head_label = f"{head} @ {gitio.short(root, head_commit)}" if head_commit else "working tree"
    report = compare(old, new, base_label, head_label)
    report.base_commit, report.head_commit = base_commit, head_commit
    report.rounds = round_lines(report, repo.config.progress_meaning)
    return report


def round_lines(report: ChangeReport, meaning: Callable[[str], str | None]) -> list[str]:
    """A collected update round in one line each: '12 updates from 5 owners; 3 target dates moved;
    2 proposed for closure' (an owner's 'achieved' that did not make the record implemented)."""
    rounds: dict[str, list[int]] = {}
    owners: dict[str, set[str]] = {}
    for rc in report.records:
        for e in rc.events:
            if e.kind != "update":
                continue
            name, by = e.data["round"], e.data["by"]
            counts = rounds.setdefault(name, [0, 0, 0])
            owners.setdefault(name, set()).add(by or "")
            same_day = [o for o in rc.events if o.date == e.date and o.data.get("by") == by]
            counts[0] += 1
            counts[1] += any(o.kind == "due" for o in same_day)
            done = any(o.kind == "status" and o.data.get("to") == "implemented" for o in same_day)
            counts[2] += meaning(e.data["progress"]) == "achieved" and not done
    out = []
    for name, (updates, moved, proposed) in sorted(rounds.items()):
        n = len(owners[name])
        line = f"Round {name}: {updates} update{'s' if updates != 1 else ''} from {n} owner{'s' if n != 1 else ''}"
        line += f"; {moved} target date{'s' if moved != 1 else ''} moved; {proposed} proposed for closure"
        out.append(line)
    return out


def base_problems(repo: Repo, base: str) -> list[FileProblem]:
    """For `check --base`: each history or evidence entry changed or removed, each record deleted or renamed."""
    return base_check(repo, base)[0]


def base_check(repo: Repo, base: str) -> tuple[list[FileProblem], list[str]]:
    """For `check --base`: the append-only violations since `base`, and a note for each record a
    merge renumbered since (no violation, but a reviewer should know)."""
    report = compare_revisions(repo, base, None)
    notes = [
        f"{rc.id} was renumbered from {e.data['from']} since {base} (a merge met another recommendation with its ID)"
        for rc in report.records
        for e in rc.events
        if e.kind == RENUMBERED
    ]
    return [v.problem() for v in report.violations], notes
