"""The performance benchmark: the app and the CLI against Textual's and Python's own floor.

    .venv/bin/python benchmarks/run.py            # the full run (about two minutes on two cores)
    .venv/bin/python benchmarks/run.py --quick    # the smallest N, one repetition (a smoke run)

It makes its own sessions in a temporary folder (the shipped example and its predecessor, and
synthetic sessions of N = 500, 1,000, 2,000 and 4,000 action points over 20 steps of 50 needs,
asks and info items each, with a changed follow-up of each for ``compare``), measures every
figure as the median of several runs after a warm-up, and prints one table: each figure, the
floor it is measured against in the same run, the ratio, the target and PASS or FAIL.

How each figure is taken (public tools only):

* The cold start is what a person sees: the app is started as the installed command
  (``interne-klanten FILE``) on a pseudo-terminal of 120x35, and timed from the spawn until the
  first need of the session (its first words) has been written to the terminal: the first frame
  with content. The minimal Textual app (one ``Static``) is measured the same way, until its text
  is on the screen, in the same rounds, taking turns with the app (medians of 9 rounds after a
  warm-up). Then ``ctrl+q`` is sent, and the time until the process has ended is the *start to
  exit* figure, shown beside it as such. The peak resident memory (``VmHWM`` from
  ``/proc/PID/status``) is read while the process runs, up to its quit. Children use cached
  bytecode, as an installed program does, kept in the run's folder (``PYTHONPYCACHEPREFIX``; a
  first run of each command warms it); one info row shows the example without it, which is what
  every start costs where ``PYTHONDONTWRITEBYTECODE`` is set. Settings, state and the language
  (Dutch) are the run's own, never the user's.
* The other whole processes (``check``, ``summary``, ``compare``) run with their output piped
  (:class:`subprocess.Popen`, reaped with :func:`os.wait4`), taking turns with their floor
  (``check`` of the same files): the ratio is of medians taken in the same rounds.
* Key presses run in process with ``App.run_test(headless=True, size=(120, 35))``. The *net*
  latency is taken from posting the key event to the app until (a) the app, the screen and every
  widget on it have handled everything queued (``call_later`` on each), (b) the expected change
  is there (the next step is shown; the new item is in the model and a row of its table), and
  (c) the screen has refreshed (``wait_for_refresh``). A *step switch* is what a person sees:
  from the key to the first frame the app hands to the terminal that shows the new step
  (:class:`FrameClock`), each key sent once the app takes keys again (at a person's pace) and
  nothing else asked of the app until that frame. Three kinds are timed apart: a step not seen
  before with the key straight on (the first half of the chain), a step not seen before after
  a moment (:data:`PAUSE`) on the step before it (the app makes the rows of the steps beside
  the one shown once people stay on it), and a step seen before (back and forth). The time
  until the app takes the next key is shown beside them, and, as a yardstick (not a lower
  bound: plain ``DataTable`` measures each new cell, which the app skips), the same switch in
  plain Textual (``benchmarks/screen_floor.py``: its four tables cleared and filled with the
  next step's rows, cells made from the texts, heights given), timed the same way. The *Pilot*
  figure (``pilot.press`` then ``pilot.pause``) is shown beside it: Pilot sleeps at least
  3 x 20 ms per key to detect idleness, which the same key in the minimal app shows.
* Functions (load, save, compare) are timed with :func:`time.perf_counter`, garbage collected
  before each run.

The benchmark is not a test: it never fails anything. Figures on a busy machine are noisy; run it
on a quiet one and look at the medians.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import next_meeting, synthetic_session  # noqa: E402  (found through sys.path above)

EXAMPLE = ROOT / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
EXAMPLE_BEFORE = ROOT / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
SIZES = (500, 1000, 2000, 4000)
BIG = 2000
"""The N of the figures that are taken at one size (cold start, key presses)."""
LARGEST = 4000
STEPS, ITEMS = 20, 50
SIZE = (120, 35)
"""The terminal: a projector."""

PYTHON = Path(sys.executable)
"""The interpreter running this (the virtual environment's own: not a version-manager shim)."""
COMMAND = PYTHON.parent / "interne-klanten"

# --- the harnesses -------------------------------------------------------------------------------

MINIMAL_APP = """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("Interne klanten")

Minimal().run()
"""
"""The floor of the cold start: a Textual app with one ``Static``, as small as an app gets."""

MINIMAL_TEXT = "Interne klanten"
QUIT = b"\x11"
"""ctrl+q: both apps quit on it."""

ROUNDS = 9
"""Rounds of the cold starts (each command once a round, in turn)."""

IMPORTS_HARNESS = """
import json, sys
from tui.cli import main
try:
    code = main(sys.argv[2:])
except SystemExit as exit:
    code = exit.code
sys.stdout.flush()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "textual": [m for m in loaded if m.startswith("textual")],
               "rich": [m for m in loaded if m.startswith("rich")]}, out)
"""
"""Runs a CLI command and records which of Textual's and Rich's modules it loaded."""


# --- the first screen without the app ------------------------------------------------------------


def screen_floor_data(path: Path, width: int = SIZE[0], *, every_step: bool = False) -> dict:
    """What the workshop screen shows of the session at ``path`` on its first step, as plain
    texts and table cells for benchmarks/screen_floor.py: the title, a box per step and one for
    the customer, the step's header, its four tables (the rows' heights as Rich wraps the cells
    in their columns), the status and key lines."""
    from rich.console import Console
    from rich.text import Text

    from tui.storage.toml_format import load_session

    session = load_session(path)
    step = session.steps[0]
    console = Console(width=width)
    open_by_step: dict[str, int] = {}
    for action in session.actions:
        if action.status == "open":
            open_by_step[action.step] = open_by_step.get(action.step, 0) + 1
    boxes = [
        {"text": f"{s.name}\n{s.item_count()} punten\n{open_by_step.get(s.id, 0)} open"}
        for s in session.steps
    ] + [{"text": f"{session.customer.name}\n{len(session.customer.expectations)} verwachtingen"}]
    left = width - 2 - 4 - 4  # the page's bar, the focus bar and a cell, the id column

    def table(title: str, columns: list[str], rows: list[list[str]]) -> dict:
        padding = 2 * len(columns)
        share = (left - padding) // (len(columns) - 1)
        widths = [4, *[share] * (len(columns) - 1)]

        def height(cells: list[str]) -> int:
            return max(len(Text(c).wrap(console, w)) for c, w in zip(cells, widths, strict=True))

        shown = [{"cells": cells, "height": height(cells)} for cells in rows]
        shown.append({"cells": ["+", "nieuw (n)", *[""] * (len(columns) - 2)], "height": 1})
        return {"title": title, "columns": columns, "widths": widths, "rows": shown}

    def tables(step) -> list[dict]:
        actions = session.actions_of(step.id)
        return [
            table(
                "Wat de interne klant nodig heeft",
                ["id", "wat", "wanneer", "waarom"],
                [[i.id, i.what, i.when, i.why] for i in step.needs],
            ),
            table(
                "Wat deze stap terug verwacht",
                ["id", "wat", "wanneer"],
                [[i.id, i.what, i.when] for i in step.asks],
            ),
            table("Informatie en communicatie", ["id", "wat"], [[i.id, i.what] for i in step.info]),
            table(
                "Actiepunten",
                ["id", "wat", "wie", "klaar op", "status"],
                [[a.id, a.what, a.who, str(a.due or ""), a.status] for a in actions],
            ),
        ]

    return {
        "title": f"{session.meeting.organisation} · {session.meeting.date:%d-%m-%Y}",
        "boxes": boxes,
        "header": f"Stap 1: {step.name} · mensen: {', '.join(step.people)}\nInterne klant: …",
        "tables": tables(step),
        # every step's tables, for the yardstick of a step switch (not for the cold start's file)
        "steps": [tables(each) for each in session.steps] if every_step else [],
        "status": f"{path.name} · alles staat op schijf",
        "keys": "⏎ Bewerken  n Nieuw  del Verwijderen  a Actie hiervan  ▏ F1 alle toetsen",
    }


# --- measuring -----------------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    peak_kb: int
    returncode: int


def run_process(
    argv: list[str], env: dict[str, str], cwd: Path, stderr_path: Path | None = None
) -> Run:
    """One child from start to exit: wall time and its own peak memory (``os.wait4``)."""
    stderr = open(stderr_path, "wb") if stderr_path else subprocess.DEVNULL  # noqa: SIM115  (closed below)
    try:
        start = time.perf_counter()
        process = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=env,
            cwd=cwd,
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    finally:
        if stderr_path:
            stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, usage.ru_maxrss, process.returncode)


def repeat_process(
    argv: list[str],
    env: dict[str, str],
    cwd: Path,
    repeat: int,
    warmup: int,
    stderr_path: Path | None = None,
) -> list[Run]:
    """``repeat`` runs after ``warmup``; short ones more often (until a second, at most 25 runs),
    so that a 40 ms figure is not decided by one hiccup of a busy machine."""
    for _ in range(warmup):
        run_process(argv, env, cwd, stderr_path)
    runs: list[Run] = []
    while len(runs) < repeat or (
        repeat > 1 and len(runs) < 25 and sum(r.seconds for r in runs) < 1
    ):
        runs.append(run_process(argv, env, cwd, stderr_path))
    failed = [run.returncode for run in runs if run.returncode != 0]
    if failed:
        detail = stderr_path.read_text(errors="replace")[-2000:] if stderr_path else ""
        raise RuntimeError(f"{' '.join(argv[:3])}... exited with {failed[0]}\n{detail}")
    return runs


@dataclass
class Start:
    """One start of an app on a pseudo-terminal."""

    content: float
    """Seconds from the spawn until the marker (the first content) was written to the terminal."""
    exit: float
    """Seconds from the spawn until the process ended (``ctrl+q`` sent at the first content)."""
    peak_kb: int


def _peak_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            return int(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
    except (OSError, StopIteration, ValueError):
        return 0


def pty_start(
    argv: list[str], env: dict[str, str], cwd: Path, marker: str, timeout: float = 120
) -> Start:
    """Start ``argv`` on a pseudo-terminal of :data:`SIZE`; read what it writes until ``marker``
    appears (the first frame with content), then send ``ctrl+q`` and wait for the end."""
    import fcntl
    import pty
    import select
    import signal
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
    needle = marker.encode()
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd, start_new_session=True
    )
    os.close(slave)
    tail, content, peak = b"", 0.0, 0
    try:
        while True:
            left = start + timeout - time.perf_counter()
            if left <= 0 or not select.select([master], [], [], left)[0]:
                os.killpg(process.pid, signal.SIGKILL)
                raise RuntimeError(f"{' '.join(argv[-2:])}: no {marker!r} within {timeout} s")
            try:
                data = os.read(master, 1 << 16)
            except OSError:  # EIO: the child has closed the terminal
                break
            if not data:
                break
            if not content:
                tail = tail[-len(needle) :] + data
                if needle in tail:
                    content = time.perf_counter() - start
                    os.write(master, QUIT)
            peak = max(peak, _peak_kb(process.pid))
    finally:
        os.close(master)
    _pid, status, _usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if not content or os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(argv[-2:])} exited with {status} before {marker!r}")
    return Start(content, seconds, peak)


def interleaved(
    commands: dict[str, Callable[[], object]], rounds: int, warmup: int
) -> dict[str, list]:
    """Each command once a round, in turn, for ``rounds`` rounds after ``warmup``: a machine
    that gets busier or quieter meanwhile shifts every command alike."""
    for _ in range(warmup):
        for command in commands.values():
            command()
    results: dict[str, list] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            results[name].append(command())
    return results


def timed(function: Callable[[], object], repeat: int, warmup: int) -> list[float]:
    """``repeat`` timings after ``warmup`` (garbage collected before each); short functions
    more often (until half a second, at most 50 runs)."""
    for _ in range(warmup):
        function()
    times: list[float] = []
    while len(times) < repeat or (repeat > 1 and len(times) < 50 and sum(times) < 0.5):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# --- key presses in process ----------------------------------------------------------------------


def _resolve(future: asyncio.Future) -> None:
    if not future.done():
        future.set_result(None)


async def _barrier(app) -> None:
    """Until the app, the screen and every widget on it have handled what is queued for them."""
    loop = asyncio.get_running_loop()
    waiting = []
    for node in (app, *app.screen.walk_children(with_self=True)):
        future = loop.create_future()
        if node.call_later(_resolve, future):
            waiting.append(future)
    if waiting:
        await asyncio.wait_for(asyncio.gather(*waiting), 30)


async def _settle(app, ready: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.perf_counter() + timeout
    await _barrier(app)
    while not ready():
        if time.perf_counter() > deadline:
            raise TimeoutError("the change did not show")
        await asyncio.sleep(0)
        await _barrier(app)
    await app.screen.wait_for_refresh()


async def key_latency(
    app, key: str, character: str | None, ready: Callable[[], bool] = lambda: True
) -> float:
    """From posting the key to the app until the change is there and the screen has refreshed."""
    from textual import events

    start = time.perf_counter()
    app.post_message(events.Key(key, character))
    await _settle(app, ready)
    return time.perf_counter() - start


async def pilot_latency(pilot, key: str) -> float:
    start = time.perf_counter()
    await pilot.press(key)
    await pilot.pause()
    return time.perf_counter() - start


class FrameClock:
    """When the app hands the terminal the first frame for which a condition holds. (A
    headless app renders each frame and gives it to ``App._display``, which writes nothing;
    the benchmark wraps that one private method of its own app instance.)"""

    def __init__(self, app) -> None:
        self._app, self._display = app, app._display
        self._wanted: Callable[[], bool] = lambda: False
        self._at: float | None = None
        app._display = self._shown

    def _shown(self, screen, renderable) -> None:
        self._display(screen, renderable)
        shown = renderable is not None and not self._app._batch_count
        if shown and self._at is None and self._wanted():
            self._at = time.perf_counter()

    def expect(self, wanted: Callable[[], bool]) -> None:
        self._wanted, self._at = wanted, None

    async def first(self, timeout: float) -> float:
        deadline = time.perf_counter() + timeout
        while self._at is None:
            if time.perf_counter() > deadline:
                raise TimeoutError("no frame showed the change")
            await asyncio.sleep(0.001)
        return self._at


@dataclass
class Keys:
    switch: list[float] = field(default_factory=list)
    """To the first frame showing the new step, one seen before (the app; the minimal app:
    until refreshed)."""
    switch_first: list[float] = field(default_factory=list)
    """The same for a step not seen before, keys straight on."""
    switch_prepared: list[float] = field(default_factory=list)
    """The same for a step not seen before, after a moment on the step before it."""
    switch_whole: list[float] = field(default_factory=list)
    """Until the app takes the next key: every row of the step in, and drawn (every switch)."""
    switch_pilot: list[float] = field(default_factory=list)
    add: list[float] = field(default_factory=list)
    burst: list[float] = field(default_factory=list)
    """Seconds per key of a burst typed into a field (all keys posted at once)."""


QUICK_STEPS = 6
"""The quick run (a smoke run, tests/benchmarks/) switches over the first steps only."""

PAUSE = 0.6
"""Seconds on a step before the next key, for "after a moment" (the app waits 0.3 s)."""

BURST = ("snel getypt en " * 14)[:200]
"""What a fast typist sends in one go: letters and spaces (their key names are simple)."""


async def typed_burst(app, field, ready: Callable[[], bool] = lambda: True) -> float:
    """Post every key of :data:`BURST` at once; seconds per key until ``field`` holds it all."""
    from textual import events

    start = time.perf_counter()
    for character in BURST:
        app.post_message(events.Key("space" if character == " " else character, character))
    # generous: on a loaded machine a burst of 200 keys typed ahead of the screen takes seconds
    await _settle(app, lambda: field.value == BURST and ready(), timeout=300)
    return (time.perf_counter() - start) / len(BURST)


async def app_keys(
    path: Path, rounds: int, adds: int, pilot_presses: int, steps: int | None = None
) -> Keys:
    """Step switches and adding needs in the real app on ``path`` (a copy: the adds are saved);
    ``steps``: switch over the first so many steps only (the quick run), not the whole chain."""
    from textual import events

    from tui.app.app import InterneKlantenApp
    from tui.app.screens.workshop import WorkshopScreen
    from tui.config import Config

    result = Keys()
    app = InterneKlantenApp(folder=path.parent, path=path, config=Config())
    async with app.run_test(headless=True, size=SIZE) as pilot:
        await _settle(app, lambda: isinstance(app.screen, WorkshopScreen))
        screen = app.screen
        last = len(app.editor.session.steps)  # the external customer comes after the last step
        if steps is not None:
            last = min(last, steps)

        frames = FrameClock(app)

        async def switch(key: str, target: int, pause: float = 0.0) -> float:
            """From the key to the first frame that shows the step: what a person sees. Until
            that frame nothing else is asked of the app (as a person's key asks nothing); the
            time until it takes the next key (every row in) goes to ``switch_whole``."""
            await _settle(app, lambda: app.input_settled)  # human pace
            if pause:  # a moment on the step, as in a meeting: the app makes the next one
                await asyncio.sleep(pause)
            frames.expect(lambda: screen.current == target)
            start = time.perf_counter()
            app.post_message(events.Key(key, None))
            first = await frames.first(timeout=30)
            await _settle(app, lambda: screen.current == target and app.input_settled)
            result.switch_whole.append(time.perf_counter() - start)
            return first - start

        await switch("right", 1)  # warm-up
        await switch("left", 0)
        await switch("right", 1)
        # first visits: straight on through the first half of the chain, then with a moment on
        # each step before the key; then back and forth over steps seen before
        half = (last + 1) // 2
        for target in range(2, half + 1):
            result.switch_first.append(await switch("right", target))
        for target in range(half + 1, last + 1):
            result.switch_prepared.append(await switch("right", target, PAUSE))
        for target in range(last - 1, -1, -1):
            result.switch.append(await switch("left", target))
        for _round in range(rounds - 1):
            for target in range(1, last + 1):
                result.switch.append(await switch("right", target))
            for target in range(last - 1, -1, -1):
                result.switch.append(await switch("left", target))
        for n in range(pilot_presses):
            result.switch_pilot.append(
                await pilot_latency(pilot, "right" if n % 2 == 0 else "left")
            )
        if screen.current:
            await switch("left", 0)

        section = screen.query_one("#section-needs")
        needs = app.editor.session.steps[0].needs
        for n in range(adds + 1):  # the first is a warm-up
            await _saved(app)
            await pilot.press("n")
            text = f"Benchmark behoefte {n}"
            for name, value in (("what", text), ("when", "morgen"), ("why", "meten")):
                section.query_one(f"#field-{name}").value = value

            def shown(text: str = text) -> bool:
                item = next((item for item in reversed(needs) if item.what == text), None)
                return item is not None and item.id in section.grid.rows and section.editing is None

            seconds = await key_latency(app, "enter", "\r", shown)
            if n:
                result.add.append(seconds)
        await _saved(app)
        for _ in range(max(1, rounds)):  # typing ahead of the screen: the key gate's cost
            await pilot.press("n")
            what = section.query_one("#field-what")
            result.burst.append(await typed_burst(app, what, lambda: app.input_settled))
            await pilot.press("escape")
    return result


async def _saved(app, timeout: float = 5) -> None:
    """Until the autosave has written everything: a facilitator types for seconds between adds."""
    deadline = time.perf_counter() + timeout
    while app.saver is not None and (app.saver.dirty or app.saver.saving):
        if time.perf_counter() > deadline:
            raise TimeoutError("the autosave did not finish")
        await asyncio.sleep(0.05)


async def floor_keys(path: Path, presses: int) -> list[float]:
    """A yardstick for a step switch: plain Textual (benchmarks/screen_floor.py) filling its four
    tables with the next step's rows (cells made from texts, heights given), from the key to
    the first frame that shows them, at the same pace as :func:`app_keys`."""
    from screen_floor import ScreenFloor
    from textual import events

    app = ScreenFloor(screen_floor_data(path, every_step=True))
    times = []
    async with app.run_test(headless=True, size=SIZE):
        await _settle(app, lambda: True)
        frames = FrameClock(app)
        for n in range(presses + 1):  # the first is a warm-up
            await _settle(app, lambda: True)
            target = (app.current + 1) % len(app.data["steps"])
            start = time.perf_counter()
            frames.expect(lambda target=target: app.current == target)
            app.post_message(events.Key("right", None))
            at = await frames.first(timeout=30)
            if n:
                times.append(at - start)
    return times


async def minimal_keys(presses: int, pilot_presses: int) -> Keys:
    from textual.app import App
    from textual.widgets import Input, Static

    class Minimal(App):
        def compose(self):
            yield Static("Interne klanten")
            yield Input()

    result = Keys()
    app = Minimal()
    async with app.run_test(headless=True, size=SIZE) as pilot:
        await _settle(app, lambda: True)
        await key_latency(app, "right", None)
        for _ in range(presses):
            result.switch.append(await key_latency(app, "right", None))
        for _ in range(pilot_presses):
            result.switch_pilot.append(await pilot_latency(pilot, "right"))
        field = app.query_one(Input)
        for _ in range(2):
            field.focus()
            await _settle(app, lambda: field.has_focus)
            field.value = ""
            result.burst.append(await typed_burst(app, field))
    return result


# --- the table ------------------------------------------------------------------------------------


@dataclass
class Row:
    figure: str
    value: str
    floor: str = ""
    ratio: str = ""
    target: str = ""
    result: str = ""


def ms(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def mb(kb: float) -> str:
    return f"{kb / 1024:.1f} MB"


def render(rows: list[Row], title: str) -> str:
    headers = ("figure", "value", "floor (same run)", "ratio", "target", "result")
    cells = [headers] + [(r.figure, r.value, r.floor, r.ratio, r.target, r.result) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: tuple[str, ...]) -> str:
        padded = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([title, "", line(headers), rule, *(line(row) for row in cells[1:])])


# --- the run --------------------------------------------------------------------------------------


def label(name: str) -> str:
    return "example" if name == "example" else f"N={int(name):,}"


class Benchmark:
    def __init__(
        self, folder: Path, sizes: tuple[int, ...], repeat: int, warmup: int, quick: bool
    ) -> None:
        self.folder = folder
        self.sizes = sizes
        self.repeat = repeat
        self.warmup = warmup
        self.quick = quick
        self.big = str(BIG if BIG in sizes else sizes[0])
        self.largest = str(LARGEST if LARGEST in sizes else sizes[-1])
        self.rows: list[Row] = []
        self.env = self.environment()
        self.files: dict[str, Path] = {}
        self.pairs: dict[str, tuple[Path, Path]] = {}

    def environment(self, bytecode: bool = True) -> dict[str, str]:
        """Children see a 120x35 terminal and private settings and state (never the user's).

        Like an installed program they use cached bytecode: written to a folder of the run
        (``PYTHONPYCACHEPREFIX``, so the checkout is not touched), also where the environment
        says ``PYTHONDONTWRITEBYTECODE`` (then every start compiles the project from source)."""
        skip = ("INTERNE_KLANTEN_", "TEXTUAL", "PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED",
                "PYTHONPYCACHEPREFIX")  # fmt: skip
        env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
        if bytecode:
            env["PYTHONPYCACHEPREFIX"] = str(self.folder / "pycache")
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        for name in ("config", "state", "cache"):
            (self.folder / name).mkdir(exist_ok=True)
        env.update(
            COLUMNS=str(SIZE[0]),
            LINES=str(SIZE[1]),
            XDG_CONFIG_HOME=str(self.folder / "config"),
            XDG_STATE_HOME=str(self.folder / "state"),
            XDG_CACHE_HOME=str(self.folder / "cache"),
            INTERNE_KLANTEN_LANG="nl",
            TERM="xterm-256color",  # the pseudo-terminal of the cold starts; pipes ignore it
        )
        return env

    def add(
        self,
        figure: str,
        value: float | str,
        floor: float | None = None,
        floor_label: str = "",
        limit: float | None = None,
        *,
        absolute: bool = False,
    ) -> None:
        """A row: a time (or a text), its floor and the ratio. ``limit``: the target, a ratio to
        the floor, or with ``absolute`` a time in seconds."""
        row = Row(figure, ms(value) if isinstance(value, float) else value)
        if floor is not None:
            row.floor = f"{floor_label} {ms(floor)}".strip()
            if isinstance(value, float) and not absolute:
                row.ratio = f"{value / floor:.2f}x"
        if limit is not None and isinstance(value, float):
            row.target = f"<= {limit * 1000:g} ms" if absolute else f"<= {limit:g}x"
            ok = value <= (limit if absolute else limit * (floor or 0.0))
            row.result = "PASS" if ok else "FAIL"
        self.rows.append(row)
        print(
            f"  {figure}: {row.value}" + (f" ({row.floor})" if row.floor else ""), file=sys.stderr
        )

    # --- the sessions ---

    def make_files(self) -> None:
        from tui.storage.toml_format import dumps_session

        sessions = self.folder / "sessions"  # like the repository: a meeting and its follow-up
        sessions.mkdir()
        before, example = sessions / EXAMPLE_BEFORE.name, sessions / EXAMPLE.name
        shutil.copy(EXAMPLE_BEFORE, before)
        shutil.copy(EXAMPLE, example)
        self.files["example"] = example
        self.pairs["example"] = (before, example)
        for n in self.sizes:
            # each firm its own folder: the app's start screen reads the sessions next to the
            # one opened
            folder = self.folder / f"sessions-{n}"
            folder.mkdir()
            old = synthetic_session(n, STEPS, ITEMS)
            path = folder / f"2026-11-26-benchmark-{n}.toml"
            path.write_text(dumps_session(old), encoding="utf-8")
            new_path = folder / f"2027-02-25-benchmark-{n}.toml"
            new_path.write_text(dumps_session(next_meeting(old, path.name)), encoding="utf-8")
            self.files[str(n)] = path
            self.pairs[str(n)] = (path, new_path)

    # --- functions in process ---

    def functions(self) -> None:
        import tomllib

        import tomli_w

        from tui.core.compare import compare_sessions
        from tui.storage.toml_format import dumps_session, load_session

        def time_it(function: Callable[[], object]) -> float:
            return median(timed(function, self.repeat, self.warmup))

        growth: dict[str, dict[int, tuple[float, float]]] = {"load": {}, "save": {}, "compare": {}}
        for name in ["example", *map(str, self.sizes)]:
            path = self.files[name]
            text = path.read_bytes().decode("utf-8-sig")
            load = time_it(lambda: load_session(path))  # noqa: B023  (called at once)
            load_floor = time_it(lambda: tomllib.loads(path.read_bytes().decode("utf-8-sig")))  # noqa: B023  (called at once)
            self.add(f"load + validate, {label(name)}", load, load_floor, "tomllib.loads", 3)

            session, data = load_session(path), tomllib.loads(text)
            save = time_it(lambda: dumps_session(session))  # noqa: B023  (called at once)
            save_floor = time_it(lambda: tomli_w.dumps(data))  # noqa: B023  (called at once)
            self.add(f"save (dumps_session), {label(name)}", save, save_floor, "tomli_w.dumps", 3)

            old_path, new_path = self.pairs[name]
            old, new = load_session(old_path), load_session(new_path)
            both = time_it(lambda: (load_session(old_path), load_session(new_path)))  # noqa: B023  (called at once)
            compare = time_it(lambda: compare_sessions(old, new))  # noqa: B023  (called at once)
            self.add(f"compare in process, {label(name)}", compare, both, "loading both", 1)
            if name != "example":
                growth["load"][int(name)] = (load, load_floor)
                growth["save"][int(name)] = (save, save_floor)
                growth["compare"][int(name)] = (compare, both)
        for what, by_size in growth.items():
            self.growth(what, by_size)

    def growth(self, what: str, by_size: dict[int, tuple[float, float]]) -> None:
        """time(4,000) / time(1,000), and the same for its floor: the synthetic sessions have
        the same 3,000 items at every N, so a file of 4,000 actions is about twice the size of
        one of 1,000: growth linear in the file is a factor near the floor's, and one linear in
        the actions (``compare`` works mostly on them) a factor near 4."""
        figure = f"{what}: time(4,000) / time(1,000)"
        if 1000 in by_size and 4000 in by_size:
            factor = by_size[4000][0] / by_size[1000][0]
            floor = f"floor's {by_size[4000][1] / by_size[1000][1]:.2f}"
            ok = "PASS" if factor <= 5 else "FAIL"
            self.rows.append(Row(figure, f"{factor:.2f}", floor, "", "<= 5", ok))
        else:
            self.rows.append(Row(figure, "n/a (needs N=1,000 and N=4,000)"))

    # --- whole processes ---

    def marker(self, path: Path) -> str:
        """The first words of the session's first need: its content on the first screen."""
        from tui.storage.toml_format import load_session

        session = load_session(path)
        need = next(step.needs[0] for step in session.steps if step.needs)
        return " ".join(need.what.split()[:2])

    def app_start(self, path: Path, env: dict[str, str] | None = None) -> Callable[[], Start]:
        argv, marker = [str(COMMAND), str(path)], self.marker(path)
        return lambda: pty_start(argv, env or self.env, path.parent, marker)

    def screen_floor_start(self, path: Path) -> Callable[[], Start]:
        """The same first screen drawn by a Textual app with no logic (benchmarks/screen_floor.py),
        from the session at ``path``: Textual's own price of that screen."""
        data = self.folder / f"screen-{path.stem}.json"
        data.write_text(json.dumps(screen_floor_data(path)), encoding="utf-8")
        argv = [str(PYTHON), str(ROOT / "benchmarks" / "screen_floor.py"), str(data)]
        return lambda: pty_start(argv, self.env, self.folder, self.marker(path))

    def minimal_start(self, env: dict[str, str] | None = None) -> Callable[[], Start]:
        argv = [str(PYTHON), "-c", MINIMAL_APP]
        return lambda: pty_start(argv, env or self.env, self.folder, MINIMAL_TEXT)

    def processes(self) -> None:
        names = ["example", self.big]
        if not self.quick:
            names += [n for n in ("1000", self.largest) if n != self.big and n in self.files]
        starts: dict[str, Callable[[], Start]] = {"minimal": self.minimal_start()}
        starts.update((name, self.app_start(self.files[name])) for name in names)
        for name in names[:2]:
            starts[f"screen {name}"] = self.screen_floor_start(self.files[name])
        rounds = 1 if self.quick else max(ROUNDS, self.repeat)
        runs = interleaved(starts, rounds, self.warmup)
        content = {name: median([r.content for r in found]) for name, found in runs.items()}
        exits = {name: median([r.exit for r in found]) for name, found in runs.items()}
        floor = content["minimal"]
        self.add("minimal Textual app, start to first frame with content", floor)
        for name, limit in (("example", 1.5), (self.big, 2.0)):
            self.add(f"cold start to first frame with content, {label(name)}", content[name],
                     floor, "minimal app", limit)  # fmt: skip
        for name in names[2:]:
            self.add(f"cold start to first frame with content, {label(name)}", content[name],
                     floor, "minimal app")  # fmt: skip
        if "1000" in content and "4000" in content:
            self.growth("cold start", {n: (content[str(n)], floor) for n in (1000, 4000)})
        for name in names[:2]:
            self.add(f"the same first screen in plain Textual, no logic, {label(name)} (info)",
                     content[f"screen {name}"], floor, "minimal app")  # fmt: skip
            self.add(f"cold start against that screen, {label(name)} (info)", content[name],
                     content[f"screen {name}"], "plain Textual")  # fmt: skip
        for name in names[:2]:
            self.add(f"start to exit (ctrl+q at first content), {label(name)} (info)",
                     exits[name], exits["minimal"], "minimal app, same")  # fmt: skip
        if not self.quick:
            self.start_variants(floor, rounds)

        peak_name = self.largest if self.largest in runs else self.big
        peak = median([run.peak_kb for run in runs[peak_name]])
        floor_kb = median([run.peak_kb for run in runs["minimal"]])
        self.rows.append(Row(f"peak memory of the app, {label(peak_name)}", mb(peak),
                             f"minimal app {mb(floor_kb)}", f"{peak / floor_kb:.2f}x", "<= 2x",
                             "PASS" if peak <= 2 * floor_kb else "FAIL"))  # fmt: skip
        self.commands()

    def start_variants(self, floor: float, rounds: int) -> None:
        """Figures that are not targets but explain others: without cached bytecode (how this
        environment runs the project: every start compiles it), and with a crowded folder."""
        example = self.files["example"]
        source = self.environment(bytecode=False)
        crowded = self.folder / "crowded"
        crowded.mkdir()
        for pair in self.pairs.values():
            for path in pair:
                shutil.copy(path, crowded / path.name)
        others = len(list(crowded.iterdir())) - 1
        runs = interleaved(
            {
                "minimal": self.minimal_start(source),
                "example": self.app_start(example, source),
                "crowded": self.app_start(crowded / example.name),
            },
            max(5, rounds // 2),
            self.warmup,
        )
        content = {name: median([r.content for r in found]) for name, found in runs.items()}
        self.add("cold start, example, no bytecode cache (info)", content["example"],
                 content["minimal"], "minimal app, same")  # fmt: skip
        self.add(f"cold start, example, next to {others} other sessions (info)",
                 content["crowded"], floor, "minimal app")  # fmt: skip
        check = [str(COMMAND), "check", str(example)]
        found = interleaved(
            {
                "check": lambda: run_process(check, source, self.folder).seconds,
                "floor": lambda: (
                    run_process([str(PYTHON), "-c", "import tomllib"], source, self.folder).seconds
                ),
            },
            max(5, self.repeat),
            self.warmup,
        )
        self.add("process: check, example, no bytecode cache (info)", median(found["check"]),
                 median(found["floor"]), 'python -c "import tomllib", same')  # fmt: skip

    def versus(self, argv: list[str], floor: list[str]) -> tuple[float, float]:
        """Median seconds of ``interne-klanten ARGV`` and of ``interne-klanten FLOOR`` (output
        piped), taking turns; short ones more often (until a second, at most 25 rounds)."""
        command = str(COMMAND)

        def run(arguments: list[str]) -> float:
            found = run_process([command, *arguments], self.env, self.folder)
            if found.returncode != 0:
                raise RuntimeError(f"{' '.join(arguments[:3])}... exited with {found.returncode}")
            return found.seconds

        for _ in range(self.warmup):
            run(argv), run(floor)
        ours: list[float] = []
        theirs: list[float] = []
        while len(ours) < self.repeat or (
            self.repeat > 1 and len(ours) < 25 and sum(ours) + sum(theirs) < 1
        ):
            ours.append(run(argv))
            theirs.append(run(floor))
        return median(ours), median(theirs)

    def commands(self) -> None:
        python, command, env, cwd = str(PYTHON), str(COMMAND), self.env, self.folder

        def process(argv: list[str]) -> float:
            return median(
                [r.seconds for r in repeat_process(argv, env, cwd, self.repeat, self.warmup)]
            )

        floors = {
            "tomllib": process([python, "-c", "import tomllib"]),
            "rich.console": process([python, "-c", "import rich.console"]),
        }
        example, big = str(self.files["example"]), str(self.files[self.big])
        pair, big_pair = map(str, self.pairs["example"]), map(str, self.pairs[self.big])
        for figure, argv, floor, limit in (
            ("check, example", ["check", example], "tomllib", 2),
            (f"check, {label(self.big)}", ["check", big], "tomllib", None),
            ("fmt --check, example", ["fmt", "--check", example], "tomllib", None),
            ("summary, example", ["summary", example], "rich.console", None),
            ("compare, example", ["compare", *pair], "rich.console", None),
        ):
            self.add(f"process: {figure}", process([command, *argv]), floors[floor],
                     f'python -c "import {floor}"', limit)  # fmt: skip
        del big_pair
        self.reports()

        record = self.folder / "imports.json"
        for figure, argv in (
            ("check", ["check", example]),
            ("fmt", ["fmt", "--check", example]),
            ("compare", ["compare", *map(str, self.pairs["example"])]),
            ("summary", ["summary", example]),
            ("summary --format markdown", ["summary", "--format", "markdown", example]),
        ):
            run = run_process([python, "-c", IMPORTS_HARNESS, str(record), *argv], env, cwd)
            found = json.loads(record.read_text())
            textual = found["textual"]
            value = f"{len(textual)} Textual modules" + (f" ({textual[0]}, ...)" if textual else "")
            ok = not textual and run.returncode == 0
            self.rows.append(Row(f"imports of `{figure}`", f"{value}; {len(found['rich'])} Rich",
                                 "", "", "no Textual", "PASS" if ok else "FAIL"))  # fmt: skip

    def reports(self) -> None:
        """``summary`` in every format and ``compare`` in every format against ``check`` of the
        files they read, at the largest N (the follow-up, which reads its predecessor too); the
        summary of a closing round of 100,000 entries; and how both grow from N=4,000 to 16,000."""
        old, new = map(str, self.pairs[self.largest])
        n = label(self.largest)
        both = ["check", old, new]
        formats = ("terminal", "markdown", "html", "csv", "ics")
        timed_at: dict[str, dict[int, tuple[float, float]]] = {"summary": {}, "compare": {}}
        for form in formats:
            ours, floor = self.versus(["summary", "--format", form, new], both)
            self.add(f"process: summary --format {form}, {n}, piped", ours, floor,
                     "check of both files", 2)  # fmt: skip
            if form == "terminal":
                timed_at["summary"][int(self.largest)] = (ours, floor)
        for form in ("rich", "markdown", "json"):
            ours, floor = self.versus(["compare", "--format", form, old, new], both)
            self.add(f"process: compare --format {form}, {n}, piped", ours, floor,
                     "check of both files", 2)  # fmt: skip
            if form == "rich":
                timed_at["compare"][int(self.largest)] = (ours, floor)
        if self.quick:
            return
        from generate import closing_round_session, next_meeting, synthetic_session

        from tui.storage.toml_format import dumps_session

        closing = self.folder / "closing-round" / "2026-11-26-slotronde.toml"
        closing.parent.mkdir()
        closing.write_text(dumps_session(closing_round_session(100_000)), encoding="utf-8")
        ours, floor = self.versus(["summary", str(closing)], ["check", str(closing)])
        self.add("process: summary, 100,000 closing-round entries, piped", ours, floor,
                 "check of the file", 2)  # fmt: skip

        folder = self.folder / "sessions-16000"
        folder.mkdir()
        first = synthetic_session(16_000, STEPS, ITEMS)
        old16, new16 = folder / "2026-11-26-benchmark-16000.toml", folder / "2027-02-25-b.toml"
        old16.write_text(dumps_session(first), encoding="utf-8")
        new16.write_text(dumps_session(next_meeting(first, old16.name)), encoding="utf-8")
        both16 = ["check", str(old16), str(new16)]
        timed_at["summary"][16000] = self.versus(["summary", str(new16)], both16)
        timed_at["compare"][16000] = self.versus(["compare", str(old16), str(new16)], both16)
        for what, by_size in timed_at.items():
            if int(self.largest) == 4000:
                small, large = by_size[4000], by_size[16000]
                factor = large[0] / small[0]
                self.rows.append(Row(f"process: {what}: time(16,000) / time(4,000)",
                                     f"{factor:.2f}", f"check's {large[1] / small[1]:.2f}", "",
                                     "<= 5", "PASS" if factor <= 5 else "FAIL"))  # fmt: skip

    # --- key presses ---

    def keys(self) -> None:
        copy = self.folder / "keys" / self.files[self.big].name
        copy.parent.mkdir()
        shutil.copy(self.files[self.big], copy)
        rounds, adds, pilot_presses = (1, 2, 4) if self.quick else (2, 10, 20)
        steps = QUICK_STEPS if self.quick else None
        ours = asyncio.run(app_keys(copy, rounds, adds, pilot_presses, steps))
        every = ours.switch + ours.switch_first + ours.switch_prepared
        floor = asyncio.run(minimal_keys(len(every), pilot_presses))
        n = label(self.big)
        # each kind of switch against the same target: a step seen before, a new one straight
        # on, a new one after a moment on the step before (when the app has made its rows)
        for kind, times in (
            ("a step seen before", ours.switch),
            ("a new step, straight on", ours.switch_first),
            ("a new step, after a moment on the one before", ours.switch_prepared),
        ):
            what = f"step switch, {kind}, median ({n}, {len(times)} keys)"
            self.add(what, median(times), median(floor.switch), "same key, minimal app", 0.050,
                     absolute=True)  # fmt: skip
        plain = asyncio.run(floor_keys(self.files[self.big], 10 if self.quick else 40))
        self.add(f"the same switch in plain Textual, median ({n}; a yardstick)", median(plain))
        self.rows[-1].ratio = f"app {median(ours.switch_first) / median(plain):.2f}x (new step)"
        self.add(f"step switch, p95 ({n}, every key)", p95(every), p95(floor.switch),
                 "same key, minimal app", 0.150, absolute=True)  # fmt: skip
        self.add(f"step switch, until the next key is taken, median ({n}; info)",
                 median(ours.switch_whole))  # fmt: skip
        pilot, pilot_floor = median(ours.switch_pilot), median(floor.switch_pilot)
        self.add(f"step switch through Pilot, median ({n})", pilot, pilot_floor,
                 "minimal app (Pilot's own pauses)")  # fmt: skip
        self.rows[-1].ratio = f"+{ms(pilot - pilot_floor)}"
        self.add(f"add a need: enter to row shown and in model, median ({n})", median(ours.add))
        self.add(f"add a need, slowest of {len(ours.add)} ({n})", max(ours.add))
        self.add(f"typing a burst of {len(BURST)} keys into a need, per key ({n})",
                 median(ours.burst), median(floor.burst), "minimal app's Input")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the smallest N and one repetition")
    parser.add_argument(
        "--repeat", type=int, help="runs per figure, at least (default 5; 1 with --quick)"
    )
    parser.add_argument("--sizes", help="comma-separated N (default 500,1000,2000,4000)")
    parser.add_argument("--keep", metavar="FOLDER", help="make the sessions here, and keep them")
    args = parser.parse_args(argv)
    sizes = tuple(int(n) for n in args.sizes.split(",")) if args.sizes else SIZES
    if args.quick:
        sizes = sizes[:1]
    repeat = args.repeat or (1 if args.quick else 5)
    warmup = 1  # also with --quick: the first run of a process compiles the bytecode it caches

    with tempfile.TemporaryDirectory(prefix="interne-klanten-bench-") as temporary:
        folder = Path(args.keep) if args.keep else Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        # the app measured in this process keeps its recovery copies and settings in the run's
        # folder, never in the user's (the children get their own XDG folders)
        os.environ["INTERNE_KLANTEN_STATE"] = str(folder / "app-state")
        os.environ["INTERNE_KLANTEN_CONFIG"] = str(folder / "app-config" / "config.toml")
        bench = Benchmark(folder, sizes, repeat, warmup, args.quick)
        started, load_before = time.perf_counter(), os.getloadavg()[0]
        print(f"sessions in {folder}; {repeat} run(s) per figure after {warmup} warm-up",
              file=sys.stderr)  # fmt: skip
        bench.make_files()
        bench.functions()
        bench.processes()
        bench.keys()
        from series_bench import series_rows  # issue 18: overview and series against check

        series_rows(bench)
        elapsed = time.perf_counter() - started

    import platform

    import textual

    title = (
        f"interne-klanten benchmark: Python {platform.python_version()}, Textual "
        f"{textual.__version__}, {os.cpu_count()} CPUs (load average {load_before:.2f} before, "
        f"{os.getloadavg()[0]:.2f} after); median of {repeat}+ run(s) after {warmup} warm-up; "
        f"{STEPS} steps x {ITEMS} needs/asks/info; terminal {SIZE[0]}x{SIZE[1]}; "
        f"took {elapsed:.0f} s"
    )
    print(render(bench.rows, title))
    missed = [row.figure for row in bench.rows if row.result == "FAIL"]
    print(f"\n{len(missed)} target(s) missed" + (": " + "; ".join(missed) if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
