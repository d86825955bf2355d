"""The committee's own decisions and what came of them: `signoff`, `impact` and `stats`."""

from typing import TYPE_CHECKING, Annotated

import typer

from scrutrack.cli.common import (
    NoCacheOpt,
    PagerOpt,
    RepoOpt,
    TableFormat,
    command,
    note,
    parse_day,
    plural,
    repo,
    report_read,
    show_view,
)

if TYPE_CHECKING:
    from scrutrack.model import Record
    from scrutrack.store import Repo

ByOpt = Annotated[
    str | None,
    typer.Option("--by", help="Who recorded it (default: git's user.name, else your full name on this system)."),
]


@command
def signoff(
    record_ids: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[ID]...",
            help="The records members signed off (IDs, or unique starts of them).",
            show_default=False,
        ),
    ] = None,
    meeting: Annotated[
        str, typer.Option(help="The meeting at which members signed them off, YYYY-MM-DD.", show_default=False)
    ] = "",
    minute: Annotated[str, typer.Option(help="The minute that records it, e.g. 47(3).", show_default=False)] = "",
    committee: Annotated[
        str | None, typer.Option(help="With --all-proposed: the committee (slug) whose proposals were signed off.")
    ] = None,
    all_proposed: Annotated[
        bool,
        typer.Option(
            "--all-proposed",
            help="Every record of --committee proposed for closure: implemented, or its owner said achieved.",
        ),
    ] = False,
    date: Annotated[
        str | None, typer.Option("--date", help="When it happened, YYYY-MM-DD (default: the meeting's date).")
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Say what would be closed; write nothing.")] = False,
    future: Annotated[
        bool, typer.Option("--future", help="Allow a meeting or --date after today (recorded before it happens).")
    ] = False,
    by: ByOpt = None,
    note_: Annotated[
        str | None, typer.Option("--note", help="Anything else members said: kept in the history.")
    ] = None,
    repo_path: RepoOpt = None,
) -> None:
    """Close records members signed off at a meeting, with the minute: one, several, or all proposed.

    A record is proposed for closure when it is implemented (with evidence) or its owner's update
    said it was achieved. One its owner called achieved is marked implemented and closed at once,
    if it has evidence; without evidence it is refused. All or nothing: if one cannot be signed
    off, none is. `status ID closed --note ...` still closes a record without a sign-off.

    \b
    Example:
      scrutrack signoff cyp-2019-01-10-2 cyp-2019-01-10-5 \\
        --meeting 2019-06-18 --minute "47(3)"
      scrutrack signoff --committee cyp --all-proposed \\
        --meeting 2019-06-18 --minute 47 --dry-run
    """
    import datetime as dt

    from scrutrack.cli.common import git_user
    from scrutrack.cli.write import event_day
    from scrutrack.dates import parse_iso
    from scrutrack.errors import InvalidInput, ScrutrackError
    from scrutrack.lifecycle import signoff as sign
    from scrutrack.saving import update
    from scrutrack.store import read_record, resolve_id

    if not meeting:
        raise InvalidInput("a sign-off needs the meeting's date; give --meeting YYYY-MM-DD")
    if not minute.strip():
        raise InvalidInput('a sign-off needs the minute that records it; give --minute, e.g. --minute "47(3)"')
    meeting_day = parse_iso(meeting, "--meeting")
    day = event_day(date, future) if date else meeting_day
    if meeting_day > dt.date.today() and not future:
        raise InvalidInput(
            f"--meeting {meeting_day} is after today; members sign off at a meeting that has happened "
            "(add --future if it is recorded before it happens)"
        )
    r = repo(repo_path)
    if all_proposed:
        if record_ids:
            raise InvalidInput("give record IDs or --all-proposed, not both")
        if committee is None:
            raise InvalidInput("--all-proposed needs --committee SLUG: whose proposals members signed off")
        ids = _proposed(r, committee)
        if not ids:
            note(f"Nothing of {committee} is proposed for closure; nothing was written.")
            return
    elif not record_ids:
        raise InvalidInput("name the records signed off (IDs), or give --committee SLUG --all-proposed")
    else:
        ids = list(dict.fromkeys(resolve_id(r, i) for i in record_ids))
    who = by if by is not None else git_user(r.root)
    refused = []
    for rid in ids:  # all or nothing: every sign-off is tried in memory before any is written
        try:
            sign(read_record(r, rid)[0], meeting_day, minute, day=day, by=who, note=note_)
        except ScrutrackError as exc:
            refused.append(str(exc) if str(exc).startswith(f"{rid}:") else f"{rid}: {exc}")  # named once
    if refused:
        raise InvalidInput(
            f"cannot sign off {len(refused)} of {plural(len(ids), 'record')}; nothing was written:\n  "
            + "\n  ".join(refused)
        )
    if dry_run:
        note(
            f"Dry run: would close {plural(len(ids), 'record')} signed off on {meeting_day}, minute {minute}: {', '.join(ids)}"
        )
        return
    for rid in ids:
        update(r, rid, lambda rec: sign(rec, meeting_day, minute, day=day, by=who or None, note=note_))
        note(f"{rid}: closed, signed off on {meeting_day} (minute {minute.strip()})")


def _proposed(r: "Repo", committee: str) -> list[str]:
    """The committee's records proposed for closure, in ID order."""
    from scrutrack.lifecycle import closure_proposal
    from scrutrack.model import id_order
    from scrutrack.store import load_all

    r.config.committee(committee)
    loaded = load_all(r)
    if loaded.problems:
        report_read(loaded.problems)
        raise typer.Exit(1)
    chosen = [
        rec.id
        for rec in loaded.records
        if rec.committee == committee and closure_proposal(rec, r.config.progress_meaning) is not None
    ]
    return sorted(chosen, key=id_order)


@command
def impact(
    record_id: Annotated[
        str, typer.Argument(metavar="ID", help="Record ID, or any unique start of one.", show_default=False)
    ],
    rating: Annotated[
        str,
        typer.Option(
            help="How much difference it made: significant, moderate, limited or none-yet.", show_default=False
        ),
    ],
    text: Annotated[str | None, typer.Option(help="What changed because of it, in a sentence or two.")] = None,
    text_file: Annotated[
        str | None, typer.Option("--text-file", help="Read the words from a file ('-' for stdin).")
    ] = None,
    evidence: Annotated[
        str | None, typer.Option("--evidence", metavar="URL", help="A link that shows it (an http or https URL).")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="When it was assessed, YYYY-MM-DD (default today).")
    ] = None,
    future: Annotated[bool, typer.Option("--future", help="Allow a --date after today.")] = False,
    by: ByOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Record a recommendation's impact, what changed because of it, for the annual report.

    Shown by `show`, in the report's Impact section and in `export`. A later assessment is added
    beside the earlier ones; the latest counts.

    \b
    Example:
      scrutrack impact cyp-2018-11-27-2 --rating significant \\
        --text "Re-referrals fell from 24% to 15% within a year." \\
        --evidence https://example.org/agenda/2019-12-10/item6.pdf
    """
    from scrutrack.cli.common import git_user, read_text_option
    from scrutrack.cli.write import event_day
    from scrutrack.errors import InvalidInput
    from scrutrack.lifecycle import record_impact
    from scrutrack.saving import update

    day = event_day(date, future)
    words = read_text_option(text, text_file)
    if not words:
        raise InvalidInput("the impact needs its words: what changed because of the recommendation; give --text")
    r = repo(repo_path)
    who = by if by is not None else git_user(r.root)

    def apply(rec: "Record") -> "Record":
        return record_impact(rec, day, rating, words, url=evidence, by=who or None)

    rec, _ = update(r, record_id, apply)
    note(f"{rec.id}: impact {rating} ({day})")


@command
def stats(
    year: Annotated[
        str | None,
        typer.Option(
            help="The municipal year, e.g. 2025/26 (default: the one the as-of date falls in).", show_default=False
        ),
    ] = None,
    committee: Annotated[str | None, typer.Option(help="Only this committee (slug).")] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Count as the records stood on this date, YYYY-MM-DD (default today)."),
    ] = None,
    format: Annotated[
        TableFormat, typer.Option("--format", "-f", help="table (for people), json, csv or markdown.")
    ] = TableFormat.table,
    no_pager: PagerOpt = False,
    repo_path: RepoOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """A municipal year's figures per committee: made, answered on time, each outcome, implemented, outstanding.

    A recommendation counts in the year of the meeting that agreed it. Years run from May to April
    unless scrutrack.toml says otherwise ([defaults] year_start = "April").

    \b
    Example:
      scrutrack stats --year 2025/26
      scrutrack stats --year 2024/25 --committee cyp --format csv > figures.csv
    """
    from scrutrack.stats import parse_year, year_of, year_stats
    from scrutrack.store import load_all
    from scrutrack.views import stats_view

    day = parse_day(as_of, "--as-of")
    r = repo(repo_path)
    start = r.config.year_start
    chosen = parse_year(year, start) if year else year_of(day, start)
    if committee is not None:
        r.config.committee(committee)
    committees = [committee] if committee else list(r.config.committees)
    loaded = load_all(r)
    figures = year_stats(loaded.records, chosen, day, committees)
    people = format in (TableFormat.table, TableFormat.markdown)
    show_view(stats_view(figures, by_committee=not people), format.value, not no_pager)
    report_read(loaded.problems)
    if loaded.problems:
        raise typer.Exit(1)


COMMANDS = {"signoff": signoff, "impact": impact, "stats": stats}
