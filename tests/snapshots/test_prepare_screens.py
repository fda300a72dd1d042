"""The screens around the workshop, in Dutch and English, at 80x24 and 120x35."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.app.helpers import FOLLOW_UP, ROOT, TODAY
from tui import i18n
from tui.app.app import InterneKlantenApp

SIZES = [(80, 24), (120, 35)]
LANGUAGES = ["nl", "en"]


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """A sessions folder with the two examples and a broken file, named relatively (as the CLI
    does), so that the snapshots do not depend on where the test runs."""
    monkeypatch.chdir(tmp_path)
    sessions = Path("sessions")
    sessions.mkdir()
    for example in (ROOT / "sessions").glob("*.toml"):
        shutil.copy(example, sessions / example.name)
    (sessions / "2026-12-01-kapot.toml").write_text("format = 1\n[meeting]\norganisation = 3\n")
    return sessions


def app_in(language: str, folder: Path, *, session: bool) -> InterneKlantenApp:
    i18n.set_language(language)
    path = folder / FOLLOW_UP.name if session else None
    return InterneKlantenApp(folder=folder, path=path, today=TODAY)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_start_screen(snap_compare, folder, size, language):
    assert snap_compare(
        app_in(language, folder, session=False), terminal_size=size, press=["wait:300"]
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_chain_editor(snap_compare, folder, size, language):
    assert snap_compare(app_in(language, folder, session=True), terminal_size=size, press=["f3"])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_script_panel(snap_compare, folder, size, language):
    assert snap_compare(
        app_in(language, folder, session=True), terminal_size=size, press=["f4", "down", "down"]
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, folder, size, language):
    assert snap_compare(app_in(language, folder, session=True), terminal_size=size, press=["f1"])
