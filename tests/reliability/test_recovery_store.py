"""Recovery copies on disk: written whole, found again by the file they belong to, newest first,
never mixed up between sessions, and themselves valid session files."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from tests.app.helpers import FOLLOW_UP
from tui.storage import recovery
from tui.storage.recovery import RecoveryCopy, entries_for, file_digest, read_entry, session_key
from tui.storage.toml_format import dumps_session, load_session

TEXT = FOLLOW_UP.read_text(encoding="utf-8")


def test_the_state_folder_follows_the_environment(state):
    assert recovery.state_folder() == state
    assert recovery.recovery_folder() == state / "recovery"


def test_a_copy_is_found_again_with_its_text_time_and_origin(session_file, state):
    copy = RecoveryCopy(session_file)
    before = datetime.now().astimezone()
    copy.write(TEXT, based_on=file_digest(session_file.read_bytes()))
    assert copy.file.parent == state / "recovery"
    (entry,), damaged = entries_for(session_file)
    assert damaged == []
    assert entry.text == TEXT
    assert entry.original == session_file.resolve()
    assert entry.based_on == file_digest(session_file.read_bytes())
    assert before - timedelta(seconds=1) <= entry.written <= datetime.now().astimezone()
    # the copy is itself a session file: it can be checked or opened in an emergency
    assert dumps_session(load_session(copy.file)) == TEXT
    copy.discard()
    assert entries_for(session_file) == ([], [])
    copy.discard()  # twice is fine


def test_the_same_file_by_another_name_has_the_same_copies(session_file, tmp_path, monkeypatch):
    link = tmp_path / "link.toml"
    link.symlink_to(session_file)
    monkeypatch.chdir(session_file.parent)
    assert session_key(link) == session_key(session_file) == session_key(session_file.name)
    RecoveryCopy(link).write(TEXT, "")
    assert len(entries_for(session_file.name)[0]) == 1


def test_copies_of_other_files_and_of_other_runs_never_mix(session_file, tmp_path):
    other = tmp_path / "other.toml"
    other.write_text(TEXT, encoding="utf-8")
    first, second = RecoveryCopy(session_file), RecoveryCopy(session_file)
    assert first.file != second.file  # two openings never overwrite each other's copy
    first.write(TEXT.replace("Kantine", "Eerste"), "")
    second.write(TEXT.replace("Kantine", "Tweede"), "")
    RecoveryCopy(other).write(TEXT, "")
    entries, _ = entries_for(session_file)
    assert [("Tweede" in e.text, "Eerste" in e.text) for e in entries] == [
        (True, False),
        (False, True),
    ]
    assert len(entries_for(other)[0]) == 1


def test_newest_first_by_the_time_written(session_file):
    copies = [RecoveryCopy(session_file) for _ in range(3)]
    for number, copy in enumerate(copies):
        copy.write(TEXT.replace("Kantine", f"Versie {number}"), "")
    # make the first one the newest, whatever the order of the file names
    data = copies[0].file.read_text(encoding="utf-8")
    later = (datetime.now().astimezone() + timedelta(hours=1)).isoformat()
    lines = data.split("\n")
    lines[2] = f'# written = "{later}"'
    copies[0].file.write_text("\n".join(lines), encoding="utf-8")
    order = [
        next(n for n in range(3) if f"Versie {n}" in e.text) for e in entries_for(session_file)[0]
    ]
    assert order == [0, 2, 1]


def test_a_damaged_copy_is_reported_and_kept(session_file, state):
    copy = RecoveryCopy(session_file)
    copy.write(TEXT, "")
    copy.file.write_bytes(b"\xff\xfe half")
    entries, damaged = entries_for(session_file)
    assert entries == [] and damaged == [copy.file]
    assert copy.file.exists()


def test_odd_paths_survive_the_header(tmp_path):
    folder = tmp_path / 'quote " back \\ new\nline'
    folder.mkdir()
    odd = folder / os.fsdecode(b"caf\xe9 \xff.toml")  # not UTF-8: a surrogate escape in Python
    odd.write_text(TEXT, encoding="utf-8")
    RecoveryCopy(odd).write(TEXT, "abc")
    (entry,), _ = entries_for(odd)
    assert entry.original == odd.resolve() and entry.based_on == "abc" and entry.text == TEXT
    assert read_entry(entry.file) == entry


def test_no_folder_yet_means_no_copies(session_file, state):
    assert not (state / "recovery").exists()
    assert entries_for(session_file) == ([], [])
