"""The performance benchmark still runs (``benchmarks/run.py --quick``: the smallest N, once).

Only that it produces its table: the figures themselves are never asserted (a busy machine is
slow, and that is not a bug). The full run is ``.venv/bin/python benchmarks/run.py``.

It takes about a minute, so it is marked ``slow`` (``pytest -m "not slow"`` leaves it out), but
the default run keeps it: it guards that the benchmark script still works.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_quick_benchmark_prints_its_table():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=900,  # a hang; a busy machine may take several minutes
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert any(line.startswith("| figure ") for line in lines), result.stdout
    figures = (
        "load + validate", "save", "compare in process", "cold start to first frame with content",
        "start to exit", "step switch", "add a need", "peak memory", "process: check",
        "process: summary --format ics", "process: compare --format json", "imports of",
    )  # fmt: skip
    for figure in figures:
        assert any(line.startswith(f"| {figure}") for line in lines), figure
    assert "target(s) missed" in result.stdout


@pytest.mark.parametrize("floor", [False, True])
def test_the_start_profile_names_where_the_start_goes(floor):
    """``benchmarks/profile_start.py``: the app's (or plain Textual's) start until its first
    content frame, profiled; the profile has the entries of what drew that frame."""
    argv = [sys.executable, str(ROOT / "benchmarks" / "profile_start.py"), "--top", "400"]
    result = subprocess.run(
        argv + (["--floor"] if floor else []),
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    first = result.stdout.splitlines()[0]
    assert first.startswith("plain Textual" if floor else "the app"), first
    assert "first content after" in first
    assert "textual/_compositor.py" in result.stdout  # the frame was drawn under the profile
    assert ("screen_floor.py:" if floor else "tui/cli.py:") in result.stdout
