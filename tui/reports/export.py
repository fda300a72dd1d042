"""One export of a session, as bytes: the memo, the printable page or worksheet, the action
points as CSV, the calendar, or the terminal summary as plain text. Shared by ``summary`` on the
command line and the export dialog in the app; writing the bytes somewhere is the caller's job."""

from __future__ import annotations

import io
from datetime import date, datetime

from tui.core.model import Session

FORMATS = ("markdown", "html", "worksheet", "csv", "ics", "text")
"""What the app offers (the CLI spells the worksheet ``--worksheet`` and text ``terminal``)."""

SUFFIXES = {
    "markdown": ".md", "html": ".html", "worksheet": ".html", "csv": ".csv", "ics": ".ics",
    "text": ".txt", "terminal": ".txt",
}  # fmt: skip


def render(
    session: Session,
    form: str,
    *,
    today: date,
    now: datetime,
    previous: Session | None = None,
    previous_name: str = "",
    note: str = "",
    worksheet: bool = False,
    reminders: bool = True,
) -> bytes:
    """The bytes of ``session`` in ``form``; ``previous`` adds the "since last time" parts (and
    tells the calendar which events to cancel); ``reminders`` is the calendar's alarms."""
    if form == "csv":
        from tui.reports.actions_csv import actions_csv_bytes

        return actions_csv_bytes(session)
    if form == "ics":
        from tui.reports.calendar import calendar_ics

        return calendar_ics(session, now=now, previous=previous, reminders=reminders)
    if worksheet or form == "worksheet":
        from tui.reports.page import worksheet_html

        return worksheet_html(session).encode("utf-8")
    if form == "markdown":
        from tui.reports.memo import memo_markdown

        text = memo_markdown(session, today=today, previous=previous, previous_name=previous_name)
    elif form == "html":
        from tui.reports.page import summary_html

        text = summary_html(session, today=today, previous=previous, previous_name=previous_name)
    else:  # the terminal summary as text: plain, at 80 columns
        from tui.reports.summary import make_console, print_summary

        buffer = io.StringIO()
        console = make_console(buffer, width=80, plain=True)
        print_summary(
            session, console, today=today, previous=previous, previous_name=previous_name, note=note
        )
        text = buffer.getvalue()
    return text.encode("utf-8")
