"""The agenda's times read as words: "7 min van 10", not "0:07/10′" (minutes:seconds with a minute
sign)."""

from __future__ import annotations

import pytest

from tui import i18n
from tui.app.clock import clock_text, timing_text


@pytest.mark.parametrize(
    ("seconds", "timebox", "dutch", "english"),
    [
        (7 * 60 + 30, 10, "7 min van 10", "7 of 10 min"),
        (7, 10, "0 min van 10", "0 of 10 min"),
        (0, 10, "10 min", "10 min"),
        (12 * 60, 0, "12 min", "12 min"),
        (0, 0, "", ""),
    ],
)
def test_timing_text(seconds, timebox, dutch, english):
    assert timing_text(seconds, timebox) == dutch
    i18n.set_language("en")
    assert timing_text(seconds, timebox) == english


def test_the_running_clock_keeps_its_seconds():
    assert clock_text(7) == "0:07" and clock_text(3725) == "1:02:05"
