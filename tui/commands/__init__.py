"""Subcommands that live in their own module (one per capability).

Each module named in :data:`tui.cli.COMMAND_MODULES` defines::

    HELP: str                                   # i18n key of the one-line help
    def add_arguments(parser) -> None           # its options, with translated help texts
    def run(args) -> int                        # do it; the exit status

and imports its heavy dependencies (Rich, the reports) inside ``run``, so that ``--help`` and
the other commands stay fast.
"""
