"""Rich renderables for a terminal; they never print. Record text always goes in as Text, never markup."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from scrutrack.formats import RESET, STATUS_STYLES
from scrutrack.lifecycle import impacts, original_due
from scrutrack.model import FIELDS, HistoryEntry, Record, clean, history_to_dict

HISTORY_SHOWN = 50  # the last entries `show` lists; --all lists every one


def record_view(record: Record, links: bool = False, history: int | None = HISTORY_SHOWN) -> RenderableType:
    """Every field, the response, the evidence and the (last `history`, None: all) history entries of one record.

    Evidence links are never split across lines (a terminal must be able to open them) and,
    with `links`, are terminal hyperlinks too.
    """
    parts: list[RenderableType] = [_fields(record), Text(""), Text(clean(record.text).rstrip("\n"))]
    if record.response:
        r = record.response
        parts += [Text(""), Text(f"Response {r.date} ({r.outcome})", style="bold"), Text(clean(r.text).rstrip("\n"))]
    for assessed in impacts(record)[-1:]:  # the latest assessment; the history holds every one
        parts += [
            Text(""),
            Text(f"Impact {assessed.date} ({assessed.rating})", style="bold"),
            Text(clean(assessed.text).rstrip("\n")),
        ]
        if assessed.url:
            style = Style(link=assessed.url) if links else ""
            parts.append(Text(clean(assessed.url), no_wrap=True, overflow="ignore", style=style))
    if record.evidence:
        parts += [Text(""), Text("Evidence", style="italic"), *_evidence(record, links), Text("")]
    hist = Table(title="History", box=box.SIMPLE_HEAD, title_justify="left")
    for h in ("Date", "Event", "Details"):
        hist.add_column(h, overflow="fold")
    entries = record.history
    if history is not None and len(entries) > history:
        earlier = len(entries) - history
        hist.add_row("…", "", f"{earlier:,} earlier entr{'ies' if earlier != 1 else 'y'} (--all shows them)")
        entries = entries[earlier:]
    for step in entries:
        hist.add_row(str(step.date), step.event, Text(clean(history_details(step))))
    parts.append(hist)
    return Group(*parts)


def _fields(record: Record) -> Table:
    """The record's fields, label and value, in the field table's order; those with no value left out."""
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="bold")
    fields.add_column()
    first, moves = original_due(record)
    for f in FIELDS:
        value = getattr(record, f.name)
        if f.name == "text" or f.type in ("schema", "response", "evidence", "history"):
            continue  # the format's version; the rest are shown below the fields
        if f.name == "status":  # coloured as `list` colours it
            fields.add_row(f.label, Text.from_ansi(STATUS_STYLES.get(value, "") + value + RESET))
            continue
        if f.type == "slugs":
            value = ", ".join(value)
        elif f.name == "due" and value and first and moves:
            value = f"{value} (originally {first}; moved {moves} time{'s' if moves != 1 else ''})"
        if value not in (None, "", ()):
            fields.add_row(f.label, Text(clean(str(value))))
    return fields


def _evidence(record: Record, links: bool) -> list[RenderableType]:
    """Each evidence link under its date (and its title), never split across lines: a terminal must be able
    to open it. With `links`, a URL is a terminal hyperlink too."""
    parts: list[RenderableType] = []
    for e in record.evidence:
        link, title = clean(e.link), clean(e.title)
        shown = Text(link, style=Style(link=link) if links and e.url else "")
        # Never wrapped or cut (the console does not crop), so that a terminal can open it:
        # after the date when it is its own title, else on a line of its own under the title.
        lead = f"  {e.date}  "
        if title != link:
            titled = Table.grid(padding=(0, 2))
            titled.add_column(no_wrap=True)
            titled.add_column(overflow="fold")
            titled.add_row(lead.rstrip(), Text(title))
            parts.append(titled)
            lead = " " * len(lead)
        parts.append(Text(lead, no_wrap=True, overflow="ignore") + shown)
    return parts


def label(key: str) -> str:
    """A record's field or a history entry's key in words, as `show` names it: 'response_due' is 'Response due'."""
    return "Changed" if key == "fields" else key.replace("_", " ").capitalize()


def history_details(entry: HistoryEntry) -> str:
    """An entry's keys after its date and event, labelled for people: `Due: 2019-09-30 → 2019-12-31; Reason: ...`."""
    d = history_to_dict(entry)
    was = d.pop("from", None)
    parts = []
    for key, value in d.items():
        if key in ("date", "event"):
            continue
        if key == "fields":
            value = ", ".join(map(label, value))
        elif key in ("due", "owner") and was is not None:
            value = f"{was} → {value}"
        elif isinstance(value, str):
            value = value.rstrip("\n")  # a long text (an owner's update, an impact) ends in a line break
        parts.append(f"{label(key)}: {value}")
    return "; ".join(parts)
