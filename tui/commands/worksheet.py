"""``interne-klanten worksheet FILE [--output PATH] [--force]``: the worksheet to hand out.

Before the meeting (steps 2a/2b of the instrument) everyone gets the chain with the names filled
in and room per step to write what the internal customer needs. The same as ``summary FILE
--worksheet``; a command of its own because it belongs to another moment than the summary.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tui.commands import summary
from tui.i18n import t

HELP = "export.worksheet_help"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar=t("cli.metavar.file"), help=t("export.file"))
    summary.add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    return summary.export(
        Path(args.file), "html", output=args.output, force=args.force, worksheet=True
    )
