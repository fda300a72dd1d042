"""Undo and redo for every change to a session.

:class:`SessionEditor` is the one door through which the app changes a session. Each method calls
the rule-keeping function in :mod:`tui.core.edits` and records how to take the change back and
how to do it again, so undo costs the size of one change, not a copy of the session. Ids stay
issued after an undo: an undone item's id is never given to another item.

``revision`` grows with every change, undo and redo; the autosave compares it with the revision
it last wrote. A closed meeting is read-only: every change raises :class:`ReadOnlyError`.

One thing a person does is one undo step: :meth:`SessionEditor.transaction` groups the changes
made inside it into one entry of the history and one notice to the listeners, and takes them all
back when something inside it fails, so the session is then as it was before.

Lists without ids (expectations, participants, the closing round) are changed by the element as
a form saw it (see :mod:`tui.core.identity`): ``was=`` names it, and an element that is gone
raises :class:`~tui.core.identity.GoneError` instead of changing another one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, Unpack

from tui.core import edits
from tui.core.identity import GoneError, locate
from tui.core.model import Action, Feedback, Item, ModelError, Participant, Session, Step
from tui.i18n import t


class ReadOnlyError(ModelError):
    """A change to a closed session."""


@dataclass
class Change:
    label: str
    undo: Callable[[], object]
    redo: Callable[[], object]


class SessionEditor:
    def __init__(self, session: Session, *, limit: int = 500) -> None:
        self.session = session
        self.revision = 0
        self.limit = limit
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        self._group: list[Change] | None = None
        """The changes of the open transaction, None outside one."""
        self.listeners: list[Callable[[str], None]] = []

    # --- history ---------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.session.meeting.closed

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> str | None:
        """Take back the last change; returns its label, or None when there is nothing to undo."""
        if not self._undo:
            return None
        self._writable()
        change = self._undo.pop()
        change.undo()
        self._redo.append(change)
        self._changed(change.label)
        return change.label

    def redo(self) -> str | None:
        if not self._redo:
            return None
        self._writable()
        change = self._redo.pop()
        change.redo()
        self._undo.append(change)
        self._changed(change.label)
        return change.label

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(t("edit.read_only"))

    def _record(self, label: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        change = Change(label, undo, redo)
        if self._group is not None:
            self._group.append(change)  # recorded, and told, when the transaction ends
            return
        self._push(change)

    def _push(self, change: Change) -> None:
        self._undo.append(change)
        del self._undo[: -self.limit]
        self._redo.clear()
        self._changed(change.label)

    @contextmanager
    def transaction(self, label: str | None = None) -> Iterator[None]:
        """Everything changed inside ``with editor.transaction():`` is one undo step and one
        notice (labelled ``label``, or as its first change); when the block raises, every change
        made in it is taken back, newest first, and the error goes on. A transaction inside
        another is part of the outer one."""
        if self._group is not None:
            yield
            return
        group: list[Change] = []
        self._group = group
        try:
            yield
        except BaseException:
            self._group = None
            for change in reversed(group):
                change.undo()
            raise
        self._group = None
        if not group:
            return
        if len(group) == 1 and label is None:
            self._push(group[0])
            return

        def undo_all() -> None:
            for change in reversed(group):
                change.undo()

        def redo_all() -> None:
            for change in group:
                change.redo()

        self._push(Change(label or group[0].label, undo_all, redo_all))

    def _changed(self, label: str) -> None:
        self.revision += 1
        for listener in self.listeners:
            listener(label)

    def replace_session(self, session: Session) -> None:
        """Start over on another session (a reload): the history belongs to the old one."""
        self.session = session
        self._undo.clear()
        self._redo.clear()
        self._changed(t("edit.reloaded"))

    # --- step items ------------------------------------------------------------------------

    def add_item(
        self, step_id: str, kind: str, what: str, **texts: Unpack[edits.ItemTexts]
    ) -> Item:
        self._writable()
        s = self.session
        item = edits.add_item(s, step_id, kind, what, **texts)
        index = s.step(step_id).items(kind).index(item)
        removed = edits.RemovedItem(step_id, kind, index, item)
        self._record(
            t("edit.add", id=item.id),
            lambda: edits.remove_item(s, item.id),
            lambda: edits.restore_item(s, removed),
        )
        return item

    def _present(self, item_id: str) -> None:
        """An item or action a form was opened for must still be there (see GoneError)."""
        s = self.session
        if not any(a.id == item_id for a in s.actions) and not any(
            found.id == item_id for _step, _kind, found in s.iter_items()
        ):
            raise GoneError(t("model.gone"))

    def update_item(self, item_id: str, **texts: str) -> None:
        self._writable()
        self._present(item_id)
        s = self.session
        old = edits.update_item(s, item_id, **texts)
        new = {name: getattr(s.find_item(item_id)[2], name) for name in old}
        if new == old:
            return
        self._record(
            t("edit.change", id=item_id),
            lambda: edits.update_item(s, item_id, **old),
            lambda: edits.update_item(s, item_id, **new),
        )

    def remove_item(self, item_id: str) -> None:
        self._writable()
        s = self.session
        removed = edits.remove_item(s, item_id)
        self._record(
            t("edit.remove", id=item_id),
            lambda: edits.restore_item(s, removed),
            lambda: edits.remove_item(s, item_id),
        )

    def move_item(self, item_id: str, to_step: str, index: int | None = None) -> None:
        self._writable()
        s = self.session
        old_step, old_index = edits.move_item(s, item_id, to_step, index)
        _step, kind, item = s.find_item(item_id)
        new_index = s.step(to_step).items(kind).index(item)
        self._record(
            t("edit.move", id=item_id),
            lambda: edits.move_item(s, item_id, old_step, old_index),
            lambda: edits.move_item(s, item_id, to_step, new_index),
        )

    def move_item_to_step(self, item_id: str, to_step: str) -> None:
        """Move an item to another step (its actions in the old step go with it): one step."""
        self._writable()
        s = self.session
        moved = edits.move_item_to_step(s, item_id, to_step)
        self._record(
            t("edit.move", id=item_id),
            lambda: edits.unmove_item(s, moved),
            lambda: edits.move_item_to_step(s, item_id, to_step),
        )

    # --- action points ---------------------------------------------------------------------

    def move_action(self, action_id: str, index: int) -> None:
        """Move an action point to another place in the list of all action points."""
        self._writable()
        s = self.session
        old = edits.move_action(s, action_id, index)
        new = s.actions.index(s.action(action_id))
        if new == old:
            return
        self._record(
            t("edit.move", id=action_id),
            lambda: edits.move_action(s, action_id, old),
            lambda: edits.move_action(s, action_id, new),
        )

    def add_action(self, what: str, **values: Any) -> Action:
        self._writable()
        s = self.session
        action = edits.add_action(s, what, **values)
        self._record_added_action(action)
        return action

    def action_from_item(self, item_id: str, **values: Any) -> Action:
        self._writable()
        action = edits.action_from_item(self.session, item_id, **values)
        self._record_added_action(action)
        return action

    def _record_added_action(self, action: Action) -> None:
        s = self.session
        index = s.actions.index(action)
        self._record(
            t("edit.add", id=action.id),
            lambda: edits.remove_action(s, action.id),
            lambda: edits.restore_action(s, index, action),
        )

    def update_action(self, action_id: str, **values: Any) -> None:
        self._change_action(action_id, edits.update_action, **values)

    def complete_action(self, action_id: str, on: date, *, today: date | None = None) -> None:
        self._change_action(action_id, edits.complete_action, on=on, today=today)

    def reopen_action(self, action_id: str) -> None:
        self._change_action(action_id, edits.reopen_action)

    def drop_action(self, action_id: str, reason: str) -> None:
        self._change_action(action_id, edits.drop_action, reason=reason)

    def _change_action(
        self, action_id: str, function: Callable[..., dict[str, object]], **values: Any
    ) -> None:
        self._writable()
        self._present(action_id)
        s = self.session
        old = function(s, action_id, **values)
        action = s.action(action_id)
        new = {name: getattr(action, name) for name in old}
        if new == old:
            return
        self._record(
            t("edit.change", id=action_id),
            lambda: edits.update_action(s, action_id, **old),
            lambda: edits.update_action(s, action_id, **new),
        )

    def remove_action(self, action_id: str) -> None:
        self._writable()
        s = self.session
        index, action = edits.remove_action(s, action_id)
        self._record(
            t("edit.remove", id=action_id),
            lambda: edits.restore_action(s, index, action),
            lambda: edits.remove_action(s, action_id),
        )

    # --- the chain and the external customer ----------------------------------------------

    def add_step(self, name: str, *, index: int | None = None) -> Step:
        self._writable()
        s = self.session
        step = edits.add_step(s, name, index=index)
        position = s.steps.index(step)
        removed = edits.RemovedStep(position, step, "")
        self._record(
            t("edit.add", id=step.name),
            lambda: edits.remove_step(s, step.id, move_to=""),
            lambda: edits.restore_step(s, removed),
        )
        return step

    def remove_step(self, step_id: str, *, move_to: str | None = None) -> None:
        self._writable()
        s = self.session
        removed = edits.remove_step(s, step_id, move_to=move_to)
        self._record(
            t("edit.remove", id=removed.step.name),
            lambda: edits.restore_step(s, removed),
            lambda: edits.remove_step(s, step_id, move_to=removed.moved_to),
        )

    def rename_step(self, step_id: str, name: str) -> None:
        self._simple(t("edit.change", id=step_id), edits.rename_step, step_id, name)

    def move_step(self, step_id: str, index: int) -> None:
        self._simple(t("edit.move", id=step_id), edits.move_step, step_id, index)

    def set_people(self, step_id: str, names: Iterable[str]) -> None:
        self._simple(t("edit.change", id=step_id), edits.set_people, step_id, list(names))

    def set_customers(self, step_id: str, names: Iterable[str]) -> None:
        self._simple(t("edit.change", id=step_id), edits.set_customers, step_id, list(names))

    def _simple(self, label: str, function: Callable[..., object], key: str, value: object) -> None:
        """A change whose function returns the old value and takes it back the same way."""
        self._writable()
        s = self.session
        old = function(s, key, value)
        new = function(s, key, value)  # the value as stored (cleaned): applying it again is a no-op
        if old == new:
            return  # " Mo" for "Mo" is no change, and no undo step
        self._record(label, lambda: function(s, key, old), lambda: function(s, key, new))

    def set_customer_name(self, name: str) -> None:
        self._writable()
        s = self.session
        old = edits.set_customer(s, name=name).name
        new = s.customer.name
        if new == old:
            return
        self._record(
            t("edit.change", id=new),
            lambda: edits.set_customer(s, name=old),
            lambda: edits.set_customer(s, name=new),
        )

    def set_expectations(self, expectations: Iterable[str]) -> None:
        self._writable()
        s = self.session
        old = edits.set_customer(s, expectations=list(expectations))
        new = list(s.customer.expectations)
        if new == old.expectations:
            return
        self._record(
            t("edit.change", id=s.customer.name),
            lambda: edits.set_customer(s, expectations=old.expectations),
            lambda: edits.set_customer(s, expectations=new),
        )

    def add_expectation(self, text: str) -> int:
        """Add an expectation at the end; returns its index."""
        self.set_expectations([*self.session.customer.expectations, text])
        return len(self.session.customer.expectations) - 1

    def update_expectation(self, index: int, was: str, text: str) -> int:
        """Change the expectation that read ``was`` at ``index``; returns where it is now."""
        expectations = list(self.session.customer.expectations)
        index = locate(expectations, was, index)
        expectations[index] = text
        self.set_expectations(expectations)
        return index

    def move_expectation(self, index: int, was: str, to: int) -> int:
        """Move the expectation that read ``was`` at ``index`` to place ``to``; returns where
        it is now."""
        expectations = list(self.session.customer.expectations)
        index = locate(expectations, was, index)
        to = max(0, min(to, len(expectations) - 1))
        expectations.insert(to, expectations.pop(index))
        self.set_expectations(expectations)
        return to

    def remove_expectation(self, index: int, was: str) -> None:
        expectations = list(self.session.customer.expectations)
        del expectations[locate(expectations, was, index)]
        self.set_expectations(expectations)

    def update_meeting(self, **values: Any) -> None:
        if set(values) != {"closed"}:  # closing and reopening are the only changes when closed
            self._writable()
        s = self.session
        old = edits.update_meeting(s, **values)
        new = {name: getattr(s.meeting, name) for name in old}
        if new == old:
            return
        self._record(
            t("edit.meeting"),
            lambda: edits.update_meeting(s, **old),
            lambda: edits.update_meeting(s, **new),
        )

    # --- participants and the closing round ----------------------------------------------

    def add_participant(self, name: str, role: str = "", present: bool = True) -> None:
        self._writable()
        s = self.session
        participant = edits.add_participant(s, name, role, present)
        index = s.participants.index(participant)
        self._record(
            t("edit.add", id=participant.name),
            lambda: edits.remove_participant(s, index),
            lambda: s.participants.insert(index, participant),
        )

    def participant_index(self, index: int, was: Participant | None) -> int:
        """Where the participant ``was`` (at ``index`` when seen) is now; people by name."""
        if was is None:
            return index
        return locate(self.session.participants, was, index, same=lambda a, b: a.name == b.name)

    def update_participant(
        self, index: int, *, was: Participant | None = None, **values: Any
    ) -> int:
        """Change a participant; returns where it is (``was``: as a form saw it)."""
        self._writable()
        index = self.participant_index(index, was)
        s = self.session
        old = edits.update_participant(s, index, **values)
        new = s.participants[index]
        if new == old:
            return index
        self._record(
            t("edit.change", id=new.name),
            lambda: s.participants.__setitem__(index, old),
            lambda: s.participants.__setitem__(index, new),
        )
        return index

    def remove_participant(self, index: int, *, was: Participant | None = None) -> None:
        self._writable()
        index = self.participant_index(index, was)
        s = self.session
        removed = edits.remove_participant(s, index)
        self._record(
            t("edit.remove", id=removed.name),
            lambda: s.participants.insert(index, removed),
            lambda: edits.remove_participant(s, index),
        )

    def add_feedback(self, what: str, who: str = "") -> None:
        self._writable()
        s = self.session
        remark = edits.add_feedback(s, what, who)
        index = s.feedback.index(remark)
        self._record(
            t("edit.add", id=t("edit.remark")),
            lambda: edits.remove_feedback(s, index),
            lambda: s.feedback.insert(index, remark),
        )

    def _remark(self, index: int, was: Feedback | None) -> int:
        return index if was is None else locate(self.session.feedback, was, index)

    def update_feedback(
        self,
        index: int,
        *,
        what: str | None = None,
        who: str | None = None,
        was: Feedback | None = None,
    ) -> int:
        """Change a remark; returns where it is (``was``: as a form saw it)."""
        self._writable()
        index = self._remark(index, was)
        s = self.session
        old = edits.update_feedback(s, index, what=what, who=who)
        new = s.feedback[index]
        if new == old:
            return index
        self._record(
            t("edit.change", id=t("edit.remark")),
            lambda: s.feedback.__setitem__(index, old),
            lambda: s.feedback.__setitem__(index, new),
        )
        return index

    def remove_feedback(self, index: int, *, was: Feedback | None = None) -> None:
        self._writable()
        index = self._remark(index, was)
        s = self.session
        removed = edits.remove_feedback(s, index)
        self._record(
            t("edit.remove", id=t("edit.remark")),
            lambda: s.feedback.insert(index, removed),
            lambda: edits.remove_feedback(s, index),
        )

    # --- the facilitator's script ----------------------------------------------------------

    def tick_agenda(self, item_id: str, done: bool) -> None:
        self._agenda(item_id, "done", bool(done))

    def set_timebox(self, item_id: str, minutes: int) -> None:
        self._agenda(item_id, "timebox", int(minutes))

    def _agenda(self, item_id: str, name: str, value: Any) -> None:
        self._writable()
        s = self.session
        old = getattr(edits.set_agenda(s, item_id, **{name: value}), name)
        if old == value:
            return
        self._record(
            t("edit.change", id=item_id),
            lambda: edits.set_agenda(s, item_id, **{name: old}),
            lambda: edits.set_agenda(s, item_id, **{name: value}),
        )

    def record_time(self, item_id: str, spent: int) -> None:
        """Store the time spent on an agenda item. The clock is not something to undo, so this
        changes the session (and gets saved) without entering the history."""
        if self.read_only:
            return
        old = edits.set_agenda(self.session, item_id, spent=spent)
        if old.spent != spent:
            self._changed(t("edit.change", id=item_id))
