"""AutoSaver without Textual running: a fake app whose timers are recorded and whose workers and
``call_from_thread`` run at once, so every decision of the saver is seen in the file on disk,
the recovery copy, the notices and the status it publishes.

The app tests (tests/app/test_saving.py, tests/reliability) drive the same class through the real
app; these are fast enough to run for every mutant of :mod:`tui.app.autosave`.
"""

from __future__ import annotations

import errno
import hashlib
import os
from datetime import date, datetime
from pathlib import Path

import pytest

from tui.app import autosave
from tui.app.autosave import AutoSaver, DiskState
from tui.core.history import SessionEditor
from tui.i18n import t
from tui.storage import recovery
from tui.storage.toml_format import dumps_session

from .conftest import build_session


class FakeTimer:
    def __init__(self, delay: float, callback) -> None:
        self.delay = delay
        self.callback = callback
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


class FakeApp:
    """What AutoSaver asks of the app: timers, a worker, the UI thread, notices."""

    def __init__(self) -> None:
        self.timers: list[FakeTimer] = []
        self.workers: list[dict] = []
        self.notices: list[tuple[str, dict]] = []
        self.run_workers = True

    def set_timer(self, delay, callback):
        timer = FakeTimer(delay, callback)
        self.timers.append(timer)
        return timer

    def run_worker(self, work, **options):
        self.workers.append(options)
        if self.run_workers:
            work()

    def call_from_thread(self, callback, *args):
        return callback(*args)

    def notify(self, message, **options):
        self.notices.append((message, options))


class Published:
    def __init__(self) -> None:
        self.values: list[tuple[str, str]] = []

    def publish(self, value) -> None:
        self.values.append(value)


@pytest.fixture
def setup(tmp_path):
    session = build_session()
    text = dumps_session(session)
    path = tmp_path / "sessie.toml"
    data = text.encode("utf-8")
    path.write_bytes(data)
    editor = SessionEditor(session)
    app = FakeApp()
    folder = tmp_path / "recovery"
    saver = AutoSaver(app, editor, path, data, recovery_folder=folder)
    saver.status_signal = Published()
    return app, editor, saver, path, folder


def copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml")) if folder.exists() else []


def edit(editor: SessionEditor, what: str = "Nieuwe actie") -> None:
    editor.add_action(what, who="Mo")


# --- what is on disk ---------------------------------------------------------------------------


def test_disk_state_of_a_file(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"abc")
    state = DiskState.of(path, b"abc")
    info = os.stat(path)
    assert state == DiskState(info.st_mtime_ns, 3, hashlib.sha256(b"abc").hexdigest())


def test_disk_state_matches(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"abc")
    state = DiskState.of(path, b"abc")
    assert state.matches(path)
    # the same bytes written again (a new mtime): still ours
    os.utime(path, ns=(1, 1))
    assert state.matches(path)
    # other bytes of the same size and the old mtime would fool the cheap check: same size,
    # other time, other content is a change
    path.write_bytes(b"xyz")
    os.utime(path, ns=(2, 2))
    assert not state.matches(path)
    path.write_bytes(b"abcd")
    assert not state.matches(path)
    path.unlink()
    assert state.matches(path)  # deleted outside: writing it again loses nothing


def test_disk_state_unreadable_file_is_a_change(tmp_path, monkeypatch):
    path = tmp_path / "f"
    path.write_bytes(b"abc")
    state = DiskState.of(path, b"abc")
    os.utime(path, ns=(1, 1))

    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert state.matches(path) is False


# --- status ------------------------------------------------------------------------------------


def test_status_in_every_state(setup):
    app, editor, saver, path, _folder = setup
    name = path.name
    assert saver.status() == (t("save.status.loaded", file=name), "ok")
    saver.saved_at = datetime(2026, 9, 3, 14, 5)
    assert saver.status() == (t("save.status.saved", file=name, time="14:05"), "ok")
    saver.saving = True
    assert saver.status() == (t("save.status.pending", file=name), "ok")
    saver.saving = False
    app.run_workers = False
    edit(editor)
    assert saver.dirty
    assert saver.status() == (t("save.status.pending", file=name), "ok")
    saver.error = "vol"
    assert saver.status() == (t("save.status.error", file=name, error="vol"), "error")
    saver.conflict = True
    assert saver.status() == (t("save.status.conflict", file=name), "error")


def test_status_of_a_closed_session(setup):
    _app, editor, saver, path, _folder = setup
    editor.session.meeting.closed = True
    assert saver.status() == (t("save.status.read_only", file=path.name), "read_only")


def test_status_shows_a_clean_file_name(tmp_path):
    session = build_session()
    data = dumps_session(session).encode()
    path = tmp_path / "a\x1b[31mb.toml"
    path.write_bytes(data)
    saver = AutoSaver(FakeApp(), SessionEditor(session), path, data, recovery_folder=tmp_path)
    text, _kind = saver.status()
    assert "\x1b" not in text


def test_text_is_made_once_per_revision(setup):
    app, editor, saver, _path, _folder = setup
    first = saver.text()
    assert first == dumps_session(editor.session)
    assert saver.text() is first
    app.run_workers = False
    edit(editor)
    assert saver.text() == dumps_session(editor.session) != first


# --- scheduling --------------------------------------------------------------------------------


def test_a_change_schedules_a_save_and_a_recovery_copy(setup, monkeypatch):
    app, editor, saver, path, _folder = setup
    app.run_workers = False
    clock = [100.0]
    monkeypatch.setattr(autosave.time, "monotonic", lambda: clock[0])
    edit(editor)
    save, copy = app.timers
    assert (save.delay, save.callback) == (autosave.DEBOUNCE, saver.save_soon)
    assert (copy.delay, copy.callback) == (autosave.RECOVERY_DEBOUNCE, saver.write_recovery)
    assert saver.status_signal.values[-1] == (t("save.status.pending", file=path.name), "ok")

    # a burst of typing: each change moves the save, never past MAX_DELAY after the first
    clock[0] = 100.4
    edit(editor, "twee")
    save2, copy2 = app.timers[2:]
    assert save.stopped and copy.stopped
    assert save2.delay == pytest.approx(autosave.DEBOUNCE)
    assert copy2.delay == pytest.approx(autosave.RECOVERY_MAX_DELAY - 0.4)
    clock[0] = 100.8
    edit(editor, "drie")
    save3, copy3 = app.timers[4:]
    assert save3.delay == pytest.approx(autosave.MAX_DELAY - 0.8)
    assert copy3.delay == 0.01  # overdue: at once, but never 0
    clock[0] = 105.0
    edit(editor, "vier")
    assert app.timers[6].delay == 0.01
    assert save3.stopped and copy3.stopped


def test_save_soon_writes_in_a_worker(setup):
    app, editor, saver, path, folder = setup
    app.run_workers = False
    edit(editor)
    saver.write_recovery()
    assert len(copies(folder)) == 1
    app.run_workers = True
    saver.save_soon()
    assert app.workers[-1] == {"thread": True, "group": "autosave", "exit_on_error": False}
    assert path.read_bytes() == dumps_session(editor.session).encode("utf-8")
    assert not saver.dirty and not saver.saving
    assert saver.saved_revision == editor.revision
    assert saver.saved_at is not None
    assert copies(folder) == []  # the file holds it: the copy goes
    assert saver.recovery_revision is None
    assert saver.status()[0] == t(
        "save.status.saved", file=path.name, time=saver.saved_at.strftime("%H:%M")
    )


def test_save_soon_does_nothing_when_there_is_nothing_to_do(setup):
    app, editor, saver, path, _folder = setup
    before = path.read_bytes()
    saver.save_soon()
    assert app.workers == []
    app.run_workers = False
    edit(editor)
    saver.saving = True
    saver.save_soon()
    assert app.workers == []
    saver.saving = False
    saver.conflict = True
    saver.save_soon()
    assert app.workers == []
    assert path.read_bytes() == before


def test_save_soon_forgets_its_timer(setup):
    app, editor, saver, _path, _folder = setup
    app.run_workers = False
    edit(editor)
    assert saver._timer is not None
    saver.save_soon()
    assert saver._timer is None
    assert saver.saving


def test_a_change_during_a_save_is_saved_next(setup):
    app, editor, saver, _path, _folder = setup
    app.run_workers = False
    edit(editor)
    saver.save_soon()
    work_revision = editor.revision
    edit(editor, "tijdens het opslaan")
    timers = len(app.timers)
    saver._written(work_revision)
    assert saver.saved_revision == work_revision
    assert saver.dirty
    assert app.timers[timers].callback == saver.save_soon  # scheduled again


def test_a_late_save_never_lowers_the_saved_revision(setup):
    _app, _editor, saver, _path, _folder = setup
    saver.saved_revision = 5
    saver._written(3)
    assert saver.saved_revision == 5


# --- outside changes and failures -------------------------------------------------------------


def test_a_file_changed_outside_is_never_overwritten(setup):
    app, editor, saver, path, _folder = setup
    called = []
    saver.on_conflict = lambda: called.append(True)
    path.write_bytes(b"# someone else\n")
    app.run_workers = False
    edit(editor)
    app.run_workers = True
    saver.save_soon()
    assert path.read_bytes() == b"# someone else\n"
    assert saver.conflict and not saver.saving
    assert called == [True]
    assert saver.status_signal.values[-1] == (t("save.status.conflict", file=path.name), "error")
    assert saver.save_now() is False  # no explicit save either
    assert path.read_bytes() == b"# someone else\n"


def test_a_failed_save_is_shown_once_and_retried(setup, monkeypatch):
    app, editor, saver, path, _folder = setup
    before = path.read_bytes()

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(autosave, "atomic_write", full)
    app.run_workers = False
    edit(editor)
    app.run_workers = True
    saver.save_soon()
    message = t("save.error.full") + " (No space left on device)"
    assert saver.error == message
    assert not saver.saving and saver.dirty
    assert app.notices == [
        (t("save.failed_notice", error=message), {"severity": "error", "timeout": 8})
    ]
    retry = app.timers[-1]
    assert (retry.delay, retry.callback) == (autosave.RETRY, saver.save_soon)
    assert saver.status_signal.values[-1] == (
        t("save.status.error", file=path.name, error=message),
        "error",
    )
    saver.save_soon()  # the retry fails too: no second notice
    assert len(app.notices) == 1
    assert path.read_bytes() == before

    monkeypatch.undo()
    saver.save_soon()
    assert path.read_bytes() == dumps_session(editor.session).encode()
    assert saver.error == ""
    assert app.notices[-1] == (t("save.recovered"), {"timeout": 4})


def test_a_bug_while_saving_is_retried_and_raised(setup, monkeypatch):
    app, editor, saver, _path, _folder = setup

    def bug(*_args):
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(autosave, "atomic_write", bug)
    app.run_workers = False
    edit(editor)
    app.run_workers = True
    with pytest.raises(ZeroDivisionError):
        saver.save_soon()
    assert saver.error == "ZeroDivisionError: oops"
    assert app.timers[-1].callback == saver.save_soon


def test_an_older_revision_never_replaces_a_newer_one(setup):
    _app, _editor, saver, path, _folder = setup
    saver._write_file(b"new", 2)
    assert path.read_bytes() == b"new"
    saver._write_file(b"old", 1)
    saver._write_file(b"same", 2)
    assert path.read_bytes() == b"new"
    assert saver.disk.matches(path)
    saver._write_file(b"newer", 3)
    assert path.read_bytes() == b"newer"


def test_a_save_that_hangs_makes_the_next_one_fail(setup):
    _app, _editor, saver, path, _folder = setup
    saver._disk_lock.acquire()
    try:
        with pytest.raises(TimeoutError) as caught:
            saver._write_file(b"x", 5, wait=0.01)
    finally:
        saver._disk_lock.release()
    assert caught.value.errno == errno.ETIMEDOUT
    assert path.read_bytes() != b"x"
    saver._write_file(b"x", 5, wait=0.01)  # the lock was released after the timeout
    assert path.read_bytes() == b"x"


# --- the recovery copy -------------------------------------------------------------------------


def test_the_recovery_copy_holds_the_unsaved_text(setup):
    app, editor, saver, path, folder = setup
    app.run_workers = False
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    edit(editor)
    timer = app.timers[-1]
    assert saver.write_recovery() is True
    assert saver._recovery_timer is None
    (file,) = copies(folder)
    entry = recovery.read_entry(file)
    assert entry.text == dumps_session(editor.session)
    assert entry.based_on == digest
    assert entry.original == path.resolve()
    assert saver.recovery_revision == editor.revision
    # the same revision again: not written again
    file.unlink()
    assert saver.write_recovery() is True
    assert copies(folder) == []
    assert not timer.stopped  # it had fired


def test_the_recovery_copy_follows_the_next_change(setup):
    app, editor, saver, _path, folder = setup
    app.run_workers = False
    edit(editor)
    saver.write_recovery()
    edit(editor, "nog een")
    saver.write_recovery()
    (file,) = copies(folder)
    assert recovery.read_entry(file).text == dumps_session(editor.session)


def test_no_recovery_copy_when_the_file_holds_everything(setup):
    app, editor, saver, _path, folder = setup
    assert saver.write_recovery() is True
    assert copies(folder) == []
    app.run_workers = False
    edit(editor)
    saver.write_recovery()
    saver.saved_revision = editor.revision  # as if saved
    assert saver.write_recovery() is True
    assert copies(folder) == []
    assert saver.recovery_revision is None


def test_a_recovery_copy_that_cannot_be_written(setup):
    app, editor, saver, _path, folder = setup
    folder.write_text("a file where the folder should be")
    app.run_workers = False
    edit(editor)
    assert saver.write_recovery() is False
    assert saver.recovery_revision is None
    ((message, options),) = app.notices
    assert message == t("recovery.not_written", error=saver.recovery_error)
    assert saver.recovery_error
    assert options == {"severity": "warning", "timeout": 8}
    edit(editor, "nog een")
    assert saver.write_recovery() is False
    assert len(app.notices) == 1  # once
    folder.unlink()
    assert saver.write_recovery() is True
    assert saver.recovery_error == ""
    assert len(copies(folder)) == 1


def test_a_copy_that_cannot_be_removed_stays_for_the_next_start(setup, monkeypatch):
    app, editor, saver, _path, folder = setup
    app.run_workers = False
    edit(editor)
    saver.write_recovery()

    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(recovery.RecoveryCopy, "discard", refuse)
    saver.saved_revision = editor.revision
    saver.write_recovery()
    assert saver.recovery_revision == editor.revision
    assert len(copies(folder)) == 1


def test_a_save_stops_a_pending_recovery_copy(setup):
    app, editor, saver, _path, folder = setup
    app.run_workers = False
    edit(editor)
    pending = app.timers[-1]
    assert pending.callback == saver.write_recovery
    app.run_workers = True
    saver.save_soon()
    assert pending.stopped
    assert saver._recovery_timer is None
    assert copies(folder) == []


# --- explicit saves ----------------------------------------------------------------------------


def test_save_now(setup):
    app, editor, saver, path, folder = setup
    before = path.read_bytes()
    assert saver.save_now() is True
    assert path.read_bytes() == before
    app.run_workers = False
    edit(editor)
    timer = saver._timer
    assert saver.save_now() is True
    assert timer.stopped and saver._timer is None
    assert path.read_bytes() == dumps_session(editor.session).encode()
    assert not saver.dirty and saver.saved_at is not None
    assert copies(folder) == []


def test_save_now_that_fails_keeps_a_recovery_copy(setup, monkeypatch):
    app, editor, saver, path, folder = setup
    before = path.read_bytes()

    def read_only(*_args):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(autosave, "atomic_write", read_only)
    app.run_workers = False
    edit(editor)
    assert saver.save_now() is False
    assert path.read_bytes() == before
    assert saver.error == t("save.error.read_only") + " (Read-only file system)"
    assert not saver.saving
    (file,) = copies(folder)
    assert recovery.read_entry(file).text == dumps_session(editor.session)


def test_rescue_writes_the_file_and_drops_the_copy(setup):
    app, editor, saver, path, folder = setup
    assert saver.rescue() is True
    app.run_workers = False
    edit(editor)
    assert saver.rescue() is True
    assert path.read_bytes() == dumps_session(editor.session).encode()
    assert saver.saved_revision == editor.revision
    assert copies(folder) == []
    assert saver.recovery_revision is None


def test_rescue_of_a_half_changed_model_keeps_only_the_copy(setup):
    app, editor, saver, path, folder = setup
    before = path.read_bytes()
    app.run_workers = False
    edit(editor)
    editor.session.steps[0].id = "Not an id!"  # an error in the middle of a change
    assert saver.rescue() is False
    assert path.read_bytes() == before
    (file,) = copies(folder)
    assert "Not an id!" in recovery.read_entry(file).text
    assert saver.recovery_revision == editor.revision


def test_rescue_never_overwrites_a_conflict(setup):
    app, editor, saver, path, folder = setup
    app.run_workers = False
    edit(editor)
    saver.write_recovery()
    saver.conflict = True
    path.write_bytes(b"outside")
    assert saver.rescue() is False
    assert path.read_bytes() == b"outside"
    assert len(copies(folder)) == 1


def test_rescue_when_the_file_changed_outside(setup):
    app, editor, saver, path, folder = setup
    app.run_workers = False
    edit(editor)
    path.write_bytes(b"outside")
    assert saver.rescue() is False
    assert path.read_bytes() == b"outside"
    assert len(copies(folder)) == 1
    assert saver.dirty


def test_rescue_when_the_copy_cannot_be_written(setup):
    app, editor, saver, path, folder = setup
    folder.write_text("a file where the folder should be")
    app.run_workers = False
    edit(editor)
    assert saver.rescue() is True  # the session file still works
    assert path.read_bytes() == dumps_session(editor.session).encode()


def test_rescue_when_the_copy_cannot_be_removed(setup, monkeypatch):
    app, editor, saver, path, _folder = setup
    app.run_workers = False
    edit(editor)

    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(recovery.RecoveryCopy, "discard", refuse)
    assert saver.rescue() is True
    assert path.read_bytes() == dumps_session(editor.session).encode()
    assert saver.recovery_revision == editor.revision


def test_adopt_continues_on_another_file(setup, tmp_path):
    app, editor, saver, path, folder = setup
    app.run_workers = False
    edit(editor)
    saver.write_recovery()
    saver.conflict = True
    saver.error = "x"
    other = tmp_path / "kopie.toml"
    data = dumps_session(editor.session).encode()
    other.write_bytes(data)
    saver.adopt(other, data, editor.revision)
    assert saver.path == other
    assert not saver.dirty and not saver.conflict and saver.error == ""
    assert saver.saved_at is not None
    assert copies(folder) == []
    assert saver.recovery.original == other.resolve()
    assert saver.status_signal.values[-1][0] == t(
        "save.status.saved", file="kopie.toml", time=saver.saved_at.strftime("%H:%M")
    )
    # the next save goes to the adopted file, and is not a conflict
    edit(editor, "daarna")
    app.run_workers = True
    saver.save_soon()
    assert other.read_bytes() == dumps_session(editor.session).encode()
    assert path.read_bytes() != other.read_bytes()


def test_adopt_with_edits_after_the_reload_schedules_a_save(setup, tmp_path):
    app, editor, saver, _path, _folder = setup
    app.run_workers = False
    edit(editor)
    other = tmp_path / "kopie.toml"
    other.write_bytes(b"x")
    timers = len(app.timers)
    saver.adopt(other, b"x", editor.revision - 1)
    assert saver.dirty
    assert app.timers[timers].callback == saver.save_soon


def test_close_stops_the_timers(setup):
    app, editor, saver, _path, _folder = setup
    app.run_workers = False
    edit(editor)
    save, copy = app.timers
    saver.close()
    assert save.stopped and copy.stopped
    assert saver._timer is None and saver._recovery_timer is None
    saver.close()  # twice is harmless


def test_a_reload_is_a_change_to_save(setup):
    app, editor, saver, _path, _folder = setup
    app.run_workers = False
    session = build_session()
    session.meeting.date = date(2027, 1, 1)
    editor.replace_session(session)
    assert saver.dirty
    assert app.timers[0].callback == saver.save_soon


# --- the state of a fresh saver, the real signal, and saves that wait too long ------------------


def test_a_fresh_saver(tmp_path):
    session = build_session()
    data = dumps_session(session).encode()
    path = tmp_path / "s.toml"
    path.write_bytes(data)
    app = FakeApp()
    editor = SessionEditor(session)
    saver = AutoSaver(app, editor, path, data, recovery_folder=tmp_path / "rec")
    assert (saver.error, saver.recovery_error) == ("", "")
    assert saver.conflict is False and saver.saving is False and saver.saved_at is None
    assert saver.recovery_revision is None and not saver.dirty
    assert saver.recovery.folder == tmp_path / "rec"
    # the real signal: publishing without subscribers is fine
    app.run_workers = False
    edit(editor)
    saver.write_recovery()
    # and a conflict without anyone listening for it is fine too
    path.write_bytes(b"outside")
    app.run_workers = True
    saver.save_soon()
    assert saver.conflict


def test_adopt_keeps_the_recovery_folder(setup, tmp_path):
    app, editor, saver, _path, folder = setup
    other = tmp_path / "kopie.toml"
    other.write_bytes(b"x")
    saver.adopt(other, b"x", editor.revision)
    assert saver.recovery.folder == folder
    app.run_workers = False
    edit(editor)
    saver.write_recovery()
    assert [recovery.read_entry(f).original for f in copies(folder)] == [other.resolve()]


def test_the_recovery_error_says_what_went_wrong(setup):
    app, editor, saver, _path, folder = setup
    folder.write_text("a file where the folder should be")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        expected = autosave.describe_error(error)
    app.run_workers = False
    edit(editor)
    saver.write_recovery()
    assert saver.recovery_error == expected
    assert app.notices == [
        (t("recovery.not_written", error=expected), {"severity": "warning", "timeout": 8})
    ]


def test_an_explicit_save_waits_only_so_long_for_a_hanging_one(setup, monkeypatch):
    app, editor, saver, path, folder = setup
    monkeypatch.setattr(autosave, "UI_WAIT", 0.05)
    before = path.read_bytes()
    app.run_workers = False
    edit(editor)
    saver._disk_lock.acquire()  # a save in the worker that hangs (a network drive)
    try:
        assert saver.save_now() is False
        assert saver.error == t("save.error.device") + " (an earlier save has not finished)"
        assert saver.rescue() is False
    finally:
        saver._disk_lock.release()
    assert path.read_bytes() == before
    (file,) = copies(folder)
    assert recovery.read_entry(file).text == dumps_session(editor.session)


def test_rescue_keeps_the_digest_of_the_file_it_continues(setup):
    app, editor, saver, path, folder = setup
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    app.run_workers = False
    edit(editor)
    editor.session.steps[0].id = "Not an id!"  # not saved: the copy is all there is
    assert saver.rescue() is False
    (file,) = copies(folder)
    assert recovery.read_entry(file).based_on == digest
