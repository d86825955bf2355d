"""The records repository on disk: finding it, its config, and reading records (saving.py changes them)."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import struct
import time
from collections.abc import Callable, Sequence
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from scrutrack import tomlread
from scrutrack.dates import MONTHS, date_in, parse_period
from scrutrack.errors import (
    BrokenRecord,
    ConfigError,
    InvalidInput,
    RecordNotFound,
    RepoNotFound,
)
from scrutrack.files import MB, ReadRefused, is_temp, read_bytes
from scrutrack.model import (
    DEFAULT_PROGRESS,
    ID_RE,
    PROGRESS_MEANINGS,
    SLUG_RE,
    Problem,
    Record,
    Summary,
    id_order,
    record_from_dict,
    summarize,
)

if TYPE_CHECKING:
    from scrutrack.cache import Folder

CONFIG_NAME = "scrutrack.toml"
RECORDS_DIR = "records"
DEFAULT_RESPONSE_PERIOD = "2 months"
DEFAULT_REFERRAL_WINDOW = "28 days"
# A target date moved more often than this, or this far past its first date, is flagged (overdue, report).
DEFAULT_MAX_MOVES = 2
DEFAULT_MAX_SLIP = "6 months"
DEFAULT_YEAR_START = 5  # the municipal year starts in May, with the council's annual meeting
MAX_RECORD_BYTES = 1 * MB  # a record is one recommendation: longer documents belong in evidence/
MAX_CONFIG_BYTES = 1 * MB
BOM = "\ufeff"


class Committee(NamedTuple):  # tuples, not dataclasses: made at import in a tenth of the time
    slug: str
    name: str
    response_period: str = DEFAULT_RESPONSE_PERIOD
    referral_window: str = DEFAULT_REFERRAL_WINDOW
    last_report: dt.date | None = None  # the as-of date of its last recorded report (`report --record`)
    max_moves: int = DEFAULT_MAX_MOVES
    max_slip: str = DEFAULT_MAX_SLIP


class Config(NamedTuple):
    committees: dict[str, Committee]
    themes: dict[str, str]
    last_report: dt.date | None = None  # the last recorded report of every committee together
    # An update round's progress words, in the order the workbook's list offers them, each with its meaning.
    progress: tuple[tuple[str, str], ...] = DEFAULT_PROGRESS
    year_start: int = DEFAULT_YEAR_START  # the month the municipal year starts in (stats, report --annual)

    def progress_meaning(self, word: str) -> str | None:
        """What a progress word means (model.PROGRESS_MEANINGS), or None if it is not one of ours."""
        return next((meaning for w, meaning in self.progress if w == word), None)

    def last_report_of(self, slug: str | None) -> dt.date | None:
        """When the last report (of this committee, or of all of them) was recorded, if ever."""
        return self.committee(slug).last_report if slug is not None else self.last_report

    def committee(self, slug: str) -> Committee:
        """The committee a --committee names: its slug in any case (HSC is hsc); a slip in it is
        told which one was meant."""
        found = self.committees.get(slug) or self.committees.get(slug.strip().lower())
        if found is not None:
            return found
        import difflib

        known = ", ".join(sorted(self.committees)) or "none yet"
        near = difflib.get_close_matches(slug.lower(), self.committees, n=1)
        meant = f"did you mean '{near[0]}'? " if near else ""
        raise InvalidInput(
            f"unknown committee '{slug}'; {meant}known: {known} (add it with `scrutrack committee add {slug} --name NAME`)"
        )

    def referral_window(self, slug: str) -> str:
        """The committee's referral window; the default for a committee the config does not name."""
        c = self.committees.get(slug)
        return c.referral_window if c is not None else DEFAULT_REFERRAL_WINDOW

    def date_limits(self, slug: str) -> tuple[int, str]:
        """How often a target may move, and how far past its first date, before it is flagged."""
        c = self.committees.get(slug)
        return (c.max_moves, c.max_slip) if c is not None else (DEFAULT_MAX_MOVES, DEFAULT_MAX_SLIP)

    def check_theme(self, theme: str) -> None:
        if theme not in self.themes:
            known = ", ".join(sorted(self.themes)) or "none yet"
            raise InvalidInput(f"unknown theme '{theme}'; known: {known} (add it to {CONFIG_NAME})")


class FileProblem(NamedTuple):
    """A problem in one file, printed as `path:line: message`."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class Repo(NamedTuple):
    root: Path
    config: Config

    @property
    def records_dir(self) -> Path:
        return self.root / RECORDS_DIR

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def path_for(self, record_id: str) -> Path:
        m = ID_RE.match(record_id)
        if not m:
            raise InvalidInput(f"'{record_id}' is not a record ID (<committee>-<YYYY-MM-DD>-<n>)")
        return self.records_dir / m[1] / f"{record_id}.toml"


# ------------------------------------------------------------------------------ config


def find_root(explicit: str | None = None) -> Path:
    """The folder holding scrutrack.toml: --repo / SCRUTRACK_REPO, else walk up from the current
    folder (as git finds .git)."""
    if explicit:
        root = Path(os.path.realpath(os.path.expanduser(explicit)))
        if not _has_config(root):
            raise RepoNotFound(f"{root} has no {CONFIG_NAME}; run `scrutrack init {explicit}` to set one up")
        return root
    here = Path(os.path.realpath(os.getcwd()))
    for folder in (here, *here.parents):
        if _has_config(folder):
            return folder
    raise RepoNotFound(f"no {CONFIG_NAME} in {here} or any folder above it; run `scrutrack init` or pass --repo PATH")


def _has_config(folder: Path) -> bool:
    """Whether the folder holds scrutrack.toml (a link there too: reading it then says why it is refused)."""
    config = folder / CONFIG_NAME
    return config.is_file() or config.is_symlink()


def open_repo(explicit: str | None = None) -> Repo:
    root = find_root(explicit)
    return Repo(root, load_config(root / CONFIG_NAME))


CONFIG_LINK = (
    "is a link, which may lead out of the repository, so scrutrack does not read it; "
    "replace it with a copy of what it points to"
)


_CONFIG_KEYS = ("schema", "last_report", "defaults", "committees", "themes", "progress")
_PERIODS = {  # each committee's periods, and the defaults' when [defaults] does not say
    "response_period": DEFAULT_RESPONSE_PERIOD,
    "referral_window": DEFAULT_REFERRAL_WINDOW,
    "max_slip": DEFAULT_MAX_SLIP,
}
_PER_COMMITTEE = (*_PERIODS, "max_moves")
_DEFAULTS_KEYS = (*_PER_COMMITTEE, "year_start")
_COMMITTEE_KEYS = ("name", *_PER_COMMITTEE, "last_report")
Bad = Callable[..., None]  # bad(message, *where): a problem of scrutrack.toml, at the line that `where` names


def config_problems(path: Path) -> tuple[Config | None, list[FileProblem]]:
    """Read scrutrack.toml, reporting every problem rather than stopping at the first."""
    text, data, problems = _config_toml(path)
    if data is None:
        return None, problems
    out: list[FileProblem] = []

    def bad(msg: str, *where: str | int) -> None:
        out.append(FileProblem(CONFIG_NAME, line_of(text, where), msg))

    if data.get("schema", 1) != 1:
        bad(f"'schema' is {data['schema']!r}; this scrutrack reads schema 1", "schema")
    for key in data:
        if key not in _CONFIG_KEYS:
            bad(f"unknown key '{key}'; allowed: {', '.join(_CONFIG_KEYS)}", key)
    defaults = _defaults(data.get("defaults", {}), bad)
    base = {k: _period(defaults, k, ("defaults",), v, bad) for k, v in _PERIODS.items()}
    base_moves = _moves(defaults, ("defaults",), DEFAULT_MAX_MOVES, bad)
    committees = _committees(data.get("committees", {}), base, base_moves, bad)
    themes = _themes(data.get("themes", {}), bad)
    progress = _progress(data.get("progress"), bad)
    last_report = _last_report(data, ("last_report",), bad)
    return Config(committees, themes, last_report, progress, _year_start(defaults, bad)), out


def _config_toml(path: Path) -> tuple[str, dict[str, Any] | None, list[FileProblem]]:
    """scrutrack.toml's text and its TOML; the TOML is None when the file cannot be read, with why."""
    name = CONFIG_NAME
    try:
        data_bytes = read_bytes(path, MAX_CONFIG_BYTES, follow=False)  # a link may lead out of the repository
    except ReadRefused as exc:
        if exc.mode is not None and stat.S_ISLNK(exc.mode):
            return "", None, [FileProblem(name, None, CONFIG_LINK)]
        return "", None, [FileProblem(name, None, f"{exc}; it should be a short text file")]
    except OSError as exc:
        return "", None, [FileProblem(name, None, f"cannot be read ({exc.strerror or exc})")]
    text, problems = decode(data_bytes, name)
    if text is None:
        return "", None, problems
    text = text.removeprefix(BOM)  # Notepad's byte-order mark: harmless in the config
    data, problems = parse_toml(name, text)
    return text, data, problems


def _defaults(defaults: Any, bad: Bad) -> dict[str, Any]:
    """[defaults], its unknown keys said (a table of nothing when it is not a table)."""
    if not isinstance(defaults, dict):
        bad("[defaults] must be a table", "defaults")
        return {}
    for key in defaults:
        if key not in _DEFAULTS_KEYS:
            bad(f"unknown key '{key}' in [defaults]; allowed: {', '.join(_DEFAULTS_KEYS)}", "defaults", key)
    return defaults


def _committees(raw: Any, base: dict[str, str], base_moves: int, bad: Bad) -> dict[str, Committee]:
    """[committees.<slug>] tables, each period and limit falling back on [defaults]'."""
    committees: dict[str, Committee] = {}
    if not isinstance(raw, dict) or not raw:
        bad("no committees defined; add a [committees.<slug>] table with a name", "committees")
        raw = {}
    for slug, c in raw.items():
        where = ("committees", slug)
        if not isinstance(c, dict):
            bad(f"committee '{slug}' must be a table", *where)
            continue
        if not SLUG_RE.match(slug):
            bad(f"committee slug '{slug}' must be lower-case letters, digits and hyphens", *where)
        for key in c:
            if key not in _COMMITTEE_KEYS:
                bad(f"unknown key '{key}' in committee '{slug}'", *where, key)
        name = c.get("name")
        if not isinstance(name, str) or not name.strip():
            bad(f"committee '{slug}' needs a name", *where, "name")
            name = slug
        committees[slug] = Committee(
            slug,
            name,
            _period(c, "response_period", where, base["response_period"], bad),
            _period(c, "referral_window", where, base["referral_window"], bad),
            _last_report(c, (*where, "last_report"), bad),
            _moves(c, where, base_moves, bad),
            _period(c, "max_slip", where, base["max_slip"], bad),
        )
    return committees


def _period(table: dict[str, Any], key: str, where: tuple[str, ...], fallback: str, bad: Bad) -> str:
    value = table.get(key, fallback)
    try:
        if not isinstance(value, str):
            raise InvalidInput(f"'{key}' must be a string like '2 months'")
        parse_period(value)
    except InvalidInput as exc:
        bad(str(exc), *where, key)
        return fallback
    return value


def _moves(table: dict[str, Any], where: tuple[str, ...], fallback: int, bad: Bad) -> int:
    value = table.get("max_moves", fallback)
    if type(value) is not int or not 0 <= value <= 99:
        bad(
            "'max_moves' must be a whole number from 0 to 99 (how often a target date may move)",
            *where,
            "max_moves",
        )
        return fallback
    return value


def _year_start(table: dict[str, Any], bad: Bad) -> int:
    value = table.get("year_start", "May")
    if isinstance(value, str) and value.strip().lower() in MONTHS:
        return MONTHS[value.strip().lower()]
    bad(
        "'year_start' must be a month's name, e.g. \"May\" (when the municipal year starts)",
        "defaults",
        "year_start",
    )
    return DEFAULT_YEAR_START


def _last_report(table: dict[str, Any], where: tuple[str, ...], bad: Bad) -> dt.date | None:
    value = table.get("last_report")
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    bad("'last_report' must be a TOML date like 2019-04-30 (`scrutrack report --record` writes it)", *where)
    return None


def _themes(raw: Any, bad: Bad) -> dict[str, str]:
    """[themes]: slug = description."""
    themes: dict[str, str] = {}
    if not isinstance(raw, dict):
        bad('[themes] must be a table of slug = "description"', "themes")
        return themes
    for slug, desc in raw.items():
        if not isinstance(desc, str):
            bad(f"theme '{slug}' must be a description string", "themes", slug)
        else:
            themes[slug] = desc
    return themes


def _progress(raw: Any, bad: Bad) -> tuple[tuple[str, str], ...]:
    """[progress]: word = meaning, in the order owners are offered them; the defaults when absent."""
    if raw is None:
        return DEFAULT_PROGRESS
    meanings = ", ".join(PROGRESS_MEANINGS)
    if not isinstance(raw, dict) or not raw:
        bad(f'[progress] must be a table of "word" = "meaning" (meanings: {meanings})', "progress")
        return DEFAULT_PROGRESS
    out = []
    for word, meaning in raw.items():
        if meaning not in PROGRESS_MEANINGS:
            bad(f"progress word '{word}' means {meaning!r}; give one of: {meanings}", "progress", word)
        elif not word.strip() or len(word) > 60:
            bad(f"progress word '{word}' must be 1 to 60 characters", "progress", word)
        else:
            out.append((word, meaning))
    if out and "achieved" not in {m for _, m in out}:
        bad('[progress] needs a word meaning "achieved" (an owner proposing closure)', "progress")
    return tuple(out) or DEFAULT_PROGRESS


def load_config(path: Path) -> Config:
    config, problems = config_problems(path)
    if problems or config is None:
        raise ConfigError(f"{problems[0]}; fix it, then run `scrutrack check`")
    return config


# ------------------------------------------------------------------------ reading records


_TOML_POS = r"\(at line (\d+), column (\d+)\)"
_HEADER = r"^\s*\[\[?\s*([A-Za-z0-9_.-]+)\s*\]\]?"
_KEY = r'^\s*"?([A-Za-z0-9_-]+)"?\s*='


def toml_problem(rel: str, exc: tomlread.TOMLDecodeError, text: str = "") -> FileProblem:
    msg = str(exc)
    m = re.search(_TOML_POS, msg)
    line = int(m[1]) if m else None
    if line is None and "(at end of document)" in msg:
        line = max(text.count("\n") + (0 if text.endswith("\n") else 1), 1)
        msg = msg.replace("(at end of document)", "(at the end of the file)")
    msg = re.sub(_TOML_POS, "", msg).strip()
    msg = re.sub(  # tomllib names a table as a tuple: ('committees', 'cyp') is [committees.cyp]
        r"\(((?:'[^']*'(?:, )?)+)\)", lambda t: "[" + ".".join(re.findall(r"'([^']*)'", t[1])) + "]", msg
    )
    if m:
        msg += f" (column {m[2]})"
    lines = text.splitlines()
    hint = toml_hint(lines[line - 1]) if line is not None and 0 < line <= len(lines) else None
    return FileProblem(rel, line, f"TOML syntax: {msg}" + (f"; {hint}" if hint else ""))


_VALUE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*$")


def toml_hint(line: str) -> str | None:
    """What a clerk probably meant on a line that is not TOML, in their words: a date written
    17/09/2019 or 17 September 2019, text without its quotes, a quote left open."""
    m = _VALUE.match(line)
    if m is None:
        return None
    key, value = m[1], m[2]
    if not value or value[0] in "[{" or value in ("true", "false"):
        return None
    if value[0] in "\"'":
        if value.startswith('"' * 3) or value.count(value[0]) % 2 == 0:
            return None
        return f'a quote is not closed: end the text of {key} with " on the same line (or use """ for several lines)'
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value):  # 2018-13-27, 2019-02-30, 2019-9-5
        return f"{value} is not a real date: {key} = YYYY-MM-DD with two-digit month (01-12) and day"
    if value[0].isdigit():
        if (found := date_in(value.strip("'\""))) is not None:
            return f"dates are written year-month-day, without quotes: {key} = {found[0].isoformat()}"
        return None
    if value[0].isalpha():
        shown = value.replace('"', '\\"')
        return f'text goes in double quotes: {key} = "{shown}"'
    return None


def line_of(text: str, where: tuple[str | int, ...]) -> int | None:
    """The line of a key (or table) named by a Problem's `where`, e.g. ('history', 2, 'date')."""
    if not where:
        return 1
    key = where[-1] if isinstance(where[-1], str) else None
    found = _nearest_line(text, where[:-1] if key is not None else where, key, where[0])
    if found is not None:
        return found
    if len(where) > 1:
        return line_of(text, where[:-1]) if key is not None else line_of(text, where[:1])
    return 1


def _nearest_line(text: str, want_table: tuple[str | int, ...], key: str | None, first: str | int) -> int | None:
    """The line of `key` in `want_table` (of the table itself when `key` is None); else the nearest the
    file has: a top-level key or table named `first`, or the table's header; None when none is there."""
    table: tuple[str | int, ...] = ()
    counts: dict[str, int] = {}
    in_string = False
    best: int | None = None
    table_line: int | None = None
    header_at, key_at = re.compile(_HEADER).match, re.compile(_KEY).match  # once a call, not a line
    for n, line in enumerate(text.splitlines(), 1):
        if in_string:
            if line.count('"""') % 2 == 1:
                in_string = False
            continue
        h = header_at(line)
        if h and not line.lstrip().startswith(("'", '"')):
            table = _header_table(line, h[1], counts)
            if key is None and table == want_table:
                return n
            if table == want_table and table_line is None:
                table_line = n
            if key is not None and len(want_table) == 0 and best is None and table == (first,):
                best = n
            continue
        k = key_at(line)
        if k:
            if table == want_table and k[1] == key:
                return n
            if table == () and k[1] == first and best is None:
                best = n
            if line.count('"""') % 2 == 1:
                in_string = True
    return best if best is not None else table_line


def _header_table(line: str, name: str, counts: dict[str, int]) -> tuple[str | int, ...]:
    """The table a header opens: [a.b] is ('a', 'b'); the third [[a]] is ('a', 2) (`counts` counts them)."""
    if line.lstrip().startswith("[["):
        idx = counts.get(name, -1) + 1
        counts[name] = idx
        return (*name.split("."), idx)
    return tuple(name.split("."))


_MARKER = r"(?m)^(<{7}|={7}|>{7}|\|{7})(?: |$)"


def conflict_problem(rel: str, text: str) -> FileProblem | None:
    """Leftover merge-conflict markers, named as such (TOML would only say 'Invalid statement')."""
    m = re.search(_MARKER, text)
    if m is None:
        return None
    line = text.count("\n", 0, m.start()) + 1
    if _two_recommendations(text):
        return FileProblem(
            rel,
            line,
            "two branches gave this ID to different recommendations, and the merge kept both between the "
            "conflict markers: run `scrutrack resolve` to keep both (the other branch's gets the next free "
            "number), then `git commit`",
        )
    base = " (and the common ancestor's lines after `|||||||`)" if "\n|||||||" in "\n" + text else ""
    return FileProblem(
        rel,
        line,
        f"unresolved merge conflict at line {line}: keep one side, delete the `<<<<<<<`, `=======`, `>>>>>>>` lines"
        + base,
    )


def sides(text: str) -> tuple[str, str]:
    """The two versions a file with conflict markers holds: this branch's and the other's (any
    common ancestor's lines, after `|||||||`, left out)."""
    ours: list[str] = []
    theirs: list[str] = []
    into = [ours, theirs]
    for line in text.splitlines(keepends=True):
        mark = line[:7]
        if mark == "<<<<<<<":
            into = [ours]
        elif mark == "|||||||":
            into = []
        elif mark == "=======" and line.rstrip("\r\n") == "=======":
            into = [theirs]
        elif mark == ">>>>>>>":
            into = [ours, theirs]
        else:
            for side in into:
                side.append(line)
    return "".join(ours), "".join(theirs)


def _two_recommendations(text: str) -> bool:
    """Whether a file with conflict markers holds two whole, different records with one ID: what a
    merge of two branches that both added a recommendation to one meeting leaves."""
    from scrutrack.model import same_text

    found = []
    for side in sides(text):
        try:
            record, _ = record_from_dict(tomlread.loads(side))
        except Exception:
            return False
        if record is None:
            return False
        found.append(record)
    a, b = found
    return a.id == b.id and not same_text(a.text, b.text)


def decode(raw: bytes, rel: str) -> tuple[str | None, list[FileProblem]]:
    """UTF-8 bytes as text, or the problem naming the line where they stop being UTF-8."""
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [FileProblem(rel, line, "is not UTF-8 text; save it as UTF-8")]


def parse_toml(rel: str, text: str) -> tuple[dict[str, Any] | None, list[FileProblem]]:
    """TOML text as data, or its one problem (leftover merge-conflict markers named as such): never
    an exception, whatever the text holds."""
    try:
        return tomlread.loads(text), []
    except tomlread.TOMLDecodeError as exc:
        problem = toml_problem(rel, exc, text)
    except RecursionError:
        problem = FileProblem(
            rel,
            None,
            "TOML syntax: [ or { nested hundreds deep, too deep to read; nothing scrutrack writes nests like this",
        )
    except MemoryError:
        problem = FileProblem(rel, None, "is too large to read in the memory there is")
    except Exception as exc:  # the parser's own failure on a freak file: still a problem, not a crash
        problem = FileProblem(rel, None, f"cannot be read as TOML ({type(exc).__name__}: {exc})")
    return None, [conflict_problem(rel, text) or problem]


def parse_text(rel: str, text: str) -> tuple[Record | None, list[FileProblem]]:
    """One file's text to a record, or the problems with their lines."""
    if not text.strip():  # one problem, not every required key missing
        return None, [FileProblem(rel, None, "is empty; restore what it held (e.g. from git) or delete it")]
    data, found = parse_toml(rel, text)
    if data is None:
        return None, found
    if ("\n<<<<<<<" in text or text.startswith("<<<<<<<")) and (conflict := conflict_problem(rel, text)):
        return None, [conflict]  # markers inside a multi-line string: valid TOML, but a merge left two versions
    try:
        record, problems = record_from_dict(data)
    except (RecursionError, MemoryError) as exc:
        return None, [FileProblem(rel, None, f"cannot be read as a record ({type(exc).__name__})")]
    name = rel.rpartition("/")[2]
    stem = name[:-5] if name.endswith(".toml") else Path(rel).stem
    if record is not None and record.id != stem:
        problems = [Problem(f"'id' is '{record.id}' but the file is named {stem}.toml; they must agree", ("id",))]
        record = None
    return record, [FileProblem(rel, line_of(text, p.where), p.message) for p in problems]


class RawText(NamedTuple):
    """A record file's text (None if it cannot be had), the problems that stop it, whether that
    answer follows from the file's content alone (so it may be cached), and whether it began with a BOM."""

    text: str | None
    problems: list[FileProblem]
    cacheable: bool
    bom: bool = False


def read_text(path: str | Path, rel: str, fd: int | None = None) -> RawText:
    """A record file's text: never through a link, never from a pipe or device, never over
    MAX_RECORD_BYTES (refused before it is read). A byte-order mark is dropped (`check` reports it)."""
    try:
        raw = read_bytes(path, MAX_RECORD_BYTES, follow=False, fd=fd)
    except ReadRefused as exc:
        if exc.mode is not None:
            return RawText(None, [FileProblem(rel, None, _not_a_record(exc.mode))], False)
        msg = f"{exc} for a record; keep long documents in evidence/ and link them with `scrutrack evidence`"
        return RawText(None, [FileProblem(rel, None, msg)], True)
    except OSError as exc:  # a read error may be this user's, or passing: never cached
        return RawText(None, [FileProblem(rel, None, f"cannot be read ({exc.strerror or exc})")], False)
    text, problems = decode(raw, rel)
    if text is None:
        return RawText(None, problems, True)
    if text.startswith(BOM):
        return RawText(text[1:], [], True, True)
    return RawText(text, [], True)


def read_file(path: str | Path, rel: str) -> tuple[Record | None, list[FileProblem], bool]:
    """A file's record or problems, and whether the answer follows from the file's content
    alone (a read error may be this user's, or passing: it is never cached)."""
    got = read_text(path, rel)
    if got.text is None:
        return None, got.problems, got.cacheable
    record, problems = parse_text(rel, got.text)
    return record, problems, True


# Natural order of IDs (…-2 before …-12), as a key computed in C.
ID_ORDER = attrgetter("committee", "meeting", "number")
STAT_KEY = struct.Struct("<qqqq")  # size, mtime_ns, ctime_ns, inode: what says a file changed


class Scan(NamedTuple):
    """Every records/**/*.toml file with its stat key, folder by folder; what could not be
    listed; and the temp files of writes (in progress, or left by a command that was killed)."""

    folders: list[tuple[str, list[str], list[bytes]]]  # (folder path ending in "/", names sorted, their keys)
    problems: list[FileProblem]
    temps: list[str]

    @property
    def files(self) -> list[tuple[str, bytes]]:
        """Every file as (path relative to the root, stat key), sorted by path."""
        return sorted((f + name, key) for f, names, keys in self.folders for name, key in zip(names, keys, strict=True))


def scan_records(repo: Repo) -> Scan:
    """Every record file below records/ (paths relative to the root), and each thing there that
    cannot be read as one: an unreadable folder, a *.toml that is not a regular file, a link.

    Names are listed and stat-ed relative to an open folder (fstatat), a third cheaper than
    stat-ing full paths.
    """
    folders: list[tuple[str, list[str], list[bytes]]] = []
    problems: list[FileProblem] = []
    temps: list[str] = []
    pack, lstat, is_file = STAT_KEY.pack, os.lstat, stat.S_ISREG  # locals: looked up 10,000s of times

    def walk(name: str, rel: str, parent: int | None) -> None:
        try:
            fd, names = _open_folder(name, parent)
        except OSError as exc:
            problems.append(
                FileProblem(rel[:-1], None, f"folder cannot be read ({exc.strerror}); its records were not read")
            )
            return
        try:
            names.sort()
            found: list[str] = []  # record files, in name order
            keys: list[bytes] = []
            subfolders: list[str] = []
            for name in names:
                is_record = name.endswith(".toml")
                if not is_record and name.startswith("."):
                    if is_temp(name):
                        temps.append(rel + name)
                    continue
                try:
                    st = lstat(name, dir_fd=fd)
                except OSError as exc:  # gone since listing
                    if is_record:
                        problems.append(FileProblem(rel + name, None, f"cannot be read ({exc.strerror})"))
                    continue
                mode = st.st_mode
                if is_record and is_file(mode):
                    found.append(name)
                    keys.append(pack(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
                elif stat.S_ISDIR(mode) and not is_record:
                    subfolders.append(name)
                elif is_record or (stat.S_ISLNK(mode) and os.path.isdir(os.path.join(root, rel, name))):
                    problems.append(FileProblem(rel + name, None, _not_a_record(mode)))
            if found:
                folders.append((rel, found, keys))
            for name in subfolders:
                walk(name, f"{rel}{name}/", fd)
        finally:
            os.close(fd)

    root = str(repo.root)
    if _records_folder(repo, problems):
        walk(str(repo.records_dir), f"{RECORDS_DIR}/", None)
    return Scan(folders, problems, temps)


def _open_folder(name: str, parent: int | None) -> tuple[int, list[str]]:
    """A folder opened (never through a link) and its names: OSError when it cannot be read."""
    fd = os.open(name, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_NOFOLLOW", 0), dir_fd=parent)
    try:
        return fd, os.listdir(fd)
    except OSError:
        os.close(fd)
        raise


def _records_folder(repo: Repo, problems: list[FileProblem]) -> bool:
    """Whether records/ is a folder to read; a link there is a problem, a file there an error."""
    records = repo.records_dir
    if records.is_symlink():
        problems.append(FileProblem(RECORDS_DIR, None, _not_a_record(stat.S_IFLNK)))
        return False
    if records.exists() and not records.is_dir():
        raise InvalidInput(f"{records} is a file, not the records folder; move it aside")
    return records.is_dir()


def _not_a_record(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "is a link; records must be real files and folders inside the repository (copy it here instead)"
    what = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a pipe, socket or device)"
    return f"is {what}, not a record file; move it out of {RECORDS_DIR}/"


class Loaded(NamedTuple):
    """Every record that could be read, with the problems of the files that could not."""

    records: list[Record]
    problems: list[FileProblem]
    paths: dict[str, list[str]]  # id -> the files that claim it


class Summaries(NamedTuple):
    """The summaries of every readable record, sorted by ID; the problems of the files that are
    not (and duplicate IDs); and notes for --verbose (e.g. why the cache was not used)."""

    items: list[Summary]
    problems: list[FileProblem]
    notes: list[str]


def _dedupe(paths: Sequence[str], ids: Sequence[str | None], problems: list[FileProblem]) -> list[int]:
    """Indexes of the file kept for each ID (the first by path); a duplicate ID is a problem in
    every file that claims it. `paths` and `ids` go together; an ID of None is left out."""
    present = [rid for rid in ids if rid is not None]
    if len(set(present)) == len(present):  # the usual case: all distinct
        return [i for i, rid in enumerate(ids) if rid is not None]
    claims: dict[str, list[int]] = {}
    for i, rid in enumerate(ids):
        if rid is not None:
            claims.setdefault(rid, []).append(i)
    for rid, where in claims.items():
        if len(where) > 1:
            for i in where:
                others = ", ".join(sorted(paths[k] for k in where if k != i))
                problems.append(FileProblem(paths[i], 2, f"duplicate ID '{rid}': also claimed by {others}"))
    return sorted(min(where, key=paths.__getitem__) for where in claims.values())


def load_all(repo: Repo) -> Loaded:
    """Read and parse every record file afresh (check, fmt, export: they need whole records)."""
    scan = scan_records(repo)
    files = scan.files
    base = str(repo.root)
    parsed = [read_file(os.path.join(base, rel), rel) for rel, _ in files]  # strings: no Path a file
    problems = scan.problems + [p for _, probs, _ in parsed for p in probs]
    keep = _dedupe([rel for rel, _ in files], [r.id if r else None for r, _, _ in parsed], problems)
    records = sorted((r for i in keep if (r := parsed[i][0]) is not None), key=lambda r: id_order(r.id))
    paths: dict[str, list[str]] = {}
    for (rel, _), (r, _, _) in zip(files, parsed, strict=True):
        if r is not None:
            paths.setdefault(r.id, []).append(rel)
    return Loaded(records, problems, paths)


Parsed = tuple[Summary | None, list[FileProblem], bool]  # summary, problems, whether cacheable


def load_summaries(repo: Repo, use_cache: bool = True) -> Summaries:
    """The summary of every record, sorted by ID: from the cache for files whose key did not
    change, parsed afresh (on every core, when there are many) for the others."""
    from scrutrack.cache import CACHE_DIR, open_cache, racy

    scan = scan_records(repo)
    notes: list[str] = []
    cache, why = open_cache(repo.root / CACHE_DIR) if use_cache else (None, None)
    if why:
        notes.append(f"not using the cache: {why}")
    cached = cache.folders() if cache is not None else {}
    olds = [cached.pop(folder, None) for folder, _, _ in scan.folders]  # what is left: folders gone
    now: list[Folder] = []  # each folder as known, its files to read afresh still None
    unread: list[tuple[int, int]] = []  # (folder, file)
    for f, ((_, names, keys), old) in enumerate(zip(scan.folders, olds, strict=True)):
        known, to_read = _match(old, names, keys)
        now.append(known)
        unread += [(f, i) for i in to_read]
    doubtful: dict[int, list[int]] = {}  # folder -> files read too soon after a change to trust
    if unread:
        from functools import partial

        from scrutrack.parallel import map_chunks

        read_at = time.time_ns()
        rels = [scan.folders[f][0] + now[f].names[i] for f, i in unread]
        parsed = map_chunks(partial(_summarize, str(repo.root)), rels)
        for (f, i), (summary, found, cacheable) in zip(unread, parsed, strict=True):
            now[f].entries[i] = summary
            if found:
                now[f].problems[now[f].names[i]] = [(p.line, p.message) for p in found]
            if not cacheable or racy(STAT_KEY.unpack(now[f].key(i))[1], read_at):
                doubtful.setdefault(f, []).append(i)
    problems = list(scan.problems)
    summaries: list[Summary] = []
    for (folder, _, _), here in zip(scan.folders, now, strict=True):
        summaries += filter(None, here.entries)
        for name, pairs in here.problems.items():
            problems += [FileProblem(folder + name, line, message) for line, message in pairs]
    if cache is not None:
        # A folder's row is written when its files changed (read afresh, or gone from it), unless
        # the only change is files still too new to trust (their keys stay unknown): then the
        # row would be the same.
        write = []
        for f in [f for f, here in enumerate(now) if here is not olds[f]]:
            row = now[f].without(doubtful.get(f, ()))
            if (old := olds[f]) is None or (old.names, old.keys) != (row.names, row.keys):
                write.append((scan.folders[f][0], row))
        cache.update(write, list(cached))
        if cache.problem:
            notes.append(f"not using the cache: {cache.problem}")
        cache.close()
    ids = [s.id for s in summaries]
    if len(set(ids)) < len(ids):  # a duplicate ID: every file that claims it is named
        paths = [
            folder + name
            for (folder, names, _), here in zip(scan.folders, now, strict=True)
            for name, entry in zip(names, here.entries, strict=True)
            if entry
        ]
        summaries = [summaries[i] for i in _dedupe(paths, ids, problems)]
    summaries.sort(key=ID_ORDER)
    problems.sort(key=lambda p: (p.path, p.line or 0))
    return Summaries(summaries, problems, notes)


def _match(old: Folder | None, names: list[str], keys: list[bytes]) -> tuple[Folder, list[int]]:
    """A folder as the cache knows it (`old`, if any) and which of its files to read afresh."""
    from scrutrack.cache import Folder

    joined = b"".join(keys)
    if old is not None and old.keys == joined and old.names == names:  # the usual case: nothing changed
        return old, []
    where = {} if old is None else {name: j for j, name in enumerate(old.names)}
    entries: list[Summary | None] = []
    bad: dict[str, list[tuple[int | None, str]]] = {}
    to_read: list[int] = []
    for i, (name, key) in enumerate(zip(names, keys, strict=True)):
        j = where.get(name)
        if old is not None and j is not None and old.key(j) == key:
            entries.append(old.entries[j])
            if name in old.problems:
                bad[name] = old.problems[name]
        else:
            entries.append(None)
            to_read.append(i)
    return Folder(names, joined, entries, bad), to_read


def _summarize(root: str, rels: Sequence[str]) -> list[Parsed]:
    """Files' summaries (cheap to pass between processes: map_chunks runs this on every core)."""
    parsed = [read_file(os.path.join(root, rel), rel) for rel in rels]
    return [(summarize(r) if r is not None else None, problems, cacheable) for r, problems, cacheable in parsed]


def record_ids(repo: Repo) -> list[str]:
    """Every record ID known from file names alone (nothing is parsed)."""
    return sorted({Path(rel).stem for rel, _ in scan_records(repo).files}, key=id_order)


def id_as_typed(given: str) -> str:
    """An ID as an officer may type or paste it: in capitals, with `.toml`, or as its file's path
    (records/cyp/cyp-2019-01-10-2.toml); IDs are lower case."""
    given = given.strip().replace("\\", "/").rpartition("/")[2]
    if given.lower().endswith(".toml"):
        given = given[:-5]
    return given.lower()


def resolve_id(repo: Repo, given: str) -> str:
    """An exact ID, or the one ID that starts with `given`; an ambiguous prefix lists its matches.

    A complete ID is never taken as a prefix: 'cyp-2019-01-10-2' does not mean '-25'.
    """
    given = id_as_typed(given)
    if not given:
        raise RecordNotFound("no record ID given; run `scrutrack list` to see IDs")
    complete = ID_RE.match(given) is not None
    if complete and os.path.lexists(repo.path_for(given)):
        return given  # find_file then says if it is not a record file (a link, a pipe, a folder)
    ids = record_ids(repo)
    if given in ids:
        return given
    matches = [] if complete else [i for i in ids if i.startswith(given)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        m = re.match(r"^([a-z0-9-]+?)-\d", given)
        hint = f" --committee {m[1]}" if m and m[1] in repo.config.committees else ""  # a committee there is
        raise RecordNotFound(f"no record '{given}'; run `scrutrack list{hint}` to see IDs")
    shown = ", ".join(matches[:10]) + (f" and {len(matches) - 10} more" if len(matches) > 10 else "")
    raise RecordNotFound(f"'{given}' matches {len(matches)} records ({shown}); give more of the ID")


def refuse_links(repo: Repo, path: Path) -> None:
    """Never read or write a record through a link on the way from the repository's root down to
    it (records/, a committee folder, the file itself): it may lead out of the repository."""
    link = link_on_way(repo.root, path)
    if link is not None:
        raise BrokenRecord(
            f"{repo.rel(link)} is a link; records must be real files and folders inside the repository, so scrutrack "
            "neither reads nor writes through it (replace it with a copy of what it points to)"
        )


def link_on_way(root: Path, path: Path) -> Path | None:
    """The first link on the way from `root` down to `path` (the path itself included), if any."""
    here = root
    for part in path.relative_to(root).parts:
        here = here / part
        try:
            if stat.S_ISLNK(os.lstat(here).st_mode):
                return here
        except OSError:  # missing (about to be made) or unreadable (the read or write will say)
            return None
    return None


def find_file(repo: Repo, record_id: str) -> Path:
    """The record's file: records/<committee>/<id>.toml, else wherever below records/ it is."""
    path = repo.path_for(record_id)
    if os.path.lexists(path):
        refuse_links(repo, path)
        mode = os.lstat(path).st_mode
        if not stat.S_ISREG(mode):
            raise BrokenRecord(f"{repo.rel(path)} {_not_a_record(mode)}")
        return path
    for rel, _ in scan_records(repo).files:
        if Path(rel).stem == record_id:
            return repo.root / rel
    raise RecordNotFound(f"no record '{record_id}'; run `scrutrack list` to see IDs")


def broken_record(rel: str, problems: list[FileProblem]) -> BrokenRecord:
    first = problems[0] if problems else FileProblem(rel, None, "is not a valid record")
    n = len(problems) - 1
    more = f" (and {n} more problem{'s' if n != 1 else ''})" if n > 0 else ""
    return BrokenRecord(f"{first}{more}; fix the file, then run `scrutrack check`")


def read_record(repo: Repo, given: str) -> tuple[Record, Path]:
    """One record by ID or unique prefix; a broken file is an error naming its problems."""
    record_id = resolve_id(repo, given)
    path = find_file(repo, record_id)
    record, problems, _ = read_file(path, repo.rel(path))
    if record is None:
        raise broken_record(repo.rel(path), problems)
    return record, path


def record_text(repo: Repo, path: Path) -> str:
    """A record file's text as it is (for `edit`), however broken the record; an error if it cannot be had."""
    got = read_text(path, repo.rel(path))
    if got.text is None:
        raise broken_record(repo.rel(path), got.problems)
    return (BOM if got.bom else "") + got.text
