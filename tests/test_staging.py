"""Imports are all-or-nothing: staged in .scrutrack/, moved into place together, under any signal.

A fork server (one interpreter with scrutrack loaded, forking a child per import) runs each
import as a real process that a real signal can reach at any moment, in milliseconds rather than
an interpreter's start-up: the signal lands while the import reads, stages, or moves into place.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CONFIG, THOROUGH

ROWS = 150

SERVER = textwrap.dedent(
    """
    import os, sys
    import scrutrack.cli, scrutrack.cli.transfer, scrutrack.importing, scrutrack.spreadsheet, scrutrack.validate
    from scrutrack.cli import main

    for line in sys.stdin:
        folder, *args = line.rstrip("\\n").split("\\t")
        pid = os.fork()
        if pid == 0:  # the import, as its own process
            os.chdir(folder)
            fd = os.open("stderr.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(fd, 2)
            fd = os.open("stdout.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(fd, 1)
            sys.argv = ["scrutrack", *args]
            code = 0
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), flush=True)
    """
)


def _tracker(rows: int) -> str:
    lines = ["Meeting date,Recommendation,Lead officer"]
    lines += [
        f"12/03/2019,That officers report on matter {i} to the next meeting.,Officer {i % 7}" for i in range(rows)
    ]
    return "\n".join(lines) + "\n"


class Server:
    def __init__(self, root: Path) -> None:
        env = {**os.environ, "NO_COLOR": "1", "SCRUTRACK_NO_PARALLEL": "1"}
        env.pop("SCRUTRACK_REPO", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=root
        )

    def start(self, folder: Path, *args: str) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("\t".join([str(folder), *args]) + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def finish(self) -> int:
        assert self.proc.stdout is not None
        return int(self.proc.stdout.readline())

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _fresh(base: Path, n: int | str) -> Path:
    folder = base / f"r{n}"
    (folder / "records").mkdir(parents=True)
    (folder / "scrutrack.toml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(base / "tracker.csv", folder / "tracker.csv")
    return folder


def _text(path: Path) -> str:
    """What the import wrote there ("" if it was stopped before it opened the file)."""
    try:
        return path.read_text()
    except FileNotFoundError:
        return ""


def _made(folder: Path) -> int:
    records = folder / "records"
    return sum(1 for _ in records.rglob("*.toml"))


IMPORT = ("import", "csv", "tracker.csv", "--committee", "cyp", "--date", "2019-04-01")


def _undisturbed(server: Server, tmp_path: Path) -> float:
    """One import left alone: it creates every record; how long it takes (the signals' range)."""
    started = time.monotonic()
    folder = _fresh(tmp_path, 0)
    server.start(folder, *IMPORT)
    assert server.finish() == 0, (folder / "stderr.txt").read_text()
    assert _made(folder) == ROWS
    shutil.rmtree(folder)
    return time.monotonic() - started


def _signal_rounds(
    tmp_path: Path, server: Server, span: float, signum: int, rounds: int, seconds: float
) -> dict[str, int]:
    rng = random.Random(signum)
    counts = {"rounds": 0, "none": 0, "all": 0, "partial": 0, "finished": 0, "discarded": 0}
    name = signal.Signals(signum).name
    deadline = time.monotonic() + seconds
    for n in range(1, rounds + 1):
        if time.monotonic() > deadline:
            break
        folder = _fresh(tmp_path, f"{name}-{n}")
        pid = server.start(folder, *IMPORT)
        time.sleep(rng.uniform(0, span))
        with contextlib.suppress(ProcessLookupError):  # it finished first
            os.kill(pid, signum)
        code = server.finish()
        made, err = _made(folder), _text(folder / "stderr.txt")
        assert "Traceback" not in err, err
        counts["rounds"] += 1
        if signum == signal.SIGKILL:  # nothing of it ran: the next command finishes or discards its stage
            stage = folder / ".scrutrack" / "stage"
            left = stage.is_dir() and any(stage.iterdir())
            server.start(folder, "list")
            assert server.finish() == 0
            said = (folder / "stderr.txt").read_text()
            assert "Traceback" not in said, said
            made = _made(folder)
            counts["finished"] += "Finished an import of tracker.csv" in said
            counts["discarded"] += "Discarded an import" in said
            if "Finished" in said or "Discarded" in said:
                assert left and ("Finished" in said) == (made == ROWS), (made, said)
            else:
                assert "import" not in said, said
        elif made == 0:
            assert code != 0, err
            assert "Created" not in err and (not err or "interrupted" in err), err
            assert (
                err in ("", "Error: interrupted\n") or "nothing was imported" in err or "nothing half-written" in err
            ), err
        elif made == ROWS:
            # Stopped after its summary, or as it finished (held back until all was in place).
            assert f"Created {ROWS} of {ROWS} rows" in err or (
                code and f"all {ROWS} new records were created" in err
            ), (code, err)
        if made == 0:
            counts["none"] += 1
        elif made == ROWS:
            counts["all"] += 1
        else:
            counts["partial"] += 1
        # Whatever the signal left, the next command sees a whole import or none.
        leftover = folder / ".scrutrack" / "stage"
        assert not leftover.exists() or not any(leftover.iterdir()), (code, made, err)
        shutil.rmtree(folder)
    return counts


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    """A folder in memory (/dev/shm) where there is one: an import's fsyncs cost nothing there, so
    a round takes a tenth of the time and the signal still lands anywhere in it."""
    import tempfile

    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="scrutrack-test-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGKILL)


def test_an_import_stopped_by_a_signal_leaves_all_of_it_or_none(scratch: Path) -> None:
    """SIGINT, SIGTERM and SIGHUP at any moment: every record of the import or none, and a message
    that says which. SIGKILL (nothing of the import runs after it): the next command (`list`)
    finishes a stage whose manifest was written, discards one whose was not, and says which.
    `make test-slow` runs the issue's 60 rounds of each; `make test`, a few of each."""
    rounds, seconds = (60, 60.0) if THOROUGH else (4, 0.7)
    (scratch / "tracker.csv").write_text(_tracker(ROWS), encoding="utf-8")
    server = Server(scratch)
    try:
        span = _undisturbed(server, scratch)
        for signum in SIGNALS:
            counts = _signal_rounds(scratch, server, span, signum, rounds, seconds)
            print(signal.Signals(signum).name, counts, f"one import: {span * 1000:.0f} ms")
            assert counts["partial"] == 0, (signal.Signals(signum).name, counts)
            assert counts["rounds"] >= min(rounds, 2), counts
    finally:
        server.close()
