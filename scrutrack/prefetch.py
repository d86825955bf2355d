"""Scanning the records folder, and doing it in a forked child while the parent starts up.

Listing and stat-ing every record file is a tenth of a warm `overdue` at 10,000 records (half a
second at 100,000); importing Typer and Click takes about as long. For the commands that read
every record, the console script forks before those imports: the child scans and sends the
result down a pipe, and the store takes it instead of scanning again. Anything unexpected (no
fork, an error, another folder) and the store simply scans itself. Standard library only, and
no pathlib: this runs before anything else is imported.
"""

from __future__ import annotations

import marshal
import os
import struct
import sys

STAT_KEY = struct.Struct("<qqqq")  # size, mtime_ns, ctime_ns, inode: what says a file changed
CONFIG_NAME = "scrutrack.toml"
RECORDS_DIR = "records"
READERS = frozenset({"overdue", "list"})
_END = b"scrutrack-scan-end"

_pending: tuple[str, int, int] | None = None  # root, read end of the pipe, child pid


def scan(records_dir: str, prefix: str = f"{RECORDS_DIR}/") -> list[tuple[str, bytes]]:
    """Every *.toml below records_dir as (path relative to the repository root, packed stat), sorted."""
    found: list[tuple[str, bytes]] = []
    pack = STAT_KEY.pack

    def walk(folder: str, prefix: str) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        for entry in entries:
            name = entry.name
            if name.endswith(".toml"):
                if entry.is_file():
                    st = entry.stat()
                    found.append((prefix + name, pack(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)))
            elif not name.startswith(".") and entry.is_dir(follow_symlinks=False):
                walk(entry.path, f"{prefix}{name}/")

    walk(records_dir, prefix)
    found.sort()
    return found


def _root(argv: list[str]) -> str | None:
    explicit = os.environ.get("SCRUTRACK_REPO")
    for i, arg in enumerate(argv):
        if arg == "--repo" and i + 1 < len(argv):
            explicit = argv[i + 1]
        elif arg.startswith("--repo="):
            explicit = arg.split("=", 1)[1]
    if explicit:
        root = os.path.realpath(os.path.expanduser(explicit))
        return root if os.path.isfile(os.path.join(root, CONFIG_NAME)) else None
    return walk_up(os.getcwd())


def walk_up(start: str) -> str | None:
    """The nearest folder at or above `start` that holds scrutrack.toml (as git finds .git)."""
    folder = os.path.realpath(start)
    while True:
        if os.path.isfile(os.path.join(folder, CONFIG_NAME)):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def start(argv: list[str]) -> None:
    """Fork a child that scans the records, if this command reads them all and we can."""
    global _pending
    if len(argv) < 2 or argv[1] not in READERS or "--no-cache" in argv or not hasattr(os, "fork"):
        return
    if os.environ.get("SCRUTRACK_NO_PARALLEL"):
        return
    try:
        root = _root(argv)
        if root is None or not os.path.isdir(os.path.join(root, RECORDS_DIR)):
            return
        read, write = os.pipe()
        pid = os.fork()
    except OSError:
        return
    if pid == 0:  # the child: scan, send, and leave without running anything else
        try:
            os.close(read)
            data = marshal.dumps(scan(os.path.join(root, RECORDS_DIR))) + _END
            with os.fdopen(write, "wb") as out:
                out.write(data)
        finally:
            os._exit(0)
    os.close(write)
    _pending = (root, read, pid)


def take(root: str) -> list[tuple[str, bytes]] | None:
    """The child's scan of `root`'s records, or None (scan yourself). Only the first call gets it."""
    global _pending
    if _pending is None:
        return None
    started_for, read, pid = _pending
    _pending = None
    try:
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
    except OSError:
        return None
    if started_for != root or not data.endswith(_END):
        return None
    try:
        files = marshal.loads(data[: -len(_END)])
    except (ValueError, EOFError, TypeError):
        return None
    return files if isinstance(files, list) else None


def discard() -> None:
    """Reap a child whose scan was never taken (the command failed early)."""
    global _pending
    if _pending is not None:
        _, read, pid = _pending
        _pending = None
        try:
            os.close(read)
            os.waitpid(pid, 0)
        except OSError:
            pass


def main() -> None:
    """The console script: start the scan, then run the command line."""
    start(sys.argv)
    try:
        from scrutrack.cli import main as cli_main

        cli_main()
    finally:
        discard()
