"""Re-importing any corpus document creates nothing.

Its own file, so that pytest-xdist runs it on one core while tests/test_corpus.py scores the corpus on
another (each file's tests stay in one worker).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402  (bench/corpus.py: the scorer, shared with `make corpus`)


def test_reimporting_any_corpus_document_creates_nothing() -> None:
    # The older corpus (old/) is re-imported in every format by tests/test_import_documents.py.
    problems = list(corpus.reimport_problems([c for c in corpus.all_cases() if not c.name.startswith("old/")]))
    assert not problems, "\n".join(problems)
