"""Every private Textual name the app relies on, checked against the installed Textual.

Each test names what it guards. When one fails after an upgrade, the name changed: read its
piece in ``tui/app/textual_internals.py``, see what the new Textual does instead, adapt that piece
(and nothing else), and update ``CHECKED_WITH``.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import functools
import inspect
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
import textual
from rich.console import Console
from rich.text import Text
from textual import events, keys, work
from textual._xterm_parser import XTermParser
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.geometry import Size
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import DataTable, Input
from textual.widgets.data_table import DuplicateKey
from textual.worker import Worker, WorkerState
from textual.worker_manager import WorkerManager

from tui.app import textual_internals as internals

ROOT = Path(__file__).resolve().parents[2]
TEXTUAL = Path(textual.__file__).parent
V = textual.__version__


def changed(name: str) -> str:
    return f"Textual {V} changed `{name}`; see tui/app/textual_internals.py"


def parameters(function) -> list[str]:
    return list(inspect.signature(function).parameters)


def test_the_version_checked_is_the_one_installed():
    assert V == internals.CHECKED_WITH, (
        f"Textual {V} is installed, tui/app/textual_internals.py was checked with "
        f"{internals.CHECKED_WITH}: run these tests, adapt what fails, then update CHECKED_WITH"
    )


# --- an unhandled exception ------------------------------------------------------------------


@internals.route_unhandled_errors
class _Routed:
    seen: list[Exception]

    def unhandled_error(self, error: Exception) -> None:
        self.seen.append(error)
        internals.mark_failed(self, error)  # type: ignore[arg-type]
        self.panic(Text("kept"))  # type: ignore[attr-defined]


class _Failing(_Routed, App):
    def __init__(self) -> None:
        super().__init__()
        self.seen = []

    def on_mount(self) -> None:
        raise RuntimeError("boom")


def test_app_handle_exception_is_the_one_door_for_unhandled_errors():
    name = "App._handle_exception"
    assert callable(getattr(App, "_handle_exception", None)), changed(name)
    assert parameters(App._handle_exception) == ["self", "error"], changed(name)
    assert "_handle_exception" in _Routed.__dict__  # on the mixin itself: `del` restores Textual's


async def test_an_unhandled_error_reaches_unhandled_error_and_run_test_reraises_it():
    """Behaviour of `App._handle_exception`, `App._exception` and `App._exception_event`."""
    app = _Failing()
    with pytest.raises(RuntimeError, match="boom"):  # run_test re-raises App._exception
        async with app.run_test() as pilot:
            await pilot.pause()
    assert [str(error) for error in app.seen] == ["boom"], changed("App._handle_exception")
    assert app.return_code == 1, changed("App._return_code")


def test_app_return_code_is_what_return_code_reads():
    app = App()
    assert "_return_code" in vars(app) and app._return_code is None, changed("App._return_code")
    app._return_code = 3
    assert app.return_code == 3, changed("App._return_code")


def test_app_exception_starts_empty():
    app = App()
    assert "_exception" in vars(app) and app._exception is None, changed("App._exception")


async def test_app_exception_event_is_an_asyncio_event():
    app = App()
    assert isinstance(app._exception_event, asyncio.Event), changed("App._exception_event")
    internals.mark_failed(app, RuntimeError("first"))
    internals.mark_failed(app, RuntimeError("second"))
    assert str(app._exception) == "first", changed("App._exception")
    assert app._exception_event.is_set(), changed("App._exception_event")
    assert app.return_code == 1, changed("App._return_code")


def test_app_print_error_renderables_prints_what_panic_left_once():
    name = "App._print_error_renderables"
    assert parameters(App._print_error_renderables) == ["self"], changed(name)
    app = App()
    out = io.StringIO()
    app.error_console = Console(file=out, width=60, markup=False, highlight=False)
    app.panic(Text("first line\nsecond line", end="\n"))
    internals.print_exit_messages(app)
    internals.print_exit_messages(app)  # printed and cleared: not twice
    assert out.getvalue() == "first line\nsecond line\n", changed(name)


# --- workers that end --------------------------------------------------------------------------


def test_worker_manager_remove_worker_is_each_workers_end():
    name = "WorkerManager._remove_worker"
    assert parameters(WorkerManager._remove_worker) == ["self", "worker"], changed(name)
    assert parameters(WorkerManager.__init__) == ["self", "app"], changed("WorkerManager")
    source = inspect.getsource(WorkerManager.add_worker)
    assert "self._remove_worker" in source, changed(name)


def test_app_workers_is_the_manager_workers_reads():
    app = App()
    assert isinstance(app._workers, WorkerManager), changed("App._workers")
    internals.watch_ending_workers(app, lambda worker: None)
    assert app.workers is app._workers, changed("App._workers")


class _Working(App):
    def __init__(self) -> None:
        super().__init__()
        self.ended: list[Worker] = []
        internals.watch_ending_workers(self, self.ended.append)

    @work(exit_on_error=False)
    async def fail_quietly(self) -> None:
        raise RuntimeError("quiet")


async def test_a_quietly_failing_worker_is_seen_as_it_ends():
    app = _Working()
    async with app.run_test() as pilot:
        app.fail_quietly()
        for _ in range(100):
            await pilot.pause(0.01)
            if app.ended:
                break
        assert app.is_running
    states = [worker.state for worker in app.ended]
    assert states == [WorkerState.ERROR], changed("WorkerManager._remove_worker")


# --- bindings ------------------------------------------------------------------------------------


class _Bound(Widget, can_focus=True):
    BINDINGS = [Binding("x", "noop", "before", id="bound.x")]

    def action_noop(self) -> None:
        pass


def test_dom_node_merge_bindings_merges_the_bindings_of_a_class_and_its_bases():
    name = "DOMNode._merge_bindings"
    assert isinstance(inspect.getattr_static(DOMNode, "_merge_bindings"), classmethod), changed(
        name
    )
    assert parameters(DOMNode._merge_bindings) == [], changed(name)
    merged = internals.merged_bindings(_Bound)
    assert isinstance(merged, BindingsMap), changed(name)
    assert [b.description for b in merged.key_to_bindings["x"]] == ["before"], changed(name)


class _BoundApp(App):
    def compose(self) -> ComposeResult:
        yield _Bound()


async def test_dom_node_merged_bindings_is_what_a_new_node_starts_with():
    name = "DOMNode._merged_bindings"
    assert "_merged_bindings" in vars(DOMNode), changed(name)
    assert isinstance(_Bound.__dict__.get("_merged_bindings"), BindingsMap), changed(name)
    original = _Bound._merged_bindings
    merged = internals.merged_bindings(_Bound)
    relabelled = BindingsMap.from_keys(
        {
            key: [Binding(b.key, b.action, "after", id=b.id) for b in bindings]
            for key, bindings in merged.key_to_bindings.items()
        }
    )
    internals.replace_merged_bindings(_Bound, relabelled)
    try:
        app = _BoundApp()
        async with app.run_test() as pilot:
            app.query_one(_Bound).focus()
            await pilot.pause()
            shown = {b.description for _node, b, *_ in app.screen.active_bindings.values()}
    finally:
        internals.replace_merged_bindings(_Bound, original)
    assert "after" in shown and "before" not in shown, changed(name)


# --- Input ---------------------------------------------------------------------------------------


class _Suggesting(App):
    def compose(self) -> ComposeResult:
        yield Input(suggester=SuggestFromList(["Marjolein"], case_sensitive=False))


async def test_input_suggestion_is_the_completion_on_offer():
    name = "Input._suggestion"
    assert "_suggestion" in vars(Input), changed(name)
    app = _Suggesting()
    async with app.run_test() as pilot:
        field = app.query_one(Input)
        field.focus()
        await pilot.press("m", "a")
        await pilot.pause()
        assert internals.offered_suggestion(field) == "Marjolein", changed(name)
        field.value = "x"
        await pilot.pause()
        assert internals.offered_suggestion(field) == "", changed(name)


def test_input_handles_a_paste_in_its_default_handler():
    """CleanInput's public ``on_paste`` relies on ``prevent_default`` keeping Input's own
    handler (``Input._on_paste``, the class's default for ``Paste``) from also running."""
    handler = Input.__dict__.get("_on_paste") or Input.__dict__.get("on_paste")
    assert handler is not None, changed("Input._on_paste")
    assert parameters(handler) == ["self", "event"], changed("Input._on_paste")


# --- DataTable -----------------------------------------------------------------------------------


class _Sized(internals.SizedDataTable):
    known: Size | None = None

    def known_virtual_size(self, new_rows):
        self.asked = list(new_rows)
        return self.known


class _TableApp(App):
    def compose(self) -> ComposeResult:
        yield _Sized()


def test_data_table_update_dimensions_takes_the_new_rows():
    name = "DataTable._update_dimensions"
    assert parameters(DataTable._update_dimensions) == ["self", "new_rows"], changed(name)
    assert "_update_dimensions" in DataTable.__dict__, changed(name)


@pytest.mark.parametrize("known", [None, Size(7, 99)])
async def test_data_table_update_dimensions_is_where_new_rows_are_measured(known):
    name = "DataTable._update_dimensions"
    app = _TableApp()
    async with app.run_test() as pilot:
        table = app.query_one(_Sized)
        table.known = known
        table.add_column("what", key="what")  # an automatic width: measured
        table.add_row("a rather long text", key="r1")
        await pilot.pause()
        assert [key.value for key in table.asked] == ["r1"], changed(name)
        column = table.columns["what"]
        if known is None:
            assert column.content_width == len("a rather long text"), changed(name)
            assert table.virtual_size.height == 2, changed(name)  # header and one row
        else:
            assert column.content_width == len("what"), changed(name)  # not measured
            assert table.virtual_size == known, changed(name)


# --- keys ----------------------------------------------------------------------------------------


def test_textual_keys_private_functions_give_pilots_key_events():
    for name in ("_character_to_key", "_get_unicode_name_from_key"):
        function = getattr(keys, name, None)
        assert callable(function), changed(f"textual.keys.{name}")
        assert len(parameters(function)) == 1, changed(f"textual.keys.{name}")
    expected = {
        "/": ("slash", "/"),
        "-": ("minus", "-"),
        ".": ("full_stop", "."),
        "a": ("a", "a"),
        "tab": ("tab", "\t"),
        "enter": ("enter", None),
        "ctrl+z": ("ctrl+z", None),
    }
    for key, (name, character) in expected.items():
        event = internals.key_event(key)
        assert isinstance(event, events.Key)
        assert (event.key, event.character) == (name, character), changed(
            "textual.keys._character_to_key / _get_unicode_name_from_key"
        )


# --- escape in a burst of keys -------------------------------------------------------------------


def test_xterm_parser_sequence_to_key_events_is_asked_for_the_sequence_read_so_far():
    """``XTermParser.parse`` asks ``_sequence_to_key_events`` about ESC and the character behind
    it before it reads on, and takes the keys it gives as the sequence's."""
    name = "XTermParser._sequence_to_key_events"
    assert "_sequence_to_key_events" in XTermParser.__dict__, changed(name)
    method = XTermParser._sequence_to_key_events
    assert parameters(method) == ["self", "sequence", "alt"], changed(name)
    asked: list[str] = []

    class Asking(XTermParser):
        def _sequence_to_key_events(self, sequence, alt=False):
            asked.append(sequence)
            if sequence == "\x1bn":
                return [events.Key("x", "x")]
            return super()._sequence_to_key_events(sequence, alt)

    found = [event.key for event in Asking().feed("\x1bnN\x1b[B")]
    assert "\x1bn" in asked and found == ["x", "N", "down"], changed(name)


def test_xterm_parser_still_turns_an_escape_in_a_burst_into_a_circumflex():
    """Why ``EscapeFirstParser`` exists: when this fails, Textual reads such a burst itself."""
    found = [event.key for event in XTermParser().feed("\x1bnNie\r\x1b[B")]
    assert found == ["circumflex_accent", "n", "N", "i", "e", "enter", "down"], changed(
        "textual._xterm_parser.XTermParser.parse (reissue_sequence_as_keys)"
    )


def test_ansi_sequences_keys_maps_sequences_to_keys_or_characters():
    from textual._ansi_sequences import ANSI_SEQUENCES_KEYS

    name = "textual._ansi_sequences.ANSI_SEQUENCES_KEYS"
    assert isinstance(ANSI_SEQUENCES_KEYS, dict), changed(name)
    assert ANSI_SEQUENCES_KEYS["\x1bOQ"] == (keys.Keys.F2,), changed(name)
    assert ANSI_SEQUENCES_KEYS["\x1b2"] == "\u2122", changed(name)  # WezTerm's option+2
    assert {"[", "O"} <= internals.KEPT_AFTER_ESCAPE, changed(name)


def test_linux_driver_run_input_thread_makes_its_parser_by_the_global_name():
    linux_driver = pytest.importorskip("textual.drivers.linux_driver")
    name = "LinuxDriver.run_input_thread"
    method = linux_driver.LinuxDriver.run_input_thread
    assert parameters(method) == ["self"], changed(name)
    assert method.__closure__ is None, changed(name)
    assert "XTermParser" in method.__code__.co_names, changed(name)
    assert linux_driver.XTermParser is XTermParser, changed(name)
    assert "XTermParser(" in inspect.getsource(method), changed(name)
    assert "run_input_thread" in inspect.getsource(linux_driver.LinuxDriver._run_input_thread), (
        changed(name)
    )
    driver_class = internals.escape_first_driver(linux_driver.LinuxDriver)
    rebound = driver_class.run_input_thread  # type: ignore[attr-defined]
    assert rebound.__code__ is method.__code__  # Textual's code, with the app's parser
    assert rebound.__globals__["XTermParser"] is internals.EscapeFirstParser


# --- nothing private anywhere else -----------------------------------------------------------


def _textual_private_names() -> set[str]:
    found: set[str] = set()
    for path in TEXTUAL.rglob("*.py"):
        found |= set(re.findall(r"\b(_[a-z][A-Za-z0-9_]*)\b", path.read_text(encoding="utf-8")))
    return found


PENDING: dict[str, set[str]] = {}
"""Private names allowed outside tui/app/textual_internals.py, by file: none."""


def test_no_module_of_tui_but_textual_internals_uses_a_private_textual_name():
    """Private names set on or read from Textual objects, imported from Textual, or defined
    in a subclass of a Textual class (an override or a clash with Textual's own)."""
    private = _textual_private_names()
    own = {"_exit"}  # os._exit
    for path in (ROOT / "tui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                own.add(node.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    for name in ast.walk(target):
                        if isinstance(name, ast.Name):
                            own.add(name.id)
                        elif isinstance(name, ast.Attribute) and _on_self(name):
                            own.add(name.attr)  # our own attribute (a clash: the next test)
    found = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative == "tui/app/textual_internals.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("textual"):
                if "._" in f".{node.module}":
                    found.append(f"{relative}:{node.lineno}: from {node.module}")
                found += [
                    f"{relative}:{node.lineno}: import {alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_")
                ]
            elif (
                isinstance(node, ast.Attribute)
                and node.attr in private
                and node.attr not in own
                and node.attr not in PENDING.get(relative, ())
            ):
                found.append(f"{relative}:{node.lineno}: .{node.attr}")
    assert not found, (
        "private Textual names outside tui/app/textual_internals.py (move them there, with a "
        "comment and a test):\n" + "\n".join(found)
    )


def _on_self(node: ast.Attribute) -> bool:
    return isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")


@functools.cache
def _private_of(base: type) -> frozenset[str]:
    """The private names a Textual class has or sets on its instances."""
    names = {name for name in vars(base) if name.startswith("_") and not name.endswith("__")}
    with contextlib.suppress(OSError, TypeError):  # no source: its own names only
        names |= set(re.findall(r"self\.(_[A-Za-z]\w*)", inspect.getsource(base)))
    return frozenset(names)


def _defined_in(source: str) -> set[str]:
    """The private names a class's source defines: methods, class attributes, ``self._x =``."""
    if not source:
        return set()
    (body,) = ast.parse(inspect.cleandoc("\n" + source)).body
    names = set(re.findall(r"self\.(_[A-Za-z]\w*)\s*(?::[^=\n]+)?=(?!=)", source))
    for node in body.body:  # type: ignore[attr-defined]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {name for name in names if name.startswith("_") and not name.endswith("__")}


def test_no_class_of_tui_redefines_a_private_name_of_its_textual_bases():
    """An override of a private method, or an attribute of our own whose name Textual also uses
    (which a Textual upgrade could introduce at any time), outside textual_internals."""
    import tui.app.app  # noqa: F401  (every screen and widget)

    def subclasses(cls: type) -> set[type]:
        found = set(cls.__subclasses__())
        for sub in list(found):
            found |= subclasses(sub)
        return found

    classes = subclasses(DOMNode) | subclasses(WorkerManager)
    classes |= {base for c in list(classes) for base in c.__mro__}
    clashes = []
    for cls in sorted(classes, key=lambda c: (c.__module__, c.__qualname__)):
        if not cls.__module__.startswith("tui.") or cls.__module__ == internals.__name__:
            continue
        textual_bases = {
            base
            for sub in classes
            if cls in sub.__mro__
            for base in sub.__mro__
            if base.__module__.startswith("textual")
        }
        textual_names = set().union(*map(_private_of, textual_bases))
        try:
            source = inspect.getsource(cls)
        except (OSError, TypeError):
            source = ""
        for name in sorted(_defined_in(source) & textual_names):
            clashes.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert not clashes, (
        f"Textual {V} uses these private names too (an override, or a clash that would break "
        "the class): rename ours, or move the override to tui/app/textual_internals.py:\n"
        + "\n".join(clashes)
    )


def test_command_palette_no_matches_countdown_is_what_translated_palette_replaces():
    import inspect

    from textual.command import CommandPalette

    source = inspect.getsource(CommandPalette._start_no_matches_countdown)
    assert '"No matches found"' in source  # the English line the app replaces
    for name in ("_stop_no_matches_countdown", "_NO_MATCHES", "_NO_MATCHES_COUNTDOWN"):
        assert hasattr(CommandPalette, name), name
    assert "_list_visible" in CommandPalette._reactives
    assert "_no_matches_timer" in inspect.getsource(CommandPalette.__init__)


def test_data_table_measures_new_rows_when_idle_and_size_now_does_it_at_once():
    for name in ("_require_update_dimensions", "_new_rows"):
        assert name in inspect.getsource(DataTable._on_idle), changed(f"DataTable.{name}")

    async def run() -> None:
        app = _TableApp()
        async with app.run_test():
            table = app.query_one(_Sized)
            table.add_column("what", width=10, key="what")
            table.add_row("a", key="r1", height=3)
            table.add_row("b", key="r2", height=2)
            assert table._require_update_dimensions, changed("DataTable._require_update_dimensions")
            assert table.virtual_size.height != 6  # not yet: DataTable waits for idle
            table.size_now()
            assert table.virtual_size.height == 6, changed("DataTable._update_dimensions")
            assert not table._require_update_dimensions and not table._new_rows
            assert table.asked and {key.value for key in table.asked} == {"r1", "r2"}

    asyncio.run(run())


def _table_state(table: DataTable) -> dict:
    """What a table holds of its rows, as ``add_row`` leaves it."""
    return {
        "locations": {key.value: table._row_locations.get(key) for key in table.rows},
        "data": {
            row.value: {column.value: cell for column, cell in cells.items()}
            for row, cells in table._data.items()
        },
        "rows": [
            (row.key.value, row.height, row.label, row.auto_height) for row in table.ordered_rows
        ],
        "new": {key.value for key in table._new_rows},
        "cursor": table.cursor_coordinate,
        "update": table._require_update_dimensions,
    }


@pytest.mark.parametrize("first", [0, 1])
async def test_add_sized_rows_stores_the_rows_as_add_row_does(first):
    """One call for many rows leaves the table as ``add_row`` for each does (its private
    stores, the cursor, the highlight of a first row), also after rows already there; a
    duplicate key and a row too wide are refused as there."""
    for name in ("_row_locations", "_data", "_new_rows", "cursor_coordinate", "_highlight_cursor"):
        assert name in inspect.getsource(DataTable.add_row), changed(f"DataTable.{name}")
    rows = [([Text("a"), Text("b")], "r1", 2), ([Text("c")], "r2", 1), ([Text("d")] * 2, "r3", 3)]
    states, highlights = [], []
    for bulk in (False, True):
        app = _TableApp()
        async with app.run_test() as pilot:
            table = app.query_one(_Sized)
            table.cursor_type = "row"
            table.add_column("one", width=5, key="one")
            table.add_column("two", width=5, key="two")
            for cells, key, height in rows[:first]:
                table.add_row(*cells, key=key, height=height)
            posted: list[str] = []
            post = table.post_message

            def posting(message, post=post, posted=posted):
                posted.append(type(message).__name__)
                return post(message)

            table.post_message = posting
            if bulk:
                table.add_sized_rows(rows[first:])
            else:
                for cells, key, height in rows[first:]:
                    table.add_row(*cells, key=key, height=height)
            states.append(_table_state(table))  # before idle measures the new rows
            await pilot.pause()
            highlights.append(posted.count("RowHighlighted"))
            with pytest.raises(DuplicateKey):
                table.add_sized_rows([([Text("x")], "r1", 1)])
            with pytest.raises(ValueError):
                table.add_sized_rows([([Text("x")] * 3, "r9", 1)])
            with pytest.raises(DuplicateKey):  # nothing of a refused call is stored
                table.add_sized_rows([([Text("x")], "r8", 1), ([Text("y")], "r8", 1)])
            assert "r8" not in {key.value for key in table.rows}
    assert states[0] == states[1]
    assert highlights[0] == highlights[1] == (1 if first == 0 else 0)  # a first row, as there
    assert states[1]["rows"] == [
        ("r1", 2, None, False),
        ("r2", 1, None, False),
        ("r3", 3, None, False),
    ]


# --- frames during a batch -------------------------------------------------------------------


def test_app_drops_the_frames_of_a_batch_and_a_refresh_may_render_one_during_it():
    display = inspect.getsource(App._display)
    assert "if self._batch_count:" in display, changed("App._display")
    from textual.screen import Screen

    layout = inspect.getsource(Screen._refresh_layout)
    assert "self.app._batch_count" in layout, changed("Screen._refresh_layout")
    assert "call_later(self._compositor_refresh)" in layout, changed("Screen._refresh_layout")
    assert parameters(Screen._compositor_refresh) == ["self"], changed("Screen._compositor_refresh")
    assert parameters(App._end_batch) == ["self"], changed("App._end_batch")
    assert "_batch_count -= 1" in inspect.getsource(App._end_batch), changed("App._end_batch")


class _HeldScreen(internals.RendersAfterBatch):
    def compose(self) -> ComposeResult:
        yield Widget()


class _BatchApp(internals.RepaintsAfterBatch, App):
    def on_mount(self) -> None:
        self.push_screen(_HeldScreen())


async def test_a_frame_due_during_a_batch_is_held_and_the_screen_repainted_after_it():
    app = _BatchApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, _HeldScreen)
        rendered: list[int] = []
        render_update = screen._compositor.render_update

        def counting(*args, **kwargs):
            rendered.append(app._batch_count)
            return render_update(*args, **kwargs)

        screen._compositor.render_update = counting
        with app.batch_update():
            screen._compositor_refresh()  # what Textual's deferred call does during a batch
            assert screen.held_frame and not rendered  # nothing rendered to be dropped
        assert not screen.held_frame  # the batch ended: a repaint was asked for
        await pilot.pause()
        assert rendered and rendered[-1] == 0  # and drawn once the batch was over


# --- lines kept across a clear ---------------------------------------------------------------


def _drawn_lines(app: App) -> list[str]:
    """The screen's lines as the terminal would show them."""
    return [
        "".join(segment.text for segment in strip).rstrip()
        for strip in app.screen._compositor.render_strips()
    ]


def test_data_table_keeps_its_lines_under_the_update_count_and_lru_cache_keeps_a_keys_value():
    """What ``SizedDataTable._render_line`` builds on: DataTable's own line cache is keyed by
    ``_update_count`` (so a refill draws every line again), it finds a line's row with
    ``_get_offsets``, and Textual's ``LRUCache.set`` leaves a key's value as it was (so a line
    drawn anew is stored after a ``discard``)."""
    from textual.cache import LRUCache

    source = inspect.getsource(DataTable._render_line)
    for name in ("self._update_count", "self._line_cache", "self._get_offsets(y)"):
        assert name in source, changed(f"DataTable._render_line: {name}")
    assert parameters(DataTable._render_line) == ["self", "y", "x1", "x2", "base_style"]
    for name in ("_data", "_row_locations", "_show_hover_cursor", "_pseudo_class_state"):
        assert f"self.{name}" in inspect.getsource(DataTable), changed(f"DataTable.{name}")
    cache: LRUCache[str, int] = LRUCache(4)
    cache.set("a", 1)
    cache.set("a", 2)
    assert cache.get("a") == 1, changed("LRUCache.set")
    cache.discard("a")
    cache.set("a", 2)
    assert cache.get("a") == 2


async def test_a_table_filled_again_with_the_same_cells_takes_back_the_lines_it_drew():
    """A table cleared and filled with the very ``Text``s it showed before draws none of their
    lines again, and shows them as before; a new ``Text`` (a changed row), another theme or
    another cursor row is drawn anew, and shows what it is now."""
    app = _TableApp()
    async with app.run_test(size=(40, 8)) as pilot:
        table = app.query_one(_Sized)
        table.cursor_type = "row"
        drawn: list[object] = []
        draw = DataTable._render_line_in_row

        def counting(self, row_key, *args, **kwargs):
            drawn.append(row_key.value)
            return draw(self, row_key, *args, **kwargs)

        rows = [([Text("eerste"), Text("regel")], "r1", 1), ([Text("tweede"), Text("x")], "r2", 1)]

        def fill(rows) -> None:
            table.clear(columns=True)
            table.add_column("wat", width=10, key="what")
            table.add_column("wie", width=10, key="who")
            table.add_sized_rows(rows)
            table.refresh()

        fill(rows)
        await pilot.pause()
        before = _drawn_lines(app)
        assert any("eerste" in line for line in before)
        DataTable._render_line_in_row = counting
        try:
            fill(rows)  # the same Text objects: nothing drawn again
            await pilot.pause()
            assert _drawn_lines(app) == before
            assert set(drawn) <= {None, table._header_row_key.value}  # the header only
            drawn.clear()
            changed_rows = [([Text("eerste"), Text("anders")], "r1", 1), rows[1]]
            fill(changed_rows)  # a new Text in r1: that row is drawn again, r2 is not
            await pilot.pause()
            assert any("anders" in line for line in _drawn_lines(app))
            assert "r1" in drawn and "r2" not in drawn
            drawn.clear()
            table.move_cursor(row=1)  # the cursor on r2: both rows change how they look
            await pilot.pause()
            assert {"r1", "r2"} <= set(drawn)
            drawn.clear()
            app.theme = "textual-light" if app.theme != "textual-light" else "nord"
            await pilot.pause()
            fill(changed_rows)
            await pilot.pause()
            assert {"r1", "r2"} <= set(drawn)  # another theme: drawn in its colours
        finally:
            DataTable._render_line_in_row = draw


def test_the_text_area_module_is_found_once_imported_and_asking_imports_nothing():
    code = (
        "import sys\n"
        "from tui.app.textual_internals import loaded_text_area\n"
        "assert loaded_text_area() is None\n"
        "assert 'textual.widgets._text_area' not in sys.modules\n"
        "from textual.widgets import TextArea\n"
        "assert loaded_text_area() is TextArea\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
