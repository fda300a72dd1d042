"""What the screens on an open session share: they draw themselves from the model, and again
whenever the session changes (undo, autosave reload, another screen's edit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tui.app.textual_internals import RendersAfterBatch
from tui.app.widgets.item_section import ItemSection
from tui.app.widgets.meeting_title import MeetingTitle
from tui.core.identity import GoneError
from tui.core.model import ModelError

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


class RefreshError(RuntimeError):
    """A screen failed to redraw after a change to the session (the cause is chained)."""


class SessionScreen(RendersAfterBatch):
    app: InterneKlantenApp
    following = False
    """True once the screen draws from the session (see :meth:`follow_session`)."""

    def follow_session(self) -> None:
        """Draw now, and after every change to the session (call from ``on_mount``): the app
        calls :meth:`refresh_view` of every following screen when the editor changes it."""
        self.following = True
        self.refresh_view()

    def redraw(self) -> None:
        """The title line and the screen's own view, from the model (the app calls this after
        every change)."""
        for title in self.query(MeetingTitle):
            title.show()
        self.refresh_view()

    def refresh_view(self) -> None:
        raise NotImplementedError

    def clock_ticked(self) -> None:
        """Once a second while a session is open (the meeting clock)."""

    @property
    def section(self) -> ItemSection:
        """The screen's table (the first, on a screen with several)."""
        return self.query_one(ItemSection)

    def store(self, section: ItemSection, change: Callable[[], str | None]) -> None:
        """Answer a form's submit: ``change`` makes the edit through the editor (one undo step)
        and returns the key of the row to select. Then the form closes; or it stays open with
        the model's objection, or with the news that its item is gone (its text kept)."""
        try:
            with self.app.editor.transaction():
                key = change()
        except GoneError:
            section.item_gone()
            return
        except ModelError as error:
            section.show_error(str(error))
            return
        section.close_form()
        if key:
            section.select(key)

    def complain(self, error: Exception) -> None:
        """A change the model refused: say why, in the corner of the screen."""
        self.app.notify(str(error), severity="error", markup=False)
