"""The facilitator's script: the meeting's steps 3a-3k of the instrument, as an agenda.

Each agenda item has a fixed id (``3a`` ... ``3k``, the numbering of the instrument), a title and a
one-line hint (the open questions of 3f among them); the texts live in :mod:`tui.i18n`. What was
ticked, the time spent and an optional time box per item are kept in the session (the optional
``[[agenda]]`` tables of the file); a follow-up session starts with a fresh script.
"""

from __future__ import annotations

from tui.core.model import AgendaItem, Session

AGENDA_IDS = ("3a", "3b", "3c", "3d", "3e", "3f", "3g", "3h", "3i", "3j", "3k")


def agenda_item(session: Session, item_id: str) -> AgendaItem:
    """The session's record of an agenda item (a blank one if nothing was recorded yet)."""
    for item in session.agenda:
        if item.id == item_id:
            return item
    return AgendaItem(item_id)


def elapsed(session: Session) -> int:
    """Seconds spent on the whole script so far: the meeting clock."""
    return sum(item.spent for item in session.agenda)


def over_time(item: AgendaItem, running: int = 0) -> bool:
    """True when an item with a time box has taken longer than the box."""
    return bool(item.timebox) and item.spent + running > item.timebox * 60
