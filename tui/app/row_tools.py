"""The workshop's tools for the row under the cursor: reorder it within its table
(``ctrl+↑``/``ctrl+↓``, one undo step, the file's order following), move it to another step
(``m`` and a digit or the list), follow the link between an action and what it is about
(``g``). Imported when first used (see the workshop screen's ``_row_requested``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.app.screens.dialogs import NumberedChoiceDialog
from tui.core.links import actions_about, start_of
from tui.core.model import ModelError
from tui.i18n import t

if TYPE_CHECKING:
    from tui.app.screens.workshop import WorkshopScreen
    from tui.app.widgets.item_section import ItemSection, Row


def row_requested(screen: WorkshopScreen, event: ItemSection.RowRequested) -> None:
    """What a key on a row asks for: ``up``/``down``, ``step``, ``link``."""
    try:
        if event.request in ("up", "down"):
            reorder(screen, event.section, event.row, -1 if event.request == "up" else 1)
        elif event.request == "step":
            choose_step(screen, event.section, event.row)
        else:
            follow(screen, event.section.kind, event.key)
    except ModelError as error:
        screen.complain(error)


def reorder(screen: WorkshopScreen, section: ItemSection, row: Row, delta: int) -> None:
    """One place up or down in its table: one undo step; the file's order follows."""
    editor, kind, key = screen.app.editor, section.kind, row.key
    session = editor.session
    if kind == "expectations":
        to = row.index + delta
        if 0 <= to < len(session.customer.expectations):
            where = editor.move_expectation(row.index, row.values["what"], to)
            section.select(f"e{where + 1}")
        return
    step = session.steps[screen.current]
    if kind == "actions":
        own = session.actions_of(step.id)
        at = next((i for i, action in enumerate(own) if action.id == key), None)
        if at is None:  # gone meanwhile (an undo): nothing to move
            return
        place = at + delta
        if 0 <= place < len(own):
            editor.move_action(key, session.actions.index(own[place]))
    else:
        items = step.items(kind)
        at = next((i for i, item in enumerate(items) if item.id == key), None)
        if at is None:
            return
        place = at + delta
        if 0 <= place < len(items):
            editor.move_item(key, step.id, place)
    section.select(key)


def choose_step(screen: WorkshopScreen, section: ItemSection, row: Row) -> None:
    """``m`` on an item: which step it goes to (a digit or the list)."""
    steps = screen.session.steps
    if len(steps) < 2:
        screen.app.notify(t("tools.move.no_step"), markup=False)
        return
    here = steps[screen.current].id
    choices = [
        (
            step.id,
            t(
                "tools.move.here" if step.id == here else "tools.move.option",
                number=n,
                name=step.name,
            ),
        )
        for n, step in enumerate(steps, start=1)
    ]
    default = next(step.id for step in steps if step.id != here)
    kind, key = section.kind, row.key

    def chosen(step_id: str | None) -> None:
        if step_id is None:
            return
        try:
            if kind == "actions":
                screen.app.editor.update_action(key, step=step_id)
            else:
                screen.app.editor.move_item_to_step(key, step_id)
        except ModelError as error:
            screen.complain(error)
            return
        name = screen.session.step(step_id).name
        screen.app.notify(t("tools.move.done", id=key, step=name), markup=False, timeout=5)

    screen.app.push_screen(
        NumberedChoiceDialog(
            t("tools.move.question", id=key), choices, default=default, disabled={here}
        ),
        chosen,
    )


def follow(screen: WorkshopScreen, kind: str, key: str) -> None:
    """``g``: from an action to what it is about; from an item to its action (a list when it
    has several)."""
    session = screen.session
    if kind == "actions":
        about = session.action(key).about
        if not about:
            screen.app.notify(
                t("tools.link.none_action", id=key, field=t("field.about")), markup=False
            )
            return
        screen.show_item(about)
        return
    actions = actions_about(session, key)
    if not actions:
        screen.app.notify(t("tools.link.none", id=key), markup=False)
    elif len(actions) == 1:
        screen.show_action(actions[0].id)
    else:
        choices = [
            (a.id, t("tools.link.option", id=a.id, what=start_of(a.what, 60))) for a in actions
        ]

        def chosen(action_id: str | None) -> None:
            if action_id is not None:
                screen.show_action(action_id)

        screen.app.push_screen(NumberedChoiceDialog(t("tools.link.which", id=key), choices), chosen)
