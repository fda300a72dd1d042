"""The screens beside the workshop, made once per open session and kept.

The meeting data (F2), the chain (F3), the closing round (F5) and all action points are made the
first time they are asked for, and kept (installed in Textual's sense) while the session is open:
shown again, a screen is drawn from the model and shown, where making it anew (compose, mount,
styles for every widget, a dozen renders while it settles) took five times as long, on every key.

A kept screen is shown again as if it were new (the model drawn, the top in view, the first field
focused), with one exception: a form left open keeps what was typed in it, and has the focus
again. Leaving a kept screen takes the focus from its field, so that the field stores what it
holds, as when it is left with tab (a screen made anew each time lost it).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, TypeVar

from textual.screen import Screen

from tui.app.screens.base import SessionScreen

if TYPE_CHECKING:
    from textual.app import App

Kept = TypeVar("Kept", bound=SessionScreen)


def kept_kind(name: str) -> type[SessionScreen]:
    """The class of the kept screen ``name`` (imported here, the first time it is asked for:
    the first screen does not need them)."""
    from tui.app.screens.actions import ActionsScreen
    from tui.app.screens.chain import ChainScreen
    from tui.app.screens.closing import ClosingScreen
    from tui.app.screens.meeting import MeetingScreen

    kinds: dict[str, type[SessionScreen]] = {
        "actions": ActionsScreen,
        "meeting": MeetingScreen,
        "chain": ChainScreen,
        "closing": ClosingScreen,
    }
    return kinds[name]


class KeptScreens:
    """The kept screens of the open session, by name."""

    def __init__(self, app: App) -> None:
        self.app = app
        self._screens: dict[str, SessionScreen] = {}

    def get(self, name: str, kind: type[Kept], make: Callable[[], Kept] | None = None) -> Kept:
        """The screen ``name``: made (by ``make``, or ``kind()``) the first time, then the same
        one, drawn from the model again and shown as new (:meth:`SessionScreen.shown_again`)."""
        screen = self._screens.get(name)
        if isinstance(screen, kind):
            screen.shown_again()
            return screen
        made = make() if make is not None else kind()
        self._screens[name] = made
        self.app.install_screen(made, self._installed_name(name))
        return made

    def leaving(self, screen: Screen) -> None:
        """``screen`` is about to be popped or replaced: if it is kept, it lets go of the focus."""
        if screen in self._screens.values():
            assert isinstance(screen, SessionScreen)
            screen.left()

    def forget(self, stacked: Collection[Screen]) -> None:
        """The session is closed and its screens are popped: they go. ``stacked``: the stack
        before the popping (Textual removes a popped screen that is not installed once the pop
        is done; those that were not on the stack are removed here)."""
        for name, screen in self._screens.items():
            self.app.uninstall_screen(self._installed_name(name))
            if screen not in stacked and screen.is_attached:
                screen.remove()
        self._screens.clear()

    @staticmethod
    def _installed_name(name: str) -> str:
        return f"kept-{name}"
