"""Writing a view out: one column list drives the terminal table, plain text, CSV, Markdown and JSON.

A view is sections of rows with a column list each (views.py builds them for `list` and
`overdue`). Here each writer reads the columns: a table is laid out for a width (whole IDs,
dates, statuses and numbers; columns dropped by priority; text wrapped to two lines or cut),
or, when even the essential columns do not fit, written as one block per row. A terminal gets
the same text with ANSI styles added here from the column list, which costs microseconds a
row (no Rich: it costs a quarter of a millisecond a row).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

from scrutrack.model import BIDI, shown

GAP = "  "  # between columns


class Column(NamedTuple):  # tuples, not dataclasses: a class is made in a tenth of the time
    """One column of a view, for every writer.

    A column with `min_width` 0 is never cut (IDs, dates, statuses, numbers). Otherwise it may
    be narrowed down to `min_width`: cut with an ellipsis, or, if `wrap`, wrapped onto a second
    line first. When the width runs short, columns with the highest `drop` go first (0: never).
    """

    header: str
    key: str  # the JSON key, and the CSV heading unless `csv` says otherwise
    cell: Callable[[Any], str]  # the value as one line of text
    data: Callable[[Any], Any] | None = None  # the value for JSON, when not the text
    right: bool = False  # aligned right (numbers)
    drop: int = 0
    min_width: int = 0
    want: int = 0  # the width it is given, where there is room, before others grow past theirs
    max_width: int = 0  # the most it takes (0: as much as its values need)
    wrap: bool = False
    style: str | None = None  # a STYLES key, or "status": styled by the value
    table: bool = True  # False: in CSV and JSON only
    csv: str | None = None
    width: int = 0  # every value is this wide or empty (dates): its cells are made only if shown
    links: Callable[[Any], Sequence[Any]] | None = None  # a column of links: them as pack.Link, for HTML and Word


class Section(NamedTuple):
    """Rows under one column list, with what is printed around them in text formats."""

    key: str  # the JSON key of its rows
    label: str  # its name in the first column of a CSV holding several sections
    columns: tuple[Column, ...]
    rows: Sequence[Any]
    title: str | None = None
    footer: str | None = None
    empty: str | None = None  # printed instead of the table when there are no rows


class View(NamedTuple):
    sections: tuple[Section, ...]
    meta: dict[str, Any] | None = None  # top-level JSON values (e.g. as_of)

    @property
    def rows(self) -> int:
        return sum(len(s.rows) for s in self.sections)


# ------------------------------------------------------------------------- text widths


# Characters that do not take one column: combining marks, zero-width characters, and the wide
# East Asian and emoji blocks. Text without them (nearly all text, accents and curly quotes
# included) is measured by its length. Compiled when first needed: most output is ASCII.
_NOT_ONE = (
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0e31-\u0e3a\u1100-\u115f"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u202a-\u202e\u2060-\u2064\u20d0-\u20ff\u2e80-\u303e"
    "\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe00-\ufe0f"
    "\ufe20-\ufe2f\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U0001f000-\U0001faff\U00020000-\U0003fffd]"
)


def _simple(text: str) -> bool:
    """Whether every character of the text takes one column."""
    return text.isascii() or not re.search(_NOT_ONE, text)


def _char_width(ch: str) -> int:
    import unicodedata

    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Cf", "Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def cell_width(text: str) -> int:
    """Columns the text takes in a terminal (wide East Asian characters take two)."""
    if _simple(text):
        return len(text)
    return sum(_char_width(ch) for ch in text)


def _take(text: str, width: int) -> str:
    """The longest start of `text` that fits in `width` columns."""
    if _simple(text):
        return text[:width]
    used = 0
    for i, ch in enumerate(text):
        used += _char_width(ch)
        if used > width:
            return text[:i]
    return text


def cut(text: str, width: int) -> str:
    """The text, cut with an ellipsis to fit `width` columns."""
    if cell_width(text) <= width:
        return text
    return _take(text, max(width - 1, 0)) + "…" if width > 0 else ""


def wrap(text: str, width: int) -> list[str]:
    """The text in at most two lines of `width` columns, broken at a space, the second cut."""
    simple = _simple(text)
    if (len(text) if simple else cell_width(text)) <= width:
        return [text]
    head = text[:width] if simple else _take(text, width)
    at = len(head)
    if at < len(text) and text[at] != " ":
        space = head.rfind(" ")
        if space > width // 3:
            at = space
    first, rest = text[:at].rstrip(), text[at:].lstrip()
    if not rest:
        return [first]
    if simple:
        return [first, rest if len(rest) <= width else rest[: max(width - 1, 0)] + "…"]
    return [first, cut(rest, width)]


def _pad(text: str, width: int, right: bool = False) -> str:
    room = width - cell_width(text)
    if room <= 0:
        return text
    return " " * room + text if right else text + " " * room


# ------------------------------------------------------------------------------ layout


def layout(columns: Sequence[Column], cells: Sequence[Sequence[str]], width: int) -> list[int] | None:
    """The width of each column in a table fitting `width` (0: dropped), or None when even the
    columns that are never dropped do not fit (then write blocks)."""
    natural = [max(cell_width(c.header), c.width or _widest(col)) for c, col in zip(columns, cells, strict=True)]
    shown = [i for i, c in enumerate(columns) if c.table]

    def floor(i: int, comfortable: bool) -> int:
        c = columns[i]
        if not c.min_width:
            return natural[i]
        return min(natural[i], max(c.min_width, c.want) if comfortable else c.min_width)

    def need(comfortable: bool, squeezed: int = -1) -> int:
        total = sum(floor(i, comfortable and i != squeezed) for i in shown)
        return total + len(GAP) * (len(shown) - 1)

    # Drop the least important columns until the rest fit comfortably; but a column that fits
    # when narrowed is narrowed, not dropped. Then drop more only if even the narrowest do not fit.
    while need(True) > width:
        droppable = [i for i in shown if columns[i].drop]
        if not droppable:
            break
        least = max(droppable, key=lambda i: columns[i].drop)
        if columns[least].min_width and need(True, squeezed=least) <= width:
            break
        shown.remove(least)
    while need(False) > width:
        droppable = [i for i in shown if columns[i].drop]
        if not droppable:
            return None
        shown.remove(max(droppable, key=lambda i: columns[i].drop))
    sizes = [0] * len(columns)
    for i in shown:
        sizes[i] = floor(i, False)
    room = width - need(False)
    by_importance = sorted((i for i in shown if columns[i].min_width), key=lambda i: (columns[i].drop, i))
    for comfortable in (True, False):  # first up to what each wants, then up to its most
        for i in by_importance:
            c = columns[i]
            limit = c.want if comfortable else (c.max_width or natural[i])
            grow = min(room, max(min(natural[i], limit) - sizes[i], 0))
            sizes[i] += grow
            room -= grow
    return sizes


def _widest(cells: Sequence[str]) -> int:
    if not cells:
        return 0
    widest = max(map(len, cells))
    if not all(map(str.isascii, cells)):
        widest = max(map(cell_width, cells))
    return widest


# ------------------------------------------------------------------------- text output

RESET = "\x1b[0m"
STYLES = {
    "bold": "\x1b[1m",
    "late": "\x1b[31m",
    "dim": "\x1b[2m",
}
STATUS_STYLES = {  # statuses, and the kinds of change `changes` shows that need attention
    "agreed": "\x1b[33m",
    "referred": "\x1b[36m",
    "accepted": "\x1b[32m",
    "rejected": "\x1b[31m",
    "in-progress": "\x1b[34m",
    "implemented": "\x1b[1;32m",
    "closed": "\x1b[2m",
    "withdrawn": "\x1b[2m",
    "superseded": "\x1b[2m",
    "deleted": "\x1b[31m",
    "renamed": "\x1b[31m",
    "violation": "\x1b[31m",
}


def text(view: View, width: int, styled: bool = False) -> str:
    """The view as a person reads it: tables laid out for `width`, ANSI-styled if `styled`."""
    return "".join(text_parts(view, width, styled))


def text_parts(view: View, width: int, styled: bool = False) -> Iterator[str]:
    """`text` in parts of up to CHUNK rows, so that a long table is written out as it is made
    rather than held whole (100,000 records: 70 MB less, and the time to fault it in)."""
    printed = False  # a blank line goes between sections that print something
    for section in view.sections:
        lead = "\n" if printed else ""
        for part in _section_text(section, width, styled):
            yield lead + part
            lead, printed = "", True


CHUNK = 2000


def _section_text(section: Section, width: int, styled: bool) -> Iterator[str]:
    """The section's lines, ending with a line break, in parts (nothing for a section without
    rows or `empty` text)."""
    out: list[str] = []
    if not section.rows:
        if section.empty:
            yield "\n".join(_paragraph(section.empty, width)) + "\n"
        return
    if section.title:
        title = _paragraph(section.title, width)
        out += [STYLES["bold"] + line + RESET for line in title] if styled else title
        out.append("")
    columns, rows = section.columns, section.rows
    cells = [list(map(c.cell, rows)) if c.table and not c.width else [] for c in columns]
    sizes = layout(columns, cells, width)
    for i, c in enumerate(columns):
        if c.width and c.table and (sizes is None or sizes[i]):
            cells[i] = list(map(c.cell, rows))
    for start in range(0, len(rows), CHUNK):
        part = [col[start : start + CHUNK] for col in cells]
        if sizes is None:
            out += _blocks(columns, part, width, styled, first=not start)
        else:
            out += _table(columns, part, sizes, styled, header=not start)
        yield "\n".join(out) + "\n"
        out = []
    if section.footer:
        yield "\n" + "\n".join(_paragraph(section.footer, width)) + "\n"


def _paragraph(line: str, width: int) -> list[str]:
    if cell_width(line) <= width:
        return [line]
    import textwrap

    return textwrap.wrap(line, max(width, 10)) or [""]


def _styler(column: Column, styled: bool) -> Callable[[str, str], str] | None:
    """How to style a laid-out cell (given its value), or None to leave it plain."""
    if not styled or column.style is None:
        return None
    if column.style == "status":
        return lambda laid, value: STATUS_STYLES.get(value, "") + laid + RESET
    code = STYLES[column.style]
    return lambda laid, value: code + laid + RESET


def _table(
    columns: Sequence[Column], cells: Sequence[Sequence[str]], sizes: list[int], styled: bool, header: bool = True
) -> list[str]:
    """The rows laid out a column at a time (list comprehensions over a column's values are
    several times faster than a call per cell); a row whose text wraps takes a second line.
    The header line first, if `header`."""
    shown = [i for i, w in enumerate(sizes) if w]
    last = shown[-1]
    heading = GAP.join(
        _pad(cut(columns[i].header, sizes[i]), 0 if i == last else sizes[i], columns[i].right) for i in shown
    ).rstrip()
    laid: list[list[str]] = []
    seconds: dict[int, list[str]] = {}  # row -> its second line's cells
    blank = [" " * sizes[i] for i in shown]  # a second line's cells, until its text is put in
    for n, i in enumerate(shown):
        c, w, values = columns[i], sizes[i], cells[i]
        pad = 0 if i == last and not c.right else w
        plain = all(map(str.isascii, values))
        if not c.min_width:  # whole, always
            if plain:
                out = [v.rjust(pad) for v in values] if c.right else [v.ljust(pad) for v in values]
            else:
                out = [_pad(v, pad, c.right) for v in values]
        elif not c.wrap:
            if plain:
                out = [v.ljust(pad) if len(v) <= w else v[: w - 1] + "…" for v in values]
            else:
                out = [_pad(cut(v, w), pad) for v in values]
        else:
            out = []
            for r, v in enumerate(values):
                if len(v) <= w and v.isascii():  # most cells of a short text: no call
                    out.append(v.ljust(pad))
                    continue
                first, *more = wrap(v, w)
                out.append(_pad(first, pad) if pad else first)  # the last column is not padded
                if more:
                    if r not in seconds:
                        seconds[r] = blank.copy()
                    seconds[r][n] = more[0]
        style = _styler(c, styled)
        if style is not None:
            out = [style(s, v) for s, v in zip(out, values, strict=True)]
        laid.append(out)
    lines = [STYLES["bold"] + heading + RESET if styled else heading] if header else []
    if not seconds:
        lines += [GAP.join(row).rstrip() for row in zip(*laid, strict=True)]
        return lines
    for r, row in enumerate(zip(*laid, strict=True)):
        lines.append(GAP.join(row).rstrip())
        if r in seconds:
            lines.append(GAP.join(seconds[r]).rstrip())
    return lines


def _blocks(
    columns: Sequence[Column], cells: Sequence[Sequence[str]], width: int, styled: bool, first: bool = True
) -> list[str]:
    """One block per row, for widths where the table's essential columns do not fit:
    the first column's value, then `Header  value` lines, then wrapped text."""
    shown = [i for i, c in enumerate(columns) if c.table]
    head, rest = shown[0], shown[1:]
    text = rest.pop() if rest and columns[rest[-1]].wrap else None  # the last column, if text
    label = max((cell_width(columns[i].header) for i in rest), default=0)
    indent = "  "
    room = max(width - len(indent) - label - len(GAP), 10)
    lines: list[str] = []
    for r in range(len(cells[head])):
        if r or not first:
            lines.append("")
        lines.append(STYLES["bold"] + cells[head][r] + RESET if styled else cells[head][r])
        for i in rest:
            c, value = columns[i], cells[i][r]
            if not value:
                continue
            parts = [value] if not c.min_width else wrap(value, room) if c.wrap else [cut(value, room)]
            style = _styler(c, styled)
            for n, part in enumerate(parts):
                shown_value = style(part, value) if style else part
                lines.append(f"{indent}{_pad(c.header if n == 0 else '', label)}{GAP}{shown_value}")
        if text is not None and cells[text][r]:
            lines += [indent + line for line in wrap(cells[text][r], max(width - len(indent), 10))]
    return lines


# -------------------------------------------------------------------- files and scripts


def json_text(view: View) -> str:
    """{"schema": 1, meta..., section key: [{column key: value}, ...]}, one line."""
    from scrutrack.model import SCHEMA

    data: dict[str, Any] = {"schema": SCHEMA, **(view.meta or {})}
    for s in view.sections:
        data[s.key] = [{c.key: (c.data or c.cell)(row) for c in s.columns} for row in s.rows]
    return dumps_json(data) + "\n"


def csv_text(view: View) -> str:
    """Every column (table or not) of every row; several sections get a first column, `state`."""
    import csv
    import io

    from scrutrack.spreadsheet import neutralise

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    several = len(view.sections) > 1
    first = view.sections[0].columns
    w.writerow((["state"] if several else []) + [c.csv or c.key for c in first])
    for s in view.sections:
        lead = [s.label] if several else []
        for row in s.rows:
            w.writerow(lead + [neutralise(c.cell(row)) for c in s.columns])
    return buf.getvalue()


def markdown_text(view: View) -> str:
    """GitHub-flavoured Markdown: bold titles, tables of the table columns, whole values."""
    parts: list[str] = []
    for s in view.sections:
        lines: list[str] = []
        if not s.rows:
            if s.empty:
                lines.append(s.empty)
        else:
            if s.title:
                lines += [f"**{md(s.title)}**", ""]
            columns = [c for c in s.columns if c.table]
            lines.append("| " + " | ".join(c.header for c in columns) + " |")
            lines.append("|" + "|".join("---:" if c.right else "---" for c in columns) + "|")
            lines += ["| " + " | ".join(_md_cell(c, row) for c in columns) + " |" for row in s.rows]
            if s.footer:
                lines += ["", md(s.footer)]
        if lines:
            parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


_MD_ENTITY = r"&(?=#?\w+;)"
_MD_BREAKS = r"\s*\n\s*"
_MD_SYNTAX = r"[\\`*_\[\]|~]"  # emphasis, code, links and images, table cells, strike-through
_MD_AUTOLINK = r"(?i)(?<=[a-z0-9])(?=://)|(?<=\bwww)(?=\.)"  # GitHub links https://x and www.x by themselves
_MD_LINE_START = r"^(?=[#>+=-]|\d+[.)])"  # a heading, quote, list or underline where a line begins
# Anything one of the rules above (or `shown`) would change: text without it is inert as it is.
_MD_ACTIVE = re.compile(f"[\\\\`*_\\[\\]|~&<\\n{BIDI}]|://|(?i:www)\\.|^(?:[#>+=-]|\\d+[.)])")


def _md_cell(column: Column, row: Any) -> str:
    """A Markdown table cell; in a column of links (evidence), each as `title (<url>)`: an http(s)
    URL that shows exactly where it goes is a link GitHub shows as itself, anything else text."""
    if column.links is None:
        return md(column.cell(row))
    return "<br>".join(f"{md(link.text)} ({_md_url(link.target)})" for link in column.links(row))


_MD_URL = re.compile(f"^https?://[^\\s<>\"'`\\\\|\\x00-\\x1f\\x7f-\\x9f{BIDI}]+$", re.IGNORECASE)


def _md_url(target: str) -> str:
    return f"<{target}>" if _MD_URL.match(target) else md(target)


def md(text: str) -> str:
    """Text from a record made inert in Markdown, as GitHub renders it: its link, image, HTML,
    emphasis, code and table syntax escaped (`[x](y)` stays those characters), bare URLs not
    linked, bidi controls shown as escapes, line breaks as <br>. The one escaping function of
    every Markdown writer (list, overdue, the report, changes). An e-mail address is still
    linked by GitHub, to itself, as it shows."""
    # Most cells (IDs, dates, plain words) hold nothing to escape: one scan, and they are returned.
    return md_escaped(text) if _MD_ACTIVE.search(text) else text


def md_escaped(text: str) -> str:
    """md's rules, each applied (md returns text unchanged where none would change it)."""
    text = re.sub(_MD_SYNTAX, r"\\\g<0>", shown(text))
    if "&" in text:
        text = re.sub(_MD_ENTITY, "&amp;", text)
    if "<" in text:
        text = text.replace("<", "&lt;")
    if "/" in text or "." in text:
        text = re.sub(_MD_AUTOLINK, "\\\\", text)
    if "\n" in text:
        text = re.sub(_MD_BREAKS, "<br>", text.strip())
    return re.sub(_MD_LINE_START, "\\\\", text)


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps_json(data: Any, pretty: bool = False) -> str:
    """JSON with dates as ISO strings; compact (C-encoded, fast) unless `pretty`. JSON escapes
    ESC, BEL and the other C0 controls itself; DEL and the C1 controls (U+0080-U+009F, which some
    terminals obey as CSI and the like) are escaped here, so no record can drive the terminal."""
    import json

    text = json.dumps(data, default=_iso, ensure_ascii=False, indent=2 if pretty else None)
    return re.sub(_C1, lambda m: f"\\u{ord(m[0]):04x}", text) if re.search(_C1, text) else text


_C1 = f"[\x7f-\x9f{BIDI}]"  # and the bidi controls, which would turn the text around where it is shown
