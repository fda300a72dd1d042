"""``interne-klanten fmt [--check] FILE...``: rewrite session files in the canonical form.

A file is read through the checked reader and written only when its canonical text differs
(atomically); an invalid file is reported and left alone. ``--check`` writes nothing and exits
with status 1 when a file would change.
"""

from __future__ import annotations

import argparse
import sys

from tui.commands.common import print_error, say
from tui.i18n import t

HELP = "cli.fmt.help"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="+", metavar=t("cli.metavar.file"), help=t("cli.check.files")
    )
    parser.add_argument("--check", action="store_true", help=t("cli.fmt.check"))


def run(args: argparse.Namespace) -> int:
    from tui.storage.atomic import atomic_write
    from tui.storage.toml_format import (
        SessionFileError,
        dumps_session,
        parse_session_bytes,
        read_file_bytes,
    )

    check_only: bool = args.check
    status = 0
    for file in args.files:
        try:
            # Read once, through the checked reader: an unreadable file is a problem, not a crash.
            original = read_file_bytes(file)
            session = parse_session_bytes(original, file)
        except SessionFileError as error:
            for problem in error.problems:
                say(str(problem))
            print(t("cli.fmt.skipped", file=file), file=sys.stderr)
            status = 1
            continue
        canonical = dumps_session(session).encode("utf-8")
        if canonical == original:
            if not check_only:
                say(t("cli.fmt.unchanged", file=file))
            continue
        if check_only:
            say(t("cli.fmt.would_change", file=file))
            status = 1
            continue
        try:
            atomic_write(file, canonical)
        except OSError as error:
            print_error(f"{file}: " + t("save.failed", error=error.strerror or error))
            status = 1
            continue
        say(t("cli.fmt.changed", file=file))
    return status
