"""The rules every change keeps (tui/core/edits.py): cleaned text, required fields, known fields,
steps and statuses, refused changes that change nothing, and removals that can be put back
exactly. Each refusal says what was wrong."""

from __future__ import annotations

import copy
from datetime import date, datetime

import pytest

from tui.core import edits
from tui.core.model import AgendaItem, ModelError, Participant
from tui.i18n import t

from .conftest import build_session

D = date(2026, 10, 1)


def refused(session, change, message: str) -> None:
    before = copy.deepcopy(session)
    with pytest.raises(ModelError) as caught:
        change()
    assert str(caught.value) == message
    assert session == before  # a refused change changes nothing


# --- action points -----------------------------------------------------------------------------


def test_an_action_is_checked_field_by_field_before_anything_changes():
    s = build_session()
    refused(
        s,
        lambda: edits.update_action(s, "a1", who="Ali", what="  "),
        t("model.empty", field=t("field.what")),
    )
    refused(
        s,
        lambda: edits.update_action(s, "a1", colour="rood"),
        t("model.unknown_field", field="colour", kind="actions"),
    )
    refused(
        s,
        lambda: edits.update_action(s, "a1", id="a9"),
        t("model.unknown_field", field="id", kind="actions"),
    )
    refused(
        s,
        lambda: edits.update_action(s, "a1", step="elders"),
        t("model.unknown_step", step="elders"),
    )
    refused(
        s,
        lambda: edits.update_action(s, "a1", status="klaar"),
        t("model.bad_status", status="klaar", choices="open, done, dropped"),
    )
    for name in ("due", "done"):
        for value in ("morgen", datetime(2026, 1, 1, 10, 0)):
            refused(
                s,
                lambda name=name, value=value: edits.update_action(s, "a1", **{name: value}),
                t("model.unknown_field", field=name, kind="actions"),
            )
    with pytest.raises(ModelError):
        edits.update_action(s, "a1", about="n99")


def test_an_action_s_values_are_cleaned():
    s = build_session()
    old = edits.update_action(
        s, "a1", what="  Lijst\r\nmaken ", who=" Mo\nBakker ", note=" a\r\nb ", due=D, about=""
    )
    a = s.action("a1")
    assert (a.what, a.who, a.note, a.due, a.about) == ("Lijst\nmaken", "Mo Bakker", "a\nb", D, "")
    assert old == {"what": "Lijst maken", "who": "Petra", "note": "", "due": None, "about": "n1"}
    edits.update_action(s, "a1", step="", about="n3", due=None)
    assert (a.step, a.about, a.due) == ("", "n3", None)


def test_adding_an_action():
    s = build_session()
    a = edits.add_action(s, " Bellen ", who=" Mo ", due=D, step="uitvoering", about="n2", index=0)
    assert s.actions[0] is a
    assert (a.id, a.what, a.who, a.due, a.step, a.about, a.status) == (
        "a5", "Bellen", "Mo", D, "uitvoering", "n2", "open",
    )  # fmt: skip
    b = edits.add_action(s, "Mailen", index=99)
    assert s.actions[-1] is b and b.id == "a6" and b.who == ""
    refused(s, lambda: edits.add_action(s, " "), t("model.empty", field=t("field.what")))
    refused(
        s, lambda: edits.add_action(s, "x", step="elders"), t("model.unknown_step", step="elders")
    )
    assert [x.id for x in s.actions] == ["a5", "a1", "a2", "a3", "a4", "a6"]


def test_an_action_from_an_item():
    s = build_session()
    a = edits.action_from_item(s, "r1", who="Mo")
    assert (a.what, a.step, a.about, a.who) == (
        "Tekorten vóór 14:00 doorgeven",
        "voorbereiding",
        "r1",
        "Mo",
    )
    b = edits.action_from_item(s, "n2", what="Eigen tekst")
    assert (b.what, b.step, b.about) == ("Eigen tekst", "uitvoering", "n2")


def test_complete_and_reopen():
    s = build_session()
    assert edits.complete_action(s, "a1", D) == {"status": "open", "done": None}
    assert (s.action("a1").status, s.action("a1").done) == ("done", D)
    assert edits.reopen_action(s, "a1") == {"status": "done", "done": D}
    assert (s.action("a1").status, s.action("a1").done) == ("open", None)


def test_remove_and_restore_an_action_at_its_place():
    s = build_session()
    index, action = edits.remove_action(s, "a2")
    assert index == 1 and [a.id for a in s.actions] == ["a1", "a3", "a4"]
    assert s.last_ids["actions"] == 4  # remembered: a4 stays the highest issued
    assert edits.add_action(s, "x").id == "a5"
    edits.restore_action(s, index, action)
    assert [a.id for a in s.actions] == ["a1", "a2", "a3", "a4", "a5"]
    edits.remove_action(s, "a5")
    edits.remove_action(s, "a4")
    edits.restore_action(s, 99, action)
    assert s.actions[-1] is action
    edits.restore_action(s, -5, s.actions.pop())
    assert s.actions[0] is action


# --- items -------------------------------------------------------------------------------------


def test_items_are_cleaned_and_refused():
    s = build_session()
    item = edits.add_item(s, "uitvoering", "needs", " Iets\r\n", when=" vandaag ", index=0)
    assert s.step("uitvoering").needs[0] is item
    assert (item.id, item.what, item.when) == ("n4", "Iets", "vandaag")
    refused(
        s,
        lambda: edits.add_item(s, "uitvoering", "wishes", "x"),
        t("model.unknown_kind", kind="wishes"),
    )
    refused(
        s,
        lambda: edits.add_item(s, "uitvoering", "info", "x", why="y"),
        t("model.unknown_field", field="why", kind="info"),
    )
    refused(
        s,
        lambda: edits.add_item(s, "uitvoering", "asks", "  "),
        t("model.empty", field=t("field.what")),
    )
    refused(s, lambda: edits.update_item(s, "n1", what=""), t("model.empty", field=t("field.what")))
    assert edits.update_item(s, "n1", why=" nieuw ") == {"why": "Geen ritjes"}
    assert s.find_item("n1")[2].why == "nieuw"
    assert edits.update_item(s, "n1", why="") == {"why": "nieuw"}
    assert s.find_item("n1")[2].why == ""


def test_remove_an_item_unlinks_its_actions_and_restore_links_them_again():
    s = build_session()
    before = copy.deepcopy(s)
    removed = edits.remove_item(s, "n1")
    assert removed.unlinked_actions == ["a1"] and s.action("a1").about == ""
    assert (removed.step_id, removed.kind, removed.index) == ("voorbereiding", "needs", 0)
    assert s.last_ids["needs"] == 3
    edits.restore_item(s, removed)
    s.last_ids = before.last_ids
    assert s == before


def test_move_an_item():
    s = build_session()
    assert edits.move_item(s, "n1", "uitvoering", 1) == ("voorbereiding", 0)
    assert [i.id for i in s.step("uitvoering").needs] == ["n2", "n1", "n3"]
    assert s.step("voorbereiding").needs == []
    assert edits.move_item(s, "n1", "uitvoering") == ("uitvoering", 1)
    assert [i.id for i in s.step("uitvoering").needs] == ["n2", "n3", "n1"]
    assert edits.move_item(s, "n1", "uitvoering", -3) == ("uitvoering", 2)
    assert [i.id for i in s.step("uitvoering").needs] == ["n1", "n2", "n3"]


# --- the chain ---------------------------------------------------------------------------------


def test_steps_get_ids_from_their_names():
    s = build_session()
    assert edits.add_step(s, " Uitvoering ").id == "uitvoering-2"
    assert edits.add_step(s, "Uitvoering").id == "uitvoering-3"
    assert edits.add_step(s, "!!!", index=0).id == "stap"
    assert s.steps[0].id == "stap" and s.steps[-1].id == "uitvoering-3"
    assert edits.add_step(s, "???").id == "stap-2"
    refused(s, lambda: edits.add_step(s, "  "), t("model.empty", field=t("field.name")))
    assert edits.rename_step(s, "stap", " Begin\n ") == "!!!"
    assert s.step("stap").name == "Begin"
    refused(s, lambda: edits.rename_step(s, "stap", ""), t("model.empty", field=t("field.name")))


def test_move_a_step():
    s = build_session()
    assert edits.move_step(s, "facturatie", 0) == 2
    assert [x.id for x in s.steps] == ["facturatie", "voorbereiding", "uitvoering"]
    assert edits.move_step(s, "facturatie", 99) == 0
    assert [x.id for x in s.steps][-1] == "facturatie"


def test_people_and_customers_of_a_step():
    s = build_session()
    assert edits.set_people(s, "uitvoering", [" Ali ", "", "Bo", "Ali", "C\nD"]) == ["Mo Bakker"]
    assert s.step("uitvoering").people == ["Ali", "Bo", "C D"]
    assert edits.set_customers(s, "uitvoering", ["Facturatie", " "]) == []
    assert s.step("uitvoering").customers == ["Facturatie"]


def test_a_step_with_items_or_actions_is_only_removed_on_request():
    s = build_session()
    name = s.step("voorbereiding").name
    refused(s, lambda: edits.remove_step(s, "voorbereiding"), t("model.step_not_empty", step=name))
    refused(
        s, lambda: edits.remove_step(s, "facturatie"), t("model.step_not_empty", step="Facturatie")
    )
    refused(
        s,
        lambda: edits.remove_step(s, "uitvoering", move_to="uitvoering"),
        t("model.unknown_step", step="uitvoering"),
    )
    with pytest.raises(ModelError):
        edits.remove_step(s, "uitvoering", move_to="elders")
    empty = edits.add_step(s, "Leeg")
    edits.remove_step(s, empty.id)
    assert not s.has_step(empty.id)


def test_removing_a_step_with_all_and_putting_it_back():
    s = build_session()
    s.action("a2").about = "n1"  # an action of another step about one of its items
    before = copy.deepcopy(s)
    removed = edits.remove_step(s, "voorbereiding", move_to="")
    assert not s.has_step("voorbereiding")
    assert [a.id for a in s.actions] == ["a2", "a3", "a4"]
    assert s.action("a2").about == ""
    assert removed.unlinked_actions == [("a2", "n1")]
    assert removed.moved_to == "" and removed.index == 0
    assert s.last_ids == {**s.last_ids, "needs": 3, "asks": 1, "info": 1, "actions": 4}
    edits.restore_step(s, removed)
    s.last_ids = before.last_ids
    assert s == before


def test_removing_a_step_moves_its_items_and_actions_and_back():
    s = build_session()
    before = copy.deepcopy(s)
    removed = edits.remove_step(s, "voorbereiding", move_to="facturatie")
    target = s.step("facturatie")
    assert [i.id for i in target.needs] == ["n1"]
    assert [i.id for i in target.asks] == ["r1"] and [i.id for i in target.info] == ["c1"]
    assert s.action("a1").step == "facturatie"
    assert removed.moved_items == {"needs": ["n1"], "asks": ["r1"], "info": ["c1"]}
    assert removed.actions == [(0, s.action("a1"), "voorbereiding")]
    edits.restore_step(s, removed)
    s.last_ids = before.last_ids
    assert s == before


# --- meeting, customer, participants, feedback, script ------------------------------------------


def test_meeting_values_are_cleaned_and_checked():
    s = build_session()
    old = edits.update_meeting(
        s,
        organisation=" Jansen\nBV ",
        title=" Titel ",
        location=" Zaal ",
        facilitator=" Fa ",
        reason=" Waarom\r\nzo ",
        goal=" Doel ",
        previous=" vorige.toml ",
        follow_up=D,
        closed=1,
    )
    m = s.meeting
    assert (m.organisation, m.title, m.location, m.facilitator) == (
        "Jansen BV",
        "Titel",
        "Zaal",
        "Fa",
    )
    assert (m.reason, m.goal, m.previous, m.follow_up, m.closed) == (
        "Waarom\nzo", "Doel", "vorige.toml", D, True,
    )  # fmt: skip
    assert old["organisation"] == "Loodgietersbedrijf Jansen" and old["closed"] is False
    edits.update_meeting(s, follow_up=None, closed=0)
    assert s.meeting.follow_up is None and s.meeting.closed is False
    refused(
        s,
        lambda: edits.update_meeting(s, organisation=" "),
        t("model.empty", field=t("meeting.organisation")),
    )
    refused(s, lambda: edits.update_meeting(s, previous="a/b.toml"), t("file.bad_previous"))
    refused(s, lambda: edits.update_meeting(s, previous="a\\b.toml"), t("file.bad_previous"))
    refused(
        s, lambda: edits.update_meeting(s, date=None), t("model.empty", field=t("meeting.date"))
    )
    refused(
        s,
        lambda: edits.update_meeting(s, date=datetime(2026, 1, 1)),
        t("model.unknown_field", field="date", kind="meeting"),
    )
    refused(
        s,
        lambda: edits.update_meeting(s, follow_up="morgen"),
        t("model.unknown_field", field="follow_up", kind="meeting"),
    )
    refused(
        s,
        lambda: edits.update_meeting(s, title="ok", colour="x"),
        t("model.unknown_field", field="colour", kind="meeting"),
    )
    edits.update_meeting(s, date=D)
    assert s.meeting.date == D


def test_the_customer():
    s = build_session()
    s.customer.expectations = ["Oud"]
    old = edits.set_customer(s, name=" Klant\nB ", expectations=[" a\r\nb ", " ", "c"])
    assert (old.name, old.expectations) == (build_session().customer.name, ["Oud"])
    assert s.customer.name == "Klant B" and s.customer.expectations == ["a\nb", "c"]
    assert old.expectations is not s.customer.expectations
    edits.set_customer(s)
    assert s.customer.name == "Klant B"
    refused(s, lambda: edits.set_customer(s, name=" "), t("model.empty", field=t("field.name")))


def test_participants():
    s = build_session()
    p = edits.add_participant(s, " Zoë\n", " stagiair ", 0, index=0)
    assert s.participants[0] is p and p == Participant("Zoë", "stagiair", False)
    old = edits.update_participant(s, 0, name=" Zo ", role=" baas ", present=1)
    assert old == p and s.participants[0] == Participant("Zo", "baas", True)
    refused(s, lambda: edits.add_participant(s, " "), t("model.empty", field=t("field.name")))
    refused(
        s, lambda: edits.update_participant(s, 0, name=""), t("model.empty", field=t("field.name"))
    )
    refused(
        s,
        lambda: edits.update_participant(s, 0, role="x", age=3),
        t("model.unknown_field", field="age", kind="participants"),
    )
    assert edits.remove_participant(s, 0) == Participant("Zo", "baas", True)
    edits.add_participant(s, "Laatste", index=99)
    assert s.participants[-1].name == "Laatste" and s.participants[-1].present


def test_feedback():
    s = build_session()
    r = edits.add_feedback(s, " Goed\r\n", " Mo\n", index=0)
    assert s.feedback[0] is r and (r.what, r.who) == ("Goed", "Mo")
    assert edits.update_feedback(s, 0, who=" Ali ") == r
    assert (s.feedback[0].what, s.feedback[0].who) == ("Goed", "Ali")
    edits.update_feedback(s, 0, what=" Beter ")
    assert (s.feedback[0].what, s.feedback[0].who) == ("Beter", "Ali")
    refused(
        s, lambda: edits.update_feedback(s, 0, what=" "), t("model.empty", field=t("field.what"))
    )
    refused(s, lambda: edits.add_feedback(s, ""), t("model.empty", field=t("field.what")))
    assert edits.remove_feedback(s, 0).what == "Beter"


def test_the_script():
    s = build_session()
    assert edits.set_agenda(s, "3e", spent=120) == AgendaItem("3e")
    assert edits.set_agenda(s, "3a", done=1, timebox=10) == AgendaItem("3a")
    assert s.agenda == [AgendaItem("3a", done=True, timebox=10), AgendaItem("3e", spent=120)]
    assert edits.set_agenda(s, "3a", done=False, timebox=0) == AgendaItem("3a", True, timebox=10)
    assert s.agenda == [AgendaItem("3e", spent=120)]  # blank again: gone
    assert edits.set_agenda(s, "3e", spent=0, timebox=0) == AgendaItem("3e", spent=120)
    assert s.agenda == []
    refused(s, lambda: edits.set_agenda(s, "9z", done=True), t("model.unknown_id", id="9z"))
    refused(s, lambda: edits.set_agenda(s, "3a", timebox=-1), t("model.negative"))
    refused(s, lambda: edits.set_agenda(s, "3a", spent=-1), t("model.negative"))
    edits.set_agenda(s, "3b", timebox=5)
    assert edits.set_agenda(s, "3b") == AgendaItem("3b", timebox=5)
    assert s.agenda == [AgendaItem("3b", timebox=5)]


def test_defaults_and_the_old_customer_is_a_snapshot():
    s = build_session()
    assert edits.add_participant(s, "Kees") == Participant("Kees", "", True)
    assert (edits.add_feedback(s, "Prima").who, s.feedback[-1].who) == ("", "")
    s.customer.expectations = ["Een"]
    old = edits.set_customer(s, name="Ander")
    s.customer.expectations.append("Twee")  # the live list changes later
    assert old.expectations == ["Een"]
