"""Update rounds: who was asked about which record in what state (rounds/<name>.toml), and choosing them.

A round is started once (`round start`): every open record being delivered or awaiting a response
is sent to its owner in a workbook, and the round file keeps, for each record, the number of
history entries it had and a fingerprint of its canonical text then. An answer whose record no
longer has that fingerprint changed after it was sent: a conflict for the officer, never applied
over the change. The file is TOML like a record's, one `[[sent]]` table a record, so a round shows
in a pull request as a plain diff.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import tomli_w

from scrutrack import tomlread
from scrutrack.canonical import dumps
from scrutrack.errors import AlreadyExists, InvalidInput, ScrutrackError
from scrutrack.files import MB, ReadRefused, read_bytes
from scrutrack.lifecycle import closure_proposal as lifecycle_proposal
from scrutrack.model import UPDATE, HistoryEntry, Record, Status, one_line
from scrutrack.store import Repo

ROUNDS_DIR = "rounds"
SCHEMA = 1
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
MAX_ROUND_BYTES = 20 * MB
# Not asked: a rejected recommendation has nothing to deliver, and an implemented one awaits sign-off.
NOT_ASKED = frozenset({Status.REJECTED, Status.IMPLEMENTED})


class RoundError(ScrutrackError):
    """A round file is missing or cannot be read."""


class Sent(NamedTuple):
    """One record as it was sent: its owner, how many history entries it had, and its fingerprint."""

    id: str
    owner: str
    entries: int
    fingerprint: str


class Owner(NamedTuple):
    name: str
    workbook: str  # the file name `round start` wrote for them


class Collected(NamedTuple):
    """A returned workbook, collected: when, whose, which file, how many rows it applied."""

    date: dt.date
    owner: str
    workbook: str
    applied: int


class Round(NamedTuple):
    name: str
    started: dt.date
    due: dt.date
    owners: tuple[Owner, ...]
    sent: tuple[Sent, ...]
    committee: str | None = None
    collected: tuple[Collected, ...] = ()

    def sent_to(self, owner: str) -> list[Sent]:
        return [s for s in self.sent if s.owner == owner]

    def by_id(self) -> dict[str, Sent]:
        return {s.id: s for s in self.sent}

    def owner(self, name: str) -> Owner | None:
        return next((o for o in self.owners if o.name == name), None)


def fingerprint(record: Record) -> str:
    """The record's state, as 16 hex digits of the SHA-256 of its canonical text."""
    return hashlib.sha256(dumps(record).encode("utf-8")).hexdigest()[:16]


def check_name(name: str) -> str:
    if not NAME_RE.match(name):
        raise InvalidInput(
            f"round name '{name}' is not usable as a file name; use letters, digits, '-', '.' or '_' "
            "(up to 40), e.g. 2026-q2"
        )
    return name


def round_path(repo: Repo, name: str) -> Path:
    return repo.root / ROUNDS_DIR / f"{check_name(name)}.toml"


def workbook_dir(repo: Repo, name: str) -> Path:
    """Where `round start` writes the workbooks and `round chase` finds them, by default: in the
    repository, never through a link (one committed there could send them anywhere)."""
    from scrutrack.store import link_on_way

    folder = repo.root / ROUNDS_DIR / check_name(name)
    link = link_on_way(repo.root, folder)
    if link is not None:
        raise RoundError(
            f"{repo.rel(link)} is a link, which may lead out of the repository, so scrutrack neither reads nor "
            "writes workbooks through it; replace it with a real folder, or give --out"
        )
    return folder


def closure_proposal(record: Record, meaning: Callable[[str], str | None]) -> HistoryEntry | None:
    """The owner's standing proposal to close the record: its latest `update` whose progress word
    means "achieved", if the record has not moved status since. The owner's half of being proposed
    for closure (lifecycle.closure_proposal, which also counts an implemented record)."""
    proposal = lifecycle_proposal(record, meaning)
    return proposal if proposal is not None and proposal.event == UPDATE else None


# ------------------------------------------------------------------------------ choosing


def asked(record: Record) -> bool:
    """Whether a round asks the record's owner about it: open, owned, and not awaiting sign-off or rejected."""
    return record.is_open and record.status not in NOT_ASKED and bool(record.owner)


def owner_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def choose(
    records: Iterable[Record], committee: str | None = None, owners: Sequence[str] = ()
) -> tuple[dict[str, list[Record]], int]:
    """The records to send, by owner (as the records spell the name), and how many open ones have no owner.

    `owners` are matched whole, in any case and spacing; one that owns nothing to send is an error
    naming those that do.
    """
    by_owner: dict[str, list[Record]] = {}
    unowned = 0
    for r in records:
        if committee is not None and r.committee != committee:
            continue
        if r.is_open and r.status not in NOT_ASKED and not r.owner:
            unowned += 1
        if asked(r):
            by_owner.setdefault(one_line(r.owner), []).append(r)
    if owners:
        keys = {owner_key(o): o for o in by_owner}
        chosen: dict[str, list[Record]] = {}
        for given in owners:
            found = keys.get(owner_key(given))
            if found is None:
                known = "; ".join(sorted(by_owner)) or "none"
                raise InvalidInput(f"--owner '{given}' owns no open record to ask about; owners: {known}")
            chosen[found] = by_owner[found]
        by_owner = chosen
    return dict(sorted(by_owner.items(), key=lambda kv: kv[0].casefold())), unowned


def workbook_names(name: str, owners: Iterable[str]) -> list[Owner]:
    """Each owner with a file name of their own: `<round>-<owner as a slug>.xlsx` (-2, -3 where two meet)."""
    out: list[Owner] = []
    used: set[str] = set()
    for owner in owners:
        slug = re.sub(r"[^a-z0-9]+", "-", owner.casefold()).strip("-")[:50].strip("-") or "owner"
        stem, n = f"{name}-{slug}", 2
        candidate = stem
        while candidate in used:
            candidate, n = f"{stem}-{n}", n + 1
        used.add(candidate)
        out.append(Owner(owner, candidate + ".xlsx"))
    return out


# ------------------------------------------------------------------------------ the file


def to_text(rnd: Round) -> str:
    """The round file's canonical text (same round, same bytes)."""
    data: dict[str, Any] = {"schema": SCHEMA, "name": rnd.name, "started": rnd.started, "due": rnd.due}
    if rnd.committee:
        data["committee"] = rnd.committee
    data["owner"] = [{"name": o.name, "workbook": o.workbook} for o in rnd.owners]
    data["sent"] = [
        {"id": s.id, "owner": s.owner, "entries": s.entries, "fingerprint": s.fingerprint} for s in rnd.sent
    ]
    if rnd.collected:
        data["collected"] = [
            {"date": c.date, "owner": c.owner, "workbook": c.workbook, "applied": c.applied} for c in rnd.collected
        ]
    head = f"# Update round {rnd.name}: written by `scrutrack round start`, added to by `round collect`.\n"
    return head + tomli_w.dumps(data)


def _need(table: Any, key: str, kind: type, where: str) -> Any:
    value = table.get(key) if isinstance(table, dict) else None
    if kind is dt.date:
        ok = isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    else:
        ok = isinstance(value, kind) and not isinstance(value, bool) and (kind is not str or bool(str(value).strip()))
    if not ok:
        raise RoundError(f"{where}: '{key}' is missing or not {kind.__name__.replace('str', 'a text')}")
    return value


def from_text(text: str, rel: str) -> Round:
    """A round file read back; a RoundError naming the file and the key when it is not one."""
    try:
        data = tomlread.loads(text)
    except tomlread.TOMLDecodeError as exc:
        raise RoundError(f"{rel} is not valid TOML ({exc}); restore it from git") from None
    if data.get("schema") != SCHEMA:
        raise RoundError(f"{rel}: 'schema' must be {SCHEMA}")

    def tables(key: str) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise RoundError(f"{rel}: '{key}' must be an array of tables ([[{key}]])")
        return value

    owners = tuple(
        Owner(_need(o, "name", str, f"{rel} [[owner]] {i + 1}"), _need(o, "workbook", str, f"{rel} [[owner]] {i + 1}"))
        for i, o in enumerate(tables("owner"))
    )
    sent = tuple(
        Sent(
            _need(s, "id", str, f"{rel} [[sent]] {i + 1}"),
            _need(s, "owner", str, f"{rel} [[sent]] {i + 1}"),
            _need(s, "entries", int, f"{rel} [[sent]] {i + 1}"),
            _need(s, "fingerprint", str, f"{rel} [[sent]] {i + 1}"),
        )
        for i, s in enumerate(tables("sent"))
    )
    collected = tuple(
        Collected(
            _need(c, "date", dt.date, f"{rel} [[collected]] {i + 1}"),
            _need(c, "owner", str, f"{rel} [[collected]] {i + 1}"),
            _need(c, "workbook", str, f"{rel} [[collected]] {i + 1}"),
            _need(c, "applied", int, f"{rel} [[collected]] {i + 1}"),
        )
        for i, c in enumerate(tables("collected"))
    )
    committee = data.get("committee")
    return Round(
        _need(data, "name", str, rel),
        _need(data, "started", dt.date, rel),
        _need(data, "due", dt.date, rel),
        owners,
        sent,
        committee if isinstance(committee, str) else None,
        collected,
    )


def read_round(repo: Repo, name: str) -> Round:
    path = round_path(repo, name)
    rel = repo.rel(path)
    try:
        raw = read_bytes(path, MAX_ROUND_BYTES, follow=False)  # never through a link out of the repository
    except FileNotFoundError:
        known = ", ".join(r for r in round_names(repo)) or "none yet"
        raise RoundError(f"no round '{name}' ({rel} does not exist); rounds: {known}") from None
    except (OSError, ReadRefused) as exc:
        raise RoundError(f"{rel} cannot be read ({exc})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise RoundError(f"{rel} is not UTF-8 text; restore it from git") from None
    return from_text(text, rel)


def round_names(repo: Repo) -> list[str]:
    folder = repo.root / ROUNDS_DIR
    try:
        return sorted(p.stem for p in folder.glob("*.toml") if NAME_RE.match(p.stem))
    except OSError:
        return []


def latest_round(repo: Repo) -> Round:
    """The round started last (by its start date, then name): the one `round status` and `collect` mean by default."""
    rounds = [read_round(repo, n) for n in round_names(repo)]
    if not rounds:
        raise RoundError("no update round has been started; start one with `scrutrack round start NAME --due DATE`")
    return max(rounds, key=lambda r: (r.started, r.name))


def write_round(repo: Repo, rnd: Round, *, create: bool = False) -> Path:
    """Write the round file under its lock, as scrutrack.toml is written (saving.change_file; a
    change made from what the file holds now goes through change_file itself)."""
    from scrutrack.saving import change_file

    path = round_path(repo, rnd.name)

    def put(existing: str | None) -> str:
        if create and existing is not None:
            raise AlreadyExists(
                f"round '{rnd.name}' was already started ({repo.rel(path)}); see `scrutrack round status {rnd.name}`, "
                "or start a round with another name"
            )
        return to_text(rnd)

    change_file(repo.root, path, put, MAX_ROUND_BYTES)
    return path


def change_round(repo: Repo, name: str, change: Callable[[Round], Round | None]) -> bool:
    """Change a round from what its file holds now, under its lock (saving.change_file): two
    commands changing one round at once both land. `change` gives None to leave it; whether it
    was written."""
    from scrutrack.saving import change_file

    path = round_path(repo, name)
    rel = repo.rel(path)

    def edit(text: str | None) -> str | None:
        if text is None:
            raise RoundError(f"no round '{name}' ({rel} was removed meanwhile?); nothing was recorded")
        new = change(from_text(text, rel))
        return None if new is None else to_text(new)

    return change_file(repo.root, path, edit, MAX_ROUND_BYTES)


def new_round(
    name: str,
    started: dt.date,
    due: dt.date,
    chosen: dict[str, list[Record]],
    committee: str | None = None,
) -> Round:
    """The round file for records chosen by owner (see `choose`)."""
    check_name(name)
    if due < started:
        raise InvalidInput(f"--due {due} is before the round starts ({started}); give a later date")
    if not chosen:
        raise InvalidInput("no open record with an owner to ask about; give records an owner with `scrutrack assign`")
    owners = tuple(workbook_names(name, chosen))
    sent = tuple(
        Sent(r.id, owner, len(r.history), fingerprint(r)) for owner, records in chosen.items() for r in records
    )
    return Round(name, started, due, owners, sent, committee)
