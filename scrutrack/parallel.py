"""Spreading per-file work over the machine's cores when there are thousands of files.

Parsing TOML is most of the cost of reading every record; forked workers each take a slice of the
files and send back only compact results (problems, summaries as plain tuples).
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
    out: list[R] = []
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            # The last chunk runs here while the others run in workers.
            futures = [pool.submit(func, chunk) for chunk in chunks[:-1]]
            last = func(chunks[-1])
            for f in futures:
                out.extend(f.result())
    except (OSError, RuntimeError):  # could not start workers (limits, sandbox): do it here
        return func(items)
    out.extend(last)
    return out
