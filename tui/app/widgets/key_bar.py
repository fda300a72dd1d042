"""The keys of the moment along the bottom: one widget, drawn from the screen's active bindings.

It shows what Textual's ``Footer`` shows (the bindings marked to be shown, one entry per action,
a disabled one dimmed, the command palette's key on the right) and works the same way: a click
on a key presses it. The ``Footer`` makes a widget for every key and makes them all again each
time the focus moves; this one draws a single line instead, which took a tenth of the app's
start and a part of every focus change.

A room reads it from the back, so nothing in it is ever cut: the keys stand in order of
importance (the order of the active bindings: the focused widget's first, then the screen's;
then the tools on a row (to another step, the link, reorder), then the app's; undo, redo and the
command palette last), and those that do not fit are left out whole. The help key is pulled
out of that order and always stands at the right edge as ``F1 alle toetsen``: the help screen
lists every key, those of the other screens (F2-F8) too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget

from tui.i18n import t

HELP_ACTION = "help"
"""The app's action that opens the help screen: its key always stands at the right edge."""

LATER = ("undo", "redo", "command_palette")
"""Keys a room needs less than the way to the other screens: shown last, and left out first."""

TOOLS = "row_request("
"""The facilitator's tools on a row (move to a step, follow a link, reorder): after the keys of
the table and the screen (new, edit, the steps), before the app's (the other screens)."""


def importance(action: str, on_app: bool) -> int:
    """The order of the entries: the table's and the screen's keys, the tools on a row, the
    app's keys (the other screens), and last the keys a room needs least."""
    if action in LATER:
        return 3
    if action.startswith(TOOLS):
        return 1
    return 2 if on_app else 0


def key_label(display: str) -> str:
    """``F1`` rather than ``f1``: the function keys as they are printed on the keyboard."""
    return display.upper() if re.fullmatch(r"f\d{1,2}", display) else display


def fit_entries(widths: list[int], room: int) -> int:
    """How many of the entries, taken in order of importance, fit whole in ``room`` cells."""
    used = 0
    for count, width in enumerate(widths):
        used += width
        if used > room:
            return count
    return len(widths)


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
        """The keys to show, most important first, and the help key (shown always)."""
        app = self.app
        active = self.screen.active_bindings
        keys: list[_Key] = []
        actions: set[str] = set()
        on_app: set[str] = set()
        help_key = None
        for node, binding, enabled, _tooltip in active.values():
            if not binding.show or binding.action in actions:
                continue
            actions.add(binding.action)
            if node is app:
                on_app.add(binding.action)
            key = _Key(binding, key_label(app.get_key_display(binding)), enabled)
            if binding.action == HELP_ACTION:
                help_key = key._replace(binding=replace(binding, description=t("key.all_keys")))
            else:
                keys.append(key)
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            if binding.action not in actions:
                # Textual adds this binding itself, with its own English description
                binding = replace(binding, description=t("key.palette"))
                keys.append(_Key(binding, key_label(app.get_key_display(binding)), enabled))
        # stable: the order of the bindings kept within each tier
        keys.sort(key=lambda key: importance(key.binding.action, key.binding.action in on_app))
        return keys, help_key

    def _part(self, key: _Key, hovered: bool) -> Text:
        part = Text.assemble(
            (f" {key.label} ", self.get_component_rich_style("key-bar--key")),
            (
                f"{key.binding.description} ",
                self.get_component_rich_style("key-bar--description"),
            ),
        )
        if not key.enabled:
            part.stylize(Style(dim=True))
        if hovered:
            part.stylize(self.get_component_rich_style("key-bar--hover", partial=True))
        return part

    def render(self) -> Text:
        width = self.size.width
        keys, help_key = self._keys()
        tail = Text()
        if help_key is not None:
            tail.append("▏", self.get_component_rich_style("key-bar--rule"))
            tail.append_text(self._part(help_key, self._hover == len(keys)))
        room = max(0, width - tail.cell_len)
        parts = [self._part(key, index == self._hover) for index, key in enumerate(keys)]
        shown = fit_entries([part.cell_len for part in parts], room)
        line = Text(no_wrap=True, overflow="crop", end="")
        self._spans = []
        for part, key in zip(parts[:shown], keys, strict=False):
            start = line.cell_len
            line.append_text(part)
            self._spans.append((start, line.cell_len, key))
        line.pad_right(room - line.cell_len)
        if help_key is not None:
            # the hover index of the help key is one past the keys, whichever are shown
            self._spans.extend([(-1, -1, key) for key in keys[shown:]])
            self._spans.append((room, width, help_key))
        line.append_text(tail)
        line.truncate(width)
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
