"""One user action is one undo step, all or nothing (SessionEditor.transaction)."""

from __future__ import annotations

import copy

import pytest

from tui.core.history import SessionEditor
from tui.core.model import ModelError
from tui.storage.toml_format import dumps_session


def test_changes_in_a_transaction_are_one_undo_step_and_one_notice(session):
    editor = SessionEditor(session)
    heard: list[str] = []
    editor.listeners.append(heard.append)
    before = dumps_session(session)
    with editor.transaction("stap toegevoegd"):
        step = editor.add_step("Inkoop")
        editor.set_people(step.id, ["Fatima"])
        editor.set_customers(step.id, ["Jeroen"])
        assert heard == []  # nobody hears of half a change
    assert heard == ["stap toegevoegd"]
    assert editor.revision == 1
    after = dumps_session(session)
    assert editor.undo() == "stap toegevoegd"
    assert dumps_session(session) == before
    assert editor.redo() == "stap toegevoegd"
    assert dumps_session(session) == after
    assert session.step(step.id).people == ["Fatima"]
    assert not editor.can_redo()


def test_a_failure_halfway_leaves_the_session_as_it_was(session):
    editor = SessionEditor(session)
    editor.add_item(session.steps[0].id, "needs", "eerst")
    before = copy.deepcopy(session)
    heard: list[str] = []
    editor.listeners.append(heard.append)
    with pytest.raises(ModelError), editor.transaction():
        step = editor.add_step("Inkoop")
        editor.set_people(step.id, ["Fatima"])
        editor.rename_step(step.id, "   ")  # an empty name: refused
    assert session == before
    assert heard == []
    assert editor.revision == 1
    # the history is as before: one undo takes back the need, not part of the failed step
    editor.undo()
    assert session.steps[0].needs == before.steps[0].needs[:-1]


def test_a_failure_keeps_the_redo_stack(session):
    editor = SessionEditor(session)
    editor.add_item(session.steps[0].id, "needs", "eerst")
    editor.undo()
    with pytest.raises(ModelError), editor.transaction():
        editor.rename_step(session.steps[0].id, "")
    assert editor.can_redo()


def test_one_change_keeps_its_own_label_and_an_empty_transaction_records_nothing(session):
    editor = SessionEditor(session)
    with editor.transaction():
        pass
    assert not editor.can_undo()
    assert editor.revision == 0
    with editor.transaction():
        editor.rename_step(session.steps[0].id, session.steps[0].name)  # no change at all
    assert not editor.can_undo()
    with editor.transaction():
        item = editor.add_item(session.steps[0].id, "needs", "x")
    assert editor.undo() == f"{item.id} toegevoegd"


def test_a_nested_transaction_is_part_of_the_outer_one(session):
    editor = SessionEditor(session)
    step_id = session.steps[0].id
    with editor.transaction("alles"):
        editor.add_item(step_id, "needs", "a")
        with editor.transaction("binnen"):
            editor.add_item(step_id, "needs", "b")
    assert editor.undo() == "alles"
    assert not editor.can_undo()


def test_an_error_other_than_a_model_error_also_rolls_back(session):
    editor = SessionEditor(session)
    before = copy.deepcopy(session)
    with pytest.raises(KeyError), editor.transaction():
        editor.add_item(session.steps[0].id, "needs", "a")
        raise KeyError("boom")
    assert session == before


def test_a_change_that_cleans_to_the_same_value_records_nothing(session):
    editor = SessionEditor(session)
    step = session.steps[0]
    people = list(step.people)
    editor.set_people(step.id, [f"  {name} " for name in people])
    editor.rename_step(step.id, f" {step.name} ")
    assert not editor.can_undo()
    assert editor.revision == 0
    assert step.people == people
