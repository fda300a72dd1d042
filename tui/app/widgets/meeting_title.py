"""The title line on top of every screen of an open session: which meeting this is.

``Installatiebedrijf Van Dijk & Zn. · 26-11-2026 · vervolg op 27-08-2026``, and for a closed
meeting the read-only banner in the same line (``GESLOTEN · alleen lezen · heropenen: F5``), on a
warning colour and in words, so that a black-and-white projector shows it too. It wraps rather
than cuts: at 80 columns a long organisation name takes a second line.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from tui.core.dates import format_date
from tui.core.model import Session
from tui.core.text import clean_line
from tui.i18n import t

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


def previous_date(session: Session) -> date | None:
    """The date of the meeting this one follows up, from its file name (``2026-08-27-….toml``,
    as every session file is named), or None."""
    name = session.meeting.previous
    try:
        return date.fromisoformat(name[:10]) if name else None
    except ValueError:
        return None


def meeting_title(session: Session) -> str:
    meeting = session.meeting
    if meeting.previous:
        before = previous_date(session)
        kind = t("title.follow_up_of", date=format_date(before)) if before else t("title.follow_up")
    else:
        kind = t("title.first")
    return " · ".join((clean_line(meeting.organisation), format_date(meeting.date), kind))


class MeetingTitle(Static):
    app: InterneKlantenApp

    DEFAULT_CSS = """
    MeetingTitle {
        height: auto;
        padding: 0 1;
        text-style: bold;
    }
    MeetingTitle.-closed {
        background: $warning;
        color: $background;
    }
    """

    def on_mount(self) -> None:
        self.show()

    def show(self) -> None:
        """Draw from the open session (again after every change: the app calls this); nothing
        on a report opened from the start screen, with no session open."""
        if self.app.saver is None:
            self.display = False
            return
        editor = self.app.editor
        text = meeting_title(editor.session)
        if editor.read_only:
            text += " · " + t("banner.closed")
        self.set_class(editor.read_only, "-closed")
        self.update(Content(text))
