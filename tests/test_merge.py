"""The record merge: pure three-way merges, the driver command, and real `git merge` with the driver set up."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from conftest import Invoke
from helpers import in_status, new_record, put

from scrutrack import lifecycle as lc
from scrutrack.canonical import dumps
from scrutrack.merge import OURS, SEP, THEIRS, Unreadable, merge_texts, merged_record
from scrutrack.model import Record
from scrutrack.store import parse_text

D = dt.date
RID = "cyp-2019-01-10-1"
REL = f"records/cyp/{RID}.toml"
SCRUTRACK = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "scrutrack"


def _merge(base: Record | str, ours: Record | str, theirs: Record | str) -> tuple[str, list[str]]:
    texts = [r if isinstance(r, str) else dumps(r) for r in (base, ours, theirs)]
    result = merge_texts(texts[0], texts[1], texts[2], REL)
    return result.text, result.conflicts


# ------------------------------------------------------------------------------ pure


def test_response_on_one_side_and_evidence_on_the_other_keeps_both() -> None:
    base = in_status("referred")
    ours = lc.respond(base, D(2019, 2, 1), "accepted", "Agreed.\n", due=D(2019, 6, 30))
    theirs = lc.add_evidence(base, D(2019, 1, 25), "Report", url="https://example.org/r.pdf")
    text, conflicts = _merge(base, ours, theirs)
    assert conflicts == []
    record, problems = parse_text(REL, text)
    assert record is not None and problems == []
    assert [h.event for h in record.history] == ["agreed", "referred", "evidence-added", "accepted"]
    assert record.status == "accepted" and record.due == D(2019, 6, 30)
    assert [e.title for e in record.evidence] == ["Report"]
    assert dumps(record) == text  # canonical
    assert lc.history_problems(record) == []


def test_entries_on_the_same_date_put_ours_first_and_identical_ones_once() -> None:
    base = in_status("accepted")
    day = D(2019, 3, 1)
    shared = lc.add_note(base, day, "Chased the service.")
    ours = lc.add_note(shared, day, "Ours.")
    theirs = lc.add_note(shared, day, "Theirs.")
    record = merged_record(merge_texts(dumps(base), dumps(ours), dumps(theirs), REL), REL)
    assert record is not None
    assert [h.note for h in record.history[-3:]] == ["Chased the service.", "Ours.", "Theirs."]


@pytest.mark.parametrize("twice_on", ["ours", "theirs"])
def test_an_entry_added_twice_on_one_side_is_kept_twice_whichever_side(twice_on: str) -> None:
    """Two identical chases on one side are two events; the same chase on both sides is one."""
    base = in_status("accepted")
    day = D(2019, 3, 1)
    once = lc.add_note(base, day, "Chased the service.")
    twice = lc.add_note(once, day, "Chased the service.")
    ours, theirs = (twice, once) if twice_on == "ours" else (once, twice)
    record = merged_record(merge_texts(dumps(base), dumps(ours), dumps(theirs), REL), REL)
    assert record is not None
    assert [h.note for h in record.history[len(base.history) :]] == ["Chased the service."] * 2


def test_entries_from_both_sides_are_in_date_order() -> None:
    base = in_status("in-progress")
    ours = lc.add_note(base, D(2019, 5, 10), "late note")
    theirs = lc.add_note(lc.add_note(base, D(2019, 5, 1), "early"), D(2019, 5, 20), "later still")
    record = merged_record(merge_texts(dumps(base), dumps(ours), dumps(theirs), REL), REL)
    assert record is not None
    assert [h.note for h in record.history[-3:]] == ["early", "late note", "later still"]


def test_a_field_changed_on_one_side_takes_that_side_and_same_change_is_fine() -> None:
    base = new_record(RID)
    ours = base.with_changes(owner="Director of Children's Services", item="Budget")
    theirs = base.with_changes(item="Budget")
    record = merged_record(merge_texts(dumps(base), dumps(ours), dumps(theirs), REL), REL)
    assert record is not None and record.owner == "Director of Children's Services" and record.item == "Budget"


def test_a_field_changed_to_different_values_is_a_conflict_in_git_style() -> None:
    base = new_record(RID, owner="Alice")
    text, conflicts = _merge(base, base.with_changes(owner="Bob"), base.with_changes(owner="Carol"))
    assert conflicts == [f'{RID}: both sides changed \'owner\' (ours: "Bob"; theirs: "Carol")']
    assert f'{OURS}\nowner = "Bob"\n{SEP}\nowner = "Carol"\n{THEIRS}\n' in text
    assert text.count(OURS) == 1


def test_a_field_added_on_one_side_and_set_differently_on_the_other() -> None:
    base = new_record(RID)
    text, conflicts = _merge(base, base.with_changes(owner="Bob"), base.with_changes(owner="Carol"))
    assert "'owner'" in conflicts[0]
    text, conflicts = _merge(base, base.with_changes(item="X"), base)
    assert conflicts == [] and 'item = "X"' in text


def test_different_status_moves_are_a_conflict() -> None:
    base = in_status("referred")
    ours = lc.respond(base, D(2019, 2, 1), "accepted", "Agreed.\n")
    theirs = lc.respond(base, D(2019, 2, 1), "rejected", "No.\n")
    text, conflicts = _merge(base, ours, theirs)
    assert any("'status'" in c for c in conflicts)
    assert f'{OURS}\nstatus = "accepted"\n{SEP}\nstatus = "rejected"\n{THEIRS}' in text


def test_moves_that_do_not_combine_into_a_legal_history_are_a_conflict() -> None:
    base = in_status("referred")
    ours = lc.respond(base, D(2019, 2, 1), "accepted", "Agreed.\n")
    theirs = lc.refer(base, D(2019, 2, 5), D(2019, 4, 5), note="chased")  # a later re-referral
    text, conflicts = _merge(base, ours, theirs)
    assert len(conflicts) == 1 and "do not combine" in conflicts[0] and "lifecycle does not allow" in conflicts[0]
    assert OURS in text


def test_an_edited_base_entry_is_a_conflict() -> None:
    base = in_status("referred")
    edited = dumps(base).replace('event = "agreed"', 'event = "agreed"\nnote = "rewritten"')
    ours = lc.add_note(base, D(2019, 3, 1), "new")
    _, conflicts = _merge(base, ours, edited)
    assert conflicts == [f"{RID}: theirs changed history entry 1; history is append-only, so resolve by hand"]


def test_both_sides_adding_the_same_record_with_no_base() -> None:
    rec = new_record(RID)
    result = merge_texts("", dumps(rec), dumps(rec), REL)
    assert result.clean and result.text == dumps(rec)
    result = merge_texts(None, dumps(rec), dumps(rec.with_changes(text="Something else.\n")), REL)
    assert not result.clean and "'text'" in result.conflicts[0]


def test_a_side_that_is_not_a_record_raises_unreadable() -> None:
    rec = new_record(RID)
    with pytest.raises(Unreadable, match="theirs side"):
        merge_texts(dumps(rec), dumps(rec), "this is = not [toml", REL)


# -------------------------------------------------------------------- the driver command


def _write3(tmp_path: Path, base: bytes, ours: bytes, theirs: bytes) -> tuple[Path, Path, Path]:
    paths = (tmp_path / "O", tmp_path / "A", tmp_path / "B")
    for p, data in zip(paths, (base, ours, theirs), strict=True):
        p.write_bytes(data)
    return paths


def test_driver_writes_the_merge_into_ours(tmp_path: Path, invoke: Invoke) -> None:
    base = in_status("referred")
    theirs = lc.add_note(base, D(2019, 3, 1), "theirs")
    o, a, b = _write3(tmp_path, dumps(base).encode(), dumps(base).encode(), dumps(theirs).encode())
    invoke("merge-driver", str(o), str(a), str(b), REL)
    assert a.read_text(encoding="utf-8") == dumps(theirs)


@pytest.mark.parametrize(
    "garbage",
    [b"not = [toml", b"\xff\xfe binary", b'schema = 1\nid = "cyp-2019-01-10-1"\n', b""],
)
def test_driver_never_crashes_on_garbage(tmp_path: Path, invoke: Invoke, garbage: bytes) -> None:
    good = dumps(new_record(RID)).encode()
    o, a, b = _write3(tmp_path, good, good.replace(b'agreed"\n', b'agreed"\nnote = "x"\n', 1), garbage)
    result = invoke("merge-driver", str(o), str(a), str(b), REL, code=1)
    assert "not merged as a record" in result.stderr
    merged = a.read_bytes()
    assert b"<<<<<<< ours" in merged and b">>>>>>> theirs" in merged  # markers where the texts differ


# --------------------------------------------------------------------- real git merges


def git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=check)


@pytest.fixture
def driver_repo(git_repo: Path, invoke: Invoke) -> Path:
    """A git repository with one referred record on main and the driver registered."""
    put(git_repo, in_status("referred"))
    invoke("git-setup")  # finds the scrutrack next to this Python (CliRunner's argv[0] is pytest)
    git(git_repo, "add", "-A")
    git(git_repo, "commit", "-q", "-m", "a referred record")
    return git_repo


def _branch(root: Path, name: str, change: Record) -> None:
    git(root, "checkout", "-q", "-b", name, "main")
    put(root, change)
    git(root, "commit", "-q", "-am", name)


def test_git_merge_of_a_response_and_evidence_has_no_conflict(driver_repo: Path, invoke: Invoke) -> None:
    base = in_status("referred")
    assert (
        git(driver_repo, "config", "--get", "merge.scrutrack.driver").stdout.strip()
        == f"{SCRUTRACK} merge-driver %O %A %B %P"
    )
    _branch(driver_repo, "response", lc.respond(base, D(2019, 2, 1), "accepted", "Agreed.\n", due=D(2019, 6, 30)))
    _branch(driver_repo, "evidence", lc.add_evidence(base, D(2019, 1, 25), "Report", url="https://example.org/r.pdf"))
    git(driver_repo, "checkout", "-q", "response")
    merged = git(driver_repo, "merge", "--no-edit", "evidence", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    record, _ = parse_text(REL, (driver_repo / REL).read_text(encoding="utf-8"))
    assert record is not None
    assert [h.event for h in record.history] == ["agreed", "referred", "evidence-added", "accepted"]
    assert record.status == "accepted" and len(record.evidence) == 1
    assert "The 1 record is valid" in invoke("check").stdout
    assert git(driver_repo, "status", "--porcelain").stdout == ""
    # The merged history puts the evidence between old entries; that is not a rewrite of history.
    assert "The 1 record is valid" in invoke("check", "--base", "HEAD~1").stdout
    changes = invoke("changes", "HEAD~1", "HEAD", "--format", "json").stdout
    assert '"violations": []' in changes and '"evidence"' in changes


def test_git_merge_of_two_owners_is_a_conflict_naming_the_field(driver_repo: Path, invoke: Invoke) -> None:
    base = in_status("referred")
    _branch(driver_repo, "bob", base.with_changes(owner="Bob"))
    _branch(driver_repo, "carol", base.with_changes(owner="Carol"))
    merged = git(driver_repo, "merge", "--no-edit", "bob", check=False)
    assert merged.returncode != 0
    assert f"{RID}: both sides changed 'owner'" in merged.stderr + merged.stdout
    text = (driver_repo / REL).read_text(encoding="utf-8")
    assert f'{OURS}\nowner = "Carol"\n{SEP}\nowner = "Bob"\n{THEIRS}\n' in text
    assert "UU " + REL in git(driver_repo, "status", "--porcelain").stdout
    result = invoke("check", code=1)
    assert REL in result.stdout
