"""Writes that respect git: they wait for git's index lock, refuse during a merge, rebase or
cherry-pick, and never interleave with the merge driver on one record (real git, real processes)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from conftest import THOROUGH, Invoke, files_snapshot
from helpers import D, in_status, put

from scrutrack import lifecycle as lc

RID = "cyp-2019-01-10-1"
REL = f"records/cyp/{RID}.toml"
GIT_BUSY = "a git merge is in progress"  # a note refused mid-merge says so (and nothing else)


def git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=check)


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    from scrutrack import gitio

    monkeypatch.setattr(gitio, "GIT_WAIT", 0.05)


# ---------------------------------------------------------------------------- git's own state


def test_a_write_waits_for_gits_index_lock_then_goes_ahead(git_repo: Path, invoke: Invoke) -> None:
    path = put(git_repo, in_status("referred"))
    lock = git_repo / ".git" / "index.lock"
    lock.write_bytes(b"")
    threading.Timer(0.4, lock.unlink).start()  # git finishes
    started = time.monotonic()
    invoke("note", RID, "chased", "--date", "2019-03-01")
    assert time.monotonic() - started >= 0.35
    assert 'note = "chased"' in path.read_text()


@pytest.mark.parametrize(
    ("state", "named"),
    [
        ("index.lock", "another git command is running in this repository (.git/index.lock exists)"),
        ("MERGE_HEAD", "a git merge is in progress"),
        ("rebase-merge/", "a git rebase is in progress"),
        ("rebase-apply/", "a git rebase is in progress"),
        ("CHERRY_PICK_HEAD", "a git cherry-pick is in progress"),
    ],
)
def test_a_write_while_git_is_busy_is_refused_in_one_line(
    git_repo: Path, invoke: Invoke, short_wait: None, state: str, named: str
) -> None:
    put(git_repo, in_status("referred"))
    gitdir = git_repo / ".git"
    if state.endswith("/"):
        (gitdir / state).mkdir()
    else:
        (gitdir / state).write_text(git(git_repo, "rev-parse", "HEAD").stdout)
    snapshot = files_snapshot(git_repo)
    for args in (
        ("note", RID, "chased", "--date", "2019-03-01"),
        ("add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", "That officers report back."),
        ("committee", "add", "ovs", "--name", "Overview"),
        ("fmt",),
    ):
        err = invoke(*args, code=1).stderr
        assert err.count("\n") == 1 and err.startswith("Error: ") and named in err, (args, err)
        assert "nothing was changed" in err
    assert files_snapshot(git_repo) == snapshot
    invoke("show", RID)  # reading goes on
    invoke("list")


@pytest.mark.parametrize("commit", [["commit", "--no-edit"], ["commit", "-a", "--no-edit"]])
def test_fmt_in_the_pre_commit_hook_of_a_merge_goes_ahead(git_repo: Path, commit: list[str]) -> None:
    """The pre-commit hook `scrutrack fmt` runs while git commits a merge (MERGE_HEAD is there,
    and with -a git holds the index lock): it is git's own step, not one to wait for."""
    path = put(git_repo, in_status("referred"))
    git(git_repo, "add", "-A")
    git(git_repo, "commit", "-qm", "a record")
    git(git_repo, "checkout", "-qb", "other")
    (git_repo / "notes.txt").write_text("theirs\n")
    git(git_repo, "add", "-A")
    git(git_repo, "commit", "-qm", "theirs")
    git(git_repo, "checkout", "-q", "main")
    (git_repo / "notes.txt").write_text("ours\n")
    git(git_repo, "add", "-A")
    git(git_repo, "commit", "-qm", "ours")
    assert git(git_repo, "merge", "other", check=False).returncode == 1  # notes.txt in conflict
    (git_repo / "notes.txt").write_text("both\n")
    git(git_repo, "add", "notes.txt")
    path.write_text(path.read_text().replace('status = "referred"', 'status  =  "referred"'))
    if "-a" not in commit:
        git(git_repo, "add", "-A")
    hook = git_repo / ".git" / "hooks" / "pre-commit"
    hook.write_text(f"#!/bin/sh\nexec {sys.executable} -m scrutrack fmt\n")
    hook.chmod(0o755)
    done = git(git_repo, *commit, check=False)
    assert done.returncode == 0, done.stderr
    assert "Reformatted" in done.stderr or "reformatted" in done.stderr, done.stderr
    assert 'status = "referred"' in path.read_text()


def test_a_worktree_is_busy_on_its_own(git_repo: Path, invoke: Invoke, short_wait: None, tmp_path: Path) -> None:
    """A linked worktree's .git is a file naming its own git folder, where its index lock and merge state live."""
    put(git_repo, in_status("referred"))
    git(git_repo, "add", "-A")
    git(git_repo, "commit", "-qm", "a record")
    other = tmp_path / "other"
    git(git_repo, "worktree", "add", "-q", str(other), "-b", "other")
    (git_repo / ".git" / "worktrees" / "other" / "MERGE_HEAD").write_text(git(git_repo, "rev-parse", "HEAD").stdout)
    err = invoke("note", RID, "chased", "--date", "2019-03-01", "--repo", str(other), code=1).stderr
    assert "a git merge is in progress" in err
    invoke("note", RID, "chased", "--date", "2019-03-01")  # the main worktree is not merging


# --------------------------------------------------------------- the merge driver and a step

# One interpreter runs each command it is sent (the console script's own `main`), so a note
# starts within a millisecond of being asked, as a clerk's command would in the middle of a merge.
WORKER = textwrap.dedent(
    """
    import sys
    from scrutrack.cli import main

    for line in sys.stdin:
        sys.argv = ["scrutrack", *line.rstrip("\\n").split("\\t")]
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        print("@@", code, flush=True)
    """
)


def _prepare(root: Path, n: int, both: bool) -> str:
    """Round n's record, changed on branch b<n> and, if `both`, on main (so that git runs the
    driver); else main changes another file, and git writes the branch's version as it is."""
    rid = f"cyp-2019-01-10-{n}"
    base = in_status("referred", rid=rid)
    put(root, base)
    git(root, "add", "-A")
    git(root, "commit", "-qm", f"record {n}")
    git(root, "checkout", "-q", "-b", f"b{n}")
    put(root, lc.add_note(base, D(2019, 2, 1), "branch side"))
    git(root, "commit", "-qam", f"branch {n}")
    git(root, "checkout", "-q", "main")
    if both:
        put(root, lc.add_note(base, D(2019, 2, 2), "main side"))
    else:
        (root / "other.txt").write_text(f"{n}\n")
    git(root, "add", "-A")
    git(root, "commit", "-qm", f"main {n}")
    return rid


def _merge_and_note(root: Path, rounds: int, seconds: float, both: bool) -> dict[str, int]:
    env = {**os.environ, "SCRUTRACK_REPO": str(root), "NO_COLOR": "1"}
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=root,
    )
    assert worker.stdin is not None and worker.stdout is not None
    rng = random.Random(22)
    counts = {"rounds": 0, "noted": 0, "refused": 0, "merged": 0, "lost": 0}
    span = 0.4  # how long a merge with the driver takes, measured on the first round
    deadline = time.monotonic() + seconds
    try:
        for n in range(1, rounds + 1):
            if time.monotonic() > deadline:
                break
            rid = _prepare(root, n, both)
            # Every other round the note goes first and the merge starts within its few
            # milliseconds (the note has looked at git, and not yet written, as git begins);
            # else the note comes at any moment of the merge.
            first = n % 2 == 0
            note = f"note\t{rid}\tround {n}\t--date\t2019-03-01\n"
            if first:
                worker.stdin.write(note)
                worker.stdin.flush()
                time.sleep(rng.uniform(0, 0.03))
            started = time.monotonic()
            merge = subprocess.Popen(
                ["git", "merge", "-q", "--no-edit", f"b{n}"],
                cwd=root,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            if not first:
                time.sleep(rng.uniform(0, span))
                worker.stdin.write(note)
                worker.stdin.flush()
            code = int(worker.stdout.readline().split()[1])
            _, err = merge.communicate(timeout=60)
            if n == 1:
                span = max(time.monotonic() - started, 0.1)  # how long a merge takes (round 1: the note during it)
            assert "Traceback" not in err, err
            text = (root / "records/cyp" / f"{rid}.toml").read_text()
            counts["rounds"] += 1
            counts["merged"] += merge.returncode == 0
            if code == 0:
                counts["noted"] += 1
                counts["lost"] += f'note = "round {n}"' not in text
            else:
                counts["refused"] += 1
            if merge.returncode == 0:
                assert 'note = "branch side"' in text and ('note = "main side"' in text or not both), text
            else:
                assert "would be overwritten by merge" in err, err
            git(root, "add", "-A")
            git(root, "commit", "-qm", f"after round {n}", check=False)
    finally:
        worker.stdin.close()
        worker.wait(timeout=60)
    errors = worker.stderr.read() if worker.stderr else ""
    assert "Traceback" not in errors, errors
    refusals = [line for line in errors.splitlines() if line.startswith("Error: ")]
    assert len(refusals) == counts["refused"], (counts, refusals)
    assert all(GIT_BUSY in line for line in refusals), refusals
    return counts


@pytest.fixture
def driver_repo(git_repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}:/usr/bin:/bin")
    invoke("git-setup")
    git(git_repo, "add", "-A")
    git(git_repo, "commit", "-qm", "git-setup")
    return git_repo


@pytest.mark.parametrize("both", [True, False], ids=["merged-by-the-driver", "changed-on-one-branch"])
def test_a_note_during_a_merge_of_its_record_is_never_lost(driver_repo: Path, both: bool) -> None:
    """`git merge` while `scrutrack note` changes a record the merge changes too: every note that
    said it was added is in the file, and so is the merge (before: 5 of 40 notes lost). Half the
    rounds fire the note just before the merge: git looks at the work tree, then writes the
    merge's result trusting what it saw, and a note written in between was lost."""
    rounds, seconds = (100, 300.0) if THOROUGH else (4, 6.0)
    counts = _merge_and_note(driver_repo, rounds, seconds, both)
    print(counts)
    assert counts["lost"] == 0, counts
    assert counts["rounds"] >= min(rounds, 2), counts
