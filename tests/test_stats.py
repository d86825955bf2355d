"""Municipal years and a year's figures per committee, from records built by the real lifecycle."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import Invoke
from helpers import new_record

from scrutrack import lifecycle as lc
from scrutrack.errors import InvalidInput
from scrutrack.model import Record
from scrutrack.stats import parse_year, year_of, year_stats

D = dt.date
YEAR = parse_year("2025/26")


def test_municipal_years_run_from_may_to_april() -> None:
    assert (YEAR.label, YEAR.first, YEAR.last) == ("2025/26", D(2025, 5, 1), D(2026, 4, 30))
    assert year_of(D(2026, 4, 30)) == YEAR and year_of(D(2026, 5, 1)).label == "2026/27"
    assert parse_year("2025-26") == parse_year("2025/2026") == parse_year("2025") == YEAR
    april = parse_year("2025/26", start_month=4)
    assert (april.first, april.last) == (D(2025, 4, 1), D(2026, 3, 31))
    assert parse_year("1999/00").last == D(2000, 4, 30)
    assert parse_year("2025", start_month=1).label == "2025"


@pytest.mark.parametrize("bad", ["2025/27", "25/26", "next year", "2025/24"])
def test_a_year_that_is_not_one_is_refused(bad: str) -> None:
    with pytest.raises(InvalidInput, match="--year"):
        parse_year(bad)


def _referred(n: int, meeting: dt.date = D(2025, 6, 10), committee: str = "place") -> Record:
    r = new_record(f"{committee}-{meeting}-{n}", text=f"Recommendation {n}.\n")
    return lc.refer(r, meeting + dt.timedelta(days=7), meeting + dt.timedelta(days=67))


def _answered(n: int, outcome: str, day: dt.date, due: dt.date | None = None) -> Record:
    return lc.respond(_referred(n), day, outcome, "Because.\n", due=due)


def _delivered(r: Record, day: dt.date) -> Record:
    r = lc.add_evidence(r, day, "Report", url=f"https://example.org/{r.id}.pdf")
    return lc.set_status(r, "implemented", day)


def test_a_years_figures() -> None:
    on_time, late = D(2025, 8, 1), D(2025, 9, 30)  # the response was due on 2025-08-16
    records = [
        _delivered(_answered(1, "accepted", on_time, due=D(2025, 12, 31)), D(2025, 12, 1)),  # by its first date
        _delivered(  # delivered after its target moved
            lc.revise_due(_answered(2, "accepted", late, due=D(2025, 10, 31)), late, D(2026, 1, 31), "Staff"),
            D(2026, 1, 20),
        ),
        _answered(3, "partially-accepted", on_time),  # as older records spell it
        _answered(4, "rejected", late),
        _referred(5),  # no response yet: outstanding
        new_record("place-2025-06-10-6", kind="action"),  # an action: made, and outstanding
        _referred(1, D(2025, 4, 8)),  # agreed in 2024/25
        _referred(1, D(2025, 7, 1), "people"),
    ]
    stats = year_stats(records, YEAR, D(2026, 4, 30), ["place", "people", "idle"])
    place, people, idle = stats.rows
    assert place._asdict() == {
        "committee": "place",
        "made": 6,
        "referred": 5,
        "on_time": 2,
        "accepted": 2,
        "in_part": 1,
        "in_principle": 0,
        "rejected": 1,
        "noted": 0,
        "implemented": 2,
        "by_original": 1,
        "outstanding": 3,
    }
    assert (people.made, people.outstanding, idle.made) == (1, 1, 0)
    assert stats.total.made == 7 and stats.total.committee == "total"


def test_figures_as_they_stood_on_an_earlier_day() -> None:
    r = _delivered(_answered(1, "accepted", D(2025, 8, 1), due=D(2025, 12, 31)), D(2025, 12, 1))
    before = year_stats([r], YEAR, D(2025, 7, 1), ["place"]).rows[0]
    assert (before.made, before.accepted, before.implemented, before.outstanding) == (1, 0, 0, 1)
    assert year_stats([r], YEAR, D(2025, 6, 1), ["place"]).rows[0].made == 0  # not yet agreed


def test_a_reopened_record_is_not_counted_implemented() -> None:
    r = _delivered(_answered(1, "accepted", D(2025, 8, 1), due=D(2025, 12, 31)), D(2025, 12, 1))
    r = lc.set_status(r, "in-progress", D(2026, 1, 5), note="The figures were wrong")
    row = year_stats([r], YEAR, D(2026, 4, 30), ["place"]).rows[0]
    assert (row.implemented, row.outstanding) == (0, 1)


# ------------------------------------------------------------------------------ through the CLI


def test_stats_through_the_cli_in_every_format(repo: Path, invoke: Invoke) -> None:
    import csv
    import io
    import json

    invoke("add", "--committee", "cyp", "--meeting", "2025-06-10", "--text", "That the pages are rewritten.")
    invoke("add", "--committee", "cyp", "--meeting", "2025-06-10", "--text", "That wardens are recruited.")
    invoke("add", "--committee", "cyp", "--meeting", "2025-04-01", "--text", "Last year's.")
    for n in (1, 2):
        invoke("refer", f"cyp-2025-06-10-{n}", "--date", "2025-06-20")
    invoke(
        "respond",
        "cyp-2025-06-10-1",
        "--outcome",
        "accepted-in-principle",
        "--text",
        "In principle.",
        "--date",
        "2025-08-01",
    )
    invoke("respond", "cyp-2025-06-10-2", "--outcome", "rejected", "--text", "No budget.", "--date", "2025-09-01")
    table = invoke("stats", "--year", "2025/26", "--as-of", "2026-04-30").stdout
    assert "Municipal year 2025/26 (1 May 2025 to 30 April 2026)" in " ".join(table.split())
    rows = {line.split("  ")[0]: line.split() for line in table.splitlines() if line and line[0].isupper()}
    assert rows["Accepted in principle"][-3:] == ["1", "0", "1"]  # cyp, hsc, Total
    data = json.loads(invoke("stats", "--year", "2025/26", "--as-of", "2026-04-30", "-f", "json").stdout)
    assert data["year"] == "2025/26" and data["first"] == "2025-05-01"
    cyp = next(c for c in data["committees"] if c["committee"] == "cyp")
    assert (cyp["made"], cyp["referred"], cyp["on_time"], cyp["in_principle"], cyp["rejected"]) == (2, 2, 1, 1, 1)
    assert cyp["outstanding"] == 1  # accepted in principle: still to be delivered; the rejected one is not
    got = list(
        csv.DictReader(io.StringIO(invoke("stats", "--year", "2024/25", "-f", "csv", "--committee", "cyp").stdout))
    )
    assert got == [{**dict.fromkeys(got[0], "0"), "committee": "cyp", "made": "1", "outstanding": "1"}]
    assert "--year '2025/27' does not name one year" in invoke("stats", "--year", "2025/27", code=1).stderr
    assert "unknown committee" in invoke("stats", "--committee", "zz", code=1).stderr
