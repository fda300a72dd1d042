"""Fixtures for every test: nothing of the user's own settings, state or language gets in.

Property tests run derandomized: the same examples on every machine, so that CI is red only for
a change, never for a draw of the dice, and with no deadline (a time limit per example fails on a
busy machine). ``HYPOTHESIS_PROFILE=explore pytest`` draws new ones.

Every test runs as a user with an empty home of its own (``isolated_user``): no config file
(``INTERNE_KLANTEN_CONFIG`` names one that does not exist, in the test's ``tmp_path``), a private
state folder (recovery copies, crash reports), ``INTERNE_KLANTEN_LANG`` unset and the language
of :mod:`tui.i18n` Dutch, before and after. ``HOME`` and the XDG folders point into temporary
folders too, so that neither ``platformdirs`` nor a program started by a test (the installed
command in a pty or in tmux, git) can reach the real ones. Without this, ``language = "en"``
in ``~/.config/interne-klanten/config.toml`` made dozens of tests fail, a test that edits a
session left recovery copies in ``~/.local/state/interne-klanten``, and a crash in a test wrote
its report there.

The variables are set with a monkeypatch of its own, so that a test's ``monkeypatch.undo()``
does not undo them.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from tui import i18n

# No deadline and no "too slow" health check: both are wall time, and a busy machine is no bug.
_NO_CLOCK = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("repeatable", derandomize=True, **_NO_CLOCK)
settings.register_profile("explore", derandomize=False, **_NO_CLOCK)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def isolated_user(tmp_path, tmp_path_factory):
    # Outside tmp_path (tests list their tmp_path), except the config file, which is never made.
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(home))
        for name, folder in {
            "XDG_CONFIG_HOME": ".config",
            "XDG_STATE_HOME": ".local/state",
            "XDG_DATA_HOME": ".local/share",
            "XDG_CACHE_HOME": ".cache",
        }.items():
            patch.setenv(name, str(home / folder))
        patch.setenv("INTERNE_KLANTEN_CONFIG", str(tmp_path / "config" / "config.toml"))
        patch.setenv("INTERNE_KLANTEN_STRICT_TEXTS", "1")  # a missing text fails the test
        patch.setenv("INTERNE_KLANTEN_STATE", str(tmp_path_factory.mktemp("state")))
        patch.delenv("INTERNE_KLANTEN_LANG", raising=False)
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
        yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
