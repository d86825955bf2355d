"""Placing a response table's rows on records: by ID, by reference, by text; uncertain when unsure."""

from __future__ import annotations

import datetime as dt

import pytest

from scrutrack.matching import PLACE, Candidate, Row, place, read_reference

D = dt.date
JUNE, MARCH = D(2025, 6, 10), D(2025, 3, 11)
FLOOD = [
    "That the Council rewrites its flooding web pages with the Flood Action Group.",
    "That a flood warden is recruited for each of the six streets most at risk.",
    "That council tax relief for flooded homes is granted automatically rather than on application.",
    "That gully cleaning on the routes that flooded in 2024 is increased to twice a year.",
    "That the Council publishes the gully cleaning schedule on its website each spring.",
]
BUSES = [
    "That the Council replaces the bus shelters without seating on the routes used most by older people.",
    "That real-time bus information displays are installed at every stop serving a secondary school.",
]
CANDIDATES = [Candidate(f"place-2025-06-10-{n}", "place", JUNE, n, t) for n, t in enumerate(FLOOD, 1)] + [
    Candidate(f"place-2025-03-11-{n}", "place", MARCH, n, t) for n, t in enumerate(BUSES, 1)
]


@pytest.mark.parametrize(
    ("ref", "text", "ids", "numbers", "rest"),
    [
        ("", "R3 That council tax relief ...", (), (3,), "That council tax relief ..."),
        ("", "Recommendation 4: That gully cleaning ...", (), (4,), "That gully cleaning ..."),
        ("", "Rec. 2 - That a flood warden ...", (), (2,), "That a flood warden ..."),
        ("", "3. Fines should be abolished.", (), (3,), "Fines should be abolished."),
        ("", "(b) That the Council ...", (), (2,), "That the Council ..."),
        ("5 & 6", "That every repair ...", (), (5, 6), "That every repair ..."),
        ("R4 and R5", "", (), (4, 5), ""),
        ("Recs 2-4", "", (), (2, 3, 4), ""),
        ("7", "", (), (7,), ""),
        ("", "place-2025-06-10-2: That a flood warden ...", ("place-2025-06-10-2",), (), "That a flood warden ..."),
        ("", "That the Council 2025 budget ...", (), (), "That the Council 2025 budget ..."),
    ],
)
def test_references(ref: str, text: str, ids: tuple[str, ...], numbers: tuple[int, ...], rest: str) -> None:
    got = read_reference(Row(ref, text))
    assert (got.ids, got.numbers, got.text) == (ids, numbers, rest)


def test_numbers_belong_to_the_meeting_the_text_matches_place() -> None:
    rows = [
        Row("1", "That the Council rewrites its flooding web pages with the Flood Action Group."),
        Row("2", "That a flood warden is recruited for each of the six streets most at risk."),
        Row("3", ""),  # a number alone: the meeting the others were placed in
    ]
    got = place(rows, CANDIDATES)
    assert [m.ids for m in got] == [("place-2025-06-10-1",), ("place-2025-06-10-2",), ("place-2025-06-10-3",)]
    assert [m.how for m in got] == ["reference", "reference", "reference"]
    assert not any(m.uncertain for m in got)


def test_numbers_alone_need_the_meeting_when_several_await_a_response() -> None:
    (unsure,) = place([Row("2", "")], CANDIDATES)
    assert not unsure.placed and "--agreed" in unsure.uncertain
    (sure,) = place([Row("2", "")], CANDIDATES, agreed=MARCH)
    assert sure.ids == ("place-2025-03-11-2",) and not sure.uncertain


def test_text_alone_places_a_reworded_recommendation() -> None:
    (m,) = place([Row("", "Rewrite the flooding web pages with the Flood Action Group")], CANDIDATES)
    assert m.ids == ("place-2025-06-10-1",) and m.how == "text" and m.score >= PLACE and not m.uncertain


def test_a_row_unlike_every_record_is_not_placed_and_names_its_closest() -> None:
    (m,) = place([Row("", "That the Council publishes the number of damp complaints about landlords.")], CANDIDATES)
    assert not m.placed and m.score < PLACE


def test_a_row_answering_two_recommendations_by_text() -> None:
    row = Row(
        "",
        "That gully cleaning on the routes that flooded in 2024 is increased to twice a year, and that the "
        "Council publishes the gully cleaning schedule on its website each spring.",
    )
    (m,) = place([row], CANDIDATES)
    assert m.ids == ("place-2025-06-10-4", "place-2025-06-10-5") and not m.uncertain


def test_a_row_as_like_two_records_is_uncertain() -> None:
    (m,) = place([Row("", "Gully cleaning")], CANDIDATES)
    assert m.placed and m.uncertain.startswith("nearly as like")


def test_a_number_whose_text_reads_like_another_record_is_uncertain() -> None:
    rows = [
        Row("1", "That the Council rewrites its flooding web pages with the Flood Action Group."),
        Row("2", "That council tax relief for flooded homes is granted automatically rather than on application."),
    ]
    got = place(rows, CANDIDATES)
    assert got[1].ids == ("place-2025-06-10-3",) and "its number gives place-2025-06-10-2" in got[1].uncertain


def test_two_rows_claiming_one_record_the_surer_keeps_it() -> None:
    rows = [
        Row("R1", "That the Council rewrites its flooding web pages with the Flood Action Group."),
        Row("", "That the Council rewrites its flooding web pages."),
    ]
    first, second = place(rows, CANDIDATES)
    assert first.ids == second.ids == ("place-2025-06-10-1",)
    assert not first.uncertain and "also answered by another row" in second.uncertain


def test_an_id_places_a_row_whatever_its_text() -> None:
    (m,) = place([Row("place-2025-03-11-2", "Something else entirely")], CANDIDATES)
    assert m.ids == ("place-2025-03-11-2",) and m.how == "id"


def test_an_id_that_awaits_no_response_is_said() -> None:
    (m,) = place([Row("place-2024-01-01-1", "")], CANDIDATES)
    assert not m.placed and "place-2024-01-01-1" in m.uncertain
