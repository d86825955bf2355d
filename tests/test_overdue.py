"""The overdue rules as pure functions: the edge days, each reason, and the past as-of."""

from __future__ import annotations

import datetime as dt

import pytest
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


def test_merging_the_changed_records_gives_the_report_on_all_of_them() -> None:
    """merge() patches a report with a few changed records; it must equal making it afresh,
    whatever changed: a record becoming late, no longer late, closed, or late for longer."""
    import random

    from scrutrack.model import summarize
    from scrutrack.overdue import merge

    rng = random.Random(3)
    statuses = ["agreed", "referred", "accepted", "in-progress", "closed", "implemented"]

    def some(n: int, rid: str) -> object:
        r = in_status(rng.choice(statuses), kind=rng.choice(["recommendation", "action"]), rid=rid)
        if r.due is not None and rng.random() < 0.5:
            r.due = r.due + dt.timedelta(days=rng.randint(-90, 400))
        return summarize(r)

    for trial in range(40):
        day = D(2019, 1, 10) + dt.timedelta(days=rng.randint(0, 300))
        within = rng.choice([None, 14, 60])
        before = [some(n, f"cyp-2019-01-10-{n}") for n in range(1, 30)]
        after = list(before)
        changed = rng.sample(range(len(after)), rng.randint(1, 4))
        for i in changed:
            after[i] = some(i, before[i].id)  # type: ignore[attr-defined]
        old = [before[i] for i in changed]
        new = [after[i] for i in changed]
        patched = merge(run(before, day, within), run(old, day, within), run(new, day, within))
        assert patched == run(after, day, within), trial


def test_tables_made_again_with_reuse_equal_tables_made_afresh() -> None:
    """Rows and lines reused by position or identity (formats.Reuse) never change the output:
    a record swapped in place, records coming and going, a column getting wider or narrower."""
    import random

    from scrutrack import formats as f
    from scrutrack.model import summarize

    rng = random.Random(11)
    statuses = ["agreed", "referred", "accepted", "in-progress"]

    def one(n: int, owner: str | None = None) -> object:
        r = in_status(rng.choice(statuses), kind=rng.choice(["recommendation", "action"]), rid=f"cyp-2019-01-10-{n}")
        r.owner = (
            owner
            if owner is not None
            else rng.choice([None, "Ann", "Head of Service", "Director of Children's Services"])
        )
        return summarize(r)

    for trial in range(30):
        day = D(2019, 1, 10) + dt.timedelta(days=rng.randint(30, 400))
        records = [one(n) for n in range(1, rng.choice([4, 8, 60]))]  # few rows: a change can move a width
        reuse = f.Reuse()
        for _ in range(4):
            rep = run(records, day)
            rows = f.overdue_rows(rep.overdue, width=90, reuse=reuse)
            assert rows == f.overdue_rows(rep.overdue, width=90)
            assert f.plain_table(f.OVERDUE_HEADERS, rows, 90, reuse) == f.plain_table(f.OVERDUE_HEADERS, rows, 90)
            listed = f.list_rows(records, 90, reuse)
            assert listed == f.list_rows(records, 90)
            assert f.plain_table(f.LIST_HEADERS, listed, 90, reuse) == f.plain_table(f.LIST_HEADERS, listed, 90), trial
            records = list(records)
            for i in rng.sample(range(len(records)), min(len(records), rng.randint(1, 3))):
                records[i] = one(
                    i + 1, owner=rng.choice(["Bo", "Head of Service", "A much longer owner name, cut", None])
                )
            if rng.random() < 0.3 and len(records) > 2:
                del records[rng.randrange(len(records))]
