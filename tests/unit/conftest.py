"""Shared fixtures for the unit tests: a fixed language, a small session, a valid file text.

The language is global state in :mod:`tui.i18n` (``cli.main`` sets it from ``--lang`` or the
environment), so every test starts in Dutch with ``INTERNE_KLANTEN_LANG`` unset, and is put back
to Dutch afterwards whatever it did.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui import i18n
from tui.core.model import (
    Action,
    Customer,
    Feedback,
    Item,
    Meeting,
    Participant,
    Session,
    Step,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def dutch(monkeypatch):
    monkeypatch.delenv("INTERNE_KLANTEN_LANG", raising=False)
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("nl")


def build_session() -> Session:
    """A small but complete session: three steps, items of every kind, four short actions."""
    return Session(
        meeting=Meeting(
            organisation="Loodgietersbedrijf Jansen",
            date=date(2026, 9, 3),
            title="Interne klanten, eerste bijeenkomst",
            facilitator="Petra Jansen",
            reason="Monteurs staan te vaak zonder materiaal op de bouw.",
            follow_up=date(2026, 12, 3),
        ),
        customer=Customer("Opdrachtgever", ["Werk naar tevredenheid", "Volgens afspraak"]),
        participants=[
            Participant("Petra Jansen", "directie"),
            Participant("Mo Bakker", "monteur", present=False),
        ],
        steps=[
            Step(
                "voorbereiding",
                "Offerte en voorbereiding",
                people=["Petra Jansen"],
                needs=[
                    Item("n1", "Materiaallijst per klus", "De dag vóór de start", "Geen ritjes")
                ],
                asks=[Item("r1", "Tekorten vóór 14:00 doorgeven", "Dagelijks")],
                info=[Item("c1", "Planning in de gedeelde agenda")],
            ),
            Step(
                "uitvoering",
                "Uitvoering",
                people=["Mo Bakker"],
                needs=[Item("n2", "Werkbon met uren"), Item("n3", "Foto's van de meterkast")],
            ),
            Step("facturatie", "Facturatie", people=["Petra Jansen"]),
        ],
        actions=[
            Action("a1", "Lijst maken", "Petra", step="voorbereiding", about="n1"),
            Action("a2", "App testen", "Mo", step="uitvoering", due=date(2026, 10, 15)),
            Action("a3", "Bellen", "Petra", status="done", done=date(2026, 9, 10)),
            Action("a4", "Map", "Mo", step="facturatie", status="dropped", note="Niet nodig"),
        ],
        feedback=[Feedback("Kort en nuttig.", "Petra Jansen")],
    )


@pytest.fixture
def session() -> Session:
    return build_session()


@pytest.fixture
def valid_text() -> str:
    """The canonical text of :func:`build_session`."""
    from tui.storage.toml_format import dumps_session

    return dumps_session(build_session())
