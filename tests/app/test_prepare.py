"""Preparing and running the meeting through the screens: start screen, new session, meeting data,
participants, the chain editor, the script, closing and reopening; each checked in the file."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date

from tests.app.helpers import (
    FOLLOW_UP,
    ROOT,
    TODAY,
    make_app,
    on_disk,
    settle,
    start_screen_listed,
    typing,
)
from tests.support import until
from tui.app.app import InterneKlantenApp
from tui.app.screens.chain import ChainScreen
from tui.app.screens.closing import ClosingScreen
from tui.app.screens.dialogs import ChoiceDialog
from tui.app.screens.follow_up import FollowUpDialog
from tui.app.screens.help import HelpScreen
from tui.app.screens.meeting import MeetingScreen
from tui.app.screens.review import ReviewScreen
from tui.app.screens.start import StartScreen
from tui.app.screens.workshop import WorkshopScreen
from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.date_preview import DatePreview
from tui.app.widgets.item_section import ItemSection
from tui.app.widgets.meeting_title import MeetingTitle
from tui.config import load_config
from tui.core.script import agenda_item
from tui.storage.toml_format import dumps_session, load_session

SIZE = (120, 35)


async def test_from_an_empty_folder_to_a_prepared_session(tmp_path):
    folder = tmp_path / "sessions"
    app = InterneKlantenApp(folder=folder, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        await pilot.press(
            "n", *typing("Bakkerij de Korst"), "enter", "enter", *typing("Kick-off"), "enter"
        )
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        path = folder / "2026-11-30-bakkerij-de-korst.toml"
        assert app.saver.path == path and path.is_file()

        # meeting data: enter moves on to the next field and stores the one left
        app.screen.query_one("#meeting-location").focus()
        await pilot.press(*typing("Kantine"), "enter", *typing("Marieke"), "enter")
        await pilot.press(*typing("Te veel"), "enter", *typing("Afspraken"), "enter")
        await pilot.press(*typing("+3m"), "enter")
        # participants: n name tab role enter, p toggles presence
        await pilot.press("n", *typing("Piet"), "tab", *typing("buitendienst"), "enter")
        await pilot.press("p")
        await settle(pilot)
    saved = load_session(path)
    meeting = saved.meeting
    assert (meeting.organisation, meeting.date, meeting.title) == (
        "Bakkerij de Korst",
        TODAY,
        "Kick-off",
    )
    assert (meeting.location, meeting.facilitator, meeting.reason, meeting.goal) == (
        "Kantine",
        "Marieke",
        "Te veel",
        "Afspraken",
    )
    assert meeting.follow_up == date(2027, 2, 28)
    assert [(p.name, p.role, p.present) for p in saved.participants] == [
        ("Piet", "buitendienst", False)
    ]
    assert [step.id for step in saved.steps] == [
        "aanvraag",
        "calculatie",
        "planning",
        "uitvoering",
        "facturatie",
    ]


async def test_start_screen_lists_a_broken_file_with_its_problem_and_opens_the_others(tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(FOLLOW_UP, folder / FOLLOW_UP.name)
    (folder / "2027-01-01-kapot.toml").write_text("format = 1\n[meeting\n")
    app = InterneKlantenApp(folder=folder, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        screen = app.screen
        assert isinstance(screen, StartScreen)
        names = [entry.path.name for entry in screen.listed]
        assert names == [
            "2027-01-01-kapot.toml",
            FOLLOW_UP.name,
        ]  # newest first; broken ones first by name
        broken = screen.listed[0]
        assert broken.session is None and "2:" in broken.problems[0]
        # the first row is highlighted after the listing: then its problem is shown
        await until(
            pilot, lambda: "kapot.toml:2:" in str(screen.query_one("#start-detail").render())
        )
        await pilot.press("enter")  # the broken one: refused with a message, no crash
        assert isinstance(app.screen, StartScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkshopScreen)
        assert app.saver.path.name == FOLLOW_UP.name


async def test_chain_editor_rename_add_reorder_and_remove(app):
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        assert isinstance(app.screen, ChainScreen)
        # rename the first step (its id stays)
        await pilot.press("enter", "ctrl+u", *typing("Intake"), "enter")
        assert (session.steps[0].id, session.steps[0].name) == ("aanvraag", "Intake")
        # add a step after the first, with its people
        await pilot.press("n", *typing("Inkoop"), "tab", *typing("Ans, Bob"), "enter")
        assert [s.id for s in session.steps][:3] == ["aanvraag", "inkoop", "calculatie"]
        assert session.step("inkoop").people == ["Ans", "Bob"]
        # move it down one place
        await pilot.press("shift+down")
        assert [s.id for s in session.steps][:3] == ["aanvraag", "calculatie", "inkoop"]
        # an empty step is removed at once
        await pilot.press("delete")
        assert not session.has_step("inkoop")
        # a step with items asks where they go; move them to the first step
        needs_before = len(session.step("aanvraag").needs) + len(session.step("calculatie").needs)
        app.screen.query_one(ItemSection).select("calculatie")
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")  # the first choice: move everything to Intake (aanvraag)
        await pilot.pause()
        assert not session.has_step("calculatie")
        assert len(session.step("aanvraag").needs) == needs_before
        assert all(a.step != "calculatie" for a in session.actions)
        await settle(pilot)
        saved, same = on_disk(app)
        assert same and not saved.has_step("calculatie")
        # undo brings the step and its items back where they were
        await pilot.press("ctrl+z")
        assert session.steps[1].id == "calculatie" and session.step("calculatie").needs


async def test_removing_a_step_with_items_can_be_cancelled(app):
    session = app.editor.session
    count = len(session.steps)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3", "delete")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")
        assert len(session.steps) == count


async def test_script_ticks_timeboxes_and_clock_reach_the_file(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await pilot.press("enter")  # start timing 3a
        assert app.clock.current == "3a"
        await pilot.press("space")  # tick 3a off (stops its clock)
        await pilot.press("down", "t", "1", "0", "enter")  # time box for 3b
        await settle(pilot)
        saved, same = on_disk(app)
        assert same
        assert agenda_item(saved, "3a").done
        assert agenda_item(saved, "3b").timebox == 10
        assert app.clock.current is None


async def test_close_reopen_and_a_closed_session_refuses_edits(app):
    path = app.saver.path
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        assert isinstance(app.screen, ClosingScreen)
        await pilot.press("n", *typing("Goed"), "tab", *typing("Nuttig"), "enter")
        await pilot.click("#close")
        await settle(pilot)
        saved = load_session(path)
        assert saved.meeting.closed and saved.feedback[-1].who == "Goed"
        assert app.editor.read_only
        await pilot.press("escape")  # back to the workshop: banner, and edits refused
        assert app.screen.query_one(MeetingTitle).has_class("-closed")
        before = path.read_bytes()
        await pilot.press("n", "X", "enter", "ctrl+z")
        await settle(pilot)
        assert path.read_bytes() == before
        await pilot.press("f5")
        await pilot.click("#reopen")
        await settle(pilot)
        assert not load_session(path).meeting.closed


async def test_help_shows_the_keys_and_the_four_as(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.render()) for w in app.screen.query("Static"))
        for words in (
            "Afspraken nakomen",
            "Aandacht",
            "Attitude",
            "Aanname",
            "Nieuw",
            "Vorige stap",
        ):
            assert words in text
        await pilot.press("escape")
        assert isinstance(app.screen, WorkshopScreen)


async def test_theme_is_remembered_and_keys_can_be_remapped(session_file, tmp_path):
    from tui.config import Config

    app = InterneKlantenApp(
        folder=session_file.parent,
        path=session_file,
        config=Config(keys={"step.next": "l"}),
        today=TODAY,
    )
    assert app.theme == "projector"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("l")
        assert app.screen.current == 1
        app.theme = "nord"
        await pilot.pause()
    assert load_config()[0].theme == "nord"


async def test_a_closed_example_shows_its_banner(tmp_path):
    closed = tmp_path / "closed.toml"
    shutil.copy(ROOT / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml", closed)
    app = make_app(closed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        title = app.screen.query_one(MeetingTitle)
        shown = str(title.render())
        assert shown.startswith(
            "Installatiebedrijf Van Dijk & Zn. · 27-08-2026 · eerste bijeenkomst"
        )
        assert "GESLOTEN" in shown and "heropenen: F5" in shown and title.has_class("-closed")
        await pilot.press("f5")
        await pilot.pause()
        assert "GESLOTEN" in str(app.screen.query_one(MeetingTitle).render())  # on every screen


async def test_the_title_line_says_which_meeting_and_follows_reopening(session_file):
    app = make_app(session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        title = app.screen.query_one(MeetingTitle)
        assert str(title.render()) == (
            "Installatiebedrijf Van Dijk & Zn. · 26-11-2026 · vervolg op 27-08-2026"
        )
        assert title.size.height == 1  # fits at 80 columns
        app.editor.update_meeting(closed=True)
        await pilot.pause()
        assert "GESLOTEN" in str(title.render()) and title.has_class("-closed")
        app.editor.update_meeting(closed=False)
        await pilot.pause()
        assert "GESLOTEN" not in str(title.render())


async def test_follow_up_of_the_selected_session_from_the_start_screen(tmp_path):
    """``v`` asks the date, proposing the follow-up date the old meeting agreed on (not today)."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(FOLLOW_UP, folder / FOLLOW_UP.name)
    old = load_session(folder / FOLLOW_UP.name)
    assert old.meeting.follow_up == date(2027, 2, 25) and old.meeting.follow_up > TODAY
    app = InterneKlantenApp(folder=folder, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, FollowUpDialog)
        assert app.screen.query_one("#date", CleanInput).value == "25-02-2027"
        assert str(app.screen.query_one(DatePreview).render()) == "= do 25-02-2027"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)  # the new meeting starts with the agreements
        await pilot.press("escape")
        assert isinstance(app.screen, WorkshopScreen)
        new = folder / "2027-02-25-installatiebedrijf-van-dijk-zn.toml"
        assert app.saver.path == new
    session = load_session(new)
    assert session.meeting.date == date(2027, 2, 25)
    assert session.meeting.previous == FOLLOW_UP.name and not session.meeting.closed
    assert [a.id for a in session.actions] == [a.id for a in old.actions]
    assert session.feedback == [] and session.agenda == []
    # A new meeting: nobody is known to be absent yet, and the old meeting's title is gone.
    assert all(p.present for p in session.participants)
    assert [p.name for p in session.participants] == [p.name for p in old.participants]
    assert session.meeting.title == ""
    assert "voortgangsoverleg" not in new.read_text(encoding="utf-8")


async def test_follow_up_dialog_refuses_a_date_before_the_meeting(tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(FOLLOW_UP, folder / FOLLOW_UP.name)
    app = InterneKlantenApp(folder=folder, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        await pilot.press("v")
        await pilot.pause()
        field = app.screen.query_one("#date", CleanInput)
        field.value = ""
        await pilot.press(*"01-11-2026", "enter")  # before the meeting of 26-11-2026
        await pilot.pause()
        assert isinstance(app.screen, FollowUpDialog)
        error = str(app.screen.query_one(".form-error").render())
        assert "01-11-2026" in error and "26-11-2026" in error
        field.value = ""
        await pilot.press(*"morgen", "enter")  # 01-12-2026: typed words work too
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
    assert sorted(p.name for p in folder.iterdir()) == [
        FOLLOW_UP.name,
        "2026-12-01-installatiebedrijf-van-dijk-zn.toml",
    ]


async def test_follow_up_dialog_proposes_three_months_when_no_date_was_agreed(tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    old = load_session(FOLLOW_UP)
    old.meeting = replace(old.meeting, follow_up=None)
    (folder / FOLLOW_UP.name).write_text(dumps_session(old), encoding="utf-8")
    app = InterneKlantenApp(folder=folder, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert app.screen.query_one("#date", CleanInput).value == "26-02-2027"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
    assert [p.name for p in folder.iterdir()] == [FOLLOW_UP.name]  # escape writes nothing


async def test_closing_screen_follow_up_field_reads_as_empty_until_set(tmp_path):
    """No grey date that reads as a stored one: the hint says there is no date yet."""
    path = tmp_path / FOLLOW_UP.name
    old = load_session(FOLLOW_UP)
    old.meeting = replace(old.meeting, follow_up=None)
    path.write_text(dumps_session(old), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        field = app.screen.query_one("#follow-up", CleanInput)
        assert field.value == ""
        assert field.placeholder.startswith("nog geen datum") and "26-02-2027" in field.placeholder
        app.editor.update_meeting(closed=True)
        await pilot.pause()
        assert not app.screen.query_one("#default-follow-up").display  # closed: no edit button


async def test_the_closing_follow_up_field_previews_a_typed_relative_date(session_file):
    app = make_app(session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        field = app.screen.query_one("#follow-up", CleanInput)
        field.focus()
        field.value = ""
        await pilot.press(*"+3m")
        await pilot.pause()
        assert str(app.screen.query_one(DatePreview).render()) == "= zo 28-02-2027"
        await pilot.press("enter")
        await settle(pilot)
    assert load_session(session_file).meeting.follow_up == date(2027, 2, 28)
