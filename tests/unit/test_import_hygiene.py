"""The core does not know the UI: model, edits, chain, the file format and the CLI's file commands
import neither Textual nor Rich (checked in a fresh interpreter, as harlequin does)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

PROBE = """
import json, sys
sys.argv = ["interne-klanten"]
{imports}
status = {run}
ui = sorted(
    name for name in sys.modules
    if name in ("textual", "rich") or name.startswith(("textual.", "rich."))
)
print(json.dumps({{"status": status, "ui": ui}}))
"""

CORE = """
import tui.core.model, tui.core.edits, tui.core.chain, tui.core.text
import tui.storage.toml_format, tui.storage.atomic, tui.storage.positions
import tui.i18n, tui.cli
"""


def probe(imports: str, run: str, tmp_path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(imports=imports, run=run)],
        cwd=REPO,  # "-c" puts the working directory first on sys.path: the code under test
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def example_file() -> Path:
    files = sorted((REPO / "sessions").glob("*.toml"))
    assert files, "no example sessions"
    return files[0]


def test_core_and_cli_commands_import_no_ui(tmp_path):
    example = example_file()
    new_folder = tmp_path / "new"
    run = (
        f"[tui.cli.main(['check', {str(example)!r}]),"
        f" tui.cli.main(['fmt', '--check', {str(example)!r}]),"
        f" tui.cli.main(['new', '--organisation', 'X', '--folder', {str(new_folder)!r}])]"
    )
    found = probe(CORE, run, tmp_path)
    assert found["status"] == [0, 0, 0]
    assert found["ui"] == []


def test_the_probe_sees_ui_imports(tmp_path):
    """The check above can fail: importing Rich in the same probe is noticed."""
    found = probe(CORE + "import rich.text\n", "0", tmp_path)
    assert "rich" in found["ui"] and "rich.text" in found["ui"]
