"""Whole outputs of `list`, `overdue` and `report` in every format, compared with checked-in files.

A change to a view's columns or to a writer shows in review as a diff of tests/golden/.
After an intended change: `pytest tests/test_golden.py --update-golden`, then read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import Invoke
from helpers import REPORT_AS_OF, REPORT_NEXT, REPORT_SINCE, SAMPLE_AS_OF, report_repo, sample_repo

from scrutrack.formats import cell_width

GOLDEN = Path(__file__).parent / "golden"
VIEWS = {
    "list": ("list",),
    "overdue": ("overdue", "--as-of", SAMPLE_AS_OF.isoformat(), "--within", "30"),
}
# variant: (extra arguments, environment)
VARIANTS: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    **{f"table-{w}": ((), {"COLUMNS": str(w)}) for w in (40, 60, 80, 120)},
    "terminal-80": ((), {"COLUMNS": "80", "SCRUTRACK_FORCE_TERMINAL": "1", "NO_COLOR": "", "TERM": "xterm-256color"}),
    "csv": (("--format", "csv"), {}),
    "markdown": (("--format", "markdown"), {}),
    "json": (("--format", "json"), {}),
}


@pytest.fixture
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = sample_repo(tmp_path / "sample")
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_whole_output_matches_the_golden_file(
    sample: Path,
    invoke: Invoke,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    view: str,
    variant: str,
) -> None:
    extra, env = VARIANTS[variant]
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = invoke(*VIEWS[view], *extra)
    expected = GOLDEN / f"{view}-{variant}.txt"
    if request.config.getoption("--update-golden"):
        expected.write_text(result.stdout, encoding="utf-8")
    assert expected.exists(), f"no {expected.name}: run pytest --update-golden and review it"
    assert result.stdout == expected.read_text(encoding="utf-8"), f"{expected.name} differs; see the diff above"
    if variant.startswith("table"):
        width = int(variant.split("-")[1])
        assert all(cell_width(line) <= width for line in result.stdout.splitlines()), variant
    assert ("\x1b[" in result.stdout) == (variant == "terminal-80")


# The report's text formats (Word is checked by structure in test_report.py).
REPORTS = {"report-markdown.txt": ("--format", "markdown"), "report-html.txt": ("--format", "html")}


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_report_matches_the_golden_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, invoke: Invoke, request: pytest.FixtureRequest, name: str
) -> None:
    monkeypatch.chdir(report_repo(tmp_path / "council"))
    period = ("--as-of", REPORT_AS_OF.isoformat(), "--since", REPORT_SINCE.isoformat())
    result = invoke("report", *period, "--next-meeting", REPORT_NEXT.isoformat(), *REPORTS[name])
    expected = GOLDEN / name
    if request.config.getoption("--update-golden"):
        expected.write_text(result.stdout, encoding="utf-8")
    assert expected.exists(), f"no {name}: run pytest --update-golden and review it"
    assert result.stdout == expected.read_text(encoding="utf-8"), f"{name} differs; see the diff above"


def test_golden_files_are_all_in_use() -> None:
    used = {f"{view}-{variant}.txt" for view in VIEWS for variant in VARIANTS} | set(REPORTS)
    assert {p.name for p in GOLDEN.iterdir()} == used, "remove golden files no test reads"


def test_no_color_means_no_escape_codes(sample: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCRUTRACK_FORCE_TERMINAL", "1")
    for no_color, term in (("1", "xterm"), ("", "dumb")):
        monkeypatch.setenv("NO_COLOR", no_color)
        monkeypatch.setenv("TERM", term)
        for args in VIEWS.values():
            assert "\x1b" not in invoke(*args).stdout
    assert os.environ["SCRUTRACK_FORCE_TERMINAL"] == "1"


@pytest.mark.parametrize("chunk", [1, 2])
@pytest.mark.parametrize("variant", ["table-40", "table-120", "terminal-80"])
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_a_table_written_in_parts_is_the_same_table(
    sample: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch, view: str, variant: str, chunk: int
) -> None:
    """Long tables are written a part at a time: the parts join into the golden output exactly
    (no header repeated, no blank line lost between blocks or sections)."""
    from scrutrack import formats

    monkeypatch.setattr(formats, "CHUNK", chunk)
    extra, env = VARIANTS[variant]
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = invoke(*VIEWS[view], *extra)
    assert result.stdout == (GOLDEN / f"{view}-{variant}.txt").read_text(encoding="utf-8")


def test_a_section_that_prints_nothing_adds_no_blank_line() -> None:
    """Sections are joined by one blank line; one without rows or `empty` text is not there at all."""
    from scrutrack.formats import Column, Section, View, text

    columns = (Column("ID", "id", str),)
    silent, shown = Section("a", "a", columns, ()), Section("b", "b", columns, ["x-1"], title="Rows")
    assert text(View((silent, shown, silent, shown)), 80) == "Rows\n\nID\nx-1\n\nRows\n\nID\nx-1\n"
