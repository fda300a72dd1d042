"""The series screen of the shipped example series (three meetings), at 80x24 and 120x35, and the
start screen sorted by agreements kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.app.helpers import ROOT, TODAY
from tests.support import until
from tui.app.app import InterneKlantenApp
from tui.app.screens.series import SeriesScreen

SIZES = [(80, 24), (120, 35)]
THIRD = "2027-02-25-installatiebedrijf-van-dijk-zn.toml"


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """The shipped examples, named relatively (as the CLI does)."""
    monkeypatch.chdir(tmp_path)
    sessions = Path("sessions")
    sessions.mkdir()
    for example in (ROOT / "sessions").glob("*.toml"):
        shutil.copy(example, sessions / example.name)
    return sessions


async def _series_shown(pilot) -> None:
    pilot.app.action_series()
    await until(pilot, lambda: isinstance(pilot.app.screen, SeriesScreen))
    await until(pilot, lambda: pilot.app.screen.series is not None)
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_series_screen(snap_compare, folder, size):
    app = InterneKlantenApp(folder=folder, path=folder / THIRD, today=TODAY)
    assert snap_compare(app, terminal_size=size, run_before=_series_shown)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_series_screen_scrolled_to_what_comes_back(snap_compare, folder, size):
    app = InterneKlantenApp(folder=folder, path=folder / THIRD, today=TODAY)
    assert snap_compare(app, terminal_size=size, run_before=_series_shown, press=["end"])


def test_start_screen_sorted_by_kept(snap_compare, folder):
    app = InterneKlantenApp(folder=folder, today=TODAY)
    assert snap_compare(app, terminal_size=(80, 24), press=["wait:300", *"sssss"])
