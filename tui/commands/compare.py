"""``interne-klanten compare OLD NEW [--format rich|markdown|json]``: what changed between meetings.

Exit status 0 whether or not the sessions differ (a difference is the answer, not a failure), 1 when
a file cannot be read (every problem printed as ``check`` prints it, never a traceback), 2 for a
wrong call.

``--git-external-diff`` makes the command usable as git's external diff driver
(``diff.<driver>.command``): git then passes seven arguments, ``path old-file old-hex old-mode
new-file new-hex new-mode`` (nine when the paths differ), and the report names the versions by path
and the short id of the file's version (git's blob id; git passes no commit) instead of git's
temporary file names. A version that cannot be read as a session is no reason to stop git: its
problems are printed as ``check`` prints them, then the plain text diff of the two versions, and
the exit status is 0, so git goes on with the next file (any other status makes git stop with
"external diff died"). Everything goes to standard output, in order, into git's pager. See
"Comparing meetings" in the README.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from typing import TYPE_CHECKING

from tui.commands.common import closed_pipe, print_error
from tui.core.text import visible
from tui.i18n import t

if TYPE_CHECKING:
    from tui.core.model import Session

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
    files = (old_file, new_file)
    sessions, problems = _read(files, names)
    if problems:  # said, and git goes on with the next file
        return _write(_as_text(files, names, path, problems))
    return _report(sessions, names, form, colour=pager)


def _git_name(path: str, hex_id: str) -> str:
    if hex_id in _NULL_HEX:
        return f"{path} ({t('compare.git_worktree')})"
    return f"{path} ({hex_id[:7]})"


def _compare(
    files: tuple[str, str], names: tuple[str, str], labels: tuple[str, str], form: str
) -> int:
    """Read both files (``names`` in problem messages, ``labels`` in the report) and print."""
    sessions, problems = _read(files, names)
    if problems:
        for name, lines in problems.items():
            print(*lines, t("compare.fix_first", file=name), sep="\n", file=sys.stderr)
        return 1
    return _report(sessions, labels, form)


def _read(
    files: tuple[str, str], names: tuple[str, str]
) -> tuple[list[Session], dict[str, list[str]]]:
    """Both sessions; or, by the name of each file that cannot be read, its problems as
    ``check`` prints them."""
    from tui.storage.toml_format import SessionFileError, parse_session, read_file_text

    sessions, problems = [], {}
    for file, name in zip(files, names, strict=True):
        try:
            sessions.append(parse_session(read_file_text(file), name))
        except SessionFileError as error:
            problems[name] = [str(problem) for problem in error.problems]
    return sessions, problems


def _as_text(
    files: tuple[str, str], names: tuple[str, str], path: str, problems: dict[str, list[str]]
) -> str:
    """For git: the problems, then the lines of the two versions that differ (a unified diff,
    as ``git diff --no-ext-diff`` shows them), each made harmless to the terminal."""
    texts: list[list[str]] = []
    for file in files:
        try:
            with open(file, "rb") as stream:
                texts.append(stream.read().decode("utf-8", errors="replace").splitlines())
        except OSError:  # a version git could not give: its problem is printed already
            texts.append([])
    lines = [line for found in problems.values() for line in found]
    lines.append(t("compare.git_as_text", file=path))
    diff = difflib.unified_diff(texts[0], texts[1], names[0], names[1], lineterm="")
    lines.extend(visible(line) for line in diff)
    return "".join(f"{line}\n" for line in lines)


def _report(
    sessions: list[Session], labels: tuple[str, str], form: str, *, colour: bool = False
) -> int:
    """The comparison of the two sessions, in ``form``, the versions named by ``labels``."""
    from tui.core.compare import compare_sessions
    from tui.reports import compare_report

    comparison = compare_sessions(*sessions, old_name=labels[0], new_name=labels[1])
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
