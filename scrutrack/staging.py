"""Imports all or nothing: new records staged in .scrutrack/stage/, moved into place together.

stage: an import writes each new record into its own folder, .scrutrack/stage/<name>/, laid out
as the repository is (records/<committee>/<id>.toml), and holds a lock on that folder while it
runs. Nothing in records/ has changed yet.

commit: once every record is staged and on disk, the manifest (READY: the source and the records)
is written atomically. That is the moment the import happens: each record is then linked into
place (never over an existing file) and its staged copy removed, and the folder goes.

SIGINT, SIGTERM and SIGHUP become an exception while the import stages (the stage is discarded:
no record is new) and are held back while it commits (every record is moved into place first).
A command killed outright (SIGKILL, a power cut) leaves its stage behind; the next command that
opens the repository (`recover`) finishes it if its manifest is there, else discards it, and
says which.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from scrutrack.errors import Interrupted, ScrutrackError
from scrutrack.files import STAGE_DIR, stage_root

if TYPE_CHECKING:
    from scrutrack.store import Repo

READY = "READY.json"
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


# ------------------------------------------------------------------------------ signals


class Signals:
    """SIGINT, SIGTERM and SIGHUP as Interrupted while work can still be undone; held back (the
    first one kept in `pending`) once `hold` is set. The handlers before are put back on exit.
    Outside the main thread (where Python cannot set handlers) signals keep their own way."""

    def __init__(self) -> None:
        self.hold = False
        self.pending: int | None = None
        self.received: int | None = None  # raised, and maybe swallowed where Python ignores exceptions
        self._before: dict[int, object] = {}
        self._hook = sys.unraisablehook

    def __enter__(self) -> Signals:
        try:
            for signum in SIGNALS:
                self._before[signum] = signal.signal(signum, self._handle)
        except ValueError:  # not the main thread
            self._restore()
        else:
            sys.unraisablehook = self._unraisable
        return self

    def __exit__(self, *exc: object) -> None:
        self._restore()

    def _restore(self) -> None:
        for signum, handler in self._before.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        self._before.clear()
        sys.unraisablehook = self._hook

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.hold:
            self.pending = self.pending or signum
            return
        self.received = self.received or signum
        raise Interrupted(signum, "before the import was complete; nothing was imported")

    def _unraisable(self, info: Any) -> None:
        """A signal that came while Python ran a callback whose exceptions it ignores (a module lock's
        clean-up): not printed as a traceback; `check` raises it before the import is committed."""
        if not isinstance(info.exc_value, Interrupted):
            self._hook(info)

    def check(self) -> None:
        """Raise a signal whose Interrupted was swallowed before it could stop the import."""
        if self.received is not None:
            raise Interrupted(self.received, "before the import was complete; nothing was imported")


# ------------------------------------------------------------------------------ the stage


class Stage:
    """One import's stage folder, locked while the import runs."""

    def __init__(self, root: Path, folder: Path, fd: int) -> None:
        self.root, self.folder, self.fd = root, folder, fd
        self.staged: list[str] = []  # paths relative to the root, in order

    @classmethod
    @contextlib.contextmanager
    def opened(cls, root: Path) -> Iterator[Stage]:
        """A new, locked stage folder; removed on the way out unless it was committed (a stage
        whose commit stopped midway is left for `recover` to finish)."""
        import fcntl
        import tempfile

        from scrutrack.cache import CACHE_DIR, make_folder
        from scrutrack.store import link_on_way

        where = stage_root(root)
        if link_on_way(root, where) is not None:
            raise ScrutrackError(f"{CACHE_DIR}/ is a link; scrutrack stages imports only in a real folder: remove it")
        # ^C, SIGTERM and SIGHUP wait (blocked) until the folder is made, locked and named, and is
        # removed on the way out: one that came in between had left a folder behind.
        before = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
        try:
            try:
                make_folder(root / CACHE_DIR)
                where.mkdir(mode=0o700, exist_ok=True)
                # Made under a name `recover` does not look at, locked, then given its real name: no
                # other command can take it for an abandoned stage in between.
                made = Path(tempfile.mkdtemp(prefix=".new-", dir=where))
                fd = os.open(made, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
            except OSError as exc:
                raise ScrutrackError(
                    f"cannot make a stage for the import in {'/'.join(STAGE_DIR)}/ ({exc.strerror or exc}); nothing was imported"
                ) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                folder = where / made.name.removeprefix(".new-")
                os.rename(made, folder)
                stage = cls(root, folder, fd)
                try:
                    signal.pthread_sigmask(signal.SIG_SETMASK, before)  # one that came meanwhile is raised here
                    yield stage
                finally:
                    if not os.path.exists(folder / READY):
                        stage.discard()
            finally:
                os.close(fd)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)

    def put(self, rel: str, data: bytes) -> None:
        """Stage one new file (rel: its path relative to the repository's root)."""
        path = self.folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "xb") as f:
            f.write(data)
        self.staged.append(rel)

    def commit(self, source: str, signals: Signals) -> tuple[list[Path], list[str]]:
        """Make the import happen: every staged file synced, the manifest written, then each
        file moved into place (see finish). Signals are held from the manifest on."""
        from scrutrack.files import write_text_atomic

        _sync(self.folder, self.staged)
        signals.check()
        signals.hold = True
        manifest = {"source": source, "records": self.staged}
        write_text_atomic(self.folder / READY, json.dumps(manifest, ensure_ascii=False) + "\n")
        return finish(self.root, self.folder, self.staged)

    def discard(self) -> None:
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)


def _sync(folder: Path, staged: Sequence[str]) -> None:
    """Every staged file and its folder on disk before the manifest says the import happened."""
    folders = {(folder / rel).parent for rel in staged}
    for rel in staged:
        fd = os.open(folder / rel, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    for f in folders:
        _fsync_dir(f)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def finish(root: Path, folder: Path, staged: Sequence[str]) -> tuple[list[Path], list[str]]:
    """Move each staged file into place (never over an existing file), then remove the stage:
    the paths placed, and the files left alone because a different one was already there."""
    placed: list[Path] = []
    kept: list[str] = []
    for rel in staged:
        src, dst = folder / rel, root / rel
        if not os.path.lexists(src):
            continue  # moved before the import was stopped
        dst.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, dst)
        except FileExistsError:
            if not _same(src, dst):
                kept.append(rel)
                continue
        except OSError:  # a file system without hard links
            from scrutrack.files import write_bytes_atomic

            try:
                write_bytes_atomic(dst, src.read_bytes(), create=True)
            except ScrutrackError:
                if not _same(src, dst):
                    kept.append(rel)
                    continue
        placed.append(dst)
        os.unlink(src)
    for parent in {p.parent for p in placed}:
        _fsync_dir(parent)
    import shutil

    os.unlink(folder / READY)  # first: a stage without it is never finished again
    shutil.rmtree(folder, ignore_errors=True)
    return placed, kept


def _same(a: Path, b: Path) -> bool:
    try:
        return a.read_bytes() == b.read_bytes()
    except OSError:
        return False


# ------------------------------------------------------------------------------ recovery


def recover(repo: Repo) -> list[str]:
    """Finish or discard the stages of imports that are no longer running (their lock is free):
    one with its manifest is finished (its import had happened), one without is discarded (it had
    not). What was done, a sentence each."""
    import fcntl

    where = stage_root(repo.root)
    try:
        names = sorted(n for n in os.listdir(where) if not n.startswith("."))
    except OSError:
        return []
    said: list[str] = []
    for name in names:
        folder = where / name
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            continue
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # an import running now
            if not os.path.isdir(folder):
                continue  # its import finished between the listing and the lock
            if (done := _recover_one(repo, folder)) is not None:
                said.append(done)
        finally:
            os.close(fd)
    with contextlib.suppress(OSError):
        where.rmdir()  # empty now
    return said


def _recover_one(repo: Repo, folder: Path) -> str | None:
    import shutil

    try:
        manifest = json.loads((folder / READY).read_text(encoding="utf-8"))
        source, staged = str(manifest["source"]), [str(r) for r in manifest["records"]]
    except FileNotFoundError:
        n = sum(1 for p in folder.rglob("*.toml"))
        shutil.rmtree(folder, ignore_errors=True)
        if not n:  # stopped as it began, or as it removed its stage after the last move: nothing to say
            return None
        return (
            f"Discarded an import that was stopped before it was complete ({n} record{'s' if n != 1 else ''} "
            "staged): none of its records had been written; run the import again"
        )
    except (OSError, ValueError, KeyError, TypeError):
        shutil.rmtree(folder, ignore_errors=True)
        return "Discarded a stage of an import whose manifest could not be read: none of its records had been written"
    if any(".." in Path(rel).parts or Path(rel).is_absolute() or not rel.startswith("records/") for rel in staged):
        shutil.rmtree(folder, ignore_errors=True)
        return "Discarded a stage of an import whose manifest names files outside records/; nothing was written"
    from scrutrack.saving import creating

    committees = [Path(rel).parts[1] for rel in staged if len(Path(rel).parts) > 2]
    with creating(repo, committees):
        waiting = sum(1 for rel in staged if os.path.lexists(folder / rel))
        _, kept = finish(repo.root, folder, staged)
    tail = ""
    if kept:
        tail = (
            f"; {len(kept)} not, because a different file now has its name (that one was kept: "
            f"{', '.join(kept[:3])}{' ...' if len(kept) > 3 else ''})"
        )
    return (
        f"Finished an import of {source} that was stopped as it moved its records into place: "
        f"{waiting} of its {len(staged)} records moved now{tail}"
    )
