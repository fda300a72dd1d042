"""The key line on every screen that matters in the room, at a laptop's and a projector's size:
the most important keys first, whole entries only, and ``F1 alle toetsen`` always at the right
edge, the way to every other key (the screens behind F2-F8 too)."""

from __future__ import annotations

import pytest

from tests.app.helpers import FOLLOW_UP, make_app
from tui.app.screens.help import HelpScreen
from tui.app.widgets.key_bar import KeyBar, fit_entries, key_label

SIZES = [(80, 24), (120, 35)]
SCREENS = {"workshop": [], "actions": ["A"], "meeting": ["f2"], "closing": ["f5"]}


def check_line(bar: KeyBar, width: int) -> str:
    text = bar.render().plain
    assert len(text) == width
    assert text.rstrip().endswith("▏ F1 alle toetsen")
    drawn = [(start, end, key) for start, end, key in bar._spans if start >= 0]
    for start, end, key in drawn:
        assert text[start:end].lstrip("▏") == f" {key.label} {key.binding.description} "  # whole
    # between the last whole entry and the F1 entry only blank room
    last = drawn[-2][1] if len(drawn) > 1 else 0
    assert text[last : text.index("▏")].strip() == ""
    return text


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", SCREENS)
async def test_whole_entries_and_the_help_key_on_every_screen(tmp_path, size, screen):
    path = tmp_path / FOLLOW_UP.name
    path.write_bytes(FOLLOW_UP.read_bytes())
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for key in SCREENS[screen]:
            await pilot.press(key)
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        text = check_line(bar, size[0])
        if screen != "workshop":
            assert "esc Terug" in text  # the way back comes first on the screens behind F-keys
        else:
            assert text.startswith(" ⏎ Bewerken  n Nieuw")
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = "\n".join(keys for keys, _ in app.screen.keys)
        for f_key in ("f2", "f3", "f5", "f6", "f7", "f8"):  # every other screen, from here too
            assert f_key in listed


async def test_a_wider_line_shows_more_keys_in_the_same_order(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        narrow = app.screen.query_one(KeyBar).render().plain
        await pilot.resize_terminal(160, 35)
        await pilot.pause()
        wide = app.screen.query_one(KeyBar).render().plain
    kept = narrow[: narrow.index("▏")].rstrip()
    assert wide.startswith(kept) and len(wide[: wide.index("▏")].rstrip()) > len(kept)
    assert "F1 alle toetsen" in wide


def test_entries_are_taken_whole_in_order_of_importance():
    assert fit_entries([10, 10, 10], 30) == 3
    assert fit_entries([10, 10, 10], 29) == 2
    assert fit_entries([10, 3, 3], 12) == 1  # a smaller, less important one does not jump ahead
    assert fit_entries([], 0) == 0
    assert key_label("f1") == "F1" and key_label("f12") == "F12" and key_label("fx") == "fx"
