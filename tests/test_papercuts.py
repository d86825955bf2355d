"""The officer's papercuts of issue 21, each through the CLI: first contact, forgiving input, one error
style, dates, repeated steps, several records at once, and `edit` that keeps the officer's work."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot
from helpers import in_status, new_record, put

RID = "cyp-2019-01-10-1"
REL = f"records/cyp/{RID}.toml"


def git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


# ------------------------------------------------------------------------------ first contact


def test_init_starts_git_and_registers_the_merge_driver(
    tmp_path: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    err = invoke("init", "council", "--committee", "cyp", "--name", "Children").stderr
    root = tmp_path / "council"
    assert f"Started a git repository in {root}" in err
    assert "Merge driver registered in the git config:" in err
    assert git(root, "config", "--get", "merge.scrutrack.driver").stdout.strip().endswith("merge-driver %O %A %B %P")
    assert (root / ".gitattributes").read_text(encoding="utf-8") == "records/**/*.toml merge=scrutrack\n"


def test_init_no_git_leaves_git_alone(tmp_path: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    err = invoke("init", "council", "--committee", "cyp", "--name", "Children", "--no-git").stderr
    assert not (tmp_path / "council" / ".git").exists()
    assert "Started a git repository" not in err and "Merge driver" not in err


def test_check_warns_in_a_git_repository_without_the_driver(git_repo: Path, invoke: Invoke) -> None:
    put(git_repo, new_record(RID))
    result = invoke("check")
    assert "Warning: the merge driver is not registered in this clone" in result.stderr
    assert "run `scrutrack git-setup` once" in result.stderr


def test_check_is_quiet_about_git_outside_git(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record(RID))
    assert invoke("check").stderr == ""


# ---------------------------------------------------------------------------- forgiving input


@pytest.mark.parametrize("given", [RID.upper(), f"{RID}.toml", REL, f"./{REL}", "CYP-2019-01", f"  {RID}  "])
def test_an_id_in_capitals_with_toml_or_as_its_path(repo: Path, invoke: Invoke, given: str) -> None:
    put(repo, new_record(RID))
    assert json.loads(invoke("show", given, "--format", "json").stdout)["id"] == RID
    assert invoke("note", given, "Chased", "--date", "2019-02-01").stderr.startswith(RID)


@pytest.mark.parametrize(
    ("word", "status"), [("Referred", None), ("Withdrawn", "withdrawn"), ("WITHDRAWN", "withdrawn")]
)
def test_status_words_in_any_case(repo: Path, invoke: Invoke, word: str, status: str | None) -> None:
    put(repo, in_status("accepted"))
    if status is None:  # the right word, in capitals: it is named, and the command that makes it
        assert "use `scrutrack refer" in invoke("status", RID, word, "--note", "x", code=1).stderr
        return
    invoke("status", RID, word, "--note", "no longer needed", "--date", "2019-06-01")
    assert json.loads(invoke("show", RID, "--format", "json").stdout)["status"] == status


@pytest.mark.parametrize("word", ["done", "Complete", "COMPLETED"])
def test_a_trackers_word_for_a_status_is_understood(repo: Path, invoke: Invoke, word: str) -> None:
    record = in_status("in-progress")
    put(repo, record)
    invoke("evidence", RID, "https://example.org/r.pdf", "--date", "2019-06-01")
    invoke("status", RID, word, "--date", "2019-06-01")
    assert json.loads(invoke("show", RID, "--format", "json").stdout)["status"] == "implemented"
    assert "cyp-2019-01-10-1" in invoke("list", "--status", "Implemented").stdout


@pytest.mark.parametrize(
    ("word", "outcome"), [("Accepted", "accepted"), ("partly", "accepted-in-part"), ("Declined", "rejected")]
)
def test_outcome_words_in_any_case_and_the_trackers(repo: Path, invoke: Invoke, word: str, outcome: str) -> None:
    put(repo, in_status("referred"))
    invoke("respond", RID, "--outcome", word, "--text", "Our answer.", "--date", "2019-02-20")
    assert json.loads(invoke("show", RID, "--format", "json").stdout)["response"]["outcome"] == outcome


def test_an_unknown_status_word_says_what_would_do(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("accepted"))
    err = invoke("status", RID, "parked", code=1).stderr
    assert err.startswith("Error: status 'parked' is not one of: agreed, referred") and "e.g. done, ongoing" in err


def test_a_committee_in_another_case_is_that_committee(repo: Path, invoke: Invoke) -> None:
    rid = invoke("add", "--committee", "HSC", "--meeting", "2019-03-12", "--text", "That X.").stdout.strip()
    assert rid == "hsc-2019-03-12-1"
    assert rid in invoke("list", "--committee", "Hsc").stdout


def test_a_slip_in_a_committee_says_which_one_was_meant(repo: Path, invoke: Invoke) -> None:
    err = invoke("add", "--committee", "hcs", "--meeting", "2019-03-12", "--text", "That X.", code=1).stderr
    assert (
        err
        == "Error: unknown committee 'hcs'; did you mean 'hsc'? known: cyp, hsc (add it with `scrutrack committee add hcs --name NAME`)\n"
    )


# ------------------------------------------------------------------------------ repeated steps


@pytest.mark.parametrize(
    ("status", "args", "said"),
    [
        ("agreed", ("refer", RID, "--date", "2019-10-10"), "already referred (response due 2019-12-10) on 2019-10-10"),
        (
            "referred",
            ("respond", RID, "--outcome", "accepted", "--text", "Yes.", "--date", "2019-10-10"),
            "already accepted (accepted) on 2019-10-10",
        ),
        ("accepted", ("status", RID, "in-progress", "--date", "2019-10-10"), "already in-progress on 2019-10-10"),
        ("accepted", ("note", RID, "Chased the service", "--date", "2019-10-10"), "already noted this on 2019-10-10"),
        (
            "accepted",
            ("due", RID, "2020-01-31", "--reason", "Data late", "--date", "2019-10-10"),
            "already moved the target to 2020-01-31 on 2019-10-10",
        ),
        (
            "accepted",
            ("evidence", RID, "https://example.org/a.pdf", "--date", "2019-10-10"),
            "already links https://example.org/a.pdf",
        ),
        ("accepted", ("review", RID, "2020-03-01", "--date", "2019-10-10"), "already has review 2020-03-01"),
        ("accepted", ("assign", RID, "Head of Service", "--date", "2019-10-10"), "already owned by Head of Service"),
    ],
)
def test_a_step_given_twice_is_recorded_once(
    repo: Path, invoke: Invoke, status: str, args: tuple[str, ...], said: str
) -> None:
    put(repo, in_status(status))
    invoke(*args)
    once = files_snapshot(repo)
    again = invoke(*args)  # exit 0
    assert said in again.stderr and "nothing was written" in again.stderr and not again.stderr.startswith("Error")
    assert files_snapshot(repo) == once


def test_the_same_step_on_another_day_is_a_new_step(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("accepted"))
    invoke("note", RID, "Chased the service", "--date", "2019-10-10")
    invoke("note", RID, "Chased the service", "--date", "2019-10-11")
    notes = [h for h in json.loads(invoke("show", RID, "--format", "json").stdout)["history"] if h["event"] == "note"]
    assert [h["date"] for h in notes] == ["2019-10-10", "2019-10-11"]


# ------------------------------------------------------------------------------------- dates


def test_a_step_dated_after_today_is_refused_unless_future(repo: Path, invoke: Invoke) -> None:
    import datetime as dt

    put(repo, in_status("accepted"))
    before = files_snapshot(repo)
    later = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    for args in (("note", RID, "Chased"), ("status", RID, "in-progress"), ("due", RID, "2031-01-01", "--reason", "x")):
        err = invoke(*args, "--date", "2030-01-01", code=1).stderr
        assert err.startswith("Error: --date 2030-01-01 is after today") and "--future" in err
    assert files_snapshot(repo) == before
    invoke("note", RID, "A visit is booked", "--date", later, "--future")  # said in advance, on purpose
    # Plans are future by nature: a target, a review, a response due.
    invoke("due", RID, "2031-01-01", "--reason", "A long programme", "--date", later, "--future")
    invoke("review", RID, "2031-06-01", "--date", later, "--future")


def test_a_meeting_more_than_a_year_ahead_asks_for_future(repo: Path, invoke: Invoke) -> None:
    err = invoke("add", "--committee", "cyp", "--meeting", "2091-01-14", "--text", "That X.", code=1).stderr
    assert err.startswith("Error: --meeting 2091-01-14 is more than a year ahead") and "--future" in err
    assert not list((repo / "records").rglob("*.toml"))
    assert invoke("add", "--committee", "cyp", "--meeting", "2091-01-14", "--text", "That X.", "--future").stdout


def test_a_record_stuck_behind_a_mistyped_future_date_is_freed_by_one_edit(
    repo: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note dated 2030 by mistake (before --future existed, or with it): every later step is
    refused; `scrutrack edit` corrects the date and says so in an `edited` entry."""
    from helpers import editor

    from scrutrack import lifecycle as lc

    put(repo, lc.add_note(in_status("accepted"), __import__("datetime").date(2030, 1, 1), "Chased"))
    assert "is before its last history entry (2030-01-01)" in invoke("note", RID, "Again", code=1).stderr
    monkeypatch.setenv("EDITOR", editor(tmp_path, "date = 2030-01-01", "date = 2019-02-20"))
    invoke("edit", RID, "--by", "Clerk")
    history = json.loads(invoke("show", RID, "--format", "json").stdout)["history"]
    assert history[-2]["date"] == "2019-02-20" and history[-1]["event"] == "edited"
    assert history[-1]["fields"] == ["history"]
    assert "date 2030-01-01 → 2019-02-20" in history[-1]["note"]
    invoke("note", RID, "Again")  # free again (dated today, after the edit)
    invoke("check")


# ------------------------------------------------------------------------------ edit --resume


def test_a_failed_edit_is_kept_and_resume_reopens_it(
    repo: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers import editor

    put(repo, in_status("accepted").with_changes(item="Early help"))
    before = files_snapshot(repo)
    monkeypatch.setenv(
        "EDITOR", editor(tmp_path, 'item = "Early help"', 'item = "Early help, phase 2"\ndue = 17/09/2019')
    )
    err = invoke("edit", RID, code=1).stderr
    assert f"`scrutrack edit {RID} --resume` reopens it" in err
    assert "dates are written year-month-day, without quotes: due = 2019-09-17" in err
    assert files_snapshot(repo) == before
    # Resumed: the officer's text comes back (the item they typed), and only the date needs mending.
    monkeypatch.setenv("EDITOR", editor(tmp_path, "due = 17/09/2019\n", ""))
    invoke("edit", RID, "--resume", "--date", "2019-03-01")
    shown = json.loads(invoke("show", RID, "--format", "json").stdout)
    assert shown["item"] == "Early help, phase 2" and shown["history"][-1]["fields"] == ["item"]
    assert "no edit of" in invoke("edit", RID, "--resume", code=1).stderr  # kept no longer


# ----------------------------------------------------------------------------- several at once


def _meeting(repo: Path, invoke: Invoke, n: int = 3) -> list[str]:
    return [
        invoke("add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", f"That {i} be done.").stdout.strip()
        for i in range(n)
    ]


def test_refer_a_whole_meeting(repo: Path, invoke: Invoke) -> None:
    ids = _meeting(repo, invoke)
    invoke("add", "--committee", "hsc", "--meeting", "2019-03-12", "--text", "Another committee's.")
    dry = invoke("refer", "--meeting", "2019-03-12", "--committee", "cyp", "--date", "2019-03-20", "--dry-run")
    assert "Dry run: 3 records would be referred; nothing was written" in dry.stderr
    assert all(json.loads(invoke("show", i, "--format", "json").stdout)["status"] == "agreed" for i in ids)
    err = invoke("refer", "--meeting", "2019-03-12", "--committee", "cyp", "--date", "2019-03-20").stderr
    assert "Referred: 3 records" in err
    assert all(json.loads(invoke("show", i, "--format", "json").stdout)["status"] == "referred" for i in ids)
    assert json.loads(invoke("show", "hsc-2019-03-12-1", "--format", "json").stdout)["status"] == "agreed"
    # Again: each already has it; nothing written, no error.
    again = invoke("refer", "--meeting", "2019-03-12", "--committee", "cyp", "--date", "2019-03-20").stderr
    assert again.count("already referred") == 3 and "Referred: 0 records (3 had it already)" in again


def test_several_ids_all_or_nothing(repo: Path, invoke: Invoke) -> None:
    a, b, c = _meeting(repo, invoke)
    for rid in (a, c):
        invoke("refer", rid, "--date", "2019-03-20")
        invoke("respond", rid, "--outcome", "accepted", "--text", "Yes.", "--date", "2019-04-01")
    before = files_snapshot(repo)
    err = invoke("status", a, b, c, "in-progress", "--date", "2019-04-02", code=1).stderr
    assert err.startswith("Error: 1 of 3 records cannot be moved to in-progress, so none was:\n")
    assert f"  {b} is 'agreed'; it can become: referred" in err
    assert files_snapshot(repo) == before  # a and c were not moved either
    invoke("status", a, c, "in-progress", "--date", "2019-04-02")
    assert "Noted: 3 records" in invoke("note", a, b, c, "Chased", "--date", "2019-04-02").stderr


def test_assign_and_note_take_a_meeting(repo: Path, invoke: Invoke) -> None:
    ids = _meeting(repo, invoke, 2)
    invoke("assign", "--meeting", "2019-03-12", "Head of Early Help", "--date", "2019-03-13")
    invoke("note", "--committee", "cyp", "Chased every owner", "--date", "2019-03-14")
    for rid in ids:
        shown = json.loads(invoke("show", rid, "--format", "json").stdout)
        assert shown["owner"] == "Head of Early Help" and shown["history"][-1]["note"] == "Chased every owner"


def test_a_step_without_ids_says_what_to_give(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record(RID))
    err = invoke("note", RID, code=1).stderr
    assert (
        err
        == 'Error: give the record\'s ID, then what happened: ID "TEXT" (or --meeting DATE --committee SLUG "TEXT")\n'
    )


# ------------------------------------------------------------------------------ one error style


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("lst",), "Error: no such command 'lst'; did you mean 'list'? (`scrutrack --help` lists the commands)"),
        (("respond", RID), "Error: missing option '--outcome' (`scrutrack respond --help` says what it takes)"),
        (("show",), "Error: missing argument 'RECORD_ID' (`scrutrack show --help` says what it takes)"),
        (
            ("list", "--format", "xml"),
            "Error: invalid value for '--format' / '-f': 'xml' is not one of 'table', 'json', 'csv', 'markdown' "
            "(`scrutrack list --help` says what it takes)",
        ),
        (
            ("list", "--bogus"),
            "Error: no such option '--bogus'; did you mean '--verbose'? (`scrutrack list --help` says what it takes)",
        ),
        # a value left off: Click's parser names no command, so the line finds it in what was typed
        (
            ("add", "--committee"),
            "Error: option '--committee' requires an argument (`scrutrack add --help` says what it takes)",
        ),
        (
            ("import", "minutes", "m.docx", "--meeting"),
            "Error: option '--meeting' requires an argument (`scrutrack import minutes --help` says what it takes)",
        ),
    ],
)
def test_every_usage_error_is_one_error_line_with_the_fix(
    repo: Path, invoke: Invoke, args: tuple[str, ...], line: str
) -> None:
    result = invoke(*args, code=2)
    assert result.stderr == line + "\n" and result.stdout == ""


def test_did_you_mean_is_said_once_by_the_console_script(repo: Path) -> None:
    import sys

    scrutrack = Path(sys.executable).with_name("scrutrack")
    err = subprocess.run([str(scrutrack), "lst"], capture_output=True, text=True, check=False).stderr
    assert err.count("did you mean") == 1 and err.startswith("Error: ") and len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("old", "new", "hint"),
    [
        (
            'status = "agreed"',
            'status = "agreed"\ndue = 17/09/2019',
            "dates are written year-month-day, without quotes: due = 2019-09-17",
        ),
        ('status = "agreed"', 'status = "agreed"\ndue = 17 Sept 2019', "due = 2019-09-17"),
        ('status = "agreed"', 'status = "agreed"\ndue = "17/09/2019"', "write due = 2019-09-17 (no quotes)"),
        (
            'status = "agreed"',
            'status = "agreed"\nowner = Head of Service',
            'text goes in double quotes: owner = "Head of Service"',
        ),
        (
            'status = "agreed"',
            'status = "agreed"\nowner = "Head of Service',
            'a quote is not closed: end the text of owner with "',
        ),
        (
            'status = "agreed"',
            'status = "agreed"\ndue = 2019-13-27',
            "2019-13-27 is not a real date: due = YYYY-MM-DD with two-digit month (01-12) and day",
        ),
        ('status = "agreed"', 'status = "agreed"\ndue = 2019-9-5', "2019-9-5 is not a real date"),
    ],
)
def test_a_hand_edit_that_is_not_toml_gets_a_hint_in_the_officers_words(
    repo: Path, invoke: Invoke, old: str, new: str, hint: str
) -> None:
    path = put(repo, new_record(RID))
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert hint in invoke("check", code=1).stdout
    assert hint in invoke("show", RID, code=1).stderr


def test_a_table_declared_twice_in_the_settings_is_named_as_written(repo: Path, invoke: Invoke) -> None:
    config = repo / "scrutrack.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\n[committees.cyp]\nname = "Again"\n', encoding="utf-8")
    err = invoke("list", code=1).stderr
    assert "Cannot declare [committees.cyp] twice" in err and "('committees'" not in err


def test_list_status_open_is_every_status_not_final(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("agreed", rid="cyp-2019-01-10-1"))
    put(repo, in_status("referred", rid="cyp-2019-01-10-2"))
    put(repo, in_status("closed", rid="cyp-2019-01-10-3"))
    shown = invoke("list", "--status", "Open", "--format", "json").stdout
    assert [r["id"] for r in json.loads(shown)["records"]] == ["cyp-2019-01-10-1", "cyp-2019-01-10-2"]


def test_a_final_record_says_it_is_final_before_naming_another_command(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("closed", rid=RID))
    err = invoke("status", RID, "accepted", code=1).stderr
    assert err == f"Error: {RID} is 'closed'; it can become: nothing (it is final)\n"  # not "use `scrutrack respond`"
    put(repo, in_status("agreed", rid="cyp-2019-01-10-2"))
    assert "use `scrutrack respond cyp-2019-01-10-2`" in invoke("status", "cyp-2019-01-10-2", "accepted", code=1).stderr
