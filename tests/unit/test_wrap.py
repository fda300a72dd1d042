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


def test_a_column_gets_the_room_its_longest_word_needs_from_the_others():
    from tui.app.widgets.wrap import room_for_words

    # wat (longest "werkomschrijving", 16) | wanneer (6) | waarom (9): 40 cells as 10/14/16
    assert room_for_words([10, 14, 16], [16, 6, 9], least=[6, 6, 6]) == [16, 10, 14]
    # nobody can spare enough: as far as it goes, nobody below its own longest word or `least`
    assert room_for_words([10, 10], [16, 10], least=[6, 6]) == [10, 10]
    assert room_for_words([10, 12], [16, 4], least=[6, 6]) == [16, 6]
    assert room_for_words([12, 12], [16, 16], least=[6, 6]) == [12, 12]
    # a heading is one line: its column keeps room for it ("interne klant", 13)
    assert room_for_words([10, 16], [16, 5], least=[6, 13]) == [13, 13]


@given(
    st.lists(
        st.tuples(st.integers(1, 40), st.integers(0, 30), st.integers(1, 15)),
        min_size=1,
        max_size=5,
    )
)
def test_moving_room_keeps_the_total_and_never_takes_a_fitting_word_apart(columns):
    from tui.app.widgets.wrap import room_for_words

    widths, longest, least = (list(values) for values in zip(*columns, strict=True))
    moved = room_for_words(widths, longest, least)
    assert sum(moved) == sum(widths)
    for before, after, words, floor in zip(widths, moved, longest, least, strict=True):
        if after < before:  # a giver keeps its own longest word and its heading
            assert after >= max(words, floor)


def test_longest_word_is_capped():
    from tui.app.widgets.wrap import WORD_CAP, longest_word

    assert longest_word("Volledige opname: maten, foto's van meterkast") == len("meterkast")
    assert longest_word("") == 0
    assert longest_word("https://example.com/" + "x" * 40) == WORD_CAP
