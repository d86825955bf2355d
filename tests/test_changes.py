"""`scrutrack changes` and `check --base` over real git repositories: what a pull request did to the records."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from conftest import Invoke
from helpers import in_status, new_record, put

from scrutrack import lifecycle as lc
from scrutrack.changes import compare, span
from scrutrack.model import Record
from scrutrack.store import open_repo, read_record

D = dt.date
R = "cyp-2019-01-10-"


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


def rel(rid: str) -> str:
    return f"records/cyp/{rid}.toml"


@pytest.fixture
def main_repo(git_repo: Path) -> Path:
    """main holds four records: 1 referred, 2 accepted (due 2019-04-10), 3 accepted with a note, 4 agreed."""
    put(git_repo, in_status("referred", rid=R + "1"))
    put(git_repo, in_status("accepted", rid=R + "2"))
    put(git_repo, lc.add_note(in_status("accepted", rid=R + "3"), D(2019, 1, 20), "Discussed in February."))
    put(git_repo, new_record(R + "4"))
    git(git_repo, "add", "-A")
    git(git_repo, "commit", "-q", "-m", "records")
    return git_repo


def _load(root: Path, rid: str) -> Record:
    return read_record(open_repo(str(root)), rid)[0]


def _pr_branch(root: Path) -> None:
    """The pull request: three March records, a response, evidence, a slipped due date, a review, a referral."""
    git(root, "checkout", "-q", "-b", "march")
    for n in (1, 2, 3):
        put(root, new_record(f"cyp-2019-03-12-{n}", text=f"March recommendation {n}.\n"))
    put(root, lc.respond(_load(root, R + "1"), D(2019, 2, 1), "accepted", "Agreed by Cabinet.\n", due=D(2019, 9, 30)))
    put(root, lc.revise_due(_load(root, R + "2"), D(2019, 3, 1), D(2019, 7, 10), "Awaiting the new case system"))
    r3 = lc.add_evidence(_load(root, R + "3"), D(2019, 3, 12), "March update", url="https://example.org/march.pdf")
    put(root, lc.set_review(r3, D(2019, 3, 12), D(2019, 9, 18)))
    put(root, lc.refer(_load(root, R + "4"), D(2019, 1, 20), D(2019, 3, 20), note="sent to Cabinet"))
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "March meeting")


EXPECTED = Counter(
    {
        ("cyp-2019-03-12-1", "added"): 1,
        ("cyp-2019-03-12-2", "added"): 1,
        ("cyp-2019-03-12-3", "added"): 1,
        (R + "1", "response"): 1,
        (R + "2", "due"): 1,
        (R + "3", "evidence"): 1,
        (R + "3", "review"): 1,
        (R + "4", "status"): 1,
    }
)


def test_a_pull_request_is_named_the_same_in_every_format(main_repo: Path, invoke: Invoke) -> None:
    _pr_branch(main_repo)
    data = json.loads(invoke("changes", "main", "HEAD", "--format", "json").stdout)
    assert data["schema"] == 1 and data["violations"] == []
    assert data["base"]["commit"] == git(main_repo, "rev-parse", "main").strip()
    assert data["head"]["commit"] == git(main_repo, "rev-parse", "HEAD").strip()
    from_json = Counter((r["id"], e["kind"]) for r in data["records"] for e in r["events"])
    assert from_json == EXPECTED
    events = {(r["id"], e["kind"]): e for r in data["records"] for e in r["events"]}
    assert (
        events[(R + "1", "response")].items()
        >= {"from": "referred", "to": "accepted", "outcome": "accepted", "text": "Agreed by Cabinet.\n"}.items()
    )
    due = events[(R + "2", "due")]
    assert (due["from"], due["to"], due["reason"], due["original"], due["days_after_original"]) == (
        "2019-04-10",
        "2019-07-10",
        "Awaiting the new case system",
        "2019-04-10",
        91,
    )
    assert "about 3 months" in due["summary"]
    assert events[(R + "3", "evidence")]["url"] == "https://example.org/march.pdf"
    assert events[(R + "3", "review")]["review"] == "2019-09-18"
    assert (events[(R + "4", "status")]["from"], events[(R + "4", "status")]["to"]) == ("agreed", "referred")
    assert events[("cyp-2019-03-12-2", "added")]["text"] == "March recommendation 2.\n"
    assert data["summary"] == {"added": 3, "status": 1, "response": 1, "evidence": 1, "due": 1, "review": 1}

    # The default: from where this branch left main, to the working tree (the same here).
    table = invoke("changes").stdout
    rows = [re.split(r"\s{2,}", line) for line in table.splitlines() if line.startswith("cyp-")]
    assert Counter((row[0], row[1]) for row in rows) == EXPECTED
    assert "8 records changed" in table or "7 records changed" in table

    md = invoke("changes", "main", "--format", "markdown").stdout
    md_rows = re.findall(r"^\| `([^`]+)` \| (\w[\w-]*) \|", md, flags=re.M)
    assert Counter(md_rows) == EXPECTED
    assert md.startswith("### Records: main @ ") and "CAUTION" not in md
    assert "referred → accepted on 2019-02-01 (accepted, due 2019-09-30): Agreed by Cabinet." in md


def test_uncommitted_and_untracked_work_is_included(main_repo: Path, invoke: Invoke) -> None:
    put(main_repo, new_record("cyp-2019-03-12-1"))
    put(main_repo, lc.add_note(_load(main_repo, R + "4"), D(2019, 2, 1), "Chased"))
    data = json.loads(invoke("changes", "--format", "json").stdout)
    assert data["head"] == {"label": "working tree", "commit": None}
    assert {(r["id"], r["change"]) for r in data["records"]} == {("cyp-2019-03-12-1", "added"), (R + "4", "changed")}


def test_edited_history_and_a_deleted_record_are_violations(main_repo: Path, invoke: Invoke) -> None:
    git(main_repo, "checkout", "-q", "-b", "rewrite")
    path = main_repo / rel(R + "3")
    path.write_text(
        path.read_text(encoding="utf-8").replace("Discussed in February.", "Discussed in March."), encoding="utf-8"
    )
    (main_repo / rel(R + "4")).unlink()
    git(main_repo, "commit", "-q", "-am", "tidy up")
    data = json.loads(invoke("changes", "--format", "json").stdout)
    kinds = {(v["id"], v["kind"], v["entry"]) for v in data["violations"]}
    assert kinds == {(R + "3", "history-changed", 4), (R + "4", "deleted", None)}
    assert not any(e["kind"] == "note" for r in data["records"] for e in r["events"])  # the edit is not news
    assert "VIOLATIONS (2)" in invoke("changes").stdout
    assert "CAUTION" in invoke("changes", "--format", "markdown").stdout
    # Each record has its own row, and the summary's counts add up to the rows.
    table = invoke("changes").stdout
    assert table.endswith(
        "\n\nID                Change     Details\n"
        f"{R}3  violation  history entry 4 (2019-01-20 note) was changed since main (note)\n"
        f"{R}4  deleted    the file was removed\n"
        "\n2 records changed: 1 record deleted, 1 violation.\n"
    )
    assert data["summary"] == {"deleted": 1, "violation": 1}

    result = invoke("check", "--base", "main", code=1)
    line = (
        next(n for n, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "Discussed in March" in t) - 3
    )
    assert f"{rel(R + '3')}:{line}: history entry 4 (2019-01-20 note) was changed since main (note)" in result.stdout
    assert f"{rel(R + '4')}: the record {R}4 was deleted since main" in result.stdout
    assert "withdrawn" in result.stdout
    assert "Traceback" not in result.output
    assert "All" in invoke("check").stdout  # without --base the records themselves are valid


def test_removed_evidence_and_a_renamed_record_are_violations(main_repo: Path, invoke: Invoke) -> None:
    r3 = lc.add_evidence(_load(main_repo, R + "3"), D(2019, 3, 1), "Report", url="https://example.org/r.pdf")
    put(main_repo, r3)
    git(main_repo, "commit", "-q", "-am", "evidence")
    git(main_repo, "checkout", "-q", "-b", "rename")
    path = main_repo / rel(R + "3")
    text = path.read_text(encoding="utf-8")
    text = text.replace('[[evidence]]\ndate = 2019-03-01\ntitle = "Report"\nurl = "https://example.org/r.pdf"\n\n', "")
    path.write_text(text, encoding="utf-8")
    old = main_repo / rel(R + "2")
    (main_repo / rel(R + "9")).write_text(old.read_text(encoding="utf-8").replace(R + "2", R + "9"), encoding="utf-8")
    old.unlink()
    result = invoke("check", "--base", "main", code=1)
    assert "evidence entry 1 (2019-03-01 'Report') was removed since main" in result.stdout
    assert f"{rel(R + '9')}:2: renamed from {rel(R + '2')} ({R}2) since main" in result.stdout
    assert "deleted" not in result.stdout
    data = json.loads(invoke("changes", "--format", "json").stdout)
    renamed = [r for r in data["records"] if r["change"] == "renamed"]
    assert renamed == [
        {"id": R + "9", "path": rel(R + "9"), "change": "renamed", "old_path": rel(R + "2"), "events": []}
    ]


def test_check_base_passes_on_a_clean_branch_even_when_main_moved_on(main_repo: Path, invoke: Invoke) -> None:
    _pr_branch(main_repo)
    git(main_repo, "checkout", "-q", "main")
    put(main_repo, lc.add_note(_load(main_repo, R + "2"), D(2019, 2, 2), "Main moved on"))
    git(main_repo, "commit", "-q", "-am", "main moves on")
    git(main_repo, "checkout", "-q", "march")
    assert "All 7 records are valid" in invoke("check", "--base", "main").stdout
    data = json.loads(invoke("changes", "main", "--format", "json").stdout)
    assert (
        data["violations"] == []
        and Counter((r["id"], e["kind"]) for r in data["records"] for e in r["events"]) == EXPECTED
    )


def test_no_changes(main_repo: Path, invoke: Invoke) -> None:
    assert "No changes to records." in invoke("changes").stdout
    data = json.loads(invoke("changes", "--format", "json").stdout)
    assert data["records"] == [] and data["summary"] == {}


def test_a_broken_file_is_named_and_exits_1(main_repo: Path, invoke: Invoke) -> None:
    (main_repo / rel(R + "4")).write_text("schema = [", encoding="utf-8")
    result = invoke("changes", code=1)
    assert re.search(re.escape(rel(R + "4")) + r"(:1)?: TOML syntax", result.stderr)


def test_records_below_the_top_of_the_git_repository(repo: Path, invoke: Invoke) -> None:
    top = repo.parent
    git(top, "init", "-q", "-b", "main")
    git(top, "config", "user.name", "T")
    git(top, "config", "user.email", "t@example.org")
    git(top, "config", "commit.gpgSign", "false")
    (top / "records").mkdir()
    (top / "records" / "stray.toml").write_text("not = 'a record'\n", encoding="utf-8")  # outside scrutrack's root
    put(repo, new_record(R + "1"))
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "x")
    put(repo, lc.refer(_load(repo, R + "1"), D(2019, 1, 20), D(2019, 3, 20)))
    data = json.loads(invoke("changes", "--format", "json").stdout)
    assert [(r["path"], [e["kind"] for e in r["events"]]) for r in data["records"]] == [(rel(R + "1"), ["status"])]


def test_terminal_table(main_repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    _pr_branch(main_repo)
    plain = invoke("changes").stdout
    monkeypatch.setenv("SCRUTRACK_FORCE_TERMINAL", "1")
    out = invoke("changes").stdout
    assert "cyp-2019-03-12-1" in out and "Awaiting the" in out and out == plain  # one writer; NO_COLOR
    monkeypatch.setenv("NO_COLOR", "")
    styled = invoke("changes").stdout
    assert "\x1b[1m" in styled and re.sub(r"\x1b\[[0-9;]*m", "", styled) == plain
    # One blank line before the table and one after it, as in the plain text.
    for text in (plain, out):
        lines = text.splitlines()
        assert lines[1] == "" and lines[2].startswith("ID ") and lines[3] != ""
        assert lines[-2] == "" and lines[-3].strip() and lines[-1].startswith("7 records changed")
        rows = sum(int(n) for n in re.findall(r"(\d+) [a-z]", lines[-1].split(": ", 1)[1]))
        assert rows == len([line for line in lines if line.startswith("cyp-")]), text


# ------------------------------------------------------------------ no commits, no branch


def test_no_commits_yet_is_a_clear_message(repo: Path, invoke: Invoke) -> None:
    git(repo, "init", "-q", "-b", "main")
    for args in (("changes",), ("changes", "main"), ("check", "--base", "main")):
        result = invoke(*args, code=1)
        assert "no commits yet" in result.stderr, args
        assert "Traceback" not in result.output


def test_no_default_branch_is_a_clear_message(repo: Path, invoke: Invoke) -> None:
    git(repo, "init", "-q", "-b", "develop")
    git(
        repo,
        "-c",
        "user.name=T",
        "-c",
        "user.email=t@e",
        "-c",
        "commit.gpgSign=false",
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        "x",
    )
    result = invoke("changes", code=1)
    assert "no default branch" in result.stderr and "scrutrack changes develop" in result.stderr
    assert "No changes to records." in invoke("changes", "develop").stdout


def test_not_a_git_repository_or_unknown_revision(repo: Path, invoke: Invoke) -> None:
    assert "not in a git repository" in invoke("changes", code=1).stderr
    git(repo, "init", "-q", "-b", "main")
    git(
        repo,
        "-c",
        "user.name=T",
        "-c",
        "user.email=t@e",
        "-c",
        "commit.gpgSign=false",
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        "x",
    )
    assert "unknown revision 'nope'" in invoke("changes", "nope", code=1).stderr
    assert "unknown revision 'nope'" in invoke("check", "--base", "nope", code=1).stderr
    assert "is not a revision" in invoke("changes", "--", "--output=x", code=1).stderr


# -------------------------------------------------------------------------------- pure


def test_compare_without_git() -> None:
    from scrutrack.canonical import dumps

    before = in_status("accepted", rid=R + "1")
    after = lc.revise_due(
        lc.revise_due(before, D(2019, 3, 1), D(2019, 5, 1), "one"), D(2019, 4, 1), D(2019, 7, 1), "two"
    )
    report = compare({rel(R + "1"): dumps(before).encode()}, {rel(R + "1"): dumps(after).encode()}, "main @ abc", "now")
    dues = [e for rc in report.records for e in rc.events]
    assert [(e.data["from"], e.data["to"], e.data["days_after_original"]) for e in dues] == [
        (D(2019, 4, 10), D(2019, 5, 1), 21),
        (D(2019, 5, 1), D(2019, 7, 1), 82),
    ]
    assert "82 days (about 3 months) after the original 2019-04-10" in dues[1].summary
    assert span(1) == "1 day"


def test_an_edited_field_is_shown(main_repo: Path, invoke: Invoke) -> None:
    put(main_repo, _load(main_repo, R + "4").with_changes(owner="Head of Service"))
    data = json.loads(invoke("changes", "--format", "json").stdout)
    assert [e for r in data["records"] for e in r["events"]] == [
        {
            "kind": "edit",
            "date": None,
            "summary": "owner: (none) → Head of Service",
            "field": "owner",
            "old": None,
            "new": "Head of Service",
        }
    ]


def test_a_response_edited_by_hand_is_shown(main_repo: Path, invoke: Invoke) -> None:
    """A response changed with no accepted or rejected entry to explain it: shown by its text."""
    before = _load(main_repo, R + "2")
    assert before.response is not None
    put(main_repo, before.with_changes(response=before.response._replace(text="Agreed in part.\n")))
    data = json.loads(invoke("changes", "--format", "json").stdout)
    [event] = [e for r in data["records"] for e in r["events"]]
    assert event["summary"].startswith("response: ") and event["summary"].endswith(" → Agreed in part.")
    assert event["new"] == {
        "date": before.response.date.isoformat(),
        "outcome": "accepted",
        "text": "Agreed in part.\n",
    }
    assert "→ Agreed in part." in invoke("changes").stdout
