"""Saving without thinking about it.

Every change to the session schedules a save: debounced (a burst of typing is one save), but
never later than about a second after the first unsaved change. The text is made on the UI thread
(the model must not change under it) and written by a worker thread with the atomic writer. A
failed save (full disk, read-only folder) is shown at once, retried every few seconds, and the
edits stay in memory. A file that changed on disk since it was loaded or last saved is never
overwritten: the app is told, and the user chooses (reload, or keep this version as a copy).
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from textual.signal import Signal
from textual.timer import Timer

from tui.core.history import SessionEditor
from tui.i18n import t
from tui.storage.atomic import atomic_write
from tui.storage.toml_format import dumps_session

if TYPE_CHECKING:
    from textual.app import App

DEBOUNCE = 0.3
"""Seconds of quiet before a save."""
MAX_DELAY = 1.0
"""A save starts at most this long after the first unsaved change, typing or not."""
RETRY = 3.0


@dataclass(frozen=True)
class DiskState:
    """What we believe is on disk: compared before each write to notice outside changes."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path, data: bytes) -> DiskState:
        stat = os.stat(path)
        return cls(stat.st_mtime_ns, stat.st_size, hashlib.sha256(data).hexdigest())

    def matches(self, path: Path) -> bool:
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            return True  # deleted outside: writing it again loses nothing
        if (stat.st_mtime_ns, stat.st_size) == (self.mtime_ns, self.size):
            return True
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest() == self.digest
        except OSError:
            return False


class ConflictError(Exception):
    """The file changed on disk since we loaded or saved it."""


class AutoSaver:
    def __init__(self, app: App, editor: SessionEditor, path: Path, loaded: bytes) -> None:
        self.app = app
        self.editor = editor
        self.path = path
        self.disk = DiskState.of(path, loaded)
        self.saved_revision = editor.revision
        self.saved_at: datetime | None = None
        self.error: str = ""
        self.conflict = False
        self.saving = False
        self._first_unsaved: float | None = None
        self._timer: Timer | None = None
        self.status_signal: Signal[tuple[str, str]] = Signal(app, "save-status")
        self.on_conflict: Callable[[], None] = lambda: None
        editor.listeners.append(lambda _label: self.schedule())

    # --- state -----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.editor.revision != self.saved_revision

    def status(self) -> tuple[str, str]:
        """The status line's text and its kind: ``ok``, ``error`` or ``read_only``."""
        name = self.path.name
        if self.conflict:
            return t("save.status.conflict", file=name), "error"
        if self.error:
            return t("save.status.error", file=name, error=self.error), "error"
        if self.dirty or self.saving:
            return t("save.status.pending", file=name), "ok"
        if self.editor.read_only:
            return t("save.status.read_only", file=name), "read_only"
        if self.saved_at:
            return t("save.status.saved", file=name, time=self.saved_at.strftime("%H:%M")), "ok"
        return t("save.status.loaded", file=name), "ok"

    def _publish(self) -> None:
        self.status_signal.publish(self.status())

    # --- scheduling ------------------------------------------------------------------------

    def schedule(self) -> None:
        now = time.monotonic()
        if self._first_unsaved is None:
            self._first_unsaved = now
        # never 0: textual 8.2.8 divides by the interval of a late timer
        delay = max(0.01, min(DEBOUNCE, self._first_unsaved + MAX_DELAY - now))
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.app.set_timer(delay, self.save_soon)
        self._publish()

    def save_soon(self) -> None:
        """Start a save in a worker, unless one is running (it reschedules when it ends)."""
        self._timer = None
        if self.saving or self.conflict or not self.dirty:
            return
        text = dumps_session(self.editor.session)
        revision = self.editor.revision
        self.saving = True
        self.app.run_worker(
            lambda: self._write(text.encode("utf-8"), revision),
            thread=True,
            group="autosave",
            exit_on_error=False,
        )

    def _write(self, data: bytes, revision: int) -> None:
        """In the worker thread: check the disk, write, report back on the UI thread."""
        try:
            if not self.disk.matches(self.path):
                raise ConflictError
            atomic_write(self.path, data)
            disk = DiskState.of(self.path, data)
        except ConflictError:
            self.app.call_from_thread(self._conflicted)
        except OSError as error:
            self.app.call_from_thread(self._failed, error)
        else:
            self.app.call_from_thread(self._written, revision, disk)

    def _written(self, revision: int, disk: DiskState) -> None:
        self.saving = False
        self.disk = disk
        self.saved_revision = revision
        self.saved_at = datetime.now()
        was_error, self.error = self.error, ""
        if was_error:
            self.app.notify(t("save.recovered"), timeout=4)
        self._first_unsaved = None
        if self.dirty:
            self.schedule()
        self._publish()

    def _failed(self, error: OSError) -> None:
        self.saving = False
        first = not self.error
        self.error = error.strerror or str(error)
        if first:
            self.app.notify(t("save.failed_notice", error=self.error), severity="error", timeout=8)
        self._timer = self.app.set_timer(RETRY, self.save_soon)
        self._publish()

    def _conflicted(self) -> None:
        self.saving = False
        self.conflict = True
        self._publish()
        self.on_conflict()

    # --- explicit saves --------------------------------------------------------------------

    def save_now(self) -> bool:
        """Save on the UI thread (quit, ctrl+s); True when everything is on disk."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty:
            return True
        data = dumps_session(self.editor.session).encode("utf-8")
        try:
            if not self.disk.matches(self.path):
                self._conflicted()
                return False
            atomic_write(self.path, data)
        except OSError as error:
            self.saving = True  # _failed expects a running save
            self._failed(error)
            return False
        self._written(self.editor.revision, DiskState.of(self.path, data))
        return True

    def adopt(self, path: Path, data: bytes, revision: int) -> None:
        """Continue on ``path`` whose content is ``data`` (after a reload or keeping a copy)."""
        self.path = path
        self.disk = DiskState.of(path, data)
        self.saved_revision = revision
        self.conflict = False
        self.error = ""
        self.saved_at = datetime.now()
        self._first_unsaved = None
        self._publish()
