"""The chain of steps as a row of boxes with arrows, ending in the external customer.

Always visible at the top of the workshop screen, and read from the back of a room: every box
shows its number (in the top border), the step's name and its counts on lines of their own. What
fits is worked out by :func:`plan_chain`, a plain function: full names and counts in words when
they fit, else the short names ("Calculatie" for "Calculatie/offerte", "Inkoop" for "Inkoop
materiaal") and shorter counts, and when even that is too wide (a long chain on a laptop) only
the boxes around the current one, with ``‹ 2 meer`` / ``3 meer ›`` saying that more exist. A
name is never cut inside a word.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from tui.i18n import t

SEPARATOR = " · "
"""Counts are given as one text; each part between these stands on a line of its own."""


@dataclass(frozen=True)
class BoxInfo:
    """What one box shows: plain data, filled in by the screen from the model."""

    number: int
    name: str
    counts: str
    short_counts: str
    """The counts when the box is too narrow for ``counts``."""


def short_name(name: str) -> str:
    """The name a narrow box shows: the part before a "/", and of that the first word."""
    name = name.strip()
    before = name.split("/")[0].strip() or name
    words = before.split()
    return words[0] if words else ""


def count_lines(counts: str) -> list[str]:
    return [part.strip() for part in counts.split(SEPARATOR)]


BORDER = 2
"""A box's border takes one cell on either side."""
ARROW = 1
MIN_CONTENT = 3
"""The number in the top border needs a box at least this wide inside."""


@dataclass(frozen=True)
class ChainPlan:
    """Which boxes are shown, how wide, and with which texts."""

    first: int
    """The index of the first box shown; boxes ``first`` to ``first + len(widths)`` are shown."""
    names: tuple[str, ...]
    counts: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]
    """The outer width of each box shown, its border included."""
    before: int
    """How many boxes are hidden on the left; ``after`` on the right."""
    after: int
    before_text: str
    after_text: str

    @property
    def width(self) -> int:
        arrows = ARROW * max(0, len(self.widths) - 1)
        extra = sum(len(text) + 1 for text in (self.before_text, self.after_text) if text)
        return sum(self.widths) + arrows + extra


def _natural(name: str, lines: list[str]) -> int:
    return BORDER + max(MIN_CONTENT, len(name), *(len(line) for line in lines))


def _layout(
    boxes: list[BoxInfo], width: int, first: int, last: int, full: bool, long: bool
) -> ChainPlan | None:
    """The plan for boxes ``first`` to ``last`` (exclusive) if they fit in ``width``."""
    shown = boxes[first:last]
    names = [box.name.strip() if full else short_name(box.name) for box in shown]
    lines = [count_lines(box.counts if long else box.short_counts) for box in shown]
    widths = [_natural(name, box_lines) for name, box_lines in zip(names, lines, strict=True)]
    before, after = first, len(boxes) - last
    before_text = t("chain.more_before", count=before) if before else ""
    after_text = t("chain.more_after", count=after) if after else ""
    plan = ChainPlan(
        first,
        tuple(names),
        tuple(tuple(box_lines) for box_lines in lines),
        tuple(widths),
        before,
        after,
        before_text,
        after_text,
    )
    slack = width - plan.width
    if slack < 0:
        return None
    # the room left over is shared out, so that the row spans the bar
    share, rest = divmod(slack, len(widths))
    spread = tuple(w + share + (1 if index < rest else 0) for index, w in enumerate(widths))
    return ChainPlan(first, plan.names, plan.counts, spread, before, after, before_text, after_text)


def plan_chain(boxes: list[BoxInfo], width: int, current: int) -> ChainPlan:
    """Fit ``boxes`` into ``width`` cells, the box ``current`` always among those shown.

    Tried in turn, for all boxes at once: full names with full counts, short names with full
    counts, short names with short counts; then only a window of boxes around the current one,
    as many as fit, with short names and full counts. Shorter counts, and at last no name (the
    number stays, in the border), only when the current box alone does not fit (one enormous
    word)."""
    count = len(boxes)
    current = max(0, min(current, count - 1))
    for full, long in ((True, True), (False, True), (False, False)):
        plan = _layout(boxes, width, 0, count, full, long)
        if plan is not None:
            return plan
    # too many for the row: a window around the current box, counts in words (the room that
    # scrolling frees is better spent on "8 punten" than on more boxes saying "8")
    first, last = current, current + 1
    long = True
    best = _layout(boxes, width, first, last, False, long)
    if best is None:
        long = False
        best = _layout(boxes, width, first, last, False, long)
    if best is None:
        bare = [BoxInfo(box.number, "", box.counts, box.short_counts) for box in boxes]
        best = _layout(bare, width, first, last, False, long)
        if best is None:  # not even the number fits: show it anyway, the bar crops it
            inside = min(width, BORDER + MIN_CONTENT)
            return ChainPlan(current, ("",), ((),), (inside,), current, count - 1 - current, "", "")
        return best
    grown = True
    while grown:
        grown = False
        # one more on the side with fewer shown first: the current box stays near the middle
        sides = [(0, 1), (-1, 0)]
        if last - 1 - current > current - first:
            sides.reverse()
        for grow_first, grow_last in sides:
            new_first, new_last = first + grow_first, last + grow_last
            if new_first < 0 or new_last > count:
                continue
            plan = _layout(boxes, width, new_first, new_last, False, long)
            if plan is not None:
                first, last, best, grown = new_first, new_last, plan, True
    return best


class StepBox(Widget):
    """One box of the chain. Shows the texts it is given; text is data, never markup."""

    DEFAULT_CSS = """
    StepBox { width: 12; height: 5; border: round $secondary; border-title-color: $text-muted; }
    StepBox.-current {
        border: heavy $accent; background: $accent 25%; text-style: bold;
        border-title-color: $text;
    }
    StepBox.-customer { border: double $secondary; }
    StepBox.-customer.-current { border: double $accent; }
    StepBox:hover { background: $boost; }
    """

    def __init__(self, index: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = index
        self._lines: tuple[str, ...] = ()

    def set_text(self, number: int, name: str, counts: tuple[str, ...]) -> None:
        title = str(number)
        if title != self.border_title:  # setting it repaints the box, even to the same title
            self.border_title = title
        lines = (name, *counts)
        if lines != self._lines:
            self._lines = lines
            self.refresh()

    def render(self) -> Content:
        return Content("\n".join(self._lines))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(ChainBar.Selected(self.index))


class ChainBar(Horizontal):
    """The row of boxes. Posts :class:`ChainBar.Selected` when a box is clicked."""

    DEFAULT_CSS = """
    ChainBar { height: 5; }
    ChainBar > .arrow { width: 1; height: 5; content-align: center middle; color: $text-muted; }
    ChainBar > .more {
        width: auto; height: 5; content-align: center middle; color: $text-muted;
        text-style: italic;
    }
    ChainBar > #more-before { padding-right: 1; }
    ChainBar > #more-after { padding-left: 1; }
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
        """``_arrows[i]`` stands before ``_boxes[i]`` (the first is never shown)."""
        self._info: list[BoxInfo] = []
        self._current = 0
        self._customer = -1
        self._expected_width = 0
        self._before = Static("", id="more-before", classes="more", markup=False)
        self._after = Static("", id="more-after", classes="more", markup=False)

    def compose(self) -> ComposeResult:
        self._before.display = False
        self._after.display = False
        yield self._before
        yield self._after

    def expect_width(self, width: int) -> None:
        """The width the bar will get, from a screen that knows it before the first layout: the
        boxes are then placed for the first frame, not once more when the size arrives."""
        self._expected_width = width

    def on_resize(self) -> None:
        self._arrange()

    def show(self, boxes: list[BoxInfo], current: int, customer_index: int) -> None:
        """Show ``boxes`` (the last is the external customer) with ``current`` highlighted.

        Boxes are reused and only added when the chain grows: removing and mounting in one go
        would meet the old box's id before it is gone."""
        self._info = list(boxes)
        self._current = current
        self._customer = customer_index
        new: list[Widget] = []
        while len(self._boxes) < len(boxes):
            index = len(self._boxes)
            box = StepBox(index, id=f"box-{index}")
            arrow = Static("→", classes="arrow")
            self._boxes.append(box)
            self._arrows.append(arrow)
            new += [arrow, box]
        if new:  # in one go: each mount styles what it mounts on its own (20 steps: 20 mounts)
            self.mount_all(new, before=self._after)
        self._arrange()

    def _arrange(self) -> None:
        width = self.size.width or self._expected_width
        if not self._info or not width:
            for box, arrow in zip(self._boxes, self._arrows, strict=True):
                box.display = arrow.display = False
            return
        plan = plan_chain(self._info, width, self._current)
        shown = range(plan.first, plan.first + len(plan.widths))
        for index, (box, arrow) in enumerate(zip(self._boxes, self._arrows, strict=True)):
            visible = index in shown
            box.display = visible
            arrow.display = visible and index != plan.first
            if not visible:
                continue
            at = index - plan.first
            box.styles.width = plan.widths[at]
            box.set_text(self._info[index].number, plan.names[at], plan.counts[at])
            box.set_class(index == self._current, "-current")
            box.set_class(index == self._customer, "-customer")
        for label, text in ((self._before, plan.before_text), (self._after, plan.after_text)):
            label.display = bool(text)
            if text != str(label.content):  # an update lays the bar out again, even if the same
                label.update(text)

    def text(self) -> str:
        """The names and counts shown, box by box: what a test or a screen reader reads."""
        parts = []
        if self._before.display:
            parts.append(str(self._before.content))
        for box in self._boxes:
            if box.display:
                parts.append(f"{box.border_title} " + " | ".join(box._lines))
        if self._after.display:
            parts.append(str(self._after.content))
        return " → ".join(parts)
