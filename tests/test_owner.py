"""Owners change (restructures, leavers): `assign` and `edit` leave history entries that `show`, `check` and `changes` read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot
from helpers import editor, in_status, put

RID = "cyp-2019-01-10-1"
REL = f"records/cyp/{RID}.toml"


def test_assign_records_who_was_responsible_when(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("accepted").with_changes(owner="Head of Early Help"))
    result = invoke(
        "assign", RID, "Director of Children's Services", "--date", "2019-04-01", "--by", "Scrutiny Officer",
        "--note", "Service restructure",
    )  # fmt: skip
    assert result.stderr == f"{RID}: owner Director of Children's Services (2019-04-01)\n"
    text = (repo / REL).read_text(encoding="utf-8")
    assert 'owner = "Director of Children\'s Services"\n' in text
    assert text.endswith(
        '\n[[history]]\ndate = 2019-04-01\nevent = "owner-changed"\nby = "Scrutiny Officer"\n'
        'from = "Head of Early Help"\nowner = "Director of Children\'s Services"\nnote = "Service restructure"\n'
    )
    invoke("check")
    invoke("fmt", "--check")
    show = invoke("show", RID).stdout
    assert "owner-changed" in show and "Owner: Head of Early Help → Director of Children's Services" in show
    history = json.loads(invoke("show", RID, "--format", "json").stdout)["history"]
    assert history[-1]["from"] == "Head of Early Help" and history[-1]["owner"] == "Director of Children's Services"


@pytest.mark.parametrize(
    ("status", "owner", "message"),
    [
        ("accepted", "  ", "the new owner is empty"),
        ("closed", "Someone Else", f"{RID} is 'closed' (final); its owner cannot change"),
    ],
)
def test_assign_refusals_write_nothing(repo: Path, invoke: Invoke, status: str, owner: str, message: str) -> None:
    put(repo, in_status(status).with_changes(owner="Head of Early Help"))
    before = files_snapshot(repo)
    err = invoke("assign", RID, owner, code=1).stderr
    assert err.startswith("Error: ") and message in err
    assert files_snapshot(repo) == before


def test_assigning_the_owner_it_has_writes_nothing_and_is_no_error(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("accepted").with_changes(owner="Head of Early Help"))
    before = files_snapshot(repo)
    err = invoke("assign", RID, "Head of Early Help").stderr
    assert err == f"{RID}: already owned by Head of Early Help; nothing was written\n"
    assert files_snapshot(repo) == before


def test_edit_names_the_fields_it_changed_in_one_history_entry(
    repo: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    put(repo, in_status("referred").with_changes(owner="Head of Early Help"))
    monkeypatch.setenv("EDITOR", editor(tmp_path, 'owner = "Head of Early Help"', 'item = "Early help"\nowner = "Bob"'))
    invoke("edit", RID, "--date", "2019-03-01", "--by", "Clerk", "--note", "Owner and item from the minutes")
    text = (repo / REL).read_text(encoding="utf-8")
    assert text.endswith(
        '\n[[history]]\ndate = 2019-03-01\nevent = "edited"\nby = "Clerk"\nfields = ["item", "owner"]\n'
        'note = "Owner and item from the minutes"\n'
    )
    invoke("check")
    assert "Changed: Item, Owner" in invoke("show", RID).stdout
    # Nothing changed: nothing written, no entry.
    monkeypatch.setenv("EDITOR", editor(tmp_path, "nothing", "to replace"))
    before = files_snapshot(repo)
    assert "no change" in invoke("edit", RID).stderr
    assert files_snapshot(repo) == before


def test_edit_refuses_a_date_before_the_history_before_opening_the_editor(
    repo: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    put(repo, in_status("referred"))
    opened = tmp_path / "opened"
    monkeypatch.setenv("EDITOR", f"{sys.executable} -c \"open(r'{opened}', 'w')\"")
    err = invoke("edit", RID, "--date", "2019-01-11", code=1).stderr
    assert "give --date 2019-01-13 or later" in err
    assert not opened.exists()


def test_check_names_the_command_that_makes_a_hand_set_owner_valid(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("accepted").with_changes(owner="Alice"))
    invoke("assign", RID, "Bob", "--date", "2019-04-01")
    path = repo / REL
    path.write_text(path.read_text(encoding="utf-8").replace('owner = "Bob"', 'owner = "Carol"', 1), encoding="utf-8")
    out = invoke("check", code=1).stdout
    hint = f'run `scrutrack assign {RID} "Carol"` to keep it, or write owner = "Bob"'
    assert f'{REL}:7: \'owner\' is "Carol" but the history last set it to "Bob"; {hint}' in out
    invoke("assign", RID, "Carol", "--date", "2019-04-02")  # the command check named
    assert "The 1 record is valid." in invoke("check").stdout


def test_history_entries_of_the_new_events_are_checked(repo: Path, invoke: Invoke) -> None:
    path = put(repo, in_status("referred"))
    good = path.read_text(encoding="utf-8")
    for bad, message in (
        ('event = "owner-changed"\nfrom = 2019-01-01\nowner = "Bob"', "'from' must be a string"),
        ('event = "owner-changed"\nfrom = "Alice"', "needs 'owner'"),
        ('event = "edited"\nfields = ["colour"]', "'fields' must list the fields the edit changed"),
        ('event = "edited"\nfields = []', "'fields' must list the fields the edit changed"),
        ('event = "edited"', "needs 'fields'"),
    ):
        path.write_text(good + f"\n[[history]]\ndate = 2019-03-01\n{bad}\n", encoding="utf-8")
        assert message in invoke("check", code=1).stdout, bad


def test_changes_shows_owner_moves_and_dated_edits(git_repo: Path, invoke: Invoke) -> None:
    put(git_repo, in_status("accepted").with_changes(owner="Alice"))
    subprocess.run(["git", "add", "-A"], cwd=git_repo, check=True)
    subprocess.run(["git", "commit", "-qm", "record"], cwd=git_repo, check=True)
    invoke("assign", RID, "Bob", "--date", "2019-04-01", "--by", "Officer", "--note", "Alice left")
    data = json.loads(invoke("changes", "--format", "json").stdout)
    (event,) = data["records"][0]["events"]
    assert event["kind"] == "owner" and (event["from"], event["to"], event["by"]) == ("Alice", "Bob", "Officer")
    assert event["summary"] == "Alice → Bob on 2019-04-01 (by Officer): Alice left"
    assert data["summary"] == {"owner": 1}
    table = invoke("changes").stdout
    assert "1 record changed: 1 owner changed." in table
