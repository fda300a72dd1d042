"""Help: the keys of the screen you came from, and the four A's of the instrument."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.i18n import t

FOUR_AS = ("afspraken", "aandacht", "attitude", "aanname")


def keys_of(screen: Screen) -> list[tuple[str, str]]:
    """(keys, description) of every binding active on ``screen``, as the footer would show them."""
    seen: dict[str, list[str]] = {}
    for active in screen.active_bindings.values():
        description = active.binding.description
        # only the project's own keys (their ids have a dot: "item.new"); Textual's generic ones
        # (focus next, copy) would be English in a Dutch screen and are not about the meeting
        if not description or "." not in (active.binding.id or ""):
            continue
        display = screen.app.get_key_display(active.binding)
        seen.setdefault(description, [])
        if display not in seen[description]:
            seen[description].append(display)
    return [(" / ".join(keys), description) for description, keys in seen.items()]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,f1,question_mark", "dismiss(None)", "key.close_help", id="help.close"),
    ]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__(classes="dialog")
        self.keys = keys

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog-box help-box"):
            yield Static(Content(t("help.keys")), classes="help-heading")
            width = max((len(keys) for keys, _ in self.keys), default=0)
            lines = [f"{keys.ljust(width)}  {description}" for keys, description in self.keys]
            yield Static(Content("\n".join(lines)), classes="help-keys")
            yield Static(Content(t("help.four_as")), classes="help-heading")
            for name in FOUR_AS:
                yield Static(
                    Content.from_markup(
                        "[b]$title[/b]\n$text", title=t(f"help.{name}"), text=t(f"help.{name}.text")
                    ),
                    classes="help-a",
                )
            yield Static(Content(t("help.palette")), classes="screen-hint")
