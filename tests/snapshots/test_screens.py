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


@pytest.fixture
def pair_app(tmp_path):
    """The example follow-up with the meeting it follows up beside it (for F7 and the review)."""
    import shutil

    from tests.app.helpers import FOLLOW_UP, ROOT, make_app

    first = ROOT / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
    shutil.copy(first, tmp_path / first.name)
    shutil.copy(FOLLOW_UP, tmp_path / FOLLOW_UP.name)
    return make_app(tmp_path / FOLLOW_UP.name)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("key", ["f2", "f5", "f6", "f7", "f8"])
def test_the_other_screens(snap_compare, pair_app, size, key):
    """Meeting (F2), closing (F5), summary (F6), compare (F7) and the action review (F8)."""
    assert snap_compare(pair_app, terminal_size=size, press=[key])


def test_a_date_error_on_a_field(snap_compare, app):
    """The meeting screen's date field refuses a date it cannot read, in words, at 80x24."""
    press = ["f2", "tab", "ctrl+u", *"31-02-2026", "enter"]
    assert snap_compare(app, terminal_size=(80, 24), press=press)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_workshop_in_english(snap_compare, session_file, size):
    from tests.app.helpers import make_app
    from tui import i18n

    i18n.set_language("en")
    assert snap_compare(make_app(session_file), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_outside_change_dialog(snap_compare, app, size):
    """Someone changed the file while the app had it open: the app asks, it never overwrites."""
    from tests.app.helpers import settle

    async def change_it_outside(pilot) -> None:
        path = app.saver.path
        path.write_text(path.read_text().replace('title = "', 'title = "BUITEN '))
        await pilot.press("n", "M", "enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=change_it_outside)
