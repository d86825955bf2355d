"""Files handled safely: bounded reads that never block on a pipe or follow a link by mistake."""

from __future__ import annotations

import os
import stat
from pathlib import Path

MB = 1_000_000


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
