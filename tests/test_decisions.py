"""The executive's answers and the committee's decisions, end to end through the CLI, history checked:
every response outcome, extension requests granted and refused, sign-off, impact, and `check`'s rules."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke, files_snapshot

RID = "cyp-2025-06-10-1"


def history(repo: Path, rid: str = RID) -> list[dict[str, Any]]:
    return record(repo, rid)["history"]  # type: ignore[no-any-return]


def record(repo: Path, rid: str = RID) -> dict[str, Any]:
    return tomllib.loads((repo / "records" / "cyp" / f"{rid}.toml").read_text(encoding="utf-8"))


def referred(invoke: Invoke, n: int = 1) -> str:
    for _ in range(n):
        invoke("add", "--committee", "cyp", "--meeting", "2025-06-10", "--text", "That the web pages are rewritten.")
    for i in range(1, n + 1):
        invoke("refer", f"cyp-2025-06-10-{i}", "--date", "2025-06-20", "--by", "Scrutiny officer")
    return RID


@pytest.mark.parametrize(
    ("outcome", "status", "event"),
    [
        ("accepted", "accepted", "accepted"),
        ("accepted-in-part", "accepted", "accepted"),
        ("accepted-in-principle", "accepted", "accepted"),
        ("rejected", "rejected", "rejected"),
        ("noted", "referred", "response-noted"),
        ("partially-accepted", "accepted", "accepted"),  # an old script's word, recorded by today's name
    ],
)
def test_every_response_outcome(repo: Path, invoke: Invoke, outcome: str, status: str, event: str) -> None:
    referred(invoke)
    due = ("--due", "2026-03-31") if status == "accepted" else ()
    err = invoke("respond", RID, "--outcome", outcome, "--text", "Because.", "--date", "2025-08-01", *due).stderr
    rec = record(repo)
    named = "accepted-in-part" if outcome == "partially-accepted" else outcome
    assert rec["status"] == status and rec["response"]["outcome"] == named
    assert rec["history"][-1] == {
        "date": dt.date(2025, 8, 1),
        "event": event,
        "by": rec["history"][-1]["by"],
        "outcome": named,
        **({"due": dt.date(2026, 3, 31)} if due else {}),
    }
    if outcome == "noted":
        assert "it stays referred" in err and rec["response_due"] == dt.date(2025, 8, 20)
        invoke("respond", RID, "--outcome", "accepted", "--text", "Now agreed.", "--date", "2025-09-01")
        assert record(repo)["status"] == "accepted"
    invoke("check")


def test_a_rejection_needs_its_reason_and_a_noted_one_stays_overdue(repo: Path, invoke: Invoke) -> None:
    referred(invoke)
    before = files_snapshot(repo)
    err = invoke("respond", RID, "--outcome", "rejected", "--text", " ", "--date", "2025-08-01", code=1).stderr
    assert "needs its reason" in err and files_snapshot(repo) == before
    invoke("respond", RID, "--outcome", "noted", "--text", "Noted.", "--date", "2025-08-01")
    late = invoke("overdue", "--as-of", "2025-09-01", "--format", "json").stdout
    assert RID in late and '"response"' in late
    err = invoke("respond", RID, "--outcome", "maybe", "--text", "x", code=1).stderr
    assert "accepted-in-principle" in err and "partially-accepted" not in err


def test_an_extension_requested_then_granted_then_one_refused(repo: Path, invoke: Invoke) -> None:
    referred(invoke)
    invoke("respond", RID, "--outcome", "accepted", "--text", "Agreed.", "--due", "2026-03-31", "--date", "2025-08-01")
    err = invoke(
        "due",
        RID,
        "2026-06-30",
        "--request",
        "--reason",
        "The contractor is late",
        "--by",
        "Head of Comms",
        "--date",
        "2025-10-01",
    ).stderr
    assert "due stays 2026-03-31" in err
    rec = record(repo)
    assert rec["due"] == dt.date(2026, 3, 31) and rec["requested"] == dt.date(2026, 6, 30)
    assert rec["history"][-1] == {
        "date": dt.date(2025, 10, 1),
        "event": "due-requested",
        "by": "Head of Comms",
        "requested": dt.date(2026, 6, 30),
        "reason": "The contractor is late",
    }
    invoke("check")
    invoke("due", RID, "--grant", "--meeting", "2025-10-14", "--minute", "47(3)", "--date", "2025-10-15")
    rec = record(repo)
    assert rec["due"] == dt.date(2026, 6, 30) and "requested" not in rec
    assert {k: v for k, v in rec["history"][-1].items() if k != "by"} == {
        "date": dt.date(2025, 10, 15),
        "event": "due-granted",
        "from": dt.date(2026, 3, 31),
        "due": dt.date(2026, 6, 30),
        "meeting": dt.date(2025, 10, 14),
        "minute": "47(3)",
    }
    invoke("due", RID, "2026-12-31", "--request", "--reason", "Again", "--date", "2025-11-01")
    invoke(
        "due",
        RID,
        "--refuse",
        "--reason",
        "No further extension",
        "--meeting",
        "2025-11-11",
        "--minute",
        "52",
        "--date",
        "2025-11-12",
    )
    rec = record(repo)
    assert rec["due"] == dt.date(2026, 6, 30) and "requested" not in rec
    assert rec["history"][-1]["event"] == "due-refused" and rec["history"][-1]["decision"] == "No further extension"
    shown = invoke("show", RID, "--format", "json").stdout
    assert '"original_due": "2026-03-31"' in shown
    invoke("check")


def test_extension_mistakes_are_one_line_and_write_nothing(repo: Path, invoke: Invoke) -> None:
    referred(invoke)
    invoke("respond", RID, "--outcome", "accepted", "--text", "Agreed.", "--due", "2026-03-31", "--date", "2025-08-01")
    before = files_snapshot(repo)
    for args, says in (
        (("--grant",), "no request for a new target awaiting a decision"),
        (("--refuse",), "no request for a new target"),
        (("2026-06-30", "--request"), "--reason"),
        (("2026-06-30", "--grant", "--refuse"), "one of --request, --grant or --refuse"),
        (("2026-06-30", "--meeting", "2025-10-14"), "go with --grant or --refuse"),
        ((), "give the new target date"),
    ):
        err = invoke("due", RID, *args, code=1).stderr
        assert says in err and err.startswith("Error: ") and err.count("\n") == 1, (args, err)
    assert files_snapshot(repo) == before


def test_a_plain_due_stays_the_officers_correction(repo: Path, invoke: Invoke) -> None:
    referred(invoke)
    invoke("respond", RID, "--outcome", "accepted", "--text", "Agreed.", "--due", "2026-03-31", "--date", "2025-08-01")
    invoke("due", RID, "2026-04-30", "--reason", "Typo in the response", "--date", "2025-08-02")
    assert history(repo)[-1]["event"] == "due-revised" and record(repo)["due"] == dt.date(2026, 4, 30)


def _implemented(invoke: Invoke, rid: str = RID) -> None:
    invoke("respond", rid, "--outcome", "accepted", "--text", "Agreed.", "--due", "2026-03-31", "--date", "2025-08-01")
    invoke("evidence", rid, f"https://example.org/{rid}.pdf", "--date", "2025-11-01")
    invoke("status", rid, "implemented", "--date", "2025-11-01")


def test_signoff_closes_with_the_meeting_and_minute(repo: Path, invoke: Invoke) -> None:
    referred(invoke, 3)
    _implemented(invoke, "cyp-2025-06-10-1")
    _implemented(invoke, "cyp-2025-06-10-2")
    invoke("signoff", "cyp-2025-06-10-1", "cyp-2025-06-10-2", "--meeting", "2025-12-09", "--minute", "60(1)")
    for rid in ("cyp-2025-06-10-1", "cyp-2025-06-10-2"):
        rec = record(repo, rid)
        assert rec["status"] == "closed"
        assert {k: v for k, v in rec["history"][-1].items() if k != "by"} == {
            "date": dt.date(2025, 12, 9),
            "event": "closed",
            "meeting": dt.date(2025, 12, 9),
            "minute": "60(1)",
        }
    invoke("check")


def test_signoff_all_proposed_takes_the_owners_achieved_and_is_all_or_nothing(repo: Path, invoke: Invoke) -> None:
    referred(invoke, 3)
    _implemented(invoke, "cyp-2025-06-10-1")
    invoke("respond", "cyp-2025-06-10-2", "--outcome", "accepted", "--text", "Agreed.", "--date", "2025-08-01")
    invoke("respond", "cyp-2025-06-10-3", "--outcome", "accepted", "--text", "Agreed.", "--date", "2025-08-01")
    for rid in ("cyp-2025-06-10-2", "cyp-2025-06-10-3"):  # an owner's update says achieved
        path = repo / "records" / "cyp" / f"{rid}.toml"
        path.write_text(
            path.read_text()
            + '\n[[history]]\ndate = 2025-11-20\nevent = "update"\nby = "Head of Comms"\nround = "2025-q3"\n'
            'progress = "achieved, propose closure"\ntext = """\nDone.\n"""\n'
        )
    invoke("check")
    before = files_snapshot(repo)
    err = invoke("signoff", "--committee", "cyp", "--all-proposed", "--meeting", "2025-12-09", "--minute", "60", code=1)
    assert "cannot sign off 2 of 3 records; nothing was written" in err.stderr and "without evidence" in err.stderr
    assert files_snapshot(repo) == before
    for rid in ("cyp-2025-06-10-2", "cyp-2025-06-10-3"):
        invoke("evidence", rid, f"https://example.org/{rid}.pdf", "--date", "2025-11-25")
    out = invoke(
        "signoff", "--committee", "cyp", "--all-proposed", "--meeting", "2025-12-09", "--minute", "60", "--dry-run"
    ).stderr
    assert "would close 3 records" in out and files_snapshot(repo) != before
    invoke("signoff", "--committee", "cyp", "--all-proposed", "--meeting", "2025-12-09", "--minute", "60")
    events = [h["event"] for h in history(repo, "cyp-2025-06-10-2")]
    assert events[-3:] == ["evidence-added", "implemented", "closed"]
    assert all(record(repo, f"cyp-2025-06-10-{n}")["status"] == "closed" for n in (1, 2, 3))
    invoke("check")
    assert (
        "Nothing of cyp is proposed"
        in invoke("signoff", "--committee", "cyp", "--all-proposed", "--meeting", "2025-12-09", "--minute", "60").stderr
    )


def test_signoff_mistakes(repo: Path, invoke: Invoke) -> None:
    referred(invoke)
    before = files_snapshot(repo)
    assert "needs the meeting's date" in invoke("signoff", RID, "--minute", "3", code=1).stderr
    assert "needs the minute" in invoke("signoff", RID, "--meeting", "2025-12-09", code=1).stderr
    assert (
        "only an implemented record"
        in invoke("signoff", RID, "--meeting", "2025-12-09", "--minute", "3", code=1).stderr
    )
    assert (
        "--committee" in invoke("signoff", "--all-proposed", "--meeting", "2025-12-09", "--minute", "3", code=1).stderr
    )
    assert files_snapshot(repo) == before
    invoke("status", RID, "withdrawn", "--note", "Overtaken", "--date", "2025-07-01")
    invoke("check")


def test_a_refused_signoff_names_the_record_once(repo: Path, invoke: Invoke) -> None:
    referred(invoke)
    _implemented(invoke)
    err = invoke("signoff", RID, "--meeting", "2025-10-01", "--minute", "3", code=1).stderr
    assert f"  {RID}: the date 2025-10-01 is before its last history entry (2025-11-01)" in err
    assert f"{RID}: {RID}" not in err


def test_closed_with_a_note_stays_possible(repo: Path, invoke: Invoke) -> None:
    referred(invoke)
    _implemented(invoke)
    invoke("status", RID, "closed", "--note", "Closed by the chair's action", "--date", "2025-12-01")
    assert history(repo)[-1]["note"] == "Closed by the chair's action"
    invoke("check")


def test_impact_recorded_shown_and_exported(repo: Path, invoke: Invoke) -> None:
    referred(invoke)
    _implemented(invoke)
    invoke(
        "impact",
        RID,
        "--rating",
        "significant",
        "--text",
        "Calls about flooding fell by a third.",
        "--evidence",
        "https://example.org/impact.pdf",
        "--date",
        "2026-01-10",
    )
    entry = history(repo)[-1]
    assert {k: v for k, v in entry.items() if k != "by"} == {
        "date": dt.date(2026, 1, 10),
        "event": "impact",
        "rating": "significant",
        "text": "Calls about flooding fell by a third.\n",
        "url": "https://example.org/impact.pdf",
    }
    shown = invoke("show", RID).stdout
    assert "impact" in shown and "significant" in shown and "Calls about flooding fell by a third." in shown
    before = files_snapshot(repo)
    assert "not one of: significant" in invoke("impact", RID, "--rating", "huge", "--text", "x", code=1).stderr
    assert (
        "not a web address"
        in invoke("impact", RID, "--rating", "limited", "--text", "x", "--evidence", "ftp://x", code=1).stderr
    )
    assert "needs its words" in invoke("impact", RID, "--rating", "limited", code=1).stderr
    assert files_snapshot(repo) == before
    invoke("check")


# ------------------------------------------------------------------------------ check's rules

CHECKED = """\
schema = 1
id = "cyp-2025-06-10-1"
committee = "cyp"
meeting = 2025-06-10
kind = "recommendation"
status = "{status}"
referred = 2025-06-20
response_due = 2025-08-20
due = 2026-03-31
text = \"\"\"
That the web pages are rewritten.
\"\"\"

[response]
date = 2025-08-01
outcome = "{outcome}"
text = \"\"\"
Agreed.
\"\"\"

[[evidence]]
date = 2025-11-01
title = "Report"
url = "https://example.org/r.pdf"

[[history]]
date = 2025-06-10
event = "agreed"

[[history]]
date = 2025-06-20
event = "referred"
response_due = 2025-08-20

[[history]]
date = 2025-08-01
event = "accepted"
outcome = "{outcome}"
due = 2026-03-31
{more}"""


@pytest.mark.parametrize(
    ("more", "status", "says"),
    [
        (
            '\n[[history]]\ndate = 2025-10-15\nevent = "due-granted"\ndue = 2026-06-30\n',
            "accepted",
            "a grant needs a request",
        ),
        ('\n[[history]]\ndate = 2025-10-15\nevent = "due-refused"\n', "accepted", "a refusal needs a request"),
        (
            '\n[[history]]\ndate = 2025-11-01\nevent = "implemented"\n\n[[history]]\ndate = 2025-12-09\n'
            'event = "closed"\nminute = "60"\n',
            "closed",
            "a sign-off needs its meeting date",
        ),
        (
            '\n[[history]]\ndate = 2025-11-01\nevent = "implemented"\n\n[[history]]\ndate = 2025-12-09\nevent = "closed"\n',
            "closed",
            "needs a sign-off (meeting and minute) or a note",
        ),
        (
            '\n[[history]]\ndate = 2025-10-15\nevent = "due-requested"\nrequested = 2026-06-30\n',
            "accepted",
            "needs 'reason'",
        ),
        (
            '\n[[history]]\ndate = 2026-01-10\nevent = "impact"\nrating = "huge"\ntext = """\nx\n"""\n',
            "accepted",
            "'rating' is 'huge'",
        ),
        (
            '\n[[history]]\ndate = 2025-10-15\nevent = "response-noted"\noutcome = "noted"\n',
            "accepted",
            "only note a referred",
        ),
    ],
)
def test_check_knows_the_new_entries_and_their_rules(
    repo: Path, invoke: Invoke, more: str, status: str, says: str
) -> None:
    path = repo / "records" / "cyp" / f"{RID}.toml"
    path.parent.mkdir(parents=True)
    path.write_text(CHECKED.format(status=status, outcome="accepted", more=more))
    err = invoke("check", code=1).stdout + invoke("check", code=1).stderr
    assert says in err, err


def test_check_accepts_both_names_of_accepted_in_part_and_a_pending_request(repo: Path, invoke: Invoke) -> None:
    path = repo / "records" / "cyp" / f"{RID}.toml"
    path.parent.mkdir(parents=True)
    for outcome in ("partially-accepted", "accepted-in-part", "accepted-in-principle"):
        path.write_text(CHECKED.format(status="accepted", outcome=outcome, more=""))
        invoke("check")
    pending = '\n[[history]]\ndate = 2025-10-15\nevent = "due-requested"\nrequested = 2026-06-30\nreason = "Late"\n'
    text = CHECKED.format(status="accepted", outcome="accepted", more=pending)
    path.write_text(text)
    assert "'requested' is missing but the history last set it to 2026-06-30" in invoke("check", code=1).stdout
    path.write_text(text.replace("due = 2026-03-31\ntext", "due = 2026-03-31\nrequested = 2026-06-30\ntext", 1))
    invoke("check")


def test_fmt_says_how_to_migrate_and_outcomes_rewrites_with_no_violation(git_repo: Path, invoke: Invoke) -> None:
    import subprocess

    path = git_repo / "records" / "cyp" / f"{RID}.toml"
    path.parent.mkdir(parents=True)
    path.write_text(CHECKED.format(status="accepted", outcome="partially-accepted", more=""))
    subprocess.run(["git", "add", "-A"], cwd=git_repo, check=True)
    subprocess.run(["git", "commit", "-qm", "old"], cwd=git_repo, check=True)
    said = invoke("fmt").stderr
    assert "1 record still says the older outcome 'partially-accepted'" in said and "fmt --outcomes" in said
    assert "partially-accepted" in path.read_text()
    assert invoke("fmt", "--outcomes", "--check", code=1).stdout == f"records/cyp/{RID}.toml\n"
    invoke("fmt", "--outcomes")
    text = path.read_text()
    assert "partially-accepted" not in text and text.count('outcome = "accepted-in-part"') == 2
    invoke("check", "--base", "HEAD")
    assert "still say" not in invoke("fmt").stderr


def test_export_shows_the_latest_impact_and_imports_back_whole(repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    import csv
    import io
    import json

    referred(invoke, 2)
    _implemented(invoke)
    invoke("impact", RID, "--rating", "limited", "--text", "A little.", "--date", "2025-12-01")
    invoke("impact", RID, "--rating", "moderate", "--text", "More than we thought.", "--date", "2026-01-10")
    invoke("respond", "cyp-2025-06-10-2", "--outcome", "noted", "--text", "Noted.", "--date", "2025-08-01")
    exported = invoke("export", "csv").stdout
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(exported))}
    assert {k: v for k, v in rows[RID].items() if k.startswith("impact_")} == {
        "impact_rating": "moderate",
        "impact_text": "More than we thought.",
        "impact_date": "2026-01-10",
        "impact_url": "",
    }
    assert json.loads(invoke("show", RID, "--format", "json").stdout)["history"][-1]["rating"] == "moderate"
    other = tmp_path / "other"
    invoke("init", str(other), "--committee", "cyp", "--name", "Children")
    (other / "all.csv").write_text(exported, encoding="utf-8")
    said = invoke("import", "tracker", str(other / "all.csv"), "--repo", str(other)).stderr
    assert "Not imported (the latest impact: the history column holds every assessment)" in said
    for rid in (RID, "cyp-2025-06-10-2"):
        assert (other / "records" / "cyp" / f"{rid}.toml").read_text() == (
            repo / "records" / "cyp" / f"{rid}.toml"
        ).read_text()


def test_a_date_after_today_needs_future(repo: Path, invoke: Invoke) -> None:
    referred(invoke)
    _implemented(invoke)
    later = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    before = files_snapshot(repo)
    assert "after today" in invoke("signoff", RID, "--meeting", later, "--minute", "1", code=1).stderr
    assert "after today" in invoke("impact", RID, "--rating", "limited", "--text", "x", "--date", later, code=1).stderr
    assert files_snapshot(repo) == before
    invoke("impact", RID, "--rating", "limited", "--text", "Planned.", "--date", later, "--future")
    assert history(repo)[-1]["date"].isoformat() == later
