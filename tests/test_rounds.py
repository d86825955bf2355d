"""Update rounds: the workbook `round start` writes, as openpyxl (and so Excel) reads it, and the round file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot
from helpers import in_status, put

from scrutrack import lifecycle as lc
from scrutrack.model import Record

D = dt.date
EARLY_HELP = "Head of Early Help"
DIRECTOR = "Director of Children's Social Care"
START = "2019-04-30"


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
    return [a, b, c, d, e, done, nobody]


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
