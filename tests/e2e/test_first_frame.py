"""The first frame a person sees already shows the session: no screen of empty tables first.

The app runs in a pseudo-terminal that answers Textual's question for synchronized output (as
tmux and most terminals do), so every frame the app draws comes between the terminal's markers
and can be looked at on its own.
"""

from __future__ import annotations

import re

import pytest

from tests.reliability.terminal import Terminal, copy_example, environment, plain
from tests.support import wait_until
from tui.storage.toml_format import load_session

pytestmark = pytest.mark.slow

ASKS = b"\x1b[?2026$p"
"""Textual asks whether the terminal has synchronized output (DECRQM 2026)."""
ANSWER = b"\x1b[?2026;2$y"
"""The terminal says it has (reset: Textual turns it on around each frame)."""
FRAME_START = b"\x1b[?2026h"
FRAME_END = b"\x1b[?2026l"
FRAME = re.compile(rb"\x1b\[\?2026h(.*?)\x1b\[\?2026l", re.S)


def _started(path, tmp_path, size, first_words: str) -> bytes:
    """What the app wrote until ``first_words`` were on the screen."""
    terminal = Terminal([str(path)], cwd=tmp_path, env=environment(tmp_path), size=size)
    try:
        wait_until(lambda: ASKS in terminal.data(), message=terminal.text)
        terminal.send(ANSWER)
        terminal.wait_for(first_words)
        # and the end of the frame that holds them (it may still be on its way)
        words = first_words.encode()

        def frame_ended() -> bool:
            data = terminal.data()
            at = data.find(words)
            return at < 0 or FRAME_END in data[at:]  # not in one piece: the caller starts again

        wait_until(frame_ended, message=terminal.text)
        return terminal.data()
    finally:
        terminal.keys("ctrl+q")
        terminal.wait()
        terminal.close()


def first_frames(path, tmp_path, size) -> list[str]:
    """The frames the app draws until the first need is on the screen, as plain text. Where the
    terminal's answer came too late for the first frames (a busy machine), the app is started
    again, up to three times: those frames are not between markers and cannot be told apart."""
    need = load_session(path).steps[0].needs[0].what
    first_words = " ".join(need.split()[:2])
    for _attempt in range(3):
        data = _started(path, tmp_path, size, first_words)
        if 0 <= data.find(FRAME_START) < data.find(first_words.encode()):
            return [plain(frame) for frame in FRAME.findall(data)]
    raise AssertionError("the terminal's answer came after the first frame in three starts")


@pytest.mark.parametrize("size", [(120, 35), (80, 24)], ids=["120x35", "80x24"])
def test_the_first_frame_with_anything_on_it_shows_the_first_need(tmp_path, size):
    path = copy_example(tmp_path)
    session = load_session(path)
    first_words = " ".join(session.steps[0].needs[0].what.split()[:2])
    drawn = [frame for frame in first_frames(path, tmp_path, size) if frame.strip()]
    assert drawn
    first = drawn[0]
    assert first_words in first, f"the first frame drawn:\n{first}"
    assert session.steps[0].name.split("/")[0] in first  # the chain with it
