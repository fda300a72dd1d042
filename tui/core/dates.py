"""Dates as people say them in a meeting, and dates as people read them.

Accepted (Dutch and English):

- ``2026-12-15`` (ISO), ``15-12-2026``, ``15/12/2026``, ``15.12.2026``, ``15-12-26``;
- ``15-12`` or ``15 december`` / ``15 dec``: the next 15 December from today (today included);
- ``vandaag``, ``morgen``, ``overmorgen`` / ``today``, ``tomorrow``;
- ``+3d``, ``+2w``, ``+1m`` (days, weeks, months), also ``+2 weken``;
- ``over 2 weken``, ``over een maand``, ``over drie dagen`` / ``in 2 weeks``.

Anything else (``volgende week``, ``31-02``) is refused with a message that says what works: a
date that cannot be read is never stored as text.
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

NAMED_DAYS = {"vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "overmorgen": 2}

_FULL = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})")
_DAY_MONTH = re.compile(r"(\d{1,2})[-/.](\d{1,2})")
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?")
_RELATIVE = re.compile(r"(?:\+|over\s+|in\s+)\s*(\d+|[a-zé]+)\s*([a-z]+)")


class DateError(ValueError):
    """A date that could not be read; the message says what can be typed."""


def parse_date(text: str, today: date) -> date | None:
    """The date meant by ``text`` (None for empty text); raises :class:`DateError`."""
    value = " ".join(text.strip().lower().split())
    if not value:
        return None
    try:
        found = _parse(value, today)
    except ValueError:  # e.g. 31-02: the shape is right, the day does not exist
        found = None
    if found is None:
        raise DateError(t("date.unreadable", value=text.strip()))
    return found


def _parse(value: str, today: date) -> date | None:
    if value in NAMED_DAYS:
        return today + timedelta(days=NAMED_DAYS[value])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    if match := _FULL.fullmatch(value):
        day, month, year = (int(x) for x in match.groups())
        return date(year + 2000 if year < 100 else year, month, day)
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


def _next(day: int, month: int, today: date) -> date:
    """The first ``day``-``month`` on or after today."""
    candidate = date(today.year, month, day) if _exists(today.year, month, day) else None
    if candidate is None or candidate < today:
        candidate = date(today.year + 1, month, day)
    return candidate


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
        return value.strftime("%d-%m-%Y")
    return value.isoformat()
