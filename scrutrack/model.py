"""The record of one recommendation: named tuples, the allowed values, and dict conversion (no I/O)."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from operator import attrgetter
from typing import Any, NamedTuple

SCHEMA = 1


class Status(StrEnum):
    AGREED = "agreed"
    REFERRED = "referred"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    IN_PROGRESS = "in-progress"
    IMPLEMENTED = "implemented"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"


TERMINAL = frozenset({Status.CLOSED, Status.WITHDRAWN, Status.SUPERSEDED})
STATUSES = tuple(s.value for s in Status)


class Kind(StrEnum):
    RECOMMENDATION = "recommendation"
    ACTION = "action"


class Outcome(StrEnum):
    """What the executive's response says (the domain README): members count each apart."""

    ACCEPTED = "accepted"
    ACCEPTED_IN_PART = "accepted-in-part"
    ACCEPTED_IN_PRINCIPLE = "accepted-in-principle"  # read by members as a soft no
    REJECTED = "rejected"  # its reason is the response's text
    NOTED = "noted"  # no substantive answer: the record stays referred (a `response-noted` entry)
    PARTIALLY_ACCEPTED = "partially-accepted"  # older records' word for accepted-in-part (`fmt --outcomes`)


# The outcomes that accept (the record becomes `accepted`), and the older names of outcomes.
ACCEPTING = frozenset(
    {Outcome.ACCEPTED, Outcome.ACCEPTED_IN_PART, Outcome.ACCEPTED_IN_PRINCIPLE, Outcome.PARTIALLY_ACCEPTED}
)
OLD_OUTCOMES = {Outcome.PARTIALLY_ACCEPTED.value: Outcome.ACCEPTED_IN_PART.value}


def outcome_name(outcome: str) -> str:
    """An outcome as the domain now names it ('partially-accepted' reads as 'accepted-in-part')."""
    return OLD_OUTCOMES.get(outcome, outcome)


# How much difference a recommendation made (an `impact` entry), as annual reports ask.
IMPACT_RATINGS = ("significant", "moderate", "limited", "none-yet")


# What an owner's progress word in an update round means (scrutrack.toml's [progress] maps words
# to these): "achieved" proposes the record for closure; on-track and slipped say work has started.
PROGRESS_MEANINGS = ("on-track", "slipped", "achieved", "not-achieved", "paused")
DEFAULT_PROGRESS = (
    ("on track", "on-track"),
    ("slipped", "slipped"),
    ("achieved, propose closure", "achieved"),
    ("not achieved", "not-achieved"),
    ("paused", "paused"),
)
OUTCOMES = tuple(o.value for o in Outcome)
KINDS = tuple(k.value for k in Kind)

# ------------------------------------------------------------------------------ the fields
#
# Each key of a record is declared once, in FIELDS. Everything else about it is made from its entry:
# reading a record and writing it back (so `check`, `fmt` and every command that writes), the
# summary that `list` and `overdue` read (and the cache's layout), the columns of `export csv` and
# `import csv`, what `changes` shows, how the merge driver merges it, and docs/record-format.md.
# A new field is one entry here and its attribute in Record below (and in Summary, if `list` or
# `overdue` show it), plus its column in the views that show it (views.py, report_views.py);
# tests/test_fields.py fails if any of them, or anything made from the table, misses it.

# How the merge driver treats a field changed on both branches (see merge.py):
FREE = "free"  # any mix of the two sides is a valid record: marked on its own lines
WHOLE = "whole"  # tied to the lifecycle: two whole versions, keep one
FIXED = "fixed"  # never differs between the versions of one record (its ID, the format)
APPEND = "append"  # append-only entries: both sides' new entries are kept, in date order

# The types a field (or a history entry's key) may have, and what each means in TOML.
TYPES = {
    "schema": "the number 1",
    "id": "a string `<committee>-<YYYY-MM-DD>-<n>`",
    "slug": "a string: a committee's slug from scrutrack.toml",
    "date": "a TOML date, `2019-04-30`",
    "line": "a one-line string",
    "note": 'a string; a `"""` multi-line string when it holds a line break',
    "text": 'a `"""` multi-line string ending in a newline',
    "choice": "one of the strings listed",
    "slugs": "a list of strings, each once",
    "names": "a list of field names, each once",
    "response": "a table, `[response]`: `date`, `outcome` and `text`",
    "evidence": "an array of tables, `[[evidence]]`: `date`, `title`, and one of `url` or `path`",
    "history": "an array of tables, `[[history]]`: see the events below",
}


class Field:
    """One key of a record, declared once. (A plain class with slots, not a named tuple: made at
    import in a tenth of the time, which every command pays.)"""

    __slots__ = (
        "changes",
        "choices",
        "derived",
        "doc",
        "editable",
        "export",
        "merge",
        "name",
        "required",
        "summary",
        "type",
        "views",
    )

    def __init__(
        self,
        name: str,
        type: str,  # a key of TYPES
        doc: str,  # one line for docs/record-format.md
        required: bool = False,
        *,
        editable: bool = True,  # a hand edit (`scrutrack edit`) may change it, and an `edited` entry name it
        derived: bool = False,  # what the history last set it to, where an entry sets it (check, merge)
        merge: str = FREE,  # FREE, WHOLE, FIXED or APPEND
        changes: bool = True,  # `changes` shows a change to it (as an edit, unless a history entry explains it)
        summary: bool = False,  # `list` and `overdue` read it (a field of Summary, kept in the cache)
        export: bool = True,  # a column of `export csv` that `import csv` reads back
        views: tuple[str, ...] = (),  # the tables with a column of it: list, overdue, report (`show` shows every field)
        choices: tuple[str, ...] = (),  # for a choice
    ) -> None:
        self.name, self.type, self.doc, self.required = name, type, doc, required
        self.editable, self.derived, self.merge, self.changes = editable, derived, merge, changes
        self.summary, self.export, self.views, self.choices = summary, export, views, choices

    def __repr__(self) -> str:
        return f"Field({self.name!r}, {self.type!r})"

    @property
    def label(self) -> str:
        """The field in words, as `show` and the tables name it: 'response_due' is 'Response due'."""
        return "ID" if self.name == "id" else self.name.replace("_", " ").capitalize()


# fmt: off
FIELDS: tuple[Field, ...] = (  # in the order a record's keys are written
    Field("schema", "schema", "the record format's version", True, editable=False, merge=FIXED, changes=False, export=False),
    Field("id", "id", "the natural key; the file is records/<committee>/<id>.toml", True, editable=False, merge=FIXED, changes=False, summary=True, views=("list", "overdue", "report")),
    Field("committee", "slug", "the committee that agreed it", True, merge=WHOLE, summary=True, views=("list", "overdue")),
    Field("meeting", "date", "the meeting that agreed it", True, merge=WHOLE, summary=True, views=("list", "overdue")),
    Field("item", "line", "the agenda item it came under", summary=True, views=("list", "overdue", "report")),
    Field("kind", "choice", "`recommendation` (to the executive: referred and answered) or `action` (to officers)", True, merge=WHOLE, summary=True, views=("list",), choices=KINDS),
    Field("status", "choice", "where it is in the lifecycle (below)", True, derived=True, merge=WHOLE, summary=True, views=("list", "overdue", "report"), choices=STATUSES),
    Field("addressed_to", "line", "who must respond: the Cabinet, a Cabinet member, a partner body", views=("report",)),
    Field("owner", "line", "who is responsible for delivery", derived=True, summary=True, views=("list", "overdue", "report")),
    Field("themes", "slugs", "themes from scrutrack.toml's [themes]", summary=True, views=("list",)),
    Field("referred", "date", "when it was last referred", derived=True, merge=WHOLE),
    Field("response_due", "date", "when the response to the last referral is due", derived=True, merge=WHOLE, summary=True),
    Field("due", "date", "the implementation target (its first value stays in the history)", derived=True, merge=WHOLE, summary=True, views=("list", "overdue", "report")),
    Field("requested", "date", "a new target its owner asked for, until the committee grants or refuses it", derived=True, merge=WHOLE, views=("report",)),
    Field("review", "date", "when the committee next follows it up", derived=True, merge=WHOLE, summary=True),
    Field("text", "text", "the recommendation's wording", True, summary=True, views=("list", "overdue", "report")),
    Field("response", "response", "the executive's response", views=("report",)),
    Field("evidence", "evidence", "links that show progress (append-only)", merge=APPEND, changes=False),
    Field("history", "history", "every change, in date order (append-only; `edit` may correct an entry, and says so)", True, merge=APPEND, changes=False),
)
# fmt: on

FIELD = {f.name: f for f in FIELDS}
RECORD_ORDER = tuple(FIELD)
REQUIRED = tuple(f.name for f in FIELDS if f.required)
EDITABLE = tuple(f.name for f in FIELDS if f.editable)  # what an `edited` entry may name
RESPONSE_ORDER = ("date", "outcome", "text")
EVIDENCE_ORDER = ("date", "title", "url", "path")

# ------------------------------------------------------------------------------ the history
#
# A history entry's keys, and each event with the keys it carries, are data too: a new event is
# one entry in EVENTS (and any new key one entry in HISTORY_KEYS, with its attribute in HistoryEntry).


class Key:
    """A key a history entry may carry. One TOML key may mean different things on different
    events (`from` is the previous target on due-revised, the previous owner on owner-changed):
    each meaning is its own Key, held in its own HistoryEntry attribute."""

    __slots__ = ("attr", "choices", "doc", "name", "type")

    def __init__(self, name: str, attr: str, type: str, doc: str, choices: tuple[str, ...] = ()) -> None:
        self.name = name  # the TOML key
        self.attr = attr  # the HistoryEntry attribute that holds it
        self.type = type  # a key of TYPES
        self.doc, self.choices = doc, choices

    def __repr__(self) -> str:
        return f"Key({self.name!r}, {self.attr!r})"


# fmt: off
HISTORY_KEYS: tuple[Key, ...] = (  # in the order an entry's keys are written
    Key("date", "date", "date", "the day it happened"),
    Key("event", "event", "choice", "what happened: a status the record moved to, or an event below"),
    Key("by", "by", "line", "who did it"),
    Key("round", "round", "line", "the update round the answer belongs to"),
    Key("progress", "progress", "line", "the owner's progress word (scrutrack.toml's [progress])"),
    Key("outcome", "outcome", "choice", "the response's outcome (`partially-accepted` in older records reads as `accepted-in-part`)", OUTCOMES),
    Key("rating", "rating", "choice", "how much difference it made", IMPACT_RATINGS),
    Key("response_due", "response_due", "date", "when the response is due"),
    Key("from", "from_", "date", "the target before this move"),
    Key("from", "from_owner", "line", "the owner before this change, if there was one"),
    Key("from", "from_id", "id", "the ID the record had"),
    Key("to", "to", "id", "the ID it was given"),
    Key("owner", "owner", "line", "the new owner"),
    Key("due", "due", "date", "the implementation target from this day on"),
    Key("requested", "requested", "date", "the new target the owner asks for"),
    Key("reason", "reason", "line", "why"),
    Key("decision", "decision", "line", "the committee's decision, in its words"),
    Key("meeting", "meeting", "date", "the committee meeting that decided it"),
    Key("minute", "minute", "line", "the minute that records the decision, e.g. 'Minute 47(3)'"),
    Key("review", "review", "date", "the next follow-up by the committee"),
    Key("fields", "fields", "names", "the fields the hand edit changed"),
    Key("superseded_by", "superseded_by", "line", "the ID of the record that supersedes it"),
    Key("status", "status", "choice", "the status the tracker gave it; it holds from this day", STATUSES),
    Key("source", "source", "line", "the file it came from"),
    Key("text", "text", "text", "in words: the owner's answer (update), what changed (impact)"),
    Key("url", "url", "line", "a link to the evidence of it (an http or https URL)"),
    Key("note", "note", "note", "why, or what"),
)
# fmt: on

KEY = {k.attr: k for k in HISTORY_KEYS}
COMMON_HISTORY_KEYS = ("date", "event", "by", "note")  # on every entry (date and event always)
HISTORY_ORDER = tuple(dict.fromkeys(k.name for k in HISTORY_KEYS))
OWNER_CHANGED, EDITED, UPDATE, RENUMBERED = "owner-changed", "edited", "update", "renumbered"
# A record's text ends with a full stop unless it ends so already (also inside a closing quotation mark or
# bracket: '... the motion "X."'), or with a colon or a dash; a quoted word at its end ("rated 'high'") takes
# one. The rule for minutes and for a tracker that is not scrutrack's own export.
ENDS_TEXT = (*(f"{end}{close}" for end in ".!?" for close in ("", ")", "”", "’", '"', "'")), ":", "-")

RESPONSE_NOTED, IMPACT = "response-noted", "impact"
DUE_REQUESTED, DUE_GRANTED, DUE_REFUSED = "due-requested", "due-granted", "due-refused"


class Event:
    """What a history entry may record: a status move, or another event."""

    __slots__ = ("by", "doc", "keys", "name", "required", "sets")

    def __init__(
        self,
        name: str,
        doc: str,
        keys: tuple[str, ...] = (),  # the HistoryEntry attributes it may carry beyond date, event, by, note
        required: tuple[str, ...] = (),  # of those, the ones it must carry
        by: str = "",  # the command that writes it, for the docs
        sets: tuple[str, ...] = (),  # the record's fields it sets besides those its keys name (`changes`)
    ) -> None:
        self.name, self.doc, self.keys, self.required, self.by, self.sets = name, doc, keys, required, by, sets

    def __repr__(self) -> str:
        return f"Event({self.name!r})"


# fmt: off
EVENTS_TABLE: tuple[Event, ...] = (
    Event("agreed", "the meeting agreed it (always first, on the meeting date)", ("due",), by="`add`, `import`"),
    Event("referred", "sent to whoever must respond", ("response_due",), ("response_due",), "`refer`", ("referred", "addressed_to")),
    Event("accepted", "the response accepted it (outcome accepted, accepted-in-part or accepted-in-principle)", ("outcome", "due"), ("outcome",), "`respond`, `import response`", ("response",)),
    Event("rejected", "the response rejected it (outcome rejected; the response's text is the reason)", ("outcome",), ("outcome",), "`respond`, `import response`", ("response",)),
    Event(RESPONSE_NOTED, "the response only noted it (outcome noted): it stays referred, the response period runs on", ("outcome",), ("outcome",), "`respond`, `import response`", ("response",)),
    Event("in-progress", "work started, or it was reopened (with a note)", by="`status`"),
    Event("implemented", "done, with evidence: proposed for closure", by="`status`"),
    Event("closed", "members signed it off at a meeting (meeting and minute), or closed it with a note", ("meeting", "minute"), by="`signoff`, `status`"),
    Event("withdrawn", "no longer pursued", by="`status`"),
    Event("superseded", "replaced by a later recommendation", ("superseded_by",), ("superseded_by",), "`status`"),
    Event("due-revised", "the target moved (an officer's correction)", ("from_", "due", "reason"), ("due", "reason"), "`due`"),
    Event(DUE_REQUESTED, "an owner asked for a new target; it does not move until the committee grants it", ("requested", "reason"), ("requested", "reason"), "`due --request`"),
    Event(DUE_GRANTED, "the committee granted the latest request: the target moves to the date asked for", ("from_", "due", "decision", "meeting", "minute"), ("due",), "`due --grant`", ("requested",)),
    Event(DUE_REFUSED, "the committee refused the latest request: the target stays", ("decision", "meeting", "minute"), by="`due --refuse`", sets=("requested",)),
    Event("review-set", "a follow-up date set", ("review",), ("review",), "`review`"),
    Event("evidence-added", "a link to evidence added", by="`evidence`"),
    Event(OWNER_CHANGED, "handed to a new owner", ("from_owner", "owner"), ("owner",), "`assign`"),
    Event(EDITED, "changed by hand", ("fields",), ("fields",), "`edit`"),
    Event("note", "something that happened", by="`note`"),
    Event(UPDATE, "an owner's answer in an update round (`by` is the owner)", ("round", "progress", "text"), ("round", "progress"), "`round`"),
    Event(IMPACT, "what changed because of it, for annual reports", ("rating", "text", "url"), ("rating", "text"), "`impact`"),
    Event(RENUMBERED, "given the next free number: a merge met another recommendation with its ID", ("from_id", "to"), ("from_id", "to"), "`resolve`", ("id",)),
    Event("imported", "imported from a tracker that gave it another status", ("status", "source"), ("status",), "`import csv`"),
)
# fmt: on

EVENT = {e.name: e for e in EVENTS_TABLE}


def sets(entry: HistoryEntry) -> frozenset[str]:
    """The record's fields a history entry sets: its status if it moves it, each derived field its
    keys carry (due, review, owner, ...), and what its event sets besides."""
    event = EVENT.get(entry.event)
    keys = {KEY[a].name for a in event.keys if not _empty(getattr(entry, a))} if event is not None else set()
    found = {k for k in keys if k in FIELD and FIELD[k].derived} | set(event.sets if event else ())
    if entry.moves_to is not None:
        found.add("status")
    return frozenset(found)


EVENTS = tuple(EVENT)
OTHER_EVENTS = tuple(e for e in EVENTS if e not in STATUSES)
EVENT_KEYS = {e.name: tuple(KEY[a].name for a in e.keys) for e in EVENTS_TABLE}
HISTORY_DATE_KEYS = frozenset(k.name for k in HISTORY_KEYS if k.type == "date")


def history_date_keys(event: object) -> frozenset[str]:
    """The keys that hold dates in a history entry of this event (`from` is a name on owner-changed)."""
    e = EVENT.get(event) if isinstance(event, str) else None
    if e is None:
        return HISTORY_DATE_KEYS
    return frozenset(k.name for k in HISTORY_KEYS if k.type == "date" and (k.attr in e.keys or k.name in ("date",)))


# Strings written as """ multi-line strings ending in a newline, and those written so only when they hold one.
LONG_TEXT_KEYS = frozenset(
    {f.name for f in FIELDS if f.type == "text"} | {k.name for k in HISTORY_KEYS if k.type == "text"}
)
NOTE_KEYS = frozenset(k.name for k in HISTORY_KEYS if k.type == "note")

ID_RE = re.compile(r"^([a-z0-9][a-z0-9-]*?)-(\d{4}-\d{2}-\d{2})-([1-9]\d*)$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# The longest slug and record number a new committee or record may have: an ID (slug-YYYY-MM-DD-n)
# then fits a table even 40 columns wide, where IDs are never cut.
MAX_SLUG, MAX_NUMBER = 20, 999


def number_problem(number: int) -> str | None:
    """Why a record may not have this number within its meeting (add, imports), or None."""
    if 1 <= number <= MAX_NUMBER:
        return None
    return f"{number} is not a number within the meeting; give 1 to {MAX_NUMBER}"


class Response(NamedTuple):
    date: dt.date
    outcome: str
    text: str


class Evidence(NamedTuple):
    date: dt.date
    title: str
    url: str | None = None
    path: str | None = None

    @property
    def link(self) -> str:
        return self.url or self.path or ""


# Named tuples, not dataclasses: made at import in a quarter of the time, and as fast to use.
class HistoryEntry(NamedTuple):
    date: dt.date
    event: str
    by: str | None = None
    outcome: str | None = None
    response_due: dt.date | None = None
    from_: dt.date | None = None  # on due-revised: the previous target
    due: dt.date | None = None
    reason: str | None = None
    review: dt.date | None = None
    superseded_by: str | None = None
    status: str | None = None
    source: str | None = None
    note: str | None = None
    from_owner: str | None = None  # on owner-changed: the previous owner (the key `from`)
    owner: str | None = None
    fields: tuple[str, ...] = ()
    round: str | None = None  # on update: the round's name, the owner's progress word and their words
    progress: str | None = None
    text: str | None = None
    requested: dt.date | None = None  # on due-requested: the new target asked for
    decision: str | None = None  # on due-granted, due-refused: the committee's decision, its meeting and minute
    meeting: dt.date | None = None  # ... and on closed, when members signed it off
    minute: str | None = None
    rating: str | None = None  # on impact: the rating, `text` what changed, `url` its evidence
    url: str | None = None
    from_id: str | None = None  # on renumbered: the ID it had (the key `from`), and the one it was given
    to: str | None = None

    @property
    def moves_to(self) -> str | None:
        """The status this entry put the record in, if it is a status entry."""
        if self.event == "imported":
            return self.status
        return self.event if self.event in STATUSES else None


class Record(NamedTuple):
    id: str
    committee: str
    meeting: dt.date
    kind: str
    status: str
    text: str
    history: tuple[HistoryEntry, ...]
    item: str | None = None
    addressed_to: str | None = None
    owner: str | None = None
    themes: tuple[str, ...] = ()
    referred: dt.date | None = None
    response_due: dt.date | None = None
    due: dt.date | None = None
    review: dt.date | None = None
    response: Response | None = None
    evidence: tuple[Evidence, ...] = ()
    schema: int = SCHEMA
    requested: dt.date | None = None

    @property
    def is_open(self) -> bool:
        return self.status not in TERMINAL

    def with_changes(self, **changes: Any) -> Record:
        return self._replace(**changes)


class Summary(NamedTuple):
    """What listing and the overdue report need of a record, in plain values ready to show: dates
    as ordinals, text, owner and item on one line with control characters removed.

    The read cache stores one per file, a column per field, in this order.
    """

    id: str
    committee: str
    meeting: int
    number: int  # the recommendation's number within its meeting (the ID's last part)
    item: str | None
    kind: str
    status: str
    owner: str | None
    due: int | None
    response_due: int | None
    review: int | None
    first: int  # the first history entry's date
    last: int  # the last history entry's date
    # Per history entry "date,status moved to,due,response_due,review" (ordinals, empty where
    # unset), joined by ";": one string to store and load, decoded only for an as-of date
    # before the last entry (see overdue.state_on).
    timeline: str
    text: str
    themes: str  # joined by THEME_SEP ("" for none): a string loads as it is stored

    @property
    def theme_list(self) -> list[str]:
        return self.themes.split(THEME_SEP) if self.themes else []


def _agree() -> None:
    """The record's types hold exactly the tables' fields and keys: checked as the module loads
    (a few set operations), so a field added to a table and not to its type stops every command
    at once, rather than being dropped somewhere."""
    for kind, names, table in (
        ("Record", set(Record._fields), set(FIELD)),
        ("HistoryEntry", set(HistoryEntry._fields), set(KEY)),
        ("Summary", {n for n in Summary._fields if n in FIELD}, {f.name for f in FIELDS if f.summary}),
    ):
        if names != table:
            missing, extra = sorted(table - names), sorted(names - table)
            raise TypeError(
                f"model.{kind} and its table disagree: add {missing} to {kind}; remove {extra} or add them to the table"
            )


_agree()


# Summary's fields that are numbers (the others are text), those that may be None, and the texts
# many records share (the cache stores each once a folder): from the fields' types, and for the
# values Summary works out itself (a test keeps them in step with its annotations).
_WORKED_OUT = {"number": "int", "first": "int", "last": "int", "timeline": "str"}
SUMMARY_NUMBERS = frozenset(
    [n for n in Summary._fields if n in FIELD and FIELD[n].type == "date"]
    + [n for n, t in _WORKED_OUT.items() if t == "int"]
)
SUMMARY_OPTIONAL = frozenset(
    n for n in Summary._fields if n in FIELD and not FIELD[n].required and FIELD[n].type != "slugs"
)
SUMMARY_SHARED = frozenset(
    n for n in Summary._fields if n in FIELD and FIELD[n].type in ("slug", "choice", "line", "slugs")
)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi controls (U+202A-U+202E, U+2066-U+2069, the LRM, RLM and ALM marks): invisible, they turn
# text around ("invoice\u202egnp.exe" reads as "invoiceexe.png"). Every output shows them as escapes.
BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_BIDI = re.compile(f"[{BIDI}]")
_UNSEEN = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI}]")


def _escape(ch: str) -> str:
    n = ord(ch)
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def shown(text: str) -> str:
    """Text with its bidi controls as visible \\u202e-style escapes, all else as it is: for HTML, Word
    and Markdown (JSON escapes them its own way, losing nothing)."""
    return _BIDI.sub(lambda m: _escape(m[0]), text) if _BIDI.search(text) else text


def clean(text: str | None) -> str:
    """Text from a record made safe for a terminal: control characters (escapes) removed, bidi
    controls shown as escapes."""
    if not text:
        return ""
    return _UNSEEN.sub(lambda m: _escape(m[0]) if ord(m[0]) > 0xFF else "", text) if _UNSEEN.search(text) else text


def safe(text: str) -> str:
    """Text from a record (or any file) made safe for a terminal, keeping every character visible:
    each control character, such as the ESC that starts an escape sequence or a BEL, and each bidi
    control, is shown as a \\x1b- or \\u202e-style escape. Line breaks and tabs stay. The one function
    for messages and output that quote what a file holds (tables use `clean`, which drops controls)."""
    if not _UNSEEN.search(text):
        return text
    return _UNSEEN.sub(lambda m: _escape(m[0]), text)


def url_problem(url: str) -> str | None:
    """Why a URL cannot be evidence, or None: it must be http(s), and hold no hidden direction
    control (https://evil.example/\\u202egnp.exe shows as .../exe.png)."""
    if not _URL.match(url):
        return f"'{safe(url)}' is not an http(s) URL"
    if _BIDI.search(url):
        hidden = ", ".join(sorted({_escape(c) for c in _BIDI.findall(url)}))
        return (
            f"'{safe(url)}' holds a hidden direction control ({hidden}), which makes an address read as "
            "another; give the address as it is, without it"
        )
    return None


def one_line(text: str | None, limit: int | None = None) -> str:
    """Text on one line for a table cell; with `limit`, only the first part is looked at."""
    if not text:
        return ""
    if limit is not None:
        text = text[: 2 * limit + 2]  # room for runs of spaces that collapse
    words = text.split()  # at any white space: tabs, and Word's line and page breaks (\v, \f), too
    if _UNSEEN.search(text):
        words = clean(" ".join(words)).split()
    return " ".join(words)


def _ord(d: dt.date | None) -> int | None:
    return d.toordinal() if d is not None else None


def _cell(d: dt.date | None) -> str:
    return str(d.toordinal()) if d is not None else ""


THEME_SEP = "\x1f"  # between themes in Summary.themes: a character no slug holds


def _summary_value(name: str) -> Any:
    """How Summary gets the value of one of its fields from a Record."""
    if name == "number":
        return lambda r: int(r.id.rpartition("-")[2])
    if name == "timeline":
        return lambda r: ";".join(
            f"{h.date.toordinal()},{h.moves_to or ''},{_cell(h.due)},{_cell(h.response_due)},{_cell(h.review)}"
            for h in r.history
        )
    if name == "first":
        return lambda r: r.history[0].date.toordinal() if r.history else r.meeting.toordinal()
    if name == "last":
        return lambda r: r.history[-1].date.toordinal() if r.history else r.meeting.toordinal()
    f = FIELD[name]  # a field of the record, as a table shows it
    get = attrgetter(name)
    if f.type == "date":
        return lambda r: _ord(get(r))
    if f.type in ("line", "text"):
        return (lambda r: one_line(get(r))) if f.required else (lambda r: one_line(get(r)) or None)
    if f.type == "slugs":
        return lambda r: THEME_SEP.join(get(r))
    return get


_SUMMARY_VALUES = [_summary_value(name) for name in Summary._fields]


def summarize(r: Record) -> Summary:
    return Summary._make([value(r) for value in _SUMMARY_VALUES])


class Problem(NamedTuple):
    """Something wrong in a record, located by its place in the TOML (table, index, key)."""

    message: str
    where: tuple[str | int, ...] = ()


def id_order(record_id: str) -> tuple[str, int]:
    """Sort key for IDs: by committee and meeting, then by number (…-2 before …-12)."""
    head, _, n = record_id.rpartition("-")
    return (head, int(n)) if n.isdigit() else (record_id, 0)


def make_id(committee: str, meeting: dt.date, number: int) -> str:
    return f"{committee}-{meeting.isoformat()}-{number}"


def normalize_text(text: str) -> str:
    """Long text as stored: Unix newlines (for Word's line and page breaks, \\v and \\f, too), no leading or
    trailing blank lines, one final newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace("\f", "\n").strip("\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text + "\n" if text else ""


_QUOTE_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def same_text(a: str, b: str) -> bool:
    """The same wording: line endings, wrapping, runs of spaces and curly quotes do not count (a
    re-import, or two branches that added one recommendation)."""

    def fold(text: str) -> str:
        return re.sub(r"\s+", " ", normalize_text(text).translate(_QUOTE_FOLD)).strip()

    return fold(a) == fold(b)


# ----------------------------------------------------------------------------- to dict


def _empty(value: Any) -> bool:
    return value is None or value == ()


def history_to_dict(h: HistoryEntry) -> dict[str, Any]:
    """One history entry as plain data, its keys in canonical order."""
    out: dict[str, Any] = {}
    for key in HISTORY_KEYS:
        value = getattr(h, key.attr)
        if not _empty(value):
            out[key.name] = list(value) if key.type == "names" else value
    return out


def evidence_to_dict(e: Evidence) -> dict[str, Any]:
    return {k: v for k, v in zip(EVIDENCE_ORDER, e, strict=True) if v is not None}


_AS_DATA: dict[str, Any] = {
    "slugs": list,
    "response": lambda r: dict(zip(RESPONSE_ORDER, r, strict=True)),
    "evidence": lambda es: [evidence_to_dict(e) for e in es],
    "history": lambda hs: [history_to_dict(h) for h in hs],
}
_TO_DATA = [(f.name, _AS_DATA.get(f.type)) for f in FIELDS]


def record_to_dict(r: Record) -> dict[str, Any]:
    """The record as plain data in canonical key order (TOML and JSON both start here): every field
    of FIELDS that has a value."""
    out: dict[str, Any] = {}
    for name, convert in _TO_DATA:
        value = getattr(r, name)
        if not _empty(value):
            out[name] = convert(value) if convert is not None else value
    return out


# --------------------------------------------------------------------------- from dict
#
# One reader, made from the tables: each value is checked by its type, with exact type tests
# (most records are valid, and reading every record, for check, export or report, must stay
# cheap); a value that fails is a Problem saying what is wrong and where.


def _show(v: Any) -> str:
    kind = type(v).__name__
    names = {
        "str": "a string",
        "int": "a number",
        "float": "a number",
        "bool": "true/false",
        "list": "a list",
        "dict": "a table",
        "datetime": "a date-time",
        "time": "a time",
    }
    return names.get(kind, kind)


Where = tuple[str | int, ...]
Problems = list[Problem]
_URL = re.compile(r"^https?://[^\s/]+\S*$")
_EDITABLE = frozenset(EDITABLE)


def _date(v: Any, key: str, where: Where, out: Problems) -> Any:
    if type(v) is dt.date:
        return v
    hint = ""
    if type(v) is str:  # a date in quotes, or as a clerk writes it (day first): say how TOML writes it
        m = re.fullmatch(r"\s*(?:(\d{4})-(\d\d)-(\d\d)|(\d{1,2})[/.](\d{1,2})[/.](\d{4}))\s*", v)
        if m:
            year, month, day = (m[1], m[2], m[3]) if m[1] else (m[6], m[5], m[4])
            hint = f": write {key} = {year}-{int(month):02}-{int(day):02} (no quotes)"
    out.append(Problem(f"'{key}' must be a TOML date like 2019-04-30, not {_show(v)}{hint}", (*where, key)))
    return None


def _string(v: Any, key: str, where: Where, out: Problems) -> Any:
    if type(v) is str and v.strip():
        return v
    if type(v) is str:
        out.append(Problem(f"'{key}' is empty; remove the key or give it a value", (*where, key)))
    else:
        out.append(Problem(f"'{key}' must be a string, not {_show(v)}", (*where, key)))
    return None


def _choice(choices: tuple[str, ...]) -> Any:
    allowed = frozenset(choices)

    def read(v: Any, key: str, where: Where, out: Problems) -> Any:
        if type(v) is str and v in allowed:
            return v
        if _string(v, key, where, out) is not None:
            out.append(Problem(f"'{key}' is '{v}'; it must be one of: {', '.join(choices)}", (*where, key)))
        return None

    return read


def _id(v: Any, key: str, where: Where, out: Problems) -> Any:
    if type(v) is str and ID_RE.match(v):
        return v
    if _string(v, key, where, out) is not None:
        out.append(Problem(f"'{key}' '{v}' is not of the form <committee>-<YYYY-MM-DD>-<n>", (*where, key)))
    return None


def _schema(v: Any, key: str, where: Where, out: Problems) -> Any:
    if v == SCHEMA and type(v) is int:
        return v
    out.append(Problem(f"'schema' is {v!r}; this scrutrack reads schema {SCHEMA}", (*where, key)))
    return None


def _slugs(v: Any, key: str, where: Where, out: Problems) -> Any:
    if type(v) is list and v and all(type(t) is str for t in v) and len(set(v)) == len(v):
        return tuple(v)
    if type(v) is not list or not all(isinstance(t, str) for t in v):
        out.append(Problem(f"'{key}' must be a list of strings", (*where, key)))
    elif not v:
        out.append(Problem(f"'{key}' is empty; remove the key", (*where, key)))
    else:
        out.append(Problem(f"'{key}' lists a theme twice", (*where, key)))
    return None


def _names(v: Any, key: str, where: Where, out: Problems) -> Any:
    """An `edited` entry's `fields`: a non-empty list of distinct names of editable fields."""
    if type(v) is list and v and all(type(n) is str and n in _EDITABLE for n in v) and len(set(v)) == len(v):
        return tuple(v)
    out.append(
        Problem(f"'{key}' must list the fields the edit changed, each once, from: {', '.join(EDITABLE)}", (*where, key))
    )
    return None


def _unknown(
    table: dict[str, Any], allowed: Any, order: tuple[str, ...], what: str, where: Where, out: Problems
) -> None:
    for key in table:
        if key not in allowed:
            out.append(Problem(f"unknown key '{key}' in {what}; allowed: {', '.join(order)}", (*where, key)))


def _response(v: Any, key: str, where: Where, out: Problems) -> Any:
    where = (*where, key)
    if type(v) is not dict:
        out.append(Problem("'response' must be a table ([response])", where))
        return None
    before = len(out)
    _unknown(v, RESPONSE_ORDER, RESPONSE_ORDER, "[response]", where, out)
    got: list[Any] = [v.get(k) for k in RESPONSE_ORDER]
    for k, value, read in zip(RESPONSE_ORDER, got, (_date, _choice(OUTCOMES), _string), strict=True):
        if value is None:
            out.append(Problem(f"[response] has no '{k}'", where))
        else:
            read(value, k, where, out)
    return Response(*got) if len(out) == before else None


def _evidence(v: Any, key: str, where: Where, out: Problems) -> Any:
    if type(v) is not list:
        out.append(Problem("'evidence' must be an array of tables ([[evidence]])", (*where, key)))
        return None
    if not v:
        out.append(Problem("'evidence' is empty; remove the key", (*where, key)))
        return None
    before = len(out)
    found = []
    for i, e in enumerate(v):
        at = (*where, key, i)
        if type(e) is not dict:
            out.append(Problem("each [[evidence]] entry must be a table", at))
            continue
        _unknown(e, EVIDENCE_ORDER, EVIDENCE_ORDER, "an [[evidence]] entry", at, out)
        parts: list[Any] = [e.get(k) for k in EVIDENCE_ORDER]
        day, title, url, path = parts
        for k, value, read in (("date", day, _date), ("title", title, _string)):
            if value is None:
                out.append(Problem(f"[[evidence]] entry has no '{k}'", at))
            else:
                read(value, k, at, out)
        for k, value in (("url", url), ("path", path)):
            if value is not None:
                _string(value, k, at, out)
        if (url is None) == (path is None):
            out.append(Problem("an [[evidence]] entry needs exactly one of 'url' or 'path'", at))
        elif type(url) is str and (why := url_problem(url)):
            out.append(Problem(f"evidence url {why}", (*at, "url")))
        found.append(Evidence(day, title, url, path))
    return tuple(found) if len(out) == before else None


_READ_TYPE: dict[str, Any] = {
    "schema": _schema,
    "id": _id,
    "slug": _string,
    "date": _date,
    "line": _string,
    "note": _string,
    "text": _string,
    "slugs": _slugs,
    "names": _names,
    "response": _response,
    "evidence": _evidence,
}


def _reader(type_: str, choices: tuple[str, ...]) -> Any:
    return _choice(choices) if type_ == "choice" else _READ_TYPE[type_]


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


# How to read an entry of each event: its TOML keys -> (attribute, reader), the keys it must have,
# and every key it may have, in order (for messages).
_EventReader = tuple[dict[str, tuple[str, Any]], tuple[str, ...], tuple[str, ...]]
_COMMON = ("date", "event", "by", "note")


def _known(v: Any, key: str, where: Where, out: Problems) -> Any:
    return v  # the event's name, read before the entry's other keys


_READ_EVENT: dict[str, _EventReader] = {
    e.name: (
        {
            KEY[a].name: (a, _known if a == "event" else _reader(KEY[a].type, KEY[a].choices))
            for a in (*_COMMON, *e.keys)
        },
        tuple(KEY[a].name for a in e.required),
        tuple(k.name for k in HISTORY_KEYS if k.attr in (*_COMMON, *e.keys)),
    )
    for e in EVENTS_TABLE
}
_READ_EVENT_NAME = _choice(EVENTS)


def _history_entry(raw: Any, where: Where, out: Problems) -> HistoryEntry | None:
    if type(raw) is not dict:
        out.append(Problem("each [[history]] entry must be a table", where))
        return None
    before = len(out)
    event: Any = raw.get("event")
    day: Any = raw.get("date")
    if event is None:
        out.append(Problem("history entry has no 'event'", where))
    elif _READ_EVENT_NAME(event, "event", where, out) is None:
        event = None
    if day is None:
        out.append(Problem("history entry has no 'date'", where))
    reader = _READ_EVENT.get(event) if event is not None else None
    if reader is None:  # the other keys cannot be judged without a known event
        if day is not None:
            _date(day, "date", where, out)
        return None
    readers, required, order = reader
    values: dict[str, Any] = {}
    for key, value in raw.items():
        got = readers.get(key)
        if got is None:
            out.append(
                Problem(
                    f"unknown key '{key}' in the '{event}' history entry; allowed: {', '.join(order)}",
                    (*where, key),
                )
            )
            continue
        attr, read = got
        values[attr] = read(value, key, where, out)
    for key in required:
        if key not in raw:
            attr = readers[key][0]
            out.append(Problem(f"{_article(event)} '{event}' history entry needs '{key}' ({KEY[attr].doc})", where))
    return HistoryEntry(**values) if len(out) == before else None


def _history(v: Any, key: str, where: Where, out: Problems) -> Any:
    if type(v) is not list:
        out.append(Problem("'history' must be an array of tables ([[history]])", (*where, key)))
        return None
    if not v:
        out.append(Problem("'history' is empty; the first entry must be 'agreed' on the meeting date", (*where, key)))
        return None
    before = len(out)
    entries = [_history_entry(h, (*where, key, i), out) for i, h in enumerate(v)]
    return tuple(entries) if len(out) == before else None


_READ_TYPE["history"] = _history
_READ_FIELD = {f.name: _reader(f.type, f.choices) for f in FIELDS}
_REQUIRED = frozenset(REQUIRED)


def record_from_dict(data: dict[str, Any]) -> tuple[Record | None, list[Problem]]:
    """Turn parsed TOML into a Record, collecting every problem on the way (none: the record).

    Unknown keys are named first, then missing ones, then values that are wrong."""
    out: Problems = []
    unknown: Problems = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        read = _READ_FIELD.get(key)
        if read is None:
            unknown.append(Problem(f"unknown key '{key}' in a record; allowed: {', '.join(RECORD_ORDER)}", (key,)))
        else:
            values[key] = read(value, key, (), out)
    if out or unknown or not data.keys() >= _REQUIRED:
        missing = [Problem(f"required key '{key}' is missing") for key in REQUIRED if key not in data]
        return None, unknown + missing + out
    return Record(**values), out
