"""From one screen to another (F2, F3, F5, A): the screen asked for takes the place of the one
above the workshop, so that the workshop is not shown (restyled and drawn) for a moment in
between; escape still goes back to the workshop, and what was typed on each screen is kept."""

from __future__ import annotations

from textual import events

from tests.app.burst import burst, until_settled
from tests.app.helpers import on_disk
from tests.support import until
from tui.app.screens.workshop import WorkshopScreen


def stack_names(app) -> list[str]:
    return [type(screen).__name__ for screen in app.screen_stack[1:]]  # below: Textual's own


async def test_screens_replace_each_other_above_the_workshop(app, monkeypatch):
    resumed: list[str] = []
    original = WorkshopScreen._on_screen_resume

    def counting(self, event: events.ScreenResume) -> None:
        resumed.append(type(self).__name__)
        original(self, event)

    monkeypatch.setattr(WorkshopScreen, "_on_screen_resume", counting)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_settled(pilot)
        assert stack_names(app) == ["WorkshopScreen"]
        resumed.clear()
        await burst(pilot, "f2", "f3", "f5", "A", "f2")
        assert stack_names(app) == ["WorkshopScreen", "MeetingScreen"]
        assert resumed == []  # never shown in between
        await burst(pilot, "escape")
        assert stack_names(app) == ["WorkshopScreen"]
        assert resumed == ["WorkshopScreen"]


async def test_what_is_typed_right_after_each_switch_is_kept(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await until_settled(pilot)
        # the closing round, then the meeting screen's first field, one burst
        await burst(pilot, "f5", "n", "Ans", "tab", "Koffie was goed", "enter", "f2", *"X", "tab")
        await until(pilot, lambda: not app.saver.dirty and not app.saver.saving)
        saved, same = on_disk(app)
        assert same
        assert (saved.feedback[-1].who, saved.feedback[-1].what) == ("Ans", "Koffie was goed")
        assert saved.meeting.organisation.endswith("X")
        assert stack_names(app) == ["WorkshopScreen", "MeetingScreen"]
