"""How many lines a text takes when a table cell wraps it, without rendering it.

A ``DataTable`` row added with ``height=None`` renders every cell through Rich just to measure
it (about 180 µs a cell: two thirds of a step switch at 2,000 actions). The tables here know
their column widths, so they count the lines themselves, with the rule Rich uses to wrap
(``rich._wrap.divide_line``: break before a word that does not fit, fold a word longer than
the line), and pass the height. A test holds the count against ``Text.wrap``.
"""

from __future__ import annotations

import io
import re
from functools import cache, lru_cache

from rich.cells import cell_len, chop_cells
from rich.console import Console
from rich.text import Text

_WORD = re.compile(r"\s*\S+\s*")


@lru_cache(maxsize=1 << 15)
def line_count(text: str, width: int) -> int:
    """The lines ``text`` takes wrapped (and folded) at ``width`` cells; at least 1. Kept for
    the texts seen last: going back to a step counts the same texts at the same widths."""
    if width <= 0:
        return 1
    if "\t" in text:  # rare in a cell; tab stops are Rich's business: ask it
        return max(1, len(Text(text, overflow="fold").wrap(_console(), width)))
    return sum(_paragraph_lines(paragraph, width) for paragraph in text.split("\n"))


@cache
def _console() -> Console:
    return Console(file=io.StringIO(), width=1000, color_system=None)


def _paragraph_lines(text: str, width: int) -> int:
    lines = 1
    offset = 0
    for found in _WORD.finditer(text):
        start, word = found.start(), found.group(0)
        length = cell_len(word.rstrip())
        if width - offset >= length:
            offset += cell_len(word)
        elif length > width:
            pieces = chop_cells(word, width=width)
            lines += len(pieces) - (0 if start else 1)
            offset = cell_len(pieces[-1])
        elif offset and start:
            lines += 1
            offset = cell_len(word)
    return lines


WORD_CAP = 18
"""A column is never widened past this for one word (a web address may stay folded)."""


@lru_cache(maxsize=1 << 15)
def longest_word(text: str) -> int:
    """The cells of the longest word of ``text``, up to :data:`WORD_CAP`."""
    return min(WORD_CAP, max((cell_len(word) for word in text.split()), default=0))


def room_for_words(widths: list[int], longest: list[int], least: list[int]) -> list[int]:
    """``widths`` with the same total, moved so that each column's longest word fits where the
    others can spare the cells: a column gives only what it has beyond its own longest word (and
    beyond its ``least``: its heading, which is one line), and a word longer than its column
    would otherwise be folded in two (``ketelruimt|e``). Where there is not enough to spare, as
    far as it goes."""
    widths = list(widths)
    keep = [max(floor, words) for floor, words in zip(least, longest, strict=True)]
    while True:
        short = [i for i, width in enumerate(widths) if width < longest[i]]
        rich = [i for i, width in enumerate(widths) if width > keep[i]]
        if not short or not rich:
            return widths
        taker = max(short, key=lambda i: longest[i] - widths[i])
        giver = max(rich, key=lambda i: widths[i] - keep[i])
        widths[taker] += 1
        widths[giver] -= 1
