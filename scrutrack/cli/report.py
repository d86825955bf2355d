"""The `report` command: the recommendations tracker for the committee's agenda pack."""

import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from scrutrack.cli.common import RepoOpt, command, note, output_file, parse_day, repo, report_read, stdout_is_terminal


class ReportFormat(StrEnum):
    markdown = "markdown"
    html = "html"
    docx = "docx"


if TYPE_CHECKING:
    import datetime as dt

    from scrutrack.model import Record
    from scrutrack.pack import Pack, Part
    from scrutrack.stats import YearStats
    from scrutrack.store import Repo
    from scrutrack.tracker import Tracker

SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".docx": "docx"}
NAMES = {"markdown": "Markdown", "html": "HTML", "docx": "Word"}


def chosen_format(given: ReportFormat | None, output: Path | None) -> str:
    """--format, else the output file's suffix, else Markdown; a clash between the two is an error."""
    from scrutrack.errors import InvalidInput

    by_suffix = SUFFIXES.get(output.suffix.lower()) if output is not None else None
    if output is not None and by_suffix is None and given is None:
        raise InvalidInput(f"cannot tell the format from -o {output}; name it .html, .docx or .md, or give --format")
    if given is not None and by_suffix is not None and given.value != by_suffix:
        raise InvalidInput(
            f"--format {given.value} but -o {output} is a {NAMES[by_suffix]} file name; "
            f"name it {'.md' if given.value == 'markdown' else '.' + given.value} or drop --format"
        )
    return given.value if given is not None else by_suffix or "markdown"


@command
def report(
    committee: Annotated[
        str | None,
        typer.Option(help="Only this committee (slug); its name heads the report. Default: every committee."),
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Report as of this date, YYYY-MM-DD (default today; past or future).")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="Report changes from this date, YYYY-MM-DD (default: the day after the last report recorded "
            "with --record, else 3 months before --as-of).",
            show_default=False,
        ),
    ] = None,
    next_meeting: Annotated[
        str | None,
        typer.Option(
            "--next-meeting",
            help="The next meeting's date, YYYY-MM-DD: list what falls due by then (default: the next 60 days).",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="markdown, html or docx (default: from -o's suffix, else markdown).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file (report.html, report.docx, report.md) instead of standard output.",
            show_default=False,
        ),
    ] = None,
    stamp: Annotated[
        bool,
        typer.Option(
            "--stamp", help="Add the date and time it was made (without it, the same records give the same bytes)."
        ),
    ] = False,
    annual: Annotated[
        bool,
        typer.Option(
            "--annual",
            help="Add the municipal year's figures per committee (as `scrutrack stats` gives them): the year of "
            "--as-of, or --year.",
        ),
    ] = False,
    year: Annotated[
        str | None,
        typer.Option(help="With --annual: the municipal year, e.g. 2025/26.", show_default=False),
    ] = None,
    record: Annotated[
        bool,
        typer.Option(
            "--record",
            help="Record --as-of as this report's date (last_report in scrutrack.toml): the next report's "
            "--since follows on from it.",
        ),
    ] = False,
    repo_path: RepoOpt = None,
) -> None:
    """Write the recommendations tracker for the agenda pack: summary, decisions, overdue, appendix, charts.

    For members to decide: what is proposed for closure, and requests for new target dates (with
    the targets moved more often or further than scrutrack.toml allows). Responses received and
    impacts assessed in the period follow; --annual adds the municipal year's figures.

    \b
    Example:
      scrutrack report --committee cyp --since 2019-01-01 -o tracker.html
      scrutrack report --committee cyp --next-meeting 2019-06-12 -o tracker.docx
      scrutrack report --committee cyp --record >> "$GITHUB_STEP_SUMMARY"
      scrutrack report --committee cyp --annual --year 2018/19 -o annual.docx
    """
    import datetime as dt

    from scrutrack.dates import parse_iso
    from scrutrack.errors import InvalidInput
    from scrutrack.report_views import day as long_day
    from scrutrack.report_views import pack
    from scrutrack.saving import record_last_report, write_bytes_atomic
    from scrutrack.store import load_all
    from scrutrack.tracker import build, period

    kind = chosen_format(format, output)
    if kind == "docx" and output is None and stdout_is_terminal():
        raise InvalidInput("a Word document is not for the terminal; write it to a file with -o report.docx")
    target = output_file(output) if output is not None else None
    day = parse_day(as_of, "--as-of")
    r = repo(repo_path)
    name = r.config.committee(committee).name if committee is not None else None
    span = period(
        day,
        parse_iso(since, "--since") if since else None,
        parse_iso(next_meeting, "--next-meeting") if next_meeting else None,
        r.config.last_report_of(committee),
    )
    loaded = load_all(r)
    tracker = build(
        loaded.records, span, r.config.referral_window, committee, r.config.progress_meaning, r.config.date_limits
    )
    made = dt.datetime.now().replace(microsecond=0) if stamp else None
    periods = {c.response_period for slug, c in r.config.committees.items() if committee in (None, slug)}
    update_round = _round_part(r, tracker, span.as_of, committee)
    if year is not None and not annual:
        raise InvalidInput("--year goes with --annual (the year's figures); add --annual")
    figures = _annual(r, loaded.records, span.as_of, committee, year) if annual else None
    document = pack(
        tracker,
        lambda slug: r.config.committees[slug].name if slug in r.config.committees else slug,
        name,
        periods.pop() if len(periods) == 1 else None,
        f"{long_day(made.date())} at {made:%H:%M}" if made else None,
        update_round,
        figures,
    )
    where = target.parent if target is not None else Path.cwd()
    data = _render(kind, document, span.as_of, Path(os.path.relpath(r.root, where)).as_posix(), made)
    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_bytes_atomic(target, data)
        late = len(tracker.overdue.overdue)
        note(
            f"Wrote {output} ({NAMES[kind]}): {len(tracker.open)} open recommendations, {late} late, "
            f"as of {long_day(span.as_of)}, changes since {long_day(span.since)}"
        )
    report_read(loaded.problems)
    if loaded.problems:
        if record:
            note("Not recorded as the last report: some records could not be read.")
        raise typer.Exit(1)
    if record:
        record_last_report(r, committee, span.as_of)
        note(
            f"Recorded last_report = {span.as_of.isoformat()} in scrutrack.toml; the next report starts the day after."
        )


def _round_part(r: "Repo", tracker: "Tracker", as_of: "dt.date", committee: str | None) -> "Part | None":
    """The latest update round started by the report's date (of this committee, or of all), as a part."""
    from scrutrack.report_views import round_part, round_rows
    from scrutrack.rounds import read_round, round_names

    rounds = [read_round(r, n) for n in round_names(r)]
    rounds = [x for x in rounds if x.started <= as_of and (committee is None or x.committee in (None, committee))]
    if not rounds:
        return None
    latest = max(rounds, key=lambda x: (x.started, x.name))
    rows = round_rows(tracker, latest.name, [s.id for s in latest.sent])
    return round_part(latest.name, latest.due, rows)  # what owners propose for closure: the closure part


def _annual(
    r: "Repo", records: "list[Record]", as_of: "dt.date", committee: str | None, year: str | None
) -> "YearStats":
    from scrutrack.stats import parse_year, year_of, year_stats

    start = r.config.year_start
    chosen = parse_year(year, start) if year else year_of(as_of, start)
    return year_stats(records, chosen, as_of, [committee] if committee else list(r.config.committees))


def _render(kind: str, document: "Pack", as_of: "dt.date", root: str, made: "dt.datetime | None") -> bytes:
    if kind == "html":
        from scrutrack.report_html import html

        return html(document, root).encode("utf-8")
    if kind == "docx":
        from scrutrack.report_docx import docx

        return docx(document, as_of, root, made)
    from scrutrack.pack import markdown

    return markdown(document).encode("utf-8")


COMMANDS: dict[str, Callable[..., None]] = {"report": report}
