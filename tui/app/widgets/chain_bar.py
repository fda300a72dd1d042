"""The chain of steps as a row of boxes with arrows, ending in the external customer.

Always visible at the top of the workshop screen. Each box shows the step's number, its name
(shortened when the box is narrow) and how many items and actions it has; the current one is
highlighted. With many steps the row scrolls sideways and keeps the current box in view.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import HorizontalScroll
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static


@dataclass(frozen=True)
class BoxInfo:
    """What one box shows: plain data, filled in by the screen from the model."""

    number: int
    name: str
    counts: str
    short_counts: str
    """The counts when the box is too narrow for ``counts``."""


class StepBox(Widget):
    """One box of the chain. Renders its text to fit its width; text is data, never markup."""

    DEFAULT_CSS = """
    StepBox { width: 12; height: 4; border: round $secondary; }
    StepBox.-current { border: heavy $accent; background: $accent 25%; text-style: bold; }
    StepBox.-customer { border: double $secondary; }
    StepBox.-customer.-current { border: double $accent; }
    StepBox:hover { background: $boost; }
    """

    def __init__(self, index: int, info: BoxInfo, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = index
        self.info = info

    def set_info(self, info: BoxInfo) -> None:
        if info != self.info:
            self.info = info
            self.refresh()

    def render(self) -> Content:
        width = max(self.content_size.width, 1)
        name = self.info.name
        if len(name) + 3 > width and "/" in name:
            name = name.split("/")[0]  # "Aanvraag/opname" -> "Aanvraag"
        title = Content(f"{self.info.number} {name}").truncate(width, ellipsis=True)
        counts = self.info.counts if len(self.info.counts) <= width else self.info.short_counts
        return Content("\n").join([title, Content(counts).truncate(width, ellipsis=True)])

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(ChainBar.Selected(self.index))


class ChainBar(HorizontalScroll):
    """The row of boxes. Posts :class:`ChainBar.Selected` when a box is clicked."""

    DEFAULT_CSS = """
    ChainBar { height: 4; scrollbar-size-horizontal: 0; }
    ChainBar > .arrow { width: 1; height: 4; content-align: center middle; color: $text-muted; }
    """

    class Selected(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.can_focus = False
        self._boxes: list[StepBox] = []
        self._arrows: list[Static] = []
        """``_arrows[i]`` stands before ``_boxes[i]`` (the first is never mounted)."""
        self._shown = 0
        self._box_width = self.MIN_BOX

    def compose(self) -> ComposeResult:
        return iter(())

    MIN_BOX = 12
    """Narrowest box: "1 Aanvraag" and "8 · 1 open" still fit; below that the row scrolls."""

    def on_resize(self) -> None:
        self._size_boxes(self._shown)

    def _size_boxes(self, count: int) -> None:
        self._shown = count
        if not count:
            return
        self._box_width = max(self.MIN_BOX, (self.size.width - (count - 1)) // count)
        for box in self._boxes:
            box.styles.width = self._box_width

    def show(self, boxes: list[BoxInfo], current: int, customer_index: int) -> None:
        """Show ``boxes`` (the last is the external customer) with ``current`` highlighted.

        Boxes are reused and only added or hidden when the number of steps changes: removing
        and mounting in one go would meet the old box's id before it is gone."""
        resized = len(boxes) != self._shown
        while len(self._boxes) < len(boxes):
            index = len(self._boxes)
            box = StepBox(index, boxes[index], id=f"box-{index}")
            self._arrows.append(Static("→", classes="arrow"))
            self._boxes.append(box)
            self.mount_all([self._arrows[-1], box] if index else [box])
        for index, box in enumerate(self._boxes):
            shown = index < len(boxes)
            box.display = shown
            if index:
                self._arrows[index].display = shown
            if shown:
                box.set_info(boxes[index])
                box.set_class(index == current, "-current")
                box.set_class(index == customer_index, "-customer")
        self._size_boxes(len(boxes))
        if not 0 <= current < len(boxes):
            return
        if resized or not self.size.width:
            # the row's width is known only after the next layout
            self.call_after_refresh(self.scroll_to_widget, self._boxes[current], animate=False)
        else:
            # the boxes have one width and an arrow between them: scrolled now, in the same
            # frame as the rest of the change (after the frame would take a second one)
            width = self._box_width
            left = current * (width + 1)
            x = self.scroll_x
            if left < x:
                x = left
            elif left + width > x + self.size.width:
                x = left + width - self.size.width
            if x != self.scroll_x:
                self.scroll_to(x=x, animate=False, immediate=True)
