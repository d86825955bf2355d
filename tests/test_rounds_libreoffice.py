"""The round's workbook in a real office program: headless LibreOffice opens it, prints it, and saves
an owner's answers in its own way, which `round collect` reads back.

`make test` installs LibreOffice (Debian's libreoffice-calc-nogui) where it is missing; where it
cannot (not root, not Debian), these tests are skipped with the reason.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Invoke, needs
from office import HOW, convert
from test_rounds import BOOKS, DIR_BOOK, EARLY_HELP, EH_BOOK, fill, history, round_repo, start

__all__ = ["round_repo"]  # the fixture, shared


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A LibreOffice user profile of the tests' own (skipped, and named at the end, without LibreOffice)."""
    needs("soffice", HOW)
    yield tmp_path_factory.mktemp("lo-profile")


def test_libreoffice_opens_and_prints_the_workbook(
    round_repo: Path, invoke: Invoke, profile: Path, tmp_path: Path
) -> None:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfpage import PDFPage

    start(invoke)
    pdf = convert(profile, round_repo / BOOKS / EH_BOOK, "pdf", tmp_path / "pdf")
    data = pdf.read_bytes()
    first = next(iter(PDFPage.get_pages(io.BytesIO(data))))
    width, height = (round(v) for v in first.mediabox[2:])
    assert (width, height) == (842, 595)  # A4 landscape, in points
    page = " ".join(extract_text(io.BytesIO(data), page_numbers=[0]).split())
    assert "Update round 2019-q2 for Head of Early Help: please reply by 31 May 2019" in page
    for heading in ("Recommendation", "Progress", "Update for members", "New target date"):
        assert heading in page or heading.replace(" ", "") in page.replace(" ", ""), heading
    for rid in ("cyp-2019-01-10-1", "cyp-2019-01-10-2", "cyp-2019-01-10-3"):
        assert rid in page
    assert "_scrutrack" not in page and "fingerprint" not in page  # the hidden sheet is not printed


def test_answers_saved_by_libreoffice_are_collected(
    round_repo: Path, invoke: Invoke, profile: Path, tmp_path: Path
) -> None:
    start(invoke)
    filled = fill(
        round_repo / BOOKS / EH_BOOK,
        tmp_path / "filled" / "eh.xlsx",
        {
            "cyp-2019-01-10-1": {"progress": "on track", "update": "Half the teams trained."},
            "cyp-2019-01-10-2": {
                "progress": "slipped",
                "update": "Go-live moved.",
                "new_due": dt.datetime(2019, 9, 30),
                "reason": "Supplier delay",
            },
        },
    )
    saved = convert(profile, filled, "xlsx:Calc MS Excel 2007 XML", tmp_path / "resaved")
    other = fill(
        round_repo / BOOKS / DIR_BOOK, tmp_path / "filled" / "dir.xlsx", {"cyp-2019-02-14-2": {"progress": "paused"}}
    )
    renamed = convert(profile, other, "ods", tmp_path / "resaved")  # LibreOffice's own format, as an owner may save it
    renamed = renamed.rename(renamed.with_name("Director reply.ods"))
    result = invoke("round", "collect", str(saved), str(renamed), "--date", "2019-05-20", "--yes")
    assert "3 updates from 2 owners; 1 target date moved" in result.stderr
    eh = history(round_repo, "cyp-2019-01-10-2")
    assert [h["event"] for h in eh[-2:]] == ["update", "due-revised"]
    assert eh[-2]["by"] == EARLY_HELP and eh[-2]["text"] == "Go-live moved.\n"
    assert eh[-1]["due"] == dt.date(2019, 9, 30) and eh[-1]["reason"] == "Supplier delay"
    assert history(round_repo, "cyp-2019-02-14-2")[-1]["progress"] == "paused"
