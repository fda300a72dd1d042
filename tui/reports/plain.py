"""Rich's layout without Rich, for a report printed without colour (piped, to a file).

``series FILE | less`` should cost little more than reading the files, and importing Rich alone
costs a fifth of ``check`` of a series of 20 meetings; laying its tables out as much again. The
report is built once, through a *kit* (:data:`KIT` here, or Rich's own classes for the terminal
and the app, see :mod:`tui.reports.series_report`); this module's classes take the same arguments
as the few Rich ones a report uses (``Text``, ``Table`` and ``Table.grid``, ``Padding``, ``Rule``,
``Group``, the ``SIMPLE_HEAD`` box) and :func:`render` gives the text ``console.print`` draws for
each part on a console of that width without colour: Rich's word wrap, its column widths (measured,
then collapsed when too wide), cropping with "…", cells padded to their width, the header's line.

Only text whose every character is one cell wide is laid out here (:func:`check`); a text with a
character of another width (East Asian, combining, emoji), a tab or a control character raises
:class:`NotPlain`, and the caller prints with Rich instead. ``tests/unit/test_plain_layout.py``
holds the bytes to Rich's on generated reports at many widths.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import SimpleNamespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from typing import Any


class NotPlain(Exception):
    """A text this module does not lay out as Rich would: print it with Rich."""


SINGLE_CELL = (
    (0x20, 0x7E),  # ASCII
    (0xA0, 0x24F),  # Latin-1 and Latin Extended (é, ë, ø, ł, ...)
    (0x2010, 0x2027),  # dashes, quotes, bullet, ellipsis
    (0x2030, 0x205E),
    (0x20A0, 0x20C0),  # currency signs (€)
    (0x2190, 0x21FF),  # arrows (→)
    (0x2500, 0x259F),  # box drawing and blocks (─ █ ░ ▁ … ▇)
    (0x27F0, 0x27FF),  # supplemental arrows (⟳)
)
"""Characters one cell wide for Rich (``tests/unit/test_plain_layout.py`` asks Rich about each)."""

_OTHER = re.compile(
    "[^\n" + "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in SINGLE_CELL) + "]"
)
_WORD = re.compile(r"\s*\S+\s*")
_TRAILING = re.compile(r"\s+$")


def check(text: str) -> str:
    """``text``, when each character is one cell wide (or a line break); else :class:`NotPlain`."""
    if (not text.isascii() or not text.isprintable()) and _OTHER.search(text):
        raise NotPlain(text)
    return text


def one_cell_line(text: str) -> bool:
    """``text`` is one line of characters one cell wide: its width is its length, and Rich wraps
    it as :func:`tui.reports.writer.wrap_plain` does."""
    if text.isascii():
        return text.isprintable()
    return "\n" not in text and _OTHER.search(text) is None


# --- text ----------------------------------------------------------------------------------------


class Text:
    """``rich.text.Text``: a string (the style is for Rich; without colour it draws nothing)."""

    __slots__ = ("plain",)

    def __init__(self, text: str = "", style: str = "") -> None:
        self.plain = check(text)

    def append(self, text: str, style: str | None = None) -> Text:
        self.plain += check(text)
        return self

    @classmethod
    def assemble(cls, *parts: str | tuple[str, str] | Text) -> Text:
        made = cls()
        for part in parts:
            if isinstance(part, Text):
                made.plain += part.plain
            elif isinstance(part, tuple):
                made.plain += check(part[0])
            else:
                made.plain += check(part)
        return made

    def measure(self, max_width: int) -> tuple[int, int]:
        """Rich's ``Measurement.get`` of the text: its longest word and its longest line."""
        lines = self.plain.splitlines()
        longest = max(map(len, lines)) if lines else 0
        words = self.plain.split()
        shortest = max(map(len, words)) if words else longest
        return _normal(shortest, longest, max_width)

    def lines(self, width: int, justify: str, overflow: str, no_wrap: bool) -> list[str]:
        """``Text.wrap``: the lines (a table pads them to ``width``, as ``render_lines`` does)."""
        if width < 0:
            raise NotPlain("a column without room")
        out: list[str] = []
        for line in self.plain.split("\n"):
            if no_wrap:
                pieces = [line]
            else:
                pieces = divide(line, width, fold=overflow == "fold")
                pieces = [_rstrip_end(piece, width) for piece in pieces]
            for piece in pieces:
                if justify == "right":
                    piece = _truncate(piece.rstrip(), width, overflow)
                    piece = " " * (width - len(piece)) + piece
                elif justify == "left":
                    piece = _truncate(piece, width, overflow)
                    piece += " " * (width - len(piece))
                out.append(_truncate(piece, width, overflow))
        return out


def _normal(minimum: int, maximum: int, max_width: int) -> tuple[int, int]:
    """``Measurement(minimum, maximum).normalize().with_maximum(max_width)``, normalised again
    (what ``Measurement.get`` returns)."""
    minimum, maximum = _normalize(minimum, maximum)
    minimum, maximum = min(minimum, max_width), min(maximum, max_width)
    if maximum < 1:
        return 0, 0
    return _normalize(minimum, maximum)


def _normalize(minimum: int, maximum: int) -> tuple[int, int]:
    minimum = min(max(0, minimum), maximum)
    return max(0, minimum), max(0, max(minimum, maximum))


def divide(line: str, width: int, fold: bool) -> list[str]:
    """``rich._wrap.divide_line`` and ``Text.divide``, for one cell a character: the pieces of
    ``line`` its word wrap makes at ``width`` (a word longer than a line folded, if ``fold``)."""
    if len(line) <= width:  # every word fits where it is: no break
        return [line]
    breaks: list[int] = []
    offset = 0
    next_start = 0
    # the words (blanks before and after included) tile the line: each starts where the one
    # before it ended (findall, a third of finditer's time with a match object per word)
    for word in _WORD.findall(line):
        start, next_start = next_start, next_start + len(word)
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            if fold:
                if width < 1:
                    raise NotPlain("no room to fold a word")
                chunks = [word[index : index + width] for index in range(0, len(word), width)]
                for index, chunk in enumerate(chunks):
                    if start:
                        breaks.append(start)
                    if index == len(chunks) - 1:
                        offset = len(chunk)
                    else:
                        start += len(chunk)
            else:
                if start:
                    breaks.append(start)
                offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    ends = [*breaks, len(line)]
    return [line[a:b] for a, b in zip([0, *breaks], ends, strict=True)]


def _rstrip_end(text: str, size: int) -> str:
    """``Text.rstrip_end``: blanks beyond ``size`` go."""
    if len(text) > size:
        blanks = _TRAILING.search(text)
        if blanks is not None:
            text = text[: len(text) - min(len(blanks.group()), len(text) - size)]
    return text


def _truncate(text: str, width: int, overflow: str) -> str:
    if len(text) > width:
        return text[: width - 1] + "…" if overflow == "ellipsis" else text[:width]
    return text


# --- the other renderables -----------------------------------------------------------------------


class Padding:
    """``rich.padding.Padding`` with blanks left and right only (``(0, right, 0, left)``)."""

    __slots__ = ("left", "renderable", "right")

    def __init__(self, renderable: Text, pad: tuple[int, int, int, int]) -> None:
        top, right, bottom, left = pad
        if top or bottom:
            raise NotPlain("padding above or below")
        self.renderable, self.left, self.right = renderable, left, right

    def measure(self, max_width: int) -> tuple[int, int]:
        extra = self.left + self.right
        if max_width - extra < 1:
            return _normal(max_width, max_width, max_width)
        low, high = self.renderable.measure(max_width)
        return _normal(min(low + extra, max_width), min(high + extra, max_width), max_width)

    def lines(self, width: int, justify: str, overflow: str, no_wrap: bool) -> list[str]:
        inner = width - self.left - self.right
        if inner < 1:  # Rich renders nothing where there is no room
            return []
        left, right = " " * self.left, " " * self.right
        return [
            left + _fit(line, inner) + right
            for line in self.renderable.lines(inner, justify, overflow, no_wrap)
        ]


def _fit(line: str, width: int) -> str:
    """A line cropped or padded to ``width`` (``Segment.split_and_crop_lines`` with pad)."""
    return line[:width] if len(line) >= width else line + " " * (width - len(line))


class Rule:
    """``rich.rule.Rule`` with a title on the left."""

    __slots__ = ("title",)

    def __init__(self, title: Text, align: str = "left", style: str = "") -> None:
        if align != "left":
            raise NotPlain("a rule not aligned left")
        self.title = title

    def lines(self, width: int, justify: str, overflow: str, no_wrap: bool) -> list[str]:
        title = self.title.plain.replace("\n", " ")
        room = max(0, width - 2)
        if not title or not room:
            return [_fit("─" * (width + 1), width)]
        text = _truncate(title, room, "ellipsis") + " "
        text += "─" * (width - len(text))
        return Text(_fit(text, width)).lines(width, "default", "fold", False)


class Group:
    """``rich.console.Group``: the parts one below the other."""

    __slots__ = ("parts",)

    def __init__(self, *parts: Any) -> None:
        self.parts = parts

    def lines(self, width: int, justify: str, overflow: str, no_wrap: bool) -> list[str]:
        return [
            line for part in self.parts for line in part.lines(width, justify, overflow, no_wrap)
        ]


SIMPLE_HEAD = "simple_head"
"""``rich.box.SIMPLE_HEAD``: blanks between the columns, a line under the header."""


class Column:
    """``rich.table.Column``: what a report sets on one."""

    __slots__ = ("cells", "header", "justify", "min_width", "no_wrap", "overflow")

    def __init__(
        self, header: Text | None, justify: str, no_wrap: bool, overflow: str, min_width: int | None
    ) -> None:
        self.header = header or Text()
        self.justify, self.no_wrap, self.overflow, self.min_width = (
            justify,
            no_wrap,
            overflow,
            min_width,
        )
        self.cells: list[Text] = []


class Table:
    """``rich.table.Table`` as the reports make it: ``Table(box=SIMPLE_HEAD, pad_edge=False,
    show_edge=False, padding=(0, 0))``, or ``Table.grid(padding=(0, n))``; never expanded."""

    def __init__(
        self,
        *,
        box: str | None = SIMPLE_HEAD,
        pad_edge: bool = False,
        show_edge: bool = False,
        padding: tuple[int, int] = (0, 0),
        show_header: bool = True,
        collapse_padding: bool = False,
    ) -> None:
        if pad_edge or show_edge or padding[0]:
            raise NotPlain("a table with edges or padding above")
        self.box, self.show_header = box, show_header
        self.pad, self.collapse = padding[1], collapse_padding
        self.columns: list[Column] = []
        self.rows = 0

    @classmethod
    def grid(cls, padding: tuple[int, int] = (0, 0)) -> Table:
        return cls(box=None, padding=padding, show_header=False, collapse_padding=True)

    def add_column(
        self,
        header: Text | None = None,
        *,
        justify: str = "left",
        ratio: int | None = None,
        overflow: str = "ellipsis",
        no_wrap: bool = False,
        min_width: int | None = None,
    ) -> None:
        self.columns.append(Column(header, justify, no_wrap, overflow, min_width))

    def add_row(self, *cells: Text | str | None) -> None:
        for index, column in enumerate(self.columns):
            cell = cells[index] if index < len(cells) else None
            column.cells.append(cell if isinstance(cell, Text) else Text(cell or ""))
        if len(cells) > len(self.columns):
            raise NotPlain("more cells than columns")
        self.rows += 1

    # the cells as Rich lays them out (``Table._get_cells``: padding only in a grid)

    def _right(self, index: int) -> int:
        """The blanks right of a cell in column ``index``."""
        if not self.pad or index == len(self.columns) - 1:
            return 0
        return self.pad  # collapsed padding: none on the left, all on the right

    def _cells(self, index: int) -> list[Text | Padding]:
        column = self.columns[index]
        cells: list[Text] = [column.header] if self.show_header else []
        cells += column.cells
        right = self._right(index)
        if not self.pad:
            return list(cells)
        if not self.collapse:
            raise NotPlain("padding without collapse")
        return [Padding(cell, (0, right, 0, 0)) for cell in cells]

    def _measure(self, index: int, max_width: int) -> tuple[int, int]:
        if max_width < 1:
            return 0, 0
        measured = [cell.measure(max_width) for cell in self._cells(index)]
        low = max((m[0] for m in measured), default=1)
        high = max((m[1] for m in measured), default=max_width)
        low, high = min(low, max_width), min(high, max_width)
        column = self.columns[index]
        if column.min_width is not None:
            floor = max(0, column.min_width + self._right(index))
            low, high = max(low, floor), max(high, floor)
        return low, high

    def _widths(self, max_width: int) -> list[int]:
        count = len(self.columns)
        widths = [self._measure(i, max_width)[1] or 1 for i in range(count)]
        if sum(widths) > max_width:
            wrapable = [not column.no_wrap for column in self.columns]
            widths = _collapse(widths, wrapable, max_width)
            if sum(widths) > max_width:
                widths = _ratio_reduce(sum(widths) - max_width, [1] * count, widths, widths)
            widths = [self._measure(i, width)[1] or 0 for i, width in enumerate(widths)]
        return widths

    def lines(self, width: int, justify: str, overflow: str, no_wrap: bool) -> list[str]:
        if not self.columns:
            return [""]
        divider = " " if self.box else ""
        extra = len(self.columns) - 1 if self.box else 0
        widths = self._widths(width - extra)
        cells = [self._cells(i) for i in range(len(self.columns))]
        out: list[str] = []
        for row in range(len(cells[0])):
            header = self.show_header and row == 0
            drawn: list[list[str]] = []
            for index, column in enumerate(self.columns):
                cell, width = cells[index][row], widths[index]
                if width < 1:  # Rich renders nothing where there is no room
                    drawn.append([])
                    continue
                lines = cell.lines(width, column.justify, column.overflow, column.no_wrap)
                drawn.append([_fit(line, width) for line in lines])
            height = max(1, *(len(lines) for lines in drawn))
            for index, lines in enumerate(drawn):
                blank = [" " * widths[index]] * (height - len(lines))
                drawn[index] = blank + lines if header else lines + blank
            out += [divider.join(parts) for parts in zip(*drawn, strict=True)]
            if header and self.box:
                out.append("─".join("─" * w for w in widths))
        return out


def _collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """``Table._collapse_widths``: the widest wrapable columns give up room first."""
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, wrap in zip(widths, wrapable, strict=True) if wrap)
            second = max(
                w if wrap and w != widest else 0 for w, wrap in zip(widths, wrapable, strict=True)
            )
            difference = widest - second
            ratios = [int(w == widest and wrap) for w, wrap in zip(widths, wrapable, strict=True)]
            if not any(ratios) or not difference:
                break
            widths = _ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def _ratio_reduce(
    total: int, ratios: list[int], maximums: list[int], values: list[int]
) -> list[int]:
    """``rich._ratio.ratio_reduce``."""
    ratios = [ratio if high else 0 for ratio, high in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result = []
    for ratio, high, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            given = min(high, round(ratio * remaining / total_ratio))
            result.append(value - given)
            remaining -= given
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def render(parts: Iterable[Any], width: int) -> str:
    """The text of ``console.print(part)`` for each part on a console ``width`` wide, without
    colour (each line cropped to the width, never padded)."""
    out: list[str] = []
    for part in parts:
        out += [line[:width] + "\n" for line in part.lines(width, "default", "fold", False)]
    return "".join(out)


KIT = SimpleNamespace(
    Text=Text, Table=Table, Padding=Padding, Rule=Rule, Group=Group, SIMPLE_HEAD=SIMPLE_HEAD
)
"""The classes a report is built with, in place of Rich's (see :mod:`tui.reports.series_report`)."""
