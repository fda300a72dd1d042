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
        x = text.index("palette")
        await pilot.click(KeyBar, offset=(x, 0))
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
