"""The projector view (issue 14): long texts wrap whole, with the script panel open too, and a
closed meeting shows no editing affordances."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.helpers import FOLLOW_UP, make_app
from tui.storage.toml_format import dumps_session, load_session

LONG = (
    "Een volledige opname met alle maten, foto's van de meterkast, de ketelruimte en de "
    "leidingen, de bereikbaarheid van de zolder en een schets van de plattegrond, "
    "zodat calculatie niet terug hoeft naar de klant"
)


@pytest.fixture
def long_need_app(tmp_path: Path):
    session = load_session(FOLLOW_UP)
    need = session.steps[0].needs[0]
    need.what, need.when, need.why = LONG, "Binnen twee werkdagen", LONG
    path = tmp_path / FOLLOW_UP.name
    path.write_text(dumps_session(session), encoding="utf-8")
    return make_app(path)


def test_a_long_need_wraps_whole_at_80x24(snap_compare, long_need_app):
    assert snap_compare(long_need_app, terminal_size=(80, 24))


def test_the_script_panel_open_with_long_texts_at_120x35(snap_compare, app):
    assert snap_compare(app, terminal_size=(120, 35), press=["right", "right", "right", "f4"])


def test_a_closed_meeting_at_80x24(snap_compare, closed_app):
    assert snap_compare(closed_app, terminal_size=(80, 24))


@pytest.mark.parametrize("size", [(80, 24), (120, 35)], ids=["80x24", "120x35"])
def test_the_red_not_saved_line(snap_compare, app, monkeypatch, size):
    """A save that fails (a full disk): the status line turns red and says so, whole, wrapped
    at 80 columns rather than cut."""
    import errno

    from tests.app.burst import until_settled
    from tests.app.helpers import until
    from tui.app import autosave

    def full_disk(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(autosave, "atomic_write", full_disk)
    monkeypatch.setattr(autosave, "RETRY", 3600)  # no retry while the picture is taken

    async def a_need_that_cannot_be_saved(pilot):
        await pilot.press("n", *"Foto's van de meterkast", "enter")
        await until(pilot, lambda: app.saver.error)
        # The toast says it too; here the status line is pictured. ``notify`` posts a message,
        # so the toast is only there (and can be cleared) once the app has handled it; clearing
        # before that left it in the picture on a busy machine.
        await until(pilot, lambda: app.screen.query("Toast"))
        app.clear_notifications()
        await until(pilot, lambda: not app.screen.query("Toast"))
        await until_settled(pilot)  # the stored row scrolled into view (after the layout)
        await pilot.pause(0.1)

    assert snap_compare(app, terminal_size=size, run_before=a_need_that_cannot_be_saved)


@pytest.mark.parametrize("size", [(80, 24), (120, 35)], ids=["80x24", "120x35"])
def test_the_recovery_dialog(snap_compare, session_file, size):
    """Two copies of a run that stopped, each holding a need the file lacks; their times fixed
    (written without a zone, so shown as written on any machine; the first is from the app's
    today, shown as "vandaag")."""
    import re

    from tui.core import edits
    from tui.storage.recovery import RecoveryCopy, file_digest

    for what, written in (
        ("Foto's van de meterkast en de ketelruimte", "2026-11-30T14:05:09"),
        ("Bereikbaarheid van de zolder", "2026-11-27T10:41:00"),
    ):
        session = load_session(session_file)
        edits.add_item(session, session.steps[0].id, "needs", what)
        copy = RecoveryCopy(session_file)
        copy.write(dumps_session(session), file_digest(session_file.read_bytes()))
        text = copy.file.read_text(encoding="utf-8")
        copy.file.write_text(
            re.sub(r'^# written = ".*"$', f'# written = "{written}"', text, count=1, flags=re.M),
            encoding="utf-8",
        )
    assert snap_compare(make_app(session_file), terminal_size=size)
