"""The next meeting, started from the previous one.

At the follow-up (about three months later, step 3i of the instrument) the group reviews the same
chain: the same steps and people, the agreements made (needs, asks, info) and every action point,
so that the meeting can go through them one by one and the comparison afterwards can match them
by id. What belonged to the *old* meeting only is not carried: the facilitator's progress through
the script (``agenda``: a new meeting starts with a fresh script), its closing round
(``feedback``), the follow-up date it agreed (that date is now this meeting's date), and its
closed state (the new meeting has not been held yet). ``previous`` names the old file, which ties
the lineage together.

Pure: no file format, no UI. The caller chooses the file name and writes it.
"""

from __future__ import annotations

import copy
from datetime import date

from tui.core.edits import update_meeting
from tui.core.model import Session


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
    update_meeting(new, date=on, previous=old_file_name, follow_up=None, closed=False)
    new.last_ids = dict(old.highest_issued())
    return new
