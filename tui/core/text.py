"""Cleaning text where it enters the model.

Whatever people type, paste or put in a file ends up on a projector. Text is therefore cleaned
once, on the way in: line endings become ``\\n``, and every character that could steer a terminal
is removed: C0 controls except newline and tab, DEL, C1 controls, and the bidirectional override
and isolate characters (U+202A-U+202E, U+2066-U+2069), which can make a line read differently
from what it holds. Markup-like text (``[bold]``, ``:warning:``) is *not* touched here: it is data,
and the renderers show it literally.
"""

from __future__ import annotations

import re
import unicodedata

_LINE_ENDINGS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_ANY = re.compile(
    "[\r\u2028\u2029\x85\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
"""Any character the three would change, as one class (four times as fast as the three as
alternatives): nearly all text has none."""


def clean_text(value: str) -> str:
    """``value`` with normalised line endings and without terminal-steering characters."""
    # Printable text holds none of them (each is a control, a format character, a line or
    # paragraph separator or a surrogate, none printable), and str.isprintable is another
    # eight times as fast: loading 2,000 action points asks this some 20,000 times.
    if value.isprintable() or not _ANY.search(value):
        return value
    value = _LINE_ENDINGS.sub("\n", value)
    value = _UNSAFE.sub("", value)
    # A lone surrogate cannot be encoded as UTF-8. (The TOML parser refuses the escape "\\ud800",
    # so not from a file; but a str from elsewhere, such as a file name, may hold one.)
    return _SURROGATES.sub("\ufffd", value)


def visible(text: str) -> str:
    """``text`` with every character that would steer the terminal (those :func:`clean_text`
    removes, but line endings) shown as ``\\u001b``: for what is printed as it came, such as a
    command-line argument or a line of a file in an error, seen and harmless."""
    return _UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def clean_line(value: str) -> str:
    """``value`` cleaned and on one line: line breaks become spaces, outer blanks go."""
    parts = (part.strip() for part in clean_text(value).split("\n"))
    return " ".join(part for part in parts if part)


_LIST_MARKER = re.compile(r"(?:[-*•–+]|\d{1,3}[.)])\s+")


def join_pasted(value: str) -> str:
    """Several pasted lines as one line for a one-line field, the words kept apart: lines of a
    list (``- x``, ``* x``, ``• x``, ``1. x``, ``2) x``) lose their marker and are joined with
    ``"; "``; other lines (a wrapped sentence) with a space. Cleaned like :func:`clean_line`."""
    joined = ""
    previous_item = False
    for raw in clean_text(value).split("\n"):
        line = raw.strip()
        marker = _LIST_MARKER.match(line)
        if marker:
            line = line[marker.end() :].strip()
        if not line:
            continue
        if joined:
            joined += "; " if marker and previous_item else " "
        joined += line
        previous_item = bool(marker)
    return joined


def slugify(value: str) -> str:
    """A lower-case ASCII slug for file names and step ids.

    ``"Van Dijk & Zn."`` -> ``van-dijk-zn``."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
