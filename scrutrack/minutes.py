"""Minutes read into numbered recommendations, whatever their wording (pure, no I/O).

The input is the plain-text model of scrutrack.documents (text, Word, PDF and web pages all become
lines, with a blank line between paragraphs and a form feed between pages), so there is one parser.
It reads what clerks really write:

- the meeting date in a `Meeting Date:` / `Meeting:` / `Decided at meeting:` / `Date:` line, a title
  ("Minutes of a meeting held on 15th January, 2013."), a weekday-date line, or
  "Committee - Tuesday, 6th June, 2017 7.30 pm"; or none at all (the officer gives it);
- items from `Item:` lines and minute-number headings (`804 EMPTY HOMES STRATEGY (DEH) -`,
  `23. Waste Collection Review`, `45 Title`);
- a list started by `Recommendations:`, `RESOLVED -`, `RECOMMENDED -`, `ORDERED`, `It was agreed
  that: -`, `Decision:`, `Actions agreed:`, a sentence ending `:`/`:-` that decides something, or
  no heading at all when its points read "That ..."; sub-headings ("Short-Term Recommendations")
  are not text; a stem (`That the Committee:-`) joined to each lower-case point;
- markers "1.", "1)", "(1)", "i.", "a)", "12.3", bullets, or plain paragraphs; a marker of another
  style inside a point is a sub-point; points wrapped over lines, blank lines and page breaks;
- the end of a list at "Reason for decision", "Supporting documents", "Minutes:", "Proposed by",
  "Background papers", a new minute heading, a signature line, or a paragraph that is not a
  continuation; never by swallowing it; a table pasted as text is skipped and reported;
- page furniture and running headers or footers beside page breaks skipped; letter-spaced
  words (`T H A T`) closed up; the same recommendation printed twice in one item kept once.

Anything it cannot place is an InvalidInput naming the line and what to do.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from scrutrack.dates import find_date, parse_imported_date
from scrutrack.errors import InvalidInput
from scrutrack.model import normalize_text


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
    two_digit_years: int = 0  # dates whose year had two digits, read as 20YY
    tables: list[int] = field(default_factory=list)  # first line of each table skipped
    repeated: int = 0  # recommendations printed twice in one item, kept once
    procedural: int = 0  # the meeting's own business (minutes signed, public excluded, a chair elected)
    overridden: list[dt.date] = field(default_factory=list)  # the document's own dates --meeting replaced
    none_stated: bool = False  # "Recommendations: None" or the like


# ------------------------------------------------------------------------------ lines

_INVISIBLE = re.compile(r"[\f\v\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1f]")
_GLYPH_BULLETS = re.compile(
    r"^(?:\(cid:\d+\)|[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\u25cf\u25aa\u2219])\s*"
)  # Symbol-font bullets
_SPACED = re.compile(r"(?<![\w.])(?:[A-Z] ){2,}[A-Z](?![\w.])")
_FURNITURE = re.compile(
    r"^(?:page\s+\d+(?:\s+of\s+\d+)?|p\.?\s*\d+|\d+\s+of\s+\d+|[-–—]?\s*\d{1,3}\s*[-–—]?"
    r"|\(?cont(?:inued|'d|’d|\.)?(?:\s+(?:overleaf|on next page|from previous page))?\)?\.?)$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^(meeting\s+date|date\s+of\s+(?:the\s+)?(?:meeting|decision)|date\s*(?:and|&)\s*time|meeting\s+held\s+on"
    r"|decided\s+at\s+(?:the\s+)?meeting|decision\s+made\s+at|date|meeting)\s*[:\-–—]\s*(.*)$",
    re.IGNORECASE,
)
_ITEM = re.compile(
    r"^(?:(?:agenda\s+)?item(?:\s+(?:no\.?\s*)?\d+[a-z]?)?|subject|title|report\s+title)\s*[:\-–—.]\s*(.*)$",
    re.IGNORECASE,
)
# "804 TITLE -", "23. Title", and numbers with a committee's code or the year: "OSC/45 TITLE",
# "Minute 12/19-20 – Title", "C45 Title".
_MINUTE = re.compile(
    r"^(?:minute\s+(?:no\.?\s*)?)?(?:(?-i:[A-Z]{1,5})[/.]?)?(\d{1,4})(?:/\d{2,4}(?:[-–/]\d{2,4})?)?[a-z]?"
    r"(?:\s*[.:]|\s+[-–—])?\s+(.+?)(?:\s*[-–—:]+)?$",
    re.I,
)
# A note of the vote at the end of a resolution: "(Proposed by Councillor Reed, seconded by ...)".
_VOTE_NOTE = re.compile(
    r"\s*\((?:proposed|moved|seconded|unanimous|carried|agreed\s+unanimously|nem\.?\s*con|votes?|voting|for\s*:?\s*\d)"
    r"[^()]*\)\.?\s*$",
    re.IGNORECASE,
)
_SECTION = re.compile(
    r"^(?P<who>it\s+was\s+|(?:the\s+)?(?:[\w-]+\s+)?(?:committee|panel|sub-committee|board|cabinet|council|group|members)\s+)?"
    r"(?P<word>conclusions?|recommendations?|recommendation\(s\)|recommended|recommends|resolved|resolutions?|ordered|decisions?"
    r"|decision\(s\)|actions?\s+agreed|agreed\s+actions?|actions?|agreed|decided)"
    # how it was carried: "RESOLVED UNANIMOUSLY", "RESOLVED (unanimously)", "RESOLVED, by 6 votes to 2,"
    r"(?:\s+(?:unanimously|nem\.?\s*con\.?)|\s*\((?![a-z0-9]{1,4}\))[^()]{2,40}\)"
    r"|,\s*(?:unanimously|nem\.?\s*con\.?|(?:by|with|on)\s[^,:]{1,40}),?)?"
    r"(?:\s+(?:to|for|of)\s+[^:]{1,80}?)?"
    r"(?:\s*(?:[:\-–—]\s*)+(?P<rest>.*)|\s+(?P<that>that\b.*)|\s*)$",
    re.IGNORECASE,
)
# "Short-Term Recommendations (within six months)", "Recommendations for the Council": a (sub-)heading.
_SUBHEADING = re.compile(
    r"^(?:[\w’'&,/-]+\s+){0,6}recommendations(?:\s+[\w’'&-]+){0,4}(?:\s*\([^)]{0,80}(?P<closed>\))?)?\s*:?$", re.I
)
# The title of a set of minutes, and words that make such a line a sentence about other minutes
# ("Minutes of the meeting held on 16 January 2019 were confirmed as a correct record").
_MINUTES_TITLE = re.compile(
    r"(?:the\s+)?minutes\s+of\s+(?:the|a)\b(?:\s+[\w&’',()-]+){0,12}?\s+(?:meeting|held)\b", re.I
)
_NOT_A_TITLE = re.compile(
    r"\b(?:previous|last|earlier|were|was|be|been|confirmed|approved|agreed|signed|correct|true)\b", re.IGNORECASE
)
# The heading of a committee system's decision or issue page; the subject's title comes next.
_PAGE_HEADING = re.compile(r"(?:decision|issue)\s+details|issue\s*[-–—]\s*meetings", re.IGNORECASE)
# A report's section that holds more than its recommendations: not a list heading.
_REPORT_PART = re.compile(r"\b(?:findings|conclusions|evidence|background|summary|introduction)\b", re.IGNORECASE)
_APPENDIX = re.compile(r"^appendix\s+[a-z0-9]{1,3}\b", re.IGNORECASE)
_NONE = re.compile(
    r"^(?:none|nil|n/?a|no\b.*\brecommendations?\b.*|there\s+were\s+no\b.*"
    r"|.*\b(?:did\s+not|no|not\s+to)\s+make\s+any\s+(?:formal\s+)?recommendations?\b.*)[.)]*$",
    re.IGNORECASE,
)
# Where a list ends: narrative that follows the decision in real minutes.
_END = re.compile(
    r"^(?:\(?\s*)(?:reasons?\s+for\b|supporting\s+documents?|minutes\s*:|(?:proposed|moved|seconded)\s+by\b"
    r"|background\s+(?:papers?|documents?)|alternative\s+options?\b|(?:other\s+)?options\s+considered"
    r"|(?:any\s+)?(?:conflicts?\s+of\s+)?interests?\s+(?:and\s+\w+\s+)?declared|dispensations?\b"
    r"|publication\s+date|date\s+of\s+publication|effective\s+from|call[\s-]?in\b|accompanying\s+documents?"
    r"|report\s+author|contact\s+officer|wards?\s+affected|decision\s+(?:maker|status|type)|is\s+(?:a\s+)?key\s+decision"
    r"|(?:votes?|for|against|abstentions?|abstained)\s*[:\-–]?\s*\d|(?:the\s+)?(?:motion|recommendation)s?\s+(?:was|were)\s+"
    r"(?:carried|lost|put)|(?:the\s+)?meeting\s+(?:ended|closed|finished|concluded|rose)\b|signed\b|chair(?:man|person)?'?s?"
    r"(?:\s+initials)?\s*[:.…_]|date\s+of\s+next\s+meeting|next\s+meeting\b)",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"^(?:chair(?:man|person|woman)?(?:'s|’s|s)?\s+(?:initials|signature)|initials|signed)\b[\s.…_:]*$|^[\s.…_]{5,}$",
    re.IGNORECASE,
)
_LEADERS = re.compile(r"^[\s.…_:\-–—]*$|.*[._…]{5,}")  # signature lines: "Chair ............"
_MARKER = re.compile(r"^(?:\((\w{1,4})\)|(\w{1,4})([.)])|([•·▪◦‣*\-–—]))(?:\s+(.*))?$")
_DECIMAL = re.compile(r"^(\d{1,3})\.(\d{1,3})\.?\s+(.*)$")  # "12.1 That ...": paragraph numbers in Word minutes
_ROMAN = re.compile(r"^(?=[ivxl])(x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)
_CELLS = re.compile(r"\t+|\s{3,}")
_DATE_IN = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d+"
    r"|(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d+"
)
_DECIDES = re.compile(r"\b(?:resolv\w*|agree\w*|recommend\w*|decid\w*|ordered|request\w*|asks?|asked)\b", re.IGNORECASE)
_TIME = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|noon)?\b", re.IGNORECASE)
_QUOTES = "\"'“”‘’«»"
_ENDS_SENTENCE = (".", "!", "?", ".”", ".’", '."', ".'", ".)")
_LEADS = (":", ":-", ": -", ":–", ":—", " -", " –", " —")
_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "&", "-"]
)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def _clean(raw: str) -> str:
    text = _INVISIBLE.sub(" ", raw).replace("\u00a0", " ").replace("**", "").replace("__", "")
    text = _GLYPH_BULLETS.sub("• ", text.strip())
    text = _SPACED.sub(lambda m: m[0].replace(" ", ""), text.strip())
    return text.strip()


def _roman(token: str) -> int:
    values = [_ROMAN_VALUES[c] for c in token.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@dataclass(frozen=True)
class _Marker:
    style: tuple[str, str]  # (arabic | roman | alpha | decimal | bullet, its punctuation)
    rest: str
    value: int | None = None  # its place in the sequence, to tell a next point from a restart


def _marker(line: str, style: tuple[str, str] | None, last: int | None = None) -> _Marker | None:
    """The list marker `line` starts with; `style` and `last` (the list's last value) decide '(i)'."""
    d = _DECIMAL.match(line)
    if d:
        return _Marker(("decimal", "."), d[3], int(d[2]))
    m = _MARKER.match(line.replace("\t", " "))
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
        return _Marker(("arabic", punct), rest, int(token))
    if not token.isalpha():
        return None
    kind = None
    if style is not None and style[1] == punct and style[0] in ("roman", "alpha"):
        if style[0] == "roman" and _ROMAN.match(token):
            kind = "roman"
        elif style[0] == "alpha" and len(token) == 1:
            # "(i)" after "(h)" is a letter; after "(b)" it starts roman sub-points.
            roman = token.lower() in "ivx" and last is not None and ord(token.lower()) - 96 != last + 1
            kind = None if roman else "alpha"
    if kind is None:
        if token.lower() == "i" or (len(token) > 1 and _ROMAN.match(token)):
            kind = "roman"
        elif len(token) == 1:
            kind = "alpha"
        else:
            return None
    if punct == "." and not rest:
        return None  # "I." alone is more likely an initial than a list marker
    value = _roman(token) if kind == "roman" else ord(token.lower()) - 96
    return _Marker((kind, punct), rest, value)


def _title_like(text: str) -> bool:
    """A heading's words: short, not a sentence, in capitals or Title Case ("Waste Collection Review")."""
    words = text.split()
    if not 0 < len(words) <= 16 or text.endswith((".", "?", "!", ";", ",")) or not text[:1].isupper():
        return False
    if re.match(r"that\b", text, re.IGNORECASE):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    long_words = [w for w in words if w.lower() not in _SMALL_WORDS and any(c.isalpha() for c in w)]
    capital = [w for w in long_words if w.lstrip("(“‘\"'")[:1].isupper()]
    return bool(long_words) and len(capital) >= 0.75 * len(long_words)


def _minute_heading(text: str) -> str | None:
    """The title of a minute-number heading ('804 EMPTY HOMES STRATEGY (DEH) -', '23. Waste Collection Review')."""
    m = _MINUTE.match(text.replace("\t", " "))
    if not m or "." in m[1]:
        return None
    try:
        date = find_date(text)
    except InvalidInput:
        date = None
    if date is not None and date[2][0] == 0:
        return None  # "9 July 2019": a date line, not minute 9
    title = m[2].strip()
    return title if _title_like(title) else None


def _table_row(text: str) -> bool:
    cells = [c for c in _CELLS.split(text.strip()) if c.strip()]
    if len(cells) < 2:
        return False
    if cells[0].rstrip().endswith(":") and len(cells[0].split()) <= 3:
        return False  # a label and its text ("Present:<tab>Councillor ..."), as Word lays out attendance
    return not (_marker(cells[0] + " x", None) or re.fullmatch(r"\d{1,4}[.:]?", cells[0]))


def _furniture(lines: list[str]) -> set[int]:
    """Indexes of page furniture: page numbers, and running headers or footers beside page breaks."""
    skip: set[int] = set()
    breaks: list[int] = []
    for i, raw in enumerate(lines):
        if "\f" in raw:
            breaks.append(i)
        text = _clean(raw)
        cells = [c.strip() for c in _CELLS.split(text) if c.strip()]
        if cells and all(_FURNITURE.match(c) or (len(cells) > 1 and _SIGNATURE.match(c)) for c in cells):
            skip.add(i)  # "Page 2", or a footer "Page 2 of 7<tab>Chairman's initials ....."
            breaks.append(i)
    # "Chairman's initials ......" at the foot of each printed page: furniture, not the end of the minutes.
    for b in breaks:
        for direction in (-1, 1):
            seen, j = 0, b + direction
            while 0 <= j < len(lines) and seen < 3:
                text = _clean(lines[j])
                if text and j not in skip:
                    seen += 1
                    if _SIGNATURE.match(text):
                        skip.add(j)
                j += direction
    skip |= _running_lines(lines, skip)
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


def _running_lines(lines: list[str], skip: set[int]) -> set[int]:
    """A running header or footer: the same line (its page number aside) in the same place at the top
    or the foot of at least two pages, and of half of them. Pages end at a form feed or a page number.

    The place counts, not just the text: a decision a page prints twice may fall near two page
    breaks, and it is not furniture.
    """
    pages: list[list[int]] = []
    current: list[int] = []
    for i, raw in enumerate(lines):
        if "\f" in raw and current:
            pages.append(current)
            current = []
        if i in skip:
            if current and _FURNITURE.match(_clean(raw)):
                pages.append(current)  # "Page 3 of 7": the foot of a page
                current = []
            continue
        if _clean(raw):
            current.append(i)
    if current:
        pages.append(current)
    if len(pages) < 2:
        return set()
    where: dict[tuple[str, int, str], list[int]] = {}
    for page in pages:
        for place, i in [*(("top", k) for k in range(3)), *(("foot", k) for k in range(-3, 0))]:
            if -len(page) <= i < len(page):
                where.setdefault((place, i, _numberless(_clean(lines[page[i]]))), []).append(page[i])
    out: set[int] = set()
    for (_, _, text), found in where.items():
        pages_with = len(set(found))
        if (
            pages_with >= 2
            and 2 * pages_with >= len(pages)
            and not text[:1].islower()
            and not _is_heading(text)
            and not _MARKER.match(text)
        ):
            out.update(found)
    return out


def _numberless(text: str) -> str:
    return re.sub(r"\d+", "#", text)


def _is_heading(text: str) -> bool:
    return bool(_DATE_LABEL.match(text) or _ITEM.match(text) or _SECTION.match(text))


def _unquote(title: str) -> str:
    title = title.strip()
    if len(title) > 1 and title[0] in _QUOTES and title[-1] in _QUOTES:
        title = title[1:-1].strip()
    return title


def _is_lead(text: str) -> bool:
    """A sentence that introduces a list: ends in ':' or ':-' (or 'that')."""
    return text.rstrip().endswith(_LEADS) or bool(re.search(r"\bthat\s*$", text, re.IGNORECASE))


def _stem(lead: str) -> str:
    stem = re.sub(r"\s*(?::\s*[-–—]?|[-–—])\s*$", "", lead.strip())
    return "That" + stem[4:] if re.match(r"that\b", stem, re.IGNORECASE) else stem


def _tidy(text: str) -> str:
    """A point's text as a record holds it: 'THAT' as 'That', no list glue ('; and') at its end."""
    text = re.sub(r"^(?:THAT|that)\b", "That", _VOTE_NOTE.sub("", text).strip())
    text = re.sub(r"(?:\s*[;,]\s*(?:and|or)?|\s+(?:and|or))\s*$", "", text)
    if text and not text.endswith((*_ENDS_SENTENCE, ":", "-", "”", "’", '"', "'")):
        text += "."
    return text


_INLINE = re.compile(r"(?:^|(?<=[;:,.\-–—])|(?<=[;,]\sand)|(?<=[;,]\sor))\s*\(([a-z]|[ivx]{1,4}|\d{1,2})\)\s+")
# "RESOLVED (1) That ... (2) That ...": the heading word straight before the first point.
_BARE_HEADING = re.compile(
    r"^((?:it\s+was\s+)?(?:RESOLVED|RECOMMENDED|ORDERED|AGREED)(?:\s+UNANIMOUSLY)?)\s+(?=\((?:1|a|i)\)\s)"
)
# "Recommendation 3: That ...", "Recommendation 3" above its text: a task-and-finish report's numbered recommendations.
# Also "R1. That ...", "R2 That ...", "Rec 3 - ...".
_RECNO = re.compile(
    r"^(?:(?:recommendation|rec\.?)\s+(?:no\.?\s*)?|(?-i:R)\s?)(\d{1,2})[a-z]?"
    r"(?:\s*[:)\-–—]|\.(?!\d)|\t|\s+(?=that\b)|\s*$)\s*(.*)$",
    re.I,
)
# A resolution in capitals that the headings above do not read: stopped, never dropped as prose.
_RESOLUTION_WORD = re.compile(r"^(?:it\s+was\s+)?(?:RESOLVED|RECOMMENDED|ORDERED)\b")


def _inline_points(text: str) -> list[str] | None:
    """'That the Committee:- (a) notes ...; (b) requests ...' on one line: the stem and each point on its own."""
    text = _BARE_HEADING.sub(r"\1: ", text)
    found = list(_INLINE.finditer(text))
    if len(found) < 2 or found[0].start() == 0:
        return None
    stem = text[: found[0].start()].rstrip()
    if not _is_lead(stem):
        return None
    first = _marker(f"({found[0][1]}) x", None)
    for i, m in enumerate(found):
        mk = _marker(f"({m[1]}) x", first.style if first else None)
        if first is None or mk is None or mk.style != first.style or mk.value != (first.value or 0) + i:
            return None
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [stem] + [f"({m[1]}) {text[m.end() : end].strip()}" for m, end in zip(found, ends, strict=True)]


# Resolutions about the meeting's own business, which nobody tracks: the last minutes signed as a
# correct record, the press and public excluded, a chair elected or appointed.
_PROCEDURAL = re.compile(
    r"\bminutes\b.{0,160}?\b(?:confirmed|approved|agreed|signed|accepted|adopted)\b.{0,60}?\b(?:correct|true|accurate)"
    r"\s+record|\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|(?:the\s+)?public)\s+be\s+excluded"
    r"|\bexclude\s+the\s+(?:press\s+and\s+(?:the\s+)?)?public\b"
    r"|^that\s+(?:councillor|cllr\.?)\s+[\w.' -]{1,40}?\s+be\s+(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?(?:vice[\s-]?)?chair",
    re.IGNORECASE,
)


def _broken_at_hyphen(first: str, then: str) -> bool:
    """'anti-' / 'social': a compound word wrapped at its hyphen, to be closed up."""
    return bool(re.search(r"[^\W\d_]-$", first)) and then[:1].isalpha()


def _join(first: str, then: str) -> str:
    """Two wrapped lines as one."""
    return first + then if _broken_at_hyphen(first, then) else f"{first} {then}".strip()


def _runs_on(text: str) -> bool:
    """The line stops mid-sentence (no closing punctuation): the next line may carry it on."""
    return not text.rstrip().endswith((".", ":", ";", "!", "?", "-", "–", "—", "”", "’", '"', ")"))


def _title_tail(after: str) -> bool:
    """What may follow the date in a title: nothing, a time, a place ('at 7.00 pm in the Council Chamber')."""
    after = after.strip()
    after = _TIME.sub("", after).strip() if _TIME.match(after) else after
    after = after.rstrip(".").strip()
    return not after or bool(re.match(r"(?:[,\-–—]|at\b|in\b)", after, re.IGNORECASE) and len(after.split()) <= 14)


def _shorten(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9£%]+", " ", text.lower()).strip()


# ------------------------------------------------------------------------------ parser


@dataclass
class _Point:
    line: int
    parts: list[str]
    seps: list[str]
    stem: str | None = None

    def add(self, text: str, sep: str) -> None:
        if sep == " " and self.parts and _broken_at_hyphen(self.parts[-1], text):
            sep = ""
        self.parts.append(text)
        self.seps.append(sep)

    def text(self) -> str:
        out = self.parts[0] if self.parts else ""
        for part, sep in zip(self.parts[1:], self.seps[1:], strict=True):
            out = f"{out}{sep}{part}" if out else part
        out = re.sub(r"[ \t]+", " ", out).strip()
        if self.stem and out:
            out = f"{self.stem} {out}"
        return normalize_text(_tidy(out)) if out else ""

    def last(self) -> str:
        return self.parts[-1] if self.parts else ""


@dataclass
class _Found:
    meeting: dt.date | None
    item: str | None
    text: str
    line: int


class _Parser:
    def __init__(
        self, where: Callable[[int], str], meeting: dt.date | None, tables: set[int], titles: dict[int, str]
    ) -> None:
        self.titles = titles  # line -> title of a report's numbered section heading ("3. Findings")
        self.where = where
        self.override = meeting
        self.out = Minutes()
        self.found: list[_Found] = []
        self.meeting: dt.date | None = meeting
        self.item: str | None = None
        self.item_open: str | bool = False  # "label" or "minute": the next line may continue the item's title
        self.page_title = False  # the line before was a decision or issue page's heading: a title follows
        self.heading_open = False  # a sub-heading's bracket is still open: its end is on the next line
        self.section: str | None = None  # "conclusions" | "recommendations" | "discussion"
        self.style: tuple[str, str] | None = None
        self.point: _Point | None = None
        self.points_in_section = 0
        self.section_empty = False
        self.last_value: int | None = None
        self.lead: str | None = None  # the stem or introduction of the current list
        self.suspended: int | None = None  # the line of the paragraph that ended the list
        self.blank = False
        self.page_break = False  # a page break (or page furniture) since the last line of text
        self.turned = False
        self.prose: tuple[int, str] | None = None  # the paragraph of prose just read, for a bare list
        self.awaiting_date: int | None = None  # the line of a 'Meeting Date:' with the date below it
        self.tables = tables
        self.in_table = False
        self.flow = False  # the last line read ran on (no full stop): the next one carries on its sentence

    # -------------------------------------------------------------- structure

    def finish(self) -> None:
        point, self.point = self.point, None
        if point is None or self.section is None:
            return
        text = point.text()
        if not text.strip():
            raise InvalidInput(
                f"{self.where(point.line)}: this point has no text; write its wording after the number, "
                "or remove the empty number"
            )
        if self.section == "conclusions":
            self.out.conclusions += 1
        elif self.section == "recommendations":
            self.found.append(_Found(self.meeting, self.item, text, point.line))

    def close(self) -> None:
        """End the list (at a heading, a new item or meeting, or a narrative marker such as 'Minutes:')."""
        self.finish()
        self.section, self.style, self.lead, self.suspended = None, None, None, None
        self.prose = None

    def start_section(self, kind: str, lead: str | None = None) -> None:
        self.close()
        self.section = kind
        self.points_in_section = 0
        self.section_empty = False
        self.last_value = None
        self.lead = lead

    def set_meeting(self, value: str, n: int, strict: bool) -> bool:
        """Take the date in `value` as the meeting's; False if it holds none (and `strict` is off)."""
        found = find_date(value, "meeting date") if value.strip() else None
        if found is None:
            if not strict:
                return False
            try:
                parse_imported_date(value.strip().rstrip(".,;"), "meeting date")
            except InvalidInput as exc:
                raise InvalidInput(
                    f"{self.where(n)}: {exc}; fix the date line, or give the date with --meeting YYYY-MM-DD"
                ) from None
            return False
        day, short, _ = found
        self.close()
        self.item = None
        if self.override is not None:
            if day not in self.out.overridden and day != self.override:
                self.out.overridden.append(day)
            return True
        self.out.two_digit_years += short
        self.meeting = day
        if day not in self.out.meetings:
            self.out.meetings.append(day)
        return True

    def title_date(self, text: str, n: int) -> bool:
        """A date that stands for the meeting without a label: a title, a weekday-date line, 'Committee - DATE'.

        A title ("Minutes of the meeting ... held on 4 June 2019") starts a new meeting wherever it
        stands, as in a file holding the minutes of two meetings; the others only give a first date.
        """
        title = _MINUTES_TITLE.match(text) and not _NOT_A_TITLE.search(text)
        if title:
            found = find_date(text)
            if found is not None and _title_tail(text[found[2][1] :]):
                if found[0] == self.meeting or found[0] in self.out.overridden:
                    return True  # the same title again, as a running header
                return self.set_meeting(text, n, strict=False)
        if (self.meeting is not None and self.override is None) or self.section is not None or self.out.overridden:
            return False
        if text[:1] in "•·▪◦‣":
            return False  # a list of meetings ("• Cabinet - Tuesday, 14 January 2020"), not this one's title
        found = find_date(text)
        if found is None:
            return False
        _, _, (start, end) = found
        before, after = text[:start].strip(), text[end:].strip()
        titled = re.match(r"(?:minutes|meeting)\s+of\b|minutes\b.*\bheld\b", text, re.IGNORECASE)
        if not titled:
            lead_ok = before.lower() in ("", "on", "held on") or (
                re.search(r"\s[-–—]$", " " + before)
                and not re.search(r"\d|\bnext\b|publi|effective|deadline|\bdue\b", before, re.IGNORECASE)
                and len(before.split()) <= 12
            )
            if not (lead_ok and _title_tail(after)):
                return False
        return self.set_meeting(text, n, strict=False)

    # -------------------------------------------------------------- lines

    def line(self, n: int, text: str) -> None:
        if not text:
            self.blank = True
            self.item_open = False
            return
        blank, self.blank = self.blank, False
        heading_open, self.heading_open = self.heading_open, False
        if heading_open and not blank and ")" in text and len(text.split()) <= 8:
            return  # the rest of a sub-heading's bracket, wrapped onto this line
        self.turned, self.page_break = self.page_break, False  # this line is the first after a page break
        if n - 1 in self.tables:
            if not self.in_table:
                self.out.tables.append(n)
                self.finish()
            self.in_table = True
            return
        self.in_table = False
        if self.awaiting_date is not None:
            line, self.awaiting_date = self.awaiting_date, None
            if self.set_meeting(text, line, strict=True):
                return
        if self.flow and not blank and self.point is not None and re.match(r"\d+(?:[.,/]\d+)*\s+[a-z]", text):
            # "... for the reasons in paragraph" / "4.3 of the report.": the sentence goes on; the
            # number is not a paragraph's or a point's.
            self.point.add(text, " ")
            self.flow = _runs_on(text)
            return
        text = self.paragraph_number(text)
        r = _RECNO.match(text)
        if r:
            # "Recommendation 3: That ..." labels itself: narrative may stand between two of them.
            self.start_section("recommendations")
            self.item_open = False
            if r[2].strip():
                self.content(n, r[2].strip(), blank=True)
            return
        m = _DATE_LABEL.match(text)
        if m:
            label = m[1].lower()
            if not m[2].strip() and label != "meeting":
                self.close()
                self.awaiting_date = n
                return
            strict = "date" in label and label != "date"
            if self.set_meeting(m[2], n, strict=strict):
                return
        if (self.meeting is not None or self.override is not None) and _APPENDIX.match(text):
            self.close()
            self.item = None
            return
        m = _ITEM.match(text)
        if m and m[1].strip():
            self.close()
            self.item = _unquote(m[1]) or None
            self.item_open = "label"
            return
        # "... the hot-spot map at its" / "next meeting.": a wrapped line that carries on the sentence
        # above is never an end marker, whatever its first words.
        carried = self.flow and not blank and text[:1].islower()
        if not carried and (_END.match(text) or (_LEADERS.match(text) and self.section is not None)):
            self.close()
            return
        page_title, self.page_title = self.page_title, False
        if _PAGE_HEADING.fullmatch(text):
            self.close()
            self.item, self.page_title = None, True
            return
        if page_title and self.section is None and _title_like(text) and not _marker(text, None):
            self.item = _unquote(text)  # the title under "Decision details": what the decision is about
            return
        # A line that carries on a sentence wrapped from the line above is never a heading
        # ("... the Group makes the following" / "recommendations to Cabinet:-").
        running, self.flow = self.flow and not blank, False
        m = None if running else _SECTION.match(text)
        if m and self.section_heading(m, n):
            self.flow = _runs_on(text)  # "RESOLVED - That the Panel receives the map at its" / "next meeting."
            return
        if m is None and not running and _RESOLUTION_WORD.match(text):
            raise InvalidInput(
                f"{self.where(n)}: a resolution scrutrack cannot read ('{_shorten(text)}'); write it as "
                "'RESOLVED: That ...', with each numbered point on a line of its own"
            )
        sub = None if running else _SUBHEADING.match(text)
        if sub and not text.endswith(_ENDS_SENTENCE) and text.split()[-1].lower() not in _SMALL_WORDS:
            # (not "To consider the recommendations of the": a sentence wrapped in a PDF)
            if "(" in text and not sub["closed"]:
                self.heading_open = True  # "Short-Term Recommendations (within six" / "months)"
            if self.section != "recommendations" or self.suspended is not None:
                self.start_section("recommendations")
            else:
                self.absorb_lead()
                self.finish()
                self.style, self.last_value = None, None  # a sub-heading: not text, and a new run of numbers
            return
        heading = None if running else _minute_heading(text) or self.titles.get(n)
        section = _SECTION.fullmatch(heading) if heading is not None else None
        if heading is not None and (_SUBHEADING.match(heading) or section):
            self.close()
            if section is None or re.match(r"recommendations|conclusions", section["word"], re.IGNORECASE):
                self.item = None  # "3. Recommendations": a report's section, not the item's resolution
            if not _REPORT_PART.search(heading):
                self.start_section("recommendations")  # "3. Recommendations" in a report
            return  # "3. Findings and recommendations": their own labels or a lead will start the list
        if heading is not None and not self.continues_list(text):
            self.close()
            self.item = heading
            self.item_open = "minute"
            return
        if self.title_date(text, n):
            return
        if self.item_open and self.section is None and not _marker(text, None) and self.title_goes_on(text):
            self.item = _unquote(re.sub(r"\s*[-–—:]+$", "", _join(self.item or "", text)))
            return
        self.item_open = False
        self.flow = _runs_on(text)
        if self.section is None:
            self.outside(n, text, blank)
        else:
            self.content(n, text, blank)

    def paragraph_number(self, text: str) -> str:
        """Text without its paragraph number ('2.3 RESOLVED - That ...', '4.1 The next meeting ...').

        Word minutes and reports number every paragraph; such a number makes a list point only
        inside a list whose points are numbered so, or at a first point that reads "That ...".
        """
        d = _DECIMAL.match(text)
        if d is None:
            return text
        rest = d[3].strip()
        if _SECTION.match(rest) or _RECNO.match(rest):
            return rest
        if self.section is None or self.suspended is not None:
            return text if re.match(r"that\b", rest, re.IGNORECASE) else rest
        if self.style is None or self.style == ("decimal", "."):
            return text
        if self.style[0] == "arabic" and self.last_value == int(d[1]):
            return text  # "1.1" and "1.2" under point 1: its sub-points
        return rest

    def title_goes_on(self, text: str) -> bool:
        """The line carries on the item's title: any line after 'Item:', or a wrapped minute heading
        in the same case ('804 HOMELESSNESS PREVENTION' / 'FUND -', '25 FLY-TIPPING' / '(ENV) -'),
        not the paragraph under it ('54. COUNCIL TAX' / 'SCHEME 2019/20' / 'The Portfolio Holder ...')."""
        if self.item_open == "label":
            return True
        bare = text.lstrip("(“‘\"'")
        if not _title_like(bare):
            return False
        letters = [c for c in (self.item or "") if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            return all(c.isupper() for c in bare if c.isalpha())
        return len(text.split()) <= 4

    def section_heading(self, m: re.Match[str], n: int) -> bool:
        word = m["word"].lower()
        who = (m["who"] or "").lower()
        rest = (m["rest"] or m["that"] or "").strip()
        if m["that"] and not (
            m["word"].isupper() or who.startswith("it") or word in ("resolved", "recommended", "ordered")
        ):
            return False
        if who and not who.startswith("it") and not (m["word"].isupper() or not rest or _is_lead(rest)):
            return False  # "The Committee agreed that the pilot had worked." is a sentence, not a heading
        if re.fullmatch(r"actions?", word) and m["rest"] and _title_like(rest) and len(rest.split()) <= 6:
            self.close()  # "Action: Head of Leisure": who acts on the decision above, not an action
            return True
        inner = _SECTION.match(rest) if m["rest"] else None
        if inner and re.fullmatch(r"resolved|recommended|recommends|ordered|agreed|decided", inner["word"], re.I):
            return self.section_heading(inner, n)  # "Decision: RESOLVED that Cabinet:": the resolution's own words
        kind = "conclusions" if word.startswith("conclusion") else "recommendations"
        self.start_section(kind)
        self.item_open = False
        if rest in ("-", "–", "—", ":"):
            rest = ""
        if rest:
            if _is_lead(rest) or re.fullmatch(r"that", rest, re.IGNORECASE):
                self.lead = rest
            else:
                self.content(n, rest, blank=True)
        return True

    def continues_list(self, text: str) -> bool:
        """Inside a list, '2. Next point' is the next point, not a minute heading, unless in capitals."""
        if self.section is None or self.suspended is not None:
            return False
        mk = _marker(text, self.style, self.last_value)
        if mk is None or mk.style != self.style or self.last_value is None or mk.value != self.last_value + 1:
            return False
        letters = [c for c in mk.rest if c.isalpha()]
        return not (letters and all(c.isupper() for c in letters))

    def outside(self, n: int, text: str, blank: bool) -> None:
        """Text under no list heading: prose, or a list with no heading that must be classified."""
        mk = _marker(text, None)
        if mk is None or mk.style[0] == "bullet":
            if self.prose is not None and not blank and mk is None:
                self.prose = (self.prose[0], f"{self.prose[1]} {text}")
                if self.meeting is None:  # a title wrapped over lines: "... held" / "on 15th January, 2013."
                    self.title_date(self.prose[1], self.prose[0])
            else:
                self.prose = (n, text)
            return
        lead = self.prose[1] if self.prose is not None else None
        if lead is not None and _is_lead(lead):
            sentence = re.split(r"(?<=[.!?])\s+", lead.strip())[-1]
            if _DECIDES.search(sentence) or re.match(r"that\b", sentence, re.IGNORECASE):
                self.start_section("recommendations", lead)
            else:
                self.start_section("discussion")  # "Members raised the following points:"
        elif lead is not None and not lead.rstrip().endswith(_ENDS_SENTENCE):
            self.start_section("discussion")  # a list inside a sentence of prose
        elif re.match(r"that\b", mk.rest, re.IGNORECASE):
            self.start_section("recommendations")  # bare "a. That ..." points: resolutions
        else:
            if self.meeting is None and self.item is None and self.override is None:
                self.prose = (n, text)
                return  # before the minutes start (a contents list, the attendance)
            item = f" under '{self.item}'" if self.item else ""
            raise InvalidInput(
                f"{self.where(n)}: numbered points{item} with no heading, and they do not read as decisions "
                "(\"That ...\"); put 'RESOLVED:' (or 'Recommendations:') above them if they were agreed, or "
                "'Conclusions:' if they were not"
            )
        self.content(n, text, blank)

    def content(self, n: int, text: str, blank: bool) -> None:
        if self.section_empty:
            return
        mk = _marker(text, self.style, self.last_value)
        if mk is not None and self.absorb_lead():
            mk = _marker(text, None)
        if self.suspended is not None:
            if (
                mk is not None
                and mk.style == self.style
                and self.last_value is not None
                and mk.value == self.last_value + 1
            ):
                raise InvalidInput(
                    f"{self.where(self.suspended)}: a paragraph between two points of a list: is it part of the "
                    "point above, or narrative? Join it to the point (remove the blank line before it) or move it "
                    "out of the list, or use --edit to fix the recommendations found"
                )
            if mk is not None and mk.style[0] != "bullet":
                self.close()
                self.outside(n, text, blank)
            return
        if mk is not None and (self.style is None or mk.style == self.style):
            self.finish()
            self.style = mk.style
            self.last_value = mk.value
            stem = None
            if self.lead is not None and mk.rest[:1].islower() and self.section == "recommendations":
                stem = _stem(self.lead)
            self.point = _Point(n, [], [], stem)
            self.points_in_section += 1
            if mk.rest:
                self.point.add(mk.rest, " ")
            return
        if self.point is None and self.points_in_section == 0 and _NONE.match(text):
            self.section_empty = True
            self.out.none_stated = True
            return
        if self.point is not None:
            last = _VOTE_NOTE.sub("", self.point.last())
            # After a blank line a point runs on only if its sentence is unfinished and the paragraph
            # does not start as a new one (a capital), unless a page break came between.
            unfinished = not last.endswith(_ENDS_SENTENCE) and (self.turned or not text[:1].isupper())
            wrapped = not blank or unfinished or text[:1].islower() or not last
            if mk is not None:
                self.point.add(text, "\n")
                return
            if wrapped:
                self.point.add(text, " ")
                return
        if self.point is None and self.points_in_section == 0 and _is_lead(text):
            self.lead = text if self.lead is None else f"{_stem(self.lead)} {text}"
            return
        if self.style is None or self.style == ("para", ""):
            first = self.point.parts[0] if self.point is not None and self.point.parts else None
            if self.style is not None and not self.reads_as_point(text, first):
                self.close()  # narrative after the decision
                self.prose = (n, text)
                return
            # Unnumbered paragraphs: each one is a point.
            self.finish()
            self.style = ("para", "")
            self.point = _Point(n, [text], [" "])
            self.points_in_section += 1
            return
        if self.section == "conclusions":
            self.close()
            return  # prose after the numbered conclusions
        self.finish()
        self.suspended = n  # narrative after the list ends it; a later point of the same list is an error

    def absorb_lead(self) -> bool:
        """A first unnumbered paragraph that ends in ':-' before a list introduces it: a lead, not a point."""
        if self.style == ("para", "") and self.point is not None and self.points_in_section == 1:
            lead = " ".join(self.point.parts)
            if _is_lead(lead):
                self.point, self.style, self.points_in_section, self.lead = None, None, 0, lead
                return True
        return False

    def reads_as_point(self, text: str, first: str | None) -> bool:
        word = text.split()[0].lower() if text.split() else ""
        return word == "that" or (first is not None and first.split() != [] and first.split()[0].lower() == word)


def _section_titles(cleaned: list[str], filled: list[int]) -> dict[int, str]:
    """A report's numbered section headings in sentence case ('3. Findings and recommendations').

    A short unpunctuated line numbered N is a heading when paragraph N.1 (or N.2 ...) follows it
    within three paragraphs; Title Case headings are found without this.
    """
    out: dict[int, str] = {}
    for k, i in enumerate(filled):
        m = re.match(r"^(\d{1,2})\.?\s+(.+)$", cleaned[i])
        if not m or re.match(r"that\b", m[2], re.IGNORECASE) or not m[2][:1].isupper():
            continue
        title = m[2].strip()
        if len(title.split()) > 8 or title.endswith((".", ";", ":", ",", "?", "!")):
            continue
        if any(re.match(rf"{m[1]}\.\d{{1,2}}\.?\s", cleaned[j]) for j in filled[k + 1 : k + 4]):
            out[i + 1] = title
    return out


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def parse_minutes(
    text: str | list[str],
    name: str,
    meeting: dt.date | None = None,
    where: Callable[[int], str] | None = None,
) -> Minutes:
    """Every recommendation (and the count of conclusions) in minutes text.

    `name` and `where` (line -> 'file:line' or a place in a Word or PDF document) are for messages;
    `meeting` is the officer's date, which replaces any the document holds.
    """
    lines = _lines(text) if isinstance(text, str) else text
    locate = where or (lambda n: f"{name}:{n}")
    skip = _furniture(lines)
    cleaned = [_clean(raw) for raw in lines]
    rows = {i for i, t in enumerate(cleaned) if i not in skip and _table_row(lines[i].strip(" "))}
    filled = [i for i, t in enumerate(cleaned) if t and i not in skip]
    after = dict(itertools.pairwise(filled))
    before = {b: a for a, b in after.items()}
    tables = {i for i in rows if before.get(i) in rows or after.get(i) in rows}  # two rows at least
    parser = _Parser(locate, meeting, tables, _section_titles(cleaned, filled))
    for i, clean in enumerate(cleaned):
        if i in skip or "\f" in lines[i]:
            parser.page_break = True
        if i in skip:
            if parser.item is None and _PAGE_HEADING.fullmatch(clean):
                parser.page_title = True  # "Decision details" printed on every page, the title under it once
            continue
        parts = _inline_points(clean) if i not in tables else None
        for part in parts or [clean]:
            parser.line(i + 1, part)
    if parser.awaiting_date is not None:
        raise InvalidInput(f"{locate(parser.awaiting_date)}: the date line has no date after it; add the date")
    parser.finish()
    out = parser.out
    if meeting is not None:
        out.meetings = [meeting]
    first = next((f.meeting for f in parser.found if f.meeting is not None), None)
    first = first or (out.meetings[0] if out.meetings else None)
    numbers: dict[dt.date, int] = {}
    seen: set[tuple[dt.date, str | None, str]] = set()
    for f in parser.found:
        day = f.meeting or first
        if day is None:
            raise InvalidInput(
                f"{locate(f.line)}: recommendations, but no meeting date anywhere in {name} (no 'Meeting Date:', "
                "'Meeting:' or 'Date:' line, no 'Minutes of a meeting held on ...' title, no date line); "
                "give the date with --meeting YYYY-MM-DD"
            )
        if _PROCEDURAL.search(f.text):
            out.procedural += 1
            continue
        key = (day, f.item, _fold(f.text))
        if key in seen:
            out.repeated += 1
            continue
        seen.add(key)
        numbers[day] = numbers.get(day, 0) + 1
        out.recommendations.append(Recommendation(day, numbers[day], f.item, f.text, f.line))
    if first is not None and first not in out.meetings:
        out.meetings.append(first)
    return out


# ------------------------------------------------------------------------------ --edit

EDIT_HELP = """\
# The recommendations scrutrack found in {name}, one block each (nothing is written yet).
# Each block starts with a line '== MEETING | ITEM' (the item may be left empty); the lines
# under it, up to the next '==' line, are the recommendation's text.
#
#   to join two recommendations, delete the '==' line between them;
#   to split one, put a new '== MEETING | ITEM' line where the second should start;
#   to leave one out, delete its block; to change a date or an item, edit its '==' line.
#
# Lines starting with '#' are ignored. Save and close the editor to go on;
# delete every block to import nothing.
"""


def edit_text(minutes: Minutes, name: str, where: Callable[[int], str]) -> str:
    """The recommendations found, as the file `--edit` opens: one '== meeting | item' block each."""
    parts = [EDIT_HELP.format(name=name)]
    for rec in minutes.recommendations:
        parts.append(f"\n== {rec.meeting.isoformat()} | {rec.item or ''}\n# from {where(rec.line)}\n{rec.text}")
    return "".join(parts)


def read_edit(text: str, minutes: Minutes) -> Minutes:
    """The recommendations as the officer left them in the `--edit` file, numbered again through each meeting."""
    blocks: list[tuple[int, dt.date, str | None, list[str]]] = []
    for n, raw in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        line = raw.rstrip()
        if line.startswith("#"):
            continue
        if line.startswith("=="):
            head, _, title = line[2:].partition("|")
            try:
                day, _ = parse_imported_date(head.strip(), "meeting date")
            except InvalidInput as exc:
                raise InvalidInput(
                    f"the edited list, line {n}: {exc}; write the block's line as '== YYYY-MM-DD | item'; "
                    "nothing was imported"
                ) from None
            blocks.append((n, day, title.strip() or None, []))
            continue
        if not blocks:
            if line.strip():
                raise InvalidInput(
                    f"the edited list, line {n}: text before the first '== MEETING | ITEM' line; nothing was imported"
                )
            continue
        blocks[-1][3].append(line)
    out = Minutes(
        conclusions=minutes.conclusions,
        two_digit_years=minutes.two_digit_years,
        tables=minutes.tables,
        repeated=minutes.repeated,
        procedural=minutes.procedural,
        overridden=minutes.overridden,
        none_stated=minutes.none_stated,
    )
    numbers: dict[dt.date, int] = {}
    original = {r.text: r.line for r in minutes.recommendations}
    for n, day, item, lines in blocks:
        body = normalize_text("\n".join(lines))
        if not body.strip():
            raise InvalidInput(f"the edited list, line {n}: this block has no text; delete it or write its text")
        numbers[day] = numbers.get(day, 0) + 1
        if day not in out.meetings:
            out.meetings.append(day)
        out.recommendations.append(Recommendation(day, numbers[day], item, body, original.get(body, 0)))
    return out
