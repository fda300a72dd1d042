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
from tui.i18n import t
from tui.storage.toml_format import load_session

pytestmark = pytest.mark.slow

ASKS = b"\x1b[?2026$p"
"""Textual asks whether the terminal has synchronized output (DECRQM 2026)."""
ANSWER = b"\x1b[?2026;2$y"
"""The terminal says it has (reset: Textual turns it on around each frame)."""
FRAME = re.compile(rb"\x1b\[\?2026h(.*?)\x1b\[\?2026l", re.S)


@pytest.mark.parametrize("size", [(120, 35), (80, 24)], ids=["120x35", "80x24"])
def test_the_first_frame_with_anything_on_it_shows_the_first_need(tmp_path, size):
    path = copy_example(tmp_path)
    session = load_session(path)
    need = session.steps[0].needs[0].what
    first_words = " ".join(need.split()[:2])
    terminal = Terminal([str(path)], cwd=tmp_path, env=environment(tmp_path), size=size)
    try:
        wait_until(lambda: ASKS in terminal.data(), message=terminal.text)
        terminal.send(ANSWER)
        terminal.wait_for(first_words)
        frames = [plain(frame) for frame in FRAME.findall(terminal.data())]
        drawn = [frame for frame in frames if frame.strip()]
        assert drawn, f"no frame between the markers; the app wrote:\n{terminal.text()[-2000:]}"
        first = drawn[0]
        assert first_words in first, f"the first frame drawn:\n{first}"
        assert session.steps[0].name.split("/")[0] in first  # the chain with it
    finally:
        terminal.keys("ctrl+q")
        terminal.wait()
        terminal.close()


def test_a_recovery_dialog_at_the_start_comes_whole_in_the_first_frame(tmp_path):
    """The dialog pushed during the start (a recovery copy holds what the file does not): its
    first frame draws the whole screen with the dialog's three choices, not the dialog's text
    alone. (The session behind it follows a frame later: Textual draws a screen under a dialog
    from that screen's own last frame, and there was none yet.)"""
    from tui.core import edits
    from tui.storage.recovery import RecoveryCopy, file_digest
    from tui.storage.toml_format import dumps_session

    path = copy_example(tmp_path)
    env = environment(tmp_path)
    session = load_session(path)
    edits.add_item(session, session.steps[0].id, "needs", "Bereikbaarheid van de zolder")
    with pytest.MonkeyPatch.context() as patch:  # the copy where the app will look for it
        patch.setenv("INTERNE_KLANTEN_STATE", env["INTERNE_KLANTEN_STATE"])
        RecoveryCopy(path).write(dumps_session(session), file_digest(path.read_bytes()))
    terminal = Terminal([str(path)], cwd=tmp_path, env=env, size=(120, 35))
    try:
        wait_until(lambda: ASKS in terminal.data(), message=terminal.text)
        terminal.send(ANSWER)
        terminal.wait_for(t("recovery.restore"))
        drawn = [f for f in map(plain, FRAME.findall(terminal.data())) if f.strip()]
        assert drawn
        first = drawn[0]
        for text in ("recovery.restore", "recovery.keep", "recovery.decide_later"):
            assert t(text) in first, f"the first frame drawn:\n{first}"
        # the whole screen, every row (the dialog's frame and the dimmed page around it), not
        # the dialog's lines alone on a screen left as it was
        assert first.count("\n") >= 34, f"the first frame drawn:\n{first}"
    finally:
        terminal.keys("ctrl+q")
        terminal.wait()
        terminal.close()
