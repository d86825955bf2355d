"""Reading a response table's rows (headings, group rows, merged cells) and judging each row."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import new_record

from scrutrack import lifecycle as lc
from scrutrack.responses import ALREADY, APPLY, CANNOT, CHECK, UNPLACED, Cells, find_columns, plan, read_rows

D = dt.date
DECIDED = D(2025, 9, 16)
HEAD = ["No.", "Recommendation", "Accepted / Rejected", "Response", "Lead officer", "Timescale"]


def test_the_heading_row_may_sit_under_a_title() -> None:
    cols = find_columns([["Response to the Flood Task Group", "", ""], ["Recommendation", "Agree?", "Comment"]])
    assert cols is not None and cols.header == 1 and cols.fields == {"recommendation": 0, "outcome": 1, "response": 2}
    assert find_columns([["Date", "Venue"], ["1 May", "Hall"]]) is None  # not a response table


@pytest.mark.parametrize("merged", ["once", "repeated"])
def test_group_rows_and_cells_merged_down(merged: str) -> None:
    group = ["Money and maintenance"] if merged == "once" else ["Money and maintenance"] * 6
    rows = [
        HEAD,
        group,
        [
            "4",
            "That council tax relief is automatic.",
            "Rejected",
            "The law requires an application.",
            "Head of Revenues",
            "n/a",
        ],
        [
            "5",
            "That gullies are cleaned twice a year.",
            "Agreed in principle",
            "Both go to the review.",
            "Highways Manager",
            "Summer 2026",
        ],
        ["6", "That the schedule is published.", "", "", "", ""],
    ]
    got, cols = read_rows(Cells("r.docx, table 1", rows), DECIDED)
    assert cols is not None
    assert [(r.ref, r.group, r.outcome) for r in got] == [
        ("4", "Money and maintenance", "rejected"),
        ("5", "Money and maintenance", "accepted-in-principle"),
        ("6", "Money and maintenance", "accepted-in-principle"),
    ]
    assert got[2].shared == "row 4" and got[2].due == D(2026, 8, 31) and got[2].lead == "Highways Manager"
    assert got[2].where == "r.docx, table 1, row 5"


def test_the_outcome_may_open_the_response() -> None:
    rows = [
        ["Recommendation", "Response", "Action"],
        ["R1 That ...", "Partially accepted: the three streets at highest risk.", "Wardens recruited."],
    ]
    (row,), _ = read_rows(Cells("r.pdf, table 1", rows), DECIDED)
    assert row.outcome == "accepted-in-part" and row.outcome_words == "Partially accepted"
    assert row.text == "Partially accepted: the three streets at highest risk.\n\nAction: Wardens recruited."


def _steps(*cells: list[str]) -> list[str]:
    records = [
        lc.refer(new_record(f"place-2025-06-10-{n}", text=t), D(2025, 6, 20), D(2025, 8, 20))
        for n, t in enumerate(["That the web pages are rewritten.", "That wardens are recruited."], 1)
    ]
    records.append(new_record("place-2025-06-10-3", text="That the grant is publicised."))  # not referred
    records[1] = lc.respond(records[1], DECIDED, "accepted", "Agreed.\n")
    rows, _ = read_rows(Cells("r.docx, table 1", [["No.", "Recommendation", "Decision"], *cells]), DECIDED)
    return [s.action + (f": {s.why}" if s.why else "") for s in plan(rows, records, DECIDED, D(2025, 6, 10))]


def test_what_each_row_will_do() -> None:
    assert _steps(["1", "That the web pages are rewritten.", "Accepted"]) == [APPLY]
    assert _steps(["2", "That wardens are recruited.", "Accepted"]) == [ALREADY]
    assert _steps(["7", "", "Accepted"])[0].startswith(UNPLACED)
    assert _steps(["1", "That the web pages are rewritten.", "See below"])[0].startswith(f"{CANNOT}: no outcome")
    assert _steps(["1", "That the web pages are rewritten.", "Rejected"])[0].startswith(f"{CANNOT}: a rejection")
    assert _steps(["1", "That the web pages are rewritten.", "Rejected: no budget."]) == [APPLY]
    assert _steps(["3", "That the grant is publicised.", "Accepted"])[0].startswith(f"{CANNOT}: place-2025-06-10-3 is")
    both = ["", "That the web pages are rewritten, and that wardens are recruited.", "Accepted"]
    assert _steps(both) == [APPLY]  # to the first; the second has it already
    assert _steps(["", "The pages", "Accepted"]) == [f"{CHECK}: only 1 word in common"]


def test_a_response_in_labelled_paragraphs_reads_as_a_table() -> None:
    from scrutrack.responses import paragraph_rows

    paragraphs = [
        ("The Cabinet Member's answers follow.", False),  # before any recommendation: not ours
        ("Rec 1 – That the depot opens on Saturdays.", False),
        ("Executive response: Agreed. Saturday opening starts in May.", False),
        ("Officers will report on use: after six months.", False),  # a sentence with a colon runs on
        ("Responsible officer: Depot Manager", False),
        ("Equalities impact: none.", False),  # a label scrutrack keeps nothing of ends the answer
        ("This sentence belongs to no field.", False),
        ("Recommendation 2", True),  # the label on its own line, its text below
        ("That the depot sells compost.", False),
        ("Decision", True),
        ("Not agreed", False),
        ("Background", True),  # a heading that is no label
        ("Compost sales were tried in 2019.", False),
    ]
    assert paragraph_rows(paragraphs) == [
        ["no", "recommendation", "decision", "response", "lead"],  # the headings the table reader knows
        [
            "1",
            "That the depot opens on Saturdays.",
            "",
            "Agreed. Saturday opening starts in May.\n\nOfficers will report on use: after six months.",
            "Depot Manager",
        ],
        ["2", "That the depot sells compost.", "Not agreed", "", ""],
    ]
    assert (
        paragraph_rows([("Recommendation 1: That X.", False), ("Some text.", False)]) == []
    )  # no answer: not a response
