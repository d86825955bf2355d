"""Build the corpus documents in tests/data/corpus/ from their sources in tests/data/corpus/src/.

    .venv/bin/python tests/data/corpus/make_corpus.py            # every document
    .venv/bin/python tests/data/corpus/make_corpus.py STEM ...   # only these

The built files are committed, so the tests never need what builds them. Building needs:
python-docx and reportlab (the dev group), openpyxl (the dev group: writes the .xlsx trackers), and
LibreOffice for the PDFs made the way most councils make them (a Word file converted by
`soffice --headless --convert-to pdf`) and for the .ods trackers (Debian: `apt-get install
libreoffice-writer libreoffice-calc`).

A source is one file, src/<stem>.<kind>, whose kind says what is built:

- .min   minutes in a small markup (below), built as the format its `%format` line names:
         docx (Word: heading styles, Word's own automatic numbering, bold runs, tables with merged
         cells, a running header and footer with a PAGE field), pdf-lo (that Word file through
         LibreOffice), pdf-rl (laid out with reportlab, for layouts Word would not give: minute
         numbers in a column of their own, words hyphenated at line ends, a page header on every
         page) or html (the markup as HTML inside a committee-system page, src/templates/);
- .html  an HTML fragment written by hand (line 1: `<!-- template: NAME -->`), put inside a page;
- .txt   plain text, copied (a `%encoding` or `%crlf` first line changes how it is written);
- .tracker.toml  a spreadsheet tracker: `format` (xlsx, ods or csv), title rows, header, rows.

The markup (.min), one block per paragraph, blocks separated by blank lines:

    %format docx | pdf-lo | pdf-rl | html      (also %header TEXT, %footer TEXT with {page},
                                                %template NAME, %columns, %font-size N,
                                                %hyphenate: break long words at line ends)
    # Title            ## Heading 1   ### Heading 2   #### Heading 3
    a paragraph; lines of one block are joined with spaces; **bold** spans
    +1 point           Word/HTML numbering, its number not in the text: +1 +1) +a +a) +(a) +i +(i) +A
      +(a) sub-point   two spaces a level
    - bullet           (also "-- " for a dash bullet)
    | a | b |          a table row (the first is the header); a cell of "<" merges with its left
    ===                a page break
    >> text            a centred line in large type (a cover page)
    text ~ 7           a contents line: dotted leader to the page number
    \\-                 a soft hyphen: where reportlab may break a word with a hyphen
    \\*                 a literal asterisk
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
TEMPLATES = SRC / "templates"
SHY = "\u00ad"
STAR = "\ue000"  # a literal "*" (written \\* in the markup), kept apart from **bold** until output
FIXED = dt.datetime(2024, 1, 1, 9, 0, 0)

# ------------------------------------------------------------------------------ the markup


@dataclass
class Block:
    kind: str  # title, h1..h4, p, item, table, pagebreak, cover, toc
    text: str = ""
    marker: str = ""  # list marker kind: 1 1) a a) (a) i (i) A -
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Doc:
    meta: dict[str, str]
    blocks: list[Block]


LIST_RE = re.compile(r"^( *)\+(1\)|1|a\)|\(a\)|a|\(i\)|i|A)\s+(.*)$")
BULLET_RE = re.compile(r"^( *)(--|-)\s+(.*)$")


def parse(source: str) -> Doc:
    meta: dict[str, str] = {}
    blocks: list[Block] = []
    chunks = re.split(r"\n\s*\n", source.strip("\n"))
    for chunk in chunks:
        lines = chunk.split("\n")
        while lines and lines[0].startswith("%"):
            key, _, value = lines.pop(0)[1:].partition(" ")
            meta[key] = value.strip()
        if not lines:
            continue
        if all(line.startswith("|") for line in lines):
            rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines]
            blocks.append(Block("table", rows=rows))
            continue
        if all(LIST_RE.match(line) or BULLET_RE.match(line) for line in lines if not line.startswith("    ")):
            blocks.extend(list_blocks(lines))
            continue
        first = lines[0]
        text = " ".join(line.strip() for line in lines)
        if first == "===":
            blocks.append(Block("pagebreak"))
        elif first.startswith(">> "):
            blocks.extend(Block("cover", line[3:].strip()) for line in lines)
        elif m := re.match(r"^(#{1,4}) (.*)$", first):
            kind = ["title", "h1", "h2", "h3"][len(m.group(1)) - 1]
            blocks.append(Block(kind, " ".join([m.group(2), *[x.strip() for x in lines[1:]]])))
        elif " ~ " in first and len(lines) == 1:
            blocks.append(Block("toc", first))
        else:
            blocks.append(Block("p", text))
    return Doc(meta, [unescape(b) for b in blocks])


def list_blocks(lines: list[str]) -> list[Block]:
    out: list[Block] = []
    for line in lines:
        if line.startswith("    ") and out:  # a continuation of the item above
            out[-1].text += " " + line.strip()
        elif (m := LIST_RE.match(line)) or (m := BULLET_RE.match(line)):
            out.append(Block("item", m.group(3), marker=m.group(2), level=len(m.group(1)) // 2))
    return out


def unescape(block: Block) -> Block:
    block.text = block.text.replace("\\-", SHY).replace("\\*", STAR)
    block.rows = [[c.replace("\\-", SHY).replace("\\*", STAR) for c in row] for row in block.rows]
    return block


def runs(text: str) -> list[tuple[str, bool]]:
    """Split **bold** spans: [(text, bold), ...]."""
    parts = re.split(r"\*\*", text)
    return [(part.replace(STAR, "*"), i % 2 == 1) for i, part in enumerate(parts) if part]


def plain(text: str) -> str:
    return text.replace("**", "").replace(SHY, "").replace(STAR, "*")


# ------------------------------------------------------------------------------ Word

NUMFMT = {
    "1": ("decimal", "%{n}."),
    "1)": ("decimal", "%{n})"),
    "a": ("lowerLetter", "%{n}."),
    "a)": ("lowerLetter", "%{n})"),
    "(a)": ("lowerLetter", "(%{n})"),
    "i": ("lowerRoman", "%{n}."),
    "(i)": ("lowerRoman", "(%{n})"),
    "A": ("upperLetter", "%{n}."),
    "-": ("bullet", "\u2022"),
    "--": ("bullet", "\u2013"),
}


class Numbering:
    """Word's numbering part: one abstract definition and one w:num for each list (so each restarts)."""

    def __init__(self, document: object) -> None:
        self.root = document.part.numbering_part.element  # type: ignore[attr-defined]
        self.next_id = 900

    def new_list(self, markers: dict[int, str]) -> int:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        self.next_id += 1
        levels = []
        for level in range(3):
            fmt, text = NUMFMT[markers.get(level, "(a)" if level == 1 else "(i)")]
            indent = 720 * (level + 1)
            levels.append(
                f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text.replace("{n}", str(level + 1))}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
            )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{self.next_id}">'
            f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
        )
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{self.next_id}"><w:abstractNumId w:val="{self.next_id}"/></w:num>'
        )
        first_num = self.root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        self.root.append(num)
        return self.next_id


def add_runs(paragraph: object, text: str, size: float | None = None) -> None:
    from docx.shared import Pt

    for part, bold in runs(text):
        run = paragraph.add_run(part)  # type: ignore[attr-defined]
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)


def add_field(paragraph: object, text: str) -> None:
    """Text with {page} as Word's PAGE field."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    before, _, after = text.partition("{page}")
    if before:
        paragraph.add_run(before)  # type: ignore[attr-defined]
    if "{page}" in text:
        paragraph._p.append(  # type: ignore[attr-defined]
            parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        )
    if after:
        paragraph.add_run(after)  # type: ignore[attr-defined]


def build_docx(doc: Doc, target: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm, Pt

    word = docx.Document()
    word.core_properties.created = FIXED
    word.core_properties.modified = FIXED
    word.core_properties.author = "Democratic Services"
    word.styles["Normal"].font.name = "Arial"
    word.styles["Normal"].font.size = Pt(float(doc.meta.get("font-size", "11")))
    section = word.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    if "header" in doc.meta:
        add_field(section.header.paragraphs[0], doc.meta["header"])
    if "footer" in doc.meta:
        add_field(section.footer.paragraphs[0], doc.meta["footer"])
    numbering = Numbering(word)
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "item":
            j = i
            markers: dict[int, str] = {}
            while j < len(blocks) and blocks[j].kind == "item":
                markers.setdefault(blocks[j].level, blocks[j].marker)
                j += 1
            num_id = numbering.new_list(markers)
            for item in blocks[i:j]:
                p = word.add_paragraph(style="List Paragraph")
                p._p.get_or_add_pPr().append(
                    parse_xml(
                        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{item.level}"/><w:numId w:val="{num_id}"/></w:numPr>'
                    )
                )
                add_runs(p, item.text)
            i = j
            continue
        if b.kind == "title":
            add_runs(word.add_paragraph(style="Title"), b.text)
        elif b.kind in ("h1", "h2", "h3"):
            add_runs(word.add_paragraph(style=f"Heading {int(b.kind[1])}"), b.text)
        elif b.kind == "p":
            add_runs(word.add_paragraph(), b.text)
        elif b.kind == "cover":
            p = word.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, b.text, size=20)
        elif b.kind == "toc":
            title, _, page = b.text.partition(" ~ ")
            p = word.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            add_runs(p, f"{title}\t{page}")
        elif b.kind == "pagebreak":
            word.add_page_break()
        elif b.kind == "table":
            add_table(word, b.rows)
        i += 1
    word.save(str(target))


def add_table(word: object, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    from docx.shared import Cm

    table = word.add_table(rows=len(rows), cols=width)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.autofit = False
    # Columns as wide as their longest text asks, within 2 cm and the page: the recommendation column wide.
    longest = [max((len(r[c]) for r in rows if c < len(r) and r[c] != "<"), default=1) for c in range(width)]
    words = [max((len(w) for r in rows if c < len(r) for w in r[c].split()), default=1) for c in range(width)]
    least = [0.24 * n + 0.5 for n in words]  # room for the longest word, so none is broken
    weights = [min(max(n, 10), 150) ** 0.5 for n in longest]
    spare = max(0.0, 16.5 - sum(least))
    grid = table._tbl.tblGrid.gridCol_lst
    for c, weight in enumerate(weights):
        grid[c].w = Cm(least[c] + spare * weight / sum(weights))  # what LibreOffice reads
        for cell in table.columns[c].cells:
            cell.width = grid[c].w  # what Word reads
    for r, row in enumerate(rows):
        c = 0
        while c < width:
            text = row[c] if c < len(row) else ""
            cell = table.cell(r, c)
            span = 1
            while c + span < width and c + span < len(row) and row[c + span] == "<":
                span += 1
            if span > 1:
                cell = cell.merge(table.cell(r, c + span - 1))
            cell.paragraphs[0].text = ""
            add_runs(cell.paragraphs[0], f"**{text}**" if r == 0 and text else text)
            c += span


# ------------------------------------------------------------------------------ HTML


def html_inline(text: str) -> str:
    out = []
    for part, bold in runs(text.replace(SHY, "")):
        escaped = html.escape(part, quote=False)
        out.append(f"<strong>{escaped}</strong>" if bold else escaped)
    return "".join(out)


OL_TYPE = {"1": "1", "1)": "1", "a": "a", "a)": "a", "(a)": "a", "i": "i", "(i)": "i", "A": "A"}


def build_html_fragment(doc: Doc) -> str:
    out: list[str] = []
    open_lists: list[str] = []

    def close_to(level: int) -> None:
        while len(open_lists) > level:
            out.append(f"</li></{open_lists.pop()}>")

    for b in doc.blocks:
        if b.kind != "item":
            close_to(0)
        if b.kind == "item":
            tag = "ul" if b.marker in ("-", "--") else "ol"
            if len(open_lists) > b.level + 1:
                close_to(b.level + 1)
            if len(open_lists) == b.level + 1:
                out.append("</li>")
            while len(open_lists) < b.level + 1:
                kind = f' type="{OL_TYPE[b.marker]}"' if tag == "ol" else ""
                out.append(f"<{tag}{kind}>")
                open_lists.append(tag)
            out.append(f"<li>{html_inline(b.text)}")
        elif b.kind == "title":
            out.append(f"<h1>{html_inline(b.text)}</h1>")
        elif b.kind in ("h1", "h2", "h3"):
            out.append(f"<h{int(b.kind[1]) + 1}>{html_inline(b.text)}</h{int(b.kind[1]) + 1}>")
        elif b.kind in ("p", "cover"):
            out.append(f"<p>{html_inline(b.text)}</p>")
        elif b.kind == "toc":
            title, _, page = b.text.partition(" ~ ")
            out.append(f"<p>{html_inline(title)} .......... {page}</p>")
        elif b.kind == "table":
            rows = []
            for r, row in enumerate(b.rows):
                tag = "th" if r == 0 else "td"
                cells = []
                for cell in row:
                    if cell == "<" and cells:
                        span = int(re.search(r'colspan="(\d+)"', cells[-1]).group(1)) if "colspan" in cells[-1] else 1  # type: ignore[union-attr]
                        cells[-1] = re.sub(r"^<(t[hd])(?: colspan=\"\d+\")?>", rf'<\1 colspan="{span + 1}">', cells[-1])
                    else:
                        cells.append(f"<{tag}>{html_inline(cell)}</{tag}>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            out.append("<table>" + "\n".join(rows) + "</table>")
    close_to(0)
    return "\n".join(out)


def wrap_page(fragment: str, template: str, title: str) -> str:
    page = (TEMPLATES / f"{template}.html").read_text(encoding="utf-8")
    return page.replace("{{title}}", html.escape(title)).replace("{{content}}", fragment)


# ------------------------------------------------------------------------------ reportlab


class Layout:
    """Text laid out on A4 pages line by line, as a word processor's PDF export draws it."""

    def __init__(self, target: Path, meta: dict[str, str]) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        self.c = canvas.Canvas(str(target), pagesize=A4, invariant=1)
        self.width, self.height = A4
        self.meta = meta
        self.size = float(meta.get("font-size", "10.5"))
        self.columns = "columns" in meta
        self.left = 72.0
        self.text_left = self.left + (54 if self.columns else 0)
        self.right = self.width - 72
        self.page = 1
        self.y = self.height - 80
        self.furniture()

    def furniture(self) -> None:
        self.c.setFont("Helvetica", 8)
        if "header" in self.meta:
            self.c.drawString(self.left, self.height - 40, self.meta["header"].replace("{page}", str(self.page)))
        if "footer" in self.meta:
            self.c.drawCentredString(self.width / 2, 36, self.meta["footer"].replace("{page}", str(self.page)))

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.y = self.height - 80
        self.furniture()

    def need(self, height: float) -> None:
        if self.y - height < 60:
            self.new_page()

    def wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        """Greedy wrapping; a word too long for the end of a line breaks at a soft hyphen, with a '-'."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        lines: list[str] = []
        line = ""
        for word in text.split():
            if "hyphenate" in self.meta:
                word = soft_hyphens(word)
            candidate = f"{line} {word}".strip()
            if stringWidth(candidate.replace(SHY, ""), font, size) <= width:
                line = candidate
                continue
            parts = word.split(SHY)
            fitted = ""
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if stringWidth(f"{line} {head}".strip(), font, size) <= width:
                    fitted = head
                    word = "".join(parts[k:])
                    break
            if fitted:
                lines.append(f"{line} {fitted}".strip())
                line = word
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
        return [x.replace(SHY, "") for x in lines]

    def paragraph(self, text: str, font: str = "Helvetica", size: float | None = None, indent: float = 0) -> None:
        size = size or self.size
        if text.startswith("**") and text.endswith("**") and text.count("**") == 2:
            font, text = "Helvetica-Bold", text[2:-2]
        number = ""
        if self.columns and (m := re.match(r"^(\S+)\t(.*)$", text)):
            number, text = m.group(1), m.group(2)
        text = text.replace("**", "").replace(STAR, "*")
        left = self.text_left + indent
        lines = self.wrap(text, font, size, self.right - left)
        lead = size * 1.35
        for k, line in enumerate(lines):
            self.need(lead)
            if k == 0 and number:
                self.c.setFont("Helvetica-Bold", size)
                self.c.drawString(self.left, self.y, number)
            self.c.setFont(font, size)
            self.c.drawString(left, self.y, line)
            self.y -= lead
        self.y -= size * 0.6

    def table(self, rows: list[list[str]]) -> None:
        width = max(len(r) for r in rows)
        col = (self.right - self.text_left) / width
        for r, row in enumerate(rows):
            font = "Helvetica-Bold" if r == 0 else "Helvetica"
            cells = [self.wrap(plain(cell), font, self.size - 1, col - 6) for cell in row]
            height = max(len(c) for c in cells) * (self.size + 2) + 4
            self.need(height)
            for k, cell in enumerate(cells):
                x = self.text_left + k * col
                self.c.rect(x, self.y - height + self.size, col, height)
                self.c.setFont(font, self.size - 1)
                for n, line in enumerate(cell):
                    self.c.drawString(x + 3, self.y - n * (self.size + 2), line)
            self.y -= height
        self.y -= self.size

    def save(self) -> None:
        self.c.save()


VOWELS = set("aeiouy")


def soft_hyphens(word: str) -> str:
    """A crude hyphenator: a break between two consonants after a vowel (dis-charges, recom-mendation)."""
    if SHY in word or len(word) < 8 or not word.isalpha():
        return word
    out = word[:3]
    for k in range(3, len(word) - 2):
        a, b, before = word[k - 1].lower(), word[k].lower(), word[k - 2].lower()
        if a not in VOWELS and b not in VOWELS and before in VOWELS:
            out += SHY
        out += word[k]
    return out + word[len(word) - 2 :]


LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def marker_text(marker: str, n: int) -> str:
    value = {
        "1": f"{n}.",
        "1)": f"{n})",
        "a": f"{LETTERS[n - 1]}.",
        "a)": f"{LETTERS[n - 1]})",
        "(a)": f"({LETTERS[n - 1]})",
        "i": f"{ROMAN[n - 1]}.",
        "(i)": f"({ROMAN[n - 1]})",
        "A": f"{LETTERS[n - 1].upper()}.",
        "-": "\u2022",
        "--": "\u2013",
    }
    return value[marker]


def numbered(blocks: list[Block]) -> list[tuple[Block, str]]:
    """Each block with the list marker a word processor would print before it."""
    out = []
    counters: dict[int, int] = {}
    for b in blocks:
        if b.kind != "item":
            counters = {}
            out.append((b, ""))
            continue
        counters = {k: v for k, v in counters.items() if k <= b.level}
        counters[b.level] = counters.get(b.level, 0) + 1
        out.append((b, marker_text(b.marker, counters[b.level])))
    return out


def build_pdf_rl(doc: Doc, target: Path) -> None:
    layout = Layout(target, doc.meta)
    sizes = {"title": 15.0, "h1": 12.5, "h2": 11.0, "h3": 10.5}
    for b, marker in numbered(doc.blocks):
        if b.kind == "pagebreak":
            layout.new_page()
        elif b.kind == "cover":
            layout.y -= 40
            layout.c.setFont("Helvetica-Bold", 18)
            layout.c.drawCentredString(layout.width / 2, layout.y, plain(b.text))
            layout.y -= 30
        elif b.kind in sizes:
            layout.y -= 4
            layout.paragraph(b.text, "Helvetica-Bold", sizes[b.kind])
        elif b.kind == "item":
            layout.paragraph(f"{marker} {b.text}", indent=18 * (b.level + 1))
        elif b.kind == "toc":
            title, _, page = b.text.partition(" ~ ")
            layout.paragraph(f"{title} {'.' * 40} {page}")
        elif b.kind == "table":
            layout.table(b.rows)
        else:
            layout.paragraph(b.text)
    layout.save()


# ------------------------------------------------------------------------------ trackers


def build_tracker(spec: dict[str, object], target: Path, workdir: Path) -> None:
    fmt = str(spec["format"])
    header = list(spec["header"])  # type: ignore[call-overload]
    rows = [list(r) for r in spec["rows"]]  # type: ignore[attr-defined]
    titles = [list(t) for t in spec.get("title_rows", [])]  # type: ignore[attr-defined]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=str(spec.get("delimiter", ",")), lineterminator="\r\n")
        for row in [*titles, header, *rows]:
            writer.writerow(["" if v is None else str(v) for v in row])
        encoding = str(spec.get("encoding", "utf-8"))
        target.write_bytes(buffer.getvalue().encode(encoding))
        return
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = str(spec.get("sheet", "Tracker"))
    for title in titles:
        sheet.append(title)
        sheet.cell(sheet.max_row, 1).font = Font(bold=True, size=13)
    for cells in spec.get("merge", []):  # type: ignore[attr-defined]
        sheet.merge_cells(cells)
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    date_columns = set(spec.get("dates", []))  # type: ignore[call-overload]
    for row in rows:
        values = [
            dt.date.fromisoformat(v)
            if i in date_columns and isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v)
            else v
            for i, v in enumerate(row)
        ]
        sheet.append(values)
        for i in date_columns:
            sheet.cell(sheet.max_row, i + 1).number_format = "DD/MM/YYYY"
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for extra in spec.get("other_sheets", []):  # type: ignore[attr-defined]
        other = book.create_sheet(str(extra["name"]))
        for row in extra["rows"]:
            other.append(list(row))
    for letter, width in dict(spec.get("widths", {})).items():  # type: ignore[call-overload]
        sheet.column_dimensions[letter].width = width
    book.properties.created = FIXED
    book.properties.modified = FIXED
    if fmt == "xlsx":
        book.save(str(target))
        return
    xlsx = workdir / (target.stem + ".xlsx")
    book.save(str(xlsx))
    soffice(["--convert-to", "ods", "--outdir", str(target.parent), str(xlsx)])


# ------------------------------------------------------------------------------ building


def soffice(args: list[str]) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice is needed for this document: apt-get install libreoffice-writer libreoffice-calc")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [exe, f"-env:UserInstallation=file://{profile}", "--headless", *args],
            check=True,
            capture_output=True,
            timeout=300,
        )


def build(source: Path, workdir: Path) -> Path:
    name = source.name
    if name.endswith(".tracker.toml"):
        spec = tomllib.loads(source.read_text(encoding="utf-8"))
        target = HERE / f"{name.removesuffix('.tracker.toml')}.{spec['format']}"
        build_tracker(spec, target, workdir)
        return target
    text = source.read_text(encoding="utf-8")
    if source.suffix == ".txt":
        first, _, rest = text.partition("\n")
        encoding, newline = "utf-8", "\n"
        while first.startswith("%"):
            key, _, value = first[1:].partition(" ")
            encoding = value.strip() if key == "encoding" else encoding
            newline = "\r\n" if key == "crlf" else newline
            first, _, rest = rest.partition("\n")
        body = first + "\n" + rest
        target = HERE / name
        target.write_bytes(body.replace("\n", newline).replace("\\f", "\f").encode(encoding))
        return target
    if source.suffix == ".html":
        first, _, rest = text.partition("\n")
        template = re.search(r"template:\s*(\S+)", first).group(1)  # type: ignore[union-attr]
        title = re.search(r"title:\s*(.*?)\s*-->", first)
        target = HERE / name
        target.write_text(wrap_page(rest, template, title.group(1) if title else "Meetings"), encoding="utf-8")
        return target
    doc = parse(text)
    fmt = doc.meta.get("format", "docx")
    stem = source.stem
    if fmt == "docx":
        target = HERE / f"{stem}.docx"
        build_docx(doc, target)
    elif fmt == "pdf-lo":
        target = HERE / f"{stem}.pdf"
        build_docx(doc, workdir / f"{stem}.docx")
        soffice(["--convert-to", "pdf", "--outdir", str(HERE), str(workdir / f"{stem}.docx")])
    elif fmt == "pdf-rl":
        target = HERE / f"{stem}.pdf"
        build_pdf_rl(doc, target)
    elif fmt == "html":
        target = HERE / f"{stem}.html"
        title = next((plain(b.text) for b in doc.blocks if b.kind in ("title", "h1")), "Meetings")
        target.write_text(
            wrap_page(build_html_fragment(doc), doc.meta.get("template", "moderngov"), title), encoding="utf-8"
        )
    else:
        raise SystemExit(f"{source.name}: unknown %format {fmt}")
    return target


def reproducible(target: Path) -> None:
    """Same source, same bytes: fixed times inside zip packages (.docx, .xlsx, .ods) and PDFs."""
    import zipfile

    data = target.read_bytes()
    if data.startswith(b"PK"):
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
            for info in old.infolist():
                fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
                fixed.compress_type = info.compress_type
                fixed.external_attr = info.external_attr
                body = old.read(info.filename)
                if info.filename in ("docProps/core.xml", "meta.xml"):  # save times written into the package
                    body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2024-01-01T09:00:00Z", body)
                    body = re.sub(rb"<meta:editing-duration>[^<]*<", b"<meta:editing-duration>PT0S<", body)
                new.writestr(fixed, body)
        target.write_bytes(out.getvalue())
    elif data.startswith(b"%PDF"):
        # Same-length substitutions, so the cross-reference offsets stay right.
        data = re.sub(rb"D:\d{14}", b"D:20240101090000", data)
        data = re.sub(rb"<[0-9A-Fa-f]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
        data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
        target.write_bytes(data)


def sources(stems: list[str]) -> list[Path]:
    found = sorted(p for p in SRC.iterdir() if p.is_file())
    if not stems:
        return found
    return [p for p in found if p.name.split(".")[0] in stems]


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for source in sources(argv):
            target = build(source, Path(tmp))
            reproducible(target)
            print(f"{source.relative_to(HERE)} -> {target.relative_to(HERE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
