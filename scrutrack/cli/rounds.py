"""`scrutrack round`: ask owners for updates in workbooks, collect them, see who has not replied, chase."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from scrutrack.cli.common import HELP_OPTIONS, RepoOpt, command, note, parse_day, plural, repo, report_read, show_view

if TYPE_CHECKING:
    import datetime as dt

    from scrutrack.collect import Change, Plan, Returned
    from scrutrack.model import Record
    from scrutrack.rounds import Round
    from scrutrack.store import Repo

NameArg = Annotated[str, typer.Argument(metavar="NAME", help="The round's name, e.g. 2026-q2.", show_default=False)]


@command
def start(
    name: NameArg,
    due: Annotated[
        str, typer.Option("--due", help="When answers are wanted, YYYY-MM-DD (shown in each workbook's title).")
    ],
    committee: Annotated[str | None, typer.Option(help="Only this committee's records (slug).")] = None,
    owner: Annotated[
        list[str] | None,
        typer.Option(help="Only this owner, as the records name them (repeatable; default: every owner)."),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", help="Where to write the workbooks (default: rounds/NAME/ in the repository)."),
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="The day the round starts, YYYY-MM-DD (default today).")
    ] = None,
    repo_path: RepoOpt = None,
) -> None:
    """Start an update round: one .xlsx workbook per owner, and the round recorded in rounds/NAME.toml.

    Each owner gets their open recommendations (not those awaiting sign-off or rejected) with the
    facts locked and columns to fill in: progress, an update for members, a new target date and its
    reason, evidence. Email each workbook to its owner; collect the answers with `round collect`.

    \b
    Example:
      scrutrack round start 2026-q2 --due 2026-06-30
      scrutrack round start 2026-q2 --due 2026-06-30 --committee cyp \\
        --out ~/Desktop/round
    """
    from scrutrack.dates import parse_iso
    from scrutrack.files import write_bytes_atomic
    from scrutrack.rounds import choose, new_round, round_path, workbook_dir, write_round
    from scrutrack.store import load_all

    r = repo(repo_path)
    day = parse_day(date, "--date")
    due_day = parse_iso(due, "--due")
    if committee is not None:
        committee = r.config.committee(committee).slug
    if round_path(r, name).exists():
        raise _exists(r, name)
    loaded = load_all(r)
    if loaded.problems:
        raise _broken(loaded.problems)
    chosen, unowned = choose(loaded.records, committee, owner or ())
    rnd = new_round(name, day, due_day, chosen, committee)
    folder = out_dir if out_dir is not None else workbook_dir(r, name)
    books = _workbooks(r, rnd, {rec.id: rec for recs in chosen.values() for rec in recs})
    for filename, data in books:
        write_bytes_atomic(folder / filename, data)
    if out_dir is None:
        _ignore_workbooks(folder)
    path = write_round(r, rnd, create=True)
    for o in rnd.owners:
        note(f"  {o.workbook}: {plural(len(rnd.sent_to(o.name)), 'record')} for {o.name}")
    tail = f"; {plural(unowned, 'open record')} with no owner not sent (give them one with `scrutrack assign`)"
    note(
        f"Round {name}: {plural(len(rnd.sent), 'record')} to {plural(len(rnd.owners), 'owner')}, answers due "
        f"{due_day}; workbooks in {_shown(folder)}; recorded in {r.rel(path)}{tail if unowned else ''}."
    )


def _shown(folder: Path) -> str:
    try:
        return str(folder.resolve().relative_to(Path.cwd().resolve())) + "/"
    except ValueError:
        return str(folder) + "/"


def _exists(r: Repo, name: str) -> Exception:
    from scrutrack.errors import AlreadyExists

    return AlreadyExists(
        f"round '{name}' was already started ({r.rel(r.root / 'rounds' / (name + '.toml'))}); "
        f"see `scrutrack round status {name}`, or start a round with another name"
    )


def _broken(problems: Sequence[object]) -> Exception:
    from scrutrack.errors import BrokenRecord

    return BrokenRecord(
        f"{problems[0]}; a round needs every record readable: run `scrutrack check` and fix it first"
        + (f" ({len(problems) - 1} more problems)" if len(problems) > 1 else "")
    )


def _workbooks(r: Repo, rnd: Round, records: dict[str, Record]) -> list[tuple[str, bytes]]:
    from scrutrack.workbook import Sheet, write

    def committee_name(slug: str) -> str:
        c = r.config.committees.get(slug)
        return c.name if c is not None else slug

    words = [w for w, _ in r.config.progress]
    out = []
    for o in rnd.owners:
        sent = [(records[s.id], s.fingerprint) for s in rnd.sent_to(o.name)]
        sheet = Sheet(rnd.name, o.name, rnd.started, rnd.due, sent, committee_name, words)
        out.append((o.workbook, write(sheet)))
    return out


def _ignore_workbooks(folder: Path) -> None:
    """Workbooks are not records: keep them out of git (rounds/NAME/.gitignore)."""
    from scrutrack.files import write_text_atomic

    ignore = folder / ".gitignore"
    if not ignore.exists():
        write_text_atomic(ignore, "# Workbooks sent to owners and returned by them: not kept in git.\n*\n")


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _chosen_round(r: Repo, name: str | None) -> Round:
    from scrutrack.rounds import latest_round, read_round

    return read_round(r, name) if name else latest_round(r)


RoundOpt = Annotated[
    str | None, typer.Option("--round", help="The round's name (default: the round started last).", show_default=False)
]


@command
def collect(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE...", help="Returned workbooks (.xlsx or .ods, any file name).", show_default=False
        ),
    ],
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Apply the answers (without it: show what would happen).")
    ] = False,
    force_row: Annotated[
        list[str] | None,
        typer.Option(
            "--force-row",
            metavar="ID",
            help="Apply this record's answer although the record changed after it was sent (repeatable).",
        ),
    ] = None,
    round_name: RoundOpt = None,
    date: Annotated[
        str | None, typer.Option("--date", help="The day the answers are recorded, YYYY-MM-DD (default today).")
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="table for people, json for scripts.")
    ] = Format.table,
    repo_path: RepoOpt = None,
) -> None:
    """Read returned workbooks into the records' history: a dry run, then --yes to apply.

    Each filled-in row becomes an `update` entry by its owner (their progress word and words), with
    a target-date revision and its reason, evidence, and the status move the progress means. A row
    whose record changed after the round started is shown side by side and applied only with
    --force-row ID; a row with a problem is named (workbook, sheet, row, column) and left out while
    the others apply. Collecting a workbook twice adds nothing.

    \b
    Example:
      scrutrack round collect returned/*.xlsx            # what would happen
      scrutrack round collect returned/*.xlsx --yes      # do it
    """
    from scrutrack.collect import evidence_finder, plan, read_book, read_returned, summary_counts
    from scrutrack.errors import ScrutrackError
    from scrutrack.round_views import collect_summary, conflicts_view, plan_view
    from scrutrack.store import load_all

    r = repo(repo_path)
    day = parse_day(date, "--date")
    rnd = _chosen_round(r, round_name)
    returned = []
    for path in files:
        try:
            book = read_book(path)
        except ScrutrackError as exc:
            returned.append(_unreadable(path, str(exc)))
            continue
        returned.append(read_returned(path.name, book, rnd, r.config))
    loaded = load_all(r)
    records = {rec.id: rec for rec in loaded.records}
    forced = [f.strip() for f in force_row or ()]
    p = plan(rnd, returned, records, r.config, day, evidence_finder(r.root), forced)
    applied = False
    if yes and p.changes:
        p = _apply(r, rnd, p, returned, day)
        applied = True
    elif yes:
        _record_returns(r, rnd, returned, p, day)
    if p.problems:
        from scrutrack.errors import listed

        note(listed([f"Not applied: {problem}" for problem in p.problems], indent=""))
    counts = summary_counts(p)
    if format is Format.json:
        _collect_json(rnd, p, counts, applied or not yes)
    else:
        if p.conflicts:
            show_view(conflicts_view(p.conflicts), "table", use_pager=False)
        if p.changes:
            show_view(plan_view(p, applied), "table", use_pager=False)
    tail = "" if yes else "; dry run: nothing was written" + (" (run again with --yes to apply)" if p.changes else "")
    note(collect_summary(rnd, counts) + tail + ".")
    if p.problems or p.conflicts:
        raise typer.Exit(1)


def _unreadable(path: Path, message: str) -> Returned:
    from scrutrack.collect import Returned

    return Returned(path.name, None, None, [], [], [message])


def _apply(r: Repo, rnd: Round, p: Plan, returned: list[Returned], day: dt.date) -> Plan:
    """Write each change under its record's lock (a record changed meanwhile becomes a conflict),
    then note the returned workbooks in the round file."""
    from scrutrack.collect import Conflict, Plan
    from scrutrack.errors import ScrutrackError
    from scrutrack.saving import update_many

    class Moved(ScrutrackError):
        """The record changed between the plan and the write: a conflict after all."""

    def applier(c: Change) -> Callable[[Record], Record]:
        def apply(fresh: Record) -> Record:
            if fresh != c.before:
                raise Moved(c.answer.id)
            return c.after

        return apply

    done, conflicts, problems = [], list(p.conflicts), list(p.problems)
    results = update_many(r, [(c.answer.id, applier(c)) for c in p.changes])
    for c, result in zip(p.changes, results, strict=True):
        if isinstance(result, Moved):
            from scrutrack.store import read_record

            conflicts.append(Conflict(c.answer, len(c.before.history), read_record(r, c.answer.id)[0]))
        elif isinstance(result, ScrutrackError):
            problems.append(f"{c.answer.where()}: {result}")
        else:
            done.append(c)
    out = Plan(done, conflicts, p.already, problems)
    _record_returns(r, rnd, returned, out, day)
    return out


def _record_returns(r: Repo, rnd: Round, returned: list[Returned], p: Plan, day: dt.date) -> None:
    """Add a [[collected]] entry for each workbook that came back (once: a second collect of the
    same workbook that applies nothing adds nothing)."""
    from scrutrack.rounds import Collected, change_round

    applied: dict[str, int] = {}
    for c in p.changes:
        applied[c.answer.workbook] = applied.get(c.answer.workbook, 0) + 1

    def add(now: Round) -> Round | None:  # to the round as its file holds it now, under its lock
        new = list(now.collected)
        for ret in returned:
            if ret.owner is None or ret.round != rnd.name or now.owner(ret.owner) is None:
                continue
            n = applied.get(ret.workbook, 0)
            if n == 0 and any(c.owner == ret.owner for c in new):
                continue
            new.append(Collected(day, ret.owner, ret.workbook, n))
        return now._replace(collected=tuple(new)) if len(new) != len(now.collected) else None

    change_round(r, rnd.name, add)


def _collect_json(rnd: Round, p: Plan, counts: dict[str, int], dry_run: bool) -> None:
    from scrutrack.cli.common import out
    from scrutrack.formats import dumps_json
    from scrutrack.round_views import change_json

    data = {
        "schema": 1,
        "round": rnd.name,
        "dry_run": dry_run,
        "summary": counts,
        "changes": [change_json(c) for c in p.changes],
        "conflicts": [{"id": c.answer.id, "workbook": c.answer.workbook, "row": c.answer.row} for c in p.conflicts],
        "already": [a.id for a in p.already],
        "not_applied": p.problems,
    }
    out(dumps_json(data, pretty=True) + "\n")


@command
def status(
    name: Annotated[
        str | None, typer.Argument(metavar="[NAME]", help="The round (default: the round started last).")
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table (for people), json or csv.")] = Format.table,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Judge lateness as of this date (default today).")
    ] = None,
    repo_path: RepoOpt = None,
) -> None:
    """Who has replied to a round: per owner, records sent, returned, updated and left, and whom to chase.

    \b
    Example:
      scrutrack round status
      scrutrack round status 2026-q2 --format csv > round.csv
    """
    from scrutrack.round_views import owner_status, status_view
    from scrutrack.store import load_all

    r = repo(repo_path)
    rnd = _chosen_round(r, name)
    loaded = load_all(r)
    records = {rec.id: rec for rec in loaded.records}
    rows = owner_status(rnd, records)
    show_view(status_view(rnd, rows, parse_day(as_of, "--as-of")), format.value)
    report_read(loaded.problems)
    if loaded.problems:
        raise typer.Exit(1)


@command
def chase(
    name: Annotated[
        str | None, typer.Argument(metavar="[NAME]", help="The round (default: the round started last).")
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", help="Where to write the drafts (default: rounds/NAME/chase/ in the repository)."),
    ] = None,
    workbooks: Annotated[
        Path | None,
        typer.Option(
            "--workbooks", help="Where the round's workbooks are (default: rounds/NAME/, where start wrote them)."
        ),
    ] = None,
    sender: Annotated[str | None, typer.Option("--from", help="Your address, for the drafts' From line.")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Judge lateness as of this date (default today).")
    ] = None,
    repo_path: RepoOpt = None,
) -> None:
    """Write an email draft (.eml) to each owner who has not replied, with their workbook attached.

    Each draft names the due date and the recommendations still waiting for an update. Open it in
    your mail program (Outlook, Thunderbird, Apple Mail), add the owner's address, and send it.

    \b
    Example:
      scrutrack round chase
      scrutrack round chase 2026-q2 --from scrutiny@example.gov.uk
    """
    from scrutrack.chase import draft
    from scrutrack.files import ReadRefused, read_bytes, write_bytes_atomic
    from scrutrack.round_views import owner_status
    from scrutrack.rounds import workbook_dir
    from scrutrack.store import load_all

    r = repo(repo_path)
    rnd = _chosen_round(r, name)
    day = parse_day(as_of, "--as-of")
    loaded = load_all(r)
    records = {rec.id: rec for rec in loaded.records}
    waiting = [s for s in owner_status(rnd, records) if not s.replied]
    if not waiting:
        note(f"Round {rnd.name}: every owner has replied; no draft written.")
        return
    books = workbooks if workbooks is not None else workbook_dir(r, rnd.name)
    folder = out_dir if out_dir is not None else workbook_dir(r, rnd.name) / "chase"
    missing = []
    for s in waiting:
        try:
            data: bytes | None = read_bytes(books / s.workbook, 50_000_000)
        except (OSError, ReadRefused):
            data = None
            missing.append(s.workbook)
        left = [records[i] for i in s.left if i in records]
        eml = draft(rnd, s.owner, left, s.workbook, data, day > rnd.due, sender)
        target = folder / (s.workbook.removesuffix(".xlsx") + ".eml")
        write_bytes_atomic(target, eml)
        note(f"  {_shown(folder)}{target.name}: {s.owner}, {plural(len(left), 'record')} waiting")
    note(
        f"Round {rnd.name}: {plural(len(waiting), 'draft')} written to {_shown(folder)}; open each in your mail program, add the address and send it."
    )
    if missing:
        note(f"Warning: no workbook to attach for {', '.join(missing)} (not in {_shown(books)}; give --workbooks DIR)")
    report_read(loaded.problems)


def _group(name: str, help: str) -> typer.Typer:
    return typer.Typer(name=name, help=help, no_args_is_help=True, rich_markup_mode=None, context_settings=HELP_OPTIONS)


GROUPS = ("round",)


def register(app: typer.Typer, only: str | None = None) -> None:
    """Add the `round` group to the app."""
    if only in (None, "round"):
        group = _group(
            "round", "Ask owners for progress in workbooks, collect their answers, chase who has not replied."
        )
        group.command()(start)
        group.command()(collect)
        group.command()(status)
        group.command()(chase)
        app.add_typer(group)
