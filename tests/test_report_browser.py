"""The HTML report in a real browser (headless Chromium): what a reader, a printer and an attacker see."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import chromium, first_page_png
from conftest import Invoke
from helpers import new_record
from reportparse import docx_tables, md_cells, md_tables

from scrutrack import lifecycle as lc
from scrutrack.saving import save
from scrutrack.store import open_repo

D = new_record().meeting.__class__


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


class Watched:
    """A tab that records console errors, page errors, dialogs and every request it makes."""

    def __init__(self, browser: Any, viewport: dict[str, int] | None = None) -> None:
        self.page = browser.new_page(viewport=viewport or {"width": 1200, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

        def dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)

    def open(self, path: Path) -> Any:
        self.page.goto(path.resolve().as_uri(), wait_until="load")
        self.page.wait_for_timeout(200)  # anything that would run on its own has run
        return self.page


def pdf_pages(data: bytes) -> int:
    """How many pages the PDF has; each must be A4 (595 x 842 points)."""
    from pdfminer.pdfpage import PDFPage

    pages = list(PDFPage.get_pages(io.BytesIO(data)))
    assert all([round(x) for x in page.mediabox] == [0, 0, 595, 842] for page in pages)
    return len(pages)


def test_the_bundled_report_in_chromium(bundled: Path, invoke: Invoke, browser: Any) -> None:
    invoke("report", "--committee", "cyp", "--as-of", "2019-04-30", "--since", "2019-01-01", "-o", "tracker.html")
    tab = Watched(browser)
    page = tab.open(bundled / "tracker.html")
    assert page.title() == "Recommendations tracker: Children & Young People Sub-Committee"
    assert page.evaluate("document.documentElement.lang") == "en-GB"
    # Printed: A4, a page break before each part after the summary, so about one page a part.
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    assert 6 <= pdf_pages(pdf) <= 11
    assert page.evaluate("getComputedStyle(document.querySelector('thead')).display") == "table-header-group"
    shot = bundled / ".scrutrack" / "report-first-page.png"
    first_page_png(page, shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    # At a phone's width nothing runs off the side: each row becomes a block of labelled values.
    page.set_viewport_size({"width": 360, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.evaluate("getComputedStyle(document.querySelector('tbody td')).display") == "block"
    # The charts draw: bars with their numbers, and a title a screen reader announces.
    assert page.locator("svg[role=img] title").first.text_content() == "Open recommendations per meeting, by status"
    assert page.locator("#by-meeting rect[width]").count() >= 3
    assert tab.errors == [] and tab.dialogs == []
    assert tab.requests == [(bundled / "tracker.html").resolve().as_uri()]  # the file itself, nothing else


def test_a_long_report_prints_with_repeated_headers_and_no_cut_rows(
    tmp_path: Path, invoke: Invoke, browser: Any
) -> None:
    root = tmp_path / "big"
    (root / "records").mkdir(parents=True)
    (root / "scrutrack.toml").write_text('schema = 1\n\n[committees.cyp]\nname = "Children"\n', encoding="utf-8")
    repo = open_repo(str(root))
    for n in range(1, 121):
        text = f"That officers report on matter {n}. " + "With a longer explanation of what is asked. " * (n % 4)
        save(repo, new_record(f"cyp-2019-01-10-{n}", owner=f"Officer {n % 7}", item=f"Item {n % 5}", text=text))
    invoke("report", "--repo", str(root), "--as-of", "2019-06-30", "-o", str(root / "r.html"))
    tab = Watched(browser)
    page = tab.open(root / "r.html")
    pdf = page.pdf(prefer_css_page_size=True)
    assert 12 <= pdf_pages(pdf) <= 40
    page.emulate_media(media="print")
    styles = page.evaluate(
        "[getComputedStyle(document.querySelector('tbody tr')).breakInside,"
        " getComputedStyle(document.querySelector('section#overdue')).breakBefore,"
        " getComputedStyle(document.querySelector('section#summary')).breakBefore]"
    )
    assert styles == ["avoid", "page", "auto"]
    assert tab.errors == [] and len(tab.requests) == 1


HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "a | b || c",
]


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Records whose text, owner, item, evidence title and link carry markup, script and pipes."""
    root = tmp_path / "hostile"
    (root / "records").mkdir(parents=True)
    (root / "scrutrack.toml").write_text(
        'schema = 1\n\n[committees.cyp]\nname = "Children <script>alert(1)</script> | Panel"\n', encoding="utf-8"
    )
    repo = open_repo(str(root))
    for n, bad in enumerate(HOSTILE, 1):
        r = new_record(
            f"cyp-2019-01-10-{n}",
            kind="action",
            due=D(2019, 3, 1),
            owner=f"Owner {bad}",
            item=f"Item {bad}",
            addressed_to=f"To {bad}",
            text=f"Text {bad}\nand a second line {bad}\n",
        )
        r = lc.set_status(r, "in-progress", D(2019, 1, 20), note=f"Note {bad}")
        r = lc.add_evidence(r, D(2019, 2, 1), f"Title {bad}", path=bad)
        if n % 2:
            r = lc.add_evidence(r, D(2019, 2, 1), f"Link {bad}", url=f'https://example.org/{n}?q="><b>{n}')
        r = lc.set_status(r, "implemented", D(2019, 2, 2))
        save(repo, r)
    late = lc.refer(
        new_record("cyp-2019-01-10-9", owner=HOSTILE[0], item=HOSTILE[1], text=HOSTILE[3] + "\n"),
        D(2019, 1, 11),
        D(2019, 2, 1),
    )
    save(
        repo,
        lc.revise_due(
            lc.respond(late, D(2019, 1, 20), "accepted", f"{HOSTILE[1]}\n\n{HOSTILE[3]}\n", due=D(2019, 2, 1)),
            D(2019, 1, 21),
            D(2019, 2, 15),
            HOSTILE[0],
        ),
    )
    monkeypatch.chdir(root)
    return root


def test_hostile_records_run_no_script_and_keep_every_table_whole(hostile: Path, invoke: Invoke, browser: Any) -> None:
    period = ("--as-of", "2019-03-31", "--since", "2019-01-01")
    for suffix in ("html", "md", "docx"):
        invoke("report", *period, "-o", f"r.{suffix}")
    tab = Watched(browser)
    page = tab.open(hostile / "r.html")
    for link in page.locator("a[href]").all():  # following a link fires nothing either
        assert not link.get_attribute("href").lower().startswith(("javascript", "data"))
    page.mouse.move(400, 400)
    page.wait_for_timeout(200)
    assert tab.dialogs == [] and tab.errors == []
    assert page.evaluate("document.querySelectorAll('script, img, iframe, object, embed, b').length") == 0
    assert page.evaluate("document.querySelectorAll('body svg').length") == 2  # the charts, nothing injected
    shapes = page.evaluate("[...document.querySelectorAll('table')].map(t => [...t.rows].map(r => r.cells.length))")
    assert shapes and all(len(set(rows)) == 1 for rows in shapes), shapes
    text = page.evaluate("document.body.innerText")
    for bad in HOSTILE:
        assert f"Owner {bad}" in text  # shown as the text it is
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    assert not [h for h in hrefs if not h.startswith(("file:", "https:"))]
    assert len(tab.requests) == 1

    md = (hostile / "r.md").read_text(encoding="utf-8")
    tables = md_tables(md)
    assert tables and all(len(row) == len(header) for _, header, rows in tables for row in rows)
    assert "<script" not in md and "<img" not in md and "&lt;script>alert(1)&lt;/script>" in md
    assert all(md_cells(line) for line in md.splitlines() if line.startswith("| "))

    word = docx_tables((hostile / "r.docx").read_bytes())
    assert word and all(len(set(map(len, table))) == 1 for table in word)
    cells = {cell for table in word for row in table for cell in row}
    assert "Owner <script>alert(1)</script>" in cells and "Owner a | b || c" in cells
