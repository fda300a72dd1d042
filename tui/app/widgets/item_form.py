"""The inline form of an :class:`~tui.app.widgets.item_section.ItemSection`: one text field per
column, with the line under a date field that says which day it will store, and completion of
names and of what an action is about.

A module of its own, imported the first time a form opens: most tables never open one, and the
text fields (Textual's ``Input`` with them) are then no part of the start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.containers import Horizontal

from tui.app.widgets.about_suggest import AboutSuggester
from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.date_preview import DatePreview
from tui.app.widgets.suggest import NameSuggester
from tui.i18n import t

if TYPE_CHECKING:
    from tui.app.widgets.item_section import ItemSection


class ItemForm(Horizontal):
    """The inline form: one input per field, in the order of the table's columns. The inputs
    are made with the form, so they can be filled before the form is mounted."""

    BINDINGS = [
        Binding("tab", "next_field", show=False),
        Binding("shift+tab", "previous_field", show=False),
        Binding("escape", "cancel", "key.cancel", id="form.cancel"),
    ]

    def __init__(self, section: ItemSection, **kwargs) -> None:
        self._inputs = [
            CleanInput(
                placeholder=t(f"field.{field.name}"),
                id=f"field-{field.name}",
                classes=f"-{field.kind}",
                compact=True,
            )
            for field in section.fields
        ]
        super().__init__(*self._inputs, **kwargs)
        self.section = section

    def inputs(self) -> list[CleanInput]:
        return list(self._inputs)

    def _move(self, step: int) -> None:
        inputs = self.inputs()
        focused = self.screen.focused
        if focused not in inputs:
            return
        if step > 0 and isinstance(focused, CleanInput):
            focused.accept_suggestion()
        self.screen.set_focus(inputs[(inputs.index(focused) + step) % len(inputs)])

    def action_next_field(self) -> None:
        self._move(1)

    def action_previous_field(self) -> None:
        self._move(-1)

    def action_cancel(self) -> None:
        self.section.cancel_form()

    def on_input_submitted(self, event: CleanInput.Submitted) -> None:
        event.stop()
        self.section.submit_form()

    def date_previews(self, today: Callable[[], date]) -> list[DatePreview]:
        """For each date field, the line under the form that says which day it will store."""
        return [
            DatePreview(field_input, today, label=t(f"field.{field.name}"))
            for field, field_input in zip(self.section.fields, self._inputs, strict=True)
            if field.kind == "date"
        ]

    def complete_from(self, names: list[str], about: Callable[[], list[tuple[str, str]]]) -> None:
        """Name fields complete from ``names``; an ``about`` field from the items ``about``
        gives (asked for now: what the session holds as the form opens)."""
        for field, field_input in zip(self.section.fields, self._inputs, strict=True):
            if field.kind in ("name", "names"):
                field_input.suggester = NameSuggester(names, many=field.kind == "names")
            elif field.kind == "about":
                field_input.suggester = AboutSuggester(about())
