"""A read cache of parsed records under .scrutrack/ that can never lie.

Each file's entry is keyed by its path, size, mtime, ctime and inode (as git's index is), so any
change to a file, even one that restores its size and mtime, changes the key (ctime cannot be
set back). Entries whose mtime is too close to the moment the cache was written are not trusted
("racily clean" in git's words) and are re-read next time. An unreadable cache, or one from
another version, is ignored and rebuilt.
"""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path
from typing import Any

from scrutrack import __version__
from scrutrack.model import Summary
from scrutrack.store import FileProblem, summarize_files

CACHE_FILE = "records.pickle"
_FORMAT = ("scrutrack-cache", 3, __version__)
_RACY_NS = 3_000_000_000  # mtimes within 3 s of writing the cache are re-checked next time

Parsed = tuple[Summary | None, list[FileProblem]]


def _key(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _load(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            data = pickle.load(f)
        if isinstance(data, tuple) and len(data) == 2 and data[0] == _FORMAT and isinstance(data[1], dict):
            return data[1]
    except Exception:
        pass
    return {}


def cached_summaries(cache_dir: Path, root: Path, files: list[tuple[str, os.stat_result]]) -> list[Parsed]:
    """Summarise each file, taking unchanged ones from the cache; update the cache if anything changed.

    Summaries are stored as plain tuples (dates as ordinals): unpickling them is ten times faster
    than unpickling whole records.
    """
    path = cache_dir / CACHE_FILE
    old = _load(path)
    new: dict[str, Any] = {}
    out: list[Parsed | None] = []
    missing: list[tuple[int, str, tuple[int, int, int, int], int]] = []
    dirty = len(old) != len(files)
    for rel, st in files:
        key = _key(st)
        hit = old.get(rel)
        if hit is not None and hit[0] == key and not hit[1]:
            summary, problems = hit[2]
            out.append((Summary._make(summary) if summary is not None else None, problems))
            new[rel] = hit
        else:
            missing.append((len(out), rel, key, st.st_mtime_ns))
            out.append(None)
    if missing:
        dirty = True
        now = time.time_ns()
        fresh = summarize_files(root, [rel for _, rel, _, _ in missing])
        for (i, rel, key, mtime), (summary, problems) in zip(missing, fresh, strict=True):
            new[rel] = (key, now - mtime < _RACY_NS, (summary, problems))
            out[i] = (Summary._make(summary) if summary is not None else None, problems)
    if dirty:
        _save(cache_dir, path, new)
    return [p for p in out if p is not None]


def _save(cache_dir: Path, path: Path, entries: dict[str, Any]) -> None:
    try:
        cache_dir.mkdir(exist_ok=True)
        gitignore = cache_dir / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("*\n")
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump((_FORMAT, entries), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache we cannot write only costs speed
