"""Escape in a burst of keys: the terminal's bytes, read by the app's parser, are the keys typed.

A terminal sends the escape key as the byte that also starts every escape sequence, ESC.
Textual's parser reads an ESC and what follows as one sequence until it knows it; in a burst
(a fast typist, a busy machine, ``tmux send-keys``) it gave up at the next ESC and handed the lot
on with the escape turned into a "^" key. The app's parser (``EscapeFirstParser`` in
``tui/app/textual_internals.py``) reads ESC and one character right behind it as escape and that
character; everything else as Textual does. Bytes here are what tmux sends for an xterm.
"""

from __future__ import annotations

import os
import threading
import time

import pytest
from textual import events
from textual._xterm_parser import XTermParser
from textual.app import App
from textual.message import Message

from tui.app import textual_internals as internals
from tui.app.key_gate import KeyGate

ESC = "\x1b"
F2, DOWN, UP, RIGHT, LEFT = "\x1bOQ", "\x1b[B", "\x1b[A", "\x1b[C", "\x1b[D"
PATIENCE = 5.0
"""Seconds before a wait gives up: reached only when what is waited for never happens."""


def parsed(data: str, parser: XTermParser | None = None) -> list[Message]:
    """What ``parser`` (a fresh app parser) makes of ``data``, fed in one piece (one read of
    the terminal), and of the end of input (which settles an ESC still waiting)."""
    parser = parser or internals.EscapeFirstParser()
    return [*parser.feed(data), *parser.feed("")]


def keys(data: str, parser: XTermParser | None = None) -> list[str]:
    return [message.key for message in parsed(data, parser) if isinstance(message, events.Key)]


def typed(text: str) -> list[str]:
    """The keys of ``text`` typed one character at a time."""
    return [key for character in text for key in keys(character)]


# the two bursts seen losing their escape in the meeting screen (F2) and the workshop
MEETING_THEN_NEED = F2 + "\t" * 6 + " Z." + "\r" + ESC + "nNieuwe behoefte" + "\r" + DOWN
LONGER = "Nieuwe behoefte aan de planning"
MEETING_THEN_FULL_NEED = F2 + "\t" * 6 + " Z." + "\r" + ESC + "n" + LONGER + "\tmorgen\tomdat\r"


def test_escape_and_a_new_need_after_the_meeting_screen_are_the_keys_typed():
    expected = [
        "f2", *["tab"] * 6, *typed(" Z."), "enter",
        "escape", "n", *typed("Nieuwe behoefte"), "enter", "down",
    ]  # fmt: skip
    assert keys(MEETING_THEN_NEED) == expected
    # Textual's own parser: the escape became "^", typed into the field it should have closed
    textual = ["circumflex_accent" if key == "escape" else key for key in expected]
    assert keys(MEETING_THEN_NEED, XTermParser()) == textual


def test_escape_and_a_need_with_tabs_after_the_meeting_screen_are_the_keys_typed():
    """No ESC comes after the escape: Textual read on to its limit of 32 characters, then gave
    "^" again. (Below that, and then a pause, it gave alt+n, which the key gate splits.)"""
    expected = [
        "f2", *["tab"] * 6, *typed(" Z."), "enter",
        "escape", "n", *typed(LONGER), "tab", *typed("morgen"), "tab", *typed("omdat"), "enter",
    ]  # fmt: skip
    assert keys(MEETING_THEN_FULL_NEED) == expected
    textual = ["circumflex_accent" if key == "escape" else key for key in expected]
    assert keys(MEETING_THEN_FULL_NEED, XTermParser()) == textual


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ESC + "2", ["escape", "2"]),  # a step's number (Textual: WezTerm's option+2, "™")
        (ESC + "N", ["escape", "N"]),
        (ESC + " ", ["escape", "space"]),
        (ESC + "-", ["escape", "minus"]),
        (ESC + "\r", ["escape", "enter"]),
        (ESC + "\t", ["escape", "tab"]),  # not shift+tab: close the form, then the next table
        (ESC + ESC + "n", ["escape", "escape", "n"]),
        (ESC + "n" + ESC + "a", ["escape", "n", "escape", "a"]),
        ("x" + ESC + "n" + DOWN, ["x", "escape", "n", "down"]),
    ],
)
def test_escape_and_the_character_behind_it_are_two_keys(data, expected):
    assert keys(data) == expected


def test_escape_and_a_character_read_apart_within_the_escape_delay_are_two_keys():
    parser = internals.EscapeFirstParser()
    assert list(parser.feed(ESC)) == []  # an ESC alone may start a sequence: it waits
    assert [m.key for m in parser.feed("n")] == ["escape", "n"]  # type: ignore[attr-defined]


def test_a_lone_escape_at_the_end_of_a_burst_is_escape_after_the_escape_delay():
    parser = internals.EscapeFirstParser()
    assert [m.key for m in parser.feed("n" + ESC)] == ["n"]  # type: ignore[attr-defined]
    deadline = time.monotonic() + PATIENCE
    found: list[Message] = []
    while not found and time.monotonic() < deadline:
        time.sleep(0.01)
        found = list(parser.tick())  # what the driver asks about ten times a second
    assert [(m.key, m.character) for m in found] == [("escape", ESC)]  # type: ignore[attr-defined]


def test_a_lone_escape_at_the_end_of_input_is_escape():
    assert keys("abc" + ESC) == ["a", "b", "c", "escape"]


def describe(messages: list[Message]) -> list[tuple[object, ...]]:
    def one(message: Message) -> tuple[object, ...]:
        if isinstance(message, events.Key):
            return ("key", message.key, message.character)
        if isinstance(message, events.Paste):
            return ("paste", message.text)
        if isinstance(message, events.MouseEvent):
            return (type(message).__name__, message.x, message.y, message.button)
        return (type(message).__name__,)

    return [one(message) for message in messages]


@pytest.mark.parametrize(
    "data",
    [
        UP + DOWN + RIGHT + LEFT,
        "\x1bOA\x1bOB\x1bOC\x1bOD",  # arrows in application cursor mode
        "\x1bOP\x1bOQ\x1bOR\x1bOS\x1b[15~\x1b[17~\x1b[24~",  # F1-F5, F6, F12
        "\x1b[1;5D\x1b[1;2A\x1b[3~\x1b[H\x1b[F\x1b[Z",  # ctrl+left, shift+up, delete, home, ...
        "\x1b[200~Nieuwe behoefte\nmorgen\x1b[201~",  # a bracketed paste
        "\x1b[200~na een escape\x1b[201~n",
        "\x1b[<0;5;7M\x1b[<0;5;7m\x1b[<35;9;3M",  # the mouse (SGR): down, up, move
        "\x1b[I\x1b[O",  # focus in and out
        "\x1bb\x1bf",  # word left and right (iTerm's option+arrows): keys of Textual's
        "\x1b[Z\x1b\x7f",  # shift+tab (CSI Z), ctrl+w (alt+backspace)
        "\x1b[110;5u",  # the kitty keyboard protocol: ctrl+n
        "nNieuwe behoefte\tmorgen\r",
    ],
)
def test_what_is_not_escape_and_a_character_is_read_as_textual_reads_it(data):
    assert describe(parsed(data)) == describe(parsed(data, XTermParser()))


def test_the_characters_textual_reads_on_after_an_escape():
    """The start of a longer sequence (CSI, SS3; OSC, DCS, APC, PM, SOS) and the pairs Textual
    reads as keys; every other character after an ESC is escape and that character."""
    strings = {"]", "P", "_", "^", "X", "\\"}
    assert {"[", "O", *strings, ESC, "\x7f", "b", "f"} == internals.KEPT_AFTER_ESCAPE


@pytest.mark.parametrize(
    "data",
    [
        "\x1b]11;rgb:0000/0000/0000\x07",  # OSC: a terminal's answer, its background colour
        "\x1b]0;PWNED\x07 klaar",  # OSC typed or pasted without bracketing: a title
        "\x1bP>|tmux 3.3a\x1b\\",  # DCS: a terminal's version (XTVERSION)
        "\x1b_Gi=1;OK\x1b\\",  # APC: a kitty graphics answer
    ],
)
def test_a_terminal_string_sequence_is_never_split_into_escape_and_keys(data):
    """A terminal answers in string sequences: split into escape and keys, an answer would close
    the form and type its text into the app ("11" jumping to a step). They stay Textual's."""
    assert keys(data) == keys(data, XTermParser())  # what Textual makes of it, as it was


# --- the app's terminal driver -----------------------------------------------------------------


class _Gated(KeyGate, App):
    pass


def test_the_app_runs_with_the_driver_that_reads_keys_with_the_escape_first_parser():
    linux_driver = pytest.importorskip("textual.drivers.linux_driver")
    driver_class = _Gated().driver_class
    assert driver_class is internals.escape_first_driver(linux_driver.LinuxDriver)
    assert driver_class is not linux_driver.LinuxDriver
    assert issubclass(driver_class, linux_driver.LinuxDriver)


def test_other_drivers_are_left_as_they_are():
    from textual.drivers.headless_driver import HeadlessDriver

    assert internals.escape_first_driver(HeadlessDriver) is HeadlessDriver


async def test_the_drivers_input_thread_reads_a_burst_as_the_keys_typed():
    """The driver's own input loop (a driver is made in the app's event loop), reading a pipe
    that holds a burst."""
    linux_driver = pytest.importorskip("textual.drivers.linux_driver")
    received: list[Message] = []

    class Recording(internals.escape_first_driver(linux_driver.LinuxDriver)):  # type: ignore[misc]
        def process_message(self, message: Message) -> None:
            received.append(message)

    driver = Recording(App())
    read, write = os.pipe()
    driver.fileno = read
    thread = threading.Thread(target=driver.run_input_thread, daemon=True)
    try:
        os.write(write, MEETING_THEN_NEED.encode())
        thread.start()
        deadline = time.monotonic() + PATIENCE
        while len(received) < len(keys(MEETING_THEN_NEED)) and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        driver.exit_event.set()
        thread.join(PATIENCE)
        os.close(write)
        os.close(read)
    assert [m.key for m in received if isinstance(m, events.Key)] == keys(MEETING_THEN_NEED)
