"""Commands racing on one record or one folder, in real processes: no update is lost, no add fails."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from conftest import THOROUGH, Invoke, files_snapshot
from helpers import in_status, new_record, put

RID = "cyp-2019-01-10-1"
PROCESSES = 4
ROUNDS = 50

# A worker runs its rounds through the real CLI (the console script's own `main`) in one
# interpreter, so 4 x 50 commands take seconds, not the minutes of 200 interpreter starts.
# After each command it prints "@@ round exit-code" among the command's own output.
WORKER = textwrap.dedent(
    """
    import sys
    from scrutrack.cli import main

    def run(args):
        sys.argv = ["scrutrack", *args]
        try:
            main()
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else 1
        return 0

    for n, line in enumerate(sys.stdin):
        code = run(line.rstrip("\\n").split("\\t"))
        print("@@", n, code, flush=True)
    """
)


def _race(repo: Path, scripts: list[list[list[str]]]) -> list[list[int]]:
    """Run each script (a list of commands) in its own process, all at once; the exit codes."""
    env = {**os.environ, "SCRUTRACK_REPO": str(repo), "NO_COLOR": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in scripts
    ]
    for proc, script in zip(procs, scripts, strict=True):
        assert proc.stdin is not None
        proc.stdin.write("".join("\t".join(cmd) + "\n" for cmd in script))
        proc.stdin.close()
    codes = []
    for proc, script in zip(procs, scripts, strict=True):
        assert proc.stdout is not None and proc.stderr is not None
        out, err = proc.stdout.read(), proc.stderr.read()
        assert proc.wait(timeout=300) == 0, err
        assert "Traceback" not in err, err
        got = [int(line.split()[2]) for line in out.splitlines() if line.startswith("@@ ")]
        assert len(got) == len(script), err
        assert all(code == 0 for code in got), err
        codes.append(got)
    return codes


def _round(p: int, j: int) -> list[str]:
    """Process p's round j: a note, a review date, a due revision or evidence, each marked 'p<p> r<j>'."""
    mark = f"p{p} r{j}"
    k = p * ROUNDS + j
    day = ["--date", "2019-06-01"]
    if p == 0 and j == 0:
        return ["status", RID, "in-progress", *day, "--note", mark]
    kind = (p + j) % 4
    if kind == 0:
        return ["note", RID, mark, *day]
    if kind == 1:
        return ["review", RID, f"2020-{1 + k % 12:02d}-{1 + k // 12:02d}", *day, "--note", mark]
    if kind == 2:
        return ["due", RID, f"2021-{1 + k % 12:02d}-{1 + k // 12:02d}", "--reason", mark, *day]
    return ["evidence", RID, f"https://example.org/reports/p{p}/r{j}.pdf", *day, "--note", mark]


def test_four_processes_changing_one_record_lose_no_history_entry(repo: Path, invoke: Invoke) -> None:
    path = put(repo, in_status("accepted"))
    before = len(tomllib.loads(path.read_text())["history"])
    _race(repo, [[_round(p, j) for j in range(ROUNDS)] for p in range(PROCESSES)])

    data = tomllib.loads(path.read_text())
    history = data["history"]
    assert len(history) == before + PROCESSES * ROUNDS
    # The mark is the note or reason ('https://...pdf: p0 r3' for evidence).
    marks = Counter(re.findall(r"p\d+ r\d+$", e.get("note") or e.get("reason"))[0] for e in history[before:])
    assert marks == Counter(f"p{p} r{j}" for p in range(PROCESSES) for j in range(ROUNDS))
    assert data["status"] == "in-progress"
    assert len(data["evidence"]) == sum(1 for p in range(PROCESSES) for j in range(ROUNDS) if (p + j) % 4 == 3)
    invoke("check")
    invoke("fmt", "--check")
    assert not [p for p in (repo / "records/cyp").iterdir() if p.name.startswith(".")]  # no temp file left


def test_adding_at_once_without_a_number_never_fails(repo: Path, invoke: Invoke) -> None:
    adds = 10
    _race(
        repo,
        [
            [
                ["add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", f"That p{p} asks r{j}."]
                for j in range(adds)
            ]
            for p in range(PROCESSES)
        ],
    )
    folder = repo / "records/cyp"
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"cyp-2019-03-12-{n}.toml" for n in range(1, PROCESSES * adds + 1))
    texts = Counter(tomllib.loads(p.read_text())["text"] for p in folder.iterdir())
    assert texts == Counter(f"That p{p} asks r{j}.\n" for p in range(PROCESSES) for j in range(adds))
    assert "All 40 records are valid." in invoke("check").stdout


def test_an_edit_that_crosses_another_change_is_not_saved_but_kept(
    repo: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor is open while someone adds a note: saving the edit would lose the note."""
    path = put(repo, in_status("referred"))
    script = tmp_path / "ed.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import subprocess, sys
            p = sys.argv[1]
            open(p, "a").write('\\n[[history]]\\ndate = 2019-02-01\\nevent = "note"\\nnote = "by hand"\\n')
            # meanwhile, another officer's command
            subprocess.run([{sys.executable!r}, "-m", "scrutrack", "note", "{RID}", "chased", "--date",
                            "2019-02-02", "--repo", {str(repo)!r}], check=True, capture_output=True)
            """
        )
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    err = invoke("edit", RID, code=1).stderr
    assert "was changed by another command while you were editing" in err
    kept = Path(err.rsplit("your edit is kept in ", 1)[1].split(";")[0])
    assert 'note = "by hand"' in kept.read_text()
    kept.unlink()
    assert 'note = "chased"' in path.read_text() and "by hand" not in path.read_text()
    invoke("check")


def test_a_record_replaced_while_a_command_waits_is_changed_as_it_now_is(repo: Path, invoke: Invoke) -> None:
    """The lock follows the file at the path, not the inode a waiting command opened first."""
    import fcntl

    path = put(repo, in_status("referred"))
    snapshot = files_snapshot(repo)
    fd = os.open(path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as another command would hold it
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrutrack", "note", RID, "waited", "--date", "2019-02-02"],
        cwd=repo,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        invoke("show", RID)  # reading never waits for a lock
        # The holder writes its change (a new file, by rename), then lets go.
        tmp = path.with_name(".by-hand.scrutrack-tmp")
        tmp.write_text(path.read_text() + '\n[[history]]\ndate = 2019-02-01\nevent = "note"\nnote = "first"\n')
        os.replace(tmp, path)
    finally:
        os.close(fd)
    assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    text = path.read_text()
    assert text.index('note = "first"') < text.index('note = "waited"')
    assert files_snapshot(repo).keys() == snapshot.keys()


def test_an_import_sorts_again_what_another_command_created_after_its_plan(repo: Path, invoke: Invoke) -> None:
    """Between an import's plan and its writes, an officer adds a record under one of its IDs."""
    from scrutrack.importing import Incoming, apply_plan, plan_import
    from scrutrack.store import open_repo

    r = open_repo(str(repo))
    rows = [
        ("cyp-2019-03-12-1", "That the figures be circulated.\n"),
        ("cyp-2019-03-12-2", "That a report come back.\n"),
    ]
    plan = plan_import(
        r, [Incoming(new_record(rid, text=text), f"tracker.csv row {n + 2}") for n, (rid, text) in enumerate(rows)]
    )
    assert [i.record.id for i in plan.create] == ["cyp-2019-03-12-1", "cyp-2019-03-12-2"]
    invoke("add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", "That the chair writes to the Cabinet.")
    made = apply_plan(r, plan)
    assert [p.name for p in made] == ["cyp-2019-03-12-2.toml"]
    assert [(i.record.id, "different text" in m) for i, m in plan.conflicts] == [("cyp-2019-03-12-1", True)]
    assert "the chair writes" in (repo / "records/cyp/cyp-2019-03-12-1.toml").read_text()
    invoke("check")


def test_a_lock_held_too_long_is_one_sentence_and_nothing_is_written(
    repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    from scrutrack import files

    path = put(repo, in_status("referred"))
    before = path.read_bytes()
    monkeypatch.setattr(files, "LOCK_WAIT", 0.3)
    fd = os.open(path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # a stuck command
    try:
        err = invoke("note", RID, "chased", code=1).stderr
    finally:
        os.close(fd)
    assert err.startswith(f"Error: records/cyp/{RID}.toml is being changed by another scrutrack command")
    assert path.read_bytes() == before
    invoke("note", RID, "chased", "--date", "2019-03-01")


# A command that reads thousands of files for the first time parses them in forked workers
# (scrutrack.parallel). Here the work is made slow, and the command ends while they work.
_POOL = """
import os, signal, sys, time
from scrutrack import parallel

os.cpu_count = lambda: 3  # three chunks: two workers, and the last chunk here
parallel.MIN_PER_WORKER = 1
command = os.getpid()

def work(chunk):
    if os.getpid() != command:
        os.write(1, f"{os.getpid()}\\n".encode())  # one write: the two workers never mix their lines
        time.sleep(30)
    else:
        time.sleep(0.5)
        if sys.argv[1] == "killed":
            os.kill(command, signal.SIGKILL)
    return list(chunk)

try:
    parallel.map_chunks(work, [1, 2, 3])
except KeyboardInterrupt:
    print("interrupted", file=sys.stderr)
"""


def _gone(pid: int) -> bool:
    """Whether a process has ended (a zombie left for a PID 1 that does not reap has ended too)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] == "Z"
    except (FileNotFoundError, ProcessLookupError):
        return True


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("end", ["killed", "interrupted"])
def test_no_worker_outlives_a_command_that_is_killed_or_interrupted(end: str) -> None:
    """Killed alone (SIGKILL: nothing of the command runs), its workers end with it; ^C (SIGINT
    to the whole process group, as a terminal sends it) ends them at once, with no traceback."""
    import signal
    import time

    proc = subprocess.Popen(
        [sys.executable, "-c", _POOL, end],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # ^C as a terminal sends it: a test run started in the background by a shell without job
        # control (`make test &`) ignores SIGINT, its children inherit that, and Python then sets no
        # KeyboardInterrupt handler, so the command never hears the ^C this test sends.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdout is not None and proc.stderr is not None
    workers = [int(proc.stdout.readline()) for _ in range(2)]
    if end == "interrupted":
        os.killpg(proc.pid, signal.SIGINT)
    proc.wait(timeout=20)
    deadline = time.monotonic() + 5
    while not all(map(_gone, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = [pid for pid in workers if not _gone(pid)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, f"workers still running after the command ended ({end})"
    errors = proc.stderr.read()
    assert "Traceback" not in errors, errors
    if end == "interrupted":
        assert errors == "interrupted\n"


# ------------------------------------------------------------------------ scrutrack.toml


def test_committees_added_at_once_are_all_kept(repo: Path) -> None:
    """4 processes x 50 `committee add` (15 in `make test`): every one lands (before the config
    lock, 138 of 200 were lost)."""
    adds = 50 if THOROUGH else 15
    _race(
        repo,
        [[["committee", "add", f"c{p}-{j}", "--name", f"Committee {p} {j}"] for j in range(adds)] for p in range(4)],
    )
    committees = tomllib.loads((repo / "scrutrack.toml").read_text())["committees"]
    lost = {f"c{p}-{j}" for p in range(4) for j in range(adds)} - set(committees)
    assert not lost, f"{len(lost)} of {4 * adds} committees lost"
    assert {"cyp", "hsc"} <= set(committees)


def test_report_record_racing_committee_add_loses_neither(repo: Path) -> None:
    """`report --record` and `committee add` both rewrite scrutrack.toml: neither loses the other's line."""
    rounds = 40 if THOROUGH else 12
    days = [f"2019-{1 + j // 28:02d}-{1 + j % 28:02d}" for j in range(rounds)]
    _race(
        repo,
        [
            [["committee", "add", f"r{j}", "--name", f"Racing {j}"] for j in range(rounds)],
            [["report", "--committee", "cyp", "--as-of", day, "--since", "2019-01-01", "--record"] for day in days],
            [["report", "--as-of", day, "--since", "2019-01-01", "--record"] for day in days],
        ],
    )
    data = tomllib.loads((repo / "scrutrack.toml").read_text())
    assert {f"r{j}" for j in range(rounds)} <= set(data["committees"])
    assert str(data["committees"]["cyp"]["last_report"]) == days[-1]
    assert str(data["last_report"]) == days[-1]


def test_a_config_held_too_long_is_one_sentence_and_nothing_is_written(
    repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    from scrutrack import files

    config = repo / "scrutrack.toml"
    before = config.read_bytes()
    monkeypatch.setattr(files, "LOCK_WAIT", 0.3)
    fd = os.open(config, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # a stuck command
    try:
        err = invoke("committee", "add", "ovs", "--name", "Overview", code=1).stderr
        assert err.startswith("Error: scrutrack.toml is being changed by another scrutrack command"), err
        err = invoke("report", "--as-of", "2019-05-01", "--record", code=1).stderr
        assert "Error: scrutrack.toml is being changed by another scrutrack command" in err, err
    finally:
        os.close(fd)
    assert config.read_bytes() == before
    invoke("committee", "add", "ovs", "--name", "Overview")


_APPEND = """
import sys
from pathlib import Path
from scrutrack.saving import change_file

root, p = Path(sys.argv[1]), sys.argv[2]
for j in range(25):
    change_file(root, root / "rounds" / "2019-q1.toml", lambda text: (text or "") + f"# p{p} r{j}\\n")
"""


def test_rounds_files_changed_at_once_lose_no_line(repo: Path) -> None:
    """The helper rounds/ files are changed through (issue 23): made by the first, appended by all."""
    procs = [
        subprocess.Popen([sys.executable, "-c", _APPEND, str(repo), str(p)], stderr=subprocess.PIPE) for p in range(4)
    ]
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
    lines = (repo / "rounds" / "2019-q1.toml").read_text().splitlines()
    assert sorted(lines) == sorted(f"# p{p} r{j}" for p in range(4) for j in range(25))
