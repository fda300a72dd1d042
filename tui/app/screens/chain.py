"""The chain editor (step 1 of the instrument): the main steps and who does what.

Rename, add, remove and reorder steps; set each step's people and, where it differs from the
chain, its internal customers (empty: the next step's people). Removing a step that still holds
items or actions asks where they go: nothing said in a meeting disappears by accident.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Label, Static

from tui.app.screens.base import SessionScreen
from tui.app.screens.dialogs import ChoiceDialog
from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.item_section import ItemSection, Row
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.meeting_title import MeetingTitle
from tui.app.widgets.status_line import StatusLine
from tui.core.identity import GoneError
from tui.core.model import ModelError
from tui.i18n import t


def split_names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


class ChainScreen(SessionScreen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="chain.back"),
        Binding("ctrl+up,shift+up", "move(-1)", "key.move_up", id="chain.up"),
        Binding("ctrl+down,shift+down", "move(1)", "key.move_down", id="chain.down"),
    ]

    def compose(self) -> ComposeResult:
        yield MeetingTitle()
        yield Static(Content(t("chain.heading")), classes="screen-title")
        with VerticalScroll(classes="body"):
            yield ItemSection("steps", id="section-steps")
            with Horizontal(classes="field-row"):
                yield Label(t("chain.customer_name"), classes="field-label")
                yield CleanInput(id="customer-name", compact=True)
            yield Static(Content(t("chain.hint")), classes="screen-hint")
        yield StatusLine()
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_session()
        self.focus_start()

    def refresh_view(self) -> None:
        session = self.app.editor.session
        self.section.read_only = self.app.editor.read_only
        name = self.query_one("#customer-name", CleanInput)
        if not name.has_focus:
            name.value = session.customer.name
        name.disabled = self.app.editor.read_only
        rows = []
        for step in session.steps:
            actions = len(session.actions_of(step.id))
            rows.append(
                Row(
                    step.id,
                    {
                        "name": step.name,
                        "people": ", ".join(step.people),
                        "customers": ", ".join(step.customers),
                    },
                    extra=(t("chain.editor_counts", items=step.item_count(), actions=actions),),
                )
            )
        self.section.show(rows, names=session.people())

    @on(ItemSection.Submitted)
    def _submitted(self, event: ItemSection.Submitted) -> None:
        editor, values = self.app.editor, event.values

        def change() -> str:  # one undo step: the name, the people and the customers
            if event.key:
                step_id = event.key
                if not editor.session.has_step(step_id):
                    raise GoneError(t("model.gone"))
                editor.rename_step(step_id, values["name"])
            else:
                index = self.section.grid.cursor_row + 1 if editor.session.steps else None
                step_id = editor.add_step(values["name"], index=index).id
            editor.set_people(step_id, split_names(values["people"]))
            editor.set_customers(step_id, split_names(values["customers"]))
            return step_id

        self.store(event.section, change)

    @on(ItemSection.DeleteRequested)
    def _delete(self, event: ItemSection.DeleteRequested) -> None:
        session = self.app.editor.session
        step = session.step(event.key)
        actions = len(session.actions_of(step.id))
        if not step.item_count() and not actions:
            self._remove(step.id, None)
            return
        choices = [
            (f"move:{other.id}", t("chain.move_to", step=other.name))
            for other in session.steps
            if other.id != step.id
        ]
        choices.append(("delete", t("chain.delete_all", items=step.item_count(), actions=actions)))
        question = t(
            "chain.remove_question", step=step.name, items=step.item_count(), actions=actions
        )

        def chosen(choice: str | None) -> None:
            if choice == "delete":
                self._remove(step.id, "")
            elif choice and choice.startswith("move:"):
                self._remove(step.id, choice.removeprefix("move:"))

        self.app.push_screen(ChoiceDialog(question, choices), chosen)

    def _remove(self, step_id: str, move_to: str | None) -> None:
        try:
            self.app.editor.remove_step(step_id, move_to=move_to)
        except ModelError as error:
            self.complain(error)
            return
        self.app.notify(t("notice.removed", id=step_id), markup=False, timeout=4)

    def action_move(self, delta: int) -> None:
        key = self.section.current_key()
        if key is None or self.section.form_open or not self.section.writable():
            return
        index = self.app.editor.session.step_index(key) + delta
        if 0 <= index < len(self.app.editor.session.steps):
            self.app.editor.move_step(key, index)
            self.section.select(key)

    @on(CleanInput.Submitted, "#customer-name")
    @on(CleanInput.Blurred, "#customer-name")
    def _customer_name(self, event: CleanInput.Submitted | CleanInput.Blurred) -> None:
        name = event.input.value
        if self.app.editor.read_only or name == self.app.editor.session.customer.name:
            return
        try:
            self.app.editor.set_customer_name(name)
        except ModelError as error:
            self.complain(error)
