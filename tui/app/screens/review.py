"""The action review at the start of a follow-up meeting ("Afspraken nakomen").

It walks through the action points carried over from the previous session that are still open,
one at a time: done (on a date), still open (with a new due date), or dropped (with a reason).
Every answer is an ordinary, undoable change through the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from tui.app.rows import action_status
from tui.app.screens.base import SessionScreen
from tui.app.screens.dialogs import TextPrompt
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.meeting_title import MeetingTitle
from tui.app.widgets.status_line import StatusLine
from tui.core.dates import DateError, format_date, parse_date
from tui.core.model import Action, ModelError
from tui.i18n import t
from tui.storage.files import load_previous

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


def carried_open_actions(app: InterneKlantenApp) -> list[str]:
    """Ids of the open actions that came from the previous session (all open ones if it is not
    next to this one)."""
    session = app.editor.session
    previous, _name, _problem = load_previous(app.session_path, session)
    before = {action.id for action in previous.actions} if previous else None
    return [
        a.id for a in session.actions if a.status == "open" and (before is None or a.id in before)
    ]


class ReviewScreen(SessionScreen):
    BINDINGS = [
        Binding("g", "done", "key.review_done", id="review.done"),
        Binding("o", "still_open", "key.review_open", id="review.open"),
        Binding("v", "drop", "key.review_drop", id="review.drop"),
        Binding("right,n", "move(1)", "key.next_action", id="review.next"),
        Binding("left,p", "move(-1)", "key.previous_action", id="review.previous"),
        Binding("escape", "app.pop_screen", "key.back", id="review.back"),
    ]

    def __init__(self, ids: list[str]) -> None:
        super().__init__()
        self.ids = ids
        self.index = 0
        self.answers: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield MeetingTitle()
        yield Static(Content(t("review.heading")), classes="screen-title")
        yield Static(id="review-card")
        yield Static(Content(t("review.keys")), classes="screen-hint")
        yield StatusLine()
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_session()

    def current(self) -> Action | None:
        if not self.ids or self.index >= len(self.ids):
            return None
        try:
            return self.app.editor.session.action(self.ids[self.index])
        except ModelError:  # removed meanwhile
            return None

    def refresh_view(self) -> None:
        self.refresh_bindings()
        card = self.query_one("#review-card", Static)
        action = self.current()
        if action is None:
            counts = {
                k: sum(v == k for v in self.answers.values()) for k in ("done", "open", "dropped")
            }
            card.update(Content(t("review.finished", total=len(self.ids), **counts)))
            return
        session = self.app.editor.session
        step = next((s.name for s in session.steps if s.id == action.step), "-")
        due = format_date(action.due) or "-"
        answer = self.answers.get(action.id, "")
        card.update(
            Content.from_markup(
                t("review.card"),
                number=self.index + 1,
                total=len(self.ids),
                id=action.id,
                what=action.what,
                who=action.who or "-",
                step=step,
                due=due,
                # counted to this meeting, as compare counts whether it was kept
                status=action_status(action, session.meeting.date),
                done=format_date(action.done) or "",
                note=action.note or "-",
                answer=t(f"review.answer.{answer}") if answer else "",
            )
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("done", "still_open", "drop"):  # a closed meeting: no key offers a change
            return not self.app.editor.read_only
        return True

    def action_move(self, delta: int) -> None:
        self.index = max(0, min(self.index + delta, len(self.ids)))
        self.refresh_view()

    def _ask(self, question: str, placeholder: str, then) -> None:
        action = self.current()
        if action is None or self.app.editor.read_only:
            if self.app.editor.read_only:
                self.app.notify(t("edit.read_only"), severity="warning", markup=False)
            return

        def answered(text: str | None) -> None:
            if text is None:
                return
            try:
                then(action, text)
            except (DateError, ModelError) as error:
                self.complain(error)
                return
            self.action_move(1)

        self.app.push_screen(TextPrompt(question, placeholder), answered)

    def action_done(self) -> None:
        def done(action: Action, text: str) -> None:
            today = self.app.today()
            on = parse_date(text, today) or today
            self.app.editor.complete_action(action.id, on, today=today)
            self.answers[action.id] = "done"

        self._ask(t("review.ask_done"), t("review.today"), done)

    def action_still_open(self) -> None:
        def still_open(action: Action, text: str) -> None:
            due = parse_date(text, self.app.today())
            if due is not None:
                self.app.editor.update_action(action.id, due=due)
            self.answers[action.id] = "open"

        self._ask(t("review.ask_due"), t("review.keep_date"), still_open)

    def action_drop(self) -> None:
        def drop(action: Action, text: str) -> None:
            self.app.editor.drop_action(action.id, text)
            self.answers[action.id] = "dropped"

        self._ask(t("review.ask_reason"), t("field.note"), drop)
