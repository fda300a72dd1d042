"""Preparing the meeting: its data (step 3a: reason and goal) and who takes part.

Each field is saved when you press ``enter`` in it or leave it. The text fields wrap
(:class:`~tui.app.widgets.wrap_input.WrapInput`), so the room reads a whole reason or goal at 80
columns; under a date field, the date it
will store is shown while it is typed (``= di 15-12-2026``); a date that cannot be read is shown
as an error and not stored. Participants are a table like the ones on the workshop screen
(``n`` new, ``enter`` edit, ``delete`` remove), ``p`` marks someone present or absent.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Static

from tui.app.screens.base import SessionScreen
from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.date_preview import DatePreview
from tui.app.widgets.item_section import ItemSection, Row
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.meeting_title import MeetingTitle
from tui.app.widgets.status_line import StatusLine
from tui.app.widgets.wrap_input import WrapInput
from tui.core.dates import DateError, format_date, parse_date
from tui.core.model import ModelError, Participant
from tui.i18n import t

FIELDS = ("organisation", "date", "title", "location", "facilitator", "reason", "goal", "follow_up")
DATES = ("date", "follow_up")
"""One-line fields, with the date they will store shown under them; the others wrap, so that the
room reads the whole reason and goal at 80 columns."""


class MeetingScreen(SessionScreen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="meeting.back"),
        Binding("p", "presence", "key.presence", id="meeting.presence"),
    ]

    def compose(self) -> ComposeResult:
        yield MeetingTitle()
        yield Static(Content(t("meeting.heading")), classes="screen-title")
        with VerticalScroll():
            for name in FIELDS:
                if name in DATES:  # one line, with the date it will store shown under it
                    field = CleanInput(id=f"meeting-{name}", compact=True, classes="meeting-field")
                    with Horizontal(classes="field-row"):
                        yield Label(t(f"meeting.{name}"), classes="field-label")
                        yield field
                    yield DatePreview(field, self.app.today, classes="field-preview")
                else:
                    with Horizontal(classes="field-row"):
                        yield Label(t(f"meeting.{name}"), classes="field-label")
                        yield WrapInput(id=f"meeting-{name}", classes="meeting-field")
            yield Static("", classes="form-error", id="meeting-error")
            yield ItemSection("participants", id="section-participants")
        yield StatusLine()
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#meeting-error").display = False
        self.follow_session()
        self.focus_start()

    def focus_start(self) -> None:
        self.set_focus(self.query_one("#meeting-organisation"), scroll_visible=False)

    def refresh_view(self) -> None:
        meeting = self.app.editor.session.meeting
        for name in FIELDS:
            field = self.query_one(f"#meeting-{name}")
            assert isinstance(field, CleanInput | WrapInput)
            if field.has_focus or field.has_class("-invalid"):
                continue  # never overwrite what is being typed, nor what could not be stored
            value = getattr(meeting, name)
            field.value = format_date(value) if name in DATES else value
            field.disabled = self.app.editor.read_only
        section = self.query_one(ItemSection)
        section.read_only = self.app.editor.read_only
        section.show(self._rows(), names=self.app.editor.session.people())

    def _rows(self) -> list[Row]:
        return [
            Row(
                f"p{n}",
                {"name": p.name, "role": p.role},
                extra=(t("yes") if p.present else t("no"),),
                index=n - 1,
            )
            for n, p in enumerate(self.app.editor.session.participants, 1)
        ]

    # --- the meeting's fields -----------------------------------------------------------------

    @on(CleanInput.Submitted, ".meeting-field")
    @on(WrapInput.Submitted, ".meeting-field")
    def _submitted(self, event: CleanInput.Submitted | WrapInput.Submitted) -> None:
        event.stop()
        if self._apply(event.input):
            inputs = list(self.query(".meeting-field"))
            index = inputs.index(event.input)
            (
                inputs[index + 1] if index + 1 < len(inputs) else self.query_one(ItemSection).grid
            ).focus()

    @on(CleanInput.Blurred, ".meeting-field")
    @on(WrapInput.Blurred, ".meeting-field")
    def _left(self, event: CleanInput.Blurred | WrapInput.Blurred) -> None:
        self._apply(event.input)

    def _apply(self, field: Input | WrapInput) -> bool:
        name = (field.id or "").removeprefix("meeting-")
        error = self.query_one("#meeting-error", Static)
        if self.app.editor.read_only:
            return True
        value: object = field.value
        try:
            if name in DATES:
                value = parse_date(field.value, self.app.today())
                if value is None and name == "date":
                    raise ModelError(t("model.empty", field=t("meeting.date")))
            if getattr(self.app.editor.session.meeting, name) != value:
                self.app.editor.update_meeting(**{name: value})
        except (DateError, ModelError) as problem:
            field.add_class("-invalid")
            # A date that is not understood is said with its field; the model's refusals name it.
            said = str(problem)
            if isinstance(problem, DateError):
                said = f"{t(f'meeting.{name}')}: {said}"
            error.update(Content(said))
            error.display = True
            return False
        field.remove_class("-invalid")
        error.display = False
        return True

    # --- participants --------------------------------------------------------------------------

    @on(ItemSection.Submitted)
    def _participant(self, event: ItemSection.Submitted) -> None:
        editor, values = self.app.editor, event.values

        def change() -> str:
            if event.key and event.opened is not None:
                was = Participant(event.opened.values["name"])
                return f"p{editor.update_participant(event.index, was=was, **values) + 1}"
            editor.add_participant(values["name"], values.get("role", ""))
            return f"p{len(editor.session.participants)}"

        self.store(event.section, change)

    @on(ItemSection.DeleteRequested)
    def _delete(self, event: ItemSection.DeleteRequested) -> None:
        try:
            was = Participant(event.row.values["name"])
            self.app.editor.remove_participant(event.index, was=was)
        except ModelError as error:
            self.complain(error)

    def action_presence(self) -> None:
        section = self.query_one(ItemSection)
        row = section.current_row()
        if row is None or not section.writable():
            return
        editor = self.app.editor
        was = Participant(row.values["name"])
        try:
            index = editor.participant_index(row.index, was)
            present = editor.session.participants[index].present
            editor.update_participant(index, was=was, present=not present)
        except ModelError as error:
            self.complain(error)
