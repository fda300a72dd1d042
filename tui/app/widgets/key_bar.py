"""The keys of the moment along the bottom: one widget, drawn from the screen's active bindings.

It shows what Textual's ``Footer`` shows (the bindings marked to be shown, one entry per action,
a disabled one dimmed, the command palette's key on the right) and works the same way: a click
on a key presses it. The ``Footer`` makes a widget for every key and makes them all again each
time the focus moves; this one draws a single line instead, which took a tenth of the app's
start and a part of every focus change.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget


class _Key(NamedTuple):
    binding: Binding
    label: str
    enabled: bool


class KeyBar(Widget, can_focus=False):
    """A footer of key bindings in one line."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--hover", "key-bar--rule"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .key-bar--hover {
            background: $block-hover-background;
        }
        & > .key-bar--rule {
            color: $foreground 20%;
        }
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._spans: list[tuple[int, int, _Key]] = []
        """Where each key was drawn last: (start, end, key), for clicks and hovering."""
        self._hover: int | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen) -> None:
        self.refresh()

    def _keys(self) -> tuple[list[_Key], _Key | None]:
        """The keys to show, in the screen's order, and the command palette's."""
        app = self.app
        active = self.screen.active_bindings
        keys: list[_Key] = []
        actions: set[str] = set()
        for _node, binding, enabled, _tooltip in active.values():
            if binding.show and binding.action not in actions:
                actions.add(binding.action)
                keys.append(_Key(binding, app.get_key_display(binding), enabled))
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette = _Key(binding, app.get_key_display(binding), enabled)
        return keys, palette

    def render(self) -> Text:
        width = self.size.width
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        hover_style = self.get_component_rich_style("key-bar--hover", partial=True)
        keys, palette = self._keys()
        tail = Text()
        if palette is not None:
            tail.append("▏", self.get_component_rich_style("key-bar--rule"))
            tail.append(palette.label, key_style)
            tail.append(f" {palette.binding.description} ", description_style)
        line = Text(no_wrap=True, overflow="crop", end="")
        self._spans = []
        room = max(0, width - tail.cell_len)
        for index, key in enumerate(keys):
            start = line.cell_len
            if start >= room:
                break
            part = Text.assemble(
                (f" {key.label} ", key_style), (f"{key.binding.description} ", description_style)
            )
            if not key.enabled:
                part.stylize(Style(dim=True))
            if index == self._hover:
                part.stylize(hover_style)
            line.append_text(part)
            self._spans.append((start, min(line.cell_len, room), key))  # a cut key ends at the cut
        line.truncate(room)
        line.pad_right(room - line.cell_len)
        if palette is not None:
            self._spans.append((room, width, palette))
        line.append_text(tail)
        line.stylize_before(self.rich_style)
        return line

    def _key_at(self, x: int) -> tuple[int, _Key] | None:
        for index, (start, end, key) in enumerate(self._spans):
            if start <= x < end:
                return index, key
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        found = self._key_at(event.x)
        hover = found[0] if found is not None else None
        if hover != self._hover:
            self._hover = hover
            self.refresh()

    def on_leave(self) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        found = self._key_at(event.x)
        if found is None:
            return
        key = found[1]
        if key.enabled:
            self.app.simulate_key(key.binding.key)
        else:
            self.app.bell()
