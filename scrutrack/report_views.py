"""The report's sections as views: a column list per table, built from the tracker into a Pack.

Each table is a formats.View with formats.Column lists, as `list` and `overdue` are; the overdue
tables are the `overdue` command's own columns (views.OVERDUE_COLUMNS, SOON_COLUMNS) over the
same overdue.report items, with dates written as British English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from operator import attrgetter, itemgetter
from typing import NamedTuple

from scrutrack.dates import long_date
from scrutrack.formats import Column, Section, View
from scrutrack.model import Evidence, HistoryEntry, Record, Status, clean, one_line, outcome_name
from scrutrack.overdue import REASON_LABELS, Item
from scrutrack.pack import Chart, Link, Pack, Part
from scrutrack.stats import YearStats
from scrutrack.tracker import OPEN_STATUSES, Answer, Live, MeetingCount, Proposal, Request, Tracker
from scrutrack.views import OVERDUE_COLUMNS, SOON_COLUMNS, nothing_late, stats_view

NO_OWNER = "No owner recorded"
CHART_BARS = 40  # more bars than this are unreadable: a chart draws the latest (or largest); its table has all
NO_ITEM = "No agenda item recorded"

_LONG: dict[int, str] = {}


def day(value: dt.date | None) -> str:
    """A date as the report writes it, 30 April 2019 (memoised: many rows share few dates)."""
    if value is None:
        return ""
    ordinal = value.toordinal()
    text = _LONG.get(ordinal)
    if text is None:
        text = _LONG[ordinal] = long_date(value)
    return text


def _ordinal_day(ordinal: int | None) -> str:
    return day(dt.date.fromordinal(ordinal)) if ordinal is not None else ""


def status_label(status: str) -> str:
    """in-progress -> In progress."""
    return status.replace("-", " ").capitalize()


def recorded_status(record: Record) -> str:
    """The status as the report writes it, an accepted record's outcome as recorded: 'Accepted in principle'."""
    r = record.response
    if record.status == Status.ACCEPTED and r is not None and outcome_name(r.outcome) != "accepted":
        return outcome_label(r.outcome)
    return status_label(record.status)


def paragraphs(text: str | None) -> str:
    """Long text as paragraphs, one a line (a line break inside a paragraph is a space)."""
    if not text:
        return ""
    parts = (one_line(p) for p in clean(text).replace("\r\n", "\n").split("\n\n"))
    return "\n".join(p for p in parts if p)


def outcome_label(outcome: str) -> str:
    """accepted-in-principle -> Accepted in principle (partially-accepted reads as Accepted in part)."""
    return status_label(outcome_name(outcome))


def _said(h: HistoryEntry) -> str:
    """What the entry's own words add: its reason, its note, its text."""
    words = h.reason or h.text or h.note or ""
    return f": {one_line(words)}" if words else ""


def _signed(h: HistoryEntry) -> str:
    at = f" at the meeting of {day(h.meeting)}" if h.meeting else ""
    return at + (f", minute {one_line(h.minute)}" if h.minute else "")


# Each event in words, for the report's "Latest update": the entry and its record -> a sentence.
IN_WORDS: dict[str, Callable[[HistoryEntry, Record], str]] = {
    "agreed": lambda h, r: "Agreed at the meeting" + _said(h),
    "referred": lambda h, r: (
        f"Referred{' to ' + one_line(r.addressed_to) if r.addressed_to else ''}; "
        f"response due {day(h.response_due)}" + _said(h)
    ),
    "accepted": lambda h, r: f"Response: {outcome_label(h.outcome or 'accepted')}" + _response(h, r),
    "rejected": lambda h, r: "Response: Rejected" + _response(h, r),
    "response-noted": lambda h, r: "Response: Noted only (no substantive answer)" + _response(h, r),
    "in-progress": lambda h, r: ("Reopened" if h.note else "Work started") + _said(h),
    "implemented": lambda h, r: "Implemented; proposed for closure" + _said(h),
    "closed": lambda h, r: ("Signed off" + _signed(h) if h.minute else "Closed") + _said(h),
    "withdrawn": lambda h, r: "Withdrawn" + _said(h),
    "superseded": lambda h, r: f"Superseded by {h.superseded_by}" + _said(h),
    "due-revised": lambda h, r: f"Target moved to {day(h.due)}" + _said(h),
    "due-requested": lambda h, r: (
        f"New target of {day(h.requested)} requested" + (f" by {one_line(h.by)}" if h.by else "") + _said(h)
    ),
    "due-granted": lambda h, r: f"New target of {day(h.due)} granted" + _signed(h) + _said(h),
    "due-refused": lambda h, r: "Request for a new target refused" + _signed(h) + _said(h),
    "review-set": lambda h, r: f"Review set for {day(h.review)}" + _said(h),
    "evidence-added": lambda h, r: "Evidence added" + _said(h),
    "owner-changed": lambda h, r: f"Now owned by {one_line(h.owner)}" + (f": {one_line(h.note)}" if h.note else ""),
    "edited": lambda h, r: "Corrected by hand (" + ", ".join(f.replace("_", " ") for f in h.fields) + ")",
    "note": lambda h, r: one_line(h.note),
    "update": lambda h, r: f"Owner's update ({one_line(h.progress)})" + _said(h),
    "impact": lambda h, r: f"Impact assessed: {h.rating}" + _said(h),
    "renumbered": lambda h, r: f"Renumbered from {h.from_id}",
    "imported": lambda h, r: f"Imported as {h.status}" + (f" from {one_line(h.source)}" if h.source else "") + _said(h),
}


def _response(h: HistoryEntry, r: Record) -> str:
    text = r.response.text if r.response is not None and r.response.date == h.date else ""
    return f": {one_line(text)}" if text else _said(h)


def in_words(h: HistoryEntry | None, r: Record) -> str:
    """The latest thing that happened, in words: '12 March 2019: Target moved to 30 June 2019: awaiting the new system'."""
    if h is None:
        return ""
    say = IN_WORDS.get(h.event)
    return f"{day(h.date)}: {say(h, r) if say else h.event}"


def _target(row: Live) -> str:
    """The delivery target; while a referral awaits its answer, the response's due date."""
    r = row.record
    if r.due is None and r.status == "referred" and r.response_due is not None:
        return f"{day(r.response_due)}\n(response)"
    return day(r.due)


def _evidence_text(evidence: Sequence[Evidence]) -> str:
    return "\n".join(f"{one_line(e.title)} ({one_line(e.link)})" for e in evidence)


def _evidence_links(evidence: Sequence[Evidence]) -> list[Link]:
    return [Link(one_line(e.title), e.link) for e in evidence]


# ---------------------------------------------------------------------------- columns


def _record_columns() -> dict[str, Column]:
    """Columns of a row whose `record` is a whole Record (as it stood on the report's date)."""
    rid, item, text = attrgetter("record.id"), attrgetter("record.item"), attrgetter("record.text")
    to, owner, status, due = (
        attrgetter("record.addressed_to"),
        attrgetter("record.owner"),
        attrgetter("record.status"),
        attrgetter("record.due"),
    )
    return {
        "id": Column("ID", "id", rid),
        "item": Column("Item", "item", lambda r: one_line(item(r)), item, min_width=20, wrap=True),
        "text": Column("Recommendation", "text", lambda r: one_line(text(r)), text, min_width=20, wrap=True),
        "addressed_to": Column("Addressed to", "addressed_to", lambda r: one_line(to(r)), to, min_width=12, wrap=True),
        "owner": Column("Owner", "owner", lambda r: one_line(owner(r)), owner, min_width=12, wrap=True),
        "status": Column("Status", "status", lambda r: recorded_status(r.record), status),
        "due": Column("Due", "due", lambda r: day(due(r)), due),
        "target": Column("Due", "due", _target, due),
    }


_R = _record_columns()

IMPLEMENTED_COLUMNS: tuple[Column, ...] = (
    _R["id"],
    _R["text"],
    _R["owner"],
    Column("Implemented", "implemented", lambda i: day(i.on), attrgetter("on")),
    Column(
        "Evidence",
        "evidence",
        lambda i: _evidence_text(i.record.evidence),
        lambda i: [{"title": e.title, "link": e.link} for e in i.record.evidence],
        min_width=20,
        wrap=True,
        links=lambda i: _evidence_links(i.record.evidence),
    ),
)

EXTENSION_COLUMNS: tuple[Column, ...] = (
    _R["id"],
    _R["text"],
    _R["owner"],
    Column("Original date", "original", lambda e: day(e.original), attrgetter("original")),
    Column("New date", "due", lambda e: day(e.due), attrgetter("due")),
    Column("Times moved", "moves", lambda e: str(e.moves), attrgetter("moves"), right=True),
    Column(
        "Reason", "reason", lambda e: f"{one_line(e.reason)} (moved on {day(e.moved)})", attrgetter("reason"), wrap=True
    ),
)


def _proposed(p: Proposal) -> str:
    h = p.entry
    if h.event == "update":
        said = f": {paragraphs(h.text)}" if h.text else ""
        return f"{day(h.date)}: {one_line(h.by) or 'the owner'} says {one_line(h.progress)}{said}"
    return f"{day(h.date)}: implemented"


PROPOSED_COLUMNS: tuple[Column, ...] = (
    _R["id"],
    _R["text"],
    _R["owner"],
    Column("Proposed", "proposed", _proposed, lambda p: p.entry.date, min_width=16, wrap=True),
    Column(
        "Evidence",
        "evidence",
        lambda p: _evidence_text(p.record.evidence),
        lambda p: [{"title": e.title, "link": e.link} for e in p.record.evidence],
        min_width=20,
        wrap=True,
        links=lambda p: _evidence_links(p.record.evidence),
    ),
)


def _asked(q: Request) -> str:
    h = q.entry
    by = f" by {one_line(h.by)}" if h.by else ""
    return f"{one_line(h.reason)} (asked{by} on {day(h.date)})"


REQUEST_COLUMNS: tuple[Column, ...] = (
    _R["id"],
    _R["text"],
    _R["owner"],
    Column("Original date", "original", lambda q: day(q.original), attrgetter("original")),
    Column("Current date", "due", lambda q: day(q.record.due), attrgetter("record.due")),
    Column("Requested", "requested", lambda q: day(q.record.requested), attrgetter("record.requested")),
    Column("Times moved", "moves", lambda q: str(q.moves), attrgetter("moves"), right=True),
    Column("Reason", "reason", _asked, attrgetter("entry.reason"), min_width=20, wrap=True),
    Column(
        "If granted",
        "if_granted",
        lambda q: f"Target {q.flag}" if q.flag else "Within the limits",
        lambda q: q.flag or None,
        wrap=True,
    ),
)

SLIPPING_COLUMNS: tuple[Column, ...] = (
    _R["id"],
    _R["text"],
    _R["owner"],
    Column("Original date", "original", lambda x: day(x.original), attrgetter("original")),
    Column("Current date", "due", lambda x: day(x.record.due), attrgetter("record.due")),
    Column("Times moved", "moves", lambda x: str(x.moves), attrgetter("moves"), right=True),
    Column("Flagged", "flag", lambda x: f"Target {x.flag}", attrgetter("flag"), min_width=20, wrap=True),
)

IMPACT_COLUMNS: tuple[Column, ...] = (
    _R["id"],
    _R["text"],
    Column("Rating", "rating", lambda a: status_label(a.entry.rating or ""), attrgetter("entry.rating")),
    Column(
        "What changed", "impact", lambda a: paragraphs(a.entry.text), attrgetter("entry.text"), min_width=20, wrap=True
    ),
    Column(
        "Evidence",
        "evidence",
        lambda a: one_line(a.entry.url),
        attrgetter("entry.url"),
        wrap=True,
        links=lambda a: [Link("Evidence", a.entry.url)] if a.entry.url else [],
    ),
    Column("Assessed", "assessed", lambda a: day(a.entry.date), attrgetter("entry.date")),
)


def _within(answer: Answer) -> str:
    late = answer.days_late
    if late is None:
        return "No referral recorded"
    if late == 0:
        return f"Yes (due {day(answer.due)})"
    return f"No: {late} day{'s' if late != 1 else ''} late (due {day(answer.due)})"


RESPONSE_COLUMNS: tuple[Column, ...] = (
    _R["id"],
    _R["addressed_to"],
    Column("Received", "received", lambda a: day(a.response.date), attrgetter("response.date")),
    Column("Within the response period", "within", _within, attrgetter("days_late"), wrap=True),
    Column("Outcome", "outcome", lambda a: outcome_label(a.response.outcome), attrgetter("response.outcome")),
    Column("Response", "response", lambda a: paragraphs(a.response.text), attrgetter("response.text"), wrap=True),
)

APPENDIX_COLUMNS: tuple[Column, ...] = (
    _R["id"],
    _R["text"],
    _R["addressed_to"],
    _R["owner"],
    _R["status"],
    _R["target"],
    Column("Latest update", "latest", lambda live: in_words(live.latest, live.record), min_width=20, wrap=True),
)


def _british(columns: Sequence[Column], keep: Sequence[str]) -> tuple[Column, ...]:
    """The `overdue` command's columns named in `keep`, in that order, with dates written out."""
    by_key = {c.key: c for c in columns}
    worst_due = by_key["due"].cell
    dated = {
        "meeting": lambda i: _ordinal_day(i.record.meeting),
        "due": lambda i: day(dt.date.fromisoformat(worst_due(i))),
    }
    named = {"text": "Recommendation"}
    out = []
    for k in keep:
        column = by_key[k]._replace(cell=dated[k]) if k in dated else by_key[k]
        out.append(column._replace(header=named[k]) if k in named else column)
    return tuple(out)


LATE_COLUMNS = _british(OVERDUE_COLUMNS, ("id", "item", "reasons", "due", "days_overdue", "text"))
DUE_SOON_COLUMNS = _british(SOON_COLUMNS, ("id", "item", "owner", "reasons", "due", "days_until", "text"))

COUNT_COLUMNS: tuple[Column, ...] = (
    Column("", "label", itemgetter(0)),
    Column("Number", "number", lambda row: str(row[1]), itemgetter(1), right=True),
)


def _counts(key: str, label: str, rows: Sequence[tuple[str, int]], title: str, footer: str | None = None) -> View:
    columns = (COUNT_COLUMNS[0]._replace(header=label), COUNT_COLUMNS[1])
    return View((Section(key, key, columns, rows, title=title, footer=footer),))


# ---------------------------------------------------------------------------- the pack


def _count_cell(status: str) -> Callable[[MeetingCount], str]:
    return lambda m: str(m.by_status[status])


def _count_data(status: str) -> Callable[[MeetingCount], int]:
    return lambda m: m.by_status[status]


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


class _Builder:
    """Turns a Tracker into the report's parts; `name(slug)` gives a committee's full name."""

    def __init__(self, tracker: Tracker, name: Callable[[str], str], response_period: str | None) -> None:
        self.t = tracker
        self.name = name
        self.response_period = response_period
        p = tracker.period
        self.span = f"{day(p.since)} to {day(p.as_of)}"
        self.several = tracker.committee is None and len({live.record.committee for live in tracker.open}) > 1

    def summary(self) -> Part:
        t, p = self.t, self.t.period
        statuses = [(status_label(s), n) for s, n in t.by_status().items()]
        counts = t.overdue.counts()
        reasons = [(REASON_LABELS[r].capitalize(), n) for r, n in counts.items()]
        on_time, late, unknown = t.answers_on_time()
        period = f" ({self.response_period})" if self.response_period else ""
        answers = [(f"Within the response period{period}", on_time), ("Late", late)]
        if unknown:
            answers.append(("No referral recorded", unknown))
        two = sum(1 for item in t.overdue.overdue if len(item.reasons) > 1)
        return Part(
            "summary",
            "Summary",
            (
                t.headline(),
                f"This report covers what changed from {self.span} and where every open recommendation "
                f"stood on {day(p.as_of)}.",
                _counts(
                    "by_status",
                    "Status",
                    statuses,
                    "Open recommendations by status",
                    f"{_plural(len(t.open), 'open recommendation')} in all.",
                ),
                _counts(
                    "late_by_reason",
                    "Reason",
                    reasons,
                    f"Late on {day(p.as_of)}, by reason",
                    f"{_plural(len(t.overdue.overdue), 'recommendation')} late in all"
                    + (f"; {_plural(two, 'is', 'are')} late for two reasons and counted under each." if two else "."),
                ),
                _counts(
                    "responses",
                    "Responses",
                    answers,
                    f"Responses received from {self.span}",
                    f"{_plural(len(t.answers), 'response')} received in all.",
                ),
            ),
        )

    def closure(self) -> Part:
        t = self.t
        return Part(
            "closure",
            "Proposed for closure (for decision)",
            (
                "Members are asked to sign off the recommendations below as closed (scrutrack signoff, with the "
                "meeting and the minute), or to say what more they need to see. Each is implemented, or its owner "
                "says it has been achieved; the evidence is linked.",
                View(
                    (
                        Section(
                            "proposed",
                            "proposed for closure",
                            PROPOSED_COLUMNS,
                            t.proposed,
                            empty=f"Nothing is proposed for closure on {day(t.period.as_of)}.",
                        ),
                    )
                ),
            ),
        )

    def extensions(self) -> Part:
        t = self.t
        return Part(
            "extensions",
            "Extension requests (for decision)",
            (
                "Members are asked to grant or refuse each request for a new target date (scrutrack due ID --grant "
                "or --refuse, with the meeting and the minute). The original date stays on the record either way.",
                View(
                    (
                        Section(
                            "requests",
                            "extension requests",
                            REQUEST_COLUMNS,
                            t.requests,
                            title="Requests awaiting a decision",
                            empty="No request for a new target date awaits a decision.",
                        ),
                    )
                ),
                View(
                    (
                        Section(
                            "slipping",
                            "moved too often",
                            SLIPPING_COLUMNS,
                            t.slipping,
                            title="Target dates moved more often, or further, than the committee allows",
                            empty="No open recommendation's target has moved more often or further than allowed.",
                        ),
                    )
                ),
                View(
                    (
                        Section(
                            "extensions",
                            "extensions",
                            EXTENSION_COLUMNS,
                            t.extensions,
                            title=f"Target dates moved from {self.span}",
                            empty=f"No target date was moved from {self.span}.",
                        ),
                    )
                ),
            ),
        )

    def impact(self) -> Part:
        t = self.t
        return Part(
            "impact",
            "Impact",
            (
                f"What changed because of the committee's recommendations, as assessed from {self.span} "
                "(the latest assessment of each).",
                View(
                    (
                        Section(
                            "impact",
                            "impact",
                            IMPACT_COLUMNS,
                            t.assessed,
                            empty=f"No impact was assessed from {self.span}.",
                        ),
                    )
                ),
            ),
        )

    def overdue(self) -> Part:
        rep = self.t.overdue
        groups: dict[str | None, list[Item]] = {}
        for item in rep.overdue:
            groups.setdefault(item.record.owner, []).append(item)
        order = sorted(groups, key=lambda o: (o is None, one_line(o).casefold()))
        sections = tuple(
            Section(
                "overdue",
                "overdue",
                LATE_COLUMNS,
                groups[owner],
                title=f"{one_line(owner) if owner else NO_OWNER}: {len(groups[owner])} late",
            )
            for owner in order
        )
        if not sections:
            sections = (Section("overdue", "overdue", LATE_COLUMNS, (), empty=nothing_late(rep)),)
        return Part(
            "overdue",
            "Overdue",
            (
                f"Late on {day(rep.as_of)}, by the officer responsible, most days late first. "
                "An item is late the day after its date: not referred within the referral window after its "
                "meeting, no response by the date it was due, not delivered by its target, or a review date passed.",
                View(sections, {"as_of": rep.as_of.isoformat()}),
            ),
        )

    def due_soon(self) -> Part:
        p, rep = self.t.period, self.t.overdue
        until = f"the next meeting on {day(p.horizon)}" if p.next_meeting else f"{day(p.horizon)} (the next 60 days)"
        return Part(
            "due-soon",
            "Due before the next meeting" if p.next_meeting else "Due in the next 60 days",
            (
                f"Not late yet, but due from {day(p.as_of)} to {until}, soonest first.",
                View(
                    (
                        Section(
                            "due_soon",
                            "due soon",
                            DUE_SOON_COLUMNS,
                            rep.due_soon,
                            empty=f"Nothing else falls due by {day(p.horizon)}.",
                        ),
                    )
                ),
            ),
        )

    def responses(self) -> Part:
        t = self.t
        rule = (
            f"The response period is {self.response_period} from referral."
            if self.response_period
            else "Each committee's response period runs from referral."
        )
        return Part(
            "responses",
            "Responses received",
            (
                f"Responses received from {self.span}, oldest first. {rule}",
                View(
                    (
                        Section(
                            "responses",
                            "responses",
                            RESPONSE_COLUMNS,
                            t.answers,
                            empty=f"No response was received from {self.span}.",
                        ),
                    )
                ),
            ),
        )

    def appendix(self) -> Part:
        groups: dict[tuple[str, dt.date, str], list[Live]] = {}
        for live in self.t.open:  # already in committee, meeting, item order
            r = live.record
            groups.setdefault((r.committee, r.meeting, one_line(r.item) or NO_ITEM), []).append(live)
        sections = tuple(
            Section(
                "tracker",
                "tracker",
                APPENDIX_COLUMNS,
                rows,
                title=(f"{self.name(committee)}, " if self.several else "") + f"{day(meeting)}: {item}",
            )
            for (committee, meeting, item), rows in groups.items()
        )
        if not sections:
            sections = (
                Section("tracker", "tracker", APPENDIX_COLUMNS, (), empty="There are no open recommendations."),
            )
        return Part(
            "appendix",
            "Appendix: the live tracker",
            (
                f"Every open recommendation as it stood on {day(self.t.period.as_of)}, by meeting and agenda item, "
                "with its latest update.",
                View(sections),
            ),
        )

    def charts(self) -> Part:
        t = self.t
        used = [s for s in OPEN_STATUSES if any(m.by_status[s] for m in t.meetings)]
        several = self.several

        def meeting_label(m: MeetingCount) -> str:
            return f"{day(m.meeting)} ({m.committee})" if several else day(m.meeting)

        per_meeting = tuple(Column(status_label(s), s, _count_cell(s), _count_data(s), right=True) for s in used)
        meeting_columns = (
            Column("Meeting", "meeting", meeting_label, lambda m: m.meeting.isoformat()),
            *per_meeting,
            Column("Total", "total", lambda m: str(m.total), attrgetter("total"), right=True),
        )
        drawn = t.meetings[-CHART_BARS:]
        some = f"the latest {len(drawn)} of {len(t.meetings)} meetings" if len(drawn) < len(t.meetings) else None
        meetings = Chart(
            "by-meeting",
            "Open recommendations per meeting, by status",
            f"One bar per meeting ({some or f'{len(t.meetings)} in all'}), its open recommendations stacked by "
            f"status; {_plural(len(t.open), 'open recommendation')} in all. The table gives the numbers"
            + (" for every meeting." if some else "."),
            tuple(meeting_label(m) for m in drawn),
            tuple(status_label(s) for s in used),
            tuple(tuple(m.by_status[s] for s in used) for m in drawn),
            View((Section("by_meeting", "by meeting", meeting_columns, t.meetings),)),
        )
        owner_columns = (
            Column("Owner", "owner", lambda o: one_line(o.owner) or NO_OWNER, attrgetter("owner")),
            Column("Late", "late", lambda o: str(o.late), attrgetter("late"), right=True),
            Column("On time", "on_time", lambda o: str(o.on_time), attrgetter("on_time"), right=True),
            Column("Total", "total", lambda o: str(o.total), attrgetter("total"), right=True),
        )
        most = set(sorted(range(len(t.owners)), key=lambda i: -t.owners[i].total)[:CHART_BARS])
        shown = [o for i, o in enumerate(t.owners) if i in most]
        some = f"the {len(shown)} with most of {len(t.owners)} owners" if len(shown) < len(t.owners) else None
        owners = Chart(
            "by-owner",
            "Late and on time, by owner",
            f"One bar per owner ({some or f'{len(t.owners)} in all'}), its open recommendations split into late "
            f"and on time on {day(t.period.as_of)}. The table gives the numbers"
            + (" for every owner." if some else "."),
            tuple(one_line(o.owner) or NO_OWNER for o in shown),
            ("Late", "On time"),
            tuple((o.late, o.on_time) for o in shown),
            View((Section("by_owner", "by owner", owner_columns, t.owners),)),
        )
        return Part(
            "charts",
            "Charts",
            ("The open recommendations at a glance, as of " + day(t.period.as_of) + ".", meetings, owners),
        )


class RoundRow(NamedTuple):
    """A record sent in the update round, and the owner's update in it (None: no update received)."""

    record: Record
    update: HistoryEntry | None


UPDATE_COLUMNS: tuple[Column, ...] = (
    _R["id"],
    _R["text"],
    _R["owner"],
    Column("Progress", "progress", lambda u: one_line(u.update.progress), attrgetter("update.progress")),
    Column(
        "Update (the owner's words)",
        "update",
        lambda u: paragraphs(u.update.text),
        attrgetter("update.text"),
        wrap=True,
    ),
    Column("Received", "received", lambda u: day(u.update.date), attrgetter("update.date")),
)
NO_UPDATE_COLUMNS: tuple[Column, ...] = (_R["id"], _R["text"], _R["owner"], _R["status"], _R["due"])


def round_part(name: str, due: dt.date, rows: Sequence[RoundRow]) -> Part:
    """The update round's part: updates received this round, and no update received (what owners
    propose for closure is in the report's own part for it, with what is implemented)."""
    got = [r for r in rows if r.update is not None]
    missing = [r for r in rows if r.update is None]
    return Part(
        "round",
        f"Update round {name}",
        (
            f"Owners were asked for an update on {_plural(len(rows), 'open recommendation')} by {day(due)}; "
            f"{_plural(len(got), 'update')} received, in the owners' own words.",
            View(
                (
                    Section(
                        "updates",
                        "updates",
                        UPDATE_COLUMNS,
                        got,
                        title="Updates received this round",
                        empty="No update has been received yet.",
                    ),
                )
            ),
            View(
                (
                    Section(
                        "no_update",
                        "no update",
                        NO_UPDATE_COLUMNS,
                        missing,
                        title="No update received",
                        empty="Every owner has sent an update.",
                    ),
                )
            ),
        ),
    )


def round_rows(tracker: Tracker, name: str, sent: Sequence[str]) -> list[RoundRow]:
    """Each record sent in the round that is open on the report's date, with the owner's latest update in it."""
    by_id = {live.record.id: live.record for live in tracker.open}
    rows = []
    for rid in sent:
        record = by_id.get(rid)
        if record is None:
            continue
        updates = [h for h in record.history if h.event == "update" and h.round == name]
        rows.append(RoundRow(record, updates[-1] if updates else None))
    return rows


def pack(
    tracker: Tracker,
    name: Callable[[str], str],
    committee_name: str | None,
    response_period: str | None,
    stamp: str | None = None,
    update_round: Part | None = None,
    annual: YearStats | None = None,
) -> Pack:
    """The report: its facts, then Summary, Proposed for closure, Extension requests, Overdue, Due
    soon, Responses, Impact, the update round and the year's figures (if asked for), Appendix, Charts."""
    b = _Builder(tracker, name, response_period)
    p = tracker.period
    who = committee_name or "All committees"
    facts: list[tuple[str, str]] = [
        ("Committee", who),
        ("As of", day(p.as_of)),
        ("Changes since", day(p.since)),
        ("Next meeting", day(p.horizon)) if p.next_meeting else ("Looking ahead to", f"{day(p.horizon)} (60 days)"),
    ]
    if stamp:
        facts.append(("Generated", stamp))
    return Pack(
        title=f"Recommendations tracker: {who}",
        header=f"{who}: recommendations tracker, {day(p.as_of)}",
        facts=tuple(facts),
        parts=(
            b.summary(),
            b.closure(),
            b.extensions(),
            b.overdue(),
            b.due_soon(),
            b.responses(),
            b.impact(),
            *((update_round,) if update_round is not None else ()),
            *((annual_part(annual),) if annual is not None else ()),
            b.appendix(),
            b.charts(),
        ),
        subject=who,
        meta={"as_of": p.as_of.isoformat(), "since": p.since.isoformat()},
    )


def annual_part(stats: YearStats) -> Part:
    """`report --annual`: the municipal year's figures per committee, as `stats` prints them."""
    y = stats.year
    return Part(
        "annual",
        f"The year {y.label} in figures",
        (
            f"Recommendations agreed from {day(y.first)} to {day(y.last)}, by the committee that agreed them, "
            f"as they stood on {day(stats.as_of)}.",
            stats_view(stats, by_committee=False),
        ),
    )
