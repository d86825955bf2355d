"""The recommendations tracker a committee reads: what its agenda-pack report holds (pure functions).

Everything is as of one date: each record is taken as its history says it stood that day, and
"since" means from the start of the period up to and including that date. What is late comes
from overdue.report, so the report and `scrutrack overdue` always agree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from scrutrack.lifecycle import closure_proposal, impacts, original_due
from scrutrack.model import (
    DEFAULT_PROGRESS,
    DUE_GRANTED,
    DUE_REQUESTED,
    STATUSES,
    TERMINAL,
    HistoryEntry,
    Record,
    Response,
    Status,
    summarize,
)
from scrutrack.overdue import Limits, Report, report, state_on, target_flag
from scrutrack.store import DEFAULT_MAX_MOVES, DEFAULT_MAX_SLIP

DEFAULT_HORIZON = 60  # days ahead for "due before the next meeting" when no meeting date is given
OPEN_STATUSES = tuple(s for s in STATUSES if s not in TERMINAL)


@dataclass(frozen=True, slots=True)
class Period:
    """The report's dates: as of when, changes since when, and what falls due up to when."""

    as_of: dt.date
    since: dt.date
    horizon: dt.date  # the next meeting, or as_of + DEFAULT_HORIZON days
    next_meeting: bool  # whether `horizon` is a meeting date that was given

    @property
    def within(self) -> int:
        return (self.horizon - self.as_of).days


class Implemented(NamedTuple):
    record: Record
    on: dt.date  # the day it was marked implemented


class Extension(NamedTuple):
    """A target date moved during the period (the latest move, if it moved more than once)."""

    record: Record
    original: dt.date | None  # the first target ever set
    previous: dt.date | None  # the target before this move
    due: dt.date  # the new target
    moved: dt.date  # the day it moved
    moves: int  # how many times the target has moved in all
    reason: str


class Answer(NamedTuple):
    """A response received during the period, and whether it came within the response period."""

    record: Record
    response: Response
    due: dt.date | None  # when the response was due (None: no referral is recorded)

    @property
    def days_late(self) -> int | None:
        return None if self.due is None else max((self.response.date - self.due).days, 0)


class Live(NamedTuple):
    """An open recommendation in the appendix, with its latest update."""

    record: Record
    latest: HistoryEntry | None  # the latest history entry (by the report's date)


class Proposal(NamedTuple):
    """A record proposed for closure, for members to sign off: implemented, or its owner says achieved."""

    record: Record
    entry: HistoryEntry  # the `implemented` entry, or the owner's `update`


class Request(NamedTuple):
    """An owner's request for a new target, awaiting the committee's decision."""

    record: Record
    entry: HistoryEntry  # the `due-requested` entry
    original: dt.date | None  # the first target ever set
    moves: int  # how many times the target has moved so far
    flag: str  # whether granting it would take the target past scrutrack.toml's limits ('' if not)


class Slipping(NamedTuple):
    """An open record whose target moved more often, or further, than scrutrack.toml allows."""

    record: Record
    original: dt.date | None
    moves: int
    flag: str  # 'moved 3 times; 8 months past its first date, 2026-03-31'


class Assessed(NamedTuple):
    """A record's impact, assessed during the period (the latest assessment)."""

    record: Record
    entry: HistoryEntry


class MeetingCount(NamedTuple):
    committee: str
    meeting: dt.date
    by_status: dict[str, int]  # open statuses in lifecycle order, zeros included

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


class OwnerCount(NamedTuple):
    owner: str | None
    late: int
    on_time: int

    @property
    def total(self) -> int:
        return self.late + self.on_time


@dataclass(frozen=True)
class Tracker:
    period: Period
    committee: str | None
    open: tuple[Live, ...]  # every open recommendation, by committee, meeting, item and number
    overdue: Report  # late as of the date, and (due_soon) what falls due by the horizon
    implemented: tuple[Implemented, ...]  # implemented in the period and not yet closed
    awaiting: tuple[Implemented, ...]  # implemented before the period, still not closed
    extensions: tuple[Extension, ...]
    answers: tuple[Answer, ...]
    proposed: tuple[Proposal, ...]  # open records proposed for closure (by the report's date)
    requests: tuple[Request, ...]  # requests for a new target awaiting the committee's decision
    slipping: tuple[Slipping, ...]  # targets moved more often or further than allowed
    assessed: tuple[Assessed, ...]  # impacts assessed in the period (open or closed records)
    meetings: tuple[MeetingCount, ...]
    owners: tuple[OwnerCount, ...]

    def by_status(self) -> dict[str, int]:
        """Open recommendations per open status, in lifecycle order (zeros included)."""
        counts = Counter(live.record.status for live in self.open)
        return {s: counts.get(s, 0) for s in OPEN_STATUSES}

    def answers_on_time(self) -> tuple[int, int, int]:
        """Responses received in the period: within the response period, late, and with no
        referral recorded to count from."""
        on_time = sum(1 for a in self.answers if a.days_late == 0)
        late = sum(1 for a in self.answers if a.days_late)
        return on_time, late, len(self.answers) - on_time - late

    def headline(self) -> str:
        """'3 of 31 open recommendations are late; 2 responses are overdue.'"""
        n, late = len(self.open), len(self.overdue.overdue)
        if not n:
            return "There are no open recommendations."
        if late:
            first = f"{late} of {n} open recommendation{'s' if n != 1 else ''} {'is' if late == 1 else 'are'} late"
        else:
            first = (
                f"None of the {n} open recommendations is late" if n > 1 else "The one open recommendation is not late"
            )
        responses = self.overdue.counts()["response"]
        if responses:
            second = f"{responses} response{' is' if responses == 1 else 's are'} overdue"
        else:
            second = "no response is overdue"
        return f"{first}; {second}."


def period(as_of: dt.date, since: dt.date | None, next_meeting: dt.date | None, last_report: dt.date | None) -> Period:
    """The report's period: --since, else the day after the last recorded report, else 3 months back."""
    from scrutrack.dates import add_days, months_before
    from scrutrack.errors import InvalidInput

    if since is None:
        since = (
            add_days(last_report, 1, f"the last recorded report ({last_report})")
            if last_report
            else months_before(as_of, 3)
        )
        if since > as_of:
            raise InvalidInput(
                f"the last recorded report was on {last_report}, not before --as-of {as_of}; give --since YYYY-MM-DD"
            )
    elif since > as_of:
        raise InvalidInput(f"--since {since} is after --as-of {as_of}; give a start on or before it")
    if next_meeting is not None and next_meeting <= as_of:
        raise InvalidInput(f"--next-meeting {next_meeting} is not after --as-of {as_of}; give the next meeting's date")
    if next_meeting is None and as_of > dt.date.max - dt.timedelta(days=DEFAULT_HORIZON):
        raise InvalidInput(
            f"--as-of {as_of} is too near 9999-12-31, the last date there is: the report looks {DEFAULT_HORIZON} "
            "days ahead; give an earlier --as-of, or --next-meeting"
        )
    horizon = next_meeting or add_days(as_of, DEFAULT_HORIZON)
    return Period(as_of, since, horizon, next_meeting is not None)


def as_it_stood(record: Record, day: dt.date) -> Record | None:
    """The record as its history says it stood on `day`, or None if it did not exist yet.

    overdue.state_on's rule, so the report and `overdue` agree: on or after the last entry, the
    record's own fields; before it, the status, targets and review the entries up to that day set.
    """
    history = record.history
    if not history or history[0].date > day:
        return None if history else record
    if history[-1].date <= day:
        return record
    kept = tuple(h for h in history if h.date <= day)
    state = state_on(summarize(record), day.toordinal())
    assert state is not None  # it existed: its first entry is on or before the day
    status, due, response_due, review = state
    referred = next((h.date for h in reversed(kept) if h.moves_to == Status.REFERRED), None)
    response = record.response if record.response is not None and record.response.date <= day else None
    return record.with_changes(
        history=kept,
        status=status,
        due=_day(due),
        response_due=_day(response_due),
        review=_day(review),
        referred=referred,
        response=response,
        evidence=tuple(e for e in record.evidence if e.date <= day),
    )


def _day(ordinal: int | None) -> dt.date | None:
    return dt.date.fromordinal(ordinal) if ordinal is not None else None


def _latest_update(record: Record) -> HistoryEntry | None:
    """The latest thing that happened to it: the last history entry (as it stood on the report's date)."""
    return record.history[-1] if record.history else None


_DEFAULT_MEANING = dict(DEFAULT_PROGRESS).get


def _default_limits(committee: str) -> tuple[int, str]:
    return DEFAULT_MAX_MOVES, DEFAULT_MAX_SLIP


def _order(record: Record) -> tuple[str, dt.date, str, int]:
    return record.committee, record.meeting, (record.item or "").casefold(), int(record.id.rpartition("-")[2])


def _implemented_on(record: Record) -> dt.date:
    return next(h.date for h in reversed(record.history) if h.moves_to == Status.IMPLEMENTED)


def _extension(record: Record, since: dt.date) -> Extension | None:
    moves = [h for h in record.history if h.event in ("due-revised", DUE_GRANTED)]
    if not moves or moves[-1].date < since:
        return None
    last = moves[-1]
    if last.due is None:
        return None
    original, count = original_due(record)
    why = last.reason or last.decision or ""
    if last.event == DUE_GRANTED:
        asked = next((h for h in reversed(record.history) if h.event == DUE_REQUESTED and h.date <= last.date), None)
        at = f" at the meeting of {last.meeting}" if last.meeting else ""
        why = "; ".join(w for w in (asked.reason if asked else "", f"granted{at}", why) if w)
    return Extension(record, original, last.from_, last.due, last.date, count, why)


def _answer(record: Record) -> Answer | None:
    response = record.response
    if response is None:
        return None
    due = None
    for h in record.history:  # the referral in force when the response came
        if h.date > response.date:
            break
        if h.moves_to == Status.REFERRED and h.response_due is not None:
            due = h.response_due
    if due is None:  # an imported record: the tracker it came from may give the date
        due = record.response_due
    return Answer(record, response, due)


def build(
    records: Sequence[Record],
    as_of_period: Period,
    referral_window: Callable[[str], str],
    committee: str | None = None,
    meaning: Callable[[str], str | None] = _DEFAULT_MEANING,
    limits: Limits = _default_limits,
) -> Tracker:
    """The tracker of the chosen committee's records (every committee's when None) for the period.

    `meaning` gives a progress word's meaning (scrutrack.toml's [progress]: an owner's "achieved"
    proposes closure); `limits` a committee's max_moves and max_slip (targets moved too often)."""
    p = as_of_period
    chosen = [r for r in records if committee is None or r.committee == committee]
    # overdue.report passes over what was closed, withdrawn or superseded by the date; leaving out
    # those that plainly were (a quarter, say) saves summarising them.
    live = [r for r in chosen if r.status not in TERMINAL or (r.history and r.history[-1].date > p.as_of)]
    late_and_soon = report(live, p.as_of, referral_window, within=p.within, limits=limits)
    late_ids = {item.record.id for item in late_and_soon.overdue}
    stood = [s for r in chosen if (s := as_it_stood(r, p.as_of)) is not None]
    open_records = sorted((r for r in stood if r.status not in TERMINAL), key=_order)

    implemented: list[Implemented] = []
    awaiting: list[Implemented] = []
    extensions: list[Extension] = []
    meetings: dict[tuple[str, dt.date], Counter[str]] = {}
    owners: dict[str | None, list[int]] = {}
    proposed: list[Proposal] = []
    requests: list[Request] = []
    slipping: list[Slipping] = []
    for r in open_records:
        _decisions(r, meaning, limits, proposed, requests, slipping)
        if r.status == Status.IMPLEMENTED:
            on = _implemented_on(r)
            (implemented if on >= p.since else awaiting).append(Implemented(r, on))
        ext = _extension(r, p.since)
        if ext is not None:
            extensions.append(ext)
        meetings.setdefault((r.committee, r.meeting), Counter())[r.status] += 1
        tally = owners.setdefault(r.owner, [0, 0])
        tally[0 if r.id in late_ids else 1] += 1
    answers = [a for r in sorted(stood, key=_order) if (a := _answer(r)) is not None and a.response.date >= p.since]
    assessed = [
        Assessed(r, found[-1])
        for r in sorted(stood, key=_order)
        if (found := [h for h in impacts(r) if h.date >= p.since])
    ]
    answers.sort(key=lambda a: (a.response.date, _order(a.record)))
    implemented.sort(key=lambda i: (i.on, _order(i.record)))
    awaiting.sort(key=lambda i: (i.on, _order(i.record)))
    extensions.sort(key=lambda e: (e.moved, _order(e.record)))
    return Tracker(
        period=p,
        committee=committee,
        open=tuple(Live(r, _latest_update(r)) for r in open_records),
        overdue=late_and_soon,
        implemented=tuple(implemented),
        awaiting=tuple(awaiting),
        extensions=tuple(extensions),
        answers=tuple(answers),
        proposed=tuple(sorted(proposed, key=lambda x: (x.entry.date, _order(x.record)))),
        requests=tuple(sorted(requests, key=lambda x: (x.entry.date, _order(x.record)))),
        slipping=tuple(slipping),
        assessed=tuple(assessed),
        meetings=tuple(
            MeetingCount(c, m, {s: counts.get(s, 0) for s in OPEN_STATUSES})
            for (c, m), counts in sorted(meetings.items())
        ),
        owners=tuple(
            OwnerCount(owner, late, on_time)
            for owner, (late, on_time) in sorted(
                owners.items(), key=lambda kv: (kv[0] is None, (kv[0] or "").casefold())
            )
        ),
    )


def _decisions(
    r: Record,
    meaning: Callable[[str], str | None],
    limits: Limits,
    proposed: list[Proposal],
    requests: list[Request],
    slipping: list[Slipping],
) -> None:
    """What members decide about an open record: closure, a new target, a target that slipped."""
    proposal = closure_proposal(r, meaning)
    if proposal is not None:
        proposed.append(Proposal(r, proposal))
    allowed = limits(r.committee)
    original, moves = original_due(r)
    flag = target_flag(summarize(r), allowed) if r.due is not None else ""
    if flag:
        slipping.append(Slipping(r, original, moves, flag))
    if r.requested is not None:
        asked = next(h for h in reversed(r.history) if h.event == DUE_REQUESTED)
        granted = target_flag(summarize(r._replace(history=(*r.history, asked._replace(due=r.requested)))), allowed)
        requests.append(Request(r, asked, original, moves, granted))
