"""Records written to turn output against its reader: every format shows them as the text they are.

One repository of records whose every field (and the committee's name) holds Markdown links and
images, autolinks, HTML and script, emphasis, bidi controls and spreadsheet formulas is rendered
in every output format: the terminal, JSON, CSV, Markdown (rendered by GitHub's own cmark-gfm),
HTML (in Chromium) and Word. No format may hold a live link, image or script made from record
text, or a raw bidi control.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import zipfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from browser import chromium
from conftest import Invoke, examples
from helpers import D, new_record
from hypothesis import given, settings
from hypothesis import strategies as st

from scrutrack import lifecycle as lc
from scrutrack.formats import md, md_escaped
from scrutrack.saving import save
from scrutrack.store import open_repo

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
HOSTILE = [
    "[Council report](https://evil.example/phish)",
    "![pixel](https://evil.example/pixel.png)",
    "[ref][r]",
    "<https://evil.example/auto> https://evil.example/bare www.evil.example",
    "<b>bold</b> <img src=https://evil.example/i.png> <script>alert(1)</script>",
    '<a href="https://evil.example/a">a</a> &#x202e; &lt;',
    "*em* **strong** _under_ ~~struck~~ `code`",
    "invoice\u202egnp.exe \u2066isolated\u2069 \u200fmark\u200e \u061carabic \u202a\u202b\u202c\u202d\u2067\u2068",
    '=HYPERLINK("https://evil.example","x")',
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(1)",
    "@SUM(1) +1 -1",
    "| a | b |",
]
EMAIL = "chair@evil.example"  # GitHub links an e-mail address to itself (mailto:), as it shows it
COMMITTEE = "Panel [x](https://evil.example/c) \u202e <b>b</b> ![i](https://evil.example/c.png)"
LEGIT = "https://example.org/agenda/item5.pdf"  # the one link a record asked for (evidence)


@pytest.fixture
def hostile(git_repo: Path) -> Path:
    """The records, committed on a branch so that `changes` sees them."""
    (git_repo / "scrutrack.toml").write_text(
        (git_repo / "scrutrack.toml")
        .read_text()
        .replace('"Children & Young People Sub-Committee"', json.dumps(COMMITTEE))
    )
    subprocess.run(["git", "commit", "-qam", "committee"], cwd=git_repo, check=True)
    subprocess.run(["git", "checkout", "-qb", "hostile"], cwd=git_repo, check=True)
    repo = open_repo(str(git_repo))
    for n, bad in enumerate(HOSTILE, 1):
        r = new_record(
            f"cyp-2019-01-10-{n}",
            owner=f"Owner {bad}",
            item=f"Item {bad}",
            addressed_to=f"To {bad}",
            text=f"{bad}\n[r]: https://evil.example/ref\n{EMAIL}\n",
        )
        r = lc.refer(r, D(2019, 1, 11), D(2019, 2, 1))
        r = lc.respond(r, D(2019, 1, 20), "accepted", f"Response {bad}\n", due=D(2019, 2, 10))
        r = lc.add_note(r, D(2019, 1, 21), f"Note {bad}")
        r = lc.add_evidence(r, D(2019, 1, 22), f"Title {bad}", url=f"{LEGIT}?n={n}")
        r = lc.revise_due(r, D(2019, 1, 23), D(2019, 2, 15), f"Reason {bad}")
        if n % 2:  # implemented: the report lists its evidence, as a link
            r = lc.set_status(lc.set_status(r, "in-progress", D(2019, 1, 24)), "implemented", D(2019, 1, 25))
        save(repo, r)
    subprocess.run(["git", "add", "-A"], cwd=git_repo, check=True)
    subprocess.run(["git", "commit", "-qm", "hostile records"], cwd=git_repo, check=True)
    return git_repo


def no_raw_bidi(text: str, where: str) -> None:
    found = {f"U+{ord(c):04X}" for c in text if c in BIDI}
    assert not found, f"{where}: raw bidi controls {sorted(found)}"


class Tags(HTMLParser):
    """The tags of an HTML fragment with their attributes, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_a: list[list[str]] = []
        self.links: list[tuple[str, str]] = []  # (href, text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "a":
            self._in_a.append([dict(attrs).get("href") or ""])

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._in_a:
            href, *text = self._in_a.pop()
            self.links.append((href, "".join(text)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for a in self._in_a:
            a.append(data)


def rendered_markdown(md: str, where: str) -> Tags:
    """Markdown as GitHub renders it (cmark-gfm with its extensions, raw HTML let through so that
    any that the writer let in shows), checked: no image, script or raw HTML from a record, no
    link but an e-mail address shown as itself."""
    import cmarkgfm
    from cmarkgfm.cmark import Options

    no_raw_bidi(md, where)
    html = cmarkgfm.github_flavored_markdown_to_html(md, options=Options.CMARK_OPT_UNSAFE)
    tags = Tags()
    tags.feed(html)
    ours = {
        "p",
        "h1",
        "h2",
        "h3",
        "ul",
        "li",
        "strong",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "br",
        "code",
        "blockquote",
    }
    assert {t for t, _ in tags.tags} <= ours | {"a"}, (where, {t for t, _ in tags.tags} - ours)
    for href, text in tags.links:  # only a link that shows where it goes: an address, or the evidence's URL
        assert (href, text) in ((f"mailto:{EMAIL}", EMAIL), (text, text)) and not href.startswith("https://evil"), (
            where,
            href,
            text,
        )
    shown = "".join(tags.text)
    no_raw_bidi(shown, f"{where} as rendered")
    for word, literal in (
        ("Council report", "[Council report](https://evil.example/phish)"),
        ("struck", "*em* **strong** _under_ ~~struck~~ `code`"),
        ("bold", "<b>bold</b> <img src=https://evil.example/i.png>"),
        ("gnp", "invoice\\u202egnp.exe"),
    ):
        assert (word in shown) == (literal in shown), (where, literal)  # where it is shown, as it was written
    assert "evil.example" in shown, where
    return tags


def test_every_output_format_shows_hostile_records_as_text(
    hostile: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = "cyp-2019-01-10-8"  # the bidi record
    period = ("--as-of", "2019-03-31", "--since", "2019-01-01")
    # The terminal: plain and styled, tables and show; messages too.
    for terminal in ("0", "1"):
        monkeypatch.setenv("SCRUTRACK_FORCE_TERMINAL", terminal)
        if terminal == "1":
            monkeypatch.delenv("NO_COLOR")
        for args in (("list",), ("overdue", "--as-of", "2019-03-31"), ("show", rid, "--no-pager"), ("changes", "main")):
            result = invoke(*args)
            no_raw_bidi(result.stdout + result.stderr, " ".join(args))
            assert "\\u202e" in result.stdout, args  # shown, as an escape
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("SCRUTRACK_FORCE_TERMINAL", "0")
    no_raw_bidi(invoke("note", rid, "x\u202ey", "--date", "2019-01-24").stderr, "note")
    # JSON: every value as it is, the controls as JSON escapes.
    for args in (("list",), ("overdue", "--as-of", "2019-03-31"), ("show", rid), ("changes", "main")):
        out = invoke(*args, "--format", "json").stdout
        no_raw_bidi(out, f"{args} json")
        json.loads(out)
    # CSV: no cell a spreadsheet would run, full-width formulas included.
    invoke("export", "csv", "-o", "all.csv")
    for name, text in (
        ("export", (hostile / "all.csv").read_text(encoding="utf-8")),
        ("list", invoke("list", "--format", "csv").stdout),
        ("overdue", invoke("overdue", "--as-of", "2019-03-31", "--format", "csv").stdout),
    ):
        no_raw_bidi(text, f"{name} csv")
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "＝", "＋", "－", "＠", "\t", "\r")), (name, cell)
    # Markdown: list, overdue, changes and the report, as GitHub renders them.
    rendered_markdown(invoke("list", "--format", "markdown").stdout, "list markdown")
    rendered_markdown(invoke("overdue", "--as-of", "2019-03-31", "--format", "markdown").stdout, "overdue markdown")
    rendered_markdown(invoke("changes", "main", "--format", "markdown").stdout, "changes markdown")
    invoke("report", *period, "-o", "r.md")
    rendered_markdown((hostile / "r.md").read_text(encoding="utf-8"), "report markdown")
    # Word: no hyperlink but the evidence, no raw control.
    invoke("report", *period, "-o", "r.docx")
    with zipfile.ZipFile(hostile / "r.docx") as z:
        body = z.read("word/document.xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    no_raw_bidi(body, "Word")
    targets = re.findall(r'Target="([^"]+)"[^>]*TargetMode="External"', rels)
    assert targets and all(t.startswith(LEGIT) for t in targets), targets
    assert "\\u202e" in body and "[Council report](https://evil.example/phish)" in body


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def test_the_html_report_of_hostile_records_in_chromium(hostile: Path, invoke: Invoke, browser: Any) -> None:
    invoke("report", "--as-of", "2019-03-31", "--since", "2019-01-01", "-o", "r.html")
    page = browser.new_page()
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((hostile / "r.html").resolve().as_uri(), wait_until="load")
    page.wait_for_timeout(200)
    assert page.evaluate("document.querySelectorAll('script, img, iframe, object, embed, b').length") == 0
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    assert hrefs and all(
        h.startswith(LEGIT) or not h.startswith(("http", "//", "javascript", "data")) for h in hrefs
    ), hrefs
    text = page.evaluate("document.body.innerText")
    no_raw_bidi(text, "HTML")
    no_raw_bidi(page.title(), "HTML title")
    assert "invoice\\u202egnp.exe" in text and "[Council report](https://evil.example/phish)" in text
    assert dialogs == [] and requests == [(hostile / "r.html").resolve().as_uri()]
    page.close()


def test_an_evidence_url_with_a_bidi_control_is_refused(git_repo: Path, invoke: Invoke) -> None:
    save(open_repo(str(git_repo)), new_record())
    for url in ("https://evil.example/\u202egnp.exe", "https://evil.example/\u2066x"):
        err = invoke("evidence", "cyp-2019-01-10-1", url, "--date", "2019-02-01", code=1).stderr
        assert "hidden direction control" in err and "\\u20" in err, err
        no_raw_bidi(err, "evidence")
    path = git_repo / "records/cyp/cyp-2019-01-10-1.toml"
    assert "evil" not in path.read_text()
    path.write_text(
        path.read_text()
        + '\n[[evidence]]\ndate = 2019-02-01\ntitle = "x"\nurl = "https://evil.example/\\u202egnp.exe"\n'
    )
    out = invoke("check", code=1).stdout
    assert "hidden direction control" in out
    no_raw_bidi(out, "check")


def test_a_rounds_workbook_holds_formula_text_as_text(repo: Path, invoke: Invoke) -> None:
    """An owner's workbook (`round start`) opened in Excel must not run a record's "=HYPERLINK(...)"."""
    import openpyxl

    formula = '=HYPERLINK("https://evil.example/x","Click")'
    r = new_record(owner="=1+1", text=formula + "\n", item="=SUM(A1:A9)")
    save(open_repo(str(repo)), lc.refer(r, D(2019, 1, 11), D(2019, 3, 11)))
    invoke("round", "start", "q1", "--due", "2019-03-31", "--date", "2019-03-01")
    (book,) = (repo / "rounds" / "q1").glob("*.xlsx")
    wb = openpyxl.load_workbook(book)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert any(c.value == formula for c in cells) and any(c.value == "=1+1" for c in cells)  # the text, the owner


PIECES = [*"aZ0 9.:/w#>+=-)(&;<\n\t*_`[]|~\\é", *BIDI, "://", "www.", "WwW.", "&amp;", "1."]


@settings(max_examples=examples(2000, quick=300), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_markdowns_quick_way_for_inert_text_changes_nothing(text: str) -> None:
    """md returns a cell as it is when none of its rules would change it (most cells; escaping each
    had been a quarter of `report -o x.md`'s time): the same text as applying every rule."""
    assert md(text) == md_escaped(text)
