"""The words of councils' tracker spreadsheets, as data: column headings, and status, outcome and kind words.

One vocabulary for every tracker, whatever it arrives as (CSV, .xlsx, .ods, or a table inside minutes
or a Cabinet report): `spreadsheet` reads headings and cells through it and nothing else. A heading
is compared loosely (case, punctuation, '&' and spacing do not count: `norm`), so
"Lead Officer/EM", "LEAD OFFICER - EM" and "lead officer em" are one entry. A new council's wording
is one line here. The comments say where each group of wordings was seen: published trackers and
action logs of English, Welsh and Scottish councils (scrutiny recommendation trackers, "decision
tracking", "recommendations monitoring" action sheets, SCRAIP forms, outstanding actions lists,
executive response tables, audit recommendation trackers), paraphrased, never copied.
"""

from __future__ import annotations

import re


def norm(word: str) -> str:
    """A heading or cell word compared loosely: case, punctuation, '&' and spacing do not count."""
    word = word.replace("&", " and ").replace("’", "'").lower()
    return re.sub(r"[^a-z0-9#]+", " ", word).strip()


# ------------------------------------------------------------------------------ headings

# Import field -> the headings that name it. Every heading here is a column a tracker row is read by.
HEADINGS: dict[str, tuple[str, ...]] = {
    "id": ("record id", "scrutrack id"),  # what `scrutrack export csv` writes ("id") is the field name itself
    # Not "Origin": a county's tracker has one for the committee's code (CRP, PPL, PLC), others for
    # where an item came from (a review, a member's request); --map "Origin=committee" says which.
    "committee": (
        "sub committee",
        "committee name",
        "scrutiny committee",
        "committee panel",
        "scrutiny panel",
        "panel",
        "originating committee",
        "source committee",
    ),
    "meeting": (
        "meeting date",
        "date of meeting",
        "date",  # alone, in a tracker, the meeting's date (a county's tracker key says so)
        "committee date",
        "date of committee",
        "committee meeting",
        "committee meeting date",
        "date of committee meeting",
        "date agreed",
        "date recommendation agreed",
        "date recommendation made",
        "date made",
        "meeting held",
        "date of recommendation",
        "date raised",
        "date added",  # outstanding actions lists
        "date of scrutiny",
        "scrutiny meeting",  # beside "Cabinet meeting", the day the executive answered
        "scrutiny date",
        "scrutiny meeting date",
        "date agreed by committee",
        "date agreed by the committee",
        "date recommendation agreed by committee",
        "date of o and s",  # "Date of O&S"
        "o and s date",
        "date of overview and scrutiny",
        "meeting",
        "date of panel",
        "panel date",
    ),
    "item": (
        "agenda item",
        "item title",
        "motion title",  # a notice-of-motion tracker's "Motion Title"
        "subject",
        "topic",  # SCRAIP forms: "Topic:" above the table, or a column
        "report",
        "title",
        "report title",
        "review title",
        "review item",  # "Review / item": the review's name or the agenda item the row came from
        "review or item",
        "review topic",
        "review name",
        "name of review",
        "scrutiny review",
        "task group",
        "task and finish group",
        "issue",
        "minute title",
        "minute item",  # "Minute / Item": "6 – External Audit Plan 2024/25"
        "item minute",
        # what the committee considered: "Subject Considered", "Item considered", "Report considered"
        "subject considered",
        "item considered",
        "report considered",
        "topic considered",
        "matter considered",
        "issue considered",
        "subject matter",
        "agenda item title",
        "item heading",
        "heading",  # a Scottish action tracker's "Heading": the minute's heading
        "item",
    ),
    "kind": ("type", "recommendation type", "recommendation or action"),
    "status": (
        "current status",
        "progress status",
        "state",
        "status update",
        "implementation status",
        "overall status",
        "status of recommendation",
        "recommendation status",
        "action status",
        "open closed",
        "open or closed",
    ),
    "addressed_to": (
        "to",
        "referred to",
        "addressed",
        "recipient",
        "directed to",
        "responsible body",
        "cabinet member",  # SCRAIP forms: the portfolio the recommendation falls in
        "portfolio holder",
        "portfolio",
        "cabinet portfolio",
        "executive member",
        "lead member",
        "for",
        "for action by",
        "recommendation made to",
        "recommendations made to",
        "made to",
        "recommendation to",
        "to whom",
        "cabinet member responsible",
        "portfolio holder responsible",
    ),
    "owner": (
        "lead officer",
        "lead officer em",  # "Lead Officer/EM": lead officer and executive member, one column
        "lead officers",
        "lead officer s",
        "responsible officer",
        "officer",
        "lead",
        "owner",
        "action owner",
        "responsible",
        "officer responsible",  # outstanding actions lists
        "owner officer",
        "responsible person",
        "assigned to",  # action registers
        "action by",
        "by whom",
        "who",
        "lead director",
        "contact officer",
        "service lead",
        "lead officer director",
        "responsible director",
        "lead officer service",  # "Lead Officer / Service"
    ),
    "themes": ("theme",),
    "referred": (
        "date referred",
        "referral date",
        "date sent",
        "sent to cabinet",
        "referred on",
        "date referred to cabinet",
        "date sent to cabinet",
        "date to cabinet",
        "date to executive",
        "date submitted to cabinet",
    ),
    "response_due": (
        "response due date",
        "response deadline",
        "response required by",
        "response by",
        "response due by",
    ),
    "due": (
        "due date",
        "target date",
        "deadline",
        "target",
        "completion date",
        "implementation date",
        "target completion date",
        "timescale",
        "timescales",
        "timetable",  # SCRAIP forms
        "by when",
        "date due",
        "due by",
        "to be completed by",
        "agreed implementation date",
        "target implementation date",
        "expected completion date",
        "estimated completion date",
        "proposed completion date",  # action registers: "Proposed / actual date of completion"
        "date for completion",
        "delivery date",
        "timescale for implementation",
        "implementation timescale",
        "deadline for completion",
        "target completion",
        "expected date",
    ),
    "review": (
        "review date",
        "next review",
        "follow up date",
        "follow up",
        "next update",
        "next review date",
        "next update due",
        "update due",
        "date of next update",
        "report back date",
    ),
    "text": (
        "recommendation",
        "recommendations",
        "recommendation s",
        "recommendation text",
        "recommendation made",
        "recommendations made",
        "scrutiny recommendation",
        "scrutiny recommendations",
        "recommendation agreed",
        "agreed recommendation",
        "committee recommendation",
        "recommendation details",
        "recommendation detail",
        "recommendation action",  # "Recommendation / Action"
        "action recommendation",  # "Action / recommendation" under "Actions and recommendations agreed"
        "actions and recommendations",
        "recommendations and actions",
        "detail of recommendation",
        "details of recommendation",
        "recommendation summary",
        "resolution",  # "tracking resolutions" documents
        "wording",
        "description",
        "action description",  # action registers
        "action item",
        "what we asked for",
        "what scrutiny asked for",
        "what the panel asked for",
        "what the committee asked for",
        "what was asked for",
    ),
    "response_date": (
        "date of response",
        "date responded",
        "exec response date",
        "executive response date",
        "cabinet response date",
        "date of cabinet response",
        "date of executive response",
        "response received",
        "exec date",  # a county's tracker: the day the Executive considered it
        "executive date",
        "cabinet date",
        "cabinet decision date",
        "date of cabinet decision",
        "date considered by cabinet",
        "date of executive decision",
        "reply received",
        "date of reply",
        "reply date",
        "date reply received",
    ),
    "response_outcome": (
        "outcome",
        "exec decision",
        "executive decision",
        "cabinet decision",
        "accepted rejected",  # "Accepted / Rejected"
        "accepted or rejected",
        "accept reject",
        "accepted not accepted",
        "agreed not agreed",
        "agreed or not agreed",
        "accepted",
        "accepted y n",
        "accepted yes no",
        "accepted yes no in part",
        "agreed y n",
        "accepted partially accepted rejected",
        "agreed by cabinet",  # "Agreed by Cabinet?"
        "accepted by cabinet",
        "agreed by executive",
    ),
    "response_text": (
        "response",
        "exec response",
        "executive response",
        "cabinet response",
        "cabinet member response",
        "response from cabinet",
        "response from the cabinet",
        "response from executive",
        "response from the executive",
        "executive response text",
        "portfolio holder response",
        "commissioner's response",  # a police and crime panel's tracker: the Commissioner answers it
        "commissioner response",
        "pcc response",
        "mayor's response",  # a combined authority's: the Mayor answers it
        "mayor response",
        "directorate response",
        "service response",
        "officer response",
        "management response",  # audit recommendation trackers
        "response to recommendation",
        "response from cabinet member",
        "response from the cabinet member",
        "cabinet executive response",  # "Cabinet/Executive response"
        "executive response and proposed action",
        "reply",
        "commissioner s reply",
        "reply from the commissioner",
    ),
    "number": (
        "no",
        "number",
        "rec no",
        "rec",
        "recommendation no",
        "recommendation number",
        "n",
        "rec number",
        "#",
        "action no",
        "action number",
    ),
    "note": (
        "notes",
        # a recommendations table's "Reason for recommendation" column beside each one (kept in the note)
        "reason",
        "reasons",
        "reason for recommendation",
        "reasons for recommendation",
        "reason for the recommendation",
        "reasons for the recommendation",
        "reasons for recommendations",
        "rationale",
        "justification",
        "comments",
        "comment",
        "progress",
        "update",
        "progress update",
        "response update",  # a joint committee's tracker: 'Response / update', what each body has said and done
        "response and update",
        "latest update",
        "officer comments",
        "progress notes",
        "officer update",
        "action taken",  # a county's tracker: a summary of what has been done
        "actions taken",
        "action taken to date",
        "progress to date",
        "progress made",
        "current position",
        "position statement",
        "update on progress",
        "commentary",
        "further information",
        "progress against recommendation",
        "position",  # "Position as at May 2024"
        "latest position",
    ),
    "evidence": ("evidence link", "evidence links", "link", "links", "url", "evidence url", "evidence"),
    "history": ("history",),
    # The tracker's own reference ("CYP/01", "SR (25/26) 01", a minute number): kept in the note of the
    # record's first history entry, never taken as its number (references run across a whole tracker;
    # a record's number runs through its meeting).
    "ref": (
        "ref",
        "reference",
        "ref no",
        "reference no",
        "reference number",
        "minute no",
        "minute number",
        "minute ref",
        "minute reference",
        "min no",
        "min ref",
        "tracking ref",
        "action ref",
        "tracker ref",
    ),
    # `export csv`'s columns of the latest impact assessment: the history column holds the assessments
    # themselves, so these are read past, and said so.
    "impact": ("impact rating", "impact text", "impact date", "impact url"),
    # A RAG rating is the tracker's judgement of lateness; scrutrack works lateness out from the dates
    # (`scrutrack overdue`), so the column is read past, and said so, without asking for --map.
    "rag": (
        "rag",
        "rag status",
        "rag rating",
        "status rag",
        "red amber green",
        "traffic light",
        "brag",
        "brag status",
        "rating",
    ),
}

# Headings that name a field only when no other column does: the first choice, else the second
# (None: read past). An action log has "Action" where a tracker has "Recommendation"; beside a
# recommendation, the agreed action is the executive's answer, kept as a note.
FALLBACK: dict[str, tuple[str, str | None]] = {
    "action": ("text", "note"),
    "actions": ("text", "note"),
    "action required": ("text", "note"),
    "action point": ("text", "note"),  # a Scottish board's action tracker
    "agreed action": ("text", "note"),
    "action agreed": ("text", "note"),
    "actions agreed": ("text", "note"),
    "proposed action": ("text", "note"),
    "action to be taken": ("text", "note"),
    "request": ("text", "note"),
    # A decisions tracker's "Decision" is what the body decided (the text); beside a recommendation, the
    # decision taken on it (accepted, rejected), where its cells are such words (spreadsheet._fits).
    "decision": ("text", "response_outcome"),
    "decisions": ("text", "response_outcome"),
    "decision made": ("text", "response_outcome"),
    "decision taken": ("text", "response_outcome"),
    # a town council's decision on each of its committee's recommendations ("Adopted", "Not adopted"), or, in a
    # council's decisions tracker, the decision itself
    "council decision": ("text", "response_outcome"),
    # an action log's minute, its code and title ('TC 31/25 – Rail Station Accessibility'): the item where no
    # column names one and its cells hold titles (a minute's number alone, '25/004', is read as nothing)
    "minute": ("item", None),
    # whether the executive agreed ('Agreed?' over 'Agreed', 'Not agreed', 'Agreed in part'), where its cells say so
    "agreed": ("response_outcome", None),
    # the executive's meeting: the day it answered, beside the scrutiny meeting's date; alone, the meeting
    "cabinet meeting": ("meeting", "response_date"),
    "cabinet meeting date": ("meeting", "response_date"),
    "date of cabinet meeting": ("meeting", "response_date"),
    "executive meeting": ("meeting", "response_date"),
    "executive meeting date": ("meeting", "response_date"),
    "date of executive meeting": ("meeting", "response_date"),
    # a Council motions tracker's motion, by its title, beside what the Council resolved ('Motion' | 'Council
    # resolved to (action)')
    "motion": ("item", None),
    "directorate": ("owner", None),  # the owner when no officer is named
    "service": ("owner", None),
    "service area": ("owner", None),
    "department": ("owner", None),
    "head of service": ("owner", None),
}

# Who a recommendation is made to or by, or who decides it. A heading of the text or a decision may name
# one before or after it ("Authority decision", "Recommendation to the Authority", "Recommendations of
# the Panel", "Board decision") and reads as the heading alone would; "Recommendation to" alone is whom
# it is made to (addressed_to).
BODIES: tuple[str, ...] = (
    "scrutiny",  # "Recommendation from scrutiny"
    "overview and scrutiny",
    "o and s",  # "O&S recommendation"
    "select committee",
    "scrutiny panel",
    "scrutiny board",
    "task and finish group",
    "authority",
    "fire authority",
    "fire and rescue authority",
    "combined authority",
    "police and crime commissioner",
    "police and crime panel",
    "commissioner",
    "board",
    "integration joint board",
    "ijb",
    "council",
    "full council",
    "cabinet",
    "executive",
    "mayor",
    "leader",
    "panel",
    "committee",
    "sub committee",
    "joint committee",
    "scrutiny committee",
    "task group",
    "cabinet member",
    "portfolio holder",
    "executive member",
    "lead member",
    "partnership",
    "government",
    "minister",
)
BODY_FIELDS = frozenset({"text"})  # not a response: the body that answers is often not the one that decides

# Fields that several columns may feed ("Comments", "Progress update" and "Latest update" side by
# side: joined into one note, each part under its heading; "Action ref" and "Min no.": one reference).
MANY = frozenset({"note", "ref"})
# Pseudo-fields a heading can name that are not record fields.
NOT_FIELDS = frozenset({"ref", "rag", "impact"})
# Why a column of a pseudo-field is not imported, for the import's summary.
NOT_IMPORTED = {
    "rag": "RAG ratings: `scrutrack overdue` works out what is late from the dates",
    "impact": "the latest impact: the history column holds every assessment",
}

# ------------------------------------------------------------------------------ cell words

# Status words in trackers -> (status, the response outcome the word implies).
STATUS_WORDS: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(
        (
            "agreed",
            "new",
            "not started",
            "not yet started",
            "not yet referred",
            "awaiting referral",
            "to do",
            "to be referred",
            "open",
            "outstanding",
            "not yet due",
            "not due",
        ),
        ("agreed", None),
    ),
    **dict.fromkeys(
        (
            "referred",
            "sent",
            "sent to cabinet",
            "awaiting response",
            "response awaited",
            "no response yet",  # a key's "NR = no response yet received"
            "no response received",
            "awaiting cabinet response",
            "awaiting executive response",
            "with cabinet",
            "submitted",
            "referred to cabinet",
            "awaiting response from cabinet",
            "awaiting cabinet decision",
            "awaiting executive decision",
            "response outstanding",
            "awaiting update",
            "pending",  # a joint committee's key: "Pending - response or action awaited"
            "response pending",
        ),
        ("referred", None),
    ),
    **dict.fromkeys(
        (
            "accepted",
            "agreed by cabinet",
            "accepted by cabinet",
            "agreed by executive",
            "accepted by executive",
            "approved",
            "ratified",  # a town council's committee recommendation adopted by Full Council
            "adopted",
        ),
        ("accepted", "accepted"),
    ),
    **dict.fromkeys(
        (
            "partially accepted",
            "partly accepted",
            "accepted in part",
            "partially agreed",
            "agreed in part",
            "ratified with amendment",
            "ratified with amendments",
            "ratified as amended",
        ),
        ("accepted", "accepted-in-part"),
    ),
    # Members read "in principle" as a soft no and count it apart (the domain README).
    **dict.fromkeys(
        ("accepted in principle", "agreed in principle", "accept in principle", "supported in principle"),
        ("accepted", "accepted-in-principle"),
    ),
    **dict.fromkeys(
        (
            "rejected",
            "reject",
            "not accepted",
            "declined",
            "refused",
            "not agreed",
            "rejected by cabinet",
            "rejected by executive",
            "not ratified",
            "not approved",
        ),
        ("rejected", "rejected"),
    ),
    **dict.fromkeys(
        (
            "in progress",
            "ongoing",
            "on going",
            "underway",
            "under way",
            "started",
            "in hand",
            "on track",
            "partially implemented",
            "partly implemented",
            "partially complete",
            "partly complete",
            "partially completed",
            "partially achieved",
            "progressing",
            "work in progress",
            "wip",
            # accepted and not finished, whatever the tracker says of its pace ("Paused" in a county's key)
            "delayed",
            "overdue",
            "behind schedule",
            "behind",
            "behind target",
            "off track",
            "not on track",
            "late",
            "slipped",
            "at risk",
            "on hold",
            "paused",
            "deferred",
            # an action log's word for a report due at a coming meeting: under way, not done
            "on agenda",
            "on the agenda",
            "scheduled",
            "on forward plan",
            "on the forward plan",
            "on work programme",
            "on the work programme",
            "in train",
            "being progressed",
        ),
        ("in-progress", None),
    ),
    **dict.fromkeys(
        ("implemented", "complete", "completed", "done", "delivered", "achieved", "actioned"), ("implemented", None)
    ),
    **dict.fromkeys(
        ("closed", "signed off", "completed and closed", "complete and closed", "complete closed"), ("closed", None)
    ),
    **dict.fromkeys(
        ("withdrawn", "no longer required", "no longer relevant", "cancelled", "canceled", "dropped"),
        ("withdrawn", None),
    ),
    **dict.fromkeys(("superseded", "replaced"), ("superseded", None)),
    # An "Accepted?" column used as the status: Yes / No / In part.
    **dict.fromkeys(("yes", "y"), ("accepted", "accepted")),
    **dict.fromkeys(("no", "n"), ("rejected", "rejected")),
    **dict.fromkeys(("in part", "partly", "partially"), ("accepted", "accepted-in-part")),
}
OUTCOME_WORDS: dict[str, str] = {
    **dict.fromkeys(("accepted", "accept", "agreed", "yes", "y", "approved", "ratified", "adopted"), "accepted"),
    **dict.fromkeys(
        (
            "partially accepted",
            "partly accepted",
            "accepted in part",
            "partial",
            "partially",
            "partly",
            "p",  # an "Accepted (Y/N/P)" column's letter
            "partially agreed",
            "in part",
            "agreed in part",
            "part accepted",
            "accepted-in-part",
            "partially-accepted",  # older exports
            "ratified with amendment",
            "ratified with amendments",
            "ratified as amended",
        ),
        "accepted-in-part",
    ),
    **dict.fromkeys(
        (
            "accepted in principle",
            "agreed in principle",
            "accept in principle",
            "in principle",
            "supported in principle",
            "accepted-in-principle",
        ),
        "accepted-in-principle",
    ),
    **dict.fromkeys(
        (
            "rejected",
            "reject",
            "not accepted",
            "declined",
            "no",
            "n",
            "refused",
            "not agreed",
            "not supported",
            "not ratified",
            "not adopted",
            "not approved",
        ),
        "rejected",
    ),
    **dict.fromkeys(("yes in part", "yes partly", "yes partially", "y in part", "yes part"), "accepted-in-part"),
    # A response that only notes the recommendation answers nothing: the record stays referred.
    **dict.fromkeys(("noted", "noted only"), "noted"),
}
KIND_WORDS: dict[str, str] = {
    # a decisions and actions register's "Decision" is what the body decided: a recommendation's kind
    **dict.fromkeys(("recommendation", "rec", "r", "recommendation to cabinet", "decision"), "recommendation"),
    # a panel's log of requests: "I" (information) beside "R" (recommendation), as its key says
    **dict.fromkeys(("action", "officer action", "a", "information request", "request", "i", "information"), "action"),
}
# A RAG rating where a status belongs ("Status: Green"): the tracker's judgement of lateness, read past
# as a RAG column is (scrutrack works lateness out from the dates); it gives no status.
RAG_WORDS = frozenset(
    {"green", "amber", "red", "blue", "grey", "gray", "black", "amber red", "red amber", "amber green", "green amber"}
)
# A due date given as a season ("Summer 2024"): the month it ends in (winter's in the next year).
# A lone cell heading the notes under a tracker's rows ('Key', then 'Status: | Green - achieved ...').
KEY_HEADINGS = frozenset(
    {"key", "notes", "note", "legend", "glossary", "abbreviations", "key to abbreviations", "status key", "rag key"}
)

SEASON_ENDS: dict[str, int] = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}

# A cell's first line that titles what follows it: two to eight words in Title Case, no closing stop ('Community
# Grants', 'Review of the Local Plan 2025/26'), not a sentence's start ('That the Council').
TITLE_LINE = re.compile(
    r"(?!(?:That|To)\s)(?=(?:\S+\s+){1,7}\S+$)(?:(?:[A-Z][\w'’&/-]*|[a-z]{1,3}|[\d/&–-]+)\s+)*(?:[A-Z][\w'’/-]*|[\d/–-]+)"
)

# A line saying when the recommendations were agreed: 'Flooding review: recommendations agreed by the Committee on
# 12 March 2024', 'made by the Panel on 4 June 2024', 'as agreed by the Fire Authority at its meeting on 18 December
# 2025'.
AGREED_ON = re.compile(
    r"\b(?:agreed|endorsed|made)(?:\s+by\s+(?:the\s+)?[\w&'’ -]{1,60}?)?(?:\s+on|:)\s+(.+)$", re.IGNORECASE
)
