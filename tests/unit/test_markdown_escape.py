"""Markdown escaping (tui/reports/markdown_text.py), read back the way people see it: the memo and
the compare report rendered by a CommonMark renderer (markdown-it-py, also with GFM's tables and
strikethrough) show every typed text as it was typed, and an ordinary sentence needs no backslash
at all (the memo is pasted into e-mails as plain text)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tui.core.compare import compare_sessions
from tui.core.model import Action, Item
from tui.core.text import clean_line
from tui.reports.compare_report import markdown_report
from tui.reports.markdown_text import escape
from tui.reports.memo import memo_markdown
from tui.storage.toml_format import load_session

from .conftest import REPO, build_session

COMMONMARK = MarkdownIt("commonmark")
GFM = MarkdownIt("commonmark").enable("table").enable("strikethrough")
RENDERERS = pytest.mark.parametrize("renderer", [COMMONMARK, GFM], ids=["commonmark", "gfm"])
FIRST = REPO / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
FOLLOW_UP = REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"


class Rendered(HTMLParser):
    """The elements and the text of rendered HTML (entities decoded: the text a reader sees), the
    text of each list item, and how deep lists are nested."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.parts: list[str] = []
        self.items: list[str] = []
        self.depth = self.deepest = 0
        self._open_items: list[list[str]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in ("ul", "ol"):
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)
        if tag == "li":
            self._open_items.append([])

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self.depth -= 1
        if tag == "li":
            self.items.append("".join(self._open_items.pop()).strip())

    def handle_data(self, data):
        self.parts.append(data)
        for item in self._open_items:
            item.append(data)

    @property
    def text(self) -> str:
        return "".join(self.parts).strip("\n")


def render(renderer: MarkdownIt, markdown: str) -> Rendered:
    return Rendered(renderer.render(markdown))


# --- what people type at the start of a text -----------------------------------------------------

LINE_STARTS = [
    ("1. Eerst de maten", "1\\. Eerst de maten"),
    ("2) Dan de foto's", "2\\) Dan de foto's"),
    ("+ meerwerk apart", "\\+ meerwerk apart"),
    ("- geen WhatsApp", "\\- geen WhatsApp"),
    ("* belangrijk", "\\* belangrijk"),
    ("# 1 prioriteit", "\\# 1 prioriteit"),
    ("> zegt de klant", "\\> zegt de klant"),
    ("---", "\\---"),
    ("===", "\\==="),
    ("_ _ _", "\\_ _ \\_"),
    ("```", "\\`\\`\\`"),
    ("~~~ code", "\\~\\~\\~ code"),
    ("[x]: http://voorbeeld.nl", "\\[x]: http://voorbeeld.nl"),
    ("[ ] nog doen", "\\[ ] nog doen"),
    ("|---|---|", "\\|---\\|---\\|"),
    ("<b>vet</b>", "\\<b>vet\\</b>"),
    ("-", "\\-"),
    ("1.", "1\\."),
]


@pytest.mark.parametrize(("typed", "escaped"), LINE_STARTS, ids=[t for t, _ in LINE_STARTS])
def test_a_line_start_that_would_become_a_block_is_escaped(typed, escaped):
    assert escape(typed, start=True) == escaped


@RENDERERS
@pytest.mark.parametrize("typed", [t for t, _ in LINE_STARTS])
def test_a_line_start_renders_as_the_typed_text(renderer, typed):
    """As a paragraph, as a list item, and as the line under a paragraph (a setext underline)."""
    value = escape(typed, start=True)
    assert render(renderer, f"{value}\n").tags == ["p"]
    assert render(renderer, f"{value}\n").text == typed
    item = render(renderer, f"- {value}\n")
    assert (item.tags, item.text) == (["ul", "li"], typed)
    under = render(renderer, f"Eerste regel\n{value}\n")
    assert (under.tags, under.text) == (["p"], f"Eerste regel\n{typed}")


@RENDERERS
def test_memo_lists_hold_the_typed_text_not_a_list_inside_them(renderer):
    """Agreements, actions and expectations typed as "1. …", "2) …", "+ …", "- …" (and every other
    block start) stay one list entry each, holding the characters people typed."""
    session = build_session()
    step = session.steps[0]
    texts = [typed for typed, _ in LINE_STARTS]
    step.needs = [Item(f"n{n}", text) for n, text in enumerate(texts, start=100)]
    session.actions = [Action("a9", "2) Offerte nakijken", "- Mo", step=step.id)]
    session.customer.expectations = ["+ snel", "1. netjes"]
    page = render(renderer, memo_markdown(session, today=session.meeting.date))
    assert page.deepest == 1  # no list inside a list
    for tag in ("ol", "blockquote", "pre", "hr", "table", "a", "b", "em", "code", "s", "del"):
        assert tag not in page.tags, tag
    assert page.tags.count("h1") == 1  # the memo's own title only
    for text in [*texts, "+ snel", "1. netjes"]:
        assert text in page.items, text
    assert f"- Mo, zonder datum: 2) Offerte nakijken ({step.name})" in page.items


@pytest.mark.skipif(shutil.which("cmark") is None, reason="the cmark program is not installed")
def test_cmark_reads_the_memo_as_the_memo():
    """The reference implementation of CommonMark, as a program: the shipped follow-up's memo and
    one full of line starts."""
    session = build_session()
    session.steps[0].needs = [Item(f"n{n}", t) for n, (t, _) in enumerate(LINE_STARTS, start=100)]
    for memo, texts in (
        (memo_markdown(load_session(FOLLOW_UP), today=date(2026, 11, 26)), []),
        (memo_markdown(session, today=session.meeting.date), [t for t, _ in LINE_STARTS]),
    ):
        html = subprocess.run(
            ["cmark"], input=memo, capture_output=True, text=True, check=True
        ).stdout
        page = Rendered(html)
        assert page.deepest == 1 and page.tags.count("h1") == 1
        for tag in ("ol", "blockquote", "pre", "hr", "a", "em", "code"):
            assert tag not in page.tags, tag
        for text in texts:
            assert text in page.items, text


# --- any text, in every place the reports put one ------------------------------------------------

PLACES = [
    # (Markdown around the text, how it is escaped there, what a reader should see)
    ("{x}\n", {"start": True}, "{x}"),
    ("Eerste regel\n{x}\n", {"start": True}, "Eerste regel\n{x}"),
    ("- {x}\n", {"start": True}, "{x}"),
    ("## 1. {x}\n", {"heading": True}, "1. {x}"),
    ("**{x}**\n", {}, "{x}"),
    ("Wie: {x} (stap)\n", {}, "Wie: {x} (stap)"),
    ("- **{x}**, vóór 1-2: {y} ({x})\n", {}, "{x}, vóór 1-2: {y} ({x})"),
    ("- {y} ({x}; {x})\n", {}, "{y} ({x}; {x})"),
    ("**{x}:** {y}\n", {}, "{x}: {y}"),
    ("- **~ {x}**, mensen: + {y}\n", {}, "~ {x}, mensen: + {y}"),
]
"""The memo's and the compare report's own lines; ``{y}`` is a second text on the same line (a
``*`` or ``~`` in one must not pair with one in the other). A ``{y}`` that starts a list item
is escaped as a start."""

SPECIALS = [
    *" \t-+*_~`#>|[]()<!&;:=.\\/0123456789aZé€\"'@^{}",
    "&amp;", "&#60;", "http://x.nl", "www.", "1.", "2)", "- ", "[x]", "<b>", "~~", "**", "__",
    "```", "~~~", "---", "===", "](", "<http://x>",
    "_a", "a_", "*a", "a*", "~a", "a~", "[a]", "(b)", "&amp", "&#1", " a ", "a",
]  # fmt: skip
typed = st.lists(st.sampled_from(SPECIALS), max_size=12).map("".join).filter(clean_line)


@settings(max_examples=400)
@given(typed, typed)
def test_any_typed_text_renders_as_typed(x, y):
    """Escaped and put where the reports put text, any text renders as exactly that text, in
    CommonMark and with GFM's tables and strikethrough; nothing becomes a list, heading, quote,
    code, link, emphasis or HTML (the elements are only the place's own)."""
    shown = {name: clean_line(value) for name, value in (("x", x), ("y", y))}
    for renderer in (COMMONMARK, GFM):
        for place, how, expected in PLACES:
            y_how = {"start": True} if place.startswith("- {y}") else {}
            markdown = place.replace("{x}", escape(x, **how)).replace("{y}", escape(y, **y_how))
            bare = place.replace("{x}", "x").replace("{y}", "y")
            page, reference = render(renderer, markdown), render(renderer, bare)
            assert page.tags == reference.tags, (markdown, page.tags)
            assert page.text == expected.format(**shown), markdown
        cells = f"| a | b |\n|---|---|\n| {escape(x, table=True)} | {escape(y, table=True)} |\n"
        if renderer is GFM:
            page = render(renderer, cells)
            assert page.tags == render(renderer, "| a | b |\n|---|---|\n| x | y |\n").tags
            assert page.text.split("\n")[-2:] == [shown["x"], shown["y"]], cells


# --- and no backslash where none is needed -------------------------------------------------------

FIRST_WORDS = ["Offerte", "Werkbon", "Bellen", "Henk", "Klant", "Materiaal"]
WORDS = [
    "maten", "foto's", "Van", "Dijk", "&", "Zn.", "e-mail", "1-2", "10.000", "+31", "~5", "~",
    "-", "+", "–", "€", "5%", "v.d.", "2026-12-15", "a.s.", "(ca.", "3)", "1.", "2)", "#1",
    "<", "uur.", "dag,", "ja/nee", "vóór", "één", "*", "x_y", "C:\\map", "[bijlage]", ":-)",
    "09:00-12:00", "=", "> 5", "!", "?", "R&D", "AT&T;",
]  # fmt: skip
sentences = st.builds(
    lambda first, middle, last: " ".join([first, *middle, last]),
    st.sampled_from(FIRST_WORDS),
    st.lists(st.sampled_from(WORDS), max_size=10),
    st.sampled_from([word.lower() for word in FIRST_WORDS]),
)
"""A word first and last: what touches the edges of a text is escaped with care, since the memo
writes ``**{name}**`` around it (``Jan *`` there would leave the bold open)."""


@given(sentences)
def test_an_ordinary_sentence_stays_byte_for_byte(sentence):
    """``-``, ``+``, ``~``, ``.``, ``#``, ``&`` and the like in the middle of a sentence need no
    backslash: the text is exactly as typed, in every place."""
    for how in ({}, {"start": True}, {"heading": True}, {"table": True}):
        assert escape(sentence, **how) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Binnen 1-2 werkdagen na het bezoek, +/- 3 uur.",
        "Bel +31 6 1234 5678 vóór 09:00 - of mail.",
        "Ongeveer ~5 minuten per bon; ca. 10.000 euro.",
        "Installatiebedrijf Van Dijk & Zn., afdeling R&D",
        "Stap 1. en stap 2) daarna; prioriteit #1",
        "Bestand: offerte_2026_v2.pdf, map C:\\projecten\\2026",
        "Restpunten [zie bijlage] en a * b = c",
    ],
)
def test_sentences_from_a_meeting_are_left_as_typed(sentence):
    for how in ({}, {"start": True}, {"heading": True}):
        assert escape(sentence, **how) == sentence
    assert render(COMMONMARK, f"- {escape(sentence, start=True)}\n").items == [sentence]


# --- the compare report ---------------------------------------------------------------------------


@RENDERERS
def test_the_compare_report_of_the_shipped_pair_has_no_backslash(renderer):
    """Its marks (+ - ~ →) stand in bold beside the id, where they need no escape: pasted as plain
    text the report reads "- **+ n18** behoefte: …", and rendered the marks are still there."""
    old, new = load_session(FIRST), load_session(FOLLOW_UP)
    report = markdown_report(
        compare_sessions(old, new, old_name=FIRST.name, new_name=FOLLOW_UP.name)
    )
    assert "\\" not in report
    assert "- **+ n18** behoefte: Levertijd van de warmtepomp" in report
    assert "- **- c10** afspraak: Foto's van de opgeleverde installatie in de projectmap" in report
    page = render(renderer, report)
    assert page.deepest == 1
    assert any(item.startswith("+ n18 behoefte: Levertijd") for item in page.items)
    assert any(item.startswith("- c10 afspraak: Foto's") for item in page.items)
    assert "~ Uitvoering, mensen: + Daan Verbeek" in page.items
    assert "- Thijs Hendriks (buitendienst – leerling-monteur)" in page.items
