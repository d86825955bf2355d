"""Hostile documents (issue 20, point 8), written by tests/data/make_hostile_documents.py: each import
ends within 30 s and 500 MB with one clear error line and nothing written, or a clean import of
exactly its recommendations; never a traceback.

Each file is imported by the real command, into a repository of its own, in a process of its own
whose address space is limited to 500 MB: forked from one process that loaded scrutrack and its
readers once, so the set takes seconds rather than a Python start-up a file. The fork's time and
peak memory are measured.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scrutrack.documents import Budget
from scrutrack.errors import InvalidInput
from scrutrack.readers import pdf

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
import make_hostile_documents as hostile

SECONDS, MEGABYTES = 30, 500
RUN = """
import json, os, resource, sys, time
from pathlib import Path
import lxml.html, pdfminer.high_level  # what the readers load: loaded once, before the forks
from scrutrack.cli import main

def run(args, cwd, err, limit):
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        if limit:
            resource.setrlimit(resource.RLIMIT_AS, (MB << 20, MB << 20))
        os.chdir(cwd)
        os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        sys.argv, code = ["scrutrack", *args], 1
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.stderr.flush()
            os._exit(code)
    while not (found := os.wait4(pid, os.WNOHANG))[0]:
        if time.monotonic() - start > SECONDS:
            os.kill(pid, 9)
            found = os.wait4(pid, 0)
            break
        time.sleep(0.002)
    return [os.waitstatus_to_exitcode(found[1]), Path(err).read_text(), time.monotonic() - start, found[2].ru_maxrss >> 10]

folder, results = Path(sys.argv[1]), {}
for name in sys.argv[2:]:
    repo = folder / (name + ".repo")
    run(["init", str(repo), "--committee", "cyp", "--name", "CYP"], folder, folder / "init.err", False)
    results[name] = run(["import", "minutes", str(folder / name), "--committee", "cyp"], repo, folder / (name + ".err"), True)
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str | int, list[object], list[Path]]]:
    """Every hostile file imported: what it must do, what it did (exit code, stderr, seconds, MB) and
    the record files it wrote."""
    folder = tmp_path_factory.mktemp("hostile")
    outcomes = hostile.write(folder)
    code = f"MB, SECONDS = {MEGABYTES}, {SECONDS}\n{RUN}"
    proc = subprocess.run(
        [sys.executable, "-c", code, str(folder), *outcomes], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)
    return {
        name: (outcomes[name], results[name], sorted((folder / f"{name}.repo" / "records").rglob("*.toml")))
        for name in outcomes
    }


@pytest.mark.parametrize("name", hostile.NAMES)
def test_a_hostile_document_ends_in_time_and_memory_with_one_clear_line(
    imported: dict[str, tuple[str | int, list[object], list[Path]]], name: str
) -> None:
    outcome, (code, err, seconds, megabytes), made = imported[name]
    print(f"{name}: exit {code}, {seconds:.2f} s, {megabytes} MB")
    assert isinstance(err, str) and "Traceback" not in err, err
    assert isinstance(seconds, float) and isinstance(megabytes, int)
    assert seconds < SECONDS and megabytes < MEGABYTES, (seconds, megabytes)
    if outcome == "error":
        assert (code, len(err.splitlines()), made) == (1, 1, []) and err.startswith("Error: "), err
    else:
        assert (code, len(made)) == (0, outcome), err


@pytest.mark.parametrize(
    "make",
    [lambda: hostile._compressed_page(b"q Q " * 2_000_000), lambda: hostile.pdf_long_character_map(200_000)],
    ids=["four-million-operators", "long-character-map"],
)
def test_pdf_parsing_without_end_stops_at_the_time_budget(make) -> None:  # type: ignore[no-untyped-def]
    # Four million 'q Q' operators on a page (a few KB packed) took pdfminer a minute, a font's
    # character map of 200,000 entries several seconds (a 100 MB one minutes), and the time budget was
    # checked only between pages; it is now checked as any object is parsed. (The budget is 20 s in
    # the command; a second here, so that the test is quick.)
    data = make()
    start = time.monotonic()
    with pytest.raises(InvalidInput, match="took more than"):
        pdf.read(data, "drawing.pdf", Budget("drawing.pdf", seconds=1.0))
    assert time.monotonic() - start < 5
