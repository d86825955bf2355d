"""The agenda-pack report as a document: parts of paragraphs, views and charts; its Markdown.

report_views.py builds a Pack from the tracker. Every writer (Markdown here, HTML in
report_html.py, Word in report_docx.py) draws the same parts, and each table from the same
formats.Column list (header, value, alignment), so the three formats cannot disagree.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from scrutrack.formats import View, markdown_text, md
from scrutrack.model import BIDI


class Link(NamedTuple):
    text: str
    target: str  # an http(s) URL, or a path relative to the repository's root


@dataclass(frozen=True)
class Chart:
    """A stacked bar chart: one bar per category, one segment per series; `table` holds the same
    numbers as a view (for screen readers, Markdown and Word)."""

    key: str
    title: str
    description: str  # one or two sentences a screen reader says in place of the picture
    categories: tuple[str, ...]
    series: tuple[str, ...]  # in stacking order
    values: tuple[tuple[int, ...], ...]  # per category, one number per series
    table: View


Block = str | View | Chart  # a paragraph, a table (or several under titles), a chart


@dataclass(frozen=True)
class Part:
    key: str  # an anchor: summary, decision, overdue, ...
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Pack:
    title: str
    header: str  # the running header of each printed page: the committee and the date
    facts: tuple[tuple[str, str], ...]  # what the report covers, as label and value
    parts: tuple[Part, ...]
    subject: str = ""  # the committee's name (document properties)
    meta: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------------- links

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_UNSAFE = re.compile(f"[\\x00-\\x20\\x7f-\\x9f\"'<>\\\\`{BIDI}]")  # never in a link we write
_HTTP = re.compile(r"^https?://[^/?#]", re.IGNORECASE)


def href(target: str, root: str = "") -> str | None:
    """Where a link may safely point: an http(s) URL as it is, or a relative path (inside the
    repository) made relative to where the report is written (`root`: the repository's root as
    seen from there, e.g. ".."), percent-encoded. Anything else (javascript:, data:, //host,
    /etc/passwd, ../..) gives None, and is shown as text."""
    from urllib.parse import quote

    if _HTTP.match(target):
        return None if _UNSAFE.search(target) else target
    if not target or _SCHEME.match(target) or target.startswith(("/", "\\")) or re.search(r"[\x00-\x1f\x7f]", target):
        return None
    path = posixpath.normpath(target)
    if path == ".." or path.startswith("../") or "\\" in path:
        return None
    return quote(posixpath.normpath(posixpath.join(root or ".", path)), safe="/-._~")


# ------------------------------------------------------------------------------ Markdown


def markdown(pack: Pack) -> str:
    """GitHub-flavoured Markdown: headings, paragraphs, and each view as formats.markdown_text
    writes it (charts as their tables); fit for a pull request or a CI job summary."""
    out = [f"# {md(pack.title)}\n"]
    out.append("".join(f"- **{label}:** {md(value)}\n" for label, value in pack.facts))
    for part in pack.parts:
        out.append(f"## {md(part.heading)}\n")
        for block in part.blocks:
            if isinstance(block, str):
                out.append(md(block) + "\n")
            elif isinstance(block, Chart):
                out.append(f"**{md(block.title)}**\n\n{md(block.description)}\n")
                out.append(markdown_text(block.table))
            else:
                out.append(markdown_text(block))
    return "\n".join(out)
