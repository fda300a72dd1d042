"""The meeting clock: times the agenda item the facilitator is on.

The running seconds live here and are written into the session (``record_time``, which the
autosave picks up but undo ignores) when the item changes, when timing stops, and every
half minute, so a crash loses at most that much of the clock and nothing of the content.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from tui.core.history import SessionEditor
from tui.core.script import agenda_item
from tui.i18n import t

COMMIT_EVERY = 30


class MeetingClock:
    def __init__(self, editor: Callable[[], SessionEditor]) -> None:
        self._editor = editor
        self.current: str | None = None
        self._since: float = 0.0
        self._last_commit: float = 0.0

    def running(self) -> int:
        """Seconds on the current item not yet written into the session."""
        return int(time.monotonic() - self._since) if self.current else 0

    def spent(self, item_id: str) -> int:
        recorded = agenda_item(self._editor().session, item_id).spent
        return recorded + (self.running() if item_id == self.current else 0)

    def total(self) -> int:
        return sum(item.spent for item in self._editor().session.agenda) + self.running()

    def start(self, item_id: str) -> None:
        self.stop()
        self.current = item_id
        self._since = self._last_commit = time.monotonic()

    def stop(self) -> None:
        self.commit()
        self.current = None

    def commit(self) -> None:
        if not self.current:
            return
        seconds = self.running()
        if seconds:
            self._editor().record_time(self.current, self.spent(self.current))
            self._since += seconds
        self._last_commit = time.monotonic()

    def tick(self) -> None:
        """Called every second; writes the time down every half minute."""
        if self.current and time.monotonic() - self._last_commit >= COMMIT_EVERY:
            self.commit()


def clock_text(seconds: int) -> str:
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def timing_text(seconds: int, timebox: int) -> str:
    """An agenda item's time in words: ``7 min van 10``, ``7 min`` without a time box, ``10 min``
    (the box alone) before it started; ``""`` for neither. Whole minutes: the room reads the
    panel at a glance, the running clock above it has the seconds."""
    minutes = max(seconds, 0) // 60
    if timebox:
        return (
            t("script.timing_of", minutes=minutes, box=timebox)
            if seconds
            else t("script.timing_box", box=timebox)
        )
    return t("script.timing", minutes=minutes) if seconds else ""
