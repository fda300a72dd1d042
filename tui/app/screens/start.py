"""The start screen: the sessions in the folder, newest first, and a new session.

Each file is read in a worker thread. A file that does not validate is listed with its first
problem (all of them under the table when it is selected), never hidden and never fatal.

Besides its date, organisation and state, each session shows the columns of ``interne-klanten
overview``, found by the same function (:func:`tui.core.overview.overview_row` for that meeting
of its series) and written by the same one (:func:`tui.reports.overview_report.kept_text`): its
follow-up date (overdue when it has passed and it is the latest readable meeting of its series),
its open and overdue action points (overdue counted to today for the latest meeting, else to its
own date; the title says so) and the agreements kept since the meeting before it (the figure of
``compare``; not determinable when that one is unreadable). ``s`` sorts by each of them in turn
(or a click on a column's heading); ``r`` shows the selected session's series.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import DataTable, Static

from tui.app.textual_internals import RendersAfterBatch
from tui.app.widgets.key_bar import KeyBar
from tui.core.dates import format_date
from tui.core.model import Session
from tui.core.text import clean_line
from tui.i18n import t

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp
    from tui.core.compare import Kept
    from tui.core.overview import OverviewRow
    from tui.core.series import Chain, SeriesFile


@dataclass
class Listed:
    """One file of the folder, read or not."""

    path: Path
    session: Session | None = None
    problems: list[str] | None = None
    chain: Chain | None = None
    """The series it is a meeting of (valid files)."""
    entry: SeriesFile | None = None
    kept: tuple[Kept | None, str] = (None, "")
    """:func:`tui.core.series.kept_at` of this meeting, found in the worker."""
    _rows: dict[date, OverviewRow] = field(default_factory=dict, repr=False, compare=False)

    def row(self, today: date) -> OverviewRow | None:
        """The overview's row for this meeting (:func:`overview_row`), counted to ``today``."""
        if self.chain is None or self.entry is None:
            return None
        if today not in self._rows:
            from tui.core.overview import overview_row  # loaded by the worker already

            self._rows[today] = overview_row(self.chain, today, at=self.entry, kept=self.kept)
        return self._rows[today]

    def follow_up_late(self, today: date) -> bool:
        row = self.row(today)
        return row is not None and row.follow_up_overdue

    def open_count(self, today: date) -> int:
        row = self.row(today)
        return row.open if row is not None else 0

    def overdue_count(self, today: date) -> int:
        row = self.row(today)
        return row.overdue if row is not None else 0

    def sort_key(self) -> tuple:
        """Newest first by meeting date; a broken file by the date in its name, if it has one."""
        if self.session:
            return (self.session.meeting.date, self.path.name)
        try:
            return (date.fromisoformat(self.path.name[:10]), self.path.name)
        except ValueError:
            return (date.min, self.path.name)


def read_folder(folder: Path) -> list[Listed]:
    """Every ``*.toml`` file of ``folder``, read and validated once, newest first; each valid one
    with its figure of agreements kept since the one before it (the series' modules are imported
    here, in the worker: the first frame does not wait for them)."""
    from tui.core.series import Chain, find_all_series, kept_at
    from tui.reports import overview_report  # noqa: F401  (loaded here, in the worker)
    from tui.storage.folder import SessionFolder

    found = SessionFolder(folder)
    chain_of: dict[str, Chain] = {}
    for chain in find_all_series(found):
        for file in chain.files:
            chain_of[file.name] = chain
    listed = []
    for name in found.names():
        entry = found.entry(name)
        if entry is None:
            continue
        path = folder / entry.name
        if entry.session is None:
            listed.append(Listed(path, problems=list(entry.problems)))
            continue
        chain = chain_of.get(entry.name) or Chain([entry])  # a side branch: on its own
        listed.append(Listed(path, entry.session, chain=chain, entry=entry,
                             kept=kept_at(chain, entry)))  # fmt: skip
    return sorted(listed, key=Listed.sort_key, reverse=True)


COLUMNS = (
    ("date", 10), ("organisation", 18), ("state", 8), ("follow_up", 10), ("open", 4),
    ("overdue", 7), ("kept", 9), ("file", 36),
)  # fmt: skip
"""Widths: all but the file name fit in 80 columns (scroll right for it), all of them in 120; a
longer organisation, or the file name, wraps onto a second line of its row."""

SORTS = ("date", "organisation", "follow_up", "open_actions", "overdue", "kept")
"""What ``s`` sorts by, in turn (see :meth:`StartScreen.sorted_entries`)."""
SORT_OF_COLUMN = {
    "date": "date", "organisation": "organisation", "follow_up": "follow_up",
    "open": "open_actions", "overdue": "overdue", "kept": "kept",
}  # fmt: skip
"""The sort a click on a column's heading chooses."""


def cell(text: str, style: str = "") -> Text:
    """A cell that wraps (its row grows) rather than cutting what people typed."""
    return Text(text, style=style)


class StartScreen(RendersAfterBatch):
    app: InterneKlantenApp

    BINDINGS = [
        Binding("enter", "open", "key.open", id="start.open", show=True),
        Binding("n", "new", "key.new_session", id="start.new"),
        Binding("v", "follow_up", "key.follow_up", id="start.follow_up"),
        Binding("c", "compare", "key.compare", id="start.compare"),
        Binding("r", "series", "key.series", id="start.series"),
        Binding("s", "sort", "key.sort", id="start.sort"),
        Binding("f5", "reload", "key.reload", id="start.reload"),
    ]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.listed: list[Listed] = []
        self.sort = "date"

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="start-title")
        yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Static(id="start-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, width in COLUMNS:
            table.add_column(Text(t(f"start.column.{key}")), key=key, width=width)
        self.action_reload()

    def _title(self) -> Content:
        title = t("start.title", folder=str(self.folder))
        counted = t("start.counted", date=format_date(self.app.today()))
        return Content(f"{title} · {t('start.sorted', sort=_sort_name(self.sort))} · {counted}")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("follow_up", "compare", "series"):
            return self._selected_session() is not None
        return True

    def action_reload(self) -> None:
        if not self.query("#start-detail"):  # pushed a moment ago, not composed: on_mount reads
            return
        self.query_one("#start-detail", Static).update(Content(t("start.reading")))
        self._read()

    @work(thread=True, exclusive=True, group="start-read", exit_on_error=False)
    def _read(self) -> None:
        listed = read_folder(self.folder) if self.folder.is_dir() else []
        self.app.call_from_thread(self._show, listed)

    def _show(self, listed: list[Listed]) -> None:
        self.listed = self.sorted_entries(listed)
        self._fill()
        detail = t("start.empty", prog="interne-klanten") if not listed else t("start.hint")
        self.query_one("#start-detail", Static).update(Content(detail))
        self.query_one(DataTable).focus()
        self.refresh_bindings()

    def sorted_entries(self, listed: list[Listed]) -> list[Listed]:
        """``listed`` in the chosen order; ties (and files that cannot be read) newest first."""
        today = self.app.today()
        newest = sorted(listed, key=Listed.sort_key, reverse=True)
        if self.sort == "date":
            return newest
        keys = {
            "organisation": lambda e: (e.session is None, _organisation(e).casefold()),
            "follow_up": lambda e: (_follow_up(e) is None, _follow_up(e) or date.max),
            "open_actions": lambda e: (e.session is None, -e.open_count(today)),
            "overdue": lambda e: (e.session is None, -e.overdue_count(today)),
            "kept": lambda e: (_percent(e) is None, _percent(e) or 0),
        }
        return sorted(newest, key=keys[self.sort])  # stable: newest first within a key

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        today = self.app.today()
        error = f"bold {self.app.theme_variables.get('error', 'red')}"
        from tui.reports.overview_report import kept_text  # loaded with the rows (the worker)

        for entry in self.listed:
            name = Text(clean_line(entry.path.name), style="dim", overflow="fold")
            if entry.session:
                meeting = entry.session.meeting
                state = t("start.closed") if meeting.closed else t("start.open")
                late = entry.follow_up_late(today)
                follow_up = format_date(meeting.follow_up) if meeting.follow_up else ""
                if late:
                    follow_up = t("start.follow_up_late", date=follow_up)
                overdue = entry.overdue_count(today)
                row = entry.row(today)
                table.add_row(
                    cell(format_date(meeting.date)),
                    cell(meeting.organisation),
                    cell(state),
                    cell(follow_up, error if late else ""),
                    cell(str(entry.open_count(today))),
                    cell(str(overdue), error if overdue else ""),
                    cell(kept_text(row) if row is not None else ""),
                    name,
                    height=None,
                )
            else:
                first = (entry.problems or ["?"])[0]
                table.add_row(  # the file first: its problem can be long (all of it below)
                    cell("-"),
                    Text.assemble(
                        Text(clean_line(entry.path.name), style=error, overflow="fold"),
                        "\n",
                        Text(clean_line(first.split(": ", 1)[-1]), style=error),
                    ),
                    cell(t("start.broken"), error),
                    *(cell("") for _ in range(4)),
                    name,
                    height=None,
                )

    def action_sort(self, sort: str | None = None) -> None:
        """The next sort (or ``sort``), keeping the selected session selected."""
        selected = self._selected()
        self.sort = sort or SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.query_one("#start-title", Static).update(self._title())
        self.listed = self.sorted_entries(self.listed)
        self._fill()
        if selected is not None and selected in self.listed:
            self.query_one(DataTable).move_cursor(row=self.listed.index(selected))

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        sort = SORT_OF_COLUMN.get(str(event.column_key.value))
        if sort is not None:
            self.action_sort(sort)

    def action_series(self) -> None:
        entry = self._selected()
        if entry is None or entry.session is None:
            self.app.notify(t("start.no_series"), markup=False)
            return
        from tui.app.screens.series import SeriesScreen

        self.app.push_screen(SeriesScreen(entry.path))

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


def _sort_name(sort: str) -> str:
    names = {
        "date": t("start.sort.date"),
        "organisation": t("start.sort.organisation"),
        "follow_up": t("start.sort.follow_up"),
        "open_actions": t("start.sort.open_actions"),
        "overdue": t("start.sort.overdue"),
        "kept": t("start.sort.kept"),
    }
    return names[sort]


def _organisation(entry: Listed) -> str:
    return entry.session.meeting.organisation if entry.session else ""


def _follow_up(entry: Listed) -> date | None:
    return entry.session.meeting.follow_up if entry.session else None


def _percent(entry: Listed) -> int | None:
    kept = entry.kept[0]
    return kept.percent if kept is not None else None
