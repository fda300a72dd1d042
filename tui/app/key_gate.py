"""One door for keys: every key lands where it was aimed, however fast it was typed.

Textual hands a key to the widget that has the focus at the moment the key *arrives*. A key that
opens a form, moves the focus or switches the screen does its work a little later: its binding
runs after the key has bubbled up through the widgets, a form is mounted, a screen is pushed, a
focus change is a callback on the app's queue. The keys typed right behind it therefore go to the
old focus: the letters of an action point into the table under it, where an ``n`` among them
starts a need; the text typed after ``tab`` into the field before. On a slow laptop this happens
more, but a burst of keys from a fast typist (or from ``tmux send-keys``) does it anywhere.

:class:`KeyGate` makes the app take input one event at a time. A key, a paste, a mouse press or
release is handed over as Textual would; the next one waits until the screen has *settled*: every
widget of the current screen, and the app, has worked through what is in its queue, in two rounds
in a row that find nothing left (a round that sees a new screen or new widgets does not count).
Only then does the next event go to whatever has the focus by now. Events that arrive meanwhile
wait in order. One kind goes on together: printable keys held in a row, when the focus is in a
text field that takes them (an ``Input``, a ``TextArea`` that is not read-only). Such a field
puts each into its text and stops it (no binding sees it, none moves the focus), so nothing the
screen could do after one of them changes where the next one goes; they are handed over one
after the other, in order, and the screen settles once behind them (each key settled on its own
took a layout and a frame: some 40 ms a key on a two-core laptop, so a fast typist ran ahead of
the screen). So a burst lands exactly as the same keys typed slowly: ``a`` on a need and then
``Derde actie`` fills the action form; ``n``, text, ``enter``, ``n``, text, ``enter`` gives two
needs; ``tab`` moves first, and what follows goes to the next field. Nothing else in the app
needs to race the keyboard: no key binding has to be a priority binding to be in time.

The gate is closed at the start, until the first screen is up, so keys typed while the app is
starting go to the first screen too (an enter typed before the terminal was in raw mode arrives
as a newline, ``ctrl+j``: the gate hands it over as the enter it was). Escape and a key right
behind it are one byte more than the key (that is how terminals send alt too); the app binds no
alt keys, so its terminal driver reads them as the escape and the key, also in a burst
(:meth:`KeyGate.get_driver_class`: ``EscapeFirstParser`` in ``tui/app/textual_internals.py``,
which lists the few pairs it leaves to Textual), and what still arrives as alt+letter (from a
terminal that reports alt itself) the gate hands over as the escape and the letter.
Mouse moves and scrolling pass freely (they move no focus and come by the hundred). A settle
takes a fraction of a millisecond per widget. If one takes longer than :data:`BUSY_AFTER` (a
long paste, a slow machine), the app says it is busy; a screen that does not settle within
:data:`LIMIT` (a handler that hangs) lets the keys go on rather than keeping them forever.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from typing import TYPE_CHECKING, Any

from textual import events
from textual.widgets import Input

from tui.app.textual_internals import escape_first_driver, key_event, loaded_text_area

if TYPE_CHECKING:
    from textual.app import App
    from textual.driver import Driver
    from textual.message import Message
    from textual.message_pump import MessagePump

GATED = (events.Key, events.Paste, events.MouseDown, events.MouseUp)
"""The input events that can move the focus or type: handled one at a time. (Textual makes a
Click out of a MouseUp, in the same step.)"""

QUIET_ROUNDS = 2
BUSY_AFTER = 0.25
"""Seconds a settle may take before the app shows that it is busy."""
LIMIT = 5.0
"""Seconds after which held events go on even if the screen never settled."""


async def settle(app: App[Any], limit: float = LIMIT) -> bool:
    """Wait until the app and every widget of its current screen have processed their queues,
    :data:`QUIET_ROUNDS` rounds in a row with nothing left; False if ``limit`` ran out first.

    A round waits for the pumps that can still be at work: the app, the focused widget and its
    ancestors (where a key and what it posts bubble), and every widget with something in its
    queue. A widget with an empty queue off that path has nothing to do; asking all of them
    would cost a message to each of hundreds of widgets for every key."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    quiet = 0
    while quiet < QUIET_ROUNDS:
        try:
            screen = app.screen
        except Exception:  # no screen (starting or ending): nothing to wait for
            return True
        nodes = screen.walk_children(with_self=True)
        focused = screen.focused
        path: list[MessagePump] = [app, *(focused.ancestors_with_self if focused else [screen])]
        pumps = {*path, *(node for node in nodes if node.message_queue_size)}
        if not await _one_round(list(pumps), deadline - loop.time()):
            return False
        after = screen.walk_children(with_self=True)
        changed = app.screen is not screen or screen.focused is not focused or after != nodes
        busy = changed or app.message_queue_size or any(n.message_queue_size for n in after)
        quiet = 0 if busy else quiet + 1
    return True


async def _one_round(pumps: list[MessagePump], timeout: float) -> bool:
    """Post a callback to each pump and wait until all have run it (each behind its queue)."""
    if timeout <= 0:
        return False
    pending = 0
    done = asyncio.Event()

    def arrived() -> None:
        nonlocal pending
        pending -= 1
        if not pending:
            done.set()

    for pump in pumps:
        if pump.call_later(arrived):
            pending += 1
    if not pending:
        return True
    try:
        await asyncio.wait_for(done.wait(), timeout)
    except TimeoutError:
        return False
    return True


def takes_typing(widget: object) -> bool:
    """``widget`` puts a printable key into its own text and stops it there."""
    if isinstance(widget, Input):
        return True
    text_area = loaded_text_area()
    return text_area is not None and isinstance(widget, text_area) and not widget.read_only


def _typed(event: events.Event) -> bool:
    """A printable key (a letter, a digit, a space, a sign; no control or function key)."""
    return isinstance(event, events.Key) and event.is_printable


def _escape_and_key(event: events.Key) -> bool:
    rest = event.key.removeprefix("alt+")
    return rest != event.key and len(rest) == 1 and rest.isprintable()


class KeyGate:
    """Mixed into the app, before ``App``: input events one at a time (see the module).

    The events are held before they reach the app's queue (in :meth:`post_message`, where the
    driver delivers them), so that the queue holds only work the screen still has to do, and
    handed over from the app's own task, as the queue would have."""

    _held: deque[tuple[float, events.Event]]
    """The events waiting, with the time each arrived."""
    _settling: bool
    _showing_busy: bool
    _release_posted: bool
    _settle_task: asyncio.Task[None] | None

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver, reading escape and a key right behind it as the two keys."""
        return escape_first_driver(super().get_driver_class())  # type: ignore[misc]  # App's

    def open_gate_when_settled(self) -> None:
        """Call once from the app's ``on_mount``: the gate opens when the first screen is up."""
        self._gate_queue()
        self._settle_later()

    def show_busy(self, busy: bool) -> None:
        """Override: show (or stop showing) that input waits for the app."""

    @property
    def input_settled(self) -> bool:
        """No input event is held or being handled, and the screen has settled after the last."""
        self._gate_queue()
        return not (self._held or self._settling or self._release_posted)

    @property
    def keys_waiting(self) -> int:
        """Input events held until the screen has settled."""
        return len(self._gate_queue())

    def _gate_queue(self) -> deque[tuple[float, events.Event]]:
        try:
            return self._held
        except AttributeError:
            self._held = deque()
            self._settling = True  # closed until open_gate_when_settled has seen the first screen
            self._release_posted = False
            self._showing_busy = False
            self._settle_task = None
            return self._held

    def post_message(self, message: Message) -> bool:
        if isinstance(message, events.Key) and message.key == "ctrl+j":
            # "\n": an enter typed before the terminal was switched to raw mode, which the
            # terminal's line discipline turned into a newline (the first keys after the start)
            message = events.Key("enter", "\r")
        if isinstance(message, events.Key) and _escape_and_key(message):
            # escape and a key right behind it (within the terminal's escape delay) are read
            # as alt+key; the app binds no alt keys, so it was the two keys that were typed
            self.post_message(events.Key("escape", "\x1b"))
            message = key_event(message.key.removeprefix("alt+"))
        if isinstance(message, GATED) and not message.is_forwarded:
            self._gate_queue().append((time.monotonic(), message))
            self._wake()
            return True
        return super().post_message(message)  # type: ignore[misc]  # App's, after this mixin

    def _wake(self) -> None:
        if not self._settling and not self._release_posted:
            self._release_posted = True
            self.call_later(self._release)  # type: ignore[attr-defined]  # App's

    async def _release(self) -> None:
        """Hand over the next held event, then let the screen settle before the one after."""
        self._release_posted = False
        held = self._gate_queue()
        if self._settling or not held:
            return
        events_now = [held.popleft()[1]]
        if _typed(events_now[0]) and takes_typing(self._focused()):
            while held and _typed(held[0][1]):  # typing: no settle between its keys
                events_now.append(held.popleft()[1])
        self._settling = True  # events arriving meanwhile wait
        try:
            for event in events_now:
                await self.on_event(event)  # type: ignore[attr-defined]  # as the app's queue would
        finally:
            self._settle_later()

    def _focused(self) -> object:
        """What has the focus now; None without a screen (while starting or ending)."""
        try:
            return self.screen.focused  # type: ignore[attr-defined]  # App's
        except Exception:
            return None

    def _settle_later(self) -> None:
        self._settling = True
        self._settle_task = asyncio.ensure_future(self._settle())

    async def _settle(self) -> None:
        app: App[Any] = self  # type: ignore[assignment]
        waiting = asyncio.ensure_future(settle(app))
        try:
            done, _ = await asyncio.wait({waiting}, timeout=BUSY_AFTER)
            if not done:  # one long settle: a long paste, a heavy screen
                self._busy(True)
                await waiting
        finally:
            self._settling = False
            held = self._held
            if held:  # keys typed ahead of the app: busy while the oldest waits long
                self._busy(self._showing_busy or time.monotonic() - held[0][0] > BUSY_AFTER)
                self._wake()
            else:
                self._busy(False)

    def _busy(self, busy: bool) -> None:
        """Say so when it changes (not for every key: redrawing the status line costs a layout).

        Not once the app is ending: a settle can outlast the shutdown (an error in a key's
        handler stops the app while the settle still waits), and then there is no screen left
        to say it on."""
        if not self.is_running:  # type: ignore[attr-defined]  # App's
            return
        if busy != self._showing_busy:
            self._showing_busy = busy
            self.show_busy(busy)
