"""Reports, recommendation lists and motions read by structure: a review's recommendations however
Word numbers them and whoever they are addressed to, a report's own proposal beside the committee's
recommendations, a motion carried or lost over its points. (Whole documents: tests/data/corpus/.)"""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from helpers import pdf_pages

from scrutrack.documents import Block, Document
from scrutrack.minutes import parse_minutes
from scrutrack.readers import read_document


def _numbered_word(level_text: str, paragraphs: list[tuple[str, bool]]) -> bytes:
    """A Word document whose numbered paragraphs (True) are numbered by one list with this level text."""
    document = docx.Document()
    lvl = f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{level_text}"/></w:lvl>'
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvl}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text, numbered in paragraphs:
        ppr = document.add_paragraph(text)._p.get_or_add_pPr()
        if numbered:
            ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("level_text", ["R%1.", "Rec.%1", "§%1", "[%1]", "%1/", "★", "A%1)"])
def test_a_word_list_numbered_in_any_level_text_gives_one_record_a_point(level_text: str) -> None:
    # Word lets a clerk set a list's number to anything: a letter before it ('R1.', 'A1)'), a word with a
    # dot ('Rec.1'), a sign, or a glyph with no number at all. Each numbered paragraph is a point (a number
    # no list style reads crashed the reader with an IndexError).
    data = _numbered_word(
        level_text,
        [
            ("Minutes of the Licensing Committee held on 3 June 2025", False),
            ("4. Street trading policy", False),
            ("RESOLVED:", False),
            ("That the revised policy be adopted.", True),
            ("That consent fees rise by 3% from April.", True),
            ("5. Taxi fares", False),
            ("RESOLVED: That fares rise by 2%.", False),
        ],
    )
    minutes = parse_minutes(read_document(data, "licensing.docx"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Street trading policy", "That the revised policy be adopted."),
        ("Street trading policy", "That consent fees rise by 3% from April."),
        ("Taxi fares", "That fares rise by 2%."),
    ]


def test_list_numbers_no_style_reads_are_points_of_their_own() -> None:
    # Whatever a reader hands on as a list's number ('★', '1st', '#2'), the reader never indexes a reading
    # it does not have: each is a point.
    blocks = [
        Block("paragraph", "Minutes of the Harbour Board held on 2 May 2025", ":1"),
        Block("paragraph", "RESOLVED:", ":2"),
        *(
            Block("item", text, f":{k}", marker=marker)
            for k, (marker, text) in enumerate(
                [
                    ("★", "That the slipway be resurfaced."),
                    ("1st", "That mooring fees be frozen."),
                    ("#2", "That the crane be sold."),
                ],
                3,
            )
        ),
    ]
    minutes = parse_minutes(Document("harbour.txt", "text", blocks))
    assert [r.text.strip() for r in minutes.recommendations] == [
        "That the slipway be resurfaced.",
        "That mooring fees be frozen.",
        "That the crane be sold.",
    ]


def test_a_reviews_findings_are_no_records_and_its_recommendations_run_on_under_recipient_lines() -> None:
    # A review report in plain text: findings labelled F1., F2. (statements), then recommendations under
    # lines naming whom they are for ("To the Cabinet Member ...", "To the Panel"), after a sentence saying
    # how they are laid out; the meeting is the one that agreed the report.
    text = (
        "Review of Library Opening Hours\nReport of the Communities Scrutiny Panel\n"
        "Agreed by the Panel at its meeting on 9 October 2024\n\n"
        "1. Findings\nF1. Visits fell by a third after the 2019 cuts.\nF2. Most users want evening opening.\n\n"
        "2. Recommendations\nOur recommendations are addressed to the body that can act on each.\n\n"
        "To the Cabinet Member for Communities\n"
        "R1. The Cabinet Member should restore Thursday evening opening at the four largest libraries.\n"
        "R2. The Cabinet Member should publish visitor figures each quarter.\n\n"
        "To the Panel\nR3. The Panel should review progress in April 2025.\n\n"
        "3. Next steps\nCabinet will respond within two months.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "libraries.txt"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (
            dt.date(2024, 10, 9),
            "The Cabinet Member should restore Thursday evening opening at the four largest libraries.",
        ),
        (dt.date(2024, 10, 9), "The Cabinet Member should publish visitor figures each quarter."),
        (dt.date(2024, 10, 9), "The Panel should review progress in April 2025."),
    ]


def _text(x: float, y: float, text: str, font: int = 1) -> str:
    return f"BT /F{font} 10 Tf {x} {y} Td ({text}) Tj ET"


def _rule(x0: float, y0: float, x1: float, y1: float) -> str:
    return f"{x0} {y0} m {x1} {y1} l S"


def test_a_ruled_table_whose_first_row_is_cut_by_the_page_break_is_one_table() -> None:
    # A word processor draws each cell's borders: the heading row's sides stop at its foot, the table's run
    # on to the foot of the page, where the first row is cut with no rule under it; the rest of that row
    # tops the next page, with no rule over it and no heading row printed again. One table of two rows,
    # each a record, dated by the sentence saying when the Panel agreed them, not the report's cover.
    xs = (50, 90, 400, 545)
    first = [
        _text(50, 800, "Meeting date: 2 July 2025"),
        _text(50, 785, "Report of: Chair of the Parks Scrutiny Panel"),
        _text(50, 760, "At its meeting on 10 June 2025 the Panel agreed the following recommendations:"),
        _rule(50, 200, 545, 200),
        _rule(50, 180, 545, 180),
        *(_rule(x, 180, x, 200) for x in xs),
        *(_rule(x, 60, x, 200) for x in xs),
        _text(54, 186, "Ref", 2),
        _text(94, 186, "Recommendation", 2),
        _text(404, 186, "Owner", 2),
        _text(54, 166, "P1"),
        _text(94, 166, "That the Council plants 200 street"),
        _text(404, 166, "Head of Parks"),
    ]
    second = [
        *(_rule(x, 770, x, 800) for x in xs),
        _rule(50, 770, 545, 770),
        _text(94, 786, "trees in the winter of 2025/26."),
        *(_rule(x, 740, x, 770) for x in xs),
        _rule(50, 740, 545, 740),
        _text(54, 756, "P2"),
        _text(94, 756, "That the tree officer post is made permanent."),
        _text(404, 756, "Head of Parks"),
        _text(50, 700, "Contact officer: Dan Ruiz"),
    ]
    document = read_document(pdf_pages([first, second]), "trees.pdf")
    tables = [b for b in document.blocks if b.kind == "table"]
    assert [len(t.rows) for t in tables] == [3]
    minutes = parse_minutes(document)
    assert [(r.meeting, r.text.strip(), r.owner) for r in minutes.recommendations] == [
        (dt.date(2025, 6, 10), "That the Council plants 200 street trees in the winter of 2025/26.", "Head of Parks"),
        (dt.date(2025, 6, 10), "That the tree officer post is made permanent.", "Head of Parks"),
    ]


def test_recommendations_said_to_be_voted_on_and_carried_over_their_points_are_decisions() -> None:
    # The minutes say the report's recommendations were carried (as they stood, or as amended, after an
    # amendment carried or lost), then print them; a point that only notes is no record. Lost, the sentence
    # is narrative, and what the body resolved instead is the decision.
    document = docx.Document()
    for text in (
        "Minutes of the Allotments and Open Spaces Committee held on 14 May 2025",
        "7. Allotment Rents",
        "Minutes:",
        "The Allotments Officer presented the report.",
        "The officer's recommendations were put to the vote and carried:",
        "(a) to note the waiting list figures;",
        "(b) to raise rents by 5% from October; and",
        "(c) to ask the Allotments Officer to survey vacant plots.",
        "8. Mill Park Play Area",
        "Minutes:",
        "The recommendation in the report was moved and seconded. An amendment to add a second bench was moved, "
        "seconded and carried. The recommendation as amended was then put to the vote and carried.",
        "1. To replace the swings at Mill Park.",
        "2. To install two benches by the gate.",
        "9. Street Lighting",
        "Minutes:",
        "The recommendation to switch the lights off at 11 pm was put to the vote and lost.",
        "It was RESOLVED that the lights stay on until midnight.",
        "10. Car Park Charges",
        "Upon being put to the vote, the recommendations were declared carried.",
        "(i) to freeze charges at the leisure centre;",
        "(ii) to introduce a £1 evening charge in the town centre.",
        "On being put to the vote, recommendation (ii) was carried by 9 votes to 6.",
        "11. Cemetery Fees",
        "RESOLVED: That burial fees rise by 2%.",
    ):
        document.add_paragraph(text)
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "allotments.docx"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Allotment Rents", "To raise rents by 5% from October."),
        ("Allotment Rents", "To ask the Allotments Officer to survey vacant plots."),
        ("Mill Park Play Area", "To replace the swings at Mill Park."),
        ("Mill Park Play Area", "To install two benches by the gate."),
        ("Street Lighting", "That the lights stay on until midnight."),
        ("Car Park Charges", "To freeze charges at the leisure centre."),
        ("Car Park Charges", "To introduce a £1 evening charge in the town centre."),
        ("Cemetery Fees", "That burial fees rise by 2%."),
    ]


def test_a_lead_naming_the_following_recommendations_is_no_stem_of_its_points() -> None:
    # "RESOLVED to make the following recommendations to Cabinet:" (or "AGREED the following
    # recommendations:") names what follows: its points in lower case are decisions of their own, not
    # "To make the following recommendations to Cabinet that ...". The report's own "That Cabinet" is its
    # proposal, and the sentence naming the committee's meeting dates the records.
    text = (
        "Report to: Cabinet\nDate of meeting: 15 May 2025\nReport of: Chair of the Place Scrutiny Committee\n\n"
        "1. Recommendations\n1.1 That Cabinet considers the recommendations in paragraph 2.2.\n\n"
        "2. Background\n2.1 At its meeting on 2 April 2025 the Place Scrutiny Committee considered the bus review.\n"
        "2.2 The Committee RESOLVED to make the following recommendations to Cabinet:\n"
        "(a) that the Council funds two evening bus routes;\n"
        "(b) that the Cabinet Member asks the operator for contactless fares.\n\n"
        "3. Next steps\n3.1 Cabinet will respond on 10 July 2025.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "buses.txt"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 4, 2), "That the Council funds two evening bus routes."),
        (dt.date(2025, 4, 2), "That the Cabinet Member asks the operator for contactless fares."),
    ]


def test_bold_lines_naming_whom_recommendations_are_for_are_sub_headings_in_word() -> None:
    # The recipients as bold lines, one closed by a colon, over points numbered by hand.
    document = docx.Document()
    document.add_paragraph(
        "Report of the Housing Task Group, agreed by the Housing Scrutiny Committee on 8 January 2025"
    )
    document.add_heading("Recommendations", 1)
    for text, bold in (
        ("For the Cabinet Member for Housing:", True),
        ("1. The Council should double the empty homes grant.", False),
        ("2. The Council should publish a register of empty homes.", False),
        ("To Registered Providers", True),
        ("3. Providers should report void times each quarter.", False),
    ):
        document.add_paragraph().add_run(text).bold = bold
    data = io.BytesIO()
    document.save(data)
    minutes = parse_minutes(read_document(data.getvalue(), "empty-homes.docx"))
    assert [(r.meeting, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2025, 1, 8), "The Council should double the empty homes grant."),
        (dt.date(2025, 1, 8), "The Council should publish a register of empty homes."),
        (dt.date(2025, 1, 8), "Providers should report void times each quarter."),
    ]


@pytest.mark.parametrize("report_first", [False, True])
def test_a_decision_records_own_date_dates_it_whatever_its_front_matter_says(report_first: bool) -> None:
    # A decision record's 'Date of decision:' is the decision's date, before or after its 'Report of:'
    # line: a sentence naming when another body endorsed the proposal never redates it, and the front
    # matter line under the record's title is no decision.
    front = ["Date of decision: 5 June 2024", "Report of: Director of Place"][:: -1 if report_first else 1]
    text = "\n".join(
        [
            "PORTFOLIO HOLDER DECISION RECORD",
            *front,
            "",
            "Subject: Bus shelter programme",
            "",
            "Background: The programme was endorsed by the Place Scrutiny Committee on 20 May 2024.",
            "",
            "Decision:",
            "That twelve bus shelters be replaced in 2024/25.",
        ]
    )
    minutes = parse_minutes(read_document(text.encode(), "shelters.txt"))
    assert [(r.meeting, r.item, r.text.strip()) for r in minutes.recommendations] == [
        (dt.date(2024, 6, 5), "Bus shelter programme", "That twelve bus shelters be replaced in 2024/25.")
    ]


def test_a_motion_quoted_over_its_list_and_moved_which_was_seconded_is_decided_by_its_vote() -> None:
    # "moved the following motion, which was seconded by ...:" over the motion's words in quotation marks,
    # run over a stem and its points: carried, each point that asks is a record (its quotation marks gone,
    # the noting point dropped); a motion moved "that ..." and lost is none.
    text = (
        "Minutes of the Meeting of the Council held on 10 July 2024\n\n"
        "14. Notice of Motion - Pavement Parking\n"
        "Councillor Ahmed moved the following motion, which was seconded by Councillor Price:\n"
        '"This Council:\n'
        "(a) notes the harm pavement parking does to wheelchair users;\n"
        "(b) asks the Leader to write to the Secretary of State seeking new powers; and\n"
        '(c) asks officers to map the worst streets by December 2024."\n'
        "On being put to the vote, the motion was carried.\n\n"
        "15. Notice of Motion - Four Day Week\n"
        "Councillor Dunn moved and Councillor Ellis seconded that the Council trials a four day week for office "
        "staff.\nOn being put to the vote, the motion was lost.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "council.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        (
            "Notice of Motion - Pavement Parking",
            "This Council asks the Leader to write to the Secretary of State seeking new powers.",
        ),
        (
            "Notice of Motion - Pavement Parking",
            "This Council asks officers to map the worst streets by December 2024.",
        ),
    ]


def test_a_motion_moved_that_over_its_points_or_carried_before_them_on_a_page() -> None:
    # "It was moved by X and seconded by Y that:" over lower-case points: 'that' is their stem (the
    # seconder's name ends before it); an amendment lost leaves the motion, carried after it. "The motion
    # ... was moved by X. On being put to the vote it was carried:" over its points: they were carried.
    page = (
        "<html><body><h1>Minutes - Council - Wednesday, 10 July 2024 7.00 pm</h1>"
        "<h2>21. Motion - Community Energy</h2><p>Minutes:</p>"
        "<p>It was moved by Councillor Rees and seconded by Councillor Hall that:</p><ol><li>the Council joins the "
        "Community Energy Network; and</li><li>the Cabinet Member reports back on solar schools by March 2025.</li>"
        "</ol><p>An amendment was moved by Councillor Shaw and seconded by Councillor Tate to delete point 2. Upon "
        "being put to the vote the amendment was lost.</p><p>The motion was then put to the vote and carried.</p>"
        "<h2>22. Motion - Grass Verges</h2><p>Minutes:</p><p>The motion set out in the agenda was moved by "
        "Councillor Bell and seconded by Councillor Moss. On being put to the vote it was carried:</p>"
        "<ul><li>That the Council stops mowing verges in May.</li></ul></body></html>"
    )
    minutes = parse_minutes(read_document(page.encode(), "council.html"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Motion - Community Energy", "That the Council joins the Community Energy Network."),
        ("Motion - Community Energy", "That the Cabinet Member reports back on solar schools by March 2025."),
        ("Motion - Grass Verges", "That the Council stops mowing verges in May."),
    ]


def test_a_carried_sentence_with_no_list_under_it_takes_no_narrative_as_its_decision() -> None:
    # "The recommendation ... was moved, seconded, voted on and carried." where the minutes do not print it:
    # the paragraph after (thanks, a member leaving) is no decision; the next item's list is.
    text = (
        "Minutes of the Rights of Way Sub-Committee held on 4 June 2024\n\n"
        "12. Footpath 14 Diversion\n"
        "The recommendation as set out in the report was moved, seconded, voted on and carried.\n\n"
        "The Chair thanked the Rights of Way Officer for her work.\n\n"
        "13. Bridleway Surfacing\n"
        "The recommendations were moved, seconded and on being put to the vote were carried:\n"
        "- To resurface Bridleway 3 with crushed stone.\n"
    )
    minutes = parse_minutes(read_document(text.encode(), "rights-of-way.txt"))
    assert [(r.item, r.text.strip()) for r in minutes.recommendations] == [
        ("Bridleway Surfacing", "To resurface Bridleway 3 with crushed stone.")
    ]
