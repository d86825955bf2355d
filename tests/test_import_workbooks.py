"""`scrutrack import tracker`: trackers kept in Excel or LibreOffice read as they are, and the same records as CSV."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke, files_snapshot
from openpyxl import Workbook

from scrutrack import spreadsheet
from scrutrack.sheets import read_tracker

DATA = Path(__file__).resolve().parent / "data" / "trackers"
D = dt.date
WORKBOOKS = ["tracker.xlsx", "tracker.ods", "tracker-resaved.xlsx"]


def records(root: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted((root / "records").rglob("*.toml"))}


def dry_run(invoke: Invoke, name: str) -> list[dict[str, Any]]:
    """The records `import tracker NAME --committee cyp --dry-run` would create, as its JSON lists them."""
    out = invoke("import", "tracker", name, "--committee", "cyp", "--format", "json", "--dry-run").stdout
    created: list[dict[str, Any]] = json.loads(out)["create"]
    return created


def copy_in(root: Path, name: str) -> str:
    shutil.copy(DATA / name, root / name)
    return name


def without_source(got: dict[str, dict[str, Any]], name: str) -> dict[str, dict[str, Any]]:
    """Records with the file's name taken out of their history, to compare imports of two files."""
    text = repr(got).replace(name, "FILE")
    return eval(text, {"datetime": dt})  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", WORKBOOKS)
def test_a_workbook_gives_the_records_its_csv_gives(repo: Path, invoke: Invoke, name: str, tmp_path: Path) -> None:
    # tracker.xlsx: title rows, merged group headings, meeting dates merged down, date cells, "007" as
    # text, a formula, a hidden row; .ods and the LibreOffice re-save of it are the same workbook.
    invoke("import", "tracker", copy_in(repo, "tracker-open.csv"), "--committee", "cyp", "--date", "2019-10-05")
    from_csv = without_source(records(repo), "tracker-open.csv")
    shutil.rmtree(repo / "records")
    (repo / "records").mkdir()
    result = invoke(
        "import", "tracker", copy_in(repo, name), "--committee", "cyp", "--date", "2019-10-05", "--sheet", "Open"
    )
    assert result.stderr == (
        "Not imported (RAG ratings: `scrutrack overdue` works out what is late from the dates): RAG\n"
        f"Created 5 of 5 rows from {name} (sheet 'Open').\n"
    )
    got = without_source(records(repo), name)
    assert got == from_csv
    first = got["cyp-2019-03-12-1"]
    assert first["history"][0]["note"] == "Imported from FILE (ref 007)"  # a reference typed as text
    assert first["history"][-1]["note"] == (
        "Progress Update: Review started in May.\n\nLatest Update: Draft findings shared with the Cabinet Member."
    )
    assert got["cyp-2019-03-12-2"]["status"] == "implemented"  # in a hidden row: read all the same
    assert got["cyp-2019-06-04-1"]["due"] == D(2019, 10, 2)  # a formula's value
    assert got["cyp-2019-06-04-1"]["response"]["outcome"] == "accepted-in-part"
    assert [r["meeting"] for r in got.values()] == [D(2019, 3, 12)] * 3 + [D(2019, 6, 4)] * 2  # merged down
    assert "records are valid" in invoke("check").stdout


@pytest.mark.parametrize("name", WORKBOOKS)
def test_every_tracker_sheet_is_read_and_the_others_named(repo: Path, invoke: Invoke, name: str) -> None:
    result = invoke("import", "tracker", copy_in(repo, name), "--committee", "cyp", "--date", "2019-10-05")
    assert result.stderr.splitlines()[1:] == [
        "Skipped sheet 'Lists' (hidden)",
        "Skipped sheet 'Key' (its headings do not read as a tracker)",
        f"Created 7 of 7 rows from {name} (sheets 'Open', 'Closed').",
    ]
    closed = records(repo)["cyp-2019-01-15-2"]
    assert (closed["status"], closed["owner"]) == ("closed", "Head of Performance")
    assert closed["history"][-1]["note"] == "Circulated on 3 December 2018."
    before = files_snapshot(repo)
    again = invoke("import", "tracker", name, "--committee", "cyp", "--date", "2019-10-06")
    assert f"Nothing new: 7 rows in {name} (sheets 'Open', 'Closed'), none created (7 already present)." in again.stderr
    assert files_snapshot(repo) == before


@pytest.mark.parametrize("name", WORKBOOKS)
def test_the_reader_gives_every_sheet_hidden_ones_marked(name: str) -> None:
    # what `round collect` reads a returned workbook with: the hidden sheet is there, and says so
    book = read_tracker((DATA / name).read_bytes(), name)
    assert [(s.name, s.hidden) for s in book.sheets] == [
        ("Open", False),
        ("Closed", False),
        ("Key", False),
        ("Lists", True),
    ]
    lists = book.sheet("lists")
    assert lists is not None and [row[0] for row in lists.rows] == [
        "Complete",
        "In progress",
        "Ongoing",
        "Rejected",
        "Awaiting response",
    ]
    open_ = book.sheet("Open")
    assert open_ is not None
    assert open_.rows[5][:3] == ["007", "2019-03-12", "School Transport"]
    assert open_.rows[6][:3] == ["008", "2019-03-12", "School Transport"]  # merged down: each row has it


def _workbook(
    path: Path, rows: list[list[Any]], title: str = "Tracker", hidden: bool = False, **others: list[list[Any]]
) -> None:
    """A workbook of one sheet of `rows` (and a sheet for each of `others`, by name)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    if hidden:
        ws.sheet_state = "hidden"
        wb.create_sheet("Visible")
    for name, sheet_rows in others.items():
        other = wb.create_sheet(name)
        for row in sheet_rows:
            other.append(row)
    wb.save(path)


def test_the_usual_headings_need_no_map(repo: Path, invoke: Invoke) -> None:
    headings = [
        "Recommendation No.",
        "Date Agreed",
        "Scrutiny Recommendation",
        "Cabinet Member",
        "Lead Officer/EM",
        "Response from Cabinet",
        "Accepted / Rejected",
        "Timescale",
        "RAG Status",
        "Latest Update",
        "Comments",
    ]
    row = [
        2,
        D(2019, 3, 12),
        "That the charging policy be reviewed.",
        "Cabinet Member for Finance",
        "Head of Revenues",
        "Agreed; a review will start in April.",
        "Accepted",
        D(2019, 12, 31),
        "Green",
        "Review under way.",
        "On track.",
    ]
    _workbook(repo / "t.xlsx", [["Finance Scrutiny Panel"], [], headings, row])
    result = invoke("import", "tracker", "t.xlsx", "--committee", "cyp", "--date", "2019-10-05")
    assert "Ignored" not in result.stderr
    got = records(repo)["cyp-2019-03-12-2"]  # numbered by its "Recommendation No."
    assert (got["addressed_to"], got["owner"], got["due"], got["status"]) == (
        "Cabinet Member for Finance",
        "Head of Revenues",
        D(2019, 12, 31),
        "accepted",  # no status column: the outcome says it
    )
    assert got["response"]["text"] == "Agreed; a review will start in April.\n"
    assert got["history"][-1]["note"] == "Latest Update: Review under way.\n\nComments: On track."


def test_an_action_log_reads_its_actions_as_the_text(repo: Path, invoke: Invoke) -> None:
    rows = [
        ["Ref", "Date of Committee", "Action Required", "Officer Responsible", "Target Date", "Progress Update"],
        ["A1", "12/03/2019", "Officers to circulate the figures.", "Head of Performance", "30/04/2019", "Sent."],
    ]
    _workbook(repo / "log.xlsx", rows)
    invoke("import", "tracker", "log.xlsx", "--committee", "cyp", "--date", "2019-10-05")
    got = records(repo)["cyp-2019-03-12-1"]
    assert (got["text"], got["owner"], got["due"]) == (
        "Officers to circulate the figures.\n",
        "Head of Performance",
        D(2019, 4, 30),
    )


def test_a_bad_cell_is_named_by_workbook_sheet_row_and_heading(repo: Path, invoke: Invoke) -> None:
    rows = [
        ["Recommendations Tracker"],
        [],
        ["Date of meeting", "Recommendation", "Status", "Target date"],
        [D(2019, 3, 12), "That the rounds be published.", "Parked", D(2019, 6, 30)],
        [D(2019, 3, 12), "That the bins be emptied.", "Complete", "31/02/2019"],
    ]
    _workbook(repo / "t.xlsx", rows, title="Open items")
    before = files_snapshot(repo)
    err = invoke("import", "tracker", "t.xlsx", "--committee", "cyp", code=1).stderr
    assert err.startswith("Error: t.xlsx: 2 problems:\n")
    assert "  sheet 'Open items', row 4, column 'Status': unknown status 'Parked'; say what it means" in err
    assert "  sheet 'Open items', row 5, column 'Target date': date '31/02/2019' is not a real date" in err
    assert files_snapshot(repo) == before


def test_a_sheet_that_is_no_tracker_says_why(repo: Path, invoke: Invoke) -> None:
    _workbook(repo / "t.xlsx", [["Ward", "Budget"], ["North", 12]])
    err = invoke("import", "tracker", "t.xlsx", "--committee", "cyp", code=1).stderr
    assert err == (
        "Error: t.xlsx, sheet 'Tracker': no column holds the recommendation text (its columns: 'Ward', 'Budget'); "
        "name it with --map 'COLUMN=text'\n"
    )
    err = invoke("import", "tracker", "t.xlsx", "--sheet", "Nope", "--committee", "cyp", code=1).stderr
    assert err == "Error: --sheet 'Nope': t.xlsx has no such sheet; its sheets: 'Tracker'\n"


def test_a_hidden_sheet_is_passed_over_unless_asked_for(repo: Path, invoke: Invoke) -> None:
    _workbook(repo / "t.xlsx", [["Date", "Recommendation"], ["12/03/2019", "That X happen."]], hidden=True)
    err = invoke("import", "tracker", "t.xlsx", "--committee", "cyp", code=1).stderr
    assert err.startswith("Error: t.xlsx: no sheet reads as a tracker: 'Tracker' (hidden); 'Visible' (empty);")
    out = invoke("import", "tracker", "t.xlsx", "--committee", "cyp", "--sheet", "tracker", "--date", "2019-10-01")
    assert out.stdout == "cyp-2019-03-12-1\n"


def test_import_csv_is_the_same_command_by_its_old_name(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, "tracker.xlsx")
    result = invoke("import", "csv", name, "--committee", "cyp", "--date", "2019-10-05", "--dry-run")
    assert "would create 7 of 7 rows" in result.stderr
    assert "use `import tracker`" in " ".join(invoke("import", "csv", "--help").stdout.split())


def test_a_table_in_a_document_reads_as_records_or_not_at_all() -> None:
    # the reading `import minutes` uses for a table found inside minutes or a Cabinet report
    ctx = spreadsheet.Context(
        source="report.docx",
        today=D(2019, 10, 1),
        committees={"cab": "Cabinet"},
        committee="cab",
        meeting=D(2019, 9, 17),
    )
    rows = [
        ["Recommendation", "Response", "Lead officer", "Timescale"],
        ["That the policy be reviewed.", "Accepted. A review will start in April.", "Head of Policy", "March 2020"],
        ["That the fees be frozen.", "Rejected: the budget does not allow it.", "Director of Finance", ""],
    ]
    read = spreadsheet.document_table(rows, "report.docx, table 2", ctx)
    assert read is not None
    assert [(r.record.id, r.record.status, r.record.due, r.where) for r in read.rows] == [
        ("cab-2019-09-17-1", "accepted", D(2020, 3, 31), "report.docx, table 2 row 2"),
        ("cab-2019-09-17-2", "rejected", None, "report.docx, table 2 row 3"),
    ]
    figures = [["Licences", "2018", "2019"], ["Hackney", "212", "230"]]
    assert spreadsheet.document_table(figures, "minutes.docx, table 1", ctx) is None


def test_the_headings_the_guide_lists_are_the_ones_understood() -> None:
    guide = (Path(__file__).resolve().parent.parent / "docs" / "importing.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| (.+) \|$", guide, flags=re.M)
    assert len(rows) > 15
    for fld, listed in rows:
        for heading in listed.split(", "):
            fallback = heading.endswith("\\*")
            key = spreadsheet.heading_key(heading.removesuffix("\\*"))
            got = spreadsheet.FALLBACKS[key][0] if fallback else spreadsheet.SYNONYMS.get(key)
            assert got == fld, (heading, got, fld)


def test_no_heading_means_two_fields() -> None:
    from scrutrack.trackerwords import FALLBACK, HEADINGS

    seen: dict[str, str] = {}
    for fld, headings in HEADINGS.items():
        for heading in (*headings, fld.replace("_", " ")):
            key = spreadsheet.norm(heading)
            assert seen.setdefault(key, fld) == fld, (heading, seen[key], fld)
    assert not [h for h in FALLBACK if spreadsheet.norm(h) in seen]


def test_a_number_running_down_the_whole_tracker_is_its_reference(repo: Path, invoke: Invoke) -> None:
    (repo / "t.csv").write_text(
        "No.,Meeting,Recommendation\n1,12/03/2019,That X happen.\n2,12/03/2019,That Y happen.\n3,04/06/2019,That Z happen.\n"
    )
    out = invoke("import", "tracker", "t.csv", "--committee", "cyp", "--date", "2019-10-01").stdout
    assert out.split() == ["cyp-2019-03-12-1", "cyp-2019-03-12-2", "cyp-2019-06-04-1"]  # not ...-06-04-3
    assert records(repo)["cyp-2019-06-04-1"]["history"][0]["note"] == "Imported from t.csv (ref 3)"


def test_a_running_number_beside_a_minute_reference_is_a_second_reference(repo: Path, invoke: Invoke) -> None:
    # a parish's action log: 'Action No' runs down the log, 'Minute Ref' gives each action's minute
    (repo / "t.csv").write_text(
        "Action No,Meeting Date,Minute Ref,Action\n1,12/03/2024,24/031,Clerk to get quotes.\n"
        "2,12/03/2024,24/034,Clerk to report the drain.\n3,09/04/2024,24/052,Clerk to order the board.\n"
    )
    out = invoke("import", "tracker", "t.csv", "--committee", "cyp", "--date", "2024-06-01").stdout
    assert out.split() == ["cyp-2024-03-12-1", "cyp-2024-03-12-2", "cyp-2024-04-09-1"]  # not ...-04-09-3
    assert records(repo)["cyp-2024-04-09-1"]["history"][0]["note"] == "Imported from t.csv (ref 24/052, Action No 3)"


def test_a_panels_numbers_running_on_across_its_meetings_are_references(repo: Path, invoke: Invoke) -> None:
    # one panel's C1, C2 at a meeting and C3 at its next, another panel's P1 between them
    (repo / "t.csv").write_text(
        "Rec no.,Meeting,Recommendation\nC1,08/07/2025,That X happen.\nC2,08/07/2025,That Y happen.\n"
        "P1,16/09/2025,That W happen.\nC3,04/11/2025,That Z happen.\n"
    )
    out = invoke("import", "tracker", "t.csv", "--committee", "cyp", "--date", "2025-12-01").stdout
    assert out.split() == ["cyp-2025-07-08-1", "cyp-2025-07-08-2", "cyp-2025-09-16-1", "cyp-2025-11-04-1"]


def test_a_form_with_its_meeting_and_topic_above_the_table(repo: Path, invoke: Invoke) -> None:
    # a recommendation action plan form: committee, meeting date, minute and topic above the table
    rows = [
        ["Scrutiny Committee Recommendation Action and Implementation Plan"],
        ["Committee:", "Corporate Services Overview and Scrutiny Committee"],
        ["Meeting Date:", "6 November 2018"],
        ["Minute No:", "44"],
        ["Topic:", "Quarter 1 Performance Report"],
        [],
        ["Recommendation", "Cabinet Member", "Response", "Timetable", "Lead Officer"],
        [
            "That 'direction of travel' be replaced with 'trend' in the report.",
            "Cllr Hotson",
            "Not agreed: the terms differ.",
            "",
            "Head of Policy",
        ],
    ]
    _workbook(repo / "form.xlsx", rows)
    result = invoke("import", "tracker", "form.xlsx", "--committee", "cyp", "--date", "2019-01-10")
    assert "meeting 2018-11-06 for every row (row 3)" in result.stderr
    got = records(repo)["cyp-2018-11-06-1"]
    assert (got["item"], got["addressed_to"], got["owner"], got["status"]) == (
        "Quarter 1 Performance Report",
        "Cllr Hotson",
        "Head of Policy",
        "rejected",
    )


def test_a_response_cell_saying_none_has_come_is_where_the_row_stands(repo: Path, invoke: Invoke) -> None:
    # an ods/xlsx-style log kept as CSV: the response column holds the outcome, or says it is awaited
    (repo / "log.csv").write_text(
        "Date,Recommendation,Executive response\n"
        "04/06/2019,That A be reviewed.,Accepted\n"
        "04/06/2019,That B be published.,Response awaited\n"
        "04/06/2019,That C be costed.,TBC\n"
        "04/06/2019,That D be dropped.,Not accepted - no budget\n"
    )
    invoke("import", "tracker", "log.csv", "--committee", "cyp", "--date", "2019-10-01")
    got = records(repo)
    assert [got[f"cyp-2019-06-04-{n}"]["status"] for n in (1, 2, 3, 4)] == [
        "accepted",
        "referred",
        "agreed",
        "rejected",
    ]
    assert "response" not in got["cyp-2019-06-04-2"] and "response" not in got["cyp-2019-06-04-3"]


def test_a_date_above_the_headings_is_not_every_rows_meeting_when_a_column_gives_each(
    repo: Path, invoke: Invoke
) -> None:
    rows = [
        ["Scrutiny recommendations monitor"],
        ["Position reported to the meeting on 3 March 2020"],
        [],
        ["Meeting date", "Recommendation", "Target date"],
        [D(2019, 6, 4), "That A be reviewed.", D(2019, 12, 31)],
        [D(2019, 9, 10), "That B be published.", D(2020, 1, 31)],
    ]
    _workbook(repo / "monitor.xlsx", rows)
    out = invoke("import", "tracker", "monitor.xlsx", "--committee", "cyp", "--date", "2020-03-04").stdout
    assert out.split() == ["cyp-2019-06-04-1", "cyp-2019-09-10-1"]


@pytest.mark.parametrize("heading", ["Board meeting", "Sub-Committee meeting held", "Meeting (date)"])
def test_a_heading_that_names_a_meeting_is_the_meeting_column(repo: Path, invoke: Invoke, heading: str) -> None:
    (repo / "log.csv").write_text(
        f"Ref,{heading},Recommendation,Next meeting\n"
        "P1,04/06/2019,That A be reviewed.,01/10/2019\n"
        "P2,10/09/2019,That B be published.,01/10/2019\n"
    )
    out = invoke("import", "tracker", "log.csv", "--committee", "cyp", "--date", "2019-10-01").stdout
    assert out.split() == ["cyp-2019-06-04-1", "cyp-2019-09-10-1"]  # not the next meeting's date


@pytest.mark.parametrize("order", ["Meeting,Date", "Date,Meeting"])
def test_a_meeting_column_naming_the_body_beside_a_date_column_leaves_the_date_the_meeting(
    repo: Path, invoke: Invoke, order: str
) -> None:
    # a parish clerk's action list: 'Meeting' says which body met, 'Date' when
    body, day = ("Full Council", "15.01.25"), ("Planning", "05.02.25")
    rows = [dict(zip(["Meeting", "Date"], pair, strict=True)) for pair in (body, day)]
    lines = [f"Minute,{order},Action,Who"] + [
        f"24/{n},{','.join(r[h] for h in order.split(','))},Write to the landowner about hedge {n}.,Clerk"
        for n, r in enumerate(rows, 1)
    ]
    (repo / "actions.csv").write_text("\n".join(lines) + "\n")
    result = invoke("import", "tracker", "actions.csv", "--committee", "cyp", "--date", "2025-03-01")
    assert result.stdout.split() == ["cyp-2025-01-15-1", "cyp-2025-02-05-1"]
    ignored = re.search(r"Ignored columns \(map with --map COLUMN=FIELD\): (.*)\n", result.stderr)
    assert ignored is not None and set(ignored[1].split(", ")) == {"Minute", "Meeting"}
    (repo / "both.csv").write_text("Meeting,Date,Action\n15.01.25,15.01.25,Write to the landowner.\n")
    err = invoke("import", "tracker", "both.csv", "--committee", "cyp", code=1).stderr
    assert "columns 'Meeting' and 'Date' both mean meeting" in err  # both dates: which is meant is asked


def test_a_number_column_of_codes_is_the_trackers_reference(repo: Path, invoke: Invoke) -> None:
    # "Recommendation number" holding the tracker's own codes, not each meeting's 1, 2, 3: the rows
    # are numbered through their meeting, and each code is kept as the reference
    rows = [
        ["Recommendation number", "Date agreed", "Recommendation"],
        ["HSC-24-A", "05/02/2024", "That the ward closures be reported monthly."],
        ["HSC-24-B", "05/02/2024", "That GP access be reviewed."],
        ["HSC-24-C", "18/03/2024", "That the dental survey be repeated."],
    ]
    _workbook(repo / "codes.xlsx", rows)
    out = invoke("import", "tracker", "codes.xlsx", "--committee", "cyp", "--date", "2024-04-01").stdout
    assert out.split() == ["cyp-2024-02-05-1", "cyp-2024-02-05-2", "cyp-2024-03-18-1"]
    assert records(repo)["cyp-2024-03-18-1"]["history"][0]["note"] == "Imported from codes.xlsx (ref HSC-24-C)"


def test_a_decisions_tracker_reads_its_decision_column_as_the_text(repo: Path, invoke: Invoke) -> None:
    # a council's decisions and actions log: title and "as at" rows, no recommendation column, the
    # decision itself under "Decisions", a key under the table; and a notes sheet beside it
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Actions log"
    for row in [
        ["Harbourside District Council"],
        ["Environment Committee: decisions and actions (as at 2 July 2024)"],
        [],
        ["Date of Committee", "Min Ref", "Subject", "Decisions", "Responsible", "Timescale", "RAG"],
        [
            D(2024, 4, 9),
            "EN/31",
            "Beach huts",
            "To let the beach huts on five-year licences.",
            "Estates",
            "Sep 2024",
            "G",
        ],
        [D(2024, 4, 9), "EN/33", "Litter bins", "That solar compacting bins be trialled.", "Head of Waste", "", "A"],
        [],
        ["Key: G on track, A at risk, R off track"],
    ]:
        ws.append(row)
    wb.create_sheet("Read me").append(["Actions closed before April are in last year's log."])
    wb.save(repo / "actions.xlsx")
    result = invoke("import", "tracker", "actions.xlsx", "--committee", "cyp", "--date", "2024-07-03")
    assert result.stdout.split() == ["cyp-2024-04-09-1", "cyp-2024-04-09-2"]
    assert "Skipped sheet 'Read me' (its headings do not read as a tracker)" in result.stderr
    got = records(repo)["cyp-2024-04-09-1"]
    assert (got["text"], got["item"], got["owner"], got["due"]) == (
        "To let the beach huts on five-year licences.\n",
        "Beach huts",
        "Estates",
        D(2024, 9, 30),
    )


@pytest.mark.parametrize(
    ("cells", "outcome"),
    [(["Agreed", "Not agreed"], ["accepted", "rejected"]), (["Cabinet agreed on 3 May.", "Deferred to June."], None)],
)
def test_a_decision_beside_the_recommendation_is_its_outcome_only_in_outcome_words(
    repo: Path, invoke: Invoke, cells: list[str], outcome: list[str] | None
) -> None:
    (repo / "log.csv").write_text(
        "Meeting,Recommendation,Decision\n"
        f"04/06/2019,That A be reviewed.,{cells[0]}\n"
        f"04/06/2019,That B be published.,{cells[1]}\n"
    )
    result = invoke("import", "tracker", "log.csv", "--committee", "cyp", "--date", "2019-10-01")
    got = records(repo)
    assert [got[f"cyp-2019-06-04-{n}"]["text"] for n in (1, 2)] == ["That A be reviewed.\n", "That B be published.\n"]
    if outcome is None:  # sentences: no outcome to read, and said so (not the whole file refused)
        assert "Ignored column (map with --map COLUMN=FIELD): Decision" in result.stderr
        assert all("response" not in r for r in got.values())
    else:
        assert [got[f"cyp-2019-06-04-{n}"]["response"]["outcome"] for n in (1, 2)] == outcome


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Recommendations made to Council", "recommendations"),
        ("Recommendation of the Scrutiny Committee", "recommendation"),
        ("Panel's recommendation", "recommendation"),
        ("Board decision", "decision"),
        ("Subject / Topic", "subject"),
        ("Lead officer or owner", "lead officer"),
        ("Recommendation wording", "recommendation"),
        ("Progress comments", "progress"),
        ("Recommendation / request", "recommendation request"),  # a request is the text only where nothing else is
        ("O&S recommendation", "recommendation"),
        ("Agreed? (Yes/No/Partly)", "outcome"),  # a note listing outcomes: the outcome
        ("Completed (Y/N)", "completed y n"),  # Y/N alone may answer anything
        ("Current status (RAG)", "rag"),
        ("Update – January 2024", "update"),  # an update column dated in its heading
        ("Position as at 31 May 2024", "position"),
        ("Recommendation to", "recommendation to"),  # alone: whom it is made to
        ("Reason for decision", "reason for decision"),  # no body: not the decision
        ("Status / progress", "status progress"),  # two fields: neither
    ],
)
def test_a_heading_naming_its_body_or_alternatives_reads_as_the_heading(heading: str, key: str) -> None:
    assert spreadsheet.heading_key(heading) == key


def test_a_workbook_of_year_sheets_behind_a_cover_reads_every_year(repo: Path, invoke: Invoke) -> None:
    # a cover sheet of notes, then a sheet a municipal year (newest first), the text headed with the
    # body it goes to, the meeting under a bare "Meeting", and a closing date that is not the meeting
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = "About"
    for line in (["Northvale Police and Crime Panel"], ["Recommendations, one sheet a year"], ["Reviewed 1 May 2025"]):
        cover.append(line)
    headings = ["No.", "Meeting", "Topic", "Recommendation to the Commissioner", "Commissioner decision", "Closed on"]
    years = {
        "2024-25": [
            ["P/24/2", D(2024, 7, 11), "Rural crime", "That rural crime figures be published.", "Accepted", ""]
        ],
        "2023-24": [
            ["P/23/9", D(2024, 2, 1), "Precept", "That the precept options be costed.", "Not accepted", D(2024, 3, 1)]
        ],
    }
    for name, rows in years.items():
        ws = wb.create_sheet(name)
        for row in [headings, *rows]:
            ws.append(row)
    wb.save(repo / "panel.xlsx")
    result = invoke("import", "tracker", "panel.xlsx", "--committee", "cyp", "--date", "2025-05-02")
    assert result.stdout.split() == ["cyp-2024-07-11-1", "cyp-2024-02-01-1"]
    assert "Skipped sheet 'About' (its headings do not read as a tracker)" in result.stderr
    got = records(repo)
    assert got["cyp-2024-02-01-1"]["status"] == "rejected"  # the decision read as its outcome
    assert got["cyp-2024-07-11-1"]["item"] == "Rural crime"


def test_section_headings_between_the_rows_are_left_out_and_named(repo: Path, invoke: Invoke) -> None:
    # rows heading the service or review the rows below belong to, merged across the table, among the
    # rows of data: not records, not errors; and the paces a tracker's status may give
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in [
        ["Min", "Committee date", "Scrutiny recommendation", "Officer", "Status"],
        ["ADULT SOCIAL CARE"],
        ["AS/4", D(2023, 10, 3), "That the carers' strategy be refreshed.", "Head of Adults", "On hold"],
        ["Review of library opening hours (task group, reported October 2023)"],
        ["L/1", D(2023, 10, 3), "That Sunday opening be piloted.", "Head of Libraries", "Paused"],
        ["L/2", D(2023, 10, 3), "That the mobile library route be kept.", "Head of Libraries", "Overdue"],
        ["L/3", D(2023, 10, 3), "Head of Libraries to report on visits in March.", "Head of Libraries", "On agenda"],
    ]:
        ws.append(row)
    ws.merge_cells("A2:E2")
    ws.merge_cells("A4:E4")
    wb.save(repo / "monitor.xlsx")
    result = invoke("import", "tracker", "monitor.xlsx", "--committee", "cyp", "--date", "2024-01-05")
    assert result.stdout.split() == ["cyp-2023-10-03-1", "cyp-2023-10-03-2", "cyp-2023-10-03-3", "cyp-2023-10-03-4"]
    assert "Left out 2 section headings in the table (rows 2, 4)" in result.stderr
    assert {r["status"] for r in records(repo).values()} == {"in-progress"}


def test_a_title_saying_when_the_recommendations_were_agreed_dates_every_row(repo: Path, invoke: Invoke) -> None:
    rows = [
        ["Home to school transport review – recommendations made by the Select Committee on 7 Nov 2023"],
        ["Last updated 2 February 2024"],
        [],
        ["Recommendation", "Cabinet response", "Lead officer"],
        ["That the review's route audit be published.", "Agreed.", "Head of Transport"],
    ]
    _workbook(repo / "review.xlsx", rows)
    result = invoke("import", "tracker", "review.xlsx", "--committee", "cyp", "--date", "2024-02-05")
    assert result.stdout.split() == ["cyp-2023-11-07-1"]  # not the update's date
    assert "meeting 2023-11-07 for every row (row 1)" in result.stderr


def test_a_sheet_named_by_its_meeting_dates_its_rows(repo: Path, invoke: Invoke) -> None:
    # a workbook of a sheet a meeting, each named by its date, no date column; a sheet named otherwise
    # gives no date ('Summary' is passed over, as before)
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Summary"
    first.append(["Recommendations of each Panel meeting, one sheet each."])
    for name, texts in {"8 Jan 2024": ["That A be done.", "That B be done."], "19.03.24": ["That C be done."]}.items():
        ws = wb.create_sheet(name)
        ws.append(["Rec", "Recommendation", "Responsible officer"])
        for n, text in enumerate(texts, 1):
            ws.append([f"R{n}", text, "Head of Service"])
    wb.save(repo / "panel.xlsx")
    result = invoke("import", "tracker", "panel.xlsx", "--committee", "cyp", "--date", "2024-04-01")
    assert result.stdout.split() == ["cyp-2024-01-08-1", "cyp-2024-01-08-2", "cyp-2024-03-19-1"]
    assert "meeting 2024-03-19 for every row of sheet '19.03.24' (its name)" in result.stderr


def test_columns_the_headings_do_not_name_are_read_by_what_they_hold(repo: Path, invoke: Invoke) -> None:
    # headings in a council's own words: the sentences are the recommendations, the first column of dates
    # the meeting; a heading naming a date over titles ('Review', as the review date is headed) is the review each
    # row came from, its item, where no column holds one; 'Open' beside a response that says how it went is where
    # it stands after it; 'Reply due ...' is no reply yet
    rows = [
        ["Review", "When the Board met", "What the Board wants to happen", "Lead", "Response", "Open / Closed"],
        [
            "Library hours",
            D(2024, 2, 6),
            "That every library opens on Saturday afternoons from April.",
            "Head of Libraries",
            "Accepted. From 6 April.",
            "Open",
        ],
        [
            "Library hours",
            D(2024, 2, 6),
            "That the mobile library keeps its Thursday route to the villages.",
            "Head of Libraries",
            "Reply due 10/04/2024",
            "Open",
        ],
    ]
    _workbook(repo / "board.xlsx", rows)
    result = invoke("import", "tracker", "board.xlsx", "--committee", "cyp", "--date", "2024-03-01")
    assert result.stdout.split() == ["cyp-2024-02-06-1", "cyp-2024-02-06-2"], result.stderr
    got = records(repo)
    assert got["cyp-2024-02-06-1"]["text"].strip() == "That every library opens on Saturday afternoons from April."
    assert got["cyp-2024-02-06-1"]["status"] == "accepted"
    assert "response" not in got["cyp-2024-02-06-2"]
    assert got["cyp-2024-02-06-1"]["item"] == "Library hours"


def test_a_tracker_sheets_one_heading_naming_recommendations_is_its_text(repo: Path, invoke: Invoke) -> None:
    # no heading the vocabulary reads as the text, but one that names recommendations, beside headings it
    # reads; a sheet of dropdown lists beside it is still passed over
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Log"
    for row in [
        ["Ref", "Date of meeting", "Recommendations arising from the review", "Responsible officer"],
        ["T1", D(2024, 2, 6), "That the taxi licensing fees be benchmarked.", "Licensing Manager"],
    ]:
        ws.append(row)
    wb.create_sheet("Lists").append(["Open", "Closed"])
    wb.save(repo / "log.xlsx")
    result = invoke("import", "tracker", "log.xlsx", "--committee", "cyp", "--date", "2024-03-01")
    assert result.stdout.split() == ["cyp-2024-02-06-1"]
    assert "Skipped sheet 'Lists' (its headings do not read as a tracker)" in result.stderr
    assert records(repo)["cyp-2024-02-06-1"]["text"] == "That the taxi licensing fees be benchmarked.\n"


def test_an_answer_that_does_not_say_how_it_was_received_is_kept_as_a_note(repo: Path, invoke: Invoke) -> None:
    # No status column, and the officer's answer says what was done, not whether it was accepted: the row
    # imports with the answer in its note under its heading (a status is not made up, nothing is lost).
    # "Subject Considered" names the item, as "Subject" does.
    book = Workbook()
    sheet = book.active
    sheet.append(["Meeting", "Subject Considered", "Agreed recommendation", "Officer response"])
    sheet.append(
        [dt.datetime(2024, 1, 19), "Car parks", "That the charging review be published.", "Published 28 March."]
    )
    sheet.append([dt.datetime(2024, 1, 19), "Local Plan", "That a briefing be held.", "Accepted; held 6 March."])
    book.save(repo / "register.xlsx")
    invoke("import", "tracker", "register.xlsx", "--committee", "cyp")
    got = records(repo)
    first, second = got["cyp-2024-01-19-1"], got["cyp-2024-01-19-2"]
    assert (first["item"], first["status"], "response" in first) == ("Car parks", "agreed", False)
    assert "Officer response: Published 28 March." in first["history"][0]["note"]
    assert (second["status"], second["response"]["outcome"]) == ("accepted", "accepted")


def test_a_panels_tracker_in_its_own_words_imports_its_open_replies_as_notes(repo: Path, invoke: Invoke) -> None:
    # A police and crime panel's headings under a title: 'Panel meeting', 'What we asked for', "Commissioner's
    # reply", 'Reply received', 'Open / Closed'; an open row's reply that says no outcome is kept as a note.
    book = Workbook()
    sheet = book.active
    sheet.append(["Harrowdale Police and Crime Panel"])
    sheet.append([])
    sheet.append(
        ["Ref", "Panel meeting", "What we asked for", "Commissioner's reply", "Reply received", "Open / Closed"]
    )
    day, replied = dt.datetime(2024, 2, 6), dt.datetime(2024, 3, 4)
    sheet.append(
        ["R01", day, "That the Commissioner publishes the figures.", "Accepted; published in May.", replied, "Closed"]
    )
    sheet.append(["R02", day, "That the Commissioner reviews the rural team.", "Review under way.", replied, "Open"])
    book.save(repo / "panel.xlsx")
    invoke("import", "tracker", "panel.xlsx", "--committee", "cyp")
    got = records(repo)
    first, second = got["cyp-2024-02-06-1"], got["cyp-2024-02-06-2"]
    assert (first["status"], first["response"]["outcome"]) == ("closed", "accepted")
    assert (second["status"], "response" in second) == ("agreed", False)
    assert "Commissioner's reply (2024-03-04): Review under way." in second["history"][-1]["note"]


def test_status_codes_read_by_the_workbooks_own_key(repo: Path, invoke: Invoke) -> None:
    # The codes a key explains: in a line above the headings ("P = In progress") or on a sheet of codes beside
    # their meaning ("D" | "Done"); a town council's "Ratified" outcome is an accepted one.
    rows = [
        ["Recommendations monitoring. Status: P = In progress, X = Withdrawn"],
        ["Date of meeting", "Recommendation", "Status", "Outcome"],
        [D(2019, 3, 12), "That the rounds be published.", "P", "Ratified"],
        [D(2019, 3, 12), "That the bins be emptied.", "D", "Ratified with amendments"],
        [D(2019, 3, 12), "That the depot be sold.", "X", ""],
        [D(2019, 3, 12), "That the verges be cut.", "Behind", ""],  # a pace: in progress
    ]
    _workbook(repo / "t.xlsx", rows, title="Monitoring", Key=[["Code", "Meaning"], ["D", "Done"]])
    invoke("import", "tracker", "t.xlsx", "--committee", "cyp", "--date", "2019-10-05")
    got = records(repo)
    assert [got[f"cyp-2019-03-12-{n}"]["status"] for n in (1, 2, 3, 4)] == [
        "in-progress",
        "implemented",
        "withdrawn",
        "in-progress",
    ]
    assert [got[f"cyp-2019-03-12-{n}"]["response"]["outcome"] for n in (1, 2)] == ["accepted", "accepted-in-part"]


def test_headings_in_two_languages_and_a_rag_key_need_no_map(repo: Path, invoke: Invoke) -> None:
    # A Welsh council's log heads each column in Welsh and English ('Cyf / Ref'); a key that explains R, A and G
    # explains a RAG rating, which gives no status.
    rows = [
        ["Cyf / Ref", "Dyddiad y Cyfarfod / Meeting Date", "Penderfyniad / Resolution", "Statws / Status"],
        ["FC/24/88", D(2024, 11, 11), "RESOLVED to renew the lights contract for 2025.", "Complete / Cwblhawyd"],
        ["FC/24/89", D(2024, 11, 11), "RESOLVED that the Clerk orders two benches.", "R"],
    ]
    _workbook(repo / "log.xlsx", rows, title="Log", Notes=[["Status", "Meaning"], ["R", "Not progressing"]])
    invoke("import", "tracker", "log.xlsx", "--committee", "cyp", "--date", "2025-02-01")
    got = records(repo)
    assert [(got[f"cyp-2024-11-11-{n}"]["text"], got[f"cyp-2024-11-11-{n}"]["status"]) for n in (1, 2)] == [
        ("To renew the lights contract for 2025.\n", "implemented"),
        ("That the Clerk orders two benches.\n", "agreed"),
    ]


def test_a_panels_tracker_reads_the_commissioners_response_beside_a_rag(repo: Path, invoke: Invoke) -> None:
    # A police and crime panel's tracker: the Commissioner answers it ("Commissioner's response"), a RAG beside it.
    rows = [
        ["Ref", "Date of Panel", "Recommendation", "Commissioner's response", "Date of response", "RAG"],
        [
            "R24/01",
            D(2024, 9, 26),
            "That the Commissioner publishes the figures.",
            "Accepted.",
            D(2024, 11, 4),
            "Green",
        ],
    ]
    _workbook(repo / "panel.xlsx", rows)
    invoke("import", "tracker", "panel.xlsx", "--committee", "cyp", "--date", "2025-02-01")
    got = records(repo)["cyp-2024-09-26-1"]
    assert (got["status"], got["response"]["outcome"], got["response"]["date"]) == (
        "accepted",
        "accepted",
        D(2024, 11, 4),
    )


TRACKER_ROWS = [
    ["Meeting date", "Agenda item", "Recommendation", "Lead officer", "Status"],
    *(
        [
            f"{day}/0{month}/2024",
            f"Topic {n}",
            f"That the Council reviews matter {n} by the summer.",
            "Head of Service",
            "Ongoing",
        ]
        for n, (day, month) in enumerate([(12, 3)] * 30 + [(4, 6)] * 12, 1)
    ),
]


def _word(path: Path, *parts: str | list[list[str]]) -> None:
    """A Word document of `parts` in order: a paragraph for each string, a table for each list of rows."""
    import docx

    document = docx.Document()
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
            continue
        table = document.add_table(rows=len(part), cols=len(part[0]))
        for r, row in enumerate(part):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    document.save(str(path))


def _tracker_docx(path: Path) -> None:
    """A tracker appendix in Word: a title, the tracker's table, a note, then a key of other columns."""
    key = [["Status", "Meaning"], ["Ongoing", "Started"]]
    _word(path, "Appendix B: recommendations tracker", TRACKER_ROWS, "Key to the status column:", key, "")


def _tracker_pdf(path: Path) -> None:
    """The same tracker printed to PDF: one table over two pages, its headings repeated at the second's top
    (the PDF reader reads it as one table)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    grid = Table(
        [[Paragraph(c, style) for c in r] for r in TRACKER_ROWS], colWidths=[70, 70, 200, 90, 60], repeatRows=1
    )
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Appendix B: recommendations tracker", style), grid])  # type: ignore[list-item]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_a_tracker_kept_as_a_table_in_a_document_imports_as_a_workbooks_does(
    repo: Path, invoke: Invoke, fmt: str
) -> None:
    # an executive's response table or a report's tracker appendix: Word, a PDF of it, a saved page
    name = f"tracker.{fmt}"
    if fmt == "docx":
        _tracker_docx(repo / name)
    elif fmt == "pdf":
        _tracker_pdf(repo / name)
    else:
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TRACKER_ROWS)
        (repo / name).write_text(f"<html><body><h1>Tracker</h1><table>{cells}</table></body></html>", encoding="utf-8")
    result = invoke(
        "import", "tracker", name, "--committee", "cyp", "--date", "2024-10-01", "--format", "json", "--dry-run"
    )
    created = json.loads(result.stdout)["create"]
    assert [r["id"] for r in created] == [f"cyp-2024-03-12-{n}" for n in range(1, 31)] + [
        f"cyp-2024-06-04-{n}" for n in range(1, 13)
    ]  # the PDF's second page: no row of its repeated headings
    assert created[29]["text"] == "That the Council reviews matter 30 by the summer.\n"
    assert {r["status"] for r in created} == {"in-progress"}
    if fmt == "docx":
        assert "'table 2' (its headings do not read as a tracker)" in " ".join(result.stderr.split())
    # read as minutes, a document dating nothing itself: each row by its own meeting column
    minutes = invoke("import", "minutes", name, "--committee", "cyp", "--format", "json", "--dry-run")
    assert [r["id"] for r in json.loads(minutes.stdout)["create"]] == [r["id"] for r in created]


def test_a_document_without_a_table_is_no_tracker(repo: Path, invoke: Invoke) -> None:
    (repo / "minutes.html").write_text("<html><body><p>RESOLVED: That the park be reopened.</p></body></html>")
    err = invoke("import", "tracker", "minutes.html", "--committee", "cyp", code=1).stderr
    assert err == (
        "Error: minutes.html is a web page with no table; a tracker is read from its table (import minutes with "
        "`scrutrack import minutes`)\n"
    )


def test_an_action_logs_minute_column_of_titles_is_the_item(repo: Path, invoke: Invoke) -> None:
    # a combined authority's action log: 'Minute' holds the minute's code and title, the item without its code;
    # a log whose 'Minute' holds the numbers alone ('25/004') has no item
    (repo / "log.csv").write_text(
        "Action No,Date raised,Minute,Action,Owner\n"
        "TC-A041,06/11/2025,TC 31/25 – Rail Station Accessibility,Officers to list stations without step-free access.,Head of Rail\n"
    )
    created = dry_run(invoke, "log.csv")
    assert [r["item"] for r in created] == ["Rail Station Accessibility"]
    (repo / "numbers.csv").write_text(
        "Action No,Date raised,Minute,Action,Owner\nA/25/01,09/01/2025,25/004,Clerk to obtain quotes for the shelter.,Clerk\n"
    )
    result = invoke("import", "tracker", "numbers.csv", "--committee", "cyp", "--format", "json", "--dry-run")
    assert [r.get("item") for r in json.loads(result.stdout)["create"]] == [None]
    assert "Minute" in result.stderr  # named among the columns not read


def test_a_due_date_of_asap_gives_no_date_and_stops_nothing(repo: Path, invoke: Invoke) -> None:
    (repo / "log.csv").write_text(
        "Meeting,Action,Due date\n08/01/2025,Order two grit bins.,ASAP\n08/01/2025,Mend the gate.,31/03/2025\n"
    )
    created = dry_run(invoke, "log.csv")
    assert [r.get("due") for r in created] == [None, "2025-03-31"]


def test_a_trackers_own_kinds_and_a_documents_status_key(repo: Path, invoke: Invoke) -> None:
    # a panel's log in Word: "R" and "I" in its Type column, its status codes explained by a key line above the
    # table; a row whose status says no response has come keeps its update as a note
    rows = [
        ["Meeting", "Type", "Recommendation", "Response", "Status"],
        ["12.09.23", "R", "That the Mayor writes to the operator.", "Letter sent 3 October 2023; reply awaited.", "NR"],
        ["12.09.23", "I", "Officers to share the corridor data.", "Shared on 1 November 2023.", "C"],
        ["12.09.23", "Decision", "That the Board adopts the plan.", "", "C"],
    ]
    _word(repo / "log.docx", "Status key: C = complete; NR = no response yet received", rows)
    created = dry_run(invoke, "log.docx")
    assert [(r["kind"], r["status"]) for r in created] == [
        ("recommendation", "referred"),
        ("action", "implemented"),
        ("recommendation", "implemented"),
    ]


def test_rows_heading_each_meeting_by_its_bodys_name_and_date(repo: Path, invoke: Invoke) -> None:
    _workbook(
        repo / "monitor.xlsx",
        [
            ["Ref", "Recommendation", "Accepted?"],
            ["Children and Young People Scrutiny Sub-Committee - 21 October 2024"],
            ["CYP1", "That the strategy be published.", "Yes"],
            ["Children and Young People Scrutiny Sub-Committee - 27 January 2025"],
            ["CYP2", "That a target be set.", "Yes"],
        ],
    )
    out = invoke("import", "tracker", "monitor.xlsx", "--committee", "cyp", "--date", "2025-03-01").stdout
    assert out.split() == ["cyp-2024-10-21-1", "cyp-2025-01-27-1"]


def test_a_notice_of_motion_tracker_titles_each_motion_and_leaves_out_those_that_fell(
    repo: Path, invoke: Invoke
) -> None:
    (repo / "nom.csv").write_text(
        "NoM Ref,Council Meeting,Motion Title,Resolution as Adopted,Status\n"
        "NOM/25/01,Tue 28 January 2025,Rural Broadband,That this Council writes to the Department about the delays.,"
        "Complete\n"
        "NOM/25/02,Tue 28 January 2025,Period Dignity,That this Council provides free period products in its leisure "
        "centres.,In progress\n"
        'NOM/25/03,Tue 28 January 2025,Hospital Car Parking,"Motion fell (9 for, 22 against).",Closed\n'
    )
    created = dry_run(invoke, "nom.csv")
    assert [r["item"] for r in created] == ["Rural Broadband", "Period Dignity"]


def test_a_council_motions_tracker_titles_each_row_by_its_motion(repo: Path, invoke: Invoke) -> None:
    # 'Motion' beside what the Council resolved: the motion's title is the row's item, the resolution its text
    (repo / "motions.csv").write_text(
        "Council date,Motion,What Council resolved,Lead,Status\n"
        "03/04/2025,Bus Shelters,To ask the Cabinet Member to survey every shelter in the borough.,Highways,Open\n"
        "03/04/2025,Bus Shelters,To publish the survey's results on the Council's website.,Highways,Open\n"
        "19/06/2025,Pavement Parking,To write to the Secretary of State asking for powers to fine.,Legal,Closed\n"
    )
    created = dry_run(invoke, "motions.csv")
    assert [(r["item"], r["text"][:14]) for r in created] == [
        ("Bus Shelters", "To ask the Cab"),
        ("Bus Shelters", "To publish the"),
        ("Pavement Parking", "To write to th"),
    ]


def test_a_minute_reference_with_its_title_gives_the_item(repo: Path, invoke: Invoke) -> None:
    # No item column: 'Minute' references that carry the minute's title after its number title each row
    (repo / "log.csv").write_text(
        "Meeting,Minute Ref,Agreed action,Officer\n"
        "12/03/2025,Minute 14 - Library Opening Hours,Officers to consult on Saturday opening.,Head of Libraries\n"
        "12/03/2025,Minute 17 - Grass Cutting,To report the cost of a fourth cut.,Parks Manager\n"
    )
    created = dry_run(invoke, "log.csv")
    assert [r.get("item") for r in created] == ["Library Opening Hours", "Grass Cutting"]


def test_an_action_under_its_title_in_one_cell_gives_the_item(repo: Path, invoke: Invoke) -> None:
    # No item column: each action cell opens with its subject in Title Case on a line of its own, in a Word table
    # (a paragraph of its own) as in a workbook (a line break in the cell)
    import docx

    rows = [("Grass Verges", "Officers to cut the verges twice a year."), ("Car Park Fees", "To publish the fees.")]
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Meeting", "Action"
    for r, (title, action) in enumerate(rows, 1):
        table.cell(r, 0).text = "14/03/2025"
        table.cell(r, 1).text = title
        table.cell(r, 1).add_paragraph(action)
    document.save(str(repo / "actions.docx"))
    _workbook(repo / "actions.xlsx", [["Meeting", "Action"], *[[D(2025, 4, 11), f"{t}\n{a}"] for t, a in rows]])
    for name in ("actions.docx", "actions.xlsx"):
        created = dry_run(invoke, name)
        assert [(r.get("item"), r["text"].strip()) for r in created] == [
            ("Grass Verges", "Officers to cut the verges twice a year."),
            ("Car Park Fees", "To publish the fees."),
        ]


def test_two_response_columns_one_of_outcomes(repo: Path, invoke: Invoke) -> None:
    # 'Response' over 'Accepted' / 'Not accepted' beside 'Executive response' in words: the first is the outcome
    (repo / "response.csv").write_text(
        "Meeting,Scrutiny recommendation,Response,Executive response\n"
        "10/07/2025,That the Council buys more cameras.,Accepted,Twelve cameras will be bought.\n"
        "10/07/2025,That bulky waste collection be free.,Not accepted,The cost cannot be met.\n"
    )
    invoke("import", "tracker", "response.csv", "--committee", "cyp")
    got = records(repo)
    assert [(r["response"]["outcome"], r["response"]["text"]) for r in got.values()] == [
        ("accepted", "Twelve cameras will be bought.\n"),
        ("rejected", "The cost cannot be met.\n"),
    ]


def test_cells_that_repeat_their_heading_and_a_row_naming_only_who_acts(repo: Path, invoke: Invoke) -> None:
    # "Action - Leader to write ..." under "Action", "Response - Letter sent ..." under "Response": the heading
    # repeated is no part of the cell; a row whose action only names who acts ("Action - Chairman") asks nothing.
    (repo / "actions.csv").write_text(
        "Meeting date,Item,Action,Response\n"
        "12 February 2025,Harbours,Action - Leader to write to the Department.,Response - Letter sent 3 March 2025.\n"
        "12 February 2025,Visitor Levy,Action - Chairman,\n"
    )
    invoke("import", "tracker", "actions.csv", "--committee", "cyp")
    got = records(repo)
    assert [r["text"] for r in got.values()] == ["Leader to write to the Department.\n"]
    assert "Response: Letter sent 3 March 2025." in str(got["cyp-2025-02-12-1"]["history"])  # what was done: a note


def test_a_title_line_of_labelled_dates_an_outcome_letter_and_a_periods_update(repo: Path, invoke: Invoke) -> None:
    """A select committee's tracker titled by the day its report was agreed among other days ('Inquiry report agreed
    by the Select Committee: 13 June 2023 | Cabinet response: 18 July 2023'), an 'Accepted (Y/N/P)' column whose 'P'
    is in part, and a '12-month progress update (June 2024)' column: the update is the record's note."""
    rows = [
        ["Children's Select Committee – Recommendations Tracker"],
        ["Inquiry report agreed by the Select Committee: 13 June 2023  |  Cabinet response: 18 July 2023"],
        [],
        ["Rec No.", "Recommendation", "Accepted (Y/N/P)", "12-month progress update (June 2024)"],
        ["1.0", "That a transitions pathway be published.", "Y", "Published in May 2024."],
        ["2.0", "That every EHCP review records adulthood outcomes.", "P", "Template amended."],
    ]
    _workbook(repo / "send.xlsx", rows)
    invoke("import", "tracker", "send.xlsx", "--committee", "cyp")
    assert [(k, r["response"]["outcome"], r["history"][-1].get("note")) for k, r in records(repo).items()] == [
        ("cyp-2023-06-13-1", "accepted", "Published in May 2024."),
        ("cyp-2023-06-13-2", "accepted-in-part", "Template amended."),
    ]


def test_a_band_row_saying_when_a_reviews_recommendations_were_agreed_dates_the_rows_under_it(
    repo: Path, invoke: Invoke
) -> None:
    """A joint committee's response table in Word: a band row over each review's rows ('Task and Finish Group: Bus
    Review – recommendations agreed by the Sub-Committee on 9 June 2025') gives their meeting."""
    table = [
        ["No.", "Recommendation", "Response", "Accepted?"],
        ["Task and Finish Group: Bus Review – recommendations agreed by the Sub-Committee on 9 June 2025", "", "", ""],
        ["R1", "That a review of rural bus routes be commissioned.", "Agreed.", "Accepted"],
        [
            "Task and Finish Group: Employment Sites – recommendations agreed by the Sub-Committee on 17 November 2025",
            "",
            "",
            "",
        ],
        ["R1", "That officers explore a joint prospectus.", "Agreed.", "Accepted"],
    ]
    _word(repo / "response.docx", "Appendix A – Task and Finish Group Recommendations", table)
    assert [r["id"] for r in dry_run(invoke, "response.docx")] == ["cyp-2025-06-09-1", "cyp-2025-11-17-1"]


def test_an_outcome_column_of_status_words_with_an_n_a_row_is_the_status(repo: Path, invoke: Invoke) -> None:
    # A joint committee's table of its recommendations and the NHS responses: its "Outcome" column says where each
    # stands ("Implemented", "Open"), a noted report's row "n/a": the status, not a response's outcome.
    _workbook(
        repo / "jhosc.xlsx",
        [
            ["Date of meeting", "Topic", "Recommendation", "Response", "Outcome"],
            [
                D(2025, 3, 14),
                "Vascular",
                "That NHS England publish the travel impact assessment.",
                "Published.",
                "Implemented",
            ],
            [D(2025, 6, 27), "Winter", "The Joint Committee noted the update on winter planning.", "n/a", "n/a"],
            [D(2025, 6, 27), "Cardiology", "That the ICBs report on the workforce review.", "Delayed.", "Open"],
        ],
    )
    created = dry_run(invoke, "jhosc.xlsx")
    assert [(r["meeting"], r["status"]) for r in created] == [("2025-03-14", "implemented"), ("2025-06-27", "agreed")]


def test_a_column_named_for_the_body_and_date_dates_each_row(repo: Path, invoke: Invoke) -> None:
    # A joint waste board's action log: "Board date" is the day each action was agreed, not the day in the title row
    # the log was updated for.
    _workbook(
        repo / "actions.xlsx",
        [
            ["Joint Waste Disposal Board: actions arising from the minutes", "", "", ""],
            ["Updated for the Board meeting on 16 January 2026", "", "", ""],
            ["Board date", "Subject", "Action agreed", "Status"],
            [D(2025, 4, 10), "MRF visit", "Officers to arrange a visit to the materials recovery facility.", "Closed"],
            [D(2025, 7, 3), "Plastics", "Officers to trial the collection of pots, tubs and trays.", "Open"],
        ],
    )
    assert [r["meeting"] for r in dry_run(invoke, "actions.xlsx")] == ["2025-04-10", "2025-07-03"]


def test_a_minute_or_item_column_names_the_item(repo: Path, invoke: Invoke) -> None:
    # An audit committee's action log: "Minute / Item" gives the minute's number and the item's title.
    _workbook(
        repo / "log.xlsx",
        [
            ["Action No.", "Meeting Date", "Minute / Item", "Action", "Status"],
            [
                "AG/25/01",
                D(2025, 5, 29),
                "6 – External Audit Plan 2024/25",
                "Circulate the revised fee scale.",
                "Complete",
            ],
        ],
    )
    assert [r["item"] for r in dry_run(invoke, "log.xlsx")] == ["External Audit Plan 2024/25"]


def test_a_sentence_above_the_headings_dates_the_rows_by_when_they_were_agreed(repo: Path, invoke: Invoke) -> None:
    # A joint committee's action plan: the line above the headings says when the recommendations were agreed, then
    # which later meeting the update is for; a county's progress sheet says the meeting in a sentence, then a note,
    # over a column of the day its select committee agreed each row.
    _workbook(
        repo / "plan.xlsx",
        [
            ["Joint Coroner Service Committee: action plan"],
            ["Agreed by the Joint Committee on 12 March 2025. Update prepared for the meeting on 17 September 2025."],
            ["No.", "Recommendation", "Lead officer", "Status"],
            [1, "That a family room be provided at the inquest venue.", "Service Manager", "Complete"],
        ],
    )
    assert [r["meeting"] for r in dry_run(invoke, "plan.xlsx")] == ["2025-03-12"]
    _workbook(
        repo / "progress.xlsx",
        [
            ["For the Select Committee meeting on 11 March 2025. Rows assessed as 1 may be signed off."],
            ["Review", "Date Agreed by Select Committee", "Recommendation", "Progress Update"],
            ["Home Care", D(2024, 9, 17), "That home care visits last at least 30 minutes.", "In the specification."],
            ["Discharge", D(2025, 1, 21), "That delayed discharge figures are reported weekly.", "Monthly for now."],
        ],
    )
    assert [r["meeting"] for r in dry_run(invoke, "progress.xlsx")] == ["2024-09-17", "2025-01-21"]


def test_tables_in_word_grouped_by_subject_take_the_heading_over_each_as_their_item(repo: Path, invoke: Invoke) -> None:
    # A fire authority's appendix of resolutions: a bold subject heading over each table, the rows under it that
    # subject's; a Word appendix with one title over one table is not grouped (its title is no item).
    import docx

    document = docx.Document()
    document.add_paragraph("Resolutions are grouped by subject and placed in date order.")
    for subject, day, text in (
        ("On-call Availability", "14/01/2025", "That the Chief Fire Officer provides a breakdown of availability."),
        ("Fleet Replacement Programme", "08/04/2025", "That the Committee supports the trial of two electric vans."),
    ):
        document.add_paragraph().add_run(subject).bold = True
        table = document.add_table(rows=2, cols=3)
        for c, cell in enumerate(["Date", "Resolution", "Officer"]):
            table.cell(0, c).text = cell
        for c, cell in enumerate([day, text, "Area Manager"]):
            table.cell(1, c).text = cell
    document.save(str(repo / "resolutions.docx"))
    created = dry_run(invoke, "resolutions.docx")
    assert [(r["meeting"], r["item"]) for r in created] == [
        ("2025-01-14", "On-call Availability"),
        ("2025-04-08", "Fleet Replacement Programme"),
    ]
    _tracker_docx(repo / "appendix.docx")
    assert {r.get("item") for r in dry_run(invoke, "appendix.docx")} != {"Appendix B: recommendations tracker"}


def test_a_row_saying_no_recommendations_were_made_asks_nothing(repo: Path, invoke: Invoke) -> None:
    # A district's tracker keeps a row for a meeting that made none: "No recommendations were made at this meeting."
    _workbook(
        repo / "tracker.xlsx",
        [
            ["Ref", "Date of meeting", "Item", "Recommendation", "Status"],
            ["OS/25/05", D(2025, 9, 18), "Vacant Units", "To ask the Portfolio Holder to report on vacancies.", "Open"],
            ["–", D(2025, 10, 16), "–", "No recommendations were made at this meeting.", ""],
        ],
    )
    assert [r["meeting"] for r in dry_run(invoke, "tracker.xlsx")] == ["2025-09-18"]


def test_a_date_column_named_for_the_body_and_a_row_of_no_recommendations_or_actions(
    repo: Path, invoke: Invoke
) -> None:
    # 'Date of Overview Board' (the body, with a word before its name) dates each row, as 'Board date' does;
    # 'No recommendations or actions arising from this meeting.', 'No resolutions requiring action.' and 'No new items
    # of business arose at this meeting.' ask nothing.
    _workbook(
        repo / "tracker.xlsx",
        [
            ["Report to the meeting of 12 January 2026"],
            [],
            ["Ref", "Date of Overview Board", "Subject", "Recommendation", "Cabinet date", "Status"],
            [
                "OB 25/03",
                D(2025, 4, 7),
                "Empty Homes",
                "That an empty homes officer post be created.",
                D(2025, 5, 21),
                "",
            ],
            ["–", D(2025, 10, 6), "–", "No recommendations or actions arising from this meeting.", "", ""],
            ["–", D(2025, 11, 3), "–", "No resolutions requiring action.", "", ""],
            ["–", D(2025, 12, 1), "–", "No new items of business arose at this meeting.", "", ""],
        ],
    )
    assert [(r["meeting"], r["item"]) for r in dry_run(invoke, "tracker.xlsx")] == [("2025-04-07", "Empty Homes")]


def test_a_response_table_dated_by_a_long_label_in_the_grid_above_it(repo: Path, invoke: Invoke) -> None:
    # An executive's response in Word: a grid of labels beside their values above the table, one of them a long
    # label saying when the recommendations were agreed ('Date of Panel meeting at which recommendations were
    # agreed:'), the others the response's date and a position date, which date nothing.
    labels = [
        ["Review carried out by:", "Shared Services Scrutiny Panel"],
        ["Date of Panel meeting at which recommendations were agreed:", "3 November 2025"],
        ["Date of Joint Executive response:", "12 January 2026"],
        ["Position as at:", "27 February 2026"],
    ]
    rows = [
        ["No.", "Recommendation", "Response", "Responsible officer", "Progress"],
        ["R1", "That the councils adopt a single procurement strategy.", "A", "Head of Procurement", "Drafted."],
        ["R2", "That a contracts register be published.", "R", "Systems Manager", "Not taken forward."],
    ]
    _word(repo / "response.docx", "Executive Response and Action Plan", labels, "Responses: A = accepted.", rows)
    assert [r["meeting"] for r in dry_run(invoke, "response.docx")] == ["2025-11-03", "2025-11-03"]


def test_an_action_plan_dated_by_its_sentence_whose_date_column_holds_no_days(repo: Path, invoke: Invoke) -> None:
    # A task group's action plan in Word: a sentence above the table says when the recommendations were agreed (with
    # a key after it); its last column, headed only 'Date', holds when each is due ('April 2026', 'Pilot from March
    # 2026', '-'), not a meeting. A date in words where the executive's answer would be dated ('Not referred –
    # matter for the Joint Committee') names no day and refuses nothing.
    rows = [
        ["No.", "Recommendation", "Responsibility", "Agreed", "Date"],
        ["1", "That the Service targets home fire safety visits.", "Head of Prevention", "Yes", "April 2026"],
        ["2", "That on-call crews be given protected time.", "Area Manager", "In part", "Pilot from March 2026"],
        ["3", "That the Authority funds a coordinator post.", "Chief Fire Officer", "No", "-"],
    ]
    line = "Recommendations of the task group as agreed by the Fire Authority at its meeting on 18 December 2025. Key: 1 = high."
    _word(repo / "plan.docx", "Scrutiny Task Group: Home Fire Safety Visits – Action Plan", line, rows)
    assert [r["meeting"] for r in dry_run(invoke, "plan.docx")] == ["2025-12-18"] * 3
    _workbook(
        repo / "tracker.xlsx",
        [
            ["Ref", "Date considered by Joint O&S", "Recommendation", "Date considered by Cabinet / Executive"],
            ["JOS/01", D(2025, 6, 24), "That a joint hardship fund policy be developed.", D(2025, 7, 15)],
            [
                "JOS/02",
                D(2025, 6, 24),
                "That officers report on collection rates in March.",
                "Not referred – matter for the Joint Committee",
            ],
        ],
    )
    assert [r["meeting"] for r in dry_run(invoke, "tracker.xlsx")] == ["2025-06-24", "2025-06-24"]


def test_a_column_whose_cells_open_with_the_meetings_date_dates_each_row(repo: Path, invoke: Invoke) -> None:
    # An action log's 'Minute' column holding the meeting's date over the minute's number ('3 December 2025' /
    # 'Minute 14'), no other column naming the meeting: the date is each row's meeting.
    _workbook(
        repo / "log.xlsx",
        [
            ["Minute", "Topic", "Action required", "Owner"],
            ["3 December 2025\nMinute 14", "Bus shelters", "Officers to survey the shelters on the A49.", "Highways"],
            ["3 December 2025\nMinute 16", "Gritting", "The Clerk to order two more grit bins.", "Clerk"],
            ["14 January 2026\nMinute 3", "Litter", "Officers to report on the litter pick trial.", "Waste"],
        ],
    )
    got = dry_run(invoke, "log.xlsx")
    assert [(r["meeting"], r["item"]) for r in got] == [
        ("2025-12-03", "Bus shelters"),
        ("2025-12-03", "Gritting"),
        ("2026-01-14", "Litter"),
    ]


def test_a_key_under_the_rows_and_a_day_the_executive_considered_it(repo: Path, invoke: Invoke) -> None:
    # A tracker annex: a blank row and 'Key' under the rows, then a heading's meaning beside each heading; an
    # 'Exec Date' beside a RAG status says when the Executive considered the row, not how: kept as a note.
    _workbook(
        repo / "annex.xlsx",
        [
            ["Reference", "Date", "Recommendation", "Exec Date", "Status"],
            ["SR 01", D(2025, 6, 9), "That the slippage report include a forecast.", D(2025, 6, 24), "Green"],
            ["SR 02", D(2025, 6, 9), "Officers to report the bin figures.", "N/A", "Amber"],
            [],
            ["Key"],
            ["Exec Date:", "Date the Executive considered the recommendation"],
            ["Status:", "Green - achieved; Amber - in progress"],
        ],
    )
    result = invoke("import", "tracker", "annex.xlsx", "--committee", "cyp", "--date", "2025-10-01")
    assert result.stdout.split() == ["cyp-2025-06-09-1", "cyp-2025-06-09-2"]
    assert "Left out 3 rows of notes below the table (rows 5, 6, 7)" in result.stderr
    first = records(repo)["cyp-2025-06-09-1"]
    assert (first["status"], "response" in first) == ("agreed", False)
    assert "Exec Date: 2025-06-24" in first["history"][0]["note"]


def test_a_status_printed_welsh_first_reads_by_its_english(repo: Path, invoke: Invoke) -> None:
    rows = [
        ["Cyf. / Ref", "Dyddiad y Cyfarfod / Meeting Date", "Argymhelliad / Recommendation", "Statws / Status"],
        ["CS/24/11", D(2024, 10, 15), "That officers report quarterly.", "Cwblhawyd / Completed"],
        ["CS/24/12", D(2024, 10, 15), "That signage is bilingual.", "Ar y gweill / In progress"],
    ]
    _workbook(repo / "log.xlsx", rows)
    invoke("import", "tracker", "log.xlsx", "--committee", "cyp", "--date", "2025-02-01")
    got = records(repo)
    assert [got[f"cyp-2024-10-15-{n}"]["status"] for n in (1, 2)] == ["implemented", "in-progress"]


def test_a_pdf_tables_rows_spanning_it_head_each_meetings_rows(repo: Path, invoke: Invoke) -> None:
    # A joint committee's tracker printed from a grid whose shaded rows span the table ('Meeting held on 10
    # March 2025'): one table, each such row dating the rows under it (not a paragraph between three tables).
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    rows = [
        ["Ref", "Recommendation", "Made to", "Response", "RAG"],
        ["Meeting held on 10 March 2025", "", "", "", ""],
        ["JH24/07", "That the ICB publishes the assessment.", "ICB", "Published.", "Green"],
        ["JH24/08", "That the Committee is sent a report.", "Ambulance", "Deferred.", "Amber"],
        ["Meeting held on 14 July 2025", "", "", "", ""],
        ["JH25/01", "That the ICB provides travel-time modelling.", "ICB", "Shared.", "Green"],
    ]
    grid = Table(rows, colWidths=[60, 260, 110, 150, 50])
    spans = (1, 4)  # each row's borders drawn as its own, as Word prints them: no column rule where a row spans
    style = [
        ("SPAN", (0, r), (-1, r)) if r in spans else ("GRID", (0, r), (-1, r), 0.5, colors.black) for r in range(6)
    ]
    grid.setStyle(TableStyle([*style, *(("BOX", (0, r), (-1, r), 0.5, colors.black) for r in spans)]))
    SimpleDocTemplate(str(repo / "tracker.pdf"), pagesize=landscape(A4)).build([grid])
    out = invoke("import", "tracker", "tracker.pdf", "--committee", "cyp", "--date", "2025-10-01").stdout
    assert out.split() == ["cyp-2025-03-10-1", "cyp-2025-03-10-2", "cyp-2025-07-14-1"]


def test_rows_saying_nothing_was_asked_are_left_out_and_a_review_names_the_item(repo: Path, invoke: Invoke) -> None:
    # A panel's log: "Report noted – no recommendations made.", "No action arising – appointments made.", "No
    # outcomes arising - report noted." and "... considered – no action." ask nothing; "Review / item" is the item the row came from.
    _workbook(
        repo / "log.xlsx",
        [
            ["Date", "Review / item", "Recommendation", "Status"],
            [D(2025, 2, 6), "Precept", "Report noted – no recommendations made.", "Closed"],
            [D(2025, 2, 6), "Appointments", "No action arising – appointments made.", "Closed"],
            [D(2025, 2, 6), "Audit", "Annual report received and considered – no action.", "Closed"],
            [D(2025, 2, 6), "Safeguarding", "No outcomes arising - report noted.", "N/A"],
            [D(2025, 2, 6), "Complaints", "That the Office acknowledges complaints within ten days.", "Open"],
        ],
    )
    created = dry_run(invoke, "log.xlsx")
    assert [(r["item"], r["text"]) for r in created] == [
        ("Complaints", "That the Office acknowledges complaints within ten days.\n")
    ]


def test_a_due_date_column_saying_complete_and_a_response_due_with_no_referral_date(repo: Path, invoke: Invoke) -> None:
    # "To be completed by: Complete" is where the row stands, not a date; a row awaiting a response due before the
    # import day was referred at its meeting, not on the import day.
    (repo / "log.csv").write_text(
        "Meeting date,Recommendation,Response due,To be completed by,Status\n"
        "11/11/2025,That Cabinet keeps parking free on Saturdays.,26/11/2025,,Awaiting response\n"
        "11/11/2025,Circulate the capital programme.,,Complete,Complete\n"
    )
    invoke("import", "tracker", "log.csv", "--committee", "cyp", "--date", "2026-12-07")
    got = records(repo)
    assert (got["cyp-2025-11-11-1"]["referred"], got["cyp-2025-11-11-1"]["response_due"]) == (
        D(2025, 11, 11),
        D(2025, 11, 26),
    )
    assert "due" not in got["cyp-2025-11-11-2"]


def test_an_action_sheet_printed_a_meeting_a_page(repo: Path, invoke: Invoke) -> None:
    # A Northern Ireland council's action sheet: each meeting's title line, then the headings again, then its rows
    # (the first title above the headings, the next among the rows); "Agreed on the proposal of A, seconded by B:
    # to ..." is the decision without its movers; "No recommendations – ..." asks nothing.
    _workbook(
        repo / "sheet.xlsx",
        [
            ["ACTION SHEET – POLICY AND RESOURCES COMMITTEE MEETING – THURSDAY 16 JANUARY 2025"],
            ["Minute Ref", "Subject", "Decision", "Lead Officer"],
            [
                "SPR/004",
                "Rates",
                "Agreed on the proposal of Councillor Doran, seconded by Councillor Hanna: to write to the Department.",
                "Director",
            ],
            ["SPR/005", "Risk", "No recommendations – the Committee noted the report.", "Director"],
            ["ACTION SHEET – POLICY AND RESOURCES COMMITTEE MEETING – THURSDAY 13 FEBRUARY 2025"],
            ["Minute Ref", "Subject", "Decision", "Lead Officer"],
            ["SPR/021", "Cost of Living", "Agreed to adopt the terms of reference.", "Chief Executive"],
        ],
    )
    created = dry_run(invoke, "sheet.xlsx")
    assert [(r["id"], r["text"]) for r in created] == [
        ("cyp-2025-01-16-1", "To write to the Department.\n"),
        ("cyp-2025-02-13-1", "To adopt the terms of reference.\n"),
    ]


def test_an_item_cell_led_by_its_agenda_number(repo: Path, invoke: Invoke) -> None:
    # An outstanding business statement names each item as the agenda did: "Item 6 – Roads Capital Programme".
    (repo / "obs.csv").write_text(
        "Meeting,Item,Decision\n05/12/2024,Item 6 – Roads Capital Programme,That the programme be approved.\n"
    )
    created = dry_run(invoke, "obs.csv")
    assert [r["item"] for r in created] == ["Roads Capital Programme"]
    # a parish's action sheet gives the number alone, a sub-item's letter after it: '10c – Working Groups'
    (repo / "actions.csv").write_text(
        "Meeting,Agenda Item,Action\n09/09/2025,10c – Working Groups,Clerk to update the privacy notice.\n"
        "09/09/2025,12 - Highways,Cllr Hart to report the damaged sign.\n"
        "09/09/2025,10d iii) – Finance – Drainage report,Clerk to commission the survey.\n"
    )
    created = dry_run(invoke, "actions.csv")
    assert [r["item"] for r in created] == ["Working Groups", "Highways", "Finance – Drainage report"]


def test_a_section_heading_naming_an_item_titles_its_rows_and_an_update_line_heads_a_note(
    repo: Path, invoke: Invoke
) -> None:
    # A board's action points grouped under 'Item 3: ...' lines (the item of the rows under it) and, under an
    # action, a lone 'Progress update:' line over sentences that say how it went: its note, not records.
    (repo / "actions.csv").write_text(
        "Action,Status\nActions from the meeting of 14 May 2025:,\nItem 3: Visitor Levy,\n"
        "Chief Executive to write to the Minister.,Complete\nProgress update:,\nLetter sent on 2 June.\n"
        "Reply received on 30 June.,\nItem 5 - Peatland Restoration,\nHead of Land to map the sites.,In hand\n"
    )
    invoke("import", "tracker", "actions.csv", "--committee", "cyp")
    created = sorted(records(repo).values(), key=lambda r: str(r["id"]))
    assert [(r["item"], r["text"].strip()) for r in created] == [
        ("Visitor Levy", "Chief Executive to write to the Minister."),
        ("Peatland Restoration", "Head of Land to map the sites."),
    ]
    assert "Letter sent on 2 June.\n\nReply received on 30 June." in str(created[0]["history"][-1]["note"])


def test_an_outcome_column_of_status_words_is_the_status(repo: Path, invoke: Invoke) -> None:
    # a joint committee's monitoring table: 'Outcome' says where each row stands (its key: Actioned, Pending,
    # Not accepted), and there is no status column; 'Not approved' in a 'Cabinet Decision' column is a rejection
    (repo / "monitor.csv").write_text(
        "Meeting Date,Recommendation,Action taken,Outcome\n28/09/2023,That the board publishes the data.,"
        "Published in October.,Actioned.\n28/09/2023,That the ward stays open.,Declined.,Not accepted.\n"
        "14/12/2023,That the trusts agree a plan.,Draft expected.,Pending\n"
    )
    created = dry_run(invoke, "monitor.csv")
    assert [r["status"] for r in created] == ["implemented", "rejected", "referred"]
    (repo / "cabinet.csv").write_text(
        "Meeting Date,Recommendation,Cabinet Decision\n04/11/2024,That a post be created.,Not approved\n"
        "04/11/2024,That parking be free after 3pm.,Approved\n"
    )
    created = dry_run(invoke, "cabinet.csv")
    assert [r["status"] for r in created] == ["rejected", "accepted"]


def test_an_item_cell_ending_with_its_meetings_date_dates_the_row(repo: Path, invoke: Invoke) -> None:
    # a parish's outstanding action points: no meeting column, each agenda item's cell ends with its meeting's date
    _workbook(
        repo / "actions.xlsx",
        [
            ["Outstanding Action Points"],
            ["Agenda Item", "Action", "Due Date"],
            ["12 – External Bodies\n(14 May 2024)", "Clerk to write to the neighbouring councils.", "Next meeting"],
            ["7 – Phonebox, Church Lane\n(10 Sept 2024)", "Clerk to ask BT to repaint the phonebox.", "Ongoing"],
        ],
    )
    created = dry_run(invoke, "actions.xlsx")
    assert [(r["meeting"], r["item"]) for r in created] == [
        ("2024-05-14", "External Bodies"),
        ("2024-09-10", "Phonebox, Church Lane"),
    ]


def test_an_officer_responsible_line_under_an_action_is_who_acts_not_its_text(repo: Path, invoke: Invoke) -> None:
    # a board's outstanding actions in Word: under each action, in its cell, "Officer responsible: ..."
    rows = [
        ["Meeting", "Action", "Update"],
        [
            "17 January 2024",
            "Public health team to map vaccine uptake by ward.\nOfficer responsible: Consultant in Public Health",
            "Map shared in March.",
        ],
        ["17 January 2024", "Chair to write to the Minister.\nResponsible officer: Chair / Democratic Services", ""],
    ]
    _word(repo / "actions.docx", "Health and Wellbeing Board – outstanding actions", rows)
    created = dry_run(invoke, "actions.docx")
    assert [r["text"].strip() for r in created] == [
        "Public health team to map vaccine uptake by ward.",
        "Chair to write to the Minister.",
    ]


def test_a_row_approving_the_last_minutes_is_no_record(repo: Path, invoke: Invoke) -> None:
    # a town council's action log keeps a row for each item, the minutes' approval among them: nothing to track
    (repo / "log.csv").write_text(
        "Meeting date,Subject,Action,Who\n18/06/2024,Minutes,Minutes approved,TC\n"
        "18/06/2024,Play area,Arrange a naming competition with the primary school,JO\n"
    )
    created = dry_run(invoke, "log.csv")
    assert [r["text"].strip() for r in created] == ["Arrange a naming competition with the primary school."]


def test_a_target_in_words_gives_no_date_and_keeps_its_words(repo: Path, invoke: Invoke) -> None:
    # 'By next meeting' as a parish's due date names no day to be late against: no date, and not lost (its
    # words go in the note under the column's heading); a month in the same column is still its last day.
    _workbook(
        repo / "actions.xlsx",
        [
            ["Outstanding Action Points"],
            ["Meeting", "Action", "Due Date", "Update"],
            [dt.datetime(2025, 6, 10), "Clerk to get three quotes for the lychgate survey.", "By next meeting", ""],
            [dt.datetime(2025, 6, 10), "Clerk to chase the drainage survey.", "Nov 2025", "Specification agreed."],
            [dt.datetime(2025, 6, 10), "Cllr Hart to report the sign.", "end of term", "Reported."],
            [dt.datetime(2025, 6, 10), "Officers to report each quarter.", "From January 2026", ""],
        ],
    )
    invoke("import", "tracker", "actions.xlsx", "--committee", "cyp")
    created = sorted(records(repo).values(), key=lambda r: str(r["id"]))
    assert [r.get("due") for r in created] == [None, dt.date(2025, 11, 30), None, None]
    notes = [str(r["history"]) for r in created]
    assert "Due Date: By next meeting" in notes[0] and "Due Date" not in notes[1]
    assert "Update: Reported." in notes[2] and "Due Date: end of term" in notes[2]
    assert "Due Date: From January 2026" in notes[3]


def test_a_word_log_dates_each_table_by_the_line_over_it(repo: Path, invoke: Invoke) -> None:
    # A log in Word, a table for each meeting under the line naming it: each line dates the rows of its own table
    # (not the title's date of the meeting the log was updated for)
    rows = [["Ref", "Agenda item", "Recommendation / action agreed", "Progress"]]
    _word(
        repo / "log.docx",
        "Actions log, updated for the meeting on 10 June 2025, with each action's progress since it was agreed.",
        "Meeting held on 4 February 2025",
        [*rows, ["J/1", "Hospital Parking", "That the Trust publishes its parking charges.", "Done."]],
        "Meeting of 1 April 2025",
        [*rows, ["J/2", "Dental Access", "To ask for a briefing on dental access.", "Requested."]],
    )
    created = dry_run(invoke, "log.docx")
    assert [(r["id"], r["item"]) for r in created] == [
        ("cyp-2025-02-04-1", "Hospital Parking"),
        ("cyp-2025-04-01-1", "Dental Access"),
    ]


def test_an_executive_response_sheet_numbered_by_report(repo: Path, invoke: Invoke) -> None:
    # 'Rec no.' starting again at 1 for each report of a meeting (a row of none between) is each report's
    # numbering: the records are numbered through the meeting. 'Agreed?' is the executive's answer, 'Cabinet
    # meeting' beside the scrutiny meeting the day it gave it, and 'Cabinet response / comment' its words.
    _workbook(
        repo / "responses.xlsx",
        [
            [
                "Scrutiny meeting",
                "Report",
                "Rec no.",
                "Recommendation",
                "Cabinet meeting",
                "Agreed?",
                "Cabinet response / comment",
            ],
            [
                D(2025, 7, 8),
                "Waste Strategy",
                1,
                "That the strategy sets a target for plastics.",
                D(2025, 7, 23),
                "Agreed",
                "A target will be set.",
            ],
            [D(2025, 7, 8), "Housing Allocations", "", "No recommendations made.", "", "n/a", ""],
            [
                D(2025, 7, 8),
                "Community Safety",
                1,
                "That a second youth worker be funded.",
                D(2025, 7, 23),
                "Not agreed",
                "To be considered in the budget.",
            ],
        ],
    )
    invoke("import", "tracker", "responses.xlsx", "--committee", "cyp")
    got = records(repo)
    assert sorted(got) == ["cyp-2025-07-08-1", "cyp-2025-07-08-2"]
    assert got["cyp-2025-07-08-2"]["response"] == {
        "date": dt.date(2025, 7, 23),
        "outcome": "rejected",
        "text": "To be considered in the budget.\n",
    }


def test_a_timescale_of_one_word_is_kept_in_the_note(repo: Path, invoke: Invoke) -> None:
    # 'Monthly' names no day: no date, its word kept; one word that is a month mistyped ('Febuary') is still named
    rows = "Meeting,Action,Timescale\n24/09/2024,Officers to report the budget.,Monthly\n"
    rows += "24/09/2024,Officers to publish the plan.,31/03/2025\n"
    (repo / "log.csv").write_text(rows)
    invoke("import", "tracker", "log.csv", "--committee", "cyp")
    got = records(repo)
    assert ("due" in got["cyp-2024-09-24-1"], got["cyp-2024-09-24-2"]["due"]) == (False, dt.date(2025, 3, 31))
    assert "Timescale: Monthly" in str(got["cyp-2024-09-24-1"]["history"])
    (repo / "bad.csv").write_text(rows.replace("Monthly", "Febuary").replace("24/09", "25/09"))
    assert "date 'Febuary' is not a date" in invoke("import", "tracker", "bad.csv", "--committee", "cyp", code=1).stderr


def test_a_word_forms_lines_above_its_table_date_and_title_its_rows(repo: Path, invoke: Invoke) -> None:
    # A SCRAIP form in Word: 'Meeting Date:' and 'Topic:' lines above the table (not in it) date and title every
    # row; a recommendation copied from a list keeps no list glue ("... monthly total;").
    _word(
        repo / "scraip.docx",
        "Committee: Corporate Services Overview and Scrutiny Committee",
        "Meeting Date: 4 November 2025",
        "Topic: Quarter 2 Performance",
        [["Recommendation", "Response"], ["The bin measure should be reported as a monthly total;", "Accepted."]],
    )
    created = dry_run(invoke, "scraip.docx")
    assert [(r["id"], r["item"], r["text"]) for r in created] == [
        ("cyp-2025-11-04-1", "Quarter 2 Performance", "The bin measure should be reported as a monthly total.\n")
    ]


def test_a_response_forms_labels_in_a_table_above_date_its_rows(repo: Path, invoke: Invoke) -> None:
    # A health body's response form: 'Meeting Date | 21 November 2024' in a table of labels above the
    # recommendations' table dates every row, as the lines of a SCRAIP form do.
    _word(
        repo / "response.docx",
        [["Name of Committee", "Joint Health Scrutiny Committee"], ["Meeting Date", "21 November 2024"]],
        "",
        [
            ["No.", "Recommendation", "Accepted, rejected or partially accepted"],
            ["1", "That the ICB publishes it.", "Accepted"],
        ],
    )
    created = dry_run(invoke, "response.docx")
    assert [r["id"] for r in created] == ["cyp-2024-11-21-1"]


def test_a_board_action_log_headed_by_its_papers(repo: Path, invoke: Invoke) -> None:
    # A national park board's action points: each meeting's rows under the paper and paragraph they arose from
    # ('Paper 1 Chief Executive's report', 'At para 6': headings, not actions), each action labelled 'i.', 'ii.'.
    _workbook(
        repo / "actions.xlsx",
        [
            ["Action", "Status"],
            ["Action Points from meeting on 13 December 2024", ""],
            ["Paper 1 Chief Executive's report", ""],
            ["At para 6", ""],
            ["i. Chief Executive to write to the Government.", "Complete"],
            ["ii. Director to arrange a Board workshop.", "In hand"],
        ],
    )
    created = dry_run(invoke, "actions.xlsx")
    assert [(r["id"], r["text"]) for r in created] == [
        ("cyp-2024-12-13-1", "Chief Executive to write to the Government.\n"),
        ("cyp-2024-12-13-2", "Director to arrange a Board workshop.\n"),
    ]
