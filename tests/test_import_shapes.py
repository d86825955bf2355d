"""Files in the shapes officers really hand `import`: pages saved from a committee system's site, Word's
own HTML, Word documents with content controls, text in UTF-16 or with a BOM and CRLF, and files of the
wrong kind (a workbook given to `import csv`, an old .doc renamed .docx, a page with no content).

Each input is written here in its own words; each test checks the exact records or the one error line.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot
from test_import_minutes import records, shown

# A page as a browser's "Save page as" keeps it: the committee system's template round the content,
# no <main>, menus and a side column of upcoming meetings (dates that are not this meeting's, and a
# "Decisions" heading over links), Windows-1252.
SAVED_PAGE = """<!-- saved from url=(0064)https://democracy.eastmoor.gov.uk/ieDecisionDetails.aspx?ID=5121 -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Decision - Review of Public Toilet Provision</title>
<script src="./Decision_files/jquery.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="top-bar"><a href="/">Eastmoor District Council</a><form action="/search"><input name="q"></form></div>
<div id="menu-bar"><ul class="top-menu"><li><a href="/bins">Bins</a></li><li><a href="/planning">Planning</a></li></ul></div>
<div class="breadcrumb-trail"><a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Committees</a></div>
<div id="left-column"><div class="side-nav"><h2>Upcoming meetings</h2>
<ul><li>Cabinet - Tuesday, 14 January 2020 6.00 pm</li>
<li>Environment Scrutiny Panel - Thursday, 16 January 2020 7.00 pm</li></ul>
<h2>Decisions</h2><ul><li><a href="/d">Recent decisions</a></li><li><a href="/p">Forward plan</a></li></ul></div></div>
<div id="centre-column"><div class="mgContent">
<h1 class="mgMainTitleTxt">Agenda item</h1>
<p>Meeting: 12/11/2019 - Cabinet (Item 6)</p>
<h3>6 Review of Public Toilet Provision</h3>
<p>To consider the recommendations of the Environment Scrutiny Panel.</p>
<h3>Decision:</h3>
<p>Cabinet RESOLVED to:</p>
<ol style="list-style-type: lower-alpha">
<li>accept the Panel’s recommendation that the toilets at Market Square stay open until 8 pm in summer;</li>
<li>ask the Head of Street Scene to bring forward a community toilet scheme by March 2020.</li>
</ol>
<h3>Minutes:</h3>
<p>The Cabinet Member for Street Scene thanked the Panel for its review.</p>
</div></div>
<div class="column-right"><h2>Contact</h2><p>Next Cabinet: Tuesday 14 January 2020</p></div>
<div id="footer-bar"><p>Page last updated: 13 November 2019</p></div>
</div>
</body>
</html>
"""

TOILETS = [
    (
        "cyp-2019-11-12-1",
        "Review of Public Toilet Provision",
        "To accept the Panel’s recommendation that the toilets at Market Square stay open until 8 pm in summer.\n",
    ),
    (
        "cyp-2019-11-12-2",
        "Review of Public Toilet Provision",
        "To ask the Head of Street Scene to bring forward a community toilet scheme by March 2020.\n",
    ),
]


def imported(repo: Path) -> list[tuple[str, str | None, str]]:
    return [(rid, r.get("item"), r["text"]) for rid, r in records(repo).items()]


def test_a_page_saved_from_a_committee_site_gives_only_its_decision(repo: Path, invoke: Invoke) -> None:
    data = SAVED_PAGE.encode("cp1252")
    lines = shown(data, "decision.htm")
    assert lines[0] == "Agenda item"
    for furniture in ("Upcoming", "16 January 2020", "Recent decisions", "Forward plan", "Home >", "Contact"):
        assert not [line for line in lines if furniture in line], furniture
    (repo / "decision.htm").write_bytes(data)
    result = invoke("import", "minutes", "decision.htm", "--committee", "cyp")
    assert result.stdout.split() == ["cyp-2019-11-12-1", "cyp-2019-11-12-2"]
    assert "1 meeting" in result.stderr
    assert imported(repo) == TOILETS


WORD_HTML = """<html>
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<style>p.MsoNormal {margin:0cm;}</style>
</head>
<body lang=EN-GB>
<div class=WordSection1>
<p class=MsoNormal align=center><b>HOUSING SCRUTINY PANEL</b></p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Minutes of the meeting held on Tuesday 14 January 2020
at 6.00 pm</b></p>
<p class=MsoNormal><b>17.&nbsp;&nbsp;&nbsp; Temporary Accommodation</b></p>
<p class=MsoNormal>The Head of Housing Needs reported that 146 households were
in temporary accommodation, 38 of them in bed and breakfast.</p>
<p class=MsoNormal><b>RESOLVED </b>– That the Panel:</p>
<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt'><span
style='mso-list:Ignore'>(a)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span>asks the Cabinet Member for Housing to set a target for ending
the use of bed and breakfast for families;</p>
<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;text-indent:-18.0pt'><span
style='mso-list:Ignore'>(b)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span>receives the figures for each quarter.</p>
<p class=MsoNormal><b>18.&nbsp;&nbsp;&nbsp; Rough Sleeping</b></p>
<p class=MsoNormal>The Panel noted the count of rough sleepers in November.</p>
</div>
</body>
</html>
"""
HOUSING = [
    (
        "cyp-2020-01-14-1",
        "Temporary Accommodation",
        "That the Panel asks the Cabinet Member for Housing to set a target for ending the use of bed and "
        "breakfast for families.\n",
    ),
    ("cyp-2020-01-14-2", "Temporary Accommodation", "That the Panel receives the figures for each quarter.\n"),
]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"], ids=["as-declared", "utf-8-declared-1252"])
def test_word_html_with_typed_list_numbers(repo: Path, invoke: Invoke, encoding: str) -> None:
    # Word's "Save as Web Page, Filtered": numbers typed in mso-list spans, and the charset it declares,
    # which a page copied between systems does not always keep ('â€“' must not appear for '–').
    (repo / "minutes.htm").write_bytes(WORD_HTML.encode(encoding))
    invoke("import", "minutes", "minutes.htm", "--committee", "cyp")
    assert imported(repo) == HOUSING


def test_content_controls_in_a_word_document_are_read(repo: Path, invoke: Invoke) -> None:
    # Minute templates wrap sections in content controls (w:sdt); their paragraphs are the minutes.
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Minutes of the meeting held on 14 January 2020")
    document.add_paragraph("17. Temporary Accommodation")
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    control.append(content)
    for text in (
        "RESOLVED:",
        "1. That the Panel asks for a target date for ending the use of bed and breakfast.",
        "2. That the Panel receives the figures each quarter.",
    ):
        content.append(document.add_paragraph(text)._p)
    body = document.element.body
    body.insert(len(body) - 1, control)
    buf = io.BytesIO()
    document.save(buf)
    (repo / "minutes.docx").write_bytes(buf.getvalue())
    invoke("import", "minutes", "minutes.docx", "--committee", "cyp")
    assert imported(repo) == [
        (
            "cyp-2020-01-14-1",
            "Temporary Accommodation",
            "That the Panel asks for a target date for ending the use of bed and breakfast.\n",
        ),
        ("cyp-2020-01-14-2", "Temporary Accommodation", "That the Panel receives the figures each quarter.\n"),
    ]


MINUTES = (
    "Minutes of the Housing Scrutiny Panel held on Tuesday 14 January 2020\n\n"
    "17. Temporary Accommodation\n\n"
    "RESOLVED – That the Panel receives the figures for each quarter, from 1 April 2020.\n"
)


@pytest.mark.parametrize(
    "data",
    [
        MINUTES.encode("utf-16"),  # Notepad's "Unicode": a byte-order mark
        MINUTES.encode("utf-16-le"),  # no byte-order mark
        MINUTES.encode("utf-16-be"),
        b"\xef\xbb\xbf" + MINUTES.replace("\n", "\r\n").encode("utf-8"),  # BOM and Windows line endings
    ],
    ids=["utf-16-bom", "utf-16-le", "utf-16-be", "bom-crlf"],
)
def test_text_minutes_in_every_encoding_windows_saves(repo: Path, invoke: Invoke, data: bytes) -> None:
    (repo / "minutes.txt").write_bytes(data)
    result = invoke("import", "minutes", "minutes.txt", "--committee", "cyp")
    assert result.stdout == "cyp-2020-01-14-1\n"
    assert imported(repo) == [
        (
            "cyp-2020-01-14-1",
            "Temporary Accommodation",
            "That the Panel receives the figures for each quarter, from 1 April 2020.\n",
        )
    ]


def _workbook(inner: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr(inner, "<x/>")
    return buf.getvalue()


WRONG_KIND = [
    (
        "minutes",
        "minutes.docx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024),
        "minutes.docx is an old-style Word 97-2003 (.doc) or Excel file; open it in Word and save it as .docx",
    ),
    (
        "minutes",
        "protected.docx",  # Office keeps a password-protected .docx in an OLE file with this stream
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(600),
        "protected.docx is protected by a password; ask for an unprotected copy, or open it, remove the password "
        "(File > Info > Protect Document) and save it again as .docx",
    ),
    (
        "minutes",
        "page.html",
        b"<!DOCTYPE html><html><head><title>Not found</title><script>var a = 1;</script></head>"
        b"<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/c'>Committees</a></li></ul></nav>"
        b"<footer>Copyright</footer></body></html>",
        "page.html is a web page with no text in its main content; save the minutes as .docx, .pdf, .html or "
        "plain text",
    ),
    (  # a workbook is read, whatever it is called; this one holds no sheet
        "tracker",
        "tracker.csv",
        _workbook("xl/workbook.xml"),
        "tracker.csv is a damaged Excel workbook (Cannot detect file format); open it in Excel or LibreOffice and "
        "save it again as .xlsx",
    ),
    (
        "csv",
        "tracker.xls",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024),
        "tracker.xls is an old-style Excel 97-2003 (.xls) workbook or Office file, which scrutrack does not read; "
        "open it in Excel or LibreOffice and save it again as .xlsx",
    ),
    (
        "csv",
        "tracker.csv",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" * 40,
        "tracker.csv is not text (it holds binary data, e.g. a program or a picture); save the tracker from "
        "Excel as CSV (File > Save As > CSV UTF-8)",
    ),
]


@pytest.mark.parametrize(("command", "name", "data", "message"), WRONG_KIND, ids=[w[1] for w in WRONG_KIND])
def test_a_file_of_the_wrong_kind_is_one_clear_line(
    repo: Path, invoke: Invoke, command: str, name: str, data: bytes, message: str
) -> None:
    (repo / name).write_bytes(data)
    before = files_snapshot(repo)
    result = invoke("import", command, name, "--committee", "cyp", code=1)
    assert (result.stdout, result.stderr) == ("", f"Error: {message}\n")
    assert files_snapshot(repo) == before


LAYOUT_TABLE = """<html><head><title>Minutes - Licensing Committee</title></head>
<body>
<table width="100%" border="0">
<tr><td colspan="2"><img src="logo.gif" alt="Northshire Council"> Northshire Council</td></tr>
<tr>
<td width="180" valign="top">
<p><a href="/">Home</a></p><p><a href="/meetings">Meetings</a></p>
<p>Next meeting: 12 March 2020</p>
</td>
<td valign="top">
<h1>Licensing Committee</h1>
<p>Minutes of the meeting held on Wednesday 5 February 2020</p>
<h2>7. Taxi Licensing Policy</h2>
<p>The Licensing Manager presented the draft policy.</p>
<p><b>RESOLVED:</b></p>
<ol>
<li>That the draft taxi licensing policy be approved for consultation.</li>
<li>That all drivers complete safeguarding training by March 2021.</li>
</ol>
<table border="1"><tr><th>Licences</th><th>2018</th><th>2019</th></tr><tr><td>Hackney</td><td>212</td><td>230</td></tr></table>
<h2>8. Street Trading</h2>
<p>The Committee noted the report.</p>
</td>
</tr>
</table>
</body></html>
"""


def test_a_page_laid_out_in_a_table_is_read_as_text(repo: Path, invoke: Invoke) -> None:
    # Older council sites put the menu and the content side by side in one big table: its cells
    # are the page's text, not a table of data (a real table inside it is still skipped).
    (repo / "minutes.html").write_text(LAYOUT_TABLE, encoding="utf-8")
    result = invoke("import", "minutes", "minutes.html", "--committee", "cyp")
    assert "not read: minutes.html, line 20: a table of 2 rows whose headings name no recommendation" in result.stderr
    assert imported(repo) == [
        (
            "cyp-2020-02-05-1",
            "Taxi Licensing Policy",
            "That the draft taxi licensing policy be approved for consultation.\n",
        ),
        (
            "cyp-2020-02-05-2",
            "Taxi Licensing Policy",
            "That all drivers complete safeguarding training by March 2021.\n",
        ),
    ]


# Minutes a word processor saved as a web page: every list item's text in its own <p>, and Word's
# outline numbering (1. / 1.1 / a.) as lists inside list items.
WORD_PROCESSOR_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>
<meta name="generator" content="LibreOffice"/></head>
<body lang="en-GB" dir="ltr">
<p style="margin-bottom: 0.14in">Planning Scrutiny Committee</p>
<p style="margin-bottom: 0.14in">Minutes of the meeting held on 3 March 2020</p>
<ol>
	<li><p style="margin-bottom: 0.14in">Apologies</p>
	<ol>
		<li><p style="margin-bottom: 0.14in">Apologies were received from
		Councillor F. Owen.</p>
	</ol>
	<li><p style="margin-bottom: 0.14in">Planning Enforcement</p>
	<ol>
		<li><p style="margin-bottom: 0.14in">The Enforcement Manager reported
		a backlog of 140 cases.</p>
		<li><p style="margin-bottom: 0.14in">RESOLVED – That the Committee:</p>
		<ol type="a">
			<li><p style="margin-bottom: 0.14in">asks the Cabinet Member to fund two
			more enforcement officers; and</p>
			<li><p style="margin-bottom: 0.14in">receives the backlog figures every
			quarter.</p>
		</ol>
	</ol>
</ol>
</body></html>
"""


def test_a_word_processors_web_page_keeps_list_numbers_with_their_text(repo: Path, invoke: Invoke) -> None:
    lines = shown(WORD_PROCESSOR_HTML.encode(), "m.html")
    assert lines[2:6] == [
        "1. Apologies",
        "1.1 Apologies were received from Councillor F. Owen.",
        "2. Planning Enforcement",
        "2.1 The Enforcement Manager reported a backlog of 140 cases.",
    ]
    assert "a. asks the Cabinet Member to fund two more enforcement officers; and" in lines
    (repo / "m.html").write_text(WORD_PROCESSOR_HTML, encoding="utf-8")
    invoke("import", "minutes", "m.html", "--committee", "cyp")
    assert imported(repo) == [
        (
            "cyp-2020-03-03-1",
            "Planning Enforcement",
            "That the Committee asks the Cabinet Member to fund two more enforcement officers.\n",
        ),
        (
            "cyp-2020-03-03-2",
            "Planning Enforcement",
            "That the Committee receives the backlog figures every quarter.\n",
        ),
    ]


def test_minutes_laid_out_in_a_table_of_minute_numbers(repo: Path, invoke: Invoke) -> None:
    # Word minutes that put each minute's number in a narrow left column and its title, narrative and
    # resolution in the right one, a short title ("Budget") included.
    import docx

    document = docx.Document()
    document.add_paragraph("Minutes of the meeting of the Licensing Committee held on 5 February 2020")
    table = document.add_table(rows=0, cols=2)
    for number, paragraphs in (
        (
            "7.",
            [
                "Budget",
                "The Committee considered the licensing budget.",
                "RESOLVED: That the licensing fees be frozen for 2020/21.",
            ],
        ),
        (
            "8.",
            [
                "Taxi Licensing Policy",
                "RESOLVED:",
                "1. That the draft policy be approved for consultation.",
                "2. That all drivers complete safeguarding training.",
            ],
        ),
    ):
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = paragraphs[0]
        for text in paragraphs[1:]:
            cells[1].add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    (repo / "minutes.docx").write_bytes(buf.getvalue())
    invoke("import", "minutes", "minutes.docx", "--committee", "cyp")
    assert imported(repo) == [
        ("cyp-2020-02-05-1", "Budget", "That the licensing fees be frozen for 2020/21.\n"),
        ("cyp-2020-02-05-2", "Taxi Licensing Policy", "That the draft policy be approved for consultation.\n"),
        ("cyp-2020-02-05-3", "Taxi Licensing Policy", "That all drivers complete safeguarding training.\n"),
    ]


# A committee system's page whose parts sit in a table of labels: "Meeting:", the minute number,
# "Decision:" beside the resolution and its lettered list, "Minutes:".
LABEL_TABLE = """<html><head><title>Issue - meetings</title></head><body><div id="modgov">
<h1 class="mgMainTitleTxt">Issue - meetings</h1>
<table class="mgTable">
<tr><td>Meeting:</td><td><p>17/09/2019 - Cabinet (Item 45)</p></td></tr>
<tr><td>45.</td><td><p>Household Waste and Recycling Collections</p><p>Report of the Head of Waste.</p></td></tr>
<tr><td>Decision:</td><td><p>RESOLVED that Cabinet:</p>
<ol type="a"><li>agrees the revised collection calendar;</li><li>asks the Head of Waste to report on missed collections.</li></ol></td></tr>
<tr><td>Minutes:</td><td><p>The Cabinet Member introduced the report.</p></td></tr>
</table></div></body></html>
"""


def test_a_table_of_labels_beside_the_decision(repo: Path, invoke: Invoke) -> None:
    (repo / "issue.html").write_text(LABEL_TABLE, encoding="utf-8")
    invoke("import", "minutes", "issue.html", "--committee", "cyp")
    assert imported(repo) == [
        (
            "cyp-2019-09-17-1",
            "Household Waste and Recycling Collections",
            "That Cabinet agrees the revised collection calendar.\n",
        ),
        (
            "cyp-2019-09-17-2",
            "Household Waste and Recycling Collections",
            "That Cabinet asks the Head of Waste to report on missed collections.\n",
        ),
    ]


@pytest.mark.parametrize("pattern", ["%1", "%1:", "Minute %1", "%1."])
def test_word_numbering_with_any_level_text(repo: Path, invoke: Invoke, pattern: str) -> None:
    # One multi-level list numbers the minutes, their paragraphs and points ("34" / "34.2" / "(a)"):
    # Word lets a clerk set a level's text to the bare number, a colon after it or a word before it.
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    levels = ((pattern, "decimal"), ("%1.%2", "decimal"), ("(%3)", "lowerLetter"))
    lvls = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="{34 if k == 0 else 1}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for k, (text, fmt) in enumerate(levels)
    )
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int) -> None:
        ppr = document.add_paragraph(text)._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    document.add_paragraph("Minutes of the Housing Committee held on 12 March 2024")
    numbered("Minutes", 0)
    numbered("The minutes of the meeting held on 6 February 2024 were approved as a correct record.", 1)
    numbered("Empty Homes Review", 0)
    numbered("The Committee considered the report of the Head of Housing.", 1)
    numbered("RESOLVED: That officers publish the number of empty homes each quarter.", 1)
    numbered("Tenancy Strategy", 0)
    numbered("RESOLVED:", 1)
    numbered("that the draft strategy be revised to cover older tenants; and", 2)
    numbered("that the revised draft come back to the Committee in July.", 2)
    buf = io.BytesIO()
    document.save(buf)
    (repo / "minutes.docx").write_bytes(buf.getvalue())
    invoke("import", "minutes", "minutes.docx", "--committee", "cyp")
    assert imported(repo) == [
        ("cyp-2024-03-12-1", "Empty Homes Review", "That officers publish the number of empty homes each quarter.\n"),
        ("cyp-2024-03-12-2", "Tenancy Strategy", "That the draft strategy be revised to cover older tenants.\n"),
        ("cyp-2024-03-12-3", "Tenancy Strategy", "That the revised draft come back to the Committee in July.\n"),
    ]
