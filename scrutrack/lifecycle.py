"""The lifecycle: the transition table as data, the changes that follow it, and history replay."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from scrutrack.errors import AlreadyDone, InvalidInput, TransitionRefused
from scrutrack.model import (
    ACCEPTING,
    DUE_GRANTED,
    DUE_REFUSED,
    DUE_REQUESTED,
    EDITABLE,
    EDITED,
    FIELDS,
    IMPACT,
    IMPACT_RATINGS,
    OLD_OUTCOMES,
    OUTCOMES,
    OWNER_CHANGED,
    RESPONSE_NOTED,
    TERMINAL,
    UPDATE,
    Evidence,
    HistoryEntry,
    Kind,
    Outcome,
    Problem,
    Record,
    Response,
    Status,
    history_to_dict,
    normalize_text,
    record_to_dict,
)

A, R, AC, RJ, IP, IM, CL, WD, SS = (
    Status.AGREED,
    Status.REFERRED,
    Status.ACCEPTED,
    Status.REJECTED,
    Status.IN_PROGRESS,
    Status.IMPLEMENTED,
    Status.CLOSED,
    Status.WITHDRAWN,
    Status.SUPERSEDED,
)


@dataclass(frozen=True)
class Transition:
    """One row of the domain table: a legal move and what it must carry."""

    source: str
    target: str
    needs: frozenset[str] = frozenset()  # "note", "evidence", "response", "superseded_by"
    kinds: frozenset[str] | None = None  # None: every kind


def _t(source: str, target: str, *needs: str, kinds: tuple[str, ...] | None = None) -> Transition:
    return Transition(source, target, frozenset(needs), frozenset(kinds) if kinds else None)


NON_TERMINAL = (A, R, AC, RJ, IP, IM)
TRANSITIONS: tuple[Transition, ...] = (
    _t(A, R),
    _t(R, R),
    _t(R, AC, "response"),
    _t(R, RJ, "response"),
    _t(A, IP, kinds=(Kind.ACTION,)),
    _t(AC, IP),
    _t(AC, IM, "evidence"),
    _t(IP, IM, "evidence"),
    _t(IM, CL, "note"),
    _t(IM, IP, "note"),
    _t(RJ, R, "note"),
    _t(RJ, CL, "note"),
    *(_t(s, WD, "note") for s in NON_TERMINAL),
    *(_t(s, SS, "superseded_by") for s in NON_TERMINAL),
)
_BY_PAIR = {(t.source, t.target): t for t in TRANSITIONS}
# What the note of a move that needs one says: by the move, else by its target.
NOTE_SAYS: dict[str | tuple[str, str], str] = {
    (RJ, CL): "why it is closed without being accepted",
    CL: "why it is closed without a sign-off (`scrutrack signoff ID --meeting DATE --minute REF` closes it with one)",
    WD: "why it is withdrawn",
    IP: "why it is reopened",
    R: "why it is referred again",
}


def note_says(source: str, target: str) -> str:
    return NOTE_SAYS.get((source, target)) or NOTE_SAYS.get(target, "why")


# The fields that must be what the history last set them to (status is checked as the path's end).
DERIVED = tuple(f.name for f in FIELDS if f.derived and f.name != "status")


def legal_next(status: str, kind: str) -> list[str]:
    """The statuses a record of this kind can move to from `status`, in lifecycle order."""
    seen = [t.target for t in TRANSITIONS if t.source == status and (t.kinds is None or kind in t.kinds)]
    return [s.value for s in Status if s in seen]


def find_transition(record_id: str, status: str, kind: str, target: str) -> Transition:
    """The table's row for this move, or a refusal naming the legal next statuses."""
    t = _BY_PAIR.get((status, target))
    if t is None or (t.kinds is not None and kind not in t.kinds):
        nxt = legal_next(status, kind)
        can = ", ".join(nxt) if nxt else "nothing (it is final)"
        hint = ""
        if t is not None and t.kinds is not None:
            hint = f" (only actions skip referral; this is a {kind}: refer it first)"
        raise TransitionRefused(f"{record_id} is '{status}'; it can become: {can}{hint}")
    return t


# ------------------------------------------------------------------------ applying changes


def _opt(value: str | None) -> str | None:
    """An optional text as stored: surrounding blanks trimmed; blank means not given."""
    if value is None:
        return None
    return value.strip() or None


def _check_target(record: Record, what: str, day: dt.date) -> None:
    if day < record.meeting:
        raise InvalidInput(f"{what} {day} is before {record.id}'s meeting ({record.meeting}); check the date")


def _check_date(record: Record, day: dt.date) -> None:
    last = record.history[-1].date if record.history else record.meeting
    if day < last:
        raise InvalidInput(
            f"{record.id}: the date {day} is before its last history entry ({last}); "
            f"history is kept in date order, so give --date {last} or later"
        )


def _already(record: Record, entry: HistoryEntry, what: str) -> None:
    """Refuse, as done already, a step whose entry the history holds (same day and values; who
    made it aside): running a command twice records it once."""
    plain = entry._replace(by=None)
    if any(h.date == entry.date and h._replace(by=None) == plain for h in record.history):
        raise AlreadyDone(f"{record.id}: already {what} on {entry.date}; nothing was written")


def _append(record: Record, entry: HistoryEntry, **changes: object) -> Record:
    return record.with_changes(history=(*record.history, entry), **changes)


def _need_note(record: Record, target: str, note: str | None, why: str) -> None:
    if not (note and note.strip()):
        raise TransitionRefused(f"moving {record.id} to '{target}' needs a note: {why}; add --note TEXT")


def refer(
    record: Record,
    day: dt.date,
    response_due: dt.date,
    *,
    to: str | None = None,
    by: str | None = None,
    note: str | None = None,
) -> Record:
    """Send the recommendation (again) to whoever must respond; the response is due then."""
    to, by, note = _opt(to), _opt(by), _opt(note)
    entry = HistoryEntry(date=day, event=R, by=by, response_due=response_due, note=note)
    if to in (None, record.addressed_to):
        _already(record, entry, f"referred (response due {response_due})")
    t = find_transition(record.id, record.status, record.kind, R)
    if "note" in t.needs:
        _need_note(record, R, note, "why it is referred again after rejection")
    _check_date(record, day)
    if response_due < day:
        raise InvalidInput(f"response due {response_due} is before the referral date {day}")
    return _append(
        record,
        entry,
        status=R,
        referred=day,
        response_due=response_due,
        addressed_to=to or record.addressed_to,
    )


def respond(
    record: Record,
    day: dt.date,
    outcome: str,
    text: str,
    *,
    due: dt.date | None = None,
    by: str | None = None,
    note: str | None = None,
) -> Record:
    """Record the executive's response: accepted (whole, in part or in principle), rejected (the
    text is the reason) or only noted (it stays referred, and the response period runs on)."""
    by, note = _opt(by), _opt(note)
    if outcome not in OUTCOMES:
        raise InvalidInput(
            f"outcome '{outcome}' is not one of: {', '.join(o for o in OUTCOMES if o not in OLD_OUTCOMES)}"
        )
    outcome = OLD_OUTCOMES.get(outcome, outcome)  # an old script's partially-accepted: recorded by today's name
    noted = outcome == Outcome.NOTED
    target = R if noted else RJ if outcome == Outcome.REJECTED else AC
    event = RESPONSE_NOTED if noted else target
    entry = HistoryEntry(date=day, event=event, by=by, outcome=outcome, due=due, note=note)
    if noted or record.response == Response(day, outcome, text):
        _already(record, entry, f"{event} ({outcome})")
    if noted:
        if record.status != R:
            raise TransitionRefused(f"{record.id} is '{record.status}'; only a referred recommendation can be noted")
    else:
        find_transition(record.id, record.status, record.kind, target)
    _check_date(record, day)
    if not text.strip():
        what = "its reason" if outcome == Outcome.REJECTED else "its text"
        raise TransitionRefused(f"a response to {record.id} needs {what}; give --text or --text-file")
    if due is not None and target != AC:
        raise InvalidInput(f"a {outcome} recommendation has no implementation target; drop --due")
    if due is not None:
        _check_target(record, "the target date", due)
    return _append(
        record,
        entry,
        status=target,
        response=Response(day, outcome, text),
        due=due if due is not None else record.due,
    )


def set_status(
    record: Record,
    target: str,
    day: dt.date,
    *,
    by: str | None = None,
    note: str | None = None,
    superseded_by: str | None = None,
) -> Record:
    """The other moves: in-progress, implemented, closed, withdrawn, superseded."""
    by, note, superseded_by = _opt(by), _opt(note), _opt(superseded_by)
    if target in (R, AC, RJ):
        if not legal_next(record.status, record.kind):  # final: no command can move it, so say that first
            find_transition(record.id, record.status, record.kind, target)
        cmd = "refer" if target == R else "respond"
        raise TransitionRefused(f"use `scrutrack {cmd} {record.id}` to make it '{target}'")
    entry = HistoryEntry(date=day, event=target, by=by, superseded_by=superseded_by, note=note)
    _already(record, entry, target)
    t = find_transition(record.id, record.status, record.kind, target)
    if "evidence" in t.needs and not record.evidence:
        raise TransitionRefused(
            f"{record.id} cannot be 'implemented' without evidence; "
            f"add a link first with `scrutrack evidence {record.id} URL_OR_PATH`"
        )
    if "note" in t.needs:
        _need_note(record, target, note, note_says(record.status, target))
    if "superseded_by" in t.needs and not superseded_by:
        raise TransitionRefused(f"moving {record.id} to 'superseded' needs --superseded-by ID")
    if superseded_by == record.id:
        raise InvalidInput(f"{record.id} cannot supersede itself")
    _check_date(record, day)
    return _append(record, entry, status=target)


def _need_open(record: Record, what: str) -> None:
    if record.status in TERMINAL:
        raise TransitionRefused(f"{record.id} is '{record.status}' (final); its {what} cannot change")


def add_evidence(
    record: Record,
    day: dt.date,
    title: str,
    *,
    url: str | None = None,
    path: str | None = None,
    by: str | None = None,
    note: str | None = None,
) -> Record:
    """Link a report, minutes or web page that shows progress."""
    by, note, url, path = _opt(by), _opt(note), _opt(url), _opt(path)
    title = _opt(title) or url or (path.rsplit("/", 1)[-1] if path else "")
    link = url or path
    if not link or (url and path):
        raise InvalidInput("evidence needs exactly one URL or path")
    if Evidence(day, title, url, path) in record.evidence:
        raise AlreadyDone(f"{record.id}: already links {link} (from {day}); nothing was written")
    if any(e.link == link for e in record.evidence):
        raise InvalidInput(f"{record.id} already links '{link}'; each evidence link is recorded once")
    _check_date(record, day)
    entry = HistoryEntry(date=day, event="evidence-added", by=by, note=f"{title}: {note}" if note else title)
    return _append(record, entry, evidence=(*record.evidence, Evidence(day, title, url, path)))


def revise_due(
    record: Record,
    day: dt.date,
    new_due: dt.date,
    reason: str,
    *,
    by: str | None = None,
    note: str | None = None,
) -> Record:
    """Move the implementation target; the old date and the reason stay in the history.

    The current date is accepted too: with its reason, the entry records a decision to keep it
    (e.g. after a merge, or to make a hand-edited `due` agree with the history).
    """
    by, note = _opt(by), _opt(note)
    _need_open(record, "target date")
    _check_target(record, "the new target", new_due)
    if not reason.strip():
        raise InvalidInput("a revised target needs a reason; give --reason TEXT")
    reason = reason.strip()
    if new_due == record.due and any(
        (h.date, h.event, h.due, h.reason, h.note) == (day, "due-revised", new_due, reason, note)
        for h in record.history
    ):
        raise AlreadyDone(f"{record.id}: already moved the target to {new_due} on {day}; nothing was written")
    _check_date(record, day)
    entry = HistoryEntry(date=day, event="due-revised", by=by, from_=record.due, due=new_due, reason=reason, note=note)
    return _append(record, entry, due=new_due)


def request_due(
    record: Record, day: dt.date, requested: dt.date, reason: str, *, by: str | None = None, note: str | None = None
) -> Record:
    """Record an owner's request for a new target (and why): the target stays until the committee decides."""
    by, note = _opt(by), _opt(note)
    _need_open(record, "target date")
    _check_target(record, "the date requested", requested)
    if not reason.strip():
        raise InvalidInput("a request for a new target needs its reason; give --reason TEXT")
    if requested == record.requested:
        raise InvalidInput(f"{record.id} already awaits a decision on {requested}; nothing to change")
    _check_date(record, day)
    entry = HistoryEntry(date=day, event=DUE_REQUESTED, by=by, requested=requested, reason=reason.strip(), note=note)
    return _append(record, entry, requested=requested)


def decide_request(
    record: Record,
    day: dt.date,
    grant: bool,
    *,
    due: dt.date | None = None,
    meeting: dt.date | None = None,
    minute: str | None = None,
    decision: str | None = None,
    by: str | None = None,
    note: str | None = None,
) -> Record:
    """The committee's decision on the latest request: granted (the target moves to the date asked
    for, or to `due` if it granted another) or refused (the target stays). The original date stays
    in the history either way."""
    by, note, minute, decision = _opt(by), _opt(note), _opt(minute), _opt(decision)
    _need_open(record, "target date")
    if record.requested is None:
        raise TransitionRefused(
            f"{record.id} has no request for a new target awaiting a decision; record the owner's request first "
            f"(scrutrack due {record.id} DATE --request --reason ...), or move the target yourself with "
            f"scrutrack due {record.id} DATE --reason ..."
        )
    if meeting is not None and not record.meeting <= meeting <= day:
        raise InvalidInput(f"the meeting {meeting} is after the decision's date {day}; give --date {meeting} or later")
    _check_date(record, day)
    if grant:
        new = due or record.requested
        _check_target(record, "the new target", new)
        entry = HistoryEntry(
            date=day,
            event=DUE_GRANTED,
            by=by,
            from_=record.due,
            due=new,
            decision=decision,
            meeting=meeting,
            minute=minute,
            note=note,
        )
        return _append(record, entry, due=new, requested=None)
    entry = HistoryEntry(
        date=day, event=DUE_REFUSED, by=by, decision=decision, meeting=meeting, minute=minute, note=note
    )
    return _append(record, entry, requested=None)


def signoff(
    record: Record,
    meeting: dt.date,
    minute: str,
    *,
    day: dt.date | None = None,
    by: str | None = None,
    note: str | None = None,
) -> Record:
    """Members signed it off at a meeting: an implemented record (or one its owner proposed for closure,
    with evidence linked) is closed, with the meeting and the minute."""
    by, note, minute_ = _opt(by), _opt(note), _opt(minute)
    if not minute_:
        raise InvalidInput('a sign-off needs the minute that records it; give --minute, e.g. --minute "47(3)"')
    day = day or meeting
    if meeting > day:
        raise InvalidInput(f"the meeting {meeting} is after the date given ({day})")
    if record.status in (AC, IP):
        record = set_status(record, IM, max(day, record.history[-1].date), by=by)  # refuses without evidence
    if record.status != IM:
        nxt = ", ".join(legal_next(record.status, record.kind)) or "nothing (it is final)"
        raise TransitionRefused(
            f"{record.id} is '{record.status}'; only an implemented record (or one being delivered, with evidence) "
            f"can be signed off (it can become: {nxt})"
        )
    if meeting < record.meeting:
        raise InvalidInput(f"the meeting {meeting} is before {record.id}'s own meeting ({record.meeting})")
    _check_date(record, day)
    entry = HistoryEntry(date=day, event=CL, by=by, meeting=meeting, minute=minute_, note=note)
    return _append(record, entry, status=CL)


def with_outcome_names(record: Record) -> Record:
    """The record with each outcome as the domain now names it ('partially-accepted' becomes
    'accepted-in-part' in its history and its response): the same meaning, written as `fmt
    --outcomes` writes it. The record itself when it has no older name."""
    if not any(h.outcome in OLD_OUTCOMES for h in record.history) and not (
        record.response is not None and record.response.outcome in OLD_OUTCOMES
    ):
        return record
    history = tuple(
        h._replace(outcome=OLD_OUTCOMES.get(h.outcome, h.outcome)) if h.outcome else h for h in record.history
    )
    response = record.response
    if response is not None:
        response = response._replace(outcome=OLD_OUTCOMES.get(response.outcome, response.outcome))
    return record.with_changes(history=history, response=response)


def closure_proposal(record: Record, meaning: Callable[[str], str | None]) -> HistoryEntry | None:
    """Why the record is proposed for closure, if it is: its `implemented` entry (it awaits members'
    sign-off), or its owner's latest `update` whose progress word means "achieved" (scrutrack.toml's
    [progress], through `meaning`) with no status move since. One notion for the report, `signoff
    --all-proposed` and the update rounds."""
    if record.status in TERMINAL:
        return None
    for h in reversed(record.history):
        if h.moves_to is not None:
            return h if h.moves_to == IM else None
        if h.event == UPDATE and h.progress is not None and meaning(h.progress) == "achieved":
            return h
    return None


def record_impact(
    record: Record,
    day: dt.date,
    rating: str,
    text: str,
    *,
    url: str | None = None,
    by: str | None = None,
    note: str | None = None,
) -> Record:
    """What changed because of the recommendation (for the annual report): a rating, in words, with evidence."""
    by, note, url = _opt(by), _opt(note), _opt(url)
    if rating not in IMPACT_RATINGS:
        raise InvalidInput(f"--rating '{rating}' is not one of: {', '.join(IMPACT_RATINGS)}")
    if not text.strip():
        raise InvalidInput("the impact needs its words: what changed because of the recommendation; give --text")
    if url is not None and not re.match(_HTTP, url):
        raise InvalidInput(f"--evidence '{url}' is not a web address; give an http:// or https:// URL")
    _check_date(record, day)
    entry = HistoryEntry(date=day, event=IMPACT, by=by, rating=rating, text=normalize_text(text), url=url, note=note)
    return _append(record, entry)


def impacts(record: Record) -> list[HistoryEntry]:
    return [h for h in record.history if h.event == IMPACT]


def set_review(
    record: Record, day: dt.date, review: dt.date, *, by: str | None = None, note: str | None = None
) -> Record:
    """Set the date the committee next follows the item up."""
    by, note = _opt(by), _opt(note)
    _need_open(record, "review date")
    _check_target(record, "the review date", review)
    if review == record.review == derived(record.history).get("review"):
        raise AlreadyDone(f"{record.id}: already has review {review}; nothing was written")
    _check_date(record, day)
    entry = HistoryEntry(date=day, event="review-set", by=by, review=review, note=note)
    return _append(record, entry, review=review)


def assign(record: Record, day: dt.date, owner: str, *, by: str | None = None, note: str | None = None) -> Record:
    """Hand the record to a new owner; the previous one and the day stay in the history."""
    by, note, new = _opt(by), _opt(note), _opt(owner)
    if not new:
        raise InvalidInput('the new owner is empty; give a name or a post, e.g. "Head of Early Help"')
    _need_open(record, "owner")
    if new == record.owner and derived(record.history).get("owner", new) == new:
        raise AlreadyDone(f"{record.id}: already owned by {new}; nothing was written")
    _check_date(record, day)
    entry = HistoryEntry(date=day, event=OWNER_CHANGED, by=by, from_owner=record.owner, owner=new, note=note)
    return _append(record, entry, owner=new)


def edited_fields(before: Record, after: Record) -> tuple[str, ...]:
    """The fields a hand edit changed (the history among them, if it corrected an entry), in the record's key order."""
    a, b = record_to_dict(before), record_to_dict(after)
    return tuple(k for k in EDITABLE if a.get(k) != b.get(k))


def history_corrections(before: Record, after: Record) -> str | None:
    """What a hand edit changed in the history, in words: 'history entry 3 (note): date 2030-01-01 → 2020-01-01'."""
    a, b = [history_to_dict(h) for h in before.history], [history_to_dict(h) for h in after.history]
    said = []
    for i, (old, new) in enumerate(zip(a, b, strict=False)):
        keys = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
        if keys:
            changes = ", ".join(f"{k} {old.get(k, '(none)')} → {new.get(k, '(none)')}" for k in keys)
            said.append(f"history entry {i + 1} ({old['event']}): {changes}")
    if len(b) != len(a):
        said.append(f"history entries {len(a)} → {len(b)}")
    return "; ".join(said) or None


def record_edit(
    before: Record, after: Record, day: dt.date, *, by: str | None = None, note: str | None = None
) -> Record:
    """The edited record with one `edited` history entry naming the fields it changed (none: as it is)."""
    changed = edited_fields(before, after)
    if not changed:
        return after
    _check_date(after, day)
    note = _opt(note)
    if "history" in changed:
        said = history_corrections(before, after)
        note = f"{note}; {said}" if note and said else note or said
    entry = HistoryEntry(date=day, event=EDITED, by=_opt(by), fields=changed, note=note)
    return _append(after, entry)


def add_note(record: Record, day: dt.date, text: str, *, by: str | None = None) -> Record:
    """Log something that happened without changing the record's state."""
    by = _opt(by)
    text = text.strip()
    if not text:
        raise InvalidInput("the note is empty; say what happened")
    entry = HistoryEntry(date=day, event="note", by=by, note=text)
    _already(record, entry, "noted this")
    _check_date(record, day)
    return _append(record, entry)


def original_due(record: Record) -> tuple[dt.date | None, int]:
    """The first implementation target ever set, and how many times it moved since."""
    first: dt.date | None = None
    moves = 0
    for h in record.history:
        if h.event in ("due-revised", DUE_GRANTED):
            moves += 1
            if first is None:
                first = h.from_ or h.due
        elif h.due is not None and first is None:
            first = h.due
    return first, moves


# ------------------------------------------------------------------------ history replay


def history_problems(record: Record, existing_ids: frozenset[str] | None = None) -> list[Problem]:
    """Is the history a legal path through the table, in date order, ending in the status?"""
    hist = record.history
    if not hist:
        return []
    out = _first_entry_problems(record)
    status = A.value
    has_response = False
    imported = False
    set_by_import = False  # the current status came from an `imported` entry (it holds as the tracker said)
    pending = False  # an owner's request for a new target awaits the committee's decision
    for i, h in enumerate(hist):
        where = ("history", i)
        if i and h.date < hist[i - 1].date:
            out.append(
                Problem(
                    f"history entry {i + 1} ({h.date}) is before the one above it ({hist[i - 1].date}); keep history in date order",
                    (*where, "date"),
                )
            )
        target = h.moves_to
        if h.event == "imported" or i == 0:
            imported = imported or h.event == "imported"
            set_by_import = h.event == "imported"
            status = target or status
        elif target is not None:
            found, responds = _move_problems(record, h, where, status, target, existing_ids)
            has_response = has_response or responds
            out.extend(found)
            status = target
            set_by_import = False
        if h.event in _DECISION_EVENTS:
            pending, found = _decision_problems(record, h, where, status, pending)
            has_response = has_response or h.event == RESPONSE_NOTED
            out.extend(found)
    if status != record.status:
        out.append(
            Problem(
                f"status is '{record.status}' but the history ends in '{status}'; add the missing history entry, "
                f'or write status = "{status}"',
                ("status",),
            )
        )
    if status in (IM,) and not record.evidence and not set_by_import:
        out.append(Problem("an implemented record needs at least one [[evidence]] entry", ("status",)))
    if has_response and record.response is None:
        out.append(Problem("the history records a response but there is no [response] table", ("history",)))
    out.extend(_derived_problems(record, imported))
    return out


def _first_entry_problems(record: Record) -> list[Problem]:
    """The history opens with the 'agreed' entry, dated the meeting."""
    first = record.history[0]
    if first.event != A:
        return [Problem(f"the first history entry must be 'agreed', not '{first.event}'", ("history", 0, "event"))]
    if first.date != record.meeting:
        return [
            Problem(
                f"the 'agreed' entry is dated {first.date}, not the meeting date {record.meeting}",
                ("history", 0, "date"),
            )
        ]
    return []


def _move_problems(
    record: Record,
    h: HistoryEntry,
    where: tuple[str | int, ...],
    status: str,
    target: str,
    existing_ids: frozenset[str] | None,
) -> tuple[list[Problem], bool]:
    """The problems of an entry that moves the status from `status` to `target`: a move the table does not
    allow, or one without what it needs (a note, a response's outcome, the superseding record).
    Returns them, and whether the move records a response."""
    t = _BY_PAIR.get((status, target))
    if t is None or (t.kinds is not None and record.kind not in t.kinds):
        nxt = ", ".join(legal_next(status, record.kind)) or "nothing"
        return [
            Problem(
                f"history moves from '{status}' to '{target}', which the lifecycle does not allow (from '{status}' it can become: {nxt})",
                (*where, "event"),
            )
        ], False
    out: list[Problem] = []
    signed_off = target == CL and status == IM and h.meeting is not None and h.minute is not None
    if "note" in t.needs and not h.note and not signed_off:
        needs = "a sign-off (meeting and minute) or a note" if target == CL and status == IM else "a note"
        out.append(Problem(f"the move from '{status}' to '{target}' needs {needs}", (*where, "event")))
    if "response" in t.needs:
        ok = (Outcome.REJECTED,) if target == RJ else _ACCEPTING_NAMES
        if h.outcome not in ok:
            out.append(Problem(f"a '{target}' entry needs outcome {' or '.join(ok)}", (*where, "outcome")))
    if "superseded_by" in t.needs and existing_ids is not None and h.superseded_by not in existing_ids:
        out.append(Problem(f"superseded_by '{h.superseded_by}' is not the ID of any record", (*where, "superseded_by")))
    return out, "response" in t.needs


def _derived_problems(record: Record, imported: bool) -> list[Problem]:
    """The fields the history sets (due, owner, ...) that say otherwise than the history's last word."""
    out: list[Problem] = []
    follows = derived(record.history)
    for key in DERIVED:
        expected, actual = follows.get(key), getattr(record, key)
        if key in follows and expected is None and actual is not None:  # a request, since decided
            out.append(
                Problem(f"'{key}' is {actual} but the committee has decided that request; {_fix(record, key)}", (key,))
            )
        elif key in follows and actual != expected:
            quote = key == "owner"
            shown = f'"{actual}"' if quote and actual else actual or "missing"
            expected = f'"{expected}"' if quote else expected
            out.append(
                Problem(f"'{key}' is {shown} but the history last set it to {expected}; {_fix(record, key)}", (key,))
            )
        elif expected is None and actual is not None and not imported and key != "owner":
            out.append(Problem(f"'{key}' is {actual} but no history entry sets it; {_fix(record, key)}", (key,)))
    return out


_ACCEPTING_NAMES = tuple(o for o in OUTCOMES if o in ACCEPTING)
_DECISION_EVENTS = frozenset({RESPONSE_NOTED, DUE_REQUESTED, DUE_GRANTED, DUE_REFUSED, CL, IMPACT})
_HTTP = r"^https?://[^\s/]+\S*$"


def _decision_problems(
    record: Record, h: HistoryEntry, where: tuple[str | int, ...], status: str, pending: bool
) -> tuple[bool, list[Problem]]:
    """The rules of the entries this issue added: a note-only response while referred, a grant or a
    refusal only of a pending request, a sign-off with its meeting and minute, an impact's link.
    Returns whether a request is pending after the entry, and the problems."""
    out: list[Problem] = []
    if h.event == RESPONSE_NOTED:
        if h.outcome != Outcome.NOTED:
            out.append(Problem(f"a '{RESPONSE_NOTED}' entry needs outcome noted", (*where, "outcome")))
        if status != R:
            out.append(Problem(f"a response can only note a referred recommendation; this one was '{status}'", where))
    elif h.event == DUE_REQUESTED:
        if h.requested is not None and h.requested < record.meeting:
            out.append(Problem(f"the date requested, {h.requested}, is before the meeting", (*where, "requested")))
        return True, out
    elif h.event in (DUE_GRANTED, DUE_REFUSED):
        if not pending:
            what = "grant" if h.event == DUE_GRANTED else "refusal"
            out.append(
                Problem(f"a {what} needs a request: no 'due-requested' entry awaits a decision", (*where, "event"))
            )
        pending = False
    elif h.event == IMPACT and h.url is not None and not re.match(_HTTP, h.url):
        out.append(Problem(f"the impact's url '{h.url}' is not an http(s) URL", (*where, "url")))
    if (h.meeting is None) != (h.minute is None) and h.event == CL:
        missing = "meeting" if h.meeting is None else "minute"
        out.append(
            Problem(f"a sign-off needs its meeting date and its minute; '{missing}' is missing", (*where, missing))
        )
    if h.meeting is not None and not record.meeting <= h.meeting <= h.date:
        out.append(
            Problem(
                f"the meeting {h.meeting} is not between the recommendation's meeting ({record.meeting}) "
                f"and the entry's date ({h.date})",
                (*where, "meeting"),
            )
        )
    return pending, out


def derived(history: tuple[HistoryEntry, ...] | list[HistoryEntry]) -> dict[str, object]:
    """The fields the history decides, as its entries (in order) last set them.

    `status`, and `due`, `response_due`, `review`, `referred`, `requested` and `owner` where an
    entry set them (`requested` is None again once the committee decided the request). An
    `edited` entry that names `owner` leaves it to the record again (a hand edit).
    """
    out: dict[str, object] = {"status": A.value}
    for h in history:
        target = h.moves_to
        if target is not None:
            out["status"] = target
            if target == R:
                out["referred"] = h.date
        if h.due is not None:
            out["due"] = h.due
        if h.response_due is not None:
            out["response_due"] = h.response_due
        if h.review is not None:
            out["review"] = h.review
        if h.requested is not None:
            out["requested"] = h.requested
        elif h.event in (DUE_GRANTED, DUE_REFUSED):
            out["requested"] = None  # decided: no request is pending
        if h.event == OWNER_CHANGED:
            out["owner"] = h.owner
        elif h.event == EDITED and "owner" in h.fields:
            out.pop("owner", None)
    return out


def _fix(record: Record, key: str) -> str:
    """How to make a field agree with the history: the command that records the file's value, or the edit."""
    actual = getattr(record, key)
    rid = record.id
    follows = derived(record.history)
    write = f"write {key} = {follows[key]}" if follows.get(key) is not None else f"remove the '{key}' line"
    if key == "owner" and follows.get("owner"):
        write = f'write owner = "{follows["owner"]}"'
    if actual is None or record.status in TERMINAL:
        return write
    if key == "due":
        return f'run `scrutrack due {rid} {actual} --reason "..."` to keep {actual}, or {write}'
    if key == "review":
        return f"run `scrutrack review {rid} {actual}` to keep {actual}, or {write}"
    if key == "owner":
        return f'run `scrutrack assign {rid} "{actual}"` to keep it, or {write}'
    return write  # response_due and referred: a new referral would also move the referral date
