"""The layers stay apart: the import contracts in pyproject.toml ([tool.importlinter]) are the
rules, checked here twice.

- Statically, by ``lint-imports`` (as CI runs it): every import in the code, also those inside
  functions, follows the contracts.
- At run time, in a fresh interpreter (as harlequin does): every module a "forbidden" contract
  names is imported, and the forbidden packages are not loaded; and the command line's ``check``,
  ``fmt`` and ``new`` load neither Textual nor Rich, ``compare`` and ``summary`` no Textual. That
  is what a git hook and a quick command feel, and it also sees imports no static reader can
  (``importlib.import_module``, as the command line loads its commands).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from .conftest import REPO

PROBE = """
import json, sys
sys.argv = ["interne-klanten"]
{imports}
status = {run}
ui = sorted(
    name for name in sys.modules
    if name.split(".")[0] in {forbidden!r}
)
print(json.dumps({{"status": status, "ui": ui}}))
"""

UI = ("textual", "rich")


def probe(imports: str, run: str, forbidden: tuple[str, ...] = UI) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(imports=imports, run=run, forbidden=forbidden)],
        cwd=REPO,  # "-c" puts the working directory first on sys.path: the code under test
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def contracts() -> list[dict]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def forbidden_contracts() -> list[dict]:
    return [contract for contract in contracts() if contract["type"] == "forbidden"]


def outside_packages(contract: dict) -> tuple[str, ...]:
    """The packages from outside the project that ``contract`` keeps away."""
    return tuple(name for name in contract["forbidden_modules"] if name.split(".")[0] != "tui")


def modules_in(package: str) -> list[str]:
    """``package`` and every module below it, by the files in the source tree."""
    folder = REPO.joinpath(*package.split("."))
    if not folder.is_dir():
        return [package]
    found = []
    for file in folder.rglob("*.py"):
        parts = file.relative_to(REPO).with_suffix("").parts
        found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(found)


def example_files() -> list[Path]:
    files = sorted((REPO / "sessions").glob("*.toml"))
    assert len(files) >= 2, "no example sessions"
    return files


def test_the_import_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    if not lint_imports.exists():
        pytest.skip("lint-imports is not installed (pip install -e '.[test]')")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_contracts_name_the_layers_that_must_stay_light():
    """The rules this test relies on are in the contracts (not kept a second time here)."""
    sources: dict[str, set[str]] = {}
    for contract in forbidden_contracts():
        for package in contract["source_modules"]:
            sources.setdefault(package, set()).update(contract["forbidden_modules"])
    for package in ("tui.core", "tui.storage"):
        assert {"textual", "rich"} <= sources[package], package
    assert "textual" in sources["tui.reports"]
    assert "tui.cli" in sources["tui.commands"]


@pytest.mark.parametrize(
    "contract",
    [contract for contract in forbidden_contracts() if outside_packages(contract)],
    ids=lambda contract: contract["name"],
)
def test_forbidden_packages_are_not_loaded_at_run_time(contract):
    modules = [m for package in contract["source_modules"] for m in modules_in(package)]
    found = probe(f"import {', '.join(modules)}", "0", outside_packages(contract))
    assert found["ui"] == []


def test_core_and_cli_commands_import_no_ui(tmp_path):
    example = example_files()[0]
    new_folder = tmp_path / "new"
    run = (
        f"[tui.cli.main(['check', {str(example)!r}]),"
        f" tui.cli.main(['fmt', '--check', {str(example)!r}]),"
        f" tui.cli.main(['new', '--organisation', 'X', '--folder', {str(new_folder)!r}])]"
    )
    found = probe("import tui.cli", run)
    assert found["status"] == [0, 0, 0]
    assert found["ui"] == []


def test_compare_and_summary_import_no_textual():
    old, new = (str(path) for path in example_files()[:2])
    run = (
        f"[tui.cli.main(['compare', {old!r}, {new!r}]),"
        f" tui.cli.main(['compare', '--format', 'json', {old!r}, {new!r}]),"
        f" tui.cli.main(['summary', {new!r}]),"
        f" tui.cli.main(['summary', '--format', 'markdown', {new!r}])]"
    )
    found = probe("import tui.cli", run, ("textual",))
    assert found["status"] == [0, 0, 0, 0]
    assert found["ui"] == []


def test_the_probe_sees_ui_imports():
    """The checks above can fail: importing Rich in the same probe is noticed."""
    found = probe("import tui.cli\nimport rich.text", "0")
    assert "rich" in found["ui"] and "rich.text" in found["ui"]


CHECK_NEEDS_NOT = ("shutil", "secrets", "difflib", "typing")
"""Modules ``check`` has no use for, each a millisecond or more of a git hook's start: argparse's
width lookup through :mod:`shutil` (which loads the compression modules), the random series id
(:mod:`secrets`, with hashlib), the config's "did you mean" (:mod:`difflib`), and :mod:`typing`
for annotations only."""


def test_check_loads_only_what_it_needs():
    example = example_files()[0]
    run = f"tui.cli.main(['check', {str(example)!r}])"
    assert probe("import sys", "0", CHECK_NEEDS_NOT)["ui"] == []  # the interpreter's own start
    found = probe("import tui.cli", run, CHECK_NEEDS_NOT)
    assert found["status"] == 0
    assert found["ui"] == []
