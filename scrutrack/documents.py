"""The document model every reader yields (headings, paragraphs, list items, tables, page furniture),
the limits readers keep, and bytes decoded as text (minutes and trackers alike).

A reader (scrutrack/readers/) turns a file into `Block`s; reading the minutes out of them
(scrutrack/minutes.py) never asks which format they came from.
"""

from __future__ import annotations

import codecs
import re
import time
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from scrutrack.errors import InvalidInput
from scrutrack.files import MB, ReadRefused, read_bytes


@dataclass
class Block:
    """One block of a document. `place` follows the file's name in messages (':12', ', paragraph 5')."""

    kind: str  # heading | paragraph | item | table | furniture (and row: a minutes table's row title, as read)
    text: str = ""
    place: str = ""
    level: int = 0  # a heading's level (1 is the top), a list item's depth (0 is the top)
    marker: str = ""  # a list item's number as the reader sees it: '1.', '(a)', 'iv)', '2.3', '•'
    bold: bool = False
    italic: bool = False
    rows: list[list[list[Block]]] = field(default_factory=list)  # a table: rows of cells of blocks

    def cells(self, markers: bool = False) -> list[list[str]]:
        """A table's rows as the text of each cell; with `markers`, each list number as printed in it too
        ('1. The Cabinet Member should ...', a date '12.09.23' that a Word reader takes for one)."""

        def shown(b: Block) -> str:
            return f"{b.marker} {b.text}".strip() if markers and b.marker else b.text

        return [[" ".join(shown(b) for b in cell).strip() for cell in row] for row in self.rows]


@dataclass
class Document:
    name: str
    kind: str  # "text", "Word document", "PDF", "web page"
    blocks: list[Block]

    def where(self, block: Block) -> str:
        return f"{self.name}{block.place}"


# ------------------------------------------------------------------------------ limits
# Set before anything is read, so a hostile file stops with one line instead of filling the laptop.

MAX_INPUT_BYTES = 50 * MB  # minutes and trackers are far smaller; anything bigger is the wrong file
MAX_UNPACKED = 100 * MB  # the parts of a Word package scrutrack reads, unpacked
MAX_PARTS = 5000  # entries in a Word package
MAX_BLOCKS = 200_000  # paragraphs, lines or list items in one document
MAX_PAGES = 2000  # pages of a PDF
MAX_PAGE_CHARS = 20_000  # characters one PDF page shows (a dense page of minutes shows some 5,000)
MAX_DRAWN = 5_000  # form objects a PDF's pages draw, all told
MAX_DEPTH = 120  # elements nested in a web page or a Word document (pages nest some 30 deep)
MAX_NUMBER = 9999  # the highest list number a Word or web list may start from
MAX_BLOCK_CHARS = 100_000  # a longer block is skipped and named, not read
MAX_POINTS = 5_000  # points of decisions in one document (a year's volume of minutes holds some hundreds)
MAX_TAGS = 1_000_000  # in a web page or Word's parts (Word writes 40-100 a paragraph): 10,000+ paragraphs
MAX_SECONDS = 20.0


def over(name: str, what: str, limit: str) -> InvalidInput:
    """The one line for a file past a limit; nothing is imported."""
    return InvalidInput(f"{name} {what}, over the limit of {limit}; nothing was imported (is it the right file?)")


class Budget:
    """The time a reader may take, checked as it goes, and a count of blocks."""

    def __init__(self, name: str, seconds: float = MAX_SECONDS) -> None:
        self.name, self.end, self.blocks = name, time.monotonic() + seconds, 0

    def tick(self, blocks: int = 1) -> None:
        self.blocks += blocks
        if self.blocks > MAX_BLOCKS:
            raise over(self.name, f"has more than {MAX_BLOCKS:,} paragraphs", f"{MAX_BLOCKS:,}")
        if time.monotonic() > self.end:
            raise over(self.name, f"took more than {MAX_SECONDS:.0f} seconds to read", f"{MAX_SECONDS:.0f} seconds")


def unzip(data: bytes, name: str, parts: tuple[str, ...]) -> dict[str, bytes]:
    """The named parts of a zip package (those present), each read no further than MAX_UNPACKED in all."""
    import io

    out: dict[str, bytes] = {}
    left = MAX_UNPACKED
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if len(zf.infolist()) > MAX_PARTS:
            raise over(name, f"holds {len(zf.infolist()):,} parts", f"{MAX_PARTS:,}")
        present = set(zf.namelist())
        for part in (p for p in parts if p in present):
            with zf.open(part) as f:
                out[part] = f.read(left + 1)
            left -= len(out[part])
            if left < 0:
                raise over(name, "unpacks to more than 100 MB of text", "100 MB")
    count_elements(sum(part.count(b"<") for part in out.values()), name)
    return out


def count_elements(tags: int, name: str) -> None:
    """Refuse markup of more than MAX_TAGS tags before it is parsed: a tree takes some 150 bytes an
    element, so the 100 MB of '<w:r/>' a 90 KB Word file unpacks to would take gigabytes."""
    if tags > MAX_TAGS:
        raise over(name, f"holds {tags:,} tags", f"{MAX_TAGS:,}")


# ------------------------------------------------------------------------------ text in blocks

_INVISIBLE = re.compile(r"[\v\f\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1f]")
_GLYPH_BULLET = re.compile(r"^(?:\(cid:\d+\)|[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\u25cf\u25aa\u2219\u25a0\u27a2])\s*")
_SPACED = re.compile(r"(?<![\w.])(?:[A-Z] ){2,}[A-Z](?![\w.])")  # letter-spaced words: "T H A T"


def clean(text: str) -> str:
    """A block's text: invisible characters and markdown emphasis gone, Symbol-font bullets as '•',
    letter-spaced words closed up, runs of spaces and tabs one space (line breaks kept); a block too
    long to read is left as it is (it is skipped, and named)."""
    if len(text) > MAX_BLOCK_CHARS:
        return text
    text = _INVISIBLE.sub(" ", text).replace("\u00a0", " ").replace("**", "").replace("__", "")
    text = _GLYPH_BULLET.sub("• ", text.strip())
    text = _SPACED.sub(lambda m: m[0].replace(" ", ""), text)
    return re.sub(r"[ \t\r]+", " ", re.sub(r" *\n *", "\n", text)).strip()


# A typed number runs to 1899 (a list past 999 points reads on, and the meeting's limit of 999 records
# says so); a year ('2024.' at the start of a wrapped line) is never a list's number, nor a time ('10.50 am – 11.30
# am', an item's timing on a committee's page).
_NUMBER = r"(?!(?:19|20)\d\d\b)\d{1,4}"
_MARKER = re.compile(
    rf"^(?:\((?P<p>{_NUMBER}|[A-Za-z]{{1,2}}|[ivxlcIVXLC]{{1,6}})\)\.?|\[(?:{_NUMBER}|[A-Za-z]|[ivxIVX]{{1,4}})\]|(?P<t>{_NUMBER}|[A-Za-z]{{1,2}}|[ivxlcIVXLC]{{1,6}})(?P<c>[.)]|(?<=\d),(?=[ \t]+[A-Z])|(?<=\d)/(?=[ \t]+[A-Z]))"
    r"|(?P<k>[A-Z]):(?=[ \t])|(?P<d>\d{1,3}(?:\.\d{1,3}){1,3})(?![ \t]*[ap]\.?m\b)\.?|(?P<b>[•·▪◦‣●○■□➢►✓*\-–—o]))(?:[ \t]+(?P<rest>.*)|$)",
    re.S,
)
_ROMAN = re.compile(r"(?=[ivxlc])c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})", re.IGNORECASE)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


# A planning application's reference: "25/00342/FUL", "23/1420/FUL" (the text reader's line breaks and the minutes'
# titles both know one).
APPLICATION_REF = r"\d{2,4}/\d{3,6}/[A-Z]{1,6}"
LINK_SIZE = r"[\d.,]+\s*[kmg]b"  # a linked file's size: "84 KB", "1.2MB"
PDF_LINK = rf"(?:pdf\s+icon\s*)?pdf\b[\s,]*{LINK_SIZE}"  # "pdf icon PDF 84 KB", a committee page's link
# A title's link to its report, where a committee page prints it: "Food Waste Collection Rollout pdf icon PDF 112 KB"
# (the readers end a title there; the minutes leave it out of the title).
PAPERS_LINK = re.compile(rf"\s+{PDF_LINK}\s*$", re.I)


def run_in_title(title: str, rest: str) -> bool:
    """Whether a line's opening in bold, its text run on after it in plain type, is a title ('Mains gas supply' /
    'Submitted – Update report ...'): of two words or more; not a label or an introducer closed by a colon, 'that'
    or 'to', nor one whose text goes on after a colon or a dash in plain type ('RECOMMENDED TO COUNCIL' / '– That
    ...', 'The Board resolved' / ':-')."""
    if len(title.split()) < 2 or re.search(r"(?::|\bthat|\bto)$", title, re.IGNORECASE):
        return False
    return not re.match(r"\s*[:\-–—]", rest)


def run_in_blocks(title: str | None, block: Block) -> list[Block]:
    """A paragraph whose bold title runs into its text ('413.1 Mains gas supply' in bold, its minute after it in plain
    type): the title (with the paragraph's number), then the minute, unnumbered; else the paragraph."""
    rest = block.text[len(title) :].strip() if title and block.text.startswith(title) else ""
    if not (title and rest):
        return [block]
    return [replace(block, text=title, bold=True), replace(block, kind="paragraph", text=rest, marker="")]


def split_marker(text: str) -> tuple[str, str]:
    """A typed list number and the text after it ('(a) asks ...' -> '(a)', 'asks ...'); ('', text) if none."""
    m = _MARKER.match(text)
    if not m:
        return "", text
    marker, rest = (text[: m.start("rest")].strip(), m["rest"].strip()) if m["rest"] is not None else (text.strip(), "")
    if not marker_readings(marker) or (not rest and (m["b"] or (m["t"] and not m["t"].isdigit()))):
        return "", text  # "-" alone, "I." alone: not a list's number
    return marker, rest


def _letters(token: str) -> int | None:
    """'a' -> 1, 'z' -> 26, 'aa' -> 27, 'bb' -> 28 (Word), 'ab' -> 28 (web pages)."""
    t = token.lower()
    if len(t) == 1:
        return ord(t) - 96
    if t[0] == t[1]:
        return ord(t[0]) - 96 + 26
    return (ord(t[0]) - 96) * 26 + ord(t[1]) - 96


def _roman(token: str) -> int:
    values = [_ROMAN_VALUES[c] for c in token.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def marker_readings(marker: str) -> list[tuple[str, int]]:
    """What a list number may mean, as (style, value): '(ii)' -> [('roman()', 2)]; 'i.' is roman 1 or
    the letter i (9), which the list it stands in decides; '•' -> [('bullet', 0)]."""
    m = re.fullmatch(r"\((\w+)\)\.?|(\w+)([.):,/])|(\d+(?:\.\d+)*)\.(\d+)\.?|(\S)|\[(\w+)\]", marker)  # '(1).' as '(1)'
    if m is None:
        return []
    if m[4]:
        return [("decimal", int(m[5]))]
    if m[6]:
        # Word's second-level bullets ('o', '◦') and dashes are lists of their own under a '•' point
        kinds = {"bullet": "•·▪‣●■□➢►✓*", "bullet-o": "o◦○", "bullet-dash": "-–—"}
        return next(([(k, 0)] for k, glyphs in kinds.items() if m[6] in glyphs), [])
    token, punct = (m[1], "()") if m[1] else (m[7], "[]") if m[7] else (m[2], m[3])  # '[1]' a list of its own
    if token.isdigit():
        return [("arabic" + punct, int(token))] if int(token) > 0 else []
    if prefixed := re.fullmatch(r"([A-Z][A-Za-z]{0,2})(\d{1,4})", token):  # Word's 'R%1.': R1., R2. (a list of its own)
        return [(f"{prefixed[1]}-arabic{punct}", int(prefixed[2]))] if int(prefixed[2]) > 0 else []
    case = "" if token.islower() else "upper-"
    out = []
    if _ROMAN.fullmatch(token) and (token.islower() or token.isupper()):
        out.append((f"{case}roman{punct}", _roman(token)))
    two = len(token) == 2 and token.isalpha() and token[0].lower() in ("a", token[1].lower())
    if (len(token) == 1 or two) and (token.islower() or token.isupper()):
        out.append((f"{case}alpha{punct}", _letters(token) or 0))
    return out


def format_number(n: int, fmt: str) -> str:
    """A list number as Word or a web page shows it: 3 in 'lowerLetter' is 'c', in 'upper-roman' 'III'."""
    upper = fmt in ("upperLetter", "upper-alpha", "A", "upperRoman", "upper-roman", "I")
    if fmt in ("lowerLetter", "upperLetter", "lower-alpha", "upper-alpha", "a", "A"):
        s, k = "", n
        while k > 0:  # a web page counts on as a spreadsheet's columns do: z, aa, ab; Word: z, aa, bb
            k, r = divmod(k - 1, 26)
            s = chr(97 + r) + s
        if "Letter" in fmt and n > 26:
            s = s[-1] * ((n - 1) // 26 + 1)
        return s.upper() if upper else s
    if fmt in ("lowerRoman", "upperRoman", "lower-roman", "upper-roman", "i", "I"):
        s, k = "", n
        for value, numeral in zip(
            (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
            ("m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"),
            strict=True,
        ):
            count, k = divmod(k, value)
            s += numeral * count
        return s.upper() if upper else s
    return f"{n:02d}" if fmt == "decimalZero" else str(n)


# ------------------------------------------------------------------------------ bytes


SAVE_AS = "save the minutes as .docx, .pdf, .html or plain text"
# Office saves a .docx or .xlsx with a password as an OLE container holding this stream (its name in UTF-16).
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


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
