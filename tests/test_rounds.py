"""Update rounds: the workbook `round start` writes, as openpyxl (and so Excel) reads it, and the round file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import CONFIG, Invoke, files_snapshot
from helpers import in_status, put

from scrutrack import lifecycle as lc
from scrutrack.model import Record

D = dt.date
EARLY_HELP = "Head of Early Help"
DIRECTOR = "Director of Children's Social Care"
START = "2019-04-30"


CONFIG_FOR_PICTURE = CONFIG


def owned(record: Record, owner: str) -> Record:
    return lc.assign(record, record.history[-1].date, owner)


def round_records() -> list[Record]:
    """Six records: three for Early Help, two for the Director (one an action), one not sent of each kind."""
    a = owned(in_status("accepted", rid="cyp-2019-01-10-1"), EARLY_HELP)
    b = owned(in_status("in-progress", rid="cyp-2019-01-10-2"), EARLY_HELP)
    c = owned(in_status("referred", rid="cyp-2019-01-10-3"), EARLY_HELP)
    d = owned(in_status("agreed", kind="action", rid="cyp-2019-02-14-1"), DIRECTOR)
    d = lc.revise_due(d, D(2019, 2, 20), D(2019, 5, 1), "set by the committee")
    e = owned(in_status("in-progress", rid="cyp-2019-02-14-2"), DIRECTOR)
    done = owned(in_status("implemented", rid="cyp-2019-02-14-3"), DIRECTOR)  # awaits sign-off: not asked
    nobody = in_status("accepted", rid="cyp-2019-02-14-4")  # no owner: not sent, counted
    texts = {  # in the forms committees write them, so that the workbook looks as an owner's would
        a.id: "That the Cabinet Member ensures every social worker receives training in the new assessment "
        "framework by the end of the year.",
        b.id: "That the case management system's go-live date is confirmed and reported to the Sub-Committee, "
        "with the steps taken to protect data during the move.",
        c.id: "That a review of placement sufficiency be commissioned, including the cost of placements made "
        "outside the borough.",
        d.id: "That officers circulate figures on Section 20 accommodation to members before the next meeting.",
        e.id: "Future reports to include comparisons with neighbouring authorities' performance.",
    }
    return [r.with_changes(text=texts[r.id] + "\n") if r.id in texts else r for r in (a, b, c, d, e, done, nobody)]


@pytest.fixture
def round_repo(repo: Path) -> Path:
    for r in round_records():
        put(repo, r)
    return repo


def start(invoke: Invoke, *extra: str, code: int = 0) -> str:
    result = invoke("round", "start", "2019-q2", "--due", "2019-05-31", "--date", START, *extra, code=code)
    return result.stderr


def load(path: Path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    return load_workbook(path)


def test_start_writes_a_workbook_per_owner_and_the_round_file(round_repo: Path, invoke: Invoke) -> None:
    said = start(invoke)
    assert "5 records to 2 owners" in said
    assert "1 open record with no owner not sent" in said
    books = sorted(p.name for p in (round_repo / "rounds" / "2019-q2").glob("*.xlsx"))
    assert books == ["2019-q2-director-of-children-s-social-care.xlsx", "2019-q2-head-of-early-help.xlsx"]
    text = (round_repo / "rounds" / "2019-q2.toml").read_text(encoding="utf-8")
    import tomllib

    data = tomllib.loads(text)
    assert data["name"] == "2019-q2" and data["started"] == D(2019, 4, 30) and data["due"] == D(2019, 5, 31)
    assert [o["name"] for o in data["owner"]] == [DIRECTOR, EARLY_HELP]
    sent = {s["id"]: s for s in data["sent"]}
    assert set(sent) == {
        "cyp-2019-01-10-1",
        "cyp-2019-01-10-2",
        "cyp-2019-01-10-3",
        "cyp-2019-02-14-1",
        "cyp-2019-02-14-2",
    }
    assert sent["cyp-2019-01-10-1"]["owner"] == EARLY_HELP
    assert all(len(s["fingerprint"]) == 16 for s in sent.values())
    # The workbooks stay out of git; the round file does not.
    assert (round_repo / "rounds" / "2019-q2" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_the_workbook_locks_the_facts_and_opens_the_answers(round_repo: Path, invoke: Invoke) -> None:
    from scrutrack.workbook import COLUMNS, FIRST, HIDDEN, SHEET, TITLE_ROWS

    start(invoke)
    wb = load(round_repo / "rounds" / "2019-q2" / "2019-q2-head-of-early-help.xlsx")
    assert wb.sheetnames == [SHEET, "Instructions", HIDDEN]
    ws = wb[SHEET]
    assert "reply by 31 May 2019" in ws["A1"].value and EARLY_HELP in ws["A1"].value
    headers = [ws.cell(row=TITLE_ROWS, column=i).value for i in range(1, len(COLUMNS) + 1)]
    assert headers[:4] == ["ID", "Committee", "Meeting", "Recommendation"]
    assert "Progress" in headers and "Update for members" in headers and "New target date" in headers
    ids = [ws.cell(row=r, column=1).value for r in range(FIRST, FIRST + 3)]
    assert ids == ["cyp-2019-01-10-1", "cyp-2019-01-10-2", "cyp-2019-01-10-3"]
    assert ws.cell(row=FIRST + 3, column=1).value is None
    assert ws.protection.sheet is True
    for i, c in enumerate(COLUMNS, 1):
        for row in range(FIRST, FIRST + 3):
            assert ws.cell(row=row, column=i).protection.locked is c.locked, (c.key, row)
    assert ws.freeze_panes == f"B{FIRST}"
    meeting = ws.cell(row=FIRST, column=3)
    assert meeting.value.date() == D(2019, 1, 10) and meeting.number_format == "DD/MM/YYYY"
    # Printing: A4 landscape, one page wide, the header row on every page.
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${TITLE_ROWS}:${TITLE_ROWS}"
    assert wb.security.lockStructure
    assert wb[HIDDEN].sheet_state == "hidden"


def test_the_workbook_validates_progress_and_dates(round_repo: Path, invoke: Invoke) -> None:
    from openpyxl.utils import get_column_letter

    from scrutrack.workbook import COLUMNS, FIRST, PROGRESS_NAME, SHEET

    start(invoke)
    wb = load(round_repo / "rounds" / "2019-q2" / "2019-q2-head-of-early-help.xlsx")
    ws = wb[SHEET]
    letter = {c.key: get_column_letter(i) for i, c in enumerate(COLUMNS, 1)}
    rules = {dv.type: dv for dv in ws.data_validations.dataValidation}
    assert set(rules) == {"list", "date"}
    progress, new_due = rules["list"], rules["date"]
    assert progress.formula1 == f"={PROGRESS_NAME}"
    assert str(progress.sqref) == f"{letter['progress']}{FIRST}:{letter['progress']}{FIRST + 2}"
    assert progress.showErrorMessage
    # The list is a range, because a word may hold a comma ("achieved, propose closure").
    target = wb.defined_names[PROGRESS_NAME].attr_text
    sheet, cells = target.split("!")
    words = [c.value for row in wb[sheet.strip("'")][cells.replace("$", "")] for c in row]
    assert words == ["on track", "slipped", "achieved, propose closure", "not achieved", "paused"]
    assert new_due.operator == "greaterThanOrEqual" and new_due.formula1 == "DATE(2019,4,30)"
    assert str(new_due.sqref) == f"{letter['new_due']}{FIRST}:{letter['new_due']}{FIRST + 2}"
    # A date without a reason is shown in red.
    assert any(letter["reason"] in str(rng.sqref) for rng in ws.conditional_formatting)


def test_the_hidden_sheet_holds_the_round_and_each_fingerprint(round_repo: Path, invoke: Invoke) -> None:
    import tomllib

    from scrutrack.rounds import fingerprint
    from scrutrack.store import open_repo, read_record
    from scrutrack.workbook import HIDDEN, HIDDEN_HEADER_ROW, MARKER

    start(invoke)
    data = tomllib.loads((round_repo / "rounds" / "2019-q2.toml").read_text(encoding="utf-8"))
    wb = load(round_repo / "rounds" / "2019-q2" / "2019-q2-director-of-children-s-social-care.xlsx")
    hidden = wb[HIDDEN]
    facts = {hidden.cell(row=r, column=1).value: hidden.cell(row=r, column=2).value for r in range(1, 6)}
    assert facts[MARKER] == 1 and facts["round"] == "2019-q2" and facts["owner"] == DIRECTOR
    assert hidden.cell(row=HIDDEN_HEADER_ROW, column=2).value == "fingerprint"
    rows = {
        hidden.cell(row=r, column=1).value: hidden.cell(row=r, column=2).value
        for r in range(HIDDEN_HEADER_ROW + 1, HIDDEN_HEADER_ROW + 3)
    }
    sent = {s["id"]: s["fingerprint"] for s in data["sent"]}
    r = open_repo(str(round_repo))
    for rid, print_ in rows.items():
        assert print_ == sent[rid] == fingerprint(read_record(r, rid)[0])


def test_start_for_chosen_owners_and_a_committee(round_repo: Path, invoke: Invoke) -> None:
    said = start(invoke, "--owner", "head of early  HELP", "--committee", "cyp")
    assert "3 records to 1 owner" in said
    said = invoke("round", "start", "q3", "--due", "2019-09-30", "--owner", "Nobody", code=1).stderr
    assert "--owner 'Nobody' owns no open record" in said and EARLY_HELP in said


def test_start_refuses_a_second_round_of_the_same_name_and_bad_input(round_repo: Path, invoke: Invoke) -> None:
    start(invoke)
    before = files_snapshot(round_repo)
    said = start(invoke, code=1)
    assert "round '2019-q2' was already started" in said
    assert files_snapshot(round_repo) == before
    said = invoke("round", "start", "../evil", "--due", "2019-05-31", code=1).stderr
    assert "not usable as a file name" in said
    said = invoke("round", "start", "q", "--due", "2019-04-01", "--date", START, code=1).stderr
    assert "before the round starts" in said
    said = invoke("round", "start", "q", "--due", "31/05/2019", code=1).stderr
    assert "Error:" in said
    assert files_snapshot(round_repo) == before


def test_start_with_out_dir(round_repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    out = tmp_path / "to-send"
    start(invoke, "--out", str(out))
    assert len(list(out.glob("*.xlsx"))) == 2
    assert not (round_repo / "rounds" / "2019-q2").exists()


# ------------------------------------------------------------------------------ collect

BOOKS = Path("rounds") / "2019-q2"
EH_BOOK = "2019-q2-head-of-early-help.xlsx"
DIR_BOOK = "2019-q2-director-of-children-s-social-care.xlsx"


def fill(
    src: Path, dest: Path, answers: dict[str, dict[str, object]], edit: dict[tuple[str, str], object] | None = None
) -> Path:
    """Fill a workbook in as an owner would (openpyxl, as Excel saves it): by record ID, column key -> value."""
    from scrutrack.workbook import COLUMNS, FIRST, SHEET

    wb = load(src)
    ws = wb[SHEET]
    col = {c.key: i for i, c in enumerate(COLUMNS, 1)}
    rows = {ws.cell(row=r, column=1).value: r for r in range(FIRST, ws.max_row + 1)}
    for rid, values in answers.items():
        for key, value in values.items():
            ws.cell(row=rows[rid], column=col[key], value=value)
    for (rid, key), value in (edit or {}).items():
        ws.cell(row=rows[rid], column=col[key], value=value)
    dest.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dest)
    return dest


def history(root: Path, rid: str) -> list[dict[str, object]]:
    import tomllib

    path = root / "records" / "cyp" / f"{rid}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))["history"]


def record(root: Path, rid: str) -> dict[str, object]:
    import tomllib

    return tomllib.loads((root / "records" / "cyp" / f"{rid}.toml").read_text(encoding="utf-8"))


@pytest.fixture
def started(round_repo: Path, invoke: Invoke) -> Path:
    start(invoke)
    return round_repo


def early_help_answers(tmp_path: Path, root: Path) -> Path:
    return fill(
        root / BOOKS / EH_BOOK,
        tmp_path / "back" / "Early Help update FINAL v2.xlsx",
        {
            "cyp-2019-01-10-1": {
                "progress": "on track",
                "update": "Training for all social workers booked for June.\nHalf done.",
            },
            "cyp-2019-01-10-2": {
                "progress": "Slipped",
                "update": "The new system went live late.",
                "new_due": dt.datetime(2019, 9, 30),
                "reason": "Supplier delay",
            },
        },
    )


def test_collect_is_a_dry_run_then_applies_each_answer_as_history(
    started: Path, invoke: Invoke, tmp_path: Path
) -> None:
    filled = early_help_answers(tmp_path, started)
    before = files_snapshot(started)
    dry = invoke("round", "collect", str(filled), "--date", "2019-05-20")
    assert "dry run: nothing was written" in dry.stderr
    assert "2 updates from 1 owner; 1 target date moved" in dry.stderr
    assert "cyp-2019-01-10-1" in dry.stdout and "Would apply" in dry.stdout
    assert files_snapshot(started) == before
    import json

    data = json.loads(invoke("round", "collect", str(filled), "--date", "2019-05-20", "--format", "json").stdout)
    assert data["dry_run"] is True and data["summary"]["updates"] == 2 and data["summary"]["targets_moved"] == 1
    assert [c["id"] for c in data["changes"]] == ["cyp-2019-01-10-1", "cyp-2019-01-10-2"]
    assert data["changes"][1]["new_due"] == "2019-09-30" and data["changes"][1]["status"] == "in-progress"
    assert files_snapshot(started) == before
    done = invoke("round", "collect", str(filled), "--date", "2019-05-20", "--yes")
    assert "Applied: 2 updates" in done.stdout
    first = history(started, "cyp-2019-01-10-1")[-2:]
    assert first[0] == {
        "date": D(2019, 5, 20),
        "event": "update",
        "by": EARLY_HELP,
        "round": "2019-q2",
        "progress": "on track",
        "text": "Training for all social workers booked for June.\nHalf done.\n",
    }
    assert first[1] == {"date": D(2019, 5, 20), "event": "in-progress", "by": EARLY_HELP}  # accepted: work has started
    second = history(started, "cyp-2019-01-10-2")[-2:]
    assert second[0]["event"] == "update" and second[0]["progress"] == "slipped"  # the word as scrutrack.toml spells it
    assert second[1] == {
        "date": D(2019, 5, 20),
        "event": "due-revised",
        "by": EARLY_HELP,
        "from": D(2019, 4, 10),
        "due": D(2019, 9, 30),
        "reason": "Supplier delay",
    }
    assert record(started, "cyp-2019-01-10-2")["due"] == D(2019, 9, 30)
    assert invoke("check").stdout.startswith("All 7 records are valid")
    # The round notes that the workbook came back.
    import tomllib

    data = tomllib.loads((started / "rounds" / "2019-q2.toml").read_text(encoding="utf-8"))
    assert data["collected"] == [
        {"date": D(2019, 5, 20), "owner": EARLY_HELP, "workbook": "Early Help update FINAL v2.xlsx", "applied": 2}
    ]
    # Collecting the same workbook again adds nothing, anywhere.
    after = files_snapshot(started)
    again = invoke("round", "collect", str(filled), "--date", "2019-05-21", "--yes")
    assert "2 rows already collected" in again.stderr
    assert files_snapshot(started) == after


def test_achieved_with_evidence_is_implemented_and_without_it_is_proposed(
    started: Path, invoke: Invoke, tmp_path: Path
) -> None:
    (started / "evidence").mkdir()
    (started / "evidence" / "panel-report.pdf").write_bytes(b"%PDF-1.4\n")
    filled = fill(
        started / BOOKS / DIR_BOOK,
        tmp_path / "director.xlsx",
        {
            "cyp-2019-02-14-1": {
                "progress": "achieved, propose closure",
                "update": "Figures circulated.",
                "evidence": "panel-report.pdf",
            },
            "cyp-2019-02-14-2": {
                "progress": "achieved, propose closure",
                "update": "All done.",
                "evidence": "the March report",
            },
        },
    )
    said = invoke("round", "collect", str(filled), "--date", "2019-05-20", "--yes").stderr
    assert "1 proposed for closure" in said and "1 implemented" in said
    action = history(started, "cyp-2019-02-14-1")[-4:]
    assert [h["event"] for h in action] == ["update", "evidence-added", "in-progress", "implemented"]
    assert record(started, "cyp-2019-02-14-1")["evidence"] == [
        {"date": D(2019, 5, 20), "title": "panel-report.pdf", "path": "evidence/panel-report.pdf"}
    ]
    proposed = history(started, "cyp-2019-02-14-2")[-1]
    assert proposed["event"] == "update" and proposed["progress"] == "achieved, propose closure"
    assert proposed["note"] == "evidence named: the March report"
    assert record(started, "cyp-2019-02-14-2")["status"] == "in-progress"
    assert invoke("check").stdout.startswith("All 7 records are valid")


def test_a_record_changed_since_it_was_sent_is_a_conflict_until_forced(
    started: Path, invoke: Invoke, tmp_path: Path
) -> None:
    filled = early_help_answers(tmp_path, started)
    invoke("note", "cyp-2019-01-10-2", "Discussed at DMT", "--date", "2019-05-02", "--by", "Scrutiny Officer")
    result = invoke("round", "collect", str(filled), "--date", "2019-05-20", "--yes", code=1)
    assert "Conflict: cyp-2019-01-10-2 changed after it was sent" in result.stdout
    assert "When sent" in result.stdout and "Now" in result.stdout
    assert "2019-05-02 note by Scrutiny Officer: Discussed at DMT" in result.stdout
    assert (
        "The owner's answer: progress: slipped; The new system went live late.; new target 2019-09-30" in result.stdout
    )
    assert "--force-row cyp-2019-01-10-2" in result.stdout
    assert "1 update from 1 owner" in result.stderr and "1 conflict not applied" in result.stderr
    assert history(started, "cyp-2019-01-10-2")[-1]["event"] == "note"  # nothing overwritten
    assert history(started, "cyp-2019-01-10-1")[-2]["event"] == "update"  # the other row applied
    forced = invoke("round", "collect", str(filled), "--date", "2019-05-20", "--yes", "--force-row", "cyp-2019-01-10-2")
    assert "1 update from 1 owner" in forced.stderr and "1 row already collected" in forced.stderr
    assert [h["event"] for h in history(started, "cyp-2019-01-10-2")[-3:]] == ["note", "update", "due-revised"]


def test_each_bad_row_is_one_line_and_the_others_apply(started: Path, invoke: Invoke, tmp_path: Path) -> None:
    filled = fill(
        started / BOOKS / EH_BOOK,
        tmp_path / "eh.xlsx",
        {
            "cyp-2019-01-10-1": {"progress": "going well"},
            "cyp-2019-01-10-2": {"progress": "slipped", "new_due": dt.datetime(2019, 9, 30)},
            "cyp-2019-01-10-3": {"progress": "paused", "update": "Waiting for the Cabinet's answer."},
        },
    )
    result = invoke("round", "collect", str(filled), "--date", "2019-05-20", "--yes", code=1)
    lines = [line for line in result.stderr.splitlines() if line.startswith("Not applied")]
    assert lines == [
        "Not applied: eh.xlsx, sheet Updates, row 3, column Progress: 'going well' is not one of: on track; slipped; "
        "achieved, propose closure; not achieved; paused (cyp-2019-01-10-1)",
        "Not applied: eh.xlsx, sheet Updates, row 4, column Reason for the new date: a new target date (30/09/2019) "
        "needs its reason (cyp-2019-01-10-2)",
    ]
    assert "1 update from 1 owner" in result.stderr and "2 problems left out (see above)" in result.stderr
    assert history(started, "cyp-2019-01-10-3")[-1]["progress"] == "paused"


def test_a_missing_workbook_is_named_and_not_offered_to_apply(started: Path, invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("round", "collect", str(tmp_path / "nofile.xlsx"), code=1)
    assert "nofile.xlsx: no such file" in result.stderr and "1 problem left out" in result.stderr
    assert "--yes" not in result.stderr


def test_a_changed_locked_cell_and_another_owners_row_are_named(started: Path, invoke: Invoke, tmp_path: Path) -> None:
    filled = fill(
        started / BOOKS / EH_BOOK,
        tmp_path / "eh.xlsx",
        {"cyp-2019-01-10-1": {"progress": "on track"}, "cyp-2019-01-10-3": {"progress": "paused"}},
        edit={("cyp-2019-01-10-1", "text"): "Something softer.", ("cyp-2019-01-10-3", "id"): "cyp-2019-02-14-2"},
    )
    result = invoke("round", "collect", str(filled), "--date", "2019-05-20", code=1)
    assert (
        "Not applied: eh.xlsx, sheet Updates, row 3, column Recommendation: a locked cell was changed "
        "(it reads 'Something softer.')" in result.stderr
    )
    assert (
        f"Not applied: eh.xlsx, sheet Updates, row 5, column ID: 'cyp-2019-02-14-2' is not one of {EARLY_HELP}'s "
        f"records (it was sent to {DIRECTOR})" in result.stderr
    )


def test_a_workbook_from_another_round_is_refused_whole(started: Path, invoke: Invoke, tmp_path: Path) -> None:
    filled = early_help_answers(tmp_path, started)
    invoke("round", "start", "2019-q3", "--due", "2019-09-30", "--date", "2019-07-01")
    before = files_snapshot(started)
    result = invoke("round", "collect", str(filled), "--date", "2019-07-02", "--yes", code=1)
    assert (
        "Not applied: Early Help update FINAL v2.xlsx, sheet _scrutrack, row 2, column round: the workbook is from "
        "round '2019-q2', not '2019-q3'; collect it with --round 2019-q2" in result.stderr
    )
    assert files_snapshot(started) == before
    # Not a round's workbook at all, or not a workbook.
    other = tmp_path / "notes.xlsx"
    from openpyxl import Workbook

    Workbook().save(other)
    text = tmp_path / "update.xlsx"
    text.write_text("hello", encoding="utf-8")
    result = invoke("round", "collect", str(other), str(text), "--round", "2019-q2", code=1)
    assert "notes.xlsx: not a workbook from `scrutrack round start`" in result.stderr
    assert "update.xlsx is not an .xlsx or .ods workbook" in result.stderr


def test_round_status_lists_whom_to_chase(started: Path, invoke: Invoke, tmp_path: Path) -> None:
    import csv
    import io
    import json

    filled = early_help_answers(tmp_path, started)
    invoke("round", "collect", str(filled), "--date", "2019-05-20", "--yes")
    table = invoke("round", "status", "--as-of", "2019-06-03").stdout
    assert (
        "Round 2019-q2, answers due 31 May 2019 (the due date has passed): 1 of 2 owners replied; 2 of 5 records updated"
        in table
    )
    assert f"To chase: {DIRECTOR}" in table
    data = json.loads(invoke("round", "status", "2019-q2", "--format", "json").stdout)
    assert data["chase"] == [DIRECTOR]
    by_owner = {o["owner"]: o for o in data["owners"]}
    assert by_owner[EARLY_HELP] == {
        "owner": EARLY_HELP,
        "sent": 3,
        "returned": "2019-05-20",
        "updated": 2,
        "left": ["cyp-2019-01-10-3"],
        "workbook": EH_BOOK,
    }
    assert by_owner[DIRECTOR]["returned"] is None and by_owner[DIRECTOR]["updated"] == 0
    rows = list(csv.DictReader(io.StringIO(invoke("round", "status", "--format", "csv").stdout)))
    assert [(r["owner"], r["sent"], r["updated"]) for r in rows] == [(DIRECTOR, "2", "0"), (EARLY_HELP, "3", "2")]


def test_chase_drafts_an_email_with_the_workbook_to_each_owner_who_has_not_replied(
    started: Path, invoke: Invoke, tmp_path: Path
) -> None:
    import email
    from email import policy

    filled = early_help_answers(tmp_path, started)
    invoke("round", "collect", str(filled), "--date", "2019-05-20", "--yes")
    said = invoke("round", "chase", "--from", "scrutiny@example.gov.uk", "--as-of", "2019-06-03").stderr
    assert "1 draft written to rounds/2019-q2/chase/" in said
    drafts = list((started / "rounds" / "2019-q2" / "chase").glob("*.eml"))
    assert [d.name for d in drafts] == ["2019-q2-director-of-children-s-social-care.eml"]
    msg = email.message_from_bytes(drafts[0].read_bytes(), policy=policy.default)
    assert msg["Subject"] == f"Reminder: update round 2019-q2 for {DIRECTOR} (due 31 May 2019)"
    assert msg["From"] == "scrutiny@example.gov.uk" and msg["X-Unsent"] == "1"
    text = msg.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert f"Dear {DIRECTOR}," in text and "were due on 31 May 2019" in text
    assert (
        "cyp-2019-02-14-1: That officers circulate figures on Section 20 accommodation to members before the next meeting."
        in text
    )
    assert "cyp-2019-02-14-2: Future reports to include comparisons" in text
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename() == DIR_BOOK
    assert attachment.get_content_type() == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    data = attachment.get_content()
    assert data == (started / BOOKS / DIR_BOOK).read_bytes()
    # Once everyone has replied there is no one to chase.
    director = fill(started / BOOKS / DIR_BOOK, tmp_path / "d.xlsx", {"cyp-2019-02-14-1": {"progress": "paused"}})
    invoke("round", "collect", str(director), "--date", "2019-06-04", "--yes")
    assert "every owner has replied" in invoke("round", "chase").stderr


# ------------------------------------------------------------------------------ the round elsewhere


def test_the_report_shows_updates_received_and_who_sent_none(started: Path, invoke: Invoke, tmp_path: Path) -> None:
    filled = early_help_answers(tmp_path, started)
    invoke("round", "collect", str(filled), "--date", "2019-05-20", "--yes")
    md = invoke("report", "--as-of", "2019-06-03", "--since", "2019-04-01").stdout
    part = md[md.index("## Update round 2019-q2") :]
    part = part[: part.index("\n## ", 5)]
    received = part[part.index("Updates received this round") : part.index("No update received")]
    assert "| cyp-2019-01-10-1 |" in received and "Training for all social workers booked for June." in received
    assert "| cyp-2019-01-10-2 |" in received and "| Slipped |" not in received and "slipped" in received
    missing = part[part.index("No update received") :]
    for rid in ("cyp-2019-01-10-3", "cyp-2019-02-14-1", "cyp-2019-02-14-2"):
        assert f"| {rid} |" in missing
    assert "cyp-2019-01-10-1" not in missing
    assert "Proposed for closure" not in part
    director = fill(
        started / BOOKS / DIR_BOOK,
        tmp_path / "d.xlsx",
        {"cyp-2019-02-14-2": {"progress": "achieved, propose closure", "update": "All staff trained."}},
    )
    invoke("round", "collect", str(director), "--date", "2019-05-21", "--yes")
    md = invoke("report", "--as-of", "2019-06-03", "--since", "2019-04-01").stdout
    # What the owner proposes for closure is listed for members with what is implemented: one list.
    proposed = md[md.index("## Proposed for closure (for decision)") :]
    proposed = proposed[: proposed.index("\n## ", 5)]
    assert "| cyp-2019-02-14-2 |" in proposed and "All staff trained." in proposed
    assert "says achieved, propose closure: All staff trained." in proposed
    assert "cyp-2019-01-10-1" not in proposed
    # A report from before the round began has no round part.
    assert "Update round" not in invoke("report", "--as-of", "2019-04-29", "--since", "2019-01-01").stdout


def test_overdue_no_update_since(started: Path, invoke: Invoke, tmp_path: Path) -> None:
    import json

    filled = early_help_answers(tmp_path, started)
    invoke("round", "collect", str(filled), "--date", "2019-05-20", "--yes")
    every = {
        i["id"] for i in json.loads(invoke("overdue", "--as-of", "2019-12-01", "--format", "json").stdout)["overdue"]
    }
    silent = json.loads(
        invoke("overdue", "--as-of", "2019-12-01", "--no-update-since", "2019-04-30", "--format", "json").stdout
    )["overdue"]
    assert {"cyp-2019-01-10-1", "cyp-2019-01-10-2"} <= every
    assert {i["id"] for i in silent} == every - {"cyp-2019-01-10-1", "cyp-2019-01-10-2"}
    later = invoke("overdue", "--as-of", "2019-12-01", "--no-update-since", "2019-05-21", "--format", "json").stdout
    assert {i["id"] for i in json.loads(later)["overdue"]} == every


def test_changes_summarises_a_collected_round(git_repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    import json
    import subprocess

    for r in round_records():
        put(git_repo, r)
    start(invoke)
    subprocess.run(["git", "add", "-A"], cwd=git_repo, check=True)
    subprocess.run(["git", "commit", "-qm", "round"], cwd=git_repo, check=True)
    subprocess.run(["git", "checkout", "-qb", "collect"], cwd=git_repo, check=True)
    filled = early_help_answers(tmp_path, git_repo)
    director = fill(
        git_repo / BOOKS / DIR_BOOK,
        tmp_path / "d.xlsx",
        {"cyp-2019-02-14-2": {"progress": "achieved, propose closure", "update": "Done; report to follow."}},
    )
    invoke("round", "collect", str(filled), str(director), "--date", "2019-05-20", "--yes")
    text = invoke("changes", "main").stdout
    assert "Round 2019-q2: 3 updates from 2 owners; 1 target date moved; 1 proposed for closure." in text
    assert "owner's update" in text or "owners' updates" in text
    data = json.loads(invoke("changes", "main", "--format", "json").stdout)
    assert data["rounds"] == ["Round 2019-q2: 3 updates from 2 owners; 1 target date moved; 1 proposed for closure"]
    assert data["summary"]["update"] == 3
    events = [e for rc in data["records"] for e in rc["events"] if e["kind"] == "update"]
    assert {e["by"] for e in events} == {EARLY_HELP, DIRECTOR} and all(e["round"] == "2019-q2" for e in events)


def test_many_records_are_written_at_once_atomically_and_refusals_leave_theirs_alone(round_repo: Path) -> None:
    from scrutrack.errors import TransitionRefused
    from scrutrack.saving import update_many
    from scrutrack.store import open_repo, read_record

    r = open_repo(str(round_repo))
    path = round_repo / "records" / "cyp" / "cyp-2019-01-10-2.toml"
    path.chmod(0o640)
    before = (round_repo / "records" / "cyp" / "cyp-2019-01-10-3.toml").read_bytes()

    def noted(record: Record) -> Record:
        return lc.add_note(record, record.history[-1].date, "Checked in the round")

    def refused(record: Record) -> Record:
        raise TransitionRefused("not this one")

    results = update_many(r, [("cyp-2019-01-10-1", noted), ("cyp-2019-01-10-3", refused), ("cyp-2019-01-10-2", noted)])
    assert isinstance(results[1], TransitionRefused)
    for rid in ("cyp-2019-01-10-1", "cyp-2019-01-10-2"):
        assert read_record(r, rid)[0].history[-1].note == "Checked in the round"
    assert (round_repo / "records" / "cyp" / "cyp-2019-01-10-3.toml").read_bytes() == before
    assert path.stat().st_mode & 0o777 == 0o640
    assert not [p for p in (round_repo / "records" / "cyp").iterdir() if p.name.startswith(".")]
