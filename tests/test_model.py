"""Canonical TOML: the layout of a record, and how text is stored (the round trip over every field: test_fields.py)."""

from __future__ import annotations

import datetime as dt

from scrutrack.canonical import dumps
from scrutrack.model import HistoryEntry, Record, normalize_text, one_line


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
