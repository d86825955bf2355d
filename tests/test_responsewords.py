"""The response table's vocabulary: headings, outcome words and timescales, as councils write them."""

from __future__ import annotations

import datetime as dt

import pytest

from scrutrack.responsewords import heading_field, outcome_in, read_timescale

D = dt.date


@pytest.mark.parametrize(
    ("cell", "outcome"),
    [
        ("Accepted", "accepted"),
        ("Agreed – this will be provided", "accepted"),
        ("Accept", "accepted"),
        ("Yes", "accepted"),
        ("Supported.", "accepted"),
        ("The Cabinet agrees this recommendation.", "accepted"),
        ("Partially accepted", "accepted-in-part"),
        ("Partially agreed: advice will go to 2,000 homes", "accepted-in-part"),
        ("Part accepted", "accepted-in-part"),
        ("In part", "accepted-in-part"),
        ("Agreed in part", "accepted-in-part"),
        ("Partially accept", "accepted-in-part"),
        ("Agreed in principle", "accepted-in-principle"),
        ("Accept in principle", "accepted-in-principle"),
        (
            "Cabinet accepts this recommendation in principle, but funding is not yet identified.",
            "accepted-in-principle",
        ),
        ("In principle, agreed", "accepted-in-principle"),
        ("Not agreed", "rejected"),
        ("Not accepted", "rejected"),
        ("Not supported – the law requires an application", "rejected"),
        ("Rejected", "rejected"),
        ("Reject", "rejected"),
        ("Declined", "rejected"),
        ("No", "rejected"),
        ("No – a protocol already exists", "rejected"),
        ("The Cabinet does not accept this recommendation.", "rejected"),
        ("Noted", "noted"),
        ("Noted. Figures are in the annual report.", "noted"),
        ("The Cabinet noted the recommendation.", "noted"),
    ],
)
def test_outcome_words(cell: str, outcome: str) -> None:
    said = outcome_in(cell)
    assert said is not None and said.outcome == outcome, (cell, said)


@pytest.mark.parametrize(
    "cell",
    [
        "",
        "No further action is needed as the pages were rewritten last year.",  # 'no' inside a sentence
        "This will form part of the strategy.",  # 'part' alone
        "The Council publishes the schedule each spring.",
        "Awaiting the Government's guidance.",
    ],
)
def test_no_outcome_in_a_plain_sentence(cell: str) -> None:
    assert outcome_in(cell) is None


def test_an_outcome_is_read_from_the_opening_not_a_later_sentence() -> None:
    assert outcome_in("The service will train all its surveyors. This was not agreed by the union.") is None


@pytest.mark.parametrize(
    ("text", "due", "how"),
    [
        ("31/03/2026", D(2026, 3, 31), "date"),
        ("2026-03-31", D(2026, 3, 31), "date"),
        ("1 July 2026", D(2026, 7, 1), "date"),
        ("March 2026", D(2026, 3, 31), "month"),
        ("by end of February 2026", D(2026, 2, 28), "month"),
        ("Mar-26", D(2026, 3, 31), "month"),
        ("Sept 2025", D(2025, 9, 30), "month"),
        ("Q3 2025/26", D(2025, 12, 31), "quarter"),
        ("Q4 2025/26", D(2026, 3, 31), "quarter"),
        ("Quarter 1 2026/27", D(2026, 6, 30), "quarter"),
        ("Q2 2026", D(2026, 6, 30), "quarter"),
        ("Summer 2026", D(2026, 8, 31), "season"),
        ("Spring 2026", D(2026, 5, 31), "season"),
        ("Winter 2025/26", D(2026, 2, 28), "season"),
        ("2026/27", D(2027, 3, 31), "financial year"),
        ("End of 2026", D(2026, 12, 31), "year"),
        ("within 6 months", D(2026, 3, 17), "relative"),
        ("3 months", D(2025, 12, 17), "relative"),
        ("September 2025 (interim report); March 2026", D(2026, 3, 31), "month"),
        ("Ongoing", None, "none"),
        ("Immediate", None, "none"),
        ("Complete", None, "none"),
        ("n/a", None, "none"),
        ("TBC", None, "none"),
        ("", None, "none"),
        ("When the review reports", None, "unread"),
    ],
)
def test_timescales(text: str, due: dt.date | None, how: str) -> None:
    got = read_timescale(text, D(2025, 9, 17))
    assert (got.due, got.how) == (due, how), text


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Recommendation", "recommendation"),
        ("Recommendation[i]", "recommendation"),
        ("Scrutiny recommendation", "recommendation"),
        ("No.", "ref"),
        ("Rec No", "ref"),
        ("Accepted / Rejected / Partially Accepted", "outcome"),
        ("Accept/Reject", "outcome"),
        ("Agree?", "outcome"),
        ("Decision", "outcome"),
        ("Response (Agreed / Partially agreed / Not agreed)", "outcome"),
        ("Recommendation accepted?", "outcome"),
        ("Response", "response"),
        ("Cabinet response and action", "response"),
        ("Comments", "response"),
        ("Response of the Cabinet Member for Housing", "response"),
        ("Proposed action", "action"),
        ("Action to be taken", "action"),
        ("Lead officer", "lead"),
        ("Lead Officer[v]", "lead"),
        ("Responsible officer(s)", "lead"),
        ("Timescale", "timescale"),
        ("Timetable[iv]", "timescale"),
        ("Target date of action/completion", "timescale"),
        ("Target date (month/year)", "timescale"),
        ("Target date agreed", "timescale"),
        ("Implementation date", "timescale"),
        ("Cabinet Member", "ignored"),
        ("Financial implications", "ignored"),
        ("To", "ignored"),
        ("Notes for the clerk", None),
    ],
)
def test_headings(heading: str, field: str | None) -> None:
    assert heading_field(heading) == field
