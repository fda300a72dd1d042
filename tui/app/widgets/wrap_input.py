"""A one-value text field that wraps: the whole value stays readable at any width.

The meeting's reason and goal are sentences; in a one-line ``Input`` at 80 columns the room sees
only their start. :class:`WrapInput` is Textual's ``TextArea`` made to behave like the app's
:class:`~tui.app.widgets.clean_input.CleanInput`: it wraps its text over as many lines as it needs
(``height: auto``), ``enter`` submits instead of starting a new line, a paste is joined onto one
line and cleaned (:func:`tui.core.text.join_pasted`), the cursor goes to the end when it gets the
focus, and it says when it is left (:class:`WrapInput.Blurred`), as ``Input`` does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import TextArea

from tui.core.text import join_pasted

LEFT_TO_THE_APP = {"f6", "f7", "ctrl+z", "super+z", "ctrl+y", "super+y"}
"""TextArea's keys that are the app's on every screen (summary, compare, undo, redo): a one-line
``Input`` does not take them either."""


def _editing_keys() -> list[Binding | tuple[str, str] | tuple[str, str, str]]:
    kept: list[Binding | tuple[str, str] | tuple[str, str, str]] = []
    for binding in TextArea.BINDINGS:
        assert isinstance(binding, Binding)
        keys = [key for key in binding.key.split(",") if key not in LEFT_TO_THE_APP]
        if keys:
            kept.append(replace(binding, key=",".join(keys), show=False))
    return kept


class WrapInput(TextArea, inherit_bindings=False):
    BINDINGS = _editing_keys()
    DEFAULT_CSS = """
    WrapInput {
        height: auto;
        max-height: 8;
        padding: 0;
    }
    """

    @dataclass
    class _Event(Message):
        input: WrapInput

        @property
        def control(self) -> WrapInput:
            return self.input

        @property
        def value(self) -> str:
            return self.input.value

    class Submitted(_Event):
        """``enter`` was pressed in the field."""

    class Blurred(_Event):
        """The field lost the focus."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(
            id=id,
            classes=classes,
            soft_wrap=True,
            compact=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
        )

    @property
    def value(self) -> str:
        return self.text

    @value.setter
    def value(self, value: str) -> None:
        if value != self.text:
            self.load_text(value)

    # Public handlers: Textual calls ours before TextArea's own (private) ones, which
    # ``prevent_default`` skips.

    def on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self))

    def on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()
        if self.read_only:
            return
        text = join_pasted(event.text)
        if text:
            start, end = self.selection
            self.replace(text, start, end, maintain_selection_offset=False)

    def on_focus(self) -> None:
        self.move_cursor(self.document.end)

    def on_blur(self) -> None:
        self.post_message(self.Blurred(self))
