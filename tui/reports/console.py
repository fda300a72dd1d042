"""The console the reports print on (see ``make_console`` in :mod:`tui.reports.summary` and
:mod:`tui.reports.compare_report`)."""

from __future__ import annotations

from rich.console import Console


class ReportConsole(Console):
    """Rich's console, but a reader that went away (``summary … | head``) is the caller's business.

    Rich's own answer to a broken pipe is to exit with status 1; the commands stop quietly with
    status 0 instead (see :func:`tui.commands.common.closed_pipe`), so here the error is raised."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError
