"""Helpers for every test folder: waiting for a condition, and requiring what CI must have.

A test waits for *what it needs to see* (a text on the screen, a file on disk), never for a
fixed time: a fixed pause is too short on a busy machine and too long everywhere else. The
timeout only ends a wait that would otherwise hang, when something is really broken, so it is
generous (``PATIENCE``) and never a claim about speed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest

PATIENCE = 30.0
"""Seconds before a wait gives up: only reached when the thing waited for never happens."""


def wait_until(
    predicate: Callable[[], object],
    timeout: float = PATIENCE,
    *,
    interval: float = 0.02,
    message: str | Callable[[], str] = "",
) -> None:
    """Poll ``predicate`` until it is true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            detail = message() if callable(message) else message
            raise AssertionError(f"still not true after {timeout:g} s: {predicate}\n{detail}")
        time.sleep(interval)


def in_ci() -> bool:
    """CI sets ``CI=true`` (GitHub Actions, GitLab, ``.ci/run``)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require(condition: object, reason: str) -> None:
    """Skip the test with ``reason`` where ``condition`` is false, but fail it in CI: there a
    missing tool would silently hide the most important tests (a real terminal, tmux)."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"{reason} (CI is set: this test must run there)", pytrace=False)
    pytest.skip(reason)


async def until(pilot, condition: Callable[[], object], timeout: float = PATIENCE) -> None:
    """:func:`wait_until` for a test that drives the app with ``pilot``: waits in short pauses,
    so that the app runs meanwhile."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"still not true after {timeout:g} s: {condition}"
        await pilot.pause(0.05)
