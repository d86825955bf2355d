"""The README's commands, read from the README itself and run as a new user would: it cannot drift.

"A recommendation's life" runs on a fresh `init` through the real console script, with `.venv/bin`
on PATH as after `. .venv/bin/activate`; every output line the README shows must be printed, and
the diff it shows must be the diff the step makes.
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", text, flags=re.M | re.S)


def steps(block: str) -> list[tuple[str, list[str]]]:
    """(command line, the output lines the README shows for it); `\\` continues a command."""
    out: list[tuple[str, list[str]]] = []
    lines = block.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        assert line.startswith("$ "), f"README: output with no command: {line!r}"
        command = line[2:]
        while command.endswith("\\"):
            i += 1
            command = command[:-1] + lines[i].strip()
        i += 1
        shown = []
        while i < len(lines) and not lines[i].startswith("$ "):
            shown.append(lines[i])
            i += 1
        while shown and not shown[-1]:
            shown.pop()  # a blank line between commands
        out.append((command.split("  #")[0].strip(), shown))
    return out


def officer_env(tmp_path: Path) -> dict[str, str]:
    """A terminal after `. .venv/bin/activate`, 80 columns, git's user.name "Scrutiny Officer"."""
    gitconfig = tmp_path / "gitconfig"
    gitconfig.write_text("[user]\n\tname = Scrutiny Officer\n\temail = officer@example.org\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "SCRUTRACK_"))}
    env.update(
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        GIT_CONFIG_GLOBAL=str(gitconfig),
        GIT_CONFIG_NOSYSTEM="1",
        COLUMNS="80",
        NO_COLOR="1",
    )
    return env


def run(command: str, cwd: Path, env: dict[str, str]) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """One README command line: `cd DIR` moves; anything else runs as the shell would run it."""
    words = shlex.split(command)
    if words[0] == "cd":
        return cwd / words[1], subprocess.CompletedProcess(words, 0, "", "")
    assert words[0] == "scrutrack", command
    exe = shutil.which("scrutrack", path=env["PATH"])
    assert exe == str(BIN / "scrutrack")
    return cwd, subprocess.run([exe, *words[1:]], cwd=cwd, env=env, capture_output=True, text=True)


def test_a_recommendations_life_runs_verbatim_on_a_fresh_init(tmp_path: Path) -> None:
    text = section("A recommendation's life")
    console = blocks(text, "console")
    assert len(console) == 2 and console[0].startswith("$ scrutrack init council --committee cyp ")
    env = officer_env(tmp_path)
    cwd = tmp_path
    record = None
    diff = None
    for block in console:
        for command, shown in steps(block):
            before = record.read_text(encoding="utf-8") if record and record.exists() else ""
            cwd, result = run(command, cwd, env)
            expected_code = 1 if shown and shown[0].startswith("Error: ") else 0
            assert result.returncode == expected_code, (command, result.stdout, result.stderr)
            printed = (result.stdout + result.stderr).splitlines()
            for line in shown:
                assert line in printed, (command, line, printed)
            record = cwd / "records/cyp/cyp-2019-03-12-1.toml"
            if command.startswith("scrutrack due "):
                after = record.read_text(encoding="utf-8")
                diff = list(difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=3))[2:]
    # The diff the README shows is the one the `due` step made (git adds context after `@@`).
    (shown_diff,) = blocks(text, "diff")
    assert diff is not None
    assert [re.sub(r"^(@@ .* @@).*", r"\1", line) for line in shown_diff.splitlines()] == diff
    show = " ".join(
        subprocess.run(
            ["scrutrack", "show", "cyp-2019"], cwd=cwd, env=env, capture_output=True, text=True
        ).stdout.split()
    )
    assert "Due 2019-12-31 (originally 2019-09-30; moved 1 time)" in show
    assert "Owner: Head of Early Help" in show
    assert "The 1 record is valid." in run("scrutrack check", cwd, env)[1].stdout


def test_the_tour_prints_what_the_readme_shows(tmp_path: Path) -> None:
    """The 60-second tour, on the bundled records, piped (the plain text the README shows)."""
    root = tmp_path / "clone"
    root.mkdir()
    shutil.copy(ROOT / "scrutrack.toml", root)
    shutil.copytree(ROOT / "records", root / "records")
    shutil.copytree(ROOT / "evidence", root / "evidence")
    env = officer_env(tmp_path)  # 80 columns
    ran = 0
    for block in blocks(section("A 60-second tour"), "console"):
        for command, shown in steps(block):
            _, result = run(command, root, env)
            assert result.returncode == 0, (command, result.stderr)
            assert result.stdout.splitlines()[: len(shown)] == shown, command
            ran += 1
    assert ran == 4
