"""A page saved from a browser read into blocks: its main content only (menus, banners, side columns
and footers left out), h1-h6 as headings, `<ol>`/`<ul>` items with the number the browser shows,
bold paragraphs, tables by rows (a table that lays the page out read as the text in it).

The page is decoded as it declares only when that names a text encoding a page really uses (a page
saying charset="undefined" or "punycode" is read as UTF-8 or Windows-1252), and parsed with no limit
on the length of a text node, so a long block is read whole (and skipped by the minutes reader).
"""

from __future__ import annotations

import codecs
import contextlib
import itertools
import re
from typing import TYPE_CHECKING

from scrutrack.documents import (
    MAX_DEPTH,
    MAX_NUMBER,
    PAPERS_LINK,
    Block,
    Budget,
    clean,
    count_elements,
    decode_text,
    format_number,
    over,
    run_in_blocks,
    run_in_title,
    split_marker,
)
from scrutrack.errors import InvalidInput

if TYPE_CHECKING:
    from lxml.html import HtmlElement

KIND = "web page"
EMPTY = "{name} is a web page with no text in its main content; {save_as}"

_SKIP_TAGS = frozenset(
    "head script style noscript template svg nav header footer aside form button iframe select input textarea "
    "object embed canvas video audio map".split()
)
_SKIP_ROLES = frozenset("navigation banner contentinfo search complementary dialog alert".split())
_SKIP_NAMES = frozenset(
    "nav navbar navigation menu mainmenu breadcrumb breadcrumbs sidebar footer header site-header site-footer "
    "masthead skip skip-link skiplink skip-to-content share social feedback visuallyhidden sronly".split()
)
_SKIP_WORDS = frozenset("nav navbar navigation menu menubar breadcrumb breadcrumbs sidebar footer masthead".split())
# Pairs of words in a class name; the last three mark words for a screen reader only ("Show or hide" before
# an accordion's title).
_SKIP_PAIRS = frozenset(
    "side-bar side-nav side-menu bread-crumb bread-crumbs visually-hidden sr-only screen-reader".split()
)
_MAIN = ("//main", "//*[@role='main']", "//*[@id='modgov']", "//*[@id='main-content']", "//*[@id='maincontent']")
_MAIN_MORE = ("//*[@id='content']", "//article")
# What a template's "content" or "main" block may be: not a heading named for its style ('mgMainTitleTxt').
_CONTAINERS = frozenset("div section article main td form".split())
_BLOCKS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 blockquote pre address dl dt dd figure figcaption "
    "fieldset details summary center hr li table ul ol tr button".split()
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TEXT_ENCODINGS = re.compile(
    r"utf-(?:8|16|32)(?:-[lb]e)?|cp\d+|iso8859-\d+|latin-1|ascii|mac-\w+|koi8-\w|euc_\w+|shift_jis\w*|gb\w+"
    r"|big5\w*|iso2022_\w+|hz|johab|tis-620"
)
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)


def _decode(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data, name)
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            declared = codecs.lookup(m[1].decode("ascii")).name
        except LookupError:
            declared = ""
        if declared in ("cp1252", "iso8859-1", "latin-1", "ascii"):
            # Pages that say Windows-1252 but hold UTF-8 ('â€“' for '–'): valid UTF-8 beyond ASCII
            # does not happen by chance in Windows-1252 text, so it is read as what it is.
            with contextlib.suppress(UnicodeDecodeError):
                return data.decode("utf-8")
        if _TEXT_ENCODINGS.fullmatch(declared):
            with contextlib.suppress(UnicodeError, ValueError):
                return data.decode(declared)
    return decode_text(data, name)


def _names(el: HtmlElement) -> list[str]:
    return f"{el.get('id') or ''} {el.get('class') or ''}".split()


def _words(name: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", name)]


def _skipped(el: HtmlElement) -> bool:
    """Page furniture: menus, banners, hidden parts, a list whose every item is only a link."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    # an article's or a section's own header is its title ('<article><header><h1>Notes of the meeting held on
    # ...'), not the site's banner
    own = tag == "header" and any(
        isinstance(a.tag, str) and a.tag.lower() in ("article", "section", "main") for a in el.iterancestors()
    )
    skipped = tag in _SKIP_TAGS and not _opens(el) and not own
    if skipped or el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if (el.get("role") or "").lower() in _SKIP_ROLES or "display:none" in style or "visibility:hidden" in style:
        return True
    for n in _names(el):
        words = _words(n)  # names built of words, as site templates write them: "side-nav", "mgSideBar"
        if n.lower() in _SKIP_NAMES or n.lower().startswith("cookie") or _SKIP_WORDS.intersection(words):
            return True
        if any("-".join(pair) in _SKIP_PAIRS for pair in itertools.pairwise(words)):
            return True
    return tag in ("ul", "ol") and _link_list(el)


def _opens(el: HtmlElement) -> bool:
    """A collapsible section's heading: a `<summary>`, or an accordion's button that shows a panel."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    return tag == "summary" or (tag == "button" and (el.get("aria-controls") or el.get("aria-expanded")) is not None)


def _unfold(root: HtmlElement) -> None:
    """The panels an accordion's buttons show, saved folded (`hidden`, `display: none`), opened: they are
    the items' text."""
    panels = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
    for opener in root.iter("button"):
        for panel in (panels.get(i) for i in (opener.get("aria-controls") or "").split()):
            if panel is not None:
                panel.attrib.pop("hidden", None)
                panel.set("style", re.sub(r"display\s*:\s*none", "", panel.get("style") or "", flags=re.I))


# What a committee system's page offers to do with an item, as a link: never its text.
_SITE_ACTION = re.compile(
    r"(?:share|print|email|e-mail|bookmark|subscribe\s+to|follow)\s+this\s+(?:item|page|meeting|decision)"
    r"|back\s+to\s+(?:the\s+)?top|top\s+of\s+(?:the\s+)?page|(?:view\s+(?:the\s+)?)?webcast\s+for\b.*",
    re.I,
)


def _link_list(el: HtmlElement) -> bool:
    """A list of links (a site's menu, an item's documents), or of one that acts on the page ('Share this item')."""
    items = [li for li in el if isinstance(li.tag, str) and li.tag.lower() == "li"]
    if not items:
        return False
    for li in items:
        text = " ".join(li.text_content().split())
        if not text or " ".join(" ".join(a.text_content() for a in li.iter("a")).split()) != text:
            return False
    return len(items) > 1 or bool(_SITE_ACTION.fullmatch(text))


_UNSHOWN = "\0"  # a list item's number the page does not show (list-style: none)


class _Walker:
    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.out: list[Block] = []
        self.parts: list[tuple[str, bool]] = []  # the paragraph being read: (text, bold?)
        self.place = ", line 1"
        self.marker, self.level = "", 0  # a list item's number, waiting for the item's first text
        self.outline: list[str] = []  # the numbers of the list items we are inside ("" if not decimal)
        self.heading = 0

    def flush(self) -> None:
        text = clean(re.sub(r"\s+", " ", "".join(t for t, _ in self.parts)))
        bold = all(b for t, b in self.parts if t.strip())
        parts, self.parts = self.parts, []
        if not text:
            return
        self.budget.tick()
        marker, rest = (self.marker, text) if self.marker not in ("", _UNSHOWN) else split_marker(text)
        marker = marker or ("•" if self.marker == _UNSHOWN else "")  # an item of a list showing no numbers: its own
        kind = "heading" if self.heading else "item" if marker else "paragraph"
        # "7. <b>Updates from Councillors.</b> Councillor Pugh reported ...": the title, then the minute
        title = None if bold or self.heading else self.run_in(parts, marker)
        self.out += run_in_blocks(title, Block(kind, rest, self.place, self.heading or self.level, marker, bold))
        self.marker = ""

    @staticmethod
    def run_in(parts: list[tuple[str, bool]], marker: str) -> str | None:
        """A title in bold at the start of a paragraph (after its number), its text run on in plain type, as the
        Word reader finds one (`run_in_title`)."""
        runs = [
            (clean(" ".join("".join(t for t, _ in group).split())), b)
            for b, group in itertools.groupby(parts, key=lambda p: p[1])
        ]
        runs = [(t, b) for t, b in runs if t]
        if runs and not runs[0][1] and runs[0][0] == marker:
            runs = runs[1:]  # the paragraph's own number in plain type before its title
        if len(runs) < 2 or not runs[0][1] or any(b for _, b in runs[1:]):
            return None
        rest = " ".join(t for t, _ in runs[1:])
        if PAPERS_LINK.match(f" {rest}") or not re.search(r"\b[a-z]{3,}\b", rest):
            return None  # "<b>Budget 2025/26</b> PDF 64 KB": the title's report, no minute
        return runs[0][0] if run_in_title(runs[0][0], rest) else None

    def walk(self, el: HtmlElement, bold: bool = False, depth: int = 0) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag and not _skipped(el):
            if el.sourceline:
                self.place = f", line {el.sourceline}"
            self.element(el, tag, bold or tag in ("b", "strong") or bool(_BOLD.search(el.get("style") or "")), depth)
        if el.tail:
            self.parts.append((el.tail, bold))

    def element(self, el: HtmlElement, tag: str, bold: bool, depth: int) -> None:
        block = tag in _BLOCKS
        if block or tag == "br":
            self.flush()
        level = int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else (self.heading or 2) if _opens(el) else 0
        self.heading, outer = level or self.heading, self.heading
        if tag in ("ol", "ul"):
            self.list(el, tag, bold, depth)
        elif tag == "table" and not _lays_out(el):
            self.table(el)
        elif depth > MAX_DEPTH:  # the parser drops what lies deeper than 2,048 without a word: say so
            raise over(self.budget.name, f"nests its elements more than {MAX_DEPTH} deep", f"{MAX_DEPTH}")
        else:
            # a layout table's cells are words apart ('01' | 'Apologies', never '01Apologies')
            self.parts.append((" " if tag in ("td", "th") else "", bold))
            self.parts.append((el.text or "", bold))
            for child in el:
                self.walk(child, bold, depth + 1)
        if block:
            self.flush()
        self.heading = outer

    def list(self, el: HtmlElement, tag: str, bold: bool, depth: int) -> None:
        kind = (el.get("type") or "1") if tag == "ol" else "•"
        style = (el.get("style") or "").lower()
        fmt = next((f for f in ("lower-alpha", "upper-alpha", "lower-roman", "upper-roman") if f in style), kind)
        start = el.get("start") or ""
        n = int(start) if re.fullmatch(r"\d{1,4}", start) else 1
        for child in el:
            if not isinstance(child.tag, str) or child.tag.lower() != "li":
                self.walk(child, bold, depth + 1)
                continue
            value = child.get("value") or ""
            n = int(value) if re.fullmatch(r"\d{1,4}", value) else n
            number = format_number(min(n, MAX_NUMBER), fmt) if tag == "ol" else "•"
            n += 1
            if fmt == "1" and self.outline and self.outline[-1]:
                number = f"{self.outline[-1]}.{number}"  # Word's outline numbering (1. / 1.1) saved as a page
                marker = number
            else:
                marker = number if number == "•" else f"{number}."
            if re.search(r"list-style(?:-type)?\s*:\s*none", style):
                marker = (
                    _UNSHOWN  # the browser shows no number: the item's own ("a) approve ...") is read from its text
                )
            self.outline.append(number if fmt == "1" else "")
            self.flush()
            self.marker, self.level = marker, len(self.outline) - 1
            self.walk(child, bold, depth + 1)
            self.flush()
            self.marker, self.level = "", 0  # an empty item: its number is not carried to what follows
            self.outline.pop()

    def table(self, el: HtmlElement) -> None:
        """Rows of cells on one grid, as the tracker reader gives a workbook's: a cell spanning rows
        (rowspan) gives its blocks to each row it covers, one spanning columns (colspan) stands in its
        first column with empty cells after it, so every cell stands under its heading."""
        rows = []
        below: dict[int, tuple[int, list[Block]]] = {}  # column -> (rows still covered, the cell's blocks)
        for tr in el.iter("tr"):
            cells: list[list[Block]] = []
            for td in tr:
                if not (isinstance(td.tag, str) and td.tag.lower() in ("td", "th") and not _skipped(td)):
                    continue
                _covered(cells, below)
                inner = _Walker(self.budget)
                inner.place = self.place
                inner.walk(td)
                inner.flush()
                across, down = _span(td.get("colspan")), _span(td.get("rowspan"))
                for k in range(across):
                    if down > 1:
                        below[len(cells)] = (down - 1, inner.out if k == 0 else [])
                    cells.append(inner.out if k == 0 else [])
            _covered(cells, below)  # columns at the row's end covered from above
            rows.append(cells)
        self.out.append(Block("table", place=self.place, rows=rows))


def _lays_out(table: HtmlElement) -> bool:
    """A table whose cells hold headings or tables lays the page out (its cells are read as text).
    (Not XPath's './/td//*': libxml2 takes time in the square of the rows for it, minutes for a big table.)"""
    for inner in table.iter("h1", "h2", "h3", "h4", "table"):
        if inner is table:
            continue
        for above in inner.iterancestors():
            if above is table:
                break
            if above.tag == "td":
                return True
    return False


_MAX_SPAN = 64  # rows or columns one cell may span; more is a broken or hostile page


def _covered(cells: list[list[Block]], below: dict[int, tuple[int, list[Block]]]) -> None:
    """The cells of the next columns that a cell above spans down into, each given its blocks."""
    while below.get(len(cells), (0, []))[0] > 0:
        left, blocks = below[len(cells)]
        below[len(cells)] = (left - 1, blocks)
        cells.append(blocks)


def _span(value: str | None) -> int:
    return min(int(value), _MAX_SPAN) if value and value.strip().isdigit() and int(value) > 0 else 1


def _content(root: HtmlElement) -> HtmlElement:
    """The page's main content: <main> and its kin, else the block a site template names as its
    content ('mgContent', 'page-content'), the largest (with the headings beside it, where it has none of
    its own), else the body."""
    for path in (*_MAIN, *_MAIN_MORE):
        found = root.xpath(path)
        if found and isinstance(found[0].tag, str) and found[0].text_content().strip():
            return found[0]  # type: ignore[no-any-return]
    best, size = None, 0
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag.lower() in _SKIP_TAGS:
            continue
        words = {w for n in _names(el) for w in _words(n)} if el.tag.lower() in _CONTAINERS else set()
        if words & {"content", "main"} and not any(_skipped(a) for a in (el, *el.iterancestors())):
            length = len(" ".join(el.text_content().split()))
            best, size = (el, length) if length > size else (best, size)
    above = best.getparent() if best is not None else None
    if best is not None and above is not None and not best.xpath(".//h1|.//h2") and above.xpath("./h1|./h2"):
        best = above  # a committee system's item page: its title and 'Meeting:' line stand beside its content block
    body = root.find("body")
    return best if best is not None else body if body is not None else root


def read(data: bytes, name: str, budget: Budget) -> list[Block]:
    import lxml.html
    from lxml import etree

    text = _decode(data, name)
    count_elements(text.count("<"), name)
    try:
        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InvalidInput(f"{name} is not a readable web page ({exc}); save the page again from the browser") from None
    _unfold(root)
    walker = _Walker(budget)
    walker.walk(_content(root))
    walker.flush()
    return walker.out
