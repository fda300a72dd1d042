"""The session writer's own fast path writes exactly what ``tomli_w`` would (and C1 controls
escaped); anything it does not handle itself goes to ``tomli_w``. Line ends inside a text: a
CRLF becomes a newline of the multi-line string, a lone CR stays ``\\r``."""

from __future__ import annotations

from datetime import date

import tomli
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.model import Action, AgendaItem
from tui.storage.toml_format import _escape_c1, _toml_line, dumps_session, parse_session

from .conftest import build_session


def reference(key: str, value) -> str:
    return _escape_c1(tomli_w.dumps({key: value}, multiline_strings=True))


TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from('\r\n\t"\\\x00\x1b\x7f\x85\x9b\x9f\u2028')
)


@settings(max_examples=300)
@given(value=TEXT | st.lists(TEXT, max_size=4) | st.integers() | st.booleans() | st.dates())
def test_the_fast_path_writes_what_tomli_w_writes(value):
    line = _toml_line("k", value)
    assert line == reference("k", value)
    assert tomli.loads(line)["k"] == normalised(value)


def normalised(value):
    """What a multi-line string reads back as: a CRLF is its line break."""
    if isinstance(value, list):
        return [normalised(x) for x in value]
    if isinstance(value, str) and "\n" in value:
        return value.replace("\r\n", "\n")
    return value


def test_every_character_that_must_be_escaped():
    for char in [chr(c) for c in range(0xA0)] + ['"', "\\", "\u2028"]:
        for value in (f"a{char}b", f"a{char}b\nc"):
            line = _toml_line("k", value)
            assert line == reference("k", value), repr(char)
            assert "\x1b" not in line and "\x9b" not in line and "\x7f" not in line


def test_known_lines():
    assert _toml_line("k", "a\r\nb\rc") == 'k = """\na\nb\\rc"""\n'
    assert _toml_line("k", 'x"y\\z\tq') == 'k = "x\\"y\\\\z\tq"\n'
    assert _toml_line("k", "\x08\x0c\x1b\x9b") == 'k = "\\b\\f\\u001b\\u009b"\n'
    assert _toml_line("k", True) == "k = true\n"
    assert _toml_line("k", False) == "k = false\n"
    assert _toml_line("k", 7) == "k = 7\n"
    assert _toml_line("k", date(2026, 9, 3)) == "k = 2026-09-03\n"
    assert _toml_line("k", ["a", "b\nc"]) == 'k = [\n    "a",\n    """\nb\nc""",\n]\n'


def test_what_the_fast_path_leaves_to_tomli_w():
    assert _toml_line("k", []) == "k = []\n"
    assert _toml_line("k", [1, 2]) == "k = [\n    1,\n    2,\n]\n"
    assert _toml_line("k", 1.5) == "k = 1.5\n"
    assert _toml_line("k", ["\x9b", 3]) == 'k = [\n    "\\u009b",\n    3,\n]\n'
    # a subclass is not the type itself: written by tomli_w, the same way
    assert _toml_line("k", type("Flag", (int,), {})(3)) == "k = 3\n"


def test_a_crlf_inside_a_note_is_one_line_break_in_the_file():
    session = build_session()
    session.actions.append(Action("a5", "Regels", "Mo", note="een\r\ntwee\rdrie"))
    text = dumps_session(session)
    assert 'note = """\neen\ntwee\\rdrie"""\n' in text
    assert "\r" not in text
    assert parse_session(text).action("a5").note == "een\ntwee\ndrie"  # read back cleaned


def test_empty_values_are_left_out_but_who_is_kept():
    session = build_session()
    session.actions = [Action("a1", "Iets", "")]
    session.agenda = [AgendaItem("3a", done=True), AgendaItem("3b", spent=5, timebox=0)]
    text = dumps_session(session)
    actions = text[text.index("[[actions]]") :].split("\n\n")[0]
    assert actions == '[[actions]]\nid = "a1"\nwhat = "Iets"\nwho = ""\nstatus = "open"'
    assert '[[agenda]]\nid = "3a"\ndone = true\n' in text
    assert '[[agenda]]\nid = "3b"\nspent = 5\n' in text
    assert "timebox" not in text
