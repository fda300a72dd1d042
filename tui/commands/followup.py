"""``interne-klanten follow-up OLD [--date D] [--folder F]``: start the next meeting's session file.

The new file is named like one made by ``new`` (``YYYY-MM-DD-<organisation>.toml``), goes next to
the old file unless ``--folder`` says otherwise, and is never written over an existing file: the
operating system decides that (mode ``"x"``), not an earlier check that could race. What is carried
is decided in :mod:`tui.core.followup`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.commands.common import PROG, day_argument, print_error, say, write_new_session
from tui.i18n import t

HELP = "followup.help"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar=t("cli.metavar.file"), help=t("followup.old"))
    parser.add_argument("--date", "--datum", metavar=t("cli.metavar.date"), help=t("followup.date"))
    parser.add_argument(
        "--folder", "--map", metavar=t("cli.metavar.folder"), help=t("followup.folder")
    )


def run(args: argparse.Namespace) -> int:
    from tui.core.followup import follow_up, follow_up_date_problem
    from tui.storage.toml_format import SessionFileError, load_session

    day = day_argument(args.date)
    if day is None:
        return 2
    old_path = Path(args.old)
    try:
        old = load_session(old_path)
    except SessionFileError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(t("followup.fix_first", file=args.old), file=sys.stderr)
        return 1
    refused = follow_up_date_problem(old, day)
    if refused:
        print_error(refused)
        return 2
    folder = Path(args.folder) if args.folder else old_path.parent
    session = follow_up(old, old_path.name, day)
    target = write_new_session(session, folder, "followup.exists")
    if target is None:
        return 1
    open_actions = [a for a in session.actions if a.status == "open"]
    say(t("followup.created", path=target))
    say(
        t(
            "followup.carried",
            previous=old_path.name,
            steps=len(session.steps),
            items=sum(step.item_count() for step in session.steps),
            actions=len(session.actions),
            open=len(open_actions),
            overdue=sum(a.is_overdue(day) for a in open_actions),
        )
    )
    say(t("followup.next", command=f"{PROG} compare {old_path} {target}"))
    return 0
