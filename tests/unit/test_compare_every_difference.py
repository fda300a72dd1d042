"""compare_sessions on a pair with a difference of every kind: the whole JSON-ready result,
field by field (what ``compare --format json`` prints), and each kind of difference alone."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from tui.core.compare import (
    FieldChange,
    Kept,
    ParticipantChange,
    ParticipantEntry,
    compare_sessions,
)
from tui.core.model import Action, Item, Participant, Step

from .conftest import build_session


def pair():
    old = build_session()
    old.actions.append(Action("a5", "Weg", "Ali", due=date(2026, 9, 20)))
    old.actions.append(Action("a6", "Uitstel", "Mo", due=date(2026, 9, 20)))
    old.actions.append(Action("a7", "Laat", "Mo", due=date(2026, 9, 20)))
    old.actions.append(Action("a8", "Open", "Mo", due=date(2026, 9, 25)))
    new = copy.deepcopy(old)
    new.meeting.date = date(2026, 10, 1)
    new.meeting.title = "Tweede bijeenkomst"
    new.meeting.follow_up = date(2026, 11, 1)
    new.customer.name = "Klant B"
    new.customer.expectations = ["Snel", "Compleet"]
    old.customer.expectations = ["Compleet", "Goedkoop"]
    new.participants.append(Participant("Zoë", "stagiair"))
    new.participants[0].present = False
    new.participants[1].role = "baas"
    old.participants.append(Participant("Kees", "chef"))
    new.steps[1].name = "Uitvoering op locatie"
    new.steps[1].people = ["Mo Bakker", "Ali"]
    new.steps.insert(2, Step("controle", "Controle", people=["Eva"]))
    new.steps[0].needs[0].when = "Twee dagen vóór de start"
    new.steps[0].needs.append(Item("n4", "Nieuw"))
    new.steps[1].needs = [i for i in new.steps[1].needs if i.id != "n3"]
    new.steps[3].info.append(new.steps[0].info.pop())
    new.action("a1").status = "done"
    new.action("a1").done = date(2026, 9, 15)
    new.action("a2").who = "Ali"
    new.actions = [a for a in new.actions if a.id != "a5"]
    new.action("a6").due = date(2026, 10, 20)
    new.action("a7").status = "done"
    new.action("a7").done = date(2026, 9, 25)
    new.actions.append(Action("a9", "Nieuw", "Eva", step="controle"))
    return old, new


EXPECTED = {
    "old": "oud.toml",
    "new": "nieuw.toml",
    "organisation": "Loodgietersbedrijf Jansen",
    "differences": True,
    "meeting": {
        "old_date": "2026-09-03",
        "new_date": "2026-10-01",
        "changed": [
            {"field": "date", "old": "2026-09-03", "new": "2026-10-01"},
            {
                "field": "title",
                "old": "Interne klanten, eerste bijeenkomst",
                "new": "Tweede bijeenkomst",
            },
            {"field": "follow_up", "old": "2026-12-03", "new": "2026-11-01"},
        ],
    },
    "customer": {
        "name": {"field": "name", "old": "Opdrachtgever", "new": "Klant B"},
        "expectations": {"added": ["Snel"], "removed": ["Goedkoop"]},
    },
    "participants": {
        "joined": ["Zoë"],
        "left": ["Kees"],
        "changed": [
            {"name": "Petra Jansen", "field": "present", "old": True, "new": False},
            {"name": "Mo Bakker", "field": "role", "old": "monteur", "new": "baas"},
        ],
    },
    "steps": {
        "added": ["controle"],
        "removed": [],
        "renamed": [{"id": "uitvoering", "old": "Uitvoering", "new": "Uitvoering op locatie"}],
        "people": [{"id": "uitvoering", "added": ["Ali"], "removed": []}],
        "customers": [
            {"id": "voorbereiding", "added": ["Ali"], "removed": [], "via": "uitvoering"},
            {"id": "uitvoering", "added": ["Eva"], "removed": ["Petra Jansen"], "via": "controle"},
            {"id": "facturatie", "added": ["Klant B"], "removed": ["Opdrachtgever"]},
        ],
        "order": None,
        "names": {
            "voorbereiding": "Offerte en voorbereiding",
            "uitvoering": "Uitvoering op locatie",
            "facturatie": "Facturatie",
            "controle": "Controle",
        },
    },
    "items": {
        "added": ["n4"],
        "removed": ["n3"],
        "changed": [
            {
                "id": "n1",
                "kind": "needs",
                "step": "voorbereiding",
                "field": "when",
                "old": "De dag vóór de start",
                "new": "Twee dagen vóór de start",
            }
        ],
        "moved": [
            {"id": "c1", "kind": "info", "old_step": "voorbereiding", "new_step": "facturatie"}
        ],
        "added_items": [
            {
                "id": "n4",
                "kind": "needs",
                "step": "voorbereiding",
                "what": "Nieuw",
                "when": "",
                "why": "",
            }
        ],
        "removed_items": [
            {
                "id": "n3",
                "kind": "needs",
                "step": "uitvoering",
                "what": "Foto's van de meterkast",
                "when": "",
                "why": "",
            }
        ],
    },
    "actions": {
        "done_on_time": ["a1", "a3"],
        "done_late": ["a7"],
        "dropped": ["a4"],
        "overdue": ["a8"],
        "open": ["a2", "a6"],
        "new": ["a9"],
        "removed": ["a5"],
        "postponed": ["a6"],
        "reassigned": ["a2"],
        "done_since": ["a1", "a7"],
        "changed": [
            {"id": "a1", "field": "status", "old": "open", "new": "done"},
            {"id": "a1", "field": "done", "old": None, "new": "2026-09-15"},
            {"id": "a2", "field": "who", "old": "Mo", "new": "Ali"},
            {"id": "a6", "field": "due", "old": "2026-09-20", "new": "2026-10-20"},
            {"id": "a7", "field": "status", "old": "open", "new": "done"},
            {"id": "a7", "field": "done", "old": None, "new": "2026-09-25"},
        ],
        "details": {
            "a1": {
                "what": "Lijst maken",
                "who": "Petra",
                "step": "voorbereiding",
                "due": None,
                "status": "done",
                "done": "2026-09-15",
                "note": "",
            },
            "a2": {
                "what": "App testen",
                "who": "Ali",
                "step": "uitvoering",
                "due": "2026-10-15",
                "status": "open",
                "done": None,
                "note": "",
            },
            "a3": {
                "what": "Bellen",
                "who": "Petra",
                "step": "",
                "due": None,
                "status": "done",
                "done": "2026-09-10",
                "note": "",
            },
            "a4": {
                "what": "Map",
                "who": "Mo",
                "step": "facturatie",
                "due": None,
                "status": "dropped",
                "done": None,
                "note": "Niet nodig",
            },
            "a6": {
                "what": "Uitstel",
                "who": "Mo",
                "step": "",
                "due": "2026-10-20",
                "status": "open",
                "done": None,
                "note": "",
            },
            "a7": {
                "what": "Laat",
                "who": "Mo",
                "step": "",
                "due": "2026-09-20",
                "status": "done",
                "done": "2026-09-25",
                "note": "",
            },
            "a8": {
                "what": "Open",
                "who": "Mo",
                "step": "",
                "due": "2026-09-25",
                "status": "open",
                "done": None,
                "note": "",
            },
            "a9": {
                "what": "Nieuw",
                "who": "Eva",
                "step": "controle",
                "due": None,
                "status": "open",
                "done": None,
                "note": "",
            },
            "a5": {
                "what": "Weg",
                "who": "Ali",
                "step": "",
                "due": "2026-09-20",
                "status": "open",
                "done": None,
                "note": "",
            },
        },
    },
    "kept": {"done": 1, "due": 2, "on_time": 0, "percent": 50},
}


def test_a_difference_of_every_kind():
    old, new = pair()
    result = compare_sessions(old, new, old_name="oud.toml", new_name="nieuw.toml")
    assert result.to_dict() == EXPECTED
    assert result.step_name("controle") == "Controle"
    assert result.step_name("weg") == "weg"
    assert result.step_order == ["voorbereiding", "uitvoering", "controle", "facturatie"]
    assert result.items.steps() == {"voorbereiding", "uitvoering", "facturatie"}
    assert result.actions.before["a2"].who == "Mo" and result.actions.entries["a2"].who == "Ali"
    assert "a9" not in result.actions.before


def test_the_same_sessions_have_no_difference():
    old, _new = pair()
    result = compare_sessions(old, copy.deepcopy(old))
    assert not result.has_differences
    data = result.to_dict()
    assert data["differences"] is False
    assert data["customer"]["name"] is None and data["steps"]["order"] is None


SINGLE = {
    "meeting": lambda s: setattr(s.meeting, "location", "Zaal 2"),
    "customer": lambda s: setattr(s.customer, "name", "Ander"),
    "expectation added": lambda s: s.customer.expectations.append("Nieuw"),
    "expectation removed": lambda s: s.customer.expectations.clear(),
    "joined": lambda s: s.participants.append(Participant("Zoë")),
    "left": lambda s: s.participants.pop(),
    "present": lambda s: setattr(s.participants[0], "present", False),
    "step added": lambda s: s.steps.append(Step("nieuw", "Nieuw")),
    "step removed": lambda s: s.steps.pop(),
    "renamed": lambda s: setattr(s.steps[0], "name", "Anders"),
    "people": lambda s: s.steps[0].people.append("Ali"),
    "customers": lambda s: setattr(s.steps[0], "customers", ["Ali"]),
    "order": lambda s: s.steps.reverse(),
    "item added": lambda s: s.steps[2].asks.append(Item("r9", "x")),
    "item removed": lambda s: s.steps[0].asks.clear(),
    "item changed": lambda s: setattr(s.steps[0].asks[0], "what", "y"),
    "item moved": lambda s: s.steps[2].asks.append(s.steps[0].asks.pop()),
    "action added": lambda s: s.actions.append(Action("a9", "x", "Mo")),
    "action removed": lambda s: s.actions.pop(),
    "action changed": lambda s: setattr(s.actions[0], "note", "n"),
}


@pytest.mark.parametrize("change", SINGLE.values(), ids=SINGLE.keys())
def test_each_kind_of_difference_alone_is_a_difference(change):
    old = build_session()
    old.customer.expectations = ["Op tijd"]
    new = copy.deepcopy(old)
    change(new)
    assert compare_sessions(old, new).has_differences
    assert compare_sessions(old, new).to_dict()["differences"] is True


def test_a_reordered_chain():
    old = build_session()
    new = copy.deepcopy(old)
    new.steps.reverse()
    new.steps.append(Step("extra", "Extra"))
    old.steps.append(Step("weg", "Weg"))
    steps = compare_sessions(old, new).to_dict()["steps"]
    assert steps["order"] == {
        "old": ["voorbereiding", "uitvoering", "facturatie", "weg"],
        "new": ["facturatie", "uitvoering", "voorbereiding", "extra"],
    }
    assert steps["names"]["weg"] == "Weg"
    assert compare_sessions(old, new).step_order == [
        "facturatie", "uitvoering", "voorbereiding", "extra", "weg",
    ]  # fmt: skip


def test_groups_by_name_only():
    old, new = pair()
    actions = compare_sessions(old, new).actions
    assert actions.group("postponed") == ["a6"]
    with pytest.raises(KeyError):
        actions.group("changed")


def test_kept_percent():
    assert Kept(done=0, due=0, on_time=0).percent is None
    assert Kept(done=2, due=3, on_time=1).percent == 67
    assert Kept(done=1, due=3, on_time=1).percent == 33
    assert Kept(done=0, due=3, on_time=0).percent == 0


def test_the_details_behind_the_json():
    old, new = pair()
    result = compare_sessions(old, new)
    assert (result.to_dict()["old"], result.to_dict()["new"]) == ("", "")
    assert result.customer_name == FieldChange("name", "Opdrachtgever", "Klant B")
    assert result.left == [ParticipantEntry("Kees", "chef")]
    assert result.joined == [ParticipantEntry("Zoë", "stagiair")]
    with pytest.raises(KeyError) as caught:
        result.actions.group("changed")
    assert caught.value.args == ("changed",)


def test_a_participant_who_joined_first_does_not_hide_later_changes():
    old = build_session()
    new = copy.deepcopy(old)
    new.participants.insert(0, Participant("Zoë"))
    new.participants[2].role = "baas"
    changed = compare_sessions(old, new).participants_changed
    assert changed == [ParticipantChange("Mo Bakker", "role", "monteur", "baas")]


def test_a_step_added_or_removed_alone():
    old = build_session()
    for step in old.steps:
        step.customers = ["Vast"]  # explicit everywhere: no derived customer changes
    new = copy.deepcopy(old)
    new.steps.insert(1, Step("nieuw", "Nieuw", customers=["Vast"]))
    result = compare_sessions(old, new)
    assert result.steps.added == ["nieuw"] and not result.steps.customers
    assert result.has_differences
    gone = copy.deepcopy(old)
    gone.steps = [s for s in gone.steps if s.id != "facturatie"]
    gone.actions = [a for a in gone.actions if a.step != "facturatie"]
    result = compare_sessions(old, gone)
    assert result.steps.removed == ["facturatie"] and not result.steps.customers
    assert result.steps and result.has_differences


def test_explicit_customers_have_no_via():
    old = build_session()
    new = copy.deepcopy(old)
    new.steps[0].customers = ["Ali"]
    assert compare_sessions(old, new).to_dict()["steps"]["customers"] == [
        {"id": "voorbereiding", "added": ["Ali"], "removed": ["Mo Bakker"]}
    ]


def test_due_on_the_day_of_the_new_meeting_is_due_by_it_but_not_yet_overdue():
    old = build_session()
    old.actions = [Action("a1", "Vandaag", "Mo", due=date(2026, 10, 1))]
    new = copy.deepcopy(old)
    new.meeting.date = date(2026, 10, 1)
    result = compare_sessions(old, new)
    assert result.kept == Kept(done=0, due=1, on_time=0)  # due by the meeting: it counts
    assert result.actions.open == ["a1"]  # not late before the day is out
    new.meeting.date = date(2026, 10, 2)
    assert compare_sessions(old, new).kept == Kept(done=0, due=1, on_time=0)
    assert compare_sessions(old, new).actions.overdue == ["a1"]
    new.meeting.date = date(2026, 9, 30)
    assert compare_sessions(old, new).kept == Kept(done=0, due=0, on_time=0)
