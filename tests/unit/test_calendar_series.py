"""The calendar across the meetings of a series (issue 15): what a calendar holds after importing
the files one after the other.

:class:`CalendarApp` plays a calendar the strict way: it takes an event only when its SEQUENCE is
higher than the one it holds for that UID (what Outlook and Apple Calendar look at), and shows
the ones not cancelled. Every file is also parsed back with ``icalendar``; the last test reads
one with two other parsers when the machine has them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui import cli
from tui.core import edits
from tui.core.chain import new_session
from tui.core.followup import follow_up
from tui.core.model import Action, Session
from tui.reports.calendar import (
    MAX_SUMMARY,
    MIN_SHORTENED,
    action_uid,
    calendar_ics,
    cancelled_actions,
    follow_up_uid,
)
from tui.storage.toml_format import load_session

from .conftest import REPO, build_session

FIRST = REPO / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
FOLLOW_UP = REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"


def at(day: date, hour: int = 16, minute: int = 30) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def by_uid(data: bytes) -> dict[str, icalendar.Event]:
    found = {str(e["UID"]): e for e in events(data)}
    assert len(found) == len(events(data)), "a UID twice in one file"
    return found


class CalendarApp:
    """A calendar that imports files: per UID the event with the highest SEQUENCE wins."""

    def __init__(self) -> None:
        self.store: dict[str, tuple[int, str, date, str]] = {}

    def import_file(self, data: bytes) -> None:
        for event in events(data):
            uid, number = str(event["UID"]), int(event["SEQUENCE"])
            if uid not in self.store or number > self.store[uid][0]:
                status = str(event.get("STATUS", "CONFIRMED"))
                self.store[uid] = (number, status, event.decoded("DTSTART"), str(event["SUMMARY"]))

    def live(self) -> dict[str, date]:
        return {uid: e[2] for uid, e in self.store.items() if e[1] != "CANCELLED"}


def expected_live(session: Session) -> dict[str, date]:
    """What the calendar should show for ``session``: the follow-up and every open dated action."""
    live = {action_uid(session, a): a.due for a in session.actions if a.status == "open" and a.due}
    if session.meeting.follow_up:
        live[follow_up_uid(session)] = session.meeting.follow_up
    return live


# --- done and dropped actions leave the calendar --------------------------------------------------


def test_after_importing_the_follow_up_only_its_open_actions_are_left():
    first, second = load_session(FIRST), load_session(FOLLOW_UP)
    assert {a.id for a in second.actions if a.status != "open" and a.due}  # done, dropped
    app = CalendarApp()
    app.import_file(calendar_ics(first, now=at(first.meeting.date)))
    assert app.live() == expected_live(first)
    app.import_file(calendar_ics(second, now=at(second.meeting.date), previous=first))
    # the first meeting's follow-up event is the second meeting itself: it stays, held
    assert app.live() == {**expected_live(second), follow_up_uid(first): second.meeting.date}
    # the first meeting's file exported again, months later, overrides nothing of the second's
    before = dict(app.store)
    live = app.live()
    app.import_file(calendar_ics(first, now=at(date(2027, 6, 1))))
    assert app.live() == live
    sent_by_second = by_uid(calendar_ics(second, now=at(second.meeting.date), previous=first))
    assert all(app.store[uid] == before[uid] for uid in sent_by_second)


def test_an_action_finished_after_its_export_leaves_the_calendar_and_can_come_back():
    session = build_session()  # meeting 2026-09-03; a2 open, due 2026-10-15
    app = CalendarApp()
    app.import_file(calendar_ics(session, now=at(date(2026, 9, 3), 11)))
    assert action_uid(session, session.action("a2")) in app.live()
    edits.complete_action(session, "a2", date(2026, 10, 14))  # a month later, same file
    app.import_file(calendar_ics(session, now=at(date(2026, 10, 14))))
    assert app.live() == expected_live(session)
    assert action_uid(session, session.action("a2")) not in app.live()
    dropped = build_session()
    app2 = CalendarApp()
    app2.import_file(calendar_ics(dropped, now=at(date(2026, 9, 3), 23, 59)))
    edits.drop_action(dropped, "a2", "Niet meer nodig")
    app2.import_file(calendar_ics(dropped, now=at(date(2026, 9, 3), 23, 59)))  # the same minute
    assert action_uid(dropped, dropped.action("a2")) not in app2.live()
    # reopened at the next meeting: in the calendar again
    nxt = follow_up(session, "old.toml", date(2026, 12, 3))
    edits.reopen_action(nxt, "a2")
    edits.update_action(nxt, "a2", due=date(2027, 1, 10))
    app.import_file(calendar_ics(nxt, now=at(date(2026, 12, 3)), previous=session))
    assert app.live()[action_uid(nxt, nxt.action("a2"))] == date(2027, 1, 10)


def rule_sessions() -> tuple[Session, Session]:
    """A previous meeting (2026-09-03) and its follow-up (2026-12-03) with one action per case."""
    previous = build_session()
    previous.actions = [
        Action("a1", "Klaar voor de vorige", "Mo", due=date(2026, 8, 1), status="done",
               done=date(2026, 8, 2)),
        Action("a2", "Open, nu gedaan", "Mo", due=date(2026, 10, 1)),
        Action("a3", "Vervallen voor de vorige", "Mo", due=date(2026, 8, 15), status="dropped"),
        Action("a4", "Na de vorige afgevinkt", "Mo", due=date(2026, 8, 20), status="done",
               done=date(2026, 9, 20)),
        Action("a5", "Datum eraf", "Mo", due=date(2026, 11, 1)),
        Action("a6", "Geschrapt", "Mo", due=date(2026, 11, 2)),
        Action("a7", "Nooit een datum", "Mo"),
        Action("a9", "Nog open", "Mo", due=date(2027, 1, 1)),
    ]  # fmt: skip
    session = follow_up(previous, "old.toml", date(2026, 12, 3))
    edits.complete_action(session, "a2", date(2026, 11, 30))
    edits.update_action(session, "a5", due=None)
    edits.remove_action(session, "a6")
    edits.complete_action(session, "a7", date(2026, 11, 30))
    session.actions.append(
        Action("a8", "Nieuw en al klaar", "Mo", due=date(2026, 12, 1), status="done")
    )
    return previous, session


def test_the_rule_for_cancelled_events_with_the_previous_session():
    previous, session = rule_sessions()
    found = {c.action.id: (c.day, c.reason) for c in cancelled_actions(session, previous)}
    assert found == {
        "a2": (date(2026, 10, 1), "done"),  # open last time: in calendars
        "a4": (date(2026, 8, 20), "done"),  # finished after the previous meeting
        "a5": (date(2026, 11, 1), "undated"),  # its old date is in calendars
        "a6": (date(2026, 11, 2), "removed"),  # gone from the register
        "a8": (date(2026, 12, 1), "done"),  # new, done: may have been exported open
    }  # a1 and a3 were settled before the previous meeting; a7 never had a date
    cal = by_uid(calendar_ics(session, now=at(date(2026, 12, 3)), previous=previous))
    for action_id in found:
        event = cal[f"loodgietersbedrijf-jansen-{action_id}@interne-klanten"]
        assert event["STATUS"] == "CANCELLED"
        assert event.decoded("DTSTART") == found[action_id][0]
        assert "VALARM" not in [c.name for c in event.subcomponents]
    assert str(cal["loodgietersbedrijf-jansen-a6@interne-klanten"]["SUMMARY"]) == (
        "Niet meer op de lijst: Actiepunt a6: Geschrapt (Mo)"
    )
    assert cal["loodgietersbedrijf-jansen-a9@interne-klanten"]["STATUS"] == "CONFIRMED"
    assert {"a1", "a3", "a7"}.isdisjoint(uid.split("-")[-1].split("@")[0] for uid in cal)
    # Played through a calendar: nothing of the previous meeting's events is left but a9.
    app = CalendarApp()
    app.import_file(calendar_ics(previous, now=at(date(2026, 9, 3))))
    app.import_file(calendar_ics(session, now=at(date(2026, 12, 3)), previous=previous))
    assert app.live() == {
        **expected_live(session),
        follow_up_uid(previous): previous.meeting.follow_up,
    }


def test_without_the_previous_session_every_finished_dated_action_is_cancelled():
    previous, session = rule_sessions()
    found = {c.action.id: c.reason for c in cancelled_actions(session)}
    assert found == {"a1": "done", "a2": "done", "a3": "dropped", "a4": "done", "a8": "done"}
    other = new_session("Loodgietersbedrijf Jansen", date(2026, 9, 3))  # another series
    other.actions = previous.actions
    assert cancelled_actions(session, other) == cancelled_actions(session)


# --- UIDs: one series keeps them, two series never share them -------------------------------------


def series_of_three() -> list[Session]:
    first = new_session("Van Dijk", date(2026, 8, 27))
    edits.add_action(first, "Opnameformulier", who="Sandra", due=date(2026, 9, 30))
    edits.add_action(first, "Werkbon-app", who="Erik", due=date(2026, 10, 15))
    first.meeting.follow_up = date(2026, 11, 26)
    second = follow_up(first, "2026-08-27-van-dijk.toml", date(2026, 11, 26))
    edits.update_action(second, "a2", due=date(2027, 1, 15))  # postponed
    second.meeting.follow_up = date(2027, 2, 25)
    third = follow_up(second, "2026-11-26-van-dijk.toml", date(2027, 2, 25))
    third.meeting.organisation = "Van Dijk Installatietechniek"  # renamed: same series
    return [first, second, third]


def test_one_series_keeps_its_uids_from_meeting_to_meeting():
    meetings = series_of_three()
    uids = [{a.id: action_uid(s, a) for a in s.actions} for s in meetings]  # the same ids in each
    assert uids[0] == uids[1] == uids[2]
    app = CalendarApp()
    for session in meetings:
        app.import_file(calendar_ics(session, now=at(session.meeting.date)))
    assert app.live()[uids[0]["a2"]] == date(2027, 1, 15)  # moved, not copied
    assert len({follow_up_uid(s) for s in meetings}) == 3  # one follow-up event per meeting


def test_two_series_of_the_same_firm_never_share_a_uid():
    a = series_of_three()
    b = series_of_three()  # started from scratch, the same day, the same action ids
    old = load_session(FOLLOW_UP)  # a series from before the key, of the same firm
    b_old = [old, follow_up(old, FOLLOW_UP.name, date(2027, 2, 25))]
    uid_sets = [
        {str(e["UID"]) for s in series for e in events(calendar_ics(s, now=at(s.meeting.date)))}
        for series in (a, b, b_old)
    ]
    assert uid_sets[0].isdisjoint(uid_sets[1])
    assert uid_sets[0].isdisjoint(uid_sets[2]) and uid_sets[1].isdisjoint(uid_sets[2])
    app = CalendarApp()
    app.import_file(calendar_ics(a[1], now=at(a[1].meeting.date)))
    before = app.live()
    app.import_file(calendar_ics(b[0], now=at(date(2027, 6, 1))))  # B's first meeting, later
    assert {uid: day for uid, day in app.live().items() if uid in before} == before


def test_a_file_from_before_the_series_key_keeps_the_uids_it_had():
    old = load_session(FOLLOW_UP)
    assert old.meeting.series == ""
    cal = by_uid(calendar_ics(old, now=at(old.meeting.date)))
    assert "installatiebedrijf-van-dijk-zn-a2@interne-klanten" in cal  # as before the key
    assert "installatiebedrijf-van-dijk-zn-follow-up-2026-11-26@interne-klanten" in cal
    nxt = follow_up(old, FOLLOW_UP.name, date(2027, 2, 25))
    nxt.meeting.organisation = "Van Dijk Installatietechniek BV"
    assert action_uid(nxt, nxt.action("a2")) == "installatiebedrijf-van-dijk-zn-a2@interne-klanten"


# --- SEQUENCE: a later meeting always wins; the same export, the same bytes ---------------------

moments = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(tzinfo=UTC)
)


@given(
    first_day=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    gap=st.integers(1, 2000),
    first_now=moments,
    second_now=moments,
    first_status=st.sampled_from(["open", "done", "dropped"]),
    second_status=st.sampled_from(["open", "done", "dropped"]),
)
@settings(max_examples=150)
def test_every_event_of_a_later_meeting_has_a_higher_sequence_whenever_exported(
    first_day, gap, first_now, second_now, first_status, second_status
):
    first = build_session()
    first.meeting.date = first_day
    first.meeting.follow_up = first_day + timedelta(days=gap)
    first.actions = [Action("a1", "Iets", "Mo", due=first_day + timedelta(days=5))]
    first.actions[0].status = first_status
    second = follow_up(first, "old.toml", first_day + timedelta(days=gap))
    second.actions[0].status = second_status
    old = by_uid(calendar_ics(first, now=first_now))
    new = by_uid(calendar_ics(second, now=second_now, previous=first))
    common = set(old) & set(new)
    assert action_uid(first, first.actions[0]) in common or (
        first_status != "open" and second_status != "open"
    )
    for uid in common:
        assert int(new[uid]["SEQUENCE"]) > int(old[uid]["SEQUENCE"])


def test_the_same_export_gives_the_same_bytes():
    first, second = load_session(FIRST), load_session(FOLLOW_UP)
    now = at(date(2027, 1, 5), 9, 15)
    for reminders in (True, False):
        data = calendar_ics(second, now=now, previous=first, reminders=reminders)
        assert data == calendar_ics(
            load_session(FOLLOW_UP), now=now, previous=load_session(FIRST), reminders=reminders
        )
    # exported again later: only the DTSTAMP differs (the meeting's day is long over)
    later = calendar_ics(second, now=at(date(2027, 3, 1)), previous=first)
    assert later.replace(b"20270301T163000Z", b"20270105T091500Z") == calendar_ics(
        second, now=now, previous=first
    )


# --- reminders ------------------------------------------------------------------------------------


def alarms(event) -> list:
    return [c for c in event.subcomponents if c.name == "VALARM"]


def test_every_open_event_has_a_reminder_at_nine_on_the_working_day_before():
    session = build_session()  # the meeting is on Thursday 2026-09-03
    days = [date(2026, 9, 6) + timedelta(days=n) for n in range(8)]  # Sunday to Sunday
    session.actions = [Action(f"a{n}", "Iets", "Mo", due=day) for n, day in enumerate(days, 1)]
    found = events(calendar_ics(session, now=at(session.meeting.date)))
    assert len(found) == len(days) + 1  # and the follow-up meeting
    reminded = {}
    for event in found:
        (alarm,) = alarms(event)
        assert str(alarm["ACTION"]) == "DISPLAY"
        day = event.decoded("DTSTART")
        assert day.strftime("%d-%m-%Y") in str(alarm["DESCRIPTION"])
        assert str(event["SUMMARY"]) in str(alarm["DESCRIPTION"])
        when = datetime.combine(day, time(0)) + alarm.decoded("TRIGGER")
        assert when.time() == time(9, 0) and when.weekday() < 5 and when.date() < day
        between = [when.date() + timedelta(days=n) for n in range(1, (day - when.date()).days)]
        assert all(d.weekday() >= 5 for d in between)  # no working day skipped
        reminded[day.strftime("%a")] = when.strftime("%a")
    assert reminded == {
        "Sun": "Fri", "Mon": "Fri", "Tue": "Mon", "Wed": "Tue", "Thu": "Wed", "Fri": "Thu",
        "Sat": "Fri",
    }  # fmt: skip


def test_a_session_exported_before_its_meeting_reminds_of_what_is_due_before_it():
    """A follow-up prepared early (exported on 01-12-2026 for the meeting of 25-02-2027): an
    action due on 15-01-2027 still lies ahead, so it gets its reminder; one already past on the
    day of the export does not."""
    session = load_session(FOLLOW_UP)
    session.meeting.date = date(2027, 2, 25)
    session.meeting.follow_up = date(2027, 5, 27)
    session.actions = [
        Action("a1", "Nog te doen", "Mo", due=date(2027, 1, 15)),
        Action("a2", "Al verlopen", "Mo", due=date(2026, 11, 20)),
    ]
    found = {str(e["SUMMARY"]): e for e in events(calendar_ics(session, now=at(date(2026, 12, 1))))}
    coming = next(e for title, e in found.items() if "Nog te doen" in title)
    past = next(e for title, e in found.items() if "Al verlopen" in title)
    assert len(alarms(coming)) == 1 and not alarms(past)
    # exported on the meeting's day or later, as before: nothing before the meeting is reminded
    again = {str(e["SUMMARY"]): e for e in events(calendar_ics(session, now=at(date(2027, 2, 25))))}
    assert not alarms(next(e for title, e in again.items() if "Nog te doen" in title))


def test_no_reminder_that_would_already_be_past_at_the_meeting_and_none_when_cancelled():
    session = load_session(FOLLOW_UP)  # 2026-11-26, with overdue open actions
    found = events(calendar_ics(session, now=at(session.meeting.date)))
    confirmed = [e for e in found if e["STATUS"] == "CONFIRMED"]
    assert len(confirmed) == len(expected_live(session))
    late = [e for e in confirmed if e.decoded("DTSTART") <= date(2026, 11, 27)]
    assert late and all(not alarms(e) for e in late)  # a2 was due on 30-09-2026
    coming = [e for e in confirmed if e.decoded("DTSTART") > date(2026, 11, 27)]
    assert coming and all(len(alarms(e)) == 1 for e in coming)
    cancelled = [e for e in found if e["STATUS"] == "CANCELLED"]
    assert cancelled and all(not e.subcomponents for e in cancelled)


def test_reminders_can_be_switched_off(tmp_path, capsys):
    session = load_session(FOLLOW_UP)
    assert b"VALARM" not in calendar_ics(session, now=at(date(2026, 11, 26)), reminders=False)
    with_alarms = tmp_path / "met.ics"
    without = tmp_path / "zonder.ics"
    dutch = tmp_path / "geen.ics"
    base = ["summary", str(FOLLOW_UP), "--format", "ics", "--output"]
    assert cli.main([*base, str(with_alarms)]) == 0
    assert cli.main([*base, str(without), "--no-reminders"]) == 0
    assert cli.main([*base, str(dutch), "--geen-herinneringen"]) == 0
    assert b"BEGIN:VALARM" in with_alarms.read_bytes()
    for path in (without, dutch):
        data = path.read_bytes()
        assert b"VALARM" not in data
        assert by_uid(data).keys() == by_uid(with_alarms.read_bytes()).keys()
    capsys.readouterr()
    assert cli.main(["summary", str(FOLLOW_UP), "--format", "markdown", "--no-reminders"]) == 2
    assert "--no-reminders hoort bij de agenda" in capsys.readouterr().err


def test_the_option_is_explained_in_both_languages(capsys):
    for argv, text in [
        (["summary", "--help"], "zonder herinneringen"),
        (["--lang", "en", "summary", "--help"], "without reminders"),
    ]:
        with pytest.raises(SystemExit):
            cli.main(argv)
        out = " ".join(capsys.readouterr().out.split())
        assert "--no-reminders" in out and text in out


# --- titles: the owner stays --------------------------------------------------------------------

word = st.text("abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=14)
phrase = st.lists(word, min_size=1, max_size=30).map(" ".join)
name = st.lists(word, min_size=1, max_size=3).map(" ".join)


@given(what=phrase, who=name)
@settings(max_examples=200)
def test_a_title_keeps_the_owner_and_shortens_the_text_at_a_word_boundary(what, who):
    session = build_session()
    session.meeting.follow_up = None
    session.actions = [Action("a1", what, who, due=date(2026, 10, 1))]
    (event,) = events(calendar_ics(session, now=at(date(2026, 9, 3))))
    title = str(event["SUMMARY"])
    prefix, suffix = "Actiepunt a1: ", f" ({who})"
    assert title.startswith(prefix) and title.endswith(suffix)
    assert len(title) <= MAX_SUMMARY
    text = title[len(prefix) : -len(suffix)]
    if text != what:
        assert text.endswith("…")
        kept = text[:-1]
        assert what.startswith(kept)
        rest = what[len(kept) :]
        room = MAX_SUMMARY - len(prefix) - len(suffix) - 1
        assert rest.startswith(" ") or " " not in what[:room]  # a word boundary, if there is one
    assert what in str(event["DESCRIPTION"])  # the full text


def test_a_long_owner_name_is_never_cut():
    session = build_session()
    session.meeting.follow_up = None
    who = "Maria Magdalena van den Berg-Oosterhuis " * 4
    who = who.strip()
    what = "Een lange omschrijving van wat er moet gebeuren " * 3
    session.actions = [Action("a1", what, who, due=date(2026, 10, 1))]
    (event,) = events(calendar_ics(session, now=at(date(2026, 9, 3))))
    title = str(event["SUMMARY"])
    assert title.endswith(f"… ({who})")
    assert len(title[len("Actiepunt a1: ") : -len(f" ({who})")]) >= MIN_SHORTENED // 2


# --- other parsers --------------------------------------------------------------------------------

SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin")

READ_WITH_VOBJECT = """
import json, sys, vobject
cal = vobject.readOne(sys.stdin.read())
out = []
for e in cal.vevent_list:
    alarms = [str(a.trigger.value) for a in getattr(e, "valarm_list", [])]
    out.append([e.uid.value, int(e.sequence.value), e.status.value, e.summary.value,
                e.dtstart.value.isoformat(), alarms])
print(json.dumps(out))
"""

READ_WITH_DEBIAN_ICALENDAR = """
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
out = []
for e in cal.walk("VEVENT"):
    alarms = [str(a.decoded("TRIGGER")) for a in e.walk("VALARM")]
    out.append([str(e["UID"]), int(e["SEQUENCE"]), str(e["STATUS"]), str(e["SUMMARY"]),
                e.decoded("DTSTART").isoformat(), alarms])
print(json.dumps(out))
"""


def read_with(script: str, module: str, data: bytes) -> list:
    if SYSTEM_PYTHON is None:
        pytest.skip("no system python3")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", f"import {module}"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"the system python3 has no {module} (apt-get install python3-{module})")
    done = subprocess.run(
        [SYSTEM_PYTHON, "-c", script], input=data, capture_output=True, check=True
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    "script, module",
    [(READ_WITH_VOBJECT, "vobject"), (READ_WITH_DEBIAN_ICALENDAR, "icalendar")],
    ids=["vobject", "debian-icalendar"],
)
def test_another_parser_reads_the_same_events(script, module):
    first, second = load_session(FIRST), load_session(FOLLOW_UP)
    data = calendar_ics(second, now=at(second.meeting.date), previous=first)
    found = read_with(script, module, data)
    ours = [
        [
            str(e["UID"]),
            int(e["SEQUENCE"]),
            str(e["STATUS"]),
            str(e["SUMMARY"]),
            e.decoded("DTSTART").isoformat(),
            [c.decoded("TRIGGER") for c in e.subcomponents if c.name == "VALARM"],
        ]
        for e in events(data)
    ]
    assert [row[:5] for row in found] == [row[:5] for row in ours]
    assert [len(row[5]) for row in found] == [len(row[5]) for row in ours]
    assert {row[2] for row in found} == {"CONFIRMED", "CANCELLED"}
    assert any(row[5] for row in found)
