"""An error while a screen redraws after an edit is not swallowed: the work is saved first, then
the crash handling reports it (Textual's Signal would only have logged it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.burst import burst, until_settled
from tui.app.screens.base import RefreshError
from tui.app.screens.workshop import WorkshopScreen
from tui.storage.toml_format import load_session

SIZE = (100, 30)


async def test_an_error_in_refresh_view_after_an_edit_reaches_the_crash_handling(
    app, session_file, state: Path, monkeypatch
):
    drawn = WorkshopScreen.refresh_view

    def refresh_view(self):
        drawn(self)
        if any(need.what == "boem" for need in self.session.steps[0].needs):
            raise ValueError("tekening mislukt")

    monkeypatch.setattr(WorkshopScreen, "refresh_view", refresh_view)
    with pytest.raises(RefreshError) as raised:
        async with app.run_test(size=SIZE) as pilot:
            await until_settled(pilot)
            await burst(pilot, "n", "boem", "enter")
            await pilot.pause()
    assert isinstance(raised.value.__cause__, ValueError)
    assert app.return_code == 1
    # saved before the report: the need is in the file
    assert load_session(session_file).steps[0].needs[-1].what == "boem"
    (report,) = sorted((state / "logs").glob("crash-*.txt"))
    text = report.read_text()
    assert "RefreshError" in text and "ValueError: tekening mislukt" in text
