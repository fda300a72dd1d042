"""Reordering, moving to another step and the ``about`` links, in the model and in the file."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tui.core.history import SessionEditor
from tui.core.links import about_label, parse_about, start_of
from tui.core.model import ModelError
from tui.storage.toml_format import dumps_session, load_session

EXAMPLE = (
    Path(__file__).resolve().parents[2]
    / "sessions"
    / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
)


@pytest.fixture
def editor() -> SessionEditor:
    return SessionEditor(load_session(EXAMPLE))


def changed_lines(before: str, after: str) -> list[int]:
    """The numbers (in ``before``) of the lines a diff from ``before`` to ``after`` touches."""
    lines: list[int] = []
    matcher = difflib.SequenceMatcher(a=before.splitlines(), b=after.splitlines(), autojunk=False)
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag != "equal":
            lines.extend(range(i1, max(i2, i1 + 1)))
    return lines


def table_lines(text: str, item_id: str) -> range:
    """The lines of the ``[[...]]`` table of ``item_id`` (its header up to the next header)."""
    lines = text.splitlines()
    at = lines.index(f'id = "{item_id}"')
    start = max(i for i in range(at) if lines[i].startswith("[["))
    end = next((i for i in range(at, len(lines)) if lines[i].startswith("[[")), len(lines))
    return range(start, end)


@pytest.mark.parametrize(
    ("moved", "kind", "delta"),
    [("n2", "needs", -1), ("r1", "asks", 1), ("c2", "info", -1)],
)
def test_reordering_changes_only_the_moved_tables_lines(editor, moved, kind, delta):
    before = dumps_session(editor.session)
    step = editor.session.steps[0]
    items = step.items(kind)
    index = [item.id for item in items].index(moved)
    other = items[index + delta].id
    editor.move_item(moved, step.id, index + delta)
    after = dumps_session(editor.session)
    touched = set(changed_lines(before, after))
    allowed = set(table_lines(before, moved)) | set(table_lines(before, other))
    assert touched and touched <= allowed
    assert sorted(before.splitlines()) == sorted(after.splitlines())  # only the order changed
    editor.undo()
    assert dumps_session(editor.session) == before


def test_reordering_actions_changes_only_their_tables(editor):
    before = dumps_session(editor.session)
    editor.move_action("a1", 1)
    after = dumps_session(editor.session)
    assert [a.id for a in editor.session.actions][:2] == ["a2", "a1"]
    allowed = set(table_lines(before, "a1")) | set(table_lines(before, "a2"))
    assert set(changed_lines(before, after)) <= allowed
    editor.undo()
    assert dumps_session(editor.session) == before
    editor.redo()
    assert dumps_session(editor.session) == after


def test_moving_an_expectation(editor):
    expectations = list(editor.session.customer.expectations)
    assert editor.move_expectation(3, expectations[3], 0) == 0
    assert editor.session.customer.expectations == [expectations[3], *expectations[:3]]
    editor.undo()
    assert editor.session.customer.expectations == expectations


def test_moving_an_item_to_another_step_takes_its_actions_along(editor):
    session = editor.session
    before = dumps_session(session)
    editor.move_item_to_step("n1", "planning")
    assert session.find_item("n1")[0].id == "planning"
    assert session.step("planning").needs[-1].id == "n1"
    assert (session.action("a1").step, session.action("a1").about) == ("planning", "n1")
    assert editor.can_undo()
    editor.undo()
    assert dumps_session(session) == before
    editor.redo()
    assert session.action("a1").step == "planning"
    with pytest.raises(ModelError):
        editor.move_item_to_step("n1", "planning")  # it is there already
    with pytest.raises(ModelError):
        editor.move_item_to_step("n1", "nergens")


def test_an_action_of_another_step_stays_where_it_is(editor):
    session = editor.session
    editor.action_from_item("n1", what="Elders")
    other = session.actions[-1]
    editor.update_action(other.id, step="facturatie")
    editor.move_item_to_step("n1", "planning")
    assert session.action(other.id).step == "facturatie"
    assert session.action(other.id).about == "n1"


def test_about_is_typed_as_an_id_its_completion_or_the_text(editor):
    choices = [(item.id, item.what) for _s, _k, item in editor.session.iter_items()]
    assert parse_about("", choices) == ""
    assert parse_about("  ", choices) == ""
    assert parse_about("n4", choices) == "n4"
    assert parse_about("N4", choices) == "n4"
    assert parse_about("n4 Bijzonderheden van de woning: bouwjaar", choices) == "n4"
    assert parse_about("Laat weten welke opnames voorrang hebben (r2)", choices) == "r2"
    assert parse_about("laat weten welke opnames voorrang hebben", choices) == "r2"
    for bad in ("n999", "x1", "maten"):
        with pytest.raises(ModelError, match=bad):
            parse_about(bad, choices)


def test_the_label_shows_the_id_and_whole_first_words():
    assert start_of("Kort") == "Kort"
    long = "Volledige opname: maten, foto's van meterkast en ketelruimte"
    label = start_of(long)
    assert long.startswith(label) and len(label) <= 32 and not label.endswith(",")
    assert "…" not in label
    assert start_of("Eénheelerglangwoordzonderspatiesdatnietpastinhetlabel") == (
        "Eénheelerglangwoordzonderspatiesdatnietpastinhetlabel"
    )


def test_about_label(editor):
    assert about_label(editor.session, "n1").startswith("n1 Volledige opname")
    assert about_label(editor.session, "") == ""
    assert about_label(editor.session, "n999") == "n999"


def test_compare_shows_a_moved_item_as_moved():
    from tui.core.compare import compare_sessions

    old = load_session(EXAMPLE)
    editor = SessionEditor(load_session(EXAMPLE))
    editor.move_item_to_step("n1", "planning")
    moved = compare_sessions(old, editor.session).items.moved
    assert [(m.id, m.old_step, m.new_step) for m in moved] == [("n1", "aanvraag", "planning")]
