"""A session made in the app's new-session dialog starts a series of its own (issue 15): the file
it writes has a fresh ``meeting.series``, and a second one, of the same firm, another."""

from __future__ import annotations

from tests.app.helpers import TODAY, start_screen_listed, typing
from tests.support import until
from tui.app.app import InterneKlantenApp
from tui.app.screens.meeting import MeetingScreen
from tui.core.model import SERIES_PATTERN
from tui.storage.toml_format import load_session

SIZE = (120, 35)


async def new_session_in(folder) -> str:
    app = InterneKlantenApp(folder=folder, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        await pilot.press("n", *typing("Korst"), "enter", "enter", "enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen))
    path = folder / f"{TODAY.isoformat()}-korst.toml"
    return load_session(path).meeting.series


async def test_the_new_session_dialog_gives_a_fresh_series(tmp_path):
    first = await new_session_in(tmp_path / "a")
    second = await new_session_in(tmp_path / "b")
    for series in (first, second):
        assert SERIES_PATTERN.match(series) and series.startswith(f"{TODAY.isoformat()}-")
    assert first != second
