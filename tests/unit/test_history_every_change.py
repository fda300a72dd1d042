"""Every change through SessionEditor: it changes the session, tells the listeners once with its
label, and undo gives back exactly the session before, redo exactly the session after. A change
that changes nothing records nothing; a closed meeting refuses them all and stays as it was."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

import pytest

from tui.core import edits
from tui.core.history import ReadOnlyError, SessionEditor
from tui.core.identity import GoneError
from tui.core.model import Feedback, Participant
from tui.i18n import t
from tui.storage.toml_format import dumps_session

from .conftest import build_session

D = date(2026, 10, 1)
EXPECTATIONS = ["Op tijd", "Compleet"]

# (name, the change through the editor, the same change through tui.core.edits, its label)
R = "edit.remark"
CHANGES: list[tuple[str, Callable, Callable, Callable[[], str]]] = [
    ("add item",
     lambda e: e.add_item("uitvoering", "asks", "Nieuw", when="Altijd"),
     lambda s: edits.add_item(s, "uitvoering", "asks", "Nieuw", when="Altijd"),
     lambda: t("edit.add", id="r2")),
    ("add item first",
     lambda e: e.add_item("voorbereiding", "needs", "Eerst", index=0),
     lambda s: edits.add_item(s, "voorbereiding", "needs", "Eerst", index=0),
     lambda: t("edit.add", id="n4")),
    ("update item",
     lambda e: e.update_item("n1", what="Anders", why="Reden"),
     lambda s: edits.update_item(s, "n1", what="Anders", why="Reden"),
     lambda: t("edit.change", id="n1")),
    ("remove item", lambda e: e.remove_item("n2"), lambda s: edits.remove_item(s, "n2"),
     lambda: t("edit.remove", id="n2")),
    ("move item",
     lambda e: e.move_item("n1", "uitvoering", 1),
     lambda s: edits.move_item(s, "n1", "uitvoering", 1),
     lambda: t("edit.move", id="n1")),
    ("move item to the end",
     lambda e: e.move_item("n2", "voorbereiding"),
     lambda s: edits.move_item(s, "n2", "voorbereiding"),
     lambda: t("edit.move", id="n2")),
    ("add action",
     lambda e: e.add_action("Bellen", who="Mo", due=D, index=0),
     lambda s: edits.add_action(s, "Bellen", who="Mo", due=D, index=0),
     lambda: t("edit.add", id="a5")),
    ("action from item",
     lambda e: e.action_from_item("r1", who="Mo", index=1),
     lambda s: edits.action_from_item(s, "r1", who="Mo", index=1),
     lambda: t("edit.add", id="a5")),
    ("update action",
     lambda e: e.update_action("a1", what="Anders", due=D),
     lambda s: edits.update_action(s, "a1", what="Anders", due=D),
     lambda: t("edit.change", id="a1")),
    ("complete action",
     lambda e: e.complete_action("a1", D),
     lambda s: edits.complete_action(s, "a1", D),
     lambda: t("edit.change", id="a1")),
    ("reopen action", lambda e: e.reopen_action("a3"), lambda s: edits.reopen_action(s, "a3"),
     lambda: t("edit.change", id="a3")),
    ("drop action",
     lambda e: e.drop_action("a3", "Niet nodig"),
     lambda s: edits.drop_action(s, "a3", "Niet nodig"),
     lambda: t("edit.change", id="a3")),
    ("remove action", lambda e: e.remove_action("a2"), lambda s: edits.remove_action(s, "a2"),
     lambda: t("edit.remove", id="a2")),
    ("add step",
     lambda e: e.add_step("Controle", index=1),
     lambda s: edits.add_step(s, "Controle", index=1),
     lambda: t("edit.add", id="Controle")),
    ("add step at the end", lambda e: e.add_step("Nazorg"), lambda s: edits.add_step(s, "Nazorg"),
     lambda: t("edit.add", id="Nazorg")),
    ("remove step",
     lambda e: e.remove_step("voorbereiding", move_to="facturatie"),
     lambda s: edits.remove_step(s, "voorbereiding", move_to="facturatie"),
     lambda: t("edit.remove", id="Offerte en voorbereiding")),
    ("remove step with all",
     lambda e: e.remove_step("voorbereiding", move_to=""),
     lambda s: edits.remove_step(s, "voorbereiding", move_to=""),
     lambda: t("edit.remove", id="Offerte en voorbereiding")),
    ("rename step",
     lambda e: e.rename_step("facturatie", "Rekening"),
     lambda s: edits.rename_step(s, "facturatie", "Rekening"),
     lambda: t("edit.change", id="facturatie")),
    ("move step",
     lambda e: e.move_step("facturatie", 0),
     lambda s: edits.move_step(s, "facturatie", 0),
     lambda: t("edit.move", id="facturatie")),
    ("set people",
     lambda e: e.set_people("uitvoering", ["Ali", "Bo"]),
     lambda s: edits.set_people(s, "uitvoering", ["Ali", "Bo"]),
     lambda: t("edit.change", id="uitvoering")),
    ("set customers",
     lambda e: e.set_customers("voorbereiding", ["facturatie"]),
     lambda s: edits.set_customers(s, "voorbereiding", ["facturatie"]),
     lambda: t("edit.change", id="voorbereiding")),
    ("customer name",
     lambda e: e.set_customer_name("Klant B"),
     lambda s: edits.set_customer(s, name="Klant B"),
     lambda: t("edit.change", id="Klant B")),
    ("expectations",
     lambda e: e.set_expectations(["Snel"]),
     lambda s: edits.set_customer(s, expectations=["Snel"]),
     lambda: t("edit.change", id="Opdrachtgever")),
    ("add expectation",
     lambda e: e.add_expectation("Snel"),
     lambda s: edits.set_customer(s, expectations=[*EXPECTATIONS, "Snel"]),
     lambda: t("edit.change", id="Opdrachtgever")),
    ("update expectation",
     lambda e: e.update_expectation(1, "Compleet", "Heel"),
     lambda s: edits.set_customer(s, expectations=["Op tijd", "Heel"]),
     lambda: t("edit.change", id="Opdrachtgever")),
    ("remove expectation",
     lambda e: e.remove_expectation(0, "Op tijd"),
     lambda s: edits.set_customer(s, expectations=["Compleet"]),
     lambda: t("edit.change", id="Opdrachtgever")),
    ("update meeting",
     lambda e: e.update_meeting(title="Anders", follow_up=D),
     lambda s: edits.update_meeting(s, title="Anders", follow_up=D),
     lambda: t("edit.meeting")),
    ("add participant",
     lambda e: e.add_participant("Zoë", "stagiair", False),
     lambda s: edits.add_participant(s, "Zoë", "stagiair", False),
     lambda: t("edit.add", id="Zoë")),
    ("add participant plainly",
     lambda e: e.add_participant("Zoë"),
     lambda s: s.participants.append(Participant("Zoë", "", True)),
     lambda: t("edit.add", id="Zoë")),
    ("update participant",
     lambda e: e.update_participant(1, role="baas"),
     lambda s: edits.update_participant(s, 1, role="baas"),
     lambda: t("edit.change", id="Mo Bakker")),
    ("remove participant",
     lambda e: e.remove_participant(0),
     lambda s: edits.remove_participant(s, 0),
     lambda: t("edit.remove", id="Petra Jansen")),
    ("add feedback",
     lambda e: e.add_feedback("Goed", "Mo"),
     lambda s: edits.add_feedback(s, "Goed", "Mo"),
     lambda: t("edit.add", id=t(R))),
    ("add feedback plainly",
     lambda e: e.add_feedback("Goed"),
     lambda s: s.feedback.append(Feedback("Goed", "")),
     lambda: t("edit.add", id=t(R))),
    ("update feedback",
     lambda e: e.update_feedback(0, what="Beter"),
     lambda s: edits.update_feedback(s, 0, what="Beter"),
     lambda: t("edit.change", id=t(R))),
    ("update feedback who",
     lambda e: e.update_feedback(0, who="Mo"),
     lambda s: edits.update_feedback(s, 0, who="Mo"),
     lambda: t("edit.change", id=t(R))),
    ("remove feedback",
     lambda e: e.remove_feedback(0),
     lambda s: edits.remove_feedback(s, 0),
     lambda: t("edit.remove", id=t(R))),
    ("tick agenda",
     lambda e: e.tick_agenda("3a", True),
     lambda s: edits.set_agenda(s, "3a", done=True),
     lambda: t("edit.change", id="3a")),
    ("set timebox",
     lambda e: e.set_timebox("3b", 20),
     lambda s: edits.set_agenda(s, "3b", timebox=20),
     lambda: t("edit.change", id="3b")),
]  # fmt: skip


def make() -> tuple[SessionEditor, list[str]]:
    session = build_session()
    session.customer.expectations = list(EXPECTATIONS)
    editor = SessionEditor(session)
    heard: list[str] = []
    editor.listeners.append(heard.append)
    return editor, heard


@pytest.mark.parametrize(("name", "change", "same", "label"), CHANGES, ids=[c[0] for c in CHANGES])
def test_a_change_its_undo_and_its_redo(name, change, same, label):
    editor, heard = make()
    before = copy.deepcopy(editor.session)
    before_text = dumps_session(editor.session)
    assert not editor.can_undo() and not editor.can_redo()
    assert editor.undo() is None and editor.redo() is None

    change(editor)
    after = copy.deepcopy(editor.session)
    expected = copy.deepcopy(before)
    same(expected)
    assert after == expected  # exactly what the rule-keeping function does
    assert after != before
    assert editor.revision == 1
    assert heard == [label()]
    assert editor.can_undo() and not editor.can_redo()

    assert editor.undo() == heard[0]
    assert editor.session == before
    assert editor.revision == 2 and heard[1] == heard[0]
    assert editor.can_redo() and not editor.can_undo()

    assert editor.redo() == heard[0]
    assert editor.session == after
    assert editor.revision == 3 and heard == [heard[0]] * 3
    assert editor.can_undo() and not editor.can_redo()

    editor.undo()
    # ids stay issued: the text may remember them, the rest is the text from before
    text = dumps_session(editor.session)
    assert text.split("\n[ids]\n")[0] == before_text.split("\n[ids]\n")[0]


NO_CHANGES: list[tuple[str, Callable[[SessionEditor], object]]] = [
    ("update item", lambda e: e.update_item("n1", what="Materiaallijst per klus")),
    ("update action", lambda e: e.update_action("a1", what="Lijst maken", who="Petra")),
    ("complete action", lambda e: e.complete_action("a3", date(2026, 9, 10))),
    ("reopen action", lambda e: e.reopen_action("a1")),
    ("rename step", lambda e: e.rename_step("facturatie", "Facturatie")),
    ("set people", lambda e: e.set_people("uitvoering", ["Mo Bakker"])),
    ("set customers", lambda e: e.set_customers("uitvoering", [])),
    ("move step", lambda e: e.move_step("voorbereiding", 0)),
    ("customer name", lambda e: e.set_customer_name(e.session.customer.name)),
    ("expectations", lambda e: e.set_expectations(EXPECTATIONS)),
    ("update expectation", lambda e: e.update_expectation(0, "Op tijd", "Op tijd")),
    ("update meeting", lambda e: e.update_meeting(title=e.session.meeting.title)),
    ("update participant", lambda e: e.update_participant(0, role=e.session.participants[0].role)),
    ("update feedback", lambda e: e.update_feedback(0, what="Kort en nuttig.")),
    ("tick agenda", lambda e: e.tick_agenda("3a", False)),
    ("set timebox", lambda e: e.set_timebox("3a", 0)),
]


@pytest.mark.parametrize(("name", "change"), NO_CHANGES, ids=[c[0] for c in NO_CHANGES])
def test_a_change_that_changes_nothing_records_nothing(name, change):
    editor, heard = make()
    before = copy.deepcopy(editor.session)
    change(editor)
    assert editor.session == before
    assert heard == [] and editor.revision == 0
    assert not editor.can_undo()


@pytest.mark.parametrize(("name", "change", "same", "label"), CHANGES, ids=[c[0] for c in CHANGES])
def test_a_closed_meeting_refuses_every_change(name, change, same, label):
    editor, heard = make()
    editor.session.meeting.closed = True
    before = copy.deepcopy(editor.session)
    with pytest.raises(ReadOnlyError, match=t("edit.read_only")):
        change(editor)
    assert editor.session == before
    assert heard == [] and editor.revision == 0


def test_undo_and_redo_are_refused_once_closed():
    editor2, _ = make()
    editor2.add_feedback("x")
    editor2.undo()
    editor2.session.meeting.closed = True
    with pytest.raises(ReadOnlyError):
        editor2.redo()
    assert editor2.can_redo()
    editor2.session.meeting.closed = False
    editor2.redo()
    editor2.session.meeting.closed = True
    with pytest.raises(ReadOnlyError):
        editor2.undo()
    assert editor2.can_undo()


def test_closing_and_reopening_are_changes_of_a_closed_meeting():
    editor, heard = make()
    editor.update_meeting(closed=True)
    assert editor.read_only and heard == [t("edit.meeting")]
    editor.update_meeting(closed=False)
    assert not editor.read_only
    editor.update_meeting(closed=True)
    with pytest.raises(ReadOnlyError):
        editor.update_meeting(closed=False, title="x")
    assert editor.session.meeting.title == build_session().meeting.title


def test_a_new_change_clears_redo_and_the_history_has_a_limit():
    session = build_session()
    editor = SessionEditor(session, limit=3)
    for n in range(5):
        editor.add_feedback(f"opmerking {n}")
    assert [f.what for f in session.feedback][-5:] == [f"opmerking {n}" for n in range(5)]
    undone = 0
    while editor.undo() is not None:
        undone += 1
    assert undone == 3
    assert [f.what for f in session.feedback][-2:] == ["opmerking 0", "opmerking 1"]
    editor.redo()
    editor.add_feedback("nieuw")
    assert not editor.can_redo()


def test_an_undone_id_is_never_issued_again():
    editor, _heard = make()
    first = editor.add_action("Een", who="Mo")
    editor.undo()
    second = editor.add_action("Twee", who="Mo")
    assert first.id == "a5" and second.id == "a6"
    step = editor.add_item("uitvoering", "needs", "Iets")
    editor.undo()
    assert editor.add_item("uitvoering", "needs", "Anders").id != step.id


def test_changes_to_an_item_or_action_that_is_gone():
    editor, _heard = make()
    editor.remove_item("n1")
    with pytest.raises(GoneError) as caught:
        editor.update_item("n1", what="x")
    assert str(caught.value) == t("model.gone")
    editor.remove_action("a1")
    with pytest.raises(GoneError):
        editor.update_action("a1", what="x")
    with pytest.raises(GoneError):
        editor.complete_action("a1", D)
    editor.update_action("a2", what="blijft")  # one that is there
    assert editor.session.action("a2").what == "blijft"


def test_lists_without_ids_by_the_element_a_form_saw():
    editor, _heard = make()
    petra = editor.session.participants[0]
    editor.add_participant("Nieuw")
    editor.session.participants.insert(0, editor.session.participants.pop())
    assert editor.update_participant(0, was=petra, role="voorzitter") == 1
    assert editor.session.participants[1].role == "voorzitter"
    assert editor.participant_index(5, None) == 5
    gone = Participant("Niemand")
    with pytest.raises(GoneError):
        editor.remove_participant(0, was=gone)
    editor.remove_participant(0, was=editor.session.participants[1])
    assert editor.session.participants[0].name == "Nieuw"

    remark = editor.session.feedback[0]
    editor.add_feedback("Tweede")
    editor.session.feedback.reverse()
    assert editor.update_feedback(0, what="Anders", was=remark) == 1
    assert editor.session.feedback[1].what == "Anders"
    with pytest.raises(GoneError):
        editor.remove_feedback(1, was=remark)
    editor.remove_feedback(0, was=editor.session.feedback[0])
    assert [f.what for f in editor.session.feedback] == ["Anders"]

    assert editor.update_expectation(0, "Compleet", "Volledig") == 1
    assert editor.session.customer.expectations == ["Op tijd", "Volledig"]
    with pytest.raises(GoneError):
        editor.remove_expectation(0, "Compleet")
    assert editor.add_expectation("Derde") == 2


def test_time_spent_is_saved_but_not_undone():
    editor, heard = make()
    editor.record_time("3c", 90)
    assert [item.spent for item in editor.session.agenda if item.id == "3c"] == [90]
    assert heard == [t("edit.change", id="3c")] and editor.revision == 1
    assert not editor.can_undo()
    editor.record_time("3c", 90)
    assert editor.revision == 1
    editor.session.meeting.closed = True
    editor.record_time("3c", 120)
    assert [item.spent for item in editor.session.agenda if item.id == "3c"] == [90]
    assert editor.revision == 1


def test_replace_session_starts_a_new_history():
    editor, heard = make()
    editor.add_feedback("x")
    editor.add_feedback("y")
    editor.undo()
    other = build_session()
    editor.replace_session(other)
    assert editor.session is other
    assert not editor.can_undo() and not editor.can_redo()
    assert heard[-1] == t("edit.reloaded") and editor.revision == 4


def test_the_history_keeps_the_last_500_changes():
    editor, _heard = make()
    for n in range(501):
        editor.tick_agenda("3a", n % 2 == 0)
    undone = 0
    while editor.undo() is not None:
        undone += 1
    assert undone == 500
