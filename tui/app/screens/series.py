"""The series inside the app: every meeting of the open (or the selected) session's series side by
side, the same renderables as ``interne-klanten series`` (:mod:`tui.reports.series_report`).

The files are read in a worker thread (a series in a folder of many sessions reads them all once,
validates only its own). The open session is taken as the app holds it, not as the file on disk
says a moment before the autosave, so what was just typed counts.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from tui.app.screens.report import ReportScreen
from tui.core.model import Session
from tui.core.series import Series, SeriesFile, find_chain, series_figures
from tui.i18n import t
from tui.storage.folder import SessionFolder

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


class _WithOpenSession(SessionFolder):
    """The folder, with the open session as the app holds it in place of its file."""

    def __init__(self, folder: Path, name: str, session: Session | None) -> None:
        super().__init__(folder)
        self.open_name = name
        self.open_session = session

    def entry(self, name: str) -> SeriesFile | None:
        if name == self.open_name and self.open_session is not None:
            m = self.open_session.meeting
            return SeriesFile(
                name, self.label(name), self.open_session, previous=m.previous, day=m.date
            )
        return super().entry(name)


class SeriesScreen(ReportScreen):
    """The series of ``path``; ``session`` is the app's copy of it when it is the open one."""

    app: InterneKlantenApp

    def __init__(self, path: Path, session: Session | None = None) -> None:
        super().__init__(t("series.screen_title"))
        self.path = path
        self.session = copy.deepcopy(session) if session is not None else None
        self.series: Series | None = None

    def on_mount(self) -> None:
        super().on_mount()
        self._read()

    @work(thread=True, exclusive=True, group="series", exit_on_error=False)
    def _read(self) -> None:
        from tui.reports.series_report import rich_renderables

        folder = _WithOpenSession(self.path.parent, self.path.name, self.session)
        series = series_figures(find_chain(folder, self.path.name))
        parts = rich_renderables(series)
        self.app.call_from_thread(self._shown, series, parts)

    def _shown(self, series: Series, parts: list) -> None:
        self.series = series
        self.show(parts)


def series_of_open_session(app: InterneKlantenApp) -> None:
    """Open the series screen for the session the app has open."""
    app.push_screen(SeriesScreen(app.session_path, app.editor.session))
