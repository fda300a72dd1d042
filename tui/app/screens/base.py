"""What the screens on an open session share: they draw themselves from the model, and again
whenever the session changes (undo, autosave reload, another screen's edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from tui.app.widgets.item_section import ItemSection

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


class SessionScreen(Screen):
    app: InterneKlantenApp

    def follow_session(self) -> None:
        """Draw now, and after every change to the session (call from ``on_mount``)."""
        self.app.session_changed.subscribe(self, lambda _label: self.refresh_view())
        self.refresh_view()

    def refresh_view(self) -> None:
        raise NotImplementedError

    @property
    def section(self) -> ItemSection:
        """The screen's table (the first, on a screen with several)."""
        return self.query_one(ItemSection)

    def complain(self, error: Exception) -> None:
        """A change the model refused: say why, in the corner of the screen."""
        self.app.notify(str(error), severity="error")
