"""Chasing an update round: an email draft (.eml) to each owner who has not replied, their workbook attached.

Written with the standard library's `email` package. The draft carries `X-Unsent: 1`, so Outlook
opens it as a message to edit and send, as Thunderbird and Apple Mail do with any .eml; scrutrack
never sends mail itself. Owners are named in the records, not addressed: the officer fills in To.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP

from scrutrack.dates import long_date
from scrutrack.model import Record, one_line
from scrutrack.rounds import Round

XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def body(rnd: Round, owner: str, left: Sequence[Record], late: bool) -> str:
    """The message: the round, the due date, and the recommendations still waiting for an update."""
    when = f"were due on {long_date(rnd.due)}" if late else f"are due by {long_date(rnd.due)}"
    lines = [
        f"Dear {one_line(owner)},",
        "",
        f"As part of the scrutiny committee's update round {rnd.name}, we asked you on {long_date(rnd.started)} for "
        f"progress on the recommendations you are responsible for. Updates {when}, and we have not yet had yours "
        f"for {'this one' if len(left) == 1 else f'these {len(left)}'}:",
        "",
    ]
    for r in left:
        text = one_line(r.text)
        lines.append(f"  - {r.id}: {text if len(text) <= 120 else text[:119] + '…'}")
    lines += [
        "",
        "The workbook is attached again. Please fill in the white columns (progress, an update for members, a new "
        "target date with its reason if the date must move, and any evidence), save it as .xlsx and send it back "
        "to me.",
        "",
        "Thank you.",
    ]
    return "\n".join(lines) + "\n"


def draft(
    rnd: Round,
    owner: str,
    left: Sequence[Record],
    workbook_name: str,
    workbook: bytes | None,
    late: bool,
    sender: str | None = None,
) -> bytes:
    """The .eml draft for one owner, as bytes (CRLF line ends, as mail programs expect)."""
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = f"Reminder: update round {rnd.name} for {one_line(owner)} (due {long_date(rnd.due)})"
    if sender:
        msg["From"] = sender
    msg["X-Unsent"] = "1"
    msg.set_content(body(rnd, owner, left, late))
    if workbook is not None:
        msg.add_attachment(workbook, maintype=XLSX[0], subtype=XLSX[1], filename=workbook_name)
    return msg.as_bytes()
