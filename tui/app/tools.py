"""The facilitator's tools in the app: find (``ctrl+f``) and the palette's commands for the row
under the cursor (move to another step, follow the link, earlier, later), so that "zoek",
"verplaats", "koppel" and "volgorde" find them in the command palette."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

from tui.app.screens.find import FindDialog
from tui.app.screens.workshop import WorkshopScreen
from tui.app.widgets.item_section import ItemGrid
from tui.core.search import Hit
from tui.i18n import t

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp

ROW_TOOLS = ("step", "link", "up", "down")
"""The requests a row takes (see ``ItemGrid.action_row_request``), in the palette's order."""


def open_find(app: InterneKlantenApp) -> None:
    """The find dialog over the workshop; the hit chosen is shown where it stands."""
    app._on_workshop()

    def chosen(hit: Hit | None) -> None:
        if hit is not None:
            go_to(app, hit)

    app.push_screen(FindDialog(app.editor.session), chosen)


def go_to(app: InterneKlantenApp, hit: Hit) -> None:
    app._on_workshop()
    workshop = app.screen
    if not isinstance(workshop, WorkshopScreen):
        return
    if hit.kind == "actions":
        workshop.show_action(hit.key)
    elif hit.kind == "expectations":
        workshop.show_expectation(hit.index)
    elif hit.kind == "feedback":
        app.show_screen("closing", select=f"f{hit.index + 1}")
    else:
        workshop.show_item(hit.key)


def commands(app: InterneKlantenApp, screen: Screen) -> Iterator[SystemCommand]:
    """Find, and on the workshop the tools that the row under the cursor allows."""
    yield SystemCommand(t("key.find"), t("command.find"), lambda: open_find(app))
    if not isinstance(screen, WorkshopScreen) or not isinstance(screen.focused, ItemGrid):
        return
    grid = screen.focused
    texts = {
        "step": (t("tools.command.move_to_step"), t("command.move_to_step")),
        "link": (t("tools.command.follow_link"), t("command.follow_link")),
        "up": (t("tools.command.order_up"), t("command.order_up")),
        "down": (t("tools.command.order_down"), t("command.order_down")),
    }
    for request in ROW_TOOLS:
        if grid.check_action("row_request", (request,)):
            title, help_text = texts[request]
            yield SystemCommand(title, help_text, lambda r=request: grid.action_row_request(r))
