"""Building records in a given state for tests, through the real lifecycle functions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scrutrack import lifecycle as lc
from scrutrack.model import ID_RE, HistoryEntry, Record
from scrutrack.store import open_repo, save

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
