"""A PDF's text layer read into blocks: rows rebuilt from positions, a blank line where a paragraph
ends, a form feed between pages, bold and larger lines marked, text in the top or bottom margin in a
smaller size than the body's (a page header or footer) left out; then grouped as text is.

Bounded: at most MAX_PAGES pages and MAX_DRAWN form objects drawn, streams unpacking to at most
MAX_UNPACKED in all, within the time budget (checked as objects, a page's operators and a font's
map are read), and a reference that resolves to itself is read as nothing (pdfminer would follow
it for ever).
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import functools
import io
import itertools
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scrutrack.documents import (
    MAX_DRAWN,
    MAX_PAGE_CHARS,
    MAX_PAGES,
    MAX_UNPACKED,
    Block,
    Budget,
    clean,
    over,
    run_in_title,
    split_marker,
)
from scrutrack.errors import InvalidInput
from scrutrack.readers.text import _LABEL, Line, _runs_on, blocks_from_lines

KIND = "PDF"
EMPTY = (
    "{name} has no text layer (it is a scanned image); ask for the original document, or run it through "
    "text recognition (OCR) and import the result"
)


@dataclass
class _Piece:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float
    chars: int
    bold: bool
    glyphs: tuple[Any, ...] = ()  # pdfminer's characters of the line (and the spaces it put in, without a place)

    def part(self, glyphs: tuple[Any, ...]) -> _Piece | None:
        shown = [g for g in glyphs if hasattr(g, "fontname") and g.get_text().strip()]
        if not shown:
            return None
        bold = sum(_bold(g.fontname) for g in shown) > 0.6 * len(shown)
        text = " ".join("".join(g.get_text() for g in glyphs).split())
        return dataclasses.replace(
            self, x0=shown[0].x0, x1=shown[-1].x1, text=text, chars=len(shown), bold=bold, glyphs=glyphs
        )

    def split(self, edges: list[float]) -> list[_Piece]:
        """The piece cut at a table's column rules it runs across: pdfminer joins the text of two
        cells into one line when the gap between them is narrow (a Word table's margins are)."""
        inner = [x for x in edges[1:-1] if self.x0 + 1 < x < self.x1 - 1]
        if not inner or not self.glyphs:
            return [self]
        centres, x = [], self.x0
        for g in self.glyphs:
            x = (g.x0 + g.x1) / 2 if hasattr(g, "fontname") else x
            centres.append(x)
        parts = [
            self.part(tuple(g for g, x in zip(self.glyphs, centres, strict=True) if a <= x < b))
            for a, b in itertools.pairwise([-1e9, *inner, 1e9])
        ]
        return [p for p in parts if p]


@dataclass
class _Row:
    top: float
    bottom: float
    height: float
    pieces: list[_Piece]
    line: int = 0  # its number on the page

    @classmethod
    def of(cls, pieces: list[_Piece], line: int) -> _Row:
        """The row of these pieces (none: an empty row) of line `line`."""
        if not pieces:
            return cls(0.0, 0.0, 1.0, [], line)
        return cls(
            max(p.y1 for p in pieces),
            min(p.y0 for p in pieces),
            max(max(p.y1 - p.y0, 1.0) for p in pieces),
            pieces,
            line,
        )

    def text(self) -> str:
        parts = sorted(self.pieces, key=lambda p: p.x0)
        out = parts[0].text
        for prev, piece in itertools.pairwise(parts):
            out += ("\t" if piece.x0 - prev.x1 > self.height else " ") + piece.text
        return out


def _rows(pieces: list[_Piece]) -> list[_Row]:
    """Pieces on one baseline are one row, left to right."""
    rows: list[_Row] = []
    for p in sorted(pieces, key=lambda p: (-p.y1, p.x0)):
        height = max(p.y1 - p.y0, 1.0)
        for row in rows[-3:]:
            if min(row.top, p.y1) - max(row.bottom, p.y0) > 0.5 * min(height, row.height):
                row.pieces.append(p)
                row.top, row.bottom = max(row.top, p.y1), min(row.bottom, p.y0)
                break
        else:
            rows.append(_Row(p.y1, p.y0, height, [p], len(rows) + 1))
    return rows


@dataclass
class _Page:
    height: float
    pieces: list[_Piece]
    rules: list[tuple[float, float, float, float]]  # the lines and box edges drawn: a table's grid


def _rules(item: Any) -> Iterator[tuple[float, float, float, float]]:
    """The straight lines a page draws (a rectangle as its four edges)."""
    from pdfminer.layout import LTCurve, LTFigure

    for child in item:
        if isinstance(child, LTCurve) and len(getattr(child, "pts", ())) <= 5:
            x0, y0, x1, y1 = child.bbox
            yield from ((x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1))
        elif isinstance(child, LTFigure):
            yield from _rules(child)


Grid = tuple[list[float], list[float], set[float]]  # column rules' x, row rules' y, the tops of spanning rows


def _grids(rules: list[tuple[float, float, float, float]]) -> list[Grid]:
    """Tables drawn as a grid: the x of their column rules, the y of their row rules, and the tops of the
    rows that span the table."""
    vertical = sorted({(round(x0), round(y0), round(y1)) for x0, y0, x1, y1 in rules if x1 - x0 < 1 and y1 - y0 > 8})
    horizontal = [(x0, x1, y0) for x0, y0, x1, y1 in rules if y1 - y0 < 1 and x1 - x0 > 40]
    grids: list[tuple[list[float], list[float]]] = []
    # from the top down, the tallest under one top rule first: a header row's sides stop at its foot, the
    # table's go on to the last row on the page (cut by the page break, it has no rule of its own between)
    for top, bottom in sorted({(y1, y0) for _, y0, y1 in vertical}, key=lambda t: (-t[0], t[1])):
        xs = sorted({x for x, y0, y1 in vertical if y0 <= bottom + 2 and y1 >= top - 2})
        ys = sorted(
            {
                round(y)
                for x0, x1, y in horizontal
                if x0 <= xs[0] + 2 and x1 >= xs[-1] - 2 and bottom - 2 <= y <= top + 2
            }
        )
        if ys:  # a row cut by the page break may have no rule at its foot (or at its top on the next page)
            ys = sorted({*ys, *(round(y) for y in (bottom, top) if all(abs(y - e) > 2 for e in ys))})
        if len(xs) >= 3 and len(ys) >= 2 and not any(g[1][-1] == ys[-1] for g in grids):
            grids.append(([float(x) for x in xs], [float(y) for y in ys]))
    return _spanned(grids, vertical)


_SPAN_HEIGHT = 60  # the tallest row a table's width spans with no column rules inside ('Meeting held on 10 March')


def _spanned(grids: list[tuple[list[float], list[float]]], vertical: list[tuple[int, int, int]]) -> list[Grid]:
    """Grids of the same columns one under the other, apart by at most a row whose sides are the table's
    own and that has no column rules inside (a row spanning the table: a meeting heading its rows), are
    one table; the spanning row's y is the foot of the rows above it, marked by its top (see `_tables`)."""

    def side(x: float, bottom: float, top: float) -> bool:
        return any(abs(v - x) <= 2 and y0 <= bottom + 2 and y1 >= top - 2 for v, y0, y1 in vertical)

    out: list[Grid] = []
    for xs, ys in grids:
        prev = out[-1] if out else None
        if prev and len(prev[0]) == len(xs) and all(abs(a - b) <= 2 for a, b in zip(prev[0], xs, strict=True)):
            bottom, top = ys[-1], prev[1][0]  # the gap between the rows above and these
            if top - bottom <= 2 or (
                top - bottom <= _SPAN_HEIGHT
                and side(xs[0], bottom, top)
                and side(xs[-1], bottom, top)
                and not any(side(x, bottom, top) for x in xs[1:-1])
            ):
                spans = prev[2] | ({top} if top - bottom > 2 else set())
                out[-1] = (xs, sorted({*ys, *prev[1]}), spans)
                continue
        if not prev or ys[-1] < prev[1][0] - 2 or len(prev[0]) != len(xs):  # not rows of a grid already kept
            out.append((xs, ys, set()))
    return out


def _cell(value: float, edges: list[float]) -> int | None:
    return next((k for k in range(len(edges) - 1) if edges[k] <= value <= edges[k + 1]), None)


_MAX_RULES = 5000  # lines a page draws that are looked through for a table's grid: more is a drawing


def _tables(page: _Page) -> tuple[list[_Piece], list[tuple[float, list[list[str]]]]]:
    """The page's pieces outside any drawn table, and each table's rows of cells (with its top)."""
    rest, tables = list(page.pieces), []
    for xs, ys, spans in _grids(page.rules) if len(page.rules) <= _MAX_RULES else []:
        cells: dict[tuple[int, int], list[_Piece]] = {}
        spanning = {k for k in range(len(ys) - 1) if ys[k + 1] in spans}  # its text is its first cell's
        rest = [
            q for p in rest for q in (p.split(xs) if _cell((p.y0 + p.y1) / 2, ys) not in (None, *spanning) else [p])
        ]
        for p in list(rest):
            col, row = _cell((p.x0 + p.x1) / 2, xs), _cell((p.y0 + p.y1) / 2, ys)
            col = 0 if row in spanning and xs[0] <= (p.x0 + p.x1) / 2 <= xs[-1] else col
            if col is not None and row is not None:
                cells.setdefault((len(ys) - 2 - row, col), []).append(p)
                rest.remove(p)
        rows = [[_cell_text(cells.get((r, c), [])) for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]
        tables.append((ys[-1], [row for row in rows if any(row)]))
    return rest, tables


def _cell_text(pieces: list[_Piece]) -> str:
    """A cell's lines, a new paragraph (a line break) where one ends, where bold starts or stops, at a line
    that starts with a list's number, or with a label or 'That' after a sentence's end: an item's bold
    title over its notes, '1. approve ...' under 'has decided to:', 'Reason: ...' after the decision."""
    out, bold, above = "", None, None
    for row in _rows(pieces):
        text, row_bold = clean(row.text()), all(p.bold for p in row.pieces)  # a font's bullet '(cid:127)' is '•'
        last = out.rsplit("\n", 1)[-1]
        carried = bool(
            (
                out.rstrip()[-1:] not in ".:;!?)" and re.match(r"\d+(?:[.,/]\d+)*\s+[a-z]", text)
            )  # "paragraph" / "4.3 of"
            # "Rhydwen Primary School" / "– Outcome of Consultation": a title's dash wrapped, not a list's
            or (re.match(r"[–—]\s", text) and _runs_on(last) and not re.match(r"[–—-]\s", last))
        )
        ends = bold is not None and (row_bold != bold or bool(split_marker(text)[0] and not carried))
        ends |= above is not None and _apart(above, row, 0.45)  # a paragraph's end
        ends |= bool(out) and not _runs_on(out) and bool(_LABEL.match(text) or re.match(r"That\b", text))
        out += ("\n" if ends else " " if out else "") + text
        bold, above = row_bold, row
    return out


def _gaps(row: _Row) -> list[tuple[float, float]]:
    """The spaces between a row's pieces, but the one after a list's number ('1.' | 'That ...')."""
    pieces, out = sorted(row.pieces, key=lambda p: p.x0), []
    right = pieces[0].x1
    for k, p in enumerate(pieces[1:]):
        numbered = k == 0 and split_marker(f"{clean(pieces[0].text)} x")[1] == "x"  # '1.', '(a)', a bullet
        if p.x0 - right >= 3 and not numbered:
            out.append((right, p.x0))
        right = max(right, p.x1)
    return out


# A space down a run of rows: its left and right, and the rows with text on both sides of it, on its left
# only, on its right only (two columns whose lines do not share a baseline).
_Gutter = tuple[float, float, int, int, int]


def _free(row: _Row, gutters: list[_Gutter]) -> list[_Gutter]:
    """What of each gutter the row leaves free, at least 3 points wide, counting the row by where its
    text stands (a list's number and its text are one column)."""
    out, gaps = [], _gaps(row)
    for a, b, n, left, right in gutters:
        start, spans = a, []
        for x0, x1 in sorted((p.x0, p.x1) for p in row.pieces if p.x0 < b and p.x1 > a):
            spans += [(start, x0)] * (x0 - start >= 3)
            start = max(start, x1)
        spans += [(start, b)] * (b - start >= 3)
        for c, d in spans:
            sides = any(p.x1 <= c for p in row.pieces), any(p.x0 >= d for p in row.pieces)
            both = any(g <= c and d <= h for g, h in gaps)
            out.append((c, d, n + both, left + (sides == (True, False)), right + (sides == (False, True))))
    return out


def _apart(above: _Row, row: _Row, lines: float) -> bool:
    """The space between two rows is more than `lines` of their height (0.45: a paragraph's end)."""
    return above.bottom - row.top > lines * min(above.height, row.height)


def _region(rows: list[_Row], i: int, start: list[_Gutter]) -> tuple[int, list[tuple[float, float]]]:
    """The rows from i on laid out in columns without ruling lines, and the gutters between them: from the
    `start` gutters, the space no row crosses down the rows below, to a blank space of two lines or a row
    that crosses them all (a paragraph across the page); the gutters with text on both sides in three
    rows or more (a short column, a number or an owner on a row's first line, counts), or on each side
    alone in three rows or more."""
    gutters, j = start, i
    while j < len(rows) and (j == i or not _apart(rows[j - 1], rows[j], 2)) and (free := _free(rows[j], gutters)):
        gutters, j = free, j + 1
    return j, [(a, b) for a, b, n, left, right in gutters if n >= 3 or min(left, right) >= 3]


def _column(p: _Piece, gutters: list[tuple[float, float]]) -> int:
    """The column a piece stands in: the gutters left of its middle."""
    return sum(a + b < p.x0 + p.x1 for a, b in gutters)


def _middle(rows: list[_Row]) -> list[tuple[float, float]]:
    """The widest space in the middle half of the page's text that four rows in five leave free: the
    gutter of a page set in two columns (a title or heading across it aside), or nothing."""
    pieces = [p for r in rows for p in r.pieces]
    if not pieces:
        return []
    left, right = min(p.x0 for p in pieces), max(p.x1 for p in pieces)
    events = sorted([(p.x0, 1) for p in pieces] + [(p.x1, -1) for p in pieces])
    best, count, start = (0.0, 0.0), 0, None
    for x, step in events:
        x = min(max(x, left + (right - left) / 4), right - (right - left) / 4)
        if start is not None and x - start > best[1] - best[0]:
            best = (start, x)
        count += step
        start = x if count <= len(rows) / 5 else None
    return [best] if best[1] - best[0] >= 3 else []


@dataclass
class _Carry:
    """What a page's columns tell the next ones: the gutters of a table at its foot, and the gutter of
    text set in two columns (a short run of two columns under it, below a heading across, is text too)."""

    table: list[tuple[float, float]] = dataclasses.field(default_factory=list)
    flow: tuple[float, float] | None = None


def _unruled(rows: list[_Row], carry: _Carry) -> tuple[list[_Row], list[tuple[float, list[list[str]]]]]:
    """Tables laid out in columns without ruling lines (a 'RESOLVED | Reason for decision' table printed
    from Word with its borders off), and pages set in two columns. The rows outside any table in their
    reading order (a page's columns one after the other), and each table's rows of cells (with its top).
    A run of rows goes on under the columns of a table at the foot of the page before, or of text set
    in two columns above it, however short; else a table starts at the gaps of its first row, and text
    in two columns (its lines may not share baselines) at the page's middle gutter."""
    rest, tables, i, carried = [], [], 0, carry.table
    carry.table = []
    middle = [(a, b, 0, 0, 0) for a, b in _middle(rows)]
    while i < len(rows):
        starts = [("table", [(a, b, 3, 3, 3) for a, b in carried])] * (i == 0 and bool(carried))
        starts += [("text", [(carry.flow[0], carry.flow[1], 3, 3, 3)])] if carry.flow else []
        starts += [("gaps", [(a, b, 0, 0, 0) for a, b in _gaps(rows[i])])]
        starts += [("middle", middle)]
        for kind, start in starts:
            j, gutters = _region(rows, i, start) if start else (i, [])
            split = [
                [_Row.of([p for p in r.pieces if _column(p, gutters) == k], r.line) for k in range(len(gutters) + 1)]
                for r in rows[i:j]
            ]
            known = kind in ("table", "text")
            if gutters and (j - i >= 3 or known) and len(gutters) == 1 and _flowing(split, known):
                rest += [r[k] for k in range(2) for r in split if r[k].pieces]
                carry.flow = gutters[0]
                break
            if gutters and j > i and ((j - i >= 3 and kind == "gaps") or kind == "table"):
                tables.append((rows[i].top, _columns(split)))
                carry.table = gutters if j == len(rows) else []
                break
        else:
            rest.append(rows[i])
            j = i + 1
        i = j
    return rest, tables


def _flowing(split: list[list[_Row]], known: bool) -> bool:
    """Two columns of text that flow (a page set in two columns), not a table's: of much the same width,
    the left one ten lines or more (or fewer at the `known` gutter of such text), and their paragraphs
    start apart: a table's rows start side by side (half the right column's paragraphs or more start
    beside one of the left column's)."""
    lines = [[r[c] for r in split if r[c].pieces] for c in range(2)]
    if (len(lines[0]) < 10 and not known) or not lines[0] or not lines[1]:
        return False
    widths = [max(p.x1 for r in col for p in r.pieces) - min(p.x0 for r in col for p in r.pieces) for col in lines]
    starts = [[b.top for a, b in itertools.pairwise(col) if _apart(a, b, 0.45)] for col in lines]
    beside = sum(any(abs(top - other) < 2 for other in starts[0]) for top in starts[1])
    alike = min(widths) > 0.5 * max(widths)
    return alike and (2 * beside < max(len(starts[1]), 1) or _unbroken(lines))


def _unbroken(columns: list[list[_Row]]) -> bool:
    """Both columns run on line after line, with no blank of two lines in either while the other goes on: text
    set in columns (where paragraph starts may fall side by side on a shared baseline grid), not a table's,
    whose shorter cell leaves its column blank beside the longer one."""
    top, bottom = min(col[0].top for col in columns), max(col[-1].bottom for col in columns)
    return all(
        not (_apart(a, b, 2) and b.top > bottom and a.bottom < top)
        for col in columns
        for a, b in itertools.pairwise(col)
    )


def _columns(split: list[list[_Row]]) -> list[list[str]]:
    """An unruled table's rows of cells: a row of the table starts where its first column and another
    start a paragraph together (a cell's own paragraphs, the lines of its longest cell, go on in its
    row), after a row in bold (its heading row, which the rest of a row cut by the page break may follow), and
    after a first line of short labels when the first column starts again under it (a heading row in plain type)."""
    cells: list[list[list[_Piece]]] = []
    above: list[_Row | None] = [None] * len(split[0])  # each column's last line
    key = min(c for c in range(len(split[0])) if any(r[c].pieces for r in split))  # the first column with text
    labels = len(split) > 1 and _labels(split[0], split[1][key])
    for k, row in enumerate(split):
        fresh = [
            c for c, (r, a) in enumerate(zip(row, above, strict=True)) if r.pieces and (a is None or _apart(a, r, 0.45))
        ]
        heading = all(p.bold for c in cells[-1] for p in c) if cells else False
        if not cells or (k == 1 and labels) or (key in fresh and len(fresh) >= 2) or (heading and not _bold_row(row)):
            cells.append([[] for _ in row])
        for c, r in enumerate(row):
            cells[-1][c].extend(r.pieces)
            above[c] = r if r.pieces else above[c]
    return [[_cell_text(c) for c in row] for row in cells]


def _labels(first: list[_Row], under: _Row) -> bool:
    """A table's first line is its heading row in plain type: short labels ('No.', not a sentence's end),
    and its first column starts a cell again on the next line ('Item' over '5', 'Report' over 'Library ...')."""
    short = all(len(t.split()) <= 4 and not re.search(r"\s\S+\.$", t) for t in (r.text() for r in first if r.pieces))
    return short and bool(under.pieces) and bool(re.match(r"[A-Z\d]", under.text()))


def _bold_row(row: list[_Row]) -> bool:
    return all(p.bold for r in row for p in r.pieces)


@functools.cache
def _bold(font: str) -> bool:
    return "bold" in font.lower() or "black" in font.lower()


def _pieces(item: Any) -> Iterator[_Piece]:
    from pdfminer.layout import LTChar, LTTextLine

    if isinstance(item, LTTextLine) and (text := " ".join(item.get_text().split())):  # justified: spaces run
        # Cut where two words stand more than 0.8 of the size apart and further than the line's other words
        # (a justified line's spaces are wide, but even): pdfminer joins into one line the words of two
        # columns a narrow gap apart (a table printed without borders, a page set in two columns).
        chars = [c for c in item if isinstance(c, LTChar)]
        size, spaces, right = sum(c.size for c in chars) / max(len(chars), 1), [], None
        for k, c in enumerate(item):
            if isinstance(c, LTChar) and c.get_text().strip():
                if right is not None and c.x0 - right > 0.1 * size:
                    spaces.append((k, c.x0 - right))
                right = c.x1
        least = min((gap for _, gap in spaces), default=0.0)  # a justified line's words stand evenly apart
        cuts = [0, *(k for k, gap in spaces if gap > 0.8 * size and (len(spaces) == 1 or gap > 1.5 * least))]
        bold = sum(_bold(c.fontname) for c in chars) > 0.6 * len(chars)
        whole = _Piece(item.x0, item.y0, item.x1, item.y1, text, size, len(chars), bold, tuple(item))
        if len(cuts) == 1:
            yield whole
        for a, b in itertools.pairwise([*cuts, len(whole.glyphs)] if len(cuts) > 1 else []):
            yield from filter(None, [whole.part(whole.glyphs[a:b])])
    elif hasattr(item, "__iter__") and not isinstance(item, LTTextLine):
        for child in item:
            yield from _pieces(child)


def _body_size(pages: list[tuple[float, list[_Piece]]]) -> float:
    """The size of most of the text, weighted by characters: the body's, not the headers'."""
    weights: dict[float, int] = {}
    for _, pieces in pages:
        for p in pieces:
            weights[round(p.size, 1)] = weights.get(round(p.size, 1), 0) + p.chars
    return max(weights, key=lambda k: weights[k]) if weights else 0.0


def _lines(pages: list[_Page]) -> list[Line]:
    body = _body_size([(p.height, p.pieces) for p in pages])
    laid = [(page, tables, _rows(pieces)) for page in pages for pieces, tables in [_tables(page)]]
    apart = max(0.45, _leading([rows for _, _, rows in laid]) + 0.25)  # a paragraph's end: wider than its lines
    out: list[Line] = []
    carry = _Carry()
    for number, (page, tables, rows) in enumerate(laid, 1):
        band = 0.1 * page.height  # a header or footer: in the margin, smaller than the body's text
        if number > 1 and out:
            out.append(Line("\f", f", page {number}"))
        shown = [r for r in rows if any(p.size >= body - 0.5 or band < p.y0 < page.height - band for p in r.pieces)]
        margin = [r for r in rows if all(r is not x for x in shown)]  # furniture, which may date the meeting
        out.extend(Line(r.text(), f", page {number}", furniture=True) for r in margin if r.top > page.height / 2)
        kept_rows, unruled = _unruled(shown, carry)
        tables = sorted([*tables, *unruled], key=lambda t: -t[0])
        kept = [(r.line - 1, r) for r in kept_rows]  # in reading order: a page's columns one after the other
        lines: dict[int, int] = {}  # each kept row's line in `out`
        for n, (k, row) in enumerate(kept):
            place = f", page {number}, line {k + 1}"
            while tables and tables[0][0] >= row.top:  # a table drawn above this line
                out.extend(
                    [Line("", place), *(Line("", place, cells=cells) for cells in tables.pop(0)[1]), Line("", place)]
                )
            above = kept[n - 1][1] if n else None  # the next column's top ends a paragraph unless it runs on
            if above and (_apart(above, row, apart) or (row.top > above.top and not _runs_on(above.text()))):
                out.append(Line("", f", page {number}"))
            size = max(p.size for p in row.pieces)
            bold = all(p.bold for p in row.pieces)
            text = row.text()
            if (first := _hung(kept, n)) is not None and (at := lines.get(first)) is not None:
                label, text = text.split("\t", 1)  # "Item 7" beside the last line of its title: the title's label
                out[at] = dataclasses.replace(out[at], text=f"{label}\t{out[at].text}")
            lines[n] = len(out)
            if title := _run_in(row):  # "Minute no. 7 – Community Grants" in bold, its minute run on after it
                out += [Line(title, place, True), Line(text[len(title) :].strip(), place, whole=text)]
                continue
            out.append(Line(text, place, bold, size > body + 1.5 and len(text.split()) < 16))
        for _, cells_rows in tables:
            out.extend(Line("", f", page {number}", cells=cells) for cells in cells_rows)
        out.extend(Line(r.text(), f", page {number}", furniture=True) for r in margin if r.top <= page.height / 2)
    return out


def _leading(pages: list[list[_Row]]) -> float:
    """The space between the lines of a paragraph, in line heights: the least between two rows (of each page's text
    outside its tables) that comes at least three times in the document (half a line where it is set at one and a
    half lines), 0 where none does."""
    gaps = collections.Counter(
        round(20 * (a.bottom - b.top) / min(a.height, b.height)) / 20
        for rows in pages
        for a, b in itertools.pairwise(rows)
        if b.top < a.top and a.bottom >= b.top and min(a.height, b.height) > 0
    )
    return min((g for g, n in gaps.items() if n >= 3), default=0.0)


def _hung(kept: list[tuple[int, _Row]], n: int) -> int | None:
    """A label with a figure ('Item 7', '12.', 'CAB/24/5') at the left of a row whose text column holds the
    last lines of a paragraph that starts above it, with nothing to their left (a title set beside its
    number at the foot of their cell): the paragraph's first row, in `kept`; else None."""
    row = kept[n][1]
    pieces = sorted(row.pieces, key=lambda p: p.x0)
    if len(pieces) < 2 or len(pieces[0].text.split()) > 3 or not re.search(r"\d", pieces[0].text):
        return None
    if pieces[1].x0 - pieces[0].x1 <= row.height:
        return None
    m = n
    while m and not _apart(above := kept[m - 1][1], kept[m][1], 0.45) and above.top > kept[m][1].top:
        if abs(min(p.x0 for p in above.pieces) - pieces[1].x0) > 2:
            return None  # a line with its own label, or the text's full width: not the label's paragraph
        m -= 1
    return m if m < n else None


def _run_in(row: _Row) -> str | None:
    """A title in bold at the start of a line whose text runs on after it in plain type ('Minute no. 7 –
    Community Grants Applications had been received ...'): the title, where `run_in_title` reads it as one."""
    first = min(row.pieces, key=lambda p: p.x0)
    shown = [g for g in first.glyphs if hasattr(g, "fontname") and g.get_text().strip()]
    if len(shown) < 2 or not _bold(shown[0].fontname) or all(_bold(g.fontname) for g in shown):
        return None
    end = next(
        k
        for k, g in enumerate(first.glyphs)
        if hasattr(g, "fontname") and g.get_text().strip() and not _bold(g.fontname)
    )
    title = " ".join("".join(g.get_text() for g in first.glyphs[:end]).split())
    rest = [g for g in first.glyphs[end:] if hasattr(g, "fontname") and g.get_text().strip()]
    if any(_bold(g.fontname) for g in rest) or not run_in_title(title, "".join(g.get_text() for g in rest)):
        return None
    return title if row.text().startswith(title) else None


class _Unpacking:
    """pdfminer's zlib, bounded: the streams of one file unpack to MAX_UNPACKED in all (a 1 MB page of
    compressed spaces unpacked to 1 GB), and a damaged stream is kept up to its damage."""

    error = zlib.error

    def __init__(self, name: str) -> None:
        self.name, self.left = name, MAX_UNPACKED

    def _take(self, data: bytes) -> bytes:
        self.left -= len(data)
        if self.left < 0:
            raise over(self.name, "unpacks to more than 100 MB", "100 MB")
        return data

    def decompress(self, data: bytes) -> bytes:
        return self._take(zlib.decompressobj().decompress(data, self.left + 1))

    def corrupted(self, data: bytes) -> bytes:
        unpack, out = zlib.decompressobj(), []
        with contextlib.suppress(zlib.error):
            for k in range(0, len(data), 512):  # as far as the damage (pdfminer's went a byte at a time)
                out.append(self._take(unpack.decompress(data[k : k + 512], self.left + 1)))
        return b"".join(out)


@contextlib.contextmanager
def _bounded(name: str, budget: Budget) -> Iterator[None]:
    """pdfminer bounded while it reads one file: a reference that resolves to a reference (to itself, in
    a hostile file) stops after a few steps; streams unpack within a limit; the time budget is
    checked every 10,000 tokens parsed (a page of 25 million 'q Q' operators once took minutes, a
    font's character map of millions of entries as long)."""
    from pdfminer import pdftypes, psparser
    from pdfminer.pdftypes import PDFObjRef

    original = PDFObjRef.resolve
    unpacking = _Unpacking(name)

    next_token, read = psparser.PSBaseParser.nexttoken, [0]

    def nexttoken(self: Any) -> Any:  # every parser's: the file's objects, a page's operators, a font's map
        read[0] += 1
        if read[0] % 10_000 == 0:
            budget.tick(0)
        return next_token(self)

    def resolve(self: Any, default: object = None) -> Any:
        found = original(self, default)
        for _ in range(32):
            if not isinstance(found, PDFObjRef):
                return found
            found = original(found, default)
        return default

    patches = [
        (PDFObjRef, "resolve", resolve),
        (pdftypes, "zlib", unpacking),
        (pdftypes, "decompress_corrupted", unpacking.corrupted),
        (psparser.PSBaseParser, "nexttoken", nexttoken),
    ]
    saved = [(owner, attr, getattr(owner, attr)) for owner, attr, _ in patches]
    for owner, attr, value in patches:
        setattr(owner, attr, value)
    try:
        yield
    finally:
        for owner, attr, value in saved:
            setattr(owner, attr, value)


def _layout(data: bytes, name: str, budget: Budget) -> list[_Page]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    drawn, shown = [0], [0]

    class Device(PDFPageAggregator):
        def render_char(self, *args: Any, **kwargs: Any) -> float:  # every character a page shows
            shown[0] += 1
            if shown[0] > MAX_PAGE_CHARS:
                raise over(name, f"shows more than {MAX_PAGE_CHARS:,} characters on a page", f"{MAX_PAGE_CHARS:,}")
            return float(super().render_char(*args, **kwargs))

    class Interpreter(PDFPageInterpreter):
        def do_Do(self, xobjid: Any) -> None:  # a form drawn inside a page, which may draw others
            drawn[0] += 1
            if drawn[0] > MAX_DRAWN:
                raise over(name, f"draws more than {MAX_DRAWN:,} objects", f"{MAX_DRAWN:,}")
            budget.tick(0)
            super().do_Do(xobjid)

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    resources = PDFResourceManager()
    device = Device(resources, laparams=LAParams())
    interpreter = Interpreter(resources, device)
    pages = []
    for n, page in enumerate(PDFPage.create_pages(document), 1):
        if n > MAX_PAGES:
            raise over(name, f"has more than {MAX_PAGES:,} pages", f"{MAX_PAGES:,} pages")
        budget.tick(0)
        shown[0] = 0
        interpreter.process_page(page)
        layout = device.get_result()
        pages.append(_Page(layout.height, list(_pieces(layout)), list(_rules(layout))))
    return pages


def read(data: bytes, name: str, budget: Budget) -> list[Block]:
    import logging

    # pdfminer warns on stderr about odd fonts ("Could not get FontBBox ..."); the officer sees one
    # line from us or the records, not a library's log.
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        with _bounded(name, budget):
            pages = _layout(data, name, budget)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InvalidInput(
            f"{name} is protected by a password; ask for an unprotected copy, or open it and save or print "
            "it again as a PDF without a password"
        ) from None
    except InvalidInput:
        raise
    except Exception as exc:
        raise InvalidInput(
            f"{name} is not a readable PDF ({type(exc).__name__}; it may be damaged or only partly downloaded); "
            "download it again, or open it and save it again as a PDF"
        ) from None
    text = " ".join(p.text for page in pages for p in page.pieces)
    if text.count("(cid:") * 6 > len(text) / 2 and text.strip():
        raise InvalidInput(
            f"{name} has text that cannot be read (its fonts carry no character map, so the words come out as "
            "'(cid:77)(cid:105)...'); ask for the Word document, or print it to PDF again"
        )
    return blocks_from_lines(_lines(pages), budget)
