"""What the screens on an open session share: they draw themselves from the model, and again
whenever the session changes (undo, autosave reload, another screen's edit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.containers import ScrollableContainer

from tui.app.textual_internals import RendersAfterBatch
from tui.app.widgets.item_section import ItemSection
from tui.app.widgets.meeting_title import MeetingTitle
from tui.app.widgets.status_line import StatusLine
from tui.core.identity import GoneError
from tui.core.model import ModelError

if TYPE_CHECKING:
    from textual.widget import Widget

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

    # --- kept screens (tui/app/kept_screens.py) --------------------------------------------------

    _return_to: Widget | None = None
    """The field of an open form that had the focus when the screen was left."""

    def focus_start(self) -> None:
        """Focus where the screen starts: its (first) table."""
        self.set_focus(self.section.grid, scroll_visible=False)

    def left(self) -> None:
        """The screen is left, to be shown again later: the field with the focus lets go of it
        (and stores what it holds, as when it is left with tab). A field of an open form gets
        the focus back when the screen is shown again."""
        focused = self.focused
        in_form = focused is not None and any(
            isinstance(node, ItemSection) and node.form_open for node in focused.ancestors
        )
        self._return_to = focused if in_form else None
        self.set_focus(None)
        # "busy" is shown on the screen shown (InterneKlantenApp.show_busy): not on one shown
        # again later, when the app may long be done
        for line in self.query(StatusLine):
            line.show_busy(False)
        for section in self.query(ItemSection):
            section.remove_class("-busy")

    def shown_again(self) -> None:
        """Before the screen is shown again: drawn from the model (it was not redrawn while it
        was not shown), and as new: each table on its first row, the top in view, the focus
        where the screen starts; or in the open form it was left in."""
        self.redraw()
        back, self._return_to = self._return_to, None
        if back is not None and back.is_attached:
            self.set_focus(back, scroll_visible=False)
            return
        for section in self.query(ItemSection):
            section.grid.move_cursor(row=0, animate=False, scroll=False)
            section.grid.scroll_home(animate=False, immediate=True)
        for scroll in self.query(ScrollableContainer):
            scroll.scroll_home(animate=False, immediate=True)
        self.focus_start()

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
