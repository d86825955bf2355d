"""Every example in README.md and docs/*.md, read from the page itself and run as a new user would: it cannot drift.

Each page is one session in a fresh copy of what the repository ships (scrutrack.toml, records/,
evidence/, examples/), in a terminal after `. .venv/bin/activate`, 80 columns, git's user.name
"Scrutiny Officer". Its ```console blocks run in order through the shell; `cd DIR` moves. Every
output line the page shows must be printed ("..." stands for any text, a line of just "..." for any
lines); a command whose shown output starts with `Error:`, or whose comment says `# exits 1`, must
fail, and every other must succeed.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

BIN = Path(sys.executable).parent
SHIPPED = ("scrutrack.toml", "records", "evidence", "examples")
PAGES = sorted(
    [ROOT / "README.md", *(p for p in (ROOT / "docs").glob("*.md") if p.name != "commands.md")],
    key=lambda p: p.name,
)


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", text, flags=re.M | re.S)


def section(text: str, title: str) -> str:
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


class Step:
    def __init__(self, command: str, comment: str, shown: list[str]) -> None:
        self.command, self.comment, self.shown = command, comment, shown

    @property
    def fails(self) -> bool:
        return bool(self.shown and self.shown[0].startswith("Error: ")) or "exits 1" in self.comment


def steps(block: str) -> list[Step]:
    """The commands of a console block with the output the page shows; `\\` continues a command."""
    out: list[Step] = []
    lines = block.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        assert line.startswith("$ "), f"output with no command: {line!r}"
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
        command, _, comment = command.partition("  #")
        out.append(Step(command.strip(), comment, shown))
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
        PAGER="cat",
    )
    return env


def clone(tmp_path: Path) -> Path:
    """What a fresh clone ships: the bundled records and the example files."""
    root = tmp_path / "clone"
    root.mkdir()
    for name in SHIPPED:
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
    return root


def run(command: str, cwd: Path, env: dict[str, str]) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """One command line: `cd DIR` moves; anything else runs as the shell would run it."""
    if command.startswith("cd "):
        return (cwd / command[3:].strip()).resolve(), subprocess.CompletedProcess(command, 0, "", "")
    return cwd, subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True)


def matches(shown: str, printed: list[str]) -> bool:
    """Whether a line the page shows was printed; '...' in it stands for any text."""
    if "..." not in shown:
        return shown in printed
    pattern = re.compile(".*?".join(re.escape(part) for part in shown.split("...")) + "$")
    return any(pattern.match(line) for line in printed)


def run_page(text: str, root: Path, env: dict[str, str]) -> tuple[Path, dict[str, tuple[str, str]]]:
    """Run every console block of a page; where it ended, and each command's (stdout, stderr)."""
    cwd = root
    outputs: dict[str, tuple[str, str]] = {}
    for block in blocks(text, "console"):
        for step in steps(block):
            cwd, result = run(step.command, cwd, env)
            failed = result.returncode != 0
            assert failed == step.fails, (step.command, result.returncode, result.stdout, result.stderr)
            printed = (result.stdout + result.stderr).splitlines()
            for line in step.shown:
                assert line == "..." or matches(line, printed), (step.command, line, printed)
            outputs[step.command] = (result.stdout, result.stderr)
    return cwd, outputs


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_example_runs_on_the_shipped_files(page: Path, tmp_path: Path) -> None:
    text = page.read_text(encoding="utf-8")
    if not blocks(text, "console"):
        pytest.skip(f"{page.name} has no examples")
    run_page(text, clone(tmp_path), officer_env(tmp_path))


def test_every_file_an_example_names_is_shipped() -> None:
    """A file an example reads (`import ... FILE`) is in examples/, not only on the author's machine."""
    shipped = {p.name for p in (ROOT / "examples").iterdir()}
    for page in PAGES:
        for block in blocks(page.read_text(encoding="utf-8"), "console"):
            for step in steps(block):
                m = re.match(r"scrutrack import \w+ (\S+)", step.command)
                if m:
                    assert m[1] in shipped, (page.name, step.command)


def test_the_readmes_life_makes_the_diff_it_shows(tmp_path: Path) -> None:
    """'A recommendation's life': the diff the README shows (`git diff -U1`) is the one its `due`
    step makes, and `show` says what the README says it does."""
    text = section((ROOT / "README.md").read_text(encoding="utf-8"), "A recommendation's life")
    env = officer_env(tmp_path)
    cwd = tmp_path
    record = Path()
    diff: list[str] = []
    for block in blocks(text, "console"):
        for step in steps(block):
            before = record.read_text(encoding="utf-8") if record.is_file() else ""
            cwd, _ = run(step.command, cwd, env)
            record = cwd / "records/cyp/cyp-2019-03-12-1.toml"
            if step.command.startswith("scrutrack due "):
                after = record.read_text(encoding="utf-8")
                diff = list(difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=1))[2:]
    (shown_diff,) = blocks(text, "diff")
    assert [re.sub(r"^(@@ .* @@).*", r"\1", line) for line in shown_diff.splitlines()] == diff
    show = " ".join(run("scrutrack show cyp-2019", cwd, env)[1].stdout.split())
    assert "Due 2019-12-31 (originally 2019-09-30; moved 1 time)" in show


def test_the_tour_prints_exactly_what_the_readme_shows(tmp_path: Path) -> None:
    """The 60-second tour on the bundled records, piped: the first lines are the README's, exactly
    (up to a line '...', where the page leaves the rest out)."""
    text = section((ROOT / "README.md").read_text(encoding="utf-8"), "A 60-second tour")
    root, env = clone(tmp_path), officer_env(tmp_path)
    ran = 0
    for block in blocks(text, "console"):
        for step in steps(block):
            _, result = run(step.command, root, env)
            assert result.returncode == 0, (step.command, result.stderr)
            shown = step.shown[: step.shown.index("...")] if "..." in step.shown else step.shown
            assert result.stdout.splitlines()[: len(shown)] == shown, step.command
            ran += 1
    assert ran == 4


def test_speed_quotes_only_what_make_bench_printed() -> None:
    """docs/speed.md: every measured figure is inside the block `make bench` writes (with the
    machine's load), none in the prose around it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_script", ROOT / "bench" / "bench.py")
    assert spec is not None and spec.loader is not None
    bench = sys.modules["bench_script"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    text = (ROOT / "docs" / "speed.md").read_text(encoding="utf-8")
    head, begin, rest = text.partition(bench.BEGIN)
    block, end, tail = rest.partition(bench.END)
    assert begin and end, "docs/speed.md has lost the lines `make bench` writes between"
    figure = re.compile(r"\d[\d.,]*\s?(?:s|ms|MB|GB|×)(?![A-Za-z])")
    for prose in (head, tail):
        assert not figure.search(prose), figure.search(prose)
    if block.strip():
        lines = block.strip().splitlines()
        assert lines[0] == "```text" and lines[-1] == "```"
        assert lines[1].startswith("scrutrack benchmark — ")
        assert lines[2].startswith("machine load (1, 5 and 15-minute load averages): ")
