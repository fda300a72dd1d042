"""Saving without thinking about it.

Every change to the session schedules a save: debounced (a burst of typing is one save), but
never later than about a second after the first unsaved change. The text is made on the UI thread
(the model must not change under it) and written by a worker thread with the atomic writer. A
failed save (full disk, read-only folder) is shown at once, retried every few seconds, and the
edits stay in memory. A file that changed on disk since it was loaded or last saved is never
overwritten: the app is told, and the user chooses (reload, or keep this version as a copy).

Between two saves, and while saves fail, the edits exist only in memory. A moment after every
change (``RECOVERY_DEBOUNCE``) the same text therefore also goes to a recovery copy in the app's
state folder (:mod:`tui.storage.recovery`), which is deleted once the session file holds it. A
crash, a kill or a closed terminal then loses at most that moment; the next start offers the copy.

The canonical text of a revision is made once and shared by the recovery copy and the save (at
2,000 action points it takes 20 to 70 ms on the UI thread; the copy adds a few ms). Writes to
the session file happen under one lock, in the worker and on the UI thread (ctrl+s, quit, a
crash), and each remembers the revision it wrote: an older save that finishes late never
replaces a newer one, and a save of our own is never mistaken for a change made outside the app.
"""

from __future__ import annotations

import errno
import hashlib
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.signal import Signal
from textual.timer import Timer

from tui.core.history import SessionEditor
from tui.core.text import clean_line
from tui.i18n import t
from tui.storage.atomic import atomic_write, describe_error
from tui.storage.recovery import RecoveryCopy
from tui.storage.toml_format import SessionFileError, dumps_session, parse_session

if TYPE_CHECKING:
    from textual.app import App

DEBOUNCE = 0.3
"""Seconds of quiet before a save."""
MAX_DELAY = 1.0
"""A save starts at most this long after the first unsaved change, typing or not."""
RETRY = 3.0
RECOVERY_DEBOUNCE = 0.2
"""Seconds of quiet before the recovery copy is written ..."""
RECOVERY_MAX_DELAY = 0.5
"""... and at most this long after the first change it does not hold yet."""
UI_WAIT = 3.0
"""A save on the UI thread waits at most this long for a save in the worker to finish."""


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
    def __init__(
        self,
        app: App,
        editor: SessionEditor,
        path: Path,
        loaded: bytes,
        *,
        recovery_folder: Path | None = None,
    ) -> None:
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
        self._recovery_folder = recovery_folder
        self.recovery = RecoveryCopy(path, recovery_folder)
        self.recovery_revision: int | None = None
        """The revision the recovery copy holds (None: there is no copy)."""
        self.recovery_error = ""
        self._recovery_timer: Timer | None = None
        self._first_unrecovered: float | None = None
        self._text_cache: tuple[int, str] | None = None
        self._disk_lock = threading.Lock()
        self._disk_revision = editor.revision
        """The revision in the file on disk; read and written under ``_disk_lock``."""
        editor.listeners.append(lambda _label: self.schedule())

    # --- state -----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.editor.revision != self.saved_revision

    def status(self) -> tuple[str, str]:
        """The status line's text and its kind: ``ok``, ``error`` or ``read_only``."""
        name = clean_line(self.path.name)  # a file name is data too
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

    def text(self) -> str:
        """The canonical text of the session as it is now (made once per revision)."""
        revision = self.editor.revision
        if self._text_cache is None or self._text_cache[0] != revision:
            self._text_cache = (revision, dumps_session(self.editor.session))
        return self._text_cache[1]

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
        self._schedule_recovery(now)
        self._publish()

    def _schedule_recovery(self, now: float) -> None:
        if self._first_unrecovered is None:
            self._first_unrecovered = now
        latest = self._first_unrecovered + RECOVERY_MAX_DELAY
        delay = max(0.01, min(RECOVERY_DEBOUNCE, latest - now))
        if self._recovery_timer is not None:
            self._recovery_timer.stop()
        self._recovery_timer = self.app.set_timer(delay, self.write_recovery)

    def save_soon(self) -> None:
        """Start a save in a worker, unless one is running (it reschedules when it ends)."""
        self._timer = None
        if self.saving or self.conflict or not self.dirty:
            return
        text = self.text()
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
            self._write_file(data, revision)
        except ConflictError:
            self.app.call_from_thread(self._conflicted)
        except OSError as error:
            self.app.call_from_thread(self._failed, error)
        except Exception as error:
            # A bug, not the disk: keep retrying like a failed save, and let the worker end in
            # error so that the app logs it (see tui.app.crash).
            self.app.call_from_thread(self._failed, error)
            raise
        else:
            self.app.call_from_thread(self._written, revision)

    def _write_file(self, data: bytes, revision: int, wait: float = -1) -> None:
        """Write ``data`` (the text of ``revision``) unless the file changed outside or a newer
        revision is already there. Any thread; the lock is never held while waiting for the UI
        thread (``call_from_thread`` would then wait for a UI thread that waits for the lock).
        On the UI thread, ``wait`` bounds the wait for a save that hangs (a network drive that
        stopped answering): then this one fails like any save, and the app stays usable."""
        if not self._disk_lock.acquire(timeout=wait):
            raise TimeoutError(errno.ETIMEDOUT, "an earlier save has not finished")
        try:
            if revision <= self._disk_revision:
                return  # a save of a newer revision went first
            if not self.disk.matches(self.path):
                raise ConflictError
            atomic_write(self.path, data)
            self.disk = DiskState.of(self.path, data)
            self._disk_revision = revision
        finally:
            self._disk_lock.release()

    def _written(self, revision: int) -> None:
        self.saving = False
        self.saved_revision = max(self.saved_revision, revision)
        self.saved_at = datetime.now()
        was_error, self.error = self.error, ""
        if was_error:
            self.app.notify(t("save.recovered"), timeout=4)
        self._first_unsaved = None
        if self.dirty:
            self.schedule()
        else:
            self._discard_recovery()
        self._publish()

    def _failed(self, error: Exception) -> None:
        self.saving = False
        first = not self.error
        self.error = describe_error(error)
        if first:
            self.app.notify(t("save.failed_notice", error=self.error), severity="error", timeout=8)
        self._timer = self.app.set_timer(RETRY, self.save_soon)
        self._publish()

    def _conflicted(self) -> None:
        self.saving = False
        self.conflict = True
        self._publish()
        self.on_conflict()

    # --- the recovery copy -----------------------------------------------------------------

    def write_recovery(self) -> bool:
        """Put what memory holds into the recovery copy, if the session file does not hold it
        yet. On the UI thread (the model must not change under it); True when it is safe."""
        self._recovery_timer = None
        self._first_unrecovered = None
        if not self.dirty:
            self._discard_recovery()
            return True
        revision = self.editor.revision
        if self.recovery_revision == revision:
            return True
        try:
            self.recovery.write(self.text(), self.disk.digest)
        except OSError as error:
            if not self.recovery_error:  # once: the session file is what matters
                self.recovery_error = describe_error(error)
                message = t("recovery.not_written", error=self.recovery_error)
                self.app.notify(message, severity="warning", timeout=8)
            return False
        self.recovery_revision = revision
        self.recovery_error = ""
        return True

    def _discard_recovery(self) -> None:
        """The session file holds what the copy held (or more): the copy can go."""
        if self._recovery_timer is not None:
            self._recovery_timer.stop()
            self._recovery_timer = None
        self._first_unrecovered = None
        try:
            self.recovery.discard()
        except OSError:
            return  # left for the next start, which drops copies equal to the file
        self.recovery_revision = None

    # --- explicit saves --------------------------------------------------------------------

    def save_now(self) -> bool:
        """Save on the UI thread (quit, ctrl+s); True when everything is on disk."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty:
            return True
        self.write_recovery()  # first: if the save fails below, the copy holds it
        revision = self.editor.revision
        try:
            self._write_file(self.text().encode("utf-8"), revision, wait=UI_WAIT)
        except ConflictError:
            self._conflicted()
            return False
        except OSError as error:
            self.saving = True  # _failed expects a running save
            self._failed(error)
            return False
        self._written(revision)
        return True

    def rescue(self) -> bool:
        """The last moments (an unhandled error, a signal): keep what memory holds, without
        touching the screen. The recovery copy first; then the session file, but only when the
        text is a valid session (an error in the middle of a change may have left the model
        half-changed: then only the copy holds it, to be looked at on the next start).
        True when the session file holds everything."""
        if not self.dirty:
            return True
        text = self.text()
        revision = self.editor.revision
        if self.recovery_revision != revision:
            try:
                self.recovery.write(text, self.disk.digest)
                self.recovery_revision = revision
            except OSError:
                pass  # the session file may still work
        if self.conflict:
            return False
        try:
            parse_session(text, str(self.path))
        except SessionFileError:
            return False
        try:
            self._write_file(text.encode("utf-8"), revision, wait=UI_WAIT)
        except (ConflictError, OSError):
            return False
        self.saved_revision = revision
        try:
            self.recovery.discard()
            self.recovery_revision = None
        except OSError:
            pass
        return True

    def adopt(self, path: Path, data: bytes, revision: int) -> None:
        """Continue on ``path`` whose content is ``data`` (after a reload or keeping a copy):
        what memory holds is on disk, so the old recovery copy goes and a new one starts."""
        with self._disk_lock:
            self.path = path
            self.disk = DiskState.of(path, data)
            self._disk_revision = revision
        self.saved_revision = revision
        self.conflict = False
        self.error = ""
        self.saved_at = datetime.now()
        self._first_unsaved = None
        self._discard_recovery()
        self.recovery = RecoveryCopy(path, self._recovery_folder)
        if self.dirty:
            self.schedule()
        self._publish()

    def close(self) -> None:
        """The session is closed: stop the timers (the last save was made by the caller)."""
        for timer in (self._timer, self._recovery_timer):
            if timer is not None:
                timer.stop()
        self._timer = self._recovery_timer = None
