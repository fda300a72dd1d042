"""The command line: choose the language, build the parser, hand the arguments to a command.

``interne-klanten [FILE]`` opens the app (``open``, here: it is the one command that starts
Textual, which sits above :mod:`tui.commands`); the subcommands are in :mod:`tui.commands` and
work without it, and without importing Textual, so that ``check`` in a git hook stays fast. Help
and messages are Dutch unless ``--lang en`` (or ``INTERNE_KLANTEN_LANG=en``) asks for English;
argparse's own words are translated through the same catalogue.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__, i18n
from tui.commands.common import PROG
from tui.i18n import t

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from tui.storage.toml_format import SessionFileError

COMMAND_MODULES: dict[str, str] = {
    "new": "tui.commands.new",
    "check": "tui.commands.check",
    "fmt": "tui.commands.fmt",
    "follow-up": "tui.commands.followup",
    "compare": "tui.commands.compare",
    "summary": "tui.commands.summary",
    "worksheet": "tui.commands.worksheet",
    "series": "tui.commands.series",
    "overview": "tui.commands.overview",
}
"""The subcommands (see :mod:`tui.commands`): command name -> module, in the order of the help."""

COMMANDS = ("open", *COMMAND_MODULES)


def _argparse_text(message: str) -> str:
    key = f"argparse.{message}"
    return t(key) if i18n.has(key) else message


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing :mod:`shutil` (with the
    compression modules it loads, a tenth of ``check``'s own time)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, as wide as the terminal as argparse makes it; argparse makes one
    for every argument added (to check its metavar), and asks :mod:`shutil` for the width."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, just that subcommand is set up (the others would import their
    modules for nothing: ``check`` in a git hook should start fast)."""
    # argparse looks its own words up through the module-level name ``_`` (gettext).
    argparse._ = _argparse_text  # type: ignore[attr-defined]  # not in typeshed: a private name
    parser = argparse.ArgumentParser(
        prog=PROG,
        formatter_class=HelpFormatter,
        description=t("cli.description"),
        epilog=t("cli.epilog"),
        usage=f"{PROG} [--lang {{nl,en}}] [{t('cli.metavar.file')}]"
        f" | {PROG} {{{','.join(COMMANDS[1:])}}} ...",
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=t("cli.lang"))
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help=t("cli.version")
    )
    commands = parser.add_subparsers(
        dest="command", title=t("cli.commands"), metavar=t("cli.command_metavar")
    )

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            prog=f"{PROG} {name}",
            help=help_text,
            description=help_text,
            formatter_class=HelpFormatter,
        )
        sub.add_argument(
            "--lang", choices=i18n.LANGUAGES, help=t("cli.lang"), default=argparse.SUPPRESS
        )
        return sub

    def wanted(name: str) -> bool:
        return only is None or only == name

    if wanted("open"):
        open_ = command("open", t("cli.open.help"))
        open_.add_argument(
            "file", nargs="?", metavar=t("cli.metavar.file"), help=t("cli.open.file")
        )
    for name, module_name in COMMAND_MODULES.items():
        if wanted(name):
            module = importlib.import_module(module_name)
            sub = command(name, t(module.HELP))
            module.add_arguments(sub)
            sub.set_defaults(module=module)
    return parser


def _language(argv: Sequence[str]) -> str:
    """The language asked for, looked up before the parser is built (its help is translated)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1] if argv[index + 1] in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
            return value if value in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
    if os.environ.get("INTERNE_KLANTEN_LANG", "").strip().lower() in i18n.LANGUAGES:
        return i18n.language_from_environment()
    from tui.config import load_config

    return load_config()[0].language or i18n.DEFAULT_LANGUAGE


def _with_default_command(argv: list[str]) -> list[str]:
    """``interne-klanten FILE`` means ``interne-klanten open FILE``."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--lang":
            index += 2
            continue
        if arg.startswith("-"):
            if arg in ("-h", "--help", "--version"):
                return argv
            index += 1
            continue
        if arg in COMMANDS:
            return argv
        break
    return [*argv[:index], "open", *argv[index:]]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language(argv))
    argv = _with_default_command(argv)
    chosen = next((arg for arg in argv if arg in COMMANDS), None)
    args = build_parser(only=chosen).parse_args(argv)
    try:
        if args.command in COMMAND_MODULES:
            # A subcommand reads a session and writes a report, then ends: it makes hundreds of
            # thousands of objects, nearly none in a cycle, and the garbage collector looking
            # through them took a third of a summary's time. Reference counting frees the rest.
            gc.disable()
            try:
                status: int = args.module.run(args)
            finally:
                gc.enable()
            return status
        return cmd_open(args.file)
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return 130


def cmd_open(file: str | None) -> int:
    """Open the app: on ``file``, or on the start screen of the sessions folder.

    Starting makes hundreds of thousands of objects (the modules, the session, the screens) and
    nearly all of them live as long as the app: the garbage collector finds nothing among them,
    but looking took some 60 ms of a 500 ms start on the example, and as long again at exit.
    So it rests until the first screen is up; what exists when the app runs is frozen
    (``gc.freeze``), and the app collects, freezes and turns the collector back on a second
    later (see ``InterneKlantenApp.settle_garbage``)."""
    gc.disable()
    try:
        return _open(file)
    finally:
        gc.enable()


def _open(file: str | None) -> int:
    from tui.config import load_config

    config, config_problems = load_config()
    for config_problem in config_problems:
        print(config_problem, file=sys.stderr)
    from tui.storage.read_ahead import read_ahead
    from tui.storage.toml_format import SessionFileError

    path = Path(file) if file else None
    reading = recover = None
    if path is not None:
        try:
            reading = read_ahead(path)  # a missing file, or a bad small one, is reported here
        except SessionFileError as error:
            if not path.exists() and _has_recovery(path):
                print(t("recovery.cli_missing", file=file), file=sys.stderr)
                path, recover = None, path  # the app offers the copy; putting it back writes it
            else:
                return _refuse(error, file)
    # Textual only loads when the app runs, a large file being parsed meanwhile (read_ahead)
    from tui.app.app import InterneKlantenApp

    try:
        loaded = reading.result() if reading is not None else None
    except SessionFileError as error:  # still before the screen
        return _refuse(error, file)
    shown = path or recover
    folder = shown.parent if shown is not None else Path("sessions")
    app = InterneKlantenApp(folder=folder, path=path, config=config, recover=recover, loaded=loaded)
    gc.freeze()  # what exists now lives as long as the app (see cmd_open)
    # Textual handles errors inside the app (see tui.app.crash); these are for what escapes
    # run() itself, such as a KeyboardInterrupt from ``kill -INT``: keep the work first.
    try:
        app.run()
    except Exception as error:
        app.unhandled_error_after_run(error)  # the work, the report, a short message
        return 1
    except BaseException:
        app.keep_work()
        raise
    return app.return_code or 0


def _refuse(error: SessionFileError, file: str | None) -> int:
    """A session file that cannot be opened: every problem, and what to do."""
    for problem in error.problems:
        print(problem, file=sys.stderr)
    print(t("cli.open.fix_first", file=file), file=sys.stderr)
    return 1


def _has_recovery(path: Path) -> bool:
    from tui.storage.recovery import entries_for

    entries, damaged = entries_for(path)
    return bool(entries or damaged)
