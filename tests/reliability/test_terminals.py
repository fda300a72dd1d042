"""Terminals as they come: tiny, resized while someone types, dumb, colourless, or no terminal at
all (a pipe, a script). Nothing crashes, nothing typed is lost, every command still works."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.app.helpers import FOLLOW_UP, make_app, settle
from tests.reliability.terminal import Terminal, environment
from tests.support import require
from tui.app.screens.recovery import RecoveryScreen
from tui.app.widgets.clean_input import CleanInput
from tui.storage.recovery import RecoveryCopy
from tui.storage.toml_format import dumps_session, load_session

COMMAND = Path(sys.executable).parent / "interne-klanten"


@pytest.mark.parametrize("size", [(1, 1), (20, 5)])
async def test_a_tiny_terminal_runs_every_screen(size, app):
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for keys in (["right", "n", "x", "escape"], ["A", "escape"], ["f1", "escape"], ["f2"]):
            await pilot.press(*keys)
            await pilot.pause()
        assert app.is_running


async def test_resizing_while_typing_keeps_the_value(app, session_file):
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n", *"Bezig")
        field = app.focused
        assert isinstance(field, CleanInput)
        for size in [(20, 5), (1, 1), (40, 10), (1, 1), (120, 35), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert field.value == "Bezig", size
        await pilot.press(*" af", "enter")
        await settle(pilot)
        assert load_session(session_file).steps[0].needs[-1].what == "Bezig af"


async def test_the_recovery_dialog_in_a_tiny_terminal(session_file):
    session = load_session(session_file)
    session.meeting.title = "Hersteld"
    RecoveryCopy(session_file).write(dumps_session(session), "")
    app = make_app(session_file)
    async with app.run_test(size=(20, 5)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryScreen)
        await pilot.resize_terminal(1, 1)
        await pilot.press("k")  # the confirmation, at 1x1
        await pilot.pause()
        await pilot.press("escape")  # not sure: back to the choice
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, RecoveryScreen)
        await pilot.press("r")
        await pilot.pause()
        assert app.editor.session.meeting.title == "Hersteld"


def run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(COMMAND), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_every_command_works_without_a_terminal_on_a_dumb_one_and_without_colour(tmp_path):
    require(COMMAND.exists(), f"the installed command is missing: {COMMAND}")
    folder = tmp_path / "sessions"
    folder.mkdir()
    old_name = load_session(FOLLOW_UP).meeting.previous
    for source in (FOLLOW_UP, FOLLOW_UP.parent / old_name):
        (folder / source.name).write_bytes(source.read_bytes())
    new, old = FOLLOW_UP.name, old_name
    env = environment(tmp_path, TERM="dumb", NO_COLOR="1")
    commands = [
        (["check", new, old], "in orde"),
        (["fmt", "--check", new], ""),
        (["fmt", new], "vaste vorm"),
        (["compare", old, new], "afspraken"),
        (["compare", "--format", "markdown", old, new], "#"),
        (["compare", "--format", "json", old, new], '"kept"'),
        (["summary", new], "Installatiebedrijf Van Dijk"),
        (["summary", "--format", "markdown", new], "# "),
        (["summary", "--format", "csv", new], "a1;"),
        (["summary", "--format", "ics", new], "BEGIN:VCALENDAR"),
        (["summary", "--format", "html", new], "<html"),
        (["worksheet", "--output", "w.html", new], ""),
        (
            ["new", "--organisation", "Pijp BV", "--date", "2027-01-05", "--folder", "."],
            "Aangemaakt",
        ),
        (["follow-up", new, "--date", "2027-02-26"], "Aangemaakt"),
        (["--help"], "interne-klanten"),
    ]
    for args, expected in commands:
        result = run(args, folder, env)
        out = result.stdout.decode("utf-8", "replace")
        assert result.returncode == 0, (args, result.stderr.decode())
        assert expected in out, (args, out[:500])
        assert b"\x1b" not in result.stdout and b"\x1b" not in result.stderr, args
    assert (folder / "w.html").exists() and (folder / "2027-01-05-pijp-bv.toml").exists()
    assert (folder / "2027-02-26-installatiebedrijf-van-dijk-zn.toml").exists()


@pytest.mark.slow
@pytest.mark.parametrize("extra", [{"TERM": "dumb"}, {"NO_COLOR": "1"}])
def test_on_a_real_terminal_dumb_or_colourless_means_no_colour(extra, tmp_path):
    terminal = Terminal(
        ["summary", str(FOLLOW_UP)], cwd=tmp_path, env=environment(tmp_path, **extra)
    )
    try:
        assert terminal.wait(timeout=30) == 0
    finally:
        terminal.close()
    assert "Installatiebedrijf Van Dijk" in terminal.text()
    assert b"\x1b[" not in terminal.data() or (
        extra.get("TERM") == "dumb" and b"\x1b[3" not in terminal.data()
    )
