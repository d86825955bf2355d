"""Build the response corpus's documents in tests/data/responses/ from their sources in src/.

    .venv/bin/python tests/data/responses/make_responses.py            # every document
    .venv/bin/python tests/data/responses/make_responses.py STEM ...   # only these

The built files are committed, so the tests never need what builds them: python-docx, reportlab and
openpyxl (the dev group), and LibreOffice (`apt-get install libreoffice-writer`) for the PDFs made
as most councils make them, a Word file converted by `soffice --headless --convert-to pdf`.
Page templates, the LibreOffice call and the fixed times that make builds reproducible are the
minutes corpus's (tests/data/corpus/make_corpus.py).

A source, src/<stem>.toml, holds `format` and `blocks`:

    format = "docx"      # docx | pdf-lo (that Word file through LibreOffice) | pdf-rl (reportlab) | html | xlsx | csv
    header = "..."       # a running header (docx, pdf-lo, pdf-rl)
    template = "moderngov"   # html: the committee-system page around it (tests/data/corpus/src/templates/)
    landscape = true     # docx, pdf-lo, pdf-rl: A4 landscape, as wide response tables are printed
    blocks = [
      { h = "Cabinet – 16 September 2025" },   # a heading (h, h2)
      { p = "A paragraph; **bold** spans." },
      { table = [["Heading", "..."], ["cell", "..."]] },   # first row: the headings
    ]

A source named src/example-*.toml is built into examples/ (without its prefix), for the docs.

In a table a cell of "<" is merged with the cell on its left, "^" with the cell above (Word's
vertical merge; rowspan/colspan on a page; SPAN in reportlab). An xlsx source holds `sheet`,
`rows` (the sheet's rows, title rows first), `merge` (ranges such as "A1:F1") and `dates` (column
numbers, from 0, whose ISO dates are written as date cells); a csv source holds `rows`.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
sys.path.insert(0, str(HERE.parent / "corpus"))

import make_corpus  # noqa: E402  (the minutes corpus's templates, LibreOffice call and reproducible builds)

Rows = list[list[str]]


def spans(rows: Rows) -> dict[tuple[int, int], tuple[int, int]]:
    """Each merged area's top-left cell -> (rows, columns) it covers."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell in ("<", "^"):
                continue
            width = 1
            while c + width < len(row) and row[c + width] == "<":
                width += 1
            height = 1
            while r + height < len(rows) and c < len(rows[r + height]) and rows[r + height][c] == "^":
                height += 1
            out[(r, c)] = (height, width)
    return out


def bold_runs(paragraph: Any, text: str) -> None:
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            run = paragraph.add_run(part)
            run.bold = True if i % 2 else None


# ------------------------------------------------------------------------------ Word


def build_docx(spec: dict[str, Any], target: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    word = docx.Document()
    word.core_properties.created = make_corpus.FIXED
    word.core_properties.modified = make_corpus.FIXED
    word.core_properties.author = "Democratic Services"
    word.styles["Normal"].font.name = "Arial"
    word.styles["Normal"].font.size = Pt(10)
    section = word.sections[0]
    if spec.get("landscape"):
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(1.8)
    if "header" in spec:
        make_corpus.add_field(section.header.paragraphs[0], spec["header"])
    if "footer" in spec:
        make_corpus.add_field(section.footer.paragraphs[0], spec["footer"])
    for block in spec["blocks"]:
        if "h" in block:
            word.add_paragraph(block["h"], style="Heading 1")
        elif "h2" in block:
            word.add_paragraph(block["h2"], style="Heading 2")
        elif "p" in block:
            bold_runs(word.add_paragraph(), block["p"])
        elif "table" in block:
            docx_table(word, block["table"])
    word.save(str(target))


def docx_table(word: Any, rows: Rows) -> None:
    width = max(len(r) for r in rows)
    table = word.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for (r, c), (height, across) in spans(rows).items():
        cell = table.cell(r, c)
        if height > 1 or across > 1:
            cell = cell.merge(table.cell(r + height - 1, c + across - 1))
        for p in cell.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        cell.paragraphs[0].text = ""
        text = rows[r][c]
        for k, line in enumerate(text.split("\n")):
            paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            bold_runs(paragraph, f"**{line}**" if r == 0 and line else line)
    word.add_paragraph()


# ------------------------------------------------------------------------------ web page


def build_html(spec: dict[str, Any], target: Path) -> None:
    out = []
    title = "Cabinet"
    for block in spec["blocks"]:
        if "h" in block:
            title = block["h"]
            out.append(f"<h1>{html.escape(block['h'])}</h1>")
        elif "h2" in block:
            out.append(f"<h2>{html.escape(block['h2'])}</h2>")
        elif "p" in block:
            out.append(f"<p>{inline(block['p'])}</p>")
        elif "table" in block:
            out.append(html_table(block["table"]))
    page = make_corpus.wrap_page("\n".join(out), spec.get("template", "moderngov"), title)
    target.write_text(page, encoding="utf-8")


def inline(text: str) -> str:
    parts = re.split(r"\*\*", text)
    return "".join(f"<strong>{html.escape(p)}</strong>" if i % 2 else html.escape(p) for i, p in enumerate(parts))


def html_table(rows: Rows) -> str:
    area = spans(rows)
    lines = ['<table class="mgTable" border="1" cellpadding="4">']
    for r, row in enumerate(rows):
        cells = []
        for c in range(len(row)):
            if (r, c) not in area:
                continue
            height, across = area[(r, c)]
            attrs = (f' rowspan="{height}"' if height > 1 else "") + (f' colspan="{across}"' if across > 1 else "")
            tag = "th" if r == 0 else "td"
            body = "<br>".join(inline(line) for line in row[c].split("\n"))
            cells.append(f"<{tag}{attrs}>{body}</{tag}>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


# ------------------------------------------------------------------------------ reportlab


def build_pdf_rl(spec: dict[str, Any], target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    size = landscape(A4) if spec.get("landscape") else A4
    header = spec.get("header", "")

    def page_furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(1.8 * cm, size[1] - 1.2 * cm, header)
        canvas.drawRightString(size[0] - 1.8 * cm, 1.0 * cm, f"Page {doc.page}")
        canvas.restoreState()

    story: list[Any] = []
    for block in spec["blocks"]:
        if "h" in block:
            story.append(Paragraph(html.escape(block["h"]), styles["Heading1"]))
        elif "h2" in block:
            story.append(Paragraph(html.escape(block["h2"]), styles["Heading2"]))
        elif "p" in block:
            story.append(Paragraph(re.sub(r"\*\*(.*?)\*\*", r"<b>\1</b>", html.escape(block["p"])), body))
        elif "table" in block:
            rows = block["table"]
            area = spans(rows)
            data = [
                [
                    "" if cell in ("<", "^") else Paragraph(html.escape(cell).replace("\n", "<br/>"), body)
                    for cell in row
                ]
                for row in rows
            ]
            widths = [w * cm for w in block.get("widths", [])] or None
            style = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ]
            for (r, c), (height, across) in area.items():
                if height > 1 or across > 1:
                    style.append(("SPAN", (c, r), (c + across - 1, r + height - 1)))
            story.append(Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style)))
        story.append(Spacer(1, 0.3 * cm))
    doc = SimpleDocTemplate(
        str(target),
        pagesize=size,
        leftMargin=1.8 * cm,
        rightMargin=1.8 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=spec.get("title", "Cabinet"),
        author="Democratic Services",
        creator="Democratic Services",
    )
    doc.build(story, onFirstPage=page_furniture, onLaterPages=page_furniture)


# ------------------------------------------------------------------------------ workbook


def build_xlsx(spec: dict[str, Any], target: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = spec.get("sheet", "Response")
    dates = set(spec.get("dates", []))
    header = spec.get("header_row", 1)
    for n, row in enumerate(spec["rows"], 1):
        values = [
            dt.date.fromisoformat(v)
            if i in dates and n > header and isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v)
            else (None if v == "" else v)
            for i, v in enumerate(row)
        ]
        sheet.append(values)
        for i, cell in enumerate(sheet[n]):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if i in dates and n > header:
                cell.number_format = "DD/MM/YYYY"
            if n <= header:
                cell.font = Font(bold=True)
    for cells in spec.get("merge", []):
        sheet.merge_cells(cells)
    for letter, width in spec.get("widths", {}).items():
        sheet.column_dimensions[letter].width = width
    book.properties.created = make_corpus.FIXED
    book.properties.modified = make_corpus.FIXED
    book.save(str(target))


# ------------------------------------------------------------------------------ building

SUFFIX = {"docx": "docx", "pdf-lo": "pdf", "pdf-rl": "pdf", "html": "html", "xlsx": "xlsx", "csv": "csv"}


def build_csv(spec: dict[str, Any], target: Path) -> None:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(spec["rows"])
    target.write_bytes(buffer.getvalue().encode("utf-8-sig"))  # Excel's "CSV UTF-8" starts with a BOM


EXAMPLES = HERE.parent.parent.parent / "examples"  # src/example-*.toml: the docs' example files


def build(source: Path, workdir: Path) -> Path:
    spec = tomllib.loads(source.read_text(encoding="utf-8"))
    fmt = spec["format"]
    folder = EXAMPLES if source.stem.startswith("example-") else HERE
    target = folder / f"{source.stem.removeprefix('example-')}.{SUFFIX[fmt]}"
    if fmt == "docx":
        build_docx(spec, target)
    elif fmt == "pdf-lo":
        word = workdir / f"{source.stem}.docx"
        build_docx(spec, word)
        make_corpus.soffice(["--convert-to", "pdf", "--outdir", str(HERE), str(word)])
    elif fmt == "pdf-rl":
        build_pdf_rl(spec, target)
    elif fmt == "html":
        build_html(spec, target)
    elif fmt == "xlsx":
        build_xlsx(spec, target)
    elif fmt == "csv":
        build_csv(spec, target)
    return target


def main(argv: list[str]) -> int:
    sources = sorted(p for p in SRC.glob("*.toml") if not argv or p.stem in argv)
    with tempfile.TemporaryDirectory() as tmp:
        for source in sources:
            target = build(source, Path(tmp))
            make_corpus.reproducible(target)
            print(f"{source.relative_to(HERE)} -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
