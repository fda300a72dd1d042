"""The shipped example sessions: valid, canonical, and a real first meeting with its follow-up."""

from __future__ import annotations

import shutil

from tui import cli
from tui.core.model import ID_KINDS, id_number, kind_of_id
from tui.storage.toml_format import dumps_session, load_session

from .conftest import REPO

EXAMPLES = sorted((REPO / "sessions").glob("*.toml"))


def ids_of(session) -> set[str]:
    return {item.id for _s, _k, item in session.iter_items()} | {a.id for a in session.actions}


def test_there_are_examples():
    assert len(EXAMPLES) >= 2, EXAMPLES


def test_every_example_is_valid_and_canonical():
    assert EXAMPLES
    for path in EXAMPLES:
        session = load_session(path)
        assert dumps_session(session).encode("utf-8") == path.read_bytes(), path.name
        assert path.name.startswith(session.meeting.date.isoformat() + "-")


def test_examples_pass_check_and_fmt_check(tmp_path, capsys):
    copies = []
    for path in EXAMPLES:
        shutil.copy(path, tmp_path / path.name)  # never run a command on sessions/ itself
        copies.append(str(tmp_path / path.name))
    assert len(copies) >= 2
    assert cli.main(["check", *copies]) == 0
    assert cli.main(["fmt", "--check", *copies]) == 0
    out, err = capsys.readouterr()
    assert out.count(": in orde") == len(copies)
    assert "Traceback" not in out + err


def test_every_follow_up_continues_its_lineage():
    """For each (earlier, follow-up) pair: every action carried, no id number given twice."""
    sessions = {path.name: load_session(path) for path in EXAMPLES}
    pairs = [(sessions[s.meeting.previous], s) for s in sessions.values() if s.meeting.previous]
    assert len(pairs) >= 1
    for first, follow in pairs:
        assert {a.id for a in first.actions} <= {a.id for a in follow.actions}
        issued_before = first.highest_issued()
        for kind in ID_KINDS:
            assert follow.highest_issued()[kind] >= issued_before[kind]
        # An id only in the follow-up is new: numbered above everything issued before.
        for item_id in ids_of(follow) - ids_of(first):
            assert id_number(item_id) > issued_before[kind_of_id(item_id)], item_id
        # An id in both is the same kind of thing (a need stays a need).
        for item_id in ids_of(follow) & ids_of(first):
            if kind_of_id(item_id) != "actions":
                assert follow.find_item(item_id)[1] == first.find_item(item_id)[1]


def test_previous_names_a_file_in_the_same_folder():
    names = {path.name for path in EXAMPLES}
    for path in EXAMPLES:
        previous = load_session(path).meeting.previous
        assert not previous or previous in names, (path.name, previous)
