"""The overview of every organisation to read: in the terminal (Rich), as JSON, as CSV for a
spreadsheet and as one calendar with every organisation's open actions and follow-ups.

The rows are :class:`tui.core.overview.OverviewRow`. Session text is data, as in every report:
Rich gets ``Text``; the CSV follows :mod:`tui.reports.actions_csv` (``;``, UTF-8 with a byte-order
mark, CRLF, ISO dates, a formula-like cell made text); the calendar holds exactly the events each
session's own export has (:func:`tui.reports.calendar.add_session_events`: the same UIDs, so
importing both never gives copies), for the latest readable meeting of every series.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime

from rich import box
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from tui.core.dates import format_date
from tui.core.overview import OverviewRow, overview_dict
from tui.core.text import clean_line, clean_text
from tui.i18n import t
from tui.reports.actions_csv import BOM, DELIMITER, neutralise


def csv_headings() -> list[str]:
    return [
        t("overview.csv.organisation"), t("overview.csv.meetings"),
        t("overview.csv.last_meeting"), t("overview.csv.last_file"), t("overview.csv.follow_up"),
        t("overview.csv.follow_up_overdue"), t("overview.csv.open"), t("overview.csv.overdue"),
        t("overview.csv.kept_done"), t("overview.csv.kept_due"), t("overview.csv.kept_on_time"),
        t("overview.csv.kept_percent"), t("overview.csv.problems"),
    ]  # fmt: skip


def column_headings() -> dict[str, str]:
    """The terminal table's columns: name -> heading."""
    return {
        "organisation": t("overview.col.organisation"),
        "last": t("overview.col.last"),
        "meetings": t("overview.col.meetings"),
        "follow_up": t("overview.col.follow_up"),
        "open": t("overview.col.open"),
        "overdue": t("overview.col.overdue"),
        "kept": t("overview.col.kept"),
    }


def kept_text(row: OverviewRow) -> str:
    """``10/11 91%``, ``niets verlopen``, ``niet te bepalen`` (the meeting before is unreadable),
    or nothing (a first meeting): the kept column of the overview and of the start screen."""
    kept = row.kept
    if row.kept_after_unreadable:
        return t("series.kept_unknown")
    if kept is None:
        return ""
    if not kept.due:
        return t("series.kept_none")
    return t("series.kept_cell", done=kept.done, due=kept.due, percent=kept.percent)


def kept_note(row: OverviewRow) -> str:
    """Why the row's kept is not determinable, in a line; ``""`` when it is."""
    if not row.kept_after_unreadable:
        return ""
    return t(
        "overview.kept_unknown_note",
        organisation=clean_line(row.organisation),
        file=row.kept_after_unreadable,
    )


def follow_up_text(row: OverviewRow, separator: str = " ") -> str:
    """``27-05-2027``, ``27-05-2027 te laat`` (``separator`` between), or ``geen datum``."""
    if row.last is None:
        return ""
    if row.follow_up is None:
        return t("overview.no_follow_up")
    text = format_date(row.follow_up)
    if row.follow_up_overdue:
        return f"{text}{separator}{t('overview.follow_up_overdue')}"
    return text


def organisation_text(row: OverviewRow) -> str:
    """The organisation; for a series none of whose files can be read, its latest file."""
    return (
        clean_line(row.organisation) or f"{clean_line(row.name)} {t('overview.unreadable_series')}"
    )


# --- Rich ----------------------------------------------------------------------------------------


def rich_renderables(
    rows: list[OverviewRow], today: date, folders: list[str]
) -> list[RenderableType]:
    shown = ", ".join(clean_line(f) for f in folders)
    parts: list[RenderableType] = [
        Text(t("overview.title", count=len(rows), folders=shown), style="bold"),
        Text(t("overview.counted", date=format_date(today)), style="dim"),
    ]
    if not rows:
        parts.append(Text(t("overview.empty", folders=shown)))
        return parts
    table = Table(
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        show_edge=False,
        padding=(0, 1),
        collapse_padding=True,
        expand=True,
    )
    headings = column_headings()
    for key, justify in (("organisation", "left"), ("last", "left"), ("meetings", "right"),
                         ("follow_up", "left"), ("open", "right"), ("overdue", "right"),
                         ("kept", "left")):  # fmt: skip
        wide = key == "organisation"
        table.add_column(
            Text(headings[key]),
            justify=justify,  # type: ignore[arg-type]
            overflow="fold",
            ratio=1 if wide else None,
            min_width=22 if wide else None,
            max_width=12 if key == "kept" else None,  # "niet te bepalen" wraps, not the name
            no_wrap=key in ("last", "meetings", "open", "overdue"),
        )
    late = "bold red"
    for row in rows:
        last = row.last
        if last is None:  # a file name is too long for the column: listed below the table
            continue
        table.add_row(
            Text(organisation_text(row)),
            Text(format_date(last.day)),
            Text(str(row.meetings)),
            Text(follow_up_text(row, "\n"), style=late if row.follow_up_overdue else ""),
            Text(str(row.open)),
            Text(str(row.overdue), style=late if row.overdue else ""),
            Text(kept_text(row)),
        )
    parts.append(table)
    unreadable = [clean_line(row.name) for row in rows if row.last is None]
    if unreadable:
        parts.append(Text(t("overview.not_in_table", files=", ".join(unreadable)), style=late))
    with_problems = [row for row in rows if row.problems or kept_note(row)]
    if with_problems:
        parts.append(Text(t("overview.problems"), style="bold"))
        for row in with_problems:
            if kept_note(row):
                parts.append(Text.assemble(("! ", "bold red"), Text(kept_note(row))))
            for problem in row.problems:
                parts.append(Text.assemble(("! ", "bold red"), Text(clean_text(problem.message()))))
                parts += [Text("    " + clean_line(line), style="dim") for line in problem.details]
    return parts


def print_report(
    rows: list[OverviewRow], today: date, folders: list[str], console: Console
) -> None:
    for part in rich_renderables(rows, today, folders):
        console.print(part, markup=False, emoji=False, highlight=False)


# --- JSON and CSV --------------------------------------------------------------------------------


def json_report(rows: list[OverviewRow], today: date, folders: list[str]) -> str:
    return json.dumps(overview_dict(rows, today, folders), ensure_ascii=False, indent=2) + "\n"


def csv_rows(rows: list[OverviewRow]) -> list[list[str]]:
    out = [csv_headings()]
    for row in rows:
        last, kept = row.last, row.kept
        values = [
            row.organisation,
            str(row.meetings),
            last.day.isoformat() if last and last.day else "",
            last.name if last else row.name,
            row.follow_up.isoformat() if row.follow_up else "",
            t("overview.yes") if row.follow_up_overdue else t("overview.no"),
            str(row.open) if last else "",
            str(row.overdue) if last else "",
            str(kept.done) if kept else "",
            str(kept.due) if kept else "",
            str(kept.on_time) if kept else "",
            str(kept.percent) if kept and kept.percent is not None else "",
            "\n".join(
                [kept_note(row)] * bool(kept_note(row))
                + [line for p in row.problems for line in (p.message(), *p.details)]
            ),
        ]
        out.append([neutralise(clean_text(value)) for value in values])
    return out


def csv_report(rows: list[OverviewRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(csv_rows(rows))
    return (BOM + out.getvalue()).encode("utf-8")


# --- the calendar --------------------------------------------------------------------------------


def ics_report(rows: list[OverviewRow], *, now: datetime, reminders: bool = True) -> bytes:
    """One calendar: for every series its latest readable meeting's follow-up and open actions
    (and, as in its own export, the cancellations since the readable meeting before it)."""
    from tui.reports.calendar import add_session_events, new_calendar, to_ical

    calendar = new_calendar(t("overview.ics.calendar_name"))
    for row in rows:
        last = row.last
        if last is None or last.session is None:
            continue
        readable = row.chain.readable
        index = readable.index(last)
        previous = readable[index - 1].session if index > 0 else None
        add_session_events(calendar, last.session, now=now, previous=previous, reminders=reminders)
    return to_ical(calendar)
