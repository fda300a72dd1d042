"""The command palette in the app's language.

Textual's palette and its system commands speak English ("Search for commands…", "Theme",
"Quit", "Keys", …). The app opens the palette with its own placeholder and "no matches" line
(:class:`~tui.app.textual_internals.TranslatedCommandPalette`), and gives each of Textual's system
commands a title and help from the catalogue; a system command a later Textual adds, which has no
text here yet, keeps its English title (``tests/app/test_palette.py`` fails on it).
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import SystemCommand
from textual.theme import ThemeProvider

from tui.app.textual_internals import TranslatedCommandPalette
from tui.i18n import t

# Textual's (title, help) -> the catalogue key of the title; its help is key + ".help".
SYSTEM_COMMANDS = {
    ("Theme", "Change the current theme"): "palette.theme",
    ("Quit", "Quit the application as soon as possible"): "palette.quit",
    ("Keys", "Hide the keys and widget help panel"): "palette.keys_hide",
    ("Keys", "Show help for the focused widget and a summary of available keys"): "palette.keys",
    ("Minimize", "Minimize the widget and restore to normal size"): "palette.minimize",
    ("Maximize", "Maximize the focused widget"): "palette.maximize",
    ("Screenshot", "Save an SVG 'screenshot' of the current screen"): "palette.screenshot",
}


def translated(commands: Iterable[SystemCommand]) -> Iterable[SystemCommand]:
    """Textual's system commands with the titles and help of the catalogue."""
    for command in commands:
        key = SYSTEM_COMMANDS.get((command.title, command.help))
        yield command._replace(title=t(key), help=t(key + ".help")) if key else command


def command_palette() -> TranslatedCommandPalette:
    return TranslatedCommandPalette(
        placeholder=t("palette.placeholder"),
        no_matches=t("palette.no_matches"),
        id="--command-palette",
    )


def theme_palette() -> TranslatedCommandPalette:
    return TranslatedCommandPalette(
        providers=[ThemeProvider],
        placeholder=t("palette.themes_placeholder"),
        no_matches=t("palette.no_matches"),
    )
