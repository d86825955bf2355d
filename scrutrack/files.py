"""Files handled safely: bounded reads that never block on a pipe, atomic writes, locks, leftover temp files.

Locks are `fcntl.flock` (POSIX): the kernel drops them when a process dies, so a killed command
never leaves a stale lock behind, and they need no lock file beside the records (nothing to
ignore in git, nothing to clean up). A record is locked on its own inode; a folder (to choose the
next free number in it) on the folder itself.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from scrutrack.errors import AlreadyExists, InvalidInput, ScrutrackError

TEMP_SUFFIX = ".scrutrack-tmp"  # `init` and `git-setup` put `*.scrutrack-tmp` in .gitignore
# This version's temp files, and those of earlier versions (".<name>.toml.<8 random>.tmp").
TEMP_RE = r"^\..+(\.scrutrack-tmp|\.toml\.[A-Za-z0-9_]{8}\.tmp)$"
STALE_SECONDS = 60  # a temp file older than this and not locked was left by a write that died
LOCK_WAIT = 10.0  # seconds to wait for another command's change before giving up
MB = 1_000_000
# Where an import stages its records (staging.py) before they move in: inside the cache folder
# (cache.CACHE_DIR), which git ignores. Here, not in staging.py, so that every command can look for a
# stopped import's leftovers with one stat and without importing the staging machinery.
STAGE_DIR = (".scrutrack", "stage")


def stage_root(root: Path) -> Path:
    return root.joinpath(*STAGE_DIR)


class ReadRefused(Exception):
    """A file that is not read at all: the message says why, after the file's name."""

    def __init__(self, message: str, mode: int | None = None) -> None:
        super().__init__(message)
        self.mode = mode  # the file's type when that is why (None: its size, which may be cached)


def size_text(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{n:,} bytes"


def read_bytes(path: str | Path, limit: int, *, follow: bool = True, fd: int | None = None) -> bytes:
    """A regular file's bytes, refused (ReadRefused) if it is a pipe, device, folder or socket, a link
    when follow is False, or larger than `limit` bytes, before anything is read. OSError passes through.

    Opening never blocks (O_NONBLOCK: a pipe with no writer does not hang) and no more than limit + 1
    bytes are ever read, so a file that grows while it is read, or /dev/zero, cannot exhaust memory.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | (0 if follow else os.O_NOFOLLOW)
    own = fd is None
    if fd is None:
        try:
            fd = os.open(path, flags)
        except OSError as exc:
            if not follow and os.path.islink(path):
                raise ReadRefused(not_regular(stat.S_IFLNK), stat.S_IFLNK) from None
            raise exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadRefused(not_regular(st.st_mode), st.st_mode)
        if st.st_size > limit:
            raise ReadRefused(f"is {size_text(st.st_size)}, over the {size_text(limit)} limit")
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise ReadRefused(f"grew past the {size_text(limit)} limit while it was read")
        return data
    finally:
        if own:
            os.close(fd)


def not_regular(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "is a link"
    if stat.S_ISDIR(mode):
        return "is a folder"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    return "is a device, not a file"


# ------------------------------------------------------------------------------ locks


def lock(fd: int, what: str, wait: float | None = None) -> None:
    """Hold an exclusive flock on fd (released when fd is closed), waiting up to `wait` seconds
    (LOCK_WAIT by default)."""
    import fcntl

    wait = LOCK_WAIT if wait is None else wait
    deadline = time.monotonic() + wait
    delay = 0.002
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise ScrutrackError(
                    f"{what} is being changed by another scrutrack command that has not finished after "
                    f"{wait:.0f} seconds; try again, and if it persists look for a stuck scrutrack process"
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
        except OSError as exc:  # a file system without locks (some network drives)
            raise ScrutrackError(
                f"cannot lock {what} ({exc.strerror}); scrutrack needs file locks to change records safely, "
                "so work on a local copy of the repository"
            ) from None


def _unlocked(fd: int) -> bool:
    """Whether no process holds a lock on fd's file (tried, and let go at once)."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    fcntl.flock(fd, fcntl.LOCK_UN)
    return True


@contextlib.contextmanager
def locked_path(path: Path, what: str) -> Iterator[int]:
    """The file at `path` open (never through a link) and locked against every other scrutrack change.

    Writes replace a file (a new inode), so a command that waited checks that the file it locked is
    still the one at the path, and locks the new one if not: the lock survives atomic replacement.
    FileNotFoundError (or another OSError) if the file cannot be opened.
    """
    for _ in range(100):
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        try:
            lock(fd, what)
            held = os.fstat(fd)
            try:
                now = os.lstat(path)
            except FileNotFoundError:
                continue  # deleted while we waited: the next open says so
            if (now.st_ino, now.st_dev) != (held.st_ino, held.st_dev):
                continue  # replaced by another command's write while we waited: lock the new file
            yield fd
            return
        finally:
            os.close(fd)
    raise ScrutrackError(f"{what} kept being replaced while scrutrack waited to change it; try again")


@contextlib.contextmanager
def locked_folder(folder: Path, what: str) -> Iterator[int]:
    """The folder (made if missing) open and locked: one command at a time chooses a name in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    except (FileExistsError, NotADirectoryError):
        raise InvalidInput(f"cannot write in {what}: it is a file, not a folder; move it aside") from None
    except OSError as exc:
        raise InvalidInput(f"cannot write in {what} ({exc.strerror or exc}); nothing was changed") from None
    try:
        lock(fd, what)
        yield fd
    finally:
        os.close(fd)


# ------------------------------------------------------------------------------ temp files


def is_temp(name: str) -> bool:
    return re.match(TEMP_RE, name) is not None


def abandoned(path: Path, min_age: float = 0.0) -> bool:
    """A temp file that no write holds (its writer died), at least `min_age` seconds old."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or time.time() - st.st_mtime < min_age:
            return False
        return _unlocked(fd)
    finally:
        os.close(fd)


def sweep(folder: Path) -> list[str]:
    """Remove the temp files that writes which died left in folder (older than a minute and not
    locked); the names removed."""
    removed = []
    try:
        names = [n for n in os.listdir(folder) if is_temp(n)]
    except OSError:
        return []
    for name in names:
        path = folder / name
        if abandoned(path, STALE_SECONDS):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(name)
    return removed


# ------------------------------------------------------------------------------ writing


class Replaced(Exception):
    """The file was replaced by something that takes no scrutrack lock (git) since it was read."""


def write_text_atomic(
    path: Path, text: str, *, create: bool = False, sweep_first: bool = False, read: os.stat_result | None = None
) -> None:
    """Write text as UTF-8 with Unix newlines, atomically (see write_bytes_atomic)."""
    write_bytes_atomic(path, text.encode("utf-8"), create=create, sweep_first=sweep_first, read=read)


def write_bytes_atomic(
    path: Path, data: bytes, *, create: bool = False, sweep_first: bool = False, read: os.stat_result | None = None
) -> None:
    """Write via a temp file in the same folder, fsync, then rename: never half a file.

    With create=True the final step is a hard link, which fails if the file already exists,
    so two processes racing to create one record never overwrite each other. The file keeps
    the mode it had (a new one gets the usual 0666 less the umask). A disk error is a
    ScrutrackError naming the file, and leaves the old file as it was. The temp file is
    named `.<name>.<random>.scrutrack-tmp` (git-ignored) and locked while it exists, so that
    a later write can tell one left by a killed command (and, with sweep_first, remove it: only
    in records/, never in a folder of the user's such as an export's) from one in use. With
    `read` (the file's lstat when it was read), Replaced if the file is no longer that one just
    before it is replaced: git writes a merge's result without scrutrack's lock.
    """
    import fcntl
    import tempfile

    tmp = None
    fd = -1
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if sweep_first:
            sweep(path.parent)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
        fcntl.flock(fd, fcntl.LOCK_EX)  # ours; `check` and sweep() leave a locked temp file alone
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fchmod(fd, _mode_for(path))
        os.fsync(fd)
        if create:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise AlreadyExists(f"{path.name} already exists; nothing was written") from None
        else:
            if read is not None and _changed(path, read):
                raise Replaced(str(path))
            os.replace(tmp, path)
            tmp = None
    except OSError as exc:
        raise InvalidInput(f"cannot write {path} ({exc.strerror or exc}); nothing was changed") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if fd >= 0:
            os.close(fd)
    _fsync_dir(path.parent)


def _changed(path: Path, read: os.stat_result) -> bool:
    try:
        now = os.lstat(path)
    except OSError:
        return True
    return (now.st_ino, now.st_dev, now.st_mtime_ns, now.st_size) != (
        read.st_ino,
        read.st_dev,
        read.st_mtime_ns,
        read.st_size,
    )


def write_all_atomic(items: Sequence[tuple[Path, bytes]]) -> None:
    """Write several existing files at once, each atomically, with one flush to disk for all of them.

    Each file's new bytes go to a locked temp file beside it; then one `os.sync()` makes every temp
    file durable; then each is renamed over its file, and each folder is synced once. A crash at
    any moment leaves every file either as it was or whole and new, as write_bytes_atomic promises
    one file, for one sync in place of two fsyncs a file (collecting an update round writes
    thousands of records: the fsyncs were three quarters of its time). Locks on the files
    themselves are the caller's.
    """
    import fcntl
    import tempfile

    pending: list[tuple[int, str, Path]] = []
    try:
        for path, data in items:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
            pending.append((fd, tmp, path))
            fcntl.flock(fd, fcntl.LOCK_EX)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fchmod(fd, _mode_for(path))
        os.sync()
        while pending:
            fd, tmp, path = pending[0]
            os.replace(tmp, path)
            pending.pop(0)
            os.close(fd)
    except OSError as exc:
        where = pending[0][2] if pending else "a record"
        raise InvalidInput(
            f"cannot write {where} ({exc.strerror or exc}); the files not yet written are as they were"
        ) from None
    finally:
        for fd, tmp, _ in pending:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            os.close(fd)
    for folder in {path.parent for path, _ in items}:
        _fsync_dir(folder)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
