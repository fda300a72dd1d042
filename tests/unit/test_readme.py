"""The README's two commands are the ones CI and people run."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
    assert command in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in ci


def test_readme_start_command_names_a_shipped_example():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = next(line for line in readme.splitlines() if "interne-klanten sessions/" in line)
    example = start.rsplit(" ", 1)[1]
    assert (ROOT / example).is_file()
