"""What `list` and `overdue` show: the record filters, and each view's rows and column list.

A view is a pure function of the summaries and the query; its column list (formats.Column) is
the one place that says what every output format holds, so adding a column is one line here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import cache
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from scrutrack.dates import long_date
from scrutrack.formats import Column, Section, View, dumps_json
from scrutrack.model import STATUSES, TERMINAL, Summary, one_line
from scrutrack.overdue import REASON_LABELS, Item, Report

if TYPE_CHECKING:
    from scrutrack.model import Record
    from scrutrack.stats import YearStats
    from scrutrack.store import Config


# ---------------------------------------------------------------------------- filters


class Filters(NamedTuple):
    """Which records a command looks at (list, overdue, export); all given ones must hold."""

    committee: str | None = None
    statuses: tuple[str, ...] = ()
    owner: str | None = None  # any part of the owner, in any case
    theme: str | None = None
    meeting: int | None = None  # an ordinal day

    def select(self, summaries: Sequence[Summary]) -> list[Summary]:
        committee, statuses, theme, meeting = self.committee, self.statuses, self.theme, self.meeting
        owner = self.owner.lower() if self.owner else None
        return [
            s
            for s in summaries
            if (committee is None or s.committee == committee)
            and (not statuses or s.status in statuses)
            and (owner is None or owner in (s.owner or "").lower())
            and (theme is None or theme in s.theme_list)
            and (meeting is None or s.meeting == meeting)
        ]


OPEN = tuple(s for s in STATUSES if s not in TERMINAL)


def filters(
    config: Config,
    committee: str | None = None,
    statuses: Sequence[str] = (),
    owner: str | None = None,
    theme: str | None = None,
    meeting: dt.date | None = None,
) -> Filters:
    """Filters checked against the configuration: an unknown committee, status or theme is an error."""
    if any(s not in STATUSES for s in statuses):
        from scrutrack.spreadsheet import status_word

        # 'open' is what `overdue` counts as open: every status not final
        statuses = [
            w for s in statuses for w in (OPEN if s.strip().lower() == "open" else (status_word(s, "--status"),))
        ]
    if committee is not None:
        committee = config.committee(committee).slug
    if theme is not None:
        config.check_theme(theme)
    return Filters(committee, tuple(statuses), owner, theme, meeting.toordinal() if meeting else None)


# ------------------------------------------------------------------------------- cells


@cache
def _day(ordinal: int | None) -> str:
    """An ordinal day as YYYY-MM-DD (memoised: thousands of rows share few dates)."""
    return dt.date.fromordinal(ordinal).isoformat() if ordinal is not None else ""


def _record_columns(path: str) -> dict[str, Column]:
    """The columns every view of records shares; `path` leads from a row to its summary
    ("" for a summary, "record." for an overdue item). A summary's values are ready to show
    (one line, cleaned), so most cells are an attrgetter: no Python call a row."""

    def get(name: str) -> Any:
        return attrgetter(path + name)

    meeting, item, owner, text = get("meeting"), get("item"), get("owner"), get("text")
    return {
        "id": Column("ID", "id", get("id")),
        "committee": Column("Committee", "committee", get("committee"), table=False),
        "meeting": Column("Meeting", "meeting", lambda r: _day(meeting(r)), drop=3, width=10),
        "item": Column("Item", "item", lambda r: item(r) or "", item, drop=4, min_width=20, want=30, max_width=40),
        "owner": Column("Owner", "owner", lambda r: owner(r) or "", owner, drop=2, min_width=12, want=24, max_width=30),
        "text": Column("Text", "text", text, drop=1, min_width=12, want=36, wrap=True),
    }


# -------------------------------------------------------------------------------- list


_L = _record_columns("")
LIST_COLUMNS: tuple[Column, ...] = (
    _L["id"],
    _L["committee"],
    _L["meeting"],
    _L["item"],
    Column("Kind", "kind", attrgetter("kind"), table=False),
    Column("Status", "status", attrgetter("status"), style="status"),
    _L["owner"],
    Column("Themes", "themes", lambda s: ", ".join(s.theme_list), attrgetter("theme_list"), table=False),
    Column("Due", "due", lambda s: _day(s.due), lambda s: _day(s.due) or None),
    _L["text"],
)


def list_view(summaries: Sequence[Summary], chosen: Filters) -> View:
    """The records the filters select, by ID."""
    return View((Section("records", "records", LIST_COLUMNS, chosen.select(summaries)),))


# In a dry run the item matters more than the meeting (it shows how the minutes were read).
IMPORT_COLUMNS = (_L["id"], _L["meeting"], _L["item"]._replace(drop=2), _L["text"])


def import_view(records: Sequence[Record]) -> View:
    """What an import would create (its dry run), in the list's layout."""
    from scrutrack.model import summarize

    return View((Section("records", "records", IMPORT_COLUMNS, [summarize(r) for r in records]),))


# ----------------------------------------------------------------------------- overdue


def _reasons_text(item: Item) -> str:
    said = ", ".join(REASON_LABELS[r.reason] for r in item.reasons)
    return f"{said}; target {item.flag}" if item.flag else said


def _item_columns(reason_header: str, days_header: str, days_key: str) -> tuple[Column, ...]:
    c = _record_columns("record.")
    return (
        c["id"],
        c["committee"],
        c["meeting"],
        c["item"],
        c["owner"],
        Column("Status", "status", attrgetter("status"), table=False),
        Column(
            reason_header,
            "reasons",
            _reasons_text,
            lambda i: [{"reason": r.reason, "due": r.due.isoformat(), days_key: r.days} for r in i.reasons],
            min_width=14,
            want=22,
            wrap=True,
            style="late",
            csv="reason",
        ),
        Column("Target flag", "target_flag", attrgetter("flag"), lambda i: i.flag or None, table=False),
        Column("Due", "due", _worst_due),
        Column(days_header, days_key, lambda i: str(i.days), lambda i: i.days, right=True, csv="days"),
        c["text"],
    )


def _worst_due(item: Item) -> str:
    """The date of the reason that counts: the most days late, or (due soon) the nearest."""
    reasons = item.reasons
    worst = reasons[0] if len(reasons) == 1 else next(r for r in reasons if r.days == item.days)
    return worst.due.isoformat()


OVERDUE_COLUMNS = _item_columns("Late", "Days", "days_overdue")
SOON_COLUMNS = _item_columns("Due soon", "In days", "days_until")


def nothing_late(report: Report) -> str:
    n = report.open_count
    return f"Nothing is overdue as of {long_date(report.as_of)} ({n} open item{'s' if n != 1 else ''} checked)."


def overdue_view(report: Report) -> View:
    """What is late as of the report's date, and (with --within) what falls due soon."""
    n, m = len(report.overdue), report.open_count
    title = f"Overdue as of {long_date(report.as_of)}: {n} of {m} open item{'s' if m != 1 else ''} late"
    footer = "Late by reason: " + ", ".join(f"{REASON_LABELS[k]}: {v}" for k, v in report.counts().items())
    if report.within is not None:
        footer += f"; due in the next {report.within} days: {len(report.due_soon)}"
    empty = nothing_late(report)
    overdue = Section("overdue", "overdue", OVERDUE_COLUMNS, report.overdue, title=title, footer=footer, empty=empty)
    soon_title = f"Due soon (next {report.within} days)" if report.within is not None else None
    soon = Section("due_soon", "due soon", SOON_COLUMNS, report.due_soon, title=soon_title)
    return View((overdue, soon), {"as_of": report.as_of.isoformat()})


# -------------------------------------------------------------------------------- show


def record_json(record: Record) -> str:
    """One whole record for a script, with its original target date and how often it moved."""
    from scrutrack.lifecycle import original_due
    from scrutrack.model import record_to_dict

    data = record_to_dict(record)
    first, moves = original_due(record)
    if first is not None:
        data["original_due"] = first
        data["due_revisions"] = moves
    return dumps_json(data, pretty=True)


# -------------------------------------------------------------------------------- stats

# Each figure of a year: its key (JSON, CSV) and its name (tables).
STATS_MEASURES = (
    ("made", "Recommendations and actions made"),
    ("referred", "Referred for a response"),
    ("on_time", "Answered on time"),
    ("accepted", "Accepted"),
    ("in_part", "Accepted in part"),
    ("in_principle", "Accepted in principle"),
    ("rejected", "Rejected"),
    ("noted", "Noted only"),
    ("implemented", "Implemented"),
    ("by_original", "Implemented by the first date"),
    ("outstanding", "Outstanding"),
)
STATS_NOTE = (
    "Answered on time: any response but 'noted' by the date it was due. Each outcome is the latest response. "
    "Implemented by the first date: on or before the first target it was given. "
    "Outstanding: still to be referred, answered or delivered."
)


def _figure(key: str, header: str) -> Column:
    get = attrgetter(key)
    return Column(header, key, lambda c: str(get(c)), get, right=True)


# For scripts and spreadsheets: a row a committee, a column a figure.
STATS_COLUMNS: tuple[Column, ...] = (
    Column("Committee", "committee", attrgetter("committee")),
    *(_figure(key, name) for key, name in STATS_MEASURES),
)


def stats_view(stats: YearStats, by_committee: bool = True) -> View:
    """A municipal year's figures: a row a committee (CSV, JSON), or for people a row a figure with
    a column a committee (tables and Markdown fit a terminal that way), with the total."""
    y = stats.year
    title = (
        f"Municipal year {y.label} ({long_date(y.first)} to {long_date(y.last)}), by the committee that "
        f"agreed them, as they stood on {long_date(stats.as_of)}"
    )
    rows = [*stats.rows, stats.total] if len(stats.rows) > 1 else list(stats.rows)
    meta = {"year": y.label, "first": y.first.isoformat(), "last": y.last.isoformat(), "as_of": stats.as_of.isoformat()}
    if by_committee:
        return View((Section("committees", "committees", STATS_COLUMNS, rows, title=title, footer=STATS_NOTE),), meta)
    columns = (
        Column("", "measure", itemgetter(1), itemgetter(0)),
        *(
            Column("Total" if c.committee == "total" else c.committee, c.committee, _nth(n), _nth_value(n), right=True)
            for n, c in enumerate(rows)
        ),
    )
    table = [(key, name, *(getattr(c, key) for c in rows)) for key, name in STATS_MEASURES]
    return View((Section("figures", "figures", columns, table, title=title, footer=STATS_NOTE),), meta)


def _nth(n: int) -> Callable[[tuple[Any, ...]], str]:
    return lambda row: str(row[n + 2])


def _nth_value(n: int) -> Callable[[tuple[Any, ...]], Any]:
    return lambda row: row[n + 2]


# --------------------------------------------------------------------------- import response


def _placed(step: Any) -> str:
    m = step.match
    if not m.ids:
        return "-"
    return ", ".join(m.ids)


def _how(step: Any) -> str:
    m = step.match
    if m.how == "text" or (m.how == "reference" and m.score >= 0):
        return f"{m.how} {m.score:.2f}"
    return m.how or (f"closest {m.closest[0]} {m.closest[1]:.2f}" if m.closest else "")


def _happens(step: Any) -> str:
    """What happens to the row; for a row placed by its text, how alike (the likeness, 0 to 1)."""
    said = one_line(f"{step.action}: {step.why}") if step.why else step.action
    m = step.match
    if m.how == "text" and "(" not in said:
        said += f" (text {m.score:.2f})"
    return said


RESPONSE_PLAN_COLUMNS: tuple[Column, ...] = (
    Column("Row", "where", lambda s: s.row.where.rpartition(", row ")[2], lambda s: s.row.where, right=True),
    Column("Records", "records", _placed, lambda s: list(s.match.ids)),
    Column("Placed by", "how", _how, drop=4, min_width=10, wrap=True),
    Column("Outcome", "outcome", lambda s: s.row.outcome or "?", lambda s: s.row.outcome),
    Column("Due", "due", lambda s: s.row.due.isoformat() if s.row.due else "", drop=2),
    Column("Owner", "owner", lambda s: one_line(s.row.lead), drop=3, min_width=12, want=20, max_width=30, wrap=True),
    Column("What happens", "action", _happens, drop=0, min_width=14, want=30, wrap=True),
    Column(
        "Recommendation",
        "recommendation",
        lambda s: one_line(f"{s.row.ref} {s.row.recommendation}"),
        drop=5,
        min_width=12,
        wrap=True,
    ),
)


def response_plan_view(steps: Sequence[Any]) -> View:
    """`import response`'s plan: each row of the table, the records it answers, and what happens to it."""
    return View((Section("rows", "rows", RESPONSE_PLAN_COLUMNS, steps),))
