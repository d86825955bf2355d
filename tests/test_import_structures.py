"""The structures issue 20 names, each imported through the real command with exactly its records:
sentence-case numbered headings in Word ('31. Apologies for absence'), a contents page with dotted
leaders (typed, and Word's own with a tab), an item number on a line of its own, and a numbered
terms-of-reference list (i)-(iii) that is narrative, not decisions."""

from __future__ import annotations

import tomllib
from pathlib import Path

import docx
import pytest
from conftest import Invoke


def _records(repo: Path) -> list[tuple[str, str | None, str]]:
    out = []
    for p in sorted(repo.glob("records/*/*.toml")):
        data = tomllib.loads(p.read_text(encoding="utf-8"))
        out.append((p.stem, data.get("item"), data["text"].strip()))
    return out


def _word(path: Path, paragraphs: list[tuple[str, str]]) -> None:
    """A Word document of (style, text) paragraphs; style '' is Normal, 'bold' a bold Normal one."""
    document = docx.Document()
    for style, text in paragraphs:
        if style == "bold":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_paragraph(text, style=style or None)
    document.save(str(path))


ORDINARY = [
    ("Title", "Overview and Scrutiny Committee"),
    ("", "Minutes of the meeting held on Tuesday 14 May 2019 at 6.30 pm"),
    ("", "Present: Councillors Ashby (Chair), Brook and Carter."),
    ("HEAD", "31. Apologies for absence"),
    ("", "Apologies were received from Councillor Dale."),
    ("HEAD", "32. Declarations of interest"),
    ("", "There were none."),
    ("HEAD", "33. Minutes of the last meeting"),
    ("", "RESOLVED: That the minutes of the meeting held on 9 April 2019 be approved as a correct record."),
    ("HEAD", "34. Library opening hours"),
    ("", "The Head of Culture presented the report on the consultation."),
    ("", "RESOLVED: That"),
    ("List Number", "officers publish the consultation results by ward; and"),
    ("List Number", "the Cabinet Member reports on Saturday opening in September."),
    ("HEAD", "35. Work programme"),
    ("", "RESOLVED: That the work programme be noted."),
]


@pytest.mark.parametrize("heading", ["bold", "Heading 2", ""])
def test_sentence_case_numbered_headings_in_word(repo: Path, invoke: Invoke, heading: str) -> None:
    # Issue 20: '31. Apologies for absence' was refused ("remove the blank line before it"), with
    # --edit too. As a bold paragraph, a Word heading style or plain text, it is the item's heading.
    _word(repo / "minutes.docx", [(heading if s == "HEAD" else s, t) for s, t in ORDINARY])
    result = invoke("import", "minutes", "minutes.docx", "--committee", "cyp", "--strict")
    assert _records(repo) == [
        (
            "cyp-2019-05-14-1",
            "Library opening hours",
            "That officers publish the consultation results by ward.",
        ),
        (
            "cyp-2019-05-14-2",
            "Library opening hours",
            "That the Cabinet Member reports on Saturday opening in September.",
        ),
    ], result.stderr
    assert "not read" not in result.stderr


def _html(paragraphs: list[tuple[str, str]]) -> str:
    """The same minutes as a saved page: numbered <h2> headings, Word's list as an <ol>."""
    out, items = ["<html><head><title>Minutes</title></head><body><main>"], []
    for style, text in [*paragraphs, ("", "")]:
        if style == "List Number":
            items.append(f"<li>{text}</li>")
            continue
        if items:
            out.append("<ol>" + "".join(items) + "</ol>")
            items = []
        tag = "h1" if style == "Title" else "h2" if style == "HEAD" else "p"
        out.append(f"<{tag}>{text}</{tag}>" if text else "")
    return "\n".join([*out, "</main></body></html>"])


def _pdf(path: Path, paragraphs: list[tuple[str, str]]) -> None:
    """The same minutes printed to PDF: headings in bold, a larger title, list numbers typed."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    flow, n = [], 0
    for style, text in paragraphs:
        n = n + 1 if style == "List Number" else 0
        shown = f"{n}. {text}" if n else f"<b>{text}</b>" if style == "HEAD" else text
        flow.append(Paragraph(shown, styles["Title" if style == "Title" else "BodyText"]))
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_sentence_case_numbered_headings_on_a_page_and_in_a_pdf(repo: Path, invoke: Invoke, fmt: str) -> None:
    if fmt == "html":
        (repo / "minutes.html").write_text(_html(ORDINARY), encoding="utf-8")
    else:
        _pdf(repo / "minutes.pdf", ORDINARY)
    result = invoke("import", "minutes", f"minutes.{fmt}", "--committee", "cyp", "--strict")
    assert [text for _, _, text in _records(repo)] == [
        "That officers publish the consultation results by ward.",
        "That the Cabinet Member reports on Saturday opening in September.",
    ], result.stderr
    assert {item for _, item, _ in _records(repo)} == {"Library opening hours"}


CONTENTS = """\
PLANNING AND REGENERATION SCRUTINY COMMITTEE

Minutes of the meeting held on 3 October 2022

CONTENTS

1. Apologies for absence ........................................ 1
2. Minutes of the previous meeting .............................. 1
3. Town centre car parks ........................................ 2
4. Affordable housing delivery .................................. 3

1. APOLOGIES FOR ABSENCE

Apologies were received from Councillor Evans.

2. MINUTES OF THE PREVIOUS MEETING

RESOLVED: That the minutes of the meeting held on 5 September 2022 be signed as a correct record.

3. TOWN CENTRE CAR PARKS

The committee considered the parking review.

RESOLVED: That the Cabinet be asked to publish the car park occupancy figures quarterly.

4. AFFORDABLE HOUSING DELIVERY

RESOLVED:

(a) That the Head of Housing report the delivery figures by site in January.

(b) That the committee visits the Mill Lane scheme.
"""

CONTENTS_RECORDS = [
    (
        "cyp-2022-10-03-1",
        "TOWN CENTRE CAR PARKS",
        "That the Cabinet be asked to publish the car park occupancy figures quarterly.",
    ),
    (
        "cyp-2022-10-03-2",
        "AFFORDABLE HOUSING DELIVERY",
        "That the Head of Housing report the delivery figures by site in January.",
    ),
    ("cyp-2022-10-03-3", "AFFORDABLE HOUSING DELIVERY", "That the committee visits the Mill Lane scheme."),
]


def test_a_contents_page_with_dotted_leaders(repo: Path, invoke: Invoke) -> None:
    (repo / "minutes.txt").write_text(CONTENTS, encoding="utf-8")
    result = invoke("import", "minutes", "minutes.txt", "--committee", "cyp", "--strict")
    assert _records(repo) == CONTENTS_RECORDS, result.stderr


def test_a_word_contents_page_with_tab_leaders(repo: Path, invoke: Invoke) -> None:
    # Word's own contents: the dots are the tab's leader, not text; the line reads "3. Title<tab>2".
    lines = [line for line in CONTENTS.split("\n\n") if line]
    paragraphs = []
    for block in lines:
        for line in block.split("\n"):
            if "....." in line:
                title, _, page = line.partition(" ..")
                paragraphs.append(("", f"{title}\t{page.strip(' .')}"))
            else:
                paragraphs.append(("", line))
    _word(repo / "minutes.docx", paragraphs)
    result = invoke("import", "minutes", "minutes.docx", "--committee", "cyp", "--strict")
    assert _records(repo) == CONTENTS_RECORDS, result.stderr


def test_an_item_number_on_a_line_of_its_own(repo: Path, invoke: Invoke) -> None:
    (repo / "minutes.txt").write_text(
        "Minutes of the Environment Scrutiny Panel held on 21 November 2019\n\n"
        "4.\n\nFlood defence schemes\n\nThe Panel received a presentation from the Environment Agency.\n\n"
        "RESOLVED: That the Agency be invited to report on the Riverside scheme in March.\n\n"
        "5.\n\nStreet lighting\n\nRESOLVED:\n\n1. That officers map the lights switched off at night.\n\n"
        "2. That officers show the energy savings in the budget report.\n",
        encoding="utf-8",
    )
    result = invoke("import", "minutes", "minutes.txt", "--committee", "cyp", "--strict")
    assert _records(repo) == [
        (
            "cyp-2019-11-21-1",
            "Flood defence schemes",
            "That the Agency be invited to report on the Riverside scheme in March.",
        ),
        ("cyp-2019-11-21-2", "Street lighting", "That officers map the lights switched off at night."),
        (
            "cyp-2019-11-21-3",
            "Street lighting",
            "That officers show the energy savings in the budget report.",
        ),
    ], result.stderr


def test_a_numbered_terms_of_reference_list_is_not_decisions(repo: Path, invoke: Invoke) -> None:
    (repo / "minutes.txt").write_text(
        "Minutes of the Children's Services Scrutiny Committee held on 6 February 2020\n\n"
        "12. School Transport Task Group\n\n"
        "The Committee considered the scope of the task group. Its terms of reference are:\n\n"
        "(i) to review the eligibility policy for home to school transport;\n\n"
        "(ii) to consider the cost of the service against neighbouring authorities; and\n\n"
        "(iii) to make recommendations to the Cabinet Member.\n\n"
        "RESOLVED: That the task group reports its findings to the Committee in July 2020.\n",
        encoding="utf-8",
    )
    result = invoke("import", "minutes", "minutes.txt", "--committee", "cyp", "--strict")
    assert _records(repo) == [
        (
            "cyp-2020-02-06-1",
            "School Transport Task Group",
            "That the task group reports its findings to the Committee in July 2020.",
        )
    ], result.stderr
