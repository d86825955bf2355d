"""Rich renderables for a terminal; they never print. Record text always goes in as Text, never markup."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from scrutrack.formats import list_rows, overdue_footer, overdue_rows, overdue_title
from scrutrack.lifecycle import original_due
from scrutrack.model import HistoryEntry, Record, Summary, clean, history_to_dict
from scrutrack.overdue import Report

STATUS_STYLE = {
    "agreed": "yellow",
    "referred": "cyan",
    "accepted": "green",
    "rejected": "red",
    "in-progress": "blue",
    "implemented": "bold green",
    "closed": "dim",
    "withdrawn": "dim",
    "superseded": "dim",
}


def _table(
    title: str | None,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    caption: str | None = None,
    style_col: int | None = None,
    width: int = 100,
) -> Table:
    """Every column sized to its content, the last (the text) cut to what is left of the width.

    Fixed widths also spare Rich measuring every cell, which matters for thousands of rows.
    """
    table = Table(
        title=title, caption=caption, box=box.SIMPLE_HEAD, title_justify="left", caption_justify="left", pad_edge=False
    )
    sizes = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    room = max(width - sum(sizes[:-1]) - 3 * len(headers), 12)
    for i, h in enumerate(headers):
        last = i == len(headers) - 1
        table.add_column(
            h,
            no_wrap=True,
            overflow="ellipsis",
            width=min(sizes[i], room) if last else sizes[i],
            justify="right" if h in ("Days", "In days") else "left",
        )
    for row in rows:
        cells = [Text(c) for c in row]
        if style_col is not None:
            cells[style_col].stylize(STATUS_STYLE.get(row[style_col], ""))
        table.add_row(*cells)
    return table


def list_table(records: Sequence[Summary], width: int) -> Table:
    from scrutrack.formats import LIST_HEADERS

    return _table(None, LIST_HEADERS, list_rows(records, width), style_col=2, width=width)


def overdue_view(report: Report, width: int) -> RenderableType:
    from scrutrack.formats import OVERDUE_HEADERS, SOON_HEADERS

    parts: list[RenderableType] = []
    if report.overdue:
        parts.append(
            _table(
                Text(overdue_title(report), style="bold").plain,
                OVERDUE_HEADERS,
                overdue_rows(report.overdue, width=width),
                caption=overdue_footer(report),
                width=width,
            )
        )
    if report.due_soon:
        parts.append(
            _table(
                f"Due soon (next {report.within} days)",
                SOON_HEADERS,
                overdue_rows(report.due_soon, soon=True, width=width),
                width=width,
            )
        )
    return Group(*parts)


def record_view(record: Record) -> RenderableType:
    """Every field, the response, the evidence and the history of one record."""
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="bold")
    fields.add_column()

    def row(name: str, value: object) -> None:
        if value not in (None, "", ()):
            fields.add_row(name, Text(clean(str(value))))

    row("ID", record.id)
    row("Committee", record.committee)
    row("Meeting", record.meeting)
    row("Item", record.item)
    row("Kind", record.kind)
    fields.add_row("Status", Text(record.status, style=STATUS_STYLE.get(record.status, "")))
    row("Addressed to", record.addressed_to)
    row("Owner", record.owner)
    row("Themes", ", ".join(record.themes))
    row("Referred", record.referred)
    row("Response due", record.response_due)
    first, moves = original_due(record)
    due = str(record.due) if record.due else None
    if due and first and moves:
        due += f" (originally {first}; moved {moves} time{'s' if moves != 1 else ''})"
    row("Due", due)
    row("Review", record.review)
    parts: list[RenderableType] = [fields, Text(""), Text(clean(record.text).rstrip("\n"))]
    if record.response:
        r = record.response
        parts += [Text(""), Text(f"Response {r.date} ({r.outcome})", style="bold"), Text(clean(r.text).rstrip("\n"))]
    if record.evidence:
        parts.append(Text(""))
        ev = Table(title="Evidence", box=box.SIMPLE_HEAD, title_justify="left")
        for h in ("Date", "Title", "Link"):
            ev.add_column(h, overflow="fold")
        for e in record.evidence:
            ev.add_row(str(e.date), Text(clean(e.title)), Text(clean(e.link)))
        parts.append(ev)
    hist = Table(title="History", box=box.SIMPLE_HEAD, title_justify="left")
    for h in ("Date", "Event", "Details"):
        hist.add_column(h, overflow="fold")
    for entry in record.history:
        hist.add_row(str(entry.date), entry.event, Text(clean(history_details(entry))))
    parts.append(hist)
    return Group(*parts)


# How `show` names a history entry's keys and a record's fields: as the record view labels them.
LABELS = {
    "by": "By",
    "outcome": "Outcome",
    "response_due": "Response due",
    "due": "Due",
    "owner": "Owner",
    "reason": "Reason",
    "review": "Review",
    "fields": "Changed",
    "superseded_by": "Superseded by",
    "status": "Status",
    "source": "Source",
    "note": "Note",
    "addressed_to": "Addressed to",
    "referred": "Referred",
    "meeting": "Meeting",
    "committee": "Committee",
    "item": "Item",
    "kind": "Kind",
    "themes": "Themes",
    "text": "Text",
    "response": "Response",
    "evidence": "Evidence",
}


def history_details(entry: HistoryEntry) -> str:
    """An entry's keys after its date and event, labelled for people: `Due: 2019-09-30 → 2019-12-31; Reason: ...`."""
    d = history_to_dict(entry)
    was = d.pop("from", None)
    parts = []
    for key, value in d.items():
        if key in ("date", "event"):
            continue
        if key == "fields":
            value = ", ".join(LABELS.get(f, f) for f in value)
        elif key in ("due", "owner") and was is not None:
            value = f"{was} → {value}"
        parts.append(f"{LABELS.get(key, key)}: {value}")
    return "; ".join(parts)
