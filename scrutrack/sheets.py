"""Tracker files read into sheets of text cells: CSV, Excel (.xlsx, .xlsm) and OpenDocument (.ods), bounded by construction.

Whatever the format, the result is the same: the file's sheets in workbook order, each with its
name, whether it is hidden, and its rows of cells as text, row 1 first (so a row's number is the one
the spreadsheet shows). A date cell is its ISO date ("2019-03-12"), a number as a spreadsheet shows
it ("3", "2.5", never "3.0"), text exactly as typed (a reference "007" stays "007"), a formula its
value as last calculated; a cell merged down over several rows gives its value to each of them (a
meeting date merged over that meeting's recommendations), one merged across keeps it in its first
column. Hidden rows and columns are read like any other, as Excel's own "Save as CSV" does (an
officer hides finished items; they are still records); hidden sheets are kept, marked hidden, for the
caller to pass over (`import tracker`) or to look up (a round's hidden sheet of fingerprints).

Workbooks are read by python-calamine (Rust; both formats, ~10x faster than openpyxl and ~80x
quicker to import: see pyproject.toml). It is not bounded by itself (a cell far out at XFD1048576
makes it allocate the whole grid and abort the process; repeated rows in an .ods are expanded), so
before it sees a byte every part of the zip is unpacked here under the limits below (declared sizes
and ratio checked first, and a part that unpacks to more than it declares stopped as it streams), no
part may carry a DTD (an entity bomb), and the sheets' XML is walked once to check the rows, columns
and cells actually used. Only then does calamine read a workbook whose size is known. Old .xls
files (a binary format that cannot be checked this way), password-protected workbooks, damaged zips
and documents that are not workbooks get one line each saying what to do.
"""

from __future__ import annotations

import codecs
import copy
import csv
import datetime as dt
import io
import re
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from scrutrack.dates import date_in
from scrutrack.errors import InvalidInput
from scrutrack.trackerwords import AGREED_ON, TITLE_LINE

if TYPE_CHECKING:
    from scrutrack.documents import Block

MB = 1_000_000
MAX_ROWS = 50_000  # a council's tracker holds hundreds of rows; a whole repository exported, tens of thousands
MAX_COLUMNS = 500  # trackers have 5 to 40 columns
MAX_CELLS = 2_000_000  # rows x columns of a sheet's used area (calamine holds it whole)
MAX_SHEETS = 200
MAX_PARTS = 5_000  # files inside the zip
MAX_UNZIPPED = 200 * MB  # all parts together, unpacked
MAX_PART = 100 * MB  # one part, unpacked
MAX_RATIO = 250  # unpacked : packed, for a part over RATIO_FROM (real sheets: 5 to 60)
RATIO_FROM = 10 * MB
SECONDS = 20.0  # reading one file; the hostile-file tests hold every case to seconds

SAVE_XLSX = "open it in Excel or LibreOffice and save it again as .xlsx"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # Office's password-protected package, in an OLE file
_XLSX = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


@dataclass
class Sheet:
    """One sheet's rows of text cells; for a CSV file, its one sheet has no name."""

    name: str | None
    rows: list[list[str]]
    hidden: bool = False


@dataclass
class Workbook:
    name: str  # the file as the officer named it
    kind: str  # "CSV", "Excel workbook", "OpenDocument spreadsheet", or the document's: "Word document", "PDF", ...
    sheets: list[Sheet] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  # a document's lines beside its tables ('Status key: C = complete')

    def sheet(self, name: str) -> Sheet | None:
        """The sheet of that name, hidden or not (any case)."""
        return next((s for s in self.sheets if s.name is not None and s.name.casefold() == name.casefold()), None)


class _Clock:
    """The time a read may take, checked as it goes."""

    def __init__(self, name: str, seconds: float = SECONDS) -> None:
        self.name, self.seconds, self.end = name, seconds, time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise InvalidInput(
                f"{self.name} took over {self.seconds:.0f} s to read and was stopped; a tracker reads in well under "
                "a second: is it the right file?"
            )


def read_tracker(data: bytes, name: str) -> Workbook:
    """The sheets of a tracker file's bytes (CSV, .xlsx, .xlsm or .ods; a Word document's, a PDF's or a
    saved page's tables); InvalidInput, one line, when it is not a tracker file, cannot be read, or is
    over a limit."""
    kind = sniff(data, name)
    clock = _Clock(name)
    if kind == "csv":
        return Workbook(name, "CSV", [Sheet(None, read_csv(decode_csv(data, name), name, clock))])
    if kind == "document":
        return _document_tables(data, name)
    return _read_workbook(data, name, kind, clock)


_FORM_LINES = 6  # a form's lines above its table that are read with it
_FORM_LINE = re.compile(r"[A-Z][\w ./’'()-]{1,70}:\s*\S.{0,120}$")  # "Meeting Date: 4 November 2025"


def _dated_line(text: str) -> bool:
    """A short line holding a date, such as heads each meeting's table ('Meeting held on 4 February 2025'), or one
    saying when the recommendations below were agreed ('... as agreed by the Fire Authority at its meeting on 18
    December 2025. Priority: 1 = high ...')."""
    return (len(text.split()) <= 10 or AGREED_ON.search(text) is not None) and date_in(text) is not None


def _titled_cells(b: Block) -> list[list[str]]:
    """A table's cells as text ('12.09.23' as typed), each paragraph of a cell run on after the last; in a column
    whose every cell below the headings opens with a title on a line of its own ('Community Grants' / 'Six-monthly
    report on ...'), the title on its own line still, as a spreadsheet's cell would keep it."""
    cells = b.cells(markers=True)
    for j in range(max(map(len, b.rows), default=0)):
        column = [row[j] for row in b.rows[1:] if j < len(row) and row[j]]
        if column and all(len(c) > 1 and not c[0].marker and TITLE_LINE.fullmatch(c[0].text) for c in column):
            for row, shown in zip(b.rows[1:], cells[1:], strict=True):
                if j < len(row) and row[j]:
                    shown[j] = row[j][0].text + "\n" + shown[j][len(row[j][0].text) :].strip()
    return cells


def _subject(b: Block) -> bool:
    """A heading printed over a table of one subject's rows: a heading or a bold line, a short title."""
    return (b.kind == "heading" or b.bold) and len(b.text.split()) <= 12 and TITLE_LINE.fullmatch(b.text) is not None


def _document_tables(data: bytes, name: str) -> Workbook:
    """A tracker kept as a table in a Word document, a PDF or a saved web page (a report's appendix, an
    executive's response table), read by the readers `import minutes` uses (bounded as they do, a PDF's
    table carried over pages read as one): each table a sheet, 'table 2' where there are several."""
    from scrutrack.readers import read_document

    doc = read_document(data, name)
    # each table with the form's lines above it ('Meeting Date: 4 November 2025', 'Topic: ...'), printed as lines or
    # as a table of labels beside their values ('Meeting Date | 21 November 2024')
    tables: list[list[list[str]]] = []
    above: list[str] = []
    titles: list[str] = []  # the subject heading right over each table ('On-call Availability'), or ""
    before: Block | None = None
    for b in doc.blocks:
        if b.kind == "table" and b.rows:
            cells = _titled_cells(b)
            tables.append([[line] for line in above[-_FORM_LINES:]] + cells)
            titles.append(before.text if before is not None and _subject(before) else "")
            lines = [f"{row[0].rstrip(':')}: {row[1]}" for row in cells if len(row) == 2]
            above = lines if len(lines) == len(cells) and all(map(_FORM_LINE.match, lines)) else []
        elif b.kind != "furniture" and (_FORM_LINE.match(b.text) or _dated_line(b.text)):
            above.append(b.text)  # or a short line that dates it: 'Meeting held on 4 February 2025'
        before = b if b.kind != "furniture" else before
    # tables grouped by subject, each under its own heading: the heading is the item of its rows
    if len(tables) > 1 and all(titles) and len(set(titles)) > 1:
        tables = [[[f"Subject: {title}"], *rows] for title, rows in zip(titles, tables, strict=True)]

    if not tables:
        raise InvalidInput(
            f"{name} is a {doc.kind} with no table; a tracker is read from its table (import minutes with "
            "`scrutrack import minutes`)"
        )
    many = len(tables) > 1
    sheets = [Sheet(f"table {n}" if many else None, t) for n, t in enumerate(tables, 1)]
    return Workbook(name, doc.kind, sheets, [b.text for b in doc.blocks if b.kind not in ("table", "furniture")])


# ------------------------------------------------------------------------------ what the file is


def sniff(data: bytes, name: str) -> str:
    """'csv', 'xlsx', 'ods' or 'document' (Word, PDF, a web page), from the content; anything else is refused,
    saying how to save it."""
    if not data.strip():
        raise InvalidInput(f"{name} is empty; export the tracker with its heading row")
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if _ENCRYPTED in data:
            raise InvalidInput(
                f"{name} is protected by a password; ask for an unprotected copy, or open it, remove the password "
                "(File > Info > Protect Workbook > Encrypt with Password) and save it again as .xlsx"
            )
        raise InvalidInput(
            f"{name} is an old-style Excel 97-2003 (.xls) workbook or Office file, which scrutrack does not "
            f"read; {SAVE_XLSX}"
        )
    if b"%PDF-" in data[:1024]:
        return "document"
    head = data[:2048].lstrip(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or (b"<table" in head and b"<td" in head):
        return "document"  # a saved page, or a 'web page' Excel saved with a .xls name
    if head.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in data[:8192]:
        raise InvalidInput(f"{name} is an Excel 2003 XML spreadsheet; {SAVE_XLSX}")
    return "csv"


def _zip_kind(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mimetype = ""
            if "mimetype" in names and zf.getinfo("mimetype").file_size < 200:
                mimetype = zf.read("mimetype").decode("ascii", "replace")
            manifest = "META-INF/manifest.xml"
            locked = (
                manifest in names
                and zf.getinfo(manifest).file_size < 1 << 20
                and b":encryption-data" in zf.read(manifest)
            )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError, ValueError, EOFError, NotImplementedError):
        raise InvalidInput(f"{name} is a damaged workbook (it may be only partly downloaded); {SAVE_XLSX}") from None
    if "xl/workbook.xml" in names:
        return "xlsx"
    if locked:  # OpenDocument's own password protection: its parts are encrypted, named in the manifest
        raise InvalidInput(
            f"{name} is protected by a password; ask for an unprotected copy, or open it in LibreOffice and save "
            "it again without one (File > Save As, 'Save with password' unticked)"
        )
    if "opendocument.spreadsheet" in mimetype or ("content.xml" in names and not mimetype):
        return "ods"
    if "xl/workbook.bin" in names:
        raise InvalidInput(f"{name} is an Excel binary workbook (.xlsb); {SAVE_XLSX}")
    if "word/document.xml" in names:
        return "document"
    if "opendocument" in mimetype:
        raise InvalidInput(f"{name} is an OpenDocument file but not a spreadsheet; save the tracker as .ods or .xlsx")
    raise InvalidInput(f"{name} is a zip file, not a workbook; unzip it and import the tracker inside")


# ------------------------------------------------------------------------------ CSV


def decode_csv(data: bytes, name: str) -> str:
    """A CSV file's text: UTF-8 (BOM or not), UTF-16 or UTF-32 (BOM or not), or Windows-1252."""
    from scrutrack.documents import decode_text

    return decode_text(data, name, "save the tracker from Excel as CSV (File > Save As > CSV UTF-8)")


def _delimiter(text: str) -> str:
    first = next((line for line in text[:65536].split("\n") if line.strip()), "")
    first = re.sub(r'"[^"]*"', "", first)
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv(text: str, name: str, clock: _Clock | None = None) -> list[list[str]]:
    """The rows of CSV text (comma, semicolon or tab, as its first line shows), streamed: a file of
    more than MAX_ROWS rows is refused at the row past it, before the rest is read."""
    clock = clock or _Clock(name)
    delimiter = _delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))  # a cell's width is checked with its heading
    rows: list[list[str]] = []
    reader = csv.reader(_lines(text), delimiter=delimiter)
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise InvalidInput(_too_many_rows(name, MAX_ROWS + 1))
            if len(row) > MAX_COLUMNS and any(c.strip() for c in row[MAX_COLUMNS:]):
                raise InvalidInput(_too_many_columns(name, len(rows) + 1, len(row)))
            rows.append(row[:MAX_COLUMNS])
            if len(rows) % 4096 == 0:
                clock.check()
    except csv.Error as exc:
        raise InvalidInput(f"{name} row {len(rows) + 1} is not readable CSV ({exc})") from None
    _check_quotes(text, name, delimiter, rows)
    return rows


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _lines(text: str) -> Iterator[str]:
    """The lines of a text with their endings, one at a time (io.StringIO would copy the whole file,
    four bytes a character: 136 MB for a million-row CSV)."""
    return (m.group() for m in _LINE.finditer(text))


def _too_many_rows(label: str, row: int) -> str:
    return (
        f"{label} has data in row {row:,}, over the {MAX_ROWS:,}-row limit for one tracker; a council's tracker "
        "holds hundreds: is it the right file? (Split a larger one and import each part.)"
    )


def _too_many_columns(label: str, row: int, columns: int) -> str:
    return (
        f"{label} row {row} has {columns:,} columns, over the {MAX_COLUMNS}-column limit; a tracker has tens: "
        "is it the right file?"
    )


def _check_quotes(text: str, name: str, delimiter: str, rows: list[list[str]]) -> None:
    """A quote that opens a cell and never closes takes every row after it into that cell: refused,
    naming the row, rather than importing one record made of the rest of the file."""
    try:
        for _ in csv.reader(_lines(text), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" not in str(exc) or not rows:
            return  # a stray quote inside a cell ('5" pipe') is read as it stands
        raise InvalidInput(
            f'{name} row {len(rows)}: a quote (") opens a cell and never closes, so every row after it would be '
            "read into that cell; close the quote or remove it, or save the sheet as CSV again"
        ) from None


# ------------------------------------------------------------------------------ workbooks


@dataclass
class _Used:
    """What one sheet's XML uses: the far corner of its cells with values, and cells merged down."""

    name: str
    rows: int = 0
    columns: int = 0
    merged_down: list[tuple[int, int, int]] = field(default_factory=list)  # (row, column, rows) 0-based (.ods)


def _read_workbook(data: bytes, name: str, kind: str, clock: _Clock) -> Workbook:
    what = "Excel workbook" if kind == "xlsx" else "OpenDocument spreadsheet"
    used = _check_zip(data, name, kind, clock)
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    book = Workbook(name, what)
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        metas = wb.sheets_metadata
        if len(metas) > MAX_SHEETS:
            raise InvalidInput(f"{name} has {len(metas):,} sheets, over the {MAX_SHEETS} limit; is it the right file?")
        for i, meta in enumerate(metas):
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue  # a chart sheet holds no cells
            sheet = wb.get_sheet_by_index(i)
            rows = [[_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            clock.check()
            merges = sheet.merged_cell_ranges or []
            down = [(r0, c0, r1 - r0 + 1) for (r0, c0), (r1, _) in merges if r1 > r0]
            if meta.name in used:
                down += used[meta.name].merged_down
            _fill_down(rows, down)
            book.sheets.append(Sheet(meta.name, rows, meta.visible != SheetVisibleEnum.Visible))
    except InvalidInput:
        raise
    except BaseException as exc:  # pyo3 raises a Rust panic as PanicException, a BaseException
        if isinstance(exc, KeyboardInterrupt | SystemExit | MemoryError):
            raise
        raise InvalidInput(f"{name} is a damaged {what} ({_reason(exc)}); {SAVE_XLSX}") from None
    return book


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _fill_down(rows: list[list[str]], down: list[tuple[int, int, int]]) -> None:
    """A cell merged down over rows gives its value to each (the meeting date merged over its items)."""
    for r0, c0, count in down:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0 + 1, min(r0 + count, len(rows))):
            if c0 < len(rows[r]) and not rows[r][c0]:
                rows[r][c0] = value


def _text(value: Any) -> str:
    """A cell's value as the text a spreadsheet shows (dates as ISO dates, 3.0 as 3)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return "" if value is None else str(value)


# ------------------------------------------------------------------------------ the zip, checked before calamine


def _check_zip(data: bytes, name: str, kind: str, clock: _Clock) -> dict[str, _Used]:
    """Every part unpacked under the limits (declared sizes first, then each part as it streams), no DTD
    anywhere, and each sheet's used rows, columns and cells within the limits. Returns each sheet's
    use by name (the .ods sheets' cells merged down, which calamine does not give)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InvalidInput(f"{name} is a damaged workbook (it may be only partly downloaded); {SAVE_XLSX}") from None
    with zf:
        infos = zf.infolist()
        _check_sizes(name, infos)
        sheet_parts = _sheet_parts(zf, name, clock) if kind == "xlsx" else {}
        used: dict[str, _Used] = {}
        for info in infos:
            if info.is_dir():
                continue
            with _Part(zf, info, name, clock) as part:
                if kind == "ods" and info.filename == "content.xml":
                    for sheet in _scan_ods(part, name, clock):
                        used[sheet.name] = sheet
                elif info.filename in sheet_parts:
                    _scan_xlsx(part, sheet_parts[info.filename], name, clock)
                part.drain()
    return used


def _check_sizes(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_PARTS:
        raise InvalidInput(
            f"{name} holds {len(infos):,} files, over the {MAX_PARTS:,} limit for a workbook; is it the right file?"
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART or total > MAX_UNZIPPED:
            raise InvalidInput(
                f"{name} unpacks to more than {(MAX_PART if info.file_size > MAX_PART else MAX_UNZIPPED) // MB} MB "
                f"({info.filename}: {info.file_size:,} bytes); a tracker is far smaller: is it a zip bomb?"
            )
        if info.file_size > RATIO_FROM and ratio > MAX_RATIO:
            raise InvalidInput(
                f"{name}: {info.filename} is compressed {ratio:,.0f} to 1 (a real sheet, under 100 to 1); "
                "it looks like a zip bomb, not a tracker"
            )


class _Part(io.RawIOBase):
    """One part of the zip as a stream: never more than it declares (a part that unpacks to more is
    stopped as it streams), refused if it carries a DTD, and within the time allowed."""

    def __init__(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, clock: _Clock) -> None:
        super().__init__()
        self.info, self.name, self.clock = info, name, clock
        probe = copy.copy(info)
        probe.file_size = info.file_size + 1  # let one byte more through, to see a part that lies
        del probe.CRC  # checked here, so that a part that lies is told apart from one that is damaged
        try:
            self.stream: IO[bytes] = zf.open(probe)
        except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError) as exc:
            raise self.damaged(exc) from None
        self.count, self.tail, self.crc = 0, b"", 0

    def damaged(self, exc: BaseException) -> InvalidInput:
        if isinstance(exc, NotImplementedError):
            return InvalidInput(f"{self.name} uses a compression scrutrack cannot unpack ({exc}); {SAVE_XLSX}")
        return InvalidInput(f"{self.name} is a damaged workbook ({self.info.filename}: {_reason(exc)}); {SAVE_XLSX}")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            chunk = self.stream.read(min(len(buffer), 1 << 20))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
            raise self.damaged(exc) from None
        if not chunk:
            if self.count != self.info.file_size or self.crc != self.info.CRC:
                raise self.damaged(ValueError("its data do not match its checksum"))
            return 0
        self.count += len(chunk)
        self.crc = zlib.crc32(chunk, self.crc)
        if self.count > self.info.file_size:
            raise InvalidInput(
                f"{self.name}: {self.info.filename} unpacks to more than the {self.info.file_size:,} bytes it declares; "
                "it looks like a zip bomb, not a tracker"
            )
        if b"<!DOCTYPE" in self.tail + chunk[:4096] or b"<!ENTITY" in self.tail + chunk:
            raise InvalidInput(
                f"{self.name}: {self.info.filename} declares XML entities (<!DOCTYPE>), which Excel and LibreOffice "
                "never write: it is not a genuine workbook"
            )
        self.tail = chunk[-16:]
        self.clock.check()
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def drain(self) -> None:
        while self.read(1 << 20):
            pass

    def close(self) -> None:
        self.stream.close()
        super().close()


def _safe_parser_args() -> dict[str, Any]:
    return {"resolve_entities": False, "no_network": True, "huge_tree": False, "load_dtd": False}


def _sheet_parts(zf: zipfile.ZipFile, name: str, clock: _Clock) -> dict[str, str]:
    """An .xlsx's worksheet parts -> their sheet names (xl/workbook.xml and its relationships)."""
    from lxml import etree

    def parse(part: str) -> Any:
        if part not in zf.namelist():
            return None
        info = zf.getinfo(part)
        with _Part(zf, info, name, clock) as stream:
            try:
                return etree.parse(stream, etree.XMLParser(**_safe_parser_args())).getroot()
            except etree.XMLSyntaxError as exc:
                raise InvalidInput(f"{name} is a damaged workbook ({part}: {_reason(exc)}); {SAVE_XLSX}") from None

    book, rels = parse("xl/workbook.xml"), parse("xl/_rels/workbook.xml.rels")
    if book is None or rels is None:
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{{{_PKG_REL}}}Relationship")}
    parts = {}
    for sheet in book.iter(f"{{{_XLSX}}}sheet"):
        target = targets.get(sheet.get(f"{{{_REL}}}id"), "")
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        parts[re.sub(r"[^/]+/\.\./", "", path)] = sheet.get("name", "")
    return parts


_CELL_REF = re.compile(r"([A-Z]{1,4})(\d{1,8})$")


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _scan_xlsx(stream: _Part, sheet: str, name: str, clock: _Clock) -> None:
    """Walk a worksheet's XML once: the far corner of the cells that hold a value, within the limits."""
    from lxml import etree

    row_tag, cell_tag = f"{{{_XLSX}}}row", f"{{{_XLSX}}}c"
    row = column = rows = columns = 0
    label = f"{name}, sheet '{sheet}'"
    try:
        for n, (event, el) in enumerate(
            etree.iterparse(stream, events=("start", "end"), tag=(row_tag, cell_tag), **_safe_parser_args())
        ):
            if el.tag == row_tag:
                if event == "start":
                    r = el.get("r")
                    row, column = (int(r) if r and r.isdigit() else row + 1), 0
                else:
                    _forget(el)
                continue
            if event == "start":
                continue
            m = _CELL_REF.match(el.get("r") or "")
            column = _column_number(m[1]) if m else column + 1
            if len(el):  # a value, inline text or a formula: calamine makes room up to it
                rows, columns = max(rows, row), max(columns, column)
                _within(label, rows, columns)
            if n % 8192 == 0:
                clock.check()
    except etree.XMLSyntaxError as exc:
        raise InvalidInput(f"{label} is damaged ({_reason(exc)}); {SAVE_XLSX}") from None


def _scan_ods(stream: _Part, name: str, clock: _Clock) -> Iterator[_Used]:
    """Walk an .ods's content.xml once: each sheet's far corner of cells with a value (repeated rows
    and columns counted, not expanded) within the limits, and its cells merged down."""
    from lxml import etree

    t = f"{{{_TABLE}}}"
    table_tag, row_tag, cell_tag, covered_tag = f"{t}table", f"{t}table-row", f"{t}table-cell", f"{t}covered-table-cell"
    sheet = _Used("")
    row = column = repeat = 0
    try:
        events = etree.iterparse(
            stream, events=("start", "end"), tag=(table_tag, row_tag, cell_tag, covered_tag), **_safe_parser_args()
        )
        for n, (event, el) in enumerate(events):
            if el.tag == table_tag:
                if event == "start":
                    sheet, row = _Used(el.get(f"{t}name", "")), 0
                else:
                    yield sheet
                    _forget(el)
            elif el.tag == row_tag:
                if event == "start":
                    repeat, column = _count(el, f"{t}number-rows-repeated", name), 0
                else:
                    row += repeat
                    _forget(el)
            elif event == "end":
                across = _count(el, f"{t}number-columns-repeated", name)
                if el.get(f"{{{_OFFICE}}}value-type") is not None or len(el):
                    sheet.rows, sheet.columns = max(sheet.rows, row + repeat), max(sheet.columns, column + across)
                    _within(f"{name}, sheet '{sheet.name}'", sheet.rows, sheet.columns)
                    down = _count(el, f"{t}number-rows-spanned", name)
                    if down > 1 and el.tag == cell_tag:
                        sheet.merged_down.append((row, column, down))
                column += across
                el.clear()
            if n % 8192 == 0:
                clock.check()
    except etree.XMLSyntaxError as exc:
        raise InvalidInput(f"{name} is a damaged OpenDocument spreadsheet ({_reason(exc)}); {SAVE_XLSX}") from None


def _count(el: Any, attribute: str, name: str) -> int:
    value = el.get(attribute)
    if value is None:
        return 1
    if not value.isdigit() or int(value) < 1:
        raise InvalidInput(f"{name} is a damaged OpenDocument spreadsheet ({attribute} '{value[:20]}'); {SAVE_XLSX}")
    return int(value)


def _within(label: str, rows: int, columns: int) -> None:
    if rows > MAX_ROWS:
        raise InvalidInput(_too_many_rows(label, rows))
    if columns > MAX_COLUMNS:
        raise InvalidInput(
            f"{label} has data in column {columns:,}, over the {MAX_COLUMNS}-column limit; a tracker has tens: "
            "is it the right file?"
        )
    if rows * columns > MAX_CELLS:
        raise InvalidInput(
            f"{label} uses {rows:,} rows by {columns:,} columns, over the {MAX_CELLS:,}-cell limit; "
            "is it the right file?"
        )


def _forget(el: Any) -> None:
    """Free a parsed element and the siblings before it, so a sheet of any length is walked in little memory."""
    el.clear()
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]
