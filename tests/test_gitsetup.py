"""`scrutrack git-setup`: the driver registered under an absolute path, and .gitattributes kept right."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot

from scrutrack.cli.gitcmds import driver_command

SCRUTRACK = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "scrutrack"
LINE = "records/**/*.toml merge=scrutrack"


def _config(root: Path, key: str) -> str:
    return subprocess.run(["git", "config", "--get", key], cwd=root, capture_output=True, text=True).stdout.strip()


def test_registers_the_driver_and_adds_gitattributes(git_repo: Path, invoke: Invoke) -> None:
    result = invoke("git-setup")
    driver = _config(git_repo, "merge.scrutrack.driver")
    assert driver == f"{SCRUTRACK} merge-driver %O %A %B %P"
    assert Path(driver.split()[0]).is_absolute()
    assert _config(git_repo, "merge.scrutrack.name")
    assert (git_repo / ".gitattributes").read_text(encoding="utf-8") == LINE + "\n"
    assert "added" in result.stderr and str(SCRUTRACK) in result.stderr
    again = invoke("git-setup")
    assert (git_repo / ".gitattributes").read_text(encoding="utf-8") == LINE + "\n"
    assert "added" not in again.stderr


def test_keeps_existing_gitattributes(git_repo: Path, invoke: Invoke) -> None:
    (git_repo / ".gitattributes").write_text("*.pdf binary", encoding="utf-8")
    invoke("git-setup")
    assert (git_repo / ".gitattributes").read_text(encoding="utf-8") == f"*.pdf binary\n{LINE}\n"


def test_works_with_no_commits_yet(repo: Path, invoke: Invoke) -> None:
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=repo, check=True)
    invoke("git-setup", "--command", "/opt/scrutrack/bin/scrutrack")
    assert _config(repo, "merge.scrutrack.driver") == "/opt/scrutrack/bin/scrutrack merge-driver %O %A %B %P"


def test_outside_git_is_a_clear_error_and_writes_nothing(repo: Path, invoke: Invoke) -> None:
    before = files_snapshot(repo)
    result = invoke("git-setup", code=1)
    assert "is not in a git repository; run `git init` there first" in result.stderr
    assert "Traceback" not in result.output
    assert files_snapshot(repo) == before


def test_a_relative_command_is_refused(git_repo: Path, invoke: Invoke) -> None:
    result = invoke("git-setup", "--command", "scrutrack", code=1)
    assert "absolute path" in result.stderr
    assert _config(git_repo, "merge.scrutrack.driver") == ""


def test_the_running_script_is_found_and_quoted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "my tools"
    folder.mkdir()
    script = folder / "scrutrack"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [os.path.join("my tools", "scrutrack"), "git-setup"])
    assert driver_command() == f"'{script}'"


def test_without_a_script_falls_back_to_this_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["pytest"])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert driver_command() == f"{tmp_path / 'python3'} -m scrutrack"
