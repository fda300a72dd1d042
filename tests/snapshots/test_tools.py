"""What the facilitator's tools look like: the find dialog with its hits, and a step's action
table showing what each action is about (and a need its actions), at 80x24 and 120x35."""

from __future__ import annotations

import pytest

SIZES = [(80, 24), (120, 35)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_find_results(snap_compare, app, size):
    """``een keer`` finds "in één keer" (accents and case ignored), with each hit's step."""
    assert snap_compare(app, terminal_size=size, press=["ctrl+f", *"een keer"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_actions_table_shows_what_each_action_is_about(snap_compare, app, size):
    """Step 4 (Uitvoering): the actions with the need's id and first words; the needs above
    list their actions under their ids."""

    async def to_the_actions(pilot) -> None:
        await pilot.press("4")
        section = app.screen.query_one("#section-actions")
        section.grid.focus()
        section.select("a9")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=to_the_actions)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_move_to_step_dialog(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, press=["down", "m"])


def test_find_with_many_hits_at_80x24(snap_compare, app):
    """Many hits: the list scrolls inside the dialog, which keeps its hint in view."""
    assert snap_compare(app, terminal_size=(80, 24), press=["ctrl+f", *"de"])


def test_new_session_dialog_at_80x24(snap_compare, tmp_path, monkeypatch):
    """One line a field: the chain's steps and both buttons in view (a broken file in the folder
    is not offered as a chain to start from: tests/app/test_new_chain.py)."""
    import shutil
    from pathlib import Path

    from tests.app.helpers import FOLLOW_UP, TODAY, start_screen_listed
    from tests.support import until
    from tui.app.app import InterneKlantenApp
    from tui.app.screens.new_session import NewSessionDialog

    monkeypatch.chdir(tmp_path)
    folder = Path("sessions")  # the same title on every run
    folder.mkdir()
    shutil.copy(FOLLOW_UP, folder / FOLLOW_UP.name)
    (folder / "2026-12-01-kapot.toml").write_text("[meeting\n", encoding="utf-8")
    app = InterneKlantenApp(folder=folder, today=TODAY)

    async def open_the_dialog(pilot) -> None:
        await start_screen_listed(pilot)
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, NewSessionDialog))
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_the_dialog)
