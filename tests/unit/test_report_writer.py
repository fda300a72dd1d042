"""The reports print in one write (tui/reports/writer.py) and still write the bytes Rich would.

``print_parts`` makes the lines of an entry itself when there is no colour, and sends the rest
through Rich in batches. Here its output is set against the reference, ``console.print`` called
once per part as the reports did before, for the summary and the comparison: plain and in
colour, at widths from narrower than an entry's floor (Rich crops) to wider than the summary's
maximum, on the example pair, the hostile session (markup, tabs, line breaks) and a session with
wide characters, long words and empty texts.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from tui.core.compare import compare_sessions
from tui.core.model import Action, Feedback, Item
from tui.reports import compare_report, summary
from tui.reports.writer import Pieces, print_parts, wrap_plain
from tui.storage.toml_format import load_session

from .conftest import REPO, build_session
from .test_summary import load_hostile

SESSIONS = REPO / "sessions"
FIRST = SESSIONS / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
FOLLOW_UP = SESSIONS / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
WIDTHS = (24, 40, 80, 100, 130)


def awkward_session():
    """Wide characters, a word longer than any line, empty and blank texts, a tab, line breaks."""
    session = build_session()
    step = session.steps[0]
    step.needs.append(
        Item(
            "n9", "東京の倉庫から部品を取り寄せる 😀 " * 4, "morgen\tvroeg", "regel een\nregel twee"
        )
    )
    step.needs.append(Item("n10", "x" * 150, "", "   "))
    step.info.append(Item("c9", "eindigt op spaties    "))
    session.actions.append(
        Action("a9", "Één heel lang woord: " + "overdrachtsdocument" * 8, who="Zoë", step=step.id,
               due=date(2026, 9, 1), note="\n")
    )  # fmt: skip
    session.feedback = [
        Feedback("kort"),
        Feedback("", "Mo"),
        Feedback("een tekst die over meer dan één regel loopt, " * 5, "Petra Jansen"),
        Feedback("😀" * 70, "混"),
    ]
    return session


def console(buffer: io.StringIO, width: int, colour: bool) -> Console:
    made = summary.make_console(buffer, width=width, plain=not colour)
    if colour:
        made = Console(
            file=buffer, width=width, force_terminal=True, color_system="truecolor",
            highlight=False, emoji=False, markup=False, legacy_windows=False,
        )  # fmt: skip
    return made


def both(parts_of, width: int, colour: bool) -> tuple[str, str]:
    """The reference (one ``print`` per part) and ``print_parts``, on equal consoles."""
    reference, fast = io.StringIO(), io.StringIO()
    on = console(reference, width, colour)
    for part in parts_of():
        on.print(part, markup=False, emoji=False, highlight=False)
    print_parts(console(fast, width, colour), parts_of())
    return reference.getvalue(), fast.getvalue()


@pytest.mark.parametrize("colour", [False, True], ids=["plain", "colour"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("which", ["example", "hostile", "awkward"])
def test_the_summary_prints_what_rich_prints_part_by_part(which, width, colour):
    if which == "example":
        session, previous = load_session(FOLLOW_UP), load_session(FIRST)
    else:
        session, previous = (load_hostile() if which == "hostile" else awkward_session()), None
    today = session.meeting.date

    def parts():
        return summary.summary_renderables(session, today=today, previous=previous)

    reference, fast = both(parts, width, colour)
    assert fast == reference
    assert ("\x1b[" in fast) == colour


@pytest.mark.parametrize("colour", [False, True], ids=["plain", "colour"])
@pytest.mark.parametrize("width", WIDTHS)
def test_the_comparison_prints_what_rich_prints_part_by_part(width, colour):
    comparison = compare_sessions(load_session(FIRST), load_session(FOLLOW_UP))
    reference, fast = both(lambda: compare_report.rich_renderables(comparison), width, colour)
    assert fast == reference
    assert "\x1b[" in fast if colour else "\x1b[" not in fast


def test_print_summary_is_one_write():
    class Counting(io.StringIO):
        writes = 0

        def write(self, text: str) -> int:
            self.writes += bool(text)  # Rich's capture ends in writing "" (its empty buffer)
            return super().write(text)

    out = Counting()
    summary.print_summary(awkward_session(), summary.make_console(out, width=80, plain=True))
    assert out.writes == 1
    assert "Petra Jansen: een tekst" in out.getvalue()


def test_pieces_make_the_text_of_its_appends():
    text = Pieces(("Piet", "bold"), (": ", ""), ("koffie", "")).text()
    expected = Text()
    expected.append_text(Text("Piet", style="bold"))
    expected.append(": ")
    expected.append_text(Text("koffie"))
    assert text.plain == expected.plain == "Piet: koffie"
    assert text.spans == expected.spans
    assert Pieces(("alleen", "")).plain == "alleen"


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet="ab xyz-.\xa0é–→█·", max_size=120),
    width=st.integers(min_value=1, max_value=40),
)
def test_wrap_plain_wraps_as_rich_does(text, width):
    console = Console(width=200, file=io.StringIO(), color_system=None)
    expected = [line.plain.rstrip() for line in Text(text).wrap(console, width)]
    assert wrap_plain(text, width) == expected


def test_accented_text_is_wrapped_without_rich(monkeypatch):
    """Dutch text (é, ë, –, →) is one cell a character: its lines are made here, as for ASCII,
    and they are Rich's; Rich's wrap is not asked."""
    text = "Één overdracht – met één‘s ochtends → de planning, vóór de start " * 3
    console = Console(width=60, file=io.StringIO(), color_system=None)
    expected = summary.Hanging("n1", Pieces((text, "")), indent=4).lines_plain(console, 60)
    reference = io.StringIO()
    Console(width=60, file=reference, color_system=None).print(
        summary.Hanging("n1", Pieces((text, "")), indent=4)
    )
    assert expected == reference.getvalue()

    def no_rich(*args, **kwargs):
        raise AssertionError("Rich's wrap was asked")

    monkeypatch.setattr(Text, "wrap", no_rich)
    assert summary.Hanging("n1", Pieces((text, "")), indent=4).lines_plain(console, 60) == expected
