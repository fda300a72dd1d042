"""Rows for the item sections, made from the model: what a table shows of each item."""

from __future__ import annotations

from datetime import date

from tui.app.widgets.item_section import Row
from tui.core.model import ITEM_FIELDS, Action, Item, Session
from tui.i18n import t


def item_rows(items: list[Item], kind: str) -> list[Row]:
    """The rows of a step's items of ``kind``: the text fields the model gives that kind."""
    names = ITEM_FIELDS[kind]
    return [Row(item.id, {name: getattr(item, name) for name in names}) for item in items]


def expectation_rows(session: Session) -> list[Row]:
    """The external customer's expectations; keyed by position (``e1``...), they have no ids."""
    return [
        Row(f"e{n}", {"what": text}, index=n - 1)
        for n, text in enumerate(session.customer.expectations, 1)
    ]


def action_status(action: Action, today: date) -> str:
    """An action's status in words; an overdue open one says so, with the days since its due
    date counted to ``today`` ("te laat (3 dagen)"), not only in a colour."""
    if action.is_overdue(today):
        assert action.due is not None
        return t("status.overdue", days=(today - action.due).days)
    return t(f"status.{action.status}")


def action_rows(
    session: Session, actions: list[Action], today: date, *, with_step: bool = False
) -> list[Row]:
    """Rows for action points, shared with the screen of all action points."""
    names = {step.id: step.name for step in session.steps}
    return [
        Row(
            a.id,
            {"what": a.what, "who": a.who, "due": a.due},
            extra=((names.get(a.step, "-"),) if with_step else ()) + (action_status(a, today),),
            overdue=a.is_overdue(today),
        )
        for a in actions
    ]
