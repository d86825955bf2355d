"""What the `round` commands show: a collection's plan and its conflicts side by side, and the round's status by owner.

Each is a formats.View with one column list, as `list` and `overdue` are: the same columns make
the terminal table, JSON and CSV.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from scrutrack.collect import Change, Conflict, Plan, since_sent
from scrutrack.dates import long_date
from scrutrack.formats import Column, Section, View
from scrutrack.model import UPDATE, Record, one_line
from scrutrack.rounds import Round

PLAN_COLUMNS: tuple[Column, ...] = (
    Column("ID", "id", attrgetter("answer.id")),
    Column("Owner", "owner", lambda c: one_line(c.answer.owner), drop=2, min_width=12, want=20, max_width=30),
    Column(
        "What happens",
        "effects",
        lambda c: "; ".join(c.effects),
        lambda c: list(c.effects),
        min_width=16,
        want=34,
        wrap=True,
    ),
    Column(
        "Update",
        "update",
        lambda c: one_line(c.answer.text),
        attrgetter("answer.text"),
        drop=1,
        min_width=12,
        wrap=True,
    ),
)


def plan_view(p: Plan, applied: bool) -> View:
    verb = "Applied" if applied else "Would apply"
    title = f"{verb}: {len(p.changes)} update{'s' if len(p.changes) != 1 else ''}"
    return View((Section("changes", "changes", PLAN_COLUMNS, p.changes, title=title),))


SIDE_COLUMNS: tuple[Column, ...] = (
    Column("", "what", itemgetter(0)),
    Column("When sent", "sent", itemgetter(1), min_width=16, want=30, max_width=40, wrap=True),
    Column("Now", "now", itemgetter(2), min_width=16, want=30, max_width=60, wrap=True),
)


def conflict_rows(c: Conflict) -> list[tuple[str, str, str]]:
    """The record as it was sent beside the record now, then what the owner answered."""
    before = c.now.history[: c.entries]
    from scrutrack.lifecycle import derived

    was = derived(before)
    rows = [
        ("Status", str(was.get("status", "")), c.now.status),
        ("Target", str(was.get("due") or "none"), str(c.now.due or "none")),
        ("History", f"{c.entries} entries", f"{len(c.now.history)} entries"),
    ]
    rows += [("Added since", "", line) for line in since_sent(c)]
    return rows


def answer_text(c: Conflict) -> str:
    a = c.answer
    answer = [f"progress: {a.progress}"]
    if a.text:
        answer.append(one_line(a.text))
    if a.new_due:
        answer.append(f"new target {a.new_due} ({one_line(a.reason)})")
    return "; ".join(answer)


def conflicts_view(conflicts: Sequence[Conflict]) -> View:
    sections = tuple(
        Section(
            "conflicts",
            "conflict",
            SIDE_COLUMNS,
            conflict_rows(c),
            title=f"Conflict: {c.answer.id} changed after it was sent ({c.answer.where()})",
            footer=f"The owner's answer: {answer_text(c)}. Not applied; to apply it on top of the record as it "
            f"is now: --force-row {c.answer.id}",
        )
        for c in conflicts
    )
    return View(sections)


# ------------------------------------------------------------------------------ status


class OwnerStatus(NamedTuple):
    owner: str
    workbook: str
    sent: int
    returned: str  # the day the last workbook came back ("" if none has)
    updated: int  # records with an update from them in this round
    left: tuple[str, ...]  # IDs with no update yet

    @property
    def replied(self) -> bool:
        return bool(self.returned) or self.updated > 0


def owner_status(rnd: Round, records: Mapping[str, Record]) -> list[OwnerStatus]:
    """Per owner: how many records were sent, when their workbook came back, how many were updated, which are left."""
    out = []
    for o in rnd.owners:
        sent = rnd.sent_to(o.name)
        updated = [
            s.id
            for s in sent
            if s.id in records and any(h.event == UPDATE and h.round == rnd.name for h in records[s.id].history)
        ]
        came = [c.date for c in rnd.collected if c.owner == o.name]
        out.append(
            OwnerStatus(
                o.name,
                o.workbook,
                len(sent),
                max(came).isoformat() if came else "",
                len(updated),
                tuple(s.id for s in sent if s.id not in updated),
            )
        )
    return out


STATUS_COLUMNS: tuple[Column, ...] = (
    Column("Owner", "owner", lambda s: one_line(s.owner), min_width=14, want=30),
    Column("Sent", "sent", lambda s: str(s.sent), attrgetter("sent"), right=True),
    Column("Returned", "returned", lambda s: s.returned or "no", lambda s: s.returned or None),
    Column("Updated", "updated", lambda s: str(s.updated), attrgetter("updated"), right=True),
    Column("Left", "left", lambda s: str(len(s.left)), lambda s: list(s.left), right=True),
    Column("Workbook", "workbook", attrgetter("workbook"), drop=1, min_width=12, want=30),
)


def status_view(rnd: Round, rows: Sequence[OwnerStatus], as_of: Any) -> View:
    waiting = [s for s in rows if not s.replied]
    sent = sum(s.sent for s in rows)
    updated = sum(s.updated for s in rows)
    late = " (the due date has passed)" if as_of > rnd.due else ""
    title = (
        f"Round {rnd.name}, answers due {long_date(rnd.due)}{late}: {len(rows) - len(waiting)} of {len(rows)} "
        f"owner{'s' if len(rows) != 1 else ''} replied; {updated} of {sent} records updated"
    )
    chase = (
        "To chase: " + "; ".join(one_line(s.owner) for s in waiting) + " (`scrutrack round chase` drafts the emails)"
        if waiting
        else "Every owner has replied."
    )
    meta = {
        "round": rnd.name,
        "started": rnd.started.isoformat(),
        "due": rnd.due.isoformat(),
        "chase": [s.owner for s in waiting],
    }
    return View((Section("owners", "owners", STATUS_COLUMNS, rows, title=title, footer=chase),), meta)


def collect_summary(rnd: Round, counts: Mapping[str, int]) -> str:
    """'Round 2026-q2: 12 updates from 5 owners; 3 target dates moved; 2 proposed for closure'."""

    def n(k: str, one: str, many: str) -> str:
        v = counts[k]
        return f"{v} {one if v == 1 else many}"

    parts = [f"{n('updates', 'update', 'updates')} from {n('owners', 'owner', 'owners')}"]
    if counts["targets_moved"]:
        parts.append(f"{n('targets_moved', 'target date', 'target dates')} moved")
    if counts["proposed_for_closure"]:
        parts.append(f"{counts['proposed_for_closure']} proposed for closure")
    if counts["implemented"]:
        parts.append(f"{counts['implemented']} implemented")
    if counts["already"]:
        parts.append(f"{n('already', 'row', 'rows')} already collected")
    if counts["conflicts"]:
        parts.append(f"{n('conflicts', 'conflict', 'conflicts')} not applied (--force-row ID applies one)")
    if counts["not_applied"]:
        parts.append(f"{n('not_applied', 'problem', 'problems')} left out (see above)")  # a row, or a whole workbook
    return f"Round {rnd.name}: " + "; ".join(parts)


def change_json(c: Change) -> dict[str, Any]:
    a = c.answer
    return {
        "id": a.id,
        "owner": a.owner,
        "workbook": a.workbook,
        "row": a.row,
        "progress": a.progress,
        "text": a.text,
        "new_due": a.new_due,
        "reason": a.reason,
        "evidence": a.evidence,
        "effects": list(c.effects),
        "proposed_for_closure": c.proposed,
        "status": c.after.status,
    }
