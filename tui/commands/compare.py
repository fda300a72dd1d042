"""``interne-klanten compare OLD NEW [--format rich|markdown|json]``: what changed between meetings.

Exit status 0 whether or not the sessions differ (a difference is the answer, not a failure), 1 when
a file cannot be read (every problem printed as ``check`` prints it, never a traceback), 2 for a
wrong call.

``--git-external-diff`` makes the command usable as git's external diff driver
(``diff.<driver>.command``): git then passes seven arguments, ``path old-file old-hex old-mode
new-file new-hex new-mode`` (nine when the paths differ), and the report names the versions by path
and short hash instead of git's temporary file names. See "Comparing meetings" in the README.
"""

from __future__ import annotations

import argparse
import os
import sys

from tui.commands.common import closed_pipe, print_error
from tui.i18n import t

HELP = "compare.help"
FORMATS = ("rich", "markdown", "json")
GIT_ARGS = 7
_NULL_HEX = {"", ".", "0" * 40, "0" * 64}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # Written out: "new" is optional to argparse only because git's seven arguments share it.
    parser.usage = (
        f"{parser.prog} [-h] [--lang {{nl,en}}] [--format {{{','.join(FORMATS)}}}] "
        f"{t('compare.metavar.old')} {t('compare.metavar.new')}"
    )
    parser.add_argument("old", metavar=t("compare.metavar.old"), help=t("compare.old_file"))
    parser.add_argument(
        "new", metavar=t("compare.metavar.new"), nargs="?", help=t("compare.new_file")
    )
    parser.add_argument("git_args", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument(
        "--format", "--vorm", choices=FORMATS, default="rich", help=t("compare.format")
    )
    parser.add_argument(
        "--git-external-diff", action="store_true", help=t("compare.git_external_diff")
    )


def run(args: argparse.Namespace) -> int:
    given = [args.old, *([args.new] if args.new is not None else []), *args.git_args]
    if args.git_external_diff:
        return _run_git(given, args.format)
    if len(given) != 2:
        print_error(t("compare.two_files", count=len(given)))
        return 2
    old, new = given
    labels = (os.path.basename(old), os.path.basename(new))
    return _compare((old, new), (old, new), labels, args.format)


def _run_git(given: list[str], form: str) -> int:
    """Git's external diff call: ``path old-file old-hex old-mode new-file new-hex new-mode``.

    Two more arguments, ``new-path`` and git's rename message, come when the two sides have
    different paths (a rename, or ``git diff --no-index old.toml new.toml``)."""
    if len(given) == 1:  # an unmerged path: git passes only its name, there is nothing to compare
        return 0
    if len(given) not in (GIT_ARGS, GIT_ARGS + 2):
        print_error(t("compare.git_args", count=len(given)))
        return 2
    path, old_file, old_hex, _old_mode, new_file, new_hex, _new_mode = given[:GIT_ARGS]
    new_path = given[GIT_ARGS] if len(given) > GIT_ARGS else path
    if old_file == os.devnull or new_file == os.devnull:
        key = "compare.git_added" if old_file == os.devnull else "compare.git_deleted"
        return _write(t(key, path=path) + "\n")
    pager = bool(os.environ.get("GIT_PAGER_IN_USE"))
    # Problems and the report name the versions by path and hash, not by git's temporary files.
    names = (_git_name(path, old_hex), _git_name(new_path, new_hex))
    return _compare((old_file, new_file), names, names, form, colour=pager)


def _git_name(path: str, hex_id: str) -> str:
    if hex_id in _NULL_HEX:
        return f"{path} ({t('compare.git_worktree')})"
    return f"{path} ({hex_id[:7]})"


def _compare(
    files: tuple[str, str],
    names: tuple[str, str],
    labels: tuple[str, str],
    form: str,
    *,
    colour: bool = False,
) -> int:
    """Read both files (``names`` in problem messages, ``labels`` in the report) and print."""
    from tui.core.compare import compare_sessions
    from tui.storage.toml_format import SessionFileError, parse_session, read_file_text

    sessions = []
    for file, name in zip(files, names, strict=True):
        try:
            sessions.append(parse_session(read_file_text(file), name))
        except SessionFileError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            print(t("compare.fix_first", file=name), file=sys.stderr)
    if len(sessions) != 2:
        return 1
    comparison = compare_sessions(*sessions, old_name=labels[0], new_name=labels[1])
    from tui.reports import compare_report

    if form == "json":
        return _write(compare_report.json_report(comparison))
    if form == "markdown":
        return _write(compare_report.markdown_report(comparison))
    console = compare_report.make_console(force_terminal=colour or None)
    try:
        compare_report.print_report(comparison, console)
        sys.stdout.flush()
    except BrokenPipeError:
        return closed_pipe()
    return 0


def _write(text: str) -> int:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        return closed_pipe()
    return 0
