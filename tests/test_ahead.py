"""The console script works out `list` and `overdue` in a forked child while Typer loads.

The answer is used only when the query the command builds from Typer's parse is equal to the
one the child built from its own reading of the command line, so the tests check both halves:
that the queries agree for the command lines people type (else the work ahead is wasted), and
that whole runs of the real console script print exactly what a run without it prints.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke

from scrutrack import prefetch, reports

EXE = str(Path(sys.executable).parent / "scrutrack")

SHAPES = [
    ["overdue", "--as-of", "2019-04-30"],
    ["overdue", "--as-of=2019-04-30", "-f", "json"],
    ["overdue", "--within", "30", "--as-of", "2019-01-15", "--format", "markdown"],
    ["overdue", "--owner", "anna", "--committee", "cyp", "--fail-if-any", "--as-of", "2019-04-30"],
    ["overdue", "--format=csv", "--as-of", "2019-04-30"],
    ["overdue"],
    ["list"],
    ["list", "--status", "referred", "--status", "accepted", "-f", "csv"],
    ["list", "--committee", "cyp", "--meeting", "2018-11-27", "--format", "markdown"],
    ["list", "--format", "json"],
]


@pytest.mark.parametrize("argv", SHAPES, ids=" ".join)
def test_the_childs_query_is_the_commands_query(
    argv: list[str], bundled: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[Any, ...]] = []
    monkeypatch.setattr(prefetch, "answer", lambda command, query: seen.append(tuple(query)))
    result = invoke(*argv, code=None)
    found = prefetch.options(["scrutrack", *argv])
    assert found is not None
    ahead = reports.ahead(str(bundled.resolve()), argv[0], found)
    assert ahead is not None and seen == [ahead[0]]
    text, _, code = ahead[1]
    assert (result.stdout, result.exit_code) == (text, code) and text


@pytest.mark.parametrize(
    "argv",
    [
        ["overdue", "--help"],
        ["overdue", "--as-of"],  # a value missing
        ["overdue", "--as-of", "2019-01-01", "--as-of", "2019-02-02"],  # Click takes the last; not guessed
        ["overdue", "-f=json"],  # Click reads "=json"
        ["overdue", "--no-such-option", "1"],
        ["list", "--", "x"],
        ["list", "--fail-if-any"],  # overdue's flag
    ],
    ids=" ".join,
)
def test_command_lines_it_is_not_sure_of_are_left_to_typer(argv: list[str]) -> None:
    assert prefetch.options(["scrutrack", *argv]) is None


def _run(args: list[str], cwd: Path, **env: str) -> tuple[str, str, int]:
    full = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", **env}
    p = subprocess.run([EXE, *args], cwd=cwd, env=full, capture_output=True, text=True)
    return p.stdout, p.stderr, p.returncode


def test_whole_runs_print_what_a_run_without_the_child_prints(bundled: Path) -> None:
    (bundled / "records/cyp/broken.toml").write_text("id = [\n")
    cases = [
        *SHAPES,
        ["overdue", "--as-of", "2019-13-01"],  # a mistake: the child gives up, the command explains
        ["list", "--committee", "nope"],
        ["list", "--owner", "nobody at all"],
    ]
    for args in cases:
        forked = _run(args, bundled)
        serial = _run(args, bundled, SCRUTRACK_NO_PARALLEL="1")
        assert forked == serial, args
        assert "Traceback" not in forked[1]
    out, err, code = _run(["overdue", "--as-of", "2019-04-30"], bundled)
    assert "cyp-2018-11-27-2" in out and "broken.toml" in err and code == 1


def test_the_childs_early_answer_from_the_cache_is_dropped_when_a_record_changed(bundled: Path) -> None:
    """The child answers from the cache while the scan runs; a change the scan sees wins, and
    the answer made again from the first (patched report, reused rows) is what a fresh one is."""
    import time

    commands = [["overdue", "--as-of", "2019-04-30", "-f", "json"], ["overdue", "--as-of", "2019-04-30"], ["list"]]
    first = [_run(args, bundled, COLUMNS="300") for args in commands]
    time.sleep(3.1)  # past the cache's racy window: the next run stores a clean base
    assert [_run(args, bundled, COLUMNS="300") for args in commands] == first
    assert [_run(args, bundled, COLUMNS="300") for args in commands] == first  # from the stored answer
    path = bundled / "records/cyp/cyp-2018-11-27-2.toml"
    for old, new in (("Priority 7", "Priority 8"), ("Priority 8", "Priority 9")):  # a base, then a delta
        st = path.stat()
        path.write_text(path.read_text().replace(old, new))  # same size
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # the mtime put back; the ctime moved on
        assert path.stat().st_size == st.st_size
        for args in commands:
            after = _run(args, bundled, COLUMNS="300")  # wide enough to show the whole text
            assert new in after[0] and old not in after[0]
            assert after == _run(args, bundled, COLUMNS="300", SCRUTRACK_NO_PARALLEL="1")


def test_a_corrupt_cache_is_rebuilt_silently_by_the_console_script_too(bundled: Path) -> None:
    """The helpers read the cache first; junk in either cache file never shows."""
    args = ["overdue", "--as-of", "2019-04-30"]
    expected = _run(args, bundled, SCRUTRACK_NO_PARALLEL="1")
    assert expected[2] == 0
    path = bundled / "records/cyp/cyp-2018-11-27-2.toml"
    for name in ("records.pickle", "changes.pickle"):
        for junk in (b"", b"junk", b"\x80\x05K\x01.", b"\x80\x05\x95"):
            _run(args, bundled)
            path.write_text(path.read_text())  # a change, so that a delta is written
            _run(args, bundled)
            (bundled / ".scrutrack" / name).write_bytes(junk)
            assert _run(args, bundled) == expected, (name, junk)
