"""`import response` end to end through the CLI: the plan, applying it (history checked), --edit, --strict,
re-importing, and the mistakes an officer makes."""

from __future__ import annotations

import datetime as dt
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke, files_snapshot
from helpers import editor

CORPUS = Path(__file__).resolve().parent / "data" / "responses"
DOC = "stage2-flood-2025.docx"
DECIDED = "2025-09-16"


@pytest.fixture
def council(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The flood set of records (tests/data/responses/sets/flood.toml), referred, and the Stage 2
    response: made as the response corpus's scorer makes them (bench/responses.py)."""
    sys.path.insert(0, str(CORPUS.parent.parent.parent / "bench"))
    import responses as corpus

    case = next(c for c in corpus.all_cases() if c.path.name == DOC)
    root = corpus.Runner(tmp_path).repo(case)
    monkeypatch.chdir(root)
    return root


def record(root: Path, rid: str) -> dict[str, Any]:
    committee = rid.split("-")[0]
    return tomllib.loads((root / "records" / committee / f"{rid}.toml").read_text(encoding="utf-8"))


def test_the_plan_then_the_responses_recorded_with_their_history(council: Path, invoke: Invoke) -> None:
    before = files_snapshot(council)
    plan = invoke("import", "response", DOC, "--meeting", DECIDED, "--dry-run")
    assert files_snapshot(council) == before
    assert "place-2025-06-10-1" in plan.stdout and "Dry run: would record 6 responses from 6 rows" in plan.stderr
    done = invoke("import", "response", DOC, "--meeting", DECIDED, "--by", "Scrutiny officer")
    assert "Recorded 6 responses (6 records)" in done.stderr
    rec = record(council, "place-2025-06-10-2")
    assert rec["status"] == "accepted" and rec["owner"] == "Emergency Planning Manager"
    assert rec["response"] == {
        "date": dt.date(2025, 9, 16),
        "outcome": "accepted-in-part",
        "text": "Wardens will be recruited for the three streets at highest risk this year. The other three streets "
        "depend on the 2026/27 budget.\n",
    }
    accepted, assigned = rec["history"][-2:]
    assert accepted == {
        "date": dt.date(2025, 9, 16),
        "event": "accepted",
        "by": "Scrutiny officer",
        "outcome": "accepted-in-part",
        "due": dt.date(2026, 3, 31),
        "note": f"from {DOC}",
    }
    assert assigned["event"] == "owner-changed" and assigned["owner"] == "Emergency Planning Manager"
    rejected = record(council, "place-2025-06-10-4")
    assert rejected["status"] == "rejected" and "owner" not in rejected  # no owner for what will not be done
    shared = record(council, "place-2025-06-10-6")  # its response merged with the row above's
    assert shared["response"]["outcome"] == "accepted-in-principle" and shared["due"] == dt.date(2026, 8, 31)
    assert "All 10 records are valid." in invoke("check").stdout
    before = files_snapshot(council)
    again = invoke("import", "response", DOC, "--meeting", DECIDED)
    assert "Nothing new recorded from 6 rows" in again.stderr and "6 already" in again.stderr
    assert files_snapshot(council) == before


def test_the_plan_as_json_names_every_row(council: Path, invoke: Invoke) -> None:
    data = json.loads(invoke("import", "response", DOC, "--meeting", DECIDED, "--dry-run", "-f", "json").stdout)
    assert data["decided"] == DECIDED and data["dry_run"] is True and data["applied"] == []
    first = data["rows"][0]
    assert {k: first[k] for k in ("row", "records", "how", "action", "outcome", "due", "owner", "group")} == {
        "row": 1,
        "records": ["place-2025-06-10-1"],
        "how": "reference",
        "action": "apply",
        "outcome": "accepted",
        "due": "2025-12-31",
        "owner": "Head of Communications",
        "group": "Communicating with residents",
    }
    five, six = data["rows"][-2:]  # one response merged down over both: read for each
    assert five["response"] == six["response"] and (five["outcome"], six["due"]) == (
        "accepted-in-principle",
        "2026-08-31",
    )


def test_edit_changes_which_record_a_row_answers(
    council: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", editor(tmp_path, "row 1 -> place-2025-06-10-1", "row 1 -> -"))
    invoke("import", "response", DOC, "--meeting", DECIDED, "--edit")
    assert record(council, "place-2025-06-10-1")["status"] == "referred"  # left out by the officer
    assert record(council, "place-2025-06-10-2")["status"] == "accepted"


def test_an_uncertain_row_is_applied_only_once_confirmed(
    council: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (council / "r.csv").write_text(
        "Recommendation,Decision,Response\nGully cleaning,Agreed,Both gully items go to the review.\n", encoding="utf-8"
    )
    got = json.loads(invoke("import", "response", "r.csv", "--meeting", DECIDED, "-f", "json").stdout)
    [row] = got["rows"]
    assert row["action"] == "check" and got["applied"] == []
    assert invoke("import", "response", "r.csv", "--meeting", DECIDED, "--strict", code=1)
    monkeypatch.setenv("EDITOR", editor(tmp_path, "row 1 -> ? ", "row 1 -> "))
    invoke("import", "response", "r.csv", "--meeting", DECIDED, "--edit")
    assert record(council, row["records"][0])["response"]["text"].startswith("Both gully items")


def test_a_record_not_yet_referred_is_named_and_left_alone(council: Path, invoke: Invoke) -> None:
    invoke(
        "add",
        "--committee",
        "place",
        "--meeting",
        "2025-06-10",
        "--number",
        "7",
        "--text",
        "That the Council maps every culvert in the borough.",
    )
    (council / "r.csv").write_text(
        "No.,Recommendation,Decision,Response\n7,That the Council maps every culvert in the borough.,Accepted,Yes.\n",
        encoding="utf-8",
    )
    got = json.loads(invoke("import", "response", "r.csv", "--meeting", DECIDED, "-f", "json").stdout)
    assert got["rows"][0]["action"] == "cannot" and "not referred; refer it first" in got["rows"][0]["why"]
    assert record(council, "place-2025-06-10-7")["status"] == "agreed"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("Date,Venue\n1 May,Hall\n", "found no response table"),
        ("", "is empty"),
    ],
)
def test_mistakes_are_one_line_and_write_nothing(council: Path, invoke: Invoke, content: str, says: str) -> None:
    (council / "r.csv").write_text(content, encoding="utf-8")
    before = files_snapshot(council)
    err = invoke("import", "response", "r.csv", "--meeting", DECIDED, code=1).stderr
    assert says in err and err.startswith("Error: ") and err.count("\n") == 1
    assert "is not a date" in invoke("import", "response", DOC, "--meeting", "16/09/2025", code=1).stderr
    assert (
        "unknown committee"
        in invoke("import", "response", DOC, "--meeting", DECIDED, "--committee", "zz", code=1).stderr
    )
    assert files_snapshot(council) == before


def test_a_decision_after_today_needs_future(council: Path, invoke: Invoke) -> None:
    later = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    before = files_snapshot(council)
    assert "after today" in invoke("import", "response", DOC, "--meeting", later, code=1).stderr
    assert files_snapshot(council) == before
