"""Going from step to step: a step seen before comes back from what its tables made and drew
then (``ItemSection._row_maker``, ``SizedDataTable._render_line``), and after a moment on a step
the rows of the steps beside it are made unseen (``WorkshopScreen._prepare_neighbours``). Both
may only ever save time: what the screen shows is what the session holds now."""

from __future__ import annotations

from datetime import timedelta

from tests.app.burst import burst, until_settled
from tests.support import until
from tui.app.screens.workshop import WorkshopScreen
from tui.app.widgets.item_section import ItemSection

SIZE = (120, 35)


def shown(app) -> str:
    """The screen as the terminal shows it."""
    return "\n".join(
        "".join(segment.text for segment in strip)
        for strip in app.screen._compositor.render_strips()
    )


def needs(app) -> ItemSection:
    return app.screen.query_one("#section-needs", ItemSection)


def cells_of(section: ItemSection, key: str) -> list[object]:
    """The cells the table holds for the row ``key``."""
    grid = section.grid
    return list(grid._data[grid.rows[next(k for k in grid.rows if k.value == key)].key].values())


async def test_a_step_seen_before_shows_what_changed_in_it_meanwhile(app):
    session = app.editor.session
    second = session.steps[1]
    first_need, other_need = second.needs[0], second.needs[1]
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, "right")
        assert first_need.what in shown(app)
        kept = cells_of(needs(app), other_need.id)
        await burst(pilot, "left")
        app.editor.update_item(first_need.id, what="Gewijzigd terwijl niemand keek")
        await until_settled(pilot)
        await burst(pilot, "right")
        await pilot.pause()
        screen_text = shown(app)
        assert "Gewijzigd terwijl niemand keek" in screen_text
        # the row that did not change is the one made (and drawn) before
        assert all(map(lambda a, b: a is b, cells_of(needs(app), other_need.id), kept))


async def test_after_a_moment_on_a_step_the_next_ones_rows_are_made_and_then_shown(app):
    session = app.editor.session
    second = session.steps[1]
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        assert isinstance(app.screen, WorkshopScreen)
        section = needs(app)
        # a moment on the first step: the second one's needs are made, not shown
        await until(pilot, lambda: all(need.id in section._made for need in second.needs))
        assert section.current_key() == session.steps[0].needs[0].id
        made = {need.id: section._made[need.id][2][0] for need in second.needs}
        changed = second.needs[0]
        app.editor.update_item(changed.id, what="Na het klaarzetten gewijzigd")
        await until_settled(pilot)
        await burst(pilot, "right")
        for need in second.needs[1:]:  # as made beforehand
            assert all(map(lambda a, b: a is b, cells_of(section, need.id)[1:], made[need.id][1:]))
        # the one changed since is made anew, and shown as it is now
        assert not any(map(lambda a, b: a is b, cells_of(section, changed.id), made[changed.id]))
        await pilot.pause()
        assert "Na het klaarzetten gewijzigd" in shown(app)


async def test_what_a_step_switch_reuses_follows_the_session_and_the_day(app):
    """The rows, links and chain boxes worked out once per revision of the session
    (``workshop.Derived``) are worked out again after a change and on another day."""
    session = app.editor.session
    second = session.steps[1]
    due = app.today()
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, "right")
        action = app.editor.add_action("Te laat of niet", who="Erik Smit", due=due, step=second.id)
        await burst(pilot, "left", "right")
        actions = app.screen.query_one("#section-actions", ItemSection)
        row = next(row for row in actions.rows if row.key == action.id)
        assert not row.overdue  # due today
        await burst(pilot, "left")
        chain = app.screen.query_one("#chain").text()
        app._today = due + timedelta(days=1)  # the meeting runs past midnight
        await burst(pilot, "right")
        row = next(row for row in actions.rows if row.key == action.id)
        assert row.overdue
        # a change in a step not shown reaches the chain's counts
        app.editor.add_item(session.steps[3].id, "needs", "Nog een behoefte")
        await until_settled(pilot)
        assert app.screen.query_one("#chain").text() != chain
