"""Getting records in and out: `import minutes`, `import tracker` (and its old name `import csv`) and `export csv`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from scrutrack.cli.common import (
    HELP_OPTIONS,
    RepoOpt,
    command,
    edit_plan,
    note,
    out,
    output_file,
    parse_day,
    plural,
    repo,
    report_read,
    show_view,
)

if TYPE_CHECKING:
    from scrutrack.importing import Incoming, Plan
    from scrutrack.minutes import Minutes, Skipped
    from scrutrack.spreadsheet import Chosen
    from scrutrack.store import Repo


FileArg = Annotated[Path, typer.Argument(help="The file to import.", show_default=False)]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="Show what would be created; write nothing.")]


def _read_bytes(path: Path) -> bytes:
    from scrutrack.documents import read_input

    return read_input(path)


class PlanFormat(StrEnum):
    table = "table"
    json = "json"


FormatOpt = Annotated[
    PlanFormat,
    typer.Option("--format", "-f", help="table for people, json for scripts (what was or would be created)."),
]


def _plan_json(plan: Plan, dry_run: bool, source: str, extra: dict[str, Any]) -> str:
    from scrutrack.formats import dumps_json
    from scrutrack.model import record_to_dict

    def record(inc: Incoming) -> dict[str, Any]:
        data = record_to_dict(inc.record)
        data.pop("history", None)
        return {**data, "from": inc.where}

    doc = {
        "source": source,
        "dry_run": dry_run,
        "create": [record(i) for i in plan.create],
        "present": [i.record.id for i in plan.present],
        "conflicts": [{"id": i.record.id, "message": m} for i, m in plan.conflicts],
        **extra,
    }
    return dumps_json(doc, pretty=True) + "\n"


def _finish(
    r: Repo,
    plan: Plan,
    dry_run: bool,
    what: str,
    source: str,
    extra: str = "",
    fmt: PlanFormat = PlanFormat.table,
    facts: dict[str, Any] | None = None,
) -> None:
    """Print the plan (dry run) or apply it; report present records and conflicts; exit 1 on conflict.

    ^C, SIGTERM or SIGHUP before the records are moved into place leaves none; one that arrives as
    they are moved is held back until this has said what was created (staging.Signals)."""
    from scrutrack.importing import apply_plan, interrupted_after
    from scrutrack.staging import Signals

    made: list[Path] = []
    with Signals() as signals:
        if not dry_run and plan.create:
            made = apply_plan(r, plan, source, signals)  # first: it sorts again anything made meanwhile
        _report(plan, dry_run, what, source, extra, fmt, facts)
    if signals.pending:
        raise interrupted_after(signals.pending, made)
    if plan.conflicts:
        raise typer.Exit(1)


def _report(
    plan: Plan, dry_run: bool, what: str, source: str, extra: str, fmt: PlanFormat, facts: dict[str, Any] | None
) -> None:
    for _, message in plan.conflicts:
        note(f"Conflict: {message}")
    total = len(plan.create) + len(plan.present) + len(plan.conflicts)
    tail = []
    if plan.present:
        tail.append(f"{len(plan.present)} already present")
    if plan.conflicts:
        tail.append(f"{len(plan.conflicts)} in conflict, left alone")
    parts = f" ({', '.join(tail)})" if tail else ""
    noun = plural(total, what)
    if fmt is PlanFormat.json:
        out(_plan_json(plan, dry_run, source, facts or {}))
    if dry_run:
        if fmt is PlanFormat.table and plan.create:
            from scrutrack.views import import_view

            show_view(import_view([i.record for i in plan.create]), "table")
        note(f"Dry run: would create {len(plan.create)} of {noun} from {source}{parts}{extra}; nothing was written.")
    elif not plan.create:
        note(f"Nothing new: {noun} in {source}, none created{parts}{extra}.")
    else:
        if fmt is PlanFormat.table:
            for inc in plan.create:
                out(inc.record.id + "\n")
        note(f"Created {len(plan.create)} of {noun} from {source}{parts}{extra}.")


def _minutes_summary(parsed: Minutes) -> tuple[str, dict[str, Any]]:
    """The tail of the summary line (what else was read) and the same facts for --format json."""
    parts = [plural(len(parsed.meetings), "meeting"), f"{plural(parsed.conclusions, 'conclusion')} (not imported)"]
    if parsed.noted:
        parts.append(f"{plural(len(parsed.noted), 'decision')} noting or receiving (not imported)")
    if parsed.repeated:
        parts.append(f"{plural(parsed.repeated, 'recommendation')} printed twice, kept once")
    if parsed.procedural:
        parts.append(
            f"{plural(parsed.procedural, 'procedural resolution')} (minutes, the public excluded) not imported"
        )
    if parsed.two_digit_years:
        parts.append(f"{plural(parsed.two_digit_years, 'date')} with a two-digit year read as 20YY")
    if parsed.overridden:
        days = ", ".join(d.isoformat() for d in parsed.overridden)
        parts.append(f"the document's date{'s' if len(parsed.overridden) != 1 else ''} {days} replaced by --meeting")
    if parsed.skipped:
        parts.append(f"{plural(len(parsed.skipped), 'block')} not read")
    facts = {
        "meetings": [d.isoformat() for d in parsed.meetings],
        "conclusions": parsed.conclusions,
        "noted": [{"from": n.where, "text": n.text} for n in parsed.noted],
        "printed_twice": parsed.repeated,
        "procedural": parsed.procedural,
        "not_read": [{"from": s.where, "why": s.why, "text": s.text} for s in parsed.skipped],
        "two_digit_years": parsed.two_digit_years,
        "overridden": [d.isoformat() for d in parsed.overridden],
    }
    return "; " + ", ".join(parts), facts


def _edit(parsed: Minutes, name: str, unread: list[Skipped]) -> Minutes:
    """Open the recommendations found in $VISUAL or $EDITOR and read back what the officer left."""
    from scrutrack.minutes import edit_text, read_edit

    text = edit_text(parsed, name, unread)
    return read_edit(edit_plan(text), parsed, name)


@command
def minutes(
    file: FileArg,
    committee: Annotated[str, typer.Option(help="Committee slug from scrutrack.toml, e.g. cyp.", show_default=False)],
    meeting: Annotated[
        str | None,
        typer.Option(
            help="The meeting date, YYYY-MM-DD, for minutes that do not say it (it replaces any they do).",
            show_default=False,
        ),
    ] = None,
    edit: Annotated[
        bool,
        typer.Option(
            "--edit",
            help="Open what was found in $VISUAL or $EDITOR first (always, also when it is nothing, or undated): "
            "fix a split or a join, take up a block not read, write the date.",
        ),
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Import nothing and exit 1 if any block was not read (for scripts).")
    ] = False,
    dry_run: DryRunOpt = False,
    format: FormatOpt = PlanFormat.table,
    repo_path: RepoOpt = None,
) -> None:
    """Import the recommendations in minutes: Word (.docx), PDF, a saved web page or plain text.

    Reads the document's structure: the meeting's date (a 'Meeting Date:' line, a title such
    as "Minutes of a meeting held on 15 January 2013", a date line; or --meeting), the items,
    and each decision's points (under RESOLVED, AGREED, Decision:, Recommendations:, "The
    Panel recommends that", "Recommendation 1:", a table of recommendations, ...). Each point
    becomes a record (status agreed), numbered through its meeting: <committee>-<meeting>-<n>.
    Conclusions, decisions that only note or receive, and the meeting's own business (minutes
    signed, the public excluded) are counted, not imported. A block that cannot be placed is
    named ("not read: ...") and the import goes on (exit 0; --strict makes it exit 1).
    Importing the same minutes again creates nothing; a recommendation that exists with
    different text is a conflict: left alone, the others still created, exit code 1.

    \b
    Example:
      scrutrack import minutes cabinet-2019-09-17.docx --committee cab --dry-run
      scrutrack import minutes decision.pdf --committee cab \\
        --meeting 2019-09-17 --edit
    """
    from scrutrack.dates import parse_iso
    from scrutrack.errors import InvalidInput
    from scrutrack.importing import minutes_records, plan_import
    from scrutrack.minutes import every_block, parse_minutes
    from scrutrack.readers import read_document

    day = parse_iso(meeting, "--meeting") if meeting else None
    r = repo(repo_path)
    committee = r.config.committee(committee).slug
    name = str(file)
    doc = read_document(_read_bytes(file), name)
    parsed = parse_minutes(doc, meeting=day, undated=edit)
    found = parsed.conclusions or parsed.noted or parsed.procedural or parsed.skipped or parsed.none_stated
    if not parsed.recommendations and parsed.agenda and not found and not edit:
        raise InvalidInput(
            f"found no recommendations in {name}: it is an agenda, whose recommendations the meeting had not "
            "yet decided; import the minutes of the meeting instead"
        )
    if not parsed.recommendations and not found and not edit:
        raise InvalidInput(
            f"found no recommendations in {name}: no list under a heading such as 'RESOLVED:', "
            "'Recommendations:' or 'Decision:', and no points reading 'That ...'; is it the minutes? "
            "If it is, put 'Recommendations:' above the list"
        )
    if edit:
        parsed = _edit(parsed, name, [] if parsed.recommendations or found else every_block(doc))
        if not parsed.recommendations:
            raise InvalidInput("the edited list holds no recommendations; nothing was imported")
    for skip in parsed.skipped:
        note(f"not read: {skip.where}: {skip.why}")
    if strict and parsed.skipped:
        raise InvalidInput(f"{plural(len(parsed.skipped), 'block')} not read (--strict); nothing was imported")
    plan = plan_import(r, minutes_records(parsed, committee, file.name))
    extra, facts = _minutes_summary(parsed)
    _finish(r, plan, dry_run, "recommendation", name, extra, format, facts)


@command
def tracker(
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
    sheet: Annotated[
        list[str] | None,
        typer.Option(
            "--sheet",
            metavar="NAME",
            help="Read only this sheet of a workbook (repeatable; default: every visible sheet that is a tracker).",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            help="The import's date for history and undated responses, YYYY-MM-DD (default today).", show_default=False
        ),
    ] = None,
    meeting: Annotated[
        str | None,
        typer.Option(
            help="The meeting date of every row, YYYY-MM-DD, for a tracker of one meeting (replaces its date column).",
            show_default=False,
        ),
    ] = None,
    dry_run: DryRunOpt = False,
    format: FormatOpt = PlanFormat.table,
    repo_path: RepoOpt = None,
) -> None:
    """Import a spreadsheet tracker: Excel (.xlsx), OpenDocument (.ods) or CSV, as it is.

    A tracker kept as a table in a Word document, a PDF or a saved web page is read too, each
    table as a sheet. Every visible sheet whose headings read as a tracker is read (--sheet
    picks some), below any title rows and merged group headings. Headings are matched to fields in any
    case, with the wordings councils use ("Scrutiny Recommendation", "Date of Committee",
    "Lead Officer/EM", "Cabinet Member Response", "Accepted / Rejected", "Target Date",
    "Progress Update", "Ref", ...; docs/importing.md lists them); columns that match nothing
    are ignored and listed. Status words map to statuses ("Complete" -> implemented,
    "Ongoing" -> in-progress, "Not accepted" -> rejected); an unknown word is an error unless
    --status-map says what it means. Every row is checked first: any bad row (named by its
    sheet, its row number as the spreadsheet shows it, and its column heading) stops the
    import before anything is written. Rows are numbered through their meeting in file order
    unless the file has an ID or number column. A record that exists with different text is
    a conflict: left alone, the others still created, exit code 1. Importing the same
    tracker again creates nothing. `import csv` is the old name of this command. Fields: id,
    committee, meeting, item, kind, status, addressed_to, owner, themes, referred,
    response_due, due, review, text, response_date, response_outcome, response_text,
    evidence, history, number, note, ref.

    \b
    Example:
      scrutrack import tracker tracker.xlsx --committee cyp --dry-run
      scrutrack import tracker tracker.csv --committee cyp --map "Origin=-" \\
        --status-map "Parked=withdrawn"
    """
    from scrutrack import spreadsheet
    from scrutrack.dates import parse_iso
    from scrutrack.errors import InvalidInput
    from scrutrack.importing import Incoming, plan_import
    from scrutrack.sheets import Sheet, read_tracker

    r = repo(repo_path)
    if committee is not None:
        committee = r.config.committee(committee).slug
    today = parse_day(date, "--date")
    day = parse_iso(meeting, "--meeting") if meeting is not None else None
    name = str(file)
    book = read_tracker(_read_bytes(file), name)
    keyed = [*book.sheets, Sheet("text", [[line] for line in book.text])]  # a document's key beside its table
    statuses = {**spreadsheet.status_key(keyed), **spreadsheet.parse_status_map(status_map or [])}
    from scrutrack.minutes import decision_text  # a tracker's decisions are written as its minutes' are

    chosen, skipped = spreadsheet.choose_tables(book.sheets, name, map_ or [], sheet or [], day)
    tables = []
    for c in chosen:
        if day is not None and "meeting" in c.columns.fields:
            c.columns.ignored.append(f"{c.table.headings[c.columns.fields.pop('meeting')]} (--meeting replaces it)")
        if committee is None and "committee" not in c.columns.fields:
            raise InvalidInput(f"{c.table.label} has no committee column; give --committee SLUG")
        ctx = spreadsheet.Context(
            source=file.name,
            today=today,
            committee=committee,
            status_map=statuses,
            committees={slug: c.name for slug, c in r.config.committees.items()},
            response_periods={slug: c.response_period for slug, c in r.config.committees.items()},
            meeting=c.meeting,
            decision=decision_text,
        )
        tables.append((c.table, c.columns, ctx))
    read = spreadsheet.read_tables(tables)
    _tracker_notes(chosen, skipped)
    if read.noted:
        note(f"Left out {plural(len(read.noted), 'row')} whose decision only notes: {', '.join(read.noted)}")
    plan = plan_import(r, [Incoming(row.record, row.where, read.columns) for row in read.rows])
    short = read.two_digit_years + sum(1 for c in chosen if c.said and c.said[1])
    parts = [c.said[0] for c in chosen if c.said]
    for c in chosen:
        headed = sorted({g for g, _ in c.table.groups.values()})
        if headed and c.meeting is None:
            shown = ", ".join(map(str, headed))
            parts.append(f"meeting dates from {plural(len(headed), 'heading row')} ({shown})")
    if short:
        parts.append(f"{plural(short, 'date')} with a two-digit year read as 20YY")
    if read.outside:  # the bodies a committee column names that scrutrack.toml lacks, under --committee
        names = ", ".join(f"'{n}'" for n in read.outside)
        heading = read.columns.get("committee", "committee")
        parts.append(f"column '{heading}' names {names}, not in scrutrack.toml: read as {committee}")
    extra = f"; {', '.join(parts)}" if parts else ""
    days = [c.meeting for c in chosen if c.meeting is not None]
    sheets = [c.table.sheet for c in chosen if c.table.sheet is not None]
    facts = {
        "meeting": days[0].isoformat() if days else None,
        "two_digit_years": short,
        "sheets": sheets,
        "sheets_skipped": [{"sheet": s, "why": why} for s, why in skipped],
    }
    _finish(r, plan, dry_run, "row", _source(name, sheets), extra, format, facts)


def _source(name: str, sheets: list[str]) -> str:
    """The file, and its sheets read: "tracker.xlsx (sheets 'Open', 'Closed')"."""
    if not sheets:
        return name
    return f"{name} (sheet{'s' if len(sheets) > 1 else ''} {', '.join(repr(s) for s in sheets)})"


def _tracker_notes(chosen: list[Chosen], skipped: list[tuple[str, str]]) -> None:
    """What the officer is told besides the plan: columns ignored or not imported, notes left out, sheets passed over."""
    for c in chosen:
        where = f" in sheet '{c.table.sheet}'" if c.table.sheet is not None and len(chosen) > 1 else ""
        cols = c.columns
        if cols.ignored:
            shown = ", ".join(cols.ignored)
            note(f"Ignored column{'s' if len(cols.ignored) != 1 else ''}{where} (map with --map COLUMN=FIELD): {shown}")
        if cols.unused:
            from scrutrack.spreadsheet import SYNONYMS, heading_key
            from scrutrack.trackerwords import NOT_IMPORTED

            reasons: dict[str, list[str]] = {}
            for heading in cols.unused:
                reason = NOT_IMPORTED.get(SYNONYMS.get(heading_key(heading), ""), "not a field")
                reasons.setdefault(reason, []).append(heading)
            for reason, headings in reasons.items():
                note(f"Not imported{where} ({reason}): {', '.join(headings)}")
        for rows, noun, place in (
            (c.table.notes, "row", "of notes below the table"),
            (c.table.sections, "section heading", "in the table"),
        ):
            if rows:
                s = "s" if len(rows) != 1 else ""
                note(f"Left out {plural(len(rows), noun)} {place}{where} (row{s} {', '.join(map(str, rows))})")
    for name, why in skipped:
        note(f"Skipped sheet '{name}' ({why})")


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
    from scrutrack.saving import write_text_atomic
    from scrutrack.spreadsheet import export_csv as to_csv
    from scrutrack.store import load_all
    from scrutrack.views import filters

    r = repo(repo_path)
    meeting_day = parse_iso(meeting, "--meeting") if meeting else None
    chosen = filters(r.config, committee, status or (), owner, theme, meeting_day)
    target = output_file(output) if output is not None else None
    loaded = load_all(r)
    wanted = {s.id for s in chosen.select([summarize(x) for x in loaded.records])}
    records = [x for x in loaded.records if x.id in wanted]
    text = ("\ufeff" if bom else "") + to_csv(records)
    if target is None:
        out(text)
    else:
        try:
            write_text_atomic(target, text)
        except OSError as exc:
            raise InvalidInput(f"cannot write {output} ({exc.strerror})") from None
        note(f"Wrote {plural(len(records), 'record')} to {output}")
    report_read(loaded.problems)
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
        from scrutrack.cli.responses import response

        import_app.command()(minutes)
        import_app.command()(response)
        import_app.command("tracker")(tracker)
        # The old name, kept so that scripts and notes written for it keep running.
        import_app.command(
            "csv",
            help="The old name of `import tracker` (same options), kept so old scripts run: use `import tracker`.",
        )(tracker)
        app.add_typer(import_app)
    if only in (None, "export"):
        export_app = _group("export", "Write records out for colleagues who work in a spreadsheet.")
        export_app.command("csv")(export_csv)
        app.add_typer(export_app)
