"""What `list` and `overdue` print for a pipe, a file or a script: one function of a query.

A query holds everything the answer depends on besides the files: the options as given, today's
date, the output's width, the repository. The same query on the same files gives the same
bytes, which lets the console script work out the answer in a forked child while the parent is
still loading Typer (prefetch.py); the command uses that answer only if its own query is equal.

Nothing here imports Typer or Rich, and nothing is printed: an Answer carries stdout, stderr and
the exit code. A terminal gets Rich tables instead (render.py), from `overdue_report` and
`list_selection`.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from itertools import compress
from operator import is_not
from typing import TYPE_CHECKING, Any, NamedTuple

from scrutrack.errors import InvalidInput

if TYPE_CHECKING:
    from scrutrack.formats import Reuse
    from scrutrack.model import Summary
    from scrutrack.overdue import Report
    from scrutrack.store import FileProblem, Repo, Summaries

FORMATS = ("table", "json", "csv", "markdown")


class Answer(NamedTuple):
    stdout: str
    stderr: str
    code: int


class OverdueQuery(NamedTuple):
    root: str
    today: str
    as_of: str | None
    committee: str | None
    owner: str | None
    within: int | None
    format: str
    fail_if_any: bool
    width: int
    use_cache: bool


class ListQuery(NamedTuple):
    root: str
    committee: str | None
    status: tuple[str, ...]
    owner: str | None
    theme: str | None
    meeting: str | None
    format: str
    width: int
    use_cache: bool


def output_width() -> int:
    """The terminal's width, else COLUMNS, else 100 (Rich's 80 cuts too much text)."""
    return shutil.get_terminal_size((100, 24)).columns


def overdue_query(
    root: str,
    as_of: str | None = None,
    committee: str | None = None,
    owner: str | None = None,
    within: int | None = None,
    format: str = "table",
    fail_if_any: bool = False,
    use_cache: bool = True,
) -> OverdueQuery:
    return OverdueQuery(
        root,
        dt.date.today().isoformat(),
        as_of,
        committee,
        owner,
        within,
        format,
        fail_if_any,
        output_width(),
        use_cache,
    )


def list_query(
    root: str,
    committee: str | None = None,
    status: tuple[str, ...] = (),
    owner: str | None = None,
    theme: str | None = None,
    meeting: str | None = None,
    format: str = "table",
    use_cache: bool = True,
) -> ListQuery:
    return ListQuery(root, committee, status, owner, theme, meeting, format, output_width(), use_cache)


def broken_notes(problems: list[FileProblem]) -> str:
    """Each file that could not be read, and what to do; empty when there are none."""
    if not problems:
        return ""
    lines = [f"Error: {p}" for p in problems]
    files = len({p.path for p in problems})
    lines.append(
        f"{files} file{'s' if files != 1 else ''} with problems (unreadable ones were skipped); "
        "run `scrutrack check` for details"
    )
    return "\n".join(lines) + "\n"


def select(
    records: list[Summary],
    committee: str | None,
    statuses: tuple[str, ...] | list[str] | None,
    owner: str | None,
    theme: str | None,
    meeting: int | None,
) -> list[Summary]:
    owner_l = owner.lower() if owner else None
    return [
        r
        for r in records
        if (committee is None or r.committee == committee)
        and (not statuses or r.status in statuses)
        and (owner_l is None or owner_l in (r.owner or "").lower())
        and (theme is None or theme in r.themes)
        and (meeting is None or r.meeting == meeting)
    ]


# ---------------------------------------------------------------------------- overdue


def overdue_report(
    repo: Repo, q: OverdueQuery, loaded: Summaries | None = None, before: tuple[Report, Summaries] | None = None
) -> tuple[Report, Summaries]:
    """The report the query asks for, and what it was made from (with the unreadable files).

    `before` is this query's report on other summaries of the same records; when only a few
    summaries differ (by identity), it is patched with theirs rather than made again.
    """
    from scrutrack.dates import parse_iso
    from scrutrack.overdue import merge, report
    from scrutrack.store import DEFAULT_REFERRAL_WINDOW, load_summaries

    day = parse_iso(q.as_of, "--as-of") if q.as_of else dt.date.fromisoformat(q.today)
    if q.committee is not None:
        repo.config.committee(q.committee)
    if loaded is None:
        loaded = load_summaries(repo, use_cache=q.use_cache)
    committees = repo.config.committees

    def window(slug: str) -> str:
        c = committees.get(slug)
        return c.referral_window if c else DEFAULT_REFERRAL_WINDOW

    def on(records: list[Summary]) -> Report:
        return report(select(records, q.committee, None, q.owner, None, None), day, window, q.within)

    if before is not None:
        old_rep, old = before
        changed = replaced(old.items, loaded.items)
        if changed is not None:
            removed, added = on([old.items[i] for i in changed]), on([loaded.items[i] for i in changed])
            return merge(old_rep, removed, added), loaded
    return on(loaded.items), loaded


def replaced(old: list[Summary], new: list[Summary]) -> list[int] | None:
    """Where two lists of summaries of the same records hold different objects; None when they
    are not of the same length or differ in more than a few places."""
    if len(old) != len(new):
        return None
    changed = list(compress(range(len(new)), map(is_not, old, new)))  # a loop in C
    return changed if len(changed) <= max(50, len(new) // 50) else None


def overdue_answer(repo: Repo, q: OverdueQuery) -> Answer:
    """`overdue` as JSON, CSV, Markdown or a plain aligned table (the last for a pipe or file)."""
    return overdue_text(q, *overdue_report(repo, q))


def overdue_text(q: OverdueQuery, rep: Report, loaded: Summaries, reuse: Reuse | None = None) -> Answer:
    """The answer for a report; `reuse` holds rows and lines of an earlier answer to this query."""
    from scrutrack import formats as f

    problems = loaded.problems
    if q.format == "json":
        text = f.overdue_json(rep) + "\n"
    elif q.format in ("csv", "markdown"):
        headers = (*f.OVERDUE_HEADERS[:3], "Reason", "Due", "Days", "Text")
        if q.format == "csv":
            rows = f.overdue_rows(rep.overdue) + f.overdue_rows(rep.due_soon, soon=True)
            kinds = ["overdue"] * len(rep.overdue) + ["due soon"] * len(rep.due_soon)
            text = f.csv_table(("State", *headers), [(k, *row) for k, row in zip(kinds, rows, strict=True)])
        else:
            text = f"**{f.overdue_title(rep)}**\n\n" if rep.overdue else f.nothing_late(rep) + "\n"
            if rep.overdue:
                text += f.markdown_table(headers, f.overdue_rows(rep.overdue)) + "\n" + f.overdue_footer(rep) + "\n"
            if rep.due_soon:
                text += f"\n**Due soon (next {q.within} days)**\n\n"
                text += f.markdown_table(f.SOON_HEADERS, f.overdue_rows(rep.due_soon, soon=True))
    elif not rep.overdue and not rep.due_soon:
        text = f.nothing_late(rep) + "\n"
    else:
        w = q.width
        text = ""
        if rep.overdue:
            text += f.overdue_title(rep) + "\n\n"
            text += f.plain_table(f.OVERDUE_HEADERS, f.overdue_rows(rep.overdue, width=w, reuse=reuse), w, reuse)
            text += "\n" + f.overdue_footer(rep) + "\n"
        else:
            text += f.nothing_late(rep) + "\n"
        if rep.due_soon:
            text += f"\nDue soon (next {q.within} days)\n\n"
            text += f.plain_table(
                f.SOON_HEADERS, f.overdue_rows(rep.due_soon, soon=True, width=w, reuse=reuse), w, reuse
            )
    failed = bool(problems) or (q.fail_if_any and bool(rep.overdue))
    return Answer(text, broken_notes(problems), 1 if failed else 0)


# ------------------------------------------------------------------------------- list


def _list_filters(repo: Repo, q: ListQuery) -> int | None:
    """Check the query's filters against the configuration; the meeting day as an ordinal."""
    from scrutrack.dates import parse_iso
    from scrutrack.model import STATUSES

    for s in q.status:
        if s not in STATUSES:
            raise InvalidInput(f"--status '{s}' is not one of: {', '.join(STATUSES)}")
    meeting_day = parse_iso(q.meeting, "--meeting").toordinal() if q.meeting else None
    if q.committee is not None:
        repo.config.committee(q.committee)
    if q.theme is not None:
        repo.config.check_theme(q.theme)
    return meeting_day


def list_selection(repo: Repo, q: ListQuery, loaded: Summaries | None = None) -> tuple[list[Summary], Summaries]:
    """The summaries of the records the query selects, and all (with the unreadable files)."""
    from scrutrack.store import load_summaries

    meeting_day = _list_filters(repo, q)
    if loaded is None:
        loaded = load_summaries(repo, use_cache=q.use_cache)
    return select(loaded.items, q.committee, q.status, q.owner, q.theme, meeting_day), loaded


def list_answer(repo: Repo, q: ListQuery) -> Answer:
    """`list` as JSON (whole records), CSV, Markdown or a plain aligned table."""
    if q.format == "json":  # whole records: read every file
        from scrutrack import formats as f
        from scrutrack.model import summarize
        from scrutrack.store import load_all

        meeting_day = _list_filters(repo, q)
        full = load_all(repo)
        summaries = [summarize(x) for x in full.records]
        chosen = {s.id for s in select(summaries, q.committee, q.status, q.owner, q.theme, meeting_day)}
        text = f.records_json([x for x in full.records if x.id in chosen]) + "\n"
        return Answer(text, broken_notes(full.problems), 1 if full.problems else 0)
    return list_text(q, *list_selection(repo, q))


def list_text(q: ListQuery, records: list[Summary], loaded: Summaries, reuse: Reuse | None = None) -> Answer:
    """The answer for the selected records; `reuse` holds rows and lines of an earlier answer."""
    from scrutrack import formats as f

    problems = loaded.problems
    notes = broken_notes(problems)
    if not records and q.format == "table":
        return Answer("", "No records match.\n" + notes, 1 if problems else 0)
    rows = f.list_rows(records, q.width if q.format == "table" else None, reuse)
    if q.format == "csv":
        text = f.csv_table(f.LIST_HEADERS, rows)
    elif q.format == "markdown":
        text = f.markdown_table(f.LIST_HEADERS, rows)
    else:
        text = f.plain_table(f.LIST_HEADERS, rows, q.width, reuse)
    return Answer(text, notes, 1 if problems else 0)


# --------------------------------------------------------------------- run ahead


def ahead(root: str, command: str, options: dict[str, Any]) -> tuple[tuple[Any, ...], Answer, object] | None:
    """In the console script's forked child: the query these raw options make, its answer, and
    what the answer was made from.

    `options` are the command line's `--name: value` pairs as prefetch read them. None when
    they do not make a query (the command then works it out itself, and reports any error).
    The third value is for the child to hold until it exits: freeing 100,000 summaries one by
    one costs a tenth of a second, and the kernel takes the memory back at once.
    """
    from scrutrack.errors import ScrutrackError
    from scrutrack.store import open_repo

    o = options
    fmt = o.get("--format", "table")
    if fmt not in FORMATS:
        return None
    try:
        repo = open_repo(root)
        if command == "overdue":
            within = o.get("--within")
            days = int(within) if within is not None else None
            if days is not None and days < 0:
                return None
            oq = overdue_query(
                root, o.get("--as-of"), o.get("--committee"), o.get("--owner"), days, fmt, bool(o.get("--fail-if-any"))
            )

            def overdue_from(loaded: Summaries, before: Any, reuse: Reuse) -> tuple[Answer, Any]:
                made = overdue_report(repo, oq, loaded, before)
                return overdue_text(oq, *made, reuse), made

            return (tuple(oq), *_cache_first(repo, overdue_from))
        if command == "list":
            lq = list_query(
                root,
                o.get("--committee"),
                tuple(o.get("--status", ())),
                o.get("--owner"),
                o.get("--theme"),
                o.get("--meeting"),
                fmt,
            )
            if fmt == "json":
                return tuple(lq), list_answer(repo, lq), None

            def list_from(loaded: Summaries, before: Any, reuse: Reuse) -> tuple[Answer, Any]:
                chosen = list_selection(repo, lq, loaded)
                return list_text(lq, *chosen, reuse), chosen

            return (tuple(lq), *_cache_first(repo, list_from))
    except (ScrutrackError, ValueError):
        return None
    return None


Work = Callable[["Summaries", Any, "Reuse"], tuple[Answer, Any]]  # summaries, earlier result, reuse


def _cache_first(repo: Repo, work: Work) -> tuple[Answer, Any]:
    """The answer from what the cache holds, worked out while the folder is still being scanned
    (in another process), and kept if the scan shows that nothing changed. Otherwise the answer
    from the records as they are, made from the first one where only a few records changed
    (`work` patches the report, and reuses the rows and lines of the unchanged ones). When the
    scan is in already, it is checked first and the answer made once."""
    from scrutrack import cache, prefetch
    from scrutrack.formats import Reuse
    from scrutrack.store import CACHE_DIR, Summaries, load_summaries, record_scan

    opened = cache.open_cache(repo.root / CACHE_DIR)
    held = opened.held
    reuse = Reuse()
    early = None
    if held is not None and not prefetch.ready():  # the scan is still running: use the time
        early = work(Summaries(*held.finished), None, reuse)
    scan = record_scan(repo)
    if held is not None and held.sure and scan == (held.names, held.keys):
        return early if early is not None else work(Summaries(*held.finished), None, reuse)
    return work(load_summaries(repo, scan=scan, opened=opened), early[1] if early is not None else None, reuse)
