"""``interne-klanten new --organisation NAME [--date D] [--folder F] [--chain NAME | --like FILE]``:
a new session file, with a built-in chain or another session's chain, people and customer."""

from __future__ import annotations

import argparse
from pathlib import Path

from tui.commands.common import day_argument, print_error, say, write_new_session
from tui.i18n import t

HELP = "cli.new.help_chains"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from tui.core.chain import chain_names, describe_chain

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
    parser.add_argument(
        "--chain",
        "--keten",
        choices=chain_names(),
        metavar=t("cli.metavar.chain"),
        help=t("cli.new.chain", chains="; ".join(describe_chain(n) for n in chain_names())),
    )
    parser.add_argument("--like", "--zoals", metavar=t("cli.metavar.file"), help=t("cli.new.like"))


def run(args: argparse.Namespace) -> int:
    from tui.core.chain import DEFAULT_CHAIN, new_session, session_like

    day = day_argument(args.date)
    if day is None:
        return 2
    if args.chain and args.like:
        print_error(t("cli.new.chain_and_like"))
        return 2
    other = None
    if args.like:
        from tui.storage.toml_format import SessionFileError, load_session

        try:
            other = load_session(Path(args.like))
        except SessionFileError as error:
            for problem in error.problems:
                print_error(str(problem))
            return 1
    organisation = args.organisation
    from tui.storage.files import session_file_name

    try:
        session_file_name(organisation, day)
    except ValueError as error:  # no letters or digits: a usage error, like a bad date
        print_error(str(error))
        return 2
    if other is not None:
        session = session_like(other, organisation, day)
    else:
        session = new_session(organisation, day, chain=args.chain or DEFAULT_CHAIN)
    target = write_new_session(session, Path(args.folder), "cli.new.exists")
    if target is None:
        return 1
    say(t("cli.new.created", path=target))
    return 0
