"""The response corpus (tests/data/responses/): rows placed right, none wrong without doubt, and re-imports that add nothing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import responses as corpus  # noqa: E402  (bench/responses.py: the scorer, shared with `make responses`)

from scrutrack.matching import PLACE  # noqa: E402


@pytest.fixture(scope="module")
def scores() -> list[corpus.Score]:
    return corpus.score_cases(corpus.all_cases())


def test_rows_are_placed_right_and_none_wrong_without_doubt(scores: list[corpus.Score]) -> None:
    totals = corpus.totals(scores)
    notes = "\n".join(f"{s.case.name}: {n}" for s in scores for n in s.notes)
    assert totals["wrong"] == 0, notes
    assert totals["share_right"] >= corpus.FLOOR, notes
    assert totals["details"] == 0 and totals["refused"] == 0, notes


def test_the_threshold_separates_right_pairs_from_wrong_ones(scores: list[corpus.Score]) -> None:
    right = [s for sc in scores for s, ok in sc.likeness if ok]
    wrong = [s for sc in scores for s, ok in sc.likeness if not ok]
    assert right and wrong
    assert max(wrong) < PLACE <= min(right), corpus.thresholds(scores)


def test_the_corpus_is_as_broad_as_issue_24_asks() -> None:
    cases = corpus.all_cases()
    kinds = {c.path.suffix for c in cases}
    assert {".docx", ".pdf", ".html", ".xlsx", ".csv"} <= kinds
    rows = [row for c in cases for row in c.rows]
    assert any(len(row["records"]) > 1 for row in rows), "a row answering two recommendations"
    assert sum(1 for row in rows if not row["records"]) >= 3, "rows the matcher must not place"
    assert {row.get("outcome") for row in rows} >= {
        "accepted",
        "accepted-in-part",
        "accepted-in-principle",
        "rejected",
        "noted",
    }
    assert len({c.structure for c in cases}) == len(cases) >= 10


def test_importing_each_document_twice_adds_nothing(tmp_path: Path) -> None:
    runner = corpus.Runner(tmp_path)
    for case in corpus.all_cases():
        root = runner.repo(case)
        here = Path.cwd()
        os.chdir(root)
        try:
            args = ("import", "response", case.path.name, "--meeting", case.decided.isoformat(), *case.args)
            code, _, err = runner.invoke(*args)
            assert code == 0, (case.name, err)
            code, _, _ = runner.invoke("check")
            assert code == 0, case.name
            before = {p: p.read_bytes() for p in (root / "records").rglob("*.toml")}
            code, _, again = runner.invoke(*args)
        finally:
            os.chdir(here)
        assert code == 0 and "Nothing new recorded" in again, (case.name, again)
        assert {p: p.read_bytes() for p in (root / "records").rglob("*.toml")} == before, case.name
