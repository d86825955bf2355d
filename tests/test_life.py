"""A recommendation's whole life through the CLI, each step a small append-only git diff."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Invoke

RID = "cyp-2019-03-12-1"
CHANGEABLE = ("status", "referred", "response_due", "due", "review", "addressed_to")


def _diff(repo: Path) -> tuple[list[str], list[str]]:
    out = subprocess.run(
        ["git", "diff", "-U0", "--", "records"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout
    subprocess.run(["git", "commit", "-qam", "step"], cwd=repo, check=True)
    lines = [line for line in out.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    return [line[1:] for line in lines if line[0] == "-"], [line[1:] for line in lines if line[0] == "+"]


def test_a_recommendations_life(git_repo: Path, invoke: Invoke) -> None:
    repo = git_repo
    rid = invoke(
        "add",
        "--committee",
        "cyp",
        "--meeting",
        "2019-03-12",
        "--item",
        "Early Help",
        "--text",
        "That the Cabinet Member report on early help take-up.",
        "--addressed-to",
        "Cabinet",
    ).stdout.strip()
    assert rid == RID
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-qm", "add"], cwd=repo, check=True)
    (repo / "evidence").mkdir()
    (repo / "evidence" / "minutes.txt").write_text("Minute 12: signed off.\n")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-qm", "evidence file"], cwd=repo, check=True)
    steps = [
        ["refer", rid, "--date", "2019-03-20"],
        ["respond", rid, "--outcome", "accepted", "--text", "Agreed.", "--due", "2019-09-30", "--date", "2019-05-10"],
        ["evidence", rid, "https://example.org/early-help.pdf", "--title", "Take-up report", "--date", "2019-06-01"],
        ["due", rid, "2019-12-31", "--reason", "Data system delayed", "--date", "2019-07-01"],
        ["status", rid, "in-progress", "--date", "2019-07-02"],
        ["status", rid, "implemented", "--date", "2019-11-01"],
        ["status", rid, "closed", "--note", "Signed off at 12 Nov 2019 meeting, minute 12", "--date", "2019-11-12"],
    ]
    for step in steps:
        invoke(*step)
        removed, added = _diff(repo)
        # Only lines that the step set are removed (replaced); the rest is appended.
        assert all(line.split(" = ")[0] in CHANGEABLE for line in removed), (step, removed)
        assert len(removed) <= 3, (step, removed)
        assert "[[history]]" in added, step
        assert len(added) <= 18, (step, added)
    show = invoke("show", rid).stdout
    assert "originally 2019-09-30; moved 1 time" in show
    assert "closed" in show
    assert invoke("check").exit_code == 0
    # The history answers for the past: on 2019-08-01 it was in progress and due 2019-12-31.
    assert "Nothing is overdue" in invoke("overdue", "--as-of", "2019-08-01").stdout
    assert "implementation" in invoke("overdue", "--as-of", "2019-10-15", "--within", "90").stdout


def test_by_defaults_to_git_user(git_repo: Path, invoke: Invoke) -> None:
    invoke("add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", "A recommendation.")
    invoke("refer", "cyp-2019-03-12-1", "--date", "2019-03-20")
    text = (git_repo / "records/cyp/cyp-2019-03-12-1.toml").read_text()
    assert 'by = "Test Officer"' in text


def _no_git_name(tmp_path: Path, user: str) -> dict[str, str]:
    """The environment of an officer whose git has no user.name (no global or system config)."""
    empty = tmp_path / "gitconfig"
    empty.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return {**env, "GIT_CONFIG_GLOBAL": str(empty), "GIT_CONFIG_NOSYSTEM": "1", "USER": user, "LOGNAME": user}


def _refer(repo: Path, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "scrutrack"
    run = subprocess.run
    run(
        [str(exe), "add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", "A."],
        cwd=repo,
        env=env,
        check=True,
    )
    return run(
        [str(exe), "refer", "cyp-2019-03-12-1", "--date", "2019-03-20", *extra],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


def test_without_a_git_name_by_is_the_systems_full_name(repo: Path, tmp_path: Path) -> None:
    import pwd

    entry = next(
        (p for p in pwd.getpwall() if p.pw_gecos.split(",")[0].strip() not in ("", p.pw_name)),
        None,
    )
    if entry is None:
        pytest.skip("no account on this system has a full name")
    full = entry.pw_gecos.split(",")[0].strip()
    result = _refer(repo, _no_git_name(tmp_path, entry.pw_name))
    assert "Warning" not in result.stderr
    assert f'by = "{full}"' in (repo / "records/cyp/cyp-2019-03-12-1.toml").read_text()


def test_with_no_name_anywhere_the_change_is_saved_and_the_fix_is_said_once(repo: Path, tmp_path: Path) -> None:
    result = _refer(repo, _no_git_name(tmp_path, "no-such-officer"))
    warning = (
        "Warning: history entries are saved without who made them (no git user.name, and no full name for you "
        'on this system); set it once with `git config --global user.name "Your Name"`, or give --by NAME\n'
    )
    assert result.stderr == warning + "cyp-2019-03-12-1: referred on 2019-03-20; response due 2019-05-20\n"
    text = (repo / "records/cyp/cyp-2019-03-12-1.toml").read_text()
    assert "by = " not in text and 'event = "referred"' in text
    # --by says who, and there is nothing to warn about.
    again = subprocess.run(
        [str(Path(sys.executable).parent / "scrutrack"), "note", "cyp-2019-03-12-1", "Chased", "--by", "Clerk"],
        cwd=repo,
        env=_no_git_name(tmp_path, "no-such-officer"),
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Warning" not in again.stderr and 'by = "Clerk"' in (repo / "records/cyp/cyp-2019-03-12-1.toml").read_text()
