"""`scrutrack report`: the agenda pack's tracker in Markdown, HTML and Word, through the real CLI."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot
from helpers import REPORT_AS_OF, REPORT_NEXT, REPORT_SINCE, report_repo
from reportparse import docx_tables, html_tables, md_cells, md_ids, md_parts, md_rows, md_tables

from scrutrack.dates import months_before
from scrutrack.pack import href

D = REPORT_AS_OF.__class__
PERIOD = ("--as-of", REPORT_AS_OF.isoformat(), "--since", REPORT_SINCE.isoformat())
PARTS = [
    "Summary",
    "Proposed for closure (for decision)",
    "Extension requests (for decision)",
    "Overdue",
    "Due before the next meeting",
    "Responses received",
    "Impact",
    "Appendix: the live tracker",
    "Charts",
]
ISO_DATE = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])")


@pytest.fixture
def council(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = report_repo(tmp_path / "council")
    monkeypatch.chdir(root)
    return root


def report_md(invoke: Invoke, *args: str) -> str:
    out: str = invoke("report", *args).stdout
    return out


# ------------------------------------------------------------------ the bundled records


def test_bundled_records_in_all_three_formats(bundled: Path, invoke: Invoke) -> None:
    before = files_snapshot(bundled)
    args = ("report", "--committee", "cyp", "--as-of", "2019-04-30", "--since", "2019-01-01")
    md = invoke(*args).stdout
    assert md.startswith("# Recommendations tracker: Children & Young People Sub-Committee\n")
    assert "- **As of:** 30 April 2019\n- **Changes since:** 1 January 2019\n" in md
    parts = md_parts(md)
    assert list(parts)[1:] == [*PARTS[:4], "Due in the next 60 days", *PARTS[5:]]
    assert parts["Summary"].startswith("\n3 of 5 open recommendations are late; no response is overdue.\n")
    assert md_ids(parts["Proposed for closure (for decision)"]) == ["cyp-2018-11-27-1"]  # implemented
    # Moved twice, and over six months past its first date: flagged, and listed as moved in the period.
    assert md_ids(parts["Extension requests (for decision)"]) == ["cyp-2018-09-18-2", "cyp-2018-09-18-2"]
    assert "Target 6 months 16 days past its first date" in parts["Extension requests (for decision)"]
    assert md_ids(parts["Overdue"]) == ["cyp-2018-09-18-1", "cyp-2018-09-18-3", "cyp-2018-11-27-2"]
    assert md_ids(parts["Due in the next 60 days"]) == ["cyp-2018-09-18-2"]
    assert "No response was received from 1 January 2019 to 30 April 2019." in parts["Responses received"]
    assert len(md_ids(parts["Appendix: the live tracker"])) == 5

    invoke(*args, "-o", "tracker.html")
    page = (bundled / "tracker.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en-GB">')
    overdue = [t["rows"][1:] for t in html_tables(page) if t["section"] == "overdue"]
    assert [row[0] for rows in overdue for row in rows] == md_ids(parts["Overdue"])
    # Evidence kept in the repository links to its file, relative to the report.
    assert '<a href="evidence/cyp/2019-02-05-cabinet-member-question-time.txt">' in page

    invoke(*args, "-o", "tracker.docx")
    tables = docx_tables((bundled / "tracker.docx").read_bytes())
    assert [t[0] for t in tables] == [header for _, header, _ in md_tables(md)]
    assert files_snapshot(bundled) == {
        **before,
        "tracker.html": (bundled / "tracker.html").read_bytes(),
        "tracker.docx": (bundled / "tracker.docx").read_bytes(),
    }


# ---------------------------------------------------------------- agreeing with overdue


@pytest.mark.parametrize("committee", [None, "cyp", "hsc"])
@pytest.mark.parametrize("as_of", ["2019-03-01", "2019-06-15", "2019-09-30", "2020-06-01"])
def test_overdue_section_lists_exactly_what_overdue_lists(
    council: Path, invoke: Invoke, as_of: str, committee: str | None
) -> None:
    only = ("--committee", committee) if committee else ()
    data = json.loads(invoke("overdue", "--as-of", as_of, *only, "--format", "json").stdout)
    expected = [item["id"] for item in data["overdue"]]
    md = report_md(invoke, "--as-of", as_of, "--since", "2019-01-01", *only)
    got = md_ids(md_parts(md)["Overdue"])
    assert sorted(got) == sorted(expected) and len(set(got)) == len(got)
    invoke("report", "--as-of", as_of, "--since", "2019-01-01", *only, "-o", "r.html")
    page = (council / "r.html").read_text(encoding="utf-8")
    in_html = [row[0] for t in html_tables(page) if t["section"] == "overdue" for row in t["rows"][1:]]
    assert in_html == got
    if as_of == "2019-09-30" and committee is None:
        assert len(expected) == 5  # the corpus has something late for every reason


def test_overdue_section_agrees_on_the_bundled_records_at_many_dates(bundled: Path, invoke: Invoke) -> None:
    for as_of in ("2018-10-20", "2018-12-01", "2019-01-01", "2019-04-30", "2019-06-13", "2020-01-01"):
        data = json.loads(invoke("overdue", "--as-of", as_of, "--format", "json").stdout)
        md = report_md(invoke, "--as-of", as_of, "--since", "2018-09-01")
        assert md_ids(md_parts(md)["Overdue"]) == [i["id"] for i in data["overdue"]], as_of


# ----------------------------------------------------------------------- the summary


def _numbers(part: str) -> dict[str, dict[str, int]]:
    return {title or "": {row[0]: int(row[-1]) for row in rows} for title, _, rows in md_tables(part)}


@pytest.mark.parametrize("as_of", ["2019-04-30", "2019-06-15", "2019-09-30", "2020-06-01"])
def test_summary_adds_up_to_the_tracker(council: Path, invoke: Invoke, as_of: str) -> None:
    md = report_md(invoke, "--as-of", as_of, "--since", "2019-03-01")
    parts = md_parts(md)
    summary = _numbers(parts["Summary"])
    by_status = summary["Open recommendations by status"]
    tracker = md_rows(parts["Appendix: the live tracker"])
    assert sum(by_status.values()) == len(tracker)
    for status, n in by_status.items():  # an accepted one shows its outcome as recorded: 'Accepted in part'
        assert sum(1 for row in tracker if row["Status"].startswith(status)) == n, status
    # The headline, the overdue part and the reasons agree.
    late_rows = md_rows(parts["Overdue"])
    headline = parts["Summary"].strip().splitlines()[0]
    if late_rows:
        assert headline.startswith(f"{len(late_rows)} of {len(tracker)} open recommendation")
    reasons = summary[next(t for t in summary if t.startswith("Late on"))]
    for reason, n in reasons.items():
        assert sum(1 for row in late_rows if reason.lower() in row["Late"].split(", ")) == n, reason
    responses = summary[next(t for t in summary if t.startswith("Responses received"))]
    answered = md_rows(parts["Responses received"])
    assert sum(responses.values()) == len(answered)
    assert responses["Late"] == sum(1 for row in answered if row["Within the response period"].startswith("No:"))
    # The charts' tables count the same open recommendations.
    charts = md_tables(parts["Charts"])
    per_meeting, per_owner = charts[0][2], charts[1][2]
    assert sum(int(row[-1]) for row in per_meeting) == len(tracker)
    assert sum(int(row[1]) for row in per_owner) == len(late_rows)
    assert sum(int(row[2]) for row in per_owner) == len(tracker) - len(late_rows)


def test_the_corpus_report_section_by_section(council: Path, invoke: Invoke) -> None:
    md = report_md(invoke, *PERIOD, "--next-meeting", REPORT_NEXT.isoformat())
    parts = md_parts(md)
    assert list(parts)[1:] == PARTS
    assert parts["Summary"].startswith("\n5 of 11 open recommendations are late; 1 response is overdue.\n")
    summary = _numbers(parts["Summary"])
    assert summary["Responses received from 1 June 2019 to 30 September 2019"] == {
        "Within the response period": 2,
        "Late": 1,
    }
    # For decision: what is proposed for closure (implemented before and in the period), earliest first.
    assert md_ids(parts["Proposed for closure (for decision)"]) == ["cyp-2019-03-12-7", "cyp-2019-03-12-1"]
    [proposed] = [
        dict(zip(header, row, strict=True))
        for _, header, rows in md_tables(parts["Proposed for closure (for decision)"])
        for row in rows[:1]
    ]
    assert proposed["Proposed"] == "20 May 2019: implemented"
    extensions = md_tables(parts["Extension requests (for decision)"])
    [ext] = [dict(zip(extensions[-1][1], row, strict=True)) for row in extensions[-1][2]]
    assert ext["ID"] == "cyp-2019-01-15-1"
    assert [ext["Original date"], ext["New date"], ext["Times moved"]] == ["30 June 2019", "31 October 2019", "2"]
    assert ext["Reason"] == "Awaiting the new commissioning framework (moved on 20 June 2019)"
    assert "No request for a new target date awaits a decision." in parts["Extension requests (for decision)"]
    # Overdue, grouped by owner (no owner last), most days late first within each.
    titles = [title for title, _, _ in md_tables(parts["Overdue"])]
    assert titles == [
        "Director of Children’s Social Care: 3 late",
        "Director of Public Health: 1 late",
        "No owner recorded: 1 late",
    ]
    assert md_ids(parts["Due before the next meeting"]) == ["hsc-2019-06-04-1", "cyp-2019-01-15-1"]
    answered = md_rows(parts["Responses received"])
    assert [(row["ID"], row["Within the response period"]) for row in answered] == [
        ("hsc-2019-06-04-1", "Yes (due 8 July 2019)"),  # hsc's own 28 days
        ("cyp-2019-01-15-2", "No: 104 days late (due 20 March 2019)"),
        ("cyp-2019-07-16-1", "Yes (due 20 September 2019)"),
    ]
    # As it stood on the day: cyp-2019-01-15-3 was answered only in October; cyp-2019-10-08-1 did not exist.
    assert "cyp-2019-10-08-1" not in md
    tracker = {row["ID"]: row for row in md_rows(parts["Appendix: the live tracker"])}
    assert [tracker["cyp-2019-01-15-3"][k] for k in ("Status", "Due")] == ["Referred", "1 April 2019<br>(response)"]
    assert "cyp-2019-03-12-5" not in tracker and "cyp-2019-03-12-6" not in tracker  # closed, withdrawn
    assert tracker["cyp-2019-01-15-1"]["Latest update"] == (
        "20 June 2019: Target moved to 31 October 2019: Awaiting the new commissioning framework"
    )


# ---------------------------------------------------------------- formats, same bytes


@pytest.mark.parametrize("suffix", ["md", "html", "docx"])
def test_same_records_give_the_same_bytes(council: Path, invoke: Invoke, suffix: str) -> None:
    invoke("report", *PERIOD, "-o", f"one.{suffix}")
    invoke("report", *PERIOD, "-o", f"two.{suffix}")
    one, two = (council / f"one.{suffix}").read_bytes(), (council / f"two.{suffix}").read_bytes()
    assert one == two
    assert b"Generated" not in (one if suffix != "docx" else zipfile.ZipFile(io.BytesIO(one)).read("word/document.xml"))
    if suffix == "docx":
        assert {i.date_time for i in zipfile.ZipFile(io.BytesIO(one)).infolist()} == {(1980, 1, 1, 0, 0, 0)}
    invoke("report", *PERIOD, "--stamp", "-o", f"stamped.{suffix}")
    stamped = (council / f"stamped.{suffix}").read_bytes()
    if suffix == "docx":
        stamped = zipfile.ZipFile(io.BytesIO(stamped)).read("word/document.xml")
    assert b"Generated" in stamped


def test_format_from_the_suffix_and_markdown_by_default(council: Path, invoke: Invoke) -> None:
    assert invoke("report", *PERIOD).stdout.startswith("# Recommendations tracker: All committees\n")
    invoke("report", *PERIOD, "-o", "a.HTML")
    assert (council / "a.HTML").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    invoke("report", *PERIOD, "-o", "a.docx")
    assert (council / "a.docx").read_bytes()[:2] == b"PK"
    invoke("report", *PERIOD, "--format", "markdown", "-o", "a.txt")
    assert (council / "a.txt").read_text(encoding="utf-8").startswith("# ")
    piped = invoke("report", *PERIOD, "--format", "docx")  # not a terminal: the bytes, for a pipe
    assert piped.stdout_bytes[:2] == b"PK"
    assert "Wrote a.docx (Word): 11 open recommendations, 5 late" in invoke("report", *PERIOD, "-o", "a.docx").stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-o", "tracker.pdf"), "cannot tell the format from -o tracker.pdf; name it .html, .docx or .md"),
        (("--format", "html", "-o", "t.docx"), "--format html but -o t.docx is a Word file name"),
        (("-o", "missing/t.html"), "the folder"),
        (("--since", "2019-10-01"), "--since 2019-10-01 is after --as-of 2019-09-30"),
        (("--next-meeting", "2019-09-30"), "--next-meeting 2019-09-30 is not after --as-of 2019-09-30"),
        (("--committee", "nosuch"), "unknown committee 'nosuch'; known: cyp, hsc"),
        (("--as-of", "30/09/2019"), "--as-of '30/09/2019' is not a date"),
    ],
)
def test_mistakes_are_one_sentence_and_write_nothing(
    council: Path, invoke: Invoke, args: tuple[str, ...], message: str
) -> None:
    before = files_snapshot(council)
    result = invoke("report", "--as-of", "2019-09-30", *args, code=1)
    assert result.stderr.startswith("Error: ") and message in result.stderr and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert files_snapshot(council) == before


def test_word_to_a_terminal_is_refused(council: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCRUTRACK_FORCE_TERMINAL", "1")
    err = invoke("report", *PERIOD, "--format", "docx", code=1).stderr
    assert err == "Error: a Word document is not for the terminal; write it to a file with -o report.docx\n"
    assert invoke("report", *PERIOD).stdout.startswith("# ")  # Markdown is fine in a terminal


def test_a_broken_record_is_named_and_the_rest_reported(council: Path, invoke: Invoke) -> None:
    (council / "records/cyp/cyp-2019-03-12-2.toml").write_text("status = [\n", encoding="utf-8")
    result = invoke("report", *PERIOD, "-o", "r.md", "--record", code=1)
    assert "records/cyp/cyp-2019-03-12-2.toml:1: TOML syntax" in result.stderr
    assert "Not recorded as the last report" in result.stderr
    assert "cyp-2019-03-12-2" not in (council / "r.md").read_text(encoding="utf-8")
    assert "last_report" not in (council / "scrutrack.toml").read_text(encoding="utf-8")


# --------------------------------------------------------------- --since and --record


def test_since_defaults_to_three_months_back(council: Path, invoke: Invoke) -> None:
    md = report_md(invoke, "--as-of", "2019-09-30")
    assert "- **Changes since:** 30 June 2019\n" in md
    assert months_before(D(2019, 5, 31), 3) == D(2019, 2, 28)
    assert months_before(D(2020, 5, 31), 3) == D(2020, 2, 29)
    assert months_before(D(2019, 2, 15), 3) == D(2018, 11, 15)


def test_record_sets_last_report_and_the_next_report_follows_on(council: Path, invoke: Invoke) -> None:
    config = council / "scrutrack.toml"
    before = config.read_text(encoding="utf-8")
    result = invoke("report", "--committee", "cyp", "--as-of", "2019-09-30", "-o", "q3.html", "--record")
    assert "Recorded last_report = 2019-09-30 in scrutrack.toml" in result.stderr
    after = config.read_text(encoding="utf-8")
    assert after == before.replace(
        'name = "Children & Young People Sub-Committee"\n',
        'name = "Children & Young People Sub-Committee"\nlast_report = 2019-09-30\n',
    )
    invoke("check")
    assert "- **Changes since:** 1 October 2019\n" in report_md(invoke, "--committee", "cyp", "--as-of", "2019-12-31")
    # Other committees, and all of them together, keep their own.
    assert "- **Changes since:** 30 September 2019\n" in report_md(
        invoke, "--committee", "hsc", "--as-of", "2019-12-31"
    )
    assert "- **Changes since:** 30 September 2019\n" in report_md(invoke, "--as-of", "2019-12-31")
    # Recording again replaces the line; a report of every committee is recorded at the top.
    invoke("report", "--committee", "cyp", "--as-of", "2019-12-31", "--record")
    invoke("report", "--as-of", "2019-12-31", "--since", "2019-10-01", "--record")
    text = config.read_text(encoding="utf-8")
    assert text.count("last_report") == 2
    assert text.startswith("schema = 1\nlast_report = 2019-12-31\n")
    assert "last_report = 2019-12-31\n\n[committees.hsc]" in text
    assert "- **Changes since:** 1 January 2020\n" in report_md(invoke, "--as-of", "2020-03-31")
    # The last report after the date asked for: say so rather than report a backwards period.
    err = invoke("report", "--as-of", "2019-12-31", code=1).stderr
    assert "the last recorded report was on 2019-12-31, not before --as-of 2019-12-31; give --since" in err


def test_a_bad_last_report_is_a_config_problem(council: Path, invoke: Invoke) -> None:
    config = council / "scrutrack.toml"
    config.write_text(config.read_text(encoding="utf-8").replace("schema = 1\n", 'schema = 1\nlast_report = "soon"\n'))
    out = invoke("check", code=1).stdout
    assert "scrutrack.toml:2: 'last_report' must be a TOML date like 2019-04-30" in out


# ---------------------------------------------------------------- the three formats


def test_markdown_escapes_pipes_and_line_breaks(council: Path, invoke: Invoke) -> None:
    md = report_md(invoke, "--as-of", "2019-09-30", "--since", "2019-01-01")
    for _, header, rows in md_tables(md):
        assert all(len(row) == len(header) for row in rows), header
    assert "| That the Cabinet Member \\| writes to every complainant" in md
    assert (
        "| Agreed. The fostering recruitment campaign starts in April.<br>Progress will be reported to the "
        "Corporate Parenting Panel each quarter. |"
    ) in md
    assert md_cells("| a \\| b | c\\\\ | d |") == ["a \\| b", "c\\\\", "d"]


def test_the_same_columns_in_every_format(council: Path, invoke: Invoke) -> None:
    md = report_md(invoke, *PERIOD)
    invoke("report", *PERIOD, "-o", "r.html")
    invoke("report", *PERIOD, "-o", "r.docx")
    in_md = [(header, len(rows)) for _, header, rows in md_tables(md)]
    in_html = [(t["rows"][0], len(t["rows"]) - 1) for t in html_tables((council / "r.html").read_text("utf-8"))]
    in_word = [(t[0], len(t) - 1) for t in docx_tables((council / "r.docx").read_bytes())]
    assert in_md == in_html == in_word
    assert len(in_md) == 16  # 3 in the summary, 2 for decision, 3 owners late, 1, 1, 4 items, 2 charts


def test_html_is_one_self_contained_accessible_page(council: Path, invoke: Invoke) -> None:
    (council / "reports").mkdir()
    invoke("report", *PERIOD, "-o", "reports/tracker.html")
    page = (council / "reports/tracker.html").read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in page and "<title>Recommendations tracker: All committees</title>" in page
    assert "<script" not in page and " src=" not in page and "@import" not in page and "url(http" not in page
    assert page.count('<th scope="col"') > 40 and page.count('<th scope="row"') > 30
    assert page.count('role="img"') == 2 and '<title id="by-meeting-title">' in page
    assert "@page" in page and "size: A4" in page and "thead { display: table-header-group; }" in page
    # Links: the contents, an http(s) URL as it is, a path in the repository relative to the report.
    links = re.findall(r'href="([^"]*)"', page)
    assert {link for link in links if not link.startswith("#")} == {
        "https://democracy.example.gov.uk/documents/s1234/Complaints%20Q1.pdf",
        "https://www.example.gov.uk/complaints",  # awaiting sign-off since May: proposed for closure
        "../evidence/cyp/complaints-q1-email.txt",
    }
    text = re.sub(r"<[^>]+>", " ", page.split("<body>")[1])
    assert "30 September 2019" in text and not ISO_DATE.search(text)
    assert not ISO_DATE.search(report_md(invoke, *PERIOD))


def test_word_has_headings_a_header_and_tables_that_repeat_their_header(council: Path, invoke: Invoke) -> None:
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Mm

    invoke("report", "--committee", "cyp", *PERIOD, "-o", "r.docx")
    doc = docx.Document(str(council / "r.docx"))
    headings = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert headings == [*PARTS[:4], "Due in the next 60 days", *PARTS[5:]]
    assert any(p.style is not None and p.style.name == "Heading 2" for p in doc.paragraphs)
    header = doc.sections[0].header.paragraphs[0].text
    assert header == "Children & Young People Sub-Committee: recommendations tracker, 30 September 2019"
    assert round(doc.sections[0].page_width / Mm(1)) == 210 and round(doc.sections[0].page_height / Mm(1)) == 297
    for table in doc.tables:
        first = table.rows[0]
        assert first._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        assert all(row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in table.rows)
    assert "TOC \\o" in doc.element.xml
    assert doc.core_properties.title == "Recommendations tracker: Children & Young People Sub-Committee"
    links = [rel.target_ref for rel in doc.part.rels.values() if rel.reltype.endswith("/hyperlink")]
    assert sorted(links) == [
        "evidence/cyp/complaints-q1-email.txt",
        "https://democracy.example.gov.uk/documents/s1234/Complaints%20Q1.pdf",
        "https://www.example.gov.uk/complaints",
    ]


@pytest.mark.parametrize(
    ("target", "root", "expected"),
    [
        ("https://example.org/a.pdf", "", "https://example.org/a.pdf"),
        ("HTTP://example.org/", "", "HTTP://example.org/"),
        ("evidence/a b.pdf", "", "evidence/a%20b.pdf"),
        ("evidence/a.pdf", "..", "../evidence/a.pdf"),
        ("javascript:alert(1)", "", None),
        ("JaVaScRiPt:alert(1)", "", None),
        ("data:text/html,<script>alert(1)</script>", "", None),
        ("//evil.example/x", "", None),
        ("/etc/passwd", "", None),
        ("../../outside.txt", "", None),
        ('https://example.org/"><img src=x onerror=alert(1)>', "", None),
        ("java\tscript:alert(1)", "", None),
        ("", "", None),
    ],
)
def test_a_link_only_where_it_is_safe(target: str, root: str, expected: str | None) -> None:
    assert href(target, root) == expected
