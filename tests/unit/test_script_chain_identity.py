"""Small parts of the domain: the script's clock and time boxes, a new session's chain and
customer, finding the element a form saw, and one-line text."""

from __future__ import annotations

from datetime import date

import pytest

from tui.core.chain import DEFAULT_STEP_IDS, new_session
from tui.core.identity import GoneError, locate
from tui.core.model import AgendaItem, ModelError
from tui.core.script import agenda_item, elapsed, over_time
from tui.core.text import clean_line
from tui.i18n import t

from .conftest import build_session


def test_an_agenda_item_without_a_record_is_blank():
    s = build_session()
    s.agenda = [AgendaItem("3b", spent=30)]
    assert agenda_item(s, "3c") == AgendaItem("3c")
    assert agenda_item(s, "3b") is s.agenda[0]
    s.agenda.append(AgendaItem("3d", spent=45))
    assert elapsed(s) == 75


def test_over_time():
    box = AgendaItem("3a", timebox=1)  # one minute
    assert not over_time(box)
    assert not over_time(AgendaItem("3a", spent=60, timebox=1))
    assert over_time(AgendaItem("3a", spent=61, timebox=1))
    assert not over_time(AgendaItem("3a", spent=30, timebox=1), running=30)
    assert over_time(AgendaItem("3a", spent=30, timebox=1), running=31)
    assert not over_time(AgendaItem("3a", spent=119, timebox=2))
    assert not over_time(AgendaItem("3a", spent=10_000))  # no time box: never over


def test_a_new_session():
    s = new_session("  Jansen\nBV ", date(2026, 9, 3), title="Eerste")
    assert (s.meeting.organisation, s.meeting.date, s.meeting.title) == (
        "Jansen BV",
        date(2026, 9, 3),
        "Eerste",
    )
    assert [step.id for step in s.steps] == list(DEFAULT_STEP_IDS)
    assert s.customer.name == t("chain.customer")
    assert s.customer.expectations == [
        t("chain.expectation.satisfaction"),
        t("chain.expectation.agreement"),
    ]
    with pytest.raises(ModelError):
        new_session("  ", date(2026, 9, 3))


def test_locate_finds_the_nearest_equal_element():
    items = ["a", "x", "a", "y", "a"]
    assert locate(items, "a", 2) == 2
    assert locate(items, "a", 3) == 2  # two at the same distance: the earlier
    assert locate(items, "a", 1) == 0
    assert locate(items, "y", 0) == 3
    assert locate(items, "a", 9) == 4
    with pytest.raises(GoneError) as caught:
        locate(items, "z", 0)
    assert str(caught.value) == t("model.gone")


def test_clean_line_keeps_the_blanks_inside_a_line():
    assert clean_line(" a\tb  c \r\n d ") == "a\tb  c d"
    assert clean_line("\n\n") == ""
