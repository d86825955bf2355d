"""Shared fixtures: a real records repository in tmp_path and a CliRunner `invoke` helper."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main
import typer.testing
from click.testing import CliRunner as ClickRunner
from typer.testing import Result

from scrutrack.cli import app

ROOT = Path(__file__).resolve().parent.parent

CONFIG = """\
schema = 1

[defaults]
response_period = "2 months"
referral_window = "28 days"

[committees.cyp]
name = "Children & Young People Sub-Committee"

[committees.hsc]
name = "Health & Social Care Sub-Committee"
response_period = "28 days"
referral_window = "14 days"

[themes]
ofsted-3 = "Weak managerial oversight"
ofsted-8 = "Line of sight to the front line"
"""

Invoke = Callable[..., Result]


@functools.cache
def click_command(app: typer.Typer) -> Any:
    """The app as Click runs it, built once per app (as the console script builds it once per run)."""
    return typer.main.get_command(app)


class CliRunner(typer.testing.CliRunner):
    """Typer's CliRunner, but the app's Click command is built once, not at every `invoke`: building
    every command from its signature took 55 ms of each 67 ms run (the most of `make test`'s time)."""

    def invoke(self, app: typer.Typer, args: str | Sequence[str] | None = None, **kw: Any) -> Result:  # type: ignore[override]
        return ClickRunner.invoke(self, click_command(app), args, **kw)


# ------------------------------------------------------------------------- test speed (issue 21)
# `make test` runs on every change (CI) and must finish in under 90 s on 2 cores. So:
# - A test that takes more than about 2 s on its own is marked `@pytest.mark.slow`: `make test`
#   leaves it out, `make test-slow` runs it (with everything else; CI need not). Check with
#   `.venv/bin/python -m pytest --durations=20`.
# - A Hypothesis test takes its number of examples from `examples(n)`: n in `make test-slow`
#   (SCRUTRACK_THOROUGH=1), about an eighth of n in `make test`.
# - A test that needs a program this machine may lack (Chromium, LibreOffice: real clients) calls
#   `needs(program, how)`: skipped where it is missing, and named with `how` at the end of the
#   run. As root on Debian, where `make test` installs them, a missing one is a failure instead.
THOROUGH = os.environ.get("SCRUTRACK_THOROUGH") == "1"


def examples(n: int, quick: int | None = None) -> int:
    """How many examples a Hypothesis test runs: n in `make test-slow`; in `make test`, `quick`
    (default: an eighth of n, at least 10)."""
    if THOROUGH:
        return n
    return quick if quick is not None else max(10, n // 8)


def needs(program: str, how: str) -> str:
    """The path of `program`; where it is missing, the test is skipped saying `how` to get it
    (or fails, as root on Debian, where `make test` installs it)."""
    found = shutil.which(program)
    if found:
        return found
    if os.environ.get("SCRUTRACK_REQUIRE_CLIENTS") == "1" or (
        hasattr(os, "getuid") and os.getuid() == 0 and Path("/etc/debian_version").exists()
    ):
        pytest.fail(f"{program} is missing, though `make test` installs it here (root on Debian): {how}")
    pytest.skip(f"needs {program}: {how}")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """End the run by naming the tests skipped for a missing program, and how to enable them."""
    missing: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        reason = str(report.longrepr[2]) if isinstance(report.longrepr, tuple) else ""
        reason = reason.removeprefix("Skipped: ")
        if reason.startswith("needs "):
            missing[reason] = missing.get(reason, 0) + 1
    if missing:
        terminalreporter.section("skipped: programs this machine lacks")
        for reason, n in missing.items():
            terminalreporter.write_line(f"{n} test{'s' if n != 1 else ''} {reason}")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from the current output (then review the diff)",
    )


@pytest.fixture(autouse=True)
def _plain_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain, fixed-width output so CI and a terminal agree."""
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("_TYPER_FORCE_DISABLE_TERMINAL", "1")
    monkeypatch.delenv("SCRUTRACK_REPO", raising=False)
    monkeypatch.delenv("SCRUTRACK_FORCE_TERMINAL", raising=False)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty records repository in tmp_path; the current directory is inside it."""
    root = tmp_path / "council"
    (root / "records").mkdir(parents=True)
    (root / "scrutrack.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the repository's own scrutrack.toml, records/ and evidence/."""
    root = tmp_path / "bundled"
    root.mkdir()
    shutil.copy(ROOT / "scrutrack.toml", root)
    shutil.copytree(ROOT / "records", root / "records")
    shutil.copytree(ROOT / "evidence", root / "evidence")
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def invoke() -> Invoke:
    """Run the CLI; assert the exit code; show stdout, stderr and any traceback on failure."""
    runner = CliRunner()

    def run(*args: str, code: int | None = 0, input: str | None = None) -> Result:
        result = runner.invoke(app, list(args), input=input, catch_exceptions=True)
        if code is not None and result.exit_code != code:
            tb = ""
            if result.exc_info and not isinstance(result.exception, SystemExit):
                tb = "".join(traceback.format_exception(*result.exc_info))
            raise AssertionError(
                f"scrutrack {' '.join(args)} exited {result.exit_code}, expected {code}\n"
                f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}\n{tb}"
            )
        if result.exception and not isinstance(result.exception, SystemExit):
            raise AssertionError("traceback:\n" + "".join(traceback.format_exception(*result.exc_info)))  # type: ignore[arg-type]
        return result

    return run


@pytest.fixture
def git_repo(repo: Path) -> Path:
    """The records repository as a real git repository with one commit."""

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("config", "user.name", "Test Officer")
    git("config", "user.email", "officer@example.org")
    git("config", "commit.gpgSign", "false")
    git("add", "-A")
    git("commit", "-q", "-m", "set up")
    return repo


def files_snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root (but the cache) with its bytes: to prove nothing changed."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".scrutrack" not in p.parts and ".git" not in p.parts
    }


os.environ.setdefault("SCRUTRACK_TEST", "1")
