"""Commands that move a record through its lifecycle: refer, respond, status, evidence, due, review, assign, edit."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from scrutrack.cli.common import IdArg, RepoOpt, command, complete_id, note, parse_day, plural, repo

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from scrutrack.model import Record
    from scrutrack.store import Repo

DateOpt = Annotated[str | None, typer.Option("--date", help="When it happened, YYYY-MM-DD (default today).")]
ByOpt = Annotated[
    str | None,
    typer.Option("--by", help="Who did it (default: git's user.name, else your full name on this system)."),
]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Why, or what: kept in the history.")]
FutureOpt = Annotated[
    bool, typer.Option("--future", help="Allow a --date after today: a step recorded before it happens.")
]
IdsArg = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="[ID]...",
        help="Record IDs (or any unique start of one); or choose records with --meeting and --committee.",
        autocompletion=complete_id,
        show_default=False,
    ),
]
MeetingOpt = Annotated[
    str | None, typer.Option("--meeting", help="Every record of this meeting, YYYY-MM-DD (with --committee: its only).")
]
CommitteeOpt = Annotated[str | None, typer.Option("--committee", help="Every record of this committee (slug).")]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="Say what would be done to each record, and write nothing.")]


def event_day(date: str | None, future: bool) -> "dt.date":
    """--date, default today; a day after today only with --future (a mistyped year would otherwise
    lock the record: every later step must be dated on or after it)."""
    import datetime as dt

    from scrutrack.errors import InvalidInput

    day = parse_day(date, "--date")
    today = dt.date.today()
    if day > today and not future:
        raise InvalidInput(
            f"--date {day} is after today ({today}); a step is recorded on the day it happened: "
            "give that date, or add --future if it is recorded before it happens"
        )
    return day


def _change(
    record_id: str, repo_path: str | None, by: str | None, apply: "Callable[[Record, str | None], Record]"
) -> "Record":
    """Apply a change to one record under its lock (read afresh, written atomically); return the new record."""
    from scrutrack.cli.common import git_user
    from scrutrack.saving import update

    r = repo(repo_path)
    who = by if by is not None else git_user(r.root)
    updated, _ = update(r, record_id, lambda record: apply(record, who or None))
    return updated


def _targets(r: "Repo", ids: list[str] | None, meeting: str | None, committee: str | None) -> list[str]:
    """The records a step is for: the IDs given, and every record of --meeting and --committee."""
    from scrutrack.dates import parse_iso
    from scrutrack.errors import InvalidInput
    from scrutrack.model import ID_RE
    from scrutrack.store import record_ids, resolve_id

    chosen = [resolve_id(r, given) for given in ids or ()]
    if meeting is not None or committee is not None:
        day = parse_iso(meeting, "--meeting").isoformat() if meeting else None
        slug = r.config.committee(committee).slug if committee else None
        found = [
            rid
            for rid in record_ids(r)
            if (m := ID_RE.match(rid)) and (slug is None or m[1] == slug) and (day is None or m[2] == day)
        ]
        if not found:
            raise InvalidInput(
                "no records of "
                + " and ".join(f"{o} {v}" for o, v in (("--meeting", meeting), ("--committee", committee)) if v)
                + "; run `scrutrack list` to see them"
            )
        chosen += found
    if not chosen:
        raise InvalidInput("say which records: give an ID, or --meeting DATE (and --committee SLUG)")
    return list(dict.fromkeys(chosen))


def _ids_then(values: list[str], chosen: str | None, last: str, what: str) -> tuple[list[str], str]:
    """`ID... LAST` as given: the IDs, and the last value (a status, an owner, a note's text).
    With neither an ID nor --meeting/--committee, the one value given was meant as the ID."""
    from scrutrack.errors import InvalidInput

    *ids, value = values
    if not ids and not chosen:
        raise InvalidInput(f"give the record's ID, then {what}: ID {last} (or --meeting DATE --committee SLUG {last})")
    return ids, value


def _for_each(
    r: "Repo",
    targets: list[str],
    by: str | None,
    apply: "Callable[[Record, str | None], Record]",
    said: "Callable[[Record], str]",
    verb: tuple[str, str],
    dry_run: bool = False,
) -> None:
    """One step for each record, all or nothing: each is tried first, and if one is refused none is
    written (each refusal named); then each is changed under its lock. A record that has the step
    already is said so and left alone. `verb`: ('refer', 'referred'), for the counts."""
    from scrutrack.cli.common import git_user
    from scrutrack.errors import AlreadyDone, ScrutrackError, TransitionRefused
    from scrutrack.saving import update
    from scrutrack.store import read_record

    who = (by if by is not None else git_user(r.root)) or None
    todo: list[tuple[str, Record]] = []
    done: list[str] = []
    refused: list[str] = []
    for rid in targets:
        try:
            record, _ = read_record(r, rid)
            todo.append((rid, apply(record, who)))
        except AlreadyDone as exc:
            if len(targets) == 1:
                raise
            done.append(str(exc))
        except ScrutrackError as exc:
            if len(targets) == 1:
                raise
            refused.append(str(exc))
    if refused:
        listed = "\n  ".join(refused)
        raise TransitionRefused(
            f"{len(refused)} of {plural(len(targets), 'record')} cannot be {verb[1]}, so none was:\n  {listed}"
        )
    for line in done:
        note(line)
    if dry_run:
        for _, after in todo:
            note(f"Would be {verb[1]}: {said(after)}")
        note(f"Dry run: {plural(len(todo), 'record')} would be {verb[1]}; nothing was written")
        return
    for rid, _ in todo:
        changed, _ = update(r, rid, lambda record: apply(record, who))
        note(said(changed))
    if len(targets) > 1:
        already = f" ({len(done)} had it already)" if done else ""
        note(f"{verb[1].capitalize()}: {plural(len(todo), 'record')}{already}")


@command
def refer(
    record_ids: IdsArg = None,
    to: Annotated[str | None, typer.Option("--to", help="Who must respond (sets addressed_to).")] = None,
    response_due: Annotated[
        str | None,
        typer.Option("--response-due", help="Response due date (default: date + the committee's response period)."),
    ] = None,
    meeting: MeetingOpt = None,
    committee: CommitteeOpt = None,
    date: DateOpt = None,
    future: FutureOpt = False,
    by: ByOpt = None,
    note_: NoteOpt = None,
    dry_run: DryRunOpt = False,
    repo_path: RepoOpt = None,
) -> None:
    """Record that recommendations were sent to the executive (or sent again).

    \b
    Example:
      scrutrack refer cyp-2018-11-27-2 --date 2018-12-03 --to Cabinet
      scrutrack refer --meeting 2018-11-27 --committee cyp --date 2018-12-03
    """
    from scrutrack.dates import add_period, parse_iso
    from scrutrack.lifecycle import refer as do_refer

    day = event_day(date, future)
    r = repo(repo_path)

    def apply(rec: "Record", who: str | None) -> "Record":
        if response_due:
            due = parse_iso(response_due, "--response-due")
        else:
            period = r.config.committee(rec.committee).response_period
            due = add_period(day, period, f"--date {day}")
        return do_refer(rec, day, due, to=to, by=who, note=note_)

    targets = _targets(r, record_ids, meeting, committee)
    said = lambda rec: f"{rec.id}: referred on {day}; response due {rec.response_due}"  # noqa: E731
    _for_each(r, targets, by, apply, said, ("refer", "referred"), dry_run)


@command
def respond(
    record_id: IdArg,
    outcome: Annotated[
        str,
        typer.Option(
            help="accepted, accepted-in-part, accepted-in-principle, rejected (the text is its reason) or noted "
            "(no substantive answer: it stays referred); in any case, or a tracker's word (partly, declined).",
            show_default=False,
        ),
    ],
    text: Annotated[str | None, typer.Option(help="The response's text.")] = None,
    text_file: Annotated[
        str | None, typer.Option("--text-file", help="Read the response from a file ('-' for stdin).")
    ] = None,
    due: Annotated[str | None, typer.Option(help="Implementation target date, YYYY-MM-DD.")] = None,
    date: DateOpt = None,
    future: FutureOpt = False,
    by: ByOpt = None,
    note_: NoteOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Record the executive's response: accepted, in part, in principle, rejected, or only noted.

    \b
    Example:
      scrutrack respond cyp-2018-11-27-2 --outcome accepted --due 2019-06-30 \\
        --date 2019-01-20 \\
        --text "Agreed; a timeline will accompany each quarterly update."
    """
    from scrutrack.cli.common import read_text_option
    from scrutrack.dates import parse_iso
    from scrutrack.errors import InvalidInput
    from scrutrack.lifecycle import respond as do_respond
    from scrutrack.model import OUTCOMES, normalize_text

    if outcome not in OUTCOMES:
        from scrutrack.spreadsheet import outcome_word

        outcome = outcome_word(outcome)
    day = event_day(date, future)
    body = read_text_option(text, text_file)
    if body is None:
        raise InvalidInput("the response needs its text; give --text or --text-file")
    due_day = parse_iso(due, "--due") if due else None
    rec = _change(
        record_id,
        repo_path,
        by,
        lambda rec, who: do_respond(rec, day, outcome, normalize_text(body), due=due_day, by=who, note=note_),
    )
    extra = f"; due {rec.due}" if due_day else ""
    said = rec.history[-1].outcome or outcome
    still = "; it stays referred, the response still due by " + str(rec.response_due) if said == "noted" else ""
    note(f"{rec.id}: {said} on {day}{extra}{still}")


@command
def status(
    record_ids: Annotated[
        list[str],
        typer.Argument(
            metavar="[ID]... STATUS",
            help="Record IDs (or --meeting/--committee), then the new status: in-progress, implemented, closed, "
            "withdrawn or superseded (in any case, or a tracker's word: done, complete, ongoing...).",
            show_default=False,
        ),
    ],
    superseded_by: Annotated[
        str | None, typer.Option("--superseded-by", help="The record that replaces this one.")
    ] = None,
    meeting: MeetingOpt = None,
    committee: CommitteeOpt = None,
    date: DateOpt = None,
    future: FutureOpt = False,
    by: ByOpt = None,
    note_: NoteOpt = None,
    dry_run: DryRunOpt = False,
    repo_path: RepoOpt = None,
) -> None:
    """Move records on: in-progress, implemented (needs evidence), closed, withdrawn, superseded.

    \b
    Example:
      scrutrack status cyp-2018-11-27-1 implemented --date 2019-02-05
      scrutrack status cyp-2018-11-27-1 closed --note "Signed off, minute 12/19"
      scrutrack status --meeting 2018-11-27 --committee cyp withdrawn \\
        --note "Overtaken by the review"
    """
    from scrutrack.lifecycle import set_status
    from scrutrack.model import STATUSES
    from scrutrack.store import resolve_id

    ids, new_status = _ids_then(record_ids, meeting or committee, "STATUS", "the new status")
    if new_status not in STATUSES:
        from scrutrack.spreadsheet import status_word

        new_status = status_word(new_status, "status")
    day = event_day(date, future)
    r = repo(repo_path)
    target_id = resolve_id(r, superseded_by) if superseded_by else None
    targets = _targets(r, ids, meeting, committee)

    def apply(rec: "Record", who: str | None) -> "Record":
        return set_status(rec, new_status, day, by=who, note=note_, superseded_by=target_id)

    said = lambda rec: f"{rec.id}: now {new_status} ({day})"  # noqa: E731
    _for_each(r, targets, by, apply, said, ("move", f"moved to {new_status}"), dry_run)


@command
def evidence(
    record_id: IdArg,
    link: Annotated[
        str,
        typer.Argument(
            metavar="URL_OR_PATH", help="An http(s) URL, or a file inside the repository.", show_default=False
        ),
    ],
    title: Annotated[str | None, typer.Option(help="What it is (default: the file name or URL).")] = None,
    date: DateOpt = None,
    future: FutureOpt = False,
    by: ByOpt = None,
    note_: NoteOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Link evidence of progress: a report, the minutes, a web page.

    \b
    Example:
      scrutrack evidence cyp-2018-11-27-2 https://example.org/agenda/item5.pdf \\
        --title "March update"
      scrutrack evidence cyp-2018-11-27-1 evidence/cyp/2019-02-05-minutes.txt
    """
    import re
    from pathlib import Path

    from scrutrack.errors import InvalidInput
    from scrutrack.lifecycle import add_evidence
    from scrutrack.model import url_problem

    day = event_day(date, future)
    r = repo(repo_path)
    url = path = None
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", link):
        if why := url_problem(link):
            raise InvalidInput(f"{why}; give an http(s) URL or a path in the repository")
        url = link
    else:
        target = (Path.cwd() / link).resolve()
        if not target.exists() and (r.root / link).exists():
            target = (r.root / link).resolve()  # a path given relative to the repository
        if not target.is_relative_to(r.root):
            raise InvalidInput(f"'{link}' is outside the repository {r.root}; copy it in (e.g. evidence/) first")
        if not target.exists():
            raise InvalidInput(f"'{link}' does not exist; give an existing file or an http(s) URL")
        if not target.is_file():
            raise InvalidInput(f"'{link}' is a folder; link a file in it, or a URL")
        path = target.relative_to(r.root).as_posix()
    name = title or (Path(path).name if path else link)
    rec = _change(
        record_id, repo_path, by, lambda rec, who: add_evidence(rec, day, name, url=url, path=path, by=who, note=note_)
    )
    note(f"{rec.id}: evidence added ({url or path})")


@command
def due(
    record_id: IdArg,
    new_due: Annotated[
        str | None,
        typer.Argument(
            metavar="[DATE]",
            help="The new target date, YYYY-MM-DD (with --grant: only if the committee granted another date).",
            show_default=False,
        ),
    ] = None,
    reason: Annotated[
        str | None,
        typer.Option(
            help="Why the target moves; with --grant or --refuse, the committee's decision in its words.",
            show_default=False,
        ),
    ] = None,
    request: Annotated[
        bool, typer.Option("--request", help="The owner asks for DATE: recorded; the target moves only when granted.")
    ] = False,
    grant: Annotated[
        bool, typer.Option("--grant", help="The committee granted the request: the target moves to the date asked for.")
    ] = False,
    refuse: Annotated[
        bool, typer.Option("--refuse", help="The committee refused the request: the target stays.")
    ] = False,
    meeting: Annotated[
        str | None, typer.Option(help="With --grant or --refuse: the committee meeting that decided, YYYY-MM-DD.")
    ] = None,
    minute: Annotated[
        str | None, typer.Option(help="With --grant or --refuse: the minute that records it, e.g. 47(3).")
    ] = None,
    date: DateOpt = None,
    future: FutureOpt = False,
    by: ByOpt = None,
    note_: NoteOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Move the implementation target, or record an owner's request for a new one and the committee's decision.

    A plain `due` is the officer's own correction, as it always was. An owner's request
    (--request) leaves the target where it is until the committee grants it (--grant) or refuses
    it (--refuse), with the meeting and minute. The original date and every move stay in the
    history; `overdue` and the report flag a target moved too often or too far (scrutrack.toml's
    max_moves and max_slip).

    \b
    Example:
      scrutrack due cyp-2018-11-27-2 2019-09-30 \\
        --reason "Awaiting the new case system"
      scrutrack due cyp-2018-11-27-2 2019-12-31 --request \\
        --by "Head of Early Help" --reason "The system goes live in November"
      scrutrack due cyp-2018-11-27-2 --grant --meeting 2019-10-15 --minute "47(3)"
    """
    from scrutrack.dates import parse_iso
    from scrutrack.errors import InvalidInput
    from scrutrack.lifecycle import decide_request, request_due, revise_due

    if request + grant + refuse > 1:
        raise InvalidInput("give one of --request, --grant or --refuse")
    day = event_day(date, future)
    target = parse_iso(new_due, "DATE") if new_due else None
    meeting_day = parse_iso(meeting, "--meeting") if meeting else None
    if (meeting or minute) and not (grant or refuse):
        raise InvalidInput("--meeting and --minute go with --grant or --refuse (the committee's decision)")
    if grant or refuse:
        if refuse and target is not None:
            raise InvalidInput("a refusal keeps the target; drop the DATE")
        rec = _change(
            record_id,
            repo_path,
            by,
            lambda rec, who: decide_request(
                rec, day, grant, due=target, meeting=meeting_day, minute=minute, decision=reason, by=who, note=note_
            ),
        )
        decided = rec.history[-1]
        at = f" at the meeting of {decided.meeting}" if decided.meeting else ""
        if grant:
            note(f"{rec.id}: request granted{at}; due {rec.due} (was {decided.from_ or 'not set'})")
        else:
            note(f"{rec.id}: request refused{at}; due stays {rec.due or 'not set'}")
        return
    if target is None:
        raise InvalidInput("give the new target date, YYYY-MM-DD (or --grant / --refuse for a request)")
    if not reason:
        raise InvalidInput("a target date moves with a reason; give --reason TEXT")
    if request:
        rec = _change(
            record_id, repo_path, by, lambda rec, who: request_due(rec, day, target, reason, by=who, note=note_)
        )
        note(f"{rec.id}: {target} requested; due stays {rec.due or 'not set'} until the committee decides")
        return
    rec = _change(record_id, repo_path, by, lambda rec, who: revise_due(rec, day, target, reason, by=who, note=note_))
    kept = rec.history[-1].from_ == target
    note(f"{rec.id}: due {target}" + (" (kept; the decision and its reason are in the history)" if kept else ""))


@command
def review(
    record_id: IdArg,
    review_date: Annotated[
        str,
        typer.Argument(metavar="DATE", help="When the committee next follows it up, YYYY-MM-DD.", show_default=False),
    ],
    date: DateOpt = None,
    future: FutureOpt = False,
    by: ByOpt = None,
    note_: NoteOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Set the date the committee next follows the item up.

    \b
    Example:
      scrutrack review cyp-2018-11-27-2 2019-09-18
    """
    from scrutrack.dates import parse_iso
    from scrutrack.lifecycle import set_review

    day = event_day(date, future)
    target = parse_iso(review_date, "DATE")
    rec = _change(record_id, repo_path, by, lambda rec, who: set_review(rec, day, target, by=who, note=note_))
    note(f"{rec.id}: review on {target}")


@command
def assign(
    record_ids: Annotated[
        list[str],
        typer.Argument(
            metavar="[ID]... OWNER",
            help="Record IDs (or --meeting/--committee), then the new owner: a name or a post.",
            show_default=False,
        ),
    ],
    meeting: MeetingOpt = None,
    committee: CommitteeOpt = None,
    date: DateOpt = None,
    future: FutureOpt = False,
    by: ByOpt = None,
    note_: NoteOpt = None,
    dry_run: DryRunOpt = False,
    repo_path: RepoOpt = None,
) -> None:
    """Hand records to a new owner; who was responsible when stays in the history.

    \b
    Example:
      scrutrack assign cyp-2018-11-27-2 "Head of Early Help" \\
        --note "Service restructure, April 2019"
      scrutrack assign --meeting 2018-11-27 --committee cyp "Head of Early Help"
    """
    from scrutrack.lifecycle import assign as do_assign

    ids, owner = _ids_then(record_ids, meeting or committee, '"OWNER"', "the new owner")
    day = event_day(date, future)
    r = repo(repo_path)
    targets = _targets(r, ids, meeting, committee)
    said = lambda rec: f"{rec.id}: owner {rec.owner} ({day})"  # noqa: E731
    apply = lambda rec, who: do_assign(rec, day, owner, by=who, note=note_)  # noqa: E731
    _for_each(r, targets, by, apply, said, ("assign", "assigned"), dry_run)


@command
def note_cmd(
    record_ids: Annotated[
        list[str],
        typer.Argument(
            metavar="[ID]... TEXT",
            help="Record IDs (or --meeting/--committee), then what happened.",
            show_default=False,
        ),
    ],
    meeting: MeetingOpt = None,
    committee: CommitteeOpt = None,
    date: DateOpt = None,
    future: FutureOpt = False,
    by: ByOpt = None,
    dry_run: DryRunOpt = False,
    repo_path: RepoOpt = None,
) -> None:
    """Log something that happened (a chase, a discussion) without changing the status.

    \b
    Example:
      scrutrack note cyp-2018-09-18-3 --date 2018-11-27 \\
        "Comparisons still missing from the quarterly report"
      scrutrack note --meeting 2018-11-27 --committee cyp "Chased every owner"
    """
    from scrutrack.lifecycle import add_note

    ids, text = _ids_then(record_ids, meeting or committee, '"TEXT"', "what happened")
    day = event_day(date, future)
    r = repo(repo_path)
    targets = _targets(r, ids, meeting, committee)
    said = lambda rec: f"{rec.id}: note added ({day})"  # noqa: E731
    _for_each(r, targets, by, lambda rec, who: add_note(rec, day, text, by=who), said, ("note", "noted"), dry_run)


@command
def edit(
    record_id: IdArg,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Reopen the edit that was not saved last time (it had problems), to go on."),
    ] = False,
    date: Annotated[
        str | None, typer.Option("--date", help="The day of the edit for its history entry (default today).")
    ] = None,
    by: ByOpt = None,
    note_: NoteOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Edit a record in $VISUAL or $EDITOR; the result must pass `check` or nothing is written.

    The history gains one `edited` entry naming the fields you changed, and saying which history
    entries you corrected (a mistyped date, say). An edit with problems is not saved but kept:
    `--resume` reopens it.

    \b
    Example:
      EDITOR=nano scrutrack edit cyp-2018-11-27-2 --note "Typo in the item"
      scrutrack edit cyp-2018-11-27-2 --resume
    """
    import datetime as dt
    import os
    import shlex
    import subprocess

    from scrutrack.errors import InvalidInput
    from scrutrack.store import find_file, read_record, record_text, resolve_id

    day = parse_day(date, "--date")
    r = repo(repo_path)
    rid = resolve_id(r, record_id)
    path = find_file(r, rid)
    rel = r.rel(path)
    kept, base = _kept_edit(r.root, rid)
    if resume and not kept.exists():
        raise InvalidInput(f"no edit of {rid} to resume; run `scrutrack edit {rid}`")
    original = record_text(r, path)
    if resume and base.read_text(encoding="utf-8") != original:
        raise InvalidInput(
            f"{rel} was changed since your edit began, so it cannot simply be resumed; your edit is kept in "
            f"{kept}: run `scrutrack edit {rid}` and make it again there"
        )
    before, _ = read_record(r, rid)
    last = before.history[-1].date if before.history else before.meeting
    if day < last <= dt.date.today():  # said before the editor opens, not after the work is done
        raise InvalidInput(
            f"{rid}: the date {day} is before its last history entry ({last}); give --date {last} or later"
        )
    # (An entry dated after today is a mistyped date: the edit that corrects it is the way out.)
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise InvalidInput("set $VISUAL or $EDITOR to the editor to use, e.g. EDITOR=nano")
    try:
        command = shlex.split(editor)
    except ValueError as exc:
        raise InvalidInput(f"cannot read the editor command '{editor}' ({exc}); fix $VISUAL/$EDITOR") from None
    kept.parent.mkdir(parents=True, exist_ok=True)
    if not resume:
        kept.write_text(original, encoding="utf-8")
        base.write_text(original, encoding="utf-8")
    try:
        code = subprocess.call([*command, str(kept)])
    except OSError as exc:
        raise InvalidInput(f"cannot run the editor '{editor}' ({exc.strerror}); set $VISUAL or $EDITOR") from None
    if code != 0:
        raise InvalidInput(
            f"the editor '{editor}' failed; {rel} was left untouched; `scrutrack edit {rid} --resume` reopens your edit"
        )
    saved = _save_edit(
        r, path, rid, before, original, kept.read_text(encoding="utf-8", errors="replace"), day, by, note_
    )
    for done in (kept, base):
        done.unlink(missing_ok=True)
    note(f"{rid}: {'saved' if saved else 'no change'}")


def _kept_edit(root: "Path", rid: str) -> "tuple[Path, Path]":
    """Where an edit is made and kept until it is saved (the cache's folder: git-ignored, private),
    and the record's text it began from."""
    from scrutrack.cache import CACHE_DIR

    folder = root / CACHE_DIR / "edits"
    return folder / f"{rid}.toml", folder / f"{rid}.began.toml"


def _save_edit(
    r: "Repo",
    path: "Path",
    rid: str,
    before: "Record",
    original: str,
    edited: str,
    day: "dt.date",
    by: str | None,
    note_: str | None,
) -> bool:
    """Check an edit and write it over the record if nobody changed the record meanwhile; whether
    anything changed. Refused (the edit kept for --resume) with every problem named."""
    from scrutrack.canonical import dumps
    from scrutrack.cli.common import git_user
    from scrutrack.errors import InvalidInput
    from scrutrack.lifecycle import edited_fields, record_edit
    from scrutrack.saving import replace_if_unchanged
    from scrutrack.store import line_of, parse_text, record_ids
    from scrutrack.validate import record_problems

    rel = r.rel(path)
    kept, _ = _kept_edit(r.root, rid)
    resume = f"your edit is kept in {kept}; `scrutrack edit {rid} --resume` reopens it"
    record, problems = parse_text(rel, edited)
    msgs = [str(p) for p in problems]
    if record is not None:
        if edited_fields(before, record):
            try:
                who = by if by is not None else git_user(r.root)
                record = record_edit(before, record, day, by=who, note=note_)
            except InvalidInput as exc:  # the edit added history dated after --date
                msgs.append(str(exc))
        found = record_problems(record, r, rel, frozenset(record_ids(r)))
        msgs += [f"{rel}:{line_of(edited, p.where)}: {p.message}" for p in found]
    if msgs or record is None:
        for m in msgs:
            note(m)
        raise InvalidInput(f"the edit has {plural(len(msgs), 'problem')}; {rel} was left untouched; {resume}")
    text = dumps(record)
    if text == original:
        return False
    # Written only if nobody changed the record while the editor was open (checked under its lock).
    if not replace_if_unchanged(r, path, original, text):
        raise InvalidInput(
            f"{rel} was changed by another command while you were editing, so your edit was not saved; "
            f"{resume} once you have seen the other change (`scrutrack show {rid}`)"
        )
    return True


COMMANDS: dict[str, Callable[..., None]] = {
    "refer": refer,
    "respond": respond,
    "status": status,
    "evidence": evidence,
    "due": due,
    "review": review,
    "assign": assign,
    "note": note_cmd,
    "edit": edit,
}
