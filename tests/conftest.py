"""Fixtures for every test: the app's state folder (recovery copies, crash reports) is private.

Property tests run derandomized: the same examples on every machine, so that CI is red only for
a change, never for a draw of the dice. ``HYPOTHESIS_PROFILE=explore pytest`` draws new ones.

Without this, a test that edits a session would leave recovery copies in the user's real state
folder (``~/.local/state/interne-klanten``), and a crash in a test would write its report there.
The variable is set with a monkeypatch of its own, so that a test's ``monkeypatch.undo()`` does
not undo it.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def private_state(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INTERNE_KLANTEN_STATE", str(tmp_path_factory.mktemp("state")))
        yield
