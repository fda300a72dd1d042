"""``interne-klanten check FILE...``: read each session file and list every problem in it.

Exit status 0 when every file is valid, 1 otherwise (for a git hook); the problems go to standard
output, one a line, as ``file:line:column: key: message``.
"""

from __future__ import annotations

import argparse
import sys

from tui.commands.common import say
from tui.i18n import t

HELP = "cli.check.help"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="+", metavar=t("cli.metavar.file"), help=t("cli.check.files")
    )


def run(args: argparse.Namespace) -> int:
    from tui.storage.toml_format import SessionFileError, load_session

    files: list[str] = args.files
    bad = 0
    for file in files:
        try:
            load_session(file)
        except SessionFileError as error:
            bad += 1
            for problem in error.problems:
                say(str(problem))
        else:
            say(t("cli.check.ok", file=file))
    if bad:
        print(t("cli.check.summary_bad", bad=bad, total=len(files)), file=sys.stderr)
    return 1 if bad else 0
