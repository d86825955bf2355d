"""Score `import minutes` and `import tracker` on the corpus: each document's expected records found.

    .venv/bin/python bench/corpus.py                    # one row per document, then the totals
    .venv/bin/python bench/corpus.py --verbose          # ... and what differs, record by record
    .venv/bin/python bench/corpus.py --json             # the same for scripts
    .venv/bin/python bench/corpus.py PATH [PATH ...]    # only these documents (or expected files)
    .venv/bin/python bench/corpus.py --record           # write the scores the ratchet test holds

The corpus is every `<stem>.expected.toml` under tests/data/corpus/ (tests/data/corpus/README.md
says what one holds). Its documents are the files beside it with the same stem, or those its
`files` key lists. Each document is imported by the real CLI, in this process (typer's CliRunner
on scrutrack.cli.app), with `--dry-run --format json` into a fresh records repository made by
`scrutrack init` (committee `sc`), and what it would create is compared with the expected records:

- exact:   same meeting, same number, the same text (whitespace folded), and the same item where
           the expected record gives one;
- near:    paired with an expected record (the most alike texts first) but not exact;
- missed:  an expected record nothing was paired with;
- junk:    a record created that matches no expected one;
- refused: the command exited non-zero (its first error line is shown). A document that should
           give nothing (no [[record]]) may exit non-zero: "nothing found" is its right answer.

`--record` writes tests/data/corpus/scores.toml; tests/test_corpus.py fails when a document scores
worse than recorded there (fewer exact, more junk, or refused where it was not).
"""

from __future__ import annotations

import argparse
import difflib
import functools
import json
import os
import re
import shutil
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
SCORES = CORPUS / "scores.toml"
COMMITTEE = "sc"
NEW = (
    "no recorded score (a new document? record it with `make corpus-record`; a held-out set stays outside the"
    " repository, where `bench/corpus.py -v DIR/*.expected.toml` scores it)"
)
NEAR_ENOUGH = 0.5  # texts whose words are less alike than this are a miss and a junk record, not a near pair
RECORD_HINT = "run `make corpus-record` (or .venv/bin/python bench/corpus.py --record) and commit scores.toml"


@dataclass(frozen=True)
class Expected:
    """One record a careful officer would create from a document."""

    meeting: str
    number: int
    item: str | None
    text: str

    def label(self) -> str:
        return f"{self.meeting}-{self.number}"


@dataclass(frozen=True)
class Case:
    """A document of the corpus with what it should give."""

    path: Path
    name: str  # as shown in the table and keyed in scores.toml
    structure: str
    models: str
    command: str  # "minutes" or "tracker"
    args: tuple[str, ...]
    records: tuple[Expected, ...]


@dataclass
class Score:
    """What the import made of one document, against what it should have made."""

    case: Case
    exact: int = 0
    near: list[tuple[Expected, Expected]] = field(default_factory=list)  # (expected, got)
    missed: list[Expected] = field(default_factory=list)
    junk: list[Expected] = field(default_factory=list)
    refused: str | None = None
    seconds: float = 0.0

    @property
    def expected(self) -> int:
        return len(self.case.records)

    @property
    def fully_exact(self) -> bool:
        nothing_expected = not self.case.records
        return (self.refused is None or nothing_expected) and self.exact == self.expected and not self.junk

    def counts(self) -> dict[str, Any]:
        return {
            "exact": self.exact,
            "near": len(self.near),
            "missed": len(self.missed),
            "junk": len(self.junk),
            "refused": self.refused is not None and bool(self.case.records),
        }


# ------------------------------------------------------------------------------ the corpus


def fold(text: str) -> str:
    return " ".join(text.split())


def load_case(expected_file: Path, document: Path) -> Case:
    data = tomllib.loads(expected_file.read_text(encoding="utf-8"))
    records = tuple(
        Expected(
            meeting=str(r["meeting"]),
            number=int(r["number"]),
            item=r.get("item"),
            text=r["text"],
        )
        for r in data.get("record", [])
    )
    return Case(
        path=document,
        name=display_name(document),
        structure=data["structure"],
        models=data["models"],
        command=data.get("command", "minutes"),
        args=tuple(data.get("args", [])),
        records=records,
    )


def display_name(document: Path) -> str:
    """The corpus's own documents by name; the older corpus in tests/data/minutes/corpus/ as old/<name>."""
    resolved = document.resolve()
    if resolved.is_relative_to(CORPUS):
        return resolved.relative_to(CORPUS).as_posix()
    if resolved.is_relative_to(ROOT):
        return f"old/{resolved.name}"
    return f"{resolved.parent.name}/{resolved.name}"  # a set kept outside the repository (a held-out set)


def documents_of(expected_file: Path) -> list[Path]:
    data = tomllib.loads(expected_file.read_text(encoding="utf-8"))
    if "files" in data:
        return [(expected_file.parent / f).resolve() for f in data["files"]]
    stem = expected_file.name.removesuffix(".expected.toml")
    folder = expected_file.parent
    return [
        folder / name
        for name in names_in(folder)
        if name.startswith(stem + ".") and not name.endswith(".expected.toml") and (folder / name).is_file()
    ]


@functools.cache
def names_in(folder: Path) -> list[str]:
    """A folder's file names, sorted, read once: a thousand expected files each listing the corpus took 9 s."""
    return sorted(os.listdir(folder))


def expected_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*.expected.toml") if "src" not in p.relative_to(CORPUS).parts)


def all_cases() -> list[Case]:
    return [load_case(e, d) for e in expected_files() for d in documents_of(e)]


def select(paths: Iterable[str]) -> list[Case]:
    """The cases for documents or expected files named on the command line, in the corpus or outside
    the repository (a held-out set, scored without joining the corpus)."""
    wanted = {Path(p).resolve() for p in paths}
    cases = [c for c in all_cases() if c.path.resolve() in wanted]
    outside = [p for p in wanted if p.name.endswith(".expected.toml") and p.is_file() and not p.is_relative_to(ROOT)]
    for e in [*expected_files(), *outside]:
        if e.resolve() in wanted:
            cases += [load_case(e, d) for d in documents_of(e)]
    found = {c.path.resolve() for c in cases} | {e.resolve() for e in [*expected_files(), *outside]}
    unknown = sorted(str(p) for p in wanted - found)
    if unknown:
        raise SystemExit(f"not a corpus document or expected file: {', '.join(unknown)}")
    return cases


# ------------------------------------------------------------------------------ running the CLI


class Runner:
    """The real CLI, in this process, on fresh records repositories under one temporary folder."""

    def __init__(self, workdir: Path) -> None:
        import typer.main
        from click.testing import CliRunner

        from scrutrack.cli import app

        # The app as Click runs it, built once: Typer's CliRunner builds it again at every run (55 ms).
        self.app = typer.main.get_command(app)
        self.cli = CliRunner()
        self.workdir = workdir
        self.template = workdir / "template"
        self.count = 0
        code, out, err = self.invoke(
            "init", str(self.template), "--committee", COMMITTEE, "--name", "Scrutiny Committee", "--no-git"
        )
        if code != 0:
            raise SystemExit(f"scrutrack init failed: {err or out}")
        # `import tracker` (issue 20) reads CSV, .xlsx and .ods; before it lands, `import csv` reads CSV.
        self.has_tracker = self._has_command("tracker")

    def _has_command(self, name: str) -> bool:
        code, out, _ = self.invoke("import", "--help")
        return code == 0 and re.search(rf"^\s+{name}\s", out, re.MULTILINE) is not None

    def invoke(self, *args: str) -> tuple[int, str, str]:
        env = {"COLUMNS": "100", "NO_COLOR": "1", "SCRUTRACK_REPO": None, "VISUAL": None, "EDITOR": None}
        result = self.cli.invoke(self.app, list(args), env=env, catch_exceptions=True)
        err = result.stderr
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            err = f"traceback: {type(result.exception).__name__}: {result.exception}\n{err}"
            return 1, result.stdout, err
        return result.exit_code, result.stdout, err

    def fresh_repo(self) -> Path:
        self.count += 1
        repo = self.workdir / f"repo-{self.count}"
        shutil.copytree(self.template, repo)
        return repo

    def import_args(self, case: Case, dry_run: bool = True) -> list[str]:
        if case.command == "tracker":
            sub = "tracker" if self.has_tracker else "csv"
        else:
            sub = "minutes"
        args = ["import", sub, case.path.name, "--committee", COMMITTEE, "--format", "json"]
        return [*args, *(["--dry-run"] if dry_run else []), *case.args]

    def created(self, case: Case, repo: Path, dry_run: bool = True) -> tuple[list[Expected], str | None]:
        """The records the import would create (or did), or the first line of its error.

        The document is copied into the repository and named as an officer would name it there, so
        that messages say "minutes.docx, paragraph 5", not a path in a temporary folder."""
        if not (repo / case.path.name).exists():
            shutil.copy(case.path, repo / case.path.name)
        here = Path.cwd()
        os.chdir(repo)
        try:
            code, out, err = self.invoke(*self.import_args(case, dry_run))
        finally:
            os.chdir(here)
        if code != 0:
            first = next((line for line in err.splitlines() if line.strip()), f"exit code {code}")
            first = first.removeprefix("Error: ")
            if first.startswith(case.path.name):  # "x.docx, paragraph 5: ..." or "x.txt:9: ..."
                rest = first[len(case.path.name) :]
                first = re.sub(r"^:(\d+):", r"line \1:", rest).lstrip(",: ") or first
            return [], first
        try:
            data = json.loads(out)
        except json.JSONDecodeError:
            return [], "the JSON output could not be read"
        return [as_expected(r) for r in data.get("create", [])], None


def as_expected(record: dict[str, Any]) -> Expected:
    number = int(str(record["id"]).rsplit("-", 1)[1])
    return Expected(meeting=str(record["meeting"]), number=number, item=record.get("item"), text=record["text"])


# ------------------------------------------------------------------------------ scoring


def is_exact(want: Expected, got: Expected) -> bool:
    return (
        want.meeting == got.meeting
        and want.number == got.number
        and fold(want.text) == fold(got.text)
        and (want.item is None or fold(want.item) == fold(got.item or ""))
    )


def likeness(want: Expected, got: Expected) -> float:
    text = difflib.SequenceMatcher(None, want.text.split(), got.text.split(), autojunk=False).ratio()
    return text + (0.01 if want.meeting == got.meeting else 0) + (0.01 if want.number == got.number else 0)


def compare(case: Case, created: list[Expected], refused: str | None) -> Score:
    score = Score(case, refused=refused)
    left = list(created)
    unmatched: list[Expected] = []
    for want in case.records:
        hit = next((got for got in left if is_exact(want, got)), None)
        if hit is None:
            unmatched.append(want)
        else:
            left.remove(hit)
            score.exact += 1
    pairs = sorted(
        ((likeness(w, g), i, j) for i, w in enumerate(unmatched) for j, g in enumerate(left)),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    used_w: set[int] = set()
    used_g: set[int] = set()
    for ratio, i, j in pairs:
        if ratio >= NEAR_ENOUGH and i not in used_w and j not in used_g:
            used_w.add(i)
            used_g.add(j)
            score.near.append((unmatched[i], left[j]))
    score.near.sort(key=lambda p: (p[0].meeting, p[0].number))
    score.missed = [w for i, w in enumerate(unmatched) if i not in used_w]
    score.junk = [g for j, g in enumerate(left) if j not in used_g]
    return score


def score_cases(cases: list[Case]) -> list[Score]:
    with tempfile.TemporaryDirectory(prefix="scrutrack-corpus-") as tmp:
        runner = Runner(Path(tmp))
        scores = []
        for case in cases:
            start = time.perf_counter()
            created, refused = runner.created(case, runner.fresh_repo())
            score = compare(case, created, refused)
            score.seconds = time.perf_counter() - start
            scores.append(score)
        return scores


def reimport_problems(cases: list[Case]) -> Iterator[str]:
    """Import each document for real, then again: the second time must create nothing."""
    with tempfile.TemporaryDirectory(prefix="scrutrack-corpus-") as tmp:
        runner = Runner(Path(tmp))
        for case in cases:
            repo = runner.fresh_repo()
            first, refused = runner.created(case, repo, dry_run=False)
            if refused is not None or not first:
                continue  # the reader cannot import it at all (the scores say so)
            again, refused = runner.created(case, repo, dry_run=False)
            if refused is not None:
                yield f"{case.name}: the second import failed: {refused}"
            elif again:
                yield f"{case.name}: the second import created {len(again)} more: {', '.join(g.label() for g in again)}"


# ------------------------------------------------------------------------------ the ratchet


def load_scores(path: Path = SCORES) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


HEAD = """\
# Each corpus document's score as last recorded (bench/corpus.py --record; `make corpus-record`).
# tests/test_corpus.py fails when a document scores worse: fewer exact, more junk, or refused.
# Record again after an improvement and commit this file with it.

"""


def write_scores(counts: dict[str, dict[str, Any]], path: Path = SCORES) -> None:
    import tomli_w

    path.write_text(HEAD + tomli_w.dumps(dict(sorted(counts.items()))), encoding="utf-8")


def worse_than_recorded(scores: list[Score], recorded: dict[str, dict[str, Any]]) -> list[str]:
    """One line for each document that scores worse than recorded, or is new, or went away."""
    problems = []
    names = {s.case.name for s in scores}
    for s in scores:
        was = recorded.get(s.case.name)
        now = s.counts()
        if was is None:
            problems.append(f"{s.case.name}: {NEW}")
            continue
        if now["exact"] < was["exact"]:
            problems.append(f"{s.case.name}: {now['exact']} exact, recorded {was['exact']}")
        if now["junk"] > was["junk"]:
            problems.append(f"{s.case.name}: {now['junk']} junk, recorded {was['junk']}")
        if now["refused"] and not was["refused"]:
            problems.append(f"{s.case.name}: refused ({s.refused}), recorded as read")
    problems += [f"{name}: recorded, but no longer in the corpus" for name in sorted(set(recorded) - names)]
    return problems


def better_than_recorded(scores: list[Score], recorded: dict[str, dict[str, Any]]) -> list[str]:
    better = []
    for s in scores:
        was = recorded.get(s.case.name)
        if was is None:
            continue
        now = s.counts()
        if now != was and not any(
            (now["exact"] < was["exact"], now["junk"] > was["junk"], now["refused"] and not was["refused"])
        ):
            better.append(s.case.name)
    return better


# ------------------------------------------------------------------------------ output

WIDTHS = (38, 4, 5, 4, 4, 4)  # document, expected, exact, near, missed, junk; the result takes the rest
TOTAL_WIDTH = 100


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def result_word(s: Score) -> str:
    if s.refused is not None:
        return "nothing found (right)" if not s.case.records else f"refused: {s.refused}"
    if s.fully_exact:
        return "exact"
    return ""


def table(scores: list[Score]) -> str:
    rest = TOTAL_WIDTH - sum(WIDTHS) - len(WIDTHS)
    head = ("Document", "Exp", "Exact", "Near", "Miss", "Junk")
    lines = [
        " ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(head, WIDTHS, strict=True)))
        + " Result"
    ]
    for s in scores:
        c = s.counts()
        cells = (cut(s.case.name, WIDTHS[0]), s.expected, c["exact"], c["near"], c["missed"], c["junk"])
        row = " ".join(
            str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(cells, WIDTHS, strict=True))
        )
        lines.append((row + " " + cut(result_word(s), rest)).rstrip())
    lines.append("")
    lines.extend(summary(scores))
    return "\n".join(lines)


def totals(scores: list[Score]) -> dict[str, Any]:
    expected = sum(s.expected for s in scores)
    exact = sum(s.exact for s in scores)
    return {
        "documents": len(scores),
        "expected": expected,
        "exact": exact,
        "exact_percent": round(100 * exact / expected, 1) if expected else 100.0,
        "near": sum(len(s.near) for s in scores),
        "missed": sum(len(s.missed) for s in scores),
        "junk": sum(len(s.junk) for s in scores),
        "refused": sum(1 for s in scores if s.counts()["refused"]),
        "fully_exact": sum(1 for s in scores if s.fully_exact),
        "structures": len({s.case.structure for s in scores}),
        "seconds": round(sum(s.seconds for s in scores), 2),
    }


def summary(scores: list[Score]) -> list[str]:
    t = totals(scores)
    lines = [
        f"Recommendations exact: {t['exact']} of {t['expected']} ({t['exact_percent']}%); "
        f"near {t['near']}, missed {t['missed']}, junk {t['junk']}.",
        f"Documents: {t['documents']} ({t['structures']} structures); refused {t['refused']}; "
        f"fully exact {t['fully_exact']}. Imports took {t['seconds']} s.",
    ]
    old = [s for s in scores if s.case.name.startswith("old/")]
    if old and len(old) < len(scores):
        for label, group in (("tests/data/corpus/", [s for s in scores if s not in old]), ("old/", old)):
            g = totals(group)
            lines.append(
                f"  {label:19} {g['exact']} of {g['expected']} exact ({g['exact_percent']}%), junk {g['junk']}, "
                f"refused {g['refused']} of {g['documents']}, fully exact {g['fully_exact']}."
            )
    return lines


def word_diff(want: str, got: str) -> str:
    a, b = fold(want).split(), fold(got).split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            words = a[i1:i2]
            out.append(" ".join(words) if len(words) <= 6 else " ".join([*words[:3], "…", *words[-3:]]))
        else:
            if i2 > i1:
                out.append("[-" + " ".join(a[i1:i2]) + "-]")
            if j2 > j1:
                out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def details(s: Score) -> list[str]:
    lines = [f"    refused: {s.refused}"] if s.refused else []
    for want, got in s.near:
        what = [
            f"{name} {getattr(want, name)!r} -> {getattr(got, name)!r}"
            for name in ("meeting", "number", "item")
            if getattr(want, name) is not None and getattr(want, name) != getattr(got, name)
        ]
        if fold(want.text) != fold(got.text):
            what.append("text: " + word_diff(want.text, got.text))
        lines.append(f"    near   {want.label()}: " + "; ".join(what))
    lines += [f"    missed {w.label()}: {cut(fold(w.text), 80)}" for w in s.missed]
    lines += [f"    junk   {g.label()}: {cut(fold(g.text), 80)}" for g in s.junk]
    return lines


def verbose_table(scores: list[Score]) -> str:
    out = table(scores).splitlines()
    body, tail = out[1 : 1 + len(scores)], out[1 + len(scores) :]
    lines = [out[0]]
    for row, s in zip(body, scores, strict=True):
        lines.append(row)
        lines.extend(details(s))
    return "\n".join(lines + tail)


def as_json(scores: list[Score]) -> str:
    def rec(e: Expected) -> dict[str, Any]:
        return {"meeting": e.meeting, "number": e.number, "item": e.item, "text": e.text}

    docs = [
        {
            "document": s.case.name,
            "path": str(s.case.path),
            "structure": s.case.structure,
            "expected": s.expected,
            **s.counts(),
            "refused_because": s.refused,
            "near_pairs": [{"expected": rec(w), "got": rec(g)} for w, g in s.near],
            "missed_records": [rec(w) for w in s.missed],
            "junk_records": [rec(g) for g in s.junk],
        }
        for s in scores
    ]
    return json.dumps({"documents": docs, "total": totals(scores)}, indent=2, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("paths", nargs="*", help="documents or expected files to score (default: the whole corpus)")
    parser.add_argument("--verbose", "-v", action="store_true", help="show what differs for each document")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--record", action="store_true", help="write the scores to tests/data/corpus/scores.toml")
    args = parser.parse_args(argv)
    cases = select(args.paths) if args.paths else all_cases()
    scores = score_cases(cases)
    if args.json:
        print(as_json(scores))
    else:
        print(verbose_table(scores) if args.verbose else table(scores))
    if args.record:
        # Scoring some documents records only theirs; scoring the whole corpus drops documents gone from it.
        kept = load_scores() if args.paths else {}
        write_scores(kept | {s.case.name: s.counts() for s in scores})
        print(f"Recorded in {SCORES.relative_to(ROOT)}.", file=sys.stderr)
    else:
        names = {s.case.name for s in scores}
        worse = worse_than_recorded(scores, {k: v for k, v in load_scores().items() if k in names})
        new = [line for line in worse if line.endswith(NEW)]
        worse = [line for line in worse if not line.endswith(NEW)]
        if worse:
            print("\nWorse than recorded:\n  " + "\n  ".join(worse), file=sys.stderr)
        if new:
            print(f"\n{len(new)} documents have no recorded score yet: {RECORD_HINT}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
