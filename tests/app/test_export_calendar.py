"""The calendar from the app's export dialog (issue 15): with reminders by default, without them
when the checkbox under the file is cleared, and with the previous session beside it, the done
and dropped actions as cancelled events. The checkbox shows for the calendar only."""

from __future__ import annotations

from datetime import date

import icalendar

from tests.app.helpers import ROOT, make_app
from tui.app.screens.report import ExportDialog

SIZE = (120, 35)
FIRST = ROOT / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
ICS = 4  # the place of "ics" in the dialog's list (tui.reports.export.FORMATS)


def events(data: bytes) -> list:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


async def export_calendar(pair, *, reminders: bool) -> bytes:
    app = make_app(pair)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f6", "e")
        assert isinstance(app.screen, ExportDialog)
        box = app.screen.query_one("#export-reminders")
        assert not box.display  # the memo is highlighted first
        await pilot.press(*["down"] * ICS)
        assert box.display and box.value
        await pilot.press("enter")  # to the file name
        if not reminders:
            await pilot.press("tab", "space", "shift+tab")
            assert not box.value
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    written = pair.with_name(f"{pair.stem}-agenda.ics")
    assert written.is_file()
    return written.read_bytes()


async def test_the_calendar_has_reminders_and_cancelled_events(pair):
    found = events(await export_calendar(pair, reminders=True))
    # the session is of 2026-11-26: what is due from 28-11 on has its reminder (not what is late)
    coming = [
        e for e in found if e["STATUS"] == "CONFIRMED" and e.decoded("DTSTART") > date(2026, 11, 27)
    ]
    assert coming and all([c.name for c in e.subcomponents] == ["VALARM"] for e in coming)
    cancelled = {str(e["UID"]) for e in found if e["STATUS"] == "CANCELLED"}
    assert "installatiebedrijf-van-dijk-zn-a1@interne-klanten" in cancelled  # done since


async def test_the_checkbox_leaves_out_the_reminders(pair):
    data = await export_calendar(pair, reminders=False)
    assert b"VALARM" not in data
    assert any(e["STATUS"] == "CONFIRMED" for e in events(data))
