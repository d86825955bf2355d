"""Writing scrutrack.toml: the set-up `init` writes, and committees added later (the officer's comments kept)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scrutrack import tomlread
from scrutrack.canonical import format_value
from scrutrack.dates import parse_period
from scrutrack.errors import AlreadyExists, ConfigError, InvalidInput
from scrutrack.model import MAX_SLUG, SLUG_RE
from scrutrack.saving import change_file, ignore_leftovers, with_line, write_text_atomic
from scrutrack.store import (
    CONFIG_NAME,
    DEFAULT_REFERRAL_WINDOW,
    DEFAULT_RESPONSE_PERIOD,
    RECORDS_DIR,
)

GITATTRIBUTES_LINE = "records/**/*.toml merge=scrutrack"

HEADER = """\
# scrutrack configuration: committees and themes for the records in records/.
schema = 1

[defaults]
# How long the executive has to respond once a recommendation is referred (s.9FE: two months).
response_period = "{response}"
# How soon after the meeting a recommendation should be referred.
referral_window = "{referral}"
"""
THEMES = """
[themes]
# slug = "description"
"""


@dataclass(frozen=True)
class NewCommittee:
    """A committee to write into scrutrack.toml; periods left out follow [defaults]."""

    slug: str
    name: str
    response_period: str | None = None
    referral_window: str | None = None

    def checked(self) -> NewCommittee:
        """The same committee with its text trimmed, or an error naming what to fix."""
        slug, name = self.slug.strip(), " ".join(self.name.split())
        if not SLUG_RE.match(slug):
            raise InvalidInput(
                f"committee '{self.slug}' is not a slug: use lower-case letters, digits and hyphens (e.g. cyp)"
            )
        if len(slug) > MAX_SLUG:
            raise InvalidInput(
                f"committee '{slug}' is {len(slug)} characters; give a short slug of up to {MAX_SLUG} (e.g. hasc): "
                "it starts every record ID, which tables always show whole"
            )
        if not name:
            raise InvalidInput(
                f"committee '{slug}' needs a name, e.g. --name \"Children & Young People Sub-Committee\""
            )
        for option, value in (("--response-period", self.response_period), ("--referral-window", self.referral_window)):
            if value is not None:
                try:
                    parse_period(value)
                except InvalidInput as exc:
                    raise InvalidInput(f"{option} for {slug}: {exc}") from None
        return NewCommittee(slug, name, self.response_period, self.referral_window)

    def table(self) -> str:
        lines = [f"[committees.{self.slug}]", f"name = {format_value('name', self.name)}"]
        if self.response_period is not None:
            lines.append(f"response_period = {format_value('response_period', self.response_period)}")
        if self.referral_window is not None:
            lines.append(f"referral_window = {format_value('referral_window', self.referral_window)}")
        return "\n".join(lines) + "\n"


EXAMPLE = NewCommittee("scrutiny", "Scrutiny & Overview Committee")


def config_text(committees: Sequence[NewCommittee]) -> str:
    """A new scrutrack.toml: the defaults, the committees (an example one if none), an empty [themes]."""
    text = HEADER.format(response=DEFAULT_RESPONSE_PERIOD, referral=DEFAULT_REFERRAL_WINDOW)
    for c in committees or [EXAMPLE]:
        text += "\n" + c.table()
    if not committees:
        text += '# response_period = "8 weeks"   # a committee may set its own\n'
    return text + THEMES


def init_repo(root: Path, committees: Sequence[NewCommittee]) -> None:
    """scrutrack.toml, records/, the .gitattributes line and the .gitignore lines (the cache, temp
    files of interrupted writes), in `root`; refused if scrutrack.toml exists."""
    checked = [c.checked() for c in committees]
    slugs = [c.slug for c in checked]
    if len(set(slugs)) != len(slugs):
        twice = next(s for s in slugs if slugs.count(s) > 1)
        raise InvalidInput(f"committee '{twice}' is given twice; give each --committee once")
    config = root / CONFIG_NAME
    if config.exists():
        raise AlreadyExists(
            f"{config} already exists; scrutrack is set up there (nothing was changed). "
            "Add a committee with `scrutrack committee add SLUG --name ...`"
        )
    root.mkdir(parents=True, exist_ok=True)
    write_text_atomic(config, config_text(checked), create=True)
    (root / RECORDS_DIR).mkdir(exist_ok=True)
    change_file(root, root / ".gitattributes", with_line(GITATTRIBUTES_LINE))
    ignore_leftovers(root)


_HEADER_LINE = re.compile(r"^\s*\[")
_COMMITTEE_HEADER = re.compile(r"^\s*\[\s*committees\s*[.\]]")


def with_committee(text: str | None, committee: NewCommittee) -> str:
    """scrutrack.toml's text with one more committee table, after the last committee's (comments kept)."""
    c = committee.checked()
    if text is None:
        raise ConfigError(f"{CONFIG_NAME} was removed (by another command?); nothing was added")
    try:
        data = tomlread.loads(text)
    except tomlread.TOMLDecodeError:
        raise ConfigError(f"{CONFIG_NAME} cannot be read as TOML; run `scrutrack check` and fix it first") from None
    existing = data.get("committees")
    if isinstance(existing, dict) and c.slug in existing:
        raise AlreadyExists(
            f"committee '{c.slug}' is already in {CONFIG_NAME}; nothing was changed (edit it there to change it)"
        )
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    headers = [i for i, line in enumerate(lines) if _HEADER_LINE.match(line)]
    ours = [i for i in headers if _COMMITTEE_HEADER.match(lines[i])]
    at = len(lines)
    if ours:
        after = [i for i in headers if i > ours[-1]]
        at = after[0] if after else len(lines)
        while at > ours[-1] + 1 and (not lines[at - 1].strip() or lines[at - 1].lstrip().startswith("#")):
            at -= 1  # blank lines and comments just above the next table belong to it
    before, rest = lines[:at], lines[at:]
    block = ("\n" if before and before[-1].strip() else "") + c.table() + ("\n" if rest and rest[0].strip() else "")
    new = "".join(before) + block + "".join(rest)
    try:
        added = tomlread.loads(new).get("committees", {}).get(c.slug, {})
    except (tomlread.TOMLDecodeError, AttributeError):
        added = {}
    if not isinstance(added, dict) or added.get("name") != c.name:
        raise ConfigError(
            f"cannot add [committees.{c.slug}] to {CONFIG_NAME} as it is written (committees as inline tables?); "
            f"add this there by hand:\n{c.table()}"
        )
    return new


def add_committee(root: Path, committee: NewCommittee) -> NewCommittee:
    """Write one more committee into the repository's scrutrack.toml (under its lock, read afresh:
    two committees added at once are both kept), atomically; the committee as written."""
    checked = committee.checked()
    change_file(root, root / CONFIG_NAME, lambda text: with_committee(text, checked))
    return checked
