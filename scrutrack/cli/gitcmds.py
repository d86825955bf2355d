"""Commands for pull requests and merges: changes, git-setup, merge-driver."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from scrutrack.cli.common import RepoOpt, command, console, note, out, report_broken, stdout_is_terminal, width

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
            help="Compare from here (default: where this branch left the default branch).", show_default=False
        ),
    ] = None,
    head: Annotated[
        str | None,
        typer.Argument(help="Compare to this revision (default: the files as they are now).", show_default=False),
    ] = None,
    format: Annotated[
        ChangesFormat, typer.Option("--format", "-f", help="table, markdown (for a pull request) or json.")
    ] = ChangesFormat.table,
    repo_path: RepoOpt = None,
) -> None:
    """What changed in the records between two revisions: added, moved, answered, evidenced, slipped.

    Compares from where HEAD and BASE met (as `git diff BASE...`), so work merged into BASE
    since this branch started is not shown. Edits or deletions of history, evidence or whole
    records are listed as violations (history is append-only).

    \b
    Example:
      scrutrack changes                       # this branch against main, including uncommitted work
      scrutrack changes origin/main HEAD --format markdown >> "$GITHUB_STEP_SUMMARY"
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
    elif stdout_is_terminal():
        console().print(rc.changes_view(report, width()))
    else:
        out(rc.changes_text(report, width()))
    report_broken(report.unreadable)
    if report.unreadable:
        raise typer.Exit(1)


def driver_command(explicit: str | None = None) -> str:
    """How git should run this scrutrack, as an absolute shell command (no PATH needed)."""
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
        return explicit
    candidates: list[Path] = []
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name.startswith("scrutrack") and argv0.suffix in ("", ".exe"):
        candidates.append(argv0)
    bindir = Path(sys.executable).parent
    candidates += [bindir / "scrutrack", bindir / "scrutrack.exe"]
    found = shutil.which("scrutrack")
    if found:
        candidates.append(Path(found))
    for c in candidates:
        path = c.resolve() if not c.is_absolute() else c.absolute()
        if path.is_file() and os.access(path, os.X_OK):
            return shlex.quote(str(path))
    # Always works for the interpreter running now, wherever it is installed.
    return f"{shlex.quote(str(Path(sys.executable).absolute()))} -m scrutrack"


@command
def git_setup(
    command_: Annotated[
        str | None,
        typer.Option(
            "--command",
            help="Run the driver with this command instead of this scrutrack (an absolute path, e.g. /opt/bin/scrutrack).",
            show_default=False,
        ),
    ] = None,
    repo_path: RepoOpt = None,
) -> None:
    """Register the record merge driver in this clone's git config and route records/ to it.

    Git never reads merge drivers from the repository itself (for safety), so each clone runs
    this once. It also adds the .gitattributes line if it is missing, and .gitignore lines for
    the cache and for temp files of interrupted writes. Run it again after moving or
    reinstalling scrutrack.

    \b
    Example:
      scrutrack git-setup
      git config --get merge.scrutrack.driver
    """
    from scrutrack import gitio
    from scrutrack.cli.read import GITATTRIBUTES_LINE
    from scrutrack.store import find_root, ignore_leftovers, write_text_atomic

    root = find_root(None, repo_path)
    gitio.toplevel(root)
    driver = f"{driver_command(command_)} {DRIVER_ARGS}"
    gitio.config_set(root, f"merge.{DRIVER_NAME}.name", "scrutrack: keep history and evidence from both sides")
    gitio.config_set(root, f"merge.{DRIVER_NAME}.driver", driver)
    attrs = root / ".gitattributes"
    existing = attrs.read_text(encoding="utf-8") if attrs.exists() else ""
    if GITATTRIBUTES_LINE in existing.splitlines():
        added = ""
    else:
        sep = "" if not existing or existing.endswith("\n") else "\n"
        write_text_atomic(attrs, existing + sep + GITATTRIBUTES_LINE + "\n")
        added = f"; added '{GITATTRIBUTES_LINE}' to .gitattributes (commit it)"
    if ignore_leftovers(root):
        added += "; added the cache and temp files to .gitignore (commit it)"
    note(f"Merge driver registered in the git config: {driver}{added}")


@command
def merge_driver(
    base: Annotated[
        Path, typer.Argument(metavar="BASE", help="The common ancestor's version (git's %O).", show_default=False)
    ],
    ours: Annotated[
        Path,
        typer.Argument(metavar="OURS", help="Our version; the result is written here (git's %A).", show_default=False),
    ],
    theirs: Annotated[Path, typer.Argument(metavar="THEIRS", help="Their version (git's %B).", show_default=False)],
    path: Annotated[
        str, typer.Argument(metavar="PATH", help="The record's path in the repository (git's %P).", show_default=False)
    ] = "",
) -> None:
    """Merge one record three ways (git runs this; set it up with `scrutrack git-setup`).

    History and evidence added on both sides are kept in date order; a field changed on both
    sides to different values is a conflict, marked in the file in git's style. Exits 1 on a
    conflict, 0 when the merge is clean.

    \b
    Example (what git runs):
      scrutrack merge-driver %O %A %B %P
    """
    from scrutrack import merge

    rel = path or ours.name
    try:
        raw = [p.read_bytes() if p.exists() else b"" for p in (base, ours, theirs)]
    except OSError as exc:
        note(f"Error: {rel}: cannot read a version to merge ({exc.strerror})")
        raise typer.Exit(2) from None
    try:
        o, a, b = (data.decode("utf-8") for data in raw)
        result = merge.merge_texts(o, a, b, rel)
    except Exception as exc:  # git must get a file and an exit code, never a traceback
        # Anything unexpected in the files: a line-by-line merge for the officer, and a conflict.
        from scrutrack import gitio

        text = gitio.merge_file(ours, base, theirs) or merge.whole_file_conflict(raw[1], raw[2])
        _write_result(ours, text, rel)
        note(f"{rel}: not merged as a record ({exc}); merged line by line: resolve it by hand, then `scrutrack check`")
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


COMMANDS: dict[str, Callable[..., None]] = {"changes": changes, "git-setup": git_setup, "merge-driver": merge_driver}


def register(app: typer.Typer, only: str | None = None) -> None:
    """Add this module's commands (or just the one named `only`) to the app."""
    for name, func in COMMANDS.items():
        if only in (None, name):
            app.command(name)(func)
