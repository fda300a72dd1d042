"""The follow-up of a session, started from the start screen: ask the meeting's date, then write
the new session next to the old one (see :func:`tui.core.followup.follow_up` for what carries
over).

The date proposed is the follow-up date the old meeting agreed on (F5), else three months after
it; a date before the old meeting is refused, as ``interne-klanten follow-up --date`` refuses it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label, Static

from tui.app.screens.dialogs import CreateDialog
from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.date_preview import DatePreview
from tui.core.dates import DateError, format_date, parse_date
from tui.core.followup import follow_up, follow_up_date_problem, proposed_follow_up_date
from tui.core.model import Session
from tui.i18n import t
from tui.storage.files import create_session_file

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


class FollowUpDialog(CreateDialog):
    """Dismisses with the new session's path, or None when cancelled."""

    app: InterneKlantenApp

    def __init__(self, old_path: Path, old: Session) -> None:
        super().__init__()
        self.old_path = old_path
        self.old = old

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(
                Content(t("followup.dialog_title", old=format_date(self.old.meeting.date))),
                classes="dialog-question",
            )
            yield Label(t("followup.dialog_date"))
            field = CleanInput(format_date(proposed_follow_up_date(self.old)), id="date")
            yield field
            yield DatePreview(field, self.app.today, classes="field-preview")
            yield from self.compose_buttons()

    def on_mount(self) -> None:
        self.query_one("#date").focus()

    @on(CleanInput.Submitted)
    def _submitted(self, event: CleanInput.Submitted) -> None:
        event.stop()
        self.create()

    def create(self) -> None:
        try:
            day = parse_date(self.query_one("#date", CleanInput).value, self.app.today())
        except DateError as unreadable:
            self._refuse(str(unreadable))
            return
        if day is None:
            self._refuse(t("followup.date_required"))
            return
        problem = follow_up_date_problem(self.old, day)
        if problem:
            self._refuse(problem)
            return
        try:
            session = follow_up(self.old, self.old_path.name, day)
            path = create_session_file(self.old_path.parent, session)
        except FileExistsError as error:
            self._refuse(t("followup.exists", path=Path(error.filename or "").name))
            return
        except (OSError, ValueError) as error:
            self._refuse(str(error))
            return
        self.dismiss(path)

    def _refuse(self, problem: str) -> None:
        self.query_one(".form-error", Static).update(Content(problem))
        self.query_one("#date").focus()
