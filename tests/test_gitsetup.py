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


def _install(folder: Path) -> Path:
    """A scrutrack installed outside any clone (as pipx does): a launcher for the real one."""
    folder.mkdir(parents=True, exist_ok=True)
    launcher = folder / "scrutrack"
    launcher.write_text(f'#!/bin/sh\nexec "{SCRUTRACK}" "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    return launcher


def test_registers_the_driver_and_adds_gitattributes(
    git_repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "/usr/bin:/bin")  # no scrutrack on PATH: the one running now
    result = invoke("git-setup")
    driver = _config(git_repo, "merge.scrutrack.driver")
    assert driver == f"{SCRUTRACK} merge-driver %O %A %B %P"
    assert Path(driver.split()[0]).is_absolute()
    assert _config(git_repo, "merge.scrutrack.name")
    assert (git_repo / ".gitattributes").read_text(encoding="utf-8") == LINE + "\n"
    assert "added" in result.stderr and str(SCRUTRACK) in result.stderr
    # It lives in the clone's .venv: say what breaks it.
    assert f"Warning: this scrutrack is inside {SCRUTRACK.parent.parent}, which `make clean` removes" in result.stderr
    again = invoke("git-setup")
    assert (git_repo / ".gitattributes").read_text(encoding="utf-8") == LINE + "\n"
    assert "added" not in again.stderr


def test_prefers_the_scrutrack_on_path_to_a_clones_venv(
    git_repo: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = _install(tmp_path / "home" / ".local" / "bin")
    monkeypatch.setenv("PATH", f"{installed.parent}:/usr/bin:/bin")
    result = invoke("git-setup")
    assert _config(git_repo, "merge.scrutrack.driver") == f"{installed} merge-driver %O %A %B %P"
    assert "Warning" not in result.stderr


def test_a_command_that_does_not_exist_or_is_not_scrutrack_is_refused(
    git_repo: Path, invoke: Invoke, tmp_path: Path
) -> None:
    before = files_snapshot(git_repo)
    err = invoke("git-setup", "--command", "/opt/gone/scrutrack", code=1).stderr
    assert "Error: --command '/opt/gone/scrutrack': /opt/gone/scrutrack does not exist or cannot be run" in err
    other = tmp_path / "not-scrutrack"
    other.write_text("#!/bin/sh\necho hello\n", encoding="utf-8")
    other.chmod(0o755)
    err = invoke("git-setup", "--command", str(other), code=1).stderr
    assert f"cannot use '{other}' as the merge driver: `--version` did not answer" in err
    assert _config(git_repo, "merge.scrutrack.driver") == ""
    assert files_snapshot(git_repo) == before


def test_check_warns_when_the_registered_driver_is_gone(git_repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    installed = _install(tmp_path / "old-install" / "bin")
    invoke("git-setup", "--command", str(installed))
    assert invoke("check").stderr == ""
    installed.unlink()  # uninstalled, or the clone's .venv removed by `make clean`
    result = invoke("check")  # the records are still valid: a warning, not a failure
    assert result.stderr == (
        f"Warning: the merge driver registered for records ({installed}) no longer exists, so git merges "
        "records line by line; run `scrutrack git-setup` again\n"
    )


def test_keeps_existing_gitattributes(git_repo: Path, invoke: Invoke) -> None:
    (git_repo / ".gitattributes").write_text("*.pdf binary", encoding="utf-8")
    invoke("git-setup")
    assert (git_repo / ".gitattributes").read_text(encoding="utf-8") == f"*.pdf binary\n{LINE}\n"


def test_works_with_no_commits_yet(repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=repo, check=True)
    installed = _install(tmp_path / "opt" / "scrutrack" / "bin")
    invoke("git-setup", "--command", str(installed))
    assert _config(repo, "merge.scrutrack.driver") == f"{installed} merge-driver %O %A %B %P"


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
    script = _install(tmp_path / "my tools")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    monkeypatch.setattr(sys, "argv", [os.path.join("my tools", "scrutrack"), "git-setup"])
    assert driver_command() == f"'{script}'"


def test_without_a_script_falls_back_to_this_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["pytest"])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert driver_command() == f"{tmp_path / 'python3'} -m scrutrack"
