"""Session text as literal Markdown, escaped only where a renderer would misread it.

The memo and the compare report are Markdown that people paste into an e-mail as plain text as
often as they render it on an intranet page. A backslash before every ``-``, ``+`` or ``~``
renders correctly but reads as noise in the e-mail, so :func:`escape` adds one only where
CommonMark, or GitHub-flavoured Markdown (tables, strikethrough), would turn the typed text into
something else:

- **where a block starts** (``start=True``: the text begins a line or a list item): a list item
  (``- ``, ``+ ``, ``* ``, ``1. ``, ``2) ``), a heading (``# ``), a block quote (``>``), a thematic
  break (``***``, ``- - -``, ``___``), a code fence (```` ``` ````, ``~~~``), a setext underline
  (``===``, ``---``), a link reference definition (``[x]: …``) or task box (``[ ]``), a table's
  delimiter row (``|---|``);
- **at the end of a heading** (``heading=True``): a closing ``#`` sequence, which would vanish;
- **in a table cell** (``table=True``): every ``|``;
- **anywhere**: ``*`` and ``_`` that could open or close emphasis (not ``a * b``, not
  ``snake_case``), every backtick (a code span pairs across texts), ``]`` before ``(`` (a link or
  image; ``[bold]`` alone stays), ``<`` before a letter, ``/``, ``!`` or ``?`` (HTML, autolinks),
  ``&`` that would start an entity (``&amp;``; ``Van Dijk & Zn.`` and ``R&D`` stay), a
  backslash that would escape what follows, and a ``~`` that could close strikethrough
  (``~5 min`` stays: with every closer escaped no opener finds one).

The inside of the text is never misread as a block: each text is one line (:func:`clean_line`).
A ``-``, ``+``, ``~`` or ``.`` in the middle of a sentence is left alone, so an ordinary sentence
comes out byte for byte as typed. GFM's bare-URL autolinks (``www.example.nl``) keep their text,
so they are left as they are.

What the reports put next to a text is treated as unknown (the memo writes ``**{name}**``,
``({step})``, ``{what}; {note}``), with two promises the reports keep: a text is preceded by a
blank or punctuation, never directly by a letter, and never directly followed by ``(``.
"""

from __future__ import annotations

import re
import unicodedata
from html.entities import html5

from tui.core.text import clean_line, clean_text

_BLANK = " \t"
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

_LIST_ITEM = re.compile(r"[-+*](?=[ \t]|$)")
_ORDERED = re.compile(r"[0-9]{1,9}(?=[.)](?:[ \t]|$))")
_ATX = re.compile(r"#{1,6}(?=[ \t]|$)")
_SETEXT = re.compile(r"(?:=+|-+)[ \t]*$")
_BREAK = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"(?:`{3,}|~{3,})")
_DELIMITER_ROW = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|?)+[ \t]*$")
_LINK_DEFINITION = re.compile(r"\[(?:.*\]:|[ xX]\](?:[ \t]|$))")
"""``[label]: url`` (it would vanish and turn ``[label]`` elsewhere into a link), ``[ ]`` a task."""
_ENTITY = re.compile(
    r"#[0-9]{1,7}(?:;|$)|#[xX][0-9A-Fa-f]{1,6}(?:;|$)|([A-Za-z][A-Za-z0-9]*)(?:;|$)"
)
"""What may follow an ``&`` in an entity (the ``;`` may come from the report: ``{what}; {note}``);
a name only counts when HTML knows it (``&amp;``, not ``R&D``)."""
_CLOSING_HASHES = re.compile(r"(?:^|(?<=[ \t]))#+[ \t]*$")


def escape(value: str, *, start: bool = False, heading: bool = False, table: bool = False) -> str:
    """``value`` on one line, with a backslash only where Markdown would misread it.

    ``start``: the text begins a block (a line, or the content of a list item). ``heading``: it
    ends an ATX heading (``## 2. {name}``). ``table``: it is a cell of a GFM table.
    """
    text = clean_line(value)
    if not text:
        return ""
    out = _inline(text, table=table)
    if start and not table:
        out = _block_start(text, out)
    if heading and not table:
        closing = _CLOSING_HASHES.search(out)
        if closing is not None:
            out = out[: closing.start()] + "\\" + out[closing.start() :]
    return out


def escape_lines(value: str, *, table: bool = False) -> str:
    """A text that may hold line breaks, for one line of Markdown: each line escaped, the lines
    joined with ``<br>`` (the only line break a table cell can hold)."""
    lines = [line for line in clean_text(value).split("\n") if line.strip()]
    return "<br>".join(escape(line, table=table) for line in lines)


def _block_start(text: str, out: str) -> str:
    """Escape what would make the line a block other than a paragraph (``out`` is ``text`` with
    its inline escapes; a character escaped there already is left as it is)."""
    if out[0] == "\\":
        return out  # the first character is escaped already: no block can start here
    if _LIST_ITEM.match(text) or _ATX.match(text) or text[0] == ">" or _LINK_DEFINITION.match(text):
        return "\\" + out
    ordered = _ORDERED.match(text)
    if ordered:
        end = ordered.end()
        return out[:end] + "\\" + out[end:]
    if _SETEXT.match(text) or _BREAK.match(text) or _FENCE.match(text):
        return "\\" + out
    if "|" in text and _DELIMITER_ROW.match(text):
        return out.replace("|", "\\|")
    return out


_SPECIAL = re.compile(r"[*_~`\\\]<&|]")
"""A character :func:`_inline` may escape: a text without any is its own escaped form (most are;
a memo of thousands of action points then costs one search per text, not a loop per character)."""


def _inline(text: str, *, table: bool) -> str:
    if not _SPECIAL.search(text):
        return text
    out: list[str] = []
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char in "*_~":
            end = index
            while end < length and text[end] == char:
                end += 1
            run = text[index:end]
            before = text[index - 1] if index else ""
            after = text[end] if end < length else ""
            out.append("".join("\\" + c for c in run) if _delimiter(char, before, after) else run)
            index = end
            continue
        after = text[index + 1] if index + 1 < length else ""
        if (
            char == "`"
            or (char == "\\" and (not after or after in _ASCII_PUNCTUATION))
            or (char == "]" and after == "(")
            or (char == "<" and (not after or after.isalpha() or after in "/!?"))
            or (char == "&" and _entity(text, index + 1))
            or (char == "|" and table)
        ):
            out.append("\\" + char)
        else:
            out.append(char)
        index += 1
    return "".join(out)


def _entity(text: str, start: int) -> bool:
    found = _ENTITY.match(text, start)
    return found is not None and (found.group(1) is None or f"{found.group(1)};" in html5)


def _delimiter(char: str, before: str, after: str) -> bool:
    """Whether a run of ``*``, ``_`` or ``~`` between ``before`` and ``after`` could be emphasis
    or strikethrough (an empty neighbour is the edge of the text: anything may be there)."""
    blank_before = before != "" and before in _BLANK
    blank_after = after != "" and after in _BLANK
    if blank_before and blank_after:
        return False  # "a * b": neither left- nor right-flanking, never emphasis
    if char == "_":
        # inside a word ("snake_case") an underscore can neither open nor close emphasis
        return not (before.isalnum() and after.isalnum())
    if char == "~":
        # Only a run that may close (right-flanking) is escaped: with every closer escaped, an
        # opener ("ongeveer ~5 min") finds none.
        if blank_before:
            return False
        if before and not _punctuation(before):
            return True  # after a letter ("a~b~c")
        # after punctuation, or at the start (where a blank or punctuation precedes the text)
        return not after.isalnum()
    return True


def _punctuation(char: str) -> bool:
    """Punctuation in every version of CommonMark (0.31 added the symbols, category S)."""
    return char in _ASCII_PUNCTUATION or unicodedata.category(char).startswith("P")
