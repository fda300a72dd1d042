"""One line at the bottom: which file is open and whether what the screen shows is on disk.

A message that does not fit (a long file name, an error of the operating system) wraps onto a
second or third line rather than being cut: "NIET OPGESLAGEN" and why must be read whole."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from tui.i18n import t


class StatusLine(Static):
    DEFAULT_CSS = """
    StatusLine { height: auto; max-height: 3; background: $panel; color: $text; padding: 0 1; }
    StatusLine.-error { background: $error; color: $text; text-style: bold; }
    StatusLine.-readonly { background: $warning 40%; }
    StatusLine.-busy { background: $warning; color: $text; }
    """

    _status: tuple[str, str] = ("", "")

    def on_mount(self) -> None:
        saver = self.app.saver  # type: ignore[attr-defined]
        saver.status_signal.subscribe(self, self._show)
        self._show(saver.status())

    def show_busy(self, busy: bool) -> None:
        """Keys wait for the app (typed ahead of it), or no longer."""
        self.set_class(busy, "-busy")
        if busy:
            self.update(Content(t("status.busy")))
        else:
            self._show(self._status)

    def _show(self, status: tuple[str, str]) -> None:
        self._status = status
        text, kind = status
        self.set_class(kind == "error", "-error")
        self.set_class(kind == "read_only", "-readonly")
        self.update(Content(text))
