"""The subcommands, one module each (``open`` aside: it starts the app, see :mod:`tui.cli`).

Each module named in :data:`tui.cli.COMMAND_MODULES` defines::

    HELP: str                                   # i18n key of the one-line help
    def add_arguments(parser) -> None           # its options, with translated help texts
    def run(args) -> int                        # do it; the exit status

and imports its heavy dependencies (Rich, the reports) inside ``run``, so that ``--help`` and
the other commands stay fast. What they share (the error line, writing a new session file,
standard output that was closed) is in :mod:`tui.commands.common`. The commands sit below the
command line: they never import :mod:`tui.cli`, nor Textual.
"""
