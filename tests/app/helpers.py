"""Helpers for driving the real app on a copy of an example session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.support import PATIENCE, until
from tui.app import autosave
from tui.app.app import InterneKlantenApp
from tui.storage.toml_format import dumps_session, load_session

ROOT = Path(__file__).resolve().parents[2]
FOLLOW_UP = ROOT / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
TODAY = date(2026, 11, 30)
"""A fixed today, so that overdue marks and relative dates do not depend on the calendar."""


def make_app(path: Path) -> InterneKlantenApp:
    return InterneKlantenApp(folder=path.parent, path=path, today=TODAY)


async def start_screen_listed(pilot) -> None:
    """Until the start screen is up and has listed its folder (a worker reads the files)."""
    from tui.app.screens.start import StartScreen
    from tui.i18n import t

    def listed() -> bool:
        screen = pilot.app.screen
        if not isinstance(screen, StartScreen):
            return False
        return str(screen.query_one("#start-detail").render()) not in ("", t("start.reading"))

    await until(pilot, listed)


async def settle(pilot, timeout: float = PATIENCE) -> None:
    """Wait until the debounced autosave has done what it does with what the model holds: written
    it, or failed (a conflict, an error shown in the status line).

    The pause lets the autosave's timers run as they would; the loop after it waits for the save
    itself, which on a busy machine ends later than its timer says."""
    await pilot.pause(autosave.MAX_DELAY + 0.1)
    saver = pilot.app.saver
    if saver is not None:
        await until(
            pilot,
            lambda: not saver.saving and (not saver.dirty or saver.error or saver.conflict),
            timeout,
        )
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def on_disk(app: InterneKlantenApp):
    """The session as the file on disk holds it, and whether it equals the model."""
    saved = load_session(app.saver.path)
    return saved, dumps_session(saved) == dumps_session(app.editor.session)


KEY_NAMES = {"tab", "enter", "escape", "delete", "home", "end", "left", "right", "up", "down"}


def typing(*parts: str) -> list[str]:
    """Keys for ``pilot.press``: key names stay, other parts are typed character by character."""
    keys: list[str] = []
    for part in parts:
        keys.extend([part] if part in KEY_NAMES or part.startswith("ctrl+") else list(part))
    return keys
