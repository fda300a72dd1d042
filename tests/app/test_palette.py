"""The command palette speaks the app's language: its placeholder, its "no matches" line and
Textual's own system commands (Theme, Quit, Keys, Maximize, Screenshot) with their help."""

from __future__ import annotations

import pytest
from textual.command import CommandInput, CommandList, CommandPalette

from tests.app.helpers import make_app
from tests.support import until
from tui import i18n
from tui.app.palette import SYSTEM_COMMANDS

ENGLISH_TITLES = {title for title, _help in SYSTEM_COMMANDS}


def test_every_system_command_has_both_texts():
    for key in SYSTEM_COMMANDS.values():
        assert i18n.has(key) and i18n.has(key + ".help")


async def test_every_textual_system_command_is_translated(app):
    """In every state that changes the list: help panel shown or not, a widget maximized."""
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        seen = []
        for step in ("plain", "help panel", "maximized"):
            if step == "help panel":
                app.action_show_help_panel()
            elif step == "maximized":
                app.action_hide_help_panel()
                app.screen.action_maximize()
            await pilot.pause()
            commands = list(app.get_system_commands(app.screen))
            seen += [c.title for c in commands]
            # Textual's own commands all arrive (none dropped), none in English.
            assert not {c.title for c in commands} & ENGLISH_TITLES, step
        assert {"Thema", "Afsluiten", "Toetsenpaneel", "Schermafdruk"} <= set(seen)
        assert "Vergroten" in seen or "Verkleinen" in seen


@pytest.mark.parametrize(
    ("language", "placeholder", "nothing"),
    [("nl", "Zoek een opdracht…", "Niets gevonden"), ("en", "Search for commands…", "No matches")],
)
async def test_palette_placeholder_and_no_matches(session_file, language, placeholder, nothing):
    i18n.set_language(language)
    app = make_app(session_file)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette))
        field = app.screen.query_one(CommandInput)
        assert field.placeholder == placeholder
        await pilot.press(*"qqqxqqq")
        shown = app.screen.query_one(CommandList)

        def says_nothing_found() -> bool:
            prompts = [shown.get_option_at_index(i).prompt for i in range(shown.option_count)]
            return any(nothing in getattr(p, "renderable", p).plain for p in prompts)

        await until(pilot, says_nothing_found)
