"""An open form writes to the item it was opened for, whatever undo, redo or a reload did to the
list meanwhile; when that item is gone, the form says so and keeps its text.

The session is changed under the open form the way the command palette, a redo or a reload from
disk would (the keyboard's ctrl+z is refused while a form is open: see test_key_routing.py).
Every case is checked in the saved file.
"""

from __future__ import annotations

from tests.app.burst import burst, until_settled
from tests.app.test_key_routing import saved
from tui.app.widgets.item_section import ItemSection
from tui.core.model import Feedback, Participant
from tui.i18n import t

SIZE = (120, 35)


def open_section(app, kind: str) -> ItemSection:
    section = app.screen.query_one(f"#section-{kind}", ItemSection)
    assert section.form_open
    return section


async def test_expectations_delete_a_open_b_undo_then_save(app):
    app.editor.set_expectations(["A", "B", "C"])
    customer = str(len(app.editor.session.steps) + 1)
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, customer, "delete")  # A goes; the cursor is on B
        await burst(pilot, "enter")
        assert open_section(app, "expectations").opened.values["what"] == "B"
        app.editor.undo()  # A is back, first: B is second now
        await burst(pilot, " gewijzigd", "enter")
        session = await saved(pilot)
    assert session.customer.expectations == ["A", "B gewijzigd", "C"]


async def test_an_expectation_that_was_undone_is_not_overwritten(app):
    app.editor.set_expectations(["A"])
    customer = str(len(app.editor.session.steps) + 1)
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, customer, "n", "B", "enter", "enter")  # add B, open it again
        section = open_section(app, "expectations")
        app.editor.undo()  # B is gone
        await burst(pilot, " en meer", "enter")
        assert section.form_open  # still open, with its text and the news
        assert section.query_one("#field-what").value == "B en meer"
        assert t("model.gone") in str(section.query_one(".form-error").render())
        session = await saved(pilot)
        assert session.customer.expectations == ["A"]
        await burst(pilot, "enter")  # the next enter keeps it, as a new item
        session = await saved(pilot)
    assert session.customer.expectations == ["A", "B en meer"]


async def test_participants_delete_open_undo_then_save(app):
    people = list(app.editor.session.participants)
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, "f2")
        app.screen.query_one("#section-participants", ItemSection).grid.focus()
        await until_settled(pilot)
        await burst(pilot, "delete", "enter")  # the first goes; open the second
        app.editor.undo()
        await burst(pilot, "tab", " (ook planning)", "enter")
        session = await saved(pilot)
    second = people[1]
    assert session.participants[0] == people[0]
    assert session.participants[1] == Participant(
        second.name, second.role + " (ook planning)", second.present
    )
    assert session.participants[2:] == people[2:]


async def test_the_closing_round_delete_open_undo_then_save(app):
    app.editor.session.feedback = [Feedback("Nuttig", "Piet"), Feedback("Te lang", "Ans")]
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, "f5", "delete", "enter")
        app.editor.undo()
        await burst(pilot, "tab", ", maar goed", "enter")
        session = await saved(pilot)
    assert session.feedback == [Feedback("Nuttig", "Piet"), Feedback("Te lang, maar goed", "Ans")]


async def test_a_need_whose_adding_was_undone_keeps_its_text(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        count = len(app.editor.session.steps[0].needs)
        await burst(pilot, "n", "Nieuw", "enter", "enter")  # add, and open it again
        app.editor.undo()
        await burst(pilot, " en beter", "enter")
        section = open_section(app, "needs")
        assert section.query_one("#field-what").value == "Nieuw en beter"
        session = await saved(pilot)
        assert len(session.steps[0].needs) == count
        await burst(pilot, "enter")
        session = await saved(pilot)
    assert [i.what for i in session.steps[0].needs[count:]] == ["Nieuw en beter"]


async def test_an_action_redone_under_its_form_is_still_the_one_written(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        app.screen.query_one("#section-actions", ItemSection).grid.focus()
        await burst(pilot, "n", "Bellen", "tab", "Erik Smit", "enter")
        action = app.editor.session.actions[-1]
        await burst(pilot, "enter")  # open it
        app.editor.undo()
        app.editor.redo()  # the same action, back in its place
        await burst(pilot, " en mailen", "enter")
        session = await saved(pilot)
    assert session.action(action.id).what == "Bellen en mailen"


async def test_a_reload_from_disk_under_an_open_form(app, session_file):
    from tui.storage.toml_format import dumps_session, load_session

    app.editor.set_expectations(["A", "B"])
    app.saver.save_now()
    customer = str(len(app.editor.session.steps) + 1)
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, customer, "down", "enter")  # open B
        # someone else puts "Nieuw" in front and saves the file; this app reloads it
        other = load_session(session_file)
        other.customer.expectations.insert(0, "Nieuw")
        session_file.write_text(dumps_session(other), encoding="utf-8")
        app._resolve_conflict("reload")
        await burst(pilot, "!", "enter")
        session = await saved(pilot)
    assert session.customer.expectations == ["Nieuw", "A", "B!"]
