"""What is overdue as of a date, and why: pure functions over records.

An item is late on the day *after* its date, never on the date itself; days count calendar days.
For a date before a record's last history entry, the record is taken as it stood then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from scrutrack.dates import add_period
from scrutrack.model import TERMINAL, Kind, Record, Status, Summary, summarize

REASONS = ("not-referred", "response", "implementation", "review")
REASON_LABELS = {
    "not-referred": "not referred",
    "response": "response",
    "implementation": "implementation",
    "review": "review",
}
_IMPLEMENTING = frozenset({Status.ACCEPTED, Status.IN_PROGRESS})


@dataclass(frozen=True, slots=True)
class Reason:
    reason: str
    due: dt.date
    days: int  # days overdue (positive) or days until the date (zero or more) for due-soon


@dataclass(frozen=True, slots=True)
class Item:
    record: Summary
    status: str
    reasons: tuple[Reason, ...]

    @property
    def days(self) -> int:
        return max(r.days for r in self.reasons)


@dataclass(frozen=True, slots=True)
class Report:
    as_of: dt.date
    open_count: int
    overdue: tuple[Item, ...]
    due_soon: tuple[Item, ...]
    within: int | None = None

    def counts(self) -> dict[str, int]:
        """How many overdue items each reason applies to, in the order of REASONS."""
        out = dict.fromkeys(REASONS, 0)
        for item in self.overdue:
            for r in item.reasons:
                out[r.reason] += 1
        return out


State = tuple[str, int | None, int | None, int | None]  # status, due, response_due, review


def state_on(s: Summary, day: int) -> State | None:
    """The record as it stood on `day` (an ordinal), or None if it did not exist yet.

    On or after the last history entry the record's own fields are the answer.
    """
    if s.first > day:
        return None
    if s.last <= day:
        return s.status, s.due, s.response_due, s.review
    status: str = Status.AGREED.value
    due = response_due = review = None
    for entry in s.timeline.split(";"):
        d, moved, h_due, h_rdue, h_review = entry.split(",")
        if int(d) > day:
            break
        if moved:
            status = moved
        if h_due:
            due = int(h_due)
        if h_rdue:
            response_due = int(h_rdue)
        if h_review:
            review = int(h_review)
    return status, due, response_due, review


def dates_due(s: Summary, state: State, referral_due: int) -> list[tuple[str, int]]:
    """Each reason that applies to the record in this state, with the day (ordinal) it falls due.

    `referral_due` is the day a recommendation agreed at this meeting should have been referred by.
    """
    status, due, response_due, review = state
    out: list[tuple[str, int]] = []
    if status in TERMINAL:
        return out
    if status == Status.AGREED and s.kind == Kind.RECOMMENDATION:
        out.append(("not-referred", referral_due))
    if status == Status.REFERRED and response_due is not None:
        out.append(("response", response_due))
    if due is not None and (status in _IMPLEMENTING or (status == Status.AGREED and s.kind == Kind.ACTION)):
        out.append(("implementation", due))
    if review is not None:
        out.append(("review", review))
    return out


def report(
    records: Iterable[Record | Summary], as_of: dt.date, referral_window: Callable[[str], str],
    within: int | None = None,
) -> Report:  # fmt: skip
    """Overdue (and, with `within`, due within that many days) open items as of a date.

    `referral_window(committee)` gives the committee's window, e.g. '28 days'.
    """
    overdue: list[Item] = []
    soon: list[Item] = []
    open_count = 0
    day = as_of.toordinal()
    windows: dict[str, str] = {}
    referral_due: dict[tuple[int, str], int] = {}
    fromordinal = dt.date.fromordinal
    agreed, recommendation = Status.AGREED.value, Kind.RECOMMENDATION.value
    for rec in records:
        s = rec if isinstance(rec, Summary) else summarize(rec)
        # The common case (as of today, on or after the last entry) reads the record's own fields.
        state = (s.status, s.due, s.response_due, s.review) if s.last <= day else state_on(s, day)
        if state is None or state[0] in TERMINAL:
            continue
        open_count += 1
        by = 0
        if state[0] == agreed and s.kind == recommendation:
            window = windows.get(s.committee)
            if window is None:
                window = windows[s.committee] = referral_window(s.committee)
            by = referral_due.get((s.meeting, window), 0)
            if not by:
                by = referral_due[(s.meeting, window)] = add_period(fromordinal(s.meeting), window).toordinal()
        late: list[Reason] | None = None
        upcoming: list[Reason] | None = None
        for reason, due in dates_due(s, state, by):
            days = day - due
            if days > 0:
                (late := late or []).append(Reason(reason, fromordinal(due), days))
            elif within is not None and -days <= within:
                (upcoming := upcoming or []).append(Reason(reason, fromordinal(due), -days))
        if late:
            overdue.append(Item(s, state[0], tuple(late)))
        elif upcoming:
            soon.append(Item(s, state[0], tuple(upcoming)))
    overdue.sort(key=lambda i: (-i.days, i.record.id))
    soon.sort(key=lambda i: (min(r.days for r in i.reasons), i.record.id))
    return Report(as_of, open_count, tuple(overdue), tuple(soon), within)
