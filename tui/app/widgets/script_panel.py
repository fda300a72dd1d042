"""The facilitator's script beside the workshop: steps 3a-3k with a hint, ticks and a clock.

``space`` ticks an item off, ``enter`` starts timing it (and stops the one before), ``t`` sets its
time box in minutes. An item over its time box shows in the error colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.app.clock import clock_text, timing_text
from tui.core.model import ModelError
from tui.core.script import AGENDA_IDS, agenda_item, over_time
from tui.i18n import t

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


class ScriptPanel(Vertical):
    app: InterneKlantenApp
    BINDINGS = [
        Binding("space", "tick", "key.tick", id="script.tick"),
        Binding("t", "timebox", "key.timebox", id="script.timebox"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="script-clock")
        yield OptionList(*[Option(item_id, id=item_id) for item_id in AGENDA_IDS], id="agenda")
        yield Static(id="script-hint")

    def on_mount(self) -> None:
        self.refresh_view()  # and again from the workshop, after every change and every second

    @property
    def agenda(self) -> OptionList:
        return self.query_one(OptionList)

    def selected(self) -> str | None:
        index = self.agenda.highlighted
        return AGENDA_IDS[index] if index is not None else None

    def refresh_view(self) -> None:
        if not self.display:
            return  # hidden: nothing to draw every second (shown again: see toggle_script)
        session, clock = self.app.editor.session, self.app.clock
        error = self.app.theme_variables.get("error", "red")
        for index, item_id in enumerate(AGENDA_IDS):
            item = agenda_item(session, item_id)
            spent = clock.spent(item_id)
            mark = "✔" if item.done else ("▶" if clock.current == item_id else " ")
            timing = timing_text(spent, item.timebox)
            line = Content(f"{mark} {item_id} {t(f'script.{item_id}')}")
            if timing:
                line = line + Content(f"  {timing}")
            if over_time(item, spent - item.spent):
                line = line.stylize(f"bold {error}")
            elif item.done:
                line = line.stylize("dim")
            self.agenda.replace_option_prompt_at_index(index, line)
        total = Content(t("script.clock", time=clock_text(clock.total())))
        self.query_one("#script-clock", Static).update(total)
        selected = self.selected()
        hint = t(f"script.{selected}.hint") if selected else ""
        self.query_one("#script-hint", Static).update(Content(hint))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, _event: OptionList.OptionHighlighted) -> None:
        self.refresh_view()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        clock = self.app.clock
        if clock.current == event.option.id:
            clock.stop()
        elif event.option.id:
            clock.start(event.option.id)
        self.refresh_view()

    def action_tick(self) -> None:
        item_id = self.selected()
        if item_id is None:
            return
        try:
            done = not agenda_item(self.app.editor.session, item_id).done
            self.app.editor.tick_agenda(item_id, done)
            if done and self.app.clock.current == item_id:
                self.app.clock.stop()
        except ModelError as error:
            self.app.notify(str(error), severity="warning", markup=False)

    def action_timebox(self) -> None:
        from tui.app.screens.dialogs import TextPrompt

        item_id = self.selected()
        if item_id is None:
            return

        def chosen(minutes: str | None) -> None:
            if minutes is None:
                return
            try:
                self.app.editor.set_timebox(item_id, int(minutes.strip() or 0))
            except ValueError:
                self.app.notify(
                    t("script.bad_minutes", value=minutes), severity="error", markup=False
                )
            except ModelError as error:
                self.app.notify(str(error), severity="warning", markup=False)

        self.app.push_screen(
            TextPrompt(t("script.timebox_question", id=item_id), t("script.minutes")), chosen
        )
