"""The chains a new session can start from, and a new session built from one.

The default is the instrument's five steps of a building or installation firm, ending in the
external customer (see the instrument, ``shared/seed/README.md``). Next to it, a few chains of
other common small firms (:data:`CHAINS`, chosen by name: ``new --chain bakkerij``), and any other
session's chain, people and customer without its content (:func:`session_like`: ``new --like``).
Ids are fixed Dutch slugs so that files from Dutch and English users compare; the shown names
follow the language. Whichever chain a session starts from, it is edited as before (F3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tui.core.edits import update_meeting
from tui.core.model import (
    Customer,
    Meeting,
    ModelError,
    Participant,
    Session,
    Step,
    new_series_id,
)
from tui.core.text import clean_line
from tui.i18n import t

DEFAULT_STEP_IDS = ("aanvraag", "calculatie", "planning", "uitvoering", "facturatie")

DEFAULT_CHAIN = "standaard"


@dataclass(frozen=True)
class Chain:
    """A built-in chain: its title and its steps as (id, message key of the name)."""

    title: str
    steps: tuple[tuple[str, str], ...]


CHAINS: dict[str, Chain] = {
    DEFAULT_CHAIN: Chain(
        "chains.standaard",
        (
            ("aanvraag", "chain.aanvraag"),
            ("calculatie", "chain.calculatie"),
            ("planning", "chain.planning"),
            ("uitvoering", "chain.uitvoering"),
            ("facturatie", "chain.facturatie"),
        ),
    ),
    "schildersbedrijf": Chain(
        "chains.schildersbedrijf",
        (
            ("aanvraag", "chains.step.opname"),
            ("offerte", "chains.step.offerte"),
            ("planning", "chains.step.planning_materiaal"),
            ("uitvoering", "chains.step.schilderwerk"),
            ("oplevering", "chains.step.oplevering"),
        ),
    ),
    "bakkerij": Chain(
        "chains.bakkerij",
        (
            ("bestelling", "chains.step.bestelling"),
            ("inkoop", "chains.step.inkoop"),
            ("productie", "chains.step.bakken"),
            ("uitlevering", "chains.step.uitlevering"),
            ("verkoop", "chains.step.verkoop"),
        ),
    ),
    "softwarebedrijf": Chain(
        "chains.softwarebedrijf",
        (
            ("intake", "chains.step.intake"),
            ("specificatie", "chains.step.specificatie"),
            ("ontwikkeling", "chains.step.ontwikkeling"),
            ("testen", "chains.step.testen"),
            ("oplevering", "chains.step.oplevering_beheer"),
            ("facturatie", "chain.facturatie"),
        ),
    ),
}
"""The built-in chains by name (the name is what ``new --chain`` takes, in both languages)."""


def chain_names() -> list[str]:
    return list(CHAINS)


def chain_steps(name: str) -> list[Step]:
    """The steps of the built-in chain ``name`` (a ModelError for an unknown one)."""
    if name not in CHAINS:
        raise ModelError(t("chains.unknown", name=name, names=", ".join(CHAINS)))
    return [Step(id=step_id, name=t(key)) for step_id, key in CHAINS[name].steps]


def describe_chain(name: str) -> str:
    """``bakkerij: Bestelling → Inkoop → …``: the name and its steps, for help and dialogs."""
    names = " → ".join(step.name for step in chain_steps(name))
    return f"{name}: {names}"


def default_steps() -> list[Step]:
    return chain_steps(DEFAULT_CHAIN)


def default_customer() -> Customer:
    return Customer(
        name=t("chain.customer"),
        expectations=[t("chain.expectation.satisfaction"), t("chain.expectation.agreement")],
    )


def new_session(
    organisation: str, on: date, *, chain: str = DEFAULT_CHAIN, **meeting: object
) -> Session:
    """A fresh session with a built-in chain (the default five steps unless ``chain`` names
    another) and the external customer; it starts a series, so it gets a new series id (``new``
    and the app's new-session dialog both come here)."""
    session = Session(
        meeting=Meeting(
            organisation=clean_line(organisation) or "?", date=on, series=new_series_id(on)
        ),
        customer=default_customer(),
        steps=chain_steps(chain),
    )
    update_meeting(session, organisation=organisation, **meeting)
    return session


def session_like(other: Session, organisation: str, on: date, **meeting: object) -> Session:
    """A fresh session (a series of its own) with ``other``'s chain, people and customer, but
    none of its content: the steps with their ids, names, people and internal customers; the
    participants (all present) and the facilitator; the external customer's name. No needs,
    asks, info, actions, expectations beyond the instrument's two, closing round or script."""
    session = new_session(organisation, on)
    if meeting:
        update_meeting(session, **meeting)
    session.steps = [
        Step(id=step.id, name=step.name, people=list(step.people), customers=list(step.customers))
        for step in other.steps
    ]
    session.participants = [Participant(p.name, p.role) for p in other.participants]
    session.customer.name = other.customer.name
    if "facilitator" not in meeting and other.meeting.facilitator:
        update_meeting(session, facilitator=other.meeting.facilitator)
    return session
