"""Every key lands where it was aimed when a whole burst arrives at once (tui/app/key_gate.py).

Each test posts all keys of a burst to the app in one go, as a terminal delivers a fast typist's
keys, and then checks the session in the model and in the saved file: exactly what was typed, in
the right fields and items, and nothing else.
"""

from __future__ import annotations

import copy
from datetime import timedelta

from textual import events

from tests.app.burst import burst, key_event, paste, until_settled
from tests.app.helpers import TODAY, on_disk, settle
from tui.app.screens.chain import ChainScreen
from tui.app.screens.closing import ClosingScreen
from tui.app.screens.meeting import MeetingScreen
from tui.app.screens.review import ReviewScreen
from tui.app.screens.workshop import WorkshopScreen
from tui.app.widgets.chain_bar import StepBox
from tui.app.widgets.item_section import ItemSection
from tui.app.widgets.status_line import StatusLine
from tui.core.model import Feedback, Participant
from tui.storage.toml_format import dumps_session

SIZE = (120, 35)


async def saved(pilot):
    """The session on disk, after checking that it equals the model."""
    await settle(pilot)
    session, same = on_disk(pilot.app)
    assert same, "the file does not hold what the app holds"
    return session


async def test_an_action_about_a_need_typed_in_one_burst(app):
    before = copy.deepcopy(app.editor.session)
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, "a", "Derde actie", "tab", "Jan de Boer", "tab", "+1w", "enter")
        session = await saved(pilot)
    need = before.steps[0].needs[0]
    new = session.actions[len(before.actions) :]
    assert [(a.what, a.who, a.due, a.about, a.step) for a in new] == [
        ("Derde actie", "Jan de Boer", TODAY + timedelta(weeks=1), need.id, before.steps[0].id)
    ]
    # nothing else: no need made of the letters, no text elsewhere
    session.actions = session.actions[: len(before.actions)]
    session.last_ids = before.last_ids
    assert dumps_session(session) == dumps_session(before)


async def test_needs_typed_in_a_row_without_pauses(app):
    before = copy.deepcopy(app.editor.session)
    texts = [f"nummer {n}: aan de bak, na een nacht" for n in range(6)]
    keys: list[str] = []
    for n, text in enumerate(texts):
        keys += ["n", text, "tab", f"binnen {n} dagen", "tab", "anders staan we stil", "enter"]
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, *keys)
        session = await saved(pilot)
    new = session.steps[0].needs[len(before.steps[0].needs) :]
    assert [(i.what, i.when, i.why) for i in new] == [
        (text, f"binnen {n} dagen", "anders staan we stil") for n, text in enumerate(texts)
    ]
    session.steps[0].needs = session.steps[0].needs[: len(before.steps[0].needs)]
    session.last_ids = before.last_ids
    assert dumps_session(session) == dumps_session(before)


async def test_enter_on_the_new_row_and_on_a_row_then_typing(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        first = copy.deepcopy(app.editor.session.steps[0].needs[0])
        count = len(app.editor.session.steps[0].needs)
        # enter on the first row edits it: the text goes on at the end of "what"
        await burst(pilot, "enter", " (en snel)", "enter", "end", "enter", "Via de + rij", "enter")
        session = await saved(pilot)
    needs = session.steps[0].needs
    assert needs[0].what == first.what + " (en snel)"
    assert [i.what for i in needs[count:]] == ["Via de + rij"]


async def test_shift_tab_goes_back_and_what_follows_lands_there(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        count = len(app.editor.session.steps[0].needs)
        await burst(pilot, "n", "wat", "tab", "wanneer", "tab", "waarom", "shift+tab", " nu")
        await burst(pilot, "shift+tab", " precies", "enter")
        session = await saved(pilot)
    new = session.steps[0].needs[count]
    assert (new.what, new.when, new.why) == ("wat precies", "wanneer nu", "waarom")


async def test_a_double_enter_stores_one_item(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        count = len(app.editor.session.steps[0].needs)
        await burst(pilot, "n", "eenmaal", "enter", "enter")
        # the second enter opened the new need to edit (nothing stored); a third stores it as is
        await burst(pilot, "enter")
        session = await saved(pilot)
        assert app.editor.revision == 1
    assert [i.what for i in session.steps[0].needs[count:]] == ["eenmaal"]


async def test_a_long_multi_line_paste_is_one_value_and_one_item(app):
    lines = [f"- punt {n} van de opname" for n in range(200)]
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        count = len(app.editor.session.steps[0].needs)
        await burst(pilot, "n")
        await paste(pilot, "Bij de opname:\n" + "\n".join(lines) + "\n")
        await burst(pilot, "enter", "escape")
        session = await saved(pilot)
    new = session.steps[0].needs[count:]
    expected = "Bij de opname: " + "; ".join(f"punt {n} van de opname" for n in range(200))
    assert [i.what for i in new] == [expected]


async def test_keys_typed_right_after_the_start_go_to_the_first_screen(app):
    async with app.run_test(size=SIZE) as pilot:
        # an enter typed before the terminal is in raw mode arrives as a newline (ctrl+j)
        for key in ["n", *"Meteen getypt", "ctrl+j"]:
            app.post_message(key_event(key))
        await until_settled(pilot)
        session = await saved(pilot)
    assert session.steps[0].needs[-1].what == "Meteen getypt"


async def test_a_click_on_another_step_then_typing_at_once(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        box = app.screen.query_one("#box-2", StepBox)
        x, y = box.region.x + 2, box.region.y + 1
        arguments = {
            "widget": None, "x": x, "y": y, "delta_x": 0, "delta_y": 0, "button": 1,
            "shift": False, "meta": False, "ctrl": False, "screen_x": x, "screen_y": y,
        }  # fmt: skip
        app.post_message(events.MouseDown(**arguments))
        app.post_message(events.MouseUp(**arguments))
        await burst(pilot, "n", "In stap drie", "enter")
        session = await saved(pilot)
        assert isinstance(app.screen, WorkshopScreen) and app.screen.current == 2
    assert session.steps[2].needs[-1].what == "In stap drie"
    assert all(i.what != "In stap drie" for i in session.steps[0].needs)


async def test_the_meeting_screen_fields_and_participants_in_one_burst(app):
    app.editor.update_meeting(facilitator="", reason="", goal="")
    people = len(app.editor.session.participants)
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        # organisation, date, title, location, facilitator, reason, goal, follow-up, table
        await burst(
            pilot, "f2", "tab", "tab", "tab", "tab", "Marieke Jansen", "tab",
            "Klachten over offertes", "tab", "Per stap weten wat nodig is", "tab", "tab",
            "n", "Nina de Boer", "tab", "inkoop", "enter",
        )  # fmt: skip
        assert isinstance(app.screen, MeetingScreen)
        session = await saved(pilot)
    meeting = session.meeting
    assert (meeting.facilitator, meeting.reason, meeting.goal) == (
        "Marieke Jansen",
        "Klachten over offertes",
        "Per stap weten wat nodig is",
    )
    assert session.participants[people:] == [Participant("Nina de Boer", "inkoop")]


async def test_a_new_step_in_the_chain_editor_is_one_undo_step(app):
    before = dumps_session(app.editor.session)
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(
            pilot, "f3", "n", "Inkoop", "tab", "Fatima El Amrani", "tab", "Jeroen de Wit", "enter"
        )
        assert isinstance(app.screen, ChainScreen)
        session = await saved(pilot)
        step = next(s for s in session.steps if s.name == "Inkoop")
        assert (step.people, step.customers) == (["Fatima El Amrani"], ["Jeroen de Wit"])
        await burst(pilot, "ctrl+z")
        session = await saved(pilot)
    assert dumps_session(session) == before


async def test_the_closing_round_in_one_burst(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, "f5", "n", "Bas Kuipers", "tab", "Nuttig, en nu doen", "enter")
        assert isinstance(app.screen, ClosingScreen)
        await burst(pilot, "n", "Kees", "tab", "Korter graag", "enter")  # Kees -> Kees Mulder
        session = await saved(pilot)
    assert session.feedback[-2:] == [
        Feedback("Nuttig, en nu doen", "Bas Kuipers"),
        Feedback("Korter graag", "Kees Mulder"),
    ]


async def test_a_time_box_typed_in_one_burst(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, "f4", "down", "t", "25", "enter")
        session = await saved(pilot)
    assert [(a.id, a.timebox) for a in session.agenda if a.timebox] == [("3b", 25)]


async def test_the_action_review_answered_in_one_burst(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, "f8")
        assert isinstance(app.screen, ReviewScreen)
        first, second, third = app.screen.ids[:3]
        await burst(
            pilot, "g", "enter", "o", "15-01-2027", "enter", "v", "niet meer nodig", "enter"
        )
        session = await saved(pilot)
    actions = {a.id: a for a in session.actions}
    assert (actions[first].status, actions[first].done) == ("done", TODAY)
    assert (actions[second].status, actions[second].due.isoformat()) == ("open", "2027-01-15")
    assert actions[third].status == "dropped"
    assert actions[third].note.endswith("\nniet meer nodig")  # the reason, after the old note


async def test_undo_while_a_form_is_open_leaves_the_session_alone(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, "n", "eerste", "enter")
        revision = app.editor.revision
        await burst(pilot, "n", "tweede", "ctrl+z", "enter")
        session = await saved(pilot)
        assert app.editor.revision == revision + 1
    assert [i.what for i in session.steps[0].needs[-2:]] == ["eerste", "tweede"]


async def test_escape_and_a_letter_at_once_cancel_and_act(app):
    """A terminal sends escape and the key right behind it as alt+key."""
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        count = len(app.editor.session.steps[0].needs)
        await burst(pilot, "n", "weg ermee", "alt+n", "Blijft", "enter")
        session = await saved(pilot)
    assert [i.what for i in session.steps[0].needs[count:]] == ["Blijft"]


async def test_the_open_form_and_the_status_line_show_when_keys_wait(app):
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        await burst(pilot, "n", "x")
        app.show_busy(True)  # what the gate does when keys wait longer than BUSY_AFTER
        section = app.screen.query_one("#section-needs", ItemSection)
        assert section.has_class("-busy")
        line = app.screen.query_one(StatusLine)
        assert line.has_class("-busy") and "bezig" in str(line.render())
        app.show_busy(False)
        assert not section.has_class("-busy") and not line.has_class("-busy")
        assert "bezig" not in str(line.render())


async def test_letters_typed_into_a_field_go_on_together_and_other_keys_one_at_a_time(
    app, monkeypatch
):
    """The screen settles once behind a run of letters typed into a field (each letter settled
    alone cost a layout and a frame), and still after every key that can move the focus."""
    from tui.app import key_gate

    settles = []
    real_settle = key_gate.settle

    async def counted(app_, *args):
        settles.append(app_.screen.focused)
        return await real_settle(app_, *args)

    before = len(app.editor.session.steps[0].needs)
    letters = ("snel getypt, zonder pauze; " * 8)[:200]
    async with app.run_test(size=SIZE) as pilot:
        await until_settled(pilot)
        monkeypatch.setattr(key_gate, "settle", counted)
        await burst(pilot, "n", letters, "tab", "morgen", "enter")
        session = await saved(pilot)
    added = session.steps[0].needs[before:]
    assert [(i.what, i.when, i.why) for i in added] == [(letters.strip(), "morgen", "")]
    # n, the letters, tab, "morgen", enter: one settle each
    assert len(settles) == 5


def test_only_a_field_that_takes_typing_lets_letters_go_on_together():
    from textual.widgets import DataTable, Input, TextArea

    from tui.app.key_gate import takes_typing

    assert takes_typing(Input())
    assert takes_typing(TextArea())
    assert not takes_typing(TextArea(read_only=True))  # letters bubble on to the bindings
    assert not takes_typing(DataTable())
    assert not takes_typing(None)
