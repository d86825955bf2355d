"""The Typer app: parse the command line, call the domain, print what the renderers return."""

import os
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer

from scrutrack import __version__

_START = (  # the first commands a newcomer needs, each with what it is for
    ("scrutrack init DIR --committee SLUG --name NAME", "set up scrutrack.toml, committees, records/"),
    ("scrutrack add ...", "record a recommendation after a meeting"),
    ("scrutrack overdue", "what is late, and why, before agenda setting"),
    ("scrutrack report -o x.html", "the recommendations tracker for the agenda pack"),
    ("scrutrack round start NAME", "ask each owner for progress in a workbook"),
    ("scrutrack check", "validate every record (for CI)"),
)
_COLUMN = 28  # where the descriptions start; a longer command puts its description on the next line
HELP = (
    "Track what happens to a scrutiny committee's recommendations, one TOML file each.\n\n\b\nStart with:\n"
    + "\n".join(
        f"  {cmd.ljust(_COLUMN)} {what}" if len(cmd) <= _COLUMN else f"  {cmd}\n  {'':{_COLUMN}} {what}"
        for cmd, what in _START
    )
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"scrutrack {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Track what happens to a scrutiny committee's recommendations."""


from scrutrack.cli.common import HELP_OPTIONS  # noqa: E402

# Which module holds each command: a run imports only the one it needs (a test keeps this true).
COMMAND_MODULES = {
    "setup": ("init", "committee"),
    "read": ("add", "show", "list", "overdue", "check", "fmt"),
    "write": ("refer", "respond", "status", "evidence", "due", "review", "assign", "note", "edit"),
    "transfer": ("import", "export"),
    "gitcmds": ("changes", "git-setup", "merge-driver", "resolve"),
    "report": ("report",),
    "rounds": ("round",),
    "decisions": ("signoff", "impact", "stats"),
}
NAMES = frozenset(name for names in COMMAND_MODULES.values() for name in names)


def _module(name: str) -> Any:
    import importlib

    return importlib.import_module(f"scrutrack.cli.{name}")


def _listing_only() -> None:
    """Stands in for a command when only the list of commands is shown."""


def summary(doc: str | None) -> str:
    """A command's whole first sentence (its docstring's first paragraph) for a list of commands.

    Click would cut it to 45 characters and add '...'; given as short_help it is shown whole,
    wrapped at word boundaries.
    """
    first = (doc or "").strip().split("\n\n")[0]
    return " ".join(first.split())


def _full_summaries(app: typer.Typer) -> None:
    for info in app.registered_commands:
        if info.callback is not None:
            info.short_help = summary(info.help if isinstance(info.help, str) else info.callback.__doc__)
    for group in app.registered_groups:
        sub = group.typer_instance
        if sub is not None and isinstance(sub.info.help, str):
            group.short_help = sub.info.short_help = summary(sub.info.help)
            _full_summaries(sub)


def _usage_line(error: Any, group: Any, args: Sequence[str]) -> str:
    """A usage error as every other error is said: one `Error:` line, with where to look (the help
    of the command typed, also when Click's parser gives no context, as for a missing value)."""
    import re

    message = re.sub(r"(\s*Did you mean [^?]*\?)(?:\s*Did you mean [^?]*\?)+", r"\1", error.format_message()).strip()
    message = re.sub(r"\.\s*Did you mean", "; did you mean", message)
    message = message[:1].lower() + message[1:]
    ctx = getattr(error, "ctx", None)
    path = ctx.command_path if ctx is not None else " ".join(["scrutrack", *_command_words(group, args)])
    where = "lists the commands" if message.startswith("no such command") else "says what it takes"
    return f"Error: {message.rstrip('.')} (`{path} --help` {where})\n"


def _command_words(group: Any, args: Sequence[str]) -> list[str]:
    """The command and subcommand names at the start of `args` ("import", "minutes")."""
    words: list[str] = []
    for word in args:
        group = getattr(group, "commands", {}).get(word)
        if group is None:
            break
        words.append(word)
    return words


def _group_class() -> Any:
    """The app's Click group: usage errors (a missing option, a bad choice, an unknown command) are
    one `Error:` line saying where to look, as every other error is, not Click's usage block."""
    import click
    from typer.core import TyperGroup

    class App(TyperGroup):
        def main(
            self,
            args: Sequence[str] | None = None,
            prog_name: str | None = None,
            complete_var: str | None = None,
            standalone_mode: bool = True,
            windows_expand_args: bool = True,
            **extra: Any,
        ) -> Any:
            call = (args, prog_name, complete_var)
            if not standalone_mode:
                return super().main(*call, standalone_mode=False, windows_expand_args=windows_expand_args, **extra)
            try:
                code = super().main(*call, standalone_mode=False, windows_expand_args=windows_expand_args, **extra)
            except click.exceptions.NoArgsIsHelpError as exc:  # a group given no command: its help
                exc.show()
                sys.exit(exc.exit_code)
            except click.UsageError as exc:
                sys.stderr.write(_usage_line(exc, self, sys.argv[1:] if args is None else args))
                sys.exit(exc.exit_code)
            except click.ClickException as exc:
                exc.show()
                sys.exit(exc.exit_code)
            except click.Abort:
                sys.stderr.write("Aborted!\n")
                sys.exit(1)
            sys.exit(code if isinstance(code, int) else 0)

    return App


def make_app(only: str | None = None, listing: bool = False) -> typer.Typer:
    """The app with every command, or with just the one named `only` (all that one run needs).

    With `listing`, every command is a parameterless stand-in carrying the real help text: all
    that `scrutrack --help` shows, for a fraction of the cost of building the real commands.
    """
    new = typer.Typer(
        name="scrutrack",
        cls=_group_class(),
        help=HELP,
        no_args_is_help=True,
        rich_markup_mode=None,  # plain Click help: keeps start-up free of Rich's Markdown machinery
        pretty_exceptions_enable=False,
        context_settings=HELP_OPTIONS,
    )
    new.callback()(_root)
    if listing:
        full = make_app()
        for info in full.registered_commands:
            new.command(info.name, help=info.callback.__doc__ if info.callback else None, short_help=info.short_help)(
                _listing_only
            )
        for group in full.registered_groups:
            assert group.typer_instance is not None
            sub = group.typer_instance.info
            new.command(sub.name, help=sub.help, short_help=group.short_help)(_listing_only)
        return new
    for module, names in COMMAND_MODULES.items():
        if only is None or only in names:
            m = _module(module)
            if hasattr(m, "register"):  # a module with groups of commands adds them itself
                m.register(new, only)
            else:
                for name, func in m.COMMANDS.items():
                    if only in (None, name):
                        new.command(name)(func)
    _full_summaries(new)
    return new


def __getattr__(name: str) -> Any:
    """`scrutrack.cli.app`, the whole app (for tests and tools), built when first asked for."""
    if name == "app":
        globals()["app"] = built = make_app()
        return built
    raise AttributeError(name)


def main() -> None:
    """The console script."""
    import gc

    # A short-lived process that builds up to hundreds of thousands of small objects: collect
    # every 10,000 allocations rather than every 700. Collection still runs; this saves a
    # quarter of the time at 100,000 records.
    gc.set_threshold(10_000, 10, 10)
    args = sys.argv[1:]
    # Typer builds a Click command for every registered command before it parses anything;
    # when the command is named, build only that one (a third of the start-up time).
    only = args[0] if args and args[0] in NAMES else None
    try:
        if only:
            make_app(only)(prog_name="scrutrack")
        elif (not args or args in (["--help"], ["-h"], ["--version"])) and "_SCRUTRACK_COMPLETE" not in os.environ:
            make_app(listing=True)(prog_name="scrutrack")  # shell completion needs the real commands
        else:
            make_app()(prog_name="scrutrack")
    except KeyboardInterrupt:  # ^C before a command began or after it ended (common.command has its own say)
        sys.stderr.write("Error: interrupted\n")
        sys.exit(130)
