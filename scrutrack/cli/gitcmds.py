"""Commands for pull requests and merges: changes, git-setup, merge-driver."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from scrutrack.cli.common import RepoOpt, colour, command, note, out, page, report_read, width

DRIVER_NAME = "scrutrack"
DRIVER_ARGS = "merge-driver %O %A %B %P"


class ChangesFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    json = "json"


@command
def changes(
    base: Annotated[
        str | None,
        typer.Argument(
            metavar="BASE",
            help="The revision to compare from: a branch, tag or commit (default: the default "
            "branch, i.e. origin/HEAD, else main, else master).",
            show_default=False,
        ),
    ] = None,
    head: Annotated[
        str | None,
        typer.Argument(
            metavar="HEAD",
            help="The revision to compare to (default: the files as they are now, uncommitted work included).",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        ChangesFormat, typer.Option("--format", "-f", help="table, markdown (for a pull request) or json.")
    ] = ChangesFormat.table,
    repo_path: RepoOpt = None,
) -> None:
    """What changed in the records between two revisions: added, moved, answered, evidenced, slipped.

    BASE and HEAD are git revisions: a branch, a tag or a commit. Compares from where HEAD
    and BASE met (as `git diff BASE...HEAD`), so work merged into BASE since this branch
    started is not shown. Edits or deletions of history, evidence or whole records are
    listed as violations (history is append-only).

    \b
    Example:
      scrutrack changes        # this branch against main, uncommitted work too
      scrutrack changes main   # against main, from where this branch left it
      scrutrack changes origin/main HEAD --format markdown \\
        >> "$GITHUB_STEP_SUMMARY"
    """
    from scrutrack import changes as ch
    from scrutrack import render_changes as rc
    from scrutrack.store import open_repo

    r = open_repo(repo_path)
    report = ch.compare_revisions(r, base, head)
    if format is ChangesFormat.json:
        out(rc.changes_json(report) + "\n")
    elif format is ChangesFormat.markdown:
        out(rc.changes_markdown(report))
    else:
        page(rc.changes_text(report, width(), styled=colour()))
    report_read(report.unreadable)
    if report.unreadable:
        raise typer.Exit(1)


# A folder `make clean` removes (and that moves with the clone): a driver in it breaks silently.
DISPOSABLE = ".venv"


def disposable_folder(path: Path) -> Path | None:
    """The `.venv` folder holding `path`, if any: `make clean` or moving the clone removes it."""
    for parent in path.parents:
        if parent.name == DISPOSABLE:
            return parent
    return None


def driver_command(explicit: str | None = None) -> str:
    """How git should run scrutrack, as an absolute shell command (git must not need PATH).

    With no --command: the `scrutrack` found on PATH, else the one running now, preferring one
    that is not inside a clone's .venv (which `make clean` removes); as a last resort this Python
    with `-m scrutrack`.
    """
    import os
    import shlex
    import shutil
    import sys

    from scrutrack.errors import InvalidInput

    if explicit:
        first = shlex.split(explicit)[0] if explicit.strip() else ""
        if not first or not Path(first).is_absolute():
            raise InvalidInput(
                f"--command '{explicit}' must start with an absolute path, e.g. /usr/local/bin/scrutrack"
            )
        if not (Path(first).is_file() and os.access(first, os.X_OK)):
            raise InvalidInput(
                f"--command '{explicit}': {first} does not exist or cannot be run; give the path of an "
                "installed scrutrack (`command -v scrutrack` prints it); nothing was registered"
            )
        return explicit
    candidates: list[Path] = []
    found = shutil.which("scrutrack")
    if found:
        candidates.append(Path(found))
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name.startswith("scrutrack") and argv0.suffix in ("", ".exe"):
        candidates.append(argv0)
    bindir = Path(sys.executable).parent
    candidates += [bindir / "scrutrack", bindir / "scrutrack.exe"]
    usable = []
    for c in candidates:
        path = c.resolve() if not c.is_absolute() else c.absolute()
        if path.is_file() and os.access(path, os.X_OK):
            usable.append(path)
    lasting = [p for p in usable if disposable_folder(p) is None]
    if lasting or usable:
        return shlex.quote(str((lasting or usable)[0]))
    # Always works for the interpreter running now, wherever it is installed.
    return f"{shlex.quote(str(Path(sys.executable).absolute()))} -m scrutrack"


def driver_gone(root: Path) -> str | None:
    """A warning if, in a git repository, the merge driver is not registered in this clone or no
    longer exists (git would merge records line by line, and a conflict of two branches' notes on
    one record would stop the merge)."""
    import os
    import shlex

    from scrutrack import gitio

    if gitio.git_dir(root) is None:
        return None
    driver = gitio.config_get(root, f"merge.{DRIVER_NAME}.driver")
    if not driver and gitio.config_get(root, "core.repositoryformatversion") is None:
        return None  # git does not work here (not safe to it, say): the command says why, not this
    if not driver:
        return (
            "Warning: the merge driver is not registered in this clone, so git merges records line by line "
            "(two officers' notes on one record would conflict); run `scrutrack git-setup` once"
        )
    try:
        first = shlex.split(driver)[0]
    except (ValueError, IndexError):
        first = driver
    if Path(first).is_file() and os.access(first, os.X_OK):
        return None
    return (
        f"Warning: the merge driver registered for records ({first}) no longer exists, so git merges records "
        "line by line; run `scrutrack git-setup` again"
    )


@command
def git_setup(
    command_: Annotated[
        str | None,
        typer.Option(
            "--command",
            help="Run the driver with this command instead (an absolute path to an installed scrutrack, e.g. /opt/bin/scrutrack).",
            show_default=False,
        ),
    ] = None,
    repo_path: RepoOpt = None,
) -> None:
    """Register the record merge driver in this clone's git config and route records/ to it.

    Git never reads merge drivers from the repository itself (for safety), so each clone runs
    this once. It registers the scrutrack found on PATH (else this one) after checking that it
    runs, warns if that is inside a .venv that `make clean` removes, and adds the
    .gitattributes line if it is missing, and .gitignore lines for the cache and for temp files
    of interrupted writes. Run it again after moving or reinstalling scrutrack; `scrutrack
    check` warns when the registered one is gone.

    \b
    Example:
      scrutrack git-setup
      git config --get merge.scrutrack.driver
    """
    from scrutrack import gitio
    from scrutrack.store import find_root

    root = find_root(repo_path)
    gitio.toplevel(root)
    register_driver(root, command_)


def register_driver(root: Path, command_: str | None = None) -> None:
    """The git-setup step: the driver in the clone's git config, the .gitattributes and .gitignore
    lines; saying what was done (`git-setup`, and `init` in a git repository)."""
    import shlex

    from scrutrack import gitio
    from scrutrack.committees import GITATTRIBUTES_LINE
    from scrutrack.errors import InvalidInput
    from scrutrack.saving import change_file, ignore_leftovers, with_line

    chosen = driver_command(command_)
    problem = gitio.command_problem(chosen)
    if problem:
        raise InvalidInput(f"cannot use '{chosen}' as the merge driver: {problem}; nothing was registered")
    driver = f"{chosen} {DRIVER_ARGS}"
    gitio.config_set(root, f"merge.{DRIVER_NAME}.name", "scrutrack: keep history and evidence from both sides")
    gitio.config_set(root, f"merge.{DRIVER_NAME}.driver", driver)
    added = ""
    if change_file(root, root / ".gitattributes", with_line(GITATTRIBUTES_LINE)):
        added = f"; added '{GITATTRIBUTES_LINE}' to .gitattributes (commit it)"
    if ignore_leftovers(root):
        added += "; added the cache and temp files to .gitignore (commit it)"
    note(f"Merge driver registered in the git config: {driver}{added}")
    venv = disposable_folder(Path(shlex.split(chosen)[0]))
    if venv is not None:
        note(
            f"Warning: this scrutrack is inside {venv}, which `make clean` removes (moving the folder breaks it "
            "too); git would then merge records line by line. Install scrutrack for good (e.g. "
            "`pipx install PATH_TO_THE_CLONE`) and run `scrutrack git-setup` again"
        )


@command
def merge_driver(
    base: Annotated[
        Path, typer.Argument(metavar="BASE", help="The common ancestor's version (git's %O).", show_default=False)
    ],
    ours: Annotated[
        Path,
        typer.Argument(
            metavar="OURS", help="This branch's version; the result is written here (git's %A).", show_default=False
        ),
    ],
    theirs: Annotated[
        Path, typer.Argument(metavar="THEIRS", help="The other branch's version (git's %B).", show_default=False)
    ],
    path: Annotated[
        str, typer.Argument(metavar="PATH", help="The record's path in the repository (git's %P).", show_default=False)
    ] = "",
) -> None:
    """Merge one record three ways (git runs this; set it up with `scrutrack git-setup`).

    History and evidence added on both branches are kept in date order, and status and dates
    follow the merged history. What cannot be merged is marked in the file in git's style, so
    that keeping either side gives a valid record. Exits 1 on a conflict, 0 when it is clean.

    \b
    Example (what git runs):
      scrutrack merge-driver %O %A %B %P
    """
    with _record_locked(path):
        _merge_into(base, ours, theirs, path or ours.name, _changed_meanwhile(path, ours))


def _record_locked(path: str) -> contextlib.AbstractContextManager[object]:
    """The record in the work tree (git runs the driver at the top of it) locked as scrutrack's
    own changes lock it, so that a step and a merge of one record never interleave: a change
    under way finishes first, and one that starts later waits for git."""
    import contextlib
    import os

    from scrutrack.files import locked_path

    if not path or not os.path.isfile(path) or os.path.islink(path):
        return contextlib.nullcontext()  # new on both branches, or not a record file: nothing to race with
    return locked_path(Path(path), path)


def _changed_meanwhile(path: str, ours: Path) -> bytes | None:
    """The record as the work tree holds it, if that is not this branch's version (%A): a step
    (`scrutrack note`) written after git looked at the work tree and before the driver took the
    record's lock. git would write the merge over it; merged from instead, it is kept."""
    import os

    if not path or not os.path.isfile(path) or os.path.islink(path):
        return None
    try:
        now, before = Path(path).read_bytes(), ours.read_bytes()
    except OSError:
        return None
    return now if now != before else None


def _merge_into(base: Path, ours: Path, theirs: Path, rel: str, current: bytes | None = None) -> None:
    from scrutrack import merge

    try:
        raw = [p.read_bytes() if p.exists() else b"" for p in (base, ours, theirs)]
    except OSError as exc:
        note(f"Error: {rel}: cannot read a version to merge ({exc.strerror})")
        raise typer.Exit(2) from None
    if current is not None:
        raw[1] = current
        ours.write_bytes(current)  # the line-by-line fallback merges from this side too
        note(f"{rel}: merged from the work tree's version, which differs from this branch's commit")
    try:
        o, a, b = (data.decode("utf-8") for data in raw)
        result = merge.merge_texts(o, a, b, rel)
    except Exception as exc:  # git must get a file and an exit code, never a traceback
        # Anything unexpected in the files: a line-by-line merge for the officer, and a conflict.
        from scrutrack import gitio

        text = gitio.merge_file(ours, base, theirs) or merge.whole_file_conflict(raw[1], raw[2])
        _write_result(ours, text, rel)
        note(
            f"{rel}: not merged as a record ({exc}); merged line by line: at each conflict keep one side and "
            "delete the `<<<<<<<`, `=======`, `>>>>>>>` lines, then `scrutrack check`"
        )
        raise typer.Exit(1) from None
    _write_result(ours, result.text.encode("utf-8"), rel)
    for message in result.conflicts:
        note(f"CONFLICT (scrutrack): {message}")
    if not result.clean:
        raise typer.Exit(1)


def _write_result(ours: Path, data: bytes, rel: str) -> None:
    """Put the merge where git wants it (%A); if that cannot be written, say so and fail the merge."""
    try:
        ours.write_bytes(data)
    except OSError as exc:
        note(f"Error: {rel}: cannot write the merged record to {ours} ({exc.strerror or exc}); nothing was merged")
        raise typer.Exit(2) from None


@command
def resolve(
    date: Annotated[str | None, typer.Option("--date", help="The day of the renumbering (default today).")] = None,
    by: Annotated[
        str | None,
        typer.Option("--by", help="Who did it (default: git's user.name, else your full name on this system)."),
    ] = None,
    repo_path: RepoOpt = None,
) -> None:
    """After a merge stopped: keep both recommendations that two branches gave one ID.

    Two officers who add a recommendation to the same meeting on two branches can give them
    the same number. The merge then stops on that file; this keeps this branch's under its ID
    and gives the other branch's the next number free on both branches, with a `renumbered`
    history entry, and stages both (`git add`). Then `git commit` finishes the merge.

    \b
    Example:
      git merge other-branch      # CONFLICT ...: run `scrutrack resolve`
      scrutrack resolve
      git commit --no-edit
    """
    from scrutrack.cli.common import git_user, parse_day
    from scrutrack.merge import resolve_added
    from scrutrack.store import open_repo

    r = open_repo(repo_path)
    day = parse_day(date, "--date")
    who = by if by is not None else git_user(r.root)
    done = resolve_added(r, day, who or None)
    for moved in done.renumbered:
        note(
            f"{moved.old}: both branches added a recommendation with this ID; the other branch's is now {moved.record.id}"
        )
    for problem in done.left:
        note(f"Not resolved: {problem}")
    if done.renumbered:
        n = len(done.renumbered)
        note(
            f"Kept both of {n} pair{'s' if n != 1 else ''} of recommendations and staged them; finish with `git commit`"
        )
    elif not done.left:
        note("Nothing to resolve: no record file is left unmerged")
    if done.left:
        raise typer.Exit(1)


COMMANDS: dict[str, Callable[..., None]] = {
    "changes": changes,
    "git-setup": git_setup,
    "merge-driver": merge_driver,
    "resolve": resolve,
}
