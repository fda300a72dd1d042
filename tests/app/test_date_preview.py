"""A date typed into a date field shows the date it will store before ``enter`` stores it: in the
action form ("klaar op") and on the meeting screen; then the model and the saved file hold
exactly that date. Today is the helpers' fixed Monday 30 November 2026."""

from __future__ import annotations

from datetime import date

from tests.app.helpers import make_app, on_disk, settle, typing
from tui import i18n
from tui.app.screens.meeting import MeetingScreen
from tui.app.widgets.date_preview import DatePreview
from tui.app.widgets.item_section import ItemSection
from tui.i18n import t

SIZE = (80, 24)


def actions(app) -> ItemSection:
    return app.screen.query_one("#section-actions", ItemSection)


def shown(preview: DatePreview) -> str:
    """The preview's text as a person sees it: nothing when it is not displayed."""
    return str(preview.render()) if preview.display else ""


async def test_the_due_date_shows_what_it_resolves_to_while_typed_then_is_stored(app):
    session = app.editor.session
    count = len(session.actions)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        actions(app).grid.focus()
        await pilot.press("n", *typing("Bel"), "tab", *typing("Sand"), "tab")
        preview = actions(app).query_one(DatePreview)
        assert shown(preview) == ""  # nothing typed yet

        await pilot.press(*typing("over 2 we"))
        assert shown(preview) == f"klaar op: {t('date.not_yet')}"
        assert preview.has_class("-error")
        await pilot.press(*typing("ken"))
        assert shown(preview) == "klaar op = ma 14-12-2026"
        assert not preview.has_class("-error")
        assert len(session.actions) == count  # shown, not yet stored

        await pilot.press("tab")  # the preview is about the field being typed in
        assert shown(preview) == ""
        await pilot.press("shift+tab")
        assert shown(preview) == "klaar op = ma 14-12-2026"

        await pilot.press("enter")
        action = session.actions[-1]
        assert len(session.actions) == count + 1
        assert (action.what, action.who, action.due) == ("Bel", "Sandra Bos", date(2026, 12, 14))
        await settle(pilot)
        saved, same = on_disk(app)
        assert same and saved.action(action.id).due == date(2026, 12, 14)


async def test_each_typed_form_previews_the_date_that_is_then_stored(app):
    session = app.editor.session
    cases = [
        ("vr", "vr 04-12-2026", date(2026, 12, 4)),  # the next Friday
        ("30-11", "ma 30-11-2026", date(2026, 11, 30)),  # the day itself is today
        ("29-11", "ma 29-11-2027", date(2027, 11, 29)),  # yesterday's: next year
    ]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for typed, preview_text, meant in cases:
            actions(app).grid.focus()
            await pilot.press("n", "X", "tab", "tab", *typing(typed))
            assert shown(actions(app).query_one(DatePreview)) == f"klaar op = {preview_text}"
            await pilot.press("enter")
            assert session.actions[-1].due == meant
        await settle(pilot)
        saved, same = on_disk(app)
        assert same
        assert [a.due for a in saved.actions[-3:]] == [meant for _t, _p, meant in cases]


async def test_an_unreadable_date_is_said_in_the_preview_and_on_enter_nothing_is_stored(app):
    session = app.editor.session
    count = len(session.actions)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        actions(app).grid.focus()
        await pilot.press("n", "X", "tab", "tab", *typing("gisteren"), "enter")
        section = actions(app)
        assert len(session.actions) == count
        assert shown(section.query_one(DatePreview)) == f"klaar op: {t('date.not_yet')}"
        error = str(section.query_one(".form-error").render())
        assert error == t("date.unreadable", value="gisteren")  # the full message, once
        await pilot.press("ctrl+u", *typing("morgen"))
        assert shown(section.query_one(DatePreview)) == "klaar op = di 01-12-2026"
        await pilot.press("enter")
        assert len(session.actions) == count + 1 and session.actions[-1].due == date(2026, 12, 1)


async def test_in_english_the_preview_is_english(session_file):
    i18n.set_language("en")
    app = make_app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        actions(app).grid.focus()
        await pilot.press("n", "X", "tab", "tab", *typing("fri"))
        assert shown(actions(app).query_one(DatePreview)) == "due = Fri 2026-12-04"
        await pilot.press("enter")
        assert app.editor.session.actions[-1].due == date(2026, 12, 4)


async def test_the_meeting_screen_previews_its_dates_and_stores_them(app):
    def meeting():
        return app.editor.session.meeting  # a change makes a new one

    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        date_preview, follow_up_preview = screen.query(DatePreview)
        screen.query_one("#meeting-follow_up").focus()
        await pilot.press("ctrl+u", *typing("+3m"))
        assert shown(follow_up_preview) == "= zo 28-02-2027"  # three months on, at February's end
        assert shown(date_preview) == ""  # only the field being typed in
        await pilot.press("enter")
        assert meeting().follow_up == date(2027, 2, 28)

        screen.query_one("#meeting-date").focus()
        await pilot.pause()
        assert shown(date_preview) == "= do 26-11-2026"  # the date it holds, with its weekday
        await pilot.press("ctrl+u", *typing("gisteren"))
        assert shown(date_preview) == t("date.not_yet") and date_preview.has_class("-error")
        await pilot.press("enter")
        assert meeting().date == date(2026, 11, 26)  # refused, not stored
        error = str(screen.query_one("#meeting-error").render())
        assert error == f"Datum: {t('date.unreadable', value='gisteren')}"
        await pilot.press("ctrl+u", *typing("vr"))
        assert shown(date_preview) == "= vr 04-12-2026"
        await pilot.press("enter")
        assert meeting().date == date(2026, 12, 4)
        await settle(pilot)
        saved, same = on_disk(app)
        assert same
        assert (saved.meeting.date, saved.meeting.follow_up) == (
            date(2026, 12, 4),
            date(2027, 2, 28),
        )


async def test_an_emptied_meeting_field_is_refused_by_its_label_once(app):
    """The model's refusal names the field as F2 labels it, once: "'Organisatie' mag niet leeg
    zijn", never the file's key ('organisation') nor "Organisatie: 'Organisatie' …"."""
    meeting = app.editor.session.meeting
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        for name in ("organisation", "date"):
            field = screen.query_one(f"#meeting-{name}")
            field.focus()
            await pilot.press("ctrl+u", "enter")
            assert app.focused is field and field.has_class("-invalid")
            error = str(screen.query_one("#meeting-error").render())
            assert error == f"'{t(f'meeting.{name}')}' mag niet leeg zijn"
        assert app.editor.session.meeting == meeting  # nothing stored
        await settle(pilot)
        assert on_disk(app)[0].meeting == meeting


async def test_moving_between_other_fields_leaves_the_previews_alone(app, monkeypatch):
    """Every focus change asks each preview to show itself again; one whose text stays the same
    and stays hidden does nothing (an ``update`` laid the whole screen out once more)."""
    updates: list[str] = []
    original = DatePreview.update

    def counting(self, *args, **kwargs):
        updates.append(str(self.field.id))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(DatePreview, "update", counting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        screen = app.screen
        screen.query_one("#meeting-title").focus()
        await pilot.pause()
        updates.clear()
        await pilot.press("tab", "tab", "shift+tab")  # title, location, facilitator and back
        assert updates == []
        screen.query_one("#meeting-date").focus()  # a date field: its preview shows its date
        await pilot.pause()
        preview = next(p for p in screen.query(DatePreview) if p.field.id == "meeting-date")
        assert shown(preview) == "= do 26-11-2026"  # made when the screen was, shown now
        assert updates == []
