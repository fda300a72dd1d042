"""The follow-up meeting and the action points' due dates as an iCalendar file.

``summary FILE --format ics`` writes it (and the app's export dialog); importing it into Outlook,
Google or Apple Calendar puts the follow-up (step 3i) and every deadline in the calendar, and
importing the file of a later export, or of the follow-up session, brings the calendar up to
date. Built with the ``icalendar`` library, which folds long lines and escapes text (``;``,
``,``, ``\\``, line breaks) as RFC 5545 asks.

Decisions:

- **All-day events**: a due date has no time, and the follow-up's time is not in the session. An
  action's deadline is marked free (``TRANSP:TRANSPARENT``) so it does not block the day.
- **UIDs stable across a series, and only within it**: an action is
  ``<series>-<action id>@interne-klanten``, the follow-up meeting
  ``<series>-follow-up-<meeting date>@interne-klanten`` (one per meeting, so that moving the
  follow-up date moves the event). ``<series>`` is ``meeting.series`` (:func:`series_of`): the
  same in a first meeting and all its follow-ups, so a postponed action moves in the calendar,
  and different for a second series at the same firm started from scratch, so it never
  overwrites the first one's events. A file from before the series key uses the organisation's
  slug, the prefix of every UID before the key existed: calendars that imported those keep
  their events.
- **SEQUENCE from the meeting, never from the export alone**: a calendar takes an event only when
  its SEQUENCE is higher than the one it has. The number is twice the minutes from 2000-01-01 to
  the export time *clamped to the meeting's day* (UTC, 00:00 to 23:59), plus one for a cancelled
  event. So
  - every event of a later meeting's file is higher than any of an earlier meeting's file,
    whenever either was exported (its lowest value, the day's first minute, lies above the
    earlier day's last). A follow-up held on the very day of its meeting (possible only in
    another folder: the file name is the date) shares that day's numbers instead;
  - exports on the meeting day itself (a correction after the first export) go up by the minute;
  - an export after the meeting day keeps the day's last value, and a cancellation (done or
    dropped after that) is still one higher than the open event it replaces;
  - the same session exported at the same ``now`` gives the same bytes.
  (A date moved in an old meeting's file after its day keeps the SEQUENCE; a calendar then goes
  by the later DTSTAMP, as RFC 5546 asks, or keeps the old date: make such changes in the
  follow-up session.) Twice the minutes since 2000 is above the minutes since 2020 that earlier
  versions of this program wrote, so the first export with this rule updates their events too.
- **Done and dropped actions go out as cancelled events** (``STATUS:CANCELLED``, same UID,
  higher SEQUENCE): calendars do not delete an event that is missing from a file, they remove or
  strike it only when told. The rule, with the previous session (``previous``, read from beside
  the file when it is there) to compare with:

  1. every open action with a due date is an event (``STATUS:CONFIRMED``);
  2. every done or dropped action with a due date is a cancelled event, *unless* it was already
     done or dropped in the previous session and its due date (and done date) lie before the
     previous meeting: it was settled before that meeting, whose export cancelled it, and
     sending it again in every follow-up would only pile up;
  3. an action that was open with a due date in the previous session and is now open without a
     date, or no longer in the session at all, is a cancelled event at its old date.

  Without a previous session (the first meeting, or its file is not there) nothing counts as
  settled: every done or dropped action with a due date is cancelled.
- **A reminder** (``VALARM``, ``ACTION:DISPLAY``) before every open action's due date and the
  follow-up meeting, at 09:00 on the last working day (Monday to Friday) before the day;
  ``reminders=False`` (``--no-reminders``) leaves them out. Cancelled events have none, and
  neither has an action whose reminder day is not after the meeting's day (overdue, or due the
  day after): that reminder lies in the past when the file is imported, and some calendars
  (Thunderbird) then pop it up as "missed" for every such action. A session exported before
  its meeting (a follow-up prepared early) counts from the day of the export instead: what is
  due before the meeting still lies ahead and gets its reminder.
- **Titles keep the owner**: ``Actiepunt a7: <what> (<who>)``. A title longer than
  :data:`MAX_SUMMARY` shortens only the action's text, at a word boundary, with "…"; the
  owner's name is never cut (a very long name makes a longer title). The full text is in the
  description.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import icalendar
from icalendar.caselessdict import canonsort_keys
from icalendar.prop import vText

from tui import __version__
from tui.core.dates import format_date
from tui.core.model import Action, Session, series_of
from tui.core.text import clean_line, clean_text
from tui.i18n import t
from tui.reports import phrases

PRODID = f"-//interne-klanten//interne-klanten {__version__}//NL"
UID_DOMAIN = "interne-klanten"
SEQUENCE_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
MAX_SUMMARY = 120
"""Calendar titles longer than this are shortened (the action's text, with …); the full text is in
the description."""
MIN_SHORTENED = 20
"""A shortened action text keeps at least this many characters, however long the owner's name."""
REMINDER_HOUR = 9
"""The reminder comes at 09:00 (the calendar's own time zone) on the working day before."""
CANCEL_REASONS = ("done", "dropped", "undated", "removed")
"""Why an action's event is cancelled (:class:`Cancelled`); each has its title word."""


def action_uid(session: Session, action: Action) -> str:
    return f"{series_of(session)}-{action.id}@{UID_DOMAIN}"


def follow_up_uid(session: Session) -> str:
    return f"{series_of(session)}-follow-up-{session.meeting.date.isoformat()}@{UID_DOMAIN}"


def sequence(session: Session, now: datetime, *, cancelled: bool = False) -> int:
    """The SEQUENCE of the session's events exported at ``now`` (see the module docstring)."""
    first = datetime.combine(session.meeting.date, time(0, 0), tzinfo=UTC)
    moment = min(max(_utc(now), first), first + timedelta(hours=23, minutes=59))
    minutes = max(int((moment - SEQUENCE_EPOCH).total_seconds() // 60), 0)
    return 2 * minutes + (1 if cancelled else 0)


def reminder_trigger(day: date) -> timedelta:
    """When the reminder of an all-day event on ``day`` comes, relative to the day's start:
    09:00 on the last working day before it (Monday's on Friday)."""
    back = 1
    while (day - timedelta(days=back)).weekday() >= 5:
        back += 1
    return timedelta(days=-back, hours=REMINDER_HOUR)


@dataclass(frozen=True)
class Cancelled:
    """An action whose event must go: the action as it is (or was, when it was removed), the day
    its event is on, and why (one of :data:`CANCEL_REASONS`)."""

    action: Action
    day: date
    reason: str


def cancelled_actions(session: Session, previous: Session | None = None) -> list[Cancelled]:
    """The actions to send as cancelled events (rules 2 and 3 of the module docstring), by day.

    ``previous`` counts only when it is of the same series: another series' events have other
    UIDs, so what it says about them tells nothing about this one's."""
    if previous is not None and series_of(previous) != series_of(session):
        previous = None
    before = {a.id: a for a in previous.actions} if previous is not None else {}
    found: list[Cancelled] = []
    for action in session.actions:
        was = before.get(action.id)
        if action.status == "open":
            if action.due is None and was is not None and was.status == "open" and was.due:
                found.append(Cancelled(action, was.due, "undated"))
            continue
        day = action.due or (was.due if was is not None else None)
        if day is None:
            continue
        if previous is not None and was is not None and was.status != "open":
            meeting = previous.meeting.date
            if day < meeting and (action.done is None or action.done < meeting):
                continue  # settled before the previous meeting
        found.append(Cancelled(action, day, action.status))
    present = {a.id for a in session.actions}
    for was in before.values():
        if was.id not in present and was.status == "open" and was.due is not None:
            found.append(Cancelled(was, was.due, "removed"))
    return sorted(found, key=lambda c: (c.day, c.action.id))


def calendar_ics(
    session: Session,
    *,
    now: datetime,
    previous: Session | None = None,
    reminders: bool = True,
) -> bytes:
    """The iCalendar file (bytes, CRLF line ends, as the standard asks).

    ``now`` is the export time (timezone-aware; naive is taken as UTC): DTSTAMP, and SEQUENCE
    within the meeting's day. ``previous`` is the session this one follows up, if it could be
    read: it tells which finished actions were already cancelled and which dated ones are gone.
    """
    organisation = clean_line(session.meeting.organisation)
    calendar = new_calendar(t("ics.calendar_name", organisation=organisation))
    add_session_events(calendar, session, now=now, previous=previous, reminders=reminders)
    return to_ical(calendar)


FOLD_OCTETS = 74
"""The most octets of a content line on one physical line: icalendar folds before a character
that would make 75, one short of the standard's limit (the bytes stay those it writes)."""
_ESCAPES = (ord("\\"), ord("^"))


def fold(line: str) -> bytes:
    """``line`` folded as RFC 5545 asks, the bytes of icalendar's own folding
    (``Contentline.to_ical``), which looks at each character in turn and took half of an export
    of 4,000 action points. Here the line is cut on its UTF-8 bytes: most lines are shorter than
    a fold and pass whole; a longer one is cut after at most :data:`FOLD_OCTETS` octets, at the
    start of a character, and, as icalendar does, never right after a backslash or caret (so
    that an escape such as ``\\n`` stays on one line)."""
    data = line.encode("utf-8")
    end = len(data)
    if end <= FOLD_OCTETS:
        return data
    pieces = []
    start = 0
    while end - start > FOLD_OCTETS:
        cut = start + FOLD_OCTETS
        while (data[cut] & 0xC0) == 0x80:  # inside a character: it goes to the next line
            cut -= 1
        if cut - start > 1 and data[cut - 1] in _ESCAPES:
            cut -= 1
        pieces.append(data[start:cut])
        start = cut
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)


class Component:
    """A calendar, event or alarm as the calls to icalendar's ``add`` and ``add_component``
    that would make it; :func:`to_ical` writes it, :meth:`to_icalendar` makes icalendar's own.

    icalendar spends some 15 µs on each property (its type, its parameters, the content line),
    a second for the 4,000 events of a large session; written here, each property of text is
    escaped by icalendar's ``vText`` and every other value (dates, numbers, the reminder's
    offset: a few distinct ones in a file) is written by icalendar once and reused."""

    __slots__ = ("kind", "properties", "subcomponents")

    def __init__(self, kind: type[icalendar.Component]) -> None:
        self.kind = kind
        self.properties: list[tuple[str, object]] = []
        self.subcomponents: list[Component] = []

    def add(self, name: str, value: object) -> None:
        self.properties.append((name.upper(), value))

    def add_component(self, component: Component) -> None:
        self.subcomponents.append(component)

    def to_icalendar(self) -> icalendar.Component:
        """The same component made by icalendar (whose ``to_ical`` gives the bytes of
        :func:`to_ical`; the tests hold one to the other)."""
        made = self.kind()
        for name, value in self.properties:
            made.add(name, value)
        for component in self.subcomponents:
            made.add_component(component.to_icalendar())
        return made


TEXT_PROPERTIES = frozenset({"SUMMARY", "DESCRIPTION", "LOCATION", "UID"})
"""Properties whose value is text (``vText``) and differs from event to event."""


def to_ical(component: Component) -> bytes:
    """``component.to_icalendar().to_ical()``, byte for byte: the properties in icalendar's
    order (its canonical ones first, then by name), folded by :func:`fold`, CRLF line ends."""
    lines: list[bytes] = []
    _write(component, lines, {}, {})
    return b"\r\n".join(lines) + b"\r\n"


def _write(
    component: Component,
    lines: list[bytes],
    written: dict[tuple[type, str, object], bytes],
    orders: dict[tuple[type, tuple[str, ...]], list[str]],
) -> None:
    kind = component.kind
    lines.append(f"BEGIN:{kind.name}".encode())
    values: dict[str, list[object]] = {}
    for name, value in component.properties:
        values.setdefault(name, []).append(value)
    names = tuple(values)
    order = orders.get((kind, names))
    if order is None:
        order = orders[(kind, names)] = canonsort_keys(names, kind.canonical_order)
    for name in order:
        for value in values[name]:
            if name in TEXT_PROPERTIES and isinstance(value, str):
                lines.append(fold(f"{name}:{vText(value).to_ical().decode('utf-8')}"))
                continue
            key = (kind, name, value)
            line = written.get(key)
            if line is None:
                line = written[key] = _icalendar_line(kind, name, value)
            lines.append(line)
    for sub in component.subcomponents:
        _write(sub, lines, written, orders)
    lines.append(f"END:{kind.name}".encode())


def _icalendar_line(kind: type[icalendar.Component], name: str, value: object) -> bytes:
    """The content line icalendar writes for ``name: value`` in a component of ``kind``."""
    made = kind()
    made.add(name, value)
    (line,) = made.content_lines()[1:-2]  # between BEGIN and END (and the closing "")
    return fold(line)


def new_calendar(name: str) -> Component:
    """An empty calendar called ``name`` (``X-WR-CALNAME``), to add events to."""
    calendar = Component(icalendar.Calendar)
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def add_session_events(
    calendar: Component,
    session: Session,
    *,
    now: datetime,
    previous: Session | None = None,
    reminders: bool = True,
) -> None:
    """Add the session's events to ``calendar``: the follow-up, every open action with a due date,
    and the cancelled ones (see the module docstring); also for the overview of every
    organisation, whose calendar holds the same events as each session's own."""
    now = _utc(now)
    m = session.meeting
    organisation = clean_line(m.organisation)
    open_, _closed = phrases.split_actions(session)
    current = sequence(session, now)
    since = min(m.date, now.date())  # a reminder on a later day still lies ahead
    if m.follow_up is not None:
        event = _all_day(follow_up_uid(session), m.follow_up, now, current, "CONFIRMED")
        title = _fit(organisation, lambda text: t("ics.follow_up", organisation=text))
        event.add("summary", title)
        event.add(
            "description",
            t("ics.follow_up_description", date=format_date(m.date), open=len(open_)),
        )
        if m.location:
            event.add("location", clean_line(m.location))
        if reminders and _reminder_day(m.follow_up) > since:
            description = t("ics.reminder_follow_up", title=title, date=format_date(m.follow_up))
            event.add_component(_reminder(m.follow_up, description))
        calendar.add_component(event)

    for action in open_:
        if action.due is None:
            continue
        event = _all_day(action_uid(session, action), action.due, now, current, "CONFIRMED")
        title = action_title(action)
        event.add("summary", title)
        event.add("description", _description(session, action, action.due))
        event.add("transp", "TRANSPARENT")
        if reminders and _reminder_day(action.due) > since:
            event.add_component(
                _reminder(
                    action.due,
                    t("ics.reminder_action", due=format_date(action.due), title=title),
                )
            )
        calendar.add_component(event)

    gone = sequence(session, now, cancelled=True)
    for entry in cancelled_actions(session, previous):
        action = entry.action
        event = _all_day(action_uid(session, action), entry.day, now, gone, "CANCELLED")
        event.add("summary", action_title(action, t(f"ics.cancelled.{entry.reason}")))
        event.add("description", _description(session, action, entry.day))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)


def action_title(action: Action, state: str = "") -> str:
    """``Actiepunt a7: <what> (<who>)``, at most :data:`MAX_SUMMARY` long by shortening only the
    text; ``state`` (``Gedaan``) goes in front of a cancelled event's title."""
    who = clean_line(action.who) or t("summary.nobody")

    def title(what: str) -> str:
        text = t("ics.action", id=action.id, what=what, who=who)
        return t("ics.state_title", state=state, title=text) if state else text

    return _fit(clean_line(action.what), title)


def _fit(text: str, make: Callable[[str], str]) -> str:
    """``make(text)``, with ``text`` shortened at a word boundary (and "…") when it is too long."""
    full = make(text)
    if len(full) <= MAX_SUMMARY:
        return full
    room = max(MAX_SUMMARY - len(make("")) - 1, MIN_SHORTENED)
    cut = text[:room]
    if text[room : room + 1] not in (" ", ""):  # the cut falls inside a word: drop that word
        space = cut.rfind(" ")
        if space > 0:
            cut = cut[:space]
    return make(cut.rstrip(" ,;:.-–—") + "…")


def _description(session: Session, action: Action, day: date) -> str:
    who = clean_line(action.who) or t("summary.nobody")
    description = t(
        "ics.action_description",
        what=clean_text(action.what),
        who=who,
        step=clean_line(phrases.step_label(session, action.step)),
        due=format_date(day),
        date=format_date(session.meeting.date),
    )
    if action.note:
        description += "\n" + t("ics.note", note=clean_text(action.note))
    return description


def _reminder_day(day: date) -> date:
    return (datetime.combine(day, time(0)) + reminder_trigger(day)).date()


def _reminder(day: date, description: str) -> Component:
    alarm = Component(icalendar.Alarm)
    alarm.add("action", "DISPLAY")
    alarm.add("description", description)
    alarm.add("trigger", reminder_trigger(day))
    return alarm


def _utc(now: datetime) -> datetime:
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.astimezone(UTC).replace(microsecond=0)


def _all_day(uid: str, day: date, now: datetime, number: int, status: str) -> Component:
    event = Component(icalendar.Event)
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("sequence", number)
    event.add("status", status)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    return event
