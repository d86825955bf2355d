"""The import corpus (tests/data/corpus/): a ratchet on each document's score (re-imports: test_corpus_reimport.py).

bench/corpus.py scores every document with the real CLI; scores.toml records the scores. A document
that scores worse than recorded fails here; one that scores better asks to be recorded.
"""

from __future__ import annotations

import sys
import tomllib
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402  (bench/corpus.py: the scorer, shared with `make corpus`)

CORPUS = ROOT / "tests" / "data" / "corpus"


@pytest.fixture(scope="module")
def scores() -> list[corpus.Score]:
    return corpus.score_cases(corpus.all_cases())


def test_no_document_scores_worse_than_recorded(scores: list[corpus.Score]) -> None:
    recorded = corpus.load_scores()
    worse = corpus.worse_than_recorded(scores, recorded)
    assert not worse, (
        "corpus documents scoring worse than tests/data/corpus/scores.toml records:\n  "
        + "\n  ".join(worse)
        + f"\nSee them with `make corpus` (bench/corpus.py -v PATH). If the change is right, {corpus.RECORD_HINT}."
    )
    better = corpus.better_than_recorded(scores, recorded)
    if better:
        warnings.warn(
            f"{len(better)} corpus documents score better than recorded ({', '.join(better[:5])}...): {corpus.RECORD_HINT}",
            stacklevel=1,
        )


def test_every_document_has_its_expected_records_and_every_source_its_document() -> None:
    documents = {p.name for p in CORPUS.iterdir() if p.is_file()} - {
        "README.md",
        "scores.toml",
        "make_corpus.py",
    }
    expected = {p for p in documents if p.endswith(".expected.toml")}
    stems = {p.removesuffix(".expected.toml") for p in expected}
    orphans = sorted(d for d in documents - expected if d.split(".")[0] not in stems)
    assert not orphans, f"documents without an expected file: {orphans}"
    for source in (CORPUS / "src").iterdir():
        if source.is_file():
            stem = source.name.split(".")[0]
            assert any(d.startswith(stem + ".") for d in documents - expected), f"{source.name} is not built"
    for path in corpus.expected_files():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert data["structure"] and len(data["models"]) > 40, path.name
        assert data.get("command", "minutes") in ("minutes", "tracker"), path.name
        assert corpus.documents_of(path), f"{path.name} names no document"
        by_meeting: dict[str, list[int]] = {}
        for record in data.get("record", []):
            assert set(record) <= {"meeting", "number", "item", "text"}, (path.name, record)
            assert record["text"].strip().endswith((".", "?", ")")), (path.name, record["text"])
            by_meeting.setdefault(str(record["meeting"]), []).append(record["number"])
        for meeting, numbers in by_meeting.items():
            assert numbers == list(range(1, len(numbers) + 1)), f"{path.name}: {meeting} numbered {numbers}"


def exp(meeting: str, number: int, text: str, item: str | None = None) -> corpus.Expected:
    return corpus.Expected(meeting, number, item, text)


def test_the_scorer_tells_exact_near_missed_and_junk_apart() -> None:
    case = corpus.Case(
        path=CORPUS / "x.txt",
        name="x.txt",
        structure="s",
        models="m",
        command="minutes",
        args=(),
        records=(
            exp("2020-01-01", 1, "That officers write to the operator.", "Buses"),
            exp("2020-01-01", 2, "That the Cabinet reviews the bus subsidy before the budget is set."),
            exp("2020-01-01", 3, "That the Panel visits the depot."),
        ),
    )
    got = [
        exp("2020-01-01", 1, "That  officers write to the\noperator.\n", "Buses"),  # whitespace folds
        exp("2020-01-01", 2, "That the report be noted."),  # junk: like nothing expected
        exp("2020-01-01", 3, "That the Cabinet reviews the bus subsidy before the budget is set. Proposed by"),
    ]
    score = corpus.compare(case, got, None)
    assert score.exact == 1
    assert [(w.number, g.number) for w, g in score.near] == [(2, 3)]
    assert [w.number for w in score.missed] == [3]
    assert [g.text for g in score.junk] == ["That the report be noted."]
    assert "{+Proposed by+}" in corpus.word_diff(score.near[0][0].text, score.near[0][1].text)
    wrong_item = corpus.compare(case, [exp("2020-01-01", 1, "That officers write to the operator.", "Trains")], None)
    assert wrong_item.exact == 0 and len(wrong_item.near) == 1
    refused = corpus.compare(case, [], "no meeting date")
    assert refused.counts()["refused"] and refused.counts()["missed"] == 3
    nothing = corpus.compare(corpus.Case(case.path, "n", "s", "m", "minutes", (), ()), [], "no recommendations found")
    assert nothing.fully_exact and not nothing.counts()["refused"]


def test_the_table_fits_100_columns(scores: list[corpus.Score]) -> None:
    lines = corpus.verbose_table(scores).splitlines()
    assert max(len(line) for line in lines if not line.startswith("    ")) <= 100
    assert lines[0].split() == ["Document", "Exp", "Exact", "Near", "Miss", "Junk", "Result"]
    assert any(line.startswith("Recommendations exact: ") for line in lines[-5:])


def test_the_corpus_is_as_broad_as_issue_20_asks() -> None:
    own = [c for c in corpus.all_cases() if not c.name.startswith("old/")]
    formats: dict[str, int] = {}
    for case in own:
        kind = "tracker" if case.command == "tracker" else case.path.suffix.lstrip(".")
        formats[kind] = formats.get(kind, 0) + 1
    assert len(own) >= 40, len(own)
    assert len({c.structure for c in own}) >= 20
    assert formats["docx"] >= 12 and formats["pdf"] >= 10 and formats["html"] >= 10, formats
    assert formats["txt"] >= 4 and formats["tracker"] >= 4, formats
    assert sum(1 for c in own if not c.records) >= 2, "negative cases: documents that should give nothing"


def test_a_variant_rewrites_the_document_and_what_it_should_give(tmp_path: Path) -> None:
    import variants  # bench/variants.py: the corpus's text documents as other clerks write them

    document = tmp_path / "parks.txt"
    document.write_text(
        "Minutes of the Parks Panel held on 3 June 2025\n\n5. Bus shelter\nRESOLVED: That a roof be fitted.\n"
    )
    case = corpus.Case(
        document,
        "parks.txt",
        "s",
        "m",
        "minutes",
        (),
        (corpus.Expected("2025-06-03", 1, "Bus shelter", "That a roof be fitted."),),
    )
    made = dict(variants.variants_of(case, tmp_path / "out"))
    assert made["resolved-as-agreed"].path.read_text().endswith("AGREED: That a roof be fitted.\n")
    assert "5) Bus shelter" in made["numbers-bracketed"].path.read_text()
    assert "Item 5 – Bus shelter" in made["item-word"].path.read_text()
    assert [r.item for r in made["titles-in-capitals"].records] == ["BUS SHELTER"]
    assert "5. BUS SHELTER" in made["titles-in-capitals"].path.read_text()
