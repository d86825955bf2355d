"""Rich renderables for a terminal; they never print. Record text always goes in as Text, never markup."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from scrutrack.lifecycle import original_due
from scrutrack.model import Record, clean, history_to_dict

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


HISTORY_SHOWN = 50  # the last entries `show` lists; --all lists every one


def record_view(record: Record, links: bool = False, history: int | None = HISTORY_SHOWN) -> RenderableType:
    """Every field, the response, the evidence and the (last `history`, None: all) history entries of one record.

    Evidence links are never split across lines (a terminal must be able to open them) and,
    with `links`, are terminal hyperlinks too.
    """
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
        parts.append(Text("Evidence", style="italic"))
        for e in record.evidence:
            parts.append(Text(f"  {e.date}  ") + Text(clean(e.title)))
            link = clean(e.link)
            shown = Text(link, style=Style(link=link) if links and e.url else "")
            parts.append(Text(" " * 14, no_wrap=True, overflow="ignore") + shown)
        parts.append(Text(""))
    hist = Table(title="History", box=box.SIMPLE_HEAD, title_justify="left")
    for h in ("Date", "Event", "Details"):
        hist.add_column(h, overflow="fold")
    entries = record.history
    if history is not None and len(entries) > history:
        earlier = len(entries) - history
        hist.add_row("…", "", f"{earlier:,} earlier entr{'ies' if earlier != 1 else 'y'} (--all shows them)")
        entries = entries[earlier:]
    for entry in entries:
        d = history_to_dict(entry)
        details = "; ".join(f"{k}: {v}" for k, v in d.items() if k not in ("date", "event"))
        hist.add_row(str(entry.date), entry.event, Text(clean(details)))
    parts.append(hist)
    return Group(*parts)
