"""Build the Word, PDF and web-page minutes the tests read, from the plain-text corpus beside them.

Run `.venv/bin/python tests/data/make_fixtures.py` after changing a file in tests/data/minutes/corpus/;
commit what it writes. Each `corpus/NAME.txt` becomes:

- `NAME.docx`: one Word paragraph per paragraph, list items numbered by Word's automatic numbering
  (numbering definitions, not typed numbers; a restarted list is a new list instance with a start
  override, as Word makes it; bullets by the "List Bullet" style), tables as Word tables;
- `NAME.pdf`: paragraphs wrapped by reportlab, list numbers hung in the margin, a running header and
  a "Page N of M" footer on every (A5) page, tables as PDF tables;
- `NAME.printed.pdf`: the same on a small page, as a word processor prints it, so lines wrap in
  other places: the header over two lines and "Page N" beside "Chairman's initials ......" at the foot;
- `NAME.html`: a page as a council website serves it, with navigation, a cookie banner and scripts
  around the content, `<ol>`/`<ul>` lists, tables.

Some documents are made the other ways clerks make them: TYPED ones have their numbers typed into
the Word paragraphs ("1.<tab>That ..."), MULTILEVEL ones are one Word outline list (1. / 1.1 / (a))
that numbers the minute headings, their paragraphs and the points, and SAVED_PAGE ones are pages
saved from a committee system's site ("Save page as": Windows-1252, no <main>, a side menu of
upcoming meetings, breadcrumbs, a footer). A signature line at the foot of a printed page
("Chairman's initials ....") is in the PDF only: Word and the web keep it out of the text.

It also writes the bad inputs in `bad/`: a password-protected PDF, a PDF with only a picture, one
protected against editing only (which opens without a password), a PDF that is one scanned image,
and a damaged .docx. Word files are written with fixed zip dates, so running it again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "minutes" / "corpus"
BAD = HERE / "minutes" / "bad"

# The running header each PDF page carries (its own words, so the tests see furniture to skip).
HEADERS = {
    "waste-panel-2013": "Environment and Waste Scrutiny Panel, 15.01.13",
    "cabinet-item-2019": "Cabinet - items at meetings",
    "garden-waste-decision-2019": "Decision details",
    "housing-committee-2011": "Housing Scrutiny Committee minutes",
    "young-carers-2016": "Young Carers Task and Finish Group",
    "community-safety-2017": "Community Safety Committee minutes",
    "parks-agenda-item": "Agenda item 31",
    "overview-scrutiny-2019": "Overview and Scrutiny Committee - 13 March 2019",
    "place-scrutiny-2019": "Place Scrutiny Committee",
    "loneliness-review-2019": "Loneliness and Social Isolation - Task and Finish Group",
    "health-panel-2019": "Health Scrutiny Panel - minutes",
    "library-issue-history": "Issue - meetings",
    "toilets-decision-2019": "Decision details",
}
TYPED = {"overview-scrutiny-2019"}
MULTILEVEL = {"place-scrutiny-2019"}
SAVED_PAGE = {"library-issue-history", "toilets-decision-2019", "health-panel-2019"}
_SIGNATURE = re.compile(r"^Chairman's initials\b")

_MARKER = re.compile(
    r"^(?:\((?P<p>[0-9]{1,2}|[a-z]|[ivx]{1,4})\)|(?P<d>[0-9]{1,2}|[a-z]|[ivx]{1,4})(?P<c>[.)]))\s+(.*)$"
)
_BULLET = re.compile(r"^[•·]\s+(.*)$")
_FURNITURE = re.compile(r"^(?:Page \d+ of \d+|.+ – \d{1,2} \w+ \d{4})$")
_CELLS = re.compile(r"\t+| {3,}")


@dataclass
class Block:
    kind: str  # "p", "item", "bullet", "table", "break"
    text: str = ""
    fmt: str = ""  # decimal | lowerLetter | lowerRoman
    pattern: str = ""  # "%1.", "(%1)", "%1)"
    value: int = 0
    level: int = 0
    list_id: int = -1
    rows: list[list[str]] = field(default_factory=list)


def _marker(line: str) -> tuple[str, str, int, str] | None:
    m = _MARKER.match(line)
    if not m:
        return None
    token = m["p"] or m["d"]
    pattern = "(%1)" if m["p"] else f"%1{m['c']}"
    if token.isdigit():
        return "decimal", pattern, int(token), m[4]
    if len(token) == 1:
        return "lowerLetter", pattern, ord(token) - 96, m[4]
    values = {"ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
    return "lowerRoman", pattern, values[token], m[4]


def blocks(text: str) -> list[Block]:
    """The source text as paragraphs, list items, tables and page breaks; furniture dropped."""
    lines = text.split("\n")
    keep: list[str] = []
    for i, line in enumerate(lines):
        near_break = any("\f" in x for x in lines[max(0, i - 2) : i + 3])
        if near_break and _FURNITURE.match(line.replace("\f", "").strip()):
            if "\f" in line:
                keep.append("\f")
            continue
        keep.append(line)
    out: list[Block] = []
    current: Block | None = None
    previous = ""
    for line in keep:
        if current is not None and current.kind in ("p", "item", "bullet") and len(previous) < 70:
            current = None  # the line above was not wrapped: this one starts a paragraph of its own
        previous = line.strip()
        stripped = line.strip()
        if "\f" in line and not stripped:  # str.strip() takes the form feed too
            current = None
            out.append(Block("break"))
            continue
        if not stripped:
            current = None
            continue
        cells = [c.strip() for c in _CELLS.split(stripped) if c.strip()]
        if len(cells) >= 2:
            if current is None or current.kind != "table":
                current = Block("table")
                out.append(current)
            current.rows.append(cells)
            continue
        mk = _marker(stripped)
        bullet = _BULLET.match(stripped)
        if mk is not None and not re.match(r"^\d{2,}", stripped):
            fmt, pattern, value, rest = mk
            current = Block("item", rest, fmt, pattern, value)
            out.append(current)
        elif bullet:
            current = Block("bullet", bullet[1])
            out.append(current)
        elif current is not None and current.kind in ("p", "item", "bullet"):
            current.text += " " + stripped
        else:
            current = Block("p", stripped)
            out.append(current)
    _lists(out)
    return out


def outline(bs: list[Block]) -> list[Block]:
    """The blocks as one Word outline list: 'N. Title' level 1, 'N.M text' level 2, '(a) text' level 3."""
    out: list[Block] = []
    for b in bs:
        m = re.match(r"^(\d{1,2})\.(\d{1,2})\s+(.*)$", b.text) if b.kind == "p" else None
        if m:
            out.append(Block("item", m[3], "decimal", "%1.%2", int(m[2]), 1, 0))
        elif b.kind == "item" and b.pattern == "%1." and b.fmt == "decimal" and b.level == 0:
            out.append(Block("item", b.text, "decimal", "%1.", b.value, 0, 0))
        elif b.kind == "item" and b.pattern == "(%1)":
            out.append(Block("item", b.text, b.fmt, "(%3)", b.value, 2, 0))
        else:
            out.append(b)
    return out


def unprinted(bs: list[Block]) -> list[Block]:
    """The blocks without the signature line a printed page carries at its foot."""
    return [
        b
        for i, b in enumerate(bs)
        if not (b.kind == "p" and _SIGNATURE.match(b.text) and i + 1 < len(bs) and bs[i + 1].kind == "break")
    ]


def _lists(out: list[Block]) -> None:
    """Group list items into list instances (continuing one when its next number follows) and levels."""
    lists: list[tuple[str, str, int]] = []  # per list: (fmt, pattern, last value at level 0)
    open_list: int | None = None
    for b in out:
        if b.kind != "item":
            if b.kind in ("p", "table"):
                open_list = None if b.kind == "table" else open_list
            continue
        if open_list is not None:
            fmt, pattern, last = lists[open_list]
            if (b.fmt, b.pattern) == (fmt, pattern) and b.value == last + 1:
                b.list_id, b.level = open_list, 0
                lists[open_list] = (fmt, pattern, b.value)
                continue
            if (b.fmt, b.pattern) != (fmt, pattern):
                b.list_id, b.level = open_list, 1  # a sub-point in another style
                continue
        for i in range(len(lists) - 1, -1, -1):  # an earlier list taken up again ("2." after narrative)
            fmt, pattern, last = lists[i]
            if (b.fmt, b.pattern) == (fmt, pattern) and b.value == last + 1 and b.value > 1:
                b.list_id, b.level, open_list = i, 0, i
                lists[i] = (fmt, pattern, b.value)
                break
        else:
            lists.append((b.fmt, b.pattern, b.value))
            b.list_id, b.level, open_list = len(lists) - 1, 0, len(lists) - 1


# ------------------------------------------------------------------------------ Word


def _stable_zip(data: bytes) -> bytes:
    """The same .docx with every zip entry dated 1 January 2020, so a rebuild gives the same bytes."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def make_docx(bs: list[Block], numbering_kind: str = "automatic") -> bytes:
    """A Word document; numbering_kind 'automatic' (a list per run), 'typed' or 'outline' (see the top)."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.core_properties.created = dt.datetime(2020, 1, 1)
    document.core_properties.modified = dt.datetime(2020, 1, 1)
    document.core_properties.last_modified_by = "Democratic Services"
    document.core_properties.author = "Democratic Services"
    numbering = document.part.numbering_part.element

    def el(tag: str, **attrs: str) -> object:
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(f"w:{k}"), v)
        return e

    # One abstract definition per list style; each list instance is a w:num, and an instance that
    # starts again at a number shares the definition with a start override (Word's "Restart at").
    abstract_of: dict[tuple[str, str, str, str], int] = {}
    num_of: dict[int, int] = {}
    next_abstract, next_num = 100, 100
    subs: dict[int, tuple[str, str]] = {}
    for b in bs:
        if b.kind == "item" and b.level == 1:
            subs.setdefault(b.list_id, (b.fmt, b.pattern))
    if numbering_kind == "outline":
        abstract = el("w:abstractNum", abstractNumId=str(next_abstract))
        abstract.append(el("w:multiLevelType", val="multilevel"))
        for ilvl, (fmt, pattern) in enumerate((("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)"))):
            lvl = el("w:lvl", ilvl=str(ilvl))
            lvl.append(el("w:start", val="1"))
            lvl.append(el("w:numFmt", val=fmt))
            lvl.append(el("w:lvlText", val=pattern))
            lvl.append(el("w:lvlJc", val="left"))
            abstract.append(lvl)
        numbering.find(qn("w:num")).addprevious(abstract)
        num = el("w:num", numId=str(next_num))
        num.append(el("w:abstractNumId", val=str(next_abstract)))
        numbering.append(num)
        num_of[0] = next_num
    for b in bs:
        if numbering_kind != "automatic" or b.kind != "item" or b.list_id in num_of or b.level != 0:
            continue
        sub = subs.get(b.list_id, ("lowerLetter", "%2)"))
        key = (b.fmt, b.pattern, *sub)
        if key not in abstract_of:
            abstract = el("w:abstractNum", abstractNumId=str(next_abstract))
            abstract.append(el("w:multiLevelType", val="hybridMultilevel"))
            for ilvl, (fmt, pattern) in enumerate(((b.fmt, b.pattern), sub)):
                lvl = el("w:lvl", ilvl=str(ilvl))
                lvl.append(el("w:start", val="1"))
                lvl.append(el("w:numFmt", val=fmt))
                lvl.append(el("w:lvlText", val=pattern.replace("%1", f"%{ilvl + 1}")))
                lvl.append(el("w:lvlJc", val="left"))
                ppr = el("w:pPr")
                ppr.append(el("w:ind", left=str(720 * (ilvl + 1)), hanging="360"))
                lvl.append(ppr)
                abstract.append(lvl)
            first_num = numbering.find(qn("w:num"))
            first_num.addprevious(abstract)
            abstract_of[key] = next_abstract
            next_abstract += 1
        num = el("w:num", numId=str(next_num))
        num.append(el("w:abstractNumId", val=str(abstract_of[key])))
        override = el("w:lvlOverride", ilvl="0")
        override.append(el("w:startOverride", val=str(b.value)))
        num.append(override)
        numbering.append(num)
        num_of[b.list_id] = next_num
        next_num += 1

    def numbered(paragraph: object, num_id: int, level: int) -> None:
        ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
        num_pr = el("w:numPr")
        num_pr.append(el("w:ilvl", val=str(level)))
        num_pr.append(el("w:numId", val=str(num_id)))
        ppr.append(num_pr)

    pending_break = False
    for b in bs:
        if b.kind == "break":
            pending_break = True
            continue
        if b.kind == "table":
            table = document.add_table(rows=0, cols=max(len(r) for r in b.rows))
            table.style = "Table Grid"
            for row in b.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    cell.text = value
            continue
        style = "List Bullet" if b.kind == "bullet" else None
        paragraph = document.add_paragraph(style=style)
        if pending_break:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
            pending_break = False
        typed = b.kind == "item" and numbering_kind == "typed"
        run = paragraph.add_run(f"{_label(b)}\t{b.text}" if typed else b.text)
        if b.kind == "p" and (b.text.isupper() or re.match(r"^\d+\.? ", b.text)):
            run.bold = True
        if b.kind == "item" and not typed:
            numbered(paragraph, num_of[b.list_id], b.level)
    buf = io.BytesIO()
    document.save(buf)
    return _stable_zip(buf.getvalue())


# ------------------------------------------------------------------------------ PDF


def _label(b: Block) -> str:
    if b.fmt == "decimal":
        value = str(b.value)
    elif b.fmt == "lowerRoman":
        value = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][b.value]
    else:
        value = chr(96 + b.value)
    return b.pattern.replace("%1", value).replace("%2", value)


def make_pdf(bs: list[Block], header: str, encrypt: object = None, printed: bool = False) -> bytes:
    """An A5 PDF with a one-line header and 'Page N'; `printed`: as a word processor prints minutes
    on a small page, the header over two lines and 'Page N<tab>Chairman's initials ......' at the foot."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12.5, spaceAfter=7)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold")
    item = ParagraphStyle("item", parent=body, leftIndent=9 * mm, bulletIndent=0, spaceAfter=3)
    sub = ParagraphStyle("sub", parent=item, leftIndent=16 * mm, bulletIndent=8 * mm)
    flow: list[object] = []
    for b in bs:
        if b.kind == "break":
            flow.append(PageBreak())
        elif b.kind == "table":
            table = Table(b.rows, hAlign="LEFT")
            table.setStyle(
                TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 9)])
            )
            flow.extend([table, Spacer(1, 7)])
        elif b.kind == "bullet":
            flow.append(Paragraph(html.escape(b.text), item, bulletText="•"))
        elif b.kind == "item":
            flow.append(Paragraph(html.escape(b.text), sub if b.level else item, bulletText=_label(b)))
        else:
            strong = b.text.isupper() or re.match(r"^\d+\.? ", b.text)
            flow.append(Paragraph(html.escape(b.text), bold if strong else body))

    size = (105 * mm, 175 * mm) if printed else A5
    margin = 12 * mm if printed else 15 * mm
    words = header.split()
    half = (len(words) + 1) // 2
    header_lines = [" ".join(words[:half]), " ".join(words[half:])] if printed else [header]

    def furniture(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        for k, line in enumerate(header_lines):
            canvas.drawString(margin, size[1] - 10 * mm - k * 10, line)  # type: ignore[attr-defined]
        if printed:
            canvas.drawString(margin, 8 * mm, f"Page {doc.page}")  # type: ignore[attr-defined]
            canvas.drawRightString(size[0] - margin, 8 * mm, "Chairman's initials ......")  # type: ignore[attr-defined]
        else:
            canvas.drawRightString(size[0] - margin, 8 * mm, f"Page {doc.page}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        invariant=1,
        encrypt=encrypt,
        title=header,
        author="Democratic Services",
    )
    doc.build(flow, onFirstPage=furniture, onLaterPages=furniture)
    return buf.getvalue()


# ------------------------------------------------------------------------------ web page

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Anytown Borough Council</title>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>.cookie-banner {{ position: fixed; }}</style>
</head>
<body>
<div class="cookie-banner" id="cookie-notice"><p>We use cookies to make this site work. Accept all cookies?</p>
<button>Accept</button></div>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="site-header"><a href="/">Anytown Borough Council</a>
<nav aria-label="Main"><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council">Councillors and
committees</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
<div class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/council">Committees</a></li></ol></div>
<main id="content">
{body}
</main>
<aside class="sidebar"><h2>Related</h2><ol><li>Agenda</li><li>Printed minutes</li></ol></aside>
<footer class="site-footer"><p>&copy; Anytown Borough Council. Page 1 of 1</p></footer>
<script src="/js/site.js"></script>
</body>
</html>
"""


SAVED = """<!-- saved from url=(0068)https://democracy.westshire.gov.uk/mgIssueHistoryHome.aspx?IId=20417 -->
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{title} - Westshire District Council</title>
<link rel="stylesheet" href="./{title}_files/mgWebStyles.css">
<script src="./{title}_files/jquery.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="top-bar"><a href="https://www.westshire.gov.uk/">Westshire District Council</a>
<form action="/search"><input name="q"><button>Search</button></form></div>
<div id="menu-bar"><ul class="top-menu"><li><a href="/bins">Bins</a></li><li><a href="/planning">Planning</a></li>
<li><a href="/mgCalendarMonthView.aspx">Meetings calendar</a></li></ul></div>
<div class="breadcrumb-trail"><a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Committees</a> &gt; {title}</div>
<div id="left-column"><div class="mgSideNav"><h2>Upcoming meetings</h2>
<ul><li><a href="/ieListDocuments.aspx?CId=130">Cabinet - Tuesday, 14 January 2020 6.00 pm</a></li>
<li><a href="/ieListDocuments.aspx?CId=141">Environment Scrutiny Panel - Thursday, 16 January 2020 7.00 pm</a></li></ul>
<h2>Decisions</h2><ul><li><a href="/mgDelegatedDecisions.aspx">Recent decisions</a></li>
<li><a href="/mgListPlans.aspx">Forward plan</a></li></ul></div></div>
<div id="centre-column"><div class="mgContent">
{body}
</div></div>
<div id="right-column"><h2>Contact</h2><p>Democratic Services, 01632 960123</p>
<p>Next Cabinet: Tuesday 14 January 2020</p></div>
<div id="footer-bar"><p>Westshire District Council, Council Offices, Westshire WS1 1AA</p>
<p>Page last updated: 15 November 2019</p></div>
</div>
<script>var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script>
</body>
</html>
"""


def make_html(bs: list[Block], title: str, saved: bool = False) -> bytes:
    """A council web page; `saved`: as a browser saves a committee system's page (see SAVED)."""
    out: list[str] = []
    open_lists: list[str] = []  # "ol" or "ul" per level
    lists_seen: dict[int, int] = {}

    def close_to(depth: int) -> None:
        while len(open_lists) > depth:
            out.append(f"</li></{open_lists.pop()}>")

    for b in bs:
        if b.kind == "item":
            css = {"decimal": "1", "lowerLetter": "a", "lowerRoman": "i"}[b.fmt]
            if len(open_lists) > b.level and open_lists[b.level] == "ol" and b.list_id == lists_seen.get(b.level):
                close_to(b.level + 1)
                out.append("</li>")
            else:
                close_to(b.level)
                start = f' start="{b.value}"' if b.value != 1 else ""
                out.append(f'<ol type="{css}"{start}>')
                open_lists.append("ol")
                lists_seen[b.level] = b.list_id
            out.append(f"<li>{html.escape(b.text)}")
            continue
        if b.kind == "bullet":
            if open_lists and open_lists[-1] == "ul":
                out.append("</li>")
            else:
                close_to(0)
                out.append("<ul>")
                open_lists.append("ul")
            out.append(f"<li>{html.escape(b.text)}")
            continue
        close_to(0)
        lists_seen.clear()
        if b.kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in b.rows)
            out.append(f'<table class="data">\n{rows}</table>')
        elif b.kind == "p":
            heading = b.text.isupper() or re.match(r"^\d+\.? ", b.text)
            tag = "h2" if heading and len(b.text) < 90 else "p"
            out.append(f"<{tag}>{html.escape(b.text)}</{tag}>")
    close_to(0)
    if saved:
        page = SAVED.format(title=html.escape(title), body="\n".join(out))
        return page.encode("cp1252", "xmlcharrefreplace")
    return PAGE.format(title=html.escape(title), body="\n".join(out)).encode("utf-8")


# ------------------------------------------------------------------------------ bad inputs


def make_bad() -> dict[str, bytes]:
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    text = (CORPUS / "cabinet-item-2019.txt").read_text(encoding="utf-8")
    files = {
        "password.pdf": make_pdf(blocks(text), "Cabinet", StandardEncryption("open-sesame", "owner", strength=128)),
        "edit-protected.pdf": make_pdf(blocks(text), "Cabinet", StandardEncryption("", "owner", canModify=0)),
    }
    buf = io.BytesIO()
    scan = canvas.Canvas(buf, pagesize=A5, invariant=1)
    for y in range(40, 560, 14):  # grey bars where a scanned page has its lines of print
        scan.setFillGray(0.35)
        scan.rect(40, y, 330 - (y * 7) % 90, 6, stroke=0, fill=1)
    scan.showPage()
    scan.save()
    files["scanned.pdf"] = buf.getvalue()
    files["image-only.pdf"] = _image_only_pdf()
    files["no-character-map.pdf"] = _no_character_map_pdf()
    whole = make_docx(blocks(text))
    files["damaged.docx"] = whole[: len(whole) // 2]
    return files


def _image_only_pdf() -> bytes:
    """A PDF whose page is one raster picture, as a scanner makes it: no text layer at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("L", (420, 595), 250)
    draw = ImageDraw.Draw(picture)
    for y in range(60, 540, 16):  # lines of grey print, as a page of minutes looks when scanned
        draw.rectangle((40, y, 380 - (y * 7) % 120, y + 7), fill=70)
    buf = io.BytesIO()
    scan = canvas.Canvas(buf, pagesize=A5, invariant=1)
    scan.drawImage(ImageReader(picture), 0, 0, width=A5[0], height=A5[1])
    scan.showPage()
    scan.save()
    return buf.getvalue()


def _no_character_map_pdf() -> bytes:
    """A PDF whose font has no character map (a CID font, Identity-H, no ToUnicode): its text layer
    comes out as '(cid:77)(cid:105)...', as some printers and PDF tools leave it. Written by hand:
    reportlab always adds the map."""
    lines = ["Minutes of the meeting held on 4 June 2019", "RESOLVED: That the report be noted."]
    shown = b" ".join(b"<" + "".join(f"{ord(c):04X}" for c in line).encode() + b"> Tj 0 -20 Td" for line in lines)
    content = b"BT /F1 12 Tf 72 720 Td " + shown + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Arial /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Arial"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def main() -> None:
    written = 0
    for source in sorted(CORPUS.glob("*.txt")):
        bs = blocks(source.read_text(encoding="utf-8"))
        stem = source.stem
        if stem in MULTILEVEL:
            docx = make_docx(outline(unprinted(bs)), "outline")
        else:
            docx = make_docx(unprinted(bs), "typed" if stem in TYPED else "automatic")
        outputs = {
            f"{stem}.docx": docx,
            f"{stem}.pdf": make_pdf(bs, HEADERS[stem]),
            f"{stem}.printed.pdf": make_pdf(bs, HEADERS[stem], printed=True),
            f"{stem}.html": make_html(unprinted(bs), HEADERS[stem], saved=stem in SAVED_PAGE),
        }
        for name, data in outputs.items():
            (CORPUS / name).write_bytes(data)
            written += 1
    BAD.mkdir(exist_ok=True)
    for name, data in make_bad().items():
        (BAD / name).write_bytes(data)
        written += 1
    print(f"wrote {written} files", file=sys.stderr)


if __name__ == "__main__":
    main()
