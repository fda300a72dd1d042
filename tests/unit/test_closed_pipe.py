"""A reader that goes away (``interne-klanten summary FILE | head``) stops a command quietly: no
traceback, and the exit status of the work, not of the pipe (Rich's own answer is status 1)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import REPO

OLD = "sessions/2026-08-27-installatiebedrijf-van-dijk-zn.toml"
NEW = "sessions/2026-11-26-installatiebedrijf-van-dijk-zn.toml"


def run_with_closed_stdout(*args: str) -> tuple[int, str]:
    """Run the command with its standard output a pipe whose reader has already gone."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the command writes its first line
    err = process.stderr.read()
    process.stderr.close()
    return process.wait(timeout=60), err


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("summary", NEW), 0),
        (("summary", "--format", "markdown", NEW), 0),
        (("compare", OLD, NEW), 0),
        (("check", OLD, NEW), 0),
        (("fmt", "--check", OLD), 0),
    ],
    ids=["summary", "summary-markdown", "compare", "check", "fmt"],
)
def test_a_closed_pipe_stops_quietly(args, status):
    assert run_with_closed_stdout(*args) == (status, "")


def test_check_still_says_a_file_is_bad(tmp_path):
    """The problems are not read, but the status still tells a git hook the file is bad."""
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 1\n", encoding="utf-8")
    status, err = run_with_closed_stdout("check", OLD, str(bad))
    assert status == 1
    assert "Traceback" not in err
