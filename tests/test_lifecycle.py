"""The transition table, walked in full through the CLI: legal moves work, illegal ones change nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import Invoke
from helpers import in_status, new_record, put

from scrutrack import lifecycle as lc
from scrutrack.errors import TransitionRefused
from scrutrack.model import STATUSES
from scrutrack.store import open_repo, read_record

# The domain README's table: (from, to) pairs, for a recommendation.
LEGAL = {
    ("agreed", "referred"),
    ("referred", "referred"),
    ("referred", "accepted"),
    ("referred", "rejected"),
    ("accepted", "in-progress"),
    ("accepted", "implemented"),
    ("in-progress", "implemented"),
    ("implemented", "closed"),
    ("implemented", "in-progress"),
    ("rejected", "referred"),
    ("rejected", "closed"),
    *((s, "withdrawn") for s in ("agreed", "referred", "accepted", "rejected", "in-progress", "implemented")),
    *((s, "superseded") for s in ("agreed", "referred", "accepted", "rejected", "in-progress", "implemented")),
}
STARTS = (
    "agreed",
    "referred",
    "accepted",
    "rejected",
    "in-progress",
    "implemented",
    "closed",
    "withdrawn",
    "superseded",
)
LATER = "2019-06-01"


def _args(rid: str, target: str) -> list[str]:
    """The command that asks for this move, carrying everything the move must carry."""
    if target == "referred":
        return ["refer", rid, "--date", LATER, "--note", "referred again"]
    if target in ("accepted", "rejected"):
        return ["respond", rid, "--outcome", target, "--text", "The answer.", "--date", LATER]
    extra = ["--note", "why"]
    if target == "superseded":
        extra += ["--superseded-by", "cyp-2019-01-10-9"]
    return ["status", rid, target, "--date", LATER, *extra]


@pytest.mark.parametrize("start", STARTS)
@pytest.mark.parametrize("target", STATUSES)
def test_every_move(repo: Path, invoke: Invoke, start: str, target: str) -> None:
    record = in_status(start)
    if target == "implemented" and not record.evidence:
        record = lc.add_evidence(record, record.history[-1].date, "Report", url="https://example.org/x.pdf")
    path = put(repo, record)
    put(repo, new_record("cyp-2019-01-10-9"))
    before = path.read_bytes()
    legal = (start, target) in LEGAL
    result = invoke(*_args(record.id, target), code=0 if legal else 1)
    if legal:
        after, _ = read_record(open_repo(str(repo)), record.id)
        assert after.status == target
        assert after.history[-1].event == target
        assert invoke("check").exit_code == 0
    else:
        assert path.read_bytes() == before
        assert f"is '{start}'" in result.stderr or "use `scrutrack" in result.stderr
        assert "Traceback" not in result.stderr


def test_refusal_names_status_and_next_moves(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("referred"))
    err = invoke("status", "cyp-2019-01-10-1", "closed", "--note", "x", code=1).stderr
    assert "cyp-2019-01-10-1 is 'referred'; it can become: referred, accepted, rejected, withdrawn, superseded" in err


def test_only_actions_skip_referral(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1", kind="recommendation"))
    put(repo, new_record("cyp-2019-01-10-2", kind="action"))
    assert "refer it first" in invoke("status", "cyp-2019-01-10-1", "in-progress", code=1).stderr
    invoke("status", "cyp-2019-01-10-2", "in-progress", "--date", LATER)


@pytest.mark.parametrize(
    ("start", "target", "missing"),
    [
        ("in-progress", "implemented", "evidence"),
        ("implemented", "closed", "note"),
        ("implemented", "in-progress", "note"),
        ("referred", "withdrawn", "note"),
        ("agreed", "superseded", "superseded-by"),
    ],
)
def test_legal_move_missing_what_it_must_carry(
    repo: Path, invoke: Invoke, start: str, target: str, missing: str
) -> None:
    path = put(repo, in_status(start))
    before = path.read_bytes()
    err = invoke("status", "cyp-2019-01-10-1", target, "--date", LATER, code=1).stderr
    assert missing in err
    assert path.read_bytes() == before


def test_superseded_by_must_exist(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record())
    assert (
        "no record 'cyp-2030-01-01-1'"
        in invoke("status", "cyp-2019-01-10-1", "superseded", "--superseded-by", "cyp-2030-01-01-1", code=1).stderr
    )


def test_two_months_clamps_to_month_end(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2018-12-20-1"))
    invoke("refer", "cyp-2018-12-20-1", "--date", "2018-12-31")
    rec, _ = read_record(open_repo(str(repo)), "cyp-2018-12-20-1")
    assert rec.response_due == dt.date(2019, 2, 28)


def test_committee_response_period_is_used(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("hsc-2019-01-10-1"))
    invoke("refer", "hsc-2019-01-10-1", "--date", "2019-01-20")
    rec, _ = read_record(open_repo(str(repo)), "hsc-2019-01-10-1")
    assert rec.response_due == dt.date(2019, 2, 17)  # 28 days


def test_date_before_last_entry_is_refused(repo: Path, invoke: Invoke) -> None:
    path = put(repo, in_status("referred"))
    before = path.read_bytes()
    err = invoke(
        "respond", "cyp-2019-01-10-1", "--outcome", "accepted", "--text", "ok", "--date", "2019-01-01", code=1
    ).stderr
    assert "before its last history entry (2019-01-13)" in err and "give --date 2019-01-13 or later" in err
    assert path.read_bytes() == before


def test_legal_next_is_data() -> None:
    assert lc.legal_next("agreed", "recommendation") == ["referred", "withdrawn", "superseded"]
    assert lc.legal_next("agreed", "action") == ["referred", "in-progress", "withdrawn", "superseded"]
    assert lc.legal_next("closed", "action") == []
    with pytest.raises(TransitionRefused):
        lc.find_transition("x", "closed", "action", "in-progress")
