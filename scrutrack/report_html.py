"""The report as one self-contained HTML file: a Jinja2 template (autoescaped), inline CSS and SVG.

No script, no font, no image and no stylesheet is fetched: the file is all there is. Every
value from a record reaches the page through the template's autoescaping, and a link only where
pack.href allows it (http(s) or a relative path inside the repository).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markupsafe import Markup  # jinja2's own; this module runs only for an HTML report

from scrutrack.formats import Column, View
from scrutrack.model import shown
from scrutrack.pack import Chart, Pack, href

# How each series of a chart is drawn: a fill, and a pattern that tells it apart in greyscale.
SERIES_STYLES = (
    ("#c6dbef", "diagonal"),
    ("#fdd0a2", "dots"),
    ("#2b6ca3", "solid"),
    ("#ffffff", "cross"),
    ("#a1d99b", "horizontal"),
    ("#bdbdbd", "vertical"),
)
LATE_STYLES = (("#e6550d", "diagonal"), ("#ffffff", "solid"))  # late, on time

WIDTH, LABELS, ROW, BAR = 720, 200, 26, 18  # the chart's width, label column, row and bar heights


def _label(text: str, most: int = 30) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _ticks(top: int) -> list[int]:
    """Gridlines at a step of 1, 2 or 5 times a power of ten: at most six steps."""
    if top <= 0:
        return [0]
    power = 1
    while True:
        for m in (1, 2, 5):
            if top <= 6 * power * m:
                return list(range(0, top + 1, power * m))
        power *= 10


def chart(c: Chart, kinds: _Kinds, styles: tuple[tuple[str, str], ...] = SERIES_STYLES) -> dict[str, Any]:
    """The chart's geometry: horizontal bars, one a category, segments stacked by series."""
    top = max((sum(v) for v in c.values), default=0)
    x0, right = LABELS + 10, WIDTH - 50
    scale = (right - x0) / top if top else 0.0
    legend: list[dict[str, Any]] = []
    x, y = float(x0), 8
    for i, name in enumerate(c.series):
        width = 18 + 7.5 * len(name) + 18
        if x + width > WIDTH and x > x0:
            x, y = float(x0), y + 22
        legend.append({"x": x, "y": y, "name": name, "style": i})
        x += width
    axis = y + 30
    bars: list[dict[str, Any]] = []
    for n, (category, values) in enumerate(zip(c.categories, c.values, strict=True)):
        top_y = axis + 8 + n * ROW
        segments = []
        at = float(x0)
        for i, value in enumerate(values):
            if not value:
                continue
            w = value * scale
            segments.append(
                {"x": round(at, 2), "w": round(w, 2), "value": value, "style": i, "name": c.series[i], "label": w >= 16}
            )
            at += w
        bars.append(
            {
                "y": top_y,
                "label": _label(category),
                "full": category,
                "segments": segments,
                "total": sum(values),
                "end": round(at, 2),
            }
        )
    height = axis + 8 + len(bars) * ROW + 10
    ticks = [{"x": round(x0 + t * scale, 2), "value": t} for t in _ticks(top)]
    return {
        "key": c.key,
        "title": c.title,
        "description": c.description,
        "width": WIDTH,
        "height": height,
        "x0": x0,
        "axis": axis,
        "bottom": height - 10,
        "bar": BAR,
        "legend": legend,
        "bars": bars,
        "ticks": ticks,
        "styles": [
            {"fill": fill, "pattern": pattern, "id": f"{c.key}-p{i}"} for i, (fill, pattern) in enumerate(styles)
        ],
        "table": _view(c.table, "", c.title, kinds),
    }


def _cells(columns: list[Column], rows: Sequence[Any], root: str) -> list[list[Any]]:
    """Each row's cells, a column at a time (a comprehension over a column's values is several
    times faster than a call per cell): text, or for a link column (text, target, href) triples."""
    values: list[list[Any]] = []
    for c in columns:
        links = c.links
        if links is not None:
            values.append(
                [
                    [(link.text or link.target, link.target, href(link.target, root)) for link in links(row)]
                    for row in rows
                ]
            )
        else:
            values.append(list(map(c.cell, rows)))
    return [list(row) for row in zip(*values, strict=True)] if values else []


def _class(column: Column) -> str:
    """Numbers right-aligned; values that the terminal never cuts (IDs, dates, statuses) kept whole."""
    if column.right:
        return "num"
    return "whole" if not column.min_width and not column.wrap else ""


class _Kinds:
    """The distinct column lists of a document, each with a class (t0, t1, ...). A cell's alignment
    and its label on a narrow screen come from its column's rule in the page's stylesheet, so
    that a cell is written as plain <td> (thousands of rows: one escape a cell, no attributes)."""

    def __init__(self, thead: Any) -> None:
        self.thead = thead  # the template's macro that writes a table's header row
        self.classes: dict[tuple[str, ...], tuple[str, Any]] = {}
        self.rules: list[dict[str, Any]] = []

    def of(self, columns: list[Column]) -> tuple[str, Any]:
        """The class of tables with these columns, and their header row (written once)."""
        key = tuple(f"{c.key}\0{c.header}\0{_class(c)}" for c in columns)
        known = self.classes.get(key)
        if known is None:
            name = f"t{len(self.classes)}"
            known = self.classes[key] = (name, self.thead([(c.header, _class(c)) for c in columns]))
            cells = [{"n": i + 1, "label": c.header, "class": _class(c)} for i, c in enumerate(columns)]
            self.rules.append({"name": name, "cells": cells})
        return known


def _view(view: View, root: str, fallback: str, kinds: _Kinds) -> list[dict[str, Any]]:
    sections = []
    for s in view.sections:
        columns = [c for c in s.columns if c.table]
        kind, thead = kinds.of(columns)
        sections.append(
            {
                "title": s.title,
                "caption": s.title or fallback,
                "footer": s.footer,
                "empty": s.empty,
                "kind": kind,
                "thead": thead,
                "narrow": len(columns) <= 5 and all(c.right for c in columns[1:]),
                "rows": [(row[0], row[1:]) for row in _cells(columns, s.rows, root)],
            }
        )
    return sections


def html(pack: Pack, root: str = "") -> str:
    """The whole page. `root` is the repository's root as seen from where the file is written,
    so that evidence paths link to the files."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("scrutrack", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        finalize=_shown,  # every value: bidi controls as visible escapes, before autoescaping
    )
    env.filters["css_string"] = css_string
    kinds = _Kinds(env.get_template("macros.html.j2").module.thead)  # type: ignore[attr-defined]
    parts = []
    for part in pack.parts:
        blocks: list[dict[str, Any]] = []
        for block in part.blocks:
            if isinstance(block, str):
                blocks.append({"kind": "p", "text": block})
            elif isinstance(block, Chart):
                styles = LATE_STYLES if block.key == "by-owner" else SERIES_STYLES
                blocks.append({"kind": "chart", "chart": chart(block, kinds, styles)})
            else:
                blocks.append({"kind": "view", "sections": _view(block, root, part.heading, kinds)})
        parts.append({"key": part.key, "heading": part.heading, "blocks": blocks})
    return env.get_template("report.html.j2").render(pack=pack, parts=parts, kinds=kinds.rules)


def _shown(value: Any) -> Any:
    return shown(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def css_string(text: str) -> Any:
    """Text as a CSS string literal that nothing in it can end (for the printed page header):
    every character but letters, digits and plain punctuation as a six-digit escape."""
    from markupsafe import Markup

    body = "".join(
        ch if (ch.isascii() and ch.isalnum()) or ch in " ,.:;-" else f"\\{ord(ch):06x}"
        for ch in shown(text).replace("\n", " ")  # a bidi control, escaped, would still turn the text
    )
    return Markup(f'"{body}"')
