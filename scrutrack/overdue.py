"""What is overdue as of a date, and why: pure functions over records.

An item is late on the day *after* its date, never on the date itself; days count calendar days.
For a date before a record's last history entry, the record is taken as it stood then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import NamedTuple

from scrutrack.dates import add_period, months_before
from scrutrack.errors import InvalidInput
from scrutrack.model import TERMINAL, Kind, Record, Status, Summary, summarize

REASONS = ("not-referred", "response", "implementation", "review")
REASON_LABELS = {r: r.replace("-", " ") for r in REASONS}  # "not referred"
_IMPLEMENTING = frozenset({Status.ACCEPTED, Status.IN_PROGRESS})


class Reason(NamedTuple):  # tuples: thousands are made per report, and a tuple is made fastest
    reason: str
    due: dt.date
    days: int  # days overdue (positive) or days until the date (zero or more) for due-soon


class Item(NamedTuple):
    record: Summary
    status: str
    reasons: tuple[Reason, ...]
    days: int  # overdue: the most days late of its reasons; due soon: the fewest days to go
    flag: str = ""  # its target moved too often or too far ('moved 3 times'): see target_flag


class Report(NamedTuple):
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


def _referral_due(meeting: int, window: str) -> int:
    """When a recommendation of this meeting should be referred, as an ordinal (a meeting within the
    window of 9999-12-31 has no referral date in the calendar: never due)."""
    try:
        return add_period(dt.date.fromordinal(meeting), window).toordinal()
    except InvalidInput:
        return dt.date.max.toordinal() + 1


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


def target_flag(s: Summary, limits: tuple[int, str], day: int | None = None) -> str:
    """Why a record's target is flagged ('moved 3 times; 7 months 2 days past its first date'),
    or '' when it has moved no more than `limits` allow: (how many moves, how far past the first date).
    Counted from the history (to `day`, an ordinal, if given): each time the target changed."""
    first = due = None
    moves = 0
    for entry in s.timeline.split(";"):
        d, _, h_due, _, _ = entry.split(",")
        if day is not None and int(d) > day:
            break
        if not h_due:
            continue
        if first is None:
            first = due = int(h_due)
        elif int(h_due) != due:
            moves, due = moves + 1, int(h_due)
    if first is None or due is None:
        return ""
    max_moves, max_slip = limits
    out = []
    if moves > max_moves:
        out.append(f"moved {moves} times")
    start = dt.date.fromordinal(first)
    # (a target never moved later is not past its first date: no need to count the period)
    if due > first and due > add_period(start, max_slip).toordinal():
        out.append(f"{_months(start, dt.date.fromordinal(due))} past its first date")
    return "; ".join(out)


def _months(a: dt.date, b: dt.date) -> str:
    """How far b is after a: '6 months 16 days', '7 months', '20 days'."""
    n = (b.year - a.year) * 12 + b.month - a.month
    # n months after a (months_before, backwards): not add_period, whose periods stop at ten years
    while n > 0 and months_before(a, -n) > b:
        n -= 1
    days = (b - months_before(a, -n)).days
    parts = [f"{n} month{'s' if n != 1 else ''}"] if n else []
    if days or not parts:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    return " ".join(parts)


Limits = Callable[[str], tuple[int, str]]  # a committee -> (moves allowed, how far past the first date)


def report(
    records: Iterable[Record | Summary],
    as_of: dt.date,
    referral_window: Callable[[str], str],
    within: int | None = None,
    limits: Limits | None = None,
) -> Report:
    """Overdue (and, with `within`, due within that many days) open items as of a date.

    `referral_window(committee)` gives the committee's window, e.g. '28 days'. The reasons, as
    the domain README's table: a recommendation still agreed after the window (not-referred), a
    referral's response_due (response), the target of an accepted, in-progress or agreed action
    (implementation), and a review date (review). Written as one flat loop: it runs per record.
    With `limits` (scrutrack.toml's max_moves and max_slip per committee), an item whose target
    moved too often or too far says so (Item.flag).
    """
    overdue: list[Item] = []
    soon: list[Item] = []
    open_count = 0
    day = as_of.toordinal()
    horizon = min(day + (within or 0), dt.date.max.toordinal())  # dates after this cannot matter (none is after 9999)
    windows: dict[str, str] = {}
    referral_due: dict[tuple[int, str], int] = {}
    agreed, referred = Status.AGREED.value, Status.REFERRED.value
    recommendation = Kind.RECOMMENDATION.value
    for rec in records:
        s = rec if isinstance(rec, Summary) else summarize(rec)
        # The common case (as of today, on or after the last entry) reads the record's own fields.
        if s.last <= day:
            status = s.status
            if status in TERMINAL:
                continue
            due, response_due, review = s.due, s.response_due, s.review
        else:
            state = state_on(s, day)
            if state is None or state[0] in TERMINAL:
                continue
            status, due, response_due, review = state
        open_count += 1
        # At most one of the first three reasons applies, by status; then the review date.
        dates: list[tuple[str, int]] | None = None
        if status == agreed:
            if s.kind == recommendation:
                by = _referral_by(s, referral_window, windows, referral_due)
                if by <= horizon:
                    dates = [("not-referred", by)]
            elif due is not None and due <= horizon:  # an action
                dates = [("implementation", due)]
        elif status == referred:
            if response_due is not None and response_due <= horizon:
                dates = [("response", response_due)]
        elif status in _IMPLEMENTING and due is not None and due <= horizon:
            dates = [("implementation", due)]
        if review is not None and review <= horizon:
            dates = [*(dates or ()), ("review", review)]
        if dates is None:
            continue
        flag = target_flag(s, limits(s.committee), day) if limits is not None and due is not None else ""
        _place(s, status, flag, dates, day, overdue, soon if within is not None else None)
    # Most days late first, then by ID (in natural order): two stable sorts with C-level keys.
    by_id, by_days = attrgetter("record.committee", "record.meeting", "record.number"), attrgetter("days")
    overdue.sort(key=by_id)
    overdue.sort(key=by_days, reverse=True)
    soon.sort(key=by_id)
    soon.sort(key=by_days)
    return Report(as_of, open_count, tuple(overdue), tuple(soon), within)


def _referral_by(
    s: Summary, referral_window: Callable[[str], str], windows: dict[str, str], dues: dict[tuple[int, str], int]
) -> int:
    """The day by which an agreed recommendation should have been referred: its committee's window after the
    meeting, each window and day worked out once a report (`windows` and `dues` keep them)."""
    window = windows.get(s.committee)
    if window is None:
        window = windows[s.committee] = referral_window(s.committee)
    by = dues.get((s.meeting, window))
    if by is None:
        by = dues[(s.meeting, window)] = _referral_due(s.meeting, window)
    return by


def _place(
    s: Summary,
    status: str,
    flag: str,
    dates: list[tuple[str, int]],
    day: int,
    overdue: list[Item],
    soon: list[Item] | None,
) -> None:
    """The item of `s` with its reasons: in `overdue` if any of `dates` has passed, else in `soon` (when asked for)."""
    fromordinal = dt.date.fromordinal
    if len(dates) == 1:  # most items: one reason
        reason, d = dates[0]
        if d < day:
            overdue.append(Item(s, status, (Reason(reason, fromordinal(d), day - d),), day - d, flag))
        elif soon is not None:
            soon.append(Item(s, status, (Reason(reason, fromordinal(d), d - day),), d - day, flag))
        return
    late = tuple(Reason(reason, fromordinal(d), day - d) for reason, d in dates if d < day)
    if late:
        overdue.append(Item(s, status, late, max(r.days for r in late), flag))
    elif soon is not None:
        upcoming = tuple(Reason(reason, fromordinal(d), d - day) for reason, d in dates)
        soon.append(Item(s, status, upcoming, min(r.days for r in upcoming), flag))
