"""Forms of minutes read by structure, each in a few lines: what the reader takes as the meeting, the
item and the decision. (Whole documents are in tests/data/corpus/, scored by `make corpus`.)"""

from __future__ import annotations

import pytest

from scrutrack.minutes import parse_minutes
from scrutrack.readers import read_document

FORMS = {
    # A parish-style minute: a coded number over a sentence-case title, the decision after the
    # narrative in the same paragraph, proposed and seconded before it was resolved.
    "parish": (
        "MINUTES OF THE MEETING OF THE FINANCE COMMITTEE HELD ON MONDAY 12TH FEBRUARY 2024 AT 7.30PM\n\n"
        "24/01 Apologies for absence\nCllr D White sent apologies. It was resolved to accept the apologies.\n\n"
        "24/04 Grass cutting contract\nMembers considered three quotations. It was proposed by Cllr Smith, "
        "seconded by Cllr Jones and resolved to accept the quotation from Green Ltd.\n"
        "It was further resolved to ask the Clerk to write to the unsuccessful contractors.\n\n"
        "24/05 Play area inspection\nThe Clerk reported on the inspection. Resolved: that the Clerk obtains quotes.\n",
        [
            ("Grass cutting contract", "To accept the quotation from Green Ltd."),
            ("Grass cutting contract", "To ask the Clerk to write to the unsuccessful contractors."),
            ("Play area inspection", "That the Clerk obtains quotes."),
        ],
    ),
    # A committee that says 'Agreed:' before the Committee's own sentence; draft minutes agreed.
    "agreed-sentences": (
        "COMMITTEE ON PROCEDURES\n\nMINUTES OF PROCEEDINGS\nWednesday, 30 April 2008\nRoom 152, PARLIAMENT BUILDINGS\n\n"
        "2. Draft minutes of the meeting held on 16 April 2008\n\n"
        "Agreed - the draft minutes of the meeting held on 16th April were agreed.\n\n"
        "4. Response to being named\n\nThe Committee noted the revised document.\n\n"
        "Agreed: The Committee agreed that the Chairperson should write to the Speaker.\n\n"
        "Agreed: The Committee agreed to seek legal advice on the response.\n",
        [
            ("Response to being named", "That the Chairperson should write to the Speaker."),
            ("Response to being named", "To seek legal advice on the response."),
        ],
    ),
    # 'That the Committee:' over capitalised verbs; actions in a Markdown table.
    "capital-verbs": (
        "Minutes of the meeting held on Tuesday 5 March 2024 at 7.00 pm\n\n67. Temporary Accommodation\n\n"
        "RESOLVED: That the Committee:\n\n1. Noted the presentation;\n"
        "2. Requested that officers provide a breakdown of costs by ward.\n\n"
        "Actions arising:\n\n| Action | Owner |\n|---|---|\n| Circulate the housing data | Director of Housing |\n",
        [
            (
                "Temporary Accommodation",
                "That the Committee requested that officers provide a breakdown of costs by ward.",
            ),
            ("Temporary Accommodation", "Circulate the housing data."),
        ],
    ),
    # A volume of two meetings, each a title line naming the body over its date and hours; a contents
    # page first; 'Decision' over 'The Committee:-' and past-tense points.
    "minute-volume": (
        "INDEX\n\n1. People Committee of 30th March, 2021 .......... 1\n\n"
        "THE COUNCIL – PEOPLE AND COMMUNITIES SCRUTINY COMMITTEE\n\n30th March, 2021 10.00 a.m. – 12.35 p.m.\n\n"
        "61. MINUTE\n\nDecision\n\nThe Committee agreed to approve the minute.\n\n"
        "63. HOUSING ALLOCATIONS\n\nThe Committee considered a report.\n\nDecision\n\nThe Committee:-\n\n"
        "(1) noted the report;\n(2) agreed that a further report be submitted in September.\n\n"
        "THE COUNCIL – ENVIRONMENT SCRUTINY COMMITTEE\n\n13th April, 2021 2.00 p.m. – 4.10 p.m.\n\n"
        "36. ROADS CAPITAL PROGRAMME\n\nDecision\n\nThe Committee:-\n\n(1) scrutinised the programme; and\n"
        "(2) asked that the list of footway schemes be circulated.\n",
        [
            ("HOUSING ALLOCATIONS", "That a further report be submitted in September."),
            ("ROADS CAPITAL PROGRAMME", "The Committee asked that the list of footway schemes be circulated."),
        ],
    ),
    # Capital verbs after 'Thereafter, the Committee:', and narrative under 'Decision:' before a decision.
    "capital-approved": (
        "Minutes of Meeting of the Place Committee held on Thursday, 2 February 2023.\n\n4. Play Parks\n\n"
        "The Committee:\n\ni. APPROVED the allocation of funding to the 14 sites; and\n\n"
        "ii. AGREED that local Members be consulted.\n\n5. Booking System\n\nDecision:\n\n"
        "The Cabinet considered the report of the Director.\n\nRESOLVED: That officers keep the booking system.\n",
        [
            ("Play Parks", "The Committee APPROVED the allocation of funding to the 14 sites."),
            ("Play Parks", "That local Members be consulted."),
            ("Booking System", "That officers keep the booking system."),
        ],
    ),
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_form_of_minutes_is_read_by_its_structure(form: str) -> None:
    text, expected = FORMS[form]
    minutes = parse_minutes(read_document(text.encode(), f"{form}.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == expected
    assert not minutes.skipped


def test_each_meeting_of_a_volume_has_its_own_date() -> None:
    text = FORMS["minute-volume"][0]
    minutes = parse_minutes(read_document(text.encode(), "volume.txt"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2021-03-30", "2021-04-13"]


# Structures (R1): each rule in a form other than the corpus document that showed it.
STRUCTURES = {
    # A body's code, a space and the number before a title in capitals; "(Key Decision)" is no part of it.
    "coded-items.txt": (
        "Minutes of the meeting of the Executive held on 9 January 2024\n\n"
        "EXE 12/24 LIBRARY OPENING HOURS (Key Decision)\n\nThe Portfolio Holder introduced the report.\n\n"
        "RESOLVED: That the revised opening hours be adopted from 1 April 2024.\n\n"
        "EXE 13 BUS SHELTER REPAIRS\n\nRESOLVED: That officers survey every shelter by the summer.\n",
        [
            ("LIBRARY OPENING HOURS", "That the revised opening hours be adopted from 1 April 2024."),
            ("BUS SHELTER REPAIRS", "That officers survey every shelter by the summer."),
        ],
    ),
    # A bold decimal number over a title: a sub-item of a committee's minutes received by the council.
    "decimal-sub-items.html": (
        "<html><body><p><b>MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD ON MONDAY 3 JUNE 2024</b></p>"
        "<p><b>5. MINUTES OF THE PLANNING COMMITTEE HELD ON 15 MAY 2024</b></p>"
        "<p><b>5.1 Town Centre Wi-Fi</b></p><p>Members asked about coverage.</p>"
        "<p>AGREED – that officers extend the scheme to the market square.</p>"
        "<p><b>5.2 Street Naming</b></p><p>AGREED – that the new street be named Mill Lane.</p></body></html>",
        [
            ("Town Centre Wi-Fi", "That officers extend the scheme to the market square."),
            ("Street Naming", "That the new street be named Mill Lane."),
        ],
    ),
    # A decisions page: each entry a heading 'date – title ref: N status', dated by 'Made at meeting:'.
    "decision-entries.html": (
        "<html><body><h1>Recent decisions</h1>"
        "<h3>2 March 2021 – Grit Bin Policy ref: 311 Recommendations Approved</h3>"
        "<p>Decision Maker: Cabinet Member for Highways</p><p>Made at meeting: 2 March 2021</p>"
        "<p>Decision:</p><p>RESOLVED: That the grit bin policy be adopted.</p>"
        "<h3>25 February 2021 – Allotment Rents ref: 305 For Determination</h3>"
        "<p>Made at meeting: 25 February 2021</p><p>Decision:</p>"
        "<p>RESOLVED: That allotment rents be frozen for 2021/22.</p></body></html>",
        [
            ("Grit Bin Policy", "That the grit bin policy be adopted."),
            ("Allotment Rents", "That allotment rents be frozen for 2021/22."),
        ],
    ),
    # Notes as a table: the title the bold first line of its cell, several decisions in the right-hand cell.
    "notes-table.html": (
        "<html><body><p>Notes of the meeting held on 4 July 2023</p><table>"
        "<tr><th>Minute</th><th>Notes</th><th>Decisions and actions</th></tr>"
        "<tr><td>1</td><td><p><b>Cemetery extension</b></p><p>The clerk reported two bids.</p></td>"
        "<td><p>Agreed to accept the lower bid. Action: the clerk to tell both bidders by Friday.</p></td></tr>"
        "<tr><td>2</td><td><p><b>Hall lettings</b></p><p>Bookings are up.</p></td><td><p>Noted.</p></td></tr>"
        "</table></body></html>",
        [
            ("Cemetery extension", "To accept the lower bid."),
            ("Cemetery extension", "The clerk to tell both bidders by Friday."),
        ],
    ),
    # A summary table before the minutes repeats their items: its rows are no records, the minutes are.
    "summary-table.html": (
        "<html><body><p>Summary of decisions</p><table>"
        "<tr><th>Item</th><th>Subject</th><th>Decision</th></tr>"
        "<tr><td>7</td><td>Cycle Parking</td><td>Agreed to fund racks</td></tr>"
        "<tr><td>8</td><td>Minutes of the Audit Panel held on 1 March 2022</td><td>Adopted</td></tr>"
        "</table><p>Minutes of the meeting of the Council held on 29 March 2022</p>"
        "<p><b>7. Cycle Parking</b></p><p>RESOLVED: That the Council funds twenty cycle racks in the town centre.</p>"
        "<p><b>8. Minutes of the Audit Panel held on 1 March 2022</b></p></body></html>",
        [("Cycle Parking", "That the Council funds twenty cycle racks in the town centre.")],
    ),
    # A decision form laid out as a table of labels and values: its title, its date, its decision.
    "decision-form.html": (
        "<html><body><h1>Officer decision record</h1><table>"
        "<tr><td>Decision title</td><td>Parking Permit Charges</td></tr>"
        "<tr><td>Date of decision</td><td>11 August 2022</td></tr>"
        "<tr><td>Decision</td><td>To increase the charge for a resident's permit to £40 a year.</td></tr>"
        "<tr><td>Date of publication</td><td>12 August 2022</td></tr></table></body></html>",
        [("Parking Permit Charges", "To increase the charge for a resident's permit to £40 a year.")],
    ),
}


@pytest.mark.parametrize("name", sorted(STRUCTURES))
def test_a_structure_is_read_as_such(name: str) -> None:
    text, expected = STRUCTURES[name]
    minutes = parse_minutes(read_document(text.encode(), name))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == expected


def test_each_entry_of_a_decisions_page_is_dated_by_its_meeting() -> None:
    minutes = parse_minutes(read_document(STRUCTURES["decision-entries.html"][0].encode(), "decisions.html"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2021-03-02", "2021-02-25"]
