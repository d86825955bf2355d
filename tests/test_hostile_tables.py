"""Hostile and broken tracker files (issue 20, point 8): each, through the real command in a process of its
own, ends within 30 s and 500 MB with one clear line, no traceback, and nothing written.

The files are written by tests/data/make_hostile_tables.py into a temporary folder: password-protected,
old .xls, damaged and Word-in-disguise workbooks; zip bombs that declare their size and that lie about
it; a sheet declaring A1:XFD1048576, one with a value in its last cell, entity bombs; .ods rows and
columns repeated a million times; a million-row CSV, a 4-million-character cell, UTF-32 with and
without a byte-order mark.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
import make_hostile_tables as hostile

SECONDS = 30
MEMORY_KB = 500_000  # 500 MB, as ru_maxrss counts it on Linux


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return {case.name: path for case, path in hostile.write(folder)}


def _run(args: list[str], cwd: Path) -> tuple[int, str, str, float, int]:
    """Run scrutrack in a process of its own: exit code, stdout, stderr, seconds, peak memory in KB.
    Its address space is capped (4 GB) so that a runaway fails fast rather than filling the machine."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

    out, err = cwd / ".out", cwd / ".err"
    start = time.monotonic()
    with out.open("wb") as o, err.open("wb") as e:
        proc = subprocess.Popen([sys.executable, "-m", "scrutrack", *args], cwd=cwd, stdout=o, stderr=e, preexec_fn=cap)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > SECONDS:
                proc.send_signal(signal.SIGKILL)
                os.wait4(proc.pid, 0)
                pytest.fail(f"scrutrack {' '.join(args)} ran over {SECONDS} s")
            time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(status)
    texts = out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")
    out.unlink()
    err.unlink()
    return proc.returncode, *texts, time.monotonic() - start, usage.ru_maxrss


@pytest.mark.parametrize("case", hostile.CASES, ids=[c.name for c in hostile.CASES])
def test_a_hostile_tracker_ends_in_one_line_within_its_limits(
    case: hostile.Case, files: dict[str, Path], repo: Path, invoke: Invoke
) -> None:
    path = files[case.name]
    before = files_snapshot(repo)
    args = ["import", "tracker", str(path), "--committee", "cyp", "--date", "2019-10-01"]
    if case.code == 0:
        args.append("--dry-run")  # read within the limits: shown, not written
    code, out, err, seconds, memory = _run(args, repo)
    print(f"{case.name}: exit {code}, {seconds:.2f} s, {memory / 1000:.0f} MB")
    assert "Traceback" not in out + err
    assert seconds < SECONDS and memory < MEMORY_KB, (seconds, memory)
    assert code == case.code, err
    assert case.says in err
    if code:
        assert out == "" and err.count("\n") == 1 and err.startswith(f"Error: {path}"), err
    assert files_snapshot(repo) == before


def test_a_record_of_any_length_the_store_takes_exports_and_imports_back(repo: Path, invoke: Invoke) -> None:
    # a recommendation of 150,000 characters once exported and then failed to import (131,072 cells)
    text = "That the council reviews the figures. " * 4000
    (repo / "long.txt").write_text(text, encoding="utf-8")
    invoke("add", "--committee", "cyp", "--meeting", "2019-01-10", "--text-file", "long.txt", "--note", "x" * 200_000)
    record = (repo / "records/cyp/cyp-2019-01-10-1.toml").read_bytes()
    invoke("export", "csv", "--output", "all.csv")
    (repo / "records/cyp/cyp-2019-01-10-1.toml").unlink()
    invoke("import", "tracker", "all.csv")
    assert (repo / "records/cyp/cyp-2019-01-10-1.toml").read_bytes() == record


def test_a_dry_run_of_a_million_rows_ends_in_one_line_within_its_limits(files: dict[str, Path], repo: Path) -> None:
    # the case: a dry run of a million-row CSV once took 3.4 GB
    path = files["million.csv"]
    args = ["import", "tracker", str(path), "--committee", "cyp", "--date", "2019-10-01", "--dry-run"]
    code, out, err, seconds, memory = _run(args, repo)
    print(f"million.csv --dry-run: exit {code}, {seconds:.2f} s, {memory / 1000:.0f} MB")
    assert (code, out, err.count("\n")) == (1, "", 1) and "over the 50,000-row limit" in err, err
    assert seconds < SECONDS and memory < MEMORY_KB, (seconds, memory)
