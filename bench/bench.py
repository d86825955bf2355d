"""Time whole scrutrack processes against issues 10's and 14's targets; print a report (always exits 0).

    .venv/bin/python bench/bench.py [--sizes 10000,100000] [--runs 7] [--keep DIR]

Generates records repositories (bench/generate.py) into a temporary folder (or reuses those under
--keep DIR: the 100,000-record tree takes a minute or two to make), then runs each command as a
separate process with the repository as the working directory, timing it from spawn to reaping
(os.wait4), in the two places a person looks:

- in a terminal: a pseudo-terminal of 120 x 50 (Python's pty module) whose output this script
  reads as fast as a terminal would; colours on (TERM=xterm-256color, no NO_COLOR), PAGER=cat;
- redirected: stdout to /dev/null, NO_COLOR=1.

Peak memory is the command's own peak RSS as GNU time (/usr/bin/time) reports it, plus the peaks
of any process it leaves behind (this script adopts orphans as a Linux "subreaper"; there should
be none, and the count is reported). Taskwarrior (`task`; Debian's taskwarrior is installed if
missing) gets the same open items, each due the day after its earliest overdue date, and
`task overdue` runs alternately with `scrutrack overdue`, in the same terminal or redirection.

"Right after one record changed" runs on a copy of the tree, with one record's owner line
toggled before each run, alternating with warm runs on the tree itself (the ratio's reference).
The first size gets every case; the other sizes get the warm `overdue` case (time and memory).
The report goes to stdout, progress to stderr; the exit code is always 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # scrutrack from this checkout
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

SCRUTRACK = str(Path(sys.executable).with_name("scrutrack"))
MINIMAL_APP = '''\
import typer

app = typer.Typer({options})


@app.command()
def hello(name: str = typer.Option("world", help="Whom to greet.")) -> None:
    """Say hello."""
    print(f"Hello {{name}}")


if __name__ == "__main__":
    app()
'''
OTHER_OWNER = "Head of Scrutiny (acting)"


# ----------------------------------------------------------------------------- timing


@dataclass
class Timing:
    name: str
    times: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)  # per run: the processes' peaks added up
    cpu: list[float] = field(default_factory=list)  # per run: user + system time, the command's and its children's
    errors: list[str] = field(default_factory=list)
    orphans: int = 0  # processes left running after the command returned, over all runs
    shown: int = 0  # bytes a terminal received (pty runs)

    @property
    def median(self) -> float:
        return statistics.median(self.times) if self.times else float("nan")

    @property
    def peak_mb(self) -> float:
        return max(self.rss_kb) / 1024 if self.rss_kb else float("nan")

    @property
    def cpu_median(self) -> str:
        """CPU time hardly grows with others' load on the machine, as wall time does."""
        return f"{statistics.median(self.cpu):.3f}" if self.cpu else ""

    def show(self) -> str:
        if not self.times:
            return "failed"
        return f"{self.median:.3f} s ({min(self.times):.3f}–{max(self.times):.3f}, n={len(self.times)})"


# A process forked from this one starts with this process's peak RSS as its own (Linux keeps the
# high-water mark across fork and exec), so a child of a fat parent seems fat. GNU time forks the
# measured command from a 1 MB process and reports that child's own peak.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def become_subreaper() -> bool:
    """Adopt the measured command's orphans (Linux PR_SET_CHILD_SUBREAPER), so that helpers it
    forked and did not wait for are reaped here, with their peak memory."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(36, 1, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


SUBREAPER = sys.platform == "linux" and become_subreaper()


def reap_orphans() -> list[int]:
    """Wait for every adopted orphan; their peak RSS in kilobytes."""
    peaks: list[int] = []
    while True:
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return peaks
        peaks.append(usage.ru_maxrss)


PTY_SIZE = (50, 120)  # rows, columns: the terminal the pty cases run in


def run_once(cmd: list[str], cwd: Path, env: dict[str, str], timing: Timing, tty: bool = False) -> None:
    """One process; wall time from spawn to reaping, and its peak RSS (plus any orphans').

    With `tty`, its stdin, stdout and stderr are a pseudo-terminal whose output is read here
    until the command exits, as a terminal would; else stdout goes to /dev/null.
    """
    if SUBREAPER:
        reap_orphans()  # anything an untimed run left: not this run's
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as mem:
        full = [GNU_TIME, "-f", "%M", "-o", mem.name, *cmd] if GNU_TIME else cmd
        master = slave = -1
        if tty:
            import fcntl
            import pty
            import struct
            import termios

            master, slave = pty.openpty()
            fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", *PTY_SIZE, 0, 0))
        out_fd = slave if tty else os.open(os.devnull, os.O_WRONLY)
        t0 = time.perf_counter()
        try:
            p = subprocess.Popen(
                full,
                cwd=cwd,
                env=env,
                stdout=out_fd,
                stderr=slave if tty else err,
                stdin=slave if tty else subprocess.DEVNULL,
            )
        except OSError as exc:
            timing.errors.append(f"cannot run {cmd[0]}: {exc.strerror}")
            return
        finally:
            os.close(out_fd)
        shown = 0
        if tty:
            while True:  # drain the terminal until the command has gone and closed it
                try:
                    chunk = os.read(master, 1 << 16)
                except OSError:  # EIO: every writer has closed the pty
                    break
                if not chunk:
                    break
                shown += len(chunk)
            os.close(master)
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - t0
        left = reap_orphans() if SUBREAPER else []
        timing.orphans += len(left)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            timing.errors.append(f"exit {code}: {' | '.join(tail)}")
            return
        peak_kb = int(mem.read().split()[-1]) if GNU_TIME else usage.ru_maxrss  # kilobytes on Linux
    timing.times.append(elapsed)
    timing.cpu.append(usage.ru_utime + usage.ru_stime)
    timing.rss_kb.append(peak_kb + sum(left))
    timing.shown = max(timing.shown, shown)


def measure(
    name: str,
    cmd: list[str],
    cwd: Path,
    env: dict[str, str],
    runs: int,
    prep: Callable[[], None] | None = None,
    budget: float = 30.0,
    tty: bool = False,
) -> Timing:
    """Up to `runs` timed runs (fewer, but at least 3, if they take more than `budget` seconds)."""
    t = Timing(name)
    start = time.monotonic()
    for i in range(runs):
        if prep:
            prep()
        run_once(cmd, cwd, env, t, tty)
        if t.errors and not t.times:
            break
        if i >= 2 and time.monotonic() - start > budget:
            break
    show(t)
    return t


def show(t: Timing) -> None:
    extra = f", {t.shown / 1e6:.2f} MB to the terminal" if t.shown else ""
    say(f"  {t.name}: {t.show()}, peak {t.peak_mb:.0f} MB{extra}" + (f"  ERRORS: {t.errors[0]}" if t.errors else ""))


Spec = tuple[str, list[str], Path, dict[str, str], bool]  # name, command, cwd, env, in a terminal


def interleaved(specs: list[Spec], runs: int) -> list[Timing]:
    """Runs of several commands taken in turn, so that drift in the machine hits all alike."""
    timings = [Timing(name) for name, *_ in specs]
    for _ in range(runs):
        for (_, cmd, cwd, env, tty), t in zip(specs, timings, strict=True):
            run_once(cmd, cwd, env, t, tty)
    for t in timings:
        show(t)
    return timings


def quiet(cmd: list[str], cwd: Path, env: dict[str, str], text: bool = False) -> subprocess.CompletedProcess[Any]:
    """Run a command untimed, capturing its output; a command that cannot start gives exit 127."""
    try:
        return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=text, stdin=subprocess.DEVNULL)
    except OSError as exc:
        err = f"cannot run {cmd[0]}: {exc.strerror}"
        return subprocess.CompletedProcess(cmd, 127, "" if text else b"", err if text else err.encode())


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------- repositories


def repository(base: Path, n: int, seed: int, as_of: dt.date, must_be_today: bool) -> tuple[Path, dt.date]:
    """A generated tree of n records under base, reused when its marker says it fits."""
    folder = base / f"records-{n}-seed{seed}"
    marker = folder / ".bench-generated.json"
    if marker.exists():
        info = json.loads(marker.read_text())
        made_on = dt.date.fromisoformat(info["as_of"])
        if info.get("n") == n and info.get("seed") == seed and (made_on == as_of or not must_be_today):
            say(f"reusing {folder} (generated as of {made_on})")
            return folder, made_on
    if folder.exists():
        shutil.rmtree(folder)
    say(f"generating {n} records in {folder} ...")
    t0 = time.perf_counter()
    late = generate.generate(folder, n, seed, as_of)
    say(f"  done in {time.perf_counter() - t0:.1f} s; {late} late as of {as_of}")
    marker.write_text(json.dumps({"n": n, "seed": seed, "as_of": as_of.isoformat(), "late": late}))
    return folder, as_of


def open_items(folder: Path, as_of: dt.date) -> tuple[list[dict[str, object]], int]:
    """Taskwarrior tasks for the open records, each due the day after its earliest date.

    scrutrack counts an item late on the day after its date; Taskwarrior counts a task overdue
    once its due moment has passed, so due = (date + 1 day) 00:00 UTC makes the two agree.
    """
    from scrutrack import store

    repo = store.open_repo(str(folder))
    loaded = generate.load_records(repo)
    tasks: list[dict[str, object]] = []
    late = 0
    for r in loaded.records:  # type: ignore[attr-defined]
        if not r.is_open:
            continue
        first = generate.earliest_date(r, repo.config.committee(r.committee).referral_window)
        task: dict[str, object] = {
            "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, r.id)),
            "description": f"{r.id}: {r.item or r.text.splitlines()[0]}",
            "status": "pending",
            "entry": f"{r.meeting:%Y%m%d}T090000Z",
            "project": r.committee,
            "tags": [str(r.status)],
        }
        if first is not None:
            task["due"] = f"{first + dt.timedelta(days=1):%Y%m%d}T000000Z"
            late += first < as_of
        tasks.append(task)
    return tasks, late


def ensure_taskwarrior() -> str | None:
    found = shutil.which("task")
    if found:
        return found
    say("`task` not found: installing Debian's taskwarrior ...")
    try:
        subprocess.run(["apt-get", "update"], check=True, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "taskwarrior"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        say(f"  could not install taskwarrior: {exc}")
        return None
    return shutil.which("task")


def taskwarrior_setup(work: Path, tasks: list[dict[str, object]], base_env: dict[str, str]) -> dict[str, str]:
    data = work / "taskdata"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    rc = work / "taskrc"
    rc.write_text(f"data.location={data}\nconfirmation=off\nverbose=nothing\nhooks=off\nnews.version=99.0.0\n")
    env = {**base_env, "TASKRC": str(rc), "TASKDATA": str(data)}
    (work / "tasks.json").write_text(json.dumps(tasks))
    subprocess.run(["task", "import", str(work / "tasks.json")], env=env, check=True, capture_output=True)
    return env


# ------------------------------------------------------------------------------ report


@dataclass
class Row:
    case: str
    timing: Timing | None
    target: str
    ratio: str
    ok: bool | None  # None: information only

    def cells(self) -> tuple[str, ...]:
        t = self.timing
        verdict = "" if self.ok is None else ("PASS" if self.ok else "FAIL")
        if t is not None and t.errors and not t.times:
            verdict = "ERROR"
        return (
            self.case,
            t.show() if t else "",
            t.cpu_median if t else "",
            f"{t.peak_mb:.0f}" if t and t.rss_kb else "",
            self.target,
            self.ratio,
            verdict,
        )


def table_lines(rows: list[Row]) -> list[str]:
    headers = ("case", "median (min–max, runs)", "CPU s", "peak MB", "target", "ratio", "result")
    cells = [headers, *(r.cells() for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(headers))]
    rule = "  ".join("-" * w for w in widths)
    out = []
    for i, c in enumerate(cells):
        out.append("  ".join(s.ljust(w) for s, w in zip(c, widths, strict=True)).rstrip())
        if i == 0:
            out.append(rule)
    return out


def ratio(a: Timing, b: Timing) -> float:
    return a.median / b.median if a.times and b.times else float("nan")


# -------------------------------------------------------------------------------- cases


# Lines of scrutrack/**/*.py at 762e2f5, before issue 10 rebuilt the read side: the whole package,
# and the modules of the read path (from the files to what list and overdue print). Later issues
# add features (the whole package is for information). The read side is compared like for like:
# 762e2f5's read-side modules ruff-formatted as the tree now is (3,003 lines; as committed,
# unformatted, 2,885), less what has since moved to modules outside the read side: the writing
# section of its store.py (88 lines, now files.py and saving.py), `init` with its example config
# in cli/read.py (49 lines, now cli/setup.py) and the CSV formula guard in formats.py (19 lines,
# now spreadsheet.py).
LINES_BEFORE = 7022
READ_SIDE = [
    "store.py",
    "cache.py",
    "prefetch.py",
    "reports.py",
    "views.py",
    "formats.py",
    "render.py",
    "overdue.py",
    "parallel.py",
    "cli/read.py",
    "cli/common.py",
    "cli/__init__.py",
]
READ_SIDE_BEFORE = 3003 - 88 - 49 - 19
READ_SIDE_AS_COMMITTED = 2885
# Issue 10 closed with the read side under that limit (315c205). Later issues put features of
# their own into these modules (docs/speed.md says which), so the count is now information: the
# report gives each module's lines then and now, read from git where the history is there.
READ_SIDE_CLOSED = "315c205"


def read_side_then_and_now() -> str | None:
    """Each read-side module's lines at issue 10's close and now, or None without git's history."""
    parts, then_total = [], 0
    for name in READ_SIDE:
        now = package_lines([name])
        got = subprocess.run(
            ["git", "-C", str(HERE.parent), "show", f"{READ_SIDE_CLOSED}:scrutrack/{name}"],
            capture_output=True,
            text=True,
            check=False,
        )
        if got.returncode != 0 and "does not exist" not in got.stderr and "exists on disk" not in got.stderr:
            return None
        then = len(got.stdout.splitlines()) if got.returncode == 0 else 0
        then_total += then
        if then or now:
            parts.append(f"{name} {then}→{now}")
    return f"read-side modules' lines at issue 10's close ({READ_SIDE_CLOSED}) and now: {', '.join(parts)}; total {then_total}→{package_lines(READ_SIDE)}"


def package_lines(only: list[str] | None = None) -> int:
    package = HERE.parent / "scrutrack"
    paths = [package / name for name in only] if only else list(package.rglob("*.py"))
    return sum(len(p.read_text().splitlines()) for p in paths if p.exists())


class Bench:
    def __init__(self, work: Path, base: Path, runs: int, seed: int, as_of: dt.date) -> None:
        self.work, self.base, self.runs, self.seed, self.as_of = work, base, runs, seed, as_of
        # A person's shell: no SCRUTRACK_* settings, no forced width, and Python allowed its
        # bytecode caches (a session may run with PYTHONDONTWRITEBYTECODE=1, which would make
        # every run compile scrutrack's modules afresh). The caches go to a folder of our own.
        drop = (
            "SCRUTRACK_",
            "COLUMNS",
            "LINES",
            "NO_COLOR",
            "PAGER",
            "PYTHONDONTWRITEBYTECODE",
            "PYTHONUNBUFFERED",
            "PYTHONPYCACHEPREFIX",
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
        env.update(TZ="UTC", PYTHONPYCACHEPREFIX=str(work / "pycache"))
        self.env = {**env, "NO_COLOR": "1"}  # redirected
        self.tty_env = {**env, "TERM": "xterm-256color", "PAGER": "cat"}  # in a terminal, in colour
        self.rows: list[Row] = []
        self.notes: list[str] = []

    def measure(
        self, name: str, cmd: list[str], cwd: Path, prep: Callable[[], None] | None = None, tty: bool = False
    ) -> Timing:
        return measure(name, cmd, cwd, self.tty_env if tty else self.env, self.runs, prep, tty=tty)

    def startup(self) -> None:
        """--help and --version against a minimal one-command Typer app, default and lean."""
        say("start-up")
        work, env = self.work, self.env
        for label, opts in (("default", ""), ("lean", "rich_markup_mode=None, pretty_exceptions_enable=False")):
            (work / f"minimal_{label}.py").write_text(MINIMAL_APP.format(options=opts))
        specs: list[Spec] = [
            (
                "typer minimal --help (default)",
                [sys.executable, str(work / "minimal_default.py"), "--help"],
                work,
                env,
                False,
            ),
            (
                "typer minimal --help (lean)",
                [sys.executable, str(work / "minimal_lean.py"), "--help"],
                work,
                env,
                False,
            ),
            ("scrutrack --help", [SCRUTRACK, "--help"], work, env, False),
            ("scrutrack --version", [SCRUTRACK, "--version"], work, env, False),
        ]
        for _, cmd, cwd, _, _ in specs:  # untimed, so that bytecode caches exist
            quiet(cmd, cwd, env)
        t_default, t_lean, t_help, t_version = interleaved(specs, max(self.runs, 21))
        for t in (t_help, t_version):
            r = ratio(t, t_lean)
            self.rows.append(
                Row(t.name, t, "≤ 1.2 × minimal", f"{r:.2f}× lean, {ratio(t, t_default):.2f}× default", r <= 1.2)
            )
        self.rows.append(Row("minimal Typer app --help, lean (reference)", t_lean, "", "", None))
        self.rows.append(Row("minimal Typer app --help, default Typer()", t_default, "", "", None))

    def prepare(self, n: int, full: bool) -> tuple[Path, dt.date, str, list[str]]:
        """The tree, its as-of day, a label, and the overdue command; the cache is built and settled."""
        folder, day = repository(self.base, n, self.seed, self.as_of, must_be_today=full)
        k = f"{n // 1000}k" if n % 1000 == 0 else str(n)
        cmd = [SCRUTRACK, "overdue", "--as-of", day.isoformat()]
        say(f"{n} records, as of {day}")
        shutil.rmtree(folder / ".scrutrack", ignore_errors=True)
        t0 = time.perf_counter()
        first = quiet(cmd, folder, self.env)
        say(f"  first overdue run (builds the cache): {time.perf_counter() - t0:.1f} s, exit {first.returncode}")
        if first.returncode != 0:
            self.notes.append(f"{k}: `scrutrack overdue` exited {first.returncode}: {first.stderr.decode()[-500:]}")
        quiet(cmd, folder, self.env)  # anything left racy is settled
        quiet([SCRUTRACK, "list"], folder, self.env)  # and list's modules are byte-compiled
        js = quiet([*cmd, "--format", "json"], folder, self.env)
        try:
            n_late = len(json.loads(js.stdout)["overdue"])
            self.notes.append(f"{k}: scrutrack overdue --as-of {day}: {n_late} of {n} late ({n_late / n:.1%})")
        except (ValueError, KeyError) as exc:
            self.notes.append(f"{k}: could not read `overdue --format json` ({exc}): {js.stderr.decode()[-300:]}")
        return folder, day, k, cmd

    def large(self, n: int) -> None:
        folder, _, k, cmd = self.prepare(n, full=False)
        t = self.measure(f"overdue, {k}, warm, redirected", cmd, folder)
        ok = bool(t.times) and t.median <= 1.5 and t.peak_mb <= 300
        self.rows.append(
            Row(
                f"overdue, {k} records, warm, redirected",
                t,
                "≤ 1.5 s, ≤ 300 MB",
                f"{t.median / 1.5:.2f}× time, {t.peak_mb / 300:.2f}× memory",
                ok,
            )
        )

    def full(self, n: int) -> None:
        folder, day, k, overdue_cmd = self.prepare(n, full=True)
        rows = self.rows
        list_cmd = [SCRUTRACK, "list"]
        # --- warm overdue against Taskwarrior, alternating, in a terminal and redirected
        task = ensure_taskwarrior()
        t_tty = None
        if task:
            tasks, tw_late = open_items(folder, day)
            tw_env = taskwarrior_setup(self.work, tasks, self.env)
            tw_tty_env = {**tw_env, **{k_: v for k_, v in self.tty_env.items() if k_ in ("TERM", "PAGER")}}
            tw_tty_env.pop("NO_COLOR", None)
            quiet([task, "overdue"], self.work, tw_env)  # any gc first
            count = quiet([task, "+OVERDUE", "count"], self.work, tw_env, text=True)
            version = subprocess.run([task, "--version"], capture_output=True, text=True).stdout.strip()
            self.notes.append(
                f"{k}: Taskwarrior {version}: {len(tasks)} open items imported, "
                f"`task +OVERDUE count` = {count.stdout.strip()} (expected {tw_late})"
            )
            for tty, where in ((True, "in a terminal (pty 120x50)"), (False, "redirected")):
                say(f"  scrutrack overdue and task overdue, alternating, {where}")
                t_task, t_ours = interleaved(
                    [
                        (
                            f"task overdue, {k}, {where}",
                            [task, "overdue"],
                            self.work,
                            tw_tty_env if tty else tw_env,
                            tty,
                        ),
                        (f"overdue, {k}, warm, {where}", overdue_cmd, folder, self.tty_env if tty else self.env, tty),
                    ],
                    max(self.runs, 21),  # the headline ratios: as many runs as start-up gets, for a steady median
                )
                r = ratio(t_ours, t_task)
                rows.append(Row(t_ours.name, t_ours, "≤ 1.0 × task overdue", f"{r:.2f}× task", r <= 1.0))
                rows.append(Row(f"{t_task.name} ({len(tasks)} open items; reference)", t_task, "", "", None))
                if tty:
                    t_tty = t_ours
        else:
            t_tty = self.measure(f"overdue, {k}, warm, in a terminal", overdue_cmd, folder, tty=True)
            rows.append(Row(t_tty.name, t_tty, "≤ 1.0 × task overdue", "no task", None))

        t_list = self.measure(f"list, {k}, warm, in a terminal (PAGER=cat)", list_cmd, folder, tty=True)
        r = ratio(t_list, t_tty) if t_tty else float("nan")
        rows.append(Row(t_list.name, t_list, "≤ 1.5 × overdue in a terminal", f"{r:.2f}× overdue", r <= 1.5))
        t_json = self.measure(f"overdue --format json, {k}, warm", [*overdue_cmd, "--format", "json"], folder)
        rows.append(Row(f"overdue --format json, {k} records, warm (information)", t_json, "", "", None))

        # --- the agenda-pack report (issue 14): every record parsed whole, written to a file
        for suffix, limit in (("md", 2.0), ("html", 2.0), ("docx", 5.0)):
            out = self.work / f"report.{suffix}"
            cmd = [SCRUTRACK, "report", "--as-of", day.isoformat(), "-o", str(out)]
            t_report = self.measure(f"report -o report.{suffix}, {k}", cmd, folder)
            ok = bool(t_report.times) and t_report.median <= limit
            rows.append(
                Row(
                    f"report -o report.{suffix}, {k} records",
                    t_report,
                    f"≤ {limit:.0f} s",
                    f"{t_report.median / limit:.2f}× target",
                    ok,
                )
            )

        # --- right after one record changed, side by side with warm runs. A copy of the tree has
        # one record's owner line toggled before each of its runs; the runs alternate with warm
        # runs on the tree itself, so that drift in the machine hits both alike.
        twin = self.work / f"changed-{k}"
        shutil.rmtree(twin, ignore_errors=True)
        shutil.copytree(folder, twin, symlinks=True)
        shutil.rmtree(twin / ".scrutrack", ignore_errors=True)
        for cmd in (overdue_cmd, list_cmd):
            quiet(cmd, twin, self.env)  # the copy's own cache
        victim = sorted((twin / "records").glob("*/*.toml"))[n // 2]
        original = victim.read_text(encoding="utf-8")
        owner_line = next(line for line in original.splitlines() if line.startswith("owner = "))
        changed = original.replace(owner_line, f'owner = "{OTHER_OWNER}"', 1)
        texts = itertools.cycle((changed, original))

        def touch_one() -> None:
            with open(victim, "w", encoding="utf-8", newline="\n") as f:
                f.write(next(texts))

        say("  warm runs and runs right after one record changed (on a copy), alternating")
        pairs = []
        for label, cmd in (("overdue", overdue_cmd), ("list", list_cmd)):
            warm = Timing(f"{label}, {k}, warm (alternating)")
            chg = Timing(f"{label}, {k} records, right after one record changed")
            for _ in range(max(self.runs, 11)):
                run_once(cmd, folder, self.env, warm)
                touch_one()
                run_once(cmd, twin, self.env, chg)
            show(warm)
            show(chg)
            pairs.append((chg, warm))
        shutil.rmtree(twin, ignore_errors=True)
        for t, ref in pairs:
            r = ratio(t, ref)
            rows.append(Row(t.name, t, "≤ 1.10 × warm", f"{r:.2f}× warm ({ref.median:.3f} s, alternating)", r <= 1.10))

        # --- no cache at all: the cache folder removed before each run; with and without the
        # process pool that parses thousands of files on every core
        cache_dir = folder / ".scrutrack"

        def drop_cache() -> None:
            shutil.rmtree(cache_dir, ignore_errors=True)

        t_cold = self.measure(f"overdue, {k}, no cache", overdue_cmd, folder, prep=drop_cache)
        rows.append(Row(f"overdue, {k} records, no cache (first run; information)", t_cold, "", "", None))
        serial_env = {**self.env, "SCRUTRACK_NO_PARALLEL": "1"}
        t_serial = measure(
            f"overdue, {k}, no cache, one process", overdue_cmd, folder, serial_env, self.runs, prep=drop_cache
        )
        rows.append(
            Row(
                "  the same without the process pool (information)",
                t_serial,
                "",
                f"pool: {ratio(t_cold, t_serial):.2f}×",
                None,
            )
        )
        t_check = self.measure(f"check, {k}, no cache", [SCRUTRACK, "check"], folder, prep=drop_cache)
        rows.append(Row(f"check, {k} records (reads every file; information)", t_check, "", "", None))
        quiet(overdue_cmd, folder, self.env)  # leave a warm cache behind

    def report(self, loads: tuple[tuple[float, ...], tuple[float, ...]]) -> list[str]:
        """The report's lines: printed, and (--write) put into docs/speed.md as they are."""
        lines: list[str] = []
        start, end = loads
        lines.append(
            f"scrutrack benchmark — {dt.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} cores, "
            f"Python {sys.version.split()[0]}, records as of {self.as_of}"
        )
        lines.append(
            "machine load (1, 5 and 15-minute load averages): "
            f"{' / '.join(f'{x:.2f}' for x in start)} at the start, {' / '.join(f'{x:.2f}' for x in end)} at the end"
        )
        lines.append("")
        read_side = package_lines(READ_SIDE)
        self.rows.append(
            Row(
                "lines of the read side's modules (information: later issues' features are in them)",
                None,
                f"{READ_SIDE_BEFORE} before issue 10 (like for like; {READ_SIDE_AS_COMMITTED} as committed)",
                f"{read_side} now",
                None,
            )
        )
        if (then_and_now := read_side_then_and_now()) is not None:
            self.notes.append(then_and_now)
        n_lines = package_lines()
        self.rows.append(
            Row("lines in scrutrack/**/*.py (information)", None, f"{LINES_BEFORE} before", f"{n_lines} now", None)
        )
        lines += table_lines(self.rows)
        how = (
            "GNU time's %M (the command's own peak RSS)"
            if GNU_TIME
            else "os.wait4's ru_maxrss (includes this process's RSS at fork)"
        )
        orphans = sum(r.timing.orphans for r in self.rows if r.timing)
        if SUBREAPER:
            how += f"; processes left running after a command returned, over all runs: {orphans}"
        self.notes.append(
            "times: spawn to exit; redirected: stdout to /dev/null, NO_COLOR=1; in a terminal: a pty of "
            f"{PTY_SIZE[1]}x{PTY_SIZE[0]} read to the end, TERM=xterm-256color, PAGER=cat; CPU s: the median "
            f"user + system time of the command and its children (others' load hardly changes it); peak MB: {how}"
        )
        lines.append("")
        lines += [f"- {line}" for line in self.notes]
        failed = [r.case for r in self.rows if r.ok is False or (r.timing and r.timing.errors and not r.timing.times)]
        lines.append("")
        targets = sum(r.ok is not None for r in self.rows)
        lines.append(f"{len(failed)} of {targets} targets missed" + (": " + "; ".join(failed) if failed else ""))
        return lines


# docs/speed.md quotes the last run between these lines (`make bench` writes it; a test checks
# that the page quotes no figure outside them).
BEGIN, END = "<!-- make bench: begin -->", "<!-- make bench: end -->"


def write_into(page: Path, lines: list[str]) -> None:
    """Put the report into `page` between BEGIN and END, as a block of plain text."""
    text = page.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    if not rest:
        raise SystemExit(f"{page} has no '{BEGIN}' line to write the results after")
    block = "\n".join(["```text", *lines, "```"])
    page.write_text(f"{head}{BEGIN}\n{block}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000", help="record counts; the first gets every case")
    ap.add_argument("--runs", type=int, default=7, help="timed runs per case (slow cases stop after 3)")
    ap.add_argument("--keep", type=Path, help="generate into (and reuse from) this folder")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--write", type=Path, help="also put the report into this page (docs/speed.md)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    if not Path(SCRUTRACK).exists():
        say(f"no scrutrack at {SCRUTRACK}; install the package into this venv first")
        return 0
    as_of = dt.datetime.now(dt.UTC).date()  # Taskwarrior's today (TZ=UTC below)
    work = Path(tempfile.mkdtemp(prefix="scrutrack-bench-"))
    base = args.keep.resolve() if args.keep else work
    base.mkdir(parents=True, exist_ok=True)
    bench = Bench(work, base, max(1, args.runs), args.seed, as_of)
    load_at_start = os.getloadavg()
    try:
        bench.startup()
        for i, n in enumerate(sizes):
            try:
                bench.full(n) if i == 0 else bench.large(n)
            except Exception as exc:  # a report: note what broke and go on
                bench.notes.append(f"{n} records: the cases stopped on {type(exc).__name__}: {exc}")
    except KeyboardInterrupt:
        bench.notes.append("interrupted: the table is incomplete")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = bench.report((load_at_start, os.getloadavg()))
    print()
    print("\n".join(lines))
    if args.write:
        write_into(args.write, lines)
        say(f"wrote the results into {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
