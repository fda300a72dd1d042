"""The default chain of the instrument and a new session built from it.

The five steps of a building or installation firm, ending in the external customer (see the
instrument, ``shared/seed/README.md``). Ids are fixed Dutch slugs so that files from Dutch and
English users compare; the shown names follow the language.
"""

from __future__ import annotations

from datetime import date

from tui.core.edits import update_meeting
from tui.core.model import Customer, Meeting, Session, Step, new_series_id
from tui.core.text import clean_line
from tui.i18n import t

DEFAULT_STEP_IDS = ("aanvraag", "calculatie", "planning", "uitvoering", "facturatie")


def default_steps() -> list[Step]:
    return [Step(id=step_id, name=t(f"chain.{step_id}")) for step_id in DEFAULT_STEP_IDS]


def default_customer() -> Customer:
    return Customer(
        name=t("chain.customer"),
        expectations=[t("chain.expectation.satisfaction"), t("chain.expectation.agreement")],
    )


def new_session(organisation: str, on: date, **meeting: object) -> Session:
    """A fresh session with the default chain and external customer; it starts a series, so it
    gets a new series id (``new`` and the app's new-session dialog both come here)."""
    session = Session(
        meeting=Meeting(
            organisation=clean_line(organisation) or "?", date=on, series=new_series_id(on)
        ),
        customer=default_customer(),
        steps=default_steps(),
    )
    update_meeting(session, organisation=organisation, **meeting)
    return session
