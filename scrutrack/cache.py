"""A read cache of record summaries under .scrutrack/ that can never lie.

Each file's entry is keyed by its size, mtime, ctime and inode (as git's index is), so any change
to a file, even one that restores its size and mtime, changes the key: ctime cannot be set back.
Entries whose mtime is too close to the moment they were read are not trusted ("racily clean"
in git's words) and are read again next time. An unreadable cache, or one from another version,
is ignored and rebuilt.

Layout, chosen for load speed: a base file of parallel arrays (paths joined by NUL, packed
stat keys end to end, racy flags, summaries) with the finished answer (the summaries
deduplicated and sorted, and the problems), and a small delta file with the entries that
changed since the base was written, so that one edited record does not rewrite the whole
cache. When nothing changed, the finished answer is returned as it was stored.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import time
from bisect import bisect_left
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple

from scrutrack import __version__
from scrutrack.model import Summary
from scrutrack.prefetch import STAT_KEY, Scan, entries
from scrutrack.store import FileProblem, summarize_files

BASE_FILE = "records.pickle"
DELTA_FILE = "changes.pickle"
_FORMAT = ("scrutrack-cache", 9, __version__)
_RACY_NS = 3_000_000_000  # mtimes within 3 s of reading a file are checked again next time
_DELTA_MAX = 0.05  # past this share of the records, rewrite the base instead of the delta

Parsed = tuple[Summary | None, list[FileProblem]]
Entry = tuple[bytes, bool, Summary | None, list[FileProblem], int]  # key, racy, summary, problems, base index
Finished = tuple[list[Summary], list[FileProblem]]  # the summaries to show, and every problem


class Stored(NamedTuple):
    """What the cache holds (the base, with the delta applied). Right for a scan equal to
    (names, keys) if `sure`; not sure when some file was read too soon after it was written
    (racily clean): it may have changed since without changing its key."""

    names: str
    keys: bytes
    finished: Finished
    sure: bool


def _mtime(key: bytes) -> int:
    return int(STAT_KEY.unpack(key)[1])


def _load(path: Path, kind: str) -> Any:
    try:
        with open(path, "rb") as f:
            data = pickle.load(f)
        if isinstance(data, tuple) and len(data) == 3 and data[0] == _FORMAT and data[1] == kind:
            return data[2]
    except Exception:  # a cache that cannot be read is rebuilt, whatever broke it
        pass
    return None


_deferred: list[Callable[[], None]] | None = None  # writes held back (see defer_writes)


def defer_writes() -> None:
    """Hold the cache's writes back until `finish_writes`: for a helper process that has an
    answer to deliver first (the cache only saves time, and the next run can wait for it)."""
    global _deferred
    _deferred = []


def finish_writes() -> None:
    """Do the writes held back, in order."""
    global _deferred
    pending, _deferred = _deferred or [], None
    for write in pending:
        write()


def _later(action: Callable[[], None]) -> None:
    if _deferred is None:
        action()
    else:
        _deferred.append(action)


def _write(cache_dir: Path, name: str, kind: str, payload: Any) -> None:
    _later(lambda: _write_now(cache_dir, name, kind, payload))


def _write_now(cache_dir: Path, name: str, kind: str, payload: Any) -> None:
    try:
        cache_dir.mkdir(exist_ok=True)
        gitignore = cache_dir / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("*\n")
        path = cache_dir / name
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump((_FORMAT, kind, payload), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache we cannot write only costs speed


Files = list[tuple[str, bytes]]


class Opened(NamedTuple):
    """The cache as read: the base and delta files' contents (None: missing, unreadable, from
    another version), and what they hold together."""

    base: Any
    delta: Any  # (whether the base's files, {path: Entry})
    held: Stored | None


def open_cache(cache_dir: Path) -> Opened:
    """Read the cache's files, once for everything that follows."""
    base = _load(cache_dir / BASE_FILE, "base")
    has_delta = (cache_dir / DELTA_FILE).exists()
    delta = _load(cache_dir / DELTA_FILE, "delta") if has_delta and base is not None else None
    return Opened(base, delta, _stored(base, has_delta, delta))


def _stored(base: Any, has_delta: bool, delta: Any) -> Stored | None:
    """What the cache holds, as far as it knows: the base's finished answer, with the summaries
    the delta replaced. None when that is not simply so (files added or removed since the base,
    an unreadable delta, a problem, a changed ID)."""
    if base is None:
        return None
    names, keys, racy, summaries, _, (items, problems) = base
    if not has_delta:
        return Stored(names, keys, (items, problems), not any(racy))
    if delta is None or problems or not delta[0]:  # unreadable, or not the base's files
        return None
    new_keys, new_racy, out = bytearray(keys), bytearray(racy), list(items)
    size = STAT_KEY.size
    for key, is_racy, new, probs, i in delta[1].values():
        if probs or not _put_in(out, summaries[i], new):
            return None
        new_keys[size * i : size * (i + 1)] = key
        new_racy[i] = is_racy
    return Stored(names, bytes(new_keys), (out, []), not any(new_racy))


def cached_summaries(
    cache_dir: Path,
    root: Path,
    list_files: Callable[[], Scan],
    finish: Callable[[Files, list[Parsed]], Finished],
    opened: Opened | None = None,
) -> Finished:
    """`finish` applied to the record files (from `list_files`, called once the cache is loaded)
    and their summaries, unchanged ones from the cache; the cache is updated if anything changed.
    `opened` is the cache as read already (open_cache)."""
    # Nothing loaded here forms reference cycles; the collector would only re-scan it all.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _cached(cache_dir, root, list_files, finish, opened or open_cache(cache_dir))
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _cached(
    cache_dir: Path,
    root: Path,
    list_files: Callable[[], Scan],
    finish: Callable[[Files, list[Parsed]], Finished],
    opened: Opened,
) -> Finished:
    scan = list_files()
    base, held = opened.base, opened.held
    if held is not None and held.sure and scan == (held.names, held.keys):  # the usual case
        return held.finished
    if base is not None and scan[0] == base[0]:  # the same files: most likely a few edited
        patched = _few_changed(cache_dir, root, scan, base, (opened.delta or (True, {}))[1])
        if patched is not None:
            return patched
    files = entries(scan)
    if base is not None:
        names, keys, racy, summaries, problems, _ = base
        rels = names.split("\0") if names else []
        index = {rel: i for i, rel in enumerate(rels)}
        delta: dict[str, Entry] = (opened.delta or (False, {}))[1]
    else:
        rels, keys, racy, summaries, problems, index, delta = [], b"", b"", [], {}, {}, {}
    out: list[Parsed | None] = []
    current: dict[str, Entry] = {}  # entries that differ from the base and still hold
    missing: list[tuple[int, str, bytes, int]] = []
    from_base = 0
    for rel, key in files:
        d = delta.get(rel)
        if d is not None:
            if d[0] == key and not d[1]:
                current[rel] = d
                out.append((d[2], d[3]))
                continue
        else:
            i = index.get(rel)
            if i is not None and not racy[i] and keys[32 * i : 32 * i + 32] == key:
                s = summaries[i]
                out.append((s, problems.get(i, [])))
                from_base += 1
                continue
        missing.append((len(out), rel, key, _mtime(key)))
        out.append(None)
    if missing:
        now = time.time_ns()
        fresh = summarize_files(root, [rel for _, rel, _, _ in missing])
        for (i, rel, key, mtime), (summary, probs) in zip(missing, fresh, strict=True):
            current[rel] = (key, now - mtime < _RACY_NS, summary, probs, index.get(rel, -1))
            out[i] = (summary, probs)
    stale = len(rels) - from_base - sum(1 for rel in current if rel in index)
    parsed = [p for p in out if p is not None]
    result = finish(files, parsed)
    if missing or current.keys() != delta.keys() or stale > len(files) * _DELTA_MAX:
        if base is not None and len(current) + stale <= max(200, len(files) * _DELTA_MAX):
            _write(cache_dir, DELTA_FILE, "delta", (scan[0] == base[0], current))
        else:
            _rewrite(cache_dir, files, parsed, current, result)
    return result


def _put_in(items: list[Summary], old: Summary | None, new: Summary | None) -> bool:
    """Replace `old` with `new` (same ID) in `items`, sorted by ID; False if that cannot be."""
    if old is None or new is None or new.id != old.id:
        return False
    at = bisect_left(items, old.id, key=attrgetter("id"))
    if at == len(items) or items[at] is not old:
        return False
    items[at] = new
    return True


def _differing(a: bytes, b: bytes) -> list[int]:
    """The indexes of the 32-byte keys that differ between two equally long runs of keys,
    compared a block at a time (a few hundred comparisons for 10,000 keys)."""
    size, step = STAT_KEY.size, STAT_KEY.size * 64
    found: list[int] = []
    for start in range(0, len(a), step):
        if a[start : start + step] != b[start : start + step]:
            for at in range(start, min(start + step, len(a)), size):
                if a[at : at + size] != b[at : at + size]:
                    found.append(at // size)
    return found


def _few_changed(cache_dir: Path, root: Path, scan: Scan, base: Any, delta: dict[str, Entry]) -> Finished | None:
    """The answer when the files are those of the base and few of them changed (an edit, a
    status update): the base's finished answer with those summaries replaced, found without a
    loop over every record. None when that cannot be done simply (a changed ID, a problem in a
    file, many changes); the caller then goes through every file."""
    names, keys, racy, summaries, _, (items, problems) = base
    new_keys = scan[1]
    if problems or len(keys) != len(new_keys):
        return None
    changed = set(_differing(keys, new_keys))
    at = racy.find(1)
    while at != -1:  # read too soon after a write: read again
        changed.add(at)
        at = racy.find(1, at + 1)
    if len(changed) > max(200, len(summaries) * _DELTA_MAX):
        return None
    rels = names.split("\0")
    size = STAT_KEY.size
    current: dict[str, Entry] = {}  # the entries that differ from the base: the new delta
    where: dict[str, int] = {}
    missing: list[int] = []
    for i in sorted(changed):
        rel, key = rels[i], new_keys[size * i : size * (i + 1)]
        where[rel] = i
        d = delta.get(rel)
        if d is not None and d[0] == key and not d[1]:
            current[rel] = d
        else:
            missing.append(i)
    if missing:
        now = time.time_ns()
        fresh = summarize_files(root, [rels[i] for i in missing])
        for i, (summary, probs) in zip(missing, fresh, strict=True):
            key = new_keys[size * i : size * (i + 1)]
            current[rels[i]] = (key, now - _mtime(key) < _RACY_NS, summary, probs, i)
    out = list(items)
    for rel, (_, _, new, probs, _) in current.items():
        if probs or not _put_in(out, summaries[where[rel]], new):
            return None  # the general way deals with problems, new IDs and duplicates
    if missing or current.keys() != delta.keys():
        _write(cache_dir, DELTA_FILE, "delta", (True, current))
    return out, []


def _rewrite(cache_dir: Path, files: Files, out: list[Parsed], current: dict[str, Entry], finished: Finished) -> None:
    """Write every entry into a new base file, and drop the delta."""
    now = time.time_ns()
    names = "\0".join(rel for rel, _ in files)
    keys = b"".join(key for _, key in files)
    racy = bytes((current[rel][1] if rel in current else now - _mtime(key) < _RACY_NS) for rel, key in files)
    summaries: list[Summary | None] = []
    problems: dict[int, list[FileProblem]] = {}
    for i, parsed in enumerate(out):
        summaries.append(parsed[0])
        if parsed[1]:
            problems[i] = parsed[1]
    _write(cache_dir, BASE_FILE, "base", (names, keys, racy, summaries, problems, finished))
    _later(lambda: _unlink(cache_dir / DELTA_FILE))


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
