"""Printing a report's parts in few large writes, with the bytes ``console.print`` would write.

A report is a list of Rich renderables, most of them entries of a list: an item, an action point,
an entry of the closing round. Printing each with ``console.print`` costs tens of microseconds per
call before anything is drawn (the console measures the terminal, builds its options, takes its
lock, writes and flushes), and Rich's wrapping and segment rendering as much again: a summary
with 100,000 entries took over ten seconds. Here the parts are rendered with one set of options
and written once:

- an entry that hangs its text under a label (:class:`HangingLines`: the summary's ``Hanging``,
  the comparison's ``Entry``) makes its lines itself on a console without colour (piped,
  ``NO_COLOR``, ``TERM=dumb``, the text export): a string per line, wrapped by Rich only when the
  text does not fit on one line;
- with colour, consecutive entries go through Rich in one ``print`` of a ``Group``;
- every other part (headings, rules, blank lines) through ``console.print``, captured.

``tests/unit/test_report_writer.py`` checks that the bytes are those of ``console.print`` called
once per part, plain and in colour, at several widths.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.text import Text

from tui.reports.plain import divide, one_cell_line


class Pieces:
    """A line of text in pieces ``(text, style)``, made into a Rich ``Text`` only when Rich draws
    it (with colour): a summary of 100,000 entries printed to a pipe needs no ``Text`` at all.
    ``Pieces(("Piet", "bold"), (": ", ""), ("koffie", "")).text()`` is the ``Text`` of
    ``Text.append`` called with each piece. The texts must be clean (:func:`clean_text`)."""

    __slots__ = ("pieces", "plain")

    def __init__(self, *pieces: tuple[str, str]) -> None:
        self.pieces = pieces
        self.plain = pieces[0][0] if len(pieces) == 1 else "".join(p for p, _ in pieces)

    def text(self) -> Text:
        text = Text()
        for piece, style in self.pieces:
            text.append(piece, style or None)
        return text


Value = Text | Pieces
"""A text to draw: a Rich ``Text``, or :class:`Pieces` of one."""


def as_text(value: Value) -> Text:
    return value if isinstance(value, Text) else value.text()


def cells(text: str) -> int:
    """The width of ``text`` in cells (``rich.cells.cell_len``; one-cell text without it)."""
    return len(text) if one_cell_line(text) else cell_len(text)


def wrap_plain(text: str, width: int) -> list[str]:
    """The lines of ``Text(text).wrap(console, width)``, each stripped at its end, for a line of
    one-cell characters (:func:`tui.reports.plain.one_cell_line`): Rich's algorithm
    (``rich._wrap.divide_line`` with folding, then each line cropped to ``width``) on plain
    strings, a tenth of its time.
    ``tests/unit/test_report_writer.py`` holds it against Rich's on random texts."""
    return [piece[:width].rstrip() for piece in divide(text, width, fold=True)]


class HangingLines:
    """A label, then rows ``(sublabel, text)``; each text wraps under itself, not the label.

    ``lines_plain`` gives what Rich draws for it on a console without colour, or None where
    only Rich can say (a row narrower than its floor of :data:`MIN_WIDTH` cells, which the
    console then crops)."""

    MIN_WIDTH = 20
    """A row's text gets at least this many cells, even on a narrow console."""

    def plain_parts(self) -> tuple[str, int, Sequence[tuple[str, Value]]]:
        """The label's text (padded as drawn), its width in cells, and the rows."""
        raise NotImplementedError

    def lines_plain(self, console: Console, max_width: int) -> str | None:
        label, indent, rows = self.plain_parts()
        out: list[str] = []
        for sublabel, value in rows:
            sub_cells = cells(sublabel) if sublabel else 0
            width = max_width - indent - sub_cells
            if width < self.MIN_WIDTH:
                return None
            plain = value.plain
            if one_cell_line(plain):
                if len(plain) > width:
                    lines = wrap_plain(plain, width)
                else:
                    out.append(f"{label}{sublabel}{plain.rstrip()}\n")
                    label = " " * indent
                    continue
            elif "\n" in plain or "\t" in plain or cell_len(plain) > width:
                lines = [line.plain.rstrip() for line in as_text(value).wrap(console, width)]
                lines = lines or [""]
            else:  # what Rich's wrap gives for a text that fits
                out.append(f"{label}{sublabel}{plain.rstrip()}\n")
                label = " " * indent
                continue
            for index, line in enumerate(lines):
                out.append(f"{label}{sublabel if index == 0 else ' ' * sub_cells}{line}\n")
                label = " " * indent
        return "".join(out)


def print_parts(console: Console, parts: Iterable[RenderableType]) -> None:
    """Print ``parts`` as ``console.print(part)`` for each would, in one write."""
    plain = console.color_system is None and not console.record
    max_width = console.options.max_width
    chunks: list[str] = []
    entries: list[RenderableType] = []  # consecutive entries for Rich (with colour)
    others: list[RenderableType] = []  # consecutive other parts

    def through_rich() -> None:
        if not (entries or others):
            return
        with console.capture() as capture:
            if entries:
                console.print(Group(*entries), markup=False, emoji=False, highlight=False)
            for part in others:
                console.print(part, markup=False, emoji=False, highlight=False)
        chunks.append(capture.get())
        entries.clear()
        others.clear()

    for part in parts:
        if isinstance(part, HangingLines):
            lines = part.lines_plain(console, max_width) if plain else None
            if lines is not None:
                if entries or others:
                    through_rich()
                chunks.append(lines)
                continue
            if others:
                through_rich()
            entries.append(part)
        else:
            if entries:
                through_rich()
            others.append(part)
    through_rich()
    console.file.write("".join(chunks))
    console.file.flush()
