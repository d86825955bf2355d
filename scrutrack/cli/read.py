"""Commands that add and read records: add, show, list, overdue, check, fmt."""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from scrutrack.cli.common import (
    IdArg,
    NoCacheOpt,
    PagerOpt,
    RepoOpt,
    ShowFormat,
    TableFormat,
    VerboseOpt,
    colour,
    command,
    console,
    note,
    out,
    page,
    parse_day,
    plural,
    repo,
    report_read,
    safe,
    show_view,
)

if TYPE_CHECKING:
    import datetime as dt

    from scrutrack.model import Summary
    from scrutrack.store import Repo


def _prompt_or_fail(value: str | None, option: str, label: str) -> str:
    from scrutrack.errors import InvalidInput

    if value:
        return value
    if sys.stdin.isatty():
        answer: str = typer.prompt(label)
        return answer
    raise InvalidInput(f"{option} is required; give it on the command line")


@command
def add(
    committee: Annotated[str | None, typer.Option(help="Committee slug from scrutrack.toml, e.g. cyp.")] = None,
    meeting: Annotated[str | None, typer.Option(help="Meeting date, YYYY-MM-DD.")] = None,
    item: Annotated[str | None, typer.Option(help="The agenda item the recommendation came under.")] = None,
    text: Annotated[str | None, typer.Option(help="The recommendation's wording.")] = None,
    text_file: Annotated[
        str | None, typer.Option("--text-file", help="Read the wording from a file ('-' for stdin).")
    ] = None,
    kind: Annotated[
        str, typer.Option(help="recommendation (to the executive; must be referred) or action (to officers).")
    ] = "recommendation",
    addressed_to: Annotated[str | None, typer.Option(help="Who must respond, e.g. Cabinet.")] = None,
    owner: Annotated[str | None, typer.Option(help="The officer responsible for delivery.")] = None,
    due: Annotated[str | None, typer.Option(help="Target date for delivery, YYYY-MM-DD.")] = None,
    theme: Annotated[list[str] | None, typer.Option(help="A theme from scrutrack.toml (repeatable).")] = None,
    number: Annotated[
        int | None, typer.Option(help="Its number within the meeting, 1 to 999 (default: the next free one).")
    ] = None,
    note_: Annotated[str | None, typer.Option("--note", help="A note for the first history entry.")] = None,
    future: Annotated[
        bool, typer.Option("--future", help="Allow a meeting more than a year ahead (a mistyped year, otherwise).")
    ] = False,
    repo_path: RepoOpt = None,
) -> None:
    """Record a recommendation agreed at a meeting; prints the new ID.

    \b
    Example:
      scrutrack add --committee cyp --meeting 2018-11-27 --kind action \\
        --item "Children's Improvement Plan Update" \\
        --text "That a staff representative be invited to a future meeting."
    """
    import datetime as dt

    from scrutrack.cli.common import read_text_option
    from scrutrack.dates import parse_iso
    from scrutrack.errors import InvalidInput
    from scrutrack.model import HistoryEntry, Kind, Record, make_id, normalize_text, number_problem
    from scrutrack.saving import add_record

    r = repo(repo_path)
    kinds = [k.value for k in Kind]
    if kind not in kinds:
        raise InvalidInput(f"--kind '{kind}' is not one of: {', '.join(kinds)}")
    if number is not None and (why := number_problem(number)):
        raise InvalidInput(f"--number {why}")
    committee = _prompt_or_fail(committee, "--committee", "Committee")
    committee = r.config.committee(committee).slug
    meeting_day = parse_iso(_prompt_or_fail(meeting, "--meeting", "Meeting date (YYYY-MM-DD)"), "--meeting")
    ahead = (meeting_day - dt.date.today()).days
    if ahead > 366 and not future:
        raise InvalidInput(
            f"--meeting {meeting_day} is more than a year ahead; check the year, or add --future if it is right"
        )
    body = read_text_option(text, text_file)
    body = normalize_text(_prompt_or_fail(body, "--text", "Recommendation text"))
    if not body:
        raise InvalidInput("--text is empty; give the recommendation's wording")
    themes = tuple(dict.fromkeys(theme or ()))
    for t in themes:
        r.config.check_theme(t)
    due_day = parse_iso(due, "--due") if due else None
    if due_day and due_day < meeting_day:
        raise InvalidInput(f"--due {due_day} is before the meeting {meeting_day}")

    def build(n: int) -> Record:
        return Record(
            id=make_id(committee, meeting_day, n),
            committee=committee,
            meeting=meeting_day,
            kind=kind,
            status="agreed",
            text=body,
            item=(item or "").strip() or None,
            addressed_to=(addressed_to or "").strip() or None,
            owner=(owner or "").strip() or None,
            themes=themes,
            due=due_day,
            history=(HistoryEntry(date=meeting_day, event="agreed", due=due_day, note=(note_ or "").strip() or None),),
        )

    # The next free number is chosen under a lock on the committee's folder: two at once get two.
    record, path = add_record(r, committee, meeting_day, build, number)
    out(record.id + "\n")
    note(f"Created {r.rel(path)}")


@command
def show(
    record_id: IdArg,
    format: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="text for people, json for scripts.")
    ] = ShowFormat.text,
    all_history: Annotated[
        bool, typer.Option("--all", help="List every history entry (by default the last 50; JSON has them all).")
    ] = False,
    no_pager: PagerOpt = False,
    repo_path: RepoOpt = None,
) -> None:
    """Show one record: every field, its response, evidence and latest history.

    \b
    Example:
      scrutrack show cyp-2018-11-27-2
      scrutrack show cyp-2018-11-27-2 --all --format json
    """
    from scrutrack.store import read_record

    r = repo(repo_path)
    record, _ = read_record(r, record_id)
    if format is ShowFormat.json:
        from scrutrack.views import record_json

        out(record_json(record) + "\n")
        return
    import io

    from scrutrack.render import HISTORY_SHOWN, record_view

    buffer = io.StringIO()
    view = record_view(record, links=colour(), history=None if all_history else HISTORY_SHOWN)
    console(file=buffer).print(view, crop=False)  # a line longer than the screen is a link: kept whole
    page("\n".join(line.rstrip() for line in buffer.getvalue().split("\n")), not no_pager)  # Rich pads lines


FormatOpt = Annotated[TableFormat, typer.Option("--format", "-f", help="table (for people), json, csv or markdown.")]


@command
def list_(
    committee: Annotated[str | None, typer.Option(help="Only this committee (slug).")] = None,
    status: Annotated[
        list[str] | None, typer.Option(help="Only records with this status (repeatable); open: every status not final.")
    ] = None,
    owner: Annotated[str | None, typer.Option(help="Only owners containing this text (any case).")] = None,
    theme: Annotated[str | None, typer.Option(help="Only records with this theme.")] = None,
    meeting: Annotated[str | None, typer.Option(help="Only this meeting date, YYYY-MM-DD.")] = None,
    format: FormatOpt = TableFormat.table,
    no_pager: PagerOpt = False,
    repo_path: RepoOpt = None,
    no_cache: NoCacheOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """List records, filtered by committee, status, owner, theme or meeting.

    \b
    Example:
      scrutrack list --committee cyp --status referred --status accepted
      scrutrack list --owner "children's social care" --format csv > tracker.csv
    """
    from scrutrack.dates import parse_iso
    from scrutrack.store import load_summaries
    from scrutrack.views import filters, list_view

    r = repo(repo_path)
    meeting_day = parse_iso(meeting, "--meeting") if meeting else None
    chosen = filters(r.config, committee, status or (), owner, theme, meeting_day)
    loaded = load_summaries(r, use_cache=not no_cache)
    view = list_view(loaded.items, chosen)
    if view.rows or format is not TableFormat.table:
        show_view(view, format.value, not no_pager)
    else:
        note("No records match.")
    report_read(loaded.problems, loaded.notes, verbose)
    if loaded.problems:
        raise typer.Exit(1)


@command
def overdue(
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Report as of this date, YYYY-MM-DD (default today; past or future).")
    ] = None,
    committee: Annotated[str | None, typer.Option(help="Only this committee (slug).")] = None,
    owner: Annotated[str | None, typer.Option(help="Only owners containing this text (any case).")] = None,
    within: Annotated[
        int | None,
        typer.Option(help="Also show what falls due in the next DAYS days.", metavar="DAYS", show_default=False),
    ] = None,
    format: FormatOpt = TableFormat.table,
    fail_if_any: Annotated[
        bool, typer.Option("--fail-if-any", help="Exit 1 when anything is overdue (for automation).")
    ] = False,
    no_update_since: Annotated[
        str | None,
        typer.Option(
            "--no-update-since",
            metavar="DATE",
            help="Only items whose owner has sent no update (in an update round) on or after DATE, YYYY-MM-DD.",
            show_default=False,
        ),
    ] = None,
    no_pager: PagerOpt = False,
    repo_path: RepoOpt = None,
    no_cache: NoCacheOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """What is overdue as of a date, and why: not referred, response, implementation or review.

    \b
    Example:
      scrutrack overdue --as-of 2019-04-30
      scrutrack overdue --committee cyp --within 14 --format markdown
      scrutrack overdue --no-update-since 2026-04-01   # late, and no update since
    """
    from scrutrack.errors import InvalidInput
    from scrutrack.overdue import report
    from scrutrack.store import load_summaries
    from scrutrack.views import filters, overdue_view

    day = parse_day(as_of, "--as-of")
    if within is not None and within < 0:
        raise InvalidInput(f"--within {within} is negative; give a number of days from 0 up")
    r = repo(repo_path)
    chosen = filters(r.config, committee, owner=owner)
    loaded = load_summaries(r, use_cache=not no_cache)
    items = chosen.select(loaded.items)
    if no_update_since is not None:
        items = _no_update_since(r, items, parse_day(no_update_since, "--no-update-since"))
    rep = report(items, day, r.config.referral_window, within, r.config.date_limits)
    show_view(overdue_view(rep), format.value, not no_pager)
    report_read(loaded.problems, loaded.notes, verbose)
    if loaded.problems or (fail_if_any and rep.overdue):
        raise typer.Exit(1)


def _no_update_since(r: "Repo", items: "list[Summary]", since: "dt.date") -> "list[Summary]":
    """The items whose record has no `update` history entry dated on or after `since` (whole records
    are read for this: summaries do not hold updates)."""
    from scrutrack.model import UPDATE
    from scrutrack.store import load_all

    updated = {rec.id for rec in load_all(r).records if any(h.event == UPDATE and h.date >= since for h in rec.history)}
    return [s for s in items if s.id not in updated]


@command
def check(
    repo_path: RepoOpt = None,
    base: Annotated[
        str | None,
        typer.Option(
            "--base",
            metavar="REV",
            help="Also fail when history or evidence that exists at REV (where this branch left it) was changed or removed, or a record deleted or renamed.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Validate scrutrack.toml and every record; report every problem as path:line: message.

    Reads every file afresh (no cache). Exits 1 if anything is wrong: use it in CI. With
    --base, also checks that the history is append-only against that revision (git).

    \b
    Example:
      scrutrack check
      scrutrack check --base origin/main
    """
    from scrutrack.cli.gitcmds import driver_gone
    from scrutrack.errors import ConfigError
    from scrutrack.store import CONFIG_NAME, config_problems, find_root, open_repo
    from scrutrack.validate import check_all

    root = find_root(repo_path)
    if warning := driver_gone(root):
        note(warning)
    try:
        r = open_repo(str(root))
    except ConfigError:  # the config is broken: report it like any other problem
        _, problems = config_problems(root / CONFIG_NAME)
        for p in problems:
            out(safe(f"{p}\n"))
        out(f"{plural(len(problems), 'problem')} in {CONFIG_NAME}; records not checked\n")
        raise typer.Exit(1) from None
    problems, n_files = check_all(r)
    if base is not None:
        from scrutrack.changes import base_check

        violations, notes = base_check(r, base)
        problems = sorted([*problems, *violations], key=lambda p: (p.path, p.line or 0))
        for line in notes:
            note(line)
    for p in problems:
        out(safe(f"{p}\n"))  # a problem may quote the file: never an escape sequence on the terminal
    if problems:
        files = len({p.path for p in problems})
        out(f"{plural(len(problems), 'problem')} in {plural(files, 'file')} ({plural(n_files, 'record')} checked)\n")
        raise typer.Exit(1)
    out(f"All {n_files} records are valid.\n" if n_files != 1 else "The 1 record is valid.\n")


@command
def fmt(
    check_only: Annotated[
        bool, typer.Option("--check", help="Only list the files that would change; exit 1 if any.")
    ] = False,
    outcomes: Annotated[
        bool,
        typer.Option(
            "--outcomes", help="Also write older outcome names as today's: partially-accepted as accepted-in-part."
        ),
    ] = False,
    repo_path: RepoOpt = None,
) -> None:
    """Rewrite every record in canonical form (key order, dates, multi-line text).

    Records written before scrutrack knew accepted-in-part say partially-accepted; both are read
    alike, and `fmt --outcomes` rewrites them (history and response), which `check --base` and
    `changes` treat as no change.

    \b
    Example:
      scrutrack fmt --check     # in CI
      scrutrack fmt
      scrutrack fmt --outcomes
    """
    from scrutrack.lifecycle import with_outcome_names
    from scrutrack.saving import reformat
    from scrutrack.store import load_all

    r = repo(repo_path)
    loaded = load_all(r)
    changed = []
    older = 0
    change = with_outcome_names if outcomes else None
    for record in loaded.records:
        old_names = with_outcome_names(record) is not record
        older += old_names and not outcomes
        for rel in loaded.paths[record.id]:
            # Read again under the record's lock: a change made since load_all is kept, not undone.
            if reformat(r, r.root / rel, write=not check_only, change=change):
                changed.append(rel)
    for rel in changed:
        out(safe(f"{rel}\n"))
    verb = "would be reformatted" if check_only else "reformatted"
    note(f"{plural(len(changed), 'file')} {verb}.")
    if older:
        note(
            f"{plural(older, 'record')} still {'says' if older == 1 else 'say'} the older outcome 'partially-accepted', read as 'accepted-in-part'; "
            "`scrutrack fmt --outcomes` writes it so (check accepts both until then)."
        )
    report_read(loaded.problems)
    if loaded.problems or (check_only and changed):
        raise typer.Exit(1)


COMMANDS: dict[str, Callable[..., None]] = {
    "add": add,
    "show": show,
    "overdue": overdue,
    "check": check,
    "fmt": fmt,
    "list": list_,
}
