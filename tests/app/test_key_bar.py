"""The key bar along the bottom: it follows the focus, and a click on a key presses it."""

from __future__ import annotations

from tui.app.screens.help import HelpScreen
from tui.app.widgets.key_bar import KeyBar


def bar_text(app) -> str:
    return app.screen.query_one(KeyBar).render().plain


async def test_shows_the_keys_of_the_moment_and_follows_the_focus(app):
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        assert "Vorige stap" in text
        assert text.rstrip().endswith("F1 alle toetsen")
        assert len(text) == 120  # one line, the help key at the right edge
        await pilot.press("n")  # the form: escape cancels, and the bar says so
        assert bar_text(app).startswith(" esc Annuleren")
        await pilot.press("escape")
        assert "Annuleren" not in bar_text(app)


async def test_a_click_on_a_key_presses_it(app):
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        x = text.index("alle toetsen")
        await pilot.click(KeyBar, offset=(x, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_a_narrow_bar_keeps_the_help_key_and_drops_whole_keys(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        assert len(text) == 80 and text.rstrip().endswith("F1 alle toetsen")
        rule = text.index("▏")
        assert text[rule - 1] == " "  # no key cut off at the rule
        assert "Vorige sta" not in text  # a key that does not fit is left out whole


async def test_the_palette_key_shows_where_there_is_room_and_answers_a_click(app):
    from textual.command import CommandPalette

    async with app.run_test(size=(260, 35)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        x = text.index("Opdrachten")
        await pilot.click(KeyBar, offset=(x, 0))
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


def foreign_descriptions(app) -> list[str]:
    """What the key bars of the current screen show that is not a text of the catalogue in Dutch
    (Textual's own English descriptions, such as its 'palette', would be)."""
    from tui import i18n

    dutch = {i18n.text_of(key, "nl") for key in i18n.keys()}  # noqa: SIM118 (a module)
    shown: list[str] = []
    for bar in app.screen.query(KeyBar):
        keys, help_key = bar._keys()
        shown += [key.binding.description for key in [*keys, help_key] if key is not None]
    return [text for text in shown if text not in dutch]


async def test_no_key_bar_shows_a_description_that_is_not_from_the_catalogue(pair):
    from datetime import date

    from tests.app.helpers import start_screen_listed
    from tests.support import until
    from tui.app.app import InterneKlantenApp
    from tui.app.screens.start import StartScreen

    app = InterneKlantenApp(folder=pair.parent, today=date(2026, 11, 30))
    seen: dict[str, list[str]] = {}
    async with app.run_test(size=(260, 35)) as pilot:
        await start_screen_listed(pilot)
        seen["start"] = foreign_descriptions(app)
        await pilot.press("r")
        await until(pilot, lambda: type(app.screen).__name__ == "SeriesScreen")
        await pilot.pause()
        seen["series"] = foreign_descriptions(app)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, StartScreen))
        app.screen.query_one("DataTable").focus()
        await pilot.press("home", "enter")
        await until(pilot, lambda: type(app.screen).__name__ == "WorkshopScreen")
        await pilot.pause()
        seen["workshop"] = foreign_descriptions(app)
        workshop = app.screen
        for key in ("f2", "f3", "f4", "f5", "f6", "f7", "f8", "A", "ctrl+f"):
            await pilot.press(key)
            await pilot.pause()
            if key != "f4":  # the script is a panel on the workshop itself
                await until(pilot, lambda: app.screen is not workshop)
            seen[f"{key} {type(app.screen).__name__}"] = foreign_descriptions(app)
            while app.screen is not workshop:
                await pilot.press("escape")
                await pilot.pause()
        await pilot.press("f4")
    assert len(seen) == 12
    assert seen == {name: [] for name in seen}
