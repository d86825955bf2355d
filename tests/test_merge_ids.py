"""IDs safe across branches (issue 21): officers on two, three or five branches each add recommendations
to one meeting, and real `git merge`s bring them together. No merge ends with fewer records than the
branches held: where two branches gave different recommendations one ID, the merge stops on it and
`scrutrack resolve` keeps both, the incoming one under the next free number with a `renumbered`
history entry; `changes` and `check --base` say so.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import Invoke

MEETING = "2020-01-14"
# The longer merges run with the driver in `make test`, without it in `make test-slow` too.
LONG = pytest.mark.parametrize("office", ["driver", pytest.param("no driver", marks=pytest.mark.slow)], indirect=True)


def git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=check)


def records(root: Path) -> dict[str, str]:
    """Every record file's ID and text, read with the real reader (an unreadable file fails here)."""
    from scrutrack.store import read_file

    found = {}
    for path in sorted((root / "records").rglob("*.toml")):
        record, problems, _ = read_file(path, str(path.relative_to(root)))
        assert record is not None, problems
        found[record.id] = record.text
    return found


@pytest.fixture(params=["driver", "no driver"])
def office(git_repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    """A records repository in git on `main`; with the merge driver registered, or (as in a clone
    where nobody ran `scrutrack git-setup`) without it."""
    if request.param == "driver":
        monkeypatch.setenv("PATH", "/usr/bin:/bin")  # the scrutrack next to this Python
        invoke("git-setup")
        git(git_repo, "add", "-A")
        git(git_repo, "commit", "-q", "-m", "git-setup")
    return git_repo


def add_on(root: Path, invoke: Invoke, branch: str, *texts: str) -> None:
    """On a new branch from main, an officer adds recommendations to the meeting and commits."""
    git(root, "checkout", "-q", "-b", branch, "main")
    for text in texts:
        invoke("add", "--committee", "cyp", "--meeting", MEETING, "--text", text)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", f"{branch}: minutes")
    git(root, "checkout", "-q", "main")


def merge(root: Path, invoke: Invoke, branch: str) -> subprocess.CompletedProcess[str]:
    """`git merge BRANCH`; where it stops on two recommendations with one ID, `scrutrack resolve` and commit."""
    held = len(records(root)) + _added_on(root, branch)
    merged = git(root, "merge", "--no-edit", branch, check=False)
    if merged.returncode != 0:
        assert "scrutrack resolve" in merged.stdout + merged.stderr or "CONFLICT (add/add)" in merged.stdout
        check = invoke("check", code=1).stdout
        assert "run `scrutrack resolve` to keep both" in check  # check names the way out, driver or not
        resolved = invoke("resolve")
        assert "the other branch's is now" in resolved.stderr
        git(root, "commit", "-q", "--no-edit")
    assert git(root, "status", "--porcelain").stdout == ""
    assert len(records(root)) == held, "a merge lost a recommendation"
    assert invoke("check").stdout.endswith("valid.\n")
    return merged


def _added_on(root: Path, branch: str) -> int:
    """How many record files `branch` added since it left main."""
    base = git(root, "merge-base", "main", branch).stdout.strip()
    diff = git(root, "diff", "--name-status", base, branch, "--", "records").stdout.splitlines()
    return sum(1 for line in diff if line.startswith("A"))


def test_two_branches_adding_to_one_meeting_keep_both(office: Path, invoke: Invoke) -> None:
    add_on(office, invoke, "alice", "That the Cabinet Member reports on placement stability.")
    add_on(office, invoke, "bob", "That officers circulate the Section 20 figures.")
    merge(office, invoke, "alice")
    merged = merge(office, invoke, "bob")
    assert "CONFLICT" in merged.stdout + merged.stderr
    assert records(office) == {
        f"cyp-{MEETING}-1": "That the Cabinet Member reports on placement stability.\n",
        f"cyp-{MEETING}-2": "That officers circulate the Section 20 figures.\n",
    }
    moved = json.loads(invoke("show", f"cyp-{MEETING}-2", "--format", "json").stdout)
    assert moved["history"][-1]["event"] == "renumbered"
    assert (moved["history"][-1]["from"], moved["history"][-1]["to"]) == (f"cyp-{MEETING}-1", f"cyp-{MEETING}-2")


@LONG
def test_three_branches_with_several_each_keep_every_one(office: Path, invoke: Invoke) -> None:
    add_on(office, invoke, "a", "That A1 happen.", "That A2 happen.")
    add_on(office, invoke, "b", "That B1 happen.")
    add_on(office, invoke, "c", "That C1 happen.", "That C2 happen.", "That C3 happen.")
    for branch in ("a", "b", "c"):
        merge(office, invoke, branch)
    texts = sorted(records(office).values())
    assert texts == sorted(f"That {x} happen.\n" for x in ("A1", "A2", "B1", "C1", "C2", "C3"))
    assert sorted(records(office)) == sorted(f"cyp-{MEETING}-{n}" for n in range(1, 7))


@LONG
def test_five_branches_and_main_itself_adding_to_one_meeting(office: Path, invoke: Invoke) -> None:
    for i in range(1, 6):
        add_on(office, invoke, f"officer-{i}", f"That recommendation {i} be done.")
    invoke("add", "--committee", "cyp", "--meeting", MEETING, "--text", "That main's own one be done.")
    git(office, "add", "-A")
    git(office, "commit", "-q", "-m", "main's own")
    for i in range(1, 6):
        merge(office, invoke, f"officer-{i}")
    assert len(records(office)) == 6
    assert len(set(records(office).values())) == 6


def test_the_same_recommendation_added_on_two_branches_is_one_record(office: Path, invoke: Invoke) -> None:
    add_on(office, invoke, "alice", "That officers circulate the figures.")
    add_on(office, invoke, "bob", "That officers  circulate the figures.")  # wrapped differently: the same
    merge(office, invoke, "alice")
    merged = git(office, "merge", "--no-edit", "bob", check=False)
    if merged.returncode != 0:  # git's own add/add conflict, without the driver
        invoke("resolve")
        git(office, "commit", "-q", "--no-edit")
    assert list(records(office)) == [f"cyp-{MEETING}-1"]


def test_changes_and_check_base_show_the_renumbering(office: Path, invoke: Invoke) -> None:
    """Bob brings main into his branch to finish his pull request: his recommendation is renumbered
    there; `changes` (against main) names it, and `check --base main` passes and says so."""
    add_on(office, invoke, "alice", "That the Cabinet Member reports on placement stability.")
    add_on(office, invoke, "bob", "That officers circulate the Section 20 figures.")
    merge(office, invoke, "alice")
    git(office, "checkout", "-q", "bob")
    git(office, "merge", "--no-edit", "main", check=False)
    invoke("resolve")
    git(office, "commit", "-q", "--no-edit")
    report = json.loads(invoke("changes", "main", "--format", "json").stdout)
    assert report["violations"] == []
    events = {r["id"]: [e["kind"] for e in r["events"]] for r in report["records"]}
    assert "renumbered" in events[f"cyp-{MEETING}-2"]
    text = invoke("changes", "main").stdout
    assert f"renumbered from cyp-{MEETING}-1" in text
    base = invoke("check", "--base", "main")
    assert f"cyp-{MEETING}-2 was renumbered from cyp-{MEETING}-1" in base.stderr
    # And from Bob's side: against his own branch before the merge, nothing he wrote was lost.
    before = git(office, "rev-parse", "HEAD^1").stdout.strip()
    report = json.loads(invoke("changes", before, "--format", "json").stdout)
    assert report["violations"] == [], report["violations"]
