"""Commands that set a records repository up: init, and committee add."""

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from scrutrack.cli.common import HELP_OPTIONS, RepoOpt, command, note

PERIOD_HELP = 'How long the executive has to respond, e.g. "8 weeks" (default: [defaults], 2 months).'
WINDOW_HELP = "How soon after its meeting a recommendation should be referred (default: [defaults], 28 days)."
CommitteeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--committee",
        metavar="SLUG",
        help="A committee's short name, used in record IDs, e.g. cyp (repeatable, each with its --name).",
        show_default=False,
    ),
]
NameOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--name",
        help='The committee\'s full name, e.g. "Children & Young People Sub-Committee" (one per --committee, in order).',
        show_default=False,
    ),
]
PeriodOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--response-period",
        metavar="PERIOD",
        help=PERIOD_HELP + " One per --committee, in order.",
        show_default=False,
    ),
]
WindowOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--referral-window",
        metavar="PERIOD",
        help=WINDOW_HELP + " One per --committee, in order.",
        show_default=False,
    ),
]


def _paired(option: str, values: list[str] | None, n: int) -> list[str | None]:
    """An option given once per --committee, in the same order, or not at all."""
    from scrutrack.errors import InvalidInput

    if not values:
        return [None] * n
    if len(values) != n:
        raise InvalidInput(
            f"{len(values)} {option} for {n} --committee: give one {option} per --committee, in the same order, "
            "or none to use the [defaults] in scrutrack.toml"
        )
    return list(values)


@command
def init(
    directory: Annotated[
        Path, typer.Argument(help="The folder to set up; it is created if need be (default: here).")
    ] = Path("."),
    committee: CommitteeOpt = None,
    name: NameOpt = None,
    response_period: PeriodOpt = None,
    referral_window: WindowOpt = None,
    no_git: Annotated[
        bool, typer.Option("--no-git", help="Do not start a git repository or register the merge driver.")
    ] = False,
) -> None:
    """Set up a records repository: scrutrack.toml, records/, git and its merge driver.

    Name the committees here (or later with `scrutrack committee add`); with none, scrutrack.toml
    gets an example committee to rename. Outside a git repository it runs `git init`; either way
    it registers the record merge driver in the clone (the `scrutrack git-setup` step), unless
    --no-git.

    \b
    Example:
      scrutrack init council --committee cyp \\
        --name "Children & Young People Sub-Committee"
      scrutrack init council \\
        --committee cyp --name "Children & Young People" \\
        --committee hsc --name "Health & Social Care" \\
        --response-period "2 months" --response-period "28 days"
    """
    from scrutrack.committees import NewCommittee, init_repo
    from scrutrack.errors import InvalidInput
    from scrutrack.store import CONFIG_NAME

    slugs = committee or []
    if name and not slugs:
        raise InvalidInput("--name names a --committee; give --committee SLUG before it")
    if len(name or []) != len(slugs):
        raise InvalidInput(
            f"{len(name or [])} --name for {len(slugs)} --committee: give each --committee its --name, in order"
        )
    periods = _paired("--response-period", response_period, len(slugs))
    windows = _paired("--referral-window", referral_window, len(slugs))
    wanted = [NewCommittee(*c) for c in zip(slugs, name or [], periods, windows, strict=True)]
    root = directory.resolve()
    init_repo(root, wanted)
    if not no_git:
        _start_git(root)
    where = f"cd {directory}, then " if directory != Path(".") else ""
    if wanted:
        names = ", ".join(c.slug for c in wanted)
        note(f"Set up scrutrack in {root} for {names}: {where}`scrutrack add --committee {wanted[0].slug} ...`")
    else:
        note(
            f"Set up scrutrack in {root} with an example committee: {where}name yours with "
            f"`scrutrack committee add SLUG --name ...` (or edit {CONFIG_NAME}), then `scrutrack add`"
        )


def _start_git(root: Path) -> None:
    """`git init` unless `root` is in a git repository already, then the git-setup step."""
    from scrutrack import gitio
    from scrutrack.cli.gitcmds import register_driver
    from scrutrack.errors import ScrutrackError

    try:
        if gitio.git_dir(root) is None:
            gitio.init(root)
            note(f"Started a git repository in {root}")
        register_driver(root)
    except ScrutrackError as exc:  # no git: the records work without it
        note(f"Warning: {exc}; scrutrack works without git, and `scrutrack git-setup` registers the merge driver later")


@command
def committee_add(
    slug: Annotated[
        str,
        typer.Argument(
            metavar="SLUG", help="The committee's short name, used in record IDs, e.g. hsc.", show_default=False
        ),
    ],
    name: Annotated[
        str, typer.Option("--name", help='The committee\'s full name, e.g. "Health & Social Care Sub-Committee".')
    ],
    response_period: Annotated[
        str | None,
        typer.Option(
            "--response-period",
            metavar="PERIOD",
            help=PERIOD_HELP,
        ),
    ] = None,
    referral_window: Annotated[
        str | None,
        typer.Option(
            "--referral-window",
            metavar="PERIOD",
            help=WINDOW_HELP,
        ),
    ] = None,
    repo_path: RepoOpt = None,
) -> None:
    """Add a committee to scrutrack.toml, keeping what is there (comments too).

    \b
    Example:
      scrutrack committee add hsc --name "Health & Social Care Sub-Committee" \\
        --response-period "28 days"
    """
    from scrutrack.committees import NewCommittee, add_committee
    from scrutrack.store import CONFIG_NAME, find_root

    root = find_root(repo_path)
    added = add_committee(root, NewCommittee(slug, name, response_period, referral_window))
    note(f"Added committee {added.slug} ({added.name}) to {CONFIG_NAME}")


COMMANDS: dict[str, Callable[..., None]] = {"init": init}
GROUPS = ("committee",)


def register(app: typer.Typer, only: str | None = None) -> None:
    """Add `init` and the `committee` group (or just the one named `only`) to the app."""
    if only in (None, "init"):
        app.command("init")(init)
    if only in (None, "committee"):
        group = typer.Typer(
            name="committee",
            help="Manage the committees in scrutrack.toml.",
            no_args_is_help=True,
            rich_markup_mode=None,
            context_settings=HELP_OPTIONS,
        )
        group.command("add")(committee_add)
        app.add_typer(group)
