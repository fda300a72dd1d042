"""A form writes to the element it was opened for, also when undo, redo or a reload moved it."""

from __future__ import annotations

import pytest

from tui.core.history import SessionEditor
from tui.core.identity import GoneError, locate
from tui.core.model import Feedback, Participant


def test_locate_prefers_the_place_then_the_nearest_equal():
    assert locate(["a", "b", "c"], "b", 1) == 1
    assert locate(["x", "a", "b", "c"], "b", 1) == 2  # moved one down
    assert locate(["b", "x", "x", "b"], "b", 1) == 0  # nearest, the earlier on a tie
    assert locate(["b", "x", "b"], "b", 1) == 0
    assert locate(["x", "x", "b"], "b", 0) == 2
    with pytest.raises(GoneError):
        locate(["a", "c"], "b", 1)
    with pytest.raises(GoneError):
        locate([], "b", 0)


def test_undo_while_an_expectation_is_being_edited_writes_to_the_right_one(session):
    # Delete A, open B (now first), undo (A is back, B second), save: B changes, A stays.
    session.customer.expectations = ["A", "B"]
    editor = SessionEditor(session)
    editor.remove_expectation(0, "A")
    opened_at, opened_text = 0, session.customer.expectations[0]
    assert opened_text == "B"
    editor.undo()
    assert session.customer.expectations == ["A", "B"]
    where = editor.update_expectation(opened_at, opened_text, "B, nieuw")
    assert where == 1
    assert session.customer.expectations == ["A", "B, nieuw"]


def test_an_expectation_that_is_gone_is_not_overwritten(session):
    session.customer.expectations = ["A", "B"]
    editor = SessionEditor(session)
    editor.add_expectation("C")
    editor.undo()  # the form for C is still open
    with pytest.raises(GoneError):
        editor.update_expectation(2, "C", "C gewijzigd")
    with pytest.raises(GoneError):
        editor.remove_expectation(2, "C")
    assert session.customer.expectations == ["A", "B"]


def test_participants_are_found_by_name(session):
    editor = SessionEditor(session)
    first, second = session.participants[0], session.participants[1]
    editor.remove_participant(0, was=first)
    seen = session.participants[0]
    assert seen == second
    editor.undo()
    editor.update_participant(0, was=seen, role="hoofdmonteur")
    assert session.participants[0] == first
    assert session.participants[1].role == "hoofdmonteur"
    editor.update_participant(1, was=Participant(second.name), present=True)  # role may differ
    assert session.participants[1].present
    with pytest.raises(GoneError):
        editor.update_participant(0, was=Participant("Niemand"), role="x")
    with pytest.raises(GoneError):
        editor.remove_participant(0, was=Participant("Niemand"))


def test_remarks_are_found_by_their_text(session):
    session.feedback = [Feedback("Nuttig", "Piet"), Feedback("Te lang", "Ans")]
    editor = SessionEditor(session)
    editor.remove_feedback(0, was=Feedback("Nuttig", "Piet"))
    seen = session.feedback[0]
    editor.undo()
    editor.update_feedback(0, was=seen, what="Te lang, maar goed")
    assert session.feedback == [Feedback("Nuttig", "Piet"), Feedback("Te lang, maar goed", "Ans")]
    editor.remove_feedback(0, was=Feedback("Te lang, maar goed", "Ans"))
    assert session.feedback == [Feedback("Nuttig", "Piet")]
    with pytest.raises(GoneError):
        editor.update_feedback(0, was=seen, what="x")


def test_an_item_or_action_that_is_gone_says_so(session):
    editor = SessionEditor(session)
    item = editor.add_item(session.steps[0].id, "needs", "nieuw")
    action = editor.add_action("bellen", who="Piet", step=session.steps[0].id)
    editor.undo()
    editor.undo()
    with pytest.raises(GoneError):
        editor.update_item(item.id, what="anders")
    with pytest.raises(GoneError):
        editor.update_action(action.id, what="anders")
