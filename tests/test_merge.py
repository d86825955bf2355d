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
    twice = once.with_changes(history=(*once.history, once.history[-1]))  # (`note` itself records it once)
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


def keep(text: str, side: str, *more: str) -> str:
    """What the README says to do at the markers: keep one side, delete the other and the marker lines.

    With `more`, the first block keeps `side`, the next the first of `more`, and so on.
    """
    sides = iter((side, *more))
    chosen = side
    out: list[str] = []
    where = None
    for line in text.splitlines(keepends=True):
        if line.startswith("<<<<<<< "):
            chosen = next(sides, chosen)
            where = "this"
        elif line.startswith("=======") and where:
            where = "other"
        elif line.startswith(">>>>>>> ") and where:
            where = None
        elif where is None or where == chosen:
            out.append(line)
    return "".join(out)


def _valid_either_way(text: str) -> tuple[Record, Record]:
    """Keeping either side at every marker gives a sound record (parsed, canonical, lawful history)."""
    kept = []
    for side in ("this", "other"):
        record, problems = parse_text(REL, keep(text, side))
        assert record is not None and problems == [], (side, problems)
        assert lc.history_problems(record) == [], side
        assert dumps(record) == keep(text, side), side
        kept.append(record)
    return kept[0], kept[1]


def test_a_field_changed_to_different_values_is_a_conflict_in_git_style() -> None:
    base = new_record(RID, owner="Alice")
    text, conflicts = _merge(base, base.with_changes(owner="Bob"), base.with_changes(owner="Carol"))
    assert conflicts == [
        f'{RID}: both branches changed \'owner\' (this branch: "Bob"; the other branch: "Carol"); '
        "keep one side between the markers"
    ]
    assert f'{OURS}\nowner = "Bob"\n{SEP}\nowner = "Carol"\n{THEIRS}\n' in text
    assert OURS == "<<<<<<< this branch" and THEIRS == ">>>>>>> the other branch"
    assert text.count(OURS) == 1
    mine, other = _valid_either_way(text)
    assert (mine.owner, other.owner) == ("Bob", "Carol")


def test_two_free_fields_in_conflict_can_be_kept_from_either_side_each() -> None:
    base = new_record(RID, item="Budget")
    ours = base.with_changes(item="Budget 2019", text="Ours.\n")
    theirs = base.with_changes(item="Budget 2019-20", text="Theirs.\n")
    text, conflicts = _merge(base, ours, theirs)
    assert [c.split("'")[1] for c in conflicts] == ["item", "text"]
    assert text.count(OURS) == 2
    _valid_either_way(text)
    mixed, _ = parse_text(REL, keep(text, "this", "other"))  # any mix is a record too
    assert mixed is not None and (mixed.item, mixed.text) == ("Budget 2019", "Theirs.\n")


def test_a_field_added_on_one_side_and_set_differently_on_the_other() -> None:
    base = new_record(RID)
    text, conflicts = _merge(base, base.with_changes(owner="Bob"), base.with_changes(owner="Carol"))
    assert "'owner'" in conflicts[0]
    text, conflicts = _merge(base, base.with_changes(item="X"), base)
    assert conflicts == [] and 'item = "X"' in text


def test_two_moves_of_the_target_date_merge_and_the_later_decides() -> None:
    base = in_status("accepted")  # due 2019-04-10
    ours = lc.revise_due(base, D(2019, 3, 1), D(2019, 9, 30), "Waiting for the new system")
    theirs = lc.revise_due(base, D(2019, 3, 5), D(2019, 12, 31), "Budget moved to next year")
    for a, b in ((ours, theirs), (theirs, ours)):  # whichever branch merges which
        record = merged_record(merge_texts(dumps(base), dumps(a), dumps(b), REL), REL)
        assert record is not None
        assert [(h.event, h.due) for h in record.history[-2:]] == [
            ("due-revised", D(2019, 9, 30)),
            ("due-revised", D(2019, 12, 31)),
        ]
        assert record.due == D(2019, 12, 31)
        assert lc.history_problems(record) == []
        assert lc.original_due(record) == (D(2019, 4, 10), 2)


def test_two_owner_changes_merge_and_the_later_decides() -> None:
    base = in_status("accepted").with_changes(owner="Alice")
    ours = lc.assign(base, D(2019, 4, 2), "Carol", note="Alice left")
    theirs = lc.assign(base, D(2019, 4, 1), "Bob", note="Restructure")
    record = merged_record(merge_texts(dumps(base), dumps(ours), dumps(theirs), REL), REL)
    assert record is not None and record.owner == "Carol"
    assert [(h.from_owner, h.owner) for h in record.history[-2:]] == [("Alice", "Bob"), ("Alice", "Carol")]
    assert lc.history_problems(record) == []


def test_status_moves_that_follow_each_other_merge_and_the_later_decides() -> None:
    base = in_status("referred")
    ours = lc.respond(base, D(2019, 2, 1), "accepted", "Agreed.\n", due=D(2019, 6, 30))
    theirs = lc.set_status(base, "withdrawn", D(2019, 2, 10), note="Overtaken by the budget")
    record = merged_record(merge_texts(dumps(base), dumps(ours), dumps(theirs), REL), REL)
    assert record is not None
    assert (record.status, record.due, record.response is not None) == ("withdrawn", D(2019, 6, 30), True)


def test_different_status_moves_are_one_block_and_either_side_is_a_valid_record() -> None:
    base = in_status("referred")
    ours = lc.respond(lc.add_note(base, D(2019, 1, 30), "Chased"), D(2019, 2, 1), "accepted", "Agreed.\n")
    theirs = lc.add_evidence(
        lc.respond(base, D(2019, 2, 1), "rejected", "No.\n"), D(2019, 2, 2), "Minutes", url="https://example.org/m"
    )
    text, conflicts = _merge(base, ours, theirs)
    assert len(conflicts) == 1
    assert conflicts == [
        f"{RID}: the branches' status moves do not follow each other (this branch: accepted; the other branch: "
        "rejected); keep one side between the markers (each is a valid record), then redo what still applies "
        "from the side you drop"
    ]
    assert text.count(OURS) == 1 and text.count(THEIRS) == 1
    mine, other = _valid_either_way(text)
    assert (mine.status, mine.response and mine.response.text) == ("accepted", "Agreed.\n")
    assert (other.status, other.response and other.response.text) == ("rejected", "No.\n")
    # What does not clash is kept on both sides: the note from this branch, the evidence from the other.
    for record in (mine, other):
        assert [e.title for e in record.evidence] == ["Minutes"]
        assert any(h.note == "Chased" for h in record.history)


def test_moves_that_do_not_combine_into_a_legal_history_are_a_conflict() -> None:
    base = in_status("referred")
    ours = lc.respond(base, D(2019, 2, 1), "accepted", "Agreed.\n")
    theirs = lc.refer(base, D(2019, 2, 5), D(2019, 4, 5), note="chased")  # a later re-referral
    text, conflicts = _merge(base, ours, theirs)
    assert len(conflicts) == 1 and "(this branch: accepted; the other branch: referred)" in conflicts[0]
    mine, other = _valid_either_way(text)
    assert (mine.status, other.status) == ("accepted", "referred")
    assert other.response_due == D(2019, 4, 5) and other.referred == D(2019, 2, 5)


def test_an_edited_base_entry_keeps_each_branch_whole() -> None:
    base = in_status("referred")
    edited = dumps(base).replace('event = "agreed"', 'event = "agreed"\nnote = "rewritten"')
    ours = lc.add_note(base, D(2019, 3, 1), "new")
    text, conflicts = _merge(base, ours, edited)
    assert conflicts == [
        f"{RID}: the other branch changed entry 1 (2019-01-10) of the history, which is append-only; each "
        "branch's version is kept whole between the markers: keep one side (each is a valid record as that "
        "branch left it)"
    ]
    assert keep(text, "this") == dumps(ours) and keep(text, "other") == edited
    _valid_either_way(text)


def test_a_kind_change_that_breaks_the_other_branchs_moves_is_one_block() -> None:
    base = new_record(RID)
    ours = lc.set_status(base.with_changes(kind="action"), "in-progress", D(2019, 1, 15))
    theirs = lc.refer(base, D(2019, 1, 20), D(2019, 3, 20)).with_changes(item="Early help")
    text, conflicts = _merge(base, ours, theirs)
    assert len(conflicts) == 1 and "do not follow each other" in conflicts[0]
    mine, other = _valid_either_way(text)
    # The kind changed on one branch only, so both keep it; an action may be referred too.
    assert (mine.kind, mine.status, other.kind, other.status) == ("action", "in-progress", "action", "referred")
    assert mine.item == other.item == "Early help"  # what does not clash is merged on both sides


def test_both_branches_adding_it_as_different_kinds_is_one_block() -> None:
    rec = new_record(RID)
    text, conflicts = _merge("", lc.set_status(rec.with_changes(kind="action"), "in-progress", D(2019, 1, 15)), rec)
    assert conflicts and "both branches changed 'kind' (this branch: \"action\"; the other branch:" in conflicts[0]
    mine, other = _valid_either_way(text)
    assert (mine.kind, other.kind) == ("action", "recommendation")


def test_both_sides_adding_the_same_record_with_no_base() -> None:
    rec = new_record(RID)
    result = merge_texts("", dumps(rec), dumps(rec), REL)
    assert result.clean and result.text == dumps(rec)
    result = merge_texts(None, dumps(rec), dumps(rec.with_changes(text="That officers circulate the\nfigures.\n")), REL)
    assert result.clean and result.text == dumps(rec)  # the same wording, wrapped otherwise: one record
    result = merge_texts(None, dumps(rec), dumps(rec.with_changes(text="Something else.\n")), REL)
    assert not result.clean and "run `scrutrack resolve` to keep both" in result.conflicts[0]
    _valid_either_way(result.text)  # both whole, neither lost (test_merge_ids.py: resolve keeps both)


def test_a_side_that_is_not_a_record_raises_unreadable() -> None:
    rec = new_record(RID)
    with pytest.raises(Unreadable, match="the other branch's version"):
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
    assert b"<<<<<<< this branch\n" in merged and b">>>>>>> the other branch\n" in merged  # plain words


# --------------------------------------------------------------------- real git merges


def git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=check)


@pytest.fixture
def driver_repo(git_repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with one referred record on main and the driver registered."""
    put(git_repo, in_status("referred"))
    monkeypatch.setenv("PATH", "/usr/bin:/bin")  # no other scrutrack: the one next to this Python
    invoke("git-setup")  # (CliRunner's argv[0] is pytest)
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


def _branches(root: Path, ours: dict[str, str], theirs: dict[str, str]) -> None:
    """Branch `theirs` and then `ours` (checked out) from main, each writing the given files."""
    for name, files in (("theirs", theirs), ("ours", ours)):
        git(root, "checkout", "-q", "-b", name, "main")
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text, encoding="utf-8")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", name)


def test_git_merge_of_two_date_moves_and_two_owner_changes_has_no_conflict(driver_repo: Path, invoke: Invoke) -> None:
    invoke("respond", RID, "--outcome", "accepted", "--text", "Agreed.", "--due", "2019-09-30", "--date", "2019-02-01")
    invoke("assign", RID, "Alice", "--date", "2019-02-01")
    git(driver_repo, "commit", "-qam", "accepted")
    git(driver_repo, "checkout", "-q", "-b", "other")
    invoke("due", RID, "2019-12-31", "--reason", "Data system delayed", "--date", "2019-07-01")
    invoke("assign", RID, "Bob", "--date", "2019-07-01")
    git(driver_repo, "commit", "-qam", "other")
    git(driver_repo, "checkout", "-q", "main")
    invoke("due", RID, "2019-10-31", "--reason", "Waiting for the audit", "--date", "2019-06-15")
    invoke("assign", RID, "Carol", "--date", "2019-06-15")
    git(driver_repo, "commit", "-qam", "main")
    merged = git(driver_repo, "merge", "--no-edit", "other", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    record, _ = parse_text(REL, (driver_repo / REL).read_text(encoding="utf-8"))
    assert record is not None and (record.due, record.owner) == (D(2019, 12, 31), "Bob")  # 1 July is later
    assert "The 1 record is valid." in invoke("check").stdout
    assert "Due           2019-12-31 (originally 2019-09-30; moved 2 times)" in invoke("show", RID).stdout


RID2 = "cyp-2019-03-12-1"
REL2 = f"records/cyp/{RID2}.toml"


def _scenario(kind: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """Each kind of conflict the driver reports: (the message it names, this branch's files, the other's)."""
    base = in_status("referred")
    if kind == "field":
        return (
            "both branches changed 'owner'",
            {REL: dumps(base.with_changes(owner="Carol"))},
            {REL: dumps(base.with_changes(owner="Bob"))},
        )
    if kind == "status":
        ours = lc.respond(base, D(2019, 2, 1), "accepted", "Agreed.\n", due=D(2019, 6, 30))
        theirs = lc.respond(base, D(2019, 2, 1), "rejected", "Not affordable.\n")
        return "status moves do not follow each other", {REL: dumps(ours)}, {REL: dumps(theirs)}
    if kind == "rewritten":
        rewritten = dumps(base).replace('event = "agreed"', 'event = "agreed"\nnote = "Tidied up"')
        return "which is append-only", {REL: dumps(lc.add_note(base, D(2019, 3, 1), "Chased"))}, {REL: rewritten}
    new = new_record(RID2)
    assert kind == "kind"  # (two different recommendations added with one ID: `resolve`, test_merge_ids.py)
    action = lc.set_status(new.with_changes(kind="action"), "in-progress", D(2019, 3, 15))
    return "both branches changed 'kind'", {REL2: dumps(action)}, {REL2: dumps(new)}


@pytest.mark.parametrize("side", ["this", "other"])
@pytest.mark.parametrize("kind", ["field", "status", "rewritten", "kind"])
def test_the_readmes_resolution_finishes_every_conflict(
    driver_repo: Path, invoke: Invoke, kind: str, side: str
) -> None:
    """README: keep one side between the markers, delete the marker lines, `scrutrack check`, `git add`, commit."""
    message, ours, theirs = _scenario(kind)
    _branches(driver_repo, ours, theirs)
    merged = git(driver_repo, "merge", "--no-edit", "theirs", check=False)
    assert merged.returncode == 1
    assert "CONFLICT (scrutrack): " in merged.stderr and message in merged.stderr
    (rel,) = ours
    path = driver_repo / rel
    text = path.read_text(encoding="utf-8")
    assert OURS in text and THEIRS in text
    path.write_text(keep(text, side), encoding="utf-8")
    check = invoke("check")
    assert "records are valid" in check.stdout or "record is valid" in check.stdout
    git(driver_repo, "add", rel)
    git(driver_repo, "commit", "-q", "--no-edit")
    assert git(driver_repo, "status", "--porcelain").stdout == ""
    assert invoke("fmt", "--check").stderr == "0 files would be reformatted.\n"


def test_a_side_that_is_not_a_record_is_merged_line_by_line(driver_repo: Path, invoke: Invoke) -> None:
    base = in_status("referred")
    broken = dumps(base).replace('status = "referred"', 'status = "done"')
    ours = lc.respond(base, D(2019, 2, 1), "accepted", "Agreed.\n")
    _branches(driver_repo, {REL: dumps(ours)}, {REL: broken})
    merged = git(driver_repo, "merge", "--no-edit", "theirs", check=False)
    assert "not merged as a record (the other branch's version: 'status' is 'done'" in merged.stderr
    text = (driver_repo / REL).read_text(encoding="utf-8")
    assert "<<<<<<< this branch\n" in text and ">>>>>>> the other branch\n" in text
    assert "unresolved merge conflict at line" in invoke("check", code=1).stdout
    (driver_repo / REL).write_text(keep(text, "other"), encoding="utf-8")
    assert "'status' is 'done'; it must be one of" in invoke("check", code=1).stdout  # named, to fix by hand
    (driver_repo / REL).write_text(keep(text, "this"), encoding="utf-8")
    assert "The 1 record is valid." in invoke("check").stdout


def test_leftover_markers_are_named_as_an_unresolved_conflict(driver_repo: Path, invoke: Invoke) -> None:
    _, ours, theirs = _scenario("field")
    _branches(driver_repo, ours, theirs)
    git(driver_repo, "merge", "--no-edit", "theirs", check=False)
    line = (driver_repo / REL).read_text(encoding="utf-8").splitlines().index(OURS) + 1
    expected = (
        f"{REL}:{line}: unresolved merge conflict at line {line}: keep one side, delete the "
        "`<<<<<<<`, `=======`, `>>>>>>>` lines"
    )
    assert expected in invoke("check", code=1).stdout
    assert expected in invoke("show", RID, code=1).stderr
    assert expected in invoke("list", code=1).stderr


def test_a_hand_kept_target_date_is_made_valid_with_the_command_check_names(driver_repo: Path, invoke: Invoke) -> None:
    """The issue's dead end: a merge resolved by hand keeps due 2019-09-30 while the history says 2019-12-31."""
    invoke("respond", RID, "--outcome", "accepted", "--text", "Agreed.", "--due", "2019-09-30", "--date", "2019-02-01")
    invoke("due", RID, "2019-12-31", "--reason", "Data system delayed", "--date", "2019-07-01")
    path = driver_repo / REL
    path.write_text(path.read_text(encoding="utf-8").replace("due = 2019-12-31", "due = 2019-09-30", 1))
    out = invoke("check", code=1).stdout
    command = f'scrutrack due {RID} 2019-09-30 --reason "..."'
    assert f"'due' is 2019-09-30 but the history last set it to 2019-12-31; run `{command}` to keep 2019-09-30" in out
    result = invoke(
        "due", RID, "2019-09-30", "--reason", "Kept after the merge: the audit needs September", "--date", "2019-07-02"
    )
    assert result.stderr == f"{RID}: due 2019-09-30 (kept; the decision and its reason are in the history)\n"
    assert "The 1 record is valid." in invoke("check").stdout


def test_git_merge_recomputes_the_pending_request_from_the_merged_history(driver_repo: Path, invoke: Invoke) -> None:
    """One branch records the owner's request for a new date, the other the committee's decision on an
    earlier one and an impact: the merged record's `requested` is what its merged history says."""
    invoke("respond", RID, "--outcome", "accepted", "--text", "Agreed.", "--due", "2019-09-30", "--date", "2019-02-01")
    invoke("due", RID, "2019-10-31", "--request", "--reason", "Staff away", "--date", "2019-03-01")
    git(driver_repo, "commit", "-qam", "a request")
    git(driver_repo, "checkout", "-q", "-b", "other")
    invoke("due", RID, "--grant", "--meeting", "2019-04-02", "--minute", "12", "--date", "2019-04-03")
    git(driver_repo, "commit", "-qam", "granted")
    git(driver_repo, "checkout", "-q", "main")
    invoke("note", RID, "Chased the service.", "--date", "2019-03-20")
    invoke("due", RID, "2019-12-31", "--request", "--reason", "Again", "--date", "2019-05-01")
    git(driver_repo, "commit", "-qam", "another request")
    merged = git(driver_repo, "merge", "--no-edit", "other", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    record, _ = parse_text(REL, (driver_repo / REL).read_text(encoding="utf-8"))
    assert record is not None
    assert [h.event for h in record.history][-4:] == ["due-requested", "note", "due-granted", "due-requested"]
    # The grant (3 April) moved the target; the request of 1 May is pending again: both follow the history.
    assert (record.due, record.requested) == (D(2019, 10, 31), D(2019, 12, 31))
    assert "The 1 record is valid." in invoke("check").stdout


def test_git_merge_keeps_a_record_proposed_for_closure(driver_repo: Path, invoke: Invoke) -> None:
    invoke("respond", RID, "--outcome", "accepted", "--text", "Agreed.", "--due", "2019-09-30", "--date", "2019-02-01")
    git(driver_repo, "commit", "-qam", "accepted")
    git(driver_repo, "checkout", "-q", "-b", "other")
    invoke("evidence", RID, "https://example.org/done.pdf", "--date", "2019-06-01")
    invoke("status", RID, "implemented", "--date", "2019-06-01")
    git(driver_repo, "commit", "-qam", "implemented")
    git(driver_repo, "checkout", "-q", "main")
    invoke("due", RID, "2019-12-31", "--request", "--reason", "Late", "--date", "2019-05-01")
    git(driver_repo, "commit", "-qam", "request")
    merged = git(driver_repo, "merge", "--no-edit", "other", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    record, _ = parse_text(REL, (driver_repo / REL).read_text(encoding="utf-8"))
    assert record is not None and record.status == "implemented" and record.requested == D(2019, 12, 31)
    proposal = lc.closure_proposal(record, lambda word: None)
    assert proposal is not None and proposal.event == "implemented"
    invoke("due", RID, "--refuse", "--meeting", "2019-06-10", "--minute", "20", "--date", "2019-06-11")
    invoke("signoff", RID, "--meeting", "2019-06-10", "--minute", "20", "--date", "2019-06-11")
    assert "The 1 record is valid." in invoke("check").stdout
