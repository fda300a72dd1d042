"""The CSV of the action points byte for byte: empty cells for a missing due or done date, the
step's name ("algemeen" for an action of no step, as in every other report), status words, the
byte-order mark and CRLF; and formula characters neutralised, also behind blanks or a line break."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest

from tui.core.model import Action
from tui.reports.actions_csv import actions_csv, actions_csv_bytes
from tui.reports.export import render

from .conftest import build_session

EXPECTED = (
    "\ufeffid;stap;wat;wie;klaar op;status;gedaan op;notitie\r\n"
    "a1;Offerte en voorbereiding;Lijst maken;Petra;;open;;\r\n"
    "a2;Uitvoering;App testen;Mo;2026-10-15;open;;\r\n"
    "a3;algemeen;Bellen;Petra;;gedaan;2026-09-10;\r\n"
    "a4;Facturatie;Map;Mo;;vervallen;;Niet nodig\r\n"
)


def test_the_csv_byte_for_byte():
    session = build_session()
    assert actions_csv(session) == EXPECTED
    assert actions_csv_bytes(session) == EXPECTED.encode("utf-8")
    assert actions_csv_bytes(session).startswith(b"\xef\xbb\xbfid;")


def test_empty_due_and_done_cells(english):
    session = build_session()
    session.actions = [
        Action("a1", "Niets", "Mo"),
        Action("a2", "Alleen klaar", "Mo", status="done", done=date(2026, 1, 2)),
        Action("a3", "Alleen datum", "Mo", due=date(2026, 3, 4)),
    ]
    assert actions_csv(session).split("\r\n")[1:] == [
        "a1;general;Niets;Mo;;open;;",
        "a2;general;Alleen klaar;Mo;;done;2026-01-02;",
        "a3;general;Alleen datum;Mo;2026-03-04;open;;",
        "",
    ]


def test_a_status_the_program_does_not_know_is_shown_as_it_is():
    session = build_session()
    session.actions = [Action("a1", "x", "Mo", status="=later")]
    assert actions_csv(session).split("\r\n")[1] == "a1;algemeen;x;Mo;;'=later;;"


def test_an_unknown_step_is_shown_by_its_id_and_cells_are_quoted_when_needed():
    session = build_session()
    session.actions = [Action("a1", 'een; "twee"', "Mo", step="weg", note="a\nb")]
    assert actions_csv(session).split("\r\n", 1)[1] == 'a1;weg;"een; ""twee""";Mo;;open;;"a\nb"\r\n'


def cells(session) -> list[list[str]]:
    """The CSV as a spreadsheet program reads it: ``;``, quotes, the byte-order mark skipped."""
    text = actions_csv_bytes(session).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


FORMULAS_BEHIND_BLANKS = [
    '\n=HYPERLINK("http://x")',
    "\r\n=1+1",
    "\n\n+31 6 1234",
    "  =SUM(A1:A9)",
    "\t =1",
    " \n -2+3",
    "\u00a0@piet",
]


@pytest.mark.parametrize("typed", FORMULAS_BEHIND_BLANKS)
def test_a_formula_behind_blanks_or_a_line_break_is_neutralised(typed):
    """Every cell that holds text from people: what, who, note (and the status word)."""
    session = build_session()
    session.actions = [Action("a1", typed, typed, note=typed)]
    [row] = cells(session)[1:]
    shown = typed.replace("\r\n", "\n")  # line endings are normalised on the way in
    assert row[2] == row[3] == row[7] == "'" + shown


@pytest.mark.parametrize("typed", ["\nGewoon tekst", "  twee spaties", "a\n=b", "x=1", "1-2 dagen"])
def test_text_that_is_no_formula_is_left_as_it_is(typed):
    session = build_session()
    session.actions = [Action("a1", typed, "Mo")]
    assert cells(session)[1][2] == typed


def test_the_step_of_a_general_action_is_the_word_of_every_report(english):
    """The terminal summary and the page call an action of no step "general" ("algemeen"); so
    does the CSV, instead of an empty cell."""
    session = build_session()
    session.actions = [Action("a1", "Memo rondsturen", "Petra")]
    assert cells(session)[1][1] == "general"
    day = {"today": session.meeting.date, "now": datetime(2026, 9, 3, 12, tzinfo=UTC)}
    assert "Petra · general · open" in render(session, "text", **day).decode()
    assert "<td>general</td>" in render(session, "html", **day).decode()
