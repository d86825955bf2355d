"""The edges, through the CLI: dates near 9999, git refusing a repository, ID numbers past 999,
a merge too large for a record, and lists of errors too long to read."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot
from helpers import D, in_status, new_record, put

from scrutrack import lifecycle as lc
from scrutrack.canonical import dumps


def one_error(result: object, *phrases: str) -> str:
    err: str = result.stderr  # type: ignore[attr-defined]
    assert err.startswith("Error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    for phrase in phrases:
        assert phrase in err, (phrase, err)
    return err


# --------------------------------------------------------------------------- the last date there is


def test_dates_near_9999_are_a_clear_error_never_a_traceback(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record())
    put(repo, new_record("cyp-9999-12-20-1"))
    snapshot = files_snapshot(repo)
    one_error(invoke("report", "--as-of", "9999-12-31", code=1), "--as-of 9999-12-31 is too near 9999-12-31")
    one_error(invoke("report", "--as-of", "9999-12-31", "--record", code=1), "too near 9999-12-31")
    one_error(invoke("refer", "cyp-2019-01-10-1", "--date", "9999-12-30", code=1), "--date 9999-12-30 is after today")
    future = ("--date", "9999-12-30", "--future")  # (a date after today needs --future: issue 21)
    one_error(invoke("refer", "cyp-2019-01-10-1", *future, code=1), "--date 9999-12-30 plus 2 months")
    one_error(invoke("refer", "cyp-9999-12-20-1", *future, code=1), "would be after 9999-12-31")
    assert files_snapshot(repo) == snapshot
    # What can be said about such dates is said: the report with the next meeting given, overdue at
    # the very end (a meeting too late to have a referral date in the calendar is never due).
    for fmt in ("markdown", "html", "docx"):
        invoke("report", "--as-of", "9999-10-01", "--since", "9999-01-01", "--format", fmt, "-o", f"r.{fmt}")
    assert "not referred" in invoke("overdue", "--as-of", "9999-12-31").stdout
    invoke("overdue", "--as-of", "9999-12-31", "--within", "30", "--format", "json")
    invoke("report", "--as-of", "9999-10-01", "--since", "9999-01-01", "--next-meeting", "9999-12-31", "--record")
    one_error(invoke("report", "--as-of", "9999-12-31", "--next-meeting", "9999-12-31", code=1), "is not after")


def test_an_imported_referral_near_9999_names_its_row(repo: Path, invoke: Invoke) -> None:
    (repo / "t.csv").write_text(
        "Meeting,Recommendation,Status,Referred\n10/01/2019,That officers report.,Referred,30/12/9999\n",
        encoding="utf-8",
    )
    err = invoke("import", "csv", "t.csv", "--committee", "cyp", code=1).stderr
    assert "row 2" in err and "the referral date 9999-12-30 plus 2 months would be after 9999-12-31" in err, err
    assert not list((repo / "records").rglob("*.toml"))


# ------------------------------------------------------------------------------ git refuses


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root, to give the repository away")
def test_a_repository_git_calls_dubious_is_named_with_gits_own_fix(
    git_repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """In a CI container the checkout often belongs to another user: git refuses it, and scrutrack
    used to say `not in a git repository; run git init`."""
    empty = tmp_path / "gitconfig"
    empty.write_text("")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))  # no safe.directory from this machine's own
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for path in (git_repo, *git_repo.rglob("*")):
        os.lchown(path, 65534, 65534)
    fix = f"git config --global --add safe.directory {git_repo}"
    for args in (("changes",), ("check", "--base", "HEAD"), ("git-setup",)):
        one_error(invoke(*args, code=1), "dubious ownership", fix, "belongs to another user")
    subprocess.run(["git", "config", "--global", "--add", "safe.directory", str(git_repo)], check=True)
    invoke("changes")  # the fix it names works


# ---------------------------------------------------------------------------------- ID numbers


def test_imports_and_add_keep_to_one_id_number_limit(repo: Path, invoke: Invoke) -> None:
    """An import numbered rows past 999, which `add --number` refused; now neither goes past 999."""
    rows = ["ID,Meeting,Recommendation"] + [
        f"cyp-2019-03-12-{n},12/03/2019,That item {n} be reported." for n in (998, 999, 1000)
    ]
    (repo / "t.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    err = invoke("import", "csv", "t.csv", "--committee", "cyp", code=1).stderr
    assert "t.csv row 4: the ID cyp-2019-03-12-1000: 1000 is not a number within the meeting; give 1 to 999" in err
    assert not list((repo / "records").rglob("*.toml"))
    (repo / "t.csv").write_text("\n".join(rows[:3]) + "\n", encoding="utf-8")
    invoke("import", "csv", "t.csv", "--committee", "cyp")
    one_error(
        invoke("add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", "That a.", code=1),
        "has reached number 999, the most one meeting may have",
    )
    one_error(
        invoke("add", "--committee", "cyp", "--meeting", "2019-03-12", "--number", "1000", "--text", "That a.", code=1),
        "--number 1000 is not a number within the meeting; give 1 to 999",
    )


def test_minutes_whose_typed_list_runs_past_999_points_are_one_clear_error(repo: Path, invoke: Invoke) -> None:
    """Point 1000 is read as a point (never glued to 999 or dropped), so the meeting's limit names it;
    a year at the start of a wrapped line ('2025. ...') is text, never a list's number."""
    points = "\n".join(f"({n}) that grant {n} be paid;" for n in range(1, 1002))
    minutes = repo / "grants.txt"
    minutes.write_text(f"Minutes of the Grants Panel held on 4 June 2024\n\nRESOLVED:\n\n{points}\n", encoding="utf-8")
    one_error(
        invoke("import", "minutes", "grants.txt", "--committee", "cyp", code=1),
        "has more than 999 recommendations for the meeting of 2024-06-04",
    )
    assert not list((repo / "records").rglob("*.toml"))
    minutes.write_text(
        "Minutes of the Grants Panel held on 4 June 2024\n\nRESOLVED:\n\n(1) that grant 1 be paid;\n"
        "(2) that the scheme close at the end of March\n2025. The Panel thanked the officers.\n",
        encoding="utf-8",
    )
    out = invoke("import", "minutes", "grants.txt", "--committee", "cyp", "--dry-run").stdout
    assert "close at the end of March 2025." in " ".join(out.split()), out


# --------------------------------------------------------------------- a merge too big for a record


def test_a_merge_over_the_record_size_limit_is_a_conflict_not_a_record(
    repo: Path, invoke: Invoke, tmp_path: Path
) -> None:
    base = in_status("referred")
    long = "x" * 600_000
    ours = lc.add_note(base, D(2019, 2, 1), "ours " + long)
    theirs = lc.add_note(base, D(2019, 2, 2), "theirs " + long)
    files = []
    for name, record in (("base", base), ("ours", ours), ("theirs", theirs)):
        path = tmp_path / f"{name}.toml"
        path.write_text(dumps(record), encoding="utf-8")
        files.append(str(path))
    assert all(Path(f).stat().st_size < 1_000_000 for f in files)  # each side is a record
    result = invoke("merge-driver", *files, "records/cyp/cyp-2019-01-10-1.toml", code=1)
    assert "the merged record would be 1.2 MB, over the 1.0 MB a record may hold" in result.stderr, result.stderr
    merged = Path(files[1]).read_text(encoding="utf-8")
    assert "<<<<<<< this branch" in merged and ">>>>>>> the other branch" in merged
    from test_merge import keep

    for side, record in (("this", ours), ("other", theirs)):
        assert keep(merged, side) == dumps(record)  # keeping either side gives that side's record


# ---------------------------------------------------------------------------- long lists of errors


def test_a_csv_with_thousands_of_bad_rows_lists_fifty_and_counts_the_rest(repo: Path, invoke: Invoke) -> None:
    rows = ["Meeting,Recommendation,Status"] + [
        f"not a date {n},That item {n} be reported.,Agreed" for n in range(10_000)
    ]
    (repo / "bad.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    err = invoke("import", "csv", "bad.csv", "--committee", "cyp", code=1).stderr
    lines = err.splitlines()
    assert len(lines) <= 53, len(lines)
    assert "10000 problems" in lines[0] and "... and 9950 more problems" in err and "nothing was imported" in lines[-1]


def test_list_names_fifty_broken_files_and_counts_the_rest(repo: Path, invoke: Invoke) -> None:
    folder = repo / "records" / "cyp"
    folder.mkdir()
    for n in range(1, 121):
        (folder / f"cyp-2019-01-10-{n}.toml").write_text("not = [toml\n", encoding="utf-8")
    err = invoke("list", code=1).stderr
    assert len(err.splitlines()) <= 53 and "... and 70 more problems" in err and "120 files with problems" in err, err
    assert "records/cyp/cyp-2019-01-10-1.toml" in err
    assert invoke("check", code=1).stdout.count("TOML syntax") == 120  # check still names every one


# ------------------------------------------------------------------------------------------ cleanup


@pytest.fixture(autouse=True)
def _writable(tmp_path: Path) -> object:
    """Give back what the dubious-ownership test gave away, so that tmp_path can be removed."""
    yield
    if hasattr(os, "getuid") and os.getuid() == 0:
        for path in (tmp_path, *tmp_path.rglob("*")):
            with __import__("contextlib").suppress(OSError):
                os.lchown(path, 0, 0)
    shutil.rmtree(tmp_path, ignore_errors=True)
