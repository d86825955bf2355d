"""What every command shares: the error seam, common options, output helpers, ID completion.

Only typer and the standard library are imported here at start-up; the domain, Rich and the
store load inside the commands that use them, so `--help` and `--version` stay fast.
"""

import functools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer

if TYPE_CHECKING:
    import datetime as dt

    from scrutrack.store import Repo

P = ParamSpec("P")
T = TypeVar("T")


def complete_id(incomplete: str) -> list[str]:
    """Shell completion of record IDs from file names (nothing is parsed)."""
    try:
        from scrutrack.store import open_repo, record_ids

        repo = open_repo(os.environ.get("SCRUTRACK_REPO"))
        return [i for i in record_ids(repo) if i.startswith(incomplete)]
    except Exception:
        return []


HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}  # context settings for every Typer app

RepoOpt = Annotated[
    str | None,
    typer.Option(
        "--repo",
        envvar="SCRUTRACK_REPO",
        help="The records repository (folder with scrutrack.toml). Default: found by walking up from here.",
        show_default=False,
    ),
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Read every record file afresh, ignoring the .scrutrack/ cache.")
]
IdArg = Annotated[
    str, typer.Argument(help="Record ID, or any unique start of one.", autocompletion=complete_id, show_default=False)
]


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print `Error: message` on stderr (escape-safe: it may quote a file); return the Exit to raise."""
    sys.stderr.write(f"Error: {safe(message)}\n")
    return typer.Exit(code)


def command(func: Callable[P, T]) -> Callable[P, T]:
    """The one error seam: a ScrutrackError becomes `Error: ...` on stderr and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        from scrutrack.errors import AlreadyDone, ScrutrackError

        try:
            return func(*args, **kwargs)
        except AlreadyDone as exc:  # a repeated step: said, and not an error
            note(str(exc))
            raise typer.Exit(0) from None
        except ScrutrackError as exc:
            raise fail(str(exc)) from None
        except (
            KeyboardInterrupt
        ) as exc:  # ^C, or (for an import) SIGTERM or SIGHUP: errors.Interrupted says what was left
            message = str(exc) or "interrupted; nothing half-written was left behind"
            raise fail(message, getattr(exc, "code", 130)) from None
        except BrokenPipeError:
            # The reader went away (e.g. `| head`); silence the flush at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None

    return wrapper


def repo(path: str | None) -> "Repo":
    """The records repository, with any import that was stopped midway finished or discarded
    first (staging.recover), saying which."""
    from scrutrack.files import stage_root
    from scrutrack.store import open_repo

    r = open_repo(path)
    if stage_root(r.root).is_dir():  # one stat; the staging machinery is imported only when it is there
        recover(r)
    return r


def recover(r: "Repo") -> None:
    """Finish or discard what imports that were stopped left in .scrutrack/stage/, saying which;
    if that cannot be done now (git is busy, a lock is held), say so and go on."""
    from scrutrack.errors import ScrutrackError
    from scrutrack.staging import recover as finish_or_discard

    try:
        for said in finish_or_discard(r):
            note(said)
    except ScrutrackError as exc:
        note(f"Warning: an import that was stopped midway is not finished yet ({exc})")


def parse_day(value: str | None, what: str) -> "dt.date":
    """A YYYY-MM-DD option; today when not given."""
    import datetime as dt

    from scrutrack.dates import parse_iso

    return parse_iso(value, what) if value else dt.date.today()


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty() or os.environ.get("SCRUTRACK_FORCE_TERMINAL") == "1"


def colour() -> bool:
    """Whether to style output: a terminal, NO_COLOR unset (https://no-color.org), TERM not dumb.
    Without it, no escape code at all is written (no bold either)."""
    return stdout_is_terminal() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def width() -> int:
    """The terminal's width (COLUMNS wins, as in every shell tool); piped or sent to a file from a
    terminal (`scrutrack list | less`), the width of the terminal the officer reads it in, the one
    stderr still shows; 100 with no terminal at all (a script, CI)."""
    import shutil

    size = shutil.get_terminal_size((0, 0)).columns
    if size:
        return size
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns or 100
    except (OSError, ValueError, AttributeError):
        return 100


def console(file: Any = None) -> Any:
    """Rich for people, at `width()` (piped from a terminal, that terminal's; else 100), not Rich's 80."""
    from rich.console import Console

    styled = colour()
    return Console(
        file=file,
        highlight=False,
        soft_wrap=False,
        width=width(),
        force_terminal=styled,
        color_system="auto" if styled else None,  # NO_COLOR or a pipe: no escape codes at all
    )


def plural(n: int, word: str) -> str:
    """'1 file', '2 files'."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def out(text: str) -> None:
    sys.stdout.write(text)


def note(message: str) -> None:
    """A message for the person, not data: stderr, escape-safe (it may quote what a file holds)."""
    sys.stderr.write(safe(message) + "\n")


PagerOpt = Annotated[
    bool,
    typer.Option("--no-pager", help="Print straight to the terminal, without a pager (as PAGER=cat does)."),
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="Also say how the records were read (e.g. why the cache was not used).")
]


def page(text: str | Iterable[str], use_pager: bool = True) -> None:
    """Print text (or text in parts) for a person; in a terminal, text taller than the screen
    goes through a pager as git does: $SCRUTRACK_PAGER, else $PAGER, else `less` (with LESS=FRX
    unless LESS is set). An empty pager or `cat` means none. Never a pager for a pipe or a file,
    nor for a terminal that says it cannot run one (TERM=dumb: less would stop at "Press RETURN").
    A pager that fails (exits with an error) has the output shown without it, and says so."""
    import shutil

    parts = iter([text] if isinstance(text, str) else text)
    if not use_pager or not sys.stdout.isatty() or os.environ.get("TERM", "dumb") == "dumb":
        sys.stdout.writelines(parts)
        return
    screen, head, lines = shutil.get_terminal_size().lines, [], 0
    for part in parts:  # only as much as fills the screen is held before choosing
        head.append(part)
        lines += part.count("\n")
        if lines >= screen:
            break
    command = os.environ.get("SCRUTRACK_PAGER", os.environ.get("PAGER", "less")).strip()
    if lines < screen or command in ("", "cat") or shutil.which(command.split()[0]) is None:  # no such pager
        sys.stdout.writelines(chain(head, parts))
        return
    import subprocess

    env = {"LESS": "FRX", "LV": "-c", **os.environ}  # as git sets them, unless they are set
    sys.stdout.flush()
    try:
        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        sys.stdout.writelines(chain(head, parts))
        return
    assert proc.stdin is not None
    encoding = sys.stdout.encoding or "utf-8"
    sent: list[str] = []  # kept, to be shown without the pager if it fails
    try:
        for part in chain(head, parts):
            sent.append(part)
            proc.stdin.write(part.encode(encoding, "replace"))
        proc.stdin.close()
    except BrokenPipeError:  # the person quit the pager before the end (or it failed: see below)
        pass
    while True:
        try:
            code = proc.wait()
            break
        except KeyboardInterrupt:  # ^C belongs to the pager (less uses it); wait for it to end
            continue
    if code > 0:
        sys.stdout.writelines(chain(sent, parts))
        note(
            f"Warning: the pager `{command}` failed (exit code {code}), so the output is shown without it; fix PAGER or use --no-pager"
        )


def edit_plan(text: str) -> str:
    """The officer's edit of an import's plan in $VISUAL/$EDITOR (the text back unchanged if not saved)."""
    import click

    from scrutrack.errors import InvalidInput

    try:
        edited = click.edit(text, extension=".txt", require_save=False)
    except click.ClickException as exc:
        message = exc.format_message()
        if message.endswith(": Editing failed"):  # the editor ran and exited with an error
            raise InvalidInput(
                f"the editor ({message.removesuffix(': Editing failed')}) ended with an error; nothing was "
                "imported (run again, or choose another editor, e.g. EDITOR=nano)"
            ) from None
        raise InvalidInput(f"cannot run the editor ({message}); set EDITOR, e.g. EDITOR=nano") from None
    return text if edited is None else edited


def show_view(view: Any, format: str, use_pager: bool = True) -> None:
    """Print a view (formats.View) in a format: a table for people, JSON, CSV or Markdown."""
    from scrutrack import formats

    write = {"json": formats.json_text, "csv": formats.csv_text, "markdown": formats.markdown_text}.get(format)
    if write is not None:
        out(write(view))
    else:
        page(formats.text_parts(view, width(), styled=colour()), use_pager)


def output_file(output: Path) -> Path:
    """Where `-o PATH` writes: PATH itself (its folder's links followed, as any path's are), never
    what PATH links to: a link committed to the repository (tracker.html -> ~/.bashrc) must not
    send the output elsewhere. The file is then written through a temp file and a rename."""
    import stat

    from scrutrack.errors import InvalidInput

    folder = output.absolute().parent
    if not folder.is_dir():
        raise InvalidInput(f"cannot write {output}: the folder {folder.resolve()} does not exist; make it first")
    path = folder.resolve() / output.name
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise InvalidInput(f"cannot write {output} ({exc.strerror or exc})") from None
    if stat.S_ISLNK(mode):
        raise InvalidInput(
            f"cannot write {output}: it is a link (to {os.readlink(path)}), and scrutrack writes only a real file, so that "
            "a link cannot send the output elsewhere; remove the link or give another name"
        )
    if not stat.S_ISREG(mode):
        what = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a pipe, socket or device)"
        raise InvalidInput(f"cannot write {output}: it is {what}; give a file name")
    return path


def report_read(problems: list[Any], notes: Sequence[str] = (), verbose: bool = False) -> None:
    """Name each file that could not be read (the command then exits 1); notes with --verbose."""
    if verbose:
        for n in notes:
            note(n)
    if problems:
        from scrutrack.errors import listed

        note(listed([f"Error: {p}" for p in problems], indent=""))
        files = len({p.path for p in problems})
        note(f"{plural(files, 'file')} with problems (unreadable ones were skipped); run `scrutrack check` for details")


def safe(text: str) -> str:
    """Text for a terminal: control characters (escape sequences) shown as \\x1b-style escapes."""
    from scrutrack.model import safe as escaped

    return escaped(text)


def read_text_option(text: str | None, text_file: str | None, what: str = "text") -> str | None:
    """--text, or --text-file PATH ('-' for stdin)."""
    from scrutrack.errors import InvalidInput

    if text is not None and text_file is not None:
        raise InvalidInput(f"give --{what} or --{what}-file, not both")
    if text_file is None:
        return text
    if text_file == "-":
        return sys.stdin.read()
    try:
        with open(text_file, encoding="utf-8") as f:
            return f.read()
    except OSError as exc:
        raise InvalidInput(f"cannot read --{what}-file {text_file} ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"--{what}-file {text_file} is not UTF-8 text; save it as UTF-8") from None


_WARNED_NO_NAME = False


def system_name() -> str | None:
    """The full name the system holds for $USER (the passwd entry's first comment field), if it has one."""
    try:
        import pwd
    except ImportError:  # not on Windows
        return None
    login = os.environ.get("USER") or os.environ.get("LOGNAME")
    try:
        entry = pwd.getpwnam(login) if login else pwd.getpwuid(os.getuid())
    except KeyError:
        return None
    full = entry.pw_gecos.split(",")[0].strip()
    return full if full and full != entry.pw_name else None  # 'root' for root is no name


def git_user(root: Any) -> str | None:
    """Who makes a change, for the history's `by` when --by is not given: git's user.name, else the
    system's full name for $USER; with neither, the change is saved without `by` and a warning (once)."""
    from scrutrack.gitio import user_name

    name = user_name(root) or system_name()
    if name is None:
        global _WARNED_NO_NAME
        if not _WARNED_NO_NAME:
            _WARNED_NO_NAME = True
            note(
                "Warning: history entries are saved without who made them (no git user.name, and no full name "
                'for you on this system); set it once with `git config --global user.name "Your Name"`, '
                "or give --by NAME"
            )
    return name
