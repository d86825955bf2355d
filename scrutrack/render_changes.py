"""`scrutrack changes` as JSON, Markdown (for a pull request), and text for people (the table is
a formats.View: the same writer as `list`, styled in a terminal).

JSON (schema 1, stable; new keys may be added, none removed or renamed):
  {"schema": 1,
   "base": {"label": "main @ 1a2b3c4", "commit": "<sha>"},
   "head": {"label": "working tree", "commit": null},
   "summary": {"added": 3, "status": 1, ...},          # event kinds with a count > 0
   "rounds": ["Round 2026-q2: 12 updates from 5 owners; 3 target dates moved; 2 proposed for closure"],
   "records": [{"id", "path", "change": "added|changed|deleted|renamed", "old_path",
                "events": [{"kind", "date", "summary", ...kind-specific keys}]}],
   "violations": [{"id", "path", "line", "kind", "entry", "message"}]}
Event kinds and their keys: added (status, record_kind, committee, meeting, item, owner, due, text);
update (round, progress, text, date, by, note);
status (from, to, date, by, note, response_due, superseded_by); response (from, to, outcome,
due, text, date, by, note); evidence (date, title, url, path); due (from, to, reason, original,
days_after_original, date, by, note); review (review, date, by, note); owner (from, to, date,
by, note); note (date, by, note); imported (status, source, ...); edit (field, old, new, and by,
note when an `edited` history entry names the field).
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from scrutrack.changes import ChangeReport
from scrutrack.formats import RESET, STYLES, Column, Section, View, dumps_json, md, text
from scrutrack.model import one_line

LABELS = {
    "added": ("added", "added"),
    "update": ("owner's update", "owners' updates"),
    "status": ("status move", "status moves"),
    "response": ("response", "responses"),
    "evidence": ("evidence link", "evidence links"),
    "due": ("due date moved", "due dates moved"),
    "review": ("review date set", "review dates set"),
    "owner": ("owner changed", "owners changed"),
    "note": ("note", "notes"),
    "imported": ("import", "imports"),
    "edit": ("field edited", "fields edited"),
    "deleted": ("record deleted", "records deleted"),
    "renumbered": ("record renumbered", "records renumbered"),
    "renamed": ("record renamed", "records renamed"),
    "violation": ("violation", "violations"),
}
HEADERS = ("ID", "Change", "Details")


def _value(v: Any) -> Any:
    if hasattr(v, "outcome") and hasattr(v, "text"):  # a Response
        return {"date": v.date, "outcome": v.outcome, "text": v.text}
    return list(v) if isinstance(v, tuple) else v


def changes_json(report: ChangeReport) -> str:
    data = {
        "schema": 1,
        "base": {"label": report.base, "commit": report.base_commit},
        "head": {"label": report.head, "commit": report.head_commit},
        "summary": report.counts(),
        "rounds": report.rounds,
        "records": [
            {
                "id": rc.id,
                "path": rc.path,
                "change": rc.change,
                "old_path": rc.old_path,
                "events": [
                    {"kind": e.kind, "date": e.date, "summary": e.summary, **{k: _value(v) for k, v in e.data.items()}}
                    for e in rc.events
                ],
            }
            for rc in report.records
        ],
        "violations": [
            {"id": v.id, "path": v.path, "line": v.line, "kind": v.kind, "entry": v.entry, "message": v.message}
            for v in report.violations
        ],
    }
    return dumps_json(data)


def summary_line(report: ChangeReport) -> str:
    """How many records changed, and how many rows of each kind the table shows (they add up)."""
    parts = [f"{n} {LABELS.get(k, (k, k))[0 if n == 1 else 1]}" for k, n in report.counts().items()]
    if not parts:
        return "No changes to records."
    records = len(report.records)
    line = f"{records} record{'s' if records != 1 else ''} changed: " + ", ".join(parts) + "."
    return " ".join([line, *(f"{r}." for r in report.rounds)])


def rows(report: ChangeReport) -> list[tuple[str, str, str]]:
    """The table: one row per event, per deleted or renamed record, and per other violation."""
    return [(rc.id, kind, one_line(details)) for rc in report.records for kind, details in report.rows_of(rc)]


def _violation_lines(report: ChangeReport) -> list[str]:
    return [one_line(str(v.problem())) for v in report.violations]


COLUMNS = (
    Column("ID", "id", itemgetter(0)),
    Column("Change", "change", itemgetter(1), style="status"),  # deleted, renamed, violation: red
    Column("Details", "details", itemgetter(2), min_width=20, want=40, wrap=True),
)


def changes_text(report: ChangeReport, width: int, styled: bool = False) -> str:
    """For people: the revisions compared, any violations, a row per change, and the summary."""
    bold, red = (STYLES["bold"], STYLES["late"]) if styled else ("", "")
    reset = RESET if styled else ""
    out = f"{bold}Changes to records: {report.base} → {report.head}{reset}\n\n"
    if report.violations:
        n = len(report.violations)
        out += f"{bold}{red}VIOLATIONS ({n}): history, evidence and records are append-only{reset}\n"
        out += "".join(f"  {red}{line}{reset}\n" for line in _violation_lines(report)) + "\n"
    table = rows(report)
    if table:
        out += text(View((Section("changes", "changes", COLUMNS, table),)), width, styled) + "\n"
    return out + summary_line(report) + "\n"


def _md(text: str) -> str:
    """Record text on one line, made inert in Markdown (formats.md)."""
    return md(one_line(text))


def changes_markdown(report: ChangeReport) -> str:
    """Ready to paste into a pull request or append to $GITHUB_STEP_SUMMARY."""
    lines = [f"### Records: {_md(report.base)} → {_md(report.head)}", "", f"**{summary_line(report)}**", ""]
    if report.violations:
        lines += [
            f"> [!CAUTION]\n> **{len(report.violations)} append-only violation{'s' if len(report.violations) != 1 else ''}**: "
            "history, evidence and records must not be edited or deleted.",
            "",
        ]
        lines += [f"- `{v.path}{':' + str(v.line) if v.line else ''}`: {_md(v.message)}" for v in report.violations]
        lines.append("")
    table = rows(report)
    if table:
        lines += ["| " + " | ".join(HEADERS) + " |", "|---|---|---|"]
        lines += [f"| `{rid}` | {change} | {_md(details)} |" for rid, change, details in table]
    return "\n".join(lines) + "\n"
