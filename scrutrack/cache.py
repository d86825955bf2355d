"""The read cache: a summary of each record file, in one SQLite table under .scrutrack/.

A file's row is keyed as git's index keys a file: its size, mtime, ctime and inode, packed into
one value. Any change to a file changes the key, even one that puts the size and mtime back (the
ctime cannot be set back). A file changed within a few seconds of being read is not stored
("racily clean" in git's words: it could change again within the same clock tick without
changing its key), so it is read again next time.

SQLite, not pickle: loading it runs no code, and two commands writing at once are serialised by
its own locking (one transaction per update, WAL so that readers never wait for a writer). A
cache that cannot be opened, read, locked or written (a read-only folder, a network drive,
another user's folder, junk in the file) is simply not used: `problem` says why, for --verbose.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from scrutrack.model import Summary

CACHE_DIR = ".scrutrack"  # in the repository root, git-ignored
FILE = "records.sqlite3"
VERSION = 4  # stored as PRAGMA user_version; a cache of another version is rebuilt
RACY_NS = 3_000_000_000  # files changed this recently are read again next time
BUSY_MS = 250  # how long to wait for another command's write before giving up on the cache
_COLUMNS = (
    "id TEXT, committee TEXT, meeting INTEGER, number INTEGER, item TEXT, kind TEXT, status TEXT, "
    "owner TEXT, due INTEGER, response_due INTEGER, review INTEGER, first INTEGER, last INTEGER, "
    "timeline TEXT, text TEXT, themes TEXT, path TEXT PRIMARY KEY, key BLOB NOT NULL, problems TEXT"
)  # the summary's fields in order, then the file's path and key, and a broken file's problems
PATH, KEY, PROBLEMS = len(Summary._fields), len(Summary._fields) + 1, len(Summary._fields) + 2  # in a row
_TABLE = f"CREATE TABLE summaries ({_COLUMNS}) WITHOUT ROWID"
_PUT = f"INSERT OR REPLACE INTO summaries VALUES ({', '.join('?' * 19)})"

# A valid record's row (its fields up to PATH) as its Summary, in C: Summary._make would add a
# Python call a row.
summary_of = partial(tuple.__new__, Summary)

# One cached file: its key, its summary (None if it is not a valid record) and, for a file
# that is not, its problems as (line, message) pairs.
Entry = tuple[bytes, Summary | None, list[tuple[int | None, str]]]


class Cache:
    """An open cache. Every database error degrades to 'nothing cached' and is noted in `problem`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.problem: str | None = None

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """Every stored file's row, in path order: the summary's fields, then path, key, problems.
        Read as they are used, so that the rows and the summaries made from them are not all
        in memory at once. A database error ends the rows early and is noted in `problem`."""
        try:
            yield from self.conn.execute("SELECT * FROM summaries ORDER BY path")
        except sqlite3.Error as exc:
            self.problem = f"cannot read the cache ({exc})"

    @staticmethod
    def problems(row: tuple[Any, ...]) -> list[tuple[int | None, str]]:
        """The problems of a file that is not a valid record, as (line, message)."""
        if row[PROBLEMS] is None:
            return []
        import json

        return [(line, message) for line, message in json.loads(row[PROBLEMS])]

    def update(self, fresh: Sequence[tuple[str, Entry]], gone: Iterable[str]) -> None:
        """Store the entries of files read this time and forget files that are gone, in one transaction."""
        rows: list[tuple[object, ...]] = []
        for path, (key, s, problems) in fresh:
            if s is None:
                import json  # only for broken files: not loaded on every command

                rows.append((*([None] * PATH), path, key, json.dumps(problems)))
            else:
                rows.append((*s, path, key, None))
        dropped = [(path,) for path in gone]
        if not rows and not dropped:
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")  # wait (BUSY_MS) for another command's write
            self.conn.executemany(_PUT, rows)
            self.conn.executemany("DELETE FROM summaries WHERE path = ?", dropped)
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:  # locked by another command for too long, disk full, read-only
            self.problem = f"cannot update the cache ({exc})"
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()


def racy(mtime_ns: int, read_at_ns: int) -> bool:
    """Whether a file read at `read_at_ns` was modified too recently for its key to be trusted."""
    return read_at_ns - mtime_ns < RACY_NS


def open_cache(folder: Path) -> tuple[Cache | None, str | None]:
    """The cache in `folder` (made if missing), or None and why it cannot be used."""
    try:
        _make_folder(folder)
        owner = folder.stat().st_uid
    except OSError as exc:
        return None, f"cannot make the cache folder {folder} ({exc.strerror or exc})"
    if hasattr(os, "getuid") and owner != os.getuid():
        return None, f"the cache folder {folder} belongs to another user"
    path = folder / FILE
    for attempt in (1, 2):
        try:
            return Cache(_connect(path)), None
        except sqlite3.OperationalError as exc:  # locked, read-only, cannot be opened
            return None, f"cannot open the cache {path} ({exc})"
        except sqlite3.DatabaseError as exc:  # junk, or another version's: start afresh once
            if attempt == 2 or not _remove(path):
                return None, f"cannot use the cache {path} ({exc})"
    raise AssertionError("unreachable")


class _Foreign(sqlite3.DatabaseError):
    """The file is a database, but not this version's cache."""


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_MS / 1000)
    try:
        conn.execute("PRAGMA page_size = 16384")  # for a new file: a quarter of the reads of 4 KiB pages
        if _state(conn) == "ours":
            return conn
        conn.execute("BEGIN IMMEDIATE")  # two first runs at once: one makes the table
        state = _state(conn)
        if state == "empty":
            conn.execute(_TABLE)
            conn.execute(f"PRAGMA user_version = {VERSION}")
        conn.execute("COMMIT")
        if state == "foreign":
            raise _Foreign("made by another version of scrutrack, or not a scrutrack cache")
        conn.execute("PRAGMA journal_mode = WAL")
        return conn
    except BaseException:
        conn.close()
        raise


def _state(conn: sqlite3.Connection) -> str:
    """'ours', 'empty' or 'foreign'. The schema must be exactly our table: no views, no triggers."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    schema = [row[0] for row in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")]
    if version == VERSION and schema == [_TABLE]:
        return "ours"
    return "empty" if not version and not schema else "foreign"


def _remove(path: Path) -> bool:
    try:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _make_folder(folder: Path) -> None:
    """.scrutrack/, private to its user (0700), ignoring itself in git (written atomically)."""
    if not folder.is_dir():
        folder.mkdir(mode=0o700)
    ignore = folder / ".gitignore"
    if not ignore.is_file() or ignore.read_bytes() != b"*\n":
        tmp = folder / f".gitignore.{os.getpid()}.tmp"
        tmp.write_bytes(b"*\n")
        os.replace(tmp, ignore)
