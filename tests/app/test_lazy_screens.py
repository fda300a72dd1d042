"""Only the first screen's modules are imported before it is up; a screen imported later still
has its key descriptions in the chosen language (tui/app/bindings.py).

The app runs in a fresh interpreter, since this test process has imported every screen already.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from tests.app.helpers import FOLLOW_UP, ROOT

SCRIPT = r"""
import asyncio, json, sys
from pathlib import Path

from tui import i18n
i18n.set_language(sys.argv[2])
from tui.app.app import InterneKlantenApp
from tui.app.screens.workshop import WorkshopScreen
from tests.support import until

async def main():
    path = Path(sys.argv[1])
    app = InterneKlantenApp(folder=path.parent, path=path)
    async with app.run_test(size=(120, 35)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, WorkshopScreen))
        await pilot.pause()
        before = sorted(m for m in sys.modules if m.startswith(("tui.app", "textual.widgets._")))
        await pilot.press("f3")
        await until(pilot, lambda: type(app.screen).__name__ == "ChainScreen")
        await pilot.pause()
        descriptions = {
            binding.id: binding.description
            for _node, binding, _enabled, _tooltip in app.screen.active_bindings.values()
            if binding.id
        }
    print(json.dumps({"before": before, "descriptions": descriptions}))

asyncio.run(main())
"""

LATER = (
    "tui.app.screens.chain", "tui.app.screens.meeting", "tui.app.screens.closing",
    "tui.app.screens.start", "tui.app.screens.report", "tui.app.screens.help",
    "tui.app.screens.review", "tui.app.palette", "tui.app.tools",
    # nor what the first screen shows only later: the actions of all steps, the recovery dialog
    # (only if there are copies), the script panel (hidden), the forms and their
    # text fields (Textual's own Input comes with its palette)
    "tui.app.screens.actions", "tui.app.screens.recovery", "tui.app.screens.dialogs",
    "tui.app.widgets.script_panel", "tui.app.widgets.item_form", "tui.app.widgets.clean_input",
    "textual.widgets._text_area",
)  # fmt: skip


def run_app(tmp_path, language: str) -> dict:
    session = tmp_path / FOLLOW_UP.name
    shutil.copy(FOLLOW_UP, session)
    env = {**os.environ, "INTERNE_KLANTEN_STATE": str(tmp_path / "state")}
    env["INTERNE_KLANTEN_CONFIG"] = str(tmp_path / "config.toml")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(session), language],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.splitlines()[-1])


def test_the_first_screen_comes_up_without_the_other_screens(tmp_path):
    found = run_app(tmp_path, "nl")
    assert "tui.app.screens.workshop" in found["before"]
    assert not [module for module in LATER if module in found["before"]]


def test_a_screen_imported_later_shows_dutch_key_descriptions(tmp_path):
    descriptions = run_app(tmp_path, "nl")["descriptions"]
    assert descriptions["chain.back"] == "Terug"
    assert descriptions["chain.up"] == "Omhoog"
    assert not [key for key in descriptions.values() if key.startswith("key.")]


def test_and_english_ones_in_english(tmp_path):
    descriptions = run_app(tmp_path, "en")["descriptions"]
    assert descriptions["chain.back"] == "Back"
    assert not [key for key in descriptions.values() if key.startswith("key.")]
