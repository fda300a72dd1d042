"""The atomic writer's fallbacks: permissions it cannot copy, a rename refused for a moment (a
virus scanner on Windows), a folder it cannot sync; and the words it gives a failed save."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from tui.i18n import t
from tui.storage import atomic
from tui.storage.atomic import atomic_write, describe_error

OLD = b"old\r\nfile\n"


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "s.toml"
    path.write_bytes(OLD)
    return path


def mode_of(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_bytes_arrive_exactly(target):
    data = b"\xef\xbb\xbfnew\r\nline\n\x00"
    atomic_write(target, data)
    assert target.read_bytes() == data
    assert os.listdir(target.parent) == ["s.toml"]


def test_the_temporary_file_is_hidden_next_to_the_target(target, monkeypatch):
    seen = []
    real = os.replace

    def replace(source, destination):
        seen.append((source, destination, Path(source).read_bytes()))
        real(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    atomic_write(target, b"new")
    ((source, destination, data),) = seen
    assert destination == str(target)
    assert os.path.dirname(source) == str(target.parent)
    name = os.path.basename(source)
    assert name.startswith(".s.toml.") and name.endswith(".tmp")
    assert data == b"new"


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755])
def test_permissions_are_copied(target, mode):
    os.chmod(target, mode)
    atomic_write(target, b"new")
    assert mode_of(target) == mode


def test_a_new_file_gets_ordinary_permissions(tmp_path):
    old = os.umask(0o077)
    try:
        atomic_write(tmp_path / "n.toml", b"x")
    finally:
        os.umask(old)
    assert mode_of(tmp_path / "n.toml") == 0o644


@pytest.mark.parametrize("code", [errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP])
def test_a_file_system_without_permissions_still_saves(target, monkeypatch, code):
    def refuse(*_args):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "chmod", refuse)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(target.parent) == ["s.toml"]


def test_any_other_permission_error_fails_the_save(target, monkeypatch):
    def broken(*_args):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "chmod", broken)
    with pytest.raises(OSError) as caught:
        atomic_write(target, b"new")
    assert caught.value.errno == errno.EIO
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == ["s.toml"]


def test_a_refused_rename_is_retried_with_growing_pauses(target, monkeypatch):
    pauses = []
    refusals = [PermissionError(errno.EACCES, "locked")] * 3
    real = os.replace

    def replace(source, destination):
        if refusals:
            raise refusals.pop()
        real(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(atomic.time, "sleep", pauses.append)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert pauses == pytest.approx([0.03, 0.06, 0.12])
    assert os.listdir(target.parent) == ["s.toml"]


def test_a_rename_refused_every_time_fails_after_the_last_try(target, monkeypatch):
    pauses = []
    tries = []

    def replace(source, destination):
        tries.append(source)
        raise PermissionError(errno.EACCES, "locked")

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(atomic.time, "sleep", pauses.append)
    with pytest.raises(PermissionError):
        atomic_write(target, b"new")
    assert len(tries) == atomic.REPLACE_TRIES == 5
    assert pauses == pytest.approx([0.03, 0.06, 0.12, 0.24])  # no pause after the last try
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == ["s.toml"]


def test_other_rename_errors_are_not_retried(target, monkeypatch):
    tries = []

    def replace(source, destination):
        tries.append(source)
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(atomic.time, "sleep", lambda _s: pytest.fail("no pause"))
    with pytest.raises(OSError):
        atomic_write(target, b"new")
    assert len(tries) == 1


def test_the_folder_is_synced_after_the_rename(target, monkeypatch):
    events = []
    real_fsync, real_open, real_close, real_replace = os.fsync, os.open, os.close, os.replace
    folders = set()

    def opening(path, flags, *args):
        descriptor = real_open(path, flags, *args)
        if os.path.isdir(path):
            assert flags == os.O_RDONLY
            folders.add(descriptor)
        return descriptor

    def fsync(descriptor):
        events.append("fsync folder" if descriptor in folders else "fsync file")
        real_fsync(descriptor)

    def close(descriptor):
        if descriptor in folders:
            events.append("close folder")
        real_close(descriptor)

    def replace(*args):
        events.append("replace")
        real_replace(*args)

    monkeypatch.setattr(os, "open", opening)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "close", close)
    monkeypatch.setattr(os, "replace", replace)
    atomic_write(target, b"new")
    assert events == ["fsync file", "replace", "fsync folder", "close folder"]


def test_a_folder_that_cannot_be_synced_or_opened_is_no_error(target, monkeypatch):
    closed = []
    real_fsync, real_close = os.fsync, os.close
    calls = []

    def fsync(descriptor):
        calls.append(descriptor)
        if len(calls) > 1:  # the file is synced; the folder refuses
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(descriptor)

    def close(descriptor):
        closed.append(descriptor)
        real_close(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "close", close)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert calls[1] in closed  # the folder's descriptor is closed all the same
    monkeypatch.undo()

    real_open = os.open

    def no_folder(path, flags, *args):
        if os.path.isdir(path):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", no_folder)
    atomic_write(target, b"newer")
    assert target.read_bytes() == b"newer"


# --- what a failed save says ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "key"),
    [
        (errno.ENOSPC, "save.error.full"),
        (errno.EDQUOT, "save.error.full"),
        (errno.EROFS, "save.error.read_only"),
        (errno.EACCES, "save.error.no_permission"),
        (errno.EPERM, "save.error.no_permission"),
        (errno.ENOENT, "save.error.no_folder"),
        (errno.ENOTDIR, "save.error.no_folder"),
        (errno.EIO, "save.error.device"),
        (errno.ENODEV, "save.error.device"),
        (errno.ENXIO, "save.error.device"),
        (errno.ETIMEDOUT, "save.error.device"),
    ],
)
def test_describe_error_in_words(code, key):
    assert describe_error(OSError(code, "System words")) == f"{t(key)} (System words)"


def test_describe_error_without_words_of_its_own():
    assert describe_error(OSError(errno.EXDEV, "Invalid cross-device link")) == (
        "Invalid cross-device link"
    )
    assert describe_error(OSError("just a message")) == "just a message"
    assert (
        describe_error(OSError(errno.ENOSPC, ""))
        == f"{t('save.error.full')} ([Errno {errno.ENOSPC}] )"
    )
    assert describe_error(ValueError("kapot")) == "ValueError: kapot"
    assert describe_error(KeyboardInterrupt()) == "KeyboardInterrupt: "


def test_the_first_error_is_raised_even_when_the_cleanup_fails(target, monkeypatch):
    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    def stuck(*_args):
        raise OSError(errno.EBUSY, "Device or resource busy")

    monkeypatch.setattr(os, "replace", full)
    monkeypatch.setattr(os, "unlink", stuck)
    with pytest.raises(OSError) as caught:
        atomic_write(target, b"new")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == OLD
