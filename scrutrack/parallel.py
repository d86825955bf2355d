"""Spreading per-file work over the machine's cores when there are thousands of files.

Parsing TOML is most of the cost of reading every record; forked workers each take a slice of the
files and send back only compact results (problems, summaries as plain tuples). No worker outlives
the command: it waits for them, and a command that is killed takes its workers with it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_PER_WORKER = 1500  # below this, starting a worker costs more than it saves


def map_chunks(func: Callable[[Sequence[T]], list[R]], items: Sequence[T]) -> list[R]:
    """func over items, in forked workers when there are enough items and cores; order is kept."""
    workers = min(os.cpu_count() or 1, len(items) // MIN_PER_WORKER)
    if workers < 2 or os.environ.get("SCRUTRACK_NO_PARALLEL"):
        return func(items)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform
        return func(items)
    size = -(-len(items) // workers)
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    lifeline = os.pipe()  # its write end stays open in this process only: see _worker_start
    out: list[R] = []
    try:
        # The last chunk runs here while the others run in workers, one each.
        with ProcessPoolExecutor(
            len(chunks) - 1, mp_context=context, initializer=_worker_start, initargs=lifeline
        ) as pool:
            futures = [pool.submit(func, chunk) for chunk in chunks[:-1]]
            last = func(chunks[-1])
            for f in futures:
                out.extend(f.result())
    except (OSError, RuntimeError):  # could not start workers (limits, sandbox): do it here
        return func(items)
    finally:
        for fd in lifeline:
            os.close(fd)
    out.extend(last)
    return out


def _worker_start(read_end: int, write_end: int) -> None:
    """In a worker as it starts: ^C ends it at once, without a traceback (the command reports
    it), and so does the end of the command, however it ends (even killed): a thread waits on
    the lifeline, whose read returns when its write end closes with the command's process."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.close(write_end)

    def end_with_the_command() -> None:
        os.read(read_end, 1)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=end_with_the_command, daemon=True).start()
