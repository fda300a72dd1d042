"""``check`` reports the real problem, not its follow-on (issue 15): a need whose table has an
error of its own (a misspelt ``what``) still exists for the ``about`` of the actions that name
it, as long as its id can be read. A reference to an id that is really missing is still one."""

from __future__ import annotations

import pytest

from tui import cli
from tui.storage.toml_format import SessionFileError, parse_session

from .conftest import REPO

EXAMPLE = REPO / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"


def example_with(old: str, new: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.count(old) == 1
    return text.replace(old, new)


N1_WHAT = 'id = "n1"\nwhat = '
N1_WHAT_LINE = (
    'what = "Volledige opname: maten, foto\'s van meterkast en ketelruimte, bereikbaarheid"\n'
)


def problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(SessionFileError) as caught:
        parse_session(text, "s.toml")
    return [(p.path, p.message) for p in caught.value.problems]


def test_a_misspelt_what_of_need_n1_is_reported_alone(tmp_path, capsys):
    text = example_with(N1_WHAT, 'id = "n1"\ntxet = ')
    assert 'about = "n1"' in text  # actions[1] is about n1
    assert problems(text) == [
        ("steps[1].needs[1].txet", "onbekende sleutel"),
        ("steps[1].needs[1].what", "verplichte sleutel ontbreekt"),
    ]
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    assert cli.main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "steps[1].needs[1].txet" in out and "steps[1].needs[1].what" in out
    assert "about" not in out and "actions[" not in out


@pytest.mark.parametrize(
    "broken",
    [
        "what = 7\n",  # the wrong type
        'what = "  "\n',  # blank where text is required
        "",  # "what" left out entirely
    ],
)
def test_other_errors_in_the_need_itself_have_no_follow_on(broken):
    text = example_with(N1_WHAT_LINE, broken)
    found = problems(text)
    assert found and all(path.startswith("steps[1].needs[1].") for path, _ in found), found


def test_an_id_that_is_really_missing_is_still_reported_next_to_the_real_problem():
    text = example_with(N1_WHAT, 'id = "n1"\ntxet = ').replace('about = "n4"', 'about = "n99"')
    found = problems(text)
    assert [path for path, _ in found] == [
        "steps[1].needs[1].txet",
        "steps[1].needs[1].what",
        "actions[2].about",
    ]
    assert "'n99'" in found[2][1]


def test_an_item_without_a_readable_id_does_not_make_a_reference_valid():
    text = example_with(N1_WHAT, "id = 1\nwhat = ")
    paths = [path for path, _ in problems(text)]
    assert paths == ["steps[1].needs[1].id", "actions[1].about"]
