"""Spreadsheet trackers: rows of cells read into records, and records written out as CSV (pure, no I/O).

Reading starts from rows of cells, whatever held them: a CSV file, a sheet of an .xlsx or .ods
workbook (`scrutrack.sheets` reads those), or a table inside minutes or a Cabinet report. One
function, `table_from_rows`, finds the heading row below any title rows (merged group headings
above it included) and the data below it; headings are matched to fields by one vocabulary kept
as data (`scrutrack.trackerwords`), so the usual wordings need no --map. Every cell of every row
is checked and every problem reported (row numbers as a spreadsheet shows them, the column by its
heading) before the caller writes anything. `document_table` is the same reading for a table found
inside a document: the records, or None when its headings do not read as a tracker.

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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from scrutrack.dates import MONTHS, add_period, date_in, find_date, parse_imported_date
from scrutrack.errors import InvalidInput, listed
from scrutrack.model import (
    ENDS_TEXT,
    ID_RE,
    IMPACT,
    OLD_OUTCOMES,
    OUTCOMES,
    RESPONSE_ORDER,
    STATUSES,
    Outcome,
    Record,
    evidence_to_dict,
    history_date_keys,
    history_to_dict,
    normalize_text,
    outcome_name,
    record_from_dict,
    safe,
)
from scrutrack.model import FIELDS as RECORD_FIELDS
from scrutrack.trackerwords import (
    AGREED_ON,
    BODIES,
    BODY_FIELDS,
    FALLBACK,
    HEADINGS,
    KEY_HEADINGS,
    KIND_WORDS,
    MANY,
    NOT_FIELDS,
    OUTCOME_WORDS,
    RAG_WORDS,
    SEASON_ENDS,
    STATUS_WORDS,
    TITLE_LINE,
    norm,
)

# The columns `export csv` writes and `import tracker` reads back, in order: the record's fields that
# model.FIELDS marks exported, in their canonical order, the response spread over three columns.
# The latest impact assessment, for people reading the export (its history column holds them all).
IMPACT_COLUMNS = ("impact_rating", "impact_text", "impact_date", "impact_url")
EXPORT_COLUMNS = (
    *(
        column
        for f in RECORD_FIELDS
        if f.export
        for column in (tuple(f"response_{k}" for k in RESPONSE_ORDER) if f.type == "response" else (f.name,))
    ),
    *IMPACT_COLUMNS,
)
FIELDS = (*(c for c in EXPORT_COLUMNS if c not in IMPACT_COLUMNS), "number", "note", "ref")
IGNORE = ("-", "ignore", "none")
# The widest cell read. A record file is at most 1 MB (store.MAX_RECORD_BYTES) and the widest cell
# `export csv` writes for one, its history as JSON, at most about twice that; so every record that
# exports imports back (a 148 kB recommendation once exported and then failed to import).
MAX_CELL = 3_000_000
HEADER_ROWS = 30  # the heading row is looked for among the first rows (below a title block)
_LONGEST_HEADING = 200  # characters: a longer cell is text, not a heading, a status word or a date

# A RAG rating after a status word: "Complete (Green)", "In progress - Amber", "Ongoing - on track".
_RAG = re.compile(r"\s*(?:[-–—:/]\s*|\(\s*)(?:green|amber|red|on\s+track|off\s+track)\s*\)?\s*$", re.IGNORECASE)
_EMPTY = frozenset({"", "-", "–", "—", "n/a", "na"})
# a date cell that gives no date ('ASAP' as a parish's due date: no day to be late against)
_EMPTY_DATE = _EMPTY | {"tbc", "tba", "none", "ongoing", "not applicable", "?", "n a", "asap", "as soon as possible"}
# A response cell saying no response has come yet (besides the waiting words of STATUS_WORDS).
_NO_RESPONSE_YET = _EMPTY_DATE - {"ongoing"} | {
    "pending",
    "awaited",
    "awaiting",
    "not yet received",
    "none yet",
    "not received",
    "to follow",
    "due",
    "not yet",
    "not yet known",
    "to be confirmed",
}
# An outcome cell saying none has come yet ('Awaiting response', 'Pending'): no outcome.
_NOT_APPLICABLE = re.compile(r"$|n\s?a\b|not\s+applicable\b")
_NO_OUTCOME = _NO_RESPONSE_YET | {w for w, (status, _) in STATUS_WORDS.items() if status == "referred"}


# CSV cell safety (OWASP "CSV injection"): applied by every CSV writer, undone by `import csv`.
# The full-width forms (＝ ＋ － ＠) too: Excel reads them as the ASCII ones.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


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


# Heading (as `norm` gives it) -> field, and -> (first choice, second choice) for the fallbacks.
SYNONYMS: dict[str, str] = {norm(h): f for f, names in HEADINGS.items() for h in (*names, f.replace("_", " "))}
SYNONYMS.update({f.replace("_", " "): f for f in FIELDS})  # every field by its own name, e.g. "addressed to"
FALLBACKS: dict[str, tuple[str, str | None]] = {norm(h): choice for h, choice in FALLBACK.items()}


def _known(key: str) -> bool:
    return key in SYNONYMS or key in FALLBACKS


def _field_of(key: str) -> str | None:
    """The field a heading (as `norm` gives it) names, a fallback's first choice for one that is."""
    return SYNONYMS.get(key) or FALLBACKS.get(key, (None, None))[0]


_FOOTNOTE = re.compile(
    r"(?:\s*(?:\[[^\]]{1,6}\]|\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+))+\s*$", re.IGNORECASE
)
_BODY = "|".join(sorted((re.escape(norm(b)) for b in BODIES), key=len, reverse=True))
_BODY_BEFORE = re.compile(rf"(?:the )?(?:{_BODY})(?: s)? (.+)")  # 'authority decision', 'mayor s response'
_EXECUTIVE = re.compile(
    r"(?:the )?(?:cabinet|executive|mayor|leader|commissioner|police and crime commissioner|(?:full )?council)\b"
)
_BODY_AFTER = re.compile(rf"(.+?) (?:made )?(?:to|of|by|from|for) (?:the )?(?:\w+ ){{0,3}}?(?:{_BODY})(?: s)?")


def heading_key(heading: str) -> str:
    """A column heading compared loosely, footnote markers ('Recommendation[i]', 'Status*', 'Date (1)') left off;
    one the vocabulary does not list is read as it would be (`_readings`) where that names a field."""
    bare = _FOOTNOTE.sub("", heading)
    key = norm(bare) or norm(heading)
    if _known(key):
        return key
    return next((k for k in _readings(bare) if _known(k)), key)


_OUTCOME_WORDS = frozenset({w for words in OUTCOME_WORDS for w in norm(words).split()} | {"or", "and"})


def _readings(heading: str) -> Iterator[str]:
    """A heading the vocabulary does not list, read in turn: as its note in brackets says or without it
    (`_bracketed`); without the date it carries ('Update – January 2024', 'Position as at May 2024'); without
    the body it names ('Authority decision', 'Recommendation to the Authority': `BODIES`); as two headings
    of one field, side by side or as alternatives ('Report / topic', 'Recommendation wording', 'Lead
    officer or owner'; not a fallback's: 'Recommendation / request' is a minutes' summary of requests)."""
    yield from _bracketed(heading)
    if (m := _DATED.fullmatch(heading)) and _field_of(norm(m[1])) in ("note", "status"):
        yield norm(m[1])
    key = norm(heading)
    for pattern in (_BODY_BEFORE, _BODY_AFTER):
        if (b := pattern.fullmatch(key)) is None:
            continue
        # or the day the body met ('Board date', 'Partnership meeting date', 'Date of Overview Board'), not
        # the day the one it asks answered ('Full Council date', 'Date agreed by Cabinet')
        met = _field_of(b[1]) == "meeting" and not _EXECUTIVE.search(key[: b.start(1)] + key[b.end(1) :])
        if _field_of(b[1]) in BODY_FIELDS or met:
            yield b[1]
    words = key.split()
    if len(words) > 1 and all(w in _OUTCOME_WORDS for w in words):
        yield "outcome"  # the outcomes it may hold: 'Accepted, rejected or partially accepted'
    for i in range(1, len(words)):
        first, rest = " ".join(words[:i]), " ".join(words[i:]).removeprefix("or ")
        if SYNONYMS.get(first) is not None and SYNONYMS.get(first) == SYNONYMS.get(rest):
            yield first
    halves = [norm(h) for h in _languages(heading)]
    if len(halves) == 2 and sum(map(_known, halves)) == 1:
        yield next(h for h in halves if _known(h))
    elif len(halves) == 2 and [_field_of(h) for h in halves] == ["response_text", "note"]:
        yield halves[0]  # 'Cabinet response / comment': the response, its comment part of it
    yield from _one_line(heading)
    # after the period it reports on ('12-month progress update (June 2024)', 'Six-monthly update')
    plain = norm(re.sub(r"\([^()]*\)", "", heading))
    yield re.sub(r"^(?:\d{1,2}|three|six|nine|twelve|eighteen) month(?:ly)? ", "", plain)


def _languages(text: str) -> list[str]:
    """A heading or cell printed in two languages, each half ('Cyf / Ref', 'Ni fabwysiadwyd / Not adopted'); the
    text alone when it is in one."""
    return re.split(r"\s+/\s+", text)


def _one_line(heading: str) -> Iterator[str]:
    """A heading printed in two or more lines of one cell, each the heading in another language or a note
    ('Dyddiad y cyfarfod' over 'Meeting date', 'Recommendation' over 'Argymhelliad'): the one line that
    names a field, when no other line names another."""
    split = heading.splitlines()
    lines = [k for k in (heading_key(line) for line in split if line.strip()) if k] if len(split) > 1 else []
    fields = {_field_of(k) for k in lines if _known(k)}
    if len(lines) > 1 and len(fields) == 1:
        yield next(k for k in lines if _known(k))


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATED = re.compile(
    rf"(.+?)\s*(?:[-–—:,]\s*|\s(?:as\s+(?:at|of)|at|in|for)\s+)(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH_NAMES})\.?,?\s+\d{{4}}",
    re.IGNORECASE,
)


def _bracketed(heading: str) -> Iterator[str]:
    """A heading with a note in brackets: the outcome where the note lists outcomes ('Executive response
    (Accepted / Rejected / Partially accepted)', 'Agreed? (Y/N/Partly)'; not 'Completed (Y/N)'); a RAG
    rating where it says so ('Current status (RAG)'); else the heading without a note that means nothing
    without it ('Target date (dd/mm/yy)', 'Recommendation (as agreed by the Committee)')."""
    m = re.fullmatch(r"(.+?)\s*\(([^()]*)\)\s*", heading)
    if not m:
        return
    head, note = norm(m[1]), norm(m[2])
    choices = [norm(c) for c in re.split(r"/|,|\bor\b", m[2])]
    worded = any(len(c) > 3 for c in choices) or head in OUTCOME_WORDS  # 'Y/N' alone may answer anything
    if len(choices) > 1 and worded and all(c in OUTCOME_WORDS for c in choices):
        yield "outcome"
    if note in ("rag", "red amber green", "rag rating", "rag status", "brag"):
        yield "rag"
    else:
        yield head


# ------------------------------------------------------------------------------ reading


@dataclass
class Table:
    """The rows of one tracker: its headings and the rows of data below them, numbered as a spreadsheet shows them."""

    name: str  # the file, and the sheet for a workbook: "tracker.xlsx, sheet 'Open'"
    headings: list[str]
    header_row: int  # the headings' row as a spreadsheet numbers it (1 = the first)
    rows: list[tuple[int, list[str]]]
    meeting: tuple[int, str] | None = None  # a 'Meeting Date: ...' line above the headings: (row, the date)
    notes: list[int] = field(default_factory=list)  # rows of notes below the table, left out
    # Rows that head a group of rows with its meeting ("Meeting: 12 March 2019" in the first cell):
    # each data row -> (the heading row, its text).
    groups: dict[int, tuple[int, str]] = field(default_factory=dict)
    sheet: str | None = None  # the sheet's name in a workbook
    item: str | None = None  # a 'Topic: ...' line above the headings: every row's item where it has none
    sections: list[int] = field(default_factory=list)  # rows of section headings among the rows, left out
    items: dict[int, str] = field(default_factory=dict)  # a data row -> the item its section's heading names
    updates: dict[int, list[str]] = field(default_factory=dict)  # a data row -> the lines of an 'Update:' under it

    @property
    def label(self) -> str:
        """The file, and the sheet of a workbook, for messages: "tracker.xlsx, sheet 'Open'"."""
        return f"{self.name}, sheet '{self.sheet}'" if self.sheet is not None else self.name

    def where(self, row: int) -> str:
        """The place of a row for messages: 'tracker.csv row 5', "tracker.xlsx, sheet 'Open', row 5"."""
        return f"{self.label}, row {row}" if self.sheet is not None else f"{self.name} row {row}"


_SHEET_MEETING = re.compile(
    r"(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|meeting\s+held\s+on|meeting)\s*[:\-–]?\s*(.+)$", re.IGNORECASE
)
# A form's 'Topic:' line above its table (SCRAIP forms: 'Committee:', 'Meeting Date:', 'Minute No:', 'Topic:').
_SHEET_ITEM = re.compile(r"(?:topic|subject|agenda\s+item|item|report|review)\s*[:\-–]\s*(\S.{0,199})$", re.IGNORECASE)


def _note(row: Sequence[str]) -> bool:
    """A footnote under the table ('[i] as worded in the minutes', '* see note'): one cell, starting with its mark."""
    filled = [c.strip() for c in row if c.strip()]
    return len(filled) == 1 and bool(re.match(r"(?:\[[^\]]{1,6}\]|\*+|†|\(\d{1,2}\))\s", filled[0]))


def _key_heading(row: Sequence[str]) -> bool:
    filled = [c.strip() for c in row if c.strip()]
    return len(filled) == 1 and norm(filled[0]) in KEY_HEADINGS


def _filled(row: Sequence[str]) -> int:
    return sum(1 for c in row if c.strip())


def _headings(rows: Sequence[Sequence[str]], i: int, known: frozenset[str]) -> list[str]:
    """Row i's cells as headings. When the row above holds group headings over them (cells merged
    across: 'Executive Response' over 'Date | Decision | Response'), a heading is read with its
    group where that names a field ('Executive Response Date'), and a blank one takes the heading
    above it (a cell merged down over both rows: 'Ref')."""
    row = [c.strip() for c in rows[i]]
    above = [c.strip() for c in rows[i - 1]] if i > 0 else []
    if _filled(above) < 2 and not any(_hit(c, known) for c in above):
        return row  # a title or a blank row above, not group headings
    out, group = [], ""
    for n, heading in enumerate(row):
        over = above[n] if n < len(above) else ""
        group = over or group
        if not heading:
            out.append(over)
        elif _with_group(group, heading, known):
            out.append(f"{group} {heading}")
        else:
            out.append(heading)
    return out


def _with_group(group: str, heading: str, known: frozenset[str]) -> bool:
    """Whether a heading is read with the group heading over it: where together they name a field the
    heading alone does not ('Executive Response' over 'Date'; not 'Progress' over 'Latest Update')."""
    both = f"{group} {heading}"
    if not group or norm(group) == norm(heading) or not _hit(both, known):
        return False
    field_ = _field_of(heading_key(both))
    if not _known(heading_key(heading)) and field_ == _field_of(heading_key(group)):
        return False  # a cell that adds nothing to the heading over it ('Meeting date' over '04/06/2019'): data
    return norm(both) in known or field_ != _field_of(heading_key(heading))


def _hit(heading: str, known: frozenset[str]) -> bool:
    if len(heading) > _LONGEST_HEADING:
        return False  # a cell of text, never a heading (and not worth a regular expression's time)
    return _known(heading_key(heading)) or norm(heading) in known


def table_from_rows(
    rows: Sequence[Sequence[str]], name: str, known: Iterable[str] = (), sheet: str | None = None
) -> Table:
    """The tracker in rows of cells (a CSV file, a workbook's sheet, a table in a document).

    The heading row is the first of the top HEADER_ROWS naming at least two fields, or one of the
    two rows below it if that names more (with the group headings above it, merged cells read
    once); `known` are headings the caller named with --map. Below it: the rows of data, without
    blank rows, footnotes and the notes under a blank row; rows that head the rows of one meeting
    ('Meeting: 12 March 2019'); and above it, a 'Meeting Date:' line for every row.
    """
    extra = frozenset(norm(k) for k in known)

    def hits(i: int) -> int:
        return sum(1 for c in _headings(rows, i, extra) if c and _hit(c, extra))

    header = next((i for i in range(min(HEADER_ROWS, len(rows))) if hits(i) >= 2), None)
    if header is not None:
        following = [i for i in range(header + 1, min(header + 3, len(rows))) if _filled(rows[i])]
        header = max([header, *following], key=lambda i: (hits(i), -i))
    if header is None:
        header = next((i for i, row in enumerate(rows) if _filled(row)), None)
    if header is None:
        raise InvalidInput(f"{name} is empty; export the tracker with its heading row")
    headings = _headings(rows, header, extra)
    notes = _notes_below(rows, header)
    body = [
        (i + 1, list(row))
        for i, row in enumerate(rows)
        if i > header and _filled(row) and not _note(row) and i + 1 not in notes
    ]
    table = Table(name, headings, header + 1, [], None, sorted(notes), {}, sheet)
    _check_widths(table, body)
    _group_rows(table, body)
    for i, above in enumerate(rows[:header]):
        line = " ".join(c.strip() for c in above if c.strip())[: _LONGEST_HEADING * 2]
        m = _SHEET_MEETING.search(line)
        # when the recommendations were agreed, before the meeting a progress report is for ('Recommendations agreed
        # by the Joint Committee on 12 March 2025. Six-month update for the meeting on 17 September 2025.')
        if agreed := _agreed_on(line):
            table.meeting = (i + 1, agreed)
        elif m and re.search(r"\d", m[1]):
            table.meeting = (i + 1, _date_first(m[1]) or m[1].strip())
        elif m := _SHEET_ITEM.match(line):
            table.item = m[1].strip()
    if table.meeting is not None and table.groups:
        # a meeting's line above the headings, then another's heading rows further down (an action sheet printed
        # a meeting a page): the line heads the rows above the first of them, each heading the rows under it
        for n, _ in table.rows:
            table.groups.setdefault(n, table.meeting)
        table.meeting = None
    return table


def _date_first(value: str) -> str | None:
    """The date a value opens with, as written, where a sentence may follow ('on 11 March 2025. Recommendations
    assessed as 1 may be signed off ...'), or None."""
    value = re.sub(r"^on\s+", "", value.strip(), flags=re.IGNORECASE)
    found = date_in(value)
    return value[found[2][0] : found[2][1]] if found and found[2][0] == 0 else None


def _agreed_on(line: str) -> str | None:
    """The date in a title line saying when the recommendations were agreed, as written, or None."""
    m = AGREED_ON.search(line)
    return _date_first(m[1]) if m else None


def _group_rows(table: Table, body: Iterable[tuple[int, list[str]]]) -> None:
    """The table's rows of data, each row under a meeting's heading row ('Meeting: 12 March 2019') given
    that meeting, and section headings between them ('Children's Services', 'Task and Finish Group:
    Flooding') left out and named: one cell, in a column that is not the recommendation's, over rows; or
    the headings again, over a second table in the sheet ('Closed recommendations')."""
    text_columns = {i for i, h in enumerate(table.headings) if h and _field_of(heading_key(h)) == "text"}
    headings = {norm(h) for h in table.headings if h}
    current: tuple[int, str] | None = None
    section: list[tuple[int, list[str]]] = []  # a section's heading is one only if rows of data follow it
    titled: str | None = None  # the item a section's heading names ('Paper 4 — Peatland Action Programme')
    update_of: int | None = None  # the data row an 'Update:' line follows: the lines under it are its note
    for n, row in body:
        heading = group_heading(row)
        filled = [i for i, c in enumerate(row) if c.strip()]
        one = row[filled[0]].strip() if len(filled) == 1 else ""
        if heading is not None:
            current, titled, update_of = (n, heading), None, None
        elif update_of is not None and one and not _sub_heading(one):  # a sentence under it, not the next heading
            table.updates[update_of].append(one)
        elif len(filled) > 1 and all(norm(row[i]) in headings for i in filled):
            section.append((n, row))  # the headings again, over a second table of the sheet
        elif one and table.rows and _UPDATE_LABEL.fullmatch(one):
            update_of = table.rows[-1][0]
            table.sections.append(n)
            table.updates[update_of] = []
        elif one and len(one) <= _LONGEST_HEADING and (filled[0] not in text_columns or _sub_heading(one)):
            section.append((n, row))
            titled = m["title"] if (m := _SECTION_ITEM.match(one)) else titled
        else:
            table.sections += [m for m, _ in section]
            section, update_of = [], None
            if current is not None:
                table.groups[n] = current
            if titled is not None:
                table.items[n] = titled
            table.rows.append((n, row))
    table.rows += section  # a line under the last row, with no blank row between: read, and its problems named


# A section's heading that names the agenda's item over its rows: "Paper 4 — Peatland Action Programme 2025/26",
# "Item 6: Roads Capital Programme", "Agenda item 5 - Budget".
_SECTION_ITEM = re.compile(
    r"(?:paper|report|(?:agenda\s+)?item|minute)\s+(?:no\.?\s*)?[\w/.]{0,8}\d[\w/.()]{0,6}\s*[-–—:.]\s+(?P<title>\S.*)",
    re.IGNORECASE,
)
# A line alone over the rows that say how a row above has progressed: "Update:", "Progress update:".
_UPDATE_LABEL = re.compile(r"(?:progress\s+|latest\s+)?(?:updates?|progress)\s*:", re.IGNORECASE)


def _sub_heading(text: str) -> bool:
    """A line alone in the recommendation's column that heads the rows under it, asking nothing: short, no sentence,
    not 'That ...' nor 'To ...' ('Paper 1 Chief Executive's report', 'At para 6', 'Update at March Board meeting:')."""
    text = text.strip()
    return len(text.split()) <= 8 and not re.search(r"[.!?]$", text) and not re.match(r"(?:that|to)\b", text, re.I)


def _check_widths(table: Table, body: Iterable[tuple[int, Sequence[str]]]) -> None:
    """A cell wider than MAX_CELL is refused, naming its row and column, before anything reads it."""
    for n, row in body:
        for i, cell in enumerate(row):
            if len(cell) > MAX_CELL:
                heading = table.headings[i] if i < len(table.headings) and table.headings[i] else f"number {i + 1}"
                raise InvalidInput(
                    f"{table.where(n)}, column '{heading}': a cell of {len(cell):,} characters, over the "
                    f"{MAX_CELL:,}-character limit for one field; is it the right file?"
                )


def group_heading(row: list[str]) -> str | None:
    """The text of a row that heads the rows of one meeting: one cell, a date, few other words
    ('Meeting: 12 March 2019', 'Cabinet - 12/03/19', '4 June 2019') or a body's name ('Children and Young People
    Scrutiny Sub-Committee - 21 October 2024'), not a sentence."""
    filled = [c.strip() for c in row if c.strip()]
    if len(filled) != 1 or not row[0].strip() or len(filled[0]) > _LONGEST_HEADING:
        return None  # a group's heading sits in the first column (merged across the row), and is short
    text = filled[0]
    try:
        found = find_date(text)
    except InvalidInput:
        return text if _SHEET_MEETING.match(text) else None  # a bad date: read, and reported, as the date
    if found is None or text.endswith((".", ";", "?", "!")) or re.match(r"that\b", text, re.IGNORECASE):
        return None
    start, end = found[2]
    other = re.sub(r"\b(?:meeting|date|held|on|of)\b|[^\w]", " ", text[:start] + text[end:], flags=re.IGNORECASE)
    body = (
        _A_BODY.search(text[:start]) and not text[end:].strip()
    )  # "Children and Young People Scrutiny Sub-Committee -"
    agreed = _agreed_on(text) is not None  # "Task and Finish Group: ... – recommendations agreed by ... on 9 June"
    return text if len(other.split()) <= 4 or (body and len(other.split()) <= 12) or agreed else None


# A body's name before a meeting's date in a row heading its rows: "... Scrutiny Sub-Committee - 21 October 2024".
_A_BODY = re.compile(  # (and its meeting and weekday: "... RESOURCES COMMITTEE MEETING – THURSDAY 13 FEBRUARY 2025")
    r"\b(?:committee|panel|board|cabinet|council|commission|group|forum|partnership|authority)(?:\s+meeting)?"
    r"\s*[-–—:,]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$",
    re.I,
)


def _notes_below(rows: Sequence[Sequence[str]], header: int) -> set[int]:
    """Rows of notes under the table ('Key: Complete = ...', 'Source: ...'): one cell each, below a blank
    row that follows the last row of data, and not footnotes (those are left out already); or any rows
    below a blank row and a lone 'Key' ('Status: | Green - achieved ...'). Row numbers."""
    keyed = next((i for i in range(header + 2, len(rows)) if _filled(rows[i - 1]) == 0 and _key_heading(rows[i])), None)
    if keyed is not None:
        return {i + 1 for i in range(keyed, len(rows)) if _filled(rows[i]) and not _note(rows[i])}
    data = [i for i in range(header + 1, len(rows)) if _filled(rows[i]) >= 2]
    if not data:
        return set()
    last = data[-1]
    below = list(range(last + 1, len(rows)))
    blank = next((i for i in below if _filled(rows[i]) == 0), None)
    if blank is None:
        return set()
    return {i + 1 for i in below if i > blank and _filled(rows[i]) == 1 and not _note(rows[i])}


@dataclass
class Columns:
    """Which column each field is read from, and what the officer is told about the others."""

    fields: dict[str, int]  # field -> the column it is read from
    ignored: list[str]  # headings that name no field (--map can name them)
    unused: list[str] = field(default_factory=list)  # headings understood but not imported (RAG ratings)
    more: dict[str, list[int]] = field(default_factory=dict)  # further columns of a field that takes several


def _parse_map(table: Table, overrides: Sequence[str]) -> dict[int, str | None]:
    """--map 'COLUMN=field' entries: column index -> field (None: ignore it)."""
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
            raise InvalidInput(f"--map '{spec}': {table.label} has no column '{column}'; its columns: {shown}")
        chosen[idx] = None if target in IGNORE else target
    return chosen


def map_columns(table: Table, overrides: Sequence[str], meeting_known: bool = False) -> Columns:
    """The field each column is read as: --map's 'COLUMN=field' first, then the vocabulary, then the
    fallbacks for fields no column has claimed ('Action' is the text of an action log).

    `meeting_known`: the date of every row is given (--meeting, or a line above the headings).
    """
    chosen = _parse_map(table, overrides)
    cols = Columns({}, [])
    fallbacks: list[tuple[int, str, tuple[str, str | None]]] = []

    def take(fld: str, idx: int, heading: str) -> None:
        if fld in NOT_FIELDS and fld != "ref":
            cols.unused.append(heading)
        elif fld in cols.fields and fld in MANY:
            cols.more.setdefault(fld, []).append(idx)
        elif fld in cols.fields:
            _two_columns(table, cols, fld, idx)
        else:
            cols.fields[fld] = idx

    for idx, heading in enumerate(table.headings):
        if not heading:
            continue
        key = heading_key(heading)
        if idx in chosen:
            if chosen[idx] is not None:
                take(chosen[idx] or "", idx, heading)
        elif key in SYNONYMS:
            take(SYNONYMS[key], idx, heading)
        elif key in FALLBACKS:
            fallbacks.append((idx, heading, FALLBACKS[key]))
        else:
            cols.ignored.append(heading)
    for idx, heading, (first, second) in fallbacks:
        fld = first if first not in cols.fields and _fits(table, idx, first) else second
        if fld is None or not _fits(table, idx, fld) or (fld in cols.fields and fld not in MANY):
            cols.ignored.append(heading)
        else:
            take(fld, idx, heading)
    _id_or_ref(table, cols)
    _running_number(table, cols)
    _outcome_as_status(table, cols)
    _named_meeting(table, cols, meeting_known)
    _dated_items(table, cols, meeting_known)
    _titled_refs(table, cols)
    _titled_texts(table, cols)
    if "text" not in cols.fields:
        shown = ", ".join(f"'{h}'" for h in table.headings if h)
        raise InvalidInput(
            f"{table.label}: no column holds the recommendation text (its columns: {shown}); "
            "name it with --map 'COLUMN=text'"
        )
    if "meeting" not in cols.fields and "id" not in cols.fields and not meeting_known:
        raise InvalidInput(
            f"{table.label}: no column holds the meeting date; name it with --map 'COLUMN=meeting', "
            "or give the date of every row with --meeting YYYY-MM-DD"
        )
    return cols


# A minute's code before its title in an item cell: "TC 31/25 – Rail Station Accessibility".
_MINUTE_CODE = re.compile(
    r"^(?:(?-i:[A-Z][A-Z&]{0,5})\s*\d{1,4}(?:[/.]\d{1,4})+|(?:(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?)?\d{1,3}[a-z]?(?:\s*[ivx]{1,4})?\)?)"
    r"\s*[-–—:]\s+(?=\w)",
    re.I,
)  # or the agenda's number: 'Item 6 – Roads Capital Programme 2025/26', '10c – Working Groups', '10d iii) – Finance'


def _uncoded(item: str | None) -> str | None:
    """An item cell's title without the minute's code or item number before it ('TC 31/25 – Rail Station
    Accessibility', 'Item 6 – Roads Capital Programme')."""
    return _MINUTE_CODE.sub("", item) if item else item


def _two_columns(table: Table, cols: Columns, fld: str, idx: int) -> None:
    """Two columns whose headings mean one field: the one whose cells fit it ('Meeting' naming the body
    that met beside 'Date'), the other ignored and listed; where both fit or neither does, an error."""
    other = cols.fields[fld]
    said = [k for k in (other, idx) if fld == "response_text" and _fits(table, k, "response_outcome")]
    if len(said) == 1 and "response_outcome" not in cols.fields:  # 'Response' over 'Accepted' beside the words
        cols.fields["response_outcome"], cols.fields[fld] = said[0], other + idx - said[0]
        return
    fits = _fits(table, idx, fld)
    if fits == _fits(table, other, fld):
        heading = table.headings[idx]
        raise InvalidInput(
            f"{table.label}: columns '{table.headings[other]}' and '{heading}' both mean {fld}; "
            f"ignore one with --map '{heading}=-' or map it elsewhere"
        )
    cols.fields[fld], dropped = (idx, other) if fits else (other, idx)
    cols.ignored.append(table.headings[dropped])


_TWO_WORDS = re.compile(r"[^\W\d_]{3,}\s+[^\W\d_]{3,}")  # a title's words, not a code ('25/004')


def _fits(table: Table, idx: int, fld: str | None) -> bool:
    """Whether a column a fallback heading might give a field fits it by its cells: the text is never a
    column of mostly status or outcome words ('Accepted', 'Not agreed'), and the outcome is never one of
    sentences (a decisions tracker's 'Decision' beside a recommendation kept elsewhere); the meeting is a
    column with a date in it (not one naming the body that met, 'Full Council'); the item one with titles."""
    if fld == "meeting":
        return any(cell_day(row[idx]) for _, row in table.rows if idx < len(row))
    if fld == "item":  # a minute's title ('TC 31/25 – Rail Station Accessibility'), not its number alone ('25/004')
        return any(_TWO_WORDS.search(row[idx]) for _, row in table.rows if idx < len(row))
    if fld not in ("text", "response_outcome"):
        return True
    cells = [row[idx] for _, row in table.rows if idx < len(row) and row[idx].strip()]
    if fld == "text" and cells and all(len(c.split()) <= 3 for c in cells):
        return False  # 'Action' over who acts ('Clerk', 'Clerk MB'), beside minutes laid out as a table
    words = sum(1 for c in cells if _outcome_halves(c) or norm(c) in STATUS_WORDS)
    return (2 * words >= len(cells)) == (fld == "response_outcome")


_A_MEETING = re.compile(r"\bmeetings?\b(?!.*\b(?:next|action|notes?|minutes?|papers?|reports?\s+to)\b)", re.IGNORECASE)


def _names_meeting(heading: str) -> bool:
    """A heading of each row's own meeting: one the vocabulary knows ('Date of meeting'), or any that
    names a meeting ('Board meeting'), as map_columns reads them."""
    return SYNONYMS.get(heading_key(heading)) == "meeting" or bool(_A_MEETING.search(heading))


def _named_meeting(table: Table, cols: Columns, meeting_known: bool) -> None:
    """Where no heading the vocabulary knows holds the meeting, an unread column whose heading names
    one ('Board meeting', 'Panel meeting held', 'Meeting (date)') is the meeting: any body's meeting
    is named so, and a bad date in it is still named by row and column."""
    if "meeting" in cols.fields or meeting_known:
        return
    for heading in cols.ignored:
        if _A_MEETING.search(heading):
            cols.ignored.remove(heading)
            cols.fields["meeting"] = table.headings.index(heading)
            return


def _dated_items(table: Table, cols: Columns, meeting_known: bool) -> None:
    """Where no column holds the meeting, an item column whose every cell ends with the meeting's date in brackets
    (a parish's action points: '12 – External Bodies (14 May 2024)'), or any column whose every cell's first line
    is a date over more ('20 November 2025' / 'Minute 9' under 'Minute item'), gives it: the date read as a meeting
    column of its own, named after the one it came from, and that column without it."""
    if "meeting" in cols.fields or meeting_known or not table.rows:
        return
    for idx in range(len(table.headings)):
        pattern = _BRACKETED_DAY if idx == cols.fields.get("item") else _DAY_LINE
        found = [pattern.search(row[idx]) if idx < len(row) else None for _, row in table.rows]
        if all(m and (day := date_in(m[1].strip())) and day[2] == (0, len(m[1].strip())) for m in found):
            break
    else:
        return
    width = len(table.headings)
    for (_, row), m in zip(table.rows, found, strict=True):
        assert m is not None
        row[idx] = (row[idx][: m.start()] + row[idx][m.end() :]).strip()
        row[:] = [*row, *[""] * (width - len(row)), m[1]]
    table.headings.append(f"{table.headings[idx]} (date)")
    cols.fields["meeting"] = width


def _titled_refs(table: Table, cols: Columns) -> None:
    """Where no column holds the item, a reference column whose cells give the minute's title after its code
    ('Minute No.' over 'Minute 56 – Primary Care Improvement Plan') is the item's too (`_uncoded` leaves the
    code off)."""
    idx = cols.fields.get("ref")
    if "item" in cols.fields or idx is None:
        return
    cells = [row[idx] for _, row in table.rows if idx < len(row) and row[idx].strip()]
    if cells and all((m := _MINUTE_CODE.match(c)) and _TWO_WORDS.search(c[m.end() :]) for c in cells):
        cols.fields["item"] = idx


def _titled_texts(table: Table, cols: Columns) -> None:
    """Where no column holds the item, a text column whose every cell opens with a title in Title Case on a line of
    its own ('Seasonal Ranger Service' / 'Officers to report ...') gives it: the titles read as an item column of
    their own, named after the text's, and the text without them."""
    idx = cols.fields.get("text")
    if "item" in cols.fields or idx is None or not table.rows:
        return
    split = [row[idx].strip().split("\n", 1) if idx < len(row) else [""] for _, row in table.rows]
    if not all(len(parts) == 2 and TITLE_LINE.fullmatch(parts[0].strip()) for parts in split):
        return
    width = len(table.headings)
    for (_, row), (title, text) in zip(table.rows, split, strict=True):
        row[idx] = text.strip()
        row[:] = [*row, *[""] * (width - len(row)), title.strip()]
    table.headings.append(f"{table.headings[idx]} (title)")
    cols.fields["item"] = width


_BRACKETED_DAY = re.compile(r"\s*\(([^()]*\d[^()]*)\)\s*$")
_DAY_LINE = re.compile(r"^\s*([^\n]*\d[^\n]*)\n")  # a cell's first line over the rest: "20 November 2025" / "Minute 9"


def _id_or_ref(table: Table, cols: Columns) -> None:
    """An 'ID' column of the tracker's own references (1, 2, 'A12') is read as its reference:
    only a column of record IDs (cyp-2018-11-27-2, as `export csv` writes them) gives the IDs."""
    idx = cols.fields.get("id")
    if idx is None or "ref" in cols.fields:
        return
    values = [row[idx].strip() for _, row in table.rows if idx < len(row) and row[idx].strip()]
    if values and not any(ID_RE.match(v) for v in values):
        cols.fields["ref"] = cols.fields.pop("id")


_NUMBER = re.compile(r"[A-Za-z#.\s]*0*([1-9]\d{0,5})\.?")  # '3', 'R3', 'Rec 3', '3.': a number in its meeting


def _running_number(table: Table, cols: Columns) -> None:
    """A 'No.' column that is the tracker's own reference, not each meeting's numbering, is read as the
    tracker's reference, and each meeting's rows are numbered in order: one holding codes ('OS23/01',
    'SC/22/14', '2.1'), or one that does not start again at 1 at each meeting of a tracker of several (1, 2, 3 ...
    down the whole tracker; a panel's C1, C2 at one meeting and C3, C4 at its next)."""
    num, meeting = cols.fields.get("number"), cols.fields.get("meeting")
    if num is None:
        return
    given = [row[num].strip() for _, row in table.rows if num < len(row) and row[num].strip().lower() not in _EMPTY]
    if any(not _NUMBER.fullmatch(v) for v in given):
        _as_reference(cols)
        return
    if meeting is None:
        return
    cells = [  # a row left unnumbered ('No recommendations made') is none of them
        (row[num].strip(), row[meeting].strip())
        for _, row in table.rows
        if max(num, meeting) < len(row) and row[num].strip().lower() not in _EMPTY
    ]
    by_meeting: dict[str, list[int]] = {}
    for v, day in cells:
        if m := _NUMBER.fullmatch(v):
            by_meeting.setdefault(day, []).append(int(m[1]))
    numbered = [n for ns in by_meeting.values() for n in ns]
    again = any(len(set(ns)) < len(ns) for ns in by_meeting.values())  # each report's: 1, 2, then 1 again
    if len(numbered) == len(cells) > 1 and (
        again or (len(by_meeting) > 1 and any(ns != list(range(1, len(ns) + 1)) for ns in by_meeting.values()))
    ):  # numbers that do not start again at each meeting ('C4', 'C5' for the panel's third meeting): its own
        _as_reference(cols)


def _outcome_as_status(table: Table, cols: Columns) -> None:
    """An 'Outcome' column that says where each row stands ('Actioned.', 'Pending', 'Not accepted'), with no
    status column beside it: the status, as its words are status words and not only a response's."""
    idx = cols.fields.get("response_outcome")
    if idx is None or "status" in cols.fields:
        return
    cells = (row[idx] for _, row in table.rows[:_SAMPLE] if idx < len(row) and row[idx].strip().lower() not in _EMPTY)
    words = {norm(_RAG.sub("", cell)) for cell in cells} - {""}  # an 'n/a' row (a report noted) says nothing
    if any(w not in OUTCOME_WORDS for w in words) and all(w in STATUS_WORDS for w in words):
        cols.fields["status"] = cols.fields.pop("response_outcome")


def _as_reference(cols: Columns) -> None:
    """The number column read as the tracker's reference: the reference, or another beside a 'Minute Ref'."""
    num = cols.fields.pop("number")
    if "ref" in cols.fields:
        cols.more.setdefault("ref", []).append(num)
    else:
        cols.fields["ref"] = num


_DATE_FIELDS = frozenset(f.name for f in RECORD_FIELDS if f.type == "date") | {"response_date"}
# Dates a cell may give in words instead, kept in the note: a due date ('By next meeting'), a review's, when the
# executive answered ('Not referred – matter for the Joint Committee').
_WORDED = ("due", "review", "response_date")


_SAMPLE = 200  # the rows a column is judged by: what it holds shows in its first rows, whatever the sheet's length


def inferred_columns(table: Table, known: Iterable[str] = ()) -> list[str]:
    """When the headings are not the vocabulary's ('We recommended', 'Scrutiny ask'), the columns read by
    what they hold, as --map would name them: the recommendations are the one unread heading naming them
    ('Recommendations arising from the review'), else the column of sentences (most cells of six words or
    more, the longest on average); the meeting is the first column of dates where no heading names one.
    None without the text and one other field, named or dated."""
    extra = frozenset(norm(k) for k in known)
    columns = [
        [cells[j].strip() for _, cells in table.rows[:_SAMPLE] if j < len(cells) and cells[j].strip()]
        for j in range(len(table.headings))
    ]
    free = [j for j, h in enumerate(table.headings) if h and not _hit(h, extra) and len(columns[j]) >= 2]
    dated = [j for j in free if sum(map(_day_of, columns[j])) >= 0.6 * len(columns[j])]
    # a heading naming a date over cells that are no dates ('Review' over review titles, 'Response (date)' over
    # 'Accepted (letter of 14 August 2023)'): kept as a note, not a date (the meeting's only where a column of
    # dates can be read instead)
    undated = [
        j
        for j, h in enumerate(table.headings)
        if h
        and _hit(h, extra)
        and (field_ := _field_of(heading_key(h))) in _DATE_FIELDS
        and (field_ != "meeting" or dated)
        and columns[j]
        and sum(map(_day_of, columns[j])) <= 0.2 * len(columns[j])
    ]
    named = {
        _field_of(heading_key(h)) for j, h in enumerate(table.headings) if h and _hit(h, extra) and j not in undated
    }
    # ... but "Review" alone over the reviews' names ('Review of Home Care'), where no column holds the item, is it
    out = [
        f"{table.headings[j]}={'item' if heading_key(table.headings[j]) == 'review' and 'item' not in named else 'note'}"
        for j in undated
    ]
    sentences = [j for j in free if sum(len(c.split()) >= 6 for c in columns[j]) >= 0.6 * len(columns[j])]
    if "text" not in named and (text := _recommendation_column(table)):
        out.append(f"{text}=text")
    elif "text" not in named and sentences:
        j = max(sentences, key=lambda k: sum(len(c.split()) for c in columns[k]) / len(columns[k]))
        out.append(f"{table.headings[j]}=text")
    dated = [j for j in dated if f"{table.headings[j]}=text" not in out]
    if "meeting" not in named and dated and not table.meeting and not table.groups:
        out.append(f"{table.headings[dated[0]]}=meeting")
    fields = named | {spec.rpartition("=")[2] for spec in out}
    return out if "text" in fields and len(fields - {None, "note"}) >= 2 else []


def _day_of(cell: str) -> bool:
    """A cell that is a date ('12/03/2024', '14 Feb 2024', 'Q3 2024', 'O&S 14.02.24'), not a sentence holding one."""
    try:
        read_cell_date(cell, month_end=True)
        return True
    except InvalidInput:
        pass
    return len(cell.split()) <= 4 and date_in(cell) is not None


def is_tracker(table: Table, known: Iterable[str] = ()) -> bool:
    """Whether a table's headings read as a tracker or a list of recommendations: one names the
    recommendation text and another names a field (a meeting, an owner, a response, a status...)."""
    extra = frozenset(norm(k) for k in known)
    keys = [k for h in table.headings if h and _hit(k := heading_key(h), extra)]
    fields = {SYNONYMS.get(k) for k in keys}
    for first, second in (FALLBACKS[k] for k in keys if k in FALLBACKS):  # as map_columns reads them: after
        fields.add(second if first in fields else first)  # the vocabulary's, the second choice where it took the first
    return "text" in fields and len(fields - {None}) >= 2


def _shown(value: str) -> str:
    """A cell as an error quotes it: whole if short, else its start."""
    return value if len(value) <= 60 else value[:57].rstrip() + "..."


def _waiting(text: str | None) -> str | None:
    """For a response cell that only says none has come ('Awaiting response', 'Response awaited',
    'Pending', 'TBC'): the status it implies ('' for none), else None (a response, or no cell)."""
    if text is None:
        return None
    word = norm(text)
    found = STATUS_WORDS.get(word)
    if found == ("referred", None):  # 'awaiting response' (not 'agreed': as a response, that accepts)
        return "referred"
    if re.match(r"(?:a\s+)?(?:response|reply)\s+(?:is\s+)?(?:due|expected|awaited|requested)\b", text.strip(), re.I):
        return ""  # 'Response due 10/06/2024': when one will come, not one
    return "" if word in _NO_RESPONSE_YET else None


def _opening(text: str, words: Mapping[str, Any]) -> Any:
    """What the word a cell opens with means ('Complete - see note', 'Accepted with amendments', a response's
    'Agreed; a timeline will follow'): the longest of `words` that opens it, of four letters or more."""
    key = norm(text[: _LONGEST_HEADING * 2])
    best = max((w for w in words if len(w) >= 4 and (key == w or key.startswith(w + " "))), key=len, default=None)
    return None if best is None else words[best]


def parse_status_map(specs: Sequence[str]) -> dict[str, tuple[str, str | None]]:
    """--status-map 'WORD=status' entries, checked."""
    out: dict[str, tuple[str, str | None]] = {}
    for spec in specs:
        word, sep, status = spec.rpartition("=")
        status = status.strip().lower()
        if not sep or not word.strip():
            raise InvalidInput(f"--status-map '{spec}' is not WORD=status, e.g. --status-map 'Parked=withdrawn'")
        if status in OUTCOMES and status not in STATUSES:  # --status-map 'In part=accepted-in-part'
            out[norm(word)] = ("accepted", outcome_name(status))
            continue
        if status not in STATUSES:
            raise InvalidInput(f"--status-map '{spec}': '{status}' is not one of: {', '.join(STATUSES)}")
        implied = {"accepted": "accepted", "rejected": "rejected"}.get(status)
        out[norm(word)] = (status, implied)
    return out


# A key's entry written inline: "Status: I = Implemented, P = In progress, N = Not accepted".
_KEY_ENTRY = re.compile(r"(?<![\w])([A-Za-z]{1,3})\s*=\s*([A-Za-z][A-Za-z '-]*?)\s*(?=[,;/.]|$|\s+[A-Za-z]{1,3}\s*=)")


def status_key(sheets: Sequence[SheetLike]) -> dict[str, tuple[str, str | None]]:
    """The status codes a workbook's key explains, read as --status-map would read them: a line above the
    headings ('Status: I = Implemented, P = In progress'), or rows of a code beside its meaning ('Key' sheet:
    'P' | 'In progress'). A code the vocabulary knows already ('N', 'Y') keeps its meaning; R, A and G explained
    are a RAG rating, which gives no status."""
    pairs: list[tuple[str, str]] = []
    for sheet in sheets:
        for row in sheet.rows[:_KEY_ROWS]:
            filled = [c.strip() for c in row if c and c.strip()]
            if len(filled) == 2 and len(filled[0]) <= 3 and not filled[0].isdigit():
                pairs.append((filled[0], filled[1]))
            pairs += [found for cell in filled if "=" in cell for found in _KEY_ENTRY.findall(cell)]
    key = {norm(code): _opening(meaning, STATUS_WORDS) for code, meaning in pairs if norm(code) not in STATUS_WORDS}
    key.update({code: ("agreed", None) for code in key if code in ("r", "a", "g")})  # a RAG key: no status, as RAG
    return {code: found for code, found in key.items() if found is not None}


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
    # How the minutes' reader writes a decision ('Agreed to X' as 'To X'; None when it only notes): a tracker
    # that is not scrutrack's own export is read by the rules its minutes are (given by the command).
    decision: Callable[[str], str | None] | None = None


@dataclass(frozen=True)
class Row:
    row: int
    record: Record
    where: str = ""  # 'tracker.csv row 5', "tracker.xlsx, sheet 'Open', row 5"


# Words around a target given as a period: 'by the end of March 2024', 'late 2024', 'March 2025 (revised)'.
_PERIOD_AROUND = re.compile(
    r"^(?:by\s+)?(?:the\s+)?(?:(?:end|close)\s+(?:of\s+)?|late\s+|mid[\s-]+|early\s+)?|\s*\([^()]*\)$", re.IGNORECASE
)


def _month_end(text: str) -> tuple[dt.date, bool] | None:
    """A target given as a period, its last day, and whether its year had two digits: a month ('March 2019',
    Excel's 'Mar-19'), a season ('Summer 2024'), a quarter ('Q3 2024'; of a financial year: 'Q1 2024/25'
    ends in June 2024), a financial year ('2024/25' ends on 31 March 2025); with words around it
    ('end of March 2024', 'by Summer 2024', 'March 2025 (revised)')."""
    v = _PERIOD_AROUND.sub("", text).strip()
    m = re.fullmatch(r"([A-Za-z]+)\.?(?:,?\s+|-)(\d{4}|\d{2})", v)
    if m:
        year = int(m[2]) + (2000 if len(m[2]) == 2 else 0)
        month, season = MONTHS.get(m[1].lower()), SEASON_ENDS.get(m[1].lower())
        if month is None and season is None:
            return None
        if month is None and season is not None:
            month, year = season, year + (season < 6)  # winter 2024 ends in February 2025
        return _last_day(year, month or 12), len(m[2]) == 2
    m = re.fullmatch(r"(?:q([1-4])\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})", v, re.IGNORECASE)
    if m and int(m[3]) % 100 == (int(m[2]) + 1) % 100:  # a financial year, April to March
        quarter = int(m[1] or 4)
        return _last_day(int(m[2]) + (quarter == 4), {1: 6, 2: 9, 3: 12, 4: 3}[quarter]), False
    m = re.fullmatch(r"q([1-4])\s*(\d{4})", v, re.IGNORECASE)
    return (_last_day(int(m[2]), 3 * int(m[1])), False) if m else None


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_cell_date(text: str, month_end: bool = False) -> dt.date:
    """A date as trackers hold it: ISO, 18/09/2018, 18 Sept 2018, 18-Sep-2018, with a time or not."""
    return read_cell_date(text, month_end)[0]


def cell_day(cell: str | None) -> dt.date | None:
    """The date a cell holds, or None (blank, or words: 'Full Council')."""
    try:
        return read_cell_date(cell)[0] if cell and cell.strip() else None
    except InvalidInput:
        return None


def read_cell_date(text: str, month_end: bool = False) -> tuple[dt.date, bool]:
    """parse_cell_date, and whether the year had two digits (Excel's 12/03/19, read as 20YY)."""
    v = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", text.strip())
    v = re.sub(r"(?<=\s)[’']\s?(\d{2})$", r"\1", v)  # '5 Mar '24'

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


# A label before a recommendation in its cell ('1.', 'R2:', 'Rec 3 -', '(a)', '2b)'): the tracker's number
# for it, not its text (the corpus's rule: labels go), where a sentence follows.
_TEXT_LABEL = re.compile(
    r"(?:(?:rec(?:ommendation)?\.?\s*(?:no\.?\s*)?|r)\d{1,3}[a-z]?\s*[.:)\-–—]?|\d{1,3}[a-z]?\s*[.:)\-–—]"
    r"|\(?(?:[a-z]|\d{1,3})\)|(?-i:[ivx]{1,4})\.|actions?\s*:)"
    r"\s+(?=(?-i:[A-Z]))",  # "R1 –", "R3 That ...", "3.", "(a)", "ii.", "ACTION: Chief Executive to ..."
    re.IGNORECASE,
)


def _unlabelled(text: str | None) -> str | None:
    return _TEXT_LABEL.sub("", text, count=1) if text is not None and _TEXT_LABEL.match(text) else text


def _meeting_date(text: str) -> tuple[dt.date, bool]:
    """A meeting's date as a tracker's meeting column holds it: a date, or one among a few words naming the
    meeting ('Cabinet - 5 March 2024', '05/03/2024 (special meeting)')."""
    try:
        return read_cell_date(text)
    except InvalidInput:
        found = find_date(text, "meeting date")
        if found is None or len(text) > _LONGEST_HEADING:
            raise
        return found[0], found[1]


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


@dataclass
class _Tally:
    """What reading the rows of every sheet of one file shares: numbers given, IDs used, problems."""

    numbers: dict[tuple[str, dt.date], int] = field(default_factory=dict)  # (committee, meeting) -> last number
    used: dict[str, str] = field(default_factory=dict)  # record ID -> the row that gave it
    unknown: dict[str, list[str]] = field(default_factory=dict)  # committee codes the configuration lacks -> rows
    outside: dict[str, list[str]] = field(default_factory=dict)  # the same, read as --committee's -> rows
    errors: list[str] = field(default_factory=list)
    two_digit_years: int = 0
    noted: list[str] = field(default_factory=list)  # rows whose decision only notes: left out, and said


class _RowReader:
    def __init__(self, table: Table, cols: Columns, ctx: Context, tally: _Tally) -> None:
        self.table, self.fields, self.more, self.ctx, self.tally = table, cols.fields, cols.more, ctx, tally
        self.errors = tally.errors
        self.columns = {f: table.headings[i] for f, i in cols.fields.items()}
        self.prefix = f"sheet '{table.sheet}', " if table.sheet is not None else ""
        names = {norm(name): slug for slug, name in ctx.committees.items()}
        self.committee_names = {**names, **{norm(s): s for s in ctx.committees}}
        self.group_days: dict[int, dt.date] = {}  # heading row of a group -> its meeting
        for group_row, heading in sorted(set(table.groups.values())):
            try:
                found = find_date(heading, "meeting date")
            except InvalidInput as exc:
                self.errors.append(f"{self.prefix}row {group_row}: {exc}")
                continue
            if found is not None:
                self.group_days[group_row] = found[0]
                tally.two_digit_years += found[1]

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
        self.errors.append(f"{self.prefix}row {row}{col}: {message}")

    def cell(self, cells: list[str], fld: str) -> tuple[str, bool]:
        return self._value(cells, self.fields.get(fld))

    def _value(self, cells: list[str], idx: int | None) -> tuple[str, bool]:
        if idx is None or idx >= len(cells):
            return "", False
        value, escaped = restore(cells[idx])
        if escaped:
            return value, True
        value = value.replace("\u00a0", " ").strip()
        heading = self.table.headings[idx] if idx < len(self.table.headings) else ""
        labelled = re.match(rf"{re.escape(heading)}\s*[-–—:]\s+(?=\S)", value, re.I) if heading.strip() else None
        return value[labelled.end() :] if labelled else value, False  # "Action - Leader to write ..." under "Action"

    def worded(self, cells: list[str], fld: str) -> str | None:
        """A date in words that name no day (`_WORDED`: 'By next meeting', 'End of term', 'From January 2024' as a
        due date): nothing to be late against, so no date; the words, to keep in the note. None for a date (or a date
        mistyped: '31/02/2019', 'Febuary 2024' are named as bad), and for the meeting's own date."""
        value, escaped = self.cell(cells, fld)
        if escaped or fld not in _WORDED or norm(value) in _EMPTY_DATE | STATUS_WORDS.keys():
            return None
        words = re.findall(r"[^\W\d_]{2,}", value)  # one word is a date mistyped only with figures or as a month
        if not words or (len(words) < 2 and (re.search(r"\d", value) or words[0][:3].lower() in MONTHS)):
            return None
        if len(value) > _LONGEST_HEADING:
            return None
        try:
            read_cell_date(value, month_end=True)
        except InvalidInput:
            return value.strip()
        return None

    def note(self, cells: list[str]) -> str | None:
        """The note: the one note column, or each of several ('Comments', 'Latest update') under its heading, and
        a target given in words under its own."""
        first = self.long(cells, "note")
        parts = [(self.columns.get("note", ""), first)] if first else []
        worded = [(self.columns[f], words) for f in _WORDED if (words := self.worded(cells, f))]
        for idx in self.more.get("note", []):
            value, escaped = self._value(cells, idx)
            if escaped or value.lower() not in _EMPTY:
                parts.append((self.table.headings[idx], normalize_text(value)))
        if len(parts) > 1 or worded:
            return "\n\n".join(f"{heading}: {text.strip()}" for heading, text in parts + worded)
        return parts[0][1].rstrip("\n") if parts else None

    def ref(self, cells: list[str]) -> str | None:
        """The row's references: its first reference column's, then each other's after its heading."""
        more = [f"{self.table.headings[i]} {v}" for i in self.more.get("ref", []) if (v := self._value(cells, i)[0])]
        return ", ".join(x for x in (self.line(cells, "ref"), *more) if x) or None

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
        if fld != "meeting" and norm(value) in STATUS_WORDS:  # 'Complete' where the date it was due would be
            return None
        if self.worded(cells, fld):  # 'By next meeting': kept in the note
            return None
        if len(value) > _LONGEST_HEADING:
            self.bad(row, fld, f"'{_shown(value)}' is not a date ({len(value):,} characters)")
            return None
        try:
            day, short = _meeting_date(value) if fld == "meeting" else read_cell_date(value, month_end)
            self.tally.two_digit_years += short
            return day
        except InvalidInput as exc:
            self.bad(row, fld, str(exc))
            return None

    def word(
        self,
        row: int,
        cells: list[str],
        fld: str,
        words: Mapping[str, Any],
        what: str,
        hint: str,
        past: Iterable[str] = (),
        quiet: bool = False,
    ) -> Any:
        """The meaning of a cell of words: one of `words`, with a RAG rating after it ("Complete (Green)") or
        more words after it ("Accepted with amendments"); None, and said, when it is none; None, silently,
        when it is one of `past` and not of `words` (a RAG rating in a status column, 'Pending' as an outcome), or
        any cell when `quiet`."""
        value, _ = self.cell(cells, fld)
        found = words.get(norm(value))  # first: --status-map may say what 'Red' means
        if found is None and (_NOT_APPLICABLE.match(norm(value)) or norm(value) in past):
            return None  # "N/A", "N/A - internal", "Not applicable (officer action)": no answer to read
        if found is None and len(value) <= _LONGEST_HEADING:
            found = words.get(norm(_RAG.sub("", value))) or _opening(value, words)
        if found is None and len(halves := _languages(value)) == 2:  # 'Cwblhawyd / Completed'
            found = next((f for half in halves if (f := words.get(norm(half)) or _opening(half, words))), None)
        if found is None and not quiet:
            self.bad(row, fld, f"unknown {what} '{_shown(value)}'; {hint.replace(value, _shown(value))}")
        return found

    def read(self, row: int, cells: list[str]) -> Record | None:
        if self.too_wide(row, cells):
            return None
        ctx = self.ctx
        before = len(self.errors)
        text = self.text(cells)
        if text == "":
            self.tally.noted.append(self.table.where(row))
            return None
        committee, given = self.committee(row, cells)
        meeting, number = self.meeting_and_number(row, cells, committee, before)
        if text is None:
            self.bad(row, "text", "no recommendation text")
        # a "Type" column of the tracker's own words ('Suggestion for improvement'): a recommendation, as with none
        kind = self.word(row, cells, "kind", KIND_WORDS, "kind", "", quiet=True) or "recommendation"
        themes = tuple(t.strip() for t in re.split(r"[,;\n]", self.line(cells, "themes") or "") if t.strip())
        # status and response
        status_words = {**STATUS_WORDS, **ctx.status_map}
        raw_status = self.cell(cells, "status")[0]
        hint = f"say what it means with --status-map '{raw_status}=STATUS' (statuses: {', '.join(STATUSES)})"
        found = self.word(row, cells, "status", status_words, "status", hint, past=RAG_WORDS)
        status, implied = found if found is not None else ("agreed", None)
        referred = self.date(row, cells, "referred")
        response_due = self.date(row, cells, "response_due", month_end=True)
        due = self.date(row, cells, "due", month_end=True)
        review = self.date(row, cells, "review", month_end=True)
        response, status = self.response(row, cells, status, implied, stated=found is not None)
        note = "\n\n".join(filter(None, [self.note(cells), *self.table.updates.get(row, [])])) or None
        if isinstance(response, str):  # an answer that says what was done, not how it was received: a note
            note, response = "\n\n".join(x for x in (response, note) if x), None
        evidence = self.evidence(row, cells)
        unknown = given in self.tally.unknown
        if len(self.errors) > before or meeting is None or committee is None or text is None or unknown:
            return None
        record_id = self.record_id(row, committee, meeting, number)
        if record_id is None:
            return None
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
        data["item"] = _uncoded(data.get("item")) or self.table.items.get(row) or self.table.item
        data["history"] = self.read_history(row, cells, data, note)
        if data["history"] is None:
            return None
        record, problems = record_from_dict({k: v for k, v in data.items() if v is not None})
        for p in problems:
            col = column_for(p.where, self.columns)
            self.errors.append(f"{self.prefix}row {row}{f', column {col!r}' if col else ''}: {p.message}")
        return record

    def text(self, cells: list[str]) -> str | None:
        """The recommendation as a record holds it. A tracker that is not scrutrack's own export (no ID column) is
        read by the minutes' rules: its introducer gone and a full stop at its end; '' when it only notes."""
        text = _unlabelled(self.long(cells, "text"))
        if text is None or "id" in self.fields:
            return text
        body = text.rstrip()
        decided = self.ctx.decision(body) if self.ctx.decision is not None else body
        if decided is None:
            return ""
        return decided + ("" if decided.endswith(ENDS_TEXT) else ".") + text[len(body) :]

    def too_wide(self, row: int, cells: list[str]) -> bool:
        """A row with text past the last heading: a separator inside unquoted text, said."""
        headings = len(self.table.headings)
        if len(cells) > headings and any(c.strip() for c in cells[headings:]):
            self.bad(
                row,
                None,
                f"has {len(cells)} cells but the heading row has {headings}; "
                "put quotes round text that contains the separator, or save the sheet as CSV again",
            )
            return True
        return False

    def committee(self, row: int, cells: list[str]) -> tuple[str | None, str | None]:
        """The row's committee (a slug) and the name its cell gives, if any; a body scrutrack.toml does not
        have is --committee's when it is given ('Full Council'), and tallied as unknown when not."""
        committee = self.ctx.committee
        given = self.line(cells, "committee")
        if given is not None:
            slug = self.committee_names.get(norm(given))
            if slug is None and committee is not None:  # a body the tracker names ('Full Council'), --committee's
                self.tally.outside.setdefault(given, []).append(f"{self.prefix}row {row}")
                slug = committee
            elif slug is None:
                self.tally.unknown.setdefault(given, []).append(f"{self.prefix}row {row}")
            elif committee is not None and slug != committee:
                self.bad(row, "committee", f"'{given}' is not the committee given with --committee ({committee})")
            committee = slug
        if committee is None and given is None:
            self.bad(row, "committee", "no committee; give --committee SLUG")
        return committee, given

    def meeting_and_number(
        self, row: int, cells: list[str], committee: str | None, before: int
    ) -> tuple[dt.date | None, int | None]:
        """The meeting (--meeting, the meeting column, the group's heading, or the ID's date) and the number
        (the ID's or the number column's); `before` is the count of errors when the row began."""
        ctx = self.ctx
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
            number = self.number(row, raw_number)
        return meeting, number

    def number(self, row: int, raw: str) -> int | None:
        """The number column's number ('3', 'No. 3', '#03', '3.'), or None, said."""
        m = re.fullmatch(r"[A-Za-z#.\s]*0*([1-9]\d{0,3})\.?", raw)
        if not m:
            self.bad(
                row,
                "number",
                f"'{raw}' is not a number; ignore the column with "
                f"--map '{self.columns['number']}=-' to number rows in order",
            )
            return None
        return int(m[1])

    def record_id(self, row: int, committee: str, meeting: dt.date, number: int | None) -> str | None:
        """The row's record ID: its number, or the next of its meeting; None, said, when an earlier row has it."""
        numbers = self.tally.numbers
        n = number if number is not None else numbers.get((committee, meeting), 0) + 1
        numbers[(committee, meeting)] = max(n, numbers.get((committee, meeting), 0))
        record_id = f"{committee}-{meeting.isoformat()}-{n}"
        used = self.tally.used
        if record_id in used:
            self.bad(
                row,
                "number" if "number" in self.columns else "id",
                f"gives {record_id} again ({used[record_id]} has it)",
            )
            return None
        used[record_id] = f"{self.prefix}row {row}"
        return record_id

    def read_history(
        self, row: int, cells: list[str], data: dict[str, Any], note: str | None
    ) -> list[dict[str, Any]] | None:
        """The history: the history column's JSON as exported, or made from the row (None, said, when wrong)."""
        exported = self.cell(cells, "history")[0]
        if not exported:
            return self.history(row, data, note, self.ref(cells))
        try:
            return _dated(_json_list(exported, "history"), history_date_keys)
        except InvalidInput as exc:
            self.bad(row, "history", str(exc))
            return None

    def response(
        self, row: int, cells: list[str], status: str, implied: str | None, stated: bool
    ) -> tuple[dict[str, Any] | str | None, str]:
        """The response and the status: a tracker with no status for the row, or one saying only that it is
        open or not started, takes it from the response's outcome ('Accepted / Rejected', or the answer's
        opening word: "Agreed; a timeline will follow")."""
        text = self.long(cells, "response_text")
        waiting = _waiting(text)
        if waiting is not None:  # 'Awaiting response', 'Pending', 'TBC': where the row stands, not a response
            text, status = None, status if stated else waiting or status
        day = self.date(row, cells, "response_date")
        outcome = self.word(
            row,
            cells,
            "response_outcome",
            OUTCOME_WORDS,
            "response outcome",
            "write accepted, accepted in part, accepted in principle, rejected or noted",
            past=_NO_OUTCOME,
        )
        if text is None and day is None and outcome is None:
            return None, status
        fld = "response_text" if text is not None else "response_outcome" if outcome else "response_date"
        if not stated or status == "agreed":  # 'Open', 'Not started': where the work stands, not the answer
            outcome = outcome or _opening(text or "", OUTCOME_WORDS)
            status = {"rejected": "rejected", "noted": "referred", None: status}.get(outcome, "accepted")
        if outcome is None:
            outcome = implied or {"rejected": "rejected"}.get(status)
            if outcome is None and status in ("in-progress", "implemented", "closed"):
                outcome = "accepted"
        if status in ("agreed", "referred") and (said := outcome or _opening(text or "", OUTCOME_WORDS)) not in (
            None,
            "noted",
        ):
            # a stated status from before the response ('Open') beside a response that says how it went
            outcome, status = said, {"rejected": "rejected"}.get(said, "accepted")
        if status in ("agreed", "referred") and outcome is None and text is None and day is not None:
            # only the day the executive considered it ('Exec Date'), not how: kept as a note, the status as given
            return f"{self.columns.get('response_date', 'Response date')}: {day.isoformat()}", status
        if status in ("agreed", "referred") and outcome is None and text is not None:
            # an answer that does not say how it was received ('Review published on 28 March 2024', 'Review under
            # way.') beside no status or an open one, or beside one saying no response has come ('NR': 'Letter sent
            # 3 October 2023; reply awaited.'): kept whole as a note under its heading, the status as given
            dated = f" ({day.isoformat()})" if day else ""
            return f"{self.columns.get('response_text', 'Response')}{dated}: {text.strip()}", status
        if status in ("agreed", "referred") and not (status == "referred" and outcome == "noted"):
            self.bad(
                row,
                fld,
                f"a response, but the status is '{status}'; give the status after the response "
                "(accepted, rejected, ...) or clear the response",
            )
            return None, status
        if outcome is None:
            self.bad(
                row,
                fld,
                f"a response with no outcome, and the status '{status}' does not say it; "
                "add an outcome column (accepted, accepted in part, accepted in principle, rejected, noted)",
            )
            return None, status
        if ((status == "rejected") != (outcome == Outcome.REJECTED) and status in ("accepted", "rejected")) or (
            outcome == Outcome.NOTED and status != "referred"
        ):
            self.bad(row, fld, f"the outcome '{outcome}' contradicts the status '{status}'")
            return None, status
        if text is None:
            text = f"The tracker {self.ctx.source} records the outcome ({outcome}) but not the response.\n"
        return {"date": day or self.ctx.today, "outcome": outcome, "text": text}, status

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

    def history(self, row: int, data: dict[str, Any], note: str | None, ref: str | None) -> list[dict[str, Any]] | None:
        meeting: dt.date = data["meeting"]
        today = self.ctx.today
        needs_entry = data["status"] != "agreed" or any(
            data.get(k) for k in ("referred", "response_due", "review", "response", "evidence")
        )
        agreed: dict[str, Any] = {"date": meeting, "event": "agreed", "due": data.get("due")}
        source = f"Imported from {self.ctx.source}" + (f" (ref {ref})" if ref else "")
        agreed["note"] = source + (f"\n\n{note}" if note and not needs_entry else "")
        history = [agreed]
        if needs_entry:
            day = today
            if data["status"] == "referred":
                # The history says when it became 'referred': the tracker's referral date if it has one, else the
                # meeting's when the tracker says when the response is due (it was sent on from there), else the
                # import day, which then stands as the referral date.
                day = data["referred"] or (meeting if data.get("response_due") else today)
                data["referred"] = day
                if data.get("response_due") is None:  # the domain rule: referral + the response period
                    period = self.ctx.response_periods.get(data["committee"], "2 months")
                    try:
                        data["response_due"] = add_period(day, period, f"the referral date {day}")
                    except InvalidInput as exc:
                        self.bad(row, "referred", str(exc))
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
    outside: list[str] = field(default_factory=list)  # bodies a committee column names, read as --committee's
    noted: list[str] = field(default_factory=list)  # rows left out: their decision only notes


def read_rows(table: Table, cols: Columns, ctx: Context) -> Read:
    """Every row as a record; every bad row is reported at once."""
    return read_tables([(table, cols, ctx)])


def read_tables(tables: Sequence[tuple[Table, Columns, Context]]) -> Read:
    """The rows of every table (the sheets of one workbook) as records, numbered through their
    meeting across the sheets; every bad row of every sheet is reported at once."""
    tally = _Tally()
    rows: list[Row] = []
    columns: dict[str, str] = {}
    for table, cols, ctx in tables:
        reader = _RowReader(table, cols, ctx, tally)
        columns = {**reader.columns, **columns}
        for n, cells in table.rows:
            record = reader.read(n, cells)
            if record is not None:
                rows.append(Row(n, record, table.where(n)))
    name = tables[0][0].name if tables else ""
    if tally.unknown:
        raise InvalidInput(unknown_committees(name, columns.get("committee", "committee"), tally.unknown))
    if tally.errors:
        n = len(tally.errors)
        raise InvalidInput(
            f"{name}: {n} problem{'s' if n != 1 else ''}:\n{listed(tally.errors)}\n"
            "nothing was imported; fix the file (or use --map / --status-map) and run the import again"
        )
    return Read(rows, columns, tally.two_digit_years, list(tally.outside), tally.noted)


def unknown_committees(name: str, heading: str, unknown: Mapping[str, list[str]]) -> str:
    """The error for committee codes scrutrack.toml lacks, with the lines that would add them."""

    def rows(places: list[str]) -> str:
        if all(p.startswith("row ") for p in places):  # one sheet: "rows 2, 4"
            ns = [p[4:] for p in places]
            shown = ", ".join(ns[:5]) + (", ..." if len(ns) > 5 else "")
            return f"row{'s' if len(ns) != 1 else ''} {shown}"
        return ", ".join(places[:5]) + (", ..." if len(places) > 5 else "")

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


# ------------------------------------------------------------------------------ a file's trackers


class SheetLike(Protocol):
    """A sheet of cells, as `scrutrack.sheets` reads one (a CSV file is one sheet with no name)."""

    name: str | None
    rows: list[list[str]]
    hidden: bool


@dataclass
class Chosen:
    """A sheet read as a tracker: its table, its columns, and the meeting date of every row if one is given."""

    table: Table
    columns: Columns
    meeting: dt.date | None = None
    said: tuple[str, bool] | None = None  # a 'Meeting Date:' line's date: what the summary says, two-digit year


def choose_tables(
    sheets: Sequence[SheetLike],
    name: str,
    overrides: Sequence[str] = (),
    wanted: Sequence[str] = (),
    meeting: dt.date | None = None,
) -> tuple[list[Chosen], list[tuple[str, str]]]:
    """The sheets of a file read as trackers, and those passed over with why.

    Every visible sheet whose headings read as a tracker, or the sheets named in `wanted` (--sheet).
    Hidden sheets (lists behind dropdowns, a round's fingerprints) and sheets whose headings are not
    a tracker's are passed over and named; a sheet asked for, or a file's only sheet, must read, and
    its error is the import's. `meeting` (--meeting) dates every row of every sheet.
    """
    known = [spec.rpartition("=")[0] for spec in overrides]
    by_name = {s.name.casefold(): s for s in sheets if s.name is not None}
    for w in wanted:
        if w.casefold() not in by_name:
            shown = ", ".join(repr(s.name) for s in sheets if s.name is not None)
            raise InvalidInput(f"--sheet '{w}': {name} has no such sheet; its sheets: {shown}")
    if wanted:
        candidates = [by_name[w.casefold()] for w in dict.fromkeys(wanted)]
    else:
        candidates = [s for s in sheets if not s.hidden and any(_filled(row) for row in s.rows)]
    skipped = [(s.name or "", "hidden" if s.hidden else "empty") for s in sheets if s not in candidates and not wanted]
    must = len(candidates) == 1 or bool(wanted)
    chosen = []
    for s in candidates:
        try:
            chosen.append(_choose(s, name, known, overrides, meeting, must))
        except _NotTracker as exc:
            skipped.append((s.name or "", str(exc)))
    if not chosen:
        why = "; ".join(f"'{s}' ({reason})" for s, reason in skipped) or "it has no sheets"
        raise InvalidInput(
            f"{name}: no sheet reads as a tracker: {why}; name the columns with --map, or choose a sheet with --sheet"
        )
    return chosen, skipped


_KEY_ROWS = 200  # rows of a sheet looked through for a status key


class _NotTracker(Exception):
    """A sheet passed over, and why."""


def _choose(
    sheet: SheetLike, name: str, known: Sequence[str], overrides: Sequence[str], meeting: dt.date | None, must: bool
) -> Chosen:
    try:
        table = table_from_rows(sheet.rows, name, known, sheet.name)
        inferred = inferred_columns(table, known)  # what the headings do not name, read by what it holds
        if not must and not (is_tracker(table, known) or inferred):
            raise _NotTracker("its headings do not read as a tracker")
        overrides = [*overrides, *inferred]
        said = None
        # a date above the headings ('Meeting date: ...') is every row's meeting only where no column
        # gives each row its own ('Updated for the Committee meeting on ...' above a 'Date of meeting' column)
        loose = _dayless_date_column(table) if meeting is None else None
        if meeting is None and not any(_names_meeting(h) for h in table.headings if h != loose):
            meeting, said = sheet_meeting(table)
        cols = map_columns(table, overrides, meeting_known=meeting is not None or bool(table.groups))
        _continued(table, cols)
    except InvalidInput as exc:
        if must:
            raise
        raise _NotTracker(str(exc).removeprefix(f"{name}, sheet '{sheet.name}': ")) from None
    return Chosen(table, cols, meeting, said)


def _dayless_date_column(table: Table) -> str | None:
    """A column headed only 'Date' none of whose cells is a day ('April 2026', 'Pilot from March 2026', '-'): an
    action plan's dates things are due by, not each row's meeting (which a line above the headings may give)."""
    for k, heading in enumerate(table.headings):
        cells = [row[k] for _, row in table.rows if k < len(row) and row[k].strip()]
        if heading and heading_key(heading) == "date" and cells and not any(map(cell_day, cells)):
            return heading
    return None


def _recommendation_column(table: Table) -> str | None:
    """In a tracker's sheet (not a table in minutes, where a summary of requests repeats the decisions), the
    one heading the vocabulary does not read that names recommendations ('Recommendation / action agreed',
    'Recommendations arising'), beside another heading it reads: the text."""
    unread = [h for h in table.headings if h and not _known(heading_key(h))]
    named = [h for h in unread if re.search(r"\brecommend", h, re.IGNORECASE)]
    read = len([h for h in table.headings if h]) - len(unread)
    return named[0] if len(named) == 1 and read >= 1 and "=" not in named[0] else None


def _continued(table: Table, cols: Columns) -> None:
    """A row that leaves its meeting blank under a row that gives one continues that row's meeting, and
    its item where it leaves that blank too, as a cell merged down over both would (trackers that show a
    meeting's date once, over the rows of its recommendations); not below a row heading a meeting."""
    meeting, item = cols.fields.get("meeting"), cols.fields.get("item")
    if meeting is None:
        return
    above: list[str] | None = None
    for n, cells in table.rows:
        if n in table.groups or meeting >= len(cells) or cells[meeting].strip():
            above = cells if n not in table.groups and meeting < len(cells) else None
            continue
        if above is None:
            continue
        cells[meeting] = above[meeting]
        if item is not None and item < min(len(cells), len(above)) and not cells[item].strip():
            cells[item] = above[item]


def sheet_meeting(table: Table) -> tuple[dt.date | None, tuple[str, bool] | None]:
    """The meeting date of every row from a 'Meeting Date:' line above the headings, or from the sheet's
    name where that is a date (a workbook of a sheet a meeting: '12 March 2024', '04.06.24'), with what
    the summary says and whether its year had two digits."""
    if table.meeting is None:
        try:
            day, short = read_cell_date(table.sheet or "")
        except InvalidInput:
            return None, None
        return day, (f"meeting {day.isoformat()} for every row of sheet '{table.sheet}' (its name)", short)
    row, value = table.meeting
    try:
        day, short = read_cell_date(value)
    except InvalidInput as exc:
        raise InvalidInput(f"{table.where(row)}: {exc}; fix the meeting date above the headings") from None
    return day, (f"meeting {day.isoformat()} for every row (row {row})", short)


def document_table(rows: Sequence[Sequence[str]], name: str, ctx: Context) -> Read | None:
    """A table found inside a document (minutes, a Cabinet report) read as a tracker or a list of
    recommendations, or None when its headings do not read as one (the caller skips and names it).

    `rows` are the table's rows of cell text, its heading row among the first; `name` says where it
    is for messages ('minutes.docx, table 2'); `ctx` gives the committee, the meeting (every row's
    date, from the document) and the import's date. A row with a bad cell raises InvalidInput naming
    it ('minutes.docx, table 2 row 3, column 'Target date': ...').
    """
    table = table_from_rows(rows, name)
    if not is_tracker(table):
        return None
    cols = map_columns(table, (), meeting_known=ctx.meeting is not None)
    if ctx.meeting is not None:
        cols.fields.pop("meeting", None)
    return read_tables([(table, cols, ctx)])


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
    latest = next((h for h in reversed(r.history) if h.event == IMPACT), None)
    if latest is None:
        cells += [""] * len(IMPACT_COLUMNS)
    else:
        cells += [latest.rating or "", (latest.text or "").rstrip("\n"), latest.date.isoformat(), latest.url or ""]
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


def _outcome_halves(cell: str) -> set[str]:
    """The outcomes a cell's words give, in either language and without a vote in brackets ('Ni fabwysiadwyd /
    Not adopted (4 for, 7 against)': rejected)."""
    halves = _languages(re.sub(r"\([^()]*\)", "", cell))
    return {OUTCOME_WORDS[key] for h in halves if (key := norm(h)) in OUTCOME_WORDS}


def turned_down(cell: str | None) -> bool:
    """A decision cell saying a recommendation was not taken up or only noted ('Not adopted', 'Noted')."""
    return bool(_outcome_halves(cell or "") & {"rejected", "noted"})


def outcome_word(value: str, what: str = "--outcome") -> str:
    """A response's outcome as an officer types it: in any case, or a tracker's word ('partly', 'Declined')."""
    key = norm(value)
    if key.replace(" ", "-") in OUTCOMES:
        return key.replace(" ", "-")
    found = OUTCOME_WORDS.get(key)
    if found is None:
        shown = ", ".join(o for o in OUTCOMES if o not in OLD_OUTCOMES)
        raise InvalidInput(f"{what} '{value}' is not one of: {shown} (or e.g. partly accepted, declined)")
    return found
