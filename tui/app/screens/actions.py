"""All action points of the session in one table: sort, mark done, reopen, drop with a reason.

Overdue points (due before today and still open) stand out. The same inline form as on the
workshop screen edits what, who and the due date.
"""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from tui.app.rows import action_rows
from tui.app.screens.base import SessionScreen
from tui.app.screens.dialogs import TextPrompt
from tui.app.widgets.item_section import ItemSection
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.meeting_title import MeetingTitle
from tui.app.widgets.status_line import StatusLine
from tui.core.model import Action, ModelError
from tui.i18n import t

SORTS = ("due", "who", "step", "status")


class ActionsScreen(SessionScreen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="actions.back"),
        Binding("s", "sort", "key.sort", id="actions.sort"),
        Binding("x", "done", "key.done", id="actions.done"),
        Binding("o", "reopen", "key.reopen", id="actions.reopen"),
        Binding("d", "drop", "key.drop", id="actions.drop"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort = "due"

    def compose(self) -> ComposeResult:
        yield MeetingTitle()
        yield Static(id="actions-title")
        yield ItemSection("all_actions", id="section-all")
        yield StatusLine()
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_session()
        self.focus_start()

    def _sorted(self) -> list[Action]:
        session = self.app.editor.session
        order = {step.id: n for n, step in enumerate(session.steps)}
        far = len(order)
        keys = {
            "due": lambda a: (a.due is None, a.due or 0, a.id),
            "who": lambda a: (a.who.casefold() or "\uffff", a.due is None, a.due or 0),
            "step": lambda a: (order.get(a.step, far), a.due is None, a.due or 0),
            "status": lambda a: (
                ("open", "done", "dropped").index(a.status),
                a.due is None,
                a.due or 0,
            ),
        }
        return sorted(session.actions, key=keys[self.sort])

    def refresh_view(self) -> None:
        session = self.app.editor.session
        today = self.app.today()
        overdue = sum(action.is_overdue(today) for action in session.actions)
        self.query_one("#actions-title", Static).update(
            Content(
                t(
                    "actions.title",
                    count=len(session.actions),
                    overdue=overdue,
                    sort=t(f"sort.{self.sort}"),
                )
            )
        )
        self.section.read_only = self.app.editor.read_only
        self.refresh_bindings()
        actions = self._sorted()
        rows = [
            # under the step, what the action is about (g goes there)
            replace(row, extra=(f"{row.extra[0]}\n→{action.about}", *row.extra[1:]))
            if action.about
            else row
            for row, action in zip(
                action_rows(session, actions, today, with_step=True), actions, strict=True
            )
        ]
        self.section.show(rows, names=session.people(), today=today)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("done", "reopen", "drop"):  # a closed meeting: no key offers a change
            return not self.app.editor.read_only
        return True

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.refresh_view()

    def _selected(self) -> str | None:
        return self.section.current_key()

    def _apply(self, change) -> None:
        key = self._selected()
        if key is None or not self.section.writable():
            return
        try:
            change(key)
        except ModelError as error:
            self.complain(error)

    def action_done(self) -> None:
        self._apply(lambda key: self.app.editor.complete_action(key, self.app.today()))

    def action_reopen(self) -> None:
        self._apply(self.app.editor.reopen_action)

    def action_drop(self) -> None:
        key = self._selected()
        if key is None or not self.section.writable():
            return

        def dropped(reason: str | None) -> None:
            if reason is not None:
                self._apply(lambda key: self.app.editor.drop_action(key, reason))

        self.app.push_screen(TextPrompt(t("actions.drop_reason", id=key), t("field.note")), dropped)

    @on(ItemSection.Submitted)
    def _submitted(self, event: ItemSection.Submitted) -> None:
        values = {k: event.values[k] for k in ("what", "who", "due")}

        def change() -> str:
            if event.key:
                self.app.editor.update_action(event.key, **values)
                return event.key
            return self.app.editor.add_action(**values).id

        self.store(event.section, change)

    @on(ItemSection.DeleteRequested)
    def _delete(self, event: ItemSection.DeleteRequested) -> None:
        try:
            self.app.editor.remove_action(event.key)
        except ModelError as error:
            self.complain(error)
            return
        self.app.notify(t("notice.removed", id=event.key), markup=False, timeout=4)

    @on(ItemSection.RowRequested)
    def _row_requested(self, event: ItemSection.RowRequested) -> None:
        """``g`` on an action point: back to the workshop, on the item it is about."""
        from tui.app.screens.workshop import WorkshopScreen

        about = self.app.editor.session.action(event.key).about
        if not about:
            self.app.notify(
                t("tools.link.none_action", id=event.key, field=t("field.about")), markup=False
            )
            return
        self.app.pop_screen()
        workshop = self.app.screen
        if isinstance(workshop, WorkshopScreen):
            workshop.show_item(about)
