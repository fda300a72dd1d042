"""Dates as people type them (docs: tui/core/dates.py), each form with the date it means, and
what is refused; and dates as people of each language read them."""

from __future__ import annotations

from datetime import date

import pytest

from tui.core.dates import DateError, add_months, format_date, parse_date
from tui.i18n import t

TODAY = date(2026, 9, 3)  # a Thursday

READ = {
    "2026-12-15": date(2026, 12, 15),
    "15-12-2026": date(2026, 12, 15),
    "15/12/2026": date(2026, 12, 15),
    "15.12.2026": date(2026, 12, 15),
    "1-2-2027": date(2027, 2, 1),
    "15-12-26": date(2026, 12, 15),
    "15-12-99": date(2099, 12, 15),
    "15-12": date(2026, 12, 15),
    "3-9": TODAY,  # today included
    "2/9": date(2027, 9, 2),  # yesterday's date: next year
    "15 december": date(2026, 12, 15),
    "15 dec": date(2026, 12, 15),
    "15 dec.": date(2026, 12, 15),
    "1 jan": date(2027, 1, 1),
    "3 september": TODAY,
    "2 sept": date(2027, 9, 2),
    "15 maart 2030": date(2030, 3, 15),
    "1 mrt": date(2027, 3, 1),
    "1 mar": date(2027, 3, 1),
    "1 may": date(2027, 5, 1),
    "1 mei": date(2027, 5, 1),
    "31 okt": date(2026, 10, 31),
    "31 oct": date(2026, 10, 31),
    "vandaag": TODAY,
    "today": TODAY,
    "morgen": date(2026, 9, 4),
    "tomorrow": date(2026, 9, 4),
    "overmorgen": date(2026, 9, 5),
    "+3d": date(2026, 9, 6),
    "+2w": date(2026, 9, 17),
    "+1m": date(2026, 10, 3),
    "+2 weken": date(2026, 9, 17),
    "+ 10 dagen": date(2026, 9, 13),
    "over 2 weken": date(2026, 9, 17),
    "over een maand": date(2026, 10, 3),
    "over één week": date(2026, 9, 10),
    "over drie dagen": date(2026, 9, 6),
    "over tien maanden": date(2027, 7, 3),
    "in 2 weeks": date(2026, 9, 17),
    "in a month": date(2026, 10, 3),
    "in one day": date(2026, 9, 4),
    "in seven days": date(2026, 9, 10),
    "+1 wk": date(2026, 9, 10),
    "+2 mnd": date(2026, 11, 3),
    "  Over   2   WEKEN  ": date(2026, 9, 17),
    "+0d": TODAY,
}


@pytest.mark.parametrize(("text", "meant"), list(READ.items()))
def test_what_people_type(text, meant):
    assert parse_date(text, TODAY) == meant


REFUSED = [
    "volgende week",
    "31-02",
    "31-02-2027",
    "2026-13-01",
    "2026-1-5",
    "15 decembre",
    "15 dec 26",
    "+3 jaar",
    "over elf dagen",
    "in an hour day",
    "13-13",
    "0-5",
    "32 jan",
    "15-12-2026x",
    "x15-12",
    "+3",
]


@pytest.mark.parametrize("text", REFUSED)
def test_what_is_refused_says_what_was_typed(text):
    with pytest.raises(DateError) as caught:
        parse_date(f" {text} ", TODAY)
    assert str(caught.value) == t("date.unreadable", value=text)


def test_nothing_typed_is_no_date():
    assert parse_date("", TODAY) is None
    assert parse_date("   ", TODAY) is None


@pytest.mark.parametrize(
    ("start", "months", "result"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 11, 15), 2, date(2027, 1, 15)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 12, 31), 12, date(2027, 12, 31)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
        (date(2026, 5, 10), 25, date(2028, 6, 10)),
    ],
)
def test_add_months(start, months, result):
    assert add_months(start, months) == result


def test_format_date_in_each_language(english):
    assert format_date(date(2026, 9, 3)) == "2026-09-03"
    assert format_date(None) == ""


def test_format_date_in_dutch_reads_back():
    assert format_date(date(2026, 9, 3)) == "03-09-2026"
    assert parse_date(format_date(date(2026, 9, 3)), TODAY) == date(2026, 9, 3)
    assert format_date(None) == ""


@pytest.mark.parametrize(
    ("text", "today", "meant"),
    [
        ("15-1", date(2026, 1, 3), date(2026, 1, 15)),  # January: still this year
        ("3 jan", date(2026, 1, 3), date(2026, 1, 3)),
        ("1-10", TODAY, date(2026, 10, 1)),  # the first of a month: this year
        ("1 okt", TODAY, date(2026, 10, 1)),
        ("31-12", date(2026, 12, 31), date(2026, 12, 31)),
        ("29-2", date(2027, 3, 1), date(2028, 2, 29)),  # the next 29 February that exists
        ("29-2", date(2028, 1, 10), date(2028, 2, 29)),
    ],
)
def test_the_next_day_and_month(text, today, meant):
    assert parse_date(text, today) == meant
