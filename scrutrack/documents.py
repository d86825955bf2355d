"""Minutes as councils publish them (plain text, Word, PDF, a saved web page) read into one plain-text model.

Whatever the format, the result is the text the minutes parser reads: one paragraph or list item a
line, a blank line between paragraphs, a form feed between pages, table rows as cells joined by tabs,
and every list item carrying the number a reader sees (Word's automatic numbering and HTML's `<ol>`
put no number in the text, so they are worked out here). Each line also knows where it came from in
the original ("paragraph 12", "page 2, line 5", the HTML source line) so errors point at it.

The format is found from the content first (a zip holding word/document.xml, `%PDF-`, HTML markup)
and the file name second, so a picture or a program renamed `.txt` is refused plainly. The libraries
load inside the reader that needs them: `scrutrack --help` and `list` never pay for them.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import itertools
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrutrack.errors import InvalidInput
from scrutrack.files import MB, ReadRefused, read_bytes

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from lxml.html import HtmlElement


@dataclass
class Document:
    """The plain-text model of a document; `places[i]` says where line i+1 came from (None: the file's line)."""

    name: str
    kind: str  # "text", "Word document", "PDF", "web page"
    lines: list[str] = field(default_factory=list)
    places: list[str] | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def where(self, line: int) -> str:
        """`name:line` for text, or the place in the original for Word, PDF and web pages."""
        if self.places is None or not 0 < line <= len(self.places):
            return f"{self.name}:{line}"
        return f"{self.name}, {self.places[line - 1]}"


SAVE_AS = "save the minutes as .docx, .pdf, .html or plain text"
# Office saves a .docx or .xlsx with a password as an OLE container holding this stream (its name in UTF-16).
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

# Magic numbers of files that are not minutes, and what to tell the officer.
_NOT_MINUTES = (
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"II*\x00", "a TIFF picture"),
    (b"MM\x00*", "a TIFF picture"),
)


MAX_INPUT_BYTES = 50 * MB  # minutes and trackers are far smaller; anything bigger is the wrong file


def read_input(path: str | Path) -> bytes:
    """The bytes of a file to import: a pipe, device or folder, or a file over MAX_INPUT_BYTES, is
    refused before anything is read (so `/dev/zero` or a FIFO cannot hang the import)."""
    try:
        return read_bytes(path, MAX_INPUT_BYTES)
    except ReadRefused as exc:
        if exc.mode is not None:
            raise InvalidInput(f"{path} {exc}; save what you want to import as a file and give that") from None
        raise InvalidInput(
            f"{path} {exc} for an import; minutes and trackers are far smaller: is it the right file?"
        ) from None
    except OSError as exc:
        raise InvalidInput(f"cannot read {path} ({exc.strerror or exc})") from None


def read_document(data: bytes, name: str) -> Document:
    """The plain-text model of a file's bytes, whatever the format; InvalidInput when it cannot be read."""
    kind = sniff(data, name)
    if kind == "docx":
        return read_docx(data, name)
    if kind == "pdf":
        return read_pdf(data, name)
    if kind == "html":
        return read_html(data, name)
    text = decode_text(data, name)
    if not text.strip():
        raise InvalidInput(f"{name} is empty; {SAVE_AS}")
    return Document(name, "text", text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def sniff(data: bytes, name: str) -> str:
    """'docx', 'pdf', 'html' or 'text', from the content, then the name; refuses what is none of them."""
    suffix = name.lower().rpartition(".")[2] if "." in name else ""
    if not data.strip():
        raise InvalidInput(f"{name} is empty; {SAVE_AS}")
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if _ENCRYPTED in data:
            raise InvalidInput(
                f"{name} is protected by a password; ask for an unprotected copy, or open it, remove the password "
                "(File > Info > Protect Document) and save it again as .docx"
            )
        raise InvalidInput(
            f"{name} is an old-style Word 97-2003 (.doc) or Excel file; open it in Word and save it as .docx"
        )
    if data.startswith(b"{\\rtf"):
        raise InvalidInput(f"{name} is a Rich Text (.rtf) file; open it in Word and save it as .docx")
    for magic, what in _NOT_MINUTES:
        if data.startswith(magic):
            raise InvalidInput(
                f"{name} is {what}, not a document with text; ask for the minutes as Word, PDF or a web page "
                "(a scan needs text recognition first)"
            )
    if suffix in ("docx", "docm", "dotx"):
        raise InvalidInput(
            f"{name} is not a Word document (it is not a .docx package; it may be damaged or only partly "
            "downloaded); open it in Word and save it again as .docx"
        )
    if suffix == "pdf":
        raise InvalidInput(f"{name} is not a PDF (it does not start as one; it may be damaged); download it again")
    head = data[:4096].lstrip(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith((b"from: <saved by", b"mime-version:")) and b"multipart/related" in head:
        raise InvalidInput(f"{name} is a web archive (.mhtml); save the page again as 'Web Page, HTML only' (.html)")
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(rb"<(?:html|head|body)[\s>]", head):
        return "html"
    if suffix in ("html", "htm", "xhtml") and re.search(rb"<[a-z!/]", head):
        return "html"
    return "text"


def _zip_kind(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError):
        raise InvalidInput(
            f"{name} is a damaged zip or Word file (it may be only partly downloaded); "
            "open it in Word and save it again as .docx"
        ) from None
    if "word/document.xml" in names:
        return "docx"
    if "opendocument.text" in mimetype:
        raise InvalidInput(f"{name} is an OpenDocument text (.odt); save it as .docx (File > Save As > Word)")
    if "xl/workbook.xml" in names or "opendocument.spreadsheet" in mimetype:
        what = "an Excel workbook" if "xl/workbook.xml" in names else "an OpenDocument spreadsheet"
        raise InvalidInput(f"{name} is {what}; import a tracker with `scrutrack import tracker`")
    raise InvalidInput(f"{name} is a zip file, not a Word document; unzip it and import the minutes inside")


# ------------------------------------------------------------------------------ plain text


def decode_text(data: bytes, name: str, advice: str = SAVE_AS) -> str:
    """Bytes of a text file as a clerk saves it: UTF-8 (BOM or not), UTF-16 or UTF-32 (BOM or not), or Windows-1252."""
    wide32 = _utf32(data)
    if wide32 is not None:  # before UTF-16: UTF-32's little-endian BOM starts with UTF-16's
        try:
            return data.decode(wide32)
        except UnicodeDecodeError:
            raise InvalidInput(f"{name} is not readable UTF-32 text; save it as UTF-8") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InvalidInput(f"{name} is not readable UTF-16 text; save it as UTF-8") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    wide = _utf16_without_bom(data)
    if wide is not None:
        try:
            return data.decode(wide)
        except UnicodeDecodeError:
            raise InvalidInput(f"{name} is not readable UTF-16 text; save it as UTF-8") from None
    controls = len(data.translate(None, _NOT_CONTROL))  # one pass (a million-row CSV: 30 ms, not 2.8 s)
    if b"\x00" in data or controls > max(2, len(data) // 200):
        raise InvalidInput(f"{name} is not text (it holds binary data, e.g. a program or a picture); {advice}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput(f"{name}:{line}: is neither UTF-8 nor Windows-1252 text; save it as UTF-8") from None


# Every byte but the control characters that text never holds (NUL to BS, VT, SO to US).
_NOT_CONTROL = bytes(b for b in range(256) if b not in (*range(0, 9), 11, *range(14, 32)))


def _utf32(data: bytes) -> str | None:
    """'utf-32' (a byte-order mark), 'utf-32-le' or 'utf-32-be' for UTF-32 text (without a mark: the two
    high bytes of every character zero), else None."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    head = data[:4096]
    quarter = len(head) // 4
    if quarter < 4 or len(data) % 4:
        return None
    if head[2::4].count(0) == quarter and head[3::4].count(0) == quarter and head[0::4].count(0) <= 0.05 * quarter:
        return "utf-32-le"
    if head[0::4].count(0) == quarter and head[1::4].count(0) == quarter and head[3::4].count(0) <= 0.05 * quarter:
        return "utf-32-be"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved without a byte-order mark (English text: every
    other byte zero), else None."""
    head = data[:4096]
    half = len(head) // 2
    if half < 8 or len(data) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= 0.6 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.6 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


# ------------------------------------------------------------------------------ shared layout


class _Lines:
    """The model under construction: lines, each with its place."""

    def __init__(self, name: str, kind: str) -> None:
        self.doc = Document(name, kind, [], [])

    def add(self, text: str, place: str) -> None:
        assert self.doc.places is not None
        for part in text.split("\n"):
            self.doc.lines.append(part)
            self.doc.places.append(place)

    def blank(self, place: str) -> None:
        if self.doc.lines and self.doc.lines[-1] != "":
            self.add("", place)

    def finish(self, empty: str) -> Document:
        if not any(line.strip() for line in self.doc.lines):
            raise InvalidInput(empty)
        return self.doc


def table_lines(rows: list[list[list[str]]]) -> Iterator[tuple[list[str], bool]]:
    """Table rows as model lines: (lines, paragraphs?). Cells are lists of paragraphs.

    A row with one filled cell is layout (a box round text): its paragraphs stand as paragraphs.
    A short label beside one text ("23." | "Waste Collection Review", "Decision:" | "That ...") is
    read as the label followed by the text. Anything else is a data row: cells joined by tabs.
    """
    for row in rows:
        cells = [[p for p in cell if p.strip()] for cell in row]
        filled = [c for c in cells if c]
        if not filled:
            continue
        if len(filled) == 1:
            yield filled[0], True
        elif (
            len(filled) == 2
            and len(filled[0]) == 1
            and len(filled[0][0]) <= 16
            and (
                len(filled[1][0]) > 16 or len(filled[1]) > 1  # "7." | "Budget", "The Committee ...", "RESOLVED ..."
            )
        ):
            yield [f"{filled[0][0]} {filled[1][0]}", *filled[1][1:]], True
        else:
            yield ["\t".join(" ".join(c) for c in filled)], False


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter", "lower-alpha", "upper-alpha", "a", "A"):
        s, k = "", n
        while k > 0:
            k, r = divmod(k - 1, 26)
            s = chr(97 + r) + s
        return s.upper() if fmt in ("upperLetter", "upper-alpha", "A") else s
    if fmt in ("lowerRoman", "upperRoman", "lower-roman", "upper-roman", "i", "I"):
        s, k = "", n
        for value, numeral in (
            (1000, "m"),
            (900, "cm"),
            (500, "d"),
            (400, "cd"),
            (100, "c"),
            (90, "xc"),
            (50, "l"),
            (40, "xl"),
            (10, "x"),
            (9, "ix"),
            (5, "v"),
            (4, "iv"),
            (1, "i"),
        ):
            while k >= value:
                s, k = s + numeral, k - value
        return s.upper() if fmt in ("upperRoman", "upper-roman", "I") else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


# ------------------------------------------------------------------------------ Word

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(el: Any, tag: str) -> str | None:
    child = el.find(f"{_W}{tag}") if el is not None else None
    return None if child is None else child.get(f"{_W}val")


class _Numbering:
    """Word's automatic numbering: the number each numbered paragraph shows, counted in document order."""

    def __init__(self, doc: DocxDocument) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str, bool]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.restarted: set[tuple[str, int]] = set()
        self.styles: dict[str, Any] = {}
        try:
            numbering = doc.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        if numbering is not None:
            for abstract in numbering.findall(f"{_W}abstractNum"):
                aid = abstract.get(f"{_W}abstractNumId") or ""
                levels = {}
                for lvl in abstract.findall(f"{_W}lvl"):
                    start = int(_val(lvl, "start") or "1")
                    fmt = _val(lvl, "numFmt") or "decimal"
                    text = _val(lvl, "lvlText") or ""
                    legal = lvl.find(f"{_W}isLgl") is not None
                    levels[int(lvl.get(f"{_W}ilvl") or "0")] = (start, fmt, text, legal)
                self.levels[aid] = levels
            for num in numbering.findall(f"{_W}num"):
                overrides = {}
                for override in num.findall(f"{_W}lvlOverride"):
                    restart = _val(override, "startOverride")
                    if restart is not None:
                        overrides[int(override.get(f"{_W}ilvl") or "0")] = int(restart)
                self.nums[num.get(f"{_W}numId") or ""] = (_val(num, "abstractNumId") or "", overrides)
        try:
            styles = doc.part.styles.element
        except (KeyError, NotImplementedError):
            styles = None
        if styles is not None:
            for style in styles.findall(f"{_W}style"):
                self.styles[style.get(f"{_W}styleId") or ""] = style

    def _num_pr(self, p: Any) -> tuple[str, int] | None:
        ppr = p.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        style_id = _val(ppr, "pStyle") if ppr is not None else None
        seen = set()
        while num_pr is None and style_id and style_id not in seen:  # numbering set by the paragraph's style
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            sppr = style.find(f"{_W}pPr")
            num_pr = sppr.find(f"{_W}numPr") if sppr is not None else None
            style_id = _val(style, "basedOn")
        if num_pr is None:
            return None
        num_id = _val(num_pr, "numId")
        if not num_id or num_id == "0":
            return None
        return num_id, int(_val(num_pr, "ilvl") or "0")

    def label(self, p: Any) -> str:
        """The number the paragraph shows ('1.', '(a)', '•'), or '' for an unnumbered one."""
        found = self._num_pr(p)
        if found is None or found[0] not in self.nums:
            return ""
        num_id, ilvl = found
        aid, overrides = self.nums[num_id]
        levels = self.levels.get(aid, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(aid, [None] * 10)
        start, fmt, text, _ = levels[ilvl]
        if ilvl in overrides and (num_id, ilvl) not in self.restarted:
            # "Restart numbering" in Word: a new list instance that starts again.
            self.restarted.add((num_id, ilvl))
            counters[ilvl] = None
            start = overrides[ilvl]
        current = counters[ilvl]
        counters[ilvl] = start if current is None else current + 1
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = None
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return ""

        def level_text(m: re.Match[str]) -> str:
            k = int(m[1]) - 1
            lstart, lfmt, _, _ = levels.get(k, (1, "decimal", "", False))
            value = counters[k] if 0 <= k < len(counters) and counters[k] is not None else lstart
            return _format_number(value or 1, "decimal" if levels[ilvl][3] else lfmt)

        return re.sub(r"%([1-9])", level_text, text).strip()


def _docx_text(p: Any) -> str:
    """A paragraph's text as shown: tracked deletions left out, tabs and line breaks kept."""
    out: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if any(a.tag in (f"{_W}del", f"{_W}moveFrom") for a in el.iterancestors()):
            continue
        tag = el.tag[len(_W) :]
        if tag == "t":
            out.append(el.text or "")
        elif tag == "tab":
            parent = el.getparent()
            if parent is not None and parent.tag == f"{_W}r":
                out.append("\t")
        elif tag == "br":
            out.append("\f" if el.get(f"{_W}type") == "page" else "\n")
        elif tag == "cr":
            out.append("\n")
        else:
            out.append("-")
    return "".join(out)


def read_docx(data: bytes, name: str) -> Document:
    """A Word .docx as the model: each paragraph a line with its automatic number, tables by rows."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        doc = docx.Document(io.BytesIO(data))
        numbering = _Numbering(doc)
        out = _Lines(name, "Word document")
        count = 0

        def paragraph(p: Any) -> str:
            nonlocal count
            count += 1
            label = numbering.label(p)
            text = _docx_text(p).strip(" ")
            if p.find(f"{_W}pPr/{_W}pageBreakBefore") is not None:
                text = "\f" + text
            return f"{label} {text}" if label and text.strip() else text

        def blocks(parent: Any) -> Iterator[Paragraph | Table]:
            # The body's paragraphs and tables in order, those inside content controls (w:sdt) too,
            # which templates wrap round whole sections and python-docx's iter_inner_content skips.
            for child in parent.iterchildren():
                if child.tag == f"{_W}p":
                    yield Paragraph(child, doc)
                elif child.tag == f"{_W}tbl":
                    yield Table(child, doc)
                elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
                    yield from blocks(child)

        for block in blocks(doc.element.body):
            if isinstance(block, Paragraph):
                text = paragraph(block._p)
                out.add(text, f"paragraph {count}")
                out.blank(f"paragraph {count}")
            elif isinstance(block, Table):
                start = count + 1
                rows: list[list[list[str]]] = []
                for row in block.rows:
                    cells: list[list[str]] = []
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # a merged cell comes back once per grid column
                            continue
                        seen.add(id(cell._tc))
                        cells.append([paragraph(p) for p in cell._tc.iter(f"{_W}p")])
                    rows.append(cells)
                place = f"the table at paragraph {start}"
                for lines, paragraphs in table_lines(rows):
                    for line in lines:
                        out.add(line, place)
                        if paragraphs:
                            out.blank(place)
                out.blank(place)
    except InvalidInput:
        raise
    except Exception as exc:
        raise InvalidInput(
            f"{name} is not a readable Word document ({type(exc).__name__}; it may be damaged or only partly "
            "downloaded); open it in Word and save it again as .docx"
        ) from None
    return out.finish(f"{name} is a Word document with no text; {SAVE_AS}")


# ------------------------------------------------------------------------------ PDF


@dataclass
class _Row:
    top: float
    bottom: float
    height: float
    parts: list[tuple[float, float, str]]  # x0, x1, text


def _pdf_rows(lines: Iterable[tuple[float, float, float, float, str]]) -> list[_Row]:
    """Text lines from the layout grouped into rows: pieces on one baseline are one row, left to right."""
    rows: list[_Row] = []
    for x0, y0, x1, y1, text in sorted(lines, key=lambda t: (-t[3], t[0])):
        height = max(y1 - y0, 1.0)
        for row in rows[-3:]:
            overlap = min(row.top, y1) - max(row.bottom, y0)
            if overlap > 0.5 * min(height, row.height):
                row.parts.append((x0, x1, text))
                row.top, row.bottom = max(row.top, y1), min(row.bottom, y0)
                break
        else:
            rows.append(_Row(y1, y0, height, [(x0, x1, text)]))
    return rows


def _row_text(row: _Row) -> str:
    parts = sorted(row.parts)
    out = parts[0][2]
    for (_, prev_x1, _), (x0, _, text) in itertools.pairwise(parts):
        gap = x0 - prev_x1
        out += ("\t" if gap > row.height else " ") + text
    return out


def _body_size(lines: Iterable[tuple[float, float, float, float, str, float, int]]) -> float:
    """The size of most of the text, weighted by characters: the body's, not the headers'."""
    weights: dict[float, int] = {}
    for *_, size, count in lines:
        weights[round(size, 1)] = weights.get(round(size, 1), 0) + count
    return max(weights, key=lambda k: weights[k]) if weights else 0.0


def _in_margin(y0: float, y1: float, size: float, height: float, body: float) -> bool:
    """Text in the top or bottom margin (a tenth of the page), smaller than the body's: a page
    header or footer, which Word and word processors print on every page ('Page 2', the
    committee's name, 'Chairman's initials ......')."""
    band = 0.1 * height
    return size < body - 0.5 and (y0 >= height - band or y1 <= band)


def read_pdf(data: bytes, name: str) -> Document:
    """A PDF's text layer as the model: rows rebuilt from positions, a blank line where a paragraph ends."""
    import logging

    # pdfminer warns on stderr about odd fonts ("Could not get FontBBox ..."); the officer sees one
    # line from us or the records, not a library's log.
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams, LTChar, LTTextLine
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

        out = _Lines(name, "PDF")
        try:
            pages = list(extract_pages(io.BytesIO(data), laparams=LAParams()))
        except (PDFPasswordIncorrect, PDFEncryptionError):
            raise InvalidInput(
                f"{name} is protected by a password; ask for an unprotected copy, or open it and save or print "
                "it again as a PDF without a password"
            ) from None

        def text_lines(item: Any) -> Iterator[tuple[float, float, float, float, str, float, int]]:
            if isinstance(item, LTTextLine):
                text = item.get_text().strip()
                sizes = [c.size for c in item if isinstance(c, LTChar)]
                if text:
                    yield item.x0, item.y0, item.x1, item.y1, text, sum(sizes) / max(len(sizes), 1), len(sizes)
                return
            if hasattr(item, "__iter__"):
                for child in item:
                    yield from text_lines(child)

        found = [(page, list(text_lines(page))) for page in pages]
        body = _body_size(line for _, lines in found for line in lines)
        for number, (page, lines) in enumerate(found, 1):
            rows = _pdf_rows((x0, y0, x1, y1, text) for x0, y0, x1, y1, text, *_ in lines)
            margin = {
                (x0, x1, text) for x0, y0, x1, y1, text, size, _ in lines if _in_margin(y0, y1, size, page.height, body)
            }
            if number > 1 and out.doc.lines:
                out.add("\f", f"page {number}")
            kept = [(i, row) for i, row in enumerate(rows) if not all(part in margin for part in row.parts)]
            for k, (i, row) in enumerate(kept):
                if k > 0:
                    prev = kept[k - 1][1]
                    if prev.bottom - row.top > 0.45 * min(prev.height, row.height):
                        out.add("", f"page {number}")
                out.add(_row_text(row), f"page {number}, line {i + 1}")  # lines counted as printed
    except InvalidInput:
        raise
    except Exception as exc:
        raise InvalidInput(
            f"{name} is not a readable PDF ({type(exc).__name__}; it may be damaged or only partly downloaded); "
            "download it again, or open it and save it again as a PDF"
        ) from None
    doc = out.finish(
        f"{name} has no text layer (it is a scanned image); ask for the original document, or run it through "
        "text recognition (OCR) and import the result"
    )
    text = doc.text
    if text.count("(cid:") * 6 > len(text) / 2:
        raise InvalidInput(
            f"{name} has text that cannot be read (its fonts carry no character map, so the words come out as "
            "'(cid:77)(cid:105)...'); ask for the Word document, or print it to PDF again"
        )
    return doc


# ------------------------------------------------------------------------------ web page

_SKIP_TAGS = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "iframe",
        "select",
        "input",
        "textarea",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
    ]
)
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alert"})
_SKIP_NAMES = frozenset(
    [
        "nav",
        "navbar",
        "navigation",
        "menu",
        "mainmenu",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "footer",
        "header",
        "site-header",
        "site-footer",
        "masthead",
        "skip",
        "skip-link",
        "skiplink",
        "skip-to-content",
        "share",
        "social",
        "feedback",
    ]
)
_SKIP_WORDS = frozenset(
    ["nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "sidebar", "footer", "masthead"]
)
_SKIP_PAIRS = frozenset([("side", "bar"), ("side", "nav"), ("side", "menu"), ("bread", "crumb"), ("bread", "crumbs")])
_MAIN = (
    "//main",
    "//*[@role='main']",
    "//*[@id='modgov']",
    "//*[@id='main-content']",
    "//*[@id='maincontent']",
    "//*[@id='content']",
    "//article",
)
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "address",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "fieldset",
        "details",
        "summary",
        "center",
        "hr",
    ]
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _html_text(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data, name)
    m = _CHARSET.search(data[:4096])
    if m:
        declared = m[1].decode("ascii").lower().replace("windows-1252", "cp1252")
        if declared in ("cp1252", "iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            # Pages that say Windows-1252 but hold UTF-8 ('â€“' for '–'): valid UTF-8 beyond ASCII
            # does not happen by chance in Windows-1252 text, so it is read as what it is.
            with contextlib.suppress(UnicodeDecodeError):
                return data.decode("utf-8")
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


def _skipped(el: HtmlElement) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag.lower() in _SKIP_TAGS or el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if (el.get("role") or "").lower() in _SKIP_ROLES:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    names = f"{el.get('id') or ''} {el.get('class') or ''}".split()
    if any(n.lower() in _SKIP_NAMES or n.lower().startswith("cookie") for n in names):
        return True
    # Names built of words, as site templates write them: "side-nav", "breadcrumb-trail", "mgSideBar".
    for n in names:
        words = [w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", n)]
        if _SKIP_WORDS.intersection(words) or any(pair in _SKIP_PAIRS for pair in itertools.pairwise(words)):
            return True
    return tag in ("ul", "ol") and _link_list(el)


def _link_list(el: HtmlElement) -> bool:
    """A list whose every item is only a link: a menu, not minutes (minutes' points are text)."""
    items = [li for li in el if isinstance(li.tag, str) and li.tag.lower() == "li"]
    if len(items) < 2:
        return False
    for li in items:
        text = " ".join(li.text_content().split())
        linked = " ".join(" ".join(a.text_content() for a in li.iter("a")).split())
        if not text or linked != text:
            return False
    return True


class _HtmlWalker:
    def __init__(self, name: str) -> None:
        self.out = _Lines(name, "web page")
        self.line: list[str] = []
        self.place = "line 1"
        self.marker = ""  # a list item's number, waiting for the item's first text
        self.outline: list[str] = []  # the numbers of the list items we are inside ("" if not decimal)

    def flush(self, blank: bool) -> None:
        text = re.sub(r"[ \t\r\n\f\v]+", " ", "".join(self.line)).strip()
        self.line = []
        if text:
            if self.marker:  # "<li><p>text</p>": the number goes with the paragraph inside
                text, self.marker = f"{self.marker} {text}", ""
            self.out.add(text, self.place)
        if blank:
            self.out.blank(self.place)

    def walk(self, el: HtmlElement, marker: str = "") -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or _skipped(el):
            self.line.append(" " if el.tail else "")
            if el.tail:
                self.line.append(el.tail)
            return
        if el.sourceline:
            self.place = f"line {el.sourceline}"
        block = tag in _BLOCKS or tag in ("li", "table", "ul", "ol", "tr")
        if block:
            self.flush(True)
        if marker:
            self.marker = marker
        if tag == "br":
            self.flush(False)
        elif tag == "pre":
            for raw in el.text_content().split("\n"):
                self.out.add(raw.rstrip(), self.place)
        elif tag in ("ol", "ul"):
            self.list(el, tag)
        elif tag == "table":
            self.table(el)
        else:
            if el.text:
                self.line.append(el.text)
            for child in el:
                self.walk(child)
        if block:
            self.flush(True)
        if marker:
            self.marker = ""  # an empty item: its number is not carried to what follows
        if el.tail:
            self.line.append(el.tail)

    def list(self, el: HtmlElement, tag: str) -> None:
        kind = (el.get("type") or "1") if tag == "ol" else "•"
        try:
            n = int(el.get("start") or "1")
        except ValueError:
            n = 1
        for child in el:
            if not isinstance(child.tag, str) or child.tag.lower() != "li":
                self.walk(child)
                continue
            if tag == "ol":
                with contextlib.suppress(ValueError):
                    n = int(child.get("value") or n)
                style = (el.get("style") or "").lower()
                fmt = next(
                    (f for f in ("lower-alpha", "upper-alpha", "lower-roman", "upper-roman") if f in style), kind
                )
                number = _format_number(n, fmt)
                n += 1
                if fmt == "1" and self.outline and self.outline[-1]:
                    # A numbered list inside a numbered item, as Word's outline numbering (1. / 1.1)
                    # is saved as a web page: numbered as Word shows it, "2.3".
                    number = f"{self.outline[-1]}.{number}"
                    marker = number
                else:
                    marker = f"{number}."
                self.outline.append(number if fmt == "1" else "")
            else:
                marker = "•"
                self.outline.append("")
            self.walk(child, marker)
            self.outline.pop()
            if child.tail and child.tail.strip():
                self.line.append(child.tail)

    def table(self, el: HtmlElement) -> None:
        if el.xpath(".//td//*[self::h1 or self::h2 or self::h3 or self::h4 or self::table]"):
            # A table that lays out the page (a menu column beside the content, headings in its
            # cells), as older council sites do: its cells are blocks of text, not data. A table of
            # labels and text ("Decision:" | the decision, with its list) is read by table_lines.
            for tr in el.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
                for td in tr:
                    if isinstance(td.tag, str) and td.tag.lower() in ("td", "th"):
                        self.walk(td)
                        self.flush(True)
            return
        rows: list[list[list[str]]] = []
        for tr in el.iter("tr"):
            cells = []
            for td in tr:
                if isinstance(td.tag, str) and td.tag.lower() in ("td", "th") and not _skipped(td):
                    inner = _HtmlWalker(self.out.doc.name)
                    inner.walk(td)
                    inner.flush(False)
                    cells.append([line for line in inner.out.doc.lines if line.strip()])
            rows.append(cells)
        for lines, paragraphs in table_lines(rows):
            for line in lines:
                self.out.add(line, self.place)
                if paragraphs:
                    self.out.blank(self.place)
        self.out.blank(self.place)


def _content_block(root: HtmlElement) -> HtmlElement | None:
    """The block a site template names as its content ('mgContent', 'page-content', 'main-column'), the largest."""
    best, size = None, 0
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag.lower() in _SKIP_TAGS:
            continue
        names = f"{el.get('id') or ''} {el.get('class') or ''}"
        words = {w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", names)}
        if not words & {"content", "main"} or any(_skipped(a) for a in (el, *el.iterancestors())):
            continue
        length = len(" ".join(el.text_content().split()))
        if length > size:
            best, size = el, length
    return best


def read_html(data: bytes, name: str) -> Document:
    """A page saved from a browser: its main content only, numbered `<ol>` items, tables by rows."""
    text = _html_text(data, name)
    try:
        import lxml.html
        from lxml import etree

        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))
    except (etree.ParserError, ValueError) as exc:
        raise InvalidInput(f"{name} is not a readable web page ({exc}); save the page again from the browser") from None
    main = None
    for path in _MAIN:
        found = root.xpath(path)
        if found and isinstance(found[0], lxml.html.HtmlElement) and found[0].text_content().strip():
            main = found[0]
            break
    if main is None:
        main = _content_block(root)
    if main is None:
        body = root.find("body")
        main = body if body is not None else root
    walker = _HtmlWalker(name)
    walker.walk(main)
    walker.flush(False)
    return walker.out.finish(f"{name} is a web page with no text in its main content; {SAVE_AS}")
