"""What changed between two meetings of the same lineage, as plain data.

``compare_sessions(old, new)`` matches steps, items and action points **by id** (ids are never
reused in a lineage, see :mod:`tui.core.model`), so a reworded need shows as *changed* with its old
and new text, not as removed plus added. The result is a tree of dataclasses that the renderers
(:mod:`tui.reports.compare_report`: Rich and Markdown) and ``Comparison.to_dict`` (JSON) present;
nothing here knows about terminals or files.

Decisions, documented here because every output follows them:

- **Action groups.** Every action point of either session is in exactly one group:
  ``done_on_time``, ``done_late``, ``dropped``, ``overdue`` (still open, due before the new
  meeting's date), ``open`` (still open, not yet due or without a due date), ``new`` (not in the old
  session) and ``removed`` (in the old session, deleted from the new one). Across groups,
  ``postponed`` (due date moved later), ``reassigned`` (owner changed) and ``done_since`` (done now,
  not done at the old meeting).
- **On time or late** compares the ``done`` date with ``due``; done on the due date itself is on
  time, and an action without a due date cannot be late. **Done without a date**: we take the
  latest day it can have been done, which is the old meeting's date when it was already done then,
  otherwise the new meeting's date. So it is late exactly when it was overdue by that day: a date
  that was never written down does not earn the benefit of the doubt, and "give every done action
  its date" (docs/format.md) is what makes the figure honest.
- **Agreements kept** (``Kept``): among the action points of the old session that are still in the
  new one, not dropped, and due *by* the new meeting (on or before its date; the due date as it
  stands now, so an agreed postponement is a new agreement), how many are done. An action due on
  the day of the meeting itself counts: the meeting is where it is reported done (it is not
  *overdue* yet, though: that is open and due before the meeting's date). Dropped actions are
  released, not broken; new actions were not agreed at the old meeting.
- **Moved items.** An item whose id sits in another step in the new session is reported once as
  ``moved`` (old and new step), plus any text change; not as removed and added.
- **Internal customers** are compared as people see them: the effective internal customer of a
  step (its explicit ``customers``, else the next step's people, else the external customer). A
  person added to a step therefore also shows as a new internal customer of the step before it.
- Order within a list (items in a step, expectations, participants) is not a difference; the order
  of the chain is, because it decides who is whose internal customer.

Everything is linear in the number of steps, items and actions: lookups go through dicts by id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tui.core.model import ITEM_FIELDS, Action, Item, Session, Step

MEETING_FIELDS = (
    "organisation", "date", "title", "location", "facilitator", "reason", "goal",
    "follow_up", "previous", "closed",
)  # fmt: skip
"""The meeting keys compared, in the order of the file format."""

ACTION_FIELDS = ("what", "who", "step", "about", "due", "status", "done", "note")
"""The action keys compared (``id`` aside), in the order of the file format."""

ACTION_GROUPS = ("done_on_time", "done_late", "dropped", "overdue", "open", "new", "removed")
"""The groups an action point is in (exactly one each), in the order they are reported."""

ACROSS_GROUPS = ("postponed", "reassigned", "done_since")
"""Lists that cut across the groups."""


# --- the result ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    """One field of one thing, with its old and new value (dates stay dates here)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class NamesChange:
    """Names added to and removed from a list of people on a step."""

    step: str
    added: list[str]
    removed: list[str]
    via: str = ""
    """For internal customers derived from the chain: the step whose people they are."""


@dataclass(frozen=True)
class Renamed:
    id: str
    old: str
    new: str


@dataclass
class StepsDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[Renamed] = field(default_factory=list)
    people: list[NamesChange] = field(default_factory=list)
    customers: list[NamesChange] = field(default_factory=list)
    order: tuple[list[str], list[str]] | None = None
    """(old order, new order) of the step ids, when the chain was reordered."""

    def __bool__(self) -> bool:
        return bool(
            self.added
            or self.removed
            or self.renamed
            or self.people
            or self.customers
            or self.order
        )


@dataclass(frozen=True)
class ItemEntry:
    """A need, ask or info item as it stands in one session (for added and removed items)."""

    id: str
    kind: str
    step: str
    texts: dict[str, str]


@dataclass(frozen=True)
class ItemChange:
    id: str
    kind: str
    step: str
    """The step it is in now."""
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class ItemMove:
    id: str
    kind: str
    old_step: str
    new_step: str


@dataclass
class ItemsDiff:
    added: list[ItemEntry] = field(default_factory=list)
    removed: list[ItemEntry] = field(default_factory=list)
    changed: list[ItemChange] = field(default_factory=list)
    moved: list[ItemMove] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.moved)

    def steps(self) -> set[str]:
        """The ids of the steps that have an item change (a move counts for both steps)."""
        in_a_step: list[ItemEntry | ItemChange] = [*self.added, *self.removed, *self.changed]
        found = {entry.step for entry in in_a_step}
        for move in self.moved:
            found.update((move.old_step, move.new_step))
        return found


@dataclass(frozen=True)
class ActionEntry:
    """An action point as it stands in the new session (in the old one for a removed action)."""

    id: str
    what: str
    who: str
    step: str
    due: date | None
    status: str
    done: date | None
    note: str

    @classmethod
    def of(cls, action: Action) -> ActionEntry:
        return cls(
            action.id, action.what, action.who, action.step, action.due, action.status,
            action.done, action.note,
        )  # fmt: skip


@dataclass(frozen=True)
class ActionChange:
    id: str
    field: str
    old: Any
    new: Any


@dataclass
class ActionsDiff:
    done_on_time: list[str] = field(default_factory=list)
    done_late: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    overdue: list[str] = field(default_factory=list)
    open: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    postponed: list[str] = field(default_factory=list)
    reassigned: list[str] = field(default_factory=list)
    done_since: list[str] = field(default_factory=list)
    changed: list[ActionChange] = field(default_factory=list)
    entries: dict[str, ActionEntry] = field(default_factory=dict)
    """Every action by id: its state in the new session, or in the old one when removed."""
    before: dict[str, ActionEntry] = field(default_factory=dict)
    """The old state of every action that was in the old session."""

    def group(self, name: str) -> list[str]:
        """The ids in the group (or across-group list) called ``name``."""
        if name not in ACTION_GROUPS + ACROSS_GROUPS:
            raise KeyError(name)
        ids: list[str] = getattr(self, name)
        return ids

    def __bool__(self) -> bool:
        """True when the register changed (not merely when actions are open or overdue)."""
        return bool(self.changed or self.new or self.removed)


@dataclass(frozen=True)
class Kept:
    """Agreements kept: ``done`` of the ``due`` ones (``on_time`` of those done in time)."""

    done: int
    due: int
    on_time: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.done / self.due) if self.due else None


@dataclass(frozen=True)
class ParticipantEntry:
    name: str
    role: str


@dataclass(frozen=True)
class ParticipantChange:
    name: str
    field: str
    old: Any
    new: Any


@dataclass
class Comparison:
    """Everything that differs between two sessions, and the state of the action register."""

    old_name: str
    new_name: str
    organisation: str
    old_date: date
    new_date: date
    meeting: list[FieldChange] = field(default_factory=list)
    customer_name: FieldChange | None = None
    expectations_added: list[str] = field(default_factory=list)
    expectations_removed: list[str] = field(default_factory=list)
    joined: list[ParticipantEntry] = field(default_factory=list)
    left: list[ParticipantEntry] = field(default_factory=list)
    participants_changed: list[ParticipantChange] = field(default_factory=list)
    steps: StepsDiff = field(default_factory=StepsDiff)
    items: ItemsDiff = field(default_factory=ItemsDiff)
    actions: ActionsDiff = field(default_factory=ActionsDiff)
    kept: Kept = field(default_factory=lambda: Kept(0, 0, 0))
    step_names: dict[str, str] = field(default_factory=dict)
    """Step id -> its name: the new name, or the old one for a removed step."""
    step_order: list[str] = field(default_factory=list)
    """Step ids in the new chain's order, then removed steps in their old order."""

    @property
    def has_differences(self) -> bool:
        """False for sessions with the same content (action statuses alone are no difference)."""
        return bool(
            self.meeting or self.customer_name or self.expectations_added
            or self.expectations_removed or self.joined or self.left or self.participants_changed
            or self.steps or self.items or self.actions
        )  # fmt: skip

    def step_name(self, step_id: str) -> str:
        return self.step_names.get(step_id, step_id)

    def to_dict(self) -> dict[str, Any]:
        """The comparison as JSON-ready data (dates as ISO text), for ``compare --format json``."""
        a = self.actions
        return {
            "old": self.old_name,
            "new": self.new_name,
            "organisation": self.organisation,
            "differences": self.has_differences,
            "meeting": {
                "old_date": self.old_date.isoformat(),
                "new_date": self.new_date.isoformat(),
                "changed": [_change_dict(c.field, c.old, c.new) for c in self.meeting],
            },
            "customer": {
                "name": _change_dict("name", self.customer_name.old, self.customer_name.new)
                if self.customer_name
                else None,
                "expectations": {
                    "added": list(self.expectations_added),
                    "removed": list(self.expectations_removed),
                },
            },
            "participants": {
                "joined": [p.name for p in self.joined],
                "left": [p.name for p in self.left],
                "changed": [
                    {"name": c.name, **_change_dict(c.field, c.old, c.new)}
                    for c in self.participants_changed
                ],
            },
            "steps": {
                "added": list(self.steps.added),
                "removed": list(self.steps.removed),
                "renamed": [{"id": r.id, "old": r.old, "new": r.new} for r in self.steps.renamed],
                "people": [_names_dict(c) for c in self.steps.people],
                "customers": [_names_dict(c) for c in self.steps.customers],
                "order": {"old": self.steps.order[0], "new": self.steps.order[1]}
                if self.steps.order
                else None,
                "names": dict(self.step_names),
            },
            "items": {
                "added": [e.id for e in self.items.added],
                "removed": [e.id for e in self.items.removed],
                "changed": [
                    {
                        "id": c.id,
                        "kind": c.kind,
                        "step": c.step,
                        "field": c.field,
                        "old": c.old,
                        "new": c.new,
                    }
                    for c in self.items.changed
                ],
                "moved": [
                    {"id": m.id, "kind": m.kind, "old_step": m.old_step, "new_step": m.new_step}
                    for m in self.items.moved
                ],
                "added_items": [_item_dict(e) for e in self.items.added],
                "removed_items": [_item_dict(e) for e in self.items.removed],
            },
            "actions": {
                **{name: list(a.group(name)) for name in ACTION_GROUPS + ACROSS_GROUPS},
                "changed": [{"id": c.id, **_change_dict(c.field, c.old, c.new)} for c in a.changed],
                "details": {action_id: _action_dict(e) for action_id, e in a.entries.items()},
            },
            "kept": {
                "done": self.kept.done,
                "due": self.kept.due,
                "on_time": self.kept.on_time,
                "percent": self.kept.percent,
            },
        }


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _change_dict(name: str, old: Any, new: Any) -> dict[str, Any]:
    return {"field": name, "old": _json_value(old), "new": _json_value(new)}


def _names_dict(change: NamesChange) -> dict[str, Any]:
    result: dict[str, Any] = {"id": change.step, "added": change.added, "removed": change.removed}
    if change.via:
        result["via"] = change.via
    return result


def _item_dict(entry: ItemEntry) -> dict[str, Any]:
    return {"id": entry.id, "kind": entry.kind, "step": entry.step, **entry.texts}


def _action_dict(entry: ActionEntry) -> dict[str, Any]:
    return {
        "what": entry.what,
        "who": entry.who,
        "step": entry.step,
        "due": _json_value(entry.due),
        "status": entry.status,
        "done": _json_value(entry.done),
        "note": entry.note,
    }


# --- comparing -----------------------------------------------------------------------------------


def compare_sessions(
    old: Session, new: Session, *, old_name: str = "", new_name: str = ""
) -> Comparison:
    """Compare two sessions, usually a meeting and its follow-up (see the module docstring)."""
    old_steps = {step.id: step for step in old.steps}
    new_steps = {step.id: step for step in new.steps}
    step_names = {step.id: step.name for step in old.steps}
    step_names.update((step.id, step.name) for step in new.steps)
    removed_steps = [step.id for step in old.steps if step.id not in new_steps]
    result = Comparison(
        old_name=old_name,
        new_name=new_name,
        organisation=new.meeting.organisation,
        old_date=old.meeting.date,
        new_date=new.meeting.date,
        step_names=step_names,
        step_order=[step.id for step in new.steps] + removed_steps,
    )
    result.meeting = [
        FieldChange(name, getattr(old.meeting, name), getattr(new.meeting, name))
        for name in MEETING_FIELDS
        if getattr(old.meeting, name) != getattr(new.meeting, name)
    ]
    if old.customer.name != new.customer.name:
        result.customer_name = FieldChange("name", old.customer.name, new.customer.name)
    result.expectations_added, result.expectations_removed = _list_diff(
        old.customer.expectations, new.customer.expectations
    )
    _compare_participants(old, new, result)
    result.steps = _compare_steps(old, new, old_steps, new_steps, removed_steps)
    result.items = _compare_items(old, new)
    result.actions, result.kept = _compare_actions(old, new)
    return result


def _list_diff(old: Iterable[str], new: Iterable[str]) -> tuple[list[str], list[str]]:
    """(added, removed) between two lists of texts, each in its own list's order."""
    old, new = list(old), list(new)
    old_set, new_set = set(old), set(new)
    return [x for x in new if x not in old_set], [x for x in old if x not in new_set]


def _compare_participants(old: Session, new: Session, result: Comparison) -> None:
    before = {p.name: p for p in old.participants}
    after = {p.name: p for p in new.participants}
    result.joined = [
        ParticipantEntry(p.name, p.role) for p in new.participants if p.name not in before
    ]
    result.left = [
        ParticipantEntry(p.name, p.role) for p in old.participants if p.name not in after
    ]
    for p in new.participants:
        was = before.get(p.name)
        if was is None:
            continue
        for name in ("role", "present"):
            if getattr(was, name) != getattr(p, name):
                result.participants_changed.append(
                    ParticipantChange(p.name, name, getattr(was, name), getattr(p, name))
                )


def _effective_customers(session: Session) -> dict[str, tuple[list[str], str]]:
    """Per step id: the names of its internal customer and, when derived, the step they work in.

    The same rule as :meth:`Session.internal_customer`, for all steps in one pass."""
    result: dict[str, tuple[list[str], str]] = {}
    steps = session.steps
    for index, step in enumerate(steps):
        if step.customers:
            result[step.id] = (list(step.customers), "")
        elif index + 1 < len(steps):
            result[step.id] = (list(steps[index + 1].people), steps[index + 1].id)
        else:
            result[step.id] = ([session.customer.name], "")
    return result


def _compare_steps(
    old: Session,
    new: Session,
    old_steps: dict[str, Step],
    new_steps: dict[str, Step],
    removed: list[str],
) -> StepsDiff:
    diff = StepsDiff(added=[s.id for s in new.steps if s.id not in old_steps], removed=removed)
    old_customers = _effective_customers(old)
    new_customers = _effective_customers(new)
    for step in new.steps:
        was = old_steps.get(step.id)
        if was is None:
            continue
        if was.name != step.name:
            diff.renamed.append(Renamed(step.id, was.name, step.name))
        added, gone = _list_diff(was.people, step.people)
        if added or gone:
            diff.people.append(NamesChange(step.id, added, gone))
        (old_names, _old_via), (new_names, via) = old_customers[step.id], new_customers[step.id]
        added, gone = _list_diff(old_names, new_names)
        if added or gone:
            diff.customers.append(NamesChange(step.id, added, gone, via))
    common_old = [s.id for s in old.steps if s.id in new_steps]
    common_new = [s.id for s in new.steps if s.id in old_steps]
    if common_old != common_new:
        diff.order = ([s.id for s in old.steps], [s.id for s in new.steps])
    return diff


def _items_by_id(session: Session) -> dict[str, tuple[str, str, Item]]:
    return {item.id: (step.id, kind, item) for step, kind, item in session.iter_items()}


def _compare_items(old: Session, new: Session) -> ItemsDiff:
    before = _items_by_id(old)
    after = _items_by_id(new)
    diff = ItemsDiff()
    for item_id, (step_id, kind, item) in after.items():
        found = before.get(item_id)
        if found is None:
            diff.added.append(ItemEntry(item_id, kind, step_id, _texts(kind, item)))
            continue
        old_step, _old_kind, old_item = found  # the id's prefix fixes the kind
        if old_step != step_id:
            diff.moved.append(ItemMove(item_id, kind, old_step, step_id))
        for name in ITEM_FIELDS[kind]:
            if getattr(old_item, name) != getattr(item, name):
                diff.changed.append(
                    ItemChange(
                        item_id, kind, step_id, name, getattr(old_item, name), getattr(item, name)
                    )
                )
    for item_id, (step_id, kind, item) in before.items():
        if item_id not in after:
            diff.removed.append(ItemEntry(item_id, kind, step_id, _texts(kind, item)))
    return diff


def _texts(kind: str, item: Item) -> dict[str, str]:
    return {name: getattr(item, name) for name in ITEM_FIELDS[kind]}


def _compare_actions(old: Session, new: Session) -> tuple[ActionsDiff, Kept]:
    before = {action.id: action for action in old.actions}
    after_ids = {action.id for action in new.actions}
    diff = ActionsDiff()
    today = new.meeting.date
    due = done = on_time = 0
    for action in new.actions:
        diff.entries[action.id] = ActionEntry.of(action)
        was = before.get(action.id)
        if was is None:
            diff.new.append(action.id)
            continue
        diff.before[action.id] = ActionEntry.of(was)
        for name in ACTION_FIELDS:
            if getattr(was, name) != getattr(action, name):
                diff.changed.append(
                    ActionChange(action.id, name, getattr(was, name), getattr(action, name))
                )
        if was.due is not None and action.due is not None and action.due > was.due:
            diff.postponed.append(action.id)
        if was.who != action.who:
            diff.reassigned.append(action.id)
        if action.status == "done" and was.status != "done":
            diff.done_since.append(action.id)
        group = _group(action, was, old.meeting.date, today)
        diff.group(group).append(action.id)
        if action.status != "dropped" and action.due is not None and action.due <= today:
            due += 1
            if action.status == "done":
                done += 1
                on_time += group == "done_on_time"
    for action in old.actions:
        if action.id not in after_ids:
            diff.entries[action.id] = diff.before[action.id] = ActionEntry.of(action)
            diff.removed.append(action.id)
    return diff, Kept(done=done, due=due, on_time=on_time)


def _group(action: Action, was: Action, old_date: date, new_date: date) -> str:
    """The group of an action that is in both sessions (see the module docstring)."""
    if action.status == "dropped":
        return "dropped"
    if action.status == "done":
        if action.due is None:
            return "done_on_time"
        if action.done is not None:
            finished = action.done
        else:  # the latest day it can have been done
            finished = old_date if was.status == "done" else new_date
        return "done_on_time" if finished <= action.due else "done_late"
    if action.due is not None and action.due < new_date:
        return "overdue"
    return "open"
