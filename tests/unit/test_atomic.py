"""Atomic save: a failure at any moment leaves the old file byte for byte, and no litter."""

from __future__ import annotations

import os
import stat

import pytest

from tui.storage import atomic
from tui.storage.atomic import atomic_write
from tui.storage.toml_format import dumps_session, load_session, save_session

OLD = b"# the old file\nformat = 1\n"


def boom(*_args, **_kwargs):
    raise OSError(28, "No space left on device")


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "s.toml"
    path.write_bytes(OLD)
    return path


@pytest.mark.parametrize("failing", ["replace", "fsync", "chmod", "fdopen"])
def test_failure_leaves_the_old_file_and_no_temporary_file(failing, target, session, monkeypatch):
    monkeypatch.setattr(os, failing, boom)
    with pytest.raises(OSError, match="No space left"):
        save_session(session, target)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == ["s.toml"]


def test_failure_while_writing_the_bytes(target, monkeypatch):
    """Even half-written content never reaches the target."""

    class Half:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            raise OSError(5, "Input/output error")

    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, mode: Half(real_fdopen(fd, mode)))
    with pytest.raises(OSError, match="Input/output"):
        atomic_write(target, b"x" * 10_000)
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == ["s.toml"]


def test_failure_on_a_new_file_leaves_nothing(tmp_path, session, monkeypatch):
    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        save_session(session, tmp_path / "new.toml")
    assert os.listdir(tmp_path) == []


def test_interrupt_leaves_the_old_file(target, monkeypatch):
    def interrupt(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == ["s.toml"]


def test_text_is_built_before_the_file_is_touched(target, session):
    """A value tomli-w refuses raises before anything is written (no half file)."""
    session.steps[0].people = {"a set"}  # type: ignore[assignment]  # wrong on purpose
    with pytest.raises(TypeError):
        save_session(session, target)
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == ["s.toml"]


def test_temporary_file_is_complete_and_synced_before_the_rename(target, monkeypatch):
    """Order of a save: write all bytes to a temporary file in the same folder, fsync, rename."""
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(
            ("fsync", os.readlink(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else fd)
        )
        real_fsync(fd)

    def replace(source, destination):
        with open(source, "rb") as handle:
            events.append(("replace", os.path.dirname(source), handle.read(), destination))
        assert target.read_bytes() == OLD  # the old file is untouched until the rename
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    atomic_write(target, b"new content")
    monkeypatch.undo()
    kinds = [event[0] for event in events]
    assert kinds.index("fsync") < kinds.index("replace")
    replaced = events[kinds.index("replace")]
    assert replaced[1] == str(target.parent)
    assert replaced[2] == b"new content"
    assert replaced[3] == str(target)
    assert target.read_bytes() == b"new content"
    assert os.listdir(target.parent) == ["s.toml"]


def test_save_through_a_symbolic_link_keeps_the_link(tmp_path, session):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "s.toml"
    real.write_bytes(OLD)
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    save_session(session, link)
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == dumps_session(session)
    assert load_session(link) == session
    assert sorted(os.listdir(tmp_path)) == ["link.toml", "real"]
    assert os.listdir(real_folder) == ["s.toml"]


def test_save_through_a_relative_link_chain(tmp_path, session):
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "s.toml"
    real.write_bytes(OLD)
    (tmp_path / "one.toml").symlink_to("data/s.toml")
    (tmp_path / "two.toml").symlink_to("one.toml")
    save_session(session, tmp_path / "two.toml")
    assert (tmp_path / "two.toml").is_symlink() and (tmp_path / "one.toml").is_symlink()
    assert real.read_text(encoding="utf-8") == dumps_session(session)


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o444])
def test_file_mode_is_kept(target, session, mode):
    os.chmod(target, mode)
    save_session(session, target)
    assert stat.S_IMODE(os.stat(target).st_mode) == mode
    assert target.read_text(encoding="utf-8") == dumps_session(session)


def test_new_file_is_not_private_like_a_temporary_file(tmp_path):
    path = tmp_path / "new.toml"
    atomic_write(path, b"x")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644
    assert path.read_bytes() == b"x"


def test_unchanged_save_gives_the_same_bytes(target, session):
    first = save_session(session, target)
    before = target.read_bytes()
    assert save_session(session, target) == first
    assert target.read_bytes() == before == first.encode("utf-8")


def test_folder_fsync_failure_is_not_an_error(tmp_path, monkeypatch):
    calls = []

    def fsync(fd):
        calls.append(fd)
        if len(calls) > 1:  # the folder's fsync, after the rename: best effort only
            raise OSError(22, "Invalid argument")

    monkeypatch.setattr(os, "fsync", fsync)
    atomic_write(tmp_path / "s.toml", b"data")
    assert len(calls) == 2
    assert (tmp_path / "s.toml").read_bytes() == b"data"
    assert atomic._fsync_folder(str(tmp_path / "missing")) is None
