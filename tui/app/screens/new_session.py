"""A new session: organisation, date and title; the rest is filled in on the meeting screen
that opens next. The file gets the default chain (see :mod:`tui.storage.files` for its name)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Label, Static

from tui.app.screens.dialogs import CreateDialog
from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.date_preview import DatePreview
from tui.core.chain import new_session
from tui.core.dates import DateError, format_date, parse_date
from tui.i18n import t
from tui.storage.files import create_session_file, session_file_name

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


class NewSessionDialog(CreateDialog):
    app: InterneKlantenApp

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(Content(t("new.title")), classes="dialog-question")
            yield Label(t("meeting.organisation"))
            yield CleanInput(id="organisation")
            yield Label(t("meeting.date"))
            field = CleanInput(format_date(self.app.today()), id="date")
            yield field
            yield DatePreview(field, self.app.today, classes="field-preview")
            yield Label(t("meeting.title"))
            yield CleanInput(id="title")
            yield from self.compose_buttons()

    def on_mount(self) -> None:
        self.query_one("#organisation").focus()

    @on(CleanInput.Submitted)
    def _submitted(self, event: CleanInput.Submitted) -> None:
        event.stop()
        inputs: list[Input] = list(self.query(CleanInput))
        index = inputs.index(event.input)
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
        else:
            self.create()

    def create(self) -> None:
        error = self.query_one(".form-error", Static)
        organisation = self.query_one("#organisation", CleanInput).value.strip()
        if not organisation:
            error.update(Content(t("new.organisation_required")))
            self.query_one("#organisation").focus()
            return
        try:
            on = parse_date(self.query_one("#date", CleanInput).value, self.app.today())
        except DateError as problem:
            error.update(Content(str(problem)))
            self.query_one("#date").focus()
            return
        on = on or self.app.today()
        session = new_session(organisation, on, title=self.query_one("#title", CleanInput).value)
        try:
            path = create_session_file(self.folder, session)
        except FileExistsError:
            name = session_file_name(organisation, on)
            error.update(Content(t("cli.new.exists", path=name)))
            return
        except (OSError, ValueError) as problem:
            error.update(Content(str(problem)))
            return
        self.dismiss(path)
