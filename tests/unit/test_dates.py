"""The rules of :mod:`tui.core.dates`, each as a property over every date it can apply to.

``test_dates_typed.py`` lists forms with the date each means on one fixed day; this file states
the rules themselves (ISO and day-month-year mean exactly that date, a day and month without a
year is the first one from today on within a year, a weekday is the next one after today,
``+N`` and ``over N`` count from today, anything else is refused with the typed text in the
message and never anything but :class:`DateError`) and checks them with hypothesis over every
date and every today, in both languages; the round trip ``parse_date(format_date(d)) == d`` too.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tui import i18n
from tui.core.dates import (
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    DateError,
    add_months,
    format_date,
    format_day,
    parse_date,
)
from tui.i18n import t

TODAY = date(2026, 12, 15)  # a Tuesday

ANY_DATE = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
# A today far enough from year 9999 that next year's date exists; near enough to be used.
ANY_TODAY = st.dates(min_value=date(1900, 1, 1), max_value=date(9000, 12, 31))
LANGUAGE = st.sampled_from(i18n.LANGUAGES)
SEPARATOR = st.sampled_from("-/.")

MONTH_NAMES = {number: sorted(n for n, m in MONTHS.items() if m == number) for number in range(13)}


def first_from(today: date, month: int, day: int) -> date:
    """The first date with this day and month on or after ``today`` (it may be years away)."""
    year = today.year
    while not (calendar.monthrange(year, month)[1] >= day and date(year, month, day) >= today):
        year += 1
    return date(year, month, day)


def refused(text: str, today: date = TODAY) -> str:
    with pytest.raises(DateError) as caught:
        parse_date(text, today)
    return str(caught.value)


# --- examples: one of each form, on a day where "today" and "next year" both matter -----------


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("2026-12-15", date(2026, 12, 15)),
        ("2027-01-04", date(2027, 1, 4)),
        ("15-12-2026", date(2026, 12, 15)),
        ("15-12-26", date(2026, 12, 15)),
        ("4/1/27", date(2027, 1, 4)),
        ("15-12", TODAY),  # the day itself: today, not a year from now
        ("15 december", TODAY),
        ("15 December", TODAY),
        ("14-12", date(2027, 12, 14)),  # yesterday's day and month: next year
        ("14 dec", date(2027, 12, 14)),
        ("16-12", date(2026, 12, 16)),
        ("1-1", date(2027, 1, 1)),  # across the year boundary
        ("31 dec", date(2026, 12, 31)),
        ("1 januari 2027", date(2027, 1, 1)),
        ("vandaag", TODAY),
        ("morgen", date(2026, 12, 16)),
        ("overmorgen", date(2026, 12, 17)),
        ("today", TODAY),
        ("tomorrow", date(2026, 12, 16)),
        ("day after tomorrow", date(2026, 12, 17)),
        ("+2w", date(2026, 12, 29)),
        ("+3d", date(2026, 12, 18)),
        ("+1m", date(2027, 1, 15)),
        ("over 2 weken", date(2026, 12, 29)),
        ("over drie dagen", date(2026, 12, 18)),
        ("in 2 weeks", date(2026, 12, 29)),
        ("vr", date(2026, 12, 18)),
        ("vrijdag", date(2026, 12, 18)),
        ("fri", date(2026, 12, 18)),
        ("Friday", date(2026, 12, 18)),
        ("wo", date(2026, 12, 16)),  # tomorrow's weekday: tomorrow
        ("di", date(2026, 12, 22)),  # today's weekday: a week from now
        ("ma", date(2026, 12, 21)),
        ("zo", date(2026, 12, 20)),
        ("sat", date(2026, 12, 19)),
        ("do.", date(2026, 12, 17)),
    ],
)
def test_each_form_on_a_december_day(text, meant):
    assert parse_date(text, TODAY) == meant


@pytest.mark.parametrize(
    "text",
    [
        "31-02",
        "30-02-2028",
        "29-02-2027",  # not a leap year
        "29 feb 2100",  # not a leap year either (a century)
        "31-04",
        "31 juni",
        "2026-13-01",
        "15-13",
        "15-0",
        "0-12",
        "32-1",
        "00-00-0000",
        "-2d",
        "-1",
        "over -2 weken",
        "+-2w",
        "-15-12",
        "gisteren",
        "yesterday",
        "volgende week",
        "next friday",
        "vrijdagmiddag",
        "15 dec 2026 12:00",
        "15122026",
        "2026-12-15T10:00",
        "asdf",
        "%%%",
        "15-12-2026-1",
        "+2j",
        "over 2",
    ],
)
def test_what_is_refused_says_what_was_typed(text):
    assert refused(text) == t("date.unreadable", value=text)


def test_nothing_typed_is_no_date():
    assert parse_date("", TODAY) is None
    assert parse_date(" \t ", TODAY) is None


# --- 29 February, and what "within a year" means for it --------------------------------------


@pytest.mark.parametrize(
    ("today", "meant"),
    [
        (date(2028, 1, 10), date(2028, 2, 29)),
        (date(2028, 2, 29), date(2028, 2, 29)),
        (date(2027, 3, 1), date(2028, 2, 29)),
        (date(2027, 2, 28), None),  # 2028-02-29 is a year and a day away
        (date(2028, 3, 1), None),  # the next one is in 2032
        (date(2026, 1, 10), None),  # the next one is in 2028
    ],
)
def test_the_29th_of_february_without_a_year(today, meant):
    if meant is not None:
        assert parse_date("29-2", today) == meant
        assert parse_date("29 februari", today) == meant
        return
    for text in ("29-2", "29 feb"):
        message = refused(text, today)
        assert f"'{text}'" in message
        assert format_date(first_from(today, 2, 29)) in message  # it says when the next one is


@pytest.mark.parametrize(
    ("text", "today", "meant"),
    [
        ("28-2", date(2028, 2, 29), date(2029, 2, 28)),  # a year on from a 29 February
        ("+1m", date(2027, 1, 31), date(2027, 2, 28)),
        ("+1m", date(2028, 1, 31), date(2028, 2, 29)),
        ("+12m", date(2028, 2, 29), date(2029, 2, 28)),
        ("over een maand", date(2026, 3, 31), date(2026, 4, 30)),
        ("+1d", date(2026, 12, 31), date(2027, 1, 1)),
        ("+1d", date(2028, 2, 28), date(2028, 2, 29)),
        ("morgen", date(2027, 2, 28), date(2027, 3, 1)),
        ("overmorgen", date(2026, 12, 30), date(2027, 1, 1)),
        ("+1w", date(2026, 12, 28), date(2027, 1, 4)),
        ("vr", date(2026, 12, 31), date(2027, 1, 1)),
        ("31-12", date(2026, 12, 31), date(2026, 12, 31)),
        ("1-1", date(2026, 12, 31), date(2027, 1, 1)),
        ("31-12", date(2027, 1, 1), date(2027, 12, 31)),
    ],
)
def test_month_ends_leap_days_and_year_boundaries(text, today, meant):
    assert parse_date(text, today) == meant


def test_a_count_too_large_for_the_calendar_is_refused_not_a_crash():
    for text in ("+999999999d", "+9999999w", "+99999999999m", "over 99999999 dagen"):
        assert refused(text) == t("date.unreadable", value=text)


def test_a_year_written_with_four_digits_is_that_year():
    # "0026" is the year 26, as format_date writes it; only two digits mean 20xx
    assert parse_date("05-01-0026", TODAY) == date(26, 1, 5)
    assert parse_date("05-01-26", TODAY) == date(2026, 1, 5)


def test_format_day_names_the_weekday_in_each_language(english):
    assert format_day(date(2026, 12, 15)) == "Tue 2026-12-15"
    i18n.set_language("nl")
    assert format_day(date(2026, 12, 15)) == "di 15-12-2026"
    assert format_day(date(2026, 12, 20)) == "zo 20-12-2026"


# --- properties --------------------------------------------------------------------------------


@given(day=ANY_DATE, today=ANY_TODAY, language=LANGUAGE)
def test_every_date_reads_back_as_written(day, today, language):
    i18n.set_language(language)
    assert parse_date(format_date(day), today) == day
    assert parse_date(format_day(day).split(" ", 1)[1], today) == day


@given(day=ANY_DATE, today=ANY_TODAY)
def test_iso_means_that_date(day, today):
    assert parse_date(day.isoformat(), today) == day


@given(day=ANY_DATE, today=ANY_TODAY, separator=SEPARATOR, padded=st.booleans())
def test_day_month_year_means_that_date(day, today, separator, padded):
    width = 2 if padded else 1
    text = separator.join((f"{day.day:0{width}}", f"{day.month:0{width}}", f"{day.year:04}"))
    assert parse_date(text, today) == day


@given(
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    today=ANY_TODAY,
    separator=SEPARATOR,
)
def test_a_two_digit_year_is_this_century(day, today, separator):
    text = separator.join((str(day.day), str(day.month), f"{day.year % 100:02}"))
    assert parse_date(text, today) == day


@given(
    day=ANY_DATE,
    today=ANY_TODAY,
    data=st.data(),
    dot=st.booleans(),
    upper=st.booleans(),
)
def test_a_month_name_with_a_year_means_that_date(day, today, data, dot, upper):
    name = data.draw(st.sampled_from(MONTH_NAMES[day.month]))
    text = f"{day.day} {name}{'.' if dot else ''} {day.year:04}"
    assert parse_date(text.upper() if upper else text, today) == day


@given(today=ANY_TODAY, month=st.integers(1, 12), day=st.integers(1, 31), data=st.data())
def test_day_and_month_without_a_year_is_the_first_from_today_within_a_year(
    today, month, day, data
):
    """The rule a facilitator expects for a due date: never in the past (a day already gone this
    year is next year's), today itself is today, and never more than a year ahead."""
    assume(day <= calendar.monthrange(2028, month)[1])  # the day exists in some year
    name = data.draw(st.sampled_from(MONTH_NAMES[month]))
    forms = (f"{day}-{month}", f"{day:02}/{month:02}", f"{day}.{month}", f"{day} {name}")
    expected = first_from(today, month, day)
    for text in forms:
        if expected <= add_months(today, 12):
            assert parse_date(text, today) == expected
        else:  # only 29 February can be further away
            assert (day, month) == (29, 2)
            assert format_date(expected) in refused(text, today)


@given(today=ANY_TODAY, day=st.integers(0, 99), month=st.integers(0, 99), year=st.booleans())
def test_a_day_that_no_month_has_is_refused(today, day, month, year):
    assume(not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(2028, month)[1]))
    text = f"{day}-{month}-2028" if year else f"{day}-{month}"
    assert refused(text, today) == t("date.unreadable", value=text)


@given(year=st.integers(1, 9999).filter(lambda y: not calendar.isleap(y)), today=ANY_TODAY)
def test_the_29th_of_february_of_a_common_year_is_refused(year, today):
    for text in (f"29-02-{year:04}", f"{year:04}-02-29", f"29 feb {year:04}"):
        assert refused(text, today) == t("date.unreadable", value=text)


UNITS = {"days": ("d", "dagen", "days"), "weeks": ("w", "weken", "weeks"), "months": ("m",)}


@given(
    today=ANY_TODAY,
    amount=st.integers(0, 400),
    unit=st.sampled_from(sorted(UNITS)),
    data=st.data(),
)
def test_a_count_of_days_weeks_or_months_counts_from_today(today, amount, unit, data):
    expected = {
        "days": today + timedelta(days=amount),
        "weeks": today + timedelta(weeks=amount),
        "months": add_months(today, amount),
    }[unit]
    word = data.draw(st.sampled_from(UNITS[unit]))
    lead = data.draw(st.sampled_from(["+", "+ ", "over ", "in "]))
    assert parse_date(f"{lead}{amount}{word}", today) == expected
    assert parse_date(f"{lead}{amount} {word}", today) == expected


@given(today=ANY_TODAY, word=st.sampled_from(sorted(NUMBER_WORDS)))
def test_a_count_in_words(today, word):
    assert parse_date(f"over {word} weken", today) == today + timedelta(weeks=NUMBER_WORDS[word])


@given(today=ANY_TODAY, name=st.sampled_from(sorted(WEEKDAYS)))
def test_a_weekday_is_the_next_one_after_today(today, name):
    found = parse_date(name, today)
    assert found is not None
    assert found.weekday() == WEEKDAYS[name]
    assert today < found <= today + timedelta(days=7)


@given(text=st.text(max_size=30), today=ANY_TODAY)
def test_any_text_is_a_date_nothing_or_a_date_error(text, today):
    """Whatever is typed, the app gets a date, None (nothing typed) or a message: never another
    exception (that would end the app), never text stored as a date."""
    try:
        found = parse_date(text, today)
    except DateError as error:
        assert text.strip() in str(error)
    else:
        assert found is None if not text.strip() else isinstance(found, date)


DATE_LIKE = st.one_of(
    st.text(alphabet="0123456789-+/. dmwovenrijagk", max_size=16),
    st.from_regex(r"(\+|over |in )\d{1,12} ?[dwm]", fullmatch=True),
    st.from_regex(r"\d{1,3}[-/.]\d{1,3}([-/.]\d{1,5})?", fullmatch=True),
    st.from_regex(r"\d{1,6}-\d{1,3}-\d{1,3}", fullmatch=True),
    st.from_regex(r"\d{1,3} [a-z]{2,9}\.?( \d{1,5})?", fullmatch=True),
)


@given(text=DATE_LIKE, today=ANY_TODAY)
def test_date_like_text_is_a_date_nothing_or_a_date_error(text, today):
    """Counts beyond the calendar (``+999999999d``) and numbers of every length included."""
    try:
        found = parse_date(text, today)
    except DateError:
        return
    assert found is None if not text.strip() else isinstance(found, date)
