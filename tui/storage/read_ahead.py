"""A large session read in a second process while the app's modules load.

Opening the app spends about a third of a second importing Textual, and a session of 2,000
action points takes a tenth of a second to parse and validate: on a machine with two cores the
two need not wait for each other. :func:`read_ahead` reads the file's bytes at once (a missing or
unreadable file is reported then, as by :func:`~tui.storage.toml_format.load_session_and_bytes`),
then a forked child parses those very bytes and hands the session (or the
:class:`~tui.storage.toml_format.SessionFileError` with every problem) back, pickled, through a
pipe while the parent goes on importing; :meth:`ReadAhead.result` takes it.

The child parses only: it writes nothing but its answer to the pipe and ends with ``os._exit``
(no exit handlers, no buffers of the parent flushed twice). Whatever goes wrong on its side (a
child that dies, an answer cut short) makes the parent parse the same bytes itself: the result is
always the one reading in process gives. The pickle comes from our own child over a pipe only it
and we hold. A small file, a platform without ``fork``, one processor or a process that already
runs threads reads in process at once.
"""

from __future__ import annotations

import os
import sys

from tui.core.model import Session
from tui.storage.toml_format import SessionFileError, parse_session_bytes, read_file_bytes

# pickle (5 ms to import) is imported by the child and by the parent taking its answer: a small
# file never needs it.

PARALLEL_FROM = 64 * 1024
"""Files from this size (about 7 ms of parsing) are read in a child: below it, forking and
unpickling would take about as long as parsing."""


class ReadAhead:
    """A session being read; :meth:`result` gives ``(session, bytes)`` or raises
    :class:`~tui.storage.toml_format.SessionFileError`."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.name = str(path)
        self.data = read_file_bytes(path)
        self._child = _fork_parser(self.data, self.name) if _worth_a_child(len(self.data)) else None
        """The child's process id and the read end of the pipe of its answer, until taken."""
        self.forked = self._child is not None
        """The file is being read (or was read) in a child process."""
        self._session = None if self.forked else self._parse()

    def result(self) -> tuple[Session, bytes]:
        if self._session is None:
            child, self._child = self._child, None
            session = _answer(*child) if child is not None else None
            self._session = session if session is not None else self._parse()
        return self._session, self.data

    def _parse(self) -> Session:
        return parse_session_bytes(self.data, self.name)


def read_ahead(path: str | os.PathLike[str]) -> ReadAhead:
    """Start reading the session at ``path`` (see the module)."""
    return ReadAhead(path)


def _worth_a_child(size: int) -> bool:
    if size < PARALLEL_FROM or not hasattr(os, "fork") or _processors() < 2:
        return False
    threading = sys.modules.get("threading")  # forking a process with threads is unsafe
    return threading is None or threading.active_count() == 1


def _processors() -> int:
    """The processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _fork_parser(data: bytes, name: str) -> tuple[int, int] | None:
    """A child parsing ``data``, and the end of the pipe its answer comes through; ``None`` if
    no child could be made."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: never returns
        code = 1
        try:
            import pickle

            os.close(read_end)
            try:
                answer: Session | SessionFileError = parse_session_bytes(data, name)
            except SessionFileError as error:
                answer = error
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _answer(pid: int, read_end: int) -> Session | None:
    """The session the child sent, or ``None`` if it sent none (the parent then parses); raises
    the problems it found."""
    import pickle

    try:
        with os.fdopen(read_end, "rb") as pipe:
            answer = pipe.read()
    except OSError:
        answer = b""
    try:
        _pid, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 1
    if status != 0 or not answer:
        return None
    try:
        found = pickle.loads(answer)
    except Exception:  # cut short or garbled: read it here
        return None
    if isinstance(found, SessionFileError):
        raise found
    return found if isinstance(found, Session) else None
