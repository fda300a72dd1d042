"""The chain bar and the key line at a laptop's size with a chain too long for one row: nine
steps, the current one in view, ``‹ n meer`` / ``n meer ›`` at the sides, whole keys and
``F1 alle toetsen`` at the right of the key line."""

from __future__ import annotations

import pytest

from tests.app.helpers import FOLLOW_UP, make_app
from tui.core.model import Step
from tui.storage.toml_format import dumps_session, load_session

EXTRA = ["Inkoop materiaal", "Montage", "Oplevering", "Nazorg/service"]


@pytest.fixture
def nine_steps(tmp_path):
    session = load_session(FOLLOW_UP)
    for number, name in enumerate(EXTRA, start=1):
        session.steps.append(Step(id=f"extra{number}", name=name))
    path = tmp_path / FOLLOW_UP.name
    path.write_text(dumps_session(session), encoding="utf-8")
    return make_app(path)


@pytest.mark.parametrize("press", [[], ["6"], ["9"]], ids=["first", "sixth", "ninth"])
def test_nine_steps_at_80x24(snap_compare, nine_steps, press):
    assert snap_compare(nine_steps, terminal_size=(80, 24), press=press)
