"""An update round's workbook for one owner (.xlsx, written with openpyxl), and its layout as data.

What the owner sees: a sheet of their records, the facts locked (grey) and the columns to fill in
unlocked (white): progress from a dropdown, an update for members, a new target date (a date
check) with its reason, and evidence. The header row is frozen, text wraps in columns wide enough
to read, and the sheet prints on A4 landscape, a page wide. An Instructions sheet says in plain
English what to do. A hidden sheet holds the round's name, the owner, and for each record the
fingerprint of the state it was sent in and a copy of its locked cells, so a row that comes back
changed, or from another round, is recognised (rounds.py, collect).

openpyxl, because it writes every part of this that Excel and LibreOffice honour (cell protection,
validation lists from a range, conditional formats, frozen panes, print setup, hidden sheets,
defined names) and is the reader most Python code uses for .xlsx, well kept since 2010.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any, NamedTuple

from scrutrack.dates import long_date
from scrutrack.lifecycle import original_due
from scrutrack.model import Record, one_line

MARKER = "scrutrack update round"  # A1 of the hidden sheet: this workbook came from `round start`
HIDDEN = "_scrutrack"
SHEET = "Updates"
INSTRUCTIONS = "Instructions"
TITLE_ROWS = 2  # the title, then the header row; records start on the row after
FIRST = TITLE_ROWS + 1
HIDDEN_HEADER_ROW = 8  # in the hidden sheet: id, fingerprint, then the locked columns' keys
PROGRESS_NAME = "ProgressWords"
DATE_FORMAT = "DD/MM/YYYY"
MAX_CELL = 32_000  # Excel holds at most 32,767 characters in a cell
LINE = 14.5  # points a line of 11-point text takes
MAX_LINES = 40  # a row never grows taller than this many lines (a very long text scrolls in its cell)


class WbColumn(NamedTuple):
    """One column of the Updates sheet."""

    key: str
    header: str
    width: float  # in Excel's character widths
    locked: bool
    wrap: bool = False
    date: bool = False


COLUMNS: tuple[WbColumn, ...] = (
    WbColumn("id", "ID", 17, True),
    WbColumn("committee", "Committee", 12, True, wrap=True),
    WbColumn("meeting", "Meeting", 10.5, True, date=True),
    WbColumn("text", "Recommendation", 38, True, wrap=True),
    WbColumn("response", "Agreed action / response", 26, True, wrap=True),
    WbColumn("original_due", "Original target", 10.5, True, wrap=True, date=True),
    WbColumn("due", "Current target", 10.5, True, wrap=True, date=True),
    WbColumn("last_update", "Last update", 24, True, wrap=True),
    WbColumn("progress", "Progress", 14, False, wrap=True),
    WbColumn("update", "Update for members", 38, False, wrap=True),
    WbColumn("new_due", "New target date", 10.5, False, wrap=True, date=True),
    WbColumn("reason", "Reason for the new date", 20, False, wrap=True),
    WbColumn("evidence", "Evidence (a link or document name)", 18, False, wrap=True),
)
LOCKED = tuple(c for c in COLUMNS if c.locked)
INPUTS = tuple(c for c in COLUMNS if not c.locked)
HEADERS = {c.key: c.header for c in COLUMNS}


class Sheet(NamedTuple):
    """What `round start` puts in one owner's workbook."""

    round: str
    owner: str
    started: dt.date
    due: dt.date
    records: Sequence[tuple[Record, str]]  # each record with the fingerprint it was sent in
    committee_name: Any  # slug -> full name
    progress_words: Sequence[str]


def _latest(record: Record) -> str:
    """The latest update, note or reason in the history, dated: what the owner said last time."""
    for h in reversed(record.history):
        said = getattr(h, "text", None) or h.note or h.reason
        if said:
            return f"{h.date.strftime('%d/%m/%Y')}: {one_line(said)}"
    return ""


def _response(record: Record) -> str:
    if record.response is not None:
        return record.response.text.strip()
    if record.kind == "action":
        return "An action for officers (no response needed)."
    if record.status == "referred":
        return f"Awaiting the response (due {long_date(record.response_due)})." if record.response_due else ""
    return ""


def locked_values(record: Record, committee_name: Any) -> dict[str, Any]:
    """The locked cells of a record's row, as written (dates as dates)."""
    first, _ = original_due(record)
    return {
        "id": record.id,
        "committee": committee_name(record.committee),
        "meeting": record.meeting,
        "text": record.text.strip()[:MAX_CELL],
        "response": _response(record)[:MAX_CELL],
        "original_due": first,
        "due": record.due,
        "last_update": _latest(record)[:MAX_CELL],
    }


def lines(value: Any, width: float) -> int:
    """How many lines a value takes wrapped at word boundaries in a column this wide (a width
    unit holds about one character of 11-point text)."""
    if not isinstance(value, str) or not value:
        return 1
    import textwrap

    per_line = max(int(width) - 1, 1)
    return sum(len(textwrap.wrap(part, per_line)) or 1 for part in value.split("\n"))


def row_height(values: dict[str, Any]) -> float:
    """A row tall enough for its longest wrapped text: neither Excel nor LibreOffice fits rows
    that a program wrote, so the height is set here."""
    most = max(lines(values.get(c.key), c.width) for c in COLUMNS if c.wrap)
    return LINE * min(max(most, 2), MAX_LINES) + 2


def title(sheet: Sheet) -> str:
    return f"Update round {sheet.round} for {one_line(sheet.owner)}: please reply by {long_date(sheet.due)}"


INSTRUCTION_TEXT = (
    "How to fill in this workbook",
    "",
    "The sheet 'Updates' lists the recommendations you are responsible for. For each one, please fill in",
    "the white columns on the right; the grey columns are locked and show what the committee has on record.",
    "",
    "Progress: choose one from the list in the cell.",
    "Update for members: in a few sentences, what has been done since the last update. The committee",
    "reads your words as you write them.",
    "New target date: only if the target has to move. Type the date as DD/MM/YYYY, and give the reason in",
    "the next column: a new date without a reason cannot be accepted.",
    "Evidence: a link to a report or web page, or the name of a document, that shows the work is done.",
    "If you say a recommendation is achieved, please give evidence so that the committee can close it.",
    "",
    "Leave a row empty if you have nothing to report. Please do not add, remove or reorder rows or sheets:",
    "the workbook is read back by the scrutiny team's software.",
    "",
    "When you have finished, save the workbook (keep it as .xlsx; any file name will do) and email it back",
    "to the scrutiny officer by the date in the title.",
)


def write(sheet: Sheet) -> bytes:
    """The owner's workbook as .xlsx bytes."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    _updates(ws, sheet, len(sheet.records))
    _instructions(wb.create_sheet(INSTRUCTIONS), sheet)
    _hidden(wb, sheet)
    wb.security = WorkbookProtection(lockStructure=True)  # no sheet added, renamed or unhidden by accident
    wb.properties.title = title(sheet)
    wb.properties.creator = "scrutrack"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _cell_styles(wb: Any) -> None:
    """The data cells' styles, registered once as named styles: a cell then takes one by name,
    which costs a tenth of setting its border, fill, alignment and protection one by one."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side

    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="EDEDED")
    for locked in (True, False):
        for wrap in (True, False):
            for date in (True, False):
                wb.add_named_style(
                    NamedStyle(
                        name=_style_name(locked, wrap, date),
                        font=Font(name="Calibri", size=11),  # the workbook's own font (a named style has none)
                        border=border,
                        fill=grey if locked else PatternFill(),
                        alignment=Alignment(wrap_text=wrap, vertical="top"),
                        protection=Protection(locked=locked),
                        number_format=DATE_FORMAT if date else "General",
                    )
                )


def _literal(cell: Any) -> Any:
    """The cell's text as text: openpyxl makes any string that starts with '=' a formula, and a
    record's "=HYPERLINK(...)" would run in the owner's Excel (CSV export guards the same way)."""
    if isinstance(cell.value, str) and cell.value.startswith("="):
        cell.data_type = "s"
    return cell


def _style_name(locked: bool, wrap: bool, date: bool) -> str:
    return f"scrutrack {'locked' if locked else 'answer'}{' wrapped' if wrap else ''}{' date' if date else ''}"


def _updates(ws: Any, sheet: Sheet, n: int) -> None:
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    head_fill = PatternFill("solid", fgColor="D9E1F2")
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws["A1"] = title(sheet)
    ws["A1"].font = Font(name="Calibri", bold=True, size=14)
    for i, c in enumerate(COLUMNS, 1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = c.width
        cell = ws.cell(row=TITLE_ROWS, column=i, value=c.header)
        cell.font = Font(name="Calibri", bold=True)
        cell.fill = head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border
    ws.row_dimensions[TITLE_ROWS].height = LINE * max(lines(c.header, c.width) for c in COLUMNS) + 2
    ws.row_dimensions[1].height = 22
    _cell_styles(ws.parent)
    styles = [_style_name(c.locked, c.wrap, c.date) for c in COLUMNS]
    for row, (record, _) in enumerate(sheet.records, FIRST):
        values = locked_values(record, sheet.committee_name)
        ws.row_dimensions[row].height = row_height(values)
        for i, c in enumerate(COLUMNS, 1):
            _literal(ws.cell(row=row, column=i, value=values.get(c.key))).style = styles[i - 1]
    ws.freeze_panes = ws.cell(row=FIRST, column=2)  # the header row, and the IDs as the sheet scrolls right
    last = FIRST + max(n, 1) - 1
    col = {c.key: get_column_letter(i) for i, c in enumerate(COLUMNS, 1)}

    progress = DataValidation(
        type="list",
        formula1=f"={PROGRESS_NAME}",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Progress",
        error="Please choose one of the words in the list.",
        promptTitle="Progress",
        prompt="Choose from the list.",
        showInputMessage=True,
    )
    progress.add(f"{col['progress']}{FIRST}:{col['progress']}{last}")
    y, m, d = sheet.started.year, sheet.started.month, sheet.started.day
    new_due = DataValidation(
        type="date",
        operator="greaterThanOrEqual",
        formula1=f"DATE({y},{m},{d})",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="New target date",
        error=f"Please type a date as DD/MM/YYYY, on or after {sheet.started.strftime('%d/%m/%Y')}.",
        promptTitle="New target date",
        prompt="Only if the target must move: DD/MM/YYYY, and give the reason in the next column.",
        showInputMessage=True,
    )
    new_due.add(f"{col['new_due']}{FIRST}:{col['new_due']}{last}")
    ws.add_data_validation(progress)
    ws.add_data_validation(new_due)
    # A new date without a reason shows red until the reason is given.
    reason_range = f"{col['reason']}{FIRST}:{col['reason']}{last}"
    rule = FormulaRule(  # type: ignore[no-untyped-call]
        formula=[f'AND(${col["new_due"]}{FIRST}<>"",LEN(TRIM(${col["reason"]}{FIRST}))=0)'],
        fill=PatternFill("solid", fgColor="F8CBAD"),
        stopIfTrue=False,
    )
    ws.conditional_formatting.add(reason_range, rule)

    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widening a column or a row stays allowed
    ws.protection.formatRows = False
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{TITLE_ROWS}:{TITLE_ROWS}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "Page &P of &N"
    ws.oddHeader.center.text = f"Update round {sheet.round}: reply by {sheet.due.strftime('%d/%m/%Y')}"
    ws.print_area = f"A1:{get_column_letter(len(COLUMNS))}{last}"


def _instructions(ws: Any, sheet: Sheet) -> None:
    from openpyxl.styles import Alignment, Font

    ws["A1"] = title(sheet)
    ws["A1"].font = Font(name="Calibri", bold=True, size=14)
    words = ", ".join(f'"{w}"' for w in sheet.progress_words)
    lines = list(INSTRUCTION_TEXT)
    lines.insert(6, f"The words are: {words}.")
    for i, line in enumerate(lines, 3):
        cell = ws.cell(row=i, column=1, value=line or None)
        cell.alignment = Alignment(wrap_text=False)
    ws["A3"].font = Font(name="Calibri", bold=True)
    ws.column_dimensions["A"].width = 110
    ws.protection.sheet = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _hidden(wb: Any, sheet: Sheet) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.defined_name import DefinedName

    ws = wb.create_sheet(HIDDEN)
    ws.sheet_state = "hidden"
    facts: list[tuple[str, Any]] = [
        (MARKER, 1),
        ("round", sheet.round),
        ("owner", sheet.owner),
        ("started", sheet.started),
        ("due", sheet.due),
    ]
    for row, (key, value) in enumerate(facts, 1):
        ws.cell(row=row, column=1, value=key)
        _literal(ws.cell(row=row, column=2, value=value))
    ws.cell(row=6, column=1, value="progress")
    for i, word in enumerate(sheet.progress_words, 2):
        _literal(ws.cell(row=6, column=i, value=word))
    end = get_column_letter(len(sheet.progress_words) + 1)
    wb.defined_names[PROGRESS_NAME] = DefinedName(PROGRESS_NAME, attr_text=f"'{HIDDEN}'!$B$6:${end}$6")
    keys = ["id", "fingerprint", *(c.key for c in LOCKED)]
    for i, key in enumerate(keys, 1):
        ws.cell(row=HIDDEN_HEADER_ROW, column=i, value=key)
    for row, (record, print_) in enumerate(sheet.records, HIDDEN_HEADER_ROW + 1):
        values = locked_values(record, sheet.committee_name)
        ws.cell(row=row, column=1, value=record.id)
        ws.cell(row=row, column=2, value=print_)
        for i, c in enumerate(LOCKED, 3):
            cell = _literal(ws.cell(row=row, column=i, value=values[c.key]))
            if c.date:
                cell.number_format = DATE_FORMAT
    ws.protection.sheet = True
