"""Getting records in and out: `import minutes`, `import csv` and `export csv`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from scrutrack.cli.common import (
    HELP_OPTIONS,
    RepoOpt,
    command,
    console,
    note,
    out,
    parse_day,
    repo,
    report_broken,
    stdout_is_terminal,
    width,
)

if TYPE_CHECKING:
    from scrutrack.importing import Plan
    from scrutrack.store import Repo


FileArg = Annotated[Path, typer.Argument(help="The file to import.", show_default=False)]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="Show what would be created; write nothing.")]


def _read_bytes(path: Path) -> bytes:
    from scrutrack.errors import InvalidInput

    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path} ({exc.strerror})") from None


def _finish(r: Repo, plan: Plan, dry_run: bool, what: str, source: str, extra: str = "") -> None:
    """Print the plan (dry run) or apply it; report present records and conflicts; exit 1 on conflict."""
    from scrutrack import formats
    from scrutrack.importing import apply_plan
    from scrutrack.model import one_line

    for _, message in plan.conflicts:
        note(f"Conflict: {message}")
    total = len(plan.create) + len(plan.present) + len(plan.conflicts)
    tail = []
    if plan.present:
        tail.append(f"{len(plan.present)} already present")
    if plan.conflicts:
        tail.append(f"{len(plan.conflicts)} in conflict, left alone")
    parts = f" ({', '.join(tail)})" if tail else ""
    noun = f"{total} {what}{'s' if total != 1 else ''}"
    if dry_run:
        if plan.create:
            headers = ("ID", "Meeting", "Item", "Text")
            rows = [
                (i.record.id, i.record.meeting.isoformat(), one_line(i.record.item), one_line(i.record.text))
                for i in plan.create
            ]
            if stdout_is_terminal():
                from rich.table import Table

                table = Table(*headers, show_lines=False)
                for row in rows:
                    table.add_row(*(c.replace("[", "\\[") for c in row))
                console().print(table)
            else:
                out(formats.plain_table(headers, rows, width()))
        note(f"Dry run: would create {len(plan.create)} of {noun} from {source}{parts}{extra}; nothing was written.")
    elif not plan.create:
        note(f"Nothing new: {noun} in {source}, none created{parts}{extra}.")
    else:
        apply_plan(r, plan)
        for inc in plan.create:
            out(inc.record.id + "\n")
        note(f"Created {len(plan.create)} of {noun} from {source}{parts}{extra}.")
    if plan.conflicts:
        raise typer.Exit(1)


@command
def minutes(
    file: FileArg,
    committee: Annotated[str, typer.Option(help="Committee slug from scrutrack.toml, e.g. cyp.", show_default=False)],
    dry_run: DryRunOpt = False,
    repo_path: RepoOpt = None,
) -> None:
    """Import the recommendations in minutes' "Conclusions and Recommendations" text.

    Reads `Meeting Date:` blocks holding `Item:` blocks with `Conclusions:` and
    `Recommendations:` lists. Each recommendation becomes a record (status agreed),
    numbered through its meeting: <committee>-<meeting>-<n>. Conclusions are counted,
    not imported. Importing the same minutes again creates nothing. A recommendation that
    exists with different text is a conflict: it is left alone, the others are still
    created, and the exit code is 1. A line that cannot be understood stops the import
    before anything is written, naming the line.

    \b
    Example:
      scrutrack import minutes minutes-2018-11-27.txt --committee cyp --dry-run
      scrutrack import minutes minutes-2018-11-27.txt --committee cyp
    """
    from scrutrack.errors import InvalidInput
    from scrutrack.importing import minutes_records, plan_import
    from scrutrack.minutes import decode_text, parse_minutes

    r = repo(repo_path)
    r.config.committee(committee)
    name = str(file)
    parsed = parse_minutes(decode_text(_read_bytes(file), name), name)
    if not parsed.meetings:
        raise InvalidInput(
            f"{name} has no 'Meeting Date:' line, so no recommendations were found; is it the minutes' "
            "Conclusions and Recommendations text?"
        )
    plan = plan_import(r, minutes_records(parsed, committee, file.name, name))
    meetings = len(parsed.meetings)
    extra = (
        f"; {meetings} meeting{'s' if meetings != 1 else ''}, "
        f"{parsed.conclusions} conclusion{'s' if parsed.conclusions != 1 else ''} (not imported)"
    )
    _finish(r, plan, dry_run, "recommendation", name, extra)


@command
def csv(
    file: FileArg,
    committee: Annotated[
        str | None,
        typer.Option(
            help="Committee slug from scrutrack.toml (needed unless the file has a committee column).",
            show_default=False,
        ),
    ] = None,
    map_: Annotated[
        list[str] | None,
        typer.Option(
            "--map", metavar="COLUMN=FIELD", help="Read COLUMN as FIELD (repeatable); FIELD '-' ignores the column."
        ),
    ] = None,
    status_map: Annotated[
        list[str] | None,
        typer.Option(
            "--status-map", metavar="WORD=STATUS", help="Read the tracker's status WORD as STATUS (repeatable)."
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            help="The import's date for history and undated responses, YYYY-MM-DD (default today).", show_default=False
        ),
    ] = None,
    dry_run: DryRunOpt = False,
    repo_path: RepoOpt = None,
) -> None:
    """Import a spreadsheet tracker saved as CSV (UTF-8 or Windows-1252; comma or semicolon).

    Headings are matched to fields in any case, with the usual synonyms ("Lead Officer/EM",
    "Date of meeting", "Target date", "Exec response", ...); columns that match nothing are
    ignored and listed. Status words map to statuses ("Complete" -> implemented, "Ongoing" ->
    in-progress, "Not accepted" -> rejected); an unknown word is an error unless --status-map
    says what it means. Every row is checked first: any bad row (named by its row number, the
    heading being row 1, and its column) stops the import before anything is written.
    Rows are numbered through their meeting in file order unless the file has an ID or
    number column. A record that exists with different text is a conflict: left alone, the
    others still created, exit code 1. Fields: id, committee, meeting, item, kind, status,
    addressed_to, owner, themes, referred, response_due, due, review, text, response_date,
    response_outcome, response_text, evidence, history, number, note.

    \b
    Example:
      scrutrack import csv tracker.csv --committee cyp --dry-run
      scrutrack import csv tracker.csv --committee cyp --map "Ref=-" \\
        --status-map "Parked=withdrawn"
    """
    from scrutrack import spreadsheet
    from scrutrack.importing import Incoming, plan_import
    from scrutrack.minutes import decode_text

    r = repo(repo_path)
    if committee is not None:
        r.config.committee(committee)
    today = parse_day(date, "--date")
    name = str(file)
    statuses = spreadsheet.parse_status_map(status_map or [])
    text = decode_text(_read_bytes(file), name)
    known = [spec.rpartition("=")[0] for spec in map_ or []]
    table = spreadsheet.read_table(text, name, known)
    fields, ignored = spreadsheet.map_columns(table, map_ or [])
    if committee is None and "committee" not in fields:
        from scrutrack.errors import InvalidInput

        raise InvalidInput(f"{name} has no committee column; give --committee SLUG")
    ctx = spreadsheet.Context(
        source=file.name,
        today=today,
        committee=committee,
        status_map=statuses,
        committees={slug: c.name for slug, c in r.config.committees.items()},
        response_periods={slug: c.response_period for slug, c in r.config.committees.items()},
    )
    rows, columns = spreadsheet.read_rows(table, fields, ctx)
    if ignored:
        note(f"Ignored column{'s' if len(ignored) != 1 else ''} (map with --map COLUMN=FIELD): {', '.join(ignored)}")
    plan = plan_import(r, [Incoming(row.record, f"{name} row {row.row}", columns) for row in rows])
    _finish(r, plan, dry_run, "row", name)


@command
def export_csv(
    committee: Annotated[str | None, typer.Option(help="Only this committee (slug).")] = None,
    status: Annotated[list[str] | None, typer.Option(help="Only records with this status (repeatable).")] = None,
    owner: Annotated[str | None, typer.Option(help="Only owners containing this text (any case).")] = None,
    theme: Annotated[str | None, typer.Option(help="Only records with this theme.")] = None,
    meeting: Annotated[str | None, typer.Option(help="Only this meeting date, YYYY-MM-DD.")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")
    ] = None,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start with a UTF-8 byte-order mark, so Excel shows £ and curly quotes.")
    ] = False,
    repo_path: RepoOpt = None,
) -> None:
    """Write records as CSV, one row each, in the columns `import csv` reads back.

    Takes the same filters as `list`. Cells that a spreadsheet would run as a formula
    (starting with =, +, -, @, a tab or a carriage return) get a leading apostrophe;
    `import csv` removes it again. The response, evidence and history ride along (the last
    two as JSON), so exporting and importing into an empty repository gives the same records.

    \b
    Example:
      scrutrack export csv --committee cyp --output tracker.csv
      scrutrack export csv --status referred --status accepted > open.csv
    """
    from scrutrack.dates import parse_iso
    from scrutrack.errors import InvalidInput
    from scrutrack.model import summarize
    from scrutrack.spreadsheet import export_csv as to_csv
    from scrutrack.store import load_all, write_text_atomic
    from scrutrack.views import filters

    r = repo(repo_path)
    meeting_day = parse_iso(meeting, "--meeting") if meeting else None
    chosen = filters(r.config, committee, status or (), owner, theme, meeting_day)
    if output is not None and not output.resolve().parent.is_dir():
        raise InvalidInput(f"cannot write {output}: the folder {output.resolve().parent} does not exist; make it first")
    loaded = load_all(r)
    wanted = {s.id for s in chosen.select([summarize(x) for x in loaded.records])}
    records = [x for x in loaded.records if x.id in wanted]
    text = ("\ufeff" if bom else "") + to_csv(records)
    if output is None:
        out(text)
    else:
        try:
            write_text_atomic(output.resolve(), text)
        except OSError as exc:
            raise InvalidInput(f"cannot write {output} ({exc.strerror})") from None
        note(f"Wrote {len(records)} record{'s' if len(records) != 1 else ''} to {output}")
    report_broken(loaded.problems)
    if loaded.problems:
        raise typer.Exit(1)


def _group(name: str, help: str) -> typer.Typer:
    return typer.Typer(name=name, help=help, no_args_is_help=True, rich_markup_mode=None, context_settings=HELP_OPTIONS)


def register(app: typer.Typer, only: str | None = None) -> None:
    """Add `import` and `export` (or just the one named `only`) to the app."""
    if only in (None, "import"):
        import_app = _group(
            "import", "Bring recommendations in from minutes or a spreadsheet tracker, without duplicates."
        )
        import_app.command()(minutes)
        import_app.command("csv")(csv)
        app.add_typer(import_app)
    if only in (None, "export"):
        export_app = _group("export", "Write records out for colleagues who work in a spreadsheet.")
        export_app.command("csv")(export_csv)
        app.add_typer(export_app)
