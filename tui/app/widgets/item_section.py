"""A titled table of one kind of item (needs, asks, info, actions, ...) with an inline form.

The section shows rows the screen gives it and turns keys into requests: ``n`` (or ``enter`` on the
"+" row) starts a new item in a form right under the table, ``enter`` on a row edits it,
``delete`` removes it, ``a`` asks for an action point about it. The form moves with ``tab`` and
``shift+tab`` between the fields of the one item, saves with ``enter`` and cancels with
``escape``. Dates are read with :func:`tui.core.dates.parse_date`; while one is typed, the line
under the form says what it will be (:mod:`tui.app.widgets.date_preview`); one that cannot be
read shows an error on the field and nothing is sent. The section never changes the session
itself: it posts :class:`ItemSection.Submitted` and friends, and the screen asks the editor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import ScrollableContainer, Vertical
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip
from textual.widget import AwaitMount
from textual.widgets import DataTable, Label, Static

from tui.app.textual_internals import SizedDataTable
from tui.app.widgets.wrap import line_count, longest_word, room_for_words
from tui.core.dates import DateError, format_date, parse_date
from tui.core.links import parse_about
from tui.core.model import ITEM_FIELDS, ITEM_KINDS, ModelError
from tui.i18n import get_language, has, t

if TYPE_CHECKING:
    from tui.app.widgets.clean_input import CleanInput
    from tui.app.widgets.item_form import ItemForm

NEW_ROW = "+"
DATE_WIDTH = 10
MIN_DATE = 5
"""A date's column where room is short: the date wraps after its day and month."""
MIN_EXTRA = 7
"""The status (step, ...) column where room is short: it wraps between its words."""
MIN_TEXT = 14
"""Below this width a text field gets room from the dates and extra columns."""
MIN_FIELD = 6
FLOOR_TEXT = 10
"""What every text field gets before the rest of the room is shared by ratio."""


@dataclass(frozen=True)
class Field:
    name: str
    ratio: int
    kind: str = "text"  # text | name | names (comma-separated) | date | about (an item id)


ITEM_RATIOS: dict[str, tuple[int, ...]] = {"needs": (5, 2, 3), "asks": (6, 3), "info": (1,)}
"""The share of the width of each text field of a step item, in the model's order."""

FIELDS: dict[str, tuple[Field, ...]] = {
    # the step items' fields are the model's (ITEM_FIELDS); only their widths are the table's
    **{
        kind: tuple(
            Field(name, ratio)
            for name, ratio in zip(ITEM_FIELDS[kind], ITEM_RATIOS[kind], strict=True)
        )
        for kind in ITEM_KINDS
    },
    "actions": (
        Field("what", 5),
        Field("who", 2, "name"),
        Field("due", 0, "date"),
        Field("about", 3, "about"),
    ),
    "expectations": (Field("what", 1),),
    "all_actions": (Field("what", 5), Field("who", 2, "name"), Field("due", 0, "date")),
    "participants": (Field("name", 3, "name"), Field("role", 3)),
    "feedback": (Field("who", 2, "name"), Field("what", 6)),
    "steps": (Field("name", 3), Field("people", 4, "names"), Field("customers", 3, "names")),
}

SHOW_IDS = {"needs", "asks", "info", "actions", "all_actions", "steps"}
"""Kinds whose rows have ids worth showing; the others are keyed by their position."""

REORDER = {"needs", "asks", "info", "actions", "expectations"}
"""Kinds whose rows ``ctrl+↑``/``ctrl+↓`` move (the chain screen moves steps with the same keys
itself; a sorted table has no order of its own)."""
TO_STEP = {"needs", "asks", "info", "actions"}
"""Kinds whose rows can move to another step."""
LINKED = {"needs", "asks", "info", "actions", "all_actions"}
"""Kinds whose rows link to others: an action to what it is about, an item to its actions."""

EXTRA_COLUMNS: dict[str, tuple[tuple[str, int], ...]] = {
    "actions": (("status", 10),),
    "all_actions": (("step", 12), ("status", 10)),
    "participants": (("present", 9),),
    "steps": (("counts", 20),),
}
"""Columns shown but not edited in the form: (field name, width)."""

WIDE_EXTRA = {"step": 20}
"""The width of an extra column where the text fields have room to spare."""


EXTRA_WORD_CAP = 24
"""The longest word an extra column widens for: a step's name is one word more often than not
("Planning/voorbereiding", 22 cells)."""


def _longest_extra(extra: tuple[str, ...], index: int) -> int:
    """The cells of the longest word of an extra column's text, up to :data:`EXTRA_WORD_CAP`."""
    text = extra[index] if index < len(extra) else ""
    return min(EXTRA_WORD_CAP, max((cell_len(word) for word in text.split()), default=0))


def _breakable(text: str, width: int) -> str:
    """An extra column's text with a word longer than the column broken after its ``/``
    ("Planning/" above "voorbereiding") rather than folded inside a part; where it fits, as
    it is."""
    if all(cell_len(word) <= width for word in text.split()):
        return text
    return "\n".join(
        " ".join(
            word.replace("/", "/ ") if cell_len(word) > width else word for word in line.split(" ")
        )
        for line in text.split("\n")
    )


def _header(name: str) -> str:
    """A column's header: its short name where the form's placeholder is longer."""
    return t(f"column.{name}") if has(f"column.{name}") else t(f"field.{name}")


@dataclass
class Row:
    """One row as the screen hands it over: a key (the item id) and the field values."""

    key: str
    values: dict[str, Any]
    extra: tuple[str, ...] = ()
    """The texts of the section's extra columns."""
    overdue: bool = False
    index: int = 0
    """The place in its list (for lists without ids, see :mod:`tui.core.identity`)."""
    shown: dict[str, str] = dataclasses.field(default_factory=dict)
    """What a cell shows where it differs from its value (an ``about`` id as id and text)."""
    id_text: str = ""
    """What the id cell shows where it is more than the key (an item's actions under its id)."""


MADE_ROWS = 20_000
"""The most made rows a section keeps (every step's items of its kind, in a large session)."""

Made = tuple[list[Text], str, int]
"""A row made for the table: its cells, its key and its height in lines."""


class _MadeRows(dict[str, tuple[Row, tuple[int, ...], Made]]):
    """Rows made for a table, by key: the row as it was given, the column widths it was made
    for and what it was made into, all in the error colour and language of :attr:`made_in`."""

    made_in: tuple[str, str] = ("", "")


class _KeptStyles:
    """A component's styles with the Rich style worked out once (for one drawing pass)."""

    def __init__(self, styles: Any) -> None:
        self._styles = styles
        self.rich_style = styles.rich_style

    def __getattr__(self, name: str) -> Any:
        return getattr(self._styles, name)


class ItemGrid(SizedDataTable, inherit_bindings=False):
    """The table of a section. Left and right are left to the screen (previous/next step)."""

    BINDINGS = [
        Binding("up", "cursor_up", show=False),
        Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("home", "scroll_top", show=False),
        Binding("end", "scroll_bottom", show=False),
        Binding("enter", "open_row", "key.edit", id="item.edit"),
        Binding("n", "new_item", "key.new", id="item.new"),
        Binding("delete,backspace", "delete_item", "key.delete", id="item.delete"),
        Binding("a", "make_action", "key.make_action", id="item.make_action"),
        Binding("m", "row_request('step')", "key.move_to_step", id="item.to_step"),
        Binding("g", "row_request('link')", "key.follow_link", id="item.link"),
        # in the F1 help and the palette; the key line has no room left for it at 80 columns
        Binding("ctrl+up,shift+up", "row_request('up')", "key.order_up", id="item.up", show=False),
        Binding(
            "ctrl+down,shift+down",
            "row_request('down')",
            "key.order_down",
            id="item.down",
            show=False,
        ),
    ]

    def __init__(self, section: ItemSection, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.section = section
        self._pass: dict[tuple[str, ...], _KeptStyles] | None = None
        """The component styles asked for during one drawing pass (see :meth:`render_lines`)."""
        self._pass_style: Style | None = None
        """The widget's own Rich style during that pass."""

    # DataTable asks for its own Rich style and those of its header and row components again
    # for every line it draws, and each walks all the widget's ancestors and merges styles: a
    # fifth of drawing a step. Within one pass they cannot change, so the pass keeps them.
    # (Textual 8.2.8 internals; the snapshot tests watch them.)

    def render_lines(self, crop: Region) -> list[Strip]:
        self._pass, self._pass_style = {}, super().rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._pass = self._pass_style = None

    @property
    def rich_style(self) -> Style:
        return super().rich_style if self._pass_style is None else self._pass_style

    def get_component_styles(self, *names: str) -> Any:
        kept = self._pass
        if kept is None or not names:
            return super().get_component_styles(*names)
        if names not in kept:
            kept[names] = _KeptStyles(super().get_component_styles(*names))
        return kept[names]

    def known_virtual_size(self, new_rows) -> Size | None:
        """Every column here has a fixed width and every row a counted height (see wrap.py), so
        the measuring of each new cell that DataTable does for automatic widths only costs time
        (it asks the console each time: about 20 µs a cell, a third of a step switch). What is
        left is the size to scroll. Rows here have no labels, so there is no label column; were
        one given a label, DataTable measures as before. (The snapshot tests watch this.)"""
        rows = self.rows
        if (
            any(column.auto_width for column in self.columns.values())
            or any(rows[key].auto_height for key in new_rows if key in rows)
            or any(row.label is not None for row in rows.values())
        ):
            return None
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header = self.header_height if self.show_header else 0
        return Size(width, sum(row.height for row in rows.values()) + header)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        editing = ("open_row", "new_item", "delete_item", "make_action")
        if action in editing and self.section.read_only:  # a closed meeting: no key edits
            return False
        if action == "make_action":  # not on the "+" row: there is nothing to act on
            if self.section.kind not in ("needs", "asks", "info"):
                return False
            return self.section.current_key() is not None
        if action == "delete_item":
            return self.section.current_key() is not None
        if action == "row_request":
            request = str(parameters[0]) if parameters else ""
            kinds = {"up": REORDER, "down": REORDER, "step": TO_STEP, "link": LINKED}[request]
            if self.section.kind not in kinds:
                return False  # not here: the key goes on (the chain screen moves steps)
            if request != "link" and self.section.read_only:
                return False
            return self.section.current_key() is not None or None
        return True

    def action_row_request(self, request: str) -> None:
        """Reorder (``up``, ``down``), move to another step, follow a link: the screen does it."""
        row = self.section.current_row()
        if row is None or self.section.form_open:
            return
        if request != "link" and not self.section.writable():
            return
        self.section.post_message(ItemSection.RowRequested(self.section, request, row))

    async def action_open_row(self) -> None:
        """Edit the row under the cursor (on the "+" row: a new item). Directly rather than
        through DataTable's RowSelected message (a click still goes through the message)."""
        if self.row_count and self.cursor_row < self.row_count:
            key = self.ordered_rows[self.cursor_row].key.value
            await self.section.start_form(None if key == NEW_ROW else key)

    async def action_new_item(self) -> None:
        await self.section.start_form(None)

    def action_delete_item(self) -> None:
        row = self.section.current_row()
        if row is not None and self.section.writable():
            self.section.post_message(ItemSection.DeleteRequested(self.section, row.key, row))

    def action_make_action(self) -> None:
        key = self.section.current_key()
        if key is not None and self.section.writable():
            self.section.post_message(ItemSection.ActionRequested(self.section, key))


class ItemSection(Vertical):
    """A title, the table and its form."""

    class Submitted(Message):
        """The form was saved: ``key`` is None for a new item; ``opened`` is the row as it was
        when the form opened (for lists without ids: which element to change, see
        :mod:`tui.core.identity`). The screen answers with :meth:`ItemSection.close_form`, or
        :meth:`ItemSection.show_error` (the form stays open)."""

        def __init__(
            self,
            section: ItemSection,
            key: str | None,
            values: dict[str, Any],
            opened: Row | None = None,
        ) -> None:
            super().__init__()
            self.section = section
            self.key = key
            self.values = values
            self.opened = opened

        @property
        def index(self) -> int:
            """For lists without ids: the place of the element when the form opened."""
            assert self.opened is not None
            return self.opened.index

    class DeleteRequested(Message):
        def __init__(self, section: ItemSection, key: str, row: Row) -> None:
            super().__init__()
            self.section = section
            self.key = key
            self.row = row

        @property
        def index(self) -> int:
            return self.row.index

    class RowRequested(Message):
        """A key on a row asks the screen to move it (``up``, ``down``, ``step``) or to follow
        its link (``link``)."""

        def __init__(self, section: ItemSection, request: str, row: Row) -> None:
            super().__init__()
            self.section = section
            self.request = request
            self.row = row

        @property
        def key(self) -> str:
            return self.row.key

    class ActionRequested(Message):
        def __init__(self, section: ItemSection, key: str) -> None:
            super().__init__()
            self.section = section
            self.key = key

    def __init__(self, kind: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.kind = kind
        self.fields = FIELDS[kind]
        self.rows: list[Row] = []
        self.editing: str | None = None
        """The key being edited in the form ("" for a new item, None when the form is closed)."""
        self.preset: dict[str, Any] = {}
        self.came_from: ItemGrid | None = None
        """The table the form was opened from when it is not this section's own (``a`` on a
        need opens the actions' form): cancelling goes back there, on the same row."""
        self.names: list[str] = []
        self.about_source: Callable[[], list[tuple[str, str]]] = list
        """What an ``about`` field can name: (id, text) of the session's items, asked for when
        the form opens and when it is stored."""
        self.today = date.today()
        self._read_only = False
        self._width = 0
        self._form: ItemForm | None = None
        self._form_mounted: AwaitMount | None = None
        self.opened: Row | None = None
        """The row the form was opened on (None for a new item)."""
        self._submitting = False
        """A submit was sent and not yet answered: another enter sends nothing."""
        self._wanted: str | None = None
        """A row selected before the table was first drawn (see :meth:`select`)."""
        self._made = _MadeRows()
        """The rows made for the table, by key (see :meth:`_row_maker`)."""

    def compose(self) -> ComposeResult:
        yield Label(t(f"section.{self.kind}"), classes="section-title")
        yield ItemGrid(self, id=f"grid-{self.kind}")
        yield Vertical(classes="form-box")  # the form is made when it is first opened

    @property
    def grid(self) -> ItemGrid:
        return self.query_one(ItemGrid)

    def on_mount(self) -> None:
        self.query_one(".form-box").display = False

    def expect_width(self, width: int) -> None:
        """The width the section will get, from a screen that knows it before the first layout:
        the rows are then built for the first frame at once, not once more when the size
        arrives (a second layout and frame at the start). A wrong guess costs only that."""
        if not self._width:
            self._width = width

    def on_resize(self, event: events.Resize) -> None:
        if abs(event.size.width - self._width) > 1:
            self._width = event.size.width
            self._rebuild(keep=self.current_key())

    @property
    def read_only(self) -> bool:
        """Set by the screen for a closed meeting: the form does not open, no "+" row offers a
        new item and the key bar shows no editing keys."""
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        if value == self._read_only:
            return
        self._read_only = value
        if self._width:
            self._rebuild(keep=self.current_key())
        if self.is_mounted:
            self.grid.refresh_bindings()

    # --- rows ------------------------------------------------------------------------------

    def show(
        self,
        rows: list[Row],
        *,
        names: list[str] | None = None,
        today: date | None = None,
        about: Callable[[], list[tuple[str, str]]] | None = None,
    ) -> None:
        """Show ``rows``; the cursor stays on the same item where it can. Rows equal to the ones
        shown are not drawn again (every change to the session asks every table)."""
        if names is not None:
            self.names = names
        if about is not None:
            self.about_source = about
        changed_day = today is not None and today != self.today
        if today is not None:
            self.today = today
        if rows == self.rows and not changed_day and self.grid.row_count:
            return
        keep = self.current_key()  # of the rows shown until now
        self.rows = rows
        if self._width:  # before its first size the section cannot set widths: on_resize will
            self._rebuild(keep=keep)

    def current_key(self) -> str | None:
        row = self.current_row()
        return row.key if row is not None else None

    def current_row(self) -> Row | None:
        grid = self.grid
        if not grid.row_count or grid.cursor_row >= len(self.rows):
            return None
        return self.rows[grid.cursor_row]

    def select(self, key: str) -> None:
        if self.grid.row_count < len(self.rows):  # not drawn yet (hidden until now): when it is
            self._wanted = key
            return
        for index, row in enumerate(self.rows):
            if row.key == key:
                self.grid.move_cursor(row=index, animate=False)
                self.call_after_refresh(self._reveal_cursor)
                return

    def _reveal_cursor(self) -> None:
        """Scroll the screen's container so that the cursor row is in view: the table is as
        tall as its rows (they wrap) up to its cap (``max-height``), so its own scrolling to
        the cursor moves little or nothing, and a row just stored at the end would stay below
        the screen. Where the table is capped, the row is kept inside the table's height (the
        table's own scrolling to the cursor may come after this)."""
        container = next((a for a in self.ancestors if isinstance(a, ScrollableContainer)), None)
        grid = self.grid
        rows = grid.ordered_rows
        index = grid.cursor_row
        if container is None or not 0 <= index < len(rows):
            return
        header = grid.header_height if grid.show_header else 0
        top = sum(row.height for row in rows[:index]) + header - round(grid.scroll_y)
        shown = grid.size.height or grid.virtual_size.height
        top = max(header, min(top, shown - 1))
        height = max(1, min(rows[index].height, shown - top))
        y = grid.region.y - container.content_region.y + round(container.scroll_y) + top
        container.scroll_to_region(Region(0, y, 1, height), animate=False, immediate=True)

    def _widths(self, rows: list[Row] | None = None) -> tuple[int, list[int], list[int]]:
        """The widths of the id column, the fields and the extra columns for ``rows`` (those
        shown, by default). Ids, dates and the
        extra columns (status, step, ...) take what they need; the text fields share the rest
        by ratio. Where that leaves the text too little room (a narrow terminal, the script
        panel open), dates and the extra columns shrink and wrap, so the text keeps its room."""
        rows = self.rows if rows is None else rows
        id_width = 12 if self.kind == "steps" else 4
        extras = [width for _name, width in EXTRA_COLUMNS.get(self.kind, ())]
        shared = [field for field in self.fields if field.kind != "date"]
        dates = len(self.fields) - len(shared)
        # the focus bar and a cell to spare, and two cells of padding per column
        padding = 2 + 2 + 2 * (1 + len(self.fields) + len(extras))

        def room(date_width: int, extra_widths: list[int]) -> int:
            return self._width - padding - id_width - dates * date_width - sum(extra_widths)

        date_width = DATE_WIDTH
        wanted = MIN_TEXT * len(shared)
        roomy = [WIDE_EXTRA.get(name, width) for name, width in EXTRA_COLUMNS.get(self.kind, ())]
        if room(date_width, roomy) >= 2 * wanted:  # room to spare: a step's name on one line
            extras = roomy
        if room(date_width, extras) < wanted:
            extras = [min(width, MIN_EXTRA) for width in extras]
        if room(date_width, extras) < wanted:
            date_width = MIN_DATE
        left = room(date_width, extras)
        # shared by ratio, but a field below a floor gets it (so that a narrow column does not
        # cut most words in two), taken from the wider ones
        floor = max(MIN_FIELD, min(FLOOR_TEXT, left // max(1, len(shared))))
        total = sum(field.ratio for field in shared)
        share = {field.name: left * field.ratio // total for field in shared}
        short = sum(max(0, floor - width) for width in share.values())
        wide = sum(field.ratio for field in shared if share[field.name] > floor)
        for field in shared:
            if share[field.name] > floor:
                share[field.name] = max(floor, share[field.name] - short * field.ratio // wide)
            else:
                share[field.name] = floor
        # and a column whose longest word does not fit gets cells from those that can spare
        # them, so that "werkomschrijving" is not folded in two in a narrow table
        longest = [
            max(
                (
                    longest_word(str(row.shown.get(field.name, row.values.get(field.name) or "")))
                    for row in rows
                ),
                default=0,
            )
            for field in shared
        ]
        headings = [max(MIN_FIELD, cell_len(_header(field.name))) for field in shared]
        # the extra columns too: a step's name ("Planning/voorbereiding") whole where the text
        # can spare the cells, and never narrower than its heading
        names = [name for name, _width in EXTRA_COLUMNS.get(self.kind, ())]
        longest += [
            max((_longest_extra(row.extra, index) for row in rows), default=0)
            for index in range(len(names))
        ]
        headings += [
            min(width, cell_len(_header(name))) for name, width in zip(names, extras, strict=True)
        ]
        moved = room_for_words(
            [*(share[field.name] for field in shared), *extras], longest, headings
        )
        share = {field.name: width for field, width in zip(shared, moved, strict=False)}
        extras = moved[len(shared) :]
        widths = [
            date_width if field.kind == "date" else share[field.name] for field in self.fields
        ]
        return id_width, widths, extras

    def _rebuild(self, keep: str | None) -> None:
        grid = self.grid
        row_before = grid.cursor_row
        grid.clear(columns=True)
        id_width, widths, extra_widths = self._widths()
        grid.add_column(
            Text(t("column.id") if self.kind in SHOW_IDS else ""), width=id_width, key="id"
        )
        for field, width in zip(self.fields, widths, strict=True):
            grid.add_column(Text(_header(field.name)), width=width, key=field.name)
        extras = EXTRA_COLUMNS.get(self.kind, ())
        for (name, _width), width in zip(extras, extra_widths, strict=True):
            grid.add_column(Text(_header(name)), width=width, key=name)
        grid.add_sized_rows(map(self._row_maker(id_width, widths, extra_widths), self.rows))
        if not self.read_only:  # a closed meeting takes no new items: no row offers one
            hint = [Text("+", style="bold"), Text(t("section.new_row"), style="dim italic")]
            grid.add_row(*hint, *[Text("") for _ in range(len(grid.columns) - 2)], key=NEW_ROW)
        if self._wanted is not None:
            keep, self._wanted = self._wanted, None
            self.call_after_refresh(self._reveal_cursor)
        target = next((i for i, row in enumerate(self.rows) if row.key == keep), None)
        if target is None:
            target = min(row_before, grid.row_count - 1)
        grid.move_cursor(row=max(target, 0), animate=False)
        grid.size_now()  # the rows' height for the next layout, not one frame later

    def prepare(self, rows: list[Row]) -> None:
        """Make ``rows`` for the table now without showing them (the rows of a step people will
        likely go to next): when they are shown, as they are, they are not made again."""
        if self._width:
            make = self._row_maker(*self._widths(rows))
            for row in rows:
                make(row)

    def _row_maker(
        self, id_width: int, widths: list[int], extra_widths: list[int]
    ) -> Callable[[Row], Made]:
        """What makes a row for the table: its cells, its key and its height in lines."""
        error = self.app.theme_variables.get("error", "red") if self.is_attached else "red"
        # Every cell wraps (and folds a word longer than its column): nothing people typed is
        # cut off, at any width. The height is counted here (height=None would render every
        # cell to measure it, see wrap.py).
        column_widths = [*widths, *extra_widths]
        fields, show_ids = self.fields, self.kind in SHOW_IDS
        # A row made before for the same widths is taken back as it was, its very ``Text``s,
        # which the table recognises as drawn before (``SizedDataTable._render_line``): a step
        # visited again is not made, nor drawn, anew.
        made = self._made
        made_in = (error, get_language())
        if made.made_in != made_in or len(made) > MADE_ROWS:
            made.clear()
            made.made_in = made_in
        made_for = (id_width, *column_widths)

        def make(row: Row) -> Made:
            kept = made.get(row.key)
            if kept is not None and kept[1] == made_for and kept[0] == row:
                return kept[2]
            style = f"bold {error}" if row.overdue else ""
            texts = [
                format_date(row.values.get(field.name))
                if field.kind == "date"
                else row.shown.get(field.name, row.values.get(field.name) or "")
                for field in fields
            ]
            texts.extend(map(_breakable, row.extra, extra_widths))
            id_text = (row.id_text or row.key) if show_ids else ""
            height = max(
                (line_count(text, width) for text, width in zip(texts, column_widths, strict=True)),
                default=1,
            )
            height = max(height, line_count(id_text, id_width))
            cells = [Text(id_text, style=style or "dim", overflow="fold")]
            cells.extend(Text(text, style=style, overflow="fold") for text in texts)
            made[row.key] = (row, made_for, (cells, row.key, height))
            return cells, row.key, height

        return make

    async def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        key = event.row_key.value
        await self.start_form(None if key == NEW_ROW else key)

    # --- the form --------------------------------------------------------------------------

    async def _mount_form(self) -> ItemForm:
        """The form, mounted the first time it is asked for. A screen holds several sections
        and most forms are never opened: made up front they cost a quarter of the start."""
        if self._form is None:
            from tui.app.widgets.item_form import ItemForm

            self._form = ItemForm(self)
            self._form_mounted = self.query_one(".form-box").mount(
                Static("", classes="form-title"),
                self._form,
                *self._form.date_previews(lambda: self.today),  # what each date will store
                Static("", classes="form-error"),
            )
        assert self._form_mounted is not None
        await self._form_mounted
        return self._form

    async def start_form(
        self,
        key: str | None,
        *,
        preset: dict[str, Any] | None = None,
        title: str = "",
        came_from: ItemGrid | None = None,
    ) -> None:
        """Open the form for a new item (``key`` None) or to edit the item ``key``;
        ``came_from``: the other table it was opened from, where cancelling returns."""
        if not self.writable():
            return
        form = await self._mount_form()
        self.editing = key or ""
        self.preset = preset or {}
        self.came_from = came_from
        self.opened = None
        self._submitting = False
        values: dict[str, Any] = dict(self.preset)
        if key:
            row = next(row for row in self.rows if row.key == key)
            self.opened = row
            values = row.values
        for field, field_input in zip(self.fields, form.inputs(), strict=True):
            value = values.get(field.name)
            field_input.value = format_date(value) if field.kind == "date" else (value or "")
            field_input.cursor_position = len(field_input.value)  # typing adds, at the end
            field_input.remove_class("-invalid")
        form.complete_from(self.names, self.about_source)
        heading = title or (t("form.edit", id=key) if key else t("form.new"))
        self.query_one(".form-title", Static).update(Content(heading))
        self.show_error("")
        box = self.query_one(".form-box")
        box.display = True
        first = form.inputs()[0]
        # at once, not after the keys already waiting: those are typed into the form
        self.screen.set_focus(first)
        first.cursor_position = len(first.value)
        self.call_after_refresh(box.scroll_visible, animate=False)

    def writable(self) -> bool:
        """False (and say why) when the meeting is closed."""
        if self.read_only:
            self.notify(t("edit.read_only"), severity="warning", markup=False)
        return not self.read_only

    def cancel_form(self) -> None:
        """Escape: the form closes, and the focus goes back to where the form was opened."""
        came_from = self.came_from
        self.close_form()
        if came_from is not None and came_from.is_attached:
            came_from.focus(scroll_visible=False)
            # the form scrolled the screen down to the actions: back up to the row
            came_from.section.call_after_refresh(came_from.section._reveal_cursor)

    def close_form(self) -> None:
        self.editing = None
        self.preset = {}
        self.came_from = None
        self.opened = None
        self._submitting = False
        self.query_one(".form-box").display = False
        # not scrolled to the table's top: the row just stored is put in view (select)
        self.grid.focus(scroll_visible=False)

    def submit_form(self) -> None:
        if self._submitting:
            return  # one enter, one item: the first one is still being stored
        values: dict[str, Any] = {}
        form = self._form
        assert form is not None  # the form's own enter calls this
        for field, field_input in zip(self.fields, form.inputs(), strict=True):
            if field.kind == "date":
                try:
                    values[field.name] = parse_date(field_input.value, self.today)
                except DateError as error:
                    self._field_error(field_input, str(error))
                    return
            elif field.kind == "about":
                try:
                    values[field.name] = parse_about(field_input.value, self.about_source())
                except ModelError as error:
                    self._field_error(field_input, str(error))
                    return
            else:
                values[field.name] = field_input.value
            field_input.remove_class("-invalid")
        if not values.get("what", "x").strip():
            self._field_error(form.inputs()[0], t("form.what_required"))
            return
        key = self.editing or None
        self._submitting = True
        self.post_message(self.Submitted(self, key, {**self.preset, **values}, self.opened))

    def item_gone(self) -> None:
        """The item the form was opened for is gone (undone, removed, reloaded): say so, and
        keep the text; the next enter stores it as a new item."""
        self.editing = ""
        self.opened = None
        self.query_one(".form-title", Static).update(Content(t("form.new")))
        self.show_error(t("model.gone"))

    def _field_error(self, field_input: CleanInput, message: str) -> None:
        field_input.add_class("-invalid")
        field_input.focus()
        self.show_error(message)

    def show_error(self, message: str) -> None:
        """An error about the form's values (the form stays open); "" hides the line."""
        self._submitting = False
        error = self.query_one(".form-error", Static)
        error.update(Content(message))
        error.display = bool(message)

    @property
    def form_open(self) -> bool:
        return self.editing is not None
