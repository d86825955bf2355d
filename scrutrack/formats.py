"""Output for scripts and pipes: rows and columns shared by every format, JSON, CSV, Markdown, plain text.

Nothing here imports Rich: a pipe or a file gets a plain aligned table that costs microseconds a
row, while render.py draws the same rows as a Rich table for a terminal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import compress
from operator import is_not
from typing import Any

from scrutrack.model import SCHEMA, Record, Summary, record_to_dict
from scrutrack.overdue import REASON_LABELS, Item, Reason, Report

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINEBREAKS = re.compile(r"\s*\n\s*")


def clean(text: str | None) -> str:
    """Text from a record made safe for a terminal: control characters (escapes) removed."""
    return _CONTROL.sub("", text) if text else ""


def one_line(text: str | None, limit: int | None = None) -> str:
    """Text on one line for a table cell; with `limit`, only the first part is looked at."""
    if not text:
        return ""
    if limit is not None:
        text = text[: 2 * limit + 2]  # room for runs of spaces that collapse
    if not _CONTROL.search(text):
        return " ".join(text.split())
    return _LINEBREAKS.sub(" ", clean(text)).strip()


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
    records of which only a few changed: a row is reused for the very same item or summary
    object, a line for the very same row laid out in the same column widths."""

    def __init__(self) -> None:
        self.rows: dict[tuple[int, bool], tuple[object, tuple[str, ...]]] = {}
        self.lines: dict[tuple[int, tuple[int, ...]], tuple[object, str]] = {}
        # per table (headers, width): its rows, column widths and lines, the header line first
        self.tables: dict[tuple[tuple[str, ...], int], tuple[Sequence[Sequence[str]], list[int], list[str]]] = {}


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


def list_rows(records: Sequence[Summary], width: int | None = None, reuse: Reuse | None = None) -> list[tuple[str, ...]]:
    """One row per record; with `width` (a table), long owners are cut and the text cleaned only as far as it shows."""
    owners: dict[str | None, str] = {}
    rows: list[tuple[str, ...]] = []
    known = reuse.rows if reuse is not None else None
    for r in records:
        if known is not None:
            hit = known.get((id(r), False))
            if hit is not None and hit[0] is r:
                rows.append(hit[1])
                continue
        owner = owners.get(r.owner)
        if owner is None:
            owner = owners[r.owner] = cut(one_line(r.owner), OWNER_WIDTH) if width else one_line(r.owner)
        row = (r.id, _ord(r.meeting), r.status, owner, _ord(r.due), one_line(r.text, width))
        rows.append(row)
        if known is not None:
            known[(id(r), False)] = (r, row)
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
    """One row per item; the text is cleaned only as far as a line of `width` can show.

    Written for speed (it runs per late item, tens of thousands at a time): few calls, dates
    and owners formatted once each.
    """
    rows: list[tuple[str, ...]] = []
    append = rows.append
    labels = REASON_LABELS
    owners: dict[str | None, str] = {}  # few owners, many rows
    meetings: dict[int, str] = {}
    dues: dict[dt.date, str] = {}
    limit = 2 * width + 2 if width else None  # room for runs of spaces that collapse
    has_control = _CONTROL.search
    known = reuse.rows if reuse is not None else None
    for item in items:
        if known is not None:
            hit = known.get((id(item), soon))
            if hit is not None and hit[0] is item:
                append(hit[1])
                continue
        r, _, reasons, _ = item
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
        text = r.text[:limit] if limit else r.text
        text = _LINEBREAKS.sub(" ", clean(text)).strip() if has_control(text) else " ".join(text.split())
        row = (r.id, meeting, owner, what, due, str(worst.days), text)
        append(row)
        if known is not None:
            known[(id(item), soon)] = (item, row)
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
        "id": r.id, "committee": r.committee, "meeting": _ord(r.meeting), "owner": r.owner,
        "status": item.status, "reasons": reasons, key: item.days, "text": r.text,
    }  # fmt: skip


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

    With `reuse`, a table made before for the same headers and width lends its lines: if only
    a few rows are other objects and the column widths stay, only those lines are made again.
    """
    if not rows:
        return ""
    table = (tuple(headers), width)
    if reuse is not None and (before := reuse.tables.get(table)) is not None:
        lines = _relaid(before, rows, width)
        if lines is not None:
            reuse.tables[table] = (rows, before[1], lines)
            return "\n".join(lines) + "\n"
    columns = list(zip(*rows, strict=True))
    fixed = [max(len(h), max(map(len, col))) for h, col in zip(headers[:-1], columns, strict=False)]
    line = _line_maker(fixed, width)
    lines = [line(headers)]
    if reuse is None:
        lines += [line(row) for row in rows]
        return "\n".join(lines) + "\n"
    layout, known = (*fixed, width), reuse.lines
    for row in rows:
        hit = known.get((id(row), layout))
        if hit is not None and hit[0] is row:
            lines.append(hit[1])
            continue
        made = line(row)
        lines.append(made)
        known[(id(row), layout)] = (row, made)
    reuse.tables[table] = (rows, fixed, lines)
    return "\n".join(lines) + "\n"


def _line_maker(fixed: list[int], width: int) -> Any:
    """The function that lays out one row in these column widths, the text cut to what is left."""
    room = max(width - sum(fixed) - 2 * len(fixed), 10)
    short = room - 1
    fmt = "  ".join(f"{{:<{w}}}" for w in fixed) + "  {}"

    def line(row: Sequence[str]) -> str:
        t = row[-1]
        return fmt.format(*row[:-1], t if len(t) <= room else t[:short] + "…").rstrip()

    return line


def _relaid(before: tuple[Sequence[Sequence[str]], list[int], list[str]], rows: Sequence[Sequence[str]], width: int) -> list[str] | None:
    """The lines of `rows` from an earlier table's, if only a few rows changed in place and the
    column widths are the same; else None."""
    old_rows, fixed, old_lines = before
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
    line = _line_maker(fixed, width)
    lines = list(old_lines)
    for i in changed:
        lines[i + 1] = line(rows[i])
    return lines
