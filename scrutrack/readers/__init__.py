"""Readers: one module per format, each turning a file's bytes into the blocks of scrutrack.documents.

A reader module has `KIND` (what the officer is told the file is), `EMPTY` (the message for a file
with no text) and `read(data, name, budget) -> list[Block]`. The format is found from the content
first (a zip holding word/document.xml, `%PDF-`, HTML markup) and the file name second, so a
picture or a program renamed `.txt` is refused plainly; a reader's library loads only when needed.
Adding a format (.odt, .rtf) is a module and a line in READERS and in `sniff`.
"""

from __future__ import annotations

import codecs
import importlib
import io
import re
import zipfile

from scrutrack.documents import ENCRYPTED, SAVE_AS, Budget, Document
from scrutrack.errors import InvalidInput

READERS = {"docx": "word", "pdf": "pdf", "html": "web", "text": "text"}

# Magic numbers of files that are not minutes, and what to tell the officer.
_NOT_MINUTES = (
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"II*\x00", "a TIFF picture"),
    (b"MM\x00*", "a TIFF picture"),
)


def read_document(data: bytes, name: str) -> Document:
    """The blocks of a file's bytes, whatever the format; InvalidInput when it cannot be read."""
    reader = importlib.import_module(f"scrutrack.readers.{READERS[sniff(data, name)]}")
    blocks = reader.read(data, name, Budget(name))
    if not any(b.text.strip() or b.rows for b in blocks):
        raise InvalidInput(reader.EMPTY.format(name=name, save_as=SAVE_AS))
    return Document(name, reader.KIND, blocks)


def sniff(data: bytes, name: str) -> str:
    """'docx', 'pdf', 'html' or 'text', from the content, then the name; refuses what is none of them."""
    suffix = name.lower().rpartition(".")[2] if "." in name else ""
    if not data.strip():
        raise InvalidInput(f"{name} is empty; {SAVE_AS}")
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    _refuse_other(data, name, suffix)
    head = data[:4096].lstrip(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith((b"from: <saved by", b"mime-version:")) and b"multipart/related" in head:
        raise InvalidInput(f"{name} is a web archive (.mhtml); save the page again as 'Web Page, HTML only' (.html)")
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(rb"<(?:html|head|body)[\s>]", head):
        return "html"
    if suffix in ("html", "htm", "xhtml") and re.search(rb"<[a-z!/]", head):
        return "html"
    return "text"


def _refuse_other(data: bytes, name: str, suffix: str) -> None:
    """Files that are not minutes in any format scrutrack reads: named, with what to do."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if ENCRYPTED in data:
            raise InvalidInput(
                f"{name} is protected by a password; ask for an unprotected copy, or open it, remove the password "
                "(File > Info > Protect Document) and save it again as .docx"
            )
        raise InvalidInput(
            f"{name} is an old-style Word 97-2003 (.doc) or Excel file; open it in Word and save it as .docx"
        )
    if data.startswith(b"{\\rtf"):
        raise InvalidInput(f"{name} is a Rich Text (.rtf) file; open it in Word and save it as .docx")
    for magic, what in _NOT_MINUTES:
        if data.startswith(magic):
            raise InvalidInput(
                f"{name} is {what}, not a document with text; ask for the minutes as Word, PDF or a web page "
                "(a scan needs text recognition first)"
            )
    if suffix in ("docx", "docm", "dotx"):
        raise InvalidInput(
            f"{name} is not a Word document (it is not a .docx package; it may be damaged or only partly "
            "downloaded); open it in Word and save it again as .docx"
        )
    if suffix == "pdf":
        raise InvalidInput(f"{name} is not a PDF (it does not start as one; it may be damaged); download it again")


def _zip_kind(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mimetype = zf.open("mimetype").read(100).decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError, NotImplementedError):
        raise InvalidInput(
            f"{name} is a damaged zip or Word file (it may be only partly downloaded); "
            "open it in Word and save it again as .docx"
        ) from None
    if "word/document.xml" in names:
        return "docx"
    if "opendocument.text" in mimetype:
        raise InvalidInput(f"{name} is an OpenDocument text (.odt); save it as .docx (File > Save As > Word)")
    if "xl/workbook.xml" in names or "opendocument.spreadsheet" in mimetype:
        what = "an Excel workbook" if "xl/workbook.xml" in names else "an OpenDocument spreadsheet"
        raise InvalidInput(f"{name} is {what}; import a tracker with `scrutrack import tracker`")
    raise InvalidInput(f"{name} is a zip file, not a Word document; unzip it and import the minutes inside")
