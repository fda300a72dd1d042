"""Fixtures for driving the real app on a copy of an example session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.app.helpers import FOLLOW_UP, ROOT, make_app
from tui import i18n
from tui.app.app import InterneKlantenApp


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    """A test never reads or writes the user's real settings."""
    monkeypatch.setenv("INTERNE_KLANTEN_CONFIG", str(tmp_path / "config" / "config.toml"))


@pytest.fixture(autouse=True)
def dutch():
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    target = tmp_path / FOLLOW_UP.name
    shutil.copy(FOLLOW_UP, target)
    return target


@pytest.fixture
def app(session_file: Path) -> InterneKlantenApp:
    return make_app(session_file)


FIRST = ROOT / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"


@pytest.fixture
def pair(tmp_path):
    """The example meeting and its follow-up side by side; returns the follow-up's path."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(FIRST, folder / FIRST.name)
    shutil.copy(FOLLOW_UP, folder / FOLLOW_UP.name)
    return folder / FOLLOW_UP.name


@pytest.fixture
def closed_file(tmp_path):
    """A copy of the example's first meeting, which is closed (read-only in the app)."""
    closed = tmp_path / "closed.toml"
    shutil.copy(FIRST, closed)
    return closed


@pytest.fixture
def closed_app(tmp_path: Path) -> InterneKlantenApp:
    """The example follow-up, closed: the app shows it read-only."""
    from tui.storage.toml_format import dumps_session, load_session

    session = load_session(FOLLOW_UP)
    session.meeting.closed = True
    path = tmp_path / FOLLOW_UP.name
    path.write_text(dumps_session(session), encoding="utf-8")
    return make_app(path)
