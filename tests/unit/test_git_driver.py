"""``compare --git-external-diff`` under real git, and every git command the README names.

Each test builds a repository in a temporary folder, configures the driver as the README says
(``sessions/.gitattributes`` and ``diff.interne-klanten.command``) and reads git's own output.
The bug that made this file: one session file that cannot be read made git stop the whole diff
with "external diff died", so the files after it were never shown.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

OLD = REPO / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
NEW = REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def command_line() -> str:
    """How git starts this program: the installed command, else ``python -m tui``."""
    script = Path(sys.executable).with_name("interne-klanten")
    if script.exists():
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m tui"


class Repo:
    """A git repository in ``path`` with the driver configured, in English."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.env = {
            **os.environ,
            "HOME": str(path.parent),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_PAGER": "cat",
            "LANG": "C.UTF-8",
            "COLUMNS": "80",
        }
        for name in ("GIT_DIR", "GIT_WORK_TREE", "NO_COLOR", "FORCE_COLOR", "GIT_PAGER_IN_USE"):
            self.env.pop(name, None)
        (path / "sessions").mkdir(parents=True)
        self.git("init", "-q")
        (path / "sessions" / ".gitattributes").write_text("*.toml diff=interne-klanten\n")
        command = f"{command_line()} --lang en compare --git-external-diff"
        self.git("config", "diff.interne-klanten.command", command)

    def run(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
            cwd=cwd or self.path, env=self.env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    def git(self, *args: str, cwd: Path | None = None) -> str:
        result = self.run(*args, cwd=cwd)
        assert result.returncode == 0, result.stderr
        assert "external diff died" not in result.stderr
        return result.stdout

    def write(self, name: str, text: str) -> Path:
        target = self.path / "sessions" / name
        target.write_text(text, encoding="utf-8")
        return target

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def blob(self, revision: str, name: str) -> str:
        return self.git("rev-parse", "--short=7", f"{revision}:sessions/{name}").strip()


@pytest.fixture
def repo(tmp_path) -> Repo:
    return Repo(tmp_path / "repo")


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def broken(text: str) -> str:
    """``text`` with the first need's ``what`` misspelt: valid TOML, not a valid session."""
    return text.replace("\nwhat = ", "\nwht = ", 1)


# --- a file that cannot be read: its problems and its text diff, and git goes on ----------------


def test_a_broken_file_shows_its_problems_and_text_diff_and_git_goes_on(repo):
    good = NEW.read_text(encoding="utf-8")
    repo.write("a-broken.toml", good)
    repo.write("b-good.toml", OLD.read_text(encoding="utf-8"))
    repo.commit("two meetings")
    repo.write("a-broken.toml", broken(good))
    repo.write("b-good.toml", good)
    repo.commit("one broken, one followed up")

    new_blob = repo.blob("HEAD", "a-broken.toml")
    result = repo.run("diff", "HEAD~1", "HEAD")
    assert result.returncode == 0, result.stderr
    assert "external diff died" not in result.stderr
    out = result.stdout

    # the broken file: where and what, as `check` says it
    line = line_of(broken(good), "wht = ")
    assert (
        f"sessions/a-broken.toml ({new_blob}):{line}:1: steps[1].needs[1].wht: "
        "unknown key; did you mean 'what'?"
    ) in out
    assert (
        "sessions/a-broken.toml cannot be compared as a meeting (the problems above); "
        "the lines that differ:"
    ) in out
    # then its plain text diff, with git's names for the two versions
    old_blob = repo.blob("HEAD~1", "a-broken.toml")
    assert f"--- sessions/a-broken.toml ({old_blob})\n" in out
    assert f"+++ sessions/a-broken.toml ({new_blob})\n" in out
    first_need = next(x for x in good.splitlines() if x.startswith("what = "))
    assert f"\n-{first_need}\n" in out
    assert f"\n+{first_need.replace('what', 'wht', 1)}\n" in out
    # and git went on to the next file, compared as meetings
    assert out.index("a-broken.toml") < out.index("Comparison of two meetings")
    assert f"new: sessions/b-good.toml ({repo.blob('HEAD', 'b-good.toml')})" in out
    assert "Agreements kept: 7 of 10 (70%), 4 of them on time" in out


def test_a_file_that_is_no_toml_on_the_old_side_and_a_change_in_the_working_tree(repo):
    repo.write("a.toml", "format = 1\n[meeting\n")
    repo.write("b.toml", OLD.read_text(encoding="utf-8"))
    repo.commit("a broken file")
    repo.write("a.toml", NEW.read_text(encoding="utf-8"))  # repaired, not yet committed
    repo.write("b.toml", NEW.read_text(encoding="utf-8"))

    out = repo.git("diff")
    old_blob = repo.blob("HEAD", "a.toml")
    assert f"sessions/a.toml ({old_blob}):2:" in out  # the syntax error, with its line
    assert f"--- sessions/a.toml ({old_blob})\n+++ sessions/a.toml (working tree)\n" in out
    assert "\n-[meeting\n" in out and "\n+[meeting]\n" in out
    assert "new: sessions/b.toml (working tree)" in out


def test_text_that_steers_the_terminal_is_shown_not_sent(repo):
    repo.write("a.toml", OLD.read_text(encoding="utf-8"))
    repo.commit("one")
    repo.write("a.toml", "format = 1\n# \x1b]0;pwned\x07 \x9b2J\n[meeting\n")
    out = repo.git("diff")
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert "+# \\u001b]0;pwned\\u0007 \\u009b2J" in out


# --- what the README says works ------------------------------------------------------------------


@pytest.fixture
def history(repo) -> Repo:
    """The README's case: a session file committed, then its follow-up over it."""
    repo.write("van-dijk.toml", OLD.read_text(encoding="utf-8"))
    repo.commit("first meeting")
    repo.write("van-dijk.toml", NEW.read_text(encoding="utf-8"))
    repo.commit("follow-up")
    return repo


def test_diff_show_and_log_name_the_versions_by_blob(history):
    old_blob = history.blob("HEAD~1", "van-dijk.toml")
    new_blob = history.blob("HEAD", "van-dijk.toml")
    commit = history.git("rev-parse", "--short=7", "HEAD").strip()
    for args in (
        ("diff", "HEAD~1", "--", "sessions/van-dijk.toml"),
        ("show", "--ext-diff"),
        ("log", "-p", "--ext-diff", "-1"),
    ):
        out = history.git(*args)
        assert f"old: sessions/van-dijk.toml ({old_blob})" in out, args
        assert f"new: sessions/van-dijk.toml ({new_blob})" in out, args
        assert f"({commit})" not in out  # the file's version, not the commit
    # the short id is the file's version: git show prints it
    assert history.git("show", new_blob) == NEW.read_text(encoding="utf-8")
    # without --ext-diff, show and log give the text diff
    assert "Comparison of two meetings" not in history.git("show")
    assert "Comparison of two meetings" not in history.git("log", "-p", "-1")
    assert '+title = "' in history.git("diff", "--no-ext-diff", "HEAD~1")


def test_no_index_compares_only_paths_the_attributes_name(history, tmp_path):
    sessions = history.path / "sessions"
    shutil.copy(OLD, sessions / "old.toml")
    shutil.copy(NEW, sessions / "new.toml")
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(OLD, outside / "old.toml")
    shutil.copy(NEW, outside / "new.toml")

    # inside sessions/ (from the repository's top or from within): the comparison
    for cwd, old, new in (
        (history.path, "sessions/old.toml", "sessions/new.toml"),
        (sessions, "old.toml", "new.toml"),
    ):
        result = history.run("diff", "--no-index", old, new, cwd=cwd)
        assert result.returncode == 1  # --no-index: 1 when the files differ
        assert f"old: {old} (working tree)" in result.stdout  # named as given
    # files elsewhere: git's plain text diff, the attributes do not name them
    result = history.run("diff", "--no-index", str(outside / "old.toml"), str(outside / "new.toml"))
    assert result.returncode == 1
    assert "Comparison of two meetings" not in result.stdout
    assert result.stdout.startswith("diff --git ")


def test_difftool_without_any_configuration(history):
    (history.path / "sessions" / ".gitattributes").unlink()
    history.git("config", "--unset", "diff.interne-klanten.command")
    out = history.git(
        "difftool", "-y", "-x", f"{command_line()} --lang en compare", "HEAD~1", "--",
        "sessions/van-dijk.toml",
    )  # fmt: skip
    assert "Comparison of two meetings" in out
    assert "Agreements kept: 7 of 10 (70%), 4 of them on time" in out
