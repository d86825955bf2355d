"""`scrutrack round`: ask owners for updates in workbooks, collect them, see who has not replied, chase."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from scrutrack.cli.common import HELP_OPTIONS, RepoOpt, command, note, parse_day, plural, repo

if TYPE_CHECKING:
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
        r.config.committee(committee)
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
        app.add_typer(group)
