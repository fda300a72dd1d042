"""Every change to a session goes through these functions.

They enforce the rules (clean text, required fields, known steps and statuses, fresh ids) so that
a screen, the CLI or a test can never put the model in a state the file format would refuse.
Each function that removes something returns what is needed to put it back, so that undo can be
built on top without copying the whole session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from typing import Any, TypedDict, Unpack

from tui.core.dates import format_date
from tui.core.model import (
    ITEM_FIELDS,
    ITEM_KINDS,
    STATUSES,
    Action,
    AgendaItem,
    Customer,
    Feedback,
    Item,
    ModelError,
    Participant,
    Session,
    Step,
)
from tui.core.script import AGENDA_IDS
from tui.core.text import clean_line, clean_text, slugify
from tui.i18n import t

# --- small helpers ----------------------------------------------------------------------------


def _required(value: str, label: str) -> str:
    """``value`` cleaned; refused when nothing is left, naming the field as the screen labels it
    (``label`` is its catalogue key: "'wat' mag niet leeg zijn", not the file's key ``what``)."""
    value = clean_text(value).strip()
    if not value:
        raise ModelError(t("model.empty", field=t(label)))
    return value


def _names(names: Iterable[str]) -> list[str]:
    """Clean, one-line, non-empty, without duplicates, in the given order."""
    result: dict[str, None] = {}
    for name in names:
        name = clean_line(name)
        if name:
            result.setdefault(name, None)
    return list(result)


def _check_kind(kind: str) -> None:
    if kind not in ITEM_KINDS:
        raise ModelError(t("model.unknown_kind", kind=kind))


def _clamp(index: int | None, length: int) -> int:
    return length if index is None else max(0, min(index, length))


def _is_date(value: object) -> bool:
    """A calendar date; a ``datetime`` is not one (the file format refuses a time)."""
    return isinstance(value, date) and not isinstance(value, datetime)


def _remember_ids(session: Session) -> None:
    """Before something is removed: remember the numbers issued, so they are never given again.

    ``last_ids`` is only a lower bound (a session built in code starts without it); removing the
    item with the highest number would otherwise let that number be issued a second time."""
    session.last_ids = session.highest_issued()


# --- step items ---------------------------------------------------------------------------------


class ItemTexts(TypedDict, total=False):
    """The texts of an item besides ``what`` (which ones a kind has: :data:`ITEM_FIELDS`)."""

    when: str
    why: str


def add_item(
    session: Session,
    step_id: str,
    kind: str,
    what: str,
    *,
    index: int | None = None,
    **texts: Unpack[ItemTexts],
) -> Item:
    """Add a need, ask or info item to a step, with a fresh id; returns the new item."""
    _check_kind(kind)
    step = session.step(step_id)
    values = _item_texts(kind, what=what, **texts)
    item = Item(id=session.new_id(kind), **values)
    items = step.items(kind)
    items.insert(_clamp(index, len(items)), item)
    return item


def _item_texts(kind: str, /, **texts: str) -> dict[str, str]:
    allowed = ITEM_FIELDS[kind]
    for name in texts:
        if name not in allowed:
            raise ModelError(t("model.unknown_field", field=name, kind=kind))
    values = {name: clean_text(value).strip() for name, value in texts.items()}
    if "what" in values and not values["what"]:
        raise ModelError(t("model.empty", field=t("field.what")))
    return values


def update_item(session: Session, item_id: str, **texts: str) -> dict[str, str]:
    """Change text fields of an item; returns the old values (for undo)."""
    _step, kind, item = session.find_item(item_id)
    values = _item_texts(kind, **texts)
    old = {name: getattr(item, name) for name in values}
    for name, value in values.items():
        setattr(item, name, value)
    return old


@dataclass
class RemovedItem:
    """What :func:`remove_item` took away, for :func:`restore_item`."""

    step_id: str
    kind: str
    index: int
    item: Item
    unlinked_actions: list[str] = field(default_factory=list)


def remove_item(session: Session, item_id: str) -> RemovedItem:
    """Remove an item; actions that were ``about`` it lose that link (and get it back on undo)."""
    step, kind, item = session.find_item(item_id)
    _remember_ids(session)
    items = step.items(kind)
    index = items.index(item)
    del items[index]
    unlinked = []
    for action in session.actions:
        if action.about == item_id:
            action.about = ""
            unlinked.append(action.id)
    return RemovedItem(step.id, kind, index, item, unlinked)


def restore_item(session: Session, removed: RemovedItem) -> None:
    items = session.step(removed.step_id).items(removed.kind)
    items.insert(_clamp(removed.index, len(items)), removed.item)
    for action_id in removed.unlinked_actions:
        session.action(action_id).about = removed.item.id


def move_item(
    session: Session, item_id: str, to_step: str, index: int | None = None
) -> tuple[str, int]:
    """Move an item within its step or to another step; returns its old (step id, index)."""
    step, kind, item = session.find_item(item_id)
    target = session.step(to_step).items(kind)
    items = step.items(kind)
    old_index = items.index(item)
    del items[old_index]
    target.insert(_clamp(index, len(target)), item)
    return step.id, old_index


@dataclass
class MovedItem:
    """What :func:`move_item_to_step` changed, for :func:`unmove_item`."""

    item_id: str
    from_step: str
    index: int
    to_step: str
    actions: list[str] = field(default_factory=list)
    """The actions about the item that were in its old step and went with it."""


def move_item_to_step(session: Session, item_id: str, to_step: str) -> MovedItem:
    """Move an item to the end of another step's list of its kind. The actions about it that
    stood in its old step go with it (their ``about`` stays): "that belongs under planning"
    means the need and what was agreed about it."""
    step, _kind, _item = session.find_item(item_id)
    if to_step == step.id:
        raise ModelError(t("tools.move.same_step"))
    session.step(to_step)  # an unknown step is refused before anything changes
    from_step, index = move_item(session, item_id, to_step)
    moved = MovedItem(item_id, from_step, index, to_step)
    for action in session.actions:
        if action.about == item_id and action.step == from_step:
            action.step = to_step
            moved.actions.append(action.id)
    return moved


def unmove_item(session: Session, moved: MovedItem) -> None:
    move_item(session, moved.item_id, moved.from_step, moved.index)
    for action_id in moved.actions:
        session.action(action_id).step = moved.from_step


def move_action(session: Session, action_id: str, index: int) -> int:
    """Move an action point to another place in the list; returns its old index."""
    action = session.action(action_id)
    old = session.actions.index(action)
    del session.actions[old]
    session.actions.insert(_clamp(index, len(session.actions)), action)
    return old


# --- action points --------------------------------------------------------------------------------


def add_action(
    session: Session,
    what: str,
    *,
    who: str = "",
    due: date | None = None,
    step: str = "",
    about: str = "",
    note: str = "",
    index: int | None = None,
) -> Action:
    """Add an open action point with a fresh id; returns it."""
    action = Action(id="", what=_required(what, "field.what"))
    _apply_action_fields(
        session, action, {"who": who, "due": due, "step": step, "about": about, "note": note}
    )
    action.id = session.new_id("actions")
    session.actions.insert(_clamp(index, len(session.actions)), action)
    return action


def action_from_item(session: Session, item_id: str, **values: Any) -> Action:
    """An action point about a need, ask or info item: same step, ``about`` set, text copied."""
    step, _kind, item = session.find_item(item_id)
    values.setdefault("what", item.what)
    what = values.pop("what")
    return add_action(session, what, step=step.id, about=item.id, **values)


def update_action(session: Session, action_id: str, **values: Any) -> dict[str, object]:
    """Change fields of an action; returns the old values (for undo)."""
    action = session.action(action_id)
    # getattr with a default: an unknown name is refused as a ModelError just below.
    old = {name: getattr(action, name, None) for name in values}
    _apply_action_fields(session, action, values)
    return old


def _apply_action_fields(session: Session, action: Action, values: dict[str, object]) -> None:
    """Check all values first, then set them, so a refused edit changes nothing."""
    known = {f.name for f in fields(Action)} - {"id"}
    checked: dict[str, object] = {}
    for name, value in values.items():
        if name not in known:
            raise ModelError(t("model.unknown_field", field=name, kind="actions"))
        if name == "what":
            value = _required(str(value), "field.what")
        elif name == "who":
            value = clean_line(str(value))
        elif name == "note":
            value = clean_text(str(value)).strip()
        elif name == "step":
            if value and not session.has_step(str(value)):
                raise ModelError(t("model.unknown_step", step=value))
        elif name == "about":
            if value:
                _step, _kind, _item = session.find_item(str(value))
        elif name == "status":
            if value not in STATUSES:
                raise ModelError(t("model.bad_status", status=value, choices=", ".join(STATUSES)))
        elif name in ("due", "done") and value is not None and not _is_date(value):
            raise ModelError(t("model.unknown_field", field=name, kind="actions"))
        checked[name] = value
    for name, value in checked.items():
        setattr(action, name, value)


def complete_action(
    session: Session, action_id: str, on: date, *, today: date | None = None
) -> dict[str, object]:
    """Mark an action done on a date; not after ``today`` when given (it has not happened yet,
    and compare would count it "done on time")."""
    if today is not None and on > today:
        raise ModelError(t("model.done_in_future", date=format_date(on), today=format_date(today)))
    return update_action(session, action_id, status="done", done=on)


def reopen_action(session: Session, action_id: str) -> dict[str, object]:
    return update_action(session, action_id, status="open", done=None)


def drop_action(session: Session, action_id: str, reason: str) -> dict[str, object]:
    """Drop an action; the reason goes into its note (after any note it had)."""
    action = session.action(action_id)
    reason = clean_text(reason).strip()
    note = f"{action.note}\n{reason}".strip() if action.note and reason else (reason or action.note)
    return update_action(session, action_id, status="dropped", done=None, note=note)


def remove_action(session: Session, action_id: str) -> tuple[int, Action]:
    """Remove an action point; returns (index, action) for :func:`restore_action`."""
    action = session.action(action_id)
    _remember_ids(session)
    index = session.actions.index(action)
    del session.actions[index]
    return index, action


def restore_action(session: Session, index: int, action: Action) -> None:
    session.actions.insert(_clamp(index, len(session.actions)), action)


# --- the chain -----------------------------------------------------------------------------------


def unique_step_id(session: Session, name: str) -> str:
    base = slugify(name) or "stap"
    candidate, number = base, 2
    while session.has_step(candidate):
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def add_step(session: Session, name: str, *, index: int | None = None) -> Step:
    """Add a step to the chain; its id is made from the name and stays when it is renamed."""
    name = _required(clean_line(name), "field.name")
    step = Step(id=unique_step_id(session, name), name=name)
    session.steps.insert(_clamp(index, len(session.steps)), step)
    return step


def rename_step(session: Session, step_id: str, name: str) -> str:
    """Rename a step (its id stays); returns the old name."""
    step = session.step(step_id)
    old, step.name = step.name, _required(clean_line(name), "field.name")
    return old


def move_step(session: Session, step_id: str, index: int) -> int:
    """Move a step to another place in the chain; returns its old index."""
    step = session.step(step_id)
    old = session.steps.index(step)
    del session.steps[old]
    session.steps.insert(_clamp(index, len(session.steps)), step)
    return old


def set_people(session: Session, step_id: str, names: Iterable[str]) -> list[str]:
    step = session.step(step_id)
    old, step.people = step.people, _names(names)
    return old


def set_customers(session: Session, step_id: str, names: Iterable[str]) -> list[str]:
    """Set a step's explicit internal customers; an empty list means "derive from the chain"."""
    step = session.step(step_id)
    old, step.customers = step.customers, _names(names)
    return old


@dataclass
class RemovedStep:
    index: int
    step: Step
    moved_to: str
    """Where the step's items and actions went ("" when they were removed with the step)."""
    moved_items: dict[str, list[str]] = field(default_factory=dict)
    actions: list[tuple[int, Action, str]] = field(default_factory=list)
    """Each action of the step: (index, the action, its step before)."""
    unlinked_actions: list[tuple[str, str]] = field(default_factory=list)
    """Actions of other steps that were ``about`` a removed item: (action id, item id)."""


def remove_step(session: Session, step_id: str, *, move_to: str | None = None) -> RemovedStep:
    """Remove a step from the chain.

    With ``move_to``, the step's items and actions move to that step. Without it, a step that still
    has items or actions is refused: nothing said in the meeting disappears unless the caller chose
    so explicitly with ``move_to=""`` (remove them with the step).
    """
    step = session.step(step_id)
    own_actions = session.actions_of(step_id)
    if move_to is None and (step.item_count() or own_actions):
        raise ModelError(t("model.step_not_empty", step=step.name))
    target: Step | None = None
    if move_to:
        if move_to == step_id:
            raise ModelError(t("model.unknown_step", step=move_to))
        target = session.step(move_to)
    index = session.steps.index(step)
    _remember_ids(session)
    removed = RemovedStep(index, step, move_to or "")
    if target is not None:
        for kind in ITEM_KINDS:
            moved = step.items(kind)
            target.items(kind).extend(moved)
            removed.moved_items[kind] = [item.id for item in moved]
        for action in own_actions:
            removed.actions.append((session.actions.index(action), action, action.step))
            action.step = target.id
    else:
        for action in own_actions:
            removed.actions.append((session.actions.index(action), action, action.step))
        for _index, action, _step in reversed(removed.actions):
            session.actions.remove(action)
        # The step's items go with it: no remaining action may point at one of them.
        gone = {item.id for kind in ITEM_KINDS for item in step.items(kind)}
        for action in session.actions:
            if action.about in gone:
                removed.unlinked_actions.append((action.id, action.about))
                action.about = ""
    del session.steps[index]
    return removed


def restore_step(session: Session, removed: RemovedStep) -> None:
    if removed.moved_to:
        target = session.step(removed.moved_to)
        for kind, ids in removed.moved_items.items():
            keep = set(ids)
            target_items = target.items(kind)
            target_items[:] = [item for item in target_items if item.id not in keep]
        for _index, action, old_step in removed.actions:
            action.step = old_step
    else:
        for index, action, _step in removed.actions:
            session.actions.insert(_clamp(index, len(session.actions)), action)
    session.steps.insert(_clamp(removed.index, len(session.steps)), removed.step)
    for action_id, item_id in removed.unlinked_actions:
        session.action(action_id).about = item_id


# --- meeting, customer, participants, feedback ---------------------------------------------------


def update_meeting(session: Session, **values: Any) -> dict[str, object]:
    """Change meeting data; returns the old values."""
    meeting = session.meeting
    new: dict[str, Any] = {}
    for name, value in values.items():
        if name == "organisation":
            value = _required(clean_line(value), "meeting.organisation")
        elif name in ("title", "location", "facilitator"):
            value = clean_line(value)
        elif name in ("reason", "goal"):
            value = clean_text(value).strip()
        elif name == "previous":
            value = clean_line(value)
            if "/" in value or "\\" in value:  # a file name, never a path (as the reader demands)
                raise ModelError(t("file.bad_previous"))
        elif name in ("date", "follow_up"):
            if name == "date" and not isinstance(value, date):
                raise ModelError(t("model.empty", field=t("meeting.date")))
            if value is not None and not _is_date(value):
                raise ModelError(t("model.unknown_field", field=name, kind="meeting"))
        elif name == "closed":
            value = bool(value)
        else:
            raise ModelError(t("model.unknown_field", field=name, kind="meeting"))
        new[name] = value
    old = {name: getattr(meeting, name) for name in new}
    session.meeting = replace(meeting, **new)
    return old


def set_customer(
    session: Session, name: str | None = None, expectations: Iterable[str] | None = None
) -> Customer:
    """Change the external customer's name and/or expectations; returns the old customer."""
    old = replace(session.customer, expectations=list(session.customer.expectations))
    if name is not None:
        session.customer.name = _required(clean_line(name), "field.name")
    if expectations is not None:
        session.customer.expectations = [
            e for e in (clean_text(x).strip() for x in expectations) if e
        ]
    return old


def add_participant(
    session: Session, name: str, role: str = "", present: bool = True, *, index: int | None = None
) -> Participant:
    participant = Participant(
        _required(clean_line(name), "field.name"), clean_line(role), bool(present)
    )
    session.participants.insert(_clamp(index, len(session.participants)), participant)
    return participant


def update_participant(session: Session, index: int, **values: Any) -> Participant:
    """Change a participant (by position); returns the old one."""
    old = session.participants[index]
    new = replace(old)
    if "name" in values:
        new.name = _required(clean_line(values.pop("name")), "field.name")
    if "role" in values:
        new.role = clean_line(values.pop("role"))
    if "present" in values:
        new.present = bool(values.pop("present"))
    for name in values:
        raise ModelError(t("model.unknown_field", field=name, kind="participants"))
    session.participants[index] = new
    return old


def remove_participant(session: Session, index: int) -> Participant:
    return session.participants.pop(index)


def add_feedback(
    session: Session, what: str, who: str = "", *, index: int | None = None
) -> Feedback:
    remark = Feedback(_required(what, "field.what"), clean_line(who))
    session.feedback.insert(_clamp(index, len(session.feedback)), remark)
    return remark


def update_feedback(
    session: Session, index: int, *, what: str | None = None, who: str | None = None
) -> Feedback:
    old = session.feedback[index]
    session.feedback[index] = Feedback(
        _required(what, "field.what") if what is not None else old.what,
        clean_line(who) if who is not None else old.who,
    )
    return old


def remove_feedback(session: Session, index: int) -> Feedback:
    return session.feedback.pop(index)


# --- the facilitator's script --------------------------------------------------------------------


def set_agenda(
    session: Session,
    item_id: str,
    *,
    done: bool | None = None,
    timebox: int | None = None,
    spent: int | None = None,
) -> AgendaItem:
    """Record progress on an agenda item; returns the item as it was (for undo)."""
    if item_id not in AGENDA_IDS:
        raise ModelError(t("model.unknown_id", id=item_id))
    if (timebox is not None and timebox < 0) or (spent is not None and spent < 0):
        raise ModelError(t("model.negative"))
    current = next((item for item in session.agenda if item.id == item_id), None)
    old = replace(current) if current else AgendaItem(item_id)
    new = replace(old)
    if done is not None:
        new.done = bool(done)
    if timebox is not None:
        new.timebox = int(timebox)
    if spent is not None:
        new.spent = int(spent)
    items = {item.id: item for item in session.agenda}
    items[item_id] = new
    session.agenda = [items[i] for i in AGENDA_IDS if i in items and not items[i].is_blank()]
    return old
