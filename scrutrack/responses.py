"""The executive's response table, read into a plan (row -> record -> outcome, target, owner) and applied.

A response arrives as a table in a Cabinet report (Word, PDF, a saved page) or a workbook. Its
columns are found by their headings (responsewords), each row is placed on the records it answers
(matching), and the plan says for each row what will happen: applied, already there, to check
(an uncertain match), not placed, or not possible (and why). Applying writes each response through
the lifecycle's own `respond` (and `assign` for the lead officer), as `scrutrack respond` does, so
the history is the same whichever way a response came in; importing the same table again finds
every response already there and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from scrutrack import lifecycle as lc
from scrutrack import matching
from scrutrack.model import TERMINAL, Kind, Outcome, Record, Status, normalize_text, one_line, outcome_name
from scrutrack.responsewords import FIELDS, heading_field, norm, outcome_in, read_timescale

HEADER_ROWS = 4  # the headings are in one of a table's first rows (a title or a group row may come first)


class Cells(NamedTuple):
    """A table as a reader gives it: its place for messages and its rows of cell texts."""

    name: str  # "response.docx, table 2", "plan.xlsx, sheet 'Action plan'"
    rows: list[list[str]]


class Columns(NamedTuple):
    header: int  # the headings' row (0 = the table's first)
    fields: dict[str, int]  # field -> column
    headings: list[str]
    ignored: list[str]  # headings that map to nothing scrutrack keeps


def _filled(row: Sequence[str]) -> list[str]:
    return [c.strip() for c in row if c.strip()]


def find_columns(rows: Sequence[Sequence[str]]) -> Columns | None:
    """The heading row and what each column holds; None if the table is not a response table
    (it needs the recommendation, or its number, and a decision or a response)."""
    best: Columns | None = None
    for i, row in enumerate(rows[:HEADER_ROWS]):
        fields: dict[str, int] = {}
        ignored = []
        for n, heading in enumerate(row):
            fld = heading_field(heading)
            if fld in FIELDS and fld not in fields:
                fields[fld] = n
            elif heading.strip():
                ignored.append(one_line(heading))
        says_which = "recommendation" in fields or "ref" in fields
        says_what = "outcome" in fields or "response" in fields
        if says_which and says_what and (best is None or len(fields) > len(best.fields)):
            best = Columns(i, fields, [one_line(h) for h in row], ignored)
    return best


class ResponseRow(NamedTuple):
    """One row of a response table, read."""

    where: str  # "response.docx, table 1, row 4"
    ref: str
    recommendation: str
    outcome: str | None  # one of responsewords.OUTCOMES
    outcome_words: str  # the words that said it
    response: str
    action: str
    lead: str
    timescale: str
    due: dt.date | None
    group: str = ""  # the heading row above it ("Communicating with residents"), if any
    shared: str = ""  # "row 4": its response cells are merged with that row's

    @property
    def text(self) -> str:
        """The response as it is recorded: its words, then the action agreed."""
        parts = [p for p in (self.response.strip(), self.action.strip()) if p]
        if len(parts) == 2 and self.action.strip() not in self.response:
            return f"{parts[0]}\n\nAction: {parts[1]}"
        return parts[0] if parts else self.outcome_words


_ANSWER = ("outcome", "response", "action", "lead", "timescale")


def _is_heading_row(row: Sequence[str], width: int, columns: Columns) -> bool:
    """A row that heads a group of rows ('Money and maintenance', a committee's name): one text,
    across the table (a cell merged across: given once, or repeated), alone in a column that is
    not the recommendation's, or too short to be a recommendation ('Place Scrutiny, 11 March 2025')."""
    filled = _filled(row)
    if len(set(filled)) != 1:
        return False
    if len(row) < width or len(filled) > 1:
        return True
    at = next(n for n, c in enumerate(row) if c.strip())
    if at != columns.fields.get("recommendation"):
        return True
    text = filled[0]
    return len(text.split()) <= 12 and not text.rstrip().endswith((".", ";")) and not re.match(r"(?i)that\b", text)


def read_rows(table: Cells, decided: dt.date) -> tuple[list[ResponseRow], Columns | None]:
    """The table's rows after its headings, read by column. A row whose answer cells are empty
    shares the row above's (Word's and a page's cells merged down over several recommendations)."""
    columns = find_columns(table.rows)
    if columns is None:
        return [], None
    width = len(table.rows[columns.header])
    out: list[ResponseRow] = []
    group = ""
    for i, row in enumerate(table.rows[columns.header + 1 :], start=columns.header + 2):
        if not _filled(row):
            continue
        if _is_heading_row(row, width, columns):
            group = one_line(_filled(row)[0])
            continue

        def cell(fld: str, row: list[str] = row) -> str:
            n = columns.fields.get(fld)
            return row[n].strip() if n is not None and n < len(row) else ""

        if [cell(f) for f in _ANSWER] == [""] * len(_ANSWER) and out:
            above = out[-1]
            out.append(
                above._replace(
                    where=f"{table.name}, row {i}",
                    ref=cell("ref"),
                    recommendation=cell("recommendation"),
                    group=group,
                    shared=above.shared or above.where.rpartition(", ")[2],
                )
            )
            continue
        said = outcome_in(cell("outcome")) or outcome_in(cell("response"))
        timescale = read_timescale(cell("timescale"), decided)
        out.append(
            ResponseRow(
                where=f"{table.name}, row {i}",
                ref=cell("ref"),
                recommendation=cell("recommendation"),
                outcome=said.outcome if said else None,
                outcome_words=said.words if said else "",
                response=cell("response") or cell("outcome"),
                action=cell("action"),
                lead=one_line(cell("lead")),
                timescale=one_line(cell("timescale")),
                due=timescale.due,
                group=group,
            )
        )
    return out, columns


# ------------------------------------------------------------------------------ the plan

APPLY, ALREADY, CHECK, UNPLACED, CANNOT = "apply", "already", "check", "not placed", "cannot"


class Step(NamedTuple):
    """What the import does with one row."""

    row: ResponseRow
    match: matching.Match
    action: str  # APPLY, ALREADY, CHECK, UNPLACED or CANNOT
    why: str = ""


_AWAITING = frozenset({Status.AGREED, Status.REFERRED})


def candidates(records: Sequence[Record], decided: dt.date) -> list[Record]:
    """The records a response decided on that day may answer: recommendations agreed by then that
    await a response (or were never referred: the plan says to refer them first), or were answered
    in the year before (a second import of the same table finds its responses there; a row
    answering one answered already, on another day, is named as such rather than left unplaced)."""
    year_before = decided - dt.timedelta(days=366)
    return [
        r
        for r in records
        if r.kind == Kind.RECOMMENDATION
        and r.meeting <= decided
        and (r.status in _AWAITING or (r.response is not None and year_before <= r.response.date <= decided))
    ]


def _candidate(r: Record) -> matching.Candidate:
    return matching.Candidate(r.id, r.committee, r.meeting, int(r.id.rpartition("-")[2]), r.text)


def already(record: Record, row: ResponseRow, decided: dt.date) -> bool:
    r = record.response
    return r is not None and r.date == decided and outcome_name(r.outcome) == row.outcome


def _cannot(record: Record, row: ResponseRow, decided: dt.date) -> str:
    """Why this row's response cannot be recorded on the record ('' when it can)."""
    if row.outcome is None:
        return "no outcome found (Accepted, Accepted in part, Accepted in principle, Rejected, Noted)"
    if record.status != Status.REFERRED:
        answered = record.response
        if answered is not None:
            return f"{record.id} was already answered on {answered.date} ({answered.outcome}); nothing changed"
        return (
            f"{record.id} is '{record.status}', not referred; refer it first (scrutrack refer {record.id} --date ...)"
        )
    if row.outcome == "rejected" and norm(row.text) in ("", norm(row.outcome_words)):
        return "a rejection needs its reason, and the row gives none"
    last = record.history[-1].date if record.history else record.meeting
    if decided < last:
        return f"{record.id}'s history runs to {last}, after the decision on {decided}"
    return ""


def plan(
    rows: Sequence[ResponseRow], records: Sequence[Record], decided: dt.date, agreed: dt.date | None = None
) -> list[Step]:
    """Each row placed and judged (see Step)."""
    pool = candidates(records, decided)
    by_id = {r.id: r for r in pool}
    matches = matching.place(
        [matching.Row(r.ref, r.recommendation) for r in rows], [_candidate(r) for r in pool], agreed
    )
    steps = []
    for row, m in zip(rows, matches, strict=True):
        if not m.placed:
            steps.append(Step(row, m, UNPLACED, m.uncertain))
        elif m.uncertain:
            steps.append(Step(row, m, CHECK, m.uncertain))
        else:
            steps.append(_judge(row, m, by_id, decided))
    return steps


def _judge(row: ResponseRow, m: matching.Match, by_id: dict[str, Record], decided: dt.date) -> Step:
    """A placed row: applied to the records that do not have its response yet, if it can be."""
    todo = [i for i in m.ids if not already(by_id[i], row, decided)]
    if not todo:
        return Step(row, m, ALREADY)
    why = next((w for i in todo if (w := _cannot(by_id[i], row, decided))), "")
    return Step(row, m, CANNOT if why else APPLY, why)


def confirm(step: Step, ids: tuple[str, ...], records: Sequence[Record], decided: dt.date) -> Step:
    """A step whose records the officer chose (`--edit`): applied if the response can be recorded."""
    by_id = {r.id: r for r in records}
    match = step.match._replace(ids=ids, how="officer", uncertain="")
    if not ids:
        return Step(step.row, match, UNPLACED, "left out by the officer")
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        return Step(step.row, match, CANNOT, f"no record {', '.join(unknown)}")
    return _judge(step.row, match, by_id, decided)


def respond(record: Record, row: ResponseRow, decided: dt.date, source: str, by: str | None = None) -> Record:
    """The record with the row's response recorded (and its lead as owner), as `respond` and `assign` do;
    the record as it is if it has that response already (another import got there first)."""
    if already(record, row, decided):
        return record
    outcome = row.outcome or ""
    accepting = outcome not in (Outcome.REJECTED, Outcome.NOTED)
    due = row.due if accepting and row.due is not None and row.due >= record.meeting else None
    note = f"from {source}"
    changed = lc.respond(record, decided, outcome, normalize_text(row.text), due=due, by=by, note=note)
    lead = row.lead.strip()
    if (
        lead
        and lead not in ("-", "–", "—", "n/a", "N/A")
        and lead != changed.owner
        and changed.status not in (*TERMINAL, Status.REJECTED)
    ):
        changed = lc.assign(changed, decided, lead, by=by, note=f"lead officer in the response ({source})")
    return changed


# ------------------------------------------------------------------------------ --edit

EDIT_HEAD = """\
# scrutrack import response: which records each row of the table answers.
# After "->" put the record IDs the row answers (several: separated by commas; none: -).
# A row marked "?" is uncertain: it is applied only if you remove the "?".
# Lines starting with # are ignored. Save and close to go on; empty the file to stop.
"""
_EDIT_LINE = re.compile(r"^\s*row\s+(\d+)\s*->\s*(\?)?\s*([^#]*?)\s*(?:#.*)?$", re.IGNORECASE)


def edit_text(steps: Sequence[Step]) -> str:
    lines = [EDIT_HEAD]
    for n, s in enumerate(steps, 1):
        ids = ", ".join(s.match.ids) or "-"
        mark = "? " if s.action == CHECK else ""
        what = s.why or s.action
        said = one_line(s.row.ref + " " + s.row.recommendation)[:70]
        lines.append(f"row {n} -> {mark}{ids}    # {what} | {said}")
    return "\n".join(lines) + "\n"


def read_edit(text: str, steps: Sequence[Step], records: Sequence[Record], decided: dt.date) -> list[Step]:
    """The steps as the officer left them: changed IDs confirmed, '?' rows left out, others as they were."""
    from scrutrack.errors import InvalidInput

    if not text.strip() or all(line.lstrip().startswith("#") for line in text.splitlines() if line.strip()):
        raise InvalidInput("the edited plan is empty; nothing was imported")
    out = list(steps)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _EDIT_LINE.match(line)
        if not m or not 1 <= int(m[1]) <= len(steps):
            raise InvalidInput(f"line {number} of the edited plan is not 'row N -> ID, ...': {one_line(line)[:60]}")
        n, unsure, given = int(m[1]), m[2], m[3].strip()
        step = steps[n - 1]
        ids = tuple(i.strip().lower() for i in given.split(",") if i.strip() and i.strip() != "-")
        if unsure:
            out[n - 1] = step if step.action == CHECK else step._replace(action=CHECK, why="marked uncertain")
        elif ids != step.match.ids or step.action == CHECK:
            out[n - 1] = confirm(step, ids, records, decided)
    return out
