"""The series screen (from the palette and from the start screen) and the start screen's overview
columns and sorting, driven with Pilot."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

from rich.console import Console
from textual.command import CommandInput, CommandPalette
from textual.widgets import DataTable

from tests.app.helpers import ROOT, TODAY, make_app, settle, start_screen_listed
from tests.series_factory import make_series
from tests.support import until
from tui.app.app import InterneKlantenApp
from tui.app.screens.series import SeriesScreen
from tui.app.screens.start import StartScreen
from tui.core.compare import Kept
from tui.storage.toml_format import load_session

SIZE = (120, 35)
THIRD = "2027-02-25-installatiebedrijf-van-dijk-zn.toml"


def shipped(tmp_path: Path) -> Path:
    folder = tmp_path / "sessions"
    folder.mkdir()
    for example in (ROOT / "sessions").glob("*.toml"):
        shutil.copy(example, folder / example.name)
    return folder


def shown_text(screen) -> str:
    """What the screen shows, as plain text (its renderables at the screen's width)."""
    console = Console(width=118, file=io.StringIO(), color_system=None, legacy_windows=False)
    for part in screen.parts:
        console.print(part)
    return console.file.getvalue()


async def open_from_palette(pilot) -> None:
    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
    pilot.app.screen.query_one(CommandInput).value = "Reeks"
    await pilot.pause(0.3)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, SeriesScreen))
    await until(pilot, lambda: pilot.app.screen.series is not None)


async def test_the_series_of_the_open_session_from_the_palette(tmp_path):
    folder = shipped(tmp_path)
    app = make_app(folder / THIRD)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_from_palette(pilot)
        screen = app.screen
        series = screen.series
        assert [m.file.name for m in series.meetings] == sorted(p.name for p in folder.iterdir())
        assert [m.kept for m in series.meetings] == [
            None,
            Kept(done=7, due=10, on_time=4),
            Kept(done=12, due=14, on_time=7),
        ]
        text = shown_text(screen)
        assert "Reeks: Installatiebedrijf Van Dijk & Zn." in text
        assert "12/14 86%" in text and "Wat terugkomt" in text and "c14" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, SeriesScreen)


async def test_the_series_counts_what_was_just_typed_before_the_save(tmp_path):
    """The open session as the app holds it: an action marked done a moment ago counts."""
    folder = shipped(tmp_path)
    app = make_app(folder / THIRD)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.editor.complete_action("a6", date(2027, 2, 20))
        await open_from_palette(pilot)
        last = app.screen.series.meetings[-1]
        assert last.kept == Kept(done=13, due=14, on_time=7)  # a6 done, late
        assert last.register.overdue == 1
        await settle(pilot)
    assert load_session(folder / THIRD).action("a6").status == "done"


async def test_the_series_from_the_start_screen_with_a_problem(tmp_path):
    folder = tmp_path / "sessions"
    paths = make_series(folder, 4)
    paths[1].write_text(paths[1].read_text(encoding="utf-8").replace("organisation", "organisatie"))
    app = InterneKlantenApp(folder=folder, today=date(2027, 9, 1))
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        screen = app.screen
        assert isinstance(screen, StartScreen)
        assert screen.listed[0].path == paths[-1]  # newest first
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, SeriesScreen))
        await until(pilot, lambda: app.screen.series is not None)
        series = app.screen.series
        assert [m.file.name for m in series.meetings] == [p.name for p in paths]
        assert [p.kind for p in series.problems] == ["unreadable"]
        text = shown_text(app.screen)
        assert "geen geldige sessie" in text and "onleesbaar" in text and "4/5 80%" not in text
        assert "6/7 86%" in text  # the last meeting, compared with the one before it
        # the meeting after the broken one is compared with nothing (not with the one before it)
        flat = " ".join(text.split())
        assert "2/3 67%" not in text and "nagekomen en nieuw zijn niet te bepalen" in flat


async def test_the_start_screen_shows_the_overview_columns_and_sorts(tmp_path):
    folder = tmp_path / "sessions"
    jansen = make_series(folder, 3)  # meetings 03-09-2026, 03-12-2026, 04-03-2027
    make_series(folder, 2, organisation="Aannemer Bakker")  # 03-09-2026, 03-12-2026
    (folder / "2026-10-01-kapot.toml").write_text("format = 1\n[meeting\n")
    app = InterneKlantenApp(folder=folder, today=date(2027, 6, 1))
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        screen = app.screen
        assert isinstance(screen, StartScreen)
        table = screen.query_one(DataTable)

        def row(name: str) -> list[str]:
            index = [e.path.name for e in screen.listed].index(name)
            return [str(getattr(c, "plain", c)) for c in table.get_row_at(index)]

        last = row(jansen[-1].name)
        # follow-up 03-06-2027 not passed on 01-06-2027; 3 open (C, X2, Y2), all overdue by now
        assert last[3:7] == ["03-06-2027", "3", "3", "4/5 80%"]
        # an earlier meeting counts overdue to its own date: only C at 03-12-2026
        assert row(jansen[1].name)[4:6] == ["3", "1"]
        bakker_last = row("2026-12-03-aannemer-bakker.toml")
        assert bakker_last[3] == "04-03-2027 te laat"  # the latest of its series, and passed
        assert row(jansen[1].name)[3] == "04-03-2027"  # not the latest: a later meeting followed
        assert row("2026-10-01-kapot.toml")[2] == "FOUT"
        # the broken file's row names the file first, then its problem
        assert row("2026-10-01-kapot.toml")[1].startswith("2026-10-01-kapot.toml\n")
        # the reference day is stated, as the overview states it
        assert "te laat geteld tot 01-06-2027" in str(screen.query_one("#start-title").render())
        orders = {}
        for sort in ("organisation", "follow_up", "open_actions", "overdue", "kept", "date"):
            await pilot.press("s")
            await pilot.pause()
            assert screen.sort == sort
            assert sort_word(sort) in str(screen.query_one("#start-title").render())
            orders[sort] = [e.path.name for e in screen.listed]
        assert orders["organisation"][:2] == [
            "2026-12-03-aannemer-bakker.toml",
            "2026-09-03-aannemer-bakker.toml",
        ]
        assert orders["organisation"][-1] == "2026-10-01-kapot.toml"
        kept = [e.kept[0].percent if e.kept[0] else None for e in screen.listed]  # by date now
        by_kept = {e.path.name: (e.kept[0].percent if e.kept[0] else None) for e in screen.listed}
        assert [by_kept[name] for name in orders["kept"]] == [67, 67, 80, None, None, None]
        assert sorted(k for k in kept if k is not None) == [67, 67, 80]
        assert orders["follow_up"][0].startswith("2026-09-03")  # 03-12-2026, soonest
        assert orders["date"][0] == jansen[-1].name


def sort_word(sort: str) -> str:
    from tui.app.screens.start import _sort_name

    return _sort_name(sort)


async def test_a_click_on_a_heading_sorts_by_it(tmp_path):
    folder = tmp_path / "sessions"
    make_series(folder, 2)
    make_series(folder, 2, organisation="Aannemer Bakker")
    app = InterneKlantenApp(folder=folder, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        screen = app.screen
        table = screen.query_one(DataTable)
        table.post_message(
            DataTable.HeaderSelected(table, table.ordered_columns[1].key, 1, label=None)
        )
        await until(pilot, lambda: screen.sort == "organisation")
        assert screen.listed[0].session.meeting.organisation == "Aannemer Bakker"


async def test_back_to_the_sessions_from_a_file_opened_on_the_command_line(tmp_path):
    """``interne-klanten FILE``, then ctrl+p → Sessies: the start screen is pushed and lists the
    folder (it crashed: the reload came before the screen was composed)."""
    folder = shipped(tmp_path)
    app = make_app(folder / THIRD)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.action_sessions()
        await until(
            pilot,
            lambda: isinstance(app.screen, StartScreen) and bool(app.screen.query("#start-detail")),
        )
        await start_screen_listed(pilot)
        assert app.is_running
        names = [e.path.name for e in app.screen.listed]
        assert names == sorted((p.name for p in folder.iterdir()), reverse=True)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, SeriesScreen))
        await until(pilot, lambda: app.screen.series is not None)
        assert len(app.screen.series.meetings) == 3


async def test_the_start_screen_uses_the_overviews_figures(tmp_path):
    """One rule in one place: the latest meeting's row is the overview's row, also when the
    meeting before it is unreadable (kept not determinable, not compared with an older one) and
    when the last file of the series is broken (the last readable one counts to today)."""
    from tui.commands.overview import overview_rows
    from tui.reports.overview_report import kept_text

    folder = tmp_path / "sessions"
    paths = make_series(folder, 4)
    paths[2].write_text(paths[2].read_text(encoding="utf-8") + "this is = = bad\n")
    today = date(2027, 9, 1)
    app = InterneKlantenApp(folder=folder, today=today)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        screen = app.screen
        table = screen.query_one(DataTable)

        def row(name: str) -> list[str]:
            index = [e.path.name for e in screen.listed].index(name)
            return [str(getattr(c, "plain", c)) for c in table.get_row_at(index)]

        (overview,) = overview_rows([str(folder)], today)
        assert overview.last is not None and overview.last.name == paths[3].name
        assert row(paths[3].name)[3:7] == [
            "02-09-2027",  # follow-up not passed on 01-09-2027
            str(overview.open),
            str(overview.overdue),
            kept_text(overview),
        ]
        assert kept_text(overview) == "niet te bepalen"
        assert row(paths[1].name)[6] == "2/3 67%"  # compared with the readable one before it
    # the last file broken: the meeting before it is the latest readable, counted to today
    paths[3].write_text(paths[3].read_text(encoding="utf-8") + "this is = = bad\n")
    paths[2].write_text(paths[2].read_text(encoding="utf-8").replace("this is = = bad\n", ""))
    app = InterneKlantenApp(folder=folder, today=today)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        screen = app.screen
        (overview,) = overview_rows([str(folder)], today)
        assert overview.last is not None and overview.last.name == paths[2].name
        entry = next(e for e in screen.listed if e.path.name == paths[2].name)
        assert entry.overdue_count(today) == overview.overdue
        assert entry.follow_up_late(today) == overview.follow_up_overdue is True
