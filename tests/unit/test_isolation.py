"""No test sees the user's own settings, state or language (see ``isolated_user`` in
tests/conftest.py): a ``language = "en"`` or remapped keys in the real config file change nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.reliability.terminal import environment
from tui import cli, i18n
from tui.config import Config, config_path, load_config
from tui.storage.recovery import recovery_folder

REAL_HOME = Path(os.path.expanduser("~")).resolve()
"""Read when pytest imports this module, before any fixture changes ``HOME``."""


def test_the_config_file_is_the_tests_own_and_does_not_exist(tmp_path):
    path = config_path()
    assert path.is_relative_to(tmp_path)
    assert not path.exists()
    assert load_config() == (Config(), [])


def test_without_the_overrides_the_lookups_stay_out_of_the_real_home(monkeypatch):
    monkeypatch.delenv("INTERNE_KLANTEN_CONFIG")
    monkeypatch.delenv("INTERNE_KLANTEN_STATE")
    home = Path(os.environ["HOME"]).resolve()
    for path in (config_path().resolve(), recovery_folder().resolve()):  # platformdirs for state
        assert path.is_relative_to(home) and not path.is_relative_to(REAL_HOME), path


def test_state_language_and_child_processes_are_private_too(tmp_path):
    assert not recovery_folder().resolve().is_relative_to(REAL_HOME)
    assert "INTERNE_KLANTEN_LANG" not in os.environ
    assert i18n.get_language() == "nl" and cli._language([]) == "nl"
    child = environment(tmp_path)  # what the installed command gets in a pty (and tmux)
    assert not Path(child["HOME"]).resolve().is_relative_to(REAL_HOME)
    assert Path(child["INTERNE_KLANTEN_CONFIG"]).is_relative_to(tmp_path)
