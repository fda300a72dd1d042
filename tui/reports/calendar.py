"""The follow-up meeting and the open action points' due dates as an iCalendar file.

``summary FILE --format ics`` writes it; importing it into Outlook, Google or Apple Calendar puts
the follow-up (step 3i) and every deadline in the calendar. Built with the ``icalendar`` library,
which folds long lines and escapes text (``;``, ``,``, ``\\``, line breaks) as RFC 5545 asks.

Decisions:

- **All-day events**: a due date has no time, and the follow-up's time is not in the session. An
  action's deadline is marked free (``TRANSP:TRANSPARENT``) so it does not block the day.
- **Stable UIDs**, so that importing a newer export updates the events instead of adding copies:
  an action is ``<organisation-slug>-<action id>@interne-klanten`` (action ids are kept in every
  follow-up session, so a postponed action moves in the calendar), the follow-up meeting is
  ``<organisation-slug>-follow-up-<meeting date>@interne-klanten`` (one per meeting, so that moving
  the follow-up date moves the event).
- **DTSTAMP and SEQUENCE from ``now``**: the export time, passed in (tests pass a fixed one). The
  sequence is the number of minutes since 2020, so a later export always carries a higher
  sequence, which is what Outlook and Apple Calendar look at to accept an update.
- Only open actions with a due date are exported: done and dropped ones need no reminder.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar

from tui import __version__
from tui.core.dates import format_date
from tui.core.model import Action, Session
from tui.core.text import clean_line, clean_text, slugify
from tui.i18n import t
from tui.reports import phrases

PRODID = f"-//interne-klanten//interne-klanten {__version__}//NL"
UID_DOMAIN = "interne-klanten"
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
MAX_SUMMARY = 120
"""Calendar titles longer than this are cut (with …); the full text is in the description."""


def action_uid(session: Session, action: Action) -> str:
    return f"{_slug(session)}-{action.id}@{UID_DOMAIN}"


def follow_up_uid(session: Session) -> str:
    return f"{_slug(session)}-follow-up-{session.meeting.date.isoformat()}@{UID_DOMAIN}"


def _slug(session: Session) -> str:
    return slugify(session.meeting.organisation) or "sessie"


def _short(value: str) -> str:
    value = clean_line(value)
    return value if len(value) <= MAX_SUMMARY else value[: MAX_SUMMARY - 1].rstrip() + "…"


def calendar_ics(session: Session, *, now: datetime) -> bytes:
    """The iCalendar file (bytes, CRLF line ends, as the standard asks).

    ``now`` is the export time (timezone-aware; naive is taken as UTC): DTSTAMP and SEQUENCE.
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    now = now.astimezone(UTC).replace(microsecond=0)
    sequence = max(int((now - SEQUENCE_EPOCH).total_seconds() // 60), 0)
    m = session.meeting
    organisation = clean_line(m.organisation)

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", t("ics.calendar_name", organisation=organisation))

    open_, _closed = phrases.split_actions(session)
    if m.follow_up is not None:
        event = _all_day(follow_up_uid(session), m.follow_up, now, sequence)
        event.add("summary", _short(t("ics.follow_up", organisation=organisation)))
        event.add(
            "description",
            t("ics.follow_up_description", date=format_date(m.date), open=len(open_)),
        )
        if m.location:
            event.add("location", clean_line(m.location))
        calendar.add_component(event)

    for action in open_:
        if action.due is None:
            continue
        event = _all_day(action_uid(session, action), action.due, now, sequence)
        who = clean_line(action.who) or t("summary.nobody")
        event.add(
            "summary", _short(t("ics.action", id=action.id, what=clean_line(action.what), who=who))
        )
        description = t(
            "ics.action_description",
            what=clean_text(action.what),
            who=who,
            step=clean_line(phrases.step_label(session, action.step)),
            due=format_date(action.due),
            date=format_date(m.date),
        )
        if action.note:
            description += "\n" + t("ics.note", note=clean_text(action.note))
        event.add("description", description)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def _all_day(uid: str, day: date, now: datetime, sequence: int) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("sequence", sequence)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    return event
