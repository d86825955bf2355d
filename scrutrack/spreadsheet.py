"""Spreadsheet trackers as CSV: messy files read into records, and records written out safely (pure, no I/O).

Reading accepts what councils' trackers really are: UTF-8 with or without a BOM, or Windows-1252;
comma, semicolon or tab separated; title rows above the headings; headings in any case with the
usual synonyms; British dates; status words of their own. Every cell of every row is checked and
every problem reported (row numbers as a spreadsheet shows them, the column by its heading)
before the caller writes anything.

Writing puts one record on a row with the columns reading takes back, so export then import gives
the same records. A cell that a spreadsheet would run as a formula (it begins with = + - @, a tab
or a carriage return) is written with a leading apostrophe, and reading removes exactly that.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from scrutrack.dates import add_period, find_date, parse_imported_date
from scrutrack.errors import InvalidInput
from scrutrack.model import FIELDS as RECORD_FIELDS
from scrutrack.model import (
    ID_RE,
    OUTCOMES,
    RESPONSE_ORDER,
    STATUSES,
    Outcome,
    Record,
    evidence_to_dict,
    history_date_keys,
    history_to_dict,
    normalize_text,
    record_from_dict,
    safe,
)

# The columns `export csv` writes and `import csv` reads back, in order: the record's fields that
# model.FIELDS marks exported, in their canonical order, the response spread over three columns.
EXPORT_COLUMNS = tuple(
    column
    for f in RECORD_FIELDS
    if f.export
    for column in (tuple(f"response_{k}" for k in RESPONSE_ORDER) if f.type == "response" else (f.name,))
)
FIELDS = (*EXPORT_COLUMNS, "number", "note")
IGNORE = ("-", "ignore", "none")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("record id", "scrutrack id"),
    "committee": ("sub committee", "committee name", "scrutiny committee"),
    "meeting": (
        "meeting date",
        "date of meeting",
        "date",
        "committee date",
        "date of committee",
        "date agreed",
        "meeting held",
        "date of recommendation",
        "date raised",
    ),
    "item": ("agenda item", "item title", "subject", "topic", "report", "title", "report title"),
    "kind": ("type", "recommendation type"),
    "status": ("current status", "progress status", "state", "status update"),
    "addressed_to": (
        "to",
        "referred to",
        "addressed",
        "recipient",
        "directed to",
        "responsible body",
        "cabinet member",
        "for",
        "for action by",
        "recommendation made to",
        "recommendations made to",
        "made to",
    ),
    "owner": (
        "lead officer",
        "lead officer em",
        "responsible officer",
        "officer",
        "lead",
        "action owner",
        "responsible",
        "officer responsible",
        "owner officer",
    ),
    "themes": ("theme",),
    "referred": ("date referred", "referral date", "date sent", "sent to cabinet", "referred on"),
    "response_due": ("response due date", "response deadline", "response required by", "response by"),
    "due": (
        "due date",
        "target date",
        "deadline",
        "target",
        "completion date",
        "implementation date",
        "target completion date",
        "timescale",
        "by when",
        "date due",
    ),
    "review": ("review date", "next review", "follow up date", "follow up", "next update"),
    "text": (
        "recommendation",
        "recommendations",
        "recommendation s",
        "recommendation text",
        "recommendation made",
        "recommendations made",
        "wording",
        "description",
    ),
    "response_date": (
        "date of response",
        "date responded",
        "exec response date",
        "executive response date",
        "cabinet response date",
        "response received",
    ),
    "response_outcome": (
        "outcome",
        "decision",
        "exec decision",
        "executive decision",
        "accepted rejected",
        "accepted or rejected",
        "accepted",
        "accepted y n",
        "accepted yes no",
        "accepted yes no in part",
        "agreed y n",
    ),
    "response_text": (
        "response",
        "exec response",
        "executive response",
        "cabinet response",
        "cabinet member response",
        "response from cabinet",
        "executive response text",
    ),
    "number": ("no", "number", "rec no", "recommendation no", "recommendation number", "n", "rec number"),
    "note": (
        "notes",
        "comments",
        "comment",
        "progress",
        "update",
        "progress update",
        "latest update",
        "officer comments",
        "progress notes",
        "officer update",
    ),
    "evidence": ("evidence link", "evidence links", "link", "links", "url", "evidence url"),
    "history": (),
}
SYNONYMS = {h: f for f, names in _SYNONYMS.items() for h in names}
SYNONYMS.update({f.replace("_", " "): f for f in FIELDS})  # every field by its own name, e.g. "addressed to"
SYNONYMS["#"] = "number"

# Status words in trackers -> (status, the response outcome the word implies).
STATUS_WORDS: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(
        (
            "agreed",
            "new",
            "not started",
            "not yet started",
            "not yet referred",
            "awaiting referral",
            "to do",
            "to be referred",
        ),
        ("agreed", None),
    ),
    **dict.fromkeys(
        (
            "referred",
            "sent",
            "sent to cabinet",
            "awaiting response",
            "response awaited",
            "awaiting cabinet response",
            "awaiting executive response",
            "with cabinet",
            "submitted",
            "referred to cabinet",
            "awaiting response from cabinet",
            "awaiting cabinet decision",
            "awaiting executive decision",
        ),
        ("referred", None),
    ),
    **dict.fromkeys(
        (
            "accepted",
            "agreed by cabinet",
            "accepted by cabinet",
            "agreed by executive",
            "accepted by executive",
            "approved",
        ),
        ("accepted", "accepted"),
    ),
    **dict.fromkeys(
        ("partially accepted", "partly accepted", "accepted in part", "partially agreed"),
        ("accepted", "partially-accepted"),
    ),
    **dict.fromkeys(
        (
            "rejected",
            "not accepted",
            "declined",
            "refused",
            "not agreed",
            "rejected by cabinet",
            "rejected by executive",
        ),
        ("rejected", "rejected"),
    ),
    **dict.fromkeys(
        (
            "in progress",
            "ongoing",
            "on going",
            "underway",
            "under way",
            "started",
            "in hand",
            "on track",
            "partially implemented",
            "partly implemented",
            "partially complete",
            "partly complete",
            "partially completed",
            "partially achieved",
            "progressing",
        ),
        ("in-progress", None),
    ),
    **dict.fromkeys(
        ("implemented", "complete", "completed", "done", "delivered", "achieved", "actioned"), ("implemented", None)
    ),
    **dict.fromkeys(("closed", "signed off", "completed and closed", "complete and closed"), ("closed", None)),
    **dict.fromkeys(
        ("withdrawn", "no longer required", "no longer relevant", "cancelled", "canceled", "dropped"),
        ("withdrawn", None),
    ),
    **dict.fromkeys(("superseded", "replaced"), ("superseded", None)),
    # An "Accepted?" column used as the status: Yes / No / In part.
    **dict.fromkeys(("yes", "y"), ("accepted", "accepted")),
    **dict.fromkeys(("no", "n"), ("rejected", "rejected")),
    **dict.fromkeys(("in part", "partly", "partially"), ("accepted", "partially-accepted")),
}
OUTCOME_WORDS: dict[str, str] = {
    **dict.fromkeys(("accepted", "accept", "agreed", "yes", "y", "approved"), "accepted"),
    **dict.fromkeys(
        (
            "partially accepted",
            "partly accepted",
            "accepted in part",
            "partial",
            "partially",
            "partly",
            "partially agreed",
            "in part",
        ),
        "partially-accepted",
    ),
    **dict.fromkeys(("rejected", "not accepted", "declined", "no", "n", "refused", "not agreed"), "rejected"),
}
KIND_WORDS = {
    **dict.fromkeys(("recommendation", "rec", "r", "recommendation to cabinet"), "recommendation"),
    **dict.fromkeys(("action", "officer action", "a", "information request", "request"), "action"),
}
# A RAG rating after a status word: "Complete (Green)", "In progress - Amber", "Ongoing - on track".
_RAG = re.compile(r"\s*(?:[-–—:/]\s*|\(\s*)(?:green|amber|red|on\s+track|off\s+track)\s*\)?\s*$", re.IGNORECASE)
_EMPTY = frozenset({"", "-", "–", "—", "n/a", "na"})
_EMPTY_DATE = _EMPTY | {"tbc", "tba", "none", "ongoing", "not applicable", "?", "n a"}


# CSV cell safety (OWASP "CSV injection"): applied by every CSV writer, undone by `import csv`.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula (OWASP CSV injection): prefix an apostrophe.

    A cell that already looks escaped (apostrophes, then a formula character) gets one more, so
    `restore` gives back exactly what was written.
    """
    return "'" + cell if cell.lstrip("'").startswith(_FORMULA_START) else cell


def restore(cell: str) -> tuple[str, bool]:
    """Undo `neutralise`: the cell's value, and whether it was escaped (so taken exactly as written)."""
    if cell.startswith("'") and cell.lstrip("'").startswith(_FORMULA_START):
        return cell[1:], True
    return cell, False


def norm(word: str) -> str:
    """A heading or status word compared loosely: case, punctuation, '&' and spacing do not count."""
    word = word.replace("&", " and ").replace("’", "'").lower()
    return re.sub(r"[^a-z0-9#]+", " ", word).strip()


_FOOTNOTE = re.compile(
    r"(?:\s*(?:\[[^\]]{1,6}\]|\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+))+\s*$", re.IGNORECASE
)


def heading_key(heading: str) -> str:
    """A column heading compared loosely, footnote markers ('Recommendation[i]', 'Status*', 'Date (1)') left off,
    and a note in brackets after a heading that means nothing without it ('Target date (dd/mm/yy)',
    'Recommendation (as agreed by the Committee)'); not a RAG rating ('Status (RAG)' is its own column)."""
    key = norm(_FOOTNOTE.sub("", heading)) or norm(heading)
    if key not in SYNONYMS:
        m = re.fullmatch(r"(.+?)\s*\(([^()]*)\)\s*", _FOOTNOTE.sub("", heading))
        if m and norm(m[1]) in SYNONYMS and norm(m[2]) not in ("rag", "red amber green"):
            return norm(m[1])
    return key


# ------------------------------------------------------------------------------ cells


# ------------------------------------------------------------------------------ reading


@dataclass
class Table:
    name: str
    headings: list[str]
    header_row: int  # the headings' row as a spreadsheet numbers it (1 = the first)
    rows: list[tuple[int, list[str]]]
    meeting: tuple[int, str] | None = None  # a 'Meeting Date: ...' line above the headings: (row, the date)
    notes: list[int] = field(default_factory=list)  # rows of notes below the table, left out
    # Rows that head a group of rows with its meeting ("Meeting: 12 March 2019" in the first cell):
    # each data row -> (the heading row, its text).
    groups: dict[int, tuple[int, str]] = field(default_factory=dict)


_SHEET_MEETING = re.compile(
    r"(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|meeting\s+held\s+on|meeting)\s*[:\-–]?\s*(.+)$", re.IGNORECASE
)


def _delimiter(text: str) -> str:
    first = next((line for line in text.split("\n") if line.strip()), "")
    first = re.sub(r'"[^"]*"', "", first)
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _note(row: list[str]) -> bool:
    """A footnote under the table ('[i] as worded in the minutes', '* see note'): one cell, starting with its mark."""
    filled = [c.strip() for c in row if c.strip()]
    return len(filled) == 1 and bool(re.match(r"(?:\[[^\]]{1,6}\]|\*+|†|\(\d{1,2}\))\s", filled[0]))


def read_table(text: str, name: str, known: Iterable[str] = ()) -> Table:
    """Rows of CSV text; the heading row is the first (of the top ten) naming at least two fields."""
    delimiter = _delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InvalidInput(f"{name} is not readable CSV ({exc})") from None
    _check_quotes(text, name, delimiter, rows)
    extra = {norm(k) for k in known}

    def hits(row: list[str]) -> int:
        return sum(1 for c in row if heading_key(c) in SYNONYMS or heading_key(c) in extra)

    header = next((i for i, row in enumerate(rows[:10]) if hits(row) >= 2), None)
    if header is not None:
        # Merged headings leave a row of group names above the real ones ("Meeting,,Response,,"):
        # of this row and the next two, the headings are the row that names the most fields.
        following = [i for i in range(header + 1, min(header + 3, len(rows))) if any(c.strip() for c in rows[i])]
        header = max([header, *following], key=lambda i: (hits(rows[i]), -i))
    if header is None:
        header = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), None)
    if header is None:
        raise InvalidInput(f"{name} is empty; export the tracker with its heading row")
    headings = [c.strip() for c in rows[header]]
    body = [(i + 1, row) for i, row in enumerate(rows) if i > header and any(c.strip() for c in row) and not _note(row)]
    notes = _notes_below(rows, header)
    body = [(n, row) for n, row in body if n not in notes]
    groups: dict[int, tuple[int, str]] = {}
    current: tuple[int, str] | None = None
    rows_left: list[tuple[int, list[str]]] = []
    for n, row in body:
        heading = _group_heading(row)
        if heading is not None:
            current = (n, heading)
            continue
        if current is not None:
            groups[n] = current
        rows_left.append((n, row))
    body = rows_left
    meeting = None
    for i, row in enumerate(rows[:header]):
        m = _SHEET_MEETING.search(" ".join(c.strip() for c in row if c.strip()))
        if m and re.search(r"\d", m[1]):
            meeting = (i + 1, m[1].strip())
    return Table(name, headings, header + 1, body, meeting, sorted(notes), groups)


def _check_quotes(text: str, name: str, delimiter: str, rows: list[list[str]]) -> None:
    """A quote that opens a cell and never closes takes every row after it into that cell: refused,
    naming the row, rather than importing one record made of the rest of the file."""
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" not in str(exc) or not rows:
            return  # a stray quote inside a cell ('5" pipe') is read as it stands
        raise InvalidInput(
            f'{name} row {len(rows)}: a quote (") opens a cell and never closes, so every row after it would be '
            "read into that cell; close the quote or remove it, or save the sheet as CSV again"
        ) from None


def _group_heading(row: list[str]) -> str | None:
    """The text of a row that heads the rows of one meeting: one cell, a date, few other words
    ('Meeting: 12 March 2019', 'Cabinet - 12/03/19', '4 June 2019'), not a sentence."""
    filled = [c.strip() for c in row if c.strip()]
    if len(filled) != 1 or not row[0].strip():
        return None  # a group's heading sits in the first column (merged across the row)
    text = filled[0]
    try:
        found = find_date(text)
    except InvalidInput:
        return text if _SHEET_MEETING.match(text) else None  # a bad date: read, and reported, as the date
    if found is None or text.endswith((".", ";", "?", "!")) or re.match(r"that\b", text, re.IGNORECASE):
        return None
    start, end = found[2]
    other = re.sub(r"\b(?:meeting|date|held|on|of)\b|[^\w]", " ", text[:start] + text[end:], flags=re.IGNORECASE)
    return text if len(other.split()) <= 4 else None


def _notes_below(rows: list[list[str]], header: int) -> set[int]:
    """Rows of notes under the table ('Key: Complete = ...', 'Source: ...'): one cell each, below a blank
    row that follows the last row of data, and not footnotes (those are left out already). Row numbers."""

    def filled(row: list[str]) -> int:
        return sum(1 for c in row if c.strip())

    data = [i for i in range(header + 1, len(rows)) if filled(rows[i]) >= 2]
    if not data:
        return set()
    last = data[-1]
    below = list(range(last + 1, len(rows)))
    blank = next((i for i in below if filled(rows[i]) == 0), None)
    if blank is None:
        return set()
    return {i + 1 for i in below if i > blank and filled(rows[i]) == 1 and not _note(rows[i])}


def map_columns(
    table: Table, overrides: Sequence[str], meeting_known: bool = False
) -> tuple[dict[str, int], list[str]]:
    """Field -> column index, and the headings ignored. `overrides` are 'COLUMN=field' from --map.

    `meeting_known`: the date of every row is given (--meeting, or a line above the headings).
    """
    by_heading = {heading_key(h): i for i, h in reversed(list(enumerate(table.headings))) if h}
    by_heading.update({norm(h): i for i, h in reversed(list(enumerate(table.headings))) if h})
    chosen: dict[int, str | None] = {}
    for spec in overrides:
        column, sep, target = spec.rpartition("=")
        column, target = column.strip(), target.strip().lower().replace(" ", "_")
        if not sep or not column:
            raise InvalidInput(f"--map '{spec}' is not COLUMN=field, e.g. --map 'Lead Officer/EM=owner'")
        if target not in FIELDS and target not in IGNORE:
            raise InvalidInput(
                f"--map '{spec}': '{target}' is not a field; fields: {', '.join(FIELDS)} (or '-' to ignore)"
            )
        idx = by_heading.get(norm(column), by_heading.get(heading_key(column)))
        if idx is None:
            shown = ", ".join(f"'{h}'" for h in table.headings if h)
            raise InvalidInput(f"--map '{spec}': {table.name} has no column '{column}'; its columns: {shown}")
        chosen[idx] = None if target in IGNORE else target
    fields: dict[str, int] = {}
    ignored: list[str] = []
    for idx, heading in enumerate(table.headings):
        if not heading:
            continue
        fld = chosen[idx] if idx in chosen else SYNONYMS.get(heading_key(heading))
        if fld is None:
            if idx not in chosen:
                ignored.append(heading)
            continue
        if fld in fields:
            other = table.headings[fields[fld]]
            raise InvalidInput(
                f"{table.name}: columns '{other}' and '{heading}' both mean {fld}; "
                f"ignore one with --map '{heading}=-' or map it elsewhere"
            )
        fields[fld] = idx
    if "text" not in fields:
        shown = ", ".join(f"'{h}'" for h in table.headings if h)
        raise InvalidInput(
            f"{table.name}: no column holds the recommendation text (its columns: {shown}); "
            "name it with --map 'COLUMN=text'"
        )
    if "meeting" not in fields and "id" not in fields and not meeting_known:
        raise InvalidInput(
            f"{table.name}: no column holds the meeting date; name it with --map 'COLUMN=meeting', "
            "or give the date of every row with --meeting YYYY-MM-DD"
        )
    return fields, ignored


def parse_status_map(specs: Sequence[str]) -> dict[str, tuple[str, str | None]]:
    """--status-map 'WORD=status' entries, checked."""
    out: dict[str, tuple[str, str | None]] = {}
    for spec in specs:
        word, sep, status = spec.rpartition("=")
        status = status.strip().lower()
        if not sep or not word.strip():
            raise InvalidInput(f"--status-map '{spec}' is not WORD=status, e.g. --status-map 'Parked=withdrawn'")
        if status == "partially-accepted":
            out[norm(word)] = ("accepted", "partially-accepted")
            continue
        if status not in STATUSES:
            raise InvalidInput(f"--status-map '{spec}': '{status}' is not one of: {', '.join(STATUSES)}")
        implied = {"accepted": "accepted", "rejected": "rejected"}.get(status)
        out[norm(word)] = (status, implied)
    return out


@dataclass
class Context:
    """What reading rows needs from the repository and the command line."""

    source: str  # the file's name, as history records it
    today: dt.date
    committees: Mapping[str, str]  # slug -> full name
    committee: str | None = None
    status_map: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)
    response_periods: Mapping[str, str] = field(default_factory=dict)  # slug -> e.g. "2 months"
    meeting: dt.date | None = None  # the meeting of every row (--meeting, or the line above the headings)


@dataclass(frozen=True)
class Row:
    row: int
    record: Record


def _month_end(text: str) -> tuple[dt.date, bool] | None:
    """'March 2019', 'Mar-19' (Excel's mmm-yy): the month's last day, and whether the year had two digits."""
    m = re.fullmatch(r"([A-Za-z]+)\.?(?:,?\s+|-)(\d{4}|\d{2})", text)
    if not m:
        return None
    from scrutrack.dates import MONTHS

    month = MONTHS.get(m[1].lower())
    if month is None:
        return None
    year = int(m[2]) + (2000 if len(m[2]) == 2 else 0)
    return dt.date(year, month, calendar.monthrange(year, month)[1]), len(m[2]) == 2


def parse_cell_date(text: str, month_end: bool = False) -> dt.date:
    """A date as trackers hold it: ISO, 18/09/2018, 18 Sept 2018, 18-Sep-2018, with a time or not."""
    return read_cell_date(text, month_end)[0]


def read_cell_date(text: str, month_end: bool = False) -> tuple[dt.date, bool]:
    """parse_cell_date, and whether the year had two digits (Excel's 12/03/19, read as 20YY)."""
    v = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", text.strip())
    m = re.fullmatch(r"(\d{1,2})[-\s]([A-Za-z]+)\.?[-\s](\d+)", v)
    if m:
        v = f"{m[1]} {m[2]} {m[3]}"
    if month_end:
        end = _month_end(v)
        if end is not None:
            return end
    serial = re.fullmatch(r"(\d{5})(?:\.0+)?", v)
    if serial and 25000 <= int(serial[1]) <= 60000:
        # A date column Excel saved as its serial number (days since 30 December 1899): 43536 is
        # 12 March 2019. Nothing else in a date column is a five-digit number (1968 to 2064).
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(serial[1])), False
    return parse_imported_date(v, "date")


def _json_list(value: str, what: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(value)
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise InvalidInput(
            f"is not the {what} `scrutrack export csv` writes (a JSON list); "
            f"clear the cell, or ignore the column with --map"
        )
    return data


def _dated(
    entries: list[dict[str, Any]], keys: Iterable[str] | Callable[[object], Iterable[str]]
) -> list[dict[str, Any]]:
    """JSON entries with their date keys as dates; `keys` may depend on the entry's event."""
    out = []
    for e in entries:
        d = dict(e)
        wanted = set(keys(d.get("event")) if callable(keys) else keys)
        for k in wanted & d.keys():
            if isinstance(d[k], str):
                try:
                    d[k] = dt.date.fromisoformat(d[k])
                except ValueError:
                    raise InvalidInput(f"'{k}' '{d[k]}' is not a YYYY-MM-DD date") from None
        out.append(d)
    return out


def column_for(where: Sequence[str | int], columns: Mapping[str, str]) -> str | None:
    """The heading of the column a record Problem's place (e.g. ('response', 'date')) came from."""
    if not where:
        return None
    key = str(where[0])
    if key == "response":
        key = f"response_{where[1]}" if len(where) > 1 and isinstance(where[1], str) else "response_text"
    return columns.get(key) or (columns.get("status") if key == "history" else None)


class _RowReader:
    def __init__(self, table: Table, fields: Mapping[str, int], ctx: Context) -> None:
        self.table, self.fields, self.ctx = table, fields, ctx
        self.errors: list[str] = []
        self.columns = {f: table.headings[i] for f, i in fields.items()}
        self.numbers: dict[tuple[str, dt.date], int] = {}
        self.used: dict[str, int] = {}
        names = {norm(name): slug for slug, name in ctx.committees.items()}
        self.committee_names = {**names, **{norm(s): s for s in ctx.committees}}
        self.two_digit_years = 0
        self.unknown: dict[str, list[int]] = {}  # committee names the configuration lacks -> rows
        self.group_days: dict[int, dt.date] = {}  # heading row of a group -> its meeting
        for group_row, heading in sorted(set(table.groups.values())):
            try:
                found = find_date(heading, "meeting date")
            except InvalidInput as exc:
                self.errors.append(f"row {group_row}: {exc}")
                continue
            if found is not None:
                self.group_days[group_row] = found[0]
                self.two_digit_years += found[1]

    @property
    def plain(self) -> dict[str, Callable[[int, list[str], str], Any]]:
        """How a field of each simple type is read from its cell."""
        return {
            "line": lambda row, cells, name: self.line(cells, name),
            "text": lambda row, cells, name: self.long(cells, name),
            "date": lambda row, cells, name: self.date(row, cells, name),
        }

    def bad(self, row: int, fld: str | None, message: str) -> None:
        col = f", column '{self.columns[fld]}'" if fld and fld in self.columns else ""
        self.errors.append(f"row {row}{col}: {message}")

    def cell(self, cells: list[str], fld: str) -> tuple[str, bool]:
        idx = self.fields.get(fld)
        if idx is None or idx >= len(cells):
            return "", False
        value, escaped = restore(cells[idx])
        return (value, True) if escaped else (value.replace("\u00a0", " ").strip(), False)

    def line(self, cells: list[str], fld: str) -> str | None:
        value, escaped = self.cell(cells, fld)
        if not escaped and value.lower() in _EMPTY:
            return None
        return re.sub(r"\s*\n\s*", " ", value) if not escaped else value

    def long(self, cells: list[str], fld: str) -> str | None:
        value, escaped = self.cell(cells, fld)
        if not escaped and value.lower() in _EMPTY:
            return None
        return normalize_text(value) or None

    def date(self, row: int, cells: list[str], fld: str, month_end: bool = False) -> dt.date | None:
        value, escaped = self.cell(cells, fld)
        if not escaped and norm(value) in _EMPTY_DATE | {""}:
            return None
        try:
            day, short = read_cell_date(value, month_end)
            self.two_digit_years += short
            return day
        except InvalidInput as exc:
            self.bad(row, fld, str(exc))
            return None

    def word(self, row: int, cells: list[str], fld: str, words: Mapping[str, Any], what: str, hint: str) -> Any:
        value, _ = self.cell(cells, fld)
        if norm(value) in ("", "n a", "na"):
            return None
        found = words.get(norm(value))
        if found is None:  # "Complete (Green)", "In progress - on track": the word and its RAG rating
            found = words.get(norm(_RAG.sub("", value)))
        if found is None:
            self.bad(row, fld, f"unknown {what} '{value}'; {hint}")
        return found

    def read(self, row: int, cells: list[str]) -> Record | None:
        headings = len(self.table.headings)
        if len(cells) > headings and any(c.strip() for c in cells[headings:]):
            self.bad(
                row,
                None,
                f"has {len(cells)} cells but the heading row has {headings}; "
                "put quotes round text that contains the separator, or save the sheet as CSV again",
            )
            return None
        ctx = self.ctx
        before = len(self.errors)
        # committee
        committee = ctx.committee
        given = self.line(cells, "committee")
        if given is not None:
            slug = self.committee_names.get(norm(given))
            if slug is None:
                self.unknown.setdefault(given, []).append(row)
            elif committee is not None and slug != committee:
                self.bad(row, "committee", f"'{given}' is not the committee given with --committee ({committee})")
            committee = slug
        if committee is None and given is None:
            self.bad(row, "committee", "no committee; give --committee SLUG")
        # id and meeting
        meeting = ctx.meeting if ctx.meeting is not None else self.date(row, cells, "meeting")
        if meeting is None and ctx.meeting is None and row in self.table.groups:
            meeting = self.group_days.get(self.table.groups[row][0])  # the group's heading row
        number: int | None = None
        rid = self.line(cells, "id")
        if rid is not None:
            m = ID_RE.match(rid)
            if not m:
                self.bad(row, "id", f"'{rid}' is not a record ID (<committee>-<YYYY-MM-DD>-<n>)")
            else:
                number = int(m[3])
                id_day = dt.date.fromisoformat(m[2])
                if meeting is None and "meeting" not in self.columns:
                    meeting = id_day
                elif meeting is not None and id_day != meeting:
                    self.bad(row, "id", f"'{rid}' does not match the meeting date {meeting}")
                if committee is not None and m[1] != committee:
                    self.bad(row, "id", f"'{rid}' is not an ID of committee '{committee}'")
        if meeting is None and len(self.errors) == before:
            self.bad(row, "meeting", "no meeting date; every recommendation needs the date it was agreed")
        raw_number = self.line(cells, "number")
        if raw_number is not None and number is None:
            m2 = re.fullmatch(r"[A-Za-z#.\s]*0*([1-9]\d{0,3})\.?", raw_number)
            if not m2:
                self.bad(
                    row,
                    "number",
                    f"'{raw_number}' is not a number; ignore the column with "
                    f"--map '{self.columns['number']}=-' to number rows in order",
                )
            else:
                number = int(m2[1])
        text = self.long(cells, "text")
        if text is None:
            self.bad(row, "text", "no recommendation text")
        kind = self.word(row, cells, "kind", KIND_WORDS, "kind", "write recommendation or action") or "recommendation"
        themes = tuple(t.strip() for t in re.split(r"[,;\n]", self.line(cells, "themes") or "") if t.strip())
        # status and response
        status_words = {**STATUS_WORDS, **ctx.status_map}
        raw_status = self.cell(cells, "status")[0]
        hint = f"say what it means with --status-map '{raw_status}=STATUS' (statuses: {', '.join(STATUSES)})"
        found = self.word(row, cells, "status", status_words, "status", hint)
        status, implied = found if found is not None else ("agreed", None)
        referred = self.date(row, cells, "referred")
        response_due = self.date(row, cells, "response_due", month_end=True)
        due = self.date(row, cells, "due", month_end=True)
        review = self.date(row, cells, "review", month_end=True)
        response = self.response(row, cells, status, implied)
        note = (self.long(cells, "note") or "").rstrip("\n") or None
        evidence = self.evidence(row, cells)
        history_cell = self.cell(cells, "history")[0]
        if len(self.errors) > before or meeting is None or committee is None or text is None or given in self.unknown:
            return None
        n = number if number is not None else self.numbers.get((committee, meeting), 0) + 1
        self.numbers[(committee, meeting)] = max(n, self.numbers.get((committee, meeting), 0))
        record_id = f"{committee}-{meeting.isoformat()}-{n}"
        if record_id in self.used:
            self.bad(
                row,
                "number" if "number" in self.columns else "id",
                f"gives {record_id} again (row {self.used[record_id]} has it)",
            )
            return None
        self.used[record_id] = row
        data: dict[str, Any] = {
            "schema": 1,
            "id": record_id,
            "committee": committee,
            "meeting": meeting,
            "kind": kind,
            "status": status,
            "themes": list(themes) or None,
            "referred": referred,
            "response_due": response_due,
            "due": due,
            "review": review,
            "text": text,
            "response": response,
            "evidence": evidence or None,
        }
        for f in RECORD_FIELDS:  # each other field, as its type reads (item, owner, addressed_to, ...)
            if f.export and f.name not in data and f.type in self.plain:
                data[f.name] = self.plain[f.type](row, cells, f.name)
        if history_cell:
            try:
                data["history"] = _dated(_json_list(history_cell, "history"), history_date_keys)
            except InvalidInput as exc:
                self.bad(row, "history", str(exc))
                return None
        else:
            data["history"] = self.history(row, data, note)
            if data["history"] is None:
                return None
        record, problems = record_from_dict({k: v for k, v in data.items() if v is not None})
        for p in problems:
            col = column_for(p.where, self.columns)
            self.errors.append(f"row {row}{f', column {col!r}' if col else ''}: {p.message}")
        return record

    def response(self, row: int, cells: list[str], status: str, implied: str | None) -> dict[str, Any] | None:
        text = self.long(cells, "response_text")
        day = self.date(row, cells, "response_date")
        outcome = self.word(
            row,
            cells,
            "response_outcome",
            OUTCOME_WORDS,
            "response outcome",
            "write accepted, partially accepted or rejected",
        )
        if text is None and day is None and outcome is None:
            return None
        fld = "response_text" if text is not None else "response_outcome" if outcome else "response_date"
        if outcome is None:
            outcome = implied or {"rejected": "rejected"}.get(status)
            if outcome is None and status in ("in-progress", "implemented", "closed"):
                outcome = "accepted"
        if status in ("agreed", "referred"):
            self.bad(
                row,
                fld,
                f"a response, but the status is '{status}'; give the status after the response "
                "(accepted, rejected, ...) or clear the response",
            )
            return None
        if outcome is None:
            self.bad(
                row,
                fld,
                f"a response with no outcome, and the status '{status}' does not say it; "
                "add an outcome column (accepted, partially accepted, rejected)",
            )
            return None
        if (status == "rejected") != (outcome == Outcome.REJECTED) and status in ("accepted", "rejected"):
            self.bad(row, fld, f"the outcome '{outcome}' contradicts the status '{status}'")
            return None
        if text is None:
            text = f"The tracker {self.ctx.source} records the outcome ({outcome}) but not the response.\n"
        return {"date": day or self.ctx.today, "outcome": outcome, "text": text}

    def evidence(self, row: int, cells: list[str]) -> list[dict[str, Any]]:
        value, _ = self.cell(cells, "evidence")
        if not value or value.lower() in _EMPTY:
            return []
        if value.startswith("["):
            try:
                return _dated(_json_list(value, "evidence"), ("date",))
            except InvalidInput as exc:
                self.bad(row, "evidence", str(exc))
                return []
        out = []
        for link in re.split(r"[\s;,]+", value):
            if not link:
                continue
            key = "url" if re.match(r"^https?://", link) else "path"
            out.append({"date": self.ctx.today, "title": f"Linked in {self.ctx.source}", key: link})
        return out

    def history(self, row: int, data: dict[str, Any], note: str | None) -> list[dict[str, Any]] | None:
        meeting: dt.date = data["meeting"]
        today = self.ctx.today
        needs_entry = data["status"] != "agreed" or any(
            data.get(k) for k in ("referred", "response_due", "review", "response", "evidence")
        )
        agreed: dict[str, Any] = {"date": meeting, "event": "agreed", "due": data.get("due")}
        agreed["note"] = f"Imported from {self.ctx.source}" + (f"\n\n{note}" if note and not needs_entry else "")
        history = [agreed]
        if needs_entry:
            day = today
            if data["status"] == "referred":
                # The history says when it became 'referred': the tracker's referral date if it has one,
                # else the import day, which then stands as the referral date.
                day = data["referred"] or today
                data["referred"] = day
                if data.get("response_due") is None:  # the domain rule: referral + the response period
                    period = self.ctx.response_periods.get(data["committee"], "2 months")
                    data["response_due"] = add_period(day, period)
            if day < meeting:
                fld, what = ("referred", "referral date") if day != today else ("meeting", "import date")
                self.bad(
                    row,
                    fld,
                    f"the {what} {day} is before the meeting {meeting}"
                    if fld == "referred"
                    else f"the meeting {meeting} is after the import date {today}; give --date on or after it",
                )
                return None
            history.append(
                {"date": day, "event": "imported", "status": data["status"], "source": self.ctx.source, "note": note}
            )
        return [{k: v for k, v in h.items() if v is not None} for h in history]


@dataclass
class Read:
    """What reading a tracker's rows gives: the records, field -> heading, and what to tell the officer."""

    rows: list[Row]
    columns: dict[str, str]
    two_digit_years: int = 0


def read_rows(table: Table, fields: Mapping[str, int], ctx: Context) -> Read:
    """Every row as a record; every bad row is reported at once."""
    reader = _RowReader(table, fields, ctx)
    rows: list[Row] = []
    for n, cells in table.rows:
        record = reader.read(n, cells)
        if record is not None:
            rows.append(Row(n, record))
    if reader.unknown:
        raise InvalidInput(unknown_committees(table.name, reader.columns.get("committee", "committee"), reader.unknown))
    if reader.errors:
        n = len(reader.errors)
        listed = "\n  ".join(reader.errors)
        raise InvalidInput(
            f"{table.name}: {n} problem{'s' if n != 1 else ''}:\n  {listed}\n"
            "nothing was imported; fix the file (or use --map / --status-map) and run the import again"
        )
    return Read(rows, reader.columns, reader.two_digit_years)


def unknown_committees(name: str, heading: str, unknown: Mapping[str, list[int]]) -> str:
    """The error for committee codes scrutrack.toml lacks, with the lines that would add them."""

    def rows(ns: list[int]) -> str:
        shown = ", ".join(map(str, ns[:5])) + (", ..." if len(ns) > 5 else "")
        return f"row{'s' if len(ns) != 1 else ''} {shown}"

    listed = ", ".join(f"'{code}' ({rows(ns)})" for code, ns in unknown.items())
    lines = []
    for code in unknown:
        slug = re.sub(r"[^a-z0-9]+", "-", code.lower()).strip("-") or "committee"
        lines.append(f'[committees.{slug}]\nname = "{code}"  # the full name')
    toml = "\n\n".join(lines)
    return (
        f"{name}: column '{heading}' names committees that scrutrack.toml does not have: {listed}; "
        f"add them to scrutrack.toml:\n\n{toml}\n\n"
        "nothing was imported"
    )


# ------------------------------------------------------------------------------ writing


def _dates_iso(entries: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v.isoformat() if isinstance(v, dt.date) else v for k, v in e.items()} for e in entries]


def _export_cells(type_: str, value: Any) -> list[str]:
    """A field's cells in a row of `export csv`, by its type (a response fills three)."""
    if type_ == "response":
        return [value.date.isoformat(), value.outcome, value.text.rstrip("\n")] if value else ["", "", ""]
    if value is None or value == ():
        return [""]
    if type_ == "date":
        return [value.isoformat()]
    if type_ == "text":
        return [value.rstrip("\n")]
    if type_ == "slugs":
        return [", ".join(value)]
    if type_ in ("evidence", "history"):
        entries = [history_to_dict(h) for h in value] if type_ == "history" else [evidence_to_dict(e) for e in value]
        return [json.dumps(_dates_iso(entries), ensure_ascii=False)]
    return [str(value)]


def export_row(r: Record) -> list[str]:
    cells = [cell for f in RECORD_FIELDS if f.export for cell in _export_cells(f.type, getattr(r, f.name))]
    return [neutralise(safe(c)) for c in cells]  # no formula, and no escape sequence for a terminal


def export_csv(records: Iterable[Record]) -> str:
    """One row per record under EXPORT_COLUMNS, formula-safe, control characters as \\x1b-style escapes."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EXPORT_COLUMNS)
    for r in records:
        w.writerow(export_row(r))
    return buf.getvalue()


# ------------------------------------------------------------------------------ the same words on the command line


def status_word(value: str, what: str = "status") -> str:
    """A status as an officer types it: in any case, or a tracker's word for it ('Done' and
    'complete' are implemented, 'Referred' is referred, 'ongoing' in-progress)."""
    key = norm(value)
    if key.replace(" ", "-") in STATUSES:
        return key.replace(" ", "-")
    found = STATUS_WORDS.get(key)
    if found is None:
        raise InvalidInput(
            f"{what} '{value}' is not one of: {', '.join(STATUSES)} (or a word trackers use for one, e.g. done, ongoing)"
        )
    return found[0]


def outcome_word(value: str, what: str = "--outcome") -> str:
    """A response's outcome as an officer types it: in any case, or a tracker's word ('partly', 'Declined')."""
    key = norm(value)
    if key.replace(" ", "-") in OUTCOMES:
        return key.replace(" ", "-")
    found = OUTCOME_WORDS.get(key)
    if found is None:
        raise InvalidInput(f"{what} '{value}' is not one of: {', '.join(OUTCOMES)} (or e.g. partly accepted, declined)")
    return found
