"""What is overdue as of a date, and why: pure functions over records.

An item is late on the day *after* its date, never on the date itself; days count calendar days.
For a date before a record's last history entry, the record is taken as it stood then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from scrutrack.dates import add_period
from scrutrack.lifecycle import state_on
from scrutrack.model import TERMINAL, Kind, Record, Status

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
    record: Record
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


def dates_due(
    record: Record, status: str, due: dt.date | None, response_due: dt.date | None,
    review: dt.date | None, referral_window: str,
) -> list[tuple[str, dt.date]]:  # fmt: skip
    """Each reason that applies to the record in this state, with the date it falls due."""
    out: list[tuple[str, dt.date]] = []
    if status in TERMINAL:
        return out
    if status == Status.AGREED and record.kind == Kind.RECOMMENDATION:
        out.append(("not-referred", add_period(record.meeting, referral_window)))
    if status == Status.REFERRED and response_due is not None:
        out.append(("response", response_due))
    if due is not None and (status in _IMPLEMENTING or (status == Status.AGREED and record.kind == Kind.ACTION)):
        out.append(("implementation", due))
    if review is not None:
        out.append(("review", review))
    return out


def report(
    records: Iterable[Record], as_of: dt.date, referral_window: Callable[[str], str],
    within: int | None = None,
) -> Report:  # fmt: skip
    """Overdue (and, with `within`, due within that many days) open items as of a date.

    `referral_window(committee)` gives the committee's window, e.g. '28 days'.
    """
    overdue: list[Item] = []
    soon: list[Item] = []
    open_count = 0
    windows: dict[str, str] = {}
    for record in records:
        state = state_on(record, as_of)
        if state is None or state.status in TERMINAL:
            continue
        open_count += 1
        window = windows.get(record.committee)
        if window is None:
            window = windows[record.committee] = referral_window(record.committee)
        late: list[Reason] = []
        upcoming: list[Reason] = []
        for reason, due in dates_due(record, state.status, state.due, state.response_due, state.review, window):
            days = (as_of - due).days
            if days > 0:
                late.append(Reason(reason, due, days))
            elif within is not None and -days <= within:
                upcoming.append(Reason(reason, due, -days))
        if late:
            overdue.append(Item(record, state.status, tuple(late)))
        elif upcoming:
            soon.append(Item(record, state.status, tuple(upcoming)))
    overdue.sort(key=lambda i: (-i.days, i.record.id))
    soon.sort(key=lambda i: (min(r.days for r in i.reasons), i.record.id))
    return Report(as_of, open_count, tuple(overdue), tuple(soon), within)
