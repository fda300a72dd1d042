"""Closing the meeting: the closing round (3h), the follow-up date (3i), and closing the session.

A closed session opens read-only, with a banner; reopening is an explicit command here (and in
the command palette).
"""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Label, Static

from tui.app.screens.base import SessionScreen
from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.date_preview import DatePreview
from tui.app.widgets.item_section import ItemSection, Row
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.meeting_title import MeetingTitle
from tui.app.widgets.status_line import StatusLine
from tui.core.dates import DateError, add_months, format_date, parse_date
from tui.core.followup import FOLLOW_UP_MONTHS
from tui.core.model import Feedback, ModelError
from tui.i18n import t


class ClosingScreen(SessionScreen):
    BINDINGS = [Binding("escape", "app.pop_screen", "key.back", id="closing.back")]

    def compose(self) -> ComposeResult:
        yield MeetingTitle()
        yield Static(Content(t("closing.heading")), classes="screen-title")
        with VerticalScroll(classes="body"):
            yield Static(id="closing-state", classes="screen-hint")
            yield ItemSection("feedback", id="section-feedback")
            with Horizontal(classes="field-row"):
                yield Label(t("meeting.follow_up"), classes="field-label")
                field = CleanInput(id="follow-up", compact=True)
                yield field
                yield Button(
                    t("closing.default_follow_up", months=FOLLOW_UP_MONTHS), id="default-follow-up"
                )
            yield DatePreview(field, self.app.today, classes="field-preview")
            yield Static("", classes="form-error", id="closing-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("closing.close"), id="close", variant="warning")
                yield Button(t("closing.reopen"), id="reopen", variant="primary")
        yield StatusLine()
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#closing-error").display = False
        self.follow_session()
        self.focus_start()

    def refresh_view(self) -> None:
        session, read_only = self.app.editor.session, self.app.editor.read_only
        section = self.query_one(ItemSection)
        section.read_only = read_only
        rows = [
            Row(f"f{n}", {"who": f.who, "what": f.what}, index=n - 1)
            for n, f in enumerate(session.feedback, 1)
        ]
        section.show(rows, names=session.people())
        follow_up = self.query_one("#follow-up", CleanInput)
        # never overwrite what is being typed, nor what could not be stored (its error is shown)
        if not follow_up.has_focus and not follow_up.has_class("-invalid"):
            follow_up.value = format_date(session.meeting.follow_up)
            follow_up.placeholder = t(
                "closing.follow_up_placeholder",
                date=format_date(self._default_follow_up()),
                months=FOLLOW_UP_MONTHS,
            )
        follow_up.disabled = read_only
        self.query_one("#default-follow-up").display = not read_only
        self.query_one("#close").display = not read_only
        self.query_one("#reopen").display = read_only
        state = t("closing.closed") if read_only else t("closing.open")
        self.query_one("#closing-state", Static).update(Content(state))

    def _default_follow_up(self) -> date:
        return add_months(self.app.editor.session.meeting.date, FOLLOW_UP_MONTHS)

    @on(ItemSection.Submitted)
    def _remark(self, event: ItemSection.Submitted) -> None:
        editor, values = self.app.editor, event.values

        def change() -> str:
            if event.key and event.opened is not None:
                was = Feedback(event.opened.values["what"], event.opened.values["who"])
                where = editor.update_feedback(
                    event.index, what=values["what"], who=values["who"], was=was
                )
                return f"f{where + 1}"
            editor.add_feedback(values["what"], values["who"])
            return f"f{len(editor.session.feedback)}"

        self.store(event.section, change)

    @on(ItemSection.DeleteRequested)
    def _delete(self, event: ItemSection.DeleteRequested) -> None:
        try:
            was = Feedback(event.row.values["what"], event.row.values["who"])
            self.app.editor.remove_feedback(event.index, was=was)
        except ModelError as error:
            self.complain(error)

    @on(CleanInput.Submitted, "#follow-up")
    @on(CleanInput.Blurred, "#follow-up")
    def _follow_up(self, event: CleanInput.Submitted | CleanInput.Blurred) -> None:
        if self.app.editor.read_only:
            return
        error = self.query_one("#closing-error", Static)
        try:
            value = parse_date(event.input.value, self.app.today())
            if value != self.app.editor.session.meeting.follow_up:
                self.app.editor.update_meeting(follow_up=value)
        except (DateError, ModelError) as problem:
            event.input.add_class("-invalid")
            error.update(Content(str(problem)))
            error.display = True
            return
        event.input.remove_class("-invalid")
        error.display = False

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "default-follow-up":
            self.app.editor.update_meeting(follow_up=self._default_follow_up())
        elif event.button.id == "close":
            self.app.action_close_meeting()
        elif event.button.id == "reopen":
            self.app.action_reopen_meeting()
