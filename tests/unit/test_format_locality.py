"""Locality: one edit changes only the lines of what was edited, and tables are never inline."""

from __future__ import annotations

import difflib
import re
from datetime import date

import pytest

from tui.core import edits
from tui.core.model import Action, Customer, Feedback, Item, Meeting, Participant, Session, Step
from tui.storage.toml_format import dumps_session, parse_session


def diff_ops(old: str, new: str) -> list[tuple[str, list[str], list[str]]]:
    """The changes from ``old`` to ``new`` as (tag, removed lines, added lines)."""
    a, b = old.split("\n"), new.split("\n")
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [
        (tag, a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def short_session() -> Session:
    """Every table short: tomli-w alone would write each array of tables inline."""
    return Session(
        meeting=Meeting("B", date(2026, 1, 2)),
        customer=Customer("K", ["x"]),
        participants=[Participant("P"), Participant("Q", "r", False)],
        steps=[
            Step(
                "s",
                "S",
                ["P"],
                needs=[Item("n1", "x")],
                asks=[Item("r1", "y")],
                info=[Item("c1", "z")],
            ),
            Step("t", "T", needs=[Item("n2", "w")]),
        ],
        actions=[
            Action("a1", "x", "P"),
            Action("a2", "y", "Q", step="s"),
            Action("a3", "z", "P", about="n1"),
        ],
        feedback=[Feedback("ok"), Feedback("goed", "P")],
    )


@pytest.mark.parametrize("index", [None, 0, 2])
def test_a_long_action_only_adds_its_own_lines(session, index):
    old = dumps_session(session)
    long_what = ("Een lange omschrijving van wat er moet gebeuren, " * 7)[:299] + "."
    assert len(long_what) == 300
    action = edits.add_action(
        session,
        long_what,
        who="Petra Jansen",
        step="uitvoering",
        due=date(2026, 12, 1),
        index=index,
    )
    new = dumps_session(session)
    ops = diff_ops(old, new)
    assert [tag for tag, _a, _b in ops] == ["insert"], ops
    # The added lines are one blank line and the new table, nothing of any other action (difflib
    # may align the block on either neighbouring blank line, so compare them as a multiset).
    assert sorted(ops[0][2]) == sorted(
        [
            "",
            "[[actions]]",
            f'id = "{action.id}"',
            'step = "uitvoering"',
            f'what = "{long_what}"',
            'who = "Petra Jansen"',
            "due = 2026-12-01",
            'status = "open"',
        ]
    )
    assert [a.id for a in parse_session(new).actions] == [a.id for a in session.actions]


def test_a_long_action_in_a_short_session_changes_nothing_else():
    session = short_session()
    old = dumps_session(session)
    edits.add_action(session, "x" * 300, who="P")
    ops = diff_ops(old, dumps_session(session))
    assert [tag for tag, _a, _b in ops] == ["insert"]
    assert all("a4" in line or not line.startswith("id") for line in ops[0][2])


def test_editing_one_need_changes_exactly_one_line(session):
    old = dumps_session(session)
    edits.update_item(session, "n2", what="Werkbon met uren en materiaal")
    ops = diff_ops(old, dumps_session(session))
    assert ops == [
        ("replace", ['what = "Werkbon met uren"'], ['what = "Werkbon met uren en materiaal"'])
    ]


def test_editing_one_line_of_a_multiline_text_changes_one_line(session):
    edits.update_item(session, "n1", why="Regel een\nRegel twee\nRegel drie")
    old = dumps_session(session)
    edits.update_item(session, "n1", why="Regel een\nRegel 2\nRegel drie")
    assert diff_ops(old, dumps_session(session)) == [("replace", ["Regel twee"], ["Regel 2"])]


def test_adding_a_person_adds_one_line(session):
    old = dumps_session(session)
    edits.set_people(session, "uitvoering", ["Mo Bakker", "Ali Yilmaz"])
    assert diff_ops(old, dumps_session(session)) == [("insert", [], ['    "Ali Yilmaz",'])]


def test_completing_an_action_changes_only_its_lines(session):
    old = dumps_session(session)
    edits.complete_action(session, "a2", date(2026, 10, 1))
    assert diff_ops(old, dumps_session(session)) == [
        ("replace", ['status = "open"'], ['status = "done"', "done = 2026-10-01"])
    ]


def test_removing_an_item_removes_only_its_table(session):
    old = dumps_session(session)
    edits.remove_item(session, "n2")
    ops = diff_ops(old, dumps_session(session))
    assert [tag for tag, _a, _b in ops] == ["delete"]
    # difflib may align the removed block on either identical header; the lines are the same.
    assert sorted(ops[0][1]) == sorted(
        ["", "[[steps.needs]]", 'id = "n2"', 'what = "Werkbon met uren"']
    )


INLINE = re.compile(r"=\s*\[\s*\{|\{\s*\w+\s*=")


@pytest.mark.parametrize(
    "make", [short_session, lambda: Session(Meeting("B", date(2026, 1, 2)), Customer("K"))]
)
def test_arrays_of_tables_are_never_inline(make):
    session = make()
    for _ in range(3):
        text = dumps_session(session)
        assert not INLINE.search(text), text
        assert "= [{" not in text and "{ id =" not in text
        assert text.count("[[participants]]") == len(session.participants)
        assert text.count("[[steps]]") == len(session.steps)
        assert text.count("[[steps.needs]]") == sum(len(s.needs) for s in session.steps)
        assert text.count("[[actions]]") == len(session.actions)
        assert text.count("[[feedback]]") == len(session.feedback)
        assert parse_session(text) == session
        session.actions.append(Action(f"a{len(session.actions) + 9}", "k", "P"))
        session.participants.append(Participant("Z"))
