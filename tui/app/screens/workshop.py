"""The workshop screen: the chain on top, the current step below, captured at the speed of talk.

``←``/``→`` walk the chain, ``1``-``9`` jump, a click on a box selects it; past the last step
comes the external customer and its expectations. Arriving at a step focuses its needs table,
so ``n`` and typing start capturing at once. Every change goes through the app's editor; the
screen redraws from the model when it hears of a change.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Static

from tui.app.rows import action_rows, expectation_rows, item_rows
from tui.app.screens.base import SessionScreen
from tui.app.widgets.chain_bar import BoxInfo, ChainBar
from tui.app.widgets.item_section import ItemSection, Row
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.meeting_title import MeetingTitle
from tui.app.widgets.status_line import StatusLine
from tui.core.links import start_of
from tui.core.model import ITEM_KINDS, ModelError, Session, Step
from tui.i18n import t

T = TypeVar("T")

if TYPE_CHECKING:
    from textual.timer import Timer

    from tui.app.widgets.script_panel import ScriptPanel

STEP_SECTIONS = (*ITEM_KINDS, "actions")


def linked_item_rows(step: Step, kind: str, linked: dict[str, list[str]]) -> list[Row]:
    """A step's items; under an item's id, the actions about it (``→a3``), one a line."""
    rows = item_rows(step.items(kind), kind)
    return [
        replace(row, id_text="\n".join([row.key, *(f"→{a}" for a in linked[row.key])]))
        if row.key in linked
        else row
        for row in rows
    ]


def about_texts(session: Session, step: Step, wanted: set[str]) -> dict[str, str]:
    """The texts of the items ``wanted`` (what a step's actions are about): looked for in the
    step itself first, where they nearly always are, and only then in the whole chain."""
    texts: dict[str, str] = {}
    for steps in ([step], session.steps):
        for each in steps:
            for items in (each.needs, each.asks, each.info):
                for item in items:
                    if item.id in wanted:
                        texts[item.id] = item.what
        if len(texts) == len(wanted):
            break
    return texts


def all_about_choices(session: Session) -> list[tuple[str, str]]:
    """(id, text) of every item an action can be about, for the form's completion and check."""
    return [
        (item.id, item.what)
        for step in session.steps
        for items in (step.needs, step.asks, step.info)
        for item in items
    ]


def linked_action_rows(session: Session, step: Step, today: date) -> list[Row]:
    """A step's action points, each with what it is about: the item's id and the start of its
    text (the table wraps it; the whole text is one ``g`` away)."""
    actions = session.actions_of(step.id)
    texts = about_texts(session, step, {action.about for action in actions if action.about})
    return [
        Row(
            row.key,
            {**row.values, "about": action.about},
            extra=row.extra,
            overdue=row.overdue,
            shown={"about": f"{action.about} {start_of(texts.get(action.about, ''))}".strip()},
        )
        for row, action in zip(action_rows(session, actions, today), actions, strict=True)
    ]


def links(session: Session) -> dict[str, list[str]]:
    """The ids of the actions about each item, by item id."""
    linked: dict[str, list[str]] = {}
    for action in session.actions:
        if action.about:
            linked.setdefault(action.about, []).append(action.id)
    return linked


def chain_boxes(session: Session) -> list[BoxInfo]:
    """A box for each step (its item count and open action points), and the customer's."""
    open_by_step: dict[str, int] = {}
    for action in session.actions:
        if action.status == "open":
            open_by_step[action.step] = open_by_step.get(action.step, 0) + 1
    boxes = []
    for number, step in enumerate(session.steps, start=1):
        counts = {"items": step.item_count(), "actions": open_by_step.get(step.id, 0)}
        boxes.append(
            BoxInfo(
                number, step.name, t("chain.counts", **counts), t("chain.counts_short", **counts)
            )
        )
    count = len(session.customer.expectations)
    boxes.append(
        BoxInfo(
            len(boxes) + 1,
            session.customer.name,
            t("chain.expectations", count=count),
            t("chain.expectations_short", count=count),
        )
    )
    return boxes


def step_rows(
    session: Session, step: Step, kind: str, linked: dict[str, list[str]], today: date
) -> list[Row]:
    """The rows of one of a step's tables."""
    if kind == "actions":
        return linked_action_rows(session, step, today)
    return linked_item_rows(step, kind, linked)


class Derived:
    """What the workshop works out from the session (the links between action points and
    items, the chain's boxes, the people, the rows of each step's tables), kept until the editor
    changes the session or the day changes: a switch to a step seen before only shows its rows.
    (At N = 2,000 working them out again took a sixth of a switch.)"""

    def __init__(self) -> None:
        self._stamp: tuple[int, int, date] | None = None
        self._values: dict[Hashable, Any] = {}

    def get(self, stamp: tuple[int, int, date], key: Hashable, make: Callable[[], T]) -> T:
        """The value ``key`` for ``stamp`` (the editor, its revision, today), made once."""
        if stamp != self._stamp:
            self._stamp, self._values = stamp, {}
        if key not in self._values:
            self._values[key] = make()
        return self._values[key]


PREPARE_AFTER = 0.3
"""Seconds on a step before the tables of the steps beside it are made, unseen."""


class WorkshopScreen(SessionScreen):
    BINDINGS = [
        # priority: the scroll container around the tables binds left/right too; in a text field
        # check_action gives the keys back to the field
        Binding("left", "step(-1)", "key.previous", id="step.previous", priority=True),
        Binding("right", "step(1)", "key.next", id="step.next", priority=True),
        *[Binding(str(n), f"jump({n - 1})", show=False, id=f"step.jump{n}") for n in range(1, 10)],
    ]

    AUTO_FOCUS = ""
    """No focus of Textual's choosing: ``on_mount`` focuses the needs table (Textual's default,
    the first focusable widget, is the scroll container around the tables, and moving the focus
    from there to the table restyled every table once more before the first frame)."""

    def __init__(self) -> None:
        super().__init__()
        self.current = 0
        self._resumed = False
        self._script: ScriptPanel | None = None
        """The script panel, once it was made (it stays, hidden or shown)."""
        self._preparing: Timer | None = None
        """The timer that makes the tables of the steps beside this one (see ``go``)."""
        self._before_script: Widget | None = None
        """What had the focus when the script panel opened: it gets it back when it closes."""
        self._derived = Derived()

    def post_message(self, message: Message) -> bool:
        # Every widget gets its styles as it is mounted; the first resume (when the screen is
        # pushed) would restyle all of them once more before the first frame.
        if isinstance(message, events.ScreenResume) and not self._resumed:
            self._resumed = True
            message.refresh_styles = False
        return super().post_message(message)

    def compose(self) -> ComposeResult:
        yield MeetingTitle()
        yield ChainBar(id="chain")
        yield Static(id="step-header")
        with Horizontal(id="workshop-body"), VerticalScroll(id="sections"):
            for kind in STEP_SECTIONS:
                yield ItemSection(kind, id=f"section-{kind}")
            yield ItemSection("expectations", id="section-expectations")
        yield StatusLine()
        yield KeyBar()

    @cached_property
    def sections(self) -> dict[str, ItemSection]:
        """The step's tables by kind, and the external customer's (composed once; asked for
        first in ``on_mount``, when they are all there)."""
        return {section.kind: section for section in self.query(ItemSection)}

    def _panels(self) -> list[ScriptPanel]:
        """The script panel, if it was made (it is hidden at the start: made, and its module
        loaded, the first time it is needed)."""
        return [self._script] if self._script is not None else []

    async def _script_panel(self) -> ScriptPanel:
        if self._script is not None:
            return self._script
        from tui.app.widgets.script_panel import ScriptPanel

        panel = ScriptPanel(id="script")
        panel.display = False
        await self.query_one("#workshop-body").mount(panel)
        self._script = panel
        return panel

    async def toggle_script(self) -> None:
        panel = await self._script_panel()
        panel.display = not panel.display
        if panel.display:
            self._before_script = self.focused
            panel.refresh_view()
            panel.agenda.focus()
            return
        # back to the table that had the focus, scrolled into view (a table out of sight must
        # never take keys such as del); if it went meanwhile, the step's first table, on top
        before, self._before_script = self._before_script, None
        focused = self.focused
        if focused is not None and panel not in focused.ancestors_with_self:
            return  # the focus left the panel meanwhile (a step switch): it stays where it is
        if before is not None and before.is_attached and before.focusable:
            before.focus()
        else:
            self.focus_first()
            self.query_one("#sections").scroll_home(animate=False, immediate=True)

    def on_mount(self) -> None:
        # Before the first layout: the chain is as wide as the screen, the tables as the page
        # beside the script panel (hidden at the start), less its scroll bar (kept, app.tcss).
        self.query_one(ChainBar).expect_width(self.app.size.width)
        page = self.query_one("#sections")
        width = self.app.size.width - page.styles.scrollbar_size_vertical
        for section in self.sections.values():
            section.expect_width(width)
        self.follow_session()
        self.focus_first()
        self._prepare_later()

    @property
    def session(self) -> Session:
        return self.app.editor.session

    @property
    def on_customer(self) -> bool:
        return self.current >= len(self.session.steps)

    # --- moving ----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step":
            return not isinstance(self.focused, Input)
        if action == "jump":
            return int(str(parameters[0])) <= len(self.session.steps)
        return True

    def action_step(self, delta: int) -> None:
        self.go(self.current + delta)

    def action_jump(self, index: int) -> None:
        self.go(index)

    @on(ChainBar.Selected)
    def _box_clicked(self, event: ChainBar.Selected) -> None:
        self.go(event.index)

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.session.steps)))
        if index == self.current:
            return
        for section in self.sections.values():
            if section.form_open:
                section.close_form()
        self.current = index
        self.refresh_view()
        for section in self.sections.values():
            section.grid.move_cursor(row=0, animate=False, scroll=False)
        self.focus_first()
        # now, not after the next frame: a scroll after it would cost a second frame
        self.query_one("#sections").scroll_home(animate=False, immediate=True)
        self._prepare_later()

    def _prepare_later(self) -> None:
        """Once people stay on this step a moment, make the tables of the steps beside it, so
        that going there shows rows made already (the half of a switch that is the app's)."""
        if self._preparing is not None:
            self._preparing.stop()
        self._preparing = self.set_timer(PREPARE_AFTER, self._prepare_neighbours)

    async def _prepare_neighbours(self) -> None:
        self._preparing = None
        editor, current = self.app.editor, self.current
        revision, stamp, steps = editor.revision, self._stamp(), editor.session.steps
        beside = [steps[index] for index in (current + 1, current - 1) if 0 <= index < len(steps)]
        for step in beside:
            for kind in STEP_SECTIONS:
                if editor.revision != revision or self.current != current or not self.is_current:
                    return  # changed or moved on meanwhile: what was made is simply not asked for
                self.sections[kind].prepare(self._rows(stamp, step, kind))
                await asyncio.sleep(0)  # a key typed meanwhile goes first

    def focus_first(self) -> None:
        kind = "expectations" if self.on_customer else "needs"
        # the page shows its top (the table's title); scrolling the table into view would hide
        # the title behind the tall table
        self.sections[kind].grid.focus(scroll_visible=False)

    # --- drawing ---------------------------------------------------------------------------

    def clock_ticked(self) -> None:
        for panel in self._panels():
            panel.refresh_view()

    def _stamp(self) -> tuple[int, int, date]:
        editor = self.app.editor
        return (id(editor), editor.revision, self.app.today())

    def _rows(self, stamp: tuple[int, int, date], step: Step, kind: str) -> list[Row]:
        """The rows of one of ``step``'s tables (made once per revision of the session)."""
        session, derived = self.session, self._derived
        linked = derived.get(stamp, "links", lambda: links(session))
        return derived.get(
            stamp, (step.id, kind), lambda: step_rows(session, step, kind, linked, stamp[2])
        )

    def refresh_view(self) -> None:
        session = self.session
        for panel in self._panels():
            panel.refresh_view()
        self.current = min(self.current, len(session.steps))
        stamp = self._stamp()
        today = stamp[2]
        derived = self._derived
        boxes = derived.get(stamp, "boxes", lambda: chain_boxes(session))
        self.query_one(ChainBar).show(boxes, self.current, len(session.steps))
        self.query_one("#step-header", Static).update(self._header())
        names = derived.get(stamp, "people", session.people)
        for section in self.sections.values():
            section.read_only = self.app.editor.read_only
        for kind in STEP_SECTIONS:
            section = self.sections[kind]
            section.display = not self.on_customer
            if self.on_customer:
                continue
            rows = self._rows(stamp, session.steps[self.current], kind)
            if kind == "actions":
                # the items it can name, asked for when the form opens (not on every change)
                section.show(
                    rows, names=names, today=today, about=lambda: all_about_choices(self.session)
                )
            else:
                section.show(rows, names=names, today=today)
        expectations = self.sections["expectations"]
        expectations.display = self.on_customer
        if self.on_customer:
            expectations.show(expectation_rows(session), today=today)

    def _header(self) -> Content:
        session = self.session
        if self.on_customer:
            last = session.steps[-1].name if session.steps else "-"
            return Content.from_markup(t("header.customer"), name=session.customer.name, last=last)
        step = session.steps[self.current]
        customer = session.internal_customer(step.id)
        names = ", ".join(customer.names) or t("header.nobody")
        if customer.source == "next":
            where = t("header.customer_next", step=session.step(customer.step_id).name)
        elif customer.source == "external":
            where = t("header.customer_external")
        else:
            where = t("header.customer_explicit")
        return Content.from_markup(
            t("header.step"),
            number=self.current + 1,
            name=step.name,
            people=", ".join(step.people) or t("header.nobody"),
            customers=names,
            where=where,
        )

    # --- changes ---------------------------------------------------------------------------

    def _step_id(self) -> str:
        return self.session.steps[self.current].id

    @on(ItemSection.Submitted)
    def _submitted(self, event: ItemSection.Submitted) -> None:
        editor = self.app.editor
        kind, key, values = event.section.kind, event.key, dict(event.values)

        def change() -> str:
            if kind == "expectations":
                if key and event.opened is not None:
                    was = event.opened.values["what"]
                    where = editor.update_expectation(event.index, was, values["what"])
                else:
                    where = editor.add_expectation(values["what"])
                return f"e{where + 1}"
            if kind == "actions":
                about = values.pop("about", "")
                fields: dict[str, Any] = {k: values[k] for k in ("what", "who", "due")}
                if key:
                    editor.update_action(key, **fields, about=about)
                    return key
                if about:
                    return editor.action_from_item(about, **fields).id
                return editor.add_action(step=self._step_id(), **fields).id
            if key:
                editor.update_item(key, **values)
                return key
            return editor.add_item(self._step_id(), kind, **values).id

        self.store(event.section, change)

    @on(ItemSection.DeleteRequested)
    def _delete(self, event: ItemSection.DeleteRequested) -> None:
        editor, kind, key = self.app.editor, event.section.kind, event.key
        try:
            if kind == "expectations":
                editor.remove_expectation(event.index, event.row.values["what"])
            elif kind == "actions":
                editor.remove_action(key)
            else:
                editor.remove_item(key)
        except ModelError as error:
            self.complain(error)
            return
        self.app.notify(t("notice.removed", id=key), markup=False, timeout=4)

    @on(ItemSection.ActionRequested)
    async def _make_action(self, event: ItemSection.ActionRequested) -> None:
        _step, _kind, item = self.session.find_item(event.key)
        section = self.sections["actions"]
        await section.start_form(
            None,
            preset={"about": item.id},
            title=t("form.action_about", id=item.id, what=item.what),
            came_from=event.section.grid,
        )

    # --- reorder, move to another step, follow a link ---------------------------------------

    @on(ItemSection.RowRequested)
    def _row_requested(self, event: ItemSection.RowRequested) -> None:
        """Reorder (``ctrl+↑``/``ctrl+↓``), move to another step (``m``), follow a link (``g``):
        see :mod:`tui.app.row_tools` (imported when first used)."""
        from tui.app import row_tools

        row_tools.row_requested(self, event)

    def show_item(self, item_id: str) -> None:
        """Go to the step of a need, ask or info item, its table focused, the item selected."""
        try:
            step, kind, _item = self.session.find_item(item_id)
        except ModelError:
            self.app.notify(t("tools.link.gone", id=item_id), markup=False)
            return
        self._show(self.session.steps.index(step), kind, item_id)

    def show_action(self, action_id: str) -> None:
        """Go to an action point: in its step's table, or (an action of no step) in the table
        of all action points."""
        session = self.session
        try:
            action = session.action(action_id)
        except ModelError:
            self.app.notify(t("tools.link.gone", id=action_id), markup=False)
            return
        if action.step and session.has_step(action.step):
            self._show(session.step_index(action.step), "actions", action_id)
            return
        self.app.show_screen("actions", select=action_id)

    def show_expectation(self, index: int) -> None:
        self._show(len(self.session.steps), "expectations", f"e{index + 1}")

    def _show(self, step_index: int, kind: str, key: str) -> None:
        self.go(step_index)
        section = self.sections[kind]
        section.grid.focus(scroll_visible=False)
        section.select(key)
