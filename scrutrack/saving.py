"""Changing the repository on disk: a record changed under its lock, new records numbered under
their folder's lock, every record written canonically and atomically, and the two other files
scrutrack writes (scrutrack.toml's last_report, the .gitignore lines). store.py finds and reads."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TypeVar

from scrutrack import tomlread
from scrutrack.errors import AlreadyExists, BrokenRecord, ConfigError, InvalidInput, RecordNotFound, ScrutrackError
from scrutrack.files import ReadRefused, Replaced, locked_folder, locked_path, read_bytes, sweep
from scrutrack.files import write_bytes_atomic as write_bytes_atomic  # where every write goes
from scrutrack.files import write_text_atomic as write_text_atomic
from scrutrack.model import Record
from scrutrack.store import (
    BOM,
    CONFIG_NAME,
    MAX_CONFIG_BYTES,
    RawText,
    Repo,
    broken_record,
    find_file,
    link_on_way,
    parse_text,
    read_file,
    read_text,
    refuse_links,
    resolve_id,
)

# Lines `init` and `git-setup` put in .gitignore: the cache, and temp files of interrupted writes.
GITIGNORE_LINES = (".scrutrack/", "*.scrutrack-tmp")


# ------------------------------------------------------------------------------ changing records
#
# Every read-modify-write of a record holds an flock on the record file itself (files.lock) and
# reads the record again under it, so two commands changing one record at once both land: the
# second waits, then applies its change to what the first wrote. Writes replace the file (a new
# inode), so a command that was waiting checks that the file it locked is still the one at the
# path, and locks the new one if not. New records are numbered under a lock on their folder.


T = TypeVar("T")


@contextlib.contextmanager
def git_quiet(root: Path, lock: Callable[[], contextlib.AbstractContextManager[T]]) -> Iterator[T]:
    """`lock()` held while git is not busy in the work tree (gitio.busy): waited for before the lock
    is taken and checked again under it, where a change is written. The merge driver takes a
    record's lock while it merges, so a change and a merge of one record never interleave; and git
    holds its index lock from before the driver runs until the work tree is written."""
    from scrutrack.gitio import busy, wait_until_quiet

    started = time.monotonic()
    while True:
        wait_until_quiet(root, started)
        with lock() as held:
            if busy(root) is None:
                yield held
                return
        # git started between the look and the lock: let go (the driver may need this lock) and wait


@contextlib.contextmanager
def locked_file(repo: Repo, path: Path) -> Iterator[RawText]:
    """The record file at `path` locked against every other scrutrack change, and its text read
    under the lock. Write it (atomically) inside the block: the lock ends with the block."""
    rel = repo.rel(path)
    refuse_links(repo, path)
    held = False
    try:
        with git_quiet(repo.root, lambda: locked_path(path, rel)) as fd:
            held = True
            refuse_links(repo, path)
            yield read_text(path, rel, fd=fd)
    except FileNotFoundError:
        if held:
            raise
        raise RecordNotFound(
            f"{rel} was moved or deleted (by another command?) before it could be changed; "
            "nothing was written; run `scrutrack list` to see the records"
        ) from None
    except OSError as exc:
        if held:
            raise
        raise BrokenRecord(f"{rel}: cannot be read ({exc.strerror or exc}); nothing was changed") from None


def update(repo: Repo, given: str, apply: Callable[[Record], Record]) -> tuple[Record, Path]:
    """Change one record (by ID or unique prefix) with no lost update: lock it, read it afresh,
    apply the change, write it atomically back where it was read (even from the wrong folder).

    git does not take scrutrack's locks: a merge that began as the change was written may write
    its result over it (git checks the work tree before it merges, not after). So when git is
    found busy just after the write, the change is looked for once git is done, and made again
    on what git left if it is gone.
    """
    for _ in range(3):
        path = _find(repo, given)
        rel = repo.rel(path)
        with locked_file(repo, path) as got:
            read = os.lstat(path)
            record, problems = parse_text(rel, got.text) if got.text is not None else (None, got.problems)
            if record is None:
                raise broken_record(rel, problems)
            changed = apply(record)
            try:
                save(repo, changed, path=path, read=read)
            except Replaced:  # git wrote it meanwhile: change what it wrote
                continue
        if _kept(repo, path, changed):
            return changed, path
    raise ScrutrackError(f"{rel}: git kept writing over this change as it merged; nothing was changed; run it again")


def _kept(repo: Repo, path: Path, written: Record) -> bool:
    """Whether a record just written still holds its history entries once git, if it began
    meanwhile, is done (a step only ever adds entries; a merge keeps both sides' in date order).
    git looks at the work tree, then writes a merge's result some milliseconds later, trusting
    what it saw: a change written in between is overwritten without a word."""
    from collections import Counter

    from scrutrack.errors import GitBusy
    from scrutrack.gitio import busy, may_be_merging, settled

    if busy(repo.root) is None and not may_be_merging(repo.root):
        return True

    def there() -> bool:
        now, _, _ = read_file(path, repo.rel(path))
        return now is not None and not Counter(written.history) - Counter(now.history)

    try:
        settled(repo.root, time.monotonic())
    except GitBusy:  # the merge stopped for the person: the change stands only if git left it
        if there():
            return True
        raise
    return there()


def _find(repo: Repo, given: str) -> Path:
    """The file of a record to change, looked for once git is not busy: a checkout or merge
    replaces files (for a moment there is none), so a record missing while git works, or in the
    moment a merge lets its index lock go before writing (gitio.may_be_merging), is looked for
    again when it is done."""
    from scrutrack.gitio import busy, may_be_merging, wait_until_quiet

    started = time.monotonic()
    while True:
        wait_until_quiet(repo.root, started)
        try:
            return find_file(repo, resolve_id(repo, given))
        except RecordNotFound:
            if busy(repo.root) is None and not may_be_merging(repo.root):
                raise
            time.sleep(0.01)


CHUNK = 256  # records held locked at once by update_many (each lock is an open file)


def update_many(repo: Repo, changes: Sequence[tuple[str, Callable[[Record], Record]]]) -> list[Record | ScrutrackError]:
    """Change many records (by exact ID), each as `update` does (locked, read afresh, the change
    applied, written atomically), a chunk at a time, with one flush to disk a chunk
    (files.write_all_atomic). Each record's result: the changed record, or the error that refused
    its change (it is then left as it was); the others are written all the same."""
    from scrutrack.canonical import dumps
    from scrutrack.files import write_all_atomic

    results: list[Record | ScrutrackError] = []
    swept: set[Path] = set()
    for start in range(0, len(changes), CHUNK):
        with contextlib.ExitStack() as held:
            writes: list[tuple[Path, bytes]] = []
            for record_id, apply in changes[start : start + CHUNK]:
                try:
                    path = _find(repo, record_id)
                    rel = repo.rel(path)
                    got = held.enter_context(locked_file(repo, path))
                    record, problems = parse_text(rel, got.text) if got.text is not None else (None, got.problems)
                    if record is None:
                        raise broken_record(rel, problems)
                    changed = apply(record)
                except ScrutrackError as exc:
                    results.append(exc)
                    continue
                if path.parent not in swept:
                    sweep(path.parent)  # once a folder, not once a record
                    swept.add(path.parent)
                writes.append((path, dumps(changed).encode("utf-8")))
                results.append(changed)
            write_all_atomic(writes)
    return results


def replace_if_unchanged(repo: Repo, path: Path, before: str, text: str) -> bool:
    """Write `text` over a record whose text is still `before` (under its lock); False, writing
    nothing, if another command changed it in the meantime."""
    with locked_file(repo, path) as got:
        now = None if got.text is None else (BOM if got.bom else "") + got.text
        if now != before:
            return False
        write_text_atomic(path, text, sweep_first=True)
    return True


def change_file(
    root: Path, path: Path, change: Callable[[str | None], str | None], limit: int = MAX_CONFIG_BYTES
) -> bool:
    """Change a small text file that other commands may change at once (scrutrack.toml, a round in
    rounds/, .gitignore) with no lost update: under its lock (which follows the file through an
    atomic replacement), `change` gets its text read afresh (None: there is no such file yet) and
    gives the new text (None: leave it as it is), written atomically before the lock ends. A file
    that does not exist is created under its folder's lock. Whether anything was written; what
    `change` raises (a change that cannot be made) passes through, with nothing written."""
    rel = path.relative_to(root).as_posix()
    for _ in range(100):
        _no_link(root, path)
        if not os.path.lexists(path):
            folder = partial(locked_folder, path.parent, path.parent.relative_to(root).as_posix() or ".")
            with git_quiet(root, folder):
                if os.path.lexists(path):
                    continue  # made meanwhile: change it under its own lock
                new = change(None)
                if new is None:
                    return False
                write_text_atomic(path, new, create=True)
                return True
        held = False
        try:
            with git_quiet(root, lambda: locked_path(path, rel)) as fd:
                held = True
                _no_link(root, path)
                try:
                    raw = read_bytes(path, limit, follow=False, fd=fd)
                except ReadRefused as exc:
                    raise InvalidInput(f"{rel} {exc}; nothing was changed") from None
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise InvalidInput(f"{rel} is not UTF-8 text; save it as UTF-8, then run this again") from None
                new = change(text)
                if new is None or new == text:
                    return False
                write_text_atomic(path, new)
                return True
        except FileNotFoundError:
            if held:
                raise
            continue  # deleted just now: create it
        except OSError as exc:
            if held:
                raise
            raise InvalidInput(f"cannot read {rel} ({exc.strerror or exc}); nothing was changed") from None
    raise ScrutrackError(f"{rel} kept being replaced or removed while scrutrack waited to change it; try again")


def _no_link(root: Path, path: Path) -> None:
    link = link_on_way(root, path)
    if link is not None:
        raise InvalidInput(
            f"{link.relative_to(root).as_posix()} is a link, which may lead out of the repository, so scrutrack "
            "neither reads nor writes through it; replace it with a copy of what it points to"
        )


def reformat(repo: Repo, path: Path, write: bool = True, change: Callable[[Record], Record] | None = None) -> bool:
    """Whether a record file differs from its canonical form (read under its lock), after `change`
    if given (`fmt --outcomes`); with write, rewrite it canonically. A file that is not a valid
    record is left alone (False)."""
    from scrutrack.canonical import dumps

    with locked_file(repo, path) as got:
        if got.text is None:
            return False
        record, _ = parse_text(repo.rel(path), got.text)
        if record is None:
            return False
        text = dumps(change(record) if change is not None else record)
        if text == got.text and not got.bom:
            return False
        if write:
            write_text_atomic(path, text, sweep_first=True)
    return True


@contextlib.contextmanager
def creating(repo: Repo, committees: Sequence[str]) -> Iterator[None]:
    """The committees' folders locked (in a fixed order: no deadlock) while new records are made in
    them, and swept of temp files left by killed writes once (save with sweep=False in the block)."""

    @contextlib.contextmanager
    def folders() -> Iterator[None]:
        with contextlib.ExitStack() as stack:
            for committee in sorted(set(committees)):
                folder = repo.records_dir / committee
                refuse_links(repo, folder)
                stack.enter_context(locked_folder(folder, repo.rel(folder)))
            yield

    with git_quiet(repo.root, folders):
        for committee in set(committees):
            sweep(repo.records_dir / committee)
        yield


def add_record(
    repo: Repo, committee: str, meeting: dt.date, build: Callable[[int], Record], number: int | None = None
) -> tuple[Record, Path]:
    """Create a record numbered `number` or, under the committee folder's lock, the next free number
    in its meeting: two commands adding at once get two numbers."""
    from scrutrack.model import number_problem

    with creating(repo, [committee]):
        chosen = number or next_number(repo, committee, meeting)
        if why := number_problem(chosen):
            raise InvalidInput(
                f"the meeting {meeting} of {committee} has reached number {chosen - 1}, the most one meeting may "
                f"have (an ID must fit a table 40 columns wide); give a free --number: {why}"
            )
        record = build(chosen)
        return record, save(repo, record, create=True, sweep=False)


# ------------------------------------------------------------------------------ writing


def save(
    repo: Repo,
    record: Record,
    *,
    create: bool = False,
    path: Path | None = None,
    sweep: bool = True,
    read: os.stat_result | None = None,
) -> Path:
    """Write a record canonically to records/<committee>/<id>.toml (or back where it was read);
    first removing temp files that killed writes left in its folder, unless `sweep` is False
    (the folder was swept already: `creating`). With `read`, files.Replaced if the file is no
    longer the one read (see write_bytes_atomic)."""
    from scrutrack.canonical import dumps

    path = path or repo.path_for(record.id)
    refuse_links(repo, path.parent)
    if create and os.path.lexists(path):
        raise AlreadyExists(
            f"record {record.id} already exists ({repo.rel(path)}); choose another --number or leave it out"
        )
    try:
        write_text_atomic(path, dumps(record), create=create, sweep_first=sweep, read=read)
    except AlreadyExists:
        raise AlreadyExists(
            f"record {record.id} already exists ({repo.rel(path)}); choose another --number or leave it out"
        ) from None
    return path


_TABLE_LINE = r"^\s*\["
_KEY_LINE = r'^\s*(?:"[^"]*"|[A-Za-z0-9_-]+)\s*='


def record_last_report(repo: Repo, committee: str | None, day: dt.date) -> None:
    """Set `last_report = day` in scrutrack.toml (under its lock, read afresh: a committee added
    meanwhile stays): in [committees.<slug>], or at the top for a report of every committee."""
    change_file(repo.root, repo.root / CONFIG_NAME, lambda text: with_last_report(text, committee, day))


def with_last_report(text: str | None, committee: str | None, day: dt.date) -> str:
    """scrutrack.toml's text with `last_report = day` set: only that line changes (or is added),
    comments and layout stay."""
    if text is None:
        raise ConfigError(f"{CONFIG_NAME} was removed (by another command?); nothing was recorded")
    lines = text.splitlines(keepends=True)
    if committee is None:
        start = 0
    else:
        header = re.compile(
            rf'^\s*\[\s*committees\s*\.\s*(?:"{re.escape(committee)}"|{re.escape(committee)})\s*\]\s*(?:#.*)?$'
        )
        found = next((i for i, line in enumerate(lines) if header.match(line)), None)
        if found is None:
            raise ConfigError(
                f"{CONFIG_NAME} has no [committees.{committee}] table line to add last_report to; "
                f"add `last_report = {day.isoformat()}` to the committee by hand"
            )
        start = found + 1
    end = next((i for i in range(start, len(lines)) if re.match(_TABLE_LINE, lines[i])), len(lines))
    line = f"last_report = {day.isoformat()}\n"
    at = next((i for i in range(start, end) if re.match(r"^\s*last_report\s*=", lines[i])), None)
    if at is not None:
        lines[at] = line
    else:
        keys = [i for i in range(start, end) if re.match(_KEY_LINE, lines[i])]
        at = keys[-1] + 1 if keys else start
        if at and not lines[at - 1].endswith("\n"):
            lines[at - 1] += "\n"
        lines.insert(at, line)
    new = "".join(lines)
    try:
        data = tomlread.loads(new)
        table = data if committee is None else data["committees"][committee]
        ok = table.get("last_report") == day
    except (tomlread.TOMLDecodeError, KeyError, TypeError):
        ok = False
    if not ok:
        where = "at its top" if committee is None else f"to [committees.{committee}]"
        raise ConfigError(
            f"could not add last_report to {CONFIG_NAME}; add `last_report = {day.isoformat()}` {where} by hand"
        )
    return new


def next_number(repo: Repo, committee: str, meeting: dt.date) -> int:
    prefix = f"{committee}-{meeting.isoformat()}-"
    folder = repo.records_dir / committee
    used = set()
    if folder.is_dir():
        for name in os.listdir(folder):
            if name.startswith(prefix) and name.endswith(".toml"):
                tail = name[len(prefix) : -5]
                if tail.isdigit():
                    used.add(int(tail))
    return max(used, default=0) + 1


def ignore_leftovers(root: Path) -> bool:
    """Add GITIGNORE_LINES (the cache, temp files of interrupted writes) to the root's .gitignore
    (under its lock, read afresh); whether anything was added."""
    return change_file(root, root / ".gitignore", _with_ignores)


def _with_ignores(existing: str | None) -> str | None:
    existing = existing or ""
    have = {line.strip() for line in existing.splitlines()}
    missing = [line for line in GITIGNORE_LINES if line not in have]
    if not missing:
        return None
    sep = "" if not existing or existing.endswith("\n") else "\n"
    head = "# scrutrack: the read cache, and temp files of writes that were interrupted\n"
    return existing + sep + head + "".join(line + "\n" for line in missing)


def with_line(line: str) -> Callable[[str | None], str | None]:
    """A change for change_file: the file with `line` added at its end, if it lacks it (.gitattributes)."""

    def change(existing: str | None) -> str | None:
        existing = existing or ""
        if line in existing.splitlines():
            return None
        sep = "" if not existing or existing.endswith("\n") else "\n"
        return existing + sep + line + "\n"

    return change
