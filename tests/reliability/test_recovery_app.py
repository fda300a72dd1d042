"""Recovery copies in the app: written a moment after each change, gone once the file holds the
same, and offered (never restored silently) when a session is opened and a copy holds more."""

from __future__ import annotations

import errno
import threading
import time
from pathlib import Path

from textual.widgets import OptionList

from tests.app.helpers import TODAY, make_app, on_disk, settle
from tests.reliability.conftest import until
from tui.app import autosave
from tui.app.app import InterneKlantenApp
from tui.app.screens.dialogs import ChoiceDialog
from tui.app.screens.recovery import RecoveryScreen
from tui.app.screens.start import StartScreen
from tui.app.screens.workshop import WorkshopScreen
from tui.core import edits
from tui.storage.recovery import RecoveryCopy, entries_for, file_digest
from tui.storage.toml_format import dumps_session, load_session

SIZE = (100, 30)


def recovered_version(path: Path, what: str, *, based_on: str | None = None) -> RecoveryCopy:
    """A copy as a crashed run would have left it: the file plus one need."""
    session = load_session(path)
    edits.add_item(session, session.steps[0].id, "needs", what)
    copy = RecoveryCopy(path)
    copy.write(
        dumps_session(session), file_digest(path.read_bytes()) if based_on is None else based_on
    )
    return copy


def needs(app) -> list[str]:
    return [need.what for need in app.editor.session.steps[0].needs]


async def test_each_change_is_in_the_recovery_copy_while_the_save_hangs(
    app, session_file, monkeypatch
):
    disk_back = threading.Event()
    real_write = autosave.atomic_write

    def slow_disk(path, data):  # a network drive that does not answer for a while
        disk_back.wait(10)
        real_write(path, data)

    monkeypatch.setattr(autosave, "atomic_write", slow_disk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "R", "1", "enter")
        await until(pilot, lambda: entries_for(session_file)[0])
        (entry,), _ = entries_for(session_file)
        assert 'what = "R1"' in entry.text
        assert "R1" not in session_file.read_text()
        disk_back.set()
        await until(pilot, lambda: not app.saver.dirty)
        assert on_disk(app)[1]
        assert entries_for(session_file) == ([], [])  # the file holds it: no copy left


async def test_a_copy_that_adds_nothing_is_removed_without_asking(session_file):
    copy = RecoveryCopy(session_file)
    copy.write(dumps_session(load_session(session_file)), "")
    app = make_app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WorkshopScreen)
        assert not copy.file.exists()


async def test_restore_puts_the_version_back_and_the_autosave_writes_it(session_file):
    before = session_file.read_bytes()
    copy = recovered_version(session_file, "Uit de herstelkopie")
    app = make_app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryScreen)
        detail = str(app.screen.query_one("#recovery-detail").render())
        assert "Uit de herstelkopie" in detail  # the changed line is shown
        assert session_file.read_bytes() == before  # nothing happened yet
        await pilot.press("r")
        await settle(pilot)
        assert needs(app)[-1] == "Uit de herstelkopie"
        saved, same = on_disk(app)
        assert same and saved.steps[0].needs[-1].what == "Uit de herstelkopie"
        assert not copy.file.exists()
        await pilot.pause(autosave.RECOVERY_MAX_DELAY)
        assert entries_for(session_file) == ([], [])


async def test_newest_first_and_any_version_can_be_chosen(session_file):
    older = recovered_version(session_file, "Oud")
    time.sleep(0.01)
    newer = recovered_version(session_file, "Nieuw")
    app = make_app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        versions = app.screen.query_one(OptionList)
        labels = [str(versions.get_option_at_index(i).prompt) for i in range(versions.option_count)]
        assert len(labels) == 2 and all("vandaag" in label or "-" in label for label in labels)
        assert [item.entry.file for item in app.screen.offered] == [newer.file, older.file]
        await pilot.press("down", "r")  # the older one
        await pilot.pause()
        assert needs(app)[-1] == "Oud"
        assert not older.file.exists() and newer.file.exists()  # the other is kept for next time


async def test_keep_the_file_asks_first_then_deletes_the_copies(session_file):
    before = session_file.read_bytes()
    copy = recovered_version(session_file, "Weg ermee")
    app = make_app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")  # not sure after all: back to the choice
        await pilot.pause()
        assert isinstance(app.screen, RecoveryScreen) and copy.file.exists()
        await pilot.press("k")
        await pilot.pause()
        assert app.screen.query_one("OptionList").highlighted == 1  # "cancel" comes first
        await pilot.press("up", "enter")  # "yes, delete"
        await pilot.pause()
        assert isinstance(app.screen, WorkshopScreen)
        assert not copy.file.exists()
        assert session_file.read_bytes() == before
        assert "Weg ermee" not in needs(app)


async def test_decide_later_changes_nothing(session_file):
    before = session_file.read_bytes()
    copy = recovered_version(session_file, "Later")
    app = make_app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, WorkshopScreen)
        assert copy.file.exists() and session_file.read_bytes() == before
    again = make_app(session_file)  # and next time it is offered again
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, RecoveryScreen)


async def test_a_file_changed_since_the_copy_is_kept_beside_it(session_file):
    copy = recovered_version(session_file, "Hersteld")
    outside = session_file.read_text().replace('title = "', 'title = "BUITEN ')
    session_file.write_text(outside)  # someone edited the file after the crash
    app = make_app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await settle(pilot)
        (kept,) = session_file.parent.glob("*-kopie-*.toml")
        assert kept.read_text() == outside
        assert load_session(session_file).steps[0].needs[-1].what == "Hersteld"
        assert not copy.file.exists()


async def test_the_copy_of_a_file_that_is_gone_writes_it_back(session_file):
    recovered_version(session_file, "Terug van weggeweest")
    session_file.unlink()
    app = InterneKlantenApp(folder=session_file.parent, recover=session_file, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryScreen)
        assert "bestaat niet meer" in app.screen.offered[0].summary
        await pilot.press("r")
        await pilot.pause()
        assert load_session(session_file).steps[0].needs[-1].what == "Terug van weggeweest"
        assert isinstance(app.screen, WorkshopScreen) and app.saver.path == session_file
        assert entries_for(session_file) == ([], [])


def test_the_command_line_offers_the_copy_of_a_missing_file(session_file, monkeypatch, capsys):
    from tui import cli

    recovered_version(session_file, "X")
    session_file.unlink()
    started = []
    monkeypatch.setattr(InterneKlantenApp, "run", lambda self: started.append(self._recover))
    assert cli.main([str(session_file)]) == 0
    assert started == [session_file]
    assert "herstelkopie" in capsys.readouterr().err
    (session_file.parent / "other.toml").unlink(missing_ok=True)
    assert cli.main([str(session_file.parent / "other.toml")]) == 1  # no copy: as before


async def test_opening_from_the_start_screen_offers_it_too(session_file):
    recovered_version(session_file, "Via start")
    app = InterneKlantenApp(folder=session_file.parent, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        app.open_session(session_file)
        await pilot.pause()
        assert isinstance(app.screen, RecoveryScreen)
        await pilot.press("r")
        await pilot.pause()
        assert needs(app)[-1] == "Via start"


async def test_a_failed_save_on_quit_leaves_a_copy_for_next_time(app, session_file, monkeypatch):
    def read_only(path, data):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(autosave, "atomic_write", read_only)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "Q", "enter")
        await pilot.press("ctrl+q")  # refused: not saved
        await pilot.press("ctrl+q")  # quits anyway
        await pilot.pause()
    (entry,), _ = entries_for(session_file)
    assert 'what = "Q"' in entry.text


async def test_the_text_of_a_change_is_made_once_for_the_copy_and_the_save(app, monkeypatch):
    """At 2,000 action points making the text costs tens of milliseconds on the UI thread: the
    recovery copy must not double it."""
    made = []
    real = autosave.dumps_session
    monkeypatch.setattr(autosave, "dumps_session", lambda session: made.append(1) or real(session))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "T", "enter")
        await settle(pilot)
        assert on_disk(app)[1]
        assert len(made) == 1
