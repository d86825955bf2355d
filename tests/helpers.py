"""Building records in a given state for tests, through the real lifecycle functions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scrutrack import lifecycle as lc
from scrutrack.model import HistoryEntry, Record
from scrutrack.store import open_repo, save

D = dt.date


def new_record(
    rid: str = "cyp-2019-01-10-1", kind: str = "recommendation", due: dt.date | None = None, **kw: object
) -> Record:
    committee, rest = rid.split("-", 1)
    meeting = D.fromisoformat(rest[:10])
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
