"""SIGTERM (a shutdown, ``kill``) and SIGHUP (a closed terminal window, a dropped SSH session):
the edits are saved before the app ends, and the exit status says a signal ended it (128 + the
signal's number, as a shell reports it: 143 and 129), also when everything was saved.

Each test types a need and sends the signal at once, well before the autosave would run.
"""

from __future__ import annotations

import signal
import time

import pytest

from tests.reliability.terminal import Terminal, copy_example, environment
from tui.storage.recovery import entries_for
from tui.storage.toml_format import load_session

pytestmark = pytest.mark.slow


def type_a_need(terminal: Terminal, what: str) -> None:
    terminal.wait_for("n Nieuw")
    mark = terminal.mark()
    terminal.keys("n")
    terminal.wait_for("Annuleren", since=mark)
    terminal.keys(what, "enter")
    time.sleep(0.05)  # the key reached the app; the autosave waits 0.3 s


@pytest.mark.parametrize("how", ["SIGTERM", "SIGHUP", "close the terminal"])
def test_a_signal_saves_the_edits_and_ends_with_128_plus_its_number(how, tmp_path, monkeypatch):
    monkeypatch.setenv("INTERNE_KLANTEN_STATE", str(tmp_path / "state"))  # to look at it here
    session = copy_example(tmp_path / "sessions")
    terminal = Terminal([session.name], cwd=session.parent, env=environment(tmp_path))
    try:
        type_a_need(terminal, "Na het signaal")
        if how == "close the terminal":
            terminal.hang_up()  # the kernel sends SIGHUP
        else:
            terminal.kill(getattr(signal, how))
        status = terminal.wait()
    finally:
        terminal.close()
    number = signal.SIGTERM if how == "SIGTERM" else signal.SIGHUP
    assert status == 128 + number
    assert load_session(session).steps[0].needs[-1].what == "Na het signaal"
    assert entries_for(session) == ([], [])  # saved, so no recovery copy is left
    if how == "SIGTERM":
        shown = terminal.text()
        assert "gestopt op verzoek van het systeem (SIGTERM)" in shown and "Alles staat in" in shown
        assert "Traceback" not in shown


def test_a_signal_while_the_file_cannot_be_written_leaves_a_recovery_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("INTERNE_KLANTEN_STATE", str(tmp_path / "state"))
    session = copy_example(tmp_path / "sessions")
    before = session.read_bytes()
    inject = tmp_path / "inject"
    inject.mkdir()
    (inject / "sitecustomize.py").write_text(
        "import errno\n"
        "def _refuse(*args, **kwargs):\n"
        "    raise OSError(errno.EROFS, 'Read-only file system')\n"
        "import tui.app.autosave\n"
        "tui.app.autosave.atomic_write = _refuse  # the session's folder is read-only\n"
    )
    env = environment(tmp_path, PYTHONPATH=str(inject))
    terminal = Terminal([session.name], cwd=session.parent, env=env)
    try:
        type_a_need(terminal, "Alleen in de kopie")
        terminal.kill(signal.SIGTERM)
        status = terminal.wait()
    finally:
        terminal.close()
    assert status == 128 + signal.SIGTERM
    assert session.read_bytes() == before
    (entry,), _ = entries_for(session)
    assert 'what = "Alleen in de kopie"' in entry.text
    assert "herstelkopie" in terminal.text()
