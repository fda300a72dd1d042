"""Saving without thinking about it: debounced autosave, failures that keep the edits, and a file
changed on disk that is never overwritten silently."""

from __future__ import annotations

import errno

from tests.app.helpers import on_disk, settle
from tests.support import until
from tui.app import autosave
from tui.app.screens.dialogs import ConflictDialog
from tui.app.widgets.status_line import StatusLine
from tui.storage.toml_format import load_session

SIZE = (100, 30)


def status_text(app) -> str:
    return str(app.screen.query_one(StatusLine).render())


async def test_every_change_reaches_the_disk_within_a_second(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "alles staat op schijf" in status_text(app)
        await pilot.press("n", "Z", "enter")
        await settle(pilot)
        _saved, same = on_disk(app)
        assert same
        assert "opgeslagen" in status_text(app)


async def test_a_failed_save_is_shown_retried_and_loses_nothing(app, monkeypatch):
    real_write = autosave.atomic_write
    calls = []

    def full_disk(path, data):
        calls.append(path)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(autosave, "atomic_write", full_disk)
    monkeypatch.setattr(autosave, "RETRY", 0.3)
    before = app.saver.path.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "F", "enter")
        await settle(pilot)
        assert calls
        assert "NIET OPGESLAGEN" in status_text(app)
        assert app.saver.path.read_bytes() == before  # old file intact
        assert app.editor.session.steps[0].needs[-1].what == "F"  # edit kept in memory

        monkeypatch.setattr(autosave, "atomic_write", real_write)
        await until(pilot, lambda: not app.saver.dirty)  # the next retry (RETRY, set above)
        await app.workers.wait_for_complete()
        await pilot.pause()
        saved, same = on_disk(app)
        assert same and saved.steps[0].needs[-1].what == "F"
        assert "opgeslagen" in status_text(app)


async def test_outside_change_is_not_overwritten_and_a_copy_can_be_kept(app):
    path = app.saver.path
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        outside = path.read_text().replace('title = "', 'title = "BUITEN ')
        path.write_text(outside)
        await pilot.press("n", "M", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)
        assert path.read_text() == outside  # untouched
        await pilot.press("k")
        await pilot.pause()
        copies = list(path.parent.glob("*-kopie-*.toml"))
        assert len(copies) == 1 and app.saver.path == copies[0]
        assert load_session(copies[0]).steps[0].needs[-1].what == "M"
        assert path.read_text() == outside
        # editing goes on in the copy
        await pilot.press("n", "N", "enter")
        await settle(pilot)
        assert load_session(copies[0]).steps[0].needs[-1].what == "N"


async def test_outside_change_can_be_reloaded(app):
    path = app.saver.path
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        outside = path.read_text().replace('title = "', 'title = "BUITEN ')
        path.write_text(outside)
        await pilot.press("n", "M", "enter")
        await settle(pilot)
        await pilot.press("r")
        await pilot.pause()
        assert app.editor.session.meeting.title.startswith("BUITEN ")
        assert all(need.what != "M" for need in app.editor.session.steps[0].needs)
        assert path.read_text() == outside
