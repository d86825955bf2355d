"""Score `import response` on the response corpus: each row placed on the right records, sure or shown as uncertain.

    .venv/bin/python bench/responses.py                 # one row per document, then the totals
    .venv/bin/python bench/responses.py --verbose       # ... and each row that was not right
    .venv/bin/python bench/responses.py --json          # the same for scripts
    .venv/bin/python bench/responses.py --thresholds    # the text likeness of right and of wrong pairs
    .venv/bin/python bench/responses.py PATH ...        # only these documents

The corpus is every `<stem>.expected.toml` in tests/data/responses/ (its README says what one
holds). For each document a fresh records repository is made with `scrutrack init`, the records of
the document's set are added and referred through the real CLI (in this process), and the document
is imported with `import response FILE --meeting DATE --dry-run --format json`. Each row of the
plan is compared with the expected row in the same place:

- right:     placed on exactly the expected records, sure (or, for a row that answers nothing
             scrutrack holds, not placed);
- shown:     not right, but shown as uncertain or not placed: the officer sees it (with --edit);
- wrong:     placed on other records without a word of doubt: what must never happen;
- and for each right row, whether its outcome, target date and owner are the expected ones.

tests/test_response_corpus.py runs the same scorer in `make test` and holds its floor: at least
95% of rows right, no row wrong, every outcome, date and owner of a right row as expected.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "responses"
FLOOR = 0.95  # rows right, of all rows: the target


@dataclass(frozen=True)
class Case:
    path: Path
    name: str
    structure: str
    set: Path
    decided: dt.date
    args: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]


@dataclass
class Score:
    case: Case
    right: int = 0
    shown: int = 0
    wrong: int = 0
    details: int = 0  # right rows whose outcome, date or owner differ from the expected
    refused: str | None = None
    notes: list[str] = field(default_factory=list)
    likeness: list[tuple[float, bool]] = field(default_factory=list)  # (score, whether the pair is right)

    @property
    def rows(self) -> int:
        return len(self.case.rows)


def load_case(expected: Path) -> Case:
    data = tomllib.loads(expected.read_text(encoding="utf-8"))
    stem = expected.name.removesuffix(".expected.toml")
    document = next(p for p in expected.parent.iterdir() if p.name.startswith(stem + ".") and p != expected)
    return Case(
        document,
        document.name,
        data["structure"],
        expected.parent / data["set"],
        data["decided"],
        tuple(data.get("args", [])),
        tuple(data["row"]),
    )


def all_cases() -> list[Case]:
    return [load_case(p) for p in sorted(CORPUS.glob("*.expected.toml"))]


class Runner:
    """The real CLI in this process, one fresh repository a document."""

    def __init__(self, workdir: Path) -> None:
        import typer.main
        from click.testing import CliRunner

        from scrutrack.cli import app

        # The app as Click runs it, built once: Typer's CliRunner builds it again at every run (55 ms).
        self.app, self.cli, self.workdir, self.count = typer.main.get_command(app), CliRunner(), workdir, 0

    def invoke(self, *args: str) -> tuple[int, str, str]:
        env = {"COLUMNS": "100", "NO_COLOR": "1", "SCRUTRACK_REPO": None, "VISUAL": None, "EDITOR": None}
        result = self.cli.invoke(self.app, list(args), env=env, catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            return 1, result.stdout, f"traceback: {type(result.exception).__name__}: {result.exception}"
        return result.exit_code, result.stdout, result.stderr

    def repo(self, case: Case) -> Path:
        """A repository holding the case's set of records, each referred as the set says."""
        self.count += 1
        root = self.workdir / f"repo-{self.count}"
        data = tomllib.loads(case.set.read_text(encoding="utf-8"))
        committees = list(data["committees"].items())
        slug, name = committees[0]
        self.must("init", str(root), "--committee", slug, "--name", name)
        for slug, name in committees[1:]:
            self.must("committee", "add", slug, "--name", name, "--repo", str(root))
        for r in data["record"]:
            self.must(
                "add",
                "--repo",
                str(root),
                "--committee",
                r["committee"],
                "--meeting",
                str(r["meeting"]),
                "--number",
                str(r["number"]),
                "--item",
                r["item"],
                "--text",
                r["text"],
            )
            if "referred" in r:
                rid = f"{r['committee']}-{r['meeting']}-{r['number']}"
                self.must("refer", rid, "--repo", str(root), "--date", str(r["referred"]), "--by", "Scrutiny officer")
        shutil.copy(case.path, root / case.path.name)
        return root

    def must(self, *args: str) -> None:
        code, out, err = self.invoke(*args)
        if code != 0:
            raise SystemExit(f"scrutrack {' '.join(args)} failed: {err or out}")

    def plan(self, case: Case, root: Path) -> tuple[dict[str, Any] | None, str | None]:
        here = Path.cwd()
        os.chdir(root)
        try:
            code, out, err = self.invoke(
                "import",
                "response",
                case.path.name,
                "--meeting",
                case.decided.isoformat(),
                "--dry-run",
                "--format",
                "json",
                *case.args,
            )
        finally:
            os.chdir(here)
        if code != 0:
            return None, next((line for line in err.splitlines() if line.strip()), f"exit code {code}")
        return json.loads(out), None


def compare(case: Case, plan: dict[str, Any] | None, refused: str | None) -> Score:
    score = Score(case, refused=refused)
    if plan is None:
        score.shown = 0
        score.notes.append(f"refused: {refused}")
        return score
    got = plan["rows"]
    if len(got) != len(case.rows):
        score.notes.append(f"{len(got)} rows read, {len(case.rows)} expected")
    for n, want in enumerate(case.rows):
        row = got[n] if n < len(got) else None
        label = f"row {n + 1} ({want['says']})"
        if row is None:
            score.notes.append(f"{label}: not read")
            continue
        placed, sure = list(row["records"]), row["action"] not in ("check", "not placed")
        for rid, s in row.get("alike", []):
            score.likeness.append((s, rid in want["records"]))
        if placed == want["records"] and (sure or not placed):
            score.right += 1
            mismatch = _details(want, row) if placed else []
            if mismatch:
                score.details += 1
                score.notes.append(f"{label}: {'; '.join(mismatch)}")
        elif not sure or not placed:
            score.shown += 1
            score.notes.append(f"{label}: shown ({row['action']}: {row.get('why', '')}); expected {want['records']}")
        else:
            score.wrong += 1
            score.notes.append(f"{label}: WRONG, placed on {placed} without doubt; expected {want['records']}")
    return score


def _details(want: dict[str, Any], row: dict[str, Any]) -> list[str]:
    out = []
    for key in ("outcome", "due", "owner"):
        expected = want.get(key)
        expected = expected.isoformat() if isinstance(expected, dt.date) else expected
        if (row.get(key) or None) != expected:
            out.append(f"{key} {row.get(key)!r}, expected {expected!r}")
    return out


def score_cases(cases: list[Case]) -> list[Score]:
    with tempfile.TemporaryDirectory(prefix="scrutrack-responses-") as tmp:
        runner = Runner(Path(tmp))
        return [compare(case, *runner.plan(case, runner.repo(case))) for case in cases]


def totals(scores: list[Score]) -> dict[str, Any]:
    rows = sum(s.rows for s in scores)
    right = sum(s.right for s in scores)
    return {
        "documents": len(scores),
        "rows": rows,
        "right": right,
        "shown": sum(s.shown for s in scores),
        "wrong": sum(s.wrong for s in scores),
        "details": sum(s.details for s in scores),
        "refused": sum(1 for s in scores if s.refused),
        "share_right": right / rows if rows else 1.0,
    }


def thresholds(scores: list[Score]) -> str:
    right = sorted(s for sc in scores for s, ok in sc.likeness if ok)
    wrong = sorted(s for sc in scores for s, ok in sc.likeness if not ok)
    lines = [
        f"Text likeness of {len(right)} right pairs: lowest {right[0]:.2f}, median {right[len(right) // 2]:.2f}"
        if right
        else "No right pairs were placed by text.",
        f"Text likeness of {len(wrong)} wrong pairs (each row's next best guesses): highest {wrong[-1]:.2f}"
        if wrong
        else "No wrong pairs.",
    ]
    if right and wrong:
        lines.append(f"A threshold between {wrong[-1]:.2f} and {right[0]:.2f} separates them.")
    return "\n".join(lines)


def table(scores: list[Score], verbose: bool = False) -> str:
    lines = [f"{'Document':<40} {'Rows':>4} {'Right':>5} {'Shown':>5} {'Wrong':>5}  Details"]
    for s in scores:
        result = s.refused or (f"{s.details} row(s) with another outcome, date or owner" if s.details else "ok")
        lines.append(f"{s.case.name:<40} {s.rows:>4} {s.right:>5} {s.shown:>5} {s.wrong:>5}  {result}")
        if verbose:
            lines.extend(f"    {n}" for n in s.notes)
    t = totals(scores)
    lines.append(
        f"Rows right: {t['right']} of {t['rows']} ({100 * t['share_right']:.1f}%); shown as uncertain or not placed: "
        f"{t['shown']}; wrong without doubt: {t['wrong']}"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--thresholds", action="store_true")
    args = parser.parse_args(argv)
    cases = all_cases()
    if args.paths:
        wanted = {Path(p).resolve().name for p in args.paths}
        cases = [c for c in cases if c.path.name in wanted]
    scores = score_cases(cases)
    if args.json:
        print(json.dumps({"documents": [_as_json(s) for s in scores], "totals": totals(scores)}, indent=1))
    else:
        print(table(scores, args.verbose))
        if args.thresholds:
            print(thresholds(scores))
    t = totals(scores)
    return 0 if t["wrong"] == 0 and t["share_right"] >= FLOOR else 1


def _as_json(s: Score) -> dict[str, Any]:
    return {
        "document": s.case.name,
        "structure": s.case.structure,
        "rows": s.rows,
        "right": s.right,
        "shown": s.shown,
        "wrong": s.wrong,
        "details": s.details,
        "refused": s.refused,
        "notes": s.notes,
    }


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
