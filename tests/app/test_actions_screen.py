"""The screen of all action points: sorting, overdue marks, done, reopen, drop with a reason."""

from __future__ import annotations

from tests.app.helpers import TODAY, on_disk, settle, typing
from tui.app.screens.actions import ActionsScreen
from tui.app.widgets.item_section import ItemSection

SIZE = (120, 35)


def rows(app):
    return app.screen.query_one(ItemSection).rows


async def open_actions(pilot):
    await pilot.pause()
    await pilot.press("A")
    assert isinstance(pilot.app.screen, ActionsScreen)


async def test_lists_every_action_sorted_and_marks_overdue(app):
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await open_actions(pilot)
        shown = rows(app)
        assert {row.key for row in shown} == {a.id for a in session.actions}
        dues = [row.values["due"] for row in shown if row.values["due"]]
        assert dues == sorted(dues)
        overdue = {row.key for row in shown if row.overdue}
        assert overdue == {
            a.id for a in session.actions if a.status == "open" and a.due and a.due < TODAY
        }
        assert overdue  # the example has overdue points

        await pilot.press("s")  # owner
        owners = [row.values["who"].casefold() for row in rows(app)]
        assert owners == sorted(owners)
        await pilot.press("s")  # step
        order = {step.name: n for n, step in enumerate(session.steps)}
        steps = [order.get(row.extra[0], len(order)) for row in rows(app)]
        assert steps == sorted(steps)
        await pilot.press("s")  # status
        statuses = [row.extra[-1].split(" (")[0] for row in rows(app)]  # te laat (3 dagen)
        order = {"open": 0, "te laat": 0, "gedaan": 1, "vervallen": 2}
        assert statuses == sorted(statuses, key=order.__getitem__)
        await pilot.press("escape")
        assert not isinstance(app.screen, ActionsScreen)


async def test_done_reopen_drop(app):
    session = app.editor.session
    target = next(a for a in session.actions if a.status == "open")
    async with app.run_test(size=SIZE) as pilot:
        await open_actions(pilot)
        section = app.screen.query_one(ItemSection)
        section.select(target.id)
        await pilot.press("x")
        assert (target.status, target.done) == ("done", TODAY)
        await pilot.press("o")
        assert (target.status, target.done) == ("open", None)
        await pilot.press("d", *typing("Niet meer nodig"), "enter")
        assert target.status == "dropped" and target.note.endswith("Niet meer nodig")
        await settle(pilot)
        saved, same = on_disk(app)
        assert same and saved.action(target.id).status == "dropped"
        await pilot.press("ctrl+z")
        assert target.status == "open"


async def test_edit_an_action_in_place(app):
    session = app.editor.session
    target = session.actions[0]
    async with app.run_test(size=SIZE) as pilot:
        await open_actions(pilot)
        app.screen.query_one(ItemSection).select(target.id)
        await pilot.press("enter", "tab", "ctrl+u", *typing("Henk van Dijk"), "enter")
        assert target.who == "Henk van Dijk"
