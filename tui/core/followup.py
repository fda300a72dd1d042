"""The next meeting, started from the previous one.

At the follow-up (about three months later, step 3i of the instrument) the group reviews the same
chain: the same steps and people, the agreements made (needs, asks, info) and every action point,
so that the meeting can go through them one by one and the comparison afterwards can match them
by id. What belonged to the *old* meeting only is not carried: the facilitator's progress through
the script (``agenda``: a new meeting starts with a fresh script), its closing round
(``feedback``), the follow-up date it agreed (that date is now this meeting's date), its closed
state (the new meeting has not been held yet), its title (it named that meeting, "...eerste
bijeenkomst": the new one starts without, so the default title shows until one is typed) and who
was there: the participants are carried by name and role, each with presence reset to the
format's default (``present = true``, nobody marked absent), because who comes to the new
meeting is only known when it is held; the facilitator marks who is absent then.

``previous`` names the old file and ``series`` is carried (see :func:`~tui.core.model.series_of`),
which ties the lineage together. A file from before the series key has none: the follow-up then
gets that file's fallback, the organisation's slug, written out, so that the calendar keeps the
event ids it always had for this series, even when the organisation is renamed later.

Pure: no file format, no UI. The caller chooses the file name and writes it.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

from tui.core.dates import add_months, format_date
from tui.core.edits import update_meeting
from tui.core.model import Session, series_of
from tui.i18n import t


def follow_up(old: Session, old_file_name: str, on: date) -> Session:
    """The session of the meeting on ``on`` that follows up ``old`` (stored as ``old_file_name``).

    Everything is a deep copy, so editing the follow-up never changes the old session in memory.
    All action points keep their id and status (done and dropped ones too): the follow-up meeting
    reviews the whole register, and ``compare`` needs them to say what was done on time.
    ``last_ids`` carries the highest number ever issued per kind, so a new item added later never
    reuses the id of an item that was deleted somewhere in the lineage.

    ``old_file_name`` must be a bare file name (the format refuses a folder part in ``previous``);
    a :class:`~tui.core.model.ModelError` says so otherwise.
    """
    new = copy.deepcopy(old)
    new.feedback = []
    new.agenda = []
    new.participants = [replace(person, present=True) for person in new.participants]
    update_meeting(new, date=on, previous=old_file_name, follow_up=None, closed=False, title="")
    new.meeting = replace(new.meeting, series=series_of(old))
    new.last_ids = dict(old.highest_issued())
    return new


FOLLOW_UP_MONTHS = 3
"""The instrument's rhythm: the follow-up is about three months after the meeting."""


def proposed_follow_up_date(old: Session) -> date:
    """The date to propose for the follow-up of ``old``: the date it agreed on (step 3i), else
    three months after it."""
    agreed = old.meeting.follow_up
    if agreed is not None and agreed >= old.meeting.date:
        return agreed
    return add_months(old.meeting.date, FOLLOW_UP_MONTHS)


def follow_up_date_problem(old: Session, on: date) -> str:
    """Why ``on`` cannot be the date of the follow-up of ``old`` (in words), or ``""``."""
    if on < old.meeting.date:
        return t("followup.before_old", date=format_date(on), old=format_date(old.meeting.date))
    return ""
