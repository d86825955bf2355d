"""Changing the repository on disk: a record changed under its lock, new records numbered under
their folder's lock, every record written canonically and atomically, and the two other files
scrutrack writes (scrutrack.toml's last_report, the .gitignore lines). store.py finds and reads."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from scrutrack import tomlread
from scrutrack.errors import AlreadyExists, BrokenRecord, ConfigError, InvalidInput, RecordNotFound, ScrutrackError
from scrutrack.files import lock, locked_folder, sweep
from scrutrack.files import write_bytes_atomic as write_bytes_atomic  # where every write goes
from scrutrack.files import write_text_atomic as write_text_atomic
from scrutrack.model import Record
from scrutrack.store import (
    BOM,
    CONFIG_NAME,
    RawText,
    Repo,
    broken_record,
    find_file,
    parse_text,
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


@contextlib.contextmanager
def locked_file(repo: Repo, path: Path) -> Iterator[RawText]:
    """The record file at `path` locked against every other scrutrack change, and its text read
    under the lock. Write it (atomically) inside the block: the lock ends with the block."""
    rel = repo.rel(path)
    for _ in range(100):
        refuse_links(repo, path)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            raise RecordNotFound(
                f"{rel} was moved or deleted (by another command?) before it could be changed; "
                "nothing was written; run `scrutrack list` to see the records"
            ) from None
        except OSError as exc:
            raise BrokenRecord(f"{rel}: cannot be read ({exc.strerror or exc}); nothing was changed") from None
        try:
            lock(fd, rel)
            held = os.fstat(fd)
            try:
                now = os.lstat(path)
            except FileNotFoundError:
                continue  # deleted while we waited: the next open says so
            if (now.st_ino, now.st_dev) != (held.st_ino, held.st_dev):
                continue  # replaced by another command's write while we waited: lock the new file
            yield read_text(path, rel, fd=fd)
            return
        finally:
            os.close(fd)
    raise ScrutrackError(f"{rel} kept being replaced while scrutrack waited to change it; try again")


def update(repo: Repo, given: str, apply: Callable[[Record], Record]) -> tuple[Record, Path]:
    """Change one record (by ID or unique prefix) with no lost update: lock it, read it afresh,
    apply the change, write it atomically back where it was read (even from the wrong folder)."""
    record_id = resolve_id(repo, given)
    path = find_file(repo, record_id)
    rel = repo.rel(path)
    with locked_file(repo, path) as got:
        record, problems = parse_text(rel, got.text) if got.text is not None else (None, got.problems)
        if record is None:
            raise broken_record(rel, problems)
        changed = apply(record)
        save(repo, changed, path=path)
    return changed, path


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
                    path = find_file(repo, record_id)
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


def reformat(repo: Repo, path: Path, write: bool = True) -> bool:
    """Whether a record file differs from its canonical form (read under its lock); with write,
    rewrite it canonically. A file that is not a valid record is left alone (False)."""
    from scrutrack.canonical import dumps

    with locked_file(repo, path) as got:
        if got.text is None:
            return False
        record, _ = parse_text(repo.rel(path), got.text)
        if record is None:
            return False
        text = dumps(record)
        if text == got.text and not got.bom:
            return False
        if write:
            write_text_atomic(path, text, sweep_first=True)
    return True


@contextlib.contextmanager
def creating(repo: Repo, committees: Sequence[str]) -> Iterator[None]:
    """The committees' folders locked (in a fixed order: no deadlock) while new records are made in
    them, and swept of temp files left by killed writes once (save with sweep=False in the block)."""
    with contextlib.ExitStack() as stack:
        for committee in sorted(set(committees)):
            folder = repo.records_dir / committee
            refuse_links(repo, folder)
            stack.enter_context(locked_folder(folder, repo.rel(folder)))
            sweep(folder)
        yield


def add_record(
    repo: Repo, committee: str, meeting: dt.date, build: Callable[[int], Record], number: int | None = None
) -> tuple[Record, Path]:
    """Create a record numbered `number` or, under the committee folder's lock, the next free number
    in its meeting: two commands adding at once get two numbers."""
    with creating(repo, [committee]):
        record = build(number or next_number(repo, committee, meeting))
        return record, save(repo, record, create=True, sweep=False)


# ------------------------------------------------------------------------------ writing


def save(repo: Repo, record: Record, *, create: bool = False, path: Path | None = None, sweep: bool = True) -> Path:
    """Write a record canonically to records/<committee>/<id>.toml (or back where it was read);
    first removing temp files that killed writes left in its folder, unless `sweep` is False
    (the folder was swept already: `creating`)."""
    from scrutrack.canonical import dumps

    path = path or repo.path_for(record.id)
    refuse_links(repo, path.parent)
    if create and os.path.lexists(path):
        raise AlreadyExists(
            f"record {record.id} already exists ({repo.rel(path)}); choose another --number or leave it out"
        )
    try:
        write_text_atomic(path, dumps(record), create=create, sweep_first=sweep)
    except AlreadyExists:
        raise AlreadyExists(
            f"record {record.id} already exists ({repo.rel(path)}); choose another --number or leave it out"
        ) from None
    return path


_TABLE_LINE = r"^\s*\["
_KEY_LINE = r'^\s*(?:"[^"]*"|[A-Za-z0-9_-]+)\s*='


def record_last_report(repo: Repo, committee: str | None, day: dt.date) -> None:
    """Set `last_report = day` in scrutrack.toml: in [committees.<slug>], or at the top for a
    report of every committee. Only that line changes (or is added): comments and layout stay."""
    path = repo.root / CONFIG_NAME
    text = path.read_text(encoding="utf-8")
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
    write_text_atomic(path, new)


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
    """Add GITIGNORE_LINES (the cache, temp files of interrupted writes) to the root's .gitignore;
    whether anything was added."""
    ignore = root / ".gitignore"
    try:
        existing = ignore.read_text(encoding="utf-8") if ignore.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read {ignore} ({exc}); fix or remove it, then run this again") from None
    have = {line.strip() for line in existing.splitlines()}
    missing = [line for line in GITIGNORE_LINES if line not in have]
    if not missing:
        return False
    sep = "" if not existing or existing.endswith("\n") else "\n"
    head = "# scrutrack: the read cache, and temp files of writes that were interrupted\n"
    write_text_atomic(ignore, existing + sep + head + "".join(line + "\n" for line in missing))
    return True
