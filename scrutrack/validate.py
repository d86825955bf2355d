"""What `check` verifies beyond one file's structure: config, IDs, dates, links and history."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from scrutrack.files import abandoned
from scrutrack.lifecycle import history_problems
from scrutrack.model import ID_RE, Problem, Record
from scrutrack.store import CONFIG_NAME, FileProblem, Repo, config_problems, line_of, parse_text, read_text

BOM_PROBLEM = "starts with a byte-order mark (BOM), which other TOML readers refuse; run `scrutrack fmt` to remove it"
LEFTOVER = (
    "is left over from a write that was interrupted (the command was killed, or the disk was full); "
    "delete it (the next change in this folder removes it once it is a minute old)"
)


def record_problems(record: Record, repo: Repo, rel: str, existing: frozenset[str]) -> list[Problem]:
    """Problems of one well-formed record in the context of its repository."""
    out: list[Problem] = []
    config = repo.config
    if record.committee not in config.committees:
        known = ", ".join(sorted(config.committees))
        out.append(
            Problem(f"unknown committee '{record.committee}'; known: {known} (see {CONFIG_NAME})", ("committee",))
        )
    for theme in record.themes:
        if theme not in config.themes:
            known = ", ".join(sorted(config.themes)) or "none"
            out.append(Problem(f"unknown theme '{theme}'; known: {known} (see {CONFIG_NAME})", ("themes",)))
    m = ID_RE.match(record.id)
    if m and (m[1] != record.committee or m[2] != record.meeting.isoformat()):
        out.append(
            Problem(
                f"'id' {record.id} does not match committee '{record.committee}' and meeting {record.meeting}", ("id",)
            )
        )
    expected = f"records/{record.committee}/{record.id}.toml"
    if rel != expected:
        out.append(Problem(f"the file should be {expected}", ("id",)))
    if record.referred and record.referred < record.meeting:
        out.append(Problem(f"'referred' {record.referred} is before the meeting {record.meeting}", ("referred",)))
    if record.response_due and record.referred and record.response_due < record.referred:
        out.append(
            Problem(f"'response_due' {record.response_due} is before 'referred' {record.referred}", ("response_due",))
        )
    if record.due and record.due < record.meeting:
        out.append(Problem(f"'due' {record.due} is before the meeting {record.meeting}", ("due",)))
    if record.response and record.response.date < record.meeting:
        out.append(
            Problem(
                f"the response date {record.response.date} is before the meeting {record.meeting}", ("response", "date")
            )
        )
    out.extend(_evidence_problems(record, repo))
    words = [w for w, _ in config.progress]
    for i, h in enumerate(record.history):
        if h.progress is not None and h.progress not in words:
            out.append(
                Problem(
                    f"progress '{h.progress}' is not one of the words in {CONFIG_NAME}'s [progress]: {', '.join(words)}",
                    ("history", i, "progress"),
                )
            )
    out.extend(history_problems(record, existing))
    return out


def _evidence_problems(record: Record, repo: Repo) -> list[Problem]:
    """Evidence dated before the meeting, or a path outside the repository or to no file."""
    out: list[Problem] = []
    for i, e in enumerate(record.evidence):
        if e.date < record.meeting:
            out.append(
                Problem(f"evidence dated {e.date} is before the meeting {record.meeting}", ("evidence", i, "date"))
            )
        if e.path is None:
            continue
        target = (repo.root / e.path).resolve()
        if Path(e.path).is_absolute() or not target.is_relative_to(repo.root):
            out.append(
                Problem(
                    f"evidence path '{e.path}' is outside the repository; give a path relative to its root",
                    ("evidence", i, "path"),
                )
            )
        elif not target.exists():
            out.append(
                Problem(
                    f"evidence path '{e.path}' does not exist; add the file or fix the path", ("evidence", i, "path")
                )
            )
    return out


def _check_chunk(
    repo: Repo, existing: frozenset[str], rels: Sequence[str]
) -> list[tuple[str | None, list[FileProblem]]]:
    out: list[tuple[str | None, list[FileProblem]]] = []
    for rel in rels:
        got = read_text(repo.root / rel, rel)
        if got.text is None:
            out.append((None, got.problems))
            continue
        text = got.text
        record, problems = parse_text(rel, text)
        if got.bom and record is not None:  # `fmt` removes it, but only from a valid record
            problems = [FileProblem(rel, 1, BOM_PROBLEM), *problems]
        if record is not None:
            found = record_problems(record, repo, rel, existing)
            problems = problems + [FileProblem(rel, line_of(text, p.where), p.message) for p in found]
        out.append((record.id if record is not None else None, problems))
    return out


def check_all(repo: Repo) -> tuple[list[FileProblem], int]:
    """Every problem in the config and every record file (read afresh, on every core), and the file count."""
    from scrutrack.parallel import map_chunks
    from scrutrack.store import _dedupe, scan_records

    _, problems = config_problems(repo.root / CONFIG_NAME)
    scan = scan_records(repo)
    problems = [*problems, *scan.problems]
    problems += [FileProblem(rel, None, LEFTOVER) for rel in scan.temps if abandoned(repo.root / rel)]
    files = scan.files
    existing = frozenset(Path(rel).stem for rel, _ in files)
    results = map_chunks(partial(_check_chunk, repo, existing), [rel for rel, _ in files])
    for _, probs in results:
        problems.extend(probs)
    _dedupe([rel for rel, _ in files], [rid for rid, _ in results], problems)
    problems.sort(key=lambda p: (p.path, p.line or 0))
    return problems, len(files)
