"""The report's parts for members' decisions, impact and the year's figures, in Markdown, HTML and Word,
and in Chromium: what is proposed for closure, extension requests, targets moved too often, impact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import chromium
from conftest import Invoke
from helpers import new_record
from reportparse import docx_tables, html_tables, md_parts, md_rows, md_tables

from scrutrack import lifecycle as lc
from scrutrack.model import HistoryEntry
from scrutrack.saving import save
from scrutrack.store import open_repo

D = dt.date
AS_OF, SINCE = D(2026, 1, 31), D(2025, 10, 1)
PERIOD = ("--as-of", AS_OF.isoformat(), "--since", SINCE.isoformat())
NEW_PARTS = ("Proposed for closure (for decision)", "Extension requests (for decision)", "Impact")


@pytest.fixture
def decided(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A committee's records on 31 January 2026: one implemented, one its owner calls achieved, one
    awaiting a decision on a new date, one whose date moved three times, one with its impact assessed,
    one accepted in principle and one only noted."""
    root = tmp_path / "council"
    (root / "records").mkdir(parents=True)
    (root / "scrutrack.toml").write_text(
        'schema = 1\n\n[defaults]\nmax_moves = 2\nmax_slip = "6 months"\n\n[committees.place]\nname = "Place Scrutiny"\n',
        encoding="utf-8",
    )
    repo = open_repo(str(root))
    meeting = D(2025, 6, 10)

    def accepted(n: int, text: str, outcome: str = "accepted", due: dt.date = D(2025, 12, 31)) -> Any:
        r = new_record(f"place-2025-06-10-{n}", text=text + "\n", owner="Head of Highways")
        r = lc.refer(r, meeting + dt.timedelta(days=10), meeting + dt.timedelta(days=70))
        return lc.respond(r, D(2025, 8, 1), outcome, "Agreed.\n", due=due if outcome != "noted" else None)

    r1 = lc.set_status(accepted(1, "That potholes are fixed within a day."), "in-progress", D(2025, 10, 2))
    r1 = lc.add_evidence(r1, D(2025, 11, 3), "Repairs report", url="https://example.org/repairs.pdf")
    save(repo, lc.set_status(r1, "implemented", D(2025, 11, 3)))
    r2 = lc.set_status(accepted(2, "That residents can report potholes by photograph."), "in-progress", D(2025, 10, 2))
    update = HistoryEntry(
        D(2025, 12, 1),
        "update",
        by="Head of Highways",
        round="2025-q4",
        progress="achieved, propose closure",
        text="Live in the app.\n",
    )
    save(repo, r2._replace(history=(*r2.history, update)))
    r3 = lc.request_due(
        accepted(3, "That the road survey is published."),
        D(2025, 12, 5),
        D(2026, 9, 30),
        "The survey contractor is late",
        by="Head of Highways",
    )
    save(repo, r3)
    r4 = accepted(4, "That utility companies are charged for overruns.", due=D(2025, 9, 30))
    for n, new in enumerate((D(2025, 10, 31), D(2025, 11, 30), D(2026, 2, 28)), 1):
        r4 = lc.revise_due(r4, D(2025, 9, 1) + dt.timedelta(days=30 * n), new, f"Move {n}")
    save(repo, r4)
    r5 = lc.record_impact(
        lc.set_status(
            lc.add_evidence(
                accepted(5, "That bins are emptied twice a day."),
                D(2025, 10, 5),
                "Rota",
                url="https://example.org/rota",
            ),
            "implemented",
            D(2025, 10, 5),
        ),
        D(2025, 12, 15),
        "moderate",
        "Complaints about litter fell by a fifth.",
        url="https://example.org/litter.pdf",
    )
    save(repo, r5)
    save(repo, accepted(6, "That a new depot is built.", outcome="accepted-in-principle"))
    save(repo, accepted(7, "That street lights are dimmed at night.", outcome="noted"))
    monkeypatch.chdir(root)
    return root


def test_the_new_parts_in_markdown(decided: Path, invoke: Invoke) -> None:
    parts = md_parts(invoke("report", *PERIOD, "--annual").stdout)
    assert [p for p in parts if p in NEW_PARTS] == list(NEW_PARTS)
    closing = md_rows(parts["Proposed for closure (for decision)"])
    assert [(r["ID"], r["Proposed"]) for r in closing] == [
        ("place-2025-06-10-5", "5 October 2025: implemented"),
        ("place-2025-06-10-1", "3 November 2025: implemented"),
        ("place-2025-06-10-2", "1 December 2025: Head of Highways says achieved, propose closure: Live in the app."),
    ]
    ext = md_tables(parts["Extension requests (for decision)"])
    [request] = [dict(zip(ext[0][1], row, strict=True)) for row in ext[0][2]]
    assert request == {
        "ID": "place-2025-06-10-3",
        "Recommendation": "That the road survey is published.",
        "Owner": "Head of Highways",
        "Original date": "31 December 2025",
        "Current date": "31 December 2025",
        "Requested": "30 September 2026",
        "Times moved": "0",
        "Reason": "The survey contractor is late (asked by Head of Highways on 5 December 2025)",
        "If granted": "Target 9 months past its first date",
    }
    [slipped] = [dict(zip(ext[1][1], row, strict=True)) for row in ext[1][2]]
    assert (slipped["ID"], slipped["Times moved"], slipped["Flagged"]) == (
        "place-2025-06-10-4",
        "3",
        "Target moved 3 times",
    )
    [impact] = md_rows(parts["Impact"])
    assert impact["ID"] == "place-2025-06-10-5" and impact["Rating"] == "Moderate"
    assert impact["What changed"] == "Complaints about litter fell by a fifth."
    assert impact["Evidence"] == "Evidence (<https://example.org/litter.pdf>)"
    tracker = {r["ID"]: r for r in md_rows(parts["Appendix: the live tracker"])}
    assert tracker["place-2025-06-10-6"]["Status"] == "Accepted in principle"  # as recorded
    assert tracker["place-2025-06-10-7"]["Status"] == "Referred"
    assert (
        tracker["place-2025-06-10-7"]["Latest update"]
        == "1 August 2025: Response: Noted only (no substantive answer): Agreed."
    )
    assert tracker["place-2025-06-10-3"]["Latest update"] == (
        "5 December 2025: New target of 30 September 2026 requested by Head of Highways: The survey contractor is late"
    )
    [figures] = md_tables(parts["The year 2025/26 in figures"])
    made = dict(zip(figures[1], figures[2][0], strict=True))
    assert made == {"": "Recommendations and actions made", "place": "7"}
    late = invoke("overdue", "--as-of", AS_OF.isoformat(), "--format", "json").stdout
    assert "moved 3 times" not in late  # not late: it is due in February
    soon = invoke("overdue", "--as-of", AS_OF.isoformat(), "--within", "60", "--format", "json").stdout
    assert '"reasons": "implementation; target moved 3 times"' not in soon  # JSON keeps the reasons a list
    assert '"target_flag": "moved 3 times"' in soon
    wide = invoke("overdue", "--as-of", "2026-03-31", "--format", "csv").stdout
    assert "implementation; target moved 3 times,moved 3 times," in wide


def test_the_same_new_tables_in_html_and_word(decided: Path, invoke: Invoke) -> None:
    md = invoke("report", *PERIOD).stdout
    invoke("report", *PERIOD, "-o", "r.html")
    invoke("report", *PERIOD, "-o", "r.docx")
    page = (decided / "r.html").read_text(encoding="utf-8")
    sections = {t["section"] for t in html_tables(page)}
    assert {"closure", "extensions", "impact"} <= sections
    assert [t[0] for t in docx_tables((decided / "r.docx").read_bytes())] == [header for _, header, _ in md_tables(md)]
    closing = next(t for t in html_tables(page) if t["section"] == "closure")
    assert [row[0] for row in closing["rows"][1:]] == ["place-2025-06-10-5", "place-2025-06-10-1", "place-2025-06-10-2"]
    assert 'href="https://example.org/litter.pdf"' in page


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def test_the_new_parts_in_chromium(decided: Path, invoke: Invoke, browser: Any) -> None:
    invoke("report", *PERIOD, "--annual", "-o", "r.html")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((decided / "r.html").resolve().as_uri(), wait_until="load")
    headings = page.evaluate("[...document.querySelectorAll('h2')].map(h => h.innerText)")
    for part in (*NEW_PARTS, "The year 2025/26 in figures"):
        assert part in headings, headings
    visible = page.evaluate(
        "[...document.querySelectorAll('section#closure tbody tr, section#extensions tbody tr, section#impact tbody tr')]"
        ".map(r => r.getBoundingClientRect().height > 0 && r.innerText.length > 0)"
    )
    # Proposed for closure 3; a request 1, moved too often 1, moved in the period 1; impact 1.
    assert len(visible) == 3 + 1 + 1 + 1 + 1 and all(visible)
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    assert pdf.startswith(b"%PDF")
    page.set_viewport_size({"width": 360, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert errors == []
    page.close()
