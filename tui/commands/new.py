"""``interne-klanten new --organisation NAME [--date D] [--folder F]``: a new session file."""

from __future__ import annotations

import argparse
from pathlib import Path

from tui.commands.common import day_argument, print_error, say, write_new_session
from tui.i18n import t

HELP = "cli.new.help"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--organisation", "--organisatie", required=True, metavar=t("cli.metavar.name"),
        help=t("cli.new.organisation"),
    )  # fmt: skip
    parser.add_argument("--date", "--datum", metavar=t("cli.metavar.date"), help=t("cli.new.date"))
    parser.add_argument(
        "--folder",
        "--map",
        default="sessions",
        metavar=t("cli.metavar.folder"),
        help=t("cli.new.folder"),
    )


def run(args: argparse.Namespace) -> int:
    from tui.core.chain import new_session

    day = day_argument(args.date)
    if day is None:
        return 2
    from tui.storage.files import session_file_name

    try:
        session_file_name(args.organisation, day)
    except ValueError as error:  # no letters or digits: a usage error, like a bad date
        print_error(str(error))
        return 2
    session = new_session(args.organisation, day)
    target = write_new_session(session, Path(args.folder), "cli.new.exists")
    if target is None:
        return 1
    say(t("cli.new.created", path=target))
    return 0
