"""`import response`: the executive's response table in, as responses on the records it answers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from scrutrack.cli.common import RepoOpt, command, edit_plan, note, out, plural, repo, show_view

if TYPE_CHECKING:
    import datetime as dt

    from scrutrack.model import Record
    from scrutrack.responses import Cells, ResponseRow, Step
    from scrutrack.store import Repo


def _workbook(data: bytes, name: str) -> bool:
    """A workbook or CSV file (read by the tracker reader) rather than a document (the document readers)."""
    if name.lower().rpartition(".")[2] in ("xlsx", "xlsm", "ods", "csv"):
        return True
    return data.startswith(b"PK\x03\x04") and (b"xl/workbook" in data or b"opendocument.spreadsheet" in data[:200])


def tables_in(data: bytes, name: str) -> list[Cells]:
    """Every table of the file as rows of cell texts: a Word file, PDF, saved page or text by the
    document readers, a workbook's visible sheets or a CSV file by the tracker reader."""
    from scrutrack.responses import Cells, paragraph_rows

    if _workbook(data, name):
        from scrutrack.sheets import read_tracker

        book = read_tracker(data, name)
        shown = [s for s in book.sheets if not s.hidden]
        return [Cells(f"{name}, sheet '{s.name}'" if len(shown) > 1 else name, s.rows) for s in shown]
    from scrutrack.readers import read_document

    doc = read_document(data, name)
    tables = [b for b in doc.blocks if b.kind == "table"]
    found = [
        Cells(f"{name}, table {n}" if len(tables) > 1 else name, b.cells(markers=True)) for n, b in enumerate(tables, 1)
    ]
    written = paragraph_rows(
        [(b.text, b.kind == "heading" or b.bold) for b in doc.blocks if b.kind not in ("table", "furniture")]
    )
    return [*found, Cells(name, written, paragraphs=True)] if written else found


def _rows(tables: list[Cells], decided: dt.date) -> tuple[list[ResponseRow], list[str], list[str]]:
    """The rows of every response table, the tables that are not one, and the columns not read."""
    from scrutrack.responses import read_rows

    rows: list[ResponseRow] = []
    skipped, ignored = [], []
    for table in tables:
        got, columns = read_rows(table, decided)
        if columns is None:
            skipped.append(table.name)
            continue
        rows += got
        ignored += [h for h in columns.ignored if h not in ignored]
    return rows, skipped, ignored


def _edit(steps: list[Step], records: list[Record], decided: dt.date) -> list[Step]:
    from scrutrack.responses import edit_text, read_edit

    text = edit_text(steps)
    return read_edit(edit_plan(text), steps, records, decided)


def _as_json(step: Step, n: int) -> dict[str, Any]:
    r, m = step.row, step.match
    return {
        "row": n,
        "where": r.where,
        "ref": r.ref,
        "recommendation": r.recommendation,
        "records": list(m.ids),
        "how": m.how,
        "score": m.score,
        "action": step.action,
        "why": step.why,
        "closest": list(m.closest) if m.closest else None,
        "alike": [list(a) for a in m.alike],
        "outcome": r.outcome,
        "outcome_words": r.outcome_words,
        "due": r.due.isoformat() if r.due else None,
        "timescale": r.timescale,
        "owner": r.lead or None,
        "response": r.text,
        "group": r.group or None,
        "shared": r.shared or None,
    }


@command
def response(
    file: Annotated[Path, typer.Argument(help="The response: Word, PDF, a saved web page, a workbook or CSV file.")],
    meeting: Annotated[
        str,
        typer.Option(
            help="The date of the executive's decision (the response's date), YYYY-MM-DD.", show_default=False
        ),
    ],
    agreed: Annotated[
        str | None,
        typer.Option(
            help="The committee meeting that agreed the recommendations, YYYY-MM-DD: needed only when the table "
            "numbers them (R1, 2.) without their text and several meetings await a response.",
            show_default=False,
        ),
    ] = None,
    committee: Annotated[
        str | None, typer.Option(help="Only records of this committee (slug) may be answered.", show_default=False)
    ] = None,
    edit: Annotated[
        bool,
        typer.Option(
            "--edit", help="Open the plan in $VISUAL or $EDITOR to correct which records a row answers first."
        ),
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show the plan; write nothing.")] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 if any row was not applied (uncertain, not placed, not possible).")
    ] = False,
    format: Annotated[
        str, typer.Option("--format", "-f", help="table for people, json for scripts (the plan, row by row).")
    ] = "table",
    by: Annotated[
        str | None, typer.Option("--by", help="Who recorded it (default: git's user.name, else your full name).")
    ] = None,
    future: Annotated[bool, typer.Option("--future", help="Allow a --meeting after today.")] = False,
    repo_path: RepoOpt = None,
) -> None:
    """Import the executive's response table: each row's outcome, response, lead officer and target date.

    Reads the response table in a Word file, PDF, saved web page or workbook, its columns by their
    headings (Recommendation, Decision / Accepted?, Response, Action, Lead officer, Timescale, and
    their kin), and places each row on the record it answers: by its ID or number ('R3', '3.'),
    else by its text (the likeness is shown). The plan says for each row what happens: applied,
    already there, to check (an uncertain match: applied only once confirmed with --edit), not
    placed, or not possible (why). Applying records each response as `scrutrack respond` does, and
    the lead officer as the owner; importing the same table again adds nothing.

    \b
    Example:
      scrutrack import response cabinet.docx --meeting 2025-09-16 --dry-run
      scrutrack import response response.pdf --meeting 2025-10-08 --edit
    """
    import datetime as dt

    from scrutrack.cli.common import git_user
    from scrutrack.dates import parse_iso
    from scrutrack.documents import read_input
    from scrutrack.errors import InvalidInput
    from scrutrack.responses import plan
    from scrutrack.store import load_all

    if format not in ("table", "json"):
        raise InvalidInput(f"--format '{format}' is not one of: table, json")
    decided = parse_iso(meeting, "--meeting")
    if decided > dt.date.today() and not future:
        raise InvalidInput(
            f"--meeting {decided} is after today; give the date the executive decided (add --future if it is "
            "recorded before it happens)"
        )
    agreed_day = parse_iso(agreed, "--agreed") if agreed else None
    r = repo(repo_path)
    if committee is not None:
        r.config.committee(committee)
    name = str(file)
    tables = tables_in(read_input(file), name)
    rows, skipped, ignored = _rows(tables, decided)
    if not rows:
        raise InvalidInput(
            f"found no response table in {name}: no table has a recommendation column (or its number) beside a "
            "decision or response column; is it the executive's response?"
        )
    loaded = load_all(r)
    records = [rec for rec in loaded.records if committee is None or rec.committee == committee]
    steps = plan(rows, records, decided, agreed_day)
    if edit:
        steps = _edit(steps, records, decided)
    who = by if by is not None else git_user(r.root)
    applied = [] if dry_run else _apply(r, steps, decided, file.name, who or None)
    _report(steps, name, decided, dry_run, format, skipped, ignored, applied)
    if strict and any(s.action not in ("apply", "already") for s in steps):
        raise typer.Exit(1)


def _apply(r: Repo, steps: list[Step], decided: dt.date, source: str, by: str | None) -> list[str]:
    """Write each applicable row's response to its records, under each record's lock; the IDs written."""
    from scrutrack.responses import APPLY, respond
    from scrutrack.saving import update

    written = []
    for step in steps:
        if step.action != APPLY:
            continue
        row = step.row

        def answer(rec: Record, row: ResponseRow = row) -> Record:
            return respond(rec, row, decided, source, by)

        for rid in step.match.ids:
            rec, _ = update(r, rid, answer)
            written.append(rec.id)
    return written


def _report(
    steps: list[Step],
    name: str,
    decided: dt.date,
    dry_run: bool,
    format: str,
    skipped: list[str],
    ignored: list[str],
    applied: list[str],
) -> None:
    from collections import Counter

    from scrutrack.formats import dumps_json

    if format == "json":
        doc = {
            "source": name,
            "decided": decided.isoformat(),
            "dry_run": dry_run,
            "rows": [_as_json(s, n) for n, s in enumerate(steps, 1)],
            "applied": applied,
            "tables_skipped": skipped,
            "columns_ignored": ignored,
        }
        out(dumps_json(doc, pretty=True) + "\n")
    else:
        from scrutrack.views import response_plan_view

        show_view(response_plan_view(steps), "table")
    for table in skipped:
        note(f"Skipped {table}: not a response table")
    if ignored:
        note(f"Columns not read: {', '.join(ignored)}")
    counts = Counter(s.action for s in steps)
    parts = [f"{n} {what}" for what, n in counts.items() if what != "apply"]
    tail = f" ({'; '.join(parts)})" if parts else ""
    if dry_run:
        note(
            f"Dry run: would record {plural(counts['apply'], 'response')} from {plural(len(steps), 'row')} of {name}{tail}; nothing was written."
        )
    elif applied:
        note(f"Recorded {plural(counts['apply'], 'response')} ({plural(len(applied), 'record')}) from {name}{tail}.")
    else:
        note(f"Nothing new recorded from {plural(len(steps), 'row')} of {name}{tail}.")
