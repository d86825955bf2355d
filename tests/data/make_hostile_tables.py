"""Write the hostile and broken tracker files that `import tracker` must refuse in one line, or read within its limits.

`tests/test_hostile_tables.py` writes them into a temporary folder with `write(folder)` and runs each
through the real command in a process of its own, timed and measured: each must end within 30 s
and 500 MB, with one clear line and no traceback, and write nothing. Run this file directly to
write them into a folder of your own (`python tests/data/make_hostile_tables.py /tmp/hostile`) and
try them by hand. Every file is made here from a few bytes of Python: nothing is downloaded, and
nothing large is committed (the million-row CSV is 34 MB, written in well under a second).
"""

from __future__ import annotations

import codecs
import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HEADINGS = ("Date of meeting", "Recommendation", "Status")


class Case(NamedTuple):
    name: str  # the file written
    make: Callable[[Path], None]
    says: str  # what the one line says (a part of it)
    code: int = 1  # the exit code: 1 refused, 0 read within the limits


# ------------------------------------------------------------------------------ a minimal workbook


def _xlsx(sheet_xml: str, shared: str | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal, valid .xlsx around one worksheet's XML."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            + (
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                if shared is not None
                else ""
            )
            + "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Tracker" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            + (
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                if shared is not None
                else ""
            )
            + "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _sheet(rows: str, dimension: str = "A1:C2", prolog: str = "") -> str:
    head = "".join(_cell(f"{c}1", h) for c, h in zip("ABC", HEADINGS, strict=True))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{NS}"><dimension ref="{dimension}"/>'
        f'<sheetData><row r="1">{head}</row>{rows}</sheetData></worksheet>'
    )


ROW2 = (
    '<row r="2">'
    + _cell("A2", "2019-03-12")
    + _cell("B2", "That the rounds be published.")
    + _cell("C2", "Ongoing")
    + "</row>"
)


# ------------------------------------------------------------------------------ the cases


def password(path: Path) -> None:
    """What Office writes for a workbook with a password: an OLE compound file holding EncryptedPackage."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE) + bytes(482)
    directory = "Root Entry".encode("utf-16-le").ljust(64, b"\0") + bytes(64)
    directory += "EncryptionInfo".encode("utf-16-le").ljust(64, b"\0") + bytes(64)
    directory += "EncryptedPackage".encode("utf-16-le").ljust(64, b"\0") + bytes(64)
    path.write_bytes(header + directory + bytes(4096))


def old_xls(path: Path) -> None:
    """An Excel 97-2003 workbook: an OLE compound file holding a Workbook stream (BIFF8)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE) + bytes(482)
    directory = "Root Entry".encode("utf-16-le").ljust(64, b"\0") + bytes(64)
    directory += "Workbook".encode("utf-16-le").ljust(64, b"\0") + bytes(64)
    path.write_bytes(header + directory + b"\x09\x08\x10\x00\x00\x06\x05\x00" + bytes(4096))


def damaged(path: Path) -> None:
    """A workbook cut off half way, as a failed download leaves it."""
    data = _xlsx(_sheet(ROW2))
    path.write_bytes(data[: len(data) // 2])


def word(path: Path) -> None:
    """A Word document saved with the workbook's name."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    path.write_bytes(buf.getvalue())


def bomb_size(path: Path) -> None:
    """A zip bomb that says what it is: a sheet declaring 1 GB unpacked, from 1 KB packed."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = comp.compress(b" " * (1 << 20)) + comp.flush()
    _forged_zip(path, "xl/worksheets/sheet1.xml", packed, 1000 << 20, zlib.crc32(b""))


def bomb_lying(path: Path) -> None:
    """A zip bomb that lies: a sheet declaring 2,000 bytes whose data unpack to 100 MB."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = _sheet(ROW2).encode()[: -len("</sheetData></worksheet>")]
    packed = comp.compress(first) + b"".join(comp.compress(b" " * (1 << 20)) for _ in range(100)) + comp.flush()
    _forged_zip(path, "xl/worksheets/sheet1.xml", packed, 2000, zlib.crc32(first[:2000]))


def _forged_zip(path: Path, member: str, packed: bytes, declared: int, crc: int) -> None:
    """A workbook whose one member has the packed data and the declared size given (a zip writer never lies)."""
    good = zipfile.ZipFile(io.BytesIO(_xlsx(_sheet(ROW2))))
    out = io.BytesIO()
    central = []
    for info in good.infolist():
        if info.filename == member:
            data, size, c = packed, declared, crc
        else:
            raw = good.read(info.filename)
            comp = zlib.compressobj(6, zlib.DEFLATED, -15)
            data, size, c = comp.compress(raw) + comp.flush(), len(raw), zlib.crc32(raw)
        name = info.filename.encode()
        offset = out.tell()
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, c, len(data), size, len(name), 0))
        out.write(name + data)
        central.append(
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0,
                c,
                len(data),
                size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
    start = out.tell()
    for entry in central:
        out.write(entry)
    end = out.tell()
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(central), len(central), end - start, start, 0))
    path.write_bytes(out.getvalue())


def dimension(path: Path) -> None:
    """A sheet declaring it uses A1:XFD1048576 (all of it), with two rows: read as the two rows it has."""
    path.write_bytes(_xlsx(_sheet(ROW2, dimension="A1:XFD1048576")))


def far_cell(path: Path) -> None:
    """One value at XFD1048576, the last cell of a sheet (calamine would make room for every cell before it)."""
    far = '<row r="1048576">' + _cell("XFD1048576", "x") + "</row>"
    path.write_bytes(_xlsx(_sheet(ROW2 + far, dimension="A1:XFD1048576")))


def laughs(path: Path) -> None:
    """'Billion laughs': XML entities that each expand to ten of the one before."""
    levels = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    prolog = f"<!DOCTYPE worksheet [{''.join(levels)}]>"
    row = '<row r="2">' + _cell("A2", "2019-03-12") + _cell("B2", "&lol9;") + "</row>"
    path.write_bytes(_xlsx(_sheet(row, prolog=prolog)))


def _ods(table_rows: str) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="Tracker">'
        + "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{h}</text:p></table:table-cell>' for h in HEADINGS
        )
        + "</table:table-row>"
        + table_rows
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", content)
    return buf.getvalue()


def _ods_row(repeat: str = "", across: str = "") -> str:
    cells = (
        '<table:table-cell office:value-type="date" office:date-value="2019-03-12"><text:p>12/03/2019</text:p></table:table-cell>'
        f'<table:table-cell office:value-type="string"{across}><text:p>That the rounds be published.</text:p></table:table-cell>'
    )
    return f"<table:table-row{repeat}>{cells}</table:table-row>"


def ods_password(path: Path) -> None:
    """An .ods saved with a password, as LibreOffice writes it: content.xml encrypted, its key named in the manifest."""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="4096">'
        '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">'
        '<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>'
        '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/>'
        "</manifest:encryption-data></manifest:file-entry></manifest:manifest>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", bytes(range(256)) * 16)  # what encryption leaves: no XML
    path.write_bytes(buf.getvalue())


def ods_rows(path: Path) -> None:
    """An .ods row with text, repeated a million times by one attribute (1 KB on disk)."""
    path.write_bytes(_ods(_ods_row(' table:number-rows-repeated="1000000"')))


def ods_columns(path: Path) -> None:
    """An .ods cell with text repeated across 16,384 columns, in 1,000 repeated rows."""
    path.write_bytes(_ods(_ods_row(' table:number-rows-repeated="1000"', ' table:number-columns-repeated="16384"')))


def million_rows(path: Path) -> None:
    """A CSV of a million rows (34 MB): a dry run once took 3.4 GB."""
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(",".join(HEADINGS) + "\n")
        line = "12/03/2019,That X happen.,Ongoing\n"
        for _ in range(1000):
            f.write(line * 1000)


def wide_cell(path: Path) -> None:
    """A CSV cell of 4 million characters, over the widest a record can export."""
    path.write_text(",".join(HEADINGS) + "\n12/03/2019," + "x" * 4_000_000 + ",Ongoing\n", encoding="utf-8")


def utf32(path: Path) -> None:
    """A tracker saved as UTF-32 with a byte-order mark: read as text."""
    path.write_bytes(
        codecs.BOM_UTF32_LE
        + (",".join(HEADINGS) + "\n12/03/2019,That the rounds be published.,Ongoing\n").encode("utf-32-le")
    )


def utf32_bare(path: Path) -> None:
    """The same in big-endian UTF-32 with no byte-order mark."""
    path.write_bytes((",".join(HEADINGS) + "\n12/03/2019,That the rounds be published.,Ongoing\n").encode("utf-32-be"))


def many_parts(path: Path) -> None:
    """A workbook of 20,000 tiny parts."""
    path.write_bytes(_xlsx(_sheet(ROW2), extra={f"xl/media/image{i}.png": b"" for i in range(20_000)}))


CASES = (
    Case("protected.xlsx", password, "is protected by a password"),
    Case("old.xls", old_xls, "is an old-style Excel 97-2003 (.xls) workbook"),
    Case("protected.ods", ods_password, "is protected by a password"),
    Case("damaged.xlsx", damaged, "is a damaged workbook"),
    Case("minutes.xlsx", word, "is not a readable Word document"),
    Case("bomb-size.xlsx", bomb_size, "is it a zip bomb?"),
    Case("bomb-lying.xlsx", bomb_lying, "unpacks to more than the 2,000 bytes it declares"),
    Case("dimension.xlsx", dimension, "would create 1 of 1 row", 0),
    Case("far-cell.xlsx", far_cell, "has data in row 1,048,576, over the 50,000-row limit"),
    Case("laughs.xlsx", laughs, "declares XML entities"),
    Case("rows.ods", ods_rows, "has data in row 1,000,001, over the 50,000-row limit"),
    Case("columns.ods", ods_columns, "has data in column 16,385, over the 500-column limit"),
    Case("million.csv", million_rows, "has data in row 50,001, over the 50,000-row limit"),
    Case("wide-cell.csv", wide_cell, "row 2, column 'Recommendation': a cell of 4,000,000 characters"),
    Case("utf32.csv", utf32, "would create 1 of 1 row", 0),
    Case("utf32-bare.csv", utf32_bare, "would create 1 of 1 row", 0),
    Case("many-parts.xlsx", many_parts, "holds 20,005 files, over the 5,000 limit"),
)


def write(folder: Path) -> list[tuple[Case, Path]]:
    """Every case's file in `folder`."""
    out = []
    for case in CASES:
        path = folder / case.name
        case.make(path)
        out.append((case, path))
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    target.mkdir(parents=True, exist_ok=True)
    for case, path in write(target):
        print(f"{path}  ({path.stat().st_size:,} bytes): {case.make.__doc__}")
