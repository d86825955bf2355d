"""Minutes read into numbered recommendations (pure, no I/O), from the blocks of any document.

Each block is classified in turn (meeting heading, item heading, decision introducer, decision point,
procedural item, narrative, reasons, table, furniture) from its structure and the words in
scrutrack.vocabulary, then items, stems and points are assembled; each point keeps why it was
taken. Every point of a decision is a recommendation unless it only notes or receives, or is the
meeting's own business (counted, never records); conclusions are counted. A block that reads as
part of a decision but cannot be placed is skipped and named with its place: one block never
refuses the document.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from scrutrack import vocabulary as v
from scrutrack.dates import find_date, parse_imported_date
from scrutrack.documents import (
    APPLICATION_REF,
    MAX_BLOCK_CHARS,
    MAX_POINTS,
    PAPERS_LINK,
    Block,
    Document,
    marker_readings,
    over,
    split_marker,
)
from scrutrack.errors import InvalidInput
from scrutrack.model import ENDS_TEXT, MAX_NUMBER, normalize_text


@dataclass(frozen=True)
class Recommendation:
    """One recommendation as the minutes give it; `number` runs through its meeting."""

    meeting: dt.date
    number: int
    item: str | None
    text: str
    where: str
    why: str = ""
    owner: str | None = None  # a recommendations table's lead officer ('Lead', 'Owner', 'Responsible officer')


@dataclass(frozen=True)
class Skipped:
    """A block not read: where, why, and what it said (for --edit to offer it)."""

    where: str
    why: str
    text: str
    meeting: dt.date | None = None
    item: str | None = None


@dataclass
class Minutes:
    recommendations: list[Recommendation] = field(default_factory=list)
    conclusions: int = 0
    noted: list[Recommendation] = field(default_factory=list)  # decisions that note or receive
    procedural: int = 0  # the meeting's own business (minutes signed, public excluded, a chair elected)
    repeated: int = 0  # recommendations printed twice in one item, kept once
    meetings: list[dt.date] = field(default_factory=list)
    two_digit_years: int = 0  # dates whose year had two digits, read as 20YY
    overridden: list[dt.date] = field(default_factory=list)  # the document's own dates --meeting replaced
    none_stated: bool = False  # "Recommendations: None" or the like
    agenda: bool = False  # an agenda's proposals were read: nothing it says was decided
    skipped: list[Skipped] = field(default_factory=list)


@dataclass
class _Point:
    where: str
    text: str
    stem: str | None
    why: str
    kind: str = ""  # its list's, once finished; and where it stands:
    meeting: dt.date | None = None
    item: str | None = None
    bad: str | None = None  # why its meeting date cannot be read
    owner: str | None = None

    def add(self, text: str, sep: str) -> None:
        if len(self.text) > MAX_BLOCK_CHARS:
            return  # a point this long is not read (finish_point says why): what carries it on goes with it
        if sep == " " and re.fullmatch(r"[^\W\d_]-", self.text[-2:]) and text[:1].isalpha():
            sep = ""  # "anti-" / "social": a compound word wrapped at its hyphen
        self.text = f"{self.text}{sep}{text}" if self.text else text


@dataclass
class _List:
    kind: str  # decisions | conclusions | noted | discussion | summary
    why: str
    stem: str | None = None
    style: str | None = None  # the points' numbering style; "para" for unnumbered paragraphs
    level: int = 0
    last: int = 0
    points: int = 0
    point: _Point | None = None
    suspended: Block | None = None  # a paragraph after a point: narrative, unless the list goes on
    empty: bool = False
    labelled: bool = False  # "Recommendation 3: ...": a list of one, narrative may follow
    plain: bool = False  # its points are not bold: a bold numbered title after them is the next item
    form: str = ""  # unnumbered paragraphs go on as points while they have the first's form (_form)
    strict: bool = False  # under "Decision:", narrative comes first ("The Cabinet considered the report")
    where: str = ""  # its lead's place
    marker: str = ""  # its lead's own number ("a) Payments. It was resolved to approve:"): "b)" is the lead's sibling
    under: int | None = None  # the level of a "Recommendations" heading (or line) over it: its themes a level in
    tentative: bool = False  # an officer's "Recommendation:" or words moved: decisions unless voted down or superseded
    listed: bool = (
        False  # its points are a list's items below its lead: a paragraph before them that decides nothing ends it
    )


@dataclass(frozen=True)
class _Intro:
    kind: str
    stem: str | None
    points: list[str]
    why: str
    empty: bool = False
    unreadable: bool = False  # "RESOLVED in principle, subject to ...": what was decided is not said
    reasons: bool = False  # "..., for the following reasons:": the points below are its reasons, not decisions
    whole: bool = False  # "... granted subject to the following conditions:": the points below are its parts
    marker: str = ""  # its one point's number, printed after the word ("RESOLVED: 1) that X"): "2)" below is next


def _reading(marker: str) -> tuple[str, int]:
    """A list number's first reading; ('other', 0) for a number no list style reads ('Item 4')."""
    return next(iter(marker_readings(marker)), ("other", 0))


def _numbers(b: Block) -> list[tuple[str, int]]:
    """A block's number as an agenda's numbering counts it, in its style, kind and level: a list
    marker's readings ('4.'), or a minute number that starts its text ('4 To Correct ...')."""
    if b.marker:
        return [(f"{s} {b.kind} {b.level}", n) for s, n in marker_readings(b.marker)]
    m = v.MINUTE.match(b.text)
    return [(f"minute {b.kind}", int(m["number"]))] if m and m["number"].isdigit() else []


def _upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _title_like(text: str, relaxed: bool = False) -> bool:
    """A heading's words: short, not a sentence, in capitals or Title Case ('Waste Collection Review');
    `relaxed` (a numbered line or a heading style) takes sentence case too ('Apologies for absence')."""
    words = text.split()
    if not 0 < len(words) <= (12 if relaxed else 16) or text.endswith((".", "?", "!", ";", ",", ":")) or "?" in text:
        return False
    first = re.sub(r"^(?:[\w/.()-]*\d[\w/.()-]*\s*[-–—:]?\s+)+(?=\S)", "", text)  # "25/00412/FUL - 41-45 Mill Lane"
    if not first[:1].isupper() or re.match(r"(?:that|to)\b", text, re.I):
        return False
    long_words = [w for w in words if w.lower() not in v.SMALL_WORDS and any(c.isalpha() for c in w)]
    capital = [w for w in long_words if w.lstrip("(“‘\"'")[:1].isupper()]
    return _upper(text) or relaxed or (bool(long_words) and len(capital) >= 0.75 * len(long_words))


def _stopped_title(text: str, relaxed: bool = True) -> bool:
    """A title a clerk closed with a full stop ('Skate park refurbishment.' after its 'Minute 166:' label; only in
    Title Case, `relaxed` False, after a bare number): one short phrase, no verb of a sentence ('The minutes were
    approved.', 'Report noted.')."""
    bare = text.removesuffix(".")
    verb = re.search(r"\b(?:was|were|is|are|be|been|had|has|have|will)\b|\b[a-z]{3,}ed\b|\b[A-Z]$", bare)  # or "D."
    return bare != text and "." not in bare and not verb and _title_like(bare, relaxed=relaxed)


def _numbered_title(b: Block) -> str | None:
    """The title after an item's own number ('2. Planning', '4. Finance:' and '77. Highways Capital Programme
    2025/26.' without the colon or full stop), or None for a numbered sentence."""
    title = b.text.removesuffix(":") if not _decides(b.text) else b.text
    if _stopped_title(title, relaxed=False):
        return title.removesuffix(".")
    return b.text if not title or _title_like(_noiseless(title), relaxed=True) else None  # "pdf Budget (234Kb)"


def _any_title(text: str) -> bool:
    """A title in any words, as the agenda's next number heads: not long, not a sentence ended with a
    full stop ('5. The Committee agreed to defer the report.' is a numbered paragraph)."""
    return len(text.split()) <= 30 and not text.rstrip().endswith((".", ";"))


def _is_lead(text: str) -> bool:
    """A sentence that introduces a list: ends in ':' or ':-' (or 'that'), is only 'That <the body>', or
    is a 'That' clause cut at a comma ('That, subject to funding,')."""
    body = rf"that\s+(?:the\s+)?(?:[\w&'’-]+\s+){{0,4}}?(?:{v.BODIES})"
    # (or at "to", where no sentence ends: "That Cabinet be recommended to" over "(a) extend ..."), or the body's name
    # alone ("The Cabinet" over "a) approved ...")
    return text.rstrip().endswith(v.LEAD_END) or bool(
        re.search(rf"\b(?:that|to)\s*$|^{body}\s*[;,]?\s*$|^that\b.*,$", text, re.I) or _body_alone(text)
    )


def _schedule(text: str) -> bool:
    """A paragraph of payments, each with its amount ('S Pell – Clerk's salary £486.20; HMRC – PAYE £121.40')."""
    parts = [p for p in re.split(r";\s*", text.strip().rstrip(".")) if p]
    return len(parts) >= 2 and all(re.search(r"£\s?\d[\d,]*(?:\.\d{2})?", p) for p in parts)


def _body_alone(text: str) -> bool:
    """The body's name alone in ordinary case ("The Cabinet"), not a title in capitals ("THE BOROUGH COUNCIL")."""
    return not _upper(text) and bool(re.fullmatch(rf"the\s+(?:[\w&'’-]+\s+){{0,3}}?(?:{v.BODIES})", text.strip(), re.I))


def _stem(lead: str) -> str:
    stem = re.sub(r"\s*(?::\s*[-–—]?|[-–—]|;)\s*$", "", lead.strip())
    return _that(stem)


def _that(text: str) -> str:
    """A leading 'THAT' or 'that' as 'That', unless the whole decision is printed in capitals (kept as printed)."""
    return text if _upper(text) else re.sub(r"^that\b", "That", text, flags=re.I)


def _tidy(text: str) -> str:
    """A point's text as a record holds it: 'THAT' as 'That', no list glue ('; and') or vote note at its end, no
    clause naming who moved it."""
    text = _unglued(_that(v.MOVED_CLAUSE.sub(" ", v.VOTE_NOTE.sub("", text)).strip()))
    text = re.sub(r"(?<=\w)\s+(?:Resolved|RESOLVED|Agreed|AGREED)\.?$", "", text)  # "... no objection Resolved"
    text = re.sub(r'^[“"]([^“”"]+)[”"]\.?$', r"\1", text)  # a motion's words in quotation marks
    # a motion quoted over its list: the first point opens the quotation, the last closes it
    text = re.sub(r'^[“"]([^“”"]+)$', r"\1", re.sub(r'^([^“”"]+)[”"](\.?)$', r"\1\2", text))
    text = text[:1].upper() + text[1:]
    if text and not text.endswith(ENDS_TEXT):
        text += "."
    return normalize_text(text)


def _unglued(text: str) -> str:
    """A point without the list's glue at its end ('; and', '; or', a trailing ';')."""
    return re.sub(r"(?:\s*[;,]\s*(?:and|or)?|\s+(?:and|or),?)\s*$", "", text)


def _noiseless(title: str) -> str:
    """An item's title without what a page prints after it, however much ('Budget (CAB.4/5) pdf icon PDF 9 KB')."""
    while (bare := v.ITEM_NOISE.sub("", title)) != title:
        title = bare
    return title


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9£%]+", " ", text.lower()).strip()


# A sentence's end that is a name's title or its initials ("Cllr.", "Cllr. Mrs. D. A." before "Jago"), or "No.";
# not a single capital ending a sentence ("... set out in Appendix A.").
_NAME_CUT = re.compile(r"(?:\b(?:Cllrs?|Mrs?|Ms|Dr|No)|(?:\b(?:Cllrs?|Mrs?|Ms|Dr)\.|(?:^|\s)[A-Z]\.)\s+[A-Z])\.$")


def _sentences(text: str) -> list[str]:
    """Sentences, not cut after a title ('Cllr. Prosser returned.'), a vote in brackets one of them, a paragraph's
    number before its capital another ('... opens. 4.5 Councillor Kearney returned ...'), and a vote's count
    another ('... £2,950. 5 in favour, 1 abstention, carried.', '... prizes. 9 Councillors in favour, 1 against.')."""
    count = r"\d{1,3}\s+(?i:(?:councillors|members|cllrs|votes)\s+)?(?:in\s+favou?r|for|against)\b"
    # (or after a sentence in brackets: "(Cllr Curnow left the room.) Resolved to ...")
    pieces = re.split(rf"(?:(?<=[.!?])|(?<=[.!?]\)))\s+(?=[A-Z]|\(|\d{{1,3}}\.\d{{1,2}}\s+[A-Z]|{count})", text)
    out: list[str] = []
    for piece in pieces:
        if out and _NAME_CUT.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _acts(text: str) -> bool:
    """A clause that asks or decides something rather than reports what happened (judged by its main
    clause: "that the award be paid once the accounts have been submitted" decides)."""
    main = re.split(  # and the first of two: "that X should ..., and that each Y should have ..."
        r"\b(?:once|when|until|after|before|if|unless|because|so\s+that|which|who|where|what|whether|how)\b"
        r"|,?\s+and\s+that\b" + (r"|\s+that\b" if re.match(r"to\s", text, re.I) else ""),
        # an infinitive's own clause after it: "to object on the grounds that the access has ..."
        text,
        maxsplit=1,
    )[0]
    return not re.search(r"\b(?:was|were|had|has|have|would\s+be|could|did|felt|thought|heard|discussed)\b", main, re.I)


def _form(text: str) -> str:
    """How a point starts, for a list of unnumbered paragraphs: 'that', an owner's action ('The Clerk to
    book ...', 'Cllr Patel to ask ...'), or its first word."""
    return "owner" if v.OWNER_ACTION.match(text) else (text.split() or [""])[0].lower()


def _subjunctive(text: str) -> bool:
    """A clause that finishes 'that' on its own: its verb a subjunctive 'be' ('A list of grit bins be circulated'),
    an owner's action, or a verb in the present tense after its subject ('The Head of Highways provides ...'),
    not narrative in the past ('Councillor Lloyd left the meeting')."""
    verb = re.search(r"\b(?!(?:of|and|the|for|to|on|in|at|with|by|from|a|an|all)\b)(?-i:[a-z])[\w'’-]*", text)
    return bool(re.search(r"\bbe\s+\w", text) or v.OWNER_ACTION.match(text) or (verb and verb[0].endswith("s")))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _decides(text: str) -> bool:
    return bool(re.match(r"(?:that|to)\b", text, re.I) or v.INTRODUCER.match(text))


def _vote(text: str) -> bool | None:
    """What a sentence that only gives a vote says of the proposal before it: carried ('Carried (7 for, 1
    against).', 'All in favour.', 'Vote: unanimous'), lost ('Lost.', 'For 3, against 5'), or None: it says more."""
    words = re.findall(r"[^\W\d_]+", v.VOTE_ASIDE.sub("", text).lower())
    if not words or not set(words) <= v.VOTE_WORDS:
        return None
    counts = {(m[2] or m[3]).lower() == "against": int(m[1] or m[4]) for m in v.VOTE_COUNT.finditer(text)}
    if v.FAILED.search(text) or len(counts) == 2:
        return not v.FAILED.search(text) and counts[False] > counts[True]
    # "Majority vote"; "RESOLVED" alone under the words moved ("It was Proposed by Cllr A and seconded by Cllr B that ...")
    carried = re.search(r"unanimous|\bin\s+favou?r|nem|\bmajority\b(?!\s+against)|^\W*resolved\W*$", text, re.I)
    return True if v.CARRIED_WORD.search(text) or carried else None


def _coded(text: str) -> bool:
    """A minute's code before its title ('64/24 ...', 'PCP 14/25 ...'): minutes, not a report's part."""
    return bool((code := v.MINUTE.match(text)) and _a_code(code["number"]))


def _owner_named(line: str) -> str | None:
    """Who an action line after a decision names: 'Action: Clerk.' is 'Clerk', 'CG Action.' and 'AR.' the initials."""
    who = re.sub(r"\s+action\W*$", "", re.sub(f"^{v.ACTION_LABEL}", "", line), flags=re.I)
    return who.strip().strip(" .;,") or None


def _next_to(marker: str, then: str) -> bool:
    """`then` numbers the next in `marker`'s list ('a)' then 'b)', '(3)' then '(4)')."""
    return any(s == t and m == n + 1 for s, n in marker_readings(marker) for t, m in marker_readings(then))


def _a_code(number: str) -> bool:
    """A minute's code, not an item's number: '64/24', 'PCP 14/25', a parish's 'OM-25-005', a town's '25120' (its
    year's two digits, then the minute's number)."""
    return "/" in number or bool(re.fullmatch(r"[A-Za-z]{1,5}-\d{2,4}-\d{1,4}|[12]\d{4}", number))


def _unnumbered(title: str) -> str:
    """A heading's title without the sub-item number printed in it ('5.1 Committee Business Planner'), its
    paper's code in brackets before it ('(NPA/26/13) Partnership Management Plan') or a council's file reference
    ('CEM/GEN/7 CEMETERY OPENING HOURS', 'G-LEG-112 REQUEST FOR ...', 'L/LEI/002/26 LEISURE CENTRE ...' with its year), a
    directorate's decision number ('PLACE25 1184 - Award of contract ...')."""
    code = r"\((?-i:[A-Z]{1,6})/\d{2,4}/\d{1,4}\)|(?-i:[A-Z]{1,5}[/-][A-Z]{1,5}[/-]\d{1,4}(?:[/-]\d{2,4})?)"
    # (or a directorate's decision number and a dash: "PLACE25 1184 - Award of contract ...", "LOCYP 2526 071 - ...")
    code += r"|(?-i:[A-Z]{3,8}\d{0,4})(?:\s+\d{3,6}){1,2}\s+[-–—]"
    return re.sub(rf"^(?:\d{{1,3}}\.\d{{1,3}}\.?|{code})\s+(?=\S)", "", title)


def _title_tail(after: str) -> bool:
    """What may follow the date in a title: nothing, a time, a place or a manner ('at 7.00 pm in the Council
    Chamber', 'at 2 pm via Microsoft Teams', 'held remotely')."""
    after = v.TIME_AT_END.sub("", v.TIME.sub("", after.strip()).strip()).strip().rstrip(".").strip()
    named = (
        _upper(after) and len(after.split()) <= 6
    )  # the venue's line run on in capitals: "AT 7.30PM" / "MEMORIAL HALL"
    return not after or named or bool(v.VENUE.match(after) and len(after.split()) <= 14)


def _date(text: str) -> tuple[dt.date, bool, tuple[int, int]] | str | None:
    """The first date in the text, or why the date-shaped one is not a date."""
    try:
        return find_date(text, "meeting date")
    except InvalidInput as exc:
        return str(exc)


def _welsh(text: str) -> bool:
    """A paragraph in Welsh, by its function words ('Bod y Cyngor yn prynu ...')."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    welsh = [w for w in words if w in v.WELSH]
    return len(set(welsh)) >= 2 and 4 * len(welsh) >= len(words)


def _halves(text: str) -> list[str]:
    """A text and, printed in two languages ("Cofnodion / Minutes", "PENDERFYNWYD / RESOLVED: ..."), each half."""
    two = v.BILINGUAL.match(text)
    return [text, two["b"] + two["rest"], two["a"] + two["rest"]] if two else [text]


def _second_half(text: str) -> str | None:
    """What follows a short first half in another language ('Cofnodion Cyfarfod / Minutes of the meeting held on
    ...', 'Eitem / Item 6: ...'), or a Welsh title run into the English one ('Cofnodion cyfarfod ... 2 Rhagfyr
    2024 ... Minutes of the meeting ... held on Monday 2 December 2024'); or None."""
    two = re.split(r"\s+/\s+", text, maxsplit=1)
    if len(two) == 2 and len(two[0].split()) <= 6 and not re.search(r"\d", two[0]):
        return two[1]
    english = re.search(r"\s(?=(?:Minutes|MINUTES|Notes|NOTES)\s+(?i:of)\b)", text)
    return text[english.end() :] if english and _welsh(text[: english.start()]) else None


def _introducer(text: str) -> _Intro | None:
    """A decision's heading and what it carries: a stem for the points below, or the points themselves; a
    paragraph whose later sentence decides again ('It was resolved to X. It was additionally resolved to Y.')
    carries both decisions."""
    text = v.DECISION_MARK.sub("", text)  # "[D] RESOLVED ...", "» RECOMMENDED ...", "(SC1) ...": not its words
    text = v.MOVED_ASIDE.sub(" ", text, count=1).lstrip()  # "AGREED, on the proposal of A, seconded by B, that ..."
    text = re.sub(r"^the\s+(?=(?:decisions?|resolutions?)\s*[:\-–—]+\s*$)", "", text, flags=re.I)  # "The decision:"
    if (v.SOMEONE.match(text) and v.ASKED_TO.match(text)) or v.OWNER_TO_ACT.match(text):
        return _Intro("decisions", None, [_sentences(text)[0]], "someone asked to act")  # its sentence alone
    if (carried := v.MOTION_CARRIED.match(text)) and not v.FAILED.search(carried["vote"]):
        return _Intro("decisions", None, [carried["words"]], "a motion carried in one sentence")
    if voted := v.VOTED_AFTER.match(text):
        return _Intro("decisions", None, [voted["words"]], "a decision its vote follows")
    sentences = _sentences(text)
    again = next((k for k, s in enumerate(sentences[1:], 1) if v.DECIDES_AGAIN.match(s)), 0)
    first = _one_introducer(" ".join(sentences[:again])) if again else None
    second = _introducer(" ".join(sentences[again:])) if first and first.points else None
    if first and second and first.kind == second.kind == "decisions" and second.points and not second.stem:
        return dataclasses.replace(first, points=[*first.points, *second.points])
    return _one_introducer(text)


def _bilingual(text: str) -> _Intro | None:
    """A heading in two languages ("PENDERFYNWYD / RESOLVED: that X", "Decision / Penderfyniad: Cabinet agreed:"):
    what the half that introduces (the one the introducer's word starts, first) carries."""
    if not v.BILINGUAL.match(text):
        return None
    halves = sorted(_halves(text)[1:], key=lambda h: v.INTRODUCER.match(h) is None)
    return next((found for half in halves if (found := _introducer(half))), None)


def _one_introducer(text: str) -> _Intro | None:
    if v.SOMEONE.match(text) and v.UNDERTAKES.match(text) and not v.BODY_DECIDES.search(text):
        return None  # "The applicant ... agreed to provide ...", not "Cllr B commented ..., and the Board agreed that"
    if found := _bilingual(text):
        return found
    m = v.INTRODUCER.match(text)
    if m is None and (label := v.BODY_LABEL.match(text)):  # "Cabinet: agreed to X; approved Y; and noted Z"
        points = v.AND_THE_BODY.split(text[label.end() :])
        return _Intro("decisions", _capital(label[1]), points, "the body's name over what it did, run on")
    if (m is None or v.NOTED_WORD.match(m["word"])) and (cut := v.PREAMBLE.match(text)):  # "noted X and agreed"
        found = _introducer(short := (cut["who"] or "") + text[cut.end() :])
        return dataclasses.replace(found, points=[text]) if found and found.points == [short] else found
    if m is None or v.ACTION_OWNER.match(text):
        return _lead(text)
    word, who = m["word"], (m["who"] or "").strip()
    if (who and v.NOUN.match(word)) or v.RELATIVE.match(m["that"] or ""):
        return None  # "RECORD OF EXECUTIVE DECISION", "The Panel's recommendations", "Decisions that are not called in"
    kind = "conclusions" if v.CONCLUSIONS.match(word) else "noted" if v.NOTED_WORD.match(word) else "decisions"
    capitals = _upper(word) and len(word) > 3
    rest = v.VOTE_NOTE.sub("", m["rest"] or m["that"] or m["to"] or m["obj"] or "").strip()  # "RESOLVED: (Unanimously)"
    rest = v.VOTE_FIRST.sub("", rest)  # "RESOLVED: (Unanimously) That ..."
    rest = re.sub(r"^(that)\s*[:\-–—]+\s*(?=\w)", r"\1 ", rest, flags=re.I)  # "Resolved that: the Board supports"
    if re.search(r"\d", rest) and not re.search(r"\b[a-z]", rest) and len(rest.split()) < 5:
        return None  # a page's title, not a decision: "What Cabinet decided: March 2024"
    if v.NAMED_POST.match(rest):
        return None  # a report's sign-off: "Approved: Rhona Haggart, Strategic Lead – Communities, 12 November 2025"
    if m["obj"] and not who and v.NOUN.match(word) and v.DECIDER.fullmatch(text[m.end("word") :].strip()):
        return _Intro(kind, None, [], f"'{text[:60]}' heads decisions")
    agreed_to = bool(m["obj"] and who and re.match(r"to\s", rest))  # "Cabinet agrees to the conversion of ..."
    if m["obj"] and not (capitals or agreed_to or (who and kind != "decisions")):
        return _lead(text)  # "Notes of the evidence sessions", "Actions taken since ..."
    said = who and not who.lower().startswith("it") and not capitals  # "The Committee agreed that it had worked."
    if said and (kind == "noted" or not (not rest or _is_lead(rest) or _acts(rest) or agreed_to)):
        return _lead(text)
    why = f"'{word}' introduces a decision" if kind == "decisions" else f"'{word}' introduces {kind}"
    if said and re.fullmatch(r"approved|endorsed|adopted", word) and rest.strip(" :-–—") == "":
        return _Intro(kind, f"{who} {word}", [], why)  # "The Leader approved:" over "1. the grant of ...": its verb
    return _after_word(m, text, kind, who, rest, why)


def _after_word(m: re.Match[str], text: str, kind: str, who: str, rest: str, why: str) -> _Intro | None:
    """What the words after a decision's word carry (`_carried`), once they are read: another introducer inside
    ('Decision: RESOLVED that ...'), an infinitive, the object of a verb in capitals."""
    inner = v.INTRODUCER.match(rest) if m["rest"] is not None else None
    own = inner and not v.CONCLUSIONS.match(inner["word"])
    if own and (found := _introducer(rest)):
        return found  # "Decision: RESOLVED that Cabinet:", "Decision: The Cabinet Member has decided to:"
    if m["to"]:  # "agreed to recommend to the Council that X": "To recommend to the Council that X"
        rest = _capital(rest)
    elif m["obj"] and not ((not who or who.lower().startswith("it")) and _someone_will(rest)):
        # "RESOLVED Clerk will report ...", "It was RESOLVED clerk would write ...": the decision
        # "The Committee AGREED the work programme.", "(i) APPROVED the allocation ..."
        if not who and not re.match(r"(?:the|an?|its|their|this|these|those|all|each|both)\s", rest, re.I):
            return _Intro(kind, None, [], why, unreadable=True)  # "RESOLVED in principle, subject to ..."
        rest = text
    marker, body = split_marker(rest)  # "RESOLVED: (a) to close ..., and" over "(b) to lay ...": no label
    found = _carried(kind, who, body or rest, why)
    return dataclasses.replace(found, marker=marker) if body and len(found.points) == 1 else found


def _someone_will(text: str) -> bool:
    """Someone named as the one who will act: 'Clerk will report the damage ...', 'Cllr Evans will ask ...', 'clerk
    would write ...'."""
    return bool(v.SOMEONE.match(text) and re.match(r"[^.;]{0,60}?\s(?:will|would)\s+(?-i:[a-z])", text))


def _carried(kind: str, who: str, rest: str, why: str) -> _Intro:
    """What the words after a decision's introducer carry: nothing (a heading), a stem over points,
    the decision itself (with its reasons below, or the body's second verb after it)."""
    if not rest or rest in ("-", "–", "—", ":"):
        return _Intro(kind, None, [], why)
    if v.NONE.match(rest):
        return _Intro(kind, None, [], why, empty=True)
    rest = re.sub(r"\s*([:\-–—]+)\s*(\((?:to|for)\s[^()]{1,60}\))$", r" \2\1", rest)  # "to RECOMMEND: (to Cabinet)"
    if reasons := v.REASONS_TAIL.search(_stem(rest)):  # "to refer it back, for the following reasons:"
        return _Intro(kind, None, [_stem(rest)[: reasons.start()]], why, reasons=True)
    if v.PARTS_TAIL.search(_stem(rest)):  # "that permission be granted subject to the following conditions:"
        return _Intro(kind, None, [rest], why, whole=True)
    if v.FOLLOWING_POINTS.search(_sentences(rest)[0].rstrip(".")):  # "to make the following recommendations to the
        return _Intro(kind, None, [], why, empty=True)  # Mayor. Under the rules ...": a label; its points come below
    if _is_lead(rest) or re.fullmatch(r"that|to", rest, re.I):
        stem = None if v.FOLLOWING_POINTS.search(_stem(rest)) else _stem(rest)  # "the following recommendations:"
        return _Intro("noted" if v.NOTING.match(rest) else kind, stem, [], why)  # "To note the following:-"
    if who and not who.lower().startswith("it"):  # "The Panel agreed that X, and requested Y": "The Panel requested Y"
        rest, *more = v.AND_THE_BODY.split(rest)
        return _Intro(kind, None, [rest, *(f"{_capital(who)} {x}" for x in more)], why)
    return _Intro(kind, None, [rest], why)


def _as_decided(text: str) -> str:
    """A point in a body's words as the corpus's conventions write it: 'The Committee agreed that X'
    or 'Agreed that X' as 'That X', 'agreed to visit' as 'To visit'; anything else as it is."""
    body = rf"(?!that\b|to\b)(?:[\w&'’-]+\s+){{0,12}}?(?:{v.BODIES})\s|(?:it\s+was\s+)?{v.DECIDING}\s*[:\-–—]?\s+(?:that|to)\b"
    # 'That Cabinet:' or 'The Cabinet Member:' over 'Resolved to discount ...', 'Agreed that the policy be ...': the
    # decider's name and its deciding verb only introduce it
    said = rf"(?:that\s+)?(?:[\w&'’-]+\s+){{0,6}}?(?:{v.BODIES}){v.PORTFOLIO}\s+(?:resolved|agreed|decided)\s+(?=that\s|{v.TO_DO})"
    if that := re.match(said, text, re.I):
        return text[that.end() :]
    intro = _introducer(text) if re.match(body, text, re.I) else None
    if intro is None or intro.kind != "decisions" or len(intro.points) != 1:
        return text
    return intro.points[0] if re.match(r"(?:that|to)\s", intro.points[0], re.I) else text


def decision_text(text: str) -> str | None:
    """A decision a tracker gives, as a record holds it: without the words that only introduce it ('Agreed to
    extend ...' is 'To extend ...'), or None when it only notes ('Noted the quarterly report.') or says the
    motion fell ('Motion fell (9 for, 22 against).') or that nothing was asked ('Report noted – no action
    arising.') or that the last minutes were approved ('Minutes approved.')."""
    said = _sentences(text)
    while len(said) > 1 and v.ACTION_OWNER.match(said[-1]):
        text = text[: text.rindex(said.pop())].rstrip()  # "Officer responsible: Head of Leisure.": who acts
    decided = _capital(_unglued(_as_decided(text)))  # "... as a monthly total;" from a list in the cell
    if (v.MOTION_OUTCOME.match(decided) and v.FAILED.search(decided)) or v.NO_ACTION.search(decided):
        return None
    if v.SOMEONE.match(decided) and len(decided.split()) <= 3 and not re.search(r"\bto\b", decided):
        return None  # "Chairman.": who acts, and nothing asked of them
    if v.OWN_BUSINESS["the record of a meeting approved"].search(decided):
        return None  # "Minutes approved.": a row of the meeting's own business (a tracker keeps what it asked)
    return None if v.NOTING.match(_that(decided)) and not v.AND_THEN.search(decided) else decided


def _that_and_to(clause: str) -> list[str]:
    """'That the Chair writes to the Agency, and to add a site visit to the programme': two decisions, unless the
    'to' goes with a verb before it ('That officers be asked to review X, and to report back')."""
    m = re.match(r"(that\s.*?),\s+and\s+(to\s+[a-z]+\b.*)$", clause, re.I | re.S)
    if m is None or v.INFINITIVE.search(m[1]) or v.NOT_A_VERB.match(m[2][3:]):
        return [clause]
    return [m[1], m[2]]


def _proposes(text: str) -> bool:
    """An officer's report's 'Recommendation(s)' label or heading, naming no body as its maker: the proposal
    ('Recommendation: That Cabinet approves ...', 'RECOMMENDATIONS' over its points), not a decision."""
    m = v.INTRODUCER.match(text)
    return bool(m and not m["who"] and re.match(r"recommendation", m["word"], re.I)) and not v.DECIDER.match(
        text[m.end("word") :].strip()  # type: ignore[union-attr]
    )


def _lead(text: str) -> _Intro | None:
    """A sentence ending ':' that introduces a list: of decisions if it decides something."""
    # a minute's heading ("804 EMPTY HOMES STRATEGY (DEH) -"), not "I approve:" (a Roman number heads capitals)
    minute = v.MINUTE.match(text)
    if (minute and (re.search(r"\d", minute["number"]) or _upper(minute["title"]))) or v.PAPERS_LABEL.fullmatch(text):
        return None  # ... nor "Additional documents:" over an item's links
    sentence = re.split(r"(?<=[.!?])\s+", text.strip())[-1]  # "The fund was extended. Cabinet:": its last one
    if not _is_lead(text) or v.PROPOSAL.search(text) or v.PROPOSAL.search(sentence) or len(text.split()) > 60:
        return None
    if v.MEETING_SUMMARY.search(text):  # "A brief summary of key elements of the meeting. At this meeting they:"
        return _Intro("summary", None, [], "a summary of the meeting, whose minutes follow")
    if v.FIRST_PERSON.match(sentence):  # "I approve:" over "(a) the purchase of ...": its stem, kept
        return _Intro("decisions", _stem(sentence), [], "the decider's words in the first person introduce a list")
    body = v.BODY_LEAD.match(text) or v.BODY_LEAD.match(sentence)  # "After discussion, the Committee:" over what it did
    body = body or (v.BODY_LEAD.match(f"{text.strip()}:") if _body_alone(text) else None)
    name = rf"(?:the\s+)?(?:(?-i:[A-Z])[\w&'’-]*\s+|and\s+|&\s+)*(?:{v.BODIES})"  # not "Members of the Committee"
    name += rf"(?:(?<=member|holder){v.PORTFOLIO})?{v.BODY_THEN}?"  # "The Cabinet Member for Customer Services"
    if body and re.fullmatch(name, body[1], re.I):
        return _Intro("decisions", _capital(body[1]), [], "a sentence naming the body introduces what it did")
    if _title_like(re.sub(r"[\s:\-–—]+$", "", text)) and not re.search(r"\bthat\s*$", text, re.I):
        return None  # a heading: "804 EMPTY HOMES STRATEGY (DEH) -", "Purpose:"
    if direction := v.DIRECTS.search(sentence):
        lead = sentence[sentence.rfind(":", 0, direction.start()) + 1 :].strip()  # after a form's label
        return _Intro("decisions", _stem(lead), [], "a direction introduces what it directs")
    that = re.match(r"that\b", sentence, re.I)
    decides = v.DECIDES.search(sentence) and not v.BODY_DID.match(sentence)
    if that or (decides and not re.search(r"\b(?:would|will|could|might|may)\b", sentence, re.I)):
        ends = re.search(r"\b(that|to)\W*$", sentence, re.I)
        stem = _stem(sentence) if that else ends[1].title() if ends else None
        return _Intro("decisions", stem, [], "a sentence that decides introduces a list")
    return _Intro("discussion", None, [], "a sentence that does not decide introduces a list")


_MOVED = ("motion", "amendment")  # what a member moved: a proposal until the vote
_UNHEADED = "points reading 'That ...' under no heading"


class _Reader:
    RULES = (
        "row_title awaited meeting_heading agenda put_to_vote motion end titled_label titled page_heading entry session item_label"
        " labelled quoted_decision introducer subheading proposal"
        " item_heading in_list unheaded weak_date"
    ).split()

    def __init__(self, doc: Document, override: dt.date | None) -> None:
        self.doc, self.override, self.out = doc, override, Minutes()
        self.found: list[_Point] = []
        self.meeting: dt.date | None = override
        self.weak: dt.date | None = None  # a date line taken for the meeting until a title or label comes
        self.opening: tuple[dt.date, bool] | None = None  # the first date before any item (see `opening_date`)
        self.weak_short = False  # the weak date's year had two digits
        self.sessions: set[dt.date] = set()  # meetings a date line started (see `session`)
        self.bad: str | None = None
        self.item: str | None = None
        self.item_level, self.item_numbered, self.item_found = 0, False, 0
        self.item_numbers: dict[str, int] = {}  # the last item heading's number in each style ('4.', then '4.3')
        self.heading = Block("paragraph")  # the block that headed the item
        self.inner: dict[str, int] = {}  # the last number of each style inside the item (its points, its paragraphs)
        self.sectioned = False  # the item's first "Minutes:" or "Decision:" label came
        self.reasoning = False  # under a "Reasons for decision" label, until the next label or item
        self.list: _List | None = None
        self.awaiting: Block | None = None  # a 'Meeting Date:' whose date is the next block
        # After an item number on a line of its own ("4.") or a decision page's heading ("Decision
        # details"), the next block is the item's title: "any" words after the agenda's next number.
        self.title_next = self.expecting = ""
        self.report = False  # an officer's report (its front matter says so), until minutes start
        self.report_sessions = False  # a report's sections headed by a body and its meeting's date
        self.cover: dt.date | None = None  # a date line's meeting that may be the one a report goes to
        self.email = False  # an email's header ("From:", "Sent:") came before anything was read
        # An agenda (its title says so): its items propose, until a "Minutes:" label or another meeting's
        # date; the meeting it is the agenda of (None until its date is read).
        self.agenda_of: tuple[dt.date | None] | None = None
        self.links = False  # under a page's "Documents": its "Agenda" is a link
        self.minutes_titled = False  # a title said the document is minutes: an "Agenda" line in it is a list
        self.prev = self.before = Block("paragraph")  # the block before this one
        self.moved: dict[str, list[_Point]] = {kind: [] for kind in _MOVED}  # proposals not yet decided
        self.mover = False  # a "Proposed by ..." / "Seconded by ..." line: what follows was moved
        self.carried: int | None = None  # where the vote carried the motion (its index in `found`)
        self.quoting = False  # inside a motion quoted over several blocks ('“Bus services ...' to '... months.”')

    def take(self, b: Block) -> None:
        if b.kind == "furniture":
            if b.text and self.weak is None:
                self.weak_date(b)  # a running header dates the meeting when nothing else does ("Cabinet – 25 May 2023")
                self.opening_date(b)  # "Meeting of the Fire Authority: Wednesday 28 February 2024"
            return
        if self.running_header(b):
            return
        b = self.bare_number(b)
        self.prev, before = b, self.prev
        quoted = self.quoting = self.quoting or self.quote_opens(b, before)
        if self.meeting is None and b.kind != "table":
            # "At its meeting on 11 June 2024, the Committee RESOLVED ...", whatever rule reads the block
            self.weak_date(b, agreed=True)
            # a line of the same paragraph before it (a title broken by hand: "..., ON MONDAY, 18" / "DECEMBER 2023")
            line = before.place == b.place and before.kind == "paragraph" and b.place
            self.opening_date(dataclasses.replace(b, text=f"{before.text} {b.text}") if line else b)
        if b.kind == "table":
            self.table(b)
        elif len(b.text) > MAX_BLOCK_CHARS:
            self.skip(b, f"a block of {len(b.text):,} characters, over the limit of {MAX_BLOCK_CHARS:,}")
        elif b.kind != "heading" and _welsh(b.text) and not ((half := _second_half(b.text)) and not _welsh(half)):
            pass  # a bilingual document's Welsh, beside the English that is read (not "Dyddiad ... / Date of ...")
        elif not (self.continues(b) and not v.PROPOSAL.search(b.text) and self.in_list(b)):  # else the next point
            # (whatever its words), unless the list ended before it ('3. Parks' after points a level in)
            self.expecting, self.title_next = self.title_next, ""
            opening = not self.found and self.item is None
            self.front_matter(b, opening)
            self.email |= opening and bool(v.EMAIL_HEADER.match(b.text))
            self.agenda_title(b)
            self.before = before
            self.reasoning &= not (b.bold or b.kind == "heading")  # "Scrutiny Considerations": the next section
            next((rule for rule in self.RULES if getattr(self, rule)(b)), None)
        if self.heading is not b:  # a number inside the item
            self.inner.update(_numbers(b))
        self.quoting = quoted and not re.search(r'[”"]\W*$', b.text)

    def running_header(self, b: Block) -> bool:
        """A page's running header met once, inside the minutes: the body's name and the meeting's date, after the
        page's number or not ('1 Ashmere and Vale Waste Authority - Thursday, 11th December, 2025'), as a PDF saved
        as text has it."""
        found = _date(b.text) if self.meeting is not None and self.found and len(b.text) < 120 else None
        if not isinstance(found, tuple) or found[0] != self.meeting or b.text[found[2][1] :].strip(" .,"):
            return False
        name = re.sub(r"^(?:page\s+)?\d{1,3}\s+", "", b.text[: found[2][0]], flags=re.I).rstrip(" -–—,:")
        return self.body_title(Block("paragraph", name))

    def front_matter(self, b: Block, opening: bool) -> None:
        """An officer's report, by its front matter ('Report to: Cabinet') or title: a date its cover gave
        before ('Date of meeting: 23 April 2024', a form's date row read first) is the meeting the report
        goes to, which dates its points only until a sentence says when the body met and agreed them (a
        'Date of decision:' dates the decision). A front matter line is never a point: under a title that
        heads decisions ('CABINET MEMBER DECISION RECORD' / 'Report of: Director of Place'), the list is empty."""
        front = v.REPORT_FRONT.match(b.text)
        if front and opening and self.list is not None and not (self.list.points or self.list.point):
            self.close()
        if self.report or not (front or (opening and v.REPORT_TITLE.match(b.text))):
            return
        self.report = True
        if self.meeting is not None and self.meeting == self.cover and not self.found and len(self.out.meetings) == 1:
            self.weak, self.meeting, self.out.meetings = self.meeting, None, []

    def agenda_title(self, b: Block) -> None:
        """The document's title says it is an agenda (before any item or decision, and not under a
        title saying it is the minutes: "Minutes of ..." over an "Agenda" list of the items is none)."""
        self.links |= bool(v.LINKS_SECTION.fullmatch(b.text))
        if self.item is not None or self.found or self.minutes_titled or self.links:
            return
        if self.agenda_of is not None:  # a page's tabs ("Agenda", "Minutes", "Attendance"), then its minutes' title
            if v.MINUTES_TITLE.match(b.text) and b.kind == "heading":
                self.agenda_of, self.minutes_titled = None, True
            return
        self.minutes_titled = bool(v.MINUTES_TITLE.match(b.text))
        if v.AGENDA_TITLE.match(b.text):
            self.agenda_of = (self.meeting or self.weak,)

    def skip(self, b: Block, why: str, text: str | None = None) -> None:
        shown = text if text is not None else f"{b.marker} {b.text}".strip()
        self.out.skipped.append(Skipped(self.doc.where(b), why, shown, self.meeting or self.weak, self.item))

    # ---------------------------------------------------------------- lists and points

    def close(self) -> None:
        """End the list (at a heading, a new item or meeting, or narrative such as 'Minutes:')."""
        lst = self.list  # a lead over no points that decides whole ("that the payments below be authorised:")
        if (
            lst
            and lst.kind == "decisions"
            and not lst.points
            and lst.point is None
            and v.WHOLE_LEAD.match(lst.stem or "")
        ):
            lst.point = _Point(lst.where, lst.stem or "", None, f"{lst.why}, a decision over no points")
        self.finish_point()
        self.list = None

    def open(self, kind: str, why: str, stem: str | None = None, tentative: bool = False) -> _List:
        self.close()
        # a list in a quoted motion's words was moved, for the vote to decide
        self.list = _List(kind, why, stem, tentative=tentative or self.mover or self.quoting)
        self.mover = False
        return self.list

    def preface(self) -> None:
        """A 'Recommendations' heading's first paragraph that asks nothing of anyone ('Families told us that
        ...'), before a lead or another paragraph: the heading's preface, not a point."""
        lst = self.list
        if not (lst and lst.kind == "decisions" and lst.under is not None and lst.points == 1 and lst.point):
            return
        text = lst.point.text
        if (
            lst.style == "para"
            and not lst.stem
            and not (_decides(text) or v.OWNER_ACTION.match(text) or v.ASKS.search(text))
        ):
            lst.point, lst.points = None, 0

    def finish_point(self) -> None:
        point = self.list.point if self.list else None
        if self.list is None or point is None:
            return
        self.list.point = None
        if point.text.strip():
            long = f"a point of more than {MAX_BLOCK_CHARS:,} characters" if len(point.text) > MAX_BLOCK_CHARS else None
            point.kind, point.meeting, point.item, point.bad = (
                self.list.kind,
                self.meeting or self.weak,
                self.item,
                long or self.bad,
            )
            if self.agenda_of is not None and not self.sectioned:  # an agenda's item text: proposed
                point.kind, point.why = "discussion", f"{point.why}, on an agenda: proposed, not decided"
                self.out.agenda = True
            self.found.append(point)
            self.moved.get("motion" if self.list.tentative else point.kind, []).append(point)
            if len(self.found) > MAX_POINTS:
                raise over(self.doc.name, f"has more than {MAX_POINTS:,} points of decisions", f"{MAX_POINTS:,}")

    def add_point(self, b: Block, text: str, style: str = "para", value: int = 0) -> bool:
        """The next point of the list; False if it is none (a name under "The Committee:" ends the list)."""
        lst = self.list
        assert lst is not None
        verb = re.match(r"[A-Z][a-z]{2,}ed\s+[a-z]", text)  # "Adopted the policy.": a decision, its body above
        acts = lst.points and (_acts(text) or v.ASKED.search(text))  # "Officers were asked to report in June."
        decides = _decides(text) or v.FIRST_PERSON.match(text)  # "I approve the purchase of ..."
        # "DECISION: Clerk to report ...", "DECISION: The Council will buy ...": who acts, and what
        # or, under "Decision" (the only check that reads it), "The Committee supported the submission of ..."
        decides = decides or v.OWNER_ACTION.match(text) or v.BODY_WILL.match(text) or v.BODY_SUPPORTED.match(text)
        decides = decides or v.GAVE_APPROVAL.match(text)  # "The Deputy Chief Executive has given approval to ..."
        if lst.strict and (
            not (lst.stem or verb or decides or text[:1].islower() or acts) or v.EARLIER_MEETING.match(text)
        ):
            return True  # narrative, not a decision: "The Cabinet considered the report", "Members were advised ..."
        if not lst.points and v.WHOLE_LEAD.match(lst.stem or "") and re.fullmatch(_PAYEE, text):
            return True  # "to approve the following payments:" over "Clerk's salary | £286.00": its data
        self.finish_point()
        text = v.DECISION_MARK.sub("", text)  # "(SC1) a phased roll-out ...": the committee's own label for it
        text, joins = self.finishing(lst.stem or "", text)
        named = re.fullmatch(rf"(?!that\b).*\b(?:{v.BODIES})", lst.stem or "", re.I)
        if named and not (joins or _decides(text)):
            return False  # "The Committee:" over "Cllr Jones": a name, not what the body did
        lst.style, lst.last, lst.points, lst.level = style, value, lst.points + 1, b.level
        lst.plain = lst.plain or not b.bold
        why = f"point {lst.points} of {lst.why}"
        lst.point = _Point(self.doc.where(b), text, lst.stem if joins else None, why)
        lst.form = lst.form or _form(text)
        return True

    @staticmethod
    def finishing(stem: str, text: str) -> tuple[str, bool]:
        """A point's text, and whether it finishes the stem's sentence: it starts in lower case, or with a
        verb in capitals under the body ("The Committee:" + "APPROVED the ..."), or with a sum or figure
        after 'that' or a comma ("that:" + "£5,000 be ..."), or with a capital verb ("That the Committee:" +
        "Requested that ...", "agreed to:" + "Ask the ...", both lowered). A 'that' clause is a decision of its
        own under a stem that is a whole decision ("be approved, namely:" + "(a) that X", not "to recommend to
        Council:" + "(i) that X"), and so is a refusal
        ("resolved to:" + "(b) not to approve ...")."""
        # (not "That it be recommended to the Council:" + "that Y": what is recommended)
        whole = re.search(
            r"\bbe\s+(?!recommended\b)\w+(?:ed|en|wn)\b[^;:]*?(?:,?\s+(?:namely|as\s+follows))?$", stem, re.I
        )
        if re.match(r"not\s+to\s", text, re.I) or (re.match(r"that\s", text, re.I) and whole):
            return text, False
        body = bool(re.search(rf"\b(?:{v.BODIES}){v.BODY_THEN}?$", stem, re.I))  # "The Cabinet has then:-" too
        figure = re.match(r"[£$€\d]", text) and re.search(r"(?:\bthat|,)$", stem, re.I)
        # "that:" + "Councillor Leckie be asked ...": the capital is a name's, the sentence goes on
        named = re.search(r"\bthat$", stem, re.I) and re.match(rf"{v.PEOPLE}\s", text, re.I)
        if text[:1].islower() or figure or named or (body and re.match(r"[A-Z]{4,}\s", text)):
            return text, bool(stem)
        capital = bool(stem) and re.match(r"[A-Z][a-z]+\s+(?-i:[a-z£\d])", text)
        # "That the Committee:" + "Requested that ...", "The Cabinet Member:" + "Did not approve ...", "Gave ..."
        past = body and re.match(r"(?:\w+ed|did\s+not|gave|made|took|sought|withdrew)\s", text, re.I)
        infinitive = re.search(r"\bto$", stem, re.I) and not v.NOT_A_VERB.match(text)  # "agreed to:" + "Ask ..."
        if capital and (past or infinitive):
            return text[:1].lower() + text[1:], True
        return text, bool(infinitive and _upper(stem) and _upper(text))  # "TO:" + "APPROVE THE ...": as printed

    # ---------------------------------------------------------------- the meeting

    def awaited(self, b: Block) -> bool:
        label, self.awaiting = self.awaiting, None
        if label is None:
            return False
        if isinstance(found := _date(b.text), tuple) and found[2][0] == 0:
            self.start_meeting(found[0], found[1])
            return True
        self.skip(label, "a meeting date line with no date after it")
        return False

    def meeting_heading(self, b: Block) -> bool:
        if self.body_session(b):
            return True
        if self.expecting == "title":
            return (
                False  # under "Issue - meetings": the issue's title ("Minutes of the ... Board held on ..."), an item
            )
        bare = len(b.text.split()) > 1 and v.DATE_LABEL.match(f"{b.text}:")  # "Date of decision" over its date
        label = next((h for h in _halves(b.text) if v.DATE_LABEL.match(h)), "")  # "Dyddiad y cyfarfod / Date of ..."
        if (m := v.DATE_LABEL.match(label) or bare) and not (
            m[1][:6].lower() == "minute" and (b.marker or self.meeting)
        ):
            return self.labelled_date(b, m[1].lower(), m[2].strip())  # not an item approving "Minutes: 15 April"
        if (
            self.body_title(self.before)
            and isinstance(found := _date(b.text), tuple)
            and self.dated(b.text, found) == "line"
        ):
            if self.report and not self.found and self.override is None:  # "REPORT TO CABINET" over its date
                self.weak = self.weak or found[0]
            else:
                self.start_meeting(found[0], found[1])  # the body's name in a title line, the date on the next
            return True
        # a title in two languages: the half that reads as one ("Cofnodion ... / Minutes of the Meeting held ...")
        second = _second_half(b.text)
        text = second if second and v.TITLE.search(second) and isinstance(_date(second), tuple) else b.text
        found = _date(text)
        if b.marker or not isinstance(found, tuple):
            return False
        tail = _sentences(text[found[2][1] :].strip())[0]  # "... 13 September 2022. The meeting commenced at 7 pm."
        if not v.TITLE.search(text[: found[2][1]] + tail):  # the words of the date's own title or sentence
            return False
        title = re.sub(r"\bwas\s+held\b", "", text[: found[2][1]] + tail)
        if v.NOT_THIS_MEETING.search(title) or not _title_tail(tail) or len(title.split()) > 40:
            return False
        approving = re.fullmatch(
            r"minutes?\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting\s+(?:held\s+on|dated|of)",
            text[: found[2][0]].strip(),
            re.I,
        ) or (  # under "Minute of Previous Meeting": "Minute of meeting of the IJB Audit Committee held on ..."
            re.match(r"minutes?\s+of\b", text, re.I) and v.PREVIOUS_MEETING.search(self.item or "")
        )
        # nothing after the date but its full stop, or more business: "... held on 2 October 2025 and matters arising"
        ended = not tail.strip(".") or re.match(r"(?:and|&)\s", tail)
        if (self.meeting or self.weak) is not None and approving and ended and not self.body_title(self.before):
            return False  # an item approving the last minutes: "Minutes of the meeting held on 13 November 2023"
        self.start_meeting(found[0], found[1])
        return True

    def session(self, b: Block) -> bool:
        """A date on a line of its own under a heading ('Decision Session – Executive Member for Housing' /
        'Thursday, 18 January 2024') or after the meeting's decisions, in a document another date began: the
        next meeting of several (one that then has no records is none). A call-in's or a publication's date
        is in a sentence, never a line of its own."""
        day = self.meeting or self.weak
        found = _date(b.text) if day is not None else None
        if not isinstance(found, tuple) or _CODE_DATE.match(b.text):
            return False
        # "PART 2 – RECONVENED MEETING, TUESDAY 19 MARCH 2024": a sitting's heading, its date last
        sitting = (
            (b.bold or b.kind == "heading") and v.SITTING.search(b.text[: found[2][0]]) and len(b.text.split()) < 12
        )
        how = self.dated(b.text, found)
        # "SPECIAL AUTHORITY MEETING – FRIDAY 26 JULY 2024": a heading naming a meeting, then its date
        named = how == "named" and (b.kind == "heading" or b.bold) and bool(re.search(r"\bmeeting\b", b.text, re.I))
        # not the agenda's next item approving the last minutes: "3. Minutes of Meeting 12 January 2026"
        approving = bool(b.marker and self.follows(b)) or bool(re.match(r"(?:\w+\s+of\s+)?minutes\b", b.text, re.I))
        named = named and not approving
        if found[0] == day or not ((sitting and _title_tail(b.text[found[2][1] :])) or how == "line" or named):
            return bool(sitting) and self.set_item(None)  # "PART 1 – TUESDAY 12 MARCH 2024": the meeting's first
        before, lst = self.before, self.list
        if v.ANOTHER_DATE.search(before.text) and len(before.text.split()) <= 16:
            return False  # under its label: "Date published" / "29 February 2024", "Call-in deadline" / "7 March 2024",
            # "Expiry date for any scrutiny call-in / date decisions can be implemented (if no call-in)" / "5pm, ..."
        decided = bool(lst and lst.points) or (bool(self.found) and self.found[-1].meeting == day)
        titled = before.kind == "heading" or before.bold or _title_like(before.text, relaxed=True)
        signed = bool(v.SIGNATURE.match(before.text))  # after the last meeting's "Signed ...... Chair": the next
        if not (decided or signed) and (
            before.marker or ":" in before.text or not titled or v.NOT_THIS_MEETING.search(before.text)
        ):
            return False  # "14. Date of next meeting" / "Tuesday 5 September 2017"
        if self.meeting is None and self.weak is not None:
            self.out.meetings.append(self.weak)  # the first, dated by its line alone
        self.start_meeting(found[0], found[1])
        self.sessions.add(found[0])
        return self.set_item(None)  # the heading names the meeting, not an item

    @staticmethod
    def body_title(b: Block) -> bool:
        text = b.text.rstrip(" -–—:")
        return (
            bool(re.search(rf"\b(?:{v.BODIES})$", text, re.I))
            and not v.NOT_A_MEETING_DATE.search(text)
            and not v.PREVIOUS_MEETING.search(text)  # "Minute of Previous Meeting": an item
            # as is what a body sent: "Recommendations of the Signs and Banners Task and Finish Group"
            and not re.match(
                r"(?:recommendations?|report|review|referral|response|findings)\s+(?:of|from)\b", text, re.I
            )
            and not v.SIGNATURE.match(text)  # "Signed ........ Leader" over the date it was signed
            and (_upper(text) or _title_like(text))
        )

    def labelled_date(self, b: Block, label: str, value: str) -> bool:
        found = _date(value) if value else None
        cover = isinstance(found, tuple) and not v.DECISION_DATE.search(label) and not self.found
        if isinstance(found, tuple) and cover and (self.report or self.email) and self.override is None:
            # a report's date on its cover (the meeting it goes to), an email's (when it was sent), unless
            # a sentence says when the body met and agreed
            self.weak = self.weak or found[0]
            return True
        if isinstance(found, tuple) or (not value and label != "meeting"):
            self.close()
            self.awaiting = None if value else b
            if isinstance(found, tuple) and self.meeting is None and v.DECISION_DATE.search(label):
                # a decision page's "Date of decision:" after its decision, which a sentence above dated by another
                # body's meeting ("... endorsed by the Scrutiny Board on 16 October 2025"): the decision's own
                for p in self.found:
                    p.meeting = found[0] if p.meeting == self.weak else p.meeting
            if isinstance(found, tuple):
                self.start_meeting(found[0], found[1])
                self.cover = found[0] if cover else None
            return True
        if "date" not in label or label == "date":
            return False
        if found is None:
            try:
                parse_imported_date(value.rstrip(".,;"), "meeting date")
            except InvalidInput as exc:
                found = str(exc)
        self.close()
        self.item, self.bad = None, f"its meeting date ({self.doc.where(b)}) cannot be read"
        self.skip(b, f"{found}; fix the date line, or give the date with --meeting YYYY-MM-DD")
        return True

    def start_meeting(self, day: dt.date, short: bool) -> None:
        self.close()
        self.settle_motion()
        if self.meeting is not None and self.meeting != day and len(self.found) > self.item_found:
            self.item = None  # a new meeting's items are its own (a title just before its date is this one's)
        # the agenda's own meeting: its date, or the date line under its title ('AGENDA' / 'Thursday 23 October 2025')
        own = (self.agenda_of[0] or self.weak) if self.agenda_of is not None else None
        self.bad, self.weak, self.report = None, None, False
        if self.agenda_of is not None and own not in (None, day):
            self.agenda_of = None  # another meeting's minutes in the agenda pack: decisions again
        elif self.agenda_of is not None:
            self.agenda_of = (day,)
        if self.override is not None:
            self.out.overridden += [day] if day != self.override and day not in self.out.overridden else []
            return
        self.out.two_digit_years += short
        self.meeting = day
        self.out.meetings += [] if day in self.out.meetings else [day]

    def body_session(self, b: Block) -> bool:
        """In a report gathering several meetings' recommendations (a Scrutiny Stage 1 report to Cabinet), a
        heading of a body and its date ('Homes Sub-Committee – 3 March 2025') starts that meeting."""
        if not ((self.report or self.report_sessions) and (b.kind == "heading" or b.bold)):
            return False
        found = _body_date(b.text)
        if found is None:
            return False
        self.start_meeting(*found)
        self.report_sessions = True
        return True

    def weak_date(self, b: Block, agreed: bool = False) -> bool:
        """A date that stands for the meeting without a label, when none is known: a date line
        ('Thursday 21 April 2016'), the body's name and the date ('Committee - Tuesday, 6th June, 2017',
        a cover's 'Report to the Place Scrutiny Committee – 8 June 2021'), or, in a report, a sentence
        saying when the body agreed ('The Panel agreed its review on 26 April 2023.'), which wins, unless in
        brackets (another body's comments 'made at its meeting on 19 November 2024')."""
        if (self.meeting is not None and self.override is None) or self.out.overridden:
            return False
        dates = ((s, f) for s in _sentences(b.text) if isinstance(f := _date(s), tuple))
        found, how = next(((f, how) for s, f in dates if (how := self.dated(s, f))), (None, None))
        if found is None or b.text[:1] in "•·▪◦‣" or ((agreed or self.weak is not None) and how != "agreed"):
            return False
        if self.weak is not None and not self.report and self.item is not None:
            return False  # under an item of minutes dated by their date line: "... agreed at its meeting on 22 January"
        if how == "agreed" and b.text[:1] == "(":  # an aside: "(The comments the Committee made at its meeting on ...)"
            return False
        if self.override is not None:
            self.out.overridden += [found[0]] if found[0] != self.override else []
            return True
        self.weak, self.weak_short = found[0], found[1]  # its two-digit year counted if it dates a record
        return True

    def opening_date(self, b: Block) -> None:
        """The first full date in the document's opening, before its first item or decision, in whatever
        title it stands ('... HELD AT HQ, WESTPORT, ON MONDAY, 18 DECEMBER 2023 AT 10:30 HRS', a Welsh
        line over the English one), unless what comes before it in its sentence says it is another
        meeting's, a publication's, a call-in's or a report's: the meeting's when nothing else dates it."""
        if self.opening is not None or self.weak is not None or self.item is not None or self.found:
            return
        for sentence in _sentences(b.text):
            if isinstance(found := _date(sentence), tuple):
                before = " ".join(sentence[: found[2][0]].split()[-6:])  # "the previous meeting held on", not
                if not (v.NOT_THIS_MEETING.search(before) or v.ANOTHER_DATE.search(before)):  # "CONFIRMED MINUTES"
                    self.opening = found[0], found[1]
                    return

    def dated(self, text: str, found: tuple[dt.date, bool, tuple[int, int]]) -> str | None:
        """How a sentence gives the meeting's date: 'line', 'named', 'agreed', or None."""
        before = text[: found[2][0]].strip()
        if v.AGREED_ON.search(before) and len(text.split()) <= 40 and not v.ANOTHER_DECISION.search(before):
            # not the last minutes approved: "The Board approved the minutes of the meeting held on 19 September ..."
            return None if v.OWN_BUSINESS["the record of a meeting approved"].search(text) else "agreed"
        if (clock := v.TIME.match(before)) and re.search(r"\d[.:]\d|\d\s*(?:[ap]\.?m|noon)", clock[0], re.I):
            before = before[clock.end() :].strip(" ,-–—")  # the hour first: "4.00pm 12 October 2023"
        if len(text.split()) > 30 or not _title_tail(text[found[2][1] :]):
            return None
        place = re.fullmatch(
            r"(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+){0,2},", before, re.I
        )  # "Clydeholm, 7th ..."
        if before.lower() in ("", "on", "held on") or (place and not re.search(rf"\b(?:{v.BODIES})\b", before, re.I)):
            return "line"
        named = re.search(r"(?:\s[-–—]|,)$", " " + before) or re.search(rf"\b(?:{v.BODIES})$", before, re.I)
        return "named" if named and not v.NOT_A_MEETING_DATE.search(before) else None

    # ---------------------------------------------------------------- motions and amendments

    def motion(self, b: Block) -> bool:
        """A motion or an amendment moved is a proposal, read as a list of its own; the vote decides
        what becomes of it (see `outcome`)."""
        if v.MOTION_REWORDED.search(b.text) and (self.moved["motion"] or (self.list and self.list.kind == "motion")):
            self.moved_end()
            self.superseded()  # the words first moved, replaced by those below ("... amended ... as follows:")
            self.open("motion", f"the motion as reworded ({self.doc.where(b)})")
            return True
        lst, head = self.list, v.MOTION.match(b.text)
        if head and (
            (
                head["by"]
                and (
                    v.PREAMBLE.match(b.text)
                    or v.MOVED_ASIDE.match(b.text)
                    or re.search(rf"\b{v.DECIDING}", _sentences(head["by"])[-1], re.I)  # (in its own sentence)
                )
            )
            or (head["label"] and b.marker)
        ):
            # "X moved, seconded by Y, and it was RESOLVED that ...", "It was RESOLVED (proposed by X and seconded by
            # Y) that ...": a decision; "6. Motion": an item
            head = None
        said = v.INTRODUCER.match(b.text)
        if head is None and lst is not None and lst.kind in _MOVED and not lst.points and not lst.point:
            if said and not said["who"]:
                return False  # "RESOLVED that ...": the body's words, never a motion's
            return self.moved_words(lst, b, b.text, 0)  # under "Proposal" or "Moved by ..."
        if head is None and self.quoted_motion(b):  # one paragraph: the motion's words, whole
            self.settle_motion()  # the one before it, voted on
            self.moved_words(self.open("motion", f"the motion under '{self.item}' ({self.doc.where(b)})"), b, b.text, 0)
            self.close()
            return True
        moving = lst is not None and (lst.kind in _MOVED or lst.tentative)  # "Proposal: X" over "Vote: unanimous"
        mover = v.MOVED_BY.match(b.text) and not re.search(rf"\bthat\b|\b{v.DECIDING}", b.text, re.I)
        if head is None and not moving and mover:  # "Proposed by Cllr A" / "Seconded by ..." on its own
            if lst is not None and lst.why == _UNHEADED:
                lst.tentative = True  # under the words moved: they wait for the vote
            self.close()
            self.mover = True  # over them: what follows was moved
            return True
        if head is None:
            return bool(any(self.moved.values()) or self.carried is not None or moving) and self.voted(b)
        words = head["rest"] or head["said"] or ""  # after "An amendment was moved by ...", "Proposal:"
        kind = "amendment" if "amendment" in b.text[: len(b.text) - len(words)].lower() else "motion"
        if kind == "motion":
            self.settle_motion()
        self.moved[kind] = []
        return self.moved_words(self.open(kind, f"the {kind} moved ({self.doc.where(b)})"), b, words, 1)

    def quote_opens(self, b: Block, before: Block) -> bool:
        """A motion's words in quotation marks that close in a later block, under an item headed as a motion
        or after 'moved ... the following motion:'."""
        text = b.text
        opens = text.count("“") > text.count("”") if text.startswith("“") else text.count('"') % 2 and text[:1] == '"'
        motion = re.search(r"\bmotions?\b", self.item or "", re.I) or re.search(r"\bmotion\W*$", before.text, re.I)
        return bool(opens and motion)

    def quoted_motion(self, b: Block) -> bool:
        """Under an item headed as a motion ('Notice of Motion - Rural Broadband'), its words set out in
        quotation marks, unless one moved before awaits its vote: what was moved, which the vote decides."""
        quoted = re.fullmatch(r'[“"‘].{10,}[”"’]\.?', b.text, re.S)
        pending = any(self.moved.values()) and self.carried is None
        return bool(quoted) and not pending and bool(re.search(r"\bmotions?\b", self.item or "", re.I))

    def moved_words(self, lst: _List, b: Block, text: str, first: int) -> bool:
        """The words moved, up to the seconder's clause or a sentence naming the mover or the vote ("... moved
        an amendment that X. The amendment was seconded and LOST.", "that X; Cllr B seconded. Carried (7 for, 1
        against)."); a lead ("that the Committee -") is the stem of its points."""
        parts = [x for s in _sentences(text) for x in v.MOVER_LABEL.split(s)]
        ends = (
            v.MOVED_BY.match(s) or (k >= first and (v.PROPOSAL_NAMED.search(s) or _vote(s) is not None))
            for k, s in enumerate(parts)
        )
        k = next((k for k, end in enumerate(ends) if end), len(parts))
        words = " ".join(parts[:k])
        cut = v.SECONDER.search(words) or ((n := v.VOTE_TAIL.search(words)) and _vote(n["vote"]) is not None and n)
        if cut:  # "that X; Cllr B seconded", "that X (For 6, Against 1)", "that X, and carried": the vote's
            words, parts[k:k] = words[: cut.start()], [words[cut.start() :]]
        if _is_lead(words):
            lst.stem = _stem(words)
        elif words:
            self.add_point(b, words)
        if vote := " ".join(s for s in parts[k:] if not v.MOVED_BY.match(s)):
            self.close()
            self.outcome(vote)
        return True

    def voted(self, b: Block) -> bool:
        """A block after a motion: what the vote did, consumed when it only says so ('On a vote, ... it was
        declared carried', 'The Committee resolved:- to adopt the motion'). One that introduces the body's own
        resolution below it ('Resolved unanimously:' over '(1) That ...') is read on as the decision's lead: the
        resolution written after the vote is the record, not the words moved."""
        if not self.outcome(b.text):
            return False
        intro, lst = _introducer(b.text), self.list
        if (
            intro
            and intro.kind == "decisions"
            and not intro.points
            and re.search(r"[:\-–—]\s*$|^\W*resolved\W*$", b.text, re.I)
        ):
            return False
        points = intro.points if intro else [b.text] if lst and lst.kind == "decisions" and not lst.points else []
        return all(v.ADOPTS.match(t) for t in points)

    def outcome(self, text: str) -> bool:
        """What the vote made of the proposals, clause by clause: an amendment carried (or put as the
        substantive motion) replaces the motion; the motion carried or adopted is the decision unless the
        body's own resolution follows it; one lost, fallen or withdrawn is nothing."""
        said, kind = False, None
        after = r",?\s+and\s+(?=(?:it|the|was|upon|on|thereupon|then|carried|unanimously|agreed|lost|defeated|all)\b)"
        for clause in re.split(rf"[.;]\s+|\s+[–—-]\s+|{after}", text):  # "..., seconded by Cllr Holt – Agreed"
            named, bare = v.PROPOSAL_NAMED.search(clause), _vote(clause)
            if v.SUBSTANTIVE.search(clause):
                kind = self.amended()
            elif named:
                kind = "amendment" if named["kind"].lower() == "amendment" else "motion"
            elif bare is not None and kind is None:  # "Carried.", "All in favour.": the proposal moved last
                kind = "amendment" if self.moved_end()["amendment"] else "motion"
            failed = v.FAILED.search(clause) if bare is None else not bare
            if kind is None or not (failed or bare or v.CARRIED_WORD.search(clause)):
                continue
            said = bool(self.moved_end())
            if failed:
                self.superseded(kind)
            else:
                kind = self.amended() if kind == "amendment" else kind
                self.carried = len(self.found)
        return said

    def moved_end(self) -> dict[str, list[_Point]]:
        """The words moved end at their vote: what was moved, the list of them closed."""
        if self.list is not None and (self.list.kind in _MOVED or self.list.tentative):
            self.close()
        return self.moved

    def superseded(self, kind: str = "motion") -> None:
        """What was moved or proposed, voted down or decided otherwise: no decision."""
        for p in self.moved[kind]:  # never a decision again ("agrees to set up ..." in a motion's words)
            p.kind = "motion" if p.kind in ("decisions", "discussion") else p.kind
        self.moved[kind] = []

    def amended(self) -> str:
        """The amendment carried: it is the motion now."""
        self.close()
        if self.moved["amendment"]:
            self.moved["motion"], self.moved["amendment"] = self.moved["amendment"], []
            for p in self.moved["motion"]:
                p.kind = "motion"
        return "motion"

    def settle_motion(self) -> None:
        """At the item's end: the motion carried is the decision, unless the body's resolution was written after it."""
        self.close()
        carried, self.carried = self.carried, None
        resolved = (
            carried is not None
            and any(  # not an action for someone after it ("Action: Clerk to order"), nor an appointment
                p.kind in ("decisions", "noted") and not v.OWNER_ACTION.match(p.text) and not v.APPOINTS.search(p.text)
                for p in self.found[carried:]
            )
        )
        for p in self.moved["motion"] if carried is not None else []:
            p.kind = "motion" if resolved else "decisions"  # the resolution written after the vote is the record
        self.moved = {kind: [] for kind in _MOVED}

    # ---------------------------------------------------------------- items

    def end(self, b: Block) -> bool:
        if not (v.END.match(b.text) or v.ACTION_OWNER.match(b.text) or (self.list and v.SIGNATURE.match(b.text))):
            return False
        if (intro := _introducer(b.text)) is not None and (intro.points or (intro.kind == "decisions" and intro.stem)):
            return False  # "Moved by ..., seconded by ... and Resolved – That ...": the decision after its mover; its
            # lead ("Seconded by Councillor M and agreed that" over "the request ... be approved.")
        if b.marker and self.heading_title(b):
            return False  # "5. Call-in: Closure of the Day Centre": an item's title
        self.close()
        self.reasoning = bool(v.REASONS_LABEL.match(b.text))
        return True

    def set_item(self, title: str | None, level: int = 0, numbered: bool = False) -> bool:
        self.close()
        self.settle_motion()
        # "Article 4 – Rents": "Rents"; "5.1 Committee Business Planner": "Committee Business Planner"
        title = (
            _unnumbered(v.ITEM_WORD.sub("", _noiseless(title))).removesuffix(":") if title else None
        )  # "4. Finance:"
        title = title[:-1] if title and _stopped_title(title) else title  # "Family Hubs Update. PDF 77 KB"
        self.item, self.item_level = title or None, level
        self.item_found, self.sectioned, self.inner, self.reasoning = len(self.found), False, {}, False
        self.item_numbered, self.mover = numbered, False
        self.heading = Block("paragraph")  # item_heading names its block
        return True

    def row_title(self, b: Block) -> bool:
        """A row of minutes laid out as a table names its own item ('Planning' | 'To object to ...'), also
        in a summary of decisions under the last numbered item."""
        return b.kind == "row" and self.set_item(b.text, 1)

    def agenda(self, b: Block) -> bool:
        """On a committee system's page an item's agenda text comes before its first "Minutes:" or
        "Decision:" label: what it proposes ("That the minutes ... be signed", "Recommendation: That
        Cabinet ...") is the agenda's wording, not the body's decision."""
        if self.item is None or not v.SECTION_LABEL.fullmatch(b.text) or (not self.sub_item() and self.sectioned):
            return False
        if b.marker:
            return False  # "c. Decisions:": a parish's sub-item (the planning authority's), not the page's label
        self.close()
        self.sectioned = True
        for p in self.found[self.item_found :]:
            p.kind = "discussion"
        return False

    def sub_item(self) -> bool:
        """A numbered line no rule read, right over a "Minutes:" label: a sub-item's title ('4.1 Minute 7 - Rural
        Crime Strategy' under '4. Matters arising'), in any case."""
        sub = self.before
        if not (
            sub.marker and sub is not self.heading and _reading(sub.marker)[0] == "decimal" and _any_title(sub.text)
        ):
            return False
        self.set_item(sub.text, self.item_level, True)
        self.heading = sub
        return True

    def item_label(self, b: Block) -> bool:
        alone = v.ITEM_LABEL_ALONE.fullmatch(b.text if not _upper(b.text) or b.text.endswith(":") else f"{b.text}:")
        if alone:  # "Agenda item:" in a grid's row, its title in the next cell; "TOPIC" over a notice's title
            self.title_next = "title" if self.set_item(None) else ""
            return True
        second = _second_half(b.text)  # "Eitem / Item 6: Title"
        text = second if second and v.ITEM_LABEL.match(second) else b.text
        if not (m := v.ITEM_LABEL.match(text)) or (self.email and text[:7].lower() == "subject"):
            return False  # an email's subject names the email
        title = m["title"].strip()
        title = code["title"] if (code := v.MINUTE.match(title)) else title  # "Item: 4 – Shared Prosperity Fund"
        bare = m["bare"] is not None or m["bare2"] is not None or title.endswith(".")
        if bare and not _title_like(title, relaxed=True):
            return (
                False  # "Item 6 Taxi fares" is a title, "Item 6 was deferred." is not, nor "Item 6.2 – Gate: not done."
            )
        quoted = len(title) > 1 and title[0] in "\"'“‘«" and title[-1] in "\"'”’»"
        level = b.level if b.kind == "heading" else 0  # its sub-headings ("Summary", "Decision") are within it
        return self.set_item(title[1:-1].strip() if quoted else title, level)

    def titled(self, b: Block) -> bool:
        """The title under an item number on a line of its own, or under "Decision details"."""
        words = _title_like(b.text, relaxed=True) or (
            self.expecting == "any" and _any_title(b.text) and not v.SECTION_LABEL.fullmatch(b.text)
        )
        words = words or (self.expecting == "title" and b.kind == "heading")  # a page's heading over its issue's title
        if not (self.expecting and not b.marker and words):
            return False
        self.set_item(b.text)
        self.heading = b  # as it is set (a bold line under "Agenda Items": the items after it are bold lines too)
        return True

    def page_heading(self, b: Block) -> bool:
        if not v.PAGE_HEADING.fullmatch(b.text):
            return False
        self.title_next = "title" if self.set_item(None) else ""
        return True

    def item_heading(self, b: Block) -> bool:
        title = self.heading_title(b)
        if title is None or (self.list is not None and self.continues(b)) or v.PAGE_TITLE.fullmatch(title):
            return False  # ... or the page's title over its items: "Agenda and minutes"
        if not (b.marker or self.item_numbers or self.found or self.item) and re.fullmatch(
            r"(?:draft\s+)?minutes", title, re.I
        ):
            return False  # the document's title, "Minutes", over the meeting's date line: no item yet
        if v.LINKS_SECTION.fullmatch(title):
            return self.set_item(None)  # a page's "Documents" over its links
        if b.kind == "heading" and not b.marker and len(title.split()) <= 4 and self.body_title(b):
            return self.set_item(None)  # a tracker page's section for each body ("Full Council", "Cabinet")
        if self.item and title and b.kind != "heading" and _fold(title) in _fold(self.item) and title != b.text:
            return False  # "EC/04/25 Revised Admissions Policy (PDF, 340KB)": the item's paper, under its title
        if self.sectioned and self.item and title and _fold(_noiseless(title)) == _fold(self.item):
            return True  # "4.0 REVIEW OF TAXI FARES" under "Minutes:": the item's title again, as it stands
        if title == "" and self.item and self.heading is self.before:
            return True  # "APOLOGIES" / "PLA101/23": the minute's code under its title, not a next item's
        if self.item and self._subtitle(b):
            return True  # "5. Revenue Budget" / "Buidseat Teachd-a-Steach": the title again in another language
        # "3. Findings", "4. Recommendations" in a report, not "Recommendations of the Finance Committee" nor an
        # item about them ("Carers Review – Progress on Recommendations")
        report_part = v.REPORT_PART.match(title) and not (v.FROM_OR_TO.search(title) or _coded(b.text))
        report_part = report_part and b.kind != "heading"
        numbered = bool(b.marker) or bool(v.MINUTE.match(b.text))
        follows = self.follows(b)
        self.set_item(None if report_part else title, b.level if b.kind == "heading" else 0, numbered)  # "3. Findings"
        self.item_numbers.update([follows] if follows else _numbers(b)[:1])
        self.heading = b
        self.title_next = "" if title else "any" if follows else "title"
        return True

    def follows(self, b: Block) -> tuple[str, int] | None:
        """The agenda's next number ('5.' after the item '4.' or its sub-items '4.1'-'4.3', in the same
        style), unless it carries on the numbering of the points or paragraphs inside the item ('3.' after
        '1.' and '2.' in item 2)."""
        if self.list is not None and self.continues(b):
            return None
        return self.next_number(b)

    def after_item(self, b: Block) -> bool:
        """The number after the last item's, in its style, even where the item's own points run on to it
        ('3. Interests' in bold after item 2's decisions 1 and 2, which `next_number` leaves to the points)."""
        return any(self.item_numbers.get(s) == n - 1 for s, n in _numbers(b))

    def next_number(self, b: Block) -> tuple[str, int] | None:
        """The agenda's next number, whatever the list inside the item."""
        first = 0 if self.item is None and not self.item_numbers else None  # the agenda's '1' (or '6.1') opens it
        return next(
            (
                (s, n)
                for s, n in _numbers(b)
                if self.item_numbers.get(s, first if s.startswith(("minute", "arabic", "decimal")) else None)
                == n - 1
                != self.inner.get(s)
            ),
            None,
        )

    def entry(self, b: Block) -> bool:
        """A decisions page's entry heading ('19/11/2020 - School Streets Pilot ref: 1252 Recommendations
        Approved', or a bold line): the decision's date and its title, until a 'Made at meeting:' line."""
        shown = b.kind == "heading" or b.bold or v.DECISION_REF.search(b.text)  # or a list's entry with its ref
        m = re.match(r"(.{6,30}?)\s+[-–—]\s+(.+)$", b.text) if shown else None
        found, title = (_date(m[1]), v.ITEM_NOISE.sub("", m[2])) if m else (None, "")
        if not (m and isinstance(found, tuple) and found[2] == (0, len(m[1])) and _title_like(title, relaxed=True)):
            return False
        self.start_meeting(found[0], found[1])
        return self.set_item(None if self.body_title(Block("paragraph", title)) else title)  # "date - Cabinet"

    def _subtitle(self, b: Block) -> bool:
        """An unnumbered heading straight under a numbered one of its level: the same title's second line."""
        above = self.heading
        return (
            b.kind == "heading" == above.kind
            and not b.marker
            and not re.match(r"\S*\d", b.text)  # not "3 Apprenticeships ..."
            and bool(above.marker)
            and above is self.before
            and above.level == b.level
        )

    def heading_title(self, b: Block) -> str | None:
        """The item title a block gives, '' for an item number alone, None if it is no item heading."""
        # "5 For, 0 Against, 0 Abstention": a recorded vote, not minute 5's title; "Decision maker ..."; "PUBLIC: 3"
        if _vote(b.text) is not None or v.FORM_LABEL.match(b.text) or v.FRONT_LABEL.match(b.text):
            return None
        if form := v.FORM_TITLE.match(b.text):  # "2. Title of decision | Home to School Transport"
            return b.text[form.end() :]
        # "5. To receive the Treasurer's report", "7 Planning applications." (its stop no part of it), an agenda's
        # wording, its stop kept
        wording = (
            re.match(r"[Tt]o\s+[a-z]+\b", b.text) and len(b.text.split()) <= 30
        )  # "5. To consider the budget ...."
        if self.follows(b) and ((stopped := _stopped_title(b.text)) or _any_title(b.text) or wording):
            title = b.text if b.marker else v.ITEM_NOISE.sub("", v.MINUTE.match(b.text)["title"])  # type: ignore[index]
            return title.removesuffix(".") if stopped else title
        style = _reading(b.marker)[0] if b.marker else ""
        arabic = style in ("arabic.", "arabic)", "arabic:", "arabic,") or (
            style == "arabic()" and b.bold
        )  # a bold "(7) Title"
        coded = (code := v.MINUTE.match(self.heading.text)) and _a_code(code["number"])
        if (
            b.marker and coded and v.REFERENCE_TITLE.match(b.text)
        ):  # "45/25 Applications" / "2. HFP/2025/0236/FL – Erection of ..."
            return None  # an application under the minute, not the next item
        if arabic and (b.kind == "heading" or b.level == 0 or b.bold):  # a bold "2. Planning" at any level
            return _numbered_title(b)
        if (code := v.MINUTE.match(f"{b.text} -")) and _a_code(code["number"]) and code["title"] == "-":
            # or came before, in capitals, not read as a title ("APPLICATION FOR ... - 25/01456/FULL - FORMER DAIRY
            # DEPOT," / "STATION ROAD, PADDLEFORD" / "PLA46/25")
            above = self.before
            titled = above.kind == "paragraph" and _upper(above.text) and self.heading is not above
            return above.text if titled and len(above.text.split()) <= 30 else ""  # or its title comes next
        dated = self.meeting or self.weak  # not an agenda pack's "Item 2" over the minutes it encloses
        if not b.marker and dated and v.ITEM_NUMBER_ALONE.fullmatch(b.text):
            return ""  # "Minute 201" on a line of its own, its title on the next
        if b.marker and self.item and not self.report and _body_date(b.text):
            return None  # "(i) Amenities Committee – 11 April 2024" under "Recommendations from Committees": its source
        if b.marker:  # "(b) WORKFORCE PLAN 2022-2025", a bold "4.1 Coastal Route Signage": a sub-item's title
            readings = marker_readings(b.marker) or [_reading(b.marker)]
            style, roman = readings[-1][0], readings[0][0].startswith("roman")  # a bold "(i) Dog Control Orders" too
            # or one led by an application's reference, in bold: "(a) LA07/2025/0612/F – Erection of ..."
            referenced = b.bold and bool(v.REFERENCE_TITLE.match(b.text))
            shown = (
                (b.bold or b.kind == "heading" or readings[-1] == ("decimal", 0)) and (style == "decimal" or roman)
            ) or (
                ("alpha" in style or "arabic" in style) and _upper(b.text)  # "(b) WORKFORCE PLAN", "(115) CHRISTMAS"
            )  # (a minute's "75.0 Review of Bus Shelter Maintenance" over its paragraphs "75.1", "75.2" in any type)
            # "(b) Holmsgarth Community Association - Request for Financial Assistance" under an item in capitals; not
            # a member's report under it ("(a) Empty Homes Task and Finish Group - Chair, Councillor G. Dempster"); or
            # set in bold ("a) Abercerrig Carnival Committee" under "5. Grant applications")
            shown = shown or (
                "alpha" in style
                and (_upper(self.heading.text) or b.bold or b.kind == "heading")  # or a page's "<h3>(f) Annual Report"
                and (_title_like(b.text) or referenced)
                and not v.A_MEMBER.search(b.text)
            )
            # a decimal one in capitals as its item's title is ("4.1 DAMP AND MOULD ..." under "4 REPORTS FOR
            # CONSIDERATION"): set apart as the item is
            shown = shown or (style == "decimal" and _upper(b.text) and _upper(self.heading.text))
            if b.bold and style.startswith("bullet") and b.level == 0:
                return b.text if _title_like(b.text) else None  # a bold "- Budget 2025/26" heading its minute
            return b.text if shown and (_title_like(b.text, relaxed=style == "decimal") or referenced) else None
        m, found = v.MINUTE.match(b.text), None if _CODE_DATE.match(b.text) else _date(b.text)
        if m and not re.fullmatch(r"\d{1,3}\.\d+", m["number"]) and not (isinstance(found, tuple) and found[2][0] == 0):
            return self.coded_title(b, m)
        return self.shown_title(b)

    def coded_title(self, b: Block, m: re.Match[str]) -> str | None:
        """The title after a minute's code or number ('24/04 Grass cutting contract', 'A2. Street trading')."""
        title = re.sub(r"^\([a-z]\)\s+", "", v.ITEM_NOISE.sub("", m["title"]).strip())  # "IV (a) UNSCHEDULED"
        if not re.search(r"\d", m["number"]) and not _upper(title):
            return None  # "I think ...": a Roman number heads only a title in capitals
        if self.earlier_minute(b, m["number"]):
            return None  # "Minute 17/JW Communications" under "22/JW Minutes of Previous Meeting": matters arising
        heading = b.kind == "heading" and len(title.split()) <= 30
        # a code, not a bare number: "24/04 Grass cutting contract", "A2. Street trading", "Minute 4 Bus shelter"
        coded = not m["number"].isdigit() or bool(m["word"])
        # a bold coded title in the agenda's words: "2024-044 To consider quotations ... and resolve accordingly"
        # (its full stop too: "05/25/F&R To consider grant applications.")
        # (or in capitals: "C.4125 TO CONSIDER THE RECOMMENDATIONS OF THE AMENITIES COMMITTEE")
        agenda = (
            coded
            and (b.bold or (_upper(title) and title.startswith("TO ")))
            and _any_title(re.sub(r"^(to\s+\w+\b.*)\.$", r"\1", title, flags=re.I))
        )
        if m["word"] and _stopped_title(title):  # "Minute 166: Skate park refurbishment."
            return title.removesuffix(".")
        titled = _title_like(title, relaxed=b.bold or coded) or _title_like(title)  # long, in Title Case
        if (heading or agenda or titled) and re.match(rf"{APPLICATION_REF}\s", b.text):
            return v.ITEM_NOISE.sub("", b.text).strip()  # an application's reference is its title's: "24/1187/FUL ..."
        return title if heading or agenda or titled else None

    def earlier_minute(self, b: Block, number: str) -> bool:
        """A minute of the last meeting named under this one's item: its code in the item's scheme, its number
        lower ('17/JW' under '22/JW', 'Item 19/25: Health and Safety Annual Report' under '30/25 Minutes')."""
        here = v.MINUTE.match(self.heading.text) if self.item is not None else None
        this, that = re.fullmatch(r"(\d+)(\D.*)", number), here and re.fullmatch(r"(\d+)(\D.*)", here["number"])
        return bool(this and that and this[2] == that[2] and int(this[1]) < int(that[1]))

    def shown_title(self, b: Block) -> str | None:
        """A heading style (Word) or h1-h6, or a bold line where items are bold lines too: an item, unless it
        names the body or sits under one."""
        above = self.item is None or self.heading.bold or self.heading.kind == "heading"  # items are set so too
        bold = b.bold and not b.marker and above and not self.item_numbered
        # or a line ending in its report's link ('Food Waste Collection Rollout pdf icon PDF 112 KB', a committee
        # page saved as text)
        papers = v.PAPERS_LABEL.match(self.before.text) or PAPERS_LINK.search(self.before.text)  # a list of links
        linked = not b.marker and bool(PAPERS_LINK.search(b.text)) and not (v.PAPERS_LABEL.match(b.text) or papers)
        shown = b.kind == "heading" or (bold and not self.item_level) or linked
        stopped = _stopped_title(b.text, relaxed=False)  # "HIGHWAYS AND FOOTPATHS.", its stop no part of it
        text = b.text.removesuffix(".") if stopped else PAPERS_LINK.sub("", b.text) if linked else b.text
        if not shown or not (_title_like(text, relaxed=True) or _title_like(text)) or _date(text):
            return None
        named = re.search(rf"\b(?:{v.BODIES})\b", bare := v.ITEM_NOISE.sub("", text), re.I)
        after = re.search(r"\s[-–—:]\s+(.*)", bare[named.end() :]) if named else None
        last = re.split(r"\s[-–—:]\s+", after[1])[-1] if after else ""  # "COUNCIL - AREA COMMITTEE - DALMORE."
        if named and self.item is None and not (after and not v.BODY_TITLE_TAIL.search(last)):
            return None  # the body's name ('PLANNING COMMITTEE', '... – Minute'), not '... Group – Final Report'
        under = self.item and (
            (self.item_level and b.level > self.item_level) or (self.item_numbered and not self.item_level)
        )  # ... unless straight under the item's heading: that heading groups items ('Committee/Strategic Issues')
        under = under and not (b.kind == "heading" and self.heading is self.before and self.heading.kind == "heading")
        return None if under else text  # a topic under the item ("Housing", "Transport") is no item

    # ---------------------------------------------------------------- decisions

    def labelled(self, b: Block) -> bool:
        if not (m := v.LABELLED.match(b.text)):
            return False
        if _title_like(m[2].strip()) and not _decides(m[2]):
            return self.set_item(m[2].strip())  # "RECOMMENDATION I - Scrutiny Protocol": a title over its decision
        said = (not _acts(m[2]) and not _decides(m[2])) or re.search(r"\brefers?\W*$", m[2], re.I)
        if re.match(r"action\b", b.text, re.I) and said:
            return False  # an earlier action reported on: "Action 14: Mr Lamont advised that the policy had been ...",
            # "Action No. 28 – Recommendation No 2, 'To ask ...', page 14 of the Agenda refers."
        self.open("decisions", f"'{b.text.split()[0]} {m[1]}'").labelled = True
        if m[2].strip():
            self.add_point(b, m[2].strip())
        return True

    def titled_label(self, b: Block) -> bool:
        """An item's title with its decision's label at its end ('Estyn Inspection of Ysgol Bryn Melyn
        Recommendation:'), as an outcomes email lists them: the title heads the item, the label what follows."""
        label = r"(?:recommendation|decision|resolution|outcome)(?:s|\(s\))?|resolved|agreed"
        m = re.fullmatch(rf"(.+?)\s+((?:{label})\s*[:\-–—]+)", b.text, re.I)
        if not m or b.marker or _introducer(b.text) or not _title_like(m[1], relaxed=True):
            return False
        if v.SOMEONE.match(m[1]) and len(m[1].split()) <= 3:
            return False  # "Officer recommendation:", "Cabinet Member decision:": who, not the item's title
        self.set_item(m[1])
        return self.introducer(dataclasses.replace(b, text=m[2]))

    def quoted_decision(self, b: Block) -> bool:
        """Another body's decision quoted under 'The decision called in was:': what is under review, not decided."""
        if not v.QUOTED_DECISION.search(self.before.text) or _introducer(b.text) is None:
            return False
        self.close()
        self.open("discussion", f"the decision quoted under '{self.before.text[-40:]}' ({self.doc.where(b)})")
        return True

    def brings(self, b: Block) -> bool:
        """An item heading that brings recommendations from a body ('Recommendations of the Finance Committee',
        bold or the agenda's next number) or to one ('6. Recommendations to Full Council', the next number)."""
        follows = self.follows(b) is not None
        return bool(v.FROM_BODY.search(b.text) and (b.bold or follows)) or bool(follows and v.FROM_OR_TO.match(b.text))

    def next_item(self, b: Block, intro: _Intro) -> bool:
        """The agenda's next number over words an introducer reads: "9. Actions" after item 8 (not a report's "3.
        Recommendations"), "67. Recommendation to Council - Climate Action Plan Refresh" (a title, not a decision)."""
        if not (b.marker and self.follows(b)):
            return False
        noun = v.NOUN.match(b.text) and not v.SUMMARY.search(b.text)
        return bool(noun) or bool(intro.points and all(map(_title_like, intro.points)))

    def introducer(self, b: Block) -> bool:
        intro, lst = _introducer(b.text), self.list
        if b.marker and lst is not None and lst.kind == "summary":
            return False  # "• Agreed to replace the noticeboard," in a summary over the minutes that record it
        stem = intro is not None and intro.kind != "discussion" and intro.why.startswith("a sentence")
        stem = stem or bool(v.BASIS.match(b.text))  # "RESOLVED" / "For the reasons set out in the report:-"
        reasons = self.reasoning and not v.DECISION_WORD.match(b.text)  # "Reasons for decision" / "Cabinet agreed to
        # extend the programme following ...": why it decided
        if intro is None or (lst and not lst.points and not lst.point and stem) or reasons:
            return False  # a lead under a heading ("The report recommended:-" / "that the Committee –"): its stem
        self.reasoning = False
        verb = b.text[:1].islower() or re.match(r"[A-Z]{4,}\s+[a-z]", b.text)  # "agreed to", "APPROVED the"
        if b.marker and verb and lst and lst.stem and (lst.points or lst.point):
            return False  # "The Board:-" / "– noted ..." / "– agreed to approve ...": the stem's next point
        if v.PROPOSAL.match(b.text) and len(_sentences(b.text)) == 1:
            return False  # "The Chief Executive recommended that the Authority approves ...": a proposal
        if self.next_item(b, intro):
            return False
        if self.titles_next(b):
            return False
        if intro.unreadable:
            self.close()
            self.skip(b, f"{intro.why}, but what was decided cannot be read; write it as 'RESOLVED: That ...'")
            return True
        arabic = b.marker and _reading(b.marker)[0].startswith("arabic")
        if arabic and re.fullmatch(r"(?:\w+\s+)?(?:recommendations|conclusions)", b.text, re.I):
            self.item = None  # "3. Recommendations": a report's section, not an agenda item
        elif not intro.points and self.brings(b):
            # "4. Recommendations of the Finance Committee", "6. Recommendations to Full Council" (the agenda's next
            # number): the next item, over its decision
            self.item_heading(b)
        own = not intro.points and any(
            rx.search(b.text) for rx in v.OWN_BUSINESS.values()
        )  # "... agreed, subject to:-"
        proposes = _proposes(b.text)  # an officer's "Recommendation: That ...", until the body decides
        notes = intro.points and all(v.NOTING.search(_that(p)) for p in intro.points)  # "RESOLVED: That it be noted."
        if self.carried is not None and v.DECIDES_ALSO.match(b.text):
            self.settle_motion()  # "..., second KD; agreed by all. It was also agreed that ...": both are decisions
        carries = self.carried is not None and _vote(b.text)  # "RESOLVED" alone, the motion's vote: what it carried
        appoints = intro.points and all(v.APPOINTS.search(p) for p in intro.points)
        if (
            intro.kind == "decisions"
            and not (proposes or notes or carries or appoints)  # (an appointment decides nothing moved before it)
            and re.search(rf"\b{v.DECIDING}", b.text[:160], re.I)
        ):
            self.finish_point()  # an officer's "Recommendation: It is recommended that ..." just above it too
            self.superseded()  # the body's own decision: what was proposed before it in the item is not
            self.mover = False  # "Proposed by A" / "Seconded by B, and" / "Resolved: that ...": resolved, not moved
        self.adopted(intro)
        # an officer's proposal: in a report, or anywhere its stem says so ("Recommendations: the Committee is asked to –")
        asked = bool(intro.stem and v.PROPOSAL.search(intro.stem))
        kind = "own" if own else "discussion" if (self.report and proposes) or asked else intro.kind
        self.preface()
        lst = self.open(kind, f"the list under '{b.text[:40]}' ({self.doc.where(b)})", intro.stem, proposes)
        lst.empty, lst.strict = intro.empty, not intro.stem and bool(re.match(r"decision", b.text, re.I))
        lst.where = self.doc.where(b)
        lst.marker = self.lead_marker(b)
        lst.under = b.level if re.search(r"recommendations?\b", b.text, re.I) and not intro.points else None
        self.out.none_stated |= intro.empty
        for text in intro.points:
            self.add_point(b, text, *(_reading(intro.marker) if intro.marker else ("para", 0)))
        if intro.whole:
            lst.style = "whole"  # no number continues it: each is a part of the one decision
        if intro.reasons:
            self.open("discussion", f"the reasons for the decision at {self.doc.where(b)}")
        return True

    def titles_next(self, b: Block) -> bool:
        """The agenda's next number over a title closed by a colon ("4. Councillor changes:" after item 3), or over
        its wording in bold capitals ("3. TO ACCEPT APOLOGIES FOR ABSENCE:"): the next item, not a decision's lead."""
        if not (b.marker and self.follows(b)):
            return False
        return (b.text.endswith(":") and _any_title(b.text[:-1]) and not _decides(b.text)) or (
            b.bold and _upper(b.text)
        )

    def lead_marker(self, b: Block) -> str:
        """The number of a lead over what follows: its own ('13. The Board agreed:'), or its run-in title's ('a)
        Payments.' / 'It was resolved to approve the following payments:')."""
        if not re.search(r":\W*$", b.text):
            return ""
        titled = self.before.place == b.place and _title_like(self.before.text.rstrip("."))
        return b.marker or (self.before.marker if titled else "")

    def adopted(self, intro: _Intro) -> None:
        """'RECOMMENDED that the Council approves X' / 'AGREED ... that the recommendation be adopted': what was
        recommended above in the item is the proposal adopted, not a decision of its own."""
        if intro.kind == "decisions" and any(v.ADOPTS_RECOMMENDATION.search(p) for p in intro.points):
            self.finish_point()
            for p in self.found[self.item_found :]:
                p.kind = "motion" if p.kind == "decisions" else p.kind

    def put_to_vote(self, b: Block) -> bool:
        """A paragraph whose last sentence says the report's recommendations were voted on and carried, over
        the points they are: a list of decisions. (Lost, it is narrative: what the body decided instead may follow;
        after points, the vote is theirs: 'On being put to the vote, recommendation 4 was carried.')"""
        *before, last = _sentences(b.text)
        m = v.PUT_TO_VOTE.match(last) if not b.marker else None
        lst = self.list  # a motion moved before, or whose words are above ("Motion" / "To ask ..."): its vote
        pending = (
            any(self.moved.values()) or self.carried is not None or (lst and (lst.kind in _MOVED or lst.tentative))
        )
        if pending and m and not m["lost"] and m["subject"][:1].lower() == "r" and v.AS_AMENDED.search(last):
            self.close()  # "The recommendation in the report, with the added point, was ... carried": what was
            self.moved, self.carried, pending = {kind: [] for kind in _MOVED}, None, False  # proposed is in it
        if m is None or m["lost"] or pending or (self.list and (self.list.points or self.list.point)):
            return False
        if m["subject"].lower() == "it" and not any(v.PROPOSAL_MOVED.search(s) for s in before):
            return False
        self.open("decisions", f"the recommendations carried ({self.doc.where(b)})").listed = True
        return True

    def subheading(self, b: Block) -> bool:
        """'Short-Term Recommendations', or a heading a level under the one the list is under (a review's
        themes, 'Prevention' / 'Enforcement', or a bold title, its numbering running on across them): a new
        run of points."""
        lst = self.list if self.list and self.list.kind == "decisions" and not self.list.labelled else None
        under = lst.under if lst else None
        theme = under is not None and (b.level > under if b.kind == "heading" else b.bold and _title_like(b.text, True))
        theme = theme or bool(lst and v.RECIPIENT.fullmatch(b.text))  # "To the Chief Constable" over its points
        if b.marker or not (theme or v.SUBHEADING.match(b.text)) or b.text.split()[-1].lower() in v.SMALL_WORDS:
            return False
        if _coded(b.text):
            return False  # "64/24 WORK PROGRAMME AND RECOMMENDATIONS TRACKER": a minute's code and title, an item
        if v.PROPOSAL.match(b.text):
            return False  # "Recommendations in the report": the officer's proposal, over what the body then decides
        if lst is None:
            self.open("decisions", f"the list under '{b.text[:40]}' ({self.doc.where(b)})").under = b.level
        else:
            self.finish_point()
            lst.style = None  # a sub-heading: not text, and a new run of numbers
        return True

    def proposal(self, b: Block) -> bool:
        return bool(v.PROPOSAL.search(b.text)) and bool(self.open("discussion", "an officer's proposal"))

    def unheaded(self, b: Block) -> bool:
        """'That ...' paragraphs with no introducer over them: decisions ('That £5,000 be released ...'), and
        a sentence of the body's own act ('The Audit Committee approved the Internal Audit Plan 2024/25.')."""
        acted = (v.BODY_ACTED.match(b.text) or v.BODY_ASKED.match(b.text)) and len(_sentences(b.text)) == 1
        # a list's first point in the subjunctive, in lower case: "a) the Delivery Plan be endorsed ..."
        done = b.marker and self.list is None and b.text[:1].islower() and v.BE_DONE.match(b.text)
        if not (
            acted
            or done
            or re.match(r"that\s+(?!was\b|is\b|would\b|had\b|has\b|said\b|being\b)[\w£$€“‘\"'(]", b.text, re.I)
        ):
            return False
        reported = v.REPORTING_LEAD.search(self.before.text)  # "..., advising" / "(1) that £11,200 remained ...": its
        # words reported, each point of them too
        self.open("discussion" if reported else "decisions", _UNHEADED)
        self.add_point(b, b.text, *(_reading(b.marker) if b.marker else ("para", 0)))
        if acted:  # a sentence of its own: the next point of its list ('(iii) The Commissioner said ...') is not
            self.close()
        return True

    def continues(self, b: Block) -> bool:
        """Inside a list, '2. Next point' is the next point, not a minute heading, unless in capitals or a
        bold title after plain points ('3. Planning – wind farm scoping (Carn Dubh)' after '2. That ...')."""
        lst = self.list
        if lst is None or not b.marker or lst.suspended is not None or _upper(b.text) or lst.empty:
            return False
        if v.DECISION_REF.search(b.text) and _starts_with_date(b.text):
            return False  # a decisions list's next entry ('04/02/2026 - Footpath Repairs ref: 305 ...')
        if lst.kind == "discussion" and (found := _introducer(b.text)) and found.kind == "decisions" and found.points:
            return False  # "5.3 Proposed by ..., seconded by ... and AGREED that ...": the decision after a proposal
        if b.bold and (lst.plain or self.after_item(b)) and _title_like(b.text, relaxed=True):
            return False
        if lst.points == 0 and not lst.labelled:
            return True  # the first point under its heading
        # the next number, or the next bullet of the same kind ("The Sub-Committee:" / "• Noted ..." / "• Agreed ...")
        return any(
            s == lst.style and (n == lst.last + 1 or s.startswith("bullet")) for s, n in marker_readings(b.marker)
        )

    def in_list(self, b: Block) -> bool:
        lst = self.list
        if lst is None or lst.empty:
            self.close()
            return False
        if not lst.points and lst.point is None and v.WHOLE_LEAD.match(lst.stem or "") and _schedule(b.text):
            self.close()  # "to approve the payments listed below:" over "S Pell – salary £486.20; HMRC – PAYE ...":
            return True  # the lead decides, the schedule is what it decides on
        if self.lead_in(b, lst):
            return True
        sibling = b.marker and lst.marker and not lst.tentative and _next_to(lst.marker, b.marker)
        same = lst.style in (None, "para") or any(s == lst.style for s, _ in marker_readings(b.marker))
        if sibling and not (lst.points and same):
            # "a) Payments. It was resolved to approve the following:" (a table) / "b) Budget ...", "13. The Board
            # agreed:" / "a) ..." / "b) ..." / "14. Isla Ferrie returned": the lead's next, not a point of its own
            self.close()
            return False
        word = v.ITEM_WORD.match(b.text)  # "Item 6 – Bus shelter" in a list of decisions: the next item's title
        titled = (
            b.kind == "heading" or (b.marker and b.level == 0 and _upper(b.text)) or bool(word)
        )  # "(116) BUS SHELTER"
        # the agenda's next number in sentence case under a lead with nothing below it yet ("... RESOLVED:" /
        # "7. Any other business"): the next item
        titled = titled or (not lst.points and lst.point is None and self.next_number(b) is not None)
        # (its title closed by a colon: "9. Finance:" over "a. Payments ...")
        if titled and _title_like(b.text[word.end() if word else 0 :].removesuffix(":"), True) and not _decides(b.text):
            self.close()  # a heading numbered on from the points ("4. The Commissioner should ..." / "5. Next steps")
            return False
        if b.marker and not b.text.strip() and lst.style in (None, "para") and (lst.points or self.next_number(b)):
            self.close()  # a number on its own line after a decision in a sentence ("NOTED." / "3."): the next item's
            return False
        if b.marker and not (lst.style == "para" and lst.points):  # "3.3 ..." after a decision in a sentence
            return self.list_item(b, lst)
        return self.list_paragraph(b, lst)

    def bare_number(self, b: Block) -> Block:
        """'1 the Board notes ...', '2 officers prepare ...' under 'RESOLVED that': a list's numbers printed
        without their full stops, read as points while they run on from the list's last; a bold item's number
        after an asterisk ('*4.'), its own."""
        inner = split_marker(b.text) if b.marker == "*" else ("", "")
        numbered = dataclasses.replace(b, marker=inner[0], text=inner[1])
        # "*4. Common Good Fund" in bold, or the agenda's next number: an item, its asterisk marking a delegated matter
        if inner[0] and (b.bold or self.after_item(numbered)):
            return numbered
        lst, m = self.list, v.BARE_NUMBER.match(b.text) if not b.marker else None
        if m is None or lst is None or lst.kind != "decisions" or lst.style not in (None, "arabic."):
            return b
        if int(m[1]) != (lst.last + 1 if lst.points else 1):
            return b
        return dataclasses.replace(b, kind="item", marker=f"{m[1]}.", text=b.text[m.end() :])

    def lead_in(self, b: Block, lst: _List) -> bool:
        """A sentence between a heading and its points gives their stem: "Decision:" / "That Cabinet:",
        "3. Recommendations" / "3.1 Having considered the evidence, the Panel recommends that:"."""
        numbered = b.marker and _reading(b.marker)[0] != "decimal"  # "(1) That X:" is a point
        first = not lst.points and not lst.point and not numbered
        # "The Group's recommendations are set out below, grouped by theme.", after a summary or not
        below = (
            first
            and any(v.POINTS_BELOW.search(s) for s in _sentences(b.text)[-2:])  # "... below. Each names ..."
            and not (_decides(b.text) or v.OWNER_ACTION.match(b.text))
        )
        if not below:
            lead = _introducer(b.text) if first and _is_lead(b.text) else None
            if lead is None or lead.points:
                return False
            # "Decision" / "The Committee:-" over "(1) agreed that ..."; "The Committee:" over "RESOLVED –": the
            # decision's word takes the body's place as the stem
            lst.stem = lead.stem if lead.kind == "decisions" else lst.stem
        if lst.kind == "discussion" and lst.tentative and v.BODY_RECOMMENDS.match(b.text):
            # a report's "Recommendations", then the group's own: "Our recommendations are set out below", "The Task
            # and Finish Group recommends that Cabinet:"
            lst.kind = "decisions"
        return True

    def list_item(self, b: Block, lst: _List) -> bool:
        readings = marker_readings(b.marker) or [_reading(b.marker)]  # ('other', 0): a number no style reads
        follows = next(((s, n) for s, n in readings if s == lst.style and n == lst.last + 1), None)
        other = lst.point is not None and any(s != lst.style for s, _ in readings)
        same = follows or (None if other else next(((s, n) for s, n in readings if s == lst.style), None))
        if lst.suspended is not None:
            if follows is None:
                self.close()
                return False
            self.skip(lst.suspended, "a paragraph between two points of a list, part of neither")
            lst.suspended = None
        if lst.point is not None and b.level < lst.level and b.marker != "•":
            self.close()  # a number further out than the points: the list is over
            return False
        if lst.point is None or same is not None or lst.style in (None, "para"):
            if not self.add_point(b, b.text, *(same or readings[0])):
                self.close()
                return False
        else:
            bullet = _reading(b.marker)[0].startswith("bullet")  # a sub-point: its number kept, not a glyph
            lst.point.add(b.text if bullet else f"{b.marker} {b.text}", " " if bullet else "\n")
        return True

    def list_paragraph(self, b: Block, lst: _List) -> bool:
        text, point = b.text, lst.point
        if b.kind == "heading":
            self.close()
            return False
        # after a point ended by list glue ("...;", "...; and"), a lower-case paragraph is the next point, unlabelled
        tail = point.text[-20:] if point else ""  # not the whole point: a search of it at each join is quadratic
        ended = bool(re.search(r"[;,]\s*(?:and|or)$|;$", tail)) and text[:1].islower()
        carried = text[:1].islower() and not ended
        if point is not None and (carried or not point.text):
            point.add(text, " ")  # the point carried on (after a page break, or in lower case)
            return True
        if lst.listed and lst.points == 0 and not _decides(text):
            self.close()  # "... voted on and carried." / "The Chair thanked the officer.": no list came
            return False
        clause = lst.stem == "That" and _subjunctive(text)  # "Resolved that:" over "The report be noted." / "A list
        # of grit bins be circulated ..." / "The Head of Highways provides ...": each finishes "that"
        if lst.points == 0 or ended or (lst.style == "para" and (_form(text) in ("that", lst.form) or clause)):
            if _form(text) == "that" != lst.form:
                self.preface()  # "Recommendations" / "Residents told us ..." / "That the Council ..."
            if lst.points == 0 and v.NONE.match(text):
                lst.empty = self.out.none_stated = True
            elif not self.add_point(b, text):
                self.close()
                return False
            return True
        if lst.style not in (None, "para") and not lst.labelled and lst.kind != "conclusions":
            self.finish_point()
            lst.suspended = b  # narrative after the list ends it, unless the next point follows
            return True
        self.preface()
        self.close()
        return False

    # ---------------------------------------------------------------- tables

    def table(self, b: Block) -> None:
        rows, lst = b.cells(), self.list
        header = _tracker_header(rows)
        lead = lst.stem if lst and lst.kind == "decisions" and lst.stem and not lst.points and not lst.point else None
        # its rows finishing the lead ('5' | 'receives a progress report ...' | 'Scrutiny Officer'), each a point
        points = [next((c for c in row if c[:1].islower() and len(c.split()) > 2), "") for row in rows] if lead else []
        if header is None and lead and all(points):
            for text in points:
                self.add_point(b, text)
        elif header is None and lead:
            self.add_point(b, lead)  # "RESOLVED that the payments below be authorised:" over them: the lead decides
        self.close()
        # a report's monitor of earlier recommendations reads as a tracker does: each row under its own meeting
        # (or, with --meeting, any such table under the meeting the officer names: an executive response's)
        banded = header is not None and any(_band(row) for row in rows[header[0] + 1 :])  # "Panel meeting: 2 Oct ..."
        undated = self.meeting is None and self.weak is None  # a tracker on its own: its rows date themselves
        dated = header is not None and (
            ((self.report or undated) and ("meeting" in header[1] or banded)) or self.override is not None
        )
        if header is not None and ("status" not in header[1] or dated or _all_new(rows, *header)):
            return self.tracker(b, rows, *header, dated=dated, stem=lead)
        why = "whose headings name no recommendation" if header is None else "of earlier recommendations (a status)"
        self.skip(b, f"a table of {len(rows)} rows {why}", "\n".join(" | ".join(row) for row in rows))

    def tracker(
        self,
        b: Block,
        rows: list[list[str]],
        k: int,
        fields: list[str | None],
        dated: bool = False,
        stem: str | None = None,
    ) -> None:
        """A table whose headings read as a list of recommendations or actions: a point a row, finishing the lead
        over the table ("The Topic Group recommends that the Executive Member:" over "ensures that ...")."""
        from scrutrack.spreadsheet import cell_day, turned_down

        self.open("decisions", f"the recommendations table ({self.doc.where(b)})", stem)
        here, elsewhere, band = self.meeting or self.weak, [], None
        # the body's own decision on each ('Council Decision'), not another's response to it ('Accepted (Y/N)')
        decided = "response_outcome" in fields and re.search(
            r"decision", rows[k][fields.index("response_outcome")], re.I
        )
        for row in rows[k + 1 :]:
            if found := _band(row):
                band = found  # the meeting of the rows under it
                continue
            cells = dict(reversed(list(zip(fields, row, strict=False))))  # the first column of a field
            text = (cells.get("text") or "").strip()
            label = v.LABELLED.match(text)  # "R1 That ...", "1. That ...": the label is not the text
            text = label[2].strip() if label else split_marker(text)[1] or text
            intro = _introducer(text) if text else None  # "Agreed that ...", "The Panel recommends that ..."
            text = intro.points[0] if intro and intro.kind == "decisions" and len(intro.points) == 1 else text
            if decided and turned_down(cells.get("response_outcome")):  # "Not adopted", "Noted"
                continue
            if text and not _upper(text) and not v.NONE.fullmatch(text):  # "No new actions"
                day = cell_day(cells.get("meeting")) or band
                if here is not None and day not in (None, here) and not dated:
                    elsewhere.append((day, " | ".join(row)))  # a tracker of earlier meetings' recommendations
                    continue
                self.add_point(b, text)
                self.finish_point()
                # under the minutes' last item ('Date of next meeting'), the minutes' own register of actions
                self.found[-1].item = (cells.get("item") or "").strip() or (
                    None if _procedural(self.item) else self.item
                )
                self.found[-1].owner = " ".join((cells.get("owner") or "").split()) or None
                self.found[-1].meeting = day if dated and day else self.found[-1].meeting
        self.close()
        if elsewhere:
            days = ", ".join(sorted({d.isoformat() for d, _ in elsewhere}))
            rows_ = f"{len(elsewhere)} row{'s' * (len(elsewhere) != 1)}"
            self.skip(
                b, f"{rows_} of recommendations agreed at another meeting ({days})", "\n".join(t for _, t in elsewhere)
            )

    # ---------------------------------------------------------------- what was found

    def settle(self, undated: bool = False) -> Minutes:
        """Each point found a record, or counted: conclusions, noting, the meeting's own business, repeats.
        With `undated`, a recommendation under no date at all is dated UNDATED (for --edit to ask)."""
        out = self.out
        if self.override is not None:
            out.meetings = [self.override]
        elif self.weak is not None and any(f.meeting == self.weak for f in self.found):
            out.meetings.insert(0, self.weak)
            out.two_digit_years += self.weak_short
        elif not out.meetings and self.opening is not None:
            out.meetings, out.two_digit_years = [self.opening[0]], out.two_digit_years + self.opening[1]
        out.meetings = [d for d in out.meetings if d not in self.sessions or any(f.meeting == d for f in self.found)]
        first = out.meetings[0] if out.meetings else None
        numbers: dict[dt.date, int] = {}
        seen: dict[tuple[dt.date, str], set[str | None]] = {}  # each text's items, by meeting
        for p, text in ((f, text) for f in self.found for text in self.decisions(f, f.meeting or first)):
            day = p.meeting or first or (UNDATED if undated else None)
            if p.bad is not None:
                out.skipped.append(Skipped(p.where, p.bad, text, None, p.item))
            elif day is None:
                raise InvalidInput(
                    f"{p.where}: recommendations, but no meeting date anywhere in {self.doc.name} (no 'Meeting "
                    "Date:', 'Meeting:' or 'Date:' line, no 'Minutes of a meeting held on ...' title, no date line); "
                    "give the date with --meeting YYYY-MM-DD"
                )
            elif self.repeated(items := seen.setdefault((day, _fold(text)), set()), p.item):
                out.repeated += 1
            else:
                items.add(p.item)
                numbers[day] = numbers.get(day, 0) + 1
                if numbers[day] > MAX_NUMBER:
                    raise over(
                        self.doc.name,
                        f"has more than {MAX_NUMBER} recommendations for the meeting of {day}",
                        "999 a meeting (its IDs' numbers)",
                    )
                out.recommendations.append(Recommendation(day, numbers[day], p.item, text, p.where, p.why, p.owner))
        out.meetings += [d for d in numbers if d not in out.meetings and d != UNDATED]  # a tracker's rows' own dates
        return out

    @staticmethod
    def repeated(items: set[str | None], item: str | None) -> bool:
        """Printed before in this item, or in a report's summary and its body ("Summary of
        recommendations", then "Findings"), or again under no item (a report's closing table): once. Two
        planning items granted in the same words are two."""
        return item in items or (
            bool(items) and (None in (*items, item) or any(v.SUMMARY.search(x or "") for x in (*items, item)))
        )

    def decisions(self, p: _Point, day: dt.date | None) -> list[str]:
        """The records' texts a point gives: "That X and that Y" is two decisions, "To X and to Y" too."""
        said = p.text.split(maxsplit=1)  # "that:" over "(ii) that the Chairman ...": one "that"
        text = said[1] if p.stem and len(said) == 2 and p.stem.split()[-1].lower() == said[0].lower() else p.text
        full = _tidy(f"{p.stem} {text}" if p.stem else text)
        first, *after = _sentences(full)  # what follows: "Proposed Cllr X, ...", "Action: MF.", the vote go
        if not p.stem and v.AFTER_DECISION.match(first) and not _decides(first):
            return []  # "(7 Members (Councillors ...) voted in favour ...)" under "Resolved:": the vote, no decision
        after = after[: next((k for k, x in enumerate(after) if split_marker(x)[0]), len(after))]  # "(3) Next ..."
        votes = [x for x in after if _vote(x) is not None or (v.MOTION_OUTCOME.search(x) and len(x.split()) < 12)]
        if any(_vote(x) is False or v.FAILED.search(x) for x in votes):
            return []  # "That X. 3 voted for, 5 against. The proposal fell."
        sentences = [
            first,
            *(x for x in after if not (x in votes or v.AFTER_DECISION.match(x) or v.ACTION_OWNER.match(x))),
        ]
        # what happened after it, reported ("The Clerk had spoken to the ... section, who were happy to ..."): no part
        sentences = sentences[: next((k for k, x in enumerate(sentences) if k and not _acts(x)), len(sentences))]
        owner = next((x for x in after if v.ACTION_OWNER.match(x)), None)  # "Action: Clerk.", "CG Action.", "AR."
        p.owner = p.owner or (_owner_named(owner) if owner else None)
        # "That the request be declined. ES to inform the applicant.": two records
        cuts = [k for k, s in enumerate(sentences) if k and v.OWNER_ACTION.match(s)]
        owners = [" ".join(sentences[k:e]) for k, e in zip(cuts, [*cuts[1:], len(sentences)], strict=False)]
        full = " ".join(sentences[: cuts[0] if cuts else len(sentences)])
        full = _as_decided(full) if p.kind == "decisions" else full  # "(i) AGREED that X and that Y": two
        full = v.AND_RESOLVED.sub(" and ", full)  # "RESOLVED to buy a wreath and RESOLVED that Cllr MB lays it": two
        full = re.sub(r"\s[•●▪◦]\s", " ", full)  # a bullet run into the sentence: "X; and • that Y"
        and_that = r"[,;]?\s+and,?\s+(?=that,?\s)|;\s+(?=that,?\s)"  # a town council's "That, X and, That, Y"
        # "that X and that Y", "to X, and that Y" (no 'that' of its own before): two records
        mixed = re.match(
            r"to\s(?:(?!\bthat\b).)*?[,;]?\s+and\s+that\s"
            r"|to\s+(?:recommend|request|ask|agree)\b[^:;]{0,60}?:?\s+that\s.*?[,;]?\s+and\s+that\s",
            full,
            re.I,
        )
        parts = re.split(and_that, full, flags=re.I) if re.match(r"that,?\s", full, re.I) or mixed else [full]
        if p.stem and re.match(r"that\s", text, re.I) and (cut := parts[0].find(" that ")) > 0:
            # "agreed to recommend to Council:" over "that X; and • that Y": the stem leads both
            parts = [parts[0], *(f"{parts[0][:cut]} {x}" for x in parts[1:])]
        elif lead := re.match(r"((?:that|to)\s[^:;]{3,120}?):\s+(?=(?:to|that)\s)", parts[0], re.I):
            # "That it be recommended to the Council: to hold X; that Y": the lead before its colon starts both
            parts = [f"{lead[1]} {x}" for x in [parts[0][lead.end() :], *parts[1:]]]
        parts = [
            q for x in parts for q in (v.AND_TO.split(x) if re.match(r"(?:not\s+)?to\s", x, re.I) else _that_and_to(x))
        ]
        if v.OWN_PROGRAMME.match(full):
            self.out.procedural += 1
            return []
        return [t for t in (self.decision(p, _tidy(x), day) for x in [*parts, *owners]) if t is not None]

    def decision(self, p: _Point, full: str, day: dt.date | None) -> str | None:
        """The record's text, or None for a point that is counted instead."""
        decided = _as_decided(full)
        asks = p.kind == "conclusions" and v.BODY_ASKS.match(full)
        if p.kind in ("discussion", "conclusions") and ((decided != full and _acts(decided)) or asks):
            # "agreed to invite ..." among points; "The Panel asked officers to ..." among its conclusions
            p, full = dataclasses.replace(p, kind="decisions"), _tidy(decided)
        if p.kind in ("conclusions", "discussion", "summary", *_MOVED):
            self.out.conclusions += p.kind == "conclusions"
            return None
        if p.stem and re.search(rf"\b(?:{v.BODIES})$", p.stem, re.I) and v.REPORTED.match(p.text):
            return None  # "The Committee:" + "(c) were informed that ...": what it did at the meeting, not a decision
        full = _as_decided(full)
        own = p.kind == "own" or any(rx.search(full) for rx in v.OWN_BUSINESS.values())
        if own or _procedural(p.item):
            self.out.procedural += 1
            return None
        if v.OWNER_ACTION.match(full) and v.ACTION_REPORTED.match(full):
            return None  # an earlier action reported on: "SH to update the website – in progress"
        # someone to act ("The Highways Manager to circulate the list, with the date each was received") notes nothing
        m = None if v.OWNER_ACTION.match(full) else v.NOTING.search(full)
        if not m and (noted := v.NOTED_THEN.match(full)):  # "That the report be noted and officers ...": the rest
            full = _tidy(f"That {noted['rest']}")
            m = v.NOTING.search(full)
        if p.kind == "noted" or m:
            then = v.AND_THEN.split(full, maxsplit=1)
            # "To note X and ask Y to do Z": the request (not "to note that the scheme is funded ... and requires no
            # contribution": a verb of what was noted)
            inner = re.match(r"to\s+note\s+that\s", full, re.I) and re.match(r"[a-z]+(?:s|ed)\b", then[-1])
            if len(then) == 2 and m and m["subject"] is not None and not inner:
                skip = m["subject"].lower().endswith("to ") and then[1].lower().startswith("to ")
                rest = then[1] if re.match(r"that\s", then[1], re.I) else m["subject"] + then[1][3 * skip :]
                rest = _tidy(_as_decided(rest))  # "to note X; and that Y": "That Y"
                programme = bool(v.OWN_PROGRAMME.match(rest))  # "notes the report and agrees its work programme"
                self.out.procedural += programme
                return None if programme else self.decision(dataclasses.replace(p, kind="decisions"), rest, day)
            if not any((n.item, n.text) == (p.item, full) for n in self.out.noted):  # printed twice: once
                self.out.noted.append(Recommendation(day or dt.date.min, 0, p.item, full, p.where, p.why))
            return None
        # a question, how a vote went ("Resolved: Approved."), a verb with nothing to do, a list of dates
        if any(rx.fullmatch(full) for rx in v.NOT_A_DECISION.values()) or _vote(full) is not None:
            return None
        return _tidy(full) or None  # nothing left once the vote note went


# ------------------------------------------------------------------------------ tables and runs of points

# A list number inside a paragraph: the first after the lead's last word ("RESOLVED that (1) ..."),
# the others after a point's end (";", ",", "; and", ".") so "(a) and (b)" in one clause stays one.
_INLINE = re.compile(
    r"(?:^|(?<=\s)|(?<=[;:,\-–—]))\s*(\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\((?-i:[A-Z])\)|(?:\d{1,2}|[a-h]|[ivx]{1,4})\.)\s+"
)
# A payment's line: "Clerk's salary: £286.00", "HMRC (PAYE) – £121.60", "£30.00 – Village Institute (room hire)".
# A minute's code shaped like a date, before its title: "26/02/01 To receive Apologies", "26/3/41 Allotments" (year,
# month, number).
_CODE_DATE = re.compile(r"\d\d/\d{1,2}/\d\d\s+(?-i:[A-Z])")
_PAYEE = r"[^.;:£]{1,80}?(?::|\s[-–—])?\s*£\s?[\d,]+(?:\.\d\d)?(?:\s*\([^()]{1,40}\))?\.?|£\s?[\d,]+(?:\.\d\d)?\s*[-–—:]?\s*[^.;:£]{1,80}"
_POINT_END = re.compile(r"(?:[;:,.\-–—]|[;,]\s(?:and|or))\s*$")


def _decided_within(b: Block) -> list[Block]:
    """A paragraph whose decision follows its narrative ('Members considered three quotations. It was
    resolved to accept ...', '... was £9,842.17. It was RESOLVED to approve the following payments:') or another
    decision ('Agreed that ... . Action: DM to circulate ...', 'Resolved to approve ... Resolved further that ...'):
    each sentence that decides a paragraph of its own."""
    parts = _sentences(b.text) if b.kind in ("paragraph", "item") and len(b.text) <= MAX_BLOCK_CHARS else []
    parts = [x for s in parts for x in _clauses(s)]
    cuts = [
        k
        for k, s in enumerate(parts)
        if k
        and (
            v.LABELLED.match(s)
            or v.BODY_ASKED.match(s)
            or v.BODY_ACTED.match(s)  # "... The meeting authorised the Parish Clerk to ask ...": another decision
            or ((i := _introducer(s)) and i.kind == "decisions" and (i.points or (i.stem and s.endswith(":"))))
        )
    ]
    if not cuts:
        return [b]
    ends = [*cuts[1:], len(parts)]
    rest = [
        dataclasses.replace(b, kind="paragraph", marker="", text=" ".join(parts[k:e]))
        for k, e in zip(cuts, ends, strict=True)
    ]
    return [dataclasses.replace(b, text=" ".join(parts[: cuts[0]])), *rest]


def _clauses(sentence: str) -> list[str]:
    """A sentence whose action follows its subject after a dash ('Letter from a resident regarding dog fouling –
    Clerk to write to the County Council ...'): the subject, then the action (not a member's matter as its title:
    'Bin Collections in Drumbeg – Councillor Walsh to raise'); one whose second decision leads a list ('... agreed
    that X, and also resolved to recommend that the Full Councils:'): the first, then the lead; else the sentence."""
    for dash in re.finditer(r"\s[-–—]\s+", sentence):
        if v.OWNER_TO_ACT.match(after := sentence[dash.end() :]) and len(after.split()) >= 5:
            return [sentence[: dash.start()], after]
    also = re.search(rf",?\s+and\s+(?=(?:also|further|additionally)\s+{v.DECIDING}[^.;]*:\W*$)", sentence, re.I)
    return [sentence[: also.start()], _capital(sentence[also.end() :])] if also else [sentence]


def _points_ended(found: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """The list numbers that start a point: the first, then each after a point's end ('; ', ', ', '.'),
    or after 'and' when it is the next number of a run of at least two ('(i) X, (ii) Y and (iii) Z';
    '(a) and (b)' in a clause stays whole)."""
    kept: list[re.Match[str]] = []
    for m in found:
        after_and = re.search(r"\s(?:and|or)\s*$", text[: m.start()])
        nxt = bool(kept) and any(
            s == t and n == p + 1 for s, n in marker_readings(m[1]) for t, p in marker_readings(kept[-1][1])
        )
        follows = len(kept) > 1 and after_and and nxt
        # after a colon, the run goes on at each next number, whatever ends the point before it ('to: a) note X
        # b) endorse Y c) request Z'), but not after 'and', 'of', 'in' ('... under (a) and (b)')
        run_on = (
            nxt
            and text[: kept[0].start()].rstrip().endswith(":")
            and not re.search(r"\s(?:and|or|of|in|to|under)\s*$", text[: m.start()])
        )
        if not kept or _POINT_END.search(text[: m.start()]) or follows or run_on:
            kept.append(m)
    return kept


def _inline(b: Block) -> list[Block]:
    """Points run on in one paragraph after a lead that decides ('RESOLVED that (1) ...; (2) ...; and
    (3) ...', 'That the Board (a) approves ...; and (b) ...', 'Decision Record D100113 — 1. the ...
    2. the ...'), or whose first point only starts there and the rest follow: the lead, as a stem over
    them, then each point a block of its own."""
    if b.marker and b.kind == "item" and not b.level:  # "(1) thanks the ...; and (2) notes ...": its own is the first
        whole = _inline(dataclasses.replace(b, kind="paragraph", marker="", text=f"{b.marker} {b.text}"))
        if len(whole) > 1 and whole[0].marker:
            return whole
    found = list(_INLINE.finditer(b.text)) if len(b.text) <= MAX_BLOCK_CHARS and b.kind != "table" else []
    found = _points_ended(found, b.text)
    found = [m for m in found if not _closes(m, b.text)]  # "the Final Report (Appendix 1) and ...": no number
    readings = [marker_readings(m[1]) for m in found]
    first = readings[0][0] if readings and readings[0] else None
    goes_on = bool(re.search(r";\s*(?:and|or)?$", b.text))  # "RESOLVED to (1) agree ...; and" over "(2) ..."
    if len(found) < 2 - goes_on or first is None or first[1] != 1:
        return [b]
    if not all(any(s == first[0] and n == first[1] + k for s, n in r) for k, r in enumerate(readings)):
        return [b]
    lead = b.text[: found[0].start()].strip()
    if (lead and not (_is_lead(lead) or v.INTRODUCER.match(lead))) or (b.marker and lead[:1].islower()):
        return [b]  # (a point's own "(b) recommends that: (i) ...; (ii) ..." are its sub-points)
    lead = lead if not lead or _is_lead(lead) else f"{lead}:"  # "That the Board (a) ...": a stem
    ends = [m.start() for m in found[1:]] + [len(b.text)]
    points = [
        Block("item", b.text[m.end() : e].strip(), b.place, b.level + 1 - goes_on, m[1])  # a level in, so the
        for m, e in zip(found, ends, strict=True)  # next paragraph's number ('3. Parks') is not their next point
    ]
    # "10. Finance – a) ... b) ...", "9. Finance: a. Payments ...": its title
    titled = re.fullmatch(r"(.{1,80}?)\s*[-–—:]", lead) if b.marker else None
    marker = b.marker if titled and _title_like(titled[1], relaxed=True) and not _decides(titled[1]) else ""
    return [dataclasses.replace(b, text=lead, marker=marker)] * bool(lead) + points


def _closes(m: re.Match[str], text: str) -> bool:
    """A number closed by a bracket that closes one opened before it ('(Appendix 1)'), not a point's ('1)')."""
    return m[1][:1] != "(" and text.count("(", 0, m.start(1)) > text.count(")", 0, m.start(1))


def _bracketed(b: Block) -> list[Block]:
    """Sub-items run on in one paragraph, each after its decimal number in square brackets ('6 Correspondence
    [6.1] ... - it was decided to contribute £100. [6.2] ...'; not a footnote's '[1]'): the text before,
    then each its own item."""
    parts = re.split(r"(?:^|\s+)\[(\d{1,3}(?:\.\d{1,3}){1,3})\]\s+", b.text) if b.kind != "table" else [b.text]
    if len(parts) < 3 or len(b.text) > MAX_BLOCK_CHARS:
        return [b]
    items = [Block("item", text, b.place, marker=n) for n, text in zip(parts[1::2], parts[2::2], strict=True)]
    return [dataclasses.replace(b, text=parts[0])] * bool(parts[0].strip()) + items


def _body_date(text: str) -> tuple[dt.date, bool] | None:
    """The date of a body's meeting a line names, as a report or the minutes head what it decided ('Homes
    Sub-Committee – 3 March 2025'): the date and whether its year had two digits; None for anything else."""
    m = v.BODY_DATE.match(text)
    found = _date(m["date"]) if m else None
    if m is None or not isinstance(found, tuple) or found[2] != (0, len(m["date"])):
        return None
    return found[0], found[1]


def _procedural(item: str | None) -> bool:
    """An item of the meeting's own business ('Apologies', 'Date of next meeting'), in either language."""
    return bool(item) and any(v.PROCEDURAL_ITEM.match(half) for half in _halves(item or ""))


def _all_new(rows: list[list[str]], k: int, fields: list[str | None]) -> bool:
    """A table whose status column says every row is new or says nothing ('Action register – actions from this
    meeting': 'New'): this meeting's actions, not a monitor of earlier ones."""
    column = fields.index("status")
    return all(v.NEW_STATUS.fullmatch(row[column].strip()) for row in rows[k + 1 :] if column < len(row))


def _band(row: list[str]) -> dt.date | None:
    """The meeting a band across a table names ('Panel meeting: 2 October 2025' in its first cell, the rest empty),
    read as `import tracker` reads a row heading one meeting's rows (spreadsheet.group_heading)."""
    from scrutrack.spreadsheet import group_heading

    found = _date(text) if (text := group_heading(row)) else None
    return found[0] if isinstance(found, tuple) else None


def _tracker_header(rows: list[list[str]]) -> tuple[int, list[str | None]] | None:
    """The heading row of a tracker or a list of recommendations, and each column's field, read as
    `import tracker` reads a sheet (spreadsheet.table_from_rows, is_tracker, map_columns): a heading
    names the recommendation or the action and another a field; None for any other table."""
    from scrutrack.spreadsheet import is_tracker, map_columns, table_from_rows

    try:
        table = table_from_rows(rows, "table")
        if not is_tracker(table):
            return None
        cols = map_columns(table, (), meeting_known=True)
    except InvalidInput:  # two columns of one field, a cell too wide: not a list of recommendations
        return None
    if not re.search(r"recommend|action", table.headings[cols.fields["text"]], re.I):
        return None  # 'Item | Decision': minutes laid out in a table, read as their text
    fields: list[str | None] = [None] * len(table.headings)
    for name, k in cols.fields.items():
        fields[k] = name
    return table.header_row - 1, fields


@dataclass(frozen=True)
class _Body:
    """Where each block's text (folded; a minute's title without its number) last stands in the
    document, and where each table stands: what a table summarises comes after it, its title as
    printed or the start of a longer one ('Coastal Route Signage' / '... Signage (Minute Item 8)')."""

    last: dict[str, int]
    tables: dict[int, int]
    texts: list[str]

    @classmethod
    def of(cls, blocks: list[Block]) -> _Body:
        texts = {_fold(m["title"] if (m := v.MINUTE.match(b.text)) else b.text): k for k, b in enumerate(blocks)}
        return cls(texts, {id(b): k for k, b in enumerate(blocks) if b.kind == "table"}, sorted(texts))

    def later(self, title: str, k: int) -> bool:
        """Whether the block at k's title stands again after it (as printed, folded)."""
        return bool(title.strip()) and self.last.get(_fold(title), -1) > k

    def after(self, title: str, table: Block) -> bool:
        folded, at = _fold(title), self.tables.get(id(table), -1)
        start = bisect.bisect_left(self.texts, folded)
        found = itertools.takewhile(lambda t: t.startswith(folded), self.texts[start : start + 50])
        return any(self.last[t] > at for t in found if t == folded or t.startswith(f"{folded} "))


def _headed(row: list[str]) -> bool:
    """A row of a table's headings: two short labels or more, one naming a minutes table's column or a tracker's."""
    known = (v.DECISION_COLUMN, v.ITEM_COLUMN, v.TITLE_COLUMN)
    filled = [c for c in row if c]
    short = len(filled) >= 2 and all(len(c.split()) <= 4 for c in filled)
    named = any(rx.fullmatch(_column(c)) for c in filled for rx in known)
    return short and (named or _tracker_header([row]) is not None)  # 'Ref | Recommendation | Response | Status' too


def _headings_rejoined(blocks: list[Block]) -> list[Block]:
    """A table's headings printed apart from its rows ('Item | Description | Resolution', then a part's
    title, 'PART 1 - PUBLIC', then the rows) head those rows again, and so they do the rows of each meeting
    under its band ('Panel meeting: 2 October 2025', printed across the table, which cuts it in a PDF): the
    band a row of its own. A heading row printed again inside a table (at a page's top) is no row of it."""
    out, k = list(blocks), 0
    while k < len(out):
        b = out[k]
        heads = b.cells()[0] if b.kind == "table" and b.rows else []
        if not _headed(heads):
            k += 1
            continue
        rows = [r for j, (r, t) in enumerate(zip(b.rows, b.cells(), strict=True)) if j == 0 or t != heads]
        j, joined = k + 1, 0
        while j < len(out) and (x := out[j]).kind != "heading":
            if x.kind == "table" and {len(r) for r in x.rows} == {len(heads)}:
                rows += [r for r, t in zip(x.rows, x.cells(), strict=True) if t != heads]
                joined += 1
            elif x.kind == "table" or (x.kind != "furniture" and len(x.text.split()) > 8):
                break
            elif _band([x.text]):  # a meeting's band: a row over its rows
                rows.append([[x], *([] for _ in heads[1:])])
            j += 1
        if joined and len(b.rows) == 1:
            kept = [x for x in out[k + 1 : j] if x.kind != "table" and not _band([x.text])]
            out[k:j] = [*kept, dataclasses.replace(b, rows=rows)]  # 'PART 1 - PUBLIC' before the table
            k += len(kept) + 1
            continue
        if len(rows) < len(b.rows):
            out[k] = dataclasses.replace(b, rows=rows)
        k += 1
    return out


# A point's label at the start of its paragraph: a letter before a capital ("A  Cabinet endorsed ..."), or a code
# with its number ("R1 agrees to publish ...", "REC 2 ..."), as reports and decision lists label them.
_LABEL = re.compile(r"(?:(?P<letter>[A-Z])\s+(?=[A-Z])|(?P<code>[A-Z]{1,3})\s?(?P<n>\d{1,2})\s+(?=\S))")


def _letter_labels(blocks: list[Block]) -> list[Block]:
    """Paragraphs labelled in a run from the first: A, B, C before a capital ('A  Cabinet endorsed ...', 'B  Cabinet
    agreed ...': 'B' is no word), or R1, R2 ('R1 agrees to publish ...'): a list's points, the label their marker
    ('A.', '(1)'), not their text's."""
    out, run = list(blocks), list[tuple[int, str]]()

    def close() -> None:
        for k, marker in run if len(run) >= 2 else []:
            rest = _LABEL.sub("", out[k].text, count=1)
            out[k] = dataclasses.replace(out[k], kind="item", marker=marker, text=rest)
        run.clear()

    def label(b: Block) -> tuple[str, int, str] | None:  # (the run's kind, the point's number, its marker)
        m = _LABEL.match(b.text) if b.kind == "paragraph" and not b.marker else None
        if m is None:
            return None
        if m["letter"]:
            return "letter", ord(m["letter"]) - ord("A") + 1, f"{m['letter']}."
        return m["code"], int(m["n"]), f"({m['n']})"

    kind = ""
    for k, b in enumerate(out):
        if b.kind == "furniture":
            continue
        found = label(b)
        if found and run and found[0] == kind and found[1] == len(run) + 1:
            run.append((k, found[2]))
            continue
        if not found and run and b.bold and len(b.text.split()) <= 12:
            continue  # a bold sub-heading between them ("To the Executive" / "R1 ..." / "To the Partnership" / "R3 ...")
        close()
        if found and found[1] == 1:
            kind = found[0]
            run.append((k, found[2]))
    close()
    return out


def _contents(blocks: list[Block], body: _Body) -> list[Block]:
    """A contents list under its title ('Contents', 'Table of contents'): its entries, each a title that
    stands again later in the document (with its number, without a page number), are page furniture,
    down to the first that does not (a list of recommendations under 'Recommendations' is read as one)."""
    out, k = list(blocks), 0
    while k < len(out):
        if not v.CONTENTS.fullmatch(out[k].text):
            k += 1
            continue
        end = k + 1
        while end < len(out) and out[end].kind != "table" and body.later(_entry(out[end].text), end):
            end += 1
        if end - k > 2:  # two entries or more: a contents list, not a title over one paragraph
            out[k:end] = [Block("furniture", "", b.place) for b in out[k:end]]
        k = end
    return out


def _entry(text: str) -> str:
    """A contents entry's title: without its number or page number ('2. Recommendations ..... 4')."""
    title = re.sub(r"(?:\s?\.){2,}\s*\d*\s*$|\s+\d{1,4}\s*$", "", split_marker(text)[1] or text)
    return m["title"] if (m := v.MINUTE.match(title)) else title


def _minutes_table(b: Block, body: _Body) -> list[Block] | None:
    """Minutes laid out as a table ('Item | Description | Decision', 'No. | Item and notes | Agreed /
    actions'): each row the item's title (the last cell, or a cell's first line, that reads as one),
    then what its decision cell holds, a paragraph for each decision. A tracker's table (an owner, a
    date, a status) is not one. A table whose titles are the body's headings again summarises the
    minutes after it ('No | Item | Decisions' over 'Adopted', 'Noted'): [], its rows no records."""
    # its headings in its first three rows, or under the attendance ('Present | ...', 'Apologies | ...')
    grid = b.cells()
    first = next((k for k, row in enumerate(grid) if not v.ATTENDANCE_LABEL.fullmatch(row[0] if row else "")), 0)
    rows = [[_column(c) for c in row] if k < max(3, first + 1) else row for k, row in enumerate(grid)]
    headed = [
        k
        for k, r in enumerate(rows[: max(3, first + 1)])
        if sum(map(bool, r)) > 1 and any(map(v.DECISION_COLUMN.fullmatch, r))
    ]
    headed.sort(key=lambda k: -sum(map(bool, rows[k])))  # the fullest: a title row may name decisions too
    # under its title rows: fewer cells filled than half its headings ('RECORD OF DECISIONS ... | Meeting: 28 May 2024')
    top = next(
        (
            k
            for k in headed
            if all(
                2 * sum(map(bool, row)) <= max(2, sum(map(bool, rows[k]))) or j < first
                for j, row in enumerate(rows[:k])
            )
        ),
        0,
    )
    decision = max((k for k, c in enumerate(rows[top] if rows else []) if v.DECISION_COLUMN.fullmatch(c)), default=None)
    if rows and any(map(_CODE.fullmatch, rows[top])):
        return None  # a minute's code beside its title 'Minutes' ('FA/24/7 | Minutes'), not a row of headings
    below = [row[decision] for row in rows[top + 1 :] if decision is not None and decision < len(row) and row[decision]]
    if below and all(_CODE.fullmatch(c.replace(" ", "", 1)) for c in below):
        return None  # 'Minute | Item' over each minute's code ('PCP 41/24') beside its title and text
    header = _tracker_header(rows)
    if decision is None or (header is not None and set(header[1]) - {None, "number", "ref", "item", "note", "text"}):
        return None
    if any(len(c.split()) > 8 for c in rows[top]):  # a form's label beside its text: 'Details of decision | To ...'
        return None
    titled = any(v.TITLE_COLUMN.fullmatch(c) for c in rows[top])
    aside = {
        k
        for k, c in enumerate(rows[top])
        if k != decision and (v.ASIDE_COLUMN.fullmatch(c) or (titled and v.PAPERS_COLUMN.fullmatch(c)))
    }  # 'Action by', 'By when'; 'Report' beside 'Title' (its link: 'Report by the Director PDF 1.2 MB')
    # a column headed 'Item' names each row's own item, whatever stood above; else a row is a topic under it
    kind = (
        "row"
        if any(v.ITEM_COLUMN.fullmatch(c.strip()) or v.TITLE_COLUMN.fullmatch(c) for c in rows[top])
        else "heading"
    )
    titles = [_row_title([[] if k in aside else c for k, c in enumerate(row)], decision) for row in b.rows[top + 1 :]]
    named = [t for t in titles if t]
    if len(named) >= 2 and 2 * sum(body.after(t, b) for t in named) >= len(named):
        return []
    # "RESOLVED", "Decisions taken": over each row's cell; not "Minute", which heads the whole text
    # nor one that names narrative too ('Description/Resolution', 'Discussion and decision'): its cells say where
    mixed = v.MINUTE_COLUMN.fullmatch(rows[top][decision]) or v.NARRATIVE_COLUMN.search(rows[top][decision])
    head = [] if mixed else [Block("paragraph", rows[top][decision], b.place)]
    cells = [row[decision] if decision < len(row) else [] for row in b.rows[top + 1 :]]
    introduced = _introduced(cells)
    out = [Block("paragraph", " ".join(filter(None, row)), b.place) for row in rows[:top]]  # its title rows
    for title, cell, day in zip(titles, cells, _row_days(rows, top), strict=True):
        out += [Block("paragraph", day, b.place)] if day else []
        out += [Block(kind, title, b.place, level=1)] if title else []
        cell = cell[1:] if cell and title and cell[0].text == title else cell  # its title is the cell's first line
        # under a heading over cells that say themselves where they decide, only a cell reading as a decision
        decides = cell and (_decides(cell[0].text) or v.OWNER_ACTION.match(cell[0].text))  # "Clerk to report ..."
        out += head if not introduced or decides else []
        out += [x for y in cell for x in _decided_within(y)]
    return out


def _column(heading: str) -> str:
    """A heading printed in two languages ('Penderfyniad / Decision'): the half that names a minutes table's column."""
    known = (v.DECISION_COLUMN, v.ITEM_COLUMN, v.TITLE_COLUMN, v.ASIDE_COLUMN)
    return next((h for h in _halves(heading) if any(rx.fullmatch(h) for rx in known)), heading)


def _row_days(rows: list[list[str]], top: int) -> list[str]:
    """Each row's date line ('Date of decision: 09/01/2024') where a column headed as a meeting's or a decision's
    date ('Date of decision', 'Date', 'Meeting date') holds a date in every row that fills it (a register of
    decisions taken on several days, one table): each row is dated by its own; else none."""
    body = rows[top + 1 :]
    for k, heading in enumerate(rows[top]):
        label = v.DATE_LABEL.match(f"{heading}:")
        cells = [row[k] for row in body if k < len(row) and row[k].strip()]
        if label and not label[2].strip() and cells and all(_starts_with_date(c) for c in cells):
            return [f"{heading}: {row[k]}" if k < len(row) and row[k].strip() else "" for row in body]
    return [""] * len(body)


def _starts_with_date(text: str) -> bool:
    return isinstance(found := _date(text), tuple) and found[2][0] == 0


def _introduced(cells: list[list[Block]]) -> bool:
    """A decision column whose cells carry their own introducers ('Agreed: that ...', '... seconded by X and' /
    'RESOLVED: That ...') in at least two cells: its heading ('Outcome', 'Resolution') introduces only a cell
    that reads as a decision ('That ...', 'To ...'), never one of narrative ('The Chair welcomed ...')."""
    own = sum(
        any((i := _introducer(x.text)) is not None and i.kind == "decisions" for y in cell for x in _decided_within(y))
        for cell in cells
    )
    return own >= 2


_CODE = re.compile(r"[\w/.\-–()]*\d[\w/.\-–()]*")  # one word with a figure: a number, a reference


def _row_title(row: list[list[Block]], decision: int) -> str | None:
    """The item's title in a row of minutes laid out as a table: its last cell before the decision's
    (after it when it is the first: a lead officer, reasons) that reads as a title, or the first line of
    a cell over its notes ('Contamination of dry recycling' / 'DM reported ...', a line break or a
    paragraph apart), past a reference on a line of its own ('CAB/24/05' / 'Library opening hours')."""
    cells = [[t for x in c for t in x.text.split("\n") if t.strip()] for c in (row[:decision] or row[decision + 1 :])]
    firsts = [(lines, next((t for t in lines if not _CODE.fullmatch(t)), lines[0])) for lines in cells if lines]
    titles = [
        first if len(lines) > 1 and _title_like(first, relaxed=True) else " ".join(lines) for lines, first in firsts
    ]
    titles = [m["title"] if (m := v.MINUTE.match(t)) and not _date(t) else split_marker(t)[1] or t for t in titles]
    found = next((t for t in reversed(titles) if not _CODE.fullmatch(t) and _title_like(t, relaxed=True)), None)
    inside = row[decision] if decision < len(row) else []  # 'C/13' | 'Play area fencing' / 'Three quotations ...'
    if found is None and len(inside) > 1 and not inside[0].marker and _title_like(inside[0].text, relaxed=True):
        return inside[0].text
    return found  # "4.1 Coastal Route Signage"


def _full(b: Block) -> str:
    return f"{b.marker} {b.text}".strip()


def _flatten(blocks: list[Block], body: _Body) -> list[Block]:
    """Tables that lay the page out read as their text: a row of one filled cell is its paragraphs;
    a label beside text ('23.' | 'Waste Collection Review', 'Decision:' | 'RESOLVED ...') is the label
    then the text. Rows of data stay a table (so does a tracker's); the headings over rows that all
    lay the page out ('No.' | 'Item') go with them."""
    out: list[Block] = []
    for b in blocks:
        if b.kind == "table" and (english := _in_english(b)) is not None:
            out.extend(_flatten(english, body))
            continue
        if b.kind == "table" and (laid_out := _minutes_table(b, body)) is not None:
            out.extend(_flatten(laid_out, body) if laid_out else [b])  # a summary: a table, skipped and named
            continue
        if b.kind != "table" or _tracker_header(b.cells()) is not None:
            out.extend(x for z in _bracketed(b) for y in _inline(z) for x in _decided_within(y))
            continue
        if labelled := _labels_over_values(b):
            out.extend(labelled)
            continue
        b = _owners_left_out(_titled_rows(_notes_left_out(_form_numbers_left_out(b))))
        read = [_layout_row(row) for row in b.rows]
        if len(read) > 1 and read[0] is None and all(r is not None for r in read[1:]):
            read, head = read[1:], " ".join(_full(x) for cell in b.rows[0] for x in cell)
            # unless it dates the meeting: '3rd September, 2025.' | '2.00 p.m.' over 'PRESENT:' | ...
            out += [Block("paragraph", head, b.place)] if isinstance(_date(head), tuple) else []
        dated = [x for r in read if r for x in r if x.kind == "paragraph" and v.DATE_LABEL.match(x.text)]
        # a form's date row dates all of it, wherever it stands; a letter's "Our ref:" before it says it was sent then
        dated = [x for r in read if r for x in r if x.kind == "paragraph" and v.EMAIL_HEADER.match(x.text)] + dated
        out.extend(dated)
        data: list[list[list[Block]]] = []
        for row, inner in zip(b.rows[-len(read) :] if read else [], read, strict=True):
            if inner is not None and data:
                out.append(dataclasses.replace(b, rows=data))
                data = []
            out.extend(
                _flatten([x for x in inner if all(x is not d for d in dated)], body) if inner is not None else []
            )
            data += [row] if inner is None else []
        out += [dataclasses.replace(b, rows=data)] if data else []
    return out


def _in_english(b: Block) -> list[Block] | None:
    """Minutes printed in two languages side by side, a paragraph a row in each column ('Cymraeg | English'
    over the same text twice): the English column's blocks, row by row, the other's left out, so each decision
    is read once. Known by the headings naming the languages, or by one column in Welsh beside one in none.
    A minute's number in a column of its own before them ('46' | Welsh | English) stays beside the English."""
    width = max((len(row) for row in b.rows), default=0)
    texts = b.cells()
    numbered = width == 3 and all(len(row) == 3 and (not row[0] or _CODE.fullmatch(row[0])) for row in texts)
    if width != 2 + numbered or len(b.rows) < 3:
        return None
    head = texts[0][numbered:]
    named = len(head) == 2 and all(v.LANGUAGE_NAME.fullmatch(h) for h in head)
    if named:
        keep = next((k for k, h in enumerate(head) if v.ENGLISH_NAME.fullmatch(h)), None)
    else:
        shares = [
            _welsh_share([x for row in b.rows[1:] for x in row[numbered + k : numbered + k + 1]]) for k in range(2)
        ]
        keep = next((k for k in (0, 1) if shares[k] < 0.02 <= 0.1 <= shares[1 - k]), None)
    if keep is None:
        return None
    if numbered:  # '46' | English: a table of minutes, read as such
        return [dataclasses.replace(b, rows=[[row[0], row[1 + keep]] for row in b.rows[named:]])]
    return [x for row in b.rows[named:] if keep < len(row) for x in row[keep]]


def _welsh_share(cells: list[list[Block]]) -> float:
    """The share of a column's words that are Welsh function words (names and borrowed words make a few in
    English: 'Neuadd y Pentref'), or 0.0 where it is too short to tell."""
    words = [w for cell in cells for x in cell for w in re.findall(r"[^\W\d_]+", x.text.lower())]
    welsh = [w for w in words if w in v.WELSH]
    return len(welsh) / len(words) if len(words) >= 30 and len(set(welsh)) >= 4 else 0.0


def _notes_left_out(b: Block) -> Block:
    """A minute book's margin beside the text ('Prop. Cllr Beer Sec. Cllr Frost', '7 for, 1 against'), read as
    a table's last column: the votes are never part of a record, the text is read without them."""
    last = [" ".join(_full(x) for x in row[-1]).strip() for row in b.rows if len(row) > 1]
    notes = [t for t in last if t]
    if (
        len(last) != len(b.rows)
        or not notes
        or not all(v.AFTER_DECISION.match(t) and len(t.split()) <= 14 for t in notes)
    ):
        return b
    return dataclasses.replace(b, rows=[row[:-1] for row in b.rows])


def _form_numbers_left_out(b: Block) -> Block:
    """A form whose rows are numbered 1, 2, 3 ... before each label and its answer ('7 | Full text and detail of
    direction | The Board directs ...'): read as the labels and answers, the numbers left out."""
    firsts = [" ".join(x.text for x in row[0]).strip() if row else "" for row in b.rows]
    if len(b.rows) < 3 or any(len(row) < 3 for row in b.rows) or firsts != [str(n) for n in range(1, len(firsts) + 1)]:
        return b
    return dataclasses.replace(b, rows=[row[1:] for row in b.rows])


def _titled_rows(b: Block) -> Block:
    """'No. | Item' over rows whose number cells are empty (a committee page's items, unnumbered): each row's
    first line in the Item column, when it reads as a title, names the row's item."""
    head = b.cells()[0] if b.rows else []
    k = next((k for k, h in enumerate(head) if v.ITEM_COLUMN.fullmatch(h)), None)
    if k is None or any(
        h and not re.fullmatch(r"(?:item\s+|minute\s+)?(?:no\.?|number|ref\.?)", h, re.I) for h in head[:k]
    ):
        return b
    rows = [
        [*row[:k], _titled(row[k]), *row[k + 1 :]]
        if len(row) > k and not any(_full(x) for c in row[:k] for x in c)
        else row
        for row in b.rows[1:]
    ]
    return dataclasses.replace(b, rows=[b.rows[0], *rows])


def _titled(cell: list[Block]) -> list[Block]:
    title = v.ITEM_NOISE.sub("", cell[0].text).strip() if cell and cell[0].kind == "paragraph" else ""
    return [Block("row", title, cell[0].place), *cell[1:]] if title and _title_like(title, relaxed=True) else cell


def _labels_over_values(b: Block) -> list[Block]:
    """A meeting's particulars as a table of labels over their values ('Date | Time | Venue' over '5 March
    2024 | 7pm | Village Hall') or of labelled cells ('Date: 25 July 2024 | Time: 10am'): read as the lines
    'Date: 5 March 2024', ... would be."""
    rows = b.cells()
    cells = [c for row in rows for c in row if c]
    label = r"[A-Za-z][A-Za-z ()/:]{1,30}"  # "Approved by: (signature)" beside "Date of Decision"
    if cells and all(re.match(r"[A-Za-z ]{2,20}:\s*\S", c) for c in cells):  # 'Date: 25 July 2024 | Time: 10am'
        lines = cells
    elif (
        len(rows) == 2
        and len(rows[0]) == len(rows[1])
        and all(re.fullmatch(label, h) for h in rows[0])
        and not any(re.fullmatch(r"(?:name\s+of\s+)?(?:the\s+)?bod(?:y|ies)", h, re.I) for h in rows[0])
    ):  # (not "Name of Body | Date of Meeting" over another body's minutes received)
        lines = [f"{h.rstrip(':')}: {value}" for h, value in zip(*rows, strict=True) if value]
    else:
        return []
    if not any(v.DATE_LABEL.match(line) for line in lines):
        return []
    return [Block("paragraph", line, b.place) for line in lines]


def _owners_left_out(b: Block) -> Block:
    """A layout table whose last heading names an action column beside the text ('' | '' | 'ACTION',
    'Min. | Business | Action', 'Owner', 'Lead officer'): its cells say who acts on the row (initials, a
    name or two), not what the minutes say; the table is read without it and its header row (the rows above that,
    a parish's 'Present | Others present | Apologies', as they stand)."""
    for top, header in enumerate(b.rows[:3]):
        head = [" ".join(_full(x) for x in cell).strip() for cell in header]
        named = [k for k, h in enumerate(head) if h]
        if not named or named[-1] == 0 or not v.OWNER_COLUMN.fullmatch(head[k := named[-1]]):
            continue
        below = b.rows[top + 1 :]
        if any(len(" ".join(x.text for x in row[k]).split()) > 6 for row in below if k < len(row)):
            return b  # an action column that holds the actions themselves
        return dataclasses.replace(b, rows=b.rows[:top] + [row[:k] + row[k + 1 :] for row in below])
    return b


def _layout_row(row: list[list[Block]]) -> list[Block] | None:
    """A row's blocks when it lays out text (one filled cell, or a label and its text); None for data."""
    filled = [c for c in ([x for x in cell if _full(x) or x.rows] for cell in row) if c]
    two = len(filled) == 3 and all(_CODE.fullmatch(_full(c[0])) and len(c) == 1 for c in filled[:2])
    number = _full(filled[0][0]) if two else ""
    if two and len(number) <= 3 and not number.isdigit():
        filled = filled[1:]  # a note's flag ('E1') by the number
    elif two:
        filled = [filled[0], filled[2]]  # the report's number beside the minute's ('1844 | 31 | BUDGET ...')
    if len(filled) == 1:
        return filled[0]
    if len(filled) == 2 and len(filled[0]) > 1 and re.fullmatch(rf"(?:{v.DECISION})\W*", _full(filled[0][0]), re.I):
        # a heading after the row, drawn into its label's cell ("Resolved" / "Matters for Information"): after it
        inner = _layout_row([filled[0][:1], filled[1]])
        return None if inner is None else [*inner, *filled[0][1:]]
    if len(filled) == 3 and (shoulder := _shoulder(filled)):
        return shoulder
    label = " ".join(_full(x) for x in filled[0]) if filled else ""
    code = _full(filled[1][0]) if len(filled) == 2 and len(filled[1]) == 1 and len(filled[0]) == 1 else ""
    if re.fullmatch(r"(?:[A-Z]{1,4}\s?)?\d{1,4}/\d{1,4}", code) and _title_like(label, relaxed=True):
        # a minute's title, its code in the margin's column ('Christmas Lights Contribution' | '2025/04')
        return [dataclasses.replace(filled[0][0], kind="paragraph", marker="", text=f"{code} {label}")]
    numbered = bool(split_marker(label)[0] or re.fullmatch(r"[\w/.\-–()]{0,11}\d[\w/.\-–()]{0,11}", label))
    short = len(label) <= 40 and len(label.split()) <= 6 and not label.endswith((".", ";", ","))
    dated = (
        len(filled) == 2
        and len(label.split()) <= 12
        and isinstance(_date(" ".join(_full(x) for x in filled[1])), tuple)
    )
    short = short or (dated and not label.endswith((".", ";")))  # "Approved by the Integration Joint Board on" | date
    if len(filled) != 2 or len(filled[0]) != 1 or not (numbered or short):
        return None if filled else []
    label, first = label if numbered or label.endswith(":") else f"{label}:", filled[1][0]  # "Date of decision"
    if first.marker or first.kind == "table":
        return [Block("paragraph", label, first.place), *filled[1]]
    label = re.sub(r"^(\d{1,3}\.\d{1,3})/\d{2,4}$", r"\1", label)  # a minute's paragraph, '206.1/25': its number
    marker, rest = split_marker(f"{label} {first.text}")  # '7.' + 'Budget' is the item heading '7. Budget'
    joined = dataclasses.replace(first, kind="item" if marker else first.kind, marker=marker)
    return [dataclasses.replace(joined, text=rest if marker else f"{label} {first.text}"), *filled[1][1:]]


def _shoulder(filled: list[list[Block]]) -> list[Block] | None:
    """A row of a title, a minute's number and its text, in either order ('Bin collection route changes' |
    '2' | 'There was submitted ...', a bound volume's shoulder notes; '7' | 'Play areas' | ...): the
    numbered item heading, then the text."""
    short = [" ".join(_full(x) for x in cell) for cell in filled[:2]]
    codes = [t for t in short if re.fullmatch(r"[\w/.\-–()]{0,11}\d[\w/.\-–()]{0,4}(?:\s?[A-Z])?", t)]
    titles = [  # its full stop no part of it ('Precept 2026/27.')
        t.removesuffix(".")
        for t in short
        if t not in codes and _title_like(t.removesuffix("."), relaxed=True) and len(t.split()) <= 12
    ]
    if len(codes) != 1 or len(titles) != 1 or len(" ".join(x.text for x in filled[2]).split()) < 8:
        return None  # not a data row: 'Hackney' | '212' | '230'
    number, place = codes[0].split()[0], filled[0][0].place
    # a minute's code ('25/186', '412/01'), not an application's ('24/0187')
    if re.fullmatch(r"\d{2,3}/\d{1,3}", number):
        return [Block("paragraph", f"{number} {titles[0]}", place), *filled[2]]
    return [Block("item", titles[0], place, marker=f"{number}." if number.isdigit() else number), *filled[2]]


def _titles_over_articles(blocks: list[Block]) -> list[Block]:
    """A title in capitals or Title Case on a line of its own over a numbered article ('FEES AND CHARGES
    2023/24' / '5. The Committee had before it ...', as Scottish minutes print them; 'Deer Management
    Framework (Paper 3)' over a board's paragraphs numbered through its minutes) or over a paragraph that opens
    with the minute's code ('PLANNING ENFORCEMENT UPDATE' / 'PLA47/23 The Enforcement Manager reported
    ...') is the item's heading."""
    out = list(blocks)
    shown = [k for k, b in enumerate(out) if b.kind != "furniture"]
    for k, n in itertools.pairwise(shown):
        b, article = out[k], out[n]
        arabic = article.marker and _reading(article.marker)[0] in ("arabic.", "arabic)", "arabic:")
        code = v.MINUTE.match(article.text) if not article.marker and article.kind == "paragraph" else None
        over = (arabic and article.text.endswith(".")) or (
            code and _a_code(code["number"]) and not _title_like(code["title"], True)
        )
        # in Title Case: a plain line (a bold one is read as bold items are) that dates nothing, over an article
        title = _upper(b.text) or (arabic and not b.bold and not isinstance(_date(b.text), tuple))
        if b.kind == "paragraph" and title and _title_like(b.text) and over:
            out[k] = dataclasses.replace(b, kind="heading")
    return out


def _numbers_over_text(blocks: list[Block]) -> list[Block]:
    """A list's number in a paragraph of its own over its sentence in the next ('1.' / 'To accept the report.', as a
    committee system prints a Word list): one numbered block; not an item's number over its title."""
    out: list[Block] = []
    for b in blocks:
        last = out[-1] if out else None
        bare = last is not None and last.kind == "item" and not last.text.strip()
        said = b.text.rstrip().endswith((".", ";"))  # a sentence, not the item's title under its number
        # or an item's number in bold over its bold title ("6" / "To discuss correspondence received"): its heading
        numbered = last is not None and last.bold and last.kind == "paragraph" and re.fullmatch(r"\d{1,3}", last.text)
        minute = _minute_under(last, b)
        if bare and b.kind == "paragraph" and not b.marker and said and not b.bold:
            out[-1] = dataclasses.replace(b, kind="item", marker=last.marker, level=last.level)  # type: ignore[union-attr]
        elif minute and last is not None:
            out[-1] = dataclasses.replace(last, kind="item", marker=f"{minute[1]}.", text=last.text.removesuffix("."))
            out.append(dataclasses.replace(b, text=b.text[minute.end() :]))
        elif numbered and b.kind == "paragraph" and b.bold and not b.marker and not said:
            out[-1] = dataclasses.replace(b, text=f"{last.text} {b.text}")  # type: ignore[union-attr]
        else:
            out.append(b)
    return out


def _minute_under(title: Block | None, b: Block) -> re.Match[str] | None:
    """The minute's number opening a paragraph under its bold title closed by a full stop ("Police Scotland – Ward
    update noted." / "2 There was heard ..."), as a Scottish city's minutes print them; not a date ("24 June ...")."""
    if title is None or not (title.bold and title.kind == "paragraph" and not title.marker):
        return None
    if len(title.text.split()) > 20 or not title.text.endswith(".") or b.kind != "paragraph" or b.marker or b.bold:
        return None
    return None if _starts_with_date(b.text) else re.match(r"(\d{1,3})\s+(?=[A-Z])", b.text)


def _titles_over_text(blocks: list[Block]) -> list[Block]:
    """A text file's titles: short lines in Title Case or capitals, each on a line of its own straight over its
    text (no blank line between: 'Bus Shelter' / 'Glass panel at the Post Office shelter broken again.'), three
    or more of them in the file, are its items' headings."""
    lines = [int(m[1]) if (m := re.fullmatch(r":(\d+)", b.place)) else None for b in blocks]
    titles = [
        k
        for k, (b, n) in enumerate(zip(blocks[:-1], lines[1:], strict=True))
        if b.kind == "paragraph"
        and n is not None
        and lines[k] == n - 1
        and len(b.text.split()) <= 8
        and not re.match(r"\S*\d", b.text)  # not a minute's number before its title ('7 Planning Applications')
        and _title_like(b.text)
        and not isinstance(_date(b.text), tuple)
        and not v.NAMED_POST.match(b.text)  # who presents the item, under its title on a committee page
    ]
    if len(titles) < 3:
        return blocks
    return [dataclasses.replace(b, kind="heading", level=2) if k in titles else b for k, b in enumerate(blocks)]


def _run_on_titles(blocks: list[Block]) -> list[Block]:
    """A minute run on after its code and title, the title closed by a colon or a dash ('96/23 Street
    Lighting: Two lights ... RESOLVED that ...'): the code and title, then the minute's text; unless a
    heading over it titles the minute already ('PLANNING ENFORCEMENT UPDATE' / 'PLA47/23 Officer's
    Report: ...'), or the words after the dash are the title's too ('PLAN - PROGRESS REPORT')."""
    out: list[Block] = []
    for b in blocks:
        cut = _title_cut(b) if not any(x.kind == "heading" for x in out[-1:]) else None
        caps = None if cut else _capitals_cut(b)  # "FINANCE. The balance at the bank ...": a heading of its own
        cut = cut or caps
        out += (
            [
                dataclasses.replace(b, kind="heading" if caps else b.kind, text=b.text[: cut[0]]),
                dataclasses.replace(b, kind="paragraph", marker="", text=b.text[cut[1] :]),
            ]
            if cut
            else [b]
        )
    return out


def _capitals_cut(b: Block) -> tuple[int, int] | None:
    """A paragraph opening with its title in capitals closed by a full stop, the minute after it ('FINANCE. The
    balance at the bank ...', 'PLANNING. A letter had been received ...'), as a parish clerk types them; not a
    decision's word ('RESOLVED. That ...')."""
    title = r"((?:[A-Z][A-Z'’&,-]*\s+){0,5}[A-Z][A-Z'’&-]{3,})\.\s+(?=[A-Z][a-z]|A\s)"
    m = re.match(title, b.text) if b.kind == "paragraph" and not b.marker else None
    if m is None or _introducer(m[1]) is not None or len(b.text[m.end() :].split()) < 4:
        return None
    return m.end(1), m.end()


def _title_cut(b: Block) -> tuple[int, int] | None:
    """Where a coded minute's title ends and its text starts, if it runs on ('96/23 Street Lighting: Two ...',
    'Item 6 – Bus shelter: resolved to accept ...' in a list of decisions)."""
    if len(b.text) > MAX_BLOCK_CHARS:
        return None
    if (word := v.ITEM_WORD.match(b.text)) and (colon := re.search(r":\s+", b.text[word.end() :])):
        at = word.end() + colon.start()
        decided = _introducer(b.text[word.end() + colon.end() :])
        if _title_like(b.text[word.end() : at], relaxed=True) and decided and decided.kind in ("decisions", "noted"):
            return at, word.end() + colon.end()
    # "Item 4. Matters arising. (1) Grit bin ...": a short title closed by a full stop, the minute after it
    stop = re.match(r"([^.:;]{2,60}?)\.\s+(?=\S)", b.text[word.end() :]) if word else None
    if word and stop and _title_like(stop[1], relaxed=True) and len(b.text[word.end() + stop.end() :].split()) >= 3:
        return word.end() + len(stop[1]), word.end() + stop.end()
    if b.kind == "item" and b.level == 0 and re.fullmatch(r"\d{1,3}\.(?:0\.?)?", b.marker):  # "8." "Bus shelter – ..."
        return _item_cut(b.text) or _capitals_run_on(b.text)  # "6." "TOWN CENTRE PLANTERS Following the ..."
    dated = _starts_with_date(b.text)  # "12/11/2024 - Petition - request for ...": a decisions page's entry
    # (not a planning application's reference: "23/1420/FUL – Land at Cefn Bach: ..." under "5 Planning")
    m = v.MINUTE.match(b.text) if b.kind == "paragraph" and not b.marker and not dated else None
    m = None if m and v.REFERENCE_TITLE.match(b.text) else m
    if m and (_a_code(m["number"]) or re.fullmatch(r"\d{3,4}", m["number"])) and (caps := _capitals_run_on(m["title"])):
        return m.start("title") + caps[0], m.start("title") + caps[1]
    # at its colon, else its dash ("FOOTPATH 14 - VEGETATION: Members discussed ...")
    cut = (
        (re.search(r":\s+", m["title"]) or re.search(r"\s+[-–—]\s+", m["title"]))
        if m and _a_code(m["number"])
        else None
    )
    if m is None or cut is None:
        return None
    title, rest = m["title"][: cut.start()], m["title"][cut.end() :]
    said = len(rest.split()) >= 6 or rest.endswith(".")  # a sentence: "– previously circulated to members."
    if not _title_like(title, relaxed=True) or _introducer(title) or not said or _title_like(rest, True):
        return None  # "RESOLVED – That ...", "PLAN - PROGRESS REPORT"
    return m.start("title") + cut.start(), m.start("title") + cut.end()


def _capitals_run_on(title: str) -> tuple[int, int] | None:
    """A title in capitals run straight into its minute ('CAR PARKING CHARGES 2025/26 The Cabinet considered ...',
    'GRANT REQUEST – BOWLING CLUB A request was ...', 'TOWN CENTRE PLANTERS Following the presentation, ...'): where
    it ends and the minute starts."""
    caps = re.match(r"(?:(?:[A-Z0-9][A-Z0-9'’&/().,-]*|[-–—])\s+){2,14}(?=[A-Z][a-z]+\s|A\s+[a-z])", title)
    if caps is None or len(re.findall(r"\b[A-Z]{3,}\b", caps[0])) < 2 or len(title[caps.end() :].split()) < 6:
        return None
    return len(caps[0].rstrip()), caps.end()


def _item_cut(text: str) -> tuple[int, int] | None:
    """A numbered agenda item run on after its title and a dash or a colon ('Bus shelter cleaning – Two
    quotations had been received ... It was agreed that ...', 'Insurance: The quotation had been circulated.'):
    where the title ends and its minute starts; not a decision's point ('To approve X – subject to Y') nor a
    title in two parts ('Planning – applications received')."""
    cut = re.search(r"\s+[-–—]\s+|:\s+", text)
    if cut is None or _officer_in_two_parts(text, cut):
        return None
    at, after, colon = cut.start(), cut.end(), cut[0].startswith(":")
    # a title whose colon its agenda's wording or names follow, then the dash ("Village sign: to consider quotes
    # for refurbishment – Two quotes ...", "Progress report ... on the agenda: Clerk/Councillors – Clerk – ...")
    dash = re.search(r"\s+[-–—]\s+", text[after:]) if colon else None
    named = text[after : after + dash.start()] if dash else ""
    to_dash = (
        bool(named) and len(named.split()) <= 8 and bool(re.match(r"to\s+[a-z]+\b", named) or _title_like(named, True))
    )
    if dash and to_dash:
        at, after, colon = after + dash.start(), after + dash.end(), False
    # (an agenda's wording may run long: "To receive declarations of interest ... Dispensation:", "To consider the
    # tree survey report for the Station Road play area - It was RESOLVED ...")
    # or any agenda wording ("To approve accounts for payment") over the minute: its decision ("It was RESOLVED ...",
    # after its mover and seconder: "PROPOSED; SECONDED; RESOLVED that ..."), or what was reported ("The following
    # payments were presented:")
    minuted = (
        re.match(r"(?:it\s+was\s+)?(?:resolved|agreed)\b", text[after:], re.I)
        or v.PREAMBLE.match(text[after:])
        or re.match(r"[A-Z]\S*\s(?:\S+\s){0,5}?(?:was|were|had)\s", text[after:])
    )
    agenda = to_dash or bool(
        re.match(r"to\s+(?:receive|consider|note)\b", text, re.I) or (re.match(r"to\s", text, re.I) and minuted)
    )
    if len(text[:at].split()) > (30 if agenda else 8):
        return None
    if _decides(text[:at]) and not agenda:
        return None
    if v.LEAD_CLAUSE.search(text[:at]):
        return None  # "6. In discussion the following points were made: ...": a lead, not a title
    rest = text[after:]
    # after a colon, a sentence of its own, or a lead, or its first sub-item ("Planning: a. to be considered ...")
    colon = colon and (rest[:1].isupper() or bool(split_marker(rest)[0]))
    # (the agenda's wording over a lead: "To approve accounts for payment – The following were presented:")
    if len(rest.split()) < (3 if colon or agenda else 8) or not re.search(
        r"[.!?:](?:\s|$)" if colon or agenda else r"[.!?](?:\s|$)", rest
    ):
        return None
    if not (agenda or _title_like(text[:at], True)):
        return None
    return at, after


def _officer_in_two_parts(text: str, cut: re.Match[str]) -> bool:
    """An officer's title in two parts who is to act: "The Assistant Director – Inclusion to provide ...", "The
    Head of Service – Highways to share ..."."""
    title = text[: cut.start()]
    return bool(
        re.search(r"\b(?:director|manager|head|officer)\b", title, re.I)
        and len(title.split()) <= 6
        and v.OWNER_ACTION.match(text[cut.end() :])
    )


def parse_minutes(doc: Document, meeting: dt.date | None = None, undated: bool = False) -> Minutes:
    """Every recommendation in a document (and what else its decisions were, counted).

    `meeting` is the officer's date, which replaces any the document holds. Minutes with
    recommendations but no date are an error, unless `undated` (for --edit, which asks for it).
    """
    reader = _Reader(doc, meeting)
    blocks = _headings_rejoined(doc.blocks)
    body = _Body.of(blocks)
    for block in _run_on_titles(
        _titles_over_text(
            _titles_over_articles(_letter_labels(_numbers_over_text(_flatten(_contents(blocks, body), body))))
        )
    ):
        reader.take(block)
    reader.close()
    reader.settle_motion()
    if reader.awaiting is not None:
        reader.skip(reader.awaiting, "a meeting date line with no date after it")
    return reader.settle(undated)


# ------------------------------------------------------------------------------ --edit

EDIT_HELP = """\
# The recommendations scrutrack found in {name}, one block each (nothing is written yet).
# Each block starts with a line '== MEETING #N | ITEM': #N is its number in the meeting, which stays
# what it is whatever you delete (the item may be left empty); the lines under it, up to the next
# '==' line, are the recommendation's text.
#
#   to join two recommendations, delete the '==' line between them;
#   to split one, put a new '== MEETING | ITEM' line where the second should start;
#   to leave one out, delete its block; to change a date or an item, edit its '==' line;
#   to import a block scrutrack did not take (at the end, as comments), remove the '#'s before it.
#
# Lines starting with '#' are ignored. Save and close the editor to go on;
# delete every block to import nothing.
"""
UNDATED = dt.date.min  # a recommendation in minutes that give no date, until the officer writes one
NO_DATE = """\
#
# The minutes give no meeting date: write it in place of YYYY-MM-DD (or give --meeting).
"""
NOTHING_FOUND = """\
#
# scrutrack found no decisions in it: its paragraphs follow as comments, to take up.
"""


def _day(day: dt.date | None) -> str:
    return "YYYY-MM-DD" if day in (None, UNDATED) else day.isoformat()


def every_block(doc: Document) -> list[Skipped]:
    """The document's text, a block each, for --edit to offer when nothing was read as a decision."""
    out = []
    for b in doc.blocks:
        text = "\n".join(" | ".join(row) for row in b.cells()) if b.kind == "table" else _full(b)
        if b.kind != "furniture" and text.strip() and len(text) <= MAX_BLOCK_CHARS:
            out.append(Skipped(doc.where(b), "not read as a decision", text))
    return out


def edit_text(minutes: Minutes, name: str, unread: list[Skipped] | None = None) -> str:
    """The recommendations found, as the file `--edit` opens: one '== meeting #n | item' block each,
    then what was not taken (skipped blocks, decisions that only note; `unread`, the document's
    blocks when nothing was found) as comments to take up."""
    first = minutes.meetings[0] if minutes.meetings else None
    undated = first is None or any(r.meeting == UNDATED for r in minutes.recommendations)
    parts = [EDIT_HELP.format(name=name), NO_DATE * undated, NOTHING_FOUND * bool(unread)]
    for r in minutes.recommendations:
        parts.append(f"\n== {_day(r.meeting)} #{r.number} | {r.item or ''}\n# from {r.where}\n{r.text}")
    offered = [(s.where, s.why, s.meeting, s.item, s.text) for s in [*minutes.skipped, *(unread or [])]]
    offered += [(n.where, "it notes or receives", None, n.item, n.text) for n in minutes.noted]
    parts += [_offer(where, why, day or first, item, text) for where, why, day, item, text in offered]
    return "".join(parts)


def _offer(where: str, why: str, day: dt.date | None, item: str | None, text: str) -> str:
    """A block not taken, as comments that uncommented are a recommendation's block."""
    lines = [f"== {_day(day)} | {item or ''}", *text.rstrip("\n").split("\n")]
    return f"\n# not taken, {where}: {why}\n" + "".join(f"#{line}\n" for line in lines)


def read_edit(text: str, minutes: Minutes, name: str) -> Minutes:
    """The recommendations as the officer left them in the `--edit` file. A block keeps its number, so
    leaving one out renumbers nothing; a new block takes the meeting's next number after every one
    the reader gave. A block not read that the officer took up (or deleted) is no longer 'not read'."""
    blocks: list[tuple[int, dt.date, int | None, str | None, list[str]]] = []
    for n, line in enumerate((raw.rstrip() for raw in text.replace("\r\n", "\n").split("\n")), 1):
        if line.startswith("=="):
            head, _, title = line[2:].partition("|")
            m = re.fullmatch(r"\s*(.*?)\s*(?:#(\d{1,3}))?\s*", head)
            try:
                day, _ = parse_imported_date(m[1] if m else head, "meeting date")
            except InvalidInput as exc:
                raise InvalidInput(
                    f"the edited list, line {n}: {exc}; write the block's line as '== YYYY-MM-DD | item'; "
                    "nothing was imported"
                ) from None
            blocks.append((n, day, int(m[2]) if m and m[2] else None, title.strip() or None, []))
        elif blocks and not line.startswith("#"):
            blocks[-1][4].append(line)
        elif line.strip() and not line.startswith("#"):
            raise InvalidInput(
                f"the edited list, line {n}: text before the first '== MEETING | ITEM' line; nothing was imported"
            )
    numbered = {(day, k) for _, day, k, _, _ in blocks if k is not None}
    numbered |= {(r.meeting, r.number) for r in minutes.recommendations}  # one left out keeps its number
    original = {_fold(r.text): r for r in minutes.recommendations}
    out: list[Recommendation] = []
    for n, day, k, item, lines in blocks:
        body = normalize_text("\n".join(lines))
        if not body.strip():
            raise InvalidInput(f"the edited list, line {n}: this block has no text; delete it or write its text")
        if k is None or any((r.meeting, r.number) == (day, k) for r in out):
            k = max([x for d, x in numbered if d == day] + [r.number for r in out if r.meeting == day], default=0) + 1
        was = original.get(_fold(body))
        out.append(
            Recommendation(
                day, k, item, body, was.where if was else f"{name} (as edited)", "", was.owner if was else None
            )
        )
    first = minutes.meetings[0] if minutes.meetings else None
    kept = text.replace("\r\n", "\n")  # a block not read stays so while its comments are there as offered
    skipped = [s for s in minutes.skipped if _offer(s.where, s.why, s.meeting or first, s.item, s.text) in kept]
    days = list(dict.fromkeys(r.meeting for r in out))
    return dataclasses.replace(minutes, recommendations=out, skipped=skipped, meetings=days or minutes.meetings)
