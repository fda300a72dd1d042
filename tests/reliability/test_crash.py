"""An unhandled error: the work is kept, the terminal shows three short lines and nothing of the
session, the full report goes to a file, the exit status is 1. A worker that fails quietly is
reported too, and the app goes on.

The first tests drive the app with Pilot (an exception injected by replacing a method); the
last ones start the installed command in a pseudo-terminal with a ``sitecustomize`` module on
``PYTHONPATH`` that injects the exception (no test hook in the program), and read every byte it
wrote to the terminal. A control run with Textual's own handler shows that the check can fail.
"""

from __future__ import annotations

import asyncio
import errno
from pathlib import Path

import pytest
from textual.worker import WorkerFailed

from tests.app.helpers import make_app, settle
from tests.reliability.conftest import until
from tests.reliability.terminal import AUTOSAVE_OFF, Terminal, copy_example, environment
from tui.app import autosave, key_gate
from tui.app.app import InterneKlantenApp
from tui.app.autosave import AutoSaver
from tui.app.screens.recovery import RecoveryScreen
from tui.storage.recovery import entries_for
from tui.storage.toml_format import load_session

SIZE = (100, 30)


def crash_on_help(monkeypatch, *, break_model: bool = False) -> None:
    """F1 raises, with session text in a local variable and in the message (as real bugs do)."""

    def action_help(self):
        secret = self.editor.session.meeting.reason
        if break_model:  # an error in the middle of a change: the model is no valid session now
            self.editor.session.steps[0].id = "GEEN GELDIGE ID"
            self.editor._changed("half")
        raise RuntimeError(f"kapot bij {secret}")

    monkeypatch.setattr(InterneKlantenApp, "action_help", action_help)


def reports(state: Path) -> list[Path]:
    return sorted((state / "logs").glob("crash-*.txt"))


async def test_a_crash_saves_the_edits_writes_a_report_and_says_little(
    app, session_file, state, monkeypatch, capfd
):
    secret = app.editor.session.meeting.reason
    crash_on_help(monkeypatch)
    with pytest.raises(RuntimeError):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("n", "V", "enter")
            await pilot.press("escape", "f1")  # at once: before the autosave
            await pilot.pause()
    assert app.return_code == 1
    assert load_session(session_file).steps[0].needs[-1].what == "V"  # on disk
    assert entries_for(session_file) == ([], [])  # so no copy is needed
    (report,) = reports(state)
    text = report.read_text()
    assert "Traceback" in text and "RuntimeError: kapot bij" in text and "action_help" in text
    err = capfd.readouterr().err
    assert "onverwachte fout (RuntimeError)" in err and str(report) in err
    assert "Alles staat in" in err
    assert secret[:30] not in err and "Traceback" not in err and "kapot" not in err


async def test_a_crash_with_a_broken_model_keeps_the_file_and_a_copy(
    app, session_file, state, monkeypatch, capfd
):
    before = session_file.read_bytes()
    crash_on_help(monkeypatch, break_model=True)
    with pytest.raises(RuntimeError):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("escape", "f1")
            await pilot.pause()
    assert session_file.read_bytes() == before  # never a half-changed session in the real file
    (entry,), _ = entries_for(session_file)
    assert "GEEN GELDIGE ID" in entry.text
    assert "herstelkopie" in capfd.readouterr().err


async def test_a_crash_while_the_disk_refuses_leaves_a_copy_that_is_offered(
    app, session_file, monkeypatch
):
    def read_only(path, data):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(autosave, "atomic_write", read_only)
    crash_on_help(monkeypatch)
    with pytest.raises(RuntimeError):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("n", "W", "enter", "escape", "f1")
            await pilot.pause()
    monkeypatch.undo()
    (entry,), _ = entries_for(session_file)
    assert 'what = "W"' in entry.text
    again = make_app(session_file)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, RecoveryScreen)
        await pilot.press("r")
        await settle(pilot)
        assert load_session(session_file).steps[0].needs[-1].what == "W"


async def test_a_quiet_worker_failure_is_reported_and_the_app_goes_on(
    app, session_file, state, monkeypatch
):
    real, calls, notices = AutoSaver._write_file, [], []

    def buggy(self, data, revision):
        calls.append(revision)
        if len(calls) == 1:
            raise RuntimeError("een fout in het opslaan")
        return real(self, data, revision)

    monkeypatch.setattr(AutoSaver, "_write_file", buggy)
    monkeypatch.setattr(autosave, "RETRY", 0.3)
    async with app.run_test(size=SIZE) as pilot:
        real_notify = app.notify
        monkeypatch.setattr(
            app,
            "notify",
            lambda message, **kw: (notices.append(message), real_notify(message, **kw)),
        )
        await pilot.pause()
        await pilot.press("n", "B", "enter")
        await until(pilot, lambda: len(calls) >= 2 and not app.saver.dirty)
        assert app.is_running and app.return_code is None
        assert any("achtergrond (RuntimeError)" in notice for notice in notices)
        assert load_session(session_file).steps[0].needs[-1].what == "B"  # the retry saved it
    (report,) = reports(state)
    assert "een fout in het opslaan" in report.read_text() and "Traceback" in report.read_text()


async def test_a_crash_while_the_key_settles_ends_in_no_second_error(app, monkeypatch):
    """On a busy machine (CI) the settle after F1 was still waiting when F1's error had closed
    the app's screens; it then said "no longer busy" on a screen that was gone, and the
    terminal showed that error's traceback after the three short lines."""
    crash_on_help(monkeypatch)
    real_settle = key_gate.settle

    async def slow_settle(gated_app, limit=key_gate.LIMIT):
        if gated_app.is_running and not gated_app.return_code:
            return await real_settle(gated_app, limit)
        while gated_app.screen_stack:  # the crash: this settle outlasts the screens
            await asyncio.sleep(0.01)
        return True

    monkeypatch.setattr(key_gate, "settle", slow_settle)
    monkeypatch.setattr(key_gate, "BUSY_AFTER", 0)  # and it says "busy" while it waits
    with pytest.raises(RuntimeError):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("f1")
            await pilot.pause()
    assert app.return_code == 1
    await asyncio.wait_for(app._settle_task, 5)  # raises what the settle raised


async def test_a_loud_worker_failure_is_a_crash_with_the_workers_traceback(app, state, capfd):
    def failing_work():
        raise ValueError("in de achtergrond")

    with pytest.raises(WorkerFailed):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            worker = app.run_worker(failing_work, thread=True)  # exit_on_error: the app stops
            await until(pilot, lambda: worker.is_finished and not app.is_running)
    assert app.return_code == 1
    (report,) = reports(state)
    assert (
        "failing_work" in report.read_text()
        and "ValueError: in de achtergrond" in report.read_text()
    )
    assert "onverwachte fout (ValueError)" in capfd.readouterr().err


# --- the real command in a terminal ----------------------------------------------------------

INJECT = """
import os

def _inject():
    from tui.app.app import InterneKlantenApp

    def action_help(self):
        secret = self.editor.session.meeting.reason
        raise RuntimeError("kapot bij " + secret)

    InterneKlantenApp.action_help = action_help
    if os.environ.get("USE_TEXTUAL_HANDLER"):  # the control run: Textual's own handler
        from tui.app.crash import SafeExit

        del SafeExit._handle_exception

_inject()
"""


def crash_in_terminal(tmp_path: Path, *, textual_handler: bool) -> tuple[Terminal, Path, str]:
    inject = tmp_path / "inject"
    inject.mkdir()
    (inject / "sitecustomize.py").write_text(AUTOSAVE_OFF + INJECT)
    session = copy_example(tmp_path / "sessions")
    secret = load_session(session).meeting.reason
    env = environment(
        tmp_path, PYTHONPATH=str(inject), USE_TEXTUAL_HANDLER="1" if textual_handler else ""
    )
    terminal = Terminal([session.name], cwd=session.parent, env=env)
    try:
        terminal.wait_for("n Nieuw")
        assert "sitecustomize" not in terminal.text()  # the injected code ran without an error
        mark = terminal.mark()
        terminal.keys("n")
        terminal.wait_for("Annuleren", since=mark)
        mark = terminal.mark()
        terminal.keys("CRASHTEST", "enter")
        terminal.wait_for("opslaan…", since=mark)  # the model holds it; only the crash saves it
        terminal.wait_for("n Nieuw", since=mark)  # the form is closed: back on the table
        terminal.keys("f1")
        terminal.wait()
    finally:
        terminal.close()
    return terminal, session, secret


@pytest.mark.slow
def test_in_a_real_terminal_nothing_private_reaches_the_screen(tmp_path):
    terminal, session, secret = crash_in_terminal(tmp_path, textual_handler=False)
    shown = terminal.text()
    assert terminal.status == 1
    assert "Traceback" not in shown and secret[:25] not in shown and "kapot" not in shown
    assert "onverwachte fout (RuntimeError)" in shown
    assert "CRASHTEST" in session.read_text()
    (report,) = reports(tmp_path / "state")
    assert str(report) in shown.replace("\r\n", "")
    assert "Traceback" in report.read_text() and secret in report.read_text()


@pytest.mark.slow
def test_the_check_can_fail_textuals_own_handler_shows_the_session(tmp_path):
    terminal, _session, secret = crash_in_terminal(tmp_path, textual_handler=True)
    shown = terminal.text()
    assert "Traceback" in shown and "kapot bij" in shown and secret[:25] in shown


async def test_the_start_screen_reading_a_folder_it_cannot_is_reported(
    tmp_path, state, monkeypatch
):
    """Another quiet worker: listing the sessions folder."""
    from tui.app.screens import start

    def unreadable(folder):
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(start, "read_folder", unreadable)
    app = InterneKlantenApp(folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:

        def messages() -> list[str]:
            return [notification.message for notification in app._notifications]

        await until(pilot, lambda: any("achtergrond" in message for message in messages()))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        shown = messages()
    assert any("achtergrond (PermissionError)" in message for message in shown)
    assert "Permission denied" in reports(state)[0].read_text()


def test_old_reports_are_removed(state):
    from tui.app.crash import KEEP_REPORTS, write_report

    for _ in range(KEEP_REPORTS + 5):
        write_report(RuntimeError("x"), "none")
    assert len(reports(state)) == KEEP_REPORTS
