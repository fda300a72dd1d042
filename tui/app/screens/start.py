"""The start screen: the sessions in the folder, newest first, and a new session.

Each file is read in a worker thread. A file that does not validate is listed with its first
problem (all of them under the table when it is selected), never hidden and never fatal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static

from tui.app.widgets.key_bar import KeyBar
from tui.core.dates import format_date
from tui.core.model import Session
from tui.core.text import clean_line
from tui.i18n import t
from tui.storage.toml_format import SessionFileError, load_session

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


@dataclass
class Listed:
    """One file of the folder, read or not."""

    path: Path
    session: Session | None = None
    problems: list[str] | None = None

    def sort_key(self) -> tuple:
        """Newest first by meeting date; a broken file by the date in its name, if it has one."""
        if self.session:
            return (self.session.meeting.date, self.path.name)
        try:
            return (date.fromisoformat(self.path.name[:10]), self.path.name)
        except ValueError:
            return (date.min, self.path.name)


def read_folder(folder: Path) -> list[Listed]:
    listed = []
    for path in sorted(folder.glob("*.toml")):
        try:
            listed.append(Listed(path, load_session(path)))
        except SessionFileError as error:
            listed.append(Listed(path, problems=[str(problem) for problem in error.problems]))
    return sorted(listed, key=Listed.sort_key, reverse=True)


COLUMNS = (("date", 10), ("organisation", 26), ("state", 8), ("open_actions", 20), ("file", 48))
"""Widths at 80 columns; a longer organisation or count wraps onto a second line of its row."""


def cell(text: str, style: str = "") -> Text:
    """A cell that wraps (its row grows) rather than cutting what people typed."""
    return Text(text, style=style)


class StartScreen(Screen):
    app: InterneKlantenApp

    BINDINGS = [
        Binding("enter", "open", "key.open", id="start.open", show=True),
        Binding("n", "new", "key.new_session", id="start.new"),
        Binding("v", "follow_up", "key.follow_up", id="start.follow_up"),
        Binding("c", "compare", "key.compare", id="start.compare"),
        Binding("f5", "reload", "key.reload", id="start.reload"),
    ]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.listed: list[Listed] = []

    def compose(self) -> ComposeResult:
        yield Static(Content(t("start.title", folder=str(self.folder))), id="start-title")
        yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Static(id="start-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, width in COLUMNS:
            table.add_column(Text(t(f"start.column.{key}")), key=key, width=width)
        self.action_reload()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("follow_up", "compare"):
            return self._selected_session() is not None
        return True

    def action_reload(self) -> None:
        self.query_one("#start-detail", Static).update(Content(t("start.reading")))
        self._read()

    @work(thread=True, exclusive=True, group="start-read", exit_on_error=False)
    def _read(self) -> None:
        listed = read_folder(self.folder) if self.folder.is_dir() else []
        self.app.call_from_thread(self._show, listed)

    def _show(self, listed: list[Listed]) -> None:
        self.listed = listed
        table = self.query_one(DataTable)
        table.clear()
        today = self.app.today()
        for entry in listed:
            if entry.session:
                meeting = entry.session.meeting
                state = t("start.closed") if meeting.closed else t("start.open")
                open_actions = sum(a.status == "open" for a in entry.session.actions)
                overdue = sum(a.is_overdue(today) for a in entry.session.actions)
                actions = t("start.actions", open=open_actions, overdue=overdue)
                cells = [format_date(meeting.date), meeting.organisation, state, actions]
                table.add_row(
                    *(cell(c) for c in cells),
                    Text(clean_line(entry.path.name), style="dim", no_wrap=True),
                    height=None,
                )
            else:
                first = (entry.problems or ["?"])[0]
                error = f"bold {self.app.theme_variables.get('error', 'red')}"
                table.add_row(
                    cell("-"),
                    cell(first.split(": ", 1)[-1], error),
                    cell(t("start.broken"), error),
                    cell(""),
                    Text(clean_line(entry.path.name), style="dim", no_wrap=True),
                    height=None,
                )
        detail = t("start.empty", prog="interne-klanten") if not listed else t("start.hint")
        self.query_one("#start-detail", Static).update(Content(detail))
        table.focus()
        self.refresh_bindings()

    def _selected(self) -> Listed | None:
        table = self.query_one(DataTable)
        if not self.listed or table.cursor_row >= len(self.listed):
            return None
        return self.listed[table.cursor_row]

    def _selected_session(self) -> Session | None:
        entry = self._selected()
        return entry.session if entry else None

    @on(DataTable.RowHighlighted)
    def _highlighted(self, _event: DataTable.RowHighlighted) -> None:
        entry = self._selected()
        if entry and entry.problems:
            self.query_one("#start-detail", Static).update(Content("\n".join(entry.problems)))
        elif entry:
            self.query_one("#start-detail", Static).update(Content(t("start.hint")))
        self.refresh_bindings()

    @on(DataTable.RowSelected)
    def _selected_row(self, _event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        if entry.problems:
            self.app.notify(
                t("start.cannot_open", file=clean_line(entry.path.name)),
                severity="error",
                markup=False,
            )
            return
        self.app.open_session(entry.path)

    def action_new(self) -> None:
        from tui.app.screens.new_session import NewSessionDialog

        self.app.push_screen(NewSessionDialog(self.folder), self._created)

    def _created(self, path: Path | None) -> None:
        if path is not None:
            self.action_reload()
            self.app.open_session(path, prepare=True)

    def action_follow_up(self) -> None:
        entry = self._selected()
        if entry and entry.session:
            from tui.app.screens.follow_up import FollowUpDialog

            self.app.push_screen(FollowUpDialog(entry.path, entry.session), self._followed_up)

    def _followed_up(self, path: Path | None) -> None:
        if path is not None:
            self.action_reload()
            if self.app.open_session(path):
                self.app.action_review()  # the meeting starts with the agreements made

    def action_compare(self) -> None:
        """Compare the selected session with the one it follows up, or with another one."""
        from tui.app.screens.dialogs import ChoiceDialog
        from tui.app.screens.report import compare_files

        entry = self._selected()
        if entry is None or entry.session is None:
            return
        previous = entry.session.meeting.previous
        if previous and (entry.path.parent / previous).is_file():
            compare_files(self.app, entry.path.parent / previous, entry.path)
            return
        others = [e for e in self.listed if e.session and e is not entry]
        if not others:
            self.app.notify(t("report.no_other"), markup=False)
            return

        def chosen(name: str | None) -> None:
            if name:
                compare_files(self.app, entry.path.parent / name, entry.path)

        choices = [(e.path.name, clean_line(e.path.name)) for e in others]
        question = t("report.choose_old", file=clean_line(entry.path.name))
        self.app.push_screen(ChoiceDialog(question, choices), chosen)
