"""Reading the report back in tests: its Markdown parts and tables, its HTML tables, its Word tables."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from typing import Any


def md_parts(text: str) -> dict[str, str]:
    """The Markdown report's `## ` parts by heading (the text before the first is under '')."""
    parts: dict[str, str] = {}
    heading = ""
    for chunk in re.split(r"^## ", text, flags=re.MULTILINE):
        if heading or parts:
            title, _, body = chunk.partition("\n")
            parts[title] = body
        else:
            parts[""] = chunk
        heading = "x"
    return parts


def md_cells(line: str) -> list[str]:
    """A GitHub table row's cells: split at each `|` not escaped by a backslash."""
    assert line.startswith("| ") and line.endswith(" |"), line
    cells, cell, i = [], "", 1
    body = line[1:-1]
    while i <= len(body):
        ch = body[i - 1]
        if ch == "\\" and i < len(body):
            cell += ch + body[i]
            i += 2
            continue
        if ch == "|":
            cells.append(cell.strip())
            cell = ""
        else:
            cell += ch
        i += 1
    cells.append(cell.strip())
    return cells


def md_tables(text: str) -> list[tuple[str | None, list[str], list[list[str]]]]:
    """Every table: its bold title above (if any), its header cells and its rows' cells."""
    tables = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("|---"):
            title = None
            if i >= 2 and lines[i - 2].startswith("**") and lines[i - 2].endswith("**"):
                title = lines[i - 2][2:-2]
            header = md_cells(lines[i])
            rows = []
            i += 2
            while i < len(lines) and lines[i].startswith("| "):
                rows.append(md_cells(lines[i]))
                i += 1
            tables.append((title, header, rows))
        else:
            i += 1
    return tables


def md_rows(text: str) -> list[dict[str, str]]:
    """Every table's rows as {column heading: cell}: tests name columns, never count them."""
    return [dict(zip(header, row, strict=True)) for _, header, rows in md_tables(text) for row in rows]


def md_ids(text: str) -> list[str]:
    """The IDs in the first column of every table of a part."""
    return [row[0] for _, _, rows in md_tables(text) for row in rows]


class _Tables(HTMLParser):
    """Each <table>'s rows as lists of cell texts (th and td), with the section it is in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[dict[str, Any]] = []
        self.section: str | None = None
        self.cell: list[str] | None = None
        self.row: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section":
            self.section = dict(attrs).get("id")
        elif tag == "table":
            self.tables.append({"section": self.section, "rows": []})
        elif tag == "tr":
            self.row = []
            self.tables[-1]["rows"].append(self.row)
        elif tag in ("th", "td"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self.cell is not None and self.row is not None:
            self.row.append("".join(self.cell).strip())
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def html_tables(page: str) -> list[dict[str, Any]]:
    parser = _Tables()
    parser.feed(page)
    return parser.tables


def docx_tables(data: bytes) -> list[list[list[str]]]:
    import docx

    doc = docx.Document(io.BytesIO(data))
    return [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
