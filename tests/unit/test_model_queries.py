"""The model's queries: item counts, lookups that say what was not found, the first ids of an
empty session, and the internal customer in the middle of a chain."""

from __future__ import annotations

from datetime import date

import pytest

from tui.core.model import (
    Customer,
    InternalCustomer,
    Item,
    Meeting,
    ModelError,
    Session,
    Step,
)
from tui.i18n import t

from .conftest import build_session


def empty_session() -> Session:
    return Session(Meeting("Org", date(2026, 1, 1)), Customer("Klant"))


def test_item_count_and_items():
    step = Step(
        "s",
        "S",
        needs=[Item("n1", "a")],
        asks=[Item("r1", "b"), Item("r2", "c")],
        info=[Item("c1", "d"), Item("c2", "e"), Item("c3", "f")],
    )
    assert step.item_count() == 6
    assert [i.id for i in step.items("asks")] == ["r1", "r2"]
    with pytest.raises(KeyError) as caught:
        step.items("wishes")
    assert caught.value.args == ("wishes",)


def test_lookups_say_what_was_not_found():
    s = build_session()
    with pytest.raises(ModelError) as caught:
        s.find_item("n99")
    assert str(caught.value) == t("model.unknown_id", id="n99")
    with pytest.raises(ModelError) as caught:
        s.action("a99")
    assert str(caught.value) == t("model.unknown_id", id="a99")
    with pytest.raises(ModelError) as caught:
        s.step("weg")
    assert str(caught.value) == t("model.unknown_step", step="weg")


def test_the_first_ids_of_an_empty_session():
    s = empty_session()
    s.steps.append(Step("s", "S"))
    assert [s.new_id(kind) for kind in ("needs", "asks", "info", "actions")] == [
        "n1",
        "r1",
        "c1",
        "a1",
    ]
    assert s.last_ids == {"needs": 1, "asks": 1, "info": 1, "actions": 1}
    assert s.new_id("needs") == "n2"  # remembered, though no item holds n1


def test_the_internal_customer_in_the_middle_of_the_chain():
    s = build_session()
    assert s.internal_customer("uitvoering") == InternalCustomer(
        ["Petra Jansen"], "next", "facturatie"
    )
    assert s.internal_customer("voorbereiding") == InternalCustomer(
        ["Mo Bakker"], "next", "uitvoering"
    )
    assert s.internal_customer("facturatie") == InternalCustomer([s.customer.name], "external")
