"""Model rules: lookups, the chain's internal customer, and ids that are never reused."""

from __future__ import annotations

from datetime import date

import pytest

from tui.core import edits
from tui.core.chain import DEFAULT_STEP_IDS, new_session
from tui.core.model import (
    Action,
    ModelError,
    Step,
    id_number,
    kind_of_id,
)
from tui.storage.toml_format import dumps_session, load_session, parse_session, save_session

# --- the chain --------------------------------------------------------------------------------


def test_internal_customer_is_the_next_steps_people(session):
    found = session.internal_customer("voorbereiding")
    assert found.names == ["Mo Bakker"]
    assert found.source == "next"
    assert found.step_id == "uitvoering"


def test_explicit_customers_win(session):
    session.step("voorbereiding").customers = ["Piet Jansen", "Ans"]
    found = session.internal_customer("voorbereiding")
    assert found.names == ["Piet Jansen", "Ans"]
    assert found.source == "explicit"
    assert found.step_id == ""


def test_explicit_customers_win_on_the_last_step(session):
    session.step("facturatie").customers = ["Boekhouder"]
    assert session.internal_customer("facturatie").names == ["Boekhouder"]
    assert session.internal_customer("facturatie").source == "explicit"


def test_last_step_serves_the_external_customer(session):
    session.customer.name = "Woningcorporatie"
    found = session.internal_customer("facturatie")
    assert found.names == ["Woningcorporatie"]
    assert found.source == "external"


def test_internal_customer_follows_the_chain_order(session):
    edits.move_step(session, "facturatie", 1)
    assert session.internal_customer("voorbereiding").step_id == "facturatie"
    assert session.internal_customer("uitvoering").source == "external"


def test_internal_customer_returns_a_copy(session):
    found = session.internal_customer("voorbereiding")
    found.names.append("X")
    assert session.step("uitvoering").people == ["Mo Bakker"]


def test_internal_customer_of_unknown_step(session):
    with pytest.raises(ModelError, match="onbekende stap 'nope'"):
        session.internal_customer("nope")


def test_new_session_has_the_default_chain():
    session = new_session("Van Dijk", date(2026, 8, 27), title="Eerste")
    assert tuple(step.id for step in session.steps) == DEFAULT_STEP_IDS
    assert session.steps[0].name == "Aanvraag/opname"
    assert session.customer.name == "Opdrachtgever"
    assert session.meeting.title == "Eerste"
    assert session.internal_customer("facturatie").names == ["Opdrachtgever"]


def test_new_session_in_english_keeps_dutch_ids(english):
    session = new_session("Van Dijk", date(2026, 8, 27))
    assert tuple(step.id for step in session.steps) == DEFAULT_STEP_IDS
    assert session.steps[0].name == "Request/site survey"
    assert session.customer.name == "Client"


# --- lookups ----------------------------------------------------------------------------------


def test_lookups(session):
    assert session.step("uitvoering").name == "Uitvoering"
    assert session.step_index("facturatie") == 2
    assert session.has_step("uitvoering") and not session.has_step("Uitvoering")
    step, kind, item = session.find_item("r1")
    assert (step.id, kind, item.what) == ("voorbereiding", "asks", "Tekorten vóór 14:00 doorgeven")
    assert session.action("a2").what == "App testen"
    assert [a.id for a in session.actions_of("uitvoering")] == ["a2"]
    assert [i.id for _s, _k, i in session.iter_items()] == ["n1", "r1", "c1", "n2", "n3"]
    with pytest.raises(ModelError):
        session.find_item("n99")
    with pytest.raises(ModelError):
        session.action("n1")
    with pytest.raises(KeyError):
        Step("x", "X").items("actions")


def test_people_are_unique_in_order(session):
    assert session.people() == ["Petra Jansen", "Mo Bakker", "Petra", "Mo"]


def test_overdue():
    action = Action("a1", "x", due=date(2026, 1, 10))
    assert action.is_overdue(date(2026, 1, 11))
    assert not action.is_overdue(date(2026, 1, 10))
    action.status = "done"
    assert not action.is_overdue(date(2026, 2, 1))
    assert not Action("a2", "x").is_overdue(date(2030, 1, 1))


def test_id_helpers():
    assert id_number("n12") == 12
    assert id_number("a7") == 7
    assert id_number("n07") == 0
    assert id_number("x1") == 0
    assert id_number("aanvraag") == 0
    assert kind_of_id("r3") == "asks"
    assert kind_of_id("c1") == "info"
    assert kind_of_id("a1") == "actions"
    assert kind_of_id("n1") == "needs"
    assert kind_of_id("n0") is None
    assert kind_of_id("zz") is None


# --- ids --------------------------------------------------------------------------------------


def test_new_ids_count_across_steps(session):
    item = edits.add_item(session, "facturatie", "needs", "Iets")
    assert item.id == "n4"
    assert edits.add_item(session, "facturatie", "asks", "Iets").id == "r2"
    assert edits.add_item(session, "uitvoering", "info", "Iets").id == "c2"
    assert edits.add_action(session, "Iets").id == "a5"


def test_new_ids_never_reuse_a_removed_highest_number(session):
    edits.remove_item(session, "n3")
    edits.remove_action(session, "a4")
    assert session.highest_present()["needs"] == 2
    assert edits.add_item(session, "uitvoering", "needs", "Nieuw").id == "n4"
    assert edits.add_action(session, "Nieuw").id == "a5"


def test_new_ids_never_reuse_a_number_after_save_and_load(session, tmp_path):
    edits.add_item(session, "uitvoering", "needs", "Vier")  # n4
    edits.remove_item(session, "n4")
    edits.remove_item(session, "n3")
    added = edits.add_action(session, "Vijf")  # a5
    edits.remove_action(session, "a5")
    assert added.id == "a5"
    path = tmp_path / "s.toml"
    text = save_session(session, path)
    assert "\n[ids]\nneeds = 4\nactions = 5\n" in text
    assert text.endswith("[ids]\nneeds = 4\nactions = 5\n")
    loaded = load_session(path)
    assert loaded.highest_issued() == {"needs": 4, "asks": 1, "info": 1, "actions": 5}
    assert edits.add_item(loaded, "facturatie", "needs", "Nieuw").id == "n5"
    assert edits.add_action(loaded, "Nieuw").id == "a6"


def test_ids_table_only_when_needed(session):
    assert "[ids]" not in dumps_session(session)
    session.last_ids = {"needs": 3, "asks": 0, "actions": 2}  # not above what is present
    assert "[ids]" not in dumps_session(session)
    session.last_ids = {"asks": 7}
    assert dumps_session(session).endswith("\n[ids]\nasks = 7\n")


def test_ids_table_below_present_ids_is_harmless(valid_text):
    loaded = parse_session(valid_text + "\n[ids]\nneeds = 1\n")
    assert loaded.highest_issued()["needs"] == 3
    assert "[ids]" not in dumps_session(loaded)


def test_highest_issued_combines_present_and_remembered(session):
    session.last_ids = {"needs": 10, "info": 0}
    assert session.highest_issued() == {"needs": 10, "asks": 1, "info": 1, "actions": 4}


def test_last_ids_is_not_compared(session):
    from .conftest import build_session

    other = build_session()
    other.last_ids = {"needs": 99}
    assert other == session
