"""Reports inside the app: the summary of the open session (with an export dialog) and the
comparison of two sessions. Both show the same Rich renderables as the command line; session
text in them is already ``Text``, never markup."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Group
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Checkbox, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.meeting_title import MeetingTitle
from tui.core.model import Session
from tui.core.text import clean_line
from tui.i18n import t
from tui.reports.export import FORMATS, SUFFIXES, render
from tui.reports.phrases import reference_day
from tui.storage.files import load_previous, write_new_file
from tui.storage.toml_format import SessionFileError, load_session

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


class ReportScreen(Screen):
    """A scrollable report with a title; ``escape`` goes back."""

    app: InterneKlantenApp

    BINDINGS = [Binding("escape", "app.pop_screen", "key.back", id="report.back")]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title
        self.parts: list = []

    def compose(self) -> ComposeResult:
        yield MeetingTitle()
        yield Static(Content(self.title_text), classes="screen-title")
        with VerticalScroll(id="report"):
            yield Static(t("report.making"), id="report-body")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#report").focus()

    def show(self, parts: list) -> None:
        self.parts = parts
        self.query_one("#report-body", Static).update(Group(*parts))


class SummaryScreen(ReportScreen):
    """The summary of the open session, as the facilitator would print it; ``e`` exports."""

    BINDINGS = [Binding("e", "export", "key.export", id="summary.export")]

    def __init__(self) -> None:
        super().__init__(t("report.summary_title"))

    def on_mount(self) -> None:
        super().on_mount()
        from tui.reports.summary import summary_renderables

        session, path = self.app.editor.session, self.app.session_path
        previous, name, problem = load_previous(path, session)
        note = t(f"summary.previous_{problem}", file=name) if problem else ""
        self.show(
            summary_renderables(
                session,
                today=reference_day(session),
                previous=previous,
                previous_name=name,
                note=note,
            )
        )

    def action_export(self) -> None:
        self.app.push_screen(ExportDialog())


class CompareScreen(ReportScreen):
    """What changed between two sessions: the agreements kept, the actions, the chain, the items."""

    def __init__(self, old: tuple[Path, Session], new: tuple[Path, Session]) -> None:
        super().__init__(
            t("report.compare_title", old=clean_line(old[0].name), new=clean_line(new[0].name))
        )
        self.old, self.new = old, new

    def on_mount(self) -> None:
        super().on_mount()
        from tui.core.compare import compare_sessions
        from tui.reports.compare_report import rich_renderables

        (old_path, old), (new_path, new) = self.old, self.new
        comparison = compare_sessions(old, new, old_name=old_path.name, new_name=new_path.name)
        self.show(rich_renderables(comparison))


def compare_with_previous(app: InterneKlantenApp) -> None:
    """Open the comparison of the open session with the one it follows up, or say why not."""
    session, path = app.editor.session, app.session_path
    previous, name, problem = load_previous(path, session)
    if previous is None:
        key = f"summary.previous_{problem}" if problem else "report.no_previous"
        app.notify(t(key, file=name), severity="warning", markup=False)
        return
    app.push_screen(CompareScreen((path.parent / name, previous), (path, session)))


def compare_files(app: InterneKlantenApp, old_path: Path, new_path: Path) -> None:
    try:
        old, new = load_session(old_path), load_session(new_path)
    except SessionFileError as error:
        app.notify("\n".join(str(p) for p in error.problems[:5]), severity="error", markup=False)
        return
    app.push_screen(CompareScreen((old_path, old), (new_path, new)))


class ExportDialog(ModalScreen[None]):
    """Choose a format and a file; the export is written beside the session by default and never
    overwrites a file that is there. For the calendar a checkbox under the file (tab, then space)
    leaves out the reminders, as ``summary --no-reminders`` does."""

    app: InterneKlantenApp

    BINDINGS = [Binding("escape", "cancel", "key.cancel", id="dialog.cancel")]

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(Content(t("export.dialog_title")), classes="dialog-question")
            yield OptionList(*[Option(Content(t(f"export.format.{f}")), id=f) for f in FORMATS])
            yield Label(t("export.dialog_file"))
            yield CleanInput(id="export-file")
            yield Checkbox(t("export.reminders"), value=True, id="export-reminders")
            yield Static("", classes="form-error")

    def on_mount(self) -> None:
        self.query_one(".form-error").display = False
        self.query_one("#export-reminders").display = False  # only for the calendar
        self.query_one(OptionList).highlighted = 0
        self.query_one(OptionList).focus()

    def _default_path(self, form: str) -> str:
        path = self.app.session_path
        name = f"{path.stem}-{t(f'export.name.{form}')}{SUFFIXES[form]}"
        return str(path.with_name(name))

    @on(OptionList.OptionHighlighted)
    def _format(self, event: OptionList.OptionHighlighted) -> None:
        form = event.option.id or "markdown"
        self.query_one("#export-file", CleanInput).value = self._default_path(form)
        self.query_one("#export-reminders").display = form == "ics"

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#export-file").focus()

    @on(CleanInput.Submitted, "#export-file")
    def _submitted(self, event: CleanInput.Submitted) -> None:
        index = self.query_one(OptionList).highlighted or 0
        reminders = self.query_one("#export-reminders", Checkbox).value
        self._write(FORMATS[index], Path(event.value.strip()), reminders)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _write(self, form: str, target: Path, reminders: bool = True) -> None:
        session = self.app.editor.session
        previous, name, _problem = load_previous(self.app.session_path, session)
        data = render(
            session,
            form,
            today=reference_day(session),
            now=datetime.now(UTC),
            previous=previous,
            previous_name=name,
            reminders=reminders,
        )
        try:
            write_new_file(target, data)
        except FileExistsError:
            self.app.call_from_thread(self._failed, t("export.exists_app", path=target))
        except OSError as error:
            self.app.call_from_thread(
                self._failed, t("export.failed", path=target, error=error.strerror or error)
            )
        else:
            self.app.call_from_thread(self._done, target)

    def _failed(self, message: str) -> None:
        error = self.query_one(".form-error", Static)
        error.update(Content(message))
        error.display = True

    def _done(self, target: Path) -> None:
        self.app.notify(t("export.written", path=target), markup=False, timeout=8)
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
