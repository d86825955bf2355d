"""The command line as a clerk meets it: add, show, list, errors, untrusted text, help and JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, Invoke, files_snapshot
from helpers import in_status, put

from scrutrack.cli import app

ADD = ("add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", "That officers circulate the figures.")


def test_add_creates_the_file_and_prints_the_id(repo: Path, invoke: Invoke) -> None:
    result = invoke(*ADD, "--theme", "ofsted-3", "--due", "2019-06-30", "--kind", "action")
    assert result.stdout == "cyp-2019-03-12-1\n"
    text = (repo / "records/cyp/cyp-2019-03-12-1.toml").read_text()
    assert 'themes = ["ofsted-3"]' in text and "due = 2019-06-30" in text
    assert invoke(*ADD).stdout == "cyp-2019-03-12-2\n"  # the next free number
    invoke("check")


def test_add_same_number_twice_fails_and_keeps_the_first(repo: Path, invoke: Invoke) -> None:
    invoke(*ADD, "--number", "3")
    path = repo / "records/cyp/cyp-2019-03-12-3.toml"
    before = path.read_bytes()
    err = invoke(
        "add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", "Other.", "--number", "3", code=1
    ).stderr
    assert "record cyp-2019-03-12-3 already exists" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--committee", "planning", "--meeting", "2019-03-12", "--text", "x"),
            "unknown committee 'planning'; known: cyp, hsc",
        ),
        (
            ("--committee", "cyp", "--meeting", "12/03/2019", "--text", "x"),
            "--meeting '12/03/2019' is not a date; write it as YYYY-MM-DD",
        ),
        (("--committee", "cyp", "--meeting", "2019-02-30", "--text", "x"), "--meeting '2019-02-30' is not a real date"),
        (
            ("--committee", "cyp", "--meeting", "2019-03-12", "--text", "x", "--theme", "roads"),
            "unknown theme 'roads'; known: ofsted-3, ofsted-8",
        ),
        (("--committee", "cyp", "--meeting", "2019-03-12"), "--text is required"),
        (
            ("--committee", "cyp", "--meeting", "2019-03-12", "--text", "x", "--kind", "wish"),
            "--kind 'wish' is not one of",
        ),
        (
            ("--committee", "cyp", "--meeting", "2019-03-12", "--text", "x", "--due", "2019-01-01"),
            "is before the meeting",
        ),
        *[
            (
                ("--committee", "cyp", "--meeting", "2019-03-12", "--text", "x", "--number", n),
                f"--number {n} is not a number within the meeting; give 1 to 999",
            )
            for n in ("0", "1000", "99999999999999999999999")
        ],
    ],
)
def test_add_mistakes_are_one_sentence_and_write_nothing(
    repo: Path, invoke: Invoke, args: tuple[str, ...], message: str
) -> None:
    before = files_snapshot(repo)
    err = invoke("add", *args, code=1).stderr
    assert err.startswith("Error: ") and message in err
    assert len(err.strip().splitlines()) == 1
    assert files_snapshot(repo) == before


def test_unknown_and_ambiguous_ids(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("agreed", rid="cyp-2019-01-10-1"))
    put(repo, in_status("agreed", rid="cyp-2019-01-10-2"))
    assert (
        "no record 'cyp-2018-11-27-9'; run `scrutrack list --committee cyp`"
        in invoke("show", "cyp-2018-11-27-9", code=1).stderr
    )
    # no committee 'nonsense': the hint names no list that would fail too
    assert (
        invoke("show", "nonsense-1", code=1).stderr
        == "Error: no record 'nonsense-1'; run `scrutrack list` to see IDs\n"
    )
    assert "matches 2 records (cyp-2019-01-10-1, cyp-2019-01-10-2)" in invoke("show", "cyp-2019-01", code=1).stderr
    assert json.loads(invoke("show", "cyp-2019-01-10-2", "--format", "json").stdout)["id"] == "cyp-2019-01-10-2"


def test_outside_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, invoke: Invoke) -> None:
    monkeypatch.chdir(tmp_path)
    err = invoke("overdue", code=1).stderr
    assert "no scrutrack.toml" in err and "scrutrack init" in err


def test_init_then_refuses_to_overwrite(tmp_path: Path, invoke: Invoke) -> None:
    target = tmp_path / "new"
    invoke("init", str(target))
    assert (target / "records").is_dir() and "merge=scrutrack" in (target / ".gitattributes").read_text()
    before = files_snapshot(target)
    assert "already exists" in invoke("init", str(target), code=1).stderr
    assert files_snapshot(target) == before
    invoke("check", "--repo", str(target))


def test_untrusted_text_is_shown_literally(repo: Path, invoke: Invoke) -> None:
    nasty = "[bold]Loud[/bold] [/] [link=http://evil]x[/link] \x1b[31mred\x1b[0m \x07"
    invoke("add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", nasty, "--owner", "[red]Me[/]")
    for args in (("list",), ("show", "cyp-2019-03-12-1"), ("overdue", "--as-of", "2020-01-01")):
        for env in ({}, {"SCRUTRACK_FORCE_TERMINAL": "1"}):
            os.environ.update(env)
            try:
                out = invoke(*args).stdout
            finally:
                for k in env:
                    del os.environ[k]
            assert "\x1b" not in out and "\x07" not in out
            assert "[bold]Loud" in out or "[bold]Lo" in out, (args, env, out)


def test_list_filters_and_formats(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("referred", rid="cyp-2019-01-10-1"))
    put(repo, in_status("accepted", rid="cyp-2019-01-10-2"))
    put(repo, in_status("agreed", rid="hsc-2019-01-10-1"))
    data = json.loads(invoke("list", "--format", "json").stdout)
    assert data["schema"] == 1 and [r["id"] for r in data["records"]] == [
        "cyp-2019-01-10-1",
        "cyp-2019-01-10-2",
        "hsc-2019-01-10-1",
    ]
    first = data["records"][0]
    assert first["meeting"] == "2019-01-10" and first["status"] == "referred" and first["owner"] is None
    assert first["text"] == "That officers circulate the figures." and first["themes"] == []  # on one line
    ids = lambda *a: [r["id"] for r in json.loads(invoke("list", "--format", "json", *a).stdout)["records"]]  # noqa: E731
    assert ids("--committee", "hsc") == ["hsc-2019-01-10-1"]
    assert ids("--status", "accepted", "--status", "referred") == ["cyp-2019-01-10-1", "cyp-2019-01-10-2"]
    assert ids("--meeting", "2019-01-11") == []
    csv_out = invoke("list", "--format", "csv").stdout
    assert csv_out.splitlines()[0] == "id,committee,meeting,item,kind,status,owner,themes,due,text"
    assert invoke("list", "--format", "markdown").stdout.startswith("| ID | Meeting | Item | Status |")
    # One filter implementation: an unknown committee is an error for list and export alike.
    for args in (("list",), ("overdue",), ("export", "csv")):
        err = invoke(*args, "--committee", "nosuch", code=1).stderr
        assert "unknown committee 'nosuch'" in err, args


def test_overdue_fail_if_any_and_formats(bundled: Path, invoke: Invoke) -> None:
    invoke("overdue", "--as-of", "2019-04-30")
    invoke("overdue", "--as-of", "2019-04-30", "--fail-if-any", code=1)
    invoke("overdue", "--as-of", "2018-10-01", "--fail-if-any", code=0)
    out = invoke("overdue", "--as-of", "2019-04-30").stdout
    assert out.startswith("Overdue as of 30 April 2019: 3 of 5 open items late")
    assert "Late by reason: not referred: 1, response: 0, implementation: 2, review: 0" in out
    md = invoke("overdue", "--as-of", "2019-04-30", "--format", "markdown").stdout
    assert "| cyp-2018-11-27-2 |" in md
    soon = json.loads(invoke("overdue", "--as-of", "2019-04-30", "--within", "60", "--format", "json").stdout)
    assert soon["due_soon"][0]["id"] == "cyp-2018-09-18-2" and soon["due_soon"][0]["reasons"][0]["days_until"] == 43
    assert "Nothing is overdue as of 1 October 2018" in invoke("overdue", "--as-of", "2018-10-01").stdout
    assert "--as-of 'yesterday' is not a date" in invoke("overdue", "--as-of", "yesterday", code=1).stderr


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", _commands())
def test_every_command_and_option_has_help(name: str) -> None:
    import typer.main

    cmd = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    assert cmd.help and cmd.help.strip(), name
    for param in cmd.params:
        if param.param_type_name == "option":
            assert getattr(param, "help", None), (name, param.name)


def test_version(invoke: Invoke) -> None:
    assert invoke("--version").stdout.startswith("scrutrack ")


def test_help_imports_nothing_heavy() -> None:
    code = "import sys; from scrutrack.cli import main; sys.argv=['scrutrack','--help']\ntry:\n main()\nexcept SystemExit: pass\nprint(sorted(m for m in sys.modules if m.split('.')[0] in ('rich','tomllib','tomli_w','pydantic','scrutrack')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = out.strip().splitlines()[-1]
    assert (
        "rich" not in loaded
        and "pydantic" not in loaded
        and "tomllib" not in loaded
        and "scrutrack.store" not in loaded
    ), loaded


@pytest.mark.parametrize("command", [["list"], ["overdue", "--as-of", "2019-04-30"], ["show", "cyp-2018-09-18-1"]])
def test_reading_loads_none_of_the_code_that_changes_records(bundled: Path, command: list[str]) -> None:
    code = (
        f"import sys; from scrutrack.cli import main; sys.argv=['scrutrack', *{command!r}]\ntry:\n main()\n"
        "except SystemExit: pass\nprint(sorted(m for m in sys.modules if m.startswith('scrutrack')))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=bundled, capture_output=True, text=True, check=True)
    loaded = result.stdout.strip().splitlines()[-1]
    assert "scrutrack.store" in loaded and "scrutrack.saving" not in loaded and "scrutrack.canonical" not in loaded


def test_real_subprocess_no_traceback_on_broken_record(bundled: Path) -> None:
    (bundled / "records/cyp/cyp-2018-11-27-2.toml").write_text("status = [unclosed\n")
    exe = Path(sys.executable).parent / "scrutrack"
    proc = subprocess.run([str(exe), "overdue", "--as-of", "2019-04-30"], cwd=bundled, capture_output=True, text=True)
    assert proc.returncode == 1
    assert "cyp-2018-09-18-1" in proc.stdout
    assert "records/cyp/cyp-2018-11-27-2.toml:1: TOML syntax" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_command_reference_is_current() -> None:
    from scrutrack.cli.docgen import reference

    assert (ROOT / "docs/commands.md").read_text() == reference(), "run `make docs` and commit docs/commands.md"


def test_command_reference_usage_lines_are_the_ones_each_command_prints() -> None:
    import re

    text = (ROOT / "docs/commands.md").read_text()
    sections = re.findall(r"^## `([^`]+)`\n\n```\nUsage: (.*)$", text, re.M)
    assert len(sections) > 30
    for name, usage in sections:
        assert usage.startswith(name + " ["), (name, usage)  # not "scrutrack scrutrack round scrutrack round ..."


def test_top_level_help_from_stand_ins_is_the_real_help() -> None:
    from conftest import CliRunner

    from scrutrack.cli import make_app

    runner = CliRunner()
    real = runner.invoke(app, ["--help"], prog_name="scrutrack").stdout
    assert runner.invoke(make_app(listing=True), ["--help"], prog_name="scrutrack").stdout == real
    for name in ("overdue", "import", "merge-driver"):
        one = runner.invoke(make_app(name), [name, "--help"], prog_name="scrutrack").stdout
        assert one == runner.invoke(app, [name, "--help"], prog_name="scrutrack").stdout


def test_shell_completion_of_ids_through_the_console_script(bundled: Path) -> None:
    exe = Path(sys.executable).parent / "scrutrack"
    env = {
        **os.environ,
        "_SCRUTRACK_COMPLETE": "complete_bash",
        "COMP_WORDS": "scrutrack show cyp-2018-11",
        "COMP_CWORD": "2",
    }
    out = subprocess.run([str(exe)], cwd=bundled, env=env, capture_output=True, text=True).stdout.split()
    assert out == ["cyp-2018-11-27-1", "cyp-2018-11-27-2"]


def test_each_command_is_where_the_console_script_looks_for_it() -> None:
    """The console script imports only the module of the command it runs."""
    from scrutrack.cli import COMMAND_MODULES, _module

    for module, names in COMMAND_MODULES.items():
        m = _module(module)
        groups = set(getattr(m, "GROUPS", ()))  # setup's `committee`
        declared = set(m.COMMANDS) | groups if hasattr(m, "COMMANDS") else groups or {"import", "export"}
        assert declared == set(names), module
