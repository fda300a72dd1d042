"""Dropping an action point: status "dropped", the reason after its note, and no done date (a
dropped action was not done; docs/format.md: done has ``done = `` the date, dropped a ``note``)."""

from __future__ import annotations

from datetime import date

from tui.core import edits
from tui.core.history import SessionEditor
from tui.storage.toml_format import dumps_session, parse_session

from .conftest import build_session


def test_dropping_a_done_action_forgets_its_done_date():
    session = build_session()
    assert session.action("a3").done == date(2026, 9, 10)
    old = edits.drop_action(session, "a3", "Toch niet gebeld")
    action = session.action("a3")
    assert (action.status, action.done, action.note) == ("dropped", None, "Toch niet gebeld")
    assert old == {"status": "done", "done": date(2026, 9, 10), "note": ""}
    text = dumps_session(session)
    block = text[text.index('id = "a3"') :].split("\n\n")[0]
    assert "done = " not in block
    assert parse_session(text).action("a3").done is None


def test_undo_of_a_drop_gives_the_done_date_back():
    session = build_session()
    editor = SessionEditor(session)
    editor.drop_action("a3", "Toch niet")
    assert session.action("a3").done is None
    editor.undo()
    action = session.action("a3")
    assert (action.status, action.done, action.note) == ("done", date(2026, 9, 10), "")
    editor.redo()
    assert (session.action("a3").status, session.action("a3").done) == ("dropped", None)


def test_drop_reason_and_note():
    session = build_session()
    edits.drop_action(session, "a1", "  ")
    assert (session.action("a1").status, session.action("a1").note) == ("dropped", "")
    edits.drop_action(session, "a4", " reden ")
    assert session.action("a4").note == "Niet nodig\nreden"
    session.action("a2").note = "al een notitie"
    edits.drop_action(session, "a2", "")
    assert session.action("a2").note == "al een notitie"
