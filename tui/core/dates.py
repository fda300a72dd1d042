"""Dates as people say them in a meeting, and dates as people read them.

Accepted (Dutch and English, in any case; extra spaces are ignored):

- ``2026-12-15`` (ISO), ``15-12-2026``, ``15/12/2026``, ``15.12.2026``, ``15 december 2026``;
  a two-digit year is this century (``15-12-26`` is 2026); four digits are that year, so what
  :func:`format_date` writes always reads back as the same date;
- ``15-12`` or ``15 december`` / ``15 dec``, a day and month without a year: see below;
- ``vandaag``, ``morgen``, ``overmorgen`` / ``today``, ``tomorrow``, ``day after tomorrow``;
- a weekday, ``vr`` / ``vrijdag`` / ``fri`` / ``friday`` (and the other six): the next one
  *after* today, so ``vr`` typed on a Friday is a week later (today is ``vandaag``): said
  across the table, "klaar op vrijdag" on a Friday means next week's;
- ``+3d``, ``+2w``, ``+1m`` (days, weeks, months), also ``+2 weken``; a month on from the 31st
  is the last day of a shorter month;
- ``over 2 weken``, ``over een maand``, ``over drie dagen`` / ``in 2 weeks``.

**A day and month without a year** is a due date, so never in the past: the first such day from
today on, today included (``15-12`` typed on 15 December is today; typed on 16 December it is
next year's). That is always within a year, except for ``29-2``: when the next 29 February is
more than a year away it is refused with a message that names it, rather than stored years
ahead; type the year to mean it.

Anything else (``volgende week``, ``gisteren``, ``31-02``, ``29-02-2027``, ``-2d``) is refused
with a message that says what works: a date that cannot be read is never stored as text.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from tui.i18n import get_language, t

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("maart", "march", "mrt", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augustus", "august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

NUMBER_WORDS = {
    "een": 1, "één": 1, "a": 1, "an": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3,
    "vier": 4, "four": 4, "vijf": 5, "five": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7,
    "acht": 8, "eight": 8, "negen": 9, "nine": 9, "tien": 10, "ten": 10,
}  # fmt: skip

UNITS = {
    "d": "days", "dag": "days", "dagen": "days", "day": "days", "days": "days",
    "w": "weeks", "wk": "weeks", "week": "weeks", "weken": "weeks", "weeks": "weeks",
    "m": "months", "mnd": "months", "maand": "months", "maanden": "months",
    "month": "months", "months": "months",
}  # fmt: skip

NAMED_DAYS = {
    "vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "overmorgen": 2,
    "day after tomorrow": 2, "the day after tomorrow": 2,
}  # fmt: skip

WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("maandag", "ma", "monday", "mon"),
            ("dinsdag", "di", "tuesday", "tue", "tues"),
            ("woensdag", "wo", "wednesday", "wed"),
            ("donderdag", "do", "thursday", "thu", "thur", "thurs"),
            ("vrijdag", "vr", "friday", "fri"),
            ("zaterdag", "za", "saturday", "sat"),
            ("zondag", "zo", "sunday", "sun"),
        )
    )
    for name in names
}
"""Weekday names (Monday is 0, as :meth:`date.weekday`), all lower case."""

_FULL = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})")
_DAY_MONTH = re.compile(r"(\d{1,2})[-/.](\d{1,2})")
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?")
_RELATIVE = re.compile(r"(?:\+|over\s+|in\s+)\s*(\d+|[a-zé]+)\s*([a-z]+)")


class DateError(ValueError):
    """A date that could not be read; the message says what can be typed."""


class _TooFar(Exception):
    """A day and month whose next date is more than a year away (29-2): ``found``."""

    def __init__(self, found: date) -> None:
        super().__init__(found)
        self.found = found


def parse_date(text: str, today: date) -> date | None:
    """The date meant by ``text`` (None for empty text); raises :class:`DateError`."""
    value = " ".join(text.strip().lower().split())
    if not value:
        return None
    try:
        found = _parse(value, today)
    except _TooFar as far:
        raise DateError(
            t("date.too_far", value=text.strip(), date=format_date(far.found))
        ) from None
    # ValueError: e.g. 31-02, the shape is right but the day does not exist; OverflowError:
    # ``+999999999d``, a count beyond the calendar's end (9999)
    except (ValueError, OverflowError):
        found = None
    if found is None:
        raise DateError(t("date.unreadable", value=text.strip()))
    return found


def _parse(value: str, today: date) -> date | None:
    if value in NAMED_DAYS:
        return today + timedelta(days=NAMED_DAYS[value])
    if (weekday := WEEKDAYS.get(value.removesuffix("."))) is not None:
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    if match := _FULL.fullmatch(value):
        day, month, year = (int(x) for x in match.groups())
        return date(year + 2000 if len(match.group(3)) == 2 else year, month, day)
    if match := _DAY_MONTH.fullmatch(value):
        return _next(int(match.group(1)), int(match.group(2)), today)
    if match := _DAY_MONTH_NAME.fullmatch(value):
        named = MONTHS.get(match.group(2))
        if named is None:
            return None
        if match.group(3):
            return date(int(match.group(3)), named, int(match.group(1)))
        return _next(int(match.group(1)), named, today)
    if match := _RELATIVE.fullmatch(value):
        amount_text, unit_text = match.groups()
        amount = int(amount_text) if amount_text.isdigit() else NUMBER_WORDS.get(amount_text)
        unit = UNITS.get(unit_text)
        if amount is None or unit is None:
            return None
        if unit == "days":
            return today + timedelta(days=amount)
        if unit == "weeks":
            return today + timedelta(weeks=amount)
        return add_months(today, amount)
    return None


def _next(day: int, month: int, today: date) -> date | None:
    """The first ``day``-``month`` on or after today, when it is at most a year away."""
    if not _exists(2028, month, day):  # in no year at all (2028 is a leap year)
        return None
    year = today.year
    while not (_exists(year, month, day) and date(year, month, day) >= today):
        year += 1
    found = date(year, month, day)
    if found > add_months(today, 12):  # only 29-2 can be further
        raise _TooFar(found)
    return found


def _exists(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def add_months(start: date, months: int) -> date:
    """``start`` moved by whole months; the 31st becomes the last day of a shorter month."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def format_date(value: date | None) -> str:
    """A date as people of the current language write it (and as :func:`parse_date` reads it)."""
    if value is None:
        return ""
    if get_language() == "nl":
        # not strftime's %Y: that writes the year 26 as "26", which reads back as 2026
        return f"{value.day:02}-{value.month:02}-{value.year:04}"
    return value.isoformat()


def format_day(value: date) -> str:
    """A date with its weekday (``di 15-12-2026``): what a typed date turned out to mean."""
    return f"{t('date.weekdays').split()[value.weekday()]} {format_date(value)}"
