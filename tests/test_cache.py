"""The read cache never lies: changes behind its back are seen, a corrupt or foreign cache is
rebuilt or ignored silently, and no process outlives a command."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from array import array
from datetime import date as D
from pathlib import Path

import pytest
from conftest import Invoke
from helpers import in_status, new_record, put

from scrutrack import cache as cache_module
from scrutrack import lifecycle as lc
from scrutrack.cache import UNKNOWN, Cache


def _overdue(invoke: Invoke, *extra: str) -> dict[str, list[str]]:
    data = json.loads(invoke("overdue", "--as-of", "2030-01-01", "--format", "json", *extra).stdout)
    return {i["id"]: [r["reason"] for r in i["reasons"]] for i in data["overdue"]}


def _owners(invoke: Invoke) -> dict[str, str]:
    import csv

    return {row["id"]: row["owner"] for row in csv.DictReader(invoke("list", "--format", "csv").stdout.splitlines())}


def test_changes_behind_the_cache_are_seen(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1", owner="Anna"))
    put(repo, in_status("referred", rid="cyp-2019-01-10-2"))
    assert _overdue(invoke) == {"cyp-2019-01-10-1": ["not-referred"], "cyp-2019-01-10-2": ["response"]}
    assert (repo / ".scrutrack" / "records.sqlite3").exists()

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


def _age(path: Path) -> None:
    """Make a file old enough for the cache to trust it (not racily clean)."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - 10**10))


def _age_all(repo: Path) -> None:
    for p in (repo / "records").rglob("*.toml"):
        _age(p)


def _cached_ids(repo: Path) -> list[str]:
    """The IDs the cache holds a trusted summary of (a file read too soon after a change is not)."""
    with contextlib.closing(sqlite3.connect(repo / ".scrutrack" / "records.sqlite3")) as db:
        folders = Cache(db).folders()
    return sorted(
        entry.id
        for folder in folders.values()
        for i, entry in enumerate(folder.entries)
        if entry is not None and folder.key(i) != UNKNOWN
    )


def test_corrupt_or_foreign_cache_is_rebuilt_silently(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1"))
    _age_all(repo)
    expected = _overdue(invoke)
    cache = repo / ".scrutrack" / "records.sqlite3"
    assert _cached_ids(repo) == ["cyp-2019-01-10-1"]
    good = cache.read_bytes()
    for junk in (b"", b"not a database", b"\x80\x05K\x01.", good[:100]):
        for extra in ("-wal", "-shm"):
            Path(f"{cache}{extra}").unlink(missing_ok=True)
        cache.write_bytes(junk)
        result = invoke("overdue", "--as-of", "2030-01-01", "--format", "json")
        assert result.stderr == ""
        assert {i["id"] for i in json.loads(result.stdout)["overdue"]} == set(expected)
    assert _cached_ids(repo) == ["cyp-2019-01-10-1"]  # rebuilt

    # A database that is not ours (here with a trigger that would plant a lie) is never used.
    cache.unlink()
    with contextlib.closing(sqlite3.connect(cache)) as db:
        db.execute("CREATE TABLE summaries (path TEXT PRIMARY KEY, key BLOB)")
        db.execute("CREATE TRIGGER t AFTER INSERT ON summaries BEGIN DELETE FROM summaries; END")
        db.execute("PRAGMA user_version = 2")
        db.commit()
    assert _overdue(invoke) == expected
    with contextlib.closing(sqlite3.connect(cache)) as db:
        assert [r[0] for r in db.execute("SELECT type FROM sqlite_master")] == ["table"]

    (repo / ".scrutrack").chmod(0o500)  # unwritable cache folder (unless root): still works, quietly
    try:
        cache.unlink()
        result = invoke("overdue", "--as-of", "2030-01-01", "--format", "json")
        assert result.stderr == "" and set(_overdue(invoke)) == set(expected)
    finally:
        (repo / ".scrutrack").chmod(0o700)

    # A cache that cannot be opened (even by root): the command works, and says why only if asked.
    for path in (repo / ".scrutrack").iterdir():
        path.unlink()
    cache.mkdir()
    assert invoke("overdue", "--as-of", "2030-01-01").stderr == ""
    assert "not using the cache: cannot open the cache" in invoke("overdue", "--as-of", "2030-01-01", "-v").stderr
    cache.rmdir()
    shutil.rmtree(repo / ".scrutrack")
    (repo / ".scrutrack").write_text("a file where the cache folder goes")
    assert _overdue(invoke) == expected
    assert "cannot make the cache folder" in invoke("list", "--verbose").stderr


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to give the folder away")
def test_a_cache_of_another_user_is_ignored(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1", owner="Anna"))
    _age_all(repo)
    invoke("list")
    # Another user's cache, holding a lie: it must not be read.
    cache = repo / ".scrutrack" / "records.sqlite3"
    with contextlib.closing(sqlite3.connect(cache)) as db:
        db.execute("UPDATE folders SET texts = replace(texts, 'Anna', 'Mallory')")
        db.commit()
    os.chown(repo / ".scrutrack", 12345, 12345)
    assert _owners(invoke)["cyp-2019-01-10-1"] == "Anna"
    assert "belongs to another user" in invoke("list", "-v").stderr


def test_the_cache_folder_is_private(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1"))
    invoke("list")
    assert (repo / ".scrutrack").stat().st_mode & 0o777 == 0o700


def test_nothing_is_written_when_nothing_changed(repo: Path, invoke: Invoke) -> None:
    for n in range(1, 21):
        put(repo, new_record(f"cyp-2019-01-10-{n}", owner="Anna"))
    _age_all(repo)
    invoke("list")
    folder = repo / ".scrutrack"

    def state() -> dict[str, tuple[int, int]]:
        return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}

    before = state()
    invoke("list")
    invoke("overdue")
    assert state() == before
    put(repo, in_status("referred", rid="cyp-2019-01-10-7"))
    _age(repo / "records/cyp/cyp-2019-01-10-7.toml")
    assert _overdue(invoke)["cyp-2019-01-10-7"] == ["response"]
    assert len(_cached_ids(repo)) == 20


def test_a_file_read_right_after_it_was_written_is_read_again(repo: Path, invoke: Invoke) -> None:
    """Racily clean: a write within the same clock tick as the read could keep the key."""
    put(repo, new_record("cyp-2019-01-10-1", owner="Anna"))
    invoke("list")
    assert _cached_ids(repo) == []  # just written: not trusted yet
    _age_all(repo)
    invoke("list")
    assert _cached_ids(repo) == ["cyp-2019-01-10-1"]


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


NO_LEFTOVERS = """
import ctypes, os, subprocess, sys, time
ctypes.CDLL(None).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER: orphans of the command become ours
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
time.sleep(0.2)
def parent(pid):
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1]
    except OSError:  # gone between the listing and the read
        return None
left = [p for p in os.listdir("/proc") if p.isdigit() and parent(p) == str(os.getpid())]
print(proc.returncode, len(proc.stdout), len(left))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="uses Linux's child subreaper")
def test_no_process_outlives_the_command(bundled: Path) -> None:
    exe = str(Path(sys.executable).parent / "scrutrack")
    for args in (["list"], ["overdue", "--as-of", "2019-04-30"], ["list", "--format", "csv", "--no-cache"]):
        got = subprocess.run(
            [sys.executable, "-c", NO_LEFTOVERS, exe, *args], cwd=bundled, capture_output=True, text=True
        )
        code, size, left = got.stdout.split()
        assert (code, left) == ("0", "0") and int(size) > 100, (args, got.stdout, got.stderr)


@pytest.mark.slow  # many rounds of edits, each read twice: make test-slow
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


def _cache_state(repo: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in (repo / ".scrutrack").iterdir()}


def test_a_folder_read_again_only_for_files_too_new_to_trust_is_not_rewritten(repo: Path, invoke: Invoke) -> None:
    for n in range(1, 6):
        put(repo, new_record(f"cyp-2019-01-10-{n}", owner="Anna"))
    _age_all(repo)
    invoke("list")
    assert len(_cached_ids(repo)) == 5
    put(repo, in_status("referred", rid="cyp-2019-01-10-3"))  # just written: racily clean
    assert _overdue(invoke)["cyp-2019-01-10-3"] == ["response"]
    assert _cached_ids(repo) == [f"cyp-2019-01-10-{n}" for n in (1, 2, 4, 5)]
    before = _cache_state(repo)
    assert _overdue(invoke)["cyp-2019-01-10-3"] == ["response"]  # read again, nothing new to store
    assert _cache_state(repo) == before


def _shared_index_out_of_range(numbers: bytes) -> str:
    """The numbers of a folder of two summaries, with the first record's committee (the first
    shared text, of one distinct value) said to be the value at 5."""
    ints = array("q", numbers)
    ints[2 * len(cache_module._NUMBERS)] = 5
    return f"x'{ints.tobytes().hex()}'"


def test_a_cached_folder_that_is_not_what_this_version_writes_is_read_afresh(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1", owner="Anna"))
    put(repo, new_record("cyp-2019-01-10-2", owner="Bert"))
    put(repo, in_status("referred", rid="hsc-2019-01-10-1"))
    _age_all(repo)
    expected = invoke("list", "--format", "json", "--no-cache").stdout
    assert invoke("list", "--format", "json").stdout == expected
    cache = repo / ".scrutrack" / "records.sqlite3"
    junk = [
        ("texts", "'a'"),  # fewer texts than summaries
        ("numbers", "x'0102'"),  # not whole 64-bit numbers
        ("numbers", "x''"),  # fewer numbers than summaries
        ("absent", "'[1, 2'"),  # not JSON
        ("absent", "'[\"x\"]'"),  # not positions
        ("names", "'cyp-2019-01-10-1.toml'"),  # fewer names than summaries
        ("problems", "'[]'"),  # not an object
        ("keys", "x'00'"),  # keys of the wrong length
        ("numbers", _shared_index_out_of_range),  # a shared text's number past its values
    ]
    for column, value in junk:
        with contextlib.closing(sqlite3.connect(cache)) as db:
            if callable(value):
                [old] = db.execute(f"SELECT {column} FROM folders WHERE folder = 'records/cyp/'").fetchone()
                value = value(old)
            db.execute(f"UPDATE folders SET {column} = {value} WHERE folder = 'records/cyp/'")
            db.commit()
        result = invoke("list", "--format", "json")
        assert (result.stdout, result.stderr) == (expected, ""), column
        assert _cached_ids(repo) == ["cyp-2019-01-10-1", "cyp-2019-01-10-2", "hsc-2019-01-10-1"]  # written again


def _first_owner_counted_from_the_end(numbers: bytes) -> bytes:
    """The numbers of a folder of two summaries, with the first record's owner said to be the
    value at -1: Python would take the last value (the other record's owner)."""
    ints = array("q", numbers)
    owner = cache_module._SHARED.index(cache_module._FIELDS.index("owner"))
    ints[2 * len(cache_module._NUMBERS) + owner * 2] = -1
    return ints.tobytes()


def test_a_cached_row_whose_indexes_or_problems_are_out_of_shape_is_read_afresh(repo: Path, invoke: Invoke) -> None:
    """Indexes into a row's values and its problems are checked as its lengths are: a negative
    index would count from the end (another record's owner), a position of a file with no summary
    outside the folder would move summaries between files, and a problem of another shape would
    stop the command with a traceback or print nonsense."""
    put(repo, new_record("cyp-2019-01-10-1", owner="Anna"))
    put(repo, new_record("cyp-2019-01-10-2", owner="Bert"))
    (repo / "records/cyp/cyp-2019-01-10-3.toml").write_text("broken = [")
    _age_all(repo)
    expected = invoke("list", "--format", "json", "--no-cache", code=1)
    invoke("list", "--format", "json", code=1)
    cache = repo / ".scrutrack" / "records.sqlite3"
    with contextlib.closing(sqlite3.connect(cache)) as db:
        row = db.execute("SELECT * FROM folders").fetchone()
    broken = '"cyp-2019-01-10-3.toml"'
    junk: list[tuple[str, object]] = [
        ("numbers", _first_owner_counted_from_the_end(row[4])),
        ("absent", "[-1]"),  # the file before last: its summary given to the broken file
        ("absent", "[3]"),  # past the last file
        ("problems", f"{{{broken}:5}}"),  # not a list of problems
        ("problems", f'{{{broken}:["xy"]}}'),  # a problem that is not [line, message]
        ("problems", f"{{{broken}:[[1,2]]}}"),  # a message that is not text
        ("problems", f'{{{broken}:[["1","x"]]}}'),  # a line that is not a number
    ]
    for column, value in junk:
        with contextlib.closing(sqlite3.connect(cache)) as db:
            db.execute(cache_module._PUT, row)
            db.execute(f"UPDATE folders SET {column} = ?", (value,))
            db.commit()
        result = invoke("list", "--format", "json", code=1)
        assert (result.stdout, result.stderr) == (expected.stdout, expected.stderr), (column, value)
        with contextlib.closing(sqlite3.connect(cache)) as db:
            assert db.execute("SELECT * FROM folders").fetchone() == row, (column, value)  # written again


def test_a_folder_that_is_gone_leaves_the_cache(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1"))
    put(repo, new_record("hsc-2019-01-10-1"))
    _age_all(repo)
    invoke("list")
    shutil.rmtree(repo / "records/hsc")
    assert list(_overdue(invoke)) == ["cyp-2019-01-10-1"]
    with contextlib.closing(sqlite3.connect(repo / ".scrutrack" / "records.sqlite3")) as db:
        assert [row[0] for row in db.execute("SELECT folder FROM folders")] == ["records/cyp/"]


def test_a_duplicate_id_in_two_folders_is_named_from_the_cache_as_from_the_files(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-1", owner="Anna"))
    twin = repo / "records/old/cyp-2019-01-10-1.toml"
    twin.parent.mkdir()
    twin.write_text((repo / "records/cyp/cyp-2019-01-10-1.toml").read_text().replace("Anna", "Bert"))
    _age_all(repo)
    fresh = invoke("list", "--format", "csv", "--no-cache", code=1)
    for _ in range(2):  # the first run fills the cache, the second reads from it
        result = invoke("list", "--format", "csv", code=1)
        assert (result.stdout, result.stderr) == (fresh.stdout, fresh.stderr)
    assert "duplicate ID 'cyp-2019-01-10-1': also claimed by records/old/cyp-2019-01-10-1.toml" in fresh.stderr
    assert ",Anna," in fresh.stdout and "Bert" not in fresh.stdout  # the first by path is kept


def test_a_file_deleted_or_moved_out_of_a_folder_leaves_its_row(repo: Path, invoke: Invoke) -> None:
    """Nothing else in the folder changed: its row is still rewritten, so that the next run finds
    it unchanged (one comparison) rather than matching its files one by one every time."""
    for n in range(1, 4):
        put(repo, new_record(f"cyp-2019-01-10-{n}", owner="Anna"))
    (repo / "records/old").mkdir()
    _age_all(repo)
    invoke("list")
    (repo / "records/cyp/cyp-2019-01-10-2.toml").unlink()
    (repo / "records/cyp/cyp-2019-01-10-3.toml").rename(repo / "records/old/cyp-2019-01-10-3.toml")
    assert list(_overdue(invoke)) == ["cyp-2019-01-10-1", "cyp-2019-01-10-3"]
    assert _cached_ids(repo) == ["cyp-2019-01-10-1", "cyp-2019-01-10-3"]
    with contextlib.closing(sqlite3.connect(repo / ".scrutrack" / "records.sqlite3")) as db:
        rows = dict(db.execute("SELECT folder, names FROM folders"))
    assert rows == {"records/cyp/": "cyp-2019-01-10-1.toml", "records/old/": "cyp-2019-01-10-3.toml"}


def test_every_summary_field_comes_back_from_the_cache_as_it_was_read(repo: Path, invoke: Invoke) -> None:
    """A folder mixing every kind of value a summary holds (set and unset, themes, non-ASCII,
    a timeline) with files that have no summary (broken, between the others by name) gives the
    same output from the cache as from the files."""
    put(repo, new_record("cyp-2019-01-10-1"))  # no item, owner or targets
    full = new_record(
        "cyp-2019-01-10-2", item="Children’s centres – review", owner="Zoë Ng", themes=("digital", "estates")
    )
    referred = lc.refer(full, D(2019, 1, 20), D(2019, 3, 20))
    put(repo, lc.respond(referred, D(2019, 2, 1), "accepted", "Agreed.", due=D(2019, 6, 30)))
    (repo / "records/cyp/cyp-2019-01-10-10.toml").write_text("broken = [")
    put(repo, new_record("cyp-2019-01-10-3", text="Line one.\n\nLine two, with a tab\there."))
    _age_all(repo)
    fresh = [invoke(*cmd, "--no-cache", code=1).stdout for cmd in COMMANDS]
    for _ in range(2):  # the first run fills the cache, the second reads from it
        assert [invoke(*cmd, code=1).stdout for cmd in COMMANDS] == fresh
    assert _cached_ids(repo) == ["cyp-2019-01-10-1", "cyp-2019-01-10-2", "cyp-2019-01-10-3"]


COMMANDS = [("list", "--format", "json"), ("overdue", "--as-of", "2019-03-01", "--format", "json", "--within", "400")]


def test_a_record_numbered_beyond_64_bits_is_read_without_the_cache(repo: Path, invoke: Invoke) -> None:
    big = "cyp-2019-01-10-" + "9" * 25
    put(repo, new_record(big))
    put(repo, new_record("hsc-2019-01-10-1"))
    _age_all(repo)
    fresh = invoke("list", "--format", "json", "--no-cache").stdout
    assert big in fresh
    for _ in range(2):
        result = invoke("list", "--format", "json", "-v")
        assert result.stdout == fresh
        assert "too large to cache" in result.stderr
    assert _cached_ids(repo) == ["hsc-2019-01-10-1"]


def test_a_file_or_folder_named_in_bytes_that_are_not_utf8_is_read_without_the_cache(
    repo: Path, invoke: Invoke
) -> None:
    """A name made on another system (Latin-1 'café', from a zip or a share) is not text SQLite
    can store: its folder is read afresh every time, and the command does not stop."""
    put(repo, new_record("cyp-2019-01-10-1"))
    put(repo, new_record("hsc-2019-01-10-1"))
    record = (repo / "records/cyp/cyp-2019-01-10-1.toml").read_bytes()
    try:
        os.mkdir(os.fsencode(repo / "records") + b"/caf\xe9")
        Path(os.fsdecode(os.fsencode(repo / "records/cyp") + b"/copy of caf\xe9.toml")).write_bytes(record)
    except OSError:  # a file system that takes only UTF-8 names
        pytest.skip("names must be UTF-8 here")
    Path(os.fsdecode(os.fsencode(repo / "records") + b"/caf\xe9/hsc-2019-01-10-2.toml")).write_bytes(
        (repo / "records/hsc/hsc-2019-01-10-1.toml").read_bytes().replace(b"-10-1", b"-10-2")
    )
    _age_all(repo)
    fresh = invoke("list", "--format", "json", "--no-cache", code=1)
    assert "copy of caf\\udce9.toml" in fresh.stderr and "hsc-2019-01-10-2" in fresh.stdout
    for _ in range(2):
        result = invoke("list", "--format", "json", "-v", code=1)
        assert result.stdout == fresh.stdout
        assert "not UTF-8" in result.stderr
    assert _cached_ids(repo) == ["hsc-2019-01-10-1"]


def test_the_cache_s_lists_of_summary_fields_agree_with_summary_s_types() -> None:
    """The cache stores a field by whether it is a number and whether it may be None; model
    lists those by hand (reading the annotations would cost every command 0.1 ms), so a field
    added to Summary must be added to them too."""
    import types
    import typing

    from scrutrack.model import SUMMARY_NUMBERS, SUMMARY_OPTIONAL, SUMMARY_SHARED, Summary

    hints = typing.get_type_hints(Summary)
    assert set(hints) == set(Summary._fields)
    assert {n for n, t in hints.items() if int in (t, *typing.get_args(t))} == SUMMARY_NUMBERS
    assert {n for n, t in hints.items() if types.NoneType in typing.get_args(t)} == SUMMARY_OPTIONAL
    assert {n for n in hints if n not in SUMMARY_NUMBERS} >= SUMMARY_SHARED  # shared values are texts
