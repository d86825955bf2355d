"""The read cache: the summary of each record file, a row per folder of them, in one SQLite table
under .scrutrack/.

Each file is keyed as git's index keys a file: its size, mtime, ctime and inode, packed into one
value. Any change to a file changes the key, even one that puts the size and mtime back (the
ctime cannot be set back). A file changed within a few seconds of being read is stored without
a key ("racily clean" in git's words: it could change again within the same clock tick without
changing its key), so it is read again next time.

A folder's row holds its files' names, their keys side by side in one value, and their summaries
a field at a time: the texts in one string (split on NUL, which no summary holds), with the texts
records share (committee, status, owner...) once a folder; the numbers in one array of 64-bit
integers. When no file in the folder changed (the usual case) the keys compare as one value and
the summaries are made by a few calls in C, with no Python work a file: in about half the time
JSON took. A change rewrites its folder's row.

SQLite, not pickle: loading it runs no code, and two commands writing at once are serialised by
its own locking (one transaction per update, WAL so that readers never wait for a writer). A
cache that cannot be opened, read, locked or written (a read-only folder, a network drive,
another user's folder, junk in the file) is simply not used: `problem` says why, for --verbose.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from array import array
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from scrutrack.model import SUMMARY_NUMBERS, SUMMARY_OPTIONAL, SUMMARY_SHARED, Summary

CACHE_DIR = ".scrutrack"  # in the repository root, git-ignored
FILE = "records.sqlite3"
# Stored as PRAGMA user_version; a cache of another version is rebuilt. FORMAT counts changes to
# how rows are written; the summary's fields (model.FIELDS) count by themselves: a field added to
# Summary makes a new version, so no cache written without it is read.
FORMAT = 9  # 9: bidi controls in summaries shown as escapes
VERSION = FORMAT * 1_000_000 + sum(i * ord(c) for i, c in enumerate(",".join(Summary._fields), 1)) % 1_000_000
RACY_NS = 3_000_000_000  # files changed this recently are read again next time
BUSY_MS = 250  # how long to wait for another command's write before giving up on the cache
KEY_SIZE = 32  # a packed stat key (store.STAT_KEY)
UNKNOWN = bytes(KEY_SIZE)  # the key stored for a file to read again next time: no file has it
_TABLE = (
    "CREATE TABLE folders (folder TEXT PRIMARY KEY, names TEXT NOT NULL, keys BLOB NOT NULL, "
    "texts TEXT NOT NULL, numbers BLOB NOT NULL, absent TEXT NOT NULL, problems TEXT NOT NULL) WITHOUT ROWID"
)
_PUT = "INSERT OR REPLACE INTO folders VALUES (?, ?, ?, ?, ?, ?, ?)"
SEP = "\0"  # between names, and between text fields: neither a file name nor a summary holds it
# Summary's fields by type: the numbers (dates as ordinals, and counts), the texts, and those
# that may be None, stored as "" (a text that is never "" otherwise) or -1 (a number never below 1).
_FIELDS = Summary._fields
_NUMBERS = [i for i, name in enumerate(_FIELDS) if name in SUMMARY_NUMBERS]
_TEXTS = [i for i, name in enumerate(_FIELDS) if name not in SUMMARY_NUMBERS]
_OPTIONAL = [i for i, name in enumerate(_FIELDS) if name in SUMMARY_OPTIONAL]
_SIGN = 7 if sys.byteorder == "little" else 0  # the byte of a stored number that holds its sign
_AS_NONE = {"": None, -1: None}.get  # a stored value as None; (value, value): any other as itself
# Texts that records share (a committee, a status, an owner) are stored once a folder, with a
# number a record saying which: a split makes an object a value, and making 60,000 of them was
# a quarter of the time it took to load 10,000 summaries. The other texts are stored a value a record.
_SHARED = [i for i in _TEXTS if _FIELDS[i] in SUMMARY_SHARED]
_OWN = [i for i in _TEXTS if i not in _SHARED]
# Fields (a tuple) as a Summary, in C: Summary._make would add a Python call a file.
summary_of = partial(tuple.__new__, Summary)


class Folder(NamedTuple):
    """One folder's record files, as cached."""

    names: list[str]  # sorted
    keys: bytes  # their stat keys, KEY_SIZE bytes each in the same order (UNKNOWN: read it again)
    entries: list[Summary | None]  # each file's summary, or None: not a valid record, or not known
    problems: dict[str, list[tuple[int | None, str]]]  # name -> (line, message) of a file that is not valid

    def key(self, i: int) -> bytes:
        return self.keys[i * KEY_SIZE : (i + 1) * KEY_SIZE]

    def without(self, files: Iterable[int]) -> Folder:
        """The folder as it is to be stored when these files are to be read again next time:
        their keys UNKNOWN, and nothing kept of them."""
        keys, entries, problems = bytearray(self.keys), list(self.entries), dict(self.problems)
        for i in files:
            keys[i * KEY_SIZE : (i + 1) * KEY_SIZE] = UNKNOWN
            entries[i] = None
            problems.pop(self.names[i], None)
        return Folder(self.names, bytes(keys), entries, problems)


class Cache:
    """An open cache. Every database error degrades to 'nothing cached' and is noted in `problem`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.problem: str | None = None

    def folders(self) -> dict[str, Folder]:
        """Every cached folder (its path ending in "/"). A row that is not what this version
        writes is left out, so its files are read and it is written again."""
        out: dict[str, Folder] = {}
        try:
            for folder, *row in self.conn.execute("SELECT * FROM folders"):  # each row's text let go once read
                found = _decoded(*row)
                if found is not None:
                    out[folder] = found
        except sqlite3.Error as exc:
            self.problem = f"cannot read the cache ({exc})"
            return {}
        return out

    def update(self, changed: Sequence[tuple[str, Folder]], gone: Iterable[str]) -> None:
        """Store the folders read this time and forget folders that are gone, in one transaction."""
        dropped = [(folder,) for folder in gone]
        if not changed and not dropped:
            return
        rows = []
        for folder, f in changed:
            try:
                row = (folder, *_encoded(f))
                (folder + row[1]).encode()  # SQLite stores text as UTF-8
            except OverflowError:  # a record numbered beyond 64 bits: its folder is read afresh every time
                self.problem = f"a record's number in {folder} is too large to cache"
            except UnicodeEncodeError:  # a name in bytes that are not UTF-8 (made on another system): the same
                self.problem = f"a name in {folder} is not UTF-8, which the cache cannot store"
            else:
                rows.append(row)
        try:
            self.conn.execute("BEGIN IMMEDIATE")  # wait (BUSY_MS) for another command's write
            self.conn.executemany(_PUT, rows)
            self.conn.executemany("DELETE FROM folders WHERE folder = ?", dropped)
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:  # locked by another command for too long, disk full, read-only
            self.problem = f"cannot update the cache ({exc})"
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()


def _encoded(f: Folder) -> tuple[str, bytes, str, bytes, str, str]:
    """A folder as its row's values after the folder's path: the texts are each record's own
    texts, a field at a time, then each shared field's distinct values; the numbers are the
    number fields, a field at a time, then for each shared field which value each record has,
    and last how many distinct values each shared field has."""
    columns = list(zip(*filter(None, f.entries), strict=True)) or [()] * len(_FIELDS)
    texts = [v for i in _OWN for v in columns[i]]
    numbers = [-1 if v is None else v for i in _NUMBERS for v in columns[i]]
    counts = []
    for i in _SHARED:
        index: dict[str | None, int] = {}
        numbers += [index.setdefault(v, len(index)) for v in columns[i]]
        texts += [v or "" for v in index]
        counts.append(len(index))
    absent = [i for i, e in enumerate(f.entries) if e is None]
    packed = array("q", numbers + counts).tobytes()
    return SEP.join(f.names), f.keys, SEP.join(texts), packed, _json(absent), _json(f.problems)


def _decoded(names: str, keys: bytes, texts: str, numbers: bytes, absent: str, problems: str) -> Folder | None:
    """A folder's row, or None if it is not what this version writes."""
    try:
        found = Folder(names.split(SEP) if names else [], keys, [], _loads(problems))
        n = len(found.names)
        gaps = sorted(_loads(absent))
        m = n - len(gaps)  # the files with a summary
        split = texts.split(SEP) if texts else []
        ints = array("q", numbers).tolist()
        counts = ints[len(ints) - len(_SHARED) :]
        shaped = len(ints) == m * (len(_NUMBERS) + len(_SHARED)) + len(_SHARED)
        shaped = shaped and len(split) == m * len(_OWN) + sum(counts)
        # The shared texts' indexes and counts: none negative (an index would count from the end),
        # seen in the sign byte of each number, in C.
        shaped = shaped and numbers[m * len(_NUMBERS) * 8 + _SIGN :: 8].isascii()
        # Each file with no summary is a different file of the folder.
        shaped = shaped and (not gaps or (gaps[0] >= 0 and gaps[-1] < n and len(set(gaps)) == len(gaps)))
        if not (shaped and len(keys) == n * KEY_SIZE and _problems_shaped(found.problems)):
            return None
        columns: list[list[Any]] = [[]] * len(_FIELDS)
        for k, i in enumerate(_OWN):
            columns[i] = split[k * m : (k + 1) * m]
        for k, i in enumerate(_NUMBERS):
            columns[i] = ints[k * m : (k + 1) * m]
        text_at, number_at = m * len(_OWN), m * len(_NUMBERS)
        for k, i in enumerate(_SHARED):
            values: list[Any] = split[text_at : text_at + counts[k]]
            text_at += counts[k]
            if i in _OPTIONAL:
                values = list(map(_AS_NONE, values, values))
            columns[i] = list(map(values.__getitem__, ints[number_at + k * m : number_at + (k + 1) * m]))
        for i in _OPTIONAL:
            if i not in _SHARED:
                columns[i] = list(map(_AS_NONE, columns[i], columns[i]))
        found.entries[:] = map(summary_of, zip(*columns, strict=True))  # in C: no Python work a file
        for i in gaps:  # files with no summary (not a valid record, or to read again)
            found.entries.insert(i, None)
    except (ValueError, TypeError, IndexError):
        return None
    return found


def _problems_shaped(problems: Any) -> bool:
    """Whether a row's problems are as this version writes them: name -> [[line or null, message], ...]."""
    return type(problems) is dict and all(
        type(pairs) is list
        and all(
            type(p) is list and len(p) == 2 and type(p[0]) in (int, type(None)) and type(p[1]) is str for p in pairs
        )
        for pairs in problems.values()
    )


def _json(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _loads(text: str) -> Any:
    """JSON text as data: the usual "[]" or "{}" without importing json (a millisecond a command)."""
    if text in ("[]", "{}"):
        return [] if text == "[]" else {}
    import json

    return json.loads(text)


def racy(mtime_ns: int, read_at_ns: int) -> bool:
    """Whether a file read at `read_at_ns` was modified too recently for its key to be trusted."""
    return read_at_ns - mtime_ns < RACY_NS


def open_cache(folder: Path) -> tuple[Cache | None, str | None]:
    """The cache in `folder` (made if missing), or None and why it cannot be used."""
    try:
        make_folder(folder)
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
        # A write is not flushed to the disk before the command goes on: a power cut can lose
        # the last one (WAL keeps the file whole), which costs a cache only a re-read.
        conn.execute("PRAGMA synchronous = NORMAL")
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


def make_folder(folder: Path) -> None:
    """.scrutrack/, private to its user (0700), ignoring itself in git (written atomically)."""
    if not folder.is_dir():
        folder.mkdir(mode=0o700)
    ignore = folder / ".gitignore"
    if not ignore.is_file() or ignore.read_bytes() != b"*\n":
        tmp = folder / f".gitignore.{os.getpid()}.tmp"
        tmp.write_bytes(b"*\n")
        os.replace(tmp, ignore)
