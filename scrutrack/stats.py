"""A municipal year's figures per committee: made, answered on time, each outcome, implemented, outstanding.

Councils count their years from the annual meeting in May ("2025/26" runs from 1 May 2025 to
30 April 2026); the month it starts in is configurable (scrutrack.toml, [defaults] year_start).
A record counts in the year of the meeting that agreed it; everything else is as its history
says it stood on the as-of date (today by default), so last year's figures can be run again.
Pure functions over records: `stats` prints them, `report --annual` puts them in the report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from scrutrack.errors import InvalidInput
from scrutrack.lifecycle import original_due
from scrutrack.model import HistoryEntry, Kind, Record, Status
from scrutrack.tracker import as_it_stood

DEFAULT_YEAR_START = 5  # May: the annual meeting of the council
# An outcome as older records spell it -> as the domain now names it (both read until `fmt` migrates).
OUTCOME_NAMES = {"partially-accepted": "accepted-in-part"}
_OPEN_WORK = frozenset({Status.AGREED, Status.REFERRED, Status.ACCEPTED, Status.IN_PROGRESS})


class Year(NamedTuple):
    """A municipal year: its label ('2025/26') and its first and last days."""

    label: str
    first: dt.date
    last: dt.date

    def holds(self, day: dt.date) -> bool:
        return self.first <= day <= self.last


def year_starting(first_year: int, start_month: int = DEFAULT_YEAR_START) -> Year:
    first = dt.date(first_year, start_month, 1)
    if start_month == 1:
        return Year(str(first_year), first, dt.date(first_year, 12, 31))
    last = dt.date(first_year + 1, start_month, 1) - dt.timedelta(days=1)
    return Year(f"{first_year}/{(first_year + 1) % 100:02d}", first, last)


def year_of(day: dt.date, start_month: int = DEFAULT_YEAR_START) -> Year:
    """The municipal year a day falls in (30 April 2026 is in 2025/26, 1 May 2026 in 2026/27)."""
    return year_starting(day.year if day.month >= start_month else day.year - 1, start_month)


def parse_year(text: str, start_month: int = DEFAULT_YEAR_START) -> Year:
    """'2025/26', '2025-26', '2025/2026' or '2025' (the year that starts in 2025)."""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[/-]\s*(\d{2}|\d{4}))?\s*", text)
    if not m:
        raise InvalidInput(f"--year '{text}' is not a municipal year; write it as 2025/26")
    first = int(m[1])
    if m[2] is not None:
        second = int(m[2]) if len(m[2]) == 4 else (first + 1) // 100 * 100 + int(m[2])
        if second != first + 1:
            raise InvalidInput(f"--year '{text}' does not name one year; write it as {first}/{(first + 1) % 100:02d}")
    return year_starting(first, start_month)


# ------------------------------------------------------------------------------ counting


class Counts(NamedTuple):
    """One committee's figures for the year (or the total of several)."""

    committee: str
    made: int = 0  # records agreed in the year (recommendations and actions)
    referred: int = 0  # recommendations referred for a response
    on_time: int = 0  # ... answered (any outcome but 'noted') by the date the response was due
    accepted: int = 0  # the latest response's outcome, each counted apart
    in_part: int = 0
    in_principle: int = 0
    rejected: int = 0
    noted: int = 0
    implemented: int = 0  # delivered: implemented, or closed after it was implemented
    by_original: int = 0  # ... on or before the first target it was given
    outstanding: int = 0  # still to be referred, answered or delivered

    def plus(self, other: Counts) -> Counts:
        return Counts(self.committee, *(a + b for a, b in zip(self[1:], other[1:], strict=True)))


OUTCOME_FIELDS = {
    "accepted": "accepted",
    "accepted-in-part": "in_part",
    "accepted-in-principle": "in_principle",
    "rejected": "rejected",
    "noted": "noted",
}


def _responses(history: Sequence[HistoryEntry]) -> list[HistoryEntry]:
    return [h for h in history if h.outcome is not None]


def _answered_on_time(history: Sequence[HistoryEntry]) -> bool:
    """A substantive response (not 'noted') dated on or before the response date of the referral it answered."""
    due: dt.date | None = None
    for h in history:
        if h.moves_to == Status.REFERRED and h.response_due is not None:
            due = h.response_due
        elif h.outcome is not None and OUTCOME_NAMES.get(h.outcome, h.outcome) != "noted":
            return due is not None and h.date <= due
    return False


def _delivered(history: Sequence[HistoryEntry]) -> dt.date | None:
    """The day it was (last) implemented, if it stands delivered: implemented, or closed since."""
    day: dt.date | None = None
    for h in history:
        status = h.moves_to
        if status == Status.IMPLEMENTED:
            day = h.date
        elif status == Status.CLOSED and h.event == "imported":
            day = day or h.date  # a tracker's "closed": delivered as far as it says
        elif status is not None and status != Status.CLOSED:
            day = None  # reopened, withdrawn or superseded
    return day


def count(record: Record, committee: str) -> Counts:
    """One record's contribution (its history as it stood on the as-of date)."""
    history = record.history
    responses = _responses(history)
    outcome = OUTCOME_NAMES.get(responses[-1].outcome or "", responses[-1].outcome) if responses else None
    delivered = _delivered(history)
    first_target, _ = original_due(record)
    fields = {
        "made": 1,
        "referred": int(record.kind == Kind.RECOMMENDATION and any(h.moves_to == Status.REFERRED for h in history)),
        "on_time": int(_answered_on_time(history)),
        "implemented": int(delivered is not None),
        "by_original": int(delivered is not None and first_target is not None and delivered <= first_target),
        "outstanding": int(record.status in _OPEN_WORK),
    }
    if outcome in OUTCOME_FIELDS:
        fields[OUTCOME_FIELDS[outcome]] = 1
    return Counts(committee, **fields)


class YearStats(NamedTuple):
    year: Year
    as_of: dt.date
    rows: tuple[Counts, ...]  # one a committee, in scrutrack.toml's order
    total: Counts


def year_stats(records: Iterable[Record], year: Year, as_of: dt.date, committees: Sequence[str]) -> YearStats:
    """The year's figures for each committee named (every one listed, with zeros where nothing was made)."""
    by_committee = {c: Counts(c) for c in committees}
    for record in records:
        if record.committee not in by_committee or not year.holds(record.meeting):
            continue
        then = as_it_stood(record, as_of)
        if then is not None:
            by_committee[record.committee] = by_committee[record.committee].plus(count(then, record.committee))
    rows = tuple(by_committee.values())
    total = Counts("total")
    for row in rows:
        total = total.plus(row)
    return YearStats(year, as_of, rows, total)
