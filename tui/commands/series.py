"""``interne-klanten series FILE [--format rich|markdown|html|json] [--output PATH] [--force]``.

The series FILE is a meeting of (see :mod:`tui.core.series`): per meeting the agreements kept, the
action register, the items per step; what came back; per step and per person how many actions were
done on time. In the terminal with small charts (the default), as Markdown, as a printable page
(html, with inline SVG charts) and as JSON.

Where the output goes, as for ``summary``: text to standard output unless ``--output`` names a
file; html needs ``--output`` or standard output that is not a terminal; an existing file is only
overwritten with ``--force``.

Exit status: 0 shown, 1 shown but the series has problems (a broken link, a loop, a fork, a file
that does not validate: each is in the output, and the rest of the series with it), or an output
file that could not be written; 2 a wrong call or FILE is not there.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.commands.common import closed_pipe, print_error
from tui.i18n import t

if TYPE_CHECKING:
    from tui.core.series import Series

HELP = "series.help"
FORMATS = ("rich", "markdown", "html", "json")
SUFFIXES = {"rich": ".txt", "markdown": ".md", "html": ".html", "json": ".json"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from tui.commands.summary import add_output_arguments

    parser.add_argument("file", metavar=t("cli.metavar.file"), help=t("series.file"))
    parser.add_argument(
        "--format", "--vorm", choices=FORMATS, default="rich", help=t("series.format")
    )
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        print_error(t("series.not_found", file=args.file))
        return 2
    from tui.commands import output

    form: str = args.format
    if args.output is None and form == "html" and output.stdout_is_terminal():
        example = path.with_suffix(SUFFIXES[form]).name
        print_error(t("export.not_for_terminal", format=form, example=example))
        return 2
    if args.output is not None:
        status = output.check_target(path, Path(args.output), args.force)
        if status:
            return status
    from tui.core.series import find_chain, series_figures
    from tui.storage.folder import SessionFolder

    series = series_figures(find_chain(SessionFolder(path.parent), path.name))
    status = write(series, form, args.output, args.force)
    return status or (1 if series.problems else 0)


def render(series: Series, form: str) -> bytes:
    """The series in ``form`` as bytes (``rich``: the terminal view as plain text)."""
    if form == "json":  # without Rich
        from tui.core.series import series_json

        return series_json(series).encode("utf-8")
    from tui.reports import series_report

    if form == "markdown":
        return series_report.markdown_report(series).encode("utf-8")
    if form == "html":
        return series_report.html_report(series).encode("utf-8")
    text = series_report.plain_report(series, 100)
    if text is not None:
        return text.encode("utf-8")
    buffer = io.StringIO()
    series_report.print_report(series, make_console(buffer, width=100, plain=True))
    return buffer.getvalue().encode("utf-8")


def make_console(file: Any = None, *, width: int | None = None, plain: bool | None = None) -> Any:
    from tui.reports.series_report import make_console as report_console

    return report_console(file, width=width, plain=plain)


def write(series: Series, form: str, output: str | None, force: bool) -> int:
    """The series in ``form`` to ``output``, or to standard output (``rich``: in colour on a
    terminal)."""
    from tui.commands import output as destination

    if output is not None:
        return destination.to_file(Path(output), render(series, form), force)
    if form != "rich":
        return destination.to_stdout(render(series, form))
    from tui.reports.series_report import plain_report, plain_width, print_report

    # piped: the text Rich would print, drawn without loading Rich (a fifth of the command's time)
    width = None if destination.stdout_is_terminal() else plain_width()
    text = plain_report(series, width) if width is not None else None
    if text is not None:
        return destination.to_stdout(text.encode("utf-8"))

    try:
        print_report(series, make_console())
        sys.stdout.flush()
    except BrokenPipeError:
        return closed_pipe()
    return 0
