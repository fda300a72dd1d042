"""When the app stops unexpectedly: keep the work, tell the room little, tell the log everything.

Textual's answer to an unhandled exception is a traceback with the local variables of every
frame, printed on the terminal: on a projector, that is the session's text in front of the whole
group. :class:`SafeExit` replaces that one step (Textual's handler of unhandled exceptions, through
which every error of a handler, a timer, a worker or the compositor passes; see
:func:`tui.app.textual_internals.route_unhandled_errors`): it keeps what the
session holds in memory (the session file when the text is valid, else a recovery copy), writes
the full report to a file in the app's state folder, and leaves the terminal with three short
lines: what happened (the kind of error, never its text), where the work is, where the report is.

The same mixin handles SIGTERM and SIGHUP (a shutdown, a closed terminal window, a dropped SSH
connection), which end a Python program without any cleanup: it keeps the work and exits with
status 128 + the signal's number, as a shell reports a process ended by a signal. And it notices
workers that failed quietly (``exit_on_error=False``): Textual only logs those to its devtools.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import platform
import signal
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.worker import Worker, WorkerFailed, WorkerState

from tui import __version__
from tui.app.textual_internals import (
    mark_failed,
    print_exit_messages,
    route_unhandled_errors,
    watch_ending_workers,
)
from tui.core.text import clean_line
from tui.i18n import t
from tui.storage.recovery import state_folder

if TYPE_CHECKING:
    from textual.app import App

    from tui.app.autosave import AutoSaver
    from tui.app.clock import MeetingClock

KEEP_REPORTS = 20
"""Older crash reports are removed: they are for a helpdesk, not an archive."""
HANDLED_SIGNALS = ("SIGTERM", "SIGHUP")
"""By name: Windows has neither."""


def logs_folder() -> Path:
    return state_folder() / "logs"


def write_report(error: BaseException, outcome: str, extra: Sequence[BaseException] = ()) -> Path:
    """Write the full report of ``error`` (and of errors met while keeping the work) to a new
    file in the logs folder; returns its path. Raises OSError when it cannot be written."""
    folder = logs_folder()
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    lines = [
        f"interne-klanten {__version__} crash report, {now.isoformat(timespec='seconds')}\n",
        f"Python {platform.python_version()} on {platform.platform()}\n",
        f"Command: {' '.join(sys.argv)}\n",
        f"The work: {outcome}\n\n",
        *_format(error),
    ]
    for other in extra:
        lines += ["\nAnother error, met while keeping the work:\n", *_format(other)]
    for number in range(1, 100):
        path = folder / f"crash-{stamp}{'' if number == 1 else f'-{number}'}.txt"
        try:
            with open(path, "x", encoding="utf-8", errors="backslashreplace") as handle:
                handle.writelines(lines)
            break
        except FileExistsError:
            continue
    else:  # 99 reports in one second: something is looping; not one more file
        raise FileExistsError(errno.EEXIST, "too many crash reports this second", str(folder))
    _prune(folder)
    return path


def append_report(path: Path, error: BaseException) -> None:
    """Later errors of a crashing app (often echoes of the first) go into the same report."""
    with open(path, "a", encoding="utf-8", errors="backslashreplace") as handle:
        handle.write("\nA later error:\n")
        handle.writelines(_format(error))


def _format(error: BaseException) -> list[str]:
    if isinstance(error, WorkerFailed) and error.error is not None:
        error = error.error  # the worker's own exception, with its traceback
    return traceback.format_exception(error)


def _prune(folder: Path) -> None:
    try:  # names sort by time: crash-YYYYmmdd-HHMMSS[-n].txt
        for old in sorted(folder.glob("crash-*.txt"))[:-KEEP_REPORTS]:
            old.unlink()
    except OSError:
        pass  # tidying up, not worth an error


def error_kind(error: BaseException) -> str:
    """The name of the error, never its message (which may quote the session)."""
    if isinstance(error, WorkerFailed) and error.error is not None:
        error = error.error
    return type(error).__name__


def farewell(
    headline: str, outcome: str, file: str, report: Path | None, report_error: str = ""
) -> Text:
    """The few lines left on the terminal: plain text, no markup, nothing from the session but
    the file's name (which the title bar showed all along)."""
    lines = [headline]
    if outcome in ("saved", "recovery", "lost"):
        lines.append(t(f"crash.work.{outcome}", file=clean_line(file)))  # a name: not cleaned
    if report is not None:
        lines.append(t("crash.report", path=report))
    elif report_error:
        lines.append(t("crash.no_report", error=report_error))
    return Text("\n".join(lines), end="\n")


@route_unhandled_errors
class SafeExit:
    """Mixed into the app (before ``App``): the unexpected end of a run, kept safe."""

    saver: AutoSaver | None
    clock: MeetingClock

    _crash_report: Path | None = None
    _crashed = False
    _signals: tuple[int, ...] = ()

    def install_worker_reporting(self) -> None:
        """Tell :meth:`worker_failed` about a worker that failed quietly (one started with
        ``exit_on_error=False``): such a failure would otherwise show nothing at all."""
        watch_ending_workers(self, self._worker_ended)  # type: ignore[arg-type]

    def _worker_ended(self, worker: Worker) -> None:
        if worker.state == WorkerState.ERROR and not worker.exit_on_error and worker.error:
            self.worker_failed(worker)

    # --- keeping the work ------------------------------------------------------------------

    def keep_work(self) -> tuple[str, list[BaseException]]:
        """Everything memory holds, to disk, now: ``saved`` (in the session file), ``recovery``
        (in a recovery copy only), ``lost``, or ``none`` (no session open); and the errors met."""
        saver = self.saver
        if saver is None:
            return "none", []
        errors: list[BaseException] = []
        try:
            self.clock.stop()  # the time on the current agenda item, into the session
        except Exception as error:
            errors.append(error)
        try:
            if saver.rescue():
                return "saved", errors
        except Exception as error:
            errors.append(error)
        held = saver.recovery_revision == saver.editor.revision
        return ("recovery" if held else "lost"), errors

    # --- unhandled exceptions --------------------------------------------------------------

    def unhandled_error(self, error: Exception) -> None:
        """Instead of Textual's traceback with locals: keep the work, write the report, leave a
        short message, exit with status 1. The error is still recorded as Textual does, so that
        ``run_test`` re-raises it in tests as before."""
        app: App[Any] = self  # type: ignore[assignment]
        message: list[Text] = []
        if not self._crashed:
            self._crashed = True
            outcome, errors = self.keep_work()
            report, report_error = None, ""
            try:
                report = self._crash_report = write_report(error, outcome, errors)
            except OSError as failure:
                report_error = failure.strerror or str(failure)
            headline = t("crash.stopped", kind=error_kind(error))
            message.append(farewell(headline, outcome, self._file_name(), report, report_error))
        elif self._crash_report is not None:
            with contextlib.suppress(OSError):
                append_report(self._crash_report, error)
        mark_failed(app, error)
        app.panic(*message)  # the message (only the first error's) to show, and the app ends

    def unhandled_error_after_run(self, error: Exception) -> None:
        """For an error that escaped ``App.run`` itself (after which Textual prints nothing):
        the same as one inside, and the message printed now."""
        self.unhandled_error(error)
        print_exit_messages(self)  # type: ignore[arg-type]

    def worker_failed(self, worker: Worker) -> None:
        """A worker that was allowed to fail did: log it and say so, but keep running."""
        error = worker.error
        assert error is not None
        try:
            report = write_report(
                error, f"kept running (worker {worker.name!r}, group {worker.group!r})"
            )
        except OSError as failure:
            message = t(
                "crash.worker_no_report", kind=error_kind(error), error=failure.strerror or failure
            )
        else:
            message = t("crash.worker", kind=error_kind(error), path=report)
        self.notify(message, severity="error", timeout=15, markup=False)  # type: ignore[attr-defined]

    def _file_name(self) -> str:
        return self.saver.path.name if self.saver is not None else ""

    # --- signals ---------------------------------------------------------------------------

    def install_signal_handlers(self) -> None:
        """On the running event loop, so the handler runs between two messages, never in the
        middle of a change to the session."""
        loop = asyncio.get_running_loop()
        installed = []
        for name in HANDLED_SIGNALS:
            number = getattr(signal, name, None)
            if number is None:
                continue
            try:
                loop.add_signal_handler(number, self._on_signal, number)
            except (NotImplementedError, RuntimeError, ValueError):
                continue  # not the main thread, or a loop without signal support
            installed.append(number)
        self._signals = tuple(installed)

    def remove_signal_handlers(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        for number in self._signals:
            loop.remove_signal_handler(number)
        self._signals = ()

    def _on_signal(self, number: int) -> None:
        if self._crashed:
            return
        self._crashed = True  # a second signal, or an error while exiting: nothing more to do
        outcome, errors = self.keep_work()
        report = None
        if errors or outcome == "lost":
            with contextlib.suppress(OSError):
                report = write_report(
                    errors[0] if errors else RuntimeError("nothing kept"), outcome, errors[1:]
                )
        name = signal.Signals(number).name
        if name == "SIGHUP":
            # The terminal is gone: nobody reads a message, and an orderly shutdown would write
            # to it (and can wait on it). The work is kept; end here.
            os._exit(128 + number)
        message = farewell(t("crash.signal", name=name), outcome, self._file_name(), report)
        self.exit(return_code=128 + number, message=message)  # type: ignore[attr-defined]
