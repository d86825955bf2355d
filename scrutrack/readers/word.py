"""A Word .docx read into blocks: headings from heading styles and outline levels, list items with the
number Word's automatic numbering shows, bold paragraphs, tables by rows and cells.

Only the parts that hold the text are unpacked (the document, its numbering, its styles and its
running headers, which come first as page furniture),
each read no further than the limit, and parsed without entities or network; a picture or any other
part, however large, is never read.
"""

from __future__ import annotations

import re
import zipfile
from typing import Any

from scrutrack.documents import (
    MAX_BLOCKS,
    MAX_NUMBER,
    Block,
    Budget,
    clean,
    format_number,
    marker_readings,
    over,
    run_in_blocks,
    run_in_title,
    split_marker,
    unzip,
)
from scrutrack.errors import InvalidInput

KIND = "Word document"
EMPTY = "{name} is a Word document with no text; {save_as}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADERS = tuple(f"word/header{n}.xml" for n in range(1, 13))  # each section's running headers (first, even, odd)
_PARTS = ("word/document.xml", "word/numbering.xml", "word/styles.xml", *_HEADERS)


def _val(el: Any, path: str) -> str | None:
    child = el.find(path.replace("w:", _W)) if el is not None else None
    return None if child is None else child.get(f"{_W}val")


def _on(el: Any, path: str) -> bool | None:
    """A toggle such as bold: True, False, or None when the element does not say."""
    child = el.find(path.replace("w:", _W)) if el is not None else None
    return None if child is None else child.get(f"{_W}val") not in ("0", "false", "off")


class _Styles:
    """Paragraph styles: the heading level, bold and numbering each gives, following basedOn."""

    def __init__(self, root: Any) -> None:
        self.by_id = {s.get(f"{_W}styleId"): s for s in root.iter(f"{_W}style")} if root is not None else {}

    def chain(self, style_id: str | None) -> list[Any]:
        out: list[Any] = []
        while style_id in self.by_id and len(out) < 20:
            out.append(self.by_id[style_id])
            style_id = _val(out[-1], "w:basedOn")
        return out

    def level(self, style_id: str | None) -> int:
        for style in self.chain(style_id):
            name = (_val(style, "w:name") or "").lower()
            m = re.fullmatch(r"heading\s*(\d)", name)
            outline = _val(style, "w:pPr/w:outlineLvl")
            if m or name == "title" or outline is not None:
                return int(m[1]) if m else 1 if name == "title" else int(outline or 0) + 1
        return 0

    def first(self, style_id: str | None, path: str, toggle: bool = False) -> Any:
        for style in self.chain(style_id):
            found = _on(style, path) if toggle else style.find(path.replace("w:", _W))
            if found is not None:
                return found
        return None


class _Numbering:
    """Word's automatic numbering: the number each numbered paragraph shows, counted in document order."""

    def __init__(self, root: Any, styles: _Styles, name: str) -> None:
        self.styles, self.name = styles, name
        self.levels: dict[str, dict[int, tuple[int, str, str, bool]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.restarted: set[tuple[str, int]] = set()
        for abstract in root.iter(f"{_W}abstractNum") if root is not None else ():
            self.levels[abstract.get(f"{_W}abstractNumId") or ""] = {
                int(lvl.get(f"{_W}ilvl") or "0"): (
                    self.number(_val(lvl, "w:start") or "1"),
                    _val(lvl, "w:numFmt") or "decimal",
                    _val(lvl, "w:lvlText") or "",
                    lvl.find(f"{_W}isLgl") is not None,
                )
                for lvl in abstract.iter(f"{_W}lvl")
            }
        for num in root.iter(f"{_W}num") if root is not None else ():
            overrides = {
                int(o.get(f"{_W}ilvl") or "0"): self.number(_val(o, "w:startOverride") or "1")
                for o in num.iter(f"{_W}lvlOverride")
                if _val(o, "w:startOverride") is not None
            }
            self.nums[num.get(f"{_W}numId") or ""] = (_val(num, "w:abstractNumId") or "", overrides)

    def number(self, text: str) -> int:
        value = int(text) if re.fullmatch(r"-?\d{1,30}", text.strip()) else 1
        if not 0 <= value <= MAX_NUMBER:
            raise over(self.name, f"numbers a list from {value:,}", f"{MAX_NUMBER:,} for a list number")
        return value

    def label(self, p: Any) -> tuple[str, int]:
        """The number the paragraph shows ('1.', '(a)', '•') and its level, or ('', 0) if unnumbered."""
        ppr = p.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is None:
            num_pr = self.styles.first(_val(ppr, "w:pStyle"), "w:pPr/w:numPr")
        num_id, ilvl = _val(num_pr, "w:numId") or "0", int(_val(num_pr, "w:ilvl") or "0")
        aid, overrides = self.nums.get(num_id, ("", {}))
        levels = self.levels.get(aid, {})
        if ilvl not in levels or not 0 <= ilvl < 10:
            return "", 0
        counters = self.counters.setdefault(aid, [None] * 10)
        start, fmt, text, legal = levels[ilvl]
        if ilvl in overrides and (num_id, ilvl) not in self.restarted:
            self.restarted.add((num_id, ilvl))  # "Restart numbering": a new list instance starts again
            counters[ilvl], start = None, overrides[ilvl]
        current = counters[ilvl]
        counters[ilvl] = start if current is None else min(current + 1, MAX_NUMBER)
        counters[ilvl + 1 :] = [None] * (9 - ilvl)
        if fmt in ("bullet", "none"):
            return ("•" if fmt == "bullet" else ""), ilvl

        def shown(m: re.Match[str]) -> str:
            k = int(m[1]) - 1
            lstart, lfmt, _, _ = levels.get(k, (1, "decimal", "", False))
            value = counters[k] if 0 <= k < 10 and counters[k] is not None else lstart
            return format_number(value or 1, "decimal" if legal else lfmt)

        label = re.sub(r"%([1-9])", shown, text).strip()
        if label and not marker_readings(label):  # "%1" shows "34", "Item %1" "Item 34", "Rec.%1" "Rec.1": "34."
            last = list(re.finditer(r"%([1-9])", text))[-1:]  # a text with no number ('★') shows the same each time
            label = f"{shown(last[0])}." if last else "•"
        return label, ilvl


def _text(p: Any) -> str:
    """A paragraph's text as shown: tracked deletions left out, tabs, line and page breaks kept."""
    out: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if any(a.tag in (f"{_W}del", f"{_W}moveFrom") for a in el.iterancestors()):
            continue
        tag = el.tag[len(_W) :]
        if tag == "t":
            out.append(el.text or "")
        elif tag == "tab":
            out.append("\t" if el.getparent() is not None and el.getparent().tag == f"{_W}r" else "")
        else:
            out.append("\f" if el.get(f"{_W}type") == "page" else "-" if tag == "noBreakHyphen" else "\n")
    return "".join(out)


_MAX_SPAN = 64  # columns a merged cell may cover (Word allows 63); more is a broken or hostile file


class _Reader:
    def __init__(self, parts: dict[str, Any], name: str, budget: Budget) -> None:
        self.styles = _Styles(parts.get("word/styles.xml"))
        self.numbering = _Numbering(parts.get("word/numbering.xml"), self.styles, name)
        self.budget, self.count = budget, 0

    def paragraph(self, p: Any) -> list[Block]:
        """A paragraph as blocks: one a line, Word's number on the first; a page break as furniture."""
        self.count += 1
        self.budget.tick()
        place = f", paragraph {self.count}"
        ppr = p.find(f"{_W}pPr")
        style = _val(ppr, "w:pStyle")
        label, level = self.numbering.label(p)
        outline = _val(ppr, "w:outlineLvl")
        heading = int(outline) + 1 if outline and outline.isdigit() and int(outline) < 9 else self.styles.level(style)
        runs = [r for r in p.iter(f"{_W}r") if "".join(t.text or "" for t in r.iter(f"{_W}t")).strip()]
        bold = bool(runs) and all(self._bold(r, style) for r in runs)
        out = [Block("furniture", place=place)] if p.find(f"{_W}pPr/{_W}pageBreakBefore") is not None else []
        title = None if bold else self._run_in(runs, style)
        for k, piece in enumerate(re.split(r"([\n\f])", _text(p))):
            if piece == "\f":
                out.append(Block("furniture", place=place))
            text = clean(piece)
            if text and piece not in "\n\f":
                marker, rest = (label, text) if label and k == 0 else split_marker(text)
                kind = "heading" if heading else "item" if marker else "paragraph"
                title = title[len(marker) :].strip() if title and marker and title.startswith(marker) else title
                # "413.1 Mains gas supply" in bold, its minute run on after it: the title, then the minute
                out += run_in_blocks(
                    title if k == 0 else None, Block(kind, rest, place, heading or level, marker, bold)
                )
        return out

    def _run_in(self, runs: list[Any], style: str | None) -> str | None:
        """A title in bold at the start of a paragraph whose text runs on after it in plain type, as the PDF
        reader finds one (`run_in_title`)."""
        texts = [("".join(t.text or "" for t in r.iter(f"{_W}t")), self._bold(r, style)) for r in runs]
        plain = next((k for k, (_, b) in enumerate(texts) if not b), 0)
        if not plain or any(b for _, b in texts[plain:]):
            return None
        title = " ".join("".join(t for t, _ in texts[:plain]).split())
        return title if run_in_title(title, "".join(t for t, _ in texts[plain:])) else None

    def _bold(self, r: Any, style: str | None) -> bool:
        own = _on(r, "w:rPr/w:b")
        return own if own is not None else bool(self.styles.first(style, "w:rPr/w:b", toggle=True))

    def table(self, tbl: Any) -> list[list[list[Block]]]:
        """A table's rows on one grid, as the tracker reader gives a workbook's: a cell merged down
        (vMerge) gives its blocks to each row it covers, one merged across (gridSpan) stands in its
        first column with empty cells after it, so every cell stands under its heading."""
        rows: list[list[list[Block]]] = []
        above: dict[int, list[Block]] = {}  # grid column -> the blocks of a cell merged down from it
        for tr in tbl.iterchildren(f"{_W}tr"):
            cells: list[list[Block]] = []
            for tc in tr.iterchildren(f"{_W}tc"):
                props = tc.find(f"{_W}tcPr")
                merge = props.find(f"{_W}vMerge") if props is not None else None
                column = len(cells)
                if merge is not None and merge.get(f"{_W}val") != "restart" and column in above:
                    cells.append(above[column])
                else:
                    cells.append(self.blocks(tc))
                    if merge is not None:
                        above[column] = cells[-1]
                    else:
                        above.pop(column, None)
                span = _val(props, "w:gridSpan")
                if span and span.isdigit():
                    cells.extend([] for _ in range(min(int(span), _MAX_SPAN) - 1))
            rows.append(cells)
        return rows

    def blocks(self, parent: Any) -> list[Block]:
        """The paragraphs and tables in order, those inside content controls (w:sdt) too, which
        templates wrap round whole sections."""
        out: list[Block] = []
        for child in parent.iterchildren():
            if child.tag == f"{_W}p":
                out.extend(self.paragraph(child))
            elif child.tag == f"{_W}tbl":
                place = f", the table at paragraph {self.count + 1}"
                out.append(Block("table", place=place, rows=self.table(child)))
            elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
                out.extend(self.blocks(child))
        return out


def read(data: bytes, name: str, budget: Budget) -> list[Block]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        parts = {k: etree.fromstring(v, parser) for k, v in unzip(data, name, _PARTS).items()}
        body = parts["word/document.xml"].find(f"{_W}body")
        if body is not None and sum(1 for _ in body.iter(f"{_W}p")) > MAX_BLOCKS:
            raise over(name, f"has more than {MAX_BLOCKS:,} paragraphs", f"{MAX_BLOCKS:,}")
        if body is None:
            return []
        # running headers, as page furniture: never text, but their date may be the meeting's
        # ("Standards Committee – 14 November 2023" printed on every page and nowhere else)
        tops = [clean(_text(p)) for h in _HEADERS if h in parts for p in parts[h].iter(f"{_W}p")]
        return [Block("furniture", t, ", the running header") for t in tops if t] + _Reader(parts, name, budget).blocks(
            body
        )
    except InvalidInput:
        raise
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError, OSError, EOFError, RecursionError) as exc:
        raise InvalidInput(
            f"{name} is not a readable Word document ({type(exc).__name__}; it may be damaged or only partly "
            "downloaded); open it in Word and save it again as .docx"
        ) from None
