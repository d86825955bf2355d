"""Does the reader generalise beyond the wording of its corpus? Each plain-text or web-page document of
the corpus is rewritten as another clerk might have written the same minutes (another introducer,
another numbering, titles in capitals, lines wrapped shorter, Windows line endings), with the records
it should give changed to match, and scored as `make corpus` scores the original. A variant that scores
worse than its original names a form the reader does not yet read by structure.

    .venv/bin/python bench/variants.py            # the table of variants, then each regression
    .venv/bin/python bench/variants.py -v         # and what each regression made

`make variants` runs it. It is a measure, not a test: a regression here is a lead for a general rule.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Case, Expected, Runner, Score, all_cases, compare, details

# What an introducer can be replaced by without changing what was decided: (pattern, replacement).
_LINE = r"(?m)^(\s*)"
Rewrite = Callable[[str], str]


def _sub(pattern: str, repl: str) -> Rewrite:
    return lambda text: re.sub(pattern, repl, text)


def _wrap(text: str) -> str:
    """Every line longer than 60 characters wrapped at 60, as a narrower page would print it."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 60 or "|" in line or "\t" in line:
            out.append(line)
            continue
        indent = re.match(r"\s*", line)[0]  # type: ignore[index]
        out += textwrap.wrap(line, 60, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
    return "\n".join(out)


# name -> (rewrite of the document's text, rewrite of an expected item title or None)
VARIANTS: dict[str, tuple[Rewrite, Callable[[str], str] | None]] = {
    "resolved-as-agreed": (_sub(r"\bRESOLVED\b", "AGREED"), None),
    "resolved-sentence": (
        _sub(_LINE + r"RESOLVED\s*[:\-–—]?\s+(?:That|that)\s", r"\1It was resolved that "),
        None,
    ),
    "resolved-dash": (_sub(_LINE + r"RESOLVED\s*:", r"\1RESOLVED –"), None),
    "numbers-bracketed": (_sub(_LINE + r"(\d{1,3})\.(\s+)(?=[A-Z])", r"\1\2)\3"), None),
    "item-word": (_sub(_LINE + r"(\d{1,3})\.\s+([A-Z][^\n.:;]{2,70})$", r"\1Item \2 – \3"), None),
    "wrapped-at-60": (_wrap, None),
    "crlf": (lambda text: text.replace("\n", "\r\n"), None),
}
KINDS = (".txt", ".md")  # plain text: a rewrite of its words is a rewrite of the document


def titles_upper(case: Case, text: str) -> tuple[str, tuple[Expected, ...]] | None:
    """Each item title that stands on a line of its own printed in capitals, and expected so."""
    items = {r.item for r in case.records if r.item and r.item != r.item.upper()}
    changed = text
    for item in items:
        changed = re.sub(
            rf"(?m)^(\s*(?:\S+\s+)?){re.escape(item)}\s*$", lambda m, i=item: f"{m[1]}{i.upper()}", changed
        )
    if changed == text:
        return None
    shown = {i for i in items if i.upper() in changed}
    records = tuple(dataclasses.replace(r, item=r.item.upper() if r.item in shown else r.item) for r in case.records)
    return changed, records


def variants_of(case: Case, folder: Path) -> list[tuple[str, Case]]:
    text = case.path.read_text(encoding="utf-8")
    out = []
    rewrites: list[tuple[str, str, tuple[Expected, ...]]] = [
        (name, rewrite(text), case.records) for name, (rewrite, _) in VARIANTS.items()
    ]
    if upper := titles_upper(case, text):
        rewrites.append(("titles-in-capitals", *upper))
    for name, changed, records in rewrites:
        if changed == text:
            continue  # the document has no such form to rewrite
        path = folder / name / case.path.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(changed.encode("utf-8"))
        out.append((name, dataclasses.replace(case, path=path, records=records)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="show what each regression made")
    args = parser.parse_args(argv)
    cases = [c for c in all_cases() if c.path.suffix in KINDS and c.command == "minutes" and c.records]
    with tempfile.TemporaryDirectory(prefix="scrutrack-variants-") as tmp:
        runner = Runner(Path(tmp) / "run")
        base = {c.name: compare(c, *runner.created(c, runner.fresh_repo())) for c in cases}
        totals: dict[str, list[int]] = {}
        worse: list[tuple[str, Score, Score]] = []
        for case in cases:
            for name, variant in variants_of(case, Path(tmp) / "variants" / case.path.stem):
                score = compare(variant, *runner.created(variant, runner.fresh_repo()))
                t = totals.setdefault(name, [0, 0, 0, 0])
                t[0] += 1
                t[1] += score.exact
                t[2] += score.expected
                t[3] += len(score.junk)
                was = base[case.name]
                if score.exact < was.exact or len(score.junk) > len(was.junk):
                    worse.append((name, was, score))
    print(f"{'Variant':22} {'Docs':>5} {'Exact':>11} {'Junk':>5}")
    for name, (docs, exact, expected, junk) in totals.items():
        print(f"{name:22} {docs:>5} {exact:>5}/{expected:<5} {junk:>5}")
    base_exact = sum(s.exact for s in base.values())
    print(f"\nOriginals: {base_exact} of {sum(s.expected for s in base.values())} exact, {len(cases)} documents.")
    print(f"Variants scoring worse than their original: {len(worse)}")
    for name, was, score in worse:
        print(
            f"  {name}: {was.case.name}: exact {was.exact} -> {score.exact}, junk {len(was.junk)} -> {len(score.junk)}"
        )
        if args.verbose:
            print("\n".join(f"    {line}" for line in details(score)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
