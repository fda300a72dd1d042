"""Typing as fast as a terminal delivers keys, in process: a whole burst posted at once.

``pilot.press`` waits for the app to be idle after every key, which is typing with pauses. A
burst posts every key event to the app in one go, as the terminal driver does when a fast typist
(or ``tmux send-keys``) sends them, and only then waits for the app to finish.
"""

from __future__ import annotations

from textual import events

from tui.app.textual_internals import key_event

KEY_NAMES = {
    "tab",
    "shift+tab",
    "enter",
    "escape",
    "delete",
    "backspace",
    "home",
    "end",
    "left",
    "right",
    "up",
    "down",
}


def keys_of(*parts: str) -> list[str]:
    """Key names stay as they are (``tab``, ``f2``, ``ctrl+z``); other parts are typed."""
    keys: list[str] = []
    for part in parts:
        named = (
            part in KEY_NAMES
            or part.startswith(("ctrl+", "shift+", "alt+"))
            or (part.startswith("f") and part[1:].isdigit())
        )
        keys.extend([part] if named else list(part))
    return keys


async def until_settled(pilot, timeout: float = 60) -> None:
    """Wait until the app has handled every input event and settled after the last one."""
    waited = 0.0
    while not pilot.app.input_settled:
        assert waited < timeout, "the app did not settle"
        await pilot.pause(0.02)
        waited += 0.02
    await pilot.pause()


async def burst(pilot, *parts: str) -> None:
    """Send the keys of ``parts`` all at once, then wait until the app has handled them."""
    for key in keys_of(*parts):
        pilot.app.post_message(key_event(key))
    await until_settled(pilot)


async def paste(pilot, text: str) -> None:
    pilot.app.post_message(events.Paste(text))
    await until_settled(pilot)
