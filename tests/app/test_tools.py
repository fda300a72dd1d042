"""The facilitator's tools on the workshop screen, driven with keys on a copy of the example:
reorder (``ctrl+↑``/``ctrl+↓``, also ``shift+↑``/``shift+↓``), move to another step (``m`` and a
digit), the links between actions and what they are about (``g``, the ``about`` field). Every
change is checked in the model and in the saved file, with its undo and redo."""

from __future__ import annotations

import pytest

from tests.app.helpers import make_app, on_disk, settle, typing
from tui import i18n
from tui.app.screens.actions import ActionsScreen
from tui.app.screens.dialogs import NumberedChoiceDialog
from tui.app.screens.workshop import WorkshopScreen
from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.item_section import ItemSection

SIZE = (120, 35)


def section(app, kind: str) -> ItemSection:
    return app.screen.query_one(f"#section-{kind}", ItemSection)


def ids(items) -> list[str]:
    return [item.id for item in items]


async def saved(pilot):
    await settle(pilot)
    disk, same = on_disk(pilot.app)
    assert same
    return disk


async def test_reorder_needs_actions_and_expectations_with_undo_and_redo(app):
    session = app.editor.session
    step = session.steps[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "ctrl+up")  # n2 goes first
        assert ids(step.needs) == ["n2", "n1", "n3", "n4"]
        assert section(app, "needs").current_key() == "n2"  # the cursor goes with it
        assert ids((await saved(pilot)).steps[0].needs) == ["n2", "n1", "n3", "n4"]
        await pilot.press("shift+down", "shift+down")  # the other keys do the same
        assert ids(step.needs) == ["n1", "n3", "n2", "n4"]
        await pilot.press("ctrl+z")
        assert ids(step.needs) == ["n1", "n2", "n3", "n4"]
        await pilot.press("ctrl+z")
        assert ids(step.needs) == ["n2", "n1", "n3", "n4"]
        await pilot.press("ctrl+y", "ctrl+y")
        assert ids(step.needs) == ["n1", "n3", "n2", "n4"]
        assert ids((await saved(pilot)).steps[0].needs) == ["n1", "n3", "n2", "n4"]

        # the step's actions: a1 goes after a2 among all action points
        actions = section(app, "actions")
        actions.grid.focus()
        actions.select("a1")
        await pilot.press("ctrl+down")
        assert ids(session.actions)[:3] == ["a2", "a1", "a3"]
        assert [row.key for row in actions.rows][:3] == ["a2", "a1", "a3"]
        assert ids((await saved(pilot)).actions)[:3] == ["a2", "a1", "a3"]
        await pilot.press("ctrl+z")
        assert ids(session.actions)[:3] == ["a1", "a2", "a3"]
        await pilot.press("ctrl+y")
        assert ids(session.actions)[:3] == ["a2", "a1", "a3"]

        # the first need cannot go higher: nothing changes, no undo step
        section(app, "needs").grid.focus()
        section(app, "needs").select("n1")
        revision = app.editor.revision
        await pilot.press("ctrl+up")
        assert app.editor.revision == revision

        # the external customer's expectations
        await pilot.press(str(len(session.steps) + 1), "down", "ctrl+up")
        first, second = "Volgens afspraak", "Werk naar tevredenheid"
        assert session.customer.expectations[:2] == [first, second]
        assert (await saved(pilot)).customer.expectations[:2] == [first, second]
        assert section(app, "expectations").current_key() == "e1"
        await pilot.press("ctrl+z")
        assert session.customer.expectations[:2] == [second, first]
        await pilot.press("ctrl+y")
        assert session.customer.expectations[:2] == [first, second]


async def test_move_a_need_to_another_step_keeps_its_action(app):
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("m")  # on n1, whose action a1 is about it
        assert isinstance(app.screen, NumberedChoiceDialog)
        await pilot.press("3")
        assert isinstance(app.screen, WorkshopScreen)
        planning = session.step("planning")
        assert "n1" not in ids(session.steps[0].needs)
        assert ids(planning.needs)[-1] == "n1"
        a1 = session.action("a1")
        assert (a1.about, a1.step) == ("n1", "planning")
        disk = await saved(pilot)
        assert ids(disk.step("planning").needs)[-1] == "n1"
        assert (disk.action("a1").about, disk.action("a1").step) == ("n1", "planning")
        assert app.screen.current == 0  # the facilitator stays where the group is

        await pilot.press("ctrl+z")
        assert ids(session.steps[0].needs) == ["n1", "n2", "n3", "n4"]
        assert (a1.about, a1.step) == ("n1", "aanvraag")
        assert ids((await saved(pilot)).steps[0].needs) == ["n1", "n2", "n3", "n4"]
        await pilot.press("ctrl+y")
        assert ids(planning.needs)[-1] == "n1" and a1.step == "planning"
        assert (await saved(pilot)).action("a1").step == "planning"

        # the step it is in cannot be chosen; escape changes nothing
        section(app, "needs").select("n2")
        revision = app.editor.revision
        await pilot.press("m", "1")
        assert isinstance(app.screen, NumberedChoiceDialog)
        await pilot.press("escape")
        assert app.editor.revision == revision and "n2" in ids(session.steps[0].needs)


async def test_move_an_action_to_another_step_from_the_list(app):
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        actions = section(app, "actions")
        actions.grid.focus()
        actions.select("a2")
        await pilot.press("m", "down", "down", "enter")  # the list: 2 is first, then 3, then 4
        assert session.action("a2").step == "uitvoering"
        assert session.action("a2").about == "n4"
        assert (await saved(pilot)).action("a2").step == "uitvoering"
        await pilot.press("ctrl+z")
        assert session.action("a2").step == "aanvraag"
        await pilot.press("ctrl+y")
        assert (await saved(pilot)).action("a2").step == "uitvoering"


async def test_g_jumps_between_an_action_and_what_it_is_about(app):
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # the needs table shows each need's actions under its id, the actions table the need
        needs, actions = section(app, "needs"), section(app, "actions")
        assert next(r for r in needs.rows if r.key == "n1").id_text == "n1\n→a1"
        a2 = next(r for r in actions.rows if r.key == "a2")
        assert a2.values["about"] == "n4"
        assert a2.shown["about"].startswith("n4 Bijzonderheden van de woning")

        section(app, "needs").select("n4")
        await pilot.press("g")
        assert app.focused is actions.grid and actions.current_key() == "a2"
        await pilot.press("g")
        assert app.focused is needs.grid and needs.current_key() == "n4"

        # an action in another step: the screen goes there
        section(app, "needs").select("n3")  # n3 has no action: says so, stays
        await pilot.press("g")
        assert app.focused is needs.grid
        app.editor.action_from_item("n18", what="Tweede actie", who="Ruud Verhoef")
        await pilot.press("2")  # calculatie: n18 has a16 and the new a18
        section(app, "needs").select("n18")
        await pilot.press("g")
        assert isinstance(app.screen, NumberedChoiceDialog)
        await pilot.press("2")
        assert app.focused is section(app, "actions").grid
        assert section(app, "actions").current_key() == "a18"

        # from the list of all actions: back to the workshop, on the need
        await pilot.press("A")
        assert isinstance(app.screen, ActionsScreen)
        app.screen.section.select("a9")
        await pilot.press("g")
        assert isinstance(app.screen, WorkshopScreen)
        assert app.screen.current == 3 and section(app, "needs").current_key() == "n13"
        assert session.action("a9").about == "n13"


async def test_about_is_set_changed_and_emptied_in_the_form(app):
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        actions = section(app, "actions")
        actions.grid.focus()
        actions.select("a2")
        # to the about field (what, who, due, about), typed with completion: n2 + tab
        await pilot.press("enter", "tab", "tab", "tab", "ctrl+u", "n", "2")
        field = app.focused
        assert isinstance(field, CleanInput) and field.id == "field-about"
        await pilot.pause()
        await pilot.press("tab")  # takes the completion: "n2 Wensen van de klant ..."
        assert field.value.startswith("n2 Wensen van de klant")
        await pilot.press("enter")
        assert session.action("a2").about == "n2"
        assert (await saved(pilot)).action("a2").about == "n2"
        await pilot.press("ctrl+z")
        assert session.action("a2").about == "n4"
        await pilot.press("ctrl+y")
        assert session.action("a2").about == "n2"

        # something that is no item is refused, with what to type; nothing changes
        await pilot.press("enter", "tab", "tab", "tab", "ctrl+u", *typing("zz9"), "enter")
        assert actions.form_open
        error = str(actions.query_one(".form-error").render())
        assert "'zz9'" in error and "n3" in error
        assert session.action("a2").about == "n2"
        # empty: about nothing
        await pilot.press("ctrl+u", "enter")
        assert not actions.form_open
        assert session.action("a2").about == ""
        assert (await saved(pilot)).action("a2").about == ""
        row = next(r for r in actions.rows if r.key == "a2")
        assert row.shown["about"] == ""
        await pilot.press("ctrl+z")
        assert session.action("a2").about == "n2"


async def test_the_palette_offers_the_tools_for_the_row(app):
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "ctrl+p", *typing("volgorde eerder"), "enter")
        assert [n.id for n in session.steps[0].needs][:2] == ["n2", "n1"]
        await pilot.press("ctrl+p", *typing("verplaatsen"), "enter")
        assert isinstance(app.screen, NumberedChoiceDialog)
        await pilot.press("5")
        assert session.step("facturatie").needs[-1].id == "n2"
        assert (await saved(pilot)).step("facturatie").needs[-1].id == "n2"


async def test_a_closed_meeting_is_not_reordered_or_moved_but_links_are_followed(closed_file):
    from tests.app.helpers import make_app

    closed = closed_file
    app = make_app(closed)
    assert app.editor.read_only
    before = closed.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "ctrl+up", "shift+down", "m")
        assert isinstance(app.screen, WorkshopScreen)  # no step dialog
        first = section(app, "needs").rows[0].key
        linked = next(r.key for r in section(app, "needs").rows if "→" in r.id_text)
        section(app, "needs").select(linked)
        await pilot.press("g")
        assert app.focused is section(app, "actions").grid
        assert app.editor.session.steps[0].needs[0].id == first
        await pilot.press("ctrl+q")
    assert closed.read_bytes() == before


async def test_the_tools_keys_can_be_remapped(session_file):
    from tests.app.helpers import TODAY
    from tui.app.app import InterneKlantenApp
    from tui.config import Config

    keys = {"item.to_step": "v", "item.up": "ctrl+k", "app.find": "ctrl+o"}
    app = InterneKlantenApp(
        folder=session_file.parent, path=session_file, today=TODAY, config=Config(keys=keys)
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "ctrl+k")
        assert [n.id for n in app.editor.session.steps[0].needs][:2] == ["n2", "n1"]
        await pilot.press("v")
        assert isinstance(app.screen, NumberedChoiceDialog)
        await pilot.press("escape", "ctrl+o")
        from tui.app.screens.find import FindDialog

        assert isinstance(app.screen, FindDialog)


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_an_action_about_nothing_says_so_with_the_name_of_the_form_field(
    session_file, language
):
    i18n.set_language(language)
    app = make_app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        actions = section(app, "actions")
        actions.grid.focus()
        actions.select("a2")
        await pilot.press("enter", "tab", "tab", "tab")
        field = app.focused
        assert isinstance(field, CleanInput) and field.id == "field-about"
        name = field.placeholder  # what the form calls the field
        await pilot.press("ctrl+u", "enter")
        assert app.editor.session.action("a2").about == ""
        assert (await saved(pilot)).action("a2").about == ""
        await pilot.press("g")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert said and said[-1].startswith("a2 ")
        assert f"'{name}'" in said[-1]


def row_in_view(section: ItemSection) -> bool:
    """The cursor row of ``section`` is on the screen, inside the scrolling steps' area."""
    grid = section.grid
    rows = grid.ordered_rows
    top = grid.region.y + grid.header_height + sum(r.height for r in rows[: grid.cursor_row])
    area = section.screen.query_one("#sections").content_region
    return area.y <= top and top + rows[grid.cursor_row].height <= area.bottom


async def test_cancelling_an_action_form_goes_back_to_the_need_it_came_from(app):
    from tui.app.widgets.key_bar import KeyBar

    session = app.editor.session
    before = ids(session.actions)
    async with app.run_test(size=(80, 24)) as pilot:  # the form scrolls the screen
        await pilot.pause()
        needs = section(app, "needs")
        # one burst: an action form for n2, cancelled; then on to n3 and an action about it
        await pilot.press("down", "a", "escape", "down", "a", *typing("Bel terug"), "enter")
        await pilot.pause()
        new = [a for a in session.actions if a.id not in before]
        assert [(a.what, a.about) for a in new] == [("Bel terug", "n3")]
        actions = section(app, "actions")
        assert app.focused is actions.grid and actions.current_key() == new[0].id  # stored
        disk = await saved(pilot)
        assert [(a.what, a.about) for a in disk.actions if a.id not in before] == [
            ("Bel terug", "n3")
        ]
        # escape lands on the need, not on the actions' "+ nieuw" row
        needs.grid.focus()
        needs.select("n4")
        await pilot.press("a", "escape")
        assert app.focused is needs.grid and needs.current_key() == "n4"
        assert not actions.form_open
        await pilot.pause()
        assert row_in_view(needs)  # the form had scrolled the screen down to the actions

        # the "+ nieuw" row has nothing to make an action of: no "a" there
        bar = app.screen.query_one(KeyBar)
        assert "Actie hiervan" in bar.render().plain
        needs.grid.move_cursor(row=len(needs.rows))
        await pilot.pause()
        assert needs.current_key() is None
        assert "Actie hiervan" not in bar.render().plain
        await pilot.press("a")
        assert not section(app, "actions").form_open
        assert ids(session.actions) == ids(disk.actions)
