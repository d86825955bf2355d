"""`scrutrack import csv`: messy real-world trackers in, bad rows named, nothing half-written."""

from __future__ import annotations

import datetime as dt
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke, files_snapshot

DATA = Path(__file__).resolve().parent / "data" / "csv"
D = dt.date


def records(root: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted((root / "records").rglob("*.toml"))}


def copy_in(root: Path, name: str) -> str:
    shutil.copy(DATA / name, root / name)
    return name


def imported(source: str, status: str, day: dt.date = D(2019, 4, 30)) -> dict[str, Any]:
    return {"date": day, "event": "imported", "status": status, "source": source}


def test_windows_1252_tracker_with_title_rows_and_messy_headings(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, "tracker-1252.csv")
    result = invoke("import", "csv", name, "--committee", "cyp", "--date", "2019-04-30")
    # "Ref" is the tracker's own reference, kept in the first history note; "RAG" is read past, and said so.
    assert result.stderr == (
        "Not imported (RAG ratings: `scrutrack overdue` works out what is late from the dates): RAG\n"
        f"Created 5 of 5 rows from {name}.\n"
    )
    got = records(repo)
    assert list(got) == [
        "cyp-2018-09-18-1",
        "cyp-2018-09-18-2",
        "cyp-2018-11-27-1",
        "cyp-2018-11-27-2",
        "cyp-2018-11-27-3",
    ]
    first = got["cyp-2018-09-18-1"]
    assert first["item"] == "Children’s Services Improvement Arrangements"
    assert first["owner"] == "Director of Children’s Social Care"  # "Lead Officer/EM"
    assert (first["status"], first["due"]) == ("implemented", D(2018, 11, 27))  # "Complete", 27/11/2018
    assert first["history"] == [
        {
            "date": D(2018, 9, 18),
            "event": "agreed",
            "due": D(2018, 11, 27),
            "note": f"Imported from {name} (ref CYP/01)",
        },
        imported(name, "implemented"),
    ]
    second = got["cyp-2018-09-18-2"]
    assert second["text"] == "An update report be brought quarterly, costing no more than £500.\n"
    assert (second["status"], second["due"]) == ("in-progress", D(2019, 3, 31))  # "Ongoing", "March 2019"
    assert second["response"] == {
        "date": D(2019, 4, 30),
        "outcome": "accepted",
        "text": "Agreed; reports will come quarterly.\n",
    }
    third = got["cyp-2018-11-27-1"]
    assert third["meeting"] == D(2018, 11, 27) and "due" not in third  # "27 Nov 2018", "TBC"
    assert third["text"] == "That a “staff representative” be invited.\n"
    assert third["status"] == "rejected" and third["response"]["outcome"] == "rejected"  # "Not accepted"
    assert (got["cyp-2018-11-27-2"]["status"], got["cyp-2018-11-27-2"]["referred"]) == ("referred", D(2019, 4, 30))
    agreed = got["cyp-2018-11-27-3"]
    assert agreed["status"] == "agreed" and len(agreed["history"]) == 1
    assert "records are valid" in invoke("check").stdout


def test_semicolons_bom_committee_names_and_partial_acceptance(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, "tracker-semicolon-bom.csv")
    invoke("import", "csv", name, "--date", "2019-04-30")  # the committee comes from its column
    got = records(repo)
    assert list(got) == ["cyp-2019-01-14-1", "cyp-2019-02-05-1", "cyp-2019-02-05-2"]
    first = got["cyp-2019-01-14-1"]
    assert first["text"] == "That the final arrangements come back; before publication.\n"
    assert (first["meeting"], first["due"], first["review"]) == (D(2019, 1, 14), D(2019, 9, 30), D(2019, 9, 18))
    assert first["status"] == "accepted"
    assert first["response"] == {
        "date": D(2019, 3, 1),
        "outcome": "accepted-in-part",
        "text": "Partly agreed: a summary will come back.\n",
    }
    assert [got[i]["status"] for i in ("cyp-2019-02-05-1", "cyp-2019-02-05-2")] == ["in-progress", "withdrawn"]
    assert "records are valid" in invoke("check").stdout


def test_number_column_outcomes_notes_evidence_and_multiline_cells(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, "tracker-numbers.csv")
    invoke("import", "csv", name, "--committee", "cyp", "--date", "2019-04-30")
    got = records(repo)
    done = got["cyp-2018-11-27-2"]  # "No." 2 on the first row
    assert (done["kind"], done["status"], done["owner"]) == ("action", "implemented", "Head of Performance")
    assert done["text"] == "Officers to circulate the figures\nafter the meeting.\n"
    assert done["evidence"] == [
        {"date": D(2019, 4, 30), "title": f"Linked in {name}", "url": "https://example.org/figures.pdf"}
    ]
    adopted = got["cyp-2018-11-27-1"]
    assert adopted["response"]["outcome"] == "accepted"
    assert adopted["history"][-1] == {**imported(name, "accepted"), "note": "Reported to Cabinet 10/12/2018"}
    assert got["cyp-2018-11-27-3"]["status"] == "closed"
    assert "records are valid" in invoke("check").stdout


def test_every_bad_row_is_named_and_nothing_is_written(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, "bad-rows.csv")
    before = files_snapshot(repo)
    result = invoke("import", "csv", name, "--committee", "cyp", code=1)
    err = result.stderr
    assert err.startswith(f"Error: {name}: 3 problems:")
    assert "row 2, column 'Status': unknown status 'Parked'; say what it means with --status-map 'Parked=STATUS'" in err
    assert "row 3" not in err  # 18/09/18: an imported file's two-digit year is read as 2018
    assert "row 4, column 'Recommendation': no recommendation text" in err
    assert "row 5, column 'Target date': date '31/02/2019' is not a real date" in err
    assert "row 6" not in err
    assert files_snapshot(repo) == before


def test_status_map_and_map_override(repo: Path, invoke: Invoke) -> None:
    (repo / "t.csv").write_text(
        "Date of meeting,Recommendation,Status,Lead Officer/EM,Ref\n"
        "18/09/2018,That officers circulate figures.,Parked,Cabinet Member for Children,R7\n",
        encoding="utf-8",
    )
    invoke(
        "import",
        "csv",
        "t.csv",
        "--committee",
        "cyp",
        "--date",
        "2019-04-30",
        "--status-map",
        "Parked=withdrawn",
        "--map",
        "Lead Officer/EM=addressed_to",
        "--map",
        "ref=number",
    )
    got = records(repo)["cyp-2018-09-18-7"]
    assert (got["status"], got["addressed_to"]) == ("withdrawn", "Cabinet Member for Children")
    assert "owner" not in got


def test_reimport_creates_nothing(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, "tracker-1252.csv")
    invoke("import", "csv", name, "--committee", "cyp", "--date", "2019-04-30")
    before = files_snapshot(repo)
    result = invoke("import", "csv", name, "--committee", "cyp")
    assert "Nothing new: 5 rows" in result.stderr and "5 already present" in result.stderr
    assert files_snapshot(repo) == before


def test_dry_run_writes_nothing(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, "tracker-semicolon-bom.csv")
    before = files_snapshot(repo)
    result = invoke("import", "csv", name, "--committee", "cyp", "--dry-run")
    assert files_snapshot(repo) == before
    assert result.stdout.splitlines()[1].startswith("cyp-2019-01-14-1  2019-01-14  Safeguarding arrangements")


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ("Meeting,Owner\n18/09/2018,X\n", (), "no column holds the recommendation text"),
        ("Recommendation,Owner\nThat X.,Y\n", (), "no column holds the meeting date"),
        (
            "Date,Meeting date,Recommendation\n1/1/2019,1/1/2019,X\n",
            (),
            "columns 'Date' and 'Meeting date' both mean meeting",
        ),
        ("Meeting,Recommendation\n18/09/2018,X\n", ("--map", "Nope=owner"), "has no column 'Nope'"),
        ("Meeting,Recommendation\n18/09/2018,X\n", ("--map", "Meeting=colour"), "'colour' is not a field"),
        (
            "Meeting,Recommendation,Theme\n18/09/2018,X,Workforce\n",
            (),
            "row 2, column 'Theme': unknown theme 'Workforce'",
        ),
        (
            "Meeting,Recommendation,Due date\n18/09/2018,X,01/01/2018\n",
            (),
            "row 2, column 'Due date': 'due' 2018-01-01 is before the meeting",
        ),
        (  # an unclosed quote would take the rows below into one cell: one record, exit 0
            'Meeting,Recommendation,Status\n18/09/2018,"That the ""Front Door"" review be shared.,Ongoing\n'
            "18/09/2018,That the rounds be published.,Complete\n",
            (),
            't.csv row 2: a quote (") opens a cell and never closes, so every row after it would be read into '
            "that cell",
        ),
    ],
)
def test_file_level_problems(repo: Path, invoke: Invoke, content: str, args: tuple[str, ...], message: str) -> None:
    (repo / "t.csv").write_text(content, encoding="utf-8")
    before = files_snapshot(repo)
    result = invoke("import", "csv", "t.csv", "--committee", "cyp", *args, code=1)
    assert message in result.stderr
    assert files_snapshot(repo) == before


def test_an_unquoted_separator_in_a_cell_is_named_not_lost(repo: Path, invoke: Invoke) -> None:
    (repo / "c.csv").write_text(
        "Date of meeting,Recommendation\n18/09/2018,That officers, partners and the CCG attend\n"
    )
    before = files_snapshot(repo)
    err = invoke("import", "csv", "c.csv", "--committee", "cyp", code=1).stderr
    assert "row 2: has 3 cells but the heading row has 2; put quotes round text" in err
    assert files_snapshot(repo) == before


def test_awaiting_response_gets_a_response_due_from_the_rules(repo: Path, invoke: Invoke) -> None:
    (repo / "t.csv").write_text(
        "Meeting date,Recommendation,Status,Date referred\n04/06/2019,That X happen,Awaiting response,10/06/2019\n"
    )
    invoke("import", "csv", "t.csv", "--committee", "hsc")  # hsc's response period is 28 days
    text = (repo / "records/hsc/hsc-2019-06-04-1.toml").read_text()
    assert "referred = 2019-06-10" in text and "response_due = 2019-07-08" in text
    invoke("check")
    assert "response" in invoke("overdue", "--as-of", "2019-07-09").stdout


def test_an_outcome_not_applicable_with_a_reason_is_no_outcome(repo: Path, invoke: Invoke) -> None:
    # A committee's request of its own officers needs no executive answer: 'N/A - internal', 'Not applicable
    # (officer action)' say there is none, as a bare 'N/A' does, and never stop the import; the response
    # date beside a real outcome is read under its heading 'Date of Cabinet response'.
    (repo / "t.csv").write_text(
        "Meeting date,Recommendation,Date of Cabinet response,Accepted?\n"
        "04/06/2019,That X happen.,02/07/2019,Accepted\n"
        "04/06/2019,That the figures be sent to members.,,N/A - internal\n"
        "04/06/2019,That officers brief members.,,Not applicable (officer action)\n"
    )
    result = invoke("import", "csv", "t.csv", "--committee", "hsc")
    assert result.exit_code == 0, result.stderr
    got = records(repo)
    assert got["hsc-2019-06-04-1"]["response"]["date"] == D(2019, 7, 2)
    assert [got[f"hsc-2019-06-04-{n}"]["status"] for n in (2, 3)] == ["agreed", "agreed"]


def test_a_one_meeting_tracker_with_footnoted_headings_and_two_digit_years(repo: Path, invoke: Invoke) -> None:
    # "Meeting Date: 12/03/19" above the headings, "Recommendation Made[i]", "Recommendation made to*",
    # "Lead officer (1)", "Status[ii]", Excel's 30/09/19, and the words trackers use for status.
    (repo / "scrutrack.toml").write_text(
        (repo / "scrutrack.toml").read_text() + '\n[committees.env]\nname = "Environment Scrutiny Panel"\n'
    )
    name = copy_in(repo, "tracker-one-meeting.csv")
    result = invoke("import", "csv", name, "--committee", "env", "--date", "2019-06-30")
    assert result.stderr == (
        f"Created 6 of 6 rows from {name}; meeting 2019-03-12 for every row (row 2), "
        "4 dates with a two-digit year read as 20YY.\n"
    )
    got = records(repo)
    assert [(r["status"], r.get("due"), r["addressed_to"], r["owner"]) for r in got.values()] == [
        ("in-progress", D(2019, 9, 30), "Cabinet Member for Environment", "Head of Waste Services"),  # On-going
        ("implemented", D(2019, 5, 31), "Head of Waste Services", "Head of Waste Services"),  # Completed
        ("agreed", None, "Chair", "Democratic Services"),  # Not started
        ("accepted", None, "Cabinet", "Director of Environment"),  # Yes
        ("rejected", None, "Cabinet", "Director of Environment"),  # No
        ("accepted", D(2019, 12, 31), "Cabinet", "Director of Environment"),  # In part
    ]
    assert got["env-2019-03-12-2"]["text"] == "That officers report missed collections by ward to each meeting.\n"
    assert all(r["meeting"] == D(2019, 3, 12) for r in got.values())
    assert "records are valid" in invoke("check").stdout


def test_meeting_gives_the_date_of_every_row(repo: Path, invoke: Invoke) -> None:
    (repo / "t.csv").write_text("Recommendation,Owner\nThat X happen.,Head of Service\nThat Y happen.,Director\n")
    err = invoke("import", "csv", "t.csv", "--committee", "cyp", code=1).stderr
    assert "give the date of every row with --meeting YYYY-MM-DD" in err
    result = invoke("import", "csv", "t.csv", "--committee", "cyp", "--meeting", "2019-03-12", "--date", "2019-04-01")
    assert result.stdout.split() == ["cyp-2019-03-12-1", "cyp-2019-03-12-2"]
    name = copy_in(repo, "tracker-1252.csv")  # it has a date column: --meeting replaces it, and says so
    result = invoke("import", "csv", name, "--committee", "cyp", "--meeting", "2018-09-01", "--dry-run")
    assert "Ignored column (map with --map COLUMN=FIELD): Date of meeting (--meeting replaces it)" in result.stderr
    rows = [line for line in result.stdout.splitlines()[1:] if not line.startswith(" ")]  # not wrapped text
    assert {line.split()[1] for line in rows} == {"2018-09-01"}
    assert "write it as YYYY-MM-DD" in invoke("import", "csv", name, "--meeting", "12/03/19", code=1).stderr


def test_a_tracker_of_several_committees_names_the_unknown_codes(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, "tracker-committees.csv")
    before = files_snapshot(repo)
    err = invoke("import", "csv", name, "--map", "Origin=committee", code=1).stderr
    assert err == (
        f"Error: {name}: column 'Origin' names committees that scrutrack.toml does not have: 'ENV' (rows 2, 4), "
        "'HSG' (row 3); add them to scrutrack.toml:\n\n"
        '[committees.env]\nname = "ENV"  # the full name\n\n'
        '[committees.hsg]\nname = "HSG"  # the full name\n\n'
        "nothing was imported\n"
    )
    assert files_snapshot(repo) == before
    config = repo / "scrutrack.toml"
    config.write_text(
        config.read_text() + '\n[committees.env]\nname = "Environment"\n\n[committees.hsg]\nname = "Housing"\n'
    )
    result = invoke("import", "csv", name, "--map", "Origin=committee", "--date", "2019-06-30")
    assert result.stdout.split() == ["env-2019-03-12-1", "hsg-2019-01-24-1", "env-2019-03-12-2", "cyp-2018-09-18-1"]


def test_dry_run_json_for_a_tracker(repo: Path, invoke: Invoke) -> None:
    import json

    name = copy_in(repo, "tracker-semicolon-bom.csv")
    data = json.loads(invoke("import", "csv", name, "--dry-run", "--format", "json", "--date", "2019-04-30").stdout)
    assert [r["id"] for r in data["create"]] == ["cyp-2019-01-14-1", "cyp-2019-02-05-1", "cyp-2019-02-05-2"]
    assert data["create"][0]["from"] == f"{name} row 2" and data["dry_run"] is True
    assert records(repo) == {}


def test_a_tracker_as_excel_saves_it(repo: Path, invoke: Invoke) -> None:
    # CRLF, a title and an "Updated:" row, a row of merged group headings ("Meeting,,Recommendation,,
    # Response,,Progress") above the real ones, empty trailing columns, dates as 12/03/19, Mar-19,
    # 01-Jun-19, 1 March 2019 and 01-Mar-19, status words with a RAG rating, "Partially" accepted,
    # and a key and a source line below a blank row.
    name = copy_in(repo, "tracker-excel-layout.csv")
    result = invoke("import", "csv", name, "--committee", "cyp", "--date", "2019-10-05")
    assert result.stderr == (
        "Left out 2 rows of notes below the table (rows 12, 13)\n"
        f"Created 5 of 5 rows from {name}; 5 dates with a two-digit year read as 20YY.\n"
    )
    got = records(repo)
    assert [
        (rid, r["meeting"], r["item"], r["text"], r["status"], r.get("due"), r.get("response", {}).get("outcome"))
        for rid, r in got.items()
    ] == [
        (
            "cyp-2019-03-01-1",
            D(2019, 3, 1),
            "Street Cleansing",
            "That the penalty for late cleansing be reviewed.\n",
            "in-progress",  # "In Progress - on track"
            D(2019, 9, 30),
            "accepted-in-part",  # "Partially"
        ),
        (
            "cyp-2019-03-01-2",
            D(2019, 3, 1),
            "Street Cleansing",
            "That the contractor attend the July meeting.\n",
            "agreed",  # "Not yet started", accepted "N/A"
            None,
            None,
        ),
        (
            "cyp-2019-03-01-3",
            D(2019, 3, 1),  # "01-Mar-19"
            "Street Cleansing",
            "That a litter bin be placed at every bus stop.\n",
            "rejected",  # "Rejected by Cabinet"
            None,
            "rejected",
        ),
        (
            "cyp-2019-03-12-1",
            D(2019, 3, 12),
            "Waste Collection Review",
            "That collection round changes be published four weeks before they start.\n",
            "implemented",  # "Complete (Green)"
            D(2019, 3, 31),  # "Mar-19": the month's end
            "accepted",
        ),
        (
            "cyp-2019-03-12-2",
            D(2019, 3, 12),
            "Waste Collection Review",
            "That missed collections be reported by ward, each quarter.\n",
            "in-progress",  # "On going"
            D(2019, 6, 1),
            "accepted",
        ),
    ]
    assert got["cyp-2019-03-12-1"]["addressed_to"] == "Cabinet Member for Environment"  # "Made to"
    assert got["cyp-2019-03-12-1"]["history"][-1]["note"] == "Published on the website and in the residents' magazine."
    assert "records are valid" in invoke("check").stdout
    assert "Nothing new" in invoke("import", "csv", name, "--committee", "cyp", "--date", "2019-10-05").stderr


def test_a_note_under_the_data_without_a_blank_row_is_named_not_dropped(repo: Path, invoke: Invoke) -> None:
    (repo / "t.csv").write_text(
        "Date,Recommendation,Status\r\n12/03/2019,That the rounds be published.,Complete\r\n"
        "Key: Complete = finished,,\r\n"
    )
    err = invoke("import", "csv", "t.csv", "--committee", "cyp", "--date", "2019-10-05", code=1).stderr
    assert "row 3, column 'Date': date 'Key: Complete = finished' is not a date" in err
    assert "row 3, column 'Recommendation': no recommendation text" in err
    assert records(repo) == {}


def test_meeting_dates_from_rows_that_head_each_meeting(repo: Path, invoke: Invoke) -> None:
    # No date column: "Meeting: 12 March 2019" (and "Cabinet - 10/09/19") heads the rows of each
    # meeting, numbered again under each; a target date Excel saved as its serial number (43646).
    name = copy_in(repo, "tracker-grouped.csv")
    result = invoke("import", "csv", name, "--committee", "cyp", "--date", "2019-10-01")
    assert result.stderr == (
        f"Created 4 of 4 rows from {name}; meeting dates from 3 heading rows (4, 7, 10), "
        "1 date with a two-digit year read as 20YY.\n"
    )
    got = records(repo)
    assert [(rid, r["meeting"], r["text"], r["status"], r.get("due")) for rid, r in got.items()] == [
        (
            "cyp-2019-03-12-1",
            D(2019, 3, 12),
            "That the Cabinet Member review the SEND transport contract.\n",
            "implemented",
            D(2019, 6, 30),  # 43646
        ),
        (
            "cyp-2019-03-12-2",
            D(2019, 3, 12),
            "That route timetables be published on the website.\n",
            "in-progress",
            D(2019, 7, 31),
        ),
        (
            "cyp-2019-06-04-1",
            D(2019, 6, 4),
            "That a young carers lead be named in every secondary school.\n",
            "agreed",
            None,
        ),
        ("cyp-2019-09-10-1", D(2019, 9, 10), "That holiday activities be funded for young carers.\n", "agreed", None),
    ]
    # --meeting still dates every row; the numbers that restart under each heading then collide.
    for p in (repo / "records").rglob("*.toml"):
        p.unlink()
    args = ("import", "csv", name, "--committee", "cyp", "--meeting", "2019-03-12", "--date", "2019-10-01")
    err = invoke(*args, code=1).stderr
    assert "row 8, column 'No.': gives cyp-2019-03-12-1 again (row 5 has it)" in err
    out = invoke(*args, "--map", "No.=-")
    assert out.stdout.split() == ["cyp-2019-03-12-1", "cyp-2019-03-12-2", "cyp-2019-03-12-3", "cyp-2019-03-12-4"]


def test_a_stray_quote_inside_a_cell_is_read_as_it_stands(repo: Path, invoke: Invoke) -> None:
    (repo / "t.csv").write_text('Meeting,Recommendation\n18/09/2018,That the 5" pipe be replaced.\n')
    invoke("import", "csv", "t.csv", "--committee", "cyp", "--date", "2019-10-01")
    assert [r["text"] for r in records(repo).values()] == ['That the 5" pipe be replaced.\n']


def test_headings_with_a_note_in_brackets(repo: Path, invoke: Invoke) -> None:
    # "Date of meeting (dd/mm/yyyy)" and "Recommendation (as agreed by the Committee)" are read as the
    # headings they start with; "Status (RAG)" stays a column of its own beside "Status".
    (repo / "t.csv").write_text(
        "Date of meeting (dd/mm/yyyy),Recommendation (as agreed by the Committee),Status,Status (RAG)\n"
        "12/03/2019,That the rounds be published.,Complete,Green\n"
    )
    result = invoke("import", "csv", "t.csv", "--committee", "cyp", "--date", "2019-10-01")
    assert "Not imported (RAG ratings: `scrutrack overdue` works out what is late from the dates): Status (RAG)" in (
        result.stderr
    )
    assert [(r["meeting"], r["text"], r["status"]) for r in records(repo).values()] == [
        (D(2019, 3, 12), "That the rounds be published.\n", "implemented")
    ]


def test_headings_printed_in_two_languages_in_one_cell(repo: Path, invoke: Invoke) -> None:
    # A bilingual tracker prints each heading in both languages, one above the other in one cell (English
    # over Gaelic here): the line that names a field is the heading; two lines naming two fields are none.
    (repo / "t.csv").write_text(
        '"Date agreed\nCeann-latha","Recommendation\nMoladh","Lead officer\nOifigear","Status\nInbhe",'
        '"Target\nStatus"\n'
        "04/06/2019,That the ferry timetable is published in both languages.,Head of Roads,Complete,x\n",
        encoding="utf-8",
    )
    result = invoke("import", "csv", "t.csv", "--committee", "cyp", "--date", "2019-10-01")
    assert "Ignored column (map with --map COLUMN=FIELD): Target" in result.stderr
    assert [(r["meeting"], r["text"], r["owner"], r["status"]) for r in records(repo).values()] == [
        (D(2019, 6, 4), "That the ferry timetable is published in both languages.\n", "Head of Roads", "implemented")
    ]


def test_status_words_in_the_forms_trackers_write_them(repo: Path, invoke: Invoke) -> None:
    words = {
        "Complete (Green)": "implemented",
        "COMPLETED.": "implemented",
        "In progress - on track": "in-progress",
        "Ongoing (Amber)": "in-progress",
        "Partially complete": "in-progress",
        "Partially achieved": "in-progress",
        "Not yet started": "agreed",
        "Awaiting Cabinet decision": "referred",
        "Rejected by Cabinet": "rejected",
    }
    rows = "".join(f"12/03/2019,That point {n} be done.,{word}\n" for n, word in enumerate(words, 1))
    (repo / "t.csv").write_text("Date,Recommendation,Status\n" + rows)
    invoke("import", "csv", "t.csv", "--committee", "cyp", "--date", "2019-10-01")
    assert [r["status"] for r in records(repo).values()] == list(words.values())
    (repo / "u.csv").write_text("Date,Recommendation,Status\n12/03/2019,That it be done.,Parked\n")
    err = invoke("import", "csv", "u.csv", "--committee", "cyp", code=1).stderr
    assert "row 2, column 'Status': unknown status 'Parked'; say what it means with --status-map 'Parked=STATUS'" in err


def test_a_rag_rating_in_the_status_column_is_read_past_unless_mapped(repo: Path, invoke: Invoke) -> None:
    # "Red" alone says how late a row is, not where it stands: read past as a RAG column is (the row's
    # status then comes from its response), unless --status-map says what the tracker means by it
    (repo / "t.csv").write_text(
        "Date,Recommendation,Status,Cabinet response\n"
        "12/03/2019,That A be done.,Red,Agreed.\n"
        "12/03/2019,That B be done.,Amber/Red,\n"
        "12/03/2019,That C be done.,Blue,Not accepted: no budget.\n"
    )
    invoke("import", "tracker", "t.csv", "--committee", "cyp", "--date", "2019-10-01")
    assert [r["status"] for r in records(repo).values()] == ["accepted", "agreed", "rejected"]
    (repo / "u.csv").write_text("Date,Recommendation,Status\n04/06/2019,That D be done.,Red\n")
    invoke(
        "import", "tracker", "u.csv", "--committee", "cyp", "--date", "2019-10-01", "--status-map", "Red=in-progress"
    )
    assert records(repo)["cyp-2019-06-04-1"]["status"] == "in-progress"


def test_cells_read_as_officers_fill_them_in(repo: Path, invoke: Invoke) -> None:
    # an outcome column headed with its choices, outcomes with more words after them or none yet; targets
    # as periods; a meeting named with its date; the tracker's own labels before the recommendations ("R6 That ...",
    # with no stop after the label, too)
    (repo / "t.csv").write_text(
        "Meeting,Recommendation,Agreed? (Yes / No / In part),Deadline\n"
        "Cabinet - 5 March 2024,R1 – That A be done.,Yes – in part,End of June 2024\n"
        "Cabinet - 5 March 2024,(b) To publish B.,Accepted with amendments,Q2 2024/25\n"
        "05/03/2024 (reconvened),3. That C be done.,Pending,Autumn 2024\n"
        "05/03/2024 (reconvened),That D be done.,Declined: no budget,2025/26\n"
        "05/03/2024 (reconvened),That E be done.,,Dec 2024 (revised)\n"
        "05/03/2024 (reconvened),R6 That F be done.,,Dec 2024\n"
    )
    invoke("import", "tracker", "t.csv", "--committee", "cyp", "--date", "2024-06-01")
    got = list(records(repo).values())
    assert [r["text"] for r in got] == [
        "That A be done.\n",
        "To publish B.\n",
        "That C be done.\n",
        "That D be done.\n",
        "That E be done.\n",
        "That F be done.\n",
    ]
    assert {r["meeting"] for r in got} == {dt.date(2024, 3, 5)}
    assert [r.get("response", {}).get("outcome") for r in got] == [
        "accepted-in-part",
        "accepted",
        None,
        "rejected",
        None,
        None,
    ]
    assert [r["due"] for r in got] == [
        dt.date(2024, 6, 30),
        dt.date(2024, 9, 30),  # the second quarter of the financial year 2024/25
        dt.date(2024, 11, 30),
        dt.date(2026, 3, 31),
        dt.date(2024, 12, 31),
        dt.date(2024, 12, 31),
    ]


def test_a_heading_column_names_each_rows_item(repo: Path, invoke: Invoke) -> None:
    # a Scottish board's action tracker: "Heading" is the minute's heading, each row's item; "Action Point" its text
    (repo / "t.csv").write_text(
        "No,Meeting,Heading,Action Point,Responsibility\n"
        "1,19/02/2025,WINTER PLAN,Chief Officer to report on delayed discharges in May.,Chief Officer\n"
    )
    invoke("import", "tracker", "t.csv", "--committee", "cyp", "--date", "2025-06-01")
    assert [r["item"] for r in records(repo).values()] == ["WINTER PLAN"]


def test_a_trackers_own_words_for_kind_outcome_and_label_are_read_not_refused(repo: Path, invoke: Invoke) -> None:
    # a "Type" column of the tracker's own words ('Suggestion for improvement'): a recommendation, not a refusal;
    # 'Reject' is rejected; "ACTION: X to ..." and "Agreed: that ..." lose their label and introducer
    (repo / "t.csv").write_text(
        "Date,Type,Recommendation,Cabinet Decision\n"
        "05/03/2025,Suggestion for improvement,ACTION: Chief Executive to write to the Minister.,Accept\n"
        "05/03/2025,Recommendation,Agreed: that officers review the booking forms.,Reject\n"
    )
    invoke("import", "tracker", "t.csv", "--committee", "cyp", "--date", "2025-06-01")
    got = list(records(repo).values())
    assert [(r["kind"], r["text"]) for r in got] == [
        ("recommendation", "Chief Executive to write to the Minister.\n"),
        ("recommendation", "That officers review the booking forms.\n"),
    ]
    assert [r["response"]["outcome"] for r in got] == ["accepted", "rejected"]


def test_a_meeting_shown_once_over_its_rows_dates_each(repo: Path, invoke: Invoke) -> None:
    # the date and topic written once, on the first row of each meeting, the cells below left blank as
    # if merged down; a first row with no date is still named
    (repo / "t.csv").write_text(
        "Topic,Date of committee,Recommendation\n"
        "Allotments,21/05/2024,That the waiting list be published.\n"
        ",,That plot rents be frozen.\n"
        "Play areas,09/07/2024,That every play area be inspected yearly.\n"
        ",,That the inspection reports be online.\n"
    )
    out = invoke("import", "tracker", "t.csv", "--committee", "cyp", "--date", "2024-08-01").stdout
    assert out.split() == ["cyp-2024-05-21-1", "cyp-2024-05-21-2", "cyp-2024-07-09-1", "cyp-2024-07-09-2"]
    assert records(repo)["cyp-2024-07-09-2"]["item"] == "Play areas"
    (repo / "u.csv").write_text("Date of committee,Recommendation\n,That X be done.\n")
    err = invoke("import", "tracker", "u.csv", "--committee", "cyp", "--date", "2024-08-01", code=1).stderr
    assert "row 2, column 'Date of committee': no meeting date" in err


def test_an_open_row_with_an_answer_takes_its_status_from_the_answer(repo: Path, invoke: Invoke) -> None:
    # 'Open' and 'Not started' say where the work stands, not what the executive answered
    (repo / "t.csv").write_text(
        "Date agreed,Recommendation,Executive response,Progress status\n"
        "03/10/2023,That A be done.,Agreed - work starts in April.,Not started\n"
        "03/10/2023,That B be done.,Not accepted: no budget.,Open\n"
        "03/10/2023,That C be done.,,Open\n"
    )
    invoke("import", "tracker", "t.csv", "--committee", "cyp", "--date", "2024-01-10")
    got = records(repo)
    assert [r["status"] for r in got.values()] == ["accepted", "rejected", "agreed"]
    assert got["cyp-2023-10-03-2"]["response"]["outcome"] == "rejected"


def test_a_second_table_under_the_first_with_its_headings_again(repo: Path, invoke: Invoke) -> None:
    # one sheet, two tables: 'Current' and then 'Completed' with the heading row repeated over it
    (repo / "t.csv").write_text(
        "CURRENT,,\n"
        "No.,Committee date,Scrutiny recommendation\n"
        "1,16/01/2024,That the leisure contract be retendered.\n"
        ",,\n"
        "COMPLETED,,\n"
        "No.,Committee date,Scrutiny recommendation\n"
        "1,14/11/2023,That pool opening hours be extended.\n"
    )
    result = invoke("import", "tracker", "t.csv", "--committee", "cyp", "--date", "2024-02-01")
    assert result.stdout.split() == ["cyp-2024-01-16-1", "cyp-2023-11-14-1"]
    assert "Left out 2 section headings in the table (rows 5, 6)" in result.stderr


def test_a_committee_column_naming_bodies_not_configured_is_read_as_the_committee_given(
    repo: Path, invoke: Invoke
) -> None:
    # a town council's action log names the meeting each row came from ('Full Council'); with --committee
    # the rows are that committee's, and the summary says which names were read so
    (repo / "log.csv").write_text(
        "Meeting,Committee,Resolution,Status\n"
        "2024-01-16,Full Council,That the Clerk obtains three quotations for the car park.,In progress\n"
        "2024-02-06,Amenities Committee,To install a second defibrillator at the pavilion.,Complete\n",
        encoding="utf-8",
    )
    result = invoke("import", "tracker", "log.csv", "--committee", "cyp", "--date", "2024-03-01")
    assert result.stdout.split() == ["cyp-2024-01-16-1", "cyp-2024-02-06-1"]
    assert (
        "column 'Committee' names 'Full Council', 'Amenities Committee', not in scrutrack.toml: read as cyp"
        in result.stderr
    )


def test_a_trackers_text_ends_as_a_sentence_and_an_export_comes_back_as_it_was(repo: Path, invoke: Invoke) -> None:
    # An officer's tracker is read by the rule minutes are (a record's text ends with a full stop); a file
    # `export csv` wrote (its ID column) comes back byte for byte, full stop or not.
    (repo / "t.csv").write_text(
        "Meeting,Action ref,Min no.,Action agreed\n"
        "5 Feb 2025,AGC-1,41,Treasurer to confirm the audit fee\n"
        '5 Feb 2025,AGC-2,43,"Clerk to ask: ""when will it open?"""\n'
    )
    result = invoke("import", "csv", "t.csv", "--committee", "cyp", "--date", "2025-03-01")
    assert result.stdout.split() == ["cyp-2025-02-05-1", "cyp-2025-02-05-2"]
    got = records(repo)
    assert got["cyp-2025-02-05-1"]["text"].rstrip() == "Treasurer to confirm the audit fee."
    assert got["cyp-2025-02-05-2"]["text"].rstrip() == 'Clerk to ask: "when will it open?"'
    # 'Action ref' and 'Min no.' both name the row: both are kept as its reference, the second by its name.
    assert got["cyp-2025-02-05-1"]["history"][0]["note"] == "Imported from t.csv (ref AGC-1, Min no. 41)"
    invoke("add", "--committee", "cyp", "--meeting", "2025-06-04", "--text", "Clerk to book the hall by June")
    exported = invoke("export", "csv").stdout
    shutil.rmtree(repo / "records" / "cyp")
    (repo / "back.csv").write_text(exported)
    invoke("import", "csv", "back.csv", "--date", "2025-07-01")
    assert records(repo)["cyp-2025-06-04-1"]["text"].rstrip() == "Clerk to book the hall by June"


def test_a_decisions_tracker_is_written_as_minutes_are_and_a_noting_row_left_out(repo: Path, invoke: Invoke) -> None:
    # A committee's decisions log: 'Agreed to X' is 'To X' (the introducer goes, as it does in minutes); a row that
    # only notes is no record, takes no number and is named.
    (repo / "log.csv").write_text(
        "Meeting,Subject,Decision\n"
        "9 April 2025,Leisure,Agreed to extend summer opening at the lido from 1 May\n"
        "9 April 2025,Performance,Noted the quarterly performance report.\n"
        "9 April 2025,Toilets,RESOLVED that the public conveniences open until 8 pm\n"
    )
    result = invoke("import", "tracker", "log.csv", "--committee", "cyp", "--date", "2025-05-01")
    assert "Left out 1 row whose decision only notes: log.csv row 3" in result.stderr
    got = records(repo)
    assert {k: (v["item"], v["text"].rstrip()) for k, v in got.items()} == {
        "cyp-2025-04-09-1": ("Leisure", "To extend summer opening at the lido from 1 May."),
        "cyp-2025-04-09-2": ("Toilets", "That the public conveniences open until 8 pm."),
    }
