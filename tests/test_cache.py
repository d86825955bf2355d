"""The read cache never lies: changes behind its back are seen, a corrupt cache is rebuilt silently."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from conftest import Invoke
from helpers import in_status, new_record, put


def _overdue(invoke: Invoke, *extra: str) -> dict[str, list[str]]:
    data = json.loads(invoke("overdue", "--as-of", "2030-01-01", "--format", "json", *extra).stdout)
    return {i["id"]: [r["reason"] for r in i["reasons"]] for i in data["overdue"]}


def _owners(invoke: Invoke) -> dict[str, str]:
    out = invoke("list", "--format", "csv").stdout.splitlines()[1:]
    return {line.split(",")[0]: line.split(",")[3] for line in out}


def test_changes_behind_the_cache_are_seen(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1", owner="Anna"))
    put(repo, in_status("referred", rid="cyp-2019-01-10-2"))
    assert _overdue(invoke) == {"cyp-2019-01-10-1": ["not-referred"], "cyp-2019-01-10-2": ["response"]}
    assert (repo / ".scrutrack" / "records.pickle").exists()

    # Same size, mtime put back: only ctime (and content) differ.
    path = repo / "records/cyp/cyp-2019-01-10-1.toml"
    st = path.stat()
    text = path.read_text()
    path.write_text(text.replace('owner = "Anna"', 'owner = "Bert"'))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
    assert _owners(invoke)["cyp-2019-01-10-1"] == "Bert"

    # Changed status, a new record, a deleted record.
    put(repo, in_status("closed", rid="cyp-2019-01-10-1"))
    put(repo, new_record("hsc-2019-02-01-1"))
    (repo / "records/cyp/cyp-2019-01-10-2.toml").unlink()
    assert _overdue(invoke) == {"hsc-2019-02-01-1": ["not-referred"]}
    assert _overdue(invoke, "--no-cache") == _overdue(invoke)

    # A file broken behind the cache's back is reported, not served from the cache.
    (repo / "records/hsc/hsc-2019-02-01-1.toml").write_text("broken = [")
    result = invoke("overdue", "--as-of", "2030-01-01", code=1)
    assert "records/hsc/hsc-2019-02-01-1.toml:1: TOML syntax" in result.stderr


def test_corrupt_or_foreign_cache_is_rebuilt_silently(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1"))
    expected = _overdue(invoke)
    cache = repo / ".scrutrack" / "records.pickle"
    for junk in (b"", b"not a pickle", b"\x80\x05K\x01.", cache.read_bytes()[:100]):
        cache.write_bytes(junk)
        result = invoke("overdue", "--as-of", "2030-01-01", "--format", "json")
        assert result.stderr == ""
        assert {i["id"] for i in json.loads(result.stdout)["overdue"]} == set(expected)
    (repo / ".scrutrack").chmod(0o500)  # unwritable cache folder: still works
    with contextlib.suppress(PermissionError):
        cache.unlink(missing_ok=True)
    try:
        assert _overdue(invoke) == expected
    finally:
        (repo / ".scrutrack").chmod(0o700)


def test_cache_folder_ignores_itself(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1"))
    invoke("list")
    assert (repo / ".scrutrack" / ".gitignore").read_text() == "*\n"


def test_parallel_reading_gives_the_same_answers(repo: Path, invoke: Invoke, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scrutrack import parallel

    for n in range(1, 9):
        put(repo, new_record(f"cyp-2019-01-10-{n}", owner=f"Officer {n}"))
    put(repo, in_status("referred", rid="hsc-2019-01-10-1"))
    (repo / "records/cyp/cyp-2019-01-10-9.toml").write_text("broken = [")
    monkeypatch.setenv("SCRUTRACK_NO_PARALLEL", "1")
    serial = [
        invoke("overdue", "--as-of", "2030-01-01", "--format", "json", "--no-cache", code=1).stdout,
        invoke("check", code=1).stdout,
    ]
    monkeypatch.delenv("SCRUTRACK_NO_PARALLEL")
    monkeypatch.setattr(parallel, "MIN_PER_WORKER", 1)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 3)
    forked = [
        invoke("overdue", "--as-of", "2030-01-01", "--format", "json", "--no-cache", code=1).stdout,
        invoke("check", code=1).stdout,
    ]
    assert forked == serial
    assert "records/cyp/cyp-2019-01-10-9.toml:1: TOML syntax" in forked[1]
    assert len(json.loads(forked[0])["overdue"]) == 9


def test_one_change_writes_a_small_delta_not_the_whole_cache(repo: Path, invoke: Invoke) -> None:
    for n in range(1, 41):
        put(repo, new_record(f"cyp-2019-01-10-{n}", owner="Anna"))
    invoke("list")
    base = repo / ".scrutrack" / "records.pickle"
    delta = repo / ".scrutrack" / "changes.pickle"
    # Age the files past the racy window so the next run trusts them.
    for p in (repo / "records/cyp").iterdir():
        os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns - 10**10))
    invoke("list")
    before = base.read_bytes()
    put(repo, in_status("referred", rid="cyp-2019-01-10-7"))
    assert _overdue(invoke)["cyp-2019-01-10-7"] == ["response"]
    assert base.read_bytes() == before and delta.exists()
    # The delta is read back: the changed record is still seen as it is now.
    assert _overdue(invoke)["cyp-2019-01-10-7"] == ["response"]
    # A record changed within the same clock tick as the cache read is never trusted.
    path = repo / "records/cyp/cyp-2019-01-10-8.toml"
    st = path.stat()
    _overdue(invoke)
    path.write_text(path.read_text().replace('owner = "Anna"', 'owner = "Zoe!"'))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _owners(invoke)["cyp-2019-01-10-8"] == "Zoe!"


def test_the_console_scripts_prefetched_scan_gives_the_same_answers(bundled: Path, tmp_path: Path) -> None:
    """The real console script forks a scan for list/overdue; the answers must not change."""
    import subprocess
    import sys

    exe = str(Path(sys.executable).parent / "scrutrack")
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    serial = {**env, "SCRUTRACK_NO_PARALLEL": "1"}
    for args, cwd in (
        (["overdue", "--as-of", "2019-04-30", "--format", "json"], bundled),
        (["list"], bundled),
        (["list", "--format", "csv", "--repo", str(bundled)], tmp_path),
    ):
        forked = subprocess.run([exe, *args], cwd=cwd, env=env, capture_output=True, text=True)
        plain = subprocess.run([exe, *args], cwd=cwd, env=serial, capture_output=True, text=True)
        assert forked.returncode == plain.returncode == 0, forked.stderr
        assert forked.stdout == plain.stdout and "cyp-2018-11-27-2" in forked.stdout
    (bundled / "records/cyp/cyp-2018-11-27-1.toml").unlink()  # a change right before a run is seen
    out = subprocess.run([exe, "list"], cwd=bundled, env=env, capture_output=True, text=True).stdout
    assert "cyp-2018-11-27-1" not in out and "cyp-2018-11-27-2" in out


def test_rounds_of_random_edits_always_give_what_reading_every_file_gives(repo: Path, invoke: Invoke) -> None:
    """Few edits take the cache's quick way (replace a few summaries); others the general way.
    Whatever the mix of edits, `list` and `overdue` with the cache equal reading every file."""
    import random

    statuses = ["agreed", "referred", "accepted", "in-progress", "closed"]
    rng = random.Random(7)
    paths = []
    for n in range(1, 41):
        rid = f"cyp-2019-01-10-{n}"
        paths.append(put(repo, in_status(rng.choice(statuses), rid=rid)))

    def age(path: Path) -> None:  # old enough to be trusted (not racily clean)
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - 10**10))

    for p in paths:
        age(p)

    def answers(*extra: str) -> tuple[str, str, int]:
        listing = invoke("list", "--format", "csv", *extra, code=None)
        late = invoke("overdue", "--as-of", "2019-06-01", "--format", "json", *extra, code=None)
        return listing.stdout + listing.stderr, late.stdout + late.stderr, listing.exit_code + late.exit_code

    assert answers() == answers("--no-cache")
    answers()  # a clean base
    for round_ in range(12):
        for path in rng.sample(paths, rng.choice([1, 1, 2, 3])):
            text = path.read_text()
            st = path.stat()
            kind = 0.85 if round_ in (3, 9) else rng.random()  # some rounds surely break a file
            if kind < 0.4:  # same size, mtime put back
                swapped = (
                    text.replace("circulate", "Circulate")
                    if "circulate" in text
                    else text.replace("Circulate", "circulate")
                )
                path.write_text(swapped)
                os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
            elif kind < 0.8:  # a real lifecycle change
                rid = path.stem
                put(repo, in_status(rng.choice(statuses), rid=rid))
                age(path)
            elif kind < 0.9:  # broken, then mended next round
                path.write_text("id = [\n")
            else:
                put(repo, new_record(path.stem, owner=f"Owner {round_}"))
        if round_ == 6:  # a record removed: the general way
            gone = paths[0].read_text()
            paths[0].unlink()
            assert answers() == answers("--no-cache"), round_
            paths[0].write_text(gone)
        assert answers() == answers("--no-cache"), round_
        for path in paths:  # mend what was broken
            if path.read_text().startswith("id = ["):
                put(repo, in_status("agreed", rid=path.stem))
                age(path)
        assert answers() == answers("--no-cache"), round_
