"""Recovery copies on disk: their names, their header byte for byte, reading them back, finding
the copies of one session file (newest first) and reporting the damaged ones."""

from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import datetime
from pathlib import Path

import pytest

from tui.storage import recovery
from tui.storage.recovery import (
    MAGIC,
    RecoveryCopy,
    entries_for,
    file_digest,
    read_entry,
    recovery_folder,
    session_key,
    state_folder,
)

TEXT = 'format = 1\n\n[meeting]\norganisation = "X"\n'


@pytest.fixture
def original(tmp_path):
    path = tmp_path / "2026-09-03-jansen.toml"
    path.write_text(TEXT)
    return path


def test_the_state_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(recovery.STATE_ENV, str(tmp_path / "state"))
    assert state_folder() == tmp_path / "state"
    assert recovery_folder() == tmp_path / "state" / "recovery"
    monkeypatch.setenv(recovery.STATE_ENV, "")
    import platformdirs

    assert state_folder() == platformdirs.user_state_path("interne-klanten")
    monkeypatch.delenv(recovery.STATE_ENV)
    assert state_folder() == platformdirs.user_state_path("interne-klanten")


def test_the_session_key(original, tmp_path, monkeypatch):
    key = session_key(original)
    expected = hashlib.sha256(os.fsencode(os.path.realpath(original))).hexdigest()[:16]
    assert key == expected
    link = tmp_path / "link.toml"
    link.symlink_to(original)
    assert session_key(link) == key
    monkeypatch.chdir(tmp_path)
    assert session_key(original.name) == key
    assert session_key(tmp_path / "other.toml") != key
    assert file_digest(b"abc") == hashlib.sha256(b"abc").hexdigest()


def test_the_name_of_a_copy(original, tmp_path):
    folder = tmp_path / "rec"
    first = RecoveryCopy(original, folder)
    second = RecoveryCopy(original, folder)
    assert first.original == original.resolve()
    assert first.folder == folder
    pattern = (
        rf"2026-09-03-jansen\.{session_key(original)}\.\d{{8}}-\d{{6}}-{os.getpid()}-(\d+)\.toml"
    )
    one = re.fullmatch(pattern, first.file.name)
    two = re.fullmatch(pattern, second.file.name)
    assert one and two
    assert int(two.group(1)) == int(one.group(1)) + 1  # never the same copy twice
    assert first.file.parent == folder
    assert not first.written


def test_a_long_or_empty_name(tmp_path):
    long = tmp_path / ("x" * 100 + ".toml")
    assert RecoveryCopy(long, tmp_path).file.name.startswith("x" * 60 + ".")
    assert not RecoveryCopy(long, tmp_path).file.name.startswith("x" * 61)
    assert RecoveryCopy(tmp_path / ".toml", tmp_path).file.name.startswith(".toml.")
    assert RecoveryCopy(Path("/"), tmp_path).file.name.startswith("session.")


def test_the_default_folder_is_the_state_folder(original, monkeypatch, tmp_path):
    monkeypatch.setenv(recovery.STATE_ENV, str(tmp_path / "st"))
    assert RecoveryCopy(original).folder == tmp_path / "st" / "recovery"


def test_a_copy_byte_for_byte(original, tmp_path):
    copy = RecoveryCopy(original, tmp_path / "deep" / "rec")
    copy.write(TEXT, "abc123")
    assert copy.written
    raw = copy.file.read_bytes().decode("utf-8")
    lines = raw.split("\n")
    assert lines[0] + "\n" == MAGIC
    assert lines[1] == f"# recovery-of = {json.dumps(str(original.resolve()))}"
    written = datetime.fromisoformat(json.loads(lines[2].removeprefix("# written = ")))
    assert written.tzinfo is not None
    assert abs((datetime.now().astimezone() - written).total_seconds()) < 60
    assert lines[3] == '# based-on = "abc123"'
    assert "\n".join(lines[4:]) == TEXT
    entry = read_entry(copy.file)
    assert (entry.file, entry.original, entry.based_on, entry.text) == (
        copy.file,
        original.resolve(),
        "abc123",
        TEXT,
    )
    assert entry.written == written
    # written again: replaced, not added
    copy.write("x", "d")
    assert read_entry(copy.file).text == "x"
    assert len(os.listdir(copy.folder)) == 1


def test_discard(original, tmp_path):
    copy = RecoveryCopy(original, tmp_path)
    copy.discard()  # never written: nothing to do
    copy.write(TEXT, "d")
    copy.discard()
    assert not copy.file.exists() and not copy.written
    copy.write(TEXT, "d")
    copy.file.unlink()
    copy.discard()  # already gone: fine
    assert not copy.written


def test_discard_only_removes_its_own_copy(original, tmp_path):
    mine = RecoveryCopy(original, tmp_path)
    other = RecoveryCopy(original, tmp_path)
    other.write(TEXT, "d")
    mine.discard()
    assert other.file.exists()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("format = 1\n", "^not a recovery copy$"),
        (
            MAGIC + '# recovery-of = "/x"\n# written = "2026-01-01T00:00:00"\n',
            "^incomplete header$",
        ),
        (
            MAGIC + '# recovery-of = "/x"\n# writen = "2026"\n# based-on = "d"\nt',
            "^missing written$",
        ),
        (MAGIC + '# recovery-of = "/x"\n# written = "2026-01-01"\n# based-on = d\nt', "Expecting"),
        (MAGIC + '# recovery-of = "/x"\n# written = "gisteren"\n# based-on = "d"\nt', "format"),
    ],
)
def test_what_is_not_a_recovery_copy(tmp_path, raw, reason):
    file = tmp_path / "c.toml"
    file.write_text(raw)
    with pytest.raises(ValueError, match=reason):
        read_entry(file)


def test_an_empty_text_after_the_header(tmp_path):
    file = tmp_path / "c.toml"
    file.write_text(MAGIC + '# recovery-of = "/x"\n# written = "2026-01-01"\n# based-on = "d"\n')
    entry = read_entry(file)
    assert entry.text == "" and entry.original == Path("/x") and entry.based_on == "d"


def test_entries_newest_first_damaged_reported_others_left(original, tmp_path):
    folder = tmp_path / "rec"
    old, new = RecoveryCopy(original, folder), RecoveryCopy(original, folder)
    new.write("new", "d")
    old.write("old", "d")
    header = old.file.read_text().split("\n")
    header[2] = '# written = "2020-01-01T00:00:00+00:00"'
    old.file.write_text("\n".join(header))
    damaged = folder / f"0-first.{session_key(original)}.run-1.toml"  # sorted first
    damaged.write_bytes(b"\xff\xfe")
    stranger = RecoveryCopy(tmp_path / "other.toml", folder)
    stranger.write("other", "d")
    # same key, another file (the key is a hash): not this file's copy
    impostor = folder / f"y.{session_key(original)}.run-2.toml"
    impostor.write_text(
        MAGIC + '# recovery-of = "/elders.toml"\n# written = "2030-01-01"\n# based-on = "d"\nt'
    )
    entries, bad = entries_for(original, folder)
    assert [entry.text for entry in entries] == ["new", "old"]
    assert bad == [damaged]
    assert damaged.exists()
    recovery.remove(entries[1])
    assert not old.file.exists()
    recovery.remove(entries[1])  # twice: fine
    assert [entry.text for entry in entries_for(original, folder)[0]] == ["new"]


def test_entries_in_the_default_folder(original, monkeypatch, tmp_path):
    monkeypatch.setenv(recovery.STATE_ENV, str(tmp_path / "st"))
    assert entries_for(original) == ([], [])
    RecoveryCopy(original).write("t", "d")
    (entry,), damaged = entries_for(original)
    assert entry.text == "t" and damaged == []


def test_entries_when_the_folder_cannot_be_read(original, tmp_path, monkeypatch):
    def refuse(self, pattern):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "glob", refuse)
    assert entries_for(original, tmp_path) == ([], [])
