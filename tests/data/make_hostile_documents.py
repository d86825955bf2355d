"""Write the hostile documents `import minutes` must survive (issue 20, point 8): each stops at a
limit with one clear line, or imports cleanly, within 30 s and 500 MB, writing nothing it should not.

    .venv/bin/python tests/data/make_hostile_documents.py FOLDER

`write(folder)` writes them and returns, for each file, what the import must do: "error" (one
line naming the limit or the problem, exit 1, nothing written) or the number of records a clean
import creates. They are made when the tests run (a few are megabytes), never committed.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

MINUTES = "Minutes of the meeting held on 4 June 2019\n\n12. Leisure Centre\n\nRESOLVED:\n\n"


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file of the numbered objects, with its cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return out


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def _page_pdf(content: bytes, xobjects: list[bytes] = ()) -> bytes:  # type: ignore[assignment]
    """One page drawing `content`, with form XObjects 5, 6, ... as /X0, /X1, ..."""
    names = b" ".join(b"/X%d %d 0 R" % (k, 5 + k) for k in range(len(xobjects)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
        b" /XObject << " + names + b" >> >> >>",
        _stream(content),
        *xobjects,
    ]
    return _pdf(objects)


def _text_ops(lines: list[str]) -> bytes:
    shown = b" ".join(b"(%s) Tj 0 -14 Td" % line.encode("latin-1") for line in lines)
    return b"BT /F1 11 Tf 72 800 Td " + shown + b" ET"


def pdf_self_reference() -> bytes:
    """An object that is a reference to itself (pdfminer followed it for ever)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"2 0 R"]
    return _pdf(objects)


def pdf_xobjects_drawing_each_other(depth: int = 30) -> bytes:
    """Forms that each draw the next twice: 2**30 drawings from a few hundred bytes."""
    forms = []
    for k in range(depth):
        draw = b"/X%d Do /X%d Do" % (k + 1, k + 1) if k + 1 < depth else b"BT /F1 1 Tf (x) Tj ET"
        resources = b"/Resources << /XObject << /X%d %d 0 R >> >> " % (k + 1, 5 + k + 1) if k + 1 < depth else b""
        forms.append(_stream(draw, b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] " + resources))
    return _page_pdf(b"/X0 Do", forms)


def pdf_xobjects_in_a_circle() -> bytes:
    """Two forms that draw each other."""
    forms = [
        _stream(
            b"/X1 Do", b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X1 6 0 R >> >> "
        ),
        _stream(
            b"/X0 Do", b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X0 5 0 R >> >> "
        ),
    ]
    return _page_pdf(b"/X0 Do", forms)


def pdf_pages(count: int = 20_000) -> bytes:
    """Twenty thousand empty pages in a few megabytes."""
    kids = b" ".join(b"%d 0 R" % (4 + k) for k in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        _stream(b""),
        *(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>" for _ in range(count)),
    ]
    return _pdf(objects)


def _compressed_page(content: bytes, spaces_mb: int = 0, damage: bool = False) -> bytes:
    """One page whose content stream is compressed: `content`, then megabytes of spaces; `damage` cuts
    the stream's checksum off and adds a byte that is no deflate data."""
    import zlib

    c = zlib.compressobj(9)
    body = c.compress(content + b" ") + b"".join(c.compress(b" " * (1 << 20)) for _ in range(spaces_mb)) + c.flush()
    body = body[:-4] + b"\xff" if damage else body
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        stream,
    ]
    return _pdf(objects)


def pdf_long_character_map(entries: int = 400_000) -> bytes:
    """A page whose font maps its codes to text through a ToUnicode map of `entries` entries (a whole
    CJK font's needs some tens of thousands): pdfminer parsed it without looking at the clock."""
    import zlib

    rows = [b"<%04X> <%04X>" % (k % 65536, 65 + k % 26) for k in range(entries)]
    groups = b"".join(
        b"100 beginbfchar\n" + b"\n".join(rows[k : k + 100]) + b"\nendbfchar\n" for k in range(0, entries, 100)
    )
    cmap = b"begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + groups + b"endcmap"
    packed = zlib.compress(cmap, 9)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 "
        + font
        + b" >> >> >>",
        _stream(_text_ops(MINUTES_PAGE)),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    return _pdf(objects)


MINUTES_PAGE = [
    "Minutes of the meeting held on 4 June 2019",
    "12. Leisure Centre",
    "RESOLVED: That officers survey the pools.",
]


def pdf_deep_nesting(depth: int = 100_000) -> bytes:
    """An array nested a hundred thousand deep."""
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Deep " + b"[" * depth + b"]" * depth + b" >>",
            b"<< /Type /Pages /Kids [] /Count 0 >>",
        ]
    )


def pdf_many_characters(count: int = 400_000) -> bytes:
    """One page that shows hundreds of thousands of characters."""
    return _page_pdf(b"BT /F1 1 Tf " + b"(x) Tj " * count + b"ET")


def _docx(
    document: bytes, numbering: bytes | None = None, extra: dict[str, bytes] | None = None, entries: int = 0
) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
        )
        zf.writestr("word/document.xml", document)
        if numbering is not None:
            zf.writestr("word/numbering.xml", numbering)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
        for k in range(entries):
            zf.writestr(f"customXml/item{k}.xml", b"")
    return buf.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _body(paragraphs: bytes) -> bytes:
    return b"<w:document " + W + b"><w:body>" + paragraphs + b"</w:body></w:document>"


def _p(text: str, num: bool = False) -> bytes:
    pr = b'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if num else b""
    return b"<w:p>" + pr + b"<w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"


def docx_numbering_from(start: str, fmt: str = "upperRoman") -> bytes:
    numbering = (
        b"<w:numbering "
        + W
        + b'><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="'
        + start.encode()
        + b'"/><w:numFmt w:val="'
        + fmt.encode()
        + b'"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        b'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    paragraphs = b"".join(_p(t) for t in MINUTES.split("\n\n") if t) + _p("That officers survey the pools.", num=True)
    return _docx(_body(paragraphs), numbering)


def _raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip of (name, raw deflate data, unpacked size, CRC-32) entries, sizes in ZIP64 fields."""
    import struct

    out, central = b"", b""
    for name, data, size, crc in entries:
        raw = name.encode()
        extra = struct.pack("<HHQQ", 1, 16, size, len(data))
        common = struct.pack("<HHHHHIII", 45, 0, 8, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF)
        central += (
            b"PK\x01\x02"
            + struct.pack("<H", 45)
            + common
            + struct.pack("<HHHHHII", len(raw), len(extra), 0, 0, 0, 0, len(out))
            + raw
            + extra
        )
        out += b"PK\x03\x04" + common + struct.pack("<HH", len(raw), len(extra)) + raw + extra + data
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    return out + central + end


def _deflated(data: bytes) -> tuple[bytes, int, int]:
    import zlib

    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(), len(data), zlib.crc32(data)


def docx_with_a_huge_part() -> bytes:
    """Ordinary minutes with a 2 GiB picture (2 MB packed) that scrutrack must never unpack. The
    picture's deflate stream is one block of 16 MiB of zeros repeated (a full flush makes them alike)."""
    import zlib

    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(bytes(1 << 24)) + c.flush(zlib.Z_FULL_FLUSH)
    picture = (block * 128 + c.flush(), 1 << 31, 0x4DBDF21C)  # the CRC-32 of 2 GiB of zeros
    paragraphs = b"".join(_p(t) for t in MINUTES.split("\n\n") if t) + _p("That officers survey the pools.")
    parts = [("[Content_Types].xml", *_deflated(b"<Types/>")), ("word/document.xml", *_deflated(_body(paragraphs)))]
    return _raw_zip([*parts, ("word/media/image1.png", *picture)])


def docx_unpacking_past_the_limit() -> bytes:
    """A document part that unpacks to 150 MiB: one text of 'a's, then the end of the document."""
    import zlib

    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = b"<w:document " + W + b"><w:body><w:p><w:r><w:t>"
    data = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(b"a" * (1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    crc = zlib.crc32(head)
    for _ in range(150):
        crc = zlib.crc32(b"a" * (1 << 20), crc)
    size = len(head) + 150 * (1 << 20) + len(tail)
    document = (data + block * 150 + c.compress(tail) + c.flush(), size, zlib.crc32(tail, crc))
    return _raw_zip([("[Content_Types].xml", *_deflated(b"<Types/>")), ("word/document.xml", *document)])


def docx_many_paragraphs(count: int = 250_000) -> bytes:
    return _docx(_body(b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * count))


def docx_many_parts(count: int = 6000) -> bytes:
    return _docx(_body(_p("RESOLVED: That officers survey the pools.")), entries=count)


def docx_entities() -> bytes:
    """Billion laughs: entities that expand to gigabytes if a parser resolves them."""
    lol = (
        b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            b'<!ENTITY %s "%s">' % (chr(98 + k).encode(), (b"&%s;" % chr(97 + k).encode()) * 10) for k in range(9)
        )
        + b"]>"
    )
    return _docx(lol + _body(b"<w:p><w:r><w:t>&j;</w:t></w:r></w:p>"))


def docx_deep_nesting(depth: int = 100_000) -> bytes:
    return _docx(_body(b"<w:sdt><w:sdtContent>" * depth + _p("x") + b"</w:sdtContent></w:sdt>" * depth))


def html_charset(charset: str) -> bytes:
    return (
        f'<html><head><meta charset="{charset}"></head><body><p>Minutes of the meeting held on 4 June 2019</p>'
        "<h2>12. Leisure Centre</h2><p>RESOLVED: That officers survey the pools – all of them.</p></body></html>"
    ).encode()


def html_long_block() -> bytes:
    """A ten-megabyte paragraph before the decision: the rest of the page must still be read."""
    return (
        "<html><body><p>Minutes of the meeting held on 4 June 2019</p><h2>12. Leisure Centre</h2><p>"
        + "word " * 2_000_000
        + "</p><p>RESOLVED: That officers survey the pools.</p></body></html>"
    ).encode("utf-8")


def html_deep_nesting(depth: int = 100_000) -> bytes:
    return (
        "<html><body><p>Minutes of the meeting held on 4 June 2019</p><h2>12. Leisure Centre</h2>"
        + "<div>" * depth
        + "<p>RESOLVED: That officers survey the pools.</p>"
        + "</div>" * depth
        + "</body></html>"
    ).encode("utf-8")


def text_long_line() -> bytes:
    return (MINUTES + "x" * 10_000_000 + "\n\nRESOLVED: That officers survey the pools.\n").encode()


def text_list(count: int) -> bytes:
    return (MINUTES + "".join(f"{k}. That officers survey pool {k}.\n" for k in range(1, count + 1))).encode()


def text_letters() -> bytes:
    """(a) to (z), then (aa), (bb) as Word numbers past z."""
    letters = [chr(97 + k) for k in range(26)] + ["aa", "bb"]
    return (MINUTES + "".join(f"({x}) That officers survey pool {x};\n" for x in letters)).encode()


def docx_letters() -> bytes:
    """Word's own lettered numbering past (z): (aa), (bb)."""
    numbering = (
        b"<w:numbering " + W + b'><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        b'<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>'
        b'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    points = b"".join(_p(f"That officers survey pool {k};", num=True) for k in range(1, 29))
    return _docx(_body(b"".join(_p(t) for t in MINUTES.split("\n\n") if t) + points), numbering)


def docx_many_runs(count: int = 10_000_000) -> bytes:
    """Ten million empty runs in one paragraph: 90 KB packed, 60 MB unpacked, gigabytes as a tree."""
    paragraphs = b"".join(_p(t) for t in MINUTES.split("\n\n") if t) + _p("That officers survey the pools.")
    return _docx(_body(paragraphs + b"<w:p>" + b"<w:r/>" * count + b"</w:p>"))


def docx_run_on(count: int = 20_000) -> bytes:
    """A point carried on by twenty thousand paragraphs in lower case, past 100,000 characters: named
    as not read (each paragraph was once joined in time that grew with the point)."""
    paragraphs = b"".join(_p(t) for t in MINUTES.split("\n\n") if t) + _p("That officers survey the pools")
    return _docx(_body(paragraphs + _p("and the lidos") * count))


def docx_table_rows(count: int = 1200) -> bytes:
    """A recommendations table of more rows than a meeting's IDs can number (1 to 999)."""

    def row(*cells: str) -> bytes:
        return b"<w:tr>" + b"".join(b"<w:tc>" + _p(c) + b"</w:tc>" for c in cells) + b"</w:tr>"

    rows = row("Recommendation", "Lead") + b"".join(
        row(f"That officers survey pool {k}.", "Parks") for k in range(count)
    )
    paragraphs = b"".join(_p(t) for t in MINUTES.split("\n\n")[:2] if t)
    return _docx(_body(paragraphs + b"<w:tbl>" + rows + b"</w:tbl>"))


def html_many_tags(count: int = 600_000) -> bytes:
    """1.2 million tags in one paragraph (a tree of them took 1.5 GB)."""
    return html_charset("utf-8").replace(b"</body>", b"<p>" + b"<b>x</b>" * count + b"</p></body>")


def html_table(rows: int, cells: int = 2) -> bytes:
    """A table under no headings (skipped and named) of many rows (libxml2 took time in the square of
    them for one XPath), or of more cells than a document's 200,000 paragraphs (refused)."""
    row = "<tr>" + "".join(f"<td>That officers survey pool {{k}} ({c}).</td>" for c in range(cells)) + "</tr>"
    body = "".join(row.format(k=k) for k in range(rows))
    return html_charset("utf-8").replace(b"</body>", f"<table>{body}</table></body>".encode())


def _utf32() -> bytes:
    return ("\ufeff" + MINUTES + "That officers survey the pools.\n").encode("utf-32-le")


# Each file: how it is made, and what the import must do ("error", or the number of records it creates).
FILES: dict[str, tuple[Callable[[], bytes], str | int]] = {
    "self-reference.pdf": (pdf_self_reference, "error"),
    "xobjects-fan-out.pdf": (pdf_xobjects_drawing_each_other, "error"),
    "xobjects-circle.pdf": (pdf_xobjects_in_a_circle, "error"),
    "twenty-thousand-pages.pdf": (pdf_pages, "error"),
    "deep-nesting.pdf": (pdf_deep_nesting, "error"),
    "many-characters.pdf": (pdf_many_characters, "error"),
    "unpacks-1gb.pdf": (lambda: _compressed_page(_text_ops(MINUTES_PAGE), 1024), "error"),
    "damaged-stream.pdf": (lambda: _compressed_page(_text_ops(MINUTES_PAGE), damage=True), 1),
    "roman-from-1e18.docx": (lambda: docx_numbering_from("1000000000000000000"), "error"),
    "negative-start.docx": (lambda: docx_numbering_from("-5", "decimal"), "error"),
    "huge-picture.docx": (docx_with_a_huge_part, 1),
    "unpacks-150mb.docx": (docx_unpacking_past_the_limit, "error"),
    "many-paragraphs.docx": (docx_many_paragraphs, "error"),
    "many-parts.docx": (docx_many_parts, "error"),
    "entities.docx": (docx_entities, "error"),
    "deep-nesting.docx": (docx_deep_nesting, "error"),
    "letters-past-z.docx": (docx_letters, 28),
    "many-runs.docx": (docx_many_runs, "error"),
    "run-on.docx": (docx_run_on, 0),
    "table-past-999.docx": (docx_table_rows, "error"),
    "many-tags.html": (html_many_tags, "error"),
    "table-rows.html": (lambda: html_table(30_000), 1),
    "table-cells.html": (lambda: html_table(1, 210_000), "error"),
    "charset-undefined.html": (lambda: html_charset("undefined"), 1),
    "charset-punycode.html": (lambda: html_charset("punycode"), 1),
    "long-block.html": (html_long_block, 1),
    "deep-nesting.html": (html_deep_nesting, "error"),
    "long-line.txt": (text_long_line, 1),
    "past-99.txt": (lambda: text_list(105), 105),
    "letters-past-z.txt": (text_letters, 28),
    "utf-32.txt": (_utf32, 1),
}
NAMES = sorted(FILES)


def write(folder: Path) -> dict[str, str | int]:
    """Write every hostile file into `folder`; what each import must do."""
    for name, (make, _) in FILES.items():
        (folder / name).write_bytes(make())
    return {name: outcome for name, (_, outcome) in FILES.items()}


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    target.mkdir(parents=True, exist_ok=True)
    for name, outcome in write(target).items():
        print(f"{name}\t{(target / name).stat().st_size:,} bytes\t{outcome}")
