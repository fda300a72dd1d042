"""An Input that keeps pasted text as data: cleaned, and joined onto one line instead of cut."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input

from tui.app.textual_internals import offered_suggestion
from tui.core.text import join_pasted


class CleanInput(Input):
    """Textual's Input keeps only the first line of a paste, control characters included; this
    one joins the lines (with "; " between the items of a list, else a space: see
    :func:`tui.core.text.join_pasted`) and drops terminal-steering characters, so nothing pasted
    is silently lost, a paste is one value (never several items), and nothing pasted reaches the
    terminal."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Typing into a field never replaces what is there: the cursor goes to the end, nothing
        # is selected (Textual's Input selects all on focus, and one key would erase a need).
        kwargs.setdefault("select_on_focus", False)
        super().__init__(*args, **kwargs)

    def on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # not Input's own handler (``_on_paste``) as well
        text = join_pasted(event.text)
        if text:
            start, end = self.selection
            if start == end:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *sorted((start, end)))
        event.stop()

    def accept_suggestion(self) -> bool:
        """Take the completion on offer, if any (as the right arrow does at the end)."""
        suggestion = offered_suggestion(self)
        if suggestion and len(suggestion) > len(self.value):
            self.value = suggestion
            self.cursor_position = len(suggestion)
            return True
        return False
