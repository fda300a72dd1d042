"""Fixtures for the reliability tests: a copy of an example session, a private state folder.

The state folder (recovery copies, crash reports) is already private for every test (see
tests/conftest.py); ``state`` names it. Slow tests (real processes, many kills) are marked
``slow`` (registered in pyproject.toml): ``pytest -m "not slow"`` leaves them out.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.app.helpers import FOLLOW_UP, make_app
from tests.support import until  # noqa: F401  (the reliability tests import it from here)
from tui import i18n


@pytest.fixture(autouse=True)
def private_config(tmp_path):
    with pytest.MonkeyPatch.context() as patch:  # not undone by a test's monkeypatch.undo()
        patch.setenv("INTERNE_KLANTEN_CONFIG", str(tmp_path / "config" / "config.toml"))
        patch.delenv("INTERNE_KLANTEN_LANG", raising=False)
        yield


@pytest.fixture(autouse=True)
def dutch():
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def state() -> Path:
    return Path(os.environ["INTERNE_KLANTEN_STATE"])


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    folder = tmp_path / "sessions"
    folder.mkdir()
    target = folder / FOLLOW_UP.name
    shutil.copy(FOLLOW_UP, target)
    return target


@pytest.fixture
def app(session_file: Path):
    return make_app(session_file)
