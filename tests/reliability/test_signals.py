"""SIGTERM (a shutdown, ``kill``) and SIGHUP (a closed terminal window, a dropped SSH session):
the edits are saved before the app ends, and the exit status says a signal ended it (128 + the
signal's number, as a shell reports it: 143 and 129), also when everything was saved.

Each test types a need, waits until the app shows that it holds it ("opslaan…"), and sends the
signal. The autosave is held back for an hour in these runs (``AUTOSAVE_OFF``), so whatever is
saved was saved because of the signal, however slow the machine.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.reliability.terminal import AUTOSAVE_OFF, Terminal, copy_example, environment
from tui.storage.recovery import entries_for
from tui.storage.toml_format import load_session

pytestmark = pytest.mark.slow


def injected(tmp_path: Path, code: str = "") -> str:
    """A folder with a ``sitecustomize.py`` (run by the app's Python at start) holding ``code``."""
    folder = tmp_path / "inject"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(AUTOSAVE_OFF + code)
    return str(folder)


def type_a_need(terminal: Terminal, what: str) -> None:
    terminal.wait_for("n Nieuw")
    assert "sitecustomize" not in terminal.text()  # the injected code ran without an error
    mark = terminal.mark()
    terminal.keys("n")
    terminal.wait_for("Annuleren", since=mark)
    mark = terminal.mark()
    terminal.keys(what, "enter")
    terminal.wait_for("opslaan…", since=mark)  # the model holds the need; not saved yet


@pytest.mark.parametrize("how", ["SIGTERM", "SIGHUP", "close the terminal"])
def test_a_signal_saves_the_edits_and_ends_with_128_plus_its_number(how, tmp_path, monkeypatch):
    monkeypatch.setenv("INTERNE_KLANTEN_STATE", str(tmp_path / "state"))  # to look at it here
    session = copy_example(tmp_path / "sessions")
    before = session.read_bytes()
    env = environment(tmp_path, PYTHONPATH=injected(tmp_path))
    terminal = Terminal([session.name], cwd=session.parent, env=env)
    try:
        type_a_need(terminal, "Na het signaal")
        assert session.read_bytes() == before  # so the save below is the signal's
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
    inject = injected(
        tmp_path,
        "import errno\n"
        "def _refuse(*args, **kwargs):\n"
        "    raise OSError(errno.EROFS, 'Read-only file system')\n"
        "_autosave.atomic_write = _refuse  # the session's folder is read-only\n",
    )
    env = environment(tmp_path, PYTHONPATH=inject)
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
