"""The report as a Word document (python-docx): heading styles, real tables, a page header.

Headings use Word's own Heading 1 and 2 styles, so the navigation pane and a table of contents
(one is inserted: update it in Word) list the sections. Tables are built as WordprocessingML
directly, a row at a time (python-docx's cell API costs a few milliseconds a row), with a header
row that repeats on every page and rows that never split across pages. Each chart is a native
table of its numbers: it needs no image library, stays editable and readable to a screen
reader, prints crisply in greyscale, and keeps the file byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime as dt
import heapq
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from scrutrack.formats import Column, View
from scrutrack.model import shown as visible
from scrutrack.pack import Chart, Pack, href

if TYPE_CHECKING:
    from docx.document import Document

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
PORTRAIT, LANDSCAPE = 9866, 14797  # text width in twips (twentieths of a point): A4 less 18 mm margins
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # every part of the package gets this date: same input, same bytes


def xml_text(text: str) -> str:
    """Text Word can hold: characters XML does not allow removed, bidi controls shown as escapes."""
    return _NOT_XML.sub("", visible(text))


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(xml_text(text))}</w:t></w:r>'


def _paragraphs(text: str, right: bool = False, bold: bool = False, keep: bool = False) -> str:
    props = (
        '<w:pStyle w:val="TableText"/>' + ("<w:keepNext/>" if keep else "") + ('<w:jc w:val="right"/>' if right else "")
    )
    return "".join(f"<w:p><w:pPr>{props}</w:pPr>{_run(line, bold) if line else ''}</w:p>" for line in text.split("\n"))


class _Body:
    """The document's body as WordprocessingML text, parsed once at the end: python-docx's
    add_paragraph and add_heading each walk the body, which is quadratic in thousands of them."""

    def __init__(self, doc: Document, root: str) -> None:
        self.doc = doc
        self.root = root
        self.out: list[str] = []
        self.links: dict[str, str] = {}
        self.width = PORTRAIT

    def paragraph(
        self,
        text: str,
        style: str | None = None,
        bold: bool = False,
        *,
        page_break: bool = False,
        space_before: int = 0,
    ) -> None:
        props = f'<w:pStyle w:val="{style}"/>' if style else ""
        props += "<w:pageBreakBefore/>" if page_break else ""
        props += f'<w:spacing w:before="{space_before}"/>' if space_before else ""
        self.out.append(f"<w:p><w:pPr>{props}</w:pPr>{_run(text, bold) if text else ''}</w:p>")

    def raw(self, xml: str) -> None:
        self.out.append(xml)

    def _link(self, target: str) -> str:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        rid = self.links.get(target)
        if rid is None:
            rid = self.links[target] = self.doc.part.relate_to(target, RT.HYPERLINK, is_external=True)
        return rid

    def _link_cell(self, links: Callable[[Any], Sequence[Any]], row: Any) -> str:
        out = []
        for link in links(row):
            target = href(link.target, self.root)
            if target is None:
                out.append(
                    f'<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>{_run(f"{link.text} ({link.target})")}</w:p>'
                )
                continue
            out.append(
                f'<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:hyperlink r:id="{self._link(target)}"><w:r>'
                '<w:rPr><w:color w:val="0B4F9C"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">'
                f"{escape(xml_text(link.text or link.target))}</w:t></w:r></w:hyperlink></w:p>"
            )
        return "".join(out) or _paragraphs("")

    def table(self, columns: list[Column], rows: Any) -> None:
        """A table: a header row that repeats on every page, rows that never split across pages."""
        texts = [list(map(c.cell, rows)) for c in columns]  # a column at a time
        cells = [list(row) for row in zip(*texts, strict=True)]
        widths = _widths(columns, cells, self.width)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        head = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="E6E6E6"/>'
            f"</w:tcPr>{_paragraphs(c.header, c.right, bold=True)}</w:tc>"
            for c, w in zip(columns, widths, strict=True)
        )
        out = [
            "<w:tbl><w:tblPr>"
            f'<w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>"
            f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{head}</w:tr>"
        ]
        links = {i: c.links for i, c in enumerate(columns) if c.links is not None}
        for row, values in zip(rows, cells, strict=True):
            tcs = []
            for i, (c, text) in enumerate(zip(columns, values, strict=True)):
                link = links.get(i)
                body = self._link_cell(link, row) if link is not None else _paragraphs(text, c.right, bold=i == 0)
                tcs.append(f"<w:tc>{body}</w:tc>")
            out.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(tcs)}</w:tr>")
        out.append("</w:tbl>")
        self.out.append("".join(out))

    def view(self, view: View, titled: bool) -> None:
        for s in view.sections:
            if not s.rows:
                if s.empty:
                    self.paragraph(s.empty)
                continue
            if titled and s.title:
                self.paragraph(s.title, "Heading2")
            self.table([c for c in s.columns if c.table], s.rows)
            self.paragraph(s.footer or "", space_before=80 if s.footer else 0)


PAD = 270  # twips of a cell's margins and border, and a little to spare
_NARROW = frozenset("Iiljtfr-.,:;'’()[]| ")
_WIDE = frozenset("mwMW")


def _twips(text: str) -> int:
    """About how wide the text is in 9-point Arial, bold or not (digits 0.56 em, m and w 0.89)."""
    em = sum(
        0.56 if ch.isdigit() else 0.3 if ch in _NARROW else 0.89 if ch in _WIDE else 0.7 if ch.isupper() else 0.56
        for ch in text
    )
    return int(em * 180 * 1.06)


def _widths(columns: list[Column], cells: list[list[str]], page: int) -> list[int]:
    """Column widths in twips: values kept whole (IDs, dates, statuses, numbers) get what they
    need; the text columns share the rest of the page by how much they hold. A table too wide
    for the page narrows its text columns first, then everything alike."""
    sample = cells[:500]

    def widest(i: int) -> int:  # the widest of the five longest lines (measuring every one is slow)
        lines = [line for row in sample for line in row[i].split("\n")]
        return max((_twips(line[:64]) for line in heapq.nlargest(5, lines, key=len)), default=0)  # 6000 at most

    def word(i: int) -> int:
        return max((_twips(w) for w in columns[i].header.split()), default=0)

    widths: dict[int, int] = {}
    for i, c in enumerate(columns):
        if c.right or (not c.min_width and not c.wrap):
            widths[i] = max(widest(i), word(i), 200) + PAD
    text = [i for i in range(len(columns)) if i not in widths]
    floors = {i: max(word(i) + PAD, 1100) for i in text}
    room = page - sum(widths.values())
    weights = {i: min(max(widest(i), word(i), 800), 6000) for i in text}
    for i in text:
        widths[i] = max(int(room * weights[i] / sum(weights.values())), floors[i])
    excess = sum(widths.values()) - page
    spare = sum(widths[i] - floors[i] for i in text)
    if excess > 0 and spare > 0:
        for i in text:
            widths[i] -= int(excess * (widths[i] - floors[i]) / spare) if spare > excess else widths[i] - floors[i]
    scale = min(page / sum(widths.values()), 1.0)
    return [int(widths[i] * scale) for i in range(len(columns))]


def _field(instruction: str, shown: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_run(shown)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def docx(pack: Pack, as_of: dt.date, root: str = "", stamp: dt.datetime | None = None) -> bytes:
    """The whole document as the bytes of a .docx file."""
    import docx as python_docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.shared import Mm, Pt

    doc = python_docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    table_text = doc.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    table_text.font.size = Pt(9)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.space_before = Pt(0)

    header = section.header.paragraphs[0]
    header.text = xml_text(pack.header)
    header.style = doc.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">Page </w:t></w:r>'))
    for instruction, shown, between in (("PAGE", "1", " of "), ("NUMPAGES", "1", "")):
        for run in list(parse_xml(f"<w:p {W}>{_field(instruction, shown)}{_run(between) if between else ''}</w:p>")):
            footer._p.append(run)

    body = _Body(doc, root)
    body.paragraph(pack.title, "Title")
    for label, value in pack.facts:
        body.raw(f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{_run(f"{label}: ", True)}{_run(value)}</w:p>')
    body.paragraph("")
    body.paragraph("Contents", "TOCHeading")
    body.raw(f"<w:p>{_field(TOC, 'Right-click here and choose Update Field to list the sections.')}</w:p>")
    sentinel = doc.element.body[-1]  # the last section's properties: new content goes before it
    for part in pack.parts:
        wide = part.key in WIDE
        turn = wide != (body.width == LANDSCAPE)
        if turn:  # end the section so far (on its own page size), and start one turned the other way
            body.raw(f"<w:p><w:pPr>{_section(sentinel, body.width == LANDSCAPE)}</w:pPr></w:p>")
            body.width = LANDSCAPE if wide else PORTRAIT
        body.paragraph(part.heading, "Heading1", page_break=not turn and part.key != pack.parts[0].key)
        for n, block in enumerate(part.blocks):
            if isinstance(block, str):
                body.paragraph(block, bold=part.key == "summary" and n == 0)  # the headline in bold
            elif isinstance(block, Chart):
                body.paragraph(block.title, "Heading2")
                body.paragraph(block.description.replace("The table gives", "This table gives"))
                body.view(block.table, titled=False)
            else:
                body.view(block, titled=True)
    _orient(sentinel, body.width == LANDSCAPE)

    props = doc.core_properties
    props.title = xml_text(pack.title)
    props.subject = xml_text(pack.subject)
    props.author = props.last_modified_by = "scrutrack"
    props.comments = ""
    props.revision = 1
    made = stamp or dt.datetime(as_of.year, as_of.month, as_of.day)
    props.created = props.modified = made
    raw = io.BytesIO()
    doc.save(raw)
    return _repack(raw.getvalue(), "".join(body.out))


# Parts printed in landscape: their tables have six or seven columns, text in several.
WIDE = frozenset({"decision", "overdue", "due-soon", "responses", "appendix"})


TOC = 'TOC \\o "1-2" \\h \\z \\u'  # headings 1 and 2, as links


def _orient(sect: Any, landscape: bool) -> None:
    """Turn a section's A4 page (w:sectPr) to landscape or portrait."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    sect.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long, short = Mm(297), Mm(210)
    sect.page_width, sect.page_height = (long, short) if landscape else (short, long)


def _section(sentinel: Any, landscape: bool) -> str:
    """The properties of a section that ends here: the last section's (margins, header, footer),
    turned as asked."""
    from copy import deepcopy

    from lxml import etree

    sect = deepcopy(sentinel)
    _orient(sect, landscape)
    return etree.tostring(sect, encoding="unicode")


def _repack(data: bytes, body: str) -> bytes:
    """The saved package with the body's content put in (as text: python-docx would parse and
    re-serialise megabytes of it), and every part dated alike (python-docx stamps each with the
    time of saving), so the same report gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "word/document.xml":
                head, tag, tail = content.decode("utf-8").partition("<w:body>")
                assert tag, "python-docx wrote no <w:body>"
                content = (head + tag + body + tail).encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, content)
    return out.getvalue()
