"""The table's own line count agrees with how Rich wraps the same text."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from tui.app.widgets.wrap import line_count
from tui.core.text import clean_text

CONSOLE = Console(width=200, color_system=None)
WORDS = st.sampled_from(
    [
        "a",
        "opname",
        "Calculatie/offerte",
        "één",
        "日本語",
        "x" * 30,
        " ",
        "  ",
        "\n",
        "-",
        "\t",
        "a\tb",
    ]
)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(WORDS, max_size=30).map(" ".join)
    | st.text(max_size=80).map(clean_text),  # as in the model
    st.integers(2, 60),  # a column is at least 8 wide
)
def test_line_count_matches_rich(text, width):
    expected = len(Text(text, overflow="fold").wrap(CONSOLE, width))
    assert line_count(text, width) == max(expected, 1)
