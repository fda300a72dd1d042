"""An Input that keeps pasted text as data: cleaned, and joined onto one line instead of cut."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from tui.core.text import clean_line


class CleanInput(Input):
    """Textual's Input keeps only the first line of a paste, control characters included; this
    one joins the lines with spaces and drops terminal-steering characters, so nothing pasted is
    silently lost and nothing pasted reaches the terminal."""

    def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # not Input's own handler as well
        text = clean_line(event.text)
        if text:
            start, end = self.selection
            if start == end:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *sorted((start, end)))
        event.stop()

    def accept_suggestion(self) -> bool:
        """Take the completion on offer, if any (as the right arrow does at the end)."""
        suggestion = self._suggestion
        if suggestion and len(suggestion) > len(self.value):
            self.value = suggestion
            self.cursor_position = len(suggestion)
            return True
        return False
