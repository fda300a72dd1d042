"""Reports in the app: the summary and its export dialog, compare, and the action review."""

from __future__ import annotations

from datetime import date

from tests.app.helpers import (
    ROOT,
    TODAY,
    make_app,
    on_disk,
    settle,
    start_screen_listed,
    typing,
)
from tui.app.app import InterneKlantenApp
from tui.app.screens.report import CompareScreen, ExportDialog, SummaryScreen
from tui.app.screens.review import ReviewScreen
from tui.app.screens.workshop import WorkshopScreen
from tui.i18n import t

SIZE = (120, 35)
FIRST = ROOT / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"


def body(app) -> str:
    """The plain text of the report on screen."""
    import io

    from rich.console import Console, Group

    console = Console(width=100, file=io.StringIO(), color_system=None)
    console.print(Group(*app.screen.parts))
    return console.file.getvalue()


async def test_summary_and_export_of_the_memo(pair):
    app = make_app(pair)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        assert isinstance(app.screen, SummaryScreen)
        text = body(app)
        assert "Installatiebedrijf Van Dijk & Zn." in text and "7 van de 10" in text
        await pilot.press("e")
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("enter", "enter")  # the memo, at the suggested path
        await app.workers.wait_for_complete()
        await pilot.pause()
        memo = pair.with_name(f"{pair.stem}-memo.md")
        assert memo.is_file() and "7 van de 10" in memo.read_text(encoding="utf-8")
        # a second time: refused, the file stays as it was
        before = memo.read_bytes()
        await pilot.press("e", "enter", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert "bestaat al" in str(app.screen.query_one(".form-error").render())
        assert memo.read_bytes() == before


async def test_the_summary_and_export_count_to_the_meeting_as_the_command_line_does(pair):
    """The app's today (30-11) is not the meeting's date (26-11): the summary on screen and an
    exported text count days to the meeting, as ``summary`` does, whatever day they are made."""
    from tui import cli as command_line

    by_cli = pair.with_name("cli.txt")
    assert command_line.main(["summary", str(pair), "--output", str(by_cli)]) == 0
    cli = by_cli.read_text(encoding="utf-8")
    assert "over 91 dagen" in cli and "te laat, 57 dagen" in cli  # 26-11-2026 to 25-02-2027
    app = make_app(pair)
    assert app.today() == TODAY != app.editor.session.meeting.date
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        assert "over 91 dagen" in body(app) and "te laat, 57 dagen" in body(app)
        await pilot.press("e", *["down"] * 5, "enter", "enter")  # text, at the suggested path
        await app.workers.wait_for_complete()
        await pilot.pause()
    exported = pair.with_name(f"{pair.stem}-{t('export.name.text')}.txt")
    assert exported.read_text(encoding="utf-8") == cli


async def test_compare_with_the_previous_session(pair):
    app = make_app(pair)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f7")
        assert isinstance(app.screen, CompareScreen)
        text = body(app)
        assert "Afspraken nagekomen: 7 van de 10" in text
        assert "a12" in text and "Kees Mulder → Marieke van Dijk" in text


async def test_compare_without_a_previous_file_says_why(session_file):
    app = make_app(session_file)  # the follow-up alone: its previous file is not beside it
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f7")
        assert isinstance(app.screen, WorkshopScreen)


async def test_action_review_walks_the_carried_open_actions(pair):
    app = make_app(pair)
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f8")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.ids == ["a2", "a6", "a9", "a11", "a12"]
        await pilot.press("g", "enter")  # a2 done today
        await pilot.press("o", *typing("+2w"), "enter")  # a6 still open, new date
        await pilot.press("v", *typing("Niet nodig"), "enter")  # a9 dropped
        assert (session.action("a2").status, session.action("a2").done) == ("done", TODAY)
        assert session.action("a6").due == date(2026, 12, 14)
        assert (
            session.action("a9").status == "dropped" and "Niet nodig" in session.action("a9").note
        )
        assert screen.index == 3
        await settle(pilot)
        saved, same = on_disk(app)
        assert same and saved.action("a9").status == "dropped"


async def test_the_review_card_says_overdue_once_with_the_days_to_the_meeting(pair):
    app = make_app(pair)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f8")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        screen.index = screen.ids.index("a11")  # due 15-11-2026; the meeting is on 26-11
        screen.refresh_view()
        await pilot.pause()
        card = str(screen.query_one("#review-card").render())
        assert "te laat (11 dagen)" in card
        assert card.lower().count("te laat") == 1, card


async def test_start_screen_compare_and_follow_up_with_review(pair):
    app = InterneKlantenApp(folder=pair.parent, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await start_screen_listed(pilot)
        await pilot.press("c")  # the newest (the follow-up) against its previous
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("escape", "v")  # a follow-up of the follow-up: its date is asked,
        await pilot.pause()
        field = app.screen.query_one("#date")
        field.value = ""
        await pilot.press(*"30-11-2026", "enter")  # and it opens on its review
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.saver.path.name == "2026-11-30-installatiebedrijf-van-dijk-zn.toml"
        assert app.screen.ids == ["a2", "a6", "a9", "a11", "a12", "a15", "a16", "a17"]


async def test_action_review_refuses_a_done_date_after_today(pair):
    """A done date in the future has not happened: compare would count it "op tijd"."""
    app = make_app(pair)
    session = app.editor.session
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f8")
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.ids[0] == "a2"
        await pilot.press("g", *typing("15-12-2026"), "enter")  # TODAY is 30-11-2026
        await pilot.pause()
        assert session.action("a2").status == "open" and session.action("a2").done is None
        assert screen.index == 0  # still on a2: nothing was answered
        assert any("ligt na vandaag" in n.message for n in app._notifications)
        await pilot.press("g", *typing("29-11-2026"), "enter")
        assert (session.action("a2").status, session.action("a2").done) == (
            "done",
            date(2026, 11, 29),
        )
        await settle(pilot)
        saved, same = on_disk(app)
        assert same and saved.action("a2").done == date(2026, 11, 29)
