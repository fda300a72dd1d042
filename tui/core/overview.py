"""The overview of every organisation: one row per series found in the folders.

For a facilitator or adviser who runs the workshop at several firms: which follow-ups are due,
which actions are overdue, anywhere, and how well the last follow-up kept its agreements. Each
row is a series (:func:`tui.core.series.find_all_series`; two series at the same firm are two
rows) as its latest readable meeting stands:

- *last meeting*: its date and file; *meetings*: the files in the series;
- *next follow-up*: that meeting's ``follow_up``, **overdue** when it lies before ``today`` (a
  later meeting would be the latest one itself);
- *open* and *overdue* action points in that meeting's register, overdue counted to ``today``
  (not to the meeting's date as the reports of one session count: the overview asks what is late
  now, and the command takes ``--date`` for another day);
- *kept*: the figure of ``compare`` for that meeting against the one right before it; not
  determinable (``kept_after_unreadable`` names the file) when that one is unreadable.

The start screen shows the same columns for every file (:func:`overview_row` with ``at``): one
rule, in one place.

A series with problems carries them (:class:`tui.core.series.SeriesProblem`), and a series of
files none of which can be read is still a row, with its problems: nothing is left out silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tui.core.compare import Kept
from tui.core.series import (
    Chain,
    SeriesFile,
    SeriesProblem,
    kept_at,
    kept_at_last,
    kept_dict,
    not_determinable,
)


@dataclass
class OverviewRow:
    chain: Chain
    folder: str
    last: SeriesFile | None
    """The latest readable meeting, or None when no file of the series can be read."""
    follow_up: date | None = None
    follow_up_overdue: bool = False
    open: int = 0
    overdue: int = 0
    kept: Kept | None = None
    kept_after_unreadable: str = ""
    """The unreadable meeting right before ``last``: kept is then not determinable."""

    @property
    def organisation(self) -> str:
        if self.last is not None and self.last.session is not None:
            return self.last.session.meeting.organisation
        return ""

    @property
    def meetings(self) -> int:
        return len(self.chain.files)

    @property
    def problems(self) -> list[SeriesProblem]:
        return self.chain.problems

    @property
    def name(self) -> str:
        """The file the row stands for: the latest readable meeting, else the latest file."""
        return (self.last or self.chain.files[-1]).name

    def to_dict(self) -> dict[str, Any]:
        last = self.last
        return {
            "organisation": self.organisation,
            "folder": self.folder,
            "meetings": self.meetings,
            "files": [f.name for f in self.chain.files],
            "last_meeting": last.day.isoformat() if last and last.day else None,
            "last_file": last.name if last else None,
            "follow_up": self.follow_up.isoformat() if self.follow_up else None,
            "follow_up_overdue": self.follow_up_overdue,
            "open": self.open,
            "overdue": self.overdue,
            "kept": kept_dict(self.kept),
            "kept_not_determinable": not_determinable(self.kept_after_unreadable)
            if self.kept_after_unreadable
            else None,
            "problems": [p.to_dict() for p in self.problems],
        }


def overview_row(
    chain: Chain,
    today: date,
    folder: str = "",
    at: SeriesFile | None = None,
    kept: tuple[Kept | None, str] | None = None,
) -> OverviewRow:
    """The row of ``chain`` as its latest readable meeting stands, or as meeting ``at`` (a
    readable file of the chain: the start screen's row of each file) stands; ``kept``, when
    given, is :func:`kept_at` of that meeting found before (the start screen finds it in its
    worker). For the latest readable meeting overdue is counted to ``today`` and its follow-up is
    overdue when it lies before ``today``; an earlier meeting was followed up, so its follow-up is
    not overdue and its actions are counted to its own date (as its summary counts them)."""
    if at is None:
        found, last, unreadable = kept_at_last(chain)
    else:
        (found, unreadable), last = kept or kept_at(chain, at), at
    row = OverviewRow(chain, folder, last, kept=found, kept_after_unreadable=unreadable)
    if last is not None and last.session is not None:
        session = last.session
        latest = bool(chain.readable) and chain.readable[-1].name == last.name
        day = today if latest else session.meeting.date
        row.follow_up = session.meeting.follow_up
        row.follow_up_overdue = latest and row.follow_up is not None and row.follow_up < today
        row.open = sum(a.status == "open" for a in session.actions)
        row.overdue = sum(a.is_overdue(day) for a in session.actions)
    return row


def sort_key(row: OverviewRow) -> tuple[bool, str, str]:
    """Readable series by organisation (case ignored), then the ones that cannot be read."""
    return (row.last is None, row.organisation.casefold(), row.name)


def overview_dict(rows: list[OverviewRow], today: date, folders: list[str]) -> dict[str, Any]:
    return {
        "today": today.isoformat(),
        "folders": folders,
        "series": [row.to_dict() for row in rows],
    }
