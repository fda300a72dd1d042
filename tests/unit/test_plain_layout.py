"""The series' terminal view drawn without Rich (tui/reports/plain.py) is the text Rich prints:
byte for byte, on generated series (with every kind of problem, long and accented words, a long
organisation name) and the shipped example, at every width from 10 to 120 columns; a text only
Rich can lay out (a wide character, a tab) goes to Rich; and ``series`` piped loads no Rich."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tests.series_factory import make_series
from tui.core.series import find_chain, series_figures
from tui.reports import plain, series_report
from tui.storage.folder import SessionFolder
from tui.storage.toml_format import dumps_session, load_session

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"


def figures(path: Path):
    return series_figures(find_chain(SessionFolder(path.parent), path.name))


def rich_text(series, width: int) -> str:
    out = io.StringIO()
    series_report.print_report(series, series_report.make_console(out, width=width, plain=True))
    return out.getvalue()


def assert_same_at_every_width(series, widths=range(10, 121)) -> None:
    for width in widths:
        assert series_report.plain_report(series, width) == rich_text(series, width), width


def test_every_character_called_one_cell_is_one_cell_for_rich():
    for low, high in plain.SINGLE_CELL:
        for code in range(low, high + 1):
            assert cell_len(chr(code)) == 1, hex(code)
            plain.check(chr(code))  # and laid out here


def test_the_shipped_example_at_every_width():
    assert_same_at_every_width(figures(EXAMPLE))


@pytest.mark.parametrize("n", [3, 8])
def test_a_generated_series_at_every_width(tmp_path, n):
    paths = make_series(tmp_path, n, organisation="Installatiebedrijf Van Dijk & Zn. Noordoost")
    assert_same_at_every_width(figures(paths[-1]))


def test_a_series_with_problems_at_every_width(tmp_path):
    paths = make_series(tmp_path, 6)
    paths[0].unlink()  # a broken link
    text = paths[2].read_text(encoding="utf-8")
    paths[2].write_text(text.replace("organisation = ", "organisatie = "))  # unreadable
    shutil.copy(paths[3], tmp_path / f"{paths[3].stem}-kopie.toml")  # a fork
    series = figures(paths[-1])
    assert {p.kind for p in series.problems} >= {"missing", "unreadable"}
    assert_same_at_every_width(series)


WORDS = st.text(
    alphabet=st.sampled_from("abcdefghij éëøł–—…→·€'&"), min_size=1, max_size=40
).filter(str.strip)


@settings(max_examples=25, deadline=None)
@given(step=WORDS, need=st.lists(WORDS, min_size=1, max_size=8), person=WORDS)
def test_any_text_of_one_cell_characters(tmp_path_factory, step, need, person):
    folder = tmp_path_factory.mktemp("series")
    paths = make_series(folder, 4)
    for path in paths:
        session = load_session(path)
        session.steps[0].name = step
        session.steps[0].needs[0].what = " ".join(need)
        for action in session.actions:
            action.who = person
        path.write_text(dumps_session(session), encoding="utf-8")
    assert_same_at_every_width(figures(paths[-1]), widths=(12, 30, 47, 63, 80, 100))


@pytest.mark.parametrize("text", ["Planning 日本", "tab\there", "emoji 😀"])
def test_a_text_only_rich_can_lay_out_goes_to_rich(tmp_path, text):
    paths = make_series(tmp_path, 3)
    session = load_session(paths[-1])
    session.steps[0].name = text
    paths[-1].write_text(dumps_session(session), encoding="utf-8")
    series = figures(paths[-1])
    assert series_report.plain_report(series, 80) is None
    with pytest.raises(plain.NotPlain):
        plain.check(text)


PIPED = """
import json, sys
from tui.cli import main
status = main(["series", sys.argv[1]])
sys.stdout.flush()
rich = sorted(m for m in sys.modules if m.startswith("rich"))
print(json.dumps({"status": status, "rich": rich}), file=sys.stderr)
"""


def test_series_piped_prints_richs_text_without_loading_rich(tmp_path):
    paths = make_series(tmp_path, 5)
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "80"}
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):  # these ask Rich for colour
        environment.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", PIPED, str(paths[-1])],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    found = json.loads(done.stderr.strip().splitlines()[-1])
    assert found == {"status": 0, "rich": []}
    assert done.stdout == rich_text(figures(paths[-1]), 80)


@pytest.mark.parametrize(
    "environment, width",
    [
        ({"COLUMNS": "64"}, 64),
        ({"COLUMNS": "130"}, 100),  # the report's widest
        ({"COLUMNS": "0"}, None),  # Rich takes it as it is
        ({"COLUMNS": "64", "FORCE_COLOR": "1"}, None),  # Rich draws in colour
        ({"COLUMNS": "64", "TTY_COMPATIBLE": "1"}, None),
    ],
)
def test_the_width_is_richs_for_a_pipe(monkeypatch, environment, width):
    for name in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    assert series_report.plain_width() == width
    if width is not None:
        assert series_report.make_console().width == width
