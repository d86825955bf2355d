"""Dates as clerks write them (ISO, British day-first, month names) and periods ("2 months")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from scrutrack.errors import InvalidInput

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}

_ISO_STRICT = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO = r"(\d{4})-(\d{1,2})-(\d{1,2})"
_SLASHED = r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d+)"
# Patterns only imports use are compiled on first use (re caches them): not on every command.
_NAMED = r"(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d+)"
_LONGEST = {"day": 3660, "week": 522, "month": 120}
_PERIOD = re.compile(r"(\d+)\s*(day|week|month)s?", re.IGNORECASE)


def parse_iso(text: str, what: str = "date") -> dt.date:
    """A strict YYYY-MM-DD date, as the command line takes it."""
    m = _ISO_STRICT.fullmatch(text.strip())
    if not m:
        raise InvalidInput(f"{what} '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2019-04-30")
    return _make(int(m[1]), int(m[2]), int(m[3]), text, what)


def parse_imported_date(text: str, what: str = "date") -> tuple[dt.date, bool]:
    """A date as an imported file holds it: ISO, 18/09/2018 (British, day first), 18 Sept 2018;
    a two-digit year (Excel's 12/03/19) is read as 20YY.

    Returns the date and whether its year had two digits, so the import can say how many it read so.
    (The command line takes strict YYYY-MM-DD only: parse_iso.)
    """
    s = text.strip()
    m = re.fullmatch(_ISO, s)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]), text, what), False
    m = re.fullmatch(_SLASHED, s)
    if m:
        year = _year(m[3], text, what)
        return _make(year, int(m[2]), int(m[1]), text, what), len(m[3]) == 2
    m = re.fullmatch(_NAMED, s, re.IGNORECASE)
    if m:
        month = MONTHS.get(m[2].lower())
        if month is None:
            raise InvalidInput(f"{what} '{text}' has an unknown month '{m[2]}'")
        return _make(_year(m[3], text, what), month, int(m[1]), text, what), len(m[3]) == 2
    raise InvalidInput(f"{what} '{text}' is not a date; write it as 2018-09-18, 18/09/2018 or 18 September 2018")


def _year(text: str, original: str, what: str) -> int:
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) != 4:
        raise InvalidInput(f"{what} '{original}' has a {len(text)}-digit year; write the year in full (e.g. 2019)")
    return int(text)


_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
_MONTH = r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_FIND = (
    r"(?<![\w/.-])(?:"
    r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<sd>\d{1,2})(?P<sep>[/.])(?P<sm>\d{1,2})(?P=sep)(?P<sy>\d{4}|\d{2})"
    rf"|(?:{_WEEKDAY})?(?P<nd>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?\s+{_MONTH.format('nm')}\.?,?\s+(?P<ny>\d{{4}}|\d{{2}}(?![\d.:]))"
    rf"|(?:{_WEEKDAY})?{_MONTH.format('um')}\.?\s+(?P<ud>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<uy>\d{{4}})"
    r")(?![\w/]|\.\d)"
)


def find_date(text: str, what: str = "date") -> tuple[dt.date, bool, tuple[int, int]] | None:
    """The first date written anywhere in `text` (weekday, ordinal, commas allowed), as an import reads it.

    Returns the date, whether its year had two digits, and where it sits; None when there is none.
    A date-shaped but impossible one (31/02/2019) is an InvalidInput.
    """
    m = re.search(_FIND, text, re.IGNORECASE)
    if not m:
        return None
    if m["iy"]:
        day, month, year = int(m["id"]), int(m["im"]), m["iy"]
    elif m["sd"]:
        day, month, year = int(m["sd"]), int(m["sm"]), m["sy"]
    elif m["nd"]:
        day, month, year = int(m["nd"]), MONTHS[m["nm"].lower()[:3]], m["ny"]
    else:
        day, month, year = int(m["ud"]), MONTHS[m["um"].lower()[:3]], m["uy"]
    full = 2000 + int(year) if len(year) == 2 else int(year)
    return _make(full, month, day, m[0], what), len(year) == 2, m.span()


def date_in(text: str) -> tuple[dt.date, bool, tuple[int, int]] | None:
    """`find_date` for a line that may hold no date worth naming: None also for an impossible one ('31 February')."""
    try:
        return find_date(text)
    except InvalidInput:
        return None


def _make(year: int, month: int, day: int, original: str, what: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise InvalidInput(f"{what} '{original}' is not a real date ({exc})") from None


MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: dt.date) -> str:
    """A date as British English writes it: 30 April 2019 (the same in every locale)."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def months_before(day: dt.date, n: int) -> dt.date:
    """The same day n calendar months earlier, clamped to the month's end (31 May -> 28 February)."""
    month0 = day.month - 1 - n
    year, month = day.year + month0 // 12, month0 % 12 + 1
    if year < 1:
        return dt.date.min
    return _day_in(year, month, day.day)


def _day_in(year: int, month: int, day: int) -> dt.date:
    """That day of the month, or the month's last day if it is shorter (31 -> 28 February)."""
    if day <= 28:  # every month has it (most dates: overdue counts months for thousands of them)
        return dt.date(year, month, day)
    import calendar  # here: only months need it, and most commands never count in months

    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=256)  # a repository has a few periods; overdue adds them thousands of times
def parse_period(text: str) -> tuple[int, str]:
    """'2 months' -> (2, 'month'); '28 days' -> (28, 'day'); '8 weeks' -> (8, 'week')."""
    m = _PERIOD.fullmatch(text.strip())
    if not m:
        raise InvalidInput(f"period '{text}' is not understood; write e.g. '2 months', '28 days'")
    n, unit = int(m[1]), m[2].lower()
    if n > _LONGEST[unit]:
        raise InvalidInput(f"period '{text}' is longer than ten years; write e.g. '2 months', '28 days'")
    return n, unit


def add_period(start: dt.date, period: str, what: str = "") -> dt.date:
    """start + period; months are calendar months, clamped to the month's end. Past 9999-12-31 (the
    last date there is) an error naming `what` gave the start (e.g. "--date 9999-12-30")."""
    n, unit = parse_period(period)
    try:
        if unit == "day":
            return start + dt.timedelta(days=n)
        if unit == "week":
            return start + dt.timedelta(weeks=n)
        month0 = start.month - 1 + n
        year, month = start.year + month0 // 12, month0 % 12 + 1
        return _day_in(year, month, start.day)
    except (OverflowError, ValueError):
        raise past_the_end(what or str(start), period) from None


def add_days(start: dt.date, n: int, what: str = "") -> dt.date:
    """start + n days, or the error add_period gives past 9999-12-31."""
    try:
        return start + dt.timedelta(days=n)
    except OverflowError:
        raise past_the_end(what or str(start), f"{n} day{'s' if n != 1 else ''}") from None


def past_the_end(what: str, span: str) -> InvalidInput:
    return InvalidInput(f"{what} plus {span} would be after 9999-12-31, the last date there is; give an earlier date")
