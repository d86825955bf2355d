"""Building records in a given state for tests, through the real lifecycle functions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scrutrack import lifecycle as lc
from scrutrack.model import ID_RE, HistoryEntry, Record
from scrutrack.saving import save
from scrutrack.store import open_repo

D = dt.date


def new_record(
    rid: str = "cyp-2019-01-10-1", kind: str = "recommendation", due: dt.date | None = None, **kw: object
) -> Record:
    m = ID_RE.match(rid)
    assert m, rid
    committee, meeting = m[1], D.fromisoformat(m[2])
    return Record(
        id=rid,
        committee=committee,
        meeting=meeting,
        kind=kind,
        status="agreed",
        text=str(kw.pop("text", "That officers circulate the figures.\n")),
        due=due,
        history=(HistoryEntry(date=meeting, event="agreed", due=due),),
        **kw,  # type: ignore[arg-type]
    )


def in_status(status: str, kind: str = "recommendation", rid: str = "cyp-2019-01-10-1") -> Record:
    """A record that reached `status` by legal moves, a few days apart."""
    r = new_record(rid, kind)
    day = r.meeting
    step = dt.timedelta(days=3)
    if status == "agreed":
        return r
    if status in ("withdrawn", "superseded"):
        return lc.set_status(
            r,
            status,
            day + step,
            note="no longer needed",
            superseded_by=None if status == "withdrawn" else "cyp-2019-01-10-9",
        )
    r = lc.refer(r, day + step, day + step * 20)
    if status == "referred":
        return r
    if status in ("rejected", "closed") and kind == "recommendation" and status == "rejected":
        return lc.respond(r, day + step * 2, "rejected", "Not affordable.\n")
    r = lc.respond(r, day + step * 2, "accepted", "Agreed.\n", due=day + step * 30)
    if status == "accepted":
        return r
    r = lc.set_status(r, "in-progress", day + step * 3)
    if status == "in-progress":
        return r
    r = lc.add_evidence(r, day + step * 4, "Report", url="https://example.org/r.pdf")
    r = lc.set_status(r, "implemented", day + step * 4)
    if status == "implemented":
        return r
    assert status == "closed"
    return lc.set_status(r, "closed", day + step * 5, note="Signed off, minute 12")


def put(root: Path, record: Record) -> Path:
    return save(open_repo(str(root)), record)


def editor(tmp_path: Path, old: str, new: str) -> str:
    """An $EDITOR command that replaces the first `old` with `new` in the file it is given."""
    import sys

    script = tmp_path / "editor.py"
    script.write_text(
        f"import sys\np = sys.argv[1]\nt = open(p).read()\nopen(p, 'w').write(t.replace({old!r}, {new!r}, 1))\n"
    )
    return f"{sys.executable} {script}"


SAMPLE_CONFIG = """\
schema = 1

[committees.cyp]
name = "Children & Young People Sub-Committee"

[committees.health-and-wellbeing]
name = "Health & Wellbeing Scrutiny Panel"
response_period = "28 days"

[themes]
ofsted-3 = "Weak managerial oversight"
"""

SAMPLE_AS_OF = D(2019, 9, 30)


def sample_repo(root: Path) -> Path:
    """A small repository in the forms real records take: long owners and items, wrapped and
    non-ASCII text (curly quotes, £, a CJK word), a long committee slug, every reason for being
    late, two reasons at once, something due soon, and closed records. Late as of SAMPLE_AS_OF."""
    (root / "records").mkdir(parents=True)
    (root / "scrutrack.toml").write_text(SAMPLE_CONFIG, encoding="utf-8")
    m1, m3 = D(2019, 1, 10), D(2019, 7, 16)
    owner = "Director of Children’s Social Care"
    item = "Children’s Improvement Plan Update (Ofsted priority 7)"
    records = [
        new_record(
            "cyp-2019-01-10-1",
            owner=owner,
            item=item,
            themes=("ofsted-3",),
            text="That officers circulate the Section 20 figures to the committee, with the numbers of "
            "children accommodated in each quarter of 2018 and the £ cost of each placement.\n",
        ),
        lc.refer(
            new_record(
                "cyp-2019-01-10-2",
                owner="Head of Service (Early Help & Family Support)",
                item=item,
                text="Future reports to include comparisons with neighbouring authorities.\n",
            ),
            D(2019, 1, 20),
            D(2019, 3, 20),
        ),
        lc.set_review(
            lc.respond(
                lc.refer(new_record("cyp-2019-01-10-12", item="Placement Sufficiency"), m1, D(2019, 3, 10)),
                D(2019, 2, 1),
                "accepted",
                "Agreed.\n",
                due=D(2019, 6, 30),
            ),
            D(2019, 2, 1),
            D(2019, 9, 1),
        ),
        new_record(
            "health-and-wellbeing-2019-03-05-1",
            kind="action",
            due=D(2019, 10, 15),
            owner="Public Health Consultant",
            text="That a summary of the consultation be published in English and 中文 before the next meeting.\n",
        ),
        lc.set_status(
            new_record("health-and-wellbeing-2019-03-05-2", kind="action", due=D(2019, 5, 1), item="Air quality"),
            "in-progress",
            D(2019, 3, 20),
        ),
        lc.set_status(
            lc.set_status(new_record("health-and-wellbeing-2019-07-16-1", kind="action"), "in-progress", m3),
            "withdrawn",
            D(2019, 8, 1),
            note="Covered by the new strategy",
        ),
        lc.refer(
            new_record(
                "health-and-wellbeing-2019-07-16-2", text="That the Cabinet Member | report back on [waiting] times.\n"
            ),
            D(2019, 7, 20),
            D(2019, 8, 17),
        ),
        new_record("cyp-2019-03-05-1", owner=owner, item="Complaints", text="Short.\n"),
    ]
    repo = open_repo(str(root))
    for r in records:
        save(repo, r)
    return root


REPORT_CONFIG = """\
schema = 1

[defaults]
response_period = "2 months"
referral_window = "28 days"

# The committee whose agenda pack the report goes into.
[committees.cyp]
name = "Children & Young People Sub-Committee"

[committees.hsc]
name = "Health & Social Care Sub-Committee"
response_period = "28 days"
referral_window = "14 days"
"""

REPORT_AS_OF, REPORT_SINCE, REPORT_NEXT = D(2019, 9, 30), D(2019, 6, 1), D(2019, 11, 12)


def report_repo(root: Path) -> Path:
    """A committee's year as a report sees it on REPORT_AS_OF (changes since REPORT_SINCE): responses
    on time and late, one still awaited, a rejection, implemented items in and before the period,
    a target moved twice, a review passed, closed and withdrawn items, a second committee with its
    own periods, one record agreed after the date and one answered after it."""
    (root / "records").mkdir(parents=True)
    (root / "scrutrack.toml").write_text(REPORT_CONFIG, encoding="utf-8")
    dcs = "Director of Children’s Social Care"
    early = "Head of Service (Early Help & Family Support)"
    member = "Cabinet Member for Children, Young People & Learning"
    placements, complaints = "Placement Sufficiency", "Children’s Complaints Annual Report 2018-19"

    def rec(rid: str, kind: str = "recommendation", due: dt.date | None = None, **kw: object) -> Record:
        return new_record(rid, kind, due, **kw)

    r1 = lc.refer(
        rec(
            "cyp-2019-01-15-1",
            owner=dcs,
            item=placements,
            addressed_to=member,
            text="That the Cabinet Member commissions 20 more local foster placements by June 2019.\n",
        ),
        D(2019, 1, 20),
        D(2019, 3, 20),
    )
    r1 = lc.respond(
        r1,
        D(2019, 3, 1),
        "accepted",
        "Agreed. The fostering recruitment campaign starts in April.\n\n"
        "Progress will be reported to the Corporate Parenting Panel each quarter.\n",
        due=D(2019, 6, 30),
    )
    r1 = lc.revise_due(r1, D(2019, 4, 10), D(2019, 8, 31), "Campaign launch moved to May")
    r1 = lc.revise_due(r1, D(2019, 6, 20), D(2019, 10, 31), "Awaiting the new commissioning framework")
    r2 = lc.refer(
        rec(
            "cyp-2019-01-15-2",
            owner=early,
            item=placements,
            addressed_to=member,
            text="That a sufficiency statement be published, with the number of children placed out of borough.\n",
        ),
        D(2019, 1, 20),
        D(2019, 3, 20),
    )
    r2 = lc.respond(
        r2,
        D(2019, 7, 2),
        "partially-accepted",
        "The statement will be published; figures by borough cannot be shared.\n",
        due=D(2019, 12, 31),
    )
    r3 = lc.refer(
        rec(
            "cyp-2019-01-15-3",
            owner=dcs,
            item=placements,
            addressed_to="Cabinet",
            text="That the Cabinet reviews the cost of agency social workers.\n",
        ),
        D(2019, 2, 1),
        D(2019, 4, 1),
    )
    r3 = lc.respond(r3, D(2019, 10, 5), "accepted", "Agreed.\n", due=D(2020, 3, 31))  # after the report's date
    a1 = lc.set_status(
        rec(
            "cyp-2019-03-12-1",
            "action",
            D(2019, 6, 30),
            owner=early,
            item=complaints,
            addressed_to="Officers",
            text="That officers circulate the quarter 1 complaints figures.\n",
        ),
        "in-progress",
        D(2019, 4, 1),
    )
    a1 = lc.add_evidence(
        a1,
        D(2019, 7, 15),
        "Complaints figures, quarter 1",
        url="https://democracy.example.gov.uk/documents/s1234/Complaints%20Q1.pdf",
    )
    a1 = lc.add_evidence(a1, D(2019, 7, 15), "Officer's email to Members", path="evidence/cyp/complaints-q1-email.txt")
    a1 = lc.set_status(a1, "implemented", D(2019, 7, 15))
    a2 = rec(
        "cyp-2019-03-12-2",
        "action",
        D(2019, 5, 31),
        item=complaints,
        addressed_to="Officers",
        text="That officers report the average time to close a stage 2 complaint.\n",
    )
    r6 = rec(
        "cyp-2019-03-12-3",
        item=complaints,
        owner=dcs,
        text="That the Cabinet Member | writes to every complainant whose complaint took over 20 working days.\n",
    )
    r7 = lc.respond(
        lc.refer(
            rec(
                "cyp-2019-03-12-4",
                item=complaints,
                owner=dcs,
                addressed_to=member,
                text="That complaints be reported by ward.\n",
            ),
            D(2019, 3, 20),
            D(2019, 5, 20),
        ),
        D(2019, 4, 10),
        "rejected",
        "Numbers by ward are too small to publish.\n",
    )
    closed = lc.set_status(
        rec(
            "cyp-2019-03-12-5",
            "action",
            D(2019, 5, 1),
            item=complaints,
            owner=early,
            text="That the complaints leaflet be translated.\n",
        ),
        "in-progress",
        D(2019, 3, 20),
    )
    closed = lc.add_evidence(closed, D(2019, 5, 1), "Leaflet", path="evidence/cyp/leaflet.txt")
    closed = lc.set_status(closed, "implemented", D(2019, 5, 1))
    closed = lc.set_status(closed, "closed", D(2019, 6, 20), note="Signed off at the 18 June 2019 meeting, minute 34")
    withdrawn = lc.set_status(
        rec("cyp-2019-03-12-6", item=complaints, text="That a survey be run.\n"),
        "withdrawn",
        D(2019, 7, 1),
        note="Covered by the annual survey",
    )
    before = lc.set_status(
        rec(
            "cyp-2019-03-12-7",
            "action",
            D(2019, 5, 31),
            item=complaints,
            owner=early,
            text="That the complaints procedure be put on the website.\n",
        ),
        "in-progress",
        D(2019, 4, 1),
    )
    before = lc.add_evidence(before, D(2019, 5, 20), "Complaints page", url="https://www.example.gov.uk/complaints")
    before = lc.set_status(before, "implemented", D(2019, 5, 20))
    r10 = lc.refer(
        rec(
            "cyp-2019-07-16-1",
            owner=dcs,
            item="Ofsted Monitoring Visit",
            addressed_to=member,
            text="That the Cabinet Member reports the outcome of the next monitoring visit.\n",
        ),
        D(2019, 7, 20),
        D(2019, 9, 20),
    )
    r10 = lc.respond(r10, D(2019, 8, 30), "accepted", "Agreed.\n", due=D(2020, 3, 31))
    r10 = lc.set_review(r10, D(2019, 8, 30), D(2019, 9, 15))
    h1 = lc.refer(
        rec(
            "hsc-2019-06-04-1",
            owner="Director of Public Health",
            item="Air Quality",
            addressed_to="Cabinet",
            text="That the Cabinet funds two more air quality monitors.\n",
        ),
        D(2019, 6, 10),
        D(2019, 7, 8),
    )
    h1 = lc.respond(
        h1, D(2019, 7, 1), "accepted", "Agreed; the monitors will be in place by October.\n", due=D(2019, 10, 15)
    )
    h2 = rec(
        "hsc-2019-06-04-2",
        item="Air Quality",
        owner="Director of Public Health",
        text="That the Cabinet Member meets the school travel planning officers.\n",
    )
    future = rec("cyp-2019-10-08-1", item="Youth Offending", text="Agreed after the report's date.\n")
    repo = open_repo(str(root))
    for r in (r1, r2, r3, a1, a2, r6, r7, closed, withdrawn, before, r10, h1, h2, future):
        save(repo, r)
    (root / "evidence" / "cyp").mkdir(parents=True)
    (root / "evidence/cyp/complaints-q1-email.txt").write_text("Figures sent to Members on 15 July 2019.\n")
    (root / "evidence/cyp/leaflet.txt").write_text("The leaflet.\n")
    return root


def pdf_pages(pages: list[list[str]]) -> bytes:
    """A PDF of A4 pages, each drawn by its content operators (Helvetica as /F1, Helvetica-Bold as /F2,
    both in WinAnsiEncoding, the operators written in cp1252), as tests build what a word processor prints."""
    n = len(pages)
    kids = " ".join(f"{3 + 2 * k} 0 R" for k in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()]
    for k, ops in enumerate(pages):
        stream = "\n".join(ops).encode("cp1252")
        objects += [
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * k} 0 R"
            f" /Resources << /Font << /F1 {3 + 2 * n} 0 R /F2 {4 + 2 * n} 0 R >> >> >>".encode(),
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        ]
    objects += [
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (k, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
