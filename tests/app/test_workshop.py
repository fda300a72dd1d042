"""The workshop screen driven with keys and clicks; every change checked in the model and on
disk."""

from __future__ import annotations

from datetime import date

import pytest
from textual import events

from tests.app.burst import until_settled
from tests.app.helpers import FOLLOW_UP, make_app, on_disk, settle, typing
from tests.support import until
from tui.app.screens.workshop import WorkshopScreen
from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.item_section import ItemGrid, ItemSection

SIZE = (120, 35)


def screen(app) -> WorkshopScreen:
    assert isinstance(app.screen, WorkshopScreen)
    return app.screen


def section(app, kind: str) -> ItemSection:
    return app.screen.query_one(f"#section-{kind}", ItemSection)


async def test_opens_on_first_step_with_needs_focused(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert screen(app).current == 0
        assert isinstance(app.focused, ItemGrid) and app.focused.id == "grid-needs"
        # `n` starts capturing at once
        await pilot.press("n")
        assert isinstance(app.focused, CleanInput) and app.focused.id == "field-what"


async def test_walk_the_chain_with_keys_and_clicks(app):
    steps = len(app.editor.session.steps)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for expected in range(1, steps + 1):
            await pilot.press("right")
            assert screen(app).current == expected
        # past the last step: the external customer, with its expectations focused
        assert screen(app).on_customer
        assert app.focused.id == "grid-expectations"
        await pilot.press("right")  # stays at the end
        assert screen(app).current == steps
        await pilot.press("left")
        assert screen(app).current == steps - 1
        await pilot.press("3")
        assert screen(app).current == 2
        assert app.focused.id == "grid-needs"
        await pilot.click("#box-0")
        assert screen(app).current == 0
        await pilot.click(f"#box-{steps}")
        assert screen(app).on_customer


@pytest.mark.parametrize(
    ("kind", "typed", "expected"),
    [
        (
            "needs",
            ["Maten", "tab", "morgen", "tab", "zodat"],
            {"what": "Maten", "when": "morgen", "why": "zodat"},
        ),
        ("asks", ["Op tijd", "tab", "ma"], {"what": "Op tijd", "when": "ma"}),
        ("info", ["Mail"], {"what": "Mail"}),
    ],
)
async def test_add_edit_delete_undo_redo_item(app, kind, typed, expected):
    session = app.editor.session
    step = session.steps[1]
    before = len(step.items(kind))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("right")
        section(app, kind).grid.focus()
        await pilot.press("n", *typing(*typed), "enter")
        items = step.items(kind)
        assert len(items) == before + 1
        item = items[-1]
        assert {name: getattr(item, name) for name in expected} == expected
        await settle(pilot)
        saved, same = on_disk(app)
        assert same and saved.find_item(item.id)[2].what == expected["what"]

        # enter on the new row edits it
        section(app, kind).select(item.id)
        await pilot.press("enter", "home", "X", "enter")
        assert item.what == "X" + expected["what"]
        await settle(pilot)
        assert on_disk(app)[0].find_item(item.id)[2].what == "X" + expected["what"]

        # delete, undo, redo
        await pilot.press("delete")
        assert item.id not in {i.id for i in step.items(kind)}
        await pilot.press("ctrl+z")
        assert step.items(kind)[-1].what == "X" + expected["what"]
        await pilot.press("ctrl+y")
        assert len(step.items(kind)) == before
        await settle(pilot)
        saved, same = on_disk(app)
        assert same and item.id not in {i.id for _s, _k, i in saved.iter_items()}


async def test_add_action_with_date_and_name_completion(app):
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        section(app, "actions").grid.focus()
        await pilot.press("n", *"Bel", "tab", *"Sand", "tab", *"15-12", "enter")
        action = session.actions[-1]
        assert (action.what, action.who, action.due, action.step) == (
            "Bel",
            "Sandra Bos",
            date(2026, 12, 15),
            session.steps[0].id,
        )
        assert action.status == "open"
        await settle(pilot)
        saved, same = on_disk(app)
        assert same and saved.action(action.id).due == date(2026, 12, 15)

        # relative Dutch dates
        section(app, "actions").select(action.id)
        await pilot.press("enter", "tab", "tab", "ctrl+u", *"+2w", "enter")
        assert action.due == date(2026, 12, 14)


async def test_unreadable_date_is_an_error_on_the_field_never_text(app):
    session = app.editor.session
    count = len(session.actions)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        section(app, "actions").grid.focus()
        await pilot.press("n", "B", "tab", "tab", *"vlgnd wk", "enter")
        assert len(session.actions) == count  # nothing stored
        assert app.focused.id == "field-due" and app.focused.has_class("-invalid")
        error = section(app, "actions").query_one(".form-error").render()
        assert "niet herkend" in str(error)
        await pilot.press("escape")
        assert not section(app, "actions").form_open
        assert len(session.actions) == count


async def test_action_from_a_need_is_linked(app):
    session = app.editor.session
    need = session.steps[0].needs[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a", *"Doe", "enter")
        action = session.actions[-1]
        assert (action.about, action.step, action.what) == (need.id, session.steps[0].id, "Doe")
        await settle(pilot)
        assert on_disk(app)[0].action(action.id).about == need.id


async def test_external_customer_expectations(app):
    session = app.editor.session
    before = list(session.customer.expectations)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(str(len(session.steps) + 1), "n", *"Netjes", "enter")
        assert session.customer.expectations == [*before, "Netjes"]
        await pilot.press("delete")
        assert session.customer.expectations == before
        await pilot.press("ctrl+z")
        assert session.customer.expectations[-1] == "Netjes"
        await settle(pilot)
        assert on_disk(app)[0].customer.expectations == [*before, "Netjes"]


HOSTILE = ["[bold]x[/]", "[@click=app.quit]q[/]", ":warning:", "a [/ b \\"]


async def test_markup_typed_is_data(app):
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for text in HOSTILE:
            await pilot.press("n", *text, "enter")
        whats = [need.what for need in session.steps[0].needs[-len(HOSTILE) :]]
        assert whats == HOSTILE
        grid = section(app, "needs").grid
        shown = [grid.get_row_at(row)[1].plain for row in range(grid.row_count - 1)]
        assert shown[-len(HOSTILE) :] == HOSTILE
        await pilot.click("#grid-needs")  # clicking markup that says quit must not quit
        assert app.is_running


async def test_pasted_control_characters_and_lines_are_cleaned_and_joined(app):
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n")
        app.focused.post_message(events.Paste("een\x1b]0;titel\x07\r\ntwee\x9b2J"))
        await pilot.pause()
        await pilot.press("enter")
        assert session.steps[0].needs[-1].what == "een]0;titel twee2J"


async def test_markup_and_control_text_loaded_from_a_file_shows_literally(tmp_path):
    text = tmp_path / "x.toml"
    from tui.core.chain import new_session
    from tui.core.edits import add_item, set_people
    from tui.storage.toml_format import save_session

    session = new_session("[b]Firma[/b]", date(2026, 11, 1))
    add_item(session, "aanvraag", "needs", "[red]rood[/] :warning: [@click=app.quit]x[/]")
    set_people(session, "aanvraag", ["[link=file:///etc]Piet[/]"])
    save_session(session, text)
    raw = text.read_text().replace("rood", "ro\\u001b[2Jod")
    text.write_text(raw)
    app = make_app(text)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        grid = section(app, "needs").grid
        # the escape character is gone, the rest of the sequence is plain text
        assert grid.get_row_at(0)[1].plain == "[red]ro[2Jod[/] :warning: [@click=app.quit]x[/]"
        header = str(app.screen.query_one("#step-header").render())
        assert "[link=file:///etc]Piet[/]" in header
        assert app.is_running


async def test_quit_saves_at_once(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "Q", "enter", "ctrl+q")
        await pilot.pause()
    saved, same = on_disk(app)
    assert same and saved.steps[0].needs[-1].what == "Q"


async def test_a_closed_meeting_refuses_edits_and_says_so(closed_file):
    closed = closed_file
    app = make_app(closed)
    assert app.editor.read_only
    before = closed.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "X", "enter", "delete", "a")
        assert not section(app, "needs").form_open
        assert "alleen lezen" in str(app.screen.query_one("StatusLine").render())
        await pilot.press("ctrl+q")
    assert closed.read_bytes() == before


async def test_a_long_chain_keeps_the_current_box_in_view(tmp_path):
    """Twelve steps do not fit 80 columns: the row scrolls with the current box, in the same
    frame as the step below it (also when walking back)."""
    from tui.core import edits
    from tui.storage.toml_format import load_session, save_session

    path = tmp_path / "long.toml"
    session = load_session(FOLLOW_UP)
    for n in range(7):
        edits.add_step(session, f"Extra stap {n + 1}")
    save_session(session, path)
    app = make_app(path)
    steps = len(session.steps)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        chain = app.screen.query_one("#chain")

        def current_in_view() -> bool:
            box = app.screen.query_one(f"#box-{screen(app).current}")
            return chain.region.contains_region(box.region)

        assert current_in_view()
        for expected in range(1, steps + 1):
            await pilot.press("right")
            assert screen(app).current == expected
            assert current_in_view(), expected
        assert chain.text().startswith("‹ ")  # earlier steps are out of view, and it says so
        for expected in range(steps - 1, -1, -1):
            await pilot.press("left")
            assert current_in_view(), expected
        assert not chain.text().startswith("‹ ")


async def test_keys_typed_right_after_n_land_in_the_form(app):
    """The form is made when first opened; what is typed while it is being made is not lost
    and does not act on the table (``a`` would start an action point there)."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for character in "nabc":  # in one burst, as a fast typist or a paste of keys
            app.post_message(events.Key(character, character))
        await pilot.pause()
        field = app.screen.query_one("#section-needs #field-what", CleanInput)
        assert app.focused is field
        assert field.value == "abc"
        assert not section(app, "actions").form_open


async def test_keys_typed_right_after_enter_land_in_the_form(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first = app.editor.session.steps[0].needs[0]
        for key, character in (("enter", "\r"), ("x", "x")):
            app.post_message(events.Key(key, character))
        await pilot.pause()
        field = app.screen.query_one("#section-needs #field-what", CleanInput)
        assert app.focused is field
        # the form opens with the cursor at the end: the key typed right after adds to it
        assert field.value == first.what + "x"
        assert section(app, "needs").editing == first.id


async def test_a_burst_of_keys_fills_the_fields_in_order(app):
    """What tmux or a fast typist sends in one go: tab moves on before the next key lands."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        burst = [("n", "n"), ("a", "a"), ("tab", "\t"), ("b", "b"), ("tab", "\t"), ("c", "c")]
        for key, character in burst:
            app.post_message(events.Key(key, character))
        await pilot.pause()
        needs = section(app, "needs")
        values = [
            needs.query_one(f"#field-{name}", CleanInput).value for name in ("what", "when", "why")
        ]
        assert values == ["a", "b", "c"]


async def test_a_need_just_stored_is_in_view_at_80x24(app):
    """Rows wrap, so the step's tables are taller than the screen: the row just stored must be
    scrolled into view, not left below the screen while the table's top is shown."""
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", *"Zichtbaar na opslaan", "enter")
        await settle(pilot)
        for _ in range(3):
            await pilot.pause(0.05)
        section = app.screen.query_one("#section-needs")
        container = app.screen.query_one("#sections")
        grid = section.grid
        assert (
            grid.ordered_rows[grid.cursor_row].key.value == app.editor.session.steps[0].needs[-1].id
        )
        rows = grid.ordered_rows
        top = grid.region.y + (grid.header_height if grid.show_header else 0)
        top += sum(row.height for row in rows[: grid.cursor_row])
        view = container.content_region
        assert view.y <= top < view.bottom, (top, view)


async def test_a_need_stored_in_a_step_taller_than_its_table_is_in_view(tmp_path):
    """A step of a large session: its needs table is taller than the table's cap, and scrolls
    itself. The need just stored at its end is in view (it was: the page scrolled down to the
    action points, by the table's whole height)."""
    from benchmarks.generate import synthetic_session
    from tui.storage.toml_format import dumps_session

    path = tmp_path / "2026-11-26-groot.toml"
    path.write_text(dumps_session(synthetic_session(200, 3, 50)), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        await pilot.press("right", "n", *typing("Onderaan opgeslagen"), "enter")
        await settle(pilot)
        for _ in range(3):
            await pilot.pause(0.05)
        needs = app.screen.sections["needs"]
        grid = needs.grid
        assert needs.current_key() == app.editor.session.steps[1].needs[-1].id
        assert grid.virtual_size.height > grid.size.height  # the table scrolls itself
        top = grid.header_height + sum(row.height for row in grid.ordered_rows[: grid.cursor_row])
        y = grid.region.y + top - round(grid.scroll_y)
        view = app.screen.query_one("#sections").content_region
        assert grid.region.y <= y < grid.region.bottom  # inside the table's own view
        assert view.y <= y < view.bottom, (y, view)


def _in_view(app, widget) -> bool:
    page = app.screen.query_one("#sections").region
    return widget.region.overlaps(page) and widget.region.y < page.bottom


async def test_closing_the_script_gives_the_focus_back_to_the_table_in_view(app):
    """F4 and F4 again on the actions table: the actions table has the focus again, in view; a
    table out of sight never takes the keys (del would remove what nobody saw)."""
    needs_before = [need.id for need in app.editor.session.steps[0].needs]
    async with app.run_test(size=(80, 24)) as pilot:
        await until_settled(pilot)
        actions = section(app, "actions").grid
        actions.focus()  # scrolled into view after the next frame
        await until(pilot, lambda: _in_view(app, actions), 5)
        await pilot.press("f4")
        await until_settled(pilot)
        assert app.focused is not actions
        await pilot.press("f4")
        await until_settled(pilot)
        assert app.focused is actions
        await until(pilot, lambda: _in_view(app, actions), 5)
        # and after a step switch with the panel open, the step's first table, in view
        await pilot.press("f4", "right", "f4")
        await until_settled(pilot)
        focused = app.focused
        assert focused is not None and app.screen.current == 1
        await until(pilot, lambda: _in_view(app, focused), 5)
    assert [need.id for need in app.editor.session.steps[0].needs] == needs_before
