"""``interne-klanten overview [FOLDER...] [--format rich|json|csv|ics] [--date D] [--output PATH]
[--force] [--no-reminders]``: every organisation found in the folders, one row per series.

Per series (see :mod:`tui.core.overview`): the last meeting, the next follow-up (and whether it is
overdue), the open and overdue action points, the agreements kept at the last follow-up. Files
with problems are listed with their problem, never skipped. ``--format ics`` is one calendar with
every organisation's open actions and planned follow-ups.

Exit status: 0 shown, 1 shown but a file or a series has problems (or an output file could not be
written), 2 a wrong call (a folder that is not there, a date that cannot be read).
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tui.commands.common import closed_pipe, day_argument, print_error
from tui.i18n import t

if TYPE_CHECKING:
    from tui.core.overview import OverviewRow

HELP = "overview.help"
FORMATS = ("rich", "json", "csv", "ics")
NOT_FOR_A_TERMINAL = ("csv", "ics")
SUFFIXES = {"rich": ".txt", "json": ".json", "csv": ".csv", "ics": ".ics"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from tui.commands.summary import add_output_arguments, add_reminders_argument

    parser.add_argument(
        "folders", nargs="*", metavar=t("cli.metavar.folder"), help=t("overview.folders")
    )
    parser.add_argument(
        "--format", "--vorm", choices=FORMATS, default="rich", help=t("series.format")
    )
    parser.add_argument("--date", "--datum", help=t("overview.date"))
    add_output_arguments(parser)
    add_reminders_argument(parser)


def run(args: argparse.Namespace) -> int:
    folders: list[str] = args.folders or ["sessions"]
    for folder in folders:
        if not Path(folder).is_dir():
            print_error(t("overview.not_a_folder", folder=folder))
            return 2
    today = day_argument(args.date)
    if today is None:
        return 2
    form: str = args.format
    if not args.reminders and form != "ics":
        print_error(t("export.no_reminders_format"))
        return 2
    from tui.commands import output

    if args.output is None and form in NOT_FOR_A_TERMINAL and output.stdout_is_terminal():
        example = f"overzicht{SUFFIXES[form]}"
        print_error(t("export.not_for_terminal", format=form, example=example))
        return 2
    if args.output is not None:
        status = output.check_target(Path(folders[0]), Path(args.output), args.force)
        if status:
            return status
    rows = overview_rows(folders, today)
    status = write(rows, today, folders, form, args)
    return status or (1 if any(row.problems for row in rows) else 0)


def overview_rows(folders: list[str], today: date) -> list[OverviewRow]:
    """Every series in ``folders`` as a row of the overview, by organisation."""
    from tui.core.overview import overview_row, sort_key
    from tui.core.series import find_all_series
    from tui.storage.folder import SessionFolder

    rows = []
    for folder in folders:
        found = SessionFolder(folder)
        found.load_all()
        rows += [overview_row(chain, today, folder) for chain in find_all_series(found)]
    return sorted(rows, key=sort_key)


def render(
    rows: list[OverviewRow], today: date, folders: list[str], form: str, *, reminders: bool = True
) -> bytes:
    from tui.reports import overview_report

    if form == "json":
        return overview_report.json_report(rows, today, folders).encode("utf-8")
    if form == "csv":
        return overview_report.csv_report(rows)
    if form == "ics":
        return overview_report.ics_report(rows, now=datetime.now(UTC), reminders=reminders)
    from tui.reports.compare_report import make_console

    buffer = io.StringIO()
    overview_report.print_report(rows, today, folders, make_console(buffer, width=100, plain=True))
    return buffer.getvalue().encode("utf-8")


def write(
    rows: list[OverviewRow], today: date, folders: list[str], form: str, args: argparse.Namespace
) -> int:
    from tui.commands import output

    if args.output is not None:
        data = render(rows, today, folders, form, reminders=args.reminders)
        return output.to_file(Path(args.output), data, args.force)
    if form != "rich":
        return output.to_stdout(render(rows, today, folders, form, reminders=args.reminders))
    from tui.reports.compare_report import make_console
    from tui.reports.overview_report import print_report

    try:
        print_report(rows, today, folders, make_console())
        sys.stdout.flush()
    except BrokenPipeError:
        return closed_pipe()
    return 0
