"""Every private name of Textual the app relies on, in one room.

The rest of ``tui`` uses Textual's public API only. What is here has no public way in the
pinned Textual (see ``pyproject.toml``); each piece names the private names it touches and why.
``tests/app/test_textual_internals.py`` checks every one of them against the installed Textual,
so an upgrade that renames or changes one fails there, loudly, and not on a projector.
"""

from __future__ import annotations

import functools
import operator
import sys
import types
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from itertools import zip_longest
from typing import TYPE_CHECKING, Any, TypeVar

from rich.align import Align
from rich.style import Style
from rich.text import Text
from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual._xterm_parser import XTermParser
from textual.binding import BindingsMap
from textual.cache import LRUCache
from textual.command import CommandList, CommandPalette
from textual.geometry import Size
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.screen import Screen
from textual.strip import Strip
from textual.widgets import DataTable, Input
from textual.widgets.data_table import DuplicateKey
from textual.widgets.data_table import Row as TableRow
from textual.widgets.data_table import RowKey as TableRowKey
from textual.widgets.option_list import Option
from textual.worker_manager import WorkerManager

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode
    from textual.driver import Driver
    from textual.widgets.data_table import RowKey
    from textual.worker import Worker

CHECKED_WITH = "8.2.8"
"""The Textual version these were read from."""

T = TypeVar("T", bound=type)

# --- an unhandled exception ------------------------------------------------------------------
# Textual has no public hook for an unhandled exception: every error of a handler, a timer, a
# worker or the compositor goes to ``App._handle_exception``, which prints a traceback with
# local variables (the session's text). The only way to replace that is to override it.


def route_unhandled_errors(cls: T) -> T:
    """Class decorator for a mixin placed before ``App``: Textual's ``App._handle_exception(error)``
    calls ``cls.unhandled_error(error)`` instead. (Set on ``cls`` itself, so that deleting
    ``cls._handle_exception`` brings Textual's own handler back.)"""

    def _handle_exception(self: Any, error: Exception) -> None:
        self.unhandled_error(error)

    cls._handle_exception = _handle_exception  # type: ignore[attr-defined]
    return cls


def mark_failed(app: App[Any], error: Exception) -> None:
    """What Textual's own ``_handle_exception`` records before it prints: ``App._return_code``
    is 1 (``App.exit(return_code=1)`` would instead post an ``ExitApp`` message and shut down
    through the message queue, which an error may have broken), and the first error goes into
    ``App._exception`` with ``App._exception_event`` set, so that ``run_test`` re-raises it in
    tests. (``App.panic`` then leaves the message and closes the queue: public.)"""
    app._return_code = 1
    if app._exception is None:
        app._exception = error
        app._exception_event.set()


def print_exit_messages(app: App[Any]) -> None:
    """Print what ``App.panic``/``App.exit`` left to show, as ``App.run`` does when it returns:
    for an error that escaped ``run`` itself, after which Textual prints nothing.
    ``App._print_error_renderables`` is the only printer of ``App._exit_renderables``."""
    app._print_error_renderables()


# --- workers that end --------------------------------------------------------------------------
# A worker started with ``exit_on_error=False`` that fails is only logged. ``Worker.StateChanged``
# is public but does not bubble: it reaches the node that started the worker (and nothing if that
# node is gone). Every worker, though, ends in ``WorkerManager._remove_worker``, the callback the
# manager gives each worker; the app's manager is ``App._workers`` (``App.workers`` is read-only).


class _EndingWorkers(WorkerManager):
    def __init__(self, app: App[Any], ended: Callable[[Worker[Any]], None]) -> None:
        super().__init__(app)
        self.ended = ended

    def _remove_worker(self, worker: Worker[Any]) -> None:
        super()._remove_worker(worker)
        self.ended(worker)


def watch_ending_workers(app: App[Any], ended: Callable[[Worker[Any]], None]) -> None:
    """From now on, ``ended(worker)`` is called for every worker of ``app`` as it finishes (in
    any state). Call it in the app's ``__init__``, before any worker starts."""
    app._workers = _EndingWorkers(app, ended)


# --- bindings ------------------------------------------------------------------------------------
# Textual merges a class's ``BINDINGS`` (with its bases') once, in ``DOMNode.__init_subclass__``,
# into the class variable ``DOMNode._merged_bindings``; each node copies it when it is made. There
# is no public way to change a binding's description afterwards (``App.set_keymap`` changes keys
# only), so the localised descriptions replace that merge.


def merged_bindings(cls: type[DOMNode]) -> BindingsMap:
    """The bindings of ``cls`` and its bases, merged afresh from their ``BINDINGS``
    (``DOMNode._merge_bindings``)."""
    return cls._merge_bindings()


def replace_merged_bindings(cls: type[DOMNode], bindings: BindingsMap) -> None:
    """The bindings that nodes of ``cls`` made from now on start with
    (``DOMNode._merged_bindings``)."""
    cls._merged_bindings = bindings


# --- Input ---------------------------------------------------------------------------------------
# The completion an ``Input`` shows is the reactive ``Input._suggestion``; Textual reads it only in
# ``action_cursor_right`` (which moves the cursor instead when there is none, and only accepts at
# the end). Keeping a copy from ``SuggestionReady`` would miss the places Input clears it.


def loaded_text_area() -> type[Any] | None:
    """Textual's ``TextArea`` if its module has been imported, else ``None``: asking must not
    import it (the app does so only when a long field is first shown)."""
    module = sys.modules.get("textual.widgets._text_area")
    return getattr(module, "TextArea", None)


def offered_suggestion(field: Input) -> str:
    """The completion ``field`` offers now ("" for none)."""
    return field._suggestion


# --- DataTable -----------------------------------------------------------------------------------
# After rows are added, DataTable measures every new cell against the console for automatic column
# widths and row heights, in ``DataTable._update_dimensions``, even when every column has a fixed
# width and every row a given height. There is no switch for it; the override below lets a table
# that knows its size say so.


class SizedDataTable(DataTable):
    """A DataTable that may give its scrollable size itself, skipping the measuring of the new
    cells; :meth:`known_virtual_size` decides. It also keeps the lines it drew across a
    ``clear``: see :meth:`_render_line`."""

    KEPT_LINES = 4096
    """How many drawn lines a table keeps across clears (those of the rows people saw)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._kept_lines: LRUCache[tuple[Any, ...], tuple[tuple[object, ...], Strip]] = LRUCache(
            self.KEPT_LINES
        )

    # ``DataTable._render_line`` keeps each drawn line in ``DataTable._line_cache`` under
    # ``DataTable._update_count``, which every added row and every ``clear`` moves on: a table
    # filled anew (a step switch) draws every line it shows again, each cell through Rich, even
    # where it holds the very ``Text``s it drew before. Here a line drawn before is taken back
    # when its row holds the same cell objects (``is``: a cell's text is never changed in place
    # here, a changed row gets new ``Text``s) in columns of the same widths, at the same place,
    # with the same cursor, focus, styles and theme. The header is drawn as DataTable draws it.
    # (``LRUCache.set`` keeps the value a key has: a line drawn anew for a key is stored with
    # ``discard`` first.)

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        try:
            row_key, line_in_row = self._get_offsets(y)
        except LookupError:
            return super()._render_line(y, x1, x2, base_style)
        cells = self._data.get(row_key)
        if cells is None:  # the header (and nothing else)
            return super()._render_line(y, x1, x2, base_style)
        drawn = tuple(cells.values())
        key = (
            tuple(column.get_render_width(self) for column in self.ordered_columns),
            y,
            x1,
            x2,
            self.size.width,
            row_key,
            line_in_row,
            self._row_locations.get(row_key),
            self.rows[row_key].height,
            self.cursor_coordinate,
            self.hover_coordinate,
            base_style,
            self.cursor_type,
            self.show_cursor,
            self._show_hover_cursor,
            self._pseudo_class_state,
            self.app.theme,
        )
        kept = self._kept_lines.get(key)
        if (
            kept is not None
            and len(kept[0]) == len(drawn)
            and all(map(operator.is_, kept[0], drawn))
        ):
            return kept[1]
        strip = super()._render_line(y, x1, x2, base_style)
        self._kept_lines.discard(key)
        self._kept_lines[key] = (drawn, strip)
        return strip

    def known_virtual_size(self, new_rows: Iterable[RowKey]) -> Size | None:
        """The table's ``virtual_size`` after ``new_rows`` were added, or None to let DataTable
        measure them."""
        return None

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        size = self.known_virtual_size(new_rows)
        if size is None:
            super()._update_dimensions(new_rows)
        else:
            self.virtual_size = size

    def size_now(self) -> None:
        """What DataTable does when it is next idle, after rows were added or cleared
        (``DataTable._on_idle`` with ``_require_update_dimensions`` and ``_new_rows``): now, so
        that the layout coming first already has the table's height. Otherwise the first
        frame shows the table empty, and its rows follow one idle and one frame later."""
        if self._require_update_dimensions:
            self._require_update_dimensions = False
            new_rows = self._new_rows.copy()
            self._new_rows.clear()
            self._update_dimensions(new_rows)

    def add_sized_rows(self, rows: Iterable[tuple[Sequence[Text], str, int]]) -> None:
        """Add ``(cells, key, height)`` rows (a height in lines, never None: no measuring) at
        the bottom, as ``DataTable.add_row`` does for
        each, but with the cursor checked once for all of them instead of once a row (its
        reactive ``cursor_coordinate`` set to itself, with validation and watchers: a third
        of adding a row). The rows are stored as ``add_row`` stores them (``_row_locations``,
        ``_data``, ``rows``, ``_new_rows``); the first row of an empty table highlights the
        cursor, as there."""
        columns = [column.key for column in self.ordered_columns]
        locations, data, table_rows, new_rows = (
            self._row_locations,
            self._data,
            self.rows,
            self._new_rows,
        )
        was_empty = not table_rows
        rows = list(rows)
        keys = [TableRowKey(key) for _cells, key, _height in rows]
        # all refused before any is stored (add_row leaves the rows before a refused one whole)
        seen: set[TableRowKey] = set()
        for row_key, (cells, _key, _height) in zip(keys, rows, strict=True):
            if row_key in locations or row_key in seen:
                raise DuplicateKey(f"The row key {row_key!r} already exists.")
            seen.add(row_key)
            if len(cells) > len(columns):
                raise ValueError("More values provided than there are columns.")
        for row_key, (cells, _key, height) in zip(keys, rows, strict=True):
            locations[row_key] = len(table_rows)
            data[row_key] = dict(zip_longest(columns, cells))
            table_rows[row_key] = TableRow(row_key, height, None, False)
            new_rows.add(row_key)
        self._require_update_dimensions = True
        self.cursor_coordinate = self.cursor_coordinate
        visible_cursor = self.show_cursor and self.cursor_type != "none"
        if was_empty and table_rows and self.columns and visible_cursor:
            self._highlight_cursor()
        self._update_count += 1
        self.check_idle()


# --- no frame thrown away during a batch ---------------------------------------------------------
# The whole start of an app is one ``App.batch_update`` (``App._batch_count`` above 0), and
# ``App._display`` drops every frame of a batch. But ``Screen._refresh_layout`` during a batch
# defers ``Screen._compositor_refresh`` with ``call_later``, which can run while the batch lasts:
# the first screen is rendered (a tenth of the start), its dirty regions are cleared, and the frame
# is dropped. The first frame after the batch then paints only what changed since, and the
# tables stay blank until something repaints them, a frame later. Here a screen renders nothing
# during a batch, and is repainted whole when the batch ends.


class RendersAfterBatch(Screen):
    """A screen that renders no frame while the app is in a batch (one the app would drop)."""

    held_frame = False
    """A frame was due during a batch: the app repaints the screen when the batch ends."""

    def _compositor_refresh(self) -> None:
        app = self.app
        if app._batch_count and self is app.screen and not app.is_inline:
            self.held_frame = True
            return
        super()._compositor_refresh()


class RepaintsAfterBatch:
    """Mixin for ``App``: when the last batch ends (``App._end_batch``) and a screen held back a
    frame during it, the current screen is repainted whole. (It may be another one by then: a
    dialog pushed during the start, whose own frames in the batch were dropped.)"""

    _batch_count: int
    screen: Screen
    screen_stack: list[Screen]

    def _end_batch(self) -> None:
        super()._end_batch()  # type: ignore[misc]
        if self._batch_count:
            return
        held = [s for s in self.screen_stack if isinstance(s, RendersAfterBatch) and s.held_frame]
        for screen in held:
            screen.held_frame = False
        if held:
            with suppress(Exception):  # no screen any more: the app is closing
                self.screen.refresh()


# --- the command palette's "No matches found" -----------------------------------------------------
# ``CommandPalette`` takes its placeholder as an argument, but the line it shows when nothing
# matches is written into ``CommandPalette._start_no_matches_countdown`` (with the private
# ``_stop_no_matches_countdown``, ``_NO_MATCHES``, ``_list_visible`` and ``_no_matches_timer``).
# The Dutch app must not answer in English, so the method is written again with the text given.


class TranslatedCommandPalette(CommandPalette):
    """The command palette, with the "no matches" line in the app's language."""

    def __init__(self, *, no_matches: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.no_matches = no_matches

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(self.no_matches, style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


# --- keys (for tests that type) ------------------------------------------------------------------
# ``Pilot.press`` turns a key name into the event the terminal driver makes with
# ``textual.keys._character_to_key`` and ``textual.keys._get_unicode_name_from_key``; the public
# ``key_to_character`` gives other characters for replaced names (``slash``, ``minus``, ...).


def key_event(key: str) -> events.Key:
    """The event the terminal driver makes for ``key`` (as ``Pilot.press`` does)."""
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    original = REPLACED_KEYS.get(key, key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(original))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


# --- escape in a burst of keys -------------------------------------------------------------------
# The escape key and the start of every escape sequence are one byte, ESC. Textual's parser
# (``textual._xterm_parser.XTermParser``) reads an ESC and what follows as one sequence until it
# is a known one, ESCDELAY (100 ms) passes, or another ESC comes. In a burst (a fast typist, a
# busy machine, ``tmux send-keys``) ``escape n Nieuwe enter down`` is then one sequence up to the
# ESC of ``down``, and ``reissue_sequence_as_keys`` (inside ``XTermParser.parse``) hands it on as
# ``^ n N i e u w e enter``: the escape became a "^" typed into the field it should have closed.
#
# Here ESC and one more character are the escape key and that character's key: the app binds no
# alt key (alt+n is ESC n), and ESC 2, which Textual reads as WezTerm's option+2 ("™"), is escape
# and step 2. Left to Textual are the introducers of longer sequences, CSI ``ESC [`` (arrows,
# function keys, a paste, the mouse, focus, the terminal's answers), SS3 ``ESC O`` (F1-F4,
# arrows), the string sequences OSC ``ESC ]``, DCS ``ESC P``, APC ``ESC _``, PM ``ESC ^`` and
# SOS ``ESC X`` (a terminal's answers and reports) with their end ST ``ESC \\``, and the pairs
# it reads as keys: ``ESC b``/``ESC f`` (word left/right: iTerm's option+arrows),
# ``ESC backspace`` (delete a word: alt+backspace), ``ESC ESC``; not ``ESC tab`` (Textual's
# shift+tab, which terminals send as ``CSI Z``): escape and tab are two keys. So escape and, at
# once, b, f, backspace, a capital P or X, ``]``, ``^``, ``_`` or ``\\`` in a burst are still read
# as Textual reads them; after escape the focus is on a table, where none of them is a key.
# After each character the parser
# asks ``XTermParser._sequence_to_key_events(sequence)`` for the keys of what it has read (not
# inside a paste); the parser below answers for ESC and such a character at once.
#
# The driver makes its parser in ``LinuxDriver.run_input_thread`` by the module's global name
# ``XTermParser``. That method is not copied: Textual's own code runs with a copy of its module's
# globals in which the name is this parser. (Windows: ``win32.EventMonitor`` keeps Textual's.)

ESCAPE = "\x1b"

STRING_INTRODUCERS = frozenset("]P_^X\\")
"""OSC, DCS, APC, PM and SOS, what a terminal's answers and reports begin with (a colour, its
version, a capability), and ST, which ends them: split into escape and keys, they would be
typed into the app."""

SPLIT_ANYWAY = frozenset("\t")
"""ESC tab, which Textual reads as shift+tab: terminals send shift+tab as ``CSI Z``, and escape
and tab typed fast (close the form, go to the next table) must not move back a field instead."""

KEPT_AFTER_ESCAPE = (
    STRING_INTRODUCERS
    | frozenset(
        sequence[1]
        for sequence, keys in ANSI_SEQUENCES_KEYS.items()
        if sequence[:1] == ESCAPE
        and (len(sequence) > 2 or (len(sequence) == 2 and isinstance(keys, tuple)))
    )
    - SPLIT_ANYWAY
)
"""The characters that make with an ESC before them what Textual reads on: the start of a longer
sequence (also the string sequences a terminal answers with) or a key of its own."""


class EscapeFirstParser(XTermParser):
    """Textual's terminal parser, but ESC and a character right behind it are two keys: escape,
    then that character (see above), unless the pair starts a sequence or is a key of Textual's."""

    def _sequence_to_key_events(self, sequence: str, alt: bool = False) -> Iterable[events.Key]:
        if len(sequence) == 2 and sequence[0] == ESCAPE and sequence[1] not in KEPT_AFTER_ESCAPE:
            return [events.Key("escape", ESCAPE), *super()._sequence_to_key_events(sequence[1])]
        return super()._sequence_to_key_events(sequence, alt)


def escape_first_driver(driver_class: type[Driver]) -> type[Driver]:
    """The driver to run the app with, for ``driver_class`` (``App.get_driver_class``): for
    Textual's Linux (and macOS) driver, the same that reads keys with :class:`EscapeFirstParser`;
    any other driver as it is (Windows, the headless one of the tests, one named in
    ``TEXTUAL_DRIVER``)."""
    linux = sys.modules.get("textual.drivers.linux_driver")  # not importable on Windows
    if linux is None or driver_class is not linux.LinuxDriver:
        return driver_class
    return _escape_first_linux_driver(driver_class)


@functools.cache
def _escape_first_linux_driver(linux_driver: type[Driver]) -> type[Driver]:
    method = linux_driver.run_input_thread  # type: ignore[attr-defined]
    run_input_thread = types.FunctionType(
        method.__code__,
        {**method.__globals__, "XTermParser": EscapeFirstParser},
        method.__name__,
        method.__defaults__,
        method.__closure__,
    )
    run_input_thread.__qualname__ = f"EscapeFirstLinuxDriver.{method.__name__}"
    run_input_thread.__doc__ = method.__doc__
    return type(
        "EscapeFirstLinuxDriver",
        (linux_driver,),
        {"__module__": __name__, "run_input_thread": run_input_thread},
    )
