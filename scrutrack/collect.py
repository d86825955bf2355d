"""Collecting an update round: returned workbooks read back, checked row by row, and turned into history.

A returned workbook is read as sheets of cell values (the spreadsheet reader `import tracker` uses).
Its hidden sheet names the round and the owner, and holds each record's sent fingerprint and a
copy of its locked cells. Every row is checked on its own: a changed locked cell, an unknown
progress word, a new date without a reason, a record of another owner or a workbook of another
round is one line naming the workbook, sheet, row and column, and every other row still applies.

A row applies as history entries dated the collection day: `update` (by the owner, with the round,
their progress word and their words), then evidence, a target-date revision with its reason, and
the status moves the progress word means (work started: accepted -> in-progress; achieved with
evidence linked: -> implemented). A record that changed since it was sent is a conflict, applied
only when the officer names it (--force-row); a row already in the history adds nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from scrutrack import lifecycle as lc
from scrutrack.errors import ScrutrackError
from scrutrack.model import UPDATE, HistoryEntry, Record, Status, normalize_text, one_line
from scrutrack.rounds import Round, fingerprint
from scrutrack.store import Config
from scrutrack.workbook import HEADERS, HIDDEN, HIDDEN_HEADER_ROW, INPUTS, LOCKED, MARKER

Book = Mapping[str, Sequence[Sequence[Any]]]  # sheet name -> rows of cell values (row 1 first)
_URL = re.compile(r"^https?://[^\s/]+\S*$")
_BY_HEADER = {" ".join(h.split()).casefold(): k for k, h in HEADERS.items()}


class Answer(NamedTuple):
    """One filled-in row of a returned workbook."""

    workbook: str
    sheet: str
    row: int  # as the spreadsheet shows it
    id: str
    owner: str
    round: str
    progress: str
    text: str | None
    new_due: dt.date | None
    reason: str | None
    evidence: str | None

    def where(self, column: str | None = None) -> str:
        return place(self.workbook, self.sheet, self.row, column)


class Returned(NamedTuple):
    """What one returned workbook holds: its round and owner, the answers, the rows left empty, and
    one line per problem (a problem in a row leaves that row out; a problem in the workbook, all of it)."""

    workbook: str
    round: str | None
    owner: str | None
    answers: list[Answer]
    empty: list[str]
    problems: list[str]


def place(workbook: str, sheet: str | None = None, row: int | None = None, column: str | None = None) -> str:
    parts = [workbook]
    if sheet is not None:
        parts.append(f"sheet {sheet}")
    if row is not None:
        parts.append(f"row {row}")
    if column is not None:
        parts.append(f"column {HEADERS.get(column, column)}")
    return ", ".join(parts)


def cell_text(value: Any) -> str:
    """A cell as text for comparing and reading: dates as YYYY-MM-DD, whole numbers without '.0',
    white space collapsed."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def cell_date(value: Any) -> dt.date:
    """A date cell (or a date typed as text, British day-first; or a spreadsheet's day number)."""
    from scrutrack.dates import parse_imported_date

    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 < value < 2_958_466:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    return parse_imported_date(cell_text(value), "the new target date")[0]


# ------------------------------------------------------------------------------ reading


def _hidden(name: str, book: Book) -> tuple[dict[str, Any], dict[str, dict[str, str]]] | str:
    """The hidden sheet's facts (round, owner, ...) and, by ID, the fingerprint and locked cells
    as sent; or why this is not a workbook `round start` wrote."""
    rows = book.get(HIDDEN)
    if not rows or not rows[0] or cell_text(rows[0][0]) != MARKER:
        return (
            f"{place(name)}: not a workbook from `scrutrack round start` (its hidden sheet {HIDDEN} is missing); "
            "ask the owner to fill in the workbook they were sent"
        )
    facts = {cell_text(r[0]): r[1] if len(r) > 1 else None for r in rows[: HIDDEN_HEADER_ROW - 1] if r}
    header = [cell_text(v) for v in rows[HIDDEN_HEADER_ROW - 1]] if len(rows) >= HIDDEN_HEADER_ROW else []
    sent: dict[str, dict[str, str]] = {}
    for r in rows[HIDDEN_HEADER_ROW:]:
        values = {k: cell_text(v) for k, v in zip(header, r, strict=False)}
        if values.get("id"):
            sent[values["id"]] = values
    return facts, sent


def _header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int]] | None:
    """The header row's index and each column's position, found by the headings `round start` wrote."""
    for i, row in enumerate(rows[:20]):
        keys = {_BY_HEADER.get(cell_text(v).casefold()): n for n, v in enumerate(row)}
        if "id" in keys and "progress" in keys:
            keys.pop(None, None)
            return i, {k: n for k, n in keys.items() if k is not None}
    return None


def read_returned(name: str, book: Book, rnd: Round, config: Config) -> Returned:
    """Check one returned workbook against the round, row by row (see the module's docstring)."""
    hidden = _hidden(name, book)
    if isinstance(hidden, str):
        return Returned(name, None, None, [], [], [hidden])
    facts, sent_cells = hidden
    got_round, owner = cell_text(facts.get("round")), cell_text(facts.get("owner"))
    where_round = place(name, HIDDEN, 2, "round")
    if got_round != rnd.name:
        return Returned(
            name,
            got_round,
            owner,
            [],
            [],
            [
                f"{where_round}: the workbook is from round '{got_round}', not '{rnd.name}'; "
                f"collect it with --round {got_round}, or send the owner this round's workbook"
            ],
        )
    if rnd.owner(owner) is None:
        return Returned(
            name,
            got_round,
            owner,
            [],
            [],
            [f"{place(name, HIDDEN, 3, 'owner')}: '{owner}' was not asked in round {rnd.name}"],
        )
    sheet, rows = _updates_sheet(book)
    found = _header(rows) if rows else None
    if sheet is None or found is None:
        return Returned(
            name, got_round, owner, [], [], [f"{place(name)}: no sheet with the round's headings (ID ... Progress)"]
        )
    head, cols = found
    missing = [HEADERS[c.key] for c in (*LOCKED, *INPUTS) if c.key not in cols]
    if missing:
        return Returned(
            name,
            got_round,
            owner,
            [],
            [],
            [f"{place(name, sheet, head + 1)}: the column(s) {', '.join(missing)} are missing"],
        )
    sent = {s.id: s for s in rnd.sent_to(owner)}
    words = {" ".join(w.split()).casefold(): w for w, _ in config.progress}
    out = Returned(name, got_round, owner, [], [], [])
    for i, row in enumerate(rows[head + 1 :], head + 2):
        cells = {k: row[n] if n < len(row) else None for k, n in cols.items()}
        rid = cell_text(cells["id"])
        inputs = {c.key: cells[c.key] for c in INPUTS}
        if not rid and not any(cell_text(v) for v in inputs.values()):
            continue
        problem = _row_problem(name, sheet, i, rid, cells, sent, sent_cells, rnd, owner)
        if problem:
            out.problems.append(problem)
            continue
        answer = _answer(name, sheet, i, rid, owner, rnd.name, inputs, words, out.problems)
        if answer is None:
            if not any(cell_text(v) for v in inputs.values()):
                out.empty.append(rid)
            continue
        out.answers.append(answer)
    return out


def _updates_sheet(book: Book) -> tuple[str | None, Sequence[Sequence[Any]]]:
    from scrutrack.workbook import SHEET

    if SHEET in book:
        return SHEET, book[SHEET]
    for sheet, rows in book.items():  # renamed by a program that re-saved it
        if sheet != HIDDEN and _header(rows) is not None:
            return sheet, rows
    return None, ()


def _row_problem(
    name: str,
    sheet: str,
    i: int,
    rid: str,
    cells: dict[str, Any],
    sent: Mapping[str, Any],
    sent_cells: Mapping[str, dict[str, str]],
    rnd: Round,
    owner: str,
) -> str | None:
    """Why a row cannot be applied at all: not this owner's record, a locked cell changed, another round."""
    here = place(name, sheet, i, "id")
    if rid not in sent:
        other = rnd.by_id().get(rid)
        whose = f"it was sent to {other.owner}" if other else f"it was not sent in round {rnd.name}"
        return f"{here}: '{rid}' is not one of {owner}'s records ({whose}); not applied"
    as_sent = sent_cells.get(rid)
    if as_sent is None or as_sent.get("fingerprint") != sent[rid].fingerprint:
        return (
            f"{place(name, HIDDEN)}: the row for {rid} is not from round {rnd.name} as it was started "
            "(another round's workbook?); not applied"
        )
    for c in LOCKED:
        now, then = cell_text(cells[c.key]), as_sent.get(c.key, "")
        if now != then:
            shown = now if len(now) <= 40 else now[:39] + "…"
            return (
                f"{place(name, sheet, i, c.key)}: a locked cell was changed (it reads '{shown}'); not applied: "
                "the record is the committee's; put anything to add in the white columns"
            )
    return None


def _answer(
    name: str,
    sheet: str,
    i: int,
    rid: str,
    owner: str,
    round_name: str,
    inputs: dict[str, Any],
    words: Mapping[str, str],
    problems: list[str],
) -> Answer | None:
    """The row's answer, or None (empty, or a problem recorded) ."""
    texts = {k: cell_text(v) for k, v in inputs.items()}
    if not any(texts.values()):
        return None
    word = words.get(texts["progress"].casefold())
    if not texts["progress"]:
        problems.append(f"{place(name, sheet, i, 'progress')}: empty; choose a word from the list ({rid})")
        return None
    if word is None:
        allowed = "; ".join(words.values())
        problems.append(f"{place(name, sheet, i, 'progress')}: '{texts['progress']}' is not one of: {allowed} ({rid})")
        return None
    new_due = None
    if texts["new_due"]:
        try:
            new_due = cell_date(inputs["new_due"])
        except ScrutrackError:
            problems.append(
                f"{place(name, sheet, i, 'new_due')}: '{texts['new_due']}' is not a date; type it as DD/MM/YYYY ({rid})"
            )
            return None
        if not texts["reason"]:
            problems.append(
                f"{place(name, sheet, i, 'reason')}: a new target date ({new_due:%d/%m/%Y}) needs its reason ({rid})"
            )
            return None
    raw_text = inputs["update"]
    text = normalize_text(str(raw_text)) if isinstance(raw_text, str) and raw_text.strip() else texts["update"] or None
    return Answer(
        name,
        sheet,
        i,
        rid,
        owner,
        round_name,
        word,
        text,
        new_due,
        texts["reason"] or None,
        texts["evidence"] or None,
    )


# ------------------------------------------------------------------------------ planning


class Change(NamedTuple):
    answer: Answer
    before: Record
    after: Record
    effects: tuple[str, ...]  # what happens, in words ("target 2019-06-30 -> 2019-09-30")
    proposed: bool  # the owner says it is achieved and it was not moved to implemented


class Conflict(NamedTuple):
    answer: Answer
    entries: int  # how many history entries the record had when it was sent
    now: Record


class Plan(NamedTuple):
    changes: list[Change]
    conflicts: list[Conflict]
    already: list[Answer]  # already in the history: nothing to add
    problems: list[str]


def already_in(record: Record, a: Answer) -> bool:
    return any(
        h.event == UPDATE and h.round == a.round and h.by == a.owner and h.progress == a.progress and h.text == a.text
        for h in record.history
    )


def plan(
    rnd: Round,
    returned: Sequence[Returned],
    records: Mapping[str, Record],
    config: Config,
    day: dt.date,
    evidence_path: Callable[[str], str | None],
    force: Sequence[str] = (),
) -> Plan:
    """What collecting the answers would do to each record (nothing is written here)."""
    out = Plan([], [], [], [p for r in returned for p in r.problems])
    sent = rnd.by_id()
    for ret in returned:
        for a in ret.answers:
            record = records.get(a.id)
            if record is None:
                out.problems.append(f"{a.where('id')}: no record {a.id} in the repository (deleted?); not applied")
                continue
            if already_in(record, a):
                out.already.append(a)
                continue
            if fingerprint(record) != sent[a.id].fingerprint and a.id not in force:
                out.conflicts.append(Conflict(a, sent[a.id].entries, record))
                continue
            try:
                out.changes.append(apply_answer(record, a, config, day, evidence_path))
            except ScrutrackError as exc:
                out.problems.append(f"{a.where()}: {exc} ({a.id}); not applied")
    return out


def apply_answer(
    record: Record, a: Answer, config: Config, day: dt.date, evidence_path: Callable[[str], str | None]
) -> Change:
    """The record with the answer's entries appended (an error, from the lifecycle, if one cannot be)."""
    meaning = config.progress_meaning(a.progress)
    effects = [f"update: {a.progress}"]
    day = max(day, record.history[-1].date) if record.history else day
    r = record
    notes = []
    url = path = None
    if a.evidence:
        if _URL.match(a.evidence):
            url = a.evidence
        else:
            path = evidence_path(a.evidence)
            if path is None:
                notes.append(f"evidence named: {a.evidence}")
    if a.reason and a.new_due is None:
        notes.append(f"reason given with no new date: {a.reason}")
    entry = HistoryEntry(
        date=day,
        event=UPDATE,
        by=a.owner,
        round=a.round,
        progress=a.progress,
        text=a.text,
        note="; ".join(notes) or None,
    )
    r = r.with_changes(history=(*r.history, entry))
    if a.new_due is not None:
        old = r.due
        r = lc.revise_due(r, day, a.new_due, a.reason or "", by=a.owner)
        effects.append(f"target {old or 'none'} → {a.new_due}")
    linked = False
    if url or path:
        link = url or path or ""
        if not any(e.link == link for e in r.evidence):
            r = lc.add_evidence(r, day, a.evidence or link, url=url, path=path, by=a.owner)
            effects.append("evidence linked")
        linked = True
    starts = meaning in ("on-track", "slipped", "achieved")
    if starts and (r.status == Status.ACCEPTED or (r.status == Status.AGREED and r.kind == "action")):
        r = lc.set_status(r, Status.IN_PROGRESS, day, by=a.owner)
        effects.append(f"{record.status} → in-progress")
    proposed = False
    if meaning == "achieved":
        if linked and r.status == Status.IN_PROGRESS:
            r = lc.set_status(r, Status.IMPLEMENTED, day, by=a.owner)
            effects.append("→ implemented (evidence given)")
        else:
            proposed = True
            why = "no evidence linked" if not linked else f"it is {r.status}"
            effects.append(f"proposed for closure ({why})")
    return Change(a, record, r, tuple(effects), proposed)


def evidence_finder(root: Path) -> Callable[[str], str | None]:
    """A document name as a path in the repository, when a file of that name (or path) is there."""

    def find(name: str) -> str | None:
        name = name.strip().strip('"')
        for candidate in (root / name, root / "evidence" / name):
            try:
                target = candidate.resolve()
            except OSError:
                continue
            if target.is_file() and target.is_relative_to(root.resolve()):
                return target.relative_to(root.resolve()).as_posix()
        return None

    return find


def summary_counts(p: Plan) -> dict[str, int]:
    owners = {c.answer.owner for c in p.changes}
    return {
        "updates": len(p.changes),
        "owners": len(owners),
        "targets_moved": sum(1 for c in p.changes if c.answer.new_due is not None),
        "proposed_for_closure": sum(1 for c in p.changes if c.proposed),
        "implemented": sum(1 for c in p.changes if c.after.status == Status.IMPLEMENTED != c.before.status),
        "conflicts": len(p.conflicts),
        "already": len(p.already),
        "not_applied": len(p.problems),
    }


def since_sent(c: Conflict) -> list[str]:
    """The history entries added to the record after it was sent, one line each."""
    return [
        f"{h.date} {h.event}"
        + (f" by {h.by}" if h.by else "")
        + (f": {one_line(h.text or h.note or h.reason)}" if (h.text or h.note or h.reason) else "")
        for h in c.now.history[c.entries :]
    ]


# ------------------------------------------------------------------------------ files

MAX_WORKBOOK_BYTES = 20_000_000


def read_book(path: Path) -> Book:
    """A returned workbook's sheets as rows of cells, hidden sheets too, read by the reader `import
    tracker` uses (sheets.read_tracker: .xlsx or .ods, as Excel or LibreOffice saved it, bounded
    before anything is unpacked); a ScrutrackError naming the file when it cannot be read."""
    from scrutrack.files import ReadRefused, read_bytes
    from scrutrack.sheets import read_tracker

    try:
        data = read_bytes(path, MAX_WORKBOOK_BYTES)
    except FileNotFoundError:
        raise ScrutrackError(f"{path}: no such file") from None
    except (OSError, ReadRefused) as exc:
        raise ScrutrackError(f"{path} cannot be read ({exc})") from None
    book = read_tracker(data, path.name)
    if book.kind not in ("Excel workbook", "OpenDocument spreadsheet"):
        raise ScrutrackError(f"{path.name} is not an .xlsx or .ods workbook; ask the owner to save it as .xlsx")
    return {s.name or "": s.rows for s in book.sheets}
