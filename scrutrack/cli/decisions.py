"""The committee's own decisions and figures: `stats` (a municipal year's figures)."""

from typing import Annotated

import typer

from scrutrack.cli.common import (
    NoCacheOpt,
    PagerOpt,
    RepoOpt,
    TableFormat,
    command,
    parse_day,
    repo,
    report_read,
    show_view,
)


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


COMMANDS = {"stats": stats}
