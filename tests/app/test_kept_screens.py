"""The screens beside the workshop (F2, F3, F5, A) are made once per open session and kept
(tui/app/kept_screens.py): shown again, each is the same screen, drawn from the model as it is
now and shown as new, except for a form left open, which keeps what was typed. What a field
holds when its screen is left is stored, as when it is left with tab."""

from __future__ import annotations

import shutil

from tests.app.burst import burst, until_settled
from tests.app.conftest import FIRST
from tests.app.helpers import on_disk, settle
from tests.support import until
from tui.app import tools
from tui.app.screens.closing import ClosingScreen
from tui.app.screens.meeting import MeetingScreen
from tui.app.widgets.item_section import ItemSection
from tui.app.widgets.status_line import StatusLine
from tui.core.search import Hit
from tui.i18n import t


def focused_id(app) -> str | None:
    return app.screen.focused.id if app.screen.focused is not None else None


async def test_a_screen_shown_again_is_the_same_drawn_from_the_model_and_starts_at_its_top(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await until_settled(pilot)
        await burst(pilot, "f2")
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        await burst(pilot, "tab", "tab", "tab")  # on to another field
        assert focused_id(app) != "meeting-organisation"
        await burst(pilot, "escape")
        # changed while the screen is not shown: it did not draw the change then
        app.editor.update_meeting(organisation="Elders veranderd")
        await burst(pilot, "f2")
        assert app.screen is meeting
        assert meeting.query_one("#meeting-organisation").value == "Elders veranderd"
        assert focused_id(app) == "meeting-organisation"  # where a new screen starts
        await burst(pilot, "f5", "f2")
        assert app.screen is meeting


async def test_what_a_field_holds_is_stored_when_its_screen_is_left(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await until_settled(pilot)
        before = app.editor.session.meeting
        # typed, no enter, no tab: F5 to another screen, escape back to the workshop
        await burst(pilot, "f2", *" BV", "f5")
        await burst(pilot, "f2", "tab", "tab", "tab", *", zaal 2", "escape")
        await settle(pilot)
        saved, same = on_disk(app)
        assert same
        assert saved.meeting.organisation == before.organisation + " BV"
        assert saved.meeting.location == before.location + ", zaal 2"


async def test_a_form_left_open_keeps_its_text_and_the_focus(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await until_settled(pilot)
        count = len(app.editor.session.feedback)
        await burst(pilot, "f5", "n", *"Ans", "f2")  # a closing-round form half typed, left
        assert isinstance(app.screen, MeetingScreen)
        await burst(pilot, "f5")
        section = app.screen.query_one(ItemSection)
        assert section.form_open
        assert focused_id(app) == "field-who"
        assert app.screen.focused.value == "Ans"
        await burst(pilot, *" de Vries", "tab", *"Goede koffie", "enter")
        await settle(pilot)
        saved, same = on_disk(app)
        assert same
        assert len(saved.feedback) == count + 1
        assert (saved.feedback[-1].who, saved.feedback[-1].what) == ("Ans de Vries", "Goede koffie")


async def test_another_session_gets_screens_of_its_own(tmp_path, app):
    other = tmp_path / FIRST.name
    shutil.copy(FIRST, other)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_settled(pilot)
        await burst(pilot, "f5")
        closing = app.screen
        assert isinstance(closing, ClosingScreen)
        await burst(pilot, "escape")
        assert app.open_session(other)
        await until(pilot, lambda: app.saver is not None and app.saver.path == other)
        await until_settled(pilot)
        await burst(pilot, "f5")
        assert isinstance(app.screen, ClosingScreen) and app.screen is not closing
        assert not closing.is_attached  # the old one is gone, not kept beside the new
        shown = [row.values["what"] for row in app.screen.query_one(ItemSection).rows]
        assert shown == [f.what for f in app.editor.session.feedback]


async def test_a_search_hit_in_the_closing_round_is_selected_on_a_kept_screen(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await until_settled(pilot)
        await burst(pilot, "f5", "escape")  # made and kept, its cursor on the first row
        last = len(app.editor.session.feedback) - 1
        tools.go_to(app, Hit("feedback", str(last), "", index=last))
        await until(pilot, lambda: isinstance(app.screen, ClosingScreen))
        section = app.screen.query_one(ItemSection)
        await until(pilot, lambda: section.current_key() == f"f{last + 1}")


async def test_a_screen_shown_again_does_not_say_busy_from_before(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await until_settled(pilot)
        await burst(pilot, "f2")
        meeting = app.screen
        app.show_busy(True)  # keys wait for the app, and then the screen is left
        await burst(pilot, "f5")
        app.show_busy(False)  # said on the screen shown by then
        await burst(pilot, "f2")
        assert app.screen is meeting
        assert not meeting.query_one(StatusLine).has_class("-busy")
        assert t("status.busy") not in str(meeting.query_one(StatusLine).render())


async def test_a_date_that_could_not_be_stored_is_still_there_with_its_error(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await until_settled(pilot)
        before = app.editor.session.meeting
        # the meeting's date, then the follow-up date on the closing screen: both not dates
        await burst(pilot, "f2", "tab", "ctrl+u", *"32-13", "f5")
        await burst(pilot, "tab", "ctrl+u", *"nooit", "f2")
        meeting = app.screen
        assert meeting.query_one("#meeting-date").value == "32-13"
        assert meeting.query_one("#meeting-error").display
        await burst(pilot, "f5")
        assert app.screen.query_one("#follow-up").value == "nooit"
        assert app.screen.query_one("#closing-error").display
        assert app.editor.session.meeting == before  # neither was stored
