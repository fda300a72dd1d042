"""End to end in a real terminal: the installed command in tmux, typed into, read back from disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.reliability.terminal import environment
from tests.support import PATIENCE, require, wait_until
from tui.storage.toml_format import load_session

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
COMMAND = Path(sys.executable).parent / "interne-klanten"


class Tmux:
    """A private tmux server: its own socket (unique per test, so parallel workers and another
    person's test run never share one), no configuration file, the test's own environment."""

    def __init__(self, tmp_path: Path) -> None:
        self.socket = f"ik-test-{os.getpid()}-{uuid.uuid4().hex[:12]}"
        config = tmp_path / "tmux.conf"
        config.write_text("set -g remain-on-exit on\n")  # the screen stays readable at the end
        self.base = ["tmux", "-L", self.socket, "-f", str(config)]
        self.env = environment(tmp_path)

    def run(self, *args: str) -> str:
        return subprocess.run(
            [*self.base, *args], check=True, capture_output=True, text=True, env=self.env
        ).stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "app")

    def keys(self, *keys: str) -> None:
        """Send keys (tmux key names or literal text), at once: what comes next waits for what
        the screen shows, never for a fixed time."""
        for key in keys:
            self.run("send-keys", "-t", "app", key)

    def wait_for(self, *texts: str, gone: str = "", timeout: float = PATIENCE) -> str:
        """Until the screen shows every one of ``texts`` (and not ``gone``); returns it."""
        shown = ""

        def ready() -> bool:
            nonlocal shown
            shown = self.screen()
            return all(text in shown for text in texts) and not (gone and gone in shown)

        wait_until(ready, timeout, interval=0.1, message=lambda: f"the screen shows:\n{shown}")
        return shown

    def wait_for_line(self, *parts: str) -> None:
        """Until one line of the screen shows all of ``parts`` (a form's fields side by side)."""
        wait_until(
            lambda: any(all(part in line for part in parts) for line in self.screen().splitlines()),
            message=self.screen,
        )


@pytest.fixture
def tmux(tmp_path):
    require(shutil.which("tmux"), "tmux is not installed")
    require(COMMAND.exists(), f"the installed command is missing: {COMMAND}")
    server = Tmux(tmp_path)
    yield server
    subprocess.run([*server.base, "kill-server"], capture_output=True, env=server.env)


def test_type_a_need_and_an_action_and_find_them_on_disk(tmux, tmp_path):
    session_file = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, session_file)
    status = tmp_path / "status"  # the shell writes the exit status: tmux 3.3a does not always
    # reap a program that ended after its terminal closed (it stays a zombie, its status unknown)
    tmux.run(
        "new-session", "-d", "-s", "app", "-x", "100", "-y", "30", "-c", str(tmp_path),
        f"TERM=xterm-256color {COMMAND} {session_file.name}; echo $? > {status}.new"
        f" && mv {status}.new {status}",
    )  # fmt: skip
    tmux.wait_for("Stap 1: Aanvraag/opname", "n Nieuw")
    # a need: n, what, tab, when, enter
    tmux.keys("n")
    tmux.wait_for("Annuleren")
    tmux.keys("Foto's in de app", "Tab", "direct", "Enter")
    tmux.wait_for("Foto's in de app", "n Nieuw", gone="Annuleren")
    # an action about it: a, what, tab, who (completed from the participants), tab, due, enter
    tmux.keys("a")
    tmux.wait_for("Annuleren")
    tmux.keys("Fotoknop bouwen", "Tab", "Erik")
    tmux.wait_for_line("Fotoknop bouwen", "Erik Smit")  # the suggestion in the form; tab takes it
    tmux.keys("Tab", "15-12-2026", "Enter")
    tmux.wait_for("Fotoknop bouwen", "opgeslagen", gone="Annuleren")
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
    wait_until(status.exists, message=tmux.screen)
    assert status.read_text().strip() == "0"
    assert "Stap 1" not in tmux.screen()
