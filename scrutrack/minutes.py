"""Minutes' "Conclusions and Recommendations" text read into numbered recommendations (pure, no I/O).

The canonical shape is the appendix of a chair's report: `Meeting Date:` blocks holding `Item:`
blocks, each with `Conclusions:` and `Recommendation(s):` lists. Real minutes vary, so this reads:

- dates as the dates module does (ISO, 18/09/2018, 18 Sept 2018, with or without a weekday);
- list markers "1.", "1)", "(1)", "i.", "a)", bullets, or plain paragraphs; the first marker of a
  list sets its style, and a marker of another style inside it is a sub-point of the item above;
- items wrapped over several lines, even across blank lines and a page break, when the line so
  far does not end a sentence or the next starts in lower case;
- page furniture ("Page 3 of 7", "- 3 -", a bare page number, form feeds, "continued") and a
  running header or footer repeated beside page breaks, all skipped;
- "Recommendations: None" (or "There were no recommendations") as a heading with nothing under it.

Anything it cannot place (a recommendation list with no meeting date above it, a bad date, a
numbered point under no heading) is an InvalidInput naming the line (1 = the first line).
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from scrutrack.dates import parse_date
from scrutrack.errors import InvalidInput
from scrutrack.model import normalize_text


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file as a clerk saves it: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InvalidInput(f"{name} is not readable UTF-16 text; save it as UTF-8") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput(f"{name}:{line}: is neither UTF-8 nor Windows-1252 text; save it as UTF-8") from None


@dataclass(frozen=True)
class Recommendation:
    """One recommendation as the minutes give it; `number` runs through its meeting."""

    meeting: dt.date
    number: int
    item: str | None
    text: str
    line: int


@dataclass
class Minutes:
    recommendations: list[Recommendation] = field(default_factory=list)
    conclusions: int = 0
    meetings: list[dt.date] = field(default_factory=list)


# ------------------------------------------------------------------------------ lines

_INVISIBLE = re.compile(r"[\f\v\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1f]")
_FURNITURE = re.compile(
    r"^(?:page\s+\d+(?:\s+of\s+\d+)?|p\.?\s*\d+|\d+\s+of\s+\d+|[-–—]?\s*\d{1,3}\s*[-–—]?"
    r"|\(?cont(?:inued|'d|’d|\.)?(?:\s+(?:overleaf|on next page|from previous page))?\)?\.?)$",
    re.IGNORECASE,
)
_MEETING = re.compile(
    r"^(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|meeting\s+held\s+on|meeting)\s*[:\-–—]\s*(.*)$",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^(?:agenda\s+)?item(?:\s+(?:no\.?\s*)?\d+[a-z]?)?\s*[:\-–—.]\s*(.*)$", re.IGNORECASE)
_SECTION = re.compile(
    r"^(conclusions?|recommendations?|recommendation\(s\)|resolved(?:\s+that)?|resolutions?|actions?|agreed)"
    r"(?:\s+(?:to|for)\s+[^:]{1,80})?\s*"
    r"(?:[:\-–—]\s*(.*))?$",
    re.IGNORECASE,
)
_APPENDIX = re.compile(r"^appendix\s+[a-z0-9]{1,3}\b", re.IGNORECASE)
_NONE = re.compile(
    r"^(?:none|nil|n/?a|no\b.*\brecommendations?\b.*|there\s+were\s+no\b.*"
    r"|.*\b(?:did\s+not|no|not\s+to)\s+make\s+any\s+(?:formal\s+)?recommendations?\b.*)[.)]*$",
    re.IGNORECASE,
)
_MARKER = re.compile(r"^(?:\((\w{1,4})\)|(\w{1,4})([.)])|([•·▪◦‣*\-–—]))(?:\s+(.*))?$")
_DECIMAL = re.compile(r"^\d{1,3}\.\d{1,3}\.?\s+(.*)$")  # "12.1 That ...": paragraph numbers in Word minutes
_ROMAN = re.compile(r"^(?=[ivxl])(x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)
_DATE_IN = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d+"
    r"|(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d+"
)
_QUOTES = "\"'“”‘’«»"
_ENDS_SENTENCE = (".", "!", "?", ".”", ".’", '."', ".'", ".)")


def _clean(raw: str) -> str:
    text = _INVISIBLE.sub(" ", raw).replace("\u00a0", " ").replace("**", "").replace("__", "")
    return text.strip()


@dataclass(frozen=True)
class _Marker:
    style: tuple[str, str]  # (arabic | roman | alpha | bullet, its punctuation)
    rest: str


def _marker(line: str, style: tuple[str, str] | None) -> _Marker | None:
    d = _DECIMAL.match(line)
    if d:
        return _Marker(("decimal", "."), d[1])
    m = _MARKER.match(line)
    if not m:
        return None
    if m[4]:
        if m[4] in "-–—*" and not m[5]:
            return None
        return _Marker(("bullet", m[4]), m[5] or "")
    token = m[1] if m[1] is not None else m[2]
    punct = "()" if m[1] is not None else m[3]
    rest = m[5] or ""
    if token.isdigit():
        if len(token) > 2 or int(token) == 0:
            return None
        return _Marker(("arabic", punct), rest)
    if not token.isalpha():
        return None
    kind = None
    if style is not None and style[1] == punct and style[0] in ("roman", "alpha"):
        if style[0] == "roman" and _ROMAN.match(token):
            kind = "roman"
        elif style[0] == "alpha" and len(token) == 1:
            kind = "alpha"
    if kind is None:
        if token.lower() == "i" or (len(token) > 1 and _ROMAN.match(token)):
            kind = "roman"
        elif len(token) == 1:
            kind = "alpha"
        else:
            return None
    if punct == "." and not rest:
        return None  # "I." alone is more likely an initial than a list marker
    return _Marker((kind, punct), rest)


def _furniture(lines: list[str]) -> set[int]:
    """Indexes of page furniture: page numbers, and running headers or footers beside page breaks."""
    skip: set[int] = set()
    breaks: list[int] = []
    for i, raw in enumerate(lines):
        if "\f" in raw:
            breaks.append(i)
        if _FURNITURE.match(_clean(raw)) and _clean(raw):
            skip.add(i)
            breaks.append(i)
    near: Counter[str] = Counter()
    near_at: dict[str, list[int]] = {}
    for b in breaks:
        for direction in (-1, 1):
            seen, j = 0, b + (0 if direction == 1 and "\f" in lines[b] else direction)
            while 0 <= j < len(lines) and seen < 2:
                text = _clean(lines[j])
                if text and j not in skip:
                    seen += 1
                    near[text] += 1
                    near_at.setdefault(text, []).append(j)
                j += direction
    counts = Counter(_clean(raw) for raw in lines)
    for text, n in near.items():
        if n >= 2 and counts[text] >= 2 and not _is_heading(text) and not _MARKER.match(text):
            skip.update(i for i, raw in enumerate(lines) if _clean(raw) == text)
    # A running header seen only once: the first line of a new page, short, dated, not a sentence
    # ("Scrutiny Sub-Committee – 6 March 2019").
    for b in breaks:
        j = b if "\f" in lines[b] and _clean(lines[b].split("\f", 1)[1]) else b + 1
        while j < len(lines) and (not _clean(lines[j]) or j in skip):
            j += 1
        if j < len(lines):
            text = _clean(lines[j])
            if (
                len(text.split()) <= 10
                and text[:1].isupper()
                and _DATE_IN.search(text)
                and not text.endswith(_ENDS_SENTENCE)
                and not _is_heading(text)
                and not _marker(text, None)
            ):
                skip.add(j)
    return skip


def _is_heading(text: str) -> bool:
    return bool(_MEETING.match(text) or _ITEM.match(text) or _SECTION.match(text))


def _unquote(title: str) -> str:
    title = title.strip()
    if len(title) > 1 and title[0] in _QUOTES and title[-1] in _QUOTES:
        title = title[1:-1].strip()
    return title


def _meeting_date(value: str, where: str) -> dt.date:
    value = value.strip().rstrip(".,;")
    try:
        return parse_date(value, "meeting date")
    except InvalidInput as exc:
        found = _DATE_IN.search(value)
        if found and found.group(0) != value:
            try:
                return parse_date(found.group(0), "meeting date")
            except InvalidInput as inner:
                raise InvalidInput(f"{where}: {inner}; fix the 'Meeting Date:' line") from None
        raise InvalidInput(f"{where}: {exc}; fix the 'Meeting Date:' line") from None


# ------------------------------------------------------------------------------ parser


@dataclass
class _Point:
    line: int
    parts: list[str]
    seps: list[str]

    def add(self, text: str, sep: str) -> None:
        self.parts.append(text)
        self.seps.append(sep)

    def text(self) -> str:
        out = self.parts[0] if self.parts else ""
        for part, sep in zip(self.parts[1:], self.seps[1:], strict=True):
            out = f"{out}{sep}{part}" if out else part
        return normalize_text(re.sub(r"[ \t]+", " ", out).strip())

    def last(self) -> str:
        return self.parts[-1] if self.parts else ""


class _Parser:
    def __init__(self, name: str) -> None:
        self.name = name
        self.out = Minutes()
        self.meeting: dt.date | None = None
        self.item: str | None = None
        self.item_open = False  # the line under `Item:` may continue its title
        self.section: str | None = None  # "conclusions" | "recommendations"
        self.style: tuple[str, str] | None = None
        self.point: _Point | None = None
        self.points_in_section = 0
        self.section_empty = False
        self.blank = False
        self.numbers: dict[dt.date, int] = {}
        self.awaiting_date: int | None = None  # the line of a 'Meeting Date:' with the date below it

    def where(self, n: int) -> str:
        return f"{self.name}:{n}"

    def finish(self) -> None:
        point, self.point = self.point, None
        if point is None or self.section is None:
            return
        text = point.text()
        if not text.strip():
            raise InvalidInput(
                f"{self.where(point.line)}: this {self.section[:-1]} has no text; write its wording after the number"
            )
        if self.section == "conclusions":
            self.out.conclusions += 1
            return
        assert self.meeting is not None  # a recommendations section needs one
        n = self.numbers.get(self.meeting, 0) + 1
        self.numbers[self.meeting] = n
        self.out.recommendations.append(Recommendation(self.meeting, n, self.item, text, point.line))

    def start_section(self, kind: str) -> None:
        self.finish()
        self.section = kind
        self.style = None
        self.points_in_section = 0
        self.section_empty = False

    def line(self, n: int, text: str) -> None:
        if not text:
            self.blank = True
            self.item_open = False
            return
        blank, self.blank = self.blank, False
        m = _MEETING.match(text)
        if m:
            self.finish()
            if not m[1].strip():
                self.awaiting_date = n
                return
            self.set_meeting(m[1], n)
            return
        if self.awaiting_date is not None:
            self.awaiting_date = None
            self.set_meeting(text, n)
            return
        if self.meeting is not None and _APPENDIX.match(text):
            self.finish()
            self.meeting, self.item, self.section = None, None, None
            return
        m = _ITEM.match(text)
        if m and m[1].strip():
            self.finish()
            self.item = _unquote(m[1]) or None
            self.item_open = True
            self.section = None
            return
        m = _SECTION.match(text)
        if m:
            kind = "conclusions" if m[1].lower().startswith("conclusion") else "recommendations"
            if kind == "recommendations" and self.meeting is None:
                raise InvalidInput(
                    f"{self.where(n)}: recommendation list with no 'Meeting Date:' above it; "
                    "add the meeting date line (e.g. 'Meeting Date: 18 September 2018') before it"
                )
            self.start_section(kind)
            self.item_open = False
            rest = (m[2] or "").strip()
            if rest:
                self.content(n, rest, blank=True)
            return
        if self.item_open and self.section is None and not _marker(text, None):
            self.item = _unquote(f"{self.item or ''} {text}")
            return
        self.item_open = False
        self.content(n, text, blank)

    def set_meeting(self, value: str, n: int) -> None:
        day = _meeting_date(value, self.where(n))
        self.meeting, self.item, self.section = day, None, None
        if day not in self.out.meetings:
            self.out.meetings.append(day)

    def content(self, n: int, text: str, blank: bool) -> None:
        if self.section is None:
            first = _marker(text, None)
            if self.meeting is not None and first is not None and first.style[0] != "bullet":
                item = f" under 'Item: {self.item}'" if self.item else ""
                raise InvalidInput(
                    f"{self.where(n)}: numbered point{item} with no 'Conclusions:' or "
                    "'Recommendations:' heading above it; add the heading it belongs under"
                )
            return  # prose outside a list (attendance, discussion): not part of the import
        if self.section_empty:
            return
        mk = _marker(text, self.style)
        if mk is not None and (self.style is None or mk.style == self.style):
            self.finish()
            self.style = mk.style
            self.point = _Point(n, [], [])
            self.points_in_section += 1
            if mk.rest:
                self.point.add(mk.rest, " ")
            return
        if self.point is None and self.points_in_section == 0 and _NONE.match(text):
            self.section_empty = True
            return
        if self.point is not None:
            last = self.point.last()
            wrapped = not blank or not last.endswith(_ENDS_SENTENCE) or text[:1].islower() or not last
            if mk is not None:
                self.point.add(text, "\n")
                return
            if wrapped:
                self.point.add(text, " ")
                return
        if self.style is None or self.style == ("para", ""):
            # Unnumbered paragraphs: each one is a point.
            self.finish()
            self.style = ("para", "")
            self.point = _Point(n, [text], [" "])
            self.points_in_section += 1
            return
        if self.section == "conclusions":
            self.finish()
            return  # prose after the numbered conclusions
        what = f"under 'Item: {self.item}'" if self.item else "in this meeting"
        raise InvalidInput(
            f"{self.where(n)}: text among the recommendations {what} that is neither a numbered "
            "recommendation nor the continuation of one; number it, or move it out of the list"
        )


def parse_minutes(text: str, name: str) -> Minutes:
    """Every recommendation (and the count of conclusions) in minutes text; `name` is for messages."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    skip = _furniture(lines)
    parser = _Parser(name)
    for i, raw in enumerate(lines):
        if i in skip:
            continue
        parser.line(i + 1, _clean(raw))
    if parser.awaiting_date is not None:
        raise InvalidInput(f"{parser.where(parser.awaiting_date)}: 'Meeting Date:' has no date after it; add the date")
    parser.finish()
    return parser.out
