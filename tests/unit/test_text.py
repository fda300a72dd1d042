"""Text cleaning: what enters the model can never steer the terminal, and markup stays text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.text import clean_line, clean_text, slugify

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("a\u2028b\u2029c\x85d", "a\nb\nc\nd"),
        ("\x1b[2Jclear", "[2Jclear"),
        ("\x1b]0;title\x07x", "]0;titlex"),
        ("a\x00b\x01c\x08d\x0be\x0cf\x1fg", "abcdefg"),
        ("del\x7f", "del"),
        ("c1\x80\x9b\x9f", "c1"),
        ("\u202eevil\u202c \u2066x\u2069", "evil x"),
        ("keep\ttab\nand newline", "keep\ttab\nand newline"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("[bold]Piet[/]", "[bold]Piet[/]"),
        ("[link=file:///etc]x", "[link=file:///etc]x"),
        (":warning: [@click=app.quit]x[/]", ":warning: [@click=app.quit]x[/]"),
        ('quotes " and \\ and """', 'quotes " and \\ and """'),
        ("é € – 日本 🙂", "é € – 日本 🙂"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


@given(st.text(alphabet=st.characters(codec=None)))
@settings(max_examples=300, deadline=None)
def test_clean_text_is_safe_and_idempotent(raw):
    cleaned = clean_text(raw)
    assert not UNSAFE.search(cleaned)
    assert "\r" not in cleaned
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # never a lone surrogate


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_clean_text_keeps_everything_safe(raw):
    """Only unsafe characters and line endings are touched; all other text stays as it is."""
    expected = re.sub(r"\r\n?|[\u2028\u2029\x85]", "\n", raw)
    expected = UNSAFE.sub("", expected)
    assert clean_text(raw) == expected


def test_clean_line():
    assert clean_line("  Piet\r\n  Jansen \x1b[0m ") == "Piet Jansen [0m"
    assert clean_line("\n\n  \n") == ""
    assert clean_line("a\n\nb") == "a b"


@pytest.mark.parametrize(
    "name, slug",
    [
        ("Installatiebedrijf Van Dijk & Zn.", "installatiebedrijf-van-dijk-zn"),
        ("Café Œuvre", "cafe-uvre"),
        ("../../etc", "etc"),
        ("  --Bouw--  ", "bouw"),
        ("!!!", ""),
        ("日本", ""),
    ],
)
def test_slugify(name, slug):
    assert slugify(name) == slug


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_slugify_gives_a_safe_file_name_part(name):
    assert re.fullmatch(r"([a-z0-9]+(-[a-z0-9]+)*)?", slugify(name))


def test_a_pasted_list_becomes_one_line_with_its_items_apart():
    from tui.core.text import join_pasted

    assert (
        join_pasted("Volledige opname met\nmaten en foto's")
        == "Volledige opname met maten en foto's"
    )
    assert join_pasted("Punten:\n- maten\n- foto's\n* adres") == "Punten: maten; foto's; adres"
    assert join_pasted("1. eerst\r\n2. dan\n\n3) daarna\n") == "eerst; dan; daarna"
    assert join_pasted("-5 graden\n+ extra") == "-5 graden extra"  # "-5" is no list marker
    assert join_pasted("  a\x1b[2J  \n\n  b\x07 ") == "a[2J b"
    assert join_pasted("\n \n") == ""


def test_every_character_cleaning_changes_is_unprintable():
    """clean_text leaves printable text alone without looking further (str.isprintable): that is
    only right while no character it would change is printable. Checked for every one."""
    line_endings = re.compile("[\r\u2028\u2029\x85]")  # as in the test above
    changed = [
        chr(c) for c in range(0x110000) if UNSAFE.match(chr(c)) or line_endings.match(chr(c))
    ]
    assert len(changed) > 2048  # the controls, separators, overrides and surrogates
    assert not [c for c in changed if c.isprintable()]
