"""Fixtures for every test: the app's state folder (recovery copies, crash reports) is private.

Without this, a test that edits a session would leave recovery copies in the user's real state
folder (``~/.local/state/interne-klanten``), and a crash in a test would write its report there.
The variable is set with a monkeypatch of its own, so that a test's ``monkeypatch.undo()`` does
not undo it.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_state(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INTERNE_KLANTEN_STATE", str(tmp_path_factory.mktemp("state")))
        yield
