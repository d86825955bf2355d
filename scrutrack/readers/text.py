"""Plain text read into blocks; and lines of any format (a PDF's text layer too) grouped into
paragraphs, list items and tables, with page numbers and running headers and footers marked as
furniture. Lines wrapped inside a paragraph are joined, a word broken at a line-end hyphen closed up
when the document has the whole word."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from scrutrack.documents import (
    APPLICATION_REF,
    MAX_BLOCK_CHARS,
    PAPERS_LINK,
    Block,
    Budget,
    clean,
    decode_text,
    split_marker,
)

KIND = "text"
EMPTY = "{name} is empty; {save_as}"


@dataclass
class Line:
    text: str
    place: str
    bold: bool = False
    heading: bool = False  # larger than the body's text (a PDF's font size)
    cells: list[str] | None = None  # a row of a table a PDF draws as a grid (a line break between a cell's paragraphs)
    furniture: bool = False  # a PDF's header or footer in small type in the margin
    whole: str = ""  # the printed line this one ends, after a title run in before it: a full line, not a short one


def read(data: bytes, name: str, budget: Budget) -> list[Block]:
    text = decode_text(data, name)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return blocks_from_lines(_grid_tables([Line(t, f":{n}") for n, t in enumerate(lines, 1)]), budget)


_GRID_RULE = re.compile(r"\s*\+(?:[-=]+\+)+\s*")  # "+-----+------+" ("+=====+" under the headings)
_GRID_ROW = re.compile(r"\s*\|.*\|\s*")


def _cell_lines(lines: list[str]) -> str:
    """A grid cell's lines as its paragraphs: wrapped lines joined, a new one after a blank line or at a
    list's number."""
    out = ""
    for part in lines:
        if not part or not out or split_marker(part)[0]:
            out += "\n" + part if out and part else part
        else:
            out = _join(out, part, set())
    return re.sub(r"\n+", "\n", out).strip()


def _grid_tables(lines: list[Line]) -> list[Line]:
    """A table typed with rules of '+', '-' and '|' (an email's or a plain-text export's grid, each row's
    cells wrapped over several lines): a row of cells for each row between its rules, a cell's lines
    joined, as a PDF's drawn table gives its rows."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        rule = lines[k].text.count("+") <= 100 and _GRID_RULE.fullmatch(lines[k].text)  # a table's columns, not a wall
        if not (rule and k + 1 < len(lines) and _GRID_ROW.fullmatch(lines[k + 1].text)):
            out.append(lines[k])
            k += 1
            continue
        edges = [m.start() for m in re.finditer(r"\+", lines[k].text)]
        out.append(Line("", lines[k].place))
        row: list[list[str]] = []
        for line in lines[k + 1 :]:
            k += 1
            if _GRID_RULE.fullmatch(line.text):
                out += [Line("", line.place, cells=[_cell_lines(c) for c in row])] if any(row) else []
                row = []
            elif _GRID_ROW.fullmatch(line.text):
                parts = [line.text[a + 1 : b].strip() for a, b in itertools.pairwise(edges)]
                row = row or [[] for _ in parts]
                for cell, part in zip(row, parts, strict=False):
                    cell.append(part)
            else:
                break
        else:
            k += 1
        out.append(Line("", lines[k - 1].place))
    return out


_PAGE = re.compile(
    r"^(?:page\s+\d+(?:\s+of\s+\d+)?|p\.?\s*\d+|\d+\s+of\s+\d+|[-–—]?\s*\d{1,3}\s*[-–—]?"
    r"|\(?cont(?:inued|'d|’d|\.)?(?:\s+(?:overleaf|on next page|from previous page))?\)?\.?)$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"^(?:chair(?:man|person|woman)?(?:'s|’s|s)?\s+(?:initials|signature)|initials|signed)\b[\s.…_:]*$|^[\s.…_]{5,}$",
    re.IGNORECASE,
)
_REFERS = re.compile(
    r"\b(?:items?|paragraphs?|sections?|minutes?|pages?|appendix|appendices|annex|clauses?|rules?|no\.)$", re.I
)
_CELLS = re.compile(r"\t+|\s{3,}")
# a minute's code on a line of its own under its title: letters, number, slash, year ("PLA46/25"; not "SCHEME 2019/20")
_CODE_ALONE = re.compile(r"[A-Z]{2,6}\d{1,4}/\d{2,4}")
_CODED = re.compile(r"(?:[A-Z]{2,6} ?\d{1,4}(?:/\d{2,4})?|\d{1,4}/\d{2,4})\s+[A-Z]")  # a minute's code, then its title
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d+|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}")
# Who acts, printed in a right-hand column after the sentence it answers ('... to be replaced.      Clerk'): an
# action's owner, read as the sentence "Action: Clerk." after it.
_MARGIN = re.compile(
    r"(?P<text>\S.*[.;)])\s{2,}(?P<who>(?:Cllrs?\.?\s+)?[A-Z][\w'’.-]*(?:\s*(?:/|&|,|and)?\s*[A-Z][\w'’.-]*){0,2})\s*"
)
_LABEL = re.compile(r"^(?:[A-Z][\w&'’/(). -]{0,40}:|[A-Z]{4,}\b(?:\s+[A-Z]{2,})*\s*(?:[:\-–—]|$))")


def _cells(text: str) -> list[str]:
    text = text.strip()
    if len(text) > 2 and text[0] == text[-1] == "|":  # "| Action | Owner |", as Markdown writes a table
        return [c.strip() for c in text[1:-1].split("|")]
    return [c.strip() for c in _CELLS.split(text) if c.strip()]


def _is_page_mark(text: str) -> bool:
    """'Page 2', '- 3 -', or a footer 'Page 2 of 7<tab>Chairman's initials ......'."""
    cells = _cells(text)
    return bool(cells) and all(_PAGE.match(c) or (len(cells) > 1 and _SIGNATURE.match(c)) for c in cells)


def _pages(lines: list[Line], marks: set[int]) -> list[list[int]]:
    """The filled lines of each page; a page ends at a form feed or at a page number."""
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if "\f" in line.text and pages[-1]:
            pages.append([])
        if i in marks:
            if pages[-1]:
                pages.append([])
        elif line.text.strip():
            pages[-1].append(i)
    return [p for p in pages if p]


_CONTENTS = re.compile(r"^\S.{2,}?(?:\s?\.){5,}\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*$")  # 'Title ..... 3', '... 301-303'


def _furniture(lines: list[Line]) -> set[int]:
    """Page numbers, signature lines at a page's foot, and running headers or footers."""
    marks = {i for i, line in enumerate(lines) if line.text.strip() and _is_page_mark(line.text)}
    pages = _pages(lines, marks)
    out = set(marks)
    for page in pages:  # "Chairman's initials ......" at the foot of each page
        out.update(i for i in page[:3] + page[-3:] if _SIGNATURE.match(clean(lines[i].text)))
    out |= _running(lines, pages)
    out.update(i for i, line in enumerate(lines) if _CONTENTS.match(line.text))
    for page in pages[1:]:  # a header printed once: the first line of a page, short and dated
        first = clean(lines[page[0]].text)
        if len(first.split()) <= 14 and _DATE.search(first) and first[:1].isupper() and _plain(first):
            out.add(page[0])
    return out


def _plain(text: str) -> bool:
    """Neither a sentence, a label ('Meeting Date: ...'), a list item nor lower-case: may be furniture."""
    return not (text.endswith((".", ":", ":-")) or _LABEL.match(text) or split_marker(text)[0] or text[:1].islower())


def _running(lines: list[Line], pages: list[list[int]]) -> set[int]:
    """The same short line (numbers aside) in the same place at the top or foot of at least two pages and
    of half of them. The place counts, not just the text: a decision printed twice may fall near two breaks."""
    if len(pages) < 2:
        return set()
    seen: dict[tuple[int, str], set[int]] = {}
    for page in pages:
        for k in (0, 1, 2, -3, -2, -1):
            if -len(page) <= k < len(page):
                text = clean(lines[page[k]].text)
                seen.setdefault((k, re.sub(r"\d+", "#", text)), set()).add(page[k])
    out: set[int] = set()
    for (k, text), found in seen.items():  # a name in capitals ("THE BOARD") only as the page's first or last line
        named = k in (0, -1) and _upper(text) and len(text.split()) > 1 and not text.endswith((":", "-", "–", "—"))
        words = [w for w in text.split() if any(c.isalpha() for c in w)]  # "Council – Draft minutes, subject to ..."
        if len(found) >= 2 and 2 * len(found) >= len(pages) and len(words) <= 20 and (_plain(text) or named):
            out |= found
    return out


def _tables(lines: list[Line], skip: set[int]) -> set[int]:
    """Lines that are rows of a table pasted as text: two cells or more, in two rows or more running."""

    def row(i: int) -> bool:
        text = lines[i].text.replace("\f", "").strip()
        cells = _cells(text)
        if len(cells) < 2 or (cells[0].endswith(":") and len(cells[0].split()) <= 3):
            return False  # a label and its text ("Present:<tab>Councillor ..."), as Word lays out attendance
        piped = text[:1] == text[-1:] == "|"  # a Markdown row's first cell may be a number: "| 5 | Budget |"
        return piped or not (split_marker(cells[0] + " x")[0] or re.fullmatch(r"\d{1,4}[.:]?", cells[0]))

    rows = [i for i, line in enumerate(lines) if i not in skip and line.text.strip() and row(i)]
    filled = [i for i, line in enumerate(lines) if line.text.strip() and i not in skip]
    after = dict(itertools.pairwise(filled))
    before = {b: a for a, b in after.items()}
    found = set(rows)
    return {i for i in rows if before.get(i) in found or after.get(i) in found}


def _upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _starts_block(
    block: Block, last: str, line: Line, text: str, width: int, point: bool = False, numbered: bool = False
) -> bool:
    """The line starts a new block rather than carrying on the one above (of a document whose full
    lines are `width` long: a short line ends its paragraph, as a title over its translation does; a
    `point` is a list item under a lead that ends in a colon, not a title; a `numbered` block's first line
    set its number apart in a column of its own, '7   Panel Work Programme', as a minute's title)."""
    if block.kind in ("table", "furniture") or line.bold != block.bold or line.heading != (block.kind == "heading"):
        return True
    if PAPERS_LINK.search(last):
        return True  # a committee page's title ends at its report's link ("... Refresh  pdf icon PDF 101 KB" / "20 minutes")
    complete = not _cut_short(last)
    if re.search(r"\b(?:that|to|be|and)\s+[A-Z]{2,}(?:\s+[A-Z]{2,})*$", last) and re.match(r"[A-Z]{2,}\s", text):
        return False  # "... it was RESOLVED that PLANNING PERMISSION" / "BE REFUSED for ...": in capitals, going on
    # a numbered title over its text ("7. Recommendations of the ... Committee" / "The Council ..."), not one in
    # capitals wrapped, nor a reference wrapped ("... set out in paragraph" / "3.2 of the report")
    coded = (
        bool(_CODED.match(block.text)) or numbered
    )  # "JOSC 4 Shared ICT service" / "The Shared ICT Manager ...": a title
    over = (block.kind == "item" or coded) and not (_upper(block.text) and _upper(text)) and not split_marker(text)[0]
    over = over and not (point and _runs_on(last))  # a point stopped mid-sentence goes on, whatever its next word
    # a title line, then "5.1 ..." under it; a numbered title over text that starts with a figure or a
    # reference ("5) Planning" / "23/01987/FUL - erection of ...", "£2,314 in the bank")
    capital = text[:1].isupper() or split_marker(text)[0] or (over and not coded and re.match(r"[\d£$€]", text))
    capital = capital or _REFERENCE.match(text)  # "RESOLVED to raise no objection." / "25/00342/FUL – 9 Kirk Wynd"
    short = 0.85 if over else 0.6
    if len(last) < short * width and complete and capital and last.strip().endswith(block.text):
        return True
    capitals = _upper(text) and len(text.split()) <= 6 and not _upper(block.text)
    if not _runs_on(last) and (capitals or _CODED.match(text)):
        # after a sentence's end, a short line in capitals or a minute's code starts the next minute ("... signed by
        # the Chairman." / "CAB", "... as amended." / "JTB 25/014 Petition - Waiting Restrictions")
        return True
    if _CODE_ALONE.fullmatch(text.strip()) and _upper(block.text):
        return True  # "... DAIRY DEPOT," / "STATION ROAD, PADDLEFORD" / "PLA46/25": the title's code, its own line
    if _DECIDED_ALONE.match(text):
        return True  # "WCA 83/25 INVESTMENT FUND – LOAN TO ... LIMITED" / "RESOLVED/-": the title, then its decision
    if _upper(block.text) and _upper(text) and _runs_on(last) and not text.endswith(":") and not _numbered(text):
        return False  # a heading in capitals wrapped: "55 HOMELESSNESS PREVENTION" / "FUND -" (not "11. RESIDUAL ...")
    if split_marker(text)[0]:
        # "... for the reasons in paragraph" / "4.3 of the report.", "... in relation to item" / "10.2 (...) as a
        # member of ..." (a wrapped line, not a title such as "3. Apologies for absence").
        refers = re.match(r"\d+(?:[.,/]\d+)*\s+[a-z]", text) or (_REFERS.search(last) and len(text.split()) > 7)
        # "... set out in Appendix" / "1.": a number alone ends the sentence above, it numbers nothing
        refers = refers or re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*[.)]?", text.strip())
        refers = refers or re.match(r"[A-Z]\.\s+(?:[A-Z]\.\s+)*[A-Z][a-z]", text)  # "Cllrs T. Allard," / "R. Chudleigh"
        return not (_runs_on(last) and refers)
    if _LABEL.match(text) or (_upper(block.text) and not _upper(text)):
        # "... the following recommendations to" / "Cabinet:-": a long line stopped mid-sentence goes on
        label_only = re.fullmatch(r"[^:]{1,40}:\s*[-–—]?", text) and not _upper(block.text)
        carried = text[:1].islower() or (len(last) >= 30 and label_only)
        return not (_runs_on(last) and carried)
    if _DECIDED.match(text) and not _DECIDER_BEFORE.search(last):
        return True  # "25/01144/FUL – 12 Smedley Street – rear extension" / "RESOLVED to raise no objection."
    if _REFERENCE.match(text) and last.rstrip().endswith("."):
        return True  # "RESOLVED: To submit no objections to application 25/03112/PLF." / "25/03240/TPO Works to ..."
    return bool(re.match(r"That\b", text)) and not _runs_on(last)


_REFERENCE = re.compile(rf"{APPLICATION_REF}\b")
# A line opening with the body's decision in capitals, not the end of a sentence whose subject ended the line above
# ("It was" / "RESOLVED that ...", "The Committee" / "AGREED to ...").
_DECIDED = re.compile(r"(?:RESOLVED|AGREED|DECIDED)\s+(?:that|to)\b")
_DECIDED_ALONE = re.compile(r"(?:RESOLVED|AGREED|DECIDED)\s*[/:\-–—]*\s*$")  # the word alone on its line: "RESOLVED/-"
_DECIDER_BEFORE = re.compile(
    r"\b(?:was|were|and|then|further|unanimously|it|council|committee|board|panel|cabinet|members|authority)\W*$", re.I
)


def _point(out: list[Block]) -> bool:
    """The last block is a list item under a lead ending in a colon ('It was RESOLVED:' / 'a) to renew the
    lease to the Village Hall' / 'Management Committee for ...'): a point, not a numbered title over its text."""
    if not out or out[-1].kind != "item":
        return False
    lead = next((b for b in reversed(out[-30:]) if b.kind != "item"), None)
    return lead is not None and lead.text.rstrip().endswith((":", ":-", ":–"))


def _cut_short(last: str) -> bool:
    """The line ends on a word that cannot end it ('... by', '... –') or inside brackets ('(applicant: Trading')."""
    ends = last.split()[-1].lower() if last.split() else ""
    return bool(re.fullmatch(r"a|an|and|at|by|for|in|of|on|or|the|to|\d{1,3}|.*[-–—,&(/]", ends)) or (
        last.count("(") > last.count(")")
    )


def _capitals_wrapped(block: Block | None, last: str, line: Line | None, width: int) -> bool:
    """A bold title in capitals wrapped onto the next line with space between (a PDF's title set with wide
    leading: '244. RESPONSE TO THE ... POLICY AND' / 'ACCOUNTABILITY COMMITTEE ... IN COUNCIL' / 'HOMES'), its
    line cut short or full."""
    text = clean(line.text) if line is not None else ""
    if block is None or line is None or not (block.bold and line.bold and _upper(block.text) and _upper(text)):
        return False
    return (
        _runs_on(last)
        and not text.endswith(":")
        and not _numbered(text)  # the next item's own number: "11. RESIDUAL WASTE CONTRACT"
        and (_cut_short(last) or len(last) > 0.6 * width)
    )


def _numbered(text: str) -> bool:
    """A line starting with a list's number ('11. RESIDUAL ...'), not a dash ('- EXECUTIVE RESPONSE')."""
    return bool(re.match(r"\(?\d", split_marker(text)[0]))


def _runs_on(text: str) -> bool:
    """The line stops mid-sentence: the next line may carry it on."""
    return not text.rstrip().endswith((".", ":", ";", "!", "?", "-", "–", "—", "”", "’", '"', ")"))


# Halves of the compounds councils write with a hyphen ('co-' / 'operate', 'follow-' / 'up', 'demand-' /
# 'responsive'): a line-end hyphen between them stays, unless the document has the whole word closed up.
_COMPOUND_HEADS = (
    "age anti carbon child co cross council decision demand evidence ex full half high long low mid multi net"
    " non part place post pre re self semi short sub value well"
)
_COMPOUND_TAILS = (
    "agency based being carbon free friendly funded house led making off on out owned party quality related"
    " responsive run statutory term time up wide zero"
)
_COMPOUND = frozenset(_COMPOUND_HEADS.split()), frozenset(_COMPOUND_TAILS.split())


def _join(first: str, then: str, words: set[str]) -> str:
    """Two wrapped lines as one. A word broken at a line-end hyphen is closed up when the document has the
    whole word ('recom-' / 'mendation') or its first half is a syllable, not a word ('sup-' / 'port', 'deci-' /
    'sion') nor the half of a compound written with a hyphen ('demand-' / 'responsive', 'follow-' / 'up')."""
    m = re.search(r"(\w+)-$", first)
    if m and then[:1].isalpha():
        head, tail = m[1].lower(), re.match(r"\w*", then)[0].lower()  # type: ignore[index]
        whole = head + tail in words
        compound = head in _COMPOUND[0] or tail in _COMPOUND[1] or (len(head) > 2 and head in words)
        return first[:-1] + then if whole or not compound else first + then
    return f"{first} {then}"


def _cell_block(text: str, place: str) -> Block:
    """A paragraph of a drawn table's cell: a list item when it starts with a number ('2. authorise ...')."""
    marker, rest = split_marker(text)
    return Block("item", rest, place, marker=marker) if marker and rest else Block("paragraph", text, place)


def _grid_row(out: list[Block], block: Block | None, line: Line, words: set[str]) -> Block | None:
    """A row of a drawn table: a row of the table above (past page furniture) if it has as many
    columns. The first row on a new page (past its heading row printed again, left out) is the rest of
    the last row if that was cut off: its first cell (a number, a title) ended on the page before and
    this one's is empty, or stopped mid-sentence and this one's goes on in lower case or figures."""
    cells = [clean(c) for c in line.cells or []]
    row = [[_cell_block(t, line.place) for t in c.split("\n")] for c in cells]
    if block is not None and block.kind == "table":  # the next row on the same page
        block.rows.append(row)
        return block
    before = [b for b in out if b.kind != "furniture"]
    table = before[-1] if before and before[-1].kind == "table" else None
    if table is None or len(table.rows[-1]) != len(cells):
        table = Block("table", place=line.place, rows=[row])
        out.append(table)
        return table
    last = table.rows[-1]
    if _texts(row) == _texts(table.rows[0]):
        return None  # the heading row printed again at the top of the page: the next row is the page's first
    cut = _runs_on(last[0][-1].text) and " " in last[0][-1].text and not cells[0][:1].isupper()  # "... March" / "2024."
    if (not cells[0] and any(b.text for b in last[0])) or cut:
        for cell, text in zip(last, cells, strict=True):  # a cell's sentence cut by the break goes on
            head, *rest = text.split("\n") if _runs_on(cell[-1].text) else ["", *text.split("\n")]
            cell[-1].text = _join(cell[-1].text, head, words) if cell[-1].text and head else cell[-1].text or head
            cell += [_cell_block(t, line.place) for t in rest if t]
    else:
        table.rows.append(row)
    return table


def _texts(row: list[list[Block]]) -> list[str]:
    return [" ".join(f"{b.marker} {b.text}".strip() for b in cell) for cell in row]


def _blanks(lines: list[Line], i: int, step: int) -> list[int]:
    """The blank lines next to line i, going up (step -1) or down (step 1)."""
    out, j = [], i + step
    while 0 <= j < len(lines) and not lines[j].text.strip() and lines[j].cells is None:
        out.append(j)
        j += step
    return out


def blocks_from_lines(lines: list[Line], budget: Budget) -> list[Block]:
    """Lines (blank between paragraphs, a form feed between pages) as blocks."""
    budget.tick(len(lines))
    long = {i: line for i, line in enumerate(lines) if len(line.text) > MAX_BLOCK_CHARS}  # read as they are
    # "|---|---|" under a Markdown table's headings; a rule typed across the page ("=====", "*****", "_____"); a
    # dash or bullet alone on its line between the sections (a table's cells saved as text, "-" in each empty one),
    # a short line between two of them the section's heading ("-" / "Footpath project" / "-")
    lone = r"\s*(?:[-–—•*]|\|(?:\s*\|)*)\s*"  # (or a table's cell walls alone: "|", "| |")
    rule = re.compile(rf"\s*\|?(?:\s*:?-{{3,}}:?\s*\|?)+\s*|\s*([=_*~#+])\1{{2,}}\s*|{lone}")
    dash = [bool(re.fullmatch(lone, line.text)) for line in lines]
    lines = [
        replace(line, heading=True)
        if 0 < i < len(lines) - 1 and dash[i - 1] and dash[i + 1] and 0 < len(line.text.split()) <= 8
        else line
        for i, line in enumerate(lines)
    ]
    lines = [Line("", line.place) if i in long or rule.fullmatch(line.text) else line for i, line in enumerate(lines)]
    furniture = _furniture(lines) | {i for i, line in enumerate(lines) if line.furniture}
    tables = _tables(lines, furniture)
    words = {w.lower() for line in lines for w in re.findall(r"(?<![\w-])[A-Za-z]+(?![\w-])", line.text)}
    lengths = sorted(len(line.text.strip()) for line in lines if line.text.strip())
    width = lengths[int(0.9 * len(lengths))] if lengths else 80  # the length of a full line
    breaks = [i for i, line in enumerate(lines) if i in furniture or "\f" in line.text]
    gaps = {j for i in breaks for step in (-1, 1) for j in _blanks(lines, i, step)}  # around a page break
    out: list[Block] = []
    block: Block | None = None
    last, numbered = "", False
    for i, line in enumerate(lines):
        if i in long:
            out.append(Block("paragraph", long[i].text, line.place))
            continue
        text = _owned(line) if i not in tables else None
        owned, text = text is not None, text or _spaced(clean(line.text))
        if i in furniture or "\f" in line.text:
            out.append(Block("furniture", text if i in furniture else "", line.place))
            # a paragraph stopped mid-sentence at the foot of a page goes on at the top of the next
            block = block if block is not None and block.kind in ("paragraph", "item") and _runs_on(last) else None
            if i in furniture or not text:
                continue
        if line.cells is not None:
            block = _grid_row(out, block, line, words)
        elif not text:
            keep = block is not None and (block.kind == "table" or i in gaps)  # a table's rows may stand apart
            keep = keep or _capitals_wrapped(block, last, lines[i + 1] if i + 1 < len(lines) else None, width)
            block = block if keep else None
        elif i in tables:
            if block is None or block.kind != "table":
                block = Block("table", place=line.place)
                out.append(block)
            block.rows.append([[Block("paragraph", c, line.place)] for c in _cells(line.text.replace("\f", ""))])
        elif block is not None and not _starts_block(block, last, line, text, width, _point(out), numbered):
            block.text, last = _join(block.text, text, words), text
        else:
            marker, rest = split_marker(text)
            numbered = bool(re.match(r"\s*\d{1,3}\s{2,}[A-Z]", line.text))  # "7   Panel Work Programme"
            kind = "heading" if line.heading else "item" if marker else "paragraph"
            block, last = (
                Block(kind, rest if marker else text, line.place, marker=marker, bold=line.bold),
                line.whole or text,
            )
            out.append(block)
        block = None if owned else block  # the owner closes the entry: the next line starts the next one
    return out


# A list's number run into its text, as text taken from a PDF loses the space: "(i)to note the Report",
# "4.INFORMATION REPORT ...", a minute's code "A5Response standards review"; not "(1)" inside a word, nor "1.5m".
_RUN_IN_NUMBER = re.compile(
    r"^(\((?:[ivx]{1,5}|[a-z]|\d{1,3})\)|\d{1,3}\.)(?=[a-z]{2,}\s|[A-Z]{2,}\b)|^([A-Z]{1,2}\d{1,2})(?=[A-Z][a-z]+\s)"
)


def _spaced(text: str) -> str:
    return _RUN_IN_NUMBER.sub(lambda m: f"{m[0]} ", text)


def _owned(line: Line) -> str | None:
    """A line ending in who acts, in a right-hand column ('... to be replaced.      Clerk'): its text and the
    sentence "Action: Clerk." after it; not a line with its own action label ("ACTION: Secretary to ...   FD")."""
    margin = _MARGIN.fullmatch(line.text.strip())
    if margin is None or len(margin["text"].split()) < 4 or re.match(r"actions?\b", margin["text"], re.I):
        return None
    return f"{clean(margin['text'])} Action: {margin['who']}."
