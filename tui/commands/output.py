"""Where a command's output goes: standard output or a file (``--output``, ``--force``), the
same for every command that writes a report (summary, worksheet, series, overview)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tui.commands.common import closed_pipe, print_error, say
from tui.i18n import t


def stdout_is_terminal() -> bool:
    """Standard output is a terminal (not a pipe or a file): no html, csv or ics there."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def check_target(source: Path, target: Path, force: bool) -> int:
    """0 when ``target`` may be written (never the input itself; an existing file only with
    ``force``), else the exit status after saying why."""
    try:
        same = target.exists() and os.path.samefile(source, target)
    except OSError:
        same = False
    if same:
        print_error(t("export.same_as_input", path=target))
        return 1
    if target.exists() and not force:
        print_error(t("export.exists", path=target))
        return 1
    return 0


def to_stdout(data: bytes) -> int:
    """Write ``data`` to standard output as bytes; a reader that went away is no error."""
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        else:
            sys.stdout.write(data.decode("utf-8"))
            sys.stdout.flush()
    except BrokenPipeError:
        return closed_pipe()
    return 0


def to_file(target: Path, data: bytes, force: bool) -> int:
    """Write ``data``; without ``force`` the operating system refuses an existing file ("x")."""
    from tui.storage.atomic import atomic_write
    from tui.storage.files import write_new_file

    try:
        if force:
            atomic_write(target, data)
        else:
            write_new_file(target, data)
    except FileExistsError:
        print_error(t("export.exists", path=target))
        return 1
    except OSError as error:
        print_error(t("export.failed", path=target, error=error.strerror or error))
        return 1
    say(t("export.written", path=target))
    return 0
