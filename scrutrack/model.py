"""The record of one recommendation: named tuples, the allowed values, and dict conversion (no I/O)."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
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
    ACCEPTED = "accepted"
    PARTIALLY_ACCEPTED = "partially-accepted"
    REJECTED = "rejected"


# History events that are not status moves.
OWNER_CHANGED, EDITED, UPDATE = "owner-changed", "edited", "update"
OTHER_EVENTS = ("due-revised", "review-set", "evidence-added", OWNER_CHANGED, EDITED, "note", UPDATE, "imported")
EVENTS = (*STATUSES, *OTHER_EVENTS)

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

# Keys every history entry may have, then the extra keys each event may carry.
COMMON_HISTORY_KEYS = ("date", "event", "by", "note")
EVENT_KEYS: dict[str, tuple[str, ...]] = {
    "agreed": ("due",),
    "referred": ("response_due",),
    "accepted": ("outcome", "due"),
    "rejected": ("outcome",),
    "due-revised": ("from", "due", "reason"),
    "review-set": ("review",),
    OWNER_CHANGED: ("from", "owner"),  # `from` is the previous owner here, a date on due-revised
    EDITED: ("fields",),
    UPDATE: ("round", "progress", "text"),  # an owner's answer in an update round, in their words
    "superseded": ("superseded_by",),
    "imported": ("status", "source"),
}
# Canonical order of a history entry's keys (the domain README's examples).
HISTORY_ORDER = (
    "date",
    "event",
    "by",
    "round",
    "progress",
    "outcome",
    "response_due",
    "from",
    "owner",
    "due",
    "reason",
    "review",
    "fields",
    "superseded_by",
    "status",
    "source",
    "text",
    "note",
)
HISTORY_DATE_KEYS = frozenset({"date", "response_due", "from", "due", "review"})


def history_date_keys(event: object) -> frozenset[str]:
    """The keys that hold dates in a history entry of this event (`from` is a name on owner-changed)."""
    return HISTORY_DATE_KEYS - {"from"} if event == OWNER_CHANGED else HISTORY_DATE_KEYS


RECORD_ORDER = (
    "schema",
    "id",
    "committee",
    "meeting",
    "item",
    "kind",
    "status",
    "addressed_to",
    "owner",
    "themes",
    "referred",
    "response_due",
    "due",
    "review",
    "text",
    "response",
    "evidence",
    "history",
)
REQUIRED = ("schema", "id", "committee", "meeting", "kind", "status", "text", "history")
# What an `edited` entry may name: the fields a hand edit can change.
EDITABLE = tuple(k for k in RECORD_ORDER if k not in ("schema", "id", "history"))
RECORD_DATE_KEYS = frozenset({"meeting", "referred", "response_due", "due", "review"})
RECORD_STR_KEYS = frozenset({"id", "committee", "item", "kind", "status", "addressed_to", "owner", "text"})
RESPONSE_ORDER = ("date", "outcome", "text")
EVIDENCE_ORDER = ("date", "title", "url", "path")

ID_RE = re.compile(r"^([a-z0-9][a-z0-9-]*?)-(\d{4}-\d{2}-\d{2})-([1-9]\d*)$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# The longest slug and record number a new committee or record may have: an ID (slug-YYYY-MM-DD-n)
# then fits a table even 40 columns wide, where IDs are never cut.
MAX_SLUG, MAX_NUMBER = 20, 999


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


# Summary's fields that are numbers (the others are text), and those that may be None: as its
# annotations say (a test keeps them in step; reading the annotations would cost every command 0.1 ms).
SUMMARY_NUMBERS = frozenset({"meeting", "number", "due", "response_due", "review", "first", "last"})
SUMMARY_OPTIONAL = frozenset({"item", "owner", "due", "response_due", "review"})
SUMMARY_SHARED = frozenset({"committee", "item", "kind", "status", "owner", "themes"})  # texts many records share


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str | None) -> str:
    """Text from a record made safe for a terminal: control characters (escapes) removed."""
    return _CONTROL.sub("", text) if text else ""


def safe(text: str) -> str:
    """Text from a record (or any file) made safe for a terminal, keeping every character visible:
    each control character, such as the ESC that starts an escape sequence or a BEL, is shown as a
    \\x1b-style escape. Line breaks and tabs stay. The one function for messages and output that
    quote what a file holds (tables use `clean`, which drops them)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


def one_line(text: str | None, limit: int | None = None) -> str:
    """Text on one line for a table cell; with `limit`, only the first part is looked at."""
    if not text:
        return ""
    if limit is not None:
        text = text[: 2 * limit + 2]  # room for runs of spaces that collapse
    words = text.split()  # at any white space: tabs, and Word's line and page breaks (\v, \f), too
    if _CONTROL.search(text):
        words = clean(" ".join(words)).split()
    return " ".join(words)


def _ord(d: dt.date | None) -> int | None:
    return d.toordinal() if d is not None else None


def _cell(d: dt.date | None) -> str:
    return str(d.toordinal()) if d is not None else ""


THEME_SEP = "\x1f"  # between themes in Summary.themes: a character no slug holds


def summarize(r: Record) -> Summary:
    timeline = ";".join(
        f"{h.date.toordinal()},{h.moves_to or ''},{_cell(h.due)},{_cell(h.response_due)},{_cell(h.review)}"
        for h in r.history
    )
    first = r.history[0].date.toordinal() if r.history else r.meeting.toordinal()
    last = r.history[-1].date.toordinal() if r.history else first
    return Summary(
        r.id,
        r.committee,
        r.meeting.toordinal(),
        int(r.id.rpartition("-")[2]),
        one_line(r.item) or None,
        r.kind,
        r.status,
        one_line(r.owner) or None,
        _ord(r.due),
        _ord(r.response_due),
        _ord(r.review),
        first,
        last,
        timeline,
        one_line(r.text),
        THEME_SEP.join(r.themes),
    )


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


# ----------------------------------------------------------------------------- to dict


def _drop_none(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    return {k: v for k, v in pairs if v is not None and v != ()}


def history_to_dict(h: HistoryEntry) -> dict[str, Any]:
    """One history entry as plain data, its keys in canonical order."""
    values = {
        "date": h.date,
        "event": h.event,
        "by": h.by,
        "round": h.round,
        "progress": h.progress,
        "outcome": h.outcome,
        "response_due": h.response_due,
        "from": h.from_owner if h.event == OWNER_CHANGED else h.from_,
        "owner": h.owner,
        "due": h.due,
        "reason": h.reason,
        "review": h.review,
        "fields": list(h.fields) or None,
        "superseded_by": h.superseded_by,
        "status": h.status,
        "source": h.source,
        "text": h.text,
        "note": h.note,
    }
    return _drop_none([(k, values[k]) for k in HISTORY_ORDER])


def record_to_dict(r: Record) -> dict[str, Any]:
    """The record as plain data in canonical key order (TOML and JSON both start here)."""
    d = _drop_none(
        [
            ("schema", r.schema),
            ("id", r.id),
            ("committee", r.committee),
            ("meeting", r.meeting),
            ("item", r.item),
            ("kind", r.kind),
            ("status", r.status),
            ("addressed_to", r.addressed_to),
            ("owner", r.owner),
            ("themes", list(r.themes) or None),
            ("referred", r.referred),
            ("response_due", r.response_due),
            ("due", r.due),
            ("review", r.review),
            ("text", r.text),
        ]
    )
    if r.response is not None:
        d["response"] = {"date": r.response.date, "outcome": r.response.outcome, "text": r.response.text}
    if r.evidence:
        d["evidence"] = [
            _drop_none([("date", e.date), ("title", e.title), ("url", e.url), ("path", e.path)]) for e in r.evidence
        ]
    d["history"] = [history_to_dict(h) for h in r.history]
    return d


# --------------------------------------------------------------------------- from dict


class _Reader:
    """Collects every problem while turning parsed TOML into a Record."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def bad(self, message: str, *where: str | int) -> None:
        self.problems.append(Problem(message, tuple(where)))

    def unknown(self, table: dict[str, Any], allowed: tuple[str, ...], what: str, *where: str | int) -> None:
        for key in table:
            if key not in allowed:
                self.bad(f"unknown key '{key}' in {what}; allowed: {', '.join(allowed)}", *where, key)

    def get_date(self, table: dict[str, Any], key: str, *where: str | int) -> dt.date | None:
        v = table.get(key)
        if v is None:
            return None
        if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
            return v
        self.bad(f"'{key}' must be a TOML date like 2019-04-30, not {_show(v)}", *where, key)
        return None

    def get_str(self, table: dict[str, Any], key: str, *where: str | int) -> str | None:
        v = table.get(key)
        if v is None:
            return None
        if isinstance(v, str):
            if not v.strip():
                self.bad(f"'{key}' is empty; remove the key or give it a value", *where, key)
                return None
            return v
        self.bad(f"'{key}' must be a string, not {_show(v)}", *where, key)
        return None

    def get_choice(self, table: dict[str, Any], key: str, allowed: tuple[str, ...], *where: str | int) -> str | None:
        v = self.get_str(table, key, *where)
        if v is not None and v not in allowed:
            self.bad(f"'{key}' is '{v}'; it must be one of: {', '.join(allowed)}", *where, key)
            return None
        return v


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


_HISTORY_DATES = frozenset({"response_due", "from", "due", "review"})
_HISTORY_STRS = frozenset({"by", "reason", "superseded_by", "source", "note", "owner", "round", "progress", "text"})
_EDITABLE = frozenset(EDITABLE)
OUTCOMES = tuple(o.value for o in Outcome)


_ALLOWED_KEYS = {e: frozenset(COMMON_HISTORY_KEYS + EVENT_KEYS.get(e, ())) for e in EVENTS}
_REQUIRED_KEYS = {
    "referred": frozenset({"response_due"}),
    "accepted": frozenset({"outcome"}),
    "rejected": frozenset({"outcome"}),
    "due-revised": frozenset({"due", "reason"}),
    "review-set": frozenset({"review"}),
    "superseded": frozenset({"superseded_by"}),
    "imported": frozenset({"status"}),
    OWNER_CHANGED: frozenset({"owner"}),
    EDITED: frozenset({"fields"}),
    UPDATE: frozenset({"round", "progress"}),
}
_STATUS_SET = frozenset(STATUSES)


def _entry(day: dt.date, event: str, values: dict[str, Any]) -> HistoryEntry:
    get = values.get
    owner_change = event == OWNER_CHANGED
    return HistoryEntry(
        date=day,
        event=event,
        by=get("by"),
        outcome=get("outcome"),
        response_due=get("response_due"),
        from_=None if owner_change else get("from"),
        due=get("due"),
        reason=get("reason"),
        review=get("review"),
        superseded_by=get("superseded_by"),
        status=get("status"),
        source=get("source"),
        note=get("note"),
        from_owner=get("from") if owner_change else None,
        owner=get("owner"),
        fields=tuple(get("fields") or ()),
        round=get("round"),
        progress=get("progress"),
        text=get("text"),
    )


def _fields_ok(value: Any) -> bool:
    """An `edited` entry's `fields`: a non-empty list of distinct names of editable fields."""
    return (
        type(value) is list
        and bool(value)
        and all(type(v) is str and v in _EDITABLE for v in value)
        and len(set(value)) == len(value)
    )


def _history_fast(raw: Any) -> HistoryEntry | None:
    """The entry, if it is plainly valid; None sends it through the slow path that explains why not.

    Most entries are valid: checking them with set operations and exact type tests avoids the
    per-key method calls of _Reader, which cost as much as parsing the TOML itself.
    """
    if type(raw) is not dict:
        return None
    event, day = raw.get("event"), raw.get("date")
    if type(day) is not dt.date or type(event) is not str:
        return None
    allowed = _ALLOWED_KEYS.get(event)
    if allowed is None or not raw.keys() <= allowed or not _REQUIRED_KEYS.get(event, frozenset()) <= raw.keys():
        return None
    for key, value in raw.items():
        if key == "from" and event == OWNER_CHANGED:
            if type(value) is not str or not value.strip():
                return None
        elif key in _HISTORY_DATES:
            if type(value) is not dt.date:
                return None
        elif key == "fields":
            if not _fields_ok(value):
                return None
        elif key in _HISTORY_STRS:
            if type(value) is not str or not value.strip():
                return None
        elif key == "outcome":
            if value not in OUTCOMES:
                return None
        elif key == "status" and value not in _STATUS_SET:
            return None
    return _entry(day, event, raw)


def history_from_dict(rd: _Reader, raw: Any, i: int) -> HistoryEntry | None:
    fast = _history_fast(raw)
    if fast is not None:
        return fast
    where: tuple[str | int, ...] = ("history", i)
    if not isinstance(raw, dict):
        rd.bad("each [[history]] entry must be a table", *where)
        return None
    event = rd.get_choice(raw, "event", EVENTS, *where)
    if "event" not in raw:
        rd.bad("history entry has no 'event'", *where)
    day = rd.get_date(raw, "date", *where)
    if "date" not in raw:
        rd.bad("history entry has no 'date'", *where)
    if event is not None:
        allowed = COMMON_HISTORY_KEYS + EVENT_KEYS.get(event, ())
        rd.unknown(raw, allowed, f"a '{event}' history entry", *where)
    vals: dict[str, Any] = {}
    for key in raw:  # only the keys present: most entries carry three or four
        if key == "from" and event == OWNER_CHANGED:
            vals[key] = rd.get_str(raw, key, *where)
        elif key in _HISTORY_DATES:
            vals[key] = rd.get_date(raw, key, *where)
        elif key == "fields":
            if _fields_ok(raw[key]):
                vals[key] = raw[key]
            else:
                rd.bad(
                    f"'fields' must list the fields the edit changed, each once, from: {', '.join(EDITABLE)}",
                    *where,
                    key,
                )
        elif key in _HISTORY_STRS:
            vals[key] = rd.get_str(raw, key, *where)
        elif key == "outcome":
            vals[key] = rd.get_choice(raw, key, OUTCOMES, *where)
        elif key == "status":
            vals[key] = rd.get_choice(raw, key, STATUSES, *where)
    if event == "referred" and "response_due" not in raw:
        rd.bad("a 'referred' history entry needs 'response_due'", *where)
    if event in ("accepted", "rejected") and "outcome" not in raw:
        rd.bad(f"an '{event}' history entry needs 'outcome'", *where)
    if event == "due-revised":
        for key in ("due", "reason"):
            if key not in raw:
                rd.bad(f"a 'due-revised' history entry needs '{key}'", *where)
    if event == "review-set" and "review" not in raw:
        rd.bad("a 'review-set' history entry needs 'review'", *where)
    if event == "superseded" and "superseded_by" not in raw:
        rd.bad("a 'superseded' history entry needs 'superseded_by'", *where)
    if event == "imported" and "status" not in raw:
        rd.bad("an 'imported' history entry needs 'status'", *where)
    if event == OWNER_CHANGED and "owner" not in raw:
        rd.bad("an 'owner-changed' history entry needs 'owner' (the new owner)", *where)
    if event == EDITED and "fields" not in raw:
        rd.bad("an 'edited' history entry needs 'fields' (the fields the edit changed)", *where)
    for key in ("round", "progress"):
        if event == UPDATE and key not in raw:
            rd.bad(f"an 'update' history entry needs '{key}' (the update round, and the owner's progress word)", *where)
    if day is None or event is None:
        return None
    return _entry(day, event, vals)


_RECORD_KEYS = frozenset(RECORD_ORDER)
_REQUIRED_SET = frozenset(REQUIRED)
_KINDS = frozenset(k.value for k in Kind)
_RESPONSE_KEYS = frozenset(RESPONSE_ORDER)
_EVIDENCE_KEYS = frozenset(EVIDENCE_ORDER)
_URL = r"^https?://[^\s/]+\S*$"


def _filled(value: Any) -> bool:
    return type(value) is str and bool(value.strip())


def _record_fast(data: dict[str, Any]) -> Record | None:
    """The record, if it is plainly valid; None sends it through the slow path that says why not.

    The same checks as the slow path, as exact type tests and set operations: reading every
    record (check, export, report) spends a third of its time in the slow path's method calls.
    """
    keys = data.keys()
    if not keys <= _RECORD_KEYS or not keys >= _REQUIRED_SET or data["schema"] != SCHEMA:
        return None
    get = data.get
    rid, committee, meeting, kind, status, text = (
        data["id"],
        data["committee"],
        data["meeting"],
        data["kind"],
        data["status"],
        data["text"],
    )
    if type(meeting) is not dt.date or type(kind) is not str or type(status) is not str:
        return None
    if kind not in _KINDS or status not in _STATUS_SET or not (_filled(rid) and _filled(committee) and _filled(text)):
        return None
    if not ID_RE.match(rid):
        return None
    item, addressed_to, owner = get("item"), get("addressed_to"), get("owner")
    if not all(v is None or _filled(v) for v in (item, addressed_to, owner)):
        return None
    referred, response_due, due, review = get("referred"), get("response_due"), get("due"), get("review")
    if not all(v is None or type(v) is dt.date for v in (referred, response_due, due, review)):
        return None
    themes: tuple[str, ...] = ()
    raw_themes = get("themes")
    if raw_themes is not None:
        if type(raw_themes) is not list or not raw_themes or not all(type(t) is str for t in raw_themes):
            return None
        themes = tuple(raw_themes)
        if len(set(themes)) != len(themes):
            return None
    response = None
    raw = get("response")
    if raw is not None:
        if type(raw) is not dict or raw.keys() != _RESPONSE_KEYS:
            return None
        r_date, r_outcome, r_text = raw["date"], raw["outcome"], raw["text"]
        if type(r_date) is not dt.date or type(r_outcome) is not str or r_outcome not in OUTCOMES:
            return None
        if not _filled(r_text):
            return None
        response = Response(r_date, r_outcome, r_text)
    evidence: list[Evidence] = []
    raw_evidence = get("evidence")
    if raw_evidence is not None:
        if type(raw_evidence) is not list:
            return None
        for e in raw_evidence:
            if type(e) is not dict or not e.keys() <= _EVIDENCE_KEYS:
                return None
            e_date, title, url, path = e.get("date"), e.get("title"), e.get("url"), e.get("path")
            if type(e_date) is not dt.date or not _filled(title) or (url is None) == (path is None):
                return None
            if not _filled(url if url is not None else path) or (url is not None and not re.match(_URL, url)):
                return None
            evidence.append(Evidence(e_date, title, url, path))  # type: ignore[arg-type]  # _filled: a str
    raw_history = data["history"]
    if type(raw_history) is not list or not raw_history:
        return None
    history = []
    for h in raw_history:
        entry = _history_fast(h)
        if entry is None:
            return None
        history.append(entry)
    return Record(
        id=rid,
        committee=committee,
        meeting=meeting,
        kind=kind,
        status=status,
        text=text,
        history=tuple(history),
        item=item,
        addressed_to=addressed_to,
        owner=owner,
        themes=themes,
        response=response,
        evidence=tuple(evidence),
        referred=referred,
        response_due=response_due,
        due=due,
        review=review,
    )


def record_from_dict(data: dict[str, Any]) -> tuple[Record | None, list[Problem]]:
    """Turn parsed TOML into a Record, collecting every structural problem on the way."""
    fast = _record_fast(data)
    if fast is not None:
        return fast, []
    rd = _Reader()
    rd.unknown(data, RECORD_ORDER, "a record")
    for key in REQUIRED:
        if key not in data:
            rd.bad(f"required key '{key}' is missing")
    schema = data.get("schema")
    if "schema" in data and schema != SCHEMA:
        rd.bad(f"'schema' is {schema!r}; this scrutrack reads schema {SCHEMA}", "schema")
    rid = rd.get_str(data, "id")
    if rid is not None and not ID_RE.match(rid):
        rd.bad(f"'id' '{rid}' is not of the form <committee>-<YYYY-MM-DD>-<n>", "id")
    committee = rd.get_str(data, "committee")
    meeting = rd.get_date(data, "meeting")
    kind = rd.get_choice(data, "kind", tuple(k.value for k in Kind))
    status = rd.get_choice(data, "status", STATUSES)
    text = rd.get_str(data, "text")
    strs = {k: rd.get_str(data, k) for k in ("item", "addressed_to", "owner")}
    dates = {k: rd.get_date(data, k) for k in ("referred", "response_due", "due", "review")}
    themes: tuple[str, ...] = ()
    raw_themes = data.get("themes")
    if raw_themes is not None:
        if isinstance(raw_themes, list) and all(isinstance(t, str) for t in raw_themes):
            themes = tuple(raw_themes)
            if not themes:
                rd.bad("'themes' is empty; remove the key", "themes")
            if len(set(themes)) != len(themes):
                rd.bad("'themes' lists a theme twice", "themes")
        else:
            rd.bad("'themes' must be a list of strings", "themes")

    response = None
    raw_resp = data.get("response")
    if raw_resp is not None:
        if not isinstance(raw_resp, dict):
            rd.bad("'response' must be a table ([response])", "response")
        else:
            rd.unknown(raw_resp, RESPONSE_ORDER, "[response]", "response")
            r_date = rd.get_date(raw_resp, "date", "response")
            r_out = rd.get_choice(raw_resp, "outcome", tuple(o.value for o in Outcome), "response")
            r_text = rd.get_str(raw_resp, "text", "response")
            for key in RESPONSE_ORDER:
                if key not in raw_resp:
                    rd.bad(f"[response] has no '{key}'", "response")
            if r_date and r_out and r_text:
                response = Response(r_date, r_out, r_text)

    evidence: list[Evidence] = []
    raw_ev = data.get("evidence", [])
    if not isinstance(raw_ev, list):
        rd.bad("'evidence' must be an array of tables ([[evidence]])", "evidence")
        raw_ev = []
    for i, e in enumerate(raw_ev):
        where: tuple[str | int, ...] = ("evidence", i)
        if not isinstance(e, dict):
            rd.bad("each [[evidence]] entry must be a table", *where)
            continue
        rd.unknown(e, EVIDENCE_ORDER, "an [[evidence]] entry", *where)
        e_date = rd.get_date(e, "date", *where)
        e_title = rd.get_str(e, "title", *where)
        url, path = rd.get_str(e, "url", *where), rd.get_str(e, "path", *where)
        for key in ("date", "title"):
            if key not in e:
                rd.bad(f"[[evidence]] entry has no '{key}'", *where)
        if ("url" in e) == ("path" in e):
            rd.bad("an [[evidence]] entry needs exactly one of 'url' or 'path'", *where)
        if url is not None and not re.match(r"^https?://[^\s/]+\S*$", url):
            rd.bad(f"evidence url '{url}' is not an http(s) URL", *where, "url")
        if e_date and e_title and (url or path):
            evidence.append(Evidence(e_date, e_title, url, path))

    history: list[HistoryEntry] = []
    raw_hist = data.get("history", [])
    if not isinstance(raw_hist, list):
        rd.bad("'history' must be an array of tables ([[history]])", "history")
        raw_hist = []
    elif "history" in data and not raw_hist:
        rd.bad("'history' is empty; the first entry must be 'agreed' on the meeting date", "history")
    for i, h in enumerate(raw_hist):
        entry = history_from_dict(rd, h, i)
        if entry is not None:
            history.append(entry)

    if rd.problems or not (rid and committee and meeting and kind and status and text):
        return None, rd.problems
    record = Record(
        id=rid,
        committee=committee,
        meeting=meeting,
        kind=kind,
        status=status,
        text=text,
        history=tuple(history),
        item=strs["item"],
        addressed_to=strs["addressed_to"],
        owner=strs["owner"],
        themes=themes,
        response=response,
        evidence=tuple(evidence),
        referred=dates["referred"],
        response_due=dates["response_due"],
        due=dates["due"],
        review=dates["review"],
    )
    return record, []
