"""Output for scripts and pipes: rows and columns shared by every format, JSON, CSV, Markdown, plain text.

Nothing here imports Rich: a pipe or a file gets a plain aligned table that costs microseconds a
row, while render.py draws the same rows as a Rich table for a terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import compress
from operator import is_not
from typing import Any, TypeVar, cast

from scrutrack.model import LINE_MAX, SCHEMA, Record, Summary, one_line, record_to_dict
from scrutrack.overdue import REASON_LABELS, Item, Reason, Report


def cut(text: str, width: int) -> str:
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


_ISO: dict[int, str] = {}


def _ord(d: int | None) -> str:
    """An ordinal day as YYYY-MM-DD (memoised: thousands of rows share few dates)."""
    if d is None:
        return ""
    iso = _ISO.get(d)
    if iso is None:
        iso = _ISO[d] = dt.date.fromordinal(d).isoformat()
    return iso


class Reuse:
    """Rows and lines made for one answer, kept for working out the same query again on
    records of which only a few changed: a row is made again only for an item or summary that
    is another object, a line only for a row that is another object or when the column widths
    change."""

    def __init__(self) -> None:
        self.rows: dict[object, tuple[Sequence[object], list[tuple[str, ...]]]] = {}  # objects, their rows
        self.tables: dict[object, tuple[Sequence[object], list[int], list[str]]] = {}  # rows, widths, lines


Made = TypeVar("Made")


def again(
    before: tuple[Sequence[object], Sequence[Made]], now: Sequence[object], make: Callable[[Sequence[Any]], list[Made]]
) -> list[Made]:
    """What `make` gives for `now`, taking what it gave for the same objects `before`: by
    position when few objects were swapped in place, else by identity (before's are alive)."""
    objects, made = before
    if len(objects) == len(now):
        changed = list(compress(range(len(now)), map(is_not, objects, now)))  # a loop in C
        if len(changed) <= 50:
            out = list(made)
            for i, value in zip(changed, make([now[i] for i in changed]), strict=True):
                out[i] = value
            return out
    known = {id(o): m for o, m in zip(objects, made, strict=True)}
    found: list[Made | None] = [known.get(id(o)) for o in now]
    missing = [i for i, m in enumerate(found) if m is None]
    for i, value in zip(missing, make([now[i] for i in missing]), strict=True):
        found[i] = value
    return cast(list[Made], found)


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps_json(data: Any, pretty: bool = False) -> str:
    """JSON with dates as ISO strings; compact (C-encoded, fast) unless `pretty`."""
    import json

    return json.dumps(data, default=_iso, ensure_ascii=False, indent=2 if pretty else None, check_circular=False)


# ---------------------------------------------------------------------------- records

LIST_HEADERS = ("ID", "Meeting", "Status", "Owner", "Due", "Text")
OWNER_WIDTH = 24  # in tables, so that the text keeps most of the line


def list_rows(
    records: Sequence[Summary], width: int | None = None, reuse: Reuse | None = None
) -> list[tuple[str, ...]]:
    """One row per record; with `width` (a table), long owners are cut and the text cleaned only as far as it shows."""
    if reuse is None:
        return _list_rows(records, width)
    key = ("list", width)
    before = reuse.rows.get(key)
    rows = _list_rows(records, width) if before is None else again(before, records, lambda rs: _list_rows(rs, width))
    reuse.rows[key] = (records, rows)
    return rows


def _list_rows(records: Sequence[Summary], width: int | None) -> list[tuple[str, ...]]:
    owners: dict[str | None, str] = {}
    rows: list[tuple[str, ...]] = []
    for r in records:
        owner = owners.get(r.owner)
        if owner is None:
            owner = owners[r.owner] = cut(one_line(r.owner), OWNER_WIDTH) if width else one_line(r.owner)
        text = r.line if width is not None and 0 < width <= LINE_MAX else one_line(r.text, width)
        rows.append((r.id, _ord(r.meeting), r.status, owner, _ord(r.due), text))
    return rows


def records_json(records: Sequence[Record]) -> str:
    return dumps_json({"schema": SCHEMA, "records": [record_to_dict(r) for r in records]})


def record_json(record: Record) -> str:
    from scrutrack.lifecycle import original_due

    data = record_to_dict(record)
    first, moves = original_due(record)
    if first is not None:
        data["original_due"] = first
        data["due_revisions"] = moves
    return dumps_json(data, pretty=True)


# ---------------------------------------------------------------------------- overdue

OVERDUE_HEADERS = ("ID", "Meeting", "Owner", "Late", "Due", "Days", "Text")
SOON_HEADERS = ("ID", "Meeting", "Owner", "Due soon", "Due", "In days", "Text")


def _worst(reasons: Sequence[Reason], soon: bool) -> Reason:
    return min(reasons, key=lambda r: r.days) if soon else max(reasons, key=lambda r: r.days)


def overdue_rows(
    items: Sequence[Item], soon: bool = False, width: int | None = None, reuse: Reuse | None = None
) -> list[tuple[str, ...]]:
    """One row per item; the text is cleaned only as far as a line of `width` can show."""
    if reuse is None:
        return _overdue_rows(items, soon, width)
    key = ("overdue", soon, width)
    before = reuse.rows.get(key)
    rows = (
        _overdue_rows(items, soon, width)
        if before is None
        else again(before, items, lambda i: _overdue_rows(i, soon, width))
    )
    reuse.rows[key] = (items, rows)
    return rows


def _overdue_rows(items: Sequence[Item], soon: bool, width: int | None) -> list[tuple[str, ...]]:
    """Written for speed (it runs per late item, tens of thousands at a time): few calls, dates
    and owners formatted once each."""
    rows: list[tuple[str, ...]] = []
    append = rows.append
    labels = REASON_LABELS
    owners: dict[str | None, str] = {}  # few owners, many rows
    meetings: dict[int, str] = {}
    dues: dict[dt.date, str] = {}
    cleaned = width is not None and 0 < width <= LINE_MAX  # the summaries' own line is enough
    for r, _, reasons, _ in items:
        owner = owners.get(r.owner)
        if owner is None:
            owner = owners[r.owner] = cut(one_line(r.owner), OWNER_WIDTH) if width else one_line(r.owner)
        meeting = meetings.get(r.meeting)
        if meeting is None:
            meeting = meetings[r.meeting] = dt.date.fromordinal(r.meeting).isoformat()
        if len(reasons) == 1:
            worst = reasons[0]
            what = labels[worst.reason]
        else:
            worst = _worst(reasons, soon)
            what = ", ".join(labels[x.reason] for x in reasons)
        due = dues.get(worst.due)
        if due is None:
            due = dues[worst.due] = worst.due.isoformat()
        text = r.line if cleaned else one_line(r.text, width)
        append((r.id, meeting, owner, what, due, str(worst.days), text))
    return rows


def overdue_title(report: Report) -> str:
    n = len(report.overdue)
    day = f"{report.as_of.day} {report.as_of:%B %Y}"
    return f"Overdue as of {day}: {n} of {report.open_count} open item{'s' if report.open_count != 1 else ''} late"


def overdue_footer(report: Report) -> str:
    counts = report.counts()
    parts = [f"{REASON_LABELS[k]}: {v}" for k, v in counts.items()]
    text = "Late by reason: " + ", ".join(parts)
    if report.within is not None:
        text += f"; due in the next {report.within} days: {len(report.due_soon)}"
    return text


def nothing_late(report: Report) -> str:
    day = f"{report.as_of.day} {report.as_of:%B %Y}"
    n = report.open_count
    return f"Nothing is overdue as of {day} ({n} open item{'s' if n != 1 else ''} checked)."


def _item_json(item: Item, soon: bool) -> dict[str, Any]:
    r = item.record
    key = "days_until" if soon else "days_overdue"
    reasons = [{"reason": x.reason, "due": _ord(x.due.toordinal()), key: x.days} for x in item.reasons]
    return {
        "id": r.id,
        "committee": r.committee,
        "meeting": _ord(r.meeting),
        "owner": r.owner,
        "status": item.status,
        "reasons": reasons,
        key: item.days,
        "text": r.text,
    }


def overdue_json(report: Report) -> str:
    return dumps_json(
        {
            "schema": SCHEMA,
            "as_of": report.as_of,
            "overdue": [_item_json(i, False) for i in report.overdue],
            "due_soon": [_item_json(i, True) for i in report.due_soon],
        }
    )


# ---------------------------------------------------------------------------- tables


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula (OWASP CSV injection): prefix an apostrophe.

    A cell that already looks escaped (apostrophes, then a formula character) gets one more, so
    `restore` gives back exactly what was written.
    """
    return "'" + cell if cell.lstrip("'").startswith(_FORMULA_START) else cell


def restore(cell: str) -> tuple[str, bool]:
    """Undo `neutralise`: the cell's value, and whether it was escaped (so taken exactly as written)."""
    if cell.startswith("'") and cell.lstrip("'").startswith(_FORMULA_START):
        return cell[1:], True
    return cell, False


def csv_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([h.lower().replace(" ", "_") for h in headers])
    w.writerows([neutralise(c) for c in row] for row in rows)
    return buf.getvalue()


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def plain_table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, reuse: Reuse | None = None) -> str:
    """An aligned table; the last column (the text) is cut so each line fits `width`.

    With `reuse`, a table made before for the same headers and width lends its lines: when the
    column widths stay, only the lines of rows that are other objects are made again.
    """
    if not rows:
        return ""
    table = (tuple(headers), width)
    before = reuse.tables.get(table) if reuse is not None else None
    fixed = None
    if before is not None:
        fixed = _widths_after(before, rows)
    if fixed is None:
        columns = list(zip(*rows, strict=True))
        fixed = [max(len(h), max(map(len, col))) for h, col in zip(headers[:-1], columns, strict=False)]
    line = _line_maker(fixed, width)
    if before is not None and fixed == before[1]:
        lines = again((before[0], before[2]), rows, lambda rs: [line(r) for r in rs])
    else:
        lines = [line(row) for row in rows]
    if reuse is not None:
        reuse.tables[table] = (rows, fixed, lines)
    return "\n".join([line(headers), *lines]) + "\n"


def _widths_after(
    before: tuple[Sequence[Any], list[int], list[str]], rows: Sequence[Sequence[str]]
) -> list[int] | None:
    """The column widths of an earlier table, if a few rows changed in place and none of them
    changes a width; else None (work them out)."""
    old_rows, fixed, _ = before
    if len(old_rows) != len(rows):
        return None
    changed = list(compress(range(len(rows)), map(is_not, old_rows, rows)))
    if len(changed) > 50:
        return None
    for i in changed:
        for c, w in enumerate(fixed):
            n, o = len(rows[i][c]), len(old_rows[i][c])
            if n > w or (o == w and n < w):  # the column would widen, or might narrow
                return None
    return fixed


def _line_maker(fixed: list[int], width: int) -> Any:
    """The function that lays out one row in these column widths, the text cut to what is left."""
    room = max(width - sum(fixed) - 2 * len(fixed), 10)
    short = room - 1
    fmt = "  ".join(f"{{:<{w}}}" for w in fixed) + "  {}"

    def line(row: Sequence[str]) -> str:
        t = row[-1]
        return fmt.format(*row[:-1], t if len(t) <= room else t[:short] + "…").rstrip()

    return line
