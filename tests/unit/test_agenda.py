"""The facilitator's script in the model and the file: the optional [[agenda]] tables."""

from __future__ import annotations

from datetime import date

import pytest

from tui.core import edits
from tui.core.chain import new_session
from tui.core.history import ReadOnlyError, SessionEditor
from tui.core.model import ModelError
from tui.core.script import AGENDA_IDS, agenda_item, elapsed, over_time
from tui.storage.toml_format import SessionFileError, dumps_session, parse_session


def session():
    return new_session("Firma", date(2026, 11, 26))


def test_old_files_without_agenda_stay_valid_and_unchanged():
    text = dumps_session(session())
    assert "[[agenda]]" not in text
    loaded = parse_session(text, "x.toml")
    assert loaded.agenda == []
    assert dumps_session(loaded) == text


def test_ticks_time_and_timeboxes_round_trip_in_script_order():
    s = session()
    edits.set_agenda(s, "3e", spent=754, timebox=45)
    edits.set_agenda(s, "3a", done=True, spent=300)
    text = dumps_session(s)
    assert text.index('id = "3a"') < text.index('id = "3e"')
    assert 'id = "3a"\ndone = true\nspent = 300\n' in text
    loaded = parse_session(text, "x.toml")
    assert agenda_item(loaded, "3e").timebox == 45
    assert elapsed(loaded) == 1054
    assert dumps_session(loaded) == text


def test_a_blank_item_is_not_written():
    s = session()
    edits.set_agenda(s, "3b", done=True)
    edits.set_agenda(s, "3b", done=False)
    assert s.agenda == []


def test_hand_edited_order_is_put_right_and_bad_entries_reported():
    text = dumps_session(session())
    good = text + '\n[[agenda]]\nid = "3c"\ndone = true\n\n[[agenda]]\nid = "3a"\nspent = 60\n'
    assert [i.id for i in parse_session(good, "x.toml").agenda] == ["3a", "3c"]
    bad = text + '\n[[agenda]]\nid = "3z"\n\n[[agenda]]\nid = "3a"\nspent = -5\ndon = true\n'
    with pytest.raises(SessionFileError) as caught:
        parse_session(bad, "x.toml")
    messages = [str(p) for p in caught.value.problems]
    assert any("agenda[1].id" in m and "3z" in m for m in messages)
    assert any("agenda[2].spent" in m for m in messages)
    assert any("agenda[2].don" in m and "done" in m for m in messages)


def test_editor_ticks_are_undoable_time_is_not_history():
    editor = SessionEditor(session())
    editor.tick_agenda("3a", True)
    editor.record_time("3a", 120)
    assert agenda_item(editor.session, "3a").spent == 120
    revision = editor.revision
    editor.undo()  # takes back the tick, keeps the time
    item = agenda_item(editor.session, "3a")
    assert (item.done, item.spent) == (False, 120)
    assert editor.revision == revision + 1
    editor.set_timebox("3a", 1)
    assert over_time(agenda_item(editor.session, "3a"), running=0) is True


def test_unknown_item_and_closed_meeting_are_refused():
    s = session()
    with pytest.raises(ModelError):
        edits.set_agenda(s, "9z", done=True)
    s.meeting.closed = True
    editor = SessionEditor(s)
    with pytest.raises(ReadOnlyError):
        editor.tick_agenda(AGENDA_IDS[0], True)
    editor.record_time("3a", 10)  # silently ignored on a closed meeting
    assert s.agenda == []
