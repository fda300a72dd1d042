"""The CSV of the action points byte for byte: empty cells for a missing due or done date, the
step's name (empty for an action of no step), status words, the byte-order mark and CRLF."""

from __future__ import annotations

from datetime import date

from tui.core.model import Action
from tui.reports.actions_csv import actions_csv, actions_csv_bytes

from .conftest import build_session

EXPECTED = (
    "\ufeffid;stap;wat;wie;klaar op;status;gedaan op;notitie\r\n"
    "a1;Offerte en voorbereiding;Lijst maken;Petra;;open;;\r\n"
    "a2;Uitvoering;App testen;Mo;2026-10-15;open;;\r\n"
    "a3;;Bellen;Petra;;gedaan;2026-09-10;\r\n"
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
        "a1;;Niets;Mo;;open;;",
        "a2;;Alleen klaar;Mo;;done;2026-01-02;",
        "a3;;Alleen datum;Mo;2026-03-04;open;;",
        "",
    ]


def test_a_status_the_program_does_not_know_is_shown_as_it_is():
    session = build_session()
    session.actions = [Action("a1", "x", "Mo", status="=later")]
    assert actions_csv(session).split("\r\n")[1] == "a1;;x;Mo;;'=later;;"


def test_an_unknown_step_is_shown_by_its_id_and_cells_are_quoted_when_needed():
    session = build_session()
    session.actions = [Action("a1", 'een; "twee"', "Mo", step="weg", note="a\nb")]
    assert actions_csv(session).split("\r\n", 1)[1] == 'a1;weg;"een; ""twee""";Mo;;open;;"a\nb"\r\n'
