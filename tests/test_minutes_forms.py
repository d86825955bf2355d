"""Forms of minutes read by structure, each in a few lines: what the reader takes as the meeting, the
item and the decision. (Whole documents are in tests/data/corpus/, scored by `make corpus`.)"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

import docx
import pytest
from helpers import pdf_pages

from scrutrack.errors import InvalidInput
from scrutrack.minutes import parse_minutes
from scrutrack.readers import read_document

FORMS = {
    # A vote in two languages in brackets after the decision ("(9 o blaid / for, 2 yn erbyn / against)") and the next
    # numbered paragraph run on after it ("4.5 Councillor K returned ..."): neither is part of the decision.
    "welsh-vote-and-a-numbered-paragraph-after": (
        "Minutes of the Town Council held on 10 February 2025\n\n4. Precept\n\n"
        "4.4 RESOLVED that the precept be set at £120,000 (9 o blaid / for, 2 yn erbyn / against). "
        "4.5 Councillor Kearney returned to the Chamber (7.20 pm).\n",
        [("Precept", "That the precept be set at £120,000.")],
    ),
    # A task group's recommendations labelled R1, R2 ... under its stem: a list's points, the labels their numbers; a
    # progress report asked for "within twelve months" is a report to come, not one received.
    "r-coded-points-under-a-stem": (
        "Final Report of the Learner Travel Task and Finish Group, 14 May 2025\n\n4. Recommendations\n\n"
        "The Task and Finish Group recommends that Cabinet:\n\nR1 agrees to publish the policy in plain language;\n\n"
        "R2 A single helpline be established; and\n\nR3 receives a progress report within twelve months.\n",
        [
            (None, "That Cabinet agrees to publish the policy in plain language."),
            (None, "A single helpline be established."),
            (None, "That Cabinet receives a progress report within twelve months."),
        ],
    ),
    # A report to the committee (its front matter says so) whose "Recommendations" a group's lead says are the
    # group's ("The Review Panel recommends that the Executive:"): its points, not an officer's proposal.
    "report-of-a-group-that-recommends": (
        "Report to: Overview and Scrutiny Committee\nDate of meeting: 3 March 2026\nTitle: Final report of the "
        "Review Panel\n\n1. Purpose of the report\n\n1.1 To present the Panel's findings.\n\n5. Recommendations\n\n"
        "5.1 The Review Panel recommends that the Executive:\n\n(a) sets a target for empty homes;\n\n"
        "(b) appoints an empty homes officer.\n\n5.2 The Committee is asked to endorse the recommendations above.\n",
        [
            (None, "That the Executive sets a target for empty homes."),
            (None, "That the Executive appoints an empty homes officer."),
        ],
    ),
    # A parish's website minutes: a proposal seconded "– Agreed" in its own sentence is carried; "– Agreed" after a
    # decision is its vote, no part of it.
    "agreed-after-a-dash": (
        "Minutes of the Parish Council meeting held on 3 July 2025\n\n5. Play area – Three quotes had been "
        "circulated. Cllr Adams proposed that the quote from Safeplay for £7,850 be accepted, seconded by Cllr Holt – "
        "Agreed\n\n6. Village hall lease – The draft lease from the Trust includes a five-yearly rent review. It was agreed that the Clerk seek legal advice on the lease – Agreed\n",
        [
            ("Play area", "That the quote from Safeplay for £7,850 be accepted."),
            ("Village hall lease", "That the Clerk seek legal advice on the lease."),
        ],
    ),
    # "That it be recommended to the Council: to X; that Y": the lead before the colon is what Y finishes too.
    "recommended-to-council-colon-then-that": (
        "Minutes of the Development Committee held on 5 June 2025\n\nD088/25 Christmas Markets 2025\n\n"
        "Resolved: That it be recommended to the Council: to hold Christmas markets in Dunloy Square; that the Head of "
        "Tourism be authorised to procure marquees.\n",
        [
            (
                "Christmas Markets 2025",
                "That it be recommended to the Council to hold Christmas markets in Dunloy Square.",
            ),
            (
                "Christmas Markets 2025",
                "That it be recommended to the Council that the Head of Tourism be authorised to procure marquees.",
            ),
        ],
    ),
    # The same as a list: "that Y" under "That it be recommended to the Council:" finishes the lead (it is what is
    # recommended), as "to X" does.
    "recommended-to-council-list-then-that": (
        "Minutes of the Development Committee held on 5 June 2025\n\nD088/25 Christmas Markets 2025\n\n"
        "Resolved: That it be recommended to the Council:\n\n(a) to hold Christmas markets in Dunloy Square;\n\n"
        "(b) that the Head of Tourism be authorised to procure marquees.\n",
        [
            (
                "Christmas Markets 2025",
                "That it be recommended to the Council to hold Christmas markets in Dunloy Square.",
            ),
            (
                "Christmas Markets 2025",
                "That it be recommended to the Council that the Head of Tourism be authorised to procure marquees.",
            ),
        ],
    ),
    # A decision under "Minutes:" as lettered points in the subjunctive, with no RESOLVED over them.
    "subjunctive-points-unheaded": (
        "Minutes of the Health and Wellbeing Board held on 5 June 2025\n\n5. Delivery Plan\n\nMinutes:\n\n"
        "The first year would concentrate on adults aged 40 to 60.\n\na) the Delivery Plan be endorsed;\n\n"
        "b) the Board oversee its delivery through a six-monthly report.\n",
        [
            ("Delivery Plan", "The Delivery Plan be endorsed."),
            ("Delivery Plan", "The Board oversee its delivery through a six-monthly report."),
        ],
    ),
    # Points run on after "to:" with nothing between them ("a) note X b) endorse Y c) request Z"), and points
    # labelled with capitals in brackets ("that (A) ...; and (B) ..."): each its own point.
    "points-run-on-after-a-colon": (
        "Minutes of the Audit Committee held on 24 January 2025\n\n5. Internal Audit Tracker\n\nDecision: The "
        "Committee RESOLVED to: a) note progress on the actions b) endorse the revised reporting cycle c) request the "
        "Head of Audit to write to the Chief Executive\n\n6. Dental Access\n\nRESOLVED – that (A) the update be "
        "noted; (B) the Chairman write to the Board; and (C) dental access be added to the work programme.\n",
        [
            ("Internal Audit Tracker", "To endorse the revised reporting cycle."),
            ("Internal Audit Tracker", "To request the Head of Audit to write to the Chief Executive."),
            ("Dental Access", "That the Chairman write to the Board."),
            ("Dental Access", "That dental access be added to the work programme."),
        ],
    ),
    # A Northern Ireland council's minutes: the report's "RECOMMENDED that ..." printed above what the committee
    # did with it ("AGREED TO RECOMMEND, on the proposal of A, seconded by B, that the recommendation be adopted"):
    # the proposal, adopted; the mover's clause no part of the decision.
    "recommendation-printed-then-adopted": (
        "Minutes of the Corporate Services Committee held on 11 February 2025\n\n4. CUSTOMER SERVICES STRATEGY\n\n"
        "RECOMMENDED that the Council approves the Customer Services Strategy.\n\nAGREED TO RECOMMEND, on the proposal "
        "of Alderman Keery, seconded by Councillor Orr, that the recommendation be adopted.\n\n5. CAR PARKING\n\n"
        "AGREED, on the proposal of Councillor Orr, seconded by Alderman Keery, that officers bring back a report.\n",
        [
            ("CUSTOMER SERVICES STRATEGY", "That the recommendation be adopted."),
            ("CAR PARKING", "That officers bring back a report."),
        ],
    ),
    # What the decision rests on between its word and its points ("RESOLVED" / "For the reasons set out in the
    # report:-"): a lead, the points under it decisions.
    "resolved-for-the-reasons": (
        "Minutes of the Joint Committee held on 11 June 2025\n\n5. Performance Report\n\nRESOLVED\n\nFor the reasons set "
        "out in the report:-\n\n1. That the performance be noted.\n\n2. That the Officer Board review the payroll "
        "agreement.\n",
        [("Performance Report", "That the Officer Board review the payroll agreement.")],
    ),
    # A line in capitals over the next item's own number, in capitals too: two blocks, not one title wrapped.
    "capitals-over-a-numbered-title": (
        "Minutes of the Joint Waste Authority held on 19 June 2025\n\n10. ACCESS TO INFORMATION\n\nRESOLVED THAT the "
        "press and public be excluded.\n\nSUMMARY OF PROCEEDINGS WHILE THE PRESS AND PUBLIC WERE EXCLUDED\n"
        "11. RESIDUAL WASTE CONTRACT - EXTENSION OPTION\n\nRESOLVED THAT the recommendations in the exempt report be "
        "approved.\n",
        [("RESIDUAL WASTE CONTRACT - EXTENSION OPTION", "That the recommendations in the exempt report be approved.")],
    ),
    # A saved page's hidden "PDF" beside its link text ("... 2025/26 PDF PDF 452 KB") is no part of the title.
    "hidden-pdf-after-a-title": (
        "Minutes of the Police and Crime Panel held on 14 March 2025\n\n5. PROPOSED PRECEPT FOR 2025/26 PDF PDF 452 KB"
        "\n\nRESOLVED that the Panel supports the proposed precept.\n",
        [("PROPOSED PRECEPT FOR 2025/26", "That the Panel supports the proposed precept.")],
    ),
    # A parish's minute code before the agenda's own number ("C064/25 4. PLANNING MATTERS"): neither is the title.
    "code-then-agenda-number": (
        "Minutes of Parish Council 12 November 2025\n\nC064/25 4. PLANNING MATTERS FOR CONSIDERATION\n\n"
        "RESOLVED to raise no objection to application 25/03112/FUL.\n",
        [("PLANNING MATTERS FOR CONSIDERATION", "To raise no objection to application 25/03112/FUL.")],
    ),
    # A parish's numbered titles closed by a colon, the minute under them, one in the agenda's long wording
    # ("2. To receive declarations of interest ... for Dispensation: Members may ..."): each the next item.
    "numbered-titles-closed-by-colons": (
        "Minutes for Parish Council meeting 10th March 2025\n\n1. Apologies:\n   Cllr Warner\n\n2. To receive "
        "declarations of interest in accordance with the Localism Act 2011 and to receive any\n   applications for "
        "Dispensation:\n   Members may make any declarations at this point but may also make them at any point during the\n"
        "   meeting. NONE received\n\n3. Councillor changes:\n   Council "
        "resolved to co-opt Mr Barber.\n   Action: Clerk to send the paperwork to the Monitoring Officer.\n\n4. Finance:"
        "\n   Council resolved to approve the payments listed in schedule F52.\n",
        [
            ("Councillor changes", "Clerk to send the paperwork to the Monitoring Officer."),
            ("Finance", "To approve the payments listed in schedule F52."),
        ],
    ),
    # A Highland committee's asterisked item (a delegated matter), not in bold, after a list of points: the next item.
    "asterisked-item-after-points": (
        "Minutes of the Communities Committee held on 21 November 2024\n\n4. Asset Transfers\n\nThe Committee:\n\n"
        "i. NOTED the progress;\n\nii. AGREED to review the guidance for applicants.\n\n* 5. Participatory Budgeting\n\n"
        "The Committee AGREED to allocate £40,000 to the ward forums.\n",
        [
            ("Asset Transfers", "To review the guidance for applicants."),
            ("Participatory Budgeting", "To allocate £40,000 to the ward forums."),
        ],
    ),
    # An agenda number on its own line after a one-word verdict ("DECISION" / "NOTED."): the next item's, not a point.
    "numbers-on-their-own-lines-after-verdicts": (
        "Minutes of the Licensing Committee held on 16 May 2025\n\n1.\n\nMinute\n\nDECISION\n\nAPPROVED.\n\n2.\n\n"
        "Licences dealt with under delegated powers\n\nDECISION\n\nNOTED.\n\n3.\n\nStreet Trader Licence - Mr Rennie\n\n"
        "DECISION\n\nAGREED to grant the licence for one year.\n",
        [("Street Trader Licence - Mr Rennie", "To grant the licence for one year.")],
    ),
    # A running header printed once, at the top of the second page after a form feed, long as a council's name makes
    # it: furniture, not the start of the next item's title.
    "long-header-after-a-form-feed": (
        "Minutes of a Meeting of Drumlagh District Council held on 8 April 2025\n\n2   MATTERS ARISING\n\n"
        "It was agreed that NI Water be invited to the June meeting.\n\n                    Page 1\n"
        "\fDrumlagh District Council - Minutes of Meeting held on 8 April 2025\n\n"
        "3   REPORT OF DIRECTOR OF ENVIRONMENTAL HEALTH\n\nRESOLVED: that the Council adopt the Dog Control Orders.\n",
        [
            ("MATTERS ARISING", "That NI Water be invited to the June meeting."),
            ("REPORT OF DIRECTOR OF ENVIRONMENTAL HEALTH", "That the Council adopt the Dog Control Orders."),
        ],
    ),
    # A motion's words amended before the vote ("the wording of the motion was amended ... as follows:"), carried
    # and resolved: the resolution is the record, the words first moved never a decision.
    "motion-reworded-before-the-vote": (
        "Minutes of the National Park Authority held on 23 June 2025\n\nMinute 17 – Notice of Motion – Working Group Notes\n\n"
        "To be moved by Member Tarrant and seconded by Cllr Price:\n\n"
        "“The Authority will publish the notes of its working groups within five working days.”\n\n"
        "After discussion, the wording of the motion was amended with the agreement of the mover and seconder as follows:\n\n"
        "“The Authority will publish the notes of its working groups within ten working days.”\n\n"
        "The amended motion was moved, seconded, voted upon and carried.\n\nRESOLVED:\n\n"
        "That the Authority will publish the notes of its working groups within ten working days.\n",
        [
            (
                "Notice of Motion – Working Group Notes",
                "That the Authority will publish the notes of its working groups within ten working days.",
            )
        ],
    ),
    # A recommendation addressed to bodies in the plural ("to the constituent councils"): its addressee goes with
    # its introducer.
    "recommended-to-constituent-councils": (
        "Minutes of the Integrated Transport Authority held on 11 December 2025\n\n7. Transport Levy 2026/27\n\n"
        "RECOMMENDED to the constituent councils that the transport levy for 2026/27 be set at £38.6m.\n",
        [("Transport Levy 2026/27", "That the transport levy for 2026/27 be set at £38.6m.")],
    ),
    # A member's report noted, then the body asking someone to act in the same paragraph: the request.
    "noted-then-the-body-asked": (
        "Minutes of the Community Council meeting held on 16 January 2025\n\n6. Members' reports\n\n"
        "- Cllr KP advised that timber harvesting will begin in February. RESOLVED and noted. The Council asked KP to "
        "request a temporary 30mph limit at the forestry road junction.\n",
        [
            (
                "Members' reports",
                "The Council asked KP to request a temporary 30mph limit at the forestry road junction.",
            )
        ],
    ),
    # The body granting authority in its own sentence is its decision, as printed; the press and public excluded,
    # in two words, is the meeting's own business.
    "granted-authority-press-excluded": (
        "Minutes of the People and Communities Committee held on 8 April 2025\n\n7. Greenmount Park\n\n"
        "The Committee granted authority for the Hospice to use Greenmount Park for its fun run on 14 June.\n\n"
        "8. Exclusion\n\nRESOLVED: Press and public excluded.\n",
        [
            (
                "Greenmount Park",
                "The Committee granted authority for the Hospice to use Greenmount Park for its fun run on 14 June.",
            )
        ],
    ),
    # A member's comment, then the body agreeing in the same sentence: the body's decision; a member's own
    # undertaking ("The Cabinet Member agreed to look into this.") is none.
    "member-comment-then-the-body-agreed": (
        "Minutes of the Health and Wellbeing Board held on 21 January 2026\n\n5 Better Care Fund Return\n\n"
        "The Board noted the return. Cllr Birtles commented that the Board had little say, and the Board agreed that "
        "future returns be circulated to members first.\n\nThe Cabinet Member agreed to look into this.\n",
        [("Better Care Fund Return", "That future returns be circulated to members first.")],
    ),
    # Applications numbered under a coded minute, each led by its reference: the minute's, not items of their own;
    # what members said after a noting resolution ("Members welcomed ...") does not make it a decision.
    "applications-under-a-coded-minute": (
        "Minutes of the Planning Committee held on 12 June 2025\n\n44/25 Appeals\n"
        "Resolved: That the report be noted. Members welcomed the dismissal of the appeal at Beckside Mill.\n\n"
        "45/25 Applications for Planning Permission\nThe report of the Director on the Plans List was considered.\n\n"
        "1. HFP/2025/0211/FL – Conversion of barn to a holiday let at Low Garth\n"
        "Resolved: That planning permission be granted.\n\n"
        "2. HFP/2025/0236/FL – Erection of a storage building at Scar Top\n"
        "Resolved: That planning permission be refused.\n",
        [
            ("Applications for Planning Permission", "That planning permission be granted."),
            ("Applications for Planning Permission", "That planning permission be refused."),
        ],
    ),
    # A summary for readers over the minutes ("At this meeting they: • Agreed to replace the noticeboard"): the
    # minutes below record each decision, the summary none.
    "summary-over-minutes": (
        "Minutes of the Parish Council meeting held on 22nd January 2025\n\n"
        "A brief summary of key elements of the meeting. At this meeting they:\n\n"
        "• Heard from residents about flooding,\n• Agreed to replace the village noticeboard.\n\n"
        "25/012 Village Noticeboard\nRESOLVED – that a new oak noticeboard be purchased.\n",
        [("Village Noticeboard", "That a new oak noticeboard be purchased.")],
    ),
    # A community council's items run on after "Item 4." and the title's full stop, sub-items numbered inline, who
    # acts after each decision ("CG Action."): the title, each decision without its owner or the next sub-item.
    "item-n-title-stop-inline-actions": (
        "Minutes of meeting held on Monday, 10th March 2025 in the Hall\n\n"
        "Item 4. Matters arising. (1) Grit bin at Station Brae. The bin is still empty. DM Action. (2) Noticeboard. "
        "The board is rotten. It was agreed that CG would order a new board. CG Action. (3) Defibrillator. Checked.\n\n"
        "Item 6. Treasurer's report. SR reported a balance of £2,914.36. It was agreed to pay the hall hire of £120. "
        "SR Action.\n",
        [
            ("Matters arising", "That CG would order a new board."),
            ("Treasurer's report", "To pay the hall hire of £120."),
        ],
    ),
    # Minute codes of the year and month and a number ("2506.05" in June 2025): codes, not a sub-item's "5.1".
    "year-month-codes": (
        "Minutes of the Parish Council Meeting held on Monday 9th June 2025\n\n2506.01 Present\nCouncillors: E Hart, J Green\n\n"
        "2506.05 Financial Accounts\nIt was resolved that the payments listed be authorised.\n\n"
        "2506.06 Village Green Bench\nIt was resolved that the bench be replaced.\n",
        [
            ("Financial Accounts", "That the payments listed be authorised."),
            ("Village Green Bench", "That the bench be replaced."),
        ],
    ),
    # A community council's minutes: "It was passed that ...", actions set down by initials ("EJ to contact ...")
    # after the narrative, earlier actions reported with their state ("SH to update the website – in progress"), an
    # earlier item referred to ("Item 6.2 – Gate: not yet done."), and the Chair to sign the minutes: none of those.
    "community-council-passed-initials": (
        "A meeting of the Community Council was held on Tuesday 17th September 2024 at 7.30pm.\n\n"
        "3. Minutes of 16th July 2024\nThe minutes were approved. Chair to sign.\n\n"
        "4. Matters arising\n"
        "4.1 Item 6.2 – Cemetery gate: the repair has still not been done. EJ to contact the contractor this month.\n"
        "4.2 SH to update the website – in progress.\n\n"
        "5. Grants\nTwo applications were received. It was passed that £400 be given to each group.\n",
        [
            ("Matters arising", "EJ to contact the contractor this month."),
            ("Grants", "That £400 be given to each group."),
        ],
    ),
    # A motion's words and its vote in one sentence: carried, a record; lost, none.
    "motion-carried-in-a-sentence": (
        "Minutes of the National Park Authority held on 3 October 2025\n\n67 Local Plan Review\n\n"
        "The report was presented by the Head of Policy.\n\n"
        "A further motion, that the Authority hold drop-in events in the six largest villages, was moved, seconded, "
        "voted on and carried.\n\nA motion that the consultation be extended to twelve weeks was moved and lost.\n",
        [("Local Plan Review", "That the Authority hold drop-in events in the six largest villages.")],
    ),
    # An amendment moved "by way of amendment" and lost, then the motion carried; its point "receive the ... Plan"
    # (a document in hand) is noting, not a record.
    "by-way-of-amendment": (
        "Minutes of a meeting of the Joint Transport Committee held on 17 September 2025\n\n6 Concessionary Fares\n\n"
        "MOVED by Cllr Haines, seconded by Cllr Marsh, by way of amendment:\n\nThat the Joint Transport Committee:\n\n"
        "1. defer the scheme until the appeals are decided.\n\nThe amendment was declared LOST.\n\n"
        "MOVED by Cllr Lyle, seconded by Cllr Ito:\n\nThat the Joint Transport Committee:\n\n"
        "1. receive the refreshed Concessionary Travel Plan.\n2. adopt the 2026/27 scheme.\n\nCARRIED\n",
        [("Concessionary Fares", "That the Joint Transport Committee adopt the 2026/27 scheme.")],
    ),
    # A preamble naming a sum ("£2.6m") before "it was agreed that ...": its decimal point ends no sentence.
    "preamble-with-a-sum": (
        "Minutes of the Police and Crime Panel held on 23 October 2025\n\n5 DECISIONS LOG\n\n"
        "(i) The Panel noted the decisions taken since the last meeting.\n"
        "(ii) In relation to decision 2025/118 (custody suite, £2.6m), it was agreed that the Panel would receive the "
        "business case in January and that the Treasurer would attend for that item.\n",
        [
            ("DECISIONS LOG", "That the Panel would receive the business case in January."),
            ("DECISIONS LOG", "That the Treasurer would attend for that item."),
        ],
    ),
    # Paragraphs numbered within the item (Northern Ireland): the officer's recommendation, then the body's own
    # decision in the next numbered paragraph after who proposed and seconded it. A quoted word at a decision's
    # end takes the full stop after it.
    "numbered-paragraphs-proposal-then-agreed": (
        "Minutes of the Audit Committee held on 12 December 2024\n\n5. RISK REGISTER\n\n"
        "5.1 The Risk Officer presented the register.\n\n5.2 Recommendation\n\n"
        "It is recommended that Members note the register.\n\n"
        "5.3 Proposed by Alderman Irwin, seconded by Mr Warnock and AGREED that the cyber risk be rated ‘high’ and "
        "that the Director reports on mitigation in March.\n",
        [
            ("RISK REGISTER", "That the cyber risk be rated ‘high’."),
            ("RISK REGISTER", "That the Director reports on mitigation in March."),
        ],
    ),
    # A community council's minute book for a year: a period in its title (no meeting's date), each meeting from
    # its date line after the last one's signature; items run on after their titles and a colon; motions
    # "proposed ..., second KD" carried "by all" (who did not vote in brackets), and a decision "also agreed".
    "minute-book-year": (
        "LLANFAIR COMMUNITY COUNCIL\nMinutes of meetings held from 1st April 2024 to 31st March 2025\n\n"
        "16th May 2024 at 7pm - Annual Meeting - Church Hall\n\nPresent: HM (Chair), RL, GP, KD.\n\n"
        "1. Apologies for absence: None.\n"
        "2. Standing Orders: The Clerk explained the changes. RL proposed that the Council adopts the model Standing "
        "Orders, second KD; agreed by all. It was also agreed that the Financial Regulations be reviewed in September.\n"
        "3. Insurance: The quotation had been circulated. Agreed by all to renew the policy for a further year.\n\n"
        "Signed ........................ Chair\n\n"
        "13th June 2024 at 7pm - Ordinary Meeting - Church Hall\n\n"
        "1. Grants: A letter had been received from the hall committee about its boiler. GP proposed, seconded RL, that "
        "a grant of £300 be awarded towards the boiler. Agreed by all (KD did not vote).\n"
        "2. Hall hire: The Treasurer reported the balance. KD proposed that £250 be paid for hall hire; seconded by "
        "GP. All present agreed.\n"
        "3. Finance: The following payments were presented:\n\nClerk's salary | £285.00\nHall hire | £40.00\n\n"
        "RL proposed, seconded GP, that the payments listed above be approved. Agreed by all.\n"
        "4. Highways: Members raised the potholes on Pant Lane. The Clerk was asked to report them to the County "
        "Council. The Chair was asked to clarify who owned the verge and said it was the County's.\n\n"
        "Signed ........................ Chair\n",
        [
            ("Standing Orders", "That the Council adopts the model Standing Orders."),
            ("Standing Orders", "That the Financial Regulations be reviewed in September."),
            ("Insurance", "To renew the policy for a further year."),
            ("Grants", "That a grant of £300 be awarded towards the boiler."),
            ("Hall hire", "That £250 be paid for hall hire."),
            ("Finance", "That the payments listed above be approved."),
            ("Highways", "The Clerk was asked to report them to the County Council."),
        ],
    ),
    # A parish's decisions numbered through its year ("Resolution 2025/08:"), each after its item's discussion,
    # with who moved it on the line below.
    "resolutions-numbered-by-year": (
        "Minutes of the Ordinary Meeting of Elmcote Parish Council held on 3 March 2025\n\n"
        "4. Finance\n4.1 The payments list was circulated.\n"
        "Resolution 2025/12: To approve payments of £1,204.50.\nProposed: Cllr Day; Seconded: Cllr Fox; carried.\n\n"
        "5. Allotments\nResolution 2025/13: That the Clerk writes to the tenants about the water charge.\n",
        [
            ("Finance", "To approve payments of £1,204.50."),
            ("Allotments", "That the Clerk writes to the tenants about the water charge."),
        ],
    ),
    # A district committee's item titled in capitals with its report's code after it ("PR/24/101"): the code is
    # not the title's.
    "title-then-report-code": (
        "Minutes of the Policy and Resources Committee held on 12 September 2024\n\n"
        "5. LEISURE PRICING 2025/26 PR/24/104\n\nThe Committee considered the report.\n\n"
        "AGREED: To recommend to Council that the pricing at Appendix 2 be approved.\n",
        [("LEISURE PRICING 2025/26", "To recommend to Council that the pricing at Appendix 2 be approved.")],
    ),
    # A decision to make "the following recommendations" ended by a full stop, not a colon, and more said after it:
    # a label over the points below, no record of its own.
    "following-recommendations-full-stop": (
        "Minutes of the Scrutiny Committee held on 3 March 2025\n\n5. Buses\n\n"
        "RESOLVED to make the following recommendations to Cabinet. Cabinet must reply within two months.\n\n"
        "(a) That the subsidy be kept.\n\n(b) That the timetable be reviewed.\n\n"
        "6. Parks\n\nRESOLVED: That the gates be mended.\n",
        [
            ("Buses", "That the subsidy be kept."),
            ("Buses", "That the timetable be reviewed."),
            ("Parks", "That the gates be mended."),
        ],
    ),
    # A committee system's items grid: a sub-item numbered "4.1" in sentence case over its own "Minutes:" label
    # is the item of its decision, not the matters arising over it.
    "grid-sub-item-over-its-minutes": (
        "<html><body><h1>Police and Crime Panel - Friday, 7th March, 2025 10.00 am</h1><table><tr><th>No.</th>"
        "<th>Item</th></tr><tr><td>4.</td><td><p>MATTERS ARISING</p></td></tr><tr><td>4.1</td><td>"
        "<p>Speed cameras on the coast road</p><p>Minutes:</p><p>RESOLVED that the Commissioner reports the camera "
        "locations to the Panel.</p></td></tr></table></body></html>",
        [("Speed cameras on the coast road", "That the Commissioner reports the camera locations to the Panel.")],
    ),
    # A community council's register of this meeting's actions after its last item, each row's status "New": the
    # minutes' own actions (a status that moved on would make it a monitor of earlier ones), under no item.
    "new-actions-register-after-the-last-item": (
        "Minutes of Glenbrae Community Council held on 8 October 2024\n\n9. Date of next meeting\n\n"
        "Tuesday 12 November 2024.\n\nAction register\n\n| Ref | Action | Owner | Status |\n|---|---|---|---|\n"
        "| 10/24-1 | Ask the roads department to mend the culvert. | KT | New |\n"
        "| 10/24-2 | Book the hall for November. | RM | New |\n",
        [(None, "Ask the roads department to mend the culvert."), (None, "Book the hall for November.")],
    ),
    # A report to Cabinet gathering the recommendations of several meetings, each under a heading of the body and its
    # date: each recommendation is its meeting's, not the Cabinet's date the report goes to.
    "report-of-several-meetings": (
        "<html><body><p>Report to: Cabinet, 23 April 2025</p><p>Subject: Recommendations from scrutiny</p>"
        "<h2>Appendix A</h2><h3>Scrutiny Committee – 11 March 2025</h3><p><b>Item: Budget Monitoring</b></p>"
        "<p>The Committee resolved to make the following recommendations to the Cabinet:</p>"
        "<p>That one-off savings are reported apart from recurring savings.</p>"
        "<h3>Homes Sub-Committee – 3 March 2025</h3><p><b>Item: Repairs Contract</b></p>"
        "<p>The Sub-Committee resolved to make the following recommendation to the Cabinet:</p>"
        "<p>That call-answering times are published monthly.</p></body></html>",
        [
            ("Budget Monitoring", "That one-off savings are reported apart from recurring savings."),
            ("Repairs Contract", "That call-answering times are published monthly."),
        ],
    ),
    # A town council adopting its committees' recommendations: each committee and its date under the item is where
    # they came from, not an item; "to commission" is a verb, not a recommendation to a Commission.
    "committees-recommendations-adopted": (
        "<html><body><p>Minutes of the Meeting of the Town Council held on Monday 22 April 2024</p>"
        "<p><b>TC/24/35 Recommendations from Committees</b></p><p><b>(i) Amenities Committee – 11 April 2024</b></p>"
        "<p>Memorials: RESOLVED to commission a safety inspection of the cemetery memorials.</p>"
        "<p><b>(ii) Finance Committee – 16 April 2024</b></p><p>RESOLVED to keep the grants cap at £1,000.</p>"
        "</body></html>",
        [
            ("Recommendations from Committees", "To commission a safety inspection of the cemetery memorials."),
            ("Recommendations from Committees", "To keep the grants cap at £1,000."),
        ],
    ),
    # A town committee's minutes coded with an ampersand ("E&OS 106"), its decisions marked as a key at the top
    # explains ("[D]" delegated, "»" a recommendation to Full Council); the Chair closing the meeting is no point.
    "marked-decisions-and-ampersand-codes": (
        "Minutes of the meeting of the Environment & Open Spaces Committee held on 3 February 2025\n\n"
        "E&OS 104 Allotments – annual rent review\n\nThe Deputy Clerk reported on the waiting list.\n\n"
        "[D] RESOLVED to hold allotment rents for the 2025/26 season.\n\n"
        "E&OS 105 Memorial benches\n\n» RECOMMENDED to Full Council that the draft policy be adopted.\n\n"
        "RESOLVED THAT:\nThe correspondence be noted.\nThe Chair closed the meeting at 8.17 pm.\n",
        [
            ("Allotments – annual rent review", "To hold allotment rents for the 2025/26 season."),
            ("Memorial benches", "That the draft policy be adopted."),
        ],
    ),
    # A national park authority's page: each item titled after its paper's code in brackets; a Scottish
    # committee approving "the Minute" is its own business.
    "paper-code-before-title": (
        "<html><body><h1>Authority Meeting - Friday, 27th March, 2026</h1><h2>1. Minutes</h2><p>APPROVED the "
        "Minute.</p><h2>2. (NPA/26/13) Car Parking Charges 2026/27</h2><p>RESOLVED: That the charges be frozen.</p>"
        "</body></html>",
        [("Car Parking Charges 2026/27", "That the charges be frozen.")],
    ),
    # A town council's table of a committee's recommendations with its decision on each: those not adopted or
    # only noted are no records.
    "committee-recommendations-with-the-councils-decision": (
        "Minutes of the Town Council held on 11 March 2025\n\n5. Report of the Amenities Committee\n\n"
        "| Min. | Committee Recommendation | Council Decision |\n|---|---|---|\n"
        "| AM/41 | That bulbs be planted on the green. | Adopted |\n"
        "| AM/43 | That the allotment waiting list be noted. | Noted |\n"
        "| AM/46 | That the market move to the square. | Not adopted (4 for, 7 against) |\n",
        [("Report of the Amenities Committee", "That bulbs be planted on the green.")],
    ),
    # A Northern Ireland council: who proposed and seconded on lines of their own, the second ending "and agreed
    # that" over the decision; each title after the council's file reference.
    "proposed-seconded-and-agreed-that": (
        "<html><body><p><b>MINUTES OF THE MEETING OF THE COUNCIL HELD ON MONDAY 24 FEBRUARY 2025</b></p>"
        "<p><b>5 ITEMS FOR DECISION</b></p><p><b>5.1 G-LEG-112 REQUEST FOR USE OF THE SQUARE</b></p>"
        "<p>Members were reminded of the rules for events.</p><p>Proposed by Councillor Boyd</p>"
        "<p>Seconded by Councillor Wray and agreed that</p><p>the request from the Chamber of Trade to use the Square "
        "be approved.</p><p><b>ACTION BY: Head of Legal Services</b></p><p><b>5.2 CEM/GEN/7 CEMETERY OPENING "
        "HOURS</b></p><p>Proposed by Alderman Heron</p><p>Seconded by Councillor Scott and agreed that</p><p>summer "
        "opening hours of 8.00 am to 8.00 pm apply from 1 April 2025.</p></body></html>",
        [
            (
                "REQUEST FOR USE OF THE SQUARE",
                "That the request from the Chamber of Trade to use the Square be approved.",
            ),
            ("CEMETERY OPENING HOURS", "That summer opening hours of 8.00 am to 8.00 pm apply from 1 April 2025."),
        ],
    ),
    # A board's notes dated only at their foot ("Meeting held: Wednesday 20 November 2024, 2.00pm, Room 2.14").
    "meeting-held-at-the-foot": (
        "Scrutiny Management Board - Notes\n\n3. Council Tax Support\n\nOutcome: Board AGREED to review the scheme "
        "in June.\n\nMeeting held: Wednesday 20 November 2024, 2.00pm, Room 2.14, Town Hall\n\n"
        "Next meeting: Wednesday 18 December 2024\n",
        [("Council Tax Support", "To review the scheme in June.")],
    ),
    # A committee system's agenda item page: its title and "Meeting:" line stand beside the content block that
    # holds the minutes, and date them.
    "item-page-meeting-beside-content": (
        "<html><body><div id='header'><a href='/'>Park Authority - Democracy</a></div><h1>Agenda item</h1>"
        "<h2>Visitor Parking</h2><p class='mgSubTitle'>Meeting: 09/05/2025 - National Park Authority (Item 42)</p>"
        "<div class='mgContent'><h3>Minutes:</h3><p>RESOLVED: That parking charges be frozen for a year.</p></div>"
        "</body></html>",
        [("Visitor Parking", "That parking charges be frozen for a year.")],
    ),
    # A parish printing each minute as a numbered row: its bold title ends in a colon; each motion carries its
    # vote in its own sentence ("..., unanimous approval.", "... £2,950. 5 in favour, 1 abstention, carried.").
    "numbered-rows-bold-titles-and-votes": (
        "<html><body><h1>June 2024 Minutes</h1><p>Minutes of the Ordinary Meeting of Hollins Parish Council held on "
        "Wednesday 12th June 2024</p><table><tr><td>4.</td><td><strong>Playing Field:</strong><br>Quotations were "
        "circulated.<br>It was proposed by Cllr Ward, seconded by Cllr Dean that the quotation from Turf Care be "
        "accepted, unanimous approval.</td></tr><tr><td>5.</td><td><strong>Speed Sign:</strong><br>It was proposed by "
        "Cllr Heald, seconded by Cllr Ward that the Council buys a second sign at a cost not exceeding £2,950. 5 in "
        "favour, 1 abstention, carried.</td></tr></table></body></html>",
        [
            ("Playing Field", "That the quotation from Turf Care be accepted."),
            ("Speed Sign", "That the Council buys a second sign at a cost not exceeding £2,950."),
        ],
    ),
    # A Scottish council's officer titled "Clerk to the Council" explaining something is narrative; the same officer
    # given an action is one.
    "clerk-to-the-council": (
        "Minutes of the Working Group held on 19 September 2024\n\n5. Timeline for Consultation\n\nMinutes:\n\n"
        "The Clerk to the Council explained the statutory requirements for consultation on the Scheme.\n\n"
        "6. Hall lease\n\nThe Clerk to the Council to write to the tenants about the new lease.\n",
        [("Hall lease", "The Clerk to the Council to write to the tenants about the new lease.")],
    ),
    # A city's summary of decisions: a line saying what the page is, the order of business agreed, and a
    # community council's text minute whose action column's initials run on after each decision ("AR.").
    "summary-page-and-initials": (
        "<html><body><h1>Education Committee – 10 June 2025</h1><h2>Summary of decisions</h2><p>This is a summary "
        "of the decisions taken and is not the formal minute.</p><h3>Item 1: Order of business</h3><p>Decision: The "
        "Committee agreed the order of business as set out in the agenda.</p><h3>Item 4: School meals</h3><p>Decision: "
        "That the Executive Director reports on free school meal uptake in October. AR.</p></body></html>",
        [("School meals", "That the Executive Director reports on free school meal uptake in October.")],
    ),
    # A committee system's "Agenda and minutes" page: its title is the page's, not an item over the items below.
    "agenda-and-minutes-page": (
        "<html><body><h1>Agenda and minutes</h1><h2>Scrutiny Committee - Tuesday, 8th July, 2025 7.30 pm</h2>"
        "<table><tr><th>No.</th><th>Item</th></tr><tr><td></td><td><strong>Review of Community Grants - Final Report"
        "</strong><br>To consider the final report.<br><em>Minutes:</em> <p>RESOLVED that the Cabinet be asked to "
        "publish the grant criteria.</p></td></tr></table></body></html>",
        [("Review of Community Grants - Final Report", "That the Cabinet be asked to publish the grant criteria.")],
    ),
    # A partnership's minutes recording the last ones approved in two words.
    "minutes-agreed-in-two-words": (
        "Minutes of the Partnership Board held on 21 November 2024\n\n"
        "| Item 3 | Minutes of the previous meeting and action log |\n|---|---|\n| Discussion | The minutes were "
        "agreed as a record. |\n| Outcome | Minutes agreed. |\n\n"
        "| Item 4 | Winter plan |\n|---|---|\n| Outcome | That the winter plan be published. |\n",
        [("Winter plan", "That the winter plan be published.")],
    ),
    # A community council's post whose paragraphs carry their numbers without a full stop ("2 It was resolved ...").
    "paragraph-numbers-without-stops": (
        "<html><body><h1>Minutes of the meeting held on 14th October 2024</h1><h2>24/087 Finance</h2>"
        "<p>1 The clerk presented the bank reconciliation.</p><p>2 It was resolved that the payments listed below be "
        "approved.</p><table><tr><td>Payee</td><td>Amount</td></tr><tr><td>Evans</td><td>£412.50</td></tr></table>"
        "</body></html>",
        [("Finance", "That the payments listed below be approved.")],
    ),
    # A Welsh scrutiny committee's recommendations each after its own code in brackets ("(SC1)"), under a stem.
    "bracketed-codes-under-a-stem": (
        "<html><body><h1>Scrutiny Committee - Thursday, 20th March, 2025</h1><h2>5. Waste Collection Changes</h2>"
        "<p>RESOLVED – That the Committee recommends to Cabinet that:</p><ol><li>(SC1) a phased roll-out be "
        "adopted;</li><li>(SC2) assisted collections be funded before the new rounds start.</li></ol></body></html>",
        [
            ("Waste Collection Changes", "That the Committee recommends to Cabinet that a phased roll-out be adopted."),
            (
                "Waste Collection Changes",
                "That the Committee recommends to Cabinet that assisted collections be funded before the new rounds start.",
            ),
        ],
    ),
    # A community council's decision that someone will act, straight after RESOLVED ("RESOLVED Clerk will ...").
    "resolved-someone-will": (
        "Minutes of Pennant Community Council held on 7 March 2024\n\n"
        "11/24 Apologies: Cllr Bevan.\n\n"
        "12/24 Footpaths: Cllr Rees reported that the stile on path 9 had collapsed. RESOLVED Clerk will report it to "
        "the County Council and ask for a repair date.\n",
        [("Footpaths", "Clerk will report it to the County Council and ask for a repair date.")],
    ),
    # A community council's title in Welsh run on into the English in one heading: dated by the English.
    "welsh-title-run-into-english": (
        "<html><body><h1>CYNGOR CYMUNED ELMWY</h1><h1>ELMWY COMMUNITY COUNCIL</h1><h2>Cofnodion cyfarfod y Cyngor a "
        "gynhaliwyd nos Fawrth 4 Mawrth 2025 yn y Neuadd Minutes of the meeting of the Council held on Tuesday 4 "
        "March 2025 in the Hall</h2>"
        "<h2>5. Footpaths</h2><p>RESOLVED: That the Clerk reports the broken stile to the County Council.</p></body></html>",
        [("Footpaths", "That the Clerk reports the broken stile to the County Council.")],
    ),
    # A partnership's page of key messages: its title names the body ("... – Key Messages"); the items are the
    # headings under it.
    "key-messages-page": (
        "<html><body><h1>Westfold Health and Care Partnership – Key Messages</h1><p>Meeting Date: 9 May 2025</p>"
        "<h2>Key Decisions and Actions</h2><h3>Falls Prevention</h3><p>Members heard about the new service.</p>"
        "<p>Decision/Action: The Director of Public Health to report on uptake in September.</p></body></html>",
        [("Falls Prevention", "The Director of Public Health to report on uptake in September.")],
    ),
    # A park board's minutes: titles in Title Case on lines of their own over paragraphs numbered through the
    # whole minutes; a paragraph leading its points after a colon ("In discussion the following points were
    # made: ...") is no title.
    "board-paragraphs-numbered-through": (
        "LOCHSIDE PARK BOARD\n\nMinutes of the Board meeting held at Strathmore on 6 June 2025\n\n"
        "Minutes of Last Meeting\n\n4. The minutes of 4 April 2025 were approved.\n\n"
        "Visitor Parking Review (Paper 1)\n\n5. The Head of Visitor Services introduced the review of the car parks.\n\n"
        "6. In discussion the following points were made: charges should be the same at every site; and income "
        "should go back into the paths.\n\n"
        "7. The Board agreed:\n\na) to consult on a single charge at all six car parks; and\n\n"
        "b) to ask staff to report the results in October.\n\n"
        "Ranger Service Plan (Paper 2)\n\n8. The Board agreed to adopt the Ranger Service Plan for 2025-2028.\n",
        [
            ("Visitor Parking Review (Paper 1)", "To consult on a single charge at all six car parks."),
            ("Visitor Parking Review (Paper 1)", "To ask staff to report the results in October."),
            ("Ranger Service Plan (Paper 2)", "To adopt the Ranger Service Plan for 2025-2028."),
        ],
    ),
    # The agenda's first number opens it: "1  Allotment rents" in sentence case heads its item in plain text;
    # a formal date ("the 9th day of April 2025") dates the meeting.
    "first-item-number": (
        "Village Hall Committee\nMinutes of the meeting held on the 9th day of April 2025\n\nPresent: Mrs Hale (Chair), Mr Ogden\n\n"
        "1  Allotment rents\nThe Treasurer set out the rents.\nIt was agreed that rents rise by £2 a year.\n\n"
        "2  Hall floor\nAgreed: the floor to be sanded in August.\n",
        [
            ("Allotment rents", "That rents rise by £2 a year."),
            ("Hall floor", "The floor to be sanded in August."),
        ],
    ),
    # Item codes that are not bare numbers ("B3.", "Minute 12") title an item in sentence case too.
    "coded-sentence-case": (
        "Minutes of the Cemeteries Board held on 8 April 2025\n\nB3. Memorial safety checks\n"
        "The Bereavement Manager reported on the checks.\nRESOLVED: That unsafe memorials are laid flat.\n\n"
        "Minute 14 Opening hours\nRESOLVED: That the gates open at 8 am in summer.\n",
        [
            ("Memorial safety checks", "That unsafe memorials are laid flat."),
            ("Opening hours", "That the gates open at 8 am in summer."),
        ],
    ),
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
    # A review report's contents list without page numbers or leaders: its entries stand again as the
    # report's headings, so the entries after 'Recommendations' in it are not its recommendations.
    "contents-list": (
        "Task Group Report: Street Trees\nPresented to the Scrutiny Committee on 2 April 2025\n\nTable of Contents\n"
        "1. Introduction\n2. Recommendations\n3. Evidence\n4. Thanks\n\n1. Introduction\nThe group met four times."
        "\n\n2. Recommendations\nThe group recommends that the Cabinet:\n(a) plants 500 trees a year;\n(b) publishes "
        "the tree register.\n\n3. Evidence\nWe heard from the tree officer.\n\n4. Thanks\nThe group thanks the "
        "residents who wrote in.\n",
        [
            (None, "That the Cabinet plants 500 trees a year."),
            (None, "That the Cabinet publishes the tree register."),
        ],
    ),
    # An agenda item about earlier recommendations titles its decisions; a report's own part does not.
    "item-about-recommendations": (
        "Minutes of the Scrutiny Committee held on 5 March 2025\n\n4. Libraries Review - Update on the "
        "Panel's Recommendations\n\nThe Head of Libraries reported progress.\n\nRESOLVED: That a final update "
        "comes in September.\n",
        [("Libraries Review - Update on the Panel's Recommendations", "That a final update comes in September.")],
    ),
    # A member's proposal folded into the report's recommendations, which were then carried as amended and
    # are listed after the vote: the list is the decision, the proposal part of it.
    "proposal-folded-in": (
        "Minutes of the Fire Authority held on 12 March 2025\n\n21. Station Review\n\nCllr Amis proposed that a "
        "review of retained crewing be added. The Chair agreed.\n\nThe recommendations in the report, as amended, "
        "were moved, seconded and carried.\n\n- To approve the station review.\n- To report on retained crewing "
        "in June.\n",
        [
            ("Station Review", "To approve the station review."),
            ("Station Review", "To report on retained crewing in June."),
        ],
    ),
    # The body agreeing two things in its own sentence, the second's verb a 'have': each clause judged alone.
    "agreed-that-and-that-have": (
        "Minutes of the Schools Forum held on 9 October 2025\n\n6. Forum Business\n\nMembers discussed the "
        "papers.\n\nThe Forum agreed that papers should be sent a week ahead, and that each paper should have "
        "a one-page summary.\n",
        [
            ("Forum Business", "That papers should be sent a week ahead."),
            ("Forum Business", "That each paper should have a one-page summary."),
        ],
    ),
    # A record of decision in numbered rows: the form's labels ('Decision maker') title nothing, its 'Title of
    # decision' row titles the item; a minute's code with an ampersand ('O&S/25-26/14') heads the next.
    "numbered-form-rows": (
        "RECORD OF A PORTFOLIO HOLDER DECISION\n\n1. Decision reference PH/2025/12\n\n2. Title of decision Street "
        "Lighting Upgrade\n\n3. Decision maker Councillor Ann Lee, Portfolio Holder for Highways\n\n4. Date of "
        "decision 2 May 2025\n\n5. Decision taken I have decided:\n(a) to approve the LED upgrade of 900 street "
        "lights;\n(b) to delegate the contract award to the Director of Place.\n\n6. Reasons for the decision The "
        "lights are failing.\n\nO&S/25-26/14 Bus Services Review\n\nRESOLVED: That the bus operators attend in June.\n",
        [
            ("Street Lighting Upgrade", "To approve the LED upgrade of 900 street lights."),
            ("Street Lighting Upgrade", "To delegate the contract award to the Director of Place."),
            ("Bus Services Review", "That the bus operators attend in June."),
        ],
    ),
    # The work programme approved with an item added for a later meeting is a record; approved with what
    # the meeting itself agreed, it is the meeting's own business.
    "work-programme-later-meeting": (
        "Minutes of the Scrutiny Committee held on 4 February 2026\n\n9. Forward Work Programme\n\nRESOLVED - that "
        "the Forward Work Programme be approved, subject to the addition of an item on libraries at the meeting "
        "in June 2026.\n\n10. Work Programme 2026/27\n\nRESOLVED - that the work programme be approved, subject "
        "to the changes agreed at the meeting.\n",
        [
            (
                "Forward Work Programme",
                "That the Forward Work Programme be approved, subject to the addition of an item on libraries at "
                "the meeting in June 2026.",
            )
        ],
    ),
    # The mover and seconder before a semicolon, then the resolution, 'unanimously' after its word.
    "proposed-seconded-semicolon": (
        "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 9 APRIL 2026\n\n2026/041 GRANTS\nProposed Cllr Hale, "
        "seconded Cllr Roe; RESOLVED unanimously to award £200 to the Scouts.\n",
        [("GRANTS", "To award £200 to the Scouts.")],
    ),
    # A motion moved and carried ('All in favour.'), then an action for the clerk: the action follows the
    # decision, it does not restate it, so both are records.
    "carried-then-action": (
        "Minutes of the Amenities Committee meeting held on Monday 19th January 2026\n\nAOS 25/44 Play Area\n\n"
        "It was proposed by Cllr Penn and seconded by Cllr Oduya that the swing seat be replaced. All in favour."
        "\n\nAction: Clerk to place the order.\n",
        [("Play Area", "That the swing seat be replaced."), ("Play Area", "Clerk to place the order.")],
    ),
    # 'The Board:-' over dashed points in the past tense: a point that 'agreed to' is no new lead, so the
    # stem still joins the points after it.
    "stem-past-tense-agreed-to-point": (
        "Minute of the Integration Joint Board held on 25 March 2026\n\n5. BUDGET\n\nDecision\n\nThe Board:-\n\n"
        "- noted the offers;\n- agreed to approve the budget; and\n- instructed the Clerk to report.\n",
        [("BUDGET", "To approve the budget."), ("BUDGET", "The Board instructed the Clerk to report.")],
    ),
    # An action box after each item, one saying there are none: that row is no action.
    "action-box-none": (
        "Minutes of the Health and Wellbeing Board held on 22 January 2026\n\n5. Strategy\n\n"
        "| Action | Lead |\n|---|---|\n| Officers to circulate the draft strategy | Director |\n\n6. Updates\n\n"
        "| Action | Lead |\n|---|---|\n| No new actions arising | |\n",
        [("Strategy", "Officers to circulate the draft strategy.")],
    ),
    # Points numbered '(1).', '(2).' as some committee systems print them: the number and its full stop go.
    "bracket-number-full-stop": (
        "Minutes of the Police and Crime Panel held on 13 February 2026\n\n5. PRECEPT\n\nThe Panel, having "
        "considered the proposal, UNANIMOUSLY RESOLVED:\n(1). to support the proposed precept;\n(2). to ask the "
        "Commissioner to publish a breakdown of the spending.\n",
        [
            ("PRECEPT", "To support the proposed precept."),
            ("PRECEPT", "To ask the Commissioner to publish a breakdown of the spending."),
        ],
    ),
    # Actions listed before the resolution; one mentions what 'was received', which notes nothing.
    "actions-before-resolved": (
        "Minutes of the Select Committee held on 25 September 2025\n\n5. SCHOOL STREETS\n\nMembers discussed it.\n\n"
        "Actions/further information to be provided:\n\n1. The Highways Manager to circulate the list of schools, "
        "with the date each application was received.\n2. The Cabinet Member to confirm the funding.\n\n"
        "RESOLVED: That the programme be extended.\n",
        [
            (
                "SCHOOL STREETS",
                "The Highways Manager to circulate the list of schools, with the date each application was received.",
            ),
            ("SCHOOL STREETS", "The Cabinet Member to confirm the funding."),
            ("SCHOOL STREETS", "That the programme be extended."),
        ],
    ),
    # The same with verbs in capitals: a point that NOTED is no new lead either.
    "stem-capital-verbs-after-noted": (
        "Minutes of the Health and Wellbeing Board held on 12 June 2025\n\n4. BETTER CARE FUND\n\nThe plan was "
        "presented.\n\nThe Board:\n\n- NOTED the requirements;\n- APPROVED the plan for submission; and\n- AGREED "
        "that the Director sign off late changes.\n",
        [
            ("BETTER CARE FUND", "The Board APPROVED the plan for submission."),
            ("BETTER CARE FUND", "That the Director sign off late changes."),
        ],
    ),
    # A label in two languages over the body's own introducer: neither half is part of the decision.
    "bilingual-label-over-body-agreed": (
        "Minutes of the Cabinet held on 14 October 2025\n\n7. Bus Services\n\nDecision / Penderfyniad: Cabinet "
        "agreed:\n\n1. to approve the response;\n2. that authority be delegated to the Director.\n",
        [
            ("Bus Services", "To approve the response."),
            ("Bus Services", "That authority be delegated to the Director."),
        ],
    ),
    # The officer's recommendation in the paragraph just above the body's own decision: the proposal.
    "officer-recommendation-then-agreed": (
        "Minutes of the Meeting of the Leisure Committee held on 5 November 2025\n\n3.1 Festivals Fund\n\n"
        "Recommendation: It is recommended that Members approve the opening of the fund.\n\nIt was proposed by "
        "Councillor Hagan, seconded by Councillor Rainey and agreed that the fund be opened with a maximum award "
        "of £4,000.\n",
        [("Festivals Fund", "That the fund be opened with a maximum award of £4,000.")],
    ),
    # Lettered sub-items, each its title and a colon before the resolution.
    "sub-item-title-colon-resolved": (
        "MINUTES OF THE PARISH COUNCIL HELD ON 13 OCTOBER 2025\n\n25/123 Finance\na) Payments: RESOLVED: to approve "
        "the payments listed at Appendix A. (unanimous)\nb) Budget: RESOLVED: that the working group prepares a "
        "budget.\n",
        [
            ("Finance", "To approve the payments listed at Appendix A."),
            ("Finance", "That the working group prepares a budget."),
        ],
    ),
    # Who moved and seconded it, as a clause inside the decision: never part of the record (rule 7).
    "mover-clause-inside": (
        "Minutes of the Environment Committee held on 12 June 2025\n\n7. Flood Alerts\n\nRESOLVED that the "
        "text alert scheme, which had been proposed by Councillor Tohill and seconded by Councillor Ferris, be "
        "funded from reserves.\n",
        [("Flood Alerts", "That the text alert scheme be funded from reserves.")],
    ),
    # A vote count in brackets that starts with its number, and "not to X and to Y" as two decisions.
    "vote-count-and-not-to": (
        "Minutes of the Planning Committee held on 3 November 2025\n\n8. Trees\n\nRESOLVED that the Clerk orders "
        "40 trees (5 for, 0 against, 1 abstention).\n\n9. Bus Shelter\n\nRESOLVED not to replace the shelter this "
        "year and to ask the County Council to repair its panel.\n",
        [
            ("Trees", "That the Clerk orders 40 trees."),
            ("Bus Shelter", "Not to replace the shelter this year."),
            ("Bus Shelter", "To ask the County Council to repair its panel."),
        ],
    ),
    # The body's two agreements in one sentence, the first holding 'what ... was being asked': judged by its
    # main clause, not by the question inside it.
    "agreed-that-what-was-asked": (
        "Minutes of the Health and Wellbeing Board held on 10 March 2026\n\n7. Board Business\n\nMembers "
        "discussed the meetings.\n\nThe Board agreed that future reports should set out what decision was being "
        "asked of the Board, and that presentations should be limited to ten minutes.\n",
        [
            ("Board Business", "That future reports should set out what decision was being asked of the Board."),
            ("Board Business", "That presentations should be limited to ten minutes."),
        ],
    ),
    # A call-in's outcome, and the sentence after it saying when the decision takes effect (not part of it).
    "call-in-outcome": (
        "Minutes of the Overview and Scrutiny Committee held on 6 May 2025\n\n7. Call-in: Library Hours\n"
        "Members heard from the Cabinet Member.\nThe Committee resolved not to refer the decision back to the "
        "Executive. The decision can now be implemented.\n",
        [("Call-in: Library Hours", "Not to refer the decision back to the Executive.")],
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
    # Sub-items run on in one paragraph after bracketed numbers, a decision after a dash in one of them,
    # the mover's and seconder's initials at its end; a typed three-level number before 'It was agreed'.
    "run-on-sub-items": (
        "Minutes of the Town Council meeting held on Thursday 8 June 2023\n\n"
        "4 Correspondence\n[4.1] Rotary Club - request to use the square for a fair - it was agreed to allow "
        "the use free of charge (PD & RK). [4.2] Police - crime figures for May - noted.\n\n"
        "5 Allotments\n5.1 The waiting list now stood at 31.\n\n"
        "5.1.1 It was agreed that the Clerk seeks a second site (RK/LM).\n",
        [
            ("Correspondence", "To allow the use free of charge."),
            ("Allotments", "That the Clerk seeks a second site."),
        ],
    ),
    # A lead naming the body after a clause ('Following questions, the Panel:') over what it did; an
    # introducing verb opening a point goes ('Agreed that ...'), an addressee after 'to recommend' stays.
    "body-lead-and-agreed-points": (
        "Minutes of the meeting of the Housing Panel held on 12 September 2022\n\n"
        "3. Damp and Mould\nFollowing questions, the Panel:\n\n- agreed that landlords be written to;\n\n"
        "- noted the survey results; and\n\n- requested a report on repairs times.\n\n"
        "4. Lettings Policy\nDecision\n\n1. Agreed that the draft policy go to consultation.\n\n"
        "2. Agreed to recommend to Cabinet that the policy be adopted in April.\n",
        [
            ("Damp and Mould", "That landlords be written to."),
            ("Damp and Mould", "The Panel requested a report on repairs times."),
            ("Lettings Policy", "That the draft policy go to consultation."),
            ("Lettings Policy", "To recommend to Cabinet that the policy be adopted in April."),
        ],
    ),
    # Inline points with 'i)' labels; inline points end with their paragraph, so the next item's number
    # is a heading; a decision after a clause with no comma, the mover and seconder in a sentence after it.
    "inline-then-item": (
        "Minutes of the meeting of the Finance Panel held on 21 November 2023\n\n"
        "1. Reserves\nAGREED: i) that the reserves policy be kept; ii) that it be reviewed in 2025.\n\n"
        "2. Car Parks\nAfter a long debate it was RESOLVED that charges be frozen. Proposed Cllr Lee, "
        "seconded Cllr Khan, all in favour.\n\n"
        "3. Markets\nMoved by Cllr Dean, seconded by Cllr Shaw and Resolved - That the Sunday market continue.\n",
        [
            ("Reserves", "That the reserves policy be kept."),
            ("Reserves", "That it be reviewed in 2025."),
            ("Car Parks", "That charges be frozen."),
            ("Markets", "That the Sunday market continue."),
        ],
    ),
    # Stems by structure: 'That Cabinet' with no colon over points; 'The Board –' over what it did;
    # 'agreed to:' over capitalised infinitives; 'The Committee:' then 'RESOLVED –' over 'to' points.
    "stems-without-colons": (
        "Minutes of the meeting of the Cabinet held on 6 December 2023\n\n"
        "10. Tree Strategy\nRESOLVED:\nThat Cabinet\n\n(a) adopts the tree strategy; and\n\n(b) plants 1,000 trees.\n\n"
        "11. Health Board\nThe Board –\n\n(1) noted the annual report;\n\n(2) requested a briefing on waiting lists.\n\n"
        "12. Libraries\nThe Committee agreed to:\n\n1) Extend the opening hours;\n\n2) Review the fines.\n\n"
        "13. Grants\nThe Committee:\n\nRESOLVED –\n\n(a) to award the grants; and\n\n(b) that the scheme reopen in May.\n",
        [
            ("Tree Strategy", "That Cabinet adopts the tree strategy."),
            ("Tree Strategy", "That Cabinet plants 1,000 trees."),
            ("Health Board", "The Board requested a briefing on waiting lists."),
            ("Libraries", "To extend the opening hours."),
            ("Libraries", "To review the fines."),
            ("Grants", "To award the grants."),
            ("Grants", "That the scheme reopen in May."),
        ],
    ),
    # A decider named with a portfolio ('The Portfolio Holder for Parks and Leisure has decided to:') under
    # 'Decision:'; a decision after a semicolon in a report of discussion.
    "decider-with-portfolio": (
        "Record of decision\n\nDate of decision: 3 October 2023\n\nSubject: Sports Pitch Fees\n\n"
        "Decision: The Portfolio Holder for Parks and Leisure has decided to:\n\n"
        "1. freeze junior pitch fees for 2024;\n\n2. review adult fees in the spring.\n\n"
        "Subject: Park Lighting\n\nResidents reported dark paths; it was agreed that lights be added on the "
        "riverside path.\n",
        [
            ("Sports Pitch Fees", "To freeze junior pitch fees for 2024."),
            ("Sports Pitch Fees", "To review adult fees in the spring."),
            ("Park Lighting", "That lights be added on the riverside path."),
        ],
    ),
    # Two decisions in one paragraph, the second 'RESOLVED also that ...'.
    "decisions-in-one-paragraph": (
        "Minutes of the meeting of the Property Board held on 4 December 2023\n\n8. Old Library\n"
        "RESOLVED to lease the old library to the arts trust. RESOLVED also that the lease run for ten years.\n",
        [
            ("Old Library", "To lease the old library to the arts trust."),
            ("Old Library", "That the lease run for ten years."),
        ],
    ),
    # 'Outcome:' over the body's sentence; a second verb of the body after its decision is a record too.
    "outcome-two-verbs": (
        "Notes of the meeting of the Transport Forum held on 7 November 2023\n\n2. Rail Timetable\n"
        "Outcome: The Forum agreed that the Chair write to the rail operator, and asked for a report on "
        "station staffing in February.\n",
        [
            ("Rail Timetable", "That the Chair write to the rail operator."),
            ("Rail Timetable", "The Forum asked for a report on station staffing in February."),
        ],
    ),
    # Unnumbered paragraphs under 'Agreed:' go on while they have the first's form (an owner's action);
    # 'Action 2 –' and 'Recommendation (b):' labels, also run on in one paragraph.
    "owner-actions-and-labels": (
        "Minutes of the Town Council meeting held on 6 February 2024\n\n9. Christmas Lights\n\nAgreed:\n\n"
        "The Clerk to book the lights contractor for 2024.\n\nCllr Patel to ask local businesses for sponsorship.\n\n"
        "The meeting closed at 9.15 pm.\n\n10. Allotments\nAction 1: Clerk to renew the water contract. "
        "Action 2 – Cllr Ray to inspect the plots.\n\nRecommendation (a): That rents rise by 3%.\n",
        [
            ("Christmas Lights", "The Clerk to book the lights contractor for 2024."),
            ("Christmas Lights", "Cllr Patel to ask local businesses for sponsorship."),
            ("Allotments", "Clerk to renew the water contract."),
            ("Allotments", "Cllr Ray to inspect the plots."),
            ("Allotments", "That rents rise by 3%."),
        ],
    ),
    # A decision whose list is its reasons ('..., for the following reasons:'), under a numbered title
    # that starts like a decision notice's call-in line.
    "decision-with-reasons": (
        "Minutes of the meeting of the Scrutiny Board held on 19 June 2023\n\n5. Call-in: Library Hours\n"
        "The Board RESOLVED to refer the decision back to the Cabinet Member, on the following grounds:\n"
        "(a) the consultation closed early; and\n(b) no equality assessment was made.\n",
        [("Call-in: Library Hours", "To refer the decision back to the Cabinet Member.")],
    ),
    # Under the body's name, what it only did at the meeting is no record; a sentence after a decision
    # that only notes is left off.
    "body-lead-narrative": (
        "Minutes of the meeting of the Audit Committee held on 3 July 2024\n\n4. Governance Statement\n"
        "RESOLVED: That the statement be approved. Officers to note the comments made.\n\n5. Fraud Update\n"
        "The Committee:\n(a) received the update;\n(b) asked questions about the data matches;\n"
        "(c) were informed that two cases had gone to the police; and\n(d) requested a report on fraud losses.\n",
        [
            ("Governance Statement", "That the statement be approved."),
            ("Fraud Update", "The Committee requested a report on fraud losses."),
        ],
    ),
    # A point's own inline sub-points stay in it: '(b) recommends that: (i) ...; and (ii) ...'.
    "inline-sub-points": (
        "Minutes of the meeting of the Scrutiny Panel held on 4 March 2024\n\n3. Rough Sleeping\n"
        "RESOLVED: That the Panel:\n(a) recommends to Cabinet that: (i) a winter shelter be opened; and "
        "(ii) outreach hours be extended; and\n(b) asks for an update in six months.\n",
        [
            (
                "Rough Sleeping",
                "That the Panel recommends to Cabinet that: (i) a winter shelter be opened; and (ii) outreach "
                "hours be extended.",
            ),
            ("Rough Sleeping", "That the Panel asks for an update in six months."),
        ],
    ),
    # A membership list under the body's name ('Members of the Committee:', 'The Board:') is no decision list.
    "membership-lists": (
        "Minutes of the meeting of the Licensing Board held on 2 May 2024\n\nMembers of the Board:\n"
        "Councillor A Jones (Chair)\nCouncillor B Smith\n\nThe Board:\n- Cllr Jones\n- Cllr Smith\n\n"
        "1. Street Trading\nRESOLVED: That officers review the street trading fees.\n",
        [("Street Trading", "That officers review the street trading fees.")],
    ),
    # A list of infinitives in one sentence is a decision each; 'to X and to the Council' is one.
    "infinitive-list": (
        "Minutes of the meeting of the Communities Panel held on 10 June 2024\n\n7. Food Bank\nMembers agreed "
        "to back the grant bid, to write to the MP about food poverty and to visit the food bank.\n\n8. Warm Spaces\n"
        "RESOLVED to send the evaluation to the Cabinet Member and to the Health Board.\n",
        [
            ("Food Bank", "To back the grant bid."),
            ("Food Bank", "To write to the MP about food poverty."),
            ("Food Bank", "To visit the food bank."),
            ("Warm Spaces", "To send the evaluation to the Cabinet Member and to the Health Board."),
        ],
    ),
    # Word's second-level 'o' bullets under a '•' point (as a copy to text keeps them) are its sub-points.
    "sub-bullets-o": (
        "Minutes of the meeting of the Parks Panel held on 3 June 2024\n\n2. Play Areas\nRESOLVED:\n"
        "\u2022 That the play strategy include:\n   o shade for every site;\n   o accessible swings.\n"
        "\u2022 That the Panel visit two play areas.\n",
        [
            ("Play Areas", "That the play strategy include: shade for every site; accessible swings."),
            ("Play Areas", "That the Panel visit two play areas."),
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
    # A decision printed wholly in capitals is kept as printed ('THAT' not half-recased); one in
    # sentence case after a capital 'RESOLVED THAT' starts 'That'.
    "capitals-kept": (
        "Minutes of the Burial Board held on Tuesday 14 May 2024\n\n"
        "12. Memorial Safety\nMembers discussed the testing of headstones. RESOLVED - THAT ALL MEMORIALS "
        "OVER 1.5 METRES BE TESTED BEFORE 31 AUGUST.\n\n"
        "13. Grounds Maintenance\nRESOLVED THAT the Clerk renews the mowing contract for one year.\n",
        [
            ("Memorial Safety", "THAT ALL MEMORIALS OVER 1.5 METRES BE TESTED BEFORE 31 AUGUST."),
            ("Grounds Maintenance", "That the Clerk renews the mowing contract for one year."),
        ],
    ),
    # A decision that is a 'That' sentence naming the body and its verb ('That the Board agrees to ...')
    # is the decision as printed: the body's verb inside it introduces nothing.
    "that-body-verb": (
        "Licensing Board\nMinutes of the meeting held on 3 July 2024\n\n"
        "7. Statement of Licensing Policy\n\nDecision:\n\n"
        "That the Licensing Board agrees to refer the revised policy to Council for adoption in October.\n\n"
        "8. Street Trading\n\nRESOLVED: That the Board recommends to Council that the consent fee be frozen.\n",
        [
            (
                "Statement of Licensing Policy",
                "That the Licensing Board agrees to refer the revised policy to Council for adoption in October.",
            ),
            ("Street Trading", "That the Board recommends to Council that the consent fee be frozen."),
        ],
    ),
    # An introducer closed by a slash ('RESOLVED/-', 'Agreed /') is an introducer like 'RESOLVED:'.
    "slash-introducer": (
        "Minutes of the Joint Transport Committee held on 21 March 2024\n\n"
        "JTC 12/24 Bus Service Improvement Plan\n"
        "Resolved / That £84,500 be allocated from the reserve to extend the evening service to May 2025.\n\n"
        "JTC 13/24 Rail Stations\nAGREED/-\n(a) £20,000 be set aside for step-free access surveys; and\n"
        "(b) the Director writes to the operator about ticket office hours.\n",
        [
            (
                "Bus Service Improvement Plan",
                "That £84,500 be allocated from the reserve to extend the evening service to May 2025.",
            ),
            ("Rail Stations", "£20,000 be set aside for step-free access surveys."),
            ("Rail Stations", "The Director writes to the operator about ticket office hours."),
        ],
    ),
    # 'That ...' paragraphs under no introducer are decisions whatever their first word: a sum, a quotation.
    "that-sum-unheaded": (
        "Minutes of the Community Grants Panel held on 8 February 2024\n\n"
        "4. Small Grants Round 3\n\nThe Panel considered eleven applications.\n\n"
        "That £3,200 be granted to Riverside Food Bank towards a chest freezer.\n\n"
        "That “Warm Spaces” applications be assessed by the Chair between meetings.\n",
        [
            ("Small Grants Round 3", "That £3,200 be granted to Riverside Food Bank towards a chest freezer."),
            ("Small Grants Round 3", "That “Warm Spaces” applications be assessed by the Chair between meetings."),
        ],
    ),
    # Points that open with a sum or a figure finish a stem ending 'that', as lower-case points do; an
    # introducer closed by a semicolon introduces like one closed by a colon.
    "figure-points": (
        "Minutes of the Harbour Board held on 11 April 2024\n\n"
        "9. Pontoon Repairs\nThe Board RESOLVED that:\n\n"
        "(i) £41,000 be drawn from the harbour reserve for the east pontoon;\n"
        "(ii) 12 new mooring rings be fitted before the summer season; and\n(iii) the Harbour Master reports on the works.\n\n"
        "10. Berthing Charges\nRESOLVED; That the berthing charges rise by 3% from 1 June 2024.\n",
        [
            ("Pontoon Repairs", "That £41,000 be drawn from the harbour reserve for the east pontoon."),
            ("Pontoon Repairs", "That 12 new mooring rings be fitted before the summer season."),
            ("Pontoon Repairs", "That the Harbour Master reports on the works."),
            ("Berthing Charges", "That the berthing charges rise by 3% from 1 June 2024."),
        ],
    ),
    # An introducer closed by a comma or a full stop before 'That' or 'to' introduces; a full stop before
    # anything else ends a sentence; 'RESOLVED as follows:' is an introducer over its points.
    "comma-introducer": (
        "Minutes of the Library Board held on 2 May 2024\n\n"
        "3. Opening Hours\nResolved, That the branch libraries open until 7 pm on Thursdays.\n\n"
        "4. Book Fund\nIt was agreed, to move £2,000 from the periodicals budget to children's books.\n\n"
        "5. Mobile Library\nRESOLVED. That the mobile library route be reviewed with parish councils.\n\n"
        "6. Staffing\nThe Board agreed. To be discussed again in July.\n\n"
        "7. Stock Review\nRESOLVED as follows:\n1. That large-print stock be doubled.\n",
        [
            ("Opening Hours", "That the branch libraries open until 7 pm on Thursdays."),
            ("Book Fund", "To move £2,000 from the periodicals budget to children's books."),
            ("Mobile Library", "That the mobile library route be reviewed with parish councils."),
            ("Stock Review", "That large-print stock be doubled."),
        ],
    ),
    # 'Agreed action(s)' heads what was agreed, as 'Agreed:' does (not 'Agreed' over an object 'Action: ...').
    "agreed-actions-label": (
        "Minutes of the Tenants Panel held on 7 August 2024\n\n"
        "3. Estate Walkabouts\nAgreed actions: Housing officers to publish the walkabout dates by September.\n\n"
        "4. Repairs\nAGREED ACTION –\n1. The Repairs Manager to report void times to each meeting.\n",
        [
            ("Estate Walkabouts", "Housing officers to publish the walkabout dates by September."),
            ("Repairs", "The Repairs Manager to report void times to each meeting."),
        ],
    ),
    # A vote note in brackets between the introducer and the decision is not part of the decision.
    "vote-note-first": (
        "Minutes of the Crematorium Joint Committee held on 5 September 2024\n\n"
        "8. Fees and Charges\nRESOLVED: (Unanimously) That cremation fees rise by 4% from 1 April 2025.\n\n"
        "9. Memorial Garden\nRESOLVED – (Proposed Cllr Hale, seconded Cllr Odum) – to plant a second rose bed.\n",
        [
            ("Fees and Charges", "That cremation fees rise by 4% from 1 April 2025."),
            ("Memorial Garden", "To plant a second rose bed."),
        ],
    ),
    # A 'That' clause cut at a comma over its points is their stem, whatever they start with.
    "that-comma-stem": (
        "Minutes of the Flood Forum held on 19 June 2024\n\n"
        "5. Culvert Works\nRESOLVED – That, subject to the budget being agreed in February,\n"
        "(i) £40,000 be set aside for clearing the Mill Lane culvert; and\n"
        "(ii) the Drainage Engineer writes to the riparian owners.\n",
        [
            (
                "Culvert Works",
                "That, subject to the budget being agreed in February, £40,000 be set aside for clearing the "
                "Mill Lane culvert.",
            ),
            (
                "Culvert Works",
                "That, subject to the budget being agreed in February, the Drainage Engineer writes to the "
                "riparian owners.",
            ),
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


def test_a_minute_books_period_dates_no_meeting_and_each_meeting_starts_after_a_signature() -> None:
    minutes = parse_minutes(read_document(FORMS["minute-book-year"][0].encode(), "book.txt"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2024-05-16"] * 3 + ["2024-06-13"] * 4


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
    # A body's code, a space and the number before a title in capitals, or the code last ('24/3/EXE');
    # "(Key Decision)" and the agenda's "(Pages 5 - 12)" are no part of the title.
    "coded-items.txt": (
        "Minutes of the meeting of the Executive held on 9 January 2024\n\n"
        "EXE 12/24 LIBRARY OPENING HOURS (Key Decision)\n\nThe Portfolio Holder introduced the report.\n\n"
        "RESOLVED: That the revised opening hours be adopted from 1 April 2024.\n\n"
        "EXE 13 BUS SHELTER REPAIRS (Pages 5 - 12)\n\nRESOLVED: That officers survey every shelter by the summer.\n\n"
        "24/3/EXE Street trading policy\n\nRESOLVED: That the policy be reviewed in 2025.\n",
        [
            ("LIBRARY OPENING HOURS", "That the revised opening hours be adopted from 1 April 2024."),
            ("BUS SHELTER REPAIRS", "That officers survey every shelter by the summer."),
            ("Street trading policy", "That the policy be reviewed in 2025."),
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
    # A decisions page: each entry a heading (or a bold line) 'date – title ref: N status', dated by
    # 'Made at meeting:' or, without one, by the heading (never by its publication).
    "decision-entries.html": (
        "<html><body><h1>Recent decisions</h1>"
        "<p><b>2 March 2021 – Grit Bin Policy ref: 311 Recommendations Approved</b></p>"
        "<p>Decision Maker: Cabinet Member for Highways</p><p>Made at meeting: 2 March 2021</p>"
        "<p>Decision:</p><p>RESOLVED: That the grit bin policy be adopted.</p>"
        "<h3>25/02/2021 - Allotment Rents. ref: 305 For Determination</h3>"
        "<p>Decision published: 26 February 2021</p><p>Decision:</p>"
        "<p>RESOLVED: That allotment rents be frozen for 2021/22.</p></body></html>",
        [
            ("Grit Bin Policy", "That the grit bin policy be adopted."),
            ("Allotment Rents", "That allotment rents be frozen for 2021/22."),
        ],
    ),
    # A committee-system page's tabs ("Agenda", "Minutes", "Attendance") over its minutes' title: the minutes, not an
    # agenda.
    "tabs-over-the-minutes.html": (
        "<html><body><h1>Environment Committee</h1><ul><li>Agenda</li><li>Minutes</li><li>Attendance</li></ul>"
        "<h2>Minutes of Meeting of the Environment Committee held on Tuesday 14 January 2025</h2>"
        "<h3>E004/25 Waste Collection Calendar</h3><p>Resolved: That the revised calendar be approved.</p></body></html>",
        [("Waste Collection Calendar", "That the revised calendar be approved.")],
    ),
    # A report's recommendations its group calls its own ("5.1 Our recommendations are set out below ..."), labelled
    # R1, R2 under bold sub-headings naming whom they go to, in the imperative: the group's, each a record.
    "our-recommendations-by-recipient.html": (
        "<html><body><p>Report to: Overview and Scrutiny Committee</p><p>Date of meeting: 4 November 2025</p>"
        "<h2>5. Recommendations</h2><p>5.1 Our recommendations are set out below, grouped by the body addressed.</p>"
        "<p><b>To the Executive</b></p><p>R1 Ensure that the course guide is printed in six languages.</p>"
        "<p>R2 Introduce a concessionary fee from September 2026.</p><p><b>To the Skills Partnership</b></p>"
        "<p>R3 Map the ESOL provision of every provider.</p></body></html>",
        [
            (None, "Ensure that the course guide is printed in six languages."),
            (None, "Introduce a concessionary fee from September 2026."),
            (None, "Map the ESOL provision of every provider."),
        ],
    ),
    # A decision details page whose purpose says when another body endorsed the proposals: its "Date of decision"
    # dates the decision (see the test below).
    "decision-page-dated-after.html": (
        "<html><body><h1>Decision details</h1><h2>Review of Scrutiny Arrangements</h2><p>Purpose:</p>"
        "<p>To consider the proposals, which were endorsed by the Scrutiny Board on 16 October 2025.</p>"
        "<p>Decision:</p><p>RESOLVED that the panels be replaced by three Portfolio Scrutiny Panels.</p>"
        "<p>Date of decision: 10/11/2025</p><p>Decided at meeting: 10/11/2025 - Executive</p></body></html>",
        [("Review of Scrutiny Arrangements", "That the panels be replaced by three Portfolio Scrutiny Panels.")],
    ),
    # A Cabinet Member's letter answering a panel: its "Date:" (beside "Our ref:") is when it was sent; the
    # sentence saying when the panel agreed the recommendations dates them (see the test below).
    "letter-in-reply.html": (
        "<html><body><table><tr><td>Our ref:</td><td>CF/25-07</td></tr><tr><td>Date:</td><td>21 November 2025</td>"
        "</tr></table><p>Dear Councillor Raman,</p><p>I have considered the five recommendations that the Panel agreed "
        "at its meeting on 23 September 2025.</p><p><b>Recommendation 1</b></p><p>That the Council publishes termly "
        "exclusion data.</p><p>Response: Accepted.</p></body></html>",
        [(None, "That the Council publishes termly exclusion data.")],
    ),
    # A town council's coded minutes whose titles are the agenda's words, full stop and all ("05/25/F&R To consider
    # grant applications."), under a heading "Motions for note/resolution" (one language, not two).
    "coded-agenda-wording.html": (
        "<html><body><p>Minutes of the meeting held on 13th January 2025 at 7pm.</p><p><b>04/25/F&amp;R Action List</b>"
        "</p><p>The Action List was noted.</p><h3>Motions for note/resolution</h3><p><b>05/25/F&amp;R To consider grant "
        "applications.</b></p><p>It was resolved to award £500 to Westleigh Foodbank.</p></body></html>",
        [("To consider grant applications.", "To award £500 to Westleigh Foodbank.")],
    ),
    # Minutes as one table: the attendance rows first ('Present | ...'), then 'Min | Item / discussion / decision |
    # Action by'; the title "Minutes – Thursday 20 November 2025" dates them, not the last minutes' row ("Minutes of
    # the meeting held on 2 October 2025 and matters arising").
    "attendance-then-minutes-table.html": (
        "<html><body><p><b>Minutes – Thursday 20 November 2025, 10.00 am, Committee Room 2</b></p><table>"
        "<tr><td>Present</td><td>Cllr Tennant (Chair), Cllr Okoro</td><td></td></tr>"
        "<tr><td>Apologies</td><td>Cllr Vance</td><td></td></tr>"
        "<tr><td>Min</td><td>Item / discussion / decision</td><td>Action by</td></tr>"
        "<tr><td>1</td><td><p>Minutes of the meeting held on 2 October 2025 and matters arising</p><p>The minutes "
        "were agreed.</p></td><td></td></tr><tr><td>2</td><td><p>Corporate performance</p><p>Members discussed the "
        "scorecard.</p><p>AGREED: that the Head of Performance adds a measure of missed bins.</p></td><td>JB</td></tr>"
        "</table></body></html>",
        [("Corporate performance", "That the Head of Performance adds a measure of missed bins.")],
    ),
    # A heading straight under a numbered one, unnumbered, at its level: the title in another language, not an item;
    # a bold "4(a) The Corran Bar, Portavon" under item 4: a sub-item's title.
    "subtitles-and-lettered-sub-items.html": (
        "<html><body><p>Minutes of Meeting of the Valuation Joint Board held on 20 February 2025.</p>"
        "<h3>5. Revenue Budget 2025/26</h3><h3>Buidseat Teachd-a-Steach 2025/26</h3><p>The Board AGREED that the "
        "requisitions be approved.</p><h3>6. Premises Licence Applications</h3><p><b>4(a) The Corran Bar, Portavon</b></p>"
        "<p>The Board agreed to grant the variation.</p></body></html>",
        [
            ("Revenue Budget 2025/26", "That the requisitions be approved."),
            ("The Corran Bar, Portavon", "To grant the variation."),
        ],
    ),
    # A town council's items as bold bullets ("- Budget 2025/26"); "the notes of ... be approved as the Minutes" is
    # the last minutes approved; "It was RESOLVED upon a recommendation from FOG to:-" says where it came from.
    "bold-bullet-items.html": (
        "<html><body><p>MINUTES OF THE GOVERNANCE AND FINANCE COMMITTEE HELD ON MONDAY 3rd FEBRUARY 2025</p><ul>"
        "<li><b>Committee Minutes</b></li></ul><p>It was RESOLVED that the notes of the Committee Meeting held on 13th "
        "January 2025 be approved as the Minutes.</p><ul><li><b>Budget 2025/26</b></li></ul><p>It was RESOLVED upon a "
        "recommendation from FOG to:-</p><ul><li>put the draft budget to the Town Council.</li></ul>"
        "<ul><li><b>Internal Audit Engagement</b></li></ul><p>It was RESOLVED to accept the quotation from Fenwick Audit."
        "</p></body></html>",
        [
            ("Budget 2025/26", "To put the draft budget to the Town Council."),
            ("Internal Audit Engagement", "To accept the quotation from Fenwick Audit."),
        ],
    ),
    # A decisions page laid out as a table whose agenda numbers run 1, 2, 3 beside each item's bold title, its
    # decisions numbered 1, 2 too: "3. Interests" in bold after an item's points is the next item, not point 3.
    "agenda-numbers-beside-numbered-decisions.html": (
        "<html><body><p>Joint Health Scrutiny Committee - Friday, 14th November, 2025</p><table>"
        "<tr><td>No.</td><td>Item</td></tr><tr><td>2.</td><td><p><b>Minutes of previous meeting</b></p><p>Decision:</p>"
        "<ol><li>The minutes were agreed as a correct record.</li><li>The Chair summarised the issues arising.</li></ol>"
        "</td></tr><tr><td>3.</td><td><p><b>Interests</b></p><p>Members will be asked to say if they have an interest."
        "</p><p>Decision:</p><p>There were no interests.</p></td></tr><tr><td>4.</td><td><p><b>Stroke beds</b></p>"
        "<p>Decision:</p><p>That the Board publishes its travel analysis.</p></td></tr></table></body></html>",
        [("Stroke beds", "That the Board publishes its travel analysis.")],
    ),
    # A committee system's "Recent decisions" page: its title is no item, each decision's heading is; "The decision:"
    # labels the decision as "Decision:" does.
    "recent-decisions-page.html": (
        "<html><body><h1>Recent decisions</h1><p>Decisions from 01/09/2025 to 31/10/2025</p>"
        "<h2>Replacement of Refuse Collection Vehicles</h2><p>Made at meeting: 14/10/2025 - Cabinet</p>"
        "<p>The Director presented a report.</p><p><b>The decision:</b></p><p>That Cabinet:-</p><ol type='1'>"
        "<li>approves the replacement of 14 vehicles.</li></ol></body></html>",
        [("Replacement of Refuse Collection Vehicles", "That Cabinet approves the replacement of 14 vehicles.")],
    ),
    # A Lead Member's decisions: "DECISIONS made by the Lead Member ..., on 9 March 2026" is the title that dates
    # them, not the last minutes approved ("... the minutes of the meeting held on 9 February 2026").
    "decisions-made-by.html": (
        "<html><body><p><b>DECISIONS made by the Lead Member for Transport, Councillor Ashbee, on 9 March 2026 at County "
        "Hall</b></p><h2>40. Minutes</h2><p>40.1 The Lead Member approved as a correct record the minutes of the meeting "
        "held on 9 February 2026.</p><h2>44. Harrow Lane Petition</h2><p>The Lead Member RESOLVED to ask officers to "
        "monitor speeds in Harrow Lane.</p></body></html>",
        [("Harrow Lane Petition", "To ask officers to monitor speeds in Harrow Lane.")],
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
    # The same with the title over its notes by a line break, and the columns named otherwise.
    "notes-table-breaks.html": (
        "<html><body><p>Notes of the meeting held on 4 July 2023</p><table>"
        "<tr><th>Topic</th><th>Discussion</th><th>Action items/decisions</th></tr>"
        "<tr><td>1</td><td><strong>Cemetery extension</strong><br>The clerk reported two bids.</td>"
        "<td>Agreed to accept the lower bid.<br>Action: the clerk to tell both bidders by Friday.</td></tr>"
        "</table></body></html>",
        [
            ("Cemetery extension", "To accept the lower bid."),
            ("Cemetery extension", "The clerk to tell both bidders by Friday."),
        ],
    ),
    # A decision column headed with the body's full name ('Decision of the Health and Wellbeing Board'),
    # beside the report's recommendation (the proposal, never read).
    "decision-of-the-named-body.html": (
        "<html><body><p>Record of decisions, 3 June 2025</p><table>"
        "<tr><th>Item</th><th>Report recommendation</th><th>Decision of the Health and Wellbeing Board</th></tr>"
        "<tr><td>Pharmacy Needs Assessment</td><td>That the Board notes the assessment.</td>"
        "<td>That the assessment be published with a summary in plain English.</td></tr>"
        "<tr><td>Better Care Fund</td><td>That the plan be approved.</td><td>Noted.</td></tr>"
        "</table></body></html>",
        [("Pharmacy Needs Assessment", "That the assessment be published with a summary in plain English.")],
    ),
    # A minutes table with a column for the item's title and one for its papers: the papers' link is no title.
    "title-and-papers-columns.html": (
        "<html><body><p>Minute of decisions, Housing Committee, 3 June 2025</p><table>"
        "<tr><th>No.</th><th>Subject</th><th>Papers</th><th>Decision</th></tr>"
        "<tr><td>4</td><td>Damp and Mould Action Plan</td><td>Report by the Director of Housing PDF 300 KB</td>"
        "<td>To approve the action plan.</td></tr></table></body></html>",
        [("Damp and Mould Action Plan", "To approve the action plan.")],
    ),
    # A committee system's print of minutes in one grid: the title the first line of a 'Description/Resolution'
    # cell (here one that names the body's resolutions), the narrative, then the cell's own RESOLVED.
    "description-resolution-grid.html": (
        "<html><body><p>Scrutiny Committee, Tuesday, 10th September, 2024 7.30 pm</p><table>"
        "<tr><th>Item</th><th>Description/Resolution</th><th>Status</th></tr>"
        "<tr><td>41</td><td><p>APOLOGIES</p><p>None were received.</p></td><td>Noted</td></tr>"
        "<tr><td>46</td><td><p>RESOLUTIONS OF THE SCRUTINY COMMITTEE</p><p>The officer presented progress against "
        "resolutions made by the Committee.</p><p>RESOLVED:</p><p>(1) That the report be noted;</p><p>(2) That open "
        "resolutions be listed by portfolio.</p></td><td>Agreed</td></tr></table></body></html>",
        [("RESOLUTIONS OF THE SCRUTINY COMMITTEE", "That open resolutions be listed by portfolio.")],
    ),
    # A decisions list whose entries are a list's items ('date - title ref: N status'): each dates and titles
    # the decision under it, and the next entry ends the one before.
    "decisions-list-items.html": (
        "<html><body><h1>Decisions</h1><ul><li>11/02/2026 - Ranger Service Review ref: 310 Recommendations Approved"
        "<p>Decision:</p><p>RESOLVED: That the ranger posts be made permanent.</p></li>"
        "<li>04/02/2026 - Footpath Repairs ref: 305 Recommendations Approved<p>Decision:</p>"
        "<p>RESOLVED: That the repairs be funded from reserves.</p></li></ul></body></html>",
        [
            ("Ranger Service Review", "That the ranger posts be made permanent."),
            ("Footpath Repairs", "That the repairs be funded from reserves."),
        ],
    ),
    # A record of decision a page per decision: the title names a body but goes on after a dash (a group's
    # report), and the form's bold labels ('Issue for Decision', 'Decision Made') title nothing.
    "record-of-decision-form-labels.html": (
        "<html><body><h1>RECORD OF DECISION OF THE CABINET</h1><p>Decision Made: 9 October 2024</p>"
        "<p><b>Play Areas Task and Finish Group – Final Report</b></p><p><b>Issue for Decision</b></p>"
        "<p>To consider the group's report.</p><p><b>Decision Made</b></p><ol><li>That the report be accepted."
        "</li><li>That the play strategy be revised by March.</li></ol></body></html>",
        [
            ("Play Areas Task and Finish Group – Final Report", "That the report be accepted."),
            ("Play Areas Task and Finish Group – Final Report", "That the play strategy be revised by March."),
        ],
    ),
    # The body's own title with what the page is after a dash ('Area Committee – Minute'), over its date line:
    # the body's title, so the line under it dates the meeting.
    "body-title-dash-minute.html": (
        "<html><body><h1>Kinmuir Area Committee – Minute</h1><p>Tuesday 25 November 2025, 10:00am · Kinmuir Town "
        "Hall</p><h2>3. Town Centre</h2><p>After discussion, the Committee agreed:</p><ol><li>to note the progress;"
        "</li><li>to instruct the Director to report in March.</li></ol></body></html>",
        [("Town Centre", "To instruct the Director to report in March.")],
    ),
    # A community council's page in two languages: its title sentence dates the meeting in its English half,
    # the grid's headings name their columns in either language, and a cell that names who acts is a record.
    "bilingual-grid.html": (
        "<html><body><h2>Cofnodion Hydref 2025 / October 2025 Minutes</h2><p>Cofnodion Cyfarfod Cyffredin / Minutes "
        "of the Ordinary Meeting held at Neuadd Bentref on Thursday 9 October 2025 at 7.00pm.</p><table><tr>"
        "<th>Cofnod / Minute</th><th>Eitem / Item</th><th>Trafodaeth / Discussion</th><th>Penderfyniad / Decision"
        "</th></tr><tr><td>1045</td><td>Cae chwarae / Playing field</td><td>The bark has compacted.</td><td>Agreed "
        "to replace the bark with rubber mulch.</td></tr><tr><td>1047</td><td>Priffyrdd / Highways</td><td>Potholes "
        "were reported.</td><td>Clerk to report the potholes to the Highway Authority.</td></tr><tr><td>1048</td>"
        "<td>Cyllid / Finance</td><td>Payments were listed.</td><td>Resolved to approve the payments.</td></tr>"
        "</table></body></html>",
        [
            ("Cae chwarae / Playing field", "To replace the bark with rubber mulch."),
            ("Priffyrdd / Highways", "Clerk to report the potholes to the Highway Authority."),
            ("Cyllid / Finance", "To approve the payments."),
        ],
    ),
    # A notice of decisions whose labels are printed in two languages, the Welsh first: the date label and the
    # item label are read in their English halves (the Welsh words do not make the line a Welsh paragraph).
    "bilingual-labels-welsh-first.html": (
        "<html><body><h1>Hysbysiad o Benderfyniadau / Notice of Decisions</h1><p>Pwyllgor / Committee: Cabinet</p>"
        "<p>Dyddiad y cyfarfod / Date of meeting: 8 December 2025</p><p>Dyddiad cyhoeddi / Date of publication: "
        "10 December 2025</p><p>Eitem / Item 6: Bus Policy</p><p>Penderfyniad / Decision: That the policy be "
        "approved.</p></body></html>",
        [("Bus Policy", "That the policy be approved.")],
    ),
    # A committee system's list of items whose headings carry their sub-item numbers ('5.1 ...').
    "numbered-headings-in-list.html": (
        "<html><body><h2>Finance Committee - Wednesday, 3rd December, 2025 10.00 am</h2><ol>"
        "<li><h3><span>4.1</span> Minute of Previous Meeting</h3><p>The Committee resolved:-</p><p>to approve the "
        "minute.</p></li><li><h3><span>5.1</span> Committee Business Planner</h3><p>The Committee resolved:-</p>"
        "<p>to remove item 9 from the planner.</p></li></ol></body></html>",
        [("Committee Business Planner", "To remove item 9 from the planner.")],
    ),
    # The agenda's item number in square brackets after the title ('[Item 5]') is no part of it.
    "item-number-in-square-brackets.html": (
        "<html><body><h2>Select Committee - Thursday, 11th September, 2025</h2><p><b>REABLEMENT SERVICE [Item 5]</b>"
        "</p><p>RESOLVED: That the Director reports waiting times by district.</p></body></html>",
        [("REABLEMENT SERVICE", "That the Director reports waiting times by district.")],
    ),
    # A page's agenda laid out as a table whose cells hold a table of attachments (so it is read as text): its
    # number cell and title cell are words apart, and the number heads the item.
    "layout-table-number-and-title-cells.html": (
        "<html><body><h2>Fire Authority, Wednesday, 11 February, 2026</h2><table><tr><td>03</td><td>Minutes</td>"
        "<td><p>Resolved: that the minutes be signed.</p></td></tr><tr><td>05</td><td>Revenue Budget</td><td><p>"
        "Resolved: that the budget be approved.</p><table><tr><td>Attachment</td><td>Size</td></tr></table></td>"
        "</tr></table></body></html>",
        [("Revenue Budget", "That the budget be approved.")],
    ),
    # A committee system's notice beside a restricted report's title is no part of it.
    "restricted-enclosure.html": (
        "<html><body><h2>Pension Fund Committee - Wednesday, 9th July, 2025 10.00 am</h2>"
        "<p>8. Custodian Contract Review <span>Restricted enclosure <a href='#'>View the reasons why document is "
        "restricted</a></span></p><p>Minutes:</p><p>RESOLVED: That the contract be extended by a year.</p>"
        "</body></html>",
        [("Custodian Contract Review", "That the contract be extended by a year.")],
    ),
    # Minutes as one table an item, its first row 'Item | 4 – Title': the number is no part of the title.
    "item-row-with-number.html": (
        "<html><body><p>Minutes, Joint Committee, Friday 21 November 2025</p><table>"
        "<tr><td>Item</td><td>4 – Skills Fund Allocations</td></tr><tr><td>Summary of discussion</td>"
        "<td>Members discussed the bids.</td></tr><tr><td>Decision</td><td>The Joint Committee agreed to allocate "
        "£2m to the colleges.</td></tr></table></body></html>",
        [("Skills Fund Allocations", "To allocate £2m to the colleges.")],
    ),
    # A committee system's link to act on the item ('Share this item', 'Print this page') is no text of it, and
    # a minute's code with a title naming recommendations ('14/25 ... Recommendations Monitor') is an item.
    "share-link-coded-title.html": (
        "<html><body><h1>Minutes of the Police and Crime Panel, Thursday 6 March 2025</h1>"
        "<p><b>RESOLVED:</b> That the precept be supported.</p>"
        "<p>14/25 SCRUTINY RECOMMENDATIONS MONITOR PDF 88 KB</p>"
        "<ul><li><a href='#'>Print this page</a></li></ul>"
        "<p>To review the monitor.</p><p>Minutes:</p><p>RESOLVED: That the monitor be published.</p></body></html>",
        [
            (None, "That the precept be supported."),
            ("SCRUTINY RECOMMENDATIONS MONITOR", "That the monitor be published."),
        ],
    ),
    # An agenda lists the items before the minutes laid out as a table: the table is no summary of it.
    "agenda-then-table.html": (
        "<html><body><p>Minutes of the Village Hall Committee held on 9 May 2023</p><p>Agenda</p>"
        "<ul><li>Roof repairs</li><li>Heating</li></ul><table>"
        "<tr><th>Item</th><th>Discussion</th><th>Decision</th></tr>"
        "<tr><td>Roof repairs</td><td>Two quotes were received.</td>"
        "<td>RESOLVED: That the lower quote be accepted.</td></tr>"
        "<tr><td>Heating</td><td>The boiler is failing.</td>"
        "<td>RESOLVED: That the Treasurer seeks three quotes.</td></tr></table></body></html>",
        [
            ("Roof repairs", "That the lower quote be accepted."),
            ("Heating", "That the Treasurer seeks three quotes."),
        ],
    ),
    # A minute's code on a line of its own over its title; an action table's cells in the body's words.
    "code-own-line.txt": (
        "Minutes of the Parish Council held on 14 March 2024\n\nPC/24/031\nVillage Hall Roof\n\n"
        "Members discussed the survey.\n\n| Action agreed | Owner | By |\n|---|---|---|\n"
        "| Agreed that the roof be patched before Easter. | Clerk | April |\n"
        "| Officers to obtain two quotes for a new roof. | Clerk | May |\n",
        [
            ("Village Hall Roof", "That the roof be patched before Easter."),
            ("Village Hall Roof", "Officers to obtain two quotes for a new roof."),
        ],
    ),
    # A decision's lead over a table of what it decides (a schedule of grants): the lead is the record.
    "lead-over-table.txt": (
        "Minutes of the Grants Panel held on 2 February 2024\n\n12. Community Grants\n\n"
        "RESOLVED: That the grants set out below be awarded from the 2023/24 fund:\n\n"
        "| Group | Purpose | Amount |\n|---|---|---|\n| Youth Club | Minibus hire | £400 |\n"
        "| Bowls Club | New mats | £250 |\n",
        [("Community Grants", "That the grants set out below be awarded from the 2023/24 fund.")],
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
    # A summary whose item cells carry the minute numbers ('7/22 Cycle Parking'), its titles the start of
    # the minutes' longer ones.
    "summary-numbered.html": (
        "<html><body><table><tr><th>Minute and subject</th><th>Outcome</th></tr>"
        "<tr><td>7/22 Cycle Parking</td><td>Agreed to fund racks</td></tr>"
        "<tr><td>8/22 Bus Shelters</td><td>Agreed to survey shelters</td></tr></table>"
        "<p>Minutes of the meeting of the Council held on 29 March 2022</p>"
        "<p><b>7/22 Cycle Parking (Report PL/22/9)</b></p><p>RESOLVED: That the Council funds twenty cycle racks.</p>"
        "<p><b>8/22 Bus Shelters (Report PL/22/11)</b></p><p>RESOLVED: That officers survey every shelter.</p></body></html>",
        [
            ("Cycle Parking (Report PL/22/9)", "That the Council funds twenty cycle racks."),
            ("Bus Shelters (Report PL/22/11)", "That officers survey every shelter."),
        ],
    ),
    # Two forms in one record, each dated by its last row: each decision takes its own form's date.
    "decision-forms-dated-last.html": (
        "<html><body><table><tr><td>Subject</td><td>Bin Collection Days</td></tr>"
        "<tr><td>Decision</td><td>To move collections in Oldtown to Tuesdays.</td></tr>"
        "<tr><td>Date of decision</td><td>2 May 2023</td></tr></table>"
        "<table><tr><td>Subject</td><td>Recycling Centre Hours</td></tr>"
        "<tr><td>Decision</td><td>To open the centre on Sundays.</td></tr>"
        "<tr><td>Date of decision</td><td>9 May 2023</td></tr></table></body></html>",
        [
            ("Bin Collection Days", "To move collections in Oldtown to Tuesdays."),
            ("Recycling Centre Hours", "To open the centre on Sundays."),
        ],
    ),
    # The same form printed without its grid: each label on a line of its own over its value.
    "decision-form-lines.txt": (
        "RECORD OF AN OFFICER DECISION\n\nTitle of decision\nCommunity Toilet Scheme\n\n"
        "Date of decision\n3 October 2022\n\nDecision\nTo pay each member of the scheme £600 a year.\n\n"
        "Date of publication\n4 October 2022\n",
        [("Community Toilet Scheme", "To pay each member of the scheme £600 a year.")],
    ),
    # A decision form laid out as a table of labels and values: its title, its date, its decision.
    "decision-form.html": (
        "<html><body><h1>Officer decision record</h1><table>"
        "<tr><td>Title of decision</td><td>Parking Permit Charges</td></tr>"
        "<tr><td>Decision date</td><td>11 August 2022</td></tr>"
        "<tr><td>Decision taken</td><td>To increase the charge for a resident's permit to £40 a year.</td></tr>"
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
    # The date only in the running header of every page ('Licensing Committee – 14 March 2023').
    "header-date.txt": (
        "Licensing Committee – 14 March 2023\n\nLICENSING COMMITTEE\n\nMINUTES\n\n4. Taxi Fares\n\n"
        "RESOLVED: That the fares be increased by 5%.\n\nPage 1\n\fLicensing Committee – 14 March 2023\n\n"
        "5. Street Trading\n\nRESOLVED: That the consent fee be frozen.\n\nPage 2\n",
        [("Taxi Fares", "That the fares be increased by 5%."), ("Street Trading", "That the consent fee be frozen.")],
    ),
    # Paragraphs numbered three deep ('4.1.1'); a line-wrapped reference ('paragraph' / '3.2 (Funding)') goes on.
    "three-level-numbers.txt": (
        "Minutes of the Environment Committee held on 12 October 2022\n\n4. Street Lighting\n\n"
        "4.1 The Engineer reported on the lantern survey.\n\n"
        "4.1.1 It was agreed that the lanterns on Mill Road be replaced with LED units before the clocks go back.\n\n"
        "4.1.2 It was agreed that the Clerk circulates the costs set out in paragraph\n3.2 (Funding) of the report to all members before the budget meeting.\n",
        [
            ("Street Lighting", "That the lanterns on Mill Road be replaced with LED units before the clocks go back."),
            (
                "Street Lighting",
                "That the Clerk circulates the costs set out in paragraph 3.2 (Funding) of the report to all members before the budget meeting.",
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
    # Items numbered in brackets, each a bold line ("(4) Ferry Timetable"), after bold labels of who attended:
    # the items' titles, not "In attendance".
    "bracketed-bold-items.html": (
        "<html><body><p>Minutes of the meeting of the Harbour Board held on 3 March 2025</p>"
        "<p><b>Present</b></p><p>Ms A Lee (Chair), Mr B Khan</p><p><b>In attendance</b></p><p>C Doyle – Harbour Master</p>"
        "<p><b>(1) Apologies</b></p><p>None were received.</p>"
        "<p><b>(2) Ferry Timetable Review</b></p><p>The Harbour Master presented the report.</p>"
        "<p>Members resolved:</p><p>(i) to note the consultation; and</p><p>(ii) to adopt the winter timetable.</p>"
        "<p><b>(3) Slipway Charges</b></p><p>Members resolved to hold the charges at 2024 levels.</p></body></html>",
        [
            ("Ferry Timetable Review", "To adopt the winter timetable."),
            ("Slipway Charges", "To hold the charges at 2024 levels."),
        ],
    ),
    # An issue's page: its title names another body's minutes and their date, then the meeting that took them.
    "issue-title-names-minutes.html": (
        "<html><body><h1>Issue - meetings</h1><h2>Minutes of the meeting of the Licensing Panel held on 3 March 2025</h2>"
        "<h3>Meeting: 01/04/2025 - Cabinet (Item 12)</h3><h4>Minutes:</h4><p>The Chair of the Panel presented them.</p>"
        "<ol type='a'><li>that the minutes be noted; and</li><li>that the taxi fares review be brought forward.</li></ol>"
        "</body></html>",
        [
            (
                "Minutes of the meeting of the Licensing Panel held on 3 March 2025",
                "That the taxi fares review be brought forward.",
            )
        ],
    ),
    # Minutes in two languages side by side with the minute's number first ('12' | Cymraeg | English): the English
    # is read once, titled by its first words; a member of staff appointed is the council's own business.
    "bilingual-numbered-rows.html": (
        "<html><body><p>Minutes of the meeting of Aberwen Town Council held on 14 July 2025</p><table>"
        "<tr><td>12</td><td><p>Ymddiheuriadau</p><p>Derbyniwyd ymddiheuriadau gan y Cyng. Huws a'r Cyng. Owen.</p></td>"
        "<td><p>Apologies</p><p>Apologies were received from Cllr Huws and Cllr Owen.</p></td></tr>"
        "<tr><td>13</td><td><p>Meinciau'r Parc</p><p>Cafwyd trafodaeth am y meinciau yn y parc. PENDERFYNWYD prynu dwy "
        "fainc newydd i'r parc a gofyn i'r Clerc drefnu eu gosod cyn yr haf.</p></td>"
        "<td><p>Park Benches</p><p>The benches in the park were discussed. RESOLVED to buy two new benches for the park "
        "and to ask the Clerk to arrange their installation before the summer.</p></td></tr>"
        "<tr><td>14</td><td><p>Staffio</p><p>PENDERFYNWYD penodi'r ymgeisydd a ffefrir i swydd y Swyddog Digwyddiadau "
        "ac y bydd y Clerc yn rhoi gwybod i bawb.</p></td>"
        "<td><p>Staffing</p><p>RESOLVED to appoint the preferred candidate to the post of Events Officer.</p></td></tr>"
        "</table></body></html>",
        [
            ("Park Benches", "To buy two new benches for the park."),
            ("Park Benches", "To ask the Clerk to arrange their installation before the summer."),
        ],
    ),
    # Points labelled A, B, C before a capital, the letter set apart by spaces: the letters are their labels.
    "capital-letter-labels.html": (
        "<html><body><p>Minutes of the Cabinet held on 18 July 2024</p><p><b>14. Community Grants</b></p>"
        "<p>RESOLVED that:</p><p>A&nbsp;&nbsp;Cabinet endorsed the revised grants policy.</p>"
        "<p>B&nbsp;&nbsp;Cabinet asked the Scrutiny Committee to review the policy in a year.</p>"
        "<p>A member asked about small grants.</p></body></html>",
        [
            ("Community Grants", "Cabinet endorsed the revised grants policy."),
            ("Community Grants", "Cabinet asked the Scrutiny Committee to review the policy in a year."),
        ],
    ),
    # A task group's report: each recommendation in its findings, then all of them again in a closing table.
    "report-recommendations-table-again.html": (
        "<html><body><p>Rural Buses Task and Finish Group – Final Report</p><p>Date of meeting: 27 January 2025</p>"
        "<p>3. Findings</p><p>Recommendation 1: That the Council publishes one timetable for each market town.</p>"
        "<p>4. Summary of recommendations</p><table><tr><td>No.</td><td>Recommendation</td><td>Directed to</td></tr>"
        "<tr><td>1</td><td>That the Council publishes one timetable for each market town.</td><td>Cabinet</td></tr>"
        "</table></body></html>",
        [("Findings", "That the Council publishes one timetable for each market town.")],
    ),
    # A committee system's items: "Additional documents:" over nothing is no lead, so the next item's number is not
    # its point; "RESOLVED: That there were none." is what the meeting found, no decision.
    "papers-label-and-there-were-none.html": (
        "<html><body><h2>Overview and Scrutiny Committee - Tuesday 11 March 2025 6.30 pm</h2>"
        "<p>44.</p><p>Public Questions</p><p>Additional documents:</p><p>Minutes:</p>"
        "<p>RESOLVED: That there were none.</p>"
        "<p>45.</p><p>Library Opening Hours PDF 120 KB</p><p>Additional documents:</p>"
        "<p>Minutes:</p><p>RESOLVED: That the Saturday hours be extended.</p></body></html>",
        [("Library Opening Hours", "That the Saturday hours be extended.")],
    ),
    # Items grouped under a coded heading ("ES/023/25 ITEMS FOR DECISION"), each a bold title numbered (i), (ii).
    "roman-bold-sub-items.html": (
        "<html><body><p>Minutes of the Environmental Services Committee held on 4 February 2025</p>"
        "<p><b>ES/023/25 ITEMS FOR DECISION</b></p><p><b>(i) Dog Control Orders</b></p><p>The Manager reported.</p>"
        "<p>AGREED: that the orders be made.</p><p><b>(ii) Bulky Waste Charges</b></p>"
        "<p>AGREED: that the charge remain at £25.</p></body></html>",
        [("Dog Control Orders", "That the orders be made."), ("Bulky Waste Charges", "That the charge remain at £25.")],
    ),
    # An item's paper linked under its title by its code ("EC/04/25 Revised Admissions Policy (PDF, 340KB)"): the
    # item's, not a new one.
    "paper-linked-under-its-title.html": (
        "<html><body><p>Education Committee - Tuesday 25 February 2025</p><h3>3. Revised Admissions Policy 2025</h3>"
        "<p>Report by the Executive Director (EC/04/25)</p><p>EC/04/25 Revised Admissions Policy (PDF, 340KB)</p>"
        "<h4>Decision</h4><p>The Committee agreed to approve the revised policy.</p></body></html>",
        [("Revised Admissions Policy 2025", "To approve the revised policy.")],
    ),
    # Minutes whose titles are labelled "Min. 203:" and closed with a full stop, as a sentence would be.
    "minute-label-title-full-stop.txt": (
        "Minutes of Abermawr Community Council held on Tuesday 4th March 2025\n\nMin. 201: Apologies.\n"
        "Cllr Rhys sent apologies.\n\nMin. 202: Minutes of the last meeting.\nThe minutes of the meeting held on "
        "4th February were approved.\n\nMin. 203: Footpath repairs.\nThe Clerk reported on three stiles.\n"
        "RESOLVED to ask the county council to repair the stile at Cae Mawr.\n\nMin. 204: Grants.\n"
        "Min. 180 refers: The hall's letter was read.\nRESOLVED that £200 be given to the Eisteddfod.\n",
        [
            ("Footpath repairs", "To ask the county council to repair the stile at Cae Mawr."),
            ("Grants", "That £200 be given to the Eisteddfod."),
        ],
    ),
    # A town council's minutes numbered on from its first meeting (five figures), a councillor's own request after
    # the body's decision in the same paragraph (his, not the council's).
    "running-five-figure-minutes.txt": (
        "Minutes of the meeting of Brenton Town Council held on Monday, 7th May 2012 at 7pm\n\n"
        "16301 FOOTPATHS\nThe clerk reported that footpath 12 was overgrown. It was agreed to ask the county council "
        "to clear footpath 12. Councillor Venn asked that the stile at Ford Lane be checked too.\n\n"
        "16302 GRANTS\nRESOLVED that £100 be given to the youth club.\n\n"
        "16303 PLANNING\n12/00417/FUL – Rear extension, 4 Mill Lane. RESOLVED that the council raises no objection.\n",
        [
            ("FOOTPATHS", "To ask the county council to clear footpath 12."),
            ("GRANTS", "That £100 be given to the youth club."),
            ("PLANNING", "That the council raises no objection."),
        ],
    ),
    # A decisions notice numbering its items as the agenda's sub-items ("7.1", "7.2", no "7." above them), each
    # decision's points numbered 1, 2 within it.
    "decimal-items-no-parent.txt": (
        "DECISIONS OF THE CABINET\nTuesday, 14 January 2025\n\n7.1 Library Opening Hours\n\nReport of: Director "
        "of Communities\n\nDECISION\n\n1. To extend Saturday opening at the Central Library.\n\n2. To review the "
        "hours in a year.\n\n7.2 Parking Charges 2025/26\n\nDECISION\n\n1. To hold the charges at their 2024/25 "
        "levels.\n",
        [
            ("Library Opening Hours", "To extend Saturday opening at the Central Library."),
            ("Library Opening Hours", "To review the hours in a year."),
            ("Parking Charges 2025/26", "To hold the charges at their 2024/25 levels."),
        ],
    ),
    # A committee page's "No. | Item" table with its number cells empty: each row's first line in the Item column
    # (its papers' link after it) is the row's item.
    "item-column-unnumbered-rows.html": (
        "<html><body><h1>Agenda and minutes</h1><h2>Place Scrutiny Panel - Monday, 3rd February, 2025 6.00 pm</h2>"
        "<table><tr><th>No.</th><th>Item</th></tr><tr><td></td><td><p>Apologies for absence</p><p>None were "
        "received.</p></td></tr><tr><td></td><td><p>Street lighting review PDF 310 KB</p><p>The Head of Highways "
        "introduced the report.</p><p>That the Panel asks for the dimming trial's results in June.</p></td></tr>"
        "<tr><td></td><td><p>Work programme</p><p>That the work programme be agreed.</p></td></tr></table>"
        "</body></html>",
        [("Street lighting review", "That the Panel asks for the dimming trial's results in June.")],
    ),
    # A community council's text minutes whose topics are short lines in Title Case, each straight over its text
    # (no blank line between), "AOB" among them; "Matters Arising" over a blank line only groups the topics.
    "title-lines-over-text.txt": (
        "STRATHCORRIE COMMUNITY COUNCIL\n\nMinutes of a meeting held on 12 March 2024 in the Church Hall\n\n"
        "Matters Arising\n\nGritting on Braes Road\nThe bin at the top was empty all winter. JM to ask the council "
        "to refill it\n\nPlay Park\nNew swing seats fitted.\n\nHall Heating\nTwo quotes in.\nAgreed to accept "
        "the lower quote from Glen Heating\n\nAOB\nDR to find a date for the litter pick\n",
        [
            ("Gritting on Braes Road", "JM to ask the council to refill it."),
            ("Hall Heating", "To accept the lower quote from Glen Heating."),
            ("AOB", "DR to find a date for the litter pick."),
        ],
    ),
    # A parish committee's items in the agenda's long wording, each minute run on after a dash: the wording is the
    # item's title however long, when the minute after it is a sentence or opens with its resolution.
    "agenda-wording-dash-minute.txt": (
        "Notes of a meeting of the Amenities committee held on 21st February 2024\n\n"
        "1. To consider apologies for absence – Cllr Dunn\n\n"
        "2. To confirm the minutes of the meeting held on 17th January 2024 - It was RESOLVED: That the minutes be "
        "signed as a correct record.\n\n"
        "3. To receive a report on the bus shelter at Church Lane and consider the repair quotations - The clerk "
        "reported two quotations. It was RESOLVED: That the quotation from Lane Glazing of £640 be accepted.\n\n"
        "4. To agree the hanging basket order for the coming summer - It was RESOLVED: That forty baskets be "
        "ordered.\n",
        [
            (
                "To receive a report on the bus shelter at Church Lane and consider the repair quotations",
                "That the quotation from Lane Glazing of £640 be accepted.",
            ),
            ("To agree the hanging basket order for the coming summer", "That forty baskets be ordered."),
        ],
    ),
    # "That the Board:" over points that open with the body's deciding verb ("Resolved to ...", "Agreed that ..."):
    # the verb only introduces the decision, as under "The Board:-"; any other verb joins the stem.
    "that-body-over-deciding-verbs.html": (
        "<html><body><h1>Decision details</h1><h2>Depot Review</h2><h3>Decision:</h3>"
        "<p>RESOLVED: That the Board:</p><ol><li>Resolved to close the Kingsway depot in March.</li>"
        "<li>Agreed that the staff be offered posts at the Moor Lane depot.</li>"
        "<li>Requested that the union be consulted on the move.</li></ol><p>Date of decision: 03/12/2024</p>"
        "</body></html>",
        [
            ("Depot Review", "To close the Kingsway depot in March."),
            ("Depot Review", "That the staff be offered posts at the Moor Lane depot."),
            ("Depot Review", "That the Board requested that the union be consulted on the move."),
        ],
    ),
    # The vote printed as the first paragraph under "Resolved:", in brackets and naming each member: no decision.
    "vote-named-under-resolved.txt": (
        "Minutes of the Cabinet held on 14 October 2025\n\n6. Allotments Task Group\n\nResolved:\n\n"
        "(7 Members (Councillors Adair-Lloyd, Boyce, Cholmondeley, Dunmore, Ellery-Vaughan, Fennimore and Gwilliam) "
        "voted in favour and 1 Member "
        "(Councillor Grove) abstained.)\n\n(1) That recommendations 1 and 2 of the task group be accepted.\n\n"
        "(2) That the waiting list be reviewed annually.\n",
        [
            ("Allotments Task Group", "That recommendations 1 and 2 of the task group be accepted."),
            ("Allotments Task Group", "That the waiting list be reviewed annually."),
        ],
    ),
    # A board's minutes listing each paper's actions under "Action points arising:" (or "Actions arising:"),
    # each line who acts and what: records, as under "Actions:".
    "action-points-arising.txt": (
        "Minutes of the Harbour Board held on 6 June 2025\n\n4. Harbour Dues (Paper 2)\n\nThe Board discussed "
        "the proposed dues.\n\nAction points arising:\n\n- Harbour Master to publish the new dues by 1 July.\n\n"
        "- Finance Officer to report the income at the September meeting.\n\n5. Slipway Repairs (Paper 3)\n\n"
        "Actions arising:\n\n- Engineer to obtain two quotes for the slipway.\n",
        [
            ("Harbour Dues (Paper 2)", "Harbour Master to publish the new dues by 1 July."),
            ("Harbour Dues (Paper 2)", "Finance Officer to report the income at the September meeting."),
            ("Slipway Repairs (Paper 3)", "Engineer to obtain two quotes for the slipway."),
        ],
    ),
    # A coded minute whose title in capitals runs straight into its text, no colon or dash between them.
    "coded-capitals-title-run-on.txt": (
        "MINUTES OF THE CABINET HELD ON WEDNESDAY, 2ND APRIL 2025\n\n151/24 APOLOGIES None were received.\n\n"
        "152/24 PLAY AREA REFURBISHMENT 2025/26 The Cabinet considered three quotations for the work. RESOLVED that "
        "the quotation from Parkside Play be accepted.\n",
        [("PLAY AREA REFURBISHMENT 2025/26", "That the quotation from Parkside Play be accepted.")],
    ),
    # Numbered titles closed with a full stop, as a county's scrutiny minutes print them; a numbered sentence is no
    # title, nor a sub-item's heading ending on an initial ("(c) ... Chair, Councillor D.").
    "numbered-titles-full-stop.txt": (
        "Minutes of a meeting of the Scrutiny Commission held on Wednesday, 5 March 2025.\n\n71. Minutes.\n"
        "The minutes of the meeting held on 22 January 2025 were confirmed.\n\n72. Library Opening Hours 2025/26."
        "\nThe Commission considered a report of the Director.\n\nRESOLVED that the Cabinet be asked to keep Saturday "
        "opening.\n\n73. Members asked about the mobile library.\nRESOLVED that the routes be reviewed.\n",
        [
            ("Library Opening Hours 2025/26", "That the Cabinet be asked to keep Saturday opening."),
            ("Library Opening Hours 2025/26", "That the routes be reviewed."),
        ],
    ),
    # A community council's decisions opened by who moved and seconded them ("On the proposition of Cllr. A, and
    # seconded by Cllr. B, the Council resolved to ..."), and a resolution to approve "the following payments:" over
    # the table of them: the lead is the decision, the table its data.
    "proposition-preamble-payments-table.html": (
        "<html><body><p>Minutes of the ordinary meeting held on Monday 17th March 2025</p><h3>7. Finance</h3>"
        "<p>On the proposition of Cllr. Aled Morgan, and seconded by Cllr. Mark Hollis, the Council resolved to "
        "renew the insurance with Zurich.</p><p>It was RESOLVED to approve the following payments:</p><table>"
        "<tr><td>Clerk's salary</td><td>£286.00</td></tr><tr><td>Hall hire</td><td>£30.00</td></tr></table>"
        "<h3>8. Highways</h3><p>The Clerk to report the blocked culvert to the County Council.</p></body></html>",
        [
            ("Finance", "To renew the insurance with Zurich."),
            ("Finance", "To approve the following payments."),
            ("Highways", "The Clerk to report the blocked culvert to the County Council."),
        ],
    ),
    # A town council's coded minutes: a title in capitals with a dash in it run straight into its minute,
    # "Councillors agreed to ..." as the council's decision, and "Majority vote" after it (the vote, not its words).
    "councillors-agreed-majority-vote.txt": (
        "MINUTES OF THE MEETING OF LLANFAIR TOWN COUNCIL HELD ON MONDAY 24TH FEBRUARY 2025\n\n"
        "418/04 CORRESPONDENCE\n\na) Membership of One Voice Wales – Councillors agreed to renew the membership for "
        "2025/26. Majority vote\n\n418/05 GRANT REQUEST – BOWLING CLUB A request was received for help with the "
        "pavilion roof. It was agreed to award a grant of £250 to the club.\n",
        [
            ("CORRESPONDENCE", "To renew the membership for 2025/26."),
            ("GRANT REQUEST – BOWLING CLUB", "To award a grant of £250 to the club."),
        ],
    ),
    # A panel's text minutes with each item's number in a column of its own and the report's author on the line
    # under its title: the title alone is the item.
    "number-column-title-over-report-of.txt": (
        "Minutes of the Police and Crime Panel held on 9 November 2023\n\n6   Rural Crime Strategy Delivery Update and "
        "Farm Watch Pilot\n    Report of the Police and Crime Commissioner\n\nThe Panel considered the report.\n\n"
        "RESOLVED: That the Commissioner shares the evaluation of the pilot with the Panel.\n",
        [
            (
                "Rural Crime Strategy Delivery Update and Farm Watch Pilot",
                "That the Commissioner shares the evaluation of the pilot with the Panel.",
            )
        ],
    ),
    # A parish clerk's minutes: titles in capitals closed by a full stop, run into their minute ("FINANCE. The
    # balance ...") or in bold on their own; a narrative sentence, then the resolution over its table of payments.
    "capitals-titles-full-stop-run-in.html": (
        "<html><body><p>MINUTES of the meeting of ASHWELL PARISH COUNCIL held on Monday 9th September 2024</p>"
        "<p>FINANCE. The balance at the bank on 31st August was £4,120.50. It was RESOLVED to approve the following "
        "payments:</p><table><tr><td>Mr Perrett</td><td>Mower service</td><td>£150.75</td></tr></table>"
        "<p>PLANNING. A letter had been received about the garden room. It was RESOLVED to support the application."
        "</p><p><b>HIGHWAYS AND FOOTPATHS.</b></p><p>It was agreed that the Clerk writes to the County Council about "
        "the east footpath.</p></body></html>",
        [
            ("FINANCE", "To approve the following payments."),
            ("PLANNING", "To support the application."),
            ("HIGHWAYS AND FOOTPATHS", "That the Clerk writes to the County Council about the east footpath."),
        ],
    ),
    # A decisions page's entry whose title has a dash of its own ("12/11/2024 - Petition - request for ..."): the
    # date and the whole title, not a minute's code cut at the first dash.
    "decision-entry-title-with-dash.txt": (
        "Decisions\n\n12/11/2024 - Petition - request for a pedestrian crossing, Mill Lane ref: 1396    "
        "Recommendations Approved\n\nDecision Maker: Lead Member for Transport\n\nDecision:\n\n"
        "The Lead Member RESOLVED to ask officers to survey Mill Lane in the spring.\n",
        [
            (
                "Petition - request for a pedestrian crossing, Mill Lane",
                "To ask officers to survey Mill Lane in the spring.",
            )
        ],
    ),
    # A parish's text minutes with no space after each item's number ("6.PLAYING FIELD"), and the numbered action
    # line after a decision ("Action 6.01: Clerk.") naming who acts, no part of it.
    "number-no-space-numbered-action.txt": (
        "HARBY GREEN PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held on Monday 10th February 2025\n\n"
        "5.APOLOGIES FOR ABSENCE\n\nApologies were received from Cllr Cavell.\n\n6.PLAYING FIELD\n\nIt was agreed "
        "that the goalposts be replaced at a cost not exceeding £400. Action 6.01: Clerk.\n\n7.HIGHWAYS\n\nIt was "
        "agreed that the Clerk reports the pothole on Church Lane.\n",
        [
            ("PLAYING FIELD", "That the goalposts be replaced at a cost not exceeding £400."),
            ("HIGHWAYS", "That the Clerk reports the pothole on Church Lane."),
        ],
    ),
    # A community council's agenda numbers without points, its titles in sentence case closed by a full stop.
    "bare-numbers-sentence-case-titles-stop.html": (
        "<html><body><p>Minutes of the Community Council Meeting held on Tuesday, 16th April 2024.</p>"
        "<p>1 Apologies</p><p>Apologies were received from Cllr Bevan.</p><p>2 Planning applications.</p>"
        "<p>Agreed to support the application for a garage at Tyddyn Bach.</p><p>3 Correspondence.</p>"
        "<p>Agreed that the membership of One Voice Wales be renewed.</p></body></html>",
        [
            ("Planning applications", "To support the application for a garage at Tyddyn Bach."),
            ("Correspondence", "That the membership of One Voice Wales be renewed."),
        ],
    ),
    # Actions from the last meeting reported on by number, one of them quoting a recommendation with "... refers."
    "action-number-refers.txt": (
        "Minutes of the Overview Committee held on 25 November 2025\n\n43. Matters Arising\n\nAction No. 28 – Recommendation "
        "No 2, 'To ask the Portfolio Holder to publish the waiting list', page 14 of the Agenda refers.\n\n"
        "The Assistant Director advised that the list would be published in January.\n\n44. Beach Huts\n\n"
        "RESOLVED that the Committee reviews the beach hut charges in March.\n",
        [("Beach Huts", "That the Committee reviews the beach hut charges in March.")],
    ),
    # Two decisions in one paragraph, the second the body's own act in the past tense ("The meeting authorised ...").
    "agreed-then-body-authorised.txt": (
        "Minutes of Brackley Parish Council held on 20 November 2024\n\n8. Dog Fouling\n\nComplaints had risen. "
        "The meeting agreed to buy two more bins for the path. The meeting authorised the Clerk to ask the County "
        "Council to add them to its emptying round.\n",
        [
            ("Dog Fouling", "To buy two more bins for the path."),
            (
                "Dog Fouling",
                "The meeting authorised the Clerk to ask the County Council to add them to its emptying round.",
            ),
        ],
    ),
    # A parish's motions each carried by "RESOLVED" alone on the line under them; one lost is nothing, and a
    # resolution written under its "RESOLVED" is the decision, not the words moved.
    "motion-then-resolved.txt": (
        "Minutes of the meeting of Lowbeck Parish Council held on 6 November 2024\n\n"
        "45/24 FOOTPATHS\n\nIt was proposed by Cllr Ives and seconded by Cllr Moss that the Clerk reports the broken "
        "stile on Footpath 7 to the County Council.\n\nRESOLVED\n\n"
        "46/24 PLAY AREA\n\nIt was proposed by Cllr Moss and seconded by Cllr Dale that a new swing be bought.\n\n"
        "LOST\n\n"
        "47/24 GRANTS\n\nIt was proposed by Cllr Dale and seconded by Cllr Ives that the grant be paid.\n\nRESOLVED\n\n"
        "That a grant of £300 be paid to the Lowbeck Village Hall.\n",
        [
            ("FOOTPATHS", "That the Clerk reports the broken stile on Footpath 7 to the County Council."),
            ("GRANTS", "That a grant of £300 be paid to the Lowbeck Village Hall."),
        ],
    ),
    # A task group's report: "agreed" describing the review's terms ("The agreed terms of reference were:") decides
    # nothing, so the aims under it are no records; its recommendations are.
    "review-terms-agreed.txt": (
        "Play Provision Task Group: final report\n\nDate of meeting: 3 March 2026\n\n"
        "1. Scope\n\nThe agreed terms of reference were:\n\n(a) to map the play areas in the borough;\n\n"
        "(b) to hear from parents about them.\n\n2. Recommendations\n\nThe Task Group recommends:\n\n"
        "(a) That every play area is inspected each month.\n\n(b) That the map is published.\n",
        [
            (None, "That every play area is inspected each month."),  # a report's section, no agenda item
            (None, "That the map is published."),
        ],
    ),
    # A cabinet's page: under "Reasons for decision" the body's reasons, in its own words ("Cabinet agreed to
    # extend ... following ...") are no decision, until the next section's label; the call-in's expiry under its long
    # label is no meeting's date.
    "reasons-and-call-in.html": (
        "<html><body><h2>CABINET - Thursday, 13th November, 2025 7.00 pm</h2>"
        "<p>6. Libraries Strategy</p><p>RESOLVED:</p><p>That the Cabinet approves the Libraries Strategy.</p>"
        "<p>Reasons for decision</p><p>Cabinet agreed to adopt a strategy following the consultation.</p>"
        "<p>Alternative options considered and rejected</p><p>None.</p>"
        "<p><b>Scrutiny Considerations</b></p><p>The Committee resolved to endorse the recommendations.</p>"
        "<p>Expiry date for any scrutiny call-in / date decisions can be implemented (if no call-in)</p>"
        "<p>5pm, Friday 21 November 2025</p>"
        "<p>7. School Streets</p><p>RESOLVED:</p><p>That the Cabinet extends School Streets to six schools.</p>"
        "</body></html>",
        [
            ("Libraries Strategy", "That the Cabinet approves the Libraries Strategy."),
            ("Libraries Strategy", "To endorse the recommendations."),  # a section of its own: the reasons ended
            ("School Streets", "That the Cabinet extends School Streets to six schools."),
        ],
    ),
    # Points numbered in square brackets ("[1]", "[2]") under "RESOLVED: That:" are its points.
    "bracketed-numbers.txt": (
        "Minutes of the Audit Panel held on 5 May 2025\n\n4. Risk Register\n\nRESOLVED: That:\n\n"
        "[1] the register be noted;\n\n[2] the Treasurer reviews the cyber risk by July; and\n\n"
        "[3] the Panel receives the register each quarter.\n",
        [
            ("Risk Register", "That the Treasurer reviews the cyber risk by July."),
            ("Risk Register", "That the Panel receives the register each quarter."),
        ],
    ),
    # A committee page saved as text: each item's title is a line ending in its report's link ("pdf icon PDF 61
    # KB"); an appendix's link under it, or the links listed under "Supporting documents:", are papers, not items.
    "titles-by-their-links.txt": (
        "Agenda and minutes\n\nParks Joint Committee - Tuesday 4 March 2025 2.00 pm\n\nNo. Item\n\n"
        "Tree Planting Programme pdf icon PDF 61 KB\n\nAppendix A - site list pdf icon PDF 20 KB\n\n"
        "To agree the planting programme.\n\nRESOLVED that the programme be agreed.\n\n"
        "Play Area Repairs pdf icon PDF 44 KB\n\nRESOLVED to repair the two play areas by June.\n\n"
        "Supporting documents:\n\nPlay Area Repairs - officer report PDF 90 KB\n\n"
        "Play Area Repairs - costs PDF 12 KB\n\nRESOLVED that officers report in June.\n",
        [
            ("Tree Planting Programme", "That the programme be agreed."),
            ("Play Area Repairs", "To repair the two play areas by June."),
            ("Play Area Repairs", "That officers report in June."),
        ],
    ),
    # A town council's minute number on a line of its own ("Minute 204"), its title on the next (dated by a line
    # above it, never by the last minutes' date in the title); "to accept and adopt the minutes" is the meeting's
    # own business.
    "minute-number-alone.txt": (
        "Full Council\n\n24/02/2025 at 6:30 pm\n\nMinute 204\n\n"
        "Minutes of the meeting of Full Council held on 27th January 2025\n\n"
        "It was RESOLVED to accept and adopt the minutes of the above meeting.\n\nMinute 205\n\nGrant Applications\n\n"
        "It was RESOLVED to award a grant of £500 to the Male Voice Choir.\n",
        [("Grant Applications", "To award a grant of £500 to the Male Voice Choir.")],
    ),
    # A borough's minutes typed with running numbers, each title closed by a colon ("515.  Housing Repairs:").
    "running-numbers-colon-titles.txt": (
        "OVERVIEW AND SCRUTINY COMMITTEE                MINUTES\n\n23 MARCH 2026\n\n"
        "514.  Minutes:\n\n      RESOLVED:  That the minutes of the meeting held on 9 February 2026\n"
        "      be taken as read and signed as a correct record.\n\n"
        "515.  Housing Repairs Contract - Performance Update:\n\n      RESOLVED:  That\n\n"
        "      (1)   the report be noted;\n\n      (2)   the Director be requested to provide monthly figures.\n\n"
        "516.  Scrutiny Work Programme 2026/27:\n\n      RESOLVED:  That the programme be agreed.\n",
        [
            (
                "Housing Repairs Contract - Performance Update",
                "That the Director be requested to provide monthly figures.",
            ),
            ("Scrutiny Work Programme 2026/27", "That the programme be agreed."),
        ],
    ),
    # A parish committee's minutes: "It was recommended that ..." is the committee's own recommendation to the
    # council (no officer or report named), and a coded title run on after a dash into a short note ("– previously
    # circulated to members.") ends at the dash.
    "committee-it-was-recommended.txt": (
        "Minutes of the Finance Committee meeting held on 4th March 2025\n\n"
        "45/24 Grant applications – It was recommended that a grant of £300 be awarded to the Scouts.\n\n"
        "46/24 Bank reconciliation for January 2025 – previously circulated to members. It was recommended that "
        "the reconciliation be accepted.\n",
        [
            ("Grant applications", "That a grant of £300 be awarded to the Scouts."),
            ("Bank reconciliation for January 2025", "That the reconciliation be accepted."),
        ],
    ),
    # A Scottish community council's minute: lettered sub-items in sentence case under an item in capitals are
    # items of their own, except a member's report ("(a) Footpaths Group - Chair, Councillor A. Bell"); the last
    # minute "approved, being proposed by ... and seconded by ..." is the meeting's own business.
    "lettered-sub-items-under-capitals.txt": (
        "MINUTE of the MEETING of NETHERTON COMMUNITY COUNCIL, held on MONDAY, 3 MARCH 2025\n\n"
        "1.  ADOPTION OF MINUTES\n\nRESOLVED that the Minute of the Meeting held on 13 January 2025 was approved,\n"
        "being proposed by Mrs S Flett and seconded by Mr T Drever.\n\n2.  CORRESPONDENCE\n\n"
        "(a) Netherton Hall Committee - Request for Financial Assistance\n\nMembers discussed the request, and it "
        "was:-\n\nRESOLVED to grant £300 to the Hall Committee.\n\n(b) Bus Shelter Repairs\n\nRESOLVED that the "
        "Clerk write to the Council about the shelter.\n\n3.  TASK GROUPS\n\n"
        "(a) Footpaths Group - Chair, Councillor A. Bell\n\nRESOLVED that the Group's map be published.\n",
        [
            ("Netherton Hall Committee - Request for Financial Assistance", "To grant £300 to the Hall Committee."),
            ("Bus Shelter Repairs", "That the Clerk write to the Council about the shelter."),
            ("TASK GROUPS", "That the Group's map be published."),
        ],
    ),
    # A parish committee's items in the agenda's own words, each a sentence ("5. To consider the draft budget ...
    # ."), numbered on from the last: each is the next item, its stop kept, never a decision or a point.
    "agenda-wording-items.txt": (
        "Minutes of the Finance Committee held on Tuesday 14th October 2025\n\n4. Financial Matters\n\n"
        "ACTION: RFO to obtain a revised quotation for the wall.\n\n"
        "5. To consider the draft budget for 2026/27 and recommend a precept to Full Council.\n\n"
        "It was RESOLVED to recommend a precept of £48,200.\n\n6. To review the insurance renewal.\n\n"
        "It was RESOLVED to renew the policy for three years.\n",
        [
            ("Financial Matters", "RFO to obtain a revised quotation for the wall."),
            (
                "To consider the draft budget for 2026/27 and recommend a precept to Full Council.",
                "To recommend a precept of £48,200.",
            ),
            ("To review the insurance renewal.", "To renew the policy for three years."),
        ],
    ),
    # A portfolio holder's decision under "The Cabinet Member:": a past-tense point joins the stem, one that agrees
    # loses the decider's name and verb ("Agreed that the policy be reviewed ..." is "That the policy be ...");
    # Part Two's items "exempt from disclosure" are the meeting's conduct; "in the Chair" under it is the signature.
    "cabinet-member-agreed-that.txt": (
        "Decisions of the Cabinet Member for Schools taken on 12 March 2026\n\n4. Part Two Proceedings\n\n"
        "RESOLVED: That the items in Part Two of the agenda and the decisions thereon remain exempt from disclosure "
        "to the press and public.\n\n5. School Transport Policy\n\n"
        "Decision:\n\nThe Cabinet Member:\n\n1. Approved the transport policy at Annex 1.\n\n"
        "2. Agreed that the policy be reviewed in autumn 2026.\n\nin the Chair\n",
        [
            ("School Transport Policy", "The Cabinet Member approved the transport policy at Annex 1."),
            ("School Transport Policy", "That the policy be reviewed in autumn 2026."),
        ],
    ),
    # "AGREED to" before what was agreed to ("the petition request") joins the stem as "approved" would; before what
    # is to be done ("receive a further report") it is the deciding verb, which goes.
    "agreed-to-a-request.txt": (
        "Cabinet, Thursday 6 March 2025\n\n6. Petition - Wharf Lane Toilets\n\nRESOLVED: That Cabinet\n\n"
        "1. AGREED to the petition request to keep the toilets open for two years.\n\n"
        "2. AGREED to receive a further report in June.\n",
        [
            (
                "Petition - Wharf Lane Toilets",
                "That Cabinet AGREED to the petition request to keep the toilets open for two years.",
            ),
            ("Petition - Wharf Lane Toilets", "To receive a further report in June."),
        ],
    ),
    # A parish's minute codes with dashes ("OM-25-005"), each title in capitals run on to its minute after a colon
    # (a dash inside the title is the title's: "FOOTPATH 14 - VEGETATION:").
    "dashed-codes-run-on.txt": (
        "Minutes of the Ordinary Meeting of the Council held on Wednesday 15th January 2025\n\n"
        "OM-25-004 CLERK'S REPORT: The Clerk's report had been circulated. The report was noted.\n\n"
        "OM-25-005 FOOTPATH 14 - VEGETATION: Members discussed the concerns raised. It was RESOLVED that the Clerk "
        "asks the County Council to cut back the vegetation.\n\n"
        "OM-25-006 PLAY AREA INSPECTION: The report had been circulated. It was RESOLVED to replace the swing chains.\n",
        [
            ("FOOTPATH 14 - VEGETATION", "That the Clerk asks the County Council to cut back the vegetation."),
            ("PLAY AREA INSPECTION", "To replace the swing chains."),
        ],
    ),
    # A town council's numbered items, each title in capitals run straight into its minute ("3. TOWN CENTRE
    # PLANTERS Following the presentation, ...").
    "numbered-capitals-run-on.txt": (
        "MINUTES OF THE MONTHLY MEETING HELD ON 27 MARCH 2025\n\n"
        "1. APOLOGIES FOR ABSENCE were received from Cllr Rees and Cllr Lloyd.\n\n"
        "2. MATTERS ARISING Cllr Price reported that the footbridge railings were still damaged.\n\n"
        "Clerk to write again to the County Council regarding the railings.\n\n"
        "3. TOWN CENTRE PLANTERS Following the presentation, members discussed the proposal from the group.\n\n"
        "RESOLVED: That Council accepts the offer to maintain the six planters.\n",
        [
            ("MATTERS ARISING", "Clerk to write again to the County Council regarding the railings."),
            ("TOWN CENTRE PLANTERS", "That Council accepts the offer to maintain the six planters."),
        ],
    ),
    # A title printed as its report's link, the icon's word before it and the file's size after it ("pdf Car Parks
    # Tariff Review (234Kb)"): neither is the title's.
    "link-icon-and-size.txt": (
        "Cabinet - Tuesday 3 June 2025\n\n6. pdf Car Parks Tariff Review (234Kb)\n\n"
        "RESOLVED: That the new tariffs be approved.\n",
        [("Car Parks Tariff Review", "That the new tariffs be approved.")],
    ),
    # A district's minutes numbered "75.0" over their paragraphs "75.1", "75.2" (no bold in a text file): each
    # "N.0" line is the minute's title.
    "point-zero-titles.txt": (
        "MINUTES OF THE CABINET MEETING HELD ON WEDNESDAY 17TH SEPTEMBER 2025\n\n"
        "75.0   Review of Bus Shelter Maintenance\n\n75.1   The Portfolio Holder introduced the report.\n\n"
        "75.2   RESOLVED: That the transfer of 142 shelters be agreed.\n\n76.0   Financial Strategy\n\n"
        "76.1   RESOLVED: That the Section 151 Officer prepare budget proposals.\n",
        [
            ("Review of Bus Shelter Maintenance", "That the transfer of 142 shelters be agreed."),
            ("Financial Strategy", "That the Section 151 Officer prepare budget proposals."),
        ],
    ),
    # A committee page: under "Minutes:" the item's title again in capitals ("4.0 REVIEW OF TAXI FARES") keeps the
    # title as the agenda printed it.
    "title-again-under-minutes.txt": (
        "Licensing Committee - Friday 16 May 2025\n\n4. Review of Taxi Fares pdf icon PDF 233 KB\n\n"
        "Consider report by Licensing Team Leader.\n\nMinutes:\n\n4.0 REVIEW OF TAXI FARES\n\n"
        "4.1 There had been circulated a report.\n\nAGREED to consult on the revised fares.\n",
        [("Review of Taxi Fares", "To consult on the revised fares.")],
    ),
    # A parish committee's items numbered with a comma ("3, To consider planning application 145662 ..."), each
    # decision closed by the word "Resolved" where a full stop would be.
    "comma-numbers-resolved-after.txt": (
        "Minutes of the Planning Committee held at 7.00pm on 21st August 2025\n\n"
        "1, Apologies\n\nApologies from Cllr T Dent (work), accepted\n\n"
        "2, To receive the notes of the last meeting\n\nAgreed and signed Resolved\n\n"
        "3, To consider planning application 145662 - side extension, 12 Orchard Rise\n\n"
        "Plans viewed. It was agreed to respond with no objection Resolved\n\n"
        "4, To discuss the appeal decision at Mill Farm\n\nIt was agreed to ask for a review of the policy Resolved\n",
        [
            (
                "To consider planning application 145662 - side extension, 12 Orchard Rise",
                "To respond with no objection.",
            ),
            ("To discuss the appeal decision at Mill Farm", "To ask for a review of the policy."),
        ],
    ),
    # An agenda pack: the agenda (its date on the line under its title) proposes; the last meeting's minutes in the
    # pack decide, "It was RESOLVED by 7 votes to 2" leading their points.
    "agenda-pack-with-last-minutes.txt": (
        "Navigation Committee\n\nAGENDA\n\nThursday 23 October 2025\n\n"
        "1. To receive apologies for absence\n\n2. Proposed Navigation Charges for 2026/27\n\n"
        "Navigation Committee\n\nMinutes of the meeting held on 11 September 2025\n\n"
        "9      Moorings Strategy: Consultation Response\n\n9.1   Members discussed the draft.\n\n"
        "       It was RESOLVED by 7 votes to 2\n\n"
        "       (i)    to endorse the draft response; and\n\n       (ii)   to ask officers to add the comments.\n",
        [
            ("Moorings Strategy: Consultation Response", "To endorse the draft response."),
            ("Moorings Strategy: Consultation Response", "To ask officers to add the comments."),
        ],
    ),
    # A committee that "AGREED to recommend that X, and that Y" in one sentence closing its discussion: two records,
    # the second a decision of its own ("That Y").
    "agreed-to-recommend-that-and-that.html": (
        "<html><body><h1>Communities Scrutiny Committee</h1><p>Thursday, 5 March 2026</p>"
        "<h2>4. Library Service Annual Review</h2><p>Members asked about opening hours in the smaller branches.</p>"
        "<p>Having considered the review the Committee AGREED to request that the Cabinet adopt the review (Option 2), "
        "and that the service report visitor numbers by branch in its next review.</p></body></html>",
        [
            ("Library Service Annual Review", "To request that the Cabinet adopt the review (Option 2)."),
            ("Library Service Annual Review", "That the service report visitor numbers by branch in its next review."),
        ],
    ),
    # A point that notes a thing described by a clause between commas ("X, which covers ..., be noted") notes.
    "noted-with-which-clause.txt": (
        "Highways and Transport Committee\n\nMinutes of the meeting held on 14 October 2025\n\n"
        "3. Winter Service Plan 2025/26\n\nRESOLVED:\n\n"
        "3.1 That the extent of the salting network, which covers 41 per cent of the county's roads, be noted.\n"
        "3.2 That the Director of Highways be authorised to add routes to the network in severe weather.\n",
        [
            (
                "Winter Service Plan 2025/26",
                "That the Director of Highways be authorised to add routes to the network in severe weather.",
            )
        ],
    ),
    # A running minute number, the agenda's number in brackets and the title in capitals run on into the minute after
    # a dash ("1014 (12) GAMBLING ACT 2005 – STATEMENT OF PRINCIPLES 2026-2029 – The Director submitted ...").
    "running-minute-bracketed-agenda-number-capitals-dash.txt": (
        "Licensing Committee – 10 March 2026\n\n"
        "1012 MINUTES – Resolved – That the minutes of the meeting held on 13 January 2026 be signed.\n\n"
        "1013 (12) TAXI LICENSING POLICY 2026-2029 – DRIVER STANDARDS – The Director submitted a report on the new "
        "standards for drivers and the consultation on them.\n\n"
        "Resolved – (a) That the policy be recommended to council for adoption; and (b) that the Director be "
        "authorised to publish it.\n\n"
        "1014 (13) LICENSING FEES 2026/27 – The Director submitted a report setting out the proposed fees.\n\n"
        "Resolved – That the fees be approved from 1 April 2026.\n",
        [
            (
                "TAXI LICENSING POLICY 2026-2029 – DRIVER STANDARDS",
                "That the policy be recommended to council for adoption.",
            ),
            ("TAXI LICENSING POLICY 2026-2029 – DRIVER STANDARDS", "That the Director be authorised to publish it."),
            ("LICENSING FEES 2026/27", "That the fees be approved from 1 April 2026."),
        ],
    ),
    # A community council's items numbered "4.0", the title closed by a colon and run on into the agenda's wording,
    # the minute in paragraphs "4.1", "4.2" below.
    "decimal-nought-title-colon-agenda-wording.txt": (
        "MINUTES of the ORDINARY MEETING on Tuesday 27th February 2024 at the Memorial Hall.\n\n"
        "3.0 Minutes of Meetings: to approve the minutes of the meeting of 30th January 2024.\n"
        "Resolved: to approve the minutes as a correct record.\n"
        "4.0 Highways and Footpaths: to receive reports on highways matters and to resolve on any actions.\n"
        "4.1 The Clerk reported flooding at the junction of Mill Lane. Resolved: to report the blocked gully.\n"
        "4.2 Resolved: to accept the quotation of £385 to replace the stile on Footpath 14.\n"
        "5.0 Finance: to receive the financial statement and to approve payments.\n"
        "5.1 Resolved: to award a grant of £250 to the Youth Football Club.\n",
        [
            ("Highways and Footpaths", "To report the blocked gully."),
            ("Highways and Footpaths", "To accept the quotation of £385 to replace the stile on Footpath 14."),
            ("Finance", "To award a grant of £250 to the Youth Football Club."),
        ],
    ),
    # A town council's decisions, each "That, X" with the comma printed and run on by "and," into the next one.
    "that-comma-points-and-comma.html": (
        "<html><body><h2>Planning Committee - Tuesday, 18th June, 2024</h2>"
        "<p>P118 Street Naming - Land off Mill Lane</p><p>RESOLVED:</p>"
        "<p>1. That, the report be noted and,</p><p>2. That, the name Weavers Close be put forward and,</p>"
        "<p>3. That, the developer be asked to add a heritage board.</p>"
        "<p>P119 Application for Pavement Licence - The Old Forge Café, 2 Bridge Street, Ashcombe</p><p>RESOLVED:</p>"
        "<p>That, the Town Council has no objection to this application, and that this be forwarded to the "
        "District Council.</p><p>Finance: Resolved: That, the report be noted and, That, the payments be approved.</p>"
        "</body></html>",
        [
            ("Street Naming - Land off Mill Lane", "That, the name Weavers Close be put forward."),
            ("Street Naming - Land off Mill Lane", "That, the developer be asked to add a heritage board."),
            (
                "Application for Pavement Licence - The Old Forge Café, 2 Bridge Street, Ashcombe",
                "That, the Town Council has no objection to this application.",
            ),
            (
                "Application for Pavement Licence - The Old Forge Café, 2 Bridge Street, Ashcombe",
                "That this be forwarded to the District Council.",
            ),
            (
                "Application for Pavement Licence - The Old Forge Café, 2 Bridge Street, Ashcombe",
                "That, the payments be approved.",
            ),
        ],
    ),
    # A Cabinet's table of items saved as text, one cell to a line: the code over two lines ("CAB" / "63/25"), the
    # title in capitals, a decision record's number, then the decisions numbered with no "RESOLVED" over them; a
    # minute's sentence ending straight above the next code.
    "table-saved-as-text-code-over-two-lines.txt": (
        "Cabinet Minutes\n\nThursday, 16th October, 2025\n"
        "Present: Cllr Moira Hutchence (Chairman), Cllr Barry Aldwinckle, Cllr Lesley Dunmore and Cllr Paul Fairbairn, "
        "with officers from Finance, Children's Services and Legal and Democratic Services.\n"
        "Item Description Decision\nCAB\n62/25\nMINUTES\n"
        "The minutes of the meeting held on 18 September 2025 were signed by the Chairman.\n"
        "CAB\n63/25\nSCHOOL ADMISSION ARRANGEMENTS 2027/28\nCabinet Decision Record D250101\n\n"
        "1. the admission arrangements for 2027/28 be determined as set out in Appendix 1 to the report.\n\n"
        "2. the co-ordinated admission schemes be approved.\n"
        "CAB\n64/25\nCORPORATE PARENTING ANNUAL REPORT\nCabinet Decision Record D250102\n\n"
        "1. the Annual Report be noted.\n\n2. the Board's priorities for 2025/26 be endorsed.\n",
        [
            (
                "SCHOOL ADMISSION ARRANGEMENTS 2027/28",
                "The admission arrangements for 2027/28 be determined as set out in Appendix 1 to the report.",
            ),
            ("SCHOOL ADMISSION ARRANGEMENTS 2027/28", "The co-ordinated admission schemes be approved."),
            ("CORPORATE PARENTING ANNUAL REPORT", "The Board's priorities for 2025/26 be endorsed."),
        ],
    ),
    # Each item's title followed by the time the committee took it ("(6.25pm)"), and a decision whose second half
    # waits on a condition ("should no objections be received"): a decision, not a noting.
    "timed-titles-conditional-received.txt": (
        "Licensing and Regulatory Committee\n\n10 November 2025\n\n"
        "45. Hackney Carriage Table of Fares (6.25pm)\n\nMembers considered a request for higher fares.\n\n"
        "Resolved: That Option 2 be approved, namely that the new fares be advertised for 14 days and, should no "
        "objections be received, be introduced from 1 January 2026.\n\n"
        "46. Work Plan (7.15 p.m.)\n\nResolved: That the work plan be noted.\n\n"
        "47. Street Trading (7.20pm)\n\nResolved: That a working group of four Members be established.\n",
        [
            (
                "Hackney Carriage Table of Fares",
                "That Option 2 be approved, namely that the new fares be advertised for 14 days and, should no "
                "objections be received, be introduced from 1 January 2026.",
            ),
            ("Street Trading", "That a working group of four Members be established."),
        ],
    ),
    # A Northern Ireland committee's "AGREED:" over a proposal that recommends two things to Council after a colon,
    # each bullet run into the sentence ("...: that X; and • that Y"): the recommendation to Council leads both.
    "agreed-recommend-to-council-colon-inline-bullets.txt": (
        "Minutes of Strategy and Resources Committee Meeting held on Thursday 14 March 2024\n\n"
        "SR/034/2024: DISTRICT RATE 2024/25\n\n"
        "AGREED: On the proposal of Councillor Savage, seconded by Councillor Kearney, it was agreed to recommend to "
        "Council: that the District Rate be set at 0.4412p; and • that the Director write to the Department of "
        "Finance about the delay in forecasts.\n",
        [
            ("DISTRICT RATE 2024/25", "To recommend to Council that the District Rate be set at 0.4412p."),
            (
                "DISTRICT RATE 2024/25",
                "To recommend to Council that the Director write to the Department of Finance about the delay in forecasts.",
            ),
        ],
    ),
    # The same in the council's own layout, a table of labels beside their text ("Read:", "AGREED:"), the lead over
    # its bullets, the second bullet run on into the first.
    "agreed-recommend-to-council-colon-inline-bullets-table.html": (
        "<html><body><p>Minutes of Strategy and Resources Committee Meeting held on Thursday 14 March 2024</p><table>"
        "<tr><td>SR/034/2024:</td><td>DISTRICT RATE 2024/25</td></tr>"
        "<tr><td>Read:</td><td>Report dated 14 March 2024 from the Director of Corporate Services.</td></tr>"
        "<tr><td>AGREED:</td><td><p>On the proposal of Councillor Savage, seconded by Councillor Kearney, it was agreed "
        "to recommend to Council:</p><ul><li>that the District Rate be set at 0.4412p; and • that the Director write to "
        "the Department of Finance about the delay in forecasts.</li></ul></td></tr></table></body></html>",
        [
            ("DISTRICT RATE 2024/25", "To recommend to Council that the District Rate be set at 0.4412p."),
            (
                "DISTRICT RATE 2024/25",
                "To recommend to Council that the Director write to the Department of Finance about the delay in forecasts.",
            ),
        ],
    ),
    # A community council's minutes typed with who acts in a right-hand column ("...  Clerk"), and lettered parts of
    # an item, the first resolving to pay a list of payments set out below it, the next a new matter ("b) Budget").
    "owner-in-right-margin-lettered-parts.txt": (
        "MINUTES OF MEETING held at the Village Hall on Monday 15 January 2024 at 7 pm\n\n"
        "24006. PLAYGROUNDS\n"
        "The annual inspection report had been circulated. It was resolved to accept the quotation of £640\n"
        "to replace the worn surfacing beneath the swings.                                  Clerk\n"
        "The gate at the Penrhos playground was again reported to be slamming. It was agreed that\n"
        "Cllr Pugh would arrange for the gate to be adjusted.                           Cllr Pugh\n\n"
        "24008. FINANCE\n"
        "a) Payments. It was resolved to approve the following payments:\n"
        "     R Maddox, clerk's salary, January                  £402.16\n"
        "     Village Hall, room hire                            £25.00\n"
        "b) Budget and precept 2024/25. The draft budget was considered line by line.\n"
        "It was resolved to set the precept for 2024/25 at £18,400.                      Clerk\n"
        "c) Bank balances at 31 December 2023: current account £6,218.44. Noted.\n",
        [
            ("PLAYGROUNDS", "To accept the quotation of £640 to replace the worn surfacing beneath the swings."),
            ("PLAYGROUNDS", "That Cllr Pugh would arrange for the gate to be adjusted."),
            ("FINANCE", "To approve the following payments."),
            ("FINANCE", "To set the precept for 2024/25 at £18,400."),
        ],
    ),
    # A joint authority's minutes saved as text from a PDF: the second page's running header (its number, the body's
    # name and the meeting's date), met once, between an item's discussion and its decision.
    "running-header-once-between-discussion-and-decision.txt": (
        "ASHMERE AND VALE WASTE AUTHORITY\n\nAt a meeting of the Ashmere and Vale Waste Authority held on Thursday, "
        "11th December,\n2025 at 10.00 am in Committee Room 2\n\n4. MINUTES\n\nRESOLVED\n\nTHAT the minutes of "
        "the meeting held on 25th September 2025 be signed.\n\n5. HOUSEHOLD WASTE RECYCLING CENTRES - BOOKING "
        "SYSTEM REVIEW\n\nMembers raised concerns about residents without internet access.\n\n"
        "1 Ashmere and Vale Waste Authority - Thursday, 11th December, 2025\n\nRESOLVED\n\n"
        "(1) THAT the report be noted.\n\n(2) THAT the booking trial be extended to all five centres.\n",
        [
            (
                "HOUSEHOLD WASTE RECYCLING CENTRES - BOOKING SYSTEM REVIEW",
                "That the booking trial be extended to all five centres.",
            )
        ],
    ),
    # A board's minute in numbered paragraphs, one of them its decision over lettered points ("13. The Board
    # agreed:" / "a)" / "b)"): the next paragraph ("14. Isla Ferrie returned to the meeting.") is none of them.
    "numbered-paragraphs-decision-lettered-then-next-paragraph.txt": (
        "Minutes of the Park Authority Board held on 13 February 2026\n\n"
        "Peatland Restoration Grant Scheme\n\n"
        "12. Members asked about monitoring after the works were complete.\n"
        "13. The Board agreed:\n"
        "a) to allocate £240,000 from the conservation budget to the scheme;\n"
        "b) to delegate authority to the Director to approve grants of up to £25,000.\n"
        "14. Isla Ferrie returned to the meeting.\n"
        "Corporate Performance Report\n15. The Board noted the report.\n",
        [
            ("Peatland Restoration Grant Scheme", "To allocate £240,000 from the conservation budget to the scheme."),
            (
                "Peatland Restoration Grant Scheme",
                "To delegate authority to the Director to approve grants of up to £25,000.",
            ),
        ],
    ),
    # A community council's planning item: each application a paragraph led by its reference and site, run on into
    # the decision ("23/1420/FUL – Land at Cefn Bach: ... Members resolved to object ..."), under the item's title.
    "planning-applications-run-on-under-item.html": (
        "<html><body><h2>Minutes of the meeting held on 16 January 2024</h2><h3>5 Planning</h3>"
        "<p>24/0031/HH – Ty’r Ysgol, Llanddewi Fach: single-storey rear extension. The Council resolved to support the "
        "application.</p><p>23/1420/FUL – Land at Cefn Bach: agricultural track and removal of 60m of hedgerow. "
        "Members were concerned about the bend. Members resolved to object due to the loss of mature hedgerow.</p>"
        "<h3>6 Finance</h3><p>The Council resolved to request a precept of £14,250.</p></body></html>",
        [
            ("Planning", "To support the application."),
            ("Planning", "To object due to the loss of mature hedgerow."),
            ("Finance", "To request a precept of £14,250."),
        ],
    ),
    # A county's local committee named with its area in brackets over its lower-case points ("The Local Committee
    # (Godhurst) agreed to:" / "(i) note ..." / "(ii) authorise ...").
    "body-with-bracketed-area-agreed-to.html": (
        "<html><body><h3>Godhurst Local Committee - Monday, 16 June 2025 2.00 pm</h3><table><tr><td>18/25</td><td>"
        "<p>HIGHWAYS UPDATE</p><p>Minutes:</p><p>The Area Highway Manager introduced the report.</p><p>Resolved:</p>"
        "<p>The Local Committee (Godhurst) agreed to:</p><ol type='i'><li>note the progress of the programme;</li>"
        "<li>approve the revised parking review timetable.</li></ol></td></tr></table></body></html>",
        [("HIGHWAYS UPDATE", "To approve the revised parking review timetable.")],
    ),
    # A committee system's decision page printing a Word list's numbers in paragraphs of their own over each point
    # ("1." / "To accept the report and approve ..."), a point in the imperative; accepting a report and noting
    # what was said is no decision, accepting it and approving something is the approval.
    "numbers-in-own-paragraphs-accept-the-report-and.html": (
        "<html><body><h3>16/06/2025 - ANNUAL LANGUAGE REPORT ref: 4114 Approved</h3>"
        "<p>Decision Maker: Language Committee</p><p>Made at meeting: 16/06/2025 - Language Committee</p>"
        "<p><strong>Decision:</strong></p><div><p>1.</p><p>To accept the report and approve its publication by 30 "
        "September 2025.</p></div>"
        "<h3>16/06/2025 - SCHOOL LANGUAGE PROFILES ref: 4116 Approved</h3>"
        "<p>Decision Maker: Language Committee</p><p>Made at meeting: 16/06/2025 - Language Committee</p>"
        "<p><strong>Decision:</strong></p><div><p>1.</p><p>To accept the report and note the observations received."
        "</p><p>2.</p><p>Ask the Education Department to present an update in November 2025.</p><p>3.</p>"
        "<p>Write to the Welsh Government about the immersion grant.</p></div></body></html>",
        [
            ("ANNUAL LANGUAGE REPORT", "To approve its publication by 30 September 2025."),
            ("SCHOOL LANGUAGE PROFILES", "Ask the Education Department to present an update in November 2025."),
            ("SCHOOL LANGUAGE PROFILES", "Write to the Welsh Government about the immersion grant."),
        ],
    ),
    # A Cornish parish's minutes: each decision one sentence naming its proposer and seconder, their names with
    # initials ("Cllr. Mrs. P. Hocking"), before "AGREED unanimously by the Meeting", after a run-in title or not.
    "parish-proposed-seconded-and-agreed-by-the-meeting-initials.txt": (
        "MINUTES of the ORDINARY MEETING of the PARISH COUNCIL held on Thursday, 13th March 2025.\n\n"
        "7. HIGHWAYS:\n\n7.1. Members discussed traffic speeds. It was proposed by the Chair, seconded by Cllr. Mrs. "
        "P. Hocking and AGREED unanimously by the Meeting that the Clerk write to the County Council requesting a "
        "speed survey.\n\n8. FINANCE:\n\n8.1. Payments: It was proposed by Cllr. Mrs. K. Vosper, seconded by Cllr. "
        "R. M. Pascoe and AGREED unanimously by the Meeting to approve the payments listed in Appendix A.\n\n"
        "8.2. Grant request from the Pre-School: It was proposed by the Vice-Chair, seconded by Cllr. Mrs. D. A. Jago "
        "and AGREED by the Meeting, with one abstention, to award a grant of £400.\n",
        [
            ("HIGHWAYS", "That the Clerk write to the County Council requesting a speed survey."),
            ("FINANCE", "To approve the payments listed in Appendix A."),
            ("FINANCE", "To award a grant of £400."),
        ],
    ),
    # A committee page whose item titles end in a full stop before their paper's link ("Family Hubs Update. PDF 77 KB").
    "stopped-titles-before-their-links.html": (
        "<html><body><h2>Children and Families Scrutiny Committee - Tuesday, 3rd June, 2025</h2><table>"
        "<tr><th>No.</th><th>Item</th></tr><tr><td><p>4.</p></td><td><p>Minutes.</p><p>Minutes:</p><p>The minutes of "
        "the meeting held on 4 March 2025 were approved.</p></td></tr>"
        "<tr><td><p>5.</p></td><td><p><a href='#'>Family Hubs Update.</a> <a href='#'>PDF 77 KB</a></p><p>Minutes:</p>"
        "<p>Members welcomed the report.</p><p><strong>RESOLVED:</strong></p><p>(a) That the update be noted;</p>"
        "<p>(b) That the Director report on attendance at each hub in September.</p></td></tr></table></body></html>",
        [("Family Hubs Update", "That the Director report on attendance at each hub in September.")],
    ),
    # A joint board's minutes saved as text, each minute's code and title on the line straight under the last
    # decision ("... as amended." / "JTB 25/014 Petition - Waiting Restrictions, Bell Lane").
    "coded-minute-straight-under-a-decision.txt": (
        "Joint Transportation Board - 9 June 2025\n\n"
        "JTB 25/013 Parking Action Plan - Phase 14\n\nMembers considered the proposals for the fourteenth phase of "
        "the parking action plan and the comments received during the informal consultation on them.\n"
        "RESOLVED: That the Cabinet be recommended to endorse the proposals for Phase 14, as amended.\n"
        "JTB 25/014 Petition - Waiting Restrictions, Bell Lane\n\nRESOLVED: That officers assess the junction for "
        "waiting restrictions.\n",
        [
            (
                "Parking Action Plan - Phase 14",
                "That the Cabinet be recommended to endorse the proposals for Phase 14, as amended.",
            ),
            (
                "Petition - Waiting Restrictions, Bell Lane",
                "That officers assess the junction for waiting restrictions.",
            ),
        ],
    ),
    # A decision followed by the members' reason in a sentence of its own ("Members considered the dormer to be out
    # of keeping ..."): the reason is not part of it.
    "decision-then-members-considered-reason.txt": (
        "Minutes of the Parish Council meeting held on 13 March 2025\n\n5. PLANNING\n\n"
        "PA25/00930 2 Chapel Terrace – rear dormer extension. RESOLVED to object to the application. Members "
        "considered the dormer to be out of keeping with the Conservation Area.\n",
        [("PLANNING", "To object to the application.")],
    ),
    # A standards hearing's item titled by the case it decides ("... – CASE REFERENCE SCC/24/017"): the reference is
    # the title's, not a report's code run on after it (as "Highways Update PR/24/101" has).
    "title-naming-its-case-reference.txt": (
        "Standards Hearing Sub-Committee – 3 March 2025\n\n"
        "4. DETERMINATION OF COMPLAINT – CASE REFERENCE SCC/24/017\n\n"
        "RESOLVED: That the Monitoring Officer writes to the complainant with the outcome.\n\n"
        "5. Highways Update PR/24/101\n\nRESOLVED: That the update be circulated to parish councils.\n",
        [
            (
                "DETERMINATION OF COMPLAINT – CASE REFERENCE SCC/24/017",
                "That the Monitoring Officer writes to the complainant with the outcome.",
            ),
            ("Highways Update", "That the update be circulated to parish councils."),
        ],
    ),
    # A decision page's lettered points in a list that shows no numbers of its own (list-style-type: none), each
    # letter typed in the item ("a) approve ..."): the letters number them, the list's hidden numbers do not.
    "unshown-list-numbers-letters-in-text.html": (
        "<html><body><h2>Decisions of the Cabinet Member for Highways, 13 March 2025</h2><h3>Station Road parking</h3>"
        "<p>Decision:</p><p>The Cabinet Member AGREED to:</p><ol style='list-style-type:none'>"
        "<li>a) approve the permit parking scheme on Station Road;</li><li>b) defer a decision on Orchard Way; and</li>"
        "<li>c) ask officers to review the permit charge after a year.</li></ol></body></html>",
        [
            ("Station Road parking", "To approve the permit parking scheme on Station Road."),
            ("Station Road parking", "To defer a decision on Orchard Way."),
            ("Station Road parking", "To ask officers to review the permit charge after a year."),
        ],
    ),
    # A Scottish area committee's minute: its title names the council, the committee and the town after dashes, and
    # its date stands only in the first row of a table laid out as labels beside values (the time beside it).
    "area-committee-place-title-date-row.html": (
        "<html><body><p><b>THE ASHGLEN COUNCIL - NORTH ASHGLEN AREA COMMITTEE - KILBRAE.</b></p><p>Town Hall, "
        "Kilbrae.</p><table><tr><td>14th May, 2025.</td><td>10.00 a.m. - 11.30 a.m.</td></tr><tr><td>PRESENT:</td>"
        "<td>Councillors Rona Baird (Convener), Iain Cowie and Morag Dunn.</td></tr><tr><td>APOLOGIES:</td>"
        "<td>Councillor Ewan Fyfe.</td></tr></table><p><b>31. DECLARATIONS OF INTEREST</b></p><p>There were no "
        "declarations of interest.</p><p><b>32. HARBOUR ROAD - WAITING RESTRICTIONS</b></p><p>The Committee "
        "considered a report by the Head of Roads.</p><p><b>Decision</b></p><p>The Committee agreed to promote an "
        "order restricting waiting on Harbour Road, Kilbrae.</p></body></html>",
        [("HARBOUR ROAD - WAITING RESTRICTIONS", "To promote an order restricting waiting on Harbour Road, Kilbrae.")],
    ),
    # A port health authority's minutes as text: the minute's number, then the report's code, then the title in
    # capitals; the work plan approved for the year, or updated to reflect the discussion, is its own business.
    "minute-number-report-code-title-work-plan.txt": (
        "BRAYMOUTH PORT HEALTH AUTHORITY\n\n9th April 2025\n\n"
        "Minute  Report    Business\n\n"
        "2110    PH/25/07  SHELLFISH SAMPLING PROGRAMME\n\n"
        "                  The Chief Inspector submitted a report on shellfish sampling.\n\n"
        "                  Resolved – That the sampling programme for 2025-26 be approved.\n\n"
        "2111    PH/25/08  WORK PLAN\n\n"
        "                  Resolved – That the Authority's work plan for the 2025/26 municipal year be approved.\n\n"
        "2112              WORK PROGRAMME\n\n"
        "                  Resolved – That the work programme be updated to reflect the discussion.\n",
        [("SHELLFISH SAMPLING PROGRAMME", "That the sampling programme for 2025-26 be approved.")],
    ),
    # A meeting page of a Scottish committee system: its date line with the hours after a dash, a "Documents"
    # section linking the agenda, each item an h4, the last minute approved under its own h4 naming the body
    # and the date it met, and every decision "DECIDED:".
    "meeting-page-documents-links-decided.html": (
        "<html><body><h2>Meeting Details</h2><h3>Meeting Summary</h3><p>Clydeholm Integration Joint Board Audit "
        "Committee</p><p>20 Mar 2026 - 10:00 to 11:30</p><h3>Documents</h3><p><a href='a.pdf'>Agenda</a></p>"
        "<h4>Agenda</h4><p><a href='n.pdf'>Notification</a></p><h4>Present</h4><p>Councillor Ruth Galt (Chair) and "
        "Janet Orr.</p><h4>Minute of Previous Meeting</h4><p>Minute of meeting of the IJB Audit Committee held on "
        "21 November 2025.</p><p>DECIDED: That the Minute be approved.</p><h4>Internal Audit Plan 2026/27</h4>"
        "<p>There was submitted a report by the Chief Internal Auditor.</p><p>DECIDED: That the Internal Audit "
        "Plan for 2026/27 be approved.</p></body></html>",
        [("Internal Audit Plan 2026/27", "That the Internal Audit Plan for 2026/27 be approved.")],
    ),
    # A parish council's running minute numbers, where "Cllrs" decide after the narrative ("Cllrs RESOLVED to
    # ...", "Cllrs AGREED to ...") and the payments approved are bullets of payee and sum after a dash.
    "parish-cllrs-resolved-payee-dash-lines.html": (
        "<html><body><p>Minutes of an ordinary meeting of Fellside Parish Council held on Monday 6th October 2025 at "
        "7pm.</p><p><b>13301. Bus Shelter</b></p><p>Two quotes were considered for repainting the shelter. Cllrs "
        "RESOLVED to accept the quote from Dale Decorators of £420.</p><p><b>13302. Planning</b></p><p>25/00911/FUL – "
        "Garage, 2 Mill Lane. Cllrs AGREED to raise no objections.</p><p><b>13303. Finance</b></p><p>Cllrs RESOLVED to "
        "approve the payments listed below:</p><ul><li>Clerk’s salary (September) – £486.20</li><li>HMRC (PAYE) – "
        "£121.60</li></ul></body></html>",
        [
            ("Bus Shelter", "To accept the quote from Dale Decorators of £420."),
            ("Planning", "To raise no objections."),
            ("Finance", "To approve the payments listed below."),
        ],
    ),
    # A Welsh scrutiny committee's "Resolved that:" over unnumbered paragraphs, each a clause finishing "that" as
    # printed: a subjunctive "be", a verb in the present tense; the narrative after them ends the list.
    "resolved-that-colon-clauses.txt": (
        "Minutes of the Place Scrutiny Committee held on 4 February 2025\n\n"
        "3. Highways Winter Maintenance\n\n"
        "The Head of Highways summarised the report.\n\n"
        "Resolved that:\n\n"
        "The report be noted.\n\n"
        "A list of grit bin locations by ward be circulated to all Members.\n\n"
        "The Head of Highways provides a written response on gully cleansing to the next meeting.\n\n"
        "Councillor T. Lloyd left the meeting at 3.40 pm.\n\n"
        "4. Date of Next Meeting\n\nThe next meeting will be held on 19 March 2025.\n",
        [
            ("Highways Winter Maintenance", "A list of grit bin locations by ward be circulated to all Members."),
            (
                "Highways Winter Maintenance",
                "The Head of Highways provides a written response on gully cleansing to the next meeting.",
            ),
        ],
    ),
    # A town council's minutes in a table (minute number, agenda number, item): each decision is printed first,
    # its mover, seconder and "RESOLVED" after it on the same line.
    "town-table-decision-then-proposed-resolved.html": (
        "<html><body><p><b>MINUTES of the MEETING OF ELMSTOW TOWN COUNCIL HELD ON TUESDAY 10TH MARCH 2026 AT 7PM</b>"
        "</p><table><tr><td>Minute No.</td><td>Agenda Item</td><td></td></tr><tr><td>141-25</td><td>5</td><td><p><b>"
        "TOWN HALL ROOF</b></p><p>Three quotations had been circulated.</p><p>To accept the quotation from Dale "
        "Roofing of £8,940 + VAT: Proposed Cllr Hince, seconded Cllr Lowe and RESOLVED</p></td></tr><tr><td>142-25"
        "</td><td>6</td><td><p><b>FINANCE</b></p><p>To approve the payments for March 2026 totalling £6,318.42: "
        "Proposed Cllr Ashford, seconded Cllr Vaughan and RESOLVED unanimously</p></td></tr></table></body></html>",
        [
            ("TOWN HALL ROOF", "To accept the quotation from Dale Roofing of £8,940 + VAT."),
            ("FINANCE", "To approve the payments for March 2026 totalling £6,318.42."),
        ],
    ),
    # A Northern Ireland committee's grid of "Proposed by" / "Seconded by" / "Resolved" beside each decision, the
    # next group's heading ("Matters for Information") drawn into the label's cell, as a PDF's table is read; the
    # items taken "as confidential business" are the meeting's own.
    "ni-proposed-seconded-resolved-grid-heading-in-label.html": (
        "<html><body><p><b>Minutes of Meeting of Policy and Resources Committee held on Thursday 5 June 2025</b></p>"
        "<p><b>PR100/25 Customer Services Strategy</b></p><p>The Head of Customer Services presented the strategy."
        "</p><table><tr><td>Proposed by</td><td>Councillor McKenna</td></tr><tr><td>Seconded by</td><td>Councillor "
        "Corrigan and</td></tr><tr><td><p>Resolved</p><p>Matters for Information</p></td><td><p>That it be "
        "recommended to the Council to:</p><p>(a) adopt the Customer Services Strategy; and</p><p>(b) extend the "
        "contact centre's hours on Thursdays.</p></td></tr></table><p><b>PR101/25 Correspondence</b></p><p>Members "
        "noted the correspondence.</p><table><tr><td>Proposed by</td><td>Councillor Robinson</td></tr><tr><td>"
        "Seconded by</td><td>Councillor Donnelly and</td></tr><tr><td>Resolved</td><td>That items PR103/25 to "
        "PR105/25 be taken as confidential business.</td></tr></table></body></html>",
        [
            (
                "Customer Services Strategy",
                "That it be recommended to the Council to adopt the Customer Services Strategy.",
            ),
            (
                "Customer Services Strategy",
                "That it be recommended to the Council to extend the contact centre's hours on Thursdays.",
            ),
        ],
    ),
    # A decisions page's entry for what a task group sent ('04/09/2025 - Recommendations of the Signs and Banners
    # Task and Finish Group ref: 1699 ...'): its title, though it ends in a body's name.
    "decision-entry-recommendations-of-a-group.html": (
        "<html><body><h1>Decisions</h1><h3>04/09/2025 - Recommendations of the Signs and Banners Task and Finish "
        "Group ref: 1699 Recommendations Approved</h3><p>Decision Maker: Place Overview Committee</p><p>Made at "
        "meeting: 04/09/2025 - Place Overview Committee</p><p>Decision:</p><p>RESOLVED:</p><p>That the group's "
        "recommendations be referred to Cabinet for a response.</p></body></html>",
        [
            (
                "Recommendations of the Signs and Banners Task and Finish Group",
                "That the group's recommendations be referred to Cabinet for a response.",
            )
        ],
    ),
    # A parish council's minutes posted as one numbered list, each point the agenda's wording, a dash and what was
    # done: a title with a colon in it ("Village sign: to consider quotes – ..."), a title whose sub-items run on
    # after its dash ("Finance – a) ... b) Payments – It was resolved to ...").
    "parish-post-one-list-wording-dash-outcome.html": (
        "<html><body><p><b>Minutes of the meeting held 16 September 2025</b></p><ol><li>Apologies – Councillor "
        "Hewitt</li><li>Village sign: to consider quotes for refurbishment – Two quotes were considered. It was agreed "
        "to accept the quote from Wensum Signcraft for £640.</li><li>Finance – a) Quarterly statement – Received. "
        "b) Payments – It was resolved to approve the payments listed in the schedule, totalling £1,246.30.</li>"
        "</ol></body></html>",
        [
            (
                "Village sign: to consider quotes for refurbishment",
                "To accept the quote from Wensum Signcraft for £640.",
            ),
            ("Finance", "To approve the payments listed in the schedule, totalling £1,246.30."),
        ],
    ),
    # A Scottish community council's minutes saved as text from a table: a "-" on each line between the sections,
    # each section's heading a short line between two of them, its text run on below (no blank lines).
    "community-council-text-dash-separated-sections.txt": (
        "Approved Minutes 142 Glenbrae Community Council\n\nMeeting held on Wednesday 11 March 2026 at 7.00pm\n\n"
        "-\nApologies\n-\nApologies were received from Jean Muir.\n-\n-\nFootpath project\n-\n"
        "KR reported that the worst section still floods after heavy rain.\n"
        "Agreed that the CC would apply to the Paths Fund before the 30 April deadline.\n"
        "ACTION DR\n"
        "KR to contact the estate factor to establish who owns the section beside the burn.\n"
        "-\nTreasurer's report\n-\n"
        "MN reported a balance of £3,412.56. It was agreed to pay £45 to the hall for hall hire.\n"
        "-\nPolice report\n-\nNo report received.\n",
        [
            ("Footpath project", "That the CC would apply to the Paths Fund before the 30 April deadline."),
            ("Footpath project", "KR to contact the estate factor to establish who owns the section beside the burn."),
            ("Treasurer's report", "To pay £45 to the hall for hall hire."),
        ],
    ),
    # A fire authority's minutes from its committee system: "Agenda Items" over items that are bold lines, each with
    # the agenda's wording, then what was done.
    "agenda-items-heading-over-bold-items.html": (
        "<html><body><h1>Wyvern Vale Fire and Rescue Authority</h1><p>Date: Tuesday 9 December 2025, 10:30</p>"
        "<h2>Agenda Items</h2><p><b>Apologies for Absence</b></p><p>Apologies were received from Cllr Hollis.</p>"
        "<p><b>Budget Options 2026/27</b></p><p>To update Members on the budget options.</p><p>RESOLVED that:</p>"
        "<ol type='i'><li>the plan be noted;</li><li>the Treasurer be asked to model a council tax increase of up to "
        "2.99%.</li></ol><p><b>Automatic Fire Alarm Response Policy</b></p><p>RESOLVED that the revised policy be "
        "adopted from 1 April 2026.</p></body></html>",
        [
            ("Budget Options 2026/27", "That the Treasurer be asked to model a council tax increase of up to 2.99%."),
            ("Automatic Fire Alarm Response Policy", "That the revised policy be adopted from 1 April 2026."),
        ],
    ),
    # A Devon town council's minute codes shaped like dates (year, month, number: "26/02/07"), each before its item's
    # agenda wording in bold: codes, not the dates of eleven meetings; its confidential item taken "in CONFIDENTIAL
    # SESSION" is the meeting's own conduct.
    "town-council-date-shaped-minute-codes.html": (
        "<html><body><p><b>Minutes of the Meeting of the Town Council held on Monday 2nd February 2026 at 7pm</b></p>"
        "<p><b>26/02/01 To receive Apologies for absence</b></p><p>Apologies were received from Cllr Ware</p>"
        "<p><b>26/02/03 Admission to Meetings</b></p><p>It was RESOLVED that item 26/02/11 be taken in CONFIDENTIAL "
        "SESSION owing to its commercial sensitivity</p><p><b>26/02/07 To consider the budget and precept for "
        "2026/27</b></p><p>It was RESOLVED that the budget for 2026/27 be approved</p><p><b>26/02/11 CONFIDENTIAL: "
        "To consider tenders for grounds maintenance</b></p><p>It was RESOLVED that the contract be awarded to Coly "
        "Valley Landscapes Ltd</p></body></html>",
        [
            ("To consider the budget and precept for 2026/27", "That the budget for 2026/27 be approved."),
            (
                "CONFIDENTIAL: To consider tenders for grounds maintenance",
                "That the contract be awarded to Coly Valley Landscapes Ltd.",
            ),
        ],
    ),
    # A topic group's final report: dated by its cover's "Date of Overview & Scrutiny Committee:", its recommendations
    # a table under a lead they finish ("recommends that the Executive Member:" over "ensures that ..."), the last
    # in a table of its own with no headings.
    "topic-group-report-lead-over-recommendations-table.html": (
        "<html><body><h1>Home to School Transport Topic Group: Final Report</h1><table><tr><td>Date of Overview &amp; "
        "Scrutiny Committee:</td><td>14 October 2025</td></tr></table><h2>4. Recommendations</h2><p>The Topic Group "
        "recommends that the Executive Member for Education:</p><table><tr><td>No.</td><td>Recommendation</td><td>"
        "Lead officer</td></tr><tr><td>1</td><td>ensures that parents are told the outcome ten school days before "
        "term</td><td>Head of Travel Planning</td></tr><tr><td>2</td><td>publishes the eligibility criteria in an "
        "easy-read format</td><td>Head of Travel Planning</td></tr></table><p>The Topic Group further recommends that "
        "the Overview &amp; Scrutiny Committee:</p><table><tr><td>3</td><td>receives a progress report in twelve "
        "months' time</td><td>Scrutiny Officer</td></tr></table></body></html>",
        [
            (
                None,
                "That the Executive Member for Education ensures that parents are told the outcome ten school days before term.",
            ),
            (
                None,
                "That the Executive Member for Education publishes the eligibility criteria in an easy-read format.",
            ),
            (None, "That the Overview & Scrutiny Committee receives a progress report in twelve months' time."),
        ],
    ),
    # A decisions page's individual decisions: "The Leader approved:" over what it approved, and "The Cabinet Member
    # for Customer Services:" over "approved the award ...": the decider and the verb stay (neither is an
    # introducing word), as "The Committee requested ..." does.
    "individual-decisions-leader-approved-member-for.html": (
        "<html><body><h1>Decisions</h1><h3>03/11/2025 - Lease of Bowls Club ref: 712 For Determination</h3>"
        "<p>Decision Maker: Leader of the Council</p><h4>Decision:</h4><p>The Leader approved:</p><ol><li>the grant "
        "of a new 25-year lease to the trustees of the bowls club; and</li><li>the delegation of authority to the "
        "Solicitor to conclude the transaction.</li></ol><h3>29/10/2025 - Rate Relief ref: 709 For Determination</h3>"
        "<p>Decision Maker: Cabinet Member for Customer Services</p><h4>Decision:</h4><p>The Cabinet Member for "
        "Customer Services:</p><ol type='i'><li>approved the award of 100% rate relief to the pantry for 2025/26."
        "</li></ol></body></html>",
        [
            (
                "Lease of Bowls Club",
                "The Leader approved the grant of a new 25-year lease to the trustees of the bowls club.",
            ),
            (
                "Lease of Bowls Club",
                "The Leader approved the delegation of authority to the Solicitor to conclude the transaction.",
            ),
            (
                "Rate Relief",
                "The Cabinet Member for Customer Services approved the award of 100% rate relief to the pantry for 2025/26.",
            ),
        ],
    ),
    # A planning committee's minutes saved as text from a pack: each title in capitals over its minute's code on a
    # line of its own, one title wrapped over two lines and naming the application it decides.
    "capitals-title-wrapped-over-its-code.txt": (
        "PLANNING COMMITTEE\nWednesday, 17 September 2025\n\nAPOLOGIES\nPLA41/25\nApologies were recorded from "
        "Councillor Dawlish.\n\nAPPLICATION FOR CONSIDERATION - 25/01456/FULL - FORMER DAIRY DEPOT,\nSTATION ROAD, "
        "PADDLEFORD\nPLA46/25\nThe Committee had before it an application for 24 dwellings.\n"
        "RESOLVED - That application 25/01456/FULL be granted subject to the conditions in the report.\n",
        [
            (
                "APPLICATION FOR CONSIDERATION - 25/01456/FULL - FORMER DAIRY DEPOT, STATION ROAD, PADDLEFORD",
                "That application 25/01456/FULL be granted subject to the conditions in the report.",
            )
        ],
    ),
    # A parish council's page whose table of items broke across a page: after the break each item's number and its
    # title are bold paragraphs of their own ("8" / "Finance"), then its minute.
    "parish-bold-number-over-bold-title.html": (
        "<html><body><p><b>STOURMARSH PARISH COUNCIL</b></p><p>Minutes of the Meeting of the Parish Council held on "
        "Thursday 29th January 2026</p><p><b>1</b></p><p><b>Apologies for absence</b></p><p>Apologies were received from "
        "Cllr Pettifer.</p><p><b>2</b></p><p><b>To consider Planning matters</b></p><p>It was resolved to "
        "raise no objection to application CA/25/02214.</p><p><b>3</b></p><p><b>Finance</b></p><p>It was resolved to "
        "set the precept for 2026/27 at £14,800.</p></body></html>",
        [
            ("To consider Planning matters", "To raise no objection to application CA/25/02214."),
            ("Finance", "To set the precept for 2026/27 at £14,800."),
        ],
    ),
    # A parish's correspondence item: a councillor named to act on a letter read out ("Cllr Harland to speak to the
    # landowner ...") is an action like "Clerk to ..." (not "Cllrs RESOLVED to ...", which is the body deciding).
    "parish-named-councillor-to-act.txt": (
        "Minutes of the Meeting of the Parish Council held on Thursday 29th January 2026\n\n6. Correspondence\n\n"
        "Email received from a resident about the overhanging hedge on footpath CB12.\n\nCllr Harland to speak to "
        "the landowner about cutting back the hedge.\n\n7. Finance\n\nCllrs RESOLVED to approve the payments "
        "listed below:\n\nClerk's salary – £612.40\n",
        [
            ("Correspondence", "Cllr Harland to speak to the landowner about cutting back the hedge."),
            ("Finance", "To approve the payments listed below."),
        ],
    ),
    # A flood and coastal committee's minutes: each decision under its own number ("Decision FRFCC/25/16"), the body
    # saying what it supported in a sentence ("The Committee supported the submission of ...").
    "decision-numbered-label-committee-supported.txt": (
        "Fennmoor Regional Flood and Coastal Committee\n\nMinutes of the meeting held on 16 October 2025\n\n"
        "7. Saltfleet frontage business case\n\nThe officer explained the outline business case.\n\n"
        "Decision FRFCC/25/16\n\nThe Committee supported the submission of the business case to the Large Project "
        "Review Group.\n\n8. Any other business\n\nThere was no other business.\n",
        [
            (
                "Saltfleet frontage business case",
                "The Committee supported the submission of the business case to the Large Project Review Group.",
            )
        ],
    ),
    # A decision's first point numbered after its word ("AGREED: a) that ..."), the next on a line of its own: the
    # list runs on from it; a decision with its mover and seconder in brackets before "that" is no motion.
    "first-point-numbered-after-the-word.txt": (
        "Minutes of the Parish Council meeting held on 9 April 2025\n\n7. Play area\n\n7.1 The Clerk reported on the "
        "inspection.\n\n7.2 AGREED: a) that the Clerk obtains three quotes for new safety surfacing.\nb) that the "
        "matter returns to the May meeting.\n\n8. Hall hire\n\nThe Clerk reported that charges were last raised in "
        "2019.\n\nIt was RESOLVED (moved by Cllr Ames and seconded by Cllr Bell) that the hall hire charge be "
        "increased to £20 an hour.\n",
        [
            ("Play area", "That the Clerk obtains three quotes for new safety surfacing."),
            ("Play area", "That the matter returns to the May meeting."),
            ("Hall hire", "That the hall hire charge be increased to £20 an hour."),
        ],
    ),
    # A town council's minutes numbered by year and minute in five figures ("24087"), each title run on after a colon.
    "five-figure-minute-numbers.txt": (
        "Minutes of the meeting of Ashby Parva Town Council held on 12 March 2025\n\n24086 Apologies: Apologies were "
        "received from Cllr Dunn.\n\n24087 Grass Cutting: The Clerk reported that the contract ends in April. It was "
        "RESOLVED that the contract be extended for one year.\n\n24088 Allotments: The Clerk reported on the waiting "
        "list, which now stands at twelve. It was RESOLVED that two plots be divided.\n",
        [
            ("Grass Cutting", "That the contract be extended for one year."),
            ("Allotments", "That two plots be divided."),
        ],
    ),
    # A parish's items in the agenda's words, the minute after a dash: what was reported, or the unnamed mover and
    # seconder ("PROPOSED; SECONDED; RESOLVED to ..."), each in a clause of its own.
    "agenda-wording-items-unnamed-movers.html": (
        "<h1>Notes 12th March 2025</h1><p>Minutes of the Parish Council meeting held on 12 March 2025</p>"
        "<p><strong>10. Declarations of interest</strong> – To receive declarations of interest in accordance with the "
        "Localism Act 2011. None were made.</p><p><strong>11. To confirm and sign the minutes of the meeting held on "
        "12th February 2025</strong> – PROPOSED; SECONDED; RESOLVED that the minutes of the meeting held on 12th "
        "February 2025 be approved as a correct record.</p><p><strong>12. To receive reports from the Clerk and "
        "Councillors on matters outstanding</strong> – The grit bin at Church Lane was found to be empty. Proposed JB; "
        "seconded KL; RESOLVED that the Clerk asks the county to refill it.</p><p><strong>13. To approve accounts for "
        "payment</strong> – The following invoices were presented:</p><p>PROPOSED; SECONDED; RESOLVED to approve the "
        "invoices listed.</p><p><strong>14. Date of next meeting</strong> – 9th April 2025.</p>",
        [
            (
                "To receive reports from the Clerk and Councillors on matters outstanding",
                "That the Clerk asks the county to refill it.",
            ),
            ("To approve accounts for payment", "To approve the invoices listed."),
        ],
    ),
    # A Scottish committee's minute taken from a PDF as text, each number run into its words ("1.APOLOGIES",
    # "(i)to note"); a planning list whose decision opens the line under each application, the next application's
    # reference under it.
    "numbers-run-into-words-and-applications.txt": (
        "MINUTE of MEETING of the POLICY COMMITTEE held in the Council Chambers on Tuesday 4 March 2025.\n\n"
        "1.APOLOGIES\n\nAn apology was intimated on behalf of Councillor Reid.\n\n2.ROAD SAFETY PLAN\n\nThere was "
        "submitted Report No 12/25 by the Director.\n\nThe Committee agreed:-\n\n(i)to note the Report;\n\n(ii)that a "
        "map of the proposed 20mph zones be sent to all members; and\n\n(iii)to consult community councils on the "
        "plan.\n\n3.PLANNING APPLICATIONS\n\n25/00311/FUL – 4 Mill Lane – two-storey side extension\nRESOLVED to "
        "raise no objection.\n25/00342/FUL – 9 Kirk Wynd – change of use to cafe\nRESOLVED to object on the grounds "
        "of the loss of a shop.\n",
        [
            ("ROAD SAFETY PLAN", "That a map of the proposed 20mph zones be sent to all members."),
            ("ROAD SAFETY PLAN", "To consult community councils on the plan."),
            ("PLANNING APPLICATIONS", "To raise no objection."),
            ("PLANNING APPLICATIONS", "To object on the grounds of the loss of a shop."),
        ],
    ),
    # A point whose words hold a number in brackets ("(see Table 1)") before its list glue: no point of a list
    # run on inside it, so the points under it are still read.
    "a-number-in-brackets-inside-a-point.txt": (
        "Minutes of the Housing Panel held on 6 May 2025\n\n12 REPAIRS BACKLOG\n\nFollowing consideration, it was "
        "resolved that the Panel:\n\n(1) Agreed to note the report (see Table 1) and its findings;\n\n(2) "
        "Authorised the Director to commission an external review of the backlog;\n\n(3) Agreed to receive the "
        "backlog figures each quarter.\n",
        [
            (
                "REPAIRS BACKLOG",
                "That the Panel authorised the Director to commission an external review of the backlog.",
            ),
            ("REPAIRS BACKLOG", "To receive the backlog figures each quarter."),
        ],
    ),
    # A lead that stops at "to" ("That the Executive be asked to") over lettered points: a stem for each.
    "a-lead-ending-at-to.txt": (
        "Minutes of the Health Scrutiny Committee held on 4 February 2025\n\n7 Dental Access\n\nRESOLVED: That the "
        "Executive be asked to\n(a) write to the ICB about emergency appointments; and\n(b) report the waiting list "
        "each quarter.\n\n8 Work Programme\n\nNoted.\n",
        [
            ("Dental Access", "That the Executive be asked to write to the ICB about emergency appointments."),
            ("Dental Access", "That the Executive be asked to report the waiting list each quarter."),
        ],
    ),
    # A Glasgow-style area partnership's minutes: each minute under a bold title closed by a full stop that says what
    # came of it ("Grants – Awards approved."), its number opening the text under it; what a report advised ("...,
    # advising" over "(1) that £9,000 remained ...") is what it said, not a decision.
    "bold-stopped-titles-over-numbered-minutes.html": (
        "<p><strong>EASTFIELD AREA PARTNERSHIP'S MINUTES.</strong></p><p>Minutes of meeting held on 4th June 2026.</p>"
        "<p><strong>Minutes of previous meeting approved.</strong></p><p>1 The minutes of 5th March 2026 were submitted "
        "and approved.</p><p><strong>Community grants – Awards approved.</strong></p><p>2 There was submitted a report "
        "by the Director regarding applications for funding, advising</p><p>(1) that £9,000 remained available; "
        "and</p><p>(2) that two applications had been received.</p><p>After consideration, the Partnership agreed</p>"
        "<p>(a) to award £2,000 to Eastfield Bowling Club; and</p><p>(b) to defer the application from the Arts "
        "Collective.</p><p><strong>Road safety – Report noted.</strong></p><p>3 There was submitted and noted a report "
        "on speed surveys.</p>",
        [
            ("Community grants – Awards approved", "To award £2,000 to Eastfield Bowling Club."),
            ("Community grants – Awards approved", "To defer the application from the Arts Collective."),
        ],
    ),
    # A parish's minute codes of year, month and number ("26/3/45 Allotments"): codes, not dates.
    "year-month-number-codes.txt": (
        "Minutes of the Meeting of the Parish Council held on Monday 2 March 2026\n\n26/3/44 Minutes\n\nThe minutes "
        "of 2 February 2026 were approved.\n\n26/3/45 Allotments\n\nIt was AGREED that allotment rents rise by 10% "
        "from October.\n\n26/3/46 Finance\n\nMembers AGREED to approve the payments listed in Appendix A.\n",
        [
            ("Allotments", "That allotment rents rise by 10% from October."),
            ("Finance", "To approve the payments listed in Appendix A."),
        ],
    ),
    # A lead of the body's name closed by a semicolon ("That the Joint Committee;"), its points under it.
    "a-body-lead-closed-by-a-semicolon.txt": (
        "Minutes of the Joint Planning Committee held on 6 February 2025\n\n5. Waste Plan\n\nResolved:  That the Joint "
        "Committee;\n\ni. approves the Schedule of Modifications for consultation.\n\nii. asks officers to report the "
        "responses in June.\n\nReason:\n\ni. To meet the timetable.\n",
        [
            ("Waste Plan", "That the Joint Committee approves the Schedule of Modifications for consultation."),
            ("Waste Plan", "That the Joint Committee asks officers to report the responses in June."),
        ],
    ),
    # An Essex parish's "agreed/resolved following the vote that X and that Y" after its mover and seconder.
    "agreed-slash-resolved-following-the-vote.txt": (
        "Minutes of the Parish Council meeting held on 16 March 2026\n\n1. Car park – The Clerk reported that three "
        "quotations had been obtained and circulated. It was proposed by Councillor Birch, seconded by Councillor Kent "
        "and agreed/resolved following "
        "the vote that the quotation from Tendring Surfacing be accepted and that the works be done at Easter.\n",
        [
            ("Car park", "That the quotation from Tendring Surfacing be accepted."),
            ("Car park", "That the works be done at Easter."),
        ],
    ),
    # A decimal sub-item printed in capitals as its item is ("4.1 DAMP AND MOULD ..." under "4 REPORTS FOR
    # CONSIDERATION"): the item of what is decided under it.
    "decimal-sub-items-in-capitals-as-their-item.txt": (
        "Minutes of the Housing Scrutiny Sub-Committee held on 11 November 2025\n\n4 REPORTS FOR CONSIDERATION\n\n"
        "4.1 DAMP AND MOULD IN SOCIAL HOUSING\n\nRESOLVED:\n\n1. That the presentation be noted.\n\n2. That the "
        "Director publishes quarterly figures on open cases.\n\n4.2 TEMPORARY ACCOMMODATION\n\nRESOLVED:\n\n1. That "
        "a report on nightly-paid accommodation be added to the work programme.\n",
        [
            ("DAMP AND MOULD IN SOCIAL HOUSING", "That the Director publishes quarterly figures on open cases."),
            ("TEMPORARY ACCOMMODATION", "That a report on nightly-paid accommodation be added to the work programme."),
        ],
    ),
    # A Shropshire parish's items numbered with a slash ("2/ Parish Property"), who acts in brackets after the
    # decision ("(Act Clerk)"), no part of it.
    "slash-numbered-items-and-bracketed-owners.txt": (
        "Minutes of meeting 10th Feb 2026\n\n1/ Minutes of Jan meeting\nSigned as true by Chair.\n\n2/ Parish "
        "Property\nBench slats rotten by the war memorial. Agreed to accept the quote from T Bishop of £140.\n(Act "
        "Clerk)\n\n3/ Play areas\nInspection due in spring. Agreed to book the inspection for April.\n(Act Clerk)\n",
        [
            ("Parish Property", "To accept the quote from T Bishop of £140."),
            ("Play areas", "To book the inspection for April."),
        ],
    ),
    # A point of the body's resolution in which someone "is asked to" act: the decision, not an officer's proposal.
    "a-resolved-point-asking-someone.txt": (
        "Minutes of the Scrutiny Board held on 19 November 2025\n\n42/25 Air Quality\n\nResolved:-\n\n(1) that the "
        "Director submits a revised trajectory to the March meeting;\n\n(2) that the Cabinet Member for Environment "
        "is asked to consider extending the school streets programme.\n",
        [
            ("Air Quality", "That the Director submits a revised trajectory to the March meeting."),
            (
                "Air Quality",
                "That the Cabinet Member for Environment is asked to consider extending the school streets programme.",
            ),
        ],
    ),
    # A council's action tracker page in sections by body ("Cabinet"), then by meeting, each action under its item in
    # bold: the body's heading is no item.
    "tracker-page-sections-by-body.html": (
        "<h1>Committee Action Tracker 2025</h1><h2>Full Council</h2><h3>22 July 2025</h3><p><b>Rural Bus Services</b>"
        "</p><p>Action - Leader to write to the Secretary of State about the bus grant.</p><h2>Cabinet</h2><h3>9 "
        "September 2025</h3><p><b>Leisure Centre Contract</b></p><p>Action - Strategic Director to circulate the "
        "performance scores for each site.</p><p>Response - will be added soon.</p>",
        [
            ("Rural Bus Services", "Leader to write to the Secretary of State about the bus grant."),
            ("Leisure Centre Contract", "Strategic Director to circulate the performance scores for each site."),
        ],
    ),
    # A joint advisory committee's minutes in the first person plural: "We resolved to ...", "We resolved that X, and
    # that Y" decide as "The Committee resolved" does.
    "first-person-plural-resolutions.txt": (
        "Minutes of the National Landscape Joint Advisory Committee held on 9 March 2026\n\n5. Management Plan\n\nWe "
        "received a report on the draft plan. We resolved to endorse the draft plan for public consultation.\n\n7. "
        "Budget\n\nWe resolved that the partner contributions be set as shown in Appendix 1, and that the Manager "
        "write to each partner to confirm its contribution.\n",
        [
            ("Management Plan", "To endorse the draft plan for public consultation."),
            ("Budget", "That the partner contributions be set as shown in Appendix 1."),
            ("Budget", "That the Manager write to each partner to confirm its contribution."),
        ],
    ),
    # A town council's narrative that asks the Town Clerk, in the passive, to act: the request.
    "the-town-clerk-was-asked.txt": (
        "Minutes of the Finance Committee held on 1 October 2025\n\n4. Budget monitoring\n\nThere was discussion on "
        "the unallocated balance. The Town Clerk was asked to list the organisations that fall into the sponsorship "
        "category.\n",
        [
            (
                "Budget monitoring",
                "The Town Clerk was asked to list the organisations that fall into the sponsorship category.",
            )
        ],
    ),
    # An officer's title in two parts before what they are to do ("The Head of Service – Highways to share ...")
    # is one action, not an item's title run on after a dash.
    "officer-title-with-a-dash.txt": (
        "Minutes of the Place Select Committee held on 4 March 2025\n\n5. Road Safety Review\n\n"
        "The Head of Service introduced the report.\n\nACTIONS AGREED:\n\n"
        "1. The Head of Service – Highways to share the casualty figures for each ward with the Select Committee.\n\n"
        "2. The Assistant Director – Inclusion to report back on the twenty mph pilot in June 2025.\n",
        [
            (
                "Road Safety Review",
                "The Head of Service – Highways to share the casualty figures for each ward with the Select Committee.",
            ),
            (
                "Road Safety Review",
                "The Assistant Director – Inclusion to report back on the twenty mph pilot in June 2025.",
            ),
        ],
    ),
    # A parish's motions in its narrative, their seconder and vote in the same sentence: after a dash ("... –
    # all in favour", past a comma inside the words moved) or a comma or "and" ("Councillor B seconded the
    # proposal, it was unanimously agreed"); the vote's words are no decision's lead.
    "motion-seconded-and-voted-in-one-sentence.txt": (
        "Minutes of the Parish Council held on 10 September 2025\n\n4. Finance\n\n"
        "The Clerk presented the bank reconciliation, which was checked by the Chairman. Cllr Wells proposed, "
        "seconded Cllr Warnes that the payments listed, totalling £1,146.20, be approved – all in favour.\n\n"
        "5. Memberships\n\nCouncillor Tobin proposed that the Council renew its membership of the Association at "
        "a cost of £412, Councillor Wilcox seconded the proposal, it was agreed by majority.\n\n6. Pavilion\n\n"
        "Councillor Little proposed that the pavilion be repainted, Councillor Scott seconded the proposal and it "
        "was unanimously agreed.\n",
        [
            ("Finance", "That the payments listed, totalling £1,146.20, be approved."),
            ("Memberships", "That the Council renew its membership of the Association at a cost of £412."),
            ("Pavilion", "That the pavilion be repainted."),
        ],
    ),
    # An item's timing on a committee's page ("10.50 am – 11.30 am" under its title) is no numbered item.
    "item-timings-on-a-committee-page.html": (
        "<html><body><h1>Communities Scrutiny Committee - Thursday, 12th June, 2025 10.00 am</h1><table>"
        "<tr><td><p>6.</p></td><td><p>PUBLIC CONVENIENCES STRATEGY 2025-2030 PDF 398 KB</p><p>To consider a report by "
        "the Facilities Manager.</p><p>10.50 am &ndash; 11.30 am</p><p>Minutes:</p><p>Resolved: that the Committee "
        "&ndash;</p><p>(i) supports the draft strategy;</p><p>(ii) requests a report on the grant scheme in spring "
        "2026.</p></td></tr></table></body></html>",
        [
            ("PUBLIC CONVENIENCES STRATEGY 2025-2030", "That the Committee supports the draft strategy."),
            (
                "PUBLIC CONVENIENCES STRATEGY 2025-2030",
                "That the Committee requests a report on the grant scheme in spring 2026.",
            ),
        ],
    ),
    # A parish's lettered sub-item in the agenda's words, its mover and seconder unnamed after a dash ("a) To approve
    # payments - PROPOSED; SECONDED; RESOLVED to ..."); a member by initials coming back ("TO returned.") is no part
    # of the decision before.
    "agenda-wording-then-proposed-seconded-resolved.txt": (
        "Minutes of the Parish Council held on 4 September 2025\n\n47. Finance\na) To approve payments - PROPOSED; "
        "SECONDED; RESOLVED to approve payments totalling £612.40 as listed in the Clerk's report.\nb) To note the "
        "bank reconciliation to 31st August 2025 - Noted.\n\n48. Planning\nTO left the room. It was resolved to "
        "recommend approval of application 2025/1187/HSE. TO returned.\n",
        [
            ("Finance", "To approve payments totalling £612.40 as listed in the Clerk's report."),
            ("Planning", "To recommend approval of application 2025/1187/HSE."),
        ],
    ),
    # The body's name over bullets of what it did, one of which agrees ("The Sub-Committee:" / "• Noted ..." /
    # "• Agreed that ..." / "• Requested that ..."): every bullet is a point of that lead, the agreeing one too, so
    # the request after it is read as the body's.
    "body-lead-over-bullets-one-agreeing.txt": (
        "Minutes of the Housing Scrutiny Sub-Committee held on 18 March 2025\n\n5. Damp and Mould\n\n"
        "The Sub-Committee:\n\n• Noted that the average time had fallen from 61 to 38 days;\n• Agreed that the "
        "resident survey should be extended to leaseholders;\n• Requested that officers circulate the list of blocks "
        "to all ward councillors; and\n• Thanked the tenant representatives for attending.\n",
        [
            ("Damp and Mould", "That the resident survey should be extended to leaseholders."),
            (
                "Damp and Mould",
                "The Sub-Committee requested that officers circulate the list of blocks to all ward councillors.",
            ),
        ],
    ),
    # What the body agreed to, a noun after "to" ("Cabinet agrees to the conversion of ...", "The Committee agreed
    # to the request ..."), is its verb and object, the sentence whole (not "To the conversion ..."); "RESOLVED to
    # the effect that X" decides X.
    "agreed-to-a-noun.txt": (
        "Minutes of the Cabinet held on 15 April 2025\n\n5. Street Lighting\n\nThe report was introduced.\n\n"
        "(i) Cabinet agrees to the conversion of the remaining lanterns to LED;\n(ii) Cabinet notes the projected "
        "savings.\n\n6. School Crossing\n\nThe Committee agreed to the request from the school for a crossing "
        "patrol.\n\n7. Village Hall\n\nRESOLVED to the effect that the hall be painted.\n",
        [
            ("Street Lighting", "Cabinet agrees to the conversion of the remaining lanterns to LED."),
            ("School Crossing", "The Committee agreed to the request from the school for a crossing patrol."),
            ("Village Hall", "That the hall be painted."),
        ],
    ),
    # A member proposing "the following additional recommendation:" moves it: the resolution after the vote,
    # which takes it in, is the record, not the words moved.
    "additional-recommendation-moved.html": (
        "<html><body><h2>Meeting: 04/03/2026 - Fenmoor Police and Crime Panel (Item 48)</h2><p>48 Proposed Variation "
        "to the Police and Crime Plan</p><p>Minutes:</p><p>The Commissioner presented her proposed variation.</p>"
        "<p>In moving the recommendations in the report, Councillor Crouch proposed the following additional "
        "recommendation:</p><p>4) Asks the Commissioner to publish the revised framework on her website.</p>"
        "<p>Following debate it was</p><p><b>Resolved:</b></p><ol><li>That the Panel supports the proposed "
        "variation.</li><li>To ask the Commissioner to publish the revised framework on her website.</li></ol>"
        "</body></html>",
        [
            ("Proposed Variation to the Police and Crime Plan", "That the Panel supports the proposed variation."),
            (
                "Proposed Variation to the Police and Crime Plan",
                "To ask the Commissioner to publish the revised framework on her website.",
            ),
        ],
    ),
    # The work programme noted with a new item asked for ("..., subject to the addition of an item on X") asks for
    # that item, as one approved so does; noted alone it is the committee's own business.
    "work-programme-noted-with-an-item-added.txt": (
        "Minutes of the Health Scrutiny Panel held on 14 January 2025\n\n7. Work Programme Update\n\nRESOLVED: "
        "That the work programme be noted, subject to the addition of an item on home care to the March 2025 "
        "meeting.\n\n8. Forward Plan\n\nRESOLVED: That the work programme be noted.\n",
        [
            (
                "Work Programme Update",
                "That the work programme be noted, subject to the addition of an item on home care to the March 2025 "
                "meeting.",
            )
        ],
    ),
    # A town council's decisions under its minute's paragraph code ("C.4125.1 RESOLVED: that ..."), its mover,
    # seconder and vote on the lines after: each paragraph is a decision, not the next item's title.
    "paragraph-coded-resolutions.txt": (
        "Minutes of the meeting of Penhallow Town Council held on Thursday 12th February 2026\n\n"
        "C.4125 TO CONSIDER THE RECOMMENDATIONS OF THE AMENITIES COMMITTEE\n\n"
        "C.4125.1 RESOLVED: that the Council accepts the quotation of £3,460 from Kernow Playcare Ltd.\n\n"
        "Proposed by Councillor Chenoweth Seconded by Councillor Angove\n\n"
        "On a vote being taken the matter was approved unanimously.\n\n"
        "C.4125.2 RESOLVED: that the Town Clerk write to the unitary authority requesting two more litter bins.\n\n"
        "C.4127 FINANCE\n\nC.4127.1 RESOLVED: that the schedule of payments for January 2026 be approved\n",
        [
            (
                "TO CONSIDER THE RECOMMENDATIONS OF THE AMENITIES COMMITTEE",
                "That the Council accepts the quotation of £3,460 from Kernow Playcare Ltd.",
            ),
            (
                "TO CONSIDER THE RECOMMENDATIONS OF THE AMENITIES COMMITTEE",
                "That the Town Clerk write to the unitary authority requesting two more litter bins.",
            ),
            ("FINANCE", "That the schedule of payments for January 2026 be approved."),
        ],
    ),
    # The body's name alone, no colon, over its lower-case points ("The Cabinet" / "a) approved ..."): their stem;
    # a decider's "As Cabinet Member for X, I agree to:" introduces what they agreed to.
    "body-name-alone-and-i-agree-to.txt": (
        "Minutes of the Cabinet held on 18 March 2025\n\n90. CIL Allocations\n\nDecision:\n\nThe Cabinet\n\n"
        "a) approved the allocation of funding to the eleven projects;\n\nb) noted the position on earlier "
        "funding.\n\n91. 20mph Policy\n\nAs Cabinet Member for Highways, I agree to:\n\na) note the responses to "
        "the consultation;\n\nb) adopt the Countywide 20mph Speed Limit Policy.\n",
        [
            ("CIL Allocations", "The Cabinet approved the allocation of funding to the eleven projects."),
            ("20mph Policy", "To adopt the Countywide 20mph Speed Limit Policy."),
        ],
    ),
    # A lettered sub-item's run-in title before the decision and its mover and seconder in brackets ("a) Approval of
    # January payments: It was AGREED (proposed X, seconded Y) to approve ..."); a lead deciding whole over the
    # payments it lists in a paragraph ("It was resolved to approve the payments listed below:" / "S Pell – salary
    # £486.20; HMRC – PAYE £121.40"): the lead is the decision, the schedule no point of it.
    "run-in-title-agreed-and-payments-schedule.txt": (
        "Minutes of the Parish Council held on 2 February 2026\n\n19. Finance\n\na) Approval of January payments: It "
        "was AGREED (proposed Dr Milburn, seconded Mr Robson) to approve payments totalling £2,146.30.\n\n"
        "20. Payments\n\nIt was resolved to approve the payments listed below:\n\nS Pell – Clerk's salary (March) "
        "£486.20; HMRC – PAYE £121.40; Village Hall – room hire £30.00.\n\n21. Planning\n\nNo comments.\n",
        [
            ("Finance", "To approve payments totalling £2,146.30."),
            ("Payments", "To approve the payments listed below."),
        ],
    ),
    # A committee page's sub-item numbers on lines of their own ("2a" over "Asset Management – Former Depot"), and a
    # bold lettered sub-item led by an application's reference ("(a) LA07/2025/0612/F – Erection of ..."): each the
    # item of what is decided under it.
    "sub-item-numbers-alone-and-application-headings.html": (
        "<html><body><h2>Strategic Policy and Resources Committee - Friday, 20th February, 2026</h2>"
        "<p>2.</p><p>Restricted Items</p><p>Minutes:</p><p>The reports on the following items are restricted.</p><p>2a</p><p>Asset Management – Former Glenbrae Road Depot</p><p>Minutes:</p>"
        "<p>The Committee agreed to grant a 25-year lease of the depot to Glenbrae Community Growers.</p>"
        "<p>3.</p><p>Planning Applications</p><p><b>(a) LA07/2025/0612/F – Erection of 14 dwellings on lands adjacent "
        "to 22 Mill Road, Castlebane</b></p><p>The Committee agreed that planning permission be granted.</p>"
        "</body></html>",
        [
            (
                "Asset Management – Former Glenbrae Road Depot",
                "To grant a 25-year lease of the depot to Glenbrae Community Growers.",
            ),
            (
                "LA07/2025/0612/F – Erection of 14 dwellings on lands adjacent to 22 Mill Road, Castlebane",
                "That planning permission be granted.",
            ),
        ],
    ),
    # A decision after a long clause naming the body with its remit ("Having considered ..., the Joint Committee for
    # Strategic Planning agreed that X"), and a second decision in the same sentence leading a list (", and also
    # resolved to recommend that the Full Councils ...:" over "(i) approve ..."): X, then each point under its lead.
    "decision-then-a-second-leading-a-list.txt": (
        "Minutes of the Joint Committee for Strategic Planning held on 11 June 2025\n\n4. Local Plan\n\nHaving "
        "considered the recommendations made by the Joint Advisory Committee for Strategic Planning, the Joint "
        "Committee for Strategic Planning agreed that a further consultation be undertaken, and also resolved to "
        "recommend that the Full Councils of the three planning authorities:\n\n(i) approve the Main "
        "Modifications; and\n\n(ii) make a formal request to the Inspector.\n",
        [
            ("Local Plan", "That a further consultation be undertaken."),
            (
                "Local Plan",
                "To recommend that the Full Councils of the three planning authorities approve the Main Modifications.",
            ),
            (
                "Local Plan",
                "To recommend that the Full Councils of the three planning authorities make a formal request to the "
                "Inspector.",
            ),
        ],
    ),
    # A parish's front matter of labels and values ("PLACE: Village Hall", "PUBLIC: 3") over its items in the
    # agenda's words ("2. To consider quotations ..."): no label is an item (not item 3 either, which made the
    # items after it no items).
    "front-matter-labels-over-agenda-items.txt": (
        "Minutes of the Parish Council Meeting\nWREXMERE PARISH COUNCIL\nDATE: Thursday 2nd October 2025\n"
        "TIME: 7:00pm\nPLACE: Wrexmere Village Hall, Church Road\nPUBLIC: 3\n\n1. To Receive Apologies for Absence\n"
        "None.\n2. To consider quotations for the village sign refurbishment\nIt was resolved to accept the quotation "
        "from H. Mayes Joinery for £1,180.\n",
        [
            (
                "To consider quotations for the village sign refurbishment",
                "To accept the quotation from H. Mayes Joinery for £1,180.",
            )
        ],
    ),
    # A decision's first point numbered after its word and a space ("RESOLVED 1. That the Plan be ENDORSED." /
    # "2. That ..."): the list's first point, as after "RESOLVED: 1)".
    "resolved-then-its-first-number.txt": (
        "Minutes of the Planning Committee held on 20 January 2026\n\n47. PLANNING ENFORCEMENT REVIEW\n\n"
        "47.1 The Head of Development Services introduced the report.\n\nRESOLVED 1. That the Planning Enforcement "
        "Review Action Plan be ENDORSED.\n2. That the Head of Development Services be asked to report clearance "
        "times in July.\n",
        [
            ("PLANNING ENFORCEMENT REVIEW", "That the Planning Enforcement Review Action Plan be ENDORSED."),
            (
                "PLANNING ENFORCEMENT REVIEW",
                "That the Head of Development Services be asked to report clearance times in July.",
            ),
        ],
    ),
    # How the vote went in brackets after the decision's word ("RESOLVED: (Majority)") over points lettered in
    # capitals; the agenda's next number over a title that starts like a label ("67. Recommendation to Council -
    # Climate Action Plan Refresh"): the next item, not a recommendation whose words are a title.
    "majority-in-brackets-and-a-recommendation-titled-item.txt": (
        "Minutes of the Transport Committee held on 21 November 2025\n\n66. Tendered Services\n\nRESOLVED: "
        "(Majority)\n\nA. To recommend to the Combined Authority Board that it approves the retendering of 14 "
        "contracts.\n\nB. To recommend to the Mayor that fares be capped at £2.50.\n\n67. Recommendation to Council - "
        "Climate Action Plan Refresh\n\nResolved that Full Council be recommended to adopt the refreshed plan.\n",
        [
            (
                "Tendered Services",
                "To recommend to the Combined Authority Board that it approves the retendering of 14 contracts.",
            ),
            ("Tendered Services", "To recommend to the Mayor that fares be capped at £2.50."),
            (
                "Recommendation to Council - Climate Action Plan Refresh",
                "That Full Council be recommended to adopt the refreshed plan.",
            ),
        ],
    ),
    # A committee page saved as text, its table's cell walls left on lines of their own ("|", "No. | Item |"): the
    # walls end the paragraphs, so each item's title stands apart from the decision above it.
    "cell-walls-alone-on-their-lines.txt": (
        "North Tamsworth Joint Strategic Planning Committee - Friday, 6th February, 2026 10.00 am\n\nNo. | Item |\n"
        "---|---|\nElection of Chairman\nMinutes: RESOLVED: That Councillor M Fenwick-Hale be elected Chairman.\n|\n|\n"
        "Joint Policy Unit Budget 2026/27 PDF 142 KB\nTo consider the budget of the Joint Policy Unit.\n"
        "Minutes: The Joint Policy Unit Manager presented the budget, which included a one-off sum of £38,000 for the "
        "examination and the costs of the unit's staff.\nAGREED:\nThat the Joint Policy Unit budget for 2026/27 of £412,600 be "
        "approved.\n|\n|\nLocal Plan Timetable PDF 90 KB\nTo consider the timetable.\nMinutes: AGREED:\nThat the revised "
        "timetable be recommended to the constituent councils.\n|\n|\nDate of next meeting\nMinutes: The next meeting will be "
        "held on Friday 12 June 2026.\n|\n",
        [
            (
                "Joint Policy Unit Budget 2026/27",
                "That the Joint Policy Unit budget for 2026/27 of £412,600 be approved.",
            ),
            ("Local Plan Timetable", "That the revised timetable be recommended to the constituent councils."),
        ],
    ),
    # Payments approved "as listed:" over lines of one payment each ("Clerk's salary ... - £486.00"): the lead is the
    # decision, the lines none; and others invited to nominate members ("that parish clerks be invited to nominate
    # councillors to attend") is a request, not the body's own appointment.
    "payments-as-listed-and-others-invited-to-nominate.txt": (
        "Minutes of the Parish Council held on 18 February 2026\n\n6. Finance\n\na) Payments: Resolved: to approve "
        "payments as listed:\n\nClerk's salary (January and February) - £486.00\n\nVillage Hall - room hire - £36.00\n\n"
        "7. Training\n\nRESOLVED that a training session be arranged for all Members, and that parish clerks be invited "
        "to nominate councillors to attend.\n",
        [
            ("Finance", "To approve payments as listed."),
            ("Training", "That a training session be arranged for all Members."),
            ("Training", "That parish clerks be invited to nominate councillors to attend."),
        ],
    ),
    # A council's file reference with its year before the sub-item's title ("3.1 L/LEI/002/26  LEISURE CENTRE ..."):
    # no part of the title, as one without its year ("3.2 CP/CD/014  COMMUNITY FESTIVALS FUND") is not.
    "file-reference-with-its-year-before-a-title.txt": (
        "Minutes of the Leisure and Community Services Committee held on 2 February 2026\n\n3   ITEMS FOR DECISION\n\n"
        "3.1 L/LEI/002/26  LEISURE CENTRE MEMBERSHIP PRICING 2026/27\n\nThe Head of Leisure presented proposed prices.\n\n"
        "Proposed by Councillor Moore\nSeconded by Alderman Kinnear and agreed that\n\nthe revised membership prices "
        "for 2026/27 be approved.\n\n3.2 CP/CD/014  COMMUNITY FESTIVALS FUND 2026/27\n\nAGREED that grants be awarded "
        "to six festivals.\n",
        [
            (
                "LEISURE CENTRE MEMBERSHIP PRICING 2026/27",
                "That the revised membership prices for 2026/27 be approved.",
            ),
            ("COMMUNITY FESTIVALS FUND 2026/27", "That grants be awarded to six festivals."),
        ],
    ),
    # What was done with a paper after the decision ("The bank reconciliation was checked and signed by RM."): no part
    # of the decision's words.
    "paper-checked-and-signed-after-a-decision.txt": (
        "Minutes of the Parish Council held on 21 July 2025\n\n6. Finance\n\nThe Clerk presented the schedule of "
        "payments and the bank reconciliation.\n\nIt was resolved to approve the payments listed in the schedule, "
        "totalling £1,284.60. The bank reconciliation was checked and signed by RM.\n",
        [("Finance", "To approve the payments listed in the schedule, totalling £1,284.60.")],
    ),
    # A committee page saved as text, each item's number on a line of its own, its title ending in its report's link
    # ("pdf icon PDF 220 KB") over the agenda's time, purpose and who presents it ("Ruth Alcott, Head of Housing
    # Strategy"): the title ends at the link, and who presents is no title.
    "committee-page-as-text-link-ends-title.txt": (
        "Oakridge Council - Democracy\nHousing Scrutiny Panel\nTuesday, 3rd February, 2026 6.30 pm\n\nItems\n"
        "No. Item\n\n12.\nApologies\nMinutes:\nApologies were received from Councillor Dunne and from Councillor "
        "Marsh, who was attending a training session.\n\n13.\nHomelessness Strategy 2026-2031  pdf icon PDF 220 KB\n"
        "25 minutes\nPanel to comment on the draft strategy.\nRuth Alcott, Head of Housing Strategy\n"
        "Additional documents:\nMinutes:\nThe Head of Housing Strategy introduced the draft strategy and answered "
        "questions from Members on the use of temporary accommodation.\nRESOLVED: That the Cabinet be asked to "
        "include a target for reducing the use of bed and breakfast accommodation.\n\n14.\nEmpty Homes Review  "
        "pdf icon PDF 95 KB\nOwen Pryce, Private Sector Housing Manager\nMinutes:\nRESOLVED: That a report on the "
        "empty homes loan scheme be brought to the June meeting of the Panel.\n",
        [
            (
                "Homelessness Strategy 2026-2031",
                "That the Cabinet be asked to include a target for reducing the use of bed and breakfast accommodation.",
            ),
            (
                "Empty Homes Review",
                "That a report on the empty homes loan scheme be brought to the June meeting of the Panel.",
            ),
        ],
    ),
    # A line in capitals naming where the decision below it goes ("RECOMMENDATION TO FULL COUNCIL ON 19 MARCH 2026")
    # under "Decision:": a label over it, no decision.
    "recommendation-to-council-label-under-decision.txt": (
        "Cabinet, 25 February 2026\n\n7. Treasury Management Strategy 2026/27\n\nDecision:\n\n"
        "RECOMMENDATION TO FULL COUNCIL ON 19 MARCH 2026\n\n"
        "RECOMMENDED TO COUNCIL:- That the Treasury Management Strategy 2026/27 be approved.\n",
        [("Treasury Management Strategy 2026/27", "That the Treasury Management Strategy 2026/27 be approved.")],
    ),
    # A minute's code run into its title as text taken from a PDF loses the space ("B3Fleet replacement programme"):
    # the code, then the title.
    "minute-code-run-into-its-title.txt": (
        "Minutes of the Fire Authority held on 5 June 2025\n\nB3Fleet replacement programme\n\nResolved:\n\n"
        "That two new appliances be ordered.\n\nB4Station open days\n\nResolved:\n\n"
        "That open days be held at every station.\n",
        [
            ("Fleet replacement programme", "That two new appliances be ordered."),
            ("Station open days", "That open days be held at every station."),
        ],
    ),
    # A saved page's paragraphs, each a number, a title in bold closed by a full stop and its minute run on in plain
    # type ("5. <b>Village Hall.</b> The Clerk reported ..."): the title is the item.
    "bold-run-in-titles-on-a-saved-page.html": (
        "<html><body><p><b>Minutes of the Parish Council meeting held on Tuesday 7th October 2025</b></p>"
        "<p>4. <b>Minutes.</b> The minutes of the meeting held on 2nd September 2025 were approved and signed.</p>"
        "<p>5. <b>Village Hall.</b> The Clerk reported that the boiler had failed again. It was RESOLVED to accept "
        "the quotation of £2,150 for a replacement boiler.</p>"
        "<p>6. <b>Play Area Inspection.</b> The annual report was circulated. It was RESOLVED to repair the zip wire "
        "before the half-term holiday.</p></body></html>",
        [
            ("Village Hall", "To accept the quotation of £2,150 for a replacement boiler."),
            ("Play Area Inspection", "To repair the zip wire before the half-term holiday."),
        ],
    ),
    # A numbered title closed by a colon with its first sub-item run on after it ("7. Grants: a. Applications
    # received:"): the title is the item.
    "colon-title-then-its-first-sub-item.txt": (
        "Minutes of the Parish Council held on 14 October 2025\n\n6. Correspondence: A letter from the county council "
        "about winter gritting routes was noted.\n\n7. Grants: a. Applications received:\n\n"
        "The Youth Club asked for £250 towards its summer trip. It was RESOLVED to award £250 to the Youth Club.\n\n"
        "8. Highways: The Clerk had reported the blocked drain on Church Lane again.\n",
        [("Grants", "To award £250 to the Youth Club.")],
    ),
    # "It was RESOLVED" over who will act, with no "that" ("It was RESOLVED clerk would write to ..."): the decision
    # is what they will do, as printed.
    "resolved-over-who-would-act.txt": (
        "Minutes of the Parish Council held on 3 March 2025\n\n5. Footpaths\n\nCouncillor Hale reported the stile "
        "on footpath 12 was broken. It was RESOLVED clerk would ask the county council to replace the stile.\n",
        [("Footpaths", "Clerk would ask the county council to replace the stile.")],
    ),
    # A parish's lettered sub-item "b. Decisions:" (the planning authority's, listed) is no committee page's label: the
    # parish's own decision above it stays a decision.
    "lettered-decisions-sub-item-is-no-page-label.txt": (
        "Minutes of the Parish Council held on 9 June 2025\n\n8. Planning\n\na. Applications considered:\n\n"
        "25/0101/FUL Rear extension, 4 Mill Lane. It was RESOLVED to support the application.\n\nb. Decisions:\n\n"
        "25/0044/FUL Garage, 2 Hill Road. Approved by the planning authority.\n",
        [("Planning", "To support the application.")],
    ),
    # A decision to object "on the grounds that" the site "has" something: the grounds are the decision's own clause,
    # not a report of what happened ("Members resolved to object ..." in a planning application's paragraph).
    "resolved-to-object-on-grounds-that-it-has.txt": (
        "Minutes of the Parish Council held on 8 April 2025\n\n6. Planning\n\n25/00811/FUL Two dwellings, land off "
        "Mill Lane. Members resolved to object to the application on the grounds that the site has no safe access "
        "for pedestrians.\n",
        [("Planning", "To object to the application on the grounds that the site has no safe access for pedestrians.")],
    ),
    # A lettered sub-item's title and a dash before its decision ("b) Grass cutting – RESOLVED to accept ..."): the
    # decision, as after a colon.
    "sub-item-title-dash-resolved.txt": (
        "Minutes of the Parish Council held on 8 April 2025\n\n7. Open spaces\n\na) Grass cutting – RESOLVED to "
        "accept the quotation from Fenwold Grounds of £1,240 for the season.\n\nb) Benches – the Clerk reported that "
        "two benches had been repainted. Noted.\n",
        [("Open spaces", "To accept the quotation from Fenwold Grounds of £1,240 for the season.")],
    ),
    # What the clerk reports after a decision in its paragraph ("The Clerk had spoken to the rights of way team, who
    # were happy to help."): what happened, no part of the decision.
    "report-after-a-decision-in-its-paragraph.txt": (
        "Minutes of the Community Council held on 12 March 2025\n\n5. Footpaths\n\nIt was agreed to ask the county "
        "council to clear footpath 7 before Easter. The Clerk had already spoken to the rights of way team, who were "
        "happy to help and had offered a site visit.\n",
        [("Footpaths", "To ask the county council to clear footpath 7 before Easter.")],
    ),
    # A motion carried by its vote, then an appointment under the next sub-item ("7.2 Auditor - Agreed that Mrs
    # Hale be appointed ..."): the motion is the decision; the appointment restates nothing of it.
    "motion-carried-then-an-appointment.txt": (
        "Minutes of the Community Council held on 12 March 2025\n\n7. Finance\n\n7.1 Payments\n\nProposed (AB) and "
        "seconded (CD) that the invoices listed be paid. Unanimously agreed.\n\n7.2 Auditor - Agreed that Mrs Hale be "
        "appointed as internal auditor for 2024/25.\n",
        [("Finance", "That the invoices listed be paid.")],
    ),
    # An item's title printed again at the top of a page with "(Cont'd)" after it: the same item.
    "title-printed-again-continued.txt": (
        "Minutes of the Town Council held on 9 October 2024\n\n14. PLAYING FIELDS\n\nRESOLVED that the goalposts be "
        "replaced.\n\n14. PLAYING FIELDS (Cont'd)\n\nRESOLVED that the changing rooms be redecorated.\n",
        [
            ("PLAYING FIELDS", "That the goalposts be replaced."),
            ("PLAYING FIELDS", "That the changing rooms be redecorated."),
        ],
    ),
    # The agenda's next number with its title closed by a colon and its sub-items run on ("9. Finance: a. Payments.
    # ..."), after a lettered lead ("b. Decisions:") whose paragraphs were read as points: the next item.
    "next-item-titled-with-a-colon-after-a-lettered-lead.txt": (
        "Minutes of the Parish Council held on 2 June 2025\n\n8. Planning\n\na. Applications:\n\n25/0101/FUL Garden "
        "shed, 3 Elm Close. It was RESOLVED to support the application.\n\nb. Decisions:\n\n25/0044/FUL Garage, 2 "
        "Hill Road. Approved by the district council.\n\n9. Finance: a. Payments. It was RESOLVED to approve payments of "
        "£300.00 as listed. b. Audit. The internal audit report was received and noted.\n",
        [("Planning", "To support the application."), ("Finance", "To approve payments of £300.00 as listed.")],
    ),
    # A decision pasted onto a page a line a paragraph, its first line ending mid-phrase on "and" ("... approved the
    # tariff and" / "charges for parking ..."): one decision, not a point ended by list glue.
    "decision-wrapped-over-paragraphs-at-and.html": (
        "<html><body><h2>Decision details</h2><h2>Harbour Tariff 2026</h2><p>Decision Maker: Port Joint Board</p>"
        "<p>Decisions:</p><p>RESOLVED :&nbsp;&nbsp;&nbsp; The Board approved the harbour dues and</p>"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; mooring charges for 2026 as set out in the report,</p>"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; to take effect from 1 January 2026.</p>"
        "<p>Date of decision: 14/11/2025</p></body></html>",
        [
            (
                "Harbour Tariff 2026",
                "The Board approved the harbour dues and mooring charges for 2026 as set out in the report, to take "
                "effect from 1 January 2026.",
            )
        ],
    ),
    # A Word response table whose middle heading lists the outcomes it holds ("Agreed, not agreed or agreed in part"):
    # a table of recommendations and the executive's answers, each row a record.
    "response-table-outcome-words-heading.html": (
        "<html><body><p>Cabinet response to the Scrutiny Committee's review of allotments</p><p>Meeting date: 3 March 2026</p>"
        "<table><tr><td>Recommendation</td><td>Agreed, not agreed or agreed in part</td>"
        "<td>Action to be taken and timescale (where agreed)</td></tr>"
        "<tr><td>Recommendation 1: That waiting lists are published on the Council's website.</td><td>Agreed</td>"
        "<td>From April 2026.</td></tr>"
        "<tr><td>Recommendation 2: That half plots are offered to new tenants.</td><td>Not agreed</td>"
        "<td>Plot sizes are set by the allotment societies.</td></tr></table></body></html>",
        [
            (None, "That waiting lists are published on the Council's website."),
            (None, "That half plots are offered to new tenants."),
        ],
    ),
    # A decision record's "The Board has then:-" over what it did: the points finish it, in the past tense
    # ("(2) Approved ..." is "The Board has then approved ..."), a noting one none.
    "body-has-then-over-past-tense-points.html": (
        "<html><body><p>Decisions of the Transport Board, 12 March 2026</p><p><b>4. Bus Network Review</b></p>"
        "<p>The Board has then:-</p><ol><li>Noted the consultation responses summarised in Appendix 1.</li>"
        "<li>Approved the revised network to start on 1 September 2026.</li></ol></body></html>",
        [("Bus Network Review", "The Board has then approved the revised network to start on 1 September 2026.")],
    ),
    # A decisions page's entry whose decision reads "X has given approval to ...", whoever X is: the decision.
    "has-given-approval-on-a-decisions-page.html": (
        "<html><body><h2>Decisions published</h2><p>03/02/2026 - Sale of former depot, Mill Road ref: 812 "
        "Recommendations Approved</p><p>Decision Maker: Head of Property</p><p><b>Decision:</b></p>"
        "<p>The Head of Property has given approval to the sale of the former depot at Mill Road to Hexley Homes "
        "for £410,000.</p><p>Lead officer: Dana Price</p></body></html>",
        [
            (
                "Sale of former depot, Mill Road",
                "The Head of Property has given approval to the sale of the former depot at Mill Road to Hexley Homes "
                "for £410,000.",
            )
        ],
    ),
    # A Scottish town's Common Good Fund deciding in its own name ("The Kilbrae Common Good Fund agreed to ..."): the
    # body, as a committee is.
    "common-good-fund-agreed.txt": (
        "Minute of Meeting of the Kilbrae Common Good Fund held on 4 March 2026\n\n3. Applications\n\nThe Kilbrae "
        "Common Good Fund agreed to award £500 to the Kilbrae Gala Committee towards the cost of marquees.\n",
        [("Applications", "To award £500 to the Kilbrae Gala Committee towards the cost of marquees.")],
    ),
    # A working group's recommendations reported in the minutes of the body they went to ("The Working Group
    # recommended that:"): the proposal; the body's own resolution below them is the decision.
    "working-group-recommended-in-cabinet-minutes.txt": (
        "Minutes of the Cabinet held on 5 February 2026\n\n12. Scrutiny Report: Library Opening Hours\n\n"
        "The Working Group recommended that:\n\n(a) libraries open until 7pm on Thursdays;\n\n(b) a volunteer scheme "
        "supports the mobile library.\n\nRESOLVED that the Cabinet Member for Culture respond to the recommendations "
        "at the April meeting.\n",
        [
            (
                "Scrutiny Report: Library Opening Hours",
                "That the Cabinet Member for Culture respond to the recommendations at the April meeting.",
            )
        ],
    ),
    # A motion moved after a long paragraph of discussion ("... After discussion it was proposed by ... and seconded
    # by ... that X. Agreed."): the motion, carried.
    "motion-after-a-long-discussion.txt": (
        "Minutes of the Parish Council held on 10 December 2025\n\n9. Precept 2026/27\n\nThe Clerk presented the draft budget, explaining the rise in insurance premiums, the cost of the new play area inspections, the second year of the footpath warden scheme and the reserve the council had agreed to build for the pavilion roof, and Members asked about the effect of each option on a Band D household. After "
        "discussion it was proposed by Cllr Moss and seconded by Cllr Irving that the precept for 2026/27 be set at "
        "£21,400. Agreed.\n",
        [("Precept 2026/27", "That the precept for 2026/27 be set at £21,400.")],
    ),
    # A decision after a sentence in brackets ("(Cllr Day left the room.) Resolved to ..."): its own sentence.
    "decision-after-a-bracketed-sentence.txt": (
        "Minutes of the Parish Council held on 10 December 2025\n\n10. Grants\n\n(a) Youth club. (Cllr Day left the "
        "room.) Resolved to grant £300 to the youth club for its summer trip. (Cllr Day returned.)\n",
        [("Grants", "To grant £300 to the youth club for its summer trip.")],
    ),
    # "The Cabinet Member:" over what they did in the past tense, a refusal among it ("Did not approve ..."): each
    # finishes the stem.
    "cabinet-member-did-not-approve.html": (
        "<html><body><p>Decisions of the Cabinet Member for Transport, 6 November 2025</p><p><b>5. Residents' parking, "
        "Albert Street</b></p><p>The Cabinet Member:</p><ol><li>Did not approve the scheme as advertised.</li>"
        "<li>Asked officers to consult on a smaller scheme.</li></ol></body></html>",
        [
            ("Residents' parking, Albert Street", "The Cabinet Member did not approve the scheme as advertised."),
            ("Residents' parking, Albert Street", "The Cabinet Member asked officers to consult on a smaller scheme."),
        ],
    ),
    # A planning committee's page titling each application by its reference ("24/0311/FUL Land at Mill Lane"): the
    # reference is the title's, not a minute's code.
    "application-reference-titles.txt": (
        "Planning Committee\nThursday, 6th November, 2025 10.00 am\n\nItems\nNo. Item\n\n4.\nPlanning Applications\n"
        "Minutes:\nThe Committee considered the reports of the Head of Planning.\n\n4.1\n24/0311/FUL Land at Mill Lane, "
        "Bryncoed  PDF 2 MB\nMinutes:\nApplication No: 24/0311/FUL\nRESOLVED\nThat planning permission be refused for "
        "the reasons in the report.\n",
        [
            (
                "24/0311/FUL Land at Mill Lane, Bryncoed",
                "That planning permission be refused for the reasons in the report.",
            )
        ],
    ),
    # An item's title with its agenda number after it in brackets ("(Agenda No. 4.2)"): no part of the title.
    "agenda-number-after-title.html": (
        "<html><body><p>Minutes of the Licensing Sub Committee held on 3 March 2026</p><h3>Street Trading Consent – "
        "Market Square (Agenda No. 3.1)</h3><p>RESOLVED that the consent be granted for twelve months.</p></body></html>",
        [("Street Trading Consent – Market Square", "That the consent be granted for twelve months.")],
    ),
    # A planning list in text, a decision closing one application and the next's reference on the line after it
    # ("... to application 25/0311/PLF." / "25/0340/TPO Works to trees ..."): the next application is no part of it.
    "application-after-a-decision-line.txt": (
        "Minutes of the Parish Council held on 13 October 2025\n\n8. Planning\n\n25/0311/PLF Agricultural building "
        "for the storage of machinery and feed, Manor Farm, Beck Lane, considered by the Council in detail.\n"
        "RESOLVED: To submit no objections to application 25/0311/PLF on the grounds set out by the Clerk tonight.\n"
        "25/0340/TPO Works to trees at The Old Vicarage, to be determined by the district council tree officer.\n",
        [
            (
                "Planning",
                "To submit no objections to application 25/0311/PLF on the grounds set out by the Clerk tonight.",
            )
        ],
    ),
    # A saved page's items as lettered headings ("<h3>(f) Annual Report 2024/25 (DEH) –</h3>"): each an item.
    "lettered-headings-on-a-page.html": (
        "<html><body><h1>Joint Regulatory Committee</h1><p>Minutes of the meeting held on 17th June, 2025.</p>"
        "<h3>(f) Fees and Charges 2025/26 (DEH) –</h3><p>RESOLVED – THAT the fees set out in the report be approved.</p>"
        "<h3>(g) Enforcement Policy (DEH) –</h3><p>RESOLVED – THAT the revised policy be published.</p></body></html>",
        [
            ("Fees and Charges 2025/26 (DEH)", "That the fees set out in the report be approved."),
            ("Enforcement Policy (DEH)", "That the revised policy be published."),
        ],
    ),
    # Points run on in one paragraph under a lead, the first with its number at the paragraph's start ("(1) notes
    # ...; and (2) asks ..."): each a point.
    "run-on-points-first-numbered.txt": (
        "Minutes of the Audit Committee held on 4 December 2025\n\n6. Standards Report\n\nResolved: The Committee:-"
        "\n\n(1) notes the annual report; and (2) asks the Monitoring Officer to arrange training on the Code of "
        "Conduct for all councillors.\n",
        [
            (
                "Standards Report",
                "The Committee asks the Monitoring Officer to arrange training on the Code of Conduct for all councillors.",
            )
        ],
    ),
    # A decision notice's title starting "Declaration of" ("Declaration of Mill Lane depot as surplus"): no
    # declarations of interest, its decision a record.
    "declaration-of-a-site-surplus.txt": (
        "Cabinet Member Decision, 2 February 2026\n\nTitle of decision: Declaration of Mill Lane depot as surplus to "
        "requirements\n\nDecision:\n\nThat the Mill Lane depot be declared surplus to the council's operational "
        "requirements.\n",
        [
            (
                "Declaration of Mill Lane depot as surplus to requirements",
                "That the Mill Lane depot be declared surplus to the council's operational requirements.",
            )
        ],
    ),
    # A decisions page's entry titled after the directorate's decision number ("ECON26 0412 - Grant to ..."): the
    # number is no part of the title.
    "directorate-decision-number-before-title.html": (
        "<html><body><h2>Decisions published</h2><p>12/01/2026 - ECON26 0412 - Grant to Holme Market Traders ref: 912 "
        "Recommendations Approved</p><p>Decision Maker: Director of Economy</p><p><b>Decision:</b></p><p>That a grant "
        "of £4,000 be paid to Holme Market Traders for new stalls.</p></body></html>",
        [("Grant to Holme Market Traders", "That a grant of £4,000 be paid to Holme Market Traders for new stalls.")],
    ),
    # A portfolio holder's decision notice in sections under headings in capitals: "TOPIC" (no colon) over the
    # decision's title, and its date only at the foot, in a grid of labels over values ("Approved by: (signature)"
    # beside "Date of Decision").
    "notice-topic-section-signature-grid.html": (
        "<html><body><h2>PORTFOLIO HOLDER DECISION NOTICE</h2><p><b>TOPIC</b></p><p>Beach Hut Licences</p>"
        "<p><b>PROCEDURAL INFORMATION</b></p><p>The decision comes into force five working days after it is "
        "published, unless called in.</p><p><b>DECISION</b></p><ol><li>That licence fees rise by 3% from April.</li>"
        "<li>That the waiting list be reopened in May.</li></ol><p><b>REASONS FOR THE DECISION</b></p>"
        "<p>Fees have not risen for three years.</p><table><tr><td>Approved by: (signature)</td>"
        "<td>Date of Decision</td></tr><tr><td>Councillor Rhys Lambert</td><td>12 February 2026</td></tr></table>"
        "</body></html>",
        [
            ("Beach Hut Licences", "That licence fees rise by 3% from April."),
            ("Beach Hut Licences", "That the waiting list be reopened in May."),
        ],
    ),
    # A notice of decisions set out as a grid per item: "Agenda item" beside its numbered title, "Decision" beside it.
    "notice-grid-agenda-item-label.html": (
        "<html><body><h1>NOTICE OF DECISIONS – CABINET</h1><p>Meeting held on Monday 10 February 2025</p>"
        "<table><tr><td>Agenda item</td><td><ol start='7'><li>Fees and Charges 2025/26</li></ol></td></tr>"
        "<tr><td>Cabinet Member</td><td><p>Cabinet Member for Finance</p></td></tr>"
        "<tr><td>Decision</td><td><p>Cabinet AGREED to:</p><p>(a) approve the fees for 2025/26;</p>"
        "<p>(b) review the charges in a year.</p></td></tr></table></body></html>",
        [
            ("Fees and Charges 2025/26", "To approve the fees for 2025/26."),
            ("Fees and Charges 2025/26", "To review the charges in a year."),
        ],
    ),
    # A decisions grid's headings printed apart from its rows, a part's title between them, and printed again
    # inside the grid at a page's top: they head every row, and the second printing is no row.
    "grid-headings-apart.html": (
        "<html><body><p>Riverside Joint Board, Tuesday 4 March 2025</p>"
        "<table><tr><td>Minute</td><td>Subject</td><td>Decision</td></tr></table><p><b>PART A - OPEN</b></p>"
        "<table><tr><td>RJB 12</td><td>Flood Wardens</td><td>AGREED: That wardens be recruited in each ward.</td></tr>"
        "<tr><td>Minute</td><td>Subject</td><td>Decision</td></tr>"
        "<tr><td>RJB 13</td><td>Towpath Lighting</td><td>AGREED: That the lighting trial be extended.</td></tr>"
        "</table></body></html>",
        [
            ("Flood Wardens", "That wardens be recruited in each ward."),
            ("Towpath Lighting", "That the lighting trial be extended."),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(STRUCTURES))
def test_a_structure_is_read_as_such(name: str) -> None:
    text, expected = STRUCTURES[name]
    minutes = parse_minutes(read_document(text.encode(), name))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == expected


def test_an_issue_page_is_dated_by_the_meeting_that_took_it_not_by_its_title() -> None:
    minutes = parse_minutes(read_document(STRUCTURES["issue-title-names-minutes.html"][0].encode(), "issue.html"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2025-04-01"]


def test_each_entry_of_a_decisions_page_is_dated_by_its_meeting() -> None:
    minutes = parse_minutes(read_document(STRUCTURES["decision-entries.html"][0].encode(), "decisions.html"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2021-03-02", "2021-02-25"]


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("decisions-made-by.html", "2026-03-09"),
        ("decision-page-dated-after.html", "2025-11-10"),
        ("letter-in-reply.html", "2025-09-23"),
        ("attendance-then-minutes-table.html", "2025-11-20"),
        ("meeting-page-documents-links-decided.html", "2026-03-20"),
    ],
)
def test_a_sentence_about_another_date_gives_way_to_what_dates_the_decision(name: str, day: str) -> None:
    minutes = parse_minutes(read_document(STRUCTURES[name][0].encode(), name))
    assert [str(r.meeting) for r in minutes.recommendations] == [day]


def test_a_title_sentence_ends_at_its_date() -> None:
    minutes = parse_minutes(read_document(STRUCTURES["capital-titles.txt"][0].encode(), "titles.txt"))
    assert {str(r.meeting) for r in minutes.recommendations} == {"2023-06-07"}


def test_a_call_ins_expiry_under_its_long_label_dates_no_meeting() -> None:
    minutes = parse_minutes(read_document(STRUCTURES["reasons-and-call-in.html"][0].encode(), "cabinet.html"))
    assert {str(r.meeting) for r in minutes.recommendations} == {"2025-11-13"}


def test_a_minute_number_alone_is_dated_by_the_meeting_not_by_its_title() -> None:
    minutes = parse_minutes(read_document(STRUCTURES["minute-number-alone.txt"][0].encode(), "town.txt"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2025-02-24"]


# What is not a record, by its kind (the meeting's own business, courtesies, noting, what was only
# moved), each in wording and layout other than the corpus documents that showed it.
NOT_RECORDS = {
    # Thanks for attending "and setting out" priorities (the "and" inside the thanks' reason), and the public "and
    # media representatives" excluded, are the meeting's courtesy and conduct, not decisions.
    # The City's form of the last minutes approved: "the public minutes and non-public summary of the meeting held on
    # 13 May 2025 be approved" is the meeting's own business.
    # "It was agreed that all agenda items would be held in public session": the meeting's conduct.
    "agenda-items-held-in-public-session": (
        "Minutes of the Corporate Parenting Panel held on 4 November 2025\n\n4. Admission of the Public\n\nIt was "
        "agreed that all agenda items would be held in public session.\n\n5. Placement Sufficiency\n\nIt was agreed "
        "that the Director report on foster carer recruitment in March.\n",
        [("Placement Sufficiency", "That the Director report on foster carer recruitment in March.")],
    ),
    # The last minutes approved in other words: "are a correct record and that they be signed", "are recorded
    # correctly and that they be confirmed and signed".
    "minutes-are-a-correct-record-recorded-correctly": (
        "Minutes of the Drainage Board held on 11 June 2025\n\nB.1403 Confirmation of Minutes\n\nRESOLVED\n\nThat the "
        "Minutes of the Meeting of the Board held on the 12th March 2025 are recorded correctly and that they be "
        "confirmed and signed.\n\nB.1404 Minutes of the Works Committee\n\nRESOLVED\n\nThat the minutes of the meeting "
        "held on 9 April 2025 are a correct record and that they be signed by the Chairman.\n\nB.1405 Pumping "
        "Station\n\nRESOLVED\n\nThat the Clerk obtains three quotations for the pump refurbishment.\n",
        [("Pumping Station", "That the Clerk obtains three quotations for the pump refurbishment.")],
    ),
    # A noting whose "and" joins two participles ("lodged and decided since the last meeting") notes one thing:
    # no second clause asks anything.
    "noted-participles-joined-by-and": (
        "Minutes of the Planning Committee held on 3 December 2024\n\n120/24 Planning Appeals\n\nRESOLVED:\n\n"
        "To note the appeals lodged and decided since the last meeting.\n\n121/24 Tree Preservation Order\n\n"
        "RESOLVED:\n\nTo confirm the Order without modification.\n",
        [("Tree Preservation Order", "To confirm the Order without modification.")],
    ),
    # Other councils' words for what is never a record: "To accept and note the information in the report" (noting),
    # "That the Chair be authorised to sign" (the minutes), "To agree the current version of the Forward Work
    # Programme" (the committee's own work programme).
    "accept-and-note-chair-to-sign-current-version-programme": (
        "Minutes of the Scrutiny Committee held on 19 January 2026\n\n1. Minutes\n\nIt was resolved that the minutes "
        "of the meeting held on 15th December 2025 having been circulated, be approved and that the Chair be "
        "authorised to sign.\n\n2. Housing Update\n\nRESOLVED: To "
        "accept and note the information in the report.\n\n3. Rent Arrears\n\nRESOLVED: That officers circulate "
        "the arrears by ward.\n\n4. Forward Work Programme\n\nRESOLVED: To agree the current version of the "
        "Forward Work Programme for 2025/26.\n",
        [("Rent Arrears", "That officers circulate the arrears by ward.")],
    ),
    # A call-in committee that leaves the executive's decisions as they stand ("decided not to call in any of the
    # decisions", "RESOLVED that the decision ... not be called in") asks nothing of anyone.
    "nothing-called-in": (
        "Minutes of the Executive Scrutiny Committee held on 9 October 2025\n\n4. Cabinet Decisions\n\nAfter "
        "discussion, Members decided not to call in any of the decisions.\n\n5. Officer Decisions\n\nRESOLVED: That "
        "the decision on the pest control fees not be called in.\n\n6. Lido Contract\n\nRESOLVED: That the "
        "Committee asks Cabinet to publish the contract's social value terms.\n",
        [("Lido Contract", "That the Committee asks Cabinet to publish the contract's social value terms.")],
    ),
    # A decision to note that something is so "and requires ..." (a verb of what is noted): no request after it.
    "noted-that-clause-with-a-second-verb": (
        "Minutes of the Cabinet Member decision made on 6 February 2026\n\n1. Decision\n\nI have decided:\n\n(a) to "
        "approve the charging pilot at 14 locations;\n\n(b) to note that the scheme is funded by grant and requires "
        "no contribution from the capital programme.\n",
        [("Decision", "To approve the charging pilot at 14 locations.")],
    ),
    # "Resolved: Approved." under a proposal and its seconder: how the vote went, no decision's words of its own.
    "resolved-approved-alone": (
        "Minutes of the Parish Council meeting held on 8 September 2025\n\n1. Minutes\n\nProposal to approve the "
        "minutes of the last meeting as a true record – Cllr Merrett; seconded – Cllr Sealy.\n\nResolved: Approved."
        "\n\n2. Grit\n\nProposal to buy grit – Cllr Merrett; seconded – Cllr Sealy.\n\nResolved: To buy two tonnes "
        "of grit.\n",
        [("Grit", "To buy two tonnes of grit.")],
    ),
    # A Scottish committee's private business: "That the following item of business be taken in Committee, in the
    # absence of members of the press and public ..." is the meeting's conduct.
    "taken-in-committee-in-the-absence-of-the-public": (
        "Minute of the Infrastructure Committee held on 5 November 2025\n\n6. Depot Lease\n\nThe Committee "
        "resolved that the following item of business be taken in Committee, in the absence of members of the press "
        "and public, on the grounds that it involved exempt information.\n\n7. Roads Maintenance\n\nThe Committee "
        "agreed that the winter gritting routes be reviewed before December.\n",
        [("Roads Maintenance", "That the winter gritting routes be reviewed before December.")],
    ),
    # "That, subject to the above observations, the Committee notes ...": noting, whatever clause comes first; a
    # point that welcomes a publication notes it too.
    "noted-after-a-subject-to-clause": (
        "Minutes of the Governance and Audit Committee held on 15 October 2025\n\n5. Risk Register\n\n"
        "RESOLVED:\n\n(a) That, subject to the above observations, the Committee notes the changes to the register;\n\n"
        "(b) Welcome the publication of the annual assurance statement; and\n\n"
        "(c) That, subject to the above observations, the Committee asks the risk owner to attend in January.\n",
        [
            (
                "Risk Register",
                "That, subject to the above observations, the Committee asks the risk owner to attend in January.",
            )
        ],
    ),
    # The committee's own programme approved with what the meeting changed, no comma after it ("that subject to the
    # above amendment the Committee's forward work programme be approved"), or called its forward programme.
    "forward-programme-approved-as-amended": (
        "Minutes of the Communities Scrutiny Committee held on 12 June 2025\n\n7. Scrutiny Work Programme\n\n"
        "Resolved: that subject to the above amendment the Committee's forward work programme be approved.\n\n"
        "8. Forward Programme\n\nRESOLVED: To approve the forward programme, updated to reflect the discussion.\n\n"
        "9. Play Areas\n\nRESOLVED: That officers survey every play area by September.\n",
        [("Play Areas", "That officers survey every play area by September.")],
    ),
    # The committee's own programme for the rest of its year, or kept under review ("... work schedule for the
    # remainder of the 2024/25 municipal year be approved", "... continues to be regularly reviewed during the
    # year"), and the last minutes found "a true and accurate record" after their mover and seconder.
    "own-programme-for-the-year-and-minutes-true-and-accurate": (
        "Minutes of the Scrutiny Board held on 12 March 2025\n\n7. Work Schedule\n\nRESOLVED: That the Board's work "
        "schedule for the remainder of the 2024/25 municipal year be approved.\n\nRESOLVED: That the Committee's work "
        "programme 2024/25 continues to be regularly reviewed during the year.\n\n8. Minutes\n\nIt was AGREED "
        "(proposed Mrs Ridley, seconded Mr Telfer) that the previously circulated minutes of the meeting held on 5 "
        "January 2026 were a true and accurate record.\n\n9. Play Areas\n\nRESOLVED: That officers survey every "
        "play area.\n",
        [("Play Areas", "That officers survey every play area.")],
    ),
    # The last minutes "an accurate record", however the sentence runs ("Councillors unanimously agreed that the
    # minutes of the meeting held on Monday 6 October 2025 were an accurate record ...").
    "minutes-an-accurate-record": (
        "Minutes of the Parish Council held on 3 November 2025\n\n2. Minutes\n\nRESOLVED – Councillors unanimously agreed that "
        "minutes of the meeting held on Monday 6 October 2025 were an accurate record of the meeting and should be "
        "signed by the Chairman.\n\n3. Verges\n\nIt was agreed that the Clerk asks the County Council to cut the "
        "verges.\n",
        [("Verges", "That the Clerk asks the County Council to cut the verges.")],
    ),
    # The meeting's own business in other words: no other decisions called in, the last minutes "recorded as
    # accurate", where its next meeting is held ("the December Board meeting would be held at ..."), and the agenda's
    # words for the chair's part ("The Chair to advise the Committee of any items on which ...").
    "own-business-in-other-words": (
        "Minutes of the Board held on 19 March 2026\n\n1. Public Question Time\n\nThe Chair to advise the Committee "
        "of any items on which members of the public have requested to speak.\n\n2. Minutes\n\nRESOLVED that the "
        "minutes of the meeting held on 3 July 2025 be received and recorded as accurate.\n\n3. Call-in\n\nRESOLVED: "
        "1. That the decision on the parking zone be referred back to Cabinet.\n2. That no other decisions of the "
        "Cabinet meeting held on 19 March 2026 be called in.\n\n4. Any Other Business\n\nIt was agreed that the "
        "December Board meeting would be held at the Innovation Centre.\n",
        [("Call-in", "That the decision on the parking zone be referred back to Cabinet.")],
    ),
    # More of the meeting's own business: going into and out of 'In Committee', "AGREED the minutes from the previous
    # meeting held on: ...", the committee's forward work programme or business plan agreed.
    "in-committee-minutes-from-and-own-plans-agreed": (
        "Minutes of the Corporate Services Committee held on 10 March 2026\n\n1. Minutes\n\nAGREED the minutes from the "
        "previous meeting held on: Tuesday 14 October 25.\n\n2. Exclusion\n\nRESOLVED: That the following item be taken "
        "‘In Committee’, in accordance with Section 42 of the Act.\n\nRESOLVED: That the Committee come out of ‘In "
        "Committee’.\n\n3. Work Programme\n\nThe Committee AGREED the forward work programme.\n\nAGREED the Committee "
        "Business Plan 2026/27.\n\n4. Rates Relief\n\nRESOLVED: That officers review the rates relief policy.\n",
        [("Rates Relief", "That officers review the rates relief policy.")],
    ),
    # Nominations approved or confirmed (governors, representatives): appointments, no record.
    "nominations-confirmed": (
        "Minutes of the Children's Services Cabinet Member meeting held on 2 October 2025\n\n4. School governors\n\n"
        "RESOLVED: That the nominations for the school governor vacancies set out in the appendix be confirmed.\n\n"
        "5. Home to school transport\n\nRESOLVED: That the revised policy be published by 1 November.\n",
        [("Home to school transport", "That the revised policy be published by 1 November.")],
    ),
    # A Scottish committee's minute approved "for signature" by its convener: the record of the last meeting approved.
    "minute-approved-for-signature": (
        "Minute of Meeting of the Area Committee held on 4 September 2025\n\n1. Minute of previous meeting\n\n"
        "AGREED to approve the Minute for signature by the Convener, with the spelling of one name corrected.\n\n"
        "2. Town centre toilets\n\nAGREED to ask officers to reopen the toilets at weekends.\n",
        [("Town centre toilets", "To ask officers to reopen the toilets at weekends.")],
    ),
    # A correction to the last minutes moved and agreed ("that the second sentence of minute 14 be amended to read
    # ..."): the record of the last meeting, no record.
    "minutes-corrected-to-read": (
        "Minutes of the Scrutiny Board held on 4 February 2026\n\n2. Minutes\n\nRESOLVED that the second sentence of "
        'minute 14 be amended to read "the survey closed in January" and that the minutes be approved.\n\n'
        "3. Parks\n\nRESOLVED that a report on the parks budget be brought to the March meeting.\n",
        [("Parks", "That a report on the parks budget be brought to the March meeting.")],
    ),
    # A call-in heard and let go: no further action, the decision may be implemented.
    "call-in-no-further-action": (
        "Minutes of the Scrutiny Board held on 4 February 2026\n\n5. Call-in: Closure of Elm Road Depot\n\n"
        "RESOLVED that no further action be taken on the call-in.\n\n6. Call-in: Leisure Fees\n\n"
        "RESOLVED that the original decision may now be implemented.\n\n7. Parks\n\nRESOLVED that a site visit to "
        "the new play area be arranged.\n",
        [("Parks", "That a site visit to the new play area be arranged.")],
    ),
    # "be otherwise noted" notes, as "be noted" does.
    "otherwise-noted": (
        "Minutes of the Joint Board held on 6 March 2026\n\n4. Annual Accounts\n\nDECIDED:\n\n(a) that the "
        "Treasurer sign the letter of representation; and\n\n(b) that the accounts be otherwise noted.\n",
        [("Annual Accounts", "That the Treasurer sign the letter of representation.")],
    ),
    # The committee's work programme and forward plan updated from the discussion; an executive's forward plan
    # approved for publication: its own business.
    "work-programme-and-forward-plan": (
        "Minutes of the Executive held on 6 October 2025\n\n7. Forward Plan\n\nRESOLVED that the Executive "
        "approved the updated Forward Plan for publication as attached.\n\n8. Work Programme\n\nRESOLVED that the "
        "work programme and forward agenda plan be updated to reflect the discussion.\n\n9. Parks\n\nRESOLVED that "
        "the Director report on park lighting in March.\n",
        [("Parks", "That the Director report on park lighting in March.")],
    ),
    # A body coming out of closed session: the conduct of the meeting.
    "come-out-of-closed-session": (
        "Minutes of the Committee held on 15 September 2025\n\n12. Leisure contract\n\nAGREED: To come out of closed "
        "session.\n\n13. Pitches\n\nAGREED: To resurface the pitches at Glebe Park.\n",
        [("Pitches", "To resurface the pitches at Glebe Park.")],
    ),
    # A report's sign-off ("Approved: Rhona Haggart, Strategic Lead – Communities, 12 November 2025"): no decision.
    "report-approved-by-a-named-officer": (
        "Report to the Common Good Fund Committee, 26 November 2025\n\nThe Committee is asked to consider the "
        "applications.\n\nAuthor: Lesley Menzies, Community Investment Officer\n\nApproved: Tom Reid, Head of "
        "Communities, 12 November 2025\n",
        [],
    ),
    # Receiving the recommendations other committees made ("To receive the recommendations arising from the meeting of
    # the Homes Sub-Committee held on ..."): noting them.
    "receive-the-recommendations-arising": (
        "Minutes of the Cabinet held on 18 March 2026\n\n5. Recommendations from Committees\n\nRESOLVED: To receive "
        "the recommendations arising from the meeting of the Parks Committee held on 3 March 2026.\n\n6. Parks\n\n"
        "RESOLVED: To approve the new bowling green fees.\n",
        [("Parks", "To approve the new bowling green fees.")],
    ),
    # Governors appointed by name ("That the appointment of Mrs A to X School and Mr B to Y School as local authority
    # governors be approved"): appointments.
    "governors-appointment-approved": (
        "Minutes of the Cabinet held on 9 March 2026\n\n8. School Governors\n\nRESOLVED – THAT the appointment of Mrs "
        "Ann Price to Ysgol Bryn and Mr Tom Hale to Westfield School as local authority governors be approved.\n\n"
        "9. Libraries\n\nRESOLVED – THAT the mobile library route be extended to Pentre.\n",
        [("Libraries", "That the mobile library route be extended to Pentre.")],
    ),
    # A Northern Ireland committee's business taken "In Confidence" and its move back "into Open Session".
    "in-confidence-and-open-session": (
        "Minutes of the Committee held on 12 January 2026\n\n9. Confidential business\n\nAGREED: That the Committee "
        "proceeds to conduct the following business 'In Confidence'.\n\nAGREED: That the Committee moves out of 'In "
        "Confidence' and into Open Session.\n\n10. Pitches\n\nAGREED: That the pitches at Glebe Park be relined.\n",
        [("Pitches", "That the pitches at Glebe Park be relined.")],
    ),
    # Receiving a report and noting what is in it ("receives the briefing and notes the new targets"): noting; the
    # items of business taken in an order of their own: the conduct of the meeting.
    "receives-and-notes-and-order-of-items": (
        "Minutes of the Area Committee held on 3 February 2026\n\n1. Order of business\n\nAGREED that the items of "
        "business be taken in the order shown below.\n\n2. Waiting times\n\nRESOLVED that the Board receives the "
        "briefing and notes the new targets for 2026/27.\n\n3. Pitches\n\nRESOLVED that the pitches be relined.\n",
        [("Pitches", "That the pitches be relined.")],
    ),
    "public-minutes-and-non-public-summary": (
        "Minutes of the Port Health Committee held on 8 July 2025\n\n3. Minutes\n\nRESOLVED – That the public minutes "
        "and non-public summary of the meeting held on 13 May 2025 be approved.\n\n4. Charges\n\nRESOLVED – That the "
        "Director writes to the shipping lines about the revised charges.\n",
        [("Charges", "That the Director writes to the shipping lines about the revised charges.")],
    ),
    "thanked-for-and-public-and-media-excluded": (
        "Minutes of the Education Committee held on 14 October 2024\n\n5. Portfolio Priorities\n\nDecision:\n\n"
        "(1) That Councillor Amis be thanked for attending the meeting and setting out her priorities.\n\n"
        "(2) That the Cabinet Member reports on school transport in March.\n\n6. Exempt Business\n\nResolved: That "
        "under Section 50A(4) of the Act the public and media representatives be excluded from the meeting.\n",
        [("Portfolio Priorities", "That the Cabinet Member reports on school transport in March.")],
    ),
    # A seat on an outside body filled after a resignation is the council's own appointment, in either wording.
    "vacancy-filled-by-a-councillor": (
        "Minute of Meeting of the City Council held on 15 January 2024\n\n(a) HARBOUR TRUST\n\nIt was reported that "
        "Bailie Muir had resigned from the above. The Council agreed that the vacancy be filled by Councillor Reid.\n\n"
        "(b) CITY ARTS LIMITED\n\nThe Council agreed that the Chief Executive writes to the company about its "
        "accounts.\n",
        [("CITY ARTS LIMITED", "That the Chief Executive writes to the company about its accounts.")],
    ),
    # A Cabinet Member's decision record: what the Member "noted" (the Member named with a portfolio) is no record; a
    # decision asking another body to acknowledge complaints is one.
    "member-for-a-portfolio-noted": (
        "Record of decisions taken on 17 November 2025\n\n1. TEMPORARY ACCOMMODATION FRAMEWORK\n\nDecision:\n\n"
        "(a) The Cabinet Member for Housing and Homelessness approved the framework.\n\n(b) The Cabinet Member for "
        "Housing and Homelessness noted the equality impact assessment at Appendix B.\n\n2. POLICE AND CRIME PANEL\n\n"
        "RESOLVED: That the Office of the Commissioner acknowledges complaints within ten working days.\n",
        [
            (
                "TEMPORARY ACCOMMODATION FRAMEWORK",
                "The Cabinet Member for Housing and Homelessness approved the framework.",
            ),
            (
                "POLICE AND CRIME PANEL",
                "That the Office of the Commissioner acknowledges complaints within ten working days.",
            ),
        ],
    ),
    # Accepting a report is receiving it ("To accept and note the report."), a request after it is the record;
    # considering an item in private, and the public re-admitted ("public/press", not a heading in two
    # languages), are the meeting's own business.
    "accepted-the-report": (
        "Minutes of the Language Committee held on 16 June 2025\n\n4. Annual Report\n\nRESOLVED to accept and note "
        "the report.\n\n5. Tenant Communications\n\nRESOLVED to accept the report, note the observations received, "
        "and ask the Head of Housing to report on bilingual letters.\n\n6. Staffing\n\nRESOLVED: To Consider in "
        "Private.\n\n7. Housing Allocations\n\nAGREED that the public/press be re-admitted to the meeting.\n",
        [("Tenant Communications", "To ask the Head of Housing to report on bilingual letters.")],
    ),
    # A Northern Ireland committee moving back "In Public" after its confidential business: its own business.
    "moved-in-public": (
        "Minutes of the Leisure Committee held on 21 January 2025\n\n9. Confidential Business\n\nAGREED: That "
        "Committee move 'In Public'.\n\n10. Play Parks\n\nAGREED: That the play park at Glenview be resurfaced.\n",
        [("Play Parks", "That the play park at Glenview be resurfaced.")],
    ),
    # Under "Decision:", what a committee did at an earlier meeting is background, not this decision.
    "earlier-meeting-under-decision": (
        "Cabinet decision, 3 February 2026\n\n4. Response to the Scrutiny Review of School Transport\n\nDecision:\n\n"
        "At its meeting on 11 November 2025, the Children and Families Scrutiny Committee endorsed the final report of "
        "its review.\n\nThe Cabinet:-\n\n(1) approved the responses to the recommendations;\n",
        [
            (
                "Response to the Scrutiny Review of School Transport",
                "The Cabinet approved the responses to the recommendations.",
            )
        ],
    ),
    # A Northern Ireland council asking the public to withdraw (in its statute's words): the meeting's own business.
    "public-asked-to-withdraw": (
        "Minutes of the Development Committee held on 5 June 2025\n\nD090/25 Confidential Business\n\nResolved: In "
        "accordance with Section 42 of the Local Government Act (NI) 2014 that Members of the public be asked to withdraw "
        "from the meeting.\n\nD091/25 Grants\n\nResolved: That the grant be paid.\n",
        [("Grants", "That the grant be paid.")],
    ),
    # Someone other than the body agreeing in the narrative (an applicant, a Cabinet Member at a scrutiny
    # meeting): an undertaking, not the body's decision; the body's own AGREED list below is.
    "someone-else-agreed": (
        "Minute of the Eastmuir Area Partnership held on 27 February 2025\n\n3. Community Grants\n\n"
        "The applicant was in attendance and agreed to provide a revised budget.\n\nThe Cabinet Member "
        "agreed to look into this.\n\nAGREED:-\n\n(a) to award £900 to the Eastmuir Bowling Club.\n",
        [("Community Grants", "To award £900 to the Eastmuir Bowling Club.")],
    ),
    # The body approving the last minutes in its own sentence, under 'Decision'.
    "body-approved-the-minute": (
        "Minute of the Eastfield Area Committee held on 2 April 2025\n\n12. MINUTE\n\nDecision\n\nThe Area "
        "Sub-Committee approved the minute.\n\n13. PARKS\n\nDecision\n\nThe committee agreed "
        "to plant a hedge at Mill Park.\n",
        [("PARKS", "To plant a hedge at Mill Park.")],
    ),
    # The last minutes confirmed, named at length (which meeting, and where the council adopted them).
    "minutes-confirmed-named-at-length": (
        "Minutes of the Leisure Committee held on 3 March 2026\n\n3. Minutes\n\nIt was proposed by Alderman Kerr, "
        "seconded by Councillor Boyd and agreed that the minutes of the Leisure and Community Development Committee "
        "held on 3 February 2026, as adopted at the monthly meeting of the Council held on 24 February 2026, be "
        "confirmed and signed.\n\n4. Pitches\n\nAGREED: That the pitch fees be frozen.\n",
        [("Pitches", "That the pitch fees be frozen.")],
    ),
    # The notes of the last meeting accepted as accurate: the record of a meeting approved.
    "notes-accepted-as-accurate": (
        "Notes of the Joint Committee held on 4 March 2026\n\n2. Housekeeping\n\nAGREED: the notes of the "
        "meeting held on 26 November 2025 were accepted as accurate.\n\n3. Panel\n\nAGREED: That the panel "
        "meets monthly.\n",
        [("Panel", "That the panel meets monthly.")],
    ),
    # Thanks recorded, with whom they go to and what for between the thanks and the verb.
    "thanks-to-someone-recorded": (
        "Minutes of the Environment Panel held on 4 June 2025\n\n6. Litter Picking\n\nRESOLVED that:\n\n"
        "(1) the Panel's gratitude to the volunteers of the Friends of Hale Park for the spring clean be placed "
        "on record; and\n(2) officers report on bin capacity in the park by September.\n",
        [("Litter Picking", "That officers report on bin capacity in the park by September.")],
    ),
    # The NHS body a health scrutiny committee questions, by its initials ("the CCG", "the ICB"), agreeing
    # in the discussion: its undertaking, though its initials end as a committee's own ("the JHOSC") do.
    "nhs-body-agreed": (
        "Minutes of the Joint Health Scrutiny Committee held on 3 March 2025\n\n5. Urgent Care Review\n\n"
        "5.1 Members asked about car parking. The CCG agreed that the leaflet would list the bus routes.\n\n"
        "5.2 RESOLVED: That the Committee asks for the travel analysis by May.\n",
        [("Urgent Care Review", "That the Committee asks for the travel analysis by May.")],
    ),
    # What the body only did, whatever it names: a sentence saying it considered recommendations heads the
    # reports' titles, not decisions; thanks with commendation, a noting whose noted words run on with "and",
    # and the press and public not excluded are not records either.
    "considered-thanked-noted-not-excluded": (
        "Minutes of the Executive held on 17 November 2025\n\n42. Minutes\n\nResolved - That the minutes of the "
        "meeting held on 20 October 2025 be approved.\n\n43. Recommendations from the Scrutiny Review "
        "Panels\n\nThe Executive considered the recommendations of two review panels on:\n\n"
        "- Grounds maintenance (Place Panel)\n\n- Hate crime reporting (Communities Panel)\n\nResolved -\n\n"
        "(a) That the panels' members be thanked and commended for their work.\n\n(b) That it be noted that "
        "a protocol is being drafted for circulation to members and publication.\n\n(c) That the Head of "
        "Parks reports on the grounds maintenance recommendations in May.\n\n44. Exempt business\n\n"
        "RESOLVED: That the press and public not be excluded for the next item.\n",
        [
            (
                "Recommendations from the Scrutiny Review Panels",
                "That the Head of Parks reports on the grounds maintenance recommendations in May.",
            )
        ],
    ),
    # Business taken as urgent is the conduct of the meeting, in the active voice as in the passive.
    "urgent-business-active": (
        "Minutes of the Harbour Board held on 9 October 2024\n\n6. Late items\n\nRESOLVED to admit the "
        "report on the slipway as an urgent item.\n\nRESOLVED that the Harbour Master closes the slipway until "
        "it is repaired.\n",
        [("Late items", "That the Harbour Master closes the slipway until it is repaired.")],
    ),
    # An officer's report (its front matter names an officer as its author, or the executive it goes to):
    # its "Recommendations" heading and "Recommendation:" label propose; only the body's own words decide.
    "officer-report": (
        "REPORT TO THE EXECUTIVE\n\n21 May 2025\n\nReport of the Head of Parks and Leisure\n\n"
        "Recommendation: That the Executive agrees the new allotment rents from April 2026.\n\n"
        "Summary\nRents have not changed since 2019.\n\nRECOMMENDATIONS\n\n"
        "(i) That the Executive adopts the allotment strategy.\n\n(ii) That the Head of Parks consults the "
        "allotment associations on the rules.\n\n1. Background\n\n1.1 The Council manages 14 sites.\n",
        [],
    ),
    # A task group's own report keeps its recommendations, whatever heads them.
    "task-group-report": (
        "Report of the Bus Services Task Group\n\nAgreed by the task group on 2 June 2025\n\n"
        "RECOMMENDATIONS\n\n(i) That the Executive funds the evening service on route 12.\n",
        [(None, "That the Executive funds the evening service on route 12.")],
    ),
    # Courtesies and the body's own appointments under ordinary item titles; a courtesy joined to a
    # request by "and that" leaves the request.
    "courtesy-appointments": (
        "Minutes of the meeting of the Environment Panel held on Wednesday 6 March 2024 at 6.30 pm\n\n"
        "12. Parks and open spaces\n\nThe Chair reported that the parks team had won a Green Flag award.\n\n"
        "RESOLVED: That the Panel's congratulations be conveyed to the parks team.\n\n"
        "13. Canal Partnership\n\nRESOLVED: That Councillors Amin and Brooke be appointed as the Panel's "
        "representatives on the Canal Partnership.\n\nRESOLVED: That Cllr S. Griffith be elected Town Mayor. She made "
        "the declaration of acceptance of office.\n\n14. Flood resilience\n\nRESOLVED: That the Panel places on record its thanks to the flood wardens, and "
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
        "AGREED that the Licensing Manager consults the trade on a new rank at the station.\n\n"
        "AGREED – that the Forum move ‘In Committee’ to consider the next item.\n",
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
        "RESOLVED: The Panel notes the update and agrees its work programme, noting the comments above.\n\n"
        "3. Findings\n\nRecommendation 1\n\nThat the Cabinet extends the garden waste season to the end of November.\n",
        [
            ("Summary", "That the Cabinet extends the garden waste season to the end of November."),
            ("Work programme", "That the Chair writes to the bus operator about the 42 service."),
        ],
    ),
    # Under the last minutes' item only their approval is the meeting's own business: an action arising
    # is a record. An officer recommending is the proposal; bare "REASONS" ends the decision; a
    # procedural motion carried, a vice-chair named and the meeting extended are the meeting's own.
    "minutes-item-officer-reasons": (
        "Minutes of the Joint Transport Board held on 2 October 2023\n\n"
        "1. Minutes of the last meeting\n\nRESOLVED that the minutes of 3 July 2023 be approved as a correct record.\n\n"
        "ACTION: The Clerk to chase the highways response on the Mill Lane crossing.\n\n"
        "2. Vice-Chair\n\nRESOLVED that Councillor Patel be Vice-Chair for the remainder of the year.\n\n"
        "3. Parking charges\n\nThe Head of Parking Services recommended that the Board:\n\n"
        "(a) approves the new tariffs; and\n\n(b) reviews them in a year.\n\n"
        "Councillor Reed moved, and Councillor Shah seconded, that council procedure rule 14 be suspended so that the "
        "debate could continue. The motion was carried.\n\n"
        "DECISION\n\nThat the tariffs be frozen until April 2024.\n\nREASONS\n\n"
        "3.4 A freeze gives traders time to recover.\n\nRESOLVED that the meeting continue beyond 9.30 pm.\n",
        [
            ("Minutes of the last meeting", "The Clerk to chase the highways response on the Mill Lane crossing."),
            ("Parking charges", "That the tariffs be frozen until April 2024."),
        ],
    ),
    # An assurance is noting; the body's own appointments among its other decisions; a resolution
    # that only adopts a motion the reader never saw moved is no record either; a noting clause goes
    # with its "and".
    "assured-appointed-adopted": (
        "Minutes of the Audit and Governance Committee held on Thursday 11 January 2024\n\n"
        "5. Internal audit progress\n\nRESOLVED – That the Committee is assured by the progress made on the plan.\n\n"
        "6. Fraud working group\n\nRESOLVED: That the Committee:\n\n(1) appoints Councillors Xu and Young to the fraud "
        "working group; and\n\n(2) asks the Head of Audit to report the group's findings in July.\n\n"
        "7. Motion on procurement\n\nFollowing debate, it was RESOLVED to adopt the motion.\n\n"
        "8. Complaints\n\nRESOLVED – That the annual report be noted and officers be asked to publish the figures by ward.\n",
        [
            (
                "Fraud working group",
                "That the Committee asks the Head of Audit to report the group's findings in July.",
            ),
            ("Complaints", "That officers be asked to publish the figures by ward."),
        ],
    ),
    # A parish agenda's own wording for its items ("To receive apologies"); the minutes signed; a
    # councillor made the council's representative.
    "parish-own-business": (
        "WESTFORD PARISH COUNCIL\n\nMinutes of the meeting of the Parish Council held on Tuesday 14 November 2023 "
        "at 7.30 pm\n\n1. To receive apologies for absence\n\nResolved to accept the apologies from Cllr White.\n\n"
        "2. Minutes of the last meeting\n\nResolved that the Chairman signs the minutes.\n\n3. Outside bodies\n\n"
        "Resolved that Cllr Brown be the Council's representative on the Village Hall Committee.\n\n4. Highways\n\n"
        "Resolved that the Clerk reports the potholes on Mill Lane to the County Council.\n",
        [("Highways", "That the Clerk reports the potholes on Mill Lane to the County Council.")],
    ),
    # What the body "was recommended to" do is the report's proposal; the resolution follows it.
    "proposal-past-tense": (
        "Minutes of the Cabinet held on 3 May 2023\n\n7. Leisure strategy\n\nCabinet was recommended to:\n\n"
        "(a) adopt the leisure strategy; and\n\n(b) delegate its delivery to the Director of Communities.\n\n"
        "RESOLVED: That the leisure strategy be adopted, with a review of swimming provision added.\n",
        [("Leisure strategy", "That the leisure strategy be adopted, with a review of swimming provision added.")],
    ),
    # "Proposed by ..., Seconded by ..., that ..." and an amendment in the same form, carried and then
    # carried as the substantive proposal: the amendment is the decision.
    "proposed-amendment-carried": (
        "Minutes of the Meeting of the Leisure and Development Committee held on Wednesday, 7 February 2024\n\n"
        "7. Community Festival Fund\n\nProposed by Councillor O'Neill, Seconded by Councillor Wright, that the "
        "Committee awards £2,000 to each of the six applicants.\n\nAmendment proposed by Alderman Boyd, Seconded by "
        "Councillor Kane, that the Committee awards £1,500 to each applicant.\n\nThe amendment was declared carried "
        "and on being put as the substantive proposal it was also carried.\n\n8. Correspondence\n\n"
        "RESOLVED – That this Council notes the letter from the Tourist Board and resolves to ask the Chief "
        "Executive to reply.\n",
        [
            ("Community Festival Fund", "That the Committee awards £1,500 to each applicant."),
            ("Correspondence", "That this Council resolves to ask the Chief Executive to reply."),
        ],
    ),
    # A parish's motions stated by their movers and settled by a vote line that names nothing: the one
    # carried (by a word, a show of hands or a majority of the counts) is the record; one lost is not; a
    # resolution written after a motion is the record instead of it.
    "parish-votes": (
        "Minutes of the meeting of Brookfield Town Council held on Monday 8 April 2024 at 7pm\n\n"
        "1. Allotment rents\nCllr Ives proposed that allotment rents rise by 10 per cent; Cllr Jay seconded.\n"
        "Cllr Kerr proposed an amendment that rents rise by 5 per cent; Cllr Lam seconded. Lost (3 for, 5 against).\n"
        "All in favour.\n\n"
        "2. Litter picks\nIt was proposed by Cllr Moss and seconded by Cllr Nunn that the council buys twenty "
        "litter pickers, and carried unanimously.\n\n"
        "3. Car park\nCllr Quinn proposed that the car park charges be abolished; Cllr Rees seconded.\n"
        "Votes: 2 for, 6 against.\n\n"
        "4. Benches\nCllr Shaw proposed, Cllr Tait seconded, that two benches be installed on the green.\n"
        "RESOLVED: That two benches be installed on the green and that the Clerk obtains quotes.\n\n"
        "5. Dog bins\nCllr West proposed that the council installs two dog bins (For 6, Against 1, Abstain 1).\n",
        [
            ("Allotment rents", "That allotment rents rise by 10 per cent."),
            ("Litter picks", "That the council buys twenty litter pickers."),
            ("Benches", "That two benches be installed on the green."),
            ("Benches", "That the Clerk obtains quotes."),
            ("Dog bins", "That the council installs two dog bins."),
        ],
    ),
    # The body's noting and then its decision in one sentence: the decision, the noting dropped; an
    # agenda's next number over a bare "Actions" is the next item, whose list of actions follows.
    "noted-then-decided-actions-item": (
        "Minutes of the Scrutiny Panel held on 2 May 2024\n\n3. Bus Services\n\nThe Panel noted the "
        "timetable changes and RESOLVED to invite the operator to its July meeting.\n\n4. Actions\n\n"
        "Actions agreed:\n\n(a) Scrutiny Officer to chase the library figures.\n",
        [
            ("Bus Services", "To invite the operator to its July meeting."),
            ("Actions", "Scrutiny Officer to chase the library figures."),
        ],
    ),
    # A vote count between the introducer and 'that' with no commas goes with the introducer; a 'that'
    # clause under a stem that is a whole decision ("be agreed, namely:") is a decision of its own.
    "count-no-commas-namely": (
        "Minutes of the County Council held on 6 March 2024\n\n12. Highways Maintenance\n\n"
        "The Council AGREED by 41 votes to 9 that the pothole fund be doubled.\n\n13. Member Allowances\n\n"
        "RESOLVED: That the panel's proposals be agreed, namely:\n\n(i) that the basic allowance rise by 2 per cent;\n\n"
        "(ii) that the travel rates follow HMRC's.\n",
        [
            ("Highways Maintenance", "That the pothole fund be doubled."),
            ("Member Allowances", "That the basic allowance rise by 2 per cent."),
            ("Member Allowances", "That the travel rates follow HMRC's."),
        ],
    ),
    # Who acts on a decision, tagged after it in the same paragraph, is not part of its text.
    "action-trailer": (
        "Minutes of the Village Hall Committee held on 2 October 2024\n\n4. Car park\n\nRESOLVED: That the Clerk "
        "orders two new bins for the car park. Action by: Clerk / RFO.\n\nAGREED to ask the tenant to clear the "
        "gutters before November. Owner: JS\n",
        [
            ("Car park", "That the Clerk orders two new bins for the car park."),
            ("Car park", "To ask the tenant to clear the gutters before November."),
        ],
    ),
    # The body's verbs run on in one sentence, or after its name as a label: each verb a decision of its
    # own, an introducing verb going, any other kept with the body's name, noting dropped.
    "body-verbs-run-on": (
        "Minutes of the Licensing Board held on 5 February 2025\n\n3. Taxi Policy\n\nThe Board agreed to consult "
        "the trade on electric vehicles, endorsed the age limit for new plates and noted the survey.\n\n"
        "4. Street Trading\n\nThe Board: approved the consent for Market Street; requested a review of fees; and "
        "welcomed the new officer.\n",
        [
            ("Taxi Policy", "To consult the trade on electric vehicles."),
            ("Taxi Policy", "The Board endorsed the age limit for new plates."),
            ("Street Trading", "The Board approved the consent for Market Street."),
            ("Street Trading", "The Board requested a review of fees."),
        ],
    ),
    # A bilingual council's Welsh paragraph beside the English one is the translation, not a second point.
    "welsh-beside-english": (
        "Minutes of Llanwen Community Council held on 4 March 2024\n\n7. Maes parcio / Car park\n\n"
        "PENDERFYNWYD / RESOLVED:\n\nBod y Clerc yn gofyn i'r sir am linellau newydd yn y maes parcio.\n\n"
        "That the Clerk asks the county for new lines in the car park.\n\nBod y Cyngor yn talu am arwydd newydd.\n\n"
        "That the Council pays for a new sign.\n",
        [
            ("Maes parcio / Car park", "That the Clerk asks the county for new lines in the car park."),
            ("Maes parcio / Car park", "That the Council pays for a new sign."),
        ],
    ),
    # "to recommend to <addressee>" keeps its addressee over 'that' points, inline or listed, and after the
    # mover and seconder with or without "and" (rule 3); only a stem that is a whole decision lets 'that' stand alone.
    "recommend-to-over-that-points": (
        "Minutes of the Finance Committee held on 13 May 2024\n\n4. Precept\n\nRESOLVED: to recommend to the Parish "
        "Council (a) that the precept be £41,000; and (b) that £2,000 go to the play area reserve.\n\n5. Hall\n\n"
        "AGREED – to recommend to Full Council:\n\n(i) that the hall hire rate rise by £1;\n\n"
        "(ii) that the kitchen be refitted.\n\n6. Bins\n\nMoved by Cllr Ogden, seconded by Cllr Pike, RESOLVED to "
        "recommend to Council that two bins be added on Mill Lane.\n",
        [
            ("Precept", "To recommend to the Parish Council that the precept be £41,000."),
            ("Precept", "To recommend to the Parish Council that £2,000 go to the play area reserve."),
            ("Hall", "To recommend to Full Council that the hall hire rate rise by £1."),
            ("Hall", "To recommend to Full Council that the kitchen be refitted."),
            ("Bins", "To recommend to Council that two bins be added on Mill Lane."),
        ],
    ),
    # A point opening with its own introducing verb resolves "that X and that Y": two records (rule 4).
    "point-agreed-that-and-that": (
        "Minutes of the Highways Panel held on 3 December 2024\n\n9. Waiting restrictions\n\nThe Panel:\n\n"
        "(a) RESOLVED that the objections be set aside and that the order be sealed;\n\n"
        "(b) asked for a report on enforcement in June.\n",
        [
            ("Waiting restrictions", "That the objections be set aside."),
            ("Waiting restrictions", "That the order be sealed."),
            ("Waiting restrictions", "The Panel asked for a report on enforcement in June."),
        ],
    ),
    # After the decision, a member's return after an abbreviated title and a vote in brackets as a sentence of
    # its own go; a page's title whose introducer carries only a date opens no list for its date line.
    "after-decision-leftovers": (
        "What the Board decided: May 2024\n\nUpdated: 9 May 2024 | Topic: Parks\n\nDate of meeting: 8 May 2024\n\n"
        "3. Allotments\n\nRESOLVED that the water troughs be replaced. Cllr. Iqbal rejoined the meeting.\n\n"
        "RESOLVED: That plot rents stay at £40. (7 for, 2 against).\n",
        [
            ("Allotments", "That the water troughs be replaced."),
            ("Allotments", "That plot rents stay at £40."),
        ],
    ),
    # The body's "recommends to <anyone> that" goes whole, whoever the addressee (not only a body's name);
    # an infinitive "to recommend to X that" keeps it (rule 3).
    "recommends-to-named-addressee": (
        "Minutes of the Joint Health Scrutiny Committee held on 22 February 2024\n\n7. Dental Access\n\n"
        "The Joint Committee RECOMMENDS to NHS England that:\n\n(1) an interim dental scheme is commissioned for "
        "children; and\n\n(2) the Committee receives access figures each quarter.\n\nRESOLVED to recommend to "
        "Public Health Wales that school brushing schemes are extended.\n",
        [
            ("Dental Access", "That an interim dental scheme is commissioned for children."),
            ("Dental Access", "That the Committee receives access figures each quarter."),
            ("Dental Access", "To recommend to Public Health Wales that school brushing schemes are extended."),
        ],
    ),
    # The seconder named in a sentence of its own after the words moved, the vote on the next line.
    "seconder-sentence": (
        "Minutes of Oakley Parish Council held on 3 July 2024\n\n8. Playing field\n\nCllr Gee proposed that the "
        "playing field lease be renewed for ten years. Cllr Hay seconded.\nCarried unanimously.\n",
        [("Playing field", "That the playing field lease be renewed for ten years.")],
    ),
    # Under a "Recommendations" label, an owner's action that points to a list is a point, not a lead.
    "owner-action-points-below": (
        "Minutes of the Audit Committee held on 3 July 2024\n\n5. Internal audit\n\nRecommendations:\n\n"
        "Officers to publish the overdue actions listed below on the website.\n\n"
        "That the Head of Audit reports in September.\n",
        [
            ("Internal audit", "Officers to publish the overdue actions listed below on the website."),
            ("Internal audit", "That the Head of Audit reports in September."),
        ],
    ),
    # A "Proposal" line over the body's own RESOLVED is no motion; a numbered item titled "Motion" is an
    # item; the words moved, the mover and the vote run on in one paragraph.
    "motion-run-on": (
        "Minutes of the Planning Committee held on 9 April 2024\n\n5. Land at Mill Farm\n\nProposal\n\n"
        "RESOLVED: That planning permission be refused for the reasons set out in the report.\n\n6. Motion\n\n"
        "Motion\n\nTo ask the Head of Planning to review the validation checklist. Moved by Councillor Ray, "
        "seconded by Councillor Sol. The motion was carried.\n",
        [
            ("Land at Mill Farm", "That planning permission be refused for the reasons set out in the report."),
            ("Motion", "To ask the Head of Planning to review the validation checklist."),
        ],
    ),
    # The last minutes agreed subject to amendments listed under the lead: the list is the meeting's own
    # business, and so is a resolution approving them "subject to" a correction.
    "minutes-amended": (
        "Minutes of the Overview and Scrutiny Management Committee held on 12 November 2014\n\n"
        "3. Minutes of Previous Meeting\n\nThe minutes of the meeting held on 24 September 2014 were agreed subject "
        "to the following amendments:-\n\n(a) the removal of Councillor Mayer from the list of Members present; and\n\n"
        "(b) the correction of the date of the next meeting.\n\nRESOLVED: That, subject to the correction of "
        "Councillor Brown's name, the minutes of the special meeting be approved.\n\n4. Budget\n\n"
        "RESOLVED: That the Committee asks the Director of Finance to circulate the savings tracker.\n",
        [("Budget", "That the Committee asks the Director of Finance to circulate the savings tracker.")],
    ),
    # A motion referred on without debate is its own procedure; "Rationale:" between two points of a
    # resolution is the reason for the first, not a block left unread.
    "referred-rationale": (
        "Minutes of the Council held on 11 July 2024\n\n14. Notice of motion: bus services\n\n"
        "RESOLVED: That the motion be referred to the Transport Committee without debate.\n\n15. Parking strategy\n\n"
        "RESOLVED:\n\n1. That the parking strategy be adopted.\n\nRationale: The strategy supports town centre trade.\n\n"
        "2. That the Director reviews the tariffs each year.\n",
        [
            ("Parking strategy", "That the parking strategy be adopted."),
            ("Parking strategy", "That the Director reviews the tariffs each year."),
        ],
    ),
    # Under "Decision:", paragraphs numbered as the minute's own (4.1, 4.3) that report what happened are
    # narrative, before the decision or between decisions; one that reports a request asks.
    "numbered-narrative": (
        "Minutes of the Cabinet Member decision session held on 20 March 2024\n\n4. Street lighting\n\nDecision:\n\n"
        "4.1 The Cabinet Member considered a report on the conversion of street lights to LED.\n\n"
        "4.2 That the LED conversion programme be extended to all villages.\n\n"
        "4.3 The Cabinet Member was advised that the savings would repay the cost within six years.\n\n"
        "4.4 Officers to publish the conversion timetable on the website.\n\n"
        "4.5 The Head of Highways was asked to report on the savings in a year.\n",
        [
            ("Street lighting", "That the LED conversion programme be extended to all villages."),
            ("Street lighting", "Officers to publish the conversion timetable on the website."),
            ("Street lighting", "The Head of Highways was asked to report on the savings in a year."),
        ],
    ),
    # A committee system's item: the agenda's text (the officer's recommendation) comes before the
    # item's first "Minutes:" label, and only what follows it is the meeting's.
    "agenda-text-before-minutes": (
        "Cabinet - Tuesday, 14th May, 2024 6.00 pm\n\n61. Library Opening Hours\n\n"
        "Report of the Director of Communities.\n\n"
        "RECOMMENDATION: That Cabinet approves the reduced opening hours set out in Appendix A.\n\nMinutes:\n\n"
        "The Cabinet Member introduced the report.\n\n"
        "RESOLVED: That the reduced opening hours be approved, except at Elm Park library.\n",
        [("Library Opening Hours", "That the reduced opening hours be approved, except at Elm Park library.")],
    ),
    # A line naming who acts on the decision above, a post with its service after a comma or a slash,
    # under any label ("Owner:", "Lead officer –"), is no decision of its own.
    "owner-lines": (
        "Minutes of the Housing Panel held on 2 October 2024\n\n5. Void properties\n\n"
        "AGREED:\n\n(i) That the Head of Housing reports the void turnaround times each quarter.\n\n"
        "(ii) That the lettings standard be published.\n\n"
        "Actions – Head of Housing, Repairs and Maintenance / Lettings\n\n6. Damp and mould\n\nAGREED:\n\n"
        "(i) That a survey of all homes built before 1950 be completed by March.\n\n"
        "ACTION: Assistant Director, Asset Management (Compliance) – by 31 March 2025\n",
        [
            ("Void properties", "That the Head of Housing reports the void turnaround times each quarter."),
            ("Void properties", "That the lettings standard be published."),
            ("Damp and mould", "That a survey of all homes built before 1950 be completed by March."),
        ],
    ),
    # Receiving the report in hand, whatever it is about, notes it; receiving one at a later meeting asks for it.
    "receive-the-report-on": (
        "Minutes of the Fire Authority held on 8 March 2024\n\n4. Prevention work\n\n"
        "RESOLVED: To receive the presentation from the Fire Service about its home safety visits.\n\n"
        "5. Complaints\n\nRESOLVED: That the Authority receives the annual report on complaints at its June meeting.\n",
        [("Complaints", "That the Authority receives the annual report on complaints at its June meeting.")],
    ),
    # Two applications granted in the same words under two items are two records (a repeat is one only
    # within an item, or between a report's summary and its body).
    "same-words-two-items": (
        "Minutes of the Planning Committee held on 3 July 2024\n\n21. Land at Mill Farm (24/0412/FUL)\n\n"
        "RESOLVED: That planning permission be granted subject to the conditions set out in the report.\n\n"
        "22. Former Bus Depot, Station Road (24/0533/FUL)\n\n"
        "RESOLVED: That planning permission be granted subject to the conditions set out in the report.\n",
        [
            (
                "Land at Mill Farm (24/0412/FUL)",
                "That planning permission be granted subject to the conditions set out in the report.",
            ),
            (
                "Former Bus Depot, Station Road (24/0533/FUL)",
                "That planning permission be granted subject to the conditions set out in the report.",
            ),
        ],
    ),
}


@pytest.mark.parametrize("form", sorted(NOT_RECORDS))
def test_what_is_not_a_record_is_known_by_its_kind(form: str) -> None:
    text, expected = NOT_RECORDS[form]
    minutes = parse_minutes(read_document(text.encode(), f"{form}.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == expected
    assert not minutes.skipped


def _pdf(top: str, rows: list[list[list[tuple[str, bool]]]], ruled: bool = True, top_size: int = 10) -> bytes:
    """A one-page PDF as a word processor prints it: a line of text (in the page's header when smaller),
    then a table drawn as a grid (or, not `ruled`, laid out in columns with its borders off), each cell's
    lines in Helvetica or Helvetica-Bold."""
    xs, ops, y = (50, 90, 330, 545), [f"BT /F1 {top_size} Tf 50 800 Td ({top}) Tj ET"], 780
    for row in rows:
        height = 14 * max(len(cell) for cell in row) + 6
        ops += [f"{xs[0]} {y} m {xs[-1]} {y} l S"] * ruled + [f"{x} {y} m {x} {y - height} l S" for x in xs] * ruled
        for x, cell in zip(xs, row, strict=False):
            ops += [
                f"BT /F{2 if bold else 1} 10 Tf {x + 4} {y - 14 * (k + 1)} Td ({text}) Tj ET"
                for k, (text, bold) in enumerate(cell)
            ]
        y -= height
    ops += [f"{xs[0]} {y} m {xs[-1]} {y} l S"] * ruled
    return pdf_pages([ops])


def test_a_pdf_set_at_one_and_a_half_lines_keeps_each_paragraphs_lines_together() -> None:
    """Minutes printed with their lines half a line apart (a word processor's 1.5 spacing), paragraphs a line and
    more apart: a point wrapped onto its next line is one point ('... handover delays at' / 'Calderbrook General
    Hospital; and'), where half a line had read as a paragraph's end and cut the point at 'at'."""
    lines = [
        (800, "Minutes of the Health Scrutiny Committee held on 26 February 2026"),
        (770, "62 AMBULANCE RESPONSE TIMES"),
        (744, "The Director presented the report on response times across the county, which showed that the"),
        (729, "category 2 target had been missed in each of the last six months and that handover delays at the"),
        (714, "hospital were the main cause of the lost hours reported by the ambulance service this winter."),
        (688, "RESOLVED: That"),
        (662, "(a) the Trust be invited to attend the July meeting with data on hospital handover delays at"),
        (647, "Calderbrook General Hospital; and"),
        (621, "(b) the Chairman write to the Integrated Care Board about response times in the rural wards."),
    ]
    data = pdf_pages([[f"BT /F1 10 Tf 50 {y} Td ({text}) Tj ET" for y, text in lines]])
    assert [r.text.strip() for r in parse_minutes(read_document(data, "minutes.pdf")).recommendations] == [
        "That the Trust be invited to attend the July meeting with data on hospital handover delays at Calderbrook "
        "General Hospital.",
        "That the Chairman write to the Integrated Care Board about response times in the rural wards.",
    ]


def test_a_pdf_title_in_bold_capitals_over_the_decision_word_alone_is_the_title_then_the_decision() -> None:
    """A minute's title in bold capitals, then "RESOLVED/-" in bold on the next line (a combined authority's
    minutes): the title ends where the decision's word starts, not a title wrapped onto a second line."""
    lines = [
        (800, 1, "Minutes of the Combined Authority held on 27 June 2025"),
        (770, 2, "CA 41/25 TRANSPORT CAPITAL PROGRAMME 2026/27"),
        (755, 2, "RESOLVED/-"),
        (735, 1, "That the programme of 12.1m pounds for 2026/27 be approved."),
    ]
    data = pdf_pages([[f"BT /F{font} 10 Tf 50 {y} Td ({text}) Tj ET" for y, font, text in lines]])
    assert [(r.item, r.text.strip()) for r in parse_minutes(read_document(data, "minutes.pdf")).recommendations] == [
        ("TRANSPORT CAPITAL PROGRAMME 2026/27", "That the programme of 12.1m pounds for 2026/27 be approved.")
    ]


def test_a_pdf_table_cell_reads_its_title_its_points_and_each_decision_apart() -> None:
    """A drawn table's cells: the bold first line is the item's title over its notes, a line starting
    with a number starts a point of its own, and each decision in the right-hand cell stands alone."""
    header = [[("Ref", True)], [("Item and notes", True)], [("Decisions and actions", True)]]
    row = [
        [("7", False)],
        [("Footpath Survey", True), ("The ranger walked all the", False), ("twelve routes in May.", False)],
        [
            ("Agreed:", False),
            ("1. to repair the stile", False),
            ("at Mill Lane;", False),
            ("2. to waymark the bridleway.", False),
            ("Action: JB to order", False),
            ("the timber.", False),
        ],
    ]
    doc = read_document(_pdf("Notes of the meeting held on 6 June 2024", [header, row]), "notes.pdf")
    minutes = parse_minutes(doc)
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Footpath Survey", "To repair the stile at Mill Lane."),
        ("Footpath Survey", "To waymark the bridleway."),
        ("Footpath Survey", "JB to order the timber."),
    ]


def test_a_pdf_table_laid_out_without_borders_keeps_its_columns_apart() -> None:
    """A table printed with its borders off: its columns are found from where the words stand (a gap at
    the same place down the rows), so the reasons beside each decision are never glued onto it."""
    header = [[], [("Decisions taken", True)], [("Reasons", True)]]
    rows = [
        header,
        [  # a line of the left column running past the others, into the gap
            [],
            [
                ("(a) To extend Saturday opening", False),
                ("at the Central Library and at both of the branch", False),
                ("libraries to 5 pm.", False),
            ],
            [("Visits have risen.", False)],
        ],
        [[], [("(b) To note the visitor figures.", False)], [("For information.", False)]],
        [
            [],
            [
                ("(c) To ask the Head of Libraries to", False),
                ("review the mobile library routes", False),
                ("by the end of March.", False),
            ],
            [("Two stops are no longer", False), ("used.", False)],
        ],
    ]
    doc = read_document(_pdf("Library Board, 4 March 2025", rows, ruled=False), "board.pdf")
    assert [r.text.strip() for r in parse_minutes(doc).recommendations] == [
        "To extend Saturday opening at the Central Library and at both of the branch libraries to 5 pm.",
        "To ask the Head of Libraries to review the mobile library routes by the end of March.",
    ]


def test_a_notice_dated_only_by_its_signature_grid_is_dated_by_it() -> None:
    text = STRUCTURES["notice-topic-section-signature-grid.html"][0]
    minutes = parse_minutes(read_document(text.encode(), "notice.html"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2026-02-12", "2026-02-12"]


def test_each_form_of_a_record_is_dated_by_its_own_date_row() -> None:
    text = STRUCTURES["decision-forms-dated-last.html"][0]
    minutes = parse_minutes(read_document(text.encode(), "forms.html"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2023-05-02", "2023-05-09"]


# An item's number that continues the agenda's numbering is its heading whatever its words ("To
# receive ...", a long sentence-case title), unless it carries on the numbering of points inside the item.
SEQUENCE_TEXT = (
    "Minutes of the Allotments Association committee held on 3 October 2023\n\n"
    "1. Apologies for absence\nNone were received.\n\n"
    "2. To receive the Treasurer's report\n"
    "The Treasurer reported a surplus of £412 on the half year, most of it from the sale of plots at the "
    "spring show. It was agreed that the surplus be held in reserve.\n\n"
    "3. Water supply\nThe Secretary reported three leaks on the main pipe since the last meeting, all of them on the lower field:\n\n1. plot 4 by the gate;\n\n2. plot 9;\n\n"
    "3. the trough at the north fence.\n\nRESOLVED: That the Secretary asks a plumber to quote.\n\n"
    "4. Questions from plot holders about the paths\n"
    "It was agreed that the working party resurfaces the main path in November.\n"
)
SEQUENCE_RECORDS = [
    ("To receive the Treasurer's report", "That the surplus be held in reserve."),
    ("Water supply", "That the Secretary asks a plumber to quote."),
    (
        "Questions from plot holders about the paths",
        "That the working party resurfaces the main path in November.",
    ),
]


def test_the_next_number_of_the_items_is_an_item_whatever_its_words_in_text() -> None:
    minutes = parse_minutes(read_document(SEQUENCE_TEXT.encode(), "allotments.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == SEQUENCE_RECORDS


def test_the_next_number_of_the_items_is_an_item_whatever_its_words_in_word() -> None:
    document = docx.Document()
    for block in SEQUENCE_TEXT.split("\n"):
        if block:
            document.add_paragraph(block)
    assert _records(document, "allotments.docx") == SEQUENCE_RECORDS


def test_an_item_number_in_its_own_cell_is_followed_by_its_title_whatever_its_words() -> None:
    rows = [
        ("14", "Declarations of interest", "None were declared."),
        (
            "15",
            "To consider the petition from residents of Mill Road about speeding",
            "RESOLVED: That the Head of Highways installs a speed indicator sign.",
        ),
        (
            "16",
            "Review of the street lighting contract in the light of the energy price rises since last year and "
            "the options for dimming",
            "RESOLVED: That officers tender for LED lanterns.",
        ),
    ]
    cells = "".join(f"<tr><td>{n}.</td><td><p>{t}</p><p>Minutes:</p><p>{d}</p></td></tr>" for n, t, d in rows)
    page = f"<html><body><h2>Highways Panel - Tuesday, 5th March, 2019 7.00 pm</h2><table>{cells}</table></body></html>"
    minutes = parse_minutes(read_document(page.encode(), "highways.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        (rows[1][1], "That the Head of Highways installs a speed indicator sign."),
        (rows[2][1], "That officers tender for LED lanterns."),
    ]


def test_a_short_title_line_ending_in_minutes_is_not_wrapped_into_the_sub_item_below() -> None:
    # "... from the previous minutes" / "4.1 Footpath ...": a title over its first sub-item, not a
    # sentence running on ("... in relation to minutes" / "4.1 of the report").
    text = (
        "Minutes of the Parish Council meeting held on Monday 6 November 2023 at 7.30 pm in the Pavilion\n\n"
        "3 Declarations of Interest\nNone.\n\n"
        "4 Matters arising from the previous minutes\n"
        "4.1 Footpath 12 stile - the landowner has not replied to the Clerk's two letters since the summer; "
        "it was agreed that the Clerk reports the stile to the County Council's rights of way officer.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "parish.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        (
            "Matters arising from the previous minutes",
            "That the Clerk reports the stile to the County Council's rights of way officer.",
        )
    ]


def test_the_next_item_after_sub_items_and_a_quoted_motion_carried_under_it() -> None:
    # '4.' after '3.1' and '3.2' continues the agenda's numbering whatever its words; under an item
    # headed as a motion, the words in quotation marks are what was moved: the record if carried.
    page = (
        "<html><body><p>Minutes of the meeting of the Town Council held on Monday 8 January 2024</p>"
        "<p><b>3. FINANCE</b></p><p><b>3.1 Precept for 2024/25</b></p><p>RESOLVED: That the precept be set at £84,000.</p>"
        "<p><b>3.2 Bank signatories</b></p><p>The change of signatories was noted.</p>"
        "<p><b>4. MOTION SUBMITTED BY COUNCILLOR HALE UNDER STANDING ORDER 12 ABOUT THE CLOSURE OF PUBLIC TOILETS</b></p>"
        "<p>“That this Council asks the District Council to keep the public toilets in Market Street open until "
        "a replacement is built.”</p><p>After debate the motion was put to the vote and was carried.</p>"
        "<p><b>5. Motion submitted by Councillor Orme about the street lights in the town centre at night</b></p>"
        "<p>“That the Council switches off the street lights between midnight and 5am.”</p>"
        "<p>On being put to the vote the motion was lost.</p>"
        "<p><b>6. Motions</b></p><p>“That the Council twins with a town in Brittany.”</p><p>The motion was carried.</p>"
        "<p>“That the Clerk asks the bus company to restore the Sunday service.”</p><p>The motion was carried "
        "unanimously.</p></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "town.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Precept for 2024/25", "That the precept be set at £84,000."),
        (
            "MOTION SUBMITTED BY COUNCILLOR HALE UNDER STANDING ORDER 12 ABOUT THE CLOSURE OF PUBLIC TOILETS",
            "That this Council asks the District Council to keep the public toilets in Market Street open until "
            "a replacement is built.",
        ),
        ("Motions", "That the Council twins with a town in Brittany."),
        ("Motions", "That the Clerk asks the bus company to restore the Sunday service."),
    ]


def test_a_numbered_sentence_after_an_item_is_its_paragraph_not_the_next_item() -> None:
    # '2.' after the item '1.' continues the agenda's numbering, but a sentence ended with a full stop
    # is a numbered paragraph of the item (as minutes that number every paragraph print it).
    document = docx.Document()
    for text in (
        "Minutes of the Licensing Sub-Committee held on 12 June 2024",
        "1. Hackney carriage fares",
        "The Licensing Manager presented the review of fares.",
        "2. Members heard from two drivers who asked for the increase to start before the summer.",
        "RESOLVED: That the fares be increased by 5 per cent from 1 August.",
        "3. Street trading consents",
        "RESOLVED: That the consent for Market Square be renewed.",
    ):
        document.add_paragraph(text)
    assert _records(document, "licensing.docx") == [
        ("Hackney carriage fares", "That the fares be increased by 5 per cent from 1 August."),
        ("Street trading consents", "That the consent for Market Square be renewed."),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Minutes of a meeting of the Licensing Panel held on Monday 3 March 2025 at 10.30am by video conference",
        "Minutes of the Licensing Panel meeting held on 3 March 2025 at 10.30 am as a hybrid meeting",
        "Record of the Licensing Panel held on 3rd March 2025, 10.30am, online using Zoom",
    ],
)
def test_a_title_dates_the_meeting_whatever_says_how_it_met(title: str) -> None:
    # After the date and the hour, a title may say how the body met (online, by video, as a hybrid
    # meeting): the date is still the meeting's.
    document = docx.Document()
    for text in (title, "4. Late night refreshment", "RESOLVED: That the licence be granted with conditions."):
        document.add_paragraph(text)
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "panel.docx"))
    assert [(str(r.meeting), r.item) for r in minutes.recommendations] == [("2025-03-03", "Late night refreshment")]


def test_a_date_line_with_the_hour_first_dates_the_meeting() -> None:
    # The body's name, then the hour before the date on a line of its own.
    text = (
        "HARBOUR BOARD\n\n10.00 a.m. Wednesday 5 March 2025\n\nHarbour Office, Quay Street\n\n"
        "1. Mooring charges\n\nRESOLVED: That the mooring charges rise by 3 per cent from April.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "harbour.txt"))
    assert [(str(r.meeting), r.item) for r in minutes.recommendations] == [("2025-03-05", "Mooring charges")]


def test_a_hearing_date_dates_the_decision_not_the_date_it_was_signed() -> None:
    text = (
        "Taxi Licensing Panel: decision notice\n\nHearing date: Tuesday 4 February 2025\n\n"
        "Driver licence review\n\nRESOLVED: That the driver's licence be suspended for four weeks.\n\n"
        "Signed by the Chair\nDate: 10 February 2025\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "notice.txt"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2025-02-04"]


def test_a_report_carrying_a_bodys_recommendations_is_dated_by_the_meeting_that_made_them() -> None:
    # The cover's date is the meeting the report goes to; the sentence saying when the body met and
    # decided dates what it recommends, even inside the sentence that introduces them.
    document = docx.Document()
    for text in (
        "Report to: Executive",
        "Meeting date: 9 September 2025",
        "Report of: Chair of the Place Scrutiny Panel",
        "1. Recommendations of the Panel",
        "The Place Scrutiny Panel, at its meeting held on 1 July 2025, agreed to recommend to the Executive:",
        "That bus shelters on the A40 corridor are replaced before winter.",
        "That the timetable consultation runs for twelve weeks.",
    ):
        document.add_paragraph(text)
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "report.docx"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2025-07-01", "2025-07-01"]


def test_a_decision_in_capitals_keeps_its_introducers_words_as_printed_in_word() -> None:
    """Capitals carry no sentence case: 'TO' and 'THAT' stay as printed when they start the record,
    an infinitive point in capitals finishes the 'TO:' above it, as 'to:' + 'Ask ...' does, and
    'THAT X AND THAT Y' and 'TO X, AND TO Y' are two decisions each, as in lower case."""
    document = docx.Document()
    document.add_paragraph("MINUTES OF THE ALLOTMENTS COMMITTEE HELD ON 9 SEPTEMBER 2024")
    document.add_paragraph("14. WATER CHARGES", style="Heading 2")
    document.add_paragraph("IT WAS RESOLVED TO INCREASE THE WATER CHARGE TO £18 A PLOT.")
    document.add_paragraph("15. WAITING LIST", style="Heading 2")
    document.add_paragraph("RESOLVED TO:")
    document.add_paragraph("(A) OFFER HALF PLOTS TO THE FIRST TEN APPLICANTS;")
    document.add_paragraph("(B) REVIEW THE LIST EACH MARCH.")
    document.add_paragraph("16. SHEDS", style="Heading 2")
    document.add_paragraph("RESOLVED THAT SHEDS BE LIMITED TO 2 METRES AND THAT THE CLERK WRITES TO ALL PLOT HOLDERS.")
    document.add_paragraph("17. BONFIRES", style="Heading 2")
    document.add_paragraph("AGREED TO BAN BONFIRES IN AUGUST, AND TO PUT A NOTICE ON THE GATE TO THE SITE.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "allotments.docx"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "TO INCREASE THE WATER CHARGE TO £18 A PLOT.",
        "TO OFFER HALF PLOTS TO THE FIRST TEN APPLICANTS.",
        "TO REVIEW THE LIST EACH MARCH.",
        "THAT SHEDS BE LIMITED TO 2 METRES.",
        "THAT THE CLERK WRITES TO ALL PLOT HOLDERS.",
        "TO BAN BONFIRES IN AUGUST.",
        "TO PUT A NOTICE ON THE GATE TO THE SITE.",
    ]


def test_an_agenda_proposes_until_another_meetings_minutes_in_its_pack() -> None:
    # A document titled as an agenda: what its items recommend ("Recommendations:" over points, a bare
    # "That Cabinet agrees ...") is proposed, not decided; the previous meeting's minutes bound into the
    # pack are decisions again, under their own date.
    document = docx.Document()
    for text in (
        "SUMMONS AND AGENDA",
        "Cabinet",
        "Tuesday, 4 June 2024 at 10.00 am",
        "1. Minutes of the last meeting",
        "To approve the minutes of the meeting held on 7 May 2024 (attached).",
        "2. Parking charges 2024/25",
        "Recommendations:",
        "(1) That Cabinet approves the tariffs in Appendix A; and",
        "(2) That the Director reviews the charges after six months.",
        "3. Library opening hours",
        "That Cabinet agrees the opening hours set out in the report.",
        "MINUTES OF THE MEETING OF THE CABINET HELD ON TUESDAY, 7 MAY 2024",
        "14. Grass cutting",
        "RESOLVED: That the verges on the A38 be cut twice a year.",
    ):
        document.add_paragraph(text)
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "cabinet-agenda.docx"))
    assert [(str(r.meeting), r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("2024-05-07", "Grass cutting", "That the verges on the A38 be cut twice a year."),
    ]
    assert minutes.agenda


def test_an_item_title_leaves_out_its_agenda_number_and_its_reference_code() -> None:
    # What a clerk prints after the title is not the title: the agenda's item number, the minute's own
    # reference in brackets or after it; a financial year stays.
    text = (
        "Minutes of the Leisure Committee held on 6 March 2024\n\n"
        "5. Play Strategy (LC.06.03.2024/5)\n\nRESOLVED: That the play strategy be adopted.\n\n"
        "6. Pool Opening Hours, Agenda item 6\n\nRESOLVED: That the early swim be extended to weekends.\n\n"
        "7. PARKING CHARGES 2024/25 LC 31 – 2024\n\nRESOLVED: That the charges be frozen.\n\n"
        "Min. 24/12 Allotment Rents\n\nRESOLVED: That the rents stay at £40 a plot.\n\n"
        "9. Article 4 Direction – Mill Lane\n\nRESOLVED: That the direction be confirmed.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "leisure.txt"))
    assert [r.item for r in minutes.recommendations] == [
        "Play Strategy",
        "Pool Opening Hours",
        "PARKING CHARGES 2024/25",
        "Allotment Rents",
        "Article 4 Direction – Mill Lane",  # a planning power, not "Article 4 – " numbering the item
    ]


def test_a_point_wrapped_under_its_lead_is_one_point_not_a_title_over_text() -> None:
    # A narrow column wraps a lettered point at a capital ("... the Village Hall" / "Management Committee ..."):
    # under "It was RESOLVED:" it is a point going on, not a numbered title over its paragraph.
    text = (
        "Minutes of Brindle Parish Council, 18 April 2024\n\n"
        "Min 24/068 Village Hall Lease\n"
        "The Management Committee asked for a longer term so that\n"
        "it could apply for lottery funding for a new kitchen and\n"
        "for the repairs to the roof over the small hall.\n"
        "It was RESOLVED:\n"
        "a) to renew the lease to the Village Hall\n"
        "Management Committee for a further 10 years;\n"
        "b) to ask the Clerk to instruct the solicitor.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "parish.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "To renew the lease to the Village Hall Management Committee for a further 10 years.",
        "To ask the Clerk to instruct the solicitor.",
    ]


def test_run_on_points_end_with_and_before_the_last_number_on_a_page() -> None:
    """'(a) X, (b) Y and (c) Z' in one paragraph: the last number after 'and' continues the run, so it
    is a point of its own; '(a) and (b)' naming options inside one clause stays one decision."""
    page = (
        "<html><body><h1>Minutes of the Cabinet, 16 January 2025</h1><h2>7. Waste Strategy</h2>"
        "<p>RESOLVED – That Cabinet (a) adopts the waste strategy, (b) asks the Director to consult on "
        "garden waste charges and (c) reviews the strategy in 2027.</p><h2>8. Depot Options</h2>"
        "<p>RESOLVED – That options (a) and (b) in the report be costed.</p></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "cabinet.html"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That Cabinet adopts the waste strategy.",
        "That Cabinet asks the Director to consult on garden waste charges.",
        "That Cabinet reviews the strategy in 2027.",
        "That options (a) and (b) in the report be costed.",
    ]


def test_a_line_in_capitals_over_a_coded_minute_is_its_title() -> None:
    # The title in capitals on its own line, the minute's code opening the paragraph under it.
    document = docx.Document()
    for text in (
        "Minutes of the Licensing Committee held on 2 April 2025",
        "CONSENT FOR DECISION – 25/00031/STR – STREET TRADING PITCH AT 12 MARKET SQUARE, OLDTOWN",
        "LIC12/25 The Licensing Manager presented the applications. RESOLVED: That both consents be granted.",
        "TAXI FARES REVIEW",
        "LIC13/25 Members discussed the fuel costs.",
        "RESOLVED: That the fares be increased by 5 per cent.",
    ):
        document.add_paragraph(text)
    assert _records(document, "licensing.docx") == [
        (
            "CONSENT FOR DECISION – 25/00031/STR – STREET TRADING PITCH AT 12 MARKET SQUARE, OLDTOWN",
            "That both consents be granted.",
        ),
        ("TAXI FARES REVIEW", "That the fares be increased by 5 per cent."),
    ]


def test_a_layout_table_with_an_owner_column_reads_as_minutes_and_its_conclusions_that_ask() -> None:
    # Minutes laid out as a table: the number, the text, and a column naming who acts on each row.
    # Under "Conclusions:", what the body agreed or asked for is a record; what it noted is not.
    page = (
        "<html><body><h1>Housing Scrutiny Committee</h1><p>Minutes of the meeting held on 4 March 2025</p>"
        "<table><tr><td></td><td></td><td><b>Owner</b></td></tr>"
        "<tr><td>6.</td><td>EMPTY HOMES REVIEW</td><td></td></tr>"
        "<tr><td>6.1</td><td>Members discussed the number of long-term empty homes.</td><td></td></tr>"
        "<tr><td></td><td>Conclusions:</td><td></td></tr>"
        "<tr><td>6.2</td><td>The Committee noted the update.</td><td></td></tr>"
        "<tr><td>6.3</td><td>The Committee agreed that the empty homes premium be reviewed in 2026.</td>"
        "<td>Head of Housing</td></tr>"
        "<tr><td>6.4</td><td>The Committee requested a list of homes empty for over five years.</td>"
        "<td>Empty Homes Officer</td></tr></table></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "housing.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("EMPTY HOMES REVIEW", "That the empty homes premium be reviewed in 2026."),
        ("EMPTY HOMES REVIEW", "The Committee requested a list of homes empty for over five years."),
    ]


# A decision table: a header row naming a Decision column (under the table's own title row) makes each
# row an item, titled by its subject cell (not the officer beside the decision), the decision cell
# read as minutes are: its introducer, its numbered points, noting left out.
DECISION_TABLE = [
    ["Ref", "Subject", "Cabinet decision", "Lead officer"],
    ["C/40", "Minutes of 11 September 2024", "Approved and signed.", "—"],  # the record approved: nothing to do
    [
        "C/41",
        "Allotment rents",
        "RESOLVED: 1. That rents rise by 3 per cent from October. 2. That the waiting list be reviewed.",
        "Head of Estates",
    ],
    ["C/42", "Treasury update", "The Cabinet noted the update.", "Treasurer"],
    ["C/43", "Bus shelters", "Agreed to replace the six shelters on Station Road.", "Transport Manager"],
]
DECISION_TABLE_RECORDS = [
    ("Allotment rents", "That rents rise by 3 per cent from October."),
    ("Allotment rents", "That the waiting list be reviewed."),
    ("Bus shelters", "To replace the six shelters on Station Road."),
]


def _decision_table(fmt: str) -> bytes:
    top = "Minutes of the Cabinet meeting held on 9 October 2024"
    if fmt == "docx":  # the column headed "Decision(s) and reasons", its points Word paragraphs
        document = docx.Document()
        document.add_paragraph(top)
        table = document.add_table(rows=0, cols=4)
        for k, row in enumerate(DECISION_TABLE):
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                first, *points = text.replace(" 2. ", "\n2. ").replace(" 1. ", "\n1. ").split("\n")
                cell.text = "Decision(s) and reasons" if k == 0 and first == "Cabinet decision" else first
                for point in points:
                    cell.add_paragraph(point)
        data = io.BytesIO()
        document.save(data)
        return data.getvalue()
    if fmt == "md":  # its points on one line, run on as a clerk types them in a Markdown cell
        rows = [f"| {' | '.join(row)} |".replace("Cabinet decision", "Summary of decision") for row in DECISION_TABLE]
        return "\n".join([top, "", rows[0], "|---|---|---|---|", *rows[1:], ""]).encode()
    cells = [  # the subject cell under its report's reference, a line apart
        "".join(f"<td>{c.replace(' 1. ', '<br>1. ').replace(' 2. ', '<br>2. ')}</td>" for c in row)
        for row in DECISION_TABLE
    ]
    cells[1] = cells[1].replace("<td>Allotment rents", "<td>EX/24/41<br>Allotment rents")
    title = "<tr><td colspan='4'><b>Decisions of the Cabinet</b></td></tr>"  # a title row, not a column's heading
    return f"<html><body><p>{top}</p><table>{title}{''.join(f'<tr>{r}</tr>' for r in cells)}</table></body></html>".encode()


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_a_table_with_a_decision_column_is_read_row_by_row_as_items(fmt: str) -> None:
    minutes = parse_minutes(read_document(_decision_table(fmt), f"decisions.{fmt}"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == DECISION_TABLE_RECORDS


@pytest.mark.parametrize("ruled", [False, True])
def test_a_decision_table_over_two_pages_keeps_its_columns_and_rows(ruled: bool) -> None:
    """A landscape table, its header row repeated on the next page: without borders, its columns are
    found where the words stand (a short column, the number or the officer on a row's first line, is
    one); drawn as a grid, with the matter first (a title never ends in a full stop), a row at the top
    of the next page is a row of its own. The repeated header is no row; every row keeps its title."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    rows = [["No.", "Matter", "Decision", "Officer"]]
    for n in range(1, 13):
        rows.append(
            [
                f"{n}",
                f"<b>Ward budget {n}</b><br/>Report of the Head of Communities",
                f"It was resolved:<br/>(a) to award a grant of £{n},000 to the residents' group in ward {n};<br/>"
                f"(b) that the Head of Communities report on its use in a year.",
                "Community Officer",
            ]
        )
    rows = [row[1:] for row in rows] if ruled else rows
    buf = io.BytesIO()
    widths = [200, 370, 120] if ruled else [40, 200, 330, 120]
    table = Table([[Paragraph(c, style) for c in row] for row in rows], colWidths=widths, repeatRows=1)
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)] * ruled
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *grid]))  # as Word sets a cell's text
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    doc.build([Paragraph("Area Committee, 14 November 2024", style), table])  # type: ignore[arg-type]
    document = read_document(buf.getvalue(), "area.pdf")
    tables = [b for b in document.blocks if b.kind == "table"]
    assert len(tables) == 1 and "page 2" in tables[0].rows[-1][0][0].place  # one table, on to a second page
    found = [(r.item, r.text.strip()) for r in parse_minutes(document).recommendations]
    assert found == [
        (f"Ward budget {n}", text)
        for n in range(1, 13)
        for text in (
            f"To award a grant of £{n},000 to the residents' group in ward {n}.",
            "That the Head of Communities report on its use in a year.",
        )
    ]


def _placed(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """A PDF of pages of text lines, each at its x and y in Helvetica 10 ('**' before a bold line, '=' before
    a justified one: its words set apart on both sides of each space, as LibreOffice prints them)."""

    def shown(text: str) -> str:
        if text.startswith("="):
            return "[" + " -300 ( ) -300 ".join(f"({w})" for w in text[1:].split()) + "] TJ"
        return f"({text.removeprefix('**')}) Tj"

    return pdf_pages(
        [
            [f"BT /F{2 if text.startswith('**') else 1} 10 Tf {x} {y} Td {shown(text)} ET" for x, y, text in lines]
            for lines in pages
        ]
    )


def _two_columns(title: str, *parts: str | tuple[list[str], list[str]], drop: float = 0) -> bytes:
    """A page set in two columns under a title across it: each part a heading centred across the page, or
    two columns of lines top to bottom ('' a paragraph's end), the right one's baselines `drop` points
    below the left one's."""
    lines, top = [(50.0, 800.0, f"**{title}")], 770.0
    for part in parts:
        if isinstance(part, str):
            lines, top = [*lines, (297 - 3 * len(part), top, f"**{part}")], top - 20
            continue
        bottom = top
        for x, column in zip((50.0, 310.0), part, strict=True):
            y = top - drop * (x > 50)
            for line in column:
                lines += [(x, y, line)] if line else []
                y -= 12 if line else 8
            bottom = min(bottom, y)
        top = bottom - 12
    return _placed([lines])


def test_a_table_row_cut_by_the_page_break_goes_on_under_the_repeated_heading_row() -> None:
    """A table printed without borders, its header row repeated at the top of page 2 and a row cut by
    the page break (the rest of its decision alone): the columns the page before found go on, the
    heading row is no row, and the cut row's rest is its own."""
    head = [(50, "**No."), (80, "**Application"), (250, "**Decision"), (470, "**Officer")]
    table = [
        [(50, "11"), (80, "**The Old Bell review"), (250, "RESOLVED that the licence be"), (470, "Licensing Manager")],
        [(250, "suspended for six weeks.")],
        [],
        [
            (50, "12"),
            (80, "**Taxi rank, Mill Street"),
            (250, "RESOLVED that the rank be moved"),
            (470, "Highways Officer"),
        ],
        [(80, "Report LIC/24/12"), (250, "to the south side of Mill Street")],
        [(250, "from September.")],
        [],
        [(50, "13"), (80, "**Street trading, Market Square"), (250, "RESOLVED that:"), (470, "Licensing Manager")],
        [(250, "(a) the consent be granted for")],
        [(250, "one year;")],
    ]
    rest = [
        [(250, "(b) the trader be asked to clear the")],
        [(250, "pitch by 6 pm each day.")],
        [],
        [(50, "14"), (80, "**Fees for 2025"), (250, "RESOLVED that the fees in"), (470, "Licensing Manager")],
        [(250, "Appendix A be approved.")],
    ]

    def page(rows: list[list[tuple[int, str]]], top: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
        y, lines = 760.0, [*top, *((x, 780.0, t) for x, t in head)]
        for row in rows:
            lines += [(x, y, t) for x, t in row]
            y -= 12 if row else 8
        return lines

    title = [(50.0, 810.0, "**Minutes of the Licensing Committee meeting held on 2 July 2024")]
    document = read_document(_placed([page(table, title), page(rest, [])]), "licensing.pdf")
    assert [(r.item, r.text.strip()) for r in parse_minutes(document).recommendations] == [
        ("The Old Bell review", "That the licence be suspended for six weeks."),
        ("Taxi rank, Mill Street", "That the rank be moved to the south side of Mill Street from September."),
        ("Street trading, Market Square", "That the consent be granted for one year."),
        ("Street trading, Market Square", "That the trader be asked to clear the pitch by 6 pm each day."),
        ("Fees for 2025", "That the fees in Appendix A be approved."),
    ]


@pytest.mark.parametrize("drop", [0, 7])
def test_a_page_set_in_two_columns_is_read_column_by_column(drop: float) -> None:
    """A gutter down the page under a title across it: the left column is read to its foot, then the
    right one from its top, so a resolution running on from one column to the next is read whole and
    no line takes words or a title from the other column; also where the two columns' lines do not
    share baselines."""
    left = [
        "**1. Moorings",
        "The Harbour Master reported that eleven of the",
        "visitor moorings off the north quay had lost",
        "their chains in the January storms, and that",
        "divers had inspected the remaining tackle.",
        "",
        "Members asked whether the fishing fleet's own",
        "moorings had been checked; they had not.",
        "",
        "RESOLVED that the Harbour Master be authorised",
        "to replace the eleven moorings before Easter at",
        "a cost not exceeding £40,000 from the harbour",
    ]
    right = [
        "reserve, the fleet's own moorings to be checked",
        "by divers at the same time.",
        "",
        "**2. Slipway",
        "The Engineer described cracking in the lower",
        "apron of the public slipway, and two ways of",
        "repairing it: a patch, or a new lower section",
        "of concrete laid on the existing foundations,",
        "which would last some forty years.",
        "",
        "RESOLVED that a new lower section be built",
        "after the summer season, the slipway to stay",
        "open until then.",
    ]
    title = "Minutes of the Harbour Board meeting held on 8 February 2024"
    minutes = parse_minutes(read_document(_two_columns(title, (left, right), drop=drop), "harbour.pdf"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        (
            "Moorings",
            "That the Harbour Master be authorised to replace the eleven moorings before Easter at a cost not "
            "exceeding £40,000 from the harbour reserve, the fleet's own moorings to be checked by divers at "
            "the same time.",
        ),
        ("Slipway", "That a new lower section be built after the summer season, the slipway to stay open until then."),
    ]


def test_a_title_with_its_minute_code_in_the_margin_column_is_the_item() -> None:
    # A community council's minutes laid out in a table: each minute's title with its code in the right-hand column
    # ('Bus shelter' | '2025/14'), its text in the rows under it; a licence's "Reference | SA/PL/0142" is data.
    rows = [
        ("Apologies", "2025/13"),
        ("Apologies were received from Cllr Hughes.", ""),
        ("Bus shelter", "2025/14"),
        ("The glass in the Station Road shelter had been broken again.", ""),
        ("Resolved: That the Clerk asks the county council to replace the glass with polycarbonate.", ""),
        ("Reference", "SA/PL/0142"),
        ("Grit bins", "2025/15"),
        ("Resolved: That two more grit bins be bought for Church Lane.", ""),
    ]
    title = "Minutes of the meeting held at the Village Hall on Tuesday 11 March 2025"
    assert _records(_word_table([title], rows), "minutes.docx") == [
        ("Bus shelter", "That the Clerk asks the county council to replace the glass with polycarbonate."),
        ("Grit bins", "That two more grit bins be bought for Church Lane."),
    ]


def test_a_bold_title_run_into_its_minute_in_word_is_the_item() -> None:
    # A community council's Word minutes: "7.1 Bus shelter" in bold, its minute run on in plain type in the same
    # paragraph, as the PDF reader reads a bold run-in title; "RECOMMENDED TO COUNCIL" in bold before "– That ..."
    # is the decision's word, not a title.
    document = docx.Document()
    document.add_paragraph("Minutes of the Community Council meeting held on 2 June 2025")
    document.add_paragraph().add_run("7 VILLAGE MATTERS").bold = True
    for title, text in (
        ("7.1  Bus shelter  ", "The glass was broken again. RESOLVED that the Clerk reports it to the county council."),
        ("7.2  Grit bins  ", "Two bins are empty. RESOLVED that the Clerk orders salt for both bins."),
        ("RECOMMENDED TO COUNCIL ", "– That the precept for 2026/27 be set at £12,400."),
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(title).bold = True
        paragraph.add_run(text)
    assert _records(document, "minutes.docx") == [
        ("Bus shelter", "That the Clerk reports it to the county council."),
        ("Grit bins", "That the Clerk orders salt for both bins."),
        ("Grit bins", "That the precept for 2026/27 be set at £12,400."),
    ]


def test_a_parish_grid_with_attendance_above_its_action_column_and_paragraph_codes() -> None:
    # A parish's minutes in one grid: who attended in its first rows, then "Item | Description | Action" with each
    # minute's paragraphs coded "206.1/25" and who acts in the last column; the owner is no part of the text.
    rows = [
        ("Present", "Others present", "Apologies"),
        ("Cllr Hollis (Chair), Cllr Grant", "Clerk – Mr Ashdown", "Cllr Varndell"),
        ("Item", "Description", "Action"),
        ("205/25", "Finance", ""),
        ("205.1/25", "RESOLVED to APPROVE payments totalling £1,284.50 as listed at Annex A.", "Clerk"),
        ("205.2/25", "The bank reconciliation was noted.", ""),
        ("206/25", "Common Maintenance", ""),
        ("206.1/25", "RESOLVED to accept the quotation of £2,150 for scrub clearance.", "Clerk"),
    ]
    title = "BRAMLEY PARISH COUNCIL MEETING - Minutes of 4th March 2026"
    assert _records(_word_table([title], rows), "minutes.docx") == [
        ("Finance", "To APPROVE payments totalling £1,284.50 as listed at Annex A."),
        ("Common Maintenance", "To accept the quotation of £2,150 for scrub clearance."),
    ]


def test_bold_lettered_sub_items_are_items_and_two_officers_can_be_asked_to_act() -> None:
    # A Welsh town council's finance committee: bold "a) Carnival Committee" sub-items under "5. Grant applications",
    # each the item of its decision; "The Town Clerk and the Chair to draw up criteria ..." inside a paragraph of
    # narrative asks two officers to act.
    document = docx.Document()
    document.add_paragraph("Minutes of the Finance Committee held on 4th February 2026")
    for marker, text, bold in (
        ("4.", "Budget monitoring", True),
        (
            "",
            "Members discussed the projects budget. The Town Clerk and the Chair to draw up criteria for sponsorship.",
            False,
        ),
        ("5.", "Grant applications", True),
        ("a)", "Carnival Committee", True),
        ("", "The Committee considered a request for £900. It was agreed to recommend a grant of £600.", False),
        ("b)", "Valley Foodbank", True),
        ("", "Referrals had risen over the winter. It was agreed to recommend a grant of £500.", False),
    ):
        document.add_paragraph().add_run(f"{marker} {text}".strip()).bold = bold
    assert _records(document, "finance.docx") == [
        ("Budget monitoring", "The Town Clerk and the Chair to draw up criteria for sponsorship."),
        ("Carnival Committee", "To recommend a grant of £600."),
        ("Valley Foodbank", "To recommend a grant of £500."),
    ]


def test_a_parish_table_of_codes_titles_closed_by_a_stop_and_business() -> None:
    # A Cumbrian parish's ruled table, 'ITEM / MINUTE No. | ITEM | BUSINESS', under the document's title "Minutes"
    # and the meeting's date line: each row the minute's code, its title (its full stop no part of it) and text.
    document = docx.Document()
    document.add_paragraph().add_run("Minutes").bold = True
    document.add_paragraph("For the Council Meeting held on Wednesday 12th November 2025 in the Reading Room.")
    table = document.add_table(rows=0, cols=3)
    for cells in (
        ("ITEM / MINUTE No.", "ITEM", "BUSINESS"),
        (
            "25/184",
            "Minutes.",
            "RESOLVED that the Minutes of the meeting held on 8th October be approved as a true record.",
        ),
        (
            "25/186",
            "Precept 2026/27.",
            "The Clerk presented the draft budget. RESOLVED that the Council requests a precept of £14,200.",
        ),
    ):
        row = table.add_row().cells
        for cell, text in zip(row, cells, strict=True):
            cell.text = text
    assert _records(document, "kirkbeck.docx") == [
        ("Precept 2026/27", "That the Council requests a precept of £14,200."),
    ]


def test_another_bodys_meeting_date_in_a_table_of_minutes_received_dates_nothing() -> None:
    # A committee page's item receiving other bodies' minutes in a table ("Name of Body | Date of Meeting"): another
    # body's date, not this meeting's; and a parish's "Action Clerk." after a decision names who acts.
    page = (
        "<h1>Agenda and minutes</h1><h2>Cabinet</h2><h2>Wednesday, 12th March, 2025 5.00 pm</h2><p>Venue: Town Hall"
        "</p><h2>Items</h2><p>No. Item</p><p>304.</p><p>Minutes of Boards and Panels</p><p>Minutes:</p>"
        "<p>To receive the minutes of the following bodies:-</p><table><tr><td>Name of Body</td>"
        "<td>Date of Meeting</td></tr><tr><td>Policy Development Board</td><td>17th February 2025</td></tr></table>"
        "<p>Resolved - That the minutes of the above body be noted.</p><p>305. Car Parking Charges</p><p>Resolved - "
        "That the revised charges be approved. Action Clerk.</p>"
    )
    minutes = parse_minutes(read_document(page.encode(), "cabinet.html"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 3, 12), "Car Parking Charges", "That the revised charges be approved."),
    ]


def test_each_meeting_on_a_page_is_dated_by_its_line_with_the_hour_after_an_at_sign() -> None:
    """A page holding two meetings, each under a heading naming it and a date line with its hour after '@'
    ("Wednesday 4th June 2025 @ 19:00 in Balmore Community Centre"): each decision under its own meeting."""
    page = (
        "<html><body><h2>Meeting of the Kelvinmuir Forum</h2><p><b>Wednesday 3rd September 2025 @ 19:00 in Balmore "
        "Community Centre</b></p><h3>1) Grants</h3><p>It was agreed that the Secretary would apply for a grant.</p>"
        "<h3>2) Date of next meeting</h3><p>Wednesday 3rd December 2025 @ 19:00 in Balmore Community Centre.</p>"
        "<h2>Annual General Meeting of the Kelvinmuir Forum</h2><p><b>Wednesday 4th June 2025 @ 19:00 in Balmore "
        "Community Centre</b></p><h3>1) Subscriptions</h3><p>It was agreed that the subscription would remain at "
        "£20.</p></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "forum.html"))
    assert [(r.meeting, r.item) for r in minutes.recommendations] == [
        (dt.date(2025, 9, 3), "Grants"),
        (dt.date(2025, 6, 4), "Subscriptions"),
    ]


def test_a_minute_of_the_last_meeting_under_matters_arising_is_no_item() -> None:
    """'Minute 17/JW Communications' (or a bold 'Item 18/JW: Depot Lease') under the item '22/JW Minutes of Previous
    Meeting' names the last meeting's minute a matter arises from: what is agreed under it is the item's; the next bold minute
    ('24/JW Performance Report') is the next item."""
    data = _word(
        "Minutes of a meeting of the Joint Waste Committee held on 16 January 2026",
        "**22/JW Minutes of Previous Meeting",
        "RESOLVED that the minutes of the meeting held on 14 November 2025 be approved.",
        "Matters Arising",
        "Minute 17/JW Communications",
        "It was agreed that the draft collection calendar would be circulated to Members for comment.",
        "**Item 18/JW: Depot Lease",
        "It was agreed that the Director would report when terms were settled.",
        "**24/JW Performance Report",
        "RESOLVED that the Director report on missed assisted collections to the next meeting.",
    )
    assert _records(data, "joint.docx") == [
        (
            "Minutes of Previous Meeting",
            "That the draft collection calendar would be circulated to Members for comment.",
        ),
        ("Minutes of Previous Meeting", "That the Director would report when terms were settled."),
        ("Performance Report", "That the Director report on missed assisted collections to the next meeting."),
    ]


def test_a_decision_sending_a_report_on_to_another_meeting_is_dated_by_its_own() -> None:
    """'The Committee agreed to refer the report ... to the Cabinet for consideration on 18 March 2025': the date is
    the Cabinet's, not the day the Committee agreed; the record's meeting is the title's."""
    text = (
        "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE RECORD OF THE MEETING HELD ON THURSDAY, 6 FEBRUARY 2025, 6.30PM "
        "TO 9.05PM\n\n618 Task Group Report\n\nDecision:\n\nThe Committee agreed to refer the task group's report to "
        "the Cabinet for consideration on 18 March 2025.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "record.txt"))
    assert [(r.meeting, r.item) for r in minutes.recommendations] == [(dt.date(2025, 2, 6), "Task Group Report")]


def test_a_title_wrapped_over_lines_in_capitals_dates_the_minutes() -> None:
    """A Scottish committee's title wrapped over short lines ("... held in COMMITTEE" / "ROOMS 2 AND 3, COUNCIL
    HEADQUARTERS," / "NEWTOWN ST AIDANS on Friday, 21 November" / "2025 at 10.00 a.m."): no line of it is a minute's
    code and title ('ROOMS 2'), so the date at its end dates the meeting (the document had been refused as undated)."""
    text = (
        "MARCHLANDS COUNCIL\n\nMINUTE of Meeting of the CIVIC GOVERNMENT\nLICENSING COMMITTEE held in COMMITTEE\n"
        "ROOMS 2 AND 3, COUNCIL HEADQUARTERS,\nNEWTOWN ST AIDANS on Friday, 21 November\n2025 at 10.00 a.m.\n\n\n"
        "Present:-      Councillors R. Elliot (Chairman), K. Armstrong, J. Dalgleish,\n               M. Hogg, A. "
        "Laidlaw, S. Renwick, P. Scott-Ker, W. Turnbull.\nIn Attendance:- Managing Solicitor - Property and Licensing, "
        "Licensing Team\n               Leader, Democratic Services Officer (L. Oliver).\n\n\n"
        "1.0   TAXI FARES REVIEW\n1.1   There had been circulated a report by the Licensing Team Leader proposing a\n"
        "      revised scale of taxi fares following the annual review of operating costs.\n\n      DECISION\n"
        "      AGREED to advertise the proposed scale of taxi fares.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "licensing.txt"))
    assert [(r.meeting, r.item) for r in minutes.recommendations] == [(dt.date(2025, 11, 21), "TAXI FARES REVIEW")]


def test_a_town_councils_table_of_three_figure_codes_titles_and_minutes() -> None:
    """A Welsh town council's minutes as a table without headings, 'code | TITLE | minute' ('412/03 | MINUTES |
    ...'): each row is its coded item, 'MINUTES' too (a coded item, not the document's title); a vote's count after
    a decision ('9 Councillors in favour, 1 against.') is no part of it, and a letter's action after a dash
    ('Letter from a resident ... – Clerk to write to ...') is a record of its own."""
    rows = [
        ("412/01", "APOLOGIES", "Apologies were received from Cllr B. Hafren (work commitments)."),
        (
            "412/02",
            "MINUTES",
            "The minutes of the meeting held on 26 May 2025 were confirmed.\nFinance Panel held on 16 June 2025: the "
            "panel's recommendations were taken.\nIt was agreed that £400 would be donated towards the Carnival "
            "float prizes. 9 Councillors in favour, 1 against.",
        ),
        (
            "412/03",
            "CORRESPONDENCE",
            "Letter from a resident regarding dog fouling on Heol y Bont – Clerk to write to the County Council "
            "asking for more patrols.\nPolice – Monthly crime figures for May – received.",
        ),
        (
            "412/04",
            "TOWN HALL HEATING",
            "Three quotations for a new boiler had been circulated.\nIt was agreed to accept the quotation from "
            "Gwres Teifi Ltd of £6,850. 11 Councillors in favour.",
        ),
    ]
    top = ["LLANFAIR DYFNANT TOWN COUNCIL", "Minutes of a Council Meeting held on Monday 23rd June 2025 at 7.00 pm"]
    assert _records(_word_table(top, rows), "town.docx") == [
        ("MINUTES", "That £400 would be donated towards the Carnival float prizes."),
        ("CORRESPONDENCE", "Clerk to write to the County Council asking for more patrols."),
        ("TOWN HALL HEATING", "To accept the quotation from Gwres Teifi Ltd of £6,850."),
    ]


def test_a_proposal_set_out_as_a_form_is_decided_by_its_vote_row() -> None:
    # "Proposal | words", "Proposed | name", "Seconded | name", "Vote | counts" rows, or the same labels run
    # on in one paragraph: the proposal carried is the record, the one the counts defeat is not.
    document = docx.Document()
    document.add_paragraph("Minutes of the meeting of Easthill Parish Council held on 3 June 2024")
    for title, words, vote in (
        ("Village hall roof", "the council accepts the lowest quotation for the roof repairs", "7 for, 1 against"),
        ("Play area", "to close the play area for the summer", "2 for, 6 against"),
    ):
        document.add_paragraph(title, style="Heading 2")
        table = document.add_table(rows=0, cols=2)
        for label, value in (("Proposal", words), ("Proposed", "Cllr Amos"), ("Seconded", "Cllr Bell"), ("Vote", vote)):
            row = table.add_row().cells
            row[0].text, row[1].text = label, value
    document.add_paragraph("Footpaths", style="Heading 2")
    document.add_paragraph(
        "Proposal: the Clerk reports the broken stile to the county council  Proposed: Cllr Eyre  "
        "Seconded: Cllr Finn  Vote: unanimous"
    )
    assert _records(document, "votes.docx") == [
        ("Village hall roof", "The council accepts the lowest quotation for the roof repairs."),
        ("Footpaths", "The Clerk reports the broken stile to the county council."),
    ]


def test_a_short_run_of_two_columns_under_a_heading_across_is_text_too() -> None:
    """Below a heading across the page, a few lines in each column at the gutter of the text set in two
    columns above are read column by column too, not as a table of two columns."""
    left = [f"Line {k} of the report of the Chief Executive on the" for k in range(1, 8)]
    left += ["", "**1. Staffing", "The Chief Executive reported on vacancies in", "the planning service and on the"]
    right = ["recruitment of planning officers, which had been", "slow all year.", ""]
    right += [f"Line {k} of the discussion that followed the report" for k in range(1, 9)]
    after = [
        "**2. Boundary review",
        "The Board considered its response to the",
        "boundary review. RESOLVED that the Chief",
    ]
    after_right = ["Executive send the response set out in the", "report by 1 May.", "", "The meeting closed at 8 pm."]
    title = "Minutes of the Board meeting held on 3 April 2024"
    minutes = parse_minutes(
        read_document(
            _two_columns(title, (left, right), "PART B: MATTERS FOR DECISION", (after, after_right)), "board.pdf"
        )
    )
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Boundary review", "That the Chief Executive send the response set out in the report by 1 May."),
    ]


def _records(document: Any, name: str) -> list[tuple[str | None, str]]:
    """Each record's item and text, from a python-docx document (or a Word file's bytes) saved as `name` and
    imported."""
    data = io.BytesIO()
    if isinstance(document, bytes):
        data.write(document)
    else:
        document.save(data)
    return [(r.item, r.text.strip()) for r in parse_minutes(read_document(data.getvalue(), name)).recommendations]


def _word(*paragraphs: str) -> bytes:
    """A Word document of plain paragraphs, as a clerk types them ('**' before one set in bold)."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph().add_run(text.removeprefix("**")).bold = text.startswith("**")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# The meeting's date is the first full date of the document's opening (before its first item), whatever
# title it stands in, unless the words before it say it is a publication's, a call-in's or a report's.
OPENING_DATES = {
    "capitals-with-hours.txt": (
        b"NOTES OF THE JOINT WASTE BOARD CONVENED AT THE DEPOT, EASTLEY, ON TUESDAY, 4 MARCH 2025 FROM 14:00 HRS "
        b"UNTIL 15:10 HRS\n\n3. FLEET\nRESOLVED: That two electric refuse vehicles be leased.\n"
    ),
    "ordinal-and-comma.docx": _word(
        "Unconfirmed minutes of the Annual Parish Meeting held on Friday 4th March 2025, in the Memorial Hall, "
        "Upper Slade, starting at 7 pm with the Chair's report",
        "5. Village green",
        "It was resolved that the green be mown monthly.",
    ),
    "welsh-line-first.txt": (
        b"Cyngor Tref Aberllyn\nAberllyn Town Council\n\nCofnodion y cyfarfod a gynhaliwyd nos Fawrth 4 Mawrth 2025\n"
        b"Minutes of the meeting in the Town Hall, Tuesday 4 March 2025, 7.00pm\n\n"
        b"4. Toiledau / Toilets\nRESOLVED that the toilets open until 8 pm in summer.\n"
    ),
    "confirmed-in-public.txt": (
        b"CONFIRMED MINUTES OF THE HARBOUR BOARD HELD IN PUBLIC AT THE PILOT HOUSE, QUAYSIDE, ON TUESDAY, 4 MARCH "
        b"2025 AT 14:00 HRS\n\n3. DREDGING\nRESOLVED: That the spring dredge goes ahead.\n"
    ),
    "published-then-title.txt": (
        b"Published on 11 March 2025. Draft notes of the Joint Board meeting in the Pilot House on Tuesday 4 March "
        b"2025, starting at 14:00 HRS\n\n3. Dredging\nRESOLVED: That the spring dredge goes ahead.\n"
    ),
    "slashed-after-publication.txt": (
        "Published 10/03/2025\n\nEastley Allotments Society – committee – 04/03/2025 – 7.30pm start\n\n"
        "2. Water troughs\nAgreed: that the troughs be relined.\n"
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(OPENING_DATES))
def test_the_opening_s_first_date_dates_the_meeting(name: str) -> None:
    minutes = parse_minutes(read_document(OPENING_DATES[name], name))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2025-03-04"]


def test_a_publication_date_alone_never_dates_the_meeting() -> None:
    text = (
        "Decisions list\nDate of publication: 10 March 2025\n\n2. Water troughs\nAgreed: that the troughs be relined.\n"
    )
    with pytest.raises(InvalidInput, match="no meeting date"):
        parse_minutes(read_document(text.encode(), "published.txt"))


def test_each_session_of_a_decisions_list_is_a_meeting_of_its_own() -> None:
    """A heading, then its own date on a line of its own, starts the next meeting of a document holding
    several; the call-in date in a sentence under it never does."""
    html = (
        "<html><body><h1>Individual Cabinet Member decisions</h1>"
        "<h2>Leader of the Council</h2><p>Monday 3 March 2025</p>"
        "<p>These decisions come into force unless called in by 5pm on Monday 10 March 2025.</p>"
        "<h3>Civic car</h3><p>RESOLVED: That the civic car is not replaced.</p>"
        "<h2>Cabinet Member for Leisure</h2><p>Wednesday 5 March 2025</p>"
        "<p>These decisions come into force unless called in by 5pm on Wednesday 12 March 2025.</p>"
        "<h3>Pool hours</h3><p>RESOLVED: That the pool opens at 6.30 am.</p></body></html>"
    )
    minutes = parse_minutes(read_document(html.encode(), "decisions.html"))
    assert [(str(r.meeting), r.item) for r in minutes.recommendations] == [
        ("2025-03-03", "Civic car"),
        ("2025-03-05", "Pool hours"),
    ]
    assert minutes.meetings == [dt.date(2025, 3, 3), dt.date(2025, 3, 5)]


def test_a_pdf_dated_only_in_its_running_header_is_dated_by_it() -> None:
    """A header in small type in the top margin is furniture, never text, but its date dates the meeting
    when nothing else in the document does."""
    rows = [
        [[("Item", True)], [("Subject", True)], [("Decision", True)]],
        [[("7", False)], [("Moorings", False)], [("RESOLVED: That mooring fees rise by 3%.", False)]],
    ]
    doc = read_document(_pdf("Harbour Board meeting: Thursday 6 March 2025", rows, top_size=7), "board.pdf")
    assert "Harbour Board" not in " ".join(b.text for b in doc.blocks if b.kind != "furniture")
    minutes = parse_minutes(doc)
    assert [(str(r.meeting), r.text.strip()) for r in minutes.recommendations] == [
        ("2025-03-06", "That mooring fees rise by 3%.")
    ]


def test_a_members_own_vote_interest_or_leaving_after_a_decision_is_not_part_of_it() -> None:
    # Rule 7: who abstained, voted against, declared an interest, left or arrived is never in the record,
    # whether in a sentence of its own or in brackets after the decision.
    page = (
        "<html><body><h1>Minutes of the Planning Committee held on 4 July 2024</h1><h2>8. Mill Lane Depot</h2>"
        "<p>RESOLVED: That the depot be marketed for sale. Councillor Ibe declared an interest and left the "
        "meeting. (Cllr Young voted against.)</p><h2>9. Street Trees</h2><p>RESOLVED: That ten oaks be planted "
        "in Park Road. Members asked for their abstentions to be recorded.</p></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "planning.html"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the depot be marketed for sale.",
        "That ten oaks be planted in Park Road.",
    ]


def test_bold_titles_head_their_items_where_items_are_not_numbered() -> None:
    """A bold line of its own, in any case and with a dash and brackets, heads its item in a document
    whose items carry no number; an item bringing another body's recommendations is an item too."""
    document = docx.Document()
    document.add_paragraph("Minutes of the Glenmore Area Forum held on Thursday 6 March 2025")
    for title, decision in (
        ("Housing – empty homes grant (Ward 4)", "The Forum AGREED to ask for a list of the empty homes in Ward 4."),
        ("Recommendations from the Community Safety Partnership", "RESOLVED: That the partnership's plan be endorsed."),
    ):
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph("The Forum discussed the matter at length.")
        document.add_paragraph(decision)
    assert _records(document, "forum.docx") == [
        ("Housing – empty homes grant (Ward 4)", "To ask for a list of the empty homes in Ward 4."),
        ("Recommendations from the Community Safety Partnership", "That the partnership's plan be endorsed."),
    ]


def test_a_numbered_item_bringing_another_body_s_recommendations_is_an_item() -> None:
    text = (
        "Minutes of the Town Council held on 6 March 2025\n\n6. Cemetery fees\nRESOLVED: That fees rise by 2%.\n\n"
        "7. Recommendations of the Finance and General Purposes Committee\n"
        "RESOLVED: That the reserves policy be adopted.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "council.txt"))
    assert [r.item for r in minutes.recommendations] == [
        "Cemetery fees",
        "Recommendations of the Finance and General Purposes Committee",
    ]


def test_a_page_s_collapsible_sections_are_its_items() -> None:
    """A saved page whose items fold away (`<details><summary>`, an accordion's button over a panel saved
    hidden): each summary or button heads its item, and the folded panel is read."""
    page = (
        "<html><body><main><h1>Licensing Sub-Committee - Monday, 10th March, 2025 10.00 am</h1>"
        '<details><summary><span class="sr-only">Expand </span>Premises licence, The Anchor, Quay Street</summary>'
        "<p>RESOLVED: That the licence "
        "be granted with the conditions agreed with the police.</p></details>"
        '<h2><button type="button" aria-expanded="false" aria-controls="p2"><span class="govuk-visually-hidden">'
        "Show or hide </span>Review of taxi fares</button></h2>"
        '<div id="p2" hidden><p>RESOLVED: That the fares rise by 4%.</p></div>'
        '<button aria-controls="p3">Gambling policy statement</button>'
        '<div id="p3" style="display:none"><p>RESOLVED: That the draft statement goes out to consultation.</p></div>'
        "</main></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "licensing.html"))
    assert [r.item for r in minutes.recommendations] == [
        "Premises licence, The Anchor, Quay Street",
        "Review of taxi fares",
        "Gambling policy statement",
    ]


def test_a_label_or_title_in_two_languages_is_read_by_either_half() -> None:
    # A Welsh council prints both: the introducer and the procedural title are read by their English half.
    document = docx.Document()
    document.add_paragraph(
        "Cofnodion cyfarfod Cyngor Cymuned Aberhen / Minutes of Aberhen Community Council, 4 March 2024"
    )
    document.add_paragraph("5. Datganiadau o Fuddiant / Declarations of Interest")
    document.add_paragraph("CYTUNWYD / AGREED – that Cllr Pryce's interest in item 7 be recorded.")
    document.add_paragraph("6. Llwybrau / Footpaths")
    label = document.add_paragraph().add_run("CYTUNWYD/AGREED:")
    label.bold = True
    document.add_paragraph("(a) to ask the Clerk to report the fallen stile at Bryn Farm;")
    document.add_paragraph("(b) to buy two new gates.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "aberhen.docx"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Llwybrau / Footpaths", "To ask the Clerk to report the fallen stile at Bryn Farm."),
        ("Llwybrau / Footpaths", "To buy two new gates."),
    ]
    assert minutes.procedural == 1


def test_a_reviews_recommendations_run_on_across_its_theme_headings() -> None:
    # Under the report's "recommendations" heading: a sentence pointing to the list is no record, and
    # each point of the one list is one, whatever its case, across sub-headings or bold themes.
    page = (
        "<html><body><h1>Review of Household Recycling</h1><p>Report of the Environment Scrutiny Panel, 4 June "
        "2024</p><h2>Our recommendations</h2><p>We set out our recommendations below under three headings.</p>"
        "<h3>Collections</h3><ol><li>Food waste collections are extended to flats by 2026.</li><li>The Council "
        "trials fortnightly glass collections.</li></ol><h3>Communication</h3><ol start='3'><li>Every household "
        "receives a printed calendar.</li></ol><p><b>Contamination</b></p><ol start='4'><li>Crews leave a tag "
        "explaining why a bin was not emptied.</li></ol><h2>Evidence</h2><p>The Panel heard from the waste "
        "contractor.</p><ol start='5'><li>Residents said the calendar was hard to read.</li></ol></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "recycling.html"), dt.date(2024, 6, 4))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "Food waste collections are extended to flats by 2026.",
        "The Council trials fortnightly glass collections.",
        "Every household receives a printed calendar.",
        "Crews leave a tag explaining why a bin was not emptied.",
    ]
    assert not minutes.skipped


def test_a_date_line_after_a_meeting_s_decisions_starts_the_next_one() -> None:
    """Sessions dated first, their heading after: the date line after one session's decisions starts the
    next; a signature's date at the foot, with nothing after it, is no meeting."""
    text = (
        "Delegated decisions\n\nMonday, 3 March 2025\nLeader of the Council\n\n1. Civic car\n"
        "Resolved: That the civic car is not replaced.\n\nWednesday, 5 March 2025\nCabinet Member for Leisure\n\n"
        "1. Pool hours\nResolved: That the pool opens at 6.30 am.\n\nSigned ............ Leader\n\n12 March 2025\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "delegated.txt"))
    assert [(str(r.meeting), r.item) for r in minutes.recommendations] == [
        ("2025-03-03", "Civic car"),
        ("2025-03-05", "Pool hours"),
    ]
    assert minutes.meetings == [dt.date(2025, 3, 3), dt.date(2025, 3, 5)]


def test_sentences_about_decisions_and_a_dated_title_are_no_decisions_and_a_refusal_is_one() -> None:
    # A relative 'that' after "Decisions" or "Recommendations" is no introducer's; what a title's
    # introducer carries must read as a decision, not a date; "not to ..." under "to:" is "Not to ...".
    document = docx.Document()
    for text, style in (
        ("What the Executive agreed: 14 May 2024", "Heading 1"),
        ("Date of meeting: 14 May 2024", None),
        ("Recommendations that were referred to full Council will be decided on 20 May.", None),
        ("Decisions that have been published can be called in by any three members.", None),
        ("Market Hall Lettings", "Heading 2"),
        ("The Executive agreed to:", None),
        ("(i) let the two empty units to local traders;", None),
        ("(ii) not to renew the café lease until the rent review is complete.", None),
    ):
        document.add_paragraph(text, style=style)
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "executive.docx"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "To let the two empty units to local traders.",
        "Not to renew the café lease until the rent review is complete.",
    ]


def test_what_was_proposed_is_no_decision_when_voted_down_or_decided_otherwise() -> None:
    # An officer's "Recommendation:" superseded by the body's own decision later in the item; words moved
    # under (or over) "Proposed by" / "Seconded by" lines that the vote defeats; one that no vote defeats stands.
    document = docx.Document()
    for text in (
        "Minutes of the Burial Board held on 11 November 2024",
        "4. Cemetery Fees",
        "Recommendation: That the Board raises all fees by 6 per cent.",
        "Members felt that a smaller rise was fairer to families.",
        "RESOLVED – that fees rise by 3 per cent from April.",
        "5. Chapel Roof",
        "Proposed by Cllr Ngata",
        "Seconded by Cllr Olsen",
        "That the Board replaces the chapel roof in slate.",
        "Four members voted for, six against. The motion fell.",
        "That the Board repairs the existing roof.",
        "Proposer: Cllr Price",
        "Seconder: Cllr Quayle",
        "6. Memorial Benches",
        "That the Board allows two more memorial benches.",
        "Proposed by Cllr Rae, seconded by Cllr Singh.",
    ):
        document.add_paragraph(text)
    assert _records(document, "burial.docx") == [
        ("Cemetery Fees", "That fees rise by 3 per cent from April."),
        ("Chapel Roof", "That the Board repairs the existing roof."),
        ("Memorial Benches", "That the Board allows two more memorial benches."),
    ]


def test_a_bold_topic_under_a_labelled_item_stays_in_it() -> None:
    # Bold lines head items only where the items themselves are bold lines: under "Item 4:" a bold
    # topic is part of item 4.
    document = docx.Document()
    document.add_paragraph("Minutes of the Housing Committee held on 6 March 2025")
    document.add_paragraph("Item 4: Homelessness strategy")
    document.add_paragraph().add_run("Temporary accommodation").bold = True
    document.add_paragraph("Members discussed the numbers in bed and breakfast.")
    document.add_paragraph("RESOLVED: That the strategy be adopted.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "housing.docx"))
    assert [r.item for r in minutes.recommendations] == ["Homelessness strategy"]


def test_a_reviews_recommendations_under_a_bold_line_run_on_across_bold_themes_in_word() -> None:
    document = docx.Document()
    for text, bold, style in (
        ("Recommendations", True, None),
        ("Our recommendations follow.", False, None),
        ("Young people", True, None),
        ("The Council keeps the youth bus running on Fridays.", False, "List Number"),
        ("Older people", True, None),
        ("Warm spaces are listed on the Council's website each winter.", False, "List Number"),
        ("Method", True, None),
        ("We met five times and visited two centres.", False, None),
    ):
        document.add_paragraph().add_run(text).bold = bold
        if style:
            document.paragraphs[-1].style = document.styles[style]
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "review.docx"), dt.date(2025, 1, 20))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "The Council keeps the youth bus running on Fridays.",
        "Warm spaces are listed on the Council's website each winter.",
    ]


def test_a_bold_numbered_title_after_plain_points_is_the_next_item() -> None:
    """Item 3's number runs on from item 2's points 1 and 2, but it is a bold title after plain
    sentences: the next item, not a third point (which glued it on as a record)."""
    document = docx.Document()
    document.add_paragraph("Minutes of the Canal Partnership Board held on 11 March 2025")
    document.add_paragraph().add_run("2. Towpath resurfacing").bold = True
    document.add_paragraph("AGREED:")
    document.add_paragraph("1. That the Mill Bridge section is resurfaced first.")
    document.add_paragraph("2. That new signs tell cyclists to give way.")
    document.add_paragraph().add_run("3. Moorings – visitor charges (Lock 9 to Lock 12)").bold = True
    document.add_paragraph("AGREED: That visitor moorings are free for the first 48 hours.")
    assert _records(document, "canal.docx") == [
        ("Towpath resurfacing", "That the Mill Bridge section is resurfaced first."),
        ("Towpath resurfacing", "That new signs tell cyclists to give way."),
        ("Moorings – visitor charges (Lock 9 to Lock 12)", "That visitor moorings are free for the first 48 hours."),
    ]


def test_an_item_label_needs_no_punctuation_after_its_number() -> None:
    text = (
        "Minutes of the Licensing Committee held on 6 March 2025\n\nAgenda Item 6 Hackney carriage fares\n"
        "RESOLVED: That fares rise by 4%.\n\nItem 7a Street trading consents\nRESOLVED: That the policy be adopted.\n\n"
        "Item 8 was withdrawn by the applicant.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "licensing.txt"))
    assert [r.item for r in minutes.recommendations] == ["Hackney carriage fares", "Street trading consents"]


def test_a_sentence_ended_at_the_foot_of_a_column_is_not_run_on_into_the_next() -> None:
    """A resolution that ends at the foot of the left column ends there: the right column's first
    paragraph (a note of thanks) is not glued onto it, as a sentence cut mid-way would be."""
    left = [f"Line {k} of the Harbour Master's report on the" for k in range(1, 8)]
    left += ["", "RESOLVED that the Harbour Master replace the", "eleven moorings before Easter at a cost not"]
    left += ["exceeding £40,000 from the harbour reserve."]
    right = ["The Chair thanked the divers for their work in", "difficult conditions over the winter months.", ""]
    right += [f"Line {k} of the Engineer's report on the slipway" for k in range(1, 9)]
    title = "Minutes of the Harbour Board meeting held on 8 February 2024"
    minutes = parse_minutes(read_document(_two_columns(title, (left, right)), "harbour.pdf"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the Harbour Master replace the eleven moorings before Easter at a cost not exceeding £40,000 from "
        "the harbour reserve."
    ]


def test_a_numbered_title_line_is_not_run_into_the_sentence_under_it() -> None:
    # Plain text with no blank line under a numbered title that is not short: the title is its own line.
    text = (
        "Minutes of the Town Council held on 6 March 2025\n\n"
        "11. Cemetery fees\nRESOLVED: That burial fees rise by 2% from April.\n\n"
        "12. Report of the Joint Waste Board on the new recycling and food waste contract\n"
        "Members received the report of the Board's meeting held on 4 February 2025, which had been circulated.\n"
        "RESOLVED: That the new contract start date of 1 July be noted and the Clerk publicise it.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "council.txt"))
    assert [r.item for r in minutes.recommendations] == [
        "Cemetery fees",
        "Report of the Joint Waste Board on the new recycling and food waste contract",
    ]


def test_an_item_word_and_number_are_not_the_title() -> None:
    # "Article 12 – Title", "Agenda item 6: Title": the item is the title alone, as a minute's code is left off.
    document = docx.Document()
    document.add_paragraph("Minute of Meeting of the Education Committee held on 14 May 2024")
    document.add_paragraph().add_run("Article 12 – School Meals Price 2024/25").bold = True
    document.add_paragraph("The Committee DECIDED to hold the price of a school meal at £2.50.")
    document.add_paragraph("Agenda item 13: Music Tuition", style="Heading 2")
    document.add_paragraph("The Committee DECIDED to ask for a report on tuition charges in August.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "education.docx"))
    assert [r.item for r in minutes.recommendations] == ["School Meals Price 2024/25", "Music Tuition"]


def test_a_heading_over_the_recommendations_to_someone_is_not_an_item() -> None:
    # Under an agenda item, "Recommendations to the Cabinet Member for ..." introduces the list, even as a
    # heading of the item's own level; the records stay under the agenda item.
    document = docx.Document()
    document.add_paragraph("Minutes of the Place Scrutiny Panel held on 9 April 2024")
    document.add_paragraph("Flood Resilience", style="Heading 1")
    document.add_paragraph("The Panel heard from the Environment Agency.")
    document.add_paragraph("Recommendations to the Cabinet Member for Environment and Climate", style="Heading 1")
    document.add_paragraph("(a) That sandbag stores are mapped on the website.")
    document.add_paragraph("(b) That the flood wardens scheme is extended to Lower Mill.")
    assert _records(document, "panel.docx") == [
        ("Flood Resilience", "That sandbag stores are mapped on the website."),
        ("Flood Resilience", "That the flood wardens scheme is extended to Lower Mill."),
    ]


def test_an_outcomes_email_is_dated_by_the_meeting_and_titled_by_its_lines() -> None:
    """An email listing a meeting's outcomes: its "Date:" header is when it was sent (the sentence naming
    the meeting dates the records), and a title line ending in its label heads each item."""
    page = (
        "<html><body><p>From: Scrutiny Team<br>Date: Friday 15 March 2024 09:12<br>To: Leader of the Council<br>"
        "Subject: Outcomes</p><p>Dear Leader,</p><p>At its meeting on 12 March 2024 the Overview Committee made the "
        "recommendations below.</p><p>Leisure Centre Pricing Decision:</p><p>That concessions for carers are "
        "restored from June.</p><p>Library Opening Hours Recommendation –</p><p>That Saturday afternoon opening is "
        "kept at the three branch libraries.</p><p>Regards,<br>Scrutiny Officer</p></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "outcomes.html"))
    assert [(str(r.meeting), r.item) for r in minutes.recommendations] == [
        ("2024-03-12", "Leisure Centre Pricing"),
        ("2024-03-12", "Library Opening Hours"),
    ]


def test_justified_lines_of_a_narrow_column_are_text_not_a_table() -> None:
    """Justified lines whose words stand wide apart (pdfminer reads runs of spaces between them) are a
    paragraph's lines, not the rows of a table pasted as text."""
    left = [
        "**4. Grants",
        "=The Board considered applications for",
        "=grants from the community fund and the",
        "=advice of the panel on each of them.",
        "",
        "=RESOLVED that grants be awarded to",
        "=the rowing club and the lifeboat guild",
        "=as the panel advised.",
    ]
    left += ["", *(f"=Line {k} of the report on the fund." for k in range(1, 5))]
    right = [f"=Line {k} of the report on the harbour." for k in range(1, 12)]
    title = "Minutes of the Harbour Board meeting held on 8 February 2024"
    minutes = parse_minutes(read_document(_two_columns(title, (left, right)), "grants.pdf"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Grants", "That grants be awarded to the rowing club and the lifeboat guild as the panel advised."),
    ]


def test_a_label_after_a_sentence_in_a_pdf_cell_starts_a_paragraph_of_its_own() -> None:
    """In a drawn table's decision cell, 'Reason: ...' on the line after the decision's full stop is a
    paragraph of its own, not the decision's last words (no space between them to tell)."""
    header = [[("No.", True)], [("Item", True)], [("Decision", True)]]
    row = [
        [("3", False)],
        [("Cycle lanes", False)],
        [
            ("RESOLVED that the Mill Road", False),
            ("cycle lane be made permanent.", False),
            ("Reason: the trial cut accidents", False),
            ("on the road by a third.", False),
        ],
    ]
    doc = read_document(_pdf("Minutes of the meeting held on 6 June 2024", [header, row]), "lanes.pdf")
    assert [(r.item, r.text.strip()) for r in parse_minutes(doc).recommendations] == [
        ("Cycle lanes", "That the Mill Road cycle lane be made permanent."),
    ]


def test_a_heading_row_in_plain_type_with_no_space_under_it_is_a_row_of_its_own() -> None:
    """A table printed without borders, its heading row neither bold nor spaced from the first row: a
    line of short labels whose first column starts again on the next line is the heading row."""
    lines = [(50.0, 800.0, "Minutes of the Parks Committee meeting held on 2 May 2024")]
    rows = [
        ("No.", "Subject", "Decision", "Officer"),
        ("1", "Tennis courts", "RESOLVED that the courts be", "Parks Manager"),
        ("", "", "resurfaced before June.", ""),
        ("2", "Bandstand", "RESOLVED that the bandstand", "Parks Manager"),
        ("", "", "be hired out for weddings.", ""),
        ("3", "Allotments", "RESOLVED that rents be frozen.", "Estates Officer"),
    ]
    for k, row in enumerate(rows):
        lines += [(x, 770.0 - 12 * k, text) for x, text in zip((50.0, 90.0, 220.0, 430.0), row, strict=True) if text]
    minutes = parse_minutes(read_document(_placed([lines]), "parks.pdf"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Tennis courts", "That the courts be resurfaced before June."),
        ("Bandstand", "That the bandstand be hired out for weddings."),
        ("Allotments", "That rents be frozen."),
    ]


def test_a_run_on_minute_s_title_ends_at_its_colon_or_dash() -> None:
    # Parish minutes that run each minute on after its code: the title is the words up to the first colon
    # or dash, when they read as a title and a sentence follows; a title with a dash in it stays whole.
    text = (
        "Minutes of the Parish Council held on 2 April 2025\n\n"
        "31/25 Footpaths: The stile at Cae Mawr has broken again and walkers have complained. It was resolved that "
        "the Clerk asks the county to repair it.\n\n"
        "32/25 Village hall – The committee reported a fall in bookings over the winter months. Resolved that the "
        "hire charge is held for a year.\n\n"
        "33/25 Defibrillator – Annual Check\nResolved that the pads are replaced.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "parish.txt"))
    assert [r.item for r in minutes.recommendations] == ["Footpaths", "Village hall", "Defibrillator – Annual Check"]


def test_a_document_link_after_a_title_is_left_off() -> None:
    page = (
        "<html><body><main><h1>Cabinet - Tuesday, 5th March, 2024 10.00 am</h1><details><summary>Leisure Centre "
        'Hours <span class="doc">(Cabinet report PDF, 188KB)</span></summary><p>RESOLVED: That the hours be '
        "extended.</p></details><h2>Library Fines [pdf 1.2 MB]</h2><p>RESOLVED: That fines be abolished.</p>"
        "</main></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "cabinet.html"))
    assert [r.item for r in minutes.recommendations] == ["Leisure Centre Hours", "Library Fines"]


def test_a_bold_sub_item_title_in_sentence_case_heads_its_item() -> None:
    document = docx.Document()
    document.add_paragraph("Minutes of the Area Committee held on 4 March 2025")
    document.add_paragraph().add_run("5. Roads and planning").bold = True
    document.add_paragraph().add_run("5.1 Planning – wind farm scoping (Carn Dubh)").bold = True
    document.add_paragraph("The Committee AGREED that the Area Planning Manager responds to the scoping request.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "area.docx"))
    assert [r.item for r in minutes.recommendations] == ["Planning – wind farm scoping (Carn Dubh)"]


def test_the_report_an_item_considered_does_not_make_the_minutes_a_report() -> None:
    # "Report of the Head of Parks" inside an item names the report considered; the heading over the
    # recommendations that follow introduces them (an officer's report is known only by its own front).
    text = (
        "Minutes of the Environment Scrutiny Panel held on 9 April 2024\n\n4. Tree planting\n\n"
        "Report of the Head of Parks\n\nThe Panel received the report.\n\n"
        "Recommendations to the Cabinet Member for Environment\n\n"
        "1. The Council plants two trees for every tree felled.\n\n2. Ward members are told before any felling.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "trees.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Tree planting", "The Council plants two trees for every tree felled."),
        ("Tree planting", "Ward members are told before any felling."),
    ]


def test_an_outcomes_email_sent_after_the_meeting_is_dated_by_the_meeting() -> None:
    # Its "Sent:" date and its "Subject:" are the email's; the sentence saying when the body met dates the
    # records, and each title ending in its label heads its item.
    text = (
        "From: Committee Services\nSent: 15 March 2024 09:12\nTo: Cabinet Member for Leisure\n"
        "Subject: Overview Committee outcomes\n\nDear Councillor,\n\n"
        "The Overview Committee met on 12 March 2024 and made the following recommendations.\n\n"
        "Leisure Centre Pricing Recommendation(s):\nThat concessions for carers are restored from June.\n\n"
        "Kind regards\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "outcomes.txt"))
    assert [(str(r.meeting), r.item) for r in minutes.recommendations] == [("2024-03-12", "Leisure Centre Pricing")]


def test_a_title_broken_by_hand_inside_its_date_dates_the_meeting() -> None:
    document = docx.Document()
    run = document.add_paragraph().add_run(
        "MINUTES OF THE JOINT HARBOUR BOARD HELD AT THE PILOT HOUSE, QUAYSIDE, ON TUESDAY, 4"
    )
    run.add_break()
    document.paragraphs[0].add_run("MARCH 2025 AT 14:00 HRS")
    document.add_paragraph("3. DREDGING")
    document.add_paragraph("RESOLVED: That the spring dredge goes ahead.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "harbour.docx"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2025-03-04"]


def test_a_title_with_its_label_under_an_item_number_on_its_own_line() -> None:
    # The item number on a line of its own, then the title with its decision's label at its end: the
    # title alone heads the item, the label introduces the decision.
    text = (
        "At its meeting on 5 March 2024 the Learning Scrutiny Committee made the decisions below.\n\n1.\n\n"
        "Music Service Charges Decision:\n\nThat the Cabinet Member keeps the sibling discount.\n\n2.\n\n"
        "Home to School Transport Outcome –\n\nThat the walking routes are reassessed before September.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "outcomes.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Music Service Charges", "That the Cabinet Member keeps the sibling discount."),
        ("Home to School Transport", "That the walking routes are reassessed before September."),
    ]


def test_a_welsh_title_line_in_bold_is_the_title_not_an_item() -> None:
    # a bilingual council's title block: its Welsh name in bold over the English, then the date in a
    # title sentence in capitals; the items are heading-styled
    document = docx.Document()
    for line in ("GWASANAETH TÂN AC ACHUB GWENT UCHAF", "UPPER GWENT FIRE AND RESCUE AUTHORITY"):
        document.add_paragraph().add_run(line).bold = True
    document.add_paragraph().add_run(
        "MINUTES OF THE MEETING OF THE AUTHORITY HELD AT FIRE HEADQUARTERS, ABERNANT, ON TUESDAY, 9 JANUARY 2024 AT 14:00 HRS"
    ).bold = True
    document.add_heading("Bus shelters", level=2)
    document.add_paragraph("RESOLVED that the Head of Estates orders two new bus shelters for Heol Fawr.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "gwent.docx"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2024, 1, 9), "Bus shelters", "That the Head of Estates orders two new bus shelters for Heol Fawr.")
    ]


def test_a_decision_table_under_a_title_row_of_two_cells() -> None:
    # a record of decisions kept as one Word table: its first row the title on the left and the
    # meeting on the right, then the headings, then an item a row
    document = docx.Document()
    table = document.add_table(rows=0, cols=4)
    rows = [
        ("RECORD OF DECISIONS", "", "", "Licensing Committee: Tuesday 4 June 2024"),
        ("No.", "Subject", "Decision", "Officer"),
        (
            "1",
            "Taxi fares review",
            "RESOLVED that the revised table of fares be published for consultation.",
            "Licensing Manager",
        ),
        ("2", "Street trading", "RESOLVED that consent streets be extended to Mill Lane.", "Licensing Manager"),
    ]
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "licensing.docx"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2024, 6, 4), "Taxi fares review", "That the revised table of fares be published for consultation."),
        (dt.date(2024, 6, 4), "Street trading", "That consent streets be extended to Mill Lane."),
    ]


def test_a_table_whose_decision_column_also_holds_the_discussion() -> None:
    document = docx.Document()
    document.add_paragraph("Minutes of the meeting of Hollins Green Parish Council held on Monday 3 June 2024")
    table = document.add_table(rows=0, cols=3)
    rows = [
        ("Ref", "Subject", "Notes and decisions"),
        ("45/24", "Play area", "The swings were found worn. Resolved that the Clerk orders two new swing seats."),
        ("46/24", "Hedges", "Resolved to ask the landowner to cut the hedge on Green Lane."),
    ]
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    assert _records(document, "hollins.docx") == [
        ("Play area", "That the Clerk orders two new swing seats."),
        ("Hedges", "To ask the landowner to cut the hedge on Green Lane."),
    ]


def test_a_label_over_what_the_body_is_asked_to_do_proposes() -> None:
    # minutes whose item carries the report's summary ("Recommendation: the Panel is invited to -")
    # before the Panel's own decision: the invitation is the proposal, the decision the record
    text = (
        "Minutes of the Transport Panel held on Thursday 6 March 2025\n\n"
        "4. Bus shelter programme\n\n"
        "Report of the Head of Highways.\n\n"
        "Recommendation: the Panel is invited to -\n\n"
        "(i) approve the list of shelters for 2025/26; and\n\n"
        "(ii) note the spend to date.\n\n"
        "RESOLVED that the list of shelters for 2025/26 be approved, adding Mill Road.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "transport.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the list of shelters for 2025/26 be approved, adding Mill Road."
    ]


def test_the_body_named_at_the_end_of_a_paragraph_is_the_stem_of_the_points_below() -> None:
    text = (
        "Minutes of the Harbour Board held on Friday 7 March 2025\n\n"
        "5. Pontoon repairs\n\n"
        "Storm damage has closed two berths since January. The Board:\n\n"
        "(a) agreed to close the east pontoon until repaired;\n\n"
        "(b) approved spending of up to £40,000 from the harbour reserve; and\n\n"
        "(c) noted the insurer's position.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "harbour.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "To close the east pontoon until repaired.",
        "The Board approved spending of up to £40,000 from the harbour reserve.",
    ]


def test_a_number_alone_on_a_wrapped_line_ends_the_sentence_above() -> None:
    text = (
        "Minutes of the Allotments Committee held on Monday 10 March 2025\n\n"
        "6. Plot charges for the coming year and the water rates agreed with the supplier\n\n"
        "RESOLVED that the Clerk publishes the plot charges and the water rates listed in Annex\n"
        "2.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "allotments.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the Clerk publishes the plot charges and the water rates listed in Annex 2."
    ]


def test_a_draft_title_in_capitals_with_its_venue_run_on_dates_the_meeting_not_the_email() -> None:
    text = (
        "From: Clerk to the Council <clerk@example.org>\n"
        "Date: Fri, 14 Mar 2025 10:02:11 +0000\n"
        "Subject: minutes for checking\n\n"
        "Draft below, comments by Friday please.\n\n"
        "HOLLINS GREEN PARISH COUNCIL\n"
        "UNCONFIRMED MINUTES OF THE MEETING HELD ON TUESDAY 11 MARCH 2025 AT 7PM\n"
        "VILLAGE INSTITUTE\n\n"
        "3. Footpaths\n\n"
        "RESOLVED that the Clerk reports the broken stile on footpath 12 to the County Council.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "email.txt"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 3, 11), "That the Clerk reports the broken stile on footpath 12 to the County Council.")
    ]


def test_moved_and_seconded_then_on_a_show_of_hands_resolved() -> None:
    document = docx.Document()
    document.add_paragraph("Minutes of the Planning Committee held on Wednesday 12 February 2025")
    document.add_heading("8. Land at Orchard Farm", level=2)
    document.add_paragraph(
        "Councillor Reid moved, and Councillor Obi seconded, that the application be refused. The motion fell."
    )
    document.add_paragraph(
        "Councillor Lane moved and Councillor Hart seconded, and on a show of hands RESOLVED that the "
        "application be deferred for a site visit."
    )
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "planning.docx"))
    assert [r.text.strip() for r in minutes.recommendations] == ["That the application be deferred for a site visit."]


def test_a_date_only_in_a_word_files_running_header_dates_the_meeting() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Audit and Governance Committee – 20 May 2025"
    document.add_paragraph("MINUTES")
    document.add_heading("7. Internal audit plan", level=2)
    document.add_paragraph("RESOLVED that the Head of Audit reports on the fraud review in September.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "audit.docx"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 5, 20), "That the Head of Audit reports on the fraud review in September.")
    ]


def test_another_bodys_agreement_to_a_bare_verb_in_narrative_is_no_record() -> None:
    text = (
        "Minutes of the Allotments Committee held on Tuesday 8 April 2025\n\n"
        "4. Water troughs\n\n"
        "Plot holders asked whether the troughs could be moved nearer the gate; the tenants' association agreed to "
        "consult.\n\n"
        "RESOLVED that the Clerk obtains a price for moving the troughs.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "allotments.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the Clerk obtains a price for moving the troughs."
    ]


def test_an_item_approving_the_last_minutes_in_a_table_row_is_no_new_meeting() -> None:
    page = (
        "<h1>Parish Council minutes</h1><p>Minutes of the meeting of Ashby Parva Parish Council held on "
        "Monday 14 April 2025.</p><table><tr><th>No.</th><th>Subject</th><th>Resolution</th></tr>"
        "<tr><td>41/25</td><td>Minutes of the meeting held on 10 March 2025</td><td>Resolved that they be signed."
        "</td></tr><tr><td>42/25</td><td>Bus shelter</td><td>Resolved that the Clerk orders a new roof panel.</td>"
        "</tr></table>"
    )
    minutes = parse_minutes(read_document(page.encode(), "minutes.html"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 4, 14), "Bus shelter", "That the Clerk orders a new roof panel.")
    ]


def test_a_title_wrapped_inside_a_bracket_and_a_syllable_hyphen_are_joined() -> None:
    text = (
        "Minutes of the Licensing Panel held on Thursday 3 April 2025\n\n"
        "5. Variation of licence – The Crown, High Street (applicant: Crown Inns\n"
        "Limited)\n\n"
        "RESOLVED that the variation be granted and that the licensing team sends the\n"
        "deci-\n"
        "sion notice with the demand-\n"
        "responsive taxi rank plan.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "licensing.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        (
            "Variation of licence – The Crown, High Street (applicant: Crown Inns Limited)",
            "That the variation be granted.",
        ),
        (
            "Variation of licence – The Crown, High Street (applicant: Crown Inns Limited)",
            "That the licensing team sends the decision notice with the demand-responsive taxi rank plan.",
        ),
    ]


def test_a_body_recommending_after_that_stays_in_the_decision() -> None:
    text = (
        "Minutes of the Housing Panel held on Wednesday 9 April 2025\n\n"
        "3. Empty homes\n\n"
        "AGREED that the Panel recommends to Cabinet that a second empty homes officer be funded.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "housing.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the Panel recommends to Cabinet that a second empty homes officer be funded."
    ]


def test_a_minutes_table_with_an_action_by_column_of_initials_is_read_without_it() -> None:
    document = docx.Document()
    document.add_paragraph("Minutes of the Amenities Committee held on Monday 7 April 2025")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("No.", "Minute", "Action by"),
            ("C/12", "Apologies\nCllr Moss.", ""),
            (
                "C/13",
                "Play area fencing\nThree quotations were considered. It was RESOLVED to appoint Oakfield "
                "Fencing Ltd to replace the fence at a cost of £4,200.",
                "TC / AO",
            ),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    assert _records(document, "amenities.docx") == [
        ("Play area fencing", "To appoint Oakfield Fencing Ltd to replace the fence at a cost of £4,200.")
    ]


def test_a_motion_quoted_over_several_paragraphs_is_moved_and_the_resolution_after_the_vote_is_the_record() -> None:
    text = (
        "Minutes of the Town Council held on Monday 12 May 2025\n\n"
        "9. Motion on street lighting\n\n"
        "Cllr Ames proposed and Cllr Bell seconded the following motion:\n\n"
        '"Residents have asked for lights to stay on after midnight on the main roads.\n\n'
        "The Council:\n\n"
        "(a) asks the County Council to end part-night lighting on the A61;\n\n"
        '(b) agrees to fund a survey of lighting in the town centre."\n\n'
        "On being put to the vote the motion was carried, and it was\n\n"
        "RESOLVED: That the Council asks the County Council to end part-night lighting on the A61.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "town.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the Council asks the County Council to end part-night lighting on the A61."
    ]


def test_a_heading_over_the_items_is_none_of_them() -> None:
    page = (
        "<h1>Meeting of Licensing Board, Tuesday, 6th May, 2025 2.00 pm</h1><h2>Order of Business</h2>"
        "<h3>Street trading consents</h3><p>The Board considered three applications.</p>"
        "<p>RESOLVED that the consent for Market Place be renewed for one year.</p>"
        "<h3>Taxi fares</h3><p>RESOLVED that the fares table be advertised for comment.</p>"
    )
    minutes = parse_minutes(read_document(page.encode(), "board.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Street trading consents", "That the consent for Market Place be renewed for one year."),
        ("Taxi fares", "That the fares table be advertised for comment."),
    ]


def test_a_rule_typed_across_a_text_file_separates_the_items() -> None:
    text = (
        "Decisions of the Joint Waste Committee held on Thursday 15 May 2025\n"
        "**************************************************\n"
        "ITEM 3 Recycling credits\n"
        "Decision: the Committee agreed to pay recycling credits at £60 a tonne.\n"
        "**************************************************\n"
        "ITEM 4 Depot lease\n"
        "Decision: the Committee agreed to renew the depot lease for ten years.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "waste.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Recycling credits", "To pay recycling credits at £60 a tonne."),
        ("Depot lease", "To renew the depot lease for ten years."),
    ]


def test_a_margin_of_movers_and_votes_beside_the_text_is_left_out() -> None:
    document = docx.Document()
    document.add_paragraph("Minutes of the Burial Board held on Monday 2 June 2025")
    table = document.add_table(rows=2, cols=2)
    cells = [
        (
            "54. CHAPEL REPAIRS\nThe Clerk reported two quotes.\nRESOLVED: (a) to accept the lower quote, and",
            "Moved Cllr Dee\nSeconded Cllr Fox",
        ),
        ("(b) to ask the Clerk to order the work for July.\n55. CLOSURE", "Carried 6 for, 1 against"),
    ]
    for row, texts in zip(table.rows, cells, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "burial.docx"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "To accept the lower quote.",
        "To ask the Clerk to order the work for July.",
    ]


def test_an_initial_at_the_start_of_a_wrapped_line_numbers_nothing() -> None:
    text = (
        "Minutes of the Parish Council held on Monday 2 June 2025\n\n"
        "PRESENT: Cllrs A. Bell, C. Drew,\n"
        "E. Fisher and G. Hale.\n\n"
        "7. Bus shelter\n"
        "RESOLVED that the Clerk orders a new roof panel.\n"
    )
    blocks = read_document(text.encode(), "parish.txt").blocks
    assert [(b.marker, b.text) for b in blocks[1:3]] == [
        ("", "PRESENT: Cllrs A. Bell, C. Drew, E. Fisher and G. Hale."),
        ("7.", "Bus shelter"),
    ]


def test_rows_of_number_title_and_text_under_place_and_date_lines_are_items_of_each_meeting() -> None:
    document = docx.Document()
    for day, rows in (
        (
            "Kirkton, 3rd March 2025.",
            [
                (
                    "1",
                    "Play parks",
                    "There was submitted a report. The committee agreed to resurface the Mill Road play park.",
                )
            ],
        ),
        (
            "Kirkton, 17th March 2025.",
            [
                (
                    "4",
                    "Winter gritting",
                    "There was submitted a report. The committee agreed that the gritting routes be published online.",
                )
            ],
        ),
    ):
        document.add_paragraph(day)
        document.add_paragraph("Communities Committee.")
        table = document.add_table(rows=len(rows), cols=3)
        for row, texts in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "volume.docx"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 3, 3), "Play parks", "To resurface the Mill Road play park."),
        (dt.date(2025, 3, 17), "Winter gritting", "That the gritting routes be published online."),
    ]


@pytest.mark.parametrize(
    ("decision", "want"),
    [
        # a colon after "that" is the clerk's, not the record's
        (
            "Resolved that: officers publish the pothole figures each quarter.",
            ["That officers publish the pothole figures each quarter."],
        ),
        # "subject to ..., to receive" only receives
        ("RESOLVED – subject to the comments made, to receive the update.", []),
        # "to note X; and that Y" yields Y
        (
            "The Panel agreed to note the survey results; and that the Clerk writes to the bus operator.",
            ["That the Clerk writes to the bus operator."],
        ),
        # ", to agree" after a delegation is what is delegated, not a second decision
        (
            "RESOLVED to delegate authority to the Head of Property, after consulting the Leader, to agree the lease terms.",
            ["To delegate authority to the Head of Property, after consulting the Leader, to agree the lease terms."],
        ),
    ],
)
def test_a_decisions_punctuation_and_clauses(decision: str, want: list[str]) -> None:
    text = f"Minutes of the Estates Panel held on Monday 9 June 2025\n\n5. Depot\n\n{decision}\n"
    minutes = parse_minutes(read_document(text.encode(), "estates.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == want


def test_a_sittings_heading_dates_the_decisions_under_it() -> None:
    document = docx.Document()
    document.add_paragraph("Minutes of the Planning Inquiry Panel held on Tuesday 3 June 2025")
    document.add_paragraph().add_run("Day 1 – Tuesday 3 June 2025").bold = True
    document.add_paragraph("14. Site visit")
    document.add_paragraph("RESOLVED that the Panel visits the site before the hearing resumes.")
    document.add_paragraph("The hearing was adjourned at 5.30 pm.")
    document.add_paragraph().add_run("Day 2 (adjourned hearing) – Wednesday 4 June 2025").bold = True
    document.add_paragraph("15. Conditions")
    document.add_paragraph("RESOLVED that the conditions in the addendum be agreed with the applicant.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "inquiry.docx"))
    assert [(r.meeting, r.number, r.item) for r in minutes.recommendations] == [
        (dt.date(2025, 6, 3), 1, "Site visit"),
        (dt.date(2025, 6, 4), 1, "Conditions"),
    ]


def test_a_decision_granted_on_conditions_listed_below_is_one_record_with_them() -> None:
    document = docx.Document()
    document.add_paragraph("Minutes of the Development Control Committee held on Thursday 12 June 2025")
    document.add_paragraph("42. 25/0318/FUL – Former Bus Depot, Quay Street")
    document.add_paragraph("RESOLVED that the application be approved on the following conditions:")
    for condition in ("the hours of work be 8am to 6pm;", "a travel plan be agreed before occupation."):
        document.add_paragraph(condition, style="List Number")
    document.add_paragraph("43. 25/0330/HOU – 2 Elm Grove")
    document.add_paragraph("RESOLVED that the application be deferred for a site visit.")
    assert _records(document, "dc.docx") == [
        (
            "25/0318/FUL – Former Bus Depot, Quay Street",
            "That the application be approved on the following conditions:\n"
            "1. the hours of work be 8am to 6pm;\n2. a travel plan be agreed before occupation.",
        ),
        ("25/0330/HOU – 2 Elm Grove", "That the application be deferred for a site visit."),
    ]


def test_a_date_only_in_a_later_sections_running_header_dates_the_meeting() -> None:
    document = docx.Document()
    document.add_paragraph("MINUTES")
    for _ in range(3):
        document.add_section()
    for section in document.sections:
        section.header.is_linked_to_previous = False
    document.sections[-1].header.paragraphs[0].text = "Standards Committee – 24 June 2025"
    document.add_paragraph("5. Complaints")
    document.add_paragraph("RESOLVED that the Monitoring Officer reports on complaints each quarter.")
    data = io.BytesIO()
    document.save(data)
    parts = zipfile.ZipFile(io.BytesIO(data.getvalue())).namelist()
    assert "word/header4.xml" in parts  # the date is past the first three headers
    minutes = parse_minutes(read_document(data.getvalue(), "standards.docx"))
    assert [r.meeting for r in minutes.recommendations] == [dt.date(2025, 6, 24)]


@pytest.mark.parametrize(
    ("decision", "want"),
    [
        ("Agreed – 9th June, 8th September and 1st December 2025, all at 7.30pm.", []),  # a list of dates
        ("RESOLVED: That all items on the agenda be taken in public.", []),  # the meeting's own conduct
        (
            "RESOLVED: That the Clerk books the hall for the meetings on 9th June and 8th September.",
            ["That the Clerk books the hall for the meetings on 9th June and 8th September."],
        ),
    ],
)
def test_what_the_meeting_settles_for_itself_is_no_record(decision: str, want: list[str]) -> None:
    text = f"Minutes of the Parish Council held on Monday 12 May 2025\n\n11) Meetings\n{decision}\n"
    minutes = parse_minutes(read_document(text.encode(), "parish.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == want


def test_a_heading_numbered_on_from_the_points_ends_them() -> None:
    page = (
        "<h1>Report of the Transport Panel</h1><p>Agreed by the Transport Panel on 2 June 2025.</p>"
        "<h2>Recommendations</h2><ol><li>The Council should publish bus punctuality each month.</li>"
        "<li>The Council should review school transport by March.</li></ol>"
        "<h2>3. Next steps</h2><p>The Cabinet will respond within two months.</p>"
    )
    minutes = parse_minutes(read_document(page.encode(), "panel.html"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "The Council should publish bus punctuality each month.",
        "The Council should review school transport by March.",
    ]


def test_earlier_minutes_in_a_later_meetings_agenda_supplement_keep_their_own_date() -> None:
    text = (
        "Harbour Area Committee\nTuesday 15 July 2025 at 7.00 pm\nSupplement: Item 3 – Minutes\n\n"
        "To confirm the minutes of the meeting held on 13 May 2025. Published 7 July 2025.\n\f"
        "HARBOUR AREA COMMITTEE\n"
        "MINUTES of the meeting held at the Sailing Club, Portlow on Tuesday 13 May 2025 at 7.00 pm\n\n"
        "4. Slipway\nRESOLVED – That the Harbour Master closes the east slipway for repairs in June.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "supplement.txt"))
    assert [(r.meeting, r.item) for r in minutes.recommendations] == [(dt.date(2025, 5, 13), "Slipway")]


def test_an_item_words_heading_keeps_its_sub_headings_inside_it() -> None:
    page = (
        "<h1>Fire Authority – 5 June 2025</h1><h3>Item 4 Station cover review</h3><h4>Summary</h4>"
        "<p>The Chief Fire Officer presented the review.</p><h4>Decision</h4>"
        "<p>The Authority agreed that the review be published for consultation.</p>"
    )
    minutes = parse_minutes(read_document(page.encode(), "fire.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Station cover review", "That the review be published for consultation.")
    ]


def test_a_date_in_narrative_is_no_meeting_title_because_a_later_sentence_says_met() -> None:
    text = (
        "Review of Library Opening Hours\nReport of the Task Group\n"
        "Agreed by the Communities Scrutiny Committee on 2 June 2025\n\n"
        "2 Method\nThe Committee set up the group on 3 March 2025. The group met four times.\n\n"
        "3 Findings\nRecommendation 1\nThat the Council opens every library on Saturday afternoons.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "review.txt"))
    assert [r.meeting for r in minutes.recommendations] == [dt.date(2025, 6, 2)]


def test_a_committee_pages_note_flag_beside_the_number_is_no_title() -> None:
    page = (
        "<h2>Grants Sub-Committee - Tuesday, 3 June 2025 10:00 am</h2><table>"
        "<tr><td>Note</td><td>No.</td><td>Item</td></tr>"
        "<tr><td>X2</td><td>4.</td><td><p>Village hall roof</p><p>Minutes:</p>"
        "<p>The Sub-Committee agreed that a grant of £2,000 be paid once the hall's accounts have been received.</p>"
        "</td></tr></table>"
    )
    minutes = parse_minutes(read_document(page.encode(), "grants.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Village hall roof", "That a grant of £2,000 be paid once the hall's accounts have been received.")
    ]


def test_a_local_review_body_decides_under_decision() -> None:
    text = (
        "Local Review Body\nDate: Wednesday 4 June 2025\n\n"
        "5. REVIEW 25/0012/LRB – GARAGE AT 3 HIGH STREET\n\nDecision\n\n"
        "The Local Review Body agreed to uphold the decision of the appointed officer.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "lrb.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == ["To uphold the decision of the appointed officer."]


def test_a_long_footer_over_the_page_number_on_every_page_is_furniture() -> None:
    footer = "Ashby Parva Parish Council – Full Council – Draft minutes, subject to approval at the next meeting –"
    text = (
        "Minutes of Ashby Parva Parish Council held on Monday 2 June 2025\n\n"
        "7. Play area\nRESOLVED:\ni. to accept the lower quotation;\n"
        f"{footer}\nPage 1\n\f"
        "ii. that the Clerk closes the roundabout until it is repaired.\n\n"
        "8. Close\nThe meeting closed at 9pm.\n"
        f"{footer}\nPage 2\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "parish.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "To accept the lower quotation.",
        "That the Clerk closes the roundabout until it is repaired.",
    ]


def test_minute_numbers_in_brackets_over_titles_in_capitals_are_items() -> None:
    text = (
        "Minutes of the Town Council held on Monday 9 June 2025\n\n"
        "(41) PLAY AREA\nMembers RESOLVED:\n   a. To replace the swings.\n   b. The budget be raised to £4,000.\n\n"
        "(42) ALLOTMENTS\nMembers RESOLVED to send the waiting list to every tenant.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "town.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("PLAY AREA", "To replace the swings."),
        ("PLAY AREA", "The budget be raised to £4,000."),
        ("ALLOTMENTS", "To send the waiting list to every tenant."),
    ]


def test_a_table_of_labels_over_values_dates_the_meeting() -> None:
    document = docx.Document()
    document.add_paragraph("SOUTHERN AREA COMMITTEE – MINUTES")
    table = document.add_table(rows=2, cols=3)
    for row, texts in zip(
        table.rows, [("Date", "Time", "Place"), ("10 June 2025", "7pm", "Village Hall")], strict=True
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    document.add_paragraph("5. Speeding")
    document.add_paragraph("AGREED to ask the police for a speed check on Mill Road.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "area.docx"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 6, 10), "To ask the police for a speed check on Mill Road.")
    ]


def test_a_numbered_resolution_label_and_it_was_therefore_resolved() -> None:
    text = (
        "Minutes of the Parish Council held on Tuesday 10 June 2025\n\n"
        "61/25 Defibrillator\nThe pads had expired.\nResolution 25/031\nTo buy new pads at a cost of £95.\n\n"
        "62/25 Precept\nA recorded vote was taken. It was therefore RESOLVED that the precept be set at £41,000.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "parish.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "To buy new pads at a cost of £95.",
        "That the precept be set at £41,000.",
    ]


@pytest.mark.parametrize(
    ("paragraph", "want"),
    [
        # a body's full name in capitals, however long, with 'agreed that'
        (
            "The NORTH VALE AND EASTON HEALTH AND SOCIAL CARE PARTNERSHIP JOINT BOARD AUDIT COMMITTEE agreed "
            "that the auditor reports each quarter.",
            ["That the auditor reports each quarter."],
        ),
        # the body's own act, whole
        (
            "The Pensions Committee approved the Funding Strategy Statement 2025.",
            ["The Pensions Committee approved the Funding Strategy Statement 2025."],
        ),
        # ... but not its adopting someone else's proposals
        ("The Pensions Committee approved the recommendations in the report.", []),
        # an earlier action reported on is no decision
        ("Action 7: the Treasurer advised that the bank mandate had been updated.", []),
        # the minutes confirmed "as a true and correct record"
        ("That the Pensions Committee confirm the minutes of its last meeting as a true and correct record.", []),
        # "agreed not to"
        ("It was agreed not to renew the advisory contract.", ["Not to renew the advisory contract."]),
    ],
)
def test_a_bodys_sentence(paragraph: str, want: list[str]) -> None:
    text = f"Minutes of the Pensions Committee held on Monday 16 June 2025\n\n4. Business\n\n{paragraph}\n"
    minutes = parse_minutes(read_document(text.encode(), "pensions.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == want


def _word_table(top: list[str], rows: list[tuple[str, ...]]) -> bytes:
    """A Word file: paragraphs, then one table of rows (the first its headings); each cell's lines are paragraphs."""
    document = docx.Document()
    for line in top:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            first, *more = text.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


@pytest.mark.parametrize("heading", ["Outcome", "Resolution", "Decision"])
def test_a_decision_column_whose_cells_say_where_they_decide(heading: str) -> None:
    # Where its cells carry their own introducers, the column's heading introduces only a cell that reads as a
    # decision ('To set ...'): an announcement or a noted report beside them is no decision.
    rows = [
        ("Min", "Subject", heading),
        ("31", "Chairman's remarks", "The Chairman welcomed Mrs Ives, the new Clerk, to her first meeting."),
        ("32", "Bus shelter", "Members discussed the quotes.\nAGREED – to order the oak shelter."),
        ("33", "Internal audit", "The auditor's report was received and noted."),
        ("34", "Footpath 12", "Moved by Cllr Hart, seconded by Cllr Lowe, and RESOLVED that the stile be replaced."),
        ("35", "Precept", "To set the precept for 2026/27 at £48,000."),  # a decision the heading introduces
    ]
    data = _word_table(["Minutes of the Parish Council held on Monday 2 June 2025"], rows)
    minutes = parse_minutes(read_document(data, "parish.docx"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Bus shelter", "To order the oak shelter."),
        ("Footpath 12", "That the stile be replaced."),
        ("Precept", "To set the precept for 2026/27 at £48,000."),
    ]


def test_minutes_in_an_item_table_beside_who_acts() -> None:
    # A parish's minutes as 'Item | Action': the Action column names who acts ('Clerk', 'Clerk MB'), so the minutes
    # are the items' text, each title its cell's first line; a second "RESOLVED that" inside a sentence is a
    # decision of its own.
    rows = [
        ("Item", "Action"),
        ("To receive apologies\nMr R Oldfield.", ""),
        ("Highways\nPotholes reported again.\nRESOLVED to write to the highways officer.", "Clerk"),
        ("Remembrance Sunday\nRESOLVED to buy a wreath (£40) and RESOLVED that Cllr MB lays it.", "Clerk MB"),
    ]
    data = _word_table(["Minutes of the Parish Council meeting held on Thursday 16th October 2025"], rows)
    minutes = parse_minutes(read_document(data, "parish.docx"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Highways", "To write to the highways officer."),
        ("Remembrance Sunday", "To buy a wreath (£40)."),
        ("Remembrance Sunday", "That Cllr MB lays it."),
    ]


def test_minutes_in_a_table_of_minute_and_report_numbers() -> None:
    # 'Minute No. | Report No. | Business': the report's number beside the minute's is left out; each row's
    # business is its title, then its minute.
    rows = [
        ("Minute No.", "Report No.", "Business"),
        ("1843", "", "MINUTES\nAgreed – That the minutes of the last meeting be signed as a correct record."),
        (
            "1844",
            "31",
            "SAMPLING PROGRAMME\nThe Inspector presented the report.\nResolved – That the programme be approved.",
        ),
    ]
    data = _word_table(["PORT HEALTH AUTHORITY", "Tuesday, 11th March 2025"], rows)
    minutes = parse_minutes(read_document(data, "port.docx"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("SAMPLING PROGRAMME", "That the programme be approved.")
    ]


def test_a_register_of_decisions_dates_each_row_by_its_own_date() -> None:
    # One table of decisions taken on several days, no meeting date anywhere else: each row is dated by its
    # date column, and the rows of one day are numbered through it.
    rows = [
        ("Decision date", "Decision maker", "Subject", "Decision"),
        ("3 June 2025", "Director of Place", "Market stalls", "That the stall fees for 2025/26 be frozen."),
        ("3 June 2025", "Director of Place", "Street cafés", "To grant a pavement licence to the Corner Café."),
        ("17 June 2025", "Head of Finance", "Bad debts", "That the debts in the exempt appendix be written off."),
    ]
    data = _word_table(["Record of delegated decisions, June 2025"], rows)
    minutes = parse_minutes(read_document(data, "register.docx"))
    assert [(r.meeting, r.number, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 6, 3), 1, "That the stall fees for 2025/26 be frozen."),
        (dt.date(2025, 6, 3), 2, "To grant a pavement licence to the Corner Café."),
        (dt.date(2025, 6, 17), 1, "That the debts in the exempt appendix be written off."),
    ]


@pytest.mark.parametrize(
    "vote",
    [
        "Members then voted as follows:-\n\nRESOLVED (unanimously):-",
        "On being put to the vote the motion was carried and it was RESOLVED:-",
    ],
)
def test_a_vote_that_introduces_the_resolution_after_a_motion(vote: str) -> None:
    # The vote's line introduces the body's own resolution below it: that is the record, not the words moved.
    text = (
        "Minutes of the Communities Committee held on Tuesday 8 July 2025\n\n7. Library hours\n\n"
        "The Head of Libraries presented the report.\n\nMoved by Councillor Ash, seconded by Councillor Birch:\n\n"
        f'"That the officer\u2019s proposals be approved."\n\n{vote}\n\n'
        "(a) to open the library until 5 pm on Saturdays;\n\n(b) to review the change after six months.\n\n"
        "8. Any other business\n\nNone.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "communities.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "To open the library until 5 pm on Saturdays.",
        "To review the change after six months.",
    ]


def test_the_agendas_next_number_under_a_lead_with_nothing_below_it_is_the_next_item() -> None:
    # "... and it was RESOLVED:" with its words left out, then "6. Allotments" in sentence case: the next item
    text = (
        "Minutes of the Parish Council held on Monday 8 September 2025\n\n5. Grants\n\n"
        "The Council considered two applications and it was RESOLVED:\n\n6. Allotments\n\n"
        "RESOLVED: That the allotment rents be frozen for 2026.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "parish.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Allotments", "That the allotment rents be frozen for 2026.")
    ]


_SIDE_BY_SIDE = {
    # Welsh on the right, no headings: the column in Welsh is told by its words
    "welsh-right": [
        (
            "Minutes of the meeting of the Town Council held in the Hall on 3 March 2025.",
            "Cofnodion cyfarfod y Cyngor Tref a gynhaliwyd yn y Neuadd ar 3 Mawrth 2025.",
        ),
        (
            "Christmas lights. The Clerk reported that the lights had been put up. RESOLVED that the Council pays "
            "the bill of £600.",
            "Goleuadau Nadolig. Adroddodd y Clerc fod y goleuadau wedi eu gosod. PENDERFYNWYD bod y Cyngor yn "
            "talu'r bil o £600.",
        ),
        (
            "Public toilets. The County Council has closed the toilets by the park. RESOLVED to write to the "
            "County Council.",
            "Toiledau cyhoeddus. Mae'r Cyngor Sir wedi cau'r toiledau ger y parc. PENDERFYNWYD ysgrifennu at y "
            "Cyngor Sir gyda'r pryderon hyn.",
        ),
    ],
    # Gaelic on the left under headings naming the languages
    "gaelic-named": [
        ("Gàidhlig", "English"),
        ("Geàrr-chunntas coinneamh na Comhairle, 3 Màrt 2025.", "Minutes of the Community Council, 3 March 2025."),
        ("Cidhe. Chaidh aontachadh ceumannan a' chidhe a chàradh.", "Pier. RESOLVED to repair the pier steps."),
        ("Rathad. Chaidh aontachadh sgrìobhadh chun na Comhairle.", "Road. RESOLVED to write to the Council."),
    ],
}


@pytest.mark.parametrize("form", sorted(_SIDE_BY_SIDE))
def test_minutes_printed_in_two_languages_side_by_side_are_read_once(form: str) -> None:
    # The same minutes in two columns, a paragraph a row in each: each decision is read once, in English.
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in _SIDE_BY_SIDE[form])
    page = f"<html><body><p>Town Council</p><table>{rows}</table></body></html>".encode()
    minutes = parse_minutes(read_document(page, "minutes.html"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == (
        [
            (dt.date(2025, 3, 3), "That the Council pays the bill of £600."),
            (dt.date(2025, 3, 3), "To write to the County Council."),
        ]
        if form == "welsh-right"
        else [(dt.date(2025, 3, 3), "To repair the pier steps."), (dt.date(2025, 3, 3), "To write to the Council.")]
    )


def test_a_row_of_labelled_cells_dates_the_meeting() -> None:
    document = docx.Document()
    document.add_paragraph("Audit Committee")
    row = document.add_table(rows=1, cols=3).rows[0]
    for cell, text in zip(row.cells, ("Date: Thursday 19 June 2025", "Time: 10.00 am", "Venue: Room 1"), strict=True):
        cell.text = text
    document.add_paragraph("AG7 Internal audit")
    document.add_paragraph("RESOLVED that the audit plan be published.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "audit.docx"))
    assert [r.meeting for r in minutes.recommendations] == [dt.date(2025, 6, 19)]


# Decisions worded in ways the reader did not read before (round 14), each in another form than the
# document that showed it.


def test_a_vote_count_in_brackets_after_a_show_of_hands_goes_with_the_introducer() -> None:
    """'AGREED on a show of hands (5 for, 1 against, 1 abstention) to ...' in a Word paragraph after the
    narrative: the count in brackets is how it was carried, not part of the decision."""
    data = _word(
        "Minutes of the Allotments Committee held on Tuesday 8 October 2024",
        "6. Water troughs",
        "The Secretary set out two quotes. AGREED on a show of hands (5 for, 1 against, 1 abstention) to fit "
        "three new troughs on the lower site.",
        "7. Bonfires",
        "RESOLVED by a majority (4 votes to 3) that bonfires be banned in August.",
    )
    minutes = parse_minutes(read_document(data, "allotments.docx"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Water troughs", "To fit three new troughs on the lower site."),
        ("Bonfires", "That bonfires be banned in August."),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was resolved unanimously by a show of hands that the hall be repainted.",
        "It was resolved with 9 votes in favour and 2 against that the hall be repainted.",
        "RESOLVED by nine votes to two that the hall be repainted.",
        "It was resolved, by a show of hands (7 for, 1 against), that the hall be repainted.",
    ],
)
def test_how_the_vote_went_between_the_introducer_and_the_decision_goes(sentence: str) -> None:
    page = (
        "<html><body><p>Minutes of the Hall Management Committee held on 2 May 2024</p><h2>5. Decoration</h2>"
        f"<p>Two quotes were received. {sentence}</p></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "hall.html"))
    assert [r.text.strip() for r in minutes.recommendations] == ["That the hall be repainted."]


def test_a_numbered_title_in_plain_text_over_a_line_that_starts_with_a_figure() -> None:
    """'7) Finance' over '2,000 leaflets were ...': the figure starts the item's text, it does not carry
    the title on (nor does a reference such as '24/00121/HOU')."""
    text = (
        "Minutes of the Residents' Association meeting held on 12 March 2024\n\n"
        "7) Finance\n    2,000 leaflets were printed in February.\n    Agreed: to pay the printer's invoice of £180.\n\n"
        "8) Planning\n    24/00121/HOU - rear extension at 4 Elm Row. Agreed: to send no comment.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "residents.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Finance", "To pay the printer's invoice of £180."),
        ("Planning", "To send no comment."),
    ]


@pytest.mark.parametrize(
    ("lead", "points", "want"),
    [
        # a body by its initials over what it did, past-tense verbs that stay with it
        (
            "<p>The HSCP:</p>",
            "<ol><li>noted the audit findings;</li><li>approved the action plan; and</li>"
            "<li>agreed to review the risk register in June.</li></ol>",
            ["The HSCP approved the action plan.", "To review the risk register in June."],
        ),
        # ... and in a sentence after its narrative
        (
            "<p>Two bids came in. After a discussion the PC agreed to buy the bench from the lower bidder.</p>",
            "",
            ["To buy the bench from the lower bidder."],
        ),
    ],
)
def test_a_body_named_by_its_initials(lead: str, points: str, want: list[str]) -> None:
    page = f"<html><body><h1>Minutes of the meeting held on 3 June 2024</h1><h2>4. Business</h2>{lead}{points}</body></html>"
    minutes = parse_minutes(read_document(page.encode(), "minutes.html"))
    assert [r.text.strip() for r in minutes.recommendations] == want


def test_a_summary_ending_in_how_the_recommendations_are_laid_out_is_no_recommendation() -> None:
    """A 'Recommendations' heading over a summary paragraph whose last sentence says the recommendations
    below are addressed to each body, then the lead that introduces them: the summary is no point."""
    data = _word(
        "Report of the Flooding Review Panel, agreed by the Place Scrutiny Committee on 5 September 2024",
        "Recommendations",
        "Residents told us that the warnings came late. Our recommendations are addressed to the Council and "
        "to the water company.",
        "The Panel recommends that the Council:",
        "(a) publishes its flood plan each spring; and",
        "(b) trains ward members as flood wardens.",
    )
    minutes = parse_minutes(read_document(data, "flooding.docx"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the Council publishes its flood plan each spring.",
        "That the Council trains ward members as flood wardens.",
    ]


@pytest.mark.parametrize(
    ("decision", "want"),
    [
        # the decider's own words over lettered points: the stem is kept, its verb does not only introduce
        (
            "Decision\nI authorise:\n(i) the lease of the depot to the Fire Service for five years; and\n"
            "(ii) the release of £40,000 from reserves for its repair.\n",
            [
                "I authorise the lease of the depot to the Fire Service for five years.",
                "I authorise the release of £40,000 from reserves for its repair.",
            ],
        ),
        # ... or whole in one sentence under 'Decision'
        (
            "Decision\nI approve the grant of £25,000 to the Safer Roads Partnership.\n",
            ["I approve the grant of £25,000 to the Safer Roads Partnership."],
        ),
        # an introducing verb in the first person still goes (rule 3)
        (
            "Decision\nI have decided to:\n(a) close the front counter on Saturdays.\n",
            ["To close the front counter on Saturdays."],
        ),
    ],
)
def test_a_deciders_own_words_in_the_first_person(decision: str, want: list[str]) -> None:
    text = f"RECORD OF DECISION\nTitle: Estates\nDate of decision: 11 April 2024\n\n{decision}\nBackground\nThe depot is empty.\n"
    minutes = parse_minutes(read_document(text.encode(), "decision.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == want
    assert {r.meeting for r in minutes.recommendations} == {dt.date(2024, 4, 11)}


def test_a_date_line_under_a_label_naming_another_date_starts_no_meeting() -> None:
    """A decision page's labels over their values, each on a line of its own (a Word form, here): the
    publication's and the call-in's dates under their labels are not a further meeting, and the
    decision's title stays its item."""
    data = _word(
        "Executive Member Decision",
        "Library opening hours",
        "Date of decision",
        "4 June 2024",
        "Publication date",
        "6 June 2024",
        "Call-in expires",
        "13 June 2024",
        "Decision",
        "That the libraries open until 7 pm on Thursdays.",
    )
    minutes = parse_minutes(read_document(data, "decision.docx"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2024, 6, 4), "That the libraries open until 7 pm on Thursdays.")
    ]


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        # "that X; that Y and that Z" is three decisions
        (
            [
                "It was RESOLVED that the Clerk orders benches; that the Ranger fits them and that the cost be met from reserves."
            ],
            ["That the Clerk orders benches.", "That the Ranger fits them.", "That the cost be met from reserves."],
        ),
        # questions under "Members asked:" are none
        (
            [
                "The Treasurer presented the budget. Members asked:",
                "(a) why the reserves had fallen;",
                "(b) how the precept compared with neighbouring parishes.",
            ],
            [],
        ),
        # a vote on a line of its own after the decision is none
        (
            ["RESOLVED: That the grant be paid.", "(6 Members voted in favour and 2 Members abstained.)"],
            ["That the grant be paid."],
        ),
        # moved and seconded lines over a resolution, twice in one item: both resolved
        (
            [
                "Proposed by Councillor Ash",
                "Seconded by Councillor Birch, and",
                "Resolved: that the quotation from Ridge Ltd be accepted.",
                "Proposed by Councillor Cole",
                "Seconded by Councillor Dunn, and",
                "Resolved: that the works start in May.",
            ],
            ["That the quotation from Ridge Ltd be accepted.", "That the works start in May."],
        ),
    ],
)
def test_the_paragraphs_of_a_decision(paragraphs: list[str], want: list[str]) -> None:
    body = "\n\n".join(paragraphs)
    text = f"Minutes of the Parish Council held on Monday 7 July 2025\n\n6. Recreation ground\n\n{body}\n"
    minutes = parse_minutes(read_document(text.encode(), "parish.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == want


def test_an_officers_report_to_a_council_proposes_and_decides_nothing() -> None:
    text = (
        "ASHBY PARVA PARISH COUNCIL\nThe Treasurer's Report to the Parish Council meeting on Monday 14 July 2025\n\n"
        "Item 5: Play area\nTwo quotations were received.\n\n"
        "Recommendation: That the Council accepts the lower quotation of £2,300.\n"
    )
    assert parse_minutes(read_document(text.encode(), "report.txt")).recommendations == []


def test_a_commissioners_decision_page_dated_by_its_decision_not_its_implementation() -> None:
    """A commissioner decides as a body does ('The Commissioner approved the award ...' under 'Decision'),
    and the implementation date under its label on the next line is no second meeting."""
    page = (
        "<html><body><h1>PCC/2024/11: Custody suite cleaning contract</h1><dl><dt>Date of decision</dt>"
        "<dd>2 May 2024</dd><dt>Implementation date</dt><dd>16 May 2024</dd></dl><h2>Decision</h2>"
        "<p>The Commissioner approved the award of the custody cleaning contract to Brightwell Ltd.</p>"
        "<h2>Reasons</h2><p>It was the best value bid.</p></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "decision.html"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (
            dt.date(2024, 5, 2),
            "Custody suite cleaning contract",
            "The Commissioner approved the award of the custody cleaning contract to Brightwell Ltd.",
        )
    ]


def test_an_officers_first_person_decision_and_codes_with_a_word_suffix() -> None:
    text = (
        "PLANNING COMMITTEE 4 June 2025\n\n"
        "25/12/Plan 25/00318/FUL - 12-14 Quay Street\n\nRESOLVED to grant planning permission.\n\n"
        "25/13/Plan Thanks\n\nRESOLVED: That the thanks of the Council be accorded to the retiring Clerk.\n\n"
        "25/14/Plan Car park\n\nI, the Director of Place, have decided to close the Quay Street car park for resurfacing.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "planning.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("25/00318/FUL - 12-14 Quay Street", "To grant planning permission."),
        ("Car park", "To close the Quay Street car park for resurfacing."),
    ]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a summary paragraph over the lead that introduces the points
        (
            "<p>Residents told us that the warnings came late and that sandbags ran out.</p>"
            "<p>The Panel recommends that the Council:</p><ol><li>publishes its flood plan each spring; and</li>"
            "<li>trains ward members as flood wardens.</li></ol>",
            [
                "That the Council publishes its flood plan each spring.",
                "That the Council trains ward members as flood wardens.",
            ],
        ),
        # two of them
        (
            "<p>Residents told us that the warnings came late.</p><p>Sandbags ran out on the first night.</p>"
            "<p>The Panel recommends that the Council:</p><ol><li>publishes its flood plan each spring.</li></ol>",
            ["That the Council publishes its flood plan each spring."],
        ),
        # over 'That ...' paragraphs
        (
            "<p>Residents told us that the warnings came late.</p>"
            "<p>That the Council publishes its flood plan each spring.</p><p>That ward members be trained as flood wardens.</p>",
            [
                "That the Council publishes its flood plan each spring.",
                "That ward members be trained as flood wardens.",
            ],
        ),
        # a first paragraph that asks something is a recommendation, whatever follows it
        (
            "<p>The Council should publish its flood plan each spring.</p>"
            "<p>The Panel also recommends that the water company:</p><ol><li>clears the culverts twice a year.</li></ol>",
            [
                "The Council should publish its flood plan each spring.",
                "That the water company clears the culverts twice a year.",
            ],
        ),
    ],
)
def test_a_recommendations_headings_summary_that_asks_nothing_is_no_point(body: str, want: list[str]) -> None:
    page = (
        "<html><body><h1>Flooding Review Panel</h1><p>Agreed by the Place Scrutiny Committee on 5 September 2024</p>"
        f"<h2>Recommendations</h2>{body}<h2>Background</h2><p>The review began in May.</p></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "flooding.html"))
    assert [r.text.strip() for r in minutes.recommendations] == want


def test_a_list_of_items_each_run_on_into_its_decision_under_an_articles_own_header() -> None:
    page = (
        "<header id='masthead'><p>Pentref Community Council</p></header><main><article>"
        "<header class='entry-header'><h1>Notes of the meeting held on Monday 7 July 2025</h1></header>"
        "<h3>Decisions taken</h3><ul>"
        "<li>Item 3 – Minutes of 2 June 2025: approved as a correct record.</li>"
        "<li>Item 5 – Village green: resolved to buy two new benches (For 6, Against 1).</li>"
        "<li>Item 6 – Correspondence: noted.</li>"
        "<li>Item 7 – Footpaths: resolved to report the broken stile on path 4 to the County Council.</li>"
        "</ul></article></main>"
    )
    minutes = parse_minutes(read_document(page.encode(), "notes.html"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 7, 7), "Village green", "To buy two new benches."),
        (dt.date(2025, 7, 7), "Footpaths", "To report the broken stile on path 4 to the County Council."),
    ]


def test_a_resolution_label_with_a_committee_code() -> None:
    text = (
        "Minutes of the Environment Committee held on Tuesday 8 July 2025\n\n"
        "4. Allotments\nResolution EN25/14: That rents rise by 3% from October.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "env.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == ["That rents rise by 3% from October."]


def test_a_decision_table_under_each_item_names_who_and_when_beside_it() -> None:
    document = docx.Document()
    document.add_paragraph("Minutes of the Town Council held on Monday 7 July 2025")
    for title, decision, who, when in [
        ("Market square", "RESOLVED that the Clerk orders two new litter bins.", "Clerk", "August 2025"),
        ("Closed session", "RESOLVED that the Council moves into closed session for the next item.", "", ""),
        ("Staffing", "RESOLVED to appoint a second grounds assistant.", "Town Clerk", "30/09/2025"),
    ]:
        document.add_heading(title, level=2)
        table = document.add_table(rows=2, cols=3)
        for row, cells in zip(table.rows, [("Decision", "Action by", "By when"), (decision, who, when)], strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "town.docx"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 7, 7), "Market square", "That the Clerk orders two new litter bins."),
        (dt.date(2025, 7, 7), "Staffing", "To appoint a second grounds assistant."),
    ]


def test_a_closing_summary_of_decisions_by_item_gives_each_row_its_own_item() -> None:
    document = docx.Document()
    document.add_paragraph("Minutes of the Ordinary Meeting held in the Hall on Monday 14 July 2025")
    document.add_paragraph("4. Paths").runs[0].bold = True
    document.add_paragraph("Members discussed the riverside path. See the summary of decisions below.")
    document.add_paragraph("5. Date of next meeting").runs[0].bold = True
    document.add_paragraph("Monday 8 September 2025.")
    table = document.add_table(rows=2, cols=4)
    for row, cells in zip(
        table.rows,
        [
            ("Item", "Decision", "Who", "When"),
            ("Paths", "To ask the Council to repair the riverside path.", "AB", "August"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    assert _records(document, "cc.docx") == [("Paths", "To ask the Council to repair the riverside path.")]


def test_a_table_of_actions_and_recommendations_agreed_under_an_item() -> None:
    document = docx.Document()
    document.add_paragraph("Minutes of the Health Scrutiny Committee held on Wednesday 16 July 2025")
    document.add_paragraph("5. Dental access")
    document.add_paragraph("Actions and recommendations agreed")
    table = document.add_table(rows=2, cols=4)
    for row, cells in zip(
        table.rows,
        [
            ("No.", "Action / recommendation", "Owner", "By"),
            ("1", "The ICB to publish dental waiting lists each month.", "ICB", "Sept 2025"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "hosc.docx"))
    assert [(r.item, r.text.strip(), r.owner) for r in minutes.recommendations] == [
        ("Dental access", "The ICB to publish dental waiting lists each month.", "ICB")
    ]


@pytest.mark.parametrize(
    ("paragraph", "want"),
    [
        ("RESOLVED to approve the notes of 3 March as accurate minutes.", []),
        ("Councillor Reid was appointed Older People's Champion for the year.", []),
        ("The Council approved unanimously.", []),
        ("The Council approved with six votes for and one abstention.", []),
        (
            "RESOLVED that the Council approved the budget by six votes to one.",
            ["That the Council approved the budget by six votes to one."],
        ),
    ],
)
def test_what_says_only_how_the_meeting_went(paragraph: str, want: list[str]) -> None:
    text = f"Minutes of the Town Council held on Monday 14 July 2025\n\n7. Business\n\n{paragraph}\n"
    minutes = parse_minutes(read_document(text.encode(), "town.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == want


def test_a_page_that_starts_across_the_columns_of_a_table_carried_from_the_page_before() -> None:
    # A table laid out without borders runs to the foot of page 1 (a minute's code in the margin beside its
    # text); page 2 starts with a line across the page, where the table's columns are not: it is text.
    codes = [(50.0, 780.0 - 14 * k, f"ED/{k}") for k in range(1, 50)]
    texts = [(120.0, 780.0 - 14 * k, f"The Committee heard item {k}.") for k in range(1, 50)]
    second = [
        (50.0, 780.0, "The Committee agreed to ask the Director of Education to publish the attendance figures."),
        (50.0, 766.0, "The meeting closed at 4.10 pm."),
    ]
    document = read_document(_placed([[(50.0, 800.0, "Minutes, 21 March 2024"), *codes, *texts], second]), "ed.pdf")
    assert any("publish the attendance figures" in b.text for b in document.blocks)


def test_a_decisions_page_whose_title_is_styled_main_reads_its_decisions_not_its_publication_note() -> None:
    # A committee system's page with no <main>: the title's class names it 'Main' ('mgMainTitleTxt'), which
    # makes it no content block; the note of when the decisions take effect decides nothing.
    page = (
        '<html><body><ul id="mgNav"><li><a href="/">Committees</a></li></ul>'
        '<h1 class="mgMainTitleTxt">Decisions</h1>'
        "<p>Decisions published on 12/07/2024 for the meeting of the Cabinet. These decisions come into force on "
        "20/07/2024 unless they are called in.</p>"
        '<div class="mgDecisionDetails"><h2>Waste Strategy 2024-2030</h2>'
        "<table><tr><th>Made at meeting:</th><td>10/07/2024 - Cabinet</td></tr></table>"
        "<h3>Decision:</h3><p>RESOLVED that the Waste Strategy 2024-2030 be approved.</p>"
        "<h3>Reasons for the decision:</h3><p>To meet the recycling target.</p></div></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "decisions.html"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2024, 7, 10), "Waste Strategy 2024-2030", "That the Waste Strategy 2024-2030 be approved.")
    ]


def test_each_meeting_heading_of_a_volume_named_and_dated_starts_its_meeting() -> None:
    # A volume of two meetings, each under a heading naming the meeting before its date (the second a special
    # meeting); a date a decision sends an item to is a later meeting's, not this one's.
    document = docx.Document()
    document.add_paragraph("Minutes of meetings of the Board, June 2024")
    document.add_heading("BOARD MEETING – MONDAY 3 JUNE 2024", level=1)
    document.add_heading("4. Visitor centre", level=2)
    document.add_paragraph("RESOLVED that the café contract be extended for a year.")
    document.add_paragraph("It was agreed to add an item on parking to the meeting on 9 September 2024.")
    document.add_heading("SPECIAL BOARD MEETING – MONDAY 24 JUNE 2024", level=1)
    document.add_heading("1. Grant offer", level=2)
    document.add_paragraph("RESOLVED that the Board accepts the grant offer.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "board.docx"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2024, 6, 3), "That the café contract be extended for a year."),
        (dt.date(2024, 6, 3), "To add an item on parking to the meeting on 9 September 2024."),
        (dt.date(2024, 6, 24), "That the Board accepts the grant offer."),
    ]


def test_a_minutes_code_on_the_line_under_its_title_keeps_the_title() -> None:
    # Each title in bold capitals with its minute's code in the paragraph below; the item approving the last
    # minutes, "MINUTES OF THE MEETING DATED ...", does not date the meeting.
    data = _word(
        "Planning Committee",
        "Wednesday, 13 March 2024",
        "**MINUTES OF THE MEETING DATED 14 FEBRUARY 2024",
        "**PLA103/23",
        "RESOLVED – That the minutes of the meeting dated 14 February 2024 be approved as a correct record.",
        "**LAND EAST OF MILLBROOK LANE, HARTSWORTH",
        "**PLA104/23",
        "RESOLVED – That the application be granted subject to conditions.",
    )
    minutes = parse_minutes(read_document(data, "planning.docx"))
    assert [(r.meeting, r.item) for r in minutes.recommendations] == [
        (dt.date(2024, 3, 13), "LAND EAST OF MILLBROOK LANE, HARTSWORTH")
    ]


def test_a_motion_proposed_and_seconded_by_initials_then_agreed_is_the_decision() -> None:
    # A community council's clerk names the proposer and seconder by initials in brackets; the vote after it
    # ("Unanimously agreed.", "Agreed by 4 votes to 1.") carries it.
    text = (
        "Minutes of Llanfeuno Community Council, 16 July 2024\n\n"
        "7. Finance\n\n7.2 Proposed (GH) and seconded (EM) that the Council renews its membership of One Voice "
        "Wales at a cost of £212. Unanimously agreed.\n\n"
        "8. Planning\n\n8.1 After discussion, proposed (SP) and seconded (WO) that the Council objects to the "
        "application. Agreed by 4 votes to 1.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "council.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the Council renews its membership of One Voice Wales at a cost of £212.",
        "That the Council objects to the application.",
    ]


def test_a_point_starting_with_a_councillors_name_finishes_its_that_stem() -> None:
    # "RESOLVED – that:" over points in lower case, one starting with a name: the capital is the name's.
    text = (
        "Standards Hearing Sub-Committee, 22 July 2024\n\n3. Complaint SC/2023/14\n\nRESOLVED – that:\n\n"
        "(i) a formal letter be sent recording the breach;\n\n"
        "(ii) Councillor Leckie be asked to complete training within three months.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "hearing.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That a formal letter be sent recording the breach.",
        "That Councillor Leckie be asked to complete training within three months.",
    ]


def test_an_officers_recommendation_under_its_own_heading_is_the_proposal_not_the_decision() -> None:
    # Each item sets the officer's recommendation under its own heading beside the committee's decision.
    document = docx.Document()
    document.add_paragraph("Joint Transport Committee – 23 October 2024")
    document.add_heading("9. Park and Ride Contract", level=2)
    document.add_heading("Officer recommendation", level=3)
    document.add_paragraph("That the contract be awarded to Brightline Coaches Ltd for five years.")
    document.add_heading("Committee decision", level=3)
    document.add_paragraph("That the contract be awarded to Brightline Coaches Ltd for five years from 1 January 2025.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "jtc.docx"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the contract be awarded to Brightline Coaches Ltd for five years from 1 January 2025."
    ]


def test_margin_codes_beside_titles_from_minutes_on_and_a_reports_proposal_after_a_sentence() -> None:
    # Minutes laid out as a table of codes in the margin beside each title, then its text: the first title,
    # "Minutes", heads no column. "The report recommended that the Authority:" after another sentence proposes.
    rows = [
        ("FA/24/7", "Minutes"),
        ("", "<p>RESOLVED that the minutes of the meeting held on 12 December 2023 be confirmed.</p>"),
        ("FA/24/8", "Revenue Budget 2024/25"),
        (
            "",
            "<p>The Treasurer presented the budget report. The report recommended that the Authority:</p>"
            "<ol type='a'><li>approve a revenue budget of £46.2 million.</li></ol>"
            "<p>RESOLVED that the Authority approves a revenue budget of £46.5 million.</p>",
        ),
    ]
    cells = "".join(f"<tr><td>{code}</td><td>{text}</td></tr>" for code, text in rows)
    page = (
        f"<html><body><p>Minutes of the Fire Authority held on 20 February 2024</p><table>{cells}</table></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "fire.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Revenue Budget 2024/25", "That the Authority approves a revenue budget of £46.5 million.")
    ]


def test_a_bold_coded_title_in_the_agendas_words_heads_its_item_and_to_x_and_that_y_is_two() -> None:
    # A parish clerk keeps the agenda's wording as each coded title ("2024-046 To consider ..."); a decision
    # "to X, and that Y" is two records (rule 4).
    data = _word(
        "Minutes of Kelbrook Parish Council held on Monday 15 April 2024",
        "**2024-046 To consider the Bowls Club's request to extend its lease of the green",
        "After discussion it was RESOLVED to grant the Club a five-year extension on the existing terms, and that "
        "the Clerk instructs the solicitor to prepare the deed.",
    )
    minutes = parse_minutes(read_document(data, "parish.docx"))
    item = "To consider the Bowls Club's request to extend its lease of the green"
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        (item, "To grant the Club a five-year extension on the existing terms."),
        (item, "That the Clerk instructs the solicitor to prepare the deed."),
    ]


def test_a_table_typed_with_plus_and_minus_rules_is_read_row_by_row() -> None:
    # A clerk's plain-text minutes as a grid of '+', '-' and '|', each row's cells wrapped over several lines.
    text = (
        "Minutes of Treverran Parish Council held on Wednesday 10 July 2024\n\n"
        "+-------+--------------------+----------------------------------+\n"
        "| Min   | Item               | Discussion / Resolution          |\n"
        "+=======+====================+==================================+\n"
        "| 44/24 | Playing field      | Two quotes received. RESOLVED    |\n"
        "|       | fence              | that the quote of Tamar Fencing  |\n"
        "|       |                    | be accepted.                     |\n"
        "+-------+--------------------+----------------------------------+\n"
        "| 45/24 | Speeding           | RESOLVED to ask Highways for a   |\n"
        "|       |                    | traffic survey.                  |\n"
        "+-------+--------------------+----------------------------------+\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "parish.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Playing field fence", "That the quote of Tamar Fencing be accepted."),
        ("Speeding", "To ask Highways for a traffic survey."),
    ]


def test_a_minute_column_of_codes_beside_each_title_and_text_is_the_minutes_laid_out() -> None:
    # 'Minute | Item' over each minute's code beside a cell of its bold title and text: "Minute" heads the
    # codes, not the decisions.
    document = docx.Document()
    document.add_paragraph("Minutes of the Police and Crime Panel held on 5 February 2024")
    table = document.add_table(rows=0, cols=2)
    for code, title, text in (
        ("Minute", "Item", ""),
        ("PCP 43/24", "Minutes of the previous meeting", "RESOLVED – That the minutes be confirmed."),
        ("PCP 44/24", "Proposed Precept 2024/25", "RESOLVED – That the Panel supports the proposed precept."),
    ):
        left, right = table.add_row().cells
        left.text = code
        right.paragraphs[0].add_run(title).bold = True
        if text:
            right.add_paragraph(text)
    assert _records(document, "panel.docx") == [
        ("Proposed Precept 2024/25", "That the Panel supports the proposed precept.")
    ]


def test_a_reports_recommendations_labelled_by_letter_on_lines_of_their_own() -> None:
    # A task group's report: "Recommendation A" in bold on its own line over each recommendation.
    document = docx.Document()
    document.add_paragraph("This report was agreed by the Joint Committee at its meeting on 14 October 2024.")
    document.add_paragraph().add_run("Our recommendations").bold = True
    for label, text in (
        ("Recommendation A", "The Trust should publish monthly staffing figures."),
        ("Recommendation B", "The Board should translate its leaflets by March 2025."),
    ):
        document.add_paragraph().add_run(label).bold = True
        document.add_paragraph(text)
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "report.docx"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2024, 10, 14), "The Trust should publish monthly staffing figures."),
        (dt.date(2024, 10, 14), "The Board should translate its leaflets by March 2025."),
    ]


def test_a_coded_title_line_over_its_paragraph_is_the_items_title() -> None:
    # A minute's code and title on a line of their own (no blank line after) over the minute's paragraph.
    text = (
        "Minutes of the Joint Overview and Scrutiny Committee held on Tuesday, 4 June 2024\n\n"
        "JOSC 4 Shared ICT service: cyber security and resilience\n"
        "The Shared ICT Manager presented the annual report on cyber security. Both councils\n"
        "had passed the assessment, but the recovery test in February had taken longer than\n"
        "the target of four hours set by the Joint Committee when the service was set up.\n\n"
        "RESOLVED – That the Shared ICT Manager report the result of the next test.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "josc.txt"))
    assert [r.item for r in minutes.recommendations] == ["Shared ICT service: cyber security and resilience"]


def test_a_plan_approved_on_another_date_in_a_decisions_purpose_does_not_date_the_decision() -> None:
    # An officer's decision page: its purpose names the programme "approved by the Authority on" an earlier
    # date; the decision is dated by its "Date of decision:" line at the foot.
    page = (
        "<html><body><main><h1>Decision details</h1><h2>Fleet Replacement – Aerial Ladder Platforms</h2>"
        "<h3>Purpose:</h3><p>To replace two platforms, as planned in the Fleet Replacement Programme approved by "
        "the Authority on 15 February 2024.</p><h3>Decision:</h3><ol><li>To purchase two aerial ladder platforms."
        "</li></ol><p>Date of decision: 10/05/2024<br>Publication date: 14/05/2024</p></main></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "decision.html"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2024, 5, 10), "To purchase two aerial ladder platforms.")
    ]


def test_that_x_and_to_y_is_two_decisions_unless_the_to_goes_with_a_verb_before_it() -> None:
    text = (
        "Place Scrutiny Committee, 11 March 2024\n\n4. Flooding\n\n"
        "RESOLVED – That the Chair writes to the Agency about the culvert, and to add a site visit to the work "
        "programme.\n\n5. Parking\n\n"
        "RESOLVED – That officers be asked to review the scheme, and to report back in June.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "place.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the Chair writes to the Agency about the culvert.",
        "To add a site visit to the work programme.",
        "That officers be asked to review the scheme, and to report back in June.",
    ]


def test_a_decision_quoted_under_the_call_in_that_reviews_it_is_not_the_committees() -> None:
    text = (
        "Minutes of the Overview and Scrutiny Committee held on Tuesday 5 November 2024\n\n"
        "OS/42 Call-in: Closure of Wexcombe Road Depot\n\n"
        "The Committee considered the call-in of Cabinet decision CAB/88. The decision called in was:\n\n"
        "RESOLVED: That the Wexcombe Road depot be closed by 31 March 2025.\n\n"
        "RESOLVED: That the decision be referred back to Cabinet for reconsideration.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "osc.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the decision be referred back to Cabinet for reconsideration."
    ]


def test_a_title_wrapped_at_its_dash_in_a_drawn_tables_cell_stays_one_title() -> None:
    # "Rhydwen Primary School" / "– Outcome of Consultation" in a narrow subject cell: the dash goes on the
    # title, it starts no list.
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    rows = [
        ["No.", "Subject", "Decision"],
        ["5", "Rhydwen Primary School<br/>– Outcome of Consultation", "RESOLVED: To publish a statutory notice."],
    ]
    table = Table([[Paragraph(c, style) for c in row] for row in rows], colWidths=[40, 150, 250])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build([Paragraph("Record of decisions of the Cabinet, 12 March 2024", style), table])
    minutes = parse_minutes(read_document(buf.getvalue(), "cabinet.pdf"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Rhydwen Primary School – Outcome of Consultation", "To publish a statutory notice.")
    ]


def test_a_decision_in_capitals_wrapped_after_that_goes_on_at_the_next_line() -> None:
    text = (
        "Minutes of the Planning Committee held on Thursday, 14 March 2024 at the Council Offices\n\n"
        "PLA93/23 THE OLD DAIRY, STOCKWELL LANE\n\n"
        "It was moved and seconded that the application be refused, contrary to the officer\n"
        "recommendation. On being put to the vote it was RESOLVED that PLANNING PERMISSION\n"
        "BE REFUSED for the following reason: the extension would harm the Conservation Area.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "planning.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That PLANNING PERMISSION BE REFUSED for the following reason: the extension would harm the Conservation Area."
    ]


def test_an_officer_who_recommended_that_proposes_and_the_resolution_after_decides() -> None:
    text = (
        "Minutes of the National Park Authority held on 27 September 2024\n\n44/24 Local Plan Review\n\n"
        "The Chief Executive recommended that the Authority approves the document for a six-week consultation.\n\n"
        "It was RESOLVED that the document be approved for an eight-week consultation.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "npa.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the document be approved for an eight-week consultation."
    ]


def test_a_decision_label_over_who_acts_or_what_the_council_will_do() -> None:
    text = (
        "Minutes of the Parish Council meeting, Tuesday 12 March 2024, 7.30pm\n\n"
        "Item 5 - Highways\nThe drain cover has collapsed again.\n"
        "DECISION: Clerk to report the collapsed drain cover to Highways for a third time.\n\n"
        "Item 6 - Defibrillator\nThe unit flagged a low battery.\n"
        "DECISION: The Council will buy a replacement battery and pads.\n\n"
        "Item 7 - Hall\nDECISION: The Committee considered the hire charges.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "parish.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "Clerk to report the collapsed drain cover to Highways for a third time.",
        "The Council will buy a replacement battery and pads.",
    ]


def test_an_integration_joint_boards_direction_form_of_numbered_rows() -> None:
    # Each direction a form of numbered rows (number | label | answer): dated by the board's approval, its text
    # "The Board directs X to:" over its points (not an introducing verb: kept as the stem), or one sentence.
    document = docx.Document()
    for rows in (
        [
            ("Reference number", "LIJB-2024-06"),
            ("Date direction issued", "1 July 2024"),
            ("Approved by the Integration Joint Board on", "26 June 2024"),
            ("Full text and detail of direction", "The Integration Joint Board directs NHS Larchmoor to:"),
        ],
        [
            ("Reference number", "LIJB-2024-07"),
            ("Approved by the Integration Joint Board on", "26 June 2024"),
            (
                "Full text and detail of direction",
                "The Integration Joint Board directs the Council to fund 300 breaks.",
            ),
        ],
    ):
        document.add_paragraph("DIRECTION FROM THE LARCHMOOR INTEGRATION JOINT BOARD")
        table = document.add_table(rows=0, cols=3)
        for n, (label, answer) in enumerate(rows, 1):
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = str(n), label, answer
        if rows[-1][1].endswith("to:"):
            cells[2].add_paragraph("(a) reduce the beds at Ferry House to 16;")
            cells[2].add_paragraph("(b) create a reablement team.")
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "directions.docx"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (
            dt.date(2024, 6, 26),
            "The Integration Joint Board directs NHS Larchmoor to reduce the beds at Ferry House to 16.",
        ),
        (dt.date(2024, 6, 26), "The Integration Joint Board directs NHS Larchmoor to create a reablement team."),
        (dt.date(2024, 6, 26), "The Integration Joint Board directs the Council to fund 300 breaks."),
    ]


def test_codes_with_a_space_or_a_colon_and_a_proposer_sentence_after_the_decision() -> None:
    # "CPJC 25/2 Title", "FC04:04/24 Title": a minute's code, not the title; "This was proposed by Cllr Ng." after
    # a resolution names the mover (rule 7); "Cllr Ng appointed." is the body's own appointment.
    page = (
        "<html><body><main><h1>Minutes of the meeting held on Wednesday 10 April 2024</h1>"
        "<h3>CPJC 25/2 Shoreline Management Plan Refresh</h3><p>RESOLVED: That the refresh be approved.</p>"
        "<h3>FC06:04/24 To consider the renewal of the council's insurance</h3>"
        "<p>RESOLVED: The insurance be renewed for three years. This was proposed by Cllr Pike.</p>"
        "<h3>FC09:04/24 To appoint a representative to the Village Hall Committee</h3>"
        "<p>RESOLVED: Cllr Ng appointed.</p></main></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "council.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Shoreline Management Plan Refresh", "That the refresh be approved."),
        ("To consider the renewal of the council's insurance", "The insurance be renewed for three years."),
    ]


def test_a_minutes_heading_labelling_the_meetings_date_and_a_scottish_minute_of_the_last_meeting() -> None:
    # "Minutes: Tuesday 12 March 2024, 10.00 am" heads the page; "Minute of Meeting of 9 January 2024" is the item
    # approving the last one (Scottish councils say "Minute"), which does not date this meeting.
    page = (
        "<html><body><main><h1>Kinloch Area Committee</h1><h2>Minutes: Tuesday 12 March 2024, 10.00 am</h2>"
        "<h3>Minute of Meeting of 9 January 2024</h3><p>The Minute was approved as a correct record.</p>"
        "<h3>Roads Capital Programme</h3><p>The Committee agreed that the programme be approved.</p>"
        "</main></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "area.html"))
    assert [(r.meeting, r.item) for r in minutes.recommendations] == [(dt.date(2024, 3, 12), "Roads Capital Programme")]


def test_the_reports_recommendations_printed_before_each_decision_are_not_decisions() -> None:
    # A Scottish committee's minute prints the report's recommendations, then the Decision the committee took.
    text = (
        "Housing Committee, 10.00 am, Tuesday 19 March 2024\n\n3. Temporary Accommodation Standards\n\n"
        "Recommendations in the report\n\n1.1 To agree the Standards Framework.\n\n"
        "Decision\n\n1) To approve the Standards Framework, with a section on repairs.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "housing.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "To approve the Standards Framework, with a section on repairs."
    ]


def test_two_columns_whose_paragraphs_start_side_by_side_are_still_read_column_by_column() -> None:
    """Text set in two columns on one baseline grid, the title in the left column: the right column's few
    paragraphs start beside paragraphs of the left one, as a table's cells would, but neither column
    leaves a blank beside the other's text, so it is read column by column, not as a table, and the
    decision running on from the foot of the left column to the top of the right one is read whole."""
    left = [
        "**Minutes of the Parks Committee",
        "Held on 9 April 2024 at the Lodge, Eastwick",
        "",
        "**PK.1 Apologies",
        "Apologies were received from Councillor Obi.",
        "",
        "**PK.2 Minutes",
        "The minutes of 6 February were agreed.",
        "",
        "**PK.3 Pavilion",
        "The Parks Manager reported that the roof of the",
        "bowls pavilion leaked in two places and that the",
        "gutters had not been cleared for some years.",
        "Members asked whether the bowls club would help.",
        "",
        "**Decision",
        "That the Parks Manager obtains three quotations",
    ]
    right = [
        "for the roof and reports them in",
        "June.",
        "",
        "**PK.4 Bench Scheme",
        "Thirty memorial benches await new plaques.",
        "",
        "**Decision",
        "That the waiting list be closed until May.",
        "",
        "**PK.5 Date of next meeting",
        "11 June 2024.",
        "",
        "The meeting closed at 8.40 pm.",
    ]
    minutes = parse_minutes(read_document(_two_columns("Eastwick Town Council", (left, right)), "parks.pdf"))
    assert [(r.meeting.isoformat(), r.item, r.text.strip()) for r in minutes.recommendations] == [
        (
            "2024-04-09",
            "Pavilion",
            "That the Parks Manager obtains three quotations for the roof and reports them in June.",
        ),
        ("2024-04-09", "Bench Scheme", "That the waiting list be closed until May."),
    ]


def test_a_page_whose_text_stands_only_right_of_the_last_pages_gutter_is_read() -> None:
    """After a page set in two columns, a page whose first lines stand only right of that gutter (an
    indented table of actions, its left column empty) is read as text, not a traceback."""
    left = [(50.0, 760.0 - 12 * k, f"Line {k} of the Treasurer's report on the audit") for k in range(12)]
    right = [(310.0, 760.0 - 12 * k, f"Line {k} of the discussion of the audit plan") for k in range(12)]
    first = [(50.0, 800.0, "**Audit Committee, minutes of 24 September 2025"), *left, *right]
    second = [
        (330.0, 780.0, "**Actions agreed"),
        (330.0, 768.0, "Treasurer to brief members on the"),
        (330.0, 756.0, "new audit standards by December."),
        (50.0, 700.0, "The meeting closed at 4.15 pm."),
    ]
    minutes = parse_minutes(read_document(_placed([first, second]), "audit.pdf"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "Treasurer to brief members on the new audit standards by December."
    ]


def test_a_meeting_a_decision_sends_something_to_does_not_date_it() -> None:
    """'be submitted to Cabinet for consideration at its meeting on 19 March' names Cabinet's meeting,
    where the decision goes; the date under the title stays the meeting's."""
    text = (
        "PERFORMANCE SCRUTINY SUB-COMMITTEE\nMINUTES\n24 FEBRUARY 2026\n\n105. Parking Strategy\n\n"
        "RESOLVED: That the Sub-Committee's comments be submitted to Cabinet for consideration at its "
        "meeting on 19 March 2026.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "psc.txt"))
    assert [r.meeting for r in minutes.recommendations] == [dt.date(2026, 2, 24)]


def test_an_item_title_loses_its_code_and_its_link_text_together() -> None:
    """A committee page's item link: the title, its minute code in brackets, then 'pdf icon PDF 210 KB'."""
    page = (
        "<html><body><h1>Health and Wellbeing Board - Tuesday, 8th April, 2025 2.00 pm</h1><table>"
        "<tr><th>No.</th><th>Item</th></tr><tr><td>5.</td><td><p><b>Strategy Refresh (HWB.08.04.2025/5)</b> "
        "<a href='x.pdf'>pdf icon PDF 210 KB</a></p><p>RESOLVED: That the Director of Public Health "
        "consults the voluntary sector on the refresh.</p></td></tr></table></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "hwb.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Strategy Refresh", "That the Director of Public Health consults the voluntary sector on the refresh.")
    ]


def test_a_recommendations_table_with_a_reason_beside_each_is_read_as_one() -> None:
    """'Recommendation to the Cabinet | Reason for recommendation' in a Word report: each row a record, its
    reason left out of it."""
    document = docx.Document()
    document.add_paragraph("Minutes of the Corporate Scrutiny Committee held on 10 November 2025")
    document.add_paragraph("4. Highways Contract", style="Heading 2")
    document.add_paragraph("The Committee scrutinised the draft contract.")
    table = document.add_table(rows=0, cols=2)
    for left, right in (
        ("Recommendation to the Cabinet", "Reason for recommendation"),
        ("that a break clause at year five be included", "To allow a return to the market."),
        ("that pothole repair times be measured", "Residents rank them first."),
    ):
        row = table.add_row().cells
        row[0].text, row[1].text = left, right
    assert _records(document, "scrutiny.docx") == [
        ("Highways Contract", "That a break clause at year five be included."),
        ("Highways Contract", "That pothole repair times be measured."),
    ]


def test_the_body_asking_in_a_sentence_of_its_own_is_a_request() -> None:
    """'The Board requested that ...' and 'The Board asked the Clerk to invite ...' ask someone to act, in a
    numbered list of what happened or a paragraph alone, and are kept as printed (a joint board's long name in
    capitals too); a member's question, a
    guest's promise and the list's other points are not."""
    document = docx.Document()
    document.add_paragraph("Minutes of the Joint Archives Board held on 12 May 2025")
    document.add_paragraph("3. Digitisation programme", style="Heading 2")
    document.add_paragraph("The Archivist described the first year of the programme.")
    for text in (
        "(i) The Board requested that the parish registers be scanned before the tithe maps.",
        "(ii) The Chair of the Friends said the volunteers would help with the indexing.",
        "(iii) Members asked whether the images would be free to view.",
    ):
        document.add_paragraph(text)
    document.add_paragraph("4. Search room", style="Heading 2")
    document.add_paragraph("The Board asked the Clerk to invite the county's records manager to the next meeting.")
    document.add_paragraph("5. Reading room", style="Heading 2")
    document.add_paragraph("The NORTH VALE ARCHIVES & LOCAL STUDIES JOINT BOARD requested that it open on Saturdays.")
    assert _records(document, "archives.docx") == [
        ("Digitisation programme", "The Board requested that the parish registers be scanned before the tithe maps."),
        ("Search room", "The Board asked the Clerk to invite the county's records manager to the next meeting."),
        ("Reading room", "The NORTH VALE ARCHIVES & LOCAL STUDIES JOINT BOARD requested that it open on Saturdays."),
    ]


def test_a_code_with_an_ampersand_heads_its_item_and_a_second_resolution_in_a_paragraph_is_its_own() -> None:
    """'12/24/P&E Bus Shelters' (a committee's initials after the minute's number) is the item; a paragraph
    that resolves, then resolves again in its next sentence, gives two decisions."""
    page = (
        "<html><body><h1>Planning & Environment Committee</h1><p>Minutes of the meeting held on Monday 9th "
        "December 2024.</p><h2>11/24/P&amp;E Apologies</h2><p>None.</p><h2>12/24/P&amp;E To consider the bus "
        "shelter survey</h2><p>It was proposed, seconded and resolved to replace the shelter on Mill Lane. It was "
        "additionally resolved that the Clerk asks the county council to move the stop at Church Row.</p>"
        "</body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "pe.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("To consider the bus shelter survey", "To replace the shelter on Mill Lane."),
        (
            "To consider the bus shelter survey",
            "That the Clerk asks the county council to move the stop at Church Row.",
        ),
    ]


def test_a_heading_straight_over_deeper_headings_groups_items_and_to_x_and_that_y_is_two() -> None:
    """Word minutes whose items (Heading 2) stand under group headings (Heading 1, 'Strategic Issues') with
    nothing between: each Heading 2 is the item. 'agreed to X and that Y' is two decisions."""
    document = docx.Document()
    document.add_paragraph("Environment Committee, Wednesday 14 May 2025")
    document.add_paragraph("Apologies", style="Heading 2")
    document.add_paragraph("None.")
    document.add_paragraph("Strategic Issues", style="Heading 1")
    document.add_paragraph("Street Trading Policy", style="Heading 2")
    document.add_paragraph(
        "The Committee agreed to adopt the policy and that officers report on its first year in June 2026."
    )
    document.add_paragraph("Public Toilets", style="Heading 2")
    document.add_paragraph("The Committee agreed to open the Harbour Road toilets all year.")
    assert _records(document, "environment.docx") == [
        ("Street Trading Policy", "To adopt the policy."),
        ("Street Trading Policy", "That officers report on its first year in June 2026."),
        ("Public Toilets", "To open the Harbour Road toilets all year."),
    ]


def test_a_lists_numbers_printed_without_full_stops_are_its_points() -> None:
    """'1 the Board notes ...', '2 officers prepare ...' under 'RESOLVED that': points 1 and 2 (the noting one
    dropped); a figure that does not run on from them ('12 residents ...') stays a sentence."""
    text = (
        "Minutes of the Joint Waste Board held on 14 March 2025\n\n35. Progress Report\n\nRESOLVED that\n\n"
        "1 the Board notes the progress report for the quarter;\n\n2 officers prepare a costed proposal for a "
        "reuse shop; and\n\n3 the Manager writes to DEFRA about the timetable.\n\n"
        "12 residents had written in support of the reuse shop.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "waste.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That officers prepare a costed proposal for a reuse shop.",
        "That the Manager writes to DEFRA about the timetable.",
    ]


def test_a_sentence_saying_the_recommendations_follow_heads_them_whatever_follows_it() -> None:
    """A review report's 'Recommendations' section opens 'Our recommendations are set out below. Each names
    who should act.': the points below are the recommendations, not that sentence."""
    page = (
        "<html><body><h1>Review of School Streets</h1><p>Report of the Travel Task Group</p><h2>What we found</h2>"
        "<p>Few schools have closures.</p><h2>Recommendations</h2><p>Our recommendations are set out below. Each "
        "names who should act.</p><ol><li>The Council should offer a closure to every primary school.</li>"
        "<li>Schools should appoint a street champion.</li></ol><h2>Membership</h2><p>Cllrs A and B.</p>"
        "</body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "review.html"), meeting=dt.date(2025, 3, 4))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "The Council should offer a closure to every primary school.",
        "Schools should appoint a street champion.",
    ]


def test_a_numbered_item_run_on_after_its_title_and_a_dash_is_titled_by_it() -> None:
    """'8. Bus shelter cleaning – Two quotations had been received ... It was agreed that ...' (a parish post's
    numbered items, each run on after its title): the words before the dash are the item's title."""
    text = (
        "Minutes for a meeting of Whitcombe Parish Council on Tuesday 3rd March 2026\n\n1. Apologies – none.\n\n"
        "2. Play area – The inspection found loose bolts on the zip wire and on the swings. It was agreed that the "
        "Clerk arranges repairs before Easter.\n\n3. Planning – no applications had been received since the last "
        "meeting.\n\n4. Village green bench – A family asked for a memorial bench near the pond. It was resolved "
        "to buy a bench for up to £900.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "whitcombe.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Play area", "That the Clerk arranges repairs before Easter."),
        ("Village green bench", "To buy a bench for up to £900."),
    ]


def test_a_pdf_title_in_bold_run_in_before_its_minute_is_the_items_title() -> None:
    """'Minute no. 7 – Community Grants' in bold and, on the same line in plain type, the minute's text: the bold
    words are the item's title, and the minute's text runs on to the next line as one paragraph."""

    def line(y: int, bold: str, plain: str) -> str:
        return f"BT /F2 10 Tf 50 {y} Td ({bold}) Tj /F1 10 Tf ({plain}) Tj ET"

    ops = [
        "BT /F2 11 Tf 50 800 Td (Minutes of Llanfair Community Council held on Wednesday 4th February 2026) Tj ET",
        line(770, "Minute no. 2 - Apologies", " Apologies were received from Councillors Harries and"),
        "BT /F1 10 Tf 50 758 Td (Price, who were both away on council business that evening.) Tj ET",
        line(730, "Minute no. 3 - Community Grants", " Three applications had been received and were considered."),
        "BT /F1 10 Tf 50 718 Td (Resolved that the Senior Citizens be awarded a grant of 250 pounds.) Tj ET",
    ]
    minutes = parse_minutes(read_document(pdf_pages([ops]), "llanfair.pdf"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Community Grants", "That the Senior Citizens be awarded a grant of 250 pounds.")
    ]
    paragraphs = [b.text for b in read_document(pdf_pages([ops]), "llanfair.pdf").blocks]
    assert (
        "Apologies were received from Councillors Harries and Price, who were both away on council business that "
        "evening." in paragraphs
    )


def test_a_pdf_introducer_in_bold_before_its_colon_in_plain_type_leads_its_points() -> None:
    """'The Board resolved' in bold and ':-' after it in plain type (a Scottish board's minute): the bold
    words are not a title run in before a minute, they introduce the points under them."""
    ops = [
        "BT /F2 11 Tf 50 800 Td (Minute of Meeting of the Kinross Valley Integration Joint Board, 9 December 2025) Tj ET",
        "BT /F2 10 Tf 50 770 Td (WINTER PLAN) Tj ET",
        "BT /F1 10 Tf 50 758 Td (6. The Board had before it the Winter Plan for the coming months.) Tj ET",
        "BT /F2 10 Tf 50 740 Td (The Board resolved) Tj /F1 10 Tf ( :-) Tj ET",
        "BT /F1 10 Tf 50 728 Td (\\(i\\) to approve the Winter Plan as set out in Appendix A; and) Tj ET",
        "BT /F1 10 Tf 50 716 Td (\\(ii\\) to issue the Direction at Appendix B to the health board.) Tj ET",
    ]
    minutes = parse_minutes(read_document(pdf_pages([ops]), "kinross.pdf"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("WINTER PLAN", "To approve the Winter Plan as set out in Appendix A."),
        ("WINTER PLAN", "To issue the Direction at Appendix B to the health board."),
    ]


def test_a_resolution_grids_outcome_row_is_its_vote_not_a_decision() -> None:
    """A community council's grid per resolution, printed to PDF: 'Outcome | Carried unanimously' under the
    resolution, its mover and seconder, is the vote on it."""
    rows = [
        [[("Item 5 Precept", True)], [], []],
        [[], [("Resolution", False)], [("To set the precept for 2025/26 at 18,600 pounds.", False)]],
        [[], [("Proposed", False)], [("Cllr G Owen", False)]],
        [[], [("Seconded", False)], [("Cllr S Roberts", False)]],
        [[], [("Outcome", False)], [("Carried unanimously", False)]],
    ]
    top = "Minutes of Pentre Isaf Community Council held on 2 December 2024"
    minutes = parse_minutes(read_document(_pdf(top, rows), "pentre.pdf"))
    assert [r.text.strip() for r in minutes.recommendations] == ["To set the precept for 2025/26 at 18,600 pounds."]


def test_a_minutes_table_headed_item_under_discussion_reads_each_rows_title_and_minute() -> None:
    """A PDF's 'Item No | Item under discussion' table, each cell a title in capitals over the minute's text:
    the column holds the minutes, each row's title is its item."""
    rows = [
        [[("Item No", True)], [("Item under discussion", True)], []],
        [
            [("26.31", False)],
            [("APOLOGIES FOR ABSENCE", True), ("Apologies were received from Cllr Fenwick.", False)],
            [],
        ],
        [
            [("26.36", False)],
            [
                ("PLAYING FIELD SWINGS", True),
                ("Three quotations had been received. It was", False),
                ("RESOLVED that the quotation from Meadowplay", False),
                ("Ltd be accepted.", False),
            ],
            [],
        ],
    ]
    top = "Minutes of the Meeting of Hartleigh Parish Council held on Wednesday 11 March 2026"
    minutes = parse_minutes(read_document(_pdf(top, rows), "hartleigh.pdf"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("PLAYING FIELD SWINGS", "That the quotation from Meadowplay Ltd be accepted.")
    ]


def test_an_item_approving_the_last_meetings_minutes_by_its_date_starts_no_meeting() -> None:
    """'3. Minutes of Meeting 12 January 2026', a bold numbered item after items 1 and 2, approves the last
    minutes: the decisions after it stay the meeting's own (9 February), not January's."""
    document = docx.Document()
    document.add_paragraph("Minutes of the Ordinary Meeting held in the Village Hall on Monday 9 February 2026")
    document.add_paragraph("In attendance:")
    for name in ("Cllr Ewan Garden (Mearns ward)", "PC Ruth Mair, Police Scotland"):
        document.add_paragraph(name, style="List Bullet")
    for number, title, text in (
        ("1.", "Welcome and Apologies", "Apologies from Calum Reid."),
        ("2.", "Declarations of Interest", "None."),
        ("3.", "Minutes of Meeting 12 January 2026", "Approved. Proposed GS, seconded FD."),
        ("4.", "Riverside Path", "AGREED: to hold a work party to clear the path on 21 March."),
    ):
        document.add_paragraph().add_run(f"{number} {title}").bold = True
        document.add_paragraph(text)
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "cc.docx"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2026, 2, 9), "Riverside Path", "To hold a work party to clear the path on 21 March.")
    ]


def test_the_last_minutes_approved_in_an_item_table_do_not_date_the_meeting_its_page_title_names() -> None:
    """A committee page titled by its meeting's day ('... - Wednesday 17th September, 2025 3.00 pm'), its items in a
    table: the row approving 'Minutes of the meeting held on 18 June 2025' starts no meeting of June."""
    page = (
        "<html><body><h1>Agenda and minutes</h1><h2>Audit Committee - Wednesday 17th September, 2025 3.00 pm</h2>"
        "<table><tr><th>No.</th><th>Item</th></tr>"
        "<tr><td></td><td><p>Minutes</p><p>Minutes of the meeting held on 18 June 2025</p>"
        "<p>That the Minutes of the meeting held on 18 June 2025 be confirmed as a correct record.</p></td></tr>"
        "<tr><td></td><td><p>Internal Audit Progress Report</p><p>That the Chief Internal Auditor bring a follow-up "
        "report on the two limited assurance audits.</p></td></tr></table></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "audit.html"))
    assert [(r.meeting, r.item) for r in minutes.recommendations] == [
        (dt.date(2025, 9, 17), "Internal Audit Progress Report")
    ]


def test_the_agendas_next_number_over_its_wording_in_bold_capitals_is_the_item() -> None:
    """'3. TO CONSIDER THE PLAYING FIELD LEASE:' in bold after item 2: the item, its agenda wording its title, not a
    lead over the paragraphs numbered under it."""
    document = docx.Document()
    document.add_paragraph("MINUTES of the ORDINARY MEETING of the PARISH COUNCIL held on Thursday, 13th March 2025.")
    for number, title, text in (
        ("1.", "DECLARATIONS OF INTEREST:", "1.1. None were made."),
        ("2.", "PUBLIC PARTICIPATION:", "2.1. No members of the public were present."),
        (
            "3.",
            "TO CONSIDER THE PLAYING FIELD LEASE:",
            "3.1. It was proposed by Cllr. A. Rowe, seconded by Cllr. B. Kitto and AGREED to renew the lease.",
        ),
    ):
        document.add_paragraph().add_run(f"{number} {title}").bold = True
        document.add_paragraph(text)
    assert _records(document, "parish.docx") == [("TO CONSIDER THE PLAYING FIELD LEASE", "To renew the lease.")]


def test_who_an_action_line_after_a_decision_names_is_the_records_owner() -> None:
    """'CG Action.' after a decision, or who acts in a right-hand column of a text minute ('...      Clerk'), is the
    record's owner, and no part of its text."""
    text = FORMS["item-n-title-stop-inline-actions"][0]
    minutes = parse_minutes(read_document(text.encode(), "cc.txt"))
    assert [(r.text.strip(), r.owner) for r in minutes.recommendations] == [
        ("That CG would order a new board.", "CG"),
        ("To pay the hall hire of £120.", "SR"),
    ]
    text = STRUCTURES["owner-in-right-margin-lettered-parts.txt"][0]
    minutes = parse_minutes(read_document(text.encode(), "margin.txt"))
    assert [r.owner for r in minutes.recommendations] == ["Clerk", "Cllr Pugh", None, "Clerk"]


def test_minute_codes_shaped_like_dates_are_not_meetings() -> None:
    text = STRUCTURES["town-council-date-shaped-minute-codes.html"][0]
    minutes = parse_minutes(read_document(text.encode(), "town.html"))
    assert [str(r.meeting) for r in minutes.recommendations] == ["2026-02-02", "2026-02-02"]


def test_the_last_minutes_approved_in_a_sentence_do_not_date_the_meeting() -> None:
    # "The Board approved the minutes of the meeting held on 19 September 2025" says when another meeting was held,
    # not when this one agreed anything.
    text = (
        "Thamesmead Vale Economic Prosperity Board\n\nMinutes and decisions of the meeting held on Friday 5 December "
        "2025 at 10.00 am\n\n3. Minutes of the meeting held on 19 September 2025\n\nThe Board approved the minutes "
        "of the meeting held on 19 September 2025 as a correct record.\n\n4. Inward Investment\n\nThe Board agreed "
        "to extend the inward investment service for a further year.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "board.txt"))
    assert [(str(r.meeting), r.text.strip()) for r in minutes.recommendations] == [
        ("2025-12-05", "To extend the inward investment service for a further year.")
    ]


def test_a_numbered_heading_naming_where_recommendations_go_is_the_item() -> None:
    """'2. Recommendations to Full Council', the agenda's next number after item 1: the item its points
    belong to, not only a heading over them."""
    text = (
        "Notes of the Climate Working Group held on Tuesday 24 February 2026\n\n1. Biodiversity Policy\n\n"
        "The group went through the draft policy.\n\n2. Recommendations to Full Council\n\n"
        "The Working Group recommends that the Town Council:\n\na) adopts the draft Biodiversity Policy;\n\n"
        "b) asks the County Council to cut the Stoney Lane verges later in the year.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "wg.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Recommendations to Full Council", "That the Town Council adopts the draft Biodiversity Policy."),
        (
            "Recommendations to Full Council",
            "That the Town Council asks the County Council to cut the Stoney Lane verges later in the year.",
        ),
    ]


def test_the_bodys_reasons_after_its_decision_in_one_paragraph_are_not_part_of_it() -> None:
    text = (
        "Minute of the Licensing Board held on 3 March 2026\n\n6.1 Application for a Personal Licence\n\n"
        "Following discussion, the Board AGREED to refuse the application. The Board considered that granting "
        "the licence would be inconsistent with the licensing objectives.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "board.txt"))
    assert [r.text.strip() for r in minutes.recommendations] == ["To refuse the application."]


def test_an_officers_recommendation_label_and_a_recorded_vote_are_not_item_titles() -> None:
    """'Officer recommendation:' over the report's proposals names who proposed, not the item; '5 For, 0 Against,
    0 Abstention' under 'Voting Record' is the vote, not minute 5's title; the decision is the item's."""
    text = (
        "Minutes of the Executive held on 9 December 2025\n\nEX.61 Council Tax Reduction Scheme\n\n"
        "Officer recommendation:\n\n(a) to retain the hardship fund at £150,000.\n\nDecision:\n\n"
        "(a) to retain the hardship fund at £150,000;\n\n(b) to ask the Director of Finance to report on collection "
        "after six months.\n\nVoting Record\n\n5 For, 0 Against, 0 Abstention\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "executive.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Council Tax Reduction Scheme", "To retain the hardship fund at £150,000."),
        ("Council Tax Reduction Scheme", "To ask the Director of Finance to report on collection after six months."),
    ]


def test_a_pdf_items_number_beside_the_last_line_of_its_title_heads_the_whole_title() -> None:
    """A decision record set in a grid without rules: the item's number in its own column at the foot of
    the title's cell ('Item 4' beside the second line of a title that wraps) is the title's label, not a
    word in its middle."""

    def text(x: int, y: int, words: str, font: str = "F2") -> str:
        return f"BT /{font} 10 Tf {x} {y} Td ({words}) Tj ET"

    ops = [
        text(50, 800, "Decisions of the Executive held on Tuesday 10 June 2025"),
        text(110, 770, "Review of the Allotments Service and the waiting list for"),
        text(50, 758, "Item 4"),
        text(110, 758, "plots"),
        text(50, 740, "Decision:"),
        text(50, 726, "RESOLVED that the allotment rules be revised by March, after the survey of tenants.", "F1"),
        text(110, 710, "Grass Cutting Schedules for Parks and Verges in the North"),
        text(50, 698, "Item 5"),
        text(110, 698, "Area"),
        text(50, 680, "Decision:"),
        text(50, 666, "RESOLVED that the verges be cut four times a year, with wildflower strips left.", "F1"),
    ]
    minutes = parse_minutes(read_document(pdf_pages([ops]), "executive.pdf"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        (
            "Review of the Allotments Service and the waiting list for plots",
            "That the allotment rules be revised by March, after the survey of tenants.",
        ),
        (
            "Grass Cutting Schedules for Parks and Verges in the North Area",
            "That the verges be cut four times a year, with wildflower strips left.",
        ),
    ]


def test_another_bodys_meeting_named_in_brackets_does_not_date_the_decisions() -> None:
    """'(The views the Panel gave at its meeting on ...)' after a decision is an aside about another meeting:
    the decisions stay under the meeting the title names."""
    text = (
        "Cabinet meeting held on Tuesday 14 January 2025\n\n12. Leisure Fees\n\nDecision:\n\n"
        "That the leisure fees for 2025/26 be approved.\n\n(The views the Scrutiny Panel gave at its meeting on "
        "9 December 2024 were reported and taken into account.)\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "decisions.txt"))
    assert [(str(r.meeting), r.text.strip()) for r in minutes.recommendations] == [
        ("2025-01-14", "That the leisure fees for 2025/26 be approved.")
    ]


def test_a_committee_systems_links_to_act_on_the_page_are_not_its_text() -> None:
    page = (
        "<html><body><p>Minutes of the Panel, 6 March 2025</p><p>5. Precept</p>"
        "<ul class='mgActionList'><li><a href='#'>Share this item</a></li></ul><p>The Panel met.</p>"
        "<ul><li><a href='#'>Back to top</a></li></ul><ul><li><a href='x.pdf'>Appendix A</a></li></ul></body></html>"
    )
    texts = [b.text for b in read_document(page.encode(), "page.html").blocks]
    assert "Share this item" not in texts and "Back to top" not in texts
    assert "Appendix A" in texts  # one link of the item's own: kept


def test_an_asterisk_before_a_bold_items_number_marks_the_item_not_a_bullet() -> None:
    """'*4. Common Good Fund' in bold (the asterisk marks a matter the committee decides itself) heads item 4,
    not a bullet point of the list before it."""

    def text(y: int, words: str, font: str = "F1") -> str:
        return f"BT /{font} 10 Tf 50 {y} Td ({words}) Tj ET"

    ops = [
        text(800, "Minute of Meeting of the Communities Committee held on 20 November 2025", "F2"),
        text(770, "3. Community Councils Scheme", "F2"),
        text(750, "Thereafter, the Committee:-"),
        text(738, "i. AGREED that Members would receive a briefing on the responses."),
        text(710, "* 4. Common Good Fund Grant Policy", "F2"),
        text(690, "Thereafter, the Committee:-"),
        text(678, "i. APPROVED the revised grant policy."),
    ]
    minutes = parse_minutes(read_document(pdf_pages([ops]), "committee.pdf"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Community Councils Scheme", "That Members would receive a briefing on the responses."),
        ("Common Good Fund Grant Policy", "The Committee APPROVED the revised grant policy."),
    ]


def test_a_reports_tracker_cut_by_meeting_bands_files_each_row_under_its_band() -> None:
    # An officer's report whose appendix tracks earlier recommendations, each meeting's rows under a band printed
    # across the table ('Panel meeting: 2 October 2025'), which a PDF cuts into tables apart from the headings.
    page = (
        "<html><body><p>Report of the Panel Scrutiny Officer</p><p>10 March 2026</p>"
        "<h2>Appendix A – Panel Recommendations Tracker</h2>"
        "<table><tr><td>Ref</td><td>Recommendation</td><td>Response</td><td>Status</td></tr></table>"
        "<p><b>Panel meeting: 2 October 2025</b></p>"
        "<table><tr><td>PR25/07</td><td>That the Commissioner publishes call figures.</td><td>Accepted.</td>"
        "<td>Complete</td></tr></table>"
        "<p><b>Panel meeting: 4 December 2025</b></p>"
        "<table><tr><td>PR25/09</td><td>That parish councils are consulted.</td><td>Accepted.</td><td>Open</td></tr>"
        "</table></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "report.html"))
    assert [(str(r.meeting), r.text.strip()) for r in minutes.recommendations] == [
        ("2025-10-02", "That the Commissioner publishes call figures."),
        ("2025-12-04", "That parish councils are consulted."),
    ]


def test_a_pdf_title_in_capitals_wrapped_with_wide_leading_is_one_title_and_the_date_line_the_meeting() -> None:
    # A London borough's Cabinet minutes: the item's bold title in capitals set over three lines with space
    # between (one cut short on "OF", one full); the date under "Minutes" is the meeting's, not the date a
    # sentence gives for when the Panel agreed its review.
    lines = [
        (2, 800, "London Borough of Elmwick"),
        (2, 788, "Cabinet"),
        (2, 776, "Minutes"),
        (2, 764, "Monday 10 March 2025"),
        (2, 750, "11. APOLOGIES FOR ABSENCE"),
        (1, 736, "None."),
        (2, 718, "12. RESPONSE TO THE PARKS SCRUTINY PANEL REVIEW OF"),
        (2, 696, "PLAY AREAS AND SPLASH PADS ACROSS THE NORTH OF THE WHOLE BOROUGH"),
        (2, 674, "RIVERSIDE"),
        (1, 655, "Councillor Ash introduced the Panel's review of play areas, which had been agreed at its meeting on"),
        (1, 642, "22 January 2025. He thanked the officers who had supported the review throughout the year."),
        (2, 615, "RESOLVED:"),
        (1, 598, "That the response to the Panel's recommendations, as set out in Appendix 1, be agreed and sent."),
    ]
    ops = [f"BT /F{font} 10 Tf 50 {y} Td ({text}) Tj ET" for font, y, text in lines]
    minutes = parse_minutes(read_document(pdf_pages([ops]), "cabinet.pdf"))
    title = "RESPONSE TO THE PARKS SCRUTINY PANEL REVIEW OF PLAY AREAS AND SPLASH PADS ACROSS THE NORTH OF THE WHOLE"
    assert [(r.meeting, r.item) for r in minutes.recommendations] == [
        (dt.date(2025, 3, 10), f"{title} BOROUGH RIVERSIDE")
    ]


def test_a_report_of_several_meetings_dates_each_recommendation_by_its_heading() -> None:
    minutes = parse_minutes(read_document(FORMS["report-of-several-meetings"][0].encode(), "stage-1.html"))
    assert [r.meeting for r in minutes.recommendations] == [dt.date(2025, 3, 11), dt.date(2025, 3, 3)]


def test_the_meeting_that_will_confirm_the_minutes_does_not_date_them_and_an_actions_code_is_left_off() -> None:
    # a county select committee: its title broken over two lines, then the note of the meeting that will confirm
    # these minutes; actions after their own codes ("A1/25 –")
    text = (
        "MINUTES of the meeting of the PLACE SELECT\nCOMMITTEE held at 10.00 am on 22 January 2025 at County Hall.\n"
        "These minutes are subject to confirmation by the Committee at its meeting on Thursday, 13 March 2025.\n\n"
        "5/25 LIBRARIES\n\nMembers discussed opening hours.\n\nActions/further information to be provided:\n\n"
        "A1/25 – The Director to share the visitor figures for each library.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "select.txt"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 1, 22), "The Director to share the visitor figures for each library.")
    ]
