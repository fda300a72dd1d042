"""What the subcommands share: the error line, a new session file, a closed standard output."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from tui.core.text import visible
from tui.i18n import t

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from tui.core.model import Session

PROG = "interne-klanten"


def print_error(message: str) -> None:
    """One line on standard error, after the program's name (for every command). It may quote
    what came from outside (an argument, a file name), so what would steer the terminal is
    shown, not sent (:func:`~tui.core.text.visible`)."""
    print(f"{PROG}: {visible(message)}", file=sys.stderr)


def day_argument(value: str | None) -> date | None:
    """A ``--date`` argument (YYYY-MM-DD; today when not given), or None after saying that it
    cannot be read (the command then exits with 2)."""
    try:
        return date.fromisoformat(value) if value else date.today()
    except ValueError:
        print_error(t("cli.new.bad_date", value=value))
        return None


def say(text: str) -> None:
    """A line on standard output. When the reader went away (``check … | head``), the rest goes
    nowhere and the command goes on, so that its exit status still says what it found."""
    try:
        print(text)
    except BrokenPipeError:
        closed_pipe()


def closed_pipe() -> int:
    """The reader went away (``compare … | head``, or quitting git's pager early): stop quietly.

    Status 0, because nothing is wrong with the files; git would otherwise report that the
    external diff "died". Later writes go to the null device, so the interpreter's final flush
    does not fail either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0


def write_new_session(session: Session, folder: Path, exists_message: str) -> Path | None:
    """Create the session's file in ``folder`` (see :mod:`tui.storage.files`); on failure print
    why (``exists_message`` when the name is taken) and return None."""
    from tui.storage.files import create_session_file, session_file_name

    try:
        return create_session_file(folder, session)
    except FileExistsError:
        name = session_file_name(session.meeting.organisation, session.meeting.date)
        print_error(t(exists_message, path=folder / name))
    except ValueError as error:
        print_error(str(error))
    except OSError as error:
        print_error(t("cli.new.no_folder", folder=folder, error=error.strerror or error))
    return None
