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
    # Points run on inside one paragraph after a lead with no colon ("to (a) ...", "That Cabinet (i) ..."):
    # each its own record, a noting point dropped alone, the lead's words their stem.
    "inline-points": (
        "Minutes of the meeting of the Leisure Panel held on Wednesday 6 March 2024\n\n"
        "5. Play Strategy\nThe Lead Member RESOLVED to (a) note the consultation results; (b) adopt the play "
        "strategy; and (c) ask the Head of Parks to consult ward members on each site.\n\n"
        "6. Pool Opening Hours\nRESOLVED: That Cabinet (i) extends the early swim to weekends; and (ii) reviews "
        "the hours in a year.\n",
        [
            ("Play Strategy", "To adopt the play strategy."),
            ("Play Strategy", "To ask the Head of Parks to consult ward members on each site."),
            ("Pool Opening Hours", "That Cabinet extends the early swim to weekends."),
            ("Pool Opening Hours", "That Cabinet reviews the hours in a year."),
        ],
    ),
    # A noun heading naming who decided, over capitalised past-tense points that stand as printed.
    "decider-heading": (
        "Minutes of the meeting of the Environment Committee held on 9 May 2023\n\n"
        "12. Parking Policy\nThe Committee discussed the report and endorsed it.\n\n"
        "Decisions taken by the Leader of the Council\n\n(a) Adopted the revised parking policy.\n\n"
        "(b) Noted the results of the survey.\n\n(c) Delegated to the Head of Highways the setting of permit prices.\n\n"
        "Reasons for the decisions\n\nThe policy had not been reviewed since 2015.\n",
        [
            ("Parking Policy", "Adopted the revised parking policy."),
            ("Parking Policy", "Delegated to the Head of Highways the setting of permit prices."),
        ],
    ),
    # A stem ending 'that' over points that repeat it, and a last point the clerk left unlabelled.
    "that-stem-repeated": (
        "Minutes of the meeting of the Audit Committee held on 14 June 2022\n\n"
        "7. Internal Audit Plan\n\nResolved - that:\n\n1. the plan be noted;\n\n"
        "2. that the Head of Audit report on the overdue actions in September;\n\n"
        "that the Treasurer circulate the fraud figures to members.\n",
        [
            ("Internal Audit Plan", "That the Head of Audit report on the overdue actions in September."),
            ("Internal Audit Plan", "That the Treasurer circulate the fraud figures to members."),
        ],
    ),
    # Capital-letter labels 'A:', 'B:' under a stem: a capitalised point stands alone; bullets under a
    # numbered point are part of it, without their glyphs.
    "letter-labels-and-bullets": (
        "Minutes of the meeting of the Cabinet held on 2 October 2019\n\n"
        "41. Flood Review\n\nRESOLVED: That Cabinet:\n\nA: Welcomes the review.\n\n"
        "B: Asks the Director of Place to publish a flood plan by April.\n\n"
        "42. Grants\n\nRESOLVED:\n\n1. That grants be open to groups that:\n\n"
        "  • are based in the county;\n\n  • have a constitution.\n\n2. That the scheme opens in May.\n",
        [
            ("Flood Review", "Asks the Director of Place to publish a flood plan by April."),
            ("Grants", "That grants be open to groups that: are based in the county; have a constitution."),
            ("Grants", "That the scheme opens in May."),
        ],
    ),
    # A decision inside a sentence of narrative ('... and it was agreed that ...'), an owner's action
    # after it ('The Clerk to ...').
    "decided-mid-sentence": (
        "Minutes of the Parish Council meeting held on Monday 4 March 2024\n\n"
        "24/031 Village Hall\nMembers looked at the quotes for new windows and it was agreed that the "
        "lowest quote be accepted. The Clerk to place the order.\n",
        [
            ("Village Hall", "That the lowest quote be accepted."),
            ("Village Hall", "The Clerk to place the order."),
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


def test_a_lead_that_decides_whole_over_a_table_is_the_decision() -> None:
    text = (
        "Minutes of the Parish Council meeting held on Monday 4 March 2024\n\n"
        "24/032 Grants\nIt was resolved that the grants listed below be awarded:\n\n"
        "| Group | Purpose | Amount |\n|---|---|---|\n| Scouts | Tents | £200 |\n| Bowls Club | Mower | £150 |\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "grants.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == ["That the grants listed below be awarded."]
    assert [s.why for s in minutes.skipped] == ["a table of 3 rows whose headings name no recommendation"]


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
    # A running header in capitals on every page is furniture; a sentence cut by the page break goes on.
    "running-header.txt": (
        "NORTHWICK PLANNING COMMITTEE\n\nMinutes of the meeting held on 3 May 2023\n\n5. Tree Preservation\n\n"
        "RESOLVED: That officers send the confirmed order to the Director of\n\nPage 1\n\f"
        "NORTHWICK PLANNING COMMITTEE\n\nPlanning and Building Control by 1 June 2023.\n\n6. Car Park Charges\n\n"
        "RESOLVED: That the evening charge be withdrawn.\n\nPage 2\n",
        [
            (
                "Tree Preservation",
                "That officers send the confirmed order to the Director of Planning and Building Control by 1 June 2023.",
            ),
            ("Car Park Charges", "That the evening charge be withdrawn."),
        ],
    ),
    # Paragraphs numbered three deep ('4.1.1'); a line-wrapped reference ('paragraph' / '3.2 (Funding)') goes on.
    "three-level-numbers.txt": (
        "Minutes of the Environment Committee held on 12 October 2022\n\n4. Street Lighting\n\n"
        "4.1 The Engineer reported on the lantern survey.\n\n"
        "4.1.1 It was agreed that the lanterns on Mill Road be replaced with LED units before the clocks go back.\n\n"
        "4.1.2 It was agreed that the Clerk circulates the costs set out in paragraph\n3.2 (Funding) to all members.\n",
        [
            ("Street Lighting", "That the lanterns on Mill Road be replaced with LED units before the clocks go back."),
            (
                "Street Lighting",
                "That the Clerk circulates the costs set out in paragraph 3.2 (Funding) to all members.",
            ),
        ],
    ),
    # Titles in capitals over numbered articles; the title sentence ends at its date, another follows.
    "capital-titles.txt": (
        "Minute of Meeting of the Communities Committee held in the Town House on 7 June 2023. "
        "The meeting began at 10.00 am.\n\nLIBRARY HOURS - COM/23/14\n\n"
        "7. The Committee had before it a report on Saturday opening.\n\n"
        "The Committee resolved:- to extend Saturday opening to 4.00 pm.\n\nPARKING REVIEW\n\n"
        "8. The Committee had before it a report on permit charges.\n\n"
        "The Committee resolved:- to instruct the Chief Officer to consult residents.\n",
        [
            ("LIBRARY HOURS - COM/23/14", "To extend Saturday opening to 4.00 pm."),
            ("PARKING REVIEW", "To instruct the Chief Officer to consult residents."),
        ],
    ),
    # A recommendation labelled in Roman numerals whose words are a title: the item, its decision below.
    "recommendation-titles.html": (
        "<html><body><h2>Scrutiny Committee - Monday 7 March 2022 7.00 pm</h2>"
        "<p>Recommendation II: Library Opening Hours</p><p>Minutes:</p><p>Members considered the review.</p>"
        "<p>RESOLVED: That the Saturday hours be extended to 5.00 pm.</p></body></html>",
        [("Library Opening Hours", "That the Saturday hours be extended to 5.00 pm.")],
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


def test_a_title_sentence_ends_at_its_date() -> None:
    minutes = parse_minutes(read_document(STRUCTURES["capital-titles.txt"][0].encode(), "titles.txt"))
    assert {str(r.meeting) for r in minutes.recommendations} == {"2023-06-07"}


# What is not a record, by its kind (the meeting's own business, courtesies, noting, what was only
# moved), each in wording and layout other than the corpus documents that showed it.
NOT_RECORDS = {
    # Courtesies and the body's own appointments under ordinary item titles; a courtesy joined to a
    # request by "and that" leaves the request.
    "courtesy-appointments": (
        "Minutes of the meeting of the Environment Panel held on Wednesday 6 March 2024 at 6.30 pm\n\n"
        "12. Parks and open spaces\n\nThe Chair reported that the parks team had won a Green Flag award.\n\n"
        "RESOLVED: That the Panel's congratulations be conveyed to the parks team.\n\n"
        "13. Canal Partnership\n\nRESOLVED: That Councillors Amin and Brooke be appointed as the Panel's "
        "representatives on the Canal Partnership.\n\n"
        "14. Flood resilience\n\nRESOLVED: That the Panel places on record its thanks to the flood wardens, and "
        "that officers report on sandbag stocks in June.\n",
        [("Flood resilience", "That officers report on sandbag stocks in June.")],
    ),
    # The conduct of the meeting, decided under items whose titles do not say so.
    "conduct": (
        "Notes of the Licensing Forum held on 14 May 2023\n\n"
        "3. Matters arising\n\nAGREED that the notes of the meeting of 2 April 2023 be confirmed and signed by "
        "the Chairman.\n\nAGREED that standing orders be suspended so that the meeting could continue after 9 pm.\n\n"
        "4. Taxi ranks\n\nAGREED that the deputation from the Hackney Carriage Association be heard before the "
        "report.\n\nAGREED to exclude members of the press and the public for the next item.\n\n"
        "AGREED that the Licensing Manager consults the trade on a new rank at the station.\n",
        [("Taxi ranks", "That the Licensing Manager consults the trade on a new rank at the station.")],
    ),
    # A motion moved and an amendment lost, then the motion carried with no resolution written out: the
    # motion's words (its quotation marks dropped) are the decision; a lead that only notes is noting.
    "motion-carried": (
        "Minutes of the Cabinet held on Monday 4 December 2023\n\n8. Notice of motion: school streets\n\n"
        "The following motion was moved by Councillor Ash and seconded by Councillor Birch:\n\n"
        "“That the Cabinet asks the Director of Place to pilot school streets at three primary schools.”\n\n"
        "An amendment was moved by Councillor Cole and seconded by Councillor Dunn:\n\n"
        "“That the Cabinet defers the pilot until the traffic survey is complete.”\n\n"
        "The amendment was put to the vote and lost. The motion was then put and carried.\n\n"
        "9. Substitutions\n\nRESOLVED to note the following substitutions:-\n\n"
        "Councillor Grey for Councillor Hale\n",
        [
            (
                "Notice of motion: school streets",
                "That the Cabinet asks the Director of Place to pilot school streets at three primary schools.",
            )
        ],
    ),
    # An amendment carried, then adopted: the amendment's points (under its stem) are the decisions.
    "amendment-adopted": (
        "Minute of Meeting of the Education Committee held on 21 September 2022\n\n6. SCHOOL MEALS\n\n"
        "The Convener moved as a motion:-\nthat the Committee approve the report.\n\n"
        "Councillor Moss moved as an amendment:-\nthat the Committee -\n"
        "(a) approve the report; and\n(b) instruct the Chief Education Officer to report on uptake in March 2023.\n\n"
        "On a division, the amendment was carried by 6 votes to 4.\n\nThe Committee resolved:-\nto adopt the amendment.\n",
        [
            ("SCHOOL MEALS", "That the Committee approve the report."),
            (
                "SCHOOL MEALS",
                "That the Committee instruct the Chief Education Officer to report on uptake in March 2023.",
            ),
        ],
    ),
    # A decision among the points of a discussion; the committee's own programme agreed with changes
    # made at the meeting; a review's summary list printed again in its body is one record each.
    "discussion-programme-summary": (
        "Report to the Place Scrutiny Panel – 9 January 2024\n\n1. Summary\n\nThe Panel recommends that the Cabinet:\n\n"
        "(a) extends the garden waste season to the end of November;\n\n"
        "2. Work programme\n\nMembers discussed the work programme:\n\n"
        "• the timing of the libraries review;\n\n• agreed that the Chair writes to the bus operator about the 42 service.\n\n"
        "RESOLVED: That, subject to the changes discussed at the meeting, the forward work programme be agreed.\n\n"
        "3. Findings\n\nRecommendation 1\n\nThat the Cabinet extends the garden waste season to the end of November.\n",
        [
            ("Summary", "That the Cabinet extends the garden waste season to the end of November."),
            ("Work programme", "That the Chair writes to the bus operator about the 42 service."),
        ],
    ),
}


@pytest.mark.parametrize("form", sorted(NOT_RECORDS))
def test_what_is_not_a_record_is_known_by_its_kind(form: str) -> None:
    text, expected = NOT_RECORDS[form]
    minutes = parse_minutes(read_document(text.encode(), f"{form}.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == expected
