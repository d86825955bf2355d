"""Make a synthetic records repository for benchmarks: N realistic, canonical, valid records.

    python bench/generate.py DIR N [--seed S] [--as-of YYYY-MM-DD]

Every record is built as a `scrutrack.model.Record`, moved along a legal path with the functions
of `scrutrack.lifecycle` and written with `scrutrack.canonical.dumps`, so `scrutrack check` finds
nothing wrong. About 40 % of the records are overdue on `as_of` (default: today). Each record
draws from its own seeded random stream, so the output depends only on (n, seed, as_of), and
the work can be shared between processes.

No relevant date (due, response due, review, referral deadline) falls within a day of `as_of`,
so tools that draw the "overdue" line at a different hour of the day agree on what is late.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # `python bench/generate.py`: make `scrutrack` importable from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scrutrack import lifecycle as lc
from scrutrack.canonical import dumps
from scrutrack.dates import add_period, parse_period
from scrutrack.model import HistoryEntry, Record

LATE_SHARE = 0.40
DAY = dt.timedelta(days=1)

# slug, name, response_period, referral_window (None: the [defaults])
COMMITTEES = (
    ("cyp", "Children & Young People Sub-Committee", None, None),
    ("health", "Health & Social Care Sub-Committee", "8 weeks", None),
    ("streets", "Streets, Environment & Homes Sub-Committee", None, "21 days"),
    ("sandoc", "Scrutiny & Overview Committee", None, None),
    ("finance", "Finance & Performance Panel", "28 days", "6 weeks"),
    ("housing", "Housing Scrutiny Panel", None, None),
    ("community", "Communities & Safety Sub-Committee", "2 months", "28 days"),
    ("planning", "Planning & Regeneration Scrutiny Panel", None, "35 days"),
    ("education", "Education & Skills Scrutiny Panel", "6 weeks", None),
    ("adults", "Adult Social Care Scrutiny Panel", None, None),
)
DEFAULTS = {"response_period": "2 months", "referral_window": "28 days"}

THEMES = {
    "ofsted-1": "Widespread failures in services for children and families",
    "ofsted-3": "Quality of plans and managerial oversight",
    "ofsted-4": "Conditions for social work to thrive; caseloads",
    "ofsted-7": "Early help across the partnership",
    "workforce": "Recruitment, retention and the use of agency staff",
    "complaints": "Complaints handling and learning from complaints",
    "budget": "In-year budget pressures and savings delivery",
    "housing-supply": "Supply of affordable and temporary accommodation",
    "air-quality": "Air quality and the transport strategy",
    "safeguarding": "Multi-agency safeguarding arrangements",
    "send": "Special educational needs and disabilities",
    "partnership": "Working with health, police and voluntary sector partners",
    "performance": "Performance reporting and benchmarking",
    "digital": "Digital services and customer contact",
}

ITEMS = (
    "Children's Services Improvement Arrangements",
    "Recruitment & Retention",
    "Children's Statutory Complaints Report",
    "Children's Improvement Plan Update",
    "Cabinet Member Question Time",
    "Multi-agency Safeguarding Children Arrangements",
    "School Place Planning",
    "SEND Strategy and High Needs Funding",
    "Youth Justice Plan",
    "Budget Monitoring: Quarter 2",
    "Medium Term Financial Strategy",
    "Treasury Management",
    "Adult Social Care Charging Policy",
    "Hospital Discharge and Reablement",
    "Housing Allocations Policy Review",
    "Temporary Accommodation Costs",
    "Fly-tipping and Street Cleansing",
    "Air Quality Action Plan",
    "Parking Enforcement Review",
    "Homelessness Prevention Strategy",
    "Local Plan Review",
    "Council Tax Support Scheme",
    "Libraries Transformation",
    "Public Health Annual Report",
    "Corporate Performance Report",
    "Community Safety Partnership Annual Report",
    "Violence Reduction Network",
    "Digital Customer Access Programme",
    "Workforce Strategy",
    "Leisure Services Contract",
)

PORTFOLIOS = (
    "Children, Young People & Learning",
    "Families, Health & Social Care",
    "Finance & Resources",
    "Homes & Gateway Services",
    "Clean Green Croydon",
    "Safer Croydon & Communities",
    "Economy & Jobs",
    "Culture, Leisure & Sport",
    "Transport & Environment",
)
PARTNERS = (
    "Cabinet",
    "Clinical Commissioning Group",
    "Metropolitan Police (BCU Commander)",
    "Safeguarding Children Partnership Executive",
    "Health and Wellbeing Board",
    "Director of Public Health",
    "Executive Director of Resources",
)
OWNERS = (
    "Director of Children's Social Care",
    "Director of Early Help",
    "Head of HR",
    "Director of Education",
    "Head of Complaints Resolution",
    "Director of Finance",
    "Head of Housing Needs",
    "Director of Public Health",
    "Head of Environmental Services",
    "Director of Adult Social Care Operations",
    "Head of Democratic Services",
    "Director of Planning and Strategic Transport",
    "Head of Community Safety",
    "Chief Digital Officer",
    "Head of Performance and Intelligence",
)
BY = ("Scrutiny officer", "Democratic Services", "Senior Governance Officer", "Committee clerk")

REC_OPENERS = (
    "That the Cabinet Member for {p} be asked to",
    "The Sub-Committee recommends that the Cabinet Member for {p}",
    "That the Cabinet be recommended to",
    "That the Executive be asked to",
    "That partners be asked to",
)
ACTION_OPENERS = (
    "That officers",
    "That the Director",
    "An update report be brought to the Sub-Committee to",
    "That the lead officer",
    "That officers, working with partners,",
)
VERBS = (
    "review",
    "publish",
    "set out a timetable for",
    "report back on",
    "provide evidence of",
    "strengthen",
    "benchmark",
    "circulate figures on",
    "develop an action plan for",
    "consult service users on",
    "commission an independent review of",
    "reconsider",
)
OBJECTS = (
    "the handover from interim to permanent staff at senior levels",
    "the number of children accommodated under Section 20 for more than six months",
    "performance against the complaints service level agreement",
    "the conversion rate of locum social workers to permanent roles",
    "caseloads in the assessment and care planning teams",
    "the thematic analysis of complaints received in the last quarter",
    "the use of bed and breakfast accommodation for families",
    "the savings still to be delivered in the current financial year",
    "the timeliness of Education, Health and Care Plans",
    "air quality monitoring near schools on main roads",
    "the take-up of early help across the partnership",
    "response times for reports of fly-tipping",
    "delayed transfers of care from hospital",
    "the voice of the child in care planning",
)
PURPOSES = (
    "so that Members can assess whether the intended outcomes are being realised",
    "including a comparison with statistical neighbours and the London average",
    "with timescales and named leads for each action",
    "and that the findings be reported to a future meeting of the Sub-Committee",
    "taking account of the views of young people and their carers",
    "in time for the next budget setting round",
    "so that progress can be tracked against the Improvement Plan",
)
SECOND = (
    "The Sub-Committee was concerned that emerging strategies had not been shared with Members before decisions were taken.",
    "Members noted that similar concerns had been raised at previous meetings without a clear response.",
    "The Sub-Committee would welcome evidence of applied learning from the information gathered.",
    "This should be considered alongside the findings of the most recent inspection monitoring visit.",
    "Figures should be broken down by locality and, where possible, by age group and ethnicity.",
    "The Chair will discuss the scope of this work with the relevant officers before the next meeting.",
)
RESPONSES = (
    "Agreed. A timeline will accompany each quarterly update to the Sub-Committee, with named leads.",
    "Accepted. The service will bring a report with benchmarking data to the meeting after next.",
    "Accepted in part: the figures will be circulated, but a separate review is not affordable this year.",
    "The Cabinet Member welcomes the recommendation; an action plan is being drawn up with partners.",
    "Agreed; this will form part of the refreshed strategy, due for Cabinet approval in the spring.",
)
REJECTIONS = (
    "Not accepted. The existing arrangements already provide this assurance through the Improvement Board.",
    "Rejected: the cost of the proposed review cannot be met within the current budget envelope.",
    "The Cabinet does not support this recommendation, as the statutory guidance is being revised nationally.",
)
FOLLOW_UP = (
    "Officers will report progress to the Sub-Committee every quarter until the work is complete.",
    "The Cabinet Member will attend a future meeting to answer questions on delivery.",
    "",
)
SLIP_REASONS = (
    "Delayed by the restructure of the service",
    "Awaiting the outcome of the inspection",
    "Consultation period extended",
    "Budget approval moved to the next financial year",
    "Key post vacant for three months",
    "Partner data not yet available",
)
EV_TITLES = (
    "Progress report to the Sub-Committee",
    "Minutes of the Cabinet meeting",
    "Published action plan",
    "Quarterly performance report",
    "Briefing note to Members",
    "Revised policy document",
)
EVIDENCE_FILES = tuple(f"evidence/briefing-{i:02d}.pdf" for i in range(1, 21))


@dataclass(frozen=True, slots=True)
class Slot:
    """One recommendation's place: its committee, meeting and number (its ID)."""

    committee: str
    meeting: dt.date
    number: int

    @property
    def id(self) -> str:
        return f"{self.committee}-{self.meeting.isoformat()}-{self.number}"


# ------------------------------------------------------------------------------ the plan


PER_MEETING = (1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15)  # recommendations at one meeting


def plan_slots(n: int, seed: int, as_of: dt.date) -> list[Slot]:
    """N IDs: each committee's meetings on distinct weekdays, 1 to 15 recommendations each."""
    rng = random.Random(f"slots:{seed}")
    n_comm = len(COMMITTEES)
    mean = sum(PER_MEETING) / len(PER_MEETING)
    per_committee = max(1, round(n / (mean * n_comm)))
    # Meetings are 3+ days before as_of, over 5 years or more, so that weekdays suffice.
    years = max(5.0, per_committee * 1.6 / 260)
    first = as_of - dt.timedelta(days=int(years * 365))
    last = as_of - 3 * DAY
    weekdays = [d for i in range((last - first).days + 1) if (d := first + i * DAY).weekday() < 5]
    meetings = [
        [slug, day, rng.choice(PER_MEETING)]
        for slug, *_ in COMMITTEES
        for day in rng.sample(weekdays, min(len(weekdays), per_committee))
    ]
    # Adjust the counts at random meetings until they add up to exactly N.
    total = sum(m[2] for m in meetings)
    while total < n:
        rng.choice(meetings)[2] += 1
        total += 1
    while total > n:
        m = rng.choice(meetings)
        if m[2] > 1:
            m[2] -= 1
            total -= 1
        elif len(meetings) > 1:
            meetings.remove(m)
            total -= 1
    slots = [Slot(slug, day, k) for slug, day, count in meetings for k in range(1, count + 1)]
    slots.sort(key=lambda s: (s.meeting, s.committee, s.number))
    return slots


def periods(slug: str) -> tuple[str, str]:
    for c_slug, _, response, window in COMMITTEES:
        if c_slug == slug:
            return response or DEFAULTS["response_period"], window or DEFAULTS["referral_window"]
    raise KeyError(slug)


def latest_start(limit: dt.date, period: str) -> dt.date:
    """The last day d with add_period(d, period) <= limit."""
    n, unit = parse_period(period)
    d = limit - DAY * ({"day": 1, "week": 7, "month": 31}[unit] * n + 3)
    while add_period(d + DAY, period) <= limit:
        d += DAY
    return d


def config_text() -> str:
    lines = ["schema = 1", "", "[defaults]"]
    lines += [f'{k} = "{v}"' for k, v in DEFAULTS.items()]
    for slug, name, response, window in COMMITTEES:
        lines += ["", f"[committees.{slug}]", f'name = "{name}"']
        if response:
            lines.append(f'response_period = "{response}"')
        if window:
            lines.append(f'referral_window = "{window}"')
    lines += ["", "[themes]"]
    lines += [f'{slug} = "{desc}"' for slug, desc in THEMES.items()]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------- one record


class _Builder:
    """Builds one record along a legal path, keeping every event on or before `last`."""

    def __init__(self, rng: random.Random, slot: Slot, as_of: dt.date, later_ids: list[str]) -> None:
        self.rng = rng
        self.slot = slot
        self.as_of = as_of
        self.last = as_of - 2 * DAY  # no event after this day
        self.later_ids = later_ids
        self.response_period, self.window = periods(slot.committee)
        self.by = rng.choice(BY)

    # --- helpers
    def day_between(self, lo: dt.date, hi: dt.date) -> dt.date:
        if hi <= lo:
            return lo
        return lo + DAY * self.rng.randint(0, (hi - lo).days)

    def after(self, start: dt.date, lo: int, hi: int, limit: dt.date | None = None) -> dt.date:
        """A day lo..hi days after start, never past `limit` (default: the last event day)."""
        limit = self.last if limit is None else limit
        d = start + DAY * self.rng.randint(lo, hi)
        return max(start, min(d, limit))

    def past(self, lo: dt.date) -> dt.date:
        """A relevant date that has passed by at least two days (as_of - 2 at the latest)."""
        return self.day_between(lo, self.as_of - 2 * DAY)

    def future(self, lo: int = 2, hi: int = 400) -> dt.date:
        return self.as_of + DAY * self.rng.randint(lo, hi)

    def text(self, kind: str) -> str:
        rng = self.rng
        if kind == "recommendation":
            opener = rng.choice(REC_OPENERS).format(p=rng.choice(PORTFOLIOS))
        else:
            opener = rng.choice(ACTION_OPENERS)
        sentence = f"{opener} {rng.choice(VERBS)} {rng.choice(OBJECTS)}, {rng.choice(PURPOSES)}."
        parts = [sentence]
        if rng.random() < 0.7:
            parts.append(rng.choice(SECOND))
        return textwrap.fill(" ".join(parts), width=92) + "\n"

    def response_text(self, rejected: bool) -> str:
        rng = self.rng
        body = rng.choice(REJECTIONS if rejected else RESPONSES)
        extra = rng.choice(FOLLOW_UP)
        return textwrap.fill(f"{body} {extra}".strip(), width=92) + "\n"

    def evidence(self, r: Record, day: dt.date) -> Record:
        rng = self.rng
        title = f"{rng.choice(EV_TITLES)}, {day.strftime('%B %Y')}"
        if rng.random() < 0.05:
            path = rng.choice(EVIDENCE_FILES)
            if any(e.link == path for e in r.evidence):
                return r
            return lc.add_evidence(r, day, title, path=path, by=self.by)
        url = (
            f"https://democracy.example.gov.uk/documents/s{rng.randint(10000, 99999)}/"
            f"{self.slot.committee}-{day.isoformat()}-item{rng.randint(1, 12)}.pdf"
        )
        if any(e.link == url for e in r.evidence):
            return r
        return lc.add_evidence(r, day, title, url=url, by=self.by)

    def new(self, kind: str, due: dt.date | None) -> Record:
        rng, s = self.rng, self.slot
        themes = tuple(rng.sample(sorted(THEMES), rng.choice((0, 1, 1, 1, 2, 2, 3))))
        if kind == "recommendation":
            to = rng.choice((f"Cabinet Member for {rng.choice(PORTFOLIOS)}", rng.choice(PARTNERS)))
        else:
            to = rng.choice(OWNERS)
        return Record(
            id=s.id,
            committee=s.committee,
            meeting=s.meeting,
            kind=kind,
            status="agreed",
            text=self.text(kind),
            history=(HistoryEntry(date=s.meeting, event="agreed", due=due),),
            item=rng.choice(ITEMS),
            addressed_to=to,
            owner=rng.choice(OWNERS),
            themes=themes,
            due=due,
        )

    def review(self, r: Record, late: bool | None) -> Record:
        """Maybe set a review date: passed if late is True, ahead if False, either if None."""
        start = r.history[-1].date
        if start > self.last:
            return r
        day = self.after(start, 0, 60)
        if late is None:
            late = self.rng.random() < 0.5
        if late:
            if day + 7 * DAY > self.as_of - 2 * DAY:
                return r
            review = self.past(day + 7 * DAY)
        else:
            review = self.future(2, 200)
            if review <= day:
                return r
        if review == r.review:
            return r
        return lc.set_review(r, day, review, by=self.by)

    # --- paths
    def referred(self, r: Record, late: bool | None, *, lo: int = 2, hi: int = 45) -> Record | None:
        """Refer (maybe twice, after a response that only noted it); None if lateness is impossible."""
        start = r.history[-1].date
        rp = self.response_period
        if late is None:
            r1 = self.after(start, lo, hi)
            return lc.refer(r, r1, add_period(r1, rp), by=self.by)
        if late:
            # the last referral's response_due must have passed by 2+ days
            latest = min(latest_start(self.as_of - 2 * DAY, rp), self.last)
            if latest < start:
                return None
            r1 = self.after(start, lo, hi, limit=latest)
            r = lc.refer(r, r1, add_period(r1, rp), by=self.by)
            if self.rng.random() < 0.15 and add_period(r1, rp) + 10 * DAY <= latest:
                r2 = self.day_between(add_period(r1, rp) + 3 * DAY, latest)
                r = lc.refer(
                    r,
                    r2,
                    add_period(r2, rp),
                    by=self.by,
                    note="The response only noted the recommendation; a substantive answer is sought.",
                )
            return r
        # not late: the last referral's response_due is 2+ days ahead
        earliest = max(start, latest_start(self.as_of + DAY, rp) + DAY)
        if earliest > self.last:
            return None
        first_latest = latest_start(earliest - 3 * DAY, rp)
        if self.rng.random() < 0.2 and first_latest >= start + 3 * DAY:
            # referred long ago, answered with a mere "noted", referred again recently
            r1 = self.after(start, lo, hi, limit=first_latest)
            r = lc.refer(r, r1, add_period(r1, rp), by=self.by)
            r2 = self.day_between(max(earliest, add_period(r1, rp) + 3 * DAY), self.last)
            if r2 > self.last or add_period(r2, rp) < self.as_of + 2 * DAY:
                return None
            return lc.refer(
                r,
                r2,
                add_period(r2, rp),
                by=self.by,
                note="Referred again: the Cabinet response did not address the recommendation.",
            )
        r1 = self.day_between(earliest, self.last)
        return lc.refer(r, r1, add_period(r1, rp), by=self.by)

    def implementing(self, r: Record, late: bool | None, outcome: str = "accepted") -> Record | None:
        """Referred, then accepted with a target (revised maybe); `late` is about the final due."""
        r2 = self.referred(r, None)
        if r2 is None:
            return None
        r = r2
        rdate = self.after(r.history[-1].date, 10, 90)
        due = self.after(rdate, 60, 365, limit=dt.date.max - 400 * DAY)
        r = lc.respond(r, rdate, outcome, self.response_text(False), due=due, by=self.by)
        return self.revisions(r, late)

    def revisions(self, r: Record, late: bool | None) -> Record | None:
        """Due revisions so that the final due is passed (late) or ahead (not late)."""
        rng = self.rng
        want_late = rng.random() < 0.5 if late is None else late
        due = r.due
        assert due is not None
        n_rev = rng.choice((0, 0, 0, 1, 1, 2))
        for _ in range(n_rev):
            start = r.history[-1].date
            if start >= self.last:
                break
            day = self.after(start, 5, 120)
            new = self.after(due, 14, 180, limit=dt.date.max - 400 * DAY)
            if new == due:
                break
            r = lc.revise_due(r, day, new, rng.choice(SLIP_REASONS), by=self.by)
            due = new
        ok_late = due <= self.as_of - 2 * DAY
        ok_future = due >= self.as_of + 2 * DAY
        if want_late and not ok_late:
            # a target still in the future cannot be late; bring it in only if history allows
            start = r.history[-1].date
            if start + 7 * DAY > self.as_of - 2 * DAY:
                return None if late else r if ok_future else None
            new = self.past(start + 7 * DAY)
            r = lc.revise_due(
                r,
                self.day_between(start, new - 7 * DAY),
                new,
                "Brought forward to align with the inspection timetable",
                by=self.by,
            )
        elif not want_late and not ok_future:
            start = r.history[-1].date
            if start > self.last:
                return None
            r = lc.revise_due(
                r, self.day_between(start, self.last), self.future(14, 300), rng.choice(SLIP_REASONS), by=self.by
            )
        return r

    def delivered(self, r: Record) -> Record | None:
        """Evidence, then implemented (from accepted or in-progress)."""
        start = r.history[-1].date
        if start > self.last:
            return None
        for _ in range(self.rng.choice((1, 1, 2))):
            r = self.evidence(r, self.after(r.history[-1].date, 5, 90))
        return lc.set_status(r, "implemented", self.after(r.history[-1].date, 0, 30), by=self.by)

    def build(self, late_wanted: bool) -> tuple[Record, bool]:
        """A record whose lateness is `late_wanted` if possible; returns it with its lateness."""
        rng = self.rng
        kind = "action" if rng.random() < 0.25 else "recommendation"
        for want in (late_wanted, False) if late_wanted else (False,):
            for _ in range(6):
                r = self._attempt(kind, want)
                if r is not None:
                    return r
        return self._attempt(kind, False, fallback=True)  # type: ignore[return-value]

    def _attempt(self, kind: str, late: bool, fallback: bool = False) -> tuple[Record, bool] | None:
        rng = self.rng
        s = self.slot
        age = (self.as_of - s.meeting).days
        window_due = add_period(s.meeting, self.window)
        if fallback:
            # the always-possible path: closed (or withdrawn right away)
            r = self.new(kind, None)
            r = lc.set_status(r, "withdrawn", s.meeting, by=self.by, note="Withdrawn by the Chair at the meeting.")
            return r, False
        if kind == "action":
            choices = ["agreed", "in-progress", "implemented", "closed", "withdrawn", "superseded"]
            weights = [12, 30, 10, 30, 8, 4] if not late else [35, 50, 15, 0, 0, 0]
        else:
            choices = [
                "agreed",
                "referred",
                "accepted",
                "in-progress",
                "implemented",
                "rejected",
                "closed",
                "withdrawn",
                "superseded",
            ]
            weights = [4, 12, 12, 16, 6, 6, 26, 4, 3] if not late else [15, 30, 20, 25, 5, 5, 0, 0, 0]
        target = rng.choices(choices, weights)[0]
        if target == "superseded" and not self.later_ids:
            return None

        if kind == "action":
            if late:
                if age < 8:
                    return None
                due = self.past(s.meeting + 5 * DAY)
            else:
                due = self.future(2, 300) if target == "agreed" and rng.random() < 0.8 else None
                if due is None and target != "agreed":
                    due = self.after(s.meeting, 30, 240, limit=dt.date.max - 400 * DAY)
            r = self.new(kind, due)
            if target == "agreed":
                if rng.random() < 0.3:
                    r = self.review(r, None if late else False)
                return r, late
            # agreed -> in-progress
            d = self.after(s.meeting, 0, 30)
            r = lc.set_status(r, "in-progress", d, by=self.by)
            if target in ("in-progress", "implemented", "closed"):
                if target == "in-progress":
                    if r.due is not None and not late:
                        r2 = self.revisions(r, False)
                        if r2 is None:
                            return None
                        r = r2
                    elif late and r.due is not None and rng.random() < 0.3 and r.history[-1].date + 5 * DAY < r.due:
                        # a slipped target that is still passed
                        day = self.day_between(r.history[-1].date, r.due - DAY)
                        new = self.past(r.due + DAY) if r.due + DAY <= self.as_of - 2 * DAY else None
                        if new and new != r.due:
                            r = lc.revise_due(r, day, new, rng.choice(SLIP_REASONS), by=self.by)
                    if rng.random() < 0.25:
                        r = self.review(r, None if late else False)
                    return r, late
                return self._finish(r, target, late)
            return self._terminal(r, target)

        # recommendations
        if target == "agreed":
            if late and window_due > self.as_of - 2 * DAY:
                return None
            if not late and window_due < self.as_of + 2 * DAY:
                return None
            r = self.new(kind, None)
            if not late and rng.random() < 0.1:
                r = self.review(r, False)
            return r, late
        r = self.new(kind, None)
        if target == "referred":
            r2 = self.referred(r, late)
            if r2 is None:
                return None
            if rng.random() < 0.15:
                r2 = self.review(r2, None if late else False)
            return r2, late
        if target == "rejected":
            r = self.referred(r, None)  # type: ignore[assignment]
            rdate = self.after(r.history[-1].date, 10, 90)
            r = lc.respond(r, rdate, "rejected", self.response_text(True), by=self.by)
            if late:
                r = self.review(r, True)
                if r.review is None or r.review > self.as_of - 2 * DAY:
                    return None
            elif rng.random() < 0.3:
                r = self.review(r, False)
            return r, late
        if target in ("accepted", "in-progress", "implemented", "closed"):
            outcome = "partially-accepted" if rng.random() < 0.15 else "accepted"
            impl_late = late if target in ("accepted", "in-progress") else None
            r2 = self.implementing(r, impl_late, outcome)
            if r2 is None:
                return None
            r = r2
            if target == "accepted":
                if rng.random() < 0.2:
                    r = self.review(r, None if late else False)
                return r, late
            start = r.history[-1].date
            r = lc.set_status(r, "in-progress", self.after(start, 0, 45), by=self.by)
            if target == "in-progress":
                if rng.random() < 0.05:
                    r = self._note(r)
                if rng.random() < 0.25:
                    r = self.review(r, None if late else False)
                return r, late
            return self._finish(r, target, late)
        return self._terminal(r, target)

    def _finish(self, r: Record, target: str, late: bool) -> tuple[Record, bool] | None:
        r2 = self.delivered(r)
        if r2 is None:
            return None
        r = r2
        if target == "implemented":
            if late:
                r = self.review(r, True)
                if r.review is None or r.review > self.as_of - 2 * DAY:
                    return None
            elif self.rng.random() < 0.3:
                r = self.review(r, False)
            return r, late
        if late:
            return None
        day = self.after(r.history[-1].date, 7, 90)
        r = lc.set_status(
            r,
            "closed",
            day,
            by=self.by,
            note=f"Sign-off agreed at the meeting of {day.strftime('%d %B %Y')}, minute {self.rng.randint(1, 140)}/{day.strftime('%y')}.",
        )
        return r, False

    def _terminal(self, r: Record, target: str) -> tuple[Record, bool] | None:
        rng = self.rng
        day = self.after(r.history[-1].date, 0, 200)
        if target == "withdrawn":
            return lc.set_status(
                r,
                "withdrawn",
                day,
                by=self.by,
                note=rng.choice(
                    (
                        "Overtaken by the restructure of the service.",
                        "The Sub-Committee agreed to withdraw it after the Cabinet Member's update.",
                        "Duplicates a recommendation of the Scrutiny & Overview Committee.",
                    )
                ),
            ), False
        if target == "superseded":
            by_id = rng.choice(self.later_ids)
            return lc.set_status(r, "superseded", day, by=self.by, superseded_by=by_id), False
        return None

    def _note(self, r: Record) -> Record:
        """A 'note' history entry: something happened that changes nothing."""
        day = r.history[-1].date
        entry = HistoryEntry(date=day, event="note", by=self.by, note="Discussed with the lead officer.")
        return r.with_changes(history=(*r.history, entry))


def _imported(rng: random.Random, slot: Slot, as_of: dt.date, late: bool) -> tuple[Record, bool]:
    """An item that came from a spreadsheet tracker: agreed, then imported with its status there."""
    b = _Builder(rng, slot, as_of, [])
    r = b.new("action" if rng.random() < 0.5 else "recommendation", None)
    day = b.after(slot.meeting, 20, 400)
    status = rng.choice(("in-progress", "accepted")) if r.kind == "recommendation" else "in-progress"
    if late and day + 7 * DAY <= as_of - 2 * DAY:
        due = b.past(day + 7 * DAY)
    else:
        late = False
        due = b.future(2, 300)
    entry = HistoryEntry(
        date=day,
        event="imported",
        status=status,
        source="imports/tracker-2020.xlsx",
        note=f"Status in the tracker: {status}",
    )
    r = r.with_changes(history=(*r.history, entry), status=status, due=due)
    return r, late


YOUNG_DAYS = 75  # a meeting younger than this rarely has anything late yet


def late_odds(slots: list[Slot], as_of: dt.date) -> tuple[float, float]:
    """The chance to make a record late: (young meeting, older meeting), for ~LATE_SHARE overall.

    About half the young records asked to be late can be (a referral window passed, an action's
    short target); the older ones make up the rest.
    """
    young = sum((as_of - s.meeting).days < YOUNG_DAYS for s in slots) / max(len(slots), 1)
    if young >= 1:
        return LATE_SHARE, LATE_SHARE
    return LATE_SHARE, min(0.95, (LATE_SHARE - young * LATE_SHARE * 0.45) / (1 - young) + 0.003)


def build_record(
    index: int, slot: Slot, seed: int, as_of: dt.date, later_ids: list[str], odds: tuple[float, float]
) -> tuple[Record, bool]:
    """The record for one slot, from its own random stream (independent of every other record)."""
    rng = random.Random(seed * 1_000_003 + index)
    p = odds[0] if (as_of - slot.meeting).days < YOUNG_DAYS else odds[1]
    late = rng.random() < p
    if rng.random() < 0.02:
        return _imported(rng, slot, as_of, late)
    return _Builder(rng, slot, as_of, later_ids).build(late)


# ------------------------------------------------------------------------------ writing


def _later(slots: list[Slot], i: int) -> list[str]:
    """A few IDs of the same committee from later meetings (candidates to supersede slot i)."""
    s = slots[i]
    out: list[str] = []
    for j in range(i + 1, min(len(slots), i + 400)):
        t = slots[j]
        if t.committee == s.committee and t.meeting > s.meeting:
            out.append(t.id)
            if len(out) == 3:
                break
    return out


def _work(args: tuple[str, int, int, dt.date, int, int]) -> int:
    """Build and write records [start, stop); returns how many are late."""
    folder, n, seed, as_of, start, stop = args
    slots = plan_slots(n, seed, as_of)
    root = Path(folder) / "records"
    odds = late_odds(slots, as_of)
    late_count = 0
    for i in range(start, stop):
        s = slots[i]
        record, late = build_record(i, s, seed, as_of, _later(slots, i), odds)
        late_count += late
        with open(root / s.committee / f"{s.id}.toml", "w", encoding="utf-8", newline="\n") as f:
            f.write(dumps(record))
    return late_count


def generate(folder: Path, n: int, seed: int = 1, as_of: dt.date | None = None, *, jobs: int | None = None) -> int:
    """Write a records repository with N records into `folder`; returns how many are late on as_of."""
    as_of = as_of or dt.date.today()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "scrutrack.toml").write_text(config_text(), encoding="utf-8")
    (folder / "evidence").mkdir(exist_ok=True)
    for rel in EVIDENCE_FILES:
        (folder / rel).write_bytes(b"%PDF-1.4\n% placeholder evidence for benchmarks\n")
    for slug, *_ in COMMITTEES:
        (folder / "records" / slug).mkdir(parents=True, exist_ok=True)
    jobs = jobs or (os.cpu_count() or 1)
    if n < 2000 or jobs == 1:
        return _work((str(folder), n, seed, as_of, 0, n))
    import multiprocessing as mp

    step = -(-n // (jobs * 4))
    chunks = [(str(folder), n, seed, as_of, a, min(n, a + step)) for a in range(0, n, step)]
    with mp.get_context("fork").Pool(jobs) as pool:
        return sum(pool.map(_work, chunks))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="where to make the repository (created if missing)")
    ap.add_argument("n", type=int, help="how many records")
    ap.add_argument("--seed", type=int, default=1, help="same seed, same files (default 1)")
    ap.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        default=dt.date.today(),
        help="the day ~40%% of records are late on, YYYY-MM-DD (default today)",
    )
    ap.add_argument("--jobs", type=int, default=None, help="processes to write with (default: every core)")
    args = ap.parse_args(argv)
    import time

    t0 = time.perf_counter()
    generate(args.dir, args.n, args.seed, args.as_of, jobs=args.jobs)
    took = time.perf_counter() - t0

    from scrutrack import overdue, store

    repo = store.open_repo(str(args.dir))
    loaded = load_records(repo)
    rep = overdue.report(loaded.records, args.as_of, lambda c: repo.config.committee(c).referral_window)
    n = len(loaded.records)
    print(
        f"{n} records in {args.dir} ({took:.1f} s); as of {args.as_of}: {rep.open_count} open, "
        f"{len(rep.overdue)} late ({len(rep.overdue) / max(n, 1):.1%}); unreadable files: {len(loaded.problems)}"
    )
    return 0


def load_records(repo: object) -> object:
    """store.load_all without the cache, whichever signature this checkout's store has."""
    from scrutrack import store

    try:
        return store.load_all(repo, use_cache=False)  # type: ignore[call-arg]
    except TypeError:
        return store.load_all(repo)  # type: ignore[arg-type]


def earliest_date(record: Record, referral_window: str) -> dt.date | None:
    """The first date on which the record (as it stands) falls due for any overdue reason.

    The domain README's rules, for a day on or after the record's last history entry (every
    generated event is at least two days before as_of): not referred, response, implementation,
    review. None for closed, withdrawn and superseded items and for those with no date at all.
    """
    status = record.status
    if status in ("closed", "withdrawn", "superseded"):
        return None
    dates = []
    if status == "agreed" and record.kind == "recommendation":
        dates.append(add_period(record.meeting, referral_window))
    if status == "referred" and record.response_due is not None:
        dates.append(record.response_due)
    if record.due is not None and (
        status in ("accepted", "in-progress") or (status == "agreed" and record.kind == "action")
    ):
        dates.append(record.due)
    if record.review is not None:
        dates.append(record.review)
    return min(dates, default=None)


if __name__ == "__main__":
    sys.exit(main())
