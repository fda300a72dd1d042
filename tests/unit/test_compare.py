"""compare_sessions: steps, items and action points matched by id, each action in one group.

Most tests start from the small session of the conftest, make its follow-up with
:func:`tui.core.followup.follow_up` (so the two share every id, as in real use) and change the
follow-up through the model's own edit functions, the way the app would.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from tui.core import edits
from tui.core.compare import ACTION_GROUPS, Comparison, compare_sessions
from tui.core.followup import follow_up
from tui.core.model import Action, Customer, Item, Meeting, Session, Step
from tui.storage.toml_format import load_session

from .conftest import REPO, build_session

NEW_DATE = date(2026, 12, 3)  # the follow-up of build_session(), held on its agreed date


def pair(**actions: Action) -> tuple[Session, Session]:
    """The conftest session and its follow-up on NEW_DATE (with extra actions in both)."""
    old = build_session()
    old.actions.extend(actions.values())
    return old, follow_up(old, "old.toml", NEW_DATE)


def groups(c: Comparison) -> dict[str, list[str]]:
    return {name: c.actions.group(name) for name in ACTION_GROUPS}


def only_group(c: Comparison, action_id: str) -> str:
    """The group of ``action_id``, checking that it is in exactly one."""
    found = [name for name, ids in groups(c).items() if action_id in ids]
    assert len(found) == 1, found
    return found[0]


# --- action groups ----------------------------------------------------------------------------


def test_done_before_due_is_on_time_and_done_after_due_is_late():
    old, new = pair(
        a10=Action("a10", "Vroeg", "Piet", due=date(2026, 10, 1)),
        a11=Action("a11", "Laat", "Piet", due=date(2026, 10, 1)),
    )
    edits.complete_action(new, "a10", date(2026, 9, 20))
    edits.complete_action(new, "a11", date(2026, 10, 2))
    c = compare_sessions(old, new)
    assert only_group(c, "a10") == "done_on_time"
    assert only_group(c, "a11") == "done_late"
    assert {"a10", "a11"} <= set(c.actions.done_since)


def test_done_exactly_on_the_due_date_is_on_time():
    old, new = pair(a10=Action("a10", "Precies", "Piet", due=date(2026, 10, 1)))
    edits.complete_action(new, "a10", date(2026, 10, 1))
    assert only_group(compare_sessions(old, new), "a10") == "done_on_time"


def test_done_without_a_date_is_late_when_it_was_overdue_by_the_new_meeting():
    old, new = pair(a10=Action("a10", "Zonder datum", "Piet", due=date(2026, 10, 1)))
    edits.update_action(new, "a10", status="done")
    assert new.action("a10").done is None
    assert only_group(compare_sessions(old, new), "a10") == "done_late"


def test_done_without_a_date_is_on_time_when_not_yet_due_at_the_new_meeting():
    old, new = pair(
        a10=Action("a10", "Nog niet nodig", "Piet", due=date(2027, 1, 15)),
        a11=Action("a11", "Op de dag zelf", "Piet", due=NEW_DATE),
    )
    edits.update_action(new, "a10", status="done")
    edits.update_action(new, "a11", status="done")
    c = compare_sessions(old, new)
    assert only_group(c, "a10") == "done_on_time"
    assert only_group(c, "a11") == "done_on_time"


def test_done_without_a_date_already_at_the_old_meeting_counts_from_the_old_date():
    """Done by the old meeting (2026-09-03) and due after it: it cannot have been late."""
    old, new = pair(a10=Action("a10", "Al klaar", "Piet", due=date(2026, 9, 30), status="done"))
    assert only_group(compare_sessions(old, new), "a10") == "done_on_time"


def test_dropped_overdue_open_and_new():
    old, new = pair(
        a10=Action("a10", "Vervalt", "Piet", due=date(2026, 10, 1)),
        a11=Action("a11", "Te laat", "Piet", due=date(2026, 12, 2)),
        a12=Action("a12", "Nog even", "Piet", due=NEW_DATE),
        a13=Action("a13", "Later", "Piet", due=date(2027, 3, 1)),
    )
    edits.drop_action(new, "a10", "niet meer nodig")
    added = edits.add_action(new, "Nieuw werk", who="Mo", due=date(2027, 1, 1))
    c = compare_sessions(old, new)
    assert only_group(c, "a10") == "dropped"
    assert only_group(c, "a11") == "overdue"  # due the day before the meeting
    assert only_group(c, "a12") == "open"  # due on the meeting's day: not yet overdue
    assert only_group(c, "a13") == "open"
    assert only_group(c, added.id) == "new"
    assert added.id == "a14"  # the follow-up never reissues an id of the lineage


def test_an_action_in_both_without_a_due_date():
    old, new = pair(a10=Action("a10", "Ooit", "Piet"))
    c = compare_sessions(old, new)
    assert only_group(c, "a10") == "open"
    assert "a10" not in c.actions.postponed
    assert not [ch for ch in c.actions.changed if ch.id == "a10"]
    # Done, still without a due date: nothing to be late for.
    edits.complete_action(new, "a10", date(2026, 11, 1))
    assert only_group(compare_sessions(old, new), "a10") == "done_on_time"


def test_removed_action_is_its_own_group():
    old, new = pair()
    edits.remove_action(new, "a2")
    c = compare_sessions(old, new)
    assert only_group(c, "a2") == "removed"
    assert c.actions.entries["a2"].what == "App testen"
    assert c.has_differences


def test_postponed_and_reassigned_cut_across_groups():
    old, new = pair(
        a10=Action("a10", "Later klaar", "Piet", due=date(2026, 10, 1)),
        a11=Action("a11", "Ander", "Piet", due=date(2026, 10, 1)),
        a12=Action("a12", "Vervroegd", "Piet", due=date(2027, 2, 1)),
    )
    edits.update_action(new, "a10", due=date(2027, 1, 15))
    edits.update_action(new, "a11", who="Mo Bakker")
    edits.complete_action(new, "a11", date(2026, 9, 28))
    edits.update_action(new, "a12", due=date(2027, 1, 1))
    c = compare_sessions(old, new)
    assert c.actions.postponed == ["a10"]  # moved later; a12 moved earlier is no postponement
    assert c.actions.reassigned == ["a11"]
    assert only_group(c, "a10") == "open"  # judged by the due date as it stands now
    assert only_group(c, "a11") == "done_on_time"
    changes = {(ch.id, ch.field): (ch.old, ch.new) for ch in c.actions.changed}
    assert changes[("a10", "due")] == (date(2026, 10, 1), date(2027, 1, 15))
    assert changes[("a11", "who")] == ("Piet", "Mo Bakker")
    assert changes[("a12", "due")] == (date(2027, 2, 1), date(2027, 1, 1))


def test_kept_counts_done_of_the_old_actions_due_before_the_new_meeting():
    old, new = pair(
        a10=Action("a10", "Op tijd", "P", due=date(2026, 10, 1)),
        a11=Action("a11", "Te laat", "P", due=date(2026, 10, 1)),
        a12=Action("a12", "Niet gedaan", "P", due=date(2026, 10, 1)),
        a13=Action("a13", "Vervallen", "P", due=date(2026, 10, 1)),
        a14=Action("a14", "Nog niet nodig", "P", due=date(2027, 1, 1)),
    )
    edits.complete_action(new, "a10", date(2026, 9, 30))
    edits.complete_action(new, "a11", date(2026, 10, 9))
    edits.drop_action(new, "a13", "")
    edits.add_action(new, "Nieuw, al te laat", who="P", due=date(2026, 11, 1))
    c = compare_sessions(old, new)
    # Due before 2026-12-03 and not dropped: a2 (open), a10, a11, a12. Done: a10 and a11.
    # a3 is done but has no due date; a13 dropped; a14 not yet due; the new action is not counted.
    assert (c.kept.done, c.kept.due, c.kept.on_time) == (2, 4, 1)
    assert c.kept.percent == 50


def test_kept_without_anything_due():
    session = Session(Meeting("X", date(2026, 1, 1)), Customer("Klant"))
    c = compare_sessions(session, copy.deepcopy(session))
    assert (c.kept.done, c.kept.due, c.kept.percent) == (0, 0, None)


def test_action_whose_step_was_removed_with_its_actions():
    old, new = pair()
    edits.remove_step(new, "uitvoering", move_to="")
    c = compare_sessions(old, new)
    assert c.steps.removed == ["uitvoering"]
    assert only_group(c, "a2") == "removed"
    assert c.actions.entries["a2"].step == "uitvoering"
    assert c.step_name("uitvoering") == "Uitvoering"  # the old name, for the report
    assert [e.id for e in c.items.removed] == ["n2", "n3"]
    assert c.step_order[-1] == "uitvoering"


def test_action_whose_step_was_removed_and_moved_to_another_step():
    old, new = pair()
    edits.remove_step(new, "uitvoering", move_to="facturatie")
    c = compare_sessions(old, new)
    assert c.steps.removed == ["uitvoering"]
    assert only_group(c, "a2") == "overdue"  # due 2026-10-15, still open
    step_change = [ch for ch in c.actions.changed if ch.id == "a2"]
    assert [(ch.field, ch.old, ch.new) for ch in step_change] == [
        ("step", "uitvoering", "facturatie")
    ]
    assert [(m.id, m.old_step, m.new_step) for m in c.items.moved] == [
        ("n2", "uitvoering", "facturatie"),
        ("n3", "uitvoering", "facturatie"),
    ]
    assert not c.items.added and not c.items.removed


def test_every_action_is_in_exactly_one_group():
    old, new = pair()
    edits.complete_action(new, "a1", date(2026, 11, 1))
    edits.drop_action(new, "a2", "weg")
    edits.remove_action(new, "a4")
    edits.add_action(new, "Nieuw", who="X")
    c = compare_sessions(old, new)
    everything = {a.id for a in old.actions} | {a.id for a in new.actions}
    listed = [action_id for ids in groups(c).values() for action_id in ids]
    assert sorted(listed) == sorted(everything)


# --- steps ----------------------------------------------------------------------------------------


def test_renamed_step_with_the_same_id():
    old, new = pair()
    edits.rename_step(new, "voorbereiding", "Werkvoorbereiding")
    c = compare_sessions(old, new)
    assert [(r.id, r.old, r.new) for r in c.steps.renamed] == [
        ("voorbereiding", "Offerte en voorbereiding", "Werkvoorbereiding")
    ]
    assert not c.steps.added and not c.steps.removed and not c.items
    assert c.step_name("voorbereiding") == "Werkvoorbereiding"
    assert c.to_dict()["steps"]["renamed"] == [
        {"id": "voorbereiding", "old": "Offerte en voorbereiding", "new": "Werkvoorbereiding"}
    ]


def test_added_step_people_customers_and_order():
    old, new = pair()
    edits.set_people(new, "uitvoering", ["Mo Bakker", "Daan Verbeek"])
    edits.set_customers(new, "facturatie", ["Boekhouder"])
    step = edits.add_step(new, "Nazorg")
    edits.move_step(new, "facturatie", 0)
    c = compare_sessions(old, new)
    assert c.steps.added == [step.id] == ["nazorg"]
    assert [(p.step, p.added, p.removed) for p in c.steps.people] == [
        ("uitvoering", ["Daan Verbeek"], [])
    ]
    customers = {ch.step: ch for ch in c.steps.customers}
    # facturatie: the external customer before, now an explicit one.
    assert (customers["facturatie"].added, customers["facturatie"].removed) == (
        ["Boekhouder"],
        ["Opdrachtgever"],
    )
    # voorbereiding's customers are uitvoering's people: Daan is new there too.
    assert customers["voorbereiding"].added == ["Daan Verbeek"]
    assert customers["voorbereiding"].via == "uitvoering"
    # uitvoering was followed by facturatie (Petra Jansen), now by the new last step "nazorg".
    assert customers["uitvoering"].removed == ["Petra Jansen"]
    assert c.steps.order == (
        ["voorbereiding", "uitvoering", "facturatie"],
        ["facturatie", "voorbereiding", "uitvoering", "nazorg"],
    )


def test_adding_a_step_at_the_end_is_no_reordering():
    old, new = pair()
    edits.add_step(new, "Nazorg")
    assert compare_sessions(old, new).steps.order is None


# --- items ----------------------------------------------------------------------------------------


def test_items_added_removed_and_changed_per_field():
    old, new = pair()
    edits.update_item(new, "n1", what="Materiaallijst per klus, met artikelnummers", why="")
    edits.update_item(new, "r1", when="Vóór 13:00")
    edits.remove_item(new, "c1")
    added = edits.add_item(new, "uitvoering", "asks", "Sleutel ophalen", when="Dag ervoor")
    c = compare_sessions(old, new)
    assert [(e.id, e.kind, e.step) for e in c.items.added] == [(added.id, "asks", "uitvoering")]
    assert added.id == "r2"
    assert [(e.id, e.kind, e.step, e.texts) for e in c.items.removed] == [
        ("c1", "info", "voorbereiding", {"what": "Planning in de gedeelde agenda"})
    ]
    assert [(ch.id, ch.field, ch.old, ch.new) for ch in c.items.changed] == [
        ("n1", "what", "Materiaallijst per klus", "Materiaallijst per klus, met artikelnummers"),
        ("n1", "why", "Geen ritjes", ""),
        ("r1", "when", "Dagelijks", "Vóór 13:00"),
    ]
    data = c.to_dict()["items"]
    assert data["added"] == ["r2"] and data["removed"] == ["c1"]
    assert data["changed"][0] == {
        "id": "n1", "kind": "needs", "step": "voorbereiding", "field": "what",
        "old": "Materiaallijst per klus", "new": "Materiaallijst per klus, met artikelnummers",
    }  # fmt: skip


def test_item_moved_to_another_step_is_reported_as_moved():
    old, new = pair()
    edits.move_item(new, "n3", "facturatie")
    edits.update_item(new, "n3", what="Foto's van de meterkast, vóór en na")
    c = compare_sessions(old, new)
    assert [(m.id, m.kind, m.old_step, m.new_step) for m in c.items.moved] == [
        ("n3", "needs", "uitvoering", "facturatie")
    ]
    assert not c.items.added and not c.items.removed
    assert [(ch.id, ch.step, ch.field) for ch in c.items.changed] == [("n3", "facturatie", "what")]
    assert c.items.steps() == {"uitvoering", "facturatie"}
    assert c.to_dict()["items"]["moved"] == [
        {"id": "n3", "kind": "needs", "old_step": "uitvoering", "new_step": "facturatie"}
    ]


def test_reordering_items_within_a_step_is_no_difference():
    old, new = pair()
    edits.move_item(new, "n3", "uitvoering", 0)
    c = compare_sessions(old, new)
    assert not c.items


# --- customer, participants, meeting --------------------------------------------------------------


def test_expectations_participants_and_meeting_data():
    old, new = pair()
    edits.set_customer(new, name="De klant", expectations=["Volgens afspraak", "Schoon opgeleverd"])
    edits.add_participant(new, "Daan Verbeek", "monteur")
    edits.remove_participant(new, 0)  # Petra Jansen
    edits.update_participant(new, 0, present=True)  # Mo Bakker was absent
    edits.update_meeting(new, location="Werkplaats")
    c = compare_sessions(old, new)
    assert (c.customer_name.old, c.customer_name.new) == ("Opdrachtgever", "De klant")
    assert c.expectations_added == ["Schoon opgeleverd"]
    assert c.expectations_removed == ["Werk naar tevredenheid"]
    assert [p.name for p in c.joined] == ["Daan Verbeek"]
    assert [p.name for p in c.left] == ["Petra Jansen"]
    assert [(ch.name, ch.field, ch.old, ch.new) for ch in c.participants_changed] == [
        ("Mo Bakker", "present", False, True)
    ]
    # the title named the old meeting: a follow-up starts without one (test_followup_carry.py)
    assert {ch.field for ch in c.meeting} == {"date", "title", "follow_up", "previous", "location"}
    data = c.to_dict()
    assert data["customer"]["expectations"] == {
        "added": ["Schoon opgeleverd"],
        "removed": ["Werk naar tevredenheid"],
    }
    assert data["participants"]["joined"] == ["Daan Verbeek"] and data["participants"]["left"] == [
        "Petra Jansen"
    ]
    assert {"field": "location", "old": "", "new": "Werkplaats"} in data["meeting"]["changed"]


# --- identical sessions, the example pair, size ---------------------------------------------------


def test_identical_sessions_have_no_differences():
    session = build_session()
    c = compare_sessions(session, copy.deepcopy(session), old_name="a.toml", new_name="a.toml")
    assert not c.has_differences
    assert not (c.meeting or c.steps or c.items or c.actions or c.joined or c.left)
    assert not (c.expectations_added or c.expectations_removed or c.participants_changed)
    assert not c.actions.changed and not c.actions.postponed and not c.actions.reassigned
    # The register is still reported: on the session's own date a2 (due 2026-10-15) is open.
    assert only_group(c, "a2") == "open"
    data = c.to_dict()
    assert data["differences"] is False
    assert data["items"] == {
        "added": [], "removed": [], "changed": [], "moved": [],
        "added_items": [], "removed_items": [],
    }  # fmt: skip


def test_the_example_pair():
    old = load_session(REPO / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml")
    new = load_session(REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml")
    c = compare_sessions(old, new)
    assert groups(c) == {
        "done_on_time": ["a1", "a5", "a8", "a13"],
        "done_late": ["a3", "a7", "a10"],
        "dropped": ["a4", "a14"],
        "overdue": ["a2", "a6", "a11"],
        "open": ["a9", "a12"],
        "new": ["a15", "a16", "a17"],
        "removed": [],
    }
    assert (c.actions.postponed, c.actions.reassigned) == (["a9"], ["a12"])
    assert [e.id for e in c.items.added] == ["n18", "c13"]
    assert [e.id for e in c.items.removed] == ["c10"]
    assert [(ch.id, ch.field) for ch in c.items.changed] == [("n14", "what")]
    assert [(p.step, p.added) for p in c.steps.people] == [("uitvoering", ["Daan Verbeek"])]
    assert ([p.name for p in c.joined], [p.name for p in c.left]) == (
        ["Daan Verbeek"],
        ["Thijs Hendriks"],
    )


def test_to_dict_is_json_and_has_the_agreed_shape():
    old, new = pair()
    edits.complete_action(new, "a2", date(2026, 10, 10))
    data = json.loads(
        json.dumps(compare_sessions(old, new, old_name="a.toml", new_name="b.toml").to_dict())
    )
    assert data["old"] == "a.toml" and data["new"] == "b.toml"
    assert set(data["steps"]) >= {"added", "removed", "renamed"}
    assert set(data["items"]) >= {"added", "removed", "changed"}
    assert set(data["actions"]) >= {
        "done_on_time", "done_late", "dropped", "overdue", "open", "new", "postponed", "reassigned"
    }  # fmt: skip
    assert set(data["kept"]) >= {"done", "due"}
    assert data["actions"]["details"]["a2"]["done"] == "2026-10-10"
    assert {"id": "a2", "field": "done", "old": None, "new": "2026-10-10"} in data["actions"][
        "changed"
    ]


def big_session(actions: int, *, steps: int = 20, items: int = 50) -> Session:
    """A large session built directly (the model's edit functions would take seconds)."""
    session = Session(Meeting("Groot BV", date(2026, 11, 26)), Customer("Klant"))
    number = 0
    for s in range(steps):
        step = Step(f"stap-{s}", f"Stap {s}", people=[f"Mens {s}"])
        for _ in range(items):
            number += 1
            step.needs.append(Item(f"n{number}", f"Behoefte {number}", "Snel", "Daarom"))
            step.asks.append(Item(f"r{number}", f"Vraag {number}"))
            step.info.append(Item(f"c{number}", f"Afspraak {number}"))
        session.steps.append(step)
    for n in range(1, actions + 1):
        session.actions.append(
            Action(
                f"a{n}",
                f"Actie {n}",
                f"Mens {n % 30}",
                step=f"stap-{n % steps}",
                due=date(2026, 9, 1) + timedelta(days=n % 200),
            )
        )
    return session


def test_two_thousand_actions():
    old = big_session(2000)
    new = follow_up(old, "groot.toml", date(2027, 2, 1))
    for action in new.actions[::4]:
        action.status, action.done = "done", action.due
    for action in new.actions[1::8]:
        action.due = action.due + timedelta(days=90)
    c = compare_sessions(old, new)
    assert len(c.actions.done_on_time) == 500
    assert len(c.actions.postponed) == 250
    assert sum(len(ids) for ids in groups(c).values()) == 2000
    assert len(c.items.added) == len(c.items.removed) == len(c.items.changed) == 0


# --- the core stays free of the UI ----------------------------------------------------------------

PROBE = """
import json, sys
import tui.core.compare, tui.core.followup
ui = sorted(
    n for n in sys.modules if n in ("textual", "rich") or n.startswith(("textual.", "rich."))
)
print(json.dumps(ui))
"""


@pytest.mark.parametrize("extra", ["", "import rich.text"])
def test_compare_and_followup_import_neither_textual_nor_rich(extra):
    """In a fresh interpreter; the second case shows the probe does notice Rich."""
    result = subprocess.run(
        [sys.executable, "-c", extra + "\n" + PROBE],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    ui = json.loads(result.stdout.strip().splitlines()[-1])
    if extra:
        assert "rich.text" in ui
    else:
        assert ui == []


@pytest.mark.parametrize(
    ("due_offset", "counted"),
    [(-1, True), (0, True), (1, False)],
    ids=["due the day before", "due on the day of the meeting", "due the day after"],
)
def test_kept_counts_what_was_due_by_the_meeting_on_or_before_its_date(due_offset, counted):
    """Due on the day of the new meeting and done that day: kept, and on time."""
    old, new = pair()
    meeting = new.meeting.date
    due = meeting + timedelta(days=due_offset)
    edits.add_action(old, "Precies op de dag", who="P", due=due)
    new.actions.append(copy.deepcopy(old.actions[-1]))
    action_id = old.actions[-1].id
    others = compare_sessions(old, new).kept  # with the action still open
    if due_offset == 0:  # open on the meeting's day: not overdue before the day is out
        assert only_group(compare_sessions(old, new), action_id) == "open"
    edits.complete_action(new, action_id, min(due, meeting))
    kept = compare_sessions(old, new).kept
    assert kept.due == others.due  # counted as due whether done or not
    assert (kept.done - others.done, kept.on_time - others.on_time) == (
        (1, 1) if counted else (0, 0)
    )
    assert only_group(compare_sessions(old, new), action_id) == "done_on_time"


# --- nothing hides a change: later entries after an addition, and has_differences --------------


def test_a_step_added_first_hides_no_rename_or_people_change_after_it():
    old, new = pair()
    edits.add_step(new, "Eerste contact", index=0)  # a new step before every known one
    for step in new.steps[1:]:
        edits.rename_step(new, step.id, step.name + " (nieuw)")
        edits.set_people(new, step.id, [*step.people, "Nieuwe collega"])
    c = compare_sessions(old, new)
    known = [s.id for s in old.steps]
    assert [r.id for r in c.steps.renamed] == known
    assert [p.step for p in c.steps.people] == known
    assert all(p.added == ["Nieuwe collega"] for p in c.steps.people)


def test_a_joined_participant_hides_no_change_of_the_participants_after_them():
    old = build_session()
    new = copy.deepcopy(old)
    assert len(old.participants) >= 2
    edits.add_participant(new, "Nieuw Lid", "stagiair", index=0)
    for index in range(1, len(new.participants)):
        person = new.participants[index]
        edits.update_participant(
            new, index, role=person.role + " en meer", present=not person.present
        )
    c = compare_sessions(old, new)
    assert [p.name for p in c.joined] == ["Nieuw Lid"]
    changed = {(ch.name, ch.field) for ch in c.participants_changed}
    assert changed == {(p.name, f) for p in old.participants for f in ("role", "present")}


def _change_register(new: Session) -> None:
    edits.update_action(new, new.actions[0].id, due=date(2027, 1, 31))


def _add_action(new: Session) -> None:
    edits.add_action(new, "Iets nieuws", who="P")


def _remove_action(new: Session) -> None:
    edits.remove_action(new, new.actions[-1].id)


def _reorder_chain(new: Session) -> None:
    edits.move_step(new, new.steps[-1].id, 0)


def _rename_step(new: Session) -> None:
    edits.rename_step(new, new.steps[0].id, "Andere naam")


def _add_step(new: Session) -> None:
    edits.add_step(new, "Nazorg")


def _remove_step(new: Session) -> None:
    edits.remove_step(new, new.steps[-1].id, move_to=new.steps[0].id)


def _step_people(new: Session) -> None:
    edits.set_people(new, new.steps[0].id, ["Iemand Anders"])


def _step_customers(new: Session) -> None:
    edits.set_customers(new, new.steps[0].id, ["Een klant binnen"])


def _item_text(new: Session) -> None:
    _step, _kind, item = next(iter(new.iter_items()))
    edits.update_item(new, item.id, what=item.what + " en meer")


def _move_item(new: Session) -> None:
    _step, _kind, item = next(iter(new.iter_items()))
    edits.move_item(new, item.id, new.steps[-1].id)


def _expectation(new: Session) -> None:
    edits.set_customer(new, expectations=[*new.customer.expectations, "Snel antwoord"])


def _customer_name(new: Session) -> None:
    edits.set_customer(new, name="Een andere klant")


def _participant(new: Session) -> None:
    edits.update_participant(new, 0, role="iets anders")


def _meeting(new: Session) -> None:
    edits.update_meeting(new, location="Elders")


@pytest.mark.parametrize(
    "change",
    [
        _change_register,
        _add_action,
        _remove_action,
        _reorder_chain,
        _rename_step,
        _add_step,
        _remove_step,
        _step_people,
        _step_customers,
        _item_text,
        _move_item,
        _expectation,
        _customer_name,
        _participant,
        _meeting,
    ],
)
def test_has_differences_sees_every_kind_of_change_alone(change):
    old = build_session()
    new = copy.deepcopy(old)
    assert not compare_sessions(old, new).has_differences
    change(new)
    c = compare_sessions(old, new)
    assert c.has_differences
    assert c.to_dict()["differences"] is True
