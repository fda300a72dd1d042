"""Every edit goes through tui.core.edits: rules enforced, text cleaned, and each removal
undoable."""

from __future__ import annotations

import contextlib
import copy
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core import edits
from tui.core.chain import new_session
from tui.core.model import STATUSES, ModelError
from tui.storage.toml_format import dumps_session, parse_session

NASTY = "\x1b[2J\x1b]0;titel\x07 \u202e\x9b\x00\x7f"
CONTROL = {"\x1b", "\x07", "\u202e", "\x9b", "\x00", "\x7f"}


def assert_clean(value: str) -> None:
    assert not CONTROL & set(value), repr(value)
    assert "\r" not in value


def assert_round_trips(session) -> None:
    """The session is one the file format accepts, and reads back equal."""
    text = dumps_session(session)
    assert parse_session(text) == session


# --- items ------------------------------------------------------------------------------------


def test_add_item_with_fresh_id_cleaned_text_and_position(session):
    item = edits.add_item(
        session,
        "uitvoering",
        "needs",
        "  Maten\r\nen foto's \x1b[31m ",
        when="\tmorgen ",
        why="x\x9by",
    )
    assert item.id == "n4"
    assert item.what == "Maten\nen foto's [31m"
    assert item.when == "morgen"
    assert item.why == "xy"
    assert session.step("uitvoering").needs[-1] is item
    first = edits.add_item(session, "uitvoering", "needs", "Eerst", index=0)
    assert [i.id for i in session.step("uitvoering").needs] == ["n5", "n2", "n3", "n4"]
    assert first.id == "n5"
    assert_round_trips(session)


@pytest.mark.parametrize("what", ["", "   ", "\n\t\n", "\x1b\x07"])
def test_add_item_refuses_empty_what(session, what):
    before = copy.deepcopy(session)
    with pytest.raises(ModelError, match="'wat' mag niet leeg zijn"):
        edits.add_item(session, "uitvoering", "needs", what)
    assert session == before
    assert edits.add_item(session, "uitvoering", "needs", "ok").id == "n4"  # no number used up


def test_add_item_refusals(session):
    before = copy.deepcopy(session)
    with pytest.raises(ModelError, match="onbekende stap 'nope'"):
        edits.add_item(session, "nope", "needs", "x")
    with pytest.raises(ModelError, match="onbekende soort"):
        edits.add_item(session, "uitvoering", "actions", "x")
    with pytest.raises(ModelError, match="'why' is geen veld van asks"):
        edits.add_item(session, "uitvoering", "asks", "x", why="omdat")
    with pytest.raises(ModelError):
        edits.add_item(session, "uitvoering", "info", "x", when="nu")
    assert session == before


def test_model_errors_in_english(session, english):
    with pytest.raises(ModelError, match="unknown step 'nope'"):
        edits.add_item(session, "nope", "needs", "x")
    with pytest.raises(ModelError, match="'what' must not be empty"):
        edits.add_item(session, "uitvoering", "needs", " ")


def test_update_item(session):
    old = edits.update_item(session, "n1", what=" Nieuwe\r\ntekst\x1b ", why="")
    assert old == {"what": "Materiaallijst per klus", "why": "Geen ritjes"}
    item = session.find_item("n1")[2]
    assert (item.id, item.what, item.when, item.why) == (
        "n1",
        "Nieuwe\ntekst",
        "De dag vóór de start",
        "",
    )
    with pytest.raises(ModelError):
        edits.update_item(session, "n1", what="  ")
    with pytest.raises(ModelError):
        edits.update_item(session, "c1", when="nu")
    with pytest.raises(ModelError):
        edits.update_item(session, "n99", what="x")
    assert item.what == "Nieuwe\ntekst"
    assert_round_trips(session)


def test_remove_item_unlinks_actions_and_restore_puts_everything_back(session):
    edits.add_action(session, "Nog een", about="n1")  # a5, also about n1
    before = copy.deepcopy(session)
    removed = edits.remove_item(session, "n1")
    assert not any(i.id == "n1" for _s, _k, i in session.iter_items())
    assert session.action("a1").about == ""
    assert session.action("a5").about == ""
    assert_round_trips(session)
    edits.restore_item(session, removed)
    assert session == before
    assert session.action("a1").about == "n1"
    assert session.action("a5").about == "n1"


def test_restore_item_keeps_its_place(session):
    before = copy.deepcopy(session)
    removed = edits.remove_item(session, "n2")
    assert [i.id for i in session.step("uitvoering").needs] == ["n3"]
    edits.restore_item(session, removed)
    assert [i.id for i in session.step("uitvoering").needs] == ["n2", "n3"]
    assert session == before


def test_move_item(session):
    assert edits.move_item(session, "n3", "uitvoering", 0) == ("uitvoering", 1)
    assert [i.id for i in session.step("uitvoering").needs] == ["n3", "n2"]
    assert edits.move_item(session, "n3", "facturatie") == ("uitvoering", 0)
    assert [i.id for i in session.step("facturatie").needs] == ["n3"]
    assert [i.id for i in session.step("uitvoering").needs] == ["n2"]
    assert edits.move_item(session, "r1", "facturatie", 99) == ("voorbereiding", 0)
    assert session.step("facturatie").asks[0].id == "r1"
    with pytest.raises(ModelError):
        edits.move_item(session, "n2", "nope")
    assert [i.id for i in session.step("uitvoering").needs] == ["n2"]


# --- actions ----------------------------------------------------------------------------------


def test_action_from_item_links_about_and_step(session):
    action = edits.action_from_item(session, "n2", who="Mo", due=date(2026, 11, 1))
    assert (action.id, action.step, action.about) == ("a5", "uitvoering", "n2")
    assert action.what == "Werkbon met uren"
    assert (action.who, action.due, action.status) == ("Mo", date(2026, 11, 1), "open")
    assert session.actions[-1] is action
    other = edits.action_from_item(session, "c1", what="Agenda \x1bdelen")
    assert (other.step, other.about, other.what) == ("voorbereiding", "c1", "Agenda delen")
    assert_round_trips(session)


def test_add_action_cleans_and_checks(session):
    action = edits.add_action(
        session,
        " Bellen\r\n ",
        who=" Piet\n Jansen\x1b ",
        note="a\r\nb\x9b",
        step="uitvoering",
        index=0,
    )
    assert (action.what, action.who, action.note) == ("Bellen", "Piet Jansen", "a\nb")
    assert session.actions[0] is action
    before = copy.deepcopy(session)
    with pytest.raises(ModelError):
        edits.add_action(session, "x", step="nope")
    with pytest.raises(ModelError):
        edits.add_action(session, "x", about="n99")
    with pytest.raises(ModelError):
        edits.add_action(session, "x", about="a1")  # about names an item, never an action
    with pytest.raises(ModelError):
        edits.add_action(session, " ")
    assert session == before
    assert edits.add_action(session, "y").id == "a6"


def test_update_action_refuses_bad_status_and_changes_nothing(session):
    with pytest.raises(ModelError, match="onbekende status 'klaar'"):
        edits.update_action(session, "a2", what="Anders", status="klaar")
    assert session.action("a2").what == "App testen"
    assert session.action("a2").status == "open"
    for status in STATUSES:
        edits.update_action(session, "a2", status=status)
        assert session.action("a2").status == status


@pytest.mark.parametrize(
    "values",
    [
        {"step": "nope"},
        {"about": "x"},
        {"about": "a1"},
        {"what": ""},
        {"id": "a9"},
        {"colour": "red"},
        {"due": "2026-01-01"},
        {"due": datetime(2026, 1, 1, 9, 30)},
        {"done": datetime(2026, 1, 1, 9, 30)},
        {"who": "Ali", "status": "klaar"},
    ],
)
def test_update_action_refusals(session, values):
    before = copy.deepcopy(session)
    with pytest.raises(ModelError):
        edits.update_action(session, "a2", **values)
    assert session == before


def test_update_unknown_action(session):
    with pytest.raises(ModelError, match="onbekend id 'a99'"):
        edits.update_action(session, "a99", what="x")


def test_update_action_returns_old_values(session):
    old = edits.update_action(session, "a2", who="Ali", due=None, step="")
    assert old == {"who": "Mo", "due": date(2026, 10, 15), "step": "uitvoering"}
    action = session.action("a2")
    assert (action.who, action.due, action.step) == ("Ali", None, "")
    assert_round_trips(session)


def test_complete_reopen_drop(session):
    edits.complete_action(session, "a2", date(2026, 10, 1))
    assert (session.action("a2").status, session.action("a2").done) == ("done", date(2026, 10, 1))
    edits.reopen_action(session, "a2")
    assert (session.action("a2").status, session.action("a2").done) == ("open", None)
    edits.drop_action(session, "a2", "  Niet meer\r\nnodig ")
    assert (session.action("a2").status, session.action("a2").note) == (
        "dropped",
        "Niet meer\nnodig",
    )
    edits.drop_action(session, "a4", "Ook")
    assert session.action("a4").note == "Niet nodig\nOok"
    edits.drop_action(session, "a4", "")
    assert session.action("a4").note == "Niet nodig\nOok"
    assert_round_trips(session)


def test_remove_and_restore_action(session):
    before = copy.deepcopy(session)
    index, action = edits.remove_action(session, "a2")
    assert index == 1 and action.id == "a2"
    assert [a.id for a in session.actions] == ["a1", "a3", "a4"]
    edits.restore_action(session, index, action)
    assert session == before


# --- steps ------------------------------------------------------------------------------------


def test_add_step_makes_a_unique_id_from_the_name(session):
    step = edits.add_step(session, "  Uitvoering\r\n ", index=1)
    assert (step.id, step.name) == ("uitvoering-2", "Uitvoering")
    assert session.steps[1] is step
    assert edits.add_step(session, "Uitvoering").id == "uitvoering-3"
    assert edits.add_step(session, "Çaldera & Co").id == "caldera-co"
    assert edits.add_step(session, "日本").id == "stap"
    assert edits.add_step(session, "!!!").id == "stap-2"
    with pytest.raises(ModelError):
        edits.add_step(session, " \n ")
    assert_round_trips(session)


def test_rename_keeps_the_id(session):
    assert edits.rename_step(session, "uitvoering", "Montage\x1b[0m\nop de bouw") == "Uitvoering"
    step = session.steps[1]
    assert (step.id, step.name) == ("uitvoering", "Montage[0m op de bouw")
    assert session.action("a2").step == "uitvoering"
    with pytest.raises(ModelError):
        edits.rename_step(session, "uitvoering", "  ")
    assert step.name == "Montage[0m op de bouw"


def test_move_step(session):
    assert edits.move_step(session, "facturatie", 0) == 2
    assert [s.id for s in session.steps] == ["facturatie", "voorbereiding", "uitvoering"]
    assert edits.move_step(session, "facturatie", 99) == 0
    assert [s.id for s in session.steps] == ["voorbereiding", "uitvoering", "facturatie"]


def test_set_people_and_customers(session):
    old = edits.set_people(session, "uitvoering", [" Mo ", "", "Ali\x1b", "Mo", "Ali", "A\nB"])
    assert old == ["Mo Bakker"]
    assert session.step("uitvoering").people == ["Mo", "Ali", "A B"]
    edits.set_customers(session, "voorbereiding", ["Piet"])
    assert session.internal_customer("voorbereiding").names == ["Piet"]
    edits.set_customers(session, "voorbereiding", [" ", ""])
    assert session.step("voorbereiding").customers == []
    assert session.internal_customer("voorbereiding").source == "next"


def test_remove_step_refuses_a_step_with_items_or_actions(session):
    before = copy.deepcopy(session)
    with pytest.raises(ModelError, match="heeft nog punten of acties"):
        edits.remove_step(session, "uitvoering")  # items and an action
    with pytest.raises(ModelError):
        edits.remove_step(session, "facturatie")  # only an action (a4)
    with pytest.raises(ModelError):
        edits.remove_step(session, "uitvoering", move_to="uitvoering")
    with pytest.raises(ModelError):
        edits.remove_step(session, "uitvoering", move_to="nope")
    assert session == before


def test_remove_empty_step_and_restore(session):
    edits.remove_action(session, "a4")
    before = copy.deepcopy(session)
    removed = edits.remove_step(session, "facturatie")
    assert [s.id for s in session.steps] == ["voorbereiding", "uitvoering"]
    edits.restore_step(session, removed)
    assert session == before


def test_remove_step_moving_everything_and_restore(session):
    before = copy.deepcopy(session)
    removed = edits.remove_step(session, "voorbereiding", move_to="facturatie")
    target = session.step("facturatie")
    assert [i.id for i in target.needs] == ["n1"]
    assert [i.id for i in target.asks] == ["r1"]
    assert [i.id for i in target.info] == ["c1"]
    assert session.action("a1").step == "facturatie"
    assert session.action("a1").about == "n1"
    assert [s.id for s in session.steps] == ["uitvoering", "facturatie"]
    assert_round_trips(session)
    edits.restore_step(session, removed)
    assert session == before


def test_remove_step_moving_to_a_step_with_items_and_restore(session):
    before = copy.deepcopy(session)
    removed = edits.remove_step(session, "uitvoering", move_to="voorbereiding")
    assert [i.id for i in session.step("voorbereiding").needs] == ["n1", "n2", "n3"]
    assert session.action("a2").step == "voorbereiding"
    edits.restore_step(session, removed)
    assert session == before


def test_remove_step_deleting_everything_and_restore(session):
    before = copy.deepcopy(session)
    removed = edits.remove_step(session, "voorbereiding", move_to="")
    assert [s.id for s in session.steps] == ["uitvoering", "facturatie"]
    assert [a.id for a in session.actions] == ["a2", "a3", "a4"]
    assert_round_trips(session)
    edits.restore_step(session, removed)
    assert session == before
    assert [a.id for a in session.actions] == ["a1", "a2", "a3", "a4"]


def test_remove_step_deleting_items_unlinks_other_actions(session):
    """An action of another step (or none) about a deleted item must not point nowhere."""
    edits.update_action(session, "a3", about="n2")  # a general action about an item of uitvoering
    edits.update_action(session, "a4", about="n3")
    edits.update_action(session, "a2", step="facturatie")
    before = copy.deepcopy(session)
    removed = edits.remove_step(session, "uitvoering", move_to="")
    assert session.action("a3").about == ""
    assert session.action("a4").about == ""
    assert_round_trips(session)
    edits.restore_step(session, removed)
    assert session == before


def test_removed_numbers_are_not_reused_after_deleting_a_step(session):
    edits.remove_step(session, "uitvoering", move_to="")  # n2, n3 and a2 gone
    session = parse_session(dumps_session(session))
    assert edits.add_item(session, "facturatie", "needs", "Nieuw").id == "n4"


def test_removing_the_highest_item_of_a_fresh_session_remembers_its_number(session):
    """``last_ids`` is only a lower bound; a removal must not lose the highest number."""
    edits.remove_item(session, "n3")
    edits.remove_action(session, "a4")
    text = dumps_session(session)
    assert text.endswith("\n[ids]\nneeds = 3\nactions = 4\n")
    assert edits.add_item(session, "uitvoering", "needs", "Nieuw").id == "n4"
    assert edits.add_action(session, "Nieuw").id == "a5"


# --- meeting, customer, participants, feedback ------------------------------------------------


def test_update_meeting(session):
    old = edits.update_meeting(
        session,
        organisation=" Jansen\x1b[2J BV\r\n",
        title="Titel\nmet regel",
        reason=" Reden\r\nlang\x9b ",
        closed=1,
        follow_up=None,
    )
    assert old["organisation"] == "Loodgietersbedrijf Jansen"
    meeting = session.meeting
    assert meeting.organisation == "Jansen[2J BV"
    assert meeting.title == "Titel met regel"
    assert meeting.reason == "Reden\nlang"
    assert meeting.closed is True
    assert meeting.follow_up is None
    assert_round_trips(session)


@pytest.mark.parametrize(
    "values",
    [
        {"organisation": " "},
        {"date": None},
        {"date": "2026-01-01"},
        {"date": datetime(2026, 1, 1, 10, 0)},
        {"follow_up": datetime(2026, 1, 1, 10, 0)},
        {"follow_up": "morgen"},
        {"previous": "../2026-01-01-x.toml"},
        {"previous": "map\\2026-01-01-x.toml"},
        {"colour": "rood"},
    ],
)
def test_update_meeting_refusals(session, values):
    before = copy.deepcopy(session)
    with pytest.raises(ModelError):
        edits.update_meeting(session, **values)
    assert session == before


def test_update_meeting_previous_file_name(session):
    edits.update_meeting(session, previous=" 2026-08-27-van-dijk.toml\n")
    assert session.meeting.previous == "2026-08-27-van-dijk.toml"
    assert_round_trips(session)


def test_customer_participants_feedback(session):
    old = edits.set_customer(
        session, name=" Klant\x1b ", expectations=[" Snel\r\n", "", "Goed\x9b"]
    )
    assert old.name == "Opdrachtgever" and old.expectations == [
        "Werk naar tevredenheid",
        "Volgens afspraak",
    ]
    assert (session.customer.name, session.customer.expectations) == ("Klant", ["Snel", "Goed"])
    with pytest.raises(ModelError):
        edits.set_customer(session, name="")

    participant = edits.add_participant(session, " Ali\x1b ", " monteur\n", False, index=0)
    assert session.participants[0] is participant
    assert (participant.name, participant.role, participant.present) == ("Ali", "monteur", False)
    old = edits.update_participant(session, 0, name="Ali Y", present=True)
    assert old.name == "Ali"
    assert (session.participants[0].name, session.participants[0].present) == ("Ali Y", True)
    with pytest.raises(ModelError):
        edits.update_participant(session, 0, name=" ")
    with pytest.raises(ModelError):
        edits.update_participant(session, 0, age=3)
    with pytest.raises(ModelError):
        edits.add_participant(session, "\x1b")
    assert edits.remove_participant(session, 0).name == "Ali Y"

    remark = edits.add_feedback(session, " Goed\r\ngedaan\x07 ", " Piet ")
    assert (remark.what, remark.who) == ("Goed\ngedaan", "Piet")
    edits.update_feedback(session, 1, who="Ans")
    assert (session.feedback[1].what, session.feedback[1].who) == ("Goed\ngedaan", "Ans")
    with pytest.raises(ModelError):
        edits.update_feedback(session, 1, what=" ")
    with pytest.raises(ModelError):
        edits.add_feedback(session, "")
    assert edits.remove_feedback(session, 1).who == "Ans"
    assert_round_trips(session)


# --- text cleaning on every edit ----------------------------------------------------------------

TEXT_EDITS = {
    "add_item.what": lambda s: edits.add_item(s, "uitvoering", "needs", "x" + NASTY).what,
    "add_item.when": lambda s: edits.add_item(s, "uitvoering", "asks", "x", when="x" + NASTY).when,
    "add_item.why": lambda s: edits.add_item(s, "uitvoering", "needs", "x", why="x" + NASTY).why,
    "update_item": lambda s: (
        edits.update_item(s, "c1", what="x" + NASTY),
        s.find_item("c1")[2].what,
    )[1],
    "add_action.what": lambda s: edits.add_action(s, "x" + NASTY).what,
    "add_action.who": lambda s: edits.add_action(s, "x", who="x" + NASTY).who,
    "add_action.note": lambda s: edits.add_action(s, "x", note="x" + NASTY).note,
    "update_action.what": lambda s: (
        edits.update_action(s, "a1", what="x" + NASTY),
        s.action("a1").what,
    )[1],
    "update_action.who": lambda s: (
        edits.update_action(s, "a1", who="x" + NASTY),
        s.action("a1").who,
    )[1],
    "update_action.note": lambda s: (
        edits.update_action(s, "a1", note="x" + NASTY),
        s.action("a1").note,
    )[1],
    "drop_action": lambda s: (edits.drop_action(s, "a1", "x" + NASTY), s.action("a1").note)[1],
    "add_step": lambda s: edits.add_step(s, "x" + NASTY).name,
    "rename_step": lambda s: (edits.rename_step(s, "uitvoering", "x" + NASTY), s.steps[1].name)[1],
    "set_people": lambda s: (
        edits.set_people(s, "uitvoering", ["x" + NASTY]),
        s.steps[1].people[0],
    )[1],
    "set_customers": lambda s: (
        edits.set_customers(s, "uitvoering", ["x" + NASTY]),
        s.steps[1].customers[0],
    )[1],
    "meeting.organisation": lambda s: (
        edits.update_meeting(s, organisation="x" + NASTY),
        s.meeting.organisation,
    )[1],
    "meeting.title": lambda s: (edits.update_meeting(s, title="x" + NASTY), s.meeting.title)[1],
    "meeting.location": lambda s: (
        edits.update_meeting(s, location="x" + NASTY),
        s.meeting.location,
    )[1],
    "meeting.facilitator": lambda s: (
        edits.update_meeting(s, facilitator="x" + NASTY),
        s.meeting.facilitator,
    )[1],
    "meeting.reason": lambda s: (edits.update_meeting(s, reason="x" + NASTY), s.meeting.reason)[1],
    "meeting.goal": lambda s: (edits.update_meeting(s, goal="x" + NASTY), s.meeting.goal)[1],
    "meeting.previous": lambda s: (
        edits.update_meeting(s, previous="x" + NASTY),
        s.meeting.previous,
    )[1],
    "customer.name": lambda s: (edits.set_customer(s, name="x" + NASTY), s.customer.name)[1],
    "customer.expectations": lambda s: (
        edits.set_customer(s, expectations=["x" + NASTY]),
        s.customer.expectations[0],
    )[1],
    "add_participant.name": lambda s: edits.add_participant(s, "x" + NASTY).name,
    "add_participant.role": lambda s: edits.add_participant(s, "x", "x" + NASTY).role,
    "update_participant": lambda s: (
        edits.update_participant(s, 0, role="x" + NASTY),
        s.participants[0].role,
    )[1],
    "add_feedback.what": lambda s: edits.add_feedback(s, "x" + NASTY).what,
    "add_feedback.who": lambda s: edits.add_feedback(s, "x", "x" + NASTY).who,
    "update_feedback": lambda s: (
        edits.update_feedback(s, 0, what="x" + NASTY),
        s.feedback[0].what,
    )[1],
}


@pytest.mark.parametrize("edit", list(TEXT_EDITS), ids=list(TEXT_EDITS))
def test_every_edit_cleans_text(session, edit):
    value = TEXT_EDITS[edit](session)
    assert value.strip() == "x[2J]0;titel"
    assert_clean(value)
    assert_round_trips(session)


# --- any sequence of edits gives a session the file format accepts -----------------------------

TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "../x.toml", "map\\x.toml", "[bold]x[/]", "\x1b[2J", "a\r\nb"]),
)


@st.composite
def edit_steps(draw, session):
    """Apply one random edit; refused edits (ModelError) are part of the game."""
    item_ids = [i.id for _s, _k, i in session.iter_items()] or ["n1"]
    step_ids = [s.id for s in session.steps] or ["x"]
    action_ids = [a.id for a in session.actions] or ["a1"]
    step = draw(st.sampled_from(step_ids))
    choice = draw(st.integers(0, 13))
    if choice == 0:
        return lambda: edits.add_item(
            session, step, draw(st.sampled_from(["needs", "asks", "info"])), draw(TEXT)
        )
    if choice == 1:
        return lambda: edits.update_item(session, draw(st.sampled_from(item_ids)), what=draw(TEXT))
    if choice == 2:
        return lambda: edits.remove_item(session, draw(st.sampled_from(item_ids)))
    if choice == 3:
        return lambda: edits.move_item(
            session, draw(st.sampled_from(item_ids)), step, draw(st.integers(-1, 5))
        )
    if choice == 4:
        return lambda: edits.action_from_item(
            session, draw(st.sampled_from(item_ids)), who=draw(TEXT)
        )
    if choice == 5:
        return lambda: edits.add_action(
            session,
            draw(TEXT),
            who=draw(TEXT),
            step=draw(st.sampled_from(["", *step_ids])),
            due=draw(st.none() | st.dates()),
        )
    if choice == 6:
        return lambda: edits.update_action(
            session,
            draw(st.sampled_from(action_ids)),
            status=draw(st.sampled_from([*STATUSES, "klaar"])),
            note=draw(TEXT),
            about=draw(st.sampled_from(["", *item_ids])),
        )
    if choice == 7:
        return lambda: edits.remove_action(session, draw(st.sampled_from(action_ids)))
    if choice == 8:
        return lambda: edits.add_step(session, draw(TEXT), index=draw(st.integers(0, 5)))
    if choice == 9:
        return lambda: edits.rename_step(session, step, draw(TEXT))
    if choice == 10:
        return lambda: edits.remove_step(
            session, step, move_to=draw(st.sampled_from([None, "", *step_ids]))
        )
    if choice == 11:
        return lambda: edits.set_people(session, step, draw(st.lists(TEXT, max_size=3)))
    if choice == 12:
        return lambda: edits.update_meeting(session, previous=draw(TEXT), goal=draw(TEXT))
    return lambda: edits.add_feedback(session, draw(TEXT), draw(TEXT))


def _ids(session) -> set[str]:
    return {i.id for _s, _k, i in session.iter_items()} | {a.id for a in session.actions}


@given(st.data())
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_sequence_of_edits_gives_a_valid_file(data):
    """Whatever the UI does through edits, the file reads back equal and no id is given twice."""
    session = new_session("Bedrijf", date(2026, 1, 1))
    ever: set[str] = set()
    for _ in range(data.draw(st.integers(1, 25))):
        before = _ids(session)
        with contextlib.suppress(ModelError):
            data.draw(edit_steps(session))()
        now = _ids(session)
        assert not (now - before) & ever, "an id was issued a second time"
        ever |= now
        text = dumps_session(session)
        loaded = parse_session(text)
        assert loaded == session
        assert dumps_session(loaded) == text
        assert loaded.highest_issued() == session.highest_issued()
        # Continue from the loaded copy half of the time: ids must survive the file too.
        if data.draw(st.booleans()):
            session = loaded


@pytest.mark.parametrize(
    ("refuse", "message"),
    [
        (lambda s: edits.update_meeting(s, organisation=" "), "'Organisatie' mag niet leeg zijn"),
        (lambda s: edits.update_meeting(s, date=None), "'Datum' mag niet leeg zijn"),
        (lambda s: edits.add_step(s, "  "), "'naam' mag niet leeg zijn"),
        (lambda s: edits.add_participant(s, ""), "'naam' mag niet leeg zijn"),
    ],
)
def test_an_empty_field_is_refused_by_the_name_people_see(session, refuse, message):
    with pytest.raises(ModelError) as refused:
        refuse(session)
    assert str(refused.value) == message
