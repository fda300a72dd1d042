"""The user's settings: theme, language and remapped keys, in a small TOML file.

The file lives in the platform's config folder (``~/.config/interne-klanten/config.toml`` on
Linux, found with ``platformdirs``, which Textual already depends on); ``INTERNE_KLANTEN_CONFIG``
names another file (tests use it to stay away from the real one). A bad file never stops the
app: its problems are reported and the defaults used. Example::

    theme = "projector"
    language = "nl"

    [keys]
    "step.next" = "right,l"
    "item.new" = "n,insert"
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import tomli

from tui.i18n import LANGUAGES, t

DEFAULT_THEME = "projector"


@dataclass
class Config:
    theme: str = DEFAULT_THEME
    language: str = ""
    """"" means: not chosen (Dutch, unless the command line says otherwise)."""
    keys: dict[str, str] = field(default_factory=dict)
    """Binding id -> comma-separated keys, passed to Textual's keymap."""


def config_path() -> Path:
    override = os.environ.get("INTERNE_KLANTEN_CONFIG")
    if override:
        return Path(override)
    if not sys.platform.startswith("linux"):
        import platformdirs

        return platformdirs.user_config_path("interne-klanten") / "config.toml"
    # what platformdirs answers on Linux, without importing it: every command reads the
    # language from here, and `check` in a git hook should start fast
    base = os.environ.get("XDG_CONFIG_HOME", "").strip() or os.path.expanduser("~/.config")
    return Path(base) / "interne-klanten" / "config.toml"


def load_config(path: Path | None = None) -> tuple[Config, list[str]]:
    """The settings, and the problems found (each a line for people); defaults where unusable."""
    path = path or config_path()
    config, problems = Config(), []
    try:
        data = tomli.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return config, []
    except (OSError, UnicodeDecodeError, tomli.TOMLDecodeError) as error:
        return config, [f"{path}: {t('config.unreadable', error=error)}"]
    known = {"theme", "language", "keys"}
    for key in data:
        if key not in known:
            import difflib

            close = difflib.get_close_matches(key, sorted(known), n=1)
            hint = "; " + t("file.did_you_mean", suggestion=close[0]) if close else ""
            problems.append(f"{path}: {key}: {t('file.unknown_key')}{hint}")
    theme = data.get("theme", DEFAULT_THEME)
    if isinstance(theme, str) and theme:
        config.theme = theme
    else:
        problems.append(f"{path}: theme: {t('config.bad_value')}")
    language = data.get("language", "")
    if language in ("", *LANGUAGES):
        config.language = language
    else:
        problems.append(
            f"{path}: language: {t('config.bad_language', choices=', '.join(LANGUAGES))}"
        )
    keys = data.get("keys", {})
    if isinstance(keys, dict) and all(isinstance(v, str) for v in keys.values()):
        config.keys = dict(keys)
    else:
        problems.append(f"{path}: keys: {t('config.bad_keys')}")
    return config, problems


def save_config(config: Config, path: Path | None = None) -> None:
    """Write the settings atomically (the keys table as it was given)."""
    import tomli_w

    from tui.storage.atomic import atomic_write

    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, object] = {"theme": config.theme}
    if config.language:
        data["language"] = config.language
    if config.keys:
        data["keys"] = config.keys
    atomic_write(path, tomli_w.dumps(data).encode("utf-8"))
