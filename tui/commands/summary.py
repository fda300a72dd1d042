"""``interne-klanten summary FILE [--format F] [--output PATH] [--force] [--worksheet]
[--no-reminders]``.

After the meeting: the summary on screen (the default), the memo for all employees (markdown), a
printable page (html), the action points for a spreadsheet (csv) and the follow-up with the
action deadlines for the calendar (ics; ``--no-reminders`` leaves out its reminders).
``--worksheet`` (or ``interne-klanten worksheet FILE``) makes the worksheet to hand out before the
meeting.

Where the output goes: text (the summary, the memo) to standard output unless ``--output`` names a
file; html, csv and ics need ``--output``, or standard output that is not a terminal (a pipe or a
redirect), so that a page of HTML never scrolls over the screen. An existing output file is not
overwritten without ``--force``, and never the session file itself.

Exit status: 0 done, 1 the session or the output file could not be read or written (every problem
printed as ``check`` prints it, never a traceback), 2 a wrong call.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tui.commands import output as destination
from tui.commands.common import closed_pipe, print_error
from tui.i18n import t

if TYPE_CHECKING:
    from tui.core.model import Session

HELP = "summary.cli.help"
FORMATS = ("terminal", "markdown", "html", "csv", "ics")
NOT_FOR_A_TERMINAL = ("html", "csv", "ics")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar=t("cli.metavar.file"), help=t("export.file"))
    parser.add_argument(
        "--format", "--vorm", choices=FORMATS, default=None, help=t("export.format")
    )
    add_output_arguments(parser)
    parser.add_argument(
        "--worksheet", "--werkblad", action="store_true", help=t("export.worksheet")
    )
    add_reminders_argument(parser)


def add_reminders_argument(parser: argparse.ArgumentParser) -> None:
    """``--no-reminders`` for a calendar (``ics``), shared with ``overview``."""
    parser.add_argument(
        "--no-reminders",
        "--geen-herinneringen",
        dest="reminders",
        action="store_false",
        help=t("export.no_reminders"),
    )


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    """``--output`` and ``--force``, shared with ``worksheet``."""
    parser.add_argument("--output", "-o", metavar=t("export.metavar.path"), help=t("export.output"))
    parser.add_argument("--force", action="store_true", help=t("export.force"))


def run(args: argparse.Namespace) -> int:
    form = args.format or ("html" if args.worksheet else "terminal")
    if args.worksheet and form != "html":
        print_error(t("export.worksheet_format"))
        return 2
    if not args.reminders and form != "ics":
        print_error(t("export.no_reminders_format"))
        return 2
    return export(
        Path(args.file), form, output=args.output, force=args.force, worksheet=args.worksheet,
        reminders=args.reminders,
    )  # fmt: skip


def export(
    path: Path,
    form: str,
    *,
    output: str | None,
    force: bool,
    worksheet: bool = False,
    reminders: bool = True,
) -> int:
    """Read the session at ``path`` and write it in ``form`` to ``output`` or standard output."""
    if output is None and form in NOT_FOR_A_TERMINAL and destination.stdout_is_terminal():
        from tui.reports.export import SUFFIXES

        example = path.with_suffix(SUFFIXES[form]).name
        print_error(t("export.not_for_terminal", format=form, example=example))
        return 2
    target = Path(output) if output is not None else None
    if target is not None:
        status = destination.check_target(path, target, force)
        if status:
            return status

    from tui.storage.toml_format import SessionFileError, load_session

    try:
        session = load_session(path)
    except SessionFileError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(t("export.fix_first", file=path), file=sys.stderr)
        return 1
    from tui.reports.export import render
    from tui.reports.phrases import reference_day

    # Days ("te laat, 57 dagen") count to the meeting's date in every form, as compare does.
    today = reference_day(session)

    if form == "terminal" and target is None:
        return _print_summary(path, session, today)
    previous, previous_name, note = previous_of(path, session)
    if note and form not in ("terminal", "csv", "ics") and not worksheet:
        print_error(note)
    data = render(
        session, form, today=today, previous=previous, previous_name=previous_name, note=note,
        worksheet=worksheet, now=datetime.now(UTC), reminders=reminders,
    )  # fmt: skip
    if target is None:
        return destination.to_stdout(data)
    return destination.to_file(target, data, force)


def previous_of(path: Path, session: Session) -> tuple[Session | None, str, str]:
    """The session this one follows up (see :func:`tui.storage.files.load_previous`), with the
    reason in words when it could not be read."""
    from tui.storage.files import load_previous

    previous, name, problem = load_previous(path, session)
    note = t(f"summary.previous_{problem}", file=name) if problem else ""
    return previous, name, note


def _print_summary(path: Path, session: Session, today: date) -> int:
    from tui.reports.summary import make_console, print_summary

    previous, previous_name, note = previous_of(path, session)
    console = make_console()
    try:
        print_summary(
            session, console, today=today, previous=previous, previous_name=previous_name, note=note
        )
        sys.stdout.flush()
    except BrokenPipeError:
        return closed_pipe()
    return 0
