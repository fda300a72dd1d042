"""A large session is read in a child process while the app loads (tui.storage.read_ahead): the
session, its bytes and every problem of a bad file are those of reading in process, also when
the child fails; a small file, or a process with threads, never forks."""

from __future__ import annotations

import os
import pickle
import threading

import pytest

from benchmarks.generate import synthetic_session
from tests.support import require
from tui import cli
from tui.storage import read_ahead as module
from tui.storage.read_ahead import PARALLEL_FROM, read_ahead
from tui.storage.toml_format import SessionFileError, dumps_session, load_session_and_bytes

from .conftest import build_session

CAN_FORK = hasattr(os, "fork") and module._processors() > 1


@pytest.fixture(scope="module")
def large_text() -> str:
    text = dumps_session(synthetic_session(300, 4, 20))
    assert len(text.encode()) > PARALLEL_FROM
    return text


@pytest.fixture
def large(tmp_path, large_text):
    path = tmp_path / "2026-11-26-groot.toml"
    path.write_text(large_text, encoding="utf-8")
    return path


def parse_no_more(monkeypatch) -> None:
    """From now on this process cannot parse (the child forked before has its own copy)."""
    monkeypatch.setattr(module, "parse_session_bytes", lambda *a: pytest.fail("parsed in process"))


def test_a_large_session_read_in_a_child_is_the_one_read_in_process(large, monkeypatch):
    require(CAN_FORK, "needs fork and two processors")
    reading = read_ahead(large)
    assert reading.forked
    parse_no_more(monkeypatch)
    session, data = reading.result()
    expected_session, expected_data = load_session_and_bytes(large)
    assert session == expected_session
    assert data == expected_data == large.read_bytes()
    assert dumps_session(session) == dumps_session(expected_session)
    assert reading.result()[0] is session  # taken once


def test_every_problem_of_a_large_bad_file_comes_from_the_child(large, large_text, monkeypatch):
    require(CAN_FORK, "needs fork and two processors")
    bad = large_text.replace('what = "', 'wat = "', 3).replace("format = 1", "format = 1\nx = 2")
    large.write_text(bad, encoding="utf-8")
    with pytest.raises(SessionFileError) as expected:
        load_session_and_bytes(large)
    reading = read_ahead(large)
    assert reading.forked
    parse_no_more(monkeypatch)
    with pytest.raises(SessionFileError) as found:
        reading.result()
    assert found.value.problems == expected.value.problems
    assert len(found.value.problems) >= 4
    assert found.value.newer_format == expected.value.newer_format


def test_a_file_error_pickles_whole():
    error = SessionFileError([], newer_format=True)
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, SessionFileError)
    assert again.problems == [] and again.newer_format is True


@pytest.mark.parametrize("answer", [b"", b"not a pickle", pickle.dumps(["a list"])])
def test_a_child_without_a_usable_answer_leaves_the_reading_to_the_parent(
    large, monkeypatch, answer
):
    """The child dies, sends something cut short, or something else: the parent parses."""
    require(CAN_FORK, "needs fork and two processors")

    def child_answer(found: object, protocol: int) -> bytes:
        if not answer:
            raise MemoryError("the child ran out")
        return answer

    monkeypatch.setattr(pickle, "dumps", child_answer)  # the child has it too: forked after
    reading = read_ahead(large)
    assert reading.forked
    session, _data = reading.result()
    assert session == load_session_and_bytes(large)[0]


def test_a_small_file_is_read_at_once_without_a_child(tmp_path, monkeypatch):
    path = tmp_path / "klein.toml"
    path.write_text(dumps_session(build_session()), encoding="utf-8")
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("a small file was read in a child"))
    reading = read_ahead(path)
    assert not reading.forked
    assert reading.result() == load_session_and_bytes(path)


def test_a_process_with_threads_reads_in_process(large, monkeypatch):
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked a process with threads"))
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        reading = read_ahead(large)
    finally:
        stop.set()
        thread.join()
    assert not reading.forked
    assert reading.result()[0] == load_session_and_bytes(large)[0]


def test_a_missing_file_is_reported_at_once(tmp_path):
    with pytest.raises(SessionFileError) as found:
        read_ahead(tmp_path / "weg.toml")
    with pytest.raises(SessionFileError) as expected:
        load_session_and_bytes(tmp_path / "weg.toml")
    assert found.value.problems == expected.value.problems


def test_no_child_is_left_behind(large, monkeypatch):
    require(CAN_FORK, "needs fork and two processors")
    children = []

    def fork() -> int:
        pid = real_fork()
        children.append(pid)
        return pid

    real_fork = os.fork
    monkeypatch.setattr(os, "fork", fork)
    read_ahead(large).result()
    assert children
    with pytest.raises(ChildProcessError):  # reaped: no zombie
        os.waitpid(children[0], os.WNOHANG)


# --- opening from the command line ------------------------------------------------------------


@pytest.fixture
def app_runs(monkeypatch):
    """The sessions the app was started on (it is not run)."""
    from tui.app.app import InterneKlantenApp

    started = []
    monkeypatch.setattr(InterneKlantenApp, "run", lambda self: started.append(self.editor.session))
    return started


def test_the_app_opens_on_a_large_session_read_ahead(large, app_runs):
    assert cli.main([str(large)]) == 0
    assert app_runs == [load_session_and_bytes(large)[0]]


@pytest.mark.parametrize("size", ["small", "large"])
def test_a_bad_file_is_refused_before_the_app_starts(size, tmp_path, large_text, app_runs, capsys):
    text = large_text if size == "large" else dumps_session(build_session())
    path = tmp_path / "stuk.toml"
    path.write_text(text.replace('what = "', 'wat = "', 1), encoding="utf-8")
    assert cli.main([str(path)]) == 1
    err = capsys.readouterr().err
    assert app_runs == []
    assert "Traceback" not in err
    assert f"{path}:" in err and "wat" in err and "what" in err  # the file, the key, the fix
    assert err.rstrip().endswith(
        f"{path} kan niet worden geopend; los eerst de problemen hierboven op "
        "(het bestand is niet gewijzigd)."
    )
