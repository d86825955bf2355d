"""--help as an officer reads it in an 80-column terminal: whole summaries, every argument described, no wrapped examples."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
import typer.main
from conftest import Invoke

from scrutrack.cli import app, summary

EXE = Path(sys.executable).parent / "scrutrack"


def _commands() -> list[tuple[str, click.Command]]:
    """Every command, groups' subcommands included, by the words that run it."""
    found: list[tuple[str, click.Command]] = []

    def walk(cmd: click.Command, path: list[str]) -> None:
        if isinstance(cmd, click.Group):
            for name, sub in sorted(cmd.commands.items()):
                walk(sub, [*path, name])
        elif path:
            found.append((" ".join(path), cmd))

    walk(typer.main.get_command(app), [])
    return found


COMMANDS = _commands()


def _help(*words: str) -> str:
    env = {"COLUMNS": "80", "PATH": str(EXE.parent)}
    return subprocess.run([str(EXE), *words, "--help"], capture_output=True, text=True, check=True, env=env).stdout


@pytest.mark.parametrize(("name", "cmd"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_argument_is_described_in_the_help(name: str, cmd: click.Command, invoke: Invoke) -> None:
    shown = " ".join(invoke(*name.split(), "--help").stdout.split())
    for param in cmd.params:
        if param.param_type_name == "argument":
            text = getattr(param, "help", None)
            assert text, (name, param.name)
            assert " ".join(text.split()) in shown, (name, param.name)


def test_the_list_of_commands_gives_each_summary_whole() -> None:
    text = _help()
    flat = " ".join(text.split())
    assert "..." not in text.split("Commands:")[1]
    for name, cmd in COMMANDS:
        if " " not in name:
            assert summary(cmd.help) in flat, name
    assert "Set up a records repository: scrutrack.toml, records/, git and its merge driver." in flat
    group = " ".join(_help("import").split())
    assert "Import a spreadsheet tracker: Excel (.xlsx), OpenDocument (.ods) or CSV, as it is." in group
    # the old name still runs, and its help says which to use
    assert (
        "csv The old name of `import tracker` (same options), kept so old scripts run: use `import tracker`." in group
    )


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS] + ["", "import", "export"])
def test_help_fits_80_columns_so_no_example_wraps_mid_word(name: str) -> None:
    text = _help(*name.split())
    long = [line for line in text.splitlines() if len(line) > 80]
    assert long == [], long
    assert "[x>=" not in text


def test_changes_help_says_what_base_and_head_are() -> None:
    text = " ".join(_help("changes").split())
    assert "[BASE] The revision to compare from: a branch, tag or commit" in text
    assert "[HEAD] The revision to compare to (default: the files as they are now" in text


def test_start_with_lines_keep_each_command_apart_from_what_it_is_for() -> None:
    lines = _help().split("Start with:")[1].split("Options:")[0].strip("\n").splitlines()
    commands = [line for line in lines if line.lstrip().startswith("scrutrack")]
    assert len(commands) == 6
    # every description starts in one column, two or more spaces after its command
    # (or on the next line, in that column, when the command is too long)
    column = {m.start(1) for line in lines if (m := re.match(r" +scrutrack(?: \S+)* {2,}(\S)", line))}
    column |= {len(line) - len(line.lstrip()) for line in lines if not line.lstrip().startswith("scrutrack")}
    assert len(column) == 1, lines
    assert "  scrutrack round start NAME   ask each owner" in "\n".join(lines)
