"""Importing: records built from minutes or a spreadsheet, compared with the repository, written all or nothing.

The plan step reads what already exists under each incoming ID (IDs are natural keys):
the same text means the record is already present (left alone, not counted as new); other text
is a conflict (reported, left alone). Every record to be created is then checked exactly as
`scrutrack check` would check it; one problem anywhere stops the import before a file is written.
The apply step creates the files exclusively and, if a write fails midway, removes the ones it made.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from scrutrack.canonical import dumps
from scrutrack.errors import Interrupted, InvalidInput, ScrutrackError, listed
from scrutrack.minutes import Minutes
from scrutrack.model import (
    ID_RE,
    HistoryEntry,
    Kind,
    Problem,
    Record,
    make_id,
    number_problem,
    record_from_dict,
    record_to_dict,
    same_text,
)
from scrutrack.saving import creating
from scrutrack.store import Repo, read_file, record_ids

if TYPE_CHECKING:
    from scrutrack.staging import Signals


@dataclass(frozen=True)
class Incoming:
    """A record to import and where it came from, for messages."""

    record: Record
    where: str  # "minutes.txt:14" or "tracker.csv row 5"
    columns: Mapping[str, str] = field(default_factory=dict)  # field -> the heading it came from


@dataclass
class Plan:
    create: list[Incoming] = field(default_factory=list)
    present: list[Incoming] = field(default_factory=list)
    conflicts: list[tuple[Incoming, str]] = field(default_factory=list)


# ------------------------------------------------------------------------------ minutes


def minutes_records(minutes: Minutes, committee: str, source: str) -> list[Incoming]:
    """Each recommendation as a record: kind recommendation, status agreed, history saying where from."""
    out: list[Incoming] = []
    for rec in minutes.recommendations:
        record = Record(
            id=make_id(committee, rec.meeting, rec.number),
            committee=committee,
            meeting=rec.meeting,
            kind=Kind.RECOMMENDATION.value,
            status="agreed",
            text=rec.text,
            item=rec.item,
            owner=rec.owner,
            history=(HistoryEntry(date=rec.meeting, event="agreed", note=f"Imported from minutes {source}"),),
        )
        out.append(Incoming(record, rec.where))
    return out


# ------------------------------------------------------------------------------ plan


def _locate(inc: Incoming, problem: Problem) -> str:
    from scrutrack.spreadsheet import column_for

    heading = column_for(problem.where, inc.columns)
    return f"{inc.where}, column '{heading}'" if heading else inc.where


def _sort_existing(repo: Repo, inc: Incoming, plan: Plan) -> bool:
    """If the incoming record's file exists, file it as present or in conflict and say True."""
    rid = inc.record.id
    path = repo.path_for(rid)
    if not os.path.lexists(path):
        return False
    existing, problems, _ = read_file(path, repo.rel(path))
    if existing is None:
        first = problems[0] if problems else "cannot be read"
        plan.conflicts.append((inc, f"{rid} already exists but cannot be read ({first}); left alone"))
    elif same_text(existing.text, inc.record.text):
        plan.present.append(inc)
    else:
        plan.conflicts.append(
            (
                inc,
                f"{rid} already exists with different text; left alone "
                f"(compare `scrutrack show {rid}` with {inc.where})",
            )
        )
    return True


def plan_import(repo: Repo, incoming: list[Incoming]) -> Plan:
    """Sort incoming records into new, present and conflicting; refuse if any new one is invalid."""
    from scrutrack.validate import record_problems

    plan = Plan()
    seen: dict[str, Incoming] = {}
    errors: list[str] = []
    for inc in incoming:
        rid = inc.record.id
        if rid in seen:
            errors.append(f"{inc.where}: gives the ID {rid} again (first at {seen[rid].where})")
            continue
        seen[rid] = inc
        m = ID_RE.match(rid)
        if m and (why := number_problem(int(m[3]))):
            errors.append(f"{inc.where}: the ID {rid}: {why} (an ID must fit a table 40 columns wide)")
            continue
        if not _sort_existing(repo, inc, plan):
            plan.create.append(inc)
    existing_ids = frozenset(record_ids(repo)) | frozenset(i.record.id for i in plan.create)
    for inc in plan.create:
        record = inc.record
        _, found = record_from_dict(record_to_dict(record))
        if not found:
            rel = f"records/{record.committee}/{record.id}.toml"
            found = record_problems(record, repo, rel, existing_ids)
        errors.extend(f"{_locate(inc, p)}: {p.message}" for p in found)
    if errors:
        raise InvalidInput(cannot_import(errors))
    return plan


def cannot_import(errors: list[str]) -> str:
    n = len(errors)
    head = errors[0] if n == 1 else f"{n} problems:\n" + listed(errors)
    return f"{head}\nnothing was imported; fix the file and run the import again"


# ------------------------------------------------------------------------------ apply


def apply_plan(repo: Repo, plan: Plan, source: str = "", signals: Signals | None = None) -> list[Path]:
    """Create every new record, all or none (see staging.py): staged, then moved into place
    together; ^C, SIGTERM or SIGHUP while staging leaves none, and once the move has begun it
    finishes first. Given `signals` (entered by the caller), a signal held back during the move
    stays held for the caller to report once it has said what was created (signals.pending);
    without, it is raised here.

    The committees' folders are locked meanwhile (as `add` locks them), and a record that another
    command created since the plan was made is sorted afresh, as present or in conflict.
    """
    from scrutrack.staging import Signals, Stage

    if signals is None:
        with Signals() as own:
            done = apply_plan(repo, plan, source, own)
        if own.pending:
            raise interrupted_after(own.pending, done)
        return done
    made: list[Path] = []
    with creating(repo, [inc.record.committee for inc in plan.create]):
        plan.create = [inc for inc in plan.create if not _sort_existing(repo, inc, plan)]
        if not plan.create:
            return made
        with Stage.opened(repo.root) as stage:
            current = ""
            try:
                for inc in plan.create:
                    current = inc.record.id
                    stage.put(repo.rel(repo.path_for(current)), dumps(inc.record).encode("utf-8"))
            except OSError as exc:
                raise ScrutrackError(f"cannot write {current} ({exc.strerror or exc}); nothing was imported") from None
            made, kept = stage.commit(source, signals)
        late = {rel.rpartition("/")[2].removesuffix(".toml") for rel in kept}
        for inc in [inc for inc in plan.create if inc.record.id in late]:
            plan.create.remove(inc)
            plan.conflicts.append((inc, f"{inc.record.id} was made by another command as this import ran; left alone"))
    return made


def interrupted_after(signum: int, made: list[Path]) -> Interrupted:
    """What a signal held back while an import moved its records into place says, once it has."""
    return Interrupted(
        signum, f"as the import finished; it was finished first: all {len(made)} new records were created"
    )
