"""Saving where it can fail: a read-only folder or disk, a folder that is gone, a full disk, a
symbolic link, a file locked for a moment by another program, a folder that cannot be synced.

Each time the old file stays intact, the edits stay in memory (and in the recovery copy), the
status line says what is wrong in words people understand, and saving resumes by itself once
the cause is gone. The tests run as root, for whom chmod does not make anything read-only, so
the refusals are simulated where the operating system would give them: in ``tempfile.mkstemp``
(creating the temporary file), in the writing, and in ``os.replace``.
"""

from __future__ import annotations

import errno
import os
import tempfile
import threading
import types

import pytest

from tests.app.helpers import on_disk, settle
from tests.reliability.conftest import until
from tui.app import autosave
from tui.app.widgets.status_line import StatusLine
from tui.storage import atomic
from tui.storage.atomic import atomic_write, describe_error
from tui.storage.recovery import entries_for
from tui.storage.toml_format import load_session

OLD = b"# the old file\nformat = 1\n"
SIZE = (100, 30)


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "s.toml"
    path.write_bytes(OLD)
    return path


def refuse_in(folder, error: OSError, monkeypatch) -> None:
    """The operating system refuses to create files in ``folder`` (and only there)."""
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and os.path.realpath(dir) == os.path.realpath(folder):
            raise error
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


FAILURES = {
    "read_only_disk": (OSError(errno.EROFS, "Read-only file system"), "alleen-lezen"),
    "read_only_folder": (PermissionError(errno.EACCES, "Permission denied"), "geen toestemming"),
    "folder_gone": (FileNotFoundError(errno.ENOENT, "No such file or directory"), "bestaat niet"),
    "disk_full": (OSError(errno.ENOSPC, "No space left on device"), "vol"),
}


# --- the atomic writer ---------------------------------------------------------------------


@pytest.mark.parametrize("name", FAILURES)
def test_a_refused_save_leaves_the_old_file_and_says_why(name, target, monkeypatch):
    error, words = FAILURES[name]
    refuse_in(target.parent, error, monkeypatch)
    with pytest.raises(OSError) as raised:
        atomic_write(target, b"new")
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == ["s.toml"]
    assert words in describe_error(raised.value)
    assert error.strerror in describe_error(raised.value)  # the system's words, for a helpdesk


def test_a_full_disk_while_writing_leaves_the_old_file(target, monkeypatch):
    def fsync(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OSError):
        atomic_write(target, b"new" * 100_000)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == ["s.toml"]


def test_a_real_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError) as raised:
        atomic_write(tmp_path / "gone" / "s.toml", b"new")
    assert "bestaat niet" in describe_error(raised.value)


def test_a_symbolic_link_stays_a_link_and_its_target_is_updated(tmp_path):
    real_folder = tmp_path / "elders"
    real_folder.mkdir()
    real = real_folder / "echt.toml"
    real.write_bytes(OLD)
    link = tmp_path / "s.toml"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert sorted(os.listdir(tmp_path)) == ["elders", "s.toml"]
    assert os.listdir(real_folder) == ["echt.toml"]


@pytest.fixture
def pauses(monkeypatch) -> list[float]:
    """The pauses the atomic writer takes between tries, recorded instead of slept: what the
    code waits is asserted, not how long a busy machine took."""
    taken: list[float] = []
    monkeypatch.setattr(atomic, "time", types.SimpleNamespace(sleep=taken.append))
    return taken


def test_a_file_locked_for_a_moment_is_retried(target, monkeypatch, pauses):
    """Windows refuses to replace a file another program has open (PermissionError)."""
    real_replace, calls = os.replace, []

    def replace(source, destination):
        calls.append((source, destination))
        if len(calls) < 3:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(calls) == 3
    assert pauses == [atomic.REPLACE_PAUSE, 2 * atomic.REPLACE_PAUSE]
    assert os.listdir(target.parent) == ["s.toml"]


def test_a_file_locked_for_good_fails_within_a_second(target, monkeypatch, pauses):
    calls = []

    def replace(source, destination):
        calls.append((source, destination))
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(PermissionError):
        atomic_write(target, b"new")
    assert len(calls) == atomic.REPLACE_TRIES
    # a pause after each refusal but the last, each twice the one before: half a second in all
    assert pauses == [atomic.REPLACE_PAUSE * 2**n for n in range(atomic.REPLACE_TRIES - 1)]
    assert 0.3 < sum(pauses) < 1.0
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == ["s.toml"]


def test_other_replace_errors_are_not_retried(target, monkeypatch):
    calls = []

    def replace(source, destination):
        calls.append(1)
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        atomic_write(target, b"new")
    assert calls == [1]


def test_a_folder_that_cannot_be_synced_is_no_failure(target, monkeypatch):
    real_open, real_fsync, folders = os.open, os.fsync, set()

    def open_(path, flags, *args, **kwargs):
        descriptor = real_open(path, flags, *args, **kwargs)
        if os.path.isdir(path):
            folders.add(descriptor)
        return descriptor

    def fsync(descriptor):
        if descriptor in folders:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_fsync(descriptor)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "fsync", fsync)
    atomic_write(target, b"new")
    assert folders and target.read_bytes() == b"new"


def test_a_file_system_without_permissions_is_no_failure(target, monkeypatch):
    """FAT on a USB stick refuses chmod; the save must not fail for that."""

    def chmod(*_args, **_kwargs):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "chmod", chmod)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"


# --- through the app -----------------------------------------------------------------------


def status_text(app) -> str:
    return str(app.screen.query_one(StatusLine).render())


async def test_the_app_keeps_every_edit_through_each_failure(app, session_file, monkeypatch):
    """One meeting, four failures in a row: each is named in the status line, the file stays as
    it was, the edits stay in memory and in the recovery copy; then the disk comes back."""
    monkeypatch.setattr(autosave, "RETRY", 0.3)
    before = session_file.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for number, (name, (error, words)) in enumerate(FAILURES.items()):
            with monkeypatch.context() as patch:
                refuse_in(session_file.parent, error, patch)
                await pilot.press("n", *f"F{number}", "enter")
                await until(
                    pilot,
                    lambda words=words: (
                        words in status_text(app)
                        and app.saver.recovery_revision == app.editor.revision
                    ),
                )
                assert session_file.read_bytes() == before, name
                assert [n.what for n in app.editor.session.steps[0].needs[-number - 1 :]] == [
                    f"F{n}" for n in range(number + 1)
                ]
                (copy,), _ = entries_for(session_file)
                assert f'what = "F{number}"' in copy.text, name
        # the disk is back: the retry saves everything, and the copy is no longer needed
        await until(pilot, lambda: "opgeslagen" in status_text(app) and not app.saver.dirty)
        await pilot.pause()
        saved, same = on_disk(app)
        assert same and [n.what for n in saved.steps[0].needs[-4:]] == ["F0", "F1", "F2", "F3"]
        assert "opgeslagen" in status_text(app)
        assert entries_for(session_file) == ([], [])


async def test_the_app_saves_through_a_symbolic_link(tmp_path, session_file):
    from tests.app.helpers import make_app

    link = tmp_path / "link.toml"
    link.symlink_to(session_file)
    app = make_app(link)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "L", "enter")
        await settle(pilot)
        assert link.is_symlink()
        assert load_session(session_file).steps[0].needs[-1].what == "L"
        assert "opgeslagen" in status_text(app)


async def test_a_hanging_disk_never_freezes_the_app_nor_fakes_a_conflict(
    app, session_file, monkeypatch
):
    """A network drive stops answering in the middle of a save: ctrl+s gives up after a moment
    (the app stays usable), and when the drive answers again the newest version is saved; our
    own late save is never taken for a change made outside the app."""
    from tui.app.screens.dialogs import ConflictDialog

    disk_back = threading.Event()
    real_write = autosave.atomic_write

    def hanging(path, data):
        disk_back.wait(10)
        real_write(path, data)

    monkeypatch.setattr(autosave, "atomic_write", hanging)
    monkeypatch.setattr(autosave, "UI_WAIT", 0.3)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "H", "1", "enter")
        await until(pilot, lambda: app.saver.saving)  # the worker's save hangs
        await pilot.press("n", "H", "2", "enter", "ctrl+s")
        await pilot.pause()
        assert "reageert niet" in status_text(app)
        (copy,), _ = entries_for(session_file)
        assert 'what = "H1"' in copy.text and 'what = "H2"' in copy.text
        disk_back.set()
        await until(pilot, lambda: not app.saver.dirty and not app.saver.saving)
        await app.workers.wait_for_complete()
        assert not isinstance(app.screen, ConflictDialog)
        saved, same = on_disk(app)
        assert same and [n.what for n in saved.steps[0].needs[-2:]] == ["H1", "H2"]
