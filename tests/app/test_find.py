"""Find (ctrl+f, or "Zoeken" in the palette): type a word, choose a hit, land on it."""

from __future__ import annotations

from tests.app.helpers import typing
from tui.app.screens.actions import ActionsScreen
from tui.app.screens.closing import ClosingScreen
from tui.app.screens.find import FindDialog
from tui.app.screens.workshop import WorkshopScreen
from tui.app.widgets.item_section import ItemSection

SIZE = (120, 35)


def section(app, kind: str) -> ItemSection:
    return app.screen.query_one(f"#section-{kind}", ItemSection)


async def test_find_a_need_in_another_step_and_jump_to_it(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+f", *typing("LEIDINGLOOP"))
        dialog = app.screen
        assert isinstance(dialog, FindDialog)
        assert [(h.kind, h.key) for h in dialog.hits] == [("needs", "n10")]
        await pilot.press("enter")
        assert isinstance(app.screen, WorkshopScreen)
        assert app.screen.current == 2  # Planning
        assert app.focused is section(app, "needs").grid
        assert section(app, "needs").current_key() == "n10"


async def test_choose_among_hits_with_the_arrows(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+f", *typing("een keer"))  # r1 and a3: "in één keer"
        hits = [(h.kind, h.key) for h in app.screen.hits]
        assert hits[:2] == [("asks", "r1"), ("actions", "a3")]
        await pilot.press("down", "down", "enter")  # into the list, the second hit
        assert isinstance(app.screen, WorkshopScreen)
        assert app.focused is section(app, "actions").grid
        assert section(app, "actions").current_key() == "a3"


async def test_find_from_the_palette_an_expectation_and_the_closing_round(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *typing("zoeken"), "enter")
        assert isinstance(app.screen, FindDialog)
        await pilot.press(*typing("factuur zonder verrassingen"), "enter")
        assert app.screen.on_customer
        assert section(app, "expectations").current_key() == "e4"

        await pilot.press("ctrl+f", *typing("echt beter"), "enter")
        assert isinstance(app.screen, ClosingScreen)
        await pilot.pause()
        assert app.screen.section.current_key() == "f3"

        # from another screen: back to the workshop first; an action of no step opens the list
        await pilot.press("ctrl+f", *typing("a17"), "enter")
        assert isinstance(app.screen, ActionsScreen)
        assert app.screen.section.current_key() == "a17"


async def test_nothing_found_says_so_and_escape_closes(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+f", *typing("xyzzy"))
        assert app.screen.hits == []
        assert "xyzzy" in str(app.screen.query_one("#find-count").render())
        await pilot.press("enter")  # nothing to jump to: the dialog stays
        assert isinstance(app.screen, FindDialog)
        await pilot.press("escape")
        assert isinstance(app.screen, WorkshopScreen) and app.screen.current == 0
