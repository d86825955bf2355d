"""Time an update round (issue 23's targets): `round start` for 2,000 open records and 40 owners, and
`round collect --yes` of the 40 workbooks they return, each under 5 s on 2 cores.

    .venv/bin/python bench/rounds.py [--records 2000] [--owners 40] [--runs 3]

Makes a records repository of open, owned records (accepted, with a target date, realistic text),
then times each command as a separate process from spawn to reaping (bench.run_once), in a
pseudo-terminal and redirected. Before each `round start` the previous round is removed; before
each `collect` the records and the round file are put back as they were, and the workbooks are
filled in once, as the owners would (every row answered, one in ten with a new target date), by
openpyxl. `scrutrack --version` is timed in the same runs as a reference for a loaded machine.
The report goes to stdout; the exit code is always 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench import SCRUTRACK, Timing, run_once, say  # noqa: E402
from scrutrack import lifecycle as lc  # noqa: E402
from scrutrack.canonical import dumps  # noqa: E402
from scrutrack.model import HistoryEntry, Record  # noqa: E402

TARGET = 5.0
CONFIG = """schema = 1

[committees.cyp]
name = "Children & Young People Sub-Committee"

[committees.hsc]
name = "Health & Social Care Sub-Committee"
"""
WORDS = [
    "officers",
    "review",
    "the",
    "placement",
    "sufficiency",
    "strategy",
    "and",
    "report",
    "the",
    "number",
    "of",
    "children",
    "placed",
    "out",
    "of",
    "borough,",
    "with",
    "the",
    "cost",
    "of",
    "each",
    "placement",
    "and",
    "the",
    "steps",
    "taken",
    "to",
    "bring",
    "children",
    "closer",
    "to",
    "home",
]


def make_repo(root: Path, n: int, owners: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    (root / "records").mkdir(parents=True)
    (root / "scrutrack.toml").write_text(CONFIG, encoding="utf-8")
    names = [
        f"Head of Service {i + 1:02d}, {rng.choice(['Children', 'Adults', 'Housing', 'Finance'])}"
        for i in range(owners)
    ]
    for i in range(n):
        committee = "cyp" if i % 2 else "hsc"
        meeting = dt.date(2025, 1, 1) + dt.timedelta(days=7 * (i // 40))
        number = i % 40 + 1
        rid = f"{committee}-{meeting.isoformat()}-{number}"
        text = "That " + " ".join(rng.sample(WORDS, rng.randint(12, len(WORDS)))) + ".\n"
        r = Record(
            id=rid,
            committee=committee,
            meeting=meeting,
            kind="recommendation",
            status="agreed",
            text=text,
            owner=names[i % owners],
            history=(HistoryEntry(date=meeting, event="agreed"),),
        )
        r = lc.refer(r, meeting + dt.timedelta(days=5), meeting + dt.timedelta(days=65))
        r = lc.respond(
            r,
            meeting + dt.timedelta(days=40),
            "accepted",
            "Agreed; officers will report back.\n",
            due=meeting + dt.timedelta(days=200),
        )
        folder = root / "records" / committee
        folder.mkdir(exist_ok=True)
        (folder / f"{rid}.toml").write_text(dumps(r), encoding="utf-8")


CPU: dict[str, list[float]] = {}  # per case: the CPU seconds (user + system) of each run


def timed(cmd: list[str], cwd: Path, env: dict[str, str], timing: Timing, tty: bool = False) -> None:
    """bench.run_once, and the CPU time the command (and anything it ran) used: on a machine that
    others load, wall time grows with the load, CPU time hardly at all."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run_once(cmd, cwd, env, timing, tty)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(timing.name, []).append(used)


def fill_all(folder: Path, out: Path) -> list[Path]:
    """Every workbook filled in as its owner would: every row answered."""
    from openpyxl import load_workbook

    from scrutrack.workbook import COLUMNS, FIRST, SHEET

    col = {c.key: i for i, c in enumerate(COLUMNS, 1)}
    out.mkdir()
    done = []
    for book in sorted(folder.glob("*.xlsx")):
        wb = load_workbook(book)
        ws = wb[SHEET]
        for row in range(FIRST, ws.max_row + 1):
            if not ws.cell(row=row, column=1).value:
                continue
            ws.cell(row=row, column=col["progress"], value="on track" if row % 10 else "slipped")
            ws.cell(
                row=row, column=col["update"], value="Work continues; the next milestone is on course for the spring."
            )
            if not row % 10:
                ws.cell(row=row, column=col["new_due"], value=dt.datetime(2027, 3, 31))
                ws.cell(row=row, column=col["reason"], value="Waiting for the new contract.")
        wb.save(out / f"returned {book.name}")
        done.append(out / f"returned {book.name}")
    return done


def add_to_block(page: Path, lines: list[str]) -> None:
    """Add the lines at the end of the text block `make bench` wrote into the page (before its closing fence)."""
    from bench import END

    text = page.read_text(encoding="utf-8")
    head, end, tail = text.partition(END)
    fence = head.rstrip().rfind("\n```")
    if not end or fence < 0:
        raise SystemExit(f"{page} has no block written by bench/bench.py to add the rounds' figures to")
    page.write_text(head[:fence] + "\n" + "\n".join(lines) + head[fence:] + end + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--owners", type=int, default=40)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument(
        "--write", type=Path, help="also add the report to the block bench.py wrote in this page (docs/speed.md)"
    )
    args = ap.parse_args(argv)
    base_env = {**os.environ, "PAGER": "cat", "NO_COLOR": "1", "COLUMNS": "120"}
    with tempfile.TemporaryDirectory(prefix="scrutrack-rounds-") as tmp:
        work = Path(tmp)
        root = work / "repo"
        say(f"Making {args.records:,} open records for {args.owners} owners ...")
        make_repo(root, args.records, args.owners)
        start_cmd = [SCRUTRACK, "round", "start", "bench", "--due", "2026-12-31", "--date", "2026-10-01"]
        start, start_tty, ref = (
            Timing("round start (redirected)"),
            Timing("round start (terminal)"),
            Timing("--version"),
        )
        for i in range(args.runs):
            for timing, tty in ((start, False), (start_tty, True)):
                shutil.rmtree(root / "rounds", ignore_errors=True)
                timed(start_cmd, root, base_env, timing, tty)
            timed([SCRUTRACK, "--version"], root, base_env, ref)
            say(f"  run {i + 1}: start {start.times[-1] if start.times else float('nan'):.2f} s")
        books = fill_all(root / "rounds" / "bench", work / "returned")
        pristine = work / "pristine"
        shutil.copytree(root, pristine)
        collect_cmd = [SCRUTRACK, "round", "collect", *map(str, books), "--yes", "--date", "2026-11-15"]
        collect, collect_tty = Timing("round collect --yes (redirected)"), Timing("round collect --yes (terminal)")
        for i in range(args.runs):
            for timing, tty in ((collect, False), (collect_tty, True)):
                shutil.rmtree(root)
                shutil.copytree(pristine, root)
                timed(collect_cmd, root, base_env, timing, tty)
            say(f"  run {i + 1}: collect {collect.times[-1] if collect.times else float('nan'):.2f} s")
        load = os.getloadavg()
        lines = [
            "",
            f"Update rounds: {args.records:,} open records, {args.owners} owners, {len(books)} returned workbooks "
            f"(bench/rounds.py; target {TARGET:.0f} s each)",
            f"machine load (1, 5 and 15-minute load averages): {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
            f"on {os.cpu_count()} cores",
        ]
        for t in (start, start_tty, collect, collect_tty, ref):
            ok = "" if t.name == "--version" else ("  PASS" if t.times and t.median < TARGET else "  FAIL")
            errors = f"  ERRORS: {t.errors[0]}" if t.errors else ""
            cpu = CPU.get(t.name, [])
            spent = f", CPU {statistics.median(cpu):.2f} s" if cpu else ""
            lines.append(f"  {t.name:<34} {t.show()}{spent}, peak {t.peak_mb:.0f} MB{ok}{errors}")
    print("\n".join(lines))
    if args.write:
        add_to_block(args.write, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
