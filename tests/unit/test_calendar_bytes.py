"""The calendar byte for byte: the follow-up meeting with its place, each open action with a due
date (not the one without) and its reminder, the done one as a cancelled event, a long title cut
at 120 characters with the owner kept, the owner "nobody yet", a note, text escaped and folded as
RFC 5545 asks, CRLF line ends; the export time as DTSTAMP, and SEQUENCE from the meeting's day
(``test_calendar_series.py`` has the rules behind it)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar.parser.string import _foldline

from tui.core.model import Action, Session
from tui.reports.calendar import (
    MAX_SUMMARY,
    PRODID,
    add_session_events,
    calendar_ics,
    fold,
    new_calendar,
    to_ical,
)
from tui.storage.toml_format import load_session

from .conftest import REPO, build_session

EXAMPLE_BEFORE = REPO / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
EXAMPLE = REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"

NOW = datetime(2026, 9, 3, 14, 5, 30, 123456)  # naive: taken as UTC, the microseconds dropped

EXPECTED = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    f"PRODID:{PRODID}",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:Interne klanten: Loodgietersbedrijf Jansen",
    "BEGIN:VEVENT",
    "SUMMARY:Vervolgbijeenkomst interne klanten (Loodgietersbedrijf Jansen)",
    "DTSTART;VALUE=DATE:20261203",
    "DTEND;VALUE=DATE:20261204",
    "DTSTAMP:20260903T140530Z",
    "UID:loodgietersbedrijf-jansen-follow-up-2026-09-03@interne-klanten",
    "SEQUENCE:28058650",  # 2 x the minutes from 2000-01-01 to 2026-09-03 14:05 (the meeting day)
    "DESCRIPTION:Vervolg op de bijeenkomst van 03-09-2026: nagaan welke afsprak",
    " en zijn nagekomen. Open actiepunten: 4.",
    "LOCATION:Zaal 2",
    "STATUS:CONFIRMED",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "DESCRIPTION:Vervolgbijeenkomst interne klanten (Loodgietersbedrijf Jansen)",
    "  op 03-12-2026",
    "TRIGGER:-PT15H",  # Thursday 3 December: Wednesday 09:00
    "END:VALARM",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "SUMMARY:Actiepunt a1: Eerst dit (nog niemand ingevuld)",
    "DTSTART;VALUE=DATE:20261001",
    "DTEND;VALUE=DATE:20261002",
    "DTSTAMP:20260903T140530Z",
    "UID:loodgietersbedrijf-jansen-a1@interne-klanten",
    "SEQUENCE:28058650",
    "DESCRIPTION:Eerst dit\\n\\nWie: nog niemand ingevuld\\nStap: algemeen\\nKlaar ",
    " op: 01-10-2026\\nAfgesproken in de bijeenkomst van 03-09-2026.",
    "STATUS:CONFIRMED",
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "DESCRIPTION:Klaar op 01-10-2026: Actiepunt a1: Eerst dit (nog niemand inge",
    " vuld)",
    "TRIGGER:-PT15H",
    "END:VALARM",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "SUMMARY:Actiepunt a2: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    " xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (Mo)",  # one word: cut in it, owner kept
    "DTSTART;VALUE=DATE:20261002",
    "DTEND;VALUE=DATE:20261003",
    "DTSTAMP:20260903T140530Z",
    "UID:loodgietersbedrijf-jansen-a2@interne-klanten",
    "SEQUENCE:28058650",
    "DESCRIPTION:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    " xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n\\nWi",
    " e: Mo\\nStap: Uitvoering\\nKlaar op: 02-10-2026\\nAfgesproken in de bijeenkom",
    " st van 03-09-2026.\\nNotitie: Let op\\;\\nbellen",
    "STATUS:CONFIRMED",
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "DESCRIPTION:Klaar op 02-10-2026: Actiepunt a2: xxxxxxxxxxxxxxxxxxxxxxxxxxx",
    " xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    " … (Mo)",
    "TRIGGER:-PT15H",
    "END:VALARM",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "SUMMARY:Actiepunt a5: Laatste (Petra)",
    "DTSTART;VALUE=DATE:20261101",
    "DTEND;VALUE=DATE:20261102",
    "DTSTAMP:20260903T140530Z",
    "UID:loodgietersbedrijf-jansen-a5@interne-klanten",
    "SEQUENCE:28058650",
    "DESCRIPTION:Laatste\\n\\nWie: Petra\\nStap: weg\\nKlaar op: 01-11-2026\\nAfgesp",
    " roken in de bijeenkomst van 03-09-2026.",
    "STATUS:CONFIRMED",
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "DESCRIPTION:Klaar op 01-11-2026: Actiepunt a5: Laatste (Petra)",
    "TRIGGER:-P1DT15H",  # Sunday 1 November: Friday 09:00
    "END:VALARM",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "SUMMARY:Gedaan: Actiepunt a4: Klaar (Mo)",  # done, with a due date: cancelled
    "DTSTART;VALUE=DATE:20260901",
    "DTEND;VALUE=DATE:20260902",
    "DTSTAMP:20260903T140530Z",
    "UID:loodgietersbedrijf-jansen-a4@interne-klanten",
    "SEQUENCE:28058651",
    "DESCRIPTION:Klaar\\n\\nWie: Mo\\nStap: algemeen\\nKlaar op: 01-09-2026\\nAfgesp",
    " roken in de bijeenkomst van 03-09-2026.",
    "STATUS:CANCELLED",
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
    "END:VCALENDAR",
]


def session_with_actions():
    s = build_session()
    s.meeting.location = "Zaal 2"
    s.actions = [
        Action("a1", "Eerst dit", "", due=date(2026, 10, 1)),
        Action(
            "a2", "x" * 130, "Mo", step="uitvoering", due=date(2026, 10, 2), note="Let op;\nbellen"
        ),
        Action("a3", "Zonder datum", "Mo"),
        Action("a4", "Klaar", "Mo", status="done", due=date(2026, 9, 1), done=date(2026, 9, 2)),
        Action("a5", "Laatste", "Petra", step="weg", due=date(2026, 11, 1)),
    ]
    return s


def test_the_calendar_byte_for_byte():
    assert (
        calendar_ics(session_with_actions(), now=NOW) == ("\r\n".join(EXPECTED) + "\r\n").encode()
    )


def events(data: bytes) -> list:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_the_export_time_in_another_zone_and_the_sequence_within_the_meeting_day():
    s = session_with_actions()  # the meeting is on 2026-09-03
    later = calendar_ics(
        s, now=datetime(2026, 9, 3, 16, 5, 30, tzinfo=timezone(timedelta(hours=2)))
    )
    assert later == calendar_ics(s, now=NOW)  # the same moment
    day = (datetime(2026, 9, 3, tzinfo=UTC) - datetime(2000, 1, 1, tzinfo=UTC)).days * 24 * 60
    # before the meeting day: its first minute; after it: its last; on it: the minute
    for now, minute in [
        (datetime(2019, 6, 1, tzinfo=UTC), 0),
        (datetime(2026, 9, 2, 23, 59, 59, tzinfo=UTC), 0),
        (datetime(2026, 9, 3, 1, 59, 59, tzinfo=UTC), 119),  # whole minutes
        (datetime(2026, 9, 3, 23, 59, 59, tzinfo=UTC), 1439),
        (datetime(2031, 1, 1, tzinfo=UTC), 1439),
    ]:
        (first, *_rest, done) = events(calendar_ics(s, now=now))
        assert first["SEQUENCE"] == 2 * (day + minute)
        assert done["SEQUENCE"] == 2 * (day + minute) + 1 and done["STATUS"] == "CANCELLED"
        assert first.decoded("DTSTAMP") == now.replace(microsecond=0)


def test_a_title_of_exactly_the_limit_is_kept():
    s = build_session()
    s.meeting.follow_up = None
    prefix = "Actiepunt a1: "
    suffix = " (Mo)"
    what = "y" * (MAX_SUMMARY - len(prefix) - len(suffix))
    s.actions = [Action("a1", what, "Mo", due=date(2026, 10, 1))]
    (event,) = events(calendar_ics(s, now=NOW))
    assert str(event["SUMMARY"]) == prefix + what + suffix
    s.actions = [Action("a1", what + "z", "Mo", due=date(2026, 10, 1))]
    (event,) = events(calendar_ics(s, now=NOW))
    assert len(str(event["SUMMARY"])) == MAX_SUMMARY
    assert str(event["SUMMARY"]).endswith("…" + suffix)  # one long word: cut in it, owner kept
    assert what + "z" in str(event["DESCRIPTION"])


def test_an_organisation_without_letters_still_has_uids():
    s = build_session()
    s.meeting.organisation = "???"
    s.actions = [Action("a1", "x", "Mo", due=date(2026, 10, 1))]
    follow_up, action = events(calendar_ics(s, now=NOW))
    assert str(action["UID"]) == "sessie-a1@interne-klanten"
    assert str(follow_up["UID"]) == "sessie-follow-up-2026-09-03@interne-klanten"


def test_a_naive_export_time_is_utc_whatever_the_local_zone(monkeypatch):
    import time

    s = session_with_actions()
    expected = calendar_ics(s, now=NOW)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        assert calendar_ics(s, now=NOW) == expected
        aware = datetime(2026, 9, 3, 23, 5, 30, tzinfo=timezone(timedelta(hours=9)))
        assert calendar_ics(s, now=aware) == expected
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_cut_title_loses_the_blank_before_the_ellipsis():
    s = build_session()
    s.meeting.follow_up = None
    prefix = "Actiepunt a1: "
    suffix = " (Mo)"
    words = "y" * (MAX_SUMMARY - 8 - len(prefix) - len(suffix))
    what = words + " zzzz zzzz"  # the cut falls in the second "zzzz"
    s.actions = [Action("a1", what, "Mo", due=date(2026, 10, 1))]
    (event,) = events(calendar_ics(s, now=NOW))
    assert str(event["SUMMARY"]) == prefix + words + " zzzz…" + suffix


# --- the writer against icalendar's own (tui.reports.calendar.to_ical and fold) ------------------

FOLD_TEXT = st.text(
    alphabet=st.sampled_from("ab \\^,;:é€😀\t") | st.characters(blacklist_categories=("Cs",)),
    max_size=400,
).map(lambda text: text.replace("\n", "").replace("\r", ""))


@settings(max_examples=500, deadline=None)
@given(FOLD_TEXT)
def test_a_line_is_folded_as_icalendar_folds_it(line):
    """Short and long lines, one-byte and four-byte characters, an escape at every place of a
    fold: the bytes of icalendar's own folding."""
    assert fold(line) == _foldline(line).encode("utf-8")


def test_a_fold_never_splits_an_escape_or_a_character():
    line = "DESCRIPTION:" + "x" * 61 + "\\n" + "é" * 40
    assert fold(line).split(b"\r\n ")[0].endswith(b"x")  # the backslash moved to the next line
    for piece in fold(line).split(b"\r\n "):
        assert len(piece) <= 74
        piece.decode("utf-8")  # every piece whole characters


def tricky_session() -> Session:
    """Text that icalendar escapes (comma, semicolon, backslash, line break), long lines with
    characters of two to four bytes, a note, an action without an owner, a place."""
    s = session_with_actions()
    s.meeting.location = "Zaal 2; achter, links \\ boven"
    long = "Één ‘lange’ tekst, met; tekens \\ en 😀 " * 6
    s.actions += [
        Action("a8", long, "Ëlla", due=date(2026, 10, 20), note="regel 1\nregel 2, ; \\"),
        Action("a9", "Kort", "", due=date(2026, 9, 4)),
        Action(
            "a10", "Gedaan, maar", "Mo", due=date(2026, 9, 10), status="done", done=date(2026, 9, 9)
        ),
    ]
    return s


@pytest.mark.parametrize("reminders", [True, False])
def test_the_written_calendar_is_icalendars_byte_for_byte(reminders):
    sessions = [tricky_session(), load_session(EXAMPLE_BEFORE), load_session(EXAMPLE)]
    calendar = new_calendar("Alle, organisaties; \\ samen")
    for index, session in enumerate(sessions):
        previous = sessions[index - 1] if index == 2 else None
        own = new_calendar(f"Interne klanten: {session.meeting.organisation}")
        add_session_events(own, session, now=NOW, previous=previous, reminders=reminders)
        assert to_ical(own) == own.to_icalendar().to_ical()
        add_session_events(calendar, session, now=NOW, previous=previous, reminders=reminders)
    data = to_ical(calendar)
    assert data == calendar.to_icalendar().to_ical()
    parsed = icalendar.Calendar.from_ical(data)
    assert len(parsed.walk("VEVENT")) > 10
    assert any("😀" in str(e["DESCRIPTION"]) for e in parsed.walk("VEVENT"))
