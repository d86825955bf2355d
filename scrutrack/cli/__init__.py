"""The Typer app: parse the command line, call the domain, print what the renderers return."""

from __future__ import annotations

from typing import Annotated

import typer

from scrutrack import __version__

app = typer.Typer(
    name="scrutrack",
    help=(
        "Track what happens to a scrutiny committee's recommendations, one TOML file each.\n\n"
        "\b\nStart with:\n  scrutrack init            set up scrutrack.toml and records/\n"
        "  scrutrack add ...         record a recommendation after a meeting\n"
        "  scrutrack overdue         what is late, and why, before agenda setting\n"
        "  scrutrack check           validate every record (for CI)"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,  # plain Click help: keeps start-up free of Rich's Markdown machinery
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"scrutrack {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Track what happens to a scrutiny committee's recommendations."""


from scrutrack.cli import gitcmds, read, transfer, write  # noqa: E402  (commands register on `app`)

read.register(app)
write.register(app)
transfer.register(app)
gitcmds.register(app)


def main() -> None:
    app(prog_name="scrutrack")
