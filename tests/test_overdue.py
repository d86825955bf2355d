"""The overdue rules as pure functions: the edge days, each reason, and the past as-of."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import Invoke
from helpers import in_status, new_record

from scrutrack import lifecycle as lc
from scrutrack.overdue import report

D = dt.date


def run(records: list, day: dt.date, within: int | None = None):  # type: ignore[no-untyped-def]
    return report(records, day, lambda _: "28 days", within)


def test_not_referred_edge_days() -> None:
    r = new_record("cyp-2019-01-10-1")  # due meeting + 28 days = 2019-02-07
    assert run([r], D(2019, 2, 7)).overdue == ()
    late = run([r], D(2019, 2, 8)).overdue
    assert [(x.reason, x.due, x.days) for x in late[0].reasons] == [("not-referred", D(2019, 2, 7), 1)]


def test_action_is_never_late_for_referral_but_is_for_its_due_date() -> None:
    a = new_record("cyp-2019-01-10-1", kind="action", due=D(2019, 3, 1))
    assert run([a], D(2019, 3, 1)).overdue == ()
    [item] = run([a], D(2019, 3, 11)).overdue
    assert [(x.reason, x.days) for x in item.reasons] == [("implementation", 10)]


def test_response_late() -> None:
    r = in_status("referred")  # referred 2019-01-13, response due 2019-03-11
    assert run([r], D(2019, 3, 11)).overdue == ()
    [item] = run([r], D(2019, 3, 12)).overdue
    assert item.reasons[0].reason == "response" and item.days == 1


def test_review_and_implementation_together_and_sorting() -> None:
    r = lc.set_review(in_status("accepted"), D(2019, 2, 1), D(2019, 4, 1))  # due 2019-04-10
    other = new_record("cyp-2019-01-10-2")
    rep = run([other, r], D(2019, 4, 20))
    assert [i.record.id for i in rep.overdue] == ["cyp-2019-01-10-2", "cyp-2019-01-10-1"]
    assert [(x.reason, x.days) for x in rep.overdue[1].reasons] == [("implementation", 10), ("review", 19)]
    assert rep.overdue[1].days == 19
    assert rep.counts() == {"not-referred": 1, "response": 0, "implementation": 1, "review": 1}


@pytest.mark.parametrize("status", ["closed", "withdrawn", "superseded"])
def test_terminal_items_are_never_late(status: str) -> None:
    rep = run([in_status(status)], D(2030, 1, 1))
    assert rep.overdue == () and rep.open_count == 0


def test_due_soon() -> None:
    r = new_record("cyp-2019-01-10-1")
    rep = run([r], D(2019, 1, 31), within=7)
    assert rep.overdue == ()
    assert [(x.reason, x.days) for x in rep.due_soon[0].reasons] == [("not-referred", 7)]
    assert run([r], D(2019, 1, 30), within=7).due_soon == ()


def test_past_as_of_answers_from_history() -> None:
    r = in_status("referred")
    r = lc.respond(r, D(2019, 4, 1), "accepted", "Yes.\n", due=D(2019, 6, 30))
    r = lc.revise_due(r, D(2019, 6, 1), D(2019, 12, 31), "slipped")
    # 2019-03-20: still referred, response due 2019-03-11 -> 9 days late for a response.
    [item] = run([r], D(2019, 3, 20)).overdue
    assert (item.status, item.reasons[0].reason, item.days) == ("referred", "response", 9)
    # 2019-05-15: accepted, due 2019-06-30 -> not late.
    assert run([r], D(2019, 5, 15)).overdue == ()
    # 2019-06-05: the target had moved to 2019-12-31 -> not late; today's view agrees.
    assert run([r], D(2019, 6, 5)).overdue == ()
    [late] = run([r], D(2020, 1, 2)).overdue
    assert late.reasons[0].due == D(2019, 12, 31)
    # Before the meeting it did not exist.
    assert run([r], D(2019, 1, 9)).open_count == 0


def test_a_target_moved_more_than_ten_years_is_flagged_not_an_error(repo: Path, invoke: Invoke) -> None:
    """How far a target slipped is counted in calendar months of any number: ten years and more
    once made `overdue` (and the report) fail on a period longer than `--due` may give."""
    invoke("add", "--committee", "cyp", "--meeting", "2001-01-10", "--text", "That officers report back.")
    invoke("refer", "cyp-2001-01-10-1", "--date", "2001-01-20")
    invoke(
        "respond", "cyp-2001", "--outcome", "accepted", "--due", "2001-06-30", "--date", "2001-02-01", "--text", "Yes."
    )
    invoke("due", "cyp-2001", "2013-08-15", "--reason", "Rebuilt", "--date", "2001-06-01")
    [late] = json.loads(invoke("overdue", "--as-of", "2014-01-01", "--format", "json").stdout)["overdue"]
    assert late["target_flag"] == "145 months 16 days past its first date", late
