"""The new-session dialog starts from a built-in chain or like another session in the folder."""

from __future__ import annotations

import shutil

from tests.app.helpers import FOLLOW_UP, TODAY, start_screen_listed, typing
from tests.support import until
from tui.app.app import InterneKlantenApp
from tui.app.screens.meeting import MeetingScreen
from tui.core.chain import CHAINS
from tui.storage.toml_format import load_session

SIZE = (120, 35)


async def make(folder, *chain_keys: str) -> None:
    app = InterneKlantenApp(folder=folder, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        # organisation, date, title, then the chain (a list: enter opens it), then "Aanmaken"
        await pilot.press("n", *typing("Korst"), "tab", "tab", "tab", *chain_keys, "tab", "enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen))


async def test_a_built_in_chain_from_the_dialog(tmp_path):
    await make(tmp_path, "enter", "down", "down", "enter")  # the third: bakkerij
    saved = load_session(tmp_path / f"{TODAY.isoformat()}-korst.toml")
    assert [s.id for s in saved.steps] == [step_id for step_id, _ in CHAINS["bakkerij"].steps]


async def test_like_a_session_in_the_folder(tmp_path):
    shutil.copy(FOLLOW_UP, tmp_path / FOLLOW_UP.name)
    other = load_session(FOLLOW_UP)
    await make(tmp_path, "enter", "end", "enter")  # the last choice: like the session file
    saved = load_session(tmp_path / f"{TODAY.isoformat()}-korst.toml")
    assert saved.meeting.organisation == "Korst"
    assert [(s.id, s.people) for s in saved.steps] == [(s.id, s.people) for s in other.steps]
    assert [p.name for p in saved.participants] == [p.name for p in other.participants]
    assert not saved.actions and not any(step.item_count() for step in saved.steps)


async def test_the_dialog_offers_only_valid_sessions_and_fits_80x24(tmp_path):
    from textual.widgets import Button, Select

    from tui.app.screens.new_session import LIKE, NewSessionDialog

    shutil.copy(FOLLOW_UP, tmp_path / FOLLOW_UP.name)
    (tmp_path / "2026-12-01-kapot.toml").write_text("[meeting\n", encoding="utf-8")
    app = InterneKlantenApp(folder=tmp_path, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screen_listed(pilot)
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, NewSessionDialog))
        await pilot.pause()
        dialog = app.screen
        offered = [value for _label, value in dialog.query_one("#chain", Select)._options]
        assert f"{LIKE}{FOLLOW_UP.name}" in offered
        assert f"{LIKE}2026-12-01-kapot.toml" not in offered
        # both buttons whole on the screen, without scrolling
        for button in dialog.query(Button):
            region = button.region
            assert region.height and region.y >= 0 and region.bottom <= 24, button.id
        await pilot.press(*typing("Korst"), "tab", "tab", "tab", "enter", "end", "enter")
        await pilot.click("#create")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen))
    saved = load_session(tmp_path / f"{TODAY.isoformat()}-korst.toml")
    other = load_session(FOLLOW_UP)
    assert [s.id for s in saved.steps] == [s.id for s in other.steps]
