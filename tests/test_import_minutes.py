"""`scrutrack import minutes`: the report's appendix, minutes in varied real shapes, and malformed ones."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke, files_snapshot

DATA = Path(__file__).resolve().parent / "data" / "minutes"
# The whole report the bundled records come from (a copy of the domain brief's, kept in the repository).
WHOLE_REPORT = Path(__file__).resolve().parents[1] / "evidence/cyp-sub-committee-report-2019.txt"

REPORT_RECOMMENDATIONS = [
    (
        "cyp-2019-09-18-1",
        "2019-09-18",
        "Children's Services Improvement Arrangements",
        "That Officers circulate figures on the amount of cases of Section 20 accommodated children to the "
        "Committee after the meeting.\n",
    ),
    (
        "cyp-2019-09-18-2",
        "2019-09-18",
        "Children's Statutory Complaints Report 2017-2018",
        "An update report was required on progress and improvements to be brought to the Sub-Committee on a "
        "quarterly basis as well as an overview report to be brought before the Sub-Committee at its 27 November "
        "2018 meeting.\n",
    ),
    (
        "cyp-2019-09-18-3",
        "2019-09-18",
        "Children's Statutory Complaints Report 2017-2018",
        "Future reports to include data on the Councils performance against neighbouring Local Authorities.\n",
    ),
    (
        "cyp-2018-11-27-1",
        "2018-11-27",
        "Children's Improvement Plan Update",
        "That a staff representative be invited to attend a future meeting to provide insight into and their view "
        "on the progression of developments for the workforce as described in the Improvement Plan.\n",
    ),
    (
        "cyp-2018-11-27-2",
        "2018-11-27",
        "Children's Improvement Plan Update",
        "Evidence be provided to the Sub-Committee on the progress of Priority 7 in the Improvement Plan through "
        "timescales of implemented actions.\n",
    ),
]


def records(root: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted((root / "records").rglob("*.toml"))}


def shown(data: bytes, name: str) -> list[str]:
    """A document's blocks as a reader sees them: each list item with its number, tables left out."""
    from scrutrack.readers import read_document

    return [f"{b.marker} {b.text}".strip() for b in read_document(data, name).blocks if b.text or b.marker]


def copy_in(root: Path, source: Path, name: str | None = None) -> str:
    """Copy a minutes file next to the repository; return the name to pass on the command line."""
    target = root / (name or source.name)
    shutil.copy(source, target)
    return target.name


def report_sources() -> list[Path]:
    return [DATA / "report-appendix.txt", WHOLE_REPORT]


@pytest.mark.parametrize("source", report_sources(), ids=lambda p: p.name)
def test_the_reports_appendix_yields_exactly_its_recommendations(repo: Path, invoke: Invoke, source: Path) -> None:
    name = copy_in(repo, source)
    result = invoke("import", "minutes", name, "--committee", "cyp")
    assert result.stdout.split() == [rid for rid, *_ in REPORT_RECOMMENDATIONS]
    assert "Created 5 of 5 recommendations" in result.stderr
    assert "4 meetings, 27 conclusions (not imported)" in result.stderr
    got = records(repo)
    assert sorted(got) == sorted(rid for rid, *_ in REPORT_RECOMMENDATIONS)
    for rid, meeting, item, text in REPORT_RECOMMENDATIONS:
        r = got[rid]
        assert (r["committee"], r["meeting"].isoformat(), r["item"], r["text"]) == ("cyp", meeting, item, text)
        assert (r["kind"], r["status"]) == ("recommendation", "agreed")
        assert r["history"] == [
            {"date": r["meeting"], "event": "agreed", "note": f"Imported from minutes {source.name}"}
        ]
    assert "All 5 records are valid" in invoke("check").stdout


def test_a_second_import_changes_nothing(git_repo: Path, invoke: Invoke) -> None:
    name = copy_in(git_repo, DATA / "report-appendix.txt")
    invoke("import", "minutes", name, "--committee", "cyp")
    subprocess.run(["git", "add", "-A"], cwd=git_repo, check=True)
    subprocess.run(["git", "commit", "-qm", "import"], cwd=git_repo, check=True)
    again = invoke("import", "minutes", name, "--committee", "cyp")
    assert again.stdout == ""
    assert "Nothing new: 5 recommendations" in again.stderr and "5 already present" in again.stderr
    status = subprocess.run(["git", "status", "--porcelain"], cwd=git_repo, capture_output=True, text=True, check=True)
    assert status.stdout == ""


def test_dry_run_shows_the_table_and_writes_nothing(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, DATA / "report-appendix.txt")
    before = files_snapshot(repo)
    result = invoke("import", "minutes", name, "--committee", "cyp", "--dry-run")
    assert files_snapshot(repo) == before
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "Meeting", "Item", "Text"]
    rows = [line for line in lines[1:] if not line.startswith(" ")]  # wrapped text continues below
    assert [line.split()[0] for line in rows] == [rid for rid, *_ in REPORT_RECOMMENDATIONS]
    assert "Dry run: would create 5 of 5 recommendations" in result.stderr
    assert "nothing was written" in result.stderr


VARIED = {
    # Word export: "1)" numbering, wrapped lines, page breaks with running headers, curly quotes,
    # "Recommendations: None", an item title wrapped over two lines, "18 Sept 2018".
    "sept-2018-word.txt": [
        (
            "cyp-2018-09-18-1",
            "Children’s Services Improvement Arrangements",
            "That Officers circulate figures on the amount of cases of Section 20 accommodated children to the "
            "Committee after the meeting.\n",
        ),
        (
            "cyp-2018-09-18-2",
            "Children’s Services Improvement Arrangements",
            "That the “Front Door” review be shared with Members by the end of the month.\n",
        ),
        (
            "cyp-2018-09-18-3",
            "Children’s Statutory Complaints Report 2017–2018",
            "An update report be brought to the Sub-Committee on a quarterly basis.\n",
        ),
        (
            "cyp-2018-09-18-4",
            "Children’s Statutory Complaints Report 2017–2018",
            "Future reports to include data on the Council’s performance against neighbouring Local Authorities.\n",
        ),
    ],
    # CRLF, "18/09/2018", "(1)" with tabs, lettered sub-points, "Recommendations to Cabinet:",
    # a form feed and "- 2 -", a weekday date, "There were no recommendations.", a no-break space.
    "slashed-paren-crlf.txt": [
        (
            "cyp-2018-09-18-1",
            "Early Help Strategy",
            "That the Cabinet Member:\na) publish the Early Help offer; and\nb) report progress in six months.\n",
        ),
        ("cyp-2018-09-18-2", "Early Help Strategy", "That partners be invited to the next meeting.\n"),
        (
            "cyp-2018-11-27-1",
            "Children’s Improvement Plan Update",
            "That a staff representative be invited to attend a future meeting.\n",
        ),
        (
            "cyp-2018-11-27-2",
            "Children’s Improvement Plan Update",
            "Evidence be provided on the progress of Priority 7 in the Improvement Plan through timescales of "
            "implemented actions.\n",
        ),
    ],
    # Windows-1252 with curly quotes and £, ISO date, "Agenda Item 5:" with a quoted title,
    # an unnumbered inline "Recommendation: That ...", roman numerals, "5 Feb 2019".
    "roman-cp1252.txt": [
        (
            "cyp-2019-01-14-1",
            "Croydon’s proposed new safeguarding arrangements",
            "That officers circulate the partnership’s “Working Together” plan.\n",
        ),
        (
            "cyp-2019-02-05-1",
            "Cabinet Member Question Time",
            "That the Cabinet Member share the emerging recruitment strategy – including the locum conversion "
            "plan – with the Sub-Committee.\n",
        ),
        (
            "cyp-2019-02-05-2",
            "Cabinet Member Question Time",
            "That a joint meeting with the Health & Social Care Sub-Committee be considered.\n",
        ),
        (
            "cyp-2019-02-05-3",
            "Cabinet Member Question Time",
            "That the Chair discuss a Transition service with officers.\n",
        ),
        ("cyp-2019-02-05-4", "Cabinet Member Question Time", "That the £2.5m budget line be explained.\n"),
    ],
    # Unnumbered paragraphs as recommendations; a wrapped item title.
    "two-meetings-paragraphs.txt": [
        (
            "cyp-2019-01-14-1",
            "Update on the development of Croydon's proposed new safeguarding arrangements",
            "That the Sub-Committee receives the final arrangements before they are published.\n",
        ),
        (
            "cyp-2019-01-14-2",
            "Update on the development of Croydon's proposed new safeguarding arrangements",
            "That the themes of the priorities be scrutinised once the arrangements have been implemented.\n",
        ),
        (
            "cyp-2019-02-05-1",
            "Cabinet Member Question Time",
            "That emerging strategies be shared with the Sub-Committee.\n",
        ),
    ],
    # "RESOLVED:" as the heading, Word's "12.3" paragraph numbers, a weekday date with "6th".
    "resolved-decimal.txt": [
        (
            "cyp-2019-03-06-1",
            "Youth Offending Service Performance",
            "That the Cabinet Member for Children, Young People & Learning review the resourcing of the Youth "
            "Offending Service in light of the rising caseload.\n",
        ),
        (
            "cyp-2019-03-06-2",
            "Youth Offending Service Performance",
            "That officers circulate the reoffending cohort data to Members within four weeks.\n",
        ),
    ],
    # A page break mid-item: "Page 4", a form feed, and a running header seen only once.
    "header-once.txt": [
        (
            "cyp-2019-03-06-1",
            "SEND Transport",
            "That the Cabinet Member for Children, Young People & Learning commission an independent review of "
            "the SEND transport contract, including the complaints received since September 2018 and the "
            "penalties applied to the provider for late running.\n",
        ),
        ("cyp-2019-03-06-2", "SEND Transport", "That officers publish the route timetables on the Council website.\n"),
    ],
    # An "ACTION:" line; roman sub-points (i), (ii) under (b), not points of their own; a vote recorded
    # in brackets; "Reason:" after a resolution; "RECOMMENDED that the Cabinet Member for Education:"
    # over "1. writes ..." and "2. asks ...".
    "subpoints-actions.txt": [
        (
            "cyp-2019-12-03-1",
            "SCHOOL PLACES PLANNING",
            "Head of School Organisation to circulate the ward-level forecasts to all Members.\n",
        ),
        (
            "cyp-2019-12-03-2",
            "SCHOOL PLACES PLANNING",
            "That the Cabinet Member for Education be asked to consult on the expansion of Hill Top Primary School.\n",
        ),
        (
            "cyp-2019-12-03-3",
            "SCHOOL PLACES PLANNING",
            "That the Panel receives an update on secondary places in June 2020, including:\n"
            "(i) the forecast for each planning area; and\n(ii) the progress of the free school bid.\n",
        ),
        (
            "cyp-2019-12-03-4",
            "HOME TO SCHOOL TRANSPORT",
            "That the Cabinet be recommended to keep the discretionary post-16 transport scheme.\n",
        ),
        (
            "cyp-2019-12-03-5",
            "EXCLUSIONS",
            "That the Cabinet Member for Education writes to all academy trusts about the rise in exclusions.\n",
        ),
        (
            "cyp-2019-12-03-6",
            "EXCLUSIONS",
            "That the Cabinet Member for Education asks the Virtual School Head to report on exclusions of looked "
            "after children.\n",
        ),
    ],
    # Minute numbers with the committee's code or the year ("OSC/45 TITLE", "Minute 48/19-20 – Title"),
    # the vote in brackets after a resolution, and a resolution with no full stop followed by narrative.
    "minute-codes.txt": [
        (
            "cyp-2019-11-14-1",
            "BUDGET CONSULTATION 2020/21",
            "That the Cabinet be asked to extend the budget consultation to six weeks.\n",
        ),
        (
            "cyp-2019-11-14-2",
            "COMMUNITY GRANTS",
            "That the grants panel publish the scores given to each application.\n",
        ),
        ("cyp-2019-11-14-3", "COMMUNITY GRANTS", "That unsuccessful applicants be offered feedback.\n"),
        (
            "cyp-2019-11-14-4",
            "LEISURE CENTRE",
            "That the Cabinet be asked to extend the opening hours of the leisure centre.\n",
        ),
        # "That the work programme be agreed" (minute 48) is the committee's own business, counted.
    ],
    # Two sets of minutes in one file, each under its own title, and a sentence about other minutes
    # ("Minutes of ... held on 20 February 2019 are attached") that is not a title.
    "two-sets-of-minutes.txt": [
        ("cyp-2019-03-13-1", "Internal Audit Plan", "That the internal audit plan for 2019/20 be approved.\n"),
        (
            "cyp-2019-03-13-2",
            "Health and Safety Annual Report",
            "That the Committee receives the next annual report in March 2020.\n",
        ),
        ("cyp-2019-06-04-1", "Risk Register", "That the corporate risk register be reviewed every quarter.\n"),
    ],
    # Resolutions wrapped as a PDF's text layer wraps them, the carried-on line starting with words
    # that elsewhere end a list ("next meeting.", "for 2020/21", "effective from", "signed off");
    # "That X, and that Y" is two decisions, two records (tests/data/corpus/README.md, rule 4).
    "wrapped-end-words.txt": [
        (
            "cyp-2019-10-08-1",
            "Fly-tipping",
            "That the Panel receives the fly-tipping hot-spot map for each ward at its next meeting.\n",
        ),
        (
            "cyp-2019-10-08-2",
            "Garden Waste",
            "That the Cabinet keeps the charge for the garden waste service at £45 a year for 2020/21.\n",
        ),
        (
            "cyp-2019-10-08-3",
            "Garden Waste",
            "That residents receiving council tax support keep their discount effective from 1 April 2020.\n",
        ),
        (
            "cyp-2019-10-08-4",
            "Street Lighting",
            "That the Cabinet Member asks for the LED replacement programme to be signed off before the budget "
            "is set.\n",
        ),
    ],
    # The text layer of minutes a word processor printed to PDF on narrow pages: a running header of
    # two lines with a date, a footer "Page 1 of 4<tab>Chairman's initials ......", the decision printed
    # twice so that the same lines fall beside two page breaks, "anti-" / "social", headings wrapped
    # ("SCHEME 2019/20" with the paragraph straight under it, "FUND -", "(ENV) -"), a sentence
    # wrapped after "recommendations of the", sub-headings wrapped inside their brackets, and
    # "paragraph" / "4.3 of the report."; "(b) notes the responses" only notes: counted, not a record.
    "printed-narrow.txt": [
        (
            "cyp-2019-03-13-1",
            "COUNCIL TAX REDUCTION SCHEME 2019/20",
            "That the Committee asks the Cabinet to fund two more anti-social behaviour caseworkers.\n",
        ),
        (
            "cyp-2019-03-13-2",
            "HOMELESSNESS PREVENTION FUND",
            "That the prevention fund is kept at its 2018/19 level, for the reasons in paragraph 4.3 of the report.\n",
        ),
        (
            "cyp-2019-03-13-3",
            "HOMELESSNESS PREVENTION FUND",
            "That a review of the fund comes to the Committee in March 2020.\n",
        ),
        (
            "cyp-2019-03-13-4",
            "FLY-TIPPING ENFORCEMENT (ENV)",
            "That the Committee receives the hot-spot map at its next meeting.\n",
        ),
    ],
    # "Action: Head of Leisure" under a resolution names who acts on it (not a record of its own);
    # "ACTION BY:"; "The Committee RECOMMENDS that ..." on one line; "Actions: None".
    "action-owners.txt": [
        ("cyp-2019-06-04-1", "Leisure Centre", "That the Cabinet be asked to extend the opening hours.\n"),
        ("cyp-2019-06-04-2", "Parks", "That the Panel visits the parks depot.\n"),
        ("cyp-2019-06-04-3", "Budget", "That the Cabinet freezes car parking charges.\n"),
    ],
    # A review's recommendations labelled "R1.", "R3 That ..." and "Rec 4 -", findings between them.
    "rec-labels.txt": [
        (
            "cyp-2019-07-09-1",
            None,
            "That the Cabinet Member for Transport asks the County Council to restore an evening bus.\n",
        ),
        ("cyp-2019-07-09-2", None, "That the Council funds six more community transport drivers.\n"),
        (
            "cyp-2019-07-09-3",
            None,
            "That the Council publishes a rural transport map with the timetables of every operator.\n",
        ),
        ("cyp-2019-07-09-4", None, "That the Panel reviews community transport again in July 2020.\n"),
    ],
    # The ways a resolution is worded on one line: how it was carried ("(unanimously)", ", by 6 votes to
    # 2,", "UNANIMOUSLY"), ":-", lower-case "that", "AGREED to recommend that", numbered points after
    # the heading word on the same line, "RECOMMENDED to Cabinet that".
    "resolution-wordings.txt": [
        ("cyp-2019-09-09-1", "Budget Monitoring", "That the budget monitoring report be referred to Cabinet.\n"),
        ("cyp-2019-09-09-2", "Household Waste Sites", "That the Cabinet review the closure of the Hill Road tip.\n"),
        ("cyp-2019-09-09-3", "Library Hours", "That the Cabinet review the opening hours at Northgate library.\n"),
        ("cyp-2019-09-09-4", "Bus Services", "That officers write to the bus operator about the Sunday timetable.\n"),
        ("cyp-2019-09-09-5", "Climate Strategy", "To recommend that the Cabinet adopt the climate strategy.\n"),
        ("cyp-2019-09-09-6", "Air Quality", "That a further report come in March.\n"),
        ("cyp-2019-09-09-7", "Play Areas", "That officers visit the three worst sites.\n"),
        (
            "cyp-2019-09-09-8",
            "Scheme of Delegation",
            "That the Committee recommends to Council that the scheme of delegation be amended.\n",
        ),
        ("cyp-2019-09-09-9", "Car Parking", "That the car parking charges be frozen.\n"),
        (
            "cyp-2019-09-09-10",
            "Local Plan",
            "That, subject to the comments above, the Local Plan timetable be endorsed.\n",
        ),
        ("cyp-2019-09-09-11", "Allotments", "That the Chair write to the allotment societies.\n"),
    ],
}


@pytest.mark.parametrize("file", sorted(VARIED))
def test_minutes_in_varied_real_shapes(repo: Path, invoke: Invoke, file: str) -> None:
    name = copy_in(repo, DATA / file)
    invoke("import", "minutes", name, "--committee", "cyp")
    got = records(repo)
    assert [(rid, got[rid].get("item"), got[rid]["text"]) for rid in got] == sorted(VARIED[file])
    assert "records are valid" in invoke("check").stdout
    # Idempotent whatever the shape.
    assert "Nothing new" in invoke("import", "minutes", name, "--committee", "cyp").stderr


def test_minutes_with_no_date_anywhere_write_nothing_and_name_the_line(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, DATA / "bad-no-meeting.txt")
    before = files_snapshot(repo)
    result = invoke("import", "minutes", name, "--committee", "cyp", code=1)
    assert result.stderr.startswith(f"Error: {name}:11: recommendations, but no meeting date anywhere in {name}")
    assert files_snapshot(repo) == before


def test_a_meeting_date_that_cannot_be_read_is_named_and_what_it_heads_is_not_read(repo: Path, invoke: Invoke) -> None:
    # One bad date line no longer refuses the document (issue 20): the meeting it heads is named as not
    # read, with its date line, and the meetings with good dates are imported; --strict refuses all of it.
    name = copy_in(repo, DATA / "bad-date.txt")
    before = files_snapshot(repo)
    strict = invoke("import", "minutes", name, "--committee", "cyp", "--strict", code=1)
    assert strict.stderr.endswith("Error: 2 blocks not read (--strict); nothing was imported\n")
    assert files_snapshot(repo) == before
    result = invoke("import", "minutes", name, "--committee", "cyp")
    assert result.stdout == "cyp-2018-09-18-1\n"
    assert result.stderr.splitlines()[:2] == [
        f"not read: {name}:9: meeting date '27 Novembr 2018' has an unknown month 'Novembr'; fix the date line, "
        "or give the date with --meeting YYYY-MM-DD",
        f"not read: {name}:15: its meeting date ({name}:9) cannot be read",
    ]
    assert "2 blocks not read" in result.stderr


def test_numbered_points_under_no_heading_that_are_not_decisions_are_narrative(repo: Path, invoke: Invoke) -> None:
    # Issue 20: a numbered list outside any decision is narrative (a discussion, terms of reference),
    # not a reason to refuse the document; a document with nothing else in it has no recommendations.
    (repo / "m.txt").write_text("Meeting Date: 18 September 2018\n\nItem: Budget\n\n1. The figures were late.\n")
    result = invoke("import", "minutes", "m.txt", "--committee", "cyp", code=1)
    assert result.stderr.startswith("Error: found no recommendations in m.txt")
    assert records(repo) == {}


def test_conflicting_text_is_left_alone_and_the_rest_created(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, DATA / "report-appendix.txt")
    invoke("import", "minutes", name, "--committee", "cyp")
    changed = repo / "records/cyp/cyp-2018-11-27-2.toml"
    changed.write_text(changed.read_text().replace("Priority 7", "Priority 8"))
    kept = changed.read_bytes()
    (repo / "records/cyp/cyp-2019-09-18-3.toml").unlink()
    result = invoke("import", "minutes", name, "--committee", "cyp", code=1)
    assert result.stdout.split() == ["cyp-2019-09-18-3"]
    assert "Conflict: cyp-2018-11-27-2 already exists with different text; left alone" in result.stderr
    assert "Created 1 of 5 recommendations" in result.stderr and "3 already present" in result.stderr
    assert changed.read_bytes() == kept


def test_text_differing_only_in_quotes_and_wrapping_is_already_present(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, DATA / "report-appendix.txt")
    invoke("import", "minutes", name, "--committee", "cyp")
    path = repo / "records/cyp/cyp-2019-09-18-1.toml"
    path.write_text(path.read_text().replace("That Officers circulate figures", "That Officers circulate\nfigures"))
    typographic = (DATA / "report-appendix.txt").read_text().replace("Children's", "Children’s")
    (repo / "curly.txt").write_text(typographic, encoding="utf-8")
    result = invoke("import", "minutes", "curly.txt", "--committee", "cyp")
    assert "5 already present" in result.stderr


def test_a_failed_write_leaves_no_record_and_no_stage(
    repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scrutrack.staging import Stage

    name = copy_in(repo, DATA / "report-appendix.txt")
    before = files_snapshot(repo)
    real_put, calls = Stage.put, []

    def failing_put(self: Stage, rel: str, data: bytes) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_put(self, rel, data)

    monkeypatch.setattr(Stage, "put", failing_put)
    err = invoke("import", "minutes", name, "--committee", "cyp", code=1).stderr
    assert err.startswith("Error: cannot write cyp-") and "(No space left on device); nothing was imported" in err
    assert files_snapshot(repo) == before
    assert not list((repo / ".scrutrack" / "stage").iterdir())


def test_unknown_committee_is_refused(repo: Path, invoke: Invoke) -> None:
    name = copy_in(repo, DATA / "report-appendix.txt")
    result = invoke("import", "minutes", name, "--committee", "nope", code=1)
    assert "unknown committee 'nope'" in result.stderr


def test_a_resolution_that_cannot_be_read_is_named_not_dropped(repo: Path, invoke: Invoke) -> None:
    # Dropping it as prose would lose a decision without a word; since issue 20 it is named as not
    # read (and --edit offers it) rather than refusing the whole document.
    (repo / "m.txt").write_text(
        "Meeting Date: 1 May 2019\n\n12. Leisure Centre\n\n"
        "RESOLVED in principle, subject to funding being found in the 2020/21 budget.\n\n"
        "13. Parks\n\nRESOLVED: That officers survey the play areas.\n"
    )
    result = invoke("import", "minutes", "m.txt", "--committee", "cyp")
    assert result.stderr.splitlines()[0] == (
        "not read: m.txt:5: 'RESOLVED' introduces a decision, but what was decided cannot be read; "
        "write it as 'RESOLVED: That ...'"
    )
    assert [(r["item"], r["text"]) for r in records(repo).values()] == [
        ("Parks", "That officers survey the play areas.\n")
    ]


def test_the_meetings_own_business_is_not_imported_and_is_counted(repo: Path, invoke: Invoke) -> None:
    (repo / "m.txt").write_text(
        "Minutes of the meeting held on 13 March 2019\n\n1. Minutes\n\n"
        "RESOLVED that the minutes of the meeting held on 16 January 2019 be approved as a correct record.\n\n"
        "2. Election of Vice-Chair\n\nRESOLVED that Councillor J. Malik be elected Vice-Chair for the year.\n\n"
        "3. Exclusion of the Public\n\nRESOLVED that the public be excluded for the next item.\n\n"
        "4. Bus Services\n\nRESOLVED that officers write to the bus operator.\n"
    )
    result = invoke("import", "minutes", "m.txt", "--committee", "cyp", "--format", "json")
    import json

    data = json.loads(result.stdout)
    assert [(r["item"], r["text"]) for r in data["create"]] == [
        ("Bus Services", "That officers write to the bus operator.\n")
    ]
    assert data["procedural"] == 3
    assert "3 procedural resolutions (minutes, the public excluded) not imported" in result.stderr


def test_a_numbered_resolved_heading_keeps_the_item(repo: Path, invoke: Invoke) -> None:
    # Word minutes that number every paragraph, the heading "13. RESOLVED:" among them.
    (repo / "m.txt").write_text(
        "Meeting Date: 1 May 2019\n\n12. Leisure Centre\n\n13. RESOLVED:\n\n"
        "(a) That the Cabinet be asked to extend the opening hours.\n"
        "(b) That the waiting list for swimming lessons be reported.\n"
    )
    invoke("import", "minutes", "m.txt", "--committee", "cyp")
    assert [(r["item"], r["text"]) for r in records(repo).values()] == [
        ("Leisure Centre", "That the Cabinet be asked to extend the opening hours.\n"),
        ("Leisure Centre", "That the waiting list for swimming lessons be reported.\n"),
    ]


@pytest.mark.parametrize(
    "title",
    ["AGENDA - Planning Committee - 3 July 2024", "KELBY COUNCIL\n\nPlanning Committee\n\n3 July 2024\n\nAgenda"],
)
def test_an_agenda_is_refused_as_an_agenda(repo: Path, invoke: Invoke, title: str) -> None:
    # Issue 20: an agenda's recommendations are the officers' proposals; the error says what the file is.
    (repo / "a.txt").write_text(
        f"{title}\n\n5. Tree preservation order\n\n"
        "Recommendation: That the Committee confirms the order without modification.\n"
    )
    result = invoke("import", "minutes", "a.txt", "--committee", "cyp", code=1)
    assert result.stderr.startswith("Error: found no recommendations in a.txt: it is an agenda")
    assert records(repo) == {}
