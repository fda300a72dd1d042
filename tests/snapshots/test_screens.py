"""What people see, at the two sizes that matter: 80x24 (a laptop) and 120x35 (a projector).

Update after an intended change with ``pytest tests/snapshots --snapshot-update`` and look at the
report before committing.
"""

from __future__ import annotations

import pytest

SIZES = [(80, 24), (120, 35)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_workshop_first_step(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_workshop_capturing_a_need(snap_compare, app, size):
    assert snap_compare(
        app, terminal_size=size, press=["right", "n", "M", "a", "t", "e", "n", "tab"]
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_external_customer(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, press=["6"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_all_actions(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, press=["A"])
