"""The session model: plain dataclasses, the queries on them, and the id rules.

A :class:`Session` is the record of one meeting. It holds no file format and no UI: the storage
layer turns it into TOML and back, the app changes it only through the functions in
:mod:`tui.core.edits`. Text in the model is always clean (see :mod:`tui.core.text`).

Ids
    Steps have slug ids (``aanvraag``). Items and actions have a kind prefix and a number
    (``n3`` a need, ``r2`` an ask, ``c1`` an info item, ``a7`` an action). A number, once given,
    is never given again in the same lineage of sessions: ``last_ids`` remembers the highest number
    issued per kind, also after the item with that number was removed, and is carried into a
    follow-up session. Comparing two meetings can then match items by id.

Series
    A first meeting and all its follow-ups are one *series* (the lineage). ``meeting.series`` names
    it: a new session gets a fresh id (:func:`new_series_id`), a follow-up carries it. Exports that
    must recognise the same thing across the meetings of a series, and only of that series (the
    calendar's event ids), use :func:`series_of`. A file from before the key has none; its series
    is then the organisation's slug, which is what those exports used before, so nothing that was
    already exported changes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from tui.core.text import slugify
from tui.i18n import t

FORMAT_VERSION = 1

ITEM_KINDS = ("needs", "asks", "info")
"""The three kinds of step items, in the order they are shown and written."""

ITEM_FIELDS: dict[str, tuple[str, ...]] = {
    "needs": ("what", "when", "why"),
    "asks": ("what", "when"),
    "info": ("what",),
}
"""The text fields each kind of item has (``id`` aside)."""

ID_PREFIXES: dict[str, str] = {"needs": "n", "asks": "r", "info": "c", "actions": "a"}
ID_KINDS = tuple(ID_PREFIXES)

STATUSES = ("open", "done", "dropped")

STEP_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
ITEM_ID_PATTERN = re.compile(r"([nrca])([1-9][0-9]{0,8})\Z")
SERIES_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,79}\Z")
"""A series id: lower-case letters, digits and ``-`` (it goes into calendar event ids as it is)."""
FALLBACK_SERIES = "sessie"
"""The series of an old file whose organisation has no letters or digits to make a slug of."""


class ModelError(ValueError):
    """An edit that breaks a rule of the model; the message is for people (translated)."""


@dataclass
class Item:
    """A need, ask or info item of a step. Asks have no ``why``, info items only ``what``."""

    id: str
    what: str
    when: str = ""
    why: str = ""


@dataclass
class Step:
    id: str
    name: str
    people: list[str] = field(default_factory=list)
    customers: list[str] = field(default_factory=list)
    """Explicit internal customers; empty means: derived from the chain."""
    needs: list[Item] = field(default_factory=list)
    asks: list[Item] = field(default_factory=list)
    info: list[Item] = field(default_factory=list)

    def items(self, kind: str) -> list[Item]:
        if kind == "needs":
            return self.needs
        if kind == "asks":
            return self.asks
        if kind == "info":
            return self.info
        raise KeyError(kind)

    def item_count(self) -> int:
        return len(self.needs) + len(self.asks) + len(self.info)


@dataclass
class Action:
    id: str
    what: str
    who: str = ""
    step: str = ""
    about: str = ""
    due: date | None = None
    status: str = "open"
    done: date | None = None
    note: str = ""

    def is_overdue(self, today: date) -> bool:
        return self.status == "open" and self.due is not None and self.due < today


@dataclass
class Participant:
    name: str
    role: str = ""
    present: bool = True


@dataclass
class Feedback:
    what: str
    who: str = ""


@dataclass
class AgendaItem:
    """The facilitator's progress on one step of the meeting's script (see core/script.py)."""

    id: str
    done: bool = False
    spent: int = 0
    """Seconds spent on it."""
    timebox: int = 0
    """Minutes planned for it; 0 for no time box."""

    def is_blank(self) -> bool:
        return not (self.done or self.spent or self.timebox)


@dataclass
class Customer:
    """The external customer at the end of the chain."""

    name: str
    expectations: list[str] = field(default_factory=list)


@dataclass
class Meeting:
    # ``dt.date``: in this class ``date`` is the field (the file's key), not the type.
    organisation: str
    date: dt.date
    title: str = ""
    location: str = ""
    facilitator: str = ""
    reason: str = ""
    goal: str = ""
    follow_up: dt.date | None = None
    previous: str = ""
    closed: bool = False
    series: str = ""
    """The series this meeting belongs to (see the module docstring); empty in files from before
    the key. Written after ``previous``, though it is the last field here (positional order)."""


@dataclass
class InternalCustomer:
    """Who the internal customer of a step is, and why we think so."""

    names: list[str]
    source: str
    """``explicit`` (set on the step), ``next`` (the next step's people) or ``external``."""
    step_id: str = ""
    """For ``next``: the step the customers work in."""


@dataclass
class Session:
    meeting: Meeting
    customer: Customer
    participants: list[Participant] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    feedback: list[Feedback] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    """The script's progress, in agenda order; only items with something recorded."""
    last_ids: dict[str, int] = field(default_factory=dict, compare=False)
    """Highest id number ever issued per kind in this lineage (see the module docstring).

    Only a lower bound: :meth:`highest_issued` also counts the ids present. Not compared, because
    two sessions with the same content are equal however their counters were reached."""

    # --- lookups -------------------------------------------------------------------------

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise ModelError(t("model.unknown_step", step=step_id))

    def has_step(self, step_id: str) -> bool:
        return any(step.id == step_id for step in self.steps)

    def step_index(self, step_id: str) -> int:
        return self.steps.index(self.step(step_id))

    def iter_items(self) -> Iterator[tuple[Step, str, Item]]:
        """Every step item as ``(step, kind, item)``, in file order."""
        for step in self.steps:
            for kind in ITEM_KINDS:
                for item in step.items(kind):
                    yield step, kind, item

    def find_item(self, item_id: str) -> tuple[Step, str, Item]:
        for found in self.iter_items():
            if found[2].id == item_id:
                return found
        raise ModelError(t("model.unknown_id", id=item_id))

    def action(self, action_id: str) -> Action:
        for action in self.actions:
            if action.id == action_id:
                return action
        raise ModelError(t("model.unknown_id", id=action_id))

    def actions_of(self, step_id: str) -> list[Action]:
        return [action for action in self.actions if action.step == step_id]

    # --- ids -------------------------------------------------------------------------------

    def highest_present(self) -> dict[str, int]:
        """The highest id number per kind among the items and actions in the session."""
        highest = dict.fromkeys(ID_KINDS, 0)
        for _step, kind, item in self.iter_items():
            highest[kind] = max(highest[kind], id_number(item.id))
        for action in self.actions:
            highest["actions"] = max(highest["actions"], id_number(action.id))
        return highest

    def highest_issued(self) -> dict[str, int]:
        """The highest id number ever issued per kind: present or remembered in ``last_ids``."""
        present = self.highest_present()
        return {kind: max(present[kind], self.last_ids.get(kind, 0)) for kind in ID_KINDS}

    def new_id(self, kind: str) -> str:
        """Issue the next id of ``kind``; it was never used before in this lineage."""
        prefix = ID_PREFIXES[kind]
        # only the ids of this kind: the same number as highest_issued()[kind], without reading
        # every item and action of the session for each new one
        if kind == "actions":
            found: Iterable[Item | Action] = self.actions
        else:
            found = (item for step in self.steps for item in step.items(kind))
        present = max((id_number(x.id) for x in found), default=0)
        number = max(present, self.last_ids.get(kind, 0)) + 1
        self.last_ids[kind] = number
        return f"{prefix}{number}"

    # --- the chain -------------------------------------------------------------------------

    def internal_customer(self, step_id: str) -> InternalCustomer:
        """Who the internal customer of ``step_id`` is.

        Explicit customers on the step win; otherwise the people of the next step; after the last
        step, the external customer.
        """
        index = self.step_index(step_id)
        step = self.steps[index]
        if step.customers:
            return InternalCustomer(list(step.customers), "explicit")
        if index + 1 < len(self.steps):
            following = self.steps[index + 1]
            return InternalCustomer(list(following.people), "next", following.id)
        return InternalCustomer([self.customer.name], "external")

    def people(self) -> list[str]:
        """Every name known in the session (participants, step people, owners), for completion."""
        seen: dict[str, None] = {}
        for participant in self.participants:
            seen.setdefault(participant.name, None)
        for step in self.steps:
            for name in (*step.people, *step.customers):
                seen.setdefault(name, None)
        for action in self.actions:
            if action.who:
                seen.setdefault(action.who, None)
        return list(seen)


def new_series_id(first_day: dt.date) -> str:
    """A fresh series id for a session that starts a series: the first meeting's date (readable,
    and two series of the same firm started on different days differ by it alone) and 48 random
    bits (two started on the same day), e.g. ``2026-08-27-3f9a0c71be42``."""
    import secrets  # here: it loads hashlib and random, which reading a file does not need

    return f"{first_day.isoformat()}-{secrets.token_hex(6)}"


def series_of(session: Session) -> str:
    """The session's series: ``meeting.series``, or for an old file without one the slug of the
    organisation (``installatiebedrijf-van-dijk-zn``; ``sessie`` when it has no letters)."""
    return session.meeting.series or slugify(session.meeting.organisation) or FALLBACK_SERIES


def id_number(item_id: str) -> int:
    """The number of an item or action id (``"n12"`` -> 12); 0 for anything else."""
    match = ITEM_ID_PATTERN.match(item_id)
    return int(match.group(2)) if match else 0


def kind_of_id(item_id: str) -> str | None:
    """The kind an id belongs to by its prefix (``"r3"`` -> ``"asks"``), or None."""
    match = ITEM_ID_PATTERN.match(item_id)
    if not match:
        return None
    prefix = match.group(1)
    return next(kind for kind, p in ID_PREFIXES.items() if p == prefix)
