"""The words minutes are read by, as data: what introduces a decision, what notes, what ends a list,
what is the meeting's own business, which dates are the meeting's. A new council's wording is a line
here (and a corpus document), not a branch in the reader. Patterns are matched in any case unless
they say otherwise; where a form was seen is noted beside it.
"""

from __future__ import annotations

import re

from scrutrack.documents import APPLICATION_REF, LINK_SIZE, PDF_LINK


def _words(text: str) -> str:
    """'a b|c d' as a regex alternation of phrases, spaces matching any run of spaces."""
    return "|".join(p.strip().replace(" ", r"\s+") for p in text.split("|"))


# Who decides: "The Panel", "Cabinet", "The Overview and Scrutiny Management Board", "Members"; and a body by
# its initials after "the", the last one a body's word (Authority, Board, Committee or Council, Group, Panel or
# Partnership): "the CC" (a community council), "the IJB", "the HSCP", "the OSC", "the CA". Not the NHS bodies
# health scrutiny questions, whose initials end so too: "the ICB agreed that ..." is their undertaking.
_SCRUTINISED = "ICB|CCG"
BODIES = (
    _words(
        "committee|sub-committee|subcommittee|panel|board|cabinet|council|group|members|commission|forum|executive"
        "|partnership|assembly|authority|meeting|mayor|leader|member|councillors|councillor|portfolio holder|task group|review body"
        "|commissioner|cllrs|common good fund"  # a Scottish town's Common Good Fund, a committee by that name
    )
    + rf"|(?<=the\s)(?!(?-i:{_SCRUTINISED})\b)(?-i:[A-Z]{{1,4}}[ABCGP])(?![\w-])"
)
# Words that head a decision or a list of them: RESOLVED, AGREED (committees that never say RESOLVED),
# DECIDED (Scottish minutes), ORDERED (old-style minutes), "Decision(s):" (decision notices; a form's
# "Decision taken", "Details of decision"),
# "Actions agreed:", "Action points arising:", "Recommendation(s):"; conclusions are counted, noting is counted.
DECISION = _words(
    "resolved|resolves|resolve|resolutions?|agreed actions?|agreed|agrees"  # "Agreed action:" before "Agreed"
    "|(?<=\\bI\\s)agree(?=\\s+to\\b)"  # a decider in the first person: "I agree to:" over what they agreed
    "|recommended|recommends|recommendations?|recommendation\\(s\\)"
    "|ordered|decided|decides|decision\\s+record(?:\\s+[\\w/.-]*\\d[\\w/.-]*)?"
    "|decision\\s+(?-i:[A-Z]{2,8})/\\d{2,4}/\\d{1,4}"  # a committee's own decision number: "Decision FRFCC/25/16"
    "|(?:decisions? (?:made|taken|details)"
    "|(?:details|summary) of (?:the )?decisions?|(?:full )?(?:text|details?)(?: and details?)? of (?:the )?direction)"
    "(?=\\s*[:\\-–—]|\\s*$)|decisions?|decision\\(s\\)"
    "|determined|approved|endorsed|actions? agreed|passed(?= that\\b)"  # "It was passed that ..." (a community council)
    "|action points?(?: arising)?|actions? arising|actions?|outcomes?|conclusions?|noted|notes|received"
)
CONCLUSIONS = re.compile(r"conclusions?$", re.I)
# A noun that heads a list ("Decision:", "Recommendations") but not after a name ("RECORD OF EXECUTIVE DECISION").
NOUN = re.compile(
    r"(?:decisions?|decision\(s\)|recommendations?|recommendation\(s\)|resolutions?|conclusions?|actions?|outcomes?)$",
    re.I,
)
# Whose decisions a noun heading names: "Decision of Executive Councillor for Housing", "Decisions taken by
# the Leader", "Recommendations of the Children's Services Task Group" (not an officer's or a report's).
DECIDER = re.compile(
    r"(?:of|by|from|(?:taken|made|agreed)\s+by)\s+(?:the\s+)?(?!(?:report|officers?|director)\b)(?-i:[A-Z])[\w&'’.-]*"
    r"(?:\s+(?:(?-i:[A-Z])[\w&'’.-]*|of|for|and|&|the|on)){0,9}\s*[:\-–—]?",
    re.I,
)
# A lead that names only the body: "The Committee:-", "Thereafter, the Committee:" over what it did.
# A decider's portfolio after its title: "The Cabinet Member for Highways and Transport has decided to:", "The
# Cabinet Member for Customer Services:" over what it did (a member's or holder's only, not "Council of ...").
PORTFOLIO = r"(?:\s+(?:for|of)\s+(?-i:[A-Z])[\w&'’-]*(?:\s+(?:(?-i:[A-Z])[\w&'’-]*|and|&)){0,5})?"
BODY_THEN = r"(?:\s+(?:has|have)(?:\s+then)?|\s+then)"  # what a decision record prints after the body: "has then"
BODY_LEAD = re.compile(
    rf"^(?:[\w\s]{{1,40}},\s*)?((?:the\s+)?(?:[\w&'’-]+\s+){{0,6}}?(?:{BODIES})(?:(?<=member|holder){PORTFOLIO})?{BODY_THEN}?)"
    r"\s*(?::\W*|\s[-–—])$",  # "The Cabinet Member for Customer Services:" too, and "The Cabinet has then:-"
    re.I,
)
# The body's name as a label over what it did, run on: "Cabinet: agreed to X; approved Y; and noted Z".
_BODY_VERBS = (
    r"(?:requested|asked|agreed|resolved|recommended|instructed|invited|noted|welcomed|decided|endorsed|approved)\s"
)
# A decider's own words in the first person over what they decided ("I approve:", "I hereby authorise:", "We
# endorse:", a Police and Crime Commissioner's or a Mayor's record of decision): the stem its points finish,
# kept, as its verb is not one that only introduces (rule 3: "I have decided to:" introduces, "I approve:" does not);
# and a decision whole in those words ("I approve the purchase of ...").
FIRST_PERSON = re.compile(
    r"^(?-i:I|We)\s+(?:(?:hereby|therefore|also|have|now)\s+){0,2}(?:approve|authori[sz]e|endorse|accept|adopt|confirm"
    r"|allocate|award|grant|delegate|instruct|request|ask|support|commission|direct)(?:e?d|s)?\b",
    re.I,
)
# A sentence of the body's own act, whole: "The Audit Committee approved the Internal Audit Plan 2024/25."
BODY_ACTED = re.compile(
    rf"^(?:the\s+)?(?:[\w&'’-]+\s+){{0,12}}?(?:{BODIES})\s+(?:granted\s+(?:authority|permission|consent|approval)\b|"
    r"(?:approved|adopted|endorsed|authorised|authorized)\s+(?:the|a|an|its)\s"
    r"(?!(?:[\w'’-]+\s+){0,2}(?:recommendations?|report|proposals?|minutes|motion)\b))",  # not others' proposals, adopted
    re.I,
)
# What the body backed, in its own sentence under a decision's label: "The Committee supported the submission of ...".
BODY_SUPPORTED = re.compile(rf"^the\s+(?:{BODIES})\s+(?:supported|endorsed)\s", re.I)
# A decision record's "X has given approval to ...": whoever decided (an officer, a cabinet member, a committee),
# the decision.
GAVE_APPROVAL = re.compile(
    r"^(?:the\s+)?[^.;:]{1,120}?\s+(?:has|have)\s+given\s+(?:approval|consent|agreement)\s+to\s", re.I
)
# The body asking in its own sentence ("The Panel requested that the survey ask ...", "The Committee asked the
# Clerk to invite ..."): a request, as printed; not a member asking a question ("Members asked whether ...").
BODY_ASKED = re.compile(
    rf"^(?:the\s+)?(?:[\w&'’-]+\s+){{0,8}}?(?:{BODIES})(?<!member)(?<!members)(?<!councillor)(?<!leader)(?<!mayor)"
    r"(?<!commissioner)\s+(?:also\s+|further\s+)?(?:requested|asked|invited|instructed|urged)\s+(?:that\s"
    r"|(?!(?:whether|about|how|why|what|when|if|for|questions?|a\s+question)\b)(?:[\w,'’-]+\s+){1,8}?to\s+"
    r"(?!(?:the|an?|its|their|this|these|those|all|each|be)\b)[a-z]+\b)",
    re.I,
)
BODY_LABEL = re.compile(rf"^((?:the\s+)?(?:[\w&'’-]+\s+){{0,4}}?(?:{BODIES}))\s*:\s*(?=(?-i:{_BODY_VERBS}))", re.I)
NOTED_WORD = re.compile(r"noted|notes|received$", re.I)
# How it was carried, between the word and the decision: "RESOLVED UNANIMOUSLY", "RESOLVED (nem. con.) -",
# "RESOLVED, by 6 votes to 2, that", "RESOLVED (on a motion from Cllr Hanna, seconded by ...) to endorse",
# "RESOLVED by 34 votes to 12 with 2 abstentions that", "AGREED on a show of hands to", "resolved by a show of
# hands (11 for, 2 against) that" (the count in brackets), "by nine votes to two", "with 9 votes in favour and 2
# against", two of them ("resolved unanimously by a show of hands that").
# "The committee agreed, whichever model is chosen, that:": a clause between commas before "that".
_NUMBER = r"(?:nil|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"  # "by nine votes to two"
_COUNTED = r"(?:[^,:()]|\([^()]{0,60}\))"  # a character of a vote's words, or a count in brackets: "(7 for, 1 against)"
CARRIED = (
    r"\s+(?:unanimously|further|also|nem\.?\s*con\.?|by\s+all(?:\s+(?:those\s+)?present)?"
    r"|by\s+the\s+(?:meeting|members|council|committee|board|panel))\b|\s*\((?![a-z0-9]{1,4}\))[^()]{2,160}\)"
    rf"|,\s*(?:unanimously|nem\.?\s*con\.?|(?:by|with|on)\s{_COUNTED}{{1,60}}),?|,[^,:]{{1,80}},?(?=\s*that\b)"
    r"|\s+(?:by\s+(?:\d+|[a-z]+)\s+votes?|(?:by|with)\s+(?:a\s+)?majority|by\s+a\s+show|with\s+\d+\s+(?:votes?|in\s+favou?r)"
    rf"|on\s+a\s+(?:show|vote|division|recorded)|(?:following|after)\s+(?:a|the)\s+vote){_COUNTED}{{0,60}}?(?:(?=\s+(?:that\b|to\s+(?!\d|{_NUMBER}\b)))|(?<!\bto)(?<!\bthat)(?=\s*[:\-–—]?\s*$))"
)  # (or at the lead's end: "It was RESOLVED by 7 votes to 2" over its points)
# "to" before what is to be done ("agreed to receive a report"), not before what is agreed to ("agreed to the petition
# request").
TO_DO = r"to\b(?!\s+(?:the|a|an|its|their|this|these|those)\s)"
INTRODUCER = re.compile(
    rf"^(?P<who>it\s+was\s+|we\s+(?=resolved|agreed|decided)|(?:as\s+[^,]{{1,80}},\s+)?I(?:,\s+[^,]{{1,80}},)?\s+(?=have\s+(?:decided|agreed)|decided|agreed?\s)(?:have\s+)?|(?!that\s)(?:(?:the|this)\s+)?(?:(?!that\s)[\w&'’,-]+\s+){{0,12}}?(?:{BODIES}){PORTFOLIO}(?:\s+\([^()]{{1,40}}\))?\s+(?:have\s+|has\s+|then\s+)?)?"
    rf"(?:(?:unanimously|further|also|additionally|accordingly|therefore|thereupon|thereafter|then|duly|finally)\s+){{0,2}}(?P<word>{DECISION})(?P<how>(?:{CARRIED}){{1,2}})?"
    # (not a verb that is also a body's name: "RESOLVED to commission a survey")
    rf"(?P<qual>\s+(?:to|for|of)\s+(?!(?-i:[a-z]+)\s+(?:a|an|the|its|their|this|these|further|new)\s)(?:the\s+)?(?:(?-i:[A-Z])[\w&'’-]*\s+|and\s+|&\s+|constituent\s+|partner\s+|member\s+){{0,4}}(?:{BODIES})s?\b{PORTFOLIO}"
    r"|\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w&'’-]*(?:\s+(?!to\b)(?-i:[A-Z])[\w&'’-]*){0,4}(?=\s*(?:[:\-–—]\s*)?that\b))?"  # "to NHS England that"
    r"(?:\s+as\s+follows)?"  # "RESOLVED as follows:"; closed by ':', '-', '/', ';' or by ',' or '.' before 'that'
    # (or by its first point's number: "RESOLVED 1. That the Action Plan be ENDORSED.")
    r"(?:(?:\s*(?:[:;/\-–—]\s*)+|,\s+(?=(?:that|to)\b)|\.\s+(?=that\b)|\s+(?=\(?\d{1,2}[.)]\s+(?:that|to)\b))(?P<rest>.*)"
    # (not what is agreed to: "Cabinet agrees to the conversion of ..." is its verb and object, a sentence whole)
    rf"|\s+(?:to\s+the\s+effect\s+)?(?P<that>that\b.*)|\s+(?P<to>(?:not\s+)?{TO_DO}.*)|\s*|\s+(?P<obj>.+))$",
    re.IGNORECASE | re.DOTALL,
)
# A label or a title printed in two languages, its halves split by '/' (Welsh councils: "PENDERFYNWYD / RESOLVED:",
# "Cofnodion / Minutes"): read by either half.
BILINGUAL = re.compile(
    # (a hyphen inside a word is no separator: "the public/press be re-admitted")
    r"^(?P<a>[^\W\d_][^/:;.,\d]{0,40}?)\s*/\s*(?P<b>[^\W\d_][^/:;.,\d]{0,40}?)(?P<rest>\s*[:–—].*|\s*-(?!\w).*|)$",
    re.S,
)
# A relative 'that' after the word, not an introducer's: "Decisions that are not called in may be implemented ...".
RELATIVE = re.compile(
    r"that\s+(?:are|is|was|were|have|has|had|will|would|may|might|can|could|should|must|do|does|did)\b", re.I
)
# Welsh words no English sentence uses: a bilingual council's Welsh paragraph beside its English one;
# and the nouns of its Welsh title lines ('CYNGOR CYMUNED ...', 'GWASANAETH TÂN AC ACHUB ...'), which
# are the document's title, never an item.
WELSH = frozenset(
    "y yr yn bod gan wedi mae gyda ddim hyn hynny ein eich nhw ond neu oedd fydd sydd dros rhwng gyfer "
    "ac cyngor cymuned tref sir dinas bwrdeistref pwyllgor cyfarfod cofnodion awdurdod gwasanaeth tân achub "
    "parc cenedlaethol heddlu craffu".split()
)
# A column's heading naming the language it is printed in (minutes set out in two languages side by side:
# 'Cymraeg | English'), and those naming English, the column an English register is kept from.
LANGUAGE_NAME = re.compile(
    r"\s*(?:english|saesneg|b[eé]arla|beurla|cymraeg|welsh|gaeilge|irish|g[aà]idhlig|gaelic|scots)\s*", re.I
)
ENGLISH_NAME = re.compile(r"\s*(?:english|saesneg|b[eé]arla|beurla)\s*", re.I)
# A decision after a clause that says how it came: "On the motion of Councillor Bhatt, seconded by
# Councillor Doyle, it was RESOLVED that ..."; "The Committee discussed the evidence and agreed to ...".
# Who moved it, between the decision's word and what was decided: "AGREED, on the proposal of Councillor Orr,
# seconded by Alderman Keery, that ...".
MOVED_ASIDE = re.compile(
    r"(?:,?\s*on\s+the\s+(?:proposal|motion)\s+of|,\s*(?:proposed|moved)\s+by)\s+[^,;:]{1,80}?,\s*(?:and\s+)?"
    r"(?:seconded\s+by\s+[^,;:]{1,80}?[,:]\s*)?(?=that\b|to\b)"  # (", seconded by Councillor Hanna: to write")
    # or where it came from: "It was RESOLVED upon a recommendation from FOG to:-"
    r"|\s+(?:up)?on\s+(?:a|the)\s+recommendations?\s+(?:from|of)\s+[^,;:]{1,60}?\s*,?\s*(?=to\b|that\b)"
    # or before the body's word: "On the proposition of Cllr. A, and seconded by Cllr. B, the Council resolved to"
    r"|^(?:on\s+the\s+(?:proposal|proposition|motion)\s+of|(?:proposed|moved)\s+by)\s+[^;:]{1,80}?,\s*(?:and\s+)?"
    r"seconded\s+by\s+[^;:]{1,80}?,\s*(?!and\s)(?=(?:it\s+was\s+)?(?:[\w&'’-]+\s+){0,4}?(?:resolved|agreed|decided)\b)"
    # or in one clause with the decision's word, after a run-in title or not: "Payments: It was proposed by Cllr. A,
    # seconded by Cllr. B and AGREED ... to"
    r"|^(?:[^:;.]{1,80}:\s+)?it\s+was\s+(?:proposed|moved)\s+by\s+[^;:]{1,80}?,\s*(?:and\s+)?seconded\s+by\s+[^;:]{1,80}?\s+and\s+"
    r"(?=(?:unanimously\s+)?(?:resolved|agreed|decided)\b)",
    re.I,
)
# A decision adopting the recommendation printed above it (an officer's, in a Northern Ireland council's minutes):
# "AGREED TO RECOMMEND ... that the recommendation be adopted".
ADOPTS_RECOMMENDATION = re.compile(
    r"\bthat\s+the\s+(?:officer['’]s\s+)?recommendations?\s+(?:\w+\s+){0,4}?be\s+(?:adopted|approved|agreed|accepted)\b",
    re.I,
)
DECIDING = r"(?:(?:unanimously|then|also|additionally|further|therefore|thereupon|accordingly|duly)\s+){0,2}(?:resolved|agreed|decided|recommended)\b"
_WHO = rf"(?:it\s+was\s+|(?:the\s+)?(?:[\w&'’-]+\s+){{0,5}}?(?:{BODIES}){PORTFOLIO}\s+)"  # "the Joint Committee for Strategic Planning"
# A later sentence of a paragraph that decides again: "It was additionally resolved that ...".
# A decision that says it is another after a motion carried: "It was also agreed that ...", "RESOLVED further to ...".
DECIDES_ALSO = re.compile(rf"{_WHO}?(?:also|further|additionally)\s+{DECIDING}|{DECIDING}\s+(?:also|further)\b", re.I)
DECIDES_AGAIN = re.compile(rf"{_WHO}(?:\w+\s+)?{DECIDING}\s+(?:that|to)\b", re.I)
_CLAUSE = r"(?:[^.;:]|(?<=\d)[.:](?=\d))"  # a clause's character: no sentence's end, but "£2.6m", "10:30"
PREAMBLE = re.compile(
    rf"^{_CLAUSE}{{3,240}}?(?:(?:[,;]|\s[-–—])\s*|,?\s+and\s+|\s+(?=it\s+was\s))(?={_WHO}{DECIDING}(?!(?:{CARRIED})?[.\s]*$))"
    # "..., it was RESOLVED"; not a vote's words closing what was moved ("..., Cllr B seconded the proposal and it
    # was unanimously agreed.", "..., it was agreed by majority.")
    rf"|^(?P<who>{_WHO})(?!{DECIDING})[^.;:]{{1,160}}?\s+and\s+(?={DECIDING})"  # "The Panel discussed X and agreed"
    # "Moved by ..., seconded by ... (and) Resolved –", "... seconded by Cllr B, and on a vote RESOLVED that"
    # a sub-item's title before its decision: "a) Payments: RESOLVED: to approve ...", "a) Payments – RESOLVED to ..."
    # (or "Approval of January payments: It was AGREED (proposed X, seconded Y) to ...")
    rf"|^(?-i:[A-Z])[^.;:]{{1,60}}?(?::|\s[-–—])\s+(?=(?:it\s+was\s+)?{DECIDING}(?:{CARRIED})?\s*(?:[:\-–—]|that\b|to\b))"
    # "Proposed Cllr A, seconded Cllr B; RESOLVED unanimously to ..."
    rf"|^{_CLAUSE}{{3,240}}?(?:\s+and|[,;])\s+(?:on\s+[^.;:,]{{1,30}}?,?\s+)?(?={DECIDING}(?:\s+unanimously)?\s*(?:[:\-–—]|that\b|to\b))"
    # "PROPOSED; SECONDED; RESOLVED to ...", "Proposed AB; seconded CD; RESOLVED that ...": each in a clause of its own
    # (after the agenda's wording and a dash: "a) To approve payments - PROPOSED; SECONDED; RESOLVED to ...")
    rf"|^(?:[^.;:]{{1,80}}?\s[-–—]\s+)?(?:(?:proposed|seconded|moved)\b[^.;:]{{0,40}}?;\s*){{1,3}}(?={DECIDING})",
    re.I,
)
# Someone at the meeting other than the body, agreeing in the minutes' narrative: "The applicant was in attendance
# and agreed to provide a revised budget", "The Cabinet Member agreed to look into this": an undertaking, not a
# decision of the body (a decision record's "The Cabinet Member agreed:" over its points still heads them).
_CLERK_RANK = r"(?:(?:town|parish|deputy|assistant)\s+(?=clerk))?"  # "The Town Clerk was asked to ..."
SOMEONE = re.compile(
    rf"^(?:the\s+)?{_CLERK_RANK}"
    r"(?:applicants?|agents?|objectors?|petitioners?|speakers?|witness(?:es)?|(?:vice[\s-])?chair(?:man|person)?"
    r"|(?:cabinet|executive|lead)\s+member|portfolio\s+holder|leader|mayor|commissioner|chief\s+\w+|director|officers?"
    r"|inspector|sergeant|superintendent|representatives?|clerk|head\s+of|manager|(?:council+or|cllr|mr|mrs|ms|dr)\.?\s)\b",
    re.I,
)
# Someone the body asked to act, in the passive: "The Clerk was asked to report the potholes ...", "Officers were
# requested to circulate the figures."; not a question put at the meeting ("Officers were asked to clarify ...").
ASKED_TO = re.compile(
    r"^(?:the\s+)?(?:[\w'’&.-]+\s+){0,5}?(?:was|were)\s+(?:asked|requested|instructed|tasked|directed)\s+to\s+(?!(?:consider|comment|note|clarify|explain|confirm|respond|answer|introduce|present|leave|withdraw|speak|address)\b)",
    re.I,
)
# A word that cannot be the verb after "to": it starts a sentence of its own, not an infinitive finishing "agreed
# to:"; after a post's name it is part of the post ("The Clerk to the Council explained ...").
NOT_A_VERB = re.compile(
    rf"(?:the|a|an|that|this|these|those|it|its|their|our|all|each|any|officers?|cllrs?|there|{BODIES})\b", re.I
)
# An earlier action reported on with its state after a dash: "SH to update on the new website – in progress",
# "Clerk to write to the County Council – Done".
ACTION_REPORTED = re.compile(
    r"[^.]*[-–—:]\s*(?:done|complete\w*|in\s+progress|ongoing|outstanding|closed|carried\s+forward|not\s+yet)\b", re.I
)
# Someone to act, named by initials or role at a sentence's start: "EJ to contact the contractor ...", "Clerk to
# write to the Highways team.", as community councils' minutes set their actions down.
_OFFICER = (
    rf"(?:the\s+)?{_CLERK_RANK}(?:clerk(?:\s+to\s+the\s+(?:council|board|authority))?"
    r"|chair(?:man)?|treasurer|secretary"
    # a councillor by name (not "Cllrs RESOLVED to ..."): "Cllr Harland to speak to the landowner"
    r"|(?:cllrs?\.?|councillors?)(?:\s+(?-i:[A-Z][\w'’-]*[a-z][\w'’-]*)){1,2}"
    r"|officers?|proper\s+officer|rfo)"
)
OWNER_TO_ACT = re.compile(
    r"^(?:(?-i:[A-Z]{2,4})(?:\s*(?:&|and|/)\s*(?-i:[A-Z]{2,4}))*"
    # one officer or two: "The Town Clerk and the Chair to draw up criteria ..."
    rf"|{_OFFICER}(?:\s+(?:and|&)\s+{_OFFICER})?)\s+to\s+(?!be\b|note\b|receive\b|sign\b|{NOT_A_VERB.pattern})(?-i:[a-z])+\b"
    # not an earlier action reported on: "SH to update on the new website – in progress", "... – Done"
    rf"(?!{ACTION_REPORTED.pattern})",
    re.I,
)
# The body itself deciding inside someone's sentence: "Cllr B commented that ..., and the Board agreed that ...".
BODY_DECIDES = re.compile(rf",?\s+and\s+(?:the\s+)?(?:{BODIES})\s+{DECIDING}", re.I)
# The words of someone's undertaking after SOMEONE: "... agreed to look into this" (not "agreed:" over points).
UNDERTAKES = re.compile(r"[^.;:]*?\s(?-i:agreed)\s+(?:to|that)\b[^:]*$", re.I)
# A list's number printed without its full stop, before a point in lower case: "1 the Board notes ...".
BARE_NUMBER = re.compile(r"(\d{1,2})\s+(?=[a-z(])")
# A lead that is a whole decision in the passive, over a table or list it applies to rather than points
# that finish it: "that the payments listed below be authorised:", "That the following grants be approved:",
# "to approve the following payments:".
WHOLE_LEAD = re.compile(
    r"^that\s.*\bbe\s+(?:\w+ly\s+)?\w+(?:ed|en|de|id|wn)(?:\s+(?:for|as|by|in|to)\s+\w+){0,2}$"
    # or an infinitive over its table: "to approve the following payments:", "To approve the payments listed below:"
    r"|^to\s+\w+\s+(?:the\s+following\s+[\w\s]{1,40}|(?:the\s+)?[\w\s]{1,40}?\s+(?:listed|set\s+out|shown|detailed)\s+below"
    r"|(?:the\s+)?(?:payments|accounts|invoices)\s+as\s+(?:listed|set\s+out|shown))$",  # "to approve payments as listed:"
    re.I,
)
# A sentence after a decision that gives someone an action of their own: "ES to inform the applicant.",
# "The Clerk to write to the owners.", "Officers to report back in March." (not "Matter to be listed").
OWNER_ACTION = re.compile(
    r"^(?!(?:subject|further|in\s+addition|prior|due|according|with\s+regard)\s+to\b)"  # "Subject to X, to receive ..."
    r"(?:the\s+)?(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?-i:[A-Z])[\w'’&.()-]*|of|and|&|for|the|to(?=\s+the\s+(?-i:[A-Z])))){0,6}"
    r"\s+to\s+"
    rf"(?!be\b|note\b|receive\b|welcome\b|{NOT_A_VERB.pattern})(?-i:[a-z])+\b",  # "The Clerk to the Council explained"
    re.I,
)
# A lead sentence that decides ("Having considered the evidence, the Group makes the following
# recommendations to Cabinet:-", "The Committee asked that:") or only introduces narrative
# ("Members raised the following points:").
DECIDES = (
    re.compile(  # not a word describing a thing: "The agreed purpose of the review was:", "the recommended option"
        r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)"
        r"\b(?:resolv\w*|agree\w*|recommend\w*|decid\w*|ordered|(?:request|ask)(?:s|ed)?(?=\s*(?:that\b|:)))",
        re.I,
    )
)
# An integration joint board's direction over its points: "The Board directs NHS Larchmoor to:" (no introducing
# verb: the sentence is the points' stem).
DIRECTS = re.compile(r"\bdirect(?:s|ed)(?=\s[^:]{1,120}\bto\s*:)", re.I)
# A body saying what it will do, under a decision label: "DECISION: The Council will buy ...".
BODY_WILL = re.compile(rf"(?:the\s+)?(?:{BODIES})\s+will\s", re.I)
# A sentence about the list below it, not a point of it: "The Group's recommendations are set out below, grouped by
# theme.", "The following decisions were taken.", "Our recommendations follow."
POINTS_BELOW = re.compile(
    r"^(?=[^.]{0,300}\b(?:recommendations|decisions|conclusions|actions|resolutions)\b)(?=[^.]{0,300}\b(?:below|as\s+follows"
    r"|the\s+following|follows?|set\s+out|listed)\b)[^.]{0,300}[.:]?$"
    # or says how they are laid out: "Our recommendations are addressed to the body that can act on each."
    r"|^(?:the|our|these|its|their|[\w’']+[’']s)\s+(?:[\w-]+\s+){0,2}recommendations\s+(?:are|have\s+been)\s+"
    r"(?:grouped|addressed|arranged|ordered|numbered|organised|organized|divided|made\s+to)\b[^.]{0,200}[.:]?$"
    # or what the page itself is: "This is a summary of the decisions taken and is not the formal minute."
    r"|^this\s+is\s+(?:a|the|an)\s+(?:\w+\s+)?(?:summary|record|note|list)\s+of\b[^.]{0,200}[.:]?$",
    re.I,
)
LEAD_END = (":", ":-", ": -", ":–", ":—", " -", " –", " —")
# A status cell saying an action was only just set: a table of this meeting's actions, not of earlier ones.
NEW_STATUS = re.compile(r"(?:new|not\s+(?:yet\s+)?started|to\s+do)?", re.I)
# Words of a sentence leading what follows its colon, never of an item's title: "In discussion the following
# points were made:", "Members had asked:".
# A report's or a speaker's words, reported over the points that follow: "There was submitted a report ...,
# advising" / "(1) that £11,200 remained available ...", "... gave an update, reporting that:".
REPORTING_LEAD = re.compile(
    r"\b(?:advising|reporting|stating|indicating|intimating|explaining|outlining|highlighting|informing\s+(?:the\s+)?\w+)"
    r"(?:\s+(?:members|the\s+\w+))?(?:\s+that)?\s*[:,\-–—]*\s*$",
    re.I,
)
LEAD_CLAUSE = re.compile(r"\b(?:the\s+following|were|was|had|has\s+been|have\s+been)\b", re.I)
# An officer's proposal in a report, not the committee's decision: "Cabinet is recommended to:",
# "Council is RECOMMENDED to: -", "The Committee is asked to:", "It is recommended that".
# A lead over another body's decision quoted in full: "The decision called in was:", "The Cabinet's decision under
# review read as follows:", "the resolution of the Executive was:".
QUOTED_DECISION = re.compile(
    r"\b(?:decision|resolution)s?\s+(?:(?:that\s+(?:was|is)\s+|being\s+)?called[\s-]in|under\s+(?:review|call[\s-]in)"
    r"|(?:taken|made)\s+by\s+(?:the\s+)?[\w\s'’]{1,40}?|of\s+(?:the\s+)?(?:cabinet|executive|council)\b[^:]{0,60}?)"
    r"\s*(?:was|were|is|are|reads?|read)?(?:\s+as\s+follows)?\s*:\s*$",
    re.I,
)
PROPOSAL = re.compile(
    r"^(?!it\s+was\s+recommended\b|that\s)(?:[\w&'’,-]+\s+){0,8}?(?:(?:is|are)\s+(?:recommended|asked|requested|invited|advised|minded)|(?:was|were)\s+recommended)"
    r"\s+(?:to|that)\b"
    r"|^(?:the\s+)?(?:report|officers?|(?:[\w&'’-]+\s+){0,4}?(?:director|officer|manager|chief\s+executive|clerk|treasurer"
    r"|solicitor|engineer|auditor|head)(?:\s+(?:of|for)\s+[\w&,\s]{1,50}?)?)\s+recommend(?:s|ed)?\b"
    # a task group's recommendations, reported in the minutes of the body they went to: "The Task Group recommended
    # that:" (its own report says "recommends")
    r"|^(?:the\s+)?(?:[\w&'’-]+\s+){0,4}?(?:task(?:\s+and\s+finish)?|working|review)\s+group\s+recommended\b"
    r"|^(?:the\s+)?(?:officer'?s?\s+|report'?s\s+)?recommendations?\s+(?:(?:of|in|from|contained\s+in)\s+the\s+report|were)\b"
    # a heading or label naming the proposal: "Officer recommendation", "Report recommendations:"
    r"|^(?:the\s+)?(?:officers?|reports?|original|substantive)['’]?s?\s+recommendations?\s*[:\-–—]?\s*$",
    re.I,
)
# "Recommendation 3: That ...", "Recommendation 3" over its text, "R1. That ...", "Rec 4 - ...",
# "RECOMMENDATION I - Title" (a title: the item's), "Action 2 –", "Recommendation (b):", "Recommendation C:",
# a parish's numbered "Resolution 24/031" (or "Resolution 2025/08:") over its decision.
LABELLED = re.compile(
    r"^(?:(?:recommendation|resolution|rec\.?|action)\s+(?:no\.?\s*)?|(?-i:R)\s?(?=\d))((?<=n\s)(?-i:[A-Z]{1,4})\d{1,3}(?:/\d{1,4})?|\d{1,3}(?:/\d{1,4})?|\d{4}/\d{1,4}|(?<=n\s)(?-i:[IVX]{1,5})(?=\s*[:\-–—])"
    r"|\([a-z0-9]{1,3}\)|(?-i:[A-Z])(?=\s*(?:[:\-–—]|$)))[a-z]?(?:\s*[:)\-–—]|\.(?!\d)|\t|\s+(?=that\b)|\s*$)\s*(.*)$",
    re.I | re.S,
)
# A line naming whom the recommendations below it are for ("To the Chief Constable", "For Cabinet"): a
# sub-heading among them, never an infinitive ("To approve ..."): its words after 'the' are names.
RECIPIENT = re.compile(
    r"(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?-i:[A-Z])[\w'’&-]*|and|of|for|&))*\s*[:\-–—]?", re.I
)
# A sub-heading among recommendations: "Short-Term Recommendations (within six months)", or one naming where
# those under it go ("RECOMMENDATION TO COUNCIL ON 26 MARCH 2026").
SUBHEADING = re.compile(
    r"^(?:[\w’'&,/-]+\s+){0,6}(?:recommendations|recommendation(?=\s+to\s))(?:\s+[\w’'&-]+){0,4}"
    r"(?:\s+on\s+\w+(?:\s+\w+)?\s+(?:19|20)\d\d)?(?:\s*\([^)]{0,80}\))?\s*:?$",
    re.I,
)
# What a clerk writes where a list has nothing: "Recommendations: None", "There were no recommendations."
NONE = re.compile(
    r"^(?:none|nil|n/?a|no\b.*\b(?:recommendations?|actions?)\b.*|there\s+were\s+no\b.*"
    r"|.*\b(?:did\s+not|no|not\s+to)\s+make\s+any\s+(?:formal\s+)?recommendations?\b.*)[.)]*$",
    re.I,
)
# Where a list of decisions ends: the narrative that follows a decision in real minutes and decision notices.
# The body's decision set out as such: "RESOLVED", "AGREED that", "Decision:".
DECISION_WORD = re.compile(
    r"^(?:it\s+was\s+)?(?-i:RESOLVED|AGREED|DECIDED|DECISION)|^(?:decisions?|resolved|resolution|agreed)\s*[:\-–—]",
    re.I,
)
# A label over why the body decided (or what else it might have), not what: the text under it is no decision
# until the next label ("Reasons for decision" / "Cabinet agreed to extend the programme following ...").
_REASONS = (
    r"^\(?\s*(?:reasons?\s+for\b|(?:reasons?|rationale|justification)\s*(?::|$)|alternative\s+options?\b"
    r"|(?:other\s+)?options\s+considered)"
)
REASONS_LABEL = re.compile(_REASONS, re.I)
END = re.compile(
    rf"{_REASONS}|^\(?\s*(?:supporting\s+documents?|minutes\s*:"
    r"|(?:proposed|moved|seconded|proposer|seconder)(?:\s+by\b|\s*:)"
    r"|background\s+(?:papers?|documents?)"
    r"|(?:any\s+)?(?:conflicts?\s+of\s+)?interests?\s+(?:and\s+\w+\s+)?declared|dispensations?\b"
    r"|publication\s+date|date\s+of\s+publication|effective\s+from|call[\s-]?in\b|accompanying\s+documents?"
    r"|report\s+author|contact\s+officer|wards?\s+affected|decision\s+(?:maker|status|type)|is\s+(?:a\s+)?key\s+decision"
    r"|is\s+subject\s+to\s+call"
    r"|(?:votes?|voting|for|against|abstentions?|abstained)\s*[:\-–]?\s*(?:for\s*)?\d|(?:the\s+)?(?:motion|recommendation)s?\s+(?:was|were)\s+"
    r"(?:carried|lost|put)|(?:the\s+)?meeting\s+(?:ended|closed|finished|concluded|rose|commenced|began|started)\b"
    r"|the\s+(?:vice[\s-])?chair(?:man|person)?\s+(?:closed|ended)\s+the\s+meeting\b|signed\b|chair(?:man|person)?'?s?"
    r"(?:\s+initials)?\s*[:.…_]|date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting\b|action\s+by\b|actions?\s*:\s*none\b)",
    re.I,
)
SIGNATURE = re.compile(r"^[\s.…_:\-–—]{3,}$|.*[._…]{5,}|^(?i:in\s+the\s+chair)\W*$")  # "Chair ......", "in the Chair"
# "Action: Head of Leisure", "ACTION: Strategic Director, Place", "Lead: Assistant Director, Housing / Legal",
# "Owner: JS (Clerk)", "ACTION: Head of Finance – 31 March 2024", a tracker cell's last line "Officer responsible:
# Consultant in Public Health": who acts on the decision above (a post or a
# name, in any punctuation, with a date by which), not an action of its own.
# Its label, which the owner's name follows: "Action:", "Action 3 -", "Lead officer -", "Officer responsible:".
ACTION_LABEL = (
    r"(?i:actions?(?:\s+by|\s+\d{1,3}(?:\.\d{1,3})?)?|lead(?:\s+officer)?|owner|(?:officer\s+)?responsible(?:\s+officer)?"
    r"|by\s+whom)\s*[:\-–—]\s*"
)
ACTION_OWNER = re.compile(
    rf"^{ACTION_LABEL}"
    r"(?:(?:[A-Z(\d][\w&'’.()/-]*|of|and|for|in|the|by|&)\s*[,/;–—-]?\s*){1,12}$"
    r"|^[A-Z]{2,4}(?:\s*(?:/|&|and|,)\s*[A-Z]{2,4})*\s+(?i:action)\W*$"  # "SR Action.": who acts, after the decision
    r"|^\((?i:act(?:ion)?)\s*:?\s+[A-Z][\w.'’ /&-]{0,30}\)\.?$"  # "(Act Clerk)" after it, in brackets
    r"|^(?i:action)\s+[A-Z][\w.'’-]*(?:\s*(?:/|&|and|,)\s*[A-Z][\w.'’-]*){0,2}\.?$"  # "Action Clerk.", "Action JT."
    # or their initials alone, as a right-hand action column prints them into a text minute: "AR."
    r"|^(?!(?:ALL|AND|ANY|THE|NEW|YES|NO|NIL|TBC|N/A|AOB|AGM)\b)[A-Z]{2,3}(?:\s*(?:/|&|,)\s*[A-Z]{2,3})*\.?$"
)
# The meeting's own business, by kind: what nobody tracks. Its decisions are counted, never records
# (the corpus README's list). Each kind is matched in a decision as its record would read ("That ...",
# "To ..."), one clause at a time; a new council's wording for a kind is a phrase here.
_RECORD_VERB = r"(?:agreed|approved|confirmed|signed|adopted|accepted)"
PEOPLE = r"(?:councillors?|cllrs?\.?|aldermen|alderman|mr|mrs|ms|miss|dr|sir|dame|professor)"  # a name's title
_PEOPLE = rf"(?:{PEOPLE}|members?|the\s+following|representatives?)"
_COURTESY = (
    r"(?:thanks|congratulations|condolences|sympath(?:y|ies)|(?:best|good|warm(?:est)?|kind)\s+wishes|appreciation"
    r"|gratitude|good\s+luck|tributes?)"
)
# The minutes found "a correct record", "a true and accurate record", "an accurate record" (said once for each form).
_TRUE_RECORD = (
    r"(?:(?:a|an|the)\s+)?(?:correct|true|accurate|fair|full)(?:\s+and\s+(?:correct|true|accurate|complete))?"
)
OWN_BUSINESS = {
    kind: re.compile(pattern, re.I)
    for kind, pattern in {
        # "That the minutes ... be confirmed as a correct record", "AGREED that the Minute be approved and
        # signed by the Chair" (Scottish singular), "the decisions ... CAB 21 to CAB 31 be approved as a
        # correct record", "to approve the minute as a correct record", "taken as read and signed", "The
        # committee approved the minute.".
        "the record of a meeting approved": (
            rf"\b(?:as|to\s+be)\s+{_TRUE_RECORD}\s+(?:record|minutes)\b"
            rf"|\b(?:correctly|accurately|properly)\s+recorded\b|\brecorded\s+(?:correctly|accurately|properly|as\s+{_TRUE_RECORD})\b"
            # "... are a correct record", "... were a true and accurate record"
            rf"|\bminutes?\b[^;]{{0,200}}?\b(?:be|are|is|was|were)\s+{_TRUE_RECORD}\s+record\b"
            r"|^(?:that\s+)?(?:they|these|it|the\s+same)\s+be\s+(?:(?:confirmed|approved|agreed)\s+(?:and|&)\s+)?signed\b"
            r"|^(?:the\s+)?minutes?\s+of\s+[^.;]{1,80}?\s+(?:were|was)\s+(?:\w+\s+and\s+)?(?:approved|confirmed|agreed)\W*$"
            r"|^(?:that\s+)?the\s+(?:vice[\s-])?chair\w*\s+be\s+(?:authorised|asked|invited)\s+to\s+sign(?:\s+them|\s+the\s+minutes?)?\W*$"
            r"|^(?:(?:approved|agreed|confirmed|accepted)\s+(?:and|&)\s+)?signed(?:\s+by\s+the\s+chair\w*)?\W*$"  # "Approved and signed."
            r"|^(?:the\s+)?(?:draft\s+)?minutes?\s+(?:agreed|approved|confirmed|accepted)\W*$"  # "Minutes agreed."
            r"|\bbe\s+(?:approved|adopted|confirmed|agreed|accepted)\s+as\s+(?:the\s+)?minutes\b"  # "the notes ... be approved as the Minutes"
            # a correction to them: "that the third bullet point on page four be amended to read ..."
            r"|^(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}(?:bullet\s+points?|sentences?|lines?|words?)\b[^.;]{0,80}?\bbe\s+"
            r"(?:amended|changed|corrected)\s+to\s+read\b"
            r"|\btaken\s+as\s+read\b|\bsigns?\s+(?:the\s+)?minutes?\b|\b(?:signed|approved|confirmed|agreed|accepted)\s+as\s+(?:being\s+)?(?:a\s+)?(?:correct|true|accurate)\b"
            r"|^(?:that,?\s+)?(?:subject\s+to\s+[^,;]{1,120},\s*)?(?:the\s+)?(?:draft\s+|public\s+)?(?:minutes?"
            r"(?:\s+and\s+(?:the\s+)?non-public\s+summary)?(?:\s+of\s+[^;]{1,200}?)?|(?:action\s+)?(?:notes|decisions|proceedings)\s+of"
            r"\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting\b[^;]{0,120}?)\s+(?:be|were|was|are|is)\s+(?:duly\s+)?"
            rf"{_RECORD_VERB}(?:\s+(?:and|&)\s+{_RECORD_VERB})?(?:\s+by\s+the\s+[\w-]+)?"
            rf"(?:,?\s+(?:subject\s+to|and\s+[^;]{{0,60}}\bsign\w*|(?:being\s+)?(?:proposed|moved)\s+by)\b.*)?\W*$"  # ", being proposed by"
            rf"|^(?:to\s+(?:approve|confirm|sign|agree|accept|adopt)(?:\s+(?:and|&)\s+(?:approve|confirm|sign|agree|accept|adopt))?"
            rf"|approved|confirmed|agreed|(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{BODIES})\s+(?:approved|confirmed"
            rf"|signed|agreed|accepted))\s+the\s+(?:draft\s+)?minutes?\b(?:\s+(?:of|from)\s+[^;]{{1,120}}?)?"
            r"(?:,?\s+(?:subject\s+to|and\s+[^;]{0,60}\bsign\w*|for\s+signature\b).*)?\W*$"  # "... for signature by the Chair"
        ),
        # The press and public excluded or re-admitted, business taken in private, a deputation heard,
        # standing orders suspended, the order of business varied, the meeting adjourned, its next date.
        "the conduct of the meeting": (
            r"\bexclu(?:de|ded|des|ding|sion\s+of)\s+(?:the\s+)?(?:members\s+of\s+)?(?:the\s+)?(?:press|public)\b"
            r"|\b(?:press|public)(?:\s+and\s+(?:the\s+)?(?:press|public|media)(?:\s+representatives)?)?\s+(?:(?:not\s+)?(?:be|are|were)\s+)?(?:not\s+)?excluded\b"
            r"|\b(?:press|public)\s+(?:be|are|were)\s+(?:asked|requested|invited|required)\s+to\s+(?:withdraw|leave)\b"
            r"|\bre-?admit\w*\s+(?:the\s+)?(?:press|public)\b"
            r"|\b(?:remain|be|kept)\s+confidential\b|\bexempt\s+from\s+(?:disclosure|publication)\b"  # Part Two
            r"|\bas\s+(?:confidential|exempt|restricted|private|closed)\s+(?:business|items?|session)\b"  # "items X to Y be taken as ..."
            r"|\b(?:consider(?:ed)?|tak(?:e|en)|hear(?:d)?|held|deal(?:t)?\s+with)\s+in\s+(?:public|private|(?:closed|confidential|exempt)\s+session)\b|\bin\s+camera\b"
            # a Scottish council's "That the following item of business be taken in Committee, in the absence of ..."
            r"|\btak(?:e|en)\s+in\s+committee\b[^.;]{0,20}?\bin\s+the\s+absence\s+of\b"
            r"|\b(?:go|goes|move|moves|moved|went|proceed|proceeds|return|returns)\s+(?:back\s+)?into\s+(?:private|closed|confidential|exempt|open|public)\s+(?:session|business)\b"
            # a Northern Ireland council going into closed session: "that Council move ‘In Committee’"
            r"|\b(?:go|goes|move|moves|moved|went|proceed|proceeds)\s+(?:back\s+)?(?:into\s+)?[‘'\"“]?in\s+(?:committee|public)\b"
            # "That the following item be taken ‘In Committee’", "That the Committee come out of ‘In Committee’"
            r"|\b(?:tak(?:e|en)|come\s+out\s+of)\s+[‘'\"“]in\s+committee\b"
            r"|\b(?:come|came|comes|move|moved)\s+out\s+of\s+(?:closed|private|confidential|exempt)\s+session\b"
            # a Northern Ireland committee's business "In Confidence", and its move back "into Open Session"
            r"|\bbusiness\s+[‘'\"“]?in\s+confidence\b|\bout\s+of\s+[‘'\"“]?in\s+confidence\b|\binto\s+open\s+session\b"
            r"|\b(?:hear|heard|receive|received|accept|accepted|grant|granted|allow|allowed)\b[^.;]{0,60}?\bdeputations?\b"
            r"|\bdeputations?\b[^.;]{0,40}?\bbe\s+(?:heard|received|accepted|granted)\b"
            r"|\bbe\s+(?:permitted|allowed|given\s+leave|granted\s+leave)\s+to\s+(?:address|speak)\b"
            r"|^(?=.*\b(?:standing\s+orders?|procedure\s+rules?|rules?\s+of\s+(?:procedure|debate))\b).*\bsuspen(?:d|ded|sion)\b|\border\s+of\s+(?:the\s+)?(?:business|agenda|items)\b[^.;]{0,30}\b"
            r"(?:varied|changed|altered)|\bvary\s+the\s+order\s+of\b"
            r"|\b(?:agreed|approved|noted|confirmed)\s+the\s+order\s+of\s+(?:business|the\s+agenda|items)\b"
            # "That the items of business be dealt with in the order minuted below"
            r"|\bitems?\s+of\s+business\s+be\s+(?:dealt\s+with|taken|considered)\s+in\s+the\s+order\b"
            r"|\b(?:meeting|debate|motion)\s+(?:be|was|is|stands?)\s+(?:adjourned|withdrawn)\b"
            r"|^(?:that\s+)?the\s+(?:notice\s+of\s+)?motion\s+(?:be|is|stands?)\s+(?:referred|deferred)\b|\badjourn\s+(?:the\s+)?(?:meeting|debate)\b"
            r"|\bapolog(?:y|ies)\b[^.;]{0,80}\bbe\s+(?:accepted|noted|received)\b|\bleave\s+of\s+absence\b"
            r"|\baccept\w*\s+(?:the\s+)?(?:apolog|reasons?\s+(?:for|of)\s+absence)"
            r"|\b(?:press|public)\b[^.;]{0,30}\bbe\s+re-?admitted\b|\b(?:consider|take|taken|deal|dealt|admit|add)\w*\b[^.;]{0,60}?\bas\s+(?:a\s+matter\s+of\s+|an?\s+)?urgen"
            r"|\b(?:meeting|proceedings)\s+(?:be\s+extended|(?:to\s+)?continue)\b[^.;]{0,20}\b(?:beyond|past|after|until)\b"
            r"|\bextend\s+the\s+(?:meeting|guillotine)\b"
            # the agenda's words for the chair's part at the meeting: "The Chair to advise the Committee of any items ..."
            r"|^(?:the\s+)?chair\w*\s+to\s+(?:advise|inform)\s+(?:the\s+)?\w+\s+of\s+any\b"
            r"|\bnext\s+meeting\b.{0,40}\bbe\s+held\b|\bdates?\s+of\s+(?:the\s+)?next\s+meeting"
            # where or when one of its own meetings is held: "the December Board meeting would be held at ..."
            r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\w+\s+)?"
            r"meeting\s+(?:would|will|should|to)\s+(?:be\s+held|take\s+place)\b"
        ),
        # Chairs, vice-chairs, representatives on outside bodies, governors: elected, appointed,
        # nominated or co-opted ("the following members be appointed as the Committee's representatives").
        "the body's own appointments": (
            r"\b(?:be|are|is|was|were)\s+(?:re-?)?(?:elected|appointed|nominated|co-?opted)(?:\W*$|\s+(?:as\b|on(?:to)?\b"
            r"|(?-i:[A-Z])\w+\s+(?-i:[A-Z])\w+\s+(?:for|of)\b"  # "was appointed Member Champion for Equality"
            r"|to\s+(?:the|serve|sit|represent|its|their|fill|a\s+vacan|each|both)\b|(?:the|its)\s+[\w\s'’-]{0,60}?(?:group|committee"
            r"|panel|board|forum|partnership)\b|(?:(?:the|town|city|lord|civic|vice|deputy)[\s-]+){0,3}"  # "Town Mayor"
            r"(?:chair|convener|president|mayor|provost|leader)))"
            rf"|(?:\b(?:{BODIES})\s+(?:re-?)?(?:appointed|elected|nominated|co-?opted)|\b(?:re-?)?(?:appoint|appoints|elect|elects"
            rf"|(?<!invited\sto\s)(?<!asked\sto\s)nominate|nominates|co-?opts?))\s+(?:{_PEOPLE}\b|(?-i:[A-Z])\w+\s+(?-i:[A-Z]))"
            # not a contractor: "to appoint Harlow Groundworks to carry out the survey at a cost of £3,950"
            r"(?![^.;]*(?:£|\bcontract|\bquot|\btender|\bto\s+(?:carry|undertake|supply|provide|deliver|install|design)\b))"
            r"|\b(?:as|be)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:representatives?|substitutes?|champions?|observers?|nominees?)\s+(?:on|to|at|for)\b"
            r"|^(?:that\s+)?(?:councillors?|cllrs?\.?|mr|mrs|ms|dr)\s[^;]{1,60}?\s+(?:(?:re-?)?(?:appointed|elected|nominated|co-?opted)\W*$"
            r"|be\s+(?:the\s+)?(?:vice[\s-]?|deputy\s+)?(?:chair|convener)"
            r"|replaces?\s+(?:councillor|cllr|mr|mrs|ms|dr)\b|joins?\s+the\b|be\s+(?:added\s+to|removed\s+from)\s+the\b)"
            r"|\b(?:membership|members|representatives?|chairs?|lead\s+members?)\b[^.;]{0,80}\bbe\s+as\s+(?:follows|set\s+out|listed)\b"
            r"|\bappointments?\s+(?:be|are|were)\s+(?:made|confirmed|agreed)\b"
            # "That the appointment of Mrs X to Ysgol Y and Mr Z to Penrhos High School as local authority governors be approved"
            r"|\bappointments?\s+of\b[^.;]{1,200}?\bas\s+(?:[\w-]+\s+){0,3}(?:governors?|trustees?|representatives?|directors?)"
            r"\b[^.;]{0,40}?\bbe\s+(?:approved|confirmed|agreed|endorsed)\b"
            # "approves the nominations for persons to serve as local authority governors", "the nominations be confirmed"
            r"|\b(?:approv|confirm|agree|endors|accept)\w*\s+(?:the\s+)?nominations?\b|\bnominations?\b[^.;]{0,80}?\b(?:be|are|were)"
            r"\s+(?:approved|confirmed|agreed|endorsed|accepted)\b"
            # a member of staff appointed: "to appoint the preferred candidate to the post of Events Officer"
            r"|\bappoint\w*\s+(?:the\s+)?(?:preferred|successful|recommended)\s+(?:candidate|applicant)"
            r"|\bappoint\w*\b[^.;]{0,80}?\bto\s+the\s+(?:post|position|role|vacancy)\s+of\b"
            # a seat filled: "that the vacancy be filled by Councillor Geddes"
            rf"|\bvacanc(?:y|ies)\s+(?:be|is|was|were)\s+filled\s+by\s+{_PEOPLE}\b"
        ),
        # Thanks, congratulations, condolences passed on, placed on record, or written to convey; not
        # when a request comes with them ("thanks the Minister for her letter and asks her to ...").
        "courtesy": (
            r"^(?!.*\band\s+(?:to\s+)?(?:asks?|asked|requests?|requested|calls?|invites?|instructs?|seeks?|writes?)\b)(?:.*?"
            rf"\b{_COURTESY}(?:\s+(?:of|to|for|from)\s+[^.;]{{1,120}}?)?\s+(?:be|are|is|were|was)\s+(?:formally\s+)?"
            r"(?:passed|conveyed|sent|extended|recorded|placed|given|expressed|offered|forwarded|accorded)"
            r"|^(?:that\s+|to\s+)?(?:the\s+[\w ]{1,40}?\s+)?(?:formally\s+)?(?:congratulate|congratulates|thank|thanks)\b"
            r"|.*?\b(?:place|places|record|records|put|puts|convey|conveys|send|sends|pass|passes|extend|extends|express"
            rf"|expresses|offer|offers|pay|pays)\s+(?:on\s+record\s+)?(?:its|their|our|the\s+[\w'’]+)?\s*(?:\w+\s+){{0,2}}?{_COURTESY}\b"
            r"|.*?\b(?:letters?|votes?|messages?)\s+of\s+(?:thanks|congratulations?|condolences?|appreciation|sympathy)\b"
            r"|.*?\bwrit\w*\s+to\s+[^.;]{1,80}?\s+(?:to\s+)?(?:thank|congratulat)"
            r"|.*?\b(?:be|are|were)\s+(?:\w+ly\s+)?thanked\s+for\b)"  # "be thanked for attending ... and setting out ..."
        ),
        # "decided not to call in any of the decisions", "That the decision not be called in": a call-in committee
        # leaving the executive's decisions as they stand asks nothing of anyone.
        "nothing called in": (
            r"^(?:that\s+|to\s+)?(?:not\s+to\s+call[\s-]in\b|the\s+(?:\w+\s+){0,3}?decisions?\b[^.;]{0,160}?\s+(?:not\s+be"
            r"|be\s+not)\s+called[\s-]in\W*$"
            # "That no other decisions of the Cabinet meeting held on 19 March 2026 be called in"
            r"|no\s+(?:other\s+|further\s+)?decisions?\b[^.;]{0,160}?\s+be\s+called[\s-]in\W*$"
            # a call-in heard and let go: "That no further action be taken in respect of the call-in", "That the
            # decision may be implemented"
            r"|no\s+further\s+action\s+be\s+taken\b[^.;]{0,60}?\bcall[\s-]?in\W*$"
            r"|(?:the\s+)?(?:original\s+)?decision\s+(?:may|can|be\s+allowed\s+to)\s+(?:now\s+)?(?:be\s+)?implemented\W*$)"
        ),
        # "to adopt the motion", "That the amendment be carried": the words decided are the motion's.
        "the motion adopted": (
            r"^(?:to\s+|that\s+(?:the\s+[\w ]{1,40}?\s+)?)?(?:adopt|accept|approve|agree|support|carry|pass)\w*\s+the\s+"
            r"(?:substantive\s+|original\s+|amended\s+)?(?:motion|amendment)(?:\s+as\s+amended)?\W*$|^(?:that\s+)?the\s+"
            r"(?:substantive\s+|original\s+)?(?:motion|amendment)(?:,?\s+as\s+amended,?)?\s+be\s+(?:adopted|approved|agreed"
            r"|accepted|carried|supported)\W*$"
        ),
    }.items()
}
# The committee's own work programme (work plan, work schedule) approved, when that is the whole resolution,
# with at most a clause that refers back to the meeting ("subject to the addition of the items agreed during
# the meeting", "updated to reflect the discussion"); approved with a named review added ("subject to the
# addition of an item on verge cutting") or beside a request ("X, and that the work programme be agreed") it
# is a record.
_BACK = (
    r"(?:subject\s+to|with|including|incorporating|taking\s+into\s+account|noting|to\s+reflect)\s+[^,;]{0,100}?\b(?:agreed|discussed"
    r"|raised|made|suggested|identified|above|earlier|today|discussions?|debate|(?:at|during)\s+(?:the|this)\s+meeting(?!\s+(?:in|on|of)\b))"
    r"\b[^,;]{0,40}?"
)
OWN_PROGRAMME = re.compile(
    rf"^(?:that,?\s+|(?:that\s+)?(?:(?:the\s+)?(?:[\w&'’-]+\s+){{0,5}}?(?:{BODIES})\s+|to\s+)(?:approve[sd]?|agree[sd]?|adopt(?:s|ed)?"
    rf"|endorse[sd]?|confirm(?:s|ed)?)\s+)?(?:{_BACK},?\s*)?(?:the\s+items?\s+(?:set\s+out|listed|included)\s+in\s+)?"
    r"(?:the\s+(?:current|latest|updated|draft)\s+version\s+of\s+)?(?:the\s+|its\s+)?"
    r"(?:[\w'’/-]+\s+){0,3}?(?:work\s*(?:programme|plan|schedule)|forward\s+(?:programme|plan)|(?<=committee\s)business\s+plan)"
    # (and its forward plan with it: "the work programme and forward agenda plan")
    r"(?:\s+and\s+(?:the\s+)?(?:[\w'’/-]+\s+){0,3}?(?:plan|programme|schedule))?"
    # for its year ("2024/25", "for the remainder of the 2024/25 municipal year")
    r"(?:\s+(?:for\s+)?(?:the\s+)?(?:(?:remainder|rest)\s+of\s+the\s+)?\d{4}(?:[/-]\d{2,4})?(?:\s+municipal\s+year)?)?"
    r"(?:\s+for\s+publication)?"  # "the updated Executive Forward Plan for publication as attached at Appendix A"
    r"(?:,?\s+(?:as\s+)?(?:detailed|set\s+out|attached|shown|circulated|presented|amended|updated|appended)\b[^,;]{0,80}?)?"
    r"(?:,?\s+be\s+(?:approved|agreed|adopted|endorsed|confirmed|updated|amended))?(?:\s+for\s+publication)?"
    r"(?:\s+continues?\s+to\s+be\s+(?:\w+ly\s+)?(?:reviewed|updated|monitored)(?:\s+during\s+the\s+year)?)?"
    rf"(?:,?\s+{_BACK})?\W*$",
    re.I,
)
# Motions and amendments: what a member moves is a proposal until the body carries it. Its head: "Councillor
# Yuill, seconded by Councillor Grant, moved as a motion:-", "Councillor Tait moved as an amendment,
# seconded by Councillor Grant:-", "Councillor Evans moved an amendment that ...", "X moved, and Y
# seconded, that ...", "Cllr A proposed that ...; Cllr B seconded", or a "Proposal" / "Amendment" line over
# "Moved by ..." and "Seconded by ..." lines, or with its words ("Proposal: the council buys ...", "Motion: That ...").
_QUOTE = '“"‘'
_NAME = rf"(?:(?!\s+that\b)[^:;,{_QUOTE}]){{1,80}}"  # a mover's or seconder's name, up to 'that' and the words
_BY = rf"\s+by\s+{_NAME}|\s+\([^()]{{1,40}}\)"  # "by Cllr Ash", or initials: "Proposed (GH) and seconded (EM)"
_SECONDED = r"second(?:ed\b|(?=\s+(?:by\s+)?(?-i:[A-Z])))"  # "seconded by KD", a parish's "second KD"
_NAMED = r"(?:\s+(?-i:[A-Z])[\w.'’-]*){1,4}"  # a seconder named without "by": "proposed, seconded GP, that"
MOTION = re.compile(
    rf"^(?:(?P<by>[^:;{_QUOTE}]{{0,600}}?\b(?:moved|proposed|tabled)\b)(?:{_BY})?(?:,?\s+(?:and\s+)?(?:{_NAME}\s+)?{_SECONDED}"
    rf"(?:{_BY}|{_NAMED})?,?)?(?:\s+(?:(?:as\s+)?(?:an?|the\s+following|the)|by\s+way\s+of(?:\s+an?)?)\s+(?P<kind>(?:substantive\s+|original\s+"
    rf"|further\s+|additional\s+)?(?:motion|amendment|recommendations?(?=\s*:))))?(?:,?\s+(?:which\s+was\s+|and\s+)?{_SECONDED}\s+by\s+{_NAME})?(?:\s+(?:in\s+the\s+following\s+terms"
    rf"|as\s+follows))?\s*(?:[:\-–—]+\s*)?(?P<rest>(?:that\b|[{_QUOTE}]).*|(?<=[:\-–—]))"
    r"|(?:the\s+)?(?P<label>(?:substantive\s+|original\s+|further\s+|counter[\s-]?)?(?:motion|amendment|proposal))"
    rf"(?:\s+\(?[a-z0-9]{{1,3}}\)?)?(?:\s*[:\-–—]+\s*(?P<said>(?:that\b|to\b|[{_QUOTE}]|(?-i:[a-z])|(?:the\s+)?(?:[\w&'’-]+\s+){{0,4}}?"
    rf"(?:{BODIES})\s+(?-i:[a-z])).*)|\s*[:\-–—]*))$",
    re.I | re.S,
)
# "Seconded by Cllr B", "Proposed: Cllr A", "Proposer: ..."
_MOVER = r"(?:moved|proposed|second(?:ed)?|proposer|seconder)(?:\s+by\b\s*:?|\s*:)"
MOVED_BY = re.compile(rf"^(?:(?:and\s+)?{_MOVER}\s*[^;:]{{1,80}}?(?:[,.]\s*|\s+and\s+|$))+$", re.I)
# The motion's words changed before the vote, new words below: "the wording of the motion was amended with the
# agreement of the mover and seconder as follows:", "The motion was altered to read:".
MOTION_REWORDED = re.compile(
    r"\b(?:motion|wording)\b[^.:]{0,80}?\b(?:was|were)\s+(?:amended|altered|reworded|changed)\b[^.:]*?(?:as\s+follows|to\s+read)\s*:?\s*$",
    re.I,
)
# A motion's words and its vote in one sentence: "A further motion, that the Authority hold drop-in events ...,
# was moved, seconded, voted on and carried."
MOTION_CARRIED = re.compile(
    r"^(?:an?|the)\s+(?:further\s+|second\s+|separate\s+)?(?:motion|proposal)\s*,?\s+(?P<words>that\s.+?),?\s+was\s+"
    r"(?P<vote>(?:[\w,]+\s+){0,8}?(?:carried|agreed|passed|approved|adopted|lost|defeated|rejected))\W*$",
    re.I | re.S,
)
# A decision whose mover, seconder and vote follow it in the same line: "To accept the quotation from Marcher Roofing
# of £8,940: Proposed Cllr Hince, seconded Cllr Lowe and RESOLVED" (a town council's minutes in a table).
VOTED_AFTER = re.compile(
    r"^(?P<words>(?:that|to)\s.+?)\s*[:;,.\-–—]\s*(?:it\s+was\s+)?(?:proposed|moved)\b[^.;:]{0,120}?\b(?:resolved|agreed"
    r"|carried)(?:\s+(?:unanimously|by\s+a\s+majority|nem\.?\s*con\.?))?\W*$",
    re.I | re.S,
)
# Where the seconder's clause starts after the words moved ("that X; Cllr B seconded", "that X. Cllr B seconded.",
# "that X, seconded by Cllr B and carried", "that X and this was seconded"), and where a mover's, a seconder's or a
# vote's label starts inside a line ("Proposal: X  Proposed: Cllr A  Seconded: Cllr B  Vote: unanimous").
SECONDER = re.compile(
    r"(?:[;,.]\s*(?:and\s+)?|\s+and\s+(?=(?:this|which|it)\s))(?:(?:this|which|it)\s+was\s+|(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4})?"
    rf"{_SECONDED}",
    re.I,
)
# A vote at the end of the words moved: "..., and carried unanimously", "... (For 6, Against 1)", "... – all in favour".
VOTE_TAIL = re.compile(
    r"(?:[,;]\s*(?:and\s+)?|\s+and\s+|\s+[-–—]\s+|\s+(?=\())(?P<vote>\([^()]*\)|(?:(?!\s[-–—]\s)[^,;()])*?)\W*$"
)
MOVER_LABEL = re.compile(rf"\s+(?=(?-i:[A-Z]))(?={_MOVER}|vot(?:e|es|ing)\s*:)", re.I)
# A sentence that only gives a vote's outcome, naming nothing: "Carried.", "All in favour.", "Vote: unanimous",
# "Carried (7 for, 1 against).", "Unanimously agreed.", "For 5, against 2, abstentions 1", "Lost on a show of hands".
VOTE_WORDS = frozenset(
    "carried carries agreed approved approval passed adopted accepted supported resolved lost defeated fell falls failed rejected"
    " not unanimous unanimously all in favour favor nem con vote votes voting voted result was were it duly declared by"
    " to for against abstention abstentions abstained abstaining abstain and with the on a show of hands put being upon"
    " members councillors those present majority casting chair s then thereafter nil none no one two three four five six seven eight"
    " nine ten eleven twelve".split()
)
# Who kept out of a vote, after it: "Agreed by all (EW did not vote).", "Carried (Cllr Hale abstained)".
VOTE_ASIDE = re.compile(r"\s*\([^()\d]*\b(?:vot\w*|abstain\w*|interest)\b[^()\d]*\)(?=\W*$)", re.I)  # not a count
VOTE_COUNT = re.compile(
    r"(\d+)\s*(?:votes?\s+)?(for|in\s+favou?r|against)\b|\b(for|in\s+favou?r|against)\W*(\d+)", re.I
)
# What became of it: "The amendment was lost", "it was declared carried", "The amendment was then put as the
# substantive motion and passed", "The Committee resolved:- to adopt the motion".
PROPOSAL_NAMED = re.compile(r"\b(?P<kind>motion|amendment|proposal)s?\b", re.I)
SUBSTANTIVE = re.compile(
    r"\bamendment\b.*\b(?:as|became|become|becomes|becoming)\s+the\s+substantive\s+(?:motion|proposal)\b", re.I
)
FAILED = re.compile(
    r"\b(?:lost|fell|falls|defeated|withdrawn|rejected|failed|not\s+(?:carried|agreed|passed|supported|seconded))\b",
    re.I,
)
# A sentence saying what became of the motion or proposal (not an amendment): "The proposal fell.", "Motion carried."
MOTION_OUTCOME = re.compile(
    r"^(?:the\s+|this\s+|that\s+)?(?:(?:original|substantive)\s+)?(?:motion|proposal|resolution)\b.*\b(?:carried|passed"
    r"|agreed|approved|lost|fell|defeated|withdrawn|rejected|failed)\b",
    re.I,
)
# A sentence saying that the report's recommendations (as amended, the substantive ones) were put to the vote
# and carried or lost, over the points they are: "The recommendation as set out in the report was moved,
# seconded, voted on and carried.", "The recommendations as amended were then voted on and carried:". Not an
# amendment's: "An amendment to recommendation 2 ... was carried" says what changed, the list comes after.
# "it" stands for what the paragraph moved before ("The motion ... was moved by X. On being put to the vote it was
# carried:")
PUT_TO_VOTE = re.compile(
    r"^(?:(?:up)?on\s+(?:being\s+)?put\s+to\s+(?:the\s+|a\s+)?vote,?\s+|(?:up)?on\s+a\s+vote(?:\s+being\s+taken)?,?\s+)?"
    r"(?:the\s+)?(?:(?:substantive|original|officer|report)(?:s['’]|['’]s)?\s+)?(?P<subject>recommendations?|proposals?|motion|it)\b"
    r"(?:(?!\bamendment\b)[^.;:]){0,120}?\b(?:was|were)\b[^.;:]{0,80}?\b"
    r"(?:(?P<lost>lost|fell|defeated|rejected|not\s+(?:carried|agreed|supported))|carried|agreed|approved|adopted|passed)\b"
    r"[^.;:]{0,60}[.:]?$",
    re.I,
)
# The report's recommendations voted on with what was proposed at the meeting folded in: "The recommendation as set
# out in the report, with the added third point, was carried", "The recommendations, as amended, were agreed".
AS_AMENDED = re.compile(
    r"\b(?:as\s+amended|with\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:added|amended|additional|further|new)\b)", re.I
)
# A sentence saying the motion or the recommendations were moved: "The motion set out in the agenda was moved by
# Cllr Bell", "Cllr Ahmed proposed the recommendations in the report".
PROPOSAL_MOVED = re.compile(
    r"\b(?:motion|recommendations?|proposals?)\b.*\b(?:moved|proposed)\b|\b(?:moved|proposed)\b.*\b(?:motion|recommendations?)\b",
    re.I,
)
# A lead naming the points below as what it makes or agrees ("The Select Committee AGREED the following
# recommendations to Cabinet:", "RESOLVED to make the following recommendations:"): a label, not a stem.
FOLLOWING_POINTS = re.compile(
    r"\bthe\s+following\s+(?:[\w-]+\s+)?(?:recommendations?|decisions?|actions?|resolutions?)"
    r"(?:\s+(?:to|for)\s+(?:the\s+)?[\w&'’ -]{1,60})?$",
    re.I,
)
CARRIED_WORD = re.compile(r"\b(?:carried|passed|adopt\w*|agreed|approved?|accept\w*|supported|won)\b", re.I)
# A resolution that only adopts what was moved ("to adopt the motion"): its words are the motion's.
ADOPTS = OWN_BUSINESS["the motion adopted"]
APPOINTS = OWN_BUSINESS["the body's own appointments"]  # no decision on what was moved before it
PROCEDURAL_ITEM = re.compile(
    r"^(?:to\s+(?:receive|note|consider|approve|confirm|agree)\s+(?:the\s+|any\s+)?)?(?:apologies"
    # (declarations of interest, not "Declaration of Hay Lane depot as surplus")
    r"|declarations?\s+of\s+(?:[\w'’,-]+\s+){0,4}?(?:interests?|lobbying|gifts|hospitality|party\s+whip|members)\b"
    r"|election\s+of|appointment\s+of"
    r"|appointments?\s+(?:of|to)\b|exclusion\s+of|(?:date|dates)\s+of\s+(?:the\s+)?next"
    r"|chair(?:man)?'?s\s+announcements|substitut|welcome|emergency\s+evacuation|disclosures?\s+of)",
    re.I,
)
# What a list of dates is made of ("10th June, 9th September and 2nd December 2024, all at 7.15pm"): a
# decision of nothing else names no action.
ONLY_DATES = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m|p\.?m)\b\.?|\b(?:and|all|at|on|the|each|every|to|that)\b|[^\w]",
    re.I,
)
# A tracker's row saying nothing was asked: "Report noted – no recommendations made.", "No recommendations were
# made at this meeting.", "No action arising – appointments made.", "Summary noted." (a short noun and "noted",
# which NOTING's verbs do not read).
NO_ACTION = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}noted\W*$|^no\s+(?:further\s+)?(?:actions?|recommendations?|outcomes?)\s*[-–—:.]"  # "No recommendations – ..."
    # "No outcomes arising - report noted.", "No recommendations or actions arising from this meeting.", "No new items
    # of outstanding business arose from this meeting."
    r"|\bno\s+(?:further\s+|new\s+)?(?:actions?|recommendations?|outcomes?|resolutions?|items?\s+of\s+(?:outstanding\s+)?business)"
    r"(?:\s+(?:or|and)\s+(?:actions?|recommendations?))?\s+"
    r"(?:(?:were|was)\s+)?(?:arising|arose|required|requiring|needed|necessary|made|agreed|identified)\b|^(?:nil|none|nothing\s+arising)\W*$"
    r"|[-–—;,]\s*no\s+(?:further\s+)?(?:actions?|recommendations?|outcomes?)\W*$",  # "Report received and noted – no action."
    re.I,
)
# A decision that notes or receives: counted and shown, never a record ("That the report be noted",
# "The Committee noted ...", "(a) notes the progress ...", "To note the update").
# "receives the report" notes it; "receives an update in March 2020" asks for one: a request.
NOTING = re.compile(
    r"^(?:(?:that,?\s+)?(?:in\s+relation|with\s+regard|subject)\s+to\s+[^,]{1,80},\s*)?"  # "That, subject to X, ..."
    r"(?P<subject>(?:that\s+)?(?:(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?(?:"
    + BODIES
    + r")\s+(?:for\s+(?:[\w&'’,-]+\s+){1,6}?)?(?:(?:has|have)\s+(?:then\s+)?|then\s+)?)?(?:to\s+)?)"  # "... has then"
    r"(?:otherwise\s+|also\s+|formally\s+)?"  # "... Member for Housing"
    r"(?:(?:note|notes|noted|receives?\s+and\s+notes?|take\s+note|takes\s+note|took\s+note|received|welcome|welcomes|welcomed|thank|thanks"
    r"|thanked|acknowledge(?:s|d)?(?!\s+(?:all\s+|every\s+|each\s+)?(?:complaints?|receipt|correspondence|letters?|e-?mails?|enquiries)\b)|considered|discussed|scrutini[sz]ed|commented|reviewed|examined|questioned|debated|heard)\b|accepts?\s+(?:and\s+notes?\s+)?(?:the|this)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:report|update|presentation)|information\s+(?:in|within|contained\s+in)\s+the\s+report)(?=\W*$|,|\s+and\s)"  # "To accept the report(, ...| and ...).", "To accept and note the information in the report."
    r"|receives?\s+(?:and\s+notes?\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?:report|update|presentation|minutes|information|briefing|contents?|plan|strategy|statement|accounts|register|log"
    r"|assessment|document|paper|letter|summary|dashboard|scorecard)\b"  # "receive the refreshed Bus Service Improvement Plan"
    r"(?:\s+(?:now\s+)?(?:submitted|presented|circulated|attached|tabled|given))?(?:\s+(?:for|as)\s+information)?"
    r"(?:\s+and\s+notes?\s+(?:the|its)\s[^;]*)?\W*$"  # "receives the update and notes the progress made in ..."
    # "To receive the report on the follow-up of audit recommendations": the report in hand, whatever it is
    # about ("receive a report on X at the next meeting", "receive the annual report in June" ask for one).
    r"|receives?\s+(?:and\s+notes?\s+)?the\s+(?:[\w'’-]+\s+){0,6}?(?:report|update|presentation|minutes|information|briefing"
    r"|recommendations)"  # "To receive the recommendations arising from the meetings of the Homes Sub-Committee"
    r"\s+(?:on|of|from|about|by|regarding|concerning|setting\s+out|arising\s+from)\s(?![^;]*\b(?:next|future|following|each|every|annual(?:ly)?"
    r"|quarterly|monthly|twice|until|within|progress|at\s+(?:its|a)|by\s+\w+\s+\d{4}|in\s+(?:\d{4}|(?-i:[A-Z])\w+|the\s+(?:spring|summer|autumn|new)))\b)[^;]*$)"
    # "That it be noted that X": all of X is what is noted, its "and"s too, but a decision after ", and that"
    r"|^(?:that\s+)?it\s+(?:be|is|was)\s+(?:noted|acknowledged)\s+that\b(?!.*[,;]\s+and\s+that\b)"
    # the passive in the main clause ("That the report be noted"), not after "until" ("until a plan is received")
    r"|^(?:,\s*which\s[^,;]*,|(?!\b(?:until|unless|once|when|after|before|if|should|whether|where|which)\b)[^;])*?"
    r"\b(?:be|is|are|was|were)\s+(?:otherwise\s+)?(?:noted|received|welcomed|acknowledged|thanked)"  # "be otherwise noted"
    r"(?:\s+and\s+(?:noted|welcomed|endorsed|commended|congratulated|praised))?\b"
    # (not noted with a new item asked for: "..., subject to the addition of an item on home care")
    r"(?!,?\s+subject\s+to\s+the\s+(?:addition|inclusion)\s+of\s+(?:an?|one|two)\s)"
    r"(?!.*\band\b(?![^.;]{0,60}\b(?:noted|received|welcomed|acknowledged)\W*$))|^(?:that\s+)?(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?(?:"
    + BODIES
    + r")\s+(?:is|was|are|were)\s+(?:assured|satisfied|content)\b(?!.*\band\b)",  # "That the Committee is assured ..."
    re.I | re.S,
)
# A decision whose points are its reasons: "RESOLVED to refer the decision back to Cabinet, for the following reasons:".
REASONS_TAIL = re.compile(r",?\s*(?:for|on)\s+the\s+following\s+(?:reasons?|grounds?)$", re.I)
# A decision whose list below is its own parts: "granted subject to the following conditions:", "on these terms:".
PARTS_TAIL = re.compile(
    r"\b(?:subject\s+to|on|with)\s+(?:the\s+)?(?:following|these|those)\s+(?:conditions?|terms|amendments?|changes)"
    r"(?:\s+(?:and\s+)?(?:informatives?|conditions?))?(?:,?\s+(?:namely|as\s+follows))?$",
    re.I,
)
# A decision in the subjunctive, as a point with no introducer over it: "a) the Delivery Plan be endorsed ...".
BE_DONE = re.compile(
    r"(?:(?:the|a|an|this|these|its)\s+)?(?:[\w'’&-]+\s+){0,8}?be\s+(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|[a-z]+en|made|set|kept|held|sent|brought|put|sought|led|met)\b"
)
# What a decision rests on, between its word and its points: "RESOLVED" / "For the reasons set out in the report:-".
BASIS = re.compile(
    r"(?:for\s+the\s+reasons?|having\s+(?:considered|regard)|in\s+accordance\s+with|on\s+the\s+basis\s+of"
    r"|after\s+(?:consideration|discussion))\b[^.;]*[:\-–—]+\s*$",
    re.I,
)
# A paragraph telling what happened at an earlier meeting: "At its meeting on 11 November 2025, the Committee endorsed ...".
EARLIER_MEETING = re.compile(r"at\s+(?:its|their|the|a)\s+(?:[\w'’-]+\s+){0,6}?meeting\s+(?:on|held|in|of)\b", re.I)
# What a body did at the meeting, under its name as a lead ("The Committee:" + "(b) asked questions about ...").
REPORTED = re.compile(
    r"(?:asked\s+(?:questions?|about|whether|how|why|what|for\s+clarification)|raised|sought|expressed|were|was|had"
    r"|heard|listened|thanked|welcomed|considered|discussed|debated|questioned|commented|received|reviewed)\b",
    re.I,
)
# An agenda item bringing recommendations from a body or to one: "Recommendations of the Finance Committee",
# "Recommendations to Full Council".
_NAMED_BODY = rf"(?:the\s+)?(?:[\w&'’-]+\s+){{0,6}}?(?:{BODIES})s?\b"  # "the Scrutiny Review Panels"
FROM_OR_TO = re.compile(rf"recommendations?\s+(?:of|from|to)\s+{_NAMED_BODY}", re.I)
# A title naming the body whose recommendations it brings: "Recommendations from the Audit Committee".
FROM_BODY = re.compile(rf"\b(?:of|from)\s+{_NAMED_BODY}", re.I)
# A sentence saying what the body did at the meeting, deciding nothing itself: "The Cabinet considered the
# recommendations of two task group reports on:" over the reports' titles.
BODY_DID = re.compile(
    rf"(?:the\s+)?(?:[\w&'’-]+\s+){{0,4}}?(?:{BODIES}|councillors|members)\s+(?:{REPORTED.pattern})"
    r"(?![^:]*\b(?:resolv|agree|decid)\w*)",
    re.I,
)
# An infinitive with its verb ("to review", not "to the Agency"): "That officers be asked to review X, and to report"
# keeps its "and to" with the verb before it.
INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|an?|all|each|be|its|their|his|her|this|these|those|any|every)\b)[a-z]+\b", re.I
)
# Between infinitives that are decisions of their own: "To support X, to write to Y and to invite Z" is three
# (in capitals too: "TO X AND TO Y").
AND_TO = re.compile(
    # ", to Y" only in a series that ends "and to Z": not "to delegate to A, after consulting B, to agree C"
    r"(?:;\s+(?:and\s+)?|,?\s+and\s+|,\s+(?=[^;]*\band\s+to\s+(?!(?:the|an?|all|each|be)\b)[a-z]))"
    r"(?=(?-i:to\s+[a-z]|TO\s+[A-Z]))(?!to\s+(?:the|an?|all|each|be)\b)",
    re.I,
)
# A second verb of the body after its decision: "The Panel agreed that X, and requested a report ...", "Cabinet
# agreed to X, approved Y and noted Z".
AND_THE_BODY = re.compile(
    rf"(?:[,;]?\s+and\s+|[,;]\s+)(?:also\s+|further\s+)?(?={_BODY_VERBS})",
    re.I,
)
# "To note X and to ask Y to do Z", "notes the report and requests ...": the request is the decision.
AND_THEN = re.compile(
    r";\s+and\s+(?=that\s)|(?:;|,)?\s+and\s+(?=(?:to\s+)?(?:ask|asks|asked|request|requests|requested|recommend|recommends|recommended|agree"
    r"|agrees|agreed|refer|refers|referred|invite|invites|invited|call|calls|called|instruct|instructs|instructed|require"
    r"|requires|required|write|writes|wrote|seek|seeks|sought|resolve|resolves|resolved|decide|decides|decided"
    r"|approve|approves|approved|endorse|endorses|endorsed|authori[sz]e|authori[sz]es|authori[sz]ed)\b"
    # not a participle beside another: "to note the appeals lodged and decided since the last meeting"
    r"(?!\s+(?:since|at|by|in|on|during|before|after|between|from|under|within|over|so\s+far|to\s+date)\b))",
    re.I,
)
# "That the report be noted and officers be asked to ...": the noting clause goes with its "and".
NOTED_THEN = re.compile(
    r"^that\s+[^;]{1,160}?\s+be\s+(?:noted|received|welcomed|acknowledged)(?:\s+and\s+(?:noted|welcomed))?,?\s+and\s+(?:that\s+)?"
    r"(?P<rest>(?:the|its|his|her|their|officers?|members|a|an|this|these|those|[A-Z]\w+)\b.*)$",
    re.I | re.S,
)
# The meeting's date: a label before it (a colon or a dash after it, or only a space before the
# date); a title ("Minutes of a meeting ... held on 15th January, 2013"; "A meeting of the Cabinet was
# held at County Hall on Tuesday 4 June 2019"; "The Committee met on ..."); never a date that belongs
# to other minutes, the next meeting or the publication.
DATE_LABEL = re.compile(
    r"^((?:meeting|hearing)\s+date|date\s+of\s+(?:the\s+)?(?:meeting|decision|hearing)|date\s*(?:and|&)\s*time|meeting\s+held(?:\s+on)?"
    r"|(?:decided|made|taken)\s+at\s+(?:the\s+)?meeting|decision\s+made\s+at|decision\s+date|date\s+(?:of\s+)?decision\s+(?:was\s+)?"
    r"(?:made|taken)|date\s+taken|date|meeting|held\s+on"
    r"|minutes?(?=\s*:\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?\d)"  # "Minutes: Tuesday 12 March 2024"
    rf"|(?:approved|agreed|decided)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?(?:{BODIES})\s+on"  # a direction's form
    # a report's cover: "Date of Overview & Scrutiny Committee" (not "Date of next meeting")
    rf"|date\s+of\s+(?:the\s+)?(?!(?:[\w&'’-]+\s+){{0,5}}?(?:next|previous|last|future|following|forthcoming)\b)"
    rf"(?:[\w&'’-]+\s+){{0,5}}?(?:{BODIES}))"
    r"(?:\s*[:\-–—]\s*|\s+(?=\d|(?:mon|tue|wed|thu|fri|sat|sun)))(.*)$",
    re.I | re.S,
)
# A date line's label naming the decision's own date, never the meeting a report goes to: "Date of decision",
# "Decided at meeting", "Date taken", "Hearing date".
DECISION_DATE = re.compile(r"decision|decided|made|taken|hearing|approved|agreed", re.I)
TITLE = re.compile(
    r"^(?:(?:the\s+)?(?:(?:draft|unconfirmed|unapproved)\s+)?minutes?|(?:at\s+)?(?:a|an|the)\s+(?:\w+\s+)?meeting|meeting"
    r"|(?:the\s+)?proceedings|record|notes)\s+of\b"  # "DRAFT MINUTES OF THE MEETING HELD ON ..."
    r"|^decisions\s+(?:made|taken)\s+by\b"  # "DECISIONS made by the Lead Member ..., on 9 March 2026"
    r"|\b(?:met|was\s+held|were\s+held|convened|assembled)\b|^held\b"
    r"|^(?:(?:draft|unconfirmed)\s+)?minutes\s*[-–—:,]\s*(?=(?:\w+day,?\s+)?\d)",  # "Minutes – Thursday 20 November 2025"
    re.I,
)
NOT_THIS_MEETING = re.compile(
    r"\b(?:previous|last|earlier|next|future|forthcoming|following|were|are|is|be|been|confirmed|approved|agreed|signed"
    r"|correct|true|attached|circulated|submitted|considered|received|noted|accurate|will)\b"
    r"|\bmeetings\s+held\b|\b(?:from|between)\s*$",  # a volume's period: "Minutes of meetings held from 1 April ..."
    re.I,
)
# What the words before a date say it is, when not a meeting's: "Published", "Call-in deadline", "Last updated",
# "Implementation date", "Expires", "Comes into force".
ANOTHER_DATE = re.compile(
    r"\b(?:next|publish\w*|publication|effective|deadline|due|issued?|printed|call(?:ed)?(?:-in)?|updated|modified|sent"
    r"|despatched|dispatched|implement\w*|expir\w*|in\s+force)\b|report\s+(?:of|by|dated|date)|date\s+of\s+(?:the\s+)?report",
    re.I,
)
NOT_A_MEETING_DATE = re.compile(rf"\d|{ANOTHER_DATE.pattern}", re.I)
# A report's sentence saying when the body agreed what it reports: "The Panel agreed its review ... on",
# "At its meeting on".
# A participle after its noun names another decision's date, not this body's: "as planned in the Programme
# approved by the Authority on 15 February 2024" (a report "agreed by the Committee on ..." dates itself).
ANOTHER_DECISION = re.compile(
    r"\b(?:in|under|of|with|within|from)\s+(?:the|its|their|an?)\s+(?:[\w'’/-]+\s+){1,8}?"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?:agreed|approved|adopted|endorsed)\s+by\b",
    re.I,
)
AGREED_ON = re.compile(
    # not where something goes: "agreed to add an item ... to the meeting on 14 November 2024"
    r"^(?!.*\b(?:to|for|until|into)\s+(?:the|its|their|a)\s+(?:[\w'’-]+\s+){0,3}?meeting\s+on$)"
    # nor where the decision sends something: "be submitted to Cabinet for consideration at its meeting on"
    r"(?!.*\bbe\s+(?:\w+\s+)?(?:submitted|referred|reported|presented|sent|forwarded|brought|considered|circulated)\b)"
    # ("agreed to refer the report to the Cabinet for consideration on")
    r"(?!.*\b(?:to\s+(?:refer|submit|send|forward|present)|for\s+(?:its\s+)?consideration)\b)"
    # nor the meeting that will confirm these minutes: "These minutes are subject to confirmation ... at its meeting on"
    r"(?!.*\b(?:subject\s+to|for|awaiting)\s+(?:\w+\s+)?(?:confirmation|approval)\b)"
    rf"(?!.*\b(?:will|would|next)\b).*(?:\b(?:{BODIES})\s+(?:agreed|made|adopted|approved)\b.{{0,120}}|\b(?:{BODIES})\s+met"
    r"|\b(?:agreed|approved|adopted"
    rf"|presented|submitted|endorsed)\b.{{0,80}}\b(?:{BODIES})(?:['’]s\s+meeting)?"
    r"|\bat\s+(?:its|their|the|a)\s+(?:[\w'’-]+\s+){0,6}?meeting(?:\s+(?:of|held)\b.{0,80})?)\s+on$",
    re.I,
)
# A document that is the meeting's agenda, by its title: "Agenda", "AGENDA – Cabinet – 4 June 2024",
# "Summons and agenda", "Agenda for the meeting of ..." (not "Agenda item", "Agenda and minutes", "Agenda,
# decisions and minutes"). What its items say is proposed (their "Recommendation: That the Committee ..."),
# nothing decided, until a "Minutes:" or "Decision:" label or another meeting's minutes in the pack.
# A committee system's page title over a meeting's items, never one of them: "Agenda and minutes", "Agenda,
# decisions and minutes", "Agenda, reports and minutes".
PAGE_TITLE = re.compile(
    r"agenda(?:\s*,\s*(?:decisions|reports|documents)|\s+and\s+(?:decisions|reports))*\s*(?:,|and)\s+(?:draft\s+)?minutes"
    r"|(?:recent|latest|published)\s+decisions",  # a committee system's list of decisions: "Recent decisions"
    re.I,
)
# The last meeting named, as its minutes' item is: "Minute of Previous Meeting", "Minutes of the last meeting".
PREVIOUS_MEETING = re.compile(r"\b(?:previous|last)\s+meeting\b", re.I)
# A meeting page's section of links over its minutes ("Documents" over "Agenda", "Minutes"): no item, and the
# "Agenda" under it is a link to the agenda, not the page's title.
LINKS_SECTION = re.compile(r"(?:meeting\s+|related\s+|supporting\s+)?(?:documents|downloads|attachments)", re.I)
AGENDA_TITLE = re.compile(
    r"^(?:(?:summons|notice\s+of\s+(?:the\s+)?meeting)\s+(?:and|&)\s+)?(?:draft\s+)?agenda(?:\s+(?:pack|papers|frontsheet"
    r"|document|reports?\s+pack))?(?:\s+(?:for|of)\s+(?!.*\b(?:minutes|decisions)\b).*|\s*[-–—:|/]\s*(?!.*\b(?:minutes"
    r"|decisions)\b).*)?$",
    re.I | re.S,
)
# A title that says the document is the minutes or decisions ("Minutes of ...", "Draft minutes", "Record of decisions").
MINUTES_TITLE = re.compile(
    r"^(?:draft\s+|unconfirmed\s+|confirmed\s+|signed\s+)?(?:minutes|notes\s+of|record\s+of|decisions?\s+(?:of|notice|list)"
    r"|(?:notice|schedule|list)\s+of\s+decisions)\b",
    re.I,
)
# A line of the minutes' front matter, a label and its value ("PUBLIC: 3", "PLACE: Village Hall", "Tel: 07700 ..."):
# never an item's title.
FRONT_LABEL = re.compile(
    r"(?:(?:members\s+of\s+the\s+)?public|place|venue|time|present|in\s+attendance|tel(?:ephone)?|e-?mail|mobile)\s*:\s*\S",
    re.I,
)
# A decision form's labels before their values ("Decision maker | Councillor ...", numbered rows of a record of
# decision): never an item's title; the form's title label ("Title of decision | ...") gives the title after it.
FORM_LABEL = re.compile(
    r"(?:decision\s+(?:maker|reference|ref\.?|number|no\.?|taken\s+by)|decided\s+by|key\s+decision\??|wards?\s+affected"
    r"|conflicts?\s+of\s+interests?\s+declared|dispensations?\s+granted|call[\s-]in\s+(?:deadline|expiry)"
    r"|(?:reasons?|grounds)\s+for\s+(?:the\s+)?decision|alternatives?(?:\s+options)?\s+considered|background\s+(?:documents|papers)"
    r"|issues?\s+(?:for|under)\s+(?:decision|consideration)|decision\s+made)\b",
    re.I,
)
FORM_TITLE = re.compile(
    r"(?:(?:decision|report|item)\s+title|title\s+of\s+(?:the\s+)?(?:decision|report|item))\s*:?\s+", re.I
)
# An email's header lines: its "Date:" is when it was sent, not the meeting's.
EMAIL_HEADER = re.compile(r"(?:from|sent|our\s+ref|your\s+ref)\s*:", re.I)  # or a letter's ("Our ref: CF/25-07")
# An officer's report, by its front matter: its "Recommendation(s)" section is the officer's proposal.
REPORT_FRONT = re.compile(
    r"^(?:report\s+(?:author|of|to|by)|lead\s+officer|wards?\s+affected|key\s+decision|cabinet\s+member"
    r"|portfolio\s+holder|contact\s+officer|report\s+title)\s*:",
    re.I,
)
# The same said in a report's title, before anything is read (in minutes, an item's "Report of the Head of
# Housing" names the report considered): "Report of the Director of Place", "REPORT TO CABINET" (a task
# group's report is its own: "Report of the Housing Task Group", "Report to the Place Scrutiny Committee").
REPORT_TITLE = re.compile(
    r"report\s+(?:of|by|from)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,3}?(?:director|head|officer|manager|chief\s+executive"
    r"|leader|cabinet\s+member|portfolio\s+holder)\b|report\s+to\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,2}?(?:cabinet|executive|council)\b"
    r"|^(?:the\s+)?(?:clerk|officer|director|treasurer|chief\s+executive)['’]s\s+report\b",  # "Clerk's Report to the Parish Council"
    re.I,
)
# A weekday-date or date line may carry a time and a place: "at 7.00 pm in the Council Chamber",
# or the meeting's hours: "10.00 a.m. – 12.35 p.m.".
_MERIDIEM = r"(?:am|pm|a\.m\.?|p\.m\.?)"
_CLOCK = rf"\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:{_MERIDIEM}|noon)?(?!\w)"
# What introduces the place or manner of a meeting after its date and time.
VENUE = re.compile(
    r"(?:[,\-–—(]|(?:at|in|to|via|by|on|as|online|through|using|virtual(?:ly)?|remote(?:ly)?|hybrid|held|and)\b)", re.I
)
TIME = re.compile(rf"^,?\s*(?:at\s+|@\s*|commencing\s+at\s+)?{_CLOCK}(?:\s*(?:[-–—]|to|until)\s*{_CLOCK})?", re.I)
# The hour at the end of a title's place: "..., at the Miners' Institute and via Zoom, commencing at 6.30 pm".
TIME_AT_END = re.compile(rf",?\s*(?:(?:commencing|starting|beginning)\s+)?(?:at\s+)?{_CLOCK}\s*\.?$", re.I)
# The item's title: "Item: ...", "Agenda Item 5: ...", "Subject: ...", a decision form's "Decision title | ..."
# or "Title of decision | ...".
ITEM_LABEL = re.compile(
    r"^(?:(?:agenda\s+)?item(?:\s+(?:no\.?\s*)?\d+[a-z]?)?|subject|topic|(?:(?:decision|report|item)\s+)?title"
    r"|title\s+of\s+(?:the\s+)?(?:decision|report|item))(?:\s*[:\-–—.]\s*|(?<=\d)(?P<bare>\s+)"
    r"|(?<=\d[a-z])(?P<bare2>\s+))(?P<title>.+)$",
    re.I | re.S,
)
# The same label with its title on the next line or in the next cell: "Agenda item:", "Subject:" (or, as a
# decision notice's section heading in capitals, "TOPIC" with no colon).
ITEM_LABEL_ALONE = re.compile(
    r"(?:(?:agenda\s+)?item|subject|topic|(?:decision|report|item)\s+title|title\s+of\s+(?:the\s+)?(?:decision|report|item))\s*:",
    re.I,
)
# A minute's number and title: "804 EMPTY HOMES STRATEGY (DEH) -", "OSC/45 TITLE", "Minute 48/19-20 – Title",
# "23-24/FRA/5 Response Standards Review", "IV UNSCHEDULED CARE" (Scottish minutes number items in Roman),
# "16213 POLICE MATTERS" (a town council's minutes numbered on from its first meeting),
# "*453 Title" (an asterisk marks a matter delegated to the committee), "CAB 44/23 TITLE" (a body's code, a space),
# "19/5/HSC Title" (the body's code last), "6.PLAYING FIELD" (no space after the number, before capitals), "CPJC 25/2 Title", "FC04:04/24 Title" (a meeting's code, a colon, the
# minute's), "Min 24/068 Title" (a parish clerk's short word); "Article 4 – Title"
# with its dash ("Article 4 Direction" is a planning power, not an item's number).
MINUTE = re.compile(
    r"^(?:(?P<word>min(?:ute)?\.?|article(?=\s+\d+[a-z]?\s*[.:\-–—])|(?:agenda\s+)?item)\s+(?:no\.?\s*)?)?[*†]?(?P<number>(?:(?-i:[A-Z]{1,5})\d{1,4}:)?(?:[A-Za-z0-9]{1,6}(?:&[A-Za-z]{1,3})?[/.\-–])*(?-i:[A-Z]{1,5}(?:&[A-Z]{1,3})? ?)?\d{1,4}(?:[a-z]|\([a-z]\))?"
    r"(?:/\d{1,4}(?:[-–/]\d{2,4})?)?(?:[/\-–](?-i:[A-Z][A-Za-z&]{1,5}))?|\d{5}|(?-i:[IVXL]{1,6}))(?:\s*[.:]|\s+[-–—])?(?:\s+\(?\d{1,3}[.)](?=\s))?(?:\s+|(?<=[.:])(?=(?-i:[A-Z]{2})))(?P<title>.+?)(?:\s*[-–—:]+)?$",
    re.I,
)
# An item's word and number before its title ("Article 4 – ", "Item 6: ", "Agenda item 5 - "): not the title.
# A title led by a planning application's reference: "HFP/2025/0236/FL – Erection of ...", "25/00412/FUL - 4 Mill Lane",
# a Northern Ireland council's "LA07/2025/0612/F – ...".
REFERENCE_TITLE = re.compile(
    rf"(?:[A-Z]{{1,5}}(?:\d{{2}})?/\d{{2,4}}/\d{{2,6}}|{APPLICATION_REF})(?:/[A-Z]{{1,5}}\d?)?\s*[-–—:]?\s"
)
ITEM_WORD = re.compile(
    r"^(?:min(?:ute)?\.?|article(?=\s+\d+[a-z]?\s*[.:\-–—])|(?:agenda\s+)?item)\s+(?:no\.?\s*)?\d[\w./-]*\s*[:.\-–—]?\s+(?=\S)",
    re.I,
)
# A heading naming one sitting of a meeting, before its date: "PART 2 – RECONVENED MEETING, TUESDAY 19 MARCH 2024",
# "Day 2 – Wednesday 4 June 2025", "Adjourned meeting: 19 March 2024".
SITTING = re.compile(r"\b(?:part|session|day|sitting|reconvened|adjourned|continued|resumed)\b", re.I)
# A committee system's page heading, or a form's label on a line of its own: the subject's title comes next.
# A heading over the items ("Agenda Items", "Items of Business", "Business transacted") is none of them.
PAGE_HEADING = re.compile(
    r"(?:decision|issue)\s+details|issue\s*[-–—]\s*meetings|agenda\s+items?|(?:decision|report)\s+title"
    r"|title\s+of\s+(?:the\s+)?(?:decision|report)|items?\s+of\s+business|(?:order\s+of\s+)?business(?:\s+transacted)?",
    re.I,
)
# What a committee system prints after an item's title: the link to its report ("pdf icon PDF 412 KB").
# A decision list's reference and status ("ref: 1252  Recommendations Approved"); "(Key Decision)";
# the agenda's page numbers ("(Pages 5 - 12)"), a restricted report's notice; the agenda's item number ("- Agenda Item 8"); the
# minute's or report's reference code ("(Dac.04.09.2023/5)", "C101 – 2023", "CAB 44/23").
# What follows a body's name and a dash in the title of its own document ("Area Committee – Minute", "... decided –
# September 2024", "... Partnership – Key Messages"), unlike an item's ("Play Areas Task and Finish Group – Final Report").
BODY_TITLE_TAIL = re.compile(
    r"\b(?:19|20)\d\d\b|^(?:draft\s+|unconfirmed\s+)?(?:minutes?|agenda|record|notes|decisions?|summary|meeting"
    r"|key\s+(?:messages|decisions|points)|highlights|briefing|bulletin)\b"
    # where it meets: "WEST FORTHVALE AREA COMMITTEE - DALMORE." (not "... Group – Final Report", "– Call-in")
    r"|^(?!.*\b(?:report|review|inquiry|findings|recommendations?|response|update|call[\s-]?in|budget|plan|strategy"
    r"|policy|protocol|terms)\b)(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))?\W*$",
    re.I,
)
# A body's name and a date, as a report heads each meeting's recommendations: "Homes Sub-Committee – 3 March 2025".
BODY_DATE = re.compile(rf"^(?:[\w&'’,()-]+\s+){{0,10}}?(?:{BODIES})\s+[-–—]\s+(?P<date>\S.{{5,40}})$", re.I)
# What stands before a decision's words and is none of them: a committee's own code for it ("(SC1) a phased roll-out
# ...", "A1/25 – The Director to share ..."), a mark a key at the top explains ("[D] RESOLVED ..." for a delegated
# one, "» RECOMMENDED ..."), a paragraph's number without its full stop ("2 It was resolved that the payments ...").
DECISION_MARK = re.compile(
    r"^(?:\((?-i:[A-Z]{1,4})\s?\d{1,3}\)|(?-i:[A-Z]{1,3})\d{1,3}/\d{2}\s*[-–—:])\s+(?=\S)"
    r"|^(?:[»►▶➤→]|\[(?-i:[A-Z]{1,3})\])\s*(?=[A-Za-z])"
    # (or its minute's paragraph code: "C.4125.1 RESOLVED: that ...", "25/104.2 AGREED to ...")
    r"|^(?:\d{1,2}|(?-i:[A-Z]{1,3})?[./]?\d{1,5}(?:[./]\d{1,4})*\.\d{1,2})\s+(?=(?:it\s+was\s+)?(?:resolved|agreed|decided)\b)",
    re.I,
)
# A decisions list's reference after an entry's title ("... ref: 2214 Recommendations Approved").
DECISION_REF = re.compile(r"\sref:?\s*\d+\b", re.I)
# A person and their post, as a committee page prints who presents an item under its title ("Martin Carne, Director
# of Adult Social Care", "Nadia Kessell, Health Inequalities Manager, Brackenmoor Council"): no title.
NAMED_POST = re.compile(
    r"^(?:(?:dr|mr|mrs|ms|miss|cllr|councillor|professor|prof)\.?\s+)?(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?-i:[A-Z][a-z][\w'’-]*)){1,2},\s+"
    r"(?:[\w&'’-]+\s+){0,5}?(?:director|manager|officer|head|chief|lead|consultant|clerk|executive|commissioner"
    r"|advis[eo]r|co-?ordinator|superintendent|inspector|principal|specialist|analyst|partner)\b",
    re.I,
)
A_MEMBER = re.compile(r"\b(?:councillor|cllr|chair(?:man|person)?)\b", re.I)  # a title naming who reports
AND_RESOLVED = re.compile(r"\s+and\s+(?:it\s+was\s+)?(?-i:RESOLVED|AGREED)\s+(?=(?:that|to)\s)")  # a second decision
# "Minute 201", or a sub-item's number and letter on a committee page's line of its own ("2a" over its title)
ITEM_NUMBER_ALONE = re.compile(
    r"(?:minute|(?:agenda\s+)?item)\s+(?:no\.?\s*)?\d{1,5}[a-z]?\.?|\d{1,3}(?-i:[a-z])", re.I
)
ITEM_NOISE = re.compile(
    rf"^(?:pdf|docx?|xlsx?)\s+(?=.*\({LINK_SIZE}\)\s*$)"  # a link's icon and size: "pdf Car Parks (234Kb)"
    rf"|\s*(?:[(\[][^()\[\]]{{0,40}}\b(?:pdf|docx?|xlsx?)\b[^()\[\]]{{0,12}}?{LINK_SIZE}[)\]]"  # "(Report PDF, 188KB)"
    rf"|\({LINK_SIZE}\)"
    rf"|\(?{PDF_LINK}\)?|\s[-–—:]+|\.?\s+ref:?\s*\d+\b.*"
    r"|\((?:key|non[\s-]?key)(?:\s+decision)?\)|\(pages?\s+\d+(?:\s*[-–]\s*\d+)?\)"
    r"|\s*\((?:continued|cont(?:['’]?d)?\.?)\)"  # the title printed again at a page's top: "92. GRANTS (Continued)"
    r"|\s+restricted\s+(?:enclosure|item)\b.*|\s+(?-i:PDF)"  # "Restricted enclosure View ...", a hidden "PDF"
    rf"|\s+\(\d{{1,2}}[.:]\d{{2}}\s*{_MERIDIEM}\))\s*$"  # the time it was taken: "Work Plan (7.15pm)"
    r"|\s*(?:[-–—,]\s*|[(\[])(?:agenda\s+(?:item\s+)?|item\s+)(?:no\.?\s*)?\d+(?:\.\d+)*[a-z]?[)\]]?\s*$"  # "(Agenda No. 4.2)"
    r"|\s+(?:\((?-i:[A-Z]{1,4}\.?|[A-Z][a-z]{1,4}\.)\s?\d[\d.]*/\d{1,4}\)"
    r"|(?-i:[A-Z]{1,4}\.?|[A-Z][a-z]{1,4}\.)\s?\d{1,3}(?:\s*[-–—]\s*(?:19|20)\d{2}|/\d{2}))\s*$"
    r"|(?<=\w)(?<!reference)(?<!\bref)(?<!\bcase)(?<!\bno)\s+(?-i:[A-Z]{1,4})/\d{2}/\d{1,4}\s*$"  # a report's code run on
    # after its title: "... PR/24/101", not a title naming it: "DETERMINATION OF COMPLAINT – CASE REFERENCE SCC/24/017";
    r"|^(?-i:[A-Z]{1,4})/\d{2}/\d{1,4}\s+(?=\S)",  # or before it, after the minute's number: "2109  PH/25/02  FEES ..."
    re.I,
)
# A request in the past tense: "Officers were asked to report in June" asks, it does not narrate.
ASKED = re.compile(
    r"\b(?:asked|requested|instructed|invited|required|tasked|directed|authorised|delegated)\s+to\b", re.I
)
# What a recommendation not in the form "That ..." says, as a summary of findings does not: "The Council should
# publish ...", "Officers must ...", "We urge the Board to ...", "The Group recommends ...".
ASKS = re.compile(
    r"\b(?:should|must|shall|needs?\s+to|ought\s+to|recommend(?:s|ed)?|requests?|urges?|calls?\s+(?:on|for)|asks?)\b",
    re.I,
)
# A body saying it recommends, in a lead over its points: "The Task and Finish Group recommends that Cabinet:".
# Or says they are its own: "Our recommendations are set out below", "The Panel's recommendations are ...".
BODY_RECOMMENDS = re.compile(
    rf"(?:the\s+)?(?:[\w&'’-]+\s+){{0,5}}?(?:{BODIES})\s+recommends\b"
    rf"|(?:our|the\s+(?:[\w&'’-]+\s+){{0,5}}?(?:{BODIES})['’]s?)\s+recommendations\s+(?:are|is|were)\b",
    re.I,
)
# A report's section that lists its recommendations again: "Summary of recommendations", "Conclusions".
SUMMARY = re.compile(r"\b(?:summary|recommendations?|conclusions?)\b", re.I)
# A lead over a summary of the meeting for readers, its minutes below it: "A brief summary of key elements of the PC
# Meeting on 22nd January 2025. At this meeting they:", "The meeting at a glance:".
MEETING_SUMMARY = re.compile(
    r"\bsummary\s+of\s+(?:the\s+)?key\b|\bkey\s+(?:elements|points|highlights)\s+of\b|\bat\s+a\s+glance\b", re.I
)
# A committee system's label between an item's agenda text and what the meeting did.
SECTION_LABEL = re.compile(r"(?:minutes|decisions?)\s*:", re.I)
# The column of a table that holds each item's decision: minutes published as a table. "Decision",
# "Cabinet decision", "Decisions made", "Decision of the Board", "Decision(s)", "Decision and reasons",
# "Details of decision", "Decision summary",
# "Agreed / actions", "Decisions and actions", "Action items/decisions", "Actions agreed", "Discussion and
# resolution", "Notes and decisions": what the body
# decided or agreed, beside the notes ("Action" alone heads an action log: a tracker's column).
_ACTIONS = r"(?:actions?(?:\s+(?:items?|points?))?|reasons?|discussion|notes?|business|description)"  # "Discussion and resolution"
_DECIDED = (
    rf"(?:(?:the\s+)?(?:{BODIES})(?:'s|’s)?\s+)?(?:(?:(?:summary|details?|record|text|wording)\s+of\s+(?:the\s+)?)?decisions?(?:\(s\))?(?:\s+(?:taken|made|reached|summary|details?|record|text|wording))?|resolutions?(?:\(s\))?|resolved|agreed"
    rf"|minutes?|outcomes?|(?:items?\s+)?under\s+discussion|proceedings)(?:\s+(?:of|by)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{BODIES}))?"
)
_AND = r"\s*(?:/|and|&)\s*"
DECISION_COLUMN = re.compile(  # (after the item's own word: "Item / discussion / decision")
    rf"\s*(?:items?{_AND})?(?:(?:{_ACTIONS}{_AND})?{_DECIDED}(?:{_AND}(?:{_ACTIONS}|{_DECIDED}))?|{_ACTIONS}\s+agreed|agreed\s+{_ACTIONS})"
    r"\s*(?:\([^)]*\))?\s*:?\s*",
    re.I,
)
# A row of the attendance above a table of minutes ("Present | Cllr Tennant (Chair), ...", "Apologies | ...").
ATTENDANCE_LABEL = re.compile(
    r"(?:(?:(?:members?|councillors?|officers?)\s+)?(?:present|in\s+attendance)|also\s+(?:present|in\s+attendance)"
    r"|officers?|apologies(?:\s+for\s+absence)?|absent|attendees?|substitutes?|observers?|venue|date|time)\s*:?",
    re.I,
)
# The body's own request among its conclusions, what it asks for named or not: "The Panel asked officers to ...",
# "requested a list of ..." (looser than BODY_ASKED, which reads a sentence standing alone).
BODY_ASKS = re.compile(rf"(?:the\s+)?(?:{BODIES})\s+(?:asked|requested|instructed|invited)\b", re.I)
# A decision column's heading that names the narrative beside the decision ('Description/Resolution').
NARRATIVE_COLUMN = re.compile(r"\b(?:description|discussion|notes?)\b", re.I)
# A decision column that holds each minute's whole text, not only what was decided ("Minute", "Minutes").
MINUTE_COLUMN = re.compile(r"\s*(?:minutes?(?:\s+text)?|(?:items?\s+)?under\s+discussion|proceedings)\s*:?\s*", re.I)
# The column of a layout table that names who acts on the row beside it.
_OWNER = r"\s*(?:actions?(?:\s+by)?|owner|by\s+whom|who|lead(?:\s+officer)?|responsible(?:\s+officer)?)\s*:?\s*"
OWNER_COLUMN = re.compile(_OWNER, re.I)
# A minutes table's column beside the decision that says who acts or when, never the item's title ('Action by',
# 'By when', 'Lead officer', 'Target date').
ASIDE_COLUMN = re.compile(
    rf"{_OWNER}|\s*(?:by\s+when|when|officer|(?:target\s+|due\s+|completion\s+)?date|deadline|timescale)\s*:?\s*", re.I
)
# A minutes table's column that names each row's item: by its title ('Title', 'Subject', 'Item title') or as
# the item itself ('Item', 'Agenda item', 'Minute', 'Business').
TITLE_COLUMN = re.compile(r"\s*(?:item\s+)?(?:title|subject)\s*:?\s*", re.I)
ITEM_COLUMN = re.compile(r"(?:agenda\s+)?items?|minute|business", re.I)
# A committee system's label over an item's papers ("Additional documents:", "Supporting documents:"): over links,
# never a list of decisions or of narrative.
PAPERS_LABEL = re.compile(
    r"(?:(?:additional|supporting|background|related|other|meeting)\s+)?(?:documents?|papers?|attachments?|appendices|links?)\s*:",
    re.I,
)
# A minutes table's column of the papers considered ('Report', 'Papers'), never the item's title.
PAPERS_COLUMN = re.compile(
    r"\s*(?:(?:the\s+)?reports?|(?:background\s+)?papers?|documents?|attachments?|links?)\s*:?\s*", re.I
)
# A note of the vote after a decision: "(Proposed by Councillor Reed, seconded by ...)".
# "(AH/PD)", "(JS & TM)": the mover's and the seconder's initials.
_MOVED = (
    r"(?:proposed|proposer|prop|moved|seconded|seconder|sec|unanimous(?:ly)?|(?:by\s+(?:a\s+)?)?majority|carried|agreed\s+unanimously|nem\.?\s*con"
    r"|votes?|voting|for\s*:?\s*\d|\d{1,3}\s+(?:for|in\s+favour|o\s+blaid)|all\s+in\s+favour)\b"  # Welsh: "9 o blaid / for"
)
VOTE_NOTE = re.compile(
    rf"\s*\((?:{_MOVED}[^()]*|(?-i:[A-Z]{{1,3}})\s*(?:/|&|and|,)\s*(?-i:[A-Z]{{1,3}}))\)\.?\s*$"
    # or after a dash: "... before the lease is signed – Agreed", "... – carried unanimously."
    r"|\s+[–—-]\s*(?:all\s+)?(?:agreed|carried|approved|resolved|unanimous(?:ly)?)(?:\s+(?:unanimously|by\s+all|agreed))?\.?\s*$",
    re.I,
)
# Who moved it, as a clause inside the decision: "That the motion, which had been proposed by Cllr Tohill and seconded
# by Cllr Ferris, be referred to ..." (never part of a record).
MOVED_CLAUSE = re.compile(
    r",\s*(?:which|that)\s+(?:had\s+been|was|has\s+been)\s+(?:proposed|moved)\s+by\s+[^,;]{1,80}?"
    r"(?:\s+and\s+seconded\s+by\s+[^,;]{1,80}?)?,\s*",
    re.I,
)
VOTE_FIRST = re.compile(rf"^\((?:{_MOVED})[^()]*\)\s*(?:[:\-–—]\s*)?(?=\S)", re.I)  # before the decision
# The same as a sentence after the decision: "Proposed Cllr Hill, seconded Cllr Ray, all in favour."; a member's
# own vote, interest, arrival or leaving: "(Councillor Hay abstained.)", "Cllr Rose asked for her vote against to be
# recorded.", "Councillor Hale declared an interest and left the room."; and a sentence that only notes: "Officers
# to note the comments made."
# What a decision's coming into effect is said with: "published", "take effect", "be implemented", "called in".
_TAKES_EFFECT = r"(?:published|come\s+into\s+(?:force|effect)|take\s+effect|called[\s-]in|be\s+implemented)"
# A report's part that holds its recommendations ("4. Recommendations", "Summary of Recommendations", "Conclusions
# and recommendations"): the word among its first four, in a short title.
REPORT_PART = re.compile(r"\W*(?:[\w'’-]+\W+){0,3}?(?:recommendations?|conclusions)\b(?:\W+[\w'’-]+){0,3}\W*$", re.I)
# A contents list's title (minutes.py's _contents): "Contents", "Table of Contents", "CONTENTS:".
CONTENTS = re.compile(r"\s*(?:table\s+of\s+)?contents?(?:\s+page)?\s*:?\s*", re.I)
AFTER_DECISION = re.compile(
    # when the decision takes effect: "The decision may therefore be implemented." (a call-in not referred back)
    rf"^(?:the\s+|this\s+|that\s+)?decisions?\s+(?:\w+\s+){{0,3}}?{_TAKES_EFFECT}\b|"
    rf"^\(?(?:(?:this|which|it)\s+was\s+(?:then\s+)?{_MOVED}|{_MOVED}|(?:the\s+|\d{{1,3}}\s+|all\s+)?{_PEOPLE}(?!\w)(?:\s*\([^()]{{0,200}}\))?[^.;:]{{0,80}}?\b(?:abst\w+|vot\w+|declared|left|arrived|withdrew|returned"
    r"|rejoined|joined|entered|took\s+no\s+part)\b)|^[\w'’&.,() -]{1,60}?\s+to\s+(?:note|receive|welcome)\b"
    r"|^(?-i:[A-Z]{2,3})\s+(?:left|returned|arrived|rejoined|withdrew)\b"  # a member by initials: "TO returned."
    # what was done with a paper at the meeting: "The bank reconciliation was checked and signed by RM."
    r"|^the\s+(?:[\w'’-]+\s+){1,4}(?:was|were)\s+(?:checked|signed|verified|initialled|circulated|tabled)(?:\s+and\s+\w+)?\s+by\b"
    # the body's reasons after its decision: "The Board considered that granting the licence would be ..."
    rf"|^(?:the\s+)?(?:[\w&'’-]+\s+){{0,4}}?(?:{BODIES})\s+(?:considered|felt|was\s+(?:satisfied|of\s+the\s+view|not\s+satisfied))\s+that\b"
    # what members said of it: "Members welcomed the dismissal of the appeal ...", "Councillors thanked the officers.",
    # "Councillor Hobbs asked that the speed checks continue."
    r"|^(?:members|councillors|the\s+chair(?:man)?|(?:councillor|cllr\.?)\s+(?:mrs?\.?\s+|ms\.?\s+)?(?-i:[A-Z][\w'’-]+))\s+(?:welcomed|thanked|praised|commended|congratulated|expressed|commented"
    r"|noted|discussed|raised|asked|questioned|acknowledged|recognised|recognized|considered|felt|thought"
    r"|were\s+(?:concerned|of\s+the\s+view))\b",  # "Members considered the dormer out of keeping.": a reason
    re.I,
)
# What a point says that decides nothing, whatever introduced it (each read whole): questions under "Members
# asked:", how a vote went, a vote on a line of its own, a verb with nothing to do, a list of dates.
_VOTED = r"unanimously|nem\.?\s*con\.?|(?:with|by)\s+[^.;]*\b(?:votes?|abstentions?)\b[^.;]*"
NOT_A_DECISION = {
    "a question": re.compile(r"(?:why|what|how|whether|when|who|which|where)\b.*", re.I | re.S),  # "why the ..."
    "how a vote went": re.compile(  # "The Council approved unanimously."
        rf"(?:the\s+)?(?:[\w&'’-]+\s+){{0,4}}?(?:{BODIES})\s+(?:approved|agreed|resolved)\s+(?:{_VOTED})\W*", re.I
    ),
    "a vote on a line of its own": re.compile(  # "(5 Members voted in favour and 1 Member abstained.)"
        rf"(?={AFTER_DECISION.pattern})(?=.*?(?:\b(?:vot|abst)\w*|\b(?:seconded|proposed)\b)).*", re.I | re.S
    ),
    "a verb with nothing to do": re.compile(r"(?:that|to)\s+\w+\W*", re.I),  # "the hall committee agreed to ask."
    "only dates": re.compile(rf"(?:{ONLY_DATES.pattern})*", re.I),
    "a notice of when decisions take effect": re.compile(  # "Decisions published on 12/07/2024 ... unless called in"
        rf"(?:the\s+|these\s+)?decisions?\b.*\b{_TAKES_EFFECT}\b.*",
        re.I | re.S,
    ),  # "Agreed – 10th June and 9th September"
    # what the meeting found, no act: "RESOLVED: That there were none.", "That there were no Reserve Members present."
    "a fact of the meeting": re.compile(
        r"(?:that\s+)?there\s+(?:were|was|are|is|had\s+been)\s+(?:none|no)\b.*", re.I | re.S
    ),
}
SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with & -".split())
