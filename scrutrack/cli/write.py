"""Commands that move a record through its lifecycle: refer, respond, status, evidence, due, review, assign, edit."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from scrutrack.cli.common import IdArg, RepoOpt, command, note, parse_day, plural, repo

if TYPE_CHECKING:
    from scrutrack.model import Record

DateOpt = Annotated[str | None, typer.Option("--date", help="When it happened, YYYY-MM-DD (default today).")]
ByOpt = Annotated[
    str | None,
    typer.Option("--by", help="Who did it (default: git's user.name, else your full name on this system)."),
]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Why, or what: kept in the history.")]


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


@command
def refer(
    record_id: IdArg,
    to: Annotated[str | None, typer.Option("--to", help="Who must respond (sets addressed_to).")] = None,
    response_due: Annotated[
        str | None,
        typer.Option("--response-due", help="Response due date (default: date + the committee's response period)."),
    ] = None,
    date: DateOpt = None,
    by: ByOpt = None,
    note_: NoteOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Record that a recommendation was sent to the executive (or sent again).

    \b
    Example:
      scrutrack refer cyp-2018-11-27-2 --date 2018-12-03 --to Cabinet
    """
    from scrutrack.dates import add_period, parse_iso
    from scrutrack.lifecycle import refer as do_refer

    day = parse_day(date, "--date")
    r = repo(repo_path)

    def apply(rec: "Record", who: str | None) -> "Record":
        if response_due:
            due = parse_iso(response_due, "--response-due")
        else:
            period = r.config.committee(rec.committee).response_period
            due = add_period(day, period, f"--date {day}")
        return do_refer(rec, day, due, to=to, by=who, note=note_)

    rec = _change(record_id, repo_path, by, apply)
    note(f"{rec.id}: referred on {day}; response due {rec.response_due}")


@command
def respond(
    record_id: IdArg,
    outcome: Annotated[
        str,
        typer.Option(
            help="accepted, accepted-in-part, accepted-in-principle, rejected (the text is its reason) or noted "
            "(no substantive answer: it stays referred).",
            show_default=False,
        ),
    ],
    text: Annotated[str | None, typer.Option(help="The response's text.")] = None,
    text_file: Annotated[
        str | None, typer.Option("--text-file", help="Read the response from a file ('-' for stdin).")
    ] = None,
    due: Annotated[str | None, typer.Option(help="Implementation target date, YYYY-MM-DD.")] = None,
    date: DateOpt = None,
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
    from scrutrack.model import normalize_text

    day = parse_day(date, "--date")
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
    record_id: IdArg,
    new_status: Annotated[
        str,
        typer.Argument(
            metavar="STATUS", help="in-progress, implemented, closed, withdrawn or superseded.", show_default=False
        ),
    ],
    superseded_by: Annotated[
        str | None, typer.Option("--superseded-by", help="The record that replaces this one.")
    ] = None,
    date: DateOpt = None,
    by: ByOpt = None,
    note_: NoteOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Move a record on: in-progress, implemented (needs evidence), closed, withdrawn, superseded.

    \b
    Example:
      scrutrack status cyp-2018-11-27-1 implemented --date 2019-02-05
      scrutrack status cyp-2018-11-27-1 closed --note "Signed off, minute 12/19"
    """
    from scrutrack.errors import InvalidInput
    from scrutrack.lifecycle import set_status
    from scrutrack.model import STATUSES
    from scrutrack.store import resolve_id

    if new_status not in STATUSES:
        raise InvalidInput(f"status '{new_status}' is not one of: {', '.join(STATUSES)}")
    day = parse_day(date, "--date")
    target_id = None
    if superseded_by:
        target_id = resolve_id(repo(repo_path), superseded_by)
    rec = _change(
        record_id,
        repo_path,
        by,
        lambda rec, who: set_status(rec, new_status, day, by=who, note=note_, superseded_by=target_id),
    )
    note(f"{rec.id}: now {new_status} ({day})")


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

    day = parse_day(date, "--date")
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
    day = parse_day(date, "--date")
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

    day = parse_day(date, "--date")
    target = parse_iso(review_date, "DATE")
    rec = _change(record_id, repo_path, by, lambda rec, who: set_review(rec, day, target, by=who, note=note_))
    note(f"{rec.id}: review on {target}")


@command
def assign(
    record_id: IdArg,
    owner: Annotated[
        str,
        typer.Argument(metavar="OWNER", help="The new owner: a name or a post.", show_default=False),
    ],
    date: DateOpt = None,
    by: ByOpt = None,
    note_: NoteOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Hand a record to a new owner; who was responsible when stays in the history.

    \b
    Example:
      scrutrack assign cyp-2018-11-27-2 "Head of Early Help" \\
        --note "Service restructure, April 2019"
    """
    from scrutrack.lifecycle import assign as do_assign

    day = parse_day(date, "--date")
    rec = _change(record_id, repo_path, by, lambda rec, who: do_assign(rec, day, owner, by=who, note=note_))
    note(f"{rec.id}: owner {rec.owner} ({day})")


@command
def note_cmd(
    record_id: IdArg,
    text: Annotated[str, typer.Argument(metavar="TEXT", help="What happened.", show_default=False)],
    date: DateOpt = None,
    by: ByOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Log something that happened (a chase, a discussion) without changing the status.

    \b
    Example:
      scrutrack note cyp-2018-09-18-3 --date 2018-11-27 \\
        "Comparisons still missing from the quarterly report"
    """
    from scrutrack.lifecycle import add_note

    day = parse_day(date, "--date")
    rec = _change(record_id, repo_path, by, lambda rec, who: add_note(rec, day, text, by=who))
    note(f"{rec.id}: note added ({day})")


@command
def edit(
    record_id: IdArg,
    date: Annotated[
        str | None, typer.Option("--date", help="The day of the edit for its history entry (default today).")
    ] = None,
    by: ByOpt = None,
    note_: NoteOpt = None,
    repo_path: RepoOpt = None,
) -> None:
    """Edit a record in $VISUAL or $EDITOR; the result must pass `check` or nothing is written.

    The history gains one `edited` entry naming the fields you changed.

    \b
    Example:
      EDITOR=nano scrutrack edit cyp-2018-11-27-2 --note "Typo in the item"
    """
    import os
    import shlex
    import subprocess
    import tempfile

    from scrutrack.canonical import dumps
    from scrutrack.cli.common import git_user
    from scrutrack.errors import InvalidInput
    from scrutrack.lifecycle import edited_fields, record_edit
    from scrutrack.saving import replace_if_unchanged
    from scrutrack.store import find_file, parse_text, read_record, record_text, resolve_id
    from scrutrack.validate import record_problems

    day = parse_day(date, "--date")
    r = repo(repo_path)
    rid = resolve_id(r, record_id)
    path = find_file(r, rid)
    rel = r.rel(path)
    original = record_text(r, path)
    before, _ = read_record(r, rid)
    last = before.history[-1].date if before.history else before.meeting
    if day < last:  # said before the editor opens, not after the work is done
        raise InvalidInput(
            f"{rid}: the date {day} is before its last history entry ({last}); give --date {last} or later"
        )
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise InvalidInput("set $VISUAL or $EDITOR to the editor to use, e.g. EDITOR=nano")
    try:
        command = shlex.split(editor)
    except ValueError as exc:
        raise InvalidInput(f"cannot read the editor command '{editor}' ({exc}); fix $VISUAL/$EDITOR") from None
    fd, tmp = tempfile.mkstemp(prefix=f"{rid}.", suffix=".toml")
    keep = False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(original)
        try:
            code = subprocess.call([*command, tmp])
        except OSError as exc:
            raise InvalidInput(f"cannot run the editor '{editor}' ({exc.strerror}); set $VISUAL or $EDITOR") from None
        if code != 0:
            raise InvalidInput(f"the editor '{editor}' failed; {rel} was left untouched")
        with open(tmp, encoding="utf-8", errors="replace") as f:
            edited = f.read()
        record, problems = parse_text(rel, edited)
        msgs = [str(p) for p in problems]
        if record is not None:
            from scrutrack.store import line_of, record_ids

            if edited_fields(before, record):
                try:
                    who = by if by is not None else git_user(r.root)
                    record = record_edit(before, record, day, by=who, note=note_)
                except InvalidInput as exc:  # the edit added history dated after --date
                    msgs.append(str(exc))
            existing = frozenset(record_ids(r))
            found = record_problems(record, r, rel, existing)
            msgs += [f"{rel}:{line_of(edited, p.where)}: {p.message}" for p in found]
        if msgs or record is None:
            for m in msgs:
                note(m)
            keep = True  # the clerk's work is not thrown away
            raise InvalidInput(
                f"the edit has {plural(len(msgs), 'problem')}; {rel} was left untouched and your edit is kept in {tmp}"
            )
        text = dumps(record)
        if text == original:
            note(f"{rid}: no change")
            return
        # Written only if nobody changed the record while the editor was open (checked under its lock).
        if not replace_if_unchanged(r, path, original, text):
            keep = True
            raise InvalidInput(
                f"{rel} was changed by another command while you were editing, so your edit was not saved; "
                f"it is kept in {tmp}: run `scrutrack edit {rid}` again and make it there"
            )
    finally:
        if not keep:
            os.unlink(tmp)
    note(f"{rid}: saved")


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
