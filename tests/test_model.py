"""Canonical TOML: record -> text -> record is identity, and the same record gives the same bytes."""

from __future__ import annotations

import datetime as dt
import tomllib

from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from scrutrack.canonical import dumps
from scrutrack.model import Evidence, HistoryEntry, Record, Response, normalize_text, one_line, record_from_dict

dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))
# Any text a clerk might paste, including quotes, backslashes, markup and control characters.
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r")
line = st.text(chars, min_size=1, max_size=40).filter(lambda s: s.strip() and "\n" not in s)
long_text = st.lists(line, min_size=1, max_size=4).map(lambda ls: normalize_text("\n".join(ls))).filter(bool)
opt = lambda s: st.none() | s  # noqa: E731


@st.composite
def records(draw: st.DrawFn) -> Record:
    meeting = draw(dates)
    n = draw(st.integers(1, 40))
    history = [HistoryEntry(date=meeting, event="agreed", due=draw(opt(dates)), note=draw(opt(line | long_text)))]
    for _ in range(draw(st.integers(0, 4))):
        history.append(HistoryEntry(date=draw(dates), event="note", by=draw(opt(line)), note=draw(line | long_text)))
    evidence = tuple(
        Evidence(draw(dates), draw(line), url="https://example.org/" + str(i)) for i in range(draw(st.integers(0, 2)))
    )
    return Record(
        id=f"cyp-{meeting.isoformat()}-{n}",
        committee="cyp",
        meeting=meeting,
        kind=draw(st.sampled_from(["recommendation", "action"])),
        status="agreed",
        text=draw(long_text),
        history=tuple(history),
        item=draw(opt(line)),
        addressed_to=draw(opt(line)),
        owner=draw(opt(line)),
        themes=tuple(draw(st.lists(st.sampled_from(["a", "b-2", "ofsted-3"]), unique=True, max_size=3))),
        referred=draw(opt(dates)),
        response_due=draw(opt(dates)),
        due=draw(opt(dates)),
        review=draw(opt(dates)),
        response=draw(opt(st.builds(Response, dates, st.sampled_from(["accepted", "rejected"]), long_text))),
        evidence=evidence,
    )


@settings(max_examples=examples(150), deadline=None)
@given(records())
def test_round_trip_is_identity(record: Record) -> None:
    text = dumps(record)
    back, problems = record_from_dict(tomllib.loads(text))
    assert problems == []
    assert back == record
    assert dumps(back) == text  # same content, same bytes


def test_layout_follows_the_domain_readme() -> None:
    r = Record(
        id="cyp-2018-11-27-2",
        committee="cyp",
        meeting=dt.date(2018, 11, 27),
        kind="recommendation",
        status="referred",
        text="Evidence be provided.\n",
        item="Update",
        themes=("ofsted-3",),
        referred=dt.date(2018, 12, 3),
        response_due=dt.date(2019, 2, 3),
        history=(
            HistoryEntry(dt.date(2018, 11, 27), "agreed"),
            HistoryEntry(dt.date(2018, 12, 3), "referred", by="Scrutiny officer", response_due=dt.date(2019, 2, 3)),
        ),
    )
    assert dumps(r) == (
        'schema = 1\nid = "cyp-2018-11-27-2"\ncommittee = "cyp"\nmeeting = 2018-11-27\nitem = "Update"\n'
        'kind = "recommendation"\nstatus = "referred"\nthemes = ["ofsted-3"]\nreferred = 2018-12-03\n'
        'response_due = 2019-02-03\ntext = """\nEvidence be provided.\n"""\n\n'
        '[[history]]\ndate = 2018-11-27\nevent = "agreed"\n\n'
        '[[history]]\ndate = 2018-12-03\nevent = "referred"\nby = "Scrutiny officer"\nresponse_due = 2019-02-03\n'
    )


def test_normalize_text() -> None:
    assert normalize_text("\r\n  line one  \r\nline two\n\n") == "  line one\nline two\n"
    assert normalize_text("   ") == "   \n" or normalize_text("   ") == "\n" or normalize_text("") == ""


KEYS = [
    "date",
    "event",
    "by",
    "note",
    "due",
    "response_due",
    "from",
    "reason",
    "review",
    "outcome",
    "superseded_by",
    "status",
    "source",
    "owner",
    "fields",
    "colour",
]
VALUES = st.one_of(
    dates,
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2040, 1, 1)),
    st.sampled_from(
        [
            "",
            "  ",
            "x",
            "accepted",
            "rejected",
            "referred",
            "agreed",
            "note",
            "due-revised",
            "imported",
            "owner-changed",
            "edited",
            "bogus",
        ]
    ),
    st.integers(),
    st.lists(st.integers(), max_size=1),
    st.lists(st.sampled_from(["owner", "text", "due", "history", "bogus", ""]), max_size=3),
)


@settings(max_examples=examples(600), deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=6))
def test_fast_history_check_agrees_with_the_full_one(raw: dict[str, object]) -> None:
    """The fast path accepts an entry only if the full check accepts it, with the same result."""
    from scrutrack.model import _history_fast, _Reader, history_from_dict

    fast = _history_fast(raw)
    if fast is None:
        return
    reader = _Reader()
    import scrutrack.model as m

    slow_reader = m._history_fast
    try:
        m._history_fast = lambda raw: None  # type: ignore[assignment]
        slow = history_from_dict(reader, raw, 0)
    finally:
        m._history_fast = slow_reader
    assert reader.problems == [] and slow == fast


RECORD_VALUES = st.one_of(
    VALUES,
    st.sampled_from(["cyp-2019-01-10-1", "cyp", "action", "recommendation", "in-progress", "a\n", "https://x.org/a"]),
    st.lists(st.sampled_from(["ofsted-3", "ofsted-3", "x", ""]), max_size=3),
    st.just({"date": dt.date(2019, 2, 1), "outcome": "accepted", "text": "Yes.\n"}),
    st.just([{"date": dt.date(2019, 2, 1), "title": "T", "url": "https://x.org/a", "path": "p"}]),
    st.just([{"date": dt.date(2019, 2, 1), "title": " ", "path": "p"}]),
    st.just([]),
    st.none(),
)


@settings(max_examples=examples(600), deadline=None)
@given(
    records(),
    st.lists(
        st.tuples(
            st.sampled_from(
                [
                    *KEYS,
                    "id",
                    "committee",
                    "meeting",
                    "kind",
                    "status",
                    "text",
                    "item",
                    "owner",
                    "addressed_to",
                    "themes",
                    "response",
                    "evidence",
                    "history",
                    "schema",
                    "due",
                ]
            ),
            RECORD_VALUES,
        ),
        max_size=3,
    ),
)
def test_fast_record_check_agrees_with_the_full_one(record: Record, changes: list[tuple[str, object]]) -> None:
    """A record's fast path (reading every record) accepts only what the full check accepts, alike."""
    import scrutrack.model as m
    from scrutrack.model import _record_fast

    data = tomllib.loads(dumps(record))
    for key, value in changes:
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    fast = _record_fast(data)
    if not changes:
        assert fast == record
    if fast is None:
        return
    saved = m._record_fast
    try:
        m._record_fast = lambda data: None  # type: ignore[assignment]
        slow, problems = record_from_dict(data)
    finally:
        m._record_fast = saved
    assert problems == [] and slow == fast


def test_word_line_and_page_breaks_and_tabs_are_white_space() -> None:
    """Text pasted from Word holds \\v (Shift+Enter) and \\f (a page break): stored as line breaks,
    and on one line for a table each is a space, as a tab is; other control characters go."""
    assert normalize_text("That the report\vbe circulated\fwith the appendix") == (
        "That the report\nbe circulated\nwith the appendix\n"
    )
    assert (
        one_line("the report\vbe\tcirculated\fwith \x1b[2Jthe\x07 appendix")
        == "the report be circulated with [2Jthe appendix"
    )
