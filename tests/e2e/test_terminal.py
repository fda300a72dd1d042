"""End to end in a real terminal: the installed command in tmux, typed into, read back from disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.storage.toml_format import load_session

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
COMMAND = Path(sys.executable).parent / "interne-klanten"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    """A private tmux server (its own socket), so a test never touches the user's sessions."""

    def __init__(self, socket: str) -> None:
        self.base = ["tmux", "-L", socket]

    def run(self, *args: str) -> str:
        return subprocess.run(
            [*self.base, *args], check=True, capture_output=True, text=True
        ).stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "app")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", "-t", "app", key)
            time.sleep(0.15)

    def wait_for(self, text: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} did not appear; the screen shows:\n{self.screen()}")


@pytest.fixture
def tmux(tmp_path):
    server = Tmux(f"ik-test-{os.getpid()}")
    yield server
    subprocess.run([*server.base, "kill-server"], capture_output=True)


def test_type_a_need_and_an_action_and_find_them_on_disk(tmux, tmp_path):
    assert COMMAND.exists(), f"the installed command is missing: {COMMAND}"
    session_file = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, session_file)
    tmux.run(
        "new-session", "-d", "-s", "app", "-x", "100", "-y", "30",
        f"cd {tmp_path} && TERM=xterm-256color {COMMAND} {session_file.name}; sleep 5",
    )  # fmt: skip
    tmux.wait_for("Stap 1: Aanvraag/opname")
    # a need: n, what, tab, when, enter
    tmux.keys("n", "Foto's in de app", "Tab", "direct", "Enter")
    tmux.wait_for("Foto's in de app")
    # an action about it: a, what, tab, who (completed), tab, due, enter
    tmux.keys("a", "Fotoknop bouwen", "Tab", "Erik", "Tab", "15-12-2026", "Enter")
    tmux.wait_for("Fotoknop bouwen")
    tmux.wait_for("opgeslagen")
    saved = load_session(session_file)
    need = saved.steps[0].needs[-1]
    assert (need.what, need.when) == ("Foto's in de app", "direct")
    action = saved.actions[-1]
    assert (action.what, action.who, action.about, action.due.isoformat()) == (
        "Fotoknop bouwen",
        "Erik Smit",
        need.id,
        "2026-12-15",
    )
    tmux.keys("C-q")
    deadline = time.monotonic() + 10
    while "Stap 1" in tmux.screen() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "Stap 1" not in tmux.screen()
