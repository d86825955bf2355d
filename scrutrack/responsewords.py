"""The words of executive response tables, as data: column headings, outcome words and timescales.

A Cabinet (or Executive, or Cabinet Member) answers a scrutiny committee's recommendations in a
table: Recommendation | Decision | Response | Action | Lead officer | Timescale, in every council's
own wording. The comments say where each wording was seen: executive response reports, "Stage 2"
response reports, SCRAIP forms (Scrutiny Committee Recommendation Action and Implementation Plan),
Cabinet "report back" tables with an "Agree?" column, ministerial responses with "Accept/Reject"
and "Target date of action/completion", and Welsh Government responses (Accept, Accept in
principle, Reject), paraphrased, never copied. A new council's wording is one line here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from scrutrack.trackerwords import norm

# ------------------------------------------------------------------------------ headings

# Response-table field -> the headings that name it, compared by `norm` (case, punctuation, '&'
# and spacing do not count). A heading not listed is matched by KIN below, then ignored.
HEADINGS: dict[str, tuple[str, ...]] = {
    "ref": (
        "no",
        "number",
        "ref",
        "reference",
        "rec",
        "rec no",
        "rec ref",
        "recommendation no",
        "recommendation number",
        "recommendation ref",
        "recommendation reference",
        "#",
        "item",
        "para",
        "paragraph",
    ),
    "recommendation": (
        "recommendation",
        "recommendations",
        "recommendation s",
        "scrutiny recommendation",
        "scrutiny recommendations",
        "committee recommendation",
        "committee s recommendation",
        "panel recommendation",
        "task group recommendation",
        "task and finish group recommendation",
        "review recommendation",
        "recommendation made",
        "recommendations made",
        "recommendation from scrutiny",
        "recommendation of the committee",
        "what the committee recommended",
        "proposal",
        "conclusion and recommendation",
    ),
    "outcome": (
        "decision",  # "Stage 2" reports
        "outcome",
        "cabinet decision",
        "executive decision",
        "cabinet member decision",
        "agree",  # "Agree?" in Cabinet report-back tables
        "agreed",
        "agreed y n",
        "agree y n",
        "agreed not agreed",
        "agreed or not agreed",
        "accepted",
        "accept",
        "accept reject",  # ministerial responses: "Accept/Reject"
        "accepted rejected",
        "accepted or rejected",
        "accepted not accepted",
        "accepted y n",
        "accepted yes no",
        "accepted partially accepted rejected",
        "accepted rejected partially accepted",
        "accepted rejected or partially accepted",
        "accepted partially accepted or rejected",
        "recommendation accepted",
        "response accept reject",
        "status of recommendation",
        "executive response accept reject",
    ),
    "response": (
        "response",
        "responses",
        "cabinet response",
        "executive response",
        "cabinet member response",
        "cabinet member s response",
        "portfolio holder response",
        "response from cabinet",
        "response from the executive",
        "officer response",
        "management response",
        "comment",
        "comments",
        "response comments",
        "rationale",
        "reason",
        "reasons",
        "explanation",
        "response and rationale",
        "response and reasons",
        "response and action",  # one column holding both: read as the response
        "cabinet response and action",
        "executive response and proposed action",
    ),
    "action": (
        "action",
        "actions",
        "proposed action",
        "proposed actions",
        "action proposed",
        "action to be taken",
        "actions to be taken",
        "action plan",
        "planned action",
        "agreed action",
        "agreed actions",
        "next steps",
        "how it will be implemented",
        "implementation",
    ),
    "lead": (
        "lead",
        "lead officer",
        "lead officers",
        "responsible officer",
        "officer responsible",
        "responsible",
        "owner",
        "action owner",
        "lead officer member",
        "lead officer em",
        "who",
        "by whom",
        "service lead",
        "lead service",
        "lead directorate",
        "directorate",
    ),
    "timescale": (
        "timescale",
        "timescales",
        "timetable",  # SCRAIP forms
        "target date",
        "target",
        "date",
        "deadline",
        "due date",
        "by when",
        "when",
        "completion date",
        "date for completion",
        "implementation date",
        "target completion date",
        "target date of action completion",  # ministerial responses
        "target date for implementation",
        "timescale for implementation",
        "timeframe",
    ),
    # Columns seen beside the others that scrutrack does not keep (named as ignored).
    "ignored": (
        "to",
        "cabinet member",
        "portfolio",
        "portfolio holder",
        "lead member",
        "cabinet lead",
        "addressed to",
        "financial implications",
        "cost",
        "costs",
        "resource implications",
        "resources",
        "budget",
        "rag",
        "status",
        "risk",
    ),
}

# Words inside a heading that tell its field when the whole heading is not listed ("Response of the
# Cabinet Member for Housing", "Lead officer(s) / team"), tried in this order: a heading naming an
# outcome ("Recommendation accepted?") often says "recommendation" too.
_OUTCOME_WORD = r"\b(?:accept\w*|reject\w*|agree[ds]?|decision|outcome|support(?:ed)?)\b"
_WHEN_WORD = r"\b(?:timescales?|time\s*frame|timetable|dates?|deadline|when|target)\b"
KIN: tuple[tuple[str, str], ...] = (
    (_WHEN_WORD, "timescale"),  # before outcome: 'Target date agreed' is a date
    (_OUTCOME_WORD, "outcome"),
    (r"\brecommend\w*", "recommendation"),
    (r"\b(?:response|respond\w*|comments?|rationale|reasons?)\b", "response"),
    (r"\bactions?\b|\bnext steps\b", "action"),
    (r"\b(?:lead|officers?|owners?|responsib\w*)\b", "lead"),
    (r"^(?:no|ref|number)\b", "ref"),
)
FIELDS = ("ref", "recommendation", "outcome", "response", "action", "lead", "timescale")


LOOKUP = {norm(h): f for f, names in HEADINGS.items() for h in names}  # heading (as `norm` gives it) -> field
_FOOTNOTE = re.compile(r"(?:\s*(?:\[[^\]]{1,6}\]|\((?:\d{1,2}|[ivx]{1,4})\)|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+))+\s*$", re.IGNORECASE)


def heading_field(heading: str) -> str | None:
    """The field a column heading names ('Lead Officer' -> 'lead'), by the list, then by its kin; None if neither."""
    key = norm(_FOOTNOTE.sub("", heading))
    if not key:
        return None
    if key in LOOKUP:
        return LOOKUP[key]
    if len(re.findall(_OUTCOME_WORD, key)) >= 2 and not re.search(_WHEN_WORD, key):
        return "outcome"  # it lists the choices: 'Response (Agreed / Partially agreed / Not agreed)'

    bare = norm(re.sub(r"\([^()]*\)", " ", _FOOTNOTE.sub("", heading)))  # 'Target date (month/year)'
    if bare in LOOKUP:
        return LOOKUP[bare]
    for pattern, fld in KIN:
        if re.search(pattern, key):
            return fld
    return None


# ------------------------------------------------------------------------------ outcomes

# The outcomes a response gives (the domain README): accepted-in-principle counts apart (members
# read it as a soft no); noted is no substantive answer (the record stays referred).
OUTCOMES = ("accepted", "accepted-in-part", "accepted-in-principle", "rejected", "noted")

_NOT = r"(?:not|unable\s+to|cannot|can\s*not|does\s+not|do\s+not|did\s+not|is\s+not|are\s+not|will\s+not|won't|doesn't)"
_YES = r"(?:accept\w*|agree[ds]?|agreement|support(?:s|ed)?|endorse[ds]?|approve[ds]?)"
# (pattern, outcome), tried against the opening words of a cell; the match that starts first wins,
# and of two starting together the longer ("accepted in principle" over "accepted").
OUTCOME_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"\b{_NOT}\s+(?:\w+\s+){{0,2}}{_YES}", "rejected"),  # "Cabinet does not accept ...", "Not agreed"
    (r"\b(?:reject\w*|declined?|refused|disagree[ds]?)\b", "rejected"),
    (r"^no\b(?=\s*(?:[.,;:–—-]|$))", "rejected"),  # "Agree?" columns: "No", "No – the law requires ..."
    (rf"\b{_YES}(?:\s+\w+){{0,4}}\s+in\s+principle\b", "accepted-in-principle"),  # "agrees this in principle"
    (rf"\bin\s+principle,?\s+{_YES}", "accepted-in-principle"),
    (rf"\b{_YES}(?:\s+\w+){{0,4}}\s+(?:in\s+part|partially|partly)\b", "accepted-in-part"),
    (rf"\b(?:partially|partly|part|partial)\s*[-–]?\s*{_YES}", "accepted-in-part"),  # "Partially accepted"
    (r"^(?:partially|partly|partial|in\s+part)\b", "accepted-in-part"),  # "In part", "Partially – ..."
    (r"^not(?:ed|e)\b", "noted"),  # "Noted": no substantive answer
    (r"\b(?:cabinet|executive|council|mayor|board)\s+(?:\w+\s+)?not(?:ed|es)\b", "noted"),  # "The Cabinet noted ..."
    (rf"\b{_YES}\b", "accepted"),
    (r"^(?:yes|y)\b(?=\s*(?:[.,;:–—-]|$))", "accepted"),  # "Agree?" columns: "Yes"
)
_OPENING_WORDS = 14  # an outcome is said at the start of a response, not in its eighth sentence


class Outcome(NamedTuple):
    outcome: str
    words: str  # the words that said it, as written


def outcome_in(text: str) -> Outcome | None:
    """The outcome a cell gives ('Agreed in principle – ...' -> accepted-in-principle), read from its
    opening words: a column of outcomes, or the start of a response where no column gives them."""
    opening = " ".join(re.split(r"(?<=[.;:!?])\s", text.strip(), maxsplit=1)[0].split()[:_OPENING_WORDS])
    if not opening:
        return None
    best: tuple[int, int, str, str] | None = None
    for pattern, outcome in OUTCOME_PATTERNS:
        m = re.search(pattern, opening, re.IGNORECASE)
        if m is not None and (best is None or (m.start(), -len(m[0])) < best[:2]):
            best = (m.start(), -len(m[0]), outcome, m[0])
    if best is None:
        return None
    return Outcome(best[2], best[3])


# ------------------------------------------------------------------------------ timescales

_MONTH_NAMES = {name.lower(): n for n, name in enumerate(calendar.month_name) if name} | {
    name.lower(): n for n, name in enumerate(calendar.month_abbr) if name
}
_MONTH_NAMES["sept"] = 9
# Words that give no date: the plan says so, and the record keeps the target it had.
UNDATED = (
    "ongoing",
    "on going",
    "continuous",
    "immediate",
    "immediately",
    "with immediate effect",
    "complete",
    "completed",
    "done",
    "already in place",
    "in place",
    "n a",
    "na",
    "none",
    "not applicable",
    "tbc",
    "tba",
    "to be confirmed",
    "to be agreed",
    "as required",
    "annually",
    "annual",
    "quarterly",
    "monthly",
)
# Seasons as councils use them in timescales: the last day of the season's last month (winter runs into the next year).
SEASONS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}


class Timescale(NamedTuple):
    due: dt.date | None
    how: str  # "date", "month", "quarter", "season", "year", "financial year", "relative", "none", "unread"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _fy_end(first: str) -> int:
    """The calendar year a financial year '2025/26' (or '25/26', '2025-2026') ends in."""
    return _year(first) + 1


_FY = r"(\d{4}|\d{2})\s*[/-]\s*(?:\d{4}|\d{2})"


def _relative(g: tuple[str, ...], decided: dt.date) -> dt.date:
    n, unit = int(g[0]), g[1].lower()
    if unit == "week":
        return decided + dt.timedelta(weeks=n)
    month0 = decided.month - 1 + n * (12 if unit == "year" else 1)
    year, month = decided.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(decided.day, calendar.monthrange(year, month)[1]))


def _fy_quarter(g: tuple[str, ...]) -> dt.date:
    """Q1 is April to June of the financial year: Q3 2025/26 ends on 31 December 2025."""
    end, month = _fy_end(g[1]), {1: 6, 2: 9, 3: 12, 4: 3}[int(g[0])]
    return _month_end(end if month == 3 else end - 1, month)


def _season(month: int, year: int) -> dt.date:
    return _month_end(year + 1 if month == 2 else year, month)  # winter runs into the next year


def _month(name: str, year: str) -> dt.date | None:
    month = _MONTH_NAMES.get(name.lower())
    return _month_end(_year(year), month) if month else None


def _named(g: tuple[str, ...]) -> dt.date | None:
    month = _MONTH_NAMES.get(g[1].lower())
    return dt.date(int(g[2]), month, int(g[0])) if month else None


# (pattern, what it gives, the date from its groups and the decision's date), tried in this order;
# a later rule never reads text an earlier one took ('31 March 2026' is not also 'March 2026').
Rule = tuple[str, str, Callable[[tuple[str, ...], dt.date], "dt.date | None"]]
TIMESCALE_RULES: tuple[Rule, ...] = (
    (r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", "date", lambda g, _: dt.date(int(g[0]), int(g[1]), int(g[2]))),
    (r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b", "date", lambda g, _: dt.date(_year(g[2]), int(g[1]), int(g[0]))),
    (r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})\b", "date", lambda g, _: _named(g)),
    (rf"\b(?:q|quarter\s*)([1-4])\s*(?:of\s+)?{_FY}", "quarter", lambda g, _: _fy_quarter(g)),
    (r"\b(?:q|quarter\s*)([1-4])\s*(?:of\s+)?(\d{4})\b", "quarter", lambda g, _: _month_end(int(g[1]), int(g[0]) * 3)),
    (
        rf"\b(spring|summer|autumn|fall|winter)\s+{_FY}",
        "season",
        lambda g, _: _season(SEASONS[g[0]], _fy_end(g[1]) - 1),
    ),
    (r"\b(spring|summer|autumn|fall|winter)\s+(\d{4})\b", "season", lambda g, _: _season(SEASONS[g[0]], int(g[1]))),
    (r"\b([a-z]+)\.?\s*[-’']?\s*(\d{4}|\d{2})\b", "month", lambda g, _: _month(g[0], g[1])),
    (rf"\b{_FY}\b", "financial year", lambda g, _: dt.date(_fy_end(g[0]), 3, 31)),
    (r"\b(?:within|in)\s+(\d{1,2})\s+(week|month|year)s?\b", "relative", _relative),
    (r"\b(\d{1,2})\s+(week|month|year)s?\b", "relative", _relative),
    (r"(?:^|\b(?:end|by|in|during|of)\s+)(\d{4})\b", "year", lambda g, _: dt.date(int(g[0]), 12, 31)),
)


def read_timescale(text: str, decided: dt.date) -> Timescale:
    """The target date a timescale gives: a date as written; 'March 2026' its last day; 'Q3 2025/26'
    the quarter's last day (financial quarters: Q1 is April to June); 'Summer 2026' the season's;
    '2025/26' the financial year's (31 March 2026); 'within 6 months' from the decision. Of several
    ('September 2025 (interim); March 2026'), the latest: the date the whole action is due.
    'Ongoing', 'Immediate', 'n/a': no date."""
    key = norm(text)
    if not key or key in UNDATED:
        return Timescale(None, "none")
    found: list[tuple[dt.date, str]] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    for pattern, how, date_of in TIMESCALE_RULES:
        for m in re.finditer(pattern, lowered):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            try:
                day = date_of(m.groups(), decided)
            except (ValueError, OverflowError, KeyError):
                day = None
            if day is not None and 1990 <= day.year <= 2200:
                found.append((day, how))
                taken.append(m.span())
    if not found:
        return Timescale(None, "none" if any(w in key for w in UNDATED if len(w) > 4) else "unread")
    return Timescale(*max(found))
