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
from scrutrack.responsewords import FIELDS, HEADINGS, LOOKUP, heading_field, outcome_in, read_timescale
from scrutrack.trackerwords import norm

HEADER_ROWS = 4  # the headings are in one of a table's first rows (a title or a group row may come first)


class Cells(NamedTuple):
    """A table as a reader gives it: its place for messages and its rows of cell texts."""

    name: str  # "response.docx, table 2", "plan.xlsx, sheet 'Action plan'"
    rows: list[list[str]]
    paragraphs: bool = False  # made from labelled paragraphs (paragraph_rows): its rows are named by recommendation

    def where(self, row: int, header: int) -> str:
        """A row's place for messages: 'table 2, row 5', or 'recommendation 3' for paragraphs."""
        return f"{self.name}, recommendation {row - header - 1}" if self.paragraphs else f"{self.name}, row {row}"


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


# A label opening a paragraph: 'Recommendation 3:', 'Cabinet response –', 'Lead officer:', or a
# short line that is only a label ('Recommendation 3', 'Response'); its number, then what follows.
_LABEL = re.compile(r"([A-Za-z][\w’'&/() ]{0,48}?)(?:\s+(\d{1,3}[a-z]?))?\s*(?::|\s[-–—]\s|\.?$)\s*(.*)", re.S)
_HEADING_ROW = {f: HEADINGS[f][0] for f in FIELDS}  # the heading a field is written under ('no', 'recommendation', ...)


def _label(text: str, heading: bool) -> tuple[str | None, str, str]:
    """A paragraph's label as a response field, its number and the text after it; (None, '', text)
    for a paragraph that opens with no label, ('', '', text) for a label that names no field. A
    line of only a label counts as one in a heading (or bold), or as 'Recommendation 3'."""
    m = _LABEL.match(text)
    words = len(m[1].split()) if m else 0
    # a heading the list names may be long ('Response of the Cabinet Member'); one known by its kin
    # is short, so that a sentence with a colon in a response ('Officers will report: ...') runs on
    if m is None or words > 6 or (words > 3 and norm(m[1]) not in LOOKUP):
        return None, "", text
    fld = heading_field(m[1])
    bare = m.end(2 if m[2] else 1) == len(text.rstrip(". "))  # a line of only a label, no colon
    if bare and not heading and not (m[2] and fld in ("recommendation", "ref")):  # 'Not agreed': text
        return None, "", text
    return fld or "", m[2] or "", m[3].strip()


def paragraph_rows(paragraphs: Sequence[tuple[str, bool]]) -> list[list[str]]:
    """A response written as labelled paragraphs, not a table ('Recommendation 1: ...', 'Cabinet
    response: Accepted. ...', 'Lead officer: ...', 'Timescale: ...'; a label may stand on its own
    line above its text), as the rows of a table with its heading row: a row per recommendation
    label, each field the text after its label and the paragraphs that follow it. `paragraphs` are
    (text, whether it is a heading) in order; [] when there is no such response."""
    rows: list[dict[str, str]] = []
    current: str | None = None
    for text, heading in paragraphs:
        fld, number, rest = _label(text.strip(), heading)
        if fld == "recommendation" or (fld == "ref" and number):  # 'Recommendation 3:', 'Rec 3 –'
            rows.append({"ref": number, "recommendation": rest})
            current = "recommendation"
        elif fld in _HEADING_ROW and rows:
            current = fld
            rows[-1][fld] = f"{rows[-1].get(fld, '')} {rest}".strip()
        elif fld is None and current is not None and not heading:  # the label's text runs on
            rows[-1][current] = f"{rows[-1][current]}\n\n{text.strip()}".strip()
        else:  # a label scrutrack does not keep ('Financial implications:'), or a heading: its text is not ours
            current = None
    rows = [r for r in rows if r["recommendation"] and ("outcome" in r or "response" in r)]
    if not rows:
        return []
    fields = [f for f in FIELDS if any(r.get(f) for r in rows)]
    return [[_HEADING_ROW[f] for f in fields]] + [[r.get(f, "") for f in fields] for r in rows]


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
                    where=table.where(i, columns.header),
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
                where=table.where(i, columns.header),
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
